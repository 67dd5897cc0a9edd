// momentSpan (src/util/time.ts): a run moment in any spelling a producer prints is read as every instant it may mean, so
// a re-stamped generated_at beside an old moment in another spelling is still stale (checkRunMoments).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { momentSpan, parseRfc3339, unreadMomentSpelling } from '../../src/util/time.js';
import { recordedRunMoments } from '../../src/artifacts/freshness.js';

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

  it('reads the spellings JavaScript, locales, C and Go print (red team uh)', () => {
    const instant = at('2026-02-01T10:00:00Z');
    for (const text of ['Sun Feb 01 2026 10:00:00 GMT+0000 (Coordinated Universal Time)', 'Sun Feb 01 2026 11:00:00 GMT+0100 (Central European Standard Time)', 'Sun Feb  1 10:00:00 UTC 2026', '2026-02-01 10:00:00 +0000 UTC', '2026-02-01 15:30:00.123456789 +0530 IST m=+0.010000001']) {
      expect(momentSpan(text), text).toEqual({ earliest: instant, latest: instant });
    }
    for (const text of ['2026/02/01 10:00:00', 'Feb 1, 2026 10:00:00 AM', 'February 1, 2026 at 10:00 AM', 'Sun Feb  1 10:00:00 2026', 'Sun Feb  1 10:00:00 EST 2026', '01-Feb-2026 10:00:00']) {
      expect(momentSpan(text), text).toEqual({ earliest: instant - 14 * H, latest: instant + 12 * H });
    }
    expect(momentSpan('Feb 1, 2026 10:00:00 PM')).toEqual({ earliest: instant + 12 * H - 14 * H, latest: instant + 24 * H });
  });

  it('reads a day and month that may be either way round as both readings', () => {
    expect(momentSpan('2/1/2026, 10:00:00 AM')).toEqual({ earliest: at('2026-01-02T10:00:00Z') - 14 * H, latest: at('2026-02-01T10:00:00Z') + 12 * H });
    expect(momentSpan('01.02.2026 10:00:00')).toEqual({ earliest: at('2026-01-02T10:00:00Z') - 14 * H, latest: at('2026-02-01T10:00:00Z') + 12 * H });
    // Only one reading is a real date: 13 is no month.
    expect(momentSpan('13/1/2026, 10:00:00')).toEqual({ earliest: at('2026-01-13T10:00:00Z') - 14 * H, latest: at('2026-01-13T10:00:00Z') + 12 * H });
  });

  it('refuses spellings that say something else: 13 PM, sentences, versions, two numbers', () => {
    for (const text of ['13:00 PM 1/1/2026', 'hello world 2026', 'v1.2.3', '1.2.3', '3 of 12 2026', '2026', 'Feb 30, 2026 10:00', 'built on Feb 1, 2026 10:00 by ci']) expect(momentSpan(text), text).toBeUndefined();
  });

  it('every spelling JavaScript prints of an instant spans it (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-02T00:00:00Z'), max: new Date('2099-12-30T00:00:00Z'), noInvalidDate: true }), (date) => {
        const second = Math.floor(date.getTime() / 1000) * 1000;
        const spellings = [date.toString(), date.toUTCString(), date.toLocaleString('en-US', { timeZone: 'UTC' }), date.toLocaleString('en-GB', { timeZone: 'UTC' }), date.toLocaleString('en-US', { timeZone: 'Pacific/Kiritimati' }), date.toLocaleString('en-US', { timeZone: 'Pacific/Pago_Pago' }), date.toLocaleString('de-DE', { timeZone: 'UTC' })];
        for (const text of spellings) {
          const span = momentSpan(text);
          expect(span, text).toBeDefined();
          expect((span as { earliest: number }).earliest, text).toBeLessThanOrEqual(second);
          expect((span as { latest: number }).latest, text).toBeGreaterThanOrEqual(second);
        }
      }),
    );
  });
});

