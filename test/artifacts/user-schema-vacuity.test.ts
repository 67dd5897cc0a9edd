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
    ['one required field (a key, not a value)', { type: 'object', required: ['status'] }],
    ['additionalProperties false beside empty property schemas', { type: 'object', properties: { schema: {}, status: {}, run_id: {}, counts: {}, cases: {} }, additionalProperties: false }],
  ])('%s is vacuous', (_name, schema) => {
    expect(unconstrained(schema, ARTIFACT)).toMatch(/constrains nothing this artifact holds/);
  });

  it.each([
    ['one enum, not required', { type: 'object', properties: { status: { enum: ['pass'] } } }],
    ['a deep const in array items', { type: 'object', properties: { cases: { type: 'array', items: { type: 'object', properties: { ok: { const: true } } } } } }],
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
      expect(unconstrained({ type: 'object', required: [at] }, big), at).toMatch(/constrains nothing/);
    }
    expect(unconstrained({ type: 'object', properties: { k19999: { type: ['integer', 'null', 'string', 'number'] } } }, big)).toContain('constrains nothing');
  });
});

describe('red team: vacuity on large artifacts is decided per value, never by rules only groups of changes break', () => {
  /** `results` then 3,000 keys: the array's elements lie past the values tried one at a time, in a group without the array itself. */
  const lateArray = (n: number) => ({ results: Array.from({ length: n }, (_, i) => `c${i}`), ...Object.fromEntries(Array.from({ length: 3_000 }, (_, i) => [`k${i}`, i])) });
  const anyType = ['array', 'null', 'string', 'number', 'object', 'boolean'];

  it.each([
    ['uniqueItems (several nulls are duplicates)', { type: 'object', properties: { results: { type: anyType, uniqueItems: true } } }],
    ['not all of two late keys null', { type: 'object', not: { required: ['k2998', 'k2999'], properties: { k2998: { type: 'null' }, k2999: { type: 'null' } } } }],
    ['not all of many keys null', { type: 'object', not: { required: ['k2000', 'k2500', 'k2999'], properties: { k2000: { type: 'null' }, k2500: { type: 'null' }, k2999: { type: 'null' } } } }],
    ['contains a non-null element (all sampled elements null at once)', { type: 'object', properties: { results: { type: anyType, contains: { type: ['string', 'number', 'object', 'boolean', 'array'] } } } }],
  ])('%s: vacuous on a large artifact as on a small one', (_name, schema) => {
    expect(unconstrained(schema, { k2998: 1, k2999: 2, k2000: 3, k2500: 4, results: ['a', 'b', 'c', 'd', 'e'] })).toMatch(/constrains nothing/);
    expect(unconstrained(schema, lateArray(4))).toMatch(/constrains nothing/);
  });

  it('a joint rule beside a real per-value rule on a late value: the real rule is found', () => {
    const schema = { type: 'object', properties: { results: { type: anyType, uniqueItems: true }, k2999: { type: 'integer' } } };
    expect(unconstrained(schema, lateArray(10))).toBeUndefined();
  });

  it('a minItems on an array past the values tried alone is found by removing its elements in a group', () => {
    const schema = { type: 'object', properties: { results: { type: anyType, minItems: 10 } } };
    expect(unconstrained(schema, lateArray(10))).toBeUndefined();
    expect(unconstrained(schema, lateArray(11))).toMatch(/constrains nothing/);
  });

  it('an array of 200,000 values: a rule the probes do not reveal is found (no stack overflow misread as a $ref cycle)', () => {
    const artifact = { status: 'pass', samples: Array.from({ length: 200_000 }, (_, i) => i % 7) };
    expect(unconstrained({ type: 'object', properties: { samples: { type: 'array', items: { type: 'integer' } } } }, artifact)).toBeUndefined();
    expect(unconstrained({ type: 'object' }, artifact)).toMatch(/constrains nothing/);
  });

  it('an artifact 500 levels deep and 200 wide is decided (paths are depths, not copied key lists)', () => {
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 500; i++) deep = { n: deep, ...Object.fromEntries(Array.from({ length: 200 }, (_, j) => [`x${j}`, j])) };
    expect(unconstrained({ type: 'object' }, deep)).toMatch(/constrains nothing/);
  });

  it('the group phase leaves the artifact exactly as it was: values, key order, an own __proto__ key', () => {
    const text = `{"__proto__":{"status":"pass","z":1,"a":2},${Array.from({ length: 3_000 }, (_, i) => `"k${i}":{"v":${i},"w":[${i},"x"]}`).join(',')},"tail":{"__proto__":[1,2,3,4,5],"b":null}}`;
    const artifact = JSON.parse(text) as Record<string, unknown>;
    for (const schema of [{ type: 'object' }, { type: 'object', properties: { tail: { type: 'object', properties: { b: { type: 'null' } } } } }]) {
      unconstrained(schema, artifact);
      expect(JSON.stringify(artifact)).toBe(text);
      expect(Object.keys(artifact)[0]).toBe('__proto__');
      expect(Object.getPrototypeOf(artifact)).toBe(Object.prototype);
      expect(Object.getPrototypeOf(artifact.tail)).toBe(Object.prototype);
    }
  });
});

