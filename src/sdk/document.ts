/**
 * Reading a gate's structured document and reporting on it: the option schemas for path / format /
 * schema_id / max_age, reading a document while recording a reader failure as a check, selecting
 * one array entry by its fields, and showing values in messages. Moved here from the artifact_status
 * gate, which the other artifact gates used to import: gates share code only through the SDK.
 */
import { formatWhere } from '../artifacts/errors.js';
import type { DocumentArtifact, DocumentFormat, ReadOptions } from '../artifacts/reader.js';
import { displayPointer, type JsonSchema } from '../artifacts/schema.js';
import type { CheckDetail, GateContext } from '../core/types.js';
import { encodePointerSegment, getAtPointer, parsePointer } from '../util/pointer.js';
import { describeInexact, inexactWithin } from '../artifacts/numbers.js';
import { envelopeKeysOf, hollowReason, unsetLineageKeysOf } from '../artifacts/hollow.js';
import { caseFoldedKey, escapedReadings, visibleForm } from '../util/text-classes.js';


/** RFC 6901: empty (the whole document) or `/`-separated segments where `~` is only `~0` or `~1`. */
export const POINTER_PATTERN = '^(/([^~/]|~[01])*)*$';
/** What core/time.ts parseDuration accepts: a whole number and a unit. */
export const DURATION_PATTERN = '^\\s*[0-9]+\\s*(ms|s|m|h|d|w)\\s*$';

export const DOCUMENT_FORMATS: readonly DocumentFormat[] = ['json', 'yaml', 'toml'];

export const formatOption = (formats: readonly string[], what = 'the artifact'): JsonSchema => ({
  enum: [...formats],
  description: `Format of ${what}; default from the file extension (.json, .yaml/.yml, .toml${formats.includes('jsonl') ? ', .jsonl/.ndjson' : ''}${formats.includes('xml') ? ', .xml, .html/.htm, .csv, .tsv/.tab/.psv (csv), .jsonc, .json5' : ''}${formats.includes('text') ? '; anything else is text' : ''}).`,
});

export const pathOption = (description: string): JsonSchema => ({ type: 'string', minLength: 1, description });

export const pointerOption = (description: string): JsonSchema => ({ type: 'string', pattern: POINTER_PATTERN, description });

export const SCHEMA_ID_OPTION: JsonSchema = {
  type: 'string',
  minLength: 1,
  description: 'Required value of the artifact\'s own `/schema` field (e.g. "pi.ext.conformance_summary.v2"); json, yaml and toml only.',
};

export const MAX_AGE_OPTION: JsonSchema = {
  type: 'string',
  pattern: DURATION_PATTERN,
  description: 'Maximum age such as "7d" or "12h", measured from the artifact\'s `/generated_at` (or `date_field`; RFC 3339, required when set); json, yaml and toml only.',
};

export const MAX_RUN_LENGTH_OPTION: JsonSchema = {
  type: 'string',
  pattern: DURATION_PATTERN,
  description: 'Longest a run may last, such as "14d" (the default) or "36h": with `max_age`, every moment the artifact\'s run records (its start, its items\') must lie within it before the run\'s end, or it is `stale` (a re-stamped end cannot clear an old start); at most 400d; json, yaml and toml only.',
};

export const DATE_FIELD_OPTION: JsonSchema = {
  type: 'string',
  pattern: '^(/([^~/]|~[01])*)+$',
  description: 'JSON pointer of the date the artifact was produced, when its producer writes it elsewhere than `/generated_at` (e.g. /generatedAt, /timestamp): `max_age` is measured from it, and a gate without `max_age` warns that it is unbounded; json, yaml and toml only.',
};

export interface DocumentReadOptions {
  path: string;
  format?: DocumentFormat;
  schema_id?: string;
  max_age?: string;
  /** Longest a run may last from its first recorded moment to its end (default 14d). */
  max_run_length?: string;
  /** Pointer of the production date when it is not `/generated_at`. */
  date_field?: string;
  /** Where the document names its run: a timestamp there bounds its age with max_age too. */
  lineage?: { run_id?: string; correlation_id?: string };
}

