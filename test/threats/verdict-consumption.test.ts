/**
 * Red team on how verdicts are produced and consumed: every way found to make `gate-engine check` say
 * PROMOTE (exit 0) without a complete, fresh, self-consistent run of the checked-out commit, each with
 * the exact reason code and exit code, through the CLI on real git checkouts. Most commands run the CLI's own entry in
 * this process (the binary is a two-line wrapper around it); the binary runs where the process is the subject (plugin
 * code refused by check, a read that could block), once per exit-2 path (merge, check), and for one verify of each
 * kind of plugin run (a plugin that prints while loading, one that reads the engine's outputs). A run whose subject is
 * which plugin files the commit holds (config_mismatch) runs in this process, its verify too: check finds them by
 * reading the plugin's source (src/config/plugin-sources.ts), whichever process loaded the plugin, and the test that
 * check never loads plugin code keeps the binary.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/core/types.js';
import { runCli, runCliInProcess as cli } from '../helpers/cli.js';
import { writeForged } from '../helpers/forge.js';
import { configYaml } from '../helpers/config.js';
import { commitAll, gitRepo, statusGate } from '../helpers/git-repo.js';
import { check, checkInChild, failedRunToForge, LATER, NOW, readVerdictJson, verifyIn, verifyInChild } from '../helpers/verdict-runs.js';
import { REPO_ROOT, removeTempDirs, tempDir, workspace, writeTree } from '../helpers/fs.js';

afterAll(removeTempDirs);

const status = statusGate;
const repo = gitRepo;

describe('merge: the merged verdict is no fresher and no cleaner than its shards', () => {
  it('shards of last week merged today are as old as the oldest of them: check says stale (exit 1)', async () => {
    const { root } = repo();
    expect(await verifyIn(root, '--shard', '1/2', '--run-id', 'ci-7', '--out', 's1', '--now', '2026-03-02T11:00:00Z')).toBe(0);
    expect(await verifyIn(root, '--shard', '2/2', '--run-id', 'ci-7', '--out', 's2', '--now', '2026-03-02T12:00:00Z')).toBe(0);
    const merge = await cli(['merge', 's1/full_suite_verdict.json', 's2/full_suite_verdict.json', '--out', 'merged', '--now', NOW], { cwd: root });
    expect(merge.status, merge.stderr).toBe(0);
    expect(readVerdictJson(join(root, 'merged', 'full_suite_verdict.json')).generated_at).toBe('2026-03-02T11:00:00.000Z');
    expect(await check(root, 'merged/full_suite_verdict.json')).toEqual({ status: 1, codes: ['stale'] });
  }, 60_000);

  it('two fresh shards of the same run merge into a verdict that promotes', async () => {
    const { root } = repo();
    expect(await verifyIn(root, '--shard', '1/2', '--run-id', 'ci-8', '--out', 's1', '--now', NOW)).toBe(0);
    expect(await verifyIn(root, '--shard', '2/2', '--run-id', 'ci-8', '--out', 's2', '--now', '2026-03-10T12:10:00Z')).toBe(0);
    expect((await cli(['merge', 's1/full_suite_verdict.json', 's2/full_suite_verdict.json', '--out', 'merged', '--now', '2026-03-10T12:20:00Z'], { cwd: root })).status).toBe(0);
    expect(readVerdictJson(join(root, 'merged', 'full_suite_verdict.json')).generated_at).toBe('2026-03-10T12:00:00.000Z');
    expect(await check(root, 'merged/full_suite_verdict.json')).toEqual({ status: 0, codes: [] });
  }, 60_000);

  it('a shard run on a dirty tree makes the merged verdict dirty, whichever shard is named first: dirty_tree (exit 1)', async () => {
    const { root, git } = repo();
    expect(await verifyIn(root, '--shard', '1/2', '--run-id', 'ci-9', '--out', 's1', '--now', NOW)).toBe(0);
    writeFileSync(join(root, 'b.json'), JSON.stringify({ status: 'pass', uncommitted: true }));
    expect(await verifyIn(root, '--shard', '2/2', '--run-id', 'ci-9', '--out', 's2', '--now', NOW)).toBe(0);
    git('checkout', '-q', '--', 'b.json');
    expect((await cli(['merge', 's1/full_suite_verdict.json', 's2/full_suite_verdict.json', '--out', 'merged', '--now', NOW], { cwd: root })).status).toBe(0);
    expect(readVerdictJson(join(root, 'merged', 'full_suite_verdict.json')).git?.dirty).toBe(true);
    // (the uncommitted b.json shard 2 judged is gone too)
    expect(await check(root, 'merged/full_suite_verdict.json')).toEqual({ status: 1, codes: ['dirty_tree', 'evidence_changed'] });
  }, 60_000);

  it('a shard dated after the merge is refused (exit 2, merge_invalid)', async () => {
    const { root } = repo();
    expect(await verifyIn(root, '--shard', '1/2', '--run-id', 'ci-10', '--out', 's1', '--now', '2026-03-10T18:00:00Z')).toBe(0);
    expect(await verifyIn(root, '--shard', '2/2', '--run-id', 'ci-10', '--out', 's2', '--now', NOW)).toBe(0);
    const merge = runCli(['merge', 's1/full_suite_verdict.json', 's2/full_suite_verdict.json', '--out', 'merged', '--now', NOW, '--json'], { cwd: root });
    expect(merge.status).toBe(2);
    expect(JSON.parse(merge.stdout)).toMatchObject({ error: { code: 'merge_invalid', exit_code: 2 } });
    expect(merge.stderr).toContain('is dated 2026-03-10T18:00:00.000Z, after the merge');
  }, 60_000);
});

describe('check: the config and waivers compared are the promoted commit\'s', () => {
  const failingB = { 'b.json': { status: 'fail' } };

  it('a dirty run with its dirty flag cleared, checked against the same uncommitted config, is dirty_tree (exit 1)', async () => {
    const { root } = repo(failingB);
    expect(await verifyIn(root, '--now', NOW)).toBe(1);
    // Drop the failing gate in the working tree only, run again, and clear the flag that says so.
    writeFileSync(join(root, 'gate-engine.config.yaml'), configYaml([status('a')] as never[]));
    expect(await verifyIn(root, '--now', NOW)).toBe(0);
    const path = join(root, 'gate-engine-out', 'full_suite_verdict.json');
    const forged = readVerdictJson(path);
    expect(forged.git?.dirty).toBe(true);
    forged.git = { sha: forged.git?.sha ?? '', dirty: false };
    const copy = writeForged(forged);
    expect(await check(root, copy)).toEqual({ status: 1, codes: ['dirty_tree', 'config_mismatch'] });
  }, 60_000);

  it('a verdict relabelled with the promoted commit, checked in a checkout of another commit, is commit_mismatch (exit 1)', async () => {
    const { root, git, head } = repo(failingB);
    writeFileSync(join(root, 'gate-engine.config.yaml'), configYaml([status('a')] as never[]));
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qam', 'drop b');
    expect(await verifyIn(root, '--now', NOW)).toBe(0);
    const forged = readVerdictJson(join(root, 'gate-engine-out', 'full_suite_verdict.json'));
    forged.git = { sha: head, dirty: false };
    const copy = writeForged(forged);
    expect(await check(root, copy, '--commit', head)).toEqual({ status: 1, codes: ['commit_mismatch'] });
    // The same verdict, honestly of the checked-out commit, promotes.
    expect(await check(root, 'gate-engine-out/full_suite_verdict.json')).toEqual({ status: 0, codes: [] });
  }, 60_000);
});

describe('assessVerdict / assessVerdictInRepo (library): no silent defaults', () => {
  it('without a commit: commit_unverified; without maxAge: the 24h of check (stale two days later)', async () => {
    const { assessVerdict, assessVerdictInRepo } = await import('../../src/assess.js');
    const { verify } = await import('../../src/verify.js');
    const { root, head } = repo();
    const { verdict } = await verify({ root, now: NOW, write: false });
    const soon = new Date(LATER);
    expect(assessVerdict(verdict, { clockPinned: true, now: soon, trustGateList: true }).reasons.map((r) => r.code)).toEqual(['commit_unverified']);
    expect(assessVerdict(verdict, { clockPinned: true, now: soon, trustGateList: true, commit: head }).promote).toBe(true);
    // The run's clock was pinned (now: NOW): a caller on the real clock, or one that does not say, is refused.
    expect(assessVerdict(verdict, { now: soon, trustGateList: true, commit: head }).reasons.map((r) => r.code)).toEqual(['clock_pinned']);
    expect(assessVerdict(verdict, { clockPinned: true, now: new Date('2026-03-12T12:00:00Z'), trustGateList: true, commit: head }).reasons.map((r) => r.code)).toEqual(['stale']);
    // In the repository the commit is the checkout's HEAD.
    expect(await assessVerdictInRepo(verdict, { root, clockPinned: true, now: soon })).toEqual({ promote: true, reasons: [] });
    const bare = workspace({ 'gate-engine.config.yaml': configYaml([status('a'), status('b')] as never[]), 'a.json': { status: 'pass' }, 'b.json': { status: 'pass' } });
    expect((await assessVerdictInRepo(verdict, { root: bare, clockPinned: true, now: soon })).reasons.map((r) => r.code)).toEqual(['commit_unverified']);
  }, 60_000);

  it('a run told not to read the checkout (checkout: false) records no commit, and never promotes: commit_unknown', async () => {
    const { assessVerdictInRepo } = await import('../../src/assess.js');
    const { verify } = await import('../../src/verify.js');
    const { root } = repo();
    const { verdict } = await verify({ root, now: NOW, write: false, checkout: false });
    expect(verdict.git).toBeUndefined();
    const assessed = await assessVerdictInRepo(verdict, { root, clockPinned: true, now: new Date(LATER) });
    expect(assessed.promote).toBe(false);
    expect(assessed.reasons.map((r) => r.code)).toContain('commit_unknown');
  }, 60_000);
});

describe('rollback: an emergency relaxation, never a way around check', () => {
  const DECLARATION = 'reason: Hotfix for CVE-2026-1234 must ship\nowner: TopazFalcon\nincident: INC-2041\ncreated: "2026-03-10T08:00:00Z"\nexpires: "2026-03-10T14:00:00Z"\n';

  /** b fails on sound evidence; a rollback run relaxes it to a warning. */
  async function rollbackRun() {
    const r = repo({ 'b.json': { status: 'fail' } });
    writeFileSync(join(r.root, 'rollback.yaml'), DECLARATION);
    const run = await cli(['verify', '--root', r.root, '--now', NOW, '--mode', 'rollback', '--rollback-file', 'rollback.yaml'], { cwd: r.root });
    expect(run.status, run.stderr).toBe(0);
    return r;
  }

  it('a relaxed verdict promotes only from a check in rollback mode, and only while the declaration is in force', async () => {
    const { root } = await rollbackRun();
    const verdict = 'gate-engine-out/full_suite_verdict.json';
    expect(await check(root, verdict)).toEqual({ status: 1, codes: ['rollback_not_allowed'] });
    expect(await check(root, verdict, '--mode', 'rollback')).toEqual({ status: 0, codes: [] });
    const viaEnv = await cli(['check', verdict, '--now', LATER, '--json'], { cwd: root, env: { CI_GATE_PROMOTION_MODE: 'rollback' } });
    expect(viaEnv.status).toBe(0);
    const late = await cli(['check', verdict, '--now', '2026-03-10T15:00:00Z', '--mode', 'rollback', '--json'], { cwd: root });
    expect(late.status).toBe(1);
    expect((JSON.parse(late.stdout) as { reasons: { code: string }[] }).reasons.map((r) => r.code)).toEqual(['rollback_expired']);
  }, 60_000);

  it('a failing strict verdict given a rollback declaration that was never valid (a week long) is verdict_inconsistent (exit 2)', async () => {
    const { root, forged, b } = await failedRunToForge();
    b.status = 'warn';
    b.relaxed_by = 'rollback';
    forged.mode = 'rollback';
    forged.rollback = { reason: 'ship it', owner: 'TopazFalcon', incident: 'INC-1', created: '2026-03-10T08:00:00Z', expires: '2026-03-17T08:00:00Z', source: 'rollback.yaml', relaxed_gates: ['b'] };
    const copy = writeForged(forged, { refold: true });
    const run = await cli(['check', copy, '--now', LATER, '--mode', 'rollback', '--json'], { cwd: root });
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'verdict_inconsistent', exit_code: 2 } });
    expect(run.stderr).toContain('/rollback: the rollback declaration was not in force at generated_at');
    expect(run.stderr).toContain('over the 72 h maximum');
  }, 60_000);
});

