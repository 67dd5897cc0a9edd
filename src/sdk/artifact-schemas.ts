/**
 * JSON Schemas of the artifacts built-in gates read, shared by the gates that read them (the
 * practical_finish checkpoint is read by practical_finish_checkpoint and claim_tier_order) and
 * published as files under schemas/ (scripts/gen-artifact-schemas.mjs; a test keeps them in sync).
 */
import suiteClassificationSchema from '../../schemas/suite_classification.schema.json' with { type: 'json' };
import type { JsonSchema } from '../artifacts/schema.js';
import { plural } from '../util/plural.js';
import { contentProblem, lookalikeSkeleton, removeInvisible, wordReadings } from '../util/text-classes.js';

/** The manifest of the suite_classification gate (`[suite.<name>]` tables, quarantine, waivers). */
export const SUITE_CLASSIFICATION_SCHEMA: JsonSchema = suiteClassificationSchema as JsonSchema;

export const CHECKPOINT_SCHEMA_ID = 'pi.perf3x.practical_finish_checkpoint.v1';

const ISSUE_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'status', 'issue_type', 'labels'],
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'string' },
    issue_type: { type: 'string' },
    labels: { type: 'array', items: { type: 'string' } },
  },
};

/** The structure: every field required, exact types, no unknown field. Content rules are checked after it. */
export const CHECKPOINT_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['schema', 'generated_at', 'status', 'detail', 'technical_completion_reached', 'residual_open_scope', 'open_perf3x_count', 'technical_open_count', 'docs_or_report_open_count', 'technical_open_issues', 'docs_or_report_open_issues'],
  properties: {
    schema: { type: 'string' },
    generated_at: { type: 'string' },
    status: { type: 'string', enum: ['pass', 'fail'] },
    detail: { type: 'string' },
    technical_completion_reached: { type: 'boolean' },
    residual_open_scope: { type: 'string', enum: ['none', 'docs_or_report_only', 'technical_remaining'] },
    open_perf3x_count: { type: 'integer', minimum: 0 },
    technical_open_count: { type: 'integer', minimum: 0 },
    docs_or_report_open_count: { type: 'integer', minimum: 0 },
    technical_open_issues: { type: 'array', items: ISSUE_SCHEMA },
    docs_or_report_open_issues: { type: 'array', items: ISSUE_SCHEMA },
  },
};


export type ResidualScope = 'none' | 'docs_or_report_only' | 'technical_remaining';

export interface CheckpointIssue {
  id: string;
  title: string;
  status: string;
  issue_type: string;
  labels: string[];
}

/** A practical-finish checkpoint that matches {@link CHECKPOINT_SCHEMA}. */
export interface Checkpoint {
  schema: typeof CHECKPOINT_SCHEMA_ID;
  generated_at: string;
  status: 'pass' | 'fail';
  detail: string;
  technical_completion_reached: boolean;
  residual_open_scope: ResidualScope;
  open_perf3x_count: number;
  technical_open_count: number;
  docs_or_report_open_count: number;
  technical_open_issues: CheckpointIssue[];
  docs_or_report_open_issues: CheckpointIssue[];
}

export const CHECKPOINT_COUNT_FIELDS = ['open_perf3x_count', 'technical_open_count', 'docs_or_report_open_count'] as const;
export const CHECKPOINT_LIST_FIELDS = ['technical_open_issues', 'docs_or_report_open_issues'] as const;
const COUNT_OF_LIST = { technical_open_issues: 'technical_open_count', docs_or_report_open_issues: 'docs_or_report_open_count' } as const;

/** The statuses of finished work a checkpoint's producer knows by default (practical_finish_checkpoint's `closed_statuses`). */
export const CHECKPOINT_CLOSED_STATUSES: readonly string[] = ['closed', 'tombstone'];

