/**
 * JSON Schemas that users keep in their repositories (the json_schema gate), compiled with the
 * engine's settings and described with the engine's wording.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import { describeType } from '../util/time.js';
import { didYouMean } from '../util/suggest.js';
import { encodePointerSegment } from '../util/pointer.js';
import { createAjv, describeErrors, displayPointer, type JsonSchema, type SchemaProblem } from './schema.js';

/** Keywords that describe or hold definitions but assert nothing about the document by themselves. */
const ANNOTATIONS = new Set(['$schema', '$id', '$anchor', '$dynamicAnchor', '$vocabulary', '$comment', '$defs', 'definitions', 'title', 'description', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly']);

export type CompiledUserSchema = { ok: true; validate: (value: unknown) => SchemaProblem[] } | { ok: false; message: string; pointer?: string };

/**
 * Compile a schema a user keeps in their repository. Each call gets its own ajv instance, so two
 * user schemas sharing an `$id` never collide; strict mode means a misspelt keyword is an error
 * instead of a schema that silently accepts everything.
 */
export function compileUserSchema(schema: unknown): CompiledUserSchema {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
    return { ok: false, message: `a schema must be a JSON object, found ${describeType(schema)}`, pointer: '' };
  }
  const assertions = Object.keys(schema).filter((k) => !ANNOTATIONS.has(k));
  if (assertions.length === 0) {
    // `{}` — or only `$schema`, `title`, `$defs`… — validates every document: a truncated or placeholder schema must not pass anything.
    return { ok: false, message: 'the schema constrains nothing (no validation keyword at its top level), so it accepts every document', pointer: '' };
  }
  const ajv = createAjv();
  let fn;
  try {
    fn = ajv.compile(schema as JsonSchema);
  } catch (e) {
    if (e instanceof RangeError) return { ok: false, message: RECURSIVE, pointer: '' };
    // Meta-schema violations leave their details on ajv.errors; strict-mode errors only have a message.
    const meta = (ajv.errors ?? []).find((err) => !['anyOf', 'oneOf', 'allOf', 'if'].includes(err.keyword)) ?? ajv.errors?.[0];
    if (meta) return { ok: false, message: describeMetaError(meta), pointer: meta.instancePath };
    const unknown = /unknown keyword: "([^"]+)"/.exec((e as Error).message)?.[1];
    const message = `${(e as Error).message}${unknown === undefined ? '' : didYouMean(unknown, SCHEMA_KEYWORDS)}`;
    const pointer = strictModePointer((e as Error).message, schema);
    return pointer === undefined ? { ok: false, message } : { ok: false, message, pointer };
  }
  const metaRef = findMetaSchemaRef(schema, '');
  if (metaRef !== undefined) {
    return {
      ok: false,
      message: `${displayPointer(metaRef)} refers to the JSON Schema meta-schema, which checks that a document is a schema, not what the artifact must hold; did you mean "$schema"?`,
      pointer: metaRef,
    };
  }
  const validator = fn;
  let accepted = 0;
  for (const probe of PROBES) {
    try {
      if (validator(probe)) accepted++;
    } catch (e) {
      if (e instanceof RangeError) return { ok: false, message: RECURSIVE, pointer: '' };
      throw e;
    }
  }
  if (accepted === PROBES.length) {
    // Decided on what the compiled schema does, not on how it is written: `{"not":{"not":{}}}`, `{"anyOf":[{}]}`,
    // a union of every type, a $ref to an empty definition or an if/then/else whose branches are empty all land here.
    return {
      ok: false,
      message: `the schema constrains nothing: it accepts every one of ${PROBES.length} very different documents (null, booleans, numbers, strings, arrays and objects of many shapes), so it proves nothing about the artifact`,
      pointer: '',
    };
  }
  return {
    ok: true,
    validate: (value) => {
      try {
        return validator(value) ? [] : describeErrors(validator.errors ?? []);
      } catch (e) {
        if (e instanceof RangeError) throw new UserSchemaRecursionError();
        throw e;
      }
    },
  };
}

const RECURSIVE = 'the schema refers to itself without descending into the document (a $ref cycle), so validating anything never ends';

/** Thrown by a compiled user schema's validate when validation recursed without end. */
export class UserSchemaRecursionError extends Error {
  override readonly name = 'UserSchemaRecursionError';
  constructor() {
    super(RECURSIVE);
  }
}

