import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArtifactError, type ArtifactErrorCode } from '../../src/artifacts/errors.js';
import { resolveInside, toPosixRelative } from '../../src/artifacts/paths.js';
import { rejection } from '../helpers/errors.js';
import { removeTempDirs, tempDir } from '../helpers/fs.js';

let root: string; // the repository root under test (real path)
let outside: string; // a sibling directory the root must never reach

async function write(base: string, rel: string, content = 'x'): Promise<void> {
  await fs.mkdir(path.dirname(path.join(base, rel)), { recursive: true });
  await fs.writeFile(path.join(base, rel), content);
}

async function expectCode(p: Promise<unknown>, code: ArtifactErrorCode): Promise<ArtifactError> {
  const e = await rejection(p);
  expect(e.code).toBe(code);
  return e;
}

beforeAll(async () => {
  root = await tempDir();
  outside = await tempDir();
  await write(root, 'a.txt');
  await write(root, 'a/b/c.json');
  await write(root, 'b');
  await write(outside, 'secret.txt', 'secret');
  await fs.mkdir(path.join(outside, 'dir'));
  await write(outside, 'dir/inner.txt');
  await fs.symlink(path.join(outside, 'secret.txt'), path.join(root, 'leak.txt'));
  await fs.symlink(path.join(outside, 'dir'), path.join(root, 'leakdir'));
  await fs.symlink('a/b/c.json', path.join(root, 'inner-link.json'));
  await fs.symlink('a', path.join(root, 'inner-dir'));
  await fs.symlink(path.join(outside, 'not-yet'), path.join(root, 'dangling-out'));
  await fs.symlink('a/not-yet', path.join(root, 'dangling-in'));
  await fs.symlink('loop2', path.join(root, 'loop1'));
  await fs.symlink('loop1', path.join(root, 'loop2'));
  // Lexically `via/..` is the root, physically it is `outside`: the kernel follows the link first.
  await fs.symlink(path.join(outside, 'dir'), path.join(root, 'via'));
  await fs.symlink('via/../secret.txt', path.join(root, 'sneaky.txt'));
  await fs.symlink('via/../not-yet', path.join(root, 'sneaky-dangling'));
});

afterAll(removeTempDirs);

describe('resolveInside: accepted paths', () => {
  it.each([
    ['a.txt', 'a.txt'],
    ['a/b/c.json', 'a/b/c.json'],
    ['./a.txt', 'a.txt'],
    ['a/./b/c.json', 'a/b/c.json'],
    ['a/../b', 'b'],
    ['a/b/', 'a/b'],
    ['a//b', 'a/b'],
    ['.', '.'],
  ])('%j resolves to %j', async (input, rel) => {
    const resolved = await resolveInside(root, input);
    expect(resolved).toEqual({ rel, abs: rel === '.' ? root : path.join(root, ...rel.split('/')) });
  });

  it('accepts symlinks that stay inside the root', async () => {
    expect((await resolveInside(root, 'inner-link.json')).rel).toBe('inner-link.json');
    expect((await resolveInside(root, 'inner-dir/b/c.json')).abs).toBe(path.join(root, 'inner-dir', 'b', 'c.json'));
  });

  it('accepts a file that does not exist yet under an existing directory', async () => {
    expect(await resolveInside(root, 'a/b/new.json')).toEqual({ rel: 'a/b/new.json', abs: path.join(root, 'a', 'b', 'new.json') });
    expect((await resolveInside(root, 'no/such/dir/x.json')).abs).toBe(path.join(root, 'no', 'such', 'dir', 'x.json'));
  });

  it('accepts a dangling symlink whose target would be inside', async () => {
    expect((await resolveInside(root, 'dangling-in')).rel).toBe('dangling-in');
  });

  it('accepts a root that is itself a symlink, returning paths under the real root', async () => {
    const holder = await tempDir();
    const linkedRoot = path.join(holder, 'repo');
    await fs.symlink(root, linkedRoot);
    expect(await resolveInside(linkedRoot, 'a.txt')).toEqual({ rel: 'a.txt', abs: path.join(root, 'a.txt') });
    expect(await resolveInside(linkedRoot, 'inner-link.json')).toMatchObject({ rel: 'inner-link.json' });
    await expectCode(resolveInside(linkedRoot, 'leak.txt'), 'outside_root');
  });
});

