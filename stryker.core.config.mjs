// `npm run mutation:core`: the verdict-deciding core (status folding, waivers, dates, verdict, rollback,
// waiver sources) against its unit tests only — minutes, not hours. `npm run mutation` is the full run.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: ['src/core/fold.ts', 'src/core/waivers.ts', 'src/core/time.ts', 'src/core/verdict.ts', 'src/core/rollback.ts', 'src/core/waiver-sources.ts'],
  vitest: { configFile: 'vitest.stryker-core.config.ts' },
  incrementalFile: 'reports/stryker-incremental-core.json',
  jsonReporter: { fileName: 'reports/mutation/core.json' },
  htmlReporter: { fileName: 'reports/mutation/core.html' },
};
