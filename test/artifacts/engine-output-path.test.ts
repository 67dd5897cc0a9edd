/**
 * realPathOrResolved (issue 15, a sampled mutation survivor): an output directory not created yet is still compared
 * by its real location, so a root reached through a link cannot hide the engine's own outputs from the guard.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { realPathOrResolved } from '../../src/artifacts/engine-output.js';
import { removeTempDirs, tempDir } from '../helpers/fs.js';

afterAll(removeTempDirs);

describe('realPathOrResolved', () => {
  it('resolves the longest existing ancestor through its links and appends the rest', async () => {
    const base = await fs.realpath(tempDir());
    await fs.mkdir(join(base, 'real'));
    await fs.symlink(join(base, 'real'), join(base, 'link'));
    expect(await realPathOrResolved(join(base, 'link', 'out', 'run'))).toBe(join(base, 'real', 'out', 'run'));
    expect(await realPathOrResolved(join(base, 'link'))).toBe(join(base, 'real'));
  });
});
