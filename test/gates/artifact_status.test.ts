/**
 * What the artifact_status scenarios cannot express: the equality rule itself, option-schema
 * rejections, and values only TOML can produce.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { jsonEqual, showValue } from '../../src/sdk/index.js';
import { verify } from '../../src/verify.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';

describe('jsonEqual', () => {
  it.each([
    ['pass', 'pass', true],
    [true, true, true],
    ['true', true, false],
    [1, '1', false],
    [0, false, false],
    [null, 'null', false],
    [null, null, true],
    [0, -0, true],
    [[1, 2], [1, 2], true],
    [[1, 2], [2, 1], false],
    [{ a: 1, b: [true] }, { b: [true], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: undefined }, false],
    [{ a: 1 }, { a: '1' }, false],
    [[], {}, false],
    [new Date('2026-03-10T00:00:00Z'), '2026-03-10T00:00:00.000Z', false],
    [Number.NaN, Number.NaN, false],
  ])('%j vs %j → %s', (a, b, equal) => {
    expect(jsonEqual(a, b)).toBe(equal);
    expect(jsonEqual(b, a)).toBe(equal);
  });
});

describe('showValue', () => {
  it('says what a TOML date is instead of printing it like a string', () => {
    expect(showValue(new Date('2026-03-10T00:00:00Z'))).toBe('2026-03-10T00:00:00.000Z (an unquoted TOML date, not a string)');
  });
  it('shortens long values', () => {
    expect(showValue('x'.repeat(500)).length).toBeLessThanOrEqual(120);
  });
});

describe('artifact_status', () => {
  const config = (options: Record<string, unknown>) => configYaml([{ id: 's', type: 'artifact_status', options }]);
  const rejects = async (options: Record<string, unknown>, message: RegExp) => {
    const root = workspace({ 'gate-engine.config.yaml': config(options) });
    await expect(verify({ root, out: tempDir(), now: NOW })).rejects.toThrow(message);
  };
  it('rejects an empty allowed list', () => rejects({ path: 'a.json', pointer: '/status', allowed: [] }, /\/gates\/0\/options\/allowed/));
  it('rejects a pointer without a leading slash', () => rejects({ path: 'a.json', pointer: 'summary.verdict', allowed: ['pass'] }, /\/gates\/0\/options\/pointer/));
  it('rejects a pointer with a bad ~ escape', () => rejects({ path: 'a.json', pointer: '/a~2b', allowed: ['pass'] }, /\/gates\/0\/options\/pointer/));
  it('rejects a missing pointer', () => rejects({ path: 'a.json', allowed: ['pass'] }, /missing required field "pointer"/));

  it('a TOML date is not the string with the same text', async () => {
    const root = workspace({
      'gate-engine.config.yaml': config({ path: 'release.toml', pointer: '/released', allowed: ['2026-03-10'] }),
      'release.toml': 'released = 2026-03-10\n',
    });
    const { verdict } = await verify({ root, out: tempDir(), now: NOW });
    expect(verdict.gates[0]?.reason).toBe('status_not_allowed');
    expect(verdict.gates[0]?.checks[0]?.message).toContain('unquoted TOML date');
  });

  it('an escaped pointer segment reaches a key containing a slash', async () => {
    const root = workspace({
      'gate-engine.config.yaml': config({ path: 'r.json', pointer: '/gates/ci~1lint/status', allowed: ['pass'] }),
      'r.json': { gates: { 'ci/lint': { status: 'pass' } } },
    });
    const { verdict } = await verify({ root, out: tempDir(), now: NOW });
    expect(verdict.gates[0]?.status).toBe('pass');
  });
});
