/**
 * A strict RFC 8259 JSON parser.
 *
 * `JSON.parse` keeps the last of two duplicate keys, so `{"status":"fail","status":"pass"}` reads as
 * a pass. A release gate must not be talked into a pass that way, so this parser rejects duplicate
 * keys and reports every problem with a line, column and JSON pointer the user can act on. Values
 * it returns are indistinguishable from what `JSON.parse` returns for the same (valid) text.
 */
import { encodePointerSegment } from '../util/pointer.js';
import { describeOutOfRange, numberOutOfRange, numberSurvives } from './numbers.js';
import { loneSurrogate } from '../util/text-classes.js';

export { encodePointerSegment };

export interface JsonProblem {
  kind: 'malformed' | 'duplicate_key' | 'imprecise_number';
  /** A sentence saying what was found and what was expected. */
  message: string;
  /** 1-based line of the offending token. */
  line: number;
  /** 1-based column in UTF-16 code units; a leading BOM does not count. */
  column: number;
  /** 0-based index into the text. */
  offset: number;
  /**
   * RFC 6901 pointer: for `duplicate_key` the duplicated member, for `malformed` the container or
   * value being parsed when the text broke ("" at top level).
   */
  pointer: string;
}

export class JsonParseError extends Error {
  override readonly name = 'JsonParseError';
  readonly problem: JsonProblem;

  constructor(problem: JsonProblem) {
    super(`line ${problem.line}, column ${problem.column}: ${problem.message}`);
    this.problem = problem;
  }
}

export interface ParsedJson {
  value: unknown;
  /** JSON pointers of every number written with a fraction or exponent (`500.0`, `5e2`, `1.5`).
   *  Lets a gate say "500.0 is not an integer" although JS numbers cannot tell 500.0 from 500. */
  nonIntegerNumbers: ReadonlySet<string>;
  /** Pointer → text of every number a double cannot hold exactly (see artifacts/numbers.ts). */
  inexactNumbers: ReadonlyMap<string, string>;
}

export interface ParseJsonOptions {
  /** Deepest allowed nesting of arrays and objects (default 512). */
  maxDepth?: number;
}

const DEFAULT_MAX_DEPTH = 512;
const BOM = 0xfeff;

// Character codes used by the scanner.
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const QUOTE = 34;
const PLUS = 43;
const COMMA = 44;
const MINUS = 45;
const DOT = 46;
const SLASH = 47;
const ZERO = 48;
const ONE = 49;
const NINE = 57;
const COLON = 58;
const UPPER_E = 69;
const OPEN_BRACKET = 91;
const BACKSLASH = 92;
const CLOSE_BRACKET = 93;
const LOWER_E = 101;
const LOWER_F = 102;
const LOWER_N = 110;
const LOWER_T = 116;
const LOWER_U = 117;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

/** Integers with at most this many digits are exact when accumulated in a double (< 2^53). */
const MAX_EXACT_DIGITS = 15;

type Container = unknown[] | Record<string, unknown>;

export function parseJson(text: string, options?: ParseJsonOptions): ParsedJson {
  if (typeof text !== 'string') throw new TypeError('parseJson expects a string');
  const maxDepth = options?.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (!Number.isInteger(maxDepth) || maxDepth < 0) {
    throw new RangeError(`maxDepth must be a non-negative integer, got ${String(maxDepth)}`);
  }
  return new Parser(text, maxDepth).parseDocument();
}

/**
 * Line/column (1-based) where the value at `pointer` starts (for an object member: where its key
 * starts), or undefined if the pointer does not exist. Used to annotate schema errors with
 * file:line:col. Best effort on malformed text: it never throws.
 */
