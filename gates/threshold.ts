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
  ARRAY_OPTION, DOCUMENT_FORMATS, DATE_FIELD_OPTION, MAX_AGE_OPTION, MAX_RUN_LENGTH_OPTION, SCHEMA_ID_OPTION, WHERE_OPTION,
  type DocumentArtifact, type DocumentFormat, type GateContext, type SelectOptions,
  aliasOfABound,
  defineGate,
  describeType,
  displayPointer,
  failingItemsBeside,
  entryBase,
  failIfCaseTwin,
  failIfImprecise,
  failMissingField,
  formatOption,
  fractionalBoundOnAPercentage,
  limitEveryValueMeets,
  ceilingOnSuccess, floorOnALatency,
  getAtPointer,
  inUnitRange,
  negativeInStatedUnit,
  isBlank,
  jsonSafe,
  measurementContradiction,
  pathOption,
  plural,
  pointerOption,
  readCount,
  readDocumentChecked,
  selectPointer,
  showValue,
  valueDetail,
  unitKey,
  unitStatedFor,
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
  unit?: string;
  format?: DocumentFormat;
  schema_id?: string;
  max_age?: string;
  max_run_length?: string;
  date_field?: string;
  rate_of?: RateOf;
}

/** The counts a rate is measured over (pointers inside the same entry as `pointer`). */
export interface RateOf {
  total: string;
  parts?: string[];
  count?: string;
  exclude?: string;
  scale: number;
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
      unit: {
        type: 'string',
        minLength: 1,
        pattern: '\\S',
        description: 'The unit `value` is written in (ms, s, MiB, GiB, %, …). Where the artifact states the number\'s unit (its name, `p99_latency_ms`, or a field beside it, `unit: "s"`), the number is converted to this one (times and sizes) or must be the same; required when the artifact states the unit only in a field beside the number.',
      },
      format: formatOption(DOCUMENT_FORMATS),
      schema_id: SCHEMA_ID_OPTION,
      max_age: MAX_AGE_OPTION,
      max_run_length: MAX_RUN_LENGTH_OPTION,
      date_field: DATE_FIELD_OPTION,
      rate_of: {
        type: 'object',
        additionalProperties: false,
        required: ['total'],
        properties: {
          total: pointerOption('The number of cases the value is measured over (e.g. /counts/total): a non-negative integer; zero cases is `vacuous`.'),
          parts: { type: 'array', minItems: 1, uniqueItems: true, items: pointerOption('A count of one outcome.'), description: 'Counts of every outcome (e.g. [/counts/pass, /counts/fail, /counts/na]): they must add up to `total`.' },
          count: pointerOption('The cases counted in the rate (e.g. /counts/pass): the value must agree with count / (total − exclude) × scale to the precision it is written in, and that exact rate is what is compared.'),
          exclude: pointerOption('With `count`: cases left out of the denominator (e.g. /counts/na).'),
          scale: { type: 'number', exclusiveMinimum: 0, default: 100, description: 'What a rate of all cases is written as: 100 for a percentage, 1 for a fraction.' },
        },
        dependentRequired: { exclude: ['count'] },
        description: 'The value is a rate over counts in the same artifact (entry): the counts must be integers that add up, the rate must be measured over at least one case, and (with `count`) agree with the counts.',
      },
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
    inconsistent_counts: 'with `rate_of`: the counts do not add up (parts against total, count or exclude above total), or the rate disagrees with its counts',
    unit_mismatch: 'the artifact states the unit of the number in a field beside it and the gate\'s limit states none (`unit`), or the two units cannot be compared',
  },
  evidenceReasons: ['inconsistent_counts', 'unit_mismatch'],
  async evaluate(ctx, options) {
    const doc = await readDocumentChecked(ctx, options);
    if (doc === undefined) return;
    const pointer = selectPointer(ctx, 'threshold_met', doc, options);
    if (pointer === undefined) return;
    const { op, value: limit } = options;
    const expectation = `${op} ${limit}${options.unit === undefined ? '' : ` ${options.unit}`}`;
    const at = displayPointer(pointer);
    const lookup = getAtPointer(doc.value, pointer);
    if (!lookup.found) {
      failMissingField(ctx, 'threshold_met', doc, pointer, `a number ${expectation}`, `have the producer write ${at} as a JSON number, or correct the \`pointer\` option; a missing value is never read as 0`);
      return;
    }
    if (failIfImprecise(ctx, 'threshold_met', doc, pointer)) return;
    if (failIfCaseTwin(ctx, 'threshold_met', doc, pointer)) return;
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
    let compared = actual;
    let shown = showValue(actual);
    if (options.rate_of !== undefined) {
      // The entry `pointer` was read in: the counts live beside the rate.
      const rate = checkRate(ctx, doc, entryBase(pointer, options), pointer, actual, options.rate_of);
      if (rate === undefined) return;
      compared = rate;
      if (rate !== actual) shown = `${showValue(actual)} (from its counts: ${showValue(rate)})`;
    }
    // The document's own word on the number (after `rate_of`'s stricter reading of the counts it names): measured over nothing, by a run that stopped early, or above its counts.
    const unsound =
      aliasOfABound(doc.aliasedScalars, pointer, actual, doc.aliasAnchors, doc.value) ??
      measurementContradiction(doc.value, pointer, actual, { inexact: doc.inexactNumbers, nonInteger: doc.nonIntegerNumbers }, limit) ??
      (options.rate_of === undefined ? fractionalBoundOnAPercentage(pointer, actual, limit, op === '>=' || op === '>') : undefined);
    if (unsound !== undefined) {
      ctx.fail(MEASURED_CHECK, unsound.code, `${whereOf(doc.path, doc.locate(unsound.pointer))}: ${at} ${unsound.message}`, {
        ...valueDetail(doc, unsound.pointer),
        expected: unsound.code === 'vacuous' ? 'a value measured over at least one item, by a run that finished' : unsound.code === 'inconsistent_counts' ? 'counts that add up, and a rate they allow' : 'whole-number counts of at least 0, and shares within their range',
        actual: jsonSafe(unsound.actual),
        fix:
          unsound.code === 'vacuous'
            ? 'make the producer measure what it reports, over at least one item and to the end of its run; a number over nothing, or over part of a run, proves nothing'
            : unsound.code === 'inconsistent_counts'
              ? 'have the producer compute its counts and rates from the run it reports; counts that do not add up, or a rate its own counts deny, prove nothing'
              : 'have the producer write its counts as whole numbers of at least 0 and its shares within 0-100 (0-1 for a ratio); a count or share no run can have proves nothing',
      });
      return;
    }
    const inLimitUnit = inTheLimitsUnit(ctx, doc, pointer, compared, options);
    if (inLimitUnit === undefined) return;
    if (inLimitUnit.shown !== undefined) shown = `${shown} ${inLimitUnit.shown}`;
    compared = inLimitUnit.value;
    // After the evidence's own word on the number (a coverage of -5 is wrong_type whatever the limit): what is left is the limit's.
    if (failIfVacuousLimit(ctx, options, doc.value, pointer)) return;
    if (compare(compared, op, limit)) {
      ctx.pass('threshold_met', `${where}: ${at} = ${shown} (${expectation})`, { ...detail, expected: expectation, actual: compared });
      return;
    }
    // The cases the report lists as failed beside the measured number: a waiver granted for some of them covers no other.
    const failing = failingItemsBeside(doc.value, pointer);
    ctx.fail('threshold_met', 'threshold_not_met', `${where}: ${at} = ${shown}, expected ${expectation}`, {
      ...detail,
      expected: expectation,
      actual: compared,
      ...(failing.items.length > 0 ? { failing: failing.items } : {}),
      ...(failing.more > 0 ? { failing_more: failing.more } : {}),
      fix: `the measured ${at} is ${shown}; fix what it measures until it is ${expectation}, then re-run the producer`,
    });
  },
});

