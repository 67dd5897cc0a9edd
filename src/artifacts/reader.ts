import { promises as fs } from 'node:fs';
import { EngineOutputGuard, engineDocumentReason, engineOutputError, engineTextReason, realPathOrResolved } from './engine-output.js';
import { ArtifactError } from './errors.js';
import { extensionOf, resolveInsideWithStats, type ResolvedPathWithStats } from './paths.js';
import { readJsonArtifact, type JsonArtifact } from './json.js';
import { readJsonlBatches, type JsonlRow } from './jsonl.js';
import { loadText } from './load.js';
import type { InexactNumbers } from './numbers.js';
import type { JsonSchema } from './schema.js';
import { checkTextFormat, textFormatOf, type TextFormat } from './text-formats.js';
import { readTomlArtifact, type TomlArtifact } from './toml.js';
import type { DocumentExpectations } from './validate-document.js';
import { readYamlArtifact, readYamlStreamArtifact, type YamlArtifact, type YamlStreamArtifact } from './yaml.js';
import { MAX_AGE_CAP_MS, parseDuration } from '../util/time.js';
import type { ArtifactRecord } from './record.js';
import { checkNotFuture, datedAt, earliestRunEnd, type AgeNote } from './freshness.js';
import { isArtifactError } from './errors.js';
import { posix } from 'node:path';
import { realpathNow } from '../util/metadata.js';

export interface ReadOptions {
  schema?: JsonSchema;
  /** Required value of the document's own schema-id field (`/schema` unless `schemaIdPointer`). */
  schemaId?: string;
  schemaIdPointer?: string;
  /** Maximum age, as milliseconds or a duration such as "7d"; requires a timestamp in the document. */
  maxAge?: number | string;
  /** Pointer of the timestamp checked by `maxAge` (default `/generated_at`). */
  generatedAt?: string;
  /** Tolerated clock skew into the future (default 5 minutes). */
  futureSkew?: number | string;
  /** Pointers of the document's run ids, beside `/run_id` and `/correlation_id`: a timestamp in them bounds the age too. */
  runIdPointers?: readonly string[];
  /** The longest a run may last from its first recorded moment to its end, as ms or a duration (default 14d). */
  maxRunLength?: number | string;
  /**
   * False when the gate proves the artifact current another way (it compares every claim with live
   * data), so a date without `maxAge` is not reported as an unbounded age. Default true.
   */
  ageMatters?: boolean;
}

export interface TextArtifact {
  path: string;
  text: string;
  record: ArtifactRecord;
}

export type DocumentFormat = 'json' | 'yaml' | 'toml';

/** A parsed structured artifact of any format: what format-agnostic gates (status, threshold, lineage…) read. */
export interface DocumentArtifact {
  path: string;
  format: DocumentFormat;
  value: unknown;
  /** Pointers of numbers written with a fraction or exponent (`500.0`); for TOML found by value in the text. */
  nonIntegerNumbers: ReadonlySet<string>;
  /** Pointer → the text of every number a double cannot hold exactly, in every format (see artifacts/numbers.ts). */
  inexactNumbers: InexactNumbers;
  /** YAML only: pointer → the pointer of the anchored value an alias copies there (`failed: *baseline`). */
  aliasedScalars?: ReadonlyMap<string, string>;
  /** YAML only: pointer → the name of the anchor that alias named (`failed: *example_failed`). */
  aliasAnchors?: ReadonlyMap<string, string>;
  record: ArtifactRecord;
  /** Line/column of the value at a pointer (JSON and YAML; TOML parsers give no positions). */
  locate(pointer: string): { line: number; column: number } | undefined;
}

export { extensionOf };

const EXTENSION_FORMATS: Record<string, DocumentFormat> = { '.json': 'json', '.yaml': 'yaml', '.yml': 'yaml', '.toml': 'toml' };

/** `.json` → json, `.yaml`/`.yml` → yaml, `.toml` → toml; anything else needs an explicit format. */
export function formatOf(path: string): DocumentFormat | undefined {
  const extension = extensionOf(path);
  return Object.hasOwn(EXTENSION_FORMATS, extension) ? EXTENSION_FORMATS[extension] : undefined;
}

