// A failure told in words in a clause of its own, parted from the numbers of a summary by any clause mark — a comma,
// a colon after a count, a dash, a bar, a line break, a CJK stop — is read (clausesOf under
// failureToldBesideNumbersElsewhere, helper rc, session 46): the clause, not the text, is what a count belongs to. A
// pass, a none or a label's value told so keeps passing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (text: string) => statusContradiction({ status: 'passed', summary: text }, '/status', 'passed');
const numbers = fc.oneof(
  fc.integer({ min: 1, max: 5000 }).map((n) => `${n} tests`),
  fc.integer({ min: 1, max: 5000 }).map((n) => `Ran ${n} tests`),
  fc.integer({ min: 1, max: 5000 }).map((n) => `${n} tests passed`),
  fc.integer({ min: 10, max: 22 }).map((n) => `All tests passed on node ${n}`),
  fc.integer({ min: 1, max: 99 }).map((n) => `All tests passed at 1.${n} bar`),
);
// Marks that part a clause from the numbers before or after it (a colon only after a count: before one it ends a label).
const mark = fc.constantFrom(', ', ' \u2014 ', ' \u2013 ', ' -- ', ' | ', '|', '\uff5c', '\n', '\r\n', '\n\n', '<br>', '; ', '. ');
const markAfterACount = fc.oneof(mark, fc.constant(': '));
// Before numbers, a comma or a dash may part a remark on the failure (`passed with failures, 0 of them fatal`), which
// the count readers weigh: the failure clause is judged alone only across the other marks.
const markBeforeACount = fc.constantFrom(' | ', '|', '\uff5c', '\n', '\r\n', '\n\n', '<br>', '; ', '. ');

describe('a failure clause parted from the numbers of a summary', () => {
  it('fails: a failure told in words after or before a clause of numbers, whatever mark parts them', () => {
    const failure = fc.constantFrom('build failed', 'checkout failed', 'BUILD FAILED', 'Deploy failed', 'failed to compile', 'checkout did not pass', 'Build error', 'FAILED');
    fc.assert(
      fc.property(numbers, failure, markAfterACount, markBeforeACount, fc.boolean(), (n, f, after, before, first) => {
        const text = first ? `${f[0]?.toUpperCase()}${f.slice(1)}${before}${n}` : `${n}${after}${f}`;
        expect(beside(text)?.code, JSON.stringify(text)).toBe('contradiction');
      }),
    );
  });
  it('fails: in Japanese and Chinese, a failure after a count parted by a CJK stop, comma, colon or a space', () => {
    const count = fc.integer({ min: 1, max: 999 }).chain((n) => fc.constantFrom(`テスト${n}件`, `${n}件のテスト`, `测试${n}个`));
    const stop = fc.constantFrom('。', '、', '，', '：', '！', ' ', '。 ');
    const failure = fc.constantFrom('ビルド失敗', 'ビルド失敗。', 'ビルドに失敗しました。', '构建失败', '构建失败。');
    fc.assert(
      fc.property(count, stop, failure, (c, s, f) => {
        const text = `${c}${s}${f}`;
        expect(beside(text)?.code, JSON.stringify(text)).toBe('contradiction');
      }),
    );
  });
  it('passes: a count, a none or a pass parted from the numbers by the same marks', () => {
    const sound = fc.oneof(
      fc.constantFrom('no failures', 'none failed', 'nothing failed', 'failures: none', 'failures ignored', 'all passed', 'OK', 'no errors found', 'previous run failed'),
      fc.integer({ min: 0, max: 0 }).map((n) => `${n} failed`),
      fc.constantFrom('Failures: 0', 'failed: 0', 'Failed: 0 (2 flaky)', '0 errors'),
    );
    fc.assert(
      fc.property(numbers, sound, markAfterACount, (n, s, m) => {
        const text = `${n}${m}${s}`;
        expect(beside(text), JSON.stringify(text)).toBeUndefined();
      }),
    );
  });
  it('passes: a failure label beside its bare value, in a table cell, on the line below or in tab-parted cells', () => {
    const label = fc.constantFrom('Failed', 'Failures', 'Tests failed', 'Errors', 'Failed tests');
    const value = fc.oneof(fc.constantFrom('0', 'none', '-', '0%'), fc.integer({ min: 1, max: 500 }).map((n) => `0 of ${n}`), fc.integer({ min: 1, max: 500 }).map((n) => `0/${n}`));
    const layout = fc.constantFrom((l: string, v: string, n: number) => `| Tests | ${n} |\n| ${l} | ${v} |`, (l: string, v: string, n: number) => `Passed\n${n}\n${l}\n${v}`, (l: string, v: string, n: number) => `Passed\t${n}\n${l}\t${v}`, (l: string, v: string, n: number) => `${n} passed | ${l} | ${v}`);
    fc.assert(
      fc.property(label, value, fc.integer({ min: 1, max: 500 }), layout, (l, v, n, lay) => {
        const text = lay(l, v, n);
        expect(beside(text), JSON.stringify(text)).toBeUndefined();
      }),
    );
  });
  it('reads a condition of a failure with its consequence, and a clause opening with a condition word that conditions nothing on its own', () => {
    for (const text of ['12 passed. If any test fails, the build fails.', '12 passed. Unless a step fails, the job passes.', '12 passed. Si un test échoue, le build échoue.']) expect(beside(text), text).toBeUndefined();
    for (const text of ['12 passed. If anything, build did not succeed.', '12 passed. If anything, checkout failed.', '12 passed. If any test fails, the build fails. Checkout failed.', '12 passed. If asked, checkout failed.']) {
      expect(beside(text)?.code, text).toBe('contradiction');
    }
  });
});
