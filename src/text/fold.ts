/**
 * Text a human reads, folded to what it says (DESIGN §9 "Text a human reads"). Two strings that a
 * reader takes for the same words fold to the same string:
 *
 * - compatibility forms (NFKD: fullwidth, ligatures, superscripts, circled letters) decomposed,
 *   combining marks dropped (`réplacement`, `d̲rop-in` read as the plain letters);
 * - default-ignorable, format and control characters removed ({@link removeInvisible}: zero-width
 *   space/joiner/non-joiner, word joiner, soft hyphen, BOM, bidi controls, tag characters…);
 * - full case folding (`ß`/`ẞ` → `ss`, final sigma → σ, `ﬀ` → `ff`), not just `toLowerCase`;
 * - the UTS #39 confusable skeleton (Unicode confusables data, via the `unhomoglyph` package), closed
 *   under case folding: Cyrillic `а`, Greek `ο`, fullwidth `ｅ`, Cherokee `Ꭺ` read as Latin letters,
 *   and `I`, `l`, `1`, `|` as one letter, because a reader cannot tell them apart either; `m` is `rn` (the data's),
 *   `d` is `cl` and `w` is `vv` (letter pairs set close);
 * - the Latin letter variants confusables.txt leaves out, from their Unicode names
 *   (src/text/latin-lookalikes.ts, generated): small capitals `ᴀ`, turned `ǝ`, thorn `þ`, IPA `ɑ`
 *   `ɩ`, barred, hooked and stroked letters read as the letter they vary;
 * - letters whose fold depends on the order of these steps (`ſ`: `f` skeleton-first, `s` case-folded first),
 *   combining Latin letters (a mark, or the letter drawn) and a backslash (markup left over, or a slash) keep
 *   their other readings ({@link otherReadings}, `readings` of the result): the matcher takes any of them;
 * - pictographs and other symbols that fold to no letter (emoji, stars, check marks) and the trade marks read as
 *   word separators: decoration between words (`Full 🟢 Node/Bun replacement`, `Node™/Bun™`);
 * - every dash and hyphen variant, middle dots and bullets (by their Unicode names), and all whitespace (line breaks included) dropped: word separators
 *   do not take part in the comparison, so `drop-in`, `drop in`, `drop­in`, `drop‑\nin`,
 *   `s t r i c t` and `Node / Bun` read as the same words. Claim phrases are several words long, so
 *   ignoring where words break costs nothing in precision and closes every spacing evasion at once.
 *
 * `offsets[k]` is where folded character k came from in the rendered text's source, so a match is
 * reported at the file:line:column a reader would look at.
 */
import { confusableTable, DRAWN_BLANK, DRAWN_DASH, PICTOGRAPH_CLASS, removeInvisible, SYMBOL_BEYOND_ASCII_CLASS, TRADE_MARKS } from '../util/text-classes.js';
import { COMBINING_LATIN_LETTERS, LATIN_LOOKALIKES, WORD_SEPARATORS } from './latin-lookalikes.js';
import { SCRIPT_LOOKALIKES } from './script-lookalikes.js';
import { displayOrder, type ParagraphDirection } from './bidi.js';
import { AFFIRMING_WORDS, CONTRADICTION_OPENERS, DISCLAIMER_KEEPING_WORDS, RETRACTION_PHRASES } from '../sdk/status-vocabulary.js';

export { displayOrder, hasBidiControls } from './bidi.js';

/** Text with, for every UTF-16 unit of `text`, the offset in the original source it came from. */
export interface MappedText {
  text: string;
  offsets: Int32Array;
  /**
   * Pairs [start, end) of indexes into `text` a renderer may hide (hidden or styled HTML elements):
   * a phrase counts as present if it appears with any combination of them left out.
   */
  skippable?: Int32Array | undefined;
  /**
   * Other readings of folded text: `spans` holds pairs [start, end) of indexes into `text`, `texts[k]`
   * what span k reads as besides `text.slice(start, end)` (a code point that folds to one letter
   * skeleton-first and to another case-fold-first: `ſ` is `f` and `s`). A phrase counts as present
   * if it appears with any combination of readings.
   */
  readings?: Readings | undefined;
  /** Where the text's layout (CSS that reorders or generates text) puts what a reader sees beyond verification. */
  unverifiable?: readonly { offset: number; why: string; rule: string; fix?: string }[] | undefined;
  /**
   * Source ranges [start, end) whose words a reader takes in any order: a diagram (a mermaid, PlantUML, Graphviz
   * fence) lays its labels out by the graph, not in the order the source writes them.
   */
  wordSets?: readonly { start: number; end: number }[] | undefined;
  /** How the text's paragraphs are laid out ({@link displayOrder}): left to right unless a view says otherwise. */
  direction?: ParagraphDirection | undefined;
  /** Files the text shows in its page (an image's `src`, an `<iframe>`'s, an `<object>`'s `data`), as written, with where. */
  linked?: readonly { src: string; offset: number }[] | undefined;
}

export interface Readings {
  spans: Int32Array;
  texts: readonly string[];
}

const MARKS = /\p{M}/gu;
/**
 * Whitespace, dashes, joining strokes drawn like a dash (Arabic tatweel, NKo lajanyalan) between letters, and
 * graphic characters drawn blank (braille blank, Egyptian hieroglyph full and half blank, the musical null notehead).
 */
const SEPARATOR = new RegExp(`^[\\s\\p{Z}\\p{Pd}\\u2212\\u2043\\u02D7\\u2E3A\\u2E3B\\u2053\\uFE58\\uFE63\\uFF0D${DRAWN_BLANK}${DRAWN_DASH}]$`, 'u');

/** Full case folding, as far as the platform knows it: upper then lower maps ß→SS→ss, ς→Σ→σ, ŉ→ʼN→ʼn. */
function caseFold(text: string): string {
  let out = '';
  for (const ch of text) {
    const folded = ch.toUpperCase().toLowerCase();
    // İ lower-cases to i + combining dot; Cherokee small letters fold to capitals in CaseFolding.txt.
    out += folded === 'ς' ? 'σ' : folded;
  }
  return out;
}

/** NFKD, marks and invisibles dropped, case folded: the letters of one code point before skeletons. */
function plainLetters(text: string): string {
  return caseFold(removeInvisible(text.normalize('NFKD')).replace(MARKS, '')).normalize('NFKD').replace(MARKS, '');
}

// ---------------------------------------------------------------------------------------------
// Confusable skeleton, made case-insensitive.

/**
 * Two Latin letters set close read as one: `cl` as `d`, `vv` as `w` (`clrop-in`, `vvorkload`). confusables.txt maps
 * one code point to a sequence, never a sequence to one, so it has `m` → `rn` but not these: the letter is mapped
 * to the pair the same way.
 */
const LETTER_PAIRS: Readonly<Record<string, string>> = { d: 'cl', w: 'vv' };

/** One pass of the UTS #39 skeleton mapping, code point by code point. */
function skeleton(text: string): string {
  const confusables = confusableTable();
  let out = '';
  for (const ch of text) out += LETTER_PAIRS[ch] ?? confusables[ch] ?? ch;
  return out;
}

/** Skeleton, fold (NFKD, case), skeleton again, fold again: case-insensitive look-alikes of one code point. */
function skeletonFold(text: string): string {
  // UTS #39 takes the skeleton of the NFD form: compatibility decomposition first would turn look-alikes
  // into other letters (U+03F2 lunate sigma, a 'c', is NFKD 'ς').
  return plainLetters(skeleton(plainLetters(skeleton(removeInvisible(text.normalize('NFD')).replace(MARKS, '')))));
}

// Computed on first use: a run that folds no text never loads the confusables table.
let asciiClasses: Map<string, string> | undefined;

/**
 * The skeleton is case-sensitive (`I` → `l`, but `i` stays `i`), so after case folding two spellings
 * of one word could differ in exactly the letters whose capitals are look-alikes of other letters.
 * Those ASCII letters are merged: an upper-case ASCII letter whose folded skeleton differs from that
 * of its lower case joins the two in one class (in practice: `i` and `l`, as `I`, `l`, `1`, `|` are one).
 */
function asciiClass(): Map<string, string> {
  if (asciiClasses !== undefined) return asciiClasses;
  const classes = new Map<string, string>();
  const parentOf = new Map<string, string>();
  const find = (c: string): string => {
    let r = c;
    while (parentOf.has(r) && parentOf.get(r) !== r) r = parentOf.get(r) as string;
    return r;
  };
  for (let c = 0x41; c <= 0x5a; c++) {
    const upper = skeletonFold(String.fromCharCode(c));
    const lower = skeletonFold(String.fromCharCode(c + 0x20));
    if (upper === lower || !/^[a-z0-9]$/.test(upper) || !/^[a-z0-9]$/.test(lower)) continue;
    const [ra, rb] = [find(upper), find(lower)].sort() as [string, string];
    if (ra !== rb) parentOf.set(rb, ra);
  }
  for (const c of parentOf.keys()) classes.set(c, find(c));
  asciiClasses = classes;
  return classes;
}

