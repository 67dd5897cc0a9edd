import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArtifactError } from '../../src/artifacts/errors.js';
import { ageUnboundedFinding, checkFreshness, checkNotFuture, datedAt, DEFAULT_FUTURE_SKEW_MS, DEFAULT_MAX_RUN_LENGTH_MS, earliestRunEnd, recordedRunIds, runStarts } from '../../src/artifacts/freshness.js';

// The freshness check on its own: the exact code, message and detail each way a date can fail to prove an age,
// and the boundaries where a verdict flips (the reader tests cover the same rules through the file readers).

const NOW = new Date('2026-03-15T12:00:00.000Z');
const MINUTE = 60_000;
const DAY = 86_400_000;
const stamp = (offsetMs: number): string => new Date(NOW.getTime() + offsetMs).toISOString();

/** The ArtifactError `run` threw; fails the test if it returned or threw something else. */
function thrown(run: () => unknown): ArtifactError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(ArtifactError);
    return e as ArtifactError;
  }
  throw new Error('expected an ArtifactError, but the check passed');
}

describe('checkFreshness', () => {
  it('a duration that carries its start past any calendar date is future, never a crash (fuzz slice, session 32)', () => {
    const e = thrown(() => checkFreshness('a.json', { generated_at: stamp(-60_000), stats: { start: stamp(-120_000), end: stamp(-60_000), duration: 9007199254740993 } }, NOW, { maxAgeMs: DAY }));
    expect(e.code).toBe('future');
    expect(e.message).toContain('past any calendar date');
  });
  it('returns the timestamp of a fresh document', () => {
    expect(checkFreshness('a.json', { generated_at: stamp(-DAY) }, NOW, { maxAgeMs: 7 * DAY })).toBe(stamp(-DAY));
  });

  it('a document without the date fails schema, naming the default pointer', () => {
    const e = thrown(() => checkFreshness('a.json', { date: stamp(0) }, NOW, { maxAgeMs: DAY }));
    expect(e.code).toBe('schema');
    expect(e.message).toBe('a.json has no /generated_at, so its age cannot be proven');
    expect(e.detail).toEqual({
      path: 'a.json',
      pointer: '/generated_at',
      expected: 'an RFC 3339 timestamp',
      actual: 'absent',
      fix: 'have the producer write /generated_at (RFC 3339 with offset, e.g. 2026-01-31T12:00:00Z)',
    });
  });

  it('reads the date at a custom pointer and ignores /generated_at', () => {
    const doc = { meta: { created: stamp(-2 * DAY) }, generated_at: stamp(0) };
    const e = thrown(() => checkFreshness('a.json', doc, NOW, { maxAgeMs: DAY, pointer: '/meta/created' }));
    expect(e.code).toBe('stale');
    expect(e.detail.pointer).toBe('/meta/created');
    expect(checkFreshness('a.json', doc, NOW, { maxAgeMs: 3 * DAY, pointer: '/meta/created' })).toBe(stamp(-2 * DAY));
    const missing = thrown(() => checkFreshness('a.json', { generated_at: stamp(0) }, NOW, { maxAgeMs: DAY, pointer: '/meta/created' }));
    expect(missing.code).toBe('schema');
    expect(missing.message).toBe('a.json has no /meta/created, so its age cannot be proven');
    expect(missing.detail.fix).toBe('have the producer write /meta/created (RFC 3339 with offset, e.g. 2026-01-31T12:00:00Z)');
  });

  it('a present but unparseable date fails schema with the parser\'s reason and the value found', () => {
    for (const value of ['2026-02-30T00:00:00Z', '2026-01-01T00:00:00', NOW.getTime(), null, true]) {
      const e = thrown(() => checkFreshness('a.json', { generated_at: value }, NOW, { maxAgeMs: DAY }));
      expect(e.code).toBe('schema');
      expect(e.message).toMatch(/^a\.json \/generated_at: \S/);
      expect(e.detail).toEqual({
        path: 'a.json',
        pointer: '/generated_at',
        expected: 'an RFC 3339 timestamp',
        actual: value,
        fix: 'write the timestamp as RFC 3339 with an explicit offset, e.g. 2026-01-31T12:00:00Z',
      });
    }
  });

  it('older than maxAge fails stale with the age, the limit and now in the message and detail', () => {
    const e = thrown(() => checkFreshness('a.json', { generated_at: stamp(-8 * DAY - 3 * 3_600_000) }, NOW, { maxAgeMs: 7 * DAY }));
    expect(e.code).toBe('stale');
    expect(e.message).toBe(`a.json was generated at ${stamp(-8 * DAY - 3 * 3_600_000)}, 8d 3h before now (2026-03-15T12:00:00.000Z); the limit is 1w`);
    expect(e.detail).toEqual({
      path: 'a.json',
      pointer: '/generated_at',
      expected: 'generated within 1w of 2026-03-15T12:00:00.000Z',
      actual: stamp(-8 * DAY - 3 * 3_600_000),
      fix: 're-run the step that produces this artifact; old evidence cannot vouch for this release',
    });
  });

  it('exactly maxAge old passes, one millisecond older is stale', () => {
    expect(checkFreshness('a.json', { generated_at: stamp(-DAY) }, NOW, { maxAgeMs: DAY })).toBe(stamp(-DAY));
    expect(thrown(() => checkFreshness('a.json', { generated_at: stamp(-DAY - 1) }, NOW, { maxAgeMs: DAY })).code).toBe('stale');
  });

  it('a maxAge of 0 accepts only now (and the allowed skew ahead)', () => {
    expect(checkFreshness('a.json', { generated_at: stamp(0) }, NOW, { maxAgeMs: 0 })).toBe(stamp(0));
    expect(thrown(() => checkFreshness('a.json', { generated_at: stamp(-1) }, NOW, { maxAgeMs: 0 })).code).toBe('stale');
  });

  it('the default skew is 5 minutes: exactly 5 minutes ahead passes, 1 ms more fails future', () => {
    expect(DEFAULT_FUTURE_SKEW_MS).toBe(5 * MINUTE);
    expect(checkFreshness('a.json', { generated_at: stamp(5 * MINUTE) }, NOW, { maxAgeMs: DAY })).toBe(stamp(5 * MINUTE));
    const e = thrown(() => checkFreshness('a.json', { generated_at: stamp(5 * MINUTE + 1) }, NOW, { maxAgeMs: DAY }));
    expect(e.code).toBe('future');
    expect(e.message).toBe(`a.json claims to be generated at ${stamp(5 * MINUTE + 1)}, after now (2026-03-15T12:00:00.000Z) by more than 5m`);
    expect(e.detail).toEqual({
      path: 'a.json',
      pointer: '/generated_at',
      expected: 'at most 5m after 2026-03-15T12:00:00.000Z',
      actual: stamp(5 * MINUTE + 1),
      fix: 'check the producer\'s clock and time zone; a timestamp from the future is hand-edited or mis-stamped evidence',
    });
  });

  it('a custom skew replaces the default, both narrower and wider', () => {
    const e = thrown(() => checkFreshness('a.json', { generated_at: stamp(MINUTE + 1) }, NOW, { maxAgeMs: DAY, futureSkewMs: MINUTE }));
    expect(e.code).toBe('future');
    expect(e.detail.expected).toBe('at most 1m after 2026-03-15T12:00:00.000Z');
    expect(checkFreshness('a.json', { generated_at: stamp(MINUTE) }, NOW, { maxAgeMs: DAY, futureSkewMs: MINUTE })).toBe(stamp(MINUTE));
    expect(checkFreshness('a.json', { generated_at: stamp(10 * MINUTE) }, NOW, { maxAgeMs: DAY, futureSkewMs: 10 * MINUTE })).toBe(stamp(10 * MINUTE));
    expect(thrown(() => checkFreshness('a.json', { generated_at: stamp(1) }, NOW, { maxAgeMs: DAY, futureSkewMs: 0 })).code).toBe('future');
  });

  it('an offset other than Z is compared as the instant it names', () => {
    // 13:00+01:00 is 12:00Z: exactly now.
    expect(checkFreshness('a.json', { generated_at: '2026-03-15T13:00:00+01:00' }, NOW, { maxAgeMs: 0 })).toBe('2026-03-15T13:00:00+01:00');
    expect(thrown(() => checkFreshness('a.json', { generated_at: '2026-03-15T12:00:00+01:00' }, NOW, { maxAgeMs: 59 * MINUTE })).code).toBe('stale');
  });
});

