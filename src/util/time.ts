/**
 * Calendar and clock rules in one place. JavaScript's Date silently rolls `2026-02-30` over to
 * March 2nd and parses offset-less date-times as local time; a gate that trusts it can be talked
 * into accepting a waiver that never expires. Everything here is strict and UTC.
 */
import { decodeHtml } from '../text/drawn.js';
import { isUnfilledWord, removeInvisible, ZERO_TIMESTAMP_REASON } from './text-classes.js';

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
// RFC 3339 date-time with a mandatory offset: an offset-less time would be read as local time.
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;

export type TimeResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A calendar date as whole days since 1970-01-01 (UTC), so date arithmetic is integer arithmetic. */
export type EpochDay = number;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] as number);
}

/** Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not. */
function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const d = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, ms));
  d.setUTCFullYear(year);
  return d.getTime();
}

function checkCalendar(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return `month ${month} does not exist`;
  const max = daysInMonth(year, month);
  if (day < 1 || day > max) return `day ${day} does not exist in ${year}-${String(month).padStart(2, '0')} (it has ${max} days)`;
  return undefined;
}

/** Parse `YYYY-MM-DD` exactly; `2026-02-30`, `2026-2-3` and `2026-02-03T00:00Z` are rejected. */
export function parseStrictDate(text: unknown): TimeResult<EpochDay> {
  // TOML parsers have already rolled an unquoted 2024-06-31 over to July 1st: refuse, never trust it.
  if (text instanceof Date) return { ok: false, reason: 'found a native date (unquoted), which TOML/YAML parsers may already have rolled over; write it as a quoted "YYYY-MM-DD" string' };
  if (typeof text !== 'string') return { ok: false, reason: `expected a "YYYY-MM-DD" string, found ${describeType(text)}` };
  const m = DATE_RE.exec(text);
  if (!m) return { ok: false, reason: `"${text}" is not a YYYY-MM-DD date` };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const bad = checkCalendar(year, month, day);
  if (bad) return { ok: false, reason: `"${text}" is not a real date: ${bad}` };
  return { ok: true, value: utcMs(year, month, day) / DAY_MS };
}

/** Parse an RFC 3339 timestamp with an explicit offset. Leap seconds (`:60`) are rejected because JS cannot represent them. */
export function parseRfc3339(text: unknown): TimeResult<Date> {
  if (typeof text !== 'string') return { ok: false, reason: `expected an RFC 3339 timestamp string, found ${describeType(text)}` };
  const m = DATE_TIME_RE.exec(text);
  if (!m) {
    const hint = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2})?(\.\d+)?$/.test(text) ? ' (add a UTC offset such as "Z")' : '';
    return { ok: false, reason: `"${text}" is not an RFC 3339 timestamp like 2026-01-31T12:00:00Z${hint}` };
  }
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i])) as [number, number, number, number, number, number];
  const bad = checkCalendar(year, month, day);
  if (bad) return { ok: false, reason: `"${text}" is not a real date: ${bad}` };
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, reason: `"${text}" has an impossible time of day` };
  const offset = m[8] as string;
  let offsetMinutes = 0;
  if (offset !== 'Z' && offset !== 'z') {
    const oh = Number(offset.slice(1, 3));
    const om = Number(offset.slice(4, 6));
    if (oh > 23 || om > 59) return { ok: false, reason: `"${text}" has an impossible UTC offset ${offset}` };
    offsetMinutes = (oh * 60 + om) * (offset[0] === '-' ? -1 : 1);
  }
  const fraction = m[7] ? Math.floor(Number(`0${m[7]}`) * 1000) : 0;
  const ms = utcMs(year, month, day, hour, minute, second, fraction) - offsetMinutes * 60_000;
  return { ok: true, value: new Date(ms) };
}

/** Go's zero `time.Time` (0001-01-01T00:00:00Z) in ms: what a Go producer marshals for a time it never set. */
const GO_ZERO_TIME_MS = -62_135_596_800_000;

/**
 * Why a parsed instant is no date at all, or undefined: the Unix epoch (`new Date(0)`, a timestamp left at 0) and Go's
 * zero time are what an unset clock prints, whatever spelling or offset wrote them, so a date field holding one is a
 * placeholder (the instant is compared, not the text: two number comparisons, nothing to scan).
 */
export function zeroInstantReason(ms: number): string | undefined {
  return ms === 0 || ms === GO_ZERO_TIME_MS ? ZERO_TIMESTAMP_REASON : undefined;
}

/** The span of instants a moment written without its zone may be: the earliest (UTC+14:00) and latest (UTC−12:00) readings. */
const EAST_MS = 14 * 3_600_000;
const WEST_MS = 12 * 3_600_000;
/** Epoch numbers read as a moment only within 2000–2100, where seconds and milliseconds cannot be told apart wrongly. */
const EPOCH_S_MIN = 946_684_800;
const EPOCH_S_MAX = 4_102_444_800;
const LOOSE_DATE_TIME = /^(\d{4})-?(\d{2})-?(\d{2})(?:[Tt ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d{1,9})?)?)?[ ]?([Zz]|UTC|GMT|[+-]\d{2}:?\d{2})?$/;
const RFC_2822 = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*(GMT|UTC|UT|Z|[+-]\d{4})$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** An instant a moment may be, as the earliest and the latest of its readings (equal when it names its zone). */
export interface MomentSpan {
  earliest: number;
  latest: number;
}

/**
 * The instants a recorded moment may be, in whatever spelling a producer printed it: RFC 3339, a date-time without its
 * zone or with a space or compact (`2026-02-01 10:00:00`, `20260201T100000Z`), a date alone, RFC 2822 (`Sun, 01 Feb 2026
 * 10:00:00 GMT`), a TOML native date-time, RFC 9557 with its zone name in brackets (`…Z[UTC]`), or epoch seconds, milliseconds, microseconds or nanoseconds (as a number or digits, 2000–2100). A moment without its zone is any
 * instant from UTC+14:00 to UTC−12:00, and a date any instant of its day in any zone, so that a bound judged on the span
 * holds however the producer meant it. Undefined for anything else (never guessed). Given `notAfterMs` (now plus the
 * clock skew tolerated), a reading of an either-way date (`10/02/2026`) later than it is dropped, unless all are.
 */
export function momentSpan(value: unknown, notAfterMs?: number): MomentSpan | undefined {
  if (typeof value === 'number') return epochSpan(value);
  // A TOML native date-time (smol-toml's TomlDate) prints its own spelling: local ones without a zone, dates alone.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : momentSpan(value.toISOString());
  if (isPlainObject(value)) return objectMomentSpan(value, notAfterMs);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const exact = parseRfc3339(text);
  if (exact.ok) return { earliest: exact.value.getTime(), latest: exact.value.getTime() };
  // Epoch digits with a fraction (`1577836800.5`, Python's `str(time.time())`) are the same moment as the number.
  if (EPOCH_DIGITS.test(text)) return epochSpan(Number(text));
  return leapSecondSpan(text) ?? endOfDaySpan(text) ?? bracketedZoneSpan(text) ?? looseDateTimeSpan(text) ?? rfc2822Span(text) ?? spelledMomentSpan(text, notAfterMs);
}

