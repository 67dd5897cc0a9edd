/**
 * JSON Schemas that users keep in their repositories (the json_schema gate), compiled with the
 * engine's settings and described with the engine's wording.
 */
import { createHash } from 'node:crypto';
import type { ErrorObject } from 'ajv/dist/2020.js';
import { describeType } from '../util/time.js';
import { didYouMean } from '../util/suggest.js';
import { encodePointerSegment, getAtPointer, withValueAt } from '../util/pointer.js';
import { envelopeKeysOf, isHollow } from './hollow.js';
import { caseFoldedKey, contentProblem, isBlank, isDigestStandIn, isUnfilledWord, templateReason } from '../util/text-classes.js';
import { vocabulary } from '../sdk/status-vocabulary.js';
import { checkMetaSchema, createAjv, describeErrors, metaSchemaErrors, displayPointer, type JsonSchema, type SchemaProblem } from './schema.js';

/** Keywords that describe or hold definitions but assert nothing about the document by themselves. */
const ANNOTATIONS = new Set(['$schema', '$id', '$anchor', '$dynamicAnchor', '$vocabulary', '$comment', '$defs', 'definitions', 'title', 'description', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly']);

export type CompiledUserSchema =
  | {
      ok: true;
      validate: (value: unknown) => SchemaProblem[];
      /** Why the schema, though it accepts `value`, proves nothing about it (see {@link unconstrainedReason}), or undefined. */
      unconstrained: (value: unknown) => string | undefined;
      /** The required texts of an accepted `value` that hold a blank or a placeholder the schema leaves free (see {@link placeholderFields}). */
      /** `reportsARun`: the document reports a finished run, so a template variable in it is unfilled however the schema names it. */
      placeholders: (value: unknown, reportsARun?: boolean) => PlaceholderField[];
      /** Keys of an accepted `value` the schema reads that have a twin differing only in case holding a value it refuses there (see {@link caseTwinsRead}). */
      caseTwins: (value: unknown) => CaseTwin[];
    }
  | { ok: false; message: string; pointer?: string };

/**
 * Compile a schema a user keeps in their repository. Each call gets its own ajv instance, so two
 * user schemas sharing an `$id` never collide (the meta-schema check alone is made by one shared instance); strict mode means a misspelt keyword is an error
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
  const ajv = createAjv(false, false, false);
  let fn;
  let metaErrors: ErrorObject[] | null | undefined;
  try {
    try {
      checkMetaSchema(schema as JsonSchema);
    } catch (e) {
      metaErrors = metaSchemaErrors();
      throw e;
    }
    fn = ajv.compile(schema as JsonSchema);
  } catch (e) {
    if (e instanceof RangeError) return { ok: false, message: RECURSIVE, pointer: '' };
    // Meta-schema violations leave their details on the checker's errors; strict-mode errors only have a message.
    const errors = metaErrors ?? ajv.errors ?? [];
    const meta = errors.find((err) => !['anyOf', 'oneOf', 'allOf', 'if'].includes(err.keyword)) ?? errors[0];
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
  const annotation = unassertedKeyword(schema);
  if (annotation !== undefined) return annotation;
  const validator = fn;
  const draws = drawsFor(schema);
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
  // The schema does not change between the artifacts it checks: its demanded stand-ins are read once, on first use.
  let demanded: { demanded: ReadonlySet<string>; passes: readonly string[] } | undefined;
  return {
    ok: true,
    unconstrained: (value) => recursionGuarded(() => unconstrainedReason(validator, value, draws)),
    placeholders: (value, reportsARun = false) => recursionGuarded(() => placeholderFields(validator, value, draws, (demanded ??= { demanded: standInsDemanded(schema), passes: passesNamedBy(schema) }), reportsARun)),
    caseTwins: (value) => recursionGuarded(() => caseTwinsRead(validator, value)),
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

/**
 * {@link compileUserSchema} of a schema file's value, remembered by the digest of the bytes it was parsed from: compiling
 * (an ajv instance, code generation, the draws that tell an accept-everything schema) is a pure function of the value,
 * and equal bytes parse to equal values, so a process compiles each distinct schema once (a gate type's many gates
 * sharing one schema; a test process running thousands of runs). A bounded memory, cleared when full.
 */
export function compileUserSchemaOf(schema: unknown, sha256: string): CompiledUserSchema {
  const known = compiledByDigest.get(sha256);
  if (known !== undefined) return known;
  const compiled = compileUserSchema(schema);
  if (compiledByDigest.size >= COMPILED_KEPT) compiledByDigest.clear();
  compiledByDigest.set(sha256, compiled);
  return compiled;
}
const COMPILED_KEPT = 64;
const compiledByDigest = new Map<string, CompiledUserSchema>();

/**
 * Keywords that read like rules but that draft 2020-12 makes annotations, which ajv (like most validators) never checks:
 * `contentSchema: {const: "pass"}` on a string holding JSON, `contentEncoding: base64` on text that is not base64. A
 * schema counting on them accepts what they describe as refused.
 */
const UNASSERTED = ['contentSchema', 'contentEncoding', 'contentMediaType'] as const;

function unassertedKeyword(schema: object): { ok: false; message: string; pointer: string } | undefined {
  for (const keyword of UNASSERTED) {
    const pointer = findKeyword(schema, keyword, '');
    if (pointer !== undefined) {
      return { ok: false, pointer, message: `${displayPointer(pointer)}: "${keyword}" is an annotation in JSON Schema draft 2020-12, which validators do not check, so the rule it reads as holds nothing; state it with type, pattern, const or enum (or decode the content into its own artifact and validate that)` };
    }
  }
  return undefined;
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

/** The JSON type of a value as JSON Schema names it (integers are numbers here: a probe of either kind). */
function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}

/** What the vacuity check tries, drawn from the schema's own digest (see {@link drawsFor}). */
interface Draws {
  /** What a value is replaced by, given the value it replaces; returning that value itself means no change. */
  replacements: readonly Replacement[];
  /** Documents of a scalar artifact's JSON type that hold something; one the schema rejects shows it constrains that type. */
  probes: (type: string) => readonly unknown[];
  /** A number probe moved farther from zero by a draw from 2^40, which must be rejected too (as a replacement's `confirm`). */
  fartherProbe: (probe: number) => number;
  /** Texts of a string probe's shape, drawn anew, which must all be rejected too (see {@link drawsFor}). */
  moreTexts: (probe: string) => readonly string[];
}

/**
 * A replacement; `confirm`, where given, is a second value further the same way from the value replaced (a number
 * farther below or above), drawn from a space too large to grind, that must be rejected too for the rule to count.
 */
type Replacement = ((old: unknown) => unknown) & { confirm?: readonly ((old: unknown) => unknown)[] };

/**
 * The replacement text fails any `type` that leaves strings out and any `enum`, `const` or `pattern`, the number
 * below (by a negative fraction) any `type` that leaves numbers out, a lower bound or `integer` (strict mode refuses a
 * bound without a type), the number above (by a whole number) an upper bound (`failed: {maximum: 0}`), the other
 * boolean a rule on a flag (`ok: {not: {const: false}}`). Null is no replacement: a rule that rejects only null
 * (`not: {const: null}`, `type: ["string", "number"]`) accepts any status, any count, any readiness a producer
 * writes, so rejecting null proves nothing about the value; every `type` that leaves out null leaves out the text or
 * a number too, and is still found. The text, the numbers and the probes are drawn from
 * the schema's own digest: fixed ones could be named by the schema they test — `additionalProperties: {not: {const:
 * <the sentinel>}}` or `not: {const: {"status": "pass"}}` rejected only them, and counted as a rule — and no schema can
 * name a value derived from its own text. Texts have the shape of prose and keys the shape of keys (mixed case,
 * digits, 3 to 14 characters), not of an absurd value a schema could refuse as a class while accepting everything a
 * producer writes.
 */
/** How many more texts a rejected text must be joined by (see {@link drawsFor}). */
const CONFIRMING_TEXTS = 8;

function drawsFor(schema: object): Draws {
  const seed = createHash('sha256').update(JSON.stringify(schema)).digest();
  let counter = 0;
  const bytes = (n: number): Buffer => {
    const out: Buffer[] = [];
    for (let got = 0; got < n; got += 32) out.push(createHash('sha256').update(seed).update(String(counter++)).digest());
    return Buffer.concat(out).subarray(0, n);
  };
  const int = (below: number) => bytes(4).readUInt32BE(0) % below;
  const word = () => bytes(9).toString('base64url').slice(0, 3 + int(10)).replace(/^[-_]/, 'q');
  const text = () => `${word()} ${word()}`;
  const fraction = () => -(100_000 + int(900_000)) - (int(999) + 1) / 1000;
  const object = (keys: number, value: (i: number) => unknown) => {
    const out: Record<string, unknown> = {};
    while (Object.keys(out).length < keys) out[word()] = value(Object.keys(out).length);
    return out;
  };
  const mixed = (i: number): unknown => [text(), 1 + int(1_000_000), fraction(), i % 2 === 0, { [word()]: text() }, [text(), int(100)]][i % 6];
  const replacementText = text();
  const below = fraction();
  const byType: Record<string, readonly unknown[]> = {
    object: [object(1, () => text()), object(6, mixed), object(12, (i) => (i % 3 === 0 ? object(2, mixed) : mixed(i)))],
    array: [[text()], [1 + int(1_000_000), fraction(), text()], Array.from({ length: 7 }, (_, i) => mixed(i))],
    string: [text(), Array.from({ length: 6 }, text).join(' ')],
    number: [fraction(), 1 + int(1_000_000), (1 + int(1_000_000)) * 1e12],
  };
  // Drawn last, so the draws above stay what they were before it was added.
  const above = 1 + int(1_000_000);
  // A number replacement is one of about a million (above) or a billion (below) values: a schema can hold a nonce
  // (`$comment`) ground until its own digest draws the one number it rejects (`not: {const: 500003}` on `failed: 3`),
  // found in seconds. A rule counts only when a number farther the same way, drawn from 2^40, is rejected as well:
  // every bound, type and enum that rejects the first rejects it too, and no nonce can be ground for both.
  const farther = () => 1 + (bytes(6).readUIntBE(0, 6) % 2 ** 40);
  const farBelow = farther();
  const farAbove = farther();
  const confirmed = (change: (old: unknown) => unknown, ...confirm: ((old: unknown) => unknown)[]): Replacement => Object.assign(change, { confirm });
  // A text is one of far too many to grind for, but a schema can refuse a class of texts no producer writes (`not:
  // {type: string, pattern: "^Q"}`, one draw in 64) and grind a nonce until the draw falls in it: in a fraction of a
  // second that counted as a rule on a status it accepts as "pass" and as "fail". A text change or probe counts only
  // when CONFIRMING_TEXTS more of its shape, drawn anew, are rejected too: 64^9 tries for that class. A rule that
  // decides the text (an enum, a const, an anchored pattern, a format, a type) rejects them all. Drawn last, as above.
  const againText = Array.from({ length: CONFIRMING_TEXTS }, text);
  const againLong = Array.from({ length: CONFIRMING_TEXTS }, () => Array.from({ length: 6 }, text).join(' '));
  // Numbers move from the number they replace, so a bound the artifact just meets (`maximum: 0` on 0) is always crossed;
  // other values get one number (a second would only cost time), flags the other boolean.
  return {
    replacements: [
      confirmed(() => replacementText, ...againText.map((t) => () => t)),
      confirmed(
        (old) => (typeof old === 'number' ? old : 0) + below,
        (old) => (typeof old === 'number' ? old : 0) + below - farBelow,
      ),
      confirmed(
        (old) => (typeof old === 'number' ? old + above : old),
        (old) => (typeof old === 'number' ? old + above + farAbove : old),
      ),
      (old) => (typeof old === 'boolean' ? !old : old),
    ],
    // Two booleans and one null leave nothing to draw: their probes are the fixed ones.
    probes: (type) => byType[type] ?? PROBES.filter((p) => jsonType(p) === type),
    // The number probes are drawn from about a million values each, as the replacements are: a nonce ground until one
    // of them is the number `not: {enum: [null, 500000]}` rejects made that schema a rule over a scalar artifact.
    fartherProbe: (probe) => (probe < 0 ? probe - farBelow : probe + farAbove),
    moreTexts: (probe) => (probe.split(' ').length > 2 ? againLong : againText),
  };
}

/** Values of an artifact whose changes are tried one at a time, shallowest first; array elements past the first three (and the last) share their schema. */
const MAX_MUTATED_NODES = 1_000;
/** Values tried in all, the ones past {@link MAX_MUTATED_NODES} (or past the budget) in groups. */
const MAX_GROUPED_NODES = 100_000;
/**
 * Values validation may visit across all variants (each visits about the whole artifact). A large artifact gets fewer
 * single-value variants; the values left are then tried in groups (see {@link rejectsAGroup}), within the same budget again.
 */
const MAX_VISITED_VALUES = 4_000_000;

/** Values in the artifact (containers and leaves), counted up to `cap`. */
function sizeOf(value: unknown, cap: number): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && count < cap) {
    const node = stack.pop();
    count++;
    // One push per element: spreading an array of a million values into push() overflows the stack (a RangeError,
    // which would be reported as a $ref cycle).
    if (Array.isArray(node)) for (let i = 0; i < node.length && i < cap; i++) stack.push(node[i]);
    else if (node !== null && typeof node === 'object' && !(node instanceof Date)) for (const k in node) if (Object.hasOwn(node, k)) stack.push((node as Record<string, unknown>)[k]);
  }
  return count;
}

