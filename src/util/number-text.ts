/**
 * A number written as text, as a reader is shown it: the one reader the gates share for a count or amount a producer
 * wrote as a string (`"8"`, `"３"`, `"3\u200b"`, `"<b>3</b>"`, `"&#51;"`, `"**3**"`, `"٣"`, `"0x3"`, `"1,204"`). What a
 * report shows as a number is that number, whatever the bytes: a rule on numbers a text dodges by its spelling is a
 * rule not applied (red team zh).
 */
import { lazy } from './lazy.js';
import { asciiDigits, escapedReadings, removeInvisible, withoutMarks } from './text-classes.js';

/** A number in the plain spelling JavaScript and JSON read (`3`, `+3`, `3.0`, `.5`, `1e2`). */
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/iu;
/** Digits grouped by thousands, as a report printed for people writes them (`1,204`, `1_204`, `1 204`, `1'204`). */
const GROUPED = /^\+?\d{1,3}(?:([,_' \u00a0\u202f])\d{3})(?:\1\d{3})*$/u;
/** A whole number in the bases a program prints (`0x1f`, `0o17`, `0b11`). */
const PREFIXED = /^\+?0(?:x[0-9a-f]+|o[0-7]+|b[01]+)$/iu;
/**
 * A Roman numeral of two letters or more up to 39 (`II`, `IV`, `XII`), as a count may be written (a number form `Ⅲ` reads
 * as `III`); a lone `I`, `V` or `X` is a word or a placeholder, and so is a run of X (`XX`, `XXX`). Not L, C, D or M:
 * sizes and codes (`XL`, `CD`, `MD`) are words a reader never takes for a count.
 */
export const UPPER_ROMAN = /^(?=[IVX]{2})(?!X+$)X{0,3}(?:IX|IV|V?I{0,3})$/u;
/**
 * A number with the word of what it counts after it (`3 tests`, `2 failed cases`): one or two short words, no more (a
 * sentence in a script written without spaces is one long word: `2 つの別個のインポート宣言に分割する` counts nothing).
 */
const WITH_NOUN = /^([+-]?(?:\d+\.?\d*|\.\d+))\s+\p{L}[\p{L}'’-]{0,15}(?:\s+\p{L}[\p{L}'’-]{0,15})?$/u;
/** Backslash escapes a text may carry unread (`\u0033`, `\x33`): a JSON string written twice. */
const BACKSLASH_ESCAPE = /\\(?:u\{([0-9a-f]{1,6})\}|u([0-9a-f]{4})|x([0-9a-f]{2}))/giu;

/** Texts longer than this are no number written as text (a sentence, a log). */
const MAX_NUMBER_TEXT = 64;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/u;
const HAS_DIGIT = /[0-9]/u;
const MAY_ESCAPE = /[&<*_`~%\\]/u;

export interface NumberTextOptions {
  /**
   * Also read spellings that name a number only where a number is expected: Roman numerals (`III`) and a number with
   * the word of what it counts (`3 tests`). For places that take a number or a text (a schema's `[integer, string]`),
   * not for names and labels a report writes in words.
   */
  readonly wordy?: boolean;
}

/** The number `text` shows a reader, or undefined when it shows none. */
export function numberWrittenAsText(text: string, options: NumberTextOptions = {}): number | undefined {
  if (text.length > MAX_NUMBER_TEXT) return undefined;
  const plain = PRINTABLE_ASCII.test(text);
  // Most texts are words or ids in plain ASCII: without a digit, markup or escape, only a Roman numeral may be one.
  if (plain && !HAS_DIGIT.test(text) && !MAY_ESCAPE.test(text)) return options.wordy === true ? romanNumeral(text.trim()) : undefined;
  const direct = numberOfShownText(text, options);
  if (direct !== undefined || (plain && !MAY_ESCAPE.test(text))) return direct;
  for (const reading of [...escapedReadings(text), ...backslashReadings(text)]) {
    const number = numberOfShownText(reading, options);
    if (number !== undefined) return number;
  }
  return undefined;
}

/**
 * The number of one reading of a text once invisible characters, width, other scripts' digits and combining marks are
 * read through: a mark over a digit (`2\u0301`, the keycap `2\ufe0f\u20e3`) leaves the digit a reader sees (red team yg).
 */
function numberOfShownText(text: string, options: NumberTextOptions): number | undefined {
  const shown = (PRINTABLE_ASCII.test(text) ? text : withoutMarks(asciiDigits(removeInvisible(text).normalize('NFKC')))).trim();
  if (PLAIN_NUMBER.test(shown)) return plainValue(shown);
  if (GROUPED.test(shown)) return Number(shown.replace(/[^0-9+]/gu, ''));
  if (PREFIXED.test(shown)) return Number(shown.replace(/^\+/u, ''));
  if (options.wordy !== true) return undefined;
  const counted = WITH_NOUN.exec(shown);
  if (counted !== null) return Number(counted[1]);
  return romanNumeral(shown);
}

/**
 * The value of a plain spelling, where an exponent too small for a double (`1e-400`) still shows a number above zero, not
 * zero: such a count under a bound of 0 must not read as 0 (red team yg).
 */
function plainValue(shown: string): number {
  const value = Number(shown);
  if (value !== 0 || !/[1-9]/u.test(shown.split(/e/iu)[0] ?? '')) return value;
  return shown.startsWith('-') ? -Number.MIN_VALUE : Number.MIN_VALUE;
}

function romanNumeral(text: string): number | undefined {
  return text.length <= 8 && UPPER_ROMAN.test(text) ? romanValue(text) : undefined;
}

const ROMAN_DIGITS: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };
/** The value of a numeral of I, V and X (`XIV` → 14). */
export function romanValue(numeral: string): number {
  let value = 0;
  for (let i = 0; i < numeral.length; i++) {
    const digit = ROMAN_DIGITS[numeral[i] as string] ?? 0;
    value += digit < (ROMAN_DIGITS[numeral[i + 1] as string] ?? 0) ? -digit : digit;
  }
  return value;
}

/** `text` with backslash escapes decoded, when it has any. */
export function backslashReadings(text: string): string[] {
  if (!text.includes('\\')) return [];
  const decoded = text.replace(BACKSLASH_ESCAPE, (whole, braced: string | undefined, four: string | undefined, two: string | undefined) => {
    const code = Number.parseInt(braced ?? four ?? two ?? '', 16);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
  return decoded === text ? [] : [decoded];
}

/**
 * A number written as text with a remark in brackets after it (`"0 (of 12)"`, `"3 (flaky)"`, `"0 (2 failed)"`): the
 * number and the remark, for a reader that weighs what the remark says beside the number (red team yg). Undefined for
 * any other text.
 */
export function numberWithRemark(text: string): { number: number; remark: string } | undefined {
  if (text.length > MAX_NUMBER_TEXT + 40) return undefined;
  // Every string of a document under a schema comes here: printable ASCII is its own NFKC form, and without a bracket
  // it holds no remark.
  const plain = PRINTABLE_ASCII.test(text);
  if (plain && !ASCII_BRACKET.test(text)) return undefined;
  const m = NUMBER_THEN_REMARK.exec(plain ? text : text.normalize('NFKC'));
  if (m === null) return undefined;
  const number = numberWrittenAsText(m[1] as string);
  return number === undefined ? undefined : { number, remark: (m[2] ?? m[3] ?? m[4] ?? m[5]) as string };
}
const ASCII_BRACKET = /[([{]/u;
const NUMBER_THEN_REMARK = /^\s*([^\s()[\]{}][^()[\]{}]{0,30}?)\s*(?:\(([^()]{1,60})\)|\[([^[\]]{1,60})\]|\{([^{}]{1,60})\}|\u3010([^\u3010\u3011]{1,60})\u3011)\s*$/u;


/**
 * What a count's value written as text reads as, in the one grammar every reader of a count shares (red team zl, session
 * 45): a whole number (`"12"`, `"１２"`, `"<b>12</b>"`) alone or with the words of what it counts and a remark in
 * brackets after it (`"12 tests"`, `"10 (unit)"`, `"3 flaky tests (quarantined)"`), a fraction (`"8 of 10"`, `"8/10"`,
 * `"8 out of 10"`, `"8 (of 10)"`), something else than a count (`other`: a measure of time, size or share, `"12s"`,
 * `"1.5 ms"`, `"87%"`, `"4KB"`; to a caller, a list or an object of other members),
 * no number at all (`"abc"`, a name), or a text that opens as a number and goes on as none of these (`"12abc"`,
 * `"12+"`, `"1.2.3"`, `"10 tests, 2 failed"`): unreadable, so no reader may take it for the number it opens with, nor
 * for no count. Number words (`"twelve"`) are the caller's, which holds their vocabulary.
 */
export type CountReading =
  | { readonly kind: 'count'; readonly count: number; readonly unit?: string }
  | { readonly kind: 'fraction'; readonly part: number; readonly whole: number; readonly unit?: string; readonly wholeUpTo?: number }
  | { readonly kind: 'other' }
  | { readonly kind: 'noCount' }
  | { readonly kind: 'unreadable' };

/** Texts longer than this are no count's value (a sentence, a log): read as holding no count. */
const MAX_COUNT_TEXT = 120;
/** A whole number as a count is written: plain or grouped by thousands (`1,204`, `1_204`, `1'204`). */
const WHOLE = String.raw`(\d{1,3}(?:[,_']\d{3})+|\d+)`;
/**
 * Up to four words of what a count counts (`tests`, `unit tests`, `test cases run`, `Testfälle`): short words of letters
 * only, so a printed summary (`10 tests, 2 failed`, `12 passed 2 failed`) is no count's words.
 */
const UNIT_WORDS = String.raw`(\p{L}[\p{L}\p{M}'’-]{0,23}(?:\s\p{L}[\p{L}\p{M}'’-]{0,23}){0,3})`;
/** A remark in brackets after a count (`(unit)`, `[flaky]`, `{none ran}`), once NFKC has made full-width brackets ASCII. */
const REMARK = String.raw`(?:\([^()]{0,60}\)|\[[^[\]]{0,60}\]|\{[^{}]{0,60}\}|\u3010[^\u3010\u3011]{0,60}\u3011)`;
/**
 * What joins a fraction's part to its whole: a slash (also the fraction and division slashes NFKC keeps, `12⁄12`,
 * `12∕12`), or the word a language writes (`of`, `out of`, `from`, `von`, `de`, `sur`, `di`, `van`, `av`, `z`, `из`)
 * (red team rm: `"12 von 12"` was unreadable, a false wrong_type).
 */
const FRACTION_JOIN = String.raw`(?:\s*[/\u2044\u2215]\s*|\s+(?:of|out\s+of|from|von|aus|de|sur|sobre|di|su|van|av|af|z|ze|из|от)\s+)`;
/** A check mark written before or after a count (`"12 ✓"`, `"✓ 12"`): decoration, no part of the number. */
const CHECK_MARK_AROUND = /^[\u2713\u2714\u2611\u2705]\s*|\s*[\u2713\u2714\u2611\u2705]$/gu;
/** The count grammar's expressions, built at first use (nothing is built at start-up). */
const COUNT_GRAMMAR = lazy(() => ({
  withWords: new RegExp(String.raw`^${WHOLE}(?:\s+${UNIT_WORDS})?(?:\s*${REMARK})?$`, 'u'),
  fraction: new RegExp(String.raw`^${WHOLE}${FRACTION_JOIN}${WHOLE}(?:\s+${UNIT_WORDS})?(?:\s*${REMARK})?$`, 'u'),
  /** A fraction whose whole is said in the remark (`8 (of 10)`, `8 [out of 10 tests]`). */
  wholeInRemark: new RegExp(String.raw`^${WHOLE}(?:\s+${UNIT_WORDS})?\s*[([{]\s*(?:of|out\s+of|/)\s*${WHOLE}(?:\s+\p{L}[\p{L}\p{M}'’-]{0,23})?\s*[)\]}]$`, 'u'),
  /** A fraction whose whole is said in the remark as a total (`8 (10 total)`, `8 [total: 10]`, `8 (10 in all)`). */
  totalInRemark: new RegExp(String.raw`^${WHOLE}(?:\s+${UNIT_WORDS})?\s*[([{]\s*(?:${WHOLE}(?:\s+\p{L}[\p{L}\p{M}'’-]{0,23})?\s+(?:total|in\s+total|in\s+all|overall|all\s+told)|(?:total|overall)\s*[:=]?\s*${WHOLE})\s*[)\]}]$`, 'u'),
  /** A count with the share of the whole it is in the remark (`8 (80%)`, `8 tests [80.0 %]`, `8 (80 percent)`). */
  shareInRemark: new RegExp(String.raw`^${WHOLE}(?:\s+${UNIT_WORDS})?\s*[([{]\s*(\d{1,3}(?:[.,]\d{1,6})?)\s*(?:%|percent|pct)\s*[)\]}]$`, 'u'),
  /** A fraction with either side in words (`eight of ten`, `8 out of ten`): the sides, for a caller that reads number words. */
  sidesInWords: new RegExp(String.raw`^(\d+|\p{L}[\p{L}-]{1,23})${FRACTION_JOIN}(\d+|\p{L}[\p{L}-]{1,23})(?:\s+${UNIT_WORDS})?$`, 'u'),
}));
/**
 * A measure of time, size or share, not of items (`12s`, `1.5 ms`, `3 min ago`, `87%`, `4KB`, `2k`: a magnitude is no
 * count its readers agree on): a number and a unit, whatever follows the unit.
 */
const MEASURE = /^\d+(?:[.,]\d+)?\s*(?:ns|µs|μs|us|ms|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|%|percent|b|bytes?|[kmgt]i?b?)(?!\p{L})/u;
const OPENS_WITH_A_DIGIT = /^[^\p{L}\p{N}]{0,3}\p{N}/u;

/** The count a text writes, read as {@link CountReading} says. */
export function countWrittenAsText(text: string): CountReading {
  if (text.length > MAX_COUNT_TEXT) return { kind: 'noCount' };
  const number = numberWrittenAsText(text);
  if (number !== undefined) return Number.isInteger(number) && number >= 0 ? { kind: 'count', count: number } : { kind: 'unreadable' };
  const shown = withoutMarks(asciiDigits(removeInvisible(text).normalize('NFKC'))).trim().toLowerCase().replace(/\s+/gu, ' ').replace(CHECK_MARK_AROUND, '');
  if (!HAS_DIGIT.test(shown)) return { kind: 'noCount' };
  if (MEASURE.test(shown)) return { kind: 'other' };
  const grammar = COUNT_GRAMMAR();
  const fraction = grammar.fraction.exec(shown);
  if (fraction !== null) return fractionRead(fraction[1] as string, fraction[2] as string, fraction[3]);
  const remarked = grammar.wholeInRemark.exec(shown);
  if (remarked !== null) return fractionRead(remarked[1] as string, remarked[3] as string, remarked[2]);
  // A whole told as a total or a share in the remark is the whole of the fraction the count is (red team rm, session 46):
  // `"8 (10 total)"` and `"8 (80%)"` say 8 of 10, as `"8 (of 10)"` does.
  const totalled = grammar.totalInRemark.exec(shown);
  if (totalled !== null) return fractionRead(totalled[1] as string, (totalled[3] ?? totalled[4]) as string, totalled[2]);
  const shared = grammar.shareInRemark.exec(shown);
  if (shared !== null) return wholeOfAShare(wholeNumber(shared[1] as string), shared[3] as string, shared[2]);
  const counted = grammar.withWords.exec(shown);
  if (counted !== null) return { kind: 'count', count: wholeNumber(counted[1] as string), ...(counted[2] !== undefined ? { unit: counted[2] } : {}) };
  return OPENS_WITH_A_DIGIT.test(shown) ? { kind: 'unreadable' } : { kind: 'noCount' };
}
/**
 * The fraction a count and its share of the whole say (`8 (80%)`: 8 of 10). A share is rounded as it is printed, so the
 * whole is any whole number the share rounds from: one such whole is the fraction's; none (`10 (80%)`: 12.5) leaves the
 * whole no count can be, which no total equals and which the part falls short of; several (`1000 (99%)`: 1005 to 1015)
 * are the least as `whole` and the most as `wholeUpTo`, so a total among them is borne out and a part with no other
 * outcome beside it still falls short. A part above 0 printed as 0% (of a whole too large to print) is read alone, and a
 * part of 0 is 0% of any whole: another share beside it is no count.
 */
function wholeOfAShare(part: number, share: string, unit: string | undefined): CountReading {
  const percent = Number(share.replace(',', '.'));
  const half = 0.5 * 10 ** -(share.split(/[.,]/u)[1]?.length ?? 0);
  const withUnit = unit !== undefined ? { unit } : {};
  if (part === 0) return percent === 0 ? { kind: 'count', count: 0, ...withUnit } : { kind: 'unreadable' };
  // A whole is never below its part (`1000 (100%)` rounds from 996 to 1005, of which only 1000 to 1005 hold 1000).
  const low = Math.max(part, Math.ceil((part * 100) / (percent + half) - 1e-9));
  const high = Math.floor((part * 100) / Math.max(percent - half, Number.MIN_VALUE) + 1e-9);
  if (low === high) return { kind: 'fraction', part, whole: low, ...withUnit };
  if (low > high) return { kind: 'fraction', part, whole: (part * 100) / percent, ...withUnit };
  return Number.isFinite(high) && percent > 0 ? { kind: 'fraction', part, whole: low, wholeUpTo: high, ...withUnit } : { kind: 'count', count: part, ...withUnit };
}
/**
 * The two sides of a fraction when either is written as a word (`"eight of ten"`, `"8 out of ten"`), as the text is shown
 * a reader, with the words of what it counts: for a caller that holds the number words. Undefined for any other text.
 */
export function fractionSidesInWords(text: string): { part: string; whole: string; unit?: string } | undefined {
  if (text.length > MAX_COUNT_TEXT) return undefined;
  const shown = withoutMarks(asciiDigits(removeInvisible(text).normalize('NFKC'))).trim().toLowerCase().replace(/\s+/gu, ' ');
  const m = COUNT_GRAMMAR().sidesInWords.exec(shown);
  if (m === null || (HAS_DIGIT.test(m[1] as string) && HAS_DIGIT.test(m[2] as string))) return undefined;
  return { part: m[1] as string, whole: m[2] as string, ...(m[3] !== undefined ? { unit: m[3] } : {}) };
}
const fractionRead = (part: string, whole: string, unit: string | undefined): CountReading => ({ kind: 'fraction', part: wholeNumber(part), whole: wholeNumber(whole), ...(unit !== undefined ? { unit } : {}) });
const wholeNumber = (digits: string): number => Number(digits.replace(/\D/gu, ''));
