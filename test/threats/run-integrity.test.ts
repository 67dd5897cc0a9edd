/**
 * Red team, session 7 (run integrity and verdict consumption): ways a run, or `gate-engine check` on its
 * verdict, could say PASS / PROMOTE without proof — each through the real CLI on real git checkouts, with
 * the exact reason code and exit code, and the sound sibling that still passes.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeChecks } from '../../src/core/fold.js';
import type { Verdict } from '../../src/core/types.js';
import { runCli, runCliInProcess as cli } from '../helpers/cli.js';
import { configYaml } from '../helpers/config.js';
import { writeForged } from '../helpers/forge.js';
import { gitRepo, statusGate } from '../helpers/git-repo.js';
import { REPO_ROOT, removeTempDirs, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';
const LATER = '2026-03-10T13:00:00Z';
const KEY = 'k'.repeat(40);
const status = statusGate;

const repo = gitRepo;

/** A command run through the CLI: in a child process (the binary), or the CLI's own entry in this process. */
type Runner = typeof cli;
const inChild: Runner = async (args, options) => runCli(args, options);

const verifyBy = (run: Runner) => async (root: string, env: NodeJS.ProcessEnv = {}, ...args: string[]) => {
  const result = await run(['verify', '--root', root, '--now', NOW, ...args], { cwd: root, env });
  expect(result.stderr).toBe('');
  return result.status;
};

const checkBy = (run: Runner) => async (root: string, env: NodeJS.ProcessEnv = {}, ...args: string[]) => {
  const result = await run(['check', join(root, 'gate-engine-out', 'full_suite_verdict.json'), '--root', root, '--now', LATER, '--json', ...args], { cwd: root, env });
  expect(result.stderr).toBe('');
  const out = JSON.parse(result.stdout) as { reasons: { code: string }[] };
  return { status: result.status, codes: out.reasons.map((r) => r.code) };
};

/**
 * The signing key is the process's environment, which the engine's own git commands and command gates inherit: the tests
 * about where the key goes run the binary, the rest the CLI's entry in this process (no Node start and engine load per
 * command). The readers that ask for a signature take the key from the CLI's environment (as the entry is handed it):
 * those run in this process, one refusal through the binary.
 */
const verifyIn = verifyBy(cli);
const check = checkBy(cli);
const verifyInChild = verifyBy(inChild);
const checkInChild = checkBy(inChild);

const verdictOf = (root: string) => JSON.parse(readFileSync(join(root, 'gate-engine-out', 'full_suite_verdict.json'), 'utf8')) as Verdict;

describe('the signing key never reaches the code under review', () => {
  // The command stands for a test suite: with the key it could sign any verdict it writes.
  const probe = { id: 'tests', type: 'command', options: { run: ['node', '-e', "process.exit(process.env.GATE_ENGINE_SIGNING_KEY === undefined ? 0 : 9)"] } };

  it('a command gate does not inherit GATE_ENGINE_SIGNING_KEY; the verdict is still signed and promotes', async () => {
    const { root } = repo({}, [probe, status('a')]);
    expect(await verifyInChild(root, { GATE_ENGINE_SIGNING_KEY: KEY })).toBe(0);
    expect(verdictOf(root).signature?.algorithm).toBe('hmac-sha256');
    expect(await checkInChild(root, { GATE_ENGINE_SIGNING_KEY: KEY })).toEqual({ status: 0, codes: [] });
  }, 60_000);

  it('nor through a shell, while the rest of the environment still arrives', async () => {
    const shell = { id: 'tests', type: 'command', options: { shell: true, run: 'test -z "$GATE_ENGINE_SIGNING_KEY" && test -n "$PATH" && test "$KEEP" = yes' } };
    const { root } = repo({}, [shell]);
    expect(await verifyInChild(root, { GATE_ENGINE_SIGNING_KEY: KEY, KEEP: 'yes' })).toBe(0);
  }, 60_000);
});

