/**
 * Red team B (identity, files and processes, consumption): the checkout is the code under review's to configure.
 * A command gate (a test suite) can run `git config`, `git replace` or write `.git/info/attributes`; each of these
 * made `git status` call an edited tree clean, so a tracked file deleted or rewritten during the run was promoted,
 * and an fsmonitor hook or a filter run by the engine's own `git status` read GATE_ENGINE_SIGNING_KEY. Each case runs
 * the real CLI on a real checkout and checks the verdict from a fresh clone, as a release job does.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/core/types.js';
import { runCli, runCliInProcess as cli } from '../helpers/cli.js';
import { gitRepo, statusGate } from '../helpers/git-repo.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';
const LATER = '2026-03-10T13:00:00Z';
const KEY = 'k'.repeat(40);

const suite = { id: 'suite', type: 'suite_classification', options: { manifest: 'tests/suite_classification.toml', tests_glob: 'tests/*.rs' } };
const files = {
  'tests/a.rs': '#[test] fn a() {}\n',
  'tests/unlisted.rs': '#[test] fn unlisted() {}\n',
  'tests/suite_classification.toml': '[suite.unit]\nfiles = ["a"]\n',
};
/** A command gate standing for a test suite: `script` runs in the root with sh, and must succeed. */
const command = (script: string) => ({ id: 'build', type: 'command', options: { shell: true, run: `set -e; ${script}` } });
/** Delete the unclassified test, then make git look away (the committed copy is kept at `$KEEP`). */
const HIDE_TEST = 'cp tests/unlisted.rs "$KEEP"; rm tests/unlisted.rs';

/** A command run through the CLI: in a child process (the binary), or the CLI's own entry in this process. */
type Runner = typeof cli;
const inChild: Runner = async (args, options) => runCli(args, options);

const verifyBy = (run: Runner) => async (root: string, env: NodeJS.ProcessEnv = {}) => {
  const result = await run(['verify', '--root', root, '--now', NOW], { cwd: root, env });
  expect(result.stderr).toBe('');
  return result.status;
};

const verdictOf = (root: string) => JSON.parse(readFileSync(join(root, 'gate-engine-out', 'full_suite_verdict.json'), 'utf8')) as Verdict;

/** `check` of the run's verdict from a fresh clone of the commit. */
const checkFromCloneBy = (run: Runner) => async (root: string, env: NodeJS.ProcessEnv = {}) => {
  const clone = workspace({});
  execFileSync('git', ['clone', '-q', root, clone]);
  const copy = join(clone, 'verdict.json');
  writeFileSync(copy, readFileSync(join(root, 'gate-engine-out', 'full_suite_verdict.json')));
  const result = await run(['check', copy, '--root', clone, '--now', LATER, '--json'], { cwd: clone, env });
  expect(result.stderr).toBe('');
  return { status: result.status, codes: (JSON.parse(result.stdout) as { reasons: { code: string }[] }).reasons.map((r) => r.code) };
};

/**
 * The git programs the engine starts inherit the process's environment: a test that hands the engine a variable git
 * or a program git runs reads (GIT_INDEX_FILE, the signing key) runs the binary; the rest the CLI's entry in this
 * process (no Node start and engine load per command).
 */
const verifyIn = verifyBy(cli);
const checkFromClone = checkFromCloneBy(cli);
const verifyInChild = verifyBy(inChild);
const checkFromCloneInChild = checkFromCloneBy(inChild);

