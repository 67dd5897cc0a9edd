/**
 * A date field holding the Unix epoch or Go's zero time is what an unset clock prints, in whatever RFC 3339 spelling
 * (offset, fraction of zeros, case of its letters) a producer wrote it; every other instant is a date (helper pc,
 * session 47). The instant is judged after parsing, so a spelling cannot slip past a pattern.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRfc3339, zeroInstantReason } from '../../src/util/time.js';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** The instant `ms` written at the offset `minutes` east of UTC, with `digits` zeros of fraction and a `T` or `t`. */
function spelled(ms: number, minutes: number, digits: number, lowerT: boolean, lowerZ: boolean): string {
  const local = new Date(ms + minutes * 60_000);
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const fraction = digits > 0 ? `.${'0'.repeat(digits)}` : '';
  const offset = minutes === 0 ? (lowerZ ? 'z' : 'Z') : `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
  return `${date}${lowerT ? 't' : 'T'}${time}${fraction}${offset}`;
}

function reasonOf(text: string): string | undefined {
  const parsed = parseRfc3339(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.reason}`);
  return zeroInstantReason(parsed.value.getTime());
}

const ZERO_INSTANTS = [0, -62_135_596_800_000];
const offsets = fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 });

describe('zeroInstantReason', () => {
  it('reads the epoch and Go\'s zero time as a placeholder in every RFC 3339 spelling', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZERO_INSTANTS), offsets, fc.integer({ min: 0, max: 9 }), fc.boolean(), fc.boolean(), (ms, minutes, digits, lowerT, lowerZ) => {
        // Go's zero time west of UTC falls in year 0, which RFC 3339 cannot write: only offsets that keep year 1 apply.
        fc.pre(!(ms < 0 && minutes < 0));
        expect(reasonOf(spelled(ms, minutes, digits, lowerT, lowerZ))).toBe('a zero timestamp (the epoch), what an unset time prints');
      }),
    );
  });

  it('reads every other instant, real midnights included, as a date', () => {
    const instants = fc.oneof(
      fc.integer({ min: -62_135_596_799_999, max: 4_102_444_800_000 }).filter((ms) => !ZERO_INSTANTS.includes(ms)),
      // Midnights share a zero time's digits but for the date: the first of January of any year, any midnight.
      fc.integer({ min: 2, max: 2100 }).filter((year) => year !== 1970).map((year) => new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(year)),
      fc.integer({ min: 0, max: 50_000 }).map((day) => day * 86_400_000 + 86_400_000),
    );
    fc.assert(
      fc.property(instants, offsets, fc.integer({ min: 0, max: 3 }), (ms, minutes, digits) => {
        fc.pre(new Date(ms + minutes * 60_000).getUTCFullYear() >= 1);
        const whole = ms - (ms % 1000);
        // Rounding to whole seconds may land on a zero instant: that one is no longer another instant.
        fc.pre(!ZERO_INSTANTS.includes(whole));
        const text = spelled(whole, minutes, digits, false, false);
        expect(reasonOf(text)).toBeUndefined();
      }),
    );
  });
});
