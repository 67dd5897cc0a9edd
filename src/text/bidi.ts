/**
 * The order a reader sees text in under the Unicode bidi algorithm (explicit embeddings, overrides and isolates, and
 * right-to-left letters and marks), for judging text as displayed as well as as written ("Trojan Source": what a
 * reader sees and what a search or a parser takes may differ). Depends on nothing else of the engine, so every text
 * reader, from the release-text fold to a status word, can use it.
 */
import type { MappedText } from './fold.js';

/** Explicit bidi controls: embeddings, overrides, isolates and their ends. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'gu');

/** True when `text` holds explicit bidi controls: its display order ({@link displayOrder}) may differ from its logical one. */
export function hasBidiControls(text: string): boolean {
  return BIDI_CONTROL.test(text);
}

/**
 * Letters of the right-to-left scripts (every script whose letters are bidi class R or AL, Unicode 15: JavaScript has no
 * Bidi_Class property), and the right-to-left and Arabic letter marks: strong R whatever the embedding.
 */
const RTL_SCRIPTS = [
  'Hebrew', 'Arabic', 'Syriac', 'Thaana', 'Nko', 'Adlam', 'Samaritan', 'Mandaic', 'Hanifi_Rohingya', 'Yezidi', 'Mende_Kikakui',
  'Old_Hungarian', 'Kharoshthi', 'Phoenician', 'Avestan', 'Imperial_Aramaic', 'Inscriptional_Parthian', 'Inscriptional_Pahlavi',
  'Psalter_Pahlavi', 'Old_South_Arabian', 'Old_North_Arabian', 'Manichaean', 'Nabataean', 'Palmyrene', 'Hatran', 'Lydian', 'Cypriot',
  'Old_Turkic', 'Sogdian', 'Old_Sogdian', 'Elymaic', 'Chorasmian', 'Old_Uyghur', 'Meroitic_Cursive', 'Meroitic_Hieroglyphs',
].map((s) => `\\p{Script=${s}}`).join('');
/**
 * Unassigned code points of the right-to-left blocks: the Unicode data gives them bidi class R or AL by default
 * (DerivedBidiClass.txt), so a renderer lays them out right to left, and a font draws them as nothing or a box: a
 * stand-in right-to-left mark.
 */
const RTL_UNASSIGNED = String.raw`(?=\p{Cn})[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]`;
/** Characters of the Common script with bidi class AL: the Arabic semicolon and question mark, the tatweel (a joining stroke). */
const COMMON_RTL = '\\u061B\\u061F\\u0640';
const RTL_LETTER = new RegExp(`[${RTL_SCRIPTS}\\u200F\\u061C${COMMON_RTL}]|${RTL_UNASSIGNED}`, 'u');
/** What rule P2 of the bidi algorithm takes a paragraph's direction from: a letter (not a digit or mark) or a directional mark. */
const STRONG_LETTER = new RegExp(`[\\p{L}\\p{Nl}\\u200E\\u200F\\u061C${COMMON_RTL}]|${RTL_UNASSIGNED}`, 'u');
/** Isolate initiators and their end: P2 skips what lies between them. */
const ISOLATE_OPEN = /[\u2066-\u2068]/u;

/**
 * How a reader's renderer sets each paragraph's base direction: `ltr` (a page in a left-to-right language), `rtl` (a
 * page that says `dir="rtl"`), or `auto` (`dir="auto"`, as GitHub puts on every Markdown block, and many UIs: rules P2
 * and P3, the first strong letter decides, so `\u200Fprogress\u200F in\u200F work` shows "work in progress").
 */
export type ParagraphDirection = 'ltr' | 'rtl' | 'auto';

/** True when `text` holds a right-to-left letter or mark: some renderer (`dir="rtl"`, `dir="auto"`) may lay a paragraph of it out right to left. */
export function hasRightToLeftLetter(text: string): boolean {
  return RTL_LETTER.test(text);
}

