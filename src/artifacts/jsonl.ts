import { createHash } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import { ArtifactError } from './errors.js';
import { jsonParseFailure } from './json.js';
import { JsonParseError } from './json-parse.js';
import { parseJsonFast } from './json-fast.js';
import { refuseLookalikeKeys } from './lookalike-keys.js';
import { emptyError, notUtf8, statArtifact, unreadable } from './load.js';
import { displayPointer, validateSchema, type JsonSchema } from './schema.js';
import type { ArtifactRecord } from './record.js';
import { isBlank } from '../util/text-classes.js';
import { decodeUtf8 } from '../util/utf8.js';

/** One row longer than this is refused instead of buffered: a tracker row is a few hundred bytes. */
export const MAX_JSONL_LINE_BYTES = 16 * 1024 * 1024;


/** Bytes read at a time. */
const CHUNK_BYTES = 256 * 1024;

/** The empty lines a producer may write between rows. */
const HONEST_BLANK = /^[ \t]*$/;

export interface JsonlRow {
  /** 1-based line number in the file (blank lines count), as shown in every error. */
  row: number;
  value: unknown;
  nonIntegerNumbers: ReadonlySet<string>;
  /** Pointer → text of every number a double cannot hold exactly. */
  inexactNumbers: ReadonlyMap<string, string>;
}

export interface JsonlOptions {
  /** Every row must satisfy this schema. */
  rowSchema?: JsonSchema;
  signal?: AbortSignal;
  maxLineBytes?: number;
}

/**
 * Rows of a JSONL file, streamed: memory stays at one chunk plus one row however large the file.
 * Blank lines are skipped; a file with no rows at all is `empty`, never an empty success. The
 * artifact record (sha256 of every byte) is reported once the file has been read to the end.
 */
export async function* readJsonlRows(
  root: string,
  rel: string,
  options: JsonlOptions = {},
  onComplete?: (record: ArtifactRecord) => void,
): AsyncGenerator<JsonlRow, void, undefined> {
  for await (const batch of readJsonlBatches(root, rel, options, onComplete)) yield* batch;
}

/**
 * {@link readJsonlRows}, the rows of each chunk read handed over together: a tracker of 800k rows passed one row at a
 * time through the reader's layers of async generators cost a promise and a result object per row and layer. Rows come
 * in file order, and a row that cannot be read ends the stream only after the rows before it were handed over, as
 * row by row.
 */