describe('datedAt', () => {
  it('reports the value at the default pointer', () => {
    expect(datedAt({ generated_at: '2026-01-01T00:00:00Z' })).toEqual({ pointer: '/generated_at', value: '2026-01-01T00:00:00Z' });
  });

  it('reports any non-null value, even one that is not a date (its age is still unbounded)', () => {
    expect(datedAt({ generated_at: 0 })).toEqual({ pointer: '/generated_at', value: 0 });
    expect(datedAt({ generated_at: '' })).toEqual({ pointer: '/generated_at', value: '' });
    expect(datedAt({ generated_at: false })).toEqual({ pointer: '/generated_at', value: false });
  });

  it('an absent or null date is no date', () => {
    expect(datedAt({})).toBeUndefined();
    expect(datedAt({ generated_at: null })).toBeUndefined();
    expect(datedAt('2026-01-01T00:00:00Z')).toBeUndefined();
  });

  it('reads a custom pointer', () => {
    const doc = { meta: { created: '2026-01-01T00:00:00Z' } };
    expect(datedAt(doc, '/meta/created')).toEqual({ pointer: '/meta/created', value: '2026-01-01T00:00:00Z' });
    expect(datedAt(doc)).toBeUndefined();
  });
});

describe('ageUnboundedFinding', () => {
  it('no max_age: the finding names the file, pointer and date', () => {
    expect(ageUnboundedFinding({ kind: 'unbounded', path: 'a.json', pointer: '/generated_at', value: '2026-01-01T00:00:00Z' })).toEqual({
      id: 'artifact_age',
      code: 'age_unbounded',
      message: 'a.json is dated (/generated_at = 2026-01-01T00:00:00Z) but this gate sets no max_age: its age is unbounded, evidence of any age would pass',
      path: 'a.json',
      pointer: '/generated_at',
      expected: 'a max_age bounding the age of this artifact',
      actual: '2026-01-01T00:00:00Z',
      fix: 'set the gate\'s max_age option (e.g. max_age: 7d) so old evidence fails `stale`',
    });
  });

  it('a max_age beyond the cap: the finding says the bound bounds nothing', () => {
    const f = ageUnboundedFinding({ kind: 'unbounded', path: 'a.json', pointer: '/meta/at', value: '2026-01-01T00:00:00Z', maxAge: '999d' });
    expect(f.code).toBe('age_unbounded');
    expect(f.pointer).toBe('/meta/at');
    expect(f.message).toBe('a.json is dated (/meta/at = 2026-01-01T00:00:00Z) but this gate\'s max_age 999d is longer than 400 days: it bounds nothing, evidence of any age would pass');
    expect(f.fix).toBe('set the gate\'s max_age to at most 400d (e.g. max_age: 7d) so old evidence fails `stale`');
  });

  it('a scalar date is reported as itself; anything else as its JSON text', () => {
    const at = (value: unknown) => ageUnboundedFinding({ kind: 'unbounded', path: 'a.json', pointer: '/generated_at', value });
    expect(at(1767225600).actual).toBe(1767225600);
    expect(at(1767225600).message).toContain('(/generated_at = 1767225600)');
    expect(at(true).actual).toBe(true);
    expect(at(false).actual).toBe(false);
    expect(at(0).actual).toBe(0);
    expect(at('').actual).toBe('');
    expect(at('').message).toContain('(/generated_at = )');
    expect(at({ y: 2026 }).actual).toBe('{"y":2026}');
    expect(at({ y: 2026 }).message).toContain('(/generated_at = {"y":2026})');
    expect(at([1, 2]).actual).toBe('[1,2]');
    // A TOML native datetime arrives as a Date: its JSON text, quotes included.
    expect(at(new Date('2026-01-01T00:00:00Z')).actual).toBe('"2026-01-01T00:00:00.000Z"');
    // JSON.stringify has no text for undefined: String() names it.
    expect(at(undefined).actual).toBe('undefined');
  });
});

