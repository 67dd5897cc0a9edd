import { promises as fs } from 'node:fs';
import { withoutEngineSecrets } from './child-env.js';
import { ArtifactError } from '../artifacts/errors.js';
import { listGlob, listGlobNames } from '../artifacts/glob.js';
import { openResolverScope, resolveInside } from '../artifacts/paths.js';
import { ageUnboundedFinding, type AgeNote, type DatedMoment } from '../artifacts/freshness.js';
import { createReader, type ArtifactReader } from '../artifacts/reader.js';
import { readGitHead } from '../util/git.js';
import type { ArtifactRecord, CheckDetail, CheckResult, CheckStatus, GateContext, WaiverBook } from './types.js';
import { isBlank } from '../util/text-classes.js';
import type { HeapGuard } from './memory.js';
import { statAsPromise } from '../util/metadata.js';

export interface CollectedEvidence {
  checks: CheckResult[];
  artifacts: ArtifactRecord[];
  skipMessage?: string;
  /** Per file the gate read with a bound on its age, the earliest moment it says its run had produced it by. */
  runEnds: Map<string, DatedMoment>;
}

export interface GateContextHandle {
  ctx: GateContext;
  evidence: CollectedEvidence;
  /** After this, the gate can no longer change its result (a timed-out gate keeps running in the background). */
  close(): void;
  /** Reads, listings and existence checks the gate started that have not settled yet (a JSONL read: until it ends). */
  pending(): number;
}

/**
 * The reader, counting what is in flight: a gate that returns while a read it started is pending has not finished
 * judging (a `.then(…)` it never awaited), and what that read would record comes after the gate was judged.
 */
function countingReader(reader: ArtifactReader, track: <T>(work: Promise<T>) => Promise<T>, enter: () => () => void): ArtifactReader {
  return {
    document: (path, options) => track(reader.document(path, options)),
    json: (path, options) => track(reader.json(path, options)),
    toml: (path, options) => track(reader.toml(path, options)),
    yaml: (path, options) => track(reader.yaml(path, options)),
    yamlStream: (path) => track(reader.yamlStream(path)),
    text: (path, options) => track(reader.text(path, options)),
    // Row by row from the batches: one generator per row here, not one in every layer below.
    jsonl: (path, options) => ({
      async *[Symbol.asyncIterator]() {
        const leave = enter();
        try {
          for await (const batch of reader.jsonlBatches(path, options)) yield* batch;
        } finally {
          leave();
        }
      },
    }),
    jsonlBatches: (path, options) => ({
      async *[Symbol.asyncIterator]() {
        const leave = enter();
        try {
          yield* reader.jsonlBatches(path, options);
        } finally {
          leave();
        }
      },
    }),
  };
}

const DETAIL_KEYS = ['path', 'pointer', 'line', 'column', 'row', 'expected', 'actual', 'fix', 'failing', 'failing_more'] as const;

function requireText(value: unknown, what: string): string {
  if (typeof value !== 'string' || isBlank(value)) throw new TypeError(`${what} must be a non-empty string, got ${JSON.stringify(value)}`);
  return value;
}

const TEXT_KEYS: ReadonlySet<string> = new Set(['path', 'pointer', 'fix']);
const LINE_KEYS: ReadonlySet<string> = new Set(['line', 'column', 'row']);

/**
 * `expected` / `actual` as the JSON the verdict will hold, copied now (a gate cannot change it later): a
 * bigint or a non-finite number is written as text, a Date as its toJSON. Undefined when it is no JSON value
 * (a function, a symbol, a circular object, a toJSON that throws).
 */