describe('edited verdicts', () => {
  it('a failing check flipped to pass (its finding code kept), with the gate and counts refolded, is verdict_inconsistent (exit 2)', async () => {
    const { root, forged, b } = await failedRunToForge();
    const at = b.checks.findIndex((c) => c.status === 'fail');
    expect(b.checks[at]?.code).toBe('status_not_allowed');
    (b.checks[at] as { status: string }).status = 'pass';
    b.raw_status = 'pass';
    b.status = 'pass';
    delete b.reason;
    const copy = writeForged(forged, { refold: true });
    const run = await cli(['check', copy, '--now', LATER, '--json'], { cwd: root });
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'verdict_inconsistent', exit_code: 2 } });
    expect(run.stderr).toContain(`/gates/1/checks/${at}/code: gate b: check`);
  }, 60_000);
});

describe('the GitHub Action reports the verdict of its own run', () => {
  /** The action's step script, run as the runner runs it; returns its exit code and outputs. */
  function runAction(root: string, args: string) {
    const action = parseYaml(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { runs: { steps: { run: string }[] } };
    const outputs = join(tempDir(), 'github_output');
    writeFileSync(outputs, '');
    // The action's checkout is a directory holding only this repository's build: were dist/ missing, the script's
    // install step would otherwise run `npm ci` in this repository and replace the node_modules the tests run from.
    const actionPath = tempDir();
    symlinkSync(join(REPO_ROOT, 'dist'), join(actionPath, 'dist'));
    const env = { PATH: process.env.PATH, GITHUB_OUTPUT: outputs, RUNNER_TEMP: tempDir(), GE_ACTION_PATH: actionPath, GE_ROOT: '.', GE_CONFIG: '', GE_OUT: '', GE_FAIL_ON: 'fail', GE_FORMATS: 'human', GE_ARGS: args, NO_COLOR: '1' };
    // stdin from /dev/null, as on a runner: bash given a socket for stdin (Node's pipes) and no SHLVL takes itself for
    // a shell started by rshd and sources the machine's ~/.bashrc, which the runner's `bash --noprofile --norc` never reads.
    const run = spawnSync('bash', ['-c', action.runs.steps[0]?.run ?? ''], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
    const out = Object.fromEntries(readFileSync(outputs, 'utf8').trim().split('\n').map((l) => l.split('=', 2) as [string, string]));
    return { status: run.status, verdict: out.verdict, exitCode: out['exit-code'] };
  }

  it('a config with its own output.dir: the verdict output is this run\'s warn, not the pass of a verdict left in gate-engine-out', async () => {
    const root = workspace({
      'gate-engine.config.yaml': configYaml([status('a'), status('b', { blocking: false })] as never[], { output: { dir: 'ge-out' } }),
      'a.json': { status: 'pass' },
      'b.json': { status: 'fail' },
      'gate-engine-out/full_suite_verdict.json': { verdict: 'pass' },
    });
    expect(runAction(root, `--now ${NOW}`)).toEqual({ status: 0, verdict: 'warn', exitCode: '0' });
  }, 60_000);

  it('the preflight lane: incomplete (its verdict), not the verdict of an earlier full run', async () => {
    const root = workspace({
      'gate-engine.config.yaml': configYaml([status('a'), status('b', { blocking: false })] as never[]),
      'a.json': { status: 'pass' },
      'b.json': { status: 'pass' },
    });
    expect(runAction(root, `--now ${NOW}`)).toEqual({ status: 0, verdict: 'pass', exitCode: '0' });
    expect(runAction(root, `--now ${NOW} --lane preflight`)).toEqual({ status: 0, verdict: 'incomplete', exitCode: '0' });
  }, 60_000);

  it('a node_modules/.bin/gate-engine of the repository under review that writes a pass is not run: the real verdict, fail (exit 1)', async () => {
    const root = workspace({
      'gate-engine.config.yaml': configYaml([status('a')] as never[]),
      'a.json': { status: 'fail' },
      'node_modules/.bin/gate-engine': '#!/bin/sh\nfor a in "$@"; do case "$a" in json:*) printf \'{"verdict":"pass"}\' > "${a#json:}";; esac; done\nexit 0\n',
    });
    chmodSync(join(root, 'node_modules/.bin/gate-engine'), 0o755);
    expect(runAction(root, `--now ${NOW}`)).toEqual({ status: 1, verdict: 'fail', exitCode: '1' });
  }, 60_000);
});

describe('waivers at promotion time', () => {
  const WAIVER = '[waiver.b]\nowner = "TopazForest"\ncreated = "2026-03-01"\nexpires = "2026-03-10"\nbead = "bd-1f42"\nreason = "upstream bug"\nscope = "both"\nremove_when = "when bd-1f42 is closed"\n';

  it('a verdict waived on the last day of its waiver promotes that day, and is waiver_expired (exit 1) the day after, within --max-age', async () => {
    const { root } = repo({ 'b.json': { status: 'fail' }, 'waivers.toml': WAIVER, 'gate-engine.config.yaml': configYaml([status('a'), status('b')] as never[], { waivers: { sources: ['waivers.toml'] } }) });
    expect(await verifyIn(root, '--now', NOW)).toBe(0);
    const verdict = 'gate-engine-out/full_suite_verdict.json';
    expect(readVerdictJson(join(root, verdict)).gates.find((g) => g.id === 'b')?.status).toBe('waived');
    expect(await check(root, verdict)).toEqual({ status: 0, codes: [] });
    expect(await check(root, verdict, '--now', '2026-03-11T06:00:00Z')).toEqual({ status: 1, codes: ['waiver_expired'] });
  }, 60_000);
});

describe('inputs git does not track are not part of the promoted commit', () => {
  const WAIVER = '[waiver.b]\nowner = "TopazForest"\ncreated = "2026-03-01"\nexpires = "2026-03-20"\nbead = "bd-1f42"\nreason = "upstream bug"\nscope = "both"\nremove_when = "when bd-1f42 is closed"\n';

  it('a waiver file dropped into a clean checkout (untracked) waives nothing for check: waiver_mismatch (exit 1)', async () => {
    const { root } = repo({ 'b.json': { status: 'fail' }, 'gate-engine.config.yaml': configYaml([status('a'), status('b')] as never[], { waivers: { sources: ['waivers.toml'] } }) });
    writeFileSync(join(root, 'waivers.toml'), WAIVER);
    expect(await verifyIn(root, '--now', NOW)).toBe(0);
    expect(await check(root, 'gate-engine-out/full_suite_verdict.json')).toEqual({ status: 1, codes: ['waiver_mismatch'] });
  }, 60_000);

  it('a config that is not in the commit: config_mismatch (exit 1)', async () => {
    const { root, git } = repo();
    git('rm', '-q', '--cached', 'gate-engine.config.yaml');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'untrack the config');
    expect(await verifyIn(root, '--now', NOW)).toBe(0);
    expect(await check(root, 'gate-engine-out/full_suite_verdict.json')).toEqual({ status: 1, codes: ['config_mismatch'] });
  }, 60_000);

  it('a plugin module that is not in the commit: config_mismatch (exit 1)', async () => {
    const plugin = "export default { type: 'probe', title: 'Probe', description: 'a probe gate', optionsSchema: { type: 'object' }, evaluate(ctx) { ctx.pass('x', 'fine'); } };\n";
    const { root } = repo({ 'gate-engine.config.yaml': 'version: 1\nplugins: ["./gates/p.mjs"]\ngates:\n  - id: p\n    type: probe\n' });
    writeTree(root, { 'gates/p.mjs': plugin });
    expect(await verifyIn(root, '--now', NOW)).toBe(0);
    expect(await check(root, 'gate-engine-out/full_suite_verdict.json')).toEqual({ status: 1, codes: ['config_mismatch'] });
  }, 60_000);

  // The entry is tracked, the code that decides the gate is not: every local module a plugin loads counts.
  const probeEntry = "import { verdictOf } from './lib/decide.mjs';\nexport default { type: 'probe', title: 'Probe', description: 'a probe gate', optionsSchema: { type: 'object' }, evaluate(ctx) { ctx.pass('x', verdictOf()); } };\n";
  const config = 'version: 1\nplugins: ["./gates/p.mjs"]\ngates:\n  - id: p\n    type: probe\n';
  it('a tracked plugin entry importing an untracked helper (ignored, dropped into the checkout): config_mismatch naming the helper (exit 1)', async () => {
    const { root } = repo({ 'gate-engine.config.yaml': config, 'gates/p.mjs': probeEntry, '.gitignore': 'gate-engine-out\n.gate-engine-out.runs/\ngates/lib/\n' });
    writeTree(root, { 'gates/lib/decide.mjs': "export const verdictOf = () => 'fine';\n" });
    expect(await verifyIn(root, '--now', NOW)).toBe(0);
    const run = await cli(['check', 'gate-engine-out/full_suite_verdict.json', '--root', root, '--now', LATER, '--json'], { cwd: root });
    expect(run.status).toBe(1);
    const reasons = (JSON.parse(run.stdout) as { reasons: { code: string; message: string }[] }).reasons;
    expect(reasons.map((r) => r.code)).toEqual(['config_mismatch']);
    expect(reasons[0]?.message).toContain('gates/lib/decide.mjs, plugin code the run loaded, is not tracked by git');
  }, 60_000);

  it('a plugin whose helpers are all tracked promotes (exit 0); one loading a module by a computed name: config_mismatch (exit 1)', async () => {
    const { root } = repo({ 'gate-engine.config.yaml': config, 'gates/p.mjs': probeEntry, 'gates/lib/decide.mjs': "import { sep } from 'node:path';\nimport 'fs';\nexport { verdictOf } from '../util.mjs';\nexport const separator = sep;\n", 'gates/util.mjs': "export const verdictOf = () => 'fine';\n" });
    expect(await verifyIn(root, '--now', NOW)).toBe(0);
    expect(await check(root, 'gate-engine-out/full_suite_verdict.json')).toEqual({ status: 0, codes: [] });
    const computed = repo({ 'gate-engine.config.yaml': config, 'gates/p.mjs': probeEntry, 'gates/lib/decide.mjs': "const name = '../' + 'util.mjs';\nconst { verdictOf: v } = await import(name);\nexport const verdictOf = v;\n", 'gates/util.mjs': "export const verdictOf = () => 'fine';\n" });
    expect(await verifyIn(computed.root, '--now', NOW)).toBe(0);
    expect(await check(computed.root, 'gate-engine-out/full_suite_verdict.json')).toEqual({ status: 1, codes: ['config_mismatch'] });
  }, 60_000);

  it('a helper reached through package.json imports (#lib/…), untracked: config_mismatch (exit 1)', async () => {
    const entry = "import { verdictOf } from '#lib/decide.mjs';\nimport { join } from 'node:path';\nexport default { type: 'probe', title: 'Probe', description: 'a probe gate', optionsSchema: { type: 'object' }, evaluate(ctx) { ctx.pass('x', verdictOf() + join('', '')); } };\n";
    const { root } = repo({ 'gate-engine.config.yaml': config, 'gates/p.mjs': entry, 'package.json': { name: 'probe-repo', private: true, type: 'module', imports: { '#lib/*': './gates/lib/*' } }, '.gitignore': 'gate-engine-out\n.gate-engine-out.runs/\ngates/lib/\n' });
    writeTree(root, { 'gates/lib/decide.mjs': "export const verdictOf = () => 'fine';\n" });
    expect(await verifyIn(root, '--now', NOW)).toBe(0);
    expect(await check(root, 'gate-engine-out/full_suite_verdict.json')).toEqual({ status: 1, codes: ['config_mismatch'] });
  }, 60_000);
});

describe('a tracked link is only its text in the commit: what it leads to must be tracked too', () => {
  const WAIVER = '[waiver.b]\nowner = "TopazForest"\ncreated = "2026-03-01"\nexpires = "2026-03-20"\nbead = "bd-1f42"\nreason = "upstream bug"\nscope = "both"\nremove_when = "when bd-1f42 is closed"\n';
  const IGNORED = 'gate-engine-out\n.gate-engine-out.runs/\nlocal/\n';
  const commit = (git: (...args: string[]) => string) => {
    git('add', '-A');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'link');
  };

  /** The commit's config (or waiver source) is a link to `target`; `target` holds `text` when the run starts. */
  function linkedRepo(link: string, target: string, text: string, config = configYaml([status('a'), status('b')] as never[])) {
    const { root, git } = repo({ '.gitignore': IGNORED, 'b.json': { status: 'fail' }, 'gate-engine.config.yaml': config });
    if (link === 'gate-engine.config.yaml') rmSync(join(root, link));
    writeTree(root, { [target]: target.startsWith('local/') ? '' : text });
    symlinkSync(target, join(root, link));
    commit(git);
    writeFileSync(join(root, target), text);
    expect(git('status', '--porcelain')).toBe('');
    return root;
  }

  it('a config that is a tracked link to an ignored file (a lax config written into the checkout) is config_mismatch (exit 1); a link to a tracked file promotes', async () => {
    const lax = configYaml([status('a')] as never[]);
    const ignored = linkedRepo('gate-engine.config.yaml', 'local/gate.yaml', lax);
    expect(await verifyIn(ignored, '--now', NOW)).toBe(0);
    expect(await check(ignored, 'gate-engine-out/full_suite_verdict.json')).toEqual({ status: 1, codes: ['config_mismatch'] });
    const tracked = linkedRepo('gate-engine.config.yaml', 'ci/gate.yaml', lax);
    expect(await verifyIn(tracked, '--now', NOW)).toBe(0);
    expect(await check(tracked, 'gate-engine-out/full_suite_verdict.json')).toEqual({ status: 0, codes: [] });
  }, 60_000);

  it('a waiver source that is a tracked link to an ignored file waives nothing for check: waiver_mismatch (exit 1); a link to a tracked file promotes', async () => {
    const config = configYaml([status('a'), status('b')] as never[], { waivers: { sources: ['waivers.toml'] } });
    const ignored = linkedRepo('waivers.toml', 'local/waivers.toml', WAIVER, config);
    expect(await verifyIn(ignored, '--now', NOW)).toBe(0);
    expect(await check(ignored, 'gate-engine-out/full_suite_verdict.json')).toEqual({ status: 1, codes: ['waiver_mismatch'] });
    const tracked = linkedRepo('waivers.toml', 'ci/waivers.toml', WAIVER, config);
    expect(await verifyIn(tracked, '--now', NOW)).toBe(0);
    expect(await check(tracked, 'gate-engine-out/full_suite_verdict.json')).toEqual({ status: 0, codes: [] });
  }, 60_000);
});

