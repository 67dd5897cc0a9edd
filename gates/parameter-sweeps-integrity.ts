/**
 * parameter_sweeps_integrity — the perf parameter-sweeps report (`pi.perf.parameter_sweeps.v1`) is
 * whole and consistent, comes from the phase-1 matrix of the same run, and says whether phase 5 may
 * start.
 *
 * The reference project's check found the report by newest mtime among several folders (absent: a
 * skip), stopped at the first problem, accepted any source path that merely *contained*
 * "phase1_matrix_validation.json", never opened that source, never checked that the report belongs
 * to the same run or is recent, let `blocking_reasons` hold anything, never looked inside
 * `candidate_values`, never noticed a dimension swept twice or a default that was not one of its
 * candidates, and passed a `blocked` report as silently as a `ready` one. Here the path is explicit,
 * every independent finding is reported (checks that depend on a broken structure are skipped, not
 * guessed), and `blocked` is a warning — or a failure with `require_ready`.
 */
import { posix } from 'node:path';
import {
  type ArtifactError,
  type CheckDetail,
  defineGate,
  describeType,
  type DocumentArtifact,
  DURATION_PATTERN,
  encodePointerSegment,
  foldForComparison,
  type GateContext,
  getAtPointer,
  isArtifactError,
  isBlank,
  jsonSafe,
  locateNearest,
  parsePointer,
  parseRfc3339,
  placeholderReason,
  showValue,
  whereOf,
} from '../src/sdk/index.js';

export const PARAMETER_SWEEPS_SCHEMA = 'pi.perf.parameter_sweeps.v1';
export const DEFAULT_REQUIRED_KNOBS = ['flush_cadence_ms', 'queue_max_items', 'compaction_quota_mb'];
/** Where the phase-1 source states its own readiness (the reference REG test read the first; producers also write the second). */
export const DEFAULT_SOURCE_READINESS = ['/consumption_contract/artifact_ready_for_phase5', '/consumption_contract/ready_for_phase5'];
const READINESS_STATUSES = ['ready', 'blocked'];
const GENERATED_AT = '/generated_at';

export interface ParameterSweepsIntegrityOptions {
  path: string;
  max_age: string;
  require_ready: boolean;
  required_knobs: string[];
  source_artifact: string;
  source_schema: string;
  source_readiness: string[];
}

type Segment = string | number;
type JsonKind = 'object' | 'array' | 'string' | 'boolean';

const pointerOf = (segments: readonly Segment[]) => segments.map((s) => `/${encodePointerSegment(s)}`).join('');
/** The reference's way of naming a field: `parameter_sweeps.sweep_plan.dimensions[1].name`. */
const fieldPath = (name: string, segments: readonly Segment[]) => name + segments.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('');
const kindOf = (value: unknown): string => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);
const KIND_NAME: Record<JsonKind, string> = { object: 'an object', array: 'an array', string: 'a string', boolean: 'a boolean' };

/**
 * One JSON document and the findings about it, each named by the reference's field path and
 * located by pointer, line and column. Remembers which check ids failed, so a check passes only
 * when none of its findings did.
 */
class DocChecks {
  private readonly failed = new Set<string>();

  constructor(
    readonly ctx: GateContext,
    readonly doc: DocumentArtifact,
    private readonly name: string,
  ) {}

  field(segments: readonly Segment[]): string {
    return fieldPath(this.name, segments);
  }

  clean(id: string): boolean {
    return !this.failed.has(id);
  }

  report(status: 'pass' | 'fail' | 'warn', id: string, code: string, segments: readonly Segment[], text: string, detail: CheckDetail = {}): void {
    const pointer = pointerOf(segments);
    const position = locateNearest(this.doc, pointer);
    const message = `${whereOf(this.doc.path, position)}: ${this.field(segments)}${text.startsWith(':') ? '' : ' '}${text}`;
    const full = { path: this.doc.path, pointer, ...position, ...detail };
    if (status === 'pass') this.ctx.pass(id, message, full);
    else if (status === 'warn') this.ctx.warn(id, code, message, full);
    else {
      this.failed.add(id);
      this.ctx.fail(id, code, message, full);
    }
  }

  fail(id: string, code: string, segments: readonly Segment[], text: string, detail: CheckDetail): void {
    this.report('fail', id, code, segments, text, detail);
  }

  pass(id: string, segments: readonly Segment[], text: string, detail?: CheckDetail): void {
    this.report('pass', id, 'ok', segments, text, detail);
  }

