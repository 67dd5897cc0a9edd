/**
 * The run being judged. Artifacts that agree with each other may all come from an earlier run (a cache, a committed
 * copy, last week's job on the same commit); a gate ties them to this run through the id the pipeline exports in an
 * environment variable the gate's `current_run_env` option names. One reading of that variable for every gate.
 */
import { idReason } from '../util/text-classes.js';

export type CurrentRun = { id: string } | { why: string; actual: string };

/** The current run's id from `env[name]`, or why there is none (unset, blank, a placeholder: nothing to tie artifacts to). */
export function currentRunId(env: Readonly<Record<string, string | undefined>>, name: string): CurrentRun {
  const value = env[name];
  if (value === undefined) return { why: 'is not set', actual: 'unset' };
  const reason = idReason(value);
  if (reason !== undefined) return { why: reason === 'blank' ? 'is blank' : `is a placeholder (${reason})`, actual: value };
  return { id: value.trim() };
}

/** The `current_run_env` option as every gate that has one declares it. */
export const CURRENT_RUN_ENV_OPTION = {
  type: 'string',
  pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
} as const;
