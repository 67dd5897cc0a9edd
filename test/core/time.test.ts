import fc from 'fast-check';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import {
  describeType,
  compareRfc3339,
  formatDuration,
  formatEpochDay,
  formatTimestamp,
  parseDuration,
  parseRfc3339,
  parseStrictDate,
  pinnedClock,
  systemClock,
  utcEpochDay,
  type TimeResult,
} from '../../src/util/time.js';

const DAY = 86_400_000;

function ok<T>(r: TimeResult<T>): T {
  if (!r.ok) throw new Error(`expected ok, got: ${r.reason}`);
  return r.value;
}

function reason<T>(r: TimeResult<T>): string {
  if (r.ok) throw new Error(`expected a rejection, got ${String(r.value)}`);
  return r.reason;
}

/** Independent of the code under test: the Gregorian rule. */
function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const ymd = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

describe('parseStrictDate', () => {
  it('accepts a real date as whole days since the epoch', () => {
    expect(ok(parseStrictDate('1970-01-01'))).toBe(0);
    expect(ok(parseStrictDate('1970-01-02'))).toBe(1);
    expect(ok(parseStrictDate('2026-01-31'))).toBe(Date.UTC(2026, 0, 31) / DAY);
    expect(ok(parseStrictDate('1969-12-31'))).toBe(-1);
  });

  it('rejects 2026-02-30 instead of rolling it over', () => {
    const r = reason(parseStrictDate('2026-02-30'));
    expect(r).toContain('"2026-02-30" is not a real date');
    expect(r).toContain('28 days');
  });

  it('accepts 2024-02-29 (leap year) and rejects 2025-02-29', () => {
    expect(formatEpochDay(ok(parseStrictDate('2024-02-29')))).toBe('2024-02-29');
    expect(reason(parseStrictDate('2025-02-29'))).toContain('not a real date');
    expect(ok(parseStrictDate('2000-02-29'))).toBe(Date.UTC(2000, 1, 29) / DAY);
    expect(reason(parseStrictDate('2100-02-29'))).toContain('not a real date');
  });

  it('rejects month 13 and month/day 0', () => {
    expect(reason(parseStrictDate('2026-13-01'))).toContain('month 13 does not exist');
    expect(reason(parseStrictDate('2026-00-10'))).toContain('month 0 does not exist');
    expect(reason(parseStrictDate('2026-01-00'))).toContain('day 0 does not exist');
  });

  it('rejects anything that is not exactly YYYY-MM-DD', () => {
    for (const text of ['2026-2-3', '2026-02-3', '26-02-03', '2026/02/03', '2026-02-03T00:00Z', ' 2026-02-03', '2026-02-03 ', '', '20260203']) {
      expect(reason(parseStrictDate(text))).toContain('is not a YYYY-MM-DD date');
    }
  });

  it('rejects non-strings, naming what was found', () => {
    expect(reason(parseStrictDate(20260203))).toContain('found the number 20260203');
    expect(reason(parseStrictDate(null))).toContain('found null');
    expect(reason(parseStrictDate(undefined))).toContain('found nothing');
    expect(reason(parseStrictDate(['2026-02-03']))).toContain('found an array');
  });

  it('a TOML native date (a Date object) is refused with a hint to quote it', () => {
    const value = (parseToml('d = 2026-02-03') as { d: unknown }).d;
    expect(value).toBeInstanceOf(Date);
    const r = reason(parseStrictDate(value));
    expect(r).toMatch(/\bdate\b/);
    expect(r).toContain('quoted "YYYY-MM-DD" string');
    // Even a TOML date that TOML rolled over (2024-06-31 → July 1st) is refused, not silently shifted.
    const rolled = (parseToml('d = 2024-06-31') as { d: unknown }).d;
    expect(reason(parseStrictDate(rolled))).toContain('quoted "YYYY-MM-DD" string');
    expect(reason(parseStrictDate(new Date('2026-02-03T00:00:00Z')))).toContain('quoted "YYYY-MM-DD" string');
  });

  it('property: every real date 1970–2200 is accepted and round-trips through formatEpochDay', () => {
    const realDate = fc
      .record({ year: fc.integer({ min: 1970, max: 2200 }), month: fc.integer({ min: 1, max: 12 }) })
      .chain(({ year, month }) => fc.integer({ min: 1, max: daysIn(year, month) }).map((day) => ({ year, month, day })));
    fc.assert(
      fc.property(realDate, ({ year, month, day }) => {
        const s = ymd(year, month, day);
        const r = parseStrictDate(s);
        expect(r.ok).toBe(true);
        const value = ok(r);
        expect(Number.isInteger(value)).toBe(true);
        expect(value).toBe(Date.UTC(year, month - 1, day) / DAY);
        expect(formatEpochDay(value)).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: every day past the end of its month is rejected', () => {
    const impossible = fc
      .record({ year: fc.integer({ min: 1970, max: 2200 }), month: fc.integer({ min: 1, max: 12 }) })
      .chain(({ year, month }) => fc.integer({ min: daysIn(year, month) + 1, max: 99 }).map((day) => ({ year, month, day })));
    fc.assert(
      fc.property(impossible, ({ year, month, day }) => {
        const r = parseStrictDate(ymd(year, month, day));
        expect(r.ok).toBe(false);
        expect(reason(r)).toContain('not a real date');
      }),
      { numRuns: 2000 },
    );
  });

  it('exhaustive: the 28th–31st of every month of a leap and a common year', () => {
    for (const year of [2024, 2025, 2100, 2000]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 28; day <= 31; day++) {
          expect(parseStrictDate(ymd(year, month, day)).ok).toBe(day <= daysIn(year, month));
        }
      }
    }
  });
});

describe('parseRfc3339', () => {
  const instant = (text: string): number => ok(parseRfc3339(text)).getTime();

  it('accepts Z (either case)', () => {
    expect(instant('2026-01-31T12:00:00Z')).toBe(Date.UTC(2026, 0, 31, 12));
    expect(instant('2026-01-31t12:00:00z')).toBe(Date.UTC(2026, 0, 31, 12));
  });

  it('applies positive and negative offsets to give the right instant', () => {
    expect(instant('2026-01-01T05:30:00+05:30')).toBe(Date.UTC(2026, 0, 1, 0, 0));
    expect(instant('2025-12-31T16:00:00-08:00')).toBe(Date.UTC(2026, 0, 1, 0, 0));
    expect(instant('2026-01-01T00:00:00+00:00')).toBe(Date.UTC(2026, 0, 1));
    expect(instant('2026-01-01T00:00:00-00:00')).toBe(Date.UTC(2026, 0, 1));
    expect(instant('2026-03-01T01:00:00+02:00')).toBe(Date.UTC(2026, 1, 28, 23, 0));
  });

  it('accepts fractional seconds, truncating to milliseconds', () => {
    expect(instant('2026-01-01T00:00:00.5Z')).toBe(Date.UTC(2026, 0, 1, 0, 0, 0, 500));
    expect(instant('2026-01-01T00:00:00.253Z')).toBe(Date.UTC(2026, 0, 1, 0, 0, 0, 253));
    expect(instant('2026-01-01T00:00:00.123456789Z')).toBe(Date.UTC(2026, 0, 1, 0, 0, 0, 123));
    expect(instant('2026-01-01T00:00:00.9999Z')).toBe(Date.UTC(2026, 0, 1, 0, 0, 0, 999));
    expect(parseRfc3339('2026-01-01T00:00:00.Z').ok).toBe(false);
    expect(parseRfc3339('2026-01-01T00:00:00.1234567890Z').ok).toBe(false);
  });

  it('rejects an offset-less timestamp with the "add a UTC offset" hint', () => {
    for (const text of ['2026-01-01T00:00:00', '2026-01-01T00:00', '2026-01-01 00:00:00', '2026-01-01T00:00:00.123']) {
      const r = reason(parseRfc3339(text));
      expect(r).toContain('is not an RFC 3339 timestamp');
      expect(r).toContain('add a UTC offset');
    }
  });

  it('rejects other non-timestamps without the offset hint', () => {
    for (const text of ['2026-01-01', 'yesterday', '2026-01-01T00:00:00+0530', '2026-01-01T00:00:00 Z', '']) {
      const r = reason(parseRfc3339(text));
      expect(r).toContain('is not an RFC 3339 timestamp');
      expect(r).not.toContain('add a UTC offset');
    }
  });

  it('rejects 24:00 and other impossible times of day', () => {
    expect(reason(parseRfc3339('2026-01-01T24:00:00Z'))).toContain('impossible time of day');
    expect(reason(parseRfc3339('2026-01-01T23:60:00Z'))).toContain('impossible time of day');
  });

  it('rejects leap second :60', () => {
    expect(reason(parseRfc3339('2016-12-31T23:59:60Z'))).toContain('impossible time of day');
  });

  it('rejects impossible dates', () => {
    expect(reason(parseRfc3339('2026-02-30T00:00:00Z'))).toContain('not a real date');
    expect(reason(parseRfc3339('2025-02-29T00:00:00Z'))).toContain('not a real date');
    expect(reason(parseRfc3339('2026-13-01T00:00:00Z'))).toContain('month 13');
    expect(ok(parseRfc3339('2024-02-29T00:00:00Z')).toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('rejects impossible offsets', () => {
    expect(reason(parseRfc3339('2026-01-01T00:00:00+24:00'))).toContain('impossible UTC offset');
    expect(reason(parseRfc3339('2026-01-01T00:00:00+05:60'))).toContain('impossible UTC offset');
    expect(ok(parseRfc3339('2026-01-01T00:00:00+23:59')).getTime()).toBe(Date.UTC(2026, 0, 1) - (23 * 60 + 59) * 60_000);
  });

  it('rejects non-strings, including Date objects', () => {
    expect(reason(parseRfc3339(Date.UTC(2026, 0, 1)))).toContain('found the number');
    expect(reason(parseRfc3339(new Date()))).toMatch(/expected an RFC 3339 timestamp string, found .*date/);
    expect(reason(parseRfc3339(null))).toContain('found null');
  });

  it('property: parseRfc3339(date.toISOString()) gives the same instant', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0000-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }), (date) => {
        expect(ok(parseRfc3339(date.toISOString())).getTime()).toBe(date.getTime());
      }),
      { numRuns: 5000 },
    );
  });

  it('property: the same instant written with any offset parses to the same time', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-02T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }),
        (date, offsetMinutes) => {
          const local = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 23);
          const abs = Math.abs(offsetMinutes);
          const text = `${local}${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
          expect(ok(parseRfc3339(text)).getTime()).toBe(date.getTime());
        },
      ),
      { numRuns: 2000 },
    );
  });

});

describe('years 0000–0099', () => {
  // Date.UTC maps years 0–99 to 1900–1999; a strict parser must not.
  it('parseRfc3339: years 0000–0099 are not shifted into the 1900s', () => {
    expect(ok(parseRfc3339('0050-06-15T00:00:00Z')).toISOString()).toBe('0050-06-15T00:00:00.000Z');
  });

  it('parseStrictDate: years 0000–0099 are not shifted into the 1900s', () => {
    expect(formatEpochDay(ok(parseStrictDate('0050-06-15')))).toBe('0050-06-15');
  });

  it('parseStrictDate: 0000-02-29 exists (year 0 is a leap year, divisible by 400)', () => {
    expect(parseStrictDate('0000-02-29').ok).toBe(true);
  });
});

describe('parseDuration', () => {
  it.each([
    ['7d', 7 * DAY],
    ['12h', 12 * 3_600_000],
    ['90s', 90_000],
    ['15m', 15 * 60_000],
    ['2w', 14 * DAY],
    ['250ms', 250],
    ['0s', 0],
  ])('%s → %d ms', (text, ms) => {
    expect(ok(parseDuration(text))).toBe(ms);
  });

  it('tolerates surrounding whitespace', () => {
    expect(ok(parseDuration(' 7d '))).toBe(7 * DAY);
  });

  it.each(['7', '7 days', '-1d', '1.5h', 'd', '', '7D', '7y', '+1d', '1d2h'])('rejects %j', (text) => {
    const r = reason(parseDuration(text));
    expect(r).toContain('is not a duration');
    expect(r).toContain('"7d"');
  });

  it('rejects non-strings (a bare number is ambiguous)', () => {
    expect(reason(parseDuration(7))).toContain('found the number 7');
    expect(reason(parseDuration(null))).toContain('found null');
  });
});

describe('formatDuration', () => {
  it('uses the largest exact unit', () => {
    expect(formatDuration(7 * DAY)).toBe('1w');
    expect(formatDuration(8 * DAY)).toBe('8d');
    expect(formatDuration(5 * 60_000)).toBe('5m');
    expect(formatDuration(90_000)).toBe('90s');
    expect(formatDuration(1500)).toBe('1500ms');
    expect(formatDuration(0)).toBe('0ms');
  });

  it('round-trips through parseDuration for listed values', () => {
    for (const text of ['7d', '12h', '90s', '15m', '2w', '250ms', '1w', '36h']) {
      const ms = ok(parseDuration(text));
      expect(ok(parseDuration(formatDuration(ms)))).toBe(ms);
    }
  });

  it('property: parseDuration(formatDuration(ms)) === ms for every non-negative integer', () => {
    const units = fc.constantFrom(1, 1000, 60_000, 3_600_000, DAY, 7 * DAY);
    fc.assert(
      fc.property(fc.oneof(fc.nat({ max: 10 ** 12 }), fc.tuple(fc.nat({ max: 10_000 }), units).map(([n, u]) => n * u)), (ms) => {
        expect(ok(parseDuration(formatDuration(ms)))).toBe(ms);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('clocks and helpers', () => {
  it('pinnedClock gives a constant now and elapsed 0', () => {
    const at = new Date('2026-02-17T08:44:45.253Z');
    const clock = pinnedClock(at);
    expect(clock.pinned).toBe(true);
    const first = clock.now();
    expect(first.getTime()).toBe(at.getTime());
    expect(clock.now().getTime()).toBe(at.getTime());
    expect(clock.elapsed()).toBe(0);
    expect(clock.elapsed()).toBe(0);
    // Mutating the returned Date (or the input) does not move the clock.
    first.setTime(0);
    at.setTime(0);
    expect(clock.now().toISOString()).toBe('2026-02-17T08:44:45.253Z');
  });

  it('systemClock is not pinned and moves forward', () => {
    const clock = systemClock();
    expect(clock.pinned).toBe(false);
    const a = clock.elapsed();
    expect(clock.elapsed()).toBeGreaterThanOrEqual(a);
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(5000);
  });

  it('utcEpochDay and formatEpochDay agree', () => {
    expect(utcEpochDay(new Date('2026-01-31T23:59:59.999Z'))).toBe(ok(parseStrictDate('2026-01-31')));
    expect(utcEpochDay(new Date('2026-02-01T00:00:00Z'))).toBe(ok(parseStrictDate('2026-02-01')));
    expect(utcEpochDay(new Date('1969-12-31T12:00:00Z'))).toBe(-1);
    expect(formatEpochDay(0)).toBe('1970-01-01');
  });

  it('formatTimestamp is ISO with milliseconds and Z, and parseRfc3339 reads it back', () => {
    const at = new Date(Date.UTC(2026, 1, 17, 8, 44, 45, 253));
    expect(formatTimestamp(at)).toBe('2026-02-17T08:44:45.253Z');
    expect(ok(parseRfc3339(formatTimestamp(at))).getTime()).toBe(at.getTime());
  });

  it('describeType names values', () => {
    expect(describeType('x')).toBe('the string "x"');
    expect(describeType(1)).toBe('the number 1');
    expect(describeType(true)).toBe('the boolean true');
    expect(describeType(null)).toBe('null');
    expect(describeType(undefined)).toBe('nothing');
    expect(describeType([])).toBe('an array');
    expect(describeType({})).toBe('an object');
    expect(describeType(new Date())).toMatch(/date/);
    expect(describeType(new Date())).not.toBe('an object');
  });
});

describe('formatAge', () => {
  it('shows the two largest units', async () => {
    const { formatAge } = await import('../../src/util/time.js');
    expect(formatAge(8 * 86_400_000 + 3 * 3_600_000 + 59_000)).toBe('8d 3h');
    expect(formatAge(14 * 60_000 + 5_400)).toBe('14m 5s');
    expect(formatAge(86_400_000)).toBe('1d 0h');
    expect(formatAge(999)).toBe('0s');
  });
});

describe('compareRfc3339 (red team te: an order to every digit written)', () => {
  it('orders stamps a Date reads as one instant by the digits beyond the millisecond', () => {
    expect(compareRfc3339('2026-03-09T10:20:00.0000001Z', '2026-03-09T10:20:00Z')).toBe(1);
    expect(compareRfc3339('2026-03-09T10:20:00.0009Z', '2026-03-09T10:20:00.000Z')).toBe(1);
    expect(compareRfc3339('2026-03-09T10:20:00Z', '2026-03-09T10:20:00.000000001Z')).toBe(-1);
    expect(compareRfc3339('2026-03-09T15:50:00.0001+05:30', '2026-03-09T10:20:00.00010001Z')).toBe(-1);
  });

  it('reads one instant in any zone and any count of trailing zeros as equal', () => {
    expect(compareRfc3339('2026-03-09T10:20:00.5Z', '2026-03-09T11:20:00.500000000+01:00')).toBe(0);
    expect(compareRfc3339('2026-03-09T10:20:00Z', '2026-03-09t10:20:00z')).toBe(0);
  });

  it('is undefined when either side is no RFC 3339 timestamp', () => {
    expect(compareRfc3339('2026-03-09 10:20:00Z', '2026-03-09T10:20:00Z')).toBeUndefined();
    expect(compareRfc3339('2026-03-09T10:20:00Z', 1773051600)).toBeUndefined();
  });

  it('agrees with the millisecond order wherever that order is strict, and with the digits where it ties', () => {
    const stamp = fc.record({ s: fc.integer({ min: 0, max: 59 }), digits: fc.stringMatching(/^\d{0,9}$/) }).map(({ s, digits }) => `2026-03-09T10:20:${String(s).padStart(2, '0')}${digits === '' ? '' : `.${digits}`}Z`);
    fc.assert(
      fc.property(stamp, stamp, (a, b) => {
        const ms = Math.sign((parseRfc3339(a) as { value: Date }).value.getTime() - (parseRfc3339(b) as { value: Date }).value.getTime());
        const exact = compareRfc3339(a, b) as number;
        if (ms !== 0) expect(exact).toBe(ms);
        const value = (t: string) => { const [sec, frac = ''] = t.slice(17, -1).split('.'); return BigInt(sec as string) * 1_000_000_000n + BigInt(frac.padEnd(9, '0') || '0'); };
        const d = value(a) - value(b);
        expect(exact).toBe(d > 0n ? 1 : d < 0n ? -1 : 0);
      }),
    );
  });
});
