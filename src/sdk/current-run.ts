/**
 * The run being judged. Artifacts that agree with each other may all come from an earlier run (a cache, a committed
 * copy, last week's job on the same commit); a gate ties them to this run through the id the pipeline exports in an
 * environment variable the gate's `current_run_env` option names. One reading of that variable for every gate.
 */
import { idReason, removeInvisible } from '../util/text-classes.js';

export type CurrentRun = { id: string } | { why: string; actual: string };

/** The current run's id from `env[name]`, or why there is none (unset, blank, a placeholder: nothing to tie artifacts to). */
export function currentRunId(env: Readonly<Record<string, string | undefined>>, name: string): CurrentRun {
  const value = env[name];
  if (value === undefined) return { why: 'is not set', actual: 'unset' };
  const reason = idReason(value);
  if (reason !== undefined) return { why: reason === 'blank' ? 'is blank' : `is a placeholder (${reason})`, actual: value };
  const fallback = fallbackIdReason(value);
  if (fallback !== undefined) return { why: `is ${fallback}`, actual: value };
  return { id: value.trim() };
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

/** Why `value` is a fallback id shared by every run (see {@link FALLBACK_IDS}), or undefined; case, width and separators aside. */
export function fallbackIdReason(value: string): string | undefined {
  const read = removeInvisible(value).normalize('NFKC').toLowerCase();
  const parts = read.split(/[^\p{L}\p{N}]+/u).filter((p) => p !== '');
  // Words joined (`local-run`, `DEV_BUILD`, `manual.test`) are as shared as each alone; a digit makes a name (`local-4471`).
  if (FALLBACK_IDS.has(parts.join('')) || (parts.length > 0 && parts.every((p) => FALLBACK_IDS.has(p)))) return `the fallback id ${JSON.stringify(value.trim())} a script writes outside CI, which every run shares`;
  return undefined;
}

/** The `current_run_env` option as every gate that has one declares it. */
export const CURRENT_RUN_ENV_OPTION = {
  type: 'string',
  pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
} as const;
