/**
 * threshold — a number in a structured artifact (JSON, YAML or TOML) compares to a configured value,
 * e.g. the conformance summary's pass_rate_pct >= 80.
 *
 * The reference project read pass_rate_pct with a default of 0.0, so a missing field surfaced as
 * "Pass rate 0.0% < 80%" and a string "80" was never told apart from a number. Here an absent field
 * is `missing_field`, anything that is not a finite JSON number is `wrong_type` (never coerced), and
 * `integer: true` refuses numbers written with a fraction or exponent (`500.0`).
 */
import {
  ARRAY_OPTION,
  defineGate,
  describeType,
  displayPointer,
  DOCUMENT_FORMATS,
  type DocumentFormat,
  failIfImprecise,
  failMissingField,
  formatOption,
  getAtPointer,
  isBlank,
  jsonSafe,
  MAX_AGE_OPTION,
  pathOption,
  pointerOption,
  readDocumentChecked,
  SCHEMA_ID_OPTION,
  type SelectOptions,
  selectPointer,
  showValue,
  valueDetail,
  WHERE_OPTION,
  whereOf,
} from '../src/sdk/index.js';

export const THRESHOLD_OPS = ['>=', '>', '<=', '<', '==', '!='] as const;
export type ThresholdOp = (typeof THRESHOLD_OPS)[number];

export interface ThresholdOptions extends SelectOptions {
  path: string;
  pointer: string;
  op: ThresholdOp;
  value: number;
  integer: boolean;
  format?: DocumentFormat;
  schema_id?: string;
  max_age?: string;
}

export function compare(actual: number, op: ThresholdOp, limit: number): boolean {
  switch (op) {
    case '>=':
      return actual >= limit;
    case '>':
      return actual > limit;
    case '<=':
      return actual <= limit;
    case '<':
      return actual < limit;
    case '==':
      return actual === limit;
    case '!=':
      return actual !== limit;
  }
}

export default defineGate<ThresholdOptions>({
  type: 'threshold',
  title: 'Threshold',
  description: 'A number in a JSON/YAML/TOML artifact compares to a limit (>=, >, <=, <, ==, !=); missing or non-numeric values fail, never default to 0.',
  blocking: true,
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['path', 'pointer', 'op', 'value'],
    properties: {
      path: pathOption('The artifact, relative to the root (e.g. tests/ext_conformance/reports/conformance_summary.json).'),
      pointer: pointerOption('JSON pointer of the number (e.g. /pass_rate_pct); with `array`/`where`, inside the selected entry (e.g. /ns_per_iter).'),
      array: ARRAY_OPTION,
      where: WHERE_OPTION,
      op: { enum: [...THRESHOLD_OPS], description: 'How the artifact\'s number must compare to `value`.' },
      value: { type: 'number', description: 'The limit.' },
      integer: { type: 'boolean', default: false, description: 'Also require an integer; in JSON a number written 500.0 or 5e2 is not one.' },
      format: formatOption(DOCUMENT_FORMATS),
      schema_id: SCHEMA_ID_OPTION,
      max_age: MAX_AGE_OPTION,
    },
    dependentRequired: { array: ['where'], where: ['array'] },
  },
  artifactPath: (options) => options.path,
  remediation: [
    'threshold_not_met: the measured value is on the wrong side of the limit; fix what it measures (e.g. the failing conformance cases), not the limit.',
    'missing_field / wrong_type: the producer must write the field as a JSON number (80.5, not "80.5"); a missing number is not 0.',
    'With integer: true, write counts without a fraction (500, not 500.0).',
  ],
  reasons: {
    threshold_not_met: 'the number in the artifact does not satisfy the configured comparison',
  },
  async evaluate(ctx, options) {
    const doc = await readDocumentChecked(ctx, options);
    if (doc === undefined) return;
    const pointer = selectPointer(ctx, 'threshold_met', doc, options);
    if (pointer === undefined) return;
    const { op, value: limit } = options;
    const expectation = `${op} ${limit}`;
    const at = displayPointer(pointer);
    const lookup = getAtPointer(doc.value, pointer);
    if (!lookup.found) {
      failMissingField(ctx, 'threshold_met', doc, pointer, `a number ${expectation}`, `have the producer write ${at} as a JSON number, or correct the \`pointer\` option; a missing value is never read as 0`);
      return;
    }
    if (failIfImprecise(ctx, 'threshold_met', doc, pointer)) return;
    const actual = lookup.value;
    const detail = valueDetail(doc, pointer);
    const where = whereOf(doc.path, doc.locate(pointer));
    if (typeof actual !== 'number' || !Number.isFinite(actual)) {
      const found = typeof actual === 'number' ? `the non-finite number ${actual}` : describeType(actual);
      ctx.fail('threshold_met', 'wrong_type', `${where}: ${at} must be a finite number, found ${found}`, {
        ...detail,
        expected: `a number ${expectation}`,
        actual: jsonSafe(actual),
        fix:
          typeof actual === 'string' && !isBlank(actual) && Number.isFinite(Number(actual))
            ? `write ${at} as the JSON number ${actual.trim()}, not the string "${actual}"; the gate never converts text to numbers`
            : `have the producer write ${at} as a finite JSON number`,
      });
      return;
    }
    if (options.integer && (!Number.isInteger(actual) || doc.nonIntegerNumbers.has(pointer))) {
      const how = Number.isInteger(actual) ? `${actual}, written with a fraction or exponent` : String(actual);
      ctx.fail('threshold_met', 'wrong_type', `${where}: ${at} must be an integer, found ${how}`, {
        ...detail,
        expected: `an integer ${expectation}`,
        actual: Number.isInteger(actual) ? `${actual} written as a non-integer (e.g. ${actual}.0)` : actual,
        fix: `write ${at} as an integer (e.g. ${Math.trunc(actual)}), without a fraction or exponent`,
      });
      return;
    }
    if (compare(actual, op, limit)) {
      ctx.pass('threshold_met', `${where}: ${at} = ${showValue(actual)} (${expectation})`, { ...detail, expected: expectation, actual });
      return;
    }
    ctx.fail('threshold_met', 'threshold_not_met', `${where}: ${at} = ${showValue(actual)}, expected ${expectation}`, {
      ...detail,
      expected: expectation,
      actual,
      fix: `the measured ${at} is ${showValue(actual)}; fix what it measures until it is ${expectation}, then re-run the producer`,
    });
  },
});
