/**
 * A count a measured value or an outcome is measured over (total, passed, tests, skipped, covered), left blank or as its
 * template wrote it, makes the value beside it prove nothing (red team xj, session 43): one reading, the shared
 * placeholder reader's, in any template language and through markup, entities and invisible characters, for threshold
 * (measurementContradiction), artifact_status (statusContradiction) and json_schema (countsOfARunLeftUnfilled). Counts
 * written as numbers in text, and parts written as none, are counts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countsOfARunLeftUnfilled, measurementContradiction, statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

/** What a template leaves where a count goes, in the template languages producers use. */
const SLOTS = ['TBD', 'TODO', 'tbd', '${TOTAL}', '$TOTAL', '{{ tests }}', '{{total}}', '%TOTAL%', '@TOTAL@', '<value>', '<total>', '', '   ', 'N/A', 'None', 'null', 'undefined', 'XXX', 'changeme'];
/** Disguises a reader reads through: markup, an entity, an invisible character, full width. */
const DISGUISES: ReadonlyArray<(s: string) => string> = [
  (s) => s,
  (s) => (s.trim() === '' ? s : `<b>${s}</b>`),
  (s) => (s === 'TBD' ? '&#84;BD' : s),
  (s) => (s.length > 1 ? `${s.slice(0, 1)}\u200b${s.slice(1)}` : s),
  (s) => [...s].map((c) => (/[A-Za-z]/u.test(c) ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c)).join(''),
];
/** Counts a value is measured over, as the document names them, beside the value judged. */
const OVER = ['total', 'tests', 'total_tests', 'numTotalTests', 'lines_found', 'samples'];
const MEASURED: ReadonlyArray<[string, number, number]> = [['failed', 0, 0], ['pass_rate_pct', 100, 95], ['errors', 0, 0]];

