/**
 * Strict value lookups for gates: read one value of a document at a JSON pointer and get it only if
 * it is exactly what was asked for. Each failure is a failed check with a stable code:
 * `missing_field` (absent), `wrong_type` (present but not that type: the string "3" is never the
 * number 3), `imprecise_number` (a number a double cannot hold exactly), `placeholder` (required
 * text that is blank or says nothing), `invalid_date` (not a strict RFC 3339 date-time).
 * A custom gate built on these is as strict as the built-in gates.
 */
import type { DocumentArtifact } from '../artifacts/reader.js';
import { displayPointer } from '../artifacts/schema.js';
import type { GateContext } from '../core/types.js';
import { getAtPointer } from '../util/pointer.js';
import { isBlank, placeholderReason } from '../util/text-classes.js';
import { describeType, parseRfc3339, zeroInstantReason } from '../util/time.js';
import { failIfImprecise, failMissingField, jsonSafe, valueDetail, whereOf } from './document.js';

/** Reason codes the strict value helpers report (besides the reader's own). */
export const VALUE_REASONS = {
  missing_field: 'a field the gate reads is absent from the artifact',
  wrong_type: 'a field holds a value of the wrong type (nothing is coerced: "3" is not 3)',
  imprecise_number: 'a number a double cannot hold exactly; comparing it would compare another number',
  placeholder: 'required text is blank or a placeholder (TODO, TBD, n/a, <...>) rather than content',
  invalid_date: 'a timestamp is not a strict RFC 3339 date-time with an offset',
} as const;

function typeFail(ctx: GateContext, checkId: string, doc: DocumentArtifact, pointer: string, expected: string, value: unknown, fix: string): undefined {
  ctx.fail(checkId, 'wrong_type', `${whereOf(doc.path, doc.locate(pointer))}: ${displayPointer(pointer)} must be ${expected}, found ${describeType(value)}`, {
    ...valueDetail(doc, pointer),
    expected,
    actual: jsonSafe(value),
    fix,
  });
  return undefined;
}

/**
 * The finite JSON number at `pointer`, or undefined after failing the check. With `integer`, a
 * number written with a fraction or exponent (500.0, 5e2) is not an integer.
 */
export function numberAt(ctx: GateContext, checkId: string, doc: DocumentArtifact, pointer: string, options: { integer?: boolean; min?: number } = {}): number | undefined {
  const at = displayPointer(pointer);
  const lookup = getAtPointer(doc.value, pointer);
  const want = options.integer ? 'an integer' : 'a finite number';
  if (!lookup.found) {
    failMissingField(ctx, checkId, doc, pointer, want, `have the producer write ${at} as a JSON number; a missing value is never read as 0`);
    return undefined;
  }
  if (failIfImprecise(ctx, checkId, doc, pointer)) return undefined;
  const value = lookup.value;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    const numeric = typeof value === 'string' && !isBlank(value) && Number.isFinite(Number(value));
    return typeFail(ctx, checkId, doc, pointer, want, value, numeric ? `write ${at} as the JSON number ${value.trim()}, not the string "${value}"` : `have the producer write ${at} as ${want}`);
  }
  if (options.integer && (!Number.isInteger(value) || doc.nonIntegerNumbers.has(pointer))) {
    return typeFail(ctx, checkId, doc, pointer, 'an integer', Number.isInteger(value) ? `${value} written with a fraction or exponent` : value, `write ${at} as an integer, without a fraction or exponent`);
  }
  if (options.min !== undefined && value < options.min) {
    return typeFail(ctx, checkId, doc, pointer, `a number ≥ ${options.min}`, value, `have the producer write ${at} as a number ≥ ${options.min}`);
  }
  return value;
}

/** The required text at `pointer` (a string that is neither blank nor a placeholder), or undefined after failing the check. */
export function textAt(ctx: GateContext, checkId: string, doc: DocumentArtifact, pointer: string): string | undefined {
  const at = displayPointer(pointer);
  const lookup = getAtPointer(doc.value, pointer);
  if (!lookup.found) {
    failMissingField(ctx, checkId, doc, pointer, 'non-blank text', `have the producer write ${at}`);
    return undefined;
  }
  const value = lookup.value;
  if (typeof value !== 'string') return typeFail(ctx, checkId, doc, pointer, 'a string', value, `have the producer write ${at} as text`);
  const where = whereOf(doc.path, doc.locate(pointer));
  if (isBlank(value)) {
    ctx.fail(checkId, 'placeholder', `${where}: ${at} is blank`, { ...valueDetail(doc, pointer), expected: 'non-blank text', actual: value, fix: `write the real value of ${at}` });
    return undefined;
  }
  const placeholder = placeholderReason(value);
  if (placeholder !== undefined) {
    ctx.fail(checkId, 'placeholder', `${where}: ${at} is a placeholder (${placeholder})`, { ...valueDetail(doc, pointer), expected: 'real content', actual: value, fix: `replace the placeholder in ${at} with the real value` });
    return undefined;
  }
  return value;
}

/** The RFC 3339 date-time (with an offset, no calendar rollover) at `pointer`, or undefined after failing the check. */
export function dateAt(ctx: GateContext, checkId: string, doc: DocumentArtifact, pointer: string): Date | undefined {
  const at = displayPointer(pointer);
  const lookup = getAtPointer(doc.value, pointer);
  if (!lookup.found) {
    failMissingField(ctx, checkId, doc, pointer, 'an RFC 3339 date-time', `have the producer write ${at}, e.g. "2026-01-31T12:00:00Z"`);
    return undefined;
  }
  if (typeof lookup.value !== 'string') return typeFail(ctx, checkId, doc, pointer, 'an RFC 3339 date-time string', lookup.value, `write ${at} as a quoted string, e.g. "2026-01-31T12:00:00Z"`);
  const parsed = parseRfc3339(lookup.value);
  if (!parsed.ok) {
    ctx.fail(checkId, 'invalid_date', `${whereOf(doc.path, doc.locate(pointer))}: ${at}: ${parsed.reason}`, { ...valueDetail(doc, pointer), expected: 'an RFC 3339 date-time with an offset', actual: lookup.value, fix: `write ${at} like "2026-01-31T12:00:00Z"` });
    return undefined;
  }
  const zero = zeroInstantReason(parsed.value.getTime());
  if (zero !== undefined) {
    ctx.fail(checkId, 'placeholder', `${whereOf(doc.path, doc.locate(pointer))}: ${at} is a placeholder (${zero})`, { ...valueDetail(doc, pointer), expected: 'the instant the producer recorded', actual: lookup.value, fix: `have the producer write the real time in ${at}` });
    return undefined;
  }
  return parsed.value;
}
