import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { urlReading } from '../../gates/kernel-boundary/ts-resolve.js';

/** A path segment character percent-encoded as a URL may write it. */
const encode = (ch: string, upper: boolean) => {
  const hex = [...new TextEncoder().encode(ch)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  return upper ? hex.toUpperCase() : hex;
};

describe('urlReading: a relative specifier as Node\'s ESM loader reads it (a URL, percent-decoded)', () => {
  it('decodes escapes, dot segments, backslashes and drops tabs and line breaks', () => {
    expect(urlReading('../store/%64b.mjs')).toBe('../store/db.mjs');
    expect(urlReading('./%2e%2e/store/db.mjs')).toBe('./../store/db.mjs');
    expect(urlReading('./..\\store\\db.mjs')).toBe('./../store/db.mjs');
    expect(urlReading('../st\tore/d\nb.mjs')).toBe('../store/db.mjs');
    expect(urlReading('/src/%73tore/db.mjs')).toBe('/src/store/db.mjs');
  });

  it('has no second reading where both read the same, for bare specifiers, and where Node refuses the URL', () => {
    expect(urlReading('../store/db.mjs')).toBeUndefined();
    expect(urlReading('pkg/%64b.mjs')).toBeUndefined();
    expect(urlReading('..\\store\\db.mjs')).toBeUndefined();
    expect(urlReading('./a%2Fb.mjs')).toBeUndefined();
    expect(urlReading('./a%5cb.mjs')).toBeUndefined();
    expect(urlReading('./100%.mjs')).toBeUndefined();
  });

  it('any percent-encoding of a relative path\'s characters (other than its slashes) reads back as the path', () => {
    const path = fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789_-.éü'.split('')), { minLength: 1, maxLength: 8 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(path, { minLength: 1, maxLength: 4 }), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), fc.boolean(), (segments, picks, upper) => {
        // The leading `../` stays as written: Node takes a specifier as relative by its first characters.
        const rest = `${segments.join('/')}.mjs`;
        const plain = `../${rest}`;
        let k = 0;
        const encoded = `../${[...rest].map((ch) => (ch !== '/' && picks[k++ % picks.length] === true ? encode(ch, upper) : ch)).join('')}`;
        const read = urlReading(encoded);
        expect(read ?? encoded).toBe(plain);
      }),
    );
  });
});
