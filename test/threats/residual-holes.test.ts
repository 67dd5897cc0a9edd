/**
 * Residual red-team holes in already-resolved areas (issues 9, 10, 14, 17), each turned into a
 * fixture with its exact code. Scenario fixtures cover the gate-level ones
 * (artifact_present/nested_hollow_documents, artifact_lineage/degenerate_run_ids,
 * artifact_status/lineage_degenerate_run_id); these cover the engine-level ones.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { EngineError } from '../../src/core/errors.js';
import { verify } from '../../src/index.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';
import { commitAll } from '../helpers/git-repo.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';

describe('degenerate run ids', () => {
  it.each(['0', '000', '-1', 'null', 'none', 'n/a', 'false'])('--run-id %s is a usage error (exit 2), not the id of a run', async (runId) => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'p', type: 'artifact_present', options: { path: 'r.json' } }]), 'r.json': '{"ok":true}' });
    const e = await verify({ root, out: tempDir(), now: NOW, runId }).then(() => undefined, (err: unknown) => err);
    expect(e).toBeInstanceOf(EngineError);
    expect((e as EngineError).code).toBe('usage');
    expect((e as EngineError).exitCode).toBe(2);
  });
});

describe('disabled gates, removed gates and edited waivers are visible to assessment', () => {
  const pass = (id: string, extra: Record<string, unknown> = {}) => ({ id, type: 'artifact_status', options: { path: `${id}.json`, pointer: '/status', allowed: ['pass'] }, ...extra });
  const WAIVER = '[waiver.b]\nowner = "TopazForest"\ncreated = "2026-03-01"\nexpires = "2026-03-20"\nbead = "bd-1f42"\nreason = "upstream bug"\nscope = "both"\nremove_when = "when bd-1f42 is closed"\n';
  function setup() {
    return workspace({
      'gate-engine.config.yaml': configYaml([pass('a'), pass('b'), pass('dropped', { enabled: false })], { waivers: { sources: ['waivers.toml'] } }),
      'a.json': '{"status":"pass"}',
      'b.json': '{"status":"fail"}',
      'dropped.json': '{"status":"fail"}',
      'waivers.toml': WAIVER,
    });
  }

  it('a gate switched off with enabled: false is recorded in the verdict with its config location', async () => {
    const root = setup();
    const { verdict } = await verify({ root, out: tempDir(), now: NOW });
    expect(verdict.disabled_gates).toEqual([{ id: 'dropped', status: 'disabled', config_pointer: '/gates/2/enabled', entry: 'file' }]);
    expect(verdict.config_gates_sha256).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(verdict.gates.map((g) => g.id)).toEqual(['a', 'b']);
  });

  it('a gate removed from gates and selection alike no longer matches the gate-list digest: verdict_inconsistent', async () => {
    const root = setup();
    const { verdict } = await verify({ root, out: tempDir(), now: NOW, write: false });
    const { verdictInconsistencies } = await import('../../src/core/consistency.js');
    const { summarize, foldGates, foldRun } = await import('../../src/core/fold.js');
    const edited = structuredClone(verdict);
    edited.gates = edited.gates.filter((g) => g.id !== 'b');
    edited.selection.selected = ['a'];
    edited.summary = summarize(edited.gates);
    edited.selection.gates_verdict = foldGates(edited.gates);
    edited.verdict = foldRun(edited.gates, true);
    edited.waivers.applied = [];
    expect(verdictInconsistencies(edited).map((p) => p.pointer)).toEqual(['/config_gates_sha256']);
  });

  it('assessment with the repository sees a consistently removed gate (config_mismatch), a switched-off gate and an edited waiver file (waiver_mismatch)', async () => {
    const { assessVerdict, assessVerdictInRepo } = await import('../../src/assess.js');
    const { configGatesDigest } = await import('../../src/core/verdict.js');
    const root = setup();
    const { verdict } = await verify({ root, out: tempDir(), now: NOW, write: false });
    const now = new Date('2026-03-10T12:30:00Z');
    expect(await assessVerdictInRepo(verdict, { root, clockPinned: true, now, trustCommit: true })).toEqual({ promote: true, reasons: [] });
    expect(assessVerdict(verdict, { clockPinned: true, now }).reasons.map((r) => r.code)).toEqual(['commit_unverified', 'config_unverified', 'waiver_mismatch']);

    // Remove gate b consistently, digest recomputed: only the config can tell.
    const { summarize, foldGates, foldRun } = await import('../../src/core/fold.js');
    const edited = structuredClone(verdict);
    edited.gates = edited.gates.filter((g) => g.id !== 'b');
    edited.selection.selected = ['a'];
    edited.summary = summarize(edited.gates);
    edited.selection.gates_verdict = foldGates(edited.gates);
    edited.verdict = foldRun(edited.gates, true);
    edited.waivers.applied = [];
    edited.config_gates_sha256 = configGatesDigest(['a'], ['dropped']);
    expect((await assessVerdictInRepo(edited, { root, clockPinned: true, now, trustCommit: true })).reasons.map((r) => r.code)).toContain('config_mismatch');

    // Switch a gate on/off in the config after the run: the gate-list digest differs.
    const switched = structuredClone(verdict);
    switched.disabled_gates = [];
    switched.config_gates_sha256 = configGatesDigest(['a', 'b'], []);
    expect((await assessVerdictInRepo(switched, { root, clockPinned: true, now, trustCommit: true })).reasons.map((r) => r.code)).toContain('config_mismatch');

    // The waiver file edited after the run (e.g. to match an edited verdict): waiver_mismatch.
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${root}/waivers.toml`, WAIVER.replace('upstream bug', 'upstream bug, extended'));
    // (twice: the digest differs, and the waiver applied is no longer the one the file declares)
    expect([...new Set((await assessVerdictInRepo(verdict, { root, clockPinned: true, now, trustCommit: true })).reasons.map((r) => r.code))]).toEqual(['waiver_mismatch']);
  });

  it('gate-engine check refuses a verdict whose waiver file changed since the run (exit 1, waiver_mismatch)', async () => {
    const { execFileSync } = await import('node:child_process');
    const { writeFileSync } = await import('node:fs');
    // What check and the fenced commands decide and print: the CLI's own entry in this process (the binary's exit codes
    // and streams are test/cli's and test/threats' child-process tests).
    const { runCliInProcess: runCli } = await import('../helpers/cli.js');
    const root = setup();
    writeFileSync(`${root}/.gitignore`, 'gate-engine-out\n.gate-engine-out.runs/\n');
    const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' });
    commitAll(root);
    expect((await runCli(['verify', '--root', root, '--now', NOW], { cwd: root })).status).toBe(0);
    expect((await runCli(['check', 'gate-engine-out/full_suite_verdict.json', '--now', '2026-03-10T12:30:00Z'], { cwd: root })).status).toBe(0);
    writeFileSync(`${root}/waivers.toml`, WAIVER.replace('upstream bug', 'other'));
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qam', 'edit waiver');
    const head = git('rev-parse', 'HEAD').trim();
    const run = await runCli(['check', 'gate-engine-out/full_suite_verdict.json', '--now', '2026-03-10T12:30:00Z', '--json'], { cwd: root });
    expect(run.status).toBe(1);
    const out = JSON.parse(run.stdout) as { reasons: { code: string }[] };
    expect(out.reasons.map((r) => r.code)).toContain('waiver_mismatch');
    expect(head).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe('under GitHub Actions, every command that echoes artifact text fences it', () => {
  /** The whole output sits between ::stop-commands::<token> and ::<token>::, and nothing outside runs as a command. */
  function expectFenced(out: string, echoes = true): void {
    const lines = out.split('\n').filter((l) => l !== '');
    const open = /^::stop-commands::([0-9a-f]{64})$/.exec(lines[0] ?? '');
    expect(open, out).not.toBeNull();
    expect(lines.at(-1)).toBe(`::${open?.[1]}::`);
    if (echoes) expect(lines.slice(1, -1).join('\n')).toContain('::error::pwned');
  }

  it('merge, diff, check and config', async () => {
    const { runCliInProcess: runCli } = await import('../helpers/cli.js');
    const root = workspace({
      'gate-engine.config.yaml': configYaml([{ id: 'ext', type: 'artifact_status', title: '::error::pwned title', options: { path: 'r.json', pointer: '/status', allowed: ['pass'] } }]),
      'r.json': JSON.stringify({ status: '::error::pwned' }),
      '.gitignore': 'gate-engine-out\n.gate-engine-out.runs/\nshard\nmerged\n',
    });
    commitAll(root);
    const env = { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: '' };
    expect((await runCli(['verify', '--now', NOW, '--format', 'json:gate-engine-out/x.json'], { cwd: root, env })).status).toBe(1);
    expect((await runCli(['verify', '--now', NOW, '--shard', '1/1', '--run-id', 'ci-42', '--out', 'shard', '--format', 'json:shard/x.json'], { cwd: root, env })).status).toBe(1);
    const merge = await runCli(['merge', 'shard/full_suite_verdict.json', '--out', 'merged', '--now', NOW], { cwd: root, env });
    expect(merge.status).toBe(1);
    expectFenced(merge.stdout);
    const diff = await runCli(['diff', 'gate-engine-out/full_suite_verdict.json', 'merged/full_suite_verdict.json', '--out', 'merged', '--now', NOW], { cwd: root, env });
    expectFenced(diff.stdout, false);
    const check = await runCli(['check', 'gate-engine-out/full_suite_verdict.json', '--now', NOW], { cwd: root, env });
    expect(check.status).toBe(1);
    expectFenced(check.stdout, false);
    const config = await runCli(['config'], { cwd: root, env });
    expect(config.status).toBe(0);
    expectFenced(config.stdout);
    // JSON output stays parseable (a JSON line never starts with ::).
    const json = await runCli(['merge', 'shard/full_suite_verdict.json', '--out', 'merged', '--now', NOW, '--json'], { cwd: root, env });
    expect(() => JSON.parse(json.stdout) as unknown).not.toThrow();
    for (const line of json.stdout.split('\n')) expect(line.trimStart().startsWith('::')).toBe(false);
  }, 60_000);
});