describe('checkFreshness: the run an artifact names bounds its age too', () => {
  const fresh = stamp(-DAY);
  it('a generated_at re-stamped onto an old run is stale at the id that names the run', () => {
    const e = thrown(() => checkFreshness('a.json', { generated_at: fresh, run_id: 'r-1', correlation_id: 'bd-1-20260301T080000Z' }, NOW, { maxAgeMs: 7 * DAY }));
    expect(e.code).toBe('stale');
    expect(e.detail).toMatchObject({ path: 'a.json', pointer: '/correlation_id', actual: 'bd-1-20260301T080000Z' });
    expect(e.message).toContain('names a run that started at 2026-03-01T08:00:00Z, 14d 4h before now');
  });

  it('a run id from the future is future; the boundaries hold (max_age exactly, the skew exactly)', () => {
    expect(thrown(() => checkFreshness('a.json', { generated_at: fresh, run_id: '20260316T120000Z' }, NOW, { maxAgeMs: 7 * DAY })).code).toBe('future');
    expect(checkFreshness('a.json', { generated_at: fresh, run_id: '20260308T120000Z' }, NOW, { maxAgeMs: 7 * DAY })).toBe(fresh);
    expect(checkFreshness('a.json', { generated_at: fresh, run_id: '20260315T120500Z' }, NOW, { maxAgeMs: 7 * DAY })).toBe(fresh);
    expect(thrown(() => checkFreshness('a.json', { generated_at: fresh, run_id: '20260308T115959Z' }, NOW, { maxAgeMs: 7 * DAY })).code).toBe('stale');
  });

  it('reads only compact UTC instants that exist, in run_id and correlation_id', () => {
    // A counter and an epoch-like digit run date nothing; a date beside a name is its run's day (session 45: it was read as nothing).
    expect(runStarts({ run_id: '4411', correlation_id: 'ci-1771215030-4411' })).toEqual([]);
    expect(runStarts({ run_id: '4411', correlation_id: 'nightly-20200101-4411' }).map((r) => [r.pointer, r.day, r.latest.toISOString()])).toEqual([['/correlation_id', '20200101', '2020-01-02T12:00:00.000Z']]);
    expect(runStarts({ run_id: '20261399T000000Z', correlation_id: '120260101T000000Z', note: '20200101T000000Z' })).toEqual([]);
    expect(runStarts({ run_id: 'ci-20260310T083000Z-4411', correlation_id: 42 }).map((r) => [r.pointer, r.at.toISOString()])).toEqual([['/run_id', '2026-03-10T08:30:00.000Z']]);
    expect(runStarts({ run_id: '20260310T083000Z1' })).toEqual([]);
  });

  it('reads a run start spelt extended, with an offset or with no zone, and at the pointers it is given', () => {
    const at = (doc: unknown, pointers?: string[]) => runStarts(doc, pointers).map((r) => [r.pointer, r.earliest.toISOString(), r.latest.toISOString()]);
    expect(at({ run_id: 'run-2026-03-10T08:30:00Z' })).toEqual([['/run_id', '2026-03-10T08:30:00.000Z', '2026-03-10T08:30:00.000Z']]);
    expect(at({ run_id: 'run-2026-03-10T09:30:00.5+01:00' })).toEqual([['/run_id', '2026-03-10T08:30:00.500Z', '2026-03-10T08:30:00.500Z']]);
    // No zone (or `±HHMM`, which may be a run number): any zone on earth, UTC-12 to UTC+14.
    expect(at({ run_id: 'ci-20260310T083000-4411' })).toEqual([['/run_id', '2026-03-09T18:30:00.000Z', '2026-03-10T20:30:00.000Z']]);
    expect(at({ meta: { run: '20260310T083000Z' } }, ['/meta/run'])).toEqual([['/meta/run', '2026-03-10T08:30:00.000Z', '2026-03-10T08:30:00.000Z']]);
    // Mixed separators and impossible times are no run start; a date alone is its day in every zone (session 45: it was read as nothing).
    expect(at({ run_id: '2026-0310T08:30:00Z', correlation_id: '2026-03-10T25:30:00Z nightly-2026-03-10' })).toEqual([['/correlation_id', '2026-03-09T10:00:00.000Z', '2026-03-11T12:00:00.000Z']]);
  });

  it('a re-stamped artifact is stale whatever spelling its run start has; a zone-less one only when old in every zone', () => {
    const old = { generated_at: fresh, run_id: '2026-03-01T08:00:00Z' };
    expect(thrown(() => checkFreshness('a.json', old, NOW, { maxAgeMs: 7 * DAY })).code).toBe('stale');
    expect(thrown(() => checkFreshness('a.json', { generated_at: fresh, meta: { run: '20260301T080000Z' } }, NOW, { maxAgeMs: 7 * DAY, runIdPointers: ['/meta/run'] })).code).toBe('stale');
    const edge = new Date(NOW.getTime() - 7 * DAY - 11 * 3_600_000).toISOString().replace(/[-:]|\.\d+Z$/g, '');
    expect(checkFreshness('a.json', { generated_at: fresh, run_id: `ci-${edge}` }, NOW, { maxAgeMs: 7 * DAY })).toBe(fresh);
    expect(thrown(() => checkFreshness('a.json', { generated_at: fresh, run_id: '2026-03-16T12:00:00+00:00' }, NOW, { maxAgeMs: 7 * DAY })).code).toBe('future');
  });

  it('reads the run\'s own id where and as its moments are read: other spellings, run objects, drawn disguises (red team xv)', () => {
    const pointers = (doc: unknown) => recordedRunIds(doc).map((r) => r.pointer);
    expect(pointers({ runId: 'a', RunId: 'b', 'run-id': 'c', correlationId: 'd', 'Correlation-ID': 'e' })).toEqual(['/runId', '/RunId', '/run-id', '/correlationId', '/Correlation-ID']);
    expect(pointers({ run: { id: 'a', run_id: 'b' }, meta: { run_id: 'c', run: { id: 'd' } }, metadata: { runId: 'e' }, execution: { correlation_id: 'f' } })).toEqual(['/run/id', '/run/run_id', '/meta/run_id', '/meta/run/id', '/metadata/runId', '/execution/correlation_id']);
    expect(pointers({ 'run_\u0456d': 'a', 'run\u200b_id': 'b', '\uff52\uff55\uff4e\uff3f\uff49\uff44': 'c' })).toEqual(['/run_\u0456d', '/run\u200b_id', '/\uff52\uff55\uff4e\uff3f\uff49\uff44']);
    // Other runs' ids, an item's, an id outside a run object, and ids that are not text: never the report's own.
    expect(pointers({ baseline_run_id: 'a', parentRunId: 'b', last_green_run_id: 'c', previous: { run_id: 'd' }, upstream: { run: { id: 'e' } }, compare_to: { run_id: 'f' }, meta: { id: 'g' }, id: 'h', testResults: [{ run_id: 'i' }], runs: [{ run_id: 'j' }], run_id: 42 })).toEqual([]);
    const e = thrown(() => checkFreshness('a.json', { generated_at: fresh, runId: '20260216T041030Z' }, NOW, { maxAgeMs: 7 * DAY }));
    expect(e.code).toBe('stale');
    expect(e.detail).toMatchObject({ path: 'a.json', pointer: '/runId', actual: '20260216T041030Z' });
    expect(e.message).toContain('names a run that started at 2026-02-16T04:10:30Z, 27d 7h before now');
    expect(checkFreshness('a.json', { generated_at: fresh, run: { id: 1234567 }, meta: { run_id: '1234567' }, RunId: '8d0f6c2e-3b1a-4f7e-9c55-1f2e3d4c5b6a', baseline_run_id: '20260216T041030Z' }, NOW, { maxAgeMs: 7 * DAY })).toBe(fresh);
  });

  it('reads a run moment whose name is drawn with a look-alike letter, an invisible character or in full width, as its id is', () => {
    const old = '2026-02-16T04:10:30Z';
    for (const [doc, pointer] of [[{ 'f\u0456nished_at': old }, '/f\u0456nished_at'], [{ meta: { 'finished\u200b_at': old } }, '/meta/finished\u200b_at'], [{ '\uff53\uff54\uff41\uff54\uff53': { end: old } }, '/\uff53\uff54\uff41\uff54\uff53/end']] as const) {
      const e = thrown(() => checkFreshness('a.json', { generated_at: fresh, ...doc }, NOW, { maxAgeMs: 7 * DAY }));
      expect([e.code, e.detail.pointer]).toEqual(['stale', pointer]);
    }
  });

  it('reads a run start spelt with a space, an underscore, a dash, dots, in minutes, fourteen digits or as a day alone (red team zi)', () => {
    const starts = (id: string) => runStarts({ run_id: id }).map((r) => [r.earliest.toISOString(), r.latest.toISOString()]);
    const zoneless = (utc: string) => [[new Date(Date.parse(utc) - 14 * 3_600_000).toISOString(), new Date(Date.parse(utc) + 12 * 3_600_000).toISOString()]];
    expect(starts('2026-02-16 04:10:30.123456+00:00')).toEqual([['2026-02-16T04:10:30.123Z', '2026-02-16T04:10:30.123Z']]);
    expect(starts('2026-02-16T04:10Z')).toEqual([['2026-02-16T04:10:00.000Z', '2026-02-16T04:10:00.000Z']]);
    for (const id of ['20260216-041030', '2026-02-16_04-10-30', '20260216041030', '2026.02.16-04.10.30', 'perf-nightly-20260216-041030', '2026-02-16 04:10:30']) expect(starts(id), id).toEqual(zoneless('2026-02-16T04:10:30Z'));
    // A day alone: from its first moment at UTC+14 to its end at UTC-12.
    for (const id of ['nightly-2026-02-16', 'nightly-20260216', '20260216.3', 'nightly_2026_02_16', '2026-02-16-1230']) expect(starts(id), id).toEqual([['2026-02-15T10:00:00.000Z', '2026-02-17T12:00:00.000Z']]);
    // Digit runs, counters, impossible dates, UUIDs and hashes hold no date.
    for (const id of ['ci-1771215030', '1771215030', '20260216', 'nightly-2026-02-30', 'build-20261301', 'nightly-20260216123', '20260216-3b1a-4f7e-9c55-1f2e3d4c5b6a', '5d2c6a1e9f3b8047c1de92a6b3f5e8d7a20260216', 'ci-19991231', '2026-02-16T04:10:30Zx']) expect(starts(id), id).toEqual([]);
    const e = thrown(() => checkFreshness('a.json', { generated_at: fresh, run_id: 'nightly-2026-03-06' }, NOW, { maxAgeMs: 7 * DAY }));
    expect([e.code, e.detail.pointer]).toEqual(['stale', '/run_id']);
    expect(e.message).toContain('names a run that started by 2026-03-07T12:00:00Z (it names the day 2026-03-06 only');
    expect(checkFreshness('a.json', { generated_at: fresh, run_id: 'nightly-2026-03-07' }, NOW, { maxAgeMs: 7 * DAY })).toBe(fresh);
  });

  it('reads every RFC 3339 spelling of an instant in an id: lower-case t and z, dashes in the time, a fraction (red team hx)', () => {
    const starts = (id: string) => runStarts({ run_id: id }).map((r) => r.at.toISOString());
    expect(starts('ci-20260201t000000z-1')).toEqual(['2026-02-01T00:00:00.000Z']);
    expect(starts('ci-2026-02-01T00:00:00Z-1')).toEqual(['2026-02-01T00:00:00.000Z']);
    expect(starts('nightly-2026-02-01t04-10-30z')).toEqual(['2026-02-01T04:10:30.000Z']);
    expect(starts('2026-02-01T04:10:30.123Z')).toEqual(['2026-02-01T04:10:30.123Z']);
    expect(starts('2026-02-01T04:10:30,5Z')).toEqual(['2026-02-01T04:10:30.500Z']);
    // Mixed separators inside the date or the time are no timestamp.
    expect(starts('2026-0201T04:10:30Z')).toEqual([]);
    expect(starts('20260201T04:1030Z')).toEqual([]);
    expect(thrown(() => checkFreshness('a.json', { generated_at: fresh, run_id: 'ci-2026-02-01t00:00:00z-1' }, NOW, { maxAgeMs: 7 * DAY })).code).toBe('stale');
  });
});

