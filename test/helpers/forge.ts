/** What a careful forger does after editing a verdict's gates: recompute the summary and results so they agree. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldGates, foldRun, summarize } from '../../src/core/fold.js';
import type { Verdict } from '../../src/core/types.js';
import { tempDir } from './fs.js';

/** An edited verdict written to a temp file; `refold` recomputes the summary, gates verdict and result from the gates. */
export function writeForged(forged: Verdict, { refold = false } = {}): string {
  if (refold) {
    forged.summary = summarize(forged.gates);
    forged.selection.gates_verdict = foldGates(forged.gates);
    forged.verdict = foldRun(forged.gates, forged.selection.complete);
  }
  const copy = join(tempDir(), 'forged.json');
  writeFileSync(copy, JSON.stringify(forged, null, 2));
  return copy;
}
