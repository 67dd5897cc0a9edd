/**
 * Runs and checks of a verdict as release tooling makes them, shared by the verdict-consumption red team files
 * (test/threats/verdict-consumption.test.ts, test/threats/verdict-records.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Verdict } from '../../src/core/types.js';
import { runCli, runCliInProcess as cli } from './cli.js';
import { gitRepo } from './git-repo.js';

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
/** Plugin code loads in the process that verifies (and must not in the one that checks): those tests run the binary. */
export const checkInChild = checkBy(inChild);
export const verifyInChild = verifyBy(inChild);

export const readVerdictJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Verdict;

/** A run in which gate b fails, its verdict to edit, and gate b in it. */
export async function failedRunToForge() {
  const { root } = gitRepo({ 'b.json': { status: 'fail' } });
  expect(await verifyIn(root, '--now', NOW)).toBe(1);
  const forged = readVerdictJson(join(root, 'gate-engine-out', 'full_suite_verdict.json'));
  const b = forged.gates.find((g) => g.id === 'b');
  if (b === undefined) throw new Error('fixture');
  return { root, forged, b };
}