type Container = Record<string, unknown> | unknown[];
/** Where a value sits: its container and key. */
interface Slot {
  parent: Container;
  key: string | number;
}

/**
 * The envelope members of an artifact that holds more than its envelope (see {@link envelopeKeysOf}: a rule on them says
 * which document, run and commit the artifact is, not what it found), but a bare `version` (a package manifest's version
 * is what it is about); an artifact of envelope members alone is all content.
 */
function envelopeOf(value: unknown): ReadonlySet<string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date) return new Set();
  const stamp = envelopeKeysOf(value as Record<string, unknown>, { version: false });
  return stamp.length === Object.keys(value).length ? new Set() : new Set(stamp);
}

/**
 * The artifact's values, shallowest first (at most {@link MAX_MUTATED_NODES}), each array sampled at its first three and
 * last element, the top-level members named in `leaveOut` and what they hold left out.
 */
function slotsOf(value: unknown, cap: number, leaveOut: ReadonlySet<string> = new Set()): Slot[] {
  const slots: Slot[] = [];
  const queue: { node: unknown; at?: Slot }[] = [{ node: value }];
  for (let head = 0; head < queue.length && slots.length < cap; head++) {
    const { node, at } = queue[head] as { node: unknown; at?: Slot };
    if (at !== undefined) slots.push(at);
    if (Array.isArray(node)) {
      const sample = node.length <= 4 ? [...node.keys()] : [0, 1, 2, node.length - 1];
      for (const i of sample) queue.push({ node: node[i], at: { parent: node, key: i } });
    } else if (node !== null && typeof node === 'object' && !(node instanceof Date)) {
      for (const k in node) {
        if (queue.length > cap) break;
        if (node === value && leaveOut.has(k)) continue;
        if (Object.hasOwn(node, k)) queue.push({ node: (node as Record<string, unknown>)[k], at: { parent: node as Record<string, unknown>, key: k } });
      }
    }
  }
  return slots;
}

