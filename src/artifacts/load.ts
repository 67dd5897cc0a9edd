import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { ArtifactError } from './errors.js';
import { resolveInsideWithStats } from './paths.js';
import { isBlank } from '../util/text-classes.js';
import { decodeUtf8 } from '../util/utf8.js';

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


export async function statArtifact(root: string, rel: string): Promise<{ abs: string; path: string; size: number }> {
  const { abs, rel: path, stats } = await resolveInsideWithStats(root, rel);
  let stat;
  try {
    // Resolution already looked at the file itself when it is not a link: no second stat.
    stat = stats ?? (await fs.stat(abs));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
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
      fix: 'point the config at the artifact file itself',
    });
  }
  return { abs, path, size: stat.size };
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

/** Read a whole text file: present, regular, non-empty, valid UTF-8, inside the root. */
export async function loadText(root: string, rel: string): Promise<LoadedFile> {
  const { abs, path, size } = await statArtifact(root, rel);
  if (size > MAX_WHOLE_FILE_BYTES) {
    throw new ArtifactError('unreadable', `${path} is ${size} bytes, over the ${MAX_WHOLE_FILE_BYTES}-byte limit for whole-file artifacts`, {
      path,
      fix: 'split the artifact, or write row-oriented evidence as JSONL (read as a stream)',
    });
  }
  let buffer: Buffer;
  try {
    buffer = await fs.readFile(abs);
  } catch (e) {
    throw unreadable(path, e);
  }
  if (buffer.length === 0) throw emptyError(path, false);
  const text = decodeUtf8(buffer);
  if (text === undefined) throw new ArtifactError('malformed', `${path} is not valid UTF-8 text`, { path, fix: 'write the artifact as UTF-8' });
  if (isBlank(text)) throw emptyError(path, true);
  return { path, abs, text, sha256: createHash('sha256').update(buffer).digest('hex'), bytes: buffer.length };
}
