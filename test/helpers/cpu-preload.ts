/**
 * Loaded before test/helpers/cpu-account.ts by `vitest.cpu.config.ts`: the engine's modules, imported once per worker
 * before a file's clock starts. In `npm test` a worker runs many files and loads the engine once (isolate: false), so a
 * file's figure is what it adds, not the load it would pay alone — without this, a file moved from child processes to
 * the CLI's entry in this process would be charged the whole engine load that the suite pays once per worker.
 */
await import('../../src/cli/main-run.js');
await import('../../src/verify.js');