describe('a count the value is measured over, left as its template wrote it', () => {
  it('makes a measured value beside it a placeholder, in any template language or disguise (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SLOTS), fc.constantFrom(...DISGUISES), fc.constantFrom(...OVER), fc.constantFrom(...MEASURED), (slot, disguise, over, [name, value, limit]) => {
        const root = { [over]: disguise(slot), [name]: value };
        const found = measurementContradiction(root, `/${name}`, value, undefined, limit);
        expect(found?.code, JSON.stringify(root)).toBe('placeholder');
        expect(found?.pointer).toBe(`/${over}`);
      }),
    );
  });
  it('makes a pass beside it a placeholder, for artifact_status and json_schema alike (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SLOTS.filter((s) => s.trim() !== '')), fc.constantFrom(...DISGUISES), fc.constantFrom('total', 'tests'), (slot, disguise, over) => {
        const root = { status: 'pass', [over]: disguise(slot), failed: 0 };
        expect(statusContradiction(root, '/status', 'pass')?.code, JSON.stringify(root)).toBe('placeholder');
        expect(countsOfARunLeftUnfilled(root).map((f) => f.pointer)).toEqual([`/${over}`]);
      }),
    );
  });
  it('reads a passed count left as its template wrote it, the denominator of a rate (Istanbul covered too)', () => {
    expect(measurementContradiction({ total: 200, passed: '${PASSED}', failed: 0, pass_rate_pct: 100 }, '/pass_rate_pct', 100, undefined, 95)?.code).toBe('placeholder');
    expect(measurementContradiction({ lines: { total: 120, covered: '<value>', pct: 100 } }, '/lines/pct', 100, undefined, 80)?.pointer).toBe('/lines/covered');
    expect(measurementContradiction({ total: 10, passed: 10, skipped: 'TBD', failed: 0 }, '/failed', 0, undefined, 0)?.code).toBe('placeholder');
  });
  it('leaves counts written as numbers in text, parts written as none, run ids and free text (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom('N/A', '-', 'none', ''), fc.constantFrom('TBD', '${RUN_ID}', 'TODO'), (n, none, filler) => {
        const root = { total: String(n), passed: n.toLocaleString('en-US'), skipped: none, failed: 0, run: filler, notes: filler, owner: filler };
        expect(measurementContradiction(root, '/failed', 0, undefined, 0), JSON.stringify(root)).toBeUndefined();
        expect(countsOfARunLeftUnfilled(root)).toEqual([]);
      }),
    );
  });
  it('reads a text about a count (a label, a unit, a message) as no count, beside filled counts (property)', () => {
    const ABOUT = ['label', 'title', 'description', 'unit', 'hint', 'source', 'text', 'msg', 'message', 'name', 'format', 'note', 'comment', 'help', 'caption', 'tooltip', 'url', 'link'];
    fc.assert(
      fc.property(fc.constantFrom('total', 'passed', 'tests'), fc.constantFrom(...ABOUT), fc.constantFrom('_', 'camel'), fc.constantFrom(...SLOTS.filter((s) => s.trim() !== '')), (count, about, join, slot) => {
        const key = join === '_' ? `${count}_${about}` : `${count}${about.charAt(0).toUpperCase()}${about.slice(1)}`;
        const root = { total: 12, passed: 12, failed: 0, [key]: slot };
        expect(measurementContradiction(root, '/failed', 0, undefined, 0), JSON.stringify(root)).toBeUndefined();
        expect(statusContradiction({ status: 'pass', ...root }, '/status', 'pass'), JSON.stringify(root)).toBeUndefined();
        expect(countsOfARunLeftUnfilled({ status: 'pass', ...root })).toEqual([]);
      }),
    );
  });
  it('reads a second count written as none beside a filled one as not kept; the total written as none alone as a placeholder (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('assertions', 'lines', 'samples', 'checks', 'total'), fc.constantFrom<unknown>(null, 'N/A', 'n/a', '-', 'none', ''), (second, none) => {
        const filled = second === 'total' ? 'tests' : 'total';
        const beside = { [filled]: 12, failures: 0, [second]: none };
        expect(measurementContradiction(beside, '/failures', 0, undefined, 0), JSON.stringify(beside)).toBeUndefined();
        expect(countsOfARunLeftUnfilled({ status: 'pass', ...beside })).toEqual([]);
        const alone = { total: none, failed: 0 };
        expect(measurementContradiction(alone, '/failed', 0, undefined, 0)?.code, JSON.stringify(alone)).toBe('placeholder');
        expect(countsOfARunLeftUnfilled({ status: 'pass', ...alone }).map((f) => f.pointer)).toEqual(['/total']);
      }),
    );
  });
  it('reads slots and letters only a count can be left as: names in brackets of any case, masks, a variable letter, pending (property)', () => {
    const COUNT_SLOTS = ['[total]', '[TOTAL]', '[Total]', '«total»', '‹total›', '【total】', '〔total〕', '［total］', 'X', 'XX', 'xxx', 'N', 'NN', 'n', 'pending', 'Pending'];
    fc.assert(
      fc.property(fc.constantFrom(...COUNT_SLOTS), fc.constantFrom('total', 'tests', 'passed', 'test_suites', 'out_of', 'planned', 'selected', 'denominator'), (slot, over) => {
        const root = { [over]: slot, failed: 0 };
        expect(measurementContradiction(root, '/failed', 0, undefined, 0)?.code, JSON.stringify(root)).toBe('placeholder');
      }),
    );
    // The same words elsewhere are words: Mocha's pending count, a note, a review's state (a run's `phase: pending` is a run
    // not ended, vacuous by its own rule).
    expect(measurementContradiction({ total: 12, passed: 11, pending: 1, failed: 0, note: '[skip ci]', review_state: 'pending' }, '/failed', 0, undefined, 0)).toBeUndefined();
    expect(measurementContradiction({ selected: 12, selected_reason: 'TBD', planned: 12, failed: 0 }, '/failed', 0, undefined, 0)).toBeUndefined();
  });
  it('reads k6 requests left as a template as the count its failed rate is measured over', () => {
    expect(measurementContradiction({ metrics: { http_reqs: { count: '${COUNT}' }, http_req_failed: { rate: 0 } } }, '/metrics/http_req_failed/rate', 0, undefined, 0)?.pointer).toBe('/metrics/http_reqs/count');
    expect(measurementContradiction({ metrics: { http_reqs: { values: { count: 'TBD' } }, http_req_failed: { values: { rate: 0 } } } }, '/metrics/http_req_failed/values/rate', 0, undefined, 0)?.code).toBe('placeholder');
    expect(measurementContradiction({ metrics: { http_reqs: { count: 1200 }, http_req_failed: { rate: 0 } } }, '/metrics/http_req_failed/rate', 0, undefined, 0)).toBeUndefined();
  });
  it('keeps `"NaN"` a number no count can be (wrong_type), not a placeholder', () => {
    expect(measurementContradiction({ total: 'NaN', failed: 0 }, '/failed', 0, undefined, 0)?.code).toBe('wrong_type');
  });
});
