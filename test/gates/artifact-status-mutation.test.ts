/**
 * The artifact_status gate's findings, exactly: the allowed-value comparison (type-strict, with the fix that names a
 * value of the wrong JSON type), the run lineage rule, and the option schema's refusals. Written against the
 * survivors of `npm run mutation:gates` (docs/mutation.md).
 */
import { afterAll, describe, expect, it } from 'vitest';
import artifactStatus from '../../gates/artifact-status.js';
import { verify } from '../../src/verify.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';

async function run(files: Record<string, string>, options: Record<string, unknown>) {
  const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 's', type: 'artifact_status', options }]), ...files });
  return (await verify({ root, out: tempDir(), now: NOW })).verdict;
}

/** The gate over `a.json` holding `doc`. */
async function gate(doc: Record<string, unknown>, options: Record<string, unknown>) {
  return (await run({ 'a.json': JSON.stringify(doc) }, { path: 'a.json', ...options })).gates[0]!;
}

const codes = (g: { checks: { id: string; code?: string }[] }) => g.checks.map((c) => [c.id, c.code]);

describe('artifact_status: the allowed values', () => {
  it('an allowed value passes with the value and the list', async () => {
    const g = await gate({ s: 'pass', n: 1 }, { pointer: '/s', allowed: ['pass', 'skipped'] });
    expect(g.status).toBe('pass');
    expect(g.checks).toEqual([{ id: 'status_allowed', status: 'pass', code: 'ok', message: 'a.json:1:2: /s = "pass" (one of "pass", "skipped")', path: 'a.json', pointer: '/s', line: 1, column: 2, expected: ['pass', 'skipped'], actual: 'pass' }]);
  });

  it('another value: status_not_allowed, the fix says to find out why', async () => {
    const verdict = await run({ 'a.json': '{"s": "fail", "n": 1}' }, { path: 'a.json', pointer: '/s', allowed: ['pass'] });
    expect(verdict.verdict).toBe('fail');
    const g = verdict.gates[0]!;
    expect(g).toMatchObject({ blocking: true, reason: 'status_not_allowed', artifact_path: 'a.json' });
    expect(g.checks).toEqual([{
      id: 'status_allowed',
      status: 'fail',
      code: 'status_not_allowed',
      message: 'a.json:1:2: /s = "fail" (expected one of "pass")',
      path: 'a.json',
      pointer: '/s',
      line: 1,
      column: 2,
      expected: ['pass'],
      actual: 'fail',
      fix: 'find out why the producer reported "fail" and fix that; the gate passes only on "pass"',
    }]);
  });

  it('the right text in the wrong JSON type fails, and the fix names the type to write', async () => {
    const t = await gate({ s: 'true', n: 1 }, { pointer: '/s', allowed: [true] });
    expect(t.checks[0]).toMatchObject({ code: 'status_not_allowed', fix: '"true" is not true: values are compared with their JSON type; fix the producer to write true' });
    const one = await gate({ s: 1, n: 1 }, { pointer: '/s', allowed: ['0', '1'] });
    expect(one.checks[0]).toMatchObject({ code: 'status_not_allowed', fix: '1 is not "1": values are compared with their JSON type; fix the producer to write "1"' });
  });

  // (null, "null" and "[object Object]" cannot be allowed: the config refuses a value that carries no content.)
  it('an object is never a loose match for its string spelling', async () => {
    expect((await gate({ s: { a: 1 }, n: 1 }, { pointer: '/s', allowed: ['{"a":1}'] })).checks[0]!.fix).toMatch(/^find out why/);
    // `[object Object]` is what a program prints for an object it never serialised: no outcome (placeholder), and no loose match.
    const printed = (await gate({ s: '[object Object]', n: 1 }, { pointer: '/s', allowed: [{ a: 1 }] })).checks[0]!;
    expect(printed.code).toBe('placeholder');
    expect(printed.fix).not.toMatch(/compared with their JSON type/);
    expect((await gate({ s: 'object', n: 1 }, { pointer: '/s', allowed: [{ a: 1 }] })).checks[0]!.fix).toMatch(/^find out why/);
  });

  it('objects and arrays compare as JSON values', async () => {
    expect((await gate({ s: { ok: true }, n: 1 }, { pointer: '/s', allowed: [{ ok: true }] })).status).toBe('pass');
    expect((await gate({ s: { ok: 'true' }, n: 1 }, { pointer: '/s', allowed: [{ ok: true }] })).reason).toBe('status_not_allowed');
  });

  it('a status nobody filled in (null, blank, TODO, a template) is placeholder, an evidence failure: not status_not_allowed (red team hf)', async () => {
    for (const s of [null, '', ' \u200b', 'TODO', 'N/A', '${STATUS}', '{{ status }}', 'TBD by alice']) {
      expect((await gate({ s, n: 1 }, { pointer: '/s', allowed: ['pass'] })).reason, JSON.stringify(s)).toBe('placeholder');
    }
    for (const s of ['fail', 'failed', 'error', 'none_passed', 'Todo list failed']) {
      expect((await gate({ s, n: 1 }, { pointer: '/s', allowed: ['pass'] })).reason, s).toBe('status_not_allowed');
    }
  });

  it('an absent field is missing_field with the allowed values expected', async () => {
    const g = await gate({ n: 1 }, { pointer: '/s', allowed: ['pass'] });
    expect(g.checks).toHaveLength(1);
    expect(g.checks[0]).toMatchObject({ id: 'status_allowed', code: 'missing_field', expected: ['pass'], fix: 'have the producer write /s (one of "pass"), or correct the `pointer` option' });
  });

  it('an imprecise number is imprecise_number, never compared', async () => {
    const verdict = await run({ 'a.json': '{"s": 1.0000000000000000000001, "n": 1}' }, { path: 'a.json', pointer: '/s', allowed: [1] });
    expect(codes(verdict.gates[0]!)).toEqual([['status_allowed', 'imprecise_number']]);
  });

  it('a missing artifact is missing, nothing compared; array + where with no entry is no_match', async () => {
    expect(codes((await run({}, { path: 'a.json', pointer: '/s', allowed: ['pass'] })).gates[0]!)).toEqual([['artifact', 'missing']]);
    const g = await gate({ runs: [{ name: 'a', s: 'pass' }] }, { array: '/runs', where: { name: 'b' }, pointer: '/s', allowed: ['pass'] });
    expect(codes(g)).toEqual([['status_allowed', 'no_match']]);
    const ok = await gate({ runs: [{ name: 'a', s: 'fail' }, { name: 'b', s: 'pass' }] }, { array: '/runs', where: { name: 'b' }, pointer: '/s', allowed: ['pass'] });
    expect(ok.checks.map((c) => [c.id, c.status])).toEqual([['status_allowed', 'pass']]);
  });

  it('declares its reason and remediation', () => {
    expect(artifactStatus.blocking).toBe(true);
    expect(artifactStatus.artifactPath?.({ path: 'x/y.json' } as never)).toBe('x/y.json');
    expect(artifactStatus.reasons?.status_not_allowed).toMatch(/\S/);
    expect(artifactStatus.remediation?.length).toBeGreaterThan(0);
  });
});

