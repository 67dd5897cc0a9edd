import { defineConfig } from 'vitest/config';

/** `npm run mutation:gates`: gate unit tests plus the scenarios of the mutated gate types (GATE_ENGINE_SCENARIO_TYPES). */
export default defineConfig({
  test: {
    // GATE_ENGINE_MUTATION_TESTS=a.test.ts,b.test.ts narrows the run to those files (a file-by-file pass when time is short).
    include: process.env.GATE_ENGINE_MUTATION_TESTS?.split(',') ?? ['test/gates/artifact_status.test.ts', 'test/gates/artifact-status-mutation.test.ts', 'test/gates/threshold.test.ts', 'test/gates/threshold-mutation.test.ts', 'test/gates/scenarios.test.ts', 'test/core/waivers.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
