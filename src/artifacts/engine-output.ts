/**
 * The engine's own outputs are never evidence (DESIGN §9 "Identity"): a verdict, report, event
 * stream or command log written by this run or an earlier one cannot prove anything about the
 * repository. One function decides what is engine output, used by the readers (which refuse it
 * with `engine_output`) and by globs (which never list it).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ArtifactError } from './errors.js';
import { isInside } from './paths.js';
import { WAIVER_AUDIT_SCHEMA_ID } from '../output/waiver-audit.js';
import { REGULAR_FILE_FLAGS } from '../util/regular-file.js';
import { confusableTable, decodeHtml, maskAttributeBrackets, removeInvisible } from '../util/text-classes.js';
import { realpathAsPromise, readdirAsPromise } from '../util/metadata.js';

/** zlib, loaded when a gzip file is met: loading it cost every CLI process ~10 ms, and few runs meet one. */
const gunzip: typeof import('node:zlib').gunzipSync = (...args) => (createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib')).gunzipSync(...args);

/** File names a run writes into its output directory (both lanes). */
export const ENGINE_OUTPUT_NAMES: ReadonlySet<string> = new Set([
  'full_suite_verdict.json', 'full_suite_events.jsonl', 'full_suite_report.md', 'replay_bundle.json', 'triage_diff.json', 'waiver_audit.json',
  'preflight_verdict.json', 'preflight_events.jsonl', 'preflight_report.md', 'preflight_replay_bundle.json', 'preflight_triage_diff.json', 'preflight_waiver_audit.json',
]);
export const ENGINE_VERDICT_NAMES: readonly string[] = ['full_suite_verdict.json', 'preflight_verdict.json'];
const VERDICT_NAMES = ENGINE_VERDICT_NAMES;
/** What the first bytes of a verdict the engine wrote contain (its schema id comes first). */
const ENGINE_VERDICT_MARK = '"gate-engine.full_suite_verdict.';
const HEAD_BYTES = 512;
/** The engine's name, as its reporters write it into SARIF, JUnit and annotations. */
const ENGINE_NAME = 'gate-engine';

/** Reads only the head of a file: true when it is a verdict this engine wrote. Opened non-blocking: a named pipe never blocks it. */
async function isEngineVerdict(file: string): Promise<boolean> {
  let handle;
  try {
    handle = await fs.open(file, REGULAR_FILE_FLAGS);
    if (!(await handle.stat()).isFile()) return false;
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').includes(ENGINE_VERDICT_MARK);
  } catch {
    return false;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Knows where engine output lives under one real root: the run's own output directory (and any
 * directory passed in `excluded`), and every directory holding a verdict the engine wrote (an
 * earlier run's output directory, wherever `--out` pointed then). Answers are cached per directory.
 */
export class EngineOutputGuard {
  private readonly excluded: string[];
  private readonly verdictDirs = new Map<string, Promise<boolean>>();

  constructor(
    private readonly realRoot: string,
    excluded: readonly string[] = [],
  ) {
    this.excluded = excluded.map((dir) => path.resolve(dir));
  }

  /** True when `dir` (a real path) is one of the excluded directories, the root excepted. */
  isExcluded(dir: string): boolean {
    return dir !== this.realRoot && this.excluded.includes(dir);
  }

  /** True when the real directory `dir` is, or holds, a verdict the engine wrote (the root itself is judged by file name only). */
  isOutputDirectory(dir: string): Promise<boolean> {
    if (this.excluded.some((x) => x === dir) && dir !== this.realRoot) return Promise.resolve(true);
    if (dir === this.realRoot) return Promise.resolve(false);
    let known = this.verdictDirs.get(dir);
    if (known === undefined) {
      known = holdsEngineVerdict(dir);
      this.verdictDirs.set(dir, known);
    }
    return known;
  }

  /**
   * Why the real file `file` is engine output, or undefined: it lies in (or below) the run's output
   * directory or an earlier run's, or it carries an engine output name next to an engine verdict.
   */
  async reason(file: string): Promise<string | undefined> {
    for (const dir of this.excluded) {
      if (dir !== this.realRoot && isInside(dir, file)) return 'it lies in this run\'s output directory';
    }
    for (let dir = path.dirname(file); dir !== this.realRoot && isInside(this.realRoot, dir); dir = path.dirname(dir)) {
      if (await this.isOutputDirectory(dir)) return 'it lies in the output directory of a gate-engine run';
    }
    // An output directory that is the root itself: only the files a run writes there are output.
    const rel = path.relative(this.realRoot, file).split(path.sep);
    const ownFile = (rel.length === 1 && ENGINE_OUTPUT_NAMES.has(rel[0] as string)) || (['commands', 'preflight_commands', 'scanned', 'preflight_scanned'].includes(rel[0] as string) && rel.length > 1);
    if (!ownFile) return undefined;
    if (this.excluded.includes(this.realRoot)) return 'it is a file this run writes into its output directory';
    return (await holdsEngineVerdict(this.realRoot)) ? 'it is a file an earlier gate-engine run wrote into the root' : undefined;
  }
}

/**
 * Whether the directory `dir` holds a verdict the engine wrote. One listing names the candidates: most directories hold
 * none, and a lookup per verdict name would cost each of them a failed open. A directory that cannot be listed (no read
 * permission, only search) is asked name by name.
 */
async function holdsEngineVerdict(dir: string): Promise<boolean> {
  const names = await readdirAsPromise(dir).then((all) => VERDICT_NAMES.filter((n) => all.includes(n)), () => VERDICT_NAMES);
  for (const name of names) if (await isEngineVerdict(path.join(dir, name))) return true;
  return false;
}

/**
 * Fields only the waiver audit gate-engine writes has beside the reference project's `pi.ci.waiver_audit.v1` ones (a
 * producer of the reference format writes none of them), so a copy of the engine's audit is known by its content.
 */
const ENGINE_AUDIT_FIELDS = ['lane', 'suspended', 'applied', 'unused'] as const;
const ENGINE_AUDIT_ROW_FIELDS: readonly string[] = [...ENGINE_AUDIT_FIELDS, 'raw_waivers', 'total_waivers'];

/**
 * Why a parsed document (or JSONL row) is engine output wherever it was copied to, or undefined: it names one of
 * gate-engine's own schemas (verdict, events, replay bundle, triage diff), or it is the engine's waiver audit, whose
 * schema id is the reference's: a copied `waiver_audit.json` carries the run id of the run that judged the evidence.
 * A copy whose schema id was changed or cut out is still known by the fields only the engine writes.
 */
export function engineDocumentReason(value: unknown): string | undefined {
  if (isInertRecord(value)) return undefined;
  return engineDocumentReasonUnrouted(value);
}

/** {@link engineDocumentReason} without the {@link isInertRecord} route: what test/artifacts/engine-output-inert.test.ts compares it with. */
export function engineDocumentReasonUnrouted(value: unknown): string | undefined {
  // An event stream gathered into one array (`jq -s`), or verdicts listed together: judged item by item.
  const top = Array.isArray(value) ? value.reduce<string | undefined>((why, item) => why ?? (isRecord(item) ? recordReason(item) : undefined), undefined) : isRecord(value) ? recordReason(value) : undefined;
  return top ?? embeddedReason(value);
}

/** Shorter than this, a string is no encoded document (encodedReason's own bound, before it trims). */
const ENCODED_MIN_CHARS = 64;

/**
 * A record {@link engineDocumentReasonUnrouted} finds nothing in, known without running it: none of its keys is one the
 * engine's documents are known by ({@link ENGINE_RECORD_KEYS}), and its values are numbers, booleans, null, strings too
 * short to be an encoded document, or arrays of those: no record below it to be an embedded verdict or event row. Such a
 * record reads as the empty record does to every test of recordReason (each reads only keys it lacks), and the walk of
 * embedded values finds no record and no string to decode. Every row of a tracker export is one (`{"id", "status",
 * "title", "labels": […]}`): ~8k rows at 1x cost ~50 ms of a cold run through the full check (issue 13).
 */
function isInertRecord(value: unknown): boolean {
  if (!isRecord(value)) return false;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (ENGINE_RECORD_KEYS.has(key)) return false;
    const v = value[key];
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (!isInertLeaf(v[i])) return false;
    } else if (!isInertLeaf(v)) return false;
  }
  return true;
}

/** A value below which nothing can be the engine's: a number, boolean, null or short string. */
const isInertLeaf = (v: unknown): boolean => (typeof v === 'string' ? v.length < ENCODED_MIN_CHARS : v === null || (typeof v !== 'object' && typeof v !== 'function'));

/**
 * A verdict (or event row, audit, SARIF log) embedded at any depth of another document (`{"ci": {"release": <verdict>}}`)
 * is still the engine's: a gate reading `/ci/release/verdict` would pass on it. Below the top, a record is judged by
 * what only the engine writes together; an `engine.name` alone may be a document naming the tool it ran.
 */
function embeddedReason(value: unknown): string | undefined {
  // Asked of every JSONL row: a record's values are visited in place (no Object.values list per node).
  const stack: unknown[] = [value];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const why = embeddedChildReason(node[i], stack);
        if (why !== undefined) return why;
      }
    } else if (isRecord(node)) {
      for (const key in node) {
        if (!Object.hasOwn(node, key)) continue;
        const why = embeddedChildReason(node[key], stack);
        if (why !== undefined) return why;
      }
    }
  }
  return undefined;
}

