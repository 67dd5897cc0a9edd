/**
 * A fast path for the strict JSON parser, for texts read by the hundred thousand (JSONL rows).
 *
 * `JSON.parse` is native and several times faster than the strict parser, but keeps the last of two duplicate
 * keys and cannot tell `500.0` from `500`. The pre-scan here settles both without building anything: it counts
 * the members the text writes (every `:` outside a string is one member) and refuses any number written with a
 * fraction, an exponent or more digits than a double holds exactly. When the parsed value has exactly as many
 * own keys as the text writes members, no key was collapsed, so no key was duplicated (after unescaping, as the
 * strict parser compares them). Anything else — a duplicate, a number to record, nesting past the limit, text
 * `JSON.parse` refuses — goes to the strict parser, which gives the same value or the same error it always did.
 */
import { parseJson, type ParsedJson, type ParseJsonOptions } from './json-parse.js';

const EMPTY_SET: ReadonlySet<string> = new Set();
const EMPTY_MAP: ReadonlyMap<string, string> = new Map();
const DEFAULT_MAX_DEPTH = 512;
/** Integers with at most this many digits are exact in a double (the strict parser's own bound). */
const MAX_EXACT_DIGITS = 15;

/** `8`–`9`, `a`–`f` (either case): the third hex digit of a surrogate escape `\uD800`–`\uDFFF`. */
const isSurrogateNibble = (c: number): boolean => c === 56 || c === 57 || ((c | 32) >= 97 && (c | 32) <= 102);

/** Members written in `text` (colons outside strings), or -1 when the text needs the strict parser. */
function prescan(text: string, maxDepth: number): number {
  let members = 0;
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // string: skip to the closing quote, past escapes
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) {
          // `\uD800`–`\uDFFF`: the strict parser refuses a lone surrogate, which JSON.parse keeps.
          if (text.charCodeAt(i + 1) === 117 && (text.charCodeAt(i + 2) | 32) === 100 && isSurrogateNibble(text.charCodeAt(i + 3))) return -1;
          i++;
        } else if (d === 34) break;
        else if ((d & 0xf800) === 0xd800) {
          // A raw surrogate (only in a string handed over, never in UTF-8 text): a pair is one character, a lone one the strict parser's.
          if (d >= 0xdc00 || (text.charCodeAt(i + 1) & 0xfc00) !== 0xdc00) return -1;
          i++;
        }
      }
    } else if (c === 58) members++;
    else if (c === 123 || c === 91) {
      if (++depth > maxDepth) return -1;
    } else if (c === 125 || c === 93) depth--;
    else if (c === 45 || (c >= 48 && c <= 57)) {
      let digits = 0;
      if (c !== 45) digits++;
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d >= 48 && d <= 57) digits++;
        else if (d === 46 || d === 101 || d === 69) return -1; // fraction or exponent: recorded by the strict parser
        else break;
      }
      i--;
      if (digits > MAX_EXACT_DIGITS) return -1;
    } else if (c === 0xfeff) return -1; // a BOM: the strict parser's rules
  }
  return members;
}

/** Own keys of every object in `value`, recursively. */
function countKeys(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (const item of value) count += countKeys(item);
    return count;
  }
  // Object.keys sees every key JSON.parse creates, `__proto__` included (it is created as an own property).
  for (const key of Object.keys(value)) count += 1 + countKeys((value as Record<string, unknown>)[key]);
  return count;
}

/** `parseJson(text)`, faster for texts with no duplicate key and no number the strict parser must record. */
export function parseJsonFast(text: string, options?: ParseJsonOptions): ParsedJson {
  const maxDepth = options?.maxDepth ?? DEFAULT_MAX_DEPTH;
  const members = prescan(text, maxDepth);
  if (members >= 0) {
    let value: unknown;
    let parsed = true;
    try {
      value = JSON.parse(text);
    } catch {
      parsed = false;
    }
    if (parsed && countKeys(value) === members) return { value, nonIntegerNumbers: EMPTY_SET, inexactNumbers: EMPTY_MAP };
  }
  return parseJson(text, options);
}
