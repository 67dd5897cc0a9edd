import { defineConfig } from 'vitest/config';

/**
 * `npm run mutation:sample`: each folder's tests (GATE_ENGINE_MUTATION_FOLDER). Stryker's per-test coverage runs
 * only the tests that reach a mutant, so a wide set costs little per mutant, but a mutant in module-level code runs
 * the whole set: CLI tests (dist/, unmutated), the fuzz slice and the command gate's timing tests are left out, as in
 * `npm run mutation`. GATE_ENGINE_MUTATION_TESTS=a.test.ts,b.test.ts overrides the set.
 */
const SETS: Record<string, string[]> = {
  'src/core': ['test/core/**/*.test.ts', 'test/run/**/*.test.ts', 'test/util/**/*.test.ts', 'test/verify.test.ts'],
  'src/artifacts': ['test/artifacts/**/*.test.ts', 'test/gates/threshold.test.ts', 'test/gates/artifact_present.test.ts', 'test/gates/json_schema.test.ts'],
  gates: ['test/gates/**/*.test.ts', 'test/core/waivers.test.ts'],
};

export default defineConfig({
  test: {
    include: process.env.GATE_ENGINE_MUTATION_TESTS?.split(',') ?? SETS[process.env.GATE_ENGINE_MUTATION_FOLDER ?? 'src/core'],
    exclude: ['test/gates/command.test.ts', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