/** Put `value` at `key` of `container` as an own data property (`__proto__` included, which plain assignment would not create). */
function put(container: Container, key: string | number, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(container, key, { value, writable: true, enumerable: true, configurable: true });
  else (container as Record<string | number, unknown>)[key] = value;
}

function valueAt(slot: Slot): unknown {
  return (slot.parent as Record<string | number, unknown>)[slot.key];
}

type Validator = (value: unknown) => boolean;

/**
 * A one-value change: a replacement, or removing the last element of an array (what `minItems` checks; which element
 * goes matters only to rules on values, which replacements try). Removing a member from an object is not one: it
 * changes which keys the object has, what `required` checks, and says nothing about any value.
 */
const REMOVE = Symbol('remove the last element of an array');
type Change = Replacement | typeof REMOVE;

/** Whether `change` changes the value at `slot` at all (a replacement may give back the value; only an array's last element is removed). */
function applies(slot: Slot, change: Change): boolean {
  if (change === REMOVE) return Array.isArray(slot.parent) && slot.key === slot.parent.length - 1;
  const old = valueAt(slot);
  return !Object.is(change(old), old);
}

/** `fn` of the artifact with `change` made at each of `slots` (deepest first); the artifact is restored before returning. */
function withChanged<T>(root: unknown, slots: readonly Slot[], change: Change, fn: (variant: unknown) => T): T {
  return change === REMOVE ? withRemoved(root, slots, fn) : withReplaced(root, slots, change, fn);
}