export function locateJsonPointer(text: string, pointer: string): { line: number; column: number } | undefined {
  const segments = splitPointer(pointer);
  if (segments === undefined) return undefined;
  let i = skipWhitespace(text, text.charCodeAt(0) === BOM ? 1 : 0);
  if (i >= text.length) return undefined;
  let at = i;
  for (const segment of segments) {
    const c = text.charCodeAt(i);
    if (c === OPEN_BRACE) {
      const member = findMember(text, i, segment);
      if (member === undefined) return undefined;
      at = member.keyOffset;
      i = member.valueOffset;
    } else if (c === OPEN_BRACKET) {
      if (!/^(?:0|[1-9][0-9]*)$/.test(segment)) return undefined;
      const element = findElement(text, i, Number(segment));
      if (element === undefined) return undefined;
      at = i = element;
    } else {
      return undefined;
    }
  }
  return lineColumn(text, at);
}

export function joinPointer(base: string, segment: string | number): string {
  return `${base}/${encodePointerSegment(segment)}`;
}

/**
 * Iterative on purpose: an explicit stack of open containers means hostile nesting can only hit
 * `maxDepth`, never the JS call stack, whatever limit the caller picks.
 */
class Parser {
  private readonly text: string;
  private readonly len: number;
  private readonly maxDepth: number;
  /** One segment per open container: its current key or index. Joined only when a pointer is needed. */
  private readonly path: (string | number)[] = [];
  private readonly nonIntegerNumbers = new Set<string>();
  private readonly inexactNumbers = new Map<string, string>();
  pos = 0;

  constructor(text: string, maxDepth: number) {
    this.text = text;
    this.len = text.length;
    this.maxDepth = maxDepth;
  }

  parseDocument(): ParsedJson {
    if (this.text.charCodeAt(0) === BOM) this.pos = 1;
    this.skipWs();
    if (this.pos >= this.len) this.fail('malformed', 'no JSON value', this.pos, 0);
    const value = this.parseValue();
    this.skipWs();
    if (this.pos < this.len) this.fail('malformed', 'unexpected content after the JSON value', this.pos, 0);
    return { value, nonIntegerNumbers: this.nonIntegerNumbers, inexactNumbers: this.inexactNumbers };
  }

  /** Expects `pos` at a value with whitespace already skipped; that invariant holds at every loop turn. */
  private parseValue(): unknown {
    const text = this.text;
    const path = this.path;
    const containers: Container[] = [];
    // Where each open container starts, so a duplicate key can say where it was first defined.
    const opens: number[] = [];
    let value: unknown;

    for (;;) {
      const c = text.charCodeAt(this.pos);
      if (c === QUOTE) {
        value = this.readString(path.length);
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (containers.length >= this.maxDepth) {
          this.fail('malformed', `nesting deeper than ${this.maxDepth} levels`, this.pos, path.length);
        }
        const open = this.pos++;
        this.skipWs();
        const next = text.charCodeAt(this.pos);
        if (c === OPEN_BRACE) {
          if (next === CLOSE_BRACE) {
            this.pos++;
            value = {};
          } else {
            const object: Record<string, unknown> = {};
            containers.push(object);
            opens.push(open);
            path.push('');
            this.readKey(object, open, "a string key or '}'");
            continue;
          }
        } else if (next === CLOSE_BRACKET) {
          this.pos++;
          value = [];
        } else {
          if (this.pos >= this.len) this.unexpected("a value or ']'", path.length);
          containers.push([]);
          opens.push(open);
          path.push(0);
          continue;
        }
      } else if ((c >= ZERO && c <= NINE) || c === MINUS) {
        value = this.readNumber();
      } else if (c === LOWER_T) {
        value = this.readLiteral('true', true);
      } else if (c === LOWER_F) {
        value = this.readLiteral('false', false);
      } else if (c === LOWER_N) {
        value = this.readLiteral('null', null);
      } else {
        this.unexpected('a value', path.length, this.pos, true);
      }

      // A value is complete: store it in its container, then close every container the text closes.
      for (;;) {
        const top = containers.length - 1;
        if (top < 0) return value;
        const parent = containers[top]!;
        this.skipWs();
        const sep = text.charCodeAt(this.pos);
        if (Array.isArray(parent)) {
          parent.push(value);
          if (sep === COMMA) {
            this.afterComma(CLOSE_BRACKET, top);
            path[top] = (path[top] as number) + 1;
            break;
          }
          if (sep !== CLOSE_BRACKET) this.unexpected("']' or ','", top);
        } else {
          setMember(parent, path[top] as string, value);
          if (sep === COMMA) {
            this.afterComma(CLOSE_BRACE, top);
            this.readKey(parent, opens[top]!, 'a string key');
            break;
          }
          if (sep !== CLOSE_BRACE) this.unexpected("'}' or ','", top);
        }
        this.pos++;
        value = parent;
        containers.pop();
        opens.pop();
        path.pop();
      }
    }
  }

