/**
 * The fold's other readings: every code point whose fold depends on the order of the steps (UTS #39
 * skeleton first, or case folding / compatibility decomposition first) is generated here from the
 * Unicode data, never listed, and each of its readings must find a phrase spelled with it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldPhrase, scanText, type Phrase } from '../../gates/claim-tier-order/scan.js';
import { foldCodePoint, foldString, otherReadings } from '../../src/text/fold.js';
import { loadRenderer } from '../../src/text/rendered.js';

await loadRenderer();

/** Assigned code points with a reading besides their fold that is one ASCII letter or digit. */
function ambiguousLetters(): { ch: string; folded: string; reading: string }[] {
  const found: { ch: string; folded: string; reading: string }[] = [];
  for (let cp = 0; cp < 0x110000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    if (/\p{Cn}|\p{Co}/u.test(ch)) continue;
    const folded = foldCodePoint(ch).trim();
    for (const reading of otherReadings(ch)) if (/^[a-z0-9]$/.test(reading)) found.push({ ch, folded, reading });
  }
  return found;
}

const phrase = (text: string): Phrase => ({ phrase: text, folded: foldPhrase(text), source: 'test', why: 'test', exemptWithin: [] });

describe('fold: every reading of a code point whose fold depends on the order of the steps', () => {
  const cases = ambiguousLetters();

  it('finds the generated set, long s among it', () => {
    expect(cases.find((c) => c.ch === '\u017F')).toEqual({ ch: '\u017F', folded: 'f', reading: 's' });
    expect(cases.length).toBeGreaterThan(50);
  });

  it('matches a phrase spelled with each code point, read either way', () => {
    const missed: string[] = [];
    for (const { ch, folded, reading } of cases) {
      const text = `We ship q${ch}zv today.`;
      for (const letter of [reading, folded]) {
        if (!/^[a-z0-9]$/.test(letter)) continue;
        const hits = scanText(text, 'plain', [phrase(`q${letter}zv`)]);
        if (hits.length !== 1 || hits[0]?.column !== 9) missed.push(`U+${(ch.codePointAt(0) as number).toString(16)} as ${letter}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('combines readings: one letter read case-fold-first, another skeleton-first, in one phrase', () => {
    const hits = scanText('Now a \u017Ftrict drop-in replacement for \u039Dod\u0395/Bun.', 'markdown', [phrase('strict drop-in replacement for Node/Bun')]);
    expect(hits.map((h) => `${h.line}:${h.column}`)).toEqual(['1:7']);
  });

  it('leaves a hit exempt only when no reading breaks the allowed phrase around it', () => {
    const forbidden: Phrase = { ...phrase('runtime replacement'), exemptWithin: [foldPhrase('Full runtime replacement, certified by every hard gate')] };
    expect(scanText('Full runtime replacement, certified by every hard gate.', 'markdown', [forbidden])).toEqual([]);
    // The qualifier hidden: a reader with the stylesheet sees the bare claim.
    expect(scanText('Full runtime replacement<span hidden>, certified by every hard gate</span>.', 'markdown', [forbidden]).length).toBe(1);
    // Hidden whole, the claim goes with it; its source still says it with the qualifier.
    expect(scanText('<span hidden>Full runtime replacement, certified by every hard gate</span>.', 'markdown', [forbidden])).toEqual([]);
  });

  it('reads enclosed letters and squared words as what they show (generated from the Unicode names)', () => {
    expect(['\u{1F182}', '\u{1F150}', '\u24AE'].map(foldString)).toEqual(['s', 'a', 's']);
    expect(['\u{1F193}', '\u{1F197}', '\u{1F194}'].map(foldString)).toEqual(['free', 'ok', foldString('id')]);
    // Symbols that are squares, not words, are no word: a squared plus parts words as any mathematical sign does.
    expect(foldString('\u229E')).toBe('');
  });

  it('reads every pictograph and other symbol that folds to no letter as a word separator (generated), a circled letter as its letter', () => {
    const joined: string[] = [];
    let separators = 0;
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (!/^[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{So}]$/u.test(ch) || /[\p{L}\p{N}]/u.test(foldCodePoint(ch))) continue;
      separators++;
      if (foldString(`q${ch}zv`) !== 'qzv') joined.push(`U+${cp.toString(16)}`);
    }
    expect(separators).toBeGreaterThan(5000);
    expect(joined).toEqual([]);
    expect(scanText('FrankenNode \u2B50 Full \u{1F7E2} Node/Bun \u2605 replacement \u2714', 'markdown', [phrase('Full Node/Bun replacement')]).length).toBe(1);
    // Trade marks are drawn small after a word: NFKD would join `TM` to it.
    expect(foldString('Node\u2122/Bun\u2120')).toBe(foldString('Node/Bun'));
    // Symbols read as letters stay letters: circled M, information source, estimated sign.
    expect(['\u24C2', '\u2139', '\u212E'].map(foldString)).toEqual(['rn', foldString('i'), 'e']);
  });

  it('reads mathematical and modifier symbols and connector punctuation beyond ASCII as word separators; a flag and a sign drawn like a letter part words too (red team tb)', () => {
    const joined: string[] = [];
    for (let cp = 0x80; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      // One the skeleton reads as a letter or ASCII punctuation (`∕` as `/`) keeps that reading; the scan reads it both ways.
      if (!/^[\p{Sm}\p{Sk}\p{Pc}]$/u.test(ch) || /[\p{L}\p{N}\x21-\x7e]/u.test(foldCodePoint(ch))) continue;
      if (foldString(`q${ch}zv`) !== 'qzv') joined.push(`U+${cp.toString(16)}`);
    }
    expect(joined).toEqual([]);
    for (const text of ['Full\u27F6runtime replacement', 'Full \u27F6 runtime replacement', 'Full\u00B1runtime replacement', 'Full\u00D7runtime replacement', 'Full\u2248runtime replacement', 'Full\u00B8runtime replacement', 'Full\u00ACruntime replacement', 'Full\u203Fruntime replacement', 'Full\u{1F1FA}\u{1F1F8}runtime replacement'])
      expect(scanText(text, 'markdown', [phrase('full runtime replacement')]).length, text).toBe(1);
    // ASCII operators stay as written (`C++`).
    expect(foldString('C++')).toBe(foldString('c++'));
  });
});

describe('fold: long texts', () => {
  it('reads a text of 300,000 characters with a bidi control (levels not spread as arguments)', () => {
    const text = `${'a'.repeat(300_000)}\u202Etcirts\u202C`;
    expect(foldString(text).endsWith('strict')).toBe(true);
  });

  it('reports a phrase found by a detour 200,000 times (occurrences not spread as arguments)', () => {
    const text = 'We are \u017Ftrict. '.repeat(200_000);
    expect(scanText(text, 'plain', [phrase('strict')])).toHaveLength(200_000);
  });
});

describe('letters of other scripts the confusables data leaves out (red team ht)', () => {
  it.each([
    ['Ғull', 'Full'],
    ['βun', 'Bun'],
    ['rᥱplⲁcement', 'replacement'],
    ['pᥙrpose', 'purpose'],
    ['ᥒode', 'node'],
    ['Ⲧier', 'Tier'],
    ['єvery', 'every'],
  ])('%s reads as %s', (drawn, latin) => {
    expect(foldString(drawn)).toBe(foldString(latin));
  });
});

describe('bidi display order keeps clusters', () => {
  // Found by the claim_tier_order property test (seed 694742837): right-to-left marks around `|ͣ` (a bar under a
  // combining a, read as "la") made a run of their own, and reversing it by code point put the mark before the bar.
  it('a combining mark between right-to-left marks stays on its base when the file also holds explicit controls', () => {
    const claim = phrase('replacement claim');
    const text = `We ship Rep\u200F|\u0363\u200Fcement claim today.\n\nNote: \u202E\u202Dunrelated\u202C\u202C\n`;
    expect(scanText(text, 'markdown', [claim]).map((h) => h.offset)).toContain(text.indexOf('Rep'));
  });
});

describe('a paragraph whose first strong letter is right to left is read right to left too (dir="auto", red team rt3)', () => {
  it('left-to-right words set apart by right-to-left marks are found in the order a right-to-left paragraph shows them', () => {
    const claim = phrase('strict drop-in');
    for (const kind of ['markdown', 'plain', 'html'] as const) {
      expect(scanText('\u200Fin\u200F drop-\u200Fstrict\n', kind, [claim]), kind).toHaveLength(1);
      // A stray PDF first ends no embedding a reader sees: the paragraph is still right to left (an inserted RLE was popped).
      expect(scanText('Notes.\n\n\u202C\u200Fin\u200F drop-\u200Fstrict\n', kind, [claim]), kind).toHaveLength(1);
    }
  });

  it('a <bdi> or dir="auto" span is an isolate laid out by its own first strong letter', () => {
    const claim = phrase('strict drop-in');
    for (const kind of ['markdown', 'html'] as const) {
      expect(scanText('We ship <bdi>\u200Fin\u200F drop-\u200Fstrict</bdi> today.\n', kind, [claim]), kind).toHaveLength(1);
      expect(scanText('We ship <span dir="auto">\u200Fin\u200F drop-\u200Fstrict</span> today.\n', kind, [claim]), kind).toHaveLength(1);
    }
  });

  it('real right-to-left text around the words is no claim', () => {
    expect(scanText('\u05D2\u05E8\u05E1\u05D4 strict \u05D5\u05DC\u05D0 drop-in\n', 'markdown', [phrase('strict drop-in')])).toHaveLength(0);
  });
});

describe('text under bidi controls is read in both orders', () => {
  // Found by the claim_tier_order property test (seed 1484890814): an Arabic letter and an emoji shortcode between
  // right-to-left marks form a right-to-left run inside a left-to-right word. A file that also held explicit controls
  // elsewhere was read only in display order, which turns that run around; search and copy take the logical order.
  it('a phrase in logical order is found when explicit controls elsewhere reorder its right-to-left run', () => {
    const claim = phrase('without qualification');
    const word = 'without qualificat\uFE83:o2:\u200Fn';
    const alone = `## ${word}\n`;
    expect(scanText(alone, 'markdown', [claim]).map((h) => h.offset)).toEqual([alone.indexOf('without')]);
    const text = `${alone}\nNote: \u202E\u202Dunrelated\u202C\u202C\n`;
    expect(scanText(text, 'markdown', [claim]).map((h) => h.offset)).toEqual([text.indexOf('without')]);
  });

  it('the logical reading keeps a combining letter where it is written, even where both orders fold to one text', () => {
    // Seed 7: `\u036D` (a combining t) after a right-to-left mark moved with it in display order; the folded letters
    // read the same both ways, only where the mark reads as "t" differed.
    const claim = phrase('full runtime replacement');
    const text = `Full run\u200F\u036D\uFE84me replacement.\n\nNote: \u202E\u202Dunrelated\u202C\u202C\n`;
    expect(scanText(text, 'markdown', [claim]).map((h) => h.offset)).toEqual([0]);
  });

  it('a phrase written in logical order under an override that shows it reversed is still found', () => {
    const claim = phrase('strict drop-in');
    const text = 'We ship \u202Estrict drop-in\u202C today.\n';
    expect(scanText(text, 'plain', [claim]).map((h) => h.offset)).toEqual([text.indexOf('strict')]);
    // The display reading still counts: the reversed spelling shows the phrase.
    expect(scanText('We ship \u202Eni-pord tcirts\u202C today.\n', 'plain', [claim])).toHaveLength(1);
  });
});

describe('fold: words wrapped in marks shown literally (Org /italic/, rST |substitution|, brackets)', () => {
  const PHRASES = ['strict drop-in replacement for Node/Bun', 'Full Node/Bun replacement', 'General-purpose runtime parity'];
  /** Pairs of marks that wrap a run of words, as written and as drawn in other widths. */
  const PAIRS: [string, string][] = [['/', '/'], ['//', '//'], ['|', '|'], ['(', ')'], ['[', ']'], ['{', '}'], ['&lt;', '&gt;'], ['\uFF0F', '\uFF0F'], ['\uFF5C', '\uFF5C'], ['\uFF08', '\uFF09'], ['\u300C', '\u300D'], ['\u27E8', '\u27E9'], ['((', '))']];
  /** What may stand between a mark and the word it wraps, unseen: a reader sees the mark against the letter. */
  const UNSEEN = ['', '\u200B', '\u2060', '\u00AD', '\uFEFF'];

  it('finds a phrase whatever run of its words is wrapped, at a word edge, in any pair of marks', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PHRASES), fc.nat(), fc.nat(), fc.constantFrom(...PAIRS), fc.constantFrom(...UNSEEN), fc.constantFrom<'markdown' | 'plain'>('markdown', 'plain'), (text, a, b, [open, close], unseen, kind) => {
        const words = text.split(' ');
        const from = a % words.length;
        const to = from + (b % (words.length - from));
        const wrapped = words.map((w, k) => `${k === from ? open + unseen : ''}${w}${k === to ? unseen + close : ''}`).join(' ');
        const written = `Now a ${wrapped} here.`;
        expect(scanText(written, kind, [phrase(text)]).length, JSON.stringify(written)).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a mark between two letters as written: Node(Bun, Node|Bun, Node{Bun are no Node/Bun, and a mark set apart by spaces joins nothing', () => {
    for (const text of ['Full Node(Bun replacement', 'Full Node|Bun replacement', 'Full Node{Bun replacement', 'Full Node]Bun replacement', 'Full Node/Bun re(placement', 'Full Node/Bun re|place|ment'])
      expect(scanText(text, 'markdown', [phrase('Full Node/Bun replacement')]), text).toEqual([]);
    expect(scanText('General ( purpose runtime parity', 'markdown', [phrase('General purpose runtime parity')])).toEqual([]);
  });
});

describe('fold: letters set apart one by one, and Textile citation marks (red team ckb)', () => {
  const PHRASE = 'strict drop-in replacement for Node/Bun';
  /** Marks a word's letters may be set apart by, one each or mixed, beside separators the fold already drops. */
  const APART = ['.', ',', '?', '!', ':', ';', '/', '|', '\u2026', '. ', ' , ', '\u00B7', '-', ' ', '.\u200D', '\u200B,', '\uFF0E', '\u3001'];

  it('finds a claim whose letters are set apart by any mix of punctuation, look-alike letters among them', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...APART), { minLength: 5, maxLength: 5 }), fc.boolean(), fc.boolean(), (marks, cyrillic, trailing) => {
        const letters = (cyrillic ? '\u0455\u0442r\u0456\u0441\u0442' : 'strict').split('');
        // A stop after the last letter ends a spelled-out run (`S.T.R.I.C.T.`).
        const spelled = letters.map((l, k) => l + (k < marks.length ? marks[k] : trailing ? (marks[0] as string).trim() || '.' : '')).join('');
        const written = `Now a ${spelled} drop-in replacement for Node/Bun.`;
        expect(scanText(written, 'markdown', [phrase(PHRASE)]).length, JSON.stringify(written)).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
    expect(scanText('A F,u,l,l Node/Bun replacement.', 'markdown', [phrase('Full Node/Bun replacement')])).toHaveLength(1);
    // Textile's citation marks, also drawn as other question marks (fullwidth, small, `⁇` two in one).
    for (const [open, close] of [['??', '??'], ['\uFF1F\uFF1F', '\uFF1F\uFF1F'], ['?\uFE56', '\uFE56?'], ['\u2047', '\u2047']])
      expect(scanText(`Now a ${open}strict drop-in replacement${close} for Node/Bun.`, 'markdown', [phrase(PHRASE)]), open).toHaveLength(1);
    // A word broken by punctuation with no space (`st.rict`, `s\u200Dt.r`) reads whole too.
    expect(scanText('Now a s\u200Dt\u200Dr.i.c\u200Dt drop-in replacement for Node/Bun.', 'markdown', [phrase(PHRASE)])).toHaveLength(1);
    expect(scanText('Now a st.ri,ct drop-in replacement for Node/Bun.', 'markdown', [phrase(PHRASE)])).toHaveLength(1);
  });

  it('reads a comma between the words of a claim, and a word broken into pieces by marks and spaces, as the claim (review rv1)', () => {
    for (const text of [
      'Now a strict, drop-in replacement for Node/Bun.',
      'Now a strict , drop-in, replacement for Node/Bun.',
      'Now a strict\uFF0C drop-in replacement for Node/Bun.',
      'Now a strict\u3001drop-in replacement for Node/Bun.',
      'Now a strict\u060C drop-in replacement for Node/Bun.',
      'Now a st. ri. ct drop-in replacement for Node/Bun.',
      'Now a str. ict drop-in replacement for Node/Bun.',
      'Now a stri. ct drop-in replacement for Node/Bun.',
      'Now a s. trict drop-in replacement for Node/Bun.',
      'Now a St! Ri? Ct drop-in replacement for Node/Bun.',
      'Now a strict drop. in replacement for Node/Bun.',
    ])
      expect(scanText(text, 'markdown', [phrase(PHRASE)]), text).toHaveLength(1);
    expect(scanText('A full, Node/Bun replacement.', 'markdown', [phrase('Full Node/Bun replacement')])).toHaveLength(1);
    // An allowed phrase read without its comma is still the allowed phrase: no word of it is hidden.
    const forbidden: Phrase = { ...phrase('runtime replacement'), exemptWithin: [foldPhrase('Full runtime replacement, certified by every hard gate')] };
    expect(scanText('Full runtime replacement, certified by every hard gate.', 'markdown', [forbidden])).toEqual([]);
  });

  it('keeps a mark between whole words, and between pieces before a capital', () => {
    for (const text of [
      'The capability policy is strict. Drop-in replacement for Node/Bun is a tier 3 claim.',
      'It is strict? drop-in replacement for Node/Bun is not claimed.',
      'It is a drop-in. Replacement for Node/Bun users is tracked.',
    ])
      expect(scanText(text, 'markdown', [phrase(PHRASE)]), text).toEqual([]);
    expect(scanText('Read it in full. Node/Bun replacement work is tracked.', 'markdown', [phrase('Full Node/Bun replacement')])).toEqual([]);
  });

  it('keeps punctuation beside a longer word: a sentence ends there, and a question mark is no citation mark', () => {
    for (const text of [
      'Is it a strict drop-in replacement? For Node/Bun, no.',
      'Is it a strict drop-in replacement. For Node/Bun, no.',
      'Is it a strict drop-in replacement?? For Node/Bun, no: it is a host.',
      'Is it a strict drop-in replacement??? for Node/Bun? No.',
      'Is it a strict drop-in replacement?, for Node/Bun? No.',
      'Plan B. A strict drop-in replacement? For Node/Bun, no.',
      'st.rict drop-in replacement? For Node/Bun, no.',
    ])
      expect(scanText(text, 'markdown', [phrase(PHRASE)]), text).toEqual([]);
  });
});

describe('fold: a conjunction, & or a slash between the words of a claim, and an ellipsis inside its sentence (red team vc)', () => {
  const PHRASES = ['strict drop-in replacement for Node/Bun', 'Full Node/Bun replacement', 'General-purpose runtime parity'];
  /** What may join two words of a claim for a reader: each is read as nothing too, the words kept as written. */
  const JOINS = [' and ', ' or ', ' as well as ', ' and also ', ' but also ', ' plus ', ' nor ', ' & ', ' &amp; ', ' \uFF06 ', '/', ' / ', '\u2026 ', '... ', ', and ', ' and/or ', ' (and ', ' AND ', ' a\u200Dnd ', ' \u0430nd ', ' and\n', ' . . . ', ' and \u2026 ', ' and ... ', " 'n' ", " n' ", ' \u2019n\u2019 ', ' und ', ' et ', ' \u0438 ', ' but ', ' yet ', ' and yet ', ', yet '];

  it('finds a phrase whose words are joined anywhere by any of them, in Markdown and plain text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PHRASES), fc.nat(), fc.constantFrom(...JOINS), fc.constantFrom<'markdown' | 'plain'>('markdown', 'plain'), (text, a, join, kind) => {
        const words = text.split(' ');
        const at = 1 + (a % (words.length - 1));
        // An ellipsis before a capital (`full… Node/Bun`) may end a sentence: kept as written (the test below).
        fc.pre(!(/\u2026|\.\.\.|\. \./u.test(join) && /^\p{Lu}/u.test(words[at] as string)));
        const joined = `${words.slice(0, at).join(' ')}${join}${words.slice(at).join(' ')}`;
        const written = `Now a ${joined} here.`;
        expect(scanText(written, kind === 'plain' ? 'plain' : 'markdown', [phrase(text)]).length, JSON.stringify(written)).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a sentence end, a clause mark and a capital after an ellipsis; a conjunction joins only whole words', () => {
    for (const text of [
      'The policy is strict. And drop-in replacement for Node/Bun is a tier 3 claim.',
      'The policy is strict; drop-in replacement for Node/Bun is a tier 3 claim.',
      'The checks are strict\u2026 Drop-in replacement for Node/Bun is a tier 3 claim.',
      'Strict... drop-in replacement work for Node/Bun is tracked in plan B.',
      'It is strictand drop-in replacement for Node/Bun is not claimed.',
      'Node and Bun users run strict and drop-in installs; replacement for Node/Bun is not claimed.',
      // A conjunction of contrast after a predicate opens a clause (session 37): the disclaimer is no claim.
      'The checks are strict, but drop-in replacement for Node/Bun is not claimed.',
      'Type checks are very strict, yet drop-in replacement for Node/Bun remains a tier 3 goal.',
      "They're strict, though drop-in replacement for Node/Bun is not promised.",
      "Rock 'n' roll: strict 'n' lenient modes; drop-in replacement for Node/Bun is not claimed.",
    ])
      expect(scanText(text, 'markdown', [phrase('strict drop-in replacement for Node/Bun')]), text).toEqual([]);
  });

  it('a conjunction of contrast after a copula joins a predicate to a predicate noun unless a clause with a verb of its own follows (session 40)', () => {
    const subjects = fc.constantFrom('FrankenNode is', 'It stays', 'The runtime remains', 'We are', 'Parsing is very');
    const contrasts = fc.constantFrom(' but', ', but', ' yet', ', yet', ' though', ', though', ', and yet');
    const noVerb = fc.constantFrom('.', ', with 208 extensions.', ' that works today.', ' for every workload.', ' (tier 1).');
    const verb = fc.constantFrom(' is not claimed.', ' needs tier 3 work.', ' will wait for tier 3.', ' remains a goal.', '\n  is not claimed in this release.', ' lacks coverage.');
    fc.assert(
      fc.property(subjects, contrasts, noVerb, verb, (subject, contrast, tail, clause) => {
        const claim = `${subject} strict${contrast} drop-in replacement for Node/Bun${tail}`;
        expect(scanText(claim, 'markdown', [phrase('strict drop-in replacement for Node/Bun')]), JSON.stringify(claim)).toHaveLength(1);
        const disclaimer = `${subject} strict${contrast} drop-in replacement for Node/Bun${clause}`;
        expect(scanText(disclaimer, 'markdown', [phrase('strict drop-in replacement for Node/Bun')]), JSON.stringify(disclaimer)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("a verb of a later clause is not the contrast clause's; a verbless disclaimer after a question mark, a colon or a dash is one (red team xw, session 41)", () => {
    const subjects = fc.constantFrom('FrankenNode is', 'It stays', 'The runtime remains', 'We are', 'Parsing is very');
    const contrasts = fc.constantFrom(' but', ', but', ' yet', ', yet', ' though', ', though', ', and yet');
    const laterClause = fc.constantFrom(', and it ships today.', ' and can run every package.', ' \u2014 users can switch today.', ', which is great.', ' - it ships today.', ' (and it ships today).', ', so we ship it.', ' and it ships today.', ', not a toy.', ' \u2014 not just a host.', ': no compromises.');
    const disclaimer = fc.constantFrom('? Not yet.', ': not claimed.', ' \u2014 not in this release.', ', not yet.', '? No.', ' \u2013 not promised.', ', as documented, is not claimed.', ' (as documented) is not claimed.', ' \u2014 as documented \u2014 is not claimed.', ' and Deno parity are not claimed.');
    fc.assert(
      fc.property(subjects, contrasts, laterClause, disclaimer, (subject, contrast, later, said) => {
        const claim = `${subject} strict${contrast} drop-in replacement for Node/Bun${later}`;
        expect(scanText(claim, 'markdown', [phrase('strict drop-in replacement for Node/Bun')]), JSON.stringify(claim)).toHaveLength(1);
        const disclaimed = `${subject} strict${contrast} drop-in replacement for Node/Bun${said}`;
        expect(scanText(disclaimed, 'markdown', [phrase('strict drop-in replacement for Node/Bun')]), JSON.stringify(disclaimed)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('a verbless disclaimer is the whole clause: its opening, then only the words a disclaimer goes on with (red team xd, closed session 42)', () => {
    const parting = fc.constantFrom(': ', ', ', ' \u2014 ', '? ');
    const opening = fc.constantFrom('not claimed', 'not yet', 'Not yet', 'not in this release', 'out of scope', 'a non-goal', 'deferred', 'unsupported', 'wontfix', "won't fix", 'future work');
    const tail = fc.array(fc.constantFrom('for now', 'yet', 'in the current release', 'until v2', 'for this release', 'by design', 'to the next milestone'), { maxLength: 2 });
    // A word a disclaimer does not go on with, made up or English: it says something of its own.
    const other = fc.oneof(fc.constantFrom('lightly', 'a question', 'a toy', 'but it is', 'seriously', 'everywhere'), fc.stringMatching(/^[a-z]{4,9}$/u).filter((w) => !['claimed', 'release', 'releases', 'version', 'versions', 'supported', 'available', 'promised', 'guaranteed', 'offered', 'planned', 'deferred', 'currently', 'officially', 'anymore', 'intentionally', 'design', 'roadmap', 'milestone', 'sprint', 'moment', 'being', 'current', 'either', 'still', 'also', 'here', 'there', 'today', 'until', 'quite', 'ready', 'scope', 'this', 'that', 'goal', 'ever', 'tier', 'phase', 'time', 'next', 'later', 'project', 'projects', 'future', 'work'].includes(w)));
    fc.assert(
      fc.property(parting, opening, tail, other, fc.nat(2), (mark, open, more, word, at) => {
        const words: string[] = [open, ...more];
        const said = `The checks are strict, but drop-in replacement for Node/Bun${mark}${words.join(' ')}.`;
        expect(scanText(said, 'markdown', [phrase('strict drop-in replacement for Node/Bun')]), JSON.stringify(said)).toEqual([]);
        words.splice(Math.min(at, words.length - 1) + 1, 0, word);
        const overturned = `The checks are strict, but drop-in replacement for Node/Bun${mark}${words.join(' ')}.`;
        expect(scanText(overturned, 'markdown', [phrase('strict drop-in replacement for Node/Bun')]), JSON.stringify(overturned)).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });

  it('a verbless disclaimer its own words overturn claims: a left-out word negated, a wait that ended, a disclaimer asked (red team xw, closed session 42)', () => {
    const parting = fc.constantFrom(': ', ', ', ' \u2014 ');
    const leftOut = fc.constantFrom('out of scope', 'a non-goal', 'deferred', 'unsupported', 'wontfix', 'excluded', 'not supported', 'not claimed');
    const adverb = fc.constantFrom('', 'still ', 'explicitly ', 'currently ');
    const overturn = fc.constantFrom(
      (w: string) => `not ${w}`, (w: string) => `never ${w}`, (w: string) => `${w} not`, (w: string) => `${w}... not`,
      (w: string) => `${w} until now`, (w: string) => `${w} until today`, (w: string) => `${w} until this release`, (w: string) => `${w} until the current version`,
      (w: string) => `${w}? Not at all`, (w: string) => `${w}? No`,
    );
    const kept = fc.constantFrom((w: string) => w, (w: string) => `${w} for now`, (w: string) => `${w} until v2`, (w: string) => `${w} for this project`, (w: string) => `${w} to a later release`);
    const claim = phrase('strict drop-in replacement for Node/Bun');
    fc.assert(
      fc.property(parting, adverb, leftOut, overturn, kept, (mark, adv, word, over, keep) => {
        const disclaimed = `The checks are strict, but drop-in replacement for Node/Bun${mark}${adv}${keep(word)}.`;
        expect(scanText(disclaimed, 'markdown', [claim]), JSON.stringify(disclaimed)).toEqual([]);
        const overturned = `The checks are strict, but drop-in replacement for Node/Bun${mark}${adv}${over(word)}.`;
        expect(scanText(overturned, 'markdown', [claim]), JSON.stringify(overturned)).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });

  it('a disclaimer the rest of its sentence takes back claims: a retraction, a contradiction that says the thing is there (red team xw, closed session 42)', () => {
    const parting = fc.constantFrom(': ', ', ', ' \u2014 ', '? ');
    const disclaimer = fc.constantFrom('not yet', 'Not yet', 'deferred', 'out of scope', 'not claimed', 'a non-goal', 'not in this release');
    const between = fc.constantFrom('; ', ';', ' ; ', '\uFF1B', '. ', '! ');
    const takeBack = fc.constantFrom(
      'kidding, it is', 'just kidding', 'jk', 'j/k, it ships', "I'm kidding", 'only joking, it ships today', 'scratch that, it is here', 'April fools',
      'no, it ships today', 'actually, it is', 'in fact it is ready', 'yes it does', 'nope, it works today', 'wait, it is already here',
      'nur Spaß', 'je plaisante', 'es broma', 'scherzo', 'шучу', 'doch, es ist fertig', "en fait c'est prêt", 'на самом деле есть',
    );
    const sentenceTakeBack = fc.constantFrom("it is", "it's here", 'it ships today', 'it is ready now', 'we are');
    const keeps = fc.constantFrom(
      'see the roadmap', 'no kidding', "I'm not joking", 'not kidding', 'tracked in bd-12', 'in fact it is tracked for v2', 'no, it is only the extension host',
      'actually, it is a non-goal', 'it is a goal for later', 'it needs tier 3 work', 'it is on the roadmap', 'we track it in #12', 'yes, really not', 'no',
      'actually we will revisit it', 'in fact not before v3', 'wir prüfen es später', "ce n'est pas prévu",
    );
    const claim = phrase('strict drop-in replacement for Node/Bun');
    const line = (mark: string, said: string, sep: string, next: string): string => `The checks are strict, but drop-in replacement for Node/Bun${mark}${said}${sep}${next}.`;
    fc.assert(
      fc.property(parting, disclaimer, between, takeBack, keeps, (mark, said, sep, back, keep) => {
        const kept = line(mark, said, sep, keep);
        expect(scanText(kept, 'markdown', [claim]), JSON.stringify(kept)).toEqual([]);
        const taken = line(mark, said, sep, sep.trim() === '.' || sep.trim() === '!' ? back.charAt(0).toUpperCase() + back.slice(1) : back);
        expect(scanText(taken, 'markdown', [claim]), JSON.stringify(taken)).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
    // A bare affirmation takes it back in its own sentence only: a next sentence `It is.` may answer something else.
    fc.assert(
      fc.property(parting, disclaimer, sentenceTakeBack, (mark, said, back) => {
        expect(scanText(line(mark, said, '; ', back), 'markdown', [claim]), back).toHaveLength(1);
        expect(scanText(line(mark, said, '; ', `${back} a goal for v2`), 'markdown', [claim]), back).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('a slash between the parts of an address or a path joins no words: a scheme, a start at the root, home or here, a trailing slash, a file extension', () => {
    for (const text of [
      'Benchmarks: https://github.com/acme/franken-node/tree/main/bench/runtime/parity for the listed workloads are not published yet.',
      'Moved `shims/strict/drop-in.ts` replacement for Node/Bun `fs` calls behind a flag.',
      'Results under `bench/general-purpose/runtime-parity/` are nightly only.',
      'See ./strict/drop-in replacement for Node/Bun notes, ~/strict/drop-in or /opt/strict/drop-in replacement for Node/Bun.',
      'See www.example.com/strict/drop-in replacement for Node/Bun notes.',
    ])
      expect(scanText(text, 'markdown', PHRASES.concat('Runtime parity for the listed workloads').map((p) => phrase(p))), text).toEqual([]);
    // Words joined by slashes alone are no path, nor is a slash set apart by spaces.
    for (const text of ['Now a fast/strict/drop-in replacement for Node/Bun.', 'Now a strict / drop-in replacement for Node/Bun.', 'Now a "strict/drop-in" replacement for Node/Bun.'])
      expect(scanText(text, 'markdown', [phrase('strict drop-in replacement for Node/Bun')]), text).toHaveLength(1);
  });

  it('a conjunction read as nothing inside an allowed phrase hides none of its words: the phrase still covers a hit inside it', () => {
    const forbidden: Phrase = { ...phrase('Full Node/Bun replacement'), exemptWithin: [foldPhrase('Node and Bun parity with full Node/Bun replacement and rollback')] };
    expect(scanText('Node and Bun parity with full Node/Bun replacement and rollback.', 'markdown', [forbidden])).toEqual([]);
    expect(scanText('Node and Bun parity. Full Node/Bun replacement.', 'markdown', [forbidden])).toHaveLength(1);
  });
});
