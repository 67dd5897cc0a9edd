/**
 * Partial runs are never a full pass, and edited verdicts are refused. `selection` records what was
 * evaluated; `check` / `assessVerdict` answer "may we promote?"; every reader of a recorded verdict
 * (check, diff, merge, --rerun-from, readVerdict) re-derives statuses and refuses disagreement.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import eventSchema from '../../schemas/full_suite_event.schema.json' with { type: 'json' };
import verdictSchema from '../../schemas/full_suite_verdict.schema.json' with { type: 'json' };
import { validateSchema, type JsonSchema } from '../../src/artifacts/schema.js';
import { assessVerdict, assessVerdictInRepo } from '../../src/assess.js';
import { verdictInconsistencies } from '../../src/core/consistency.js';
import type { GateStatus, Verdict } from '../../src/core/types.js';
import { readVerdict } from '../../src/verdict-file.js';
import { verify } from '../../src/verify.js';
import { runCli, runCliInProcess as cli } from '../helpers/cli.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';
import { commitAll, gitIn } from '../helpers/git-repo.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';
const status = (id: string, path: string, extra: object = {}) => ({ id, type: 'artifact_status', options: { path, pointer: '/status', allowed: ['pass'] }, ...extra });

/** A git checkout with three gates; `bad.json` fails, the others pass. */
function repo(gates = [status('a', 'a.json'), status('b', 'b.json'), status('c', 'c.json', { blocking: false })]) {
  const root = workspace({
    'gate-engine.config.yaml': configYaml(gates as never[]),
    'a.json': { status: 'pass' },
    'b.json': { status: 'pass' },
    'c.json': { status: 'pass' },
    'bad.json': { status: 'fail' },
    '.gitignore': 'gate-engine-out\n.gate-engine-out.runs/\n',
  });
  const head = commitAll(root);
  return { root, head, git: gitIn(root) };
}

const verdictPath = (root: string) => join(root, 'gate-engine-out', 'full_suite_verdict.json');
const edit = (path: string, change: (v: Verdict) => void) => {
  const v = JSON.parse(readFileSync(path, 'utf8')) as Verdict;
  change(v);
  const copy = join(tempDir(), 'edited.json');
  writeFileSync(copy, `${JSON.stringify(v, null, 2)}\n`);
  return copy;
};