  private afterComma(close: number, depth: number): void {
    const comma = this.pos++;
    this.skipWs();
    if (this.text.charCodeAt(this.pos) === close) {
      this.fail('malformed', `trailing comma before '${String.fromCharCode(close)}'`, comma, depth);
    }
  }

  /** Reads `"key" :` and leaves `pos` at the member's value. */
  private readKey(object: Record<string, unknown>, open: number, expected: string): void {
    const path = this.path;
    const top = path.length - 1;
    if (this.text.charCodeAt(this.pos) !== QUOTE) this.unexpected(expected, top, this.pos, true);
    const keyOffset = this.pos;
    const key = this.readString(top);
    // Checking the object we are building is free; where the first one was is only looked up on error.
    if (Object.hasOwn(object, key)) this.duplicateKey(key, keyOffset, open, top);
    path[top] = key;
    this.skipWs();
    if (this.text.charCodeAt(this.pos) !== COLON) this.unexpected(`':' after the key ${JSON.stringify(key)}`, top + 1);
    this.pos++;
    this.skipWs();
  }

  private duplicateKey(key: string, offset: number, open: number, depth: number): never {
    const first = findMember(this.text, open, key);
    const where = first === undefined ? undefined : lineColumn(this.text, first.keyOffset);
    const message =
      where === undefined
        ? `duplicate key ${JSON.stringify(key)}`
        : `duplicate key ${JSON.stringify(key)} (first defined at line ${where.line}, column ${where.column})`;
    throw this.problem('duplicate_key', message, offset, joinPointer(this.pointerOf(depth), key));
  }

