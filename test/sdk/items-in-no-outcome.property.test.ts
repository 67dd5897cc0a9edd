// Counts beside a pass that leave items in no outcome, or whose items all never ran, in the spellings and nestings the
// first readers (unaccounted, zeroRan) do not read (countsLeaveItemsOut, src/sdk/status-claims.ts), as properties: a
// total under any of its names, written as a number, as text or with its noun; parts written as none or listed; a run's
// summary at any depth; and sound counts, JUnit's shape and other runs' counts that must never fail.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

/** `snake_case` or `camelCase` of some words. */
const spell = (words: readonly string[], camel: boolean): string => (camel ? words.map((w, i) => (i === 0 ? w : w[0]?.toUpperCase() + w.slice(1))).join('') : words.join('_'));

const totalName = fc.constantFrom(['total'], ['tests'], ['count'], ['num', 'tests'], ['test', 'count'], ['num', 'total', 'tests'], ['total', 'tests']);
const noneWritten = fc.constantFrom<unknown>(0, null, '', '-', 'N/A', 'none', 'zero', '0', []);
/**
 * A passed count of none other than zero itself (`passed: 0`, `"0"` and, since the one count reader of session 46,
 * `"zero"` are an older reader's `vacuous`: nothing passed).
 */
const passedNone = fc.constantFrom<unknown>(null, '', '-', 'N/A', 'none', []);
/** Objects of the run's own summary below the status (none: the status's own object). */
const ownChain = fc.array(fc.constantFrom('results', 'summary', 'stats', 'run', 'report', 'suite', 'testsuites'), { maxLength: 3 });
const otherRun = fc.constantFrom('history', 'baseline', 'previous_run', 'baseline_summary', 'main_run', 'expected');
const failName = fc.constantFrom('failed', 'failures', 'num_failed', 'numFailedTests');

/** The total as a reporter may write it: a number, digits as text, with its noun, or a numeral in words (12 only). */
function written(total: number, how: number): unknown {
  if (how === 1) return String(total);
  if (how === 2) return `${total} tests`;
  if (how === 3) return `${total} in all`;
  return total;
}

/** `doc` with `counts` placed in the objects of `chain` below the status. */
function nested(chain: readonly string[], counts: Record<string, unknown>): { doc: Record<string, unknown>; at: string } {
  let inner: Record<string, unknown> = counts;
  for (const name of [...chain].reverse()) inner = { [name]: inner };
  return { doc: { status: 'pass', ...inner }, at: chain.map((c) => `/${c}`).join('') };
}

describe('countsLeaveItemsOut', () => {
  it('finds items left in no outcome under any name of the total, however it and the parts are written, at any depth of the run summary', () => {
    fc.assert(
      fc.property(totalName, fc.boolean(), fc.integer({ min: 2, max: 5000 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 3 }), noneWritten, failName, ownChain, (name, camel, total, gapOf, how, failed, failKey, chain) => {
        const key = spell(name, camel);
        // At least one passed (none passed is an older reader's `vacuous`), at least one in no outcome.
        const passed = total - Math.min(total - 1, gapOf);
        const { doc, at } = nested(chain, { [key]: written(total, how), passed, [failKey]: failed });
        const found = statusContradiction(doc, '/status', 'pass');
        expect(found?.code).toBe('inconsistent_counts');
        expect(found?.pointer).toBe(`${at}/${key}`);
      }),
    );
  });

  // An entry holding a failed outcome's word (Japanese `NG`, `KO`, `×`, `A KO`) is a failure told, `contradiction`: another rule's case.
  const FAILED_ENTRY = /(?:^|[^\p{L}])(?:ng|ko|nok|not ok|\u00d7|fail\w*|error\w*|broken|crash\w*|panic\w*|timeout|oom|killed|aborted|unstable)(?![\p{L}])/iu;
  it('reads a passed count written as none, or listed, as the passes it counts', () => {
    fc.assert(
      fc.property(totalName, fc.integer({ min: 2, max: 500 }), fc.oneof(passedNone, fc.array(fc.string({ minLength: 1, maxLength: 8 }).filter((t) => !FAILED_ENTRY.test(t)), { maxLength: 1 })), noneWritten, (name, total, passed, failed) => {
        const key = spell(name, false);
        const found = statusContradiction({ status: 'pass', [key]: total, passed, failed, skipped: 0 }, '/status', 'pass');
        expect(found?.code).toBe('inconsistent_counts');
        expect(found?.pointer).toBe(`/${key}`);
      }),
    );
  });

  it('leaves counts that add up, JUnit shapes that count no passes, and other runs’ counts alone', () => {
    fc.assert(
      fc.property(totalName, fc.boolean(), fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 2 }), noneWritten, failName, ownChain, otherRun, (name, camel, total, skippedOf, how, failed, failKey, chain, other) => {
        const key = spell(name, camel);
        // Some item ran (every item skipped is an older reader's `vacuous`).
        const skipped = Math.min(total - 1, skippedOf);
        // Counts that add up, at any depth.
        expect(statusContradiction(nested(chain, { [key]: written(total, how), passed: total - skipped, [failKey]: failed, skipped }).doc, '/status', 'pass')).toBeUndefined();
        // JUnit's shape: no passed count, the rest left to passes.
        expect(statusContradiction(nested(chain, { [key]: written(total, how), failures: failed, errors: 0, skipped }).doc, '/status', 'pass')).toBeUndefined();
        // Another run's counts below the report, short or never run, beside this run's own that add up.
        const own = { [key]: total, passed: total, failed: 0 };
        expect(statusContradiction({ status: 'pass', ...own, [other]: { summary: { [key]: total + 2, passed: total, failed: 0 } } }, '/status', 'pass')).toBeUndefined();
        expect(statusContradiction({ status: 'pass', results: { ...own, [other]: { [key]: total, failed: 0, not_run: total } } }, '/status', 'pass')).toBeUndefined();
      }),
    );
  });

  it('finds a total all of whose items never ran, with nothing passed, under any name of those items', () => {
    // (`aborted: 2` beside a pass is an older reader's contradiction: aborted items are failures to it.)
    const notRan = fc.constantFrom('not_run', 'notRun', 'cancelled', 'canceled', 'deselected', 'disabled', 'ignored', 'excluded', 'numPendingTests', 'not_executed');
    fc.assert(
      fc.property(totalName, fc.integer({ min: 2, max: 5000 }), fc.integer({ min: 0, max: 20 }), notRan, noneWritten, ownChain, fc.boolean(), (name, total, skippedOf, never, failed, chain, passedZero) => {
        const key = spell(name, false);
        // At least two not run: a 1 under `cancelled` or `aborted` is also read as a flag of a run cut short (a contradiction).
        const skipped = Math.min(total - 2, skippedOf);
        const counts: Record<string, unknown> = { [key]: total, failed, skipped, [never]: total - skipped };
        if (passedZero) counts['passed'] = 0;
        const { doc, at } = nested(chain, counts);
        const found = statusContradiction(doc, '/status', 'pass');
        expect(found?.code).toBe('vacuous');
        // Where a passed count of 0 stands beside them, an older reader may name another count; the verdict is the same.
        if (!passedZero && chain.length > 1) expect(found?.pointer).toBe(`${at}/${never}`);
        // One more outcome that ran (`flaky: 1`) beside no passed count: the total is no longer all not run.
        if (!passedZero) expect(statusContradiction(nested(chain, { ...counts, [never]: total - skipped - 1, flaky: 1 }).doc, '/status', 'pass')?.code).not.toBe('vacuous');
      }),
    );
  });
});