/** Values are replaced in place and restored (validation is synchronous, so nothing else sees the change). */
function withReplaced<T>(root: unknown, slots: readonly Slot[], by: Replacement, fn: (variant: unknown) => T): T {
  const saved = slots.map(valueAt);
  slots.forEach((slot, i) => put(slot.parent, slot.key, by(saved[i])));
  try {
    return fn(root);
  } finally {
    for (let i = slots.length - 1; i >= 0; i--) put((slots[i] as Slot).parent, (slots[i] as Slot).key, saved[i]);
  }
}

/** Each array loses its last element in place and gets it back: no copy of a large array per variant. */
function withRemoved<T>(root: unknown, slots: readonly Slot[], fn: (variant: unknown) => T): T {
  const removed = slots.map((slot) => (slot.parent as unknown[]).pop());
  try {
    return fn(root);
  } finally {
    for (let i = slots.length - 1; i >= 0; i--) ((slots[i] as Slot).parent as unknown[]).push(removed[i]);
  }
}

/**
 * Whether the schema's rejecting the artifact with `change` made at `slot` shows it constrains a value: the variant
 * is rejected and still holds something. A hollow variant (`[x]` without `x`, `{"status": "fail"}` with null for
 * "fail") never reaches a schema — the reader refuses it as empty — so rejecting it proves nothing (`contains: {}`,
 * `minItems: 1` on a one-element array).
 */
function rejectedChange(validator: Validator, root: unknown, slot: Slot, change: Change): boolean {
  const rejected = (c: Change) => withChanged(root, [slot], c, (variant) => !validator(variant) && !isHollow(variant));
  return rejected(change) && (change === REMOVE || (change.confirm ?? []).every((c) => rejected(c)));
}

/**
 * Why a schema that accepts `value` proves nothing about it, or undefined. An artifact with members is judged by its
 * values only: the schema must reject the artifact with some one of its values changed — replaced by a text, a
 * number or the other boolean (never null: see {@link drawsFor}), or (an array's last element) removed. Rules on keys
 * alone (`required`, `propertyNames`, `additionalProperties: false` beside empty property schemas, `maxProperties`),
 * rules that reject only null and rules on keys the artifact does not have accept every such change: a summary saying "fail" passes them as one saying "pass" does.
 * Probes of other documents would count them (a probe has other keys), so they are tried only on a scalar artifact
 * (or an empty container, which has no values to change): it accepted every probe of its JSON type that holds
 * something (`{"not": {"const": null}}`, `{"type": "string", "pattern": ".*"}`). One rejected change is enough; a real
 * schema rejects one of the first few.
 */
function unconstrainedReason(validator: Validator, value: unknown, draws: Draws): string | undefined {
  const type = jsonType(value);
  // A rule on the schema id, the run id or generated_at alone says which document this is, not what it found.
  const envelope = envelopeOf(value);
  const slots = slotsOf(value, MAX_GROUPED_NODES, envelope);
  if (slots.length === 0) {
    // Rejecting only a hollow probe (`{}`, `""`, `[]`) adds nothing: the reader refuses a hollow artifact already.
    const confirmed = (p: unknown) => (typeof p === 'number' ? !validator(draws.fartherProbe(p)) : typeof p === 'string' ? draws.moreTexts(p).every((t) => !validator(t)) : true);
    const rejectedProbe = (p: unknown) => !isHollow(p) && !validator(p) && confirmed(p);
    return draws.probes(type).some(rejectedProbe) ? undefined : `the schema accepts every ${type} probe, so it constrains nothing this artifact holds`;
  }
  const changes: readonly Change[] = [...draws.replacements, REMOVE];
  const size = sizeOf(value, MAX_VISITED_VALUES);
  let budget = Math.floor(MAX_VISITED_VALUES / size);
  for (const [i, slot] of slots.entries()) {
    const tried = changes.filter((c) => applies(slot, c));
    budget -= tried.length;
    if (budget < 0 || i === MAX_MUTATED_NODES) return rejectsAGroup(validator, value, slots.slice(i), size, changes) ? undefined : vacuousMessage(type, slots.length, envelope);
    if (tried.some((c) => rejectedChange(validator, value, slot, c))) return undefined;
  }
  return vacuousMessage(type, slots.length, envelope);
}

function vacuousMessage(type: string, slots: number, envelope: ReadonlySet<string>): string {
  const which = slots === MAX_GROUPED_NODES ? `the first ${slots}` : `its ${slots}`;
  const beside = envelope.size === 0 ? '' : ` beside its envelope (${[...envelope].join(', ')})`;
  const stamps = envelope.size === 0 ? '' : ', nor do rules on the envelope alone (they say which document and run this is, not what it found)';
  return `the schema accepts this ${type} with any one of ${which} values${beside} replaced (by a sentinel text or number, the other boolean) or an array's last element removed, so it constrains nothing this artifact holds: rules on key names alone (required, propertyNames, additionalProperties false, maxProperties) say nothing about its values, nor do rules that reject only null (not: {const: null})${stamps}`;
}

