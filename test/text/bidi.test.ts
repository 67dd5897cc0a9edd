/**
 * src/text/bidi.ts: paragraph direction. A renderer that says `dir="auto"` (GitHub on every Markdown block, many UIs)
 * takes a paragraph's direction from its first strong letter (rules P2/P3 of the bidi algorithm): text whose first strong
 * letter is right to left is laid out right to left, so left-to-right words set apart by right-to-left marks show last first.
 */
import { describe, expect, it } from 'vitest';
import { displayedText, displayedTexts, FAST_CLASSES, hasRightToLeftParagraph, logicalText } from '../../src/text/bidi.js';

const shown = (text: string, direction: 'ltr' | 'rtl' | 'auto') => logicalText(displayedText(text, direction)).replace(/[\u200E\u200F\u061C]/gu, '');

describe('paragraph direction (rules P2/P3)', () => {
  it('a paragraph whose first strong letter is a right-to-left mark or letter is right to left', () => {
    for (const text of ['\u200Fprogress', '\u061Cprogress', '\u05D0 progress', '\u0627 progress', '12 \u200Fprogress', '\u0800 progress', '\u{10900} progress'])
      expect(hasRightToLeftParagraph(text), JSON.stringify(text)).toBe(true);
  });

  it('a paragraph whose first strong letter is left to right is not, whatever follows; isolates and digits are skipped', () => {
    for (const text of ['progress \u200F', '\u200Eprogress\u200F in\u200F work', '\u2066\u200F\u2069progress', '\u0661\u0662 progress', 'abc'])
      expect(hasRightToLeftParagraph(text), JSON.stringify(text)).toBe(false);
    // An embedding or override is no strong letter: the first letter under it decides (`\u202E` over Latin stays left to right).
    expect(hasRightToLeftParagraph('\u202Eabc\u202C')).toBe(false);
    expect(hasRightToLeftParagraph('\u202C\u200Fabc')).toBe(true);
  });

  it('an unassigned code point of a right-to-left block is right to left by default (DerivedBidiClass): a stand-in mark', () => {
    expect(hasRightToLeftParagraph('\u05FFprogress')).toBe(true);
    expect(shown('\u05FFprogress\u05FF in\u05FF work', 'auto').replace(/\u05FF/gu, '')).toBe('work in progress');
  });

  it('NEL and the information separators end a paragraph (bidi class B), as a line feed does', () => {
    expect(hasRightToLeftParagraph('abc\u0085\u200Fdef')).toBe(true);
    expect(hasRightToLeftParagraph('abc\u001E\u200Fdef')).toBe(true);
    expect(hasRightToLeftParagraph('abc\u2028\u200Fdef')).toBe(false);
  });

  it('a first-strong isolate (FSI: `<bdi>`, dir="auto" inside a line) takes the direction of its first strong letter', () => {
    expect(shown('We ship \u2068\u200Fin\u200F drop-\u200Fstrict\u2069 today', 'ltr')).toBe('We ship strict-drop in today');
    expect(shown('We ship \u2068strict\u200F drop-in\u2069 today', 'ltr')).toBe('We ship strict drop-in today');
    // Letters inside a nested isolate do not decide the outer one.
    expect(shown('\u2068\u2066\u200F\u2069a\u200F b\u2069', 'ltr')).toBe('a b');
  });

  it('each line is a paragraph of its own', () => {
    expect(hasRightToLeftParagraph('abc\n\u200Fdef')).toBe(true);
    expect(shown('abc \u200Fx\u200F y\n\u200Fprogress\u200F in\u200F work', 'auto')).toBe('abc x y\nwork in progress');
  });

  it('dir="auto" shows `\\u200Fprogress\\u200F in\\u200F work` as "work in progress"; left to right keeps the written order', () => {
    const text = '\u200Fprogress\u200F in\u200F work';
    expect(shown(text, 'auto')).toBe('work in progress');
    expect(displayedText(text, 'ltr')).toBe(text);
    expect(displayedTexts(text).map((t) => logicalText(t).replace(/\u200F/gu, ''))).toEqual(['work in progress']);
  });

  it('a stray PDF before the first letter ends no paragraph direction', () => {
    expect(shown('\u202C\u200Fprogress\u200F in\u200F work', 'auto')).toBe('work in progress');
  });

  it('a left-to-right mark first keeps the paragraph left to right: right-to-left marks between words move nothing', () => {
    expect(shown('\u200Eprogress\u200F in\u200F work', 'auto')).toBe('progress in work');
  });

  it('real right-to-left text is read right to left as a whole, its Latin words kept whole', () => {
    expect(shown('\u05E9\u05DC\u05D5\u05DD Node', 'auto')).toBe('Node \u05DD\u05D5\u05DC\u05E9');
  });

  it('a value of several lines in one dir="auto" element takes its first strong letter for every line', () => {
    const value = '\u200F\nprogress\u200F in\u200F work';
    expect(hasRightToLeftParagraph(value)).toBe(true);
    expect(displayedTexts(value).map((t) => t.replace(/\u200F/gu, ''))).toContain('\nwork in progress');
  });
});

describe('the classes displayOrder asks of each character without a pattern', () => {
  it('agree with their patterns on every UTF-16 code unit and on a character with marks after it', () => {
    const points = [...Array(0x10000).keys()].map((c) => String.fromCharCode(c));
    points.push('a\u05b0', 'a\u0301', '\u05d0\u0301', '1\u0363', '\n\u0301', '\u{10900}', '\u{1f600}', '\u{1e800}');
    for (const [fast, pattern] of FAST_CLASSES) {
      const disagree = points.filter((c) => fast(c) !== pattern.test(c));
      expect(disagree.map((c) => [...c].map((x) => x.codePointAt(0)?.toString(16)).join('+')), pattern.source.slice(0, 40)).toEqual([]);
    }
  });
});
