/**
 * WriterLookup: which declared writers a gate's access reaches, under any name of the path. A file not written yet
 * has no inode to compare, so a name through a symlinked directory must be settled by its real path.
 */
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WriterLookup } from '../../src/core/declared-writes.js';
import { declaredWriter } from '../../src/core/order.js';
import { removeTempDirs, tempDir } from '../helpers/fs.js';

afterAll(removeTempDirs);

describe('WriterLookup.reached', () => {
  const writer = declaredWriter('producer', ['reports/x.json']);

  it('a file not written yet, named through a symlinked directory, reaches its writer by the real path', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'reports'));
    symlinkSync('reports', join(root, 'current'));
    const lookup = new WriterLookup(root, join(root, 'gate-engine-out'));
    expect((await lookup.reached([writer], 'current/x.json')).map((w) => w.id)).toEqual(['producer']);
    expect((await lookup.reached([writer], 'reports/x.json')).map((w) => w.id)).toEqual(['producer']);
    expect(await lookup.reached([writer], 'current/y.json')).toEqual([]);
  });

  it('a path that leaves the root through a link is judged by its name only', async () => {
    const root = tempDir();
    const outside = tempDir();
    mkdirSync(join(outside, 'reports'));
    symlinkSync(outside, join(root, 'away'));
    const lookup = new WriterLookup(root, join(root, 'gate-engine-out'));
    expect(await lookup.reached([writer], 'away/reports/x.json')).toEqual([]);
  });
});