/**
 * The artifact is too large to try each of these values alone within the budget: try them in groups instead, each
 * group's values changed together. A schema that accepts every group accepts each value's change as far as a schema
 * of per-value rules goes (a rule that holds for all of them holds for each). Groups are as small as the budget
 * allows. A rejected group counts only once it is narrowed down to one value whose change alone is rejected (see
 * {@link oneRejectedAlone}): changing many values at once breaks rules no single value is held to — `uniqueItems`
 * (several nulls are duplicates), `not: {required: [a, b], properties: {a: {type: null}, b: {type: null}}}` — and a
 * schema made of such rules alone must not pass on a large artifact when it is vacuous on a small one.
 */
function rejectsAGroup(validator: Validator, value: unknown, slots: readonly Slot[], size: number, changes: readonly Change[]): boolean {
  const groups = Math.max(1, Math.min(slots.length, Math.floor(MAX_VISITED_VALUES / (size * changes.length))));
  const per = Math.ceil(slots.length / groups);
  // Narrowing gets the budget again, and at least enough to halve one group down to one value a few times over.
  const narrowing = { left: Math.max(4 * Math.ceil(Math.log2(per + 1)), Math.floor(MAX_VISITED_VALUES / size)) };
  for (let start = 0; start < slots.length && narrowing.left > 0; start += per) {
    // Deepest first, so that a value is changed before its container is.
    const group = slots.slice(start, start + per).reverse();
    for (const change of changes) {
      const some = group.filter((slot) => applies(slot, change));
      const rejects = (part: readonly Slot[]) => !withChanged(value, part, change, validator);
      const alone = (slot: Slot) => rejectedChange(validator, value, slot, change);
      if (some.length > 0 && rejects(some) && oneRejectedAlone(rejects, alone, some, narrowing)) return true;
    }
  }
  return false;
}

/**
 * Whether one value of `rejected` (a set of values whose change together the schema rejects) is rejected when changed
 * alone (`alone`): depth first through the halves that are still rejected, so a per-value rule is found in about
 * 2·log2(n) validations even beside a joint rule (uniqueItems) that rejects other halves. Each validation spends the
 * budget; once it is spent nothing more is narrowed, and what was not found does not count.
 */
function oneRejectedAlone(rejects: (slots: readonly Slot[]) => boolean, alone: (slot: Slot) => boolean, rejected: readonly Slot[], budget: { left: number }): boolean {
  if (rejected.length === 1) {
    budget.left--;
    return alone(rejected[0] as Slot);
  }
  const half = Math.ceil(rejected.length / 2);
  for (const part of [rejected.slice(0, half), rejected.slice(half)]) {
    if (budget.left <= 0) return false;
    budget.left--;
    if (rejects(part) && oneRejectedAlone(rejects, alone, part, budget)) return true;
  }
  return false;
}

/** `fn`, with a stack overflow in the schema's validator (a schema that recurses without end) reported as such. */
function recursionGuarded<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof RangeError) throw new UserSchemaRecursionError();
    throw e;
  }
}

/** A required text of the artifact that holds nothing: where it is, what it holds, and why that is no content. */
export interface PlaceholderField {
  pointer: string;
  value: string;
  why: string;
  /** A count a run's outcome is measured over, read whether or not the schema requires it (`countsOfARunLeftUnfilled`). */
  ofARun?: true;
}

/** Two keys of one object that differ only in case: the one whose value the schema holds to a rule, and its twin. */
export interface CaseTwin {
  read: string;
  twin: string;
}

/** Objects looked at for keys that differ only in case (a pair costs two validations). */
const MAX_OBJECTS_SEEN = 100_000;
const MAX_TWINS_TRIED = 1_000;

/**
 * Keys of an accepted artifact that differ only in case (`status: pass` beside `Status: fail`, `summary` beside
 * `Summary`) where the schema reads one of them: Go's encoding/json matches keys to fields without case (the last one
 * wins), so such a reader sees the twin's value where the schema checked the other. A pair counts when one key's value,
 * put in the place of the other, is rejected: the twin says what the schema refuses there. Pairs the schema reads
 * neither of (a map of environment variables, headers) or whose values it accepts in either place are left alone.
 */
function caseTwinsRead(validator: Validator, value: unknown): CaseTwin[] {
  const found: CaseTwin[] = [];
  let tried = 0;
  const stack: { node: unknown; pointer: string }[] = [{ node: value, pointer: '' }];
  for (let seen = 0; stack.length > 0 && seen < MAX_OBJECTS_SEEN && tried < MAX_TWINS_TRIED; seen++) {
    const { node, pointer } = stack.pop() as { node: unknown; pointer: string };
    if (node === null || typeof node !== 'object' || node instanceof Date) continue;
    const keys: (string | number)[] = Array.isArray(node) ? [...node.keys()] : Object.keys(node).filter((k) => Object.hasOwn(node, k));
    for (const key of keys) stack.push({ node: (node as Record<string | number, unknown>)[key], pointer: `${pointer}/${encodePointerSegment(key)}` });
    if (Array.isArray(node)) continue;
    const object = node as Record<string, unknown>;
    const byFold = new Map<string, string[]>();
    for (const key of keys as string[]) byFold.set(caseFoldedKey(key), [...(byFold.get(caseFoldedKey(key)) ?? []), key]);
    for (const group of byFold.values()) {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length && tried < MAX_TWINS_TRIED; j++) {
          tried++;
          const pair = [group[i] as string, group[j] as string];
          const refused = (read: string, twin: string) => !withReplaced(value, [{ parent: object, key: read }], () => object[twin], validator);
          const read = refused(pair[0] as string, pair[1] as string) ? 0 : refused(pair[1] as string, pair[0] as string) ? 1 : undefined;
          if (read !== undefined) found.push({ read: `${pointer}/${encodePointerSegment(pair[read] as string)}`, twin: `${pointer}/${encodePointerSegment(pair[1 - read] as string)}` });
        }
      }
    }
  }
  return found;
}