/**
 * Very different documents: every JSON type, empty and full containers, the shapes artifacts take
 * and shapes they never take. A schema that accepts all of them accepts anything a producer could
 * write, however its keywords are dressed up.
 */
const PROBES: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e300,
  '',
  'pass',
  'x'.repeat(300),
  '2026-03-10T12:00:00Z',
  [],
  [null, 1, 'a', [], {}],
  Array.from({ length: 50 }, (_, i) => i),
  {},
  { status: 'pass' },
  { status: 'fail', schema: 'x.v1', generated_at: 'not a date', run_id: 42 },
  { a: { b: { c: { d: [] } } } },
  { '': null, ' ': false, type: 5, required: 'x', properties: 1, minimum: 'a' },
  Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, i % 2 === 0 ? `v${i}` : i])),
];

const META_SCHEMA = /^https?:\/\/json-schema\.org\//i;

/** Pointer of the first `$ref`/`$dynamicRef` that names a json-schema.org meta-schema, if any. */
function findMetaSchemaRef(node: unknown, at: string): string | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const found = findMetaSchemaRef(node[i], `${at}/${i}`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const here = `${at}/${encodePointerSegment(key)}`;
    if ((key === '$ref' || key === '$dynamicRef') && typeof value === 'string' && META_SCHEMA.test(value)) return here;
    if (['enum', 'const', 'default', 'examples'].includes(key)) continue;
    const found = findMetaSchemaRef(value, here);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** `/properties/run_id/type must be one of "array", "boolean", …, found the string "strin"; did you mean "string"?` */
function describeMetaError(e: ErrorObject): string {
  const at = displayPointer(e.instancePath);
  if (e.keyword === 'enum') {
    const allowed = ((e.params as { allowedValues?: unknown[] }).allowedValues ?? []).map(String);
    const hint = typeof e.data === 'string' ? didYouMean(e.data, allowed) : '';
    return `${at} must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}, found ${describeType(e.data)}${hint}`;
  }
  return `${at} ${e.message ?? 'is invalid'}${e.data === undefined || typeof e.data === 'object' ? '' : `, found ${describeType(e.data)}`}`;
}

/** Draft 2020-12 keywords (core, applicator, validation, annotations, formats), for did-you-mean hints. */
const SCHEMA_KEYWORDS = [
  '$schema', '$id', '$ref', '$anchor', '$dynamicRef', '$dynamicAnchor', '$defs', '$comment', '$vocabulary',
  'type', 'enum', 'const', 'required', 'properties', 'patternProperties', 'additionalProperties', 'propertyNames',
  'dependentRequired', 'dependentSchemas', 'unevaluatedProperties', 'unevaluatedItems', 'items', 'prefixItems',
  'contains', 'minContains', 'maxContains', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties',
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength', 'maxLength', 'pattern',
  'format', 'allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', 'title', 'description', 'default', 'examples',
  'deprecated', 'readOnly', 'writeOnly', 'contentEncoding', 'contentMediaType', 'contentSchema',
];

/** Keys whose children are names chosen by the schema author, not keywords. */
const NAME_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependentRequired']);

/**
 * Where a strict-mode error points: ajv names the place (`at "#/properties/a"`) for some errors and
 * only the keyword (`unknown keyword: "requried"`) for others; then the first place the schema uses
 * that keyword is the best guess.
 */
function strictModePointer(message: string, schema: object): string | undefined {
  const at = /at "#([^"]*)"/.exec(message)?.[1];
  if (at !== undefined) {
    try {
      return decodeURIComponent(at);
    } catch {
      return undefined;
    }
  }
  const keyword = /unknown keyword: "([^"]+)"/.exec(message)?.[1];
  return keyword === undefined ? undefined : findKeyword(schema, keyword, '');
}

function findKeyword(node: unknown, keyword: string, at: string): string | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const found = findKeyword(node[i], keyword, `${at}/${i}`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const entries = Object.entries(node as Record<string, unknown>);
  if (entries.some(([key]) => key === keyword)) return `${at}/${encodePointerSegment(keyword)}`;
  for (const [key, value] of entries) {
    const here = `${at}/${encodePointerSegment(key)}`;
    if (NAME_MAPS.has(key) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [name, sub] of Object.entries(value as Record<string, unknown>)) {
        const found = findKeyword(sub, keyword, `${here}/${encodePointerSegment(name)}`);
        if (found !== undefined) return found;
      }
    } else if (!['enum', 'const', 'default', 'examples', 'required'].includes(key)) {
      const found = findKeyword(value, keyword, here);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

