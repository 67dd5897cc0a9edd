/**
 * The rules of parameter_sweeps_integrity: source identity and lineage, readiness coherence, selected defaults, the sweep plan, and defaults being swept.
 */
import { posix } from 'node:path';
import { caselessNameReadings, compareRfc3339, type DatedMoment, type MomentInSpelling, runMoments, runMomentSpans, currentRunId, describeType, getAtPointer, isArtifactError, jsonSafe, parsePointer, parseRfc3339, plural, showValue, statusContradiction, tieToRun, type NumberSpellings } from '../../src/sdk/index.js';
import type { ParameterSweepsIntegrityOptions } from './index.js';
import { DocChecks, GENERATED_AT, pointerOf, READINESS_STATUSES, type Segment, valueAt } from './document.js';
import { pointsMeasuredNothing, runDenied } from './run-happened.js';

interface Identity {
  runId?: string;
  correlationId?: string;
  /** The sweeps' own generated_at, when it is a valid timestamp. */
  generatedAt?: { text: string; ms: number };
}

export function checkIdentity(sweeps: DocChecks): Identity {
  const runId = sweeps.text('identity', ['run_id'], true);
  const correlationId = sweeps.text('identity', ['correlation_id'], true);
  if (runId !== undefined && correlationId !== undefined) sweeps.pass('identity', ['correlation_id'], `= ${showValue(correlationId)} (run_id ${showValue(runId)})`);
  const stamp = valueAt(sweeps.doc.value, GENERATED_AT);
  const parsed = stamp !== undefined ? parseRfc3339(stamp) : undefined;
  const generatedAt = parsed?.ok === true ? { text: stamp as string, ms: parsed.value.getTime() } : undefined;
  return { ...(runId !== undefined ? { runId } : {}), ...(correlationId !== undefined ? { correlationId } : {}), ...(generatedAt !== undefined ? { generatedAt } : {}) };
}

/**
 * The sweeps and their source agree with each other whatever run they come from: with `current_run_env`, the report's
 * correlation_id must contain the id of the run being judged (the source's equals it, see source_lineage).
 */
export function checkCurrentRun(sweeps: DocChecks, envName: string, identity: Identity): void {
  const id = 'current_run';
  const current = currentRunId(sweeps.ctx.env, envName);
  if ('why' in current) {
    sweeps.fail(id, 'lineage', ['correlation_id'], `cannot be tied to the run being judged: ${envName} ${current.why}`, {
      expected: `${envName} holding the id of the current CI run`,
      actual: current.actual,
      fix: `export ${envName} with the run's id in the step that runs gate-engine, or remove current_run_env`,
    });
    return;
  }
  if (identity.correlationId === undefined) return; // already an identity finding
  const why = tieToRun(current.id, identity.correlationId, identity.runId);
  if (why !== undefined) {
    sweeps.fail(id, 'lineage', ['correlation_id'], `= ${showValue(identity.correlationId)} is not of the current run ${showValue(current.id)} (${envName}): it ${why}`, {
      expected: `a correlation_id containing "${current.id}"`,
      actual: identity.correlationId,
      fix: 'regenerate the sweeps and their phase-1 source in this run; a report restored from an earlier run proves nothing about this one',
    });
    return;
  }
  sweeps.pass(id, ['correlation_id'], `= ${showValue(identity.correlationId)} contains the current run ${showValue(current.id)} (${envName})`);
}

export async function checkSource(sweeps: DocChecks, options: ParameterSweepsIntegrityOptions, identity: Identity): Promise<DocChecks | undefined> {
  const id = 'source_identity';
  const base = ['source_identity'];
  if (sweeps.typed(id, base, 'object') === undefined) return undefined;
  const name = sweeps.text(id, [...base, 'source_artifact']);
  if (name !== undefined && name !== options.source_artifact) {
    sweeps.fail(id, 'source_mismatch', [...base, 'source_artifact'], `mismatch: expected ${showValue(options.source_artifact)}, found ${showValue(name)}`, {
      expected: options.source_artifact,
      actual: name,
      fix: `regenerate the sweeps from ${options.source_artifact}, or set the gate's source_artifact option if the source was renamed on purpose`,
    });
  }
  const written = sweeps.text(id, [...base, 'source_artifact_path']);
  if (written === undefined) return undefined;
  // Producers on Windows write backslashes; the reference normalised them too.
  const path = written.replace(/\\/g, '/');
  const file = `${options.source_artifact}.json`;
  if (posix.basename(path) !== file) {
    sweeps.fail(id, 'source_mismatch', [...base, 'source_artifact_path'], `must reference ${file} (as its file name), found ${showValue(written)}`, {
      expected: `a path ending in /${file}`,
      actual: written,
      fix: `regenerate the sweeps from ${file}; a path that merely contains that name is another file`,
    });
    return undefined;
  }
  if (sweeps.clean(id)) sweeps.pass(id, [...base, 'source_artifact_path'], `= ${showValue(written)}`);
  return checkSourceLineage(sweeps, options, path, identity);
}

