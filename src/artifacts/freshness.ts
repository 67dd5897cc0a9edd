import { ArtifactError } from './errors.js';
import { formatAge, formatDuration, momentSpan, type MomentSpan, parseRfc3339, readIdStamp, RUN_STAMP } from '../util/time.js';
import { getAtPointer } from '../util/pointer.js';

export interface FreshnessOptions {
  /** Oldest acceptable age in milliseconds. */
  maxAgeMs: number;
  /** Where the timestamp lives; the reference project's artifacts use `/generated_at`. */
  pointer?: string;
  /** Clock skew tolerated for timestamps slightly ahead of `now` (default 5 minutes, as the reference). */
  futureSkewMs?: number;
  /** Where else the document names its run (a gate's configured run id pointers), beside `/run_id` and `/correlation_id`. */
  runIdPointers?: readonly string[];
}

export const DEFAULT_FUTURE_SKEW_MS = 5 * 60_000;

/**
 * An artifact can only vouch for a release if it says when it was produced and that moment is
 * recent: a missing or unparseable timestamp cannot prove freshness, so it fails too.
 */
export function checkFreshness(path: string, document: unknown, now: Date, options: FreshnessOptions): string {
  const pointer = options.pointer ?? '/generated_at';
  const lookup = getAtPointer(document, pointer);
  if (!lookup.found) {
    throw new ArtifactError('schema', `${path} has no ${pointer}, so its age cannot be proven`, {
      path,
      pointer,
      expected: 'an RFC 3339 timestamp',
      actual: 'absent',
      fix: `have the producer write ${pointer} (RFC 3339 with offset, e.g. 2026-01-31T12:00:00Z)`,
    });
  }
  const parsed = parseRfc3339(lookup.value);
  if (!parsed.ok) {
    throw new ArtifactError('schema', `${path} ${pointer}: ${parsed.reason}`, {
      path,
      pointer,
      expected: 'an RFC 3339 timestamp',
      actual: lookup.value,
      fix: 'write the timestamp as RFC 3339 with an explicit offset, e.g. 2026-01-31T12:00:00Z',
    });
  }
  const produced = parsed.value.getTime();
  const age = now.getTime() - produced;
  const stamp = lookup.value as string;
  if (age > options.maxAgeMs) {
    throw new ArtifactError('stale', `${path} was generated at ${stamp}, ${formatAge(age)} before now (${now.toISOString()}); the limit is ${formatDuration(options.maxAgeMs)}`, {
      path,
      pointer,
      expected: `generated within ${formatDuration(options.maxAgeMs)} of ${now.toISOString()}`,
      actual: stamp,
      fix: 're-run the step that produces this artifact; old evidence cannot vouch for this release',
    });
  }
  const skew = options.futureSkewMs ?? DEFAULT_FUTURE_SKEW_MS;
  if (-age > skew) {
    throw futureError(path, pointer, stamp, now, skew);
  }
  checkRunStarts(path, document, now, options, skew);
  // A configured date field is the producer's word on which date counts (its generated_at may be a template's).
  if (options.pointer === undefined || options.pointer === '/generated_at') checkRunMoments(path, document, now, options, pointer, skew);
  return stamp;
}

/** A date a document records, where it records it. */
export interface DatedMoment {
  pointer: string;
  value: string;
  /** The instant, in ms since the epoch. */
  at: number;
}

/** When a document was generated or its run ended; not `timestamp` or `created_at`, which may say when the run began. */
const END_NAMES = new Set(['generated_at', 'generatedAt', 'finished_at', 'finishedAt', 'completed_at', 'completedAt', 'ended_at', 'endedAt', 'end_time', 'endTime']);

/**
 * The earliest moment by which a document says its run had produced it: the date a gate's `date_field` names, or,
 * without one, the earliest of `generated_at` and the moments its run ended (`finished_at`, `completed_at`, `ended_at`…,
 * also in its `meta` or `run` object) — not when a run started, which may be a CI pipeline's start before the step that
 * wrote it, nor a `timestamp` or `created_at`, which may be either (a nightly report stamped when its run began). A report
 * whose `generated_at` was re-stamped still says when its run finished.
 */
export function earliestRunEnd(document: unknown, datePointer?: string): DatedMoment | undefined {
  const pointers = datePointer === undefined || datePointer === '/generated_at' ? RUN_END_POINTERS : [datePointer];
  let earliest: DatedMoment | undefined;
  for (const pointer of pointers) {
    const lookup = getAtPointer(document, pointer);
    if (!lookup.found || typeof lookup.value !== 'string') continue;
    const parsed = parseRfc3339(lookup.value);
    if (!parsed.ok) continue;
    const at = parsed.value.getTime();
    if (earliest === undefined || at < earliest.at) earliest = { pointer, value: lookup.value, at };
  }
  return earliest;
}

