/**
 * Counts written as text read one way whatever spelling carries them (red team rm, closed session 47, helper sd): a
 * pass count's whole in a remark as a total or a share (`"8 (10 total)"`, `"8 (80%)"`), its whole or part in number words
 * (`"8 out of ten"`, `"eight of ten"`), a share alone as the count beside a total (`"80%"`); an item total holding a
 * garbled text (`tests: "12+"`); a garbled pass count beside counts that are all written as text, as an XML report
 * converted to JSON writes them (Allure's `statistic`, a TRX `Counters`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import { countWrittenAsText } from '../../src/util/number-text.js';
import '../helpers/fc-seed.js';

const judged = (summary: Record<string, unknown>, holder = 'summary') => statusContradiction({ status: 'pass', [holder]: summary }, '/status', 'pass', undefined, {});
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const bracket = fc.constantFrom(['(', ')'], ['[', ']'], ['{', '}']);

describe('a pass count whose whole or share its report belies', () => {
  it('reads a total in the remark as the whole: below it with no other outcome fails, the rest skipped passes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 50 }), bracket, fc.constantFrom('{w} total', '{w} in total', '{w} in all', 'total: {w}', 'total {w}'), (part, rest, [open, close], form) => {
        const text = `${part} ${open}${form.replace('{w}', String(part + rest))}${close}`;
        expect(judged({ passed: text, failed: 0 })?.code, text).toBe('inconsistent_counts');
        expect(judged({ passed: text, failed: 0, skipped: rest }), `${text} beside skipped ${rest}`).toBeUndefined();
      }),
    );
  });
  it('reads a printed share in the remark as the whole it is rounded from', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 2 }), bracket, (part, rest, digits, [open, close]) => {
        const whole = part + rest;
        const share = ((part * 100) / whole).toFixed(digits);
        const text = `${part} ${open}${share}%${close}`;
        const read = countWrittenAsText(text);
        // A share may round from several wholes (`1 (2%)`: 40 to 66): the true whole is among them, never below the part.
        expect(read.kind, text).toBe('fraction');
        if (read.kind === 'fraction') {
          expect(read.whole, text).toBeLessThanOrEqual(whole);
          expect(read.wholeUpTo ?? read.whole, text).toBeGreaterThanOrEqual(whole);
          expect(read.whole, text).toBeGreaterThan(part);
        }
        expect(judged({ passed: text, failed: 0 })?.code, text).toBe('inconsistent_counts');
        expect(judged({ passed: text, skipped: rest, total: whole }), `${text} beside skipped ${rest}`).toBeUndefined();
      }),
    );
  });
  // `one` is a pronoun as often as a numeral: `"one of two"` is refused as no count (wrong_type), which fails too.
  it('reads a fraction with either side in number words as the fraction in digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 11 }), fc.integer({ min: 2, max: 12 }), fc.constantFrom('of', 'out of'), fc.boolean(), (part, whole, join, partInWords) => {
        fc.pre(part < whole);
        const text = `${partInWords ? NUMBER_WORDS[part] : part} ${join} ${NUMBER_WORDS[whole]}`;
        expect(judged({ passed: text, failed: 0 })?.code, text).toBe('inconsistent_counts');
        const all = `${NUMBER_WORDS[whole]} ${join} ${NUMBER_WORDS[whole]}`;
        expect(judged({ passed: all, failed: 0 }), all).toBeUndefined();
      }),
    );
  });
  it('weighs a share written as the pass count against the total beside it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 200 }), fc.integer({ min: 1, max: 199 }), (total, passed) => {
        fc.pre(passed < total);
        const share = `${Math.floor((passed * 100) / total)}%`;
        expect(judged({ total, passed: share, failed: 0 })?.code, `${share} of ${total}`).toBe('inconsistent_counts');
        expect(judged({ total, passed: '100%', failed: 0 }), `100% of ${total}`).toBeUndefined();
      }),
    );
  });
});

describe('a count that holds no count', () => {
  const garbled = fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom('+', '*', 'abc', ' tests.', ' tests / 2 failed', '?!')).map(([n, tail]) => `${n}${tail}`);
  it('is refused under an item total\'s name as under total', () => {
    fc.assert(
      fc.property(fc.constantFrom('tests', 'cases', 'tests_run', 'collected', 'executed', 'specs', 'total', 'count'), garbled, (name, text) => {
        expect(judged({ [name]: text, passed: 10, failed: 0 })?.code, `${name}: ${text}`).toBe('wrong_type');
      }),
    );
  });
  it('is refused as a pass count beside counts all written as text, in a summary or a report format\'s count object', () => {
    fc.assert(
      fc.property(fc.constantFrom('summary', 'statistic', 'Counters', 'results'), garbled, fc.integer({ min: 1, max: 999 }), (holder, text, total) => {
        expect(judged({ total: String(total), passed: text, failed: '0' }, holder)?.code, `${holder}: passed ${text}`).toBe('wrong_type');
        expect(judged({ total: String(total), passed: String(total), failed: '0' }, holder), `${holder}: all passed as text`).toBeUndefined();
      }),
    );
  });
});
