import { defineConfig } from 'vitest/config';

/**
 * The suite Stryker runs against each mutant (`npm run mutation`): the in-process tests only. CLI tests
 * exercise dist/ in child processes, so they cannot kill a mutant of src/; the fuzz slice takes a minute
 * per run. The command gate's timing tests (a child must print before a short timeout) flake when Stryker's
 * runners load the machine. All of them still run in `npm test`.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/cli/**', 'test/fuzz/**', 'test/gates/command.test.ts', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
