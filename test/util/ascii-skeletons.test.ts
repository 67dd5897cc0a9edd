// The ASCII skeletons the placeholder reader uses without loading Unicode's confusables must be the table's own.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ASCII_SKELETON_EXCEPTIONS } from '../../src/util/text-classes.js';

const table = createRequire(import.meta.url)('unhomoglyph/data.json') as Record<string, string>;
const once = (t: string) => {
  let out = '';
  for (const ch of t) out += table[ch] ?? ch;
  return out.toLowerCase();
};

describe('ASCII skeletons', () => {
  it('are the confusables table read twice and lower-cased, for every ASCII character', () => {
    const fromTable: Record<string, string> = {};
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      const folded = once(once(ch));
      if (folded !== ch.toLowerCase()) fromTable[ch] = folded;
    }
    expect(ASCII_SKELETON_EXCEPTIONS).toEqual(fromTable);
  });
});