export function readerOptions(options: Omit<DocumentReadOptions, 'path'>): ReadOptions & { format?: DocumentFormat } {
  const runIdPointers = [options.lineage?.run_id, options.lineage?.correlation_id].filter((p): p is string => p !== undefined);
  return {
    ...(options.format !== undefined ? { format: options.format } : {}),
    ...(options.schema_id !== undefined ? { schemaId: options.schema_id } : {}),
    ...(options.date_field !== undefined ? { generatedAt: options.date_field } : {}),
    ...(options.max_age !== undefined ? { maxAge: options.max_age.trim(), ...(runIdPointers.length > 0 ? { runIdPointers } : {}), ...(options.max_run_length !== undefined ? { maxRunLength: options.max_run_length.trim() } : {}) } : {}),
  };
}

/**
 * Read the gate's document. A reader failure (missing, empty, unreadable, malformed, duplicate_key,
 * schema, stale, future, outside_root) becomes a failed check carrying the reader's own code, and
 * the caller gets undefined: there is nothing further to check.
 */
export async function readDocumentChecked(ctx: GateContext, options: DocumentReadOptions, checkId = 'artifact'): Promise<DocumentArtifact | undefined> {
  let doc: DocumentArtifact;
  try {
    doc = await ctx.read.document(options.path, readerOptions(options));
  } catch (e) {
    ctx.failFromError(checkId, e);
    return undefined;
  }
  // A stub of nulls, empty collections and placeholders proves nothing, whatever a schema or pointer then finds in it
  // (a schema without `required` accepts `{}`).
  const hollow = hollowDocumentReason(doc.value);
  if (hollow !== undefined) {
    failHollow(ctx, checkId, doc.path, hollow);
    return undefined;
  }
  return doc;
}


/** Why a parsed document holds nothing (see artifacts/hollow.ts), worded to follow "holds nothing: ", or undefined. */
export function hollowDocumentReason(value: unknown): string | undefined {
  const hollow = hollowReason(value);
  if (hollow !== undefined) return hollow.startsWith('every value') ? hollow : `its whole document is ${hollow}`;
  return hollowPayloadReason(value);
}

/**
 * Why a document holds nothing beside its envelope, or undefined: it has fields other than the envelope and every one of
 * them is hollow. A document of envelope fields alone (a stamp a step writes to say it ran) is content, and so is one
 * whose only other fields are unset pointers at an earlier release ({@link unsetLineageKeysOf}).
 */
function hollowPayloadReason(value: unknown): string | undefined {
  if (!isPlainObject(value)) return undefined;
  const keys = Object.keys(value);
  const envelope = envelopeKeysOf(value);
  if (envelope.length === 0) return undefined;
  // An unset pointer at another release (`previous_version: null`) is said of the subject, not a body left unfilled.
  const setAside = [...envelope, ...unsetLineageKeysOf(value)];
  if (setAside.length === keys.length) return undefined;
  const payload: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const k of keys) if (!setAside.includes(k)) payload[k] = value[k];
  const why = hollowReason(payload);
  return why === undefined ? undefined : `${why.replace(/^every value in it/, 'every value beside its envelope')} (envelope: ${envelope.join(', ')})`;
}

/** The `empty` failure of an artifact that parses but is hollow. */
export function failHollow(ctx: GateContext, checkId: string, path: string, what: string): void {
  ctx.fail(checkId, 'empty', `${path} parses but holds nothing: ${what}`, {
    path,
    expected: 'a document with content',
    actual: what,
    fix: 'the step that writes this artifact produced no content (it wrote a stub); re-run it and check its log',
  });
}

/** Line/column of the value at a pointer or, when it is absent, of its nearest existing ancestor. */
export function locateNearest(doc: DocumentArtifact, pointer: string): { line: number; column: number } | undefined {
  let at = pointer;
  for (;;) {
    const found = doc.locate(at);
    if (found !== undefined || at === '') return found;
    at = at.slice(0, at.lastIndexOf('/'));
  }
}

