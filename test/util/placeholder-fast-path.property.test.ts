// placeholderReason reads a plain token (a tracker id: ASCII letters and digits, then `. : / # + -`) as written only,
// and skips a few Unicode patterns behind cheaper exact tests (src/util/text-classes.ts). Both are sound only while
// (1) every other reading finds nothing in a plain token, and (2) each cheap test lets through every match of its
// pattern. Proven here on generated ids and texts, disguised ones among them (markup, entities, invisible characters,
// look-alike letters, full width, other scripts, bidi controls), against the unrouted reader.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASCII_SKELETON_EXCEPTIONS, DIGEST_PREFIX, GATED_PATTERNS, idPartReasonRead, isLowerNumberedId, isNumberedIdWithDigit, isPlainToken, lookalikeSkeleton, lowerNumberedIdReason, PLACEHOLDER_WORDS, placeholderAsWrittenRead, placeholderReason, placeholderReasonUnrouted, withoutDottedNumbersEnd } from '../../src/util/text-classes.js';
import '../helpers/fc-seed.js';

/** The tracker's PLAIN_ISSUE_ID without `_`, which Markdown may read as emphasis at a word's edge (`_TODO_`). */
// Without a second `+` or `#`, which may close an Org or AsciiDoc mark (`a-+.0+` is `a-` with `.0` struck out in Org).
const PLAIN = /^(?![^+]*\+[^+]*\+)(?![^#]*#[^#]*#)[A-Za-z0-9][A-Za-z0-9.:/#+-]*$/;

/** Pieces ids are made of, placeholder words and digest stand-ins among them, so that the readings have something to find. */
const WORDS = [
  'bd', 'BD', 'proj', 'PROJ', 'gh', 'ci', 'x', 'v', 'I', 'l', 'WlP', 'wip', 'todo', 'TODO', 'ToDo', 'Todo', 't0d0', 'tbd', 'TBD', 'tba', 'tbc', 'fixme', 'xxx',
  'XXX', 'nnn', 'n', 'a', 'na', 'n/a', 'N/A', 'none', 'null', 'nuII', 'nil', 'nan', 'NaN', 'undefined', 'dummy', 'changeme', 'placeholder', 'placeh0lder',
  'lorem', 'ipsum', 'dolor', 'sit', 'amet', 'foo', 'bar', 'asdf', 'qwerty', 'aaa', 'iii', 'yyyy', 'mm', 'dd', 'hh', 'ss', 'coming', 'soon', 'to', 'do',
  'notes', 'release', 'sha256', 'md5', 'sha1', 'uuid', 'deadbeef', '0000000', '00000000000000000000000000000000', 'AAAAAAAA', '0123456789abcdef',
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', '1970', '01', '1', '0', '12', '3ar8v', '9', '123', 'x123', 'f42', 'thu', 'jan',
  'example', 'com', 'your', 'insert', 'enter', 'http', 'team', '@acme', 'corn', 'rn', 'M', 'm',
];
const SEPARATORS = ['-', '.', ':', '/', '#', '+', '', '--', '..', '_', ' ', '@', '://'];

const idShaped = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.map(([w, s], i) => (i === parts.length - 1 ? w : w + s)).join(''));
const plainRandom = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:/#+-]{0,40}$/);

/** Ways a reader is shown a word it cannot see in the code points: each makes a text that is no plain token. */
const DISGUISES: readonly ((s: string) => string)[] = [
  (s) => `<b>${s}</b>`,
  (s) => `*${s}*`,
  (s) => `_${s}_`,
  (s) => `\`${s}\``,
  (s) => `~~x~~${s}`,
  (s) => `[${s}](u)`,
  (s) => s.replace(/[A-Za-z]/, (c) => `&#${c.charCodeAt(0)};`),
  (s) => s.replace(/[A-Za-z]/, (c) => `&#x${c.charCodeAt(0).toString(16)};`),
  (s) => s.replace(/[A-Za-z]/, (c) => `%${c.charCodeAt(0).toString(16)}`),
  (s) => s.replace(/(.)/, '$1\u200b'),
  (s) => s.replace(/(.)/, '$1\u00ad'),
  (s) => `${s}\u2060`,
  (s) => `\ufeff${s}`,
  (s) => `\u202e${[...s].reverse().join('')}`,
  (s) => `\u2067${s}\u2069`,
  (s) => s.replace(/o/giu, 'о').replace(/a/giu, 'а').replace(/T/gu, 'Т'),
  (s) => s.replace(/O/gu, 'Ο').replace(/I/gu, 'Ι'),
  (s) => s.replace(/[!-~]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  (s) => s.toUpperCase().replace(/[A-Z]/gu, (c) => String.fromCodePoint(0x1d400 + c.charCodeAt(0) - 65)),
  (s) => `${s}\u0301`,
  (s) => `\u05d0 ${s}`,
  (s) => `${s} \u0627`,
  (s) => `label\n${s}`,
  (s) => `  ${s}  `,
  (s) => `[//]: # (x)\n${s}`,
  (s) => `${s}<!-- x -->`,
  (s) => `${s}¹`,
];
const disguised = fc
  .tuple(fc.oneof(idShaped, plainRandom), fc.constantFrom(...DISGUISES))
  .map(([s, d]) => d(s))
  .filter((s) => !PLAIN.test(s));

describe('placeholderReason: the route for plain tokens', () => {
  it('takes exactly the tracker\'s plain issue ids without an underscore', () => {
    fc.assert(
      fc.property(fc.oneof(idShaped, plainRandom, disguised, fc.string({ unit: 'binary', maxLength: 20 })), (s) => {
        expect(isPlainToken(s), JSON.stringify(s)).toBe(PLAIN.test(s));
      }),
      { numRuns: 2500 },
    );
  });

  it('agrees with the unrouted reader on plain ids, placeholders among them', () => {
    let placeholders = 0;
    fc.assert(
      fc.property(fc.oneof(idShaped, plainRandom), (s) => {
        const routed = placeholderReason(s);
        if (routed !== undefined) placeholders++;
        expect(routed, JSON.stringify(s)).toBe(placeholderReasonUnrouted(s));
      }),
      { numRuns: 3000 },
    );
    // The generator reaches the readings: many of its ids are placeholders.
    expect(placeholders).toBeGreaterThan(150);
  });

  it('sends every disguised id to the full reader, which agrees with itself', () => {
    fc.assert(
      fc.property(disguised, (s) => {
        expect(isPlainToken(s), JSON.stringify(s)).toBe(false);
        expect(placeholderReason(s), JSON.stringify(s)).toBe(placeholderReasonUnrouted(s));
      }),
      { numRuns: 1500 },
    );
  });

  it('reads an Org or AsciiDoc mark a plain-looking id closes behind markup (fast-check seed 1517295267)', () => {
    for (const s of ['a-+.0+', 'bd-+12+', 'bd-#12#']) expect(isPlainToken(s), s).toBe(false);
    for (const s of ['a-+.0+', 'bd-+12+', 'bd-#12#']) expect(placeholderReason(s), s).toBe(placeholderReasonUnrouted(s));
    expect(placeholderReason('a-+.0+')).toBeDefined();
  });

  it('finds the placeholders of known ids, plain and disguised, and none in real ids', () => {
    for (const s of ['bd-TODO', 'PROJ-tbd', 'bd-xxx', 'bd-12.todo', 'bd-', 'null-null', 'deadbeef', '0000000000', 'sha256:0000000', 'bd-N/A', 'TODO', 't0d0', 'to-d0', 'coming-soon', '1970-01-01', 'lorem-ipsum-dolor-sit', 's3://b/cas/e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855.joblib', 'gs://b/md5/d41d8cd98f00b204e9800998ecf8427e', 'x.tgz#sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU']) {
      expect(placeholderReason(s), s).toBeDefined();
      expect(placeholderReason(s), s).toBe(placeholderReasonUnrouted(s));
    }
    for (const s of ['<b>bd-TODO</b>', 'bd-&#84;ODO', 'bd-ТODO', 'ｂｄ-ＴＯＤＯ', 'bd-\u202eODOT', 'bd-TO\u200bDO', '*bd-TODO*']) {
      expect(isPlainToken(s), s).toBe(false);
      expect(placeholderReason(s), s).toBeDefined();
    }
    for (const s of ['bd-3ar8v', 'bd-3ar8v.9.123', 'bd-x1', 'PROJ-1234', 'gh-12', 'beads-abc.1', 'v1.2:linux/x64#3+b']) {
      expect(isPlainToken(s), s).toBe(true);
      expect(placeholderReason(s), s).toBeUndefined();
    }
  });
});

describe('placeholderReason: the cheap tests before Unicode patterns', () => {
  for (const [pattern, gate] of GATED_PATTERNS) {
    it(`${pattern.source.slice(0, 40)}…: every match passes the cheap test`, () => {
      // Matches drawn from the pattern itself (case variants too, for case-insensitive ones), and texts that are not.
      const matching = fc.stringMatching(new RegExp(pattern.source, pattern.flags.replace(/[gi]/gu, ''))).chain((m) => (pattern.flags.includes('i') ? fc.constantFrom(m, m.toUpperCase(), m.toLowerCase()) : fc.constant(m)));
      fc.assert(
        fc.property(fc.oneof(matching, idShaped, disguised, fc.string({ unit: 'grapheme', maxLength: 30 })), (s) => {
          if (pattern.test(s)) expect(gate(s), JSON.stringify(s)).toBe(true);
        }),
        { numRuns: 1500 },
      );
    });
  }

  it('counts four words as the Unicode pattern does, in ASCII and beyond', () => {
    const [four, count] = GATED_PATTERNS[0] as (typeof GATED_PATTERNS)[number];
    fc.assert(
      fc.property(fc.oneof(idShaped, disguised, fc.string({ unit: 'binary-ascii', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 30 })), (s) => {
        expect(count(s), JSON.stringify(s)).toBe(four.test(s));
      }),
      { numRuns: 2500 },
    );
  });
});

describe('the look-alike skeleton of ASCII text, built without a string per character', () => {
  /** The definition: each character's skeleton (an exception's, else its lower case), joined, then `rn` read as `m`. */
  const byCharacter = (s: string) => [...s].map((c) => ASCII_SKELETON_EXCEPTIONS[c] ?? c.toLowerCase()).join('').replace(/rn/gu, 'm');

  it('is the character-by-character skeleton', () => {
    fc.assert(
      fc.property(fc.oneof(idShaped, plainRandom, fc.string({ unit: 'binary-ascii', maxLength: 40 }), fc.string({ unit: fc.constantFrom(...'"%01IM`m|rRnN aZ'), maxLength: 20 })), (s) => {
        expect(lookalikeSkeleton(s), JSON.stringify(s)).toBe(byCharacter(s));
      }),
      { numRuns: 2500 },
    );
  });
});

describe('the dotted numbers at the end of an id part, walked back', () => {
  it('agrees with the pattern it stands for on texts of dots, digits and letters', () => {
    const DOTTED_NUMBERS_END = /(?:\.\d+)+$/u;
    const piece = fc.constantFrom('.', '..', '0', '12', '7', 'a', 'todo', 'x', '-', '٣', '.5', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }).map((p) => p.join('')), (text) => {
        expect(withoutDottedNumbersEnd(text)).toBe(text.replace(DOTTED_NUMBERS_END, ''));
      }),
      { numRuns: 2500 },
    );
    for (const [text, left] of [['todo.2.13', 'todo'], ['1.2', '1'], ['..5', '.'], ['3ar8v', '3ar8v'], ['.12', ''], ['x.', 'x.']]) expect(withoutDottedNumbersEnd(text as string)).toBe(left);
  });
});

