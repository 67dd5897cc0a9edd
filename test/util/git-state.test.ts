/**
 * readGitState runs its git commands in one shell (a fork of a large engine is costly): each command's output and
 * status must come back apart, whatever the root's path holds, and a command that fails must leave its own answer
 * unknown (dirty), never another command's output in its place.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGitState } from '../../src/util/git.js';
import { removeTempDirs, tempDir } from '../helpers/fs.js';

afterAll(removeTempDirs);

function repo(name: string) {
  const root = join(tempDir(), name);
  mkdirSync(root, { recursive: true });
  const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' });
  git('init', '-q');
  writeFileSync(join(root, 'a.json'), '{"status":"pass"}\n');
  git('add', '-A');
  git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'init');
  return { root, git, head: git('rev-parse', 'HEAD').trim() };
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

  it('no repository: undefined', async () => {
    const { root } = repo('gone');
    renameSync(join(root, '.git'), join(root, 'not-git'));
    expect(await readGitState(root)).toBeUndefined();
  });
});
