/**
 * JSON with comments and trailing commas (`.jsonc`: tsconfig, VS Code settings, Deno configs). Comments and
 * trailing commas are blanked out in place (newlines kept), so the strict JSON parser then reads the rest and its
 * line/column point into the file as written: a `.jsonc` cut off mid-write is `malformed` like a `.json` one.
 */
import { jsonParseFailure } from './json.js';
import { JsonParseError, parseJson } from './json-parse.js';
import { refuseLookalikeKeys } from './lookalike-keys.js';

/** The text with every comment and trailing comma replaced by spaces (newlines kept); strings untouched. */
export function jsoncToJson(text: string): string {
  const out = text.split('');
  const n = text.length;
  let lastComma = -1; // index of a comma after a value, with only whitespace and comments after it so far
  let afterValue = false; // the last significant character ends a value (`[,]` keeps its comma, and fails)
  let i = 0;
  const blank = (from: number, to: number): void => {
    for (let k = from; k < to; k++) if (out[k] !== '\n' && out[k] !== '\r') out[k] = ' ';
  };
  while (i < n) {
    const c = text[i] as string;
    if (c === '"') {
      lastComma = -1;
      afterValue = true;
      let j = i + 1;
      while (j < n && text[j] !== '"' && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? n : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      // An unclosed comment is left for the parser to refuse: a file cut inside its last comment is cut off.
      if (close === -1) return out.join('');
      blank(i, close + 2);
      i = close + 2;
    } else {
      if ((c === '}' || c === ']') && lastComma !== -1) out[lastComma] = ' ';
      if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') {
        lastComma = c === ',' && afterValue ? i : -1;
        afterValue = c !== ',' && c !== '[' && c !== '{' && c !== ':';
      }
      i++;
    }
  }
  return out.join('');
}

/** The value of a JSONC document; throws `malformed` (or `duplicate_key`, also for two keys that read the same) at its first error, by line and column. */
export function parseJsonc(path: string, text: string): unknown {
  let value: unknown;
  try {
    value = parseJson(jsoncToJson(text)).value;
  } catch (e) {
    if (e instanceof JsonParseError) throw jsonParseFailure(path, e);
    throw e;
  }
  refuseLookalikeKeys(path, value);
  return value;
}