/** A limit every value of its kind or outcome of the run meets (`failed < 1e15` beside `total: 12`), or the worst run does (`pass_rate_pct <= 80`): `vacuous`. */
function failIfVacuousLimit(ctx: GateContext, options: ThresholdOptions, root: unknown, pointer: string): boolean {
  const ofKind = limitEveryValueMeets(options.pointer, options.op, options.value, undefined, options.unit);
  // The run's own total bounds a count of its outcomes: read in the entry the value was found in, and shown there.
  const why = ofKind ?? limitEveryValueMeets(pointer, options.op, options.value, root);
  const worst = why === undefined ? (ceilingOnSuccess(options.pointer, options.op, options.value) ?? floorOnALatency(options.pointer, options.op)) : undefined;
  if (why === undefined && worst === undefined) return false;
  const expectation = `${options.op} ${options.value}`;
  const ceiling = worst === undefined ? options.op !== '>=' && options.op !== '>' : worst.includes('failed') || worst.includes('slowest'); // the worst run is high
  const metBy = worst !== undefined ? `${worst.includes('slowest') ? 'the slowest run' : worst.includes('failed') ? 'a run where every item failed' : 'a run where nothing passed'}: ${worst}, so the gate would pass the worst run ${options.path} can report` : `${options.op === '==' ? 'no value of its kind' : 'every value'}: ${why as string}, so ${options.op === '==' ? `only a value ${options.path} cannot soundly hold would pass the gate` : `the gate would pass whatever ${options.path} says`}`;
  ctx.fail('threshold_met', 'vacuous', `the limit ${displayPointer(options.pointer)} ${expectation} is met by ${metBy}`, {
    path: options.path,
    pointer: ofKind === undefined && worst === undefined ? pointer : options.pointer,
    expected: 'a limit some value of its kind can fail',
    actual: expectation,
    fix: `set the limit the release needs (e.g. ${displayPointer(options.pointer)} ${ceiling ? '<= the most acceptable value' : '>= the least acceptable value'}); a bound on the wrong side of its kind, or past any measurement, proves nothing`,
  });
  return true;
}

