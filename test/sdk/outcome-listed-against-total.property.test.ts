// An outcome listed by its items beside a total is that many items in it, against the total as well as for it (found
// triaging fuzz seed 1523460186, session 43; red team xm): an outcome holds as many items as the larger of its counts and
// its longest list (a list of groups, as many as their counts; a list longer than its count belies it: red team xc), so
// parts above the total fail inconsistent_counts and parts below it leave items in no outcome, whether each part is a
// number, a list, a list beside its own count or the same list under two names (partsAboveTotal, unaccounted,
// leftInNoOutcome -> listedBeyondCounts, listedItems; countBeliedByItsList).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const name = fc.stringMatching(/^[a-z]{3,8}$/u);
/** A list of `n` items as a report writes one: names, entries with a reason, or groups each with how many it holds. */
const listOf = (n: number) =>
  fc.oneof(
    fc.array(name, { minLength: n, maxLength: n }),
    fc.array(fc.record({ name, reason: fc.constantFrom('windows only', 'needs a GPU', 'slow') }), { minLength: n, maxLength: n }),
    fc.constant(n === 0 ? [] : n === 1 ? [{ reason: 'windows only', count: 1 }] : [{ reason: 'windows only', count: n - 1 }, { reason: 'safari only', count: 1 }]),
  );
/** One outcome: maybe a count, and up to two lists under its other names; `items` is what it holds. */
const outcome = (count: string, lists: readonly [string, string]) =>
  fc
    .record({ counted: fc.option(fc.nat(6), { nil: undefined }), listed: fc.array(fc.nat(6), { maxLength: 2 }) })
    .chain(({ counted, listed }) =>
      fc.tuple(...listed.map((n) => listOf(n))).map((written) => {
        const fields: Record<string, unknown> = counted === undefined ? {} : { [count]: counted };
        written.forEach((list, i) => (fields[lists[i] as string] = list));
        const items = Math.max(counted ?? 0, ...listed.filter((_, i) => written[i] !== undefined && (written[i] as unknown[]).length > 0));
        // A list longer than its outcome's count belies the count (countBeliedByItsList), whatever the total.
        const belied = counted !== undefined && listed.some((n) => n > counted);
        return { fields, items, belied, present: counted !== undefined || listed.some((n) => n > 0) };
      }),
    );

describe('outcome counts and lists against their total', () => {
  it('pass exactly when no list belies its count and the outcomes, each its larger of count and longest list, add up to the total', () => {
    fc.assert(
      fc.property(outcome('passed', ['passes', 'passed_tests']), outcome('skipped', ['skips', 'skipped_tests']), fc.integer({ min: -3, max: 3 }), (passed, skipped, off) => {
        // A passed count of 0 beside listed passes says nothing passed (vacuous either way): not this rule's case.
        if (!passed.present || passed.items === 0 || passed.fields.passed === 0) return;
        const total = passed.items + skipped.items + off;
        if (total <= 0) return;
        const report = { status: 'passed', total, failed: 0, ...passed.fields, ...(skipped.present ? skipped.fields : { skipped: 0 }) };
        const found = statusContradiction(report, '/status', 'passed');
        if (off === 0 && !passed.belied && !skipped.belied) expect(found, JSON.stringify(report)).toBeUndefined();
        else expect(found?.code, JSON.stringify(report)).toBe('inconsistent_counts');
      }),
    );
  });
});
