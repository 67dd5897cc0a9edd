/**
 * Byte order is the order of UTF-8 bytes (`LC_ALL=C sort`), which is code-point order, not the UTF-16 code-unit order
 * JavaScript's `<` and `sort()` use: the two disagree when a character from U+E000 to U+FFFF (full-width letters, the
 * ﬁ ligature, half-width katakana, private use) meets one above U+FFFF (emoji, mathematical letters, CJK extension B),
 * whose surrogates sort below U+E000 as units. Red team zg, session 45: suite_classification's entries_sorted passed a
 * list out of byte order and failed one in it. Every comparison that promises byte order goes through compareByteOrder.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareByteOrder } from '../../src/sdk/index.js';
import { GateTester } from '../../src/testing/index.js';
import suiteClassification from '../../gates/suite-classification/index.js';
import { compareIds } from '../../gates/practical-finish/tracker.js';

/** -1, 0 or 1 (never -0, which toBe tells from 0). */
const sign = (n: number) => (n > 0 ? 1 : n < 0 ? -1 : 0);
const bytes = (a: string, b: string) => sign(Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));

/** Characters on both sides of the surrogate range, where unit order and byte order part. */
const BOUNDARY = ['a', 'Z', '_', 'é', '\u07ff', '\u0800', '\ud7ff', '\ue000', 'ﬁ', 'ｱ', 'ｗ', '\uffff', '\u{10000}', '🎉', '𝐀', '\u{20000}', '\u{10ffff}'];
const boundaryChar = fc.constantFrom(...BOUNDARY);
const anyChar = fc.oneof(boundaryChar, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
const text = fc.string({ unit: anyChar, maxLength: 6 });

describe('compareByteOrder', () => {
  it('orders any two strings as their UTF-8 bytes compare', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(sign(compareByteOrder(a, b))).toBe(bytes(a, b));
        expect(sign(compareByteOrder(b, a))).toBe(bytes(b, a));
      }),
      { numRuns: 3000 },
    );
  });

  it('sorts a list as LC_ALL=C sort does, where code-unit order does not (the red team\'s pair)', () => {
    expect(['input_🎉_emoji', 'input_ｗｉｄｅ'].sort(compareByteOrder)).toEqual(['input_ｗｉｄｅ', 'input_🎉_emoji']);
    expect(['input_ｗｉｄｅ', 'input_🎉_emoji'].sort()).toEqual(['input_🎉_emoji', 'input_ｗｉｄｅ']);
    expect(compareByteOrder('ab', 'ab')).toBe(0);
    expect(compareByteOrder('ab', 'abc')).toBeLessThan(0);
  });

  it('practical-finish compareIds falls back to byte order on names without digits or dots', () => {
    const idText = fc.string({ unit: boundaryChar, maxLength: 5 });
    fc.assert(
      fc.property(idText, idText, (a, b) => {
        expect(sign(compareIds(a, b))).toBe(bytes(a, b));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('suite_classification entries_sorted', () => {
  const tester = new GateTester();
  const stem = fc.string({ unit: boundaryChar, minLength: 1, maxLength: 3 }).map((s) => `t_${s}`);

  it('passes a suite listed in byte order and fails the first entry out of it, whatever the letters', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(stem, { minLength: 2, maxLength: 4 }), fc.boolean(), async (stems, inOrder) => {
        const listed = inOrder ? [...stems].sort((a, b) => bytes(a, b)) : stems;
        const files = Object.fromEntries(stems.map((s) => [`test/${s}.test.ts`, 'export {};\n']));
        files['test/suite_classification.toml'] = `[suite.unit]\nfiles = [${listed.map((s) => JSON.stringify(s)).join(', ')}]\n`;
        const options = { manifest: 'test/suite_classification.toml', tests_glob: 'test/*.test.ts' };
        const firstDescent = listed.findIndex((s, k) => k > 0 && bytes(s, listed[k - 1] as string) < 0);
        if (firstDescent === -1) await tester.run(suiteClassification, { valid: [{ files, options }] });
        else {
          await tester.run(suiteClassification, {
            invalid: [{ files, options, reason: 'unsorted', findings: [{ id: 'entries_sorted', code: 'unsorted', pointer: `/suite/unit/files/${firstDescent}` }] }],
          });
        }
      }),
      { numRuns: 25 },
    );
  });
});
