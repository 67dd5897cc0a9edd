import type { ArtifactReader } from '../artifacts/reader.js';
import type { JsonSchema } from '../artifacts/schema.js';
import type { ArtifactRecord, CheckDetail } from '../artifacts/record.js';

export type { ArtifactRecord, CheckDetail } from '../artifacts/record.js';

export type CheckStatus = 'pass' | 'fail' | 'warn';
/** What the evidence says, before any policy. */
export type RawStatus = 'pass' | 'fail' | 'warn' | 'skip';
/** After policy (blocking rules, waivers, rollback). `waived` is never silently `pass`. */
export type GateStatus = RawStatus | 'waived';
/**
 * `incomplete`: the run evaluated only part of the configured gates (`--gate`, `--rerun-from`,
 * `--shard`, the preflight lane) and none of them failed. It is never a full-suite pass.
 */
export type RunVerdict = 'pass' | 'warn' | 'fail' | 'incomplete';
/** What the gates that ran add up to, regardless of what was left out. */
export type GatesVerdict = 'pass' | 'warn' | 'fail';
/** Why gates were left out: `all` = nothing was; otherwise the flag, lane or merge that chose the subset. */
export type SelectionBy = 'all' | 'gate' | 'rerun' | 'shard' | 'lane' | 'merge';

/** Which configured gates this verdict evaluated. Only `complete: true` can be a full-suite pass. */
export interface Selection {
  /** Every configured gate was evaluated (selected and not_selected together are the configured gates). */
  complete: boolean;
  by: SelectionBy;
  /** Gate ids evaluated by this verdict, in declared order. */
  selected: string[];
  /** Configured gate ids this verdict did not evaluate, in declared order. */
  not_selected: string[];
  /** The fold of the evaluated gates alone (what the operator's exit code reflects). */
  gates_verdict: GatesVerdict;
}
export type Lane = 'full' | 'preflight';
export type Mode = 'strict' | 'rollback';

export interface CheckResult extends CheckDetail {
  /** Stable identifier of the rule (several results may share one id: one per finding). */
  id: string;
  status: CheckStatus;
  /** Machine-readable reason; `ok` for passing checks. */
  code: string;
  message: string;
}


export interface GateResult {
  id: string;
  name: string;
  type: string;
  bead?: string;
  blocking: boolean;
  raw_status: RawStatus;
  status: GateStatus;
  reason?: string;
  detail: string;
  artifact_path?: string;
  reproduce_command: string;
  remediation: string[];
  checks: CheckResult[];
  artifacts: ArtifactRecord[];
  duration_ms: number;
  /** Set when policy (rollback mode) turned a blocking failure into a warning. */
  relaxed_by?: 'rollback';
  /** Set when an active waiver turned this gate's fail/warn into `waived` (raw_status keeps what the evidence said). */
  waiver?: GateWaiver;
}

/** Who waived a gate, why, and until when — carried on the gate itself so no consumer has to re-derive it. */
export interface GateWaiver {
  owner: string;
  bead: string;
  reason: string;
  created: string;
  expires: string;
  scope: string;
  remove_when: string;
  source: string;
  state: 'active' | 'expiring_soon';
  days_remaining: number;
}

export type WaiverState = 'active' | 'expiring_soon' | 'expired' | 'invalid';

export interface WaiverProblem {
  code: string;
  field?: string;
  message: string;
}

/** One declared waiver and its state. Fields are the text as written ('' when absent). */
export interface WaiverEntry {
  gate_id: string;
  source: string;
  pointer: string;
  line?: number;
  owner: string;
  created: string;
  expires: string;
  bead: string;
  reason: string;
  scope: string;
  remove_when: string;
  state: WaiverState;
  days_remaining?: number;
  duration_days?: number;
  /** Why an invalid entry is invalid, one item per rule it breaks; empty otherwise. */
  problems: WaiverProblem[];
  detail: string;
}

export interface WaiverSourceReport {
  path: string;
  status: 'ok' | 'error';
  /** sha256 of the source's bytes as read (readable sources only): `check` re-hashes it to detect an edited waiver file. */
  sha256?: string;
  waivers: number;
  /** Whether a readable source has a `waiver` table at all (without one it holds zero waivers). */
  table?: boolean;
  /** A top-level key of a readable source without a `waiver` table that looks like a misspelt `waiver` (e.g. `waivers`). */
  misspelt?: string;
  code?: string;
  message?: string;
  line?: number;
  column?: number;
  fix?: string;
}