describe('checkNotFuture: without a maximum age, evidence still cannot come from the future', () => {
  it('a generated_at ahead of now by more than the skew is future; any age, an absent or odd date, a run start in an id are left alone', () => {
    expect(thrown(() => checkNotFuture('a.json', { generated_at: stamp(DAY) }, NOW)).code).toBe('future');
    expect(thrown(() => checkNotFuture('a.json', { meta: { at: stamp(DAY) } }, NOW, { pointer: '/meta/at' })).code).toBe('future');
    for (const doc of [{ generated_at: stamp(-3650 * DAY) }, { generated_at: stamp(DEFAULT_FUTURE_SKEW_MS) }, {}, { generated_at: '2030-01-01' }, { generated_at: 42 }, { generated_at: stamp(-DAY), run_id: 'ci-2026-03-20T00:00:00Z' }]) expect(() => checkNotFuture('a.json', doc, NOW)).not.toThrow();
  });
});

describe('checkFreshness: a run is fresh by its end (red team uh)', () => {
  const codeOf = (doc: object): string => {
    try {
      checkFreshness('r.json', { generated_at: stamp(-MINUTE), ...doc }, NOW, { maxAgeMs: 7 * DAY });
      return 'pass';
    } catch (e) {
      return `${(e as ArtifactError).code} ${(e as ArtifactError).detail.pointer ?? ''}`;
    }
  };
  it('judges the ends a run records and lets its start be older than max_age', () => {
    expect(codeOf({ started_at: stamp(-8 * DAY), finished_at: stamp(-2 * MINUTE) })).toBe('pass');
    expect(codeOf({ stats: { start: stamp(-8 * DAY), end: stamp(-2 * MINUTE) } })).toBe('pass');
    expect(codeOf({ started_at: stamp(-9 * DAY), finished_at: stamp(-8 * DAY) })).toBe('stale /finished_at');
    // Without an end, the start is what the run says of its age.
    expect(codeOf({ started_at: stamp(-8 * DAY) })).toBe('stale /started_at');
    expect(codeOf({ created: (NOW.getTime() - 8 * DAY) / 1000 })).toBe('stale /created');
  });
  it('judges the latest moment of a run\'s items, and an unread spelling fails schema', () => {
    const items = (last: number) => ({ startTime: NOW.getTime() - 8 * DAY, testResults: [{ endTime: NOW.getTime() - 8 * DAY }, { endTime: NOW.getTime() + last }] });
    expect(codeOf(items(-MINUTE))).toBe('pass');
    expect(codeOf(items(-7 * DAY - MINUTE))).toBe('stale /testResults/1/endTime');
    // An item's start is no end: a re-stamped testResults[0].startTime beside an old run start leaves that start judged (review).
    expect(codeOf({ started_at: stamp(-8 * DAY), testResults: [{ startTime: NOW.getTime() - MINUTE }] })).toBe('stale /started_at');
    expect(codeOf({ finished_at: '15 mars 2026 10:00' })).toBe('schema /finished_at');
    expect(codeOf({ finished_at: 'Sun Mar 01 2026 10:00:00 GMT+0000 (Coordinated Universal Time)' })).toBe('stale /finished_at');
  });
});