/** `path:line:column` when the position is known, else `path`. */
export function whereOf(path: string, position: { line: number; column: number } | undefined): string {
  return formatWhere({ path, ...position });
}

/** A value as it would be written in JSON, shortened; TOML dates and non-finite numbers say what they are. */
export function showValue(value: unknown): string {
  if (value instanceof Date) return `${Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString()} (an unquoted TOML date, not a string)`;
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint') return `${value}`;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/** A value the verdict file can hold as is (JSON has no dates, NaN or bigints). */
export function jsonSafe(value: unknown): unknown {
  if (value instanceof Date) return showValue(value);
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint') return `${value}`;
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Deep equality of JSON values, type-strict: no coercion, dates and other objects never equal a JSON value. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual(a[k], b[k]));
}

/** The failed check for a pointer that is absent from the document. */
export function failMissingField(ctx: GateContext, checkId: string, doc: DocumentArtifact, pointer: string, expected: unknown, fix: string): void {
  const position = locateNearest(doc, pointer);
  ctx.fail(checkId, 'missing_field', `${whereOf(doc.path, position)}: ${displayPointer(pointer)} is absent`, {
    path: doc.path,
    pointer,
    ...position,
    expected,
    actual: 'absent',
    fix,
  });
}

/** Location detail of the value at a pointer (it exists). */
export function valueDetail(doc: DocumentArtifact, pointer: string): CheckDetail {
  return { path: doc.path, pointer, ...doc.locate(pointer) };
}

/** Options that select one entry of an array by its fields instead of by its position. */
export interface SelectOptions {
  /** JSON pointer of an array of objects (e.g. /benchmarks). */
  array?: string;
  /** Fields the one selected entry must hold (type-strict), e.g. { name: parse_large }; a key starting with `/` is a pointer inside the entry. */
  where?: Record<string, unknown>;
}

export const ARRAY_OPTION: JsonSchema = {
  type: 'string',
  pattern: POINTER_PATTERN,
  description: 'With `where`: JSON pointer of an array of objects; `pointer` is then read inside the one entry `where` selects (recommended over an index such as /benchmarks/3, which a reordered report silently changes).',
};

export const WHERE_OPTION: JsonSchema = {
  type: 'object',
  minProperties: 1,
  description: 'With `array`: the fields that identify the entry (e.g. { name: parse_large }), compared type-strictly; exactly one entry must match (none is `no_match`, several is `several_matches`). A key starting with `/` is a JSON pointer inside the entry.',
};

const fieldPointer = (key: string) => (key.startsWith('/') ? key : `/${encodePointerSegment(key)}`);

/**
 * The absolute pointer a gate reads: `pointer` itself, or — with `array` and `where` — `pointer`
 * inside the one entry of `array` whose fields equal `where`. Zero or several matching entries,
 * an absent or non-array `array`, or a matching field that is an imprecise number fail the check
 * (and undefined is returned): a reordered report can never make the gate read another entry.
 */