describe('momentSpan (red team th)', () => {
  it('reads epoch microseconds and nanoseconds within 2000-2100, as numbers or digits', () => {
    const instant = at('2026-02-01T10:00:00Z');
    for (const value of [1769940000000000, 1769940000000000000, '1769940000000000', '1769940000000000000']) expect(momentSpan(value), String(value)).toEqual({ earliest: instant, latest: instant });
    for (const value of ['17699400000000', '176994000000000000', 1e21]) expect(momentSpan(value), String(value)).toBeUndefined();
  });

  it('reads a zone name in brackets after the offset as the offset, and both instants where they disagree', () => {
    const instant = at('2026-03-10T08:41:07.123Z');
    for (const text of ['2026-03-10T08:41:07.123Z[UTC]', '2026-03-10T08:41:07.123+00:00[Etc/UTC]', '2026-03-10T09:41:07.123+01:00[Europe/Paris]', '2026-03-10T09:41:07.123+01:00[!Europe/Paris][u-ca=iso8601]', '2026-03-10T09:41:07.123+01:00[+01:00]', '2026-03-10T09:41:07.123+01:00[No/Such_Zone]']) {
      expect(momentSpan(text), text).toEqual({ earliest: instant, latest: instant });
    }
    expect(momentSpan('2026-03-10T09:41:07.123+01:00[UTC]')).toEqual({ earliest: instant, latest: instant + H });
    expect(momentSpan('2026-07-10T09:41:07+01:00[Europe/Paris]')).toEqual({ earliest: at('2026-07-10T07:41:07Z'), latest: at('2026-07-10T08:41:07Z') });
    for (const text of ['2026-03-10T08:41:07Z[', '2026-03-10T08:41:07[UTC]', '2026-03-10T08:41:07Z[UTC] x', '2026-02-30T08:41:07Z[UTC]']) expect(momentSpan(text), text).toBeUndefined();
  });

  it('drops a reading of an either-way date after notAfter, unless every reading is', () => {
    const now = at('2026-03-10T12:00:00Z');
    expect(momentSpan('10/02/2026, 10:00:00', now)).toEqual({ earliest: at('2026-02-10T10:00:00Z') - 14 * H, latest: at('2026-02-10T10:00:00Z') + 12 * H });
    expect(momentSpan('10/02/2026, 10:00:00')).toEqual({ earliest: at('2026-02-10T10:00:00Z') - 14 * H, latest: at('2026-10-02T10:00:00Z') + 12 * H });
    expect(momentSpan('11/12/2026, 10:00:00', now)).toEqual(momentSpan('11/12/2026, 10:00:00'));
  });

  it('never reads an either-way date later than a reading that is possible (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 400 }), (a, b, hour, nowDay) => {
        const now = at('2026-01-01T00:00:00Z') + nowDay * 86_400_000;
        const text = `${String(a).padStart(2, '0')}/${String(b).padStart(2, '0')}/2026, ${String(hour).padStart(2, '0')}:00:00`;
        const span = momentSpan(text, now) as { earliest: number; latest: number };
        const readings = [[a, b], [b, a]].map(([m, d]) => Date.UTC(2026, (m as number) - 1, d as number, hour));
        const possible = readings.filter((r) => r - 14 * H <= now);
        const expectedLatest = Math.max(...(possible.length > 0 ? possible : readings)) + 12 * H;
        expect(span.latest).toBe(expectedLatest);
      }),
    );
  });
});

