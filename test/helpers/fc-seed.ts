/**
 * Every property test of a run draws from one fast-check seed, chosen in vitest.config.ts (or given as
 * FC_SEED=<n>), so a run that hung — where fast-check never gets to print its seed — can be replayed.
 * FC_NUM_RUNS=<n> soaks the properties: n cases each where a test does not set its own count (a counterexample
 * too rare for the default 100 shows up in a run of a few thousand).
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED;
const numRuns = process.env.FC_NUM_RUNS;
fc.configureGlobal({
  ...(seed !== undefined && seed !== '' ? { seed: Number(seed) } : {}),
  ...(numRuns !== undefined && numRuns !== '' ? { numRuns: Number(numRuns) } : {}),
});
