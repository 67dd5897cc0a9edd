/**
 * Outcome counts are weighed against their total whatever "how many" word each is spelled with (`skipped_count`,
 * `num_skipped`, `skippedCount`, `total_count`) and when the total is named by the items the run ran (`tests`,
 * `num_tests`): parts above the total are `inconsistent_counts` (found session 44: the sum was kept per exact stem).
 * One count written under two spellings is one count, so redundant reports that add up keep passing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

/** A name of an outcome or total in the spellings producers use: bare, with `count` or `num`, snake, camel or kebab case. */
function spelled(word: string): fc.Arbitrary<string> {
  return fc.constantFrom(
    word,
    `${word}_count`,
    `num_${word}`,
    `${word}Count`,
    `num${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`,
    `${word}-count`,
    `number_of_${word}`,
  );
}
const TOTAL = fc.oneof(spelled('total'), fc.constantFrom('tests', 'num_tests', 'testCount'));

/** A passed and a skipped count, each under a spelling of its own. */
const OUTCOMES = fc.tuple(fc.nat(20), fc.nat(20), spelled('passed'), spelled('skipped'));

describe('counts spelled apart from their total', () => {
  it('outcomes adding up to more than the total are inconsistent_counts, however each is spelled', () => {
    fc.assert(
      fc.property(TOTAL, OUTCOMES, fc.integer({ min: 1, max: 10 }), (total, [passed, skipped, passedName, skippedName], over) => {
        // A total of none, or no passes, is a vacuous run, which the readers before this one name.
        fc.pre(passed > 0 && passed + skipped - over > 0);
        const doc = { status: 'pass', [total]: passed + skipped - over, [passedName]: passed, [skippedName]: skipped };
        const found = statusContradiction(doc, '/status', 'pass');
        expect(found?.code, JSON.stringify(doc)).toBe('inconsistent_counts');
        expect(found?.pointer, JSON.stringify(doc)).toBe(`/${total}`);
      }),
    );
  });

  it('outcomes adding up to the total pass, and one count written under two spellings is one count', () => {
    fc.assert(
      fc.property(TOTAL, OUTCOMES, fc.boolean(), (total, [passed, skipped, passedName, skippedName], twice) => {
        fc.pre(passed > 0);
        const doc: Record<string, unknown> = { status: 'pass', [total]: passed + skipped, [passedName]: passed, [skippedName]: skipped };
        // The same passed count again under its other spelling, as redundant reports write it.
        if (twice) doc[passedName === 'passed' ? 'passed_count' : 'passed'] = passed;
        expect(statusContradiction(doc, '/status', 'pass'), JSON.stringify(doc)).toBeUndefined();
      }),
    );
  });

  it('an item total beside another kind of items (Mocha: suites beside tests) is no total of the outcomes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 6, max: 40 }), (suites, tests) => {
        const doc = { status: 'pass', stats: { suites, tests, passes: tests, pending: 0, failures: 0 } };
        expect(statusContradiction(doc, '/status', 'pass'), JSON.stringify(doc)).toBeUndefined();
      }),
    );
  });

  it('a count of tests beside a number of another kind of item (steps, subtests, asserts) is no total of the outcomes', () => {
    fc.assert(
      fc.property(fc.constantFrom('tests', 'scenarios', 'test_cases', 'num_tests'), fc.constantFrom('steps', 'subtests', 'asserts', 'expectations', 'iterations', 'test_steps'), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 6, max: 60 }), (tests, other, count, items) => {
        const doc = { status: 'pass', [tests]: count, [other]: items, passed: items, failed: 0 };
        expect(statusContradiction(doc, '/status', 'pass'), JSON.stringify(doc)).toBeUndefined();
      }),
    );
  });
});
