/**
 * The counts a line of prose writes, in every notation a reader reads as a number: plain digits (`2048`, `02048`,
 * `2048.0`), digits grouped by thousands (`2,048`, `2 048`, `2'048`, `2_048`), a magnitude suffix (`4k`, `1.5M`,
 * `4Ki`), a power (`2^12`, `2**12`, `1e3`), a program's bases (`0x1000`, `0o10000`, `0b1…`) and English number words
 * (`four thousand ninety-six`, `two thousand and forty-eight`, `1.5 million`). A rule comparing a count a text writes
 * with another one compares what a reader reads, not the characters: a count it could not read is a count the rule
 * skipped (review rv1, red team ckb: a waiver at `4k items` or `four thousand ninety-six items` covered a blocker at
 * 2048 items).
 *
 * The input is a text as a comparison reads it already: NFKC (full-width digits are ASCII), lower case. Digits of
 * other scripts (`٢٠٤٨`) and marks drawn over digits (`2\u20e3`) are read here.
 */
import { asciiDigits } from './text-classes.js';
import { lazy } from './lazy.js';
import { OTHER_LANGUAGE_NUMBER_JOINS, OTHER_LANGUAGE_NUMBER_WORDS, OTHER_LANGUAGE_NUMBER_WORDS_ALSO_PROSE } from '../sdk/status-vocabulary.js';

/**
 * Every value a reader may take a count spelt so for, fewest first; one value for a spelling every reader reads alike.
 * A magnitude suffix has two (`2k` is 2000 to most readers, 2048 to one sizing a queue or a buffer; `Ki` is 1024 only),
 * so do a leading zero before octal digits (`010`: ten, or eight to a C programmer) and one group after a full stop
 * (`2.048`: two and a bit, or 2048 written the German way).
 */
export type CountReadings = readonly number[];

/**
 * `text` with each count it writes replaced by what `mark` makes of its readings, set apart by spaces; the rest kept
 * as written. A count inside a name (`x86_64`, `qjs-regexp-1`'s `1` stays where a name reader finds it) or a date
 * (`2026-03-18`) is left alone.
 */
export function replaceCounts(text: string, mark: (readings: CountReadings, unread?: string) => string): string {
  const shown = asciiDigits(text).replace(MARK_ON_DIGIT, '$1');
  const read = shown.replace(COUNT_SPELLING, (whole: string, ...rest: unknown[]) => {
    const words = (rest.at(-1) as { words?: string }).words;
    if (words !== undefined) return ` ${numbersInWords(words).map((n) => mark([n])).join(' ')} `;
    const readings = readingsOf(whole);
    return readings === undefined ? whole : ` ${mark(readings)} `;
  });
  return otherLanguageCounts(read, mark);
}

/**
 * Red team sw (closed session 40): counts in other languages' words. Han numerals (`四千九十六`, `二〇四八`) are read as
 * their number. A run of other languages' number words (`vier tausend sechsundneunzig`, `quatre mille quatre-vingt-seize`,
 * `cuatro mil noventa y seis`, `четыре тысячи девяносто шесть`) is a count whose number is not read here: `mark` is given
 * no reading and the run as written, squeezed (`viertausendsechsundneunzig`), so the same spelling is the same count and
 * any other is another (fail-closed: a waiver names a count as the report writes it).
 */