/**
 * The phase-1 source the sweeps name: it must exist, carry its schema, be as fresh as the sweeps
 * (same max_age) and come from the same run — same run_id, same correlation_id — and it cannot be
 * dated after the sweeps that were derived from it.
 */
async function checkSourceLineage(sweeps: DocChecks, options: ParameterSweepsIntegrityOptions, path: string, identity: Identity): Promise<DocChecks | undefined> {
  const id = 'source_lineage';
  const at = ['source_identity', 'source_artifact_path'];
  let source: DocChecks;
  try {
    source = new DocChecks(sweeps.ctx, await sweeps.ctx.read.document(path, { format: 'json', schemaId: options.source_schema, maxAge: options.max_age.trim() }), options.source_artifact);
  } catch (e) {
    if (!isArtifactError(e)) throw e;
    // Anchored where the sweeps name the source; the reader's message says what is wrong with the file.
    const { expected, actual, fix } = e.detail;
    sweeps.fail(id, e.code, at, `: ${e.message}`, { ...(expected !== undefined ? { expected } : {}), ...(actual !== undefined ? { actual } : {}), ...(fix !== undefined ? { fix } : {}) });
    return undefined;
  }
  const sameRun = (field: 'run_id' | 'correlation_id', ours: string | undefined) => {
    const theirs = source.text(id, [field], true);
    if (theirs === undefined || ours === undefined) return;
    if (theirs === ours) {
      source.pass(id, [field], `= ${showValue(theirs)}, the same as ${sweeps.field([field])}`);
      return;
    }
    source.fail(id, 'lineage', [field], `= ${showValue(theirs)} differs from ${sweeps.field([field])} = ${showValue(ours)} (${sweeps.doc.path})`, {
      expected: ours,
      actual: theirs,
      fix: `the sweeps were derived from another run's ${options.source_artifact}; regenerate both from one run`,
    });
  };
  sameRun('run_id', identity.runId);
  sameRun('correlation_id', identity.correlationId);
  const stamp = valueAt(source.doc.value, GENERATED_AT);
  const parsed = stamp !== undefined ? parseRfc3339(stamp) : undefined;
  if (parsed?.ok === true && identity.generatedAt !== undefined) {
    // To every digit written: a source stamped 100 ns after the sweeps is after them, though a Date reads both alike.
    if ((compareRfc3339(stamp, identity.generatedAt.text) ?? 0) > 0) {
      source.fail(id, 'source_newer', ['generated_at'], `= ${showValue(stamp)} is after ${sweeps.field(['generated_at'])} = ${showValue(identity.generatedAt.text)}: the sweeps cannot be derived from a matrix produced after them`, {
        expected: `at or before ${identity.generatedAt.text}`,
        actual: stamp as string,
        fix: `regenerate the sweeps from the current ${options.source_artifact}, in one run, after it`,
      });
    } else if (!sourceRanAfterSweeps(sweeps, source, options)) {
      source.pass(id, ['generated_at'], `= ${showValue(stamp)}, not after ${sweeps.field(['generated_at'])}`);
    }
  }
  return source;
}

/**
 * A source is dated after the sweeps by any moment of its run it records, not only its `generated_at`: a matrix that says
 * it `finished_at` after the sweeps were written (or a sweeps report that says its own run ended before the matrix was
 * generated) was re-stamped into order, and the sweeps cannot have been derived from it. Both are read to every digit.
 */
function sourceRanAfterSweeps(sweeps: DocChecks, source: DocChecks, options: ParameterSweepsIntegrityOptions): boolean {
  const latest = latestMoment(runMoments(source.doc.value));
  const earliestEnd = earliestMoment(runMoments(sweeps.doc.value, 'ends'));
  const after =
    latest !== undefined && earliestEnd !== undefined && (compareRfc3339(latest.value, earliestEnd.value) ?? 0) > 0
      ? { at: latest, end: earliestEnd }
      : certainlyAfter(runMomentSpans(source.doc.value), runMomentSpans(sweeps.doc.value, 'ends'));
  if (after === undefined) return false;
  const [sourceAt, sweepsEnd] = [String(after.at.value), String(after.end.value)];
  source.fail('source_lineage', 'source_newer', parsePointer(after.at.pointer), `= ${showValue(after.at.value)} is after ${sweeps.field(parsePointer(after.end.pointer))} = ${showValue(after.end.value)}: the sweeps cannot be derived from a matrix whose run was still under way after them, whatever its generated_at says`, {
    expected: `at or before ${sweepsEnd}`,
    actual: sourceAt,
    fix: `regenerate the sweeps from the current ${options.source_artifact}, in one run, after it; re-stamping a date does not reorder the runs`,
  });
  return true;
}