/** String values looked at for placeholders, and placeholders then put to the schema (two validations each, fewer on a large artifact). */
const MAX_TEXTS_SEEN = 100_000;
const MAX_PLACEHOLDERS_TRIED = 1_000;

/**
 * The texts of an accepted artifact that the schema requires and leaves free, yet that hold nothing: blank (spaces or
 * invisible characters only) or a placeholder (`TODO`, `${RUN_ID}`, `<value>`, `N/A`; see {@link contentProblem}). A
 * schema that says `status: {type: string}` and `required: [status]` accepts `"status": "TODO"` as it accepts `"pass"`:
 * the producer never filled the field in. Decided on what the compiled schema does, whatever applicator states it: a
 * text is required when the artifact without it is rejected (an object's member removed, an array's element taken
 * out), and free when the artifact with the schema's sentinel text in its place is accepted; a text the schema names
 * (`enum: ["TODO", …]`, a `pattern`, `const: ""` or `maxLength: 0` for a text that may be empty) is the schema's to allow.
 */
function placeholderFields(validator: Validator, value: unknown, draws: Draws, schemaNames: { demanded: ReadonlySet<string>; passes: readonly string[] }, reportsARun: boolean): PlaceholderField[] {
  const { demanded, passes } = schemaNames;
  const found: PlaceholderField[] = [];
  const free = draws.replacements[0] as Replacement;
  // Each try validates the whole artifact twice: a large one gets fewer, within the vacuity check's budget.
  const most = Math.min(MAX_PLACEHOLDERS_TRIED, Math.max(8, Math.floor(MAX_VISITED_VALUES / (2 * sizeOf(value, MAX_VISITED_VALUES)))));
  let tried = 0;
  for (const { slot, pointer } of textSlots(value)) {
    const text = valueAt(slot) as string;
    const why = contentProblem(text);
    if (why === undefined || blankByDesign(pointer, text)) continue;
    if (++tried > most) break;
    // A run's report holds what the run produced: a variable left unexpanded there was never filled, whatever pattern names it.
    const stand = demanded.has(text) || (reportsARun && templateReason(text) !== undefined) || withReplaced(value, [slot], free, validator) || acceptsARealDigest(validator, value, slot, text) || acceptsARealWordOfItsShape(validator, value, slot, text) || (passes.length > 0 && isUnfilledMarker(text) && takesAPass(validator, value, slot, passes));
    if (stand && withoutSlot(slot, () => !validator(value))) found.push({ pointer, value: text, why });
  }
  return found;
}

/**
 * Blank characters, as they are or as escape sequences written as text, under a name whose value is such a character
 * by design (a CSV dialect's `delimiter: "\\t"` and `lineterminator: "\\r\\n"`, `newline`, `indent`): the setting
 * itself, not a field left unfilled (red team ar: a false failure).
 */
function blankByDesign(pointer: string, text: string): boolean {
  const key = (pointer.slice(pointer.lastIndexOf('/') + 1).toLowerCase().match(/[a-z]+/gu) ?? []).join('');
  return CHARACTER_SETTINGS.has(key) && text !== '' && (/^\s+$/u.test(text) || BLANK_ESCAPES_ONLY.test(text));
}
const CHARACTER_SETTINGS: ReadonlySet<string> = new Set([
  'delimiter', 'separator', 'sep', 'fieldseparator', 'recordseparator', 'columnseparator', 'lineterminator', 'terminator', 'lineending',
  'lineendings', 'newline', 'eol', 'linebreak', 'linesep', 'quotechar', 'escapechar', 'indent', 'indentation', 'indentchar', 'padchar', 'fillchar', 'whitespace',
]);
const BLANK_ESCAPES_ONLY = /^(?:\\(?:[0-3][0-7]{2}|[ntrfv0]|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}))+$/u;

/** A digest's digits that no algorithm outputs: mixed so that no run, repeat or count of them reads as a stand-in. */
const DIGEST_DIGITS = '3f9a1c07e2b84d65a7c1e09b5d2f68434c8e1a0f97b2d6e5';
const HEX_RUN = /[0-9a-f]{7,}/giu;

/**
 * A stand-in digest (`000…0`, `fff…f`, `deadbeef…`) in a text whose schema takes any digest of that shape
 * (`pattern: ^[0-9a-f]{40}$`): the pattern names a class of values, not this one, so it is no more the schema's word
 * than a free text's TODO is. Tried as the same text with its digits made those of a real digest, in either case; a
 * schema that names the stand-in itself (`const`, `enum`, `^0{40}$`) rejects that, and it is the schema's to allow.
 */
function acceptsARealDigest(validator: Validator, value: unknown, slot: Slot, text: string): boolean {
  if (!isDigestStandIn(text)) return false;
  const real = text.replace(HEX_RUN, (run) => {
    let digits = '';
    while (digits.length < run.length) digits += DIGEST_DIGITS;
    return digits.slice(0, run.length);
  });
  return [real, real.toUpperCase()].some((sibling) => sibling !== text && withReplaced(value, [slot], () => sibling, validator));
}

const SIBLING_LETTERS = 'qxzk';
const SIBLING_DIGITS = '7392';
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /\s/u;
const HAS_WORD_CHARACTER = /[\p{L}\p{Nd}]/u;

/**
 * `text` with every letter and digit changed (letters keep their case) and, when `symbolsToo`, every other character
 * but whitespace made a letter: `TODO` → `QXZK`, `${BUILD_ID}` → `qqQXZKQqXZq`. Walked by code point, once per text.
 */
