import { defineConfig } from 'vitest/config';

/**
 * `npm run mutation:core`: the unit tests of the verdict-deciding core, which must kill its mutants on their own
 * (the scenario and CLI suites cover the same code, but take minutes per mutant on a shared machine).
 */
export default defineConfig({
  test: {
    // verify.test.ts and run/verdict-trust.test.ts (consistency.ts) take 20–50 s a run here: a mutant covered by them costs
    // a minute, so they are left to the full run.
    // GATE_ENGINE_MUTATION_TESTS=a.test.ts,b.test.ts narrows the run to those files (a file-by-file pass when time is short).
    include: process.env.GATE_ENGINE_MUTATION_TESTS?.split(',') ?? ['test/core/fold.test.ts', 'test/core/fold-policy.test.ts', 'test/core/verdict.test.ts', 'test/core/waivers.test.ts', 'test/core/verdict-mutation.test.ts', 'test/core/waivers-mutation.test.ts', 'test/util/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