/** {@link embeddedReason} of one value inside a document; a container is pushed on `stack` to be visited in turn. */
function embeddedChildReason(child: unknown, stack: unknown[]): string | undefined {
  if (typeof child === 'string') {
    const why = encodedReason(child);
    if (why !== undefined) return `${why}, embedded in another document`;
  }
  if (child === null || typeof child !== 'object') return undefined;
  const why = isRecord(child) ? recordReason(child, true) : undefined;
  if (why !== undefined) return `${why}, embedded in another document`;
  stack.push(child);
  return undefined;
}

function recordReason(value: Record<string, unknown>, embedded = false): string | undefined {
  if (isEngineSarif(value)) return 'it is a SARIF log gate-engine wrote (runs[].tool.driver.name "gate-engine"): a rendering of a verdict';
  const id = value.schema;
  // Embedded, a schema id alone may be a manifest naming the kind of a file it lists; with the run id it is the document.
  if (typeof id === 'string' && id.startsWith(`${ENGINE_NAME}.`) && (!embedded || Object.hasOwn(value, 'run_id'))) return `it carries gate-engine's own schema id ${JSON.stringify(id)}`;
  if (id === WAIVER_AUDIT_SCHEMA_ID && hasAll(value, ENGINE_AUDIT_FIELDS)) {
    return `it is the waiver audit of a gate-engine run (${JSON.stringify(id)} with the engine's own fields ${ENGINE_AUDIT_FIELDS.join(', ')})`;
  }
  return engineShapeReason(value, embedded);
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const hasAll = (record: Record<string, unknown>, keys: readonly string[]) => keys.every((k) => Object.hasOwn(record, k));

const ENGINE_EVENTS: readonly unknown[] = ['run_started', 'gate_started', 'gate_finished', 'run_finished'];
/** Fields looked for on every record (every JSONL row): lists made once, not per row. */
const TRIAGE_DIFF_FIELDS: readonly string[] = ['ranked_diagnostics', 'recommended_commands', 'baseline', 'current'];

/**
 * Every key {@link recordReason} reads of a top-level record that holds none of them (its SARIF, schema-id, engine-shape,
 * verdict-mark, event, audit and triage tests). test/artifacts/engine-output-inert.test.ts finds them by running the
 * check on a record that records what is read of it: a check added there that reads another key fails it until the key is
 * listed here.
 */
export const ENGINE_RECORD_KEYS: ReadonlySet<string> = new Set([
  'runs', 'version', 'schema', 'run_id', 'engine', 'selection', 'event', 'seq', 'ts', 'config_gates_sha256', 'config_path',
  'config_sha256', 'gates', 'summary', 'waivers', ...ENGINE_AUDIT_ROW_FIELDS, ...TRIAGE_DIFF_FIELDS,
]);

/**
 * The fields gate-engine adds to the reference formats (README "Outputs"), by which its documents are known whatever
 * their schema id says: one field changed (`"schema": "acme.release.v1"`) does not make a verdict evidence. The
 * reference project's own documents (`pi.ci.full_suite_gate.v1`, its waiver audit) carry none of these.
 */
function engineShapeReason(record: Record<string, unknown>, embedded: boolean): string | undefined {
  const engine = record.engine;
  if (!embedded && isRecord(engine) && typeof engine.name === 'string' && ENGINE_NAME_SPELLINGS.test(engine.name)) return 'it names gate-engine as the program that wrote it (engine.name "gate-engine")';
  const verdict = verdictShapeReason(record);
  if (verdict !== undefined) return verdict;
  const selection = record.selection;
  if (isRecord(selection) && hasAll(selection, ['gates_verdict', 'not_selected'])) return 'it carries the selection record of a gate-engine verdict (selection.gates_verdict, selection.not_selected)';
  if (ENGINE_EVENTS.includes(record.event) && hasAll(record, ['run_id', 'seq']) && (hasAll(record, ['gate_type', 'raw_status']) || hasAll(record, ['gate_type', 'gate_id']) || hasAll(record, ['lane', 'mode']) || (isRecord(record.summary) && Object.hasOwn(record.summary, 'waived')))) {
    return `it is a row of a gate-engine event stream (event ${JSON.stringify(record.event)} with the engine's own fields)`;
  }
  // A row whose `event` was renamed or cut out: its run id is still the engine's.
  if (hasEngineRunId(record) && hasAll(record, ['seq', 'ts'])) return 'it is a row of a gate-engine event stream (a gate-engine run id with seq and ts)';
  if (hasAll(record, ENGINE_AUDIT_ROW_FIELDS)) return `it is the waiver audit of a gate-engine run (the engine's own fields ${ENGINE_AUDIT_FIELDS.join(', ')})`;
  if (hasAll(record, TRIAGE_DIFF_FIELDS)) return 'it is the triage diff of a gate-engine run (ranked_diagnostics, recommended_commands)';
  return undefined;
}

/** The engine's name however a copy respelled it (`Gate-Engine`, `gate_engine`, `gate engine`). */
const ENGINE_NAME_SPELLINGS = /^\s*gate[-_ ]?engine\s*$/i;
/** A run id as the engine derives it (deriveRunId): `ge-<UTC stamp>-<12 hex>`. */
const ENGINE_RUN_ID = /^ge-\d{8}T\d{6}Z-[0-9a-f]{12}$/;
const hasEngineRunId = (record: Record<string, unknown>) => typeof record.run_id === 'string' && ENGINE_RUN_ID.test(record.run_id);

/**
 * Parts of a verdict only gate-engine writes (README "Outputs"). Each alone could be a coincidence of another
 * tool's names; two together are the engine's verdict, whatever was renamed or cut out around them (its schema id,
 * `engine`, `selection`).
 */
const VERDICT_MARKS: readonly (readonly [string, (record: Record<string, unknown>) => boolean])[] = [
  ['a gate-engine run id', (r) => hasEngineRunId(r)],
  ['config_gates_sha256', (r) => typeof r.config_gates_sha256 === 'string'],
  ['config_path with config_sha256', (r) => Object.hasOwn(r, 'config_path') && Object.hasOwn(r, 'config_sha256')],
  ['gate results with raw_status and checks', (r) => Array.isArray(r.gates) && r.gates.some((g) => isRecord(g) && hasAll(g, ['raw_status', 'status', 'checks']))],
  // The reference's summary has all_blocking_pass; `waived` is the engine's own.
  ['summary.waived beside all_blocking_pass', (r) => isRecord(r.summary) && hasAll(r.summary, ['waived', 'all_blocking_pass'])],
  ['waivers.suspended, expiring_soon_days', (r) => isRecord(r.waivers) && hasAll(r.waivers, ['suspended', 'expiring_soon_days', 'applied'])],
];

/**
 * A verdict known by two of its marks, at the top or one level down (a verdict wrapped as `{"result": …}` is a
 * verdict still).
 */
function verdictShapeReason(record: Record<string, unknown>): string | undefined {
  // Every JSONL row is asked this: the record and its values are walked in place, with no list built per row.
  const top = verdictMarksReason(record);
  if (top !== undefined) return top;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    const value = record[key];
    if (!isRecord(value)) continue;
    const why = verdictMarksReason(value);
    if (why !== undefined) return why;
  }
  return undefined;
}

