/**
 * Numbers that do not survive parsing (DESIGN §9 "Numbers"). A JSON, YAML or TOML number is read
 * into a double; when the text says more than a double keeps (`0.1000000000000000000001`, an
 * integer beyond 2^53, `1e400`), the value a gate would compare is not the value the artifact
 * wrote. Readers record every such number by JSON pointer with its text as written, and gates that
 * compare or count numbers refuse them with the reason `imprecise_number`, never showing the rounded
 * double as if the artifact had written it.
 */

/** Pointer → the number exactly as the artifact wrote it. */
export type InexactNumbers = ReadonlyMap<string, string>;

export const NO_INEXACT_NUMBERS: InexactNumbers = new Map();

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
const RADIX = /^([+-]?)0([xob])([0-9a-fA-F]+)$/;

/** A decimal written as digits and an exponent, both canonical (no leading/trailing zeros), or undefined if not a decimal. */
function canonicalDecimal(text: string): { negative: boolean; digits: string; exponent: bigint } | undefined {
  const m = DECIMAL.exec(text);
  if (m === null) return undefined;
  const [, sign, whole = '', fraction = '', exp] = m;
  let digits = whole + fraction;
  let exponent = BigInt(exp ?? 0) - BigInt(fraction.length);
  const lead = digits.search(/[^0]/);
  if (lead === -1) return { negative: false, digits: '0', exponent: 0n };
  digits = digits.slice(lead);
  const trail = digits.length - digits.replace(/0+$/, '').length;
  digits = digits.slice(0, digits.length - trail);
  exponent += BigInt(trail);
  return { negative: sign === '-', digits, exponent };
}

/**
 * True when `value` is exactly the number `text` writes. `text` is a number literal as JSON, YAML
 * (1.2 core) or TOML write it: decimal with optional fraction and exponent, or 0x/0o/0b integers;
 * `_` digit separators (TOML) are ignored. Integers must lie within ±(2^53 − 1); decimals must be the
 * shortest decimal that reads back as the same double (so `0.1` and `0.30000000000000004` survive,
 * `0.1000000000000000000001` does not). A literal that overflows to Infinity never survives; text that
 * is not a digit literal (`.inf`, `nan`) says what it is and is left to the caller's type checks.
 */
export function numberSurvives(text: string, value: number): boolean {
  const clean = text.trim().replace(/_/g, '');
  const radix = RADIX.exec(clean);
  if (radix !== null) {
    // NaN and ±Infinity equal no magnitude.
    const magnitude = BigInt(`0${radix[2]}${radix[3]}`);
    return magnitude <= BigInt(Number.MAX_SAFE_INTEGER) && Number(radix[1] === '-' ? -magnitude : magnitude) === value;
  }
  const written = canonicalDecimal(clean);
  if (written === undefined) return true;
  if (!/[.eE]/.test(clean)) {
    // An integer: exact only within the safe range, where every integer has its own double.
    const big = BigInt(clean);
    const safe = BigInt(Number.MAX_SAFE_INTEGER);
    return big >= -safe && big <= safe && Number.isInteger(value) && BigInt(value) === big;
  }
  // NaN and ±Infinity have no digits: a literal that overflowed never survives.
  const read = canonicalDecimal(shortest(value));
  if (read === undefined) return false;
  return written.negative === read.negative && written.digits === read.digits && written.exponent === read.exponent;
}

/**
 * Why a number literal lies outside what a double can hold at all, or undefined when it does not:
 * `overflow` when finite digits read as ±Infinity (`1e400`), `underflow` when a non-zero literal
 * reads as zero (`1e-400`, `-1e-400`). These are not rounding: the value a gate would see is not the
 * artifact's number in any sense (an underflowed count reads as 0, the one value a gate counting
 * failures is waiting for), so readers refuse such a document outright with `imprecise_number`
 * instead of recording the number for gates to refuse. Text that is not a digit literal (`.inf`,
 * `nan`) is left to the caller's type checks, as in {@link numberSurvives}.
 */
export function numberOutOfRange(text: string, value: number): 'overflow' | 'underflow' | undefined {
  const clean = text.trim().replace(/_/g, '');
  const written = canonicalDecimal(clean);
  if (written === undefined) return undefined;
  if (value === Infinity || value === -Infinity) return 'overflow';
  if (value === 0 && written.digits !== '0') return 'underflow';
  return undefined;
}

/** How a reader names an out-of-range number: the text as written and what a double made of it. */
export function describeOutOfRange(text: string, why: 'overflow' | 'underflow'): string {
  const shown = text.length > 60 ? `${text.slice(0, 59)}…` : text;
  return why === 'overflow'
    ? `the number ${shown} is beyond the largest double (about 1.8e308) and would read as ${text.trim().startsWith('-') ? '-' : ''}Infinity`
    : `the number ${shown} is non-zero but smaller than the smallest double (about 4.9e-324) and would read as 0`;
}

