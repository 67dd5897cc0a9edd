// JSON5 keys defined twice (src/artifacts/json5.ts): the json5 package keeps the last copy silently, so the text is
// scanned for the keys of each object; any quoting or escape of a key already defined is found, and nothing else is.
import fc from 'fast-check';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { isArtifactError } from '../../src/artifacts/errors.js';
import { firstDuplicateKey, parseJson5 } from '../../src/artifacts/json5.js';
import '../helpers/fc-seed.js';

const decode = (raw: string): string => Object.keys(JSON5.parse(`{${raw}:0}`) as object)[0] ?? raw;
const key = fc.string({ minLength: 1, maxLength: 8, unit: fc.constantFrom('a', 'b', 's', '_', '$', 'é', ' ', ':', ',', '{', "'", '"', '\\', '/', '*') });
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, fc.constantFrom(1, 'x', null, true, Infinity), fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
})).node;

/** The ways JSON5 writes one key: bare (when it is an identifier), single or double quoted, with a \u escape. */
function spellings(k: string): string[] {
  const escaped = [...k].map((c) => `\\u${(c.codePointAt(0) as number).toString(16).padStart(4, '0')}`).join('');
  const out = [JSON.stringify(k), `'${k.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`, `"${escaped}"`];
  if (/^[A-Za-z_$][\w$]*$/.test(k)) out.push(k, `\\u${(k.codePointAt(0) as number).toString(16).padStart(4, '0')}${k.slice(1)}`);
  return out;
}

describe('firstDuplicateKey', () => {
  it('finds nothing in what JSON5.stringify writes, with comments between the tokens', () => {
    fc.assert(
      fc.property(value, (v) => {
        const text = JSON5.stringify(v, null, 2).replace(/\n/g, ' // a: "b", {c\n /* d: 1 */ ');
        expect(firstDuplicateKey(text, decode)).toBeUndefined();
      }),
    );
  });

  it('finds a key written again in any quoting or escape, in any object', () => {
    fc.assert(
      fc.property(key, fc.nat(), fc.nat(), fc.boolean(), (k, a, b, nested) => {
        const forms = spellings(k);
        const first = forms[a % forms.length] as string;
        const second = forms[b % forms.length] as string;
        const body = `${first}: 'fail', other: [1, {x: 2}], ${second}: 'pass'`;
        const text = nested ? `{outer: {${body}}, x: 1}` : `{${body}}`;
        expect(JSON5.parse(text)).toBeDefined();
        expect(firstDuplicateKey(text, decode)?.key).toBe(k);
      }),
    );
  });
});

describe('parseJson5', () => {
  it('refuses a duplicate as duplicate_key with its line and column', async () => {
    const error = await parseJson5('x.json5', "{\n  status: 'fail',\n  'status': 'pass',\n}").catch((e: unknown) => e);
    expect(isArtifactError(error) && error.code).toBe('duplicate_key');
    expect(String((error as Error).message)).toContain('x.json5:3:3');
  });
});