describe('artifact_status: run lineage', () => {
  const lineage = (doc: Record<string, unknown>, pointers: Record<string, string> = {}) => gate({ s: 'pass', ...doc }, { pointer: '/s', allowed: ['pass'], lineage: pointers });

  it('correlation_id containing run_id as a token passes', async () => {
    const g = await lineage({ run_id: 'r-42', correlation_id: 'ci-r-42' });
    expect(g.status).toBe('pass');
    expect(g.checks[1]).toEqual({ id: 'run_lineage', status: 'pass', code: 'ok', message: 'a.json: correlation_id "ci-r-42" contains run_id "r-42"', path: 'a.json', pointer: '/correlation_id' });
  });

  it('a correlation_id that does not contain the run_id: lineage', async () => {
    const g = await lineage({ run_id: 'r-42', correlation_id: 'ci-r-421' });
    expect(g.reason).toBe('lineage');
    expect(g.checks[1]).toMatchObject({
      id: 'run_lineage',
      code: 'lineage',
      pointer: '/correlation_id',
      expected: 'a correlation_id containing "r-42"',
      actual: 'ci-r-421',
      fix: 'derive correlation_id from the run id of the run that wrote the artifact (e.g. "<job>-<run_id>"); an artifact whose ids disagree was stitched together',
    });
    expect(g.checks[1]!.message).toMatch(/: correlation_id "ci-r-421" does not name its run_id "r-42": it does not contain it as a whole token$/);
  });

  it('custom pointers are read, the default ones ignored', async () => {
    const g = await lineage({ run_id: 'x', correlation_id: 'y', meta: { run: 'r-7', corr: 'job-r-7' } }, { run_id: '/meta/run', correlation_id: '/meta/corr' });
    expect(g.checks[1]).toMatchObject({ id: 'run_lineage', status: 'pass', pointer: '/meta/corr' });
  });

  it('each id missing, of the wrong type, blank or a placeholder is reported on its own field', async () => {
    const missing = await lineage({ correlation_id: 'ci-1' });
    expect(codes(missing)).toEqual([['status_allowed', 'ok'], ['run_lineage', 'missing_field']]);
    expect(missing.checks[1]).toMatchObject({ pointer: '/run_id', expected: 'a non-blank string run_id', fix: 'have the producer write the run_id of the run that produced a.json at /run_id' });

    const wrong = await lineage({ run_id: 42, correlation_id: 'ci-42' });
    expect(wrong.checks[1]).toMatchObject({ code: 'wrong_type', pointer: '/run_id', expected: 'a non-blank string run_id', actual: 42 });
    expect(wrong.checks[1]!.message).toMatch(/: run_id \(\/run_id\) must be a string, found the number 42$/);

    const blank = await lineage({ run_id: 'r-1', correlation_id: '   ' });
    expect(blank.checks[1]).toMatchObject({ code: 'placeholder', pointer: '/correlation_id', expected: 'a real correlation_id', actual: '   ', fix: 'have the producer write the correlation_id of the run that produced a.json at /correlation_id' });
    expect(blank.checks[1]!.message).toMatch(/: correlation_id \(\/correlation_id\) "   " is blank$/);
    // Only the blank id is reported: a correlation_id that is no id is not compared with the run_id.
    expect(codes(blank)).toEqual([['status_allowed', 'ok'], ['run_lineage', 'placeholder']]);

    const placeholder = await lineage({ run_id: '${RUN_ID}', correlation_id: 'ci-${RUN_ID}' });
    expect(placeholder.checks[1]).toMatchObject({ code: 'placeholder', pointer: '/run_id', expected: 'a real run_id', actual: '${RUN_ID}' });
    expect(placeholder.checks[1]!.message).toMatch(/: run_id \(\/run_id\) "\$\{RUN_ID\}" is a placeholder \(/);

    const both = await lineage({});
    expect(codes(both)).toEqual([['status_allowed', 'ok'], ['run_lineage', 'missing_field'], ['run_lineage', 'missing_field']]);
  });

  it('without lineage the ids are not read', async () => {
    const g = await gate({ s: 'pass', run_id: '${RUN_ID}' }, { pointer: '/s', allowed: ['pass'] });
    expect(codes(g)).toEqual([['status_allowed', 'ok']]);
  });
});

describe('artifact_status option schema', () => {
  const rejects = async (options: Record<string, unknown>, message: RegExp) => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 's', type: 'artifact_status', options }]) });
    await expect(verify({ root, out: tempDir(), now: NOW })).rejects.toThrow(message);
  };
  const base = { path: 'a.json', pointer: '/s', allowed: ['pass'] };

  it('an empty allowed list (nothing could pass, or anything) is a config error', () => rejects({ ...base, allowed: [] }, /\/gates\/0\/options\/allowed/));
  it('allowed must be a list', () => rejects({ ...base, allowed: 'pass' }, /\/gates\/0\/options\/allowed/));
  it('path, pointer and allowed are required', async () => {
    for (const key of ['path', 'pointer', 'allowed'] as const) {
      const { [key]: _, ...rest } = base;
      await rejects(rest, new RegExp(`missing required field "${key}"`));
    }
  });
  it('an unknown option or lineage key is a config error', async () => {
    await rejects({ ...base, alowed: ['x'] }, /alowed/);
    await rejects({ ...base, lineage: { runid: '/r' } }, /runid/);
  });
  it('lineage pointers must be JSON pointers', async () => {
    await rejects({ ...base, lineage: { run_id: 'run_id' } }, /\/gates\/0\/options\/lineage\/run_id/);
    await rejects({ ...base, lineage: { correlation_id: 'a/b' } }, /\/gates\/0\/options\/lineage\/correlation_id/);
    await rejects({ ...base, lineage: { run_id: 3 } }, /\/gates\/0\/options\/lineage\/run_id/);
  });
  it('array needs where, and where needs array', async () => {
    await rejects({ ...base, array: '/runs' }, /where/);
    await rejects({ ...base, where: { name: 'x' } }, /array/);
  });
});