/** True when some paragraph of `text` starts, by its first strong letter, right to left (rule P2: isolates skipped). */
export function hasRightToLeftParagraph(text: string): boolean {
  if (!RTL_LETTER.test(text)) return false;
  for (let at = 0; at < text.length; ) {
    if (firstStrongDirection(text, at) === 'rtl') return true;
    PARAGRAPH_ENDS.lastIndex = at;
    if (PARAGRAPH_ENDS.exec(text) === null) return false;
    at = PARAGRAPH_ENDS.lastIndex;
  }
  return false;
}

/**
 * The direction of the first strong letter of the paragraph of `text` from `from` (rule P2: what isolates hold skipped),
 * or undefined when it has none: the direction `dir="auto"` gives the paragraph, if it has a say.
 */
export function firstStrongDirection(text: string, from = 0): 'ltr' | 'rtl' | undefined {
  let isolates = 0;
  for (let i = from; i < text.length; ) {
    const c = String.fromCodePoint(text.codePointAt(i) as number);
    i += c.length;
    if (PARAGRAPH_END.test(c)) return undefined;
    if (ISOLATE_OPEN.test(c)) isolates++;
    else if (c === '\u2069') isolates = Math.max(0, isolates - 1);
    else if (isolates === 0 && STRONG_LETTER.test(c)) return RTL_LETTER.test(c) ? 'rtl' : 'ltr';
  }
  return undefined;
}

/**
 * Rules P2/P3: the paragraph from `start` is right to left when its first strong letter outside isolates is. Across
 * paragraphs, HTML's `dir="auto"`: an element takes one direction, from the first strong letter of all its text.
 */
function firstStrongIsRtl(points: readonly string[], start: number, acrossParagraphs = false): boolean {
  let isolates = 0;
  for (let i = start; i < points.length; i++) {
    const c = points[i] as string;
    if (PARAGRAPH_END.test(c)) {
      if (!acrossParagraphs) return false;
      isolates = 0;
      continue;
    }
    if (ISOLATE_OPEN.test(c)) isolates++;
    else if (c === '\u2069') isolates = Math.max(0, isolates - 1);
    else if (isolates === 0 && STRONG_LETTER.test(c)) return RTL_LETTER.test(c);
  }
  return false;
}
/** Bidi class B: line feed, carriage return, the paragraph separator, NEL and the information separators U+001C–U+001E. */
const PARAGRAPH_END = /[\n\r\u2029\u0085\u001C-\u001E]/u;
/**
 * The character classes bidiLevels asks of every point, answered without a pattern for a lone ASCII character (most
 * of a text): a paragraph end is LF, CR or U+001C–U+001E, a strong one a letter or digit, and none is right to left. A
 * point of more characters (a base and its marks) or beyond ASCII is asked of the patterns.
 */
const isParagraphEnd = (c: string): boolean => {
  const code = c.charCodeAt(0);
  return c.length === 1 && code < 0x80 ? code === 10 || code === 13 || (code >= 0x1c && code <= 0x1e) : PARAGRAPH_END.test(c);
};
const isStrong = (c: string): boolean => {
  if (c.length !== 1 || c.charCodeAt(0) >= 0x80) return STRONG.test(c);
  const lower = c.charCodeAt(0) | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (c >= '0' && c <= '9');
};
const isRtlLetter = (c: string): boolean => (c.length === 1 && c.charCodeAt(0) < 0x80 ? false : RTL_LETTER.test(c));
const PARAGRAPH_ENDS = new RegExp(PARAGRAPH_END.source, 'gu');
/** The deepest embedding the Unicode bidi algorithm follows. */
const MAX_DEPTH = 125;

interface Embedding {
  level: number;
  override: 'L' | 'R' | undefined;
  isolate: boolean;
}

/**
 * For each first-strong isolate (FSI) in `points`, 1 when its first strong letter before its matching PDI (isolates
 * inside it skipped) is right to left (rule X5c). One pass: a strong letter settles the innermost isolate still open.
 */