describe('unreadMomentSpelling', () => {
  it('is true for a day of a year in a shape no reading knows', () => {
    for (const text of ['1 févr. 2026 10:00', '2026年2月1日 10:00', '2/1/26, 10:00 AM', '10 mars 2026 10:00']) expect(unreadMomentSpelling(text), text).toBe(true);
  });
  it('is true for a moment with a control character no clock prints inside it (a NUL, an escape, DEL: fuzz slice, session 32)', () => {
    for (const text of ['2026-0\u00003-09', '2026-03-09T10:00\u001b:00Z', '2026-03-09\u007f']) expect(unreadMomentSpelling(text), JSON.stringify(text)).toBe(true);
  });
  it('is true for a moment drawn through a terminal escape, a tag, a character reference or a Unicode dash (npm run fuzz, session 36)', () => {
    for (const text of ['2026-\u001b[0m03-11', '\u001b[1m2026-03-11\u001b[0m', '2026-\u001b]8;;x\u0007\u001b]8;;\u000703-11', '2026&#45;03-11', '2026-03&#x2D;11T10:00:00Z', '2026-<i></i>03-11', '2026-<!-- x -->03-11', '2026\u201003\u201011', '2026\u201303\u201311', '2026\ufe6303-11']) expect(unreadMomentSpelling(text), JSON.stringify(text)).toBe(true);
  });
  it('is true for a moment drawn through Markdown, percent-encoding, C1 or OSC 8 escapes, ideographic stops or fraction slashes (review, session 36)', () => {
    for (const text of ['**2026**-03-11', '_2026_-03-11', '~~2026~~-03-11', '2026\\-03\\-11', '2026%2D03%2D11', '2026%2d03%2d11T10%3A00%3A00Z', '2026-\u009b0m03-11', '\u001b]8;;https://ci/x\u001b\\2026-03-11\u001b]8;;\u001b\\', '2026\u300203\u300211', '2026\u204403\u204411', '2026-03-11&NewLine;']) expect(unreadMomentSpelling(text), JSON.stringify(text)).toBe(true);
  });
  it('leaves texts with Markdown marks, underscores or percent signs that draw no moment', () => {
    for (const text of ['**nightly**', 'run_2026', 'finished_at_2026', '100%', '*', '2026-03-11T10:00:00Z', 'v1.2.3_rc']) expect(unreadMomentSpelling(text), JSON.stringify(text)).toBe(false);
  });
  it('reads every disguise of a moment as unread, never as no moment (property)', () => {
    const dash = fc.constantFrom('-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2212', '&#45;', '&#x2d;', '&hyphen;', '\uff0d');
    const mark = fc.constantFrom('', '\u001b[0m', '\u001b[1;31m', '<b></b>', '<!---->', '\u200b', '&#8203;');
    fc.assert(
      fc.property(fc.integer({ min: 2001, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), dash, dash, mark, (y, m, d, a, b, x) => {
        const text = `${y}${a}${x}${String(m).padStart(2, '0')}${b}${String(d).padStart(2, '0')}`;
        fc.pre(text !== `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
        return unreadMomentSpelling(text);
      }),
    );
  });
  it('is false for what is read, what is no instant, and what names no day', () => {
    for (const value of ['2026-02-01T10:00:00Z', 'Sun Feb 01 2026', '2026-02-01T25:00:00', 'March 2025', 'v1.2.3', 'n/a', '', 1769940000, null]) expect(unreadMomentSpelling(value), String(value)).toBe(false);
  });
});

describe('recordedRunMoments', () => {
  it('reaches lists inside lists, four holders deep, TRX, xUnit, CTRF tests and Go names; a catalogue of tests keeps only starts and ends (red team th)', () => {
    const doc = { testsuites: { testsuite: [{ timestamp: 'a', testcase: [{ timestamp: 'no' }] }] }, report: { run: { stats: { summary: { end: 'b' } } } }, times: { creation: 'c', finish: 'd' }, assemblies: { assembly: [{ 'run-date': 'e' }] }, end_date: 'f', executed_at: 'g', Time: 'h', suite: { timestamp: 'i' }, results: { tests: [{ start: 'j', stop: 'k', created: 'no' }] } };
    expect(recordedRunMoments(doc).map((m) => `${m.pointer}:${m.role}:${m.item}`)).toEqual([
      '/testsuites/testsuite/0/timestamp:either:true', '/report/run/stats/summary/end:end:false', '/times/creation:start:false', '/times/finish:end:false', '/assemblies/assembly/0/run-date:start:true', '/end_date:end:false', '/executed_at:either:false', '/Time:either:false', '/suite/timestamp:either:true', '/results/tests/0/start:start:true', '/results/tests/0/stop:end:true',
    ]);
  });

  it('finds moments under the keys reporters write them, with their role, and items apart', () => {
    const doc = { created: 1, stats: { start: 'a', end: 'b', duration: 3 }, results: { summary: { stop: 'c' } }, run: { timings: { started: 'd', completed: 'e' } }, testResults: [{ endTime: 'f', perfStats: { end: 'g' } }], baseline: { generated_at: 'x' }, history: [{ timestamp: 'y' }] };
    expect(recordedRunMoments(doc).map((m) => `${m.pointer}:${m.role}:${m.item}`)).toEqual([
      '/created:either:false', '/stats/start:start:false', '/stats/end:end:false', '/results/summary/stop:end:false', '/run/timings/started:start:false', '/run/timings/completed:end:false', '/testResults/0/endTime:end:true', '/testResults/0/perfStats/end:end:true',
    ]);
  });
});

describe('the end of a day written as hour 24 (session 32 review)', () => {
  it('is the next midnight, as ISO 8601 and Date.parse read it; hour 24 past its first instant is no moment', () => {
    const next = Date.parse('2026-03-11T00:00:00Z');
    expect(momentSpan('2026-03-10T24:00:00Z')).toEqual({ earliest: next, latest: next });
    expect(momentSpan('2026-03-10T24:00Z')).toEqual({ earliest: next, latest: next });
    expect(momentSpan('2026-03-10T24:00:00.000+00:00')).toEqual({ earliest: next, latest: next });
    for (const v of ['2026-03-10T24:00:01Z', '2026-03-10T24:01:00Z', '2026-03-10T24:00:00.5Z', '2026-02-30T24:00:00Z', '2026-03-10T24:00:00+24:00']) expect(momentSpan(v), v).toBeUndefined();
  });
});

describe('a 60th second (session 32 review)', () => {
  it('is a leap second only at 23:59:60 UTC (any day: the schedule is not known ahead); at another minute it is no moment', () => {
    expect(momentSpan('2016-12-31T23:59:60Z')?.earliest).toBe(Date.parse('2016-12-31T23:59:59.999Z'));
    expect(momentSpan('2015-06-30T23:59:60Z')?.earliest).toBe(Date.parse('2015-06-30T23:59:59.999Z'));
    expect(momentSpan('2016-12-31T18:59:60-05:00')?.earliest).toBe(Date.parse('2016-12-31T23:59:59.999Z'));
    expect(momentSpan('2026-03-09T23:59:60Z')?.earliest).toBe(Date.parse('2026-03-09T23:59:59.999Z'));
    for (const v of ['2026-03-10T07:59:60Z', '2026-03-10T12:00:60Z', '2016-12-31T22:59:60Z', '2016-12-31T23:59:60+01:00']) expect(momentSpan(v), v).toBeUndefined();
  });
});