export function residualOf(technical: number, docs: number): ResidualScope {
  if (technical > 0) return 'technical_remaining';
  return docs > 0 ? 'docs_or_report_only' : 'none';
}

/**
 * Where a checkpoint contradicts itself: a count that is not its list's length or the sum of the others, a residual
 * scope, completion flag or status its counts do not give, an issue listed twice. Shared by the gates that read a
 * checkpoint (practical_finish_checkpoint compares a committed one, claim_tier_order reads one as strict-tier
 * evidence): a summary that contradicts the items it summarises proves nothing, whichever gate reads it. Also (red team
 * ta, session 47; closed session 48, helper fd) its free text: a detail that denies the status or states other counts
 * ({@link detailContradiction}), and an entry of a list of open issues whose status is one of `closedStatuses` (trimmed,
 * case-folded, as a reader is shown it).
 */
export function checkpointContradictions(c: Checkpoint, closedStatuses: readonly string[] = CHECKPOINT_CLOSED_STATUSES, trackerStatus?: (id: string) => string | undefined): { pointer: string; message: string; expected: unknown; actual: unknown }[] {
  const out: { pointer: string; message: string; expected: unknown; actual: unknown }[] = [];
  const add = (pointer: string, message: string, expected: unknown, actual: unknown) => out.push({ pointer, message, expected, actual });
  const technical = c.technical_open_count;
  const docs = c.docs_or_report_open_count;
  if (c.open_perf3x_count !== technical + docs) {
    add('/open_perf3x_count', `open_perf3x_count is ${c.open_perf3x_count}, but technical_open_count + docs_or_report_open_count = ${technical} + ${docs} = ${technical + docs}`, technical + docs, c.open_perf3x_count);
  }
  for (const list of CHECKPOINT_LIST_FIELDS) {
    const count = c[COUNT_OF_LIST[list]];
    if (c[list].length !== count) add(`/${list}`, `${list} lists ${plural(c[list].length, 'issue')}, but ${COUNT_OF_LIST[list]} is ${count}`, count, c[list].length);
  }
  const residual = residualOf(technical, docs);
  if (c.residual_open_scope !== residual) {
    add('/residual_open_scope', `residual_open_scope is "${c.residual_open_scope}", but with ${technical} technical and ${docs} docs/report open it is "${residual}"`, residual, c.residual_open_scope);
  }
  if (c.technical_completion_reached !== (technical === 0)) {
    add('/technical_completion_reached', `technical_completion_reached is ${c.technical_completion_reached}, but technical_open_count is ${technical}`, technical === 0, c.technical_completion_reached);
  }
  if (c.status === 'pass' && technical > 0) {
    add('/status', `status is "pass" with ${plural(technical, 'technical issue')} open`, 'fail', c.status);
  }
  const seen = new Map<string, string>();
  for (const list of CHECKPOINT_LIST_FIELDS) {
    c[list].forEach((issue, i) => {
      const pointer = `/${list}/${i}/id`;
      const first = seen.get(issue.id);
      if (first !== undefined) add(pointer, `${issue.id} is listed twice (${first} and ${pointer})`, 'each issue once, in one list', issue.id);
      else seen.set(issue.id, pointer);
    });
  }
  const closed = new Set(closedStatuses.map((s) => s.trim().toLowerCase()));
  for (const list of CHECKPOINT_LIST_FIELDS) {
    c[list].forEach((issue, i) => {
      if (typeof issue.status !== 'string' || !saysFinished(issue.status, closed, trackerStatus?.(issue.id))) return;
      const pointer = `/${list}/${i}/status`;
      add(pointer, `${pointer} is ${JSON.stringify(issue.status)}, a status of finished work, in a list of open issues`, `an open status (not ${[...closed].join(', ')})`, issue.status);
    });
  }
  const detail = detailContradiction(c);
  if (detail !== undefined) add('/detail', `/detail ${JSON.stringify(c.detail)} ${detail}`, `a detail that agrees with status "${c.status}" and the counts`, c.detail);
  return out;
}

