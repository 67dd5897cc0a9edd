import { defineConfig } from 'vitest/config';

/**
 * The suite Stryker runs against each mutant (`npm run mutation`): the in-process tests only. CLI tests
 * exercise dist/ in child processes, so they cannot kill a mutant of src/; the fuzz slice takes a minute
 * per run. Both still run in `npm test`.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/cli/**', 'test/fuzz/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
