/**
 * A measured value written as a YAML alias of a value anchored under a bound's name is a copy, never measured, whatever
 * language or disguise names the bound (red team tj, session 41): the names are read as a reader takes them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aliasOfABound } from '../../src/sdk/status-claims.js';

const BOUNDS = ['limits', 'thresholds', 'baseline', 'expected', 'umbral', 'límites', 'seuils', 'Schwellenwerte', 'Grenzwerte', 'soglia', '阈值', '基线', 'порог'];
const OWN = ['resultado', 'ergebnis', 'results', 'meta', 'summary', 'run', '结果', 'metrics'];
/** Spellings a reader takes for the same name: as written, in capitals, full width, with a zero-width space inside. */
const DISGUISES: ReadonlyArray<(w: string) => string> = [
  (w) => w,
  (w) => w.toUpperCase(),
  (w) => [...w].map((c) => (/[a-z]/u.test(c) ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c)).join(''),
  (w) => (w.length > 2 ? `${w.slice(0, 2)}\u200b${w.slice(2)}` : w),
  (w) => w.replace(/i/u, '\u0456'),
];

describe('aliasOfABound', () => {
  it('reads a value anchored under a bound in any language or disguise as copied (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BOUNDS), fc.constantFrom(...DISGUISES), (bound, disguise) => {
        const from = `/${disguise(bound)}/pass_rate_pct`;
        expect(aliasOfABound(new Map([['/result/pass_rate_pct', from]]), '/result/pass_rate_pct', 95)?.code, from).toBe('vacuous');
      }),
    );
  });
  it("leaves an alias of the run's own value (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...OWN), (own) => {
        expect(aliasOfABound(new Map([['/summary/total', `/${own}/tests`]]), '/summary/total', 12), own).toBeUndefined();
      }),
    );
  });
});