/** The shortest decimal that reads back as `value` (JS's own), in plain or exponent form. */
function shortest(value: number): string {
  return String(value);
}

/** How a gate names an imprecise number: the artifact's own text, never the rounded double. */
export function describeInexact(text: string): string {
  const shown = text.length > 60 ? `${text.slice(0, 59)}…` : text;
  return `${shown}, which a double cannot hold exactly (more significant digits than 17, or an integer beyond 2^53 - 1)`;
}

/**
 * The imprecise numbers at or below `pointer` (the value a gate reads and everything inside it), in
 * pointer order, as `[pointer, text]`.
 */
export function inexactWithin(inexact: InexactNumbers, pointer: string): [string, string][] {
  // Pointers are unique map keys: the default sort (UTF-16 code units) orders them.
  const within = [...inexact.keys()].filter((at) => at === pointer || at.startsWith(`${pointer}/`)).sort();
  return within.map((at) => [at, inexact.get(at) as string]);
}

const NUMBER_TOKEN = /(?<![\w.:+-])[+-]?(?:0[xob][0-9a-fA-F_]+|\d[\d_]*(?:\.[\d_]+)?(?:[eE][+-]?[\d_]+)?)(?![\w.:])/g;

/**
 * TOML parsers give no positions, so imprecise TOML numbers are found by value: every number token
 * of the text (outside strings and comments) that does not survive, keyed by the double it reads
 * as. A leaf whose value is one of those doubles is imprecise (a genuine equal value elsewhere in the
 * same file is refused too: fail closed).
 */
export function inexactTomlValues(text: string): Map<number, string> {
  return scanTomlNumbers(text).inexact;
}

/**
 * Both facts TOML parsers lose, found by value in the text: numbers that do not survive (keyed by the
 * double they read as, with their text) and integral values written as floats (`500.0`, `5e2`).
 */
export function scanTomlNumbers(text: string): { inexact: Map<number, string>; fractional: Set<number>; outOfRange: { text: string; why: 'overflow' | 'underflow' }[] } {
  const out = new Map<number, string>();
  const fractional = new Set<number>();
  const outOfRange: { text: string; why: 'overflow' | 'underflow' }[] = [];
  for (const { values } of tomlValueLines(text)) {
    for (const m of values.matchAll(NUMBER_TOKEN)) {
      const token = m[0];
      const clean = token.replace(/_/g, '');
      // Number() reads 0x/0o/0b as TOML writes them (unsigned). NaN: a key in an inline table spelt like a number (`{ 0b12 = 1 }`).
      const value = Number(clean);
      if (Number.isNaN(value)) continue;
      const range = numberOutOfRange(clean, value);
      if (range !== undefined) outOfRange.push({ text: token, why: range });
      if (!numberSurvives(clean, value) && !out.has(value)) out.set(value, token);
      if (Number.isInteger(value) && /^[+-]?\d[\d_]*(?:\.[\d_]+|(?:\.[\d_]+)?[eE][+-]?[\d_]+)$/.test(token)) fractional.add(value);
    }
  }
  return { inexact: out, fractional, outOfRange };
}

/**
 * The value part of each line of a TOML text (strings blanked, comments removed) and the index it starts at: after the
 * first `=` of a key line, nothing of a table header, and the whole line inside a multi-line array or inline table —
 * where a line opening with `[` is a nested array, not a header. Keys and headers are names: a bare key may be spelt
 * like a number or a date.
 */
export function tomlValueLines(text: string): { values: string; start: number }[] {
  let open = 0;
  return stripTomlStringsAndComments(text).split('\n').map((line) => {
    const start = open > 0 ? 0 : line.trimStart().startsWith('[') ? line.length : line.indexOf('=') + 1;
    const values = line.slice(start);
    open = Math.max(0, open + bracketBalance(values));
    return { values, start };
  });
}

/** Brackets and braces opened minus closed (strings and comments already blanked). */
function bracketBalance(values: string): number {
  let balance = 0;
  for (const c of values) {
    if (c === '[' || c === '{') balance++;
    else if (c === ']' || c === '}') balance--;
  }
  return balance;
}

/** The text with every string literal blanked and every comment removed (line structure kept). */
export function stripTomlStringsAndComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '#') {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl;
      continue;
    }
    if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i);
      const close = triple ? c.repeat(3) : c;
      let j = i + close.length;
      while (j < text.length && !text.startsWith(close, j)) {
        if (c === '"' && text[j] === '\\') j++;
        else if (!triple && text[j] === '\n') break;
        j++;
      }
      // Only the string's line breaks are kept, so line numbers stay those of the text.
      out += '""' + text.slice(i, j + close.length).replace(/[^\n]/g, '');
      i = j + close.length;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