/** Two of {@link VERDICT_MARKS} on one record: the marks are listed only once two are found. */
function verdictMarksReason(candidate: Record<string, unknown>): string | undefined {
  let marks = 0;
  for (let i = 0; i < VERDICT_MARKS.length; i++) if ((VERDICT_MARKS[i] as (typeof VERDICT_MARKS)[number])[1](candidate)) marks++;
  if (marks < 2) return undefined;
  const found = VERDICT_MARKS.filter(([, has]) => has(candidate)).map(([what]) => what);
  return `it is a gate-engine verdict (${found.join('; ')})`;
}

/** A SARIF log one of whose runs gate-engine's reporter wrote. */
function isEngineSarif(record: Record<string, unknown>): boolean {
  const runs = record.runs;
  if (typeof record.version !== 'string' || !Array.isArray(runs)) return false;
  return runs.some((run: unknown) => {
    const driver = (run as { tool?: { driver?: { name?: unknown } } } | null)?.tool?.driver;
    return driver?.name === ENGINE_NAME;
  });
}

/** `word` in any case: a summary retyped or shouted (`Gate-Engine`, `GATE-ENGINE 0.1.0 · VERIFY`) is the summary still. */
const anyCase = (word: string): string => word.replace(/[a-z]/gu, (c) => `[${c}${c.toUpperCase()}]`);
/** The engine's name in any case and in the spellings a document's engine.name is known by (`Gate Engine`, `gate_engine`). */
const NAME_WRITTEN = String.raw`${anyCase('gate')}[-_ ]?${anyCase('engine')}`;
/** The middle dot between the parts of a summary or a report's run line, with any run of spaces or tabs around it. */
const DOT = String.raw`[ \t]+·[ \t]+`;
/**
 * The summary's own words after any line prefix: the engine's name, its version, `verify` and the lane, parted by the
 * middle dot (a copy may widen the spaces; tabs and other spaces are read as spaces by {@link logView}).
 */