describe('check never runs the promoted commit\'s plugin code in its own process', () => {
  const KEY = 'k'.repeat(40);

  it('a plugin that prints PROMOTE and exits 0 when loaded outside verify, reading the signing key: check says plugin_invalid (exit 2), the key never reaches it', async () => {
    const leak = join(tempDir(), 'leak.txt');
    const plugin = `import { writeFileSync } from 'node:fs';\nif (!process.argv.includes('verify')) { writeFileSync(${JSON.stringify(leak)}, String(process.env.GATE_ENGINE_SIGNING_KEY)); process.stdout.write('PROMOTE\\n'); process.exit(0); }\nexport default { type: 'probe', title: 'Probe', description: 'a probe gate', optionsSchema: { type: 'object' }, evaluate(ctx) { ctx.pass('x', 'fine'); } };\n`;
    const { root } = repo({ 'b.json': { status: 'fail' }, 'gates/p.mjs': plugin, 'gate-engine.config.yaml': configYaml([status('a'), status('b')] as never[], { plugins: ['./gates/p.mjs'] }) });
    expect((runCli(['verify', '--root', root, '--now', NOW], { cwd: root, env: { GATE_ENGINE_SIGNING_KEY: KEY } })).status).toBe(1);
    const run = runCli(['check', 'gate-engine-out/full_suite_verdict.json', '--root', root, '--now', LATER, '--json'], { cwd: root, env: { GATE_ENGINE_SIGNING_KEY: KEY } });
    expect(run.status).toBe(2);
    expect(run.stdout).not.toContain('PROMOTE');
    expect(run.stderr).toContain('exited 0 while loading, without its gate definitions');
    expect(readFileSync(leak, 'utf8')).toBe('undefined');
  }, 60_000);

  it('a plugin that prints while loading and defaults its gate to non-blocking is read as verify read it: promote (exit 0)', async () => {
    const plugin = "console.log('loading probe');\nexport default { type: 'probe', title: 'Probe', description: 'a probe gate', blocking: false, evidenceReasons: ['probe_gone'], optionsSchema: { type: 'object' }, evaluate(ctx) { ctx.pass('x', 'fine'); } };\n";
    const { root } = repo({ 'gates/p.mjs': plugin, 'gate-engine.config.yaml': configYaml([status('a'), { id: 'p', type: 'probe' }] as never[], { plugins: ['./gates/p.mjs'] }) });
    expect(await verifyInChild(root, '--now', NOW)).toBe(0);
    expect(readVerdictJson(join(root, 'gate-engine-out', 'full_suite_verdict.json')).gates[1]).toMatchObject({ id: 'p', blocking: false });
    expect(await checkInChild(root, 'gate-engine-out/full_suite_verdict.json')).toEqual({ status: 0, codes: [] });
  }, 60_000);
});