function otherLanguageCounts(text: string, mark: (readings: CountReadings, unread?: string) => string): string {
  const han = HAN_NUMERAL_HINT.test(text) ? text.replace(HAN_NUMERALS, (run) => ` ${mark([hanNumber(run)])} `) : text;
  return han.replace(WORD_RUN, (run) => {
    const parts = run.split(/([ -]+)/u);
    const kinds = parts.map((part, i) => (i % 2 === 1 ? 'gap' : numberWordKind(part)));
    let out = '';
    for (let i = 0; i < parts.length; ) {
      if (kinds[i] !== 'strong' && kinds[i] !== 'weak') {
        out += parts[i];
        i++;
        continue;
      }
      // A run: number words, joined by gaps and joining words, ending at a number word.
      let end = i;
      for (let j = i + 2; j < parts.length; j += 2) {
        if (kinds[j] === 'strong' || kinds[j] === 'weak') end = j;
        else if (kinds[j] !== 'join') break;
      }
      const words = parts.slice(i, end + 1).filter((_, k) => k % 2 === 0);
      const counted = words.filter((w) => numberWordKind(w) !== 'join');
      if (counted.some((w) => numberWordKind(w) === 'strong') || counted.length > 1) out += ` ${mark([], words.join(''))} `;
      else out += parts.slice(i, end + 1).join('');
      i = end + 1;
    }
    return out;
  });
}
const WORD_RUN = /(?<![\p{L}\p{N}_])\p{L}+(?:[ -]{1,4}\p{L}+)*(?![\p{L}\p{N}_])/gu;
const numberWords = lazy(() => ({
  stems: new Set(OTHER_LANGUAGE_NUMBER_WORDS),
  joins: new Set(OTHER_LANGUAGE_NUMBER_JOINS),
  prose: new Set(OTHER_LANGUAGE_NUMBER_WORDS_ALSO_PROSE),
  longest: Math.max(...OTHER_LANGUAGE_NUMBER_WORDS.map((w) => w.length)),
}));
/**
 * Whether a word is other languages' number words (a compound of their stems, `und`/`en`/`y` allowed inside:
 * `sechsundneunzig`): `strong` when one of its stems is no common word of prose, `weak` when all are (`ein`, `due`,
 * `once`), `join` for a joining word alone (`y`, `et`), else `none`.
 */
function numberWordKind(word: string): 'strong' | 'weak' | 'join' | 'none' {
  const { stems, joins, prose, longest } = numberWords();
  if (joins.has(word)) return 'join';
  if (word.length > 48) return 'none';
  // The stems of the longest cover found, reading left to right (a word is short: at most a few dozen steps).
  const cover: Array<string[] | undefined> = [[]];
  for (let end = 1; end <= word.length; end++) {
    for (let start = Math.max(0, end - longest); start < end && cover[end] === undefined; start++) {
      const piece = word.slice(start, end);
      const before = cover[start];
      if (before !== undefined && (stems.has(piece) || (start > 0 && end < word.length && INNER_JOINS.has(piece)))) cover[end] = [...before, piece];
    }
  }
  const found = cover[word.length];
  if (found === undefined || found.every((piece) => INNER_JOINS.has(piece))) return 'none';
  return found.some((piece) => stems.has(piece) && !prose.has(piece)) ? 'strong' : 'weak';
}
const INNER_JOINS: ReadonlySet<string> = new Set(['und', 'en', 'y', 'i', 'og']);
// Red team xw: the financial numerals (`肆仟零玖拾陆` is 4096), which cheques and invoices write so no stroke turns one
// number into another, are Han numerals too.
const HAN_NUMERAL_HINT = /[〇零一二三四五六七八九十百千万萬億亿两兩壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟]/u;
/** Two Han numerals or more in a row (one alone is often a word's: `一般`, or a surname's: `伍`, `陆`). */
const HAN_NUMERALS = /[〇零一二三四五六七八九十百千万萬億亿两兩壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟]{2,}/gu;
const HAN_DIGITS: Readonly<Record<string, number>> = {
  '〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
  '壹': 1, '贰': 2, '貳': 2, '叁': 3, '參': 3, '叄': 3, '肆': 4, '伍': 5, '陆': 6, '陸': 6, '柒': 7, '捌': 8, '玖': 9,
};
const HAN_UNITS: Readonly<Record<string, number>> = { '十': 10, '百': 100, '千': 1000, '拾': 10, '佰': 100, '仟': 1000 };
const HAN_SCALES: Readonly<Record<string, number>> = { '万': 1e4, '萬': 1e4, '億': 1e8, '亿': 1e8 };
/** The number Han numerals write: with units (`四千九十六`: 4096) or digit by digit (`二〇四八`: 2048). */
function hanNumber(run: string): number {
  const chars = [...run];
  if (chars.every((c) => HAN_DIGITS[c] !== undefined)) return Number(chars.map((c) => HAN_DIGITS[c]).join(''));
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of chars) {
    const d = HAN_DIGITS[c];
    const unit = HAN_UNITS[c];
    const scale = HAN_SCALES[c];
    if (d !== undefined) digit = d;
    else if (unit !== undefined) [section, digit] = [section + (digit === 0 ? 1 : digit) * unit, 0];
    else if (scale !== undefined) [total, section, digit] = [total + (section + digit) * scale, 0, 0];
  }
  return total + section + digit;
}

