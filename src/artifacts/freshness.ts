import { ArtifactError } from './errors.js';
import { formatAge, formatDuration, momentSpan, unreadMomentValue, type MomentSpan, parseRfc3339, idTimes } from '../util/time.js';
import { getAtPointer, pointerOf } from '../util/pointer.js';
import { caseFoldedKey } from '../util/text-classes.js';
import { dateBeforeTheRun } from './run-id-dates.js';

export interface FreshnessOptions {
  /** Oldest acceptable age in milliseconds. */
  maxAgeMs: number;
  /** Where the timestamp lives; the reference project's artifacts use `/generated_at`. */
  pointer?: string;
  /** Clock skew tolerated for timestamps slightly ahead of `now` (default 5 minutes, as the reference). */
  futureSkewMs?: number;
  /** Where else the document names its run (a gate's configured run id pointers), beside the run ids {@link recordedRunIds} reads. */
  runIdPointers?: readonly string[];
  /** The longest a run may last from its first recorded moment to its end (default {@link DEFAULT_MAX_RUN_LENGTH_MS}). */
  maxRunLengthMs?: number;
}

export const DEFAULT_FUTURE_SKEW_MS = 5 * 60_000;

/**
 * A run is fresh by its end, so without a bound on its length a re-stamped end would clear any start (`started_at`
 * 2020 beside `finished_at` this morning). Two weeks: twice the longest soak or fuzz campaign a release report records
 * in one run (a week), with room for the report to be written after; longer campaigns report per window, or the
 * caller raises it (`maxRunLength`).
 */
export const DEFAULT_MAX_RUN_LENGTH_MS = 14 * 86_400_000;

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
  // One walk of the run's own objects serves its ids and its moments.
  const recorded = recordedRunTimes(document);
  checkRunStarts(path, document, now, options, skew, recorded.runIds);
  // A configured date field is the producer's word on which date counts (its generated_at may be a template's).
  if (options.pointer === undefined || options.pointer === '/generated_at') checkRunMoments(path, now, options, pointer, skew, recorded);
  return stamp;
}

/** A date a document records, where it records it. */
export interface DatedMoment {
  pointer: string;
  value: string;
  /** The instant, in ms since the epoch. */
  at: number;
}

/**
 * The earliest moment by which a document says its run had produced it: the date a gate's `date_field` names, or,
 * without one, the earliest of `generated_at` and the moments its run ended, by the one rule {@link recordedRunMoments}
 * keeps for an end (`finished_at`, `completed_at`, `stats.end`…, in the objects describing the run, not its items') —
 * not when a run started, which may be a CI pipeline's start before the step that wrote it, nor a `timestamp` or
 * `created_at`, which may be either (a nightly report stamped when its run began). A report whose `generated_at` was
 * re-stamped still says when its run finished. Only spellings that name one instant count (RFC 3339, epoch numbers,
 * a moment with its zone): the order this date decides needs an instant, not a span of zones.
 */
export function earliestRunEnd(document: unknown, datePointer?: string): DatedMoment | undefined {
  if (datePointer !== undefined && datePointer !== '/generated_at') {
    const lookup = getAtPointer(document, datePointer);
    if (!lookup.found || typeof lookup.value !== 'string') return undefined;
    const parsed = parseRfc3339(lookup.value);
    return parsed.ok ? { pointer: datePointer, value: lookup.value, at: parsed.value.getTime() } : undefined;
  }
  let earliest: DatedMoment | undefined;
  for (const m of runMomentSpans(document, 'ends')) {
    if (m.span.earliest !== m.span.latest) continue;
    if (earliest === undefined || m.span.earliest < earliest.at) earliest = { pointer: m.pointer, value: shownMoment(m.value), at: m.span.earliest };
  }
  return earliest;
}