describe('red team: the replacement values cannot be named by the schema under test', () => {
  const artifact = { schema: 'x.v1', status: 'fail', run_id: 'ci-1', counts: { passed: 10, failed: 3 } };

  it.each([
    ['the former fixed sentinel text', { type: 'object', additionalProperties: { not: { const: '\u0000gate-engine probe' } } }],
    ['the former fixed sentinel number', { type: 'object', additionalProperties: { not: { const: -987654.321 } } }],
    ['both, at every level of the artifact', { type: 'object', additionalProperties: { not: { enum: ['\u0000gate-engine probe', -987654.321] } }, properties: { counts: { type: ['object', 'null', 'string', 'number'], additionalProperties: { not: { enum: ['\u0000gate-engine probe', -987654.321] } } } } }],
  ])('a schema that rejects only %s is vacuous (the sentinels come from its own digest)', (_name, schema) => {
    expect(unconstrained(schema, artifact)).toMatch(/constrains nothing/);
  });

  it.each([
    ['a pattern on a field that also takes null and numbers', { type: 'object', properties: { status: { type: ['string', 'null', 'number'], pattern: '^[a-z]+$' } } }],
    ['a bound on a field that also takes null and text', { type: 'object', properties: { counts: { type: 'object', properties: { failed: { type: ['number', 'null', 'string'], minimum: 0 } } } } }],
    ['an enum that lets null in', { type: 'object', properties: { status: { enum: ['pass', 'fail', null] } } }],
  ])('sound: %s still constrains the artifact', (_name, schema) => {
    expect(unconstrained(schema, artifact)).toBeUndefined();
  });
});

describe('red team: a rule that rejects only null proves nothing about a value (null is no replacement)', () => {
  const artifact = { schema: 'x.v1', status: 'fail', run_id: 'ci-1', ok: false, readiness: { status: 'blocked' }, counts: { passed: 10, failed: 3 }, cases: ['a', 'b'] };
  const big = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i % 2 === 0 ? `v${i}` : i]));
  const notNull = { not: { const: null } };
  const butNull = ['string', 'number', 'boolean', 'object', 'array'];

  it.each([
    ['not const null on two members', { type: 'object', properties: { run_id: notNull, readiness: { not: { type: ['null', 'boolean'] } } } }],
    ['not const null on every member, at every level', { type: 'object', additionalProperties: notNull, properties: { counts: { type: butNull, additionalProperties: notNull }, cases: { type: butNull, items: notNull } } }],
    ['a type union of text and number on the status and a count', { type: 'object', properties: { status: { type: ['string', 'number'] }, counts: { type: butNull, properties: { failed: { type: ['number', 'string'] } } } } }],
    ['every type but null on every member', { type: 'object', additionalProperties: { type: butNull } }],
    ['required keys beside not-null members', { type: 'object', required: ['status', 'counts'], properties: { status: notNull, counts: notNull } }],
  ])('%s is vacuous', (_name, schema) => {
    expect(unconstrained(schema, artifact)).toMatch(/constrains nothing this artifact holds: .*nor do rules that reject only null/);
  });

  it('not const null on every member of an artifact too large to try each value alone: vacuous in the group phase too', () => {
    expect(unconstrained({ type: 'object', additionalProperties: notNull }, big)).toMatch(/constrains nothing/);
    expect(unconstrained({ type: 'object', properties: { k19999: { type: 'integer' } }, additionalProperties: notNull }, big)).toBeUndefined();
  });

  it.each([
    ['type string on a text (a number in its place is rejected)', { type: 'object', properties: { status: { type: 'string' } } }],
    ['type string or null on a text', { type: 'object', properties: { status: { type: ['string', 'null'] } } }],
    ['type object on an object (a text is rejected)', { type: 'object', properties: { readiness: { type: 'object' } } }],
    ['type boolean on a flag', { type: 'object', properties: { ok: { type: 'boolean' } } }],
    ['type array on an array', { type: 'object', properties: { cases: { type: 'array' } } }],
    ['const null on a null member (a text is rejected)', { type: 'object', properties: { waived: { const: null } } }],
    ['the reference kind: required fields, type string with an enum, an integer with a minimum', { type: 'object', required: ['status', 'counts'], properties: { status: { type: 'string', enum: ['pass', 'fail'] }, counts: { type: 'object', properties: { failed: { type: 'integer', minimum: 0 } } } } }],
  ])('sound: %s constrains the artifact', (_name, schema) => {
    expect(unconstrained(schema, { ...artifact, waived: null })).toBeUndefined();
  });
});

