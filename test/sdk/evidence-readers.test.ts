/**
 * Red-team holes in the evidence readers closed by unit: fallback run ids, terminal escapes in status text, and
 * documents too large to clear of failures (each failed before its fix; each beside the sound value of its shape).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentRunId, fallbackRunIdReason } from '../../src/sdk/current-run.js';
import { limitEveryValueMeets, MAX_FIELDS_READ, markOutcome, measurementContradiction, spellsSomeInWords, statusContradiction } from '../../src/sdk/status-claims.js';
import { isBlank, removeInvisible } from '../../src/util/text-classes.js';

describe('fallback run ids', () => {
  it.each(['local', 'dev', 'HEAD', 'unknown', 'manual', 'localhost', 'LOCAL', ' local-run ', 'dev_build', 'Local\u200b'])('%j is no run id', (id) => {
    const run = currentRunId({ PI_RUN_ID: id }, 'PI_RUN_ID');
    expect(run).toMatchObject({ actual: id });
    expect('why' in run && run.why).toMatch(/fallback|placeholder/u);
  });
  it.each(['ci-12', '20260310T081500Z', '8123456789', 'gh-4471.2', 'local-4471', 'dev-20260310-1', 'head-7f3a2c1'])('%j names a run', (id) => {
    expect(fallbackRunIdReason(id)).toBeUndefined();
    expect(currentRunId({ PI_RUN_ID: id }, 'PI_RUN_ID')).toEqual({ id: id.trim() });
  });
});

describe('terminal escape sequences', () => {
  it('are removed whole, so a coloured word reads as the word and escapes alone are blank', () => {
    expect(removeInvisible('\x1b[32mpass\x1b[0m')).toBe('pass');
    expect(removeInvisible('\x1b]0;title\x07fail')).toBe('fail');
    expect(removeInvisible('\x1b]8;;https://ci.example/1\x1b\\failed\x1b]8;;\x1b\\')).toBe('failed');
    expect(removeInvisible('\u009b31mFAIL\u009b0m')).toBe('FAIL');
    expect(isBlank('\x1b[0m\x1b[K')).toBe(true);
    expect(isBlank('\x1b]0;x\x07')).toBe(true);
    expect(isBlank('\x1b[1mci-12\x1b[0m')).toBe(false);
    // An unterminated OSC swallows nothing after it: only its introducer goes.
    expect(removeInvisible('\x1b]fail')).toBe('fail');
  });
  it('do not hide a failed entry beside a pass', () => {
    const doc = { status: 'pass', tests: [{ name: 'a', status: '\x1b[31mfailed\x1b[0m' }] };
    expect(statusContradiction(doc, '/status', 'pass')?.code).toBe('contradiction');
    const sound = { status: 'pass', tests: [{ name: 'a', status: '\x1b[32mpassed\x1b[0m' }] };
    expect(statusContradiction(sound, '/status', 'pass')).toBeUndefined();
  });
});

describe('failure marks', () => {
  it('read ❌ ✗ ✘ as failures and ✅ as a pass claim only when nothing else is said', () => {
    for (const mark of ['❌', '✗', '✘', '✖\ufe0f', '⛔', '🔴', ':x:', '❌ lint']) expect(markOutcome(mark)).toBe('fail');
    for (const mark of ['✅', '✔\ufe0f', '✓ passed', ':white_check_mark:']) expect(markOutcome(mark)).toBe('pass');
    expect(markOutcome('✅ 2 warnings')).toBeUndefined();
    expect(statusContradiction({ status: '✅', failed: 2 }, '/status', '✅')?.code).toBe('contradiction');
    expect(statusContradiction({ status: '✅', failed: 0, passed: 3 }, '/status', '✅')).toBeUndefined();
  });
});

describe('maps of outcomes too large to read', () => {
  const map = (n: number, last: string) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`t${i}`, i === n - 1 ? last : 'pass']));
  it(`fail closed past ${MAX_FIELDS_READ} values instead of passing unread`, () => {
    const huge = { status: 'pass', results: map(MAX_FIELDS_READ + 1, 'pass') };
    expect(statusContradiction(huge, '/status', 'pass')).toMatchObject({ code: 'unreadable', pointer: '/results' });
    const hidden = { status: 'pass', results: { ...map(MAX_FIELDS_READ, 'pass'), zz: { deeper: 'fail' } } };
    expect(statusContradiction(hidden, '/status', 'pass')?.code).toBe('unreadable');
  });
  it('read a large map within the budget, failure or not', () => {
    expect(statusContradiction({ status: 'pass', results: map(MAX_FIELDS_READ - 10, 'pass') }, '/status', 'pass')).toBeUndefined();
    expect(statusContradiction({ status: 'pass', results: map(MAX_FIELDS_READ - 10, 'fail') }, '/status', 'pass')?.code).toBe('contradiction');
  });
  it('fail closed past the entries a list is followed for', () => {
    const entries = Array.from({ length: 100_001 }, () => ({ status: 'passed' }));
    expect(statusContradiction({ status: 'pass', tests: entries }, '/status', 'pass')?.code).toBe('unreadable');
  });
});

describe('measured values', () => {
  it('over nothing, by an unfinished run or above their counts prove nothing', () => {
    expect(measurementContradiction({ lines: { total: 0, covered: 0, pct: 100 } }, '/lines/pct', 100)?.code).toBe('vacuous');
    expect(measurementContradiction({ complete: false, m: { p95: 3 } }, '/m/p95', 3)?.code).toBe('vacuous');
    expect(measurementContradiction({ pass_rate: 1, failed: 2 }, '/pass_rate', 1)?.code).toBe('inconsistent_counts');
    expect(measurementContradiction({ lines: { total: 10, covered: 9, pct: 90 } }, '/lines/pct', 90)).toBeUndefined();
    // A twin rate on the other scale is read exactly or not at all (fuzz slice: beyond_precision on the twin).
    const twin = { pass_rate: 0.96, pass_rate_pct: 96.4 };
    expect(measurementContradiction(twin, '/pass_rate', 0.96, { inexact: new Map([['/pass_rate_pct', '96.400000000000000000001']]), nonInteger: new Set() })?.code).toBe('imprecise_number');
    expect(measurementContradiction(twin, '/pass_rate', 0.96)).toBeUndefined();
    // A failure count beside written as text that reads as a number only once controls or markup go is no count (fuzz slice).
    for (const text of ['\u001b[0m0', '<b>0</b>', '0\u0000']) expect(measurementContradiction({ failed: 0, stats: { failures: text } }, '/failed', 0)?.code, JSON.stringify(text)).toBe('wrong_type');
    expect(measurementContradiction({ failed: 0, stats: { failures: '0' } }, '/failed', 0)).toBeUndefined();
    // Counts beside a summary's status are read exactly, as those beside the status are.
    expect(statusContradiction({ summary: { status: 'pass' }, failed: 0 }, '/summary/status', 'pass', { inexact: new Map([['/failed', '0.000000000000000000001']]), nonInteger: new Set() })?.code).toBe('imprecise_number');
    expect(statusContradiction({ summary: { status: 'pass' }, failed: 0 }, '/summary/status', 'pass')).toBeUndefined();
    expect(measurementContradiction({ pass_rate: 0.9, passed: 9, failed: 1 }, '/pass_rate', 0.9)).toBeUndefined();
  });
});

describe('measured values beside counts, entries and units written otherwise (red team zh)', () => {
  it('read counts written as text as the numbers they show when weighing a rate or a total', () => {
    for (const counts of [{ total: '10', passed: '8' }, { total: 10, passed: '８' }, { total: 10, failed: '2' }, { total: '&#49;0', passed: '<b>8</b>' }]) {
      expect(measurementContradiction({ pass_rate: 1, ...counts }, '/pass_rate', 1)?.code, JSON.stringify(counts)).toBe('inconsistent_counts');
    }
    expect(measurementContradiction({ pass_rate: 1, total: '０' }, '/pass_rate', 1)?.code).toBe('vacuous');
    for (const counts of [{ total: '10', passed: '10', version: '1.2.3' }, { total: '1,204', passed: '1,204' }, { total: '１０', passed: 10 }]) {
      expect(measurementContradiction({ pass_rate: 1, ...counts }, '/pass_rate', 1), JSON.stringify(counts)).toBeUndefined();
    }
  });

  it('find an entry that failed by its flag or in a map of outcomes beside a zero failure count', () => {
    for (const tests of [[{ name: 'a', passed: true }, { name: 'b', passed: false }], [{ ok: false }], [{ success: false }], { a: 'passed', b: 'failed' }]) {
      expect(measurementContradiction({ failed: 0, tests }, '/failed', 0)?.code, JSON.stringify(tests)).toBe('inconsistent_counts');
    }
    expect(measurementContradiction({ failed: 0, checks: { lint: { passed: false } } }, '/failed', 0)?.code).toBe('inconsistent_counts');
    // TAP's todo and skip directives, an assertion below error, a qualified flag, and errors counted apart from failures.
    for (const tests of [[{ ok: false, todo: 'not yet' }], [{ ok: false, skip: true }, { ok: true }], [{ passed: false, level: 'warn' }], [{ passed: true, expected_pass: false }], { a: 'passed', b: 'skipped' }]) {
      expect(measurementContradiction({ failed: 0, tests }, '/failed', 0), JSON.stringify(tests)).toBeUndefined();
    }
    expect(measurementContradiction({ errors: 0, failed: 1, tests: [{ ok: false }] }, '/errors', 0)).toBeUndefined();
    // A skip is no failure, but a list whose every test was skipped ran nothing (red team tw).
    expect(measurementContradiction({ failed: 0, tests: [{ ok: false, skip: true }] }, '/failed', 0)?.code).toBe('vacuous');
  });

  it('a pass status beside counts written as text that add up to more than their total is inconsistent_counts', () => {
    for (const counts of [{ total: 10, passed: '12' }, { total: '１０', passed: 9, skipped: '<b>3</b>' }, { total: '&#56;', passed: '٩' }]) {
      expect(statusContradiction({ status: 'pass', ...counts }, '/status', 'pass')?.code, JSON.stringify(counts)).toBe('inconsistent_counts');
    }
    for (const counts of [{ total: '10', passed: '10', version: '1.2.3' }, { total: '１０', passed: 8, skipped: '<b>2</b>' }, { total: '1,204', passed: '1,204' }]) {
      expect(statusContradiction({ status: 'pass', ...counts }, '/status', 'pass'), JSON.stringify(counts)).toBeUndefined();
    }
  });

  it('a pass status beside an entry whose flag says it failed is a contradiction; a Lighthouse warning is not', () => {
    expect(statusContradiction({ status: 'passed', tests: [{ name: 'b', ok: false }] }, '/status', 'passed')?.code).toBe('contradiction');
    expect(statusContradiction({ status: 'passed', assertionResults: [{ passed: false, level: 'warn' }] }, '/status', 'passed')).toBeUndefined();
  });

  it('read a unit field named for the quantity, or the quantity in a map of units', () => {
    for (const beside of [{ p99_latency_unit: 's' }, { latency_unit: 's' }, { units: { p99_latency: 's' } }, { units: { p99_latency_ms: 's' } }]) {
      expect(measurementContradiction({ p99_latency_ms: 150, ...beside }, '/p99_latency_ms', 150)?.code, JSON.stringify(beside)).toBe('inconsistent_counts');
    }
    for (const beside of [{ p99_latency_unit: 'ms' }, { p50_latency_unit: 's' }, { duration_unit: 's' }, { units: { duration: 's' } }]) {
      expect(measurementContradiction({ p99_latency_ms: 150, ...beside }, '/p99_latency_ms', 150), JSON.stringify(beside)).toBeUndefined();
    }
  });
});

describe('counts in words (helper yc)', () => {
  it('a text of number words only spells a count of some, in any language of the vocabulary', () => {
    for (const text of ['three', 'Three', 'ＴＨＲＥＥ', 'drei', 'trois', 'три', '三', 'twenty-one', 'all']) expect(spellsSomeInWords(text), text).toBe(true);
    for (const text of ['zero', 'none', 'nothing failed', 'one-off', 'one per core', 'three tests failed in the nightly run', '3', '', 'build-2024']) expect(spellsSomeInWords(text), text).toBe(false);
  });
  it('words that are English too count only in a place named for a count (reviewer, session 29)', () => {
    for (const [text, place] of <[string, string][]>[['en', 'locale'], ['on', 'retry'], ['due to', 'note'], ['fire', 'alarm'], ['once', 'schedule'], ['sept', 'month'], ['To', 'direction'], ['DUE', 'state']]) expect(spellsSomeInWords(text, place), `${place}: ${text}`).toBe(false);
    for (const [text, place] of <[string, string][]>[['due', 'errori'], ['to', 'failed'], ['en', 'error_count'], ['on', 'failures'], ['två', 'note'], ['three', 'locale'], ['due', 'total']]) expect(spellsSomeInWords(text, place), `${place}: ${text}`).toBe(true);
    // Where no place is known the words are read as numerals, as before.
    for (const text of ['en', 'due', 'to']) expect(spellsSomeInWords(text), text).toBe(true);
  });
});

describe('the run\'s own outcome saying it had not finished (red team te)', () => {
  const beside = (doc: unknown, pointer: string, value: unknown) => statusContradiction(doc, pointer, value, undefined, { claimsPass: true })?.code;

  it('a readiness or pass beside a status, result or outcome of the run that is still running, queued or skipped is vacuous', () => {
    for (const word of ['running', 'In-Progress', 'QUEUED', 'pending', 'not run', 'skipped', 'ｒｕｎｎｉｎｇ', 'partial']) {
      expect(beside({ status: word, contract: { ready: true } }, '/ready', true), word).toBe('vacuous');
      expect(beside({ contract: { ready: true, result: word } }, '/contract/ready', true), word).toBe('vacuous');
      expect(beside({ verdict: 'pass', run: { outcome: word } }, '/verdict', 'pass'), word).toBe('vacuous');
      expect(beside({ verdict: 'pass', summary: { status: word } }, '/verdict', 'pass'), word).toBe('vacuous');
    }
  });

  it('a finished run, or a named part of it skipped, leaves the claim standing', () => {
    for (const word of ['completed', 'done', 'pass', 'success', 'finished']) expect(beside({ verdict: 'pass', status: word }, '/verdict', 'pass'), word).toBeUndefined();
    expect(beside({ verdict: 'pass', lint: { status: 'skipped' } }, '/verdict', 'pass')).toBeUndefined();
    expect(beside({ verdict: 'pass', jobs: { docs: { status: 'skipped' } } }, '/verdict', 'pass')).toBeUndefined();
    expect(beside({ verdict: 'pass', previous: { status: 'running' } }, '/verdict', 'pass')).toBeUndefined();
  });
});

describe('limitEveryValueMeets (red team ug)', () => {
  it('names the limits every value of the kind meets', () => {
    const vacuous: [string, string, number][] = [
      ['/failed', '>=', 0], ['/failed', '>', -1], ['/summary/passed', '>=', -5], ['/pass_rate_pct', '<=', 100], ['/pass_rate_pct', '<', 101],
      ['/failure_ratio', '<=', 1], ['/p99_latency_ms', '>=', 0], ['/peak_rss_mb', '<=', 1e308], ['/anything', '>', -1e300], ['/anything', '<=', Infinity],
      ['/coverage/lines_pct', '>=', 0], ['/pass_rate', '<=', 100],
      // Red team th: kinds named by what a run counts, by a rate or percentage, by a model's metric, and exit statuses.
      ['/flaky', '>=', 0], ['/warnings', '>=', 0], ['/retries', '>', -1], ['/vulnerabilities/critical', '>=', 0], ['/issues/high', '>=', 0], ['/warning_count', '>=', 0],
      ['/error_rate', '>=', 0], ['/errors_per_run', '>=', 0], ['/uptime_pct', '<=', 100], ['/mutation_score_pct', '<=', 100], ['/cpu_pct', '>=', 0],
      ['/accuracy', '<=', 1], ['/auc', '<=', 1], ['/recall', '>=', 0], ['/f1_score', '<', 1.5], ['/precision_pct', '<=', 100], ['/cache_hit_ratio', '<=', 1],
      ['/exit_code', '>=', 0], ['/exit_code', '<=', 255], ['/build/exitCode', '<', 256], ['/return_code', '>=', 0],
      // `!=` a value the kind never takes, bounds at 2^53 - 1, a time past a century in its unit.
      ['/failed', '!=', -1], ['/failed', '!=', 0.5], ['/pass_rate_pct', '!=', 101], ['/accuracy', '!=', 2], ['/p99_latency_ms', '!=', -1], ['/exit_code', '!=', 256],
      ['/failed', '==', 0.5], ['/failed', '==', -1], ['/exit_code', '==', 300], ['/flaky', '==', 0.5], ['/pass_rate_pct', '==', 101],
      ['/anything', '!=', 1e300], ['/errors', '<=', Number.MAX_SAFE_INTEGER], ['/anything', '>=', -Number.MAX_SAFE_INTEGER],
      ['/p99_latency_ms', '<', 1e15], ['/duration_s', '<=', 4e9], ['/build_minutes', '<=', 1e8],
    ];
    for (const [pointer, op, limit] of vacuous) expect(limitEveryValueMeets(pointer, op, limit), `${pointer} ${op} ${limit}`).toBeDefined();
  });
  it('leaves limits some value can fail, and kinds that go below zero', () => {
    const sound: [string, string, number][] = [
      ['/failed', '<=', 0], ['/total', '>', 0], ['/failed', '>=', 1], ['/pass_rate_pct', '>=', 100], ['/pass_rate_pct', '<', 100], ['/failure_ratio', '<', 1],
      ['/p99_latency_ms', '>=', 200], ['/p99_latency_ms', '<=', 1e9], ['/latency_delta_ms', '>=', -5], ['/headroom_mb', '>=', -50], ['/score', '>=', 0],
      ['/failures_per_second', '<=', 100], ['/failed', '==', 0], ['/failed', '!=', 0], ['/failed', '==', 3], ['/exit_code', '==', 2], ['/max_runners', '!=', Number.MAX_SAFE_INTEGER],
      // Red team th: bounds values of these kinds can fail, and kinds that go below zero or past 100.
      ['/flaky', '<=', 0], ['/warnings', '<', 10], ['/vulnerabilities/critical', '==', 0], ['/error_rate', '<=', 0.01], ['/uptime_pct', '>=', 99.9], ['/accuracy', '>=', 0.9],
      ['/recall', '<', 1], ['/cpu_pct', '<=', 100], ['/compression_ratio', '<=', 1], ['/exit_code', '<=', 0], ['/exit_code', '!=', 0], ['/exit_code', '<', 1],
      ['/mean_error', '>=', 0], ['/error_ms', '>=', -5], ['/temperature_c', '>=', 0], ['/drift_pct', '>=', -1], ['/errors_per_run', '!=', 0.5], ['/exit_time_ms', '<=', 255],
      ['/p99_latency_ms', '<', 1e12], ['/duration', '<=', 1e15], ['/pass_rate_pct', '!=', 100], ['/failed', '!=', 3], ['/score', '<=', 1], ['/mutation_score', '<=', 1],
      ['/coverage/total', '!=', 87.5], ['/coverage/lines', '==', 88.1], ['/tap/lines', '!=', 0.5], ['/prioritize_performance_over_accuracy', '<=', 1], ['/es6.number.epsilon', '>=', 0],
    ];
    for (const [pointer, op, limit] of sound) expect(limitEveryValueMeets(pointer, op, limit), `${pointer} ${op} ${limit}`).toBeUndefined();
  });
  it('flags a floor at or below 0 on any count noun, and `!=` any negative or fractional number on a count (property)', () => {
    const nouns = fc.constantFrom('flaky', 'warnings', 'retries', 'issues', 'findings', 'alerts', 'violations', 'skipped', 'failures', 'vulnerabilities');
    fc.assert(fc.property(nouns, fc.double({ min: -1e12, max: 0, noNaN: true }), (noun, floor) => limitEveryValueMeets(`/${noun}`, '>=', floor) !== undefined));
    fc.assert(fc.property(nouns, fc.double({ min: 1e-9, max: 1e12, noNaN: true }), (noun, floor) => limitEveryValueMeets(`/${noun}`, '>=', floor) === undefined));
    fc.assert(fc.property(nouns, fc.double({ min: -1e12, max: 1e12, noNaN: true }), (noun, v) => (limitEveryValueMeets(`/${noun}`, '!=', v) !== undefined) === (v < 0 || !Number.isInteger(v))));
  });
  it('flags a ceiling at or above a share\'s whole scale and no lower one (property)', () => {
    const shares = fc.constantFrom(['/uptime_pct', 100], ['/mutation_score_pct', 100], ['/pass_rate_pct', 100], ['/accuracy', 1], ['/auc', 1], ['/recall', 1]);
    fc.assert(fc.property(shares, fc.double({ min: 0, max: 1e6, noNaN: true }), ([pointer, scale], ceiling) => (limitEveryValueMeets(pointer as string, '<=', ceiling) !== undefined) === ceiling >= (scale as number)));
  });
});
