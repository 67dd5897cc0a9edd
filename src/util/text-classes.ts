/**
 * The engine's one meaning of "blank" and of "placeholder" (DESIGN §9). Every text the engine requires
 * to carry content — waiver and rollback fields, run and correlation ids, blocking reasons, lineage
 * values — is judged by these two functions and nothing else, so an evasion closed here is closed
 * everywhere.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { displayedText, displayedTexts, hasBidiControls, hasRightToLeftLetter } from '../text/bidi.js';
import { codeSpanTagsAsText, decodeHtml, drawnMarkup } from '../text/drawn.js';
import { maskTagBrackets } from '../text/html-tags.js';

export { decodeHtml };
import { LATIN_LOOKALIKES, LIST_MARKS_BY_NAME } from '../text/latin-lookalikes.js';
import { SCRIPT_LOOKALIKES } from '../text/script-lookalikes.js';
import { lazy } from './lazy.js';

/**
 * Characters a reader does not see: Unicode default-ignorables (zero-width space/joiner/non-joiner,
 * word joiner, soft hyphen, BOM, Hangul fillers, variation selectors, tag characters…), every other
 * format character (Cf: bidi controls, interlinear annotation…), and controls (Cc, NUL included).
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}]/gu;

/** What makes a text carry content once invisibles are gone: a letter, digit, punctuation mark or symbol. */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/**
 * Graphic characters drawn blank, though Unicode files them as letters or symbols: the braille blank, Egyptian
 * hieroglyph full and half blank, the musical null notehead (Hangul fillers are default-ignorable already). One list
 * for every reader: blank values here, word separators in release texts (fold.ts).
 */
export const DRAWN_BLANK = '\u2800\u{13441}\u{13442}\u{1D159}';
/** Letters drawn as a joining stroke (Arabic tatweel, NKo lajanyalan): to a reader a dash, as in release texts (fold.ts). */
export const DRAWN_DASH = '\u0640\u07FA';
const LOOKS_BLANK = new RegExp(`[${DRAWN_BLANK}]`, 'gu');
const LOOKS_BLANK_ONE = new RegExp(`^[${DRAWN_BLANK}]$`, 'u');
const LOOKS_DASH = new RegExp(`[${DRAWN_DASH}]`, 'gu');

/**
 * A UTF-16 surrogate without its pair (only an escape can write one: `"\ud800"` in JSON or YAML; TOML and UTF-8 text
 * refuse it). It is no Unicode character, and readers disagree on what it is: Rust's serde_json refuses the
 * document, Go and Node's UTF-8 encoder read U+FFFD, Python keeps it, an encoder with `errors="ignore"` drops it (so
 * `"status\ud800"` becomes `status`). In a unicode regex a well-formed pair is one code point and never matches.
 */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** The escape form (`\ud800`) of the first lone surrogate in `text`, or undefined when `text` is well-formed Unicode. */
export function loneSurrogate(text: string): string | undefined {
  const found = LONE_SURROGATE.exec(text)?.[0];
  return found === undefined ? undefined : `\\u${found.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** CSI (colours, cursor moves) and strings (OSC titles and links, DCS): whole sequences whose bytes show nothing. */
const SEQUENCE_ESCAPE_SOURCE = String.raw`(?:\x1b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\x1b[\]PX^_]|[\u0090\u0098\u009d-\u009f])[^\x07\x1b\u009c]*(?:\x07|\x1b\\|\u009c)`;
/**
 * Terminal escape sequences (ECMA-48): a CSI (`ESC [ … final`, or the one-byte C1 CSI U+009B) such as a colour
 * `\x1b[32m`, an OSC, DCS, SOS, PM or APC string (`\x1b]0;title\x07`, `\x1b]8;;https://…\x1b\\`, ended by BEL or ST),
 * or a two-character escape (`\x1bc`, `\x1b(B`). A terminal draws none of their characters: removing only the ESC
 * would leave `[32mpass[0m`, which neither reads as `pass` nor is blank.
 */
const TERMINAL_ESCAPE = new RegExp(String.raw`${SEQUENCE_ESCAPE_SOURCE}|\x1b[ -/]*[0-~]`, 'gu');
const HAS_ESCAPE = /[\x1b\u0090\u0098\u009b-\u009f]/u;

/**
 * `text` with its colour and string sequences (CSI, OSC, DCS…) removed and any other escape reduced to its bytes after
 * the ESC: an escape of an introducer and one final character (`ESC`, a space, `1`) is swallowed by a terminal whole,
 * so {@link removeInvisible} drops a count's digit a producer put there (`실패:\u001b 1개`), which the bytes still hold.
 * Undefined when `text` holds no escape.
 */
export function escapeBytesKept(text: string): string | undefined {
  if (!HAS_ESCAPE.test(text)) return undefined;
  return text.replace(SEQUENCE_ESCAPE, '').replace(/[\x1b\u0090\u0098\u009b-\u009f]/gu, '');
}
const SEQUENCE_ESCAPE = new RegExp(SEQUENCE_ESCAPE_SOURCE, 'gu');

/** `text` with every invisible character removed (whitespace kept), terminal escape sequences whole. */
export function removeInvisible(text: string): string {
  return (HAS_ESCAPE.test(text) ? text.replace(TERMINAL_ESCAPE, '') : text).replace(INVISIBLE, '');
}

/** `text` as it shows: invisible characters gone, blank-looking letters read as the space they draw, joining strokes as a dash. */
function shown(text: string): string {
  // Printable ASCII holds no invisible, blank-drawn, joining or trade-mark character: most values are left as they are.
  if (PRINTABLE_ASCII.test(text)) return text;
  return removeInvisible(text).replace(LOOKS_BLANK, ' ').replace(LOOKS_DASH, '-').replace(TRADE_MARK, ' ');
}
/**
 * The trade and service marks are drawn small after a word (`TODO™`, `Node™/Bun™`): NFKC spells them `TM`/`SM` joined
 * to it. The placeholder readings here and the claim fold (src/text/fold.ts) read them as a space.
 */
export const TRADE_MARKS = '\u2122\u2120';
const TRADE_MARK = new RegExp(`[${TRADE_MARKS}]`, 'gu');
/**
 * Symbols drawn between words as decoration, never letters of them: pictographs and other symbols (emoji, stars, check
 * marks, ©, ®, skin-tone modifiers), and — beyond ASCII only, as `C++` and `>=2.0` spell ASCII operators — maths and
 * modifier symbols and connector punctuation (`×`, `≈`, `⟶`, `‿`). Bodies of a `[…]` class, one definition for the
 * claim fold and the placeholder readings (`pictographsReason`).
 */
export const PICTOGRAPH_CLASS = String.raw`\p{Extended_Pictographic}\p{Emoji_Modifier}\p{So}`;
export const SYMBOL_BEYOND_ASCII_CLASS = String.raw`\p{Sm}\p{Sk}\p{Pc}`;
const DECORATING_SYMBOL = String.raw`(?:[${PICTOGRAPH_CLASS}]|(?![\x00-\x7f])[${SYMBOL_BEYOND_ASCII_CLASS}])`;

/**
 * True when `text` shows nothing to a reader: empty after removing whitespace, default-ignorable,
 * format and control characters (and characters drawn blank, {@link DRAWN_BLANK}). Non-strings
 * are not blank: callers check types first and report a wrong type as such.
 */
export function isBlank(text: string): boolean {
  // Fast answers for the usual case (a whole source file is judged here). A printable ASCII character after ASCII white
  // space is visible (a letter, digit, punctuation or symbol nothing removes), found without compiling Unicode classes
  // and before the escape test, which reads the whole text: every escape sequence starts at an ESC or a C1 control,
  // so none takes in a character with only white space before it (isBlankWhole is the computation this answers for).
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) return false;
    if (c !== 0x20 && (c < 0x09 || c > 0x0d)) break;
  }
  // A terminal escape's parameters (`[32m`) are visible-class characters the terminal never draws: judged whole.
  if (HAS_ESCAPE.test(text)) return isBlankWhole(text);
  // Else the first visible-class character that is neither invisible nor blank-looking settles it. Removing other
  // characters can never remove it, so the answer is the one the full computation gives; otherwise that decides.
  VISIBLE_G.lastIndex = 0;
  for (let m = VISIBLE_G.exec(text), n = 0; m !== null && n < 64; m = VISIBLE_G.exec(text), n++) {
    const c = m[0];
    if (!INVISIBLE_ONE.test(c) && !LOOKS_BLANK_ONE.test(c)) return false;
  }
  return isBlankWhole(text);
}

/** What {@link isBlank} answers, computed whole: nothing visible-class is left once invisible characters, terminal escapes and blank-drawn letters are removed. */
export function isBlankWhole(text: string): boolean {
  return !VISIBLE.test(removeInvisible(text).replace(LOOKS_BLANK, ''));
}

const VISIBLE_G = /[\p{L}\p{N}\p{P}\p{S}]/gu;
const INVISIBLE_ONE = /^[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}]$/u;
/** Printable ASCII: nothing invisible in it, and NFKC leaves it as it is. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Cyrillic and Greek letters drawn like a Latin one in common fonts (a subset of Unicode's confusables, UTS #39):
 * `ѕtatus` with a Cyrillic ѕ is `status` to a reader. Letters that only resemble one (Cyrillic т, Greek α) are left.
 */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  а: 'a', с: 'c', ԁ: 'd', е: 'e', һ: 'h', і: 'i', ј: 'j', ӏ: 'l', о: 'o', р: 'p', ԛ: 'q', ѕ: 's', ԝ: 'w', х: 'x', у: 'y',
  А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', І: 'I', Ј: 'J', К: 'K', М: 'M', О: 'O', Р: 'P', Ѕ: 'S', Т: 'T', Х: 'X', Ү: 'Y', Ԛ: 'Q', Ԝ: 'W',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', ο: 'o',
};
const HOMOGLYPH = new RegExp(`[${Object.keys(HOMOGLYPHS).join('')}]`, 'gu');

/** Unicode's confusables (UTS #39, via unhomoglyph): each character to the prototype it is drawn like. */
let confusables: Record<string, string> | undefined;
export function confusableTable(): Record<string, string> {
  confusables ??= createRequire(import.meta.url)('unhomoglyph/data.json') as Record<string, string>;
  return confusables;
}

/** A letter outside ASCII (ASCII letters and digits are never folded: `l1` and `ll`, `O0` and `OO` are distinct keys). */
const NON_ASCII_LETTER = /(?![\x00-\x7f])\p{L}/gu;

/**
 * The printable ASCII a non-ASCII letter is drawn like: Unicode's confusables first (Greek ρ → p, Armenian օ → o,
 * Cherokee Ꭺ → A, ı → i), then the letters of other scripts they leave out (script-lookalikes.ts: Coptic ⲁ ⲓ, Tai Le ᥱ).
 */
function asciiLookalike(letter: string): string {
  const to = confusableTable()[letter];
  return to !== undefined && PRINTABLE_ASCII.test(to) ? to : (SCRIPT_LOOKALIKES[letter] ?? letter);
}

/**
 * Vertical strokes drawn like `|` (whose UTS #39 skeleton is `l`) that the confusables data of `unhomoglyph` (Unicode
 * 13.0) leaves out: BOX DRAWINGS LIGHT VERTICAL, VERTICAL LINE EXTENSION, LIGHT VERTICAL BAR. Hand-kept beside the
 * generated data, as script-lookalikes.ts is: add a stroke a reader takes for `l` in common fonts.
 */
const STROKES_DRAWN_AS_L = '\u2502\u23D0\u2758';

/**
 * Characters other than letters — symbols (`∣`, `￨`, `⏽`, `×`), punctuation (Hebrew paseq `׀`, `‖`), digits of other
 * scripts (Arabic-Indic `١` `٥`, Devanagari `०`), other numbers and spacing marks — mapped to the ASCII letters or
 * digits Unicode's confusables draw them as (and {@link STROKES_DRAWN_AS_L} to `l`). Those NFKC folds already
 * (full-width `５`, mathematical `𝟓`, `Ⅰ`) and those drawn as punctuation (`٠` as `.`, `‐` as `-`) are left out.
 * Built on first use, from the table: nothing at module load.
 */
const drawnLikeAsciiAlnum = lazy((): ReadonlyMap<number, string> => {
  const map = new Map<number, string>();
  for (const [ch, to] of Object.entries(confusableTable())) {
    if (!ASCII_ALNUM.test(to) || /^[\x00-\x7f]$/u.test(ch) || NOT_DRAWN_AS_ASCII.test(ch)) continue;
    // Visible forms are read after NFKD: a character it changes never reaches the map.
    if (ch.normalize('NFKD') !== ch) continue;
    map.set(ch.codePointAt(0) as number, to);
  }
  for (const ch of STROKES_DRAWN_AS_L) map.set(ch.codePointAt(0) as number, 'l');
  return map;
});
const ASCII_ALNUM = /^[A-Za-z0-9]+$/u;
/** Letters (folded one by one above), and the characters no reader draws (invisibles, controls, unassigned). */
const NOT_DRAWN_AS_ASCII = /^[\p{L}\p{Mn}\p{Me}\p{C}\p{Z}]$/u;
/** Whether a text holds a character other than a letter outside ASCII, the only ones {@link drawnLikeAsciiAlnum} maps. */
const NON_ASCII_NON_LETTER = /(?![\x00-\x7f])[^\p{L}]/u;

/** A printable ASCII character other than a space (NaN, past either end of the text, is none). */
const touchesAscii = (code: number): boolean => code > 0x20 && code < 0x7f;

