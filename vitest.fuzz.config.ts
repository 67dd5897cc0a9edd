import { defineConfig } from 'vitest/config';

/** `npm run fuzz` (scripts/fuzz.mjs): the long, time-bounded fuzz run. Never part of `npm test` or .ci/run. */
export default defineConfig({
  test: {
    include: ['test/fuzz/long-run.fuzz.ts'],
    testTimeout: 0,
    hookTimeout: 60_000,
  },
});