function fsiDirections(points: readonly string[]): Uint8Array {
  const rtl = new Uint8Array(points.length);
  // Parallel stacks of the open isolates: where each opened, and whether its direction is settled (LRI, RLI, or found).
  const at: number[] = [];
  const settled: boolean[] = [];
  for (let i = 0; i < points.length; i++) {
    const c = points[i] as string;
    const code = c.charCodeAt(0);
    if (code >= 0x2066 && code <= 0x2068) {
      at.push(i);
      settled.push(code !== 0x2068);
    } else if (code === 0x2069) {
      at.pop();
      settled.pop();
    } else if (settled.length > 0 && settled[settled.length - 1] === false) {
      if (PARAGRAPH_END.test(c)) at.length = settled.length = 0;
      else if (STRONG_LETTER.test(c)) {
        settled[settled.length - 1] = true;
        if (RTL_LETTER.test(c)) rtl[at[at.length - 1] as number] = 1;
      }
    } else if (settled.length > 0 && PARAGRAPH_END.test(c)) at.length = settled.length = 0;
  }
  return rtl;
}

/**
 * The embedding level of each code point (Unicode bidi algorithm, explicit levels and a simple resolution):
 * under an override every character takes the override's level; otherwise a right-to-left letter takes the
 * next odd level and anything else (Latin letters, digits, neutrals between them) the next even one.
 */
function bidiLevels(points: readonly string[], direction: ParagraphDirection): Uint8Array {
  const levels = new Uint8Array(points.length);
  const neutral = new Uint8Array(points.length);
  const embedding = new Uint8Array(points.length);
  const paragraph = (start: number): Embedding[] => [{ level: direction === 'rtl' || (direction === 'auto' && firstStrongIsRtl(points, start)) ? 1 : 0, override: undefined, isolate: false }];
  let stack = paragraph(0);
  let firstStrong: Uint8Array | undefined;
  // Rules X5–X7: an opener past the deepest level is counted, not pushed, and the closers that follow end the
  // counted ones first; else a run of surplus PDFs would pop real overrides a renderer keeps drawing reversed.
  let overflowIsolates = 0;
  let overflowEmbeddings = 0;
  const top = () => stack[stack.length - 1] as Embedding;
  const open = (odd: boolean, override: 'L' | 'R' | undefined, isolate: boolean) => {
    const level = odd ? (top().level + 1) | 1 : (top().level + 2) & ~1;
    if (level <= MAX_DEPTH && overflowIsolates === 0 && overflowEmbeddings === 0) stack.push({ level, override, isolate });
    else if (isolate) overflowIsolates++;
    else if (overflowIsolates === 0) overflowEmbeddings++;
  };
  points.forEach((c, i) => {
    const here = top();
    levels[i] = here.level;
    if (isParagraphEnd(c)) {
      stack = paragraph(i + 1);
      overflowIsolates = overflowEmbeddings = 0;
      levels[i] = 0;
      return;
    }
    switch (c) {
      case '\u202B': return open(true, undefined, false);
      case '\u202E': return open(true, 'R', false);
      case '\u2067': return open(true, undefined, true);
      case '\u202A': return open(false, undefined, false);
      case '\u202D': return open(false, 'L', false);
      case '\u2066': return open(false, undefined, true);
      // A first-strong isolate (`<bdi>`, `dir="auto"` inside a line) takes the direction of its first strong letter (X5c).
      case '\u2068': return open((firstStrong ??= fsiDirections(points))[i] === 1, undefined, true);
      case '\u202C':
        if (overflowIsolates > 0) return;
        if (overflowEmbeddings > 0) overflowEmbeddings--;
        else if (stack.length > 1 && !here.isolate) stack.pop();
        return;
      case '\u2069': {
        if (overflowIsolates > 0) {
          overflowIsolates--;
          return;
        }
        const at = stack.map((e) => e.isolate).lastIndexOf(true);
        if (at > 0) {
          stack = stack.slice(0, at);
          overflowEmbeddings = 0;
        }
        return;
      }
      default: {
        if (here.override === undefined && !isStrong(c)) {
          // A neutral (space, punctuation): resolved below from the strong letters around it (rule N1/N2).
          neutral[i] = 1;
          embedding[i] = here.level;
          return;
        }
        const rtl = here.override === undefined ? isRtlLetter(c) : here.override === 'R';
        levels[i] = rtl === (here.level % 2 === 1) || here.override !== undefined ? here.level : here.level + 1;
      }
    }
  });
  resolveNeutrals(points, levels, neutral, embedding);
  return levels;
}

