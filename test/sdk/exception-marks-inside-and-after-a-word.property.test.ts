// An exception's members part at a comma drawn on a word's last letter (a combining comma, a low accent), at a list mark
// written as an escape, and at a sentence's end in another script (danda, shad); and a mark inside one word or number
// parts nothing: an apostrophe between letters (`O'Brien`), Catalan `l·l`, a katakana name's middle dot, a digit
// group's or decimal mark (`1,024`, `١٫٥`), a version's comparison in a bracket, a quotation standing alone (helper xe,
// session 44: withMemberBreaksMarked, markOnALetterDrawn, partsMembersAlone, bracketNamesItsMember).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import { listMarkDrawn, markInsideAWordDrawn, markOnALetterDrawn } from '../../src/util/text-classes.js';
import '../helpers/fc-seed.js';

const beside = (text: string) => statusContradiction({ status: 'passed', summary: text }, '/status', 'passed');

/** Every character the shared fold asks for, found by asking it (not a hand list). */
function charsWhere(test: (c: string) => boolean): string[] {
  const found: string[] = [];
  for (let cp = 0x80; cp < 0x20000; cp++) {
    if (cp >= 0xd800 && cp < 0xe000) continue;
    const c = String.fromCodePoint(cp);
    if (test(c)) found.push(c);
  }
  return found;
}
const COMMAS_ON_A_LETTER = charsWhere((c) => markOnALetterDrawn(c) !== undefined);
// Sentence stops of other scripts (Unicode's Sentence_Terminal) that compatibility decomposition does not read as ASCII.
const STOPS = charsWhere((c) => /\p{Sentence_Terminal}/u.test(c) && !/^[\x00-\x7f]+$/u.test(c.normalize('NFKC')));
const none = fc.constantFrom('no tests failed', '0 failures', 'nothing failed');
const except = fc.constantFrom('except', 'other than', 'apart from');
const member = fc.constantFrom('checkout', 'deploy', 'payments');

