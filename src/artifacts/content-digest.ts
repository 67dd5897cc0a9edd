/**
 * One digest for what a file says, whatever its re-saving: two copies of one report count as one piece of evidence
 * (artifact_present's min_matches, claim_tier_order's strict artifacts) even when one was re-saved with a BOM, CRLF
 * line ends, other indentation or trailing blank lines, its keys in another order, or written in another format.
 */
import { createHash } from 'node:crypto';

/** A value with its object keys sorted, so key order does not tell two copies apart. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]));
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
    else canonical = `text:${body.replace(/\s+/gu, ' ').trim()}`;
  } else {
    canonical = `json:${JSON.stringify(sortedKeys(doc.value)) ?? 'undefined'}`;
  }
  return createHash('sha256').update(canonical).digest('hex');
}
