import type { GateRun } from '../core/runner.js';
import type { Verdict } from '../core/types.js';
import { stableStringify } from '../util/stable-json.js';

export const EVENT_SCHEMA_ID = 'gate-engine.full_suite_event.v1';

export interface RunTimes {
  startedAt: Date;
  finishedAt: Date;
}

/**
 * The event stream in canonical order (run_started, then each gate's start and finish in declared
 * order, then run_finished), not in wall-clock order: gates run concurrently, and a stream whose
 * line order depended on scheduling could not be byte-identical across runs. Real times are in `ts`.
 * Keys are sorted, as in the reference's pi.ci.full_suite_gate_event.v1 lines.
 */
export function renderEvents(verdict: Verdict, runs: readonly GateRun[], times: RunTimes): string {
  let seq = 0;
  const base = (event: string, ts: Date) => ({ schema: EVENT_SCHEMA_ID, event, run_id: verdict.run_id, seq: ++seq, ts: ts.toISOString() });
  const lines: unknown[] = [base('run_started', times.startedAt)];
  Object.assign(lines[0] as object, { lane: verdict.lane, mode: verdict.mode, gates: verdict.gates.map((g) => g.id) });
  for (const run of runs) {
    const g = verdict.gates.find((x) => x.id === run.result.id) ?? run.result;
    const identity = { gate_id: g.id, gate_name: g.name, gate_type: g.type, blocking: g.blocking, artifact_path: g.artifact_path ?? null };
    lines.push({ ...base('gate_started', run.startedAt), ...identity });
    lines.push({
      ...base('gate_finished', run.finishedAt),
      ...identity,
      status: g.status,
      raw_status: g.raw_status,
      reason: g.reason ?? null,
      duration_ms: g.duration_ms,
      ...(g.relaxed_by !== undefined ? { relaxed_by: g.relaxed_by } : {}),
    });
  }
  const preflight =
    verdict.lane === 'preflight'
      ? { first_failure: verdict.first_failure?.id ?? null, not_evaluated: (verdict.gates_not_evaluated ?? []).map((g) => g.id) }
      : {};
  lines.push({ ...base('run_finished', times.finishedAt), verdict: verdict.verdict, summary: verdict.summary, ...preflight });
  return lines.map((l) => stableStringify(l)).join('\n') + '\n';
}