/**
 * A moment of the source that is after an end of the sweeps however either is read, in the spellings RFC 3339 is not
 * (`"finished_at": 1773055000`, `"2026-03-09 11:05:00"`): a moment without its zone is only after when every reading is.
 */
function certainlyAfter(source: readonly MomentInSpelling[], ends: readonly MomentInSpelling[]): { at: MomentInSpelling; end: MomentInSpelling } | undefined {
  for (const at of source) {
    const end = ends.find((e) => at.span.earliest > e.span.latest);
    if (end !== undefined) return { at, end };
  }
  return undefined;
}

function latestMoment(moments: readonly DatedMoment[]): DatedMoment | undefined {
  return moments.reduce<DatedMoment | undefined>((best, m) => (best === undefined || (compareRfc3339(m.value, best.value) ?? 0) > 0 ? m : best), undefined);
}

function earliestMoment(moments: readonly DatedMoment[]): DatedMoment | undefined {
  return moments.reduce<DatedMoment | undefined>((best, m) => (best === undefined || (compareRfc3339(m.value, best.value) ?? 0) < 0 ? m : best), undefined);
}

/**
 * The sweeps cannot be readier than their source: readiness.ready_for_phase5 must equal what the
 * phase-1 matrix itself says at every `source_readiness` pointer it carries (at least one).
 */
export function checkSourceReadiness(sweeps: DocChecks, source: DocChecks, options: ParameterSweepsIntegrityOptions): void {
  const id = 'source_readiness';
  const flag = valueAt(sweeps.doc.value, '/readiness/ready_for_phase5');
  const present = options.source_readiness.filter((pointer) => getAtPointer(source.doc.value, pointer).found);
  if (present.length === 0) {
    const first = options.source_readiness[0] as string;
    source.fail(id, 'missing_field', parsePointer(first), `is absent (and so are ${options.source_readiness.slice(1).join(', ') || 'the other readiness pointers'}): the source does not say whether the next phase may start`, {
      expected: 'a boolean',
      actual: 'absent',
      fix: `have the phase-1 producer write its readiness at ${first}, or set the gate's source_readiness option to where it writes it`,
    });
    return;
  }
  const values: boolean[] = [];
  for (const pointer of present) {
    const value = valueAt(source.doc.value, pointer);
    if (typeof value !== 'boolean') {
      source.fail(id, 'wrong_type', parsePointer(pointer), `must be a boolean, found ${describeType(value)}`, { expected: 'a boolean', actual: jsonSafe(value), fix: 'have the phase-1 producer write its readiness as true or false' });
      continue;
    }
    values.push(value);
  }
  if (values.length !== present.length) return;
  if (restatesReadiness(source, present, values[0] as boolean)) return;
  if (new Set(values).size > 1) {
    source.fail(id, 'source_readiness_mismatch', parsePointer(present[1] as string), `contradicts ${present[0]} in the same source: it says both ready and not ready`, { expected: values[0], actual: values[1], fix: 'fix the phase-1 producer so it states one readiness' });
    return;
  }
  if (values[0] === true && deniesReadiness(source, present[0] as string)) return;
  if (typeof flag !== 'boolean') return; // already a readiness finding
  // The sweeps' own readiness.status and blocking_reasons are the readiness check's to judge (readiness_incoherent).
  if (restatesReadiness(sweeps, ['/readiness/ready_for_phase5'], flag, ['/readiness/status', '/readiness/blocking_reasons'])) return;
  if (flag && deniesReadiness(sweeps, '/readiness/ready_for_phase5', ['/readiness/status'])) return;
  const theirs = values[0] as boolean;
  if (flag !== theirs) {
    sweeps.fail(id, 'source_readiness_mismatch', ['readiness', 'ready_for_phase5'], `= ${flag} but the phase-1 source ${source.doc.path} says ${present[0]} = ${theirs}: the sweeps cannot be ${flag ? 'readier' : 'less ready'} than the matrix they were derived from`, {
      expected: theirs,
      actual: flag,
      fix: `regenerate the sweeps from the current ${options.source_artifact}; readiness is decided by the phase-1 matrix, not edited in the sweeps`,
    });
    return;
  }
  sweeps.pass(id, ['readiness', 'ready_for_phase5'], `= ${flag}, the same as ${source.doc.path} ${present.join(', ')}`);
}

/** Deepest level a readiness restated elsewhere in a document is looked for (a top-level flag, a summary, a contract). */
const RESTATED_DEPTH = 4;

