/**
 * Every property test of a run draws from one fast-check seed, chosen in vitest.config.ts (or given as
 * FC_SEED=<n>), so a run that hung — where fast-check never gets to print its seed — can be replayed.
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED;
if (seed !== undefined && seed !== '') fc.configureGlobal({ seed: Number(seed) });