describe('partial runs are never a full pass', () => {
  it('--gate: verdict incomplete with its selection; exit 0 for the gates that ran; PARTIAL on the CLI and in the report', async () => {
    const { root } = repo();
    const run = runCli(['verify', '--root', root, '--gate', 'a', '--now', NOW]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('verdict INCOMPLETE');
    expect(run.stdout).toContain('PARTIAL run: 1 of 3 configured gates evaluated');
    const verdict = JSON.parse(readFileSync(verdictPath(root), 'utf8')) as Verdict;
    expect(verdict.verdict).toBe('incomplete');
    expect(verdict.selection).toEqual({ complete: false, by: 'gate', selected: ['a'], not_selected: ['b', 'c'], gates_verdict: 'pass' });
    expect(readFileSync(join(root, 'gate-engine-out', 'full_suite_report.md'), 'utf8')).toContain('**PARTIAL RUN**');
    for (const line of readFileSync(join(root, 'gate-engine-out', 'full_suite_events.jsonl'), 'utf8').trimEnd().split('\n')) {
      expect(validateSchema(eventSchema as JsonSchema, JSON.parse(line))).toEqual([]);
    }
    expect(validateSchema(verdictSchema as JsonSchema, verdict)).toEqual([]);
  });

  it('a failing gate in a subset still fails (exit 1), and says PARTIAL', async () => {
    const { root } = repo([status('a', 'bad.json'), status('b', 'b.json')]);
    // The CLI's own entry in this process: the binary's PARTIAL output is the test above, its exit 1 test/cli's.
    const run = await cli(['verify', '--root', root, '--gate', 'a', '--now', NOW]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('verdict FAIL (PARTIAL run');
  });

  it('--rerun-from and --shard record how the subset was chosen; a complete run is by all', async () => {
    const { root } = repo([status('a', 'bad.json'), status('b', 'b.json')]);
    const first = await verify({ root, now: NOW });
    expect(first.verdict.selection).toMatchObject({ complete: true, by: 'all', not_selected: [] });
    const rerun = await verify({ root, now: NOW, rerunFrom: verdictPath(root), write: false });
    expect(rerun.verdict.selection).toMatchObject({ complete: false, by: 'rerun', selected: ['a'], not_selected: ['b'] });
    const shard = await verify({ root, now: NOW, runId: 'r1', shard: { index: 2, total: 2 }, write: false });
    expect(shard.verdict).toMatchObject({ verdict: 'incomplete', selection: { by: 'shard', selected: ['b'] } });
  });
});

describe('gate-engine check: exit 0 only for a complete, fresh, self-consistent pass of the checked-out commit', () => {
  it('promotes a complete pass of HEAD', async () => {
    const { root } = repo();
    expect((await verify({ root, now: NOW })).exitCode).toBe(0);
    const run = runCli(['check', verdictPath(root), '--root', root, '--now', '2026-03-10T13:00:00Z']);
    expect(run.stdout).toContain('PROMOTE');
    expect(run.status).toBe(0);
    const json = await cli(['check', verdictPath(root), '--root', root, '--now', '2026-03-10T13:00:00Z', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ promote: true, reasons: [] });
  }, 60_000);

  it('refuses (exit 1, with reasons) a partial run, a stale one, another commit, a dirty tree, a failed run, a changed config', async () => {
    const { root, head, git } = repo();
    const later = ['--now', '2026-03-10T13:00:00Z'];
    const reasons = async (args: string[]) => {
      const run = await cli(['check', verdictPath(root), '--root', root, ...later, '--json', ...args]);
      expect(run.status, run.stderr).toBe(1);
      return (JSON.parse(run.stdout) as { reasons: { code: string }[] }).reasons.map((r) => r.code);
    };
    await verify({ root, gates: ['a'], now: NOW });
    expect(await reasons([])).toEqual(['incomplete']);
    expect((await cli(['check', verdictPath(root), '--root', root, ...later, '--allow-partial'])).status).toBe(0);

    await verify({ root, now: NOW });
    expect(await reasons(['--max-age', '30m'])).toEqual(['stale']);
    // The verdict is not of that commit, nor is the checkout the config is read from.
    expect(await reasons(['--commit', 'f'.repeat(40)])).toEqual(['commit_mismatch', 'commit_mismatch']);
    expect((await cli(['check', verdictPath(root), '--root', root, '--now', '2026-03-10T10:00:00Z', '--json'])).stdout).toContain('"future"');

    writeFileSync(join(root, 'a.json'), JSON.stringify({ status: 'pass', note: 'uncommitted' }));
    await verify({ root, now: NOW });
    git('checkout', '-q', '--', 'a.json');
    // (and the a.json it judged is not the one there now)
    expect(await reasons(['--commit', head])).toEqual(['dirty_tree', 'evidence_changed']);

    writeFileSync(join(root, 'b.json'), JSON.stringify({ status: 'fail' }));
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qam', 'b fails');
    await verify({ root, now: NOW });
    expect(await reasons([])).toEqual(['verdict_fail']);

    writeFileSync(join(root, 'gate-engine.config.yaml'), configYaml([status('a', 'a.json')] as never[]));
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qam', 'one gate');
    expect(await reasons([])).toEqual(expect.arrayContaining(['verdict_fail', 'config_mismatch']));
  }, 180_000);

  it('refuses an edited or malformed verdict with exit 2 (verdict_inconsistent / invalid), and needs a commit', async () => {
    const { root } = repo([status('a', 'bad.json'), status('b', 'b.json')]);
    await verify({ root, now: NOW });
    const later = ['--root', root, '--now', '2026-03-10T13:00:00Z'];
    const forged = edit(verdictPath(root), (v) => {
      v.gates[0]!.status = 'pass';
      delete v.gates[0]!.reason;
      v.verdict = 'pass';
    });
    let run = runCli(['check', forged, ...later]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is inconsistent');
    expect(run.stderr).toContain('/gates/0/status');
    const dup = join(tempDir(), 'dup.json');
    writeFileSync(dup, readFileSync(verdictPath(root), 'utf8').replace('"verdict": "fail",', '"verdict": "fail",\n  "verdict": "pass",'));
    run = await cli(['check', dup, ...later]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/duplicate|twice/i);
    const bare = workspace({ 'gate-engine.config.yaml': configYaml([status('a', 'a.json')] as never[]), 'a.json': { status: 'pass' } });
    run = await cli(['check', verdictPath(root), '--root', bare, '--now', NOW]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cannot tell which commit is checked out');
  }, 90_000);
});

describe('edited verdicts are refused by every reader (exit 2, verdict_inconsistent)', () => {
  it('diff, merge and --rerun-from re-derive statuses from checks and the policy', async () => {
    const { root } = repo([status('a', 'bad.json'), status('b', 'b.json')]);
    await verify({ root, now: NOW });
    const clean = verdictPath(root);
    const flipped = edit(clean, (v) => {
      v.gates[0]!.status = 'warn';
      v.summary = { ...v.summary, failed: 0, warned: 1, blocking_pass: 2, all_blocking_pass: true };
      v.verdict = 'warn';
      v.selection.gates_verdict = 'warn';
    });
    for (const args of [
      ['diff', clean, flipped],
      ['merge', flipped],
      ['verify', '--root', root, '--rerun-from', flipped],
    ]) {
      const run = await cli(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('is inconsistent (edited after gate-engine wrote it?)');
      expect(run.stderr).toContain('/gates/0/status');
    }
    await expect(readVerdict(flipped)).rejects.toMatchObject({ code: 'verdict_inconsistent', exitCode: 2 });
  }, 90_000);

  it('any single forged status, count, verdict or completeness flag is caught (property)', async () => {
    const { root } = repo([status('a', 'bad.json'), status('b', 'b.json'), status('c', 'c.json', { blocking: false })]);
    const { verdict } = await verify({ root, now: NOW, gates: ['a', 'b'], write: false });
    expect(verdictInconsistencies(verdict)).toEqual([]);
    const statuses: GateStatus[] = ['pass', 'fail', 'warn', 'skip', 'waived'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 1 }), fc.constantFrom(...statuses), (field, gate, value) => {
        const v = structuredClone(verdict);
        const g = v.gates[gate]!;
        switch (field) {
          case 0: if (g.status === value) return; g.status = value; break;
          case 1: if (g.raw_status === value || value === 'waived') return; g.raw_status = value; break;
          case 2: v.verdict = v.verdict === 'pass' ? 'fail' : 'pass'; break;
          case 3: v.summary.failed += 1; break;
          case 4: v.selection = { ...v.selection, complete: true, not_selected: [] }; break;
          case 5: g.blocking = !g.blocking; break;
        }
        expect(verdictInconsistencies(v).length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('assessVerdict (library)', () => {
  it('says why a verdict may not promote, and yes for a complete, fresh pass of the commit', async () => {
    const { root, head } = repo();
    const { verdict } = await verify({ root, now: NOW, write: false });
    const now = new Date('2026-03-10T12:30:00Z');
    expect(await assessVerdictInRepo(verdict, { root, commit: head, maxAge: '1h', clockPinned: true, now })).toEqual({ promote: true, reasons: [] });
    expect(assessVerdict(verdict, { commit: head, maxAge: 60_000, clockPinned: true, now, trustGateList: true }).reasons.map((r) => r.code)).toEqual(['stale']);
    // Without the config, a consistently removed gate cannot be seen: never promote on trust alone.
    expect(assessVerdict(verdict, { commit: head, maxAge: '1h', clockPinned: true, now }).reasons.map((r) => r.code)).toEqual(['config_unverified']);
    const partial = (await verify({ root, now: NOW, gates: ['a'], write: false })).verdict;
    expect(assessVerdict(partial, { clockPinned: true, now, trustGateList: true, trustCommit: true }).reasons.map((r) => r.code)).toEqual(['incomplete']);
    expect(assessVerdict(partial, { requireComplete: false, clockPinned: true, now, trustGateList: true, trustCommit: true }).promote).toBe(true);
    const forged = structuredClone(verdict);
    forged.gates[0]!.status = 'fail';
    expect(assessVerdict(forged, { clockPinned: true, now }).reasons.map((r) => r.code)).toContain('verdict_inconsistent');
  });
});
