import { createHash } from 'node:crypto';
import { foldGates, foldRun, summarize } from './fold.js';
import type { DisabledGate, GateResult, Lane, Mode, Selection, SelectionBy, Verdict, WaiverSummary } from './types.js';
import { emptyWaiverSummary } from './waivers.js';

export const VERDICT_SCHEMA_ID = 'gate-engine.full_suite_verdict.v1';

/** The gate `merge` adds to every merged verdict (id and type), and the checks it always records. */
export const MERGE_GATE_ID = 'shard_merge';
export const MERGE_CHECK_IDS = ['shards_complete', 'unique_gates', 'planned_gates_present', 'same_evidence'] as const;

export const PREFLIGHT_POLICY =
  'Preflight lane: evaluate blocking gates only, in declared order, and stop at the first failure. Gates after it are listed as not evaluated, never as passed.';

export const POLICY =
  'Full-suite gate: all blocking gates must pass for release. Non-blocking gates produce warnings but do not block. ' +
  'Evidence that is missing, empty, unreadable, malformed, duplicated, of the wrong schema, stale, from the future, outside the root, or that proves nothing (vacuous) fails its gate.';

export interface VerdictInput {
  engine: { name: string; version: string };
  runId: string;
  generatedAt: Date;
  lane: Lane;
  mode: Mode;
  root: string;
  configPath?: string;
  configSha256?: string;
  git?: { sha: string; dirty: boolean; path?: string };
  gates: GateResult[];
  waivers?: WaiverSummary;
  /** What was selected out of the configured gates (default: the gates given are all there is). */
  selection?: { by: SelectionBy; configured: readonly string[] };
  /** Lane-, mode- and provenance-specific fields (rollback, preflight, rerun_of, shard, merged_from). */
  extra?: Partial<Pick<Verdict, 'rollback' | 'first_failure' | 'gates_evaluated' | 'gates_not_evaluated' | 'fail_fast_triggered' | 'clock' | 'rerun_of' | 'shard' | 'merged_from'>>;
  /** Gates the config switched off (`enabled: false`). */
  disabled?: readonly DisabledGate[];
}

/**
 * The selection record: `selected` are the gates evaluated, `not_selected` the configured gates that
 * were not. Gates the engine adds itself (merge's shard_merge) are evaluated but not configured.
 */
export function buildSelection(gates: readonly Pick<GateResult, 'id' | 'status' | 'blocking'>[], configured: readonly string[], by: SelectionBy, synthetic: readonly string[] = []): Selection {
  const evaluated = new Set(gates.map((g) => g.id));
  const not_selected = configured.filter((id) => !evaluated.has(id));
  return {
    complete: not_selected.length === 0,
    by: not_selected.length === 0 && by !== 'merge' ? 'all' : by,
    selected: gates.map((g) => g.id).filter((id) => !synthetic.includes(id)),
    not_selected,
    gates_verdict: foldGates(gates),
  };
}

/**
 * Digest of a config's gate list: the enabled gate ids and the disabled ones, each sorted. Recorded in
 * the verdict (`config_gates_sha256`) and recomputed by every reader from the verdict's own lists
 * (selection and disabled_gates) and, by `check`, from the checked-out config, so a gate removed from
 * the verdict, or from the config after the run, is seen.
 */
export function configGatesDigest(enabled: readonly string[], disabled: readonly string[]): string {
  const body = JSON.stringify({ gates: [...enabled].sort(), disabled: [...disabled].sort() });
  return `sha256:${createHash('sha256').update(body).digest('hex')}`;
}

/**
 * A run id that is unique per run yet reproducible: derived from the instant and what was asked,
 * so a pinned clock (`--now`) gives the same id and byte-identical outputs.
 */
export function deriveRunId(now: Date, parts: readonly string[]): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const digest = createHash('sha256').update(`${now.toISOString()}\n${parts.join('\n')}`).digest('hex').slice(0, 12);
  return `ge-${stamp}-${digest}`;
}

export function buildVerdict(input: VerdictInput): Verdict {
  const synthetic = input.extra?.merged_from !== undefined ? [MERGE_GATE_ID] : [];
  const selection = buildSelection(input.gates, input.selection?.configured ?? input.gates.map((g) => g.id).filter((id) => !synthetic.includes(id)), input.selection?.by ?? 'all', synthetic);
  return {
    schema: VERDICT_SCHEMA_ID,
    engine: input.engine,
    run_id: input.runId,
    generated_at: input.generatedAt.toISOString(),
    lane: input.lane,
    mode: input.mode,
    root: input.root,
    ...(input.configPath !== undefined ? { config_path: input.configPath } : {}),
    ...(input.configSha256 !== undefined ? { config_sha256: input.configSha256 } : {}),
    ...(input.git !== undefined ? { git: input.git } : {}),
    verdict: foldRun(input.gates, selection.complete),
    selection,
    policy: input.lane === 'preflight' ? PREFLIGHT_POLICY : POLICY,
    gates: input.gates,
    summary: summarize(input.gates),
    waivers: input.waivers ?? emptyWaiverSummary(),
    ...(input.disabled !== undefined && input.disabled.length > 0 ? { disabled_gates: [...input.disabled] } : {}),
    ...(input.selection !== undefined ? { config_gates_sha256: configGatesDigest(input.selection.configured, (input.disabled ?? []).map((d) => d.id)) } : {}),
    ...input.extra,
  };
}
