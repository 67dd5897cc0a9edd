/**
 * GateTester itself: a wrong expectation must fail (a tester that cannot fail tests nothing), cases
 * run over real files through the real engine, and `verify({ config })` takes a config object.
 */
import { describe, expect, it } from 'vitest';
import { defineConfig, verify } from '../../src/index.js';
import { defineGate, numberAt, readDocumentChecked } from '../../src/sdk/index.js';
import { GateTester, GateTesterError } from '../../src/testing/index.js';
import threshold from '../../gates/threshold.js';
import { removeTempDirs, workspace } from '../helpers/fs.js';
import { afterAll } from 'vitest';

afterAll(removeTempDirs);

const counted = defineGate<{ path: string }>({
  type: 'counted',
  title: 'Counted',
  description: 'A report has a positive integer /count.',
  optionsSchema: { type: 'object', additionalProperties: false, required: ['path'], properties: { path: { type: 'string', minLength: 1 } } },
  reasons: { too_few: 'count is zero' },
  async evaluate(ctx, options) {
    const doc = await readDocumentChecked(ctx, options);
    if (doc === undefined) return;
    const n = numberAt(ctx, 'count', doc, '/count', { integer: true });
    if (n === undefined) return;
    if (n > 0) ctx.pass('count', `${n}`);
    else ctx.fail('count', 'too_few', 'count is 0', { path: doc.path, pointer: '/count' });
  },
});

const tester = new GateTester();

describe('GateTester', () => {
  it('passes a table whose expectations hold', async () => {
    await tester.run(counted, {
      valid: [{ files: { 'r.json': { count: 2 } }, options: { path: 'r.json' } }],
      invalid: [
        { files: { 'r.json': { count: 0 } }, options: { path: 'r.json' }, reason: 'too_few', findings: [{ id: 'count', code: 'too_few', pointer: '/count' }] },
        { files: { 'r.json': { count: '3' } }, options: { path: 'r.json' }, reason: 'wrong_type', findings: [{ code: 'wrong_type', message: /string/ }] },
        { files: { 'r.json': { count: 2.5 } }, options: { path: 'r.json' }, reason: 'wrong_type' },
        { files: { 'r.json': '{"count": 1, "count": 2}' }, options: { path: 'r.json' }, reason: 'duplicate_key' },
        { files: {}, options: { path: 'r.json' }, reason: 'missing' },
      ],
    });
  });

  it.each([
    ['a valid case that fails', { valid: [{ files: { 'r.json': { count: 0 } }, options: { path: 'r.json' } }] }, /expected the gate to pass, it reported fail \(too_few\)/],
    ['the wrong reason', { invalid: [{ files: { 'r.json': { count: 0 } }, options: { path: 'r.json' }, reason: 'missing' }] }, /reason: expected missing, got too_few/],
    ['a finding field that differs', { invalid: [{ files: { 'r.json': { count: 0 } }, options: { path: 'r.json' }, reason: 'too_few', findings: [{ pointer: '/other' }] }] }, /finding 1 pointer: expected "\/other", got "\/count"/],
    ['the wrong number of findings', { invalid: [{ files: { 'r.json': { count: 0 } }, options: { path: 'r.json' }, reason: 'too_few', findings: [] }] }, /findings: expected 0, got 1/],
    ['an invalid case that passes', { invalid: [{ files: { 'r.json': { count: 1 } }, options: { path: 'r.json' }, reason: 'too_few' }] }, /status: expected fail, got pass/],
    ['options the gate\'s schema refuses', { valid: [{ files: {}, options: { path: 'r.json', extra: 1 } }] }, /the case could not run: invalid config/],
    ['a file outside the case root', { valid: [{ files: { '../x.json': {} }, options: { path: 'r.json' } }] }, /must be a path inside the case's root/],
  ])('fails on %s', async (_name, cases, message) => {
    await expect(tester.run(counted, cases as never)).rejects.toThrow(message);
  });

  it('refuses an empty table', () => {
    expect(() => tester.run(counted, {})).toThrow(GateTesterError);
  });

  it('tests built-in gates the same way', async () => {
    await tester.run(threshold, {
      valid: [{ files: { 's.json': { rate: 90 } }, options: { path: 's.json', pointer: '/rate', op: '>=', value: 80 } }],
      invalid: [{ files: { 's.json': { rate: 70 } }, options: { path: 's.json', pointer: '/rate', op: '>=', value: 80 }, reason: 'threshold_not_met' }],
    });
  });
});

describe('verify({ config }) takes a config object', () => {
  it('runs it like a file, custom gate types included', async () => {
    const root = workspace({ 'r.json': { count: 1 } });
    const result = await verify({ root, write: false, now: '2026-01-01T00:00:00Z', gateTypes: [counted], config: defineConfig({ version: 1, gates: [{ type: 'counted', options: { path: 'r.json' } }] }) });
    expect(result.exitCode).toBe(0);
    expect(result.verdict.gates[0]).toMatchObject({ id: 'counted', status: 'pass' });
    expect(result.verdict.config_sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('validates it like a file (exit-2 errors, the same codes)', async () => {
    const root = workspace({});
    await expect(verify({ root, write: false, config: { version: 1, gates: [{ type: 'threshold', options: { nope: 1 } }] } as never })).rejects.toMatchObject({ code: 'invalid_options' });
    await expect(verify({ root, write: false, config: { version: 1, gates: [{ type: 'threshold' }], extra: 1 } as never })).rejects.toMatchObject({ code: 'unknown_key' });
    await expect(verify({ root, write: false, config: { version: 1, gates: [] } })).rejects.toMatchObject({ code: 'no_gates' });
    await expect(verify({ root, write: false, config: [] as never })).rejects.toMatchObject({ code: 'config_invalid' });
  });

  it('hashes the same object the same way whatever the key order', async () => {
    const root = workspace({ 'r.json': { count: 1 } });
    const a = await verify({ root, write: false, now: '2026-01-01T00:00:00Z', gateTypes: [counted], config: { version: 1, gates: [{ type: 'counted', options: { path: 'r.json' } }] } });
    const b = await verify({ root, write: false, now: '2026-01-01T00:00:00Z', gateTypes: [counted], config: { gates: [{ options: { path: 'r.json' }, type: 'counted' }], version: 1 } });
    expect(a.verdict.config_sha256).toBe(b.verdict.config_sha256);
  });
});