const EPOCH_DIGITS = /^\d{10}(?:\d{3})?(?:\d{3})?(?:\d{3})?(?:\.\d{1,9})?$/;

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/**
 * RFC 3339 allows a leap second (`2016-12-31T23:59:60Z`), and clocks that keep them print it: the instant is read as
 * the last millisecond of its minute (POSIX time has no 60th second), never dropped as no moment.
 */
function leapSecondSpan(text: string): MomentSpan | undefined {
  const m = DATE_TIME_RE.exec(text);
  if (m === null || m[6] !== '60') return undefined;
  const exact = parseRfc3339(`${text.slice(0, 17)}59.999${text.slice(19 + (m[7]?.length ?? 0))}`);
  // A leap second is inserted only at 23:59:60 UTC (at the end of a month the IERS names, any day read here: the
  // schedule is not known ahead): a 60th second at another minute is a field no clock has, as hour 25 is.
  return exact.ok && isLeapSecondEnd(exact.value) ? { earliest: exact.value.getTime(), latest: exact.value.getTime() } : undefined;
}

/**
 * ISO 8601 (before 2019) and ECMAScript's date format write the end of a day as `24:00` (`2026-03-10T24:00:00Z`, what
 * `Date.parse` reads as the next midnight): the same instant as the next day's `00:00`, never an impossible hour.
 */
function endOfDaySpan(text: string): MomentSpan | undefined {
  const m = END_OF_DAY.exec(text);
  if (m === null) return undefined;
  const midnight = momentSpan(`${m[1]}T00:00:00${m[2]}`);
  return midnight === undefined ? undefined : { earliest: midnight.earliest + DAY_MS, latest: midnight.latest + DAY_MS };
}
const END_OF_DAY = /^(\d{4}-\d{2}-\d{2})[Tt ]24:00(?::00(?:[.,]0{1,9})?)?((?:[Zz]|[+-]\d{2}:?\d{2})?)$/;

const isLeapSecondEnd = (at: Date): boolean => at.getUTCHours() === 23 && at.getUTCMinutes() === 59;

/** Key names (lower-case, without `_`, `$`, `-`) whose number is a moment in one certain unit, as ms per unit. */
const EPOCH_KEY_MS = new Map<string, number>([
  ['seconds', 1000], ['secs', 1000], ['sec', 1000], ['epochsecond', 1000], ['epochseconds', 1000], ['epochs', 1000], ['epochsec', 1000], ['secssinceepoch', 1000], ['unix', 1000], ['unixseconds', 1000], ['epoch', 1000],
  ['ms', 1], ['millis', 1], ['milliseconds', 1], ['epochms', 1], ['epochmillis', 1], ['epochmilliseconds', 1], ['unixms', 1], ['unixmillis', 1], ['timestampms', 1], ['millissinceepoch', 1], ['numberlong', 1],
  ['nanossinceepoch', 1e-6], ['epochnanos', 1e-6], ['unixnano', 1e-6], ['epochns', 1e-6],
]);
/** The fraction beside whole seconds (protobuf `Timestamp.nanos`, Rust's `nanos_since_epoch`, Firestore's `_nanoseconds`). */
const NANOS_KEYS = new Set(['nanos', 'nano', 'nanoseconds', 'nanossinceepoch', 'nsec', 'nsecs', 'nanosecond']);
const objectKey = (key: string) => key.toLowerCase().replace(/[_$\s-]/g, '');

/**
 * A moment written as an object: MongoDB's extended JSON (`{"$date": "2020-01-01T00:00:00Z"}`, `{"$date": {"$numberLong":
 * "1577836800000"}}`), protobuf's Timestamp and Rust's SystemTime (`{"seconds": …, "nanos": …}`, `{"secs_since_epoch":
 * …}`), Firestore's `{"_seconds": …}`, `{"epoch_ms": …}`, or any one-key wrapper of a moment (`{"iso": "…"}`). A number
 * under a key naming its unit is read in that unit, whatever its century; undefined for any other object.
 */
function objectMomentSpan(o: Record<string, unknown>, notAfterMs?: number): MomentSpan | undefined {
  const keys = Object.keys(o);
  if (keys.length === 0 || keys.length > 4) return undefined;
  if (keys.length === 1 && objectKey(keys[0] as string) === 'date' && keys[0]!.startsWith('$')) {
    const inner = o[keys[0] as string];
    // Extended JSON's `$date` number is milliseconds, whatever the century.
    if (typeof inner === 'number') return Number.isFinite(inner) ? { earliest: Math.floor(inner), latest: Math.floor(inner) } : undefined;
    return momentSpan(inner, notAfterMs);
  }
  let ms = 0;
  let whole = false;
  for (const key of keys) {
    const name = objectKey(key);
    const n = unitNumber(o[key]);
    const perUnit = EPOCH_KEY_MS.get(name);
    if (perUnit !== undefined && n !== undefined && !whole) {
      ms += n * perUnit;
      whole = true;
    } else if (NANOS_KEYS.has(name) && n !== undefined && n >= 0 && n < 1e9) ms += n / 1e6;
    else return keys.length === 1 && !isPlainObject(o[key]) ? momentSpan(o[key], notAfterMs) : undefined;
  }
  // A Duration has the same shape (`{"seconds": 12}`): only 2000–2100 is read as a moment (as for epoch numbers).
  if (!whole || !Number.isFinite(ms) || ms < EPOCH_S_MIN * 1000 || ms > EPOCH_S_MAX * 1000) return undefined;
  const at = Math.floor(ms);
  return { earliest: at, latest: at };
}

/** A number, or digits (protobuf's int64 `"seconds": "1577836800"`, `$numberLong`) read as one. */
function unitNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^-?\d{1,20}(?:\.\d{1,9})?$/.test(value)) return Number(value);
  if (isPlainObject(value) && Object.keys(value).length === 1 && '$numberLong' in value) return unitNumber(value.$numberLong);
  return undefined;
}

/**
 * Epoch seconds, milliseconds, microseconds (OpenTelemetry) or nanoseconds (Go's UnixNano) within 2000–2100: the four
 * ranges lie a thousandfold apart, so a number in one of them cannot be another unit's moment in that century.
 */
