import { describe, expect, it } from 'vitest';
import { compileUserSchema } from '../../src/artifacts/user-schema.js';

function unconstrained(schema: object, artifact: unknown): string | undefined {
  const compiled = compileUserSchema(schema);
  if (!compiled.ok) throw new Error(compiled.message);
  return compiled.unconstrained(artifact);
}

const ARTIFACT = { schema: 'x.v1', status: 'pass', run_id: 'ci-1', counts: { passed: 10, failed: 0 }, cases: [{ id: 'a', ok: true }, { id: 'b', ok: true }] };

describe('compileUserSchema: unconstrained (a schema that proves nothing about this artifact)', () => {
  it.each([
    ['{"type":"object"}', { type: 'object' }],
    ['additionalProperties: true without required', { type: 'object', additionalProperties: true }],
    ['not const null', { not: { const: null } }],
    ['properties naming absent keys', { type: 'object', properties: { Status: { const: 'pass' } } }],
    ['patternProperties .* with minProperties 1', { type: 'object', minProperties: 1, patternProperties: { '.*': {} } }],
    ['a type union of object and array', { type: ['object', 'array'] }],
  ])('%s is vacuous', (_name, schema) => {
    expect(unconstrained(schema, ARTIFACT)).toMatch(/constrains nothing this artifact holds/);
  });

  it.each([
    ['one required field', { type: 'object', required: ['status'] }],
    ['one enum, not required', { type: 'object', properties: { status: { enum: ['pass'] } } }],
    ['a deep const in array items', { type: 'object', properties: { cases: { type: 'array', items: { type: 'object', properties: { ok: { const: true } } } } } }],
    ['additionalProperties false', { type: 'object', properties: { schema: {}, status: {}, run_id: {}, counts: {}, cases: {} }, additionalProperties: false }],
  ])('%s constrains the artifact', (_name, schema) => {
    expect(unconstrained(schema, ARTIFACT)).toBeUndefined();
  });

  it('leaves the artifact exactly as it was, an own __proto__ key included', () => {
    const artifact = JSON.parse('{"__proto__":{"status":"pass"},"a":[1,2,3,4,5,{"b":"c"}],"d":{"e":"f"}}') as Record<string, unknown>;
    const before = JSON.stringify(artifact);
    expect(unconstrained({ type: 'object' }, artifact)).toBeDefined();
    expect(JSON.stringify(artifact)).toBe(before);
    expect(Object.keys(artifact)).toEqual(['__proto__', 'a', 'd']);
    expect(Object.getPrototypeOf(artifact)).toBe(Object.prototype);
  });

  it('an artifact too large to try each value alone: the rest are tried in groups, so {type: object} is still vacuous', () => {
    const big = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, i]));
    expect(unconstrained({ type: 'object' }, big)).toContain('the first 100000 values replaced');
  });

  it('a rule on one value far past the values tried alone is found by its group: not vacuous', () => {
    const big = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i]));
    for (const at of ['k1500', 'k19999']) {
      expect(unconstrained({ type: 'object', properties: { [at]: { type: 'integer' } } }, big), at).toBeUndefined();
      expect(unconstrained({ type: 'object', required: [at] }, big), at).toBeUndefined();
    }
    expect(unconstrained({ type: 'object', properties: { k19999: { type: ['integer', 'null', 'string', 'number'] } } }, big)).toContain('constrains nothing');
  });
});