  /** Expects `pos` at the opening quote; `depth` is how much of the path names the string's place. */
  readString(depth: number): string {
    const text = this.text;
    const start = this.pos + 1;
    for (let i = start; ; i++) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        this.pos = i + 1;
        return text.slice(start, i);
      }
      // A surrogate written raw (possible only in a string handed to the parser, never in UTF-8 text) is checked too.
      if (c === BACKSLASH || (c & 0xf800) === 0xd800) return this.readEscapedString(start, i, depth);
      if (c < SPACE || i >= this.len) this.badStringChar(i, depth);
    }
  }

  /** The slow path, only for strings that contain escapes: copies runs between escapes, not characters. */
  private readEscapedString(start: number, firstEscape: number, depth: number): string {
    const text = this.text;
    let out = text.slice(start, firstEscape);
    let run = firstEscape;
    let i = firstEscape;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        this.pos = i + 1;
        const decoded = out + text.slice(run, i);
        // An escape writes a lone surrogate (UTF-8 text cannot): `"status\ud800"` is `status` to a reader that drops
        // it, U+FFFD to one that replaces it, and an error to one that refuses it.
        const lone = loneSurrogate(decoded);
        if (lone !== undefined) this.fail('malformed', `the string holds a lone surrogate ${lone} (an escape without its pair): it is not Unicode text, and readers disagree on it (refuse it, replace it by U+FFFD or drop it)`, start - 1, depth);
        return decoded;
      }
      if (c === BACKSLASH) {
        out += text.slice(run, i) + this.readEscape(i, depth);
        i += text.charCodeAt(i + 1) === LOWER_U ? 6 : 2;
        run = i;
      } else {
        if (c < SPACE || i >= this.len) this.badStringChar(i, depth);
        i++;
      }
    }
  }

  /** Decodes the escape whose backslash is at `at`. */
  private readEscape(at: number, depth: number): string {
    const text = this.text;
    const e = text.charCodeAt(at + 1);
    switch (e) {
      case QUOTE:
        return '"';
      case BACKSLASH:
        return '\\';
      case SLASH:
        return '/';
      case 98: // b
        return '\b';
      case LOWER_F:
        return '\f';
      case LOWER_N:
        return '\n';
      case 114: // r
        return '\r';
      case LOWER_T:
        return '\t';
      case LOWER_U: {
        const code =
          (hexValue(text.charCodeAt(at + 2)) << 12) |
          (hexValue(text.charCodeAt(at + 3)) << 8) |
          (hexValue(text.charCodeAt(at + 4)) << 4) |
          hexValue(text.charCodeAt(at + 5));
        if (code < 0) {
          let shown = '\\u';
          for (let k = at + 2; k < Math.min(at + 6, this.len); k++) shown += describeRaw(text, k);
          this.fail('malformed', `invalid unicode escape '${shown}' in string; expected 4 hex digits after '\\u'`, at, depth);
        }
        // A surrogate is decoded alone; the whole string is checked for one left without its pair (readEscapedString).
        return String.fromCharCode(code);
      }
      default:
        if (at + 1 >= this.len) this.badStringChar(at + 1, depth);
        this.fail('malformed', `invalid escape '\\${describeRaw(text, at + 1)}' in string`, at, depth);
    }
  }

  private badStringChar(at: number, depth: number): never {
    if (at >= this.len) {
      const opening = this.pos;
      this.fail('malformed', `unterminated string; expected '"' before the end of input`, opening, depth);
    }
    this.fail('malformed', `unescaped control character ${codePointName(this.text.charCodeAt(at))} in string`, at, depth);
  }

  private readNumber(): number {
    const text = this.text;
    const depth = this.path.length;
    const start = this.pos;
    let i = start;
    let c = text.charCodeAt(i);
    const negative = c === MINUS;
    if (negative) c = text.charCodeAt(++i);
    let n = 0;
    if (c === ZERO) {
      c = text.charCodeAt(++i);
      if (c >= ZERO && c <= NINE) {
        let end = i;
        while (isDigit(text.charCodeAt(end))) end++;
        this.fail('malformed', `invalid number '${text.slice(start, end)}': leading zeros are not allowed`, start, depth);
      }
    } else if (c >= ONE && c <= NINE) {
      do {
        n = n * 10 + (c - ZERO);
        c = text.charCodeAt(++i);
      } while (c >= ZERO && c <= NINE);
    } else {
      this.unexpected("a digit after '-'", depth, i, true);
    }
    const integerDigits = i - start - (negative ? 1 : 0);
    let integral = true;
    if (c === DOT) {
      integral = false;
      c = text.charCodeAt(++i);
      if (!isDigit(c)) this.unexpected("a digit after '.'", depth, i);
      do c = text.charCodeAt(++i);
      while (isDigit(c));
    }
    if (c === LOWER_E || c === UPPER_E) {
      integral = false;
      c = text.charCodeAt(++i);
      if (c === PLUS || c === MINUS) c = text.charCodeAt(++i);
      if (!isDigit(c)) this.unexpected('a digit in the exponent', depth, i);
      do c = text.charCodeAt(++i);
      while (isDigit(c));
    }
    this.pos = i;
    if (integral) {
      if (integerDigits <= MAX_EXACT_DIGITS) return negative ? -n : n;
    } else {
      this.nonIntegerNumbers.add(this.pointerOf(depth));
    }
    // Number() rounds exactly as JSON.parse does, including 1e400 -> Infinity.
    const written = text.slice(start, i);
    const value = Number(written);
    const range = numberOutOfRange(written, value);
    if (range !== undefined) this.fail('imprecise_number', describeOutOfRange(written, range), start, depth);
    if (!numberSurvives(written, value)) this.inexactNumbers.set(this.pointerOf(depth), written);
    return value;
  }

  private readLiteral<T>(word: string, value: T): T {
    const text = this.text;
    const start = this.pos;
    for (let k = 1; k < word.length; k++) {
      if (text.charCodeAt(start + k) !== word.charCodeAt(k)) {
        this.unexpected(`'${word}'`, this.path.length, start + k);
      }
    }
    this.pos = start + word.length;
    return value;
  }

  private skipWs(): void {
    const text = this.text;
    let i = this.pos;
    let c = text.charCodeAt(i);
    while (c === SPACE || c === LF || c === CR || c === TAB) c = text.charCodeAt(++i);
    this.pos = i;
  }

  private unexpected(expected: string, depth: number, at = this.pos, atValueOrKey = false): never {
    if (at >= this.len) this.fail('malformed', `unexpected end of input; expected ${expected}`, at, depth);
    const found = describeChar(this.text, at);
    this.fail('malformed', `unexpected character ${found}; expected ${expected}${hint(this.text, at, atValueOrKey)}`, at, depth);
  }

  private fail(kind: JsonProblem['kind'], message: string, offset: number, depth: number): never {
    throw this.problem(kind, message, offset, this.pointerOf(depth));
  }

  private problem(kind: JsonProblem['kind'], message: string, offset: number, pointer: string): JsonParseError {
    const { line, column } = lineColumn(this.text, offset);
    return new JsonParseError({ kind, message, line, column, offset, pointer });
  }

  /** Pointer made of the first `depth` path segments. */
  private pointerOf(depth: number): string {
    let pointer = '';
    for (let k = 0; k < depth; k++) pointer += '/' + encodePointerSegment(this.path[k]!);
    return pointer;
  }
}