describe('red team: the probes cannot be named by the schema under test either', () => {
  const artifact = { schema: 'x.v1', status: 'fail', run_id: 'ci-1', counts: { passed: 10, failed: 3 } };

  it.each([
    ['not const a formerly fixed probe', { type: 'object', not: { const: { status: 'pass' } } }],
    ['not all 40 keys of the formerly fixed wide probe', { type: 'object', not: { required: Array.from({ length: 40 }, (_, i) => `k${i}`) } }],
    ['if a formerly fixed probe then false', { type: 'object', if: { const: { a: { b: { c: { d: [] } } } } }, then: false }],
    ['maxProperties 39 on a 4-key artifact (says nothing about what it holds)', { type: 'object', maxProperties: 39 }],
    ['maxProperties 4 on a 4-key artifact', { type: 'object', maxProperties: 4 }],
  ])('%s is vacuous', (_name, schema) => {
    expect(unconstrained(schema, artifact)).toMatch(/constrains nothing/);
  });

  it.each([
    ['an integer', { type: 'integer' }, 42],
    ['a bounded number', { type: 'number', minimum: 0, maximum: 100 }, 42],
    ['a string pattern', { type: 'string', pattern: '^v[0-9]+$' }, 'v1'],
    ['an array of integers', { type: 'array', items: { type: 'integer' } }, [1, 2, 3]],
  ])('sound: a top-level %s constrains the artifact', (_name, schema, value) => {
    expect(unconstrained(schema, value)).toBeUndefined();
  });
});

