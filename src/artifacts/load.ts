import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, promises as fs, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { ArtifactError } from './errors.js';
import { resolveInside, resolveInsideWithStats, type ResolvedPathWithStats } from './paths.js';
import { isBlank } from '../util/text-classes.js';
import { decodeUtf8, whyNotUtf8 } from '../util/utf8.js';
import { digestRegularFile, readRegularFile, REGULAR_FILE_FLAGS } from '../util/regular-file.js';
import { realpathNow, statNow, lstatAsPromise } from '../util/metadata.js';

export { readRegularFile };

/** Whole-file readers refuse files this large; row-oriented evidence belongs in JSONL, which streams. */
export const MAX_WHOLE_FILE_BYTES = 256 * 1024 * 1024;

export interface LoadedFile {
  /** Normalised path relative to the root, as shown to users. */
  path: string;
  abs: string;
  text: string;
  sha256: string;
  bytes: number;
}


export async function statArtifact(root: string, rel: string, resolved?: ResolvedPathWithStats): Promise<{ abs: string; path: string; size: number; real?: string }> {
  const { abs, rel: path, stats, real } = resolved ?? (await resolveInsideWithStats(root, rel));
  let stat;
  try {
    // Resolution already looked at the file itself when it is not a link: no second stat.
    stat = stats ?? statNow(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      // A name that is there but leads nowhere is a broken artifact, not an absent one: a reader that treats an
      // absent file as "none" (an optional manifest, a fallback) must not read a dangling link that way.
      const target = await danglingTarget(abs);
      if (target !== undefined) {
        throw new ArtifactError('unreadable', `${path} is a symbolic link to ${target}, which does not exist`, {
          path,
          actual: NOT_A_FILE.dangling,
          fix: `produce the file the link points to, or replace the link with the artifact itself`,
        });
      }
      throw new ArtifactError('missing', `${path} does not exist`, {
        path,
        fix: `produce ${path} (run the step that writes it) or correct the path in the config`,
      });
    }
    throw unreadable(path, e);
  }
  if (!stat.isFile()) {
    throw new ArtifactError('unreadable', `${path} is not a regular file (it is a ${stat.isDirectory() ? 'directory' : 'special file'})`, {
      path,
      actual: stat.isDirectory() ? NOT_A_FILE.directory : NOT_A_FILE.special,
      fix: 'point the config at the artifact file itself',
    });
  }
  return { abs, path, size: stat.size, ...(real !== undefined ? { real } : {}) };
}

/** What stood where a file was expected (an `unreadable` error's `actual`). */
const NOT_A_FILE = { dangling: 'a dangling symbolic link', directory: 'a directory', special: 'a special file' } as const;

/** Where the symbolic link at `abs` points, when it is one; undefined for anything else (or nothing). */
async function danglingTarget(abs: string): Promise<string | undefined> {
  try {
    return (await lstatAsPromise(abs)).isSymbolicLink() ? await fs.readlink(abs) : undefined;
  } catch {
    return undefined;
  }
}

/** Files up to this size are read synchronously (no thread-pool round trips); larger ones asynchronously. */
const SYNC_READ_BYTES = 4 * 1024 * 1024;
/** Never block on a special file swapped in after the stat (a FIFO would block a synchronous read forever). */
const OPEN_FLAGS = REGULAR_FILE_FLAGS;

/**
 * One buffer every small read fills in turn: a tree of tens of thousands of source files would otherwise leave a
 * buffer per file for the collector, memory V8 counts apart from its heap and frees late. Safe because a read and
 * everything that uses its bytes (decoding, hashing) run synchronously, before any other read can start.
 */
let scratch = Buffer.allocUnsafe(1 << 16);
/** The scratch buffer shrinks back after a large file: one big file does not pin its size for the life of the process. */
const SCRATCH_KEEP = 1 << 20;

/**
 * The whole of a small file, read through one descriptor that is checked to be a regular file, into the scratch
 * buffer: the bytes returned are valid only until the next read, so the caller uses them synchronously. Tens of
 * thousands of source files cost one open/fstat/read/close each and no thread-pool hops.
 */
function readSmallSync(file: string): Buffer {
  const fd = openSync(file, OPEN_FLAGS);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EINVAL' });
    if (scratch.length < st.size + 1) scratch = Buffer.allocUnsafe(Math.max(st.size + 1, scratch.length * 2));
    let buffer = scratch;
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > SYNC_READ_BYTES) throw Object.assign(new Error('the file grew while it was read'), { code: 'EFBIG' });
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

