/**
 * ASCII characters drawn alike in the sans-serif fonts CI pages and terminals use: a capital I, a lowercase l, a digit
 * one and a bar are one upright stroke (`faiIed`, `FAIIED`, `fai1ed`, `fai|ed` show `failed`). No table of Unicode
 * look-alikes maps one ASCII letter to another, as which letter a stroke is depends on the word it stands in: `FAILED`
 * holds a real capital I. So a word is read once per letter each stroke may be, and its caller keeps a reading only
 * where it is a word of its own vocabulary the word as written is not.
 */

/**
 * The characters drawn as one upright stroke. A lowercase l is one only in a word of capitals (`FAlLED`): among lowercase
 * letters it is written as meant (`fall` is no `fail`).
 */
const STROKE = /[I1|]/gu;
const STROKE_IN_CAPITALS = /[Il1|]/gu;
/** At most this many strokes are read both ways in one word (2^4 readings): a longer run is no word's spelling. */
const MAX_STROKES = 4;

/**
 * The lower-cased readings of `word` with each upright stroke (`I`, `1`, `|`; `l` among capitals) read as an `i` or an `l`, the word as
 * written (lower-cased) first; just that one for a word with no stroke or more than {@link MAX_STROKES}.
 */
export function strokeReadings(word: string): string[] {
  const lower = word.toLowerCase();
  const inCapitals = !/[a-km-z]/u.test(word);
  const at = [...word.matchAll(inCapitals ? STROKE_IN_CAPITALS : STROKE)].map((m) => m.index);
  if (at.length === 0 || at.length > MAX_STROKES) return [lower];
  const out = new Set<string>([lower]);
  for (let mask = 0; mask < 1 << at.length; mask++) {
    const chars = [...lower];
    at.forEach((i, k) => { chars[i] = mask & (1 << k) ? 'l' : 'i'; });
    out.add(chars.join(''));
  }
  return [...out];
}

/**
 * A cheap test for a word that may spell a letter by a stroke it is not: a capital I after a lowercase letter (`faiIed`),
 * two strokes in a row after a capital (`FAIIED`, `FAIIing`), a lowercase l between capitals (`FAlLED`), or a digit one
 * or a bar between letters (`fai1ed`). Not a capital I opening a word (`Into`, `Install`): prose is full of them.
 */
export const STROKE_SPELLING_HINT = /[a-z]I|[A-Z][Il|]{2}|[A-Za-z][1|][A-Za-z]|[A-Z]l[A-Z]/u;
