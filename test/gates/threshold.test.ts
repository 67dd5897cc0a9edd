/** What the threshold scenarios cannot express: the comparison table and option-schema rejections. */
import { afterAll, describe, expect, it } from 'vitest';
import { compare, THRESHOLD_OPS } from '../../gates/threshold.js';
import { verify } from '../../src/verify.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';

describe('compare', () => {
  // [actual, limit] → expected result for each op in THRESHOLD_OPS order: >=, >, <=, <, ==, !=
  it.each([
    [79.9, 80, [false, false, true, true, false, true]],
    [80, 80, [true, false, true, false, true, false]],
    [80.1, 80, [true, true, false, false, false, true]],
    [-0, 0, [true, false, true, false, true, false]],
  ] as const)('%d against %d', (actual, limit, results) => {
    expect(THRESHOLD_OPS.map((op) => compare(actual, op, limit))).toEqual(results);
  });
});

describe('threshold options', () => {
  const rejects = async (options: Record<string, unknown>, message: RegExp) => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 't', type: 'threshold', options }]) });
    await expect(verify({ root, out: tempDir(), now: NOW })).rejects.toThrow(message);
  };
  const base = { path: 'summary.json', pointer: '/pass_rate_pct', op: '>=', value: 80 };
  it('rejects an unknown operator', () => rejects({ ...base, op: '=>' }, /\/gates\/0\/options\/op/));
  it('rejects a string limit', () => rejects({ ...base, value: '80' }, /\/gates\/0\/options\/value.*must be a number/));
  it('rejects a non-finite limit', () => rejects({ ...base, value: Number.POSITIVE_INFINITY }, /\/gates\/0\/options\/value/));
  it('rejects a missing op', () => rejects({ path: 'summary.json', pointer: '/x', value: 1 }, /missing required field "op"/));
});

describe('threshold: YAML and TOML numbers', () => {
  const run = async (file: string, text: string, options: Record<string, unknown>) => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 't', type: 'threshold', options: { path: file, ...options } }]), [file]: text });
    const { verdict } = await verify({ root, out: tempDir(), now: NOW });
    return verdict.gates[0];
  };
  it('a YAML .inf is wrong_type, not a number that beats every limit', async () => {
    expect((await run('c.yaml', 'suite: conformance\nrate: .inf\n', { pointer: '/rate', op: '>=', value: 80 }))?.reason).toBe('wrong_type');
  });
  it('a document whose only number is a YAML .inf holds nothing: empty', async () => {
    expect((await run('c.yaml', 'rate: .inf\n', { pointer: '/rate', op: '>=', value: 80 }))?.reason).toBe('empty');
  });
  it('a YAML quoted "85" is wrong_type', async () => {
    expect((await run('c.yaml', 'rate: "85"\n', { pointer: '/rate', op: '>=', value: 80 }))?.reason).toBe('wrong_type');
  });
  it('a TOML integer passes integer: true', async () => {
    expect((await run('c.toml', 'count = 512\n', { pointer: '/count', op: '>=', value: 500, integer: true }))?.status).toBe('pass');
  });
});

describe('threshold: a limit no value of its kind can fail, or none can meet (red team th)', () => {
  const gate = async (doc: Record<string, unknown>, pointer: string, op: string, value: number) => {
    const options = { path: 'summary.json', pointer, op, value };
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 't', type: 'threshold', options }]), 'summary.json': JSON.stringify(doc) });
    return (await verify({ root, out: tempDir(), now: NOW })).verdict.gates[0];
  };
  it('fails a floor at 0 on a count the evidence meets as vacuous', async () => {
    const g = await gate({ flaky: 2 }, '/flaky', '>=', 0);
    expect([g?.status, g?.reason]).toEqual(['fail', 'vacuous']);
    expect(g?.detail).toContain('met by every value: a count is never below 0');
  });
  it('fails `==` a value no count takes, met by a count of 0.5, as vacuous', async () => {
    const g = await gate({ failed: 0.5, passed: 3 }, '/failed', '==', 0.5);
    expect([g?.status, g?.reason]).toEqual(['fail', 'vacuous']);
    expect(g?.detail).toContain('met by no value of its kind: a count is a whole number, never 0.5');
  });
  it('passes a limit values of the kind can fail', async () => {
    expect((await gate({ flaky: 0 }, '/flaky', '<=', 0))?.status).toBe('pass');
    expect((await gate({ exit_code: 0 }, '/exit_code', '==', 0))?.status).toBe('pass');
  });
});
