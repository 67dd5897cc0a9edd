// `npm run mutation:gates`: the gates whose verdict most often decides a release (artifact status, thresholds,
// waiver lifecycle) against their unit tests and their own scenario fixtures.
import base from './stryker.config.mjs';

process.env.GATE_ENGINE_SCENARIO_TYPES ??= 'artifact_status,threshold,waiver_lifecycle';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: ['gates/artifact-status.ts', 'gates/threshold.ts', 'gates/waiver-lifecycle.ts'],
  // Only the scenario folders of the mutated gate types (GATE_ENGINE_SCENARIO_TYPES) go into the sandbox.
  ignorePatterns: [...base.ignorePatterns, '/fixtures/scenarios/*', '!/fixtures/scenarios/artifact_status', '!/fixtures/scenarios/threshold', '!/fixtures/scenarios/waiver_lifecycle'],
  vitest: { configFile: 'vitest.stryker-gates.config.ts' },
  incrementalFile: 'reports/stryker-incremental-gates.json',
  jsonReporter: { fileName: 'reports/mutation/gates.json' },
  htmlReporter: { fileName: 'reports/mutation/gates.html' },
};