describe('the engine\'s own outputs are never evidence, wherever they are copied', () => {
  it('an event stream of an earlier run copied under another name, read as JSONL by a plugin gate: engine_output (exit 1)', async () => {
    const plugin = "export default { type: 'rows', title: 'Rows', description: 'counts rows', optionsSchema: { type: 'object' }, async evaluate(ctx) { let n = 0; for await (const row of ctx.read.jsonl('reports/runs.jsonl')) n += row.value.event === 'gate_finished' ? 1 : 0; ctx.pass('rows', `${n} finished gates`); } };\n";
    const root = workspace({
      'gates/rows.mjs': plugin,
      'gate-engine.config.yaml': configYaml([status('a')] as never[]),
      'a.json': { status: 'pass' },
    });
    // The earlier run loads no plugin: the CLI's entry in this process; the run that loads one, the binary.
    expect(await verifyIn(root, '--now', NOW)).toBe(0);
    writeTree(root, {
      'reports/runs.jsonl': readFileSync(join(root, 'gate-engine-out', 'full_suite_events.jsonl'), 'utf8'),
      'gate-engine.config.yaml': 'version: 1\nplugins: ["./gates/rows.mjs"]\ngates:\n  - id: rows\n    type: rows\n',
    });
    const run = runCli(['verify', '--root', root, '--now', NOW, '--json'], { cwd: root });
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stdout) as Verdict).gates[0]).toMatchObject({ id: 'rows', status: 'fail', reason: 'engine_output' });
  }, 60_000);
});