describe('key names alone prove nothing about the values: an artifact with values is judged by one-value changes only', () => {
  const failing = { suite: 'conformance', status: 'fail', failed: 12, passed: 0 };
  const keys = { suite: {}, status: {}, failed: {}, passed: {} };

  it.each([
    ['additionalProperties false beside empty property schemas', { type: 'object', additionalProperties: false, properties: keys }],
    ['propertyNames alone', { type: 'object', propertyNames: { pattern: '^[a-z_]+$' } }],
    ['propertyNames maxLength', { type: 'object', propertyNames: { maxLength: 6 } }],
    ['required of every key', { type: 'object', required: ['suite', 'status', 'failed', 'passed'] }],
    ['maxProperties equal to the key count', { type: 'object', maxProperties: 4 }],
    ['minProperties equal to the key count', { type: 'object', minProperties: 4 }],
    ['dependentRequired', { type: 'object', dependentRequired: { status: ['failed', 'passed'] } }],
    ['dependentSchemas of empty schemas', { type: 'object', dependentSchemas: { status: {}, failed: {} } }],
    ['unevaluatedProperties false beside true property schemas', { type: 'object', properties: { suite: true, status: true }, patternProperties: { ed$: {} }, unevaluatedProperties: false }],
    ['not required of a key the artifact lacks', { type: 'object', not: { required: ['waived'] } }],
    ['a value rule only on a member the artifact lacks, keys closed', { type: 'object', additionalProperties: false, properties: { ...keys, verdict: { const: 'pass' } } }],
    ['a value rule only under a pattern no key matches', { type: 'object', patternProperties: { '^x_': { const: 1 } } }],
    ['not: {not: {}} on a required member', { type: 'object', required: ['status'], properties: { status: { not: { not: {} } } } }],
    ['anyOf with a {} branch', { type: 'object', required: ['status'], properties: { status: { anyOf: [{}, { const: 'pass' }] } } }],
    ['$ref to true', { type: 'object', required: ['status'], properties: { status: { $ref: '#/$defs/any' } }, $defs: { any: true } }],
    ['if/then whose then is true', { type: 'object', if: { properties: { status: { const: 'fail' } } }, then: true }],
    ['contains {} on a member that is no array', { type: 'object', properties: { status: { type: ['string', 'number', 'null', 'boolean', 'object', 'array'], contains: {} } } }],
  ])('%s is vacuous', (_name, schema) => {
    expect(unconstrained(schema, failing)).toMatch(/constrains nothing this artifact holds: rules on key names alone/);
  });

  it('"if" without "then" or "else" does not compile (strict mode): invalid_schema, never a hidden rule', () => {
    const compiled = compileUserSchema({ type: 'object', if: { properties: { status: { const: 'pass' } } } });
    expect(compiled).toMatchObject({ ok: false, message: expect.stringContaining('"if" without "then" and "else" is ignored') });
  });

  it.each([
    ['contains {} on a one-element array (without it the array is [])', { type: 'array', contains: {} }, ['c1']],
    ['minItems 1 on a one-element array', { type: 'array', minItems: 1 }, [{ id: 'c1' }]],
    ['minItems 1 on a two-element array (removing one is accepted)', { type: 'array', minItems: 1 }, ['c1', 'c2']],
    ['a rule that rejects only null in the one member (a hollow document)', { type: 'object', properties: { status: { type: ['string', 'number', 'boolean', 'object', 'array'] } } }, { status: 'fail' }],
  ])('a rule that rejects only a change the reader refuses as hollow, or none: %s is vacuous', (_name, schema, artifact) => {
    expect(unconstrained(schema, artifact)).toMatch(/constrains nothing/);
  });

  const passing = { suite: 'conformance', status: 'pass', failed: 0, passed: 12, ok: true, results: ['a', 'b', 'c'] };
  const anyType = ['string', 'number', 'null', 'boolean', 'object', 'array'];
  it.each([
    ['status const pass', { type: 'object', properties: { status: { const: 'pass' } } }],
    ['status enum', { type: 'object', properties: { status: { enum: ['pass', 'warn'] } } }],
    ['failed maximum 0 on an integer', { type: 'object', properties: { failed: { type: 'integer', maximum: 0 } } }],
    ['failed maximum 0 on a type that also takes null and text (a larger number is rejected)', { type: 'object', properties: { failed: { type: ['number', 'null', 'string'], maximum: 0 } } }],
    ['passed type integer', { type: 'object', properties: { passed: { type: 'integer' } } }],
    ['a flag that must not be false (the other boolean is rejected)', { type: 'object', properties: { ok: { not: { const: false } } } }],
    ['minItems on an array where removing an element is rejected', { type: 'object', properties: { results: { type: anyType, minItems: 3 } } }],
    ['keys closed and one value rule', { type: 'object', additionalProperties: false, properties: { suite: {}, status: { const: 'pass' }, failed: {}, passed: {}, ok: {}, results: {} } }],
    ['a value rule beside propertyNames', { type: 'object', propertyNames: { pattern: '^[a-z_]+$' }, properties: { results: { type: 'array', items: { type: 'string' } } } }],
  ])('sound: %s constrains the artifact', (_name, schema) => {
    expect(unconstrained(schema, passing)).toBeUndefined();
  });

  it('sound: minItems on a top-level array where removing an element is rejected', () => {
    expect(unconstrained({ type: 'array', minItems: 3 }, ['a', 'b', 'c'])).toBeUndefined();
    expect(unconstrained({ type: 'array', minItems: 3 }, ['a', 'b', 'c', 'd'])).toMatch(/constrains nothing/);
  });

  it('removing array elements leaves the artifact exactly as it was', () => {
    const artifact = { results: [['a', 'b'], ['c', 'd', 'e', 'f', 'g']], n: [1, 2, 3, 4, 5, 6] };
    const before = JSON.stringify(artifact);
    expect(unconstrained({ type: 'object', maxProperties: 2 }, artifact)).toMatch(/constrains nothing/);
    expect(JSON.stringify(artifact)).toBe(before);
  });
});