const COMBINING = /^\p{M}$/u;

/** A letter or digit: strong (or, for digits, as good as strong left to right here). */
const STRONG = new RegExp(`[\\p{L}\\p{N}\\u200F\\u200E\\u061C${COMMON_RTL}]|${RTL_UNASSIGNED}`, 'u');
/** Each fast class with the pattern it stands for: for test/text/bidi.test.ts, which checks they agree on every character. */
export const FAST_CLASSES: readonly (readonly [(c: string) => boolean, RegExp])[] = [[isParagraphEnd, PARAGRAPH_END], [isStrong, STRONG], [isRtlLetter, RTL_LETTER]];

/**
 * Rules N1/N2 of the Unicode bidi algorithm: a run of neutrals between two strong characters of one direction takes
 * that direction; otherwise the direction of its embedding. A neutral between two right-to-left marks is right to
 * left, so left-to-right words set apart by them are separate runs, shown last first in a right-to-left paragraph.
 * Strong characters are looked for within the same embedding level (a different level or a paragraph end bounds them).
 */
function resolveNeutrals(points: readonly string[], levels: Uint8Array, neutral: Uint8Array, embedding: Uint8Array): void {
  const n = points.length;
  const rtlAt = (k: number) => isRtlLetter(points[k] as string) || (levels[k] as number) % 2 === 1;
  for (let i = 0; i < n; ) {
    if (neutral[i] !== 1) {
      i++;
      continue;
    }
    const level = embedding[i] as number;
    let j = i;
    while (j < n && neutral[j] === 1 && embedding[j] === level) j++;
    const before = i > 0 && neutral[i - 1] !== 1 && !isParagraphEnd(points[i - 1] as string) ? (rtlAt(i - 1) ? 'R' : 'L') : undefined;
    const after = j < n && neutral[j] !== 1 && !isParagraphEnd(points[j] as string) ? (rtlAt(j) ? 'R' : 'L') : undefined;
    const own = level % 2 === 1 ? 'R' : 'L';
    const direction = before !== undefined && before === after ? before : own;
    const resolved = direction === own ? level : level + 1;
    for (let k = i; k < j; k++) levels[k] = resolved;
    i = j;
  }
}

/**
 * Text under explicit bidi controls put in the order a reader sees it ("Trojan Source"): `\u202Etcirts\u202C`
 * shows as "strict", and a left-to-right override inside a right-to-left one (`<bdo dir=rtl><bdo dir=ltr>`)
 * turns its run back. Levels are resolved as the Unicode bidi algorithm does for explicit controls
 * ({@link bidiLevels}), then every run at level k or higher is reversed, from the highest level down (rule L2).
 */
export function displayOrder(rendered: MappedText, direction: ParagraphDirection = 'ltr'): MappedText {
  // Without explicit controls a left-to-right paragraph keeps its words in order (its right-to-left runs read right to left
  // either way); a right-to-left one may not, when its left-to-right words are set apart by right-to-left marks.
  if (!BIDI_CONTROL.test(rendered.text) && (direction === 'ltr' || (direction === 'auto' && !hasRightToLeftParagraph(rendered.text)))) return rendered;
  const { text, offsets } = rendered;
  const length = text.length;
  // Each paragraph is laid out on its own (rule P1: levels restart at a paragraph end, which stays in place at level 0).
  // One laid out left to right that holds no explicit control and no right-to-left letter (under `auto` its first strong
  // letter is then left to right) has every level 0 and keeps its order: only the others are reordered, so a long text
  // with one override pays for that paragraph, not for all of them.
  const order = new Int32Array(length);
  for (let k = 0; k < length; k++) order[k] = k;
  if (direction === 'rtl') reorderRightToLeft(text, order);
  else for (const [start, end] of paragraphsToReorder(text)) reorderParagraphs(text, start, end, direction, order);
  let out = '';
  let run = 0;
  const at = new Int32Array(length);
  for (let p = 0; p < length; p++) {
    const k = order[p] as number;
    at[p] = offsets[k] as number;
    if (k !== p) {
      if (run < p) out += text.slice(run, p);
      out += text[k] as string;
      run = p + 1;
    }
  }
  if (run < length) out += text.slice(run);
  return { text: out, offsets: at, skippable: reorderedSpans(rendered.skippable, order, length) };
}