describe('a merged verdict keeps its shard_merge gate', () => {
  it('the same shard merged twice, the failing shard_merge gate cut out and the verdict refolded: verdict_inconsistent (exit 2)', async () => {
    const { root } = repo();
    expect(await verifyIn(root, '--shard', '1/2', '--run-id', 'ci-11', '--out', 's1', '--now', NOW)).toBe(0);
    expect(await verifyIn(root, '--shard', '2/2', '--run-id', 'ci-11', '--out', 's2', '--now', NOW)).toBe(0);
    const merge = await cli(['merge', 's1/full_suite_verdict.json', 's1/full_suite_verdict.json', 's2/full_suite_verdict.json', '--out', 'merged', '--now', NOW], { cwd: root });
    expect(merge.status).toBe(1);
    const merged = readVerdictJson(join(root, 'merged', 'full_suite_verdict.json'));
    expect(merged.gates.at(-1)).toMatchObject({ id: 'shard_merge', reason: 'duplicate_shard' });
    const cut = async (change: (v: Verdict) => void) => {
      const v = structuredClone(merged);
      change(v);
      const copy = writeForged(v, { refold: true });
      const run = await cli(['check', copy, '--now', LATER, '--json'], { cwd: root });
      expect(run.status).toBe(2);
      expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'verdict_inconsistent', exit_code: 2 } });
      return run.stderr;
    };
    expect(await cut((v) => v.gates.pop())).toContain('has no blocking shard_merge gate');
    expect(await cut((v) => {
      const g = v.gates.at(-1)!;
      g.checks = g.checks.filter((c) => c.status === 'pass');
      g.raw_status = 'pass';
      g.status = 'pass';
      delete g.reason;
    })).toContain('lacks its shards_complete, unique_gates check(s)');
    expect(await cut((v) => {
      const g = v.gates.at(-1)!;
      g.checks = ['shards_complete', 'unique_gates', 'planned_gates_present', 'same_evidence'].map((id) => ({ id, status: 'pass' as const, code: 'ok', message: 'fine' }));
      g.raw_status = 'pass';
      g.status = 'pass';
      delete g.reason;
    })).toContain('a shard index is merged twice');
  }, 60_000);
});