export interface RollbackRecord {
  reason: string;
  owner: string;
  incident: string;
  created: string;
  expires: string;
  /** Where the declaration came from: a file path, or "config". */
  source: string;
  /** Blocking gates whose failure this declaration relaxed to a warning. */
  relaxed_gates: string[];
}

/** A gate switched off in the config: where (`pointer` into the config file) and whether it came from a preset. */
export interface DisabledGate {
  id: string;
  status: 'disabled';
  config_pointer: string;
  entry: 'file' | 'preset+file';
}

export interface GateRef {
  id: string;
  name: string;
  type: string;
  blocking: boolean;
}

export interface VerdictSummary {
  total_gates: number;
  passed: number;
  failed: number;
  warned: number;
  skipped: number;
  waived: number;
  /** Blocking gates that do not block: pass, warn or waived. */
  blocking_pass: number;
  blocking_total: number;
  all_blocking_pass: boolean;
}

/** What the run knows about waivers: where they came from and the state of each (read once, before any gate runs). */
export interface WaiverBook {
  /** False when the config has no `waivers:` section: nothing can be waived, and the waiver gate has nothing to audit. */
  configured: boolean;
  maxDays: number;
  expiringSoonDays: number;
  /** The run's UTC calendar day, YYYY-MM-DD. */
  today: string;
  sources: WaiverSourceReport[];
  entries: WaiverEntry[];
  /** The source files as read, so the gate that reports on them lists them as its evidence. */
  records: ArtifactRecord[];
}

export interface WaiverSummary {
  /** False (or absent) when the config declares no waiver source: nothing could be waived. */
  configured?: boolean;
  /** The UTC day the waiver dates were judged against. */
  today?: string;
  max_days?: number;
  expiring_soon_days?: number;
  /** True when a waiver source could not be read: then no waiver is applied at all. */
  suspended?: boolean;
  sources?: WaiverSourceReport[];
  /** Every declared waiver, in source order. */
  declared?: WaiverEntry[];
  applied: (GateWaiver & { gate_id: string; raw_status: RawStatus })[];
  expired: WaiverEntry[];
  invalid: WaiverEntry[];
  expiring_soon: WaiverEntry[];
  /** In force for a gate of this run that did not need it (the gate passed anyway): remove it. */
  unused: { gate_id: string; owner: string; bead: string; expires: string; source: string; gate_status: GateStatus }[];
}

export interface Verdict {
  schema: 'gate-engine.full_suite_verdict.v1';
  engine: { name: string; version: string };
  run_id: string;
  generated_at: string;
  lane: Lane;
  mode: Mode;
  root: string;
  config_path?: string;
  config_sha256?: string;
  /** `path`: the root relative to the repository's top level (`.` at the top): which of its roots the run judged. */
  git?: { sha: string; dirty: boolean; path?: string };
  verdict: RunVerdict;
  /** What was evaluated and what was left out; a subset is never a full-suite pass. */
  selection: Selection;
  policy: string;
  gates: GateResult[];
  summary: VerdictSummary;
  waivers: WaiverSummary;
  /** Rollback mode only: the declaration that relaxed blocking failures. */
  rollback?: RollbackRecord;
  /** Preflight lane only (reference field names of pi.ci.preflight_lane.v1). */
  first_failure?: GateResult | null;
  gates_evaluated?: number;
  gates_not_evaluated?: GateRef[];
  fail_fast_triggered?: boolean;
  /** The run's clock was pinned (--now): a replay or a test, whose dates and freshness are what it was told. */
  clock?: 'pinned';
  /** Set by --rerun-from: the recorded verdict whose failed gates this run re-ran. */
  rerun_of?: { path: string; run_id: string; sha256: string };
  /** Set by --shard: this run evaluated one part of `planned`. */
  shard?: { index: number; total: number; planned: string[] };
  /** Gates the config switches off with `enabled: false`: never run, listed so a consumer sees them. */
  disabled_gates?: DisabledGate[];
  /** Digest of the configured gate list (enabled ids and disabled ids, see configGatesDigest): a removed gate changes it. */
  config_gates_sha256?: string;
  /** Set by `gate-engine merge`: the shard verdicts folded into this one. */
  merged_from?: { path: string; sha256: string; shard_index: number }[];
  /** With GATE_ENGINE_SIGNING_KEY set: HMAC-SHA256 of the verdict's canonical JSON (this field left out), see core/signature.ts. */
  signature?: VerdictSignature;
}

export interface VerdictSignature {
  algorithm: 'hmac-sha256';
  /** Names the key without revealing it: the first 16 hex digits of a hash of it. */
  key_id: string;
  value: string;
}

