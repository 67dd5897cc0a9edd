/**
 * A date in a run or correlation id bounds the run's age only where the id names its run by its start (helper rf,
 * session 46: dateBeforeTheRun, runStarts' `notBefore`, checkRunStarts). Where the id says the date is one its run came
 * at or after — Apache Airflow's `scheduled__`/`backfill__<logical date>`, `release-`, `backfill-`, `as-of-` before the
 * date, `-rerun-`, `-re-run-`, `-retry-` after it — a fresh artifact of an old-dated id passes and a future-dated one
 * fails `future`; under any other name (`nightly-`, `ci-`, `build-`, `manual__`, a word in look-alike letters) the old
 * date still fails `stale`: the re-stamping hole stays closed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArtifactError } from '../../src/artifacts/errors.js';
import { checkFreshness } from '../../src/artifacts/freshness.js';
import '../helpers/fc-seed.js';

const NOW = new Date('2026-03-01T06:00:00Z');
const WEEK_MS = 7 * 86_400_000;
/** The code a fresh artifact (generated 30 minutes ago) of run id `id` fails with under max_age 7d, or 'pass'. */
function verdictOf(id: string): string {
  try {
    checkFreshness('r.json', { run_id: id, correlation_id: id, generated_at: '2026-03-01T05:30:00Z' }, NOW, { maxAgeMs: WEEK_MS });
    return 'pass';
  } catch (e) {
    if (e instanceof ArtifactError) return e.code;
    throw e;
  }
}
const cased = (word: string) => fc.constantFrom(word, word.toUpperCase(), word.charAt(0).toUpperCase() + word.slice(1));
const sep = fc.constantFrom('-', '_', '.');
/** A date at least 30 days old, or at least 30 days ahead, as an id writes it: a day, a stamp with a zone, compact. */
const dated = (min: string, max: string) =>
  fc.tuple(fc.date({ min: new Date(min), max: new Date(max), noInvalidDate: true }), fc.constantFrom('day', 'stamp', 'compact')).map(([d, how]) => {
    const iso = d.toISOString();
    if (how === 'day') return iso.slice(0, 10);
    if (how === 'stamp') return `${iso.slice(0, 19)}Z`;
    return iso.slice(0, 10).replace(/-/gu, '');
  });
const old = dated('2024-01-01', '2026-01-30');
const ahead = dated('2026-04-01', '2027-12-31');
const head = fc.oneof(
  fc.constantFrom('release', 'backfill', 'train', 'sprint', 'milestone', 'partition', 'snapshot').chain(cased).chain((w) => sep.map((s) => `${w}${s}`)),
  fc.constantFrom('scheduled__', 'backfill__', 'Scheduled__', 'as-of-', 'asof_'),
);
const tail = fc.constantFrom('rerun', 're-run', 'retry', 'reprocess', 'replay', 'backfill').chain(cased).chain((w) => sep.map((s) => `${s}${w}`));
const prefix = fc.constantFrom('', 'orders-', 'bd-1f42.4.4-', 'acme_');
const number = fc.constantFrom('', '-7', '_2');

describe('a date in an id its run came at or after', () => {
  it('bounds nothing when a word before it says so: an old date passes, a date ahead fails future', () => {
    fc.assert(
      fc.property(prefix, head, old, ahead, number, (p, h, d, a, n) => {
        expect(verdictOf(`${p}${h}${d}${n}`), `${p}${h}${d}${n}`).toBe('pass');
        expect(verdictOf(`${p}${h}${a}${n}`), `${p}${h}${a}${n}`).toBe('future');
      }),
    );
  });
  it('bounds nothing when a re-run word after it says so', () => {
    fc.assert(
      fc.property(fc.constantFrom('orders-', 'nightly-', 'ci-', 'etl_'), old, tail, number, (p, d, t, n) => {
        expect(verdictOf(`${p}${d}${t}${n}`), `${p}${d}${t}${n}`).toBe('pass');
      }),
    );
  });
  it('stays the run\'s start under any other name, a look-alike word or a word between, so an old date is stale', () => {
    const other = fc.oneof(
      fc.constantFrom('nightly', 'ci', 'build', 'daily', 'run', 'deploy', 'perf').chain(cased).chain((w) => sep.map((s) => `${w}${s}`)),
      fc.constantFrom('manual__', 'dataset_triggered__', 'scheduled_', 'rеlease-', 'release-candidate-', ''),
    );
    fc.assert(
      fc.property(fc.constantFrom('', 'bd-1f42.4.4-'), other, old, fc.constantFrom('', '-4411', '-rеrun-2', '-run-3'), (p, o, d, n) => {
        const id = `${p}${o}${d}${n}`;
        // Eight digits alone are a counter as often as a day: only a date beside a name is read.
        fc.pre(!/^\d{8}$/u.test(id));
        expect(verdictOf(id), id).toBe('stale');
      }),
    );
  });
});
