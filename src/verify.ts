/**
 * `verify`: config → selected gates → lane → results → policy → verdict → outputs. The CLI is a thin
 * shell around this; release tooling calls it directly and gets the same verdict and exit code.
 * Everything that could make the run meaningless (bad config, bad baseline, bad rerun source, no
 * valid rollback declaration) is checked before a single gate runs.
 */
import { fold } from './verify/fold.js';
import { load } from './verify/load.js';
import { plan } from './verify/plan.js';
import { run } from './verify/run.js';
import type { VerifyOptions, VerifyResult } from './verify/types.js';
import { land, openOutputs } from './verify/write.js';
import { outputFiles } from './output/files.js';
import { holdInspectorSignal } from './core/inspector-signal.js';

// The pipeline stages, one module each: load → plan → run → fold → write (src/verify/).
export { outputFiles } from './output/files.js';
export { clockFrom, gateTypeRegistry, RUN_ID_PATTERN, requirePathOption } from './verify/load.js';
export { replayCommand, replayPrefix } from './verify/plan.js';
export { reasonDescriber } from './verify/fold.js';
export type { VerifyOptions, VerifyResult } from './verify/types.js';
export const OUTPUT_FILES = outputFiles('full');

export async function verify(options: VerifyOptions = {}): Promise<VerifyResult> {
  const release = holdInspectorSignal();
  try {
    return await verifyHeld(options);
  } finally {
    release();
  }
}

async function verifyHeld(options: VerifyOptions): Promise<VerifyResult> {
  const loaded = await load(options);
  const planned = await plan(options, loaded);
  // Everything this run writes (command logs included) goes to staging first and lands with the verdict, or not at all.
  const tx = await openOutputs(options, loaded, planned);
  try {
    const kept: string[] = [];
    // While the checkout's state is read again, a verdict of these results is folded and checked once: the check of
    // the real verdict then runs on compiled code (a large validator compiles on its first call).
    const ran = await run(options, loaded, planned, tx.staging, kept, (provisional) => {
      try {
        fold(options, loaded, planned, provisional, loaded.clock.now());
      } catch {
        // the real fold below throws the same, with the real state
      }
    });
    const finishedAt = loaded.clock.now();
    const folded = fold(options, loaded, planned, ran, finishedAt);
    return await land(options, loaded, planned, ran, folded, finishedAt, tx, kept);
  } finally {
    tx.abort();
  }
}
