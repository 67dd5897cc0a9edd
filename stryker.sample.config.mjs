// `npm run mutation:sample` (scripts/mutation-sample.mjs sets the environment): only the drawn mutants of one folder,
// against that folder's tests (vitest.stryker-sample.config.ts). Not incremental: each sample is a fresh measurement.
import { readFileSync } from 'node:fs';
import base from './stryker.config.mjs';

const folder = process.env.GATE_ENGINE_MUTATION_FOLDER ?? 'src/core';
const samplePath = process.env.GATE_ENGINE_MUTATION_SAMPLE;
const drawn = samplePath === undefined ? [] : JSON.parse(readFileSync(samplePath, 'utf8')).mutants;
const range = (m) => `${m.file}:${m.start.line}:${m.start.column}-${m.end.line}:${m.end.column}`;
const report = process.env.GATE_ENGINE_MUTATION_REPORT ?? 'reports/mutation/sample.json';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: [...new Set(drawn.map(range))],
  plugins: ['@stryker-mutator/vitest-runner', './scripts/mutation-sample-plugin.mjs'],
  ignorers: ['mutation-sample'],
  // The gates' tests read the scenario fixtures; the core's and the readers' sets do not (a smaller sandbox).
  ignorePatterns: folder === 'gates' ? base.ignorePatterns : [...base.ignorePatterns, '/fixtures/scenarios'],
  vitest: { configFile: 'vitest.stryker-sample.config.ts' },
  incremental: false,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: report },
  concurrency: 1,
};
