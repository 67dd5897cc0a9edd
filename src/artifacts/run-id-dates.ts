/**
 * Which dates in a run or correlation id are the run's start (helper rf, session 46). idTimes (src/util/time.ts) reads
 * every time written in an id; a date bounds a run's age only when the run started no later than it (`nightly-2026-02-16`,
 * `ci-20260216T041030Z-4411`, a bare stamp): then a `generated_at` re-stamped onto that run's evidence is caught. An id
 * that says its date is something the run came at or after (Apache Airflow's `scheduled__<logical date>`, the start of a
 * data interval the run processes at its end; `backfill__…`; `orders-2025-11-05-rerun-7`; `release-2026-02-02`, the
 * day a release train was cut) names no upper bound of the run's start: such a date can still show a run from the future,
 * never a stale one. Ids of evidence already produced are not the attacker's to edit (lineage ties them to their
 * siblings' and to the current run's), and one who could edit them could drop the date as easily, so setting these dates
 * aside opens no path that reading them ever soundly closed.
 */
import { DATE_BEFORE_THE_RUN_AIRFLOW_TYPES, DATE_BEFORE_THE_RUN_HEADS, DATE_BEFORE_THE_RUN_TAILS } from '../sdk/status-vocabulary.js';
import { lazy } from '../util/lazy.js';
import type { IdTime } from '../util/time.js';

const HEADS = lazy(() => new Set(DATE_BEFORE_THE_RUN_HEADS));
const AIRFLOW = lazy(() => new Set(DATE_BEFORE_THE_RUN_AIRFLOW_TYPES));
const TAILS = lazy(() => new Set(DATE_BEFORE_THE_RUN_TAILS));

/**
 * Whether the id says the time `stamp` read in it is a moment its run came at or after, not the run's start: a word of
 * {@link DATE_BEFORE_THE_RUN_HEADS} right before it (`release-`, `backfill_`, `as-of-`), Airflow's `scheduled__` or
 * `backfill__` right before it, or a word of {@link DATE_BEFORE_THE_RUN_TAILS} right after it (`-rerun-7`, `-re-run`).
 * Only ASCII words as written, in any case: anything else (a look-alike letter, a word between) leaves the date read as
 * the run's start, the reading that fails closed.
 */
export function dateBeforeTheRun(id: string, stamp: Pick<IdTime, 'index' | 'text'>): boolean {
  const before = /([A-Za-z]+)([-_. ]{1,2})$/u.exec(id.slice(Math.max(0, stamp.index - 40), stamp.index));
  if (before !== null) {
    const word = before[1]!.toLowerCase();
    if (before[2] === '__' && AIRFLOW().has(word)) return true;
    // `as-of-2026-02-16`, `asof_…`: the two letters before `of` are one word with it.
    const asOf = word === 'of' && /as[-_. ]?of[-_. ]{1,2}$/iu.test(id.slice(Math.max(0, stamp.index - 8), stamp.index));
    if (HEADS().has(word) || asOf) return true;
  }
  const after = /^[-_. ]{1,2}([A-Za-z]+)(?:[-_]([A-Za-z]+))?/u.exec(id.slice(stamp.index + stamp.text.length, stamp.index + stamp.text.length + 40));
  if (after === null) return false;
  const first = after[1]!.toLowerCase();
  return TAILS().has(first) || (first === 're' && TAILS().has(`re${(after[2] ?? '').toLowerCase()}`));
}
