/**
 * The options and result of `verify` (src/verify.ts), shared by its pipeline stages.
 */
import type { ConfigInput } from '../config/load.js';
import type { AnyGateDefinition, Lane, Mode, Verdict } from '../core/types.js';
import type { WrittenFiles } from '../output/files.js';
import type { TriageDiff } from '../triage/diff.js';

export interface VerifyOptions {
  /** Repository root holding the evidence (default: cwd). */
  root?: string;
  /**
   * Config file (default: `<root>/gate-engine.config.{yaml,yml,json}`), or the config itself as an
   * object (`defineConfig({...})`): validated exactly like a file; plugin paths are relative to the root.
   */
  config?: string | ConfigInput;
  /** Output directory (default: the config's `output.dir`, relative to the root). */
  out?: string;
  /** Run only these gate ids (default: all). */
  gates?: readonly string[];
  /** Pin the clock (RFC 3339): same inputs + same `now` ⇒ byte-identical outputs. */
  now?: string | Date;
  /** Base for relative paths given here (default: process.cwd()). */
  cwd?: string;
  /** Gate types added in code, next to the built-in ones. */
  gateTypes?: readonly AnyGateDefinition[];
  /** Write the output files (default true). */
  write?: boolean;
  /**
   * Read the checkout's git state (commit, dirty) at the start and end of the run (default true). With false the
   * verdict records no commit, so `check` never promotes it: for callers that judge fixtures, not a release.
   */
  checkout?: boolean;
  /** `full` (default): every selected gate; `preflight`: blocking gates in order, stop at the first failure. */
  lane?: Lane;
  /** `rollback` needs a valid, unexpired declaration (rollbackFile, or `rollback:` in the config). */
  mode?: Mode;
  rollbackFile?: string;
  /** Re-run exactly the gates that failed (or were not evaluated) in this recorded verdict. */
  rerunFrom?: string;
  /** Compare this run with a recorded baseline verdict and write the triage diff. */
  diffFrom?: string;
  /** With diffFrom: gates absent from this run are not compared (instead of counting as removed). */
  diffSubset?: boolean;
  /** Shared id for the runs of one CI pipeline (required with shard). */
  runId?: string;
  /** Evaluate only part `index` (1-based) of `total` of the selected gates. */
  shard?: { index: number; total: number };
  /** Abort the run: running gates are aborted and nothing is written. */
  signal?: AbortSignal;
  /**
   * The run's environment: what gates read (e.g. the variable naming a claimed tier) and what command gates' commands
   * inherit (the signing key taken out); default: the process environment. The engine's own reads of the checkout (git)
   * use the process environment, cleaned of variables that redirect git.
   */
  env?: Readonly<Record<string, string | undefined>>;
}

export interface VerifyResult {
  verdict: Verdict;
  /** Absolute, real path of the root (the verdict records it relative to the output directory). */
  root: string;
  exitCode: 0 | 1;
  /** Absolute paths of the written files (empty when `write: false`). */
  files: WrittenFiles;
  outputDir: string;
  triage?: TriageDiff;
  /** The config's `reporters:` as written (the CLI renders them; files relative to the root). */
  reporters?: readonly string[];
  /** Every gate type the run knew: built-in, `gateTypes` and the config's plugins. */
  gateTypes: ReadonlyMap<string, AnyGateDefinition>;
}

