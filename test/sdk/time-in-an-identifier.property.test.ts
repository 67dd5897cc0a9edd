/**
 * A run id that spells its run's start is read in every spelling a producer prints it (idTimes, red team zi, session
 * 45): RFC 3339 with a space (Python's str(datetime)), strftime's `%Y%m%d-%H%M%S`, Jenkins' `%Y-%m-%d_%H-%M-%S`, dots,
 * fourteen digits, minutes only, and a day alone. A re-stamped generated_at beside an old start is stale in each. Digit
 * runs (GitHub run ids, epochs), impossible dates and counters are never read as a time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArtifactError } from '../../src/artifacts/errors.js';
import { checkFreshness } from '../../src/artifacts/freshness.js';
import { idTimes } from '../../src/util/time.js';

const NOW = new Date('2026-03-15T12:00:00.000Z');
const DAY = 86_400_000;
const HOUR = 3_600_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const parts = (at: Date) => ({ y: pad(at.getUTCFullYear(), 4), mo: pad(at.getUTCMonth() + 1), d: pad(at.getUTCDate()), h: pad(at.getUTCHours()), mi: pad(at.getUTCMinutes()), s: pad(at.getUTCSeconds()) });

/** Spellings of an instant to the second, [text, names its zone]. */
const SECOND_SPELLINGS: readonly ((at: Date) => [string, boolean])[] = [
  (at) => { const p = parts(at); return [`${p.y}-${p.mo}-${p.d} ${p.h}:${p.mi}:${p.s}.123456+00:00`, true]; },
  (at) => { const p = parts(at); return [`${p.y}-${p.mo}-${p.d} ${p.h}:${p.mi}:${p.s}`, false]; },
  (at) => { const p = parts(at); return [`${p.y}${p.mo}${p.d}-${p.h}${p.mi}${p.s}`, false]; },
  (at) => { const p = parts(at); return [`${p.y}-${p.mo}-${p.d}_${p.h}-${p.mi}-${p.s}`, false]; },
  (at) => { const p = parts(at); return [`${p.y}${p.mo}${p.d}${p.h}${p.mi}${p.s}`, false]; },
  (at) => { const p = parts(at); return [`${p.y}.${p.mo}.${p.d}-${p.h}.${p.mi}.${p.s}`, false]; },
  (at) => { const p = parts(at); return [`${p.y}-${p.mo}-${p.d}T${p.h}:${p.mi}:${p.s}Z`, true]; },
  (at) => { const p = parts(at); return [`${p.y}${p.mo}${p.d}t${p.h}${p.mi}${p.s}z`, true]; },
];
const DAY_SPELLINGS: readonly ((at: Date) => string)[] = [
  (at) => { const p = parts(at); return `${p.y}-${p.mo}-${p.d}`; },
  (at) => { const p = parts(at); return `${p.y}${p.mo}${p.d}`; },
  (at) => { const p = parts(at); return `${p.y}_${p.mo}_${p.d}`; },
  (at) => { const p = parts(at); return `${p.y}.${p.mo}.${p.d}`; },
];
const PREFIXES = ['', 'ci-', 'nightly-', 'perf_nightly_', 'bd-1f42.4.4-', 'sweeps-'];
const SUFFIXES = ['', '-4411', '.3', '_shard-2'];

/** Instants 2001–2098, to the second. */
const instant = fc.integer({ min: Date.parse('2001-01-01T00:00:00Z') / 1000, max: Date.parse('2098-12-31T00:00:00Z') / 1000 }).map((s) => new Date(s * 1000));

function verdict(runId: string): string {
  try {
    checkFreshness('report.json', { generated_at: new Date(NOW.getTime() - HOUR).toISOString(), run_id: runId }, NOW, { maxAgeMs: 7 * DAY });
    return 'pass';
  } catch (e) {
    if (!(e instanceof ArtifactError)) throw e;
    return e.code;
  }
}

