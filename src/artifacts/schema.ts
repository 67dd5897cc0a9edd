/**
 * JSON Schema validation (draft 2020-12) shared by artifact readers, the config loader and the
 * verdict writer, so every schema error reads the same way: a JSON pointer, what was expected,
 * what was found.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { describeType } from '../util/time.js';
import { encodePointerSegment } from '../util/pointer.js';
import { didYouMean } from '../util/suggest.js';
import { precompiledValidator } from './precompiled-validators.js';

export { PRECOMPILED_DIR } from './precompiled-validators.js';

export type JsonSchema = Record<string, unknown>;

// ajv is loaded (and schemas compiled) only when a schema has no validator generated at build time:
// the engine's own schemas are compiled to standalone code by scripts/precompile-schemas.mjs, so a
// run pays neither ajv's import nor its compiler at start-up.
const require = createRequire(import.meta.url);

/**
 * A fresh validator with the engine's settings (strict, all errors, formats). `source` keeps the code for standalone output;
 * `metaChecked: false` leaves out the meta-schema check at compile, for a caller that made it already ({@link checkMetaSchema}).
 */
export function createAjv(useDefaults = false, source = false, metaChecked = true): Ajv2020 {
  const { Ajv2020: Ajv } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  // ajv-formats is CommonJS; its default export arrives wrapped or not depending on the loader.
  const formats = require('ajv-formats') as { default?: (ajv: Ajv2020) => void } & ((ajv: Ajv2020) => void);
  const addFormats = formats.default ?? formats;
  // strictRequired is a lint that rejects the idiomatic `if/then: {required}` pattern; every other strict check stays on.
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false, useDefaults, allowUnionTypes: true, ...(source ? { code: { source: true } } : {}), ...(metaChecked ? {} : { validateSchema: false }) });
  addFormats(ajv);
  return ajv;
}

let metaChecker: Ajv2020 | undefined;

/**
 * The check ajv's compile makes first, that `schema` is a schema (draft 2020-12's meta-schema, or the one its `$schema`
 * names), made by one instance kept for the process: compiling the meta-schema costs ~100 ms, which an instance per
 * user schema would pay for every schema. Throws as compile does (`schema is invalid: …`, with the errors on
 * `errors()`); then the schema is compiled by an instance made with `metaChecked: false`.
 */
export function checkMetaSchema(schema: JsonSchema): void {
  const ajv = (metaChecker ??= createAjv());
  ajv.errors = null;
  ajv.validateSchema(schema, true);
}

/** The meta-schema errors of the last {@link checkMetaSchema} that failed, as compile leaves them on `ajv.errors`. */
export function metaSchemaErrors(): ErrorObject[] | null | undefined {
  return metaChecker?.errors;
}

let plain: Ajv2020 | undefined;
let withDefaults: Ajv2020 | undefined;
const compiled = new WeakMap<JsonSchema, ValidateFunction>();
const compiledWithDefaults = new WeakMap<JsonSchema, ValidateFunction>();
/**
 * Validators by the schema's text: a long-lived caller (a watch loop, a test suite, the fuzzer) reads the same schema
 * file into a new object on every run, and compiling it again costs 5–10 ms a schema. Emptied when full, so a stream of
 * distinct schemas stays bounded.
 */
const compiledByText = new Map<string, ValidateFunction>();
const MAX_COMPILED_BY_TEXT = 256;

/**
 * The identity of a (schema, defaults) pair in the table of validators generated at build time: a digest of
 * the schema's JSON, so a schema edited after the build simply has no entry (and is compiled on first use)
 * instead of being checked by the validator of its old text.
 */
export function schemaKey(schema: JsonSchema, fillDefaults: boolean): string {
  return keyOfText(JSON.stringify(schema), fillDefaults);
}

const keyOfText = (json: string, fillDefaults: boolean): string => `${createHash('sha256').update(json).digest('hex')}${fillDefaults ? '-defaults' : ''}`;

export interface SchemaProblem {
  pointer: string;
  message: string;
  keyword: string;
  expected?: unknown;
  actual?: unknown;
}