describe('compileUserSchema: refused before any artifact is read', () => {
  it.each([
    ['not not {}', { not: { not: {} } }],
    ['anyOf [{}]', { anyOf: [{}] }],
    ['a union of every type', { type: ['null', 'boolean', 'number', 'string', 'array', 'object'] }],
    ['a $ref to an empty definition', { $ref: '#/$defs/any', $defs: { any: {} } }],
    ['if/then/else with empty branches', { if: { type: 'object' }, then: {}, else: {} }],
  ])('%s accepts every probe: constrains nothing', (_name, schema) => {
    const compiled = compileUserSchema(schema);
    expect(compiled).toMatchObject({ ok: false, pointer: '' });
    expect(!compiled.ok && compiled.message).toMatch(/^the schema constrains nothing: it accepts every one of \d+ very different documents/);
  });

  it('a $ref cycle that never descends into the document is refused as such, never a stack overflow', () => {
    const compiled = compileUserSchema({ $ref: '#/$defs/a', $defs: { a: { $ref: '#/$defs/a' } } });
    expect(compiled.ok).toBe(false);
    expect(!compiled.ok && compiled.message).not.toMatch(/accepts every one/);
  });

  it('a misspelt keyword is a strict-mode error with a did-you-mean', () => {
    for (const [typo, meant] of [['defualt', 'default'], ['requried', 'required'], ['descripton', 'description']] as const) {
      const compiled = compileUserSchema({ type: 'object', [typo]: 1 });
      expect(compiled.ok, typo).toBe(false);
      expect(!compiled.ok && compiled.message, typo).toContain(`"${meant}"`);
    }
  });
});

describe('compileUserSchema: placeholders (required texts the schema leaves free, red team hx)', () => {
  const schema = {
    type: 'object',
    required: ['status', 'owners', 'meta'],
    properties: {
      status: { type: 'string' },
      kind: { enum: ['TODO', 'done'] },
      owners: { type: 'array', minItems: 1, items: { type: 'string' } },
      meta: { type: 'object', dependentRequired: { a: ['b'] }, properties: { a: { type: 'string' }, b: { type: 'string' } } },
    },
  };
  const placeholders = (artifact: unknown) => {
    const compiled = compileUserSchema(schema);
    if (!compiled.ok) throw new Error(compiled.message);
    const before = JSON.stringify(artifact);
    const found = compiled.placeholders(artifact).map((f) => f.pointer);
    // The artifact is put back exactly as it was, member order included: it is reported on afterwards.
    expect(JSON.stringify(artifact)).toBe(before);
    return found;
  };

  it('finds the required free texts, whatever applicator requires them', () => {
    expect(placeholders({ status: 'TODO', kind: 'TODO', owners: ['<owner>'], meta: { a: 'x', b: '${B}' }, z: 1 })).toEqual(['/status', '/owners/0', '/meta/b']);
  });

  it('finds an empty required text too', () => {
    expect(placeholders({ status: '', owners: ['alice'], meta: {} })).toEqual(['/status']);
  });

  it('leaves texts the schema names (enum, pattern, maxLength 0) and optional texts alone', () => {
    expect(placeholders({ status: 'pass', kind: 'TODO', owners: ['alice', 'TBD'], meta: { b: 'N/A' } })).toEqual([]);
    const named = compileUserSchema({ type: 'object', required: ['status', 'ticket', 'error'], properties: { status: { enum: ['pass', 'unknown'] }, ticket: { type: 'string', pattern: '^(?:N/A|[A-Z]+-[0-9]+)$' }, error: { type: 'string', maxLength: 0 } } });
    if (!named.ok) throw new Error(named.message);
    expect(named.placeholders({ status: 'unknown', ticket: 'N/A', error: '' })).toEqual([]);
  });
});

