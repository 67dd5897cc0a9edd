/**
 * Stage 5 of verify, write: everything the run writes (command logs included) goes to staging first
 * and lands with the verdict, or not at all.
 */
import { resolve } from 'node:path';
import { displayPath } from '../config/load.js';
import { exitCodeFor } from '../core/fold.js';
import { laneNames, outputFiles, writeRunOutputs } from '../output/files.js';
import { beginOutputs, scratchOutputs, type OutputTransaction } from '../output/land.js';
import type { Folded } from './fold.js';
import { reasonDescriber } from './fold.js';
import type { Loaded } from './load.js';
import type { Plan } from './plan.js';
import type { Ran } from './run.js';
import type { VerifyOptions, VerifyResult } from './types.js';

/** The output transaction: the output directory's staging area, or a scratch one with `write: false`. */
export async function openOutputs(options: VerifyOptions, { lane, root }: Loaded, { outputDir }: Plan): Promise<OutputTransaction> {
  return options.write === false ? await scratchOutputs() : await beginOutputs({ dir: outputDir, root, laneNames: laneNames(lane) });
}

export async function land(options: VerifyOptions, { cwd, lane, clock, root, config, gateTypes }: Loaded, { prefix, outputDir, startedAt }: Plan, { runs }: Ran, { verdict, serialized, triage }: Folded, finishedAt: Date, tx: OutputTransaction, kept: readonly string[]): Promise<VerifyResult> {
  const names = outputFiles(lane);
  const result: VerifyResult = { verdict, root, exitCode: exitCodeFor(verdict), files: {}, outputDir, gateTypes, ...(triage ? { triage } : {}), ...(config.reporters ? { reporters: config.reporters } : {}) };
  if (options.write === false) return result;
  result.files = await writeRunOutputs(outputDir, {
    verdict: serialized,
    events: { runs, times: { startedAt, finishedAt } },
    describeReason: reasonDescriber(gateTypes),
    replayPrefix: prefix,
    verdictPathForRerun: displayPath(resolve(outputDir, names.verdict), cwd),
    pinned: clock.pinned,
    ...(triage ? { triage } : {}),
  }, tx, kept);
  return result;
}