describe('a run told what time it is (verify --now)', () => {
  /**
   * A report 7.5 days old under a 7d bound: stale at `at`, fresh to a run whose clock was pinned 13 hours before `at`
   * (`at`: now, or a month back for a replay).
   */
  function backdated(at = Date.now()) {
    const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
    const { root } = repo({ 'report.json': { generated_at: iso(at - 7.5 * 86_400_000), passed: 412 }, 'gate-engine.config.yaml': configYaml([{ id: 'r', type: 'artifact_present', options: { path: 'report.json', max_age: '7d' } }] as never[]) });
    return { root, pinned: iso(at - 13 * 3_600_000), checkedAt: iso(at) };
  }
  const codesOf = (run: { stdout: string }) => (JSON.parse(run.stdout) as { reasons: { code: string }[] }).reasons.map((r) => r.code);

  it('a verdict of a backdated run, whose 7d bound passed a report 7.5 days old, is clock_pinned to a check on the real clock (exit 1), and to one told the present with --now (exit 1)', async () => {
    const { root, pinned, checkedAt } = backdated();
    expect(await verifyIn(root)).toBe(1);
    expect(await verifyIn(root, '--now', pinned)).toBe(0);
    expect(readVerdictJson(join(root, 'gate-engine-out', 'full_suite_verdict.json')).clock).toBe('pinned');
    const run = await cli(['check', 'gate-engine-out/full_suite_verdict.json', '--root', root, '--json'], { cwd: root });
    expect({ status: run.status, codes: codesOf(run) }).toEqual({ status: 1, codes: ['clock_pinned'] });
    // A release script that writes the present out (--now "$(date -u +%FT%TZ)") is on the real clock all the same.
    const toldNow = await cli(['check', 'gate-engine-out/full_suite_verdict.json', '--root', root, '--now', checkedAt, '--json'], { cwd: root });
    expect({ status: toldNow.status, codes: codesOf(toldNow) }).toEqual({ status: 1, codes: ['clock_pinned'] });
  }, 60_000);

  it('a check whose clock is pinned too, a month back (a replay), accepts it, and a run on the real clock records none (exit 0)', async () => {
    const { root, pinned, checkedAt } = backdated(Date.now() - 30 * 86_400_000);
    expect(await verifyIn(root, '--now', pinned)).toBe(0);
    const replay = await cli(['check', 'gate-engine-out/full_suite_verdict.json', '--root', root, '--now', checkedAt, '--json'], { cwd: root });
    expect({ status: replay.status, stdout: JSON.parse(replay.stdout) as unknown }).toMatchObject({ status: 0, stdout: { promote: true, reasons: [] } });
    const fresh = repo().root;
    expect(await verifyIn(fresh)).toBe(0);
    expect(readVerdictJson(join(fresh, 'gate-engine-out', 'full_suite_verdict.json')).clock).toBeUndefined();
    const run = await cli(['check', 'gate-engine-out/full_suite_verdict.json', '--root', fresh, '--json'], { cwd: fresh });
    expect({ status: run.status, stdout: JSON.parse(run.stdout) as unknown }).toMatchObject({ status: 0, stdout: { promote: true, reasons: [] } });
  }, 60_000);
});

describe('a verdict of another engine version', () => {
  it('is engine_mismatch (exit 1): it was judged by other rules', async () => {
    const { root } = repo();
    expect(await verifyIn(root, '--now', NOW)).toBe(0);
    const v = readVerdictJson(join(root, 'gate-engine-out', 'full_suite_verdict.json'));
    v.engine = { ...v.engine, version: '0.0.1' };
    const copy = join(tempDir(), 'old-engine.json');
    writeFileSync(copy, JSON.stringify(v, null, 2));
    expect(await check(root, copy)).toEqual({ status: 1, codes: ['engine_mismatch'] });
  }, 60_000);
});

describe('evidence regenerated after the run', () => {
  it('an untracked report that fails now is evidence_changed (exit 1); gone, it proves nothing either way', async () => {
    const { root } = repo({ 'gate-engine.config.yaml': configYaml([status('a'), status('b'), status('c')] as never[]) });
    writeFileSync(join(root, 'c.json'), JSON.stringify({ status: 'pass' }));
    expect(await verifyIn(root, '--now', NOW)).toBe(0);
    const verdict = 'gate-engine-out/full_suite_verdict.json';
    expect(await check(root, verdict)).toEqual({ status: 0, codes: [] });
    writeFileSync(join(root, 'c.json'), JSON.stringify({ status: 'fail' }));
    expect(await check(root, verdict)).toEqual({ status: 1, codes: ['evidence_changed'] });
    rmSync(join(root, 'c.json'));
    expect(await check(root, verdict)).toEqual({ status: 0, codes: [] });
  }, 60_000);

  it('a named pipe put in place of a report is evidence_changed (exit 1); check never blocks reading it', async () => {
    const { root } = repo({ 'gate-engine.config.yaml': configYaml([status('a'), status('b'), status('c')] as never[]) });
    writeFileSync(join(root, 'c.json'), JSON.stringify({ status: 'pass' }));
    expect(await verifyIn(root, '--now', NOW)).toBe(0);
    rmSync(join(root, 'c.json'));
    execFileSync('mkfifo', [join(root, 'c.json')]);
    expect(await checkInChild(root, 'gate-engine-out/full_suite_verdict.json')).toEqual({ status: 1, codes: ['evidence_changed'] });
  }, 60_000);
});

describe('evidence regenerated after the run, read where check used to look away', () => {
  /** A passing run that judged the untracked report `dir/c.json`. */
  async function reportRun(dir: string, ...args: string[]) {
    const gates = [status('a'), status('b'), { ...status('c'), options: { ...status('c').options, path: `${dir}/c.json` } }];
    const { root } = repo({ 'gate-engine.config.yaml': configYaml(gates as never[]) });
    mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, dir, 'c.json'), JSON.stringify({ status: 'pass' }));
    expect(await verifyIn(root, '--now', NOW, ...args)).toBe(0);
    return root;
  }

  it('a report that fails now, beside a copy of the verdict (a directory holding a verdict is engine output), is evidence_changed (exit 1); unchanged it promotes', async () => {
    const root = await reportRun('reports');
    cpSync(join(root, 'gate-engine-out', 'full_suite_verdict.json'), join(root, 'reports', 'full_suite_verdict.json'));
    expect(await check(root, 'reports/full_suite_verdict.json')).toEqual({ status: 0, codes: [] });
    writeFileSync(join(root, 'reports', 'c.json'), JSON.stringify({ status: 'fail' }));
    expect(await check(root, 'reports/full_suite_verdict.json')).toEqual({ status: 1, codes: ['evidence_changed'] });
  }, 60_000);

  it('a report judged in the directory the config names for output, by a run told --out elsewhere, that fails now is evidence_changed (exit 1)', async () => {
    const root = await reportRun('gate-engine-out', '--out', 'ci-out');
    expect(await check(root, 'ci-out/full_suite_verdict.json')).toEqual({ status: 0, codes: [] });
    writeFileSync(join(root, 'gate-engine-out', 'c.json'), JSON.stringify({ status: 'fail' }));
    expect(await check(root, 'ci-out/full_suite_verdict.json')).toEqual({ status: 1, codes: ['evidence_changed'] });
  }, 60_000);

  it('a report replaced by a link out of the root, or by a link to nothing, is evidence_changed (exit 1): only a path with nothing at it is gone', async () => {
    const root = await reportRun('reports');
    const outside = join(tempDir(), 'c.json');
    writeFileSync(outside, JSON.stringify({ status: 'fail' }));
    rmSync(join(root, 'reports', 'c.json'));
    symlinkSync(outside, join(root, 'reports', 'c.json'));
    expect(await check(root, 'gate-engine-out/full_suite_verdict.json')).toEqual({ status: 1, codes: ['evidence_changed'] });
    rmSync(join(root, 'reports', 'c.json'));
    symlinkSync('nowhere.json', join(root, 'reports', 'c.json'));
    expect(await check(root, 'gate-engine-out/full_suite_verdict.json')).toEqual({ status: 1, codes: ['evidence_changed'] });
    // Gone, and its directory gone too: a fresh checkout, which proves nothing either way.
    rmSync(join(root, 'reports'), { recursive: true });
    writeFileSync(join(root, 'reports'), 'not a directory');
    expect(await check(root, 'gate-engine-out/full_suite_verdict.json')).toEqual({ status: 0, codes: [] });
  }, 60_000);
});