export async function* readJsonlBatches(
  root: string,
  rel: string,
  options: JsonlOptions = {},
  onComplete?: (record: ArtifactRecord) => void,
): AsyncGenerator<readonly JsonlRow[], void, undefined> {
  const { abs, path, size } = await statArtifact(root, rel);
  if (size === 0) throw emptyError(path, false);
  const maxLine = options.maxLineBytes ?? MAX_JSONL_LINE_BYTES;
  const hash = createHash('sha256');
  // One buffer, filled chunk after chunk: a stream would leave a new buffer per chunk for the collector (a tracker of a
  // gigabyte, four thousand of them), memory V8 counts apart from its heap and frees late. Opened non-blocking and
  // checked to be a regular file, so a named pipe put in the file's place is refused instead of blocking the run.
  const chunkBuffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let handle: fs.FileHandle | undefined;
  let bytes = 0;
  let line = 0;
  let rows = 0;
  // Bytes of the current, unfinished line. Lines are split on raw 0x0A bytes before decoding
  // (UTF-8 never uses 0x0A inside a character), so every error names the right row and the
  // length limit counts bytes wherever the chunk boundaries fall.
  let pending: Buffer[] = [];
  let pendingBytes = 0;

  const tooLong = () =>
    new ArtifactError('malformed', `${path} row ${line + 1}: longer than ${maxLine} bytes`, {
      path,
      row: line + 1,
      fix: 'JSONL needs one JSON value per line; check the producer writes newlines and does not embed huge values',
    });

  // A line of NULs or other invisible characters among rows is a torn write (a crash leaves NUL bytes where
  // rows were), not an empty line: the rows it stands for are lost. Only a file of nothing else stays `empty`.
  let torn: number | undefined;
  const tornLine = () =>
    new ArtifactError('malformed', `${path} row ${torn}: holds only NUL, control or invisible characters, neither a row nor an empty line (a torn write loses the rows it stood for)`, {
      path,
      row: torn as number,
      fix: 'regenerate the file: an interrupted write left this line; empty lines may hold spaces and tabs only',
    });

  const parseLine = (raw: Buffer): JsonlRow | undefined => {
    line++;
    // A byte order mark marks the file's encoding at byte 0 only. At the start of a later line (`cat a.jsonl b.jsonl`
    // keeps b's) the decoder would drop it silently while another reader refuses the row: a row read one way here.
    if (line > 1 && raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf) {
      throw new ArtifactError('malformed', `${path} row ${line}: starts with a byte order mark (U+FEFF), which belongs at the start of the file only`, {
        path,
        row: line,
        fix: 'strip the byte order marks of the files joined into this one (only byte 0 may hold one), or have the producer write one file',
      });
    }
    let text = decodeUtf8(raw);
    if (text === undefined) throw notUtf8(path, raw, line);
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (isBlank(text)) {
      if (!HONEST_BLANK.test(text)) torn ??= line;
      if (torn !== undefined && rows > 0) throw tornLine();
      return undefined;
    }
    if (torn !== undefined) throw tornLine();
    let parsed;
    try {
      parsed = parseJsonFast(text);
    } catch (e) {
      if (e instanceof JsonParseError) throw jsonParseFailure(path, e, line);
      throw e;
    }
    refuseLookalikeKeys(path, parsed.value, { row: line });
    if (options.rowSchema) {
      const problem = validateSchema(options.rowSchema, parsed.value)[0];
      if (problem) {
        throw new ArtifactError('schema', `${path} row ${line}: ${displayPointer(problem.pointer)} ${problem.message}`, {
          path,
          row: line,
          pointer: problem.pointer,
          expected: problem.expected,
          actual: problem.actual,
          fix: `fix row ${line} (and the producer that wrote it)`,
        });
      }
    }
    rows++;
    return { row: line, value: parsed.value, nonIntegerNumbers: parsed.nonIntegerNumbers, inexactNumbers: parsed.inexactNumbers };
  };

  const takeLine = (tail: Buffer): Buffer => {
    const whole = pending.length === 0 ? tail : Buffer.concat([...pending, tail], pendingBytes + tail.length);
    pending = [];
    pendingBytes = 0;
    return whole;
  };

  try {
    handle = await fs.open(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    if (!(await handle.stat()).isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EINVAL' });
    for (;;) {
      const { bytesRead } = await handle.read(chunkBuffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      // The rows of a chunk are parsed before the next read refills the buffer; only an unfinished line is copied out.
      const chunk = chunkBuffer.subarray(0, bytesRead);
      if (options.signal?.aborted) throw options.signal.reason ?? new Error('aborted');
      hash.update(chunk);
      bytes += chunk.length;
      let start = 0;
      let newline = chunk.indexOf(0x0a, start);
      const batch: JsonlRow[] = [];
      try {
        while (newline !== -1) {
          if (pendingBytes + newline - start > maxLine) throw tooLong();
          const row = parseLine(takeLine(chunk.subarray(start, newline)));
          if (row) batch.push(row);
          start = newline + 1;
          newline = chunk.indexOf(0x0a, start);
        }
        if (start < chunk.length) {
          pending.push(Buffer.from(chunk.subarray(start)));
          pendingBytes += chunk.length - start;
          if (pendingBytes > maxLine) throw tooLong();
        }
      } catch (e) {
        // The rows before the one that failed are the caller's first, as when rows went one at a time.
        if (batch.length > 0) yield batch;
        throw e;
      }
      if (batch.length > 0) yield batch;
    }
    if (pendingBytes > 0) {
      const row = parseLine(takeLine(Buffer.alloc(0)));
      if (row) yield [row];
    }
  } catch (e) {
    if (e instanceof ArtifactError || (options.signal?.aborted ?? false)) throw e;
    throw unreadable(path, e);
  } finally {
    await handle?.close();
  }
  if (rows === 0) throw emptyError(path, true);
  onComplete?.({ path, sha256: hash.digest('hex'), bytes });
}
