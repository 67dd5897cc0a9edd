import { parse as parseToml, TomlError } from 'smol-toml';
import { ArtifactError } from './errors.js';
import { loadText } from './load.js';
import { describeOutOfRange, scanTomlNumbers, tomlValueLines, type InexactNumbers } from './numbers.js';
import { parseStrictDate } from '../util/time.js';
import { encodePointerSegment } from '../util/pointer.js';
import { validateDocument, type DocumentExpectations } from './validate-document.js';
import type { ArtifactRecord } from './record.js';

export interface TomlArtifact {
  path: string;
  /** Note: TOML native dates arrive as Date objects already rolled over (`2024-06-31` → July 1st); strict-date fields must refuse them. */
  value: Record<string, unknown>;
  /** Pointer → text of every number a double cannot hold exactly. */
  inexactNumbers: InexactNumbers;
  /** Pointers of integral values written as floats (`500.0`), found by value in the text (an equal integer elsewhere counts too: fail closed). */
  nonIntegerNumbers: ReadonlySet<string>;
  record: ArtifactRecord;
}

export function parseTomlText(path: string, text: string): Record<string, unknown> {
  return parseTomlDocument(path, text).value;
}

/**
 * TOML with its imprecise numbers: integers beyond 2^53 arrive as bigints and are turned into the
 * nearest double *and* recorded (so every format gives gates plain numbers plus the list of those
 * that are not what the artifact wrote); floats with more digits than a double keeps are found in
 * the text by value (see inexactTomlValues).
 */
/** The nesting limit every reader shares (JSON and YAML refuse deeper documents too). */
const MAX_TOML_DEPTH = 512;

export function parseTomlDocument(path: string, text: string): { value: Record<string, unknown>; inexactNumbers: InexactNumbers; nonIntegerNumbers: ReadonlySet<string> } {
  let parsed: Record<string, unknown>;
  try {
    parsed = parseToml(text, { integersAsBigInt: 'asNeeded' }) as Record<string, unknown>;
  } catch (e) {
    // A key dotted thousands of times or tables nested as deep overflow the parser's stack: bad evidence, not a crash.
    if (e instanceof RangeError) return failToml(path, false, `nesting deeper than the parser can follow (${e.message})`, 1, 1);
    if (!(e instanceof TomlError)) throw e;
    const reason = e.message.split('\n')[0]?.replace(/^Invalid TOML document:\s*/, '') ?? 'invalid TOML';
    // TOML forbids defining a key or table twice; smol-toml reports it as a redefinition.
    const duplicate = /redefine|already defined|duplicate/i.test(reason);
    return failToml(path, duplicate, reason, e.line, e.column);
  }
  const inexactNumbers = new Map<string, string>();
  const nonIntegerNumbers = new Set<string>();
  let datesChecked = false;
  let suspects: ReturnType<typeof scanTomlNumbers> | undefined;
  const walk = (value: unknown, pointer: string, depth = 0): unknown => {
    if (depth > MAX_TOML_DEPTH) return failToml(path, false, `nesting deeper than ${MAX_TOML_DEPTH} levels at ${pointer}`, 1, 1);
    if (typeof value === 'bigint') {
      inexactNumbers.set(pointer, value.toString());
      return Number(value);
    }
    if (typeof value === 'number') {
      suspects ??= scanTomlNumbers(text);
      // TOML parsers give no positions: a number no double can hold anywhere in the values refuses the document.
      const range = suspects.outOfRange[0];
      if (range !== undefined) {
        throw new ArtifactError('imprecise_number', `${path}: ${describeOutOfRange(range.text, range.why)}`, {
          path,
          actual: range.text,
          fix: 'write the number the producer computed (a count is an integer; 0 is written 0); a number no double can hold proves nothing',
        });
      }
      const written = suspects.inexact.get(value);
      if (written !== undefined) inexactNumbers.set(pointer, written);
      if (suspects.fractional.has(value)) nonIntegerNumbers.add(pointer);
      return value;
    }
    if (value instanceof Date && !datesChecked) {
      datesChecked = true;
      refuseImpossibleDates(path, text);
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = walk(value[i], `${pointer}/${i}`, depth + 1);
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = walk(record[key], `${pointer}/${encodePointerSegment(key)}`, depth + 1);
    }
    return value;
  };
  walk(parsed, '');
  return { value: parsed, inexactNumbers, nonIntegerNumbers };
}

/** A date-like token outside strings and comments: the date part of every TOML date and date-time literal. */
const DATE_TOKEN = /(?<![\w.:-])(\d{4}-\d{2}-\d{2})(?![\w-])|(?<![\w.:-])(\d{4}-\d{2}-\d{2})(?=[Tt ]\d)/g;

/**
 * The TOML parser rolls `2026-02-30` over to March 2nd instead of refusing it, as the TOML spec requires. Its dates
 * carry no position, so the text's date literals are checked instead (only when the document holds a date at all).
 */
function refuseImpossibleDates(path: string, text: string): void {
  // Values only: a bare key may be spelt like a date (`2024-02-30 = "x"`), a table header holds none.
  tomlValueLines(text).forEach(({ values, start }, i) => {
    for (const m of values.matchAll(DATE_TOKEN)) {
      const date = (m[1] ?? m[2]) as string;
      const parsed = parseStrictDate(date);
      if (!parsed.ok) failToml(path, false, `the date ${date} does not exist (${parsed.reason.replace(/^"[^"]*" is not a real date: /, '')}); the TOML parser would roll it over to another day`, i + 1, start + 1 + (m.index ?? 0));
    }
  });
}

function failToml(path: string, duplicate: boolean, reason: string, line: number, column: number): never {
  throw new ArtifactError(duplicate ? 'duplicate_key' : 'malformed', `${path}:${line}:${column}: ${duplicate ? `key or table defined twice (${reason})` : reason}`, {
    path,
    line,
    column,
    fix: duplicate ? 'define each key and table once; merge the two definitions' : 'fix the TOML syntax at that position',
  });
}

export async function readTomlArtifact(root: string, rel: string, now: Date, expect: DocumentExpectations = {}): Promise<TomlArtifact> {
  const file = await loadText(root, rel);
  const { value, inexactNumbers, nonIntegerNumbers } = parseTomlDocument(file.path, file.text);
  const facts = validateDocument(file.path, value, now, expect);
  return { path: file.path, value, inexactNumbers, nonIntegerNumbers, record: { path: file.path, sha256: file.sha256, bytes: file.bytes, ...facts } };
}