/** An explicit bidi control or a right-to-left letter or mark: what may make a left-to-right paragraph change its order. */
const REORDERS = new RegExp(`${BIDI_CONTROL.source}|${RTL_LETTER.source}`, 'gu');
const isParagraphEndUnit = (code: number): boolean => code === 10 || code === 13 || code === 0x2029 || code === 0x85 || (code >= 0x1c && code <= 0x1e);

/** [start, end) of each paragraph of `text` (its ending character included) that holds a control or a right-to-left letter. */
function paragraphsToReorder(text: string): (readonly [number, number])[] {
  const ranges: (readonly [number, number])[] = [];
  REORDERS.lastIndex = 0;
  for (let found = REORDERS.exec(text); found !== null; found = REORDERS.exec(text)) {
    let start = found.index;
    while (start > 0 && !isParagraphEndUnit(text.charCodeAt(start - 1))) start--;
    let end = found.index;
    while (end < text.length && !isParagraphEndUnit(text.charCodeAt(end))) end++;
    end = Math.min(text.length, end + 1);
    ranges.push([start, end]);
    REORDERS.lastIndex = end;
  }
  return ranges;
}

/**
 * Lays out every paragraph of `text` right to left. One that holds no explicit control and no right-to-left letter has
 * the levels {@link bidiLevels} gives it without asking it: its letters and digits, and the neutrals between them, at
 * level 2, the neutrals before the first and after the last at level 1 (rules N1/N2: no strong letter on one side), so
 * it shows its trailing neutrals reversed, then its middle in order, then its leading neutrals reversed (rule L2).
 */
function reorderRightToLeft(text: string, order: Int32Array): void {
  let reorders = -1;
  for (let start = 0; start < text.length; ) {
    let end = start;
    while (end < text.length && !isParagraphEndUnit(text.charCodeAt(end))) end++;
    const content = end;
    end = Math.min(text.length, end + 1);
    if (reorders < start) {
      REORDERS.lastIndex = start;
      reorders = REORDERS.exec(text)?.index ?? text.length;
    }
    if (reorders < end) reorderParagraphs(text, start, end, 'rtl', order);
    else {
      const { from } = clusters(text, start, content);
      let first = -1;
      let last = -1;
      for (let n = 0; n < from.length; n++) {
        if (!isStrong(text.slice(from[n] as number, n + 1 < from.length ? (from[n + 1] as number) : content))) continue;
        if (first === -1) first = n;
        last = n;
      }
      const bound = (n: number) => (n < from.length ? (from[n] as number) : content);
      let p = start;
      const reversed = (a: number, b: number) => {
        for (let n = b - 1; n >= a; n--) for (let k = bound(n); k < bound(n + 1); k++) order[p++] = k;
      };
      if (first === -1) reversed(0, from.length);
      else {
        reversed(last + 1, from.length);
        for (let k = bound(first); k < bound(last + 1); k++) order[p++] = k;
        reversed(0, first);
      }
    }
    start = end;
  }
}

/**
 * The points of text[start, end) a renderer draws as one cluster (a base and the combining marks on it, rule L3), as
 * strings and by where each starts.
 */
function clusters(text: string, start: number, end: number): { points: string[]; from: number[] } {
  const points: string[] = [];
  const from: number[] = [];
  for (let k = start; k < end; ) {
    // Below U+0300 no character is a combining mark: one point each, without the slice and the pattern.
    if (text.charCodeAt(k) < 0x300) {
      points.push(text[k] as string);
      from.push(k++);
      continue;
    }
    const size = (text.codePointAt(k) as number) > 0xffff && k + 1 < end ? 2 : 1;
    const unit = text.slice(k, k + size);
    const last = points.length - 1;
    // A combining mark stays with the character it sits on, as a renderer draws the cluster (rule L3): a reversed
    // run must not move `ͣ` off the `|` it makes read as a letter.
    if (last >= 0 && COMBINING.test(unit) && !BIDI_CONTROL.test(points[last] as string) && !PARAGRAPH_END.test(points[last] as string)) points[last] += unit;
    else {
      points.push(unit);
      from.push(k);
    }
    k += size;
  }
  return { points, from };
}

