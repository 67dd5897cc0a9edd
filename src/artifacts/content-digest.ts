/**
 * One digest for what a file says, whatever its re-saving: two copies of one report count as one piece of evidence
 * (artifact_present's min_matches, claim_tier_order's strict artifacts) even when one was re-saved with a BOM, CRLF
 * line ends, other indentation or trailing blank lines, its keys in another order, or written in another format.
 */
import { createHash } from 'node:crypto';
import { visibleForm } from '../util/text-classes.js';

/**
 * A value with its object keys sorted, so key order does not tell two copies apart, and its keys and strings in their
 * {@link visibleForm}: a copy whose `linux` carries a zero-width space, a Cyrillic і or a decomposed é reads as the same.
 */
function sortedKeys(value: unknown): unknown {
  if (typeof value === 'string') return visibleForm(value);
  // A date (YAML timestamp, TOML date) by its instant and form: `{}` would make reports of two runs one copy.
  if (value instanceof Date) return `date:${String(value)}:${Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString()}`;
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(value)
      .map((k) => [visibleForm(k), sortedKeys(record[k])] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

function parsedJson(text: string): string | undefined {
  try {
    return JSON.stringify(sortedKeys(JSON.parse(text)));
  } catch {
    return undefined;
  }
}

/**
 * The digest of what a parsed document (`value`) or a text says: a document's value with its keys sorted (indentation,
 * key order and the format it is written in do not count); a text that is JSON or JSONL read as its values; other text
 * with its BOM dropped and its whitespace runs (line ends, indentation, trailing spaces and blank lines) read as one space.
 * Keys, strings and text are read in their visible form (invisible characters removed, NFKC, look-alike letters read as
 * the Latin ones they are drawn like): copies told apart only by what a reader cannot see are one content.
 */
export function contentDigest(doc: { value: unknown } | { text: string }): string {
  let canonical: string;
  if ('text' in doc) {
    const body = doc.text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
    const whole = parsedJson(body);
    const lines = body.split('\n').filter((line) => line.trim() !== '');
    const rows = whole !== undefined || lines.length < 2 ? undefined : lines.map(parsedJson);
    if (whole !== undefined) canonical = `json:${whole}`;
    else if (rows !== undefined && rows.every((row) => row !== undefined)) canonical = `jsonl:${rows.join('\n')}`;
    // Read as it shows: invisible characters, compatibility forms and look-alike letters do not make another text.
    else canonical = `text:${visibleForm(body.replace(/\s+/gu, ' ')).replace(/\s+/gu, ' ').trim()}`;
  } else {
    canonical = `json:${JSON.stringify(sortedKeys(doc.value)) ?? 'undefined'}`;
  }
  return createHash('sha256').update(canonical).digest('hex');
}
