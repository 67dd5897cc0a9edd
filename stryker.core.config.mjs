// `npm run mutation:core`: the verdict-deciding core (status folding, waivers, the verdict, verdict consistency)
// against its unit tests only — minutes, not hours, on a shared machine. See docs/mutation.md for the scoped runs
// and their scores; `npm run mutation` is the full run over src/core, src/artifacts and gates/ (8–10 h here).
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: ['src/core/fold.ts', 'src/core/waivers.ts', 'src/core/verdict.ts'],
  // Scenario fixtures are not read by these unit tests: a smaller sandbox copies faster.
  ignorePatterns: [...base.ignorePatterns, '/fixtures/scenarios'],
  vitest: { configFile: 'vitest.stryker-core.config.ts' },
  incrementalFile: 'reports/stryker-incremental-core.json',
  jsonReporter: { fileName: 'reports/mutation/core.json' },
  htmlReporter: { fileName: 'reports/mutation/core.html' },
};
