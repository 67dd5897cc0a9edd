// The status readers' count patterns (src/sdk/status-claims.ts countPattern) are compiled twice: with the vocabulary's
// numerals and with a numeral that matches nothing, and a text in which no numeral can stand (mayHoldNumeral) is read
// with the second. That is sound only while (1) mayHoldNumeral lets through every text the numerals match in, as the
// case-insensitive patterns read them, and (2) both patterns then find the same matches, groups and splits. Proven here
// on generated count lines, numerals in every case, glued to words and spelled near them among them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNT_PATTERNS_FOR_TESTS } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const { numeralPattern, numeralWords, mayHoldNumeral, patterns, endedWithLead, mayJoinACount } = COUNT_PATTERNS_FOR_TESTS;
const NUMERALS = new RegExp(numeralPattern(), 'iu');
const WORDS = numeralWords();
const ASCII_WORDS = WORDS.filter((w) => /^[\x20-\x7e]+$/.test(w));

/** A word in a random case: upper, capitalised, or one letter flipped. */
const recased = (w: string, how: number): string =>
  how === 0 ? w : how === 1 ? w.toUpperCase() : how === 2 ? w.charAt(0).toUpperCase() + w.slice(1) : w.replace(/[a-z]/, (c) => c.toUpperCase());
const numeral = fc.tuple(fc.constantFrom(...WORDS), fc.integer({ min: 0, max: 3 })).map(([w, how]) => recased(w, how));
/** Numerals cut or grown into other words (`seve`, `twos`, `onex`): what a line of ASCII holds where no numeral stands. */
const nearNumeral = fc
  .tuple(fc.constantFrom(...ASCII_WORDS), fc.integer({ min: 0, max: 3 }), fc.constantFrom('s', 'x', 'th', 'a', '', '1'))
  .map(([w, cut, tail]) => (cut === 0 ? w : w.slice(0, Math.max(1, w.length - cut))) + tail);
const PIECES = [
  'failed', 'Failed', 'FAILED', 'failures', 'errors', 'error', 'Error', 'passed', 'Tests', 'tests', 'flaky', 'known', 'crashed', 'timed out',
  'of', 'total', 'see log', 'Summary', 'fehlgeschlagen', 'II', 'iii', 'XII', 'IV', 'x', 'n/a', 'none', 'nil', 'zero', 'and', 'but', 'then', 'I', 'V',
  '失败', '三', 'два', 'ſeven', '\u212aeine',
];
const SEPS = [' ', '  ', ': ', '=', ', ', ' | ', ' / ', ' (', ') ', '(', ')', ' [', '] ', '{', '}', ' - ', ' + ', '; ', '', '.', '\t'];
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 2000 }).map(String) },
  { weight: 2, arbitrary: nearNumeral },
  { weight: 1, arbitrary: numeral },
  { weight: 1, arbitrary: fc.stringMatching(/^[ -~]{1,6}$/) },
);
const countLine = fc
  .array(fc.tuple(piece, fc.constantFrom(...SEPS)), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.map(([p, s]) => p + s).join('').trim());

const same = (full: RegExp, digits: RegExp, text: string): void => {
  if (full.global) {
    expect([...text.matchAll(digits)].map((m) => [m.index, ...m])).toEqual([...text.matchAll(full)].map((m) => [m.index, ...m]));
    expect(text.replace(digits, '<$&>')).toEqual(text.replace(full, '<$&>'));
  } else {
    const a = full.exec(text);
    const b = digits.exec(text);
    expect(b === null ? null : [b.index, ...b, b.groups]).toEqual(a === null ? null : [a.index, ...a, a.groups]);
    expect(text.split(digits)).toEqual(text.split(full));
  }
};

describe('count patterns read without numerals where none can stand', () => {
  it('the numerals are written in lower case, with no letter that folds to ASCII from beyond it (ſ, the Kelvin sign)', () => {
    for (const w of WORDS) expect(/[A-Z\u017f\u212a]/u.test(w), w).toBe(false);
  });

  it('the numerals add no capturing group: both patterns number their groups alike', () => {
    expect(new RegExp(`${numeralPattern()}|`, 'u').exec('')?.length).toBe(1);
    for (const [name, full, digits] of patterns()) expect(new RegExp(`${digits.source}|`, digits.flags.replace('g', '')).exec('')?.length, name).toBe(new RegExp(`${full.source}|`, full.flags.replace('g', '')).exec('')?.length);
  });

  it('every numeral, in any case, may stand in a text that holds it', () => {
    for (const w of WORDS) for (let how = 0; how < 4; how++) expect(mayHoldNumeral(`Failed: ${recased(w, how)}`), w).toBe(true);
  });

  it('a text mayHoldNumeral turns away holds no numeral the case-insensitive patterns read', () => {
    fc.assert(
      fc.property(countLine, (text) => {
        if (!mayHoldNumeral(text)) expect(NUMERALS.test(text), text).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('where no numeral can stand, both patterns find the same matches, groups and splits', () => {
    const built = patterns();
    let read = 0;
    fc.assert(
      fc.property(countLine, (text) => {
        if (mayHoldNumeral(text)) return;
        read++;
        for (const [, full, digits] of built) same(full, digits, text);
      }),
      { numRuns: 2000 },
    );
    // Most generated lines must reach the comparison, or the property proves nothing.
    expect(read).toBeGreaterThan(500);
  });

  it('a text the cheap joiner test turns away is one the lead of how a run ended never matches', () => {
    // Lines built as the pattern reads them (a mark, what ran, how it ended, a joiner, a count) and cut or spaced around
    // the joiner, among generated count lines.
    const LEADS = ['', '✅ ', '- ', 'tests ', 'Build ', 'all tests '];
    const ENDED = ['passed', 'PASSED', 'succeeded', 'bestanden', 'réussi', '通过', 'passes', 'ended up', ''];
    const JOINERS = ['with', 'WITH', 'w/', 'despite', 'mit', 'avec', 'z', 'с', '但有', 'and', 'but', 'albeit with', 'in  spite of', 'with\n', 'wit', 'withx'];
    const TAILS = ['3 failures', ' 3 errors', 'III failures', 'errors', 'an error', 'two failed', 'drei Fehlern', '', ' ', '\n3 failed', '.', '(2)', 'only 2 failures'];
    const built = fc
      .tuple(fc.constantFrom(...LEADS), fc.constantFrom(...ENDED), fc.constantFrom(' ', '', ' - ', '  '), fc.constantFrom(...JOINERS), fc.constantFrom(' ', '', '\t'), fc.constantFrom(...TAILS))
      .map((parts) => parts.join(''));
    const gate = mayJoinACount();
    let matched = 0;
    fc.assert(
      fc.property(fc.oneof(built, countLine), (text) => {
        if (endedWithLead(text).test(text)) {
          matched++;
          expect(gate.test(text), text).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
    expect(matched).toBeGreaterThan(300);
    // What it is for: the ids, dates and names beside most statuses never build the full pattern.
    for (const text of ['20260309T101500Z', 'pi.ext.regression_verdict.v1', 'bd-3ar8v.3.8', 'ready', 'tests/perf/reports/phase1_matrix_validation.json']) expect(gate.test(text), text).toBe(false);
  });
});