describe('a command gate that deletes a tracked test and configures git to look away: the run is dirty, check says dirty_tree (exit 1)', () => {
  const KEEP = join(tempDir(), 'unlisted.rs');
  // Set in the script, not handed to verify: a command inherits the process's environment, and verify runs in this one.
  const keeping = (script: string) => `KEEP='${KEEP}'; ${script}`;
  const ways: [string, string][] = [
    // HEAD replaced by a commit without the test: HEAD's sha is unchanged, status compares with the replacement.
    ['git replace of HEAD by a commit without the file', `${HIDE_TEST}; git add -A tests; git replace HEAD "$(git commit-tree "$(git write-tree)" -p HEAD -m hidden)"`],
    // A sparse checkout that leaves the test out: its file is gone from the worktree, and git says it was never there.
    ['a sparse checkout set during the run that leaves the file out', "git sparse-checkout set --no-cone '/*' '!/tests/unlisted.rs'"],
    // No sparse checkout at all: the file's index entry alone flagged skip-worktree, then the file deleted.
    ['the file flagged skip-worktree during the run, then deleted (no sparse checkout configured)', `git update-index --skip-worktree tests/unlisted.rs; ${HIDE_TEST}`],
    // A worktree elsewhere: the status of a clean copy.
    ['core.worktree pointed at a clean copy', `${HIDE_TEST}; c="$KEEP.copy"; git worktree add -q --detach "$c" HEAD; git config core.worktree "$c"`],
  ];
  for (const [name, script] of ways) {
    it(name, async () => {
      const { root } = gitRepo(files, [command(keeping(script)), suite]);
      expect(await verifyIn(root)).toBe(0);
      expect(verdictOf(root).git?.dirty).toBe(true);
      expect(await checkFromClone(root)).toEqual({ status: 1, codes: ['dirty_tree'] });
    }, 60_000);
  }

  it('a sparse checkout set while the first read of the checkout is still running: the command waits for that read, the run is dirty', async () => {
    const { root } = gitRepo(files, [command(keeping("git sparse-checkout set --no-cone '/*' '!/tests/unlisted.rs'")), suite]);
    // A git on PATH that takes two seconds over the engine's first command of each read: a command gate started
    // beside the first read would change the settings before it finished, and both reads would agree.
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    const bin = tempDir();
    writeFileSync(join(bin, 'git'), `#!/bin/sh\nfor a in "$@"; do [ "$a" = --show-toplevel ] && sleep 2; done\nexec ${real} "$@"\n`, { mode: 0o755 });
    expect(await verifyInChild(root, { PATH: `${bin}:${process.env.PATH ?? ''}` })).toBe(0);
    expect(verdictOf(root).git?.dirty).toBe(true);
  }, 60_000);

  // A committed report (b.json says fail) rewritten to pass by the command, the rewrite hidden from git status.
  const rewrites: [string, string][] = [
    ['a clean filter in .git/info/attributes that gives the committed bytes back', 'cp b.json "$KEEP"; sed -i s/fail/pass/ b.json; printf "b.json filter=hide\\n" > "$(git rev-parse --git-path info/attributes)"; git config filter.hide.clean "cat $KEEP"'],
    ['core.checkStat=minimal and core.trustctime=false over a same-size rewrite with its mtime put back', 'm=$(date -r b.json "+%Y-%m-%d %H:%M:%S.%N"); git config core.checkStat minimal; git config core.trustctime false; git status >/dev/null; sed -i s/fail/pass/ b.json; touch -d "$m" b.json'],
  ];
  for (const [name, script] of rewrites) {
    it(`${name}: even a check in the same checkout says dirty_tree (exit 1)`, async () => {
      const { root } = gitRepo({ 'b.json': { status: 'fail' } }, [command(keeping(script)), statusGate('b')]);
      expect(await verifyIn(root)).toBe(0);
      expect(verdictOf(root).git?.dirty).toBe(true);
      const run = await cli(['check', 'gate-engine-out/full_suite_verdict.json', '--now', LATER, '--json'], { cwd: root });
      expect(run.status).toBe(1);
      expect((JSON.parse(run.stdout) as { reasons: { code: string }[] }).reasons.map((r) => r.code)).toContain('dirty_tree');
    }, 60_000);
  }

  // Set by an earlier CI step (the test suite ran before verify): the run starts on a checkout that already looks away.
  const earlier: [string, string][] = [
    ['an fsmonitor hook that says nothing changed', `printf '#!/bin/sh\\nprintf "token\\\\0"\\n' > "$KEEP.hook"; chmod +x "$KEEP.hook"; git config core.fsmonitor "$KEEP.hook"; git status >/dev/null; ${HIDE_TEST}`],
    ['core.worktree pointed at a clean copy', `${HIDE_TEST}; git worktree add -q --detach "$KEEP.copy" HEAD; git config core.worktree "$KEEP.copy"`],
    ['a clean filter in .git/info/attributes', `cp tests/unlisted.rs "$KEEP"; echo '// edited' >> tests/unlisted.rs; printf 'tests/unlisted.rs filter=hide\\n' > .git/info/attributes; git config filter.hide.clean "cat $KEEP"; git add tests/unlisted.rs`],
  ];
  for (const [name, setup] of earlier) {
    it(`${name}, set by an earlier step: the run is dirty`, async () => {
      const { root } = gitRepo(files, [suite]);
      execFileSync('sh', ['-ec', setup], { cwd: root, env: { ...process.env, KEEP: join(tempDir(), 'unlisted.rs') } });
      expect(execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' })).toBe('');
      await verifyIn(root);
      expect(verdictOf(root).git?.dirty).toBe(true);
    }, 60_000);
  }

  /** Writes an index entry for `path` holding HEAD's blob beside the stat data of the edited file (`git add` wrote it). */
  const PATCH_INDEX = `const { createHash } = require('node:crypto'); const { execFileSync: x } = require('node:child_process'); const fs = require('node:fs');
const [index, path] = process.argv.slice(2); const git = (...a) => x('git', a, { encoding: 'utf8' }).trim();
const to = Buffer.from(git('rev-parse', 'HEAD:' + path), 'hex');
const body = fs.readFileSync(index).subarray(0, -20); const at = body.indexOf(Buffer.from([0, path.length, ...Buffer.from(path)])) - 20; if (at < 0) process.exit(3);
to.copy(body, at); fs.writeFileSync(index, Buffer.concat([body, createHash('sha1').update(body).digest()]));`;

  it('an index whose entry holds the committed blob beside the stat data of an edited report: git status says clean, the run is dirty and check says dirty_tree (exit 1)', async () => {
    const patch = join(tempDir(), 'patch-index.cjs');
    writeFileSync(patch, PATCH_INDEX);
    const { root } = gitRepo({ 'b.json': { status: 'fail' } }, [statusGate('b')]);
    execFileSync('sh', ['-ec', `sed -i s/fail/pass/ b.json; touch -d "1 minute ago" b.json; git add b.json; node "${patch}" "$(git rev-parse --git-path index)" b.json`], { cwd: root });
    expect(execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' })).toBe('');
    expect(await verifyIn(root)).toBe(0);
    expect(verdictOf(root).git?.dirty).toBe(true);
    const run = await cli(['check', 'gate-engine-out/full_suite_verdict.json', '--now', LATER, '--json'], { cwd: root });
    expect(run.status).toBe(1);
    // The run's tree and the checkout check reads are both the edited one.
    expect((JSON.parse(run.stdout) as { reasons: { code: string }[] }).reasons.map((r) => r.code)).toEqual(['dirty_tree', 'dirty_tree']);
  }, 60_000);

  it('the same index prepared elsewhere and named by GIT_INDEX_FILE: the run is dirty; a fresh clone (sound look-alike) promotes', async () => {
    const patch = join(tempDir(), 'patch-index.cjs');
    writeFileSync(patch, PATCH_INDEX);
    const { root } = gitRepo({ 'b.json': { status: 'fail' } }, [statusGate('b')]);
    const index = join(tempDir(), 'index');
    execFileSync('sh', ['-ec', `cp "$(git rev-parse --git-path index)" "${index}"; sed -i s/fail/pass/ b.json; touch -d "1 minute ago" b.json; export GIT_INDEX_FILE="${index}"; git add b.json; node "${patch}" "${index}" b.json`], { cwd: root });
    expect(execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8', env: { ...process.env, GIT_INDEX_FILE: index } })).toBe('');
    expect(await verifyInChild(root, { GIT_INDEX_FILE: index })).toBe(0);
    expect(verdictOf(root).git?.dirty).toBe(true);
    const sound = gitRepo({}, [statusGate('b')]);
    expect(await verifyIn(sound.root)).toBe(0);
    expect(verdictOf(sound.root).git?.dirty).toBe(false);
    expect(await checkFromClone(sound.root)).toEqual({ status: 0, codes: [] });
  }, 60_000);

  it('core.bare set in the checkout check reads (git names HEAD, gives no status): dirty_tree (exit 1) over an edited tracked file; unset, the clean checkout promotes', async () => {
    const { root, git } = gitRepo({ 'notes.txt': 'one\n' }, [statusGate('b')]);
    expect(await verifyIn(root)).toBe(0);
    const checkHere = async () => {
      const run = await cli(['check', 'gate-engine-out/full_suite_verdict.json', '--now', LATER, '--json'], { cwd: root });
      return { status: run.status, codes: (JSON.parse(run.stdout) as { reasons: { code: string }[] }).reasons.map((r) => r.code) };
    };
    writeFileSync(join(root, 'notes.txt'), 'two\n');
    git('config', 'core.bare', 'true');
    expect(await checkHere()).toEqual({ status: 1, codes: ['dirty_tree'] });
    git('config', '--unset', 'core.bare');
    git('checkout', '-q', '--', 'notes.txt');
    expect(await checkHere()).toEqual({ status: 0, codes: [] });
  }, 60_000);

  it('a command that only sets settings git status does not use (user.email, an alias, the url of a submodule) leaves the run clean: check from a clone promotes', async () => {
    const { root } = gitRepo({ ...files, 'tests/suite_classification.toml': '[suite.unit]\nfiles = ["a", "unlisted"]\n' }, [command('git config user.email ci@example.com; git config alias.st status; git config submodule.lib.url https://example.com/lib.git'), suite]);
    expect(await verifyIn(root)).toBe(0);
    expect(verdictOf(root).git?.dirty).toBe(false);
    expect(await checkFromClone(root)).toEqual({ status: 0, codes: [] });
  }, 60_000);
});

describe('programs the repository configures git to run never see the signing key', () => {
  it('an fsmonitor hook is not run; a clean filter runs without GATE_ENGINE_SIGNING_KEY, and the honest run promotes', async () => {
    // The filter is named by the committed .gitattributes, as git-lfs's is.
    const { root, git } = gitRepo({ ...files, '.gitattributes': '*.rs filter=probe\n', 'tests/suite_classification.toml': '[suite.unit]\nfiles = ["a", "unlisted"]\n' }, [suite]);
    const seen = join(tempDir(), 'env.txt');
    const probe = join(tempDir(), 'probe.sh');
    // As a hook it answers "nothing changed"; as a clean filter it passes the bytes through. Either way it records the environment.
    writeFileSync(probe, `#!/bin/sh\nenv >> ${seen}\nif [ "$#" -gt 0 ]; then printf "token\\0"; else cat; fi\n`);
    chmodSync(probe, 0o755);
    git('config', 'core.fsmonitor', probe);
    git('config', 'filter.probe.clean', probe);
    writeFileSync(seen, '');
    // A new mtime makes status look at the file through its filter.
    writeFileSync(join(root, 'tests', 'a.rs'), readFileSync(join(root, 'tests', 'a.rs')));
    expect(await verifyInChild(root, { GATE_ENGINE_SIGNING_KEY: KEY })).toBe(0);
    expect(existsSync(seen)).toBe(true);
    const env = readFileSync(seen, 'utf8');
    expect(env).toContain('PATH=');
    expect(env).not.toContain(KEY);
    expect(verdictOf(root).git?.dirty).toBe(false);
    expect(await checkFromCloneInChild(root, { GATE_ENGINE_SIGNING_KEY: KEY })).toEqual({ status: 0, codes: [] });
  }, 60_000);
});
