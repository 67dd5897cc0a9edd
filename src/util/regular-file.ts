import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, promises as fs, readSync } from 'node:fs';

/** Opened non-blocking: a named pipe swapped in for a file never blocks the open or the read. */
export const REGULAR_FILE_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * A file's bytes as a reader of a recorded verdict or of the engine's own inputs takes them (check re-hashing evidence,
 * a tree's listing, a waiver source, the config, git's attribute files): through one descriptor opened non-blocking and
 * checked to be a regular file, so a named pipe put in a file's place is refused (EINVAL) instead of blocking the
 * reader, and its exit, forever.
 */
export async function readRegularFile(abs: string): Promise<Buffer> {
  return withRegularFile(abs, (handle) => handle.readFile());
}

/** `read` given `abs` opened as {@link REGULAR_FILE_FLAGS} and checked to be a regular file (EINVAL otherwise); closed after. */
async function withRegularFile<T>(abs: string, read: (handle: fs.FileHandle) => Promise<T>): Promise<T> {
  const handle = await fs.open(abs, REGULAR_FILE_FLAGS);
  try {
    if (!(await handle.stat()).isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EINVAL' });
    return await read(handle);
  } finally {
    await handle.close();
  }
}

/**
 * A regular file's SHA-256 and size, opened as {@link readRegularFile} opens it and read in chunks: the end-of-run and
 * `check` re-reads of the evidence judge every file by its digest, and a whole-file read of a 100 MB tracker raised a
 * 100× run's peak memory by as much. Read on the main thread: a run re-reads hundreds of files, and each call through the
 * thread pool (open, stat, reads, close) cost twice the CPU; the descriptor is non-blocking, so a pipe never blocks it.
 */
export async function digestRegularFile(abs: string): Promise<{ sha256: string; bytes: number }> {
  const fd = openSync(abs, REGULAR_FILE_FLAGS);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EINVAL' });
    const hash = createHash('sha256');
    // Sized to the file (one byte more, to see the end in the same read): a megabyte for each small report made V8 count
    // megabytes of external memory per re-read file, and collect garbage for it at the end of every run.
    const chunk = Buffer.allocUnsafe(Math.min(DIGEST_CHUNK, stat.size + 1));
    let bytes = 0;
    for (;;) {
      const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      hash.update(chunk.subarray(0, bytesRead));
      bytes += bytesRead;
    }
    return { sha256: hash.digest('hex'), bytes };
  } finally {
    closeSync(fd);
  }
}
const DIGEST_CHUNK = 1024 * 1024;
