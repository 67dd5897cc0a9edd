// Red team (helper xp, session 42): the route for lower-case numbered tracker ids (isLowerNumberedId →
// lowerNumberedIdReason, src/util/text-classes.ts) claims to read every id it takes exactly as the full reading
// (placeholderAsWrittenRead) does, while running three of its readings. Attacked here with ids built from what the
// left-out readings look for: placeholder words split by digits, dashes and dots (`tb-d2`, `x2-todo`, `fix2me`), digits
// drawn as letters (`t0d0`, `5oon`, `9o`, `6ar`), filler words (`xxx`, `foo`, `dummy`, `changeme`), one letter repeated,
// counting digits, dates and times, missing values (`none`, `null`, `nil`), other languages' words, stub phrases and lorem
// ipsum, digest names and zero runs, and the edges of the guard itself (`t`/`j` first, only 0 and 1 for digits, hex only,
// 21 and 22 characters). For every id the guard takes, both readings give the same answer (reason text included).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLowerNumberedId, lowerNumberedIdReason, PLACEHOLDER_WORDS, placeholderAsWrittenRead, placeholderReason } from '../../src/util/text-classes.js';
import '../helpers/fc-seed.js';

/** Placeholder words in lower-case ASCII, their spaces and slashes written as the id's own separators or dropped. */
const PLACEHOLDER_PIECES = [...new Set(PLACEHOLDER_WORDS.filter((w) => /^[a-z0-9 ./-]+$/u.test(w)).flatMap((w) => [w.replace(/[ /]+/gu, '-'), w.replace(/[ /]+/gu, '')]))];
const FILLER = [
  'tb', 'd', 'td', 'todo', 'to', 'do', 'fix', 'me', 'fixme', 'xxx', 'xx', 'zzz', 'aaa', 'abc', 'foo', 'bar', 'baz', 'qux', 'dummy', 'sample', 'example', 'changeme', 'placeholder',
  'asdf', 'qwer', 'hjkl', 'none', 'null', 'nil', 'nul', 'na', 'n', 'unset', 'unknown', 'missing', 'default', 'empty', 'blank', 'stub', 'wip', 'tbd', 'tba', 'tbc', 'tk', 'hack',
  'keine', 'leer', 'vide', 'nvt', 'geen', 'brak', 'folgt', 'nessuno', 'ninguno', 'nenhum', 'aucun', 'inconnu', 'neant', 'vacio', 'vuoto',
  'coming', 'soon', 'be', 'determined', 'here', 'goes', 'go', 'will', 'follow', 'later', 'not', 'yet', 'work', 'in', 'progress', 'pending', 'notes', 'section', 'release', 'date', 'owner', 'by', 'see', 'per',
  'lorem', 'ipsum', 'dolor', 'sit', 'amet', 'consectetur', 'adipiscing', 'elit', 'sed', 'eiusmod', 'tempor', 'ut', 'et', 'ad', 'ex', 'ea',
  'yyyy', 'mm', 'dd', 'hh', 'ss', 'thu', 'jan', 'utc', 'gmt', 'z', 'x', 'y', 'v', 'bd', 'gh', 'pi', 'q', 'rn', 'm',
  'sha', 'md', 'crc', 'git', 'xxh', 'blake', 'uuid', 'oid', 'hash', 'digest', 'deadbeef', 'cafe', 'babe', 'f00d', 'c0ffee', 'e3b0c442',
];
/** Digits as a placeholder holds them: counting runs, dates and times, zero runs, one digit repeated. */
const DIGIT_PIECES = ['2', '3', '5', '7', '9', '0', '1', '12', '123', '2345', '1234', '123456', '9876', '42', '1970', '0001', '01', '00', '19700101', '000000', '0000000', '00000000', '2222', '99'];
/** Each letter a reader may take a digit for (`5oon`, `9o`, `6ar`, `3xample`, `t0d0`, `1orem`): the ASCII fold keeps 2-9 as digits. */
const DIGIT_FOR_LETTER: Readonly<Record<string, string>> = { o: '0', l: '1', i: '1', s: '5', g: '9', b: '6', e: '3', a: '4', t: '7', z: '2', q: '9' };
const drawnWithDigits = (w: string, mask: number): string => [...w].map((c, k) => ((mask >> k) & 1 && DIGIT_FOR_LETTER[c] !== undefined ? DIGIT_FOR_LETTER[c] : c)).join('');
/** Only the digits the look-alike fold draws back as letters (`l0rem`, `s00n`, `c0m1ng`): what the route reads in its fold. */
const drawnAsLetters = (w: string, mask: number): string => [...w].map((c, k) => ((mask >> k) & 1 ? ({ o: '0', l: '1', i: '1' } as Record<string, string>)[c] ?? c : c)).join('');

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...FILLER), weight: 5 },
  { arbitrary: fc.constantFrom(...PLACEHOLDER_PIECES), weight: 3 },
  { arbitrary: fc.constantFrom(...DIGIT_PIECES), weight: 3 },
  { arbitrary: fc.tuple(fc.constantFrom(...FILLER, ...PLACEHOLDER_PIECES), fc.nat(255)).map(([w, mask]) => drawnWithDigits(w, mask)), weight: 3 },
  { arbitrary: fc.tuple(fc.constantFrom(...'abxyzgn'), fc.integer({ min: 2, max: 9 })).map(([c, n]) => c.repeat(n)), weight: 1 },
  { arbitrary: fc.stringMatching(/^[a-z0-9]{1,5}$/), weight: 1 },
);
/** What parts the pieces inside a part: nothing, a dash, a digit (`tb2d`, `fix2me`), or a dot. */
const inner = fc.constantFrom('', '', '-', '2', '3', '7', '9', '0', '1', '.');
const runOf = (maxLength: number) => fc.array(fc.tuple(piece, inner), { minLength: 1, maxLength }).map((ps) => ps.map(([p, s], k) => (k === ps.length - 1 ? p : p + s)).join(''));
const run = runOf(4);
/** Free runs (whatever shape they make) and PREFIX-HASH.N… shapes with a digit 2-9 placed where the guard wants one. */
const freeIds = fc.tuple(run, fc.constantFrom('', '2', '.2', '.12', '-2', '9', '.3.4')).map(([s, tail]) => s + tail);
const shapedIds = fc
  .tuple(runOf(2), runOf(3), fc.constantFrom('', '2', '5', '9', '23'), fc.array(fc.constantFrom(...DIGIT_PIECES), { maxLength: 2 }))
  .map(([prefix, hash, digit, children]) => [`${prefix.replace(/[.-]/gu, '')}-${hash.replace(/[.-]/gu, '')}${digit}`, ...children].join('.'));
