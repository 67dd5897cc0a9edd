/**
 * The threshold gate's findings, exactly: each way a number can fail to prove the comparison (and the one way it
 * passes) with its code, message, expected, actual and fix — the text a release engineer acts on — and the option
 * schema's refusals. Written against the survivors of `npm run mutation:gates` (docs/mutation.md).
 */
import { afterAll, describe, expect, it } from 'vitest';
import threshold from '../../gates/threshold.js';
import { verify } from '../../src/verify.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';

async function run(files: Record<string, string>, options: Record<string, unknown>) {
  const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 't', type: 'threshold', options }]), ...files });
  return (await verify({ root, out: tempDir(), now: NOW })).verdict;
}

async function gate(file: string, text: string, options: Record<string, unknown>) {
  return (await run({ [file]: text }, { path: file, ...options })).gates[0]!;
}

/** The one check of a gate over `{"r": <number text>, "n": 1}` at /r (`n` keeps a null or blank `r` from making the document hollow). */
async function check(numberText: string, options: Record<string, unknown> = {}) {
  const g = await gate('c.json', `{"r": ${numberText}, "n": 1}`, { pointer: '/r', op: '>=', value: 80, ...options });
  expect(g.checks).toHaveLength(1);
  return g.checks[0]!;
}

describe('threshold findings', () => {
  it('met: pass with the value and the comparison', async () => {
    expect(await check('80')).toEqual({ id: 'threshold_met', status: 'pass', code: 'ok', message: 'c.json:1:2: /r = 80 (>= 80)', path: 'c.json', pointer: '/r', line: 1, column: 2, expected: '>= 80', actual: 80 });
  });

  it('not met: threshold_not_met with the measured value and what to fix', async () => {
    expect(await check('79.5')).toEqual({
      id: 'threshold_met',
      status: 'fail',
      code: 'threshold_not_met',
      message: 'c.json:1:2: /r = 79.5, expected >= 80',
      path: 'c.json',
      pointer: '/r',
      line: 1,
      column: 2,
      expected: '>= 80',
      actual: 79.5,
      fix: 'the measured /r is 79.5; fix what it measures until it is >= 80, then re-run the producer',
    });
  });

  it('each operator decides on the limit itself', async () => {
    const status = async (op: string, n: string) => (await check(n, { op, value: 5 })).status;
    expect([await status('>', '5'), await status('<', '5'), await status('<=', '5'), await status('==', '5'), await status('!=', '5'), await status('!=', '6')]).toEqual(['fail', 'fail', 'pass', 'pass', 'fail', 'pass']);
  });

  it('absent: missing_field, never read as 0', async () => {
    const g = await gate('c.json', '{"other": 1}', { pointer: '/r', op: '<=', value: 0 });
    expect(g.reason).toBe('missing_field');
    expect(g.checks[0]).toMatchObject({ code: 'missing_field', pointer: '/r', expected: 'a number <= 0', fix: 'have the producer write /r as a JSON number, or correct the `pointer` option; a missing value is never read as 0' });
  });

  it('a numeric string: wrong_type, and the fix shows the number it should have been', async () => {
    expect(await check('"85"')).toEqual({
      id: 'threshold_met',
      status: 'fail',
      code: 'wrong_type',
      message: 'c.json:1:2: /r must be a finite number, found the string "85"',
      path: 'c.json',
      pointer: '/r',
      line: 1,
      column: 2,
      expected: 'a number >= 80',
      actual: '85',
      fix: 'write /r as the JSON number 85, not the string "85"; the gate never converts text to numbers',
    });
    expect((await check('" 85 "')).fix).toBe('write /r as the JSON number 85, not the string " 85 "; the gate never converts text to numbers');
  });

  it('a string that is no number, or blank (Number("") is 0): wrong_type with the plain fix', async () => {
    for (const text of ['"abc"', '""', '"   "', '"Infinity"']) {
      const c = await check(text);
      expect(c.code, text).toBe('wrong_type');
      expect(c.fix, text).toBe('have the producer write /r as a finite JSON number');
    }
  });

  it('null, a boolean, an object: wrong_type naming the type', async () => {
    const nul = await check('null');
    expect(nul).toMatchObject({ code: 'wrong_type', actual: null, fix: 'have the producer write /r as a finite JSON number' });
    expect(nul.message).toBe('c.json:1:2: /r must be a finite number, found null');
    expect((await check('true')).code).toBe('wrong_type');
    expect((await check('{"v": 90}')).code).toBe('wrong_type');
  });

  it('a non-finite number (YAML .inf, TOML nan): wrong_type that names it', async () => {
    const g = await gate('c.yaml', 'suite: x\nr: -.inf\n', { pointer: '/r', op: '<=', value: 0 });
    expect(g.checks[0]).toMatchObject({ code: 'wrong_type', fix: 'have the producer write /r as a finite JSON number' });
    expect(g.checks[0]!.message).toMatch(/\/r must be a finite number, found the non-finite number -Infinity$/);
    const t = await gate('c.toml', 'suite = "x"\nr = nan\n', { pointer: '/r', op: '!=', value: 0 });
    expect(t.checks[0]!.message).toMatch(/found the non-finite number NaN$/);
  });

  it('integer: a fraction fails wrong_type; the fix truncates toward zero', async () => {
    expect(await check('80.5', { integer: true })).toEqual({
      id: 'threshold_met',
      status: 'fail',
      code: 'wrong_type',
      message: 'c.json:1:2: /r must be an integer, found 80.5',
      path: 'c.json',
      pointer: '/r',
      line: 1,
      column: 2,
      expected: 'an integer >= 80',
      actual: 80.5,
      fix: 'write /r as an integer (e.g. 80), without a fraction or exponent',
    });
    expect((await check('-2.5', { integer: true, op: '<=', value: 0 })).fix).toBe('write /r as an integer (e.g. -2), without a fraction or exponent');
  });

  it('integer: 500.0 and 5e2 fail wrong_type although their value is whole; 500 passes; without integer all pass', async () => {
    const frac = await check('500.0', { integer: true, value: 500 });
    expect(frac).toMatchObject({ code: 'wrong_type', message: 'c.json:1:2: /r must be an integer, found 500, written with a fraction or exponent', expected: 'an integer >= 500', actual: '500 written as a non-integer (e.g. 500.0)', fix: 'write /r as an integer (e.g. 500), without a fraction or exponent' });
    expect((await check('5e2', { integer: true, value: 500 })).code).toBe('wrong_type');
    expect((await check('500', { integer: true, value: 500 })).status).toBe('pass');
    expect((await check('500.0', { value: 500 })).status).toBe('pass');
    expect((await check('80.5', { integer: false })).status).toBe('pass');
  });
});