function epochSpan(n: number): MomentSpan | undefined {
  if (!Number.isFinite(n)) return undefined;
  for (const perSecond of [1, 1e3, 1e6, 1e9]) {
    if (n >= EPOCH_S_MIN * perSecond && n <= EPOCH_S_MAX * perSecond) {
      // One operation with an exact factor, so that nanoseconds round to the millisecond they spell.
      const ms = Math.floor(perSecond <= 1e3 ? n * (1e3 / perSecond) : n / (perSecond / 1e3));
      return { earliest: ms, latest: ms };
    }
  }
  return undefined;
}

/** A zone name in brackets after a full offset, as Java's ZonedDateTime and RFC 9557 (Temporal) print it, then any `[key=value]` tags. */
const BRACKETED_ZONE = /^(\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2}))\[!?([A-Za-z][A-Za-z0-9_+/-]{0,63}|[+-]\d{2}:\d{2})\](?:\[!?[a-z_][a-z0-9_-]{0,31}=[A-Za-z0-9-]{1,64}\])*$/;
const UTC_ZONE_NAMES = new Set(['utc', 'etc/utc', 'gmt', 'etc/gmt', 'z', 'zulu', 'etc/zulu', 'uct', 'etc/uct', 'universal', 'etc/universal', 'gmt0', 'etc/gmt0', 'etc/gmt+0', 'etc/gmt-0', 'greenwich', 'etc/greenwich']);

/**
 * `2026-03-10T08:41:07.123Z[UTC]`, `…+01:00[Europe/Paris]`: RFC 3339 naming its zone after the offset. Where the name
 * says another offset at that instant than the one written (`+01:00[UTC]`), both instants are readings; a name the
 * runtime does not know adds nothing to the written offset.
 */
function bracketedZoneSpan(text: string): MomentSpan | undefined {
  const m = BRACKETED_ZONE.exec(text);
  if (m === null) return undefined;
  const exact = parseRfc3339(m[1]);
  if (!exact.ok) return undefined;
  const at = exact.value.getTime();
  const written = zoneOffsetMs(m[2] as string);
  const named = namedZoneOffsetMs(m[3] as string, at);
  if (written === undefined) return undefined;
  if (named === undefined || named === written) return { earliest: at, latest: at };
  const other = at + written - named;
  return { earliest: Math.min(at, other), latest: Math.max(at, other) };
}

/** Formatters per zone name, bounded so that a stream of made-up names cannot grow it. */
const ZONE_FORMATS = new Map<string, Intl.DateTimeFormat | null>();

function namedZoneOffsetMs(zone: string, at: number): number | undefined {
  if (/^[+-]\d{2}:\d{2}$/.test(zone)) return zoneOffsetMs(zone);
  if (UTC_ZONE_NAMES.has(zone.toLowerCase())) return 0;
  let format = ZONE_FORMATS.get(zone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    } catch {
      format = null;
    }
    if (ZONE_FORMATS.size < 64) ZONE_FORMATS.set(zone, format);
  }
  if (format === null) return undefined;
  const part: Record<string, number> = {};
  for (const p of format.formatToParts(new Date(at))) if (p.type !== 'literal') part[p.type] = Number(p.value);
  const wall = utcMs(part.year as number, part.month as number, part.day as number, part.hour as number, part.minute as number, part.second as number);
  return wall - Math.floor(at / 1000) * 1000;
}

function looseDateTimeSpan(text: string): MomentSpan | undefined {
  const m = LOOSE_DATE_TIME.exec(text);
  if (m === null) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (checkCalendar(year, month, day) !== undefined) return undefined;
  const hasTime = m[4] !== undefined;
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const at = utcMs(year, month, day, hour, minute, second);
  const zone = m[7];
  if (zone === undefined) return hasTime ? { earliest: at - EAST_MS, latest: at + WEST_MS } : { earliest: at - EAST_MS, latest: at + DAY_MS - 1 + WEST_MS };
  const offset = zoneOffsetMs(zone);
  if (offset === undefined) return undefined;
  // A date with a zone but no time of day is still any time of that day.
  return { earliest: at - offset, latest: at - offset + (hasTime ? 0 : DAY_MS - 1) };
}

function rfc2822Span(text: string): MomentSpan | undefined {
  const m = RFC_2822.exec(text);
  if (m === null) return undefined;
  const [day, month, year] = [Number(m[1]), MONTHS.indexOf((m[2] as string).toLowerCase()) + 1, Number(m[3])];
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (checkCalendar(year, month, day) !== undefined || hour > 23 || minute > 59 || second > 59) return undefined;
  const offset = zoneOffsetMs(m[7] as string);
  if (offset === undefined) return undefined;
  const at = utcMs(year, month, day, hour, minute, second) - offset;
  return { earliest: at, latest: at };
}

