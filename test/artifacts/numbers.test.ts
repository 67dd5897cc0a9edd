/**
 * Exactness of numbers (DESIGN §9 "Numbers"): which literals a double holds, which it rounds, and which it cannot
 * hold at all. Each boundary here decides whether a gate compares the artifact's number or another one.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeInexact, describeOutOfRange, inexactTomlValues, inexactWithin, numberOutOfRange, numberSurvives, scanTomlNumbers, stripTomlStringsAndComments, tomlValueLines } from '../../src/artifacts/numbers.js';

describe('numberSurvives', () => {
  it('exact literals survive: shortest decimals, safe integers, zero in every spelling, radix integers', () => {
    const exact: [string, number][] = [
      ['0', 0], ['-0', -0], ['0.0', 0], ['0e-400', 0], ['-0.000e5', -0], ['1', 1], ['-1', -1], ['0.1', 0.1], ['0.30000000000000004', 0.30000000000000004],
      ['1.50', 1.5], ['150e-2', 1.5], ['1.5E+0', 1.5], ['9007199254740991', 9007199254740991], ['-9007199254740991', -9007199254740991],
      ['1e21', 1e21], ['5e-324', 5e-324], ['1.7976931348623157e308', 1.7976931348623157e308], ['1_000', 1000], [' 42 ', 42],
      ['0x1F', 31], ['-0x1f', -31], ['0o17', 15], ['0b101', 5], ['0x1FFFFFFFFFFFFF', 9007199254740991], ['100', 100], ['1.0', 1],
    ];
    for (const [text, value] of exact) expect(numberSurvives(text, value), text).toBe(true);
  });

  it('rounded literals do not: more digits than a double keeps, integers past 2^53 - 1, radix integers past it too', () => {
    const rounded: [string, number][] = [
      ['0.1000000000000000000001', 0.1], ['9007199254740992', 9007199254740992], ['-9007199254740992', -9007199254740992], ['9007199254740993', 9007199254740992],
      ['12345678901234567890', 12345678901234567000], ['3.00000000000000000001', 3], ['0x20000000000000', 9007199254740992], ['1.2345678901234567891e5', 123456.78901234568],
      ['1e400', Infinity], ['-1e400', -Infinity], ['1e-400', 0],
    ];
    for (const [text, value] of rounded) expect(numberSurvives(text, value), text).toBe(false);
  });

  it('the value must be the one the text writes: a literal paired with another double does not survive', () => {
    expect(numberSurvives('0.5', 0.25)).toBe(false);
    expect(numberSurvives('-0.5', 0.5)).toBe(false);
    expect(numberSurvives('7', 8)).toBe(false);
    expect(numberSurvives('0x10', 15)).toBe(false);
    expect(numberSurvives('-0x10', 16)).toBe(false);
    expect(numberSurvives('2e3', 20000)).toBe(false);
    expect(numberSurvives('0', 1e-300)).toBe(false);
  });

  it('the same number in another spelling survives: leading and trailing zeros, exponent form, an explicit +', () => {
    const spellings: [string, number][] = [['5e-1', 0.5], ['0.05e1', 0.5], ['00.5', 0.5], ['1.500', 1.5], ['1.0500', 1.05], ['10.5e-1', 1.05], ['+0.5', 0.5], ['+7', 7], ['-2.50e0', -2.5]];
    for (const [text, value] of spellings) expect(numberSurvives(text, value), text).toBe(true);
  });

  it('same sign and exponent but other digits, or same digits at another exponent, do not survive', () => {
    expect(numberSurvives('0.5', 0.7)).toBe(false);
    expect(numberSurvives('1.5', 1.7)).toBe(false);
    expect(numberSurvives('0.5', 5)).toBe(false);
    expect(numberSurvives('5e1', 5)).toBe(false);
  });

  it('padding and digit separators are read past: a rounded literal stays rounded', () => {
    expect(numberSurvives(' 9007199254740993 ', 9007199254740992)).toBe(false);
    expect(numberSurvives('9_007_199_254_740_993', 9007199254740992)).toBe(false);
    expect(numberSurvives('\t0.1000000000000000000001\n', 0.1)).toBe(false);
    expect(numberSurvives('0x20_0000_0000_0000', 9007199254740992)).toBe(false);
  });

  it('a literal that overflowed or is paired with NaN never survives, in any form', () => {
    for (const [text, value] of [['1e400', Infinity], [`1${'0'.repeat(400)}`, Infinity], ['1.5', Number.NaN], ['7', Number.NaN], ['0x10', Number.NaN], ['0x10', Infinity]] as [string, number][]) {
      expect(numberSurvives(text, value), text).toBe(false);
    }
  });

  it('text that is a digit literal only in part is not one (left to type checks)', () => {
    for (const text of ['x1', '1x', 'v1.5', '1.5e3x', 'x0x10', '0x10z', '0x', '1e', '.5']) expect(numberSurvives(text, Number.NaN), text).toBe(true);
  });

  it('text that is not a digit literal is left to type checks (true)', () => {
    for (const text of ['inf', '.inf', 'nan', '.NaN', 'abc', '']) expect(numberSurvives(text, Number.NaN), text).toBe(true);
  });

  it('agrees with String(Number(text)) on shortest decimals of any finite double (integers written as digits: within 2^53 - 1)', () => {
    const written = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => /[.e]/.test(String(d)) || Math.abs(d) <= Number.MAX_SAFE_INTEGER);
    fc.assert(fc.property(written, (d) => {
      expect(numberSurvives(String(d), Number(String(d)))).toBe(true);
    }), { numRuns: 500 });
  });

  it('any safe integer survives and the next integer past the range does not', () => {
    fc.assert(fc.property(fc.maxSafeInteger(), (n) => {
      expect(numberSurvives(String(n), n)).toBe(true);
    }), { numRuns: 300 });
    fc.assert(fc.property(fc.bigInt({ min: 2n ** 53n, max: 2n ** 70n }), (b) => {
      expect(numberSurvives(b.toString(), Number(b))).toBe(false);
    }), { numRuns: 300 });
  });
});

describe('numberOutOfRange', () => {
  it('overflow: finite digits that read as ±Infinity', () => {
    expect(numberOutOfRange('1e400', Infinity)).toBe('overflow');
    expect(numberOutOfRange('-1e400', -Infinity)).toBe('overflow');
    expect(numberOutOfRange(`1${'0'.repeat(400)}`, Infinity)).toBe('overflow');
  });

  it('underflow: a non-zero literal that reads as 0 or -0', () => {
    expect(numberOutOfRange('1e-400', 0)).toBe('underflow');
    expect(numberOutOfRange('-2.5e-999', -0)).toBe('underflow');
    expect(numberOutOfRange('0.000001e-320', 0)).toBe('underflow');
    expect(numberOutOfRange('1_0e-4_00', 0)).toBe('underflow');
  });

  it('in range: zero in every spelling, subnormals, the largest double, and non-literals', () => {
    for (const [text, value] of [['0', 0], ['-0', -0], ['0e-400', 0], ['0.0e999', 0], ['5e-324', 5e-324], ['1.7976931348623157e308', 1.7976931348623157e308], ['1', 1], ['1e-3', 0.001]] as [string, number][]) {
      expect(numberOutOfRange(text, value), text).toBeUndefined();
    }
    expect(numberOutOfRange('inf', Infinity)).toBeUndefined();
    expect(numberOutOfRange('.inf', Infinity)).toBeUndefined();
    expect(numberOutOfRange('0x0', 0)).toBeUndefined();
  });

  it('reads past padding and separators; text that only contains a literal is none', () => {
    expect(numberOutOfRange(' 1e400 ', Infinity)).toBe('overflow');
    expect(numberOutOfRange(' 1e-400\n', 0)).toBe('underflow');
    expect(numberOutOfRange('x1e400', Infinity)).toBeUndefined();
    expect(numberOutOfRange('1e400x', Infinity)).toBeUndefined();
    expect(numberOutOfRange('x1e-400', 0)).toBeUndefined();
  });

  it('describeOutOfRange shows the text as written and what a double makes of it', () => {
    expect(describeOutOfRange('1e-400', 'underflow')).toBe('the number 1e-400 is non-zero but smaller than the smallest double (about 4.9e-324) and would read as 0');
    expect(describeOutOfRange('-1e400', 'overflow')).toBe('the number -1e400 is beyond the largest double (about 1.8e308) and would read as -Infinity');
    expect(describeOutOfRange(' 1e400', 'overflow')).toMatch(/would read as Infinity$/);
    const long = `1${'0'.repeat(100)}`;
    expect(describeOutOfRange(long, 'overflow')).toContain(`${long.slice(0, 59)}…`);
    expect(describeOutOfRange(long, 'overflow')).not.toContain(long.slice(0, 61));
    const sixty = `1${'0'.repeat(59)}`;
    expect(describeOutOfRange(sixty, 'overflow')).toBe(`the number ${sixty} is beyond the largest double (about 1.8e308) and would read as Infinity`);
    expect(describeOutOfRange(' -1e400', 'overflow')).toBe('the number  -1e400 is beyond the largest double (about 1.8e308) and would read as -Infinity');
  });
});

describe('describeInexact and inexactWithin', () => {
  it('describeInexact shows the artifact text, cut at 60 characters', () => {
    expect(describeInexact('0.1000000000000000000001')).toBe('0.1000000000000000000001, which a double cannot hold exactly (more significant digits than 17, or an integer beyond 2^53 - 1)');
    const sixty = '1'.repeat(60);
    expect(describeInexact(sixty).startsWith(`${sixty},`)).toBe(true);
    const long = '1'.repeat(61);
    expect(describeInexact(long).startsWith(`${'1'.repeat(59)}…,`)).toBe(true);
  });

  it('inexactWithin: the pointer itself and everything below it, sorted; never a sibling sharing a prefix', () => {
    const map = new Map([['/a/b', '1'], ['/a', '2'], ['/ab', '3'], ['/a/0', '4'], ['/c', '5']]);
    expect(inexactWithin(map, '/a')).toEqual([['/a', '2'], ['/a/0', '4'], ['/a/b', '1']]);
    expect(inexactWithin(map, '/ab')).toEqual([['/ab', '3']]);
    expect(inexactWithin(map, '/z')).toEqual([]);
    expect(inexactWithin(map, '')).toHaveLength(5);
  });
});

describe('scanTomlNumbers', () => {
  it('finds imprecise values by the double they read as, with their text; fractional spellings of integers', () => {
    const text = ['[summary]', 'big = 9007199254740993', 'ratio = 0.1000000000000000000001', 'ok = 0.5', 'whole = 500.0', 'exp = 5e2', 'plain = 7', 'hex = 0xFF', 'neg = -1.0', 'under = 1_000.0'].join('\n');
    const scan = scanTomlNumbers(text);
    expect(scan.inexact.get(9007199254740992)).toBe('9007199254740993');
    expect(scan.inexact.get(0.1)).toBe('0.1000000000000000000001');
    expect(scan.inexact.has(0.5)).toBe(false);
    expect(scan.inexact.has(7)).toBe(false);
    expect([...scan.fractional].sort((a, b) => a - b)).toEqual([-1, 500, 1000]);
    expect(scan.outOfRange).toEqual([]);
    expect(inexactTomlValues(text)).toEqual(scan.inexact);
  });

  it('ignores numbers in strings, comments and table headers; reads array lines without "="', () => {
    const text = ['# 9007199254740993 in a comment', '[t1]', "s = \"1e-400 9007199254740993\"", "l = '0.1000000000000000000001'", 'm = """', '1e400', '"""', 'arr = [', '  1e-400,', '  9007199254740993,', ']', '[[a.b]]'].join('\n');
    const scan = scanTomlNumbers(text);
    expect(scan.outOfRange).toEqual([{ text: '1e-400', why: 'underflow' }]);
    expect([...scan.inexact.values()].sort()).toEqual(['1e-400', '9007199254740993']);
  });

  it('out of range in both directions, in order, with the text as written', () => {
    expect(scanTomlNumbers('a = 1e400\nb = -1e-400\nc = 0e-400\n').outOfRange).toEqual([{ text: '1e400', why: 'overflow' }, { text: '-1e-400', why: 'underflow' }]);
  });

  it('a number glued to a key, a date or a word is not a number token', () => {
    const scan = scanTomlNumbers('d = 2026-03-10T12:00:00Z\nv = "x"\nk9007199254740993 = 1\n');
    expect(scan.inexact.size).toBe(0);
    expect(scan.outOfRange).toEqual([]);
  });
});

describe('scanTomlNumbers: spellings', () => {
  it('a radix integer past 2^53 - 1 is imprecise, keyed by the double it reads as', () => {
    const scan = scanTomlNumbers('h = 0x20000000000000\no = 0o400000000000000003\nb = 0b1\n');
    // 0o4 and seventeen zeros is 2^53; + 3 rounds to 2^53 + 4.
    expect([...scan.inexact]).toEqual([[9007199254740992, '0x20000000000000'], [9007199254740996, '0o400000000000000003']]);
    expect(scan.fractional.size).toBe(0);
  });

  it('every fractional or exponent spelling of an integer is fractional; a hex integer with an e in it is not', () => {
    const scan = scanTomlNumbers('a = 2.00\nb = 6e2\nc = 1.25e2\nd = 7e+2\ne = 3e10\nf = 0x1e5\ng = 8\nh = 2.5\ni = 4_0.0\n');
    expect([...scan.fractional].sort((x, y) => x - y)).toEqual([2, 40, 125, 600, 700, 30000000000]);
  });

  it('a key in an inline table spelt like an invalid radix number is skipped, not a crash', () => {
    const scan = scanTomlNumbers('t = { 0b12 = 1, 0o9 = 0.1000000000000000000001 }\n');
    expect([...scan.inexact]).toEqual([[0.1, '0.1000000000000000000001']]);
    expect(scan.outOfRange).toEqual([]);
  });

  it('a nested array on its own line of a multi-line array is values, not a table header', () => {
    const scan = scanTomlNumbers('m = [\n  [0.1000000000000000000001, 1e400, 500.0],\n]\n[t]\n');
    expect([...scan.inexact]).toEqual([[0.1, '0.1000000000000000000001'], [Infinity, '1e400']]);
    expect(scan.outOfRange).toEqual([{ text: '1e400', why: 'overflow' }]);
    expect([...scan.fractional]).toEqual([500]);
  });

  it('each number is reported once per double, by its first text', () => {
    const scan = scanTomlNumbers('a = 9007199254740993\nb = 9_007_199_254_740_993\n');
    expect([...scan.inexact]).toEqual([[9007199254740992, '9007199254740993']]);
  });
});

describe('tomlValueLines', () => {
  it('the value after the first = of a key line, with the index it starts at', () => {
    expect(tomlValueLines('a = 1\nbc=2 = 3')).toEqual([{ values: ' 1', start: 3 }, { values: '2 = 3', start: 3 }]);
  });

  it('a table header, indented or not, has no values', () => {
    expect(tomlValueLines('[9007199254740993]\n  [[a.1e400]]\n')).toEqual([{ values: '', start: 18 }, { values: '', start: 13 }, { values: '', start: 0 }]);
  });

  it('a line outside any array without = is read whole', () => {
    expect(tomlValueLines('x 9007199254740993')).toEqual([{ values: 'x 9007199254740993', start: 0 }]);
  });

  it('inside a multi-line array every line is values, a nested array line too; after it a header is a header again', () => {
    const text = ['m = [', '  [1e400, 2],', '  { k = [3,', '    4] },', ']', '[t]', 'z = 5'].join('\n');
    expect(tomlValueLines(text)).toEqual([
      { values: ' [', start: 3 },
      { values: '  [1e400, 2],', start: 0 },
      { values: '  { k = [3,', start: 0 },
      { values: '    4] },', start: 0 },
      { values: ']', start: 0 },
      { values: '', start: 3 },
      { values: ' 5', start: 3 },
    ]);
  });

  it('an inline table left open keeps the next line a value line; once closed, a header is a header', () => {
    expect(tomlValueLines('t = {\n[x]\n}\n[y]').map((l) => l.values)).toEqual([' {', '[x]', '}', '']);
    expect(tomlValueLines('t = { a = 1 }\n[y]').map((l) => l.values)).toEqual([' { a = 1 }', '']);
  });

  it('brackets inside strings and comments do not open anything', () => {
    expect(tomlValueLines('a = "[" # [\n[t]').map((l) => l.values)).toEqual([' "" ', '']);
    expect(tomlValueLines("a = '{'\n[t]").map((l) => l.values)).toEqual([' ""', '']);
  });

  it('a stray closing bracket does not make the next header look closed-over', () => {
    expect(tomlValueLines('a = ]]\nb = [\n[1]\n]\n[t]').map((l) => l.values)).toEqual([' ]]', ' [', '[1]', ']', '']);
  });
});

describe('stripTomlStringsAndComments', () => {
  it('a comment goes to the end of its line, the last line too; the line break stays', () => {
    expect(stripTomlStringsAndComments('a = 1 # c 2\nb = 3 # end')).toBe('a = 1 \nb = 3 ');
  });

  it('a basic string becomes "", an escaped quote does not end it, an escaped backslash does not escape the quote', () => {
    expect(stripTomlStringsAndComments('s = "x\\" 9007199254740993" 1')).toBe('s = "" 1');
    expect(stripTomlStringsAndComments('s = "x\\\\" 2')).toBe('s = "" 2');
  });

  it('a literal string has no escapes: a backslash before its closing quote ends it', () => {
    expect(stripTomlStringsAndComments("p = 'C:\\' # 9007199254740993\nq = 1")).toBe('p = "" \nq = 1');
  });

  it('a multi-line string keeps exactly its line breaks, including the one before its closing quotes', () => {
    expect(stripTomlStringsAndComments('m = """\n1e400 "#"\n""" 2\nn = 3')).toBe('m = ""\n\n 2\nn = 3');
    expect(stripTomlStringsAndComments("m = '''a\n'b'\n''' 4")).toBe('m = ""\n\n 4');
  });

  it('an unterminated one-line string stops at its line break; the next line is read', () => {
    expect(stripTomlStringsAndComments('a = "abc\nb = 9007199254740993')).toBe('a = ""\nb = 9007199254740993');
    expect(stripTomlStringsAndComments("a = 'abc\nb = 5")).toBe('a = ""\nb = 5');
  });

  it('an unterminated multi-line string runs to the end', () => {
    expect(stripTomlStringsAndComments('a = """x\ny')).toBe('a = ""\n');
  });
});