describe('checkFreshness: a start with its duration is an end (red team th)', () => {
  const codeOf = (doc: object, maxAgeMs = 7 * DAY): string => {
    try {
      checkFreshness('r.json', { generated_at: stamp(-MINUTE), ...doc }, NOW, { maxAgeMs });
      return 'pass';
    } catch (e) {
      return `${(e as ArtifactError).code} ${(e as ArtifactError).detail.pointer ?? ''}`;
    }
  };
  it('fails a re-stamped end beside an old start and a short duration, in each unit it reads', () => {
    expect(codeOf({ stats: { start: stamp(-37 * DAY), end: stamp(-MINUTE), duration: 60_000 } })).toBe('stale /stats/start');
    expect(codeOf({ started_at: stamp(-37 * DAY), finished_at: stamp(-MINUTE), duration_s: 300 })).toBe('stale /started_at');
    expect(codeOf({ run: { startedAt: stamp(-37 * DAY), endedAt: stamp(-MINUTE), durationMs: 1000 } })).toBe('stale /run/startedAt');
    expect(codeOf({ started_at: stamp(-37 * DAY), finished_at: stamp(-MINUTE), duration_seconds: 60 })).toBe('stale /started_at');
    expect(codeOf({ startedTestsAt: stamp(-37 * DAY), endedTestsAt: stamp(-MINUTE), totalDuration: 60_000 })).toBe('stale /startedTestsAt');
    expect(codeOf({ startedTestsAt: stamp(-2 * MINUTE), endedTestsAt: stamp(-MINUTE), totalDuration: 60_000 })).toBe('pass');
    // Agreeing with the recorded end, a start older than max_age is a long run's, fresh by its end.
    expect(codeOf({ stats: { start: stamp(-9 * DAY), end: stamp(-MINUTE), duration: 9 * DAY - MINUTE } })).toBe('pass');
  });
  it('lets the implied end stand in for the start where no end is recorded (Playwright stats.startTime + duration)', () => {
    expect(codeOf({ stats: { startTime: stamp(-3 * 3_600_000), duration: 3 * 3_600_000 - 7 * MINUTE } }, 3_600_000)).toBe('pass');
    expect(codeOf({ stats: { startTime: stamp(-3 * 3_600_000) } }, 3_600_000)).toBe('stale /stats/startTime');
    expect(codeOf({ stats: { startTime: stamp(-3 * 3_600_000), duration: 60_000 } }, 3_600_000)).toBe('stale /stats/startTime');
    expect(codeOf({ stats: { startTime: stamp(-MINUTE), duration: 2 * DAY } })).toBe('future /stats/duration');
  });
  it('pairs a duration only with a start in its own object, and reads no unit it is unsure of', () => {
    // A duration in another object, a `created` that may be an end (pytest-json-report's seconds), `time` and `elapsed`.
    expect(codeOf({ started_at: stamp(-MINUTE), finished_at: stamp(-MINUTE), stats: { duration: 1 } })).toBe('pass');
    expect(codeOf({ created: (NOW.getTime() - 2 * MINUTE) / 1000, duration: 12.5 })).toBe('pass');
    // A start before max_age (7d) but within the longest run (14d): stale only if a duration were misread as its end.
    expect(codeOf({ started_at: stamp(-10 * DAY), finished_at: stamp(-MINUTE), time: 60, elapsed: 60 })).toBe('pass');
    expect(codeOf({ started_at: stamp(-10 * DAY), finished_at: stamp(-MINUTE), duration: '60000' })).toBe('pass');
  });
  it('is stale exactly when start + duration is older than max_age, whatever end is recorded beside them (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 * DAY / 1000 }), fc.integer({ min: 0, max: 60 * DAY / 1000 }), fc.boolean(), fc.constantFrom('duration', 'duration_ms', 'durationMs', 'duration_s'), (startAgeS, durationS, recordEnd, key) => {
        fc.pre(durationS <= startAgeS);
        const duration = key === 'duration_s' ? durationS : durationS * 1000;
        const doc = { stats: { start: stamp(-startAgeS * 1000), [key]: duration, ...(recordEnd ? { end: stamp(-MINUTE) } : {}) } };
        const impliedAge = (startAgeS - durationS) * 1000;
        // The run lasts from its start to its latest end, recorded or implied: at most 14 days.
        const length = Math.max(durationS * 1000, recordEnd ? startAgeS * 1000 - MINUTE : 0);
        expect(codeOf(doc)).toBe(impliedAge > 7 * DAY || length > 14 * DAY ? 'stale /stats/start' : 'pass');
      }),
    );
  });
  it('drops a reading of a moment that lies after now, and is future only when every reading does', () => {
    expect(codeOf({ finished_at: '05/03/2026, 10:00:00' })).toBe('stale /finished_at');
    expect(codeOf({ finished_at: '14/03/2026, 10:00:00' })).toBe('pass');
    expect(codeOf({ finished_at: '3/14/2026, 10:00:00 AM' })).toBe('pass');
    expect(codeOf({ finished_at: '11/12/2026, 10:00:00' })).toBe('future /finished_at');
  });
  it('reads a moment with its zone name in brackets (Java ZonedDateTime, RFC 9557)', () => {
    expect(codeOf({ finished_at: `${stamp(-MINUTE)}[UTC]` })).toBe('pass');
    expect(codeOf({ finished_at: '2026-03-15T11:00:00+00:00[Etc/UTC][u-ca=iso8601]' })).toBe('pass');
    expect(codeOf({ finished_at: `${stamp(-8 * DAY)}[UTC]` })).toBe('stale /finished_at');
    expect(codeOf({ finished_at: '2026-03-01T11:00:00+01:00[Europe/Paris]' })).toBe('stale /finished_at');
    expect(codeOf({ finished_at: `${stamp(DAY)}[UTC]` })).toBe('future /finished_at');
  });
});