describe('a time written inside an identifier', () => {
  it('is read in every spelling, beside any name and run number, as its instant or its day (property)', () => {
    fc.assert(
      fc.property(instant, fc.nat(SECOND_SPELLINGS.length - 1), fc.nat(DAY_SPELLINGS.length - 1), fc.constantFrom(...PREFIXES), fc.constantFrom(...SUFFIXES), (at, i, j, prefix, suffix) => {
        const [text, zoned] = SECOND_SPELLINGS[i]!(at);
        const read = idTimes(`${prefix}${text}${suffix}`);
        expect(read.map((t) => [t.at.getTime() - t.at.getUTCMilliseconds(), t.zoned, t.precision]), text).toEqual([[at.getTime(), zoned, 'second']]);
        const day = DAY_SPELLINGS[j]!(at);
        const id = `${prefix === '' ? 'nightly-' : prefix}${day}${suffix}`;
        expect(idTimes(id).map((t) => [t.at.toISOString().slice(0, 10), t.precision]), id).toEqual([[at.toISOString().slice(0, 10), 'day']]);
      }),
    );
  });

  it('makes a re-stamped artifact of an old run stale in every spelling, and a fresh run pass (property)', () => {
    // Zone-less starts are read in the zone that makes them latest (UTC-12), a day alone at its end there: ages are chosen clear of the bound.
    const age = fc.oneof(fc.integer({ min: 10 * 24, max: 400 * 24 }).map((h) => ['stale', h] as const), fc.integer({ min: 2, max: 4 * 24 }).map((h) => ['pass', h] as const));
    fc.assert(
      fc.property(age, fc.integer({ min: 0, max: SECOND_SPELLINGS.length + DAY_SPELLINGS.length - 1 }), fc.constantFrom(...PREFIXES.slice(1)), ([expected, hours], k, prefix) => {
        const at = new Date(Math.floor((NOW.getTime() - hours * HOUR) / 1000) * 1000);
        const id = k < SECOND_SPELLINGS.length ? SECOND_SPELLINGS[k]!(at)[0] : DAY_SPELLINGS[k - SECOND_SPELLINGS.length]!(at);
        expect(verdict(`${prefix}${id}`), `${prefix}${id}`).toBe(expected);
      }),
    );
  });

  it('never reads digit runs, counters or impossible dates as a time (property)', () => {
    const digitRun = fc.oneof(fc.bigInt({ min: 10n ** 8n, max: 10n ** 13n - 1n }), fc.bigInt({ min: 10n ** 14n, max: 10n ** 19n })).map(String);
    const impossible = fc.tuple(fc.integer({ min: 2001, max: 2098 }), fc.constantFrom([2, 30], [2, 31], [4, 31], [13, 1], [0, 10], [19, 12], [6, 0], [7, 32])).map(([y, [mo, d]]) => ({ y: String(y), mo: pad(mo!), d: pad(d!), h: '04', mi: '10', s: '30' }));
    const impossibleSpellings = [
      (p: ReturnType<typeof parts>) => `${p.y}-${p.mo}-${p.d}`,
      (p: ReturnType<typeof parts>) => `${p.y}${p.mo}${p.d}`,
      (p: ReturnType<typeof parts>) => `${p.y}-${p.mo}-${p.d} ${p.h}:${p.mi}:${p.s}+00:00`,
      (p: ReturnType<typeof parts>) => `${p.y}${p.mo}${p.d}-${p.h}${p.mi}${p.s}`,
      (p: ReturnType<typeof parts>) => `${p.y}${p.mo}${p.d}${p.h}${p.mi}${p.s}`,
    ];
    fc.assert(
      fc.property(digitRun, impossible, fc.nat(impossibleSpellings.length - 1), fc.constantFrom(...PREFIXES), (digits, p, i, prefix) => {
        // Nine to thirteen digits or fifteen and more: a GitHub run id, an epoch in seconds or milliseconds, a counter.
        if (digits.length === 14) return;
        expect(idTimes(`${prefix}${digits}`), digits).toEqual([]);
        expect(idTimes(`${prefix}${impossibleSpellings[i]!(p)}`), impossibleSpellings[i]!(p)).toEqual([]);
      }),
    );
  });
  it('reads compact digits that go on a version as the version\'s, a stamp with separators or a T after it as a time (property)', () => {
    const version = fc.tuple(fc.constantFrom('v', ''), fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 2, maxLength: 3 }), fc.constantFrom('-', '+', '.')).map(([v, parts, sep]) => `${v}${parts.join('.')}${sep}`);
    const day = fc.tuple(fc.integer({ min: 2001, max: 2098 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, mo, d]) => ({ y: String(y), mo: pad(mo), d: pad(d) }));
    fc.assert(
      fc.property(fc.constantFrom('', 'app-', 'golang.org/x/net@'), version, day, fc.constantFrom('', '123456-abcdef123456', '.1'), (name, v, p, tail) => {
        // A Go pseudo-version (`v0.0.0-20260105123456-abcdef123456`), `1.0.20231105.1`, `2.3.0+20231105`: the commit's time.
        const compact = `${name}${v}${p.y}${p.mo}${p.d}${tail}`;
        expect(idTimes(compact), compact).toEqual([]);
        // A build stamp after a version: written with its separators, or with a T and a time.
        const stamped = `${name}${v}${p.y}-${p.mo}-${p.d}T04:10:30Z`;
        expect(idTimes(stamped).map((t) => t.text), stamped).toEqual([`${p.y}-${p.mo}-${p.d}T04:10:30Z`]);
        const compactStamp = `${name}${v}${p.y}${p.mo}${p.d}T041030Z`;
        expect(idTimes(compactStamp).map((t) => t.text), compactStamp).toEqual([`${p.y}${p.mo}${p.d}T041030Z`]);
      }),
    );
  });
});