describe('threshold: what the gate is', () => {
  it('a failed comparison fails the verdict (the gate blocks) and names its artifact', async () => {
    const verdict = await run({ 'c.json': '{"r": 1, "n": 1}' }, { path: 'c.json', pointer: '/r', op: '>=', value: 80 });
    expect(verdict.verdict).toBe('fail');
    expect(verdict.gates[0]).toMatchObject({ blocking: true, status: 'fail', reason: 'threshold_not_met', artifact_path: 'c.json' });
  });

  it('threshold_not_met is its own declared reason, with a meaning and a remediation line', () => {
    expect(threshold.blocking).toBe(true);
    expect(threshold.artifactPath?.({ path: 'x/y.json' } as never)).toBe('x/y.json');
    expect(threshold.reasons?.threshold_not_met).toMatch(/\S/);
    expect(threshold.remediation?.some((line) => line.startsWith('threshold_not_met: '))).toBe(true);
  });

  it('a missing artifact is missing, one finding, nothing compared', async () => {
    const g = (await run({}, { path: 'c.json', pointer: '/r', op: '>=', value: 80 })).gates[0]!;
    expect(g.reason).toBe('missing');
    expect(g.checks.map((c) => [c.id, c.code])).toEqual([['artifact', 'missing']]);
  });

  it('array + where: the selected entry is compared under threshold_met; no entry is no_match, one finding', async () => {
    const bench = JSON.stringify({ benchmarks: [{ name: 'a', ns: 10 }, { name: 'b', ns: 99 }] });
    const ok = await gate('b.json', bench, { array: '/benchmarks', where: { name: 'b' }, pointer: '/ns', op: '<=', value: 99 });
    expect(ok.checks.map((c) => [c.id, c.status, c.actual])).toEqual([['threshold_met', 'pass', 99]]);
    const none = await gate('b.json', bench, { array: '/benchmarks', where: { name: 'z' }, pointer: '/ns', op: '<=', value: 99 });
    expect(none.reason).toBe('no_match');
    expect(none.checks.map((c) => [c.id, c.code])).toEqual([['threshold_met', 'no_match']]);
  });

  it('an imprecise number is imprecise_number under threshold_met, one finding, never compared', async () => {
    const g = await gate('c.json', '{"r": 80.0000000000000000000001, "n": 1}', { pointer: '/r', op: '<=', value: 80 });
    expect(g.reason).toBe('imprecise_number');
    expect(g.checks.map((c) => [c.id, c.code])).toEqual([['threshold_met', 'imprecise_number']]);
  });
});

describe('threshold option schema', () => {
  const rejects = async (options: Record<string, unknown>, message: RegExp) => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 't', type: 'threshold', options }]) });
    await expect(verify({ root, out: tempDir(), now: NOW })).rejects.toThrow(message);
  };
  const base = { path: 'summary.json', pointer: '/pass_rate_pct', op: '>=', value: 80 };

  it('an unknown option (a misspelt one bounds nothing) is a config error', () => rejects({ ...base, integr: true }, /\/gates\/0\/options.*integr/));
  it('every one of path, pointer, op and value is required', async () => {
    for (const key of ['path', 'pointer', 'value'] as const) {
      const { [key]: _, ...rest } = base;
      await rejects(rest, new RegExp(`missing required field "${key}"`));
    }
  });
  it('integer must be a boolean', () => rejects({ ...base, integer: 'maybe' }, /\/gates\/0\/options\/integer/));
  it('array needs where, and where needs array', async () => {
    await rejects({ ...base, array: '/benchmarks' }, /where/);
    await rejects({ ...base, where: { name: 'x' } }, /array/);
  });
});