export function selectPointer(ctx: GateContext, checkId: string, doc: DocumentArtifact, options: SelectOptions & { pointer: string }): string | undefined {
  if (options.array === undefined || options.where === undefined) return options.pointer;
  const { array, where } = options;
  const lookup = getAtPointer(doc.value, array);
  const wanted = Object.entries(where);
  const described = wanted.map(([k, v]) => `${k} = ${showValue(v)}`).join(', ');
  if (!lookup.found) {
    failMissingField(ctx, checkId, doc, array, `an array with one entry where ${described}`, `have the producer write ${displayPointer(array)}, or correct the \`array\` option`);
    return undefined;
  }
  if (!Array.isArray(lookup.value)) {
    ctx.fail(checkId, 'wrong_type', `${whereOf(doc.path, doc.locate(array))}: ${displayPointer(array)} must be an array to select an entry where ${described}, found ${describeValueType(lookup.value)}`, {
      ...valueDetail(doc, array),
      expected: 'an array of objects',
      actual: jsonSafe(lookup.value),
      fix: 'point `array` at the list of entries (e.g. /benchmarks)',
    });
    return undefined;
  }
  // Entries whose fields only read the same (`conformance\u200b`, full width) count as matches too: of two entries a
  // reader cannot tell apart, picking the exact one would let a look-alike hide the other's result.
  const matches: number[] = [];
  let exact = 0;
  lookup.value.forEach((entry, i) => {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return;
    // A field under a key that only reads as the wanted one (`name\u200b`, `nаme` with a Cyrillic а) is that field to a
    // reader, as a look-alike value is that value: the entry counts among the matches.
    if (!wanted.every(([key, value]) => valuesReadingAs(entry, fieldPointer(key)).some((found) => readsSame(found, value)))) return;
    matches.push(i);
    if (wanted.every(([key, value]) => {
      const field = getAtPointer(entry, fieldPointer(key));
      return field.found && jsonEqual(field.value, value);
    })) exact++;
  });
  const position = locateNearest(doc, array);
  if (matches.length !== 1 || exact !== 1) {
    const several = matches.length > 1;
    ctx.fail(checkId, several ? 'several_matches' : 'no_match', `${whereOf(doc.path, position)}: ${several ? `${matches.length} entries` : 'no entry'} of ${displayPointer(array)} ${several ? 'have' : 'has'} ${described}${several ? ` (indexes ${matches.join(', ')}${exact < matches.length ? '; some only read the same: invisible characters, spaces, markup, escapes or Unicode forms differ in their values or field names' : ''})` : ''}; exactly one must`, {
      path: doc.path,
      pointer: array,
      ...position,
      expected: `exactly one entry where ${described}`,
      actual: several ? matches.map((i) => `${array}/${i}`) : `none of ${lookup.value.length} entries`,
      fix: several
        ? 'make the producer write each entry once, or add fields to `where` until it identifies one entry'
        : 'have the producer write the entry, or correct `where` (values are compared with their JSON type: 1 is not "1")',
    });
    return undefined;
  }
  const entryPointer = `${array}/${matches[0]}`;
  for (const key of Object.keys(where)) {
    if (failIfImprecise(ctx, checkId, doc, `${entryPointer}${fieldPointer(key)}`)) return undefined;
  }
  return options.pointer === '' ? entryPointer : `${entryPointer}${options.pointer}`;
}

/**
 * The pointer of the entry `selected` was read in (`/benchmarks/2` for `/benchmarks/2/ns_per_iter` with
 * `array`/`where`, else the document root ``): fields that belong with the value are read beside it.
 */
export function entryBase(selected: string, options: SelectOptions & { pointer: string }): string {
  return options.array !== undefined && options.where !== undefined ? selected.slice(0, selected.length - options.pointer.length) : '';
}

/**
 * A count at `pointer`: a non-negative integer written as one (not `"208"`, `208.0`, `-1`, an imprecise
 * number), or undefined after failing `checkId` with missing_field / wrong_type / imprecise_number. A
 * missing count is never read as 0.
 */
export function readCount(ctx: GateContext, checkId: string, doc: DocumentArtifact, pointer: string, option: string): number | undefined {
  const at = displayPointer(pointer);
  const lookup = getAtPointer(doc.value, pointer);
  if (!lookup.found) {
    failMissingField(ctx, checkId, doc, pointer, 'a non-negative integer count', `have the producer write ${at}, or correct the \`${option}\` option; a missing count is never read as 0`);
    return undefined;
  }
  if (failIfImprecise(ctx, checkId, doc, pointer)) return undefined;
  if (failIfCaseTwin(ctx, checkId, doc, pointer)) return undefined;
  const value = lookup.value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && !doc.nonIntegerNumbers.has(pointer)) return value;
  const found = typeof value === 'number' && Number.isInteger(value) ? `${value}${value < 0 ? '' : ' written with a fraction or exponent'}` : describeValueType(value);
  ctx.fail(checkId, 'wrong_type', `${whereOf(doc.path, doc.locate(pointer))}: ${at} must be a count (a non-negative integer), found ${found}`, {
    ...valueDetail(doc, pointer),
    expected: 'a non-negative integer',
    actual: jsonSafe(value),
    fix: `have the producer write ${at} as a whole number`,
  });
  return undefined;
}

