/**
 * The numbers of a report that a schema bounds, read against the report's own counts (red team tj, session 41): a
 * schema's `pass_rate_pct: {minimum: 80}` met by `pass_rate_pct: 100` beside `total: 10, passed: 7`, or `p99_ms:
 * {maximum: 200}` met by a p99 beside `samples: []`, proves what threshold refuses for the same number. json_schema
 * asks here what threshold asks of the one number it compares ({@link measurementContradiction}).
 */
import { encodePointerSegment } from '../util/pointer.js';
import { measurementContradiction, type NumberSpellings, type StatusContradiction } from './status-claims.js';

/** Numbers weighed at most: a report's own summary numbers sit in its first members, never in a large data table. */
const MAX_NUMBERS_WEIGHED = 256;
/** Members an object holding them may have: a summary is small; a map of thousands of entries is data, each read beside all. */
const MAX_MEMBERS = 128;

/**
 * The first number at the document's top level or in an object directly inside it (a summary, a metrics object) that
 * `bounded` says a rule of the schema bounds, and that its own document denies or shows measured over nothing.
 * Numbers in lists are entries of a table, each weighed by its own rules, and are left to the schema.
 */
export function boundedValueDenied(root: unknown, bounded: (pointer: string, value: number) => boolean, numbers: NumberSpellings): StatusContradiction | undefined {
  if (!isRecord(root)) return undefined;
  let left = MAX_NUMBERS_WEIGHED;
  // What the document tells first (cheap), then whether the schema bounds the number (a validation of the whole document).
  const weigh = (pointer: string, value: number): StatusContradiction | undefined => {
    if (left-- <= 0 || !Number.isFinite(value)) return undefined;
    const found = measurementContradiction(root, pointer, value, numbers);
    return found === undefined || !bounded(pointer, value) ? undefined : { ...found, message: `${pointer} ${found.message}` };
  };
  const top = Object.entries(root);
  if (top.length > MAX_MEMBERS) return undefined;
  for (const [key, value] of top) {
    const at = `/${encodePointerSegment(key)}`;
    const found = typeof value === 'number' ? weigh(at, value) : undefined;
    if (found !== undefined) return found;
    if (!isRecord(value) || Object.keys(value).length > MAX_MEMBERS) continue;
    for (const [inner, v] of Object.entries(value)) {
      const deeper = typeof v === 'number' ? weigh(`${at}/${encodePointerSegment(inner)}`, v) : undefined;
      if (deeper !== undefined) return deeper;
    }
    if (left <= 0) break;
  }
  return undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