/**
 * Red team xw (closed session 41): Roman numerals written in capitals, four letters or more and well formed
 * (`MMXLVIII`, `MMMMXCVI`), as the digits they stand for. Read before a text is lower-cased, where their capitals tell
 * them from words; shorter ones (`CI`, `MIX`, `DIV`) are words of prose as often.
 */
export function romanNumeralsAsDigits(text: string): string {
  const drawn = ROMAN_DRAWN_OTHERWISE.test(text) ? text.replace(ROMAN_DRAWN_WORD, numeralAsDrawn) : text;
  if (!/[MDCLXVI]{4}/u.test(drawn)) return drawn;
  return drawn.replace(ROMAN_NUMERAL, (numeral) => ` ${romanValue(numeral)} `);
}

/**
 * Red team xd: a Roman numeral drawn otherwise than in Latin capitals is the numeral a reader sees: in Unicode's numeral
 * characters (`ⅯⅯⅯⅯⅩⅭⅥ`, `ⅿⅿⅿⅿⅹⅽⅵ`, `Ⅻ`: numerals whatever their length or case), in full width (`ＭＭＭＭＸＣＶＩ`) or with
 * Cyrillic or Greek capitals that look like its letters (`МММMХСVІ`). Left as written unless it reads as one numeral.
 */
function numeralAsDrawn(word: string): string {
  const letters = [...word].map((ch) => (/[\u2160-\u2188]/u.test(ch) ? ch.normalize('NFKC').toUpperCase() : (ROMAN_LOOK_ALIKES[ch] ?? ch.normalize('NFKC')))).join('');
  if (!ROMAN_WHOLE.test(letters)) return word;
  return /[\u2160-\u2188]/u.test(word) ? ` ${romanValue(letters)} ` : letters;
}
const ROMAN_LOOK_ALIKES: Readonly<Record<string, string>> = { 'М': 'M', 'С': 'C', 'Х': 'X', 'І': 'I', 'Ӏ': 'I', 'Μ': 'M', 'Χ': 'X', 'Ι': 'I', 'Ⲭ': 'X' };
const ROMAN_DRAWN_OTHERWISE = /[МСХІӀΜΧΙⲬ\u2160-\u2188\uff23\uff24\uff29\uff2c\uff2d\uff36\uff38]/u;
const ROMAN_DRAWN_WORD = /(?<![\p{L}\p{N}_./-])[MDCLXVIМСХІӀΜΧΙⲬ\u2160-\u2188\uff23\uff24\uff29\uff2c\uff2d\uff36\uff38]+(?![\p{L}\p{N}_./-])/gu;
const ROMAN_WHOLE = /^(?=[MDCLXVI])M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;

/**
 * Red team xd: the value of one word that is a Roman numeral in small letters, four letters or more (`mmmmxcvi`), or
 * undefined. Read only where a count stands (a blocker's count's place): in prose, small letters are words as often.
 */