  /** The value if present with the wanted JSON type; otherwise a missing_field or wrong_type finding. */
  typed<T>(id: string, segments: readonly Segment[], kind: JsonKind): T | undefined {
    const lookup = getAtPointer(this.doc.value, pointerOf(segments));
    const field = this.field(segments);
    if (!lookup.found) {
      this.fail(id, 'missing_field', segments, `is absent; it must be ${KIND_NAME[kind]}`, { expected: KIND_NAME[kind], actual: 'absent', fix: `have the producer write ${field} (${KIND_NAME[kind]})` });
      return undefined;
    }
    if (kindOf(lookup.value) !== kind) {
      this.fail(id, 'wrong_type', segments, `must be ${KIND_NAME[kind]}, found ${describeType(lookup.value)}`, { expected: KIND_NAME[kind], actual: jsonSafe(lookup.value), fix: `have the producer write ${field} as ${KIND_NAME[kind]}` });
      return undefined;
    }
    return lookup.value as T;
  }

  /**
   * A non-blank string (blank includes invisible-only text such as a zero-width space); with
   * `identity`, also not a placeholder (`TODO`, `${RUN_ID}`, `null`…). Either is a placeholder, not evidence.
   */
  text(id: string, segments: readonly Segment[], identity = false): string | undefined {
    const value = this.typed<string>(id, segments, 'string');
    if (value === undefined) return undefined;
    const why = isBlank(value) ? 'blank' : identity ? placeholderReason(value) : undefined;
    if (why === undefined) return value;
    this.fail(id, 'placeholder', segments, why === 'blank' ? `must be a non-blank string, found ${showValue(value)}` : `is a placeholder (${why}), found ${showValue(value)}`, {
      expected: 'a non-blank string',
      actual: value,
      fix: `have the producer write a real ${this.field(segments)}`,
    });
    return undefined;
  }

  /** A JSON integer > 0 written without fraction or exponent: `500`, never `500.0`, `"500"` or `0`. */
  positiveInteger(id: string, segments: readonly Segment[]): number | undefined {
    const lookup = getAtPointer(this.doc.value, pointerOf(segments));
    const must = 'must be a positive integer';
    const expected = 'a positive integer';
    if (!lookup.found) {
      this.fail(id, 'missing_field', segments, `is absent; it ${must}`, { expected, actual: 'absent', fix: `have the producer write ${this.field(segments)}` });
      return undefined;
    }
    const value = lookup.value;
    if (typeof value !== 'number' || !Number.isInteger(value) || this.doc.nonIntegerNumbers.has(pointerOf(segments))) {
      const written = typeof value === 'number' && Number.isInteger(value);
      const found = typeof value !== 'number' ? describeType(value) : written ? `${value} written with a fraction or exponent (e.g. ${value}.0)` : String(value);
      const numeric = typeof value === 'string' && /^\s*\d+\s*$/.test(value);
      this.fail(id, 'wrong_type', segments, `${must}, found ${found}`, {
        expected,
        actual: written ? `${value} written as a non-integer` : jsonSafe(value),
        fix: numeric ? `write the JSON number ${value.trim()}, not the string ${showValue(value)}` : `write ${this.field(segments)} as a whole JSON number such as 500, without a fraction or exponent`,
      });
      return undefined;
    }
    if (value <= 0 || !Number.isSafeInteger(value)) {
      this.fail(id, 'invalid_value', segments, `${must}, found ${value}`, { expected, actual: value, fix: `a knob value must be at least 1 (and at most ${Number.MAX_SAFE_INTEGER}); fix the producer` });
      return undefined;
    }
    return value;
  }
}

/** The value at a pointer, or undefined when absent. */
const valueAt = (doc: unknown, pointer: string): unknown => {
  const lookup = getAtPointer(doc, pointer);
  return lookup.found ? lookup.value : undefined;
};

/** The reader's freshness findings (timestamp absent, unparseable, stale, future) point at /generated_at and leave the document readable. */
function isFreshnessError(e: unknown): e is ArtifactError {
  return isArtifactError(e) && e.detail.pointer === GENERATED_AT && ['schema', 'stale', 'future'].includes(e.code);
}

/** A reader failure of the report as a finding named like the others; one about the whole file (missing, empty) points at the root. */
function failRead(ctx: GateContext, id: string, e: unknown): void {
  if (!isArtifactError(e)) throw e;
  const pointer = e.detail.pointer ?? '';
  const field = fieldPath('parameter_sweeps', parsePointer(pointer).map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s)));
  ctx.fail(id, e.code, `${field}: ${e.message}`, { ...e.detail, pointer });
}

