/**
 * artifact_status over a test runner's event stream (`go test -json`, libtest JSON): what the scenarios cannot
 * express — the option schema's split between a document and a stream, exact codes of each rule, the cap on named
 * failures, and rows a runner never writes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/verify.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';
const P = 'example.com/calc';
const go = (...rows: Record<string, unknown>[]): string => rows.map((r) => JSON.stringify({ Package: P, ...r })).join('\n') + '\n';
const goTest = (test: string, outcome: string): Record<string, unknown>[] => [{ Action: 'run', Test: test }, { Action: 'output', Test: test, Output: `--- ${outcome.toUpperCase()}: ${test}\n` }, { Action: outcome, Test: test, Elapsed: 0 }];
const lt = (...rows: Record<string, unknown>[]): string => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
const suiteEnd = (event: string, passed: unknown, failed: unknown, ignored: unknown, extra: Record<string, unknown> = {}) => ({ type: 'suite', event, passed, failed, ignored, measured: 0, filtered_out: 0, ...extra });

async function judge(text: string, options: Record<string, unknown> = {}, file = 'reports/tests.jsonl') {
  const root = workspace({ [file]: text, 'gate-engine.config.yaml': configYaml([{ id: 'unit_tests', type: 'artifact_status', options: { path: file, ...options } }]) });
  const { verdict } = await verify({ root, out: tempDir(), now: NOW });
  const gate = verdict.gates[0] as (typeof verdict.gates)[number];
  return {
    status: gate.status,
    findings: gate.checks.filter((c) => c.status !== 'pass').map((c) => `${c.id}:${c.code}`),
    checks: gate.checks,
  };
}

describe('artifact_status options for a test event stream', () => {
  const rejects = async (options: Record<string, unknown>, message: RegExp) => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 's', type: 'artifact_status', options }]) });
    await expect(verify({ root, out: tempDir(), now: NOW })).rejects.toThrow(message);
  };
  it('refuses a pointer on a .jsonl stream: a field of one row would pass unproven', () => rejects({ path: 'a.jsonl', pointer: '/Action', allowed: ['pass'] }, /\/gates\/0\/options\/pointer/));
  it('refuses max_run_length with format jsonl', () => rejects({ path: 'a.log', format: 'jsonl', max_run_length: '7d' }, /\/gates\/0\/options\/max_run_length/));
  it('refuses allowed on an .NDJSON stream (the extension in any case)', () => rejects({ path: 'a.NDJSON', allowed: ['pass'] }, /\/gates\/0\/options\/allowed/));
  it('still requires pointer and allowed for a document', async () => {
    await rejects({ path: 'a.json', allowed: ['pass'] }, /missing required field "pointer"/);
    await rejects({ path: 'a.jsonl', format: 'json', allowed: ['pass'] }, /missing required field "pointer"/);
  });
  it('a document named by another extension still needs its format', async () => {
    const r = await judge('{"status":"pass"}\n', { pointer: '/status', allowed: ['pass'] }, 'reports/status.txt');
    expect(r.findings).toEqual(['artifact:malformed']);
  });
});

describe('go test -json streams', () => {
  it('passes a sound stream and says what it counted', async () => {
    const r = await judge(go({ Action: 'start' }, ...goTest('TestA', 'pass'), ...goTest('TestB', 'skip'), { Action: 'pass', Elapsed: 0.1 }));
    expect(r.status).toBe('pass');
    expect(r.checks[0]?.message).toMatch(/1 package ended, 1 passed, 1 skipped, none failed/);
  });
  it('reads a benchmark result (bench) as a test that ran', async () => {
    expect((await judge(go({ Action: 'start' }, ...goTest('BenchmarkA', 'bench'), { Action: 'pass' }))).status).toBe('pass');
  });
  it('clears a failure by a later run of its package in which the test passed, and says so', async () => {
    const r = await judge(go({ Action: 'start' }, ...goTest('TestA', 'pass'), ...goTest('TestB', 'fail'), { Action: 'fail' }, { Action: 'start' }, ...goTest('TestB', 'pass'), { Action: 'pass' }));
    expect(r.status).toBe('pass');
    expect(r.checks[0]?.message).toMatch(/1 test passed only when re-run \(example\.com\/calc\.TestB\)/);
  });
  it('a later run that fails a test that passed fails', async () => {
    const r = await judge(go({ Action: 'start' }, ...goTest('TestA', 'pass'), { Action: 'pass' }, { Action: 'start' }, ...goTest('TestA', 'fail'), { Action: 'fail' }));
    // Its last outcome is the failure, so no test is left that passed.
    expect(r.findings).toEqual(['status_allowed:status_not_allowed', 'status_consistent:vacuous']);
  });
  it('a re-run that leaves one of two failed tests out clears only the one it passed', async () => {
    const r = await judge(go({ Action: 'start' }, ...goTest('TestA', 'fail'), ...goTest('TestB', 'fail'), { Action: 'fail' }, { Action: 'start' }, ...goTest('TestA', 'pass'), { Action: 'pass' }));
    expect(r.findings).toEqual(['status_allowed:status_not_allowed']);
    expect(r.checks.find((c) => c.status === 'fail')?.failing).toEqual(['example.com/calc.TestB']);
  });
  it('names at most 20 failed tests and counts the rest', async () => {
    const tests = Array.from({ length: 25 }, (_, i) => goTest(`Test${String(i).padStart(2, '0')}`, 'fail')).flat();
    const r = await judge(go({ Action: 'start' }, ...goTest('TestOk', 'pass'), ...tests, { Action: 'fail' }));
    const failed = r.checks.find((c) => c.code === 'status_not_allowed');
    expect(failed?.failing).toHaveLength(20);
    expect(failed?.failing_more).toBe(5);
  });
  it.each([
    ['a start with a Test', [{ Action: 'start', Test: 'TestA' }], 'artifact:malformed'],
    ['a run without a Test', [{ Action: 'run' }], 'artifact:malformed'],
    ['a blank Test', [{ Action: 'pass', Test: '' }], 'artifact:malformed'],
    ['a blank Package', [{ Action: 'pass', Package: ' ' }], 'artifact:malformed'],
    ['an Action in title case', [{ Action: 'Pass' }], 'artifact:malformed'],
    ['an Action that is a number', [{ Action: 1 }], 'artifact:schema'],
    ['Test written as a number', [{ Action: 'pass', Test: 7 }], 'artifact:schema'],
    ['an ACTION key beside Action', [{ Action: 'pass', ACTION: 'fail' }], 'artifact:malformed'],
    ['a Test key in lower case', [{ Action: 'pass', test: 'TestA' }], 'artifact:malformed'],
  ])('refuses %s with its row', async (_, rows, code) => {
    const r = await judge(go({ Action: 'start' }, ...goTest('TestA', 'pass'), ...(rows as Record<string, unknown>[])));
    expect(r.findings).toEqual([code]);
    expect(r.checks.find((c) => c.status === 'fail')?.row).toBe(5);
  });
  it('a test outcome after its package ended opens a run that never ends', async () => {
    const r = await judge(go({ Action: 'start' }, ...goTest('TestA', 'pass'), { Action: 'pass' }, { Action: 'fail', Test: 'TestB' }));
    expect(r.findings).toEqual(['status_allowed:status_not_allowed', 'status_consistent:vacuous']);
  });
  it('a package started again before it ended is cut short', async () => {
    const r = await judge(go({ Action: 'start' }, ...goTest('TestA', 'pass'), { Action: 'start' }, ...goTest('TestA', 'pass'), { Action: 'pass' }));
    expect(r.findings).toEqual(['status_consistent:vacuous']);
  });
});

describe('libtest JSON streams', () => {
  const started = (n: number) => ({ type: 'suite', event: 'started', test_count: n });
  const t = (name: string, event: string) => ({ type: 'test', event, name });
  it('passes a sound suite', async () => {
    expect((await judge(lt(started(1), t('a', 'started'), t('a', 'ok'), suiteEnd('ok', 1, 0, 0)))).status).toBe('pass');
  });
  it('reads bench rows as measured tests that ran', async () => {
    const r = await judge(lt(started(1), t('b', 'started'), { type: 'bench', name: 'b', median: 10, deviation: 1 }, suiteEnd('ok', 0, 0, 0, { measured: 1 })));
    expect(r.status).toBe('pass');
  });
  it.each([
    ['a test event before any suite', [t('a', 'ok')], 'artifact:malformed'],
    ['a suite end without its start', [suiteEnd('ok', 0, 0, 0)], 'artifact:malformed'],
    ['a count written with a fraction', [started(1), t('a', 'ok'), suiteEnd('ok', 1.0, 0, 0)], 'artifact:schema'],
    ['a negative count', [started(1), t('a', 'ok'), suiteEnd('ok', 1, -1, 0)], 'artifact:schema'],
    ['a suite end without its failed count', [started(1), t('a', 'ok'), { type: 'suite', event: 'ok', passed: 1, ignored: 0 }], 'artifact:schema'],
    ['an event in capitals', [started(1), t('a', 'OK')], 'artifact:malformed'],
    ['an event with a trailing space', [started(1), t('a', 'ok ')], 'artifact:malformed'],
    ['an Event key beside event', [started(1), { ...t('a', 'ok'), Event: 'failed' }], 'artifact:malformed'],
    ['a suite event libtest never writes', [started(1), t('a', 'ok'), { ...suiteEnd('ok', 1, 0, 0), event: 'passed' }], 'artifact:malformed'],
  ])('refuses %s', async (_, rows, code) => {
    // A fraction is refused as written: JSON.stringify would print 1.0 as 1.
    const text = lt(...(rows as Record<string, unknown>[])).replace('"passed":1,', _ === 'a count written with a fraction' ? '"passed":1.0,' : '"passed":1,');
    expect((await judge(text)).findings).toEqual([code]);
  });
  it('a test_count its outcomes do not add up to is inconsistent', async () => {
    expect((await judge(lt(started(3), t('a', 'ok'), suiteEnd('ok', 1, 0, 0)))).findings).toEqual(['status_consistent:inconsistent_counts']);
  });
  it('a suite failed with no failed test named still fails', async () => {
    expect((await judge(lt(started(1), t('a', 'ok'), suiteEnd('failed', 1, 0, 0)))).findings).toEqual(['status_allowed:status_not_allowed']);
  });
  it('a failure in one suite is not cleared by a pass of the same name in another', async () => {
    const r = await judge(lt(started(1), t('a', 'failed'), suiteEnd('failed', 0, 1, 0), started(1), t('a', 'ok'), suiteEnd('ok', 1, 0, 0)));
    expect(r.findings).toEqual(['status_allowed:status_not_allowed']);
  });
  it('names a nextest suite by its crate and binary', async () => {
    const nextest = { crate: 'calc', test_binary: 'integration', kind: 'test' };
    const r = await judge(lt({ ...started(2), nextest }, t('calc::integration$a', 'ok'), t('calc::integration$b', 'failed'), suiteEnd('failed', 1, 1, 0)));
    expect(r.checks.find((c) => c.status === 'fail')?.failing).toEqual(['calc::integration$b (calc::integration)']);
  });
  it('a go row in a libtest stream is refused', async () => {
    expect((await judge(lt(started(1), { Action: 'pass', Package: P }))).findings).toEqual(['artifact:malformed']);
  });
});

describe('streams edited to read as a pass', () => {
  const head = go({ Action: 'start' }, ...goTest('TestA', 'pass'));
  it.each([
    ['the Action key written twice, once through an escape', '{"Action":"fail","Package":"example.com/calc","Act\\u0069on":"pass"}', 'artifact:duplicate_key'],
    ['an Action key in a Cyrillic look-alike beside Action', '{"Action":"pass","Package":"example.com/calc","\u0410ction":"fail"}', 'artifact:duplicate_key'],
    ['an Action key with a zero-width space beside Action', '{"Action":"pass","Package":"example.com/calc","Action\u200b":"fail"}', 'artifact:duplicate_key'],
    ['an Action with a zero-width space', '{"Action":"pass\u200b","Package":"example.com/calc"}', 'artifact:malformed'],
    ['an Action in full-width letters', '{"Action":"\uff50\uff41\uff53\uff53","Package":"example.com/calc"}', 'artifact:malformed'],
    ['a Test key with a long s, one key to Go\'s encoding/json', '{"Action":"pass","Package":"example.com/calc","Te\u017ft":"TestB"}', 'artifact:malformed'],
    ['a Package key with a Kelvin sign beside Package', '{"Action":"pass","Package":"example.com/calc","Pac\u212aage":"example.com/other"}', 'artifact:malformed'],
    ['a row of both shapes', '{"Action":"pass","Package":"example.com/calc","type":"suite","event":"failed"}', 'artifact:malformed'],
  ])('%s is refused', async (_, row, code) => {
    const r = await judge(`${head}${row}\n`);
    expect(r.status).toBe('fail');
    expect(r.findings[0]).toBe(code);
  });
  it('a test name holding the separator of another pair does not clear another test\'s failure', async () => {
    const r = await judge(go(
      { Action: 'start' }, { Action: 'fail', Test: 'x\u0000y' }, { Action: 'fail' },
      { Action: 'start', Package: `${P}\u0000x` }, { Action: 'pass', Package: `${P}\u0000x`, Test: 'y' }, { Action: 'pass', Package: `${P}\u0000x` },
      { Action: 'start' }, ...goTest('TestB', 'pass'), { Action: 'pass' },
    ));
    expect(r.findings).toEqual(['status_allowed:status_not_allowed']);
  });
  it('a re-run of a test under a name that only looks the same clears nothing', async () => {
    const r = await judge(go({ Action: 'start' }, ...goTest('TestA', 'pass'), ...goTest('TestB', 'fail'), { Action: 'fail' }, { Action: 'start' }, ...goTest('TestB ', 'pass'), { Action: 'pass' }));
    expect(r.findings).toEqual(['status_allowed:status_not_allowed']);
  });
  it('a test that failed and was skipped in a later run stays failed', async () => {
    const r = await judge(go({ Action: 'start' }, ...goTest('TestA', 'pass'), ...goTest('TestB', 'fail'), { Action: 'fail' }, { Action: 'start' }, ...goTest('TestB', 'skip'), { Action: 'pass' }));
    expect(r.findings).toEqual(['status_allowed:status_not_allowed']);
  });
  it('reads a stream of `go tool test2json` on a test binary (no Package) as one package', async () => {
    const rows = [{ Action: 'run', Test: 'TestA' }, { Action: 'pass', Test: 'TestA' }, { Action: 'pass' }].map((r) => JSON.stringify(r)).join('\n');
    expect((await judge(`${rows}\n`)).status).toBe('pass');
    const cut = [{ Action: 'run', Test: 'TestA' }, { Action: 'pass', Test: 'TestA' }].map((r) => JSON.stringify(r)).join('\n');
    expect((await judge(`${cut}\n`)).findings).toEqual(['status_consistent:vacuous']);
  });
  it('a failing test whose row drops its Package is of no package that ended', async () => {
    const r = await judge(`${head}${JSON.stringify({ Action: 'fail', Test: 'TestB' })}\n${go({ Action: 'pass' })}`);
    expect(r.findings).toEqual(['status_allowed:status_not_allowed', 'status_consistent:vacuous']);
  });
});

describe('the age of a test event stream', () => {
  const at = (time: string | undefined, row: Record<string, unknown>) => (time === undefined ? row : { Time: time, ...row });
  const timed = (start: string, end: string) => go(at(start, { Action: 'start' }), ...goTest('TestA', 'pass').map((r) => at(end, r)), at(end, { Action: 'pass' }));
  it('passes a go stream whose latest event is within max_age, and says when it ended', async () => {
    const r = await judge(timed('2026-03-10T10:00:00.123456789+01:00', '2026-03-10T10:00:01.5+01:00'), { max_age: '1d' });
    expect(r.status).toBe('pass');
    expect(r.checks[0]?.message).toMatch(/ended 2026-03-10T10:00:01\.5\+01:00 \(within 1d\)/);
  });
  it('a run that ended before max_age is stale', async () => {
    expect((await judge(timed('2026-03-01T10:00:00Z', '2026-03-01T10:00:01Z'), { max_age: '1d' })).findings).toEqual(['artifact:stale']);
  });
  it('an old stream with a fresh row appended is as old as its start', async () => {
    expect((await judge(timed('2026-02-01T10:00:00Z', '2026-03-10T10:00:01Z'), { max_age: '1d' })).findings).toEqual(['artifact:stale']);
  });
  it('an event without its Time proves no age', async () => {
    expect((await judge(go({ Time: '2026-03-10T10:00:00Z', Action: 'start' }, ...goTest('TestA', 'pass'), { Action: 'pass' }), { max_age: '1d' })).findings).toEqual(['artifact:schema']);
  });
  it('a libtest stream records no time, so max_age fails it', async () => {
    const r = await judge(lt({ type: 'suite', event: 'started', test_count: 1 }, { type: 'test', event: 'ok', name: 'a' }, suiteEnd('ok', 1, 0, 0)), { max_age: '1d' });
    expect(r.findings).toEqual(['artifact:schema']);
  });
  it('a Time in the future is refused, with or without max_age', async () => {
    expect((await judge(timed('2026-03-10T11:00:00Z', '2026-03-11T10:00:00Z'))).findings).toEqual(['artifact:future']);
  });
  it('a Time that is no RFC 3339 moment is refused', async () => {
    expect((await judge(timed('2026-03-10T10:00:00Z', '2026-03-10 10:00:01'))).findings).toEqual(['artifact:schema']);
  });
  // As a JSON report dated at generated_at: read without max_age a dated stream warns, bounded or undated it does not,
  // and a read that fails tells no age (session 39).
  it('a go stream its events date, read without max_age, warns age_unbounded at its first dated event', async () => {
    const r = await judge(go({ Action: 'start' }, ...goTest('TestA', 'pass').map((row) => ({ Time: '2026-03-10T10:00:01Z', ...row })), { Time: '2026-03-10T10:00:02Z', Action: 'pass' }));
    expect(r.status).toBe('warn');
    expect(r.findings).toEqual(['artifact_age:age_unbounded']);
    expect(r.checks.find((c) => c.code === 'age_unbounded')).toMatchObject({ path: 'reports/tests.jsonl', pointer: '/Time', actual: '2026-03-10T10:00:01Z' });
    expect((await judge(timed('2026-03-10T10:00:00Z', '2026-03-10T10:00:01Z'), { max_age: '1d' })).findings).toEqual([]);
    expect((await judge(go({ Action: 'start' }, ...goTest('TestA', 'pass'), { Action: 'pass' }))).findings).toEqual([]);
    expect((await judge(lt({ type: 'suite', event: 'started', test_count: 1 }, { type: 'test', event: 'ok', name: 'a' }, suiteEnd('ok', 1, 0, 0)))).findings).toEqual([]);
  });
  it('a dated go stream that fails keeps its age_unbounded warning; one refused while read tells no age', async () => {
    const failed = await judge(timed('2026-03-10T10:00:00Z', '2026-03-10T10:00:01Z').replace('"Action":"pass","Test":"TestA"', '"Action":"fail","Test":"TestA"'));
    expect(failed.status).toBe('fail');
    expect(failed.findings[0]).toBe('status_allowed:status_not_allowed');
    expect(failed.findings.at(-1)).toBe('artifact_age:age_unbounded');
    expect((await judge(`${timed('2026-03-10T10:00:00Z', '2026-03-10T10:00:01Z')}{"Time":"2026-03-10T10:00:02Z","Action":"PASS","Package":"${P}"}\n`)).findings).toEqual(['artifact:malformed']);
  });
});

describe('a stream of many packages cut short', () => {
  it('tells the first ten and counts the rest', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => JSON.stringify({ Action: 'start', Package: `example.com/p${i}` })).join('\n');
    const r = await judge(`${go({ Action: 'start' }, ...goTest('TestA', 'pass'), { Action: 'pass' })}${rows}\n`);
    expect(r.findings).toEqual(Array.from({ length: 10 }, () => 'status_consistent:vacuous'));
    expect(r.checks.filter((c) => c.status === 'fail').at(-1)?.message).toMatch(/\(and 15 more like it\)$/);
  });
});