function setMember(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    // Plain assignment would call the prototype setter; JSON.parse creates an own property instead.
    Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    object[key] = value;
  }
}

function isDigit(c: number): boolean {
  return c >= ZERO && c <= NINE;
}

/** -1 for a non-hex character; ORing four results keeps the sum negative if any of them failed. */
function hexValue(c: number): number {
  if (c >= ZERO && c <= NINE) return c - ZERO;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function codePointName(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** How to show a character in a message: quoted when printable ASCII, its code point otherwise. */
function describeChar(text: string, at: number): string {
  const cp = text.codePointAt(at) ?? 0;
  if (cp === 39) return `"'"`;
  if (cp >= SPACE && cp < 0x7f) return `'${String.fromCharCode(cp)}'`;
  return codePointName(cp);
}

/** The character itself when printable ASCII (to sit inside quotes already written), else its code point. */
function describeRaw(text: string, at: number): string {
  const cp = text.codePointAt(at) ?? 0;
  return cp >= SPACE && cp < 0x7f ? String.fromCharCode(cp) : codePointName(cp);
}

/** Names the usual reason behind a stray character, because "unexpected '/'" alone rarely helps. */
function hint(text: string, at: number, atValueOrKey: boolean): string {
  const c = text.charCodeAt(at);
  if (c === SLASH) return ' (JSON does not allow comments)';
  if (!atValueOrKey) return '';
  if (c === 39) return ' (JSON strings use double quotes)';
  if (c === DOT) return ' (a number needs a digit before the decimal point)';
  if (c === PLUS) return " (a number must not start with '+')";
  if (text.startsWith('NaN', at) || text.startsWith('Infinity', at)) return ' (NaN and Infinity are not valid JSON)';
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) return ' (strings and keys must be double-quoted)';
  return '';
}

/** 1-based line and column (UTF-16 units) of an offset. Line breaks are LF (so CRLF counts once); the column skips a leading BOM, as editors do. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < offset; nl = text.indexOf('\n', lineStart)) {
    line++;
    lineStart = nl + 1;
  }
  let column = offset - lineStart + 1;
  if (lineStart === 0 && offset > 0 && text.charCodeAt(0) === BOM) column--;
  return { line, column };
}

function splitPointer(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/') || /~(?![01])/.test(pointer)) return undefined;
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

// ---------------------------------------------------------------------------------------------
// A lenient walker for text that is (mostly) already known to be valid: it finds members and
// elements without building values, and answers undefined instead of throwing when it gets lost.

function skipWhitespace(text: string, i: number): number {
  let c = text.charCodeAt(i);
  while (c === SPACE || c === LF || c === CR || c === TAB) c = text.charCodeAt(++i);
  return i;
}

/** Index just after the string whose opening quote is at `i`, or -1. */
function skipString(text: string, i: number): number {
  for (i++; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i + 1;
  }
  return -1;
}

/** Index just after the value starting at `i`, or -1. */
function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === QUOTE) return skipString(text, i);
  if (c === OPEN_BRACE || c === OPEN_BRACKET) {
    let depth = 0;
    while (i < text.length) {
      const d = text.charCodeAt(i);
      if (d === QUOTE) {
        i = skipString(text, i);
        if (i < 0) return -1;
        continue;
      }
      if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++;
      else if (d === CLOSE_BRACE || d === CLOSE_BRACKET) depth--;
      i++;
      if (depth === 0) return i;
    }
    return -1;
  }
  const start = i;
  for (let d = c; i < text.length && d !== COMMA && d !== CLOSE_BRACE && d !== CLOSE_BRACKET; d = text.charCodeAt(++i)) {
    if (d === SPACE || d === LF || d === CR || d === TAB) break;
  }
  return i === start ? -1 : i;
}