/**
 * The number in the unit the limit is written in. A limit of 200 met by `{value: 0.35, unit: "s"}` proves nothing about
 * 200 ms (red team zd): where the artifact states the unit only beside the number the gate must state the limit's, and
 * then the number is converted to it. A unit in the number's own name is in the gate's `pointer`, which its author read.
 */
function inTheLimitsUnit(ctx: GateContext, doc: DocumentArtifact, pointer: string, value: number, options: ThresholdOptions): { value: number; shown?: string } | undefined {
  const { unit, op, value: limit } = options;
  const stated = unitStatedFor(doc.value, pointer);
  if (stated === undefined) return { value };
  const at = displayPointer(stated.pointer);
  const where = whereOf(doc.path, doc.locate(stated.pointer));
  if (stated.disagrees !== undefined) {
    // Which of two units said in one place the producer measured in is unknown: neither converts the number (red team zf).
    ctx.fail('threshold_met', 'unit_mismatch', `${where}: ${at} says ${displayPointer(pointer)} is in ${JSON.stringify(stated.unit)} and ${displayPointer(stated.disagrees.pointer)} says ${JSON.stringify(stated.disagrees.unit)}: which one it was measured in is unknown`, {
      ...valueDetail(doc, stated.pointer),
      expected: 'one unit for the number',
      actual: `${stated.unit}, ${stated.disagrees.unit}`,
      fix: 'have the producer state the unit of the number once, or the same unit wherever it states it',
    });
    return undefined;
  }
  if (negativeInStatedUnit(doc.value, pointer, value, stated)) {
    ctx.fail(MEASURED_CHECK, 'wrong_type', `${whereOf(doc.path, doc.locate(pointer))}: ${displayPointer(pointer)} is ${showValue(value)} ${stated.unit} (${at} says so), a time or size below zero, which no measurement is (what a producer writes for "not measured")`, {
      ...valueDetail(doc, pointer),
      expected: 'a time or size of at least 0',
      actual: value,
      fix: 'have the producer leave out a measurement it did not take, or name a change or a margin as one (`latency_delta`)',
    });
    return undefined;
  }
  if (unit === undefined) {
    if (stated.inName) return { value };
    ctx.fail('threshold_met', 'unit_mismatch', `${where}: ${at} says ${displayPointer(pointer)} is in ${JSON.stringify(stated.unit)}, and the limit states no unit: a limit written in another unit proves nothing`, {
      ...valueDetail(doc, stated.pointer),
      expected: 'a limit with its unit',
      actual: stated.unit,
      fix: `state the unit the gate's \`value\` is written in with the \`unit\` option (e.g. unit: ${stated.unit}); the number is then converted to it`,
    });
    return undefined;
  }
  const range = inUnitRange(value, stated.unit, unit);
  if (range === undefined) {
    ctx.fail('threshold_met', 'unit_mismatch', `${where}: ${displayPointer(pointer)} is in ${JSON.stringify(stated.unit)} (${stated.inName ? 'its name says so' : `${at} says so`}), which cannot be compared with the limit's unit ${JSON.stringify(unit)}`, {
      ...valueDetail(doc, stated.pointer),
      expected: `a number in ${unit}, or in a unit of time or size convertible to it`,
      actual: stated.unit,
      fix: `set the gate's \`unit\` to the unit the artifact states, or have the producer write the number in ${unit}`,
    });
    return undefined;
  }
  const converted = leastFavourable(range, op, limit);
  if (converted === value && stated.unit === unitKey(unit)) return { value };
  const shownRange = range.low === range.high ? showValue(converted) : `${showValue(range.low)} to ${showValue(range.high)}, as kB/MB/GB mean 1000 or 1024 to the step`;
  return { value: converted, shown: `${stated.unit} (${shownRange} ${unit})` };
}