export function smallRomanNumeralValue(word: string): number | undefined {
  if (word.length < 4 || !/^[mdclxvi]+$/u.test(word)) return undefined;
  const capitals = word.toUpperCase();
  return ROMAN_WHOLE.test(capitals) ? romanValue(capitals) : undefined;
}
/** A numeral of its own: not part of a name (`test-MMXV`, `MMXX.log`). */
const ROMAN_NUMERAL = /(?<![\p{L}\p{N}_./-])(?=[MDCLXVI]{4,}(?![\p{L}\p{N}_./-]))M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![\p{L}\p{N}_./-])/gu;
const ROMAN_VALUES: Readonly<Record<string, number>> = { M: 1000, D: 500, C: 100, L: 50, X: 10, V: 5, I: 1 };
function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const v = ROMAN_VALUES[numeral[i] as string] as number;
    const next = ROMAN_VALUES[numeral[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** The readings of one count spelt in digits (not words), or undefined when it is none. */
export function readingsOf(spelling: string): CountReadings | undefined {
  const s = spelling.replace(/\s+/gu, ' ').trim();
  let m = PREFIXED.exec(s);
  if (m !== null) return [Number(s)];
  m = POWER.exec(s);
  if (m !== null) return finite([Number(m[1]) ** Number(m[2])]);
  m = EXPONENT.exec(s);
  if (m !== null) return finite([Number(m[1]) * 10 ** Number(m[2])]);
  m = SUFFIXED.exec(s);
  if (m !== null) {
    const n = Number((m[1] as string).replace(GROUP_MARK, ''));
    const suffix = m[2] as string;
    const power = MAGNITUDE_POWER[suffix[0] as string] as number;
    const binary = n * 1024 ** power;
    return finite(suffix.length === 2 ? [binary] : [n * 1000 ** power, binary]);
  }
  if (GROUPED.test(s)) return [Number(s.replace(GROUP_MARK, ''))];
  if (DOTTED_ONCE.test(s)) return finite([Number(s), Number(s.replace('.', ''))]);
  if (DOTTED_GROUPS.test(s)) return [Number(s.replace(/\./gu, ''))];
  if (!PLAIN.test(s)) return undefined;
  return OCTAL_LOOKING.test(s) ? finite([Number(s), Number.parseInt(s, 8)]) : [Number(s)];
}

const finite = (values: readonly number[]): CountReadings | undefined => {
  if (!values.every(Number.isFinite)) return undefined;
  return [...new Set(values)].sort((a, b) => a - b);
};

/** A combining mark over a digit (`2\u0301`, the keycap `2\u20e3`) leaves the digit a reader sees. */
const MARK_ON_DIGIT = /(\d)[\p{M}\ufe0f]+/gu;
const PREFIXED = /^0(?:x[0-9a-f]+|o[0-7]+|b[01]+)$/u;
const POWER = /^(\d+) ?(?:\^|\*\*) ?(\d{1,3})$/u;
const EXPONENT = /^(\d+(?:\.\d+)?)e\+?(\d{1,3})$/u;
const SUFFIXED = /^(\d{1,3}(?:[,_']\d{3})+|\d+(?:\.\d+)?)(ki|mi|gi|ti|k|m|g|t)b?$/u;
const MAGNITUDE_POWER: Readonly<Record<string, number>> = { k: 1, m: 2, g: 3, t: 4 };
const GROUP_MARK = /[,_' ]/gu;
const GROUPED = /^\d{1,3}(?:([,_' ])\d{3})(?:\1\d{3})*$/u;
const DOTTED_ONCE = /^\d{1,3}\.\d{3}$/u;
const DOTTED_GROUPS = /^\d{1,3}(?:\.\d{3}){2,}$/u;
const PLAIN = /^\d+(?:\.\d+)?$/u;
const OCTAL_LOOKING = /^0[0-7]+$/u;

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
const TEENS: Readonly<Record<string, number>> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9 };
/** The English number words read here (`four`, `ninety`, `hundred`, `thousand`), for a reader telling a count's word from prose. */
export const englishNumberWords = (): string[] => [...Object.keys(UNITS), ...Object.keys(TEENS), ...Object.keys(TENS), 'hundred', ...Object.keys(SCALES)];
const NUMBER_WORD = `(?:${[...Object.keys(TEENS), ...Object.keys(UNITS), ...Object.keys(TENS), 'hundred', ...Object.keys(SCALES)].sort((a, b) => b.length - a.length).join('|')})`;
/**
 * Between number words: spaces, a hyphen (`ninety-six`), a comma (`four thousand, ninety-six`), `and` (British). A few
 * at most, so a long run of spaces after a number word costs no backtracking over it.
 */
const WORD_JOIN = String.raw`(?:[ -]{1,4}|[ -]{0,4},[ -]{0,4})(?:and[ -]{1,4})?`;
const NOT_IN_A_WORD_BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
const NOT_IN_A_WORD_AFTER = String.raw`(?![\p{L}\p{N}_])`;
/** A count's end: not inside a longer name or a date (`2026-03-18`, `10.2.1`, `x86_64`). */
const COUNT_END = String.raw`(?![\p{L}\p{N}_]|[-.:/]\d)`;
const COUNT_START = String.raw`(?<![\p{L}\p{N}_.]|\d[-.:/])`;
const DIGITS_SPELLING = [
  String.raw`0(?:x[0-9a-f]+|o[0-7]+|b[01]+)`,
  String.raw`\d+ ?(?:\^|\*\*) ?\d{1,3}`,
  String.raw`\d+(?:\.\d+)?e\+?\d{1,3}`,
  // A size in bytes counts too (`4KB`, `4KiB`): the count before its unit, read as the suffix says.
  String.raw`(?:\d{1,3}(?:[,_']\d{3})+|\d+(?:\.\d+)?)(?:ki|mi|gi|ti|k|m|g|t)b?`,
  String.raw`\d{1,3}(?<sep>[,_' ])\d{3}(?:\k<sep>\d{3})*`,
  String.raw`\d{1,3}(?:\.\d{3})+`,
  String.raw`\d+(?:\.\d+)?`,
].join('|');
/** One count: number words (after digits for a scale: `1.5 million`), else a count in digits. */
const COUNT_SPELLING = new RegExp(
  `${NOT_IN_A_WORD_BEFORE}(?<words>(?:\\d+(?:\\.\\d+)? {1,4}(?=(?:hundred|thousand|million|billion)${NOT_IN_A_WORD_AFTER}))?${NUMBER_WORD}${NOT_IN_A_WORD_AFTER}(?:${WORD_JOIN}${NUMBER_WORD}${NOT_IN_A_WORD_AFTER})*)|${COUNT_START}(?:${DIGITS_SPELLING})${COUNT_END}`,
  'gu',
);

/**
 * The numbers a run of number words spells, one after another: `four thousand ninety-six` is 4096, `one, two, three`
 * three numbers, as a word that cannot follow the ones before it in a number starts a new one.
 */
export function numbersInWords(words: string): number[] {
  const out: number[] = [];
  let total = 0;
  let group = 0;
  let last: 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' = 'none';
  let lastScale = Number.POSITIVE_INFINITY;
  const flush = (): void => {
    if (last !== 'none') out.push(total + group);
    [total, group, last, lastScale] = [0, 0, 'none', Number.POSITIVE_INFINITY];
  };
  for (const word of words.split(/[\s,-]+/u)) {
    if (word === '' || word === 'and') continue;
    if (/^\d/u.test(word)) {
      flush();
      group = Number(word);
      last = 'teen';
      continue;
    }
    const unit = UNITS[word];
    const teen = TEENS[word];
    const tens = TENS[word];
    const scale = SCALES[word];
    if (unit !== undefined) {
      if (!(last === 'none' || last === 'tens' || last === 'hundred' || last === 'scale')) flush();
      group += unit;
      last = 'unit';
    } else if (teen !== undefined || tens !== undefined) {
      if (!(last === 'none' || last === 'hundred' || last === 'scale')) flush();
      group += (teen ?? tens) as number;
      last = teen !== undefined ? 'teen' : 'tens';
    } else if (word === 'hundred') {
      if (last === 'hundred' || last === 'tens' || group >= 100) flush();
      group = (group === 0 ? 1 : group) * 100;
      last = 'hundred';
    } else if (scale !== undefined) {
      if (scale >= lastScale || last === 'scale') flush();
      total += (group === 0 ? 1 : group) * scale;
      group = 0;
      lastScale = scale;
      last = 'scale';
    }
  }
  flush();
  return out;
}
