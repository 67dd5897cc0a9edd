// Mutation testing (issue 15): `npm run mutation` (all three folders, incremental) or
// `npm run mutation -- --mutate 'src/core/**/*.ts'` for one folder.
// Stryker 10 needs Node 22; the engine supports Node 20, so 9.5.1 it is.
import { execFileSync } from 'node:child_process';

/** `<type>/<scenario>` of every scenario folder that holds a symbolic link. */
export const SCENARIOS_WITH_LINKS = [
  ...new Set(
    execFileSync('find', ['fixtures/scenarios', '-type', 'l'], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => l.split('/').slice(2, 4).join('/')),
  ),
].sort();

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  mutate: ['src/core/**/*.ts', 'src/artifacts/**/*.ts', 'gates/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Stryker's default prepends `// @ts-nocheck` to every .ts file it matches in the sandbox — including the
  // TypeScript sources of the kernel_boundary scenario fixtures, which shifts their line numbers by one and
  // fails `kernel_boundary scenarios typescript_banned_import` (it asserts file:line). vitest never type-checks,
  // so nothing needs the comment.
  disableTypeChecks: false,
  // Incremental: only mutants whose code or covering tests changed are re-run. The file is a local
  // cache (gitignored): checked in, it would conflict on every merge and go stale with each branch.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  // dist/ stays in the sandbox: CLI tests in test/lanes and test/output run the built binary (unmutated, so
  // they cannot kill a mutant, but they must pass in the initial run). npm run mutation builds it first.
  // Anchored: a bare 'reports' would also drop every fixtures/**/reports/ evidence folder from the sandbox.
  // Scenario folders holding symbolic links are left out too: Stryker's sandbox copy cannot copy a link (EISDIR on a
  // linked directory, ENOENT on a dangling one). npm test still runs them; `find fixtures -type l` lists them.
  ignorePatterns: ['/reports', '/bench', '/fixtures/demo/gate-engine-out', '/.stryker-tmp', ...SCENARIOS_WITH_LINKS.map((d) => `/fixtures/scenarios/${d}`)],
  // Stryker would symlink every node_modules it finds into the sandbox, ignorePatterns or not: the kernel_boundary
  // fixtures' own node_modules (left out above with their folders) came back as folders holding only that link, and
  // the scenario test refused them (no expected.yaml). The sandbox lies inside the project (.stryker-tmp), so the
  // project's node_modules resolves from it without a link.
  symlinkNodeModules: false,
  // The machine is shared: two test processes at most.
  concurrency: 2,
  timeoutMS: 20_000,
  // The unmutated suite alone takes minutes on a loaded shared machine.
  dryRunTimeoutMinutes: 30,
  thresholds: { high: 90, low: 85, break: null },
  cleanTempDir: 'always',
};