/**
 * Of the readings of a number in the limit's unit (`0.5 GB` is 476.8 or 512 MiB), the one the comparison must hold for
 * to prove the limit met by every reading: the most against an upper bound, the least against a lower one.
 */
function leastFavourable(range: { low: number; high: number }, op: ThresholdOp, limit: number): number {
  if (range.low === range.high) return range.low;
  if (op === '<=' || op === '<') return range.high;
  if (op === '>=' || op === '>') return range.low;
  // Equal only if both readings are; unequal only if neither reading is.
  if (op === '==') return range.low === limit ? range.high : range.low;
  return range.high === limit ? range.high : range.low;
}

const RATE_CHECK = 'rate_counts';
/** The measured value read with what its document says beside it. */
const MEASURED_CHECK = 'measured_over';

/** Digits after the point in the shortest form of `value` (91.8 → 1, 1e-7 → 7): the precision a producer wrote. */
function decimalsOf(value: number): number {
  const [mantissa = '', exponent = '0'] = Math.abs(value).toString().split('e');
  return Math.max(0, (mantissa.split('.')[1]?.length ?? 0) - Number(exponent));
}

function inconsistent(ctx: GateContext, doc: DocumentArtifact, pointer: string, message: string, expected: unknown, actual: unknown, fix: string): undefined {
  ctx.fail(RATE_CHECK, 'inconsistent_counts', `${whereOf(doc.path, doc.locate(pointer))}: ${message}`, { ...valueDetail(doc, pointer), expected, actual, fix });
  return undefined;
}

interface Counts {
  total: number;
  parts?: number[];
  count?: number;
  exclude?: number;
}

/** Every count `rate_of` names, or undefined when any failed its own check (each failure is reported). */
function readCounts(ctx: GateContext, doc: DocumentArtifact, base: string, rate: RateOf): Counts | undefined {
  const read = (p: string) => readCount(ctx, RATE_CHECK, doc, `${base}${p}`, 'rate_of');
  const total = read(rate.total);
  const parts = rate.parts?.map(read);
  const count = rate.count === undefined ? undefined : read(rate.count);
  const exclude = rate.exclude === undefined ? undefined : read(rate.exclude);
  if (total === undefined || parts?.includes(undefined) || (rate.count !== undefined && count === undefined) || (rate.exclude !== undefined && exclude === undefined)) return undefined;
  return { total, ...(parts !== undefined ? { parts: parts as number[] } : {}), ...(count !== undefined ? { count } : {}), ...(exclude !== undefined ? { exclude } : {}) };
}