const MOMENT_NAMES = ['generated_at', 'generatedAt', 'timestamp', 'created_at', 'createdAt', 'started_at', 'startedAt', 'start_time', 'startTime', 'finished_at', 'finishedAt', 'completed_at', 'completedAt', 'ended_at', 'endedAt', 'end_time', 'endTime'];
/** Where a report records moments of its own run: at its top, and in the object describing the run. */
const RUN_MOMENT_POINTERS: readonly string[] = ['', '/meta', '/metadata', '/run', '/execution'].flatMap((holder) => MOMENT_NAMES.map((name) => `${holder}/${name}`));
const RUN_END_POINTERS: readonly string[] = RUN_MOMENT_POINTERS.filter((p) => END_NAMES.has(p.slice(p.lastIndexOf('/') + 1)));

/**
 * Every moment of its own run a document records as an RFC 3339 stamp (`generated_at`, `started_at`, `finished_at`, …, at
 * its top and in its `meta`, `metadata`, `run` or `execution` object), or only those by which it says it was produced
 * (`ends`). An order between two artifacts judged on one date each is fooled by a re-stamped `generated_at`: the
 * document's other dates still say when its run really ran.
 */
export function runMoments(document: unknown, which: 'all' | 'ends' = 'all'): DatedMoment[] {
  const moments: DatedMoment[] = [];
  for (const pointer of which === 'all' ? RUN_MOMENT_POINTERS : RUN_END_POINTERS) {
    const lookup = getAtPointer(document, pointer);
    if (!lookup.found || typeof lookup.value !== 'string') continue;
    const parsed = parseRfc3339(lookup.value);
    if (parsed.ok) moments.push({ pointer, value: lookup.value, at: parsed.value.getTime() });
  }
  return moments;
}

/** A moment a document records in any spelling ({@link momentSpan}), with the instants it may be. */
export interface MomentInSpelling {
  pointer: string;
  value: unknown;
  span: MomentSpan;
}

/** Like {@link runMoments}, in every spelling a producer prints a moment (epoch numbers, no zone, a date alone, RFC 2822). */
export function runMomentSpans(document: unknown, which: 'all' | 'ends' = 'all'): MomentInSpelling[] {
  const moments: MomentInSpelling[] = [];
  for (const pointer of which === 'all' ? RUN_MOMENT_POINTERS : RUN_END_POINTERS) {
    const lookup = getAtPointer(document, pointer);
    if (!lookup.found) continue;
    const span = momentSpan(lookup.value);
    if (span !== undefined) moments.push({ pointer, value: lookup.value, span });
  }
  return moments;
}

/**
 * An artifact is no younger than the moments of its run it records: a `generated_at` re-stamped onto a report whose
 * own `started_at`, `finished_at` or `timestamp` (also in its `meta` or `run` object) is last month's still holds last
 * month's run (red team wd). A moment is read in every spelling a producer prints one (`momentSpan`: RFC 3339, without
 * its zone, a date alone, RFC 2822, epoch seconds or milliseconds): a re-stamp beside `"finished_at": 1769940000` or
 * `"2026-02-01 10:00:00"` is as stale, judged on the latest instant the spelling may mean (the earliest for the future).
 * Not where a gate names the date field (`date_field`, a custom `generatedAt`): the config chose which date counts.
 */
function checkRunMoments(path: string, document: unknown, now: Date, options: FreshnessOptions, judged: string, skew: number): void {
  for (const pointer of RUN_MOMENT_POINTERS) {
    if (pointer === judged) continue;
    const lookup = getAtPointer(document, pointer);
    if (!lookup.found) continue;
    const span = momentSpan(lookup.value);
    if (span === undefined) continue;
    const shown = JSON.stringify(lookup.value);
    const age = now.getTime() - span.latest;
    if (age > options.maxAgeMs) {
      throw new ArtifactError('stale', `${path} ${pointer} ${shown} records a moment of its run ${formatAge(age)} before now (${now.toISOString()}) however its zone is read; the limit is ${formatDuration(options.maxAgeMs)}, and a newer ${judged} cannot make evidence fresher than the run it records`, {
        path,
        pointer,
        expected: `a run within ${formatDuration(options.maxAgeMs)} of ${now.toISOString()}`,
        actual: typeof lookup.value === 'string' ? lookup.value : shown,
        fix: 're-run the step that produces this artifact; re-stamping one date does not make old evidence new',
      });
    }
    if (span.earliest - now.getTime() > skew) throw futureError(path, pointer, typeof lookup.value === 'string' ? lookup.value : shown, now, skew);
  }
}