function detailJson(value: unknown): { ok: true; value: unknown } | { ok: false; why: string } {
  if (typeof value === 'function' || typeof value === 'symbol') return { ok: false, why: `a ${typeof value}` };
  try {
    const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}` : typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
    if (text === undefined) return { ok: false, why: 'no JSON value' };
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    let why = 'no JSON value';
    try {
      why = e instanceof Error ? e.message.split('\n')[0] ?? why : why;
    } catch {
      // a message that cannot be read says nothing more
    }
    return { ok: false, why };
  }
}

/**
 * The detail a gate passes is copied field by field: unknown keys or functions never reach the verdict, and a
 * field of the wrong type (a numeric path, a line 0, a circular `actual`) is the gate's bug. `strict` throws a
 * TypeError for it (the gate crashes: a failed check, never a verdict the engine cannot write); otherwise the
 * field is left out.
 */
function copyDetail(detail: CheckDetail | undefined, strict = true): CheckDetail {
  const out: CheckDetail = {};
  if (detail === undefined) return out;
  if (detail === null || typeof detail !== 'object') {
    if (strict) throw new TypeError(`check detail must be an object, got ${typeof detail}`);
    return out;
  }
  for (const key of DETAIL_KEYS) {
    const value = detail[key];
    if (value === undefined) continue;
    let problem: string | undefined;
    if (TEXT_KEYS.has(key)) {
      if (typeof value === 'string') (out as Record<string, unknown>)[key] = value;
      else problem = `must be a string, got ${typeof value}`;
    } else if (key === 'failing') {
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) (out as Record<string, unknown>)[key] = [...(value as string[])];
      else problem = 'must be a list of strings';
    } else if (key === 'failing_more') {
      if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) (out as Record<string, unknown>)[key] = value;
      else problem = `must be a whole number ≥ 1, got ${typeof value === 'number' ? String(value) : typeof value}`;
    } else if (LINE_KEYS.has(key)) {
      if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) (out as Record<string, unknown>)[key] = value;
      else problem = `must be a whole number ≥ 1, got ${typeof value === 'number' ? String(value) : typeof value}`;
    } else {
      const json = detailJson(value);
      if (json.ok) (out as Record<string, unknown>)[key] = json.value;
      else problem = `must be a JSON value, got ${json.why}`;
    }
    if (problem !== undefined && strict) throw new TypeError(`check detail ${key} ${problem}`);
  }
  return out;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function artifactErrorCheck(id: string, error: ArtifactError): CheckResult {
  return { id, status: 'fail', code: error.code, message: error.message, ...copyDetail(error.detail, false) };
}

export interface ContextEnvironment {
  root: string;
  outputDir: string;
  logsDir?: string;
  keepOutput?: (rel: string) => void;
  outputsCut?: (reason: string) => void;
  runId: string;
  env: Readonly<Record<string, string | undefined>>;
  now: Date;
  signal: AbortSignal;
  waivers: WaiverBook;
  /** Asked before every read and listing: stops the gate once the heap is past its bound (see core/memory.ts). */
  heap?: HeapGuard;
  /** Called before the gate touches a root-relative path (undefined: lists files); may wait for a writer. */
  beforeAccess?: (path: string | undefined) => Promise<void>;
}

/** The reader with a wait before every access, so a gate never reads what a running writer may still change. */
function guardReader(reader: ArtifactReader, before: (path: string | undefined) => Promise<void>): ArtifactReader {
  return {
    document: async (path, options) => (await before(path), reader.document(path, options)),
    json: async (path, options) => (await before(path), reader.json(path, options)),
    toml: async (path, options) => (await before(path), reader.toml(path, options)),
    yaml: async (path, options) => (await before(path), reader.yaml(path, options)),
    yamlStream: async (path) => (await before(path), reader.yamlStream(path)),
    text: async (path, options) => (await before(path), reader.text(path, options)),
    jsonl: (path, options) => ({
      async *[Symbol.asyncIterator]() {
        await before(path);
        yield* reader.jsonl(path, options);
      },
    }),
    jsonlBatches: (path, options) => ({
      async *[Symbol.asyncIterator]() {
        await before(path);
        yield* reader.jsonlBatches(path, options);
      },
    }),
  };
}

export function createGateContext(gateId: string, env: ContextEnvironment): GateContextHandle {
  const { root, now, signal } = env;
  const evidence: CollectedEvidence = { checks: [], artifacts: [], runEnds: new Map() };
  let closed = false;
  // One path resolver for the gate's reads while it runs: directories it has proven inside the root stay proven.
  const closeResolver = openResolverScope(root);

  const add = (status: CheckStatus, id: unknown, code: unknown, message: unknown, detail: CheckDetail | undefined) => {
    if (closed) return;
    evidence.checks.push({
      id: requireText(id, 'check id'),
      status,
      code: requireText(code, 'check code'),
      message: requireText(message, 'check message'),
      ...copyDetail(detail),
    });
  };
  const recorded = new Set<string>();
  const recordArtifact = (record: ArtifactRecord) => {
    if (closed) return;
    // A gate may read the same file twice; the verdict lists it once (a Set: gates read 10,000s of files).
    const key = `${record.path}\0${record.sha256}`;
    if (recorded.has(key)) return;
    recorded.add(key);
    evidence.artifacts.push(record);
  };

  // Dated artifacts read without a maximum age; a bounded read of the same file in this gate clears it.
  const boundedAges = new Set<string>();
  const unboundedAges = new Map<string, Extract<AgeNote, { kind: 'unbounded' }>>();
  const noteAge = (note: AgeNote) => {
    if (closed) return;
    if (note.kind === 'bounded') {
      boundedAges.add(note.path);
      const known = evidence.runEnds.get(note.path);
      if (note.end !== undefined && (known === undefined || note.end.at < known.at)) evidence.runEnds.set(note.path, note.end);
    }
    else if (!unboundedAges.has(note.path)) unboundedAges.set(note.path, note);
  };

  let waiverView: WaiverBook | undefined;
  // Frozen, so a gate reads it and never changes what the next gate or a command sees; without the engine's secrets.
  const frozenEnv: Readonly<Record<string, string | undefined>> = Object.freeze(withoutEngineSecrets(env.env));
  const heap = env.heap;
  const heapCheck = heap === undefined ? undefined : (path: string) => heap.check(path);
  let inFlight = 0;
  const enter = () => {
    inFlight++;
    let left = false;
    return () => {
      if (!left) inFlight--;
      left = true;
    };
  };
  const track = <T>(work: Promise<T>): Promise<T> => {
    const leave = enter();
    return work.finally(leave);
  };
  const reader = env.beforeAccess ? guardReader(createReader(root, now, recordArtifact, signal, env.outputDir, noteAge, heapCheck), env.beforeAccess) : createReader(root, now, recordArtifact, signal, env.outputDir, noteAge, heapCheck);
  const ctx: GateContext = {
    gateId,
    root,
    now: new Date(now.getTime()),
    signal,
    read: countingReader(reader, track, enter),
    outputDir: env.outputDir,
    logsDir: env.logsDir ?? 'commands',
    keepOutput: (rel) => {
      if (!closed) env.keepOutput?.(rel);
    },
    outputsCut: (reason) => {
      if (!closed) env.outputsCut?.(requireText(reason, 'reason'));
    },
    runId: env.runId,
    get waivers() {
      // The waiver sources were read once for the whole run; a gate that looks at them has read them.
      for (const record of env.waivers.records) recordArtifact(record);
      // The run decides every gate's waiver from the book: a gate gets a frozen copy, so it cannot waive itself or another gate.
      waiverView ??= deepFreeze(structuredClone(env.waivers));
      return waiverView;
    },
    env: frozenEnv,
    git: { head: () => track(readGitHead(root)) },
    pass: (id, message, detail) => add('pass', id, 'ok', message, detail),
    fail: (id, code, message, detail) => add('fail', id, code, message, detail),
    warn: (id, code, message, detail) => add('warn', id, code, message, detail),
    failFromError: (id, error) => {
      // Only evidence problems are findings; anything else is a bug in the gate and must crash loudly.
      if (!(error instanceof ArtifactError)) throw error;
      if (!closed) evidence.checks.push(artifactErrorCheck(requireText(id, 'check id'), error));
    },
    skip: (message) => {
      if (!closed) evidence.skipMessage = requireText(message, 'skip message');
    },
    list: (pattern, options) =>
      track(
        (async () => {
          heapCheck?.(pattern);
          await env.beforeAccess?.(undefined);
          const listing = { exclude: [env.outputDir], ...(options?.dot === true ? { dot: true } : {}) };
          return options?.names === true ? listGlobNames(root, pattern, listing) : listGlob(root, pattern, listing);
        })(),
      ) as ReturnType<GateContext['list']>,
    exists: (path) =>
      track(
        (async () => {
          await env.beforeAccess?.(path);
          const { abs } = await resolveInside(root, path);
          return statAsPromise(abs).then(
            () => true,
            () => false,
          );
        })(),
      ),
  };
  return {
    ctx,
    evidence,
    pending: () => inFlight,
    close: () => {
      if (closed) return;
      // Only a gate that reported something gets the warning: zero checks must stay vacuous, never turn into warn.
      if (evidence.checks.length > 0) {
        const paths = [...unboundedAges.keys()].filter((p) => !boundedAges.has(p)).sort();
        for (const path of paths) evidence.checks.push({ status: 'warn', ...ageUnboundedFinding(unboundedAges.get(path) as Extract<AgeNote, { kind: 'unbounded' }>) });
      }
      closed = true;
      closeResolver();
    },
  };
}
