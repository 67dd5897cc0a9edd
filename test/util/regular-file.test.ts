/**
 * The end-of-run and `check` re-reads judge each evidence file by its digest, read in chunks (a whole-file read of a
 * 100 MB tracker raised a 100× run's peak memory by as much): the digest must be the whole file's, and a file that is
 * not a regular file must be refused, never read or waited on.
 */
import { createHash, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { digestRegularFile, readRegularFile } from '../../src/util/regular-file.js';
import { removeTempDirs, tempDir } from '../helpers/fs.js';

afterAll(removeTempDirs);

describe('digestRegularFile', () => {
  it('is the SHA-256 and size of the whole file, across chunk boundaries and for an empty file', async () => {
    const dir = tempDir('ge-digest-');
    for (const size of [0, 1, 1024 * 1024 - 1, 1024 * 1024, 1024 * 1024 + 1, 3 * 1024 * 1024 + 17]) {
      const bytes = randomBytes(size);
      const file = join(dir, `f${size}`);
      writeFileSync(file, bytes);
      expect(await digestRegularFile(file), String(size)).toEqual({ sha256: createHash('sha256').update(bytes).digest('hex'), bytes: size });
    }
  });

  it('refuses what is not a regular file (a directory, a named pipe) as readRegularFile does: EINVAL, never a wait', async () => {
    const dir = tempDir('ge-digest-');
    mkdirSync(join(dir, 'sub'));
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    for (const name of ['sub', 'pipe']) {
      await expect(digestRegularFile(join(dir, name)), name).rejects.toMatchObject({ code: 'EINVAL' });
      await expect(readRegularFile(join(dir, name)), name).rejects.toMatchObject({ code: 'EINVAL' });
    }
  });
});