/**
 * An artifact read without a maximum age can still not come from the future: a `generated_at` ahead of now by more
 * than the skew is hand-edited or mis-stamped, whatever age the gate accepts. A timestamp that is absent or unparsable
 * is left alone here (nothing asked for one), and so are run starts read out of ids: that reading is a heuristic, kept
 * to reads that asked for a bound.
 */
export function checkNotFuture(path: string, document: unknown, now: Date, options: Pick<FreshnessOptions, 'pointer' | 'futureSkewMs'> = {}): void {
  // Without a configured field, the date wherever the document carries one (`generatedAt`, `timestamp`: see datedAt).
  const dated = datedAt(document, options.pointer);
  const pointer = dated?.pointer ?? options.pointer ?? '/generated_at';
  const skew = options.futureSkewMs ?? DEFAULT_FUTURE_SKEW_MS;
  const stamp = typeof dated?.value === 'string' ? dated.value : undefined;
  const parsed = stamp === undefined ? undefined : parseRfc3339(stamp);
  if (stamp !== undefined && parsed?.ok === true && parsed.value.getTime() - now.getTime() > skew) {
    throw futureError(path, pointer, stamp, now, skew);
  }
}

/** A timestamp ahead of now by more than the skew: hand-edited or mis-stamped evidence. */
function futureError(path: string, pointer: string, stamp: string, now: Date, skew: number): ArtifactError {
  return new ArtifactError('future', `${path} claims to be generated at ${stamp}, after now (${now.toISOString()}) by more than ${formatDuration(skew)}`, {
    path,
    pointer,
    expected: `at most ${formatDuration(skew)} after ${now.toISOString()}`,
    actual: stamp,
    fix: 'check the producer\'s clock and time zone; a timestamp from the future is hand-edited or mis-stamped evidence',
  });
}

/** Where artifacts name the run that produced them; the reference's run ids are its start time (`20260216T041030Z`). */
const RUN_ID_POINTERS = ['/run_id', '/correlation_id'];
/** Local time somewhere on earth: UTC−12:00 to UTC+14:00. */
const EARLIEST_OFFSET_MS = 14 * 3_600_000;
const LATEST_OFFSET_MS = 12 * 3_600_000;

/** When a run started, as an interval: one instant when the id says its zone, the span of every zone on earth when it does not. */
export interface RunStart {
  pointer: string;
  id: string;
  /** The stamp read as UTC (or in its own offset). */
  at: Date;
  earliest: Date;
  latest: Date;
}

/** Every run start an artifact's ids spell out (only real instants; `20261399T…` is no time), at `pointers` and the default places. */
export function runStarts(document: unknown, pointers: readonly string[] = []): RunStart[] {
  const found: RunStart[] = [];
  for (const pointer of new Set([...RUN_ID_POINTERS, ...pointers])) {
    const lookup = getAtPointer(document, pointer);
    if (!lookup.found || typeof lookup.value !== 'string') continue;
    for (const m of lookup.value.matchAll(RUN_STAMP)) {
      const stamp = readIdStamp(m);
      if (stamp === undefined) continue;
      const t = stamp.at.getTime();
      const [earliest, latest] = stamp.zoned ? [t, t] : [t - EARLIEST_OFFSET_MS, t + LATEST_OFFSET_MS];
      found.push({ pointer, id: lookup.value, at: stamp.at, earliest: new Date(earliest), latest: new Date(latest) });
    }
  }
  return found;
}

const shownInstant = (at: Date) => at.toISOString().replace('.000Z', 'Z');

/**
 * An artifact is no younger than the run that produced it: a generated_at re-stamped onto last month's evidence
 * (whose run id, shared with its sibling artifacts, cannot change without breaking lineage) still names that run.
 * A stamp without a zone is judged in the zone that favours it most: old only if old everywhere, future only if
 * future everywhere.
 */
function checkRunStarts(path: string, document: unknown, now: Date, options: FreshnessOptions, skew: number): void {
  const maxAgeMs = options.maxAgeMs;
  for (const run of runStarts(document, options.runIdPointers)) {
    const age = now.getTime() - run.latest.getTime();
    const zoneless = run.earliest.getTime() !== run.latest.getTime() ? ' (it names no time zone: read in the zone that makes it latest)' : '';
    if (age > maxAgeMs) {
      throw new ArtifactError('stale', `${path} ${run.pointer} ${JSON.stringify(run.id)} names a run that started at ${shownInstant(run.latest)}${zoneless}, ${formatAge(age)} before now (${now.toISOString()}); the limit is ${formatDuration(maxAgeMs)}, and a newer generated_at cannot make evidence fresher than the run that produced it`, {
        path,
        pointer: run.pointer,
        expected: `a run started within ${formatDuration(maxAgeMs)} of ${now.toISOString()}`,
        actual: run.id,
        fix: 're-run the step that produces this artifact; re-stamping generated_at does not make old evidence new',
      });
    }
    const ahead = run.earliest.getTime() - now.getTime();
    if (ahead > skew) {
      throw new ArtifactError('future', `${path} ${run.pointer} ${JSON.stringify(run.id)} names a run that starts at ${shownInstant(run.earliest)}${zoneless.replace('latest', 'earliest')}, after now (${now.toISOString()}) by more than ${formatDuration(skew)}`, {
        path,
        pointer: run.pointer,
        expected: `a run started before ${now.toISOString()}`,
        actual: run.id,
        fix: 'check the producer\'s clock and time zone; a run id from the future is hand-edited or mis-stamped',
      });
    }
  }
}