async function readSweeps(ctx: GateContext, options: ParameterSweepsIntegrityOptions): Promise<DocChecks | undefined> {
  const maxAge = options.max_age.trim();
  const read = (fresh: boolean) => ctx.read.document(options.path, { format: 'json', schemaId: PARAMETER_SWEEPS_SCHEMA, ...(fresh ? { maxAge } : {}) });
  let freshness: ArtifactError | undefined;
  let sweeps: DocChecks;
  try {
    sweeps = new DocChecks(ctx, await read(true), 'parameter_sweeps');
  } catch (e) {
    if (!isFreshnessError(e)) {
      failRead(ctx, 'artifact', e);
      return undefined;
    }
    // Old or misdated evidence is still checked in full: its other findings need fixing too.
    freshness = e;
    try {
      sweeps = new DocChecks(ctx, await read(false), 'parameter_sweeps');
    } catch (again) {
      failRead(ctx, 'artifact', again);
      return undefined;
    }
  }
  const stamp = sweeps.text('generated_at', ['generated_at']);
  if (freshness === undefined) sweeps.pass('generated_at', ['generated_at'], `= ${showValue(stamp)}, within ${maxAge} of now`, { expected: `within ${maxAge}`, actual: stamp });
  else if (stamp !== undefined) {
    const { expected, actual, fix } = freshness.detail;
    const now = ctx.now.toISOString();
    const problem =
      freshness.code === 'stale'
        ? `= ${showValue(stamp)} is older than max_age ${maxAge} (now ${now})`
        : freshness.code === 'future'
          ? `= ${showValue(stamp)} is in the future (now ${now})`
          : `must be an RFC 3339 timestamp with an offset, found ${showValue(stamp)}`;
    sweeps.fail('generated_at', freshness.code, ['generated_at'], problem, { expected, actual, ...(fix !== undefined ? { fix } : {}) });
  }
  return sweeps;
}

interface Identity {
  runId?: string;
  correlationId?: string;
  /** The sweeps' own generated_at, when it is a valid timestamp. */
  generatedAt?: { text: string; ms: number };
}

function checkIdentity(sweeps: DocChecks): Identity {
  const runId = sweeps.text('identity', ['run_id'], true);
  const correlationId = sweeps.text('identity', ['correlation_id'], true);
  if (runId !== undefined && correlationId !== undefined) sweeps.pass('identity', ['correlation_id'], `= ${showValue(correlationId)} (run_id ${showValue(runId)})`);
  const stamp = valueAt(sweeps.doc.value, GENERATED_AT);
  const parsed = stamp !== undefined ? parseRfc3339(stamp) : undefined;
  const generatedAt = parsed?.ok === true ? { text: stamp as string, ms: parsed.value.getTime() } : undefined;
  return { ...(runId !== undefined ? { runId } : {}), ...(correlationId !== undefined ? { correlationId } : {}), ...(generatedAt !== undefined ? { generatedAt } : {}) };
}

async function checkSource(sweeps: DocChecks, options: ParameterSweepsIntegrityOptions, identity: Identity): Promise<DocChecks | undefined> {
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
    if (parsed.value.getTime() > identity.generatedAt.ms) {
      source.fail(id, 'source_newer', ['generated_at'], `= ${showValue(stamp)} is after ${sweeps.field(['generated_at'])} = ${showValue(identity.generatedAt.text)}: the sweeps cannot be derived from a matrix produced after them`, {
        expected: `at or before ${identity.generatedAt.text}`,
        actual: stamp as string,
        fix: `regenerate the sweeps from the current ${options.source_artifact}, in one run, after it`,
      });
    } else {
      source.pass(id, ['generated_at'], `= ${showValue(stamp)}, not after ${sweeps.field(['generated_at'])}`);
    }
  }
  return source;
}

/**
 * The sweeps cannot be readier than their source: readiness.ready_for_phase5 must equal what the
 * phase-1 matrix itself says at every `source_readiness` pointer it carries (at least one).
 */
