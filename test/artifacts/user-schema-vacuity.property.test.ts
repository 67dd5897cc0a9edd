/**
 * Property tests of the json_schema vacuity check on artifacts that hold values: any schema made of rules on key
 * names alone (required, propertyNames, additionalProperties false beside empty property schemas, min/maxProperties,
 * dependentRequired, dependentSchemas of empty schemas, unevaluatedProperties false, rules on keys the artifact does
 * not have) is vacuous over any object artifact it accepts; the same rules beside one rule on a value the artifact
 * holds and meets (a const, an enum, a type, a bound, a pattern, a minItems the array just meets) are not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileUserSchema } from '../../src/artifacts/user-schema.js';

/** Runs per property: each compiles a schema (ajv), the cost of a run. */
const RUNS = 100;
/** A loaded machine (a mutation run beside) slows compiling several-fold. */
const TIMEOUT = 120_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Artifact = Record<string, Json>;

const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/);
/** Leaves that carry content (a hollow artifact is refused before the schema is asked). */
const leaf: fc.Arbitrary<Json> = fc.oneof(fc.boolean(), fc.integer({ min: -1_000, max: 1_000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), fc.stringMatching(/^[a-z][a-z ]{0,11}$/), fc.constant(null));
const value: fc.Arbitrary<Json> = fc.oneof(
  { weight: 4, arbitrary: leaf },
  { weight: 1, arbitrary: fc.array(leaf, { minLength: 1, maxLength: 5 }) },
  { weight: 1, arbitrary: fc.dictionary(key, leaf, { minKeys: 1, maxKeys: 3 }) },
);
/** An object with one to six members, at least one of them a text (so no change of a value leaves it hollow). */
const artifact: fc.Arbitrary<Artifact> = fc
  .tuple(fc.dictionary(key, value, { minKeys: 0, maxKeys: 5 }), fc.stringMatching(/^[a-z]{3,8}$/))
  .map(([members, id]) => ({ label: `run ${id}`, ...members }));

/** One rule on key names that `a` meets. */
function keyRule(a: Artifact): fc.Arbitrary<Record<string, unknown>> {
  const names = Object.keys(a);
  const subset = fc.subarray(names, { minLength: 1 });
  const empty = (ks: readonly string[]) => Object.fromEntries(ks.map((k) => [k, {}]));
  return fc.oneof(
    subset.map((ks) => ({ required: ks })),
    fc.constant({ propertyNames: { pattern: '^[a-z][a-z0-9_]*$' } }),
    fc.constant({ propertyNames: { maxLength: 8 } }),
    fc.constant({ additionalProperties: false, properties: empty(names) }),
    fc.constant({ unevaluatedProperties: false, properties: Object.fromEntries(names.map((k) => [k, true])) }),
    fc.integer({ min: 0, max: 3 }).map((extra) => ({ maxProperties: names.length + extra })),
    fc.integer({ min: 0, max: names.length }).map((n) => ({ minProperties: n })),
    fc.tuple(fc.constantFrom(...names), subset).map(([k, ks]) => ({ dependentRequired: { [k]: ks } })),
    subset.map((ks) => ({ dependentSchemas: empty(ks) })),
    // A value rule only on a key the artifact does not have (keys here never start with an upper-case letter).
    fc.constant({ properties: { Verdict: { const: 'pass' } } }),
    fc.constant({ not: { required: ['Waived'] } }),
  );
}

function jsonType(v: Json): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

const ALL_TYPES = ['string', 'number', 'null', 'boolean', 'object', 'array'];

/** One rule on the value `v` that `v` meets and that some one-value change of it breaks. */
function valueRule(v: Json): fc.Arbitrary<Record<string, unknown>> {
  const always = [fc.constant({ const: v }), fc.constant({ enum: [v, 'Other'] }), fc.constant({ type: jsonType(v) })];
  if (typeof v === 'number') {
    return fc.oneof(...always, fc.constant({ type: ['number', 'null', 'string'], maximum: v }), fc.constant({ type: ['number', 'null', 'string'], minimum: v }));
  }
  if (typeof v === 'string') {
    const escaped = v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return fc.oneof(...always, fc.constant({ type: ['string', 'null', 'number'], pattern: `^${escaped}$` }));
  }
  if (Array.isArray(v)) return fc.oneof(...always, fc.constant({ type: ALL_TYPES, minItems: v.length }));
  if (typeof v === 'boolean') return fc.oneof(...always, fc.constant({ not: { const: !v } }));
  return fc.oneof(...always);
}

function unconstrained(schema: object, a: Artifact): string | undefined {
  const compiled = compileUserSchema(schema);
  if (!compiled.ok) throw new Error(`${compiled.message}: ${JSON.stringify(schema)}`);
  expect(compiled.validate(a), JSON.stringify(schema)).toEqual([]);
  return compiled.unconstrained(a);
}

describe('json_schema vacuity over random artifacts', () => {
  const keyOnly = artifact.chain((a) => fc.tuple(fc.constant(a), fc.array(keyRule(a), { minLength: 1, maxLength: 3 })));

  it('a schema of rules on key names alone is vacuous', () => {
    fc.assert(
      fc.property(keyOnly, ([a, rules]) => {
        const schema = { type: 'object', allOf: rules };
        expect(unconstrained(schema, a), JSON.stringify({ schema, a })).toMatch(/constrains nothing this artifact holds/);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('the same rules beside one rule on a value the artifact holds and meets are not vacuous', () => {
    const withValueRule = keyOnly.chain(([a, rules]) => {
      const names = Object.keys(a);
      return fc.constantFrom(...names).chain((k) => valueRule(a[k] as Json).map((rule) => ({ a, schema: { type: 'object', allOf: rules, properties: { [k]: rule } } })));
    });
    fc.assert(
      fc.property(withValueRule, ({ a, schema }) => {
        expect(unconstrained(schema, a), JSON.stringify({ schema, a })).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