/**
 * What a reader learnt about an artifact's age. `bounded`: the read asked for a maximum age (so a
 * stale or misdated artifact failed it). `unbounded`: the document carries a date at `pointer` but
 * the read set no maximum age, so evidence of any age would pass; the gate context turns that into
 * an `age_unbounded` warning unless another read of the same file in the same gate was bounded.
 */
export type AgeNote =
  | {
      kind: 'bounded';
      path: string;
      /** The earliest moment the document says its run had produced it by (see {@link earliestRunEnd}), when it read. */ end?: DatedMoment;
    }
  | {
      kind: 'unbounded';
      path: string;
      pointer: string;
      value: unknown;
      /** A bound set above MAX_AGE_CAP_MS (it bounds nothing). */ maxAge?: string;
      /** The date was found under another tool's spelling, which max_age reads only once the gate's `date_field` names it. */ otherSpelling?: true;
    };

/**
 * Where other tools write when a document was produced (JavaScript's `generatedAt`, `timestamp`, `created_at`): a
 * document dated there but not at `/generated_at` is dated all the same, so a read without a maximum age is unbounded.
 */
export const OTHER_DATE_POINTERS: readonly string[] = ['/generatedAt', '/timestamp', '/created_at', '/createdAt'];

/**
 * The date a document carries at `pointer`, if any: what makes its age worth bounding. Without a pointer, at
 * `/generated_at` or else at one of {@link OTHER_DATE_POINTERS} (`otherSpelling`).
 */
export function datedAt(document: unknown, pointer?: string): { pointer: string; value: unknown; otherSpelling?: true } | undefined {
  const at = (p: string) => {
    const lookup = getAtPointer(document, p);
    return lookup.found && lookup.value !== null ? { pointer: p, value: lookup.value } : undefined;
  };
  if (pointer !== undefined) return at(pointer);
  const own = at('/generated_at');
  if (own !== undefined) return own;
  for (const other of OTHER_DATE_POINTERS) {
    const found = at(other);
    if (found !== undefined) return { ...found, otherSpelling: true };
  }
  return undefined;
}

/** The engine's own warning on an artifact whose age nothing bounds: any gate may carry it. */
export const AGE_UNBOUNDED = 'age_unbounded';

/** The warning finding for an artifact whose age nothing bounds (shape documented in README "Artifact age"). */
export function ageUnboundedFinding(note: Extract<AgeNote, { kind: 'unbounded' }>): {
  id: string;
  code: string;
  message: string;
  path: string;
  pointer: string;
  expected: string;
  actual: unknown;
  fix: string;
} {
  const shown = typeof note.value === 'string' ? note.value : JSON.stringify(note.value) ?? String(note.value);
  // A string is already its own `shown`; numbers and booleans stay typed.
  const actual = typeof note.value === 'number' || typeof note.value === 'boolean' ? note.value : shown;
  return {
    id: 'artifact_age',
    code: AGE_UNBOUNDED,
    message: note.maxAge === undefined
      ? `${note.path} is dated (${note.pointer} = ${shown}) but this gate sets no max_age: its age is unbounded, evidence of any age would pass`
      : `${note.path} is dated (${note.pointer} = ${shown}) but this gate's max_age ${note.maxAge} is longer than 400 days: it bounds nothing, evidence of any age would pass`,
    path: note.path,
    pointer: note.pointer,
    expected: 'a max_age bounding the age of this artifact',
    actual,
    fix: note.otherSpelling === true
      ? `set the gate's date_field option to ${note.pointer} and its max_age (e.g. max_age: 7d), so old evidence fails \`stale\` (max_age reads /generated_at unless date_field names another field)`
      : note.maxAge === undefined ? 'set the gate\'s max_age option (e.g. max_age: 7d) so old evidence fails `stale`' : 'set the gate\'s max_age to at most 400d (e.g. max_age: 7d) so old evidence fails `stale`',
  };
}