function checkSourceReadiness(sweeps: DocChecks, source: DocChecks, options: ParameterSweepsIntegrityOptions): void {
  const id = 'source_readiness';
  const flag = valueAt(sweeps.doc.value, '/readiness/ready_for_phase5');
  const present = options.source_readiness.filter((pointer) => getAtPointer(source.doc.value, pointer).found);
  if (present.length === 0) {
    const first = options.source_readiness[0] as string;
    source.fail(id, 'missing_field', parsePointer(first), `is absent (and so are ${options.source_readiness.slice(1).join(', ') || 'the other readiness pointers'}): the source does not say whether phase 5 may start`, {
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
  if (new Set(values).size > 1) {
    source.fail(id, 'source_readiness_mismatch', parsePointer(present[1] as string), `contradicts ${present[0]} in the same source: it says both ready and not ready`, { expected: values[0], actual: values[1], fix: 'fix the phase-1 producer so it states one readiness' });
    return;
  }
  if (typeof flag !== 'boolean') return; // already a readiness finding
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

interface Readiness {
  status: 'ready' | 'blocked';
  reasons: string[];
}

function checkReadiness(sweeps: DocChecks): Readiness | undefined {
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

function checkDefaults(sweeps: DocChecks, knobs: readonly string[]): Map<string, number> | undefined {
  const id = 'selected_defaults';
  const defaults = sweeps.typed<Record<string, unknown>>(id, ['selected_defaults'], 'object');
  if (defaults === undefined) return undefined;
  const values = new Map<string, number>();
  const seen = new Map<string, string>();
  for (const key of Object.keys(defaults)) {
    const first = seen.get(foldForComparison(key));
    if (first === undefined) {
      seen.set(foldForComparison(key), key);
      continue;
    }
    sweeps.fail(id, 'duplicate_dimension', ['selected_defaults', key], `names the same knob as ${sweeps.field(['selected_defaults', first])}: names differing only by case or invisible characters are one knob`, {
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

function checkSweepPlan(sweeps: DocChecks, knobs: readonly string[]): SweepPlan | undefined {
  const id = 'sweep_plan';
  if (sweeps.typed(id, ['sweep_plan'], 'object') === undefined) return undefined;
  const base = ['sweep_plan', 'dimensions'];
  const dimensions = sweeps.typed<unknown[]>(id, base, 'array');
  if (dimensions === undefined) return undefined;
  const plan: SweepPlan = { byName: new Map(), allNamed: true };
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
    // Knob names that differ only by case (or invisible characters) name one knob: `Queue_Max_Items` repeats `queue_max_items`.
    const folded = foldForComparison(name);
    const sameKey = [...plan.byName.keys()].find((k) => foldForComparison(k) === folded);
    const same = sameKey === undefined ? undefined : plan.byName.get(sameKey);
    if (same !== undefined) {
      const how = sameKey === name ? '' : ` (${showValue(sameKey)}: names differing only by case or invisible characters are one knob)`;
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
  if (sweeps.clean(id)) sweeps.pass(id, base, `: ${[...plan.byName.keys()].join(', ')}, each with valid candidates`);
  return plan;
}

function checkDefaultsSwept(sweeps: DocChecks, defaults: Map<string, number>, plan: SweepPlan, knobs: readonly string[]): void {
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
  if (compared.length > 0 && sweeps.clean(id)) sweeps.pass(id, ['selected_defaults'], `: ${compared.join(', ')}, each one of its dimension's candidate_values`);
}

function reportReady(sweeps: DocChecks, readiness: Readiness, requireReady: boolean): void {
  const at = ['readiness', 'status'];
  if (readiness.status === 'ready') {
    sweeps.pass('ready', at, '= "ready", nothing blocks phase 5', { expected: 'ready', actual: 'ready' });
    return;
  }
  const detail = {
    expected: 'ready',
    actual: 'blocked',
    fix: `resolve the blocking reasons (${readiness.reasons.join(', ')}), then regenerate the sweeps${requireReady ? '' : '; set require_ready: true to make a blocked report fail'}`,
  };
  sweeps.report(requireReady ? 'fail' : 'warn', 'ready', 'not_ready', at, `= "blocked": phase 5 is blocked by ${readiness.reasons.join(', ')}`, detail);
}

export default defineGate<ParameterSweepsIntegrityOptions>({
  type: 'parameter_sweeps_integrity',
  title: 'Parameter sweeps integrity',
  description: 'The perf parameter-sweeps report (pi.perf.parameter_sweeps.v1) is fresh, derived from the same run\'s phase-1 matrix, internally consistent (readiness, positive-integer defaults that were swept), and ready for phase 5 (blocked: warn, or fail with require_ready).',
  blocking: true,
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      path: { type: 'string', minLength: 1, pattern: '\\S', default: 'tests/perf/reports/parameter_sweeps.json', description: 'The sweeps report (JSON), relative to the root. Always this file: never the newest of several.' },
      max_age: { type: 'string', pattern: DURATION_PATTERN, default: '7d', description: 'Maximum age of the report, measured from its `generated_at` (RFC 3339).' },
      require_ready: { type: 'boolean', default: false, description: 'Fail (instead of warn) when readiness.status is "blocked".' },
      required_knobs: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { type: 'string', pattern: '^\\S(.*\\S)?$' },
        default: DEFAULT_REQUIRED_KNOBS,
        description: 'Knobs that must have a selected default and a sweep dimension.',
      },
      source_artifact: {
        type: 'string',
        pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
        default: 'phase1_matrix_validation',
        description: 'Required source_identity.source_artifact; source_identity.source_artifact_path must name `<source_artifact>.json`.',
      },
      source_readiness: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { type: 'string', pattern: '^(/([^~/]|~[01])*)+$' },
        default: DEFAULT_SOURCE_READINESS,
        description: 'JSON pointers where the phase-1 source states its own readiness (a boolean). At least one must be present, all present ones must agree, and readiness.ready_for_phase5 of the sweeps must equal it.',
      },
      source_schema: {
        type: 'string',
        pattern: '\\S',
        default: 'pi.perf.phase1_matrix_validation.v1',
        description: 'Required `schema` of the source artifact, so any JSON file that merely carries the same correlation_id (or a copy of the sweeps report itself) is not accepted as the phase-1 matrix.',
      },
    },
  },
  artifactPath: (options) => options.path,
  remediation: [
    'Reader codes (missing, malformed, duplicate_key, schema, stale, future): regenerate tests/perf/reports/parameter_sweeps.json with the perf orchestrator of this run.',
    'source_mismatch / lineage / source_newer / source_readiness_mismatch / missing source: the sweeps must be derived from the phase1_matrix_validation.json of the same run (same run_id and correlation_id, dated before the sweeps, same readiness); regenerate both together.',
    'missing_field / wrong_type / invalid_value / placeholder / readiness_incoherent / duplicate_dimension / missing_knob / default_not_candidate: the producer wrote an inconsistent report; fix the producer, not the report by hand.',
    'not_ready: phase 5 is blocked for the listed blocking_reasons; resolve them (usually the phase-1 matrix) and regenerate.',
  ],
  reasons: {
    source_mismatch: 'source_identity names another source artifact, or its path does not end in <source_artifact>.json',
    readiness_incoherent: 'readiness.status contradicts ready_for_phase5 or blocking_reasons',
    invalid_value: 'a field has the right type but an impossible value (unknown readiness status, knob value <= 0, empty or repeated candidates)',
    duplicate_dimension: 'two sweep_plan dimensions (or two selected_defaults) name the same knob; names differing only by case or invisible characters are one knob',
    source_newer: 'the phase-1 source is dated after the sweeps that claim to be derived from it',
    source_readiness_mismatch: 'readiness.ready_for_phase5 of the sweeps disagrees with the phase-1 source\'s own readiness (or the source contradicts itself)',
    missing_knob: 'a required knob has no sweep_plan dimension',
    default_not_candidate: 'a selected default is not one of its dimension\'s candidate_values, or has no dimension',
    not_ready: 'the report is valid but readiness.status is blocked (warning; a failure with require_ready)',
  },
  // A report that contradicts itself proves nothing; only a coherent "blocked" is sound evidence.
  evidenceReasons: ['source_mismatch', 'readiness_incoherent', 'invalid_value', 'duplicate_dimension', 'missing_knob', 'default_not_candidate', 'source_newer', 'source_readiness_mismatch'],
  async evaluate(ctx, options) {
    const sweeps = await readSweeps(ctx, options);
    if (sweeps === undefined) return;
    const identity = checkIdentity(sweeps);
    const source = await checkSource(sweeps, options, identity);
    const readiness = checkReadiness(sweeps);
    if (source !== undefined) checkSourceReadiness(sweeps, source, options);
    const defaults = checkDefaults(sweeps, options.required_knobs);
    const plan = checkSweepPlan(sweeps, options.required_knobs);
    if (defaults !== undefined && plan !== undefined) checkDefaultsSwept(sweeps, defaults, plan, options.required_knobs);
    if (readiness !== undefined) reportReady(sweeps, readiness, options.require_ready);
  },
});