describe('checkFreshness: a moment a name holds is read or refused, never skipped (session 32)', () => {
  const codeOf = (doc: object, options: { maxRunLengthMs?: number } = {}): string => {
    try {
      checkFreshness('r.json', { generated_at: stamp(-MINUTE), ...doc }, NOW, { maxAgeMs: 7 * DAY, ...options });
      return 'pass';
    } catch (e) {
      return `${(e as ArtifactError).code} ${(e as ArtifactError).detail.pointer ?? ''}`;
    }
  };
  const OLD_S = Math.floor((NOW.getTime() - 37 * DAY) / 1000);
  const FRESH_S = Math.floor((NOW.getTime() - 2 * MINUTE) / 1000);
  it('reads a moment written as an object (MongoDB, protobuf, Rust, Firestore, epoch units), old or fresh', () => {
    const shapes = (s: number): object[] => [
      { $date: new Date(s * 1000).toISOString() }, { $date: s * 1000 }, { $date: { $numberLong: String(s * 1000) } },
      { seconds: s, nanos: 5 }, { seconds: String(s), nanos: 0 }, { secs_since_epoch: s, nanos_since_epoch: 0 }, { _seconds: s, _nanoseconds: 0 },
      { epoch_ms: s * 1000 }, { epochMillis: s * 1000 }, { iso: new Date(s * 1000).toISOString() },
    ];
    for (const shape of shapes(OLD_S)) {
      expect(codeOf({ finished_at: shape }), JSON.stringify(shape)).toBe('stale /finished_at');
      expect(codeOf({ meta: { end: shape } }), JSON.stringify(shape)).toBe('stale /meta/end');
    }
    for (const shape of shapes(FRESH_S)) expect(codeOf({ finished_at: shape }), JSON.stringify(shape)).toBe('pass');
  });
  it('reads epoch digits with a fraction, and a leap second', () => {
    expect(codeOf({ finished_at: `${OLD_S}.5` })).toBe('stale /finished_at');
    expect(codeOf({ finished_at: `${FRESH_S}.25` })).toBe('pass');
    expect(codeOf({ finished_at: '2016-12-31T23:59:60Z' })).toBe('stale /finished_at');
    expect(codeOf({ finished_at: `${stamp(-DAY).slice(0, 11)}23:59:60Z` })).toBe('pass');
  });
  it('reads each entry of a list under a moment\'s name', () => {
    expect(codeOf({ finished_at: [stamp(-37 * DAY)] })).toBe('stale /finished_at/0');
    expect(codeOf({ finished_at: [[stamp(-MINUTE)], [stamp(-37 * DAY)]] })).toBe('stale /finished_at/1/0');
    expect(codeOf({ finished_at: [stamp(-MINUTE)] })).toBe('pass');
    expect(codeOf({ result: { finished_at: stamp(-37 * DAY) } })).toBe('stale /result/finished_at');
    // A list nested deeper than the walk reads is refused, not skipped.
    expect(codeOf({ finished_at: [[[stamp(-MINUTE)]]] })).toBe('schema /finished_at/0/0');
  });
  it('refuses (schema) what a moment\'s name holds that it cannot read: disguised digits, out-of-range epochs, words, placeholders, other objects', () => {
    for (const value of ['\u202e' + [...'2026-02-01T10:00:00Z'].reverse().join(''), '２０２６-02-01T10:00:00Z', '٢٠٢٦-02-01T10:00:00Z', `2026-02-01T10:00:00Z\u200b`, '2026-02-01T10:00:00\u221205:00', '2026-W05-1', '2026-032', 'now', 'today', 'YYYY-MM-DD', '{{ date }}', '0x5E0BE100', '1.5778368e9', '1_577_836_800', '1,577,836,800', 'NaN', 'Infinity', '2 days ago', 'TBD', 'TODO', '<b>TBD</b>', 'T\u200bBD', '2026-\u001b[0m02-01T10:00:00Z', '2026&#45;02-01', '2026\u201002\u201001', '946684799', 0, -1, 800000000, { year: 2026, month: 2, day: 1 }, { date: '2026-02-01 10:00:00.000000', timezone_type: 3, timezone: 'UTC' }]) {
      expect(codeOf({ finished_at: value }), JSON.stringify(value)).toBe('schema /finished_at');
    }
  });
  it('leaves what may be no moment under names that mean offsets and durations elsewhere, and what says nothing', () => {
    for (const doc of [{ end: 42 }, { time: 0 }, { timestamp: 12345 }, { end: { line: 3, column: 7 } }, { start: { seconds: 12, nanos: 0 } }, { finished_at: '' }, { finished_at: null }, { created_at: 'March 2025' }, { end: 'now' }, { finished_at: 'null' }, { finished_at: 'N/A' }, { finished_at: 'None' }, { finished_at: 'P1D' }, { data: { created_at: '2020-01-01T00:00:00Z' } }]) {
      expect(codeOf(doc), JSON.stringify(doc)).toBe('pass');
    }
  });
});