describe('evidence regenerated after the run, behind a tree entry', () => {
  /** A checkout with 40 untracked logs that one gate reads: past the threshold, a verdict records them as one tree entry and its listing. */
  function logsRepo() {
    const logs = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`logs/t${i}.txt`, `test ${i} ok\n`]));
    const gates = [{ id: 'logs', type: 'artifact_present', options: { glob: 'logs/*.txt', min_matches: 40 } }, status('a')];
    const ignored = 'gate-engine-out\n.gate-engine-out.runs/\nlogs/\ns1\ns2\nmerged\n.s1.runs/\n.s2.runs/\n.merged.runs/\n';
    return repo({ ...logs, '.gitignore': ignored, 'gate-engine.config.yaml': configYaml(gates as never[]) }).root;
  }

  async function logsRun() {
    const root = logsRepo();
    expect(await verifyIn(root, '--now', NOW)).toBe(0);
    expect(readVerdictJson(join(root, 'gate-engine-out', 'full_suite_verdict.json')).gates[0]?.artifacts).toMatchObject([{ kind: 'tree', files: 40 }]);
    return root;
  }

  it('merged shards carry their listings: a log emptied since the shard run is evidence_changed (exit 1), unchanged it promotes', async () => {
    const root = logsRepo();
    expect(await verifyIn(root, '--shard', '1/2', '--run-id', 'ci-9', '--out', 's1', '--now', NOW)).toBe(0);
    expect(await verifyIn(root, '--shard', '2/2', '--run-id', 'ci-9', '--out', 's2', '--now', NOW)).toBe(0);
    const merge = await cli(['merge', 's1/full_suite_verdict.json', 's2/full_suite_verdict.json', '--out', 'merged', '--now', NOW], { cwd: root });
    expect(merge.status, merge.stderr).toBe(0);
    expect(readFileSync(join(root, 'merged', 'scanned', 'logs.jsonl'), 'utf8')).toBe(readFileSync(join(root, 's1', 'scanned', 'logs.jsonl'), 'utf8'));
    expect(await check(root, 'merged/full_suite_verdict.json')).toEqual({ status: 0, codes: [] });
    writeFileSync(join(root, 'logs', 't7.txt'), '');
    expect(await check(root, 'merged/full_suite_verdict.json')).toEqual({ status: 1, codes: ['evidence_changed'] });
  }, 60_000);

  it('a log emptied since the run, one of the files a tree entry collapses, is evidence_changed (exit 1)', async () => {
    const root = await logsRun();
    writeFileSync(join(root, 'logs', 't5.txt'), '');
    const run = await cli(['check', 'gate-engine-out/full_suite_verdict.json', '--root', root, '--now', LATER, '--json'], { cwd: root });
    expect(run.status).toBe(1);
    const reasons = (JSON.parse(run.stdout) as { reasons: { code: string; message: string }[] }).reasons;
    expect(reasons.map((r) => r.code)).toEqual(['evidence_changed']);
    expect(reasons[0]?.message).toContain('logs/t5.txt');
  }, 60_000);

  it('a verdict reached through a link (its listings beside the file the link leads to): a log emptied since the run is evidence_changed (exit 1), unchanged it promotes', async () => {
    const root = await logsRun();
    symlinkSync(join('gate-engine-out', 'full_suite_verdict.json'), join(root, 'latest-verdict.json'));
    expect(await check(root, 'latest-verdict.json')).toEqual({ status: 0, codes: [] });
    writeFileSync(join(root, 'logs', 't5.txt'), '');
    expect(await check(root, 'latest-verdict.json')).toEqual({ status: 1, codes: ['evidence_changed'] });
  }, 60_000);

  it('a verdict copied away from its listings, checked where the run left them (the config\'s output directory): a log emptied since the run is evidence_changed (exit 1), unchanged it promotes', async () => {
    const root = await logsRun();
    const copy = join(tempDir(), 'full_suite_verdict.json');
    cpSync(join(root, 'gate-engine-out', 'full_suite_verdict.json'), copy);
    expect(await check(root, copy)).toEqual({ status: 0, codes: [] });
    writeFileSync(join(root, 'logs', 't5.txt'), '');
    expect(await check(root, copy)).toEqual({ status: 1, codes: ['evidence_changed'] });
  }, 60_000);

  it('the same tree unchanged, or its files gone (a fresh checkout), promotes (exit 0)', async () => {
    const root = await logsRun();
    expect(await check(root, 'gate-engine-out/full_suite_verdict.json')).toEqual({ status: 0, codes: [] });
    rmSync(join(root, 'logs'), { recursive: true });
    expect(await check(root, 'gate-engine-out/full_suite_verdict.json')).toEqual({ status: 0, codes: [] });
  }, 60_000);
});

describe('assessVerdict (library) on a waived verdict', () => {
  it('without the declared waivers (waiverBook) or digests, a waiver copied onto a failing gate cannot be seen: waiver_mismatch', async () => {
    const { assessVerdict, assessVerdictInRepo } = await import('../../src/assess.js');
    const { verify } = await import('../../src/verify.js');
    const WAIVER = '[waiver.b]\nowner = "TopazForest"\ncreated = "2026-03-01"\nexpires = "2026-03-20"\nbead = "bd-1f42"\nreason = "upstream bug"\nscope = "both"\nremove_when = "when bd-1f42 is closed"\n';
    const { root, head } = repo({ 'b.json': { status: 'fail' }, 'waivers.toml': WAIVER, 'gate-engine.config.yaml': configYaml([status('a'), status('b')] as never[], { waivers: { sources: ['waivers.toml'] } }) });
    const { verdict } = await verify({ root, now: NOW, write: false });
    expect(verdict.verdict).toBe('warn');
    const codes = assessVerdict(verdict, { clockPinned: true, now: new Date(LATER), commit: head, trustGateList: true }).reasons.map((r) => r.code);
    expect(codes).toEqual(['waiver_mismatch']);
    expect(await assessVerdictInRepo(verdict, { root, clockPinned: true, now: new Date(LATER) })).toEqual({ promote: true, reasons: [] });
  }, 60_000);
});

