/**
 * JSON5 evidence (unquoted keys, single quotes, hex numbers, comments): a file cut off mid-write is `malformed`,
 * with the line and column the `json5` package (the format's reference parser) stops at. A key defined twice
 * (`status` and `'status'`, or `st\u0061tus`) is `duplicate_key` as in every other format: the `json5` package keeps
 * the last copy silently, other readers the first or refuse the file. Loaded on the first `.json5` file.
 */
import { ArtifactError } from './errors.js';
import { lineColumn } from './json-parse.js';
import { refuseLookalikeKeys } from './lookalike-keys.js';
import { importModule } from '../util/import-module.js';

type Json5 = typeof import('json5');
let json5: Promise<Json5> | undefined;

async function loadJson5(): Promise<Json5> {
  json5 ??= importModule<Json5>('json5');
  const loaded = await json5;
  // A CommonJS module: Node hands its exports over as the default export, its types name them directly.
  return (loaded as Json5 & { default?: Json5 }).default ?? loaded;
}

/** The value of a JSON5 document; throws `malformed` at its first error, by line and column, and `duplicate_key`. */
export async function parseJson5(path: string, text: string): Promise<unknown> {
  const { parse } = await loadJson5();
  let value: unknown;
  try {
    value = parse(text) as unknown;
  } catch (e) {
    const { lineNumber: line, columnNumber: column, message } = e as SyntaxError & { lineNumber?: number; columnNumber?: number };
    const where = line !== undefined && column !== undefined ? `:${line}:${column}` : '';
    throw new ArtifactError('malformed', `${path}${where}: not valid JSON5: ${message.replace(/^JSON5: /, '').replace(/ at \d+:\d+$/, '')}`, {
      path,
      ...(line !== undefined && column !== undefined ? { line, column } : {}),
      fix: 'the producer wrote an incomplete or invalid JSON5 file (a run killed mid-write leaves one cut off): re-run it and check its log',
    });
  }
  const duplicate = firstDuplicateKey(text, (raw) => Object.keys(parse(`{${raw}:0}`) as object)[0] ?? raw);
  if (duplicate !== undefined) {
    const { line, column } = lineColumn(text, duplicate.at);
    throw new ArtifactError('duplicate_key', `${path}:${line}:${column}: duplicate key ${JSON.stringify(duplicate.key)} (after decoding quotes and escapes)`, {
      path,
      line,
      column,
      fix: 'define each key once; JSON5 readers disagree on which copy wins',
    });
  }
  refuseLookalikeKeys(path, value);
  return value;
}

const LINE_END = /[\n\r\u2028\u2029]/;
/** JSON5 white space: JSON's, plus the other Unicode spaces, the BOM and the line separators. */
const SPACE = /[\s\uFEFF]/u;

interface Frame {
  object: boolean;
  keys: Set<string>;
  /** In an object: the next token is a property name. */
  expectKey: boolean;
}

/**
 * The first property name of an object that repeats an earlier one of the same object, with its offset. The text is
 * valid JSON5 (it parsed), so only strings, comments and brackets need following; `decode` gives a raw name (an
 * identifier or a quoted string, escapes and all) the name JSON5 reads.
 */
export function firstDuplicateKey(text: string, decode: (raw: string) => string): { key: string; at: number } | undefined {
  const stack: Frame[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    const top = stack.at(-1);
    if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && !LINE_END.test(text[i] as string)) i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close === -1 ? text.length : close + 2;
    } else if (c === '{' || c === '[') {
      stack.push({ object: c === '{', keys: new Set(), expectKey: c === '{' });
      i++;
    } else if (c === '}' || c === ']') {
      stack.pop();
      i++;
    } else if (c === ',' || c === ':') {
      if (top?.object === true) top.expectKey = c === ',';
      i++;
    } else if (SPACE.test(c)) {
      i++;
    } else {
      const end = c === '"' || c === "'" ? stringEnd(text, i) : nameEnd(text, i);
      if (top?.object === true && top.expectKey) {
        const key = decode(text.slice(i, end));
        if (top.keys.has(key)) return { key, at: i };
        top.keys.add(key);
        top.expectKey = false;
      }
      i = Math.max(end, i + 1);
    }
  }
  return undefined;
}

/** The offset just past the quoted string starting at `start`. */
function stringEnd(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length && text[i] !== quote) i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** The offset just past an identifier or a bare value (number, true, Infinity) starting at `start`. */
function nameEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && !SPACE.test(text[i] as string) && !',:{}[]"\''.includes(text[i] as string) && !(text[i] === '/' && (text[i + 1] === '/' || text[i + 1] === '*'))) i++;
  return i;
}