describe('resolveInside: rejected paths', () => {
  it.each([
    ['/etc/passwd', 'is absolute'],
    ['C:\\Windows\\x', 'is absolute'],
    ['C:/Windows/x', 'is absolute'],
    ['c:x', 'is absolute'],
    ['\\\\server\\share\\x', 'is absolute'],
    ['\\x', 'is absolute'],
    ['..', 'by ".."'],
    ['../x', 'by ".."'],
    ['a/../../x', 'by ".."'],
    ['./../x', 'by ".."'],
    ['a/b/../../../x', 'by ".."'],
    ['', 'is empty'],
    ['a\0b', 'NUL'],
    ['a.txt\0', 'NUL'],
  ])('%j is outside_root (%s)', async (input, why) => {
    const e = await expectCode(resolveInside(root, input), 'outside_root');
    expect(e.message).toContain(why);
    expect(e.detail.path).toBe(input);
    expect(e.detail.fix).toBe(`use a path relative to the root (${root}) that stays inside it`);
  });

  it('names the path and the root when ".." escapes', async () => {
    const e = await expectCode(resolveInside(root, '../x'), 'outside_root');
    expect(e.message).toBe(`"../x" escapes the root ${root} by ".."`);
  });

  it('rejects a symlinked file pointing outside', async () => {
    const e = await expectCode(resolveInside(root, 'leak.txt'), 'outside_root');
    expect(e.message).toContain('"leak.txt"');
    expect(e.message).toContain(path.join(outside, 'secret.txt'));
  });

  it('rejects a file under a symlinked directory pointing outside', async () => {
    await expectCode(resolveInside(root, 'leakdir/inner.txt'), 'outside_root');
    await expectCode(resolveInside(root, 'leakdir'), 'outside_root');
  });

  it('rejects a not-yet-existing file under a symlinked directory pointing outside', async () => {
    await expectCode(resolveInside(root, 'leakdir/new.txt'), 'outside_root');
    await expectCode(resolveInside(root, 'leakdir/deeper/new.txt'), 'outside_root');
  });

  it('rejects a dangling symlink whose target would be outside (writing through it would escape)', async () => {
    await expectCode(resolveInside(root, 'dangling-out'), 'outside_root');
  });

  it('follows ".." inside a link target physically, as the kernel does', async () => {
    await expectCode(resolveInside(root, 'sneaky.txt'), 'outside_root');
    await expectCode(resolveInside(root, 'sneaky-dangling'), 'outside_root');
  });

  it('a path whose ".." follows a symlinked directory is judged only when both readings are one file', async () => {
    // via -> outside/dir: as written the path is outside/secret.txt, lexically secret.txt in the root.
    expect((await expectCode(resolveInside(root, 'via/../secret.txt'), 'outside_root')).message).toContain('outside the root: its ".." steps back from where a symlinked directory before it points');
    // to-b -> a/b: as written a/b/c.json, lexically b/c.json.
    await fs.symlink('a/b', path.join(root, 'to-b'));
    const e = await expectCode(resolveInside(root, 'to-b/../b/c.json'), 'unreadable');
    expect(e.message).toBe('"to-b/../b/c.json" names two files: as written (the symlinked directory before ".." followed first, as the kernel does) it is a/b/c.json, read lexically it is b/c.json');
    expect(e.detail).toMatchObject({ path: 'to-b/../b/c.json', actual: ['a/b/c.json', 'b/c.json'] });
    // One file either way: inner-dir -> a, whose parent is the root; a ".." after real directories.
    expect((await resolveInside(root, 'inner-dir/../a.txt')).rel).toBe('a.txt');
    expect((await resolveInside(root, 'inner-dir/b/../b/c.json')).rel).toBe('inner-dir/b/c.json');
  });

  it('reports symlink loops as unreadable rather than guessing', async () => {
    await expectCode(resolveInside(root, 'loop1'), 'unreadable');
  });

  it('reports a missing root as missing', async () => {
    const e = await expectCode(resolveInside(path.join(root, 'no-such-root'), 'a.txt'), 'missing');
    expect(e.detail.path).toBe('a.txt');
  });
});

describe('toPosixRelative', () => {
  it('gives the POSIX relative form, "." for the root itself', () => {
    expect(toPosixRelative(root, path.join(root, 'a', 'b', 'c.json'))).toBe('a/b/c.json');
    expect(toPosixRelative(root, root)).toBe('.');
  });

  it('round-trips resolveInside through a symlinked root', async () => {
    const holder = await tempDir();
    const linkedRoot = path.join(holder, 'repo');
    await fs.symlink(root, linkedRoot);
    const { abs } = await resolveInside(linkedRoot, 'a/b/c.json');
    expect(toPosixRelative(linkedRoot, abs)).toBe('a/b/c.json');
  });
});