/**
 * Lays out text[start, end) (whole paragraphs): `order`, where each position of the displayed text is read from, is
 * rewritten there. Levels are resolved as the Unicode bidi algorithm does for explicit controls ({@link bidiLevels}),
 * then every run at level k or higher is reversed, from the highest level down (rule L2).
 */
function reorderParagraphs(text: string, start: number, end: number, direction: ParagraphDirection, order: Int32Array): void {
  const { points, from } = clusters(text, start, end);
  const levels = bidiLevels(points, direction);
  const pointOrder = [...points.keys()];
  // A loop, not Math.max(...levels): spreading a long text's levels as arguments overflows the stack.
  let highest = 0;
  for (const level of levels) highest = Math.max(highest, level);
  for (let level = highest; level >= 1; level--) {
    for (let i = 0; i < pointOrder.length; ) {
      if ((levels[pointOrder[i] as number] as number) < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < pointOrder.length && (levels[pointOrder[j] as number] as number) >= level) j++;
      const run = pointOrder.slice(i, j).reverse();
      for (let k = 0; k < run.length; k++) pointOrder[i + k] = run[k] as number;
      i = j;
    }
  }
  let p = start;
  for (const n of pointOrder) {
    const size = (points[n] as string).length;
    for (let k = 0; k < size; k++) order[p++] = (from[n] as number) + k;
  }
}

/**
 * Skippable spans carried through {@link displayOrder}: each end goes where its character went, so a span within
 * one run (kept or reversed) stays the same characters; a span across runs covers from its first to its last
 * end's new place.
 */
function reorderedSpans(spans: Int32Array | undefined, order: Int32Array, length: number): Int32Array | undefined {
  if (spans === undefined) return undefined;
  const newAt = new Int32Array(length + 1);
  for (let p = 0; p < length; p++) newAt[order[p] as number] = p;
  newAt[length] = length;
  const out = new Int32Array(spans.length);
  for (let k = 0; k + 1 < spans.length; k += 2) {
    const a = spans[k] as number;
    const b = spans[k + 1] as number;
    if (b <= a) {
      out[k] = out[k + 1] = newAt[Math.min(a, length)] as number;
      continue;
    }
    const x = newAt[a] as number;
    const y = newAt[b - 1] as number;
    out[k] = Math.min(x, y);
    out[k + 1] = Math.max(x, y) + 1;
  }
  return out;
}

/** `text` as displayed in paragraphs of `direction`, or `text` itself when that changes no order. */
export function displayedText(text: string, direction: ParagraphDirection = 'ltr'): string {
  if (!hasBidiControls(text) && (direction === 'ltr' || (direction === 'auto' && !hasRightToLeftParagraph(text)))) return text;
  const offsets = new Int32Array(text.length);
  for (let k = 0; k < text.length; k++) offsets[k] = k;
  return displayOrder({ text, offsets }, direction).text;
}

/**
 * Every order `text` is displayed in that differs from the written one: in left-to-right paragraphs (explicit controls),
 * and where a paragraph's first strong letter is right to left, as `dir="auto"` lays it out. A reader sees one of them.
 */
export function displayedTexts(text: string): string[] {
  const out = new Set<string>();
  for (const direction of ['ltr', 'auto'] as const) {
    const shown = displayedText(text, direction);
    if (shown !== text) out.add(shown);
  }
  // A value of several lines shown in one element that says `dir="auto"` (a form field, a `white-space: pre` cell): the
  // element's first strong letter sets every line's direction, not each line's own.
  if (PARAGRAPH_END.test(text) && RTL_LETTER.test(text) && firstStrongIsRtl([...text], 0, true)) {
    const shown = displayedText(text, 'rtl');
    if (shown !== text) out.add(shown);
  }
  return [...out];
}

/** `text` in logical order with its explicit bidi controls taken out: what a search or a parser reads. */
export function logicalText(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