const SEPARATOR_MARK = ' ';
/** Private use, unassigned (noncharacters included): code points without a standard glyph. */
const NO_GLYPH = /^[\p{Co}\p{Cn}]$/u;
/**
 * Decorating symbols (PICTOGRAPH_CLASS, SYMBOL_BEYOND_ASCII_CLASS, TRADE_MARKS of text-classes.ts) part the words either
 * side (`Full 🟢 Node/Bun ★ replacement`, `Full×runtime`, `Node™/Bun™`) — unless one folds to a letter or digit a reader
 * reads (circled `Ⓜ`, `ℹ`, `℮`), or to ASCII punctuation (`∕` as `/`), which keeps that reading too.
 */
const PICTOGRAPH = new RegExp(`^[${PICTOGRAPH_CLASS}]$`, 'u');
const SYMBOL_BEYOND_ASCII = new RegExp(`^[${SYMBOL_BEYOND_ASCII_CLASS}]$`, 'u');
const TRADE_MARK_SET = new Set(TRADE_MARKS);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Latin letter variants the confusables data leaves out (small capitals `ᴀ`, turned `ǝ`, thorn `þ`,
 * IPA `ɑ`, barred and hooked letters), read as their letters — also where the skeleton or a
 * compatibility decomposition produced one (Cherokee `ꭺ` → `ᴀ`, modifier `ᵄ` → `ɐ`).
 */
function latinLetters(text: string): string {
  let out = '';
  for (const c of text) out += LATIN_LOOKALIKES[c] ?? c;
  return out;
}
/**
 * Markup characters that are left in rendered text when a renderer does not take them as markup
 * (inside an HTML block, `**` that opens nothing, an escape shown literally): they decorate words and
 * never carry a claim's meaning, so they are dropped.
 */
