import { defineConfig } from 'vitest/config';

/** `npm run mutation:gates`: gate unit tests plus the scenarios of the mutated gate types (GATE_ENGINE_SCENARIO_TYPES). */
export default defineConfig({
  test: {
    include: ['test/gates/artifact_status.test.ts', 'test/gates/threshold.test.ts', 'test/gates/scenarios.test.ts', 'test/core/waivers.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