/**
 * The values at `pointer` inside `value` as a reader finds them: at each object, the member under every key that reads
 * as the pointer's segment (see {@link visibleForm}), the exact key among them; array indexes as written.
 */
function valuesReadingAs(value: unknown, pointer: string): unknown[] {
  let found: unknown[] = [value];
  for (const segment of parsePointer(pointer)) {
    const read = visibleForm(segment);
    found = found.flatMap((node) => {
      if (Array.isArray(node)) {
        const item = getAtPointer(node, `/${encodePointerSegment(segment)}`);
        return item.found ? [item.value] : [];
      }
      if (node === null || typeof node !== 'object' || node instanceof Date) return [];
      const members = node as Record<string, unknown>;
      return Object.keys(members).filter((key) => key === segment || readsAs(key, read)).map((key) => members[key]);
    });
  }
  return found;
}

/** Printable ASCII without surrounding spaces: a key that is its own visible form (no need to compute it, per entry of a large array). */
const OWN_READING = /^(?:[\x21-\x7e][\x20-\x7e]*[\x21-\x7e]|[\x21-\x7e])$/;

function readsAs(key: string, read: string): boolean {
  return OWN_READING.test(key) ? key === read : visibleForm(key) === read;
}

/**
 * Equal as a reader sees JSON values: strings with one visible form, arrays element by element, objects whose keys read
 * the same one for one (`{"name\u200b": "x"}` reads as `{name: "x"}`) with values that read the same; else type-strict.
 */
function readsSame(actual: unknown, wanted: unknown): boolean {
  // As shown too: `parse&#95;large`, `` `parse_large` ``, `<b>parse_large</b>`, `parse\_large` are parse_large in any report a reader opens.
  if (typeof actual === 'string' && typeof wanted === 'string') {
    const read = visibleForm(wanted);
    return visibleForm(actual) === read || escapedReadings(actual).some((shown) => visibleForm(shown) === read);
  }
  if (Array.isArray(actual) && Array.isArray(wanted)) return actual.length === wanted.length && actual.every((item, i) => readsSame(item, wanted[i]));
  if (!isPlainObject(actual) || !isPlainObject(wanted)) return jsonEqual(actual, wanted);
  const keys = Object.keys(actual);
  const wantedKeys = Object.keys(wanted);
  if (keys.length !== wantedKeys.length) return false;
  return wantedKeys.every((key) => {
    const read = visibleForm(key);
    const same = keys.filter((k) => k === key || readsAs(k, read));
    return same.length === 1 && readsSame(actual[same[0] as string], wanted[key]);
  });
}

function describeValueType(value: unknown): string {
  return value === null ? 'null' : typeof value === 'object' ? 'an object' : `the ${typeof value} ${showValue(value)}`;
}

/**
 * Fails the check when the value at `pointer` is, or contains, a number a double cannot hold
 * exactly; the message shows the number as the artifact wrote it, never the rounded double.
 */
export function failIfImprecise(ctx: GateContext, checkId: string, doc: DocumentArtifact, pointer: string): boolean {
  const found = inexactWithin(doc.inexactNumbers, pointer);
  if (found.length === 0) return false;
  for (const [at, text] of found) {
    const position = doc.locate(at);
    ctx.fail(checkId, 'imprecise_number', `${whereOf(doc.path, position)}: ${displayPointer(at)} is written ${describeInexact(text)}; comparing it would compare another number`, {
      path: doc.path,
      pointer: at,
      ...position,
      expected: 'a number a double holds exactly (at most 17 significant digits, integers within ±(2^53 - 1))',
      actual: text,
      fix: `write ${displayPointer(at)} with no more precision than the producer measured, or as a string if it is an identifier rather than a quantity`,
    });
  }
  return true;
}


