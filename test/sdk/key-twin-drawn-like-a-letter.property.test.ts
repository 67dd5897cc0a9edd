// A key twin drawn like a real key (helper ck, session 43; parked by xj): `fai\u05C0ed` (Hebrew paseq), `fai\u2223ed`
// (DIVIDES), `fai\u0661ed` (Arabic-Indic one), `err\u0665rs` (Arabic-Indic five) beside `failed` / `errors` are one field
// to a reader, so findLookalikeKeys must see them as one key. Every character Unicode's confusables (UTS #39, the
// `unhomoglyph` data visibleForm reads) draw as one ASCII letter or digit is tried in every place of a key, and
// distinct printable ASCII keys and digits of other scripts standing apart are never folded.
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { findLookalikeKeys } from '../../src/artifacts/lookalike-keys.js';
import { asciiDigits, visibleForm } from '../../src/util/text-classes.js';
import '../helpers/fc-seed.js';

const table = createRequire(import.meta.url)('unhomoglyph/data.json') as Record<string, string>;

const CASE_KEPT_FIRST = new Set(['\u0399', '\u0406', '\u04CF']);
/** Characters drawn as one ASCII letter or digit (letters, symbols, punctuation, digits of other scripts), by that character. */
const drawnAs = new Map<string, string[]>();
for (const [ch, to] of Object.entries(table)) {
  // Invisible, combining and unassigned characters draw nothing of their own; NFKC-folded ones are folded before the table.
  if (!/^[A-Za-z0-9]$/u.test(to) || /^[\x00-\x7f]$/u.test(ch) || /^[\p{Mn}\p{Me}\p{C}\p{Z}]$/u.test(ch) || ch.normalize('NFKD') !== ch) continue;
  // visibleForm's case-keeping table reads these before the confusables do: Greek Ι and Cyrillic І as `I`, Cyrillic ӏ as `l`.
  if (CASE_KEPT_FIRST.has(ch)) continue;
  drawnAs.set(to, [...(drawnAs.get(to) ?? []), ch]);
}
const nonLetters = [...drawnAs.values()].flat().filter((c) => !/\p{L}/u.test(c));

const keyChar = fc.constantFrom(...'abcdefilmnorstuvwxyzBEILOST0123456789_-.'.split(''));
/** A key of printable ASCII with at least one character the table draws another character as. */
const key = fc.array(keyChar, { minLength: 2, maxLength: 10 }).map((cs) => cs.join('')).filter((k) => [...k].some((c) => drawnAs.has(c)));

describe('key twins drawn like a letter or digit (findLookalikeKeys, visibleForm)', () => {
  it('the table holds the symbols and digits of the parked twins', () => {
    expect(drawnAs.get('l')).toEqual(expect.arrayContaining(['\u05C0', '\u2223', '\u0661', '\u06F1']));
    expect(drawnAs.get('o')).toEqual(expect.arrayContaining(['\u0665', '\u06F5', '\u0966']));
    expect(nonLetters.length).toBeGreaterThan(60);
    // The half-width light vertical is the box-drawing one by NFKC; it and the strokes the data leaves out read as `l`.
    for (const stroke of ['\uFFE8', '\u2502', '\u23D0', '\u2758']) expect(visibleForm(`fai${stroke}ed`)).toBe('failed');
    expect(visibleForm('err\u0665rs')).toBe('errors');
    expect(visibleForm('\u2C93d')).toBe('id');
  });

  it('a key with one character replaced by one drawn like it is a duplicate of the key', () => {
    fc.assert(
      fc.property(key, fc.nat(), fc.nat(), fc.boolean(), (k, at, pick, twinFirst) => {
        const places = [...k].flatMap((c, i) => (drawnAs.has(c) ? [i] : []));
        const i = places[at % places.length] as number;
        const choices = drawnAs.get(k[i] as string) as string[];
        const twin = k.slice(0, i) + (choices[pick % choices.length] as string) + k.slice(i + 1);
        const report = twinFirst ? { total: 10, [twin]: 3, [k]: 0 } : { total: 10, [k]: 0, [twin]: 3 };
        const found = findLookalikeKeys({ outer: report });
        expect(found?.pointer).toBe('/outer');
        expect([found?.first, found?.second].sort()).toEqual([k, twin].sort());
      }),
    );
  });

  it('a key with a run of symbols or digits drawn like letters beside its ASCII is a duplicate (`c\u0665\u0665l` beside `cool`)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...nonLetters), { minLength: 1, maxLength: 3 }), fc.constantFrom('', 'a', 'run_'), fc.constantFrom('', 'z', '.x'), (run, before, after) => {
        fc.pre(before !== '' || after !== '');
        const twin = before + run.join('') + after;
        const real = before + run.map((c) => table[c] as string).join('') + after;
        expect(visibleForm(twin)).toBe(real);
        expect(findLookalikeKeys({ [real]: 0, [twin]: 3 })).toBeDefined();
      }),
    );
  });

  it('distinct printable ASCII keys are never duplicates, whatever they hold (`l1` `ll`, `p95` `p99`, `O0` `OO`)', () => {
    const ascii = fc.string({ unit: fc.constantFrom(...'lI1|O0oS5B8Z2mrnp9_-. '.split('')), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.uniqueArray(ascii, { minLength: 2, maxLength: 6 }), (keys) => {
        fc.pre(keys.every((k) => k.trim() === k && k !== ''));
        expect(findLookalikeKeys(Object.fromEntries(keys.map((k, n) => [k, n])))).toBeUndefined();
      }),
    );
  });

  it('digits of other scripts standing apart (alone, among their own letters, after a space) stay digits, and read as ASCII ones first', () => {
    const scripts = [0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xe50];
    fc.assert(
      fc.property(fc.constantFrom(...scripts), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 4 }), fc.constantFrom('', ' ', 'failed ', '\u0641\u0634\u0644 ', '\u0935\u093f\u092b\u0932 '), (zero, ds, before) => {
        const digits = ds.map((d) => String.fromCodePoint(zero + d)).join('');
        expect(visibleForm(before + digits)).toBe((before + digits).trim().normalize('NFC'));
        expect(visibleForm(asciiDigits(`${before}:${digits}`))).toBe(`${before}:${ds.join('')}`.trim());
      }),
    );
  });
});
