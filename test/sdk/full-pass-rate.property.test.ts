/**
 * A pass rate at its whole scale (`pass_rate_pct: 100`, `success_rate: 1.0`) says every item with an outcome passed, as a
 * status of pass does: a failure told beside it otherwise than by a count denies it, whatever the rate's name, scale or
 * language and however the failure is told (red team tj, session 41). A rate below its whole, and a failure count of 0
 * beside pytest's printed errors (counted apart), are left to their counts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measurementContradiction } from '../../src/sdk/status-claims.js';

const FRACTIONS = ['pass_rate', 'passRate', 'success_rate', 'success_ratio', 'taux_de_réussite', 'tasa_de_éxito', '通过率'];
const PERCENTAGES = ['pass_rate_pct', 'passRatePercent', 'success_pct', 'pass_percentage'];
const FAILED_WORDS = ['failed', 'FAILED', 'fail', 'failure', 'error', 'errored', 'crashed'];
const LISTS = ['tests', 'results', 'cases', 'suites', 'specs'];

/** A failure told beside the rate, in one of the shapes a report tells it: [document members, what it is]. */
const failureTold = fc.oneof(
  fc.tuple(fc.constantFrom(...LISTS), fc.constantFrom(...FAILED_WORDS), fc.constantFrom('status', 'outcome', 'result')).map(([list, word, key]) => ({ [list]: [{ name: 'a', [key]: 'passed' }, { name: 'b', [key]: word }] })),
  fc.tuple(fc.constantFrom(...LISTS), fc.constantFrom(...FAILED_WORDS)).map(([list, word]) => ({ [list]: { lexer: 'passed', parser: word } })),
  fc.constantFrom('failed_tests', 'failures', 'errors', 'failed').map((list) => ({ [list]: ['parse_large'] })),
  fc.integer({ min: 1, max: 255 }).map((code) => ({ exit_code: code })),
  fc.integer({ min: 1, max: 99 }).map((n) => ({ summary: `${10 + n} passed, ${n} failed in 1.2s` })),
  fc.constantFrom(...LISTS).map((list) => ({ [list]: [{ name: 'a', ok: false }] })),
);

describe('a pass rate at its whole scale', () => {
  it('is denied by any failure told beside it, at the top or in its summary object (property)', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.constantFrom(...FRACTIONS), fc.constantFrom(...PERCENTAGES), fc.boolean(), failureTold, (fraction, fname, pname, inSummary, told) => {
        const name = fraction ? fname : pname;
        const value = fraction ? 1 : 100;
        const doc = inSummary ? { stats: { [name]: value }, ...told } : { [name]: value, ...told };
        const pointer = inSummary ? `/stats/${name}` : `/${name}`;
        const found = measurementContradiction(doc, pointer, value);
        expect(['inconsistent_counts', 'contradiction'], `${JSON.stringify(doc)}: ${JSON.stringify(found)}`).toContain(found?.code);
      }),
    );
  });

  it('is left alone beside entries that passed, were flaky or skipped, and empty failure lists (property)', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.constantFrom(...FRACTIONS), fc.constantFrom(...PERCENTAGES), fc.constantFrom(...LISTS), fc.constantFrom('passed', 'flaky', 'skipped', 'ok'), (fraction, fname, pname, list, word) => {
        const name = fraction ? fname : pname;
        const value = fraction ? 1 : 100;
        const doc = { [name]: value, [list]: [{ name: 'a', status: 'passed' }, { name: 'b', status: word }], failed_tests: [], exit_code: 0, summary: '12 passed, 1 skipped' };
        expect(measurementContradiction(doc, `/${name}`, value), JSON.stringify(doc)).toBeUndefined();
      }),
    );
  });

  it('below its whole it is weighed by its counts only: one failed entry beside 95 % of 20 is no denial', () => {
    expect(measurementContradiction({ pass_rate_pct: 95, total: 20, passed: 19, tests: [{ name: 'b', status: 'failed' }] }, '/pass_rate_pct', 95)).toBeUndefined();
    expect(measurementContradiction({ pass_rate_pct: 1, tests: [{ name: 'b', status: 'failed' }] }, '/pass_rate_pct', 1)).toBeUndefined();
  });
});