function decodeKeyAt(text: string, i: number): { key: string; end: number } | undefined {
  const end = skipString(text, i);
  if (end < 0) return undefined;
  const raw = text.slice(i + 1, end - 1);
  if (!raw.includes('\\')) return { key: raw, end };
  try {
    const parser = new Parser(text, 0);
    parser.pos = i;
    return { key: parser.readString(0), end: parser.pos };
  } catch {
    return undefined;
  }
}

/** The first member named `key` of the object whose `{` is at `open`. */
function findMember(text: string, open: number, key: string): { keyOffset: number; valueOffset: number } | undefined {
  let i = skipWhitespace(text, open + 1);
  for (;;) {
    if (text.charCodeAt(i) !== QUOTE) return undefined;
    const decoded = decodeKeyAt(text, i);
    if (decoded === undefined) return undefined;
    const keyOffset = i;
    i = skipWhitespace(text, decoded.end);
    if (text.charCodeAt(i) !== COLON) return undefined;
    i = skipWhitespace(text, i + 1);
    if (decoded.key === key) return { keyOffset, valueOffset: i };
    i = skipValue(text, i);
    if (i < 0) return undefined;
    i = skipWhitespace(text, i);
    if (text.charCodeAt(i) !== COMMA) return undefined;
    i = skipWhitespace(text, i + 1);
  }
}

/** Offset of element `index` of the array whose `[` is at `open`. */
function findElement(text: string, open: number, index: number): number | undefined {
  let i = skipWhitespace(text, open + 1);
  for (let n = 0; n < index; n++) {
    i = skipValue(text, i);
    if (i < 0) return undefined;
    i = skipWhitespace(text, i);
    if (text.charCodeAt(i) !== COMMA) return undefined;
    i = skipWhitespace(text, i + 1);
  }
  const c = text.charCodeAt(i);
  if (i >= text.length || c === CLOSE_BRACKET || c === COMMA) return undefined;
  return i;
}
