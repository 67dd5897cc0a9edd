// A total of none beside a pass in the shapes zeroRan does not read (noneInAll in countsLeaveItemsOut,
// src/sdk/status-claims.ts), and outcomes listed by their items or named in another language (itemsListed,
// OTHER_NOT_RAN_COUNT_NAMES), as properties: every spelling of none at every depth of the run's summary is vacuous, and
// a sound report (its parts add up, listed or counted) never fails.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const totalKey = fc.constantFrom('total', 'tests', 'num_tests', 'total_tests', 'testCount', 'count');
/** None as a report may write its total: digits as text, full width, with a noun, in words of some language. */
const noneText = fc.constantFrom('0', '０', '0 tests', '0 cases', 'zero', 'zero tests', 'Zero', 'ноль', '零', 'cero', 'zéro', '0 casos', ' 0 ');
// (`"0\u200b"`, a zero with an invisible character, is an older reader's `wrong_type`: a count in disguise.)
/** Objects of the run's own summary below the status, the first one beside it. */
const chain = fc.array(fc.constantFrom('results', 'summary', 'stats', 'run', 'report'), { maxLength: 3 });

function nested(names: readonly string[], counts: Record<string, unknown>): { doc: Record<string, unknown>; at: string } {
  let inner: Record<string, unknown> = counts;
  for (const name of [...names].reverse()) inner = { [name]: inner };
  return { doc: { status: 'pass', ...inner }, at: names.map((c) => `/${c}`).join('') };
}

describe('noneInAll', () => {
  it('reads a total of none written as text or in words, or as 0 below the status, as a run of nothing', () => {
    fc.assert(
      fc.property(totalKey, fc.oneof(noneText, fc.constant<unknown>(0)), chain, fc.boolean(), (key, none, names, withFailed) => {
        // A numeric 0 in the status's own object is zeroRan's (also vacuous); below it and as text it is noneInAll's.
        const { doc, at } = nested(names, { [key]: none, ...(withFailed ? { failed: 0 } : {}) });
        const found = statusContradiction(doc, '/status', 'pass');
        expect(found?.code).toBe('vacuous');
        expect(found?.pointer).toBe(`${at}/${key}`);
      }),
    );
  });

  it('leaves a total of none alone beside another count above zero in its object (what ran may be that), or when it counts findings by severity', () => {
    fc.assert(
      fc.property(totalKey, noneText, chain, fc.integer({ min: 1, max: 500 }), fc.boolean(), fc.constantFrom('packages', 'files', 'modules'), (key, none, names, more, severity, other) => {
        const counts = severity ? { critical: 0, high: 0, moderate: 0, low: 0, [key]: none } : { [key]: none, [other]: more };
        const { doc } = nested(names, counts);
        expect(statusContradiction(doc, '/status', 'pass')).toBeUndefined();
      }),
    );
  });
});

describe('itemsListed and the not-run names of other languages', () => {
  it('counts an outcome listed by its items beside a total, so sound parts never fail', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.array(fc.record({ name: fc.string({ minLength: 1, maxLength: 6 }), reason: fc.constantFrom('windows only', 'flaky', 'no gpu') }), { minLength: 1, maxLength: 5 }), fc.constantFrom('skipped', 'skipped_tests', 'flaky'), (passed, listed, key) => {
        const doc = { status: 'pass', total: passed + listed.length, passed, failed: 0, [key]: listed };
        expect(statusContradiction(doc, '/status', 'pass')).toBeUndefined();
      }),
    );
  });

  it('reads a total all not run, named in another language, as vacuous, and a few of them as an outcome', () => {
    fc.assert(
      fc.property(fc.constantFrom('nicht_ausgeführt', 'non_exécutés', 'no_ejecutados', 'не_выполнено', '未执行', '未実行', 'niet_uitgevoerd'), fc.integer({ min: 2, max: 300 }), fc.integer({ min: 1, max: 299 }), (key, total, ran) => {
        expect(statusContradiction({ status: 'pass', total, failed: 0, [key]: total }, '/status', 'pass')?.code).toBe('vacuous');
        const passed = Math.min(ran, total - 1);
        expect(statusContradiction({ status: 'pass', total, passed, failed: 0, [key]: total - passed }, '/status', 'pass')).toBeUndefined();
      }),
    );
  });
});