describe('a clean tree is proved, never assumed', () => {
  const failingB = { 'b.json': { status: 'fail' } };
  // Drop failing gate b from the config in the working tree only, hiding that edit from `git status`.
  const dropB = (root: string) => writeFileSync(join(root, 'gate-engine.config.yaml'), configYaml([status('a')] as never[]));

  for (const flag of ['--assume-unchanged', '--skip-worktree']) {
    it(`a config edited under update-index ${flag}: the run is dirty and check says dirty_tree (exit 1)`, async () => {
      const { root, git } = repo(failingB);
      git('update-index', flag, 'gate-engine.config.yaml');
      dropB(root);
      expect(git('status', '--porcelain', '--untracked-files=no')).toBe('');
      expect(await verifyIn(root)).toBe(0);
      expect(verdictOf(root).git?.dirty).toBe(true);
      // The config read is not HEAD's bytes either (isTracked compares them): config_mismatch beside the dirty tree.
      expect(await check(root)).toEqual({ status: 1, codes: ['dirty_tree', 'dirty_tree', 'config_mismatch'] });
    }, 60_000);
  }

  it('a corrupt index (git status fails, HEAD still reads): dirty_tree (exit 1)', async () => {
    const { root } = repo();
    expect(await verifyIn(root)).toBe(0);
    expect(verdictOf(root).git?.dirty).toBe(false);
    writeFileSync(join(root, '.git', 'index'), 'garbage');
    expect(await check(root)).toEqual({ status: 1, codes: ['dirty_tree', 'config_mismatch'] });
  }, 60_000);

  it('a sparse checkout whose skip-worktree files are absent hides nothing: the run is clean and promotes', async () => {
    const { root, git } = repo({ 'docs/readme.md': 'docs\n' });
    git('sparse-checkout', 'set', '--no-cone', '/*', '!/docs/');
    expect(git('ls-files', '-v', 'docs/readme.md').startsWith('S ')).toBe(true);
    expect(await verifyIn(root)).toBe(0);
    expect(verdictOf(root).git?.dirty).toBe(false);
    expect(await check(root)).toEqual({ status: 0, codes: [] });
  }, 60_000);
});

describe('the checkout stays the commit for the whole run', () => {
  const suite = { id: 'suite', type: 'suite_classification', options: { manifest: 'tests/suite_classification.toml', tests_glob: 'tests/*.rs' } };
  const files = {
    'tests/a.rs': '#[test] fn a() {}\n',
    'tests/unlisted.rs': '#[test] fn unlisted() {}\n',
    'tests/suite_classification.toml': '[suite.unit]\nfiles = ["a"]\n',
  };

  /** Verify in `root`, then check the verdict from a fresh clone of the same commit (as a release job does). */
  async function checkFromClone(root: string) {
    const clone = workspace({});
    execFileSync('git', ['clone', '-q', root, clone]);
    const copy = join(clone, 'verdict.json');
    writeFileSync(copy, readFileSync(join(root, 'gate-engine-out', 'full_suite_verdict.json')));
    const run = await cli(['check', copy, '--root', clone, '--now', LATER, '--json'], { cwd: clone });
    expect(run.stderr).toBe('');
    return { status: run.status, codes: (JSON.parse(run.stdout) as { reasons: { code: string }[] }).reasons.map((r) => r.code) };
  }

  it('a command that deletes a tracked, unclassified test before the classification lists the tests: the run is dirty, check from a clean clone says dirty_tree (exit 1)', async () => {
    const hide = { id: 'build', type: 'command', options: { run: ['node', '-e', "require('fs').rmSync('tests/unlisted.rs')"] } };
    const { root } = repo(files, [hide, suite]);
    expect(await verifyIn(root)).toBe(0);
    expect(verdictOf(root).git?.dirty).toBe(true);
    expect(await checkFromClone(root)).toEqual({ status: 1, codes: ['dirty_tree'] });
  }, 60_000);

  it('a command that writes only untracked, ignored output leaves the run clean: check from a clone promotes', async () => {
    const build = { id: 'build', type: 'command', options: { run: ['node', '-e', "require('fs').writeFileSync('gate-engine-out.build.log', 'ok')"] } };
    const { root } = repo({ ...files, 'tests/suite_classification.toml': '[suite.unit]\nfiles = ["a", "unlisted"]\n', '.gitignore': 'gate-engine-out\n.gate-engine-out.runs/\ngate-engine-out.build.log\n' }, [build, suite]);
    expect(await verifyIn(root)).toBe(0);
    expect(verdictOf(root).git?.dirty).toBe(false);
    expect(await checkFromClone(root)).toEqual({ status: 0, codes: [] });
  }, 60_000);
});

describe('a verdict is of one root of the repository', () => {
  // Two roots with the same config; their evidence is produced in CI (ignored by git), so a clone holds none.
  function monorepo() {
    const config = configYaml([status('a')] as never[]);
    const { root, git } = repo({
      'gate-engine.config.yaml': config,
      'svc-one/gate-engine.config.yaml': config,
      'svc-two/gate-engine.config.yaml': config,
      '.gitignore': 'gate-engine-out\n.gate-engine-out.runs/\na.json\nb.json\n',
    });
    writeFileSync(join(root, 'svc-one', 'a.json'), JSON.stringify({ status: 'pass' }));
    return { root, git };
  }

  it('the verdict of svc-one checked for svc-two (same commit, same config, its evidence absent): root_mismatch (exit 1)', async () => {
    const { root } = monorepo();
    const one = join(root, 'svc-one');
    expect(await verifyIn(one)).toBe(0);
    expect(verdictOf(one).git?.path).toBe('svc-one');
    const run = await cli(['check', join(one, 'gate-engine-out', 'full_suite_verdict.json'), '--root', join(root, 'svc-two'), '--now', LATER, '--json'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stdout) as { reasons: { code: string }[] }).reasons.map((r) => r.code)).toEqual(['root_mismatch']);
  }, 60_000);

  it('checked for its own root it promotes', async () => {
    const { root } = monorepo();
    const one = join(root, 'svc-one');
    expect(await verifyIn(one)).toBe(0);
    expect(await check(one)).toEqual({ status: 0, codes: [] });
  }, 60_000);
});

