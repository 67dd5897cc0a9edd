/**
 * Helper za, session 45. Four families of spellings that evaded the count readers:
 * - outcome counts weighed against their total under any "how many" shortening (`skip_cnt`, `skipped_qty`, `nr_skipped`,
 *   `no_of_skipped`), a total named with its items (`total_tests`, Cypress's `totalTests`, Jest's `numTotalTests`),
 *   pending counts and counts nested as `{count}` (summedStemOf, outcomeSpelling, aloneWordCounted, outcomeSums);
 * - a failure count joined by a word after a none (`0 failures on node 18 and 2 failures on node 20`) is a count of its
 *   own, while a list of bare versions of any length stays versions (loneCountIn, versionListGoesOn);
 * - a tolerated head counted in words of a pair, both or a dozen names no more members than it counts (countOfAHead);
 * - a total or count-only name beside a pass holding no count is wrong_type (countHoldingNoCount).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const judged = (doc: Record<string, unknown>) => statusContradiction({ status: 'pass', ...doc }, '/status', 'pass');
const beside = (text: string) => judged({ summary: text });

/** An outcome count's name under a "how many" shortening, snake or camel case, or nested as `{count}`/`{cnt}`. */
const OUTCOME_SPELLINGS: readonly ((word: string) => string)[] = [
  (w) => `${w}_cnt`, (w) => `${w}_qty`, (w) => `${w}_amount`, (w) => `nr_${w}`, (w) => `no_of_${w}`, (w) => `nbr_${w}`,
  (w) => `${w}_count`, (w) => `total${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`, (w) => `num${w[0]?.toUpperCase() ?? ''}${w.slice(1)}Tests`, (w) => w,
];
const outcomeField = (word: string, how: number, n: number): [string, unknown] => {
  if (how === OUTCOME_SPELLINGS.length) return [word, { count: n }];
  if (how === OUTCOME_SPELLINGS.length + 1) return [word, { cnt: n }];
  return [(OUTCOME_SPELLINGS[how] as (w: string) => string)(word), n];
};
const TOTAL_NAMES = ['total', 'total_cnt', 'total_tests', 'totalTests', 'numTotalTests', 'total_count', 'no_of_tests', 'nbr_tests'] as const;
const HOW = fc.integer({ min: 0, max: OUTCOME_SPELLINGS.length + 1 });

describe('outcome counts under other spellings against their total', () => {
  it('passed and skipped (or pending) above the total are inconsistent_counts however each is spelled', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TOTAL_NAMES), HOW, HOW, fc.constantFrom('skipped', 'pending'), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 5 }), (total, hp, hs, other, passed, skipped, over) => {
        fc.pre(passed + skipped - over > 0);
        const doc = Object.fromEntries([[total, passed + skipped - over], outcomeField('passed', hp, passed), outcomeField(other, hs, skipped)]);
        expect(judged(doc)?.code, JSON.stringify(doc)).toBe('inconsistent_counts');
      }),
    );
  });

  it('the same counts adding up to the total pass, and one count spelled twice is one count', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TOTAL_NAMES), HOW, HOW, HOW, fc.constantFrom('skipped', 'pending'), fc.integer({ min: 1, max: 20 }), fc.nat(20), (total, hp, hs, again, other, passed, skipped) => {
        const [name, value] = outcomeField('passed', hp, passed);
        const [twice, twiceValue] = outcomeField('passed', again, passed);
        const doc: Record<string, unknown> = Object.fromEntries([[total, passed + skipped], [name, value], outcomeField(other, hs, skipped)]);
        if (twice !== name) doc[twice] = twiceValue;
        expect(judged(doc), JSON.stringify(doc)).toBeUndefined();
      }),
    );
  });
});

/** A failure noun or verb of a language, its place word and its join. */
const LANGUAGES: readonly (readonly [string, string, string])[] = [
  ['failures', 'on', 'and'], ['failed', 'on', 'and'], ['errors', 'on', 'and'], ['Fehler', 'auf', 'und'], ['errori', 'su', 'e'], ['erreurs', 'sur', 'et'], ['errores', 'en', 'y'],
];
const RUNTIMES = ['node', 'python', 'java', 'ruby', 'windows'] as const;
const VERSION = fc.integer({ min: 8, max: 2025 }).map(String);

