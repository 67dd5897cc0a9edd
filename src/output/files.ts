/**
 * Everything a run writes, rendered from the verdict and written in one atomic batch. Each lane has
 * its own file names so a preflight run and a full run sharing an output directory can never read
 * or overwrite each other's results (the reference project's lanes did both).
 */
import { listingDir } from '../core/artifact-tree.js';
import { createHash } from 'node:crypto';
import type { GateRun } from '../core/runner.js';
import type { Lane, Verdict } from '../core/types.js';
import type { TriageDiff } from '../triage/diff.js';
import type { OutputFile } from './atomic.js';
import { beginOutputs, type OutputTransaction } from './land.js';
import { renderEvents, type RunTimes } from './events.js';
import { buildReplayBundle } from './replay-bundle.js';
import { renderReport, type DescribeReason } from './report.js';
import { buildWaiverAudit } from './waiver-audit.js';

export interface LaneFiles {
  /** The directory (relative to the output directory) where gates of this lane keep command logs. */
  logs: string;
  verdict: string;
  events: string;
  report: string;
  replay: string;
  triage: string;
  waiverAudit: string;
  /** The directory (relative to the output directory) of the listings of scanned trees (core/artifact-tree.ts). */
  scanned: string;
}

export function outputFiles(lane: Lane): LaneFiles {
  return lane === 'full'
    ? { logs: 'commands', verdict: 'full_suite_verdict.json', events: 'full_suite_events.jsonl', report: 'full_suite_report.md', replay: 'replay_bundle.json', triage: 'triage_diff.json', waiverAudit: 'waiver_audit.json', scanned: listingDir('full') }
    : { logs: 'preflight_commands', verdict: 'preflight_verdict.json', events: 'preflight_events.jsonl', report: 'preflight_report.md', replay: 'preflight_replay_bundle.json', triage: 'preflight_triage_diff.json', waiverAudit: 'preflight_waiver_audit.json', scanned: listingDir('preflight') };
}

export type WrittenFiles = Partial<Record<keyof LaneFiles, string>>;

export interface RunOutputs {
  verdict: SerializedVerdict;
  /** The gate runs and their times, for the event stream; a merged verdict has none of its own. */
  events?: { runs: readonly GateRun[]; times: RunTimes };
  describeReason: DescribeReason;
  replayPrefix: string[];
  /** How the user would type the verdict's path for --rerun-from. */
  verdictPathForRerun: string;
  pinned: boolean;
  triage?: TriageDiff;
  /** Files that land with the verdict as they are (merge: the shards' tree listings, under the names the verdict gives them). */
  extra?: readonly OutputFile[];
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The verdict exactly as written, and its digest: the replay bundle and the triage both name it by this sha256. */
export interface SerializedVerdict {
  value: Verdict;
  text: string;
  sha256: string;
}

export function serializeVerdict(verdict: Verdict): SerializedVerdict {
  const text = json(verdict);
  return { value: verdict, text, sha256: createHash('sha256').update(text).digest('hex') };
}

export function renderRunOutputs(out: RunOutputs): { files: OutputFile[]; names: LaneFiles } {
  const verdict = out.verdict.value;
  const names = outputFiles(verdict.lane);
  const bundle = buildReplayBundle({
    verdict,
    verdictFile: names.verdict,
    verdictSha256: out.verdict.sha256,
    replayPrefix: out.replayPrefix,
    verdictPathForRerun: out.verdictPathForRerun,
    pinned: out.pinned,
  });
  const files: OutputFile[] = [{ name: names.verdict, content: out.verdict.text }];
  if (out.events) files.push({ name: names.events, content: renderEvents(verdict, out.events.runs, out.events.times) });
  files.push({ name: names.report, content: renderReport(verdict, out.describeReason, bundle.one_command_replay ?? undefined) });
  files.push({ name: names.replay, content: json(bundle) });
  files.push({ name: names.waiverAudit, content: json(buildWaiverAudit(verdict)) });
  if (out.triage) files.push({ name: names.triage, content: json(out.triage) });
  files.push(...(out.extra ?? []));
  return { files, names };
}

/** Every top-level name of a lane's set: what a landing of that lane replaces or drops, and never carries over. */
export function laneNames(lane: Lane): string[] {
  return Object.values(outputFiles(lane));
}

/**
 * Render and land a run's outputs. With a transaction (verify: the gates already wrote into its
 * staging directory), `keep` lists the files the gates wrote that must still be there; without
 * one, a transaction is opened on `dir` just for these files (merge).
 */
export async function writeRunOutputs(dir: string, out: RunOutputs, tx?: OutputTransaction, keep: readonly string[] = []): Promise<WrittenFiles> {
  const { files, names } = renderRunOutputs(out);
  const transaction = tx ?? (await beginOutputs({ dir, laneNames: laneNames(out.verdict.value.lane) }));
  const paths = await transaction.commit(files, keep);
  const written: WrittenFiles = {};
  for (const key of Object.keys(names) as (keyof LaneFiles)[]) {
    const i = files.findIndex((f) => f.name === names[key]);
    if (i !== -1) written[key] = paths[i];
  }
  return written;
}
