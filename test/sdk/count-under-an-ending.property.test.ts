// Red team xw (closed session 42): in the place of a blocker's count, an English ending (-ed, -ing, -er, -ly) written on
// number words — one of any list that is no word of prose, or several joined — is no English paraphrase but a count, never
// the blocker's (fail-closed); beside the blocker's own count a participle that multiplies or grows it writes another.
// English participles of the items (`queued`, `buffered`) still cover it, alone in its place or beside its own count.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemsNotNamed } from '../../src/core/waiver-items.js';
import '../helpers/fc-seed.js';

const blockers = ['phase 1 matrix not ready for phase 5: re-run pending', 'queue saturation unresolved at 2048 items'];
const check = { id: 'ready', status: 'fail' as const, code: 'not_ready', message: 'blocked', failing: blockers };
const waiverAt = (count: string): string => `the phase 1 matrix is not ready for phase 5, and queue saturation at ${count} items, until the new runners land`;

const plainNumberWord = fc.constantFrom('four', 'seven', 'twenty', 'ninety', 'thousand', 'hundred', 'million', 'dozen', 'zwei', 'vier', 'tausend', 'hundert', 'quattro', 'novanta', 'cuatro', 'duizend', 'tusen', 'deux', 'quarante');
const anyNumberWord = fc.oneof(plainNumberWord, fc.constantFrom('ten', 'fold', 'sei', 'tre', 'due'));
/** Number words joined, at least one no word of prose (`fourthousand`, `zweitausend`, `tenfold`). */
const numberWords = fc.tuple(plainNumberWord, fc.array(anyNumberWord, { maxLength: 2 }), fc.boolean()).map(([plain, more, first]) => (first ? [plain, ...more] : [...more, plain]).join(''));
const ending = fc.constantFrom('ed', 'ing', 'er', 'ers', 'ly', 'est');
/** An ending as English writes it on the stem: a final `e` dropped before a vowel, a `y` written `i`. */
const underAnEnding = (stem: string, end: string): string => {
  if (/^[aeiou]/u.test(end) && stem.endsWith('e')) return `${stem.slice(0, -1)}${end}`;
  if (stem.endsWith('y') && end !== 'ing') return `${stem.slice(0, -1)}i${end}`;
  return `${stem}${end}`;
};

describe('number words under an English ending in the place of a blocker\'s count', () => {
  it('are another count: the waiver does not cover the blocker', () => {
    fc.assert(
      fc.property(numberWords, ending, (stem, end) => {
        const word = underAnEnding(stem, end);
        fc.pre(word.length >= 5);
        expect(itemsNotNamed([check], waiverAt(word)), word).toEqual([blockers[1]]);
      }),
    );
  });
  it('beside the blocker\'s own count, a multiplying or growing participle is another count', () => {
    fc.assert(
      fc.property(fc.constantFrom('octupled', 'trebled', 'sextupled', 'decupled', 'tenfolded', 'increased', 'exponentiated', 'thousanded', 'raised'), fc.boolean(), (word, before) => {
        const run = before ? `${word} 2048` : `2048 ${word}`;
        expect(itemsNotNamed([check], waiverAt(run)), run).toEqual([blockers[1]]);
      }),
    );
  });
  it('English participles of the items still cover it, alone or beside its own count', () => {
    fc.assert(
      fc.property(fc.constantFrom('queued', 'pending', 'buffered', 'outstanding', 'unacknowledged', 'nightly', 'setting', 'fired', 'increased', 'folded'), fc.boolean(), (word, own) => {
        fc.pre(!(own && word === 'increased'));
        const run = own ? `2048 ${word}` : word;
        expect(itemsNotNamed([check], waiverAt(run)), run).toEqual([]);
      }),
    );
  });
});
