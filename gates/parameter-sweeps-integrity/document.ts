/**
 * The rules of parameter_sweeps_integrity: source identity and lineage, readiness coherence, selected defaults, the sweep plan, and defaults being swept.
 */
import {
  type ArtifactError,
  type CheckDetail,
  describeType,
  type DocumentArtifact,
  type GateContext,
  getAtPointer,
  idReason,
  pointerOf,
  isArtifactError,
  isBlank,
  jsonSafe,
  locateNearest,
  parsePointer,
  showValue,
  whereOf,
} from '../../src/sdk/index.js';
import type { ParameterSweepsIntegrityOptions } from './index.js';

export const PARAMETER_SWEEPS_SCHEMA = 'pi.perf.parameter_sweeps.v1';
export const DEFAULT_REQUIRED_KNOBS = ['flush_cadence_ms', 'queue_max_items', 'compaction_quota_mb'];
/** Where the phase-1 source states its own readiness (the reference REG test read the first; producers also write the second). */
export const DEFAULT_SOURCE_READINESS = ['/consumption_contract/artifact_ready_for_phase5', '/consumption_contract/ready_for_phase5'];
export const READINESS_STATUSES = ['ready', 'blocked'];
export const GENERATED_AT = '/generated_at';

export type Segment = string | number;
type JsonKind = 'object' | 'array' | 'string' | 'boolean';

export { pointerOf };
/** The reference's way of naming a field: `parameter_sweeps.sweep_plan.dimensions[1].name`. */
const fieldPath = (name: string, segments: readonly Segment[]) => name + segments.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('');
const kindOf = (value: unknown): string => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);
const KIND_NAME: Record<JsonKind, string> = { object: 'an object', array: 'an array', string: 'a string', boolean: 'a boolean' };

/**
 * One JSON document and the findings about it, each named by the reference's field path and
 * located by pointer, line and column. Remembers which check ids failed, so a check passes only
 * when none of its findings did.
 */
export class DocChecks {
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
    const why = isBlank(value) ? 'blank' : identity ? idReason(value) : undefined;
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
export const valueAt = (doc: unknown, pointer: string): unknown => {
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

export async function readSweeps(ctx: GateContext, options: ParameterSweepsIntegrityOptions): Promise<DocChecks | undefined> {
  const maxAge = options.max_age.trim();
  // The second read (after a freshness failure) judged the age already: it reads the rest, never the date again.
  const read = (fresh: boolean) => ctx.read.document(options.path, { format: 'json', schemaId: PARAMETER_SWEEPS_SCHEMA, ...(fresh ? { maxAge } : { ageMatters: false }) });
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
