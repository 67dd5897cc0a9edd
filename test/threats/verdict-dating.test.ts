/**
 * Red team si: a verdict is dated by its `generated_at`, and without the signing key a forger can change that one
 * field. The run also wrote its start into `waivers.today` (the day it judged waivers on) and into the run id it
 * derives (`ge-20260307T120000Z-…`): moving `generated_at` on leaves them behind. Each case runs the CLI (its own
 * entry, in this process: the binary is a two-line wrapper around it) on a real checkout, as release tooling does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/core/types.js';
import { runCliInProcess as cli } from '../helpers/cli.js';
import { gitRepo } from '../helpers/git-repo.js';
import { removeTempDirs } from '../helpers/fs.js';

afterAll(removeTempDirs);

const THREE_DAYS_AGO = '2026-03-07T12:00:00Z';
const NOW = '2026-03-10T12:00:00Z';
const LATER = '2026-03-10T13:00:00Z';

async function verifyAt(root: string, now: string, ...args: string[]): Promise<Verdict> {
  const run = await cli(['verify', '--root', root, '--now', now, ...args], { cwd: root });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(readFileSync(join(root, 'gate-engine-out', 'full_suite_verdict.json'), 'utf8')) as Verdict;
}

async function check(root: string, verdict: Verdict) {
  const file = join(root, 'gate-engine-out', 'edited.json');
  writeFileSync(file, `${JSON.stringify(verdict, null, 2)}\n`);
  const run = await cli(['check', file, '--root', root, '--now', LATER, '--json'], { cwd: root });
  if (run.status === 2) return { status: run.status, codes: [(JSON.parse(run.stdout) as { error: { code: string } }).error.code] };
  expect(run.stderr).toBe('');
  return { status: run.status, codes: (JSON.parse(run.stdout) as { reasons: { code: string }[] }).reasons.map((r) => r.code) };
}

describe('a verdict of three days ago with its generated_at moved to now', () => {
  it('waivers.today still names the day the run started: verdict_inconsistent (exit 2)', async () => {
    const { root } = gitRepo();
    const verdict = await verifyAt(root, THREE_DAYS_AGO);
    expect(await check(root, verdict)).toEqual({ status: 1, codes: ['stale'] });
    expect(await check(root, { ...verdict, generated_at: NOW })).toEqual({ status: 2, codes: ['verdict_inconsistent'] });
  }, 60_000);

  it('waivers.today moved too: the run id the engine derived still starts three days ago, stale (exit 1)', async () => {
    const { root } = gitRepo();
    const verdict = await verifyAt(root, THREE_DAYS_AGO);
    expect(verdict.run_id).toMatch(/^ge-20260307T120000Z-/);
    expect(await check(root, { ...verdict, generated_at: NOW, waivers: { ...verdict.waivers, today: NOW.slice(0, 10) } })).toEqual({ status: 1, codes: ['stale'] });
  }, 60_000);

  it('sound look-alikes promote (exit 0): a run of now, and a run named by the CI (no time in its id)', async () => {
    const { root } = gitRepo();
    expect(await check(root, await verifyAt(root, NOW))).toEqual({ status: 0, codes: [] });
    expect(await check(root, await verifyAt(root, NOW, '--run-id', 'ci-4711'))).toEqual({ status: 0, codes: [] });
  }, 60_000);

  it('a CI run id naming the run\'s start (nightly-2026-03-07T12:00:00Z) dates the run as the derived one does: stale (exit 1)', async () => {
    const { root } = gitRepo();
    const verdict = await verifyAt(root, THREE_DAYS_AGO, '--run-id', 'nightly-2026-03-07T12:00:00Z');
    expect(await check(root, { ...verdict, generated_at: NOW, waivers: { ...verdict.waivers, today: NOW.slice(0, 10) } })).toEqual({ status: 1, codes: ['stale'] });
  }, 60_000);
});
