/**
 * Runs and checks of a verdict as release tooling makes them, shared by the verdict-consumption red team files
 * (test/threats/verdict-consumption.test.ts, test/threats/verdict-records.test.ts).
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Verdict } from '../../src/core/types.js';
import { runCli, runCliInProcess as cli } from './cli.js';
import { writeForged } from './forge.js';
import { gitRepo } from './git-repo.js';
import { tempDir } from './fs.js';

export const NOW = '2026-03-10T12:00:00Z';
export const LATER = '2026-03-10T13:00:00Z';

/** A command run through the CLI: in this process by default, in a child process where the test is about the process. */
type Runner = typeof cli;
const inChild: Runner = async (args, options) => runCli(args, options);

/** `check` as release tooling runs it: exit code and reason codes. */
const checkBy = (run: Runner) => async (root: string, verdict: string, ...args: string[]) => {
  const result = await run(['check', verdict, '--root', root, '--now', LATER, '--json', ...args], { cwd: root });
  expect(result.stderr).toBe('');
  const out = JSON.parse(result.stdout) as { promote: boolean; reasons: { code: string }[] };
  return { status: result.status, codes: out.reasons.map((r) => r.code) };
};

const verifyBy = (run: Runner) => async (root: string, ...args: string[]): Promise<number | null> => {
  const result = await run(['verify', '--root', root, ...args], { cwd: root });
  expect(result.stderr).toBe('');
  return result.status;
};

export const check = checkBy(cli);
export const verifyIn = verifyBy(cli);
/** Plugin code loads in the process that verifies (and must not in the one that checks): the tests of that run the binary. */
export const checkInChild = checkBy(inChild);
export const verifyInChild = verifyBy(inChild);

export const readVerdictJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Verdict;

/** A checkout of a run in which gate b fails, as that run left it: each test edits a copy of its own. */
let failedRun: string | undefined;

/**
 * A run in which gate b fails, its verdict to edit, and gate b in it. The run is made once per file (its temp dirs go
 * at the file's end), and each test gets a copy of the checkout it left, outputs and records included: what a forger
 * edits is the run's own bytes either way, and a verify per test cost ~0.3 CPU-s.
 */
export async function failedRunToForge() {
  if (failedRun === undefined || !existsSync(failedRun)) {
    const first = gitRepo({ 'b.json': { status: 'fail' } }).root;
    expect(await verifyIn(first, '--now', NOW)).toBe(1);
    failedRun = tempDir('ge-run-');
    cpSync(first, failedRun, { recursive: true, verbatimSymlinks: true });
  }
  const root = tempDir('ge-ws-');
  cpSync(failedRun, root, { recursive: true, verbatimSymlinks: true });
  const forged = readVerdictJson(join(root, 'gate-engine-out', 'full_suite_verdict.json'));
  const b = forged.gates.find((g) => g.id === 'b');
  if (b === undefined) throw new Error('fixture');
  return { root, forged, b };
}

/**
 * Gate `b` turned into a pass as a careful forger does: every check "ok", the gate's statuses set and its reason dropped;
 * with `detail`, its detail rewritten to what a passing gate's says.
 */
export function forgePass(b: Verdict['gates'][number], detail = true): void {
  b.checks = b.checks.map((c) => ({ ...c, status: 'pass', code: 'ok' }));
  b.raw_status = 'pass';
  b.status = 'pass';
  delete b.reason;
  if (detail) b.detail = b.checks[0]?.message ?? '';
}

/** A failed run whose gate b was turned into a pass, refolded and written in place over the verdict the run landed. */
export async function editedInPlace() {
  const { root, forged, b } = await failedRunToForge();
  forgePass(b);
  writeForged(forged, { refold: true });
  const out = join(root, 'gate-engine-out');
  const write = (v: Verdict) => writeFileSync(join(out, 'full_suite_verdict.json'), JSON.stringify(v, null, 2));
  write(forged);
  return { root, forged, out, write, text: JSON.stringify(forged, null, 2) };
}