describe('a failure count of none beside a printed summary', () => {
  it('is denied by printed failures of its own family, not by printed errors counted apart', () => {
    expect(measurementContradiction({ failed: 0, passed: 4, message: '2 tests failed' }, '/failed', 0)?.code).toBe('contradiction');
    expect(measurementContradiction({ failed: 0, passed: 4, summary: '4 passed, 2 failed in 0.3s' }, '/failed', 0)?.code).toBe('contradiction');
    expect(measurementContradiction({ failed: 0, passed: 1, errors: 2, summary: '1 passed, 2 errors in 0.12s' }, '/failed', 0)).toBeUndefined();
    expect(measurementContradiction({ errors: 0, passed: 1, summary: '1 passed, 2 errors in 0.12s' }, '/errors', 0)?.code).toBe('contradiction');
    // Printed beside the summary object the count sits in.
    expect(measurementContradiction({ stats: { failed: 0, passed: 4 }, summary: '4 passed, 2 failed' }, '/stats/failed', 0)?.code).toBe('contradiction');
    expect(measurementContradiction({ stats: { failed: 0, passed: 4 }, summary: '4 passed' }, '/stats/failed', 0)).toBeUndefined();
  });
});

describe('a value measured over an empty list (red team tj)', () => {
  const MEASURES = ['p99_latency_ms', 'p95_ms', 'mean_ms', 'throughput_rps', 'error_rate'];
  const OVER = ['samples', 'requests', 'iterations', 'measurements', 'observations', 'runs', 'benchmarks'];
  it('is measured over nothing, as beside a count of 0 (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MEASURES), fc.constantFrom(...OVER), fc.constantFrom<unknown>([], {}, 0), fc.nat({ max: 10_000 }), (name, over, none, value) => {
        expect(measurementContradiction({ [name]: value, [over]: none }, `/${name}`, value)?.code, `${name} beside ${over}`).toBe('vacuous');
        // A list that holds what it was measured over, or a count of it beside the empty list, is a measurement.
        expect(measurementContradiction({ [name]: value, [over]: [1, 2] }, `/${name}`, value), `${name} beside ${over}: [1, 2]`).toBeUndefined();
        expect(measurementContradiction({ [name]: value, total: 10, [over]: none }, `/${name}`, value), `${name} beside total`).toBeUndefined();
      }),
    );
  });
  it('of files or lines counts none only beside a coverage: a linter lists the files with findings', () => {
    expect(measurementContradiction({ coverage: { lines_pct: 95, files: [] } }, '/coverage/lines_pct', 95)?.code).toBe('vacuous');
    expect(measurementContradiction({ violations: 0, files: [] }, '/violations', 0)).toBeUndefined();
  });
});

describe('a pass rate above the entries its own list gives failed (red team tj)', () => {
  it('is bounded by them as by a failure count (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 50 }), fc.integer({ min: 1, max: 50 }), fc.constantFrom(...LISTS), fc.constantFrom('status', 'outcome', 'result'), (total, k, list, key) => {
        const failed = Math.min(k, total);
        const entries = Array.from({ length: failed }, (_, i) => ({ name: `t${i}`, [key]: 'failed' }));
        const most = ((total - failed) / total) * 100;
        expect(measurementContradiction({ pass_rate_pct: most, total, [list]: entries }, '/pass_rate_pct', most), `${most} of ${total}`).toBeUndefined();
        const above = Math.min(100, Math.ceil(most) + 1);
        expect(measurementContradiction({ pass_rate_pct: above, total, [list]: entries }, '/pass_rate_pct', above)?.code, `${above} of ${total}`).toBe('inconsistent_counts');
      }),
    );
  });
});