/** `text` with each run of non-letters drawn like ASCII letters or digits, standing inside a word, read as those. */
function nonLettersAsDrawn(text: string): string {
  if (!NON_ASCII_NON_LETTER.test(text)) return text;
  const map = drawnLikeAsciiAlnum();
  // One pass of code points and map look-ups (a regular expression of the ~100 characters cost 5x more on long texts),
  // the text copied only around the runs read as letters.
  let out = '';
  let from = 0;
  for (let at = 0; at < text.length; ) {
    const end = drawnRunEnd(text, at, map);
    if (end === at) {
      at += (text.codePointAt(at) as number) > 0xffff ? 2 : 1;
      continue;
    }
    // A run is read as letters only where it touches a printable ASCII character other than a space: inside a word or a
    // name (`fai\u0661ed`, `err\u0665rs`, `run_\u0661`). Standing apart it keeps its own meaning: `٥` alone is a count
    // of five, `│ failed │ 3 │` a table's rules, `٥ فشل` an Arabic count.
    if (touchesAscii(text.charCodeAt(at - 1)) || touchesAscii(text.charCodeAt(end))) {
      out += text.slice(from, at);
      for (const ch of text.slice(at, end)) out += map.get(ch.codePointAt(0) as number) as string;
      from = end;
    }
    at = end;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Where the run of characters of `map` that starts at `at` ends (`at` when none starts there). */
function drawnRunEnd(text: string, at: number, map: ReadonlyMap<number, string>): number {
  let end = at;
  while (end < text.length) {
    const code = text.codePointAt(end) as number;
    if (code < 0x80 || !map.has(code)) break;
    end += code > 0xffff ? 2 : 1;
  }
  return end;
}

/**
 * A text as a reader sees it: invisible characters and surrounding whitespace (drawn blanks included) gone, compatibility
 * forms (full width, ligatures, ſ, decomposed accents) folded by NFKC, letters of other scripts drawn like Latin ones
 * read as Latin (the case-keeping table above first, then Unicode's confusables), and symbols, punctuation and digits of
 * other scripts drawn like an ASCII letter or digit read as it inside a word ({@link nonLettersAsDrawn}: `fai\u2223ed`,
 * `err\u0665rs`); case kept, ASCII never changed. Two texts with one visible form cannot be told apart. A reader of
 * numbers writes the digits of other scripts as ASCII ones first ({@link asciiDigits}): `١٥ms` is fifteen milliseconds.
 */
export function visibleForm(text: string): string {
  // Swapped decomposed, composed after: a Cyrillic е or а with a mark (е́, ӓ) must read as the Latin é, ä.
  const swapped = shown(text).normalize('NFKD').trim().replace(HOMOGLYPH, (c) => HOMOGLYPHS[c] ?? c);
  return (PRINTABLE_ASCII.test(swapped) ? swapped : nonLettersAsDrawn(swapped.replace(NON_ASCII_LETTER, asciiLookalike))).normalize('NFC');
}

/**
 * The ASCII list mark (`,` `;` `/` `&` `+` `·`) a character outside ASCII other than a letter, digit or combining mark is
 * drawn as or named, or undefined: read by compatibility decomposition (full-width `，`, small `﹐`, the Greek question
 * mark `;`), by Unicode's confusables (`‚` the low-9 quotation mark, `⁄` the fraction slash, `٫`, `•` as `·`), or by its
 * Unicode name (`،` the Arabic comma, `፣` the Ethiopic comma, `⁏` the reversed semicolon: src/text/latin-lookalikes.ts).
 * One reading for every look-alike of a list's marks, so a reader that parts a list at `,` parts it at each of them.
 */
export function listMarkDrawn(ch: string): string | undefined {
  if (/^[\x00-\x7f]$/u.test(ch) || /[\p{L}\p{N}\p{M}]/u.test(ch)) return undefined;
  const decomposed = ch.normalize('NFKC');
  if (LIST_MARK_CHARS.has(decomposed)) return decomposed;
  const drawn = confusableTable()[ch];
  if (drawn !== undefined && LIST_MARK_CHARS.has(drawn)) return drawn;
  // A mark drawn as another that is named one (`٬` the Arabic thousands separator drawn as `،`, the Greek lower numeral
  // sign `͵` drawn as `ˏ`) is that mark (helper xe, session 44).
  return LIST_MARKS_BY_NAME[ch] ?? LIST_MARKS_BY_NAME[decomposed] ?? (drawn === undefined ? undefined : LIST_MARKS_BY_NAME[drawn]);
}
/**
 * The ASCII list mark a combining mark or modifier letter left after a word's last letter is drawn as (`login̦`,
 * `login̓`, `loginˏ`: a comma beside the letter), or undefined. Read on text in NFC, so a mark that composes with its
 * letter (Romanian `ș`, Greek `ἀ`) is a letter, not a mark after it (helper xe, session 44).
 */
export function markOnALetterDrawn(ch: string): string | undefined {
  return /^[\p{M}\p{Lm}]$/u.test(ch) ? LIST_MARKS_BY_NAME[ch] : undefined;
}
const LIST_MARK_CHARS: ReadonlySet<string> = new Set([',', ';', '/', '&', '+', '·']);

/**
 * What a mark written between two letters of one word is drawn as, when it is drawn as an apostrophe or a hyphen:
 * `'` for every look-alike of an apostrophe (`O‘Brien`, `O´Brien`, `O′Brien`, ``O`Brien``, full-width `＇`, the Hebrew
 * geresh), `-` for every look-alike of a hyphen (`e‑mail` with a non-breaking hyphen, `‐`, `−`, `﹣`, `－`), or
 * undefined. Read by Unicode's confusables and compatibility decomposition, never by a hand list, so a new code point
 * drawn as one is one (helper zd, session 45). A list's mark (the Armenian comma `՝`, drawn as `'` yet a comma), a
 * sentence's end of another script (`۔`) and a dash that is no hyphen (`–`, `—`: `Paris–London` names two) are none.
 */
export function markInsideAWordDrawn(ch: string): "'" | '-' | undefined {
  if (ch === "'" || ch === '`') return "'";
  if (/^[\x00-\x7f]$/u.test(ch) || /[\p{L}\p{N}\p{M}\s]/u.test(ch) || listMarkDrawn(ch) !== undefined || NOT_A_MARK_INSIDE_A_WORD.test(ch)) return undefined;
  const decomposed = ch.normalize('NFKC');
  const drawn = confusableTable()[ch] ?? confusableTable()[decomposed] ?? decomposed;
  return drawn === "'" || drawn === '`' ? "'" : drawn === '-' ? '-' : undefined;
}
// Dashes that are not hyphens (figure, en, em, horizontal bar, hyphen bullet), symbols (➖) and sentence ends (`۔`).
const NOT_A_MARK_INSIDE_A_WORD = /[\u2012-\u2015\u2043\p{So}\p{Sentence_Terminal}]/u;

/**
 * The form in which two names a gate compares without case are one name: the {@link visibleForm} (invisibles, NFKC,
 * letters of other scripts drawn like Latin ones), lower-cased. `Queue_Max_Items`, `queue_max_іtems` (Cyrillic і) and
 * `queue_max_ıtems` all read as `queue_max_items`.
 */
export function caselessVisibleForm(text: string): string {
  return visibleForm(text).toLowerCase();
}

const PRINTABLE_ASCII_KEY = /^[\x20-\x7e]*$/;

/**
 * The form in which two object keys are one field to readers that match keys without case (Go's encoding/json): a
 * printable ASCII key lower-cased, any other key in its {@link caselessVisibleForm}.
 */
export function caseFoldedKey(key: string): string {
  return PRINTABLE_ASCII_KEY.test(key) ? key.toLowerCase() : caselessVisibleForm(key);
}

/**
 * The form placeholder words are compared in: invisibles removed, NFKC, case-folded, trimmed. Tabs and line breaks are
 * controls (Cc) a reader sees as the space they draw, not as nothing: `work\tin progress` and a stub wrapped over two
 * lines are words apart, as `TBD` is `TBD`.
 */
export function foldForComparison(text: string): string {
  return shown(text.replace(WHITESPACE_CONTROL, ' ')).normalize('NFKC').toLowerCase().trim();
}
const WHITESPACE_CONTROL = /[\t\n\v\f\r\x85]/gu;

/**
 * The John Doe of other languages and registers: specimen names on sample forms and ID cards, in their own script and
 * romanised (red team uh: `Taro Yamada` passed where `山田太郎` did not), never a person's name on a waiver. Some are
 * also real people's names (`Mario Rossi`): a real owner of one is told to write a handle or an address beside it.
 */
export const SPECIMEN_NAMES: readonly string[] = [
  'richard roe', 'jane roe', 'joe bloggs', 'fred bloggs', 'john q. public', 'john q public', 'joe public', 'john q. citizen', 'john citizen', 'jane citizen', 'joe schmoe', 'joe shmoe', 'joe sixpack', 'tommy atkins',
  'max mustermann', 'erika mustermann', 'otto normalverbraucher', 'jan modaal',
  'jean dupont', 'pierre dupont', 'marie dupont', 'fulano de tal', 'fulano', 'mengano', 'zutano', 'juan pérez', 'juan perez', 'mario rossi', 'jan kowalski', 'matti meikäläinen', 'ola nordmann', 'kari nordmann', 'иван иванов', 'ivan ivanov', 'ivan ivanovich ivanov',
  '张三', '張三', '李四', 'zhang san', '山田太郎', '山田 太郎', 'taro yamada', 'yamada taro', 'hanako yamada', 'yamada hanako', '山田花子', '홍길동', 'hong gildong', 'hong gil-dong', 'gildong hong',
];

/**
 * Words producers write when their input was missing. Compared against the whole value in
 * {@link foldForComparison} form, with surrounding quotes, brackets and punctuation removed.
 */
export const PLACEHOLDER_WORDS: readonly string[] = [
  'none', 'null', 'nil', 'undefined', 'nan', 'n/a', 'na', 'n.a.', 'tbd', 'tbc', 'todo', 'fixme', 'unknown',
  'placeholder', 'changeme', 'change me', 'dummy', 'xxx', 'example', 'sample', 'default', 'missing', 'empty',
  'not set', 'unset', 'notset', 'not available', 'not applicable', '<nil>', '(null)', '(none)', '[none]',
  'tba', 'tk', 'tktk', 'to be determined', 'to be decided', 'to be defined', 'to be confirmed', 'to be announced',
  'to be done', 'not yet', 'coming soon', 'stub', 'fill in', 'fill me', 'fill me in', 'fill this in', 'insert here',
  'insert text here', 'text here', 'your text here', 'to be added', 'your value here', 'value here', 'replace me', 'replace this', 'lorem ipsum', 'lorem', 'ipsum', 'placeholder text',
  'dummy text', 'sample text', 'example text', 'foo', 'bar', 'baz', 'qux', 'foobar', 'asdf', 'qwerty',
  // Who owns it when nobody does.
  'nobody', 'no one', 'noone', 'no owner', 'unassigned', 'not assigned', 'someone', 'somebody', 'anyone', 'anybody', 'whoever',
  // What a form or a spreadsheet export writes for a field nobody filled (Excel's pivot tables print `(blank)`).
  'blank', 'unspecified', 'not specified', 'not provided', 'not given', 'none given', 'no reason given', 'your name', 'to be filled',
  // Filler a person types to get past a required field, the names forms use for a person nobody named, a value withheld.
  'blah', 'blah blah', 'blah blah blah', 'yada yada', 'yadda yadda', 'john doe', 'jane doe', 'redacted',
  ...SPECIMEN_NAMES, 'the quick brown fox jumps over the lazy dog',
  'to be written', 'to be completed', 'to be provided', 'no content', 'not yet available', 'to follow', 'details to follow',
  // A page put up unfinished: `WIP`, `🚧 Under construction 🚧`.
  'wip', 'work in progress', 'under construction',
  // The same words in the languages forms and teams write them in: `à compléter` or `未定` fills a field as `TBD` does.
  // Whole values only, and only words no one is named (not `nada`, a given name; not `k.a.`, which squeezes to initials).
  'keine', 'keine angabe', 'entfällt', 'unbekannt', 'noch offen', 'nicht zutreffend', 'nicht angegeben',
  'à compléter', 'a completer', 'à définir', 'à déterminer', 'néant', 'aucun', 'aucune', 'inconnu', 'non applicable', 'sans objet', 'non renseigné',
  'por definir', 'por determinar', 'ninguno', 'ninguna', 'desconocido', 'no aplica', 'a definir', 'nenhum', 'nenhuma', 'desconhecido', 'não se aplica', 'não informado',
  'da definire', 'nessuno', 'sconosciuto', 'non applicabile', 'nvt', 'n.v.t.', 'geen', 'onbekend', 'nog te bepalen', 'brak', 'do uzupełnienia',
  // `To be completed` and `to be filled in` as those languages write them on a form (`zu ergänzen`, `待补充`, `未記入`).
  'por completar', 'a completar', 'da completare', 'zu ergänzen', 'noch festzulegen', 'in te vullen', 'nog in te vullen', '待补充', '待填写', '待補充', '待填寫', '未記入', '記入待ち',
  // `To be filled in` said with the other verbs of a form (`à remplir`, `por rellenar`, `a preencher`, `auszufüllen`,
  // `заполнить позже`) and `fill in later` itself.
  'fill in later', 'to fill in', 'to be filled', 'à remplir', 'a remplir', 'por rellenar', 'a rellenar', 'por llenar', 'a preencher', 'por preencher', 'da compilare', 'da riempire',
  'auszufüllen', 'wird ergänzt', 'aan te vullen', 'nog aan te vullen', 'do wypełnienia', 'заполнить', 'заполнить позже', 'будет дополнено', 'дополнить', '待填', '記入予定', '작성 예정', '입력 예정',
  // `empty` in those languages, and N.N. (nomen nescio), the name a schedule gives a person not yet named.
  'leer', 'vide', 'vacío', 'vazio', 'vuoto', 'пусто', '空白', 'n.n.',
  'нет', 'неизвестно', 'не указано', 'н/д', '无', '暂无', '待定', '未定', '未知', '不适用', 'なし', '該当なし', '不明', '없음', '미정', '해당 없음',
  // `Coming soon` and `to be added` as a page in those languages says it of itself (whole values: a stub page).
  'à venir', 'prochainement', 'bientôt disponible', 'en cours de rédaction', 'próximamente', 'en construcción', 'em breve', 'em construção',
  'in arrivo', 'in costruzione', 'demnächst', 'folgt', 'folgt in kürze', 'wird nachgereicht', 'in bearbeitung', 'binnenkort', 'wordt aangevuld',
  'wkrótce', 'скоро', 'в разработке', 'будет добавлено',
  // Russian and Greek for `TBD` and `to be announced` (red team sf): `уточняется` (being clarified), `будет позже` (later).
  'уточняется', 'будет позже', 'будет уточнено', 'будет определено', 'не определено', 'εκκρεμεί', 'θα ανακοινωθεί', 'θα οριστεί',
  'προς συμπλήρωση', 'προς καθορισμό', 'άγνωστο', 'δεν ισχύει', 'σύντομα', 'υπό κατασκευή', '即将推出', '敬请期待', '准备中', '建设中', '準備中', '近日公開', '工事中', '준비 중', '추후 공개',
];
const PLACEHOLDER_WORD_SET = new Set(PLACEHOLDER_WORDS);
/**
 * A printf conversion: `%s`, `%(name)s`, `%1$s`, `%04d`, `%-5s`, `%.2f`, `%lu`, `%x` (no space flag: `5 % discount`).
 * The width starts at 1–9 so that a run of zeros has one reading (flags), not one per split (quadratic on `%000…`).
 */
const PRINTF_SPEC = String.raw`(?:\([A-Za-z_]\w*\)|[1-9]\$)?[-+#0]*(?:[1-9]\d*)?(?:\.\d+)?(?:hh|h|ll|l|z|j|L)?[sdifuvrqxXoeEgGcpwT]`;
/** `%E2%9C%93`, `%d0`: two hex digits that are not the width of a conversion (`%04d`) are a percent-encoded byte. */
const NOT_ENCODED = String.raw`(?![0-9A-Fa-f]{2}(?![0-9]*[sdifuxXoeEgG]))`;
/**
 * A printf slot alone, or touching the value it was meant to fill (`ci-%s`, `id=%d`, `build-%04d`); prose may name
 * a slot ("handle %s in logs").
 */
const PRINTF_SLOT = new RegExp(
  String.raw`^%${PRINTF_SPEC}$|(?<=[\p{L}\p{N}_./:=-])%${NOT_ENCODED}${PRINTF_SPEC}(?![\p{L}\p{N}])|(?<![%\p{L}\p{N}])%${NOT_ENCODED}${PRINTF_SPEC}(?=[_./:=-]?[\p{L}\p{N}])`,
  'u',
);

/** A URI or mail address on RFC 2606's example domains (see FILLER_PATTERNS); also read with look-alike letters folded. */
const EXAMPLE_DOMAIN_PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/^[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@]*@)?(?:[\w-]+\.)*(?:example\.(?:com|org|net)|[\w-]+\.(?:example|invalid))(?:[/:?#]|$)/iu, 'a URI on a reserved example domain'],
  // `owner@example.com`, `mailto:…`, `Alice <alice@example.org>`: an address nobody reads, left from a template.
  [/^(?:[^<>@]*<)?(?:mailto:)?[^\s<>@()]+@(?:[\w-]+\.)*(?:example\.(?:com|org|net)|[\w-]+\.(?:example|invalid))\.?>?$/iu, 'an address on a reserved example domain'],
  // A form's sample address: a local part that names the slot (`your.name@…`, `first.last@…`, `user@domain.com`) or a
  // domain that does (`@yourcompany.com`, `@domain.com`).
  [/^(?:[^<>@]*<)?(?:mailto:)?(?:your[._-]?name|your[._-]?email|first(?:name)?[._-]last(?:name)?|firstname|lastname|user[._-]?name|name|email|you|someone|somebody)@[^\s<>@()]+>?$|^(?:[^<>@]*<)?(?:mailto:)?[^\s<>@()]+@(?:your[-]?(?:company|domain|org|email)|domain|company|mycompany)\.(?:com|org|net)>?$/iu, 'a sample address from a form, not anyone\'s'],
];

/**
 * Printf and format-string slots nobody filled (`%s`, `%d`, `%.2f`, `%(run)s`, `%1$s`, `{}`, `{:?}`) inside a value
 * (`ci-%s`, `run-{}`), and a lone `{0}`/`{run_id}` slot (whole values made of filler, masks and slots are
 * {@link placeholderWordsReason}'s). Not templates in the {@link templateReason} sense: a regex in a config may hold `{2}`.
 */
const FILLER_PATTERNS: readonly (readonly [RegExp, string])[] = [
  [PRINTF_SLOT, 'an unfilled %s-style format slot'],
  // Touching a word (`run-{}`, `{:?}ms`) or alone: `find -exec rm {} \;` in a recorded command is no slot.
  [/^\{(?::[^{}]*)?\}$|(?<=[\p{L}\p{N}_./:=-])\{(?::[^{}]*)?\}|\{(?::[^{}]*)?\}(?=[\p{L}\p{N}_./-])/u, 'an unfilled {} format slot'],
  [/^\{(?:\d+|[A-Za-z_][\w.]*)(?::[^{}]*)?\}$/u, 'an unfilled {name} format slot'],
  // A named slot touching the value around it (`ci-{run_id}`, `{run_id}-shard`); a numbered one there may be a regex `{4}`.
  [/(?<=[\p{L}\p{N}_./:=-])\{[A-Za-z_]\w*\}|\{[A-Za-z_]\w*\}(?=[\p{L}\p{N}_./-])/u, 'an unfilled {name} format slot'],
  // `ci-$run_id`: a lower-case shell variable inside a value (alone it is a template, see TEMPLATE_PATTERNS).
  [/(?<=[\p{L}\p{N}_:=-])\$[a-z_][a-z0-9_]*(?![\p{L}\p{N}])/u, 'an unexpanded $variable'],
  [/^\[[A-Z][A-Z0-9_]*\]$/u, 'an unfilled [NAME] slot'],
  [/^(?:YOUR|INSERT|ENTER)_[A-Z0-9_]+$|^(?:your|insert|enter)\b.{0,40}\bhere$/iu, 'an instruction to fill in a value'],
  // RFC 2606's example domains and its .example and .invalid top-level names: no real artifact or person lives there
  // (not .test: a CI network may name its own hosts so). Any scheme, a user before the host (`ftp://`,
  // `git+ssh://git@example.com/…`): the domain is what is reserved.
  ...EXAMPLE_DOMAIN_PATTERNS,
];

/** Only the letters and digits of a folded text: `T.B.D.`, `CHANGE_ME`, `n / a`, `**TODO**`, `<!-- TODO -->` squeeze to a word. */
const squeeze = (text: string): string => (ASCII_ONLY.test(text) ? text.replace(NOT_ASCII_ALNUM_G, '') : text.replace(NOT_LETTER_OR_NUMBER_G, ''));
/** Global patterns, hoisted: `replace` starts a global pattern at 0 whatever it last did, so one object serves every call. */
const NOT_ASCII_ALNUM_G = /[^A-Za-z0-9]+/g;
const NOT_LETTER_OR_NUMBER_G = /[^\p{L}\p{N}]+/gu;
/** In ASCII, `\p{L}\p{N}` are exactly `A-Za-z0-9`, which a non-Unicode pattern matches many times faster. */
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const SQUEEZED_WORDS = new Set(PLACEHOLDER_WORDS.map(squeeze).filter((w) => w !== ''));
/** Placeholder words that describe a state (`missing name` is a reason); the others only mark a gap (`TODO`, `TBD`, `foo`). */
const DESCRIPTIVE = new Set(['missing', 'empty', 'unknown', 'default', 'example', 'sample', 'unset', 'notset', 'notavailable', 'notapplicable', 'undefined', 'notyet', 'comingsoon', 'stub', 'blank', 'unspecified', 'notspecified', 'notprovided', 'notgiven', 'nonegiven', 'noreasongiven', 'redacted', 'unbekannt', 'inconnu', 'desconocido', 'desconhecido', 'sconosciuto', 'onbekend', 'неизвестно', '未知', '不明', 'leer', 'vide', 'vacío', 'vazio', 'vuoto', 'пусто', '空白']);
const MARKER_WORDS = new Set([...SQUEEZED_WORDS].filter((w) => !DESCRIPTIVE.has(w)));
/** Words that fill out a placeholder (`TODO: fill in later`) without saying anything. */
const FILLER_WORDS = new Set([
  'and', 'or', 'in', 'me', 'here', 'later', 'this', 'that', 'the', 'a', 'some', 'text', 'value', 'name', 'your', 'insert', 'fill', 'add', 'describe', 'write', 'yet', 'please', 'etc',
  // A marker that points elsewhere (`TBD, see ticket`, `TODO: explain`) still says nothing here.
  'see', 'above', 'below', 'ticket', 'issue', 'bead', 'link', 'details', 'detail', 'info', 'more', 'explain', 'reason', 'owner', 'soon', 'for', 'to', 'be', 'by', 'it', 'is', 'will', 'update', 'updated',
]);
/**
 * The standard Lorem ipsum passage's words: a line made of them is filler text, whichever part of the passage it
 * took (data, like the placeholder words: the passage is fixed).
 */
const LOREM = new Set(
  'lorem ipsum dolor sit amet consectetur consectetuer adipiscing adipisicing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate velit esse cillum eu fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa qui officia deserunt mollit anim id est laborum'.split(' '),
);

/** The passage in its order, for runs of it (`dolor sit amet`); its variants (consectetuer, adipisicing) map onto it. */
const LOREM_PASSAGE: readonly string[] = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua ut enim ad minim veniam quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt in culpa qui officia deserunt mollit anim id est laborum'.split(' ');
const LOREM_VARIANTS: Readonly<Partial<Record<string, string>>> = { consectetuer: 'consectetur', adipisicing: 'adipiscing' };
/**
 * Passage words no English (or common programming) text uses as a word: one of them is what marks a short run as
 * filler. Left out on purpose: in, do, ad, sit, et, id, non, est, sed, ex, ea, ut, eu, qui, quis, magna, culpa, nulla,
 * anim, esse, sunt, enim, elit, tempor, minim, dolor, velit, duis, nisi, sint (`in culpa qui` stays content: each of its
 * words is one English uses).
 */
const LOREM_ONLY: ReadonlySet<string> = new Set([
  'lorem', 'ipsum', 'amet', 'consectetur', 'consectetuer', 'adipiscing', 'adipisicing', 'eiusmod', 'incididunt', 'dolore', 'labore', 'nostrud', 'ullamco', 'laboris',
  'aliquip', 'aliqua', 'veniam', 'officia', 'aute', 'commodo', 'consequat', 'irure', 'reprehenderit', 'voluptate', 'cillum', 'fugiat', 'pariatur', 'excepteur', 'occaecat', 'cupidatat', 'proident',
  'deserunt', 'mollit', 'laborum',
]);

/** Markers that hold a place and answer nothing (`TODO`, `TBD`), and the words that answer "none" (`N/A`, `none`). */
const GAP_MARKER = String.raw`(?:todo|fixme|xxx|tbd|tba|tbc|tk|hack|to\s+be\s+(?:determined|decided|defined|confirmed|announced|done|added))`;
const ANY_MARKER = String.raw`(?:${GAP_MARKER}|n\/a|n\.a\.?|na|none)`;
/** A handle (`@alice`, `@acme/release-team`) or an address; a run of them (`@alice @bob`, `@alice and @bob`). */
const HANDLE = String.raw`(?:@[\p{L}\p{N}][\p{L}\p{N}._/-]*|[\p{L}\p{N}._+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)`;
const HANDLES = String.raw`${HANDLE}(?:\s*(?:,|&|and)?\s*${HANDLE})*`;
const NAME_WORD = String.raw`@?[\p{L}][\p{L}\p{N}._'-]*`;
/** A name of one or two words, or one-word names joined (`alice and bob`, `alice, bob & carol`): one split of the words each. */
const NAME = String.raw`(?:${NAME_WORD}(?:\s*(?:,|&|\band\b)\s*${NAME_WORD})+|${NAME_WORD}(?:\s+${NAME_WORD})?)`;
/** What a marker with its owner may end on and still say nothing: `TODO(alice): later`, `TBD by bob, soon`. */
const THEN_NOTHING = String.raw`(?:\s*[:,.;-]?\s*(?:later|soon|eventually|asap|tbd|todo|tbc))?[\s.!]*$`;
/**
 * A field's label: one to four words (`Version`, `Release date`, `Step 2`, `2FA setup`, `Planned date for ARM`), in any
 * script (`版本`, `リリース日`). Longer runs are prose, whose last word may be a marker without being a label's value.
 */
// Its words on one line: lines read together are joined by a line separator (hollow.ts), and `Fixed crash` over `Version:
// TBD` is a line of content over a label, not the label `Fixed crash Version`.
// After its first word, a qualifier in brackets or a number is one of its words (`Release date (UTC)`, `Step #2`; red team sd).
const LABEL_WORD = String.raw`(?:[\p{L}\p{N}][\p{L}\p{N}._'-]*|\([\p{L}\p{N}._' /-]{1,24}\)|\[[\p{L}\p{N}._' /-]{1,24}\]|#\p{N}{1,6})`;
const SHORT_LABEL = String.raw`[\p{L}\p{N}][\p{L}\p{N}._'-]*(?:[^\S\u2028\u2029]+${LABEL_WORD}){0,3}`;
/**
 * Five or six words before a colon are a label too (`Expected general availability release date: TBD`; red team sf): a
 * form's field label runs that long. Before a dash or an arrow they are a sentence (`Windows support is coming soon — TBD`).
 */
const LABEL = String.raw`(?:${SHORT_LABEL}|[\p{L}\p{N}][\p{L}\p{N}._'-]*(?:[^\S\u2028\u2029]+${LABEL_WORD}){4,5}(?=\s*:))`;
/**
 * What parts a label from its value: a colon (full-width and small ones are one after NFKC), `=`, a long dash or an arrow
 * touching or not (`Version—TBD`, `Release date=TBD`), any other mark only set apart by spaces: `docs/todo` is a path,
 * `version-tbd` a name.
 */
// Arrows: every one of the Unicode arrow blocks (`⇢`, `↦`, `⮕`) and the hands pointing right (`☞`, `👉`), as the common
// ones; `:=` and `≔` as `=` (red team sd).
const ARROWS = String.raw`\u2190-\u21ff\u2794-\u27bf\u27f0-\u27ff\u2900-\u297f\u2b00-\u2b2f\u2b4d-\u2bff\u261b\u261e\u{1f449}`;
// ASCII arrows touching their label (`Release date->TBD`, `=>`, `-->`, `~>`; red team sf), tried before `=` alone.
const LABEL_SEPARATOR = String.raw`(?:\s*(?:-{1,8}>|={1,2}>|~>|::?=?|=|≔|[–—―»${ARROWS}])\s*|\s+(?:[\p{P}\p{S}]{1,3}|[.…·]{4,40}|-{2,8}>)\s+)`;
/** A marker that holds a place, in the languages the placeholder words list it in (`à définir`, `待定`, `미정`). */
const LABELLED_GAP = String.raw`(?:${GAP_MARKER}|à\s+(?:définir|déterminer|compléter)|a\s+(?:completer|definir)|por\s+(?:definir|determinar)|da\s+definire|nog\s+te\s+bepalen|do\s+uzupełnienia|noch\s+offen|(?:por|a)\s+(?:completar|rellenar|preencher)|à\s+remplir|da\s+compilare|auszufüllen|(?:nog\s+)?aan\s+te\s+vullen|do\s+wypełnienia|заполнить(?:\s+позже)?|будет\s+дополнено|da\s+completare|zu\s+ergänzen|noch\s+festzulegen|(?:nog\s+)?in\s+te\s+vullen|待(?:补充|填写|補充|填寫)|未記入|уточняется|будет\s+(?:позже|уточнено|определено)|не\s+определено|εκκρεμεί|θα\s+(?:ανακοινωθεί|οριστεί)|προς\s+(?:συμπλήρωση|καθορισμό)|待定|未定|미정)`;
/**
 * A marker with nothing but who will fill it in: a handle after any marker (`TODO @alice`, `N/A (@alice)`, `TBD: @alice`,
 * `TBD - @alice`), `by` a name after any (`TBD by alice`, `N/A by @bob`), a bare name after a dash only after a marker
 * that answers nothing (`TBD - alice`, `TBD, alice`: `N/A - duplicate` answers; after a comma one word only: `TODO, refactor
 * the parser` is a task), a handle before any marker (`@alice TODO`) and a name with a colon before
 * one that answers nothing (`alice: TBD`; `errors: none` answers).
 */
const markerWithOwner = lazy((): readonly RegExp[] => [
  // Set apart from the handle by a space, colon or comma (`todo@acme.dev` is an address, `@acme/team-todo` a team).
  new RegExp(String.raw`^${ANY_MARKER}(?:\s*[:,./]\s*|\s+[-–—]+\s+|\s+|\s*(?=[([]))[([]?\s*(?:by\s+)?${HANDLES}\s*[)\]]?${THEN_NOTHING}`, 'u'),
  new RegExp(String.raw`^${ANY_MARKER}[\s:,]*[([]?\s*by\s+${NAME}\s*[)\]]?${THEN_NOTHING}`, 'u'),
  // The dash stands apart: `todo-service`, `tbd-alice` are names.
  new RegExp(String.raw`^${GAP_MARKER}(?:\s+[-–—]+\s+${NAME}|\s*,\s*${NAME_WORD})${THEN_NOTHING}`, 'u'),
  new RegExp(String.raw`^${HANDLES}(?:\s*[:,]\s*|\s+[-–—]+\s+|\s+)${ANY_MARKER}${THEN_NOTHING}`, 'u'),
  // `errors: none` says there are none; `alice: TBD` only who owes the answer. Any label separator set apart by spaces
  // parts them as the colon does (`Version → TBD`, `Version | TBD`, `Version ........ TBD`; red team rz2); `version-tbd` is a name.
  // A label of a few words is one as much as a one-word label (`Release date: TBD`, `Step 2 → TBD`; red team sb).
  new RegExp(String.raw`^${LABEL}${LABEL_SEPARATOR}${LABELLED_GAP}${THEN_NOTHING}`, 'u'),
]);
/**
 * A marker anywhere: every pattern of {@link markerWithOwner} holds one, so a value without (most ids) skips the five
 * anchored patterns, whose backtracking over a label's letters is most of their cost.
 */
const MAY_MARKER = new RegExp(`${ANY_MARKER}|${LABELLED_GAP}`, 'u');
/** `TODO(alice)`, `TBD (owner: alice): later`: a marker and its owner in brackets, nothing else. */
const TODO_WITH_OWNER = /^(?:todo|fixme|xxx|tbd|tba|tbc|tk|hack)\s*\([^()]*\)[\s:.!-]*(?:(?:later|soon|eventually|asap)[\s.!]*)?$/u;
/** A label and the value after its separator (see {@link LABEL}, {@link LABEL_SEPARATOR}). */
const labelledValue = lazy(() => new RegExp(String.raw`^(${LABEL})${LABEL_SEPARATOR}(\S[^]*)$`, 'u'));
/** What every labelled value holds: a separator or a space (an id has neither, and skips the reading). */
const MAY_LABEL = new RegExp(`[\\s:=≔–—―»>${ARROWS}]`, 'u');
const GAP_ALONE = new RegExp(String.raw`^${LABELLED_GAP}$`, 'u');
/** A value that answers (`none`, `N/A`): after a label it says there is none (`Errors: none by design`), held by no one. */
const ANSWER_START = /^(?:n\/a|n\.a\.?|na|none)(?![\p{L}\p{N}])/u;
/**
 * Labels that name a format, whose value is a mask by right (`Date format: YYYY-MM-DD`); `pattem` is how the look-alike
 * reading draws `pattern` (its `rn` is an `m`).
 */
/** Labels that name a mark, whose value is that mark (`| ellipsis | `…` |`, figures' README): the mark shown, no gap. */
const MARK_NAME_LABEL = /(?:^|\s)(?:ellipsis|question\s+marks?|(?:three\s+)?dots|full\s+stops?|char(?:acter)?|glyph|symbol)$/u;
const FORMAT_LABEL = /(?:^|\s)(?:format|patte(?:rn|m)|mask|syntax|layout|template|shape|scheme|example|e\.g\.?)$/u;

/**
 * Why the value after a label (folded) holds a place, alone, though the whole is no label over a bare marker: a marker in
 * brackets or quotes (`[TBD]`, `"TBD"`) or joined to markers (`TBD/TBC`), a marker with its owner (`TBD by alice`,
 * `TODO @alice`, `TBD (owner: alice)`), a format mask (`YYYY-MM-DD`, `x.y.z`), question marks or an ellipsis alone.
 * An answer (`none`, `-`, `N/A by design`) and a handle alone (`Owner: @alice`) say something.
 */
function labelledValueReason(label: string, value: string): string | undefined {
  const bare = stripSurrounding(value);
  if (bare === '') return /^[\s.!?…]*(?:\?|\.{3}|…)[\s.!?…]*$/u.test(value) && !MARK_NAME_LABEL.test(label) ? 'question marks or an ellipsis only' : undefined;
  if (GAP_ALONE.test(bare)) return `the placeholder word ${JSON.stringify(bare)}`;
  const parts = WORD_JOINERS.test(bare) ? bare.split(WORD_JOINERS).filter((t) => t !== '') : [];
  if (parts.length > 1 && parts.every((t) => GAP_ALONE.test(t))) return `the placeholder word ${JSON.stringify(parts[0])}`;
  if (MASK.test(bare)) return FORMAT_LABEL.test(label) ? undefined : 'a format mask, not a value';
  // A marker spelled with stops, stars or dashes about its letters (`T.B.D.`, `-TBD-`, `TBD*`), as it reads alone.
  const spelled = bare.replace(/[.*~_-]/gu, '');
  if (spelled !== bare && GAP_ALONE.test(spelled) && !FORMAT_LABEL.test(label)) return `the placeholder word ${JSON.stringify(bare)}`;
  if (TODO_WITH_OWNER.test(value)) return 'a TODO marker with nothing but its owner';
  if (!ANSWER_START.test(value) && markerWithOwner().some((pattern) => pattern.test(value)) && !BY_NOT_AN_OWNER.test(value)) return 'a marker with nothing but who will fill it in';
  // Labels over markers listed in one value (`Release date: TBD; owner: TBD`, `Version: TBD | Date: TBD | Owner: TODO`).
  const listed = LISTED_AFTER_GAP.exec(value);
  return listed !== null && labelOverMarkerReason(listed[1] as string) !== undefined ? 'a marker with nothing but who will fill it in' : undefined;
}
const LISTED_AFTER_GAP = new RegExp(String.raw`^${LABELLED_GAP}\s*[;,|]\s*(\S[^]*)$`, 'u');

/**
 * Why a folded text (120 characters at most) is a marker with its owner or a label over one, or undefined: `TBD by alice`,
 * `@alice: TODO`, `Release date: TBD`; `Release date: [TBD]`, `Version: TBD by alice`, `Release date: YYYY-MM-DD`, a label
 * over what alone holds a place (red team sb). Never an algorithm's name (`sha256:TODO` is a digest stand-in).
 */
function labelOverMarkerReason(folded: string, whole: string = folded): string | undefined {
  // The digest prefix is read last: most values (every tracker id) hold no marker and no label, and skip it.
  if (MAY_MARKER.test(folded) && markerWithOwner().some((pattern) => pattern.test(folded)) && !BY_NOT_AN_OWNER.test(folded)) return DIGEST_PREFIX.test(folded) ? undefined : 'a marker with nothing but who will fill it in';
  const labelled = MAY_LABEL.test(folded) ? labelledValue().exec(folded) : null;
  // `»` after a `«` closes a quotation (`«Without footguns»?`): what it closes is quoted, no label.
  const quoted = labelled !== null && whole.includes('«') && folded.slice((labelled[1] as string).length, folded.length - (labelled[2] as string).length).includes('»');
  const why = labelled === null || quoted ? undefined : labelledValueReason(labelled[1] as string, labelled[2] as string);
  return why === undefined || DIGEST_PREFIX.test(folded) ? undefined : `a label over a placeholder (${why})`;
}
/**
 * What may stand around a label and its value and is no part of either: emoji and other symbols, quotes, brackets, a table
 * row's bars. Not a heading's or list's marks, which Markdown's reading takes (a heading titles, it is no label), nor a
 * slash, a dash or a full stop after the value (`todo/`, `TBD-`, `v2.`).
 */
const LEADING_EDGE = String.raw`[\s\p{S}\p{Ps}\p{Pi}"'|]`;
const TRAILING_EDGE = String.raw`[\s\p{S}\p{Pe}\p{Pf}"'|]`;
const LABEL_EDGES_G = new RegExp(String.raw`^${LEADING_EDGE}+|${TRAILING_EDGE}+$`, 'gu');
const LEADING_EDGE_ONE = new RegExp(`^${LEADING_EDGE}`, 'u');
const TRAILING_EDGE_ONE = new RegExp(`^${TRAILING_EDGE}$`, 'u');
/** Whether `text` starts or ends with a {@link LABEL_EDGES_G} character, read from its two ends only (no scan of an id). */
function hasLabelEdges(text: string): boolean {
  const pair = text.codePointAt(text.length - 2);
  return LEADING_EDGE_ONE.test(text) || TRAILING_EDGE_ONE.test(pair !== undefined && pair > 0xffff ? String.fromCodePoint(pair) : text.slice(-1));
}

/** `N/A by design`, `none by default`: `by` with what is no one, a reason given. */
const BY_NOT_AN_OWNER = /(?<![\p{L}\p{N}])by\s+(?:design|default|definition|nature|policy|construction|intent|choice|convention|contract|law|request)(?![\p{L}\p{N}])/u;

/** Masks that show a format instead of a value: `XXXX-XXXX`, `YYYY-MM-DD`, `YYYYMMDD`, `HH:MM:SS`. */
const MASK = /^(?:v?x\.y\.z|x{3,}(?:[-_.:/ ]x+)*|y{4}m{2}d{2}(?:t?h{2}m{2}(?:s{2})?z?)?|(?:y{2,4}|m{1,2}|d{1,2}|h{1,2}|s{1,2})(?:(?:[-/.: ]|t(?=h))(?:y{2,4}|m{1,2}|d{1,2}|h{1,2}|s{1,2}))+z?)$/u;
/**
 * Zero timestamps: the Unix epoch and Go's zero time are what an unset timestamp prints — in ISO form, Go's `String()`
 * (`0001-01-01 00:00:00 +0000 UTC`), numeric dates (`19700101`, `01/01/1970`), JavaScript's and HTTP's
 * (`Thu, 01 Jan 1970 00:00:00 GMT`, `Thu Jan 01 1970 00:00:00 GMT+0000 (…)`) and C's `ctime` (`Thu Jan  1 00:00:00 1970`).
 */
const ZERO_TIME = new RegExp(
  String.raw`^(?:1970-01-01|0001-01-01|0000-00-00|19700101|1970[/.]0?1[/.]0?1|0?1[/.]0?1[/.]1970)(?:[t ]00:00(?::00(?:\.0+)?)?(?:\s*(?:z|[+-]00(?::?00)?))?(?:\s*(?:utc|gmt))?)?$` +
    String.raw`|^(?:19700101|00010101|00000000)t000000(?:\.0+)?(?:z|[+-]0000)?$` +
    String.raw`|^(?:thu,?\s+)?(?:jan\s+0?1,?\s+1970|0?1\s+jan\s+1970)(?:\s+00:00:00)?(?:\s*(?:gmt|utc)(?:[+-]0000)?(?:\s*\([^()]*\))?)?$|^thu\s+jan\s+0?1\s+00:00:00\s+1970$`,
  'u',
);

/** What a zero timestamp is called, as written (ZERO_TIME) or as a parsed instant (`zeroInstantReason`, src/util/time.ts). */
export const ZERO_TIMESTAMP_REASON = 'a zero timestamp (the epoch), what an unset time prints';

const MAX_WORDS_LENGTH = 1000;

/**
 * The placeholder marker a field's value opens with, set apart from a note after it (`TODO: assign`, `FIXME: who?`,
 * `TBD: decide later`, `[TBD] file one`, `TODO(alice): pick an owner`, `À définir : qui ?`, `待定：负责人`), or undefined
 * (red team rh, session 46). A form's field is filled or it is not: a value that opens with a marker says the writer
 * knew it was not, whatever note follows, so it is a placeholder whatever the note says. The marker is read as
 * {@link placeholderReason} reads markers (invisible characters, width, case, look-alike letters of other scripts), but
 * only where a whole value answers one slot: an exemption's field (src/core/waivers.ts `fillerReason`). Not in
 * {@link placeholderReason}, whose texts include notes and lists where `TODO, refactor the parser` names a task.
 * `TODO` before a space only (`Todo el módulo falla`, `todo list crashes`) is a word, not a marker, unless written in
 * capitals, as markers are (`TODO find owner`); before a mark it is the marker in any case (`todo: assign`). A
 * hyphen or a slash touching the next word joins a name (`todo-app`, `tbd/tbc` is read elsewhere), no note.
 */
export function openingMarker(value: string, underLabel = false): string | undefined {
  const head = value.length > 200 ? value.slice(0, 200) : value;
  // Red team rl: a label word before the marker (`note: TODO explain`, `draft: TBD decide later`) labels the held place.
  // One label only: what follows it is read as a value, not as another label.
  const labelled = underLabel ? undefined : LABEL_BEFORE_MARKER.exec(head)?.[1];
  const inner = labelled === undefined ? undefined : openingMarker(labelled, true);
  if (inner !== undefined) return inner;
  // A long dash parts a marker from its note (`TODO—assign`); the fold would draw it as a hyphen, which joins a name.
  // An ideographic stop or comma parts a marker from its note as a full stop or a comma does (`TODO。あとで書く`, `TBD、あとで決める`);
  // read as those, since the look-alike fold draws the stop as the letter o.
  const drawn = lookalikeFold(foldForComparison(head.replace(/[\u2013\u2014\u2015]/gu, ' - ').replace(/[。｡]/gu, '. ').replace(/[、､]/gu, ', ')));
  const match = openingMarkerPattern().exec(drawn);
  if (match === null) return undefined;
  const marker = (match[1] as string).replace(/[.-]+/gu, '').replace(/\s+/gu, ' ');
  if (marker === 'todo' && /^\s+$/u.test(match[2] as string) && /\p{Ll}/u.test(removeInvisible(head).normalize('NFKC').trim().split(/\s/u)[0] ?? '')) return undefined;
  // Red team rl: `TODO comments in vendored code trip the marker scan`, `TBD values in the sample config are intentional`:
  // a marker then, after a space only, a noun it names or a verb it governs is the reason's subject, not a held place.
  if (/^\s+$/u.test(match[2] as string) && markerAsSubject().test(drawn.slice(match[0].length))) return undefined;
  return marker;
}
/** One to three words and a colon, then the rest: a label over a value (`note: …`, `Root cause: …`). */
const LABEL_BEFORE_MARKER = /^[\s*_]*\p{L}[\p{L}\p{M}'’-]*(?:\s+\p{L}[\p{L}\p{M}'’-]*){0,2}[*_]*\s*[:：]\s*(\S[^]*)$/u;
/** The noun after a marker that makes the marker a thing named (`TODO comments`, `FIXME markers are flagged`, `TODO list crash`). */
const markerAsSubject = lazy(() => new RegExp(
  String.raw`^(?:(?:comments|markers|values|lists|items|entries|tags|lines|notes|scans|scanners|checks|rules|annotations|placeholders|strings|occurrences|hits|counts|warnings|findings)(?![\p{L}\p{N}])` +
    // A singular noun is also a verb (`TODO list the cases`, `TODO check why`): a note's object after it is an order.
    String.raw`|(?:comment|marker|value|list|item|entry|tag|line|scan|scanner|check|rule|annotation|placeholder|string|count|warning|finding)(?![\p{L}\p{N}])(?!\s+(?:the|a|an|all|each|every|any|which|what|why|how|who|whether|if|our|my|your|this|that|these|those|them|it|its|for|out|up)(?![\p{L}\p{N}])))`, 'u'));
/** A marker that holds a place (see GAP_MARKER; not `hack` or `tk`, which name things), in English and the languages the label reading lists. */
const OPENING_GAP = String.raw`(?:t\.?o-?\.?d\.?o|f\.?i\.?x\.?-?m\.?e|xxx+|t\.?b\.?[dac]|to\s+be\s+(?:determined|decided|defined|confirmed|announced|done|added|assigned|filed|written|filled(?:\s+in)?)|à\s+(?:définir|déterminer|compléter)|a\s+(?:completer|definir)|por\s+(?:definir|determinar)|da\s+(?:definire|completare)|nog\s+te\s+bepalen|zu\s+ergänzen|noch\s+festzulegen|待定|未定|미정)`;
/**
 * The marker at a value's start, after any opening bracket, quote or emphasis and before its closing one, then the
 * note: after a mark (`:`, `,`, `.`, `(`, a dash set apart or a long one) or a space, a letter, digit or sign of a note.
 */
const openingMarkerPattern = lazy(() => new RegExp(String.raw`^[\s\p{Ps}\p{Pi}"'*_\x60#>]*(${OPENING_GAP})(\.?[\p{Pe}\p{Pf}"'*_\x60]*(?:\s*[:;,.!?…()[\]{}、。､｡]+\s*|\s+[-–—]+\s+|\s*[–—]+\s*|\s+))(?=[\p{L}\p{N}@#?])`, 'u'));

/**
 * `never (see ticket)`, `TBD, see bd-12`: a trailing pointer elsewhere adds nothing to the words before it. The pointer
 * word stands alone: `oversee the rollout`, `see-through cache`, `per-run cache` point nowhere.
 */
export function withoutPointer(value: string): string {
  // The pointer word is followed by whitespace, an arrow points: a text with neither (an id) has no pointer.
  if (!MAY_POINT.test(value)) return value;
  // Red team wb: a pointer first, then a text of its own after a mark (`see bd-1f42.4: the sandbox has no network`,
  // `per #812, the sandbox has no network access`): the pointer is dropped, the text after it is what the value says.
  const after = afterLeadingPointer(value);
  if (after !== undefined) return withoutPointer(after);
  // The pointer word may take a colon (`TBD, see: bd-12`); an arrow points as well as a word does (`TBD -> bd-12`).
  return value.replace(/[\s,;:.!-]*[([]?\s*(?:(?<![\p{L}\p{N}])(?:see|cf\.?|per|tracked (?:in|by|at)):?(?=\s)|(?:->|=>|→|⇒|⟶)(?=\s*\S))[^)\]]*[)\]]?[\s.!?]*$/iu, '');
}