function siblingOf(text: string, symbolsToo: boolean): string {
  let out = '';
  let i = 0;
  for (const ch of text) {
    const letter = SIBLING_LETTERS[i % 4] as string;
    const other = letter === ch.toLowerCase() ? (SIBLING_LETTERS[(i + 1) % 4] as string) : letter;
    if (LETTER.test(ch)) out += ch !== ch.toLowerCase() ? other.toUpperCase() : other;
    else if (DIGIT.test(ch)) out += SIBLING_DIGITS[(i + (SIBLING_DIGITS[i % 4] === ch ? 1 : 0)) % 4];
    else out += symbolsToo && !SPACE.test(ch) ? other : ch;
    i++;
  }
  return out;
}

/**
 * A stand-in word (`TODO`, `TBD`, `${BUILD_ID}`, `<fill-me>`) in a text whose schema takes any word of its shape
 * (`pattern: ^[A-Za-z]+$`, `^\S+$`, `maxLength: 12`): the sentinel prose text fails the shape, so the field did not
 * read as free, yet the rule names a class of values, not this one — the word of the digest's rule. Tried as the same
 * text with other letters and digits (its punctuation kept, then made letters too); a sibling that is itself a stand-in
 * (`${QXZK}`) proves nothing and is not tried. A schema that names the stand-in (`enum`, `const`, `^(TODO|[0-9]+)$`,
 * `^\$\{[A-Z_]+\}$`) rejects its siblings, and it is the schema's to allow.
 */
function acceptsARealWordOfItsShape(validator: Validator, value: unknown, slot: Slot, text: string): boolean {
  // A blank text (`"   "`, zero-width spaces) has no letter to change: its sibling is a word as long, each of its
  // characters made a letter (`minLength: 2` takes `"   "` as it takes `"qxz"`; `pattern: ^\s+$` names blanks itself).
  // The empty text has none: a schema that takes it (`const: ""`, `maxLength: 0`) names it.
  if (isBlank(text)) return text !== '' && withReplaced(value, [slot], () => [...text].map((_, i) => SIBLING_LETTERS[i % 4] as string).join(''), validator);
  const tried = new Set([text]);
  // Punctuation alone (`*`, `./*`, `.`) has no word to change: made letters it would be another value, not its sibling.
  for (const symbolsToo of HAS_WORD_CHARACTER.test(text) ? [false, true] : [false]) {
    const sibling = siblingOf(text, symbolsToo);
    if (tried.has(sibling)) continue;
    tried.add(sibling);
    if (contentProblem(sibling) !== undefined) continue;
    if (withReplaced(value, [slot], () => sibling, validator)) return true;
  }
  return false;
}

/** Markers of a field nobody filled in (not words that say none, such as `none` or `N/A`, which a const may demand). */
const isUnfilledMarker = (text: string): boolean => templateReason(text) !== undefined || isUnfilledWord(text);

/**
 * Whether the schema takes a pass in a slot that holds an unfilled marker (`status: {enum: [pass, TODO]}`, `[pass, fail,
 * TODO]`, `pattern: ^(pass|TODO)$`, an `anyOf` of both): the field is an outcome, and a status the run never wrote is
 * none, whatever else the schema allows there (session 34). Tried with the pass words of every language as they are
 * written in lower case, capitals and title case; not `ready` or `green`, which a tracker's or a dashboard's states name
 * beside `TODO` (`[TODO, IN_PROGRESS, READY]`). A marker beside other real values (`[TODO, IN_PROGRESS, DONE]`, `[TBD,
 * <date>]`) may be the value the field means: the schema's call.
 */
function takesAPass(validator: Validator, value: unknown, slot: Slot, passesNamed: readonly string[]): boolean {
  if (!passesNamed.some((word) => withReplaced(value, [slot], () => word, validator))) return false;
  // A slot that also takes a state of work under way (`[TODO, IN_PROGRESS, SUCCESS]`, `[todo, doing, done, ok]`) is a
  // tracker's: `TODO` is a value it means there, as beside `DONE` (review rv5).
  return !WORK_STATES.some((word) => withReplaced(value, [slot], () => word, validator));
}
const WORK_STATES = ['IN_PROGRESS', 'in_progress', 'In Progress', 'in progress', 'IN PROGRESS', 'in-progress', 'DOING', 'doing', 'Doing', 'WIP', 'wip', 'BACKLOG', 'backlog', 'Backlog', 'PLANNED', 'planned', 'Planned', 'STARTED', 'started', 'Started', 'OPEN', 'open', 'Open'];
/**
 * The spellings of pass words the schema's text holds (in an enum, a const, a pattern): only these are tried, so a
 * schema that names none costs no validation, and one that does a few per marker.
 */
function passesNamedBy(schema: object): readonly string[] {
  const text = JSON.stringify(schema).toLowerCase();
  return vocabulary(['pass'])
    .filter((w) => w !== 'ready' && w !== 'green' && text.includes(w.toLowerCase()))
    .flatMap((w) => [...new Set([w, w.toUpperCase(), `${w.charAt(0).toUpperCase()}${w.slice(1)}`])]);
}
/**
 * The stand-ins a schema demands (red team zd): a `const` that is one, or an `enum` of nothing else (`status: {const:
 * "TODO"}`, `enum: ["${BUILD_ID}", "<fill-me>"]`); beside a pass, see {@link takesAPass}. Such a rule rejects every change of the value, so it reads as a rule, yet it validates its own
 * placeholder: a required text it names is a placeholder still. Words that say none (`const: "none"`, `""`) are rules
 * on a value, and a marker beside real values other than a pass (`["TBD", "2026-03-10"]`) stays the schema's call.
 */