/** What a gate sees. It never touches the file system or the clock except through this. */
export interface GateContext {
  readonly gateId: string;
  /** Absolute, real path of the repository root. */
  readonly root: string;
  readonly now: Date;
  /** Aborted when the gate's time is up; long-running gates should stop early. */
  readonly signal: AbortSignal;
  readonly read: ArtifactReader;
  /** The run's output directory, for gates that keep evidence of their own (command logs). */
  readonly outputDir: string;
  /** Where command logs go, relative to outputDir (`commands`, or `preflight_commands` in the preflight lane). */
  readonly logsDir?: string;
  /**
   * Declare a file this gate wrote under outputDir (relative path). The run's outputs land only if
   * every declared file is still there: a verdict never claims a log that was deleted meanwhile.
   */
  keepOutput?(rel: string): void;
  /**
   * Say that what this gate's command wrote may be cut short (`reason`, e.g. the engine ended processes it left
   * running): the files its `writes` declares are then stale for later readers, as after a timeout.
   */
  outputsCut?(reason: string): void;
  /** The run id every output of this run carries. */
  readonly runId: string;
  /** The run's waivers, read and judged once before any gate runs (reading them cites their source files). */
  readonly waivers: WaiverBook;
  /** The environment the run was given (a snapshot; defaults to the process environment). */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly git: {
    /** The checked-out commit of the root, or undefined when the root is not in a git repository. */
    head(): Promise<string | undefined>;
  };
  pass(id: string, message: string, detail?: CheckDetail): void;
  fail(id: string, code: string, message: string, detail?: CheckDetail): void;
  warn(id: string, code: string, message: string, detail?: CheckDetail): void;
  /** Record a reader failure as a failed check and carry on with other checks. */
  failFromError(id: string, error: unknown): void;
  /** The gate does not apply here. A blocking skip still fails (fail-closed) unless waived. */
  skip(message: string): void;
  /**
   * Files matching a glob, relative to the root, sorted. `dot`: below the glob's literal directory, wildcards also match
   * names starting with a dot (not `.git`). `names`: every matching name — a symlink beside its target, and names that
   * cannot be read (dangling links, special files) too — for files a tool runs by name; the caller probes them.
   */
  list(pattern: string, options?: { dot?: boolean; names?: boolean }): Promise<string[]>;
  exists(path: string): Promise<boolean>;
}

export interface GateDefinition<Options = Record<string, unknown>> {
  /** Registry key used as `type:` in the config. */
  type: string;
  title: string;
  description: string;
  /** Default for `blocking:` in the config. */
  blocking?: boolean;
  /** JSON Schema of `options:`; defaults declared here are filled in before evaluate runs. */
  optionsSchema: JsonSchema;
  /** The main artifact, shown as `artifact_path` in the verdict and report. */
  artifactPath?(options: Options): string | undefined;
  remediation?: string[];
  /** The gate's own reason codes and what each means (shown in the report next to a failure). */
  reasons?: Record<string, string>;
  /**
   * Which of the gate's own codes mean its evidence could not be evaluated (as opposed to sound
   * evidence of a problem). Like the engine's evidence codes, rollback mode never relaxes them.
   */
  evidenceReasons?: readonly string[];
  /**
   * Which of the gate's own codes no waiver may turn into `waived` (a release that must never ship with that
   * finding, such as an overclaim): a gate failing with one stays `fail` while a waiver for it is in force.
   */
  unwaivableReasons?: readonly string[];
  /**
   * Every code the gate's checks may warn with (`ctx.warn`); the engine's own `age_unbounded` warning is always
   * allowed. Given, a recorded warning with another code is a failure edited into a warning (a verdict reader
   * refuses it as inconsistent). Every built-in gate declares it; a custom gate that does not may warn with any code.
   */
  warnReasons?: readonly string[];
  /**
   * The gate runs programs that may write anywhere in the root (the command gate). The runner makes
   * it a barrier in declared order unless its config entry declares `writes:`.
   */
  barrier?: boolean;
  /**
   * The gate works through a whole tree or a large stream on the event loop (kernel_boundary, the tracker). Gates share
   * one thread, so two such gates gain nothing by overlapping, and their memory would add up: heavy gates run one at a
   * time, beside any number of light ones.
   */
  heavy?: boolean;
  evaluate(ctx: GateContext, options: Options): Promise<void> | void;
}

// Gates of different option types live in one registry; the runner only ever passes each gate
// options validated against that gate's own schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyGateDefinition = GateDefinition<any>;

export function defineGate<Options>(definition: GateDefinition<Options>): GateDefinition<Options> {
  return definition;
}
