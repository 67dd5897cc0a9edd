import { defineConfig } from 'vitest/config';

/** `npm run mutation:artifacts`: reader unit tests (the scenario suite covers every reader, at minutes per mutant). */
export default defineConfig({
  test: {
    // GATE_ENGINE_MUTATION_TESTS=a.test.ts,b.test.ts narrows the run to those files (a file-by-file pass when time is short).
    include: process.env.GATE_ENGINE_MUTATION_TESTS?.split(',') ?? ['test/artifacts/json-parse.test.ts', 'test/artifacts/readers.test.ts', 'test/artifacts/numbers.test.ts', 'test/artifacts/freshness.test.ts', 'test/artifacts/engine-output.test.ts', 'test/gates/threshold.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