describe('checkFreshness: a run lasts at most max run length (session 32)', () => {
  const codeOf = (doc: object, maxRunLengthMs?: number): string => {
    try {
      checkFreshness('r.json', { generated_at: stamp(-MINUTE), ...doc }, NOW, { maxAgeMs: 7 * DAY, ...(maxRunLengthMs === undefined ? {} : { maxRunLengthMs }) });
      return 'pass';
    } catch (e) {
      return `${(e as ArtifactError).code} ${(e as ArtifactError).detail.pointer ?? ''}`;
    }
  };
  it('a start far before a re-stamped end is stale (default 14 days), a long soak within it passes', () => {
    expect(DEFAULT_MAX_RUN_LENGTH_MS).toBe(14 * DAY);
    expect(codeOf({ started_at: '2020-01-01T00:00:00Z', finished_at: stamp(-MINUTE) })).toBe('stale /started_at');
    expect(codeOf({ timestamp: stamp(-20 * DAY), finished_at: stamp(-MINUTE) })).toBe('stale /timestamp');
    expect(codeOf({ finished_at: stamp(-MINUTE), testResults: [{ startTime: NOW.getTime() - 30 * DAY, endTime: NOW.getTime() - MINUTE }] })).toBe('stale /testResults/0/startTime');
    expect(codeOf({ stats: { start: stamp(-20 * DAY), duration: 20 * DAY } })).toBe('stale /stats/start');
    expect(codeOf({ started_at: stamp(-13 * DAY), finished_at: stamp(-MINUTE) })).toBe('pass');
    expect(codeOf({ started_at: stamp(-13 * DAY), finished_at: stamp(-MINUTE) }, DAY)).toBe('stale /started_at');
    expect(codeOf({ started_at: stamp(-20 * DAY), finished_at: stamp(-MINUTE) }, 30 * DAY)).toBe('pass');
  });
  it('measures from the run\'s latest end to each moment, on the readings that make the run shortest (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 * 24 }), fc.integer({ min: 0, max: 6 * 24 }), (startAgeH, endAgeH) => {
        fc.pre(endAgeH <= startAgeH);
        const doc = { started_at: stamp(-startAgeH * 3_600_000).slice(0, 19), finished_at: stamp(-endAgeH * 3_600_000) };
        // A start without a zone may be 12 hours later (UTC−12:00).
        const shortest = (startAgeH - endAgeH - 12) * 3_600_000;
        expect(codeOf(doc)).toBe(shortest > 14 * DAY ? 'stale /started_at' : 'pass');
      }),
    );
  });
});

