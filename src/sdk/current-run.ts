/**
 * The run being judged. Artifacts that agree with each other may all come from an earlier run (a cache, a committed
 * copy, last week's job on the same commit); a gate ties them to this run through the id the pipeline exports in an
 * environment variable the gate's `current_run_env` option names. One reading of that variable for every gate.
 */
import { containsId, idReason, removeInvisible, visibleForm } from '../util/text-classes.js';
import { instantSpelling } from '../util/time.js';
import { escapeRegExp } from '../util/regexp-escape.js';

/** A full git object name (SHA-1 or SHA-256). */
const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;

export type CurrentRun = { id: string } | { why: string; actual: string };

/** The current run's id from `env[name]`, or why there is none (unset, blank, a placeholder: nothing to tie artifacts to). */
export function currentRunId(env: Readonly<Record<string, string | undefined>>, name: string): CurrentRun {
  const value = env[name];
  if (value === undefined) return { why: 'is not set', actual: 'unset' };
  const reason = idReason(value);
  if (reason !== undefined) return { why: reason === 'blank' ? 'is blank' : `is a placeholder (${reason})`, actual: value };
  const id = value.trim();
  const fallback = fallbackRunIdReason(id);
  if (fallback !== undefined) return { why: `is ${JSON.stringify(id)}, ${fallback}`, actual: value };
  // GITHUB_SHA, CI_COMMIT_SHA: every run of the commit (a re-run, last week's job) has it.
  if (COMMIT_SHA.test(id)) return { why: `is ${JSON.stringify(id)}, a commit SHA: it names the commit, not the run (every run of that commit has it)`, actual: value };
  return { id };
}

/**
 * What a script writes for the run id when it runs outside CI or the variable it read was unset (`${RUN_ID:-local}`,
 * `git rev-parse HEAD` unresolved, a Makefile default): `local`, `dev`, `HEAD`, `unknown`, `manual`, `localhost`. Every
 * run on every machine shares such an id, so an artifact of any earlier run bears it too: it ties nothing to this run.
 */
const FALLBACK_IDS: ReadonlySet<string> = new Set([
  'local', 'locally', 'localhost', 'localrun', 'localbuild', 'localdev', 'devlocal', 'dev', 'develop', 'development', 'debug', 'test', 'testing', 'tests',
  'head', 'main', 'master', 'trunk', 'latest', 'current', 'unknown', 'manual', 'manualrun', 'adhoc', 'ci', 'run', 'build', 'job', 'default', 'none',
  'nobody', 'anonymous', 'me', 'user', 'workstation', 'laptop', 'desktop', 'mymachine', 'sandbox', 'scratch', 'tmp', 'temp', 'offline', 'nightly', 'release',
  'snapshot', 'unset', 'undefined', 'null', 'na', 'noci', 'notci', 'nonci', 'norun', 'norunid', 'unknownrun', 'localhost0', 'dirty', 'wip',
]);

/** Whether `value` is words of {@link FALLBACK_IDS}, alone or joined (`local-run`, `DEV_BUILD`, `manual.test`), case, width and separators aside. */
function fallbackWords(value: string): boolean {
  const read = removeInvisible(value).normalize('NFKC').toLowerCase();
  const parts = read.split(/[^\p{L}\p{N}]+/u).filter((p) => p !== '');
  // A digit makes a name (`local-4471`), unless the list has it (`localhost0`).
  return FALLBACK_IDS.has(parts.join('')) || (parts.length > 0 && parts.every((p) => FALLBACK_IDS.has(p)));
}

/**
 * Why a run id is a fallback and no id, or undefined: the one reading of "fallback run id" every id check uses. A run id
 * names one run; a fallback is what a pipeline writes when it has none (`${GITHUB_RUN_ID:-local}`), alike in every run
 * that falls back, so an artifact of any earlier run bears it too. Either one token of letters only (`local`, `manual`,
 * `nightly`: run ids hold a digit — run numbers, timestamps, UUIDs — or several tokens, `release-run-qwxzt`), or words a
 * script writes outside CI ({@link FALLBACK_IDS}), alone or joined (`dev_build`, `localhost0`).
 */