export interface ArtifactReader {
  /** Read a JSON, YAML or TOML document, the format taken from `format` or the file extension. */
  document(path: string, options?: ReadOptions & { format?: DocumentFormat }): Promise<DocumentArtifact>;
  json(path: string, options?: ReadOptions): Promise<JsonArtifact>;
  toml(path: string, options?: ReadOptions): Promise<TomlArtifact>;
  yaml(path: string, options?: ReadOptions): Promise<YamlArtifact>;
  /**
   * Read a YAML file that may be a stream of several documents (`---` between them), each held to what {@link yaml}
   * holds one document to (no schema id or maximum age: a stream has no one envelope). A date from the future in any
   * document fails it, as it fails a document read without a maximum age.
   */
  yamlStream(path: string): Promise<YamlStreamArtifact>;
  /**
   * Read UTF-8 text that is not blank. A structured text format (XML, HTML, CSV, JSONC: from the extension, or
   * `format`) must also be well-formed: see text-formats.ts.
   */
  text(path: string, options?: { format?: TextFormat }): Promise<TextArtifact>;
  jsonl(path: string, options?: JsonlReadOptions): AsyncIterable<JsonlRow>;
  /**
   * {@link jsonl}'s rows, several at a time (each batch non-empty, in file order): what a gate streaming a large file
   * reads, so that each row does not cost a promise per layer of the reader. A row that fails ends the stream after
   * the rows before it were handed over, as with {@link jsonl}.
   */
  jsonlBatches(path: string, options?: JsonlReadOptions): AsyncIterable<readonly JsonlRow[]>;
}

/** How a stream of JSON rows is read: the schema every row meets, and where its rows are dated. */
export interface JsonlReadOptions {
  rowSchema?: JsonSchema;
  /**
   * Where each row records its moment (go test -json's `/Time`) and the gate's bound on the stream's age, which the
   * gate checks itself: a stream whose rows are dated there, read with no bound, is reported `age_unbounded` as a dated
   * document is; one that records no moment (libtest's) is not dated, as a document without a date is not.
   */
  age?: { pointer: string; maxAge?: string | number };
}

function toMs(value: number | string, label: string): number {
  if (typeof value === 'number') return value;
  const parsed = parseDuration(value);
  if (!parsed.ok) throw new TypeError(`${label}: ${parsed.reason}`);
  return parsed.value;
}

/** True when `maxAge` parses and is at most {@link MAX_AGE_CAP_MS}. */
function withinAgeCap(maxAge: number | string): boolean {
  try {
    return toMs(maxAge, 'maxAge') <= MAX_AGE_CAP_MS;
  } catch {
    return true; // an unparsable bound fails the read itself
  }
}

/** Where an unbounded read looks for a date from the future, and how much skew it forgives. */
function futureOptions(options: ReadOptions | undefined): { pointer?: string; futureSkewMs?: number } {
  return {
    ...(options?.generatedAt !== undefined ? { pointer: options.generatedAt } : {}),
    ...(options?.futureSkew !== undefined ? { futureSkewMs: toMs(options.futureSkew, 'futureSkew') } : {}),
  };
}

export function toExpectations(options: ReadOptions = {}): DocumentExpectations {
  const expect: DocumentExpectations = {};
  if (options.schema !== undefined) expect.schema = options.schema;
  if (options.schemaId !== undefined) expect.schemaId = options.schemaId;
  if (options.schemaIdPointer !== undefined) expect.schemaIdPointer = options.schemaIdPointer;
  if (options.maxAge !== undefined) {
    expect.freshness = { maxAgeMs: toMs(options.maxAge, 'maxAge') };
    if (options.generatedAt !== undefined) expect.freshness.pointer = options.generatedAt;
    if (options.futureSkew !== undefined) expect.freshness.futureSkewMs = toMs(options.futureSkew, 'futureSkew');
    if (options.runIdPointers !== undefined) expect.freshness.runIdPointers = options.runIdPointers;
    // A custom gate's length past the config's cap checks at the cap: no run lasts longer, and past it the check is off.
    if (options.maxRunLength !== undefined) expect.freshness.maxRunLengthMs = Math.min(toMs(options.maxRunLength, 'maxRunLength'), MAX_AGE_CAP_MS);
  }
  return expect;
}

/**
 * A reader bound to one gate run: every artifact it reads is reported so the verdict can list it with
 * its digest, and (with `onAge`) every structured read says whether it bounded the artifact's age.
 */
