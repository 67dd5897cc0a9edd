// momentSpan (src/util/time.ts): a run moment in any spelling a producer prints is read as every instant it may mean, so
// a re-stamped generated_at beside an old moment in another spelling is still stale (checkRunMoments).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { momentSpan, parseRfc3339 } from '../../src/util/time.js';

const at = (text: string): number => {
  const parsed = parseRfc3339(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value.getTime();
};
const H = 3_600_000;

describe('momentSpan', () => {
  it('reads an RFC 3339 stamp as its one instant', () => {
    expect(momentSpan('2026-02-01T10:00:00+05:30')).toEqual({ earliest: at('2026-02-01T04:30:00Z'), latest: at('2026-02-01T04:30:00Z') });
  });

  it('reads a date-time without its zone as every zone on earth (UTC+14:00 to UTC-12:00)', () => {
    for (const text of ['2026-02-01T10:00:00', '2026-02-01 10:00:00', '20260201T100000', '2026-02-01T10:00']) {
      expect(momentSpan(text), text).toEqual({ earliest: at('2026-02-01T10:00:00Z') - 14 * H, latest: at('2026-02-01T10:00:00Z') + 12 * H });
    }
  });

  it('reads a date alone as any time of that day in any zone', () => {
    expect(momentSpan('2026-02-01')).toEqual({ earliest: at('2026-02-01T00:00:00Z') - 14 * H, latest: at('2026-02-02T00:00:00Z') - 1 + 12 * H });
  });

  it('reads a zone written after a space, compact, or RFC 2822', () => {
    const instant = at('2026-02-01T10:00:00Z');
    for (const text of ['2026-02-01 10:00:00Z', '20260201T100000Z', '2026-02-01T10:00:00 UTC', 'Sun, 01 Feb 2026 10:00:00 GMT', '01 Feb 2026 11:00:00 +0100']) {
      expect(momentSpan(text), text).toEqual({ earliest: instant, latest: instant });
    }
  });

  it('reads epoch seconds and milliseconds, as numbers or digits, only within 2000-2100', () => {
    const instant = at('2026-02-01T10:00:00Z');
    for (const value of [1769940000, 1769940000000, '1769940000', '1769940000000']) expect(momentSpan(value), String(value)).toEqual({ earliest: instant, latest: instant });
    for (const value of [0, 12345, 1e20, Number.NaN, Infinity, '0', '123']) expect(momentSpan(value), String(value)).toBeUndefined();
  });

  it('refuses what is no moment: impossible dates and times, offsets, other text', () => {
    for (const text of ['2026-02-30', '2026-02-01T25:00:00', '2026-02-01T10:60:00', '2026-02-01T10:00:00+24:00', 'Sun, 30 Feb 2026 10:00:00 GMT', 'yesterday', '', 'TBD']) {
      expect(momentSpan(text), text).toBeUndefined();
    }
    for (const value of [true, null, {}, []]) expect(momentSpan(value)).toBeUndefined();
  });

  it('always spans the RFC 3339 reading of the same wall clock in UTC (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-02T00:00:00Z'), max: new Date('2099-12-30T00:00:00Z'), noInvalidDate: true }), (date) => {
        const utc = date.toISOString().slice(0, 19);
        const instant = at(`${utc}Z`);
        const span = momentSpan(utc.replace('T', ' ')) as { earliest: number; latest: number };
        expect(span.earliest).toBeLessThanOrEqual(Math.floor(instant / 1000) * 1000);
        expect(span.latest).toBeGreaterThanOrEqual(Math.floor(instant / 1000) * 1000);
        expect(momentSpan(Math.floor(instant / 1000))).toEqual({ earliest: Math.floor(instant / 1000) * 1000, latest: Math.floor(instant / 1000) * 1000 });
      }),
    );
  });
});
