/**
 * Counts in every notation a reader reads as a number (red team ckb, review rv1: a waiver at `4k items` or `four
 * thousand ninety-six items` was no other count beside a blocker at 2048 items).
 */
import { describe, expect, it } from 'vitest';
import { numbersInWords, readingsOf, replaceCounts } from '../../src/util/count-spellings.js';

const mark = (r: readonly number[]): string => (r.length === 1 ? `#${r[0]}` : `#~${r.join('|')}`);
const read = (text: string): string => replaceCounts(text, mark).replace(/ +/gu, ' ').trim();

describe('readingsOf', () => {
  it('reads one value where every reader reads one', () => {
    for (const [spelling, value] of [['2048', 2048], ['2,048', 2048], ['2 048', 2048], ['2_048', 2048], ["2'048", 2048], ['1.234.567', 1234567], ['2048.0', 2048], ['02048', 2048], ['2^11', 2048], ['2**11', 2048], ['1e3', 1000], ['0x800', 2048], ['0o4000', 2048], ['0b100000000000', 2048], ['2ki', 2048], ['1.5mi', 1572864]] as const)
      expect(readingsOf(spelling), spelling).toEqual([value]);
  });

  it('reads both values of a spelling read two ways', () => {
    expect(readingsOf('2k')).toEqual([2000, 2048]);
    expect(readingsOf('1.5m')).toEqual([1500000, 1572864]);
    expect(readingsOf('4kb')).toEqual([4000, 4096]);
    expect(readingsOf('4kib')).toEqual([4096]);
    expect(readingsOf('2.048')).toEqual([2.048, 2048]);
    expect(readingsOf('010')).toEqual([8, 10]);
    expect(readingsOf('items')).toBeUndefined();
    expect(readingsOf('9^999')).toBeUndefined();
  });
});

describe('numbersInWords', () => {
  it('reads English number words as the numbers they spell, and a word that cannot go on a number as a new one', () => {
    expect(numbersInWords('four thousand ninety-six')).toEqual([4096]);
    expect(numbersInWords('two thousand and forty-eight')).toEqual([2048]);
    expect(numbersInWords('nineteen hundred eighty-four')).toEqual([1984]);
    expect(numbersInWords('one million two hundred thousand and five')).toEqual([1200005]);
    expect(numbersInWords('1.5 million')).toEqual([1500000]);
    expect(numbersInWords('one, two, three')).toEqual([1, 2, 3]);
    expect(numbersInWords('twenty twenty-one')).toEqual([20, 21]);
    expect(numbersInWords('thousand thousand')).toEqual([1000, 1000]);
  });
});

describe('replaceCounts', () => {
  it('marks every count in prose, in any notation, and leaves names and dates alone', () => {
    expect(read('queue saturation at 4k items')).toBe('queue saturation at #~4000|4096 items');
    expect(read('at 2^12, 0x1000, four thousand ninety-six or ٤٠٩٦ items')).toBe('at #4096 , #4096 , #4096 or #4096 items');
    expect(read('until 2026-03-18, x86_64, v1.2.3, 10:20, 4kbit')).toBe('until 2026-03-18, x86_64, v1.2.3, 10:20, 4kbit');
    expect(read('a 4kb or 4kib buffer')).toBe('a #~4000|4096 or #4096 buffer');
    expect(read('a 2048-item queue, 2\u20e3 runners')).toBe('a #2048 -item queue, #2 runners');
    expect(read('someone often tens ones')).toBe('someone often tens ones');
  });
});

describe('replaceCounts: other languages\' number words and Han numerals (red team sw, closed session 40)', () => {
  const keyed = (text: string): string => replaceCounts(text, (r, unread) => (r.length === 0 ? `#?${unread}` : `#${r.join('|')}`)).replace(/ +/gu, ' ').trim();
  it('reads Han numerals as their number, and a run of other languages\' number words as one count spelt so', () => {
    expect(keyed('at 四千九十六 items, 二〇四八 or 一万二千')).toBe('at #4096 items, #2048 or #12000');
    expect(keyed('at vier tausend sechsundneunzig items')).toBe('at #?viertausendsechsundneunzig items');
    expect(keyed('at quatre mille quatre-vingt-seize items')).toBe('at #?quatremillequatrevingtseize items');
    expect(keyed('at cuatro mil noventa y seis items')).toBe('at #?cuatromilnoventayseis items');
    expect(keyed('at четыре тысячи items')).toBe('at #?четыретысячи items');
  });
  it('reads the financial Han numerals as their number (red team xw); one alone, a surname, is left', () => {
    expect(keyed('at 肆仟零玖拾陆 items, 贰零肆捌 or 貳仟零肆拾捌')).toBe('at #4096 items, #2048 or #2048');
    expect(keyed('伍 is on call, 陆 too')).toBe('伍 is on call, 陆 too');
  });
  it('leaves prose alone: words that are numbers only beside another, words that hold a stem, one Han numeral in a word', () => {
    for (const text of ['due to the runners, once more', 'ein fehler', 'un test', 'to seize the queue', 'dosen und flaschen', 'someone at the street', '一般', 'otto is on call'])
      expect(keyed(text), text).toBe(text);
  });
});

describe('replaceCounts on long texts', () => {
  it('reads a long run of spaces, digits or number words in time linear in its length', () => {
    const started = performance.now();
    for (const text of [`one${' '.repeat(50_000)}x`, `1${' '.repeat(50_000)}x`, `${'9'.repeat(50_000)}x`, 'one two '.repeat(10_000), `${'1,'.repeat(20_000)}x`])
      replaceCounts(text, mark);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