/**
 * A document (the source or the sweeps) that states its readiness again elsewhere with the other value: a top-level
 * `ready_for_phase5: false` beside `consumption_contract.ready_for_phase5: true`, a `summary.artifact_ready_for_phase5`
 * saying not ready (red team zd). Which one the producer meant is unknown; the gate reads the one it is pointed at
 * only when no other place in the document says otherwise. Names are read as a reader takes them (case, look-alikes,
 * invisible characters: `Ready_For_Phase5`, `ready_for_phаse5`), and a readiness is read in words and numbers as in
 * booleans (`"no"`, `"false"`, `0`; red team zh). At the document's top and in its summary, readiness objects and
 * contract, a plain `ready`/`is_ready` flag restates it too, and beside a readiness of true a status or state that says
 * blocked or not ready (`status: "blocked"`, `readiness: "not ready"`) or a list of blocking reasons denies it.
 * `skip`: places another check judges (the sweeps' own readiness.status and blocking_reasons).
 */
function restatesReadiness(doc: DocChecks, read: readonly string[], value: boolean, skip: readonly string[] = []): boolean {
  const names = new Set(read.flatMap((pointer) => caselessNameReadings(parsePointer(pointer).at(-1) ?? '')));
  const holders = new Set(['', ...read.map((pointer) => pointer.slice(0, pointer.lastIndexOf('/'))), ...READINESS_HOLDERS]);
  const found = restatedAt(doc.doc.value, [], { names, holders, read: new Set([...read, ...skip]), value });
  if (found === undefined) return false;
  const how = found.how === 'flag' ? `says ${showValue(found.said)}` : found.how === 'status' ? `says ${showValue(found.said)} (not ready)` : `lists ${plural((found.said as unknown[]).length, 'blocking reason')}`;
  doc.fail('source_readiness', 'source_readiness_mismatch', found.at, `${how} while ${read[0]} in the same document says ${value}: it states its readiness twice, each way`, {
    expected: value,
    actual: jsonSafe(found.said),
    fix: 'fix the producer so it states one readiness, in one place',
  });
  return true;
}

/** Objects whose members speak for the whole document's readiness (beside its top level and the object read). */
const READINESS_HOLDERS = ['/summary', '/readiness', '/consumption_contract', '/result', '/results', '/verdict', '/outcome'];
/** Flags that say ready or not whatever phase they name, read where the document speaks for itself. */
const PLAIN_READY_NAMES: ReadonlySet<string> = new Set(['ready', 'is_ready', 'isready', 'ready_for_next_phase']);
/** Names of a status or state the readiness could be stated in. */
const READINESS_STATUS_NAMES: ReadonlySet<string> = new Set(['status', 'state', 'readiness', 'readiness_status', 'readiness_state', 'phase5_status']);
/** Statuses that say not ready; `fail` and its kin are the outcome checks' ({@link deniesReadiness}). */
const NOT_READY_WORDS: ReadonlySet<string> = new Set(['blocked', 'blocking', 'not ready', 'not_ready', 'not-ready', 'notready', 'unready', 'not_ready_for_phase5', 'on hold', 'on_hold', 'held']);
/** Names of a list of what blocks the readiness. */
const BLOCKER_NAMES: ReadonlySet<string> = new Set(['blocking_reasons', 'blockers', 'blocking_issues', 'blocked_by', 'blockingreasons']);
/** Readiness written as a word or a number (`"no"`, `"yes"`, `0`, `1`, `"false"`). */
const SAYS_READY: ReadonlySet<string> = new Set(['true', 'yes', 'y', '1', 'ready', 'on']);
const SAYS_NOT_READY: ReadonlySet<string> = new Set(['false', 'no', 'n', '0', 'not ready', 'not_ready', 'notready', 'off', 'blocked']);

function readinessSaid(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 0 || value === 1) return value === 1;
  if (typeof value !== 'string' || value.length > 24) return undefined;
  const readings = caselessNameReadings(value.trim());
  if (readings.some((r) => SAYS_NOT_READY.has(r))) return false;
  if (readings.some((r) => SAYS_READY.has(r))) return true;
  return undefined;
}

interface Restated {
  at: Segment[];
  said: unknown;
  how: 'flag' | 'status' | 'blockers';
}

