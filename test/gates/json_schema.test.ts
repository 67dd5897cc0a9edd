/**
 * What the json_schema scenarios cannot express: compiling user schemas in isolation (an `$id`
 * reused across runs in one process), strict-mode rejections, and the artifacts the verdict records.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { compileUserSchema } from '../../src/artifacts/user-schema.js';
import { verify } from '../../src/verify.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';

describe('compileUserSchema', () => {
  it('compiles two different schemas with the same $id (each compile has its own ajv)', () => {
    const a = compileUserSchema({ $id: 'https://example.invalid/s.json', type: 'object', required: ['a'] });
    const b = compileUserSchema({ $id: 'https://example.invalid/s.json', type: 'object', required: ['b'] });
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) {
      expect(a.validate({ a: 1 })).toEqual([]);
      expect(b.validate({ a: 1 }).map((p) => p.pointer)).toEqual(['/b']);
    }
  });

  it.each([
    [{ type: 'strin' }, '/type', /did you mean "string"/],
    [{ type: 'object', requried: ['a'] }, '/requried', /unknown keyword: "requried"; did you mean "required"/],
    [{ type: 'object', properties: { n: { minimum: 0 } } }, '/properties/n', /missing type "number" for keyword "minimum"/],
    // A schema with an $id: ajv names the place by the $id; a recursive $defs entry it names as the root.
    [{ $id: 'https://example.invalid/s.json', type: 'object', properties: { n: { minimum: 0 } } }, '/properties/n', /missing type "number" for keyword "minimum"/],
    [{ $id: 'https://example.invalid/s.json', type: 'object', $defs: { row: { type: 'array', additionalProperties: false } }, properties: { r: { $ref: '#/$defs/row' } } }, '/$defs/row', /missing type "object" for keyword "additionalProperties"/],
    [{ $id: 'https://example.invalid/s.json', type: 'object', $defs: { row: { type: 'array', items: { $ref: '#/$defs/row' }, additionalProperties: false } }, properties: { r: { $ref: '#/$defs/row' } }, additionalProperties: false }, '/$defs/row/additionalProperties', /missing type "object" for keyword "additionalProperties"/],
    [{ type: 'string', format: 'datetime' }, undefined, /unknown format "datetime"/],
    [{ $ref: 'other.schema.json' }, undefined, /can't resolve reference/],
    [[{ type: 'object' }], '', /must be a JSON object, found an array/],
    [false, '', /must be a JSON object, found the boolean false/],
  ])('refuses %j', (schema, pointer, message) => {
    const compiled = compileUserSchema(schema);
    expect(compiled.ok).toBe(false);
    if (!compiled.ok) {
      expect(compiled.message).toMatch(message);
      expect(compiled.pointer).toBe(pointer);
    }
  });

  it('a property named like a misspelt keyword is not blamed; the keyword is', () => {
    const compiled = compileUserSchema({ type: 'object', properties: { requried: { type: 'string' } }, requried: [] });
    expect(compiled.ok).toBe(false);
    if (!compiled.ok) expect(compiled.pointer).toBe('/requried');
  });

  it('reports every problem, with a pointer for each', () => {
    const compiled = compileUserSchema({
      type: 'object',
      required: ['run_id', 'rows'],
      properties: { rows: { type: 'array', items: { type: 'integer' } } },
    });
    expect(compiled.ok).toBe(true);
    if (compiled.ok) expect(compiled.validate({ rows: [1, 'two', 3.5] }).map((p) => p.pointer)).toEqual(['/run_id', '/rows/1', '/rows/2']);
  });
});

describe('json_schema gate', () => {
  const rejects = async (options: Record<string, unknown>, message: RegExp) => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'j', type: 'json_schema', options }]) });
    await expect(verify({ root, out: tempDir(), now: NOW })).rejects.toThrow(message);
  };
  it('rejects a missing schema option', () => rejects({ path: 'a.json' }, /missing required field "schema"/));
  it('rejects max_findings 0', () => rejects({ path: 'a.json', schema: 's.json', max_findings: 0 }, /\/gates\/0\/options\/max_findings/));
  it('rejects schema_id (the schema itself says what is required)', () => rejects({ path: 'a.json', schema: 's.json', schema_id: 'x' }, /unknown field "schema_id"/));

  it('records both the schema file and the artifact in the verdict', async () => {
    const root = workspace({
      'gate-engine.config.yaml': configYaml([{ id: 'j', type: 'json_schema', options: { path: 'a.json', schema: 's.json' } }]),
      'a.json': { n: 1 },
      's.json': { type: 'object', properties: { n: { type: 'integer' } } },
    });
    const { verdict } = await verify({ root, out: tempDir(), now: NOW });
    expect(verdict.gates[0]?.status).toBe('pass');
    expect(verdict.gates[0]?.artifacts.map((a) => a.path).sort()).toEqual(['a.json', 's.json']);
  });

  it('validates a TOML artifact; a native TOML date is not a string', async () => {
    const root = workspace({
      'gate-engine.config.yaml': configYaml([{ id: 'j', type: 'json_schema', options: { path: 'a.toml', schema: 's.json' } }]),
      'a.toml': 'released = 2026-03-10\n',
      's.json': { type: 'object', properties: { released: { type: 'string', format: 'date' } } },
    });
    const { verdict } = await verify({ root, out: tempDir(), now: NOW });
    expect(verdict.gates[0]?.reason).toBe('schema');
    expect(verdict.gates[0]?.checks.find((c) => c.status === 'fail')).toMatchObject({ pointer: '/released', message: expect.stringContaining('must be a string') });
  });
});

describe('json_schema gate: rules on key names alone are vacuous, one rule on a value is not', () => {
  const failing = { suite: 'conformance', status: 'fail', failed: 12, passed: 0 };
  const run = async (schema: object, artifact: object = failing) => {
    const root = workspace({
      'gate-engine.config.yaml': configYaml([{ id: 'j', type: 'json_schema', options: { path: 'a.json', schema: 's.json' } }]),
      'a.json': artifact,
      's.json': schema,
    });
    const { verdict } = await verify({ root, out: tempDir(), now: NOW });
    return verdict.gates[0];
  };

  it.each([
    ['required of every key', { type: 'object', required: ['suite', 'status', 'failed', 'passed'] }],
    ['maxProperties', { type: 'object', maxProperties: 4 }],
    ['closed keys with empty property schemas', { type: 'object', additionalProperties: false, properties: { suite: {}, status: {}, failed: {}, passed: {} } }],
  ])('%s: vacuous (exit fail), on a summary that says fail', async (_name, schema) => {
    const gate = await run(schema);
    expect(gate).toMatchObject({ status: 'fail', reason: 'vacuous' });
    expect(gate?.checks.find((c) => c.status === 'fail')).toMatchObject({ id: 'schema_valid', code: 'vacuous', message: expect.stringContaining('rules on key names alone') });
  });

  it.each([
    ['status const', { type: 'object', required: ['status'], properties: { status: { const: 'pass' } } }, { ...failing, status: 'pass', failed: 0, passed: 12 }],
    // A report that passed: one saying `status: fail` is failure_told under a schema that takes any status (below).
    ['failed maximum 0', { type: 'object', required: ['failed'], properties: { failed: { type: 'integer', maximum: 0 } } }, { ...failing, status: 'pass', failed: 0, passed: 12 }],
    ['minItems the array just meets', { type: 'object', properties: { results: { type: ['array', 'null', 'string', 'number'], minItems: 2 } } }, { ...failing, status: 'pass', failed: 0, passed: 12, results: ['a', 'b'] }],
  ])('%s: the artifact passes', async (_name, schema, artifact) => {
    expect(await run(schema, artifact)).toMatchObject({ status: 'pass' });
  });

  it.each([
    ['failed maximum 0', { type: 'object', required: ['failed'], properties: { failed: { type: 'integer', maximum: 0 } } }, { ...failing, failed: 0, passed: 12 }, '/status'],
    ['a type alone on the count', { type: 'object', required: ['failed'], properties: { failed: { type: 'integer', minimum: 0 } } }, { ...failing, status: 'pass' }, '/failed'],
  ])('%s, beside a failure the schema takes: failure_told', async (_name, schema, artifact, pointer) => {
    const gate = await run(schema, artifact);
    expect(gate).toMatchObject({ status: 'fail', reason: 'failure_told' });
    expect(gate?.checks.find((c) => c.status === 'fail')).toMatchObject({ code: 'failure_told', pointer });
  });

  // A count written as text is weighed however many texts stand before it (the first version read the first 200 only).
  it('a count written as text after 300 ids written as digits is still weighed: wrong_type; as a number that passes, the report passes', async () => {
    const schema = {
      type: 'object',
      properties: {
        ids: { type: 'array', items: { type: 'string' } },
        failed: { type: ['integer', 'string'], maximum: 0 },
        passed: { type: 'integer', minimum: 1 },
      },
    };
    const ids = Array.from({ length: 300 }, (_, i) => String(1000 + i));
    const gate = await run(schema, { ids, failed: '3', passed: 12 });
    expect(gate).toMatchObject({ status: 'fail', reason: 'wrong_type' });
    expect(gate?.checks.find((c) => c.status === 'fail')).toMatchObject({ id: 'schema_valid', code: 'wrong_type', pointer: '/failed' });
    expect(await run(schema, { ids, failed: '0', passed: 12 })).toMatchObject({ status: 'pass' });
  });

  // Red team zd: a schema with a real rule on a value still proves nothing about results when the report ran none.
  it.each([
    ['counts 0 passed and no failure', { ...failing, status: 'pass', failed: 0, passed: 0 }, 'counts 0 passed'],
    ['lists no result', { suite: 'conformance', status: 'pass', results: [] }, '/results lists no result at all'],
    ['lists only hollow results', { suite: 'conformance', status: 'pass', tests: [{}, {}] }, 'lists 2 results that hold nothing'],
    ['skips every item', { suite: 'conformance', status: 'pass', total: 4, skipped: 4 }, 'skips all 4 of its items'],
  ])('a report that %s matches a schema with a status const: vacuous', async (_name, artifact, says) => {
    const gate = await run({ type: 'object', required: ['status'], properties: { status: { const: 'pass' } } }, artifact);
    expect(gate).toMatchObject({ status: 'fail', reason: 'vacuous' });
    expect(gate?.checks.find((c) => c.status === 'fail')).toMatchObject({ id: 'schema_valid', code: 'vacuous', message: expect.stringContaining(says) });
  });

  it.each([
    ['an empty failures list beside results', { suite: 'conformance', status: 'pass', results: [{ name: 'a', status: 'pass' }], failures: [] }],
    ['a count of items beside an empty list', { suite: 'conformance', status: 'pass', total: 3, passed: 3, results: [] }],
  ])('a report with %s passes', async (_name, artifact) => {
    expect(await run({ type: 'object', required: ['status'], properties: { status: { const: 'pass' } } }, artifact)).toMatchObject({ status: 'pass' });
  });
});