describe('earliestRunEnd: one rule for a run\'s end (session 32)', () => {
  it('reads the ends recordedRunMoments keeps, in every holder and single-instant spelling, not starts or items', () => {
    const old = '2026-02-01T00:00:00Z';
    expect(earliestRunEnd({ generated_at: stamp(0), stats: { end: old } })?.pointer).toBe('/stats/end');
    expect(earliestRunEnd({ generated_at: stamp(0), results: { summary: { stop: Date.parse(old) } } })?.at).toBe(Date.parse(old));
    expect(earliestRunEnd({ generated_at: stamp(0), finished_at: { $date: old } })?.pointer).toBe('/finished_at');
    expect(earliestRunEnd({ generated_at: stamp(0), started_at: old, testResults: [{ endTime: Date.parse(old) }] })?.pointer).toBe('/generated_at');
    // A span of zones is no instant to order by.
    expect(earliestRunEnd({ generated_at: stamp(0), finished_at: '2026-02-01 00:00:00' })?.pointer).toBe('/generated_at');
    expect(earliestRunEnd({ generated_at: stamp(0), meta: { completed_at: old } }, '/meta/completed_at')?.value).toBe(old);
  });
});

describe('max_run_length reaches the freshness check (session 32)', () => {
  it('is passed from a gate\'s options with max_age, and parsed as a duration', async () => {
    const { readerOptions } = await import('../../src/sdk/document.js');
    const { toExpectations } = await import('../../src/artifacts/reader.js');
    expect(readerOptions({ max_age: '7d', max_run_length: ' 1d ' })).toEqual({ maxAge: '7d', maxRunLength: '1d' });
    expect(readerOptions({ max_run_length: '1d' })).toEqual({});
    expect(toExpectations({ maxAge: '7d', maxRunLength: '36h' }).freshness).toEqual({ maxAgeMs: 7 * DAY, maxRunLengthMs: 36 * 3_600_000 });
  });

  it('a custom gate\'s length past the 400-day cap is checked at the cap, never turned off', async () => {
    const { toExpectations } = await import('../../src/artifacts/reader.js');
    expect(toExpectations({ maxAge: '7d', maxRunLength: '100000w' }).freshness?.maxRunLengthMs).toBe(400 * DAY);
  });
});