function restatedAt(node: unknown, at: Segment[], want: { names: ReadonlySet<string>; holders: ReadonlySet<string>; read: ReadonlySet<string>; value: boolean }): Restated | undefined {
  if (at.length >= RESTATED_DEPTH || node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
  const speaksForDocument = want.holders.has(pointerOf(at));
  for (const [key, inner] of Object.entries(node)) {
    const here = [...at, key];
    if (want.read.has(pointerOf(here))) continue;
    const readings = caselessNameReadings(key);
    const said = readinessSaid(inner);
    if (said !== undefined && said !== want.value && readings.some((n) => want.names.has(n) || (speaksForDocument && PLAIN_READY_NAMES.has(n)))) return { at: here, said: inner, how: 'flag' };
    if (speaksForDocument && want.value && readings.some((n) => READINESS_STATUS_NAMES.has(n)) && typeof inner === 'string' && caselessNameReadings(inner.trim()).some((r) => NOT_READY_WORDS.has(r))) return { at: here, said: inner, how: 'status' };
    if (speaksForDocument && want.value && Array.isArray(inner) && inner.length > 0 && readings.some((n) => BLOCKER_NAMES.has(n))) return { at: here, said: inner, how: 'blockers' };
    const deeper = restatedAt(inner, here, want);
    if (deeper !== undefined) return deeper;
  }
  return undefined;
}

/**
 * A document (the source or the sweeps) that says the next phase may start while it says its run failed, did not finish
 * or is blocked (red team wd): `status: "fail"`, `failed: 3` or `partial: true` at its top, or blocking reasons beside
 * its readiness. Its readiness is read as a claim that the run passed, weighed as a status saying pass is, beside the
 * readiness and at the document's top.
 */
function deniesReadiness(source: DocChecks, readiness: string, judgedElsewhere: readonly string[] = []): boolean {
  const numbers = { inexact: source.doc.inexactNumbers, nonInteger: source.doc.nonIntegerNumbers };
  for (const pointer of new Set([readiness, '/ready_for_phase5'])) {
    const found = statusContradiction(source.doc.value, pointer, true, numbers, { claimsPass: true });
    // The sweeps' own blocking reasons and readiness.status are the readiness check's to judge (readiness_incoherent, invalid_value).
    if (found === undefined || /\/blocking_reasons$/u.test(found.pointer) || judgedElsewhere.includes(found.pointer)) continue;
    source.fail('source_readiness', 'source_readiness_mismatch', parsePointer(found.pointer), `contradicts ${readiness} = true in the same document: it ${found.message.replace(/^says true while \S+ beside it /u, '')}`, {
      expected: 'a matrix whose own outcome agrees with its readiness',
      actual: jsonSafe(found.actual),
      fix: 'fix the phase-1 matrix (or its producer) so it says ready only when its run passed and finished',
    });
    return true;
  }
  if (runNeverHappened(source, readiness, numbers)) return true;
  const contract = readiness.slice(0, readiness.lastIndexOf('/'));
  // The sweeps' own blocking reasons are judged by the readiness check (readiness_incoherent).
  for (const name of contract === '/readiness' ? [] : ['blocking_reasons', 'blockers']) {
    const reasons = getAtPointer(source.doc.value, `${contract}/${name}`);
    if (!reasons.found || !Array.isArray(reasons.value) || reasons.value.length === 0) continue;
    source.fail('source_readiness', 'source_readiness_mismatch', parsePointer(`${contract}/${name}`), `lists ${plural(reasons.value.length, 'blocking reason')} beside ${readiness} = true in the same document: it says both ready and blocked`, {
      expected: [],
      actual: jsonSafe(reasons.value),
      fix: 'fix the phase-1 producer so it states one readiness',
    });
    return true;
  }
  return false;
}

/**
 * A document saying ready beside a status anywhere in its run that says the run, or every part of it, did not happen
 * (red team rh, session 46): `status: "dry-run"`, `"TBD"` or `"stale"`, `sweep_plan.executed: false`, `sweep_plan.status:
 * "blocked"`, `mode: "plan_only"`, every dimension `skipped`, every per-candidate result `blocked`, an input whose
 * `weighted_bottleneck_status` failed ({@link runDenied}). The sweeps' own readiness is the readiness check's to judge;
 * the weighted-bottleneck status may say `computed` or `missing`, as the reference's release-evidence test allows.
 */
function runNeverHappened(doc: DocChecks, readiness: string, numbers: NumberSpellings): boolean {
  const judged = (pointer: string): boolean => pointer === readiness || (readiness.startsWith('/readiness/') && (pointer === '/readiness' || pointer.startsWith('/readiness/')));
  const found = runDenied(doc.doc.value, numbers, judged, weightedInputAccepted);
  if (found === undefined) return false;
  doc.fail('source_readiness', 'source_readiness_mismatch', parsePointer(found.pointer), `${found.says}, beside ${readiness} = true in the same document: it says ready while it says its run did not happen`, {
    expected: 'a run that happened, whose every status agrees with its readiness',
    actual: jsonSafe(found.actual),
    fix: 'run the sweep (or the phase-1 matrix) to its end and regenerate; a report may say ready only over a run that ran',
  });
  return true;
}
const WEIGHTED_STATUS = '/source_identity/weighted_bottleneck_status';
const WEIGHTED_STATUSES_ALLOWED: ReadonlySet<string> = new Set(['computed', 'missing']);
const weightedInputAccepted = (pointer: string, value: unknown): boolean => pointer === WEIGHTED_STATUS && typeof value === 'string' && caselessNameReadings(value.trim()).some((r) => WEIGHTED_STATUSES_ALLOWED.has(r));

/**
 * A ready sweep whose listed points every one measured nothing (red team rh, session 46): each metric `null`, `"NaN"`,
 * blank or a placeholder. Its defaults were chosen over no measurement, the vacuous sweep `sweep_plan` names.
 */
export function checkPointsMeasured(sweeps: DocChecks, knobs: readonly string[]): void {
  if (valueAt(sweeps.doc.value, '/readiness/ready_for_phase5') !== true) return;
  const names = new Set(knobs.flatMap(knobReadings).map((k) => k.replace(/[\s_\-.]+/gu, '')));
  const found = pointsMeasuredNothing(sweeps.doc.value, names);
  if (found === undefined) return;
  sweeps.fail('measured_points', 'vacuous', parsePointer(found.pointer), `: every one of its ${plural(found.points, 'point')} measured nothing (each metric null, NaN, blank or a placeholder); the selected defaults were chosen over no measurement, yet the report says ready`, {
    expected: 'points with measured values',
    actual: jsonSafe(valueAt(sweeps.doc.value, found.pointer)),
    fix: 'run the sweep and record what each point measured; a report whose every point is empty measured nothing',
  });
}

interface Readiness {
  status: 'ready' | 'blocked';
  reasons: string[];
}

export function checkReadiness(sweeps: DocChecks): Readiness | undefined {
  const id = 'readiness';
  const base = ['readiness'];
  if (sweeps.typed(id, base, 'object') === undefined) return undefined;
  const status = sweeps.typed<string>(id, [...base, 'status'], 'string');
  const known = status !== undefined && READINESS_STATUSES.includes(status);
  if (status !== undefined && !known) {
    sweeps.fail(id, 'invalid_value', [...base, 'status'], `must be ready|blocked, found ${showValue(status)}`, { expected: READINESS_STATUSES, actual: status, fix: 'have the producer write readiness.status as "ready" or "blocked"' });
  }
  const flag = sweeps.typed<boolean>(id, [...base, 'ready_for_phase5'], 'boolean');
  const list = sweeps.typed<unknown[]>(id, [...base, 'blocking_reasons'], 'array');
  const reasons = list?.map((_, i) => sweeps.text(id, [...base, 'blocking_reasons', i], true));
  if (!known) return undefined;
  const ready = status === 'ready';
  if (flag !== undefined && flag !== ready) {
    sweeps.fail(id, 'readiness_incoherent', [...base, 'ready_for_phase5'], `must be ${ready} when status=${status}, found ${flag}`, { expected: ready, actual: flag, fix: 'the producer contradicts itself; fix it so status and ready_for_phase5 agree' });
  }
  if (list !== undefined && ready !== (list.length === 0)) {
    sweeps.fail(id, 'readiness_incoherent', [...base, 'blocking_reasons'], ready ? `must be empty when status=ready, found ${list.length}` : 'must be non-empty when status=blocked', {
      expected: ready ? [] : 'at least one reason',
      actual: jsonSafe(list),
      fix: ready ? 'a ready report cannot list blocking reasons; fix the producer' : 'a blocked report must say what blocks it; fix the producer',
    });
  }
  if (!sweeps.clean(id) || reasons === undefined) return undefined;
  sweeps.pass(id, [...base, 'status'], `= ${showValue(status)}, consistent with ready_for_phase5 and blocking_reasons`);
  return { status: ready ? 'ready' : 'blocked', reasons: reasons as string[] };
}

/**
 * The readings under which two knob names are one knob: as `caselessNameReadings` reads names (case, invisible
 * characters, markup, look-alike letters), and with their word separators dropped, so `flush-cadence-ms`,
 * `flushCadenceMs` and `flush.cadence.ms` are `flush_cadence_ms` spelt otherwise (red team ze): a sweep of the decoy
 * spelling beside a pinned real knob compared nothing the report decided.
 */
function knobReadings(name: string): string[] {
  const readings = caselessNameReadings(name);
  return [...new Set([...readings, ...readings.map((r) => r.replace(KNOB_SEPARATORS, ''))])];
}
const KNOB_SEPARATORS = /[\s_\-.:/]+/gu;

export function checkDefaults(sweeps: DocChecks, knobs: readonly string[]): Map<string, number> | undefined {
  const id = 'selected_defaults';
  const defaults = sweeps.typed<Record<string, unknown>>(id, ['selected_defaults'], 'object');
  if (defaults === undefined) return undefined;
  const values = new Map<string, number>();
  const seen = new Map<string, string>();
  for (const key of Object.keys(defaults)) {
    const readings = knobReadings(key);
    const first = readings.map((r) => seen.get(r)).find((k) => k !== undefined);
    if (first === undefined) {
      for (const r of readings) seen.set(r, key);
      continue;
    }
    sweeps.fail(id, 'duplicate_dimension', ['selected_defaults', key], `names the same knob as ${sweeps.field(['selected_defaults', first])}: names differing only by case, word separators, invisible characters, markup or look-alike letters are one knob`, {
      expected: 'each knob once',
      actual: key,
      fix: 'write each knob once, spelt exactly as in sweep_plan; which of two spellings counts is ambiguous',
    });
  }
  for (const knob of [...knobs, ...Object.keys(defaults).filter((k) => !knobs.includes(k))]) {
    const value = sweeps.positiveInteger(id, ['selected_defaults', knob]);
    if (value !== undefined) values.set(knob, value);
  }
  if (sweeps.clean(id)) sweeps.pass(id, ['selected_defaults'], `: ${[...values].map(([k, v]) => `${k}=${v}`).join(', ')}`);
  return values;
}

interface Dimension {
  index: number;
  /** Undefined when a candidate failed its own check. */
  candidates?: number[];
}

interface SweepPlan {
  byName: Map<string, Dimension[]>;
  /** False when some dimension's name could not be read: it might be any knob. */
  allNamed: boolean;
}

function checkCandidates(sweeps: DocChecks, id: string, segments: readonly Segment[]): number[] | undefined {
  const list = sweeps.typed<unknown[]>(id, segments, 'array');
  if (list === undefined) return undefined;
  if (list.length === 0) {
    sweeps.fail(id, 'invalid_value', segments, 'must be non-empty', { expected: 'a non-empty array of positive integers', actual: [], fix: 'a dimension with no candidates swept nothing; fix the producer' });
    return undefined;
  }
  const values = list.map((_, k) => sweeps.positiveInteger(id, [...segments, k]));
  values.forEach((v, k) => {
    if (v !== undefined && values.indexOf(v) < k) {
      sweeps.fail(id, 'invalid_value', [...segments, k], `repeats the candidate ${v}`, { expected: 'distinct candidate values', actual: v, fix: 'list each candidate once; a repeated value inflates the sweep' });
    }
  });
  return values.every((v) => v !== undefined) ? (values as number[]) : undefined;
}

export function checkSweepPlan(sweeps: DocChecks, knobs: readonly string[]): SweepPlan | undefined {
  const id = 'sweep_plan';
  if (sweeps.typed(id, ['sweep_plan'], 'object') === undefined) return undefined;
  const base = ['sweep_plan', 'dimensions'];
  const dimensions = sweeps.typed<unknown[]>(id, base, 'array');
  if (dimensions === undefined) return undefined;
  const plan: SweepPlan = { byName: new Map(), allNamed: true };
  // Each reading of a knob's name to the order of the first knob read so: a knob's readings are computed once, not
  // again for every dimension after it.
  const firstByReading = new Map<string, number>();
  const keys: string[] = [];
  dimensions.forEach((_, index) => {
    const at = [...base, index];
    if (sweeps.typed(id, at, 'object') === undefined) {
      plan.allNamed = false;
      return;
    }
    let name = sweeps.text(id, [...at, 'name']);
    if (name !== undefined && name !== name.trim()) {
      sweeps.fail(id, 'invalid_value', [...at, 'name'], `must not have surrounding whitespace, found ${showValue(name)}`, { expected: name.trim(), actual: name, fix: 'write the knob name exactly as in selected_defaults' });
      name = undefined;
    }
    const candidates = checkCandidates(sweeps, id, [...at, 'candidate_values']);
    if (name === undefined) {
      plan.allNamed = false;
      return;
    }
    // Knob names that differ only by case (or invisible characters, or letters of other scripts drawn alike) name one knob: `Queue_Max_Items` repeats `queue_max_items`.
    // Through markup and escapes too: `` `queue_max_items` `` and `queue&#95;max_items` show one knob.
    const readings = knobReadings(name);
    const order = Math.min(...readings.map((r) => firstByReading.get(r) ?? Number.POSITIVE_INFINITY));
    const sameKey = Number.isFinite(order) ? keys[order] : undefined;
    if (sameKey === undefined) {
      for (const r of readings) if (!firstByReading.has(r)) firstByReading.set(r, keys.length);
      keys.push(name);
    }
    const same = sameKey === undefined ? undefined : plan.byName.get(sameKey);
    if (same !== undefined) {
      const how = sameKey === name ? '' : ` (${showValue(sameKey)}: names differing only by case, word separators, invisible characters, markup or look-alike letters are one knob)`;
      sweeps.fail(id, 'duplicate_dimension', [...at, 'name'], `repeats the dimension ${showValue(name)} of ${sweeps.field([...base, (same[0] as Dimension).index])}${how}`, { expected: 'each dimension once', actual: name, fix: 'sweep each knob in one dimension; two candidate lists for one knob are ambiguous' });
    }
    const key = sameKey ?? name;
    plan.byName.set(key, [...(same ?? []), { index, ...(candidates !== undefined ? { candidates } : {}) }]);
  });
  if (plan.allNamed) {
    for (const knob of knobs.filter((k) => !plan.byName.has(k))) {
      sweeps.fail(id, 'missing_knob', base, `missing required knob ${knob}`, { expected: knobs, actual: [...plan.byName.keys()], fix: `sweep ${knob} (or remove it from the gate's required_knobs option if it is no longer tuned)` });
    }
  }
  // One knob pinned to one value may be deliberate; a plan in which every knob has one candidate compared nothing.
  const swept = [...plan.byName.values()].flat();
  if (plan.allNamed && swept.length > 0 && swept.every((d) => d.candidates?.length === 1)) {
    sweeps.fail(id, 'vacuous', base, `: every one of its ${plural(swept.length, 'dimension')} has a single candidate value; the sweep compared no alternatives, so no selected default was chosen over anything`, {
      expected: 'at least one dimension with two or more candidate_values',
      actual: Object.fromEntries(swept.map((d) => [sweeps.field([...base, d.index]), d.candidates])),
      fix: 'run the sweep over the candidate values of its plan; a report whose every knob has a single candidate is a restatement of the defaults, not a sweep',
    });
  }
  if (sweeps.clean(id)) sweeps.pass(id, base, `: ${[...plan.byName.keys()].join(', ')}, each with valid candidates`);
  return plan;
}

export function checkDefaultsSwept(sweeps: DocChecks, defaults: Map<string, number>, plan: SweepPlan, knobs: readonly string[]): void {
  const id = 'defaults_swept';
  const compared: string[] = [];
  for (const [knob, value] of defaults) {
    const dimensions = plan.byName.get(knob);
    if (dimensions === undefined) {
      // A required knob without a dimension is already missing_knob; an unnamed dimension might be this one.
      if (!knobs.includes(knob) && plan.allNamed) {
        sweeps.fail(id, 'default_not_candidate', ['selected_defaults', knob], 'has no sweep_plan dimension, so it was never swept', { expected: 'a dimension named ' + knob, actual: 'absent', fix: `sweep ${knob} too, or drop it from selected_defaults` });
      }
      continue;
    }
    const [only] = dimensions;
    if (dimensions.length !== 1 || only?.candidates === undefined) continue;
    compared.push(`${knob}=${value}`);
    if (!only.candidates.includes(value)) {
      sweeps.fail(id, 'default_not_candidate', ['selected_defaults', knob], `= ${value} is not one of ${sweeps.field(['sweep_plan', 'dimensions', only.index, 'candidate_values'])} (${only.candidates.join(', ')})`, {
        expected: only.candidates,
        actual: value,
        fix: 'the selected default must be a value the sweep measured; fix the producer or re-run the sweep with it',
      });
    }
  }
  decidedNothing(sweeps, defaults, plan);
  if (compared.length > 0 && sweeps.clean(id)) sweeps.pass(id, ['selected_defaults'], `: ${compared.join(', ')}, each one of its dimension's candidate_values`);
}

/**
 * A sweep whose alternatives were all in dimensions it selected no default for decided nothing (red team ze): every
 * selected default was its dimension's only candidate, and the one knob with candidates to compare (`warmup_iterations`
 * beside three pinned knobs) has no default. `sweep_plan`'s own `vacuous` already covers a plan with no alternatives.
 */
function decidedNothing(sweeps: DocChecks, defaults: Map<string, number>, plan: SweepPlan): void {
  const decided = [...defaults.keys()].map((knob) => plan.byName.get(knob));
  if (decided.length === 0 || !decided.every((d) => d?.length === 1 && d[0]?.candidates?.length === 1)) return;
  const undecided = [...plan.byName].filter(([knob, ds]) => !defaults.has(knob) && ds.some((d) => (d.candidates?.length ?? 0) > 1)).map(([knob]) => knob);
  if (undecided.length === 0) return;
  sweeps.fail('defaults_swept', 'vacuous', ['selected_defaults'], `: every selected default is the single candidate of its dimension; the sweep compared alternatives only for ${undecided.join(', ')}, for which it selected no default, so it chose no default over anything`, {
    expected: 'at least one selected default chosen from two or more candidate_values',
    actual: Object.fromEntries(defaults),
    fix: 'sweep the knobs the report selects defaults for, or select the default the sweep of ' + undecided.join(', ') + ' chose',
  });
}

export function reportReady(sweeps: DocChecks, readiness: Readiness, requireReady: boolean): void {
  const at = ['readiness', 'status'];
  if (readiness.status === 'ready') {
    sweeps.pass('ready', at, '= "ready", nothing blocks the next phase', { expected: 'ready', actual: 'ready' });
    return;
  }
  const detail = {
    expected: 'ready',
    actual: 'blocked',
    fix: `resolve the blocking reasons (${readiness.reasons.join(', ')}), then regenerate the sweeps${requireReady ? '' : '; set require_ready: true to make a blocked report fail'}`,
    // What blocks the next phase, each by its own name: a waiver granted for one blocker covers no blocker added beside it.
    ...(readiness.reasons.length > 0 ? { failing: [...new Set(readiness.reasons)] } : {}),
  };
  sweeps.report(requireReady ? 'fail' : 'warn', 'ready', 'not_ready', at, `= "blocked": the next phase is blocked by ${readiness.reasons.join(', ')}`, detail);
}