export function fallbackRunIdReason(value: string): string | undefined {
  const shown = visibleForm(value.trim());
  const kind = /^\p{L}+$/u.test(shown) ? 'one token of letters only' : fallbackWords(value) ? 'words a script writes when it has no run id' : undefined;
  return kind === undefined ? undefined : `a fallback and not a run id (${kind}): every run that falls back writes it alike, so it ties nothing to one run`;
}

/** The `current_run_env` option as every gate that has one declares it. */
export const CURRENT_RUN_ENV_OPTION = {
  type: 'string',
  pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
} as const;

/**
 * A one-token id (letters and digits only) shorter than this may occur by chance as a token of an earlier run's ids: a
 * run number (`GITHUB_RUN_NUMBER=4`) is a token of `bd-1f42.4.4-run-3`. A long id (`GITHUB_RUN_ID`, a UUID, a
 * timestamped id) does not, nor does one of several tokens (`ci-12`), which must occur as they are joined.
 */
export const SHORT_RUN_ID = 6;

/** Whether `id` is short in the sense of {@link SHORT_RUN_ID}. */
export const isShortRunId = (id: string): boolean => /^[\p{L}\p{N}\p{M}]+$/u.test(visibleForm(id)) && [...visibleForm(id)].length < SHORT_RUN_ID;

/** Words that say the token after them names a run: `run-4`, `run_number=4`, `build.4`, `pipeline/4`, `#4`. */
const RUN_MARKER = String.raw`(?:(?<![\p{L}\p{N}])(?:run(?:[-_ ]?(?:number|num|no|id))?|build|pipeline|workflow[-_ ]?run)[-_.:/#= ]?|#)`;


/** The ids `text` names after a run marker, read as it shows (invisible characters, look-alike letters and digits). */
function markedRuns(text: string): string[] {
  const shown = visibleForm(text);
  return [...shown.matchAll(new RegExp(`${RUN_MARKER}([\\p{L}\\p{N}]+)`, 'giu'))].map((m) => m[1] as string);
}

/**
 * Why an artifact's ids do not tie it to the current run `runId`, or undefined when they do. A long id ties it when the
 * correlation id holds it as a whole token ({@link containsId}). A short one ({@link SHORT_RUN_ID}: a run number) only
 * when it names the run, never by occurring somewhere: the correlation id or the run id field holds it after a run
 * marker (`…-run-4`, `build#4`), or the run id field is it (`4`, or after a word: `ci-4`) — and no run marker names
 * another run number (`run_id: "4"` beside `…-run-3`). A timestamp with a zone is read as its instant in either id
 * ({@link instantSpelling}): `2026-03-09T09:40:30+05:30` ties to `ci-2026-03-09T04:10:30Z`.
 */
export function tieToRun(runId: string, correlationId: string, runIdField?: string): string | undefined {
  if (!containsId(correlationId, runId) && !containsId(instantSpelling(correlationId), instantSpelling(runId))) return 'does not contain it as a whole token';
  if (!isShortRunId(runId)) return undefined;
  const id = visibleForm(runId).toLowerCase();
  const marked = [...markedRuns(correlationId), ...(runIdField === undefined ? [] : markedRuns(runIdField))].map((m) => m.toLowerCase());
  if (marked.includes(id)) return undefined;
  // Only another number is another run's: `build-linux-4` names a build, not run `linux`.
  const other = /^\d+$/.test(id) ? marked.find((m) => /^\d+$/.test(m)) : undefined;
  if (other !== undefined) return `names run ${JSON.stringify(other)} after its run marker, not this run`;
  const field = runIdField === undefined ? undefined : visibleForm(runIdField).toLowerCase();
  if (field !== undefined && new RegExp(`^\\p{L}*[-_.:/#= ]?${escapeRegExp(id)}$`, 'u').test(field)) return undefined;
  return `holds it only as a token that does not name the run: a short run id (one token under ${SHORT_RUN_ID} characters, such as a run number) ties an artifact only after a run marker (\`run-${runId}\`) or as its run_id`;
}

/**
 * Whether two run ids (or correlation ids) name the same run: equal as written, or equal once every timestamp with a
 * zone in them is read as its instant ({@link instantSpelling}) — a run id that is its run's start may be printed with
 * an offset (`+05:30`), in UTC, with a `.000` fraction or compact, and is the same run's in each; another instant never is.
 */
export function sameRunId(a: string, b: string): boolean {
  return a === b || instantSpelling(a) === instantSpelling(b);
}
