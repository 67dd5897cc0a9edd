/**
 * One resolver per gate run remembers the directories it has proven inside the root. It must answer exactly as
 * a fresh resolution does (same paths, same error codes and messages), never remember a link, a missing
 * component or a missing root, and drop its proofs when the last scope of the root closes.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openResolverScope, PathResolver, resolveInside } from '../../src/artifacts/paths.js';
import { removeTempDirs, tempDir } from '../helpers/fs.js';

afterAll(removeTempDirs);

let root: string;
let outside: string;

async function write(base: string, rel: string, content = 'x'): Promise<void> {
  await fs.mkdir(path.dirname(path.join(base, rel)), { recursive: true });
  await fs.writeFile(path.join(base, rel), content);
}

/** What a resolution answers, success or failure, in comparable form. */
async function outcome(p: Promise<{ abs: string; rel: string }>): Promise<unknown> {
  try {
    return { ok: await p };
  } catch (e) {
    const err = e as { code?: string; message?: string };
    return { code: err.code, message: err.message };
  }
}

beforeAll(async () => {
  root = tempDir();
  outside = tempDir();
  await write(root, 'src/a/b/c.rs');
  await write(root, 'src/a/d.rs');
  await write(root, 'docs/x.json');
  await write(outside, 'secret/s.rs', 'secret');
  await fs.symlink(path.join(root, 'src/a'), path.join(root, 'inner'));
  await fs.symlink(path.join(outside, 'secret'), path.join(root, 'src/out'));
  await fs.symlink(path.join(root, 'nowhere/yet'), path.join(root, 'src/dangling'));
  await fs.symlink('../../../..', path.join(root, 'src/a/up'));
});

const NAMES = ['src', 'a', 'b', 'c.rs', 'd.rs', 'docs', 'x.json', 'inner', 'out', 'dangling', 'up', 's.rs', '..', '.', 'missing'];

describe('PathResolver: remembering proofs changes nothing a caller can see', () => {
  it('answers exactly as a fresh resolution, for any sequence of paths (internal, outside and dangling links, .., missing)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 }), async (paths) => {
        const shared = new PathResolver(root);
        for (const parts of paths) {
          const rel = parts.join('/');
          expect(await outcome(shared.resolve(rel))).toEqual(await outcome(new PathResolver(root).resolve(rel)));
          // The stats handed to readers (to save a stat) are the file's own, and never a link's.
          const detailed = await shared.resolveWithStats(rel).catch(() => undefined);
          if (detailed?.stats !== undefined) {
            expect(detailed.stats.isSymbolicLink()).toBe(false);
            expect(detailed.stats.ino).toBe((await fs.stat(detailed.abs)).ino);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a link is never remembered: a link that escapes is refused every time, even under a proven directory', async () => {
    const r = new PathResolver(root);
    await r.resolve('src/a/b/c.rs');
    for (let i = 0; i < 2; i++) await expect(r.resolve('src/out/s.rs')).rejects.toMatchObject({ code: 'outside_root' });
  });

  it('a component that did not exist is looked up again', async () => {
    const r = new PathResolver(root);
    expect((await r.resolve('later/dir/f.json')).rel).toBe('later/dir/f.json');
    await fs.symlink(outside, path.join(root, 'later'));
    try {
      await expect(r.resolve('later/dir/f.json')).rejects.toMatchObject({ code: 'outside_root' });
    } finally {
      await fs.unlink(path.join(root, 'later'));
    }
  });

  it('a missing root is not remembered either', async () => {
    const gone = path.join(tempDir(), 'root-to-be');
    const r = new PathResolver(gone);
    await expect(r.resolve('a.json')).rejects.toMatchObject({ code: 'missing' });
    await fs.mkdir(gone);
    expect((await r.resolve('a.json')).abs).toBe(path.join(gone, 'a.json'));
  });
});

describe('resolver scopes', () => {
  it('proofs last while a scope is open and are dropped when the last one closes', async () => {
    const base = tempDir();
    await write(base, 'dir/f.rs');
    const close = openResolverScope(base);
    const closeToo = openResolverScope(base);
    expect((await resolveInside(base, 'dir/f.rs')).rel).toBe('dir/f.rs');
    // The directory is swapped for a link out of the root: a new scope sees it at once.
    await fs.rm(path.join(base, 'dir'), { recursive: true });
    await fs.symlink(outside, path.join(base, 'dir'));
    close();
    close(); // closing twice does not close the other scope: its proof of dir/ still stands
    expect((await resolveInside(base, 'dir/f.rs')).rel).toBe('dir/f.rs');
    closeToo();
    await expect(resolveInside(base, 'dir/f.rs')).rejects.toMatchObject({ code: 'outside_root' });
    const again = openResolverScope(base);
    try {
      await expect(resolveInside(base, 'dir/f.rs')).rejects.toMatchObject({ code: 'outside_root' });
    } finally {
      again();
    }
  });
});