describe('a waiver never covers an overclaim', () => {
  it('a verdict edited to waive claim_tier_order failing with forbidden_claim is inconsistent', async () => {
    const { verify } = await import('../../src/verify.js');
    const { verdictInconsistencies } = await import('../../src/core/consistency.js');
    const { BUILTIN_GATES } = await import('../../gates/index.js');
    const root = join(REPO_ROOT, 'fixtures/scenarios/claim_tier_order/waiver_does_not_cover_forbidden_claim');
    const { verdict } = await verify({ root, now: NOW, write: false });
    const gate = verdict.gates[0]!;
    expect(gate).toMatchObject({ status: 'fail', reason: 'forbidden_claim' });
    const forged = structuredClone(verdict);
    const waiver = forged.waivers.unused[0]!;
    const applied = { source: waiver.source, owner: waiver.owner, bead: waiver.bead, reason: 'release text being rewritten', created: '2026-03-01', expires: waiver.expires, scope: 'both', remove_when: 'release notes reviewed', state: 'active' as const, days_remaining: 10 };
    forged.gates[0] = { ...gate, status: 'waived', waiver: applied };
    forged.waivers.applied = [{ ...applied, gate_id: gate.id, raw_status: 'fail' }];
    forged.waivers.unused = [];
    const types = new Map(BUILTIN_GATES.map((g) => [g.type, g]));
    expect(verdictInconsistencies(forged, types).map((p) => p.pointer)).toContain('/gates/0/status');
  });
});

describe('edited verdicts the refold alone cannot explain (red team hj)', () => {
  it('a failing check turned into a warning (its finding code kept), the gate and counts refolded to warn: verdict_inconsistent (exit 2), not a promotable warn', async () => {
    const { root, forged, b } = await failedRunToForge();
    const at = b.checks.findIndex((c) => c.status === 'fail');
    const failing = b.checks[at];
    if (failing === undefined) throw new Error('fixture');
    failing.status = 'warn';
    b.raw_status = 'warn';
    b.status = 'warn';
    b.reason = failing.code;
    const copy = writeForged(forged, { refold: true });
    expect(readVerdictJson(copy).verdict).toBe('warn');
    const run = await cli(['check', copy, '--root', root, '--now', LATER, '--json'], { cwd: root });
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'verdict_inconsistent', exit_code: 2 } });
    expect(run.stderr).toContain(`/gates/1/checks/${at}/status: gate b: check ${failing.id} warns with code "${failing.code}"`);
  }, 60_000);

  it('merge\'s own shard_merge gate never warns: its missing_shard failure edited into a warning is verdict_inconsistent (exit 2)', async () => {
    const { root } = repo();
    expect(await verifyIn(root, '--shard', '1/2', '--run-id', 'ci-hj', '--out', 's1', '--now', NOW)).toBe(0);
    expect((await cli(['merge', 's1/full_suite_verdict.json', '--out', 'merged', '--now', NOW], { cwd: root })).status).toBe(1);
    const forged = readVerdictJson(join(root, 'merged', 'full_suite_verdict.json'));
    const gate = forged.gates.find((g) => g.id === 'shard_merge');
    const at = gate?.checks.findIndex((c) => c.code === 'missing_shard') ?? -1;
    const failing = gate?.checks[at];
    if (gate === undefined || failing === undefined) throw new Error('fixture');
    failing.status = 'warn';
    gate.raw_status = 'warn';
    gate.status = 'warn';
    gate.reason = 'missing_shard';
    const copy = writeForged(forged, { refold: true });
    const run = await cli(['check', copy, '--root', root, '--now', LATER, '--json', '--allow-partial'], { cwd: root });
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'verdict_inconsistent', exit_code: 2 } });
    expect(run.stderr).toContain(`checks/${at}/status: gate shard_merge: check shards_complete warns with code "missing_shard"`);
  }, 60_000);

  it('an unwaivable failure (claim_tier_order, forbidden_claim) waived in an edited verdict whose gate was relabelled with a type that waives it: config_mismatch (exit 1)', async () => {
    const root = tempDir();
    cpSync(join(REPO_ROOT, 'fixtures/scenarios/claim_tier_order/waiver_does_not_cover_forbidden_claim'), root, { recursive: true });
    rmSync(join(root, 'expected.yaml'));
    writeFileSync(join(root, '.gitignore'), 'gate-engine-out\n.gate-engine-out.runs/\n');
    commitAll(root);
    expect(await verifyIn(root, '--now', NOW)).toBe(1);
    const forged = readVerdictJson(join(root, 'gate-engine-out', 'full_suite_verdict.json'));
    const gate = forged.gates[0];
    const unused = forged.waivers.unused[0];
    if (gate === undefined || unused === undefined) throw new Error('fixture');
    expect(gate).toMatchObject({ type: 'claim_tier_order', status: 'fail', reason: 'forbidden_claim' });
    const waiver = { source: unused.source, owner: unused.owner, bead: unused.bead, reason: 'release text being rewritten', created: '2026-03-01', expires: unused.expires, scope: 'both' as const, remove_when: 'release notes reviewed', state: 'active' as const, days_remaining: 10 };
    forged.gates[0] = { ...gate, type: 'artifact_status', status: 'waived', waiver };
    forged.waivers.applied = [{ ...waiver, gate_id: gate.id, raw_status: 'fail' }] as never;
    forged.waivers.unused = [];
    const copy = writeForged(forged, { refold: true });
    expect(readVerdictJson(copy).verdict).toBe('warn');
    const run = await cli(['check', copy, '--root', root, '--now', LATER, '--json'], { cwd: root });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as { reasons: { code: string; message: string }[] };
    expect({ status: run.status, codes: out.reasons.map((r) => r.code) }).toEqual({ status: 1, codes: ['config_mismatch'] });
    expect(out.reasons[0]?.message).toContain('gate claim_tier_order is of type "artifact_status" in the verdict but "claim_tier_order" in the config');
  }, 60_000);
});

describe('quarantines at promotion time (red team hj)', () => {
  /** The quarantine_expiring_soon scenario (a quarantine expiring 2026-03-12) as a committed checkout, verified on NOW. */
  async function quarantinedRun(): Promise<string> {
    const root = tempDir();
    cpSync(join(REPO_ROOT, 'fixtures/scenarios/suite_classification/quarantine_expiring_soon'), root, { recursive: true });
    rmSync(join(root, 'expected.yaml'));
    writeFileSync(join(root, '.gitignore'), 'gate-engine-out\n.gate-engine-out.runs/\n');
    commitAll(root);
    expect(await verifyIn(root, '--now', NOW)).toBe(0);
    return root;
  }
  const checkAt = async (root: string, now: string) => {
    const run = await cli(['check', 'gate-engine-out/full_suite_verdict.json', '--root', root, '--now', now, '--max-age', '7d', '--json'], { cwd: root });
    expect(run.stderr).toBe('');
    return { status: run.status, codes: (JSON.parse(run.stdout) as { reasons: { code: string }[] }).reasons.map((r) => r.code) };
  };

  it('a verdict whose flaky suite was quarantined until 2026-03-12 promotes that day, and is quarantine_expired (exit 1) the day after, within --max-age', async () => {
    const root = await quarantinedRun();
    expect(await checkAt(root, '2026-03-12T23:00:00Z')).toEqual({ status: 0, codes: [] });
    expect(await checkAt(root, '2026-03-13T01:00:00Z')).toEqual({ status: 1, codes: ['quarantine_expired'] });
  }, 60_000);
});
