/** The shared reader of numbers written as text (red team zh): each disguise read as the number it shows, look-alikes of numbers read as none. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWrittenAsText, fractionSidesInWords, numberWithRemark, numberWrittenAsText } from '../../src/util/number-text.js';
import { failuresInRemark } from '../../src/sdk/status-claims.js';

describe('numberWrittenAsText', () => {
  it('reads a number through width, invisible characters, markup, references, escapes, other digits and bases', () => {
    const cases: [string, number][] = [
      ['3', 3], [' 3 ', 3], ['3\u00a0', 3], ['３', 3], ['3\u200b', 3], ['<b>3</b>', 3], ['&#51;', 3], ['&#x33;', 3], ['**3**', 3], ['`3`', 3],
      ['٣', 3], ['३', 3], ['0x3', 3], ['0b11', 3], ['0o3', 3], ['1,204', 1204], ['1_204', 1204], ['3.0', 3], ['1e2', 100], ['\\u0033', 3],
    ];
    for (const [text, n] of cases) expect(numberWrittenAsText(text), JSON.stringify(text)).toBe(n);
  });

  it('reads Roman numerals and a number before the word of what it counts only when asked (wordy)', () => {
    for (const [text, n] of [['III', 3], ['XIV', 14], ['Ⅲ', 3], ['3 tests', 3], ['2 failed cases', 2]] as const) {
      expect(numberWrittenAsText(text, { wordy: true }), text).toBe(n);
      expect(numberWrittenAsText(text), text).toBeUndefined();
    }
  });

  it('reads no number in versions, ids, dates, words, sizes, a lone I, V or X, a run of X or sentences', () => {
    for (const text of ['1.2.3', 'build-2024', '2024-03-09', 'v3', 'three', 'XL', 'M', 'CD', 'MD', 'X', 'XX', 'I', 'V', 'iii', '2 つの別個のインポート宣言に分割する', '3 tests failed in the nightly run', '']) {
      expect(numberWrittenAsText(text, { wordy: true }), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('reads a digit under combining marks as that digit, and a nonzero spelling that underflows as above zero (red team yg)', () => {
    for (const [text, n] of [['2\u0301', 2], ['2\ufe0f\u20e3', 2], ['0\u0301', 0], ['３\u0308', 3]] as const) expect(numberWrittenAsText(text), JSON.stringify(text)).toBe(n);
    for (const text of ['1e-400', '0.1e-399', '9E-999']) expect(numberWrittenAsText(text), text).toBeGreaterThan(0);
    expect(numberWrittenAsText('-1e-400')).toBeLessThan(0);
    for (const text of ['0e-400', '0.0e-999', '-0e-400']) expect(Object.is(Math.abs(numberWrittenAsText(text) ?? NaN), 0), text).toBe(true);
  });

  it('reads any whole number the same behind each disguise', () => {
    const disguises: ((s: string) => string)[] = [
      (s) => s,
      (s) => `<b>${s}</b>`,
      (s) => `**${s}**`,
      (s) => `${s}\u200b`,
      (s) => [...s].map((d) => String.fromCodePoint(0xff10 + Number(d))).join(''),
      (s) => [...s].map((d) => String.fromCodePoint(0x0660 + Number(d))).join(''),
      (s) => [...s].map((d) => `&#${d.codePointAt(0)};`).join(''),
    ];
    fc.assert(fc.property(fc.nat({ max: 10_000_000 }), fc.integer({ min: 0, max: disguises.length - 1 }), (n, k) => numberWrittenAsText((disguises[k] as (s: string) => string)(String(n))) === n));
  });
});

describe('numberWithRemark and failuresInRemark (red team yg)', () => {
  it('reads a number with a remark in brackets of any kind as its number and remark, and nothing else', () => {
    for (const [text, number, remark] of [['0 (2 failed)', 0, '2 failed'], ['0 (of 12)', 0, 'of 12'], ['3 (flaky)', 3, 'flaky'], ['0 [2 errors]', 0, '2 errors'], ['0（2 crashed）', 0, '2 crashed'], ['０ {see log}', 0, 'see log']] as const)
      expect(numberWithRemark(text), text).toEqual({ number, remark });
    for (const text of ['abc (2 failed)', '0', '(2 failed)', '0 (2 failed) more', `0 (${'a'.repeat(200)})`]) expect(numberWithRemark(text), text).toBeUndefined();
  });
  it('counts the failures a remark tells of this run, none where it excuses them or counts something else', () => {
    for (const [remark, n] of [['2 failed', 2], ['2 crashed', 2], ['3 errors', 3]] as const) expect(failuresInRemark(remark), remark).toBe(n);
    for (const remark of ['of 12', 'see log #12', '2 failed, all flaky', '2 skipped', 'flaky']) expect(failuresInRemark(remark), remark).toBeUndefined();
  });
  it('reads a count joined to how the run ended by a conjunction, as after a comma', () => {
    for (const [remark, n] of [['passed while 2 failed', 2], ['passed, however two failures', 1], ['but 2 failed', 2], ['passed still 2 failures', 2]] as const) expect(failuresInRemark(remark), remark).toBe(n);
    for (const remark of ['passed while 2 flaky tests failed', 'then 2 failed then passed on retry']) expect(failuresInRemark(remark), remark).toBeUndefined();
  });
  it('counts one where an article follows how the run ended and a word that joins its failures to it, and none elsewhere', () => {
    for (const remark of ['passed with a failure', 'completed with an error', 'Build passed with a failing test', 'passed and a failure']) expect(failuresInRemark(remark), remark).toBe(1);
    for (const remark of ['passed with a warning', 'passed with a failure rate of 0%', 'passed with a flaky failure', 'passed with a known failure', 'with a failure', 'and a failure', 'passed after a failure'])
      expect(failuresInRemark(remark), remark).toBeUndefined();
  });
  it('counts a Roman numeral after how the run ended, and never one that may be a word or name', () => {
    for (const [remark, n] of [['passed with III failures', 3], ['passed with II failed tests', 2], ['passed with Ⅲ failures', 3], ['passed with XII errors', 12], ['passed with iii failures', 3]] as const) expect(failuresInRemark(remark), remark).toBe(n);
    for (const remark of ['passed with vi failures', 'with III failures', 'passed with IV tests', 'passed with III warnings', 'passed with II flaky failures']) expect(failuresInRemark(remark), remark).toBeUndefined();
  });
  it('counts Japanese failures told by a predicate of being or happening, and none fixed, known, succeeded or zero', () => {
    for (const [remark, n] of [['3件の失敗があります', 3], ['成功しましたが、失敗が3件あります', 3], ['失敗が3件発生しました', 3], ['テスト3件が失敗しました', 3], ['エラーが2件見つかりました', 2], ['3件のテストが失敗しました', 3], ['テストが3件失敗しました', 3]] as const)
      expect(failuresInRemark(remark), remark).toBe(n);
    for (const remark of ['0件の失敗があります', '失敗が0件です', '3件の失敗を修正しました', '失敗を3件修正しました', 'テストが3件あります', '3件の成功があります', '既知の失敗が3件あります', '前回は3件の失敗がありました', '不安定なテスト3件が失敗しました', 'テスト3件がスキップされました'])
      expect(failuresInRemark(remark), remark).toBeUndefined();
  });
});

describe('countWrittenAsText', () => {
  it('reads a count with its words or a remark, a fraction, a measure, no number, and a number that goes on as none of these', () => {
    const cases: [string, unknown][] = [
      ['12', { kind: 'count', count: 12 }], ['１２', { kind: 'count', count: 12 }], ['<b>12</b>', { kind: 'count', count: 12 }],
      ['12 tests', { kind: 'count', count: 12, unit: 'tests' }], ['1,204 test cases run', { kind: 'count', count: 1204, unit: 'test cases run' }],
      ['10 (unit)', { kind: 'count', count: 10 }], ['0 tests (none ran)', { kind: 'count', count: 0, unit: 'tests' }], ['3【flaky】', { kind: 'count', count: 3 }],
      ['8 of 10', { kind: 'fraction', part: 8, whole: 10 }], ['8/10', { kind: 'fraction', part: 8, whole: 10 }], ['８／１０', { kind: 'fraction', part: 8, whole: 10 }],
      ['8 out of 10 tests', { kind: 'fraction', part: 8, whole: 10, unit: 'tests' }], ['8 (of 10)', { kind: 'fraction', part: 8, whole: 10 }],
      ['12 von 12', { kind: 'fraction', part: 12, whole: 12 }], ['8 de 10', { kind: 'fraction', part: 8, whole: 10 }], ['12 из 12', { kind: 'fraction', part: 12, whole: 12 }],
      ['12\u204412', { kind: 'fraction', part: 12, whole: 12 }], ['12\u221512', { kind: 'fraction', part: 12, whole: 12 }], ['12 \u2713', { kind: 'count', count: 12 }], ['\u2714 12', { kind: 'count', count: 12 }],
      ['12s', { kind: 'other' }], ['1.5 ms', { kind: 'other' }], ['87%', { kind: 'other' }], ['4KB', { kind: 'other' }], ['3 min ago', { kind: 'other' }],
      ['abc', { kind: 'noCount' }], ['run_12abc', { kind: 'noCount' }], ['v1.2.3', { kind: 'noCount' }], ['x'.repeat(121), { kind: 'noCount' }],
      ['12abc', { kind: 'unreadable' }], ['12+', { kind: 'unreadable' }], ['1.2.3', { kind: 'unreadable' }], ['2026-03-10', { kind: 'unreadable' }],
      ['10 tests, 2 failed', { kind: 'unreadable' }], ['12 \u2717', { kind: 'unreadable' }], ['-1', { kind: 'unreadable' }], ['0.5', { kind: 'unreadable' }], ['1.5 tests', { kind: 'unreadable' }],
    ];
    for (const [text, read] of cases) expect(countWrittenAsText(text), JSON.stringify(text)).toEqual(read);
  });
  it('reads a total or a share in the remark as the whole, and the sides of a fraction written in words (red team rm, session 47)', () => {
    const cases: [string, unknown][] = [
      ['8 (10 total)', { kind: 'fraction', part: 8, whole: 10 }], ['8 [total: 10]', { kind: 'fraction', part: 8, whole: 10 }], ['12 (10 in all)', { kind: 'fraction', part: 12, whole: 10 }],
      ['8 (80%)', { kind: 'fraction', part: 8, whole: 10 }], ['８ （８０％）', { kind: 'fraction', part: 8, whole: 10 }], ['8 tests [80.0 %]', { kind: 'fraction', part: 8, whole: 10, unit: 'tests' }],
      ['8 (80 percent)', { kind: 'fraction', part: 8, whole: 10 }], ['2 (66.67%)', { kind: 'fraction', part: 2, whole: 3 }], ['10 (100%)', { kind: 'fraction', part: 10, whole: 10 }],
      // A share no whole rounds from (`10 (80%)`: 12.5) leaves a whole no total is; one several wholes round from says the
      // least and the most of them (never below the part); a part printed as 0% of a whole too large to print is read alone.
      ['10 (80%)', { kind: 'fraction', part: 10, whole: 12.5 }], ['1000 (99%)', { kind: 'fraction', part: 1000, whole: 1006, wholeUpTo: 1015 }],
      ['1000 (100%)', { kind: 'fraction', part: 1000, whole: 1000, wholeUpTo: 1005 }], ['3 (0%)', { kind: 'count', count: 3 }],
      ['0 (0%)', { kind: 'count', count: 0 }], ['0 (5%)', { kind: 'unreadable' }],
    ];
    for (const [text, read] of cases) expect(countWrittenAsText(text), JSON.stringify(text)).toEqual(read);
    expect(fractionSidesInWords('eight of ten')).toEqual({ part: 'eight', whole: 'ten' });
    expect(fractionSidesInWords('8 out of ten tests')).toEqual({ part: '8', whole: 'ten', unit: 'tests' });
    for (const text of ['8 of 10', 'eight', 'ten tests', '3 from cache hits and more words here']) expect(fractionSidesInWords(text), text).toBeUndefined();
  });
});
