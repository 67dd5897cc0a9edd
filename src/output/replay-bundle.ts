/**
 * `replay_bundle.json`: what an on-call engineer needs to get from a failed run to a replay — every
 * failed and warned gate with its reproduce command, one command that replays exactly the failed
 * gates (by id, not through a file that the next run overwrites), and the environment the verdict
 * was produced in. It names the verdict it belongs to by digest.
 */
import type { GateResult, Verdict } from '../core/types.js';
import { shellJoin } from '../util/shell.js';

export const REPLAY_SCHEMA_ID = 'gate-engine.replay_bundle.v1';

interface BundleGate {
  gate_id: string;
  gate_name: string;
  status: GateResult['status'];
  reason: string | null;
  blocking: boolean;
  reproduce_command: string;
}

export interface ReplayBundle {
  schema: typeof REPLAY_SCHEMA_ID;
  generated_at: string;
  run_id: string;
  engine: Verdict['engine'];
  lane: Verdict['lane'];
  mode: Verdict['mode'];
  now: { value: string; pinned: boolean };
  git: { sha: string; dirty: boolean } | null;
  environment: { node: string; platform: string; arch: string };
  source_verdict: { file: string; sha256: string };
  one_command_replay: string | null;
  rerun_from_command: string;
  failed_gates: BundleGate[];
  warned_gates: BundleGate[];
  not_evaluated_gates: string[];
  summary: { total_failed_gates: number; total_warned_gates: number; total_not_evaluated: number };
}

const entry = (g: GateResult): BundleGate => ({
  gate_id: g.id,
  gate_name: g.name,
  status: g.status,
  reason: g.reason ?? null,
  blocking: g.blocking,
  reproduce_command: g.reproduce_command,
});

export interface BundleInput {
  verdict: Verdict;
  verdictFile: string;
  verdictSha256: string;
  /** `npx gate-engine verify --root … [--config …] [--lane …]`, to which gate selections are appended. */
  replayPrefix: string[];
  /** Path of the verdict as the user would type it for --rerun-from. */
  verdictPathForRerun: string;
  pinned: boolean;
}

export function buildReplayBundle(input: BundleInput): ReplayBundle {
  const { verdict } = input;
  const failed = verdict.gates.filter((g) => g.status === 'fail');
  const warned = verdict.gates.filter((g) => g.status !== 'fail' && g.status !== 'pass');
  const notEvaluated = (verdict.gates_not_evaluated ?? []).map((g) => g.id);
  const pin = input.pinned ? ['--now', verdict.generated_at] : [];
  return {
    schema: REPLAY_SCHEMA_ID,
    generated_at: verdict.generated_at,
    run_id: verdict.run_id,
    engine: verdict.engine,
    lane: verdict.lane,
    mode: verdict.mode,
    now: { value: verdict.generated_at, pinned: input.pinned },
    git: verdict.git ?? null,
    environment: { node: process.version, platform: process.platform, arch: process.arch },
    source_verdict: { file: input.verdictFile, sha256: input.verdictSha256 },
    one_command_replay: failed.length > 0 ? shellJoin([...input.replayPrefix, ...pin, ...failed.flatMap((g) => ['--gate', g.id])]) : null,
    rerun_from_command: shellJoin([...input.replayPrefix, '--rerun-from', input.verdictPathForRerun]),
    failed_gates: failed.map(entry),
    warned_gates: warned.map(entry),
    not_evaluated_gates: notEvaluated,
    summary: { total_failed_gates: failed.length, total_warned_gates: warned.length, total_not_evaluated: notEvaluated.length },
  };
}
