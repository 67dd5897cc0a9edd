/**
 * One digest for what a file says, whatever its re-saving: two copies of one report count as one piece of evidence
 * (artifact_present's min_matches, claim_tier_order's strict artifacts) even when one was re-saved with a BOM, CRLF
 * line ends, other indentation or trailing blank lines, its keys in another order, or written in another format.
 */
import { createHash } from 'node:crypto';
import { visibleForm } from '../util/text-classes.js';

/**
 * What every timestamp digests as. Copies that differ only in when they were written say one thing: linux's report
 * copied as macos's with its `generated_at` re-stamped is still one platform's run. A NUL-led text no re-saving yields.
 */
const TIMESTAMP = '\u0000timestamp';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const ZONE = '(?:\\s?(?:[Zz]|UTC|GMT)(?:[+-]\\d{2}:?\\d{2})?|[+-]\\d{2}(?::?\\d{2})?)';
/**
 * Timestamps as producers print them, inside any text: ISO 8601 / RFC 3339 (`2026-03-10`, `2026-03-10T11:01:00.5Z`,
 * `2026/03/10 11:01`), its basic form (`20260310T110100Z`), RFC 2822 and HTTP dates (`Tue, 10 Mar 2026 11:01:00 GMT`),
 * JavaScript's `Date#toString` (`Tue Mar 10 2026 11:01:00 GMT+0000 (Coordinated Universal Time)`), and a clock time
 * on its own (`[11:01:00]`, as log lines print it).
 */
const TIMESTAMP_TEXT = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[
    `\\d{4}[-/]\\d{2}[-/]\\d{2}(?:[Tt ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?${ZONE}?)?`,
    `\\d{8}[Tt]\\d{4}(?:\\d{2}(?:[.,]\\d+)?)?${ZONE}?`,
    // A clock time on its own, as log lines print it (`[11:01:00]`, `11:01:00.123`).
    `\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d+)?${ZONE}?`,
    `(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:\\d{1,2}\\s+${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{1,2},?\\s+\\d{4})(?:,?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[AaPp][Mm])?${ZONE}?(?:\\s\\([^)]{1,64}\\))?)?`,
  ].join('|')})(?![\\p{N}])`,
  'giu',
);

/** Text with each timestamp in it read as one value. */
const withoutTimestamps = (text: string): string => text.replace(TIMESTAMP_TEXT, TIMESTAMP);

/** Words of a key that name a moment (`generated_at`, `timestamp`, `startedAt`, `created_ms`), so a number under it may be one. */
const TIME_KEY_WORDS: ReadonlySet<string> = new Set(['at', 'time', 'timestamp', 'ts', 'date', 'datetime', 'epoch', 'when', 'started', 'finished', 'completed', 'ended', 'created', 'updated', 'modified', 'generated', 'start', 'end', 'stamp', 'mtime', 'ctime', 'unix']);
/**
 * Words that make `time` a duration (`real_time`, `cpu_time`, `exec_time`, `total_time`: Google Benchmark's nanoseconds,
 * where a run of 1 to 10 s reads like a Unix time). Only `time` is ambiguous: `started_at`, `created`, `timestamp` stay moments.
 */
const DURATION_WORDS: ReadonlySet<string> = new Set(['real', 'cpu', 'wall', 'exec', 'execution', 'total', 'elapsed', 'taken', 'spent', 'mean', 'avg', 'average', 'median', 'min', 'max', 'duration', 'user', 'sys', 'system', 'busy', 'idle', 'response', 'latency', 'run', 'running', 'wait', 'waiting', 'cumulative', 'self', 'per', 'iteration', 'op', 'stddev', 'p50', 'p90', 'p95', 'p99']);
function keyNamesTime(key: string): boolean {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/);
  if (words.some((w) => w !== 'time' && TIME_KEY_WORDS.has(w))) return true;
  return words.includes('time') && !words.some((w) => DURATION_WORDS.has(w));
}

/**
 * A number that reads as a Unix time under a key naming a moment: seconds, milliseconds, microseconds or nanoseconds
 * since 1970 for a moment between 2001 and 2286 (`1773140460`, `1773140460123`). Other numbers (durations, counts) are
 * never this large in those units and stay values.
 */
function isEpoch(value: unknown): boolean {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{10,19}(?:\.\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isFinite(n)) return false;
  return [1e9, 1e12, 1e15, 1e18].some((unit) => n >= unit && n < unit * 10);
}

/**
 * A value with its object keys sorted, so key order does not tell two copies apart, and its keys and strings in their
 * {@link visibleForm}: a copy whose `linux` carries a zero-width space, a Cyrillic і or a decomposed é reads as the same.
 * Every timestamp — a date the parser made (YAML timestamp, TOML date: a value, never `{}`), one written in a string,
 * a Unix time under a key that names a moment — is {@link TIMESTAMP}.
 */
function sortedKeys(value: unknown, key = ''): unknown {
  if (value instanceof Date) return TIMESTAMP;
  if (key !== '' && isEpoch(value) && keyNamesTime(key)) return TIMESTAMP;
  if (typeof value === 'string') return withoutTimestamps(visibleForm(value));
  if (Array.isArray(value)) return value.map((item) => sortedKeys(item, key));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(value)
      .map((k) => [visibleForm(k), sortedKeys(record[k], k)] as const)
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
 * the Latin ones they are drawn like): copies told apart only by what a reader cannot see are one content. Timestamps
 * are one value: copies told apart only by when they say they were written are one content too.
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
    else canonical = `text:${withoutTimestamps(visibleForm(body.replace(/\s+/gu, ' ')).replace(/\s+/gu, ' ').trim())}`;
  } else {
    canonical = `json:${JSON.stringify(sortedKeys(doc.value)) ?? 'undefined'}`;
  }
  return createHash('sha256').update(canonical).digest('hex');
}
