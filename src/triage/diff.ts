/**
 * Baseline triage: compare a recorded baseline verdict with the current one, gate by gate, and say
 * whether anything regressed. Pure: both verdicts are the recorded files the user named — never a
 * "latest" lookup — and their run ids and digests are written into the result.
 */
import type { GateResult, GateStatus, Verdict } from '../core/types.js';
import { shellJoin } from '../util/shell.js';

export const TRIAGE_SCHEMA_ID = 'gate-engine.triage_diff.v1';

export type DiffKind = 'regression' | 'new_failure' | 'removed' | 'known_failure' | 'degraded' | 'fixed';
export type TriageStatus = 'regression' | 'known_failures_only' | 'stable';

/** Most urgent first: this order is the ranking. */
const KIND_ORDER: readonly DiffKind[] = ['regression', 'new_failure', 'removed', 'known_failure', 'degraded', 'fixed'];
const REGRESSING: ReadonlySet<DiffKind> = new Set(['regression', 'new_failure', 'removed']);

export interface VerdictRef {
  path: string;
  sha256: string;
  verdict: Verdict;
}

export interface Diagnostic {
  rank: number;
  gate_id: string;
  gate_name: string;
  kind: DiffKind;
  blocking: boolean;
  baseline_status: GateStatus | null;
  current_status: GateStatus | null;
  baseline_reason: string | null;
  current_reason: string | null;
  reason_changed: boolean;
  reproduce_command: string | null;
}

export interface TriageDiff {
  schema: typeof TRIAGE_SCHEMA_ID;
  generated_at: string;
  status: TriageStatus;
  lane: Verdict['lane'];
  baseline: { path: string; sha256: string; run_id: string; generated_at: string; verdict: Verdict['verdict']; git_sha: string | null };
  current: { path: string; sha256: string; run_id: string; generated_at: string; verdict: Verdict['verdict']; git_sha: string | null };
  /** With `subset`, gates absent from the current run are `not_compared` instead of `removed`. */
  subset: boolean;
  summary: {
    compared: number;
    regression_count: number;
    new_failure_count: number;
    removed_count: number;
    known_failure_count: number;
    degraded_count: number;
    fixed_count: number;
    unchanged_count: number;
    not_compared: string[];
  };
  ranked_diagnostics: Diagnostic[];
  recommended_commands: { runner_repro_command: string | null; ranked_repro_commands: string[] };
}

/**
 * Whether the evidence says the gate failed. Rollback mode relaxes a blocking failure to `warn` for promotion; it does
 * not change what the evidence says, so a diff reads it as the failure it is (a pass that became a relaxed failure is a
 * regression, and a failure that is now relaxed is not fixed).
 */
const failing = (g: GateResult) => g.status === 'fail' || (g.relaxed_by === 'rollback' && g.raw_status === 'fail');

function classify(base: GateResult | undefined, cur: GateResult | undefined, subset: boolean): DiffKind | 'unchanged' | 'not_compared' {
  if (!base && cur) return failing(cur) ? 'new_failure' : 'unchanged';
  if (base && !cur) return subset ? 'not_compared' : 'removed';
  if (!base || !cur) return 'unchanged';
  if (failing(cur)) return failing(base) ? 'known_failure' : 'regression';
  // A waiver accepts a failure for a while; it does not fix it.
  if (failing(base)) return cur.status === 'waived' ? 'known_failure' : 'fixed';
  return base.status === 'pass' && cur.status !== 'pass' ? 'degraded' : 'unchanged';
}

function summaryOf(v: VerdictRef) {
  return { path: v.path, sha256: v.sha256, run_id: v.verdict.run_id, generated_at: v.verdict.generated_at, verdict: v.verdict.verdict, git_sha: v.verdict.git?.sha ?? null };
}

export function diffVerdicts(baseline: VerdictRef, current: VerdictRef, options: { now: Date; subset?: boolean; replayPrefix?: string[] }): TriageDiff {
  const subset = options.subset === true;
  const baseGates = new Map(baseline.verdict.gates.map((g) => [g.id, g]));
  const curGates = new Map(current.verdict.gates.map((g) => [g.id, g]));
  // Current order first (the order the user runs), then gates only the baseline had.
  const order = [...current.verdict.gates.map((g) => g.id), ...baseline.verdict.gates.map((g) => g.id).filter((id) => !curGates.has(id))];

  const counts: Record<DiffKind | 'unchanged', number> = { regression: 0, new_failure: 0, removed: 0, known_failure: 0, degraded: 0, fixed: 0, unchanged: 0 };
  const notCompared: string[] = [];
  const found: Omit<Diagnostic, 'rank'>[] = [];
  for (const id of order) {
    const base = baseGates.get(id);
    const cur = curGates.get(id);
    const kind = classify(base, cur, subset);
    if (kind === 'not_compared') {
      notCompared.push(id);
      continue;
    }
    counts[kind]++;
    if (kind === 'unchanged') continue;
    const gate = (cur ?? base) as GateResult;
    found.push({
      gate_id: id,
      gate_name: gate.name,
      kind,
      blocking: gate.blocking,
      baseline_status: base?.status ?? null,
      current_status: cur?.status ?? null,
      baseline_reason: base?.reason ?? null,
      current_reason: cur?.reason ?? null,
      reason_changed: (base?.reason ?? null) !== (cur?.reason ?? null),
      reproduce_command: gate.reproduce_command ?? null,
    });
  }
  // Stable sort: by kind, then blocking before non-blocking; ties keep the run order.
  const ranked = found
    .map((d, i) => ({ d, i }))
    .sort((a, b) => KIND_ORDER.indexOf(a.d.kind) - KIND_ORDER.indexOf(b.d.kind) || Number(b.d.blocking) - Number(a.d.blocking) || a.i - b.i)
    .map(({ d }, i) => ({ rank: i + 1, ...d }));

  const regressing = ranked.filter((d) => REGRESSING.has(d.kind)).length;
  const status: TriageStatus = regressing > 0 ? 'regression' : counts.known_failure > 0 ? 'known_failures_only' : 'stable';
  const toReplay = ranked.filter((d) => { const cur = curGates.get(d.gate_id); return (cur !== undefined && failing(cur)) || d.kind === 'removed'; });
  const replayIds = toReplay.map((d) => d.gate_id);
  return {
    schema: TRIAGE_SCHEMA_ID,
    generated_at: options.now.toISOString(),
    status,
    lane: current.verdict.lane,
    baseline: summaryOf(baseline),
    current: summaryOf(current),
    subset,
    summary: {
      compared: order.length - notCompared.length,
      regression_count: counts.regression,
      new_failure_count: counts.new_failure,
      removed_count: counts.removed,
      known_failure_count: counts.known_failure,
      degraded_count: counts.degraded,
      fixed_count: counts.fixed,
      unchanged_count: counts.unchanged,
      not_compared: notCompared,
    },
    ranked_diagnostics: ranked,
    recommended_commands: {
      runner_repro_command: replayIds.length > 0 && options.replayPrefix ? shellJoin([...options.replayPrefix, ...replayIds.flatMap((id) => ['--gate', id])]) : null,
      ranked_repro_commands: toReplay.map((d) => d.reproduce_command).filter((c): c is string => c !== null),
    },
  };
}