/**
 * Whether an open list entry's status is one of finished work (red team rb, session 48; closed by helper fi): one of
 * `closed` (the project's closed statuses), or a word of finished work (`done`, `resolved`, `fixed`) whatever the
 * project's statuses — unless the tracker gives the issue that very status (an open status a project named `resolved`
 * is its own). Read as a reader is shown it: case, padding and markup aside, digits drawn as letters (`cl0sed`).
 */
function saysFinished(status: string, closed: ReadonlySet<string>, tracked: string | undefined): boolean {
  const readings = wordReadings(status).flatMap((r) => [r, lookalikeSkeleton(r)]);
  if (readings.some((r) => closed.has(r))) return true;
  const own = tracked?.trim().toLowerCase();
  return own !== status.trim().toLowerCase() && readings.some((r) => FINISHED_STATUSES.has(r));
}
/** Statuses of finished work in trackers other than bd (GitHub, Jira, Linear, Trello, GitLab). */
const FINISHED_STATUSES: ReadonlySet<string> = new Set(['closed', 'done', 'resolved', 'fixed', 'complete', 'completed', 'finished', 'merged', 'shipped', 'released', 'wontfix', "won't fix", 'won\u2019t fix', 'duplicate', 'obsolete', 'cancelled', 'canceled']);

/**
 * Why a checkpoint's detail says the opposite of its status and counts, or undefined: the producer writes it from them
 * (`Practical-finish checkpoint reached: technical scope … complete; 1 docs/report issue remains.`), so a reader of the
 * committed file takes it for the outcome. A detail that says the checkpoint was not reached, the technical scope is
 * incomplete, or only a word of a state not reached (`pending`), beside a status of pass; one that says it was reached
 * beside a status of fail; a count of technical or docs/report issues other than the checkpoint's own.
 */
function detailContradiction(c: Checkpoint): string | undefined {
  if (typeof c.detail !== 'string') return undefined;
  // A contraction read out (`isn't reached` is `is not reached`).
  const text = removeInvisible(c.detail).normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').replace(CONTRACTED_NOT_G, ' not').trim();
  if (text.length > 2000) return undefined;
  const reached = c.status === 'pass';
  if (reached && (deniesReachedNow(text) || DETAIL_ONLY_NOT_REACHED.test(text))) return `says the checkpoint was not reached, but its status is "pass" with ${plural(c.technical_open_count, 'technical issue')} open`;
  if (!reached && (DETAIL_SAYS_REACHED.test(text) || DETAIL_ONLY_REACHED.test(text))) return `says the checkpoint was reached, but its status is "fail" with ${plural(c.technical_open_count, 'technical issue')} open`;
  for (const [patterns, count, what] of [[DETAIL_TECHNICAL_COUNTS, c.technical_open_count, 'technical'], [DETAIL_DOCS_COUNTS, c.docs_or_report_open_count, 'docs/report']] as const) {
    for (const pattern of patterns) {
      for (const m of text.matchAll(pattern)) {
        if (countOfFinishedIssues(text, m.index, m.index + m[0].length)) continue;
        const stated = NUMBER_WORDS.get(m[1] as string) ?? Number(m[1]);
        if (stated !== count) return `states ${stated} ${what} issue${stated === 1 ? '' : 's'}, but the checkpoint counts ${count}`;
      }
    }
  }
  const open = c.technical_open_count + c.docs_or_report_open_count;
  if (open > 0 && DETAIL_NOTHING_OPEN.test(text)) return `says no issue is left open, but the checkpoint counts ${plural(open, 'open issue')}`;
  return undefined;
}
/**
 * Whether a detail denies that this checkpoint is reached now (red team rb, session 48; closed by helper fi): a denial of
 * another checkpoint (`The docs checkpoint is pending`) or of another time (`The checkpoint was not reached last week;
 * it is reached now`) denies nothing of this one. A denial in the present tense is of now, whatever time words follow it.
 */
