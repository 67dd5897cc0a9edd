/**
 * An infinity written as text (JavaScript's `Infinity`, Python's `inf`, with a sign, in any case, in full width) is a
 * value that measured nothing, as the number ±infinity and the text `NaN` are (red team zi, session 45): a document of
 * such values alone is empty, beside one real value it is content, and words that only begin with `inf` are words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hollowDocumentReason } from '../../src/sdk/document.js';
import { classifyText } from '../../src/util/text-classes.js';

const fullWidth = (text: string) => [...text].map((c) => (c >= '!' && c <= '~' ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c)).join('');
const CASES: readonly ((t: string) => string)[] = [(t) => t, (t) => t.toUpperCase(), (t) => t.charAt(0).toUpperCase() + t.slice(1)];

const infinityText = fc
  .tuple(fc.constantFrom('', '-', '+'), fc.constantFrom('inf', 'infinity'), fc.nat(CASES.length - 1), fc.boolean())
  .map(([sign, word, c, wide]) => {
    const text = `${sign}${CASES[c]!(word)}`;
    return wide ? fullWidth(text) : text;
  });
const NAMES = ['loss', 'val_loss', 'perplexity', 'p95_ms', 'grad_norm', 'margin'];

describe('an infinity written as text', () => {
  it('is a value that measured nothing, and a document of them alone is empty (property)', () => {
    fc.assert(
      fc.property(fc.array(infinityText, { minLength: 1, maxLength: 4 }), fc.boolean(), (values, nested) => {
        for (const v of values) expect(classifyText(v), v).toBe('placeholder');
        const fields = Object.fromEntries(values.map((v, i) => [NAMES[i % NAMES.length]! + (i >= NAMES.length ? i : ''), v]));
        const doc = nested ? { metrics: fields } : fields;
        expect(hollowDocumentReason(doc), JSON.stringify(doc)).toBeDefined();
      }),
    );
  });

  it('beside one real value is content (property)', () => {
    fc.assert(
      fc.property(fc.array(infinityText, { minLength: 1, maxLength: 4 }), fc.double({ min: 0, max: 1e6, noNaN: true }), (values, real) => {
        const doc = { ...Object.fromEntries(values.map((v, i) => [`metric_${i}`, v])), epoch_loss: real };
        expect(hollowDocumentReason(doc)).toBeUndefined();
      }),
    );
  });

  it('words that begin with inf are words', () => {
    for (const v of ['info', 'infra', 'infinite', 'Inference', 'inf-2', 'infinity war', 'INFO']) expect(classifyText(v), v).toBe('ok');
  });
});
