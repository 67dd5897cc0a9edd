import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import { EngineError } from '../core/errors.js';

export interface OutputFile {
  name: string;
  content: string;
}

function unwritable(dir: string, e: unknown): EngineError {
  const err = e as NodeJS.ErrnoException;
  return new EngineError('output_unwritable', `cannot write outputs to ${dir}: ${err.code ?? ''} ${err.message}`.replace(/\s+/g, ' '), {
    fix: 'choose a writable directory with --out (or output.dir in the config); no output file was written or changed',
    cause: e,
  });
}

/**
 * All or nothing: every file is first written in full to a temporary name beside its target
 * (same directory, so rename is atomic) and flushed; only when all of them are on disk are they
 * renamed into place. A failure leaves the previous outputs untouched and no temporary behind.
 */
export async function writeFilesAtomically(dir: string, files: readonly OutputFile[]): Promise<string[]> {
  const target = resolve(dir);
  try {
    await fs.mkdir(target, { recursive: true });
  } catch (e) {
    throw unwritable(target, e);
  }
  const suffix = `.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const staged: { tmp: string; final: string }[] = [];
  try {
    for (const file of files) {
      const final = join(target, file.name);
      const tmp = `${final}${suffix}`;
      staged.push({ tmp, final });
      const handle = await fs.open(tmp, 'wx', 0o644);
      try {
        await handle.writeFile(file.content, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    for (const { tmp, final } of staged) await fs.rename(tmp, final);
  } catch (e) {
    await Promise.all(staged.map(({ tmp }) => fs.rm(tmp, { force: true }).catch(() => undefined)));
    throw unwritable(target, e);
  }
  return staged.map((s) => s.final);
}