export function unreadable(path: string, e: unknown): ArtifactError {
  const err = e as NodeJS.ErrnoException;
  return new ArtifactError('unreadable', `${path} could not be read: ${err.code ?? ''} ${err.message}`.replace(/\s+/g, ' '), {
    path,
    fix: 'check the file permissions and that the file is not being written concurrently',
  });
}

export function emptyError(path: string, whitespaceOnly: boolean): ArtifactError {
  return new ArtifactError('empty', `${path} is ${whitespaceOnly ? 'blank (only whitespace, invisible or control characters)' : 'empty (0 bytes)'}`, {
    path,
    fix: 'the step that writes this artifact produced nothing; re-run it and check its log',
  });
}

/** The refusal of bytes that are not UTF-8, saying what they are when that can be told; `row` for a JSONL row. */
export function notUtf8(path: string, bytes: Uint8Array, row?: number): ArtifactError {
  const known = whyNotUtf8(bytes);
  return new ArtifactError('malformed', `${path}${row === undefined ? ' is' : ` row ${row}:`} not valid UTF-8 text${known === undefined ? '' : `: ${known.why}`}`, {
    path,
    ...(row === undefined ? {} : { row }),
    fix: known?.fix ?? 'write the artifact as UTF-8',
  });
}

/** Read a whole text file: present, regular, non-empty, valid UTF-8, inside the root. */
export async function loadText(root: string, rel: string, resolved?: ResolvedPathWithStats): Promise<LoadedFile> {
  const { abs, path, size, real } = await statArtifact(root, rel, resolved);
  if (size > MAX_WHOLE_FILE_BYTES) {
    throw new ArtifactError('unreadable', `${path} is ${size} bytes, over the ${MAX_WHOLE_FILE_BYTES}-byte limit for whole-file artifacts`, {
      path,
      fix: 'split the artifact, or write row-oriented evidence as JSONL (read as a stream)',
    });
  }
  let buffer: Buffer;
  try {
    // Nothing may await between a small read and the last use of its bytes (see readSmallSync). A large file is read
    // through the same checked descriptor: a named pipe swapped in after the stat would block a plain readFile forever.
    buffer = size > SYNC_READ_BYTES ? await readRegularFile(real ?? abs) : readSmallSync(real ?? abs);
  } catch (e) {
    throw unreadable(path, e);
  }
  try {
    return { path, abs, ...textOf(path, buffer) };
  } finally {
    // Also after a refusal (not UTF-8, blank): one big file never pins the scratch buffer's size.
    if (scratch.length > SCRATCH_KEEP) scratch = Buffer.allocUnsafe(1 << 16);
  }
}

/** The checks and digest of a whole file's bytes, all synchronous. */
function textOf(path: string, buffer: Buffer): { text: string; sha256: string; bytes: number } {
  if (buffer.length === 0) throw emptyError(path, false);
  const text = decodeUtf8(buffer);
  if (text === undefined) throw notUtf8(path, buffer);
  if (isBlank(text)) throw emptyError(path, true);
  return { text, sha256: createHash('sha256').update(buffer).digest('hex'), bytes: buffer.length };
}

/** What a path a gate judged holds when it is read again (see {@link judgedFileNow}). */
export type JudgedNow = { sha256: string; bytes: number } | { gone: true } | { unreadable: string };

/**
 * A judged file read again, at the run's end or by `check`: its digest and size; `gone` only when nothing is at the path (no
 * entry, or a component of it is no directory: a fresh checkout holds no reports, which proves nothing either way);
 * anything else that cannot be read is `unreadable`, never taken for gone. A link out of the root or to nothing, a
 * named pipe or directory, a file that may not be read in the judged file's place is not the bytes judged.
 */
export async function judgedFileNow(root: string, rel: string): Promise<JudgedNow> {
  try {
    const { abs } = await resolveInside(root, rel);
    return await digestRegularFile(realpathNow(abs));
  } catch (e) {
    if (await nothingAt(resolve(root, rel))) return { gone: true };
    return { unreadable: unreadableWhy(e) };
  }
}

async function nothingAt(abs: string): Promise<boolean> {
  try {
    await lstatAsPromise(abs);
    return false;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR';
  }
}

function unreadableWhy(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EINVAL') return 'no longer a regular file';
  if (code === 'ENOENT') return 'a link to nothing';
  return e instanceof Error ? e.message : String(e);
}