function deniesReachedNow(text: string): boolean {
  if (TECHNICAL_WORK_REMAINS.test(text)) return true;
  for (const m of text.matchAll(DETAIL_DENIES_REACHED_G)) {
    if (m[0].startsWith('checkpoint') && OTHER_CHECKPOINT.has(lastWordBefore(text, m.index))) continue;
    if (!PRESENT_VERB.test(m[0]) && (ANOTHER_TIME_AFTER.test(text.slice(m.index + m[0].length)) || ANOTHER_TIME_BEFORE.test(clauseBefore(text, m.index)))) continue;
    return true;
  }
  return false;
}
const CONTRACTED_NOT_G = /n['\u2019]t\b/gu;
/** Words that name a checkpoint other than the practical-finish one (`the docs checkpoint`, `the next checkpoint`). */
const OTHER_CHECKPOINT: ReadonlySet<string> = new Set(['docs', 'doc', 'documentation', 'report', 'reports', 'next', 'previous', 'prior', 'earlier', 'other', 'another', 'following', 'upcoming', 'later', 'second', 'third']);
const PRESENT_VERB = / (?:is|remains?|stays?|has|have) /u;
/** Time words after a denial that set it at another time than now (`not reached last week`, `not complete two days ago`). */
const ANOTHER_TIME = String.raw`(?:last (?:week|sprint|month|night|run|time|release|iteration|cycle)|yesterday|earlier|previously|at first|initially|in (?:the )?(?:last|previous|prior|earlier|first) \p{L}+|(?:a|an|one|two|three|few|\d+) (?:\p{L}+ )?(?:days?|weeks?|months?|sprints?|runs?) ago)\b`;
const ANOTHER_TIME_AFTER = new RegExp(`^,? ${ANOTHER_TIME}`, 'u');
/** The same time words opening the clause of the denial (`Last week the checkpoint was not reached`). */
const ANOTHER_TIME_BEFORE = new RegExp(`^${ANOTHER_TIME}`, 'u');
/** The clause that ends at `at` (from the last stop, semicolon, colon or comma), trimmed. */
const clauseBefore = (text: string, at: number): string => text.slice(0, at).replace(/^[^]*[.;:,!?]/u, '').trim();
const lastWordBefore = (text: string, at: number): string => /(\p{L}+)\W*$/u.exec(text.slice(0, at))?.[1] ?? '';
/**
 * Whether a stated count is of issues closed, not open (`2 technical issues closed this week`, `the 3 technical issues
 * from last sprint are all closed`, `closed 2 technical issues`): its clause holds a word of finished work and none of
 * work open or still to do (`3 technical issues not yet closed` is a count of open ones).
 */
function countOfFinishedIssues(text: string, start: number, end: number): boolean {
  const after = /^[^;,.:!?]*/u.exec(text.slice(end))?.[0] ?? '';
  const before = clauseBefore(text, start);
  if (STILL_OPEN_WORD.test(after) || STILL_OPEN_WORD.test(before)) return false;
  return FINISHED_WORD.test(after) || FINISHED_VERB_BEFORE.test(before);
}
const STILL_OPEN_WORD = /\b(?:not|never|no|yet|still|open|opened|reopened|remain|remains|remaining|left|pending|outstanding|unresolved|unfixed|unfinished|incomplete|blocked|blocking|in progress|to go|to do|todo|waiting|need|needs)\b/u;
const FINISHED_WORD = /\b(?:closed|fixed|resolved|done|finished|completed|merged|landed|shipped)\b/u;
const FINISHED_VERB_BEFORE = /\b(?:closed|fixed|resolved|finished|completed|merged|landed|shipped)(?: (?:all|the|another|only|a further|further))?$/u;
/**
 * The checkpoint or its technical scope said not reached, incomplete, pending (`checkpoint NOT reached`, `Technical scope
 * under bd-1 incomplete`); `no technical work pending` says the opposite.
 */
const DETAIL_DENIES_REACHED_G =
  /(?<!\bno )\b(?:checkpoint|practical[ -]finish(?: checkpoint)?|point de contrôle|technical (?:scope|work|completion))(?: (?:under|for|of) \S+)?(?::| [-\u2013\u2014])? (?:is |was |has |have |remains? |stays? )?(?:still )?(?:(?:not|never|nicht|no|non|pas) (?:yet )?(?:been )?(?:reached|met|achieved|complete|completed|finished|done|erreicht|abgeschlossen|alcanzado|alcanzada|completado|atteint|atteinte|terminé|terminée)(?: yet)?\b|(?:unreached|unfinished|unmet|incomplete|pending|in progress|failed|missed|blocked|still open|en cours|en curso)\b|yet to be (?:reached|met|achieved|completed|finished|done)\b|far from (?:reached|complete|completed|finished|done)\b|(?:\d|[1-9]\d)(?:\.\d+)? ?% (?:complete|completed|finished|done)\b)/gu;
/**
 * Technical issues or work said to remain (red team rb, session 48; helper fi): `Technical issues remain open.`, `Some
 * technical issues remain.`, `Technical work still open.` — never after a word of none (`no technical issues remain`,
 * `0 technical issues remain`: the count readers judge a number) nor before one (`technical issues remain: none`).
 */
const TECHNICAL_WORK_REMAINS = /(?<!\b(?:no|zero|0|none of the|none of)(?: open| remaining)? )\btechnical (?:issues?|work|tasks?|bugs?|items?)(?: (?:under|for|of) \S+)? (?:(?:is |are )?still open|(?:still )?remains?)\b(?!:? (?:0|none|zero|nil)\b)(?! (?:closed|complete|completed|done|finished|green|resolved|fixed)\b)/u;
/** A detail that is only a word of a state not reached. */
const DETAIL_ONLY_NOT_REACHED = /^(?:(?:still )?(?:pending|open|running|waiting)|in[ _-]?progress|incomplete|unfinished|not[ _-](?:yet[ _-])?(?:reached|complete|completed|done|finished)(?:[ _-]yet)?|unreached|failed|failing|fail|blocked|ongoing|en cours|en curso|nicht erreicht|no alcanzado|non atteint)[.!…]*$/u;
/** The checkpoint or its technical scope said reached or complete, or no issue said left. */
const DETAIL_SAYS_REACHED = /\bcheckpoint (?:is |was |has been )?reached\b|\btechnical scope(?: (?:under|for|of) \S+)? (?:is |was |now )?complete\b|\bno (?:open (?:\S+ )?)?(?:technical )?issues? (?:remains?|left|open)\b/u;
const DETAIL_ONLY_REACHED = /^(?:pass|passed|ok|okay|reached|complete|completed|done|green|success|succeeded)[.!…]*$/u;
/** A number stated for the technical or the docs/report issues (`3 technical issues`, `0 technical`, `1 docs/report issue(s)`). */
const DETAIL_TECHNICAL_COUNT = /(?<![\w.-])(\d+) (?:open )?technical\b/gu;
const DETAIL_DOCS_COUNT = /(?<![\w.-])(\d+) (?:open )?docs?(?: ?\/ ?| or | and )reports?\b/gu;
/**
 * Counts in other forms (red team rb, session 48; closed by helper fi): a number word (`three technical issues`, `no
 * docs/report issues`: `no` only before the noun), the number after the noun (`technical issues open: 3`), docs or
 * report issues named alone (`2 docs issues`, `2 report issues`).
 */
const NUMBER_WORD = String.raw`(zero|no|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)`;
const DOCS_NOUN = String.raw`(?:docs?(?: ?\/ ?| or | and )reports?|docs?|reports?|documentation)`;
const DETAIL_TECHNICAL_COUNTS: readonly RegExp[] = [
  DETAIL_TECHNICAL_COUNT,
  new RegExp(String.raw`(?<![\w.-])${NUMBER_WORD} (?:open )?technical (?:issues?|tasks?|items?|bugs?)\b`, 'gu'),
  new RegExp(String.raw`\btechnical (?:issues?|tasks?|items?|bugs?)(?: (?:open|remaining|left|outstanding))? ?[:=] ?(\d+)\b`, 'gu'),
];
const DETAIL_DOCS_COUNTS: readonly RegExp[] = [
  DETAIL_DOCS_COUNT,
  new RegExp(String.raw`(?<![\w.-])(\d+|${NUMBER_WORD.slice(1, -1)}) (?:open )?${DOCS_NOUN} (?:issues?|tasks?|items?)\b`, 'gu'),
  new RegExp(String.raw`\b${DOCS_NOUN} (?:issues?|tasks?|items?)(?: (?:open|remaining|left|outstanding))? ?[:=] ?(\d+)\b`, 'gu'),
];
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(['zero', 'no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'].map((w, i) => [w, w === 'no' ? 0 : i > 1 ? i - 1 : 0] as const));
/** No issue at all said left open (`all issues closed`, `nothing left open`, `no issues remain`): beside an open count, a contradiction. */
const DETAIL_NOTHING_OPEN = /\b(?:all (?:the )?(?:open |perf3x |in-scope |remaining )?issues (?:are |were |have been |now )?(?:closed|resolved|done|fixed|complete|completed)|nothing (?:is )?(?:left |remains |remaining )?open|nothing (?:is )?left|no (?:open |remaining )?issues (?:remain|left|open|outstanding))\b(?![^;.]*\b(?:but|except|save|other than|apart from|besides|beyond)\b)/u;

/**
 * The checks the reference kernel manifest's drift_detection_contract requires of a drift report
 * (`pi.frankennode.kernel_boundary_drift_report.v1`): kernel_boundary's default `required_checks`, and what
 * claim_tier_order requires of a drift report it reads as strict-tier evidence.
 */
export const DRIFT_REPORT_REQUIRED_CHECKS: readonly string[] = [
  'kernel_boundary.all_modules_mapped_or_deferred',
  'kernel_boundary.no_duplicate_domain_ownership',
  'kernel_boundary.banned_cross_boundary_pairs_absent',
  'kernel_boundary.reintegration_target_list_complete',
  'kernel_boundary.reintegration_module_mappings_complete',
];

/**
 * Text the tracker never wrote in a checkpoint's issue entries: blank or a placeholder ("TODO", "${STATUS}") in any
 * field of any entry. The tracker writes a blank title as "(untitled)" and a blank type as "unknown" (the reference's
 * normalisation), so "unknown" is a sound issue_type and nothing else that is blank or a placeholder is.
 */
export function checkpointEntryPlaceholders(value: Record<string, unknown>): { pointer: string; message: string; expected: unknown; actual: unknown }[] {
  const out: { pointer: string; message: string; expected: unknown; actual: unknown }[] = [];
  for (const list of CHECKPOINT_LIST_FIELDS) {
    const items = value[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, i) => {
      for (const field of ['id', 'status', 'title', 'issue_type'] as const) {
        const text = (item as Record<string, unknown> | null)?.[field];
        const problem = typeof text === 'string' && !(field === 'issue_type' && text === 'unknown') ? contentProblem(text) : undefined;
        if (problem === undefined) continue;
        const pointer = `/${list}/${i}/${field}`;
        out.push({ pointer, message: `${pointer} ${JSON.stringify(text)} ${problem}`, expected: field === 'id' ? 'an issue id' : `the issue's ${field.replace('_', ' ')} in the tracker`, actual: text });
      }
    });
  }
  return out;
}