/** The words a clock's or a locale's English spelling of a moment is made of, besides month names. */
const WEEKDAY_WORDS = new Set(['sun', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']);
const MONTH_WORDS = new Map<string, number>([
  ...MONTHS.map((m, i) => [m, i + 1] as [string, number]),
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map((m, i) => [m, i + 1] as [string, number]),
  ['sept', 9],
]);
const UTC_WORDS = new Set(['z', 'utc', 'gmt', 'ut']);
const FILLER_WORDS = new Set(['t', 'at', 'st', 'nd', 'rd', 'th']);
/** Longer than any clock's spelling of a moment: a longer text is a sentence, never read as one. */
const SPELLED_MAX = 96;

type Token =
  | { kind: 'num'; text: string }
  | { kind: 'time'; hour: number; minute: number; second: number; withSeconds: boolean }
  | { kind: 'word'; text: string }
  | { kind: 'sign'; text: '+' | '-' }
  | { kind: 'sep'; text: string };

/** A spelling's parts; undefined at any character no clock prints. */
function momentTokens(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  const re = /(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?|(\d+)|([a-z]+)|([+-])|([/.,])|(\s+)|(.)/gy;
  for (const m of text.toLowerCase().matchAll(re)) {
    if (m[1] !== undefined) tokens.push({ kind: 'time', hour: Number(m[1]), minute: Number(m[2]), second: Number(m[3] ?? 0), withSeconds: m[3] !== undefined });
    else if (m[4] !== undefined) tokens.push({ kind: 'num', text: m[4] });
    else if (m[5] !== undefined) tokens.push({ kind: 'word', text: m[5] });
    else if (m[6] !== undefined) tokens.push({ kind: 'sign', text: m[6] as '+' | '-' });
    else if (m[7] !== undefined) tokens.push({ kind: 'sep', text: m[7] });
    else if (m[9] !== undefined) return undefined;
  }
  return tokens;
}

/** What a spelling says, each part at most once: the date's numbers, a month name, a time, AM/PM and a zone. */
interface SpelledParts {
  numbers: { text: string; sepAfter?: string }[];
  month?: number;
  time?: Extract<Token, { kind: 'time' }>;
  meridiem?: 'am' | 'pm';
  /** Milliseconds east of UTC; undefined while no zone is named. */
  offsetMs?: number;
  /** A zone named only by an abbreviation (EST, CET): somewhere on earth, read as no zone. */
  zoneAbbreviation: boolean;
  /** `UTC`, `GMT`, `Z`: UTC unless an offset is written after it. */
  utcWord?: true;
}

function spelledParts(tokens: readonly Token[]): SpelledParts | undefined {
  const parts: SpelledParts = { numbers: [], zoneAbbreviation: false };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    if (t.kind === 'sign') {
      // A sign after the time or a UTC word opens an offset (`GMT+0100`, `+05:30`, `+0000 UTC`); elsewhere it separates a date's numbers.
      const afterClock = prev !== undefined && (prev.kind === 'time' || (prev.kind === 'word' && UTC_WORDS.has(prev.text)));
      if (!afterClock) {
        // `01-Feb-2026`, as Oracle and Java's dd-MMM-yyyy print it.
        if (prev?.kind === 'word' && MONTH_WORDS.has(prev.text)) continue;
        if (prev?.kind !== 'num') return undefined;
        (parts.numbers[parts.numbers.length - 1] as { sepAfter?: string }).sepAfter = t.text;
        continue;
      }
      const offset = offsetAfterSign(t.text, tokens[i + 1]);
      if (offset === undefined || (parts.offsetMs !== undefined && parts.offsetMs !== offset)) return undefined;
      parts.offsetMs = offset;
      i++;
    } else if (t.kind === 'num') {
      if (parts.numbers.length >= 3) return undefined;
      parts.numbers.push({ text: t.text });
    } else if (t.kind === 'sep') {
      if (t.text !== ',' && prev?.kind === 'num') (parts.numbers[parts.numbers.length - 1] as { sepAfter?: string }).sepAfter = t.text;
    } else if (t.kind === 'time') {
      if (parts.time !== undefined) return undefined;
      parts.time = t;
    } else if (!readWord(parts, t.text, prev)) return undefined;
  }
  return parts;
}

function offsetAfterSign(sign: '+' | '-', next: Token | undefined): number | undefined {
  let hours: number;
  let minutes: number;
  if (next?.kind === 'time' && !next.withSeconds) [hours, minutes] = [next.hour, next.minute];
  else if (next?.kind === 'num' && next.text.length === 4) [hours, minutes] = [Number(next.text.slice(0, 2)), Number(next.text.slice(2))];
  else if (next?.kind === 'num' && next.text.length <= 2) [hours, minutes] = [Number(next.text), 0];
  else return undefined;
  if (hours > 14 || minutes > 59) return undefined;
  return (hours * 60 + minutes) * 60_000 * (sign === '-' ? -1 : 1);
}

/** Folds one word into the parts; false for a word no English clock spelling holds (a sentence, another language). */
function readWord(parts: SpelledParts, word: string, prev: Token | undefined): boolean {
  const month = MONTH_WORDS.get(word);
  if (month !== undefined) {
    if (parts.month !== undefined) return false;
    parts.month = month;
    return true;
  }
  if (WEEKDAY_WORDS.has(word)) return true;
  if (word === 'am' || word === 'pm') {
    if (parts.meridiem !== undefined || prev?.kind !== 'time') return false;
    parts.meridiem = word;
    return true;
  }
  if (UTC_WORDS.has(word)) {
    // `GMT+0100` names its offset after the word: the word alone says UTC only when no offset follows it.
    parts.utcWord = true;
    return true;
  }
  if (FILLER_WORDS.has(word)) return true;
  // A zone abbreviation (EST, CET, AEDT) after the time or its offset, as `date` and Go print one.
  if (word.length >= 2 && word.length <= 5 && (prev?.kind === 'time' || prev?.kind === 'num' || prev?.kind === 'word')) {
    if (parts.zoneAbbreviation) return false;
    parts.zoneAbbreviation = true;
    return true;
  }
  return false;
}

/** The calendar dates a spelling's numbers may be: one, or two where day and month may be either way round (`2/1/2026`). */
function spelledDates(parts: SpelledParts): { year: number; month: number; day: number }[] | undefined {
  const nums = parts.numbers;
  if (parts.month !== undefined) {
    if (nums.length !== 2) return undefined;
    const year = nums.find((n) => n.text.length === 4);
    const day = nums.find((n) => n.text.length <= 2);
    if (year === undefined || day === undefined) return undefined;
    return [{ year: Number(year.text), month: parts.month, day: Number(day.text) }];
  }
  if (nums.length !== 3) return undefined;
  const [a, b, c] = nums as [SpelledParts['numbers'][0], SpelledParts['numbers'][0], SpelledParts['numbers'][0]];
  // The date's numbers are written together, joined by one separator (`2026/02/01`, `2/1/2026`, `01.02.2026`).
  if (a.sepAfter === undefined || a.sepAfter !== b.sepAfter) return undefined;
  if (a.text.length === 4 && b.text.length <= 2 && c.text.length <= 2) return [{ year: Number(a.text), month: Number(b.text), day: Number(c.text) }];
  if (c.text.length === 4 && a.text.length <= 2 && b.text.length <= 2) {
    const [first, second, year] = [Number(a.text), Number(b.text), Number(c.text)];
    return [{ year, month: first, day: second }, { year, month: second, day: first }];
  }
  return undefined;
}

/** The hour of the day a time with or without AM/PM says; undefined for `13:00 PM` or `0:30 AM`. */
function hourOfDay(time: Extract<Token, { kind: 'time' }>, meridiem: 'am' | 'pm' | undefined): number | undefined {
  if (meridiem === undefined) return time.hour <= 23 ? time.hour : undefined;
  if (time.hour < 1 || time.hour > 12) return undefined;
  return (time.hour % 12) + (meridiem === 'pm' ? 12 : 0);
}

/** A spelling's parts and the dates they may be, before any calendar check; undefined for a shape no clock prints. */
function spelledReading(text: string): { parts: SpelledParts; dates: { year: number; month: number; day: number }[] } | undefined {
  if (text.length > SPELLED_MAX) return undefined;
  // JavaScript names the zone after its offset in parentheses, and Go a monotonic clock reading after the zone.
  const bare = text.replace(/\s*\([A-Za-z .'-]*\)$/, '').replace(/\s+m=[+-]\d+(?:\.\d+)?$/, '');
  const tokens = momentTokens(bare);
  const parts = tokens === undefined ? undefined : spelledParts(tokens);
  const dates = parts === undefined ? undefined : spelledDates(parts);
  if (parts === undefined || dates === undefined || (parts.meridiem !== undefined && parts.time === undefined)) return undefined;
  return { parts, dates };
}

const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;
const CLOCK_TIME = /(?<!\d)\d{1,2}:\d{2}(?!\d)/;
const NUMERIC_DATE = /(?<!\d)(?:(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-](?:(?:19|20)\d{2}|\d{2}(?=[,\s]+\d{1,2}:\d{2})))(?!\d)/;
const MONTH_AND_DAY = /(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s,-]+\d{1,2}(?!\d)|(?<!\d)\d{1,2}(?:st|nd|rd|th)?[\s.-]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * A text that says a day of a year (numbers `2026/02/01`, `2/1/26, 10:00`, a year beside a time, or a year beside a
 * month and a day) in a shape no reading here knows (`10 mars 2026`, `2026年3月10日 10:00`): a moment all the same,
 * which a gate must not let count as fresh. A known shape with impossible fields (`2026-02-01T25:00:00`) is no moment:
 * no clock printed it, so it hides no instant. A month and year alone (`March 2025`) name no run's moment.
 */
export function unreadMomentSpelling(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 4 * SPELLED_MAX) return false;
  const text = value.trim();
  if (disguisedMoment(text)) return true;
  const dayOfAYear = NUMERIC_DATE.test(text) || (YEAR.test(text) && (CLOCK_TIME.test(text) || MONTH_AND_DAY.test(text)));
  if (!dayOfAYear) return false;
  const knownShape = DATE_TIME_RE.test(text) || LOOSE_DATE_TIME.test(text) || RFC_2822.test(text) || spelledReading(text) !== undefined;
  return !knownShape;
}

/**
 * A moment in digits no clock prints but a reader folds to ASCII (full-width `２０２０-01-01`, Arabic-Indic, a Unicode
 * minus) or with invisible characters inside (`2020-01\u200b-01`): what it hides is still a moment. Only texts with a
 * character outside ASCII are folded, so the common case costs one test.
 */
function disguisedMoment(text: string): boolean {
  if (!MAY_DISGUISE_MOMENT.test(text)) return false;
  const folded = drawnMoment(text);
  if (folded !== text && (momentSpan(folded) !== undefined || unreadMomentSpelling(folded))) return true;
  // A right-to-left override shows its text reversed: `\u202eZ00:00:01T10-20-6202` shows a moment.
  if (!text.includes('\u202e')) return false;
  const shown = [...folded].reverse().join('');
  return momentSpan(shown) !== undefined || unreadMomentSpelling(shown);
}

/**
 * `text` as a terminal or a page draws it: terminal escape sequences (`2026-\x1b[0m03-11`, colours a runner writes), tags
 * and comments, character references (`2026&#45;03-11`), compatibility forms (NFKC), digits of other scripts, invisible
 * and control characters gone, and dashes (`2026\u201003\u201011`, a Unicode minus) read as the hyphen they show.
 */
function drawnMoment(text: string): string {
  // Terminal escape sequences whole (CSI, OSC, DCS and their C1 forms), as every other reader drops them.
  let drawn = removeInvisible(text);
  if (drawn.includes('<')) drawn = drawn.replace(TAG_OR_COMMENT, '');
  if (drawn.includes('&')) drawn = decodeHtml(drawn);
  // Markdown shows `**2026**-03-11`, `_2026_-03-11` and `2026\-03\-11` as 2026-03-11; a link or a page's address as
  // `2026%2D03%2D11` is the same moment percent-encoded.
  drawn = drawn.replace(MARKDOWN_EMPHASIS, '$2').replace(MARKDOWN_ESCAPE, '');
  if (drawn.includes('%')) drawn = drawn.replace(PERCENT_ENCODED, (c) => String.fromCharCode(Number.parseInt(c.slice(1), 16)));
  return foldDigits(drawn.normalize('NFKC')).replace(INVISIBLE, '').replace(DASHES, '-').replace(FULL_STOPS, '.').replace(SLASHES, '/').trim();
}
const MARKDOWN_EMPHASIS = /(?<![A-Za-z0-9])(\*{1,3}|_{1,3}|~~)(?=\S)([^*_~]*?\S)\1(?![A-Za-z0-9])/g;
const MARKDOWN_ESCAPE = /\\(?=[!-/:-@[-`{-~])/g;
const PERCENT_ENCODED = /%[2-7][0-9A-Fa-f]/g;
/** Full stops (ideographic `。`) and slashes (fraction, division) that show as a date's separator. */
const FULL_STOPS = /[\u3002\uff61]/g;
const SLASHES = /[\u2044\u2215\u29f8]/g;
// A control character no clock prints (a NUL, an escape; tab and line ends aside) hides a moment as an invisible one
// does; a tag, a character reference, Markdown's emphasis or escape, or percent-encoding hides one in ASCII.
const MAY_DISGUISE_MOMENT = /[^\x00-\x7f]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|&[#A-Za-z]|<[A-Za-z/!]|[*_~\\]|%[2-7][0-9A-Fa-f]/;
const TAG_OR_COMMENT = /<!--[\s\S]*?(?:-->|$)|<\/?[A-Za-z][^<>]*>/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const INVISIBLE = /[\p{Cf}\p{Zs}\u180e\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/gu;

/** Decimal digits of every script (Arabic-Indic, Devanagari…) as ASCII; NFKC already folds full-width ones. */
function foldDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (d) => {
    const code = d.codePointAt(0) as number;
    if (code < 0x80) return d;
    // Unicode lays each script's digits out as ten consecutive code points, zero first.
    let zero = code;
    while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1)) && code - zero < 9) zero -= 1;
    return String(code - zero);
  });
}

/** A moment named by a word (`now`, `today`) or a template's placeholder (`YYYY-MM-DD`, `{{ date }}`): no clock printed it. */
const MOMENT_WORDS = /^(?:now|today|yesterday|tomorrow|tonight|current|currenttime|currentdate|datetime\.now\(\)|new date\(\)|(?:an?|\d+) (?:second|minute|hour|day|week|month|year)s? ago|in (?:an?|\d+) (?:second|minute|hour|day|week|month|year)s?|last (?:night|week|month|year))$/i;
const PLACEHOLDER_MOMENT = /(?:yyyy|\byy\b|\bmm\b.*\bdd\b|\bdd\b.*\bmm\b|hh:mm|\{\{[^}]*\}\}|\$\{[^}]*\}|<[a-z_ -]*(?:date|time)[a-z_ -]*>|%[YmdHMS])/i;

/**
 * Whether a value a document records under a moment's name says a moment no reading here knows, and so must fail
 * rather than be left out (where the run's other moments, fresher ones, would decide): {@link unreadMomentSpelling},
 * an object carrying a moment in a shape not read ({@link momentSpan} reads MongoDB's, protobuf's and epoch-unit ones;
 * PHP's `{"date": …, "timezone": …}` is not), and, under a name that can only mean a moment (`finished_at`,
 * `end_date`: {@link strictName}), an epoch number or digits outside 2000–2100 (`0`, `-1`, `800000000`), a word (`now`)
 * or a template's placeholder (`YYYY-MM-DD`). Under names that may mean something else (`end`, `time`, `timestamp`),
 * numbers are offsets and durations as often as moments: only 2000–2100 is read there, and the rest is no moment.
 */
export function unreadMomentValue(value: unknown, strictName: boolean): boolean {
  if (typeof value === 'string') {
    if (unreadMomentSpelling(value)) return true;
    if (!strictName) return false;
    const text = value.trim();
    // A known shape with a field no calendar or clock has (`2026-02-01T25:00:00`, an offset of `+24:00` or `+9900`)
    // still names its day, and a lenient reader rolls it over to the next: under a name that can only mean a moment it
    // is a moment no reading here knows, never no moment at all.
    // A draft's word (`TBD`, `TODO`, `<b>TBD</b>`) stands where a clock's print was to be, as `${FINISHED_AT}` does; the
    // words that say none (`null`, `N/A`) are none recorded, as an empty value is.
    return NUMBER_TEXT.test(text) || MOMENT_WORDS.test(text) || PLACEHOLDER_MOMENT.test(text) || ISO_WEEK_OR_ORDINAL.test(text) || (NUMERIC_DATE.test(text) && momentSpan(text) === undefined) || isUnfilledWord(text);
  }
  if (typeof value === 'number') return strictName;
  // A list nested deeper than the walk reads under a moment's name still holds what it says.
  if (Array.isArray(value)) return value.length > 0;
  if (!isPlainObject(value)) return false;
  const entries = Object.entries(value);
  if (entries.length > 32) return false;
  // Under `finished_at`, any object carrying a number or digits is a moment in a shape not read (`{"year": 2020, …}`).
  return entries.some(([, inner]) => (strictName && (typeof inner === 'number' || (typeof inner === 'string' && /\d/.test(inner)) || isPlainObject(inner)))
    || (typeof inner === 'string' && (momentSpan(inner) !== undefined || unreadMomentSpelling(inner)))
    || (isPlainObject(inner) && momentSpan(inner) !== undefined));
}

/** A number as text in any notation (`-1`, `1.5778368e9`, `0x5E0BE100`): under a moment's name, an epoch in no unit read. */
const NUMBER_TEXT = /^[-+]?(?:0x[0-9a-f]+|\d{1,3}(?:[_,' ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:e[-+]?\d+)?|nan|infinity)$/i;
/** ISO 8601's week dates (`2020-W01-1`) and ordinal dates (`2020-001`), which no reading here knows. */
const ISO_WEEK_OR_ORDINAL = /^\d{4}-?(?:W\d{2}(?:-?\d)?|\d{3})(?:[T ]|$)/i;

/**
 * The spellings JavaScript, C, Go and English locales print a moment in: `String(new Date())` (`Sun Feb 01 2026 10:00:00
 * GMT+0000 (Coordinated Universal Time)`), `toLocaleString()` (`2/1/2026, 10:00:00 AM`, `01/02/2026, 10:00:00`,
 * `1.2.2026, 10:00:00`), year first with slashes (`2026/02/01 10:00:00`), month name first (`Feb 1, 2026 10:00:00 AM`,
 * `February 1, 2026 at 10:00 AM`), `ctime`/`date` (`Sun Feb  1 10:00:00 UTC 2026`) and Go's `Time.String()`
 * (`2026-02-01 10:00:00 +0000 UTC`). Day and month that may be either way round are both readings, a zone named only
 * by an abbreviation is any zone, and a spelling that says anything else (another language, two-digit years) is unread.
 */
function spelledMomentSpan(text: string, notAfterMs?: number): MomentSpan | undefined {
  const reading = spelledReading(text);
  if (reading === undefined) return undefined;
  const { parts, dates } = reading;
  const hour = parts.time === undefined ? 0 : hourOfDay(parts.time, parts.meridiem);
  if (hour === undefined || (parts.time !== undefined && (parts.time.minute > 59 || parts.time.second > 59))) return undefined;
  const dayLong = parts.time === undefined ? DAY_MS - 1 : 0;
  const offsetMs = parts.offsetMs ?? (parts.utcWord ? 0 : undefined);
  const zoned = offsetMs !== undefined;
  const readings: MomentSpan[] = [];
  for (const d of dates) {
    if (checkCalendar(d.year, d.month, d.day) !== undefined) continue;
    const at = utcMs(d.year, d.month, d.day, hour, parts.time?.minute ?? 0, parts.time?.second ?? 0) - (offsetMs ?? 0);
    const [earliest, latest] = zoned ? [at, at + dayLong] : [at - EAST_MS, at + dayLong + WEST_MS];
    readings.push({ earliest, latest });
  }
  // A recorded moment cannot lie after now: a day-first `10/02/2026` read month-first (2 Oct) must not make 10 Feb fresh.
  // Where every reading is ahead, all stay, so that the moment still reads as from the future.
  const possible = notAfterMs === undefined ? readings : readings.filter((r) => r.earliest <= notAfterMs);
  const kept = possible.length > 0 ? possible : readings;
  if (kept.length === 0) return undefined;
  return { earliest: Math.min(...kept.map((r) => r.earliest)), latest: Math.max(...kept.map((r) => r.latest)) };
}

/** `Z`, `UTC`, `GMT`, `UT`, `+05:30` or `-0800` as milliseconds east of UTC; undefined for an impossible offset. */
function zoneOffsetMs(zone: string): number | undefined {
  if (/^(?:z|utc|gmt|ut)$/i.test(zone)) return 0;
  const digits = zone.replace(':', '');
  const [hours, minutes] = [Number(digits.slice(1, 3)), Number(digits.slice(3, 5))];
  if (hours > 23 || minutes > 59) return undefined;
  return (hours * 60 + minutes) * 60_000 * (zone.startsWith('-') ? -1 : 1);
}

/**
 * The order of two RFC 3339 timestamps (negative, 0, positive) to every digit written, or undefined when either is none.
 * A Date keeps milliseconds only, so `10:20:00.0000001Z` and `10:20:00Z` are one Date: an order that lets a tie pass
 * (a source not dated after what was derived from it) must not read 100 ns later as the same instant (red team te).
 */
export function compareRfc3339(a: unknown, b: unknown): number | undefined {
  const x = parseRfc3339(a);
  const y = parseRfc3339(b);
  if (!x.ok || !y.ok) return undefined;
  const [fa, fb] = [fractionOf(a as string), fractionOf(b as string)];
  const bySecond = x.value.getTime() - fa.ms - (y.value.getTime() - fb.ms);
  return bySecond !== 0 ? Math.sign(bySecond) : Math.sign(fa.nanos - fb.nanos);
}

/** The fraction of a second a valid RFC 3339 timestamp spells: as parseRfc3339 counts it in milliseconds, and exactly in nanoseconds. */
function fractionOf(text: string): { ms: number; nanos: number } {
  const digits = (DATE_TIME_RE.exec(text)?.[7] ?? '').slice(1);
  return digits === '' ? { ms: 0, nanos: 0 } : { ms: Math.floor(Number(`0.${digits}`) * 1000), nanos: Number(digits.padEnd(9, '0')) };
}

/**
 * A time written inside an identifier (a run id, a correlation id), in every spelling a producer prints its run's start:
 * RFC 3339 and ISO 8601, compact or extended (`20260216T041030Z`, `ci-2026-02-16T04:10:30Z-4411`), `T` and `Z` in either
 * case, dashes or dots in the time (`2026-02-16T04-10-30Z`, `2026.02.16-04.10.30`), a space (Python's str(datetime),
 * `2026-02-16 04:10:30.123456+00:00`: RFC 3339 allows it), an underscore or a dash (Jenkins' `2026-02-16_04-10-30`,
 * strftime's `20260216-041030`), fourteen digits (`20260216041030`), minutes only (`2026-02-16T04:10Z`), and a date alone
 * (`nightly-2026-02-16`, `nightly-20260216`, Azure Pipelines' `20260216.3`). `at` is the instant read in its own zone, or as
 * UTC when it names none (`zoned` false); a date alone is `precision: 'day'`, `at` its midnight. Never read: a time that
 * does not exist (`2026-02-30`, month 13, hour 25: an id that is no date is just an id), digits that run on (`1771215030`,
 * a GitHub run id or an epoch, holds no date: a date is eight digits or fourteen, with nothing beside it but separators),
 * digits inside a UUID, eight digits that are the whole id, and a compact date of a year outside 2000–2099 (a run number
 * that happens to look like one).
 * Every reader of a time in an id goes through here ({@link idTimes}), so a spelling read once is read everywhere.
 */
export interface IdTime {
  /** Where the time starts in the id, and its text as written. */
  index: number;
  text: string;
  at: Date;
  zoned: boolean;
  precision: 'day' | 'minute' | 'second';
  /** The fraction of a second as written, without its separator (`123456`), or ''. */
  fraction: string;
}

/** A date's digits: separated by one of `-`, `.`, `_` (the same twice) or by nothing. */
const ID_DATE = /(?<![0-9])(\d{4})([-._]?)(\d{2})\2(\d{2})/g;
/** After `T`: the time in any separator (the same twice) or none, seconds optional. */
const AFTER_T = /[Tt](\d{2})([:.-]?)(\d{2})(?:\2(\d{2})([.,]\d{1,9})?)?/y;
/** After a space: a clock's time, colons only (digits after a space may be anything else). */
const AFTER_SPACE = / (\d{2})(:)(\d{2})(?::(\d{2})([.,]\d{1,9})?)?/y;
/** After `_` or `-`: a time with seconds (a bare `-1230` may be a run number), or minutes with a colon. */
const AFTER_DASH = /[_-](?:(\d{2})([:.-]?)(\d{2})\2(\d{2})([.,]\d{1,9})?|(\d{2})(:)(\d{2})(?![:\d]))/y;
/** Straight after eight digits: six more, fourteen in all. */
const AFTER_DIGITS = /(\d{2})()(\d{2})(\d{2})([.,]\d{1,9})?/y;
const ID_ZONE = /(?:[Zz]|[+-]\d{2}:\d{2}|[+-]\d{4})/y;
/** A version right before a date (`v0.0.0-`, `1.0.`, `2.3.0+`, `v1.2-`): the date is part of it. */
const VERSION_BEFORE = /(?:^|[^0-9A-Za-z.])v?\d+(?:\.\d+)+[-+.]$/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const isWordChar = (c: string | undefined) => c !== undefined && /[0-9A-Za-z]/.test(c);

/** Every time written inside `id`, in order (see {@link IdTime}). */
export function idTimes(id: string): IdTime[] {
  // Cheap guard: no run of four digits, no date.
  if (!/\d{4}/.test(id)) return [];
  const uuids = [...id.matchAll(UUID)].map((m) => [m.index, m.index + m[0].length] as const);
  const found: IdTime[] = [];
  const re = new RegExp(ID_DATE.source, 'g');
  for (let m = re.exec(id); m !== null; m = re.exec(id)) {
    const start = m.index;
    if (uuids.some(([a, b]) => start >= a && start < b)) continue;
    const read = readIdTimeAt(id, start, m);
    if (read === undefined) continue;
    found.push(read);
    re.lastIndex = start + read.text.length;
  }
  return found;
}

/** The time whose date `m` matched at `start`, with the time of day that follows it, or undefined for none. */
function readIdTimeAt(id: string, start: number, m: RegExpExecArray): IdTime | undefined {
  const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
  if (checkCalendar(year, month, day) !== undefined) return undefined;
  // Compact digits that go on a version are the version's (a Go pseudo-version `v0.0.0-20260105123456-abcdef123456` holds
  // its commit's time; `1.0.20231105.1`, `2.3.0+20231105`, `v1.2-20231105-gabc1234`), never when the run started (red team
  // zo). A date with its separators or a `T` after a version (`app-1.0.0-2026-02-16T04:10:30Z`, `…-20260216T041030Z`) is
  // still read: a build stamp.
  if (m[2] === '' && !/[Tt]/.test(id[start + m[0].length] ?? '') && VERSION_BEFORE.test(id.slice(Math.max(0, start - 24), start))) return undefined;
  const dateEnd = start + m[0].length;
  const ymd: [number, number, number] = [year, month, day];
  const compact = m[2] === '';
  const plausibleCompact = year >= 2000 && year <= 2099;
  const next = id[dateEnd];
  // `T` says a time follows: a wrong one is no time, never a date with a word after it.
  if (next === 'T' || next === 't') return idTimeOfDay(id, start, dateEnd, ymd, AFTER_T);
  if (compact && next !== undefined && /\d/.test(next)) {
    if (!plausibleCompact || isWordChar(id[start - 1])) return undefined;
    return idTimeOfDay(id, start, dateEnd, ymd, AFTER_DIGITS);
  }
  if (isWordChar(next)) return undefined;
  // Eight digits after a letter are a hash's or a name's tail (`…e4f20260216`), never a date.
  if (compact && (!plausibleCompact || isWordChar(id[start - 1]))) return undefined;
  const after = next === ' ' ? AFTER_SPACE : next === '_' || next === '-' ? AFTER_DASH : undefined;
  const withTime = after === undefined ? undefined : idTimeOfDay(id, start, dateEnd, ymd, after);
  if (withTime !== undefined) return withTime;
  // Eight digits alone are a counter as often as a day (a GitLab pipeline, a Jenkins build): only a date beside a name is read.
  if (compact && m[0] === id) return undefined;
  return { index: start, text: m[0], at: new Date(utcMs(year, month, day)), zoned: false, precision: 'day', fraction: '' };
}

/** `sticky` matched at `at` in `id` (no copy of the rest of the id: an id may be long and hold many dates). */
function stickyAt(sticky: RegExp, id: string, at: number): RegExpExecArray | null {
  sticky.lastIndex = at;
  return sticky.exec(id);
}

/** The instant of a date and the time of day `after` matches after it (its groups: hour, separator, minute, second, fraction). */
function idTimeOfDay(id: string, start: number, dateEnd: number, [year, month, day]: [number, number, number], after: RegExp): IdTime | undefined {
  const t = stickyAt(after, id, dateEnd);
  if (t === null) return undefined;
  // AFTER_DASH has two shapes; the second (minutes with a colon) fills groups 6-8.
  const g = t[1] === undefined && t[6] !== undefined ? [t[0], t[6], t[7], t[8], undefined, undefined] : [...t];
  const [hour, minute, second] = [Number(g[1]), Number(g[3]), Number(g[4] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let end = dateEnd + t[0].length;
  const zone = stickyAt(ID_ZONE, id, end)?.[0];
  if (zone !== undefined) end += zone.length;
  if (isWordChar(id[end])) return undefined;
  // `+0100` after a time may as well be a run number (`…T083000-4411`): only `Z` and `±HH:MM` name a zone.
  const zoned = zone !== undefined && (/^[Zz]$/.test(zone) || zone.includes(':'));
  const fraction = (g[5] ?? '').slice(1);
  const ms = fraction === '' ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
  const offset = zoned ? (zoneOffsetMs(zone as string) ?? Number.NaN) : 0;
  if (Number.isNaN(offset)) return undefined;
  const at = new Date(utcMs(year, month, day, hour, minute, second, ms) - offset);
  return { index: start, text: id.slice(start, end), at, zoned, precision: g[4] === undefined ? 'minute' : 'second', fraction };
}

/**
 * `text` with every time that names its zone ({@link idTimes}) written as one spelling of its instant (extended, UTC,
 * `Z`, the fraction's significant digits kept): `2026-03-09T09:40:30+05:30`, `20260309T041030Z`,
 * `2026-03-09 04:10:30+00:00` and `2026-03-09t04:10:30.000z` all read `2026-03-09T04:10:30Z`. Run ids are often their
 * run's start, and a producer may print it in any ISO spelling; an id is still the same run's only when its instant is.
 * A time without a zone (or with `±HHMM`, which may be a run number), a date alone, and a time that is no real time
 * name no instant and are left as written.
 */
export function instantSpelling(text: string): string {
  let out = '';
  let from = 0;
  for (const t of idTimes(text)) {
    if (!t.zoned) continue;
    const fraction = t.fraction.replace(/0+$/, '');
    // The instant to the second; the fraction is kept as written (less its trailing zeros), never rounded to milliseconds.
    const second = new Date(t.at.getTime() - t.at.getUTCMilliseconds());
    out += `${text.slice(from, t.index)}${second.toISOString().slice(0, -5)}${fraction === '' ? '' : `.${fraction}`}Z`;
    from = t.index + t.text.length;
  }
  return out + text.slice(from);
}

export function utcEpochDay(instant: Date): EpochDay {
  return Math.floor(instant.getTime() / DAY_MS);
}

export function formatEpochDay(day: EpochDay): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `2026-02-17T08:44:45.253Z` — the reference project's timestamp form (milliseconds, Z). */
export function formatTimestamp(instant: Date): string {
  return instant.toISOString();
}

const DURATION_RE = /^(\d+)\s*(ms|s|m|h|d|w)$/;
/**
 * The longest `max_age` that bounds anything (400 days: a year of releases plus slack). A larger one
 * is a config error, and a reader asked for a larger one (a custom gate) treats the read as
 * unbounded, so it still ends with an `age_unbounded` warning: `max_age: 100000w` never silences it.
 */
export const MAX_AGE_CAP_MS = 400 * DAY_MS;

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: DAY_MS, w: 7 * DAY_MS };

/** `90s`, `15m`, `12h`, `7d`, `2w` → milliseconds. Bare numbers are rejected: "7" could mean days or ms. */
export function parseDuration(text: unknown): TimeResult<number> {
  if (typeof text !== 'string') return { ok: false, reason: `expected a duration like "7d", found ${describeType(text)}` };
  const m = DURATION_RE.exec(text.trim());
  if (!m) return { ok: false, reason: `"${text}" is not a duration; write a whole number followed by ms, s, m, h, d or w (e.g. "7d")` };
  return { ok: true, value: Number(m[1]) * (UNIT_MS[m[2] as string] as number) };
}

/** An age for humans: the two largest units, e.g. "8d 3h", "14m 5s". */
export function formatAge(ms: number): string {
  const units: [string, number][] = [['d', DAY_MS], ['h', 3_600_000], ['m', 60_000], ['s', 1000]];
  const parts: string[] = [];
  let rest = Math.max(0, Math.floor(ms / 1000) * 1000);
  for (const [unit, size] of units) {
    if (rest >= size || (parts.length > 0 && parts.length < 2)) {
      if (parts.length === 2) break;
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.length > 0 ? parts.join(' ') : '0s';
}

export function formatDuration(ms: number): string {
  for (const [unit, size] of [['w', 7 * DAY_MS], ['d', DAY_MS], ['h', 3_600_000], ['m', 60_000], ['s', 1000]] as const) {
    if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}

/**
 * The engine never reads the wall clock directly: a pinned clock (`--now`) makes two runs over the
 * same inputs byte-identical, durations included.
 */
export interface Clock {
  now(): Date;
  /** Monotonic milliseconds for durations; constant when pinned. */
  elapsed(): number;
  readonly pinned: boolean;
}

export function systemClock(): Clock {
  return { now: () => new Date(), elapsed: () => performance.now(), pinned: false };
}

export function pinnedClock(instant: Date): Clock {
  const fixed = instant.getTime();
  return { now: () => new Date(fixed), elapsed: () => 0, pinned: true };
}

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return 'a native date (unquoted)';
  switch (typeof value) {
    case 'string':
      return `the string "${value}"`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `the boolean ${value}`;
    case 'undefined':
      return 'nothing';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}