/** Where a run says when it was, by the role each name plays: names compared lower-case without `_`, `-` or spaces. */
const END_MOMENT_NAMES = new Set(['endtimeutc', 'generatedat', 'finishedat', 'finished', 'finish', 'finishtime', 'finishdate', 'completedat', 'completed', 'completiontime', 'completiondate', 'endedat', 'ended', 'end', 'endtime', 'enddate', 'stop', 'stoptime', 'stopped', 'stoppedat', 'endedtestsat']);
/** TRX's `times.creation` is when its run was created, before it started. xUnit.net's `run-date` is its start's date. */
const START_MOMENT_NAMES = new Set(['starttimeutc', 'startedat', 'started', 'start', 'starttime', 'startdate', 'startedtestsat', 'creation', 'rundate']);
/** A report's creation or a suite's stamp: its run's start or its end, depending on the reporter (JUnit: start; pytest-json-report: end). */
const EITHER_MOMENT_NAMES = new Set(['timestamp', 'createdat', 'created', 'executedat', 'executed', 'runat', 'ranat', 'time']);
/**
 * The objects a reporter describes its run in (Mocha and mochawesome `stats`, CTRF `results.summary`, Newman
 * `run.timings`, Playwright `stats`, a `meta`/`metadata`/`run`/`execution`/`result` object), read up to three deep; not
 * `data`, which holds records dated by their own lives.
 */
const RUN_HOLDERS = new Set(['meta', 'metadata', 'run', 'execution', 'stats', 'summary', 'results', 'result', 'timings', 'report', 'times']);
/** Lists of a run's items, each with its own moments (Jest and Vitest `testResults[]`, JUnit-as-JSON `testsuites`). */
const ITEM_LISTS = new Set(['testresults', 'testsuites', 'testsuite', 'suites', 'suite', 'tests', 'assemblies', 'assembly']);
const ITEM_HOLDERS = new Set(['perfstats', 'timings']);
const HOLDER_DEPTH = 4;
/** Lists of items inside items (xml2js's `testsuites.testsuite[]`, xUnit's `assemblies.assembly[]`), read this deep. */
const ITEM_DEPTH = 2;

export type MomentRole = 'start' | 'end' | 'either';

/** A value a document records under a moment's name, where, in which role, and whether a run's item (a suite, a file) recorded it. */
export interface RecordedMoment {
  pointer: string;
  value: unknown;
  role: MomentRole;
  item: boolean;
  /** Recorded under a name that can only mean a moment (`finished_at`, `end_date`), not an offset or a duration (`end`, `time`). */
  strict: boolean;
}

/**
 * A name as the run's readers take it, whatever its spelling: case, `_`, `-` and spaces aside (`finished_at`,
 * `finishedAt`, `FinishedAt`, `finished-at`, `runId`, `RunID`), and, outside printable ASCII, as it is drawn
 * ({@link caseFoldedKey}: invisible characters gone, full-width and look-alike letters read as the Latin they show,
 * `run\u200b_id`, `ｒｕｎ_ｉｄ`, `run_іd` with a Cyrillic і).
 */
const momentName = (key: string) => caseFoldedKey(key).replace(/[_\s-]/g, '');

/** `…at` and `…date` names say a moment whatever their value; `end`, `time`, `timestamp` are offsets or durations elsewhere. */
const strictMomentName = (name: string) => name.endsWith('at') || name.endsWith('date');

/** Lists under a moment's name (`"finished_at": ["2020-…"]`) are read this deep: each entry is the same moment. */
const MOMENT_LIST_DEPTH = 2;

function pushMoment(found: Found, at: (string | number)[], value: unknown, role: MomentRole, item: boolean, strict: boolean, depth = MOMENT_LIST_DEPTH): void {
  if (!Array.isArray(value)) {
    found.moments.push({ pointer: pointerOf(at), value, role, item, strict });
    return;
  }
  if (depth === 0) {
    found.moments.push({ pointer: pointerOf(at), value, role, item, strict });
    return;
  }
  value.forEach((entry, i) => pushMoment(found, [...at, i], entry, role, item, strict, depth - 1));
}

