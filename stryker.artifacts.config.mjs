// `npm run mutation:artifacts`: the fail-closed readers a verdict rests on (the reader front door, number
// exactness, the JSON parser, freshness) against the reader unit tests and the threshold gate's tests.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: ['src/artifacts/reader.ts', 'src/artifacts/numbers.ts', 'src/artifacts/json-parse.ts', 'src/artifacts/freshness.ts'],
  // Scenario fixtures are not read by these unit tests: a smaller sandbox copies faster.
  ignorePatterns: [...base.ignorePatterns, '/fixtures/scenarios'],
  vitest: { configFile: 'vitest.stryker-artifacts.config.ts' },
  incrementalFile: 'reports/stryker-incremental-artifacts.json',
  jsonReporter: { fileName: 'reports/mutation/artifacts.json' },
  htmlReporter: { fileName: 'reports/mutation/artifacts.html' },
};
