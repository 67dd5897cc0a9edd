import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    // CLI tests spawn real child processes; give them room on a loaded 2-core CI box.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