/** The role a moment's name ({@link momentName}) plays in its run, if it names one. */
function roleOf(name: string): MomentRole | undefined {
  if (END_MOMENT_NAMES.has(name)) return 'end';
  if (START_MOMENT_NAMES.has(name)) return 'start';
  return EITHER_MOMENT_NAMES.has(name) ? 'either' : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/**
 * Every value a document records under the name of a moment of its run, under the keys real reporters write: at its
 * top and in the objects describing its run (`meta`, `run`, `stats`, `summary`, `results`, `timings`…, three deep), and
 * in each item of its lists of suites or test files (`testResults[].endTime`). A re-stamped `generated_at` leaves every
 * one of them as the run wrote it, whatever the reporter called it.
 */
export function recordedRunMoments(document: unknown): RecordedMoment[] {
  return recordedRunTimes(document).moments;
}

/**
 * How long a run lasted, by the names whose unit is certain: milliseconds for `duration` (Mocha, mochawesome and
 * Playwright `stats.duration`), Cypress's `totalDuration`, k6's `testRunDurationMs`, `duration_ms`, `durationMs`, `elapsed_ms`; seconds for `duration_s`, `duration_seconds`,
 * `elapsed_seconds`. Not `time` (JUnit's seconds, a moment elsewhere) nor `elapsed` (seconds in Go, ms elsewhere).
 */
const DURATION_MS_PER_UNIT = new Map<string, number>([
  ['duration', 1], ['totalduration', 1], ['testrundurationms', 1], ['durationms', 1], ['durationinms', 1], ['durationmillis', 1], ['durationmilliseconds', 1], ['elapsedms', 1],
  ['durations', 1000], ['durationsec', 1000], ['durationsecs', 1000], ['durationseconds', 1000], ['durationinseconds', 1000], ['elapseds', 1000], ['elapsedseconds', 1000],
]);

/** A run's duration recorded beside its moments, in milliseconds, in the object (`holder`) that records it. */
export interface RecordedDuration {
  pointer: string;
  holder: string;
  value: number;
  ms: number;
  item: boolean;
}

/** A run id a document records for its own run, where. */
export interface RecordedRunId {
  pointer: string;
  value: string;
}

/** {@link recordedRunMoments}, the durations recorded in the same objects and the run's own ids ({@link recordedRunIds}), in one walk. */
export function recordedRunTimes(document: unknown): { moments: RecordedMoment[]; durations: RecordedDuration[]; runIds: RecordedRunId[] } {
  const found = { moments: [] as RecordedMoment[], durations: [] as RecordedDuration[], runIds: [] as RecordedRunId[] };
  collectMoments(document, [], HOLDER_DEPTH, false, found);
  return found;
}

type Found = ReturnType<typeof recordedRunTimes>;

/**
 * A list of `tests` may be a catalogue of test cases (`created` when the case was written) as well as a run's results:
 * its items' moments count only where they say when the test started or stopped (CTRF's `tests[].start`/`stop`).
 */
const STARTS_AND_ENDS_ONLY = 'tests';

/**
 * Whether a name, in the object named `holderName` (`''` at the top), is the id of the run that object describes: `run_id`
 * and `correlation_id` in any spelling, or `id` in a `run` object. Not an item's (a suite's, a test file's), and not a
 * name that qualifies the id (`baseline_run_id`, `parent_run_id`, `last_green_run_id`): those name other runs, and so do
 * ids in objects the walk never enters (`previous.run_id`, `upstream.run_id`, `compare_to.run_id`).
 */
const ownRunIdName = (name: string, holderName: string) => name === 'runid' || name === 'correlationid' || (name === 'id' && holderName === 'run');

function collectMoments(holder: unknown, at: (string | number)[], depth: number, item: boolean, found: Found, itemDepth = ITEM_DEPTH, startsAndEndsOnly = false): void {
  if (!isRecord(holder)) return;
  const last = at[at.length - 1];
  const holderName = typeof last === 'string' ? momentName(last) : '';
  for (const [key, value] of Object.entries(holder)) {
    const name = momentName(key);
    const role = roleOf(name);
    if (!item && typeof value === 'string' && ownRunIdName(name, holderName)) found.runIds.push({ pointer: pointerOf([...at, key]), value });
    // An object or a list under a moment's name is a moment too (MongoDB's `{"$date": …}`, a list of ends): a holder
    // read as one is walked below as well.
    if (role !== undefined && !(startsAndEndsOnly && role === 'either')) pushMoment(found, [...at, key], value, role, item, strictMomentName(name));
    const perUnit = DURATION_MS_PER_UNIT.get(name);
    if (perUnit !== undefined && typeof value === 'number' && Number.isFinite(value) && value >= 0) {
      found.durations.push({ pointer: pointerOf([...at, key]), holder: pointerOf(at), value, ms: value * perUnit, item });
    }
    if (depth > 0 && isRecord(value) && (item ? ITEM_HOLDERS : RUN_HOLDERS).has(name)) collectMoments(value, [...at, key], depth - 1, item, found, itemDepth, startsAndEndsOnly);
    if (itemDepth > 0 && ITEM_LISTS.has(name)) collectItems(value, [...at, key], found, itemDepth - 1, startsAndEndsOnly || name === STARTS_AND_ENDS_ONLY);
    if (at.length === 0 && name === 'runs' && Array.isArray(value)) collectSarifInvocations(value, found);
  }
}

/**
 * A SARIF log's `runs[]` are runs of its tools, each naming its tool (`tool.driver`, which SARIF requires), and each
 * invocation records when that run started and ended (`invocations[].startTimeUtc`/`endTimeUtc`): the log is as old as
 * its runs, so each is read as the run's own moments. A `runs` list of other records (a history of past runs, each
 * dated by its own life) names no tool and is not read.
 */
function collectSarifInvocations(runs: readonly unknown[], found: Found): void {
  runs.forEach((run, i) => {
    if (!isRecord(run) || !isRecord(run['tool']) || !isRecord(run['tool']['driver']) || !Array.isArray(run['invocations'])) return;
    run['invocations'].forEach((invocation, j) => collectMoments(invocation, ['runs', i, 'invocations', j], 0, false, found, 0));
  });
}

function collectItems(list: unknown, at: (string | number)[], found: Found, itemDepth: number, startsAndEndsOnly: boolean): void {
  if (isRecord(list)) return collectMoments(list, at, 1, true, found, itemDepth, startsAndEndsOnly);
  if (!Array.isArray(list)) return;
  list.forEach((entry, i) => collectMoments(entry, [...at, i], 1, true, found, itemDepth, startsAndEndsOnly));
}

const holderOf = (pointer: string) => pointer.slice(0, pointer.lastIndexOf('/'));

/** A run's end implied by the start and the duration one object records (Playwright's `stats.startTime` + `stats.duration`). */
interface ImpliedEnd {
  start: RecordedMoment & { span: MomentSpan };
  duration: RecordedDuration;
  span: MomentSpan;
}

/** An instant as RFC 3339, or as what it is when a start plus a duration lands past any date (`duration: 9007199254740993`). */
const shownMs = (ms: number): string => (Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : `${ms} ms after 1970 (past any calendar date)`);

function impliedEnds(read: readonly (RecordedMoment & { span: MomentSpan })[], durations: readonly RecordedDuration[]): ImpliedEnd[] {
  const ends: ImpliedEnd[] = [];
  for (const start of read) {
    if (start.role !== 'start' || start.item) continue;
    for (const duration of durations) {
      if (duration.item || duration.holder !== holderOf(start.pointer)) continue;
      ends.push({ start, duration, span: { earliest: start.span.earliest + duration.ms, latest: start.span.latest + duration.ms } });
    }
  }
  return ends;
}

/**
 * Every moment of its own run a document records as an RFC 3339 stamp ({@link recordedRunMoments}), or only those by
 * which its run says it was over (`ends`: `generated_at`, `finished_at`, `stats.end`…, not its items'). An order between
 * two artifacts judged on one date each is fooled by a re-stamped `generated_at`: the document's other dates still say
 * when its run really ran.
 */
export function runMoments(document: unknown, which: 'all' | 'ends' = 'all'): DatedMoment[] {
  const moments: DatedMoment[] = [];
  for (const m of recordedRunMoments(document)) {
    if (which === 'ends' && (m.role !== 'end' || m.item)) continue;
    if (typeof m.value !== 'string') continue;
    const parsed = parseRfc3339(m.value);
    if (parsed.ok) moments.push({ pointer: m.pointer, value: m.value, at: parsed.value.getTime() });
  }
  return moments;
}

/** A moment a document records in any spelling ({@link momentSpan}), with the instants it may be. */
export interface MomentInSpelling {
  pointer: string;
  value: unknown;
  span: MomentSpan;
  role?: MomentRole;
  item?: boolean;
}

/** Like {@link runMoments}, in every spelling a producer prints a moment (epoch numbers, no zone, a date alone, RFC 2822, JavaScript's and locales'). */
export function runMomentSpans(document: unknown, which: 'all' | 'ends' = 'all'): MomentInSpelling[] {
  const moments: MomentInSpelling[] = [];
  for (const m of recordedRunMoments(document)) {
    if (which === 'ends' && (m.role !== 'end' || m.item)) continue;
    const span = momentSpan(m.value);
    if (span !== undefined) moments.push({ pointer: m.pointer, value: m.value, span, role: m.role, item: m.item });
  }
  return moments;
}

/**
 * An artifact is no younger than the run it records (red team wd): a `generated_at` re-stamped onto last month's report
 * still sits beside the moments its run wrote, under whatever key its reporter writes them ({@link recordedRunMoments}:
 * `started_at`, Mocha's `stats.end`, pytest-json-report's `created`, Jest's `startTime` and `testResults[].endTime`,
 * CTRF's `results.summary.stop`…) and in whatever spelling ({@link momentSpan}: RFC 3339, no zone, a date alone, RFC
 * 2822, JavaScript's `String(date)`, locales' `2/1/2026, 10:00:00 AM`, epoch numbers), each judged on the latest instant
 * it may mean (the earliest for the future). A run is fresh by its end: each end it records must be within max_age, and
 * the latest moment of its items too; its start (or a stamp that may be either) is judged only where no end is recorded,
 * so a soak run that began before max_age and ended this morning is fresh, while a re-stamp beside an old start is not.
 * A date-like value under a moment's name that no reading knows fails `schema` rather than count as fresh.
 * Not where a gate names the date field (`date_field`, a custom `generatedAt`): the config chose which date counts.
 */
function checkRunMoments(path: string, now: Date, options: FreshnessOptions, judged: string, skew: number, { moments, durations }: Found): void {
  const read: (RecordedMoment & { span: MomentSpan })[] = [];
  for (const m of moments) {
    if (m.pointer === judged) continue;
    const span = momentSpan(m.value, now.getTime() + skew);
    if (span === undefined) {
      if (unreadMomentValue(m.value, m.strict)) throw unreadableMoment(path, m);
      continue;
    }
    if (span.earliest - now.getTime() > skew) throw futureError(path, m.pointer, shownMoment(m.value), now, skew);
    read.push({ ...m, span });
  }
  const implied = impliedEnds(read, durations);
  checkImpliedEnds(path, implied, now, options.maxAgeMs, judged, skew);
  const ends = read.filter((m) => !m.item && m.role === 'end');
  // Only an item's end stands for the run's end: an item's start (a re-stamped `testResults[0].startTime`) never
  // excuses an old start of the run (review, session 31).
  const items = read.filter((m) => m.item && m.role === 'end');
  const latestItem = items.reduce<(typeof items)[number] | undefined>((best, m) => (best === undefined || m.span.latest > best.span.latest ? m : best), undefined);
  const judgedMoments = [...ends, ...(latestItem === undefined ? [] : [latestItem])];
  // A start with its duration is an end: the start alone is not judged (a long run that ended minutes ago is fresh).
  const byEnd = judgedMoments.length > 0 || implied.length > 0;
  for (const m of byEnd ? judgedMoments : read) {
    const age = now.getTime() - m.span.latest;
    if (age <= options.maxAgeMs) continue;
    const what = m.item ? 'records the latest moment of its run\'s items' : m.role === 'end' ? 'records its run\'s end' : 'records a moment of its run';
    throw new ArtifactError('stale', `${path} ${m.pointer} ${JSON.stringify(m.value)} ${what} ${formatAge(age)} before now (${now.toISOString()}) however its zone is read; the limit is ${formatDuration(options.maxAgeMs)}, and a newer ${judged} cannot make evidence fresher than the run it records`, {
      path,
      pointer: m.pointer,
      expected: `a run ${byEnd ? 'ended' : 'recorded'} within ${formatDuration(options.maxAgeMs)} of ${now.toISOString()}`,
      actual: shownMoment(m.value),
      fix: 're-run the step that produces this artifact; re-stamping one date does not make old evidence new',
    });
  }
  // After the ends' own age: an old end is the plainer finding.
  checkRunLength(path, read, ends, implied, options.maxRunLengthMs ?? DEFAULT_MAX_RUN_LENGTH_MS);
}

/**
 * A run is fresh by its end, and a run lasts a bounded time: every moment it records (its start, a stamp that may be
 * either, its items' moments) lies within `maxRunLengthMs` before its end, the latest it records (or its start plus its
 * duration), each judged on the readings that make the run shortest. Otherwise an end re-stamped this morning would
 * clear a start of 2020 (`stale`: the run those moments record is old, whatever its end says).
 */
function checkRunLength(path: string, read: readonly (RecordedMoment & { span: MomentSpan })[], ends: readonly (RecordedMoment & { span: MomentSpan })[], implied: readonly ImpliedEnd[], maxRunLengthMs: number): void {
  let end: { pointer: string; at: number; shown: string } | undefined;
  for (const m of ends) if (end === undefined || m.span.earliest > end.at) end = { pointer: m.pointer, at: m.span.earliest, shown: shownMoment(m.value) };
  for (const i of implied) if (end === undefined || i.span.earliest > end.at) end = { pointer: i.duration.pointer, at: i.span.earliest, shown: `${shownMoment(i.start.value)} + ${formatAge(i.duration.ms)}` };
  if (end === undefined) return;
  for (const m of read) {
    const length = end.at - m.span.latest;
    if (length <= maxRunLengthMs) continue;
    throw new ArtifactError('stale', `${path} ${m.pointer} ${JSON.stringify(m.value)} records a moment of its run ${formatAge(length)} before the run's end (${end.pointer} ${end.shown}) however its zone is read; a run lasts at most ${formatDuration(maxRunLengthMs)}, so the run it records is older than its end says (a re-stamped end cannot make an old run fresh)`, {
      path,
      pointer: m.pointer,
      expected: `every moment of the run within ${formatDuration(maxRunLengthMs)} before its end (${end.shown})`,
      actual: shownMoment(m.value),
      fix: 're-run the step that produces this artifact; a run longer than that reports each window as its own artifact',
    });
  }
}

/**
 * Where a run records its start and its duration, start + duration is its end as surely as a recorded one: it must be
 * within max_age too (a re-stamped `stats.end` beside a start 37 days old and `duration: 60000` is stale), and cannot
 * lie in the future.
 */
function checkImpliedEnds(path: string, implied: readonly ImpliedEnd[], now: Date, maxAgeMs: number, judged: string, skew: number): void {
  for (const { start, duration, span } of implied) {
    const shown = `${start.pointer} ${JSON.stringify(start.value)} and ${duration.pointer} ${duration.value}`;
    const actual = `${shownMoment(start.value)} + ${formatAge(duration.ms)}`;
    const age = now.getTime() - span.latest;
    if (age > maxAgeMs) {
      throw new ArtifactError('stale', `${path} ${shown} record a run that ended by ${shownMs(span.latest)}, ${formatAge(age)} before now (${now.toISOString()}) however its zone is read; the limit is ${formatDuration(maxAgeMs)}, and a newer ${judged} or recorded end cannot make evidence fresher than its start and duration say`, {
        path,
        pointer: start.pointer,
        expected: `a run ended (start + duration) within ${formatDuration(maxAgeMs)} of ${now.toISOString()}`,
        actual,
        fix: 're-run the step that produces this artifact; re-stamping its dates does not make old evidence new',
      });
    }
    if (span.earliest - now.getTime() > skew) {
      throw new ArtifactError('future', `${path} ${shown} record a run that ended at ${shownMs(span.earliest)}, after now (${now.toISOString()}) by more than ${formatDuration(skew)}`, {
        path,
        pointer: duration.pointer,
        expected: `a run ended (start + duration) at most ${formatDuration(skew)} after ${now.toISOString()}`,
        actual,
        fix: 'check the producer\'s clock and the duration\'s unit; a run cannot have ended in the future',
      });
    }
  }
}

const shownMoment = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

function unreadableMoment(path: string, m: RecordedMoment): ArtifactError {
  return new ArtifactError('schema', `${path} ${m.pointer} ${JSON.stringify(m.value)} records a moment of its run in a spelling gate-engine cannot read, so the run's age cannot be proven from it (a newer generated_at beside it proves nothing)`, {
    path,
    pointer: m.pointer,
    expected: 'a moment in RFC 3339 (e.g. 2026-01-31T12:00:00Z), or another spelling a clock prints in English',
    actual: m.value,
    fix: `have the producer write ${m.pointer} as RFC 3339 with an offset, or set the gate's date_field to the one date that counts`,
  });
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

/**
 * The ids a document records for its own run (the reference's are its start time, `20260216T041030Z`), where its
 * moments are read ({@link recordedRunMoments}: at its top and in the objects describing its run, `meta`, `metadata`,
 * `run`…) and in any spelling of the name (`run_id`, `runId`, `RunId`, `run-id`, `correlationId`, `run.id`): a
 * JavaScript tool's `runId` names its run as surely as `run_id`. Ids of other runs are not its own (see {@link ownRunIdName}).
 */
export function recordedRunIds(document: unknown): RecordedRunId[] {
  return recordedRunTimes(document).runIds;
}

/** Local time somewhere on earth: UTC−12:00 to UTC+14:00. */
const EARLIEST_OFFSET_MS = 14 * 3_600_000;
const LATEST_OFFSET_MS = 12 * 3_600_000;
const DAY_MS = 86_400_000;

/** When a run started, as an interval: one instant when the id says its zone, the span of every zone on earth when it does not. */
export interface RunStart {
  pointer: string;
  id: string;
  /** The stamp read as UTC (or in its own offset); a date alone, its midnight UTC. */
  at: Date;
  earliest: Date;
  latest: Date;
  /** The id names its run's day only (`nightly-2026-02-16`): the date as written. */
  day?: string;
  /** The id says the date is one its run came at or after, not its start ({@link dateBeforeTheRun}: Airflow's logical date, `-rerun-7`, `release-`): it bounds the run's start from below only, so it can show a future run, never a stale one. */
  notBefore?: true;
}

/**
 * Every run start an artifact's ids spell out (only real instants; `20261399T…` is no time, and an id that holds no
 * time, a CI run number or a UUID, dates nothing): in the run ids it records ({@link recordedRunIds}) and at `pointers`.
 * Every spelling of a time in an id is read ({@link idTimes}). A date alone (`nightly-2026-02-16`) says the run
 * started on that day somewhere on earth: no earlier than its first moment at UTC+14:00 and no later than its last at
 * UTC−12:00, the same span a moment written as a date alone has (momentSpan). A nightly named for the day it builds
 * and started just after midnight is inside it in every inhabited zone. A date the id says its run came at or after
 * (Airflow's `scheduled__<logical date>`, `orders-2025-11-05-rerun-7`, `release-2026-02-02`) is `notBefore`.
 */
export function runStarts(document: unknown, pointers: readonly string[] = [], recorded: readonly RecordedRunId[] = recordedRunIds(document)): RunStart[] {
  const ids = new Map(recorded.map((r) => [r.pointer, r.value]));
  for (const pointer of pointers) {
    if (ids.has(pointer)) continue;
    const lookup = getAtPointer(document, pointer);
    if (lookup.found && typeof lookup.value === 'string') ids.set(pointer, lookup.value);
  }
  const found: RunStart[] = [];
  for (const [pointer, id] of ids) {
    for (const stamp of idTimes(id)) {
      const t = stamp.at.getTime();
      const day = stamp.precision === 'day';
      const [earliest, latest] = stamp.zoned ? [t, t] : [t - EARLIEST_OFFSET_MS, t + LATEST_OFFSET_MS + (day ? DAY_MS : 0)];
      found.push({ pointer, id, at: stamp.at, earliest: new Date(earliest), latest: new Date(latest), ...(day ? { day: stamp.text } : {}), ...(dateBeforeTheRun(id, stamp) ? { notBefore: true as const } : {}) });
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
function checkRunStarts(path: string, document: unknown, now: Date, options: FreshnessOptions, skew: number, recorded: readonly RecordedRunId[]): void {
  const maxAgeMs = options.maxAgeMs;
  for (const run of runStarts(document, options.runIdPointers, recorded)) {
    const age = now.getTime() - run.latest.getTime();
    const zoneless = run.day !== undefined ? ` (it names the day ${run.day} only: read as its last moment in the zone that ends it latest)` : run.earliest.getTime() !== run.latest.getTime() ? ' (it names no time zone: read in the zone that makes it latest)' : '';
    if (age > maxAgeMs && run.notBefore === undefined) {
      throw new ArtifactError('stale', `${path} ${run.pointer} ${JSON.stringify(run.id)} names a run that started ${run.day !== undefined ? 'by' : 'at'} ${shownInstant(run.latest)}${zoneless}, ${formatAge(age)} before now (${now.toISOString()}); the limit is ${formatDuration(maxAgeMs)}, and a newer generated_at cannot make evidence fresher than the run that produced it`, {
        path,
        pointer: run.pointer,
        expected: `a run started within ${formatDuration(maxAgeMs)} of ${now.toISOString()}`,
        actual: run.id,
        fix: 're-run the step that produces this artifact; re-stamping generated_at does not make old evidence new',
      });
    }
    const ahead = run.earliest.getTime() - now.getTime();
    if (ahead > skew) {
      throw new ArtifactError('future', `${path} ${run.pointer} ${JSON.stringify(run.id)} names a run that starts at ${shownInstant(run.earliest)}${zoneless.replace('last', 'first').replace('ends it latest', 'begins it earliest').replace('makes it latest', 'makes it earliest')}, after now (${now.toISOString()}) by more than ${formatDuration(skew)}`, {
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