/** The cases the rate is measured over (total − exclude), or undefined after failing: parts that do not add up, too many left out, none at all. */
function casesMeasured(ctx: GateContext, doc: DocumentArtifact, base: string, pointer: string, written: number, rate: RateOf, counts: Counts): number | undefined {
  const totalAt = `${base}${rate.total}`;
  const t = displayPointer(totalAt);
  const { total, parts } = counts;
  const sum = parts?.reduce((a, b) => a + b, 0);
  if (sum !== undefined && sum !== total) {
    return inconsistent(ctx, doc, totalAt, `${t} = ${total}, but its parts ${(rate.parts ?? []).map((p) => displayPointer(`${base}${p}`)).join(' + ')} add up to ${sum}`, sum, total, 'have the producer count every case exactly once: the outcomes must add up to the total');
  }
  const left = counts.exclude ?? 0;
  const excludeAt = `${base}${rate.exclude}`;
  if (left > total) return inconsistent(ctx, doc, excludeAt, `${displayPointer(excludeAt)} = ${left} cases left out of ${t} = ${total}`, `at most ${total}`, left, 'have the producer count the excluded cases among the total');
  if (total - left > 0) return total - left;
  ctx.fail(RATE_CHECK, 'vacuous', `${whereOf(doc.path, doc.locate(totalAt))}: ${displayPointer(pointer)} = ${showValue(written)} is a rate over zero cases (${t} = ${total}${counts.exclude !== undefined ? `, ${left} left out` : ''}); it proves nothing`, {
    ...valueDetail(doc, totalAt),
    expected: 'a rate measured over at least one case',
    actual: '0 cases',
    fix: 'make the producer run the cases it reports on; a summary of zero cases cannot pass',
  });
  return undefined;
}

/**
 * A rate proves nothing about cases it was not measured over, and a rate that disagrees with its own
 * counts was not computed from them: the counts must be integers that add up, hold at least one case,
 * and (with `count`) give the rate. Returns the number to compare — the exact rate of the counts when
 * `count` is set (a producer's 79.6 rounded to 80 does not reach 80), else the written value.
 */
function checkRate(ctx: GateContext, doc: DocumentArtifact, base: string, pointer: string, written: number, rate: RateOf): number | undefined {
  const counts = readCounts(ctx, doc, base, rate);
  if (counts === undefined) return undefined;
  const over = casesMeasured(ctx, doc, base, pointer, written, rate, counts);
  if (over === undefined) return undefined;
  const { count } = counts;
  if (count === undefined) {
    ctx.pass(RATE_CHECK, `${displayPointer(pointer)} is measured over ${plural(over, 'case')} (${displayPointer(`${base}${rate.total}`)})`, { ...valueDetail(doc, `${base}${rate.total}`), actual: counts.total });
    return written;
  }
  const countAt = `${base}${rate.count}`;
  if (count > over) return inconsistent(ctx, doc, countAt, `${displayPointer(countAt)} = ${count} counts more cases than the ${over} the rate is measured over`, `at most ${over}`, count, 'have the producer count each case once');
  // One multiplication of integers (exact) and one division: the correctly rounded rate.
  const exact = (count * rate.scale) / over;
  const slack = 10 ** -decimalsOf(written) + Number.EPSILON * rate.scale * 4;
  const ratio = `${count}/${over}${rate.scale === 1 ? '' : ` × ${rate.scale}`}`;
  if (Math.abs(written - exact) > slack) {
    return inconsistent(ctx, doc, pointer, `${displayPointer(pointer)} = ${showValue(written)}, but its counts give ${ratio} = ${showValue(exact)}`, exact, written, 'have the producer compute the rate from the counts it reports (or fix the `rate_of` pointers)');
  }
  ctx.pass(RATE_CHECK, `${displayPointer(pointer)} = ${showValue(written)} agrees with its counts (${ratio} = ${showValue(exact)})`, { ...valueDetail(doc, pointer), expected: exact, actual: written });
  return exact;
}