/** A document (or JSONL row, as in an event stream) naming one of gate-engine's own schemas is engine output wherever it was copied to. */
function refuseEngineSchema(path: string, value: unknown): void {
  const why = engineDocumentReason(value);
  if (why !== undefined) throw engineOutputError(path, why);
}

/** The first row of a batch that is a row of the engine's own output, with the error that refuses it. */
function engineRowIn(path: string, batch: readonly JsonlRow[]): { at: number; error: Error } | undefined {
  for (let at = 0; at < batch.length; at++) {
    const why = engineDocumentReason((batch[at] as JsonlRow).value);
    if (why !== undefined) return { at, error: engineOutputError(path, why) };
  }
  return undefined;
}

export function createReader(root: string, now: Date, record: (r: ArtifactRecord) => void, signal?: AbortSignal, outputDir?: string, onAge?: (note: AgeNote) => void, beforeRead?: (path: string) => void): ArtifactReader {
  const keep = <T extends { record: ArtifactRecord }>(artifact: T): T => {
    record(artifact.record);
    return artifact;
  };
  // The engine's own outputs (this run's output directory, earlier runs' verdicts and logs) are never evidence.
  let guard: Promise<EngineOutputGuard> | undefined;
  const refuseEngineOutput = async (path: string, resolved?: ResolvedPathWithStats): Promise<void> => {
    guard ??= (async () => new EngineOutputGuard(await realPathOrResolved(root), outputDir === undefined ? [] : [await realPathOrResolved(outputDir)]))();
    const g = await guard;
    let real: string;
    try {
      // A resolution that walked every component already knows the real path (the gate's resolver remembers the
      // directories it proved): realpath only for what it could not follow (a dangling last link).
      const walked = resolved ?? (await resolveInsideWithStats(root, path));
      real = walked.real ?? realpathNow(walked.abs);
    } catch {
      return; // missing, outside the root…: the reader itself says why
    }
    const why = await g.reason(real);
    if (why !== undefined) throw engineOutputError(path, why);
  };
  /** Read a structured document and tell `onAge` whether its age was bounded (even when the bound failed it). */
  const dated = async <T extends { path: string; value: unknown; record: ArtifactRecord }>(path: string, options: ReadOptions | undefined, read: () => Promise<T>): Promise<T> => {
    // A bound beyond MAX_AGE_CAP_MS bounds nothing a release cares about: still checked, but reported unbounded.
    const bounded = options?.maxAge !== undefined && withinAgeCap(options.maxAge);
    let artifact: T;
    try {
      artifact = await read();
    } catch (e) {
      if (bounded && onAge !== undefined) {
        onAge({ kind: 'bounded', path: posix.normalize(path.replace(/\\/g, '/')) });
        if (isArtifactError(e) && e.detail.path !== undefined) onAge({ kind: 'bounded', path: e.detail.path });
      }
      throw e;
    }
    refuseEngineSchema(artifact.path, artifact.value);
    if (options?.maxAge === undefined && options?.ageMatters !== false) checkNotFuture(artifact.path, artifact.value, now, futureOptions(options));
    if (onAge !== undefined) {
      if (bounded) {
        const end = earliestRunEnd(artifact.value, options?.generatedAt);
        onAge({ kind: 'bounded', path: artifact.path, ...(end !== undefined ? { end } : {}) });
      }
      else if (options?.ageMatters !== false || options?.maxAge !== undefined) {
        const date = datedAt(artifact.value, options?.generatedAt);
        if (date !== undefined) onAge({ kind: 'unbounded', path: artifact.path, ...date, ...(options?.maxAge !== undefined ? { maxAge: String(options.maxAge) } : {}) });
      }
    }
    return keep(artifact);
  };
  const reader: ArtifactReader = {
    document: async (path, options = {}) => {
      const format = options.format ?? formatOf(path);
      if (format === undefined) {
        throw new ArtifactError('malformed', `${path}: cannot tell the format from the file name`, {
          path,
          fix: 'name the file .json, .yaml, .yml or .toml, or set the gate\'s `format` option',
        });
      }
      if (format === 'json') {
        const a = await reader.json(path, options);
        return { path: a.path, format, value: a.value, nonIntegerNumbers: a.nonIntegerNumbers, inexactNumbers: a.inexactNumbers, record: a.record, locate: a.locate };
      }
      if (format === 'yaml') {
        const a = await reader.yaml(path, options);
        return { path: a.path, format, value: a.value, nonIntegerNumbers: a.nonIntegerNumbers, inexactNumbers: a.inexactNumbers, aliasedScalars: a.aliasedScalars, aliasAnchors: a.aliasAnchors, record: a.record, locate: a.locate };
      }
      const a = await reader.toml(path, options);
      return { path: a.path, format, value: a.value, nonIntegerNumbers: a.nonIntegerNumbers, inexactNumbers: a.inexactNumbers, record: a.record, locate: () => undefined };
    },
    json: async (path, options) => {
      beforeRead?.(path);
      await refuseEngineOutput(path);
      return dated(path, options, () => readJsonArtifact(root, path, now, toExpectations(options)));
    },
    toml: async (path, options) => {
      beforeRead?.(path);
      await refuseEngineOutput(path);
      return dated(path, options, () => readTomlArtifact(root, path, now, toExpectations(options)));
    },
    yaml: async (path, options) => {
      beforeRead?.(path);
      await refuseEngineOutput(path);
      return dated(path, options, () => readYamlArtifact(root, path, now, toExpectations(options)));
    },
    yamlStream: async (path) => {
      beforeRead?.(path);
      await refuseEngineOutput(path);
      const artifact = await readYamlStreamArtifact(root, path, now);
      for (const value of artifact.documents) {
        refuseEngineSchema(artifact.path, value);
        checkNotFuture(artifact.path, value, now, futureOptions(undefined));
        const date = onAge === undefined ? undefined : datedAt(value, undefined);
        if (date !== undefined) onAge?.({ kind: 'unbounded', path: artifact.path, ...date });
      }
      return keep(artifact);
    },
    text: async (path, options) => {
      beforeRead?.(path);
      // One resolution serves the engine-output check and the read (source trees are read here file by file).
      const resolved = await resolveInsideWithStats(root, path).catch(() => undefined);
      await refuseEngineOutput(path, resolved);
      const file = await loadText(root, path, resolved);
      const why = engineTextReason(file.text);
      if (why !== undefined) throw engineOutputError(path, why);
      // After the engine-output check: a verdict rendering cut off is still the engine's, never evidence.
      await checkTextFormat(file.path, file.text, options?.format ?? textFormatOf(file.path));
      return keep({ path: file.path, text: file.text, record: { path: file.path, sha256: file.sha256, bytes: file.bytes } });
    },
    jsonl: (path, options = {}) => ({
      async *[Symbol.asyncIterator]() {
        for await (const batch of reader.jsonlBatches(path, options)) yield* batch;
      },
    }),
    jsonlBatches: (path, options = {}) => ({
      async *[Symbol.asyncIterator]() {
        beforeRead?.(path);
        await refuseEngineOutput(path);
        const { age, ...rows } = options;
        const at = posix.normalize(path.replace(/\\/g, '/'));
        // As a dated document's read says (see `dated`): a bound set, even when the stream then fails it; or, for a stream
        // read whole (a row the reader or the gate refuses ends it first, as a document's failed read tells nothing), the
        // first row dated where the rows record their moment.
        const bounded = age?.maxAge !== undefined && withinAgeCap(age.maxAge);
        if (bounded) onAge?.({ kind: 'bounded', path: at });
        let date: ReturnType<typeof datedAt>;
        for await (const batch of readJsonlBatches(root, path, { ...rows, ...(signal ? { signal } : {}) }, record)) {
          const refused = engineRowIn(path, batch);
          if (age !== undefined && !bounded && date === undefined && onAge !== undefined && refused === undefined) {
            for (const row of batch) if ((date = datedAt(row.value, age.pointer)) !== undefined) break;
          }
          if (refused === undefined) {
            yield batch;
            continue;
          }
          // The rows before the engine's own are handed over first, as they were one at a time.
          if (refused.at > 0) yield batch.slice(0, refused.at);
          throw refused.error;
        }
        if (date !== undefined) onAge?.({ kind: 'unbounded', path: at, ...date, ...(age?.maxAge !== undefined ? { maxAge: String(age.maxAge) } : {}) });
      },
    }),
  };
  return reader;
}