const SUMMARY_WORDS = String.raw`${NAME_WRITTEN}[ \t]+\S+${DOT}${anyCase('verify')}${DOT}${anyCase('lane')}[ \t]`;
/** The engine's name as written, where a line that may be its summary is looked for. */
const ENGINE_NAME_ANY_CASE = new RegExp(NAME_WRITTEN, 'gu');

/**
 * How the text renderings of a verdict begin, each as gate-engine writes it (`--format NAME:FILE`, the report, the
 * human summary saved from stdout): a JUnit XML's root element, the report's title and run line, the summary's head
 * line, GitHub workflow commands titled by the engine, a SARIF log whose first tool is the engine.
 */
const ENGINE_TEXT_HEADS: readonly (readonly [RegExp, string])[] = [
  // Re-serialised as XML tools write it (attributes sorted by canonicalisation or ElementTree, other quotes, a comment or
  // doctype before the root, the declaration dropped), or its suite merged under another root: the engine's still.
  [/^\uFEFF?(?:\s|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*<testsuites\b[^>]*?\bname\s*=\s*(["'])gate-engine\1/, 'a JUnit XML report gate-engine wrote (<testsuites name="gate-engine">)'],
  [/<testsuite\b[^>]*?\bname\s*=\s*(["'])gate-engine (?:full|preflight) lane\1/, 'a JUnit XML report gate-engine wrote (<testsuite name="gate-engine … lane">)'],
  // The run line, whatever the title above it was changed to.
  [new RegExp(String.raw`^> Run: \x60[^\x60\n]*\x60${DOT}lane \x60[^\x60\n]*\x60${DOT}mode \x60[^\x60\n]*\x60${DOT}${NAME_WRITTEN}[ \t]`, 'm'), 'the report of a gate-engine run'],
  // Saved from a CI log too: below the command line that printed it, each line behind a timestamp or a step's prefix.
  // A line's prefix is a runner's timestamp (`2026-03-10T11:58:02.0101Z `, `[11:58:02] `) or a step's `| `, never prose.
  // Also a GitLab stream tag (`00O+`), a containerd log's `stdout F`, a time alone (Jenkins' timestamper), a Compose
  // service's `web-1  | `, a syslog or journal line's `Mar 10 11:58:02 host node[812]: `, Heroku's `app[web.1]: ` and a
  // Docker json-file line's `{"log":"` (see {@link logView}).
  [new RegExp(String.raw`^\uFEFF?[ \t]*(?:\d{4}-\d\d-\d\d[T ][\d:.,]+(?:Z|[+-]\d\d:?\d\d)?[ \t]+(?:\d\d[OE]\+?[ \t]*|(?:stdout|stderr)[ \t]+[FP][ \t]+)?|\d\d:\d\d:\d\d(?:[.,]\d+)?[ \t]+|\[[^\]\n]{1,40}\][ \t]*|(?:[\w.-]{1,64}[ \t]+)?\|[ \t]*|[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \S{1,64} [\w./-]{1,64}(?:\[\d+\])?:[ \t]+|[\w.-]{1,64}\[[^\]\n]{1,40}\]:[ \t]*|\{[ \t]*"log"[ \t]*:[ \t]*")*${SUMMARY_WORDS}`, 'm'), 'the summary a gate-engine run printed'],
  [/^::(?:notice|warning|error)\b[^\n]*?title=gate-engine(?:%3A| verdict )/m, 'GitHub annotations gate-engine wrote'],
  [/^\uFEFF?\{\s*"\$schema"\s*:\s*"[^"\n]*sarif[^"\n]*"[\s\S]*?"driver"\s*:\s*\{\s*"name"\s*:\s*"gate-engine"/, 'a SARIF log gate-engine wrote (read as text)'],
];
/** How much of a text is searched for those heads: they are written first. */
const TEXT_HEAD_CHARS = 2048;

/** GitLab's collapsible-section markers, written on the line of the text they open or close. */
const GITLAB_SECTION = /section_(?:start|end):\d+:[\w.-]+(?:\[[^\]\n]*\])?\r?/g;
/**
 * Spaces a copy from a rendered log or a terminal may put for the summary's own (no-break, figure, thin, narrow, Ogham),
 * and the tabs, vertical spaces, NEL and line separators an editor or a log shipper may put (controls, which the invisible pass would remove,
 * joining the words around them).
 */
const OTHER_SPACES = /[\t\v\f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;

/**
 * A log's head as a reader sees it: the colours, cursor moves and APC timestamps a runner writes around each line
 * (`\x1b[0K`, Buildkite's `\x1b_bk;t=…\x07`), GitLab's section markers and invisible characters gone, other spaces
 * read as spaces. A summary saved from a coloured CI log is the engine's as one saved plain is.
 */
function logView(head: string): string {
  // Lines of printable ASCII without a GitLab marker (most heads of most files read: every source file the scanners
  // read) come out as they went in: one scan of the text instead of a split, a test per line and a join (issue 13).
  if (LOG_VIEW_KEEPS.test(head) && !head.includes('section_')) return head;
  // A carriage return starts the line over, as a terminal shows it; removeInvisible takes line ends too, so it reads each line.
  return head
    .replace(GITLAB_SECTION, '')
    .split(/\r\n?|\n/)
    .map((line) => (PRINTABLE_ASCII_LINE.test(line) ? line : asDrawn(removeInvisible(line.replace(OTHER_SPACES, ' ')))))
    .join('\n');
}
/** A line of printable ASCII, which every step of {@link logView} leaves as it is (most lines of most logs). */
const PRINTABLE_ASCII_LINE = /^[\x20-\x7e]*$/;
/** Lines of printable ASCII parted by line feeds: {@link logView} leaves such a text as it is, bar a GitLab marker. */
const LOG_VIEW_KEEPS = /^[\n\x20-\x7e]*$/;

/** A character outside printable ASCII, bar the summary's own middle dot. */
const NOT_ASCII = /[^\x20-\x7e\u00b7]/gu;
const DRAWN_AS = /^(?:[\x20-\x7e]+|\u00b7)$/u;
/**
 * `line` as it is drawn: compatibility forms folded (NFKC: full width), then each character Unicode's confusables draw
 * like ASCII or like the middle dot read as it (`gаte-engine` with a Cyrillic а, `gate\u2011engine`, `⋅` or `•` for `·`):
 * a copy retyped in look-alikes is the engine's summary still.
 */
function asDrawn(line: string): string {
  const folded = line.normalize('NFKC');
  if (!/[^\x20-\x7e]/u.test(folded)) return folded;
  const table = confusableTable();
  return folded.replace(NOT_ASCII, (c) => {
    const to = table[c];
    return to !== undefined && DRAWN_AS.test(to) ? to : c;
  });
}
/** A tag, and the code and emphasis marks a summary pasted into Markdown is wrapped in. */
const MARKUP_TAG = /<\/?[A-Za-z][^<>]*>/gu;
const MAY_BE_MARKUP = /[<&`*]/u;
/**
 * `view` (a {@link logView}) as a page draws it: tags gone, character references decoded (`&middot;`, `gate&#45;engine`),
 * code and emphasis marks gone, so a summary pasted into HTML or Markdown (`<pre>gate-engine …`, `` `gate-engine …` ``,
 * `**gate-engine** …`) is the summary still. A quote, heading or list marker before it stays: that cites a summary.
 */
function shownView(view: string): string {
  if (!MAY_BE_MARKUP.test(view)) return view;
  const shown = drawnText(untag(view));
  return BLOCK_TAG.test(view) ? `${shown}\n${drawnText(untag(view, true))}` : shown;
}
/**
 * A tag a page draws as a line end (a line break, a paragraph, a list item, a cell): `npm notice<br>gate-engine 0.1.0 ·`
 * shows the summary on a line of its own. Read also with every such tag a line end, as extra lines of the view.
 */
const BLOCK_TAG_SOURCE = String.raw`<\/?(?:address|article|aside|blockquote|br|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)(?![A-Za-z0-9-])[^<>]*>`;
const BLOCK_TAG = new RegExp(BLOCK_TAG_SOURCE, 'iu');
const BLOCK_TAG_G = new RegExp(BLOCK_TAG_SOURCE, 'giu');
/** A text without its tags as a page draws it: references decoded, code and emphasis marks gone. */
function drawnText(untagged: string): string {
  const decoded = untagged.includes('&') ? decodeHtml(untagged) : untagged;
  // A reference may write a character some readers draw as a line end (`&#11;`, `&#x2028;`): read both ways, as in the text.
  const both = decoded !== untagged && OTHER_LINE_BREAK.test(decoded) ? `${decoded}\n${decoded.replace(OTHER_LINE_BREAKS, '\n')}` : decoded;
  return logView(both).replace(/[`*]+/gu, '');
}

/**
 * `view` without its tags and comments, as a page draws it: a `<` or `>` inside a quoted attribute value ends no tag
 * (`<b title="<"\n>`), and a comment (`<!-- -->`) shows nothing. A comment left open is left as text: it may be no HTML.
 */
function untag(view: string, blocksBreak = false): string {
  const bare = withoutComments(view.includes('="') || view.includes("='") ? maskAttributeBrackets(view) : view);
  return (blocksBreak ? bare.replace(BLOCK_TAG_G, '\n') : bare).replace(MARKUP_TAG, '');
}
function withoutComments(view: string): string {
  let out = '';
  let last = 0;
  for (let open = view.indexOf('<!--'); open !== -1; open = view.indexOf('<!--', last)) {
    const close = COMMENT_END.exec(view.slice(open + 4));
    if (close === null) break;
    out += view.slice(last, open);
    last = open + 4 + close.index + close[0].length;
  }
  return last === 0 ? view : out + view.slice(last);
}
/** The end of a comment, as HTML reads it (`-->`, `--!>`, or at once: `<!-->`, `<!--->`). */
const COMMENT_END = /^-?>|--!?>/u;

/** A character reference, which may spell a letter of the engine's name (`gate&#45;engine`). */
const MAY_REFERENCE = /&(?:#\d|#[xX][0-9A-Fa-f]|[A-Za-z])/u;
/** A character a look-alike or an invisible may hide the engine's name behind. */
const MAY_DISGUISE = /[^\x09\x0a\x0d\x20-\x7e]/u;

/** The summary's head, which a CI log saves below whatever the job printed first. */
const SUMMARY_HEAD = ENGINE_TEXT_HEADS.find(([, what]) => what.startsWith('the summary')) as readonly [RegExp, string];
/** The longest line prefix (timestamps, tags, a container's name) read before the engine's name. */
const MAX_LINE_PREFIX = 256;

/**
 * The summary's head line anywhere in a text: a job log holds the setup's output (an `npm ci`, a checkout) before
 * it, so 2 KB of anything in front hid a saved summary. Only the lines that name the engine are read, each by its own
 * prefix, so a long log costs one search for the name.
 */
function summaryLineBeyondHead(text: string, from = TEXT_HEAD_CHARS - MAX_LINE_PREFIX): boolean {
  ENGINE_NAME_ANY_CASE.lastIndex = from;
  for (let found = ENGINE_NAME_ANY_CASE.exec(text); found !== null; found = ENGINE_NAME_ANY_CASE.exec(text)) {
    const at = found.index;
    const start = Math.max(text.lastIndexOf('\n', at) + 1, text.lastIndexOf('\r', at) + 1);
    if (at - start > MAX_LINE_PREFIX) continue;
    const end = text.indexOf('\n', at);
    const line = logView(text.slice(start, Math.min(end === -1 ? text.length : end, at + 512)));
    if (SUMMARY_HEAD[0].test(line) || SUMMARY_HEAD[0].test(shownView(line))) return true;
  }
  return false;
}

/**
 * A line without its tags that may draw the summary's middle dot as a page shows it: one with a character outside
 * printable ASCII (the dot, or a look-alike of it), or a character reference that decodes to one (`&middot;`, `&#183;`,
 * also once a tag inside it is gone: `&mid<b></b>dot;`); not `&self`.
 */
const mayDrawDot = (line: string): boolean => MAY_DISGUISE.test(line) || (line.includes('&') && MAY_DISGUISE.test(decodeHtml(line)));

/** A character of a reference's name (`middot`, `#183`, `#xB7`). */
const isReferenceNameChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 35;
/** A code or emphasis mark, which a drawing takes away after decoding: a drawing drawn again joins what stood around it (`&mid*dot;`). */
const isMarkupMark = (c: number) => c === 42 || c === 96;
/**
 * A character a drawing takes away with what follows it, joining the name before it to the text after: a tag or comment
 * (`<`), an invisible control or a terminal escape (C0 bar tab and line ends, DEL).
 */
const joinsName = (c: number) => c === 60 || (c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127;
/** What a reference written alone decodes to, or null when that is outside printable ASCII (may be the dot), by reference written. */
const referenceDrawing = new Map<string, string | null>();
function drawingOf(written: string): string | null {
  let drawn = referenceDrawing.get(written);
  if (drawn === undefined) {
    const decoded = decodeHtml(written);
    drawn = MAY_DISGUISE.test(decoded) ? null : decoded;
    if (referenceDrawing.size < 4096) referenceDrawing.set(written, drawn);
  }
  return drawn;
}
/** A character that, after a name, may go on with it in a later drawing: more of the name, its `;`, a mark, a reference, or what joins. */
const mayGoOn = (c: number) => isReferenceNameChar(c) || isMarkupMark(c) || c === 59 || c === 38 || joinsName(c);

/**
 * Whether a text provably draws no middle dot, in any reading the summary search makes, so that search can be
 * skipped (most source files and logs: `&self`, `&mut`, `&&` in Rust). The summary needs the dot, which a text of
 * ASCII draws only through a reference that decodes outside printable ASCII. A reference's name can be joined across
 * what a reading removes (`&mid<b></b>dot;`, `&mid\x1b[0mdot;`, a GitLab marker): then, or when a reference alone
 * decodes outside printable ASCII, the full search decides. A line the search has drawn is drawn again (its log view
 * read as a page), so the text is read as two drawings make it too: code and emphasis marks the first takes away after
 * decoding join a name (`&mid*dot;`), and what the first decodes may write a reference the second decodes: an
 * ampersand before a name (`&amp;middot;`), or more of a name it follows (`&#x&#66;7;`, `&mid&lt;b&gt;&lt;/b&gt;dot;`).
 * Then the text decoded is read as the text is (red team sa). The search draws no line a third time, so a text escaped
 * over and over (`&amp;amp;amp;…`) costs one decoding, not one per level.
 */
function drawsNoDot(text: string, ascii: boolean, drawings = 2): boolean {
  if (!ascii || text.includes('section_')) return false;
  let decodes = false;
  // Where the last name ended, marks and all: a reference right there lengthens it once decoded.
  let nameEnd = -1;
  for (let at = text.indexOf('&'); at !== -1; at = text.indexOf('&', at + 1)) {
    let end = at + 1;
    while (isReferenceNameChar(text.charCodeAt(end))) end++;
    // The name as the first drawing decodes it (up to a mark), and as the second does (the marks gone).
    let joinedEnd = end;
    while (isReferenceNameChar(text.charCodeAt(joinedEnd)) || isMarkupMark(text.charCodeAt(joinedEnd))) joinedEnd++;
    // A tag, a comment or an invisible control right after the name may be removed, joining more of it.
    if (joinsName(text.charCodeAt(end)) || joinsName(text.charCodeAt(joinedEnd))) return false;
    if (end !== at + 1) {
      const after = text.charCodeAt(end) === 59 ? end + 1 : end;
      const written = text.slice(at, after);
      const drawn = drawingOf(written);
      if (drawn === null) return false;
      // Most references decode to a character no name goes on from (`&amp; `, `&lt;b` without a name before it).
      if (drawn !== written && (at === nameEnd || (drawn.includes('&') && (drawn !== '&' || mayGoOn(text.charCodeAt(after)))))) decodes = true;
    }
    if (joinedEnd !== end) {
      const joined = text.slice(at, text.charCodeAt(joinedEnd) === 59 ? joinedEnd + 1 : joinedEnd).replace(/[*`]/g, '');
      // Decoded by the second drawing, the last: only a dot matters.
      if (joined.length > 1 && drawingOf(joined) === null) return false;
    }
    nameEnd = joinedEnd;
  }
  if (!decodes || drawings === 1) return true;
  const decoded = decodeHtml(text);
  return drawsNoDot(decoded, isAscii(decoded), drawings - 1);
}

/**
 * Whether the text as a page draws it shows the summary's head line past its head. The log view and its tags are taken
 * of the whole text (a GitLab marker may hold a carriage return, a look-alike may draw a tag's bracket, a comment or a
 * quoted value may hold a `>`), then only the lines that may draw the middle dot are read: the summary needs it, and
 * most lines of a log or a source file (`&self` in Rust) never draw it. A tag or comment across a line end joins lines
 * as a page draws them: then the whole text is read.
 */
function disguisedSummaryLine(text: string): boolean {
  const drawn = logView(text);
  const untagged = MAY_BE_MARKUP.test(drawn) ? untag(drawn) : drawn;
  // A text of printable ASCII draws the dot only by a reference: one decoding of it all answers for most source files.
  if (untagged === drawn && !mayDrawDot(untagged)) return false;
  const drawnLines = drawn.split('\n');
  const untaggedLines = untagged === drawn ? drawnLines : untagged.split('\n');
  if (untaggedLines.length !== drawnLines.length) return summaryLineBeyondHead(shownView(drawn));
  if (untagged !== drawn && !mayDrawDot(untagged)) return false;
  const shown = untaggedLines.flatMap((line, i) => {
    if (!mayDrawDot(line)) return [];
    const withBlocks = drawnLines[i] as string;
    return BLOCK_TAG.test(withBlocks) ? [drawnText(line), drawnText(untag(withBlocks, true))] : [drawnText(line)];
  });
  return summaryLineBeyondHead(shown.join('\n'), 0);
}

/**
 * Why a text is a rendering of a gate-engine verdict wherever it was written or copied to (a `--format junit:FILE`
 * inside the root, read next run as the test report it stands in for), or undefined.
 */
export function engineTextReason(text: string): string | undefined {
  const ascii = isAscii(text);
  // A text of ASCII holds another line break only as \v or \f: two fast searches. Replaced by \n, it stays ASCII.
  const otherBreak = ascii ? text.includes('\v') || text.includes('\f') : OTHER_LINE_BREAK.test(text);
  return renderingReason(text, ascii) ?? (otherBreak ? renderingReason(text.replace(OTHER_LINE_BREAKS, '\n'), ascii) : undefined) ?? engineDocumentTextReason(text) ?? encodedReason(text);
}

/** ASCII throughout: one UTF-8 byte per character (V8 counts a one-byte string's UTF-8 length natively). */
const isAscii = (text: string): boolean => Buffer.byteLength(text, 'utf8') === text.length;

/**
 * Characters some readers draw as a line end and others as a space: a vertical tab or form feed (a terminal moves down a
 * line), NEL, and Unicode's line and paragraph separators (an editor or a page breaks the line). Read as spaces by
 * {@link logView}, `npm notice\vgate-engine 0.1.0 · verify …` hid the summary behind a prefix; the text is read both ways.
 */
const OTHER_LINE_BREAK = /[\v\f\u0085\u2028\u2029]/u;
const OTHER_LINE_BREAKS = /[\v\f\u0085\u2028\u2029]/gu;

/** Why a text is one of the engine's text renderings, by its head or a summary line anywhere in it, or undefined. */
function renderingReason(text: string, ascii: boolean): string | undefined {
  const head = logView(text.slice(0, TEXT_HEAD_CHARS));
  ENGINE_NAME_ANY_CASE.lastIndex = 0;
  if (ENGINE_NAME_ANY_CASE.test(head)) for (const [pattern, what] of ENGINE_TEXT_HEADS) if (pattern.test(head)) return `it is ${what}: a rendering of a verdict`;
  if (SUMMARY_HEAD[0].test(shownView(head))) return `it is ${SUMMARY_HEAD[1]}: a rendering of a verdict`;
  // The name hidden by a look-alike, an invisible or a character reference is found in the text as drawn (read only when such a character is there).
  if (text.length > TEXT_HEAD_CHARS && !drawsNoDot(text, ascii) && (summaryLineBeyondHead(text) || ((MAY_DISGUISE.test(text) || MAY_REFERENCE.test(text)) && disguisedSummaryLine(text)))) return `it is ${SUMMARY_HEAD[1]}: a rendering of a verdict`;
  return undefined;
}

/**
 * How base64 of a JSON document or of gzip begins (`{"`, `{` + newline or space, `[{`, `["`, gzip's magic): only texts
 * that begin so are decoded, so a log or a digest is never decoded to look for the engine.
 */
const ENCODED_HEAD = /^(?:eyJ|ewo|ewr|eyA|W3s|WyJ|H4sI)/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$|^[A-Za-z0-9_-]+={0,2}$/;
/** The most a gzip inside a text is inflated to look for the engine (far beyond any verdict). */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

/**
 * A verdict (or any engine document or rendering) base64-encoded, gzipped and base64-encoded, as a whole text or a
 * string inside a document (an attestation's payload): wrapped, it is the engine's output still.
 */
function encodedReason(text: string): string | undefined {
  const start = text.trimStart();
  if (start.length < ENCODED_MIN_CHARS || !ENCODED_HEAD.test(start)) return undefined;
  const compact = start.replace(/\s+/g, '');
  if (!BASE64.test(compact)) return undefined;
  let bytes = Buffer.from(compact, /[-_]/.test(compact) ? 'base64url' : 'base64');
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzip(bytes, { maxOutputLength: MAX_INFLATED_BYTES });
    } catch {
      return undefined;
    }
  }
  const why = engineTextReason(bytes.toString('utf8'));
  return why === undefined ? undefined : `${why} (base64-encoded${compact.startsWith('H4sI') ? ', gzipped' : ''})`;
}

/** A top-level `schema` line naming one of the engine's ids, as YAML and TOML renderings of its documents write it. */
const ENGINE_SCHEMA_LINE = /^["']?schema["']?[ \t]*[:=][ \t]*["']?gate-engine\.[A-Za-z0-9_.-]+/m;
/** A top-level `engine` whose name is gate-engine, in YAML (block or flow) and TOML: a rendering whose schema id was changed. */
const ENGINE_NAME_LINES = [
  /^engine:[ \t]*\r?\n(?:[ \t]+\S[^\n]*\n)*?[ \t]+name:[ \t]*["']?gate-engine["']?[ \t]*\r?$/m,
  /^engine:[ \t]*\{[^}\n]*\bname:[ \t]*["']?gate-engine["']?[ \t]*[,}]/m,
  /^\[engine\][ \t]*\r?\n(?:[^[\n][^\n]*\n)*?name[ \t]*=[ \t]*["']gate-engine["'][ \t]*\r?$/m,
];

/**
 * One of the engine's documents kept as text (`verdict.txt`, an event stream saved as `run.log`, a verdict turned into
 * YAML): a text read only asks for non-blank text, which a copied verdict is. JSON is judged as a whole, JSONL line by
 * line, both by {@link engineDocumentReason}; YAML and TOML by their schema id line.
 */
function engineDocumentTextReason(text: string): string | undefined {
  const body = text.replace(/^\uFEFF/, '');
  const named = body.includes(ENGINE_NAME);
  if (named && body.includes(`${ENGINE_NAME}.`) && ENGINE_SCHEMA_LINE.test(body)) return 'it is a document gate-engine wrote (its schema id names gate-engine), kept as text';
  if (named && ENGINE_NAME_LINES.some((line) => line.test(body))) return 'it is a document gate-engine wrote (its engine.name is "gate-engine"), kept as text';
  const start = body.trimStart()[0];
  if (start === '[') return body.length <= MAX_PARSED_TEXT_CHARS ? parsedDocumentReason(body) : undefined;
  if (start !== '{') return undefined;
  const whole = body.length <= MAX_PARSED_TEXT_CHARS ? parsedDocumentReason(body) : undefined;
  if (whole !== undefined) return whole;
  for (const line of body.split('\n')) {
    if (!line.trimStart().startsWith('{') || line.length > MAX_PARSED_TEXT_CHARS) continue;
    const why = parsedDocumentReason(line);
    if (why !== undefined) return why;
  }
  return undefined;
}

/**
 * The largest JSON text parsed to look for the engine's fields: far beyond any verdict, and small enough that the
 * object graph of a large log that happens to be JSON never fills the heap.
 */
const MAX_PARSED_TEXT_CHARS = 16 * 1024 * 1024;

function parsedDocumentReason(json: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  const why = engineDocumentReason(value);
  return why === undefined ? undefined : `${why}, kept as text`;
}

/** The reader's refusal: engine output is never evidence. */
export function engineOutputError(rel: string, why: string): ArtifactError {
  return new ArtifactError('engine_output', `${rel} is gate-engine output, not evidence: ${why}`, {
    path: rel,
    fix: 'point the gate at the artifact the producer wrote; verdicts, reports, event streams and command logs of gate-engine runs prove nothing about the repository',
  });
}

/** Real path of `p`, or of its longest existing ancestor joined with the rest (for directories yet to be created). */
export async function realPathOrResolved(p: string): Promise<string> {
  const abs = path.resolve(p);
  try {
    return await realpathAsPromise(abs);
  } catch {
    const parent = path.dirname(abs);
    return parent === abs ? abs : path.join(await realPathOrResolved(parent), path.basename(abs));
  }
}
