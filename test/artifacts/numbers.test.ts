/**
 * Exactness of numbers (DESIGN §9 "Numbers"): which literals a double holds, which it rounds, and which it cannot
 * hold at all. Each boundary here decides whether a gate compares the artifact's number or another one.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeInexact, describeOutOfRange, inexactTomlValues, inexactWithin, numberOutOfRange, numberSurvives, scanTomlNumbers } from '../../src/artifacts/numbers.js';

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

  it('describeOutOfRange shows the text as written and what a double makes of it', () => {
    expect(describeOutOfRange('1e-400', 'underflow')).toBe('the number 1e-400 is non-zero but smaller than the smallest double (about 4.9e-324) and would read as 0');
    expect(describeOutOfRange('-1e400', 'overflow')).toBe('the number -1e400 is beyond the largest double (about 1.8e308) and would read as -Infinity');
    expect(describeOutOfRange(' 1e400', 'overflow')).toMatch(/would read as Infinity$/);
    const long = `1${'0'.repeat(100)}`;
    expect(describeOutOfRange(long, 'overflow')).toContain(`${long.slice(0, 59)}…`);
    expect(describeOutOfRange(long, 'overflow')).not.toContain(long.slice(0, 61));
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
