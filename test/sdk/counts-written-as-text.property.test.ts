// Counts written as text beside a pass (red team zl, session 45; helper rd, session 46): every reader of a count reads it
// with one reader (countOfField in src/sdk/status-claims.ts, countWrittenAsText in src/util/number-text.ts), so a count
// with the words of its items, a remark in brackets or written as a fraction is weighed, zeroed and refused as the number
// it shows; a number followed by letters that are no unit (`12abc`) is no count.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import { countWrittenAsText } from '../../src/util/number-text.js';
import '../helpers/fc-seed.js';

const FULL_WIDTH_ZERO = 0xff10;
const fullWidth = (n: number): string => [...String(n)].map((d) => String.fromCodePoint(FULL_WIDTH_ZERO + Number(d))).join('');
const remark = fc.constantFrom('unit', 'nightly', 'flaky', 'filtered', 'none ran', 'skipped', 'quarantined', 'see log');
const noun = fc.constantFrom('tests', 'test cases', 'cases', 'specs', 'items', 'Testfälle', 'тестов');

/** `n` as a count field's text: digits, full width, with its noun, a remark, both. */
const spelledCount = (n: number): fc.Arbitrary<string> =>
  fc.oneof(fc.constant(String(n)), fc.constant(fullWidth(n)), noun.map((w) => `${n} ${w}`), remark.map((r) => `${n} (${r})`), fc.tuple(noun, remark).map(([w, r]) => `${n} ${w} (${r})`));
/** …or as a fraction of itself (`12/12`, `12 of 12`): a whole that is its own total, so only a total's or a count's alone. */
const spelledCountOrWhole = (n: number): fc.Arbitrary<string> =>
  fc.oneof(spelledCount(n), fc.tuple(fc.constantFrom('/', ' / ', ' of ', ' out of '), fc.boolean()).map(([join, wide]) => `${wide ? fullWidth(n) : n}${join}${wide ? fullWidth(n) : n}`));
/** A total's name, as reports write it. */
const totalKey = fc.constantFrom('total', 'tests', 'total_tests', 'num_tests', 'testCount');

describe('countWrittenAsText', () => {
  it('reads a count with its noun, a remark or as a fraction of itself as that count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }).chain((n) => fc.tuple(fc.constant(n), spelledCountOrWhole(n))), ([n, text]) => {
        const read = countWrittenAsText(text);
        expect(read.kind === 'count' ? read.count : read.kind === 'fraction' ? read.whole === n && read.part : undefined, text).toBe(n);
      }),
    );
  });
});

describe('counts written as text beside a pass', () => {
  it('weighs a total written as text against its outcomes as the number it shows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }).chain((n) => fc.tuple(fc.constant(n), spelledCountOrWhole(n))), fc.integer({ min: 0, max: 520 }), fc.constantFrom('total', 'total_tests'), ([n, text], passed, key) => {
        const asNumber = statusContradiction({ status: 'pass', [key]: n, passed, failed: 0 }, '/status', 'pass');
        const asText = statusContradiction({ status: 'pass', [key]: text, passed, failed: 0 }, '/status', 'pass');
        expect(asText?.code, `${key}: ${JSON.stringify(text)}, passed: ${passed}`).toBe(asNumber?.code);
      }),
    );
  });

  it('weighs an outcome written as text against its total as the number it shows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 520 }).chain((n) => fc.tuple(fc.constant(n), spelledCount(n))), fc.constantFrom('skipped', 'todo'), (total, [n, text], outcome) => {
        const passed = Math.max(0, total - 1);
        const asNumber = statusContradiction({ status: 'pass', total, passed, [outcome]: n }, '/status', 'pass');
        const asText = statusContradiction({ status: 'pass', total, passed, [outcome]: text }, '/status', 'pass');
        expect(asText?.code, `total: ${total}, passed: ${passed}, ${outcome}: ${JSON.stringify(text)}`).toBe(asNumber?.code);
      }),
    );
  });

  it('reads a passed count written as a fraction short of its whole as items in no outcome, and one of all its items as sound', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 500 }), fc.integer({ min: 1, max: 499 }), fc.constantFrom('/', ' of ', ' out of '), fc.boolean(), (whole, short, join, withTotal) => {
        const part = Math.max(1, whole - short);
        const besides = withTotal ? { total: whole, failed: 0 } : { failed: 0 };
        expect(statusContradiction({ status: 'pass', ...besides, passed: `${part}${join}${whole}` }, '/status', 'pass')?.code).toBe('inconsistent_counts');
        expect(statusContradiction({ status: 'pass', ...besides, passed: `${whole}${join}${whole}` }, '/status', 'pass')).toBeUndefined();
        // The items it did not pass, counted in another outcome, are accounted for.
        expect(statusContradiction({ status: 'pass', ...besides, passed: `${part}${join}${whole}`, skipped: whole - part }, '/status', 'pass')).toBeUndefined();
      }),
    );
  });

  it('reads a total of none with a remark or as a fraction of none as a run of nothing', () => {
    fc.assert(
      fc.property(totalKey, fc.oneof(remark.map((r) => `0 (${r})`), fc.constantFrom('0/0', '0 of 0', '0 out of 0', '０/０', '0 tests (filtered)')), (key, text) => {
        expect(statusContradiction({ status: 'pass', [key]: text }, '/status', 'pass')?.code, `${key}: ${JSON.stringify(text)}`).toBe('vacuous');
      }),
    );
  });

  it('refuses a total whose number goes on in letters that are no unit, and leaves such text in fields that are no counts alone', () => {
    const letters = fc.tuple(fc.constantFrom(...'acfjlqrvwxyz'), fc.stringMatching(/^[a-z]{0,5}$/u)).map(([a, rest]) => a + rest);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), letters, fc.constantFrom('total', 'total_tests', 'count'), fc.constantFrom('run_id', 'build', 'commit', 'label', 'runner'), (n, tail, key, other) => {
        expect(statusContradiction({ status: 'pass', [key]: `${n}${tail}` }, '/status', 'pass')?.code, `${key}: ${n}${tail}`).toBe('wrong_type');
        expect(statusContradiction({ status: 'pass', total: n, passed: n, [other]: `${n}${tail}`, duration: `${n}s` }, '/status', 'pass')).toBeUndefined();
      }),
    );
  });
});