describe('a failure count joined after a none', () => {
  it('is a count of its own, after a version or not', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LANGUAGES), fc.constantFrom(...RUNTIMES), VERSION, VERSION, fc.integer({ min: 1, max: 99 }), fc.boolean(), ([noun, on, join], runtime, a, b, n, placed) => {
        const text = placed ? `0 ${noun} ${on} ${runtime} ${a} ${join} ${n} ${noun} ${on} ${runtime} ${b}` : `0 ${noun} ${join} ${n} ${noun}`;
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
  });

  it('a none on a list of bare versions of any length, joined by commas and a last join, passes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LANGUAGES), fc.constantFrom(...RUNTIMES), fc.array(VERSION, { minLength: 2, maxLength: 5 }), fc.boolean(), ([noun, on, join], runtime, versions, commasOnly) => {
        const list = commasOnly ? versions.join(', ') : `${versions.slice(0, -1).join(', ')} ${join} ${versions.at(-1) as string}`;
        const text = `0 ${noun} ${on} ${runtime} ${list}`;
        expect(beside(text), text).toBeUndefined();
      }),
    );
  });
});

/** Head words counting two, twelve and six. */
const HEADS: readonly (readonly [string, number])[] = [
  ['a couple of', 2], ['a pair of', 2], ['both', 2], ['a dozen', 12], ['half a dozen', 6], ['half-a-dozen', 6],
];
const NAMES = ['login', 'checkout', 'deploy', 'search', 'cart', 'profile', 'admin', 'billing', 'export', 'upload', 'report', 'invoice', 'signup', 'payment'];

describe('a tolerated head counted in words', () => {
  it('naming more members than it counts fails, naming as many passes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HEADS), fc.boolean(), ([head, count], more) => {
        const text = `0 failures except ${head} flaky tests: ${NAMES.slice(0, more ? count + 1 : count).join(', ')}`;
        if (more) expect(beside(text)?.code, text).toBe('contradiction');
        else expect(beside(text), text).toBeUndefined();
      }),
    );
  });
});

describe('a count holding no count', () => {
  const COUNT_NAMES = ['total', 'total_tests', 'totalTests', 'num_tests', 'count', 'test_count', 'no_of_tests'] as const;
  // Letters no none word or placeholder reader takes (a `k` and consonants), dates, flags and lists.
  const NO_COUNT = fc.oneof(fc.constantFrom<unknown>(true, false, [], [3], ['login'], 'abc', '2026-03-10', 'many', 'all', '2026-03-10T08:41:07Z'), fc.stringMatching(/^k[bcdfghjlmnprstvwz]{2,9}$/u));
  it('under a total or count-only name beside a pass is wrong_type', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COUNT_NAMES), NO_COUNT, fc.boolean(), (name, value, inSummary) => {
        const doc = inSummary ? { summary: { [name]: value, failed: 0 } } : { [name]: value, failed: 0 };
        const found = judged(doc);
        expect(found?.code, JSON.stringify(doc)).toBe('wrong_type');
        expect(found?.pointer, JSON.stringify(doc)).toBe(`${inSummary ? '/summary' : ''}/${name}`);
      }),
    );
  });

  it('a passed or skipped count holding letters beside a number is wrong_type', () => {
    fc.assert(
      fc.property(fc.constantFrom('passed', 'skipped', 'passed_count', 'num_skipped'), fc.constantFrom('abc', 'some', 'login', '2026-03-10'), fc.integer({ min: 1, max: 50 }), (name, value, total) => {
        const doc = { total, [name]: value, failed: 0 };
        expect(judged(doc)?.code, JSON.stringify(doc)).toBe('wrong_type');
      }),
    );
  });

  it('a flag under an outcome word is a test record and passes, with or without a total beside it', () => {
    fc.assert(
      fc.property(fc.constantFrom('passed', 'skipped', 'pending', 'passes'), fc.boolean(), fc.boolean(), (word, flag, total) => {
        const doc: Record<string, unknown> = { name: 'login', [word]: flag, failed: false, ...(total ? { total: 12 } : {}) };
        // A pass word set false says the test did not pass: a failure, read as one elsewhere.
        if ((word === 'passed' || word === 'passes') && !flag) return;
        expect(judged(doc), JSON.stringify(doc)).toBeUndefined();
      }),
    );
  });
});