const DECORATION = /^[*_`~\\]$/u;
/**
 * Quotation marks (straight, typographic, guillemets, corner brackets, primes and the modifier letters drawn like
 * them): a reader reads the words inside quotes as the words (`Full "Node/Bun" replacement`, `st"able`), so they
 * separate words and never carry a claim's meaning.
 */
const QUOTE = /^[\p{Pi}\p{Pf}"'\uFF02\uFF07\u201A\u201E\u301D-\u301F\u300C-\u300F\uFE41-\uFE44\u2032-\u2037\u2057\u02B9-\u02BC\u02EE\u00B4\u02DD]$/u;
/**
 * What the skeleton maps dashes to, besides "-" (the em dash's prototype is U+30FC, a long-vowel mark), and the
 * prototype of middle dots and bullets (`·`: `strict·drop‧in`, `⸱` word separator, `•`), which separate words.
 */
const DASH_LIKE = new Set(['\u00b7', '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u02d7', '\u06d4', '\u2043', '\u30fc', '\u2500', '\u2e3a', '\u2e3b']);

/**
 * One code point folded: '' when a reader does not see it, ' ' when it separates words (whitespace
 * and dashes), otherwise its folded letters. Folded again until nothing changes: one pass can land on a
 * letter that folds further (Armenian `պ` → `m`, which the skeleton reads as `rn`), and text and phrase
 * must meet in the same form whatever route their letters took.
 */
export function foldCodePoint(ch: string): string {
  let folded = foldOnce(ch);
  for (let pass = 0; pass < 4; pass++) {
    let again = '';
    for (const c of folded) again += c === SEPARATOR_MARK ? c : foldOnce(c);
    if (again === folded) break;
    folded = again;
  }
  return folded;
}

/**
 * ASCII marks that wrap or stud words as inline markup of the languages a Markdown reader reads past when shown them
 * literally (`=verbatim=` and `+struck+` in Org, `+passthrough+`, `#highlight#` and `^super^` in AsciiDoc, `%span%` and
 * `@code@` in Textile): `+strict drop-in replacement+ for Node/Bun` says what the bare words do. Sentence punctuation,
 * brackets, `/` and `\` (which phrases spell) and `|` (drawn as `l`) keep their readings.
 */
const INLINE_MARKS: ReadonlySet<string> = new Set(['+', '=', '#', '^', '%', '@']);

function foldOnce(ch: string): string {
  if (SEPARATOR.test(ch) || WORD_SEPARATORS.has(ch) || QUOTE.test(ch) || TRADE_MARK_SET.has(ch) || INLINE_MARKS.has(ch)) return SEPARATOR_MARK;
  if (DECORATION.test(ch)) return '';
  // Private-use, unassigned and noncharacter code points have no standard glyph: a font may draw them as
  // nothing (or an icon), so a reader reads the words either side as joined. They never carry a letter.
  if (NO_GLYPH.test(ch)) return '';
  // Regional indicator symbols standing alone render as boxed capital letters (🇳 reads "N").
  const cp = ch.codePointAt(0) as number;
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return String.fromCharCode(0x61 + cp - 0x1f1e6);
  let out = '';
  for (const c of latinLetters(skeletonFold(LATIN_LOOKALIKES[ch] ?? SCRIPT_LOOKALIKES[ch] ?? ch))) {
    if (DECORATION.test(c)) continue;
    if (SEPARATOR.test(c) || DASH_LIKE.has(c) || WORD_SEPARATORS.has(c) || QUOTE.test(c)) out += SEPARATOR_MARK;
    else out += asciiClass().get(c) ?? c;
  }
  if (PICTOGRAPH.test(ch) && !LETTER_OR_DIGIT.test(out)) return SEPARATOR_MARK;
  // One the skeleton reads as ASCII punctuation (`∕` as `/`) keeps that reading; parting words is its other one.
  if (cp > 0x7f && SYMBOL_BEYOND_ASCII.test(ch) && !/[\p{L}\p{N}\x21-\x7e]/u.test(out)) return SEPARATOR_MARK;
  return out !== '' && out.trim() === '' ? SEPARATOR_MARK : out;
}

/** A growable Int32Array. */
export class OffsetBuffer {
  private data: Int32Array;
  length = 0;
  /** `capacity`: what the caller expects to push (most texts folded are a few words: a fixed 4 KB each was a tenth of a scenario's fold time). */
  constructor(capacity = 64) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(offset: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = offset;
  }
  /** Append `count` offsets of `from`, starting at index `start`. */
  pushFrom(from: ArrayLike<number>, start: number, count: number): void {
    if (this.length + count > this.data.length) {
      const grown = new Int32Array(Math.max(this.data.length * 2, this.length + count));
      grown.set(this.data.subarray(0, this.length));
      this.data = grown;
    }
    if (from instanceof Int32Array) this.data.set(from.subarray(start, start + count), this.length);
    else for (let k = 0; k < count; k++) this.data[this.length + k] = from[start + k] as number;
    this.length += count;
  }
  pushMany(offset: number, count: number): void {
    for (let k = 0; k < count; k++) this.push(offset);
  }
  finish(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** The folded letters of each code point of `text`, separators dropped. */
function foldEach(text: string): string {
  let out = '';
  for (const c of text) out += foldCodePoint(c).replaceAll(SEPARATOR_MARK, '');
  return out;
}

const NO_READINGS: readonly string[] = [];

/**
 * What one code point reads as besides `folded` (its fold, skeleton first): the fold of its case-folded,
 * compatibility-decomposed or case-folded-then-decomposed form. UTS #39 maps `ſ` to `f` (its shape), case
 * folding to `s` (its meaning); `Ε` is skeleton `e` but folds to `ε`, skeleton `c`. Which of these a
 * reader sees depends on the font, so each is a reading. Computed for every code point on first sight,
 * never listed by hand: any code point for which the order of the steps matters gets its other readings.
 */
export function otherReadings(ch: string, folded = foldEach(ch)): readonly string[] {
  let found: string[] | undefined;
  const add = (reading: string) => {
    if (reading !== folded && !(found ?? []).includes(reading)) (found ??= []).push(reading);
  };
  for (const first of [plainLetters(ch), caseFold(ch), ch.normalize('NFKD')]) if (first !== ch) add(foldEach(first));
  // A combining Latin letter is a mark to one reader and the letter it draws to another (`str\u0365ct`).
  const over = COMBINING_LATIN_LETTERS[ch];
  if (over !== undefined) add(foldEach(over));
  // A sign drawn like a letter that UTS #39 leaves unmapped (`®eplacement`, `$TRICT`, `N∅DE`) reads as that letter too.
  const drawn = SIGNS_DRAWN_AS_LETTERS[ch];
  if (drawn !== undefined) add(foldEach(drawn));
  // A backslash (dropped as markup left over) also reads as the slash it leans against: `Node\Bun`.
  if (skeleton(ch) === '\\') add(foldEach('/'));
  // A symbol drawn like a letter (`×` like x) reads as that letter to one reader and as the sign parting two words to
  // another (`Full×runtime`).
  if ((ch.codePointAt(0) as number) > 0x7f && (PICTOGRAPH.test(ch) || SYMBOL_BEYOND_ASCII.test(ch))) add('');
  return found ?? NO_READINGS;
}

/**
 * Signs a reader takes for the letter they are drawn like, which UTS #39's confusables map to no letter (red team ta,
 * session 47): the registered, copyright and sound recording signs (a letter in a circle: Ⓡ is mapped, ® is not), the
 * currency signs drawn as E, S and L, the at sign as a, the empty set as O, the box-drawing bar as l, the inverted
 * exclamation mark as i, the partial differential as d. Each is a reading beside the sign's own (a gap between words).
 *
 * Widened as classes (red team rr, session 47; closed session 48, helper fd): every currency sign drawn as the letter
 * it is built on (`฿` `₿` B, `₦` N, `₤` L, `₱` `₽` P, `₵` `₢` C, `₲` G, `₳` A, `₴` S, `₸` T, `₹` R, `₫` D, `₣` F); the
 * white circles, the ring operator, the diameter sign and the reversed empty set as o; the broken bar as l, the
 * section sign as S; the set signs drawn as c and e (subset, element of); the micro sign and the Greek mu as u, the
 * sharp s as B (`Bµn`, `ßun`). µ, μ and ß are letters of real words (`40 µs`, `Straße`, Greek): each sign keeps its own
 * reading, the letter is one more, so a text reads as a claim only where the letter reading spells one. No ASCII sign is
 * listed beyond `$` and `@`: `#`, `&`, `|`, `*` are Markdown's syntax or already read by the skeleton.
 */
const SIGNS_DRAWN_AS_LETTERS: Readonly<Record<string, string>> = {
  '®': 'r', '©': 'c', '℗': 'p', '€': 'e', $: 's', '@': 'a', '£': 'l', '∅': 'o', '│': 'l', '┃': 'l', '¡': 'i', '∂': 'd',
  // Currency signs: a letter with strokes through it.
  '฿': 'b', '₿': 'b', '₦': 'n', '₤': 'l', '₱': 'p', '₽': 'p', '₵': 'c', '₢': 'c', '₲': 'g', '₳': 'a', '₴': 's', '₸': 't', '₹': 'r', '₫': 'd', '₣': 'f',
  // Circles and rings: an o.
  '○': 'o', '◦': 'o', '∘': 'o', '⌀': 'o', '◯': 'o', '⚪': 'o', '⚬': 'o', '⭕': 'o', '⭘': 'o', '⦰': 'o', '⊘': 'o',
  // Bars and the section sign.
  '¦': 'l', '§': 's',
  // Set signs: subset as c, element of as e.
  '⊂': 'c', '⊆': 'c', '⊊': 'c', '∈': 'e', '∊': 'e', '⋲': 'e', '⋳': 'e', '⋴': 'e', '⋵': 'e', '⋶': 'e', '⋷': 'e', '⋸': 'e', '⋹': 'e',
  // Letters of other words drawn like a Latin one: micro sign and mu as u, sharp s as B.
  'µ': 'u', 'μ': 'u', 'ß': 'b', 'ẞ': 'b',
  // Widened again as classes (red team rb, session 48; closed by helper fi): filled, circled, dotted and half-filled
  // circles and the degree sign as o (`N●de`, `N⊕de`, `N°de`); the negated and reversed element signs as e; vertical
  // bars and dashed box lines as l; unions as u; the pilcrow as p; daggers as t.
  '●': 'o', '◉': 'o', '⬤': 'o', '⚫': 'o', '◎': 'o', '⊙': 'o', '⊕': 'o', '⊗': 'o', '⊚': 'o', '⊛': 'o', '⊜': 'o', '⊝': 'o', '⦿': 'o', '⦾': 'o', '◍': 'o', '◌': 'o',
  '◐': 'o', '◑': 'o', '◒': 'o', '◓': 'o', '⚈': 'o', '⚉': 'o', '⏺': 'o', '⍟': 'o', '°': 'o', '⊖': 'o',
  '∉': 'e', '∋': 'e', '∌': 'e', '∍': 'e', '⋺': 'e', '⋻': 'e', '⋼': 'e', '⋽': 'e', '⋾': 'e', '⋿': 'e',
  '⏐': 'l', '❘': 'l', '❙': 'l', '❚': 'l', '⎸': 'l', '⎹': 'l', '∣': 'l', '╎': 'l', '╏': 'l', '┆': 'l', '┇': 'l', '┊': 'l', '┋': 'l',
  '⊍': 'u', '⊎': 'u', '∪': 'u', '⋃': 'u', '⊌': 'u',
  '¶': 'p', '⁋': 'p', '†': 't', '‡': 't',
};

/**
 * How a code point stands beside a wrapping mark ({@link WRAPPING_MARK}): part of a word (a letter or digit, or a
 * symbol that reads as one), a gap between words (space, punctuation, a pictograph), unseen (an invisible or a
 * combining mark: the neighbour is the character beyond it), or a wrapping mark itself.
 */
type Stance = 'word' | 'gap' | 'unseen' | 'wrap';

/** A code point folded, with its other readings. */
interface Folded {
  folded: string;
  readings: readonly string[];
  stance: Stance;
}

/**
 * Marks that wrap a run of words in a markup language a Markdown or plain-text reader is shown literally, or in
 * typography: Org's and Creole's italic slashes (`/strict drop-in replacement/`, `//x//`), reStructuredText's substitution
 * pipes (`|x|`), brackets and braces of every kind (`(strict drop-in replacement)`, `［x］`), angle brackets
 * (`&lt;x&gt;`). At a word's edge — a letter on one side only — a reader reads the words inside as the words, so the mark
 * also reads as nothing there; between two letters (`Node/Bun`, `a|b`) it keeps its reading.
 */
const WRAPPING_MARK = /^[\p{Ps}\p{Pe}/|<>\uFF0F\uFF5C\uFF1C\uFF1E]$/u;
const UNSEEN_BESIDE = /^[\p{Default_Ignorable_Code_Point}\p{Cf}\p{M}\p{Co}\p{Cn}]$/u;

function stanceOf(ch: string, folded: string): Stance {
  if (WRAPPING_MARK.test(ch)) return 'wrap';
  if (LETTER_OR_DIGIT.test(ch) || LETTER_OR_DIGIT.test(folded)) return 'word';
  return folded === '' && (UNSEEN_BESIDE.test(ch) || DECORATION.test(ch)) ? 'unseen' : 'gap';
}

/** Characters looked through for the neighbour of a wrapping mark: bounded, so a run of invisibles costs no more than this. */
const EDGE_LOOKAHEAD = 32;

/** Folded code points, by code point (BMP in an array, the rest in a map). */
const bmpCache: (Folded | undefined)[] = new Array(0x10000);
const astralCache = new Map<number, Folded>();

function foldedOf(cp: number, ch: string): Folded {
  let entry = cp < 0x10000 ? bmpCache[cp] : astralCache.get(cp);
  if (entry === undefined) {
    const folded = foldCodePoint(ch).replaceAll(SEPARATOR_MARK, '');
    entry = { folded, readings: otherReadings(ch, folded), stance: stanceOf(ch, folded) };
    if (cp < 0x10000) bmpCache[cp] = entry;
    else astralCache.set(cp, entry);
  }
  return entry;
}

/** What stands from `text[from]` on, invisibles looked through, and wrapping marks too unless `throughWraps` is false (a bounded look). */
function stanceAfter(text: string, from: number, throughWraps = true): Stance {
  let i = from;
  for (let seen = 0; i < text.length && seen < EDGE_LOOKAHEAD; seen++) {
    const cp = text.codePointAt(i) as number;
    const ch = cp > 0xffff ? String.fromCodePoint(cp) : (text[i] as string);
    const { stance } = foldedOf(cp, ch);
    if (stance !== 'unseen' && (stance !== 'wrap' || !throughWraps)) return stance;
    i += ch.length;
  }
  return 'gap';
}

/**
 * Whether a lone letter stands from `text[from]` on: past what folds to nothing (spaces, dashes, invisibles) and
 * other punctuation, one code point of a word, and after it no other (s.t.r.i.c.t: the `t` after the first full stop). A bounded look.
 */
function loneLetterAfter(text: string, from: number): boolean {
  let i = from;
  let letters = 0;
  for (let seen = 0; i < text.length && seen < EDGE_LOOKAHEAD; seen++) {
    const cp = text.codePointAt(i) as number;
    const ch = cp > 0xffff ? String.fromCodePoint(cp) : (text[i] as string);
    const { stance } = foldedOf(cp, ch);
    i += ch.length;
    if (stance === 'unseen') continue;
    if (stance === 'word') {
      if (++letters > 1) return false;
      continue;
    }
    if (letters === 1) return true;
    // A run of punctuation before the letter (`s..t`, `s.,t`, `s. . t`) sets it apart no less than one mark.
    if (stance === 'wrap') return false;
  }
  return letters === 1;
}

/** What stands before `text[to]`, invisibles and wrapping marks looked through. */
function stanceBefore(text: string, to: number): Stance {
  for (let i = to - 1, seen = 0; i >= 0 && seen < EDGE_LOOKAHEAD; seen++) {
    const low = text.charCodeAt(i);
    const start = low >= 0xdc00 && low <= 0xdfff && i > 0 ? i - 1 : i;
    const cp = text.codePointAt(start) as number;
    const { stance } = foldedOf(cp, String.fromCodePoint(cp));
    if (stance !== 'unseen' && stance !== 'wrap') return stance;
    i = start - 1;
  }
  return 'gap';
}

/**
 * Offsets of the question marks of Textile citations (`??strict drop-in replacement??`): a `??` that opens at a word's
 * start, and the next `??` on its line that closes at a word's end. A lone `??` (`replacement?? For …`) is a question.
 */
function textileCitations(text: string): Set<number> {
  const marks = new Set<number>();
  // Question marks as a reader sees them (`?`, fullwidth `？`, small `﹖`, and `⁇`, two in one): where each starts and ends.
  const runs: { start: number; end: number; count: number }[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) as number;
    const size = cp > 0xffff ? 2 : 1;
    const { folded } = foldedOf(cp, String.fromCodePoint(cp));
    if (folded === '?' || folded === '??') {
      const last = runs[runs.length - 1];
      if (last !== undefined && last.end === i) {
        last.end = i + size;
        last.count += folded.length;
      } else runs.push({ start: i, end: i + size, count: folded.length });
    }
    i += size;
  }
  let open: { start: number; end: number } | undefined;
  for (const run of runs) {
    // A pair: two question marks side by side, no third against either.
    if (run.count !== 2) continue;
    const before = stanceBefore(text, run.start) === 'word';
    const after = stanceAfter(text, run.end) === 'word';
    if (open !== undefined && before && !after && !text.slice(open.start, run.start).includes('\n')) {
      for (const { start, end } of [open, run]) for (let i = start; i < end; i++) marks.add(i);
      open = undefined;
    } else if (!before && after) open = run;
  }
  return marks;
}

/**
 * Whether a punctuation mark between two words of one line, spaces around it or not, also reads as nothing (review
 * rv1): a comma always, as English sets adjectives of one claim apart with it (`a strict, drop-in replacement`, `a
 * full, Node/Bun replacement`: the claim is still made); any other mark when it breaks a word into pieces: after a
 * piece of three letters or fewer, or before one of two or fewer (`st. ri. ct`, `s. trict`, `stri. ct`), the piece
 * after it starting no sentence (a capital) unless both are that short (`St. Ri. Ct`). A mark between whole words
 * keeps its reading: `replacement? For Node/Bun`, `replacement??? for Node/Bun` and `in full. Node/Bun replacement`
 * are two sentences.
 */
function piecesJoined(mark: 'comma' | 'pause' | 'other', before: number, text: string, from: number): boolean {
  if (before === 0) return false;
  const after = pieceAfter(text, from);
  if (after.letters === 0) return false;
  if (mark === 'comma') return true;
  // An ellipsis before a word of the same sentence (no capital) is a pause in it (`a strict… drop-in replacement`).
  if (mark === 'pause' && !after.capital) return true;
  if (after.capital) return Math.max(before, after.letters) <= PIECE_AT_MOST;
  return before <= PIECE_AT_MOST || after.letters < PIECE_AT_MOST;
}
const PIECE_AT_MOST = 3;

/**
 * Marks that join two words as a conjunction does (`a strict & drop-in replacement`): read as nothing between whole
 * words, as a comma is. A phrase's own joiners are spelt every way by the claim gate, so `Node & Bun` still reads as
 * `Node/Bun`; this is the other side, the text joining words of a claim that the phrase sets side by side.
 */
const JOINING_MARK = /^[&\uFF06\uFE60]$/u;
/**
 * Conjunctions between two words that a reader takes the claim through (`a strict and drop-in
 * replacement`, `full or Node/Bun replacement`): folded as text is (`and` folds to `ancl`), so look-alike letters and
 * invisibles inside them do not hide them. Each also keeps its reading as written. A contracted `and` (`strict 'n'
 * drop-in`: apostrophes fold to nothing, and Cyrillic `и` folds to `n` too) and the `and`/`or` of the languages a
 * reader of an English text still reads as one (`und`, `et`, `y`, `и`…) join words as `and` does.
 */
let conjunctions: ReadonlySet<string> | undefined;
let contrasts: ReadonlySet<string> | undefined;
let clauseWords: { copulas: ReadonlySet<string>; determiners: ReadonlySet<string> } | undefined;
const CONJUNCTION_WORDS = [
  'and', 'or', 'plus', 'nor', 'as well as', 'and also', 'but also', 'and even', 'or even', 'n',
  'und', 'oder', 'sowie', 'et', 'ou', 'y', 'e', 'o', 'i', 'ed', 'ni', 'или', 'та', 'або', 'och', 'eller', 'og', 'oraz', 'lub', 'και',
] as const;
/**
 * Conjunctions of contrast (`a strict but drop-in replacement`, `strict yet drop-in`), of English and of other
 * languages. Each joins two clauses at least as often as two adjectives (`the checks are strict, but drop-in
 * replacement for Node/Bun is not claimed`), so one is read as nothing only where the word before it modifies what
 * follows ({@link opensClause}).
 */
const CONTRAST_WORDS = [
  'but', 'yet', 'and yet', 'but still', 'yet still', 'albeit', 'though', 'although', 'aber', 'mais', 'pero', 'ma', 'но', 'але',
  // The other words of contrast or concession a reader passes over as the ones above (`a strict, still drop-in
  // replacement`, `strict whereas drop-in`, `strict, nevertheless drop-in`, `streng, jedoch drop-in`, `строгий, однако …`).
  'still', 'even', 'while', 'whilst', 'whereas', 'however', 'nevertheless', 'nonetheless', 'but nonetheless', 'but nevertheless', 'but even',
  'doch', 'jedoch', 'sondern', 'dennoch', 'trotzdem', 'pourtant', 'cependant', 'toutefois', 'mas', 'però', 'tuttavia', 'maar', 'однако', 'зато', 'тем не менее',
] as const;
/**
 * The verbs that make the word after them a predicate (`the checks are strict, but …`, `typing stays very strict, yet …`)
 * and the determiners that make it an attribute (`a strict but drop-in replacement`, `is now a strict, yet …`).
 * Not `'s`: `Acme's strict but drop-in replacement` is a possessive as often as `it's` is a verb.
 */
const COPULA_WORDS = ['is', 'are', 'was', 'were', 'be', 'been', 'being', 're', 'isn', 'aren', 'wasn', 'weren', 'stay', 'stays', 'remain', 'remains', 'seem', 'seems', 'look', 'looks', 'feel', 'feels', 'get', 'gets', 'become', 'becomes', 'keep', 'keeps'] as const;
const DETERMINER_WORDS = ['a', 'an', 'the', 'this', 'that', 'its', 'our', 'their', 'your', 'my', 'his', 'her', 'one', 'any', 'every', 'each', 'no'] as const;
/** Most words of one conjunction (`as well as`). */
const CONJUNCTION_RUNS_AT_MOST = 3;
/** Word runs kept back: a conjunction's own, the word before it and two more, where a copula or determiner stands. */
const CHAIN_AT_MOST = CONJUNCTION_RUNS_AT_MOST + 3;
/**
 * Whether folded text is a conjunction the fold reads as nothing between two words. Such a reading leaves every word
 * in sight: a claim gate taking an exemption away for what a detour hides does not count it.
 */
export function isFoldedConjunction(folded: string): boolean {
  return conjunctionSet().has(folded) || contrastSet().has(folded);
}
/** The conjunctions folded, once. Folding them is a fold itself: the empty set stands while they fold (none holds a conjunction). */
function conjunctionSet(): ReadonlySet<string> {
  if (conjunctions === undefined) {
    conjunctions = new Set();
    conjunctions = new Set(CONJUNCTION_WORDS.map((w) => foldString(w)));
  }
  return conjunctions;
}
function contrastSet(): ReadonlySet<string> {
  if (contrasts === undefined) {
    contrasts = new Set();
    contrasts = new Set(CONTRAST_WORDS.map((w) => foldString(w)));
  }
  return contrasts;
}
function clauseWordSets(): { copulas: ReadonlySet<string>; determiners: ReadonlySet<string> } {
  if (clauseWords === undefined) {
    clauseWords = { copulas: new Set(), determiners: new Set() };
    clauseWords = { copulas: new Set(COPULA_WORDS.map((w) => foldString(w))), determiners: new Set(DETERMINER_WORDS.map((w) => foldString(w))) };
  }
  return clauseWords;
}

/**
 * Whether a conjunction of contrast whose first run is `chain[k]` may open a clause rather than join two words of one
 * phrase: the word before it follows a copula, directly or past one word (`are strict, but`, `are very strict, but`),
 * and no determiner stands right before it (`is a strict but drop-in replacement` joins two adjectives), and the words
 * after it go on as a clause does, with a verb of their own before the sentence ends (`are strict, but drop-in
 * replacement for Node/Bun is not claimed`): a predicate joined to a predicate noun with none (`Acme is strict but
 * drop-in replacement for Node/Bun.`) is one phrase, the claim (closed session 40).
 */
function opensClause(chain: readonly ChainRun[], at: number, text: string, after: number): boolean {
  const { copulas, determiners } = clauseWordSets();
  // `and yet`, `or else`: the word before the whole conjunction is the one that follows the copula.
  const k = at > 0 && conjunctionSet().has((chain[at - 1] as ChainRun).folded) && (chain[at] as ChainRun).joined ? at - 1 : at;
  const word = chain[k - 1];
  if (word === undefined || !word.joined) return false;
  const p1 = chain[k - 2];
  if (p1 === undefined || determiners.has(p1.folded)) return false;
  const p2 = p1.joined ? chain[k - 3] : undefined;
  if (!copulas.has(p1.folded) && !(p2 !== undefined && copulas.has(p2.folded))) return false;
  return clauseGoesOn(text, after);
}
/**
 * Whether the words from `text[from]` to the sentence's end (a stop, `;`, `!`, `?`, a blank line, a list item or a heading;
 * a bounded look) go on as the contrast's own clause: a verb of its own — a copula, an auxiliary, a verb a disclaimer
 * goes on with (`needs`, `lacks`, `ships`) — before anything parts it from the next clause, or a verbless disclaimer.
 *
 * Red team xw (closed session 41): a verb after the clause was parted is another clause's (`… for Node/Bun, and it ships
 * today`, `… and can run every package`, `… — users can switch today`, `…, which is great`), so the contrast joined
 * `strict` to the claim; a comma, a dash or a bracket parts it unless it opens an aside whose close a verb follows
 * (`…, as documented, is not claimed`). A clause with no verb is a disclaimer only when a negation a disclaimer says
 * follows a question mark, a colon, a dash or a comma (`…? Not yet.`, `…: not claimed.`, `… — not in this release.`);
 * an unrelated `not` (`…, not a toy`) is no disclaimer (fail-closed).
 */
function clauseGoesOn(text: string, from: number): boolean {
  const rest = text.slice(from, from + CLAUSE_AT_MOST);
  // A line break inside a paragraph is no end (Markdown wraps sentences); a blank line, a list item or a heading is.
  // An ellipsis is no stop (`out of scope... not.`: red team xw): the words after it are the clause's.
  const end = rest.search(/(?:(?<!\.)\.|[!?\u3002])(?:\s|$)|[;\uFF1B\u037E\u3002]|\n[ \t]*(?:\n|[-*+][ \t]|\d+[.)][ \t]|#|\|)/u);
  const clause = end < 0 ? rest : rest.slice(0, end);
  const tokens = [...clause.toLowerCase().matchAll(CLAUSE_TOKEN)];
  const { verbs, relatives, coordinators, subjects } = clauseReadSets();
  const folded = (k: number): string => foldString(tokens[k]?.[0] ?? '');
  for (let i = 0; i < tokens.length; i++) {
    const token = (tokens[i] as RegExpMatchArray)[0];
    const close = PARTING_CLOSE[token.trim()];
    if (close !== undefined) {
      const at = tokens.findIndex((t, k) => k > i && t[0].trim() === close);
      if (at > i && verbs.has(folded(at + 1))) {
        i = at;
        continue;
      }
      const after = clause.slice(((tokens[i] as RegExpMatchArray).index ?? 0) + token.length);
      // Red team xw: a disclaimer asked is no disclaimer (`…: out of scope? Not at all.`); a claim asked is disclaimed
      // by its answer alone (`…: supported? Not yet.`).
      if (end >= 0 && rest[end] === '?') return !disclaimsAfter(after) && disclaimsAfter(answerAfter(rest, end)) && !takenBack(rest, answerEnd(rest, end));
      return disclaimsAfter(after) && !takenBack(rest, end);
    }
    const word = foldString(token);
    if (relatives.has(word)) return false;
    if (verbs.has(word)) return true;
    // `… and can run every package`, `… and it ships`: a verb or a subject after `and` is the next clause's.
    if (coordinators.has(word) && (verbs.has(folded(i + 1)) || subjects.has(folded(i + 1)))) return false;
  }
  if (end < 0 || rest[end] !== '?') return false;
  return disclaimsAfter(answerAfter(rest, end)) && !takenBack(rest, answerEnd(rest, end));
}
/** Where the answer after a question mark at `end` ends in `rest` (its stop, `;` or blank line), or -1 at the look's end. */
function answerEnd(rest: string, end: number): number {
  const at = rest.slice(end + 1).search(SENTENCE_END);
  return at < 0 ? -1 : end + 1 + at;
}

/**
 * Red team xw (closed session 42): whether the words after a disclaimer's clause, ended at `rest[end]`, take it back:
 * the rest of its sentence, clause by clause after each `;` (`…: not yet; kidding, it is.`, `…: deferred; no, it ships
 * today.`), or a next sentence that opens by taking it back (`…: not yet. Just kidding, it is.`). The disclaimer stopped
 * at the semicolon and nothing after it was read, so a line that claims left the claim disclaimed. A clause that goes on
 * disclaiming (`not yet; see the roadmap`, `not yet; no kidding`, `deferred; in fact it is tracked for v2`) keeps it.
 */
function takenBack(rest: string, end: number): boolean {
  let at = end;
  // Each clause after a semicolon is the sentence's own; a stop ends it, and only a next sentence's opening is read.
  for (let clauses = 0; at >= 0 && clauses < TAKE_BACK_CLAUSES_AT_MOST; clauses++) {
    const mark = rest[at] as string;
    const tail = rest.slice(at + 1);
    const next = tail.search(SENTENCE_END);
    const clause = next < 0 ? tail : tail.slice(0, next);
    if (mark === '\n') return false;
    const semicolon = SEMICOLONS.includes(mark);
    if (takesBack(clause, semicolon)) return true;
    if (!semicolon) return false;
    at = next < 0 ? -1 : at + 1 + next;
  }
  return false;
}
const TAKE_BACK_CLAUSES_AT_MOST = 4;
const SEMICOLONS = ';\uFF1B\u037E';
/**
 * Whether a clause takes back a disclaimer before it: a retraction not negated (`kidding`, `just joking`, `scratch
 * that`, `nur Spaß`, `je plaisante`, `шучу`), or a contradiction that says the thing is there with nothing that keeps the
 * disclaimer (`no, it ships today`, `actually, it is`, `doch, es ist fertig`); in the sentence's own clauses also a bare
 * affirmation (`; it is.`, `; it's here.`).
 */
function takesBack(clause: string, sameSentence: boolean): boolean {
  const words = clause.normalize('NFKC').toLowerCase().match(TAKE_BACK_WORD) ?? [];
  if (words.length === 0) return false;
  const { retractions, openers, affirming, keeping } = takeBackSets();
  const joined = ` ${words.join(' ')} `;
  for (const r of retractions) {
    for (let i = joined.indexOf(` ${r} `); i >= 0; i = joined.indexOf(` ${r} `, i + 1)) {
      const before = joined.slice(0, i).trim().split(' ').slice(-2);
      if (!before.some((w) => w === 'no' || w === 'not' || w === 't' || w === 'nicht' || w === 'pas' || w === 'не')) return true;
    }
  }
  let from = 0;
  for (let opened = true; opened; ) {
    opened = false;
    for (const o of openers) {
      const parts = o.split(' ');
      if (parts.every((p, k) => words[from + k] === p)) {
        from += parts.length;
        opened = true;
        break;
      }
    }
  }
  const said = words.slice(from);
  if (said.length === 0 || said.some((w) => keeping.has(w) || /^v?\p{N}/u.test(w))) return false;
  // Bare, an affirmation is the whole clause (`; it is.`, `; it's here.`): `; it is a goal` affirms something else.
  if (from === 0) return sameSentence && said.length > 1 && AFFIRMING_SUBJECTS.has(said[0] as string) && said.slice(1).every((w) => affirming.has(w));
  return said.some((w) => affirming.has(w));
}
const TAKE_BACK_WORD = /[\p{L}\p{N}]+/gu;
const AFFIRMING_SUBJECTS: ReadonlySet<string> = new Set(['it', 'this', 'that', 'we', 'they', 'es', 'c', 'il', 'elle', 'è', 'это', 'оно']);
let takeBackWords: { retractions: readonly string[]; openers: readonly string[]; affirming: ReadonlySet<string>; keeping: ReadonlySet<string> } | undefined;
function takeBackSets(): NonNullable<typeof takeBackWords> {
  return (takeBackWords ??= {
    retractions: RETRACTION_PHRASES.map((p) => (p.normalize('NFKC').toLowerCase().match(TAKE_BACK_WORD) ?? []).join(' ')),
    // Longest first: `oh wait` before `wait`, `in fact` before `in`.
    openers: [...CONTRADICTION_OPENERS].map((p) => (p.normalize('NFKC').toLowerCase().match(TAKE_BACK_WORD) ?? []).join(' ')).sort((a, b) => b.length - a.length),
    affirming: new Set(AFFIRMING_WORDS),
    keeping: new Set(DISCLAIMER_KEEPING_WORDS),
  });
}
/** The answer after a question mark at `end`: its own sentence, the disclaimer the whole of it (`? Not yet.`). */
function answerAfter(rest: string, end: number): string {
  const answer = rest.slice(end + 1);
  const answerEnd = answer.search(SENTENCE_END);
  return answerEnd < 0 ? answer : answer.slice(0, answerEnd);
}
const SENTENCE_END = /(?:(?<!\.)\.|[!?\u3002])(?:\s|$)|[;\uFF1B\u037E\u3002]|\n[ \t]*\n/u;
/**
 * Whether a verbless clause is, as a whole, a disclaimer (`Not yet.`, `not claimed`, `no.`, `not in this release`,
 * `out of scope`, `a non-goal`, `deferred`, `wontfix`): a disclaimer's opening, then only the words a disclaimer goes on
 * with (`yet`, `for now`, `in the current release`, `until v2`). Red team xd (closed session 42): the opening alone was
 * read, so words after it that overturn it (`not claimed lightly`, `Not yet a question: it is.`) left the claim
 * disclaimed; and `out of scope` was no disclaimer, so a sound disclaimer failed. Any other word makes it no disclaimer
 * (fail-closed: `not a toy`, `no compromises`).
 */
function disclaimsAfter(text: string): boolean {
  const all = text.normalize('NFKC').toLowerCase().match(DISCLAIMER_WORD) ?? [];
  // An adverb before the opening leaves it the opening (`still out of scope`, `explicitly a non-goal`).
  let first = 0;
  while (first < all.length - 1 && DISCLAIMER_ADVERBS.has(all[first] as string)) first++;
  const words = all.slice(first);
  const opening = DISCLAIMER_OPENINGS.find((o) => o.every((w, i) => words[i] === w));
  if (opening === undefined) return false;
  const rest = words.slice(opening.length);
  // A bare negation is the whole answer (`No.`, `never`): `no compromises` says something else.
  if (opening.length === 1 && BARE_NEGATIONS.has(opening[0] as string)) return rest.length === 0;
  return rest.every((w) => disclaimerTail().has(w) || VERSION_WORD.test(w)) && !disclaimerOverturned(text);
}
/**
 * Red team xw (closed session 42): whether the words of a disclaimer, all of them a disclaimer's, overturn it: a negation
 * of a negation or of a word that says the thing is left out (`not deferred`, `not out of scope`, `not not supported`,
 * `deferred not`, `not supported... not`), or a wait that ended (`deferred until now`, `not supported until this release`,
 * `unsupported until today`): the thing is there. Read on the words joined by one space.
 */
function disclaimerOverturned(text: string): boolean {
  // A comma parts two disclaimers (`Not yet, not in the current release`): a negation is of the word right after it.
  const words = (text.normalize('NFKC').toLowerCase().match(DISCLAIMER_WORD_OR_COMMA) ?? []).join(' ');
  return DOUBLE_NEGATION.test(words) || LEFT_OUT_NEGATED_LAST.test(words) || WAIT_ENDED.test(words);
}
const DISCLAIMER_WORD_OR_COMMA = /[\p{L}\p{N}]+(?:\.[\p{N}]+)*|[,;:]/gu;
const LEFT_OUT = String.raw`(?:out of scope|a non goal|non goal|nongoal|deferred|unsupported|wontfix|won t fix|excluded|unclaimed|not|no|never)`;
const DOUBLE_NEGATION = new RegExp(String.raw`(?:^| )(?:not|no|never) ${LEFT_OUT}(?= |$)`, 'u');
/** A `not` last after a disclaimer's words, or a `no` after a left-out word (`deferred not`, `out of scope... not`, `unsupported no`). */
const LEFT_OUT_NEGATED_LAST = new RegExp(String.raw` not$|(?:^| )${LEFT_OUT} no$`, 'u');
const WAIT_ENDED = /(?:^| )until (?:now|today|here|recently|this|the current|current)(?= |$)/u;
const DISCLAIMER_ADVERBS: ReadonlySet<string> = new Set(['still', 'explicitly', 'deliberately', 'intentionally', 'currently', 'officially', 'also', 'simply', 'strictly']);
const DISCLAIMER_WORD = /[\p{L}\p{N}]+(?:\.[\p{N}]+)*/gu;
const VERSION_WORD = /^v?\p{N}+(?:\.\p{N}+)*$/u;
const BARE_NEGATIONS: ReadonlySet<string> = new Set(['no', 'nope', 'never']);
/** How a verbless disclaimer opens, word by word, longest first (`non-goal` is `non goal`, `won't fix` is `won t fix`). */
const DISCLAIMER_OPENINGS: readonly (readonly string[])[] = [
  ['out', 'of', 'scope'], ['a', 'non', 'goal'], ['won', 't', 'fix'], ['non', 'goal'], ['future', 'work'], ['not'], ['no'], ['nope'], ['never'], ['nongoal'],
  ['deferred'], ['unsupported'], ['wontfix'], ['excluded'], ['unclaimed'], ['planned'], ['later'], ['tbd'],
];
/** The words a verbless disclaimer goes on with after its opening; any other word is the clause's own (`lightly`). */
let disclaimerTails: ReadonlySet<string> | undefined;
const disclaimerTail = (): ReadonlySet<string> =>
  (disclaimerTails ??= new Set([
      'not', 'yet', 'claimed', 'promised', 'guaranteed', 'supported', 'ready', 'available', 'offered', 'planned', 'deferred', 'today', 'now', 'until', 'there',
      'quite', 'in', 'this', 'that', 'scope', 'out', 'of', 'the', 'current', 'any', 'release', 'releases', 'version', 'versions', 'for', 'as', 'here', 'at', 'all',
      'a', 'goal', 'either', 'still', 'also', 'intentionally', 'by', 'design', 'on', 'roadmap', 'tier', 'anymore', 'ever', 'officially', 'currently', 'phase',
      'milestone', 'sprint', 'time', 'being', 'moment', 'next', 'to', 'later', 'project', 'projects', 'future', 'work',
    ]));
/** A word, or a mark that parts a clause: a comma, a colon, a bracket, a dash (a hyphen between spaces). */
const CLAUSE_TOKEN = /\p{L}+|[,:()\u2014\u2015\u2013]|\s-{1,2}\s/gu;
/** Each parting mark and the mark that closes an aside it opens (a colon opens none). */
const PARTING_CLOSE: Readonly<Record<string, string>> = { ',': ',', ':': '\0', '(': ')', '\u2014': '\u2014', '\u2015': '\u2015', '\u2013': '\u2013', '-': '-', '--': '--' };
let clauseReads: { verbs: ReadonlySet<string>; relatives: ReadonlySet<string>; coordinators: ReadonlySet<string>; subjects: ReadonlySet<string> } | undefined;
function clauseReadSets(): NonNullable<typeof clauseReads> {
  return (clauseReads ??= {
    verbs: clauseVerbSet(),
    // Folded as the words are (the fold reads `w` as `vv`: `which` is `vvhich`).
    relatives: new Set(RELATIVE_WORDS.map((w) => foldString(w))),
    coordinators: new Set(['and', 'or', 'nor', 'so', 'plus', 'und', 'et', 'y'].map((w) => foldString(w))),
    subjects: new Set(['i', 'it', 'they', 'we', 'you', 'he', 'she', 'there', 'everyone', 'everybody', 'nobody'].map((w) => foldString(w))),
  });
}
/** How far past a conjunction of contrast its clause's verb is looked for. */
const CLAUSE_AT_MOST = 200;
const RELATIVE_WORDS = ['that', 'which', 'who', 'whose', 'where'] as const;
let clauseVerbs: ReadonlySet<string> | undefined;
function clauseVerbSet(): ReadonlySet<string> {
  return (clauseVerbs ??= new Set([...COPULA_WORDS, ...CLAUSE_VERB_WORDS].map((w) => foldString(w))));
}
/** Verbs a clause after a conjunction of contrast goes on with, beside the copulas: auxiliaries, and a disclaimer's verbs. */
const CLAUSE_VERB_WORDS = [
  'will', 'would', 'shall', 'should', 'can', 'cannot', 'could', 'may', 'might', 'must', 'has', 'have', 'had', 'hasn', 'haven', 'does', 'do', 'did', 'doesn', 'don', 'didn', 'won', 'wouldn', 'isnt', 'arent',
  'needs', 'need', 'requires', 'require', 'lacks', 'lack', 'lags', 'comes', 'come', 'lands', 'land', 'ships', 'ship', 'waits', 'awaits', 'depends', 'follows', 'belongs', 'means', 'goes', 'takes', 'falls', 'sits', 'lives',
  'ist', 'sind', 'bleibt', 'wird', 'est', 'sont', 'reste', 'es', 'son', 'sigue', 'sono', 'resta',
] as const;
/** Whether a run is a word of more than one letter (a run past the collecting bound, `\0`, is a longer word). */
const wholeWord = (run: ChainRun | undefined): boolean => run !== undefined && (run.folded === '\0' || run.folded.length > 1);
interface ChainRun {
  start: number;
  folded: string;
  joined: boolean;
}

/** Longest folded conjunction or clause word: a word run longer than this is none and stops being collected. */
const CONJUNCTION_AT_MOST = 12;

/**
 * Whether a word stands from `text[from]` on, past what joins words without ending a clause: spaces, dashes, invisibles
 * and line breaks (the fold reads words across a line break, so a conjunction at a line's end joins as one inside it
 * does), brackets, commas, `&` and slashes (`and/or`, `and (drop-in)`, `and, above all`). A bounded look.
 */
function wordAhead(text: string, from: number): boolean {
  let i = from;
  for (let seen = 0; i < text.length && seen < EDGE_LOOKAHEAD; seen++) {
    const cp = text.codePointAt(i) as number;
    const ch = cp > 0xffff ? String.fromCodePoint(cp) : (text[i] as string);
    const { folded, stance } = foldedOf(cp, ch);
    if (stance === 'word') return true;
    // An ellipsis too (`strict and … drop-in`): whether it is a pause or a sentence's end is its own reading to decide.
    if (!(stance === 'wrap' || folded === '' || COMMA.test(folded) || JOINING_MARK.test(folded) || /^\.+$/u.test(folded))) return false;
    i += ch.length;
  }
  return false;
}
/** How far either side of a slash its path or address is looked at: a longer one is read as words. */
const PATH_AT_MOST = 256;
/**
 * Whether the slash at `text[i]` separates the parts of an address or a path rather than joining two words: a reader
 * does not take `https://github.com/acme/app/tree/main/bench/runtime/parity for the listed workloads` or
 * `shims/strict/drop-in.ts` as `runtime and parity`, `strict or drop-in`. Told by the whole run of text without
 * spaces around it: a scheme (`://`), a start at the root, home or here (`/`, `~/`, `./`, `../`), a trailing slash
 * or a last part with a file extension. A run of words joined by slashes and nothing else (`a fast/strict/drop-in
 * replacement`) is no path: its slashes join its words.
 */
function inPath(text: string, i: number, size: number): boolean {
  let start = i;
  while (start > 0 && i - start < PATH_AT_MOST && !breaksPath(text, start - 1)) start--;
  let end = i + size;
  while (end < text.length && end - i < PATH_AT_MOST && !breaksPath(text, end)) end++;
  // Quotes, brackets and a sentence's own punctuation around the run are no part of it.
  const run = text.slice(start, end).replace(/^[(\[{<"'`\u2018\u201C]+/u, '').replace(/[)\]}>"'`\u2019\u201D.,;:!?]+$/u, '');
  // A slash set apart by spaces (`strict / drop-in`) is the whole run: it joins the words either side.
  if (run.length <= size) return false;
  if (/:\/\/|^(?:www\.|~\/|\.{1,2}\/|\/)/u.test(run) || run.endsWith('/')) return true;
  const last = run.slice(run.lastIndexOf('/') + 1);
  return /^[^./]+\.[A-Za-z][A-Za-z0-9]{0,5}$/u.test(last);
}
/**
 * Whether the UTF-16 unit at `text[k]` ends a path's run: a space, or a character drawn blank or not at all that no path
 * holds (`\u2800`, a Hangul filler, `\u200B`, a tag): `strict/drop-in\u2800replacement\u2800for\u2800Node/Bun,\u2800see
 * https://…` is words to a reader, its address apart (review rz, session 36).
 */
function breaksPath(text: string, k: number): boolean {
  const unit = text.charCodeAt(k);
  const at = unit >= 0xdc00 && unit <= 0xdfff && k > 0 ? k - 1 : k;
  return PATH_BREAK.test(String.fromCodePoint(text.codePointAt(at) as number));
}
const PATH_BREAK = /^[\s\u2800\p{Default_Ignorable_Code_Point}\p{Cf}\p{Co}\p{Cn}]$/u;
/** A comma of any script (Latin, fullwidth, ideographic `、`, Arabic `،`, Armenian, Ethiopic, Mongolian, NKo, Vai, Lisu, reversed and turned). */
const COMMA = /^[,\u055D\u060C\u07F8\u1363\u1802\u1808\u2E32\u2E34\u2E41\u3001\uA4FE\uA60D\uFE10\uFE11\uFE50\uFE51\uFF0C\uFF64]$/u;
const LINE_BREAK = /^[\n\r\u2028\u2029\u0085\v\f]$/u;
const CAPITAL = /^[\p{Lu}\p{Lt}]$/u;

/** The word run after `text[from]` on its line, past spaces and punctuation (not a wrapping mark): its letters (a few at most), and whether it starts with a capital. */
function pieceAfter(text: string, from: number): { letters: number; capital: boolean } {
  let i = from;
  let letters = 0;
  let capital = false;
  for (let seen = 0; i < text.length && seen < EDGE_LOOKAHEAD; seen++) {
    const cp = text.codePointAt(i) as number;
    const ch = cp > 0xffff ? String.fromCodePoint(cp) : (text[i] as string);
    const { stance } = foldedOf(cp, ch);
    i += ch.length;
    if (stance === 'word') {
      if (letters === 0) capital = CAPITAL.test(ch);
      if (++letters > PIECE_AT_MOST) return { letters, capital };
      continue;
    }
    if (stance === 'unseen') continue;
    if (letters > 0 || stance === 'wrap' || LINE_BREAK.test(ch)) break;
  }
  return { letters, capital };
}

/** Whether a full stop stands at `text[j]`, or past one or two spaces from it that way: an ellipsis spaced out (`strict . . . drop-in`) is one too. */
function stopNear(text: string, j: number, step: 1 | -1): boolean {
  for (let spaces = 0; spaces <= 2 && j >= 0 && j < text.length; spaces++, j += step) {
    if (text[j] === '.' || text[j] === '\u2026') return true;
    if (text[j] !== ' ' && text[j] !== '\u00A0') return false;
  }
  return false;
}

/** How a punctuation mark at `text[i]` joins the words around it: as a comma or conjunction, as an ellipsis's pause, or neither. */
function markKind(folded: string, text: string, i: number, size: number): 'comma' | 'pause' | 'other' {
  const ch = text.slice(i, i + size);
  if (COMMA.test(folded) || COMMA.test(ch) || JOINING_MARK.test(folded) || JOINING_MARK.test(ch)) return 'comma';
  if (folded === '...' || (folded === '.' && (stopNear(text, i - 1, -1) || stopNear(text, i + size, 1)))) return 'pause';
  return 'other';
}

/** Which UTF-16 units of a text of `length` units the skippable `spans` (pairs [start, end)) cover. */
function hiddenUnits(spans: Int32Array, length: number): Uint8Array {
  const mask = new Uint8Array(length);
  for (let k = 0; k + 1 < spans.length; k += 2) mask.fill(1, Math.max(0, spans[k] as number), Math.min(length, spans[k + 1] as number));
  return mask;
}

/** A code point folded to punctuation only (`.`, `,`, `?`, `…`, `/`): no letter or digit, not nothing. */
const isPunctuation = (entry: Folded): boolean => entry.folded !== '' && entry.stance !== 'word' && entry.stance !== 'unseen';

/**
 * Fold rendered text (see the module comment): separators (whitespace, line breaks, dashes) and
 * invisible characters produce nothing, every other code point its folded letters. Skippable spans
 * are carried over to folded indexes.
 */
export function fold(rendered: MappedText, order: 'display' | 'logical' = 'display'): MappedText {
  const ordered = order === 'display' ? displayOrder(rendered, rendered.direction) : rendered;
  const { text, offsets } = ordered;
  const spans = ordered.skippable;
  const foldedAt = spans === undefined ? undefined : new Int32Array(text.length + 1);
  const parts: string[] = [];
  const out = new OffsetBuffer(text.length);
  const readingSpans: number[] = [];
  const readingTexts: string[] = [];
  let length = 0;
  /** What stands before the current code point, invisibles and wrapping marks looked through. */
  let leftStance: Stance = 'gap';
  /**
   * Letters set apart one by one (`s.t.r.i.c.t`, `F,u,l,l`, `s / t / r`, `S. T. R.`): punctuation between two lone
   * letters also reads as nothing, as a reader spells the word out. `wordRun` counts the letters of the run last seen
   * (invisibles looked through), `loneBefore` holds while that run was one letter and only what folds to nothing
   * (spaces, dashes) followed it. Punctuation beside a longer word keeps its reading: `replacement? For` ends a sentence.
   */
  let wordRun = 0;
  let loneBefore = false;
  /** The punctuation last met was read as nothing between lone letters, and no longer word came since. */
  let spelled = false;
  /** The last code point seen (invisibles looked through) is part of a word. */
  let againstWord = false;
  /** Letters of the last word run on this line, when only spaces and punctuation followed it (none past a wrapping mark). */
  let pieceBefore = 0;
  /**
   * A word ended and only what folds to nothing (spaces, line breaks, dashes, invisibles) followed it; `runAfterWord`:
   * that held when the current word run started. `runStart`/`runFolded`: where the run starts in the folded text and
   * its folded letters (a conjunction's few at most).
   */
  let blankAfterWord = false;
  let runAfterWord = false;
  let runStart = 0;
  let runFolded = '';
  /** The last word runs, each joined to the one before by what folds to nothing: a conjunction may span a few. */
  let chain: ChainRun[] = [];
  const joiningWords = conjunctionSet();
  const contrastWords = contrastSet();
  /** Where a renderer may hide text: a conjunction glued to a hidden word (`<span hidden>x</span>and`) is still read. */
  const hidden = spans === undefined ? undefined : hiddenUnits(spans, text.length);
  const citations = /[?\uFF1F\uFE56\u2047]/u.test(text) ? textileCitations(text) : undefined;
  /**
   * Where an interlinear annotation's text starts (folded), after its separator U+FFFA: plain text's ruby draws it above
   * the annotated text, so the line reads as if it were not there, as `<rt>` is (red team ta, session 47). Unicode lets
   * one anchor carry several annotations, each after its own U+FFFA: all of them, from the first separator to the
   * terminator, read as nothing (red team rr, session 47); an anchor U+FFF9 starts a new annotation.
   */
  let annotationFrom: number | undefined;
  for (let i = 0; i < text.length; ) {
    const cp = text.charCodeAt(i);
    if (foldedAt !== undefined) foldedAt[i] = length;
    let entry: Folded;
    let size = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const full = text.codePointAt(i) as number;
      size = full > 0xffff ? 2 : 1;
      if (foldedAt !== undefined && size === 2) foldedAt[i + 1] = length;
      entry = foldedOf(full, String.fromCodePoint(full));
    } else {
      entry = foldedOf(cp, text[i] as string);
    }
    const { folded, stance } = entry;
    const blankBefore: boolean = blankAfterWord;
    if (stance !== 'word' && stance !== 'unseen') {
      // A conjunction between two words also reads as nothing: the words it joins make the claim.
      if (wordRun > 0) {
        if (!runAfterWord) chain = [];
        // A run cut short at the collecting bound is a longer word: it is no part of a conjunction.
        chain.push({ start: runStart, folded: runFolded.length > CONJUNCTION_AT_MOST ? '\0' : runFolded, joined: runAfterWord });
        if (chain.length > CHAIN_AT_MOST) chain.shift();
        if (wordAhead(text, i)) {
          let words = '';
          for (let k = chain.length - 1; k >= 0 && k >= chain.length - CONJUNCTION_RUNS_AT_MOST; k--) {
            const run = chain[k] as ChainRun;
            words = run.folded + words;
            // A lone letter joins only after a whole word: in a word spelled out (`s t r i c t`) each letter is one of it.
            const joins = joiningWords.has(words) ? words.length > 1 || wholeWord(chain[k - 1]) : contrastWords.has(words) && !opensClause(chain, k, text, i);
            if (run.joined && joins) {
              readingSpans.push(run.start, length);
              readingTexts.push('');
            }
          }
        }
      }
    } else if (stance === 'word' && wordRun === 0) {
      runAfterWord = blankAfterWord;
      blankAfterWord = false;
      runStart = length;
      runFolded = '';
    }
    if (stance === 'word' && runFolded.length <= CONJUNCTION_AT_MOST && hidden?.[i] !== 1) runFolded += folded;
    for (const reading of entry.readings) {
      readingSpans.push(length, length + folded.length);
      readingTexts.push(reading);
    }
    if (cp === 0xfff9) annotationFrom = undefined;
    else if (cp === 0xfffa) annotationFrom ??= length;
    else if (cp === 0xfffb && annotationFrom !== undefined) {
      readingSpans.push(annotationFrom, length);
      readingTexts.push('');
      annotationFrom = undefined;
    }
    let nothing = false;
    /** This mark was read as nothing between lone letters: the letter before it is still the one a run after it follows. */
    let spelledHere = false;
    if (stance === 'wrap') {
      nothing = folded !== '' && (leftStance === 'word') !== (stanceAfter(text, i + size) === 'word');
      // A slash between two words also joins them as `and`/`or` does (`a strict/drop-in replacement`); it keeps its reading.
      if (folded === '/' && (againstWord || blankBefore) && wordAhead(text, i + size) && !inPath(text, i, size)) nothing = true;
    }
    if (isPunctuation(entry)) {
      // `S.T.R.I.C.T. drop-in`: the stop after the last letter of a spelled-out run ends the run, no sentence.
      if (loneBefore && (spelled || loneLetterAfter(text, i + size))) nothing = spelled = spelledHere = true;
      else spelled = false;
      // Punctuation inside a word, a letter against it on both sides (`st.rict`, `s\u200Dt.r`): the word read whole too.
      // Not a wrapping mark: `Node(Bun`, `Node|Bun` keep their reading.
      if (stance !== 'wrap' && againstWord && stanceAfter(text, i + size, false) === 'word') nothing = true;
      if (citations?.has(i) === true) nothing = true;
      if (!nothing && stance !== 'wrap' && piecesJoined(markKind(folded, text, i, size), wordRun > 0 ? wordRun : pieceBefore, text, i + size)) nothing = true;
    }
    if (nothing && !entry.readings.includes('')) {
      readingSpans.push(length, length + folded.length);
      readingTexts.push('');
    }
    // Past a word, what folds to nothing or is read as nothing here (`strict, and`, `strict (and`, `and/or`) leaves
    // the next word joined to it.
    if (stance !== 'word' && stance !== 'unseen') blankAfterWord = (wordRun > 0 || blankBefore) && ((folded === '' && stance === 'gap') || nothing);
    if (stance !== 'wrap' && stance !== 'unseen') leftStance = stance;
    if (stance !== 'unseen') againstWord = stance === 'word';
    if (stance === 'word') {
      wordRun++;
      loneBefore = wordRun === 1;
      if (!loneBefore) spelled = false;
    } else if (stance !== 'unseen') {
      if (wordRun > 0) pieceBefore = wordRun;
      if (stance === 'wrap' || LINE_BREAK.test(text[i] as string)) pieceBefore = 0;
      wordRun = 0;
      if ((folded !== '' && !spelledHere) || stance === 'wrap') loneBefore = false;
    }
    const source = offsets[i] as number;
    i += size;
    if (folded === '') continue;
    parts.push(folded);
    length += folded.length;
    if (folded.length === 1) out.push(source);
    else out.pushMany(source, folded.length);
  }
  if (foldedAt !== undefined) foldedAt[text.length] = length;
  let skippable: Int32Array | undefined;
  if (spans !== undefined && foldedAt !== undefined) {
    const kept: number[] = [];
    for (let k = 0; k + 1 < spans.length; k += 2) {
      const a = foldedAt[spans[k] as number] as number;
      const b = foldedAt[spans[k + 1] as number] as number;
      if (b > a) kept.push(a, b);
    }
    if (kept.length > 0) skippable = Int32Array.from(kept);
  }
  const readings = readingTexts.length === 0 ? undefined : { spans: Int32Array.from(readingSpans), texts: readingTexts };
  return { text: parts.join(''), offsets: out.finish(), skippable, readings, unverifiable: rendered.unverifiable, wordSets: rendered.wordSets, linked: rendered.linked };
}


/** Identity source map: plain text, every unit from its own offset. */
export function plainText(text: string): MappedText {
  const offsets = new Int32Array(text.length);
  for (let k = 0; k < text.length; k++) offsets[k] = k;
  return { text, offsets };
}

/** A string folded on its own (no source map kept). */
export function foldString(text: string): string {
  return fold(plainText(text)).text;
}
