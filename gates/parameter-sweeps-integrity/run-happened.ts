/**
 * Whether the run a ready document speaks for happened (red team rh, session 46): its own statuses, its plan's and every
 * part of it read at any depth, and the points a ready sweep says it measured.
 */
import { caselessNameReadings, encodePointerSegment, isBlank, type NumberSpellings, placeholderReason, runDidNotHappen, statusContradiction, SWEEP_POINT_LIST_NAMES, SWEEP_POINT_SETTING_NAMES } from '../../src/sdk/index.js';

export interface NoRun {
  pointer: string;
  says: string;
  actual: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
/** A key as compared with a list of names run together (`Sweep-Plan`, `sweepPlan` → `sweepplan`). */
const joinedKey = (key: string): string => (caselessNameReadings(key)[0] ?? key).replace(/[\s_\-.]+/gu, '');

/**
 * Objects at a document's top that speak for its whole run, as its top does: the plan a sweep ran, the run, its summary
 * or outcome, and where it names its inputs. A named part (`lint: {status: "skipped"}`) is the part's, which a sound
 * run may skip; a part is read only when every entry of a list of them in a run's object says so.
 */
const RUN_OBJECTS: ReadonlySet<string> = new Set(['sweepplan', 'plan', 'sweep', 'sweeps', 'run', 'execution', 'summary', 'result', 'outcome', 'verdict', 'sourceidentity', 'consumptioncontract']);
/** Deepest level read below a run's object (a dimension's per-candidate results sit three below the top). */
const MAX_DEPTH = 5;
/** The claim a probe places in an object to ask the status reader what beside it denies a pass. */
const PROBE = 'ready_for_phase5';

interface Reading {
  root: unknown;
  numbers: NumberSpellings;
  /** Places another check judges (the sweeps' own readiness), and values the reference allows at a place. */
  judged: (pointer: string) => boolean;
  accepted: (pointer: string, value: unknown) => boolean;
}

/**
 * Where a document that says it is ready says its run did not happen: a member of its top or of a run's object
 * ({@link RUN_OBJECTS}) that {@link runDidNotHappen} reads so (`status: "dry-run"`, `sweep_plan.executed: false`,
 * `mode: "plan_only"`, `source_identity.weighted_bottleneck_status: "failed"`), what the status reader finds beside a pass
 * in a run's object (`sweep_plan.partial: true`), or a list in a run's object every entry of which says so at any depth
 * (every dimension `status: "skipped"`, every dimension's per-candidate results `blocked`).
 */
export function runDenied(root: unknown, numbers: NumberSpellings, judged: (pointer: string) => boolean, accepted: (pointer: string, value: unknown) => boolean): NoRun | undefined {
  if (!isRecord(root)) return undefined;
  const reading: Reading = { root, numbers, judged, accepted };
  const own = ownMembersDeny(root, '', reading);
  if (own !== undefined) return own;
  for (const [key, value] of Object.entries(root)) {
    const at = `/${encodePointerSegment(key)}`;
    if (judged(at)) continue;
    // Lists at the top are the status reader's (`results` all skipped fails beside the readiness already); others there
    // may be other runs (`history: [{status: "blocked"}]`), not parts of this one.
    const found = isRecord(value) && RUN_OBJECTS.has(joinedKey(key)) ? objectDenies(value, at, reading, 1, true) : undefined;
    if (found !== undefined) return found;
  }
  return undefined;
}

function ownMembersDeny(object: Record<string, unknown>, at: string, reading: Reading): NoRun | undefined {
  for (const [key, value] of Object.entries(object)) {
    const pointer = `${at}/${encodePointerSegment(key)}`;
    if (reading.judged(pointer) || reading.accepted(pointer, value)) continue;
    const says = runDidNotHappen(key, value);
    if (says !== undefined) return { pointer, says, actual: value };
  }
  return undefined;
}

/**
 * An object of the run (`whole`: one of its top's run objects) or an entry of a list of its parts that says it did not
 * happen: by its own members, by what the status reader finds beside a pass placed in it, or by a list of its own every
 * entry of which says so.
 */
function objectDenies(object: Record<string, unknown>, at: string, reading: Reading, depth: number, whole: boolean): NoRun | undefined {
  const own = ownMembersDeny(object, at, reading);
  if (own !== undefined) return own;
  const found = statusContradiction(reading.root, `${at}/${PROBE}`, true, reading.numbers, { claimsPass: true });
  // A failure beside a pass in an entry is that part's outcome (a candidate over its budget): only not having run is read
  // in an entry; in the run's own object, any denial of a pass is the run's.
  if (found !== undefined && !reading.judged(found.pointer) && (whole || found.code === 'vacuous')) return { pointer: found.pointer, says: found.message.replace(/^says true while \S+ beside it /u, ''), actual: found.actual };
  if (depth >= MAX_DEPTH) return undefined;
  for (const [key, value] of Object.entries(object)) {
    if (!Array.isArray(value)) continue;
    const inner = everyEntryDenies(value, `${at}/${encodePointerSegment(key)}`, reading, depth + 1);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** A list of parts (dimensions, per-candidate results) every entry of which is an object that says it did not happen. */
function everyEntryDenies(list: readonly unknown[], at: string, reading: Reading, depth: number): NoRun | undefined {
  if (list.length === 0 || depth > MAX_DEPTH || !list.every(isRecord) || reading.judged(at)) return undefined;
  let first: NoRun | undefined;
  for (const [i, entry] of list.entries()) {
    const found = objectDenies(entry as Record<string, unknown>, `${at}/${i}`, reading, depth + 1, false);
    if (found === undefined) return undefined;
    first ??= found;
  }
  const one = first as NoRun;
  return { pointer: at, says: `lists ${list.length} ${list.length === 1 ? 'entry' : 'entries'}, every one of which says it did not happen (${one.pointer} ${one.says})`, actual: one.actual };
}

/** What one point of a sweep shows: a measurement, only measurements left empty, or no measurement at all. */
type PointShows = 'measured' | 'empty' | 'none';

/**
 * The points a sweep lists ({@link SWEEP_POINT_LIST_NAMES}, at its top, in its plan or in a dimension), when there are
 * some and every one of them measured nothing: each metric `null`, `"NaN"`, blank or a placeholder, none a number. The
 * knob settings of a point (`value`, a knob's own name) are where it was measured, not what was.
 */
export function pointsMeasuredNothing(root: unknown, knobs: ReadonlySet<string>): { pointer: string; points: number } | undefined {
  if (!isRecord(root)) return undefined;
  const lists: { pointer: string; points: unknown[] }[] = [];
  const collect = (object: Record<string, unknown>, at: string, depth: number): void => {
    for (const [key, value] of Object.entries(object)) {
      const pointer = `${at}/${encodePointerSegment(key)}`;
      if (Array.isArray(value) && SWEEP_POINT_LIST_NAMES.has(joinedKey(key)) && value.every(isRecord)) lists.push({ pointer, points: value });
      if (depth >= 3) continue;
      if (isRecord(value) && joinedKey(key) === 'sweepplan') collect(value, pointer, depth + 1);
      if (Array.isArray(value) && joinedKey(key) === 'dimensions') value.forEach((d, i) => isRecord(d) && collect(d, `${pointer}/${i}`, depth + 1));
    }
  };
  collect(root, '', 0);
  const shown = lists.flatMap((l) => l.points.map((p) => pointShows(p as Record<string, unknown>, knobs, 0)));
  if (shown.length === 0 || shown.includes('measured') || !shown.includes('empty')) return undefined;
  return { pointer: (lists.find((l) => l.points.length > 0) as { pointer: string }).pointer, points: shown.length };
}

function pointShows(point: Record<string, unknown>, knobs: ReadonlySet<string>, depth: number): PointShows {
  let empty = false;
  for (const [key, value] of Object.entries(point)) {
    const name = joinedKey(key);
    if (SWEEP_POINT_SETTING_NAMES.has(name) || knobs.has(name)) continue;
    const shows = isRecord(value) ? (depth < 2 ? pointShows(value, knobs, depth + 1) : 'none') : valueShows(value);
    if (shows === 'measured') return 'measured';
    empty ||= shows === 'empty';
  }
  return empty ? 'empty' : 'none';
}

/** A number or a number written as text is a measurement; null, a blank, `NaN`, an infinity or a placeholder is one left empty. */
function valueShows(value: unknown): PointShows {
  if (value === null) return 'empty';
  if (typeof value === 'number') return Number.isFinite(value) ? 'measured' : 'empty';
  if (typeof value !== 'string' || value.length > 64) return 'none';
  const text = value.trim();
  if (text !== '' && Number.isFinite(Number(text))) return 'measured';
  return isBlank(value) || NOT_A_NUMBER.test(text) || placeholderReason(value) !== undefined ? 'empty' : 'none';
}
const NOT_A_NUMBER = /^[+-]?(?:nan|inf(?:inity)?|∞)$/iu;