/**
 * A key on the path a gate reads that has a twin differing only in case (`all_required_pass` beside `All_Required_Pass`,
 * `ns_per_iter` beside `NS_PER_ITER`): Go's encoding/json matches object keys to fields without case, so which of the
 * two values the document says depends on its reader, as with a duplicate key. Only keys a gate reads are judged:
 * maps keyed by names (environment variables, headers) legitimately hold such pairs elsewhere. Returns the pointers of
 * the key read and of its twin, or undefined.
 */
export function caseTwinOf(root: unknown, pointer: string): { read: string; twin: string } | undefined {
  let current = root;
  let at = '';
  for (const segment of parsePointer(pointer)) {
    if (current === null || typeof current !== 'object' || Array.isArray(current) || current instanceof Date) {
      const next = getAtPointer(current, `/${encodePointerSegment(segment)}`);
      if (!next.found) return undefined;
      current = next.value;
      at += `/${encodePointerSegment(segment)}`;
      continue;
    }
    const object = current as Record<string, unknown>;
    const folded = caseFoldedKey(segment);
    for (const key of Object.keys(object)) {
      if (key !== segment && caseFoldedKey(key) === folded) return { read: `${at}/${encodePointerSegment(segment)}`, twin: `${at}/${encodePointerSegment(key)}` };
    }
    if (!Object.hasOwn(object, segment)) return undefined;
    current = object[segment];
    at += `/${encodePointerSegment(segment)}`;
  }
  return undefined;
}

/**
 * What readers that match keys without case may read at `pointer` instead: for every key on the path with a twin
 * differing only in case, the rest of the pointer read inside the twin (`/Summary/verdict` for `/summary/verdict`
 * beside `Summary`), where it holds a value. A twin that lacks the rest is left out: Go decodes it into the same struct,
 * keeping the value read.
 */
export function caseTwinReadings(root: unknown, pointer: string): { twin: string; at: string; value: unknown }[] {
  const segments = parsePointer(pointer);
  const readings: { twin: string; at: string; value: unknown }[] = [];
  let current = root;
  let at = '';
  for (const [i, segment] of segments.entries()) {
    if (current === null || typeof current !== 'object' || Array.isArray(current) || current instanceof Date) {
      const next = getAtPointer(current, `/${encodePointerSegment(segment)}`);
      if (!next.found) break;
      current = next.value;
      at += `/${encodePointerSegment(segment)}`;
      continue;
    }
    const object = current as Record<string, unknown>;
    const rest = segments.slice(i + 1).map((s) => `/${encodePointerSegment(s)}`).join('');
    for (const key of Object.keys(object)) {
      if (key === segment || caseFoldedKey(key) !== caseFoldedKey(segment)) continue;
      const twin = `${at}/${encodePointerSegment(key)}`;
      const read = getAtPointer(object[key], rest);
      if (read.found) readings.push({ twin, at: `${twin}${rest}`, value: read.value });
    }
    if (!Object.hasOwn(object, segment)) break;
    current = object[segment];
    at += `/${encodePointerSegment(segment)}`;
  }
  return readings;
}

/** Fails `checkId` with `duplicate_key` when the key read at `pointer` has a twin differing only in case (see {@link caseTwinOf}). */
export function failIfCaseTwin(ctx: GateContext, checkId: string, doc: DocumentArtifact, pointer: string): boolean {
  const found = caseTwinOf(doc.value, pointer);
  if (found === undefined) return false;
  const position = doc.locate(found.twin);
  ctx.fail(checkId, 'duplicate_key', `${whereOf(doc.path, position)}: ${displayPointer(found.read)} and ${displayPointer(found.twin)} differ only in case; readers that match keys without case (Go's encoding/json) read one value for both, so which one the document says depends on its reader`, {
    path: doc.path,
    pointer: found.twin,
    ...position,
    expected: `one key ${displayPointer(found.read)}`,
    actual: [found.read, found.twin],
    fix: 'write the field once, under one spelling; keys that differ only in case are one field to some readers',
  });
  return true;
}
