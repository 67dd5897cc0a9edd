// An outcome listed by its items beside a total is that many items in it, against the total as well as for it (found
// triaging fuzz seed 1523460186, session 43): parts that add up to more than the total fail inconsistent_counts whether
// each part is a number or a list, and a list beside its own count is counted once (partsAboveTotal, countedBeside).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const item = fc.oneof(
  fc.stringMatching(/^[a-z]{3,8}$/u),
  fc.record({ name: fc.stringMatching(/^[a-z]{3,8}$/u), reason: fc.constantFrom('windows only', 'needs a GPU', 'slow') }),
);
/** How the report writes an outcome of `n` items: a count, the list of its items, or both side by side (`skipped: 2, skipped_tests: […]`, GitLab's `skipped_count: 2, skipped: […]`). */
const written = fc.constantFrom('count', 'list', 'both', 'both counted');
const outcome = (name: string, items: unknown[], how: string): Record<string, unknown> =>
  how === 'count' ? { [name]: items.length }
  : how === 'list' ? { [name]: items }
  : how === 'both' ? { [name]: items.length, [`${name}_tests`]: items }
  : { [`${name}_count`]: items.length, [name]: items };

describe('outcome counts and lists against their total', () => {
  it('pass exactly when the parts, each counted once, add up to the total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.array(item, { maxLength: 4 }), fc.array(item, { maxLength: 4 }), written, written, fc.integer({ min: -3, max: 3 }), (passedCount, passedItems, skippedItems, passedHow, skippedHow, off) => {
        const passed = passedHow === 'count' ? Array.from({ length: passedCount }, (_, i) => `t${i}`) : passedItems.length > 0 ? passedItems : ['only'];
        const total = passed.length + skippedItems.length + off;
        if (total <= 0) return;
        const report = { status: 'passed', total, failed: 0, ...outcome('passed', passed, passedHow), ...(skippedItems.length > 0 ? outcome('skipped', skippedItems, skippedHow) : { skipped: 0 }) };
        const found = statusContradiction(report, '/status', 'passed');
        if (off === 0) expect(found, JSON.stringify(report)).toBeUndefined();
        else expect(found?.code, JSON.stringify(report)).toBe('inconsistent_counts');
      }),
    );
  });
});
