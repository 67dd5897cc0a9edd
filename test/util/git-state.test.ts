/**
 * readGitState runs its git commands in one shell (a fork of a large engine is costly): each command's output and
 * status must come back apart, whatever the root's path holds, and a command that fails must leave its own answer
 * unknown (dirty), never another command's output in its place.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { readGitState } from '../../src/util/git.js';
import { removeTempDirs, tempDir } from '../helpers/fs.js';
import { commitAll, gitIn } from '../helpers/git-repo.js';

afterAll(removeTempDirs);

function repo(name: string) {
  const root = join(tempDir(), name);
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'a.json'), '{"status":"pass"}\n');
  const head = commitAll(root);
  return { root, git: gitIn(root), head };
}

/** A temporary directory of the test's own: other test files' runs make and remove fresh indexes in the shared one. */
function ownTmpdir(): string {
  const scratch = tempDir();
  const savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = scratch;
  onTestFinished(() => {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
  });
  expect(tmpdir()).toBe(scratch);
  return scratch;
}

describe('readGitState', () => {
  it("reads a root whose path holds quotes, spaces, $ and a newline-free marker-like text: clean, then dirty", async () => {
    const { root, head } = repo(`it's a $HOME "dir" \`x\` ge-00 0`);
    expect(await readGitState(root)).toMatchObject({ sha: head, dirty: false, path: '.' });
    writeFileSync(join(root, 'a.json'), '{"status":"fail"}\n');
    expect(await readGitState(root)).toMatchObject({ sha: head, dirty: true });
  });

  it('a tracked file whose name looks like the separator line does not shift the outputs', async () => {
    const { root, git } = repo('plain');
    writeFileSync(join(root, '\n0\nx.json'), '{}\n');
    git('add', '-A');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'odd name');
    const head = git('rev-parse', 'HEAD').trim();
    expect(await readGitState(root)).toMatchObject({ sha: head, dirty: false });
  });

  it('a command that fails (a broken index) is unknown: dirty, with the commit still read', async () => {
    const { root, head } = repo('broken-index');
    writeFileSync(join(root, '.git', 'index'), 'not an index');
    expect(await readGitState(root)).toMatchObject({ sha: head, dirty: true });
  });

  it('no repository: undefined, and nothing made in the temporary directory (its change time vouches for files read under it)', async () => {
    const { root } = repo('gone');
    renameSync(join(root, '.git'), join(root, 'not-git'));
    const scratch = ownTmpdir();
    const before = statSync(scratch, { bigint: true }).ctimeNs;
    expect(await readGitState(root)).toBeUndefined();
    expect(readdirSync(scratch)).toEqual([]);
    expect(statSync(scratch, { bigint: true }).ctimeNs).toBe(before);
  });

  it("a root in a subdirectory (its name holding a quote and a space): an edited file behind an index holding HEAD's blob is dirty, the same file untouched is clean, and no fresh index is left behind", async () => {
    const { root, git } = repo('subdir');
    const sub = join(root, "it's sub");
    mkdirSync(sub);
    writeFileSync(join(sub, 'r.json'), '{"status":"pass"}\n');
    git('add', '-A');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'sub');
    const head = git('rev-parse', 'HEAD').trim();
    const scratch = ownTmpdir();
    expect(await readGitState(sub)).toMatchObject({ sha: head, dirty: false, path: "it's sub" });
    // The edit staged, then the index's entry made to name HEAD's blob beside the edited file's stat data: `git status`
    // skips the file; only a comparison by content sees the edit.
    writeFileSync(join(sub, 'r.json'), '{"status":"fail"}\n');
    // Older than the index, so git trusts the stat data instead of hashing a racily clean entry.
    utimesSync(join(sub, 'r.json'), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    git('add', '--', "it's sub/r.json");
    const index = join(root, '.git', 'index');
    const body = readFileSync(index).subarray(0, -20);
    const path = Buffer.from("it's sub/r.json");
    const at = body.indexOf(Buffer.concat([Buffer.from([0, path.length]), path])) - 20;
    Buffer.from(git('rev-parse', "HEAD:it's sub/r.json").trim(), 'hex').copy(body, at);
    writeFileSync(index, Buffer.concat([body, createHash('sha1').update(body).digest()]));
    expect(git('status', '--porcelain', '--untracked-files=no')).toBe('');
    expect(await readGitState(sub)).toMatchObject({ sha: head, dirty: true });
    expect(readdirSync(scratch)).toEqual([]);
  });

  it('a tracked file flagged skip-worktree and deleted is a difference unless a sparse checkout is configured; flagging it changes the settings read', async () => {
    const { root, git, head } = repo('skip-worktree');
    const before = await readGitState(root);
    git('update-index', '--skip-worktree', 'a.json');
    rmSync(join(root, 'a.json'));
    expect(git('status', '--porcelain', '--untracked-files=no')).toBe('');
    const flagged = await readGitState(root);
    expect(flagged).toMatchObject({ sha: head, dirty: true });
    expect(flagged?.settings).not.toBe(before?.settings);
    // A sparse checkout that leaves the file out (git's own way of flagging it): the absent file hides nothing.
    git('config', 'core.sparseCheckout', 'true');
    expect(await readGitState(root)).toMatchObject({ sha: head, dirty: false });
    git('config', 'core.sparseCheckout', 'false');
    expect(await readGitState(root)).toMatchObject({ sha: head, dirty: true });
  });

  it("a job killed before its status was written is unknown, and the next job's output stays its own", async () => {
    const { root, head } = repo('killed-job');
    const clean = await readGitState(root);
    // A git on PATH that kills the shell's job running `for-each-ref` (its parent) before the job writes its status.
    const bin = tempDir();
    writeFileSync(join(bin, 'git'), `#!/bin/sh\nfor a in "$@"; do [ "$a" = for-each-ref ] && kill -9 $PPID; done\nexec ${execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()} "$@"\n`, { mode: 0o755 });
    const savedPath = process.env.PATH;
    process.env.PATH = `${bin}:${savedPath}`;
    onTestFinished(() => {
      process.env.PATH = savedPath;
    });
    const killed = await readGitState(root);
    // The replace refs read as unreadable (another settings digest); the content proof after them is not prefixed by
    // the killed job's status line (which read as a difference: dirty).
    expect(killed).toMatchObject({ sha: head, dirty: false });
    expect(killed?.settings).not.toBe(clean?.settings);
  });

  it("a temporary directory whose name holds quotes, spaces and $ works; one the jobs directory cannot be made in leaves the state unknown: dirty, never clean", async () => {
    const { root, head } = repo('odd-tmp');
    const scratch = ownTmpdir();
    const odd = join(scratch, `it's a $HOME "tmp" -x`);
    mkdirSync(odd);
    process.env.TMPDIR = odd;
    expect(await readGitState(root)).toMatchObject({ sha: head, dirty: false });
    expect(readdirSync(odd)).toEqual([]);
    // A file where the directory should be (the same as an unwritable one for a user root cannot be refused as).
    const file = join(scratch, 'a-file');
    writeFileSync(file, '');
    process.env.TMPDIR = file;
    expect(await readGitState(root)).toMatchObject({ sha: head, dirty: true });
    process.env.TMPDIR = join(scratch, 'missing');
    expect(await readGitState(root)).toMatchObject({ sha: head, dirty: true });
  });

  it('a commit made while the state is read (the edit committed right after the commit was read) is still compared with the commit read: dirty', async () => {
    const { root, head } = repo('racing-commit');
    writeFileSync(join(root, 'a.json'), '{"status":"fail"}\n');
    // A git on PATH that, once the first command has read HEAD, commits the edit (as a process racing the read would).
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    const bin = tempDir();
    const commit = `${real} -C "$R" -c user.email=t@example.com -c user.name=t commit -qam race >/dev/null 2>&1`;
    writeFileSync(join(bin, 'git'), `#!/bin/sh\n${real} "$@"; s=$?\nfor a in "$@"; do [ "$a" = --show-toplevel ] && R="$(${real} "$@" | head -n 1)" && ${commit}; done\nexit $s\n`, { mode: 0o755 });
    const savedPath = process.env.PATH;
    process.env.PATH = `${bin}:${savedPath}`;
    onTestFinished(() => {
      process.env.PATH = savedPath;
    });
    expect(await readGitState(root)).toMatchObject({ sha: head, dirty: true });
    expect(execFileSync(real, ['-C', root, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim()).not.toBe(head);
  });

  it("an edited file in a submodule under the root is dirty even when the configuration (or .gitmodules) tells git status to ignore the submodule", async () => {
    const { root: sub } = repo('submodule-source');
    const { root, git } = repo('with-submodule');
    git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub, 'sm');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'sm');
    const head = git('rev-parse', 'HEAD').trim();
    // An untracked file in the submodule (a build's output) is no change, as in the superproject.
    writeFileSync(join(root, 'sm', 'out.json'), '{}\n');
    expect(await readGitState(root)).toMatchObject({ sha: head, dirty: false });
    writeFileSync(join(root, 'sm', 'a.json'), '{"status":"fail"}\n');
    git('config', 'submodule.sm.ignore', 'all');
    expect(git('status', '--porcelain', '--untracked-files=no')).toBe('');
    expect(await readGitState(root)).toMatchObject({ sha: head, dirty: true });
  });

  it('a root in a directory the commit does not hold: its files are untracked, the checkout clean; an edit to a tracked file elsewhere is still dirty', async () => {
    const { root, head } = repo('untracked-root');
    const build = join(root, 'build', 'evidence');
    mkdirSync(build, { recursive: true });
    writeFileSync(join(build, 'r.json'), '{"status":"pass"}\n');
    expect(await readGitState(build)).toMatchObject({ sha: head, dirty: false, path: 'build/evidence' });
    writeFileSync(join(root, 'a.json'), '{"status":"fail"}\n');
    expect(await readGitState(build)).toMatchObject({ sha: head, dirty: true });
  });
});