function compile(schema: JsonSchema, fillDefaults: boolean): ValidateFunction {
  const cache = fillDefaults ? compiledWithDefaults : compiled;
  let fn = cache.get(schema);
  if (!fn) {
    const json = JSON.stringify(schema);
    const text = `${fillDefaults ? 'd' : 'p'}${json}`;
    fn = precompiledValidator(keyOfText(json, fillDefaults)) ?? compiledByText.get(text);
    if (!fn) {
      const ajv = fillDefaults ? (withDefaults ??= createAjv(true)) : (plain ??= createAjv(false));
      // A schema with an $id another copy of it already registered (the same file read again by a long-lived caller):
      // that copy's validator if the text is the same, else the new text replaces it (ajv refuses an $id twice).
      const id = typeof (schema as { $id?: unknown }).$id === 'string' ? (schema as { $id: string }).$id : undefined;
      const known = id === undefined ? undefined : ajv.getSchema(id);
      if (known !== undefined && JSON.stringify(known.schema) === JSON.stringify(schema)) fn = known;
      else {
        if (id !== undefined && known !== undefined) ajv.removeSchema(id);
        fn = ajv.compile(schema);
      }
      if (compiledByText.size >= MAX_COMPILED_BY_TEXT) compiledByText.clear();
      compiledByText.set(text, fn);
    }
    cache.set(schema, fn);
  }
  return fn;
}

/**
 * Validate `value`; returns every problem, most specific first. With `fillDefaults`, `default`
 * values from the schema are written into `value` (used for gate options).
 */
export function validateSchema(schema: JsonSchema, value: unknown, options: { fillDefaults?: boolean } = {}): SchemaProblem[] {
  const fn = compile(schema, options.fillDefaults === true);
  if (fn(value)) return [];
  return describeErrors(fn.errors ?? []);
}

export function describeErrors(errors: readonly ErrorObject[]): SchemaProblem[] {
  // `if`/`anyOf`/`oneOf` wrappers repeat what their branches already said.
  const useful = errors.filter((e) => !['if', 'anyOf', 'oneOf', 'allOf'].includes(e.keyword));
  const problems = (useful.length > 0 ? useful : errors).map(describeError);
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.pointer}\0${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describeError(e: ErrorObject): SchemaProblem {
  const at = e.instancePath;
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': {
      const field = String(params.missingProperty);
      return { pointer: `${at}/${encodePointerSegment(field)}`, keyword: e.keyword, message: `missing required field "${field}"`, expected: 'present', actual: 'absent' };
    }
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      const allowed = Object.keys(((e.parentSchema as JsonSchema | undefined)?.properties as JsonSchema | undefined) ?? {});
      return {
        pointer: `${at}/${encodePointerSegment(field)}`,
        keyword: e.keyword,
        message: `unknown field "${field}"${didYouMean(field, allowed)}`,
        expected: allowed,
        actual: field,
      };
    }
    case 'type':
      return { pointer: at, keyword: e.keyword, message: `must be ${article(String(params.type))}, found ${describeType(e.data)}`, expected: params.type, actual: jsonSafe(e.data) };
    case 'const':
      return { pointer: at, keyword: e.keyword, message: `must be ${JSON.stringify(params.allowedValue)}, found ${describeType(e.data)}`, expected: params.allowedValue, actual: jsonSafe(e.data) };
    case 'not': {
      // A field a schema refuses in some case (`not: {}`) says why in its description: "boolean schema is false" would not.
      const why = (e.parentSchema as JsonSchema | undefined)?.description;
      if (typeof why === 'string' && e.schema !== null && typeof e.schema === 'object' && Object.keys(e.schema).length === 0) {
        return { pointer: at, keyword: e.keyword, message: why, expected: 'absent', actual: jsonSafe(e.data) };
      }
      return describeDefault(e);
    }
    case 'enum': {
      const allowed = params.allowedValues as unknown[];
      const hint = typeof e.data === 'string' ? didYouMean(e.data, allowed.map(String)) : '';
      return { pointer: at, keyword: e.keyword, message: `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}, found ${describeType(e.data)}${hint}`, expected: allowed, actual: jsonSafe(e.data) };
    }
    default:
      return describeDefault(e);
  }
}

function describeDefault(e: ErrorObject): SchemaProblem {
  const scalar = e.data === undefined || (typeof e.data === 'object' && !(e.data instanceof Date)) ? undefined : jsonSafe(e.data);
  return {
    pointer: e.instancePath,
    keyword: e.keyword,
    message: `${e.message ?? 'is invalid'}${scalar === undefined ? '' : `, found ${describeType(e.data)}`}`,
    expected: e.schema,
    ...(scalar === undefined ? {} : { actual: scalar }),
  };
}

/** Values that JSON cannot hold (TOML dates, NaN) are shown as text so a finding stays valid JSON. */
export function jsonSafe(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint') return `${value}`;
  return value;
}

function article(type: string): string {
  const words = type.split(',');
  return words.map((w) => (/^[aeiou]/.test(w) ? `an ${w}` : `a ${w}`)).join(' or ');
}


/** `/a/b` for display; the document root reads as `(document root)` rather than an empty string. */
export function displayPointer(pointer: string): string {
  return pointer === '' ? '(document root)' : pointer;
}
