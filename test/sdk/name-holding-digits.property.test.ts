// A summary beside a pass that tells a failure of a member whose name holds digits among its letters (red team sa,
// session 47): `e2e failed`, `k8s deploy failed`, `x86_64 build failed`. The digit once handed the text to the count
// readers, which found no count and let the pass stand; the name is a word to a reader, whatever its letters and digits,
// and the same names beside sound words or counts of none still pass.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (text: string) => statusContradiction({ status: 'passed', summary: text }, '/status', 'passed');
/** A name of letters with digits among or after them, optionally joined by `_` or `-` to a further part. */
const name = fc
  .tuple(
    fc.stringMatching(/^[a-zA-Z]{1,4}$/),
    fc.stringMatching(/^[0-9]{1,3}$/),
    fc.stringMatching(/^[a-zA-Z]{0,3}$/),
    fc.constantFrom('', '_64', '-v8a', '-arm'),
  )
  .map(([head, digits, tail, joined]) => `${head}${digits}${tail}${joined}`);
const disguise = fc.constantFrom(
  (w: string) => w,
  (w: string) => w.toUpperCase(),
  (w: string) => [...w].map((c) => (c > ' ' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join(''),
  (w: string) => `<b>${w}</b>`,
);

describe('a member whose name holds digits', () => {
  it('told failed is a contradiction, in any wording (property)', () => {
    const wording = fc.constantFrom((n: string) => `${n} failed`, (n: string) => `${n} tests failed`, (n: string) => `Build failed: ${n}`, (n: string) => `Tests failed on ${n}`, (n: string) => `${n}-Tests fehlgeschlagen`);
    fc.assert(
      fc.property(name, disguise, wording, (n, d, w) => {
        const text = w(d(n));
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
  });

  it('told passed, skipped or of no failures is no contradiction (property)', () => {
    const wording = fc.constantFrom((n: string) => `All ${n} tests passed`, (n: string) => `${n} tests: none failed`, (n: string) => `${n}: 0 failed`, (n: string) => `${n} failures: 0`, (n: string) => `12 tests passed, ${n} skipped`, (n: string) => `${n}: no failures`);
    fc.assert(
      fc.property(name, disguise, wording, (n, d, w) => {
        const text = w(d(n));
        expect(beside(text), text).toBeUndefined();
      }),
    );
  });
});
