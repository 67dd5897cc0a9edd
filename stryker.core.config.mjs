// `npm run mutation:core`: the verdict-deciding core (status folding, waivers, the verdict) against its unit
// tests only — minutes, not hours, on a shared machine. `npm run mutation` is the full run over src/core,
// src/artifacts and gates/.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: ['src/core/fold.ts', 'src/core/waivers.ts', 'src/core/verdict.ts'],
  vitest: { configFile: 'vitest.stryker-core.config.ts' },
  incrementalFile: 'reports/stryker-incremental-core.json',
  jsonReporter: { fileName: 'reports/mutation/core.json' },
  htmlReporter: { fileName: 'reports/mutation/core.html' },
};
