import { constants, promises as fs } from 'node:fs';

/** Opened non-blocking: a named pipe swapped in for a file never blocks the open or the read. */
export const REGULAR_FILE_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * A file's bytes as a reader of a recorded verdict or of the engine's own inputs takes them (check re-hashing evidence,
 * a tree's listing, a waiver source, the config, git's attribute files): through one descriptor opened non-blocking and
 * checked to be a regular file, so a named pipe put in a file's place is refused (EINVAL) instead of blocking the
 * reader, and its exit, forever.
 */
export async function readRegularFile(abs: string): Promise<Buffer> {
  const handle = await fs.open(abs, REGULAR_FILE_FLAGS);
  try {
    if (!(await handle.stat()).isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EINVAL' });
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