function standInsDemanded(schema: object): ReadonlySet<string> {
  const found = new Set<string>();
  // A stack, not recursion: however deep the schema nests, this walk never overflows.
  const stack: unknown[] = [schema];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
      if (key === 'const' && typeof child === 'string' && isUnfilledMarker(child)) found.add(child);
      else if (key === 'enum' && Array.isArray(child) && child.length > 0 && child.every((v) => typeof v === 'string' && isUnfilledMarker(v))) for (const v of child) found.add(v as string);
      else if (key !== 'examples' && key !== 'default' && key !== 'const' && key !== 'enum') stack.push(child);
    }
  }
  return found;
}

/** Every string value of the artifact (at most {@link MAX_TEXTS_SEEN}) with its slot and pointer, in document order. */
function* textSlots(value: unknown): Generator<{ slot: Slot; pointer: string }> {
  const stack: { node: unknown; pointer: string }[] = [{ node: value, pointer: '' }];
  let seen = 0;
  while (stack.length > 0) {
    const { node, pointer } = stack.pop() as { node: unknown; pointer: string };
    if (node === null || typeof node !== 'object' || node instanceof Date) continue;
    const keys: (string | number)[] = Array.isArray(node) ? [...node.keys()] : Object.keys(node).filter((k) => Object.hasOwn(node, k));
    const children: { node: unknown; pointer: string }[] = [];
    for (const key of keys) {
      const slot: Slot = { parent: node as Container, key };
      const child = valueAt(slot);
      const at = `${pointer}/${encodePointerSegment(key)}`;
      if (typeof child === 'string') {
        if (++seen > MAX_TEXTS_SEEN) return;
        yield { slot, pointer: at };
      } else children.push({ node: child, pointer: at });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as { node: unknown; pointer: string });
  }
}

/** `fn` with the value at `slot` taken out (an object's member, an array's element), then put back where it was. */
function withoutSlot<T>(slot: Slot, fn: () => T): T {
  const { parent, key } = slot;
  if (Array.isArray(parent)) {
    const [removed] = parent.splice(key as number, 1);
    try {
      return fn();
    } finally {
      parent.splice(key as number, 0, removed);
    }
  }
  // Members are put back in their order: the artifact is reported on afterwards.
  const members = Object.entries(parent);
  for (const [k] of members) delete parent[k];
  for (const [k, v] of members) if (k !== key) put(parent, k, v);
  try {
    return fn();
  } finally {
    for (const [k] of members) delete parent[k];
    for (const [k, v] of members) put(parent, k, v);
  }
}

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
  const at = /at "[^"#]*#([^"]*)"/.exec(message)?.[1];
  if (at !== undefined) {
    let pointer: string;
    try {
      pointer = decodeURIComponent(at);
    } catch {
      return undefined;
    }
    // ajv places a problem inside a `$defs` entry it compiled through a `$ref` at the root; when the
    // place it names has the type, the first use of the keyword without it is where to look.
    const missing = /missing type "([^"]+)" for keyword "([^"]+)"/.exec(message);
    const named = pointer === '' || pointer.startsWith('/') ? getAtPointer(schema, pointer) : { found: false as const };
    if (missing !== null && named.found && hasType(named.value, missing[1] as string)) {
      return findKeyword(schema, missing[2] as string, '', (node) => !hasType(node, missing[1] as string)) ?? pointer;
    }
    return pointer;
  }
  const keyword = /unknown keyword: "([^"]+)"/.exec(message)?.[1];
  return keyword === undefined ? undefined : findKeyword(schema, keyword, '');
}

function hasType(node: unknown, type: string): boolean {
  const t = node !== null && typeof node === 'object' ? (node as { type?: unknown }).type : undefined;
  return t === type || (Array.isArray(t) && t.includes(type));
}

function findKeyword(node: unknown, keyword: string, at: string, where: (node: object) => boolean = () => true): string | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const found = findKeyword(node[i], keyword, `${at}/${i}`, where);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const entries = Object.entries(node as Record<string, unknown>);
  if (entries.some(([key]) => key === keyword) && where(node)) return `${at}/${encodePointerSegment(keyword)}`;
  for (const [key, value] of entries) {
    const here = `${at}/${encodePointerSegment(key)}`;
    if (NAME_MAPS.has(key) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [name, sub] of Object.entries(value as Record<string, unknown>)) {
        const found = findKeyword(sub, keyword, `${here}/${encodePointerSegment(name)}`, where);
        if (found !== undefined) return found;
      }
    } else if (!['enum', 'const', 'default', 'examples', 'required'].includes(key)) {
      const found = findKeyword(value, keyword, here, where);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Entries of every kind a list could hold, put one at a time where the report's list is empty. */
const ANY_ENTRY: readonly unknown[] = [{}, 'x', 0, null];

/**
 * Whether the schema refuses the (empty) list at `pointer` holding any entry at all, by a rule on the list itself
 * (`maxItems: 0`, `const: []`, `items: false`): a scanner's findings (Semgrep's and Bandit's `results`), whose emptiness
 * is the outcome the schema asserted. Rules on the entries alone (`items: {required: [...]}`) judge no entry of an empty
 * list, which stays a run of nothing.
 */
export function boundsListEmpty(compiled: Extract<CompiledUserSchema, { ok: true }>, root: unknown, pointer: string): boolean {
  return ANY_ENTRY.every((entry) =>
    compiled.validate(withValueAt(root, pointer, [entry])).some((p) => p.pointer === pointer || (p.pointer === `${pointer}/0` && p.keyword === 'false schema')),
  );
}