/** Two or three words as a tracker id holds them (`lorem-ipsum2`, `coming-soon2`, `dolor-sit2amet`, `bd-t0d0.2`): PREFIX-WORD, digits after or between. */
/** Words of the lorem ipsum passage and of stub phrases, which the kept readings find: drawn often, so that the route is seen finding them. */
const PHRASE_WORDS = ['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'consectetur', 'adipiscing', 'elit', 'sed', 'eiusmod', 'tempor', 'ut', 'et', 'ad', 'ex', 'ea', 'in', 'id', 'coming', 'soon', 'here', 'later', 'stub', 'wip', 'tbd'];
const word = fc.oneof(
  { arbitrary: fc.constantFrom(...PHRASE_WORDS), weight: 3 },
  { arbitrary: fc.constantFrom(...FILLER), weight: 2 },
  { arbitrary: fc.tuple(fc.constantFrom(...FILLER, ...PHRASE_WORDS), fc.nat(255)).map(([w, mask]) => drawnWithDigits(w, mask)), weight: 2 },
  { arbitrary: fc.tuple(fc.constantFrom(...PHRASE_WORDS), fc.nat(255)).map(([w, mask]) => drawnAsLetters(w, mask)), weight: 2 },
);
const wordIds = fc
  .tuple(word, word, fc.constantFrom('2', '3', '9', '23', '0', '1', ''), fc.option(word, { nil: '' }), fc.constantFrom('', '', '.2', '.12.3'))
  .map(([prefix, hash, digits, more, children]) => `${prefix}-${hash}${digits}${more}${children}`);
/** A digest's name and its zeros inside the id (`x2-oid0000000`, `bd-md50000000.2`): the zero digest the route keeps reading. */
const zeroIds = fc
  .tuple(fc.constantFrom('x2', 'bd', 'a3', 'oid', 'hash'), fc.constantFrom('', 'md5', 'sha1', 'sha256', 'crc32', 'xxh64', 'hash', 'digest', 'oid', 'uuid', 'checksum', 'x', '2'), fc.integer({ min: 5, max: 12 }), fc.constantFrom('', '.2', '.12', '2', 'x'))
  .map(([prefix, name, zeros, tail]) => `${prefix}-${name}${'0'.repeat(zeros)}${tail}`);
/** The guard's own edges: a `t` or `j` first, 0 and 1 the only digits, hex only, 21 and 22 characters, a capital. */
const edges = fc.tuple(fc.oneof(wordIds, freeIds, shapedIds), fc.constantFrom<(s: string) => string>(
  (s) => `t${s}`,
  (s) => `j${s}`,
  (s) => s.replace(/[2-9]/gu, '0'),
  (s) => s.replace(/[2-9]/gu, '1'),
  (s) => s.replace(/[g-z]/gu, 'f'),
  (s) => s.padEnd(21, '2'),
  (s) => s.padEnd(22, '2'),
  (s) => s.slice(0, 21),
  (s) => s.replace(/[a-z]/u, (c) => c.toUpperCase()),
)).map(([s, edit]) => edit(s));

describe('the route for lower-case numbered ids reads as the full reading (red team)', () => {
  it('gives the full reading\'s answer on every id it takes, placeholders among them', () => {
    let taken = 0;
    let found = 0;
    fc.assert(
      fc.property(fc.oneof({ arbitrary: wordIds, weight: 5 }, { arbitrary: shapedIds, weight: 3 }, { arbitrary: freeIds, weight: 2 }, { arbitrary: zeroIds, weight: 1 }, { arbitrary: edges, weight: 2 }), (s) => {
        if (!isLowerNumberedId(s)) return;
        taken++;
        const routed = lowerNumberedIdReason(s);
        if (routed !== undefined) found++;
        expect(routed, JSON.stringify(s)).toBe(placeholderAsWrittenRead(s));
      }),
      { numRuns: 12_000 },
    );
    // The generators reach the route, and the readings it keeps find placeholders in what it takes.
    expect(taken).toBeGreaterThan(2500);
    expect(found).toBeGreaterThan(25);
  });

  it('agrees on every short id over the letters and digits at the guard\'s edges', () => {
    // Every PREFIX-HASH of a one-letter prefix and a hash of up to four of these (f and g at the hex edge, t and j, 0 1 2 9,
    // o l s e: letters the fold or a reader trades for digits, n u for `nan` and `nul`).
    const alphabet = [...'afgjlnostx0129'];
    let taken = 0;
    const walk = (s: string, depth: number): void => {
      if (isLowerNumberedId(s)) {
        taken++;
        expect(lowerNumberedIdReason(s), s).toBe(placeholderAsWrittenRead(s));
      }
      if (depth > 0) for (const c of alphabet) walk(s + c, depth - 1);
    };
    for (const prefix of ['a', 'n', 'g']) walk(`${prefix}-`, 4);
    expect(taken).toBeGreaterThan(40_000);
  });

  it('finds what the kept readings find in ids it takes, and leaves the rest to the full reading', () => {
    // Taken, found by a kept reading (lorem ipsum, a stub phrase), as the full reading finds them.
    // `l0rem-ipsum2` and `c0ming-s00n2` are found only in the look-alike fold (`lorem-ipsum2`, `coming-soon2`).
    for (const s of ['lorem-ipsum2', 'coming-soon2', 'ad-ut2in3et', 'l0rem-ipsum2', 'c0ming-s00n2', 'x2-oid0000000', 'bd-md50000000.2']) {
      expect(isLowerNumberedId(s), s).toBe(true);
      expect(lowerNumberedIdReason(s), s).toBeDefined();
      expect(lowerNumberedIdReason(s), s).toBe(placeholderAsWrittenRead(s));
    }
    // Taken, nothing found by either reading: a digit 2-9 inside or after a word leaves no placeholder word whole.
    for (const s of ['bd-fix2me', 'bd-xxx2', 'bd-dummy2', 'bd-changeme2', 'none-null2', 'bd-keine2', 'bd-5oon2', 'bd-t0d0.2', 'owner-tbd2']) {
      expect(isLowerNumberedId(s), s).toBe(true);
      expect(lowerNumberedIdReason(s), s).toBeUndefined();
      expect(placeholderAsWrittenRead(s), s).toBeUndefined();
    }
    // Not taken: a placeholder after the prefix, hex only, a zero run of digest length; the full reading answers.
    for (const s of ['x2-todo', 'bd-00000000000000000000000000000000']) {
      expect(isLowerNumberedId(s), s).toBe(false);
      expect(placeholderReason(s), s).toBeDefined();
    }
    for (const s of ['tb-d2', 'bd-abc2', 'bd-2345', 'bd-19700101']) expect(isLowerNumberedId(s), s).toBe(false);
  });
});