describe('with the signing key, every reader that decides from a recorded verdict asks for its signature', () => {
  const signed = { GATE_ENGINE_SIGNING_KEY: KEY };

  /** A run in which b fails, signed; and the same verdict forged with care: b's failing check and detail rewritten, refolded. */
  async function failedAndForged() {
    const { root } = repo({ 'b.json': { status: 'fail' } });
    expect(await verifyIn(root, signed)).toBe(1);
    const real = join(root, 'gate-engine-out', 'full_suite_verdict.json');
    const forged = verdictOf(root);
    const b = forged.gates.find((g) => g.id === 'b');
    if (b === undefined) throw new Error('fixture');
    b.checks = b.checks.map((c) => (c.status === 'fail' ? { id: c.id, status: 'pass', code: 'ok', message: 'forged' } : c));
    Object.assign(b, { raw_status: 'pass', status: 'pass', detail: describeChecks('pass', b.checks, undefined) });
    delete b.reason;
    return { root, real, forgedPath: writeForged(forged, { refold: true }) };
  }

  it('diff: a forged current verdict in which b passes is refused (exit 2, baseline_invalid); the signed pair is diffed', async () => {
    const { root, real, forgedPath } = await failedAndForged();
    const refused = await cli(['diff', real, forgedPath, '--out', workspace({}), '--json'], { cwd: root, env: signed });
    expect(refused.status).toBe(2);
    expect(JSON.parse(refused.stdout)).toMatchObject({ error: { code: 'baseline_invalid' } });
    expect(refused.stderr).toContain('signature_mismatch');
    const sound = await cli(['diff', real, real, '--out', workspace({}), '--json'], { cwd: root, env: signed });
    expect(sound.stderr).toBe('');
    expect(sound.status).toBe(0);
  }, 60_000);

  it('verify --rerun-from and --diff-from: a forged verdict is refused (exit 2, rerun_invalid / baseline_invalid)', async () => {
    const { root, forgedPath } = await failedAndForged();
    const rerun = await cli(['verify', '--root', root, '--now', NOW, '--rerun-from', forgedPath, '--json'], { cwd: root, env: signed });
    expect(rerun.status).toBe(2);
    expect(JSON.parse(rerun.stdout)).toMatchObject({ error: { code: 'rerun_invalid' } });
    const baseline = await cli(['verify', '--root', root, '--now', NOW, '--diff-from', forgedPath, '--json'], { cwd: root, env: signed });
    expect(baseline.status).toBe(2);
    expect(JSON.parse(baseline.stdout)).toMatchObject({ error: { code: 'baseline_invalid' } });
  }, 60_000);

  it('report: a forged passing verdict is not rendered as a pass (exit 2, verdict_invalid); the real one reports its failure (exit 1)', async () => {
    const { root, real, forgedPath } = await failedAndForged();
    // The binary: exit 2 and the reason on stderr, from a process handed the key.
    const forged = runCli(['report', forgedPath, '--format', 'json'], { cwd: root, env: signed });
    expect(forged.status).toBe(2);
    expect(forged.stderr).toContain('signature_mismatch');
    const sound = await cli(['report', real, '--format', 'json'], { cwd: root, env: signed });
    expect(sound.stderr).toBe('');
    expect(sound.status).toBe(1);
  }, 60_000);
});

describe('no gate reads the signing key', () => {
  it('a config naming GATE_ENGINE_SIGNING_KEY as the claimed tier variable: the key is not in the verdict, the report or stdout; the claim is unset', async () => {
    const source = join(REPO_ROOT, 'fixtures', 'scenarios', 'claim_tier_order', 'claimed_tier_unknown');
    const root = workspace({});
    cpSync(source, root, { recursive: true });
    rmSync(join(root, 'expected.yaml'));
    const config = readFileSync(join(root, 'gate-engine.config.yaml'), 'utf8').replace(/claimed_tier: .*/, 'claimed_tier_env: GATE_ENGINE_SIGNING_KEY');
    writeFileSync(join(root, 'gate-engine.config.yaml'), config);
    const run = runCli(['verify', '--root', root, '--now', NOW], { cwd: root, env: { GATE_ENGINE_SIGNING_KEY: KEY } });
    expect(run.stderr).toBe('');
    const out = join(root, 'gate-engine-out');
    for (const file of readdirSync(out)) expect(readFileSync(join(out, file), 'utf8'), file).not.toContain(KEY);
    expect(run.stdout).not.toContain(KEY);
    const gate = verdictOf(root).gates[0];
    expect(gate?.checks.find((c) => c.id === 'claimed_tier_known')).toMatchObject({ status: 'pass', message: expect.stringContaining('no tier is claimed') });
  }, 60_000);
});