describe('members parted by a comma on a letter, an escaped mark or another script\'s stop', () => {
  it('reads the combining commas and low accents by their names', () => {
    expect(['\u0326', '\u0313', '\u0312', '\u02cf'].map(markOnALetterDrawn)).toEqual([',', ',', ',', ',']);
    expect(['\u0301', '\u0327', 'a', '\u02bc'].map(markOnALetterDrawn)).toEqual([undefined, undefined, undefined, undefined]);
    expect(['\u066c', '\u0375'].map(listMarkDrawn)).toEqual([',', ',']);
    expect(STOPS).toEqual(expect.arrayContaining(['\u0964', '\u0965', '\u1362', '\u06d4']));
  });
  it('fails when a tolerated member is parted from an untolerated one by any of them', () => {
    fc.assert(
      fc.property(none, except, fc.constantFrom(...COMMAS_ON_A_LETTER, ...STOPS, '\u0f0d', '\\u201a', '\\u002c', '\\u060c', '\\x2c'), member, (n, e, m, name) => {
        const text = `${n} ${e} flaky login${m} ${name}`;
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('passes when every member so parted is tolerated, or the mark ends the text', () => {
    fc.assert(
      fc.property(none, except, fc.constantFrom(...COMMAS_ON_A_LETTER, ...STOPS, '\u0f0d', '\\u201a'), (n, e, m) => {
        for (const text of [`${n} ${e} flaky login${m} quarantined checkout`, `${n} ${e} flaky login${m}`]) expect(beside(text), text).toBeUndefined();
      }),
    );
  });
  it('keeps a comma below or a breathing composed into its letter in the word', () => {
    for (const text of ['0 failures except flaky oras\u0326', '0 failures except flaky pret\u0326 test', '0 failures except flaky \u03b1\u0313\u03bb\u03c6\u03b1 test'])
      expect(beside(text), text).toBeUndefined();
  });
});

const digits = fc.stringMatching(/^[1-9][0-9]{0,2}$/u);
const group = fc.stringMatching(/^[0-9]{1,3}$/u);
const arabic = (d: string): string => d.replace(/[0-9]/gu, (x) => String.fromCodePoint(0x660 + Number(x)));

describe('a mark inside one word or number', () => {
  it('parts nothing between digits, in any digits', () => {
    fc.assert(
      fc.property(none, except, digits, fc.constantFrom(',', "'", '\u066b', '\u066c', '\u2019'), group, fc.boolean(), (n, e, a, sep, b, inArabic) => {
        const number = inArabic ? arabic(`${a}${sep}${b}`) : `${a}${sep}${b}`;
        const text = `${n} ${e} flaky login after ${number} runs (${number} s)`;
        expect(beside(text), text).toBeUndefined();
      }),
    );
  });
  it('parts nothing as an apostrophe between letters, and makes no join of a letter beside it', () => {
    fc.assert(
      fc.property(none, except, fc.constantFrom('o', 'y', 'e', 'u', 'l', 'd', 'O'), fc.constantFrom("'", '\u2019'), fc.constantFrom('Brien', 'auth', 'checkout', 'Neill'), (n, e, head, apostrophe, tail) => {
        const text = `${n} ${e} flaky ${head}${apostrophe}${tail} test`;
        expect(beside(text), text).toBeUndefined();
      }),
    );
  });
  it('parts nothing as Catalan l·l or a katakana name\'s middle dot, but parts other words it stands between', () => {
    for (const text of ['0 failures except flaky col·lecció test', '0 failures except flaky paral·lel checkout', '0 failures except flaky PARAL·LEL checkout', '0 failures except flaky ログイン・テスト', '0 failures except flaky ログイン･テスト'])
      expect(beside(text), text).toBeUndefined();
    for (const text of ['0 failures except flaky login·checkout', '0 failures except flaky ログイン・決済', '0 failures except flaky col·lecció, checkout'])
      expect(beside(text)?.code, text).toBe('contradiction');
  });
  it('reads a version bound in a bracket and a quotation standing alone as parts of one member', () => {
    fc.assert(
      fc.property(none, except, fc.constantFrom('>=', '>', '<=', '~>', '^', '\u2265', '\u2264'), fc.boolean(), fc.constantFrom(['\u00ab', '\u00bb'], ['\u201c', '\u201d'], ['\u2039', '\u203a'], ['\u300c', '\u300d']), (n, e, op, spaced, [open, close]) => {
        for (const text of [`${n} ${e} flaky login (node ${op}${spaced ? ' ' : ''}18)`, `${n} ${e} the flaky ${open} login ${close} test`]) expect(beside(text), text).toBeUndefined();
        expect(beside(`${n} ${e} flaky login (node ${op}18), checkout`)?.code).toBe('contradiction');
        expect(beside(`${n} ${e} the flaky ${open} login ${close}, checkout`)?.code).toBe('contradiction');
      }),
    );
  });
});

// Every mark drawn as an apostrophe or a hyphen, found by asking the fold (helper zd, session 45: markInsideAWordDrawn).
const MARKS_INSIDE_A_WORD = charsWhere((c) => markInsideAWordDrawn(c) !== undefined);

describe('a mark drawn as an apostrophe or a hyphen between two letters', () => {
  it('is found by the fold, never a list\'s mark, a sentence\'s end or a dash', () => {
    expect(MARKS_INSIDE_A_WORD).toEqual(expect.arrayContaining(['\u2018', '\u00b4', '\u2032', '\u2011', '\u2010', '\u2212', '\uff07']));
    expect(['\u055d', '\u201a', '\u06d4', '\u2013', '\u2014', ',', 'a'].map(markInsideAWordDrawn)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
    for (const c of MARKS_INSIDE_A_WORD) expect(listMarkDrawn(c), c).toBeUndefined();
  });
  it('parts nothing and makes no join of the one letter before it', () => {
    fc.assert(
      fc.property(none, except, fc.constantFrom('o', 'O', 'e', 'y', 'u', 'i'), fc.constantFrom(...MARKS_INSIDE_A_WORD), fc.constantFrom('Brien', 'mail', 'auth', 'checkout'), fc.boolean(), (n, e, head, mark, tail, word) => {
        const text = `${n} ${e} flaky ${head}${mark}${tail}${word ? ' test' : ''}`;
        expect(beside(text), text).toBeUndefined();
      }),
    );
  });
  it('still lets a second member after that name be read as failed', () => {
    fc.assert(
      fc.property(none, except, fc.constantFrom('o', 'e', 'y'), fc.constantFrom(...MARKS_INSIDE_A_WORD), fc.constantFrom(', ', ' and ', '; '), member, (n, e, head, mark, join, name) => {
        const text = `${n} ${e} flaky ${head}${mark}Brien${join}${name}`;
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('reads a doubled plus ending a name as the name\'s, and a plus between words as a list\'s', () => {
    fc.assert(
      fc.property(none, except, fc.constantFrom('C', 'c', 'g', 'Notepad', 'e'), fc.constantFrom('bindings', 'build', 'plugin'), member, (n, e, lang, tail, name) => {
        expect(beside(`${n} ${e} flaky ${lang}++ ${tail}`), `${lang}++ ${tail}`).toBeUndefined();
        expect(beside(`${n} ${e} flaky ${lang}++ ${tail}, ${name}`)?.code, `${lang}++ ${tail}, ${name}`).toBe('contradiction');
        expect(beside(`${n} ${e} flaky ${tail}+${name}`)?.code, `${tail}+${name}`).toBe('contradiction');
      }),
    );
  });
});