/** The text after a leading pointer and what it points at (`see bd-1f42.4: the sandbox has no network` → `the sandbox has no network`), or undefined: judged as what the value says. */
export function afterLeadingPointer(value: string): string | undefined {
  return value.length > MAX_WORDS_LENGTH || !MAY_POINT.test(value) ? undefined : LEADING_POINTER.exec(value)?.[1];
}
const MAY_POINT = /\s|->|=>|→|⇒|⟶/u;
/** A leading pointer word, what it points at (up to three words), then a colon, comma or semicolon, or a dash set apart, and the rest. */
const LEADING_POINTER = /^\s*[([]?\s*(?:see|cf\.?|per|as\s+per|tracked\s+(?:in|by|at)):?\s+\S+?(?:\s+\S+?){0,2}?\s*[)\]]?\s*(?:[:,;](?=\s)|\s[-–—]\s)\s*(\S[^]*)$/iu;
const HAS_SPACE = /\s/u;

/**
 * A bare reference at the end of a value, with what joins it (`TBD: bd-12`, `TBD #12`, `TODO(alice) bd-12`,
 * `N/A https://t.acme.dev/12`): an issue id, a `#` number or a URL. What is left before it is judged on its own.
 */
const TRAILING_REFERENCE = /[\s,;:.—–-]*\s[([]?(?:#\d+|[\p{L}][\p{L}\p{N}]*[-_#][\p{L}\p{N}._-]*\d[\p{L}\p{N}._-]*|https?:\/\/\S+)[)\]]?[\s.!?]*$/u;

/** The marker word of `parts` when there are two or more and each is a marker (or, `withFiller`, a filler word). */
function markerOf(parts: readonly string[], withFiller: boolean): string | undefined {
  const tokens = parts.map(squeeze).filter((t) => t !== '');
  const marker = tokens.find((t) => MARKER_WORDS.has(t));
  return tokens.length >= 2 && marker !== undefined && tokens.every((t) => MARKER_WORDS.has(t) || (withFiller && FILLER_WORDS.has(t))) ? marker : undefined;
}

/** Keyboard rows (QWERTY), each run of four or more of whose keys is what a person types to fill a field. */
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** What joins words in a value: whitespace, or a slash, bar, comma, semicolon, plus or ampersand (`TBD/TBC`, `TODO|FIXME`). */
const WORD_JOINERS = /[\s/|,;+&]+/u;

/**
 * A stub sentence: what a page or field says of itself when nothing was written yet — `This section is a work in
 * progress.`, `Release notes will be added later.`, `More details to follow.`, `Content coming soon.`, `This page
 * intentionally left blank.`, `To be determined at a later date.` — or a template's instruction left in place (`Describe
 * your changes here.`, `Add release notes here`). Whole values only; the subject is the text itself (a section, notes,
 * details), never a feature: `Windows support is coming soon.` and `A fix will follow in 1.3.` are statements.
 */
const STUB_DETERMINER = String.raw`(?:(?:the|this|these|our|more|further|full|additional|all)\s+)?`;
const STUB_NOUN = String.raw`(?:section|page|document|doc|file|content|contents|details?|notes?|changelog|change\s*log|changes|description|information|info|documentation|docs|text|summary|entry|entries|body|placeholder)`;
/** The text itself: a section, its notes, its details (`release notes` in the release notes). */
const STUB_SUBJECT = String.raw`${STUB_DETERMINER}(?:(?:release|patch|change)\s+)?${STUB_NOUN}(?:\s+(?:entry|entries|section|page))?(?:\s+for\s+(?:this\s+(?:release|version)|(?:v|version\s+)?\d+(?:\.\d+){0,3}))?`;
/**
 * Another document: `Migration notes will be published later.` in release notes says when the guide ships. Only as a
 * label over nothing (`Upgrade notes: TBD`) is it a stub section of this text.
 */
const STUB_OTHER_DOCUMENT = String.raw`${STUB_DETERMINER}(?:security|upgrade|migration)\s+${STUB_NOUN}`;
/**
 * A field's label, whose value a stub state leaves unknown (`Release date: coming soon`, `Rollback plan — to follow`): a date,
 * a version, an owner, a plan is not there yet. A feature's label (`Windows support: coming soon`) says when it ships.
 */
const STUB_FIELD = String.raw`(?:[\p{L}\p{N}][\p{L}\p{N}'-]*\s+){0,3}(?:date|time|day|deadline|eta|version|milestone|owner|assignee|team|contact|maintainer|reviewer|approver|plan|steps?|schedule|timeline|window|link|url)`;
/**
 * What a field's label over it does not make a stub: a marker (`Release date: TBD` is a label over a marker, named so by
 * markerWithOwner) and `pending`, a state of its own (`Approver: pending` waits on someone named elsewhere).
 */
// Flat (one level of groups inside): test/util/stub-words.property.test.ts drops lookarounds by a pattern that nests one deep.
const NOT_FIELD_STATE = String.raw`(?!(?:tbd|tba|tbc|todo|wip|pending|to\s+be\s+determined|to\s+be\s+decided|to\s+be\s+defined|to\s+be\s+confirmed|to\s+be\s+announced|to\s+be\s+done)[\s.!?…]*$)`;
const STUB_LATER = String.raw`(?:\s+(?:later|soon|shortly|eventually|asap|(?:at|on)\s+a\s+later\s+(?:date|time|stage|point)|in\s+(?:a|the)\s+(?:later|future|next)\s+(?:release|version|update|revision)|before\s+(?:the\s+)?release))?`;
const STUB_VERB = String.raw`(?:added|written|filled(?:\s+in)?|completed|provided|updated|published|documented|finali[sz]ed|prepared|drafted)`;
const STUB_STATE = String.raw`(?:coming\s+soon|(?:a\s+)?work\s+in\s+progress|(?:still\s+)?under\s+construction|(?:(?:intentionally|deliberately)\s+)?(?:left\s+)?blank|(?:(?:is|are|will\s+be|yet|still|not\s+yet|(?:has|have)\s+yet)\s+)?to\s+be\s+(?:${STUB_VERB}|determined|decided|defined|confirmed|announced|done)|will\s+be\s+(?:${STUB_VERB}|available)|(?:(?:still|currently)\s+)?being\s+(?:written|drafted|prepared|updated|finali[sz]ed|worked\s+on)|will\s+follow|to\s+(?:follow|come)|on\s+(?:the|its|their)\s+way|pending|tbd|tba|tbc|todo|wip|fill\s+(?:this|me|it)\s+in|(?:(?:has|have)\s+)?not\s+(?:yet\s+)?(?:been\s+)?(?:written|available|ready|provided|filled\s+in|added|finali[sz]ed|completed?|published|drafted|done)(?:\s+yet)?)${STUB_LATER}`;
/** States only a named subject makes a stub: `Under review` alone is a status, `This section is under review.` a stub. */
const STUB_OWN_STATE = String.raw`(?:(?:still|currently)\s+)?under\s+(?:review|development|revision)|(?:(?:intentionally|deliberately)\s+)?empty|go(?:es)?\s+here|forthcoming|(?:just\s+)?a\s+stub|(?:still\s+)?needs?\s+(?:to\s+be\s+(?:written|completed|filled\s+in)|writing|content|(?:more\s+)?work)`;
const STUB_AUX = String.raw`(?:is|are|will\s+be|has\s+been|have\s+been)`;
/**
 * Any run of punctuation or symbols set apart by spaces (`Notes ‣ TBD`, `Notes ➜ TBD`, `Notes ∣ TBD`, `Notes ~ TBD`): a
 * reader takes whatever stands alone between a label and its value as their separator (a lone `》` too), so no list of
 * glyphs is kept. Longer runs are a setext underline's when lines are read together; dot leaders are read apart ({@link DOT_LEADER}). Unspaced only the listed ones: `docs/todo` is a path.
 */
const SPACED_MARKS = String.raw`(?<=\s)[\p{P}\p{S}]{1,3}(?=\s)`;
/**
 * What sets a label apart from its value: a colon, a dash, a bar, a slash, a middle dot or bullet, an arrow or chevron,
 * doubled as plain text doubles them (`Release notes | coming soon`, `Release notes -- coming soon`, `Notes → TBD`). A
 * slash only with spaces around it: `docs/todo` is a path.
 */
const STUB_SEPARATOR = String.raw`(?:[:–—―|¦‖·•‧∙⋅・»›→⇒-]{1,3}|-{1,8}>|={1,8}>|>{1,2}|${SPACED_MARKS})`;
export const stubSentence = lazy(
  () =>
    new RegExp(
      // `Pending` alone is a status (a job waiting), `Details follow.` an opening: neither says nothing was written.
      String.raw`^(?!pending[\s.!?…]*$)(?:(?:${STUB_SUBJECT})(?:\s+(?:here|below))?(?:\s*${STUB_SEPARATOR}\s*|\s+(?:${STUB_AUX}\s+)?)|${STUB_OTHER_DOCUMENT}\s*${STUB_SEPARATOR}\s*|${STUB_FIELD}\s*${STUB_SEPARATOR}\s*${NOT_FIELD_STATE})?${STUB_STATE}[\s.!?…]*$` +
      String.raw`|^${STUB_SUBJECT}\s+(?:${STUB_AUX}\s+)?(?:${STUB_OWN_STATE})[\s.!?…]*$` +
      // What a page under construction tells its reader instead of its content.
      String.raw`|^(?:please\s+)?check\s+back\s+(?:later|soon|again)(?:\s+for\s+(?:more|updates|details|${STUB_SUBJECT}))?[\s.!?…]*$` +
      String.raw`|^stay\s+tuned(?:\s+for\s+(?:more|updates|details|${STUB_SUBJECT}))?[\s.!?…]*$|^(?:much\s+|lots\s+)?more\s+to\s+come(?:\s+soon)?[\s.!?…]*$|^watch\s+this\s+space[\s.!?…]*$` +
      String.raw`|^(?:this\s+is\s+)?(?:just\s+)?(?:a\s+)?placeholder(?:\s+(?:text|page|section))?(?:\s+for\s+${STUB_SUBJECT})?[\s.!?…]*$|^your\s+${STUB_SUBJECT}\s+(?:goes\s+|go\s+)?here[\s.!?…]*$` +
      String.raw`|^this\s+is\s+(?:just\s+)?a\s+stub[\s.!?…]*$|^you\s+can\s+help\s+by\s+expanding\s+it[\s.!?…]*$` +
      // A promise with nothing promised but the text itself: `We'll add details soon.` (`We will add ARM support later.` names a feature).
      String.raw`|^(?:(?:we|i)(?:\s+will|'ll|’ll)\s+|will\s+)(?:add|write|fill\s+in|update|finish|complete|document)(?:\s+(?:${STUB_SUBJECT}|this|it|them))?\s+(?:later|soon|shortly|eventually|asap)[\s.!?…]*$` +
      String.raw`|^nothing\s+(?:(?:to\s+see\s+)?here\s*)?yet[\s.!?…]*$|^(?:nothing\s+to\s+see\s+here)[\s.!?…]*$` +
      String.raw`|^(?:please\s+)?(?:add|write|insert|enter|describe|fill\s+in|put|list|summari[sz]e|document|paste|type)\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}?(?:here|below|in\s+this\s+section)[\s.!?…]*$`,
      'u',
    ),
);
/**
 * A word each alternative of {@link stubSentence} holds (`to` of `to be determined`, `tb` of `tbd`, `go` of `goes here`, …):
 * the readings of a text only drop marks and asides or put spaces for hyphens and leaders, never joining letters, so a
 * text without any of them is no stub, and most values (ids, names) skip the readings. test/util/stub-words.property.test.ts proves it of the pattern's every match.
 */
export const STUB_WORD = /to|tb|go|wip|not|way|will|fill|need|stub|stay|help|here|soon|asap|your|being|blank|empty|check|watch|later|below|under|coming|pending|nothing|progress|shortly|section|eventually|placeholder/;
/** `… in the next release` says when another release's text comes: a stub only of this text (`This section will …`). */
const NEXT_RELEASE = /\bin\s+(?:a|the)\s+(?:later|future|next)\s+(?:release|version|update|revision)[\s.!?…]*$/u;

/**
 * Whether a folded value is stub sentences alone: one or several (`Coming soon. Stay tuned!`), behind emoji, quotes
 * or emphasis (`🚧 This section is a work in progress 🚧`, `“Coming soon…”`); not behind a heading mark, which titles.
 */
function isStubText(folded: string): boolean {
  if (folded.length > 160 || !STUB_WORD.test(folded)) return false;
  // A hyphen joining words draws them as one phrase: `a work-in-progress`, `coming-soon`, `to-be-determined`.
  if (INTRAWORD_HYPHEN.test(folded) && isStubText(folded.replace(INTRAWORD_HYPHEN_G, ' '))) return true;
  // Dot leaders (`Release notes ........ TBD`) part a label from its value; they end no sentence.
  const plain = folded.replace(EMOJI_SHORTCODE, ' ');
  if (allStubSentences(plain.replace(DOT_LEADER, ' — '))) return true;
  // Spaced or short leaders (`Release notes . . . TBD`, `Release notes … TBD`) may also end a sentence: read both ways.
  return SPACED_LEADER.test(plain) && allStubSentences(plain.replace(SPACED_LEADER_G, ' — '));
}

function allStubSentences(text: string): boolean {
  const sentences = text.split(/(?<=[.!?…])\s+/u).filter((s) => /[\p{L}\p{N}]/u.test(s));
  return sentences.length > 0 && sentences.every((s) => sentenceReadings(s).some(isStubSentence));
}

const DOT_LEADER = /\s+[.…·]{4,}\s+/gu;
/** Dots spaced apart (`. . .`, `· · ·`) or an ellipsis set apart by spaces, between two words. */
const SPACED_LEADER_SOURCE = String.raw`(?<=\S)\s+(?:[.…·•∙⋅‧](?:\s?[.…·•∙⋅‧]){1,}|…)\s+(?=\S)`;
const SPACED_LEADER = new RegExp(SPACED_LEADER_SOURCE, 'u');
const SPACED_LEADER_G = new RegExp(SPACED_LEADER_SOURCE, 'gu');
const sentenceEdges = (s: string): string => s.replace(/^[^\p{L}\p{N}#]+/u, '').replace(/[^\p{L}\p{N}.!?…]+$/u, '');
const isStubSentence = (s: string): boolean => endsAsStubSentence(s) && stubSentence().test(s) && !(NEXT_RELEASE.test(s) && !/^th(?:is|ese)\s/u.test(s));

/**
 * Every word a match of {@link stubSentence} can end with, before its closing punctuation (a version number too:
 * `Notes for 1.3 to follow` ends in `follow`, `Placeholder for release notes for v1.3` in `3`). V8 compiles the 6 KB
 * pattern on its first uses, 50–100 ms of a CLI process's CPU; a sentence ending in none of these words cannot match, so
 * a run whose values end otherwise (ids, dates, names) never compiles it. test/util/stub-words.property.test.ts proves
 * the list of the pattern's every match.
 */
const STUB_LAST_WORDS = new Set(
  ('soon progress construction blank added written filled in completed provided updated published documented finalised finalized ' +
    'prepared drafted determined decided defined confirmed announced done available on follow come way pending tbd tba tbc ' +
    'todo wip ready complete yet later shortly eventually asap date time stage point release version update revision review ' +
    'development empty here forthcoming stub writing content work again more updates details tuned space placeholder text ' +
    'page section it below document doc file contents detail note notes changelog log changes description information info ' +
    'documentation docs summary entry entries body').split(' '),
);

/**
 * Whether `s` ends (before `[\s.!?…]*`) in a number or a word of {@link STUB_LAST_WORDS}, also run onto what comes
 * before it (the pattern lets `nothing here yet` be written `nothing hereyet`).
 */
export function endsAsStubSentence(s: string): boolean {
  let end = s.length;
  while (end > 0 && TRAILING_STUB_MARK.test(s[end - 1]!)) end--;
  if (end > 0 && isAsciiDigit(s.charCodeAt(end - 1))) return true;
  for (let start = end - 1; start >= 0 && isAsciiLower(s.charCodeAt(start)); start--) if (STUB_LAST_WORDS.has(s.slice(start, end))) return true;
  return false;
}

const TRAILING_STUB_MARK = /[\s.!?…]/u;
const isAsciiLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * A footnote mark after a sentence's last word, which a reader reads as no word of it: `[^1]`, `[1]`, `(1)`, `*`, `†`, or
 * a number run onto the word (`soon¹` and `soon<sup>1</sup>` both fold to `soon1`), before or after its full stop; a
 * note by letter, roman number or name, or several (`[a]`, `(ii)`, `[note 1]`, `[1][2]`, `[1, 2]`), in any of the three
 * bracket pairs (`{^1}`, `{1}`; red team sb) and Org's `[fn:1]`; Pandoc's superscript and subscript (`^a^`, `~1~`) and
 * reStructuredText's references (`[1]_`, `[#]_`, `[*]_`). A number run onto a
 * lone word is a name's (`wip2`, `todo1`), not a footnote.
 */
const NOTE_ID = String.raw`(?:(?:note|fn|ref|n)[.:]?\s*)?(?:\d{1,3}|[a-z]|[ivx]{1,4})`;
const NOTE_LIST = String.raw`${NOTE_ID}(?:\s*[,–-]\s*${NOTE_ID}){0,4}`;
const trailingFootnote = lazy(() =>
  new RegExp(
    String.raw`^([^]*?)(?:(?<!\])(?:\s*\[(?:\^[\p{L}\p{N}_-]{1,12}|${NOTE_LIST})\])+|(?:\s*\{(?:\^[\p{L}\p{N}_-]{1,12}|${NOTE_LIST})\})+|(?:\s*\(${NOTE_LIST}\))+|[*†‡§¶]+|\^\d{1,3}|\^[\p{L}\p{N}]{1,12}\^|~[\p{L}\p{N}]{1,12}~|(?:\s*\[(?:\d{1,3}|#[\p{L}\p{N}_-]{0,12}|\*)\]_)+|(?<=\s\S*\p{L}[.!?…]?)\d{1,3})([\s.!?…]*)$`,
    'u',
  ),
);
/**
 * A last aside in brackets or quotes of any script (`Coming soon (TBD).`, `Release notes [coming soon]`, `Coming soon【TBD】`,
 * `Coming soon «TBD»`, `Coming soon <TBD>`, an inline note `^[TBD]`, AsciiDoc's `footnote:[TBD]`), or after a separator
 * set apart by spaces or a comma (`Coming soon — TBD`, `Coming soon | N/A`, `Coming soon, TBD`), judged on its own
 * words: the rest must be a stub of its own.
 */
const TRAILING_ASIDE = new RegExp(String.raw`^([^]*?\S)(?:\s*(?:footnote:|\^)?[\p{Ps}\p{Pi}<]([^\p{Ps}\p{Pe}\p{Pi}\p{Pf}<>]{1,60})[\p{Pe}\p{Pf}>]|(?:\s+${STUB_SEPARATOR}|\s*[,;])\s+([^\p{Ps}\p{Pe}\p{Pi}\p{Pf}<>]{1,60}?))([\s.!?…]*)$`, 'u');

/** A last marker word after a space alone (`Coming soon TBD`, `Coming soon <abbr>TBD</abbr>`): the marker is no word of the stub. */
const TRAILING_MARKER = new RegExp(String.raw`^([^]*?\S)\s+(${ANY_MARKER}|wip)([\s.!?…]*)$`, 'u');

/**
 * The ways a reader may take one sentence: as written; without a footnote mark after it; without a last aside that is
 * itself a placeholder (`Coming soon (TBD).` is the stub), or with that aside read as the label's value it stands for
 * (`Release notes (coming soon)` as `Release notes: coming soon`). A few rounds: `Coming soon (TBD)[^1].`
 */
function sentenceReadings(sentence: string): string[] {
  const out = [sentenceEdges(sentence)];
  let s = sentence;
  // Enough rounds for the asides a sentence of 160 characters can hold (`Coming soon (TBD) (TBD) (TBD) (TBD)`).
  for (let round = 0; round < 12; round++) {
    const footnote = trailingFootnote().exec(s);
    if (footnote !== null && /[\p{L}\p{N}]/u.test(footnote[1] as string)) {
      s = `${footnote[1] ?? ''}${footnote[2] ?? ''}`;
      out.push(sentenceEdges(s));
      continue;
    }
    const aside = TRAILING_ASIDE.exec(s);
    const asideWords = aside?.[2] ?? aside?.[3];
    const marked = aside !== null && asideWords !== undefined && placeholderWordsReason(asideWords.trim()) !== undefined;
    const bare = marked ? null : TRAILING_MARKER.exec(s);
    const [rest, words, tail] = marked ? [aside[1], asideWords, aside[4]] : bare !== null ? [bare[1], bare[2], bare[3]] : [];
    if (rest === undefined || words === undefined) break;
    out.push(sentenceEdges(`${rest}: ${words}${tail ?? ''}`));
    s = `${rest}${tail ?? ''}`;
    out.push(sentenceEdges(s));
  }
  return out;
}

/**
 * Characters drawn small beside a word, which a reader takes for a footnote's mark and not a word of the sentence:
 * superscript and subscript digits, letters and signs (`soonᵃ`, `soon⁽¹⁾`, `soon₁`), other numbers (`¹²³`, `①`, `❶`, `🄁`)
 * and enclosed letters (`ⓐ`), and a numbered mark in brackets run onto a word (`Release notes[1]: TBD`). NFKC folds the
 * small ones to plain letters and digits (`soonᵃ` to `soona`), so they are taken away before folding. Anywhere after a
 * word (`Release notes¹: TBD`): the reading only decides whether what is left is a
 * placeholder, and `E = mc²` without its mark is no more one than with it.
 */
// Not after a `]`: `[TODO][1]` is a reference link, read as Markdown elsewhere.
// A numbered mark run onto a word in any of the three bracket pairs (`notes[1]`, `notes{^1}`, `notes(1)`, Org's `notes[fn:1]`).
const FOOTNOTE_GLYPHS = /(?<=[\p{L}\p{N}.!?…:;)"'’”])(?:\s*[\p{No}\u00aa\u00ba\u02b0-\u02b8\u02e0-\u02e4\u1d2c-\u1d6a\u1d78\u1d9b-\u1dbf\u2070-\u209f\u2460-\u24ff\u2776-\u2793\u{1f100}-\u{1f1ad}]+|\[\^?(?:fn:)?\d{1,3}\]|\{\^?\d{1,3}\}|\(\d{1,3}\))+/gu;
/** What a bracketed mark of {@link FOOTNOTE_GLYPHS} needs: an ASCII value without any bracket skips the reading. */
const MAY_BRACKET_MARK = /[[{(]/u;

/** {@link placeholderWordsReason} of `text` (as written) without the footnote marks drawn small after its words. */
function footnoteGlyphsReason(text: string): string | undefined {
  const raw = shown(text.replace(WHITESPACE_CONTROL, ' '));
  const bare = raw.replace(FOOTNOTE_GLYPHS, '');
  return bare === raw || bare.length > MAX_WORDS_LENGTH ? undefined : placeholderWordsReason(foldForComparison(bare));
}

/** An emoji shortcode (`:construction:`, `:warning:`), which GitHub and Slack draw as the emoji it names. */
const EMOJI_SHORTCODE = /(?<![\p{L}\p{N}]):[a-z0-9_+-]{2,40}:(?![\p{L}\p{N}])/gu;
const INTRAWORD_HYPHEN = /(?<=\p{L})[-\u2010\u2011](?=\p{L})/u;
const INTRAWORD_HYPHEN_G = new RegExp(INTRAWORD_HYPHEN.source, 'gu');

/** Four runs of letters (in ASCII, \p{L} is A-Za-z: the two splits below find the same runs). */
const FOUR_WORDS = /\p{L}+(?:\P{L}+\p{L}+){3}/u;
const TO_DO = /^to\s+do$/u;
const ONE_LETTER_THRICE = /^(\p{L})\1{2}$/u;

/** {@link FOUR_WORDS} without the Unicode pattern for ASCII text (every id): four runs of A-Za-z, counted. */
function hasFourWords(text: string): boolean {
  if (!ASCII_ONLY.test(text)) return FOUR_WORDS.test(text);
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    const letter = c >= 0x61 && c <= 0x7a;
    if (letter && !inRun && ++runs === 4) return true;
    inRun = letter;
  }
  return false;
}

/**
 * Whether {@link ZERO_TIME} may match: each of its alternatives starts with a digit, `thu` or `jan` (the text is folded,
 * so lower-case), so a text starting otherwise (most ids) skips the pattern.
 */
function mayBeZeroTime(folded: string): boolean {
  const c = folded.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || c === 0x74 || c === 0x6a;
}

/** Whether `text` holds one of 0-9, read without a pattern. */
function hasAsciiDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isAsciiDigitCode(text.charCodeAt(i))) return true;
  return false;
}

/** Why a folded value (whole) is a placeholder by its words, or undefined. */
function placeholderWordsReason(folded: string): string | undefined {
  // Jira's status "To Do" is a workflow state, not the marker TODO spelt apart.
  if (TO_DO.test(folded)) return undefined;
  // The squeezed word is looked up among placeholder words and tested for one letter or a keyboard run: none of them
  // holds an ASCII digit (test/util/placeholder-fast-path.property.test.ts checks the words), and squeezing ASCII keeps every digit, so
  // ASCII with a digit (most ids: `bd-3ar8v.9.12`) is none of them and no squeezed copy is made.
  const word = hasAsciiDigit(folded) && ASCII_ONLY.test(folded) ? undefined : squeeze(folded);
  if (word !== undefined && word !== '' && SQUEEZED_WORDS.has(word)) return `the placeholder word ${JSON.stringify(folded)}`;
  if (isStubText(folded)) return stubTextReason(folded);
  if (MASK.test(folded)) return 'a format mask, not a value';
  // `aaa`, `zzz`: one letter held down (not the numeral III); `asdfgh`, `qwertyuiop`, `hjkl`: a run along a keyboard row.
  if (word !== undefined && ONE_LETTER_THRICE.test(word) && word !== 'iii' && word !== 'lll') return `one letter repeated (${JSON.stringify(folded)})`;
  if (word !== undefined && word.length >= 4 && KEYBOARD_ROWS.some((row) => row.includes(word))) return `a run of keys along a keyboard row (${JSON.stringify(folded)})`;
  if (mayBeZeroTime(folded) && ZERO_TIME.test(folded)) return ZERO_TIMESTAMP_REASON;
  if (TODO_WITH_OWNER.test(folded)) return 'a TODO marker with nothing but its owner';
  // Marker and filler words need two tokens, so a value without whitespace (an id) has none to look at; markers joined
  // to markers alone (`TBD/TBC`, `TODO|FIXME`, `n/a, n/a`) are a placeholder whatever joins them (`todo/app` is not).
  const marker = (SPACE.test(folded) ? markerOf(folded.split(/\s+/u), true) : undefined) ?? (WORD_JOINERS.test(folded) ? markerOf(folded.split(WORD_JOINERS), false) : undefined);
  if (marker !== undefined) return `the placeholder word ${JSON.stringify(marker)}`;
  // `TBD by alice`, `TODO @alice`, `N/A (@alice)`, `TBD - alice`, `@alice: TODO`: a marker and who will decide, nothing
  // decided. After the plain marker reading, which names the word where it alone is the value (`owner: TBD`); never an
  // algorithm's name (`sha256:TODO` is a digest stand-in). Short by nature; the bound also keeps backtracking small.
  // Also behind emoji, quotes, brackets or a table row's bars around the whole (`📅 Release date: TBD`, `| Version | TBD |`).
  const byLabel = folded.length <= 120 ? (labelOverMarkerReason(folded) ?? (hasLabelEdges(folded) ? labelOverMarkerReason(folded.replace(LABEL_EDGES_G, ''), folded) : undefined)) : undefined;
  if (byLabel !== undefined) return byLabel;
  // A marker that points elsewhere (`none, see bd-12`, `TBD (per bd-7)`) says nothing here.
  const before = withoutPointer(folded);
  if (before !== folded && before.trim() !== '') {
    const why = placeholderWordsReason(before);
    if (why !== undefined) return `${why}, before a pointer elsewhere`;
  }
  // A marker before a bare reference (`TBD: bd-12`, `TBD #12`) points elsewhere as `TBD, see bd-12` does (the reference
  // follows a space: a text without one has none).
  const unreferenced = HAS_SPACE.test(folded) ? folded.replace(TRAILING_REFERENCE, '') : folded;
  if (unreferenced !== folded && unreferenced.trim() !== '') {
    const why = placeholderWordsReason(unreferenced);
    if (why !== undefined) return `${why}, before a reference elsewhere`;
  }
  const lorem = loremReason(folded);
  if (lorem !== undefined) return lorem;
  // The passage as the Cyrillic and Greek filler generators print it (`Лорем ипсум долор сит амет`, `Λορεμ ιψθμ δολορ
  // σιτ αμετ`): the Latin words spelt letter for letter in another script, filler as the Latin is.
  if (!ASCII_ONLY.test(folded) && CYRILLIC_OR_GREEK.test(folded)) {
    const latin = folded.replace(CYRILLIC_OR_GREEK_G, (c) => TRANSLITERATED[c] ?? c);
    const why = LOREM_ALONE.has(latin.trim()) ? `the placeholder word ${JSON.stringify(latin.trim())}` : loremReason(latin);
    if (why !== undefined) return `${why}, spelt in Cyrillic or Greek letters`;
  }
  return undefined;
}

const stubTextReason = (folded: string): string => `a stub sentence (${JSON.stringify(folded)}): what a text says of itself before anything was written`;

/** Why folded text is a run of the lorem ipsum passage, or filler made of its words. */
function loremReason(folded: string): string | undefined {
  const shortLorem = HAS_SPACE.test(folded) ? shortLoremReason(folded) : undefined;
  if (shortLorem !== undefined) return shortLorem;
  // Filler text needs four words, or the word lorem or ipsum: an id has neither, and is not split.
  if (!folded.includes('lorem') && !folded.includes('ipsum') && !hasFourWords(folded)) return undefined;
  const words = folded.split(ASCII_ONLY.test(folded) ? /[^A-Za-z]+/ : /[^\p{L}]+/u).filter((t) => t !== '');
  if (words.length >= 2 && words.filter((t) => LOREM.has(t)).length >= Math.max(2, Math.ceil(words.length * 0.8)) && (words.includes('lorem') || words.includes('ipsum') || words.length >= 4)) return 'lorem ipsum filler text';
  return undefined;
}
const LOREM_ALONE: ReadonlySet<string> = new Set(['lorem', 'ipsum']);
const CYRILLIC_OR_GREEK = /[\u0370-\u03FF\u0400-\u04FF]/u;
const CYRILLIC_OR_GREEK_G = /[\u0370-\u03FF\u0400-\u04FF]/gu;
/**
 * Lower-case Cyrillic and Greek letters as the filler generators spell the passage's Latin with them (Greek `θ` for `u`,
 * `ψ` for `ps`, Cyrillic `ц` for `c`): enough to read the passage back, not a transliteration of either language.
 */
const TRANSLITERATED: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'z', з: 'z', и: 'i', й: 'j', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'c', ш: 's', щ: 's', ы: 'y', э: 'e', ю: 'u', я: 'a', ј: 'j', ћ: 'c', ђ: 'd', і: 'i', ї: 'i', є: 'e',
  α: 'a', β: 'b', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'e', θ: 'u', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r',
  σ: 's', ς: 's', τ: 't', υ: 'u', φ: 'f', χ: 'c', ψ: 'ps', ω: 'o', ά: 'a', έ: 'e', ή: 'e', ί: 'i', ό: 'o', ύ: 'u', ώ: 'o',
};

/**
 * `dolor sit amet`, `sed do eiusmod`, `consectetur adipiscing elit`: two or three words in a row of the passage, one of
 * them a word only the passage uses: lorem ipsum without lorem or ipsum.
 * English that shares a few of its words (`sed do`, `in culpa`, `magna est`) is not a run with such a word.
 */
function shortLoremReason(folded: string): string | undefined {
  if (folded.length > 60) return undefined;
  const words = folded
    .split(ASCII_ONLY.test(folded) ? /[^A-Za-z]+/ : /[^\p{L}]+/u)
    .filter((t) => t !== '')
    .map((w) => LOREM_VARIANTS[w] ?? w);
  if (words.length < 2 || words.length > 3 || !/^[\p{L}\s,.;:!-]*$/u.test(folded)) return undefined;
  const latin = words.filter((w) => LOREM_ONLY.has(w)).length;
  if (latin === 0) return undefined;
  const at = LOREM_PASSAGE.indexOf(words[0] as string);
  for (let i = at; i >= 0; i = LOREM_PASSAGE.indexOf(words[0] as string, i + 1)) {
    if (words.every((w, k) => LOREM_PASSAGE[i + k] === w)) return 'lorem ipsum filler text (a run of the passage)';
  }
  return undefined;
}

/**
 * Why a text is a placeholder by its words alone (placeholder words, a marker with filler, lorem ipsum), or undefined:
 * the part of {@link placeholderReason} that still holds for lines read together, where a template quoted on one
 * line of a real report must not make the whole report a placeholder.
 */
export function placeholderWordsIn(text: string): string | undefined {
  const folded = foldForComparison(text);
  if (folded.length > MAX_WORDS_LENGTH) return undefined;
  const why = placeholderWordsReason(folded) ?? placeholderWordsReason(lookalikeFold(text.trim())) ?? capitalIReason(text.trim()) ?? footnoteGlyphsReason(text);
  if (why !== undefined || (!hasBidiControls(text) && !hasRightToLeftLetter(text))) return why;
  // Lines read together as one paragraph (a Markdown paragraph's soft breaks, `dir="auto"`): as displayed, too.
  for (const shown of displayedTexts(text)) {
    const displayed = placeholderWordsReason(foldForComparison(shown));
    if (displayed !== undefined) return `${displayed}, as displayed`;
  }
  return undefined;
}

/**
 * Words that, as the part of an id after its prefix (`bd-TODO`, `PROJ-TBD`, `run_null`), leave the id naming nothing.
 * Not `none`, `unknown`, `nan`, `na`: real names end in them (target triples `aarch64-unknown-none`, `li-nan`, `us-na`).
 */
const ID_PART_PLACEHOLDERS = new Set(['todo', 'tbd', 'tbc', 'tba', 'fixme', 'placeholder', 'changeme', 'dummy', 'null', 'undefined']);

/**
 * Why an id-shaped value (one token, a prefix and its own part: `bd-1f42`, `PROJ-123`) names nothing: its own part is a
 * placeholder (`bd-TODO`, `JIRA-TBD`, `bd-xxx`, `ci_null`) or missing (`bd-`, `PROJ-#`). Dots and slashes are no
 * separator here: `v1.todo` is a name and `src/todo` a path, not ids.
 */
function idPartReason(trimmed: string): string | undefined {
  if (isNumberedIdWithDigit(trimmed)) return undefined;
  return idPartReasonRead(trimmed);
}

/**
 * True for `PREFIX-HASH` with numbered children (`bd-3ar8v.9.12`, `bd-x12`: PREFIX of ASCII letters and digits, HASH of
 * lower-case ASCII letters and digits holding a digit, each child digits only): an id whose own part holds no
 * placeholder, read without splitting it. {@link idPartReasonRead} finds nothing in one: its parts are PREFIX and
 * HASH.children; the own part is HASH, with a digit it is no placeholder word and no run of x or n; HASH's digit makes
 * it a real id whose children, digits, are no marks, no placeholder part and no ellipsis.
 * test/util/placeholder-fast-path.property.test.ts compares the two on generated ids.
 */
export function isNumberedIdWithDigit(text: string): boolean {
  const n = text.length;
  let i = 0;
  while (i < n && isAsciiAlnum(text.charCodeAt(i))) i++;
  if (i === 0 || i >= n || text.charCodeAt(i) !== 0x2d) return false;
  const hashStart = ++i;
  let digit = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digit = true;
    else if (!(c >= 0x61 && c <= 0x7a)) break;
  }
  if (i === hashStart || !digit) return false;
  while (i < n) {
    if (text.charCodeAt(i) !== 0x2e) return false;
    const childStart = ++i;
    while (i < n && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
    if (i === childStart) return false;
  }
  return true;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** {@link idPartReason} without the route {@link isNumberedIdWithDigit} takes (what the property test compares it with). */
export function idPartReasonRead(trimmed: string): string | undefined {
  // A team handle (`@acme/TBD`, `@acme/team-todo`) names its team after the slash: judged as a value of its own.
  const team = trimmed.startsWith('@') ? TEAM_HANDLE.exec(trimmed)?.[1] : undefined;
  if (team !== undefined) {
    const why = placeholderAsWritten(team);
    if (why !== undefined) return `a team handle whose team is ${why}`;
  }
  // `bd-N/A` is an id whose own part is N/A, not a path (the one slash is the placeholder's own).
  if (trimmed.charCodeAt(trimmed.length - 2) === 0x2f && ID_PART_NA.test(trimmed)) return `an id whose own part is the placeholder ${JSON.stringify(trimmed.slice(-3))}`;
  if (trimmed.length > 64 || SPACE_OR_SLASH.test(trimmed) || !LETTER_OR_DIGIT_FIRST.test(trimmed)) return undefined;
  const parts = trimmed.split(ID_SEPARATORS);
  if (parts.length < 2) return undefined;
  const last = parts[parts.length - 1] as string;
  // A child of a placeholder id (`bd-TODO.2`) names nothing either; `todo.app` is a name.
  const own = withoutDottedNumbersEnd(last.toLowerCase());
  if (own === '' || MARKS_ONLY.test(own)) return 'an id prefix with nothing after it';
  // Read as drawn too (`bd-ТODO` with a Cyrillic Т, `bd-ᴛᴏᴅᴏ`), never only as coded.
  const drawn = PRINTABLE_ASCII.test(last) ? own : lookalikeFold(own);
  if (ID_PART_PLACEHOLDERS.has(own) || ID_PART_PLACEHOLDERS.has(drawn) || XS_OR_NS.test(own)) return `an id whose own part is the placeholder ${JSON.stringify(last)}`;
  // The separators inside the part after the prefix spell no new part: `bd-TO_DO`, `bd-12.TO_DO`, `PROJ-fix_me` read as one word.
  const rest = parts.length > 2 ? parts.slice(1).join('') : last;
  const restFolded = PRINTABLE_ASCII.test(rest) ? rest.toLowerCase() : lookalikeFold(rest.toLowerCase());
  if (rest !== last && ID_PART_PLACEHOLDERS.has(withoutDottedNumbersEnd(restFolded))) return `an id whose own part is the placeholder ${JSON.stringify(trimmed.replace(/^[^-_#:]+[-_#:]+/u, ''))}`;
  // A placeholder child of a real id (`bd-1f42.TODO`, `PROJ-12.tbd.2`) names nothing either; a name's dotted part after a
  // word (`notes.todo`, `team-todo.app`) is a file name's, not a child's.
  const [head = '', ...children] = restFolded.split('.');
  if (!DIGIT.test(head)) return undefined;
  // Dots alone after a real id (`bd-12..`, `bd-12.…`, NFKC's `...`) are an ellipsis where the child should be.
  if (children.length >= 2 && children.every((c) => c === '' || MARKS_ONLY.test(c))) return 'an id whose child part is an ellipsis';
  // A child that is only marks (`bd-12.???`) or a marker in brackets (`bd-12.[TODO]`) names nothing as its own part does.
  const child = children.find((c) => MARKS_ONLY.test(c) || isPlaceholderPart(c) || isPlaceholderPart(c.replace(BRACKETS_AROUND_G, '')));
  if (child !== undefined) return `an id whose child part is the placeholder ${JSON.stringify(child)}`;
  return undefined;
}

/** `bd-N/A`, `bd-12.n/a`: both alternatives end in `n/a`, so a value whose last-but-one character is no `/` skips it. */
const ID_PART_NA = /[-_#:]n\/a$|^[\p{L}\p{N}]+[-_#:][\p{L}\p{N}.]*\d\.n\/a$/iu;
const SPACE_OR_SLASH = /[\s/]/u;
const LETTER_OR_DIGIT_FIRST = /^[\p{L}\p{N}]/u;
const ID_SEPARATORS = /[-_#:]+/u;
/**
 * `text` without the dotted numbers that end it (`todo.2.13` → `todo`), as `text.replace(/(?:\.\d+)+$/u, '')` reads
 * it: walked back from the end, where the pattern tried every start from the first and failed on most (every tracker id
 * goes through here twice). test/util/placeholder-fast-path.property.test.ts checks it against the pattern.
 */
export function withoutDottedNumbersEnd(text: string): string {
  let cut = text.length;
  for (;;) {
    let k = cut;
    while (k > 0 && isAsciiDigitCode(text.charCodeAt(k - 1))) k--;
    if (k === cut || k === 0 || text.charCodeAt(k - 1) !== 0x2e) break;
    cut = k - 1;
  }
  return cut === text.length ? text : text.slice(0, cut);
}
const isAsciiDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
const MARKS_ONLY = /^[\p{P}\p{S}]+$/u;
const XS_OR_NS = /^(?:x{3,}|n{3,})$/u;
const DIGIT = /\d/u;
const BRACKETS_AROUND_G = /^[[(<{]+|[\])>}]+$/gu;
const XS = /^x{3,}$/u;
/** A child part that is a placeholder word or a run of x's (`bd-12.todo`, `bd-12.xxx`). */
const isPlaceholderPart = (part: string): boolean => ID_PART_PLACEHOLDERS.has(part) || XS.test(part);

/** `@org/team`: a GitHub or GitLab team handle. */
const TEAM_HANDLE = /^@[\p{L}\p{N}._-]+\/([\p{L}\p{N}._-]+)$/u;

/**
 * `text` with the decimal digits of every script written as ASCII digits (Arabic-Indic `٢`, Persian `۲`, Devanagari
 * `२`, Thai `๒`, Bengali `২`): NFKC folds full-width and mathematical digits but leaves these, which a report in those
 * scripts writes its counts in. Unicode lays each script's digits out as runs of ten from zero.
 */
export function asciiDigits(text: string): string {
  if (!NON_ASCII_DIGIT.test(text)) return text;
  return text.replace(NON_ASCII_DIGIT_G, (d) => {
    const code = d.codePointAt(0) as number;
    let zero = code;
    while (zero > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
    return String((code - zero) % 10);
  });
}
const NON_ASCII_DIGIT = /(?![0-9])\p{Nd}/u;
const NON_ASCII_DIGIT_G = /(?![0-9])\p{Nd}/gu;
const DECIMAL_DIGIT = /^\p{Nd}$/u;

/** `text` without combining marks: `N\u0307A` (NFKC composes it to `ṄA`), `nā`, `T̶B̶D̶` read as the word under the marks. */
export function withoutMarks(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC');
}

/**
 * A text as drawn, for finding words in it: combining marks dropped, letters of other scripts, small capitals and
 * digits drawn like letters read as the Latin letters (`ᴘʟᴀᴄᴇʜᴏʟᴅᴇʀ`, `ТODO`, `placeh0lder` → `placeholder`, `todo`),
 * lower-cased. Separators are kept, so whole words can still be told apart.
 */
export function lookalikeSkeleton(text: string): string {
  return lookalikeFold(withoutMarks(text));
}

/** The UTS #39 skeleton of a value, lower-cased, and again: `ТBD` with a Cyrillic Т reads as `tbd`, `N0NE` as `none`. */
/**
 * The skeleton draws a capital I as l (`nuII` is `null`), so a text in capitals read through look-alikes lost its i's:
 * `CΟMING SΟΟN` (a Greek Ο) drew `comlng soon`, `C0MING S00N` too, and passed. Read also with each capital I an i.
 */
function capitalIReason(text: string): string | undefined {
  const capitalI = text.includes('I') ? placeholderWordsReason(lookalikeFold(text.replace(/I/gu, 'i'))) : undefined;
  return capitalI ?? lowerLAsCapitalIReason(text);
}
/**
 * A lower-case l among capitals is drawn as a capital I in most sans-serif faces: `WlP` shows "WIP", `COMlNG SOON`
 * "COMING SOON", `Status: WlP` "Status: WIP" (red team sf). Each word whose letters are capitals but for its l's is read
 * with each l an i too; words with other small letters (`Hello`, `Wlp`) are read as written.
 */
function lowerLAsCapitalIReason(text: string): string | undefined {
  if (!text.includes('l') || !/\p{Lu}/u.test(text)) return undefined;
  const read = text.replace(/\p{L}+/gu, (word) => (CAPITALS_BUT_L.test(word) ? word.replace(/[lI]/gu, 'i') : word));
  return read === text ? undefined : placeholderWordsReason(lookalikeFold(read));
}
/** A word of capitals with a lower-case l next to a capital (`WlP`, `lN`); `Al` and `NUlL` too, read both ways. */
const CAPITALS_BUT_L = /^(?=[\p{Lu}l]*(?:\p{Lu}l|l\p{Lu}))[\p{Lu}l]+$/u;

function lookalikeFold(text: string): string {
  if (ASCII_ONLY.test(text)) return asciiLookalikeFold(text);
  const table = confusableTable();
  // A string built in one pass (no array of characters per call): every tracker id goes through here.
  // Latin variants UTS #39 leaves out (small capitals `ᴛʙᴅ`, turned and hooked letters) first: the claim scanner reads them so.
  const once = (t: string) => {
    let out = '';
    // A line or paragraph separator is a line break to a reader, not the space UTS #39 draws it as: lines read together
    // are joined by one (hollow.ts), and a label's words do not run across it.
    for (const ch of t) out += LATIN_LOOKALIKES[ch] ?? SCRIPT_LOOKALIKES[ch] ?? (ch === '\u2028' || ch === '\u2029' ? ch : table[ch]) ?? ch;
    return out.toLowerCase();
  };
  // The skeleton draws `m` as `rn`: read it back, or no placeholder word with an m (dummy, lorem) could match.
  return once(once(text)).replace(/rn/gu, 'm');
}

/**
 * The ASCII characters whose two passes of {@link lookalikeFold} (skeleton, lower case, twice) are not their lower case,
 * as Unicode's confusables give them (test/util/ascii-skeletons.test.ts derives them from the table): ASCII text, most
 * of what is judged, never loads the table.
 */
export const ASCII_SKELETON_EXCEPTIONS: Readonly<Record<string, string>> = { '"': "''", '%': 'º/₀', '0': 'o', '1': 'l', I: 'l', M: 'rn', '`': "'", m: 'rn', '|': 'l' };

function asciiLookalikeFold(text: string): string {
  // Each exception's skeleton is already lower case, and every other character's skeleton is its lower case: so the
  // exceptions replaced, then the whole lower-cased, is the character-by-character skeleton without a string per character.
  return text.replace(ASCII_SKELETON_EXCEPTION_G, (c) => ASCII_SKELETON_EXCEPTIONS[c] as string).toLowerCase().replace(RN_G, 'm');
}
/** The keys of {@link ASCII_SKELETON_EXCEPTIONS} (test/util/placeholder-fast-path.property.test.ts checks they agree). */
const ASCII_SKELETON_EXCEPTION_G = /["%01IM`m|]/g;
const RN_G = /rn/gu;

/** Template syntaxes that survive when a variable was not expanded, each with what to call it. */
const TEMPLATE_PATTERNS: readonly (readonly [RegExp, string])[] = [
  // `[^{}]` and `[^%]` stop at the next opener: a run of unclosed openers (`${${${…`) is scanned once, not once per opener.
  [/\$\{[^{}]*\}/u, 'an unexpanded ${…} variable'],
  [/\$\([^()]*\)/u, 'an unexpanded $(…) substitution'],
  [/\{\{[^{}]*\}\}/u, 'an unexpanded {{ … }} template'],
  [/\{%[^%]*%\}/u, 'an unexpanded {% … %} template'],
  [/<%[^%]*%>/u, 'an unexpanded <% … %> template'],
  [/#\{[^{}]*\}/u, 'an unexpanded #{…} interpolation'],
  [/%\{[^{}]*\}/u, 'an unexpanded %{…} interpolation'],
  [/\$[A-Z_][A-Z0-9_]*\b/u, 'an unexpanded $VARIABLE'],
  // Not a percent-encoded byte (`%E2%9C%93` in a URI): two hex digits between the signs are an escape.
  [/%(?![0-9A-Fa-f]{2}%)[A-Za-z_][A-Za-z0-9_]*%/u, 'an unexpanded %VARIABLE%'],
  // Not a fediverse handle (`@alice@mastodon.social`): a domain runs on after the second @.
  [/@[A-Za-z_][A-Za-z0-9_]*@(?![\p{L}\p{N}])/u, 'an unexpanded @VARIABLE@'],
  // Not a generic type (`Option<T>`, `Vec<u8>`): the bracket opens after a name there.
  [/(?<![\p{L}\p{N}_])<[A-Za-z_][\w .:-]*>/u, 'a <placeholder> in angle brackets'],
  [/^\$[a-z_][a-z0-9_]*$/u, 'an unexpanded $variable'],
  [/^__[A-Z][A-Z0-9_]*__$/u, 'an unexpanded __VARIABLE__'],
  // Pipeline variables: Concourse `((name))`, Azure's runtime `$[ variables.x ]` and GitLab's `$[[ inputs.x ]]`.
  [/(?<![\p{L}\p{N}_])\(\(\s*[A-Za-z_][\w.:-]*\s*\)\)/u, 'an unexpanded ((…)) variable'],
  // An expression (`variables.x`, `counter(…)`), not a regex class (`$[a-z]`).
  [/\$\[\[?\s*[A-Za-z_]\w*[.(][^[\]]*\]\]?/u, 'an unexpanded $[…] expression'],
  [/\[%[^%\]]*%\]/u, 'an unexpanded [% … %] template'],
  // Alone or touching a value (`ci-$env:RUN_ID`); a sentence may name one ("set $env:RUN_ID first").
  [/(?:^|(?<=[\p{L}\p{N}_:=/-]))\$env:[A-Za-z_]\w*/iu, 'an unexpanded $env:VARIABLE'],
  // Smarty and PHP's `{$x}`; alone: a `[[name]]` binding (Polymer, Angular's custom interpolation), a `< name >`
  // slot with spaces, Windows' delayed `!NAME!` and ColdFusion's `#NAME#`.
  [/\{\$[A-Za-z_][\w.>-]*\}/u, 'an unexpanded {$…} variable'],
  [/^\[\[\s*[A-Za-z_][\w.-]*\s*\]\]$/u, 'an unexpanded [[…]] binding'],
  [/^<\s+[A-Za-z_][\w .:-]*>$/u, 'a <placeholder> in angle brackets'],
  [/^([!#])[A-Z_][A-Z0-9_]*\1$/u, 'an unexpanded !VARIABLE! or #VARIABLE#'],
  // Template tags that print or hide a value: Jinja's, Twig's and Nunjucks' comments `{# … #}` (rendered as nothing),
  // T4's `<#= … #>`, PHP's `<?= … ?>` / `<?php echo … ?>` (red team yd).
  [/\{#[^#{}]*#\}/u, 'an unexpanded {# … #} template comment'],
  [/<#[^#<>]*#>/u, 'an unexpanded <# … #> template'],
  // A tag printing something (`<?php?>` names the tag: prose).
  [/<\?(?:=|php\s|\s+(?:echo|print)\s)[^?<>]*[\w$][^?<>]*\?>/iu, 'an unexpanded <?= … ?> template'],
];

/**
 * Every template slot inside a running text, as one global pattern derived from {@link TEMPLATE_PATTERNS} (helper zb,
 * session 45): its patterns that may stand anywhere, its ones read alone (`[[name]]`, `__NAME__`) at a word's edges, and a
 * name between look-alike angle brackets (`‹TOTAL›`, `〈TOTAL〉`). The `<name>` form is left to readers that know HTML's
 * element names. Readers of summaries draw a slot out with it (`Build failed $(TOTAL)` tells its failure whatever fills it).
 */
export const templateSlotsInText = lazy((): RegExp => {
  const anywhere = TEMPLATE_PATTERNS.map(([p]) => p.source).filter((src) => !src.startsWith('^') && !src.includes('<[A-Za-z_]'));
  const alone = [
    String.raw`(?<![\p{L}\p{N}_])\[\[\s*[A-Za-z_][\w.-]*\s*\]\](?!\])`,
    String.raw`(?<![\p{L}\p{N}_])__[A-Z][A-Z0-9_]*__(?![\p{L}\p{N}_])`,
    String.raw`[${LOOKALIKE_OPENERS}]\s*[A-Za-z_][\w.:-]*\s*[${LOOKALIKE_CLOSERS}]`,
  ];
  return new RegExp([...anywhere, ...alone].join('|'), 'gu');
});
const LOOKALIKE_OPENERS = '\u2039\u02c2\u1438\u276e\u276c\u27e8\u3008\u2989\u29fc';
const LOOKALIKE_CLOSERS = '\u203a\u02c3\u1433\u276f\u276d\u27e9\u3009\u298a\u29fd';

/**
 * Angle brackets (and braces) of other characters drawn like `<` and `>` (`{` and `}`) (single guillemets, mathematical and CJK angle brackets,
 * modifier letters, Canadian syllabics, ornaments): `⟨owner⟩` and `‹owner›` read as the slot `<owner>`. NFKC has
 * already made full-width and small forms ASCII.
 */
const ANGLE_LOOKALIKES: Readonly<Record<string, string>> = {
  '‹': '<', '›': '>', '˂': '<', '˃': '>', 'ᐸ': '<', 'ᐳ': '>', '❮': '<', '❯': '>', '❬': '<', '❭': '>',
  '⟨': '<', '⟩': '>', '〈': '<', '〉': '>', '⦉': '<', '⦊': '>', '⧼': '<', '⧽': '>',
  // Braces drawn otherwise: the medium ornament braces (UTS #39 confusables of `{` `}`) and the white curly brackets,
  // drawn as two braces in one (`⦃run_id⦄` reads as the template `{{run_id}}`).
  '❴': '{', '❵': '}', '⦃': '{{', '⦄': '}}',
};
const ANGLE_LOOKALIKE = new RegExp(`[${Object.keys(ANGLE_LOOKALIKES).join('')}]`, 'gu');

/**
 * Standard environment variables a sentence names (`add it to $PATH and rerun`): a mention, not a template nobody
 * expanded. Alone or touching a value (`$PATH`, `$HOME/bin`, `ci-$USER`) they are still one.
 */
const ENV_MENTION = /(?<=^|[\s("'`])\$(?:PATH|HOME|PWD|OLDPWD|USER|SHELL|TMPDIR|TERM|LANG|EDITOR|HOSTNAME|CDPATH|MANPATH|LD_LIBRARY_PATH|PYTHONPATH|NODE_PATH|GOPATH|GOROOT|CARGO_HOME|JAVA_HOME)(?=$|[\s.,;:!?)"'`])/gu;

/** An element with its closing tag and no tag inside (`<b>Release</b>`, `<a href="x">TBD</a>`): markup, not a <slot>. */
const PAIRED_TAG = /<([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?>([^<>]*)<\/\1\s*>/gu;

/** `text` with closed elements replaced by their content (three levels deep); an unclosed `<name>` stays. */
function unwrapElements(text: string): string {
  let out = text;
  for (let level = 0; level < 3 && out.includes('</'); level++) {
    const next = out.replace(PAIRED_TAG, ' $2 ');
    if (next === out) break;
    out = next;
  }
  return out;
}

/**
 * Elements a sentence names by their tag (`inline <script> blocks trip the CSP scanner`, `Safari drops <defs> gradients`,
 * `title='<b>' is escaped twice`): a real reason, no slot left unfilled. Names a template also uses for a slot (`<title>`,
 * `<label>`, `<summary>`, `<name>`, `<data>`, `<time>`, `<code>`, `<object>`, `<output>`, `<text>`) are left out: those
 * stay placeholders.
 */
const TAG_MENTIONED_NAMES: ReadonlySet<string> = new Set(
  [
    'a', 'abbr', 'audio', 'b', 'bdi', 'bdo', 'blockquote', 'body', 'br', 'button', 'canvas', 'caption', 'cite', 'col', 'colgroup', 'datalist', 'dd', 'del',
    'details', 'dfn', 'dialog', 'div', 'dl', 'dt', 'em', 'embed', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup',
    'hr', 'html', 'i', 'iframe', 'img', 'input', 'ins', 'kbd', 'legend', 'li', 'main', 'mark', 'meta', 'meter', 'nav', 'noembed', 'noframes', 'noscript', 'ol',
    'optgroup', 'option', 'p', 'picture', 'plaintext', 'pre', 'progress', 'q', 'rb', 'rp', 'rt', 'rtc', 'ruby', 's', 'samp', 'script', 'section', 'select', 'small', 'span',
    'strike', 'strong', 'style', 'sub', 'sup', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead', 'tr', 'u', 'ul', 'video', 'wbr', 'xmp',
    'svg', 'defs', 'symbol', 'g', 'use', 'tspan', 'textPath', 'foreignObject', 'clipPath', 'mask', 'pattern', 'linearGradient', 'radialGradient', 'filter',
    'math', 'mtext', 'mi', 'mo', 'mn', 'annotation',
  ].map((n) => n.toLowerCase()),
);
/**
 * A tag as a sentence names it: alone, or with attributes that assign values (`<a href="x">`; `<a index>` is a slot). A
 * one-letter name only in lower case: `<S>`, `<T>` are type parameters, which a template also leaves.
 */
const TAG_MENTION = /<([A-Za-z][A-Za-z0-9]*)(\s[^<>]*=[^<>]*)?\/?>/gu;
const isTagMention = (name: string): boolean => (name.length === 1 ? /[a-z]/u.test(name) : true) && TAG_MENTIONED_NAMES.has(name.toLowerCase());

/** `text` with the tags it names in a sentence left out; a value of one token (`<script>` alone) is kept as it is. */
function withoutTagMentions(text: string): string {
  if (!/\s/u.test(text) || !text.includes('<')) return text;
  // Its attributes stay, to be read: `<img src="${IMG}">` still holds a template nobody expanded.
  const out = text.replace(TAG_MENTION, (tag: string, name: string, attributes: string | undefined) => (isTagMention(name) ? ` ${attributes ?? ''} ` : tag));
  return out !== text && /\p{L}/u.test(out) ? out : text;
}

/**
 * Why a visible, trimmed text holds an unexpanded template, reading standard variables named in prose as mentions and
 * closed HTML elements as markup (what they enclose is judged by {@link placeholderBehindEscapes}).
 */
function templateIn(visible: string): string | undefined {
  const unwrapped = withoutTagMentions(unwrapElements(visible));
  const unmentioned = unwrapped.replace(ENV_MENTION, '');
  const text = unmentioned !== unwrapped && /\s/u.test(unwrapped) && /\p{L}/u.test(unmentioned) ? unmentioned : unwrapped;
  for (const [pattern, why] of TEMPLATE_PATTERNS) if (pattern.test(text)) return why;
  // A variable's name in letters of another cased script, look-alike or not (`%VАR%` with a Cyrillic А, `%ПУТЬ%`,
  // `$ᴠᴀʀ` in small capitals, `<имя>`), or under combining marks (`$̲{̲V̲A̲R̲}̲`), is the same unexpanded slot: read with
  // each such letter as a Latin one of its case and the marks dropped, as the ASCII names are (so `95%ростом5%` reads
  // as `95%up5%` does). Scripts without case (CJK) are left as written: `80%以上90%` is prose.
  if (!PRINTABLE_ASCII.test(text)) {
    const lettered = asLatinLetters(text);
    if (lettered !== text) for (const [pattern, why] of TEMPLATE_PATTERNS) if (pattern.test(lettered)) return `${why}, its name in letters of another script or under marks`;
  }
  // Brackets that only look like angle brackets are no tags to a browser: read as drawn after the elements are gone,
  // in a value of one token or one bracketed slot; in prose they are quotation marks (‹quoted›) or a pairing (⟨a, b⟩).
  const drawn = text.replace(ANGLE_LOOKALIKE, (c) => ANGLE_LOOKALIKES[c] ?? c);
  if (drawn === text || (/\s/u.test(text) && !/^<[^<>]*>$/u.test(drawn))) return undefined;
  for (const [pattern, why] of TEMPLATE_PATTERNS) if (pattern.test(drawn)) return `${why}, drawn with look-alike brackets`;
  return undefined;
}

/** `text` with combining marks dropped and every other cased letter beyond ASCII made `X` or `x` by its case. */
function asLatinLetters(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS_G, '').replace(CASED_BEYOND_ASCII_G, (c) => (LOWER_CASE.test(c) ? 'x' : 'X'));
}
const COMBINING_MARKS_G = /\p{M}+/gu;
const CASED_BEYOND_ASCII_G = /(?![A-Za-z])[\p{Lu}\p{Ll}\p{Lt}]/gu;
const LOWER_CASE = /^\p{Ll}$/u;

/**
 * What a program prints when it formats a value it does not have. They make a value (`[object Object]`,
 * `ci-%!s(MISSING)`, `build-undefined`) a placeholder; prose that quotes one ("the title renders [object Object]",
 * "got a=undefined") describes a bug and stays content — the whole value decides, see {@link missingValuePrint}.
 */
const MISSING_VALUE_PRINTS: readonly (readonly [RegExp, string])[] = [
  [/\[object [A-Z][A-Za-z]*\]/gu, 'a stringified object ([object Object])'],
  [/%!(?:[A-Za-z])?\((?:MISSING|NOVERB|BADWIDTH|BADPREC|BADINDEX|<nil>|EXTRA\b[^()]*|[\w.*[\]]+=[^()]*)\)/gu, "Go's mark of a format argument missing or of the wrong type (%!s(MISSING))"],
  // `ci-undefined`, `v1.NaN`, `rate=NaN`: JavaScript's missing values spliced into a value (`Number.NaN` is a name).
  [/(?:(?<=[\p{L}\p{N}][-_/:=])|(?<=[\p{L}\p{N}]\.)(?=undefined)|(?<=\p{N}\.))(?:undefined|NaN)(?![\p{L}\p{N}])/gu, 'a stringified undefined or NaN inside the value'],
];

/** Why a value is, apart from such prints, one token (no whitespace left): then the print is the value's, not quoted. */
function missingValuePrint(trimmed: string): string | undefined {
  for (const [pattern, why] of MISSING_VALUE_PRINTS) {
    const rest = trimmed.replace(pattern, '');
    if (rest !== trimmed && !/\s/u.test(rest)) return why;
  }
  return undefined;
}
/**
 * What runtimes print for NaN and infinity (MSVC `-nan(ind)`, `1.#QNAN`, glibc `nan(0x8000)`; JavaScript's
 * String(Infinity) `Infinity` and `-Infinity`, Python's str(float('inf')) `inf` and `-inf`, `+inf`) and the error values
 * a spreadsheet export writes in a cell it could not compute (`#VALUE!`, `#DIV/0!`): a value that measured nothing, as
 * the number ±infinity is to hollowLeaf (red team zi, session 45: infinity written as text was read as a word).
 */
const NAN_OR_ERROR_PRINT = /^[-+]?(?:inf(?:inity)?|nan\((?:ind|snan|qnan|0x[0-9a-f]*|\d*)\)|1\.#(?:qnan|snan|ind|inf)0*|#(?:value!|ref!|div\/0!|null!|name\?|num!|getting_data|spill!|calc!|field!|blocked!|unknown!|busy!|connect!))$/u;
/** `null-null`, `undefined-undefined`, `None_None`, `null@null`: only missing values, joined. */
const NULLISH_JOINED = /^(?:null|undefined|nan|none|nil)(?:[-_./:|, @]+(?:null|undefined|nan|none|nil))+$/u;
/** Every word of {@link NULLISH_JOINED} starts with `n` or `u`: a text starting otherwise (most ids) skips the pattern. */
const mayBeNullishJoined = (folded: string): boolean => folded.startsWith('n') || folded.startsWith('u');
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Names that are also placeholder words, written as names: GitHub Projects' status `Todo`, the people `Nan` and `Nil`. */
const NAMES_NOT_MARKERS = /^(?:Todo|Nan|Nil)$/u;

// With the brackets and quotes CJK text draws (`「TBD」`, `【TBD】`, `《TBD》`), which set a value apart as `[TBD]` does.
const OPENING = new Set([...'"\'`([{<«“‘「『【《〈〔〖〘⟦｢']);
const CLOSING = new Set([...'"\'`)]}>»”’.,;:!?」』】》〉〕〗〙⟧｣']);
const SPACE = /\s/u;
/**
 * `text` without surrounding quotes, brackets, punctuation and whitespace. A loop, not a regex: an unanchored
 * `[…]+$` retries from every position of a long run of spaces or dots (quadratic: 12 s for 100 KB).
 */
function stripSurrounding(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (OPENING.has(text[start] as string) || SPACE.test(text[start] as string))) start++;
  while (end > start && (CLOSING.has(text[end - 1] as string) || SPACE.test(text[end - 1] as string))) end--;
  return text.slice(start, end);
}
/**
 * How a digest names its algorithm: `sha256:`, `sha-256:`, `SHA256=`, Subresource Integrity's `sha256-`, LDAP's
 * `{SHA}`, `md5 `, `blake3:`, `git:`. The prefix says nothing about the digest: what follows it is judged alone.
 */
export const DIGEST_PREFIX = /^(?:\{s?(?:sha(?:-?(?:1|224|256|384|512))?|md5)\}|(?:sha-?(?:1|224|256|384|512)(?:\/(?:224|256))?|sha3(?:-(?:224|256|384|512))?|md5|blake2[bs]?(?:-?(?:256|512))?|blake3|keccak-?(?:224|256|384|512)?|ripemd-?160|git|xxh(?:32|64|3|128)?|crc32c?)(?:\s*[:=]\s*|-|\s+))/iu;

/** Names a digest is written after inside a reference (`@sha256:`, `?checksum=`, `#integrity=`, `urn:uuid:`). */
const DIGEST_NAMES = String.raw`sha-?(?:1|224|256|384|512)(?:\/(?:224|256))?|sha3(?:-(?:224|256|384|512))?|md5|blake2[bs]?(?:-?(?:256|512))?|blake3|keccak-?(?:224|256|384|512)?|ripemd-?160|xxh(?:32|64|3|128)?|crc32c?|digest|hash|checksum|integrity|uuid|oid`;

/** Hex digits as digests are written, grouped or not (`de:ad:be:ef`, `dead beef`, `0x…`, `\x…`). */
const HEX_DIGEST = /^(?:0x|\\x)?[0-9a-f]+(?:[\s:_-][0-9a-f]+)*$/iu;
/** Zero bytes in base64 (`AAAA…=`): the all-zero digest in the encoding SRI, Nix and many registries use. */
const BASE64_ZERO = /^A{7,}={1,2}$/u;
/** Hex words programmers fill a digest with (hexspeak), alone or repeated. */
const HEXSPEAK = new Set(['deadbeef', 'cafebabe', 'baadf00d', 'feedface', 'deadc0de', '8badf00d', 'defec8ed', 'cafed00d', 'facefeed', 'c0ffee', 'badc0ffee', 'abad1dea']);

/**
 * The digests of zero bytes (and git's empty blob and tree), in hex and base64: a digest of nothing is what a
 * pipeline records when the file it hashed was empty or never written, so it vouches for no artifact.
 */
const EMPTY_INPUT_DIGESTS: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  const add = (name: string, digest: Buffer) => {
    out.set(digest.toString('hex'), name);
    out.set(digest.toString('base64'), name);
    out.set(digest.toString('base64url'), name);
  };
  for (const algorithm of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3-256', 'sha3-512', 'blake2b512', 'blake2s256']) {
    add(`${algorithm} of zero bytes`, createHash(algorithm).digest());
  }
  for (const algorithm of ['sha1', 'sha256']) {
    add(`git's empty blob (${algorithm})`, createHash(algorithm).update('blob 0\0').digest());
    add(`git's empty tree (${algorithm})`, createHash(algorithm).update('tree 0\0').digest());
  }
  // BLAKE3 is not in node:crypto; its digest of zero bytes is fixed.
  add('blake3 of zero bytes', Buffer.from('af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262', 'hex'));
  return out;
})();

/** The shortest unit `hex` repeats (at least twice, the unit at most 8 characters), or undefined. */
function repeatingUnit(hex: string): string | undefined {
  for (let unit = 1; unit <= 8 && unit * 2 <= hex.length; unit++) {
    let repeats = true;
    for (let i = unit; i < hex.length && repeats; i++) repeats = hex[i] === hex[i - unit];
    if (repeats) return hex.slice(0, unit);
  }
  return undefined;
}

/** `0123456789abcdef…`, `3456789a`, `1234567890123…`: each digit the next one up (after 9 comes a or 0, after f 0). */
function isCountingSequence(hex: string): boolean {
  const DIGITS = '0123456789abcdef';
  for (let i = 1; i < hex.length; i++) {
    const before = hex[i - 1] as string;
    const next = DIGITS[(DIGITS.indexOf(before) + 1) % 16];
    if (hex[i] !== next && !(before === '9' && hex[i] === '0')) return false;
  }
  return true;
}

/** Whether the text is a stand-in for a digest (see {@link digestPlaceholderReason}), alone or inside a one-token reference. */
export function isDigestStandIn(value: string): boolean {
  const trimmed = value.trim();
  return digestPlaceholderReason(trimmed) !== undefined || embeddedZeroDigest(trimmed) !== undefined || embeddedEmptyInputDigest(trimmed) !== undefined;
}

/**
 * Why a value is a stand-in for a digest, or undefined: an algorithm prefix with nothing real after it (`sha256:`,
 * `sha256:null`), zero bytes in hex or base64 (`000…`, `sha-256:00 00…`, `AAAA…=`), a nil UUID, one character
 * repeated, the digest of zero bytes (`e3b0c442…`, `47DEQpj8…`), hexspeak (`deadbeef`), a repeating pattern
 * (`abababab…`) or a counting sequence (`0123456789abcdef`). `trimmed` keeps its case.
 */
function digestPlaceholderReason(trimmed: string): string | undefined {
  // Quotes and brackets around it are no part of it; a prefix's own `:` (`sha256:`) is, when nothing follows.
  const bare = stripSurrounding(trimmed);
  const written = DIGEST_PREFIX.test(bare) ? bare : trimmed;
  const prefix = DIGEST_PREFIX.exec(written)?.[0];
  const body = prefix === undefined ? bare : stripSurrounding(written.slice(prefix.length));
  const why = digestContentReason(prefix, body);
  if (why !== undefined || prefix === undefined) return why;
  const size = digestLengthReason(prefix, body);
  return size === undefined ? undefined : `${size}, after the algorithm prefix ${JSON.stringify(prefix.trim())}`;
}

/** Why a digest's body (after its algorithm prefix, if any) is a stand-in by what it holds, or undefined. */
function digestContentReason(prefix: string | undefined, body: string): string | undefined {
  if (prefix !== undefined) {
    if (body === '') return 'an algorithm prefix with no digest';
    const why = placeholderAsWritten(body);
    if (why !== undefined) return `${why}, after the algorithm prefix ${JSON.stringify(prefix.trim())}`;
  }
  const empty = EMPTY_INPUT_DIGESTS.get(body) ?? EMPTY_INPUT_DIGESTS.get(body.toLowerCase());
  if (empty !== undefined) return `the digest of empty input (${empty}): it vouches for no content`;
  if (body.startsWith('A') && BASE64_ZERO.test(body)) return 'an all-zero digest (zero bytes in base64)';
  if (body.startsWith('0') && ELIDED_ZEROS.test(body)) return 'an all-zero digest, shortened with an ellipsis';
  const hex = HEX_DIGEST.test(body) ? body.replace(/^(?:0x|\\x)/iu, '').replace(/[\s:_-]/gu, '').toLowerCase() : undefined;
  // After an algorithm's name any run of zeros is a stand-in (`sha256:0`); alone, a short one may be a number.
  if (hex !== undefined && (hex.length >= 7 || prefix !== undefined) && /^0+$/u.test(hex)) return 'an all-zero digest';
  const repeated = oneCodePointRepeated(body.toLowerCase());
  if (repeated >= 8) return `one character repeated ${repeated} times`;
  if (hex === undefined) return undefined;
  if (HEXSPEAK.has(hex)) return `the filler word ${JSON.stringify(hex)}, not a digest`;
  const unit = hex.length >= 16 ? repeatingUnit(hex) : undefined;
  if (unit !== undefined) return `${JSON.stringify(unit)} repeated, not a digest`;
  if (hex.length >= 16 && isCountingSequence(hex)) return 'a counting sequence of hex digits, not a digest';
  const filler = nearlyOneCharacter(hex);
  if (filler !== undefined) return filler;
  return undefined;
}

/** How many times the text's one code point is repeated, or 0 when it holds two different ones (or none). */
function oneCodePointRepeated(text: string): number {
  const first = text.codePointAt(0);
  if (first === undefined) return 0;
  const width = first > 0xffff ? 2 : 1;
  let count = 0;
  for (let i = 0; i < text.length; i += width) {
    if (text.codePointAt(i) !== first) return 0;
    count++;
  }
  return count;
}

/** Digest sizes in bytes of the algorithms whose output has one size (not git's: an object name may be abbreviated). */
const DIGEST_BYTES: ReadonlyMap<string, readonly number[]> = new Map([
  ['md5', [16]], ['sha', [20]], ['sha1', [20]], ['sha224', [28]], ['sha256', [32]], ['sha384', [48]], ['sha512', [64]], ['sha512/224', [28]], ['sha512/256', [32]],
  ['sha3-224', [28]], ['sha3-256', [32]], ['sha3-384', [48]], ['sha3-512', [64]], ['keccak224', [28]], ['keccak256', [32]], ['keccak384', [48]], ['keccak512', [64]],
  ['ripemd160', [20]], ['crc32', [4]], ['crc32c', [4]], ['xxh32', [4]], ['xxh64', [8]], ['xxh128', [16]],
]);
const BASE64_BODY = /^[A-Za-z0-9+/_-]+={0,2}$/u;

/**
 * Why a digest after its algorithm's name has a size that algorithm never outputs (`sha256:abc123`, a sha256 cut to 63
 * digits, 64 digits after `sha512:`, `sha256:` and 64 letters up to g), or undefined: a truncated or made-up digest pins
 * no content. Hex in either case, grouped or not, and base64 with or without padding (SRI's `sha256-…`) are sizes.
 */
function digestLengthReason(prefix: string, body: string): string | undefined {
  // One token after `name:`, `name=` or SRI's `name-`: prose (`sha256 of the tarball`) and names (`md5-hash`) are no digest.
  const separator = /[:=-]\s*$/u.exec(prefix)?.[0].trim();
  if (separator === undefined || /\s/u.test(body)) return undefined;
  if (!HEX_DIGEST.test(body) && !(BASE64_BODY.test(body) && (body.length >= 16 || body.endsWith('=')))) return undefined;
  if (separator === '-' && body.length < 16 && !body.endsWith('=')) return undefined;
  const name = prefix.trim().toLowerCase().replace(/^\{s?|\}$/gu, '').replace(/\s*[:=-]$/u, '').replace(/^(sha)-(?=\d)/u, '$1').replace(/^(keccak|ripemd)-/u, '$1');
  const sizes = DIGEST_BYTES.get(name);
  if (sizes === undefined) return undefined;
  const hex = HEX_DIGEST.test(body) ? body.replace(/^(?:0x|\\x)/iu, '').replace(/[\s:_-]/gu, '') : undefined;
  if (hex !== undefined && sizes.some((n) => hex.length === 2 * n)) return undefined;
  const unpadded = body.replace(/=+$/u, '');
  if (BASE64_BODY.test(body) && sizes.some((n) => unpadded.length === Math.ceil((n * 4) / 3))) return undefined;
  const expected = sizes.map((n) => `${2 * n} hex digits`).join(' or ');
  return `not a ${name} digest (${expected}; found ${hex !== undefined ? `${hex.length} hex digits` : `${[...body].length} characters`}): truncated or made up`;
}

/** `0000…`, `000...000`: zeros shortened for display, which name no digest. */
const ELIDED_ZEROS = /^(?:0x)?0+(?:…|\.{3})0*$/iu;

/**
 * Why a digest-length hex text is one character with a few others changed (`000…001`, `fff…fe`), or undefined. Each
 * character of a real digest is one of 16 equally likely: a digest of 32 or more where one character fills all but two
 * places does not occur, it is a stand-in edited to dodge the all-zero check.
 */
function nearlyOneCharacter(hex: string): string | undefined {
  // Digest lengths only (md5, sha1, sha224, sha256, sha384, sha512): `1000…000` may be a number.
  if (![32, 40, 56, 64, 96, 128].includes(hex.length)) return undefined;
  const counts = new Map<string, number>();
  for (const c of hex) counts.set(c, (counts.get(c) ?? 0) + 1);
  for (const [c, n] of counts) if (hex.length - n <= 2) return `${JSON.stringify(c)} in all but ${hex.length - n} of ${hex.length} places, not a digest`;
  return undefined;
}

/**
 * An all-zero digest inside a reference (`ghcr.io/o/app@sha256:000…`, `x.tgz#sha256=000…`, `urn:uuid:0000…-…`,
 * `keccak256:000…`, `s3://b/000…000.bin`): a zero run of digest length (32 hex digits, md5's, or more), zeros after an
 * algorithm's name, or the nil UUID, each a token of its own. Only in a value of one token (an id, URI or reference)
 * and in a checksum line (`<digest>  <file>`): prose may quote git's null SHA.
 */
const EMBEDDED_ZERO_DIGEST = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:0x)?0{32,}|(?:${DIGEST_NAMES})[:=@~/_-]{0,3}\s*(?:0x)?0{7,}|0{8}-0{4}-0{4}-0{4}-0{12})(?![\p{L}\p{N}])`,
  'iu',
);

function embeddedZeroDigest(trimmed: string): string | undefined {
  // Every alternative holds seven zeros in a row; the pattern, case-insensitive over Unicode classes, costs ~40 ms to compile.
  if (trimmed.length > MAX_WORDS_LENGTH || !trimmed.includes('0000000')) return undefined;
  const tokens = trimmed.split(/\s+/u);
  const checksumLine = tokens.length === 2 && /^(?:0x)?0{32,}$/iu.test(tokens[0] as string);
  if (tokens.length !== 1 && !checksumLine) return undefined;
  return EMBEDDED_ZERO_DIGEST.test(trimmed) ? 'an all-zero digest inside the value' : undefined;
}

/** A run of 32 to 128 hex digits standing as a token of its own (md5's size to sha512's). */
const EMBEDDED_HEX_DIGEST = /(?<![0-9A-Za-z])[0-9a-f]{32,128}(?![0-9A-Za-z])/giu;
/** 22 or more base64 characters in a row: the shortest digest of zero bytes in base64 (md5's, unpadded). */
const BASE64_RUN = /[A-Za-z0-9+/_-]{22}/u;
const DIGEST_NEIGHBOUR = /[A-Za-z0-9]/u;
/** The base64 and base64url digests of empty input, padding cut (as a reference writes them), with their names: sifted once, not per value. */
const bareBase64EmptyDigests = lazy((): readonly (readonly [string, string])[] =>
  [...EMPTY_INPUT_DIGESTS].filter(([digest]) => !/^[0-9a-f]+$/u.test(digest)).map(([digest, name]) => [digest.replace(/=+$/u, ''), name] as const),
);

/**
 * The digest of empty input inside a reference (`ghcr.io/o/app@sha256:e3b0c442…`, `x.tgz#sha256=e3b0c442…`,
 * `s3://b/models/e3b0c442….bin`, SRI `…#sha256-47DEQpj8…=`) or leading a checksum line (`e3b0c442…  app.tar.gz`): the
 * sibling of the all-zero digest there, it pins a file that was empty or never written. Only in a value of one token
 * and in a checksum line, as for the zero digest.
 */
function embeddedEmptyInputDigest(trimmed: string): string | undefined {
  if (trimmed.length < 22 || trimmed.length > MAX_WORDS_LENGTH) return undefined;
  const tokens = trimmed.split(/\s+/u);
  if (tokens.length === 2) {
    const first = EMPTY_INPUT_DIGESTS.get((tokens[0] as string).toLowerCase()) ?? EMPTY_INPUT_DIGESTS.get(tokens[0] as string);
    return first === undefined ? undefined : `the digest of empty input (${first}) in a checksum line: it vouches for no content`;
  }
  if (tokens.length !== 1) return undefined;
  for (const m of trimmed.matchAll(EMBEDDED_HEX_DIGEST)) {
    const name = EMPTY_INPUT_DIGESTS.get(m[0].toLowerCase());
    if (name !== undefined) return `the digest of empty input (${name}) inside the value: it vouches for no content`;
  }
  if (!BASE64_RUN.test(trimmed)) return undefined;
  for (const [bare, name] of bareBase64EmptyDigests()) {
    for (let at = trimmed.indexOf(bare); at !== -1; at = trimmed.indexOf(bare, at + 1)) {
      const before = trimmed[at - 1];
      const after = trimmed[at + bare.length];
      if ((before === undefined || !DIGEST_NEIGHBOUR.test(before)) && (after === undefined || !DIGEST_NEIGHBOUR.test(after))) return `the digest of empty input (${name}) inside the value: it vouches for no content`;
    }
  }
  return undefined;
}

/**
 * What every template, fill-in slot and missing-value print needs: one of `$ { % < @ # [ !` or a bracket drawn like `<`, a leading `__`, `your`,
 * `insert` or `enter`, a URI's `://`, or the word undefined or NaN (see TEMPLATE_PATTERNS, FILLER_PATTERNS,
 * MISSING_VALUE_PRINTS). A value without any of them (most ids) skips those two dozen patterns.
 */
const MAY_HOLD_SLOT = /[${%<@#[!‹˂ᐸ❮❬⟨〈⦉⧼❴⦃]|\(\(|^(?:__|your|insert|enter)|:\/\/|undefined|nan/i;

/**
 * Why `value` is a placeholder rather than a real id or lineage value, or undefined when it is not.
 * Blank values are for {@link isBlank}; this answers for the rest: unexpanded template variables
 * (`${X}`, `$X`, `{{ x }}`, `%X%`, `<x>`, …) anywhere in the value, the words producers write when an
 * input was missing (`None`, `null`, `N/A`, `TBD`, … in any case, width or with invisible
 * characters), punctuation only, an all-zero digest or nil UUID, or one character repeated.
 */
export function placeholderReason(value: string): string | undefined {
  // A plain token (every tracker id) is read as written only, and not remembered: ids are distinct, and a memory of
  // distinct values costs more per value (a map insert, a clear every 20k) than the one reading.
  // The digest of empty input inside a reference (`s3://b/cas/e3b0c442….bin`) is a plain token too.
  if (isPlainToken(value)) return placeholderAsWritten(value) ?? embeddedEmptyInputDigest(value);
  if (value.length > REMEMBERED_LENGTH) return readPlaceholder(value);
  const known = rememberedPlaceholders.get(value);
  if (known !== undefined) return known === false ? undefined : known;
  const reason = readPlaceholder(value);
  // A tracker or report repeats its values (statuses, types, owners, labels: ~5 reads a value in a reference tracker),
  // and each read runs a few dozen patterns; a bounded memory of short values reads each once. Cleared when full, so a
  // stream of distinct values keeps its memory flat.
  if (rememberedPlaceholders.size >= REMEMBERED_VALUES) rememberedPlaceholders.clear();
  rememberedPlaceholders.set(value, reason ?? false);
  return reason;
}
const REMEMBERED_LENGTH = 200;
const REMEMBERED_VALUES = 20_000;
const rememberedPlaceholders = new Map<string, string | false>();

function readPlaceholder(value: string): string | undefined {
  // The digest of nothing inside a reference is read last: a digest a reader sees behind markup (`**sha256:e3b0c442…**`) is
  // named so by the readings before it.
  return placeholderAsWritten(value) ?? literalEscapesReason(value) ?? placeholderBehindEscapes(value) ?? placeholderAsDisplayed(value) ?? labelLineOverMarkerReason(value) ?? undrawnSourceReason(value) ?? embeddedEmptyInputDigest(value.trim());
}

/**
 * A C-style escape of one character written out as text (`\\n`, `\\t`, `\\u200b`, `\\x00`, `\\u{a0}`): what a producer
 * leaves that escaped its output twice (`{"summary": "\\\\n"}`) or echoed `\\n` without `-e`. No reader of the value
 * sees a character in it.
 */
const LITERAL_ESCAPE = /\\(?:[0-3][0-7]{2}|[ntrfvb0]|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|u\{[0-9A-Fa-f]{1,6}\}|U[0-9A-Fa-f]{8})/gu;
const HAS_LITERAL_ESCAPE = /\\(?:[0-3][0-7]{2}|[ntrfvb0]|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|u\{[0-9A-Fa-f]{1,6}\}|U[0-9A-Fa-f]{8})/u;
const LITERAL_ESCAPE_CHAR: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', b: '\b', '0': '\0' };

function decodeLiteralEscape(escape: string): string {
  // An octal escape (`\\012`, `\\040`), as C, Python and `echo -e` read up to three digits after a backslash.
  if (/^\\[0-3][0-7]{2}$/u.test(escape)) return String.fromCharCode(Number.parseInt(escape.slice(1), 8));
  const one = LITERAL_ESCAPE_CHAR[escape.charAt(1)];
  if (one !== undefined) return one;
  const code = Number.parseInt(escape.slice(2).replace(/[{}]/gu, ''), 16);
  return code <= 0x10ffff ? String.fromCodePoint(code) : escape;
}

/**
 * Why a value of escape sequences written as text holds nothing once they are read: only blank characters
 * (`\\n\\t`, `\\u00a0`), or a placeholder they stand around or between (`TODO\\n`, `undefined\\nundefined`).
 */
function literalEscapesReason(value: string): string | undefined {
  if (value.length > MAX_WORDS_LENGTH || !value.includes('\\') || !HAS_LITERAL_ESCAPE.test(value)) return undefined;
  const decoded = value.replace(LITERAL_ESCAPE, decodeLiteralEscape);
  if (isBlank(decoded)) return 'only escape sequences of blank characters written as text (`\\n`, `\\t`), blank once read';
  const why = placeholderAsWritten(decoded.replace(/\s+/gu, ' '));
  return why === undefined ? undefined : `${why}, behind escape sequences written as text`;
}

/** {@link readPlaceholder} without the route {@link isPlainToken} takes: what test/util/placeholder-fast-path.property.test.ts compares it with. */
export function placeholderReasonUnrouted(value: string): string | undefined {
  return readPlaceholder(value);
}

/**
 * The patterns {@link placeholderReason} skips behind a cheaper exact test, each with that test: a value the test turns
 * away can never match. test/util/placeholder-fast-path.property.test.ts checks each pair on matches drawn from the pattern.
 */
export const GATED_PATTERNS: readonly (readonly [RegExp, (text: string) => boolean])[] = [
  [FOUR_WORDS, hasFourWords],
  [ZERO_TIME, mayBeZeroTime],
  [NULLISH_JOINED, mayBeNullishJoined],
  [BASE64_ZERO, (body) => body.startsWith('A')],
  [ELIDED_ZEROS, (body) => body.startsWith('0')],
  [ID_PART_NA, (trimmed) => trimmed.charCodeAt(trimmed.length - 2) === 0x2f],
  [TEAM_HANDLE, (trimmed) => trimmed.startsWith('@')],
];

/**
 * The characters of a plain token (an issue id: `bd-3ar8v.9.12`, `PROJ-123`, `v1.2:linux/x64#3+b`), by code: 1 for a
 * letter or digit, 2 for one of `. : / # + -`. Anything else (space, `_`, markup, escapes, any non-ASCII character) is 0.
 */
const PLAIN_TOKEN_CHARS: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if (/[A-Za-z0-9]/.test(ch)) table[c] = 1;
    else if ('.:/#+-'.includes(ch)) table[c] = 2;
  }
  return table;
})();

/**
 * True when `value` starts with an ASCII letter or digit and holds only those and `. : / # + -` (the tracker's plain
 * issue id, PLAIN_ISSUE_ID, without `_`, which Markdown may read as emphasis at a word's edge). For such a value every reading but the one as written finds nothing, so
 * {@link placeholderReason} runs that one alone (the others cost three quarters of the time on a tracker's ids):
 * - behind escapes: {@link escapedReadings} needs a HAS_ESCAPES match, and each alternative needs `<`, `&`, `%`, `[`,
 *   `]`, `\`, `*`, `~`, a backtick, `_`, whitespace or a second `+` or `#` (an Org or AsciiDoc mark, closed); no bidi or small-drawn mark ({@link FOOTNOTE_GLYPHS} needs a
 *   non-ASCII character or a bracket) is there to take away, and {@link drawnReadings} needs `<` or `~`;
 * - as displayed: needs a bidi control or a right-to-left letter (none is ASCII);
 * - a label line over a marker: needs a line break;
 * - undrawn source: UNDRAWN_SOURCE_HINT needs `<`, `[`, `!`, or `..`/`//` at the start (the first character here is a
 *   letter or digit).
 * Printable ASCII, so `shown` and NFKC leave it as it is. test/util/placeholder-fast-path.property.test.ts checks the
 * route against {@link placeholderReasonUnrouted} on generated ids, disguised ones among them.
 */
export function isPlainToken(value: string): boolean {
  const n = value.length;
  if (n === 0) return false;
  const first = value.charCodeAt(0);
  if (first >= 128 || PLAIN_TOKEN_CHARS[first] !== 1) return false;
  // A second `+` (or `#`) may close an Org or AsciiDoc mark the escapes reading draws (`bd-+12+` is `bd-` with 12 struck
  // out in Org): such a value takes the full reader (fast-check found `a-+.0+`).
  let pluses = 0;
  let hashes = 0;
  for (let i = 1; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128 || PLAIN_TOKEN_CHARS[c] === 0) return false;
    if ((c === 0x2b && ++pluses === 2) || (c === 0x23 && ++hashes === 2)) return false;
  }
  return true;
}

/**
 * Source that no renderer draws, left out: HTML comments over lines and the tokenizer's bogus comments (`<?x?>`,
 * `<!x>`, `<![CDATA[x]]>` outside SVG and MathML), Markdown link reference definitions (`[//]: # (x)`, the usual Markdown
 * comment), images (`![alt](x.png)`: no letter drawn; a link without text is read as its target, as before), reStructuredText
 * comments (`.. x` and its indented lines), AsciiDoc comments (`// x`, `////` blocks). Undefined when nothing is left
 * out. Red team wd: `[//]: # (alice)` over `TBD` is an owner of TBD to every reader of the rendered field.
 */
const UNDRAWN_SOURCE_HINT = /<[!?]|^[ \t]*(?:\[[^\]\n]*\]:|\.\.(?:[ \t]|$)|\/\/)|!\[[^\]\n]*\]\(/mu;
const UNDRAWN_INLINE: readonly RegExp[] = [
  /<!--[\s\S]*?(?:--!?>|$(?![\s\S]))/gu,
  /<!\[CDATA\[[\s\S]*?\]\]>/gu,
  /<[?!][^>]*>/gu,
  /!\[[^\]\n]*\]\([^()\n]*\)/gu,
];
/** Constructs of a line among lines: one line alone (`//cdn.acme.dev/x`, `[bd-12]: https://…`) is read as written. */
const UNDRAWN_LINES: readonly RegExp[] = [
  /^ {0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S+(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$/gmu,
  /^\.\.(?:[ \t]+(?![[_|]|[^\s:]+::)[^\n]*)?$(?:\n[ \t]+\S[^\n]*)*/gmu,
  /^\/{4,}[ \t]*$[\s\S]*?^\/{4,}[ \t]*$/gmu,
  /^\/\/(?!\/)[^\n]*$/gmu,
];
/** `text` with its reStructuredText and AsciiDoc comments and Markdown link reference definitions left out (a whole text: no length bound). */
export function withoutLineComments(text: string): string {
  return UNDRAWN_LINES.reduce((t, pattern) => t.replace(pattern, ''), text.replace(/\r\n?/gu, '\n'));
}

export function undrawnSourceRemoved(value: string): string | undefined {
  if (value.length > MAX_WORDS_LENGTH || !UNDRAWN_SOURCE_HINT.test(value)) return undefined;
  const lines = value.replace(/\r\n?/gu, '\n');
  const patterns = lines.trim().includes('\n') ? [...UNDRAWN_INLINE, ...UNDRAWN_LINES] : UNDRAWN_INLINE;
  const drawn = patterns.reduce((text, pattern) => text.replace(pattern, ''), lines);
  return drawn === lines ? undefined : drawn;
}

/** `value` with its undrawn source left out ({@link undrawnSourceRemoved}), and that through markup and escapes; none when nothing is left out. */
export function undrawnSourceReadings(value: string): string[] {
  const drawn = undrawnSourceRemoved(value);
  return drawn === undefined || isBlank(drawn) ? [] : [drawn, ...escapedReadings(drawn)];
}

function undrawnSourceReason(value: string): string | undefined {
  const drawn = undrawnSourceRemoved(value);
  if (drawn === undefined) return undefined;
  // A value that is all comment is text where it is not rendered (a .txt file), as `withoutComments` reads it.
  if (isBlank(drawn)) return undefined;
  const why = placeholderReason(drawn);
  return why === undefined ? undefined : `${why}, once source no renderer draws (comments, link definitions, images) is left out`;
}

/**
 * A value of two lines, a label over a marker without a colon (`Release date` / `TBD`; red team sf): a form's field
 * shows its label above its value, so the line break parts them as a colon does. Read as `label: marker`. The first line
 * is no label when it ends a sentence or a clause (`Fixed a crash.` / `TODO`). Not for lines of a text read together
 * (hollow.ts joins them with a line separator): one value only.
 */
function labelLineOverMarkerReason(value: string): string | undefined {
  if (value.length > MAX_WORDS_LENGTH || !/[\n\r]/u.test(value)) return undefined;
  const lines = value.split(/\r\n|\r|\n/u).map((l) => l.trim()).filter((l) => !isBlank(l));
  if (lines.length !== 2 || /[.!?;,:]$/u.test(lines[0] as string)) return undefined;
  const why = placeholderAsWritten(`${lines[0] as string}: ${lines[1] as string}`);
  return why === undefined ? undefined : `${why}, its label on the line above`;
}

/**
 * A placeholder a reader sees once bidi controls have laid the value out: `\u202eODOT` shows `TODO`, `bd-\u202eODOT`
 * shows `bd-TODO`; and once a right-to-left first letter has (`dir="auto"`): `\u200Fprogress\u200F in\u200F work` shows
 * "work in progress". The invisible-character pass removes the controls and marks but keeps the order.
 */
function placeholderAsDisplayed(value: string): string | undefined {
  if (value.length > MAX_WORDS_LENGTH || (!hasBidiControls(value) && !hasRightToLeftLetter(value))) return undefined;
  const leftToRight = displayedText(value);
  // A list or quote marker (`1. `, `- `, `> `) is drawn apart from its item, whose own text is the paragraph laid out.
  const item = value.replace(MD_LEADING_MARKER, '');
  for (const shown of new Set([...displayedTexts(value), ...(item === value ? [] : displayedTexts(item))])) {
    const why = placeholderAsWritten(shown);
    if (why === undefined) continue;
    if (shown !== leftToRight) return `${why}, drawn in another order in a right-to-left paragraph (its first strong letter is right to left, as dir="auto" lays it out)`;
    return `${why}, ${value.includes('\u202e') ? 'drawn in reverse by a right-to-left override' : 'drawn in another order by bidi controls'}`;
  }
  return undefined;
}

/** {@link placeholderReason} of the value as written, escapes and markup taken literally. */
function placeholderAsWritten(value: string): string | undefined {
  return isLowerNumberedId(value) ? lowerNumberedIdReason(value) : placeholderAsWrittenRead(value);
}

/**
 * True for a lower-case tracker id that {@link lowerNumberedIdReason} reads exactly as {@link placeholderAsWrittenRead}
 * does (`bd-3ar8v.9.12`, `bd-x123`): {@link isNumberedIdWithDigit} (PREFIX-HASH, then `.N` children), and
 * - no capital letter, and the first character a letter other than `t` and `j`;
 * - a digit 2–9 somewhere (one the look-alike fold keeps a digit: `0` and `1` are drawn `o` and `l`);
 * - a `.` or a letter past `f` (not hex), fewer than 22 characters (shorter than any digest of empty input);
 * - neither `nan` nor `undefined` in it, nor `your`, `insert` or `enter` at its start (what MAY_HOLD_SLOT may find in
 *   such a text), and no digest algorithm's name before its dash (DIGEST_PREFIX).
 * A scan of the characters and a few native searches: most tracker ids skip the two dozen patterns of the full reading.
 */
export function isLowerNumberedId(value: string): boolean {
  const n = value.length;
  if (n >= 22 || n < 3) return false;
  const first = value.charCodeAt(0);
  if (first < 0x61 || first > 0x7a || first === 0x74 || first === 0x6a) return false;
  let keptDigit = false;
  let notHex = first > 0x66;
  for (let i = 1; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) return false;
    if (c >= 0x32 && c <= 0x39) keptDigit = true;
    else if (c === 0x2e || c > 0x66) notHex = true;
  }
  if (!keptDigit || !notHex || !isNumberedIdWithDigit(value)) return false;
  if (value.includes('nan') || value.includes('undefined') || value.startsWith('your') || value.startsWith('insert') || value.startsWith('enter')) return false;
  return !DIGEST_PREFIX.test(value);
}

/**
 * {@link placeholderAsWrittenRead} of a {@link isLowerNumberedId} value: the readings that can find something in one,
 * in the same order. Left out, each with why it finds nothing (`v` the value, `x` it or its look-alike fold, which
 * keeps every character in a-z, 0-9, `.` and `-`, its first a letter other than t and j, its last a letter or digit,
 * and a digit 2–9):
 * - invisible characters, NFKC, trimming, and the quotes and brackets around it: printable ASCII without any;
 * - MAY_HOLD_SLOT's templates, fillers and prints: it holds none of their characters (`$ { % < @ # [ ! ( :`), no `__`,
 *   and none of their words (see {@link isLowerNumberedId});
 * - placeholder words (none holds a digit: the fast-path property test checks the list), missing values joined
 *   (letters and separators only), NaN and spreadsheet errors (`(` or `#`);
 * - in {@link placeholderWordsReason}: `to do` (a space); the squeezed word and what is read of it (no squeezing of
 *   ASCII with a digit); masks (no digit in one); zero times ({@link mayBeZeroTime}: a digit, `t` or `j` first); a
 *   marker with its owner in brackets (`(`); markers joined (a space or one of `/ | , ; + &`); a label's edges (a letter
 *   first, a letter or digit last), a label (MAY_LABEL: a space, `:`, `=`, `>`, a long dash, an arrow); pointers and
 *   trailing references (a space or an arrow); Cyrillic and Greek;
 * - capital I and l read as one another (no capital), pictographs and marks (ASCII), footnote glyphs (ASCII without a
 *   bracket), punctuation only (letters);
 * - digests: no algorithm prefix, so the whole is the body: no digest of empty input (22 characters at least, and no
 *   hex one holds a `-`), no base64 zeros (`A` first) or elided zeros (`0` first), not hex (so no zero, hexspeak,
 *   repeating or counting digest), not one character repeated (a letter and a `-`);
 * - the id's own part ({@link isNumberedIdWithDigit}).
 * test/util/placeholder-fast-path.property.test.ts compares the two on generated ids, placeholders among them.
 */
export function lowerNumberedIdReason(value: string): string | undefined {
  const drawn = asciiLookalikeFold(value);
  return lowerIdWordsReason(value) ?? (drawn === value ? undefined : lowerIdWordsReason(drawn)) ?? embeddedZeroDigest(value);
}

/** {@link placeholderWordsReason} of a {@link isLowerNumberedId} value or its look-alike fold: the three readings that can find something there. */
function lowerIdWordsReason(text: string): string | undefined {
  return (isStubText(text) ? stubTextReason(text) : undefined) ?? labelOverMarkerReason(text) ?? loremReason(text);
}

/** {@link placeholderAsWritten} without the route for lower-case tracker ids ({@link isLowerNumberedId}). */
export function placeholderAsWrittenRead(value: string): string | undefined {
  // Printable ASCII (most ids) needs neither the invisible-character pass nor NFKC: both leave it unchanged.
  const ascii = PRINTABLE_ASCII.test(value);
  const visible = ascii ? value : shown(value).normalize('NFKC');
  const trimmed = visible.trim();
  if (NAMES_NOT_MARKERS.test(trimmed)) return undefined;
  if (MAY_HOLD_SLOT.test(trimmed)) {
    const template = templateIn(trimmed);
    if (template !== undefined) return template;
    for (const [pattern, why] of FILLER_PATTERNS) if (pattern.test(trimmed)) return why;
    // `owner@exаmple.com` with a Cyrillic а, `ｅxample.org` half folded: the domain a reader sees is the reserved one.
    if (!ascii) {
      const drawn = lookalikeFold(trimmed);
      for (const [pattern, why] of EXAMPLE_DOMAIN_PATTERNS) if (pattern.test(drawn)) return `${why}, drawn with look-alike letters`;
    }
    const print = missingValuePrint(trimmed);
    if (print !== undefined) return print;
  }
  const folded = ascii ? trimmed.toLowerCase() : foldForComparison(value);
  if (PLACEHOLDER_WORD_SET.has(folded)) return `the placeholder word ${JSON.stringify(folded)}`;
  if (mayBeNullishJoined(folded) && NULLISH_JOINED.test(folded)) return `missing values joined (${JSON.stringify(folded)})`;
  if (NAN_OR_ERROR_PRINT.test(folded)) return `${JSON.stringify(trimmed)}, what a program prints for a value it never computed`;
  const bare = stripSurrounding(folded);
  if (bare !== folded && PLACEHOLDER_WORD_SET.has(bare)) return `the placeholder word ${JSON.stringify(bare)}`;
  // Placeholders are short: a long text (a whole report) is not judged by its words.
  if (folded.length <= MAX_WORDS_LENGTH) {
    const drawn = lookalikeFold(trimmed);
    const byWords = placeholderWordsReason(folded) ?? (drawn === folded ? undefined : placeholderWordsReason(drawn)) ?? capitalIReason(trimmed) ?? (ascii ? undefined : placeholderWordsReason(withoutMarks(folded)) ?? pictographsReason(folded)) ?? (ascii && !MAY_BRACKET_MARK.test(value) ? undefined : footnoteGlyphsReason(value));
    if (byWords !== undefined) return byWords;
  }
  if (folded !== '' && !LETTER_OR_DIGIT.test(folded)) return 'punctuation only';
  // In its own case: base64 and the empty-input digests are case-sensitive.
  return digestPlaceholderReason(trimmed) ?? embeddedZeroDigest(trimmed) ?? idPartReason(trimmed);
}

/**
 * Decorating symbols ({@link DECORATING_SYMBOL}) inside a value part its words, as the claim fold reads them:
 * `Release date: 🚧 TBD`, `Status: ⚠️ TODO`, `Coming ≈ soon` are placeholders. At the value's edges they were already set
 * apart. A folded value holds no symbol NFKC reads as a letter.
 */
const DECORATING_SYMBOLS_G = new RegExp(`${DECORATING_SYMBOL}+`, 'gu');
const PICTOGRAPHS_G = new RegExp(`[${PICTOGRAPH_CLASS}]+`, 'gu');
const HAS_DECORATING_SYMBOL = new RegExp(DECORATING_SYMBOL, 'u');
function pictographsReason(folded: string): string | undefined {
  if (!HAS_DECORATING_SYMBOL.test(folded)) return undefined;
  // Pictographs alone first: an arrow among the maths symbols may be the label's separator (`Version → 🚧 TBD`).
  for (const pattern of [PICTOGRAPHS_G, DECORATING_SYMBOLS_G]) {
    const spaced = folded.replace(pattern, ' ').replace(/\s+/gu, ' ').trim();
    const why = spaced === '' || spaced === folded ? undefined : placeholderWordsReason(spaced);
    if (why !== undefined) return `${why}, with symbols between its words`;
  }
  return undefined;
}


/** An HTML tag (with or without attributes), a percent-encoded byte; character references are the `entities` package's. */
const TAG = /<\/?[A-Za-z][^<>]*>/gu;
/** An HTML comment, shown as nothing (`TBD<!-- real value later -->` reads `TBD`). */
const COMMENT = /<!--[\s\S]*?(?:--!?>|$)/gu;
const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/gu;
/**
 * Any character reference (named, with or without its `;` where HTML allows that, decimal, hex), a tag, a percent escape.
 * An Org/AsciiDoc mark counts only closed, as {@link ORG_ADOC_MARK} reads it: an open `#812`, `a +1` or `x =y` is no
 * reason to run every Markdown reading over a value.
 */
const HAS_ESCAPES = /<\/?[A-Za-z]|<!--|&(?:#\d|#[xX][0-9A-Fa-f]|[A-Za-z][A-Za-z0-9]*)|%[0-9A-Fa-f]{2}|\][([]|\[\^|\\[!-/:-@[-`{-~]|\\(?:f|s[+-]?\d|[*n][([])|^\s*\.(?:B|I|BI|BR|IB|IR|RB|RI|SM|SB)[\t ]|[*~`]|(?<![\p{L}\p{N}=+#@\\])([=+#@])(?=[^\s=+#@])(?:[^\n=+#@]{0,200}?[^\s=+#@\\])?\1(?![\p{L}\p{N}=+#@])|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|^\s*(?:[-*+]|\d{1,9}[.)]|#{1,6}|>|\[[ xX]\])\s/u;

/**
 * A Markdown link or image (`[TBD](url "title")`, `![TBD](x.png)`, `[TBD][1]`, `[TBD][]`): a reader sees its text, or
 * with none an inline link's target (`[](mailto:)` shows mailto:).
 */
const MD_LINK = /!?\[([^[\]]*)\](?:\(\s*<?([^()\s<>]*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)|\[[^[\]]*\])/gu;
/** A footnote reference (`TBD[^1]`), drawn as a small number that is no part of the value. */
const MD_FOOTNOTE_REF = /\[\^[^[\]\s]+\]/gu;
/** A backslash escape of ASCII punctuation (`\{\{owner\}\}`): Markdown shows the character alone. */
const MD_ESCAPE = /\\([!-/:-@[-`{-~])/gu;
/** The Markdown escapes roff draws as nothing ({@link ROFF_UNSEEN}): `\:` is a colon to a Markdown reader. */
const MD_ROFF_ESCAPE = /\\([:)/,|^])/gu;
/** A list, task, heading or quote marker before the value (`1. TODO`, `- [x] TBD`, `# TBD`, `> TODO`), drawn as no letter. */
const MD_LEADING_MARKER = /^\s*(?:(?:[-*+]|\d{1,9}[.)]|#{1,6}|>)\s+)?(?:\[[ xX]\]\s+)?/u;

/**
 * Emphasis, strong emphasis and strikethrough (`*TBD*`, `__bd-TODO__`, `~~x~~`, `***0***`): a reader sees the run without its
 * delimiters, never on whitespace inside. An underscore run opens and closes at a word's edge (`run_id_x` is no emphasis);
 * an asterisk or tilde run also inside a word, as CommonMark and GFM draw it (`pro**gress**` shows "progress"; `a*b`
 * alone is no emphasis).
 */
const MD_EMPHASIS = /(?<![\p{L}\p{N}\\])(_{1,3})(?=\S)([^\n]*?\S)\1(?![\p{L}\p{N}])|(?<![\\*~])(\*{1,3}|~{1,2})(?=[^\s*~])([^\n]*?[^\s\\])\3(?![*~])/gu;
/** A code span (`` `TODO` ``, ``` ``x`` ```): its content, one space each side trimmed. */
const MD_CODE_SPAN = /(`+)(?!`)([^\n]*?[^`\n])\1(?!`)/gu;
/**
 * Roff escapes drawn as no character: font changes (`\fBTODO\fR`, `\f[I]`, `\f(CW`), size changes (`\s+2`) and the
 * zero-width ones (`\&`, `\:`, `\%`, `\c`, `\)`, `\/`, `\,`, `\|`, `\^`); and its dashes (`\(em`, `\[en]`, `\(hy`).
 */
const ROFF_UNSEEN = /\\(?:f(?:\(..|\[[^\]\s]*\]|[A-Za-z0-9])|s[+-]?\d|[&:%c)/,|^])/gu;
/**
 * A roff string or number register interpolated (`\*(TB`, `\*[owner]`, `\n(xx`): the text is whatever the page defines
 * it as elsewhere, never the value itself, so it is drawn as nothing here. The one-letter forms are left alone: `\*` is
 * Markdown's escaped asterisk and `\n` a line break quoted in JSON.
 */
const ROFF_INTERPOLATION = /\\[*n](?:\(..|\[[^\]\s]*\])/gu;
/** A font macro opening a roff line (`.B TBD`, `.IR owner`, `.SM x`): drawn as the words after it. */
const ROFF_FONT_REQUEST = /^\s*\.(?:B|I|BI|BR|IB|IR|RB|RI|SM|SB)[\t ]+/u;
const ROFF_DASH = /\\(?:\((?:em|en|hy|mi)|\[(?:em|en|hy|mi)\])/gu;
/**
 * Org's verbatim and strike-through (`=TODO=`, `+2+`), AsciiDoc's passthrough and highlight (`+TBD+`, `#0#`) and Textile's
 * code (`@2@`; Org's `~2~` is Markdown's strike-through, read there): a reader
 * of the rendered text sees the run without its marks. Like an underscore run, a mark opens and closes at a word's edge
 * only, never on a space inside, and holds a letter or digit (`a = b = c`, `C++`, `1+1+2`, `'+(+(a))'` stay as written).
 */
const ORG_ADOC_MARK = /(?<![\p{L}\p{N}=+#@\\])([=+#@])(?=[^\s=+#@])([^\n=+#@]{0,200}?[^\s=+#@\\])?\1(?![\p{L}\p{N}=+#@])/gu;
/** A reStructuredText role before its backquoted text (`:strong:`TODO``, `:code:`0``): drawn as no text. */
const RST_ROLE = /(?<![\p{L}\p{N}]):[a-z][a-z0-9_.-]{0,30}:(?=`)/gu;

/**
 * A value as Markdown (or roff) draws it inline: links and images as their text, footnote references gone, emphasis and
 * code spans as their content, escapes and list markers read, roff's font changes and zero-width escapes gone.
 */
function markdownInline(text: string): string {
  return text
    .replace(ROFF_UNSEEN, '')
    .replace(ROFF_INTERPOLATION, '')
    .replace(ROFF_FONT_REQUEST, '')
    .replace(ROFF_DASH, '-')
    .replace(RST_ROLE, '')
    .replace(ORG_ADOC_MARK, (m, _mark: string, content: string | undefined) => (content !== undefined && LETTER_OR_DIGIT.test(content) ? content : m))
    .replace(MD_CODE_SPAN, (_m, _ticks: string, content: string) => content.replace(/^ ([^]*[^ ]) $/u, '$1'))
    .replace(MD_EMPHASIS, (_m, _u, under: string | undefined, _s, star: string | undefined) => under ?? star ?? '')
    .replace(MD_FOOTNOTE_REF, '')
    .replace(MD_LINK, (_m, label: string, target: string | undefined) => (target !== undefined && isBlank(label) ? target : label))
    .replace(MD_ESCAPE, '$1')
    .replace(MD_LEADING_MARKER, '');
}

/**
 * `text` with the `<` and `>` inside its tags (quoted attribute values, mostly) drawn as `‹` and `›`, as HTML's tokenizer
 * reads them ({@link maskTagBrackets}): part of the value, not the tag's end. A tag pattern that stops at the first `>`
 * reads `<p title="a>b">TBD</p>` as the text `b">TBD`, content where a reader sees `TBD`. A tag the text ends inside shows
 * nothing from its `<` on in a browser: with `html`, nothing from that tag on is kept; otherwise (Markdown) the text is
 * left as it is.
 */
export function maskAttributeBrackets(text: string, html = false): string {
  return maskTagBrackets(text, html);
}

/**
 * An element that draws its content small: `<sup>`, `<sub>`, `<small>`, whose content may hold inline tags
 * (`<sup><a href="#fn1">1</a></sup>`).
 */
const SMALL_ELEMENT = /<(sup|sub|small)\b[^<>]*>((?:[^<]|<(?!\/?\1\b)[^<>]*>){0,200}?)<\/\1\s*>/giu;
const MAY_SMALL_ELEMENT = /<su[pb]\b|<small\b/iu;
/**
 * `text` with each short mark drawn small (one token: `1`, `a`, `[2]`, `*`, a link to a note) as the Markdown footnote
 * reference it is drawn as (`[^a]`), which the readers of a sentence take as no word of it: `Coming soon<sup>a</sup>` is
 * not the word `soona`. A `<sup>` anywhere; a `<sub>` or `<small>` only after a word and before none, where a reader takes
 * it for a note's mark (`Coming soon<small>1</small>`; red team sb), not inside one (`H<sub>2</sub>O`). Words drawn small stay (they are text).
 */
export function superscriptsAsFootnotes(text: string): string {
  if (!MAY_SMALL_ELEMENT.test(text)) return text;
  return text.replace(SMALL_ELEMENT, (element, name: string, inner: string, at: number) => {
    const mark = inner.replace(TAG, '').trim().replace(/^[[(]+|[\])]+$/gu, '');
    if (name.toLowerCase() !== 'sup' && !(SMALL_MARK.test(mark) && AFTER_WORD.test(text.slice(Math.max(0, at - 2), at)) && !BEFORE_WORD.test(text.slice(at + element.length, at + element.length + 2)))) return element;
    if (mark === '') return '';
    // Several marks in one (`<sup>1, 2</sup>`) are a list of notes as `1,2` is.
    return /^[^\s[\],]{1,12}(?:\s*,\s*[^\s[\],]{1,12}){0,4}$/u.test(mark) ? `[^${mark.replace(/\s+/gu, '')}]` : element;
  });
}
/** A note's mark as `<sub>` or `<small>` draws one: a number, a letter, a sign, or a few of them (`1, 2`); a word is text. */
const SMALL_MARK = /^(?:\d{1,3}|\p{L}|[*†‡§¶]{1,3})(?:\s*,\s*(?:\d{1,3}|\p{L})){0,4}$/u;
const AFTER_WORD = /[\p{L}\p{N}.!?…:;)"'’”]$/u;
const BEFORE_WORD = /^[\p{L}\p{N}]/u;

/**
 * A one-line value without its HTML comments (`TBD<!-- x -->` shows `TBD`), unless nothing would be left: a comment
 * alone is text where no HTML renders (a .txt line), and a whole text is judged line by line by its reader.
 */
function withoutComments(value: string): string {
  if (value.includes('\n') || !value.includes('<!--')) return value;
  const out = value.replace(COMMENT, '');
  return isBlank(out.replace(TAG, '')) ? value : out;
}

function decodePercent(run: string): string {
  try {
    return decodeURIComponent(run);
  } catch {
    return run;
  }
}

/**
 * A placeholder a reader sees through markup and escapes: `<span class=x>N/A</span>`, `TBD<!-- x -->`, `&lt;TODO&gt;`, `TB&#68;`,
 * `N%2FA`, Markdown's `[TBD](url)`, `1. TODO`, `\{\{owner\}\}`, and the same escaped twice. Each reading (tags removed,
 * character references and percent escapes decoded, Markdown read inline, up to three rounds) is judged whole, as
 * written values are.
 */
function placeholderBehindEscapes(value: string): string | undefined {
  // Marks drawn small are taken away before the readings fold them (`Coming soon&nbsp;¹` is not `coming soon 1`).
  const unmarked = shown(value).replace(FOOTNOTE_GLYPHS, '');
  for (const reading of escapedReadings(value)) {
    const why = escapedReadingReason(reading);
    if (why !== undefined) return why;
  }
  // Markdown shows `\:` as the colon roff draws as nothing: `Release date\: TBD` is a label over a marker to its reader.
  // Only the escapes both read (roff's unseen ones): Markdown's `\<number\>` is literal text, no slot.
  const markdownEscaped = value.includes('\\') ? value.replace(MD_ROFF_ESCAPE, '$1') : value;
  if (markdownEscaped !== value) {
    const why = escapedReadingReason(markdownEscaped);
    if (why !== undefined) return why;
  }
  const drawn = drawnReadingReason(value);
  if (drawn !== undefined) return drawn;
  if (unmarked === shown(value)) return undefined;
  for (const reading of escapedReadings(unmarked)) {
    // A mark is taken away to read the words before it, not to close a template: `4*a(1)` in `$(echo "4*a(1)" | bc)` is
    // a call, and without it the command's brackets would read as a bare `$(…)`.
    const why = templateIn(reading.trim()) === undefined ? escapedReadingReason(reading) : undefined;
    if (why !== undefined) return why;
  }
  return undefined;
}

/** Markup or GFM strikethrough that may leave part of a value undrawn or struck out: most values (ids) hold neither `<` nor `~`. */
const MAY_UNDRAW = /[<~]/u;

/**
 * Why a value is a placeholder as a page draws it ({@link drawnMarkup}): hidden and struck-out parts left out, a style
 * sheet's generated text put in. `<span style="display:none">2026</span>TBD` shows "TBD", `<del>2026-03-01</del> TBD` a
 * withdrawn date beside a marker, `~~2026~~` nothing. A value whose drawn part is real passes (`<span class="sr-only">
 * Released</span> 2026-03-01`): the hidden words are no part of the judgment.
 */
export const AS_DRAWN = 'as a page draws it (hidden and struck-out parts left out, text a style sheet generates put in)';
function drawnReadingReason(value: string): string | undefined {
  for (const reading of drawnReadings(value)) {
    if (isBlank(reading.replace(TAG, ''))) return `nothing, ${AS_DRAWN}`;
    const why = placeholderAsWritten(reading) ?? placeholderAsDisplayed(reading);
    if (why !== undefined) return `${why}, ${AS_DRAWN}`;
  }
  return undefined;
}

/** `value` as a page draws it ({@link drawnMarkup}), and that through markup and escapes; none when markup hides or strikes nothing. */
export function drawnReadings(value: string): string[] {
  if (value.length > MAX_WORDS_LENGTH || !MAY_UNDRAW.test(value)) return [];
  const drawn = drawnMarkup(maskAttributeBrackets(codeSpanTagsAsText(value)));
  return drawn === undefined ? [] : [drawn, ...escapedReadings(drawn)];
}

function escapedReadingReason(reading: string): string | undefined {
  if (isBlank(reading)) return 'nothing but markup or escapes (blank to a reader)';
  const why = placeholderAsWritten(reading) ?? placeholderAsDisplayed(reading);
  return why === undefined ? undefined : `${why}, behind markup or escapes`;
}

/**
 * The successive readings of a one-line value a reader may be shown through its markup and escapes (tags and comments
 * removed, character references and percent escapes decoded, Markdown and roff read inline), up to three rounds, each
 * one different from the one before; none when the value holds no markup or escape. The one reading every judge of a
 * short text uses: {@link placeholderReason}, {@link degenerateIdReason}, the exemption fields' `fillerReason`, status words.
 */
export function escapedReadings(value: string): string[] {
  if (value.length > MAX_WORDS_LENGTH) return [];
  // Markup drawn in full-width or small forms (`＊bd-TODO＊`, `＜b＞…＜/b＞`) and split by invisible characters is read as the
  // markup it is drawn as, as their letters are.
  // One line only: the invisible-character pass removes line breaks (controls), and a text is read line by line elsewhere.
  const start = PRINTABLE_ASCII.test(value) || /[\n\r]/u.test(value) || !HAS_ESCAPES.test(shown(value).normalize('NFKC')) ? value : shown(value).normalize('NFKC');
  if (!HAS_ESCAPES.test(start)) return [];
  const out: string[] = start === value ? [] : [start];
  let reading = start;
  for (let round = 0; round < 3; round++) {
    // Every reference HTML knows (`&zwnj;`, `&ZeroWidthSpace;`, `&nbsp` without its `;`), not a handful.
    const next = markdownInline(decodeHtml(superscriptsAsFootnotes(maskAttributeBrackets(round === 0 ? withoutComments(start) : reading)).replace(TAG, '')).replace(PERCENT_RUN, decodePercent));
    if (next === reading) break;
    out.push(next);
    reading = next;
  }
  return out;
}

/** `value` through markup and escapes, each reading also as bidi controls or a right-to-left paragraph lay it out, whether written or spelled by a reference. */
function displayedReadings(value: string): Set<string> {
  const readings = new Set<string>();
  for (const reading of [value, ...escapedReadings(value)]) {
    readings.add(reading);
    for (const displayed of displayedTexts(reading)) {
      readings.add(displayed);
      for (const escaped of escapedReadings(displayed)) readings.add(escaped);
    }
  }
  return readings;
}

/**
 * The forms a one-word value (a status, an issue type) takes for a reader: as written (trimmed, lower-cased), and as shown
 * through markup and escapes (`**failed**`, `&#98;ug`), invisible characters, width and look-alike letters (`fаiled`,
 * `ＦＡＩＬＥＤ`), combining marks (`b\u0301ug`) and surrounding punctuation (`bug:`). A judge that must not miss a word
 * (a failure, a technical type) asks whether any of them is the word; one that grants something never uses it.
 */
export function wordReadings(value: string): string[] {
  const out = new Set([value.trim().toLowerCase()]);
  // As displayed too: `\u202Edeliaf\u202C` shows "failed", and so does `&#x202E;deliaf`, whose control a reference spells.
  for (const reading of displayedReadings(value)) {
    const visible = caselessVisibleForm(reading);
    out.add(visible);
    out.add(stripSurrounding(withoutMarks(visible)).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  }
  return [...out];
}

/**
 * Every form a name takes for a reader, case aside: its {@link caselessVisibleForm}, also through markup and escapes
 * (`queue&#95;max_items`, `` `queue_max_items` ``). Two names one of whose forms they share are one name to a reader.
 */
export function caselessNameReadings(name: string): string[] {
  return [...new Set([name, ...escapedReadings(name)].map(caselessVisibleForm))];
}


/** True when {@link placeholderReason} finds a reason. */
export function isPlaceholder(value: string): boolean {
  return placeholderReason(value) !== undefined;
}

/** What a required text field is: absent/non-string values are the caller's to judge. */
export type TextClass = 'blank' | 'placeholder' | 'ok';

/** One call for "does this required text carry content": blank first, then placeholder. */
export function classifyText(value: string): TextClass {
  if (isBlank(value)) return 'blank';
  if (isPlaceholder(value)) return 'placeholder';
  return 'ok';
}

/**
 * Words a template or a draft leaves where a value goes (`TBD`, `fill me in`, `lorem ipsum`), read whole, in any case,
 * a closing `.` or `!` aside. Not the words that say none (`none`, `N/A`): a report or a schema's const may mean them.
 * One list for every reader of an unfilled field (status claims, a user schema's demanded stand-ins). Read as a reader is
 * shown the word, as {@link standInReason} reads one (review, session 32: a schema's `const: "T\u200bBD"` or `ТВD` with
 * Cyrillic letters demanded a TBD no check saw): invisible characters, width and look-alike letters (`ＴＢＤ`, `ТВD`),
 * markup and escapes (`<b>TBD</b>`, `TB&#68;`).
 */
export function isUnfilledWord(text: string): boolean {
  if (unfilledAsWritten(text)) return true;
  if (text.length > MAX_WORDS_LENGTH) return false;
  // Set apart by quotes, brackets or a closing mark (`(TBD)`, `"TODO"`, `[TBD]`, `«TBD»`, `TBD?`, `TBD…`, `TBD:`), the
  // word is still all the value says, as placeholderReason reads it.
  const bare = stripSurrounding(text.replace(TRAILING_ELLIPSIS, ''));
  if (bare !== text && bare !== '' && isUnfilledWord(bare)) return true;
  if (escapedReadings(text).some(unfilledAsWritten)) return true;
  return !PRINTABLE_ASCII.test(text) && unfilledAsWritten(lookalikeSkeleton(removeInvisible(text)));
}
const TRAILING_ELLIPSIS = /[\u2026\s]+$/u;
/** One reading of {@link isUnfilledWord}: its visible form, lower-cased, white space runs as one space. */
const unfilledAsWritten = (text: string): boolean => UNFILLED_WORDS.has(caselessVisibleForm(text.normalize('NFKC')).replace(/\s+/gu, ' ').replace(/[.!]$/u, ''));
/**
 * Kept apart from {@link PLACEHOLDER_WORDS} and `ID_PART_PLACEHOLDERS`: those hold words that say none or describe a state
 * (`none`, `null`, `missing`, `example`), which a report's failure text or a schema's `const` may mean; and `to do`,
 * `fill-me`, `to be filled` are no placeholders as a whole value (`To Do` is a tracker's column).
 */
const UNFILLED_WORDS: ReadonlySet<string> = new Set([
  'tbd', 'tba', 'tbc', 'todo', 'to do', 'fixme', 'xxx', 'changeme', 'change me', 'placeholder', 'fill me', 'fill-me', 'fill me in', 'fill in',
  'to be determined', 'to be filled', 'dummy', 'lorem ipsum',
]);

/**
 * Why `value` holds an unexpanded template variable (`${X}`, `$(…)`, `{{ x }}`, `%X%`, `@X@`, `<x>`,
 * `$X`, `__X__`) anywhere, or undefined. The narrower half of {@link placeholderReason}: for texts
 * (paths, globs, config values) where a placeholder *word* may be a real name but a template that
 * nobody expanded never is.
 */
export function templateReason(value: string): string | undefined {
  return templateIn(shown(value).normalize('NFKC').trim());
}

/**
 * Why `value`, standing for evidence (a digest, an artifact URI, a run id, a signature), is a stand-in for it rather than
 * the evidence: a word a producer writes for a value not computed yet or one it made up (`pending`, `fake`, `mock`,
 * `bogus`), alone or with words naming the kind of value it stands in for (`fake-digest`, `mock_model_uri`,
 * `pendingUpload`, `bogus-sha256-1`). Not in {@link placeholderReason}: `pending` is a tracker status and a test outcome
 * and `mock data` an issue's title, so only readers of evidence values ask this; and a word inside a value that names
 * more (`fake-news-detector.joblib`, `pending-review/model.bin`) is no stand-in.
 */
export function standInReason(value: string): string | undefined {
  const why = standInAsWritten(value);
  if (why !== undefined || value.length > MAX_WORDS_LENGTH) return why;
  // As a reader is shown it: through markup and escapes (`f&#97;ke-digest`, `<b>pending</b>`, `mock%2Dmodel%2Duri`), and
  // with look-alike letters read as the Latin ones (`fаke-digest` with a Cyrillic а, small capitals `ꜰᴀᴋᴇ`), as the
  // placeholder words are.
  for (const reading of escapedReadings(value)) {
    const shownWhy = standInAsWritten(reading);
    if (shownWhy !== undefined) return `${shownWhy}, behind markup or escapes`;
  }
  if (PRINTABLE_ASCII.test(value)) return undefined;
  const drawn = standInAsWritten(lookalikeSkeleton(removeInvisible(value)));
  return drawn === undefined ? undefined : `${drawn}, drawn with look-alike letters`;
}

/** {@link standInReason} of one reading, as written. */
function standInAsWritten(value: string): string | undefined {
  const specimen = specimenPlaceReason(value);
  if (specimen !== undefined) return specimen;
  // A URI's scheme and host (`s3://acme`) name where the store is, not what the value is: `s3://acme/fake/model.bin` is the
  // made-up file `fake/model.bin` in a real bucket.
  const place = value.trim().replace(URI_SCHEME_AND_HOST, '/');
  const folded = foldForComparison(place.replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')).replace(/stand[-_ ]?in/gu, 'standin');
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  if (words.length === 0 || words.length > 8) return undefined;
  // A phrase a producer writes where the value will go (`not-computed`, `digest-goes-here`, `to-be-attached`) is one stand-in word.
  const joined = words.join(' ');
  const rewritten = joined.replace(standInPhrases(), 'standin');
  const phrase = rewritten !== joined;
  const read = phrase ? rewritten.split(' ') : words;
  const standIn = read.find((w) => STAND_IN_WORDS.has(w));
  if (standIn === undefined) return read.length > 1 && !/[/\\]/u.test(place) ? kindNamedForValueReason(read) : undefined;
  if (read.length > 6) return undefined;
  // A path or a file name (`evidence/fake/attestation.json`) is a stand-in's only through a word that says so however it is
  // used (`fake`, `dummy`, `pending`): `temp/report.json`, `samples/sample.json` and `synthetic/dataset.csv` are real places.
  const named = /[/\\]/u.test(place) || read.some((w) => FILE_EXTENSIONS.has(w));
  if (named && read.every((w) => !STAND_IN_WORDS.has(w) || ALSO_NAME_REAL_PLACES.has(w))) return undefined;
  if (!read.every((w) => STAND_IN_WORDS.has(w) || STOOD_IN_FOR.has(w) || FILE_EXTENSIONS.has(w) || /^\d{1,4}$/u.test(w))) return undefined;
  if (phrase) return `a phrase standing where the value will go (${JSON.stringify(value.trim().slice(0, 60))})`;
  return read.length === 1 ? `the stand-in word "${standIn}"` : `a stand-in named as one ("${standIn}" with only the kind of value it stands for)`;
}

/** A URI's scheme and authority (`s3://acme-models`, `https://host:8443`, `file://`). */
const URI_SCHEME_AND_HOST = /^[a-z][a-z0-9+.-]{0,15}:\/\/[^/?#]*\/?/iu;

/**
 * A value that only names the kind of digest it should be (`sha256-of-model`, `model-digest`, `checksum`): a description of
 * the value where the value goes.
 */
function kindNamedForValueReason(read: readonly string[]): string | undefined {
  // Two kinds of digest named together are a tool's or a list's name (`md5-hash`, `sha256-checksum`), not a description.
  if (!read.every((w) => STOOD_IN_FOR.has(w)) || !read.some((w) => DIGEST_KINDS.has(w)) || read.every((w) => DIGEST_KINDS.has(w))) return undefined;
  return `the kind of value named where the value goes (${JSON.stringify(read.join(' '))})`;
}
const DIGEST_KINDS: ReadonlySet<string> = new Set(['digest', 'hash', 'sha', 'sha1', 'sha256', 'sha384', 'sha512', 'md5', 'checksum', 'crc', 'signature']);

/**
 * Places that documentation writes for "your place here", never a real one: the `path/to/…` of every README
 * (`s3://acme/path/to/model`, `file:///path/to/model`) and the specimen buckets of cloud docs (`s3://bucket/…`,
 * `my-bucket`, `example-bucket`, `your-bucket-name`, AWS's `DOC-EXAMPLE-BUCKET` and `amzn-s3-demo-bucket`).
 */
function specimenPlaceReason(value: string): string | undefined {
  const trimmed = value.trim();
  if (/(?:^|[/:])path\/to(?:\/|$)/iu.test(trimmed)) return 'a specimen place from documentation ("path/to/…")';
  const bucket = /^(?:s3|gs|az|abfss?|wasbs?|oss|cos|r2|minio):\/\/([^/?#]+)/iu.exec(trimmed)?.[1];
  if (bucket !== undefined && SPECIMEN_BUCKET.test(bucket)) return `a specimen bucket from documentation (${JSON.stringify(bucket)})`;
  return undefined;
}
const SPECIMEN_BUCKET = /^(?:(?:my|your|some|example|sample|the|doc[-_]?example|amzn[-_]s3[-_]demo)[-_]?)?bucket(?:[-_]?name)?$|^doc[-_]example[-_]bucket/iu;

/**
 * Phrases standing where a value will go: a negated or future participle (`not computed`, `not yet signed`, `to be attached`),
 * `none yet`, `goes here`, `replace me (with)`, `insert … here`.
 */
const standInPhrases = lazy(() => {
  const done = [
    'computed', 'calculated', 'generated', 'attached', 'uploaded', 'signed', 'set', 'filled', 'known', 'available', 'added', 'provided', 'determined',
    'recorded', 'published', 'built', 'created', 'produced', 'pushed', 'collected', 'measured', 'supplied', 'found', 'hashed', 'stored', 'linked', 'assigned',
  ].join('|');
  return new RegExp(
    String.raw`\b(?:(?:not|never)(?: yet)?(?: been)?|to be|yet to be) (?:${done})(?: yet)?\b|\b(?:${done}) (?:later|afterwards|soon)\b|\b(?:filled|${done})(?: in)? by (?:the )?(?:ci|pipeline|build|release|script|bot)\b` +
      String.raw`|\bto follow\b|\bnone yet\b|\bgoes here\b|\breplace (?:me|this)(?: with)?\b|\binsert(?: \S+){0,2} here\b|\bsee (?:the )?(?:ci|build|job|pipeline|run|release)?(?: logs?| output| artifacts?)\b` +
      String.raw`|\bsame as (?:before|above|last(?: time| run| release| build)?|previous(?: run| release| build)?)\b|\ben attente\b|\bin attesa\b|\b(?:a|por) (?:definir|determinar)\b|\bà (?:venir|définir)\b|\bnoch offen\b`,
    'gu',
  );
});
/** Words a producer writes for evidence it has not computed yet, or made up to fill the field. */
const STAND_IN_WORDS: ReadonlySet<string> = new Set([
  'pending', 'fake', 'faked', 'mock', 'mocked', 'bogus', 'sham', 'standin', 'uncomputed', 'dummy', 'stub', 'stubbed', 'placeholder', 'tbd', 'todo',
  'sample', 'simulated', 'synthetic', 'temp', 'awaiting', 'unavailable', 'example', 'pendiente', 'pendente', 'ausstehend',
]);
/** Stand-in words that also name real folders and files (`temp/`, `sample.json`): alone they make no path or file name a stand-in. */
const ALSO_NAME_REAL_PLACES: ReadonlySet<string> = new Set(['sample', 'simulated', 'synthetic', 'temp', 'tbd', 'todo', 'example', 'unavailable', 'awaiting']);
/** Extensions of the files evidence is kept in, read as words of a name (`fake-report.json`). */
const FILE_EXTENSIONS: ReadonlySet<string> = new Set(['json', 'jsonl', 'yaml', 'yml', 'txt', 'bin', 'sig', 'pem', 'html', 'xml', 'log', 'md', 'gz', 'tar', 'tgz', 'zip', 'sarif', 'pdf', 'csv', 'joblib', 'pkl', 'onnx', 'intoto', 'sbom', 'spdx', 'cdx']);
/** Words naming the kind of value a stand-in stands for (`fake-digest`, `mock-uri`, `pending-upload`). */
const STOOD_IN_FOR: ReadonlySet<string> = new Set([
  'digest', 'hash', 'sha', 'sha1', 'sha256', 'sha384', 'sha512', 'md5', 'checksum', 'crc', 'uri', 'url', 'path', 'file', 'id', 'value', 'model', 'artifact',
  'signature', 'sig', 'key', 'token', 'commit', 'version', 'run', 'build', 'upload', 'image', 'ref', 'data', 'evidence', 'attestation', 'provenance', 'blob',
  'object', 'location', 'link', 'output', 'result', 'report', 'release', 'package', 'binary', 'dataset', 'weights', 'for', 'of', 'the', 'a',
]);

/**
 * Why `value`, used as an id (run id, correlation id, any value that names one run or artifact), is
 * degenerate though not a placeholder word: zero in any spelling (`0`, `000`, `-0`, `0.0`), a
 * negative number (`-1`, the "not found" sentinel), a stringified boolean, NaN or infinity, or one written with markup.
 * Such ids are what a producer writes when its counter or lookup failed, and a one-digit id is
 * contained in almost any correlation id, so lineage through it proves nothing.
 */
export function degenerateIdReason(value: string): string | undefined {
  const why = degenerateAsWritten(value);
  if (why !== undefined) return why;
  if (ID_MARKUP.test(value)) return 'markup or a character reference: what a reader is shown is not the text compared';
  // `*0*`, `` `GITHUB_RUN_ID` ``, `**false**`: Markdown that draws a degenerate id.
  for (const reading of [...escapedReadings(value), ...undrawnSourceReadings(value)]) {
    const shownWhy = degenerateAsWritten(reading);
    if (shownWhy !== undefined) return `${shownWhy}, behind markup or escapes`;
  }
  return undefined;
}

function degenerateAsWritten(value: string): string | undefined {
  const folded = stripSurrounding(foldForComparison(value));
  if (/^[+-]?(?:(?:0+(?:\.0*)?|\.0+)(?:e[+-]?\d+)?|0[xbo]0+)$/u.test(folded)) return 'zero, the value of a counter that never ran';
  if (/^\[object [A-Za-z]*\]$/u.test(value.trim())) return 'a stringified object, not an id';
  if (/^-\d+(?:\.\d+)?$/u.test(folded)) return 'a negative number, a "not found" sentinel';
  if (/^[+-]?(?:true|false|nan|infinity|inf)$/u.test(folded)) return `${JSON.stringify(folded)}, not an id`;
  if (/^0+(?:[-_./:]0+)+$/u.test(folded)) return 'zeros joined, the values of counters that never ran';
  if (ZERO_TIME_IN_ID.test(folded)) return 'the epoch as a run start, what an unset clock prints';
  if (VARIABLE_NAME_AS_ID.test(value.trim())) return 'the name of a variable or field, not its value';
  return undefined;
}

/** The epoch (or Go's zero time) as a timestamp inside an id, compact or extended: `ci-19700101T000000Z-4411`. */
const ZERO_TIME_IN_ID = /(?<![0-9])(?:1970-?01-?01|0001-?01-?01|0000-?00-?00)t00:?00:?00(?:\.0+)?(?:z|[+-]00:?00)?(?![0-9])/u;
/**
 * What a pipeline writes when it quoted a variable's name instead of expanding it: a CI variable (`GITHUB_RUN_ID`,
 * `CI_PIPELINE_ID`), an expression context (`github.run_id`, `env.RUN_ID`), or the field's own name (`run_id`).
 */
const VARIABLE_NAME_AS_ID = new RegExp(
  String.raw`^(?:(?:GITHUB|GITLAB|CI|CIRCLE|BUILDKITE|BITBUCKET|TRAVIS|DRONE|JENKINS|BUILD|SYSTEM|CODEBUILD|SEMAPHORE|RUNNER|GIT)_(?:[A-Z0-9]+_)*(?:[A-Z0-9]*ID|IID|SHA1?|NUMBER|ATTEMPT|COMMIT|TAG|REF)` +
    String.raw`|(?:github|env|vars|steps|needs|inputs|matrix|runner|job|secrets)\.[A-Za-z_][A-Za-z0-9_.-]*` +
    String.raw`|(?:run|correlation|commit|git|build|job|pipeline|workflow)[_-]?(?:id|sha|number|run_id)|(?:RUN|CORRELATION|COMMIT|GIT|BUILD|JOB|PIPELINE|WORKFLOW)_?(?:ID|SHA|NUMBER))$`,
  'u',
);

/** An HTML tag or character reference inside an id (`<b>ci-12</b>`, `ci&#45;12`): no producer writes an id that way. */
const ID_MARKUP = /<\/?[A-Za-z][^<>]*>|&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/u;

/**
 * The one check for a value used as an id: why it is not one (blank, a placeholder, or degenerate as
 * in {@link degenerateIdReason}), or undefined when it can name a run.
 */
export function idReason(value: string): string | undefined {
  if (isBlank(value)) return 'blank';
  return placeholderReason(value) ?? degenerateIdReason(value);
}

/** A letter, a digit, or a mark drawn onto one (`2\u0301`): each runs a token on. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Characters that show nothing between two others (ZWSP, word joiner, soft hyphen, variation selectors, tags). */
/** Markdown's emphasis and code delimiters (`ci-12*3*` shows `ci-123`) are drawn as nothing too. */
const UNSEEN_RUN_END = /[\p{Default_Ignorable_Code_Point}\p{Cf}*`]+$/u;
const UNSEEN_RUN_START = /^[\p{Default_Ignorable_Code_Point}\p{Cf}*`]+/u;

/** The character a reader sees just before `text[at]` and just from `text[end]`, invisible ones skipped. */
function shownNeighbours(text: string, at: number, end: number): [string | undefined, string | undefined] {
  const before = [...text.slice(Math.max(0, at - 64), at).replace(UNSEEN_RUN_END, '')].pop();
  const after = [...text.slice(end, end + 64).replace(UNSEEN_RUN_START, '')][0];
  return [before, after];
}

/**
 * True when `id` occurs in `text` as a whole token: not run on into a letter or digit at either end. A correlation id
 * "contains" its run id `ci-12` when it reads `bd-7-ci-12` or `ci-12.shard`, not when it reads `bd-7-ci-123` (the id of
 * another run) — a bare substring test lets one run's artifact vouch for any run whose id extends it. The ends are
 * judged as a reader sees them: `ci-12\u200b3` shows `ci-123`, and `ci-12\u0301` another digit.
 */
export function containsId(text: string, id: string): boolean {
  if (id === '') return false;
  const joinsBefore = WORD_CHAR.test([...id][0] as string);
  const joinsAfter = WORD_CHAR.test([...id].pop() as string);
  for (let at = text.indexOf(id); at !== -1; at = text.indexOf(id, at + 1)) {
    const [before, after] = shownNeighbours(text, at, at + id.length);
    if ((before === undefined || !joinsBefore || !WORD_CHAR.test(before)) && (after === undefined || !joinsAfter || !WORD_CHAR.test(after))) return true;
  }
  return false;
}

/**
 * What is wrong with a required text, as a phrase that follows the value in a message (`is blank`,
 * `is a placeholder (the placeholder word "todo")`), or undefined when it carries content. The one
 * wording every reader of a required status, id or detail uses, so all of them refuse the same values.
 */
export function contentProblem(value: string): string | undefined {
  if (isBlank(value)) return 'is blank';
  const why = placeholderReason(value);
  return why === undefined ? undefined : `is a placeholder (${why})`;
}

/**
 * {@link contentProblem} of a value that stands where a count of items belongs (a total, a passed count, a denominator):
 * also the spellings of a slot or a number not yet known that are words or names elsewhere, and so are read only where a
 * count is due (red team xc, session 43): a name in brackets of any case, as a template or a mail merge writes it
 * (`[total]`, `«total»`, `‹total›`, `【total】`, `〔total〕`, in full width too); letters standing for a number, alone
 * (`X`, `XX`, `XXX`, `N`, `NN`, `n`: a mask or a variable's letter, never a count); and `pending` (a count not known yet;
 * Mocha's `pending: 0` is a number and never read here). In prose these are words (`[skip ci]`, «oui», a status of
 * `pending`), so {@link placeholderReason} leaves them alone.
 */
export function countContentProblem(value: string): string | undefined {
  const general = contentProblem(value);
  if (general !== undefined || value.length > 80) return general;
  const trimmed = shown(value).normalize('NFKC').trim();
  if (BRACKETED_NAME.test(trimmed)) return `is a placeholder (a name in brackets where a count belongs, ${JSON.stringify(trimmed)}: a template's or a mail merge's slot, never filled in)`;
  if (NUMBER_LETTERS.test(trimmed)) return `is a placeholder (${JSON.stringify(trimmed)}, letters standing for a number, never the number)`;
  if (/^pending$/iu.test(trimmed)) return 'is a placeholder ("pending": a count not known yet)';
  return undefined;
}
/** A name alone in a pair of brackets a slot is written in: square (any case), guillemets, lenticular and tortoise shell. */
const BRACKETED_NAME = /^(?:\[\s*\p{L}[\p{L}\p{N}_ .-]{0,40}\]|«\s*\p{L}[\p{L}\p{N}_ .-]{0,40}»|‹\s*\p{L}[\p{L}\p{N}_ .-]{0,40}›|【\s*\p{L}[\p{L}\p{N}_ .-]{0,40}】|〔\s*\p{L}[\p{L}\p{N}_ .-]{0,40}〕)$/u;
/** A mask or a variable's letter alone where a number belongs. */
const NUMBER_LETTERS = /^(?:[Xx]{1,6}|N{1,4}|n|[#?]{1,6})$/u;