describe('red team zd: a required stand-in under a rule that takes any word of its shape', () => {
  const placeholdersUnder = (properties: Record<string, unknown>, artifact: Record<string, unknown>) => {
    const compiled = compileUserSchema({ type: 'object', required: Object.keys(properties), properties });
    if (!compiled.ok) throw new Error(compiled.message);
    return compiled.placeholders(artifact).map((f) => f.pointer);
  };

  it.each([
    ['a letters-only pattern', { type: 'string', pattern: '^[A-Za-z]+$' }, 'TODO'],
    ['a maxLength', { type: 'string', maxLength: 4 }, 'TBD'],
    ['a no-whitespace pattern', { type: 'string', pattern: '^\\S+$' }, '${BUILD_ID}'],
    ['a no-whitespace pattern', { type: 'string', pattern: '^\\S+$' }, '<fill-me>'],
    ['a hostname format', { type: 'string', format: 'hostname' }, 'unknown'],
    ['a lower-case pattern', { type: 'string', pattern: '^[a-z/]+$' }, 'n/a'],
    ['a length range (blank, npm run fuzz)', { type: 'string', minLength: 2, maxLength: 6 }, '   '],
    ['a minLength (zero-width spaces)', { type: 'string', minLength: 1 }, '\u200b\u200b'],
  ])('%s admits %j: placeholder', (_name, rule, text) => {
    expect(placeholdersUnder({ v: rule }, { v: text })).toEqual(['/v']);
  });

  it.each([
    ['an enum', { enum: ['TODO', 'done'] }, 'TODO'],
    ['a pattern that spells the stand-in', { type: 'string', pattern: '^(?:TBD|[a-z]+-[0-9]+)$' }, 'TBD'],
    ['a pattern of the template shape', { type: 'string', pattern: '^\\$\\{[A-Z_]+\\}$' }, '${BUILD_ID}'],
    ['a no-whitespace pattern over punctuation alone', { type: 'string', pattern: '^\\S+$' }, './*'],
    ['a whitespace pattern over a blank', { type: 'string', pattern: '^\\s+$' }, '   '],
    ['a const empty text', { const: '' }, ''],
  ])('%s over %j is the schema\'s call', (_name, rule, text) => {
    expect(placeholdersUnder({ v: rule }, { v: text })).toEqual([]);
  });

  it.each([
    ['a const TODO', { const: 'TODO' }, 'TODO'],
    ['an enum of stand-ins alone', { enum: ['TBD', '<owner>'] }, '<owner>'],
    ['a const template', { const: '${BUILD_ID}' }, '${BUILD_ID}'],
  ])('a schema that demands its own placeholder (%s) does not pass it', (_name, rule, text) => {
    expect(placeholdersUnder({ v: rule }, { v: text })).toEqual(['/v']);
  });

  it.each([
    ['a const that says none', { const: 'none' }, 'none'],
    ['an empty const', { const: '' }, ''],
    ['an enum naming a stand-in beside a real value', { enum: ['TBD', '2026-03-10'] }, 'TBD'],
  ])('%s is a rule on a value', (_name, rule, text) => {
    expect(placeholdersUnder({ v: rule }, { v: text })).toEqual([]);
  });

  it('real words under the same rules are no placeholders', () => {
    expect(placeholdersUnder({ a: { type: 'string', pattern: '^[A-Za-z]+$' }, b: { type: 'string', maxLength: 6 }, c: { type: 'string', pattern: '^\\S+$' } }, { a: 'passed', b: 'rel-qa', c: 'ci-4411' })).toEqual([]);
  });
});

describe('red team hx: rules on the envelope alone (schema id, run id, generated_at) prove nothing about what the artifact found', () => {
  const artifact = { schema: 'pi.ci.summary.v1', generated_at: '2026-03-10T08:00:00Z', run_id: 'ci-20260310T080000Z-1', correlation_id: 'x-1', git_sha: 'a'.repeat(40), version: '1.2.3', status: 'fail', failed: 12 };

  it.each([
    ['a const on the schema id', { type: 'object', required: ['schema', 'status', 'failed'], properties: { schema: { const: 'pi.ci.summary.v1' } } }],
    ['a pattern on the run id and a format on generated_at', { type: 'object', properties: { run_id: { type: 'string', pattern: '^ci-' }, generated_at: { type: 'string', format: 'date-time' } } }],
    ['types on every envelope member', { type: 'object', properties: { schema: { type: 'string' }, correlation_id: { type: 'string' }, git_sha: { type: 'string', pattern: '^[0-9a-f]{40}$' } } }],
  ])('%s is vacuous', (_name, schema) => {
    expect(unconstrained(schema, artifact)).toMatch(/beside its envelope \(schema, generated_at, run_id, correlation_id, git_sha\).*nor do rules on the envelope alone/);
  });

  it.each([
    ['a rule on the status beside the schema id', { type: 'object', properties: { schema: { const: 'pi.ci.summary.v1' }, status: { enum: ['pass', 'fail'] } } }],
    ['a pattern on the version (what a manifest is about)', { type: 'object', properties: { version: { type: 'string', pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+$' } } }],
  ])('sound: %s constrains the artifact', (_name, schema) => {
    expect(unconstrained(schema, artifact)).toBeUndefined();
  });

  it('an artifact of envelope members alone (a stamp) is judged on them', () => {
    expect(unconstrained({ type: 'object', properties: { schema: { const: 'pi.ci.stamp.v1' } } }, { schema: 'pi.ci.stamp.v1', run_id: 'ci-1' })).toBeUndefined();
  });
});