describe('the routes for numbered ids (every row of a tracker)', () => {
  /** What isNumberedIdWithDigit takes: PREFIX-HASH, then numbered children; HASH lower case with a digit. */
  const NUMBERED = /^[A-Za-z0-9]+-(?=[a-z]*[0-9])[a-z0-9]+(?:\.[0-9]+)*$/;
  const hashes = fc.oneof(fc.stringMatching(/^[a-z0-9]{1,10}$/), fc.constantFrom('x123', '3ar8v', 't0d0', 'n0ne', 'xxx1', 'nnn0', 'todo1', '1todo', 'tbd', 'xxx', '0000000', 'deadbeef0', '1970', '01'));
  const numbered = fc
    .tuple(fc.oneof(fc.constantFrom('bd', 'BD', 'proj', 'PROJ', 'x', '1', 'gh', 'null', 'todo', 'TODO', 'sha256', 'md5', 'n'), fc.stringMatching(/^[A-Za-z0-9]{1,6}$/)), hashes, fc.array(fc.oneof(fc.stringMatching(/^[0-9]{1,4}$/), fc.constantFrom('0000000', '00', '1970')), { maxLength: 4 }))
    .map(([prefix, hash, children]) => [`${prefix}-${hash}`, ...children].join('.'));
  const near = fc.tuple(numbered, fc.constantFrom('', '.', '..', '.todo', '.xxx', '-', '_1', ':2', '/3', '#4', '.1a', 'A', ' ', '.…')).map(([s, tail]) => s + tail);

  it('takes exactly PREFIX-HASH.N… with a digit in HASH', () => {
    fc.assert(
      fc.property(fc.oneof(numbered, near, idShaped, plainRandom, fc.string({ unit: 'binary-ascii', maxLength: 20 })), (s) => {
        expect(isNumberedIdWithDigit(s), JSON.stringify(s)).toBe(NUMBERED.test(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('skips only ids in which the id-part reading finds nothing', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.oneof(numbered, near, idShaped, plainRandom), (s) => {
        if (!isNumberedIdWithDigit(s)) return;
        taken++;
        expect(idPartReasonRead(s), JSON.stringify(s)).toBeUndefined();
      }),
      { numRuns: 3000 },
    );
    expect(taken).toBeGreaterThan(500);
  });

  it('the word readings skip squeezing ASCII with a digit: no placeholder word holds one', () => {
    // placeholderWordsReason looks a squeezed text up among the squeezed placeholder words and tests it for one letter
    // thrice or a keyboard run (letters only): a word with an ASCII digit can be none of them.
    expect(PLACEHOLDER_WORDS.filter((w) => /[0-9]/u.test(w))).toEqual([]);
  });

  it('the whole reader agrees with itself unrouted on numbered ids, placeholders among them', () => {
    fc.assert(
      fc.property(fc.oneof(numbered, near), (s) => {
        expect(placeholderReason(s), JSON.stringify(s)).toBe(placeholderReasonUnrouted(s));
      }),
      { numRuns: 2000 },
    );
    for (const s of ['bd-3ar8v.9.12345', 'bd-x12345', 'PROJ-1a.2']) expect(placeholderReason(s), s).toBeUndefined();
    for (const s of ['bd-xxx', 'bd-todo.1', 'bd-12.todo', 'bd-0000000000000000000000000000000000', 'de-adbeef']) expect(placeholderReason(s), s).toBeDefined();
  });
});

describe('the route for lower-case numbered ids (most rows of a tracker)', () => {
  /** What isLowerNumberedId takes, spelt as patterns: PREFIX-HASH.N… in lower case, a digit 2-9, not hex, and the rest of its doc. */
  const LOWER_NUMBERED = /^(?=.{3,21}$)(?![tj])(?=.*[2-9])(?=.*[.g-z])(?!.*(?:nan|undefined))(?!your|insert|enter)[a-z][a-z0-9]*-(?=[a-z]*[0-9])[a-z0-9]+(?:\.[0-9]+)*$/;
  // Pieces that reach the readings the route keeps (stub sentences, a marker with its owner, lorem ipsum) and those it
  // leaves out (placeholder words, masks, zero times, digests, hexspeak, templates' words), with digits 0 and 1 that the
  // look-alike fold draws as letters.
  const PIECES = [
    'bd', 'x', 'ad', 'ut', 'in', 'et', 'id', 'do', 'eu', 'ex', 'ea', 'non', 'est', 'sed', 'sit', 'qui', 'lorem', 'l0rem', 'ipsum', 'dolor', 'amet', 'elit',
    'todo', 't0d0', 'tbd', 'tba', 'wip', 'w1p', 'coming', 'soon', 's00n', 'to', 'go', 'stub', 'here', 'nan', 'nul', 'nu11', 'none', 'n0ne', 'xxx', 'aaa',
    'yyyy', 'mm', 'dd', 'de', 'adbeef', 'fec8ed', 'cafe', 'babe', 'c0ffee', 'md5', 'sha256', 'git', 'crc32', 'your', 'enter', 'jan', 'thu', 'rn', 'm',
    'deadbeef', '3ar8v', 'q', 'z', 'f', 'a', 'b', 'c',
  ];
  const DIGITS = fc.stringMatching(/^[0-9]{1,4}$/);
  const piece = fc.oneof(fc.constantFrom(...PIECES), DIGITS, fc.stringMatching(/^[a-z0-9]{1,6}$/));
  const part = fc.array(piece, { minLength: 1, maxLength: 3 }).map((p) => p.join(''));
  const lowerIds = fc
    .tuple(part, part, fc.array(DIGITS, { maxLength: 2 }), fc.constantFrom('', '', '2', '7'))
    .map(([prefix, hash, children, digit]) => [`${prefix}-${hash}${digit}`, ...children].join('.'));

  // Words of the lorem ipsum passage joined by digits (`ad-ut2in3et`): filler the route must still find, in look-alike spellings too.
  const LATIN = ['ad', 'ut', 'in', 'et', 'id', 'do', 'eu', 'ex', 'ea', 'non', 'est', 'sed', 'sit', 'qui', 'lorem', 'l0rem', 'ipsum', 'dolor', 'd0l0r', 'amet', 'elit', 'enim', 'bd', 'x'];
  const loremIds = fc
    .tuple(fc.constantFrom(...LATIN), fc.array(fc.tuple(fc.constantFrom(...LATIN), fc.constantFrom('2', '3', '7', '9', '1', '0', '')), { minLength: 1, maxLength: 4 }))
    .map(([prefix, rest]) => `${prefix}-${rest.map(([w, d]) => w + d).join('')}`);

  it('takes exactly the ids its documentation names', () => {
    fc.assert(
      fc.property(fc.oneof(lowerIds, loremIds, idShaped, plainRandom, disguised, fc.string({ unit: 'binary-ascii', maxLength: 22 })), (s) => {
        expect(isLowerNumberedId(s), JSON.stringify(s)).toBe(LOWER_NUMBERED.test(s) && !DIGEST_PREFIX.test(s));
      }),
      { numRuns: 4000 },
    );
  });

  it('reads each id it takes as the full reading does, placeholders among them', () => {
    let taken = 0;
    let placeholders = 0;
    fc.assert(
      fc.property(fc.oneof({ arbitrary: lowerIds, weight: 4 }, { arbitrary: loremIds, weight: 2 }, { arbitrary: idShaped, weight: 1 }, { arbitrary: plainRandom, weight: 1 }), (s) => {
        if (!isLowerNumberedId(s)) return;
        taken++;
        const routed = lowerNumberedIdReason(s);
        if (routed !== undefined) placeholders++;
        expect(routed, JSON.stringify(s)).toBe(placeholderAsWrittenRead(s));
      }),
      { numRuns: 6000 },
    );
    // The generator reaches the route and the readings it keeps.
    expect(taken).toBeGreaterThan(1500);
    expect(placeholders).toBeGreaterThan(150);
  });

  it('finds the placeholders the kept readings find, and takes none of the ids the left-out ones would flag', () => {
    for (const s of ['ad-ut2in3et', 'ad-ut2in3e7']) expect(isLowerNumberedId(s), s).toBe(true);
    expect(lowerNumberedIdReason('ad-ut2in3et')).toBe(placeholderAsWrittenRead('ad-ut2in3et'));
    expect(lowerNumberedIdReason('ad-ut2in3et')).toBeDefined();
    // Hexspeak (`defec8ed`), a digit first (a zero time), digits 0 and 1 only (`to-d0` draws `to-do`), a digest name, a template's word: full reading.
    for (const s of ['de-fec8ed', '19700101t000000-0000', 'to-d0', 'md5-x2', 'nan-x2', 'your-x2', 'bd-X2', 'tbd-x2', 'jan-x2']) expect(isLowerNumberedId(s), s).toBe(false);
    for (const s of ['de-fec8ed', '19700101t000000-0000', 'to-d0']) expect(placeholderReason(s), s).toBeDefined();
    for (const s of ['bd-3ar8v.9.12', 'bd-x123', 'bd-x2', 'pi-7gk2q.3']) {
      expect(isLowerNumberedId(s), s).toBe(true);
      expect(placeholderReason(s), s).toBeUndefined();
    }
  });
});
