/**
 * The test targets a suite_classification gate classifies: files matching tests_glob, or the targets Cargo declares (auto-discovered tests/*.rs, tests/<dir>/main.rs, [[test]] tables).
 */
import {
  compareByteOrder,
  describeType,
  didYouMean,
  encodePointerSegment,
  type EpochDay,
  fillerReason,
  formatEpochDay,
  type GateContext,
  globBase,
  globLiteralSuffix,
  isBlank,
  parseStrictDate,
  utcEpochDay,
} from '../../src/sdk/index.js';
import type { SuiteClassificationOptions } from './index.js';

export const FLAKE_CATEGORIES = ['FLAKE-TIMING', 'FLAKE-ENV', 'FLAKE-NET', 'FLAKE-RES', 'FLAKE-EXT', 'FLAKE-LOGIC'];
export const QUARANTINE_FIELDS = ['category', 'owner', 'quarantined', 'expires', 'bead', 'evidence', 'repro', 'reason', 'remove_when'] as const;
const DATE_FIELDS: readonly string[] & readonly ('quarantined' | 'expires')[] = ['quarantined', 'expires'];

export interface Manifest {
  suite: Record<string, { files: string[] }>;
  quarantine?: Record<string, Record<string, unknown>>;
}


/** `tests/foo.rs` under `tests/*.rs` → `foo`; nested globs keep the sub-path (`unit/foo`). */
export function stemOf(file: string, pattern: string): string {
  const base = globBase(pattern);
  const suffix = globLiteralSuffix(pattern);
  const rel = base === '' ? file : file.slice(base.length + 1);
  return suffix !== '' && rel.endsWith(suffix) ? rel.slice(0, -suffix.length) : rel;
}

export function fileOf(stem: string, pattern: string): string {
  const base = globBase(pattern);
  return `${base === '' ? '' : `${base}/`}${stem}${globLiteralSuffix(pattern)}`;
}

export function checkSuiteNames(ctx: GateContext, manifest: Manifest, path: string, allowed: readonly string[]): void {
  const unknown = Object.keys(manifest.suite).filter((name) => !allowed.includes(name));
  for (const name of unknown) {
    ctx.fail('suite_names_allowed', 'unknown_suite', `[suite.${name}] is not an allowed suite${didYouMean(name, allowed)}`, {
      path,
      pointer: `/suite/${encodePointerSegment(name)}`,
      expected: allowed,
      actual: name,
      fix: `move its files into one of: ${allowed.join(', ')} (or add "${name}" to the gate's \`suites\` option)`,
    });
  }
  if (unknown.length === 0) ctx.pass('suite_names_allowed', `suite names are all allowed (${Object.keys(manifest.suite).join(', ')})`);
}

export type FileFor = (stem: string) => string;

export function checkMembership(ctx: GateContext, manifest: Manifest, path: string, stems: ReadonlySet<string>, fileFor: FileFor): void {
  const suitesOf = new Map<string, string[]>();
  for (const [suite, { files }] of Object.entries(manifest.suite)) {
    files.forEach((stem) => suitesOf.set(stem, [...(suitesOf.get(stem) ?? []), suite]));
  }

  const unclassified = [...stems].filter((stem) => !suitesOf.has(stem));
  for (const stem of unclassified) {
    ctx.fail('every_file_classified', 'unclassified', `${fileFor(stem)} is not listed in any suite of ${path}`, {
      path: fileFor(stem),
      failing: [fileFor(stem)],
      expected: 'listed in exactly one [suite.*] files list',
      actual: 'listed in none',
      fix: `add "${stem}" to the files of the suite it belongs to in ${path}`,
    });
  }
  if (unclassified.length === 0) ctx.pass('every_file_classified', `all ${stems.size} test files are listed in a suite`);

  let repeated = 0;
  for (const [stem, suites] of suitesOf) {
    const distinct = [...new Set(suites)];
    if (distinct.length > 1) {
      repeated++;
      ctx.fail('classified_once', 'multi_classified', `"${stem}" is listed in ${distinct.length} suites: ${distinct.join(', ')}`, {
        path,
        pointer: `/suite/${encodePointerSegment(distinct[1] as string)}/files`,
        expected: 'exactly one suite',
        actual: distinct,
        failing: [fileFor(stem)],
        fix: `keep "${stem}" in the one suite it belongs to and remove it from the others`,
      });
    } else if (suites.length > 1) {
      repeated++;
      ctx.fail('classified_once', 'duplicate_entry', `"${stem}" is listed ${suites.length} times in [suite.${distinct[0]}]`, {
        path,
        pointer: `/suite/${encodePointerSegment(distinct[0] as string)}/files`,
        expected: 'listed once',
        actual: `${suites.length} times`,
        failing: [fileFor(stem)],
        fix: `remove the repeated "${stem}" entries`,
      });
    }
  }
  if (repeated === 0) ctx.pass('classified_once', 'no test file is listed more than once');

  let phantoms = 0;
  for (const [suite, { files }] of Object.entries(manifest.suite)) {
    files.forEach((stem, index) => {
      if (stems.has(stem)) return;
      phantoms++;
      ctx.fail('no_phantom_entries', 'phantom', `[suite.${suite}] lists "${stem}" but ${fileFor(stem)} does not exist`, {
        path,
        pointer: `/suite/${encodePointerSegment(suite)}/files/${index}`,
        expected: `${fileFor(stem)} exists`,
        actual: 'no such file',
        failing: [fileFor(stem)],
        fix: `remove "${stem}" from [suite.${suite}] or restore the test file`,
      });
    });
  }
  if (phantoms === 0) ctx.pass('no_phantom_entries', 'every listed entry has a test file');
}

export function checkSorted(ctx: GateContext, manifest: Manifest, path: string): void {
  let unsorted = 0;
  for (const [suite, { files }] of Object.entries(manifest.suite)) {
    // Byte order (LC_ALL=C sort, the fix offered), not locale order, which depends on the machine's language settings,
    // nor JavaScript's `<`, which compares UTF-16 units and puts an emoji before a full-width letter.
    const i = files.findIndex((stem, k) => k > 0 && compareByteOrder(stem, files[k - 1] as string) < 0);
    if (i === -1) continue;
    unsorted++;
    ctx.fail('entries_sorted', 'unsorted', `[suite.${suite}] is not sorted: "${files[i]}" (entry ${i + 1}) comes after "${files[i - 1]}"`, {
      path,
      pointer: `/suite/${encodePointerSegment(suite)}/files/${i}`,
      expected: `"${files[i]}" before "${files[i - 1]}"`,
      actual: `"${files[i - 1]}" before "${files[i]}"`,
      fix: `sort the files of [suite.${suite}] in byte order (e.g. \`LC_ALL=C sort\`)`,
    });
  }
  if (unsorted === 0) ctx.pass('entries_sorted', 'entries are sorted within every suite');
}

type QuarantineProblem = { message: string; pointer: string; expected?: unknown; actual?: unknown; fix: string };

function quarantineProblems(entry: Record<string, unknown>, at: string, opts: SuiteClassificationOptions['quarantine'], today: EpochDay): { problems: QuarantineProblem[]; expires?: EpochDay } {
  const problems: QuarantineProblem[] = [];
  for (const key of Object.keys(entry)) {
    if (!(QUARANTINE_FIELDS as readonly string[]).includes(key)) {
      problems.push({ message: `unknown field "${key}"${didYouMean(key, QUARANTINE_FIELDS)}`, pointer: `${at}/${encodePointerSegment(key)}`, fix: 'remove or rename the field; a misspelt field is a field that is never checked' });
    }
  }
  for (const field of QUARANTINE_FIELDS) {
    const value = entry[field];
    if (value === undefined) problems.push({ message: `missing required field "${field}"`, pointer: `${at}/${field}`, expected: 'a non-blank string', actual: 'absent', fix: `add ${field} = "…"` });
    // Native TOML dates reach the date parser, which refuses them with its own message; anything
    // else that is not a string (a date in a text field included) is refused here.
    else if (typeof value !== 'string' && !(value instanceof Date && DATE_FIELDS.includes(field))) problems.push({ message: `"${field}" must be a string, found ${describeType(value)}`, pointer: `${at}/${field}`, expected: 'a non-blank string', actual: value instanceof Date ? 'a TOML native date' : value, fix: `write ${field} as a quoted string` });
    else if (typeof value === 'string' && isBlank(value)) problems.push({ message: `"${field}" is blank`, pointer: `${at}/${field}`, expected: 'a non-blank string', actual: value, fix: `fill in ${field}` });
    else if (typeof value === 'string' && !DATE_FIELDS.includes(field) && field !== 'category') {
      // The waiver's rule: a quarantine is an exemption too, and `remove_when = "never"` or `owner = "оwner"` names nothing.
      const why = fillerReason(field, value);
      if (why !== undefined) problems.push({ message: `"${field}" is ${why}`, pointer: `${at}/${field}`, expected: 'a real value', actual: value, fix: `fill in ${field}` });
    }
  }
  if (typeof entry.category === 'string' && !isBlank(entry.category) && !opts.categories.includes(entry.category)) {
    problems.push({ message: `category "${entry.category}" is not a known flake category${didYouMean(entry.category, opts.categories)}`, pointer: `${at}/category`, expected: opts.categories, actual: entry.category, fix: `use one of ${opts.categories.join(', ')}` });
  }
  const dates: Partial<Record<(typeof DATE_FIELDS)[number], EpochDay>> = {};
  for (const field of DATE_FIELDS) {
    if (entry[field] === undefined || (typeof entry[field] === 'string' && isBlank(entry[field] as string))) continue;
    const parsed = parseStrictDate(entry[field]);
    if (parsed.ok) dates[field] = parsed.value;
    else problems.push({ message: `"${field}": ${parsed.reason}`, pointer: `${at}/${field}`, expected: 'a quoted "YYYY-MM-DD" date that exists', actual: entry[field] instanceof Date ? 'a TOML native date' : entry[field], fix: `write ${field} = "YYYY-MM-DD" with a real calendar date` });
  }
  const { quarantined, expires } = dates;
  if (quarantined !== undefined && quarantined > today) {
    problems.push({ message: `quarantined ${formatEpochDay(quarantined)} is after today (${formatEpochDay(today)})`, pointer: `${at}/quarantined`, expected: `on or before ${formatEpochDay(today)}`, actual: formatEpochDay(quarantined), fix: 'a quarantine starts when it is recorded; use today\'s date or earlier' });
  }
  if (quarantined !== undefined && expires !== undefined) {
    const span = expires - quarantined;
    if (span < 0) problems.push({ message: `expires ${formatEpochDay(expires)} is before quarantined ${formatEpochDay(quarantined)}`, pointer: `${at}/expires`, expected: `on or after ${formatEpochDay(quarantined)}`, actual: formatEpochDay(expires), fix: 'fix the dates' });
    else if (span > opts.max_days) problems.push({ message: `quarantine lasts ${span} days, over the ${opts.max_days}-day maximum`, pointer: `${at}/expires`, expected: `at most ${opts.max_days} days after ${formatEpochDay(quarantined)}`, actual: `${span} days`, fix: `set expires on or before ${formatEpochDay(quarantined + opts.max_days)}, or fix the flaky test` });
  }
  return { problems, ...(expires !== undefined ? { expires } : {}) };
}

export function checkQuarantine(ctx: GateContext, manifest: Manifest, path: string, options: SuiteClassificationOptions, stems: ReadonlySet<string>, fileFor: FileFor): void {
  const entries = Object.entries(manifest.quarantine ?? {});
  if (entries.length === 0) {
    ctx.pass('quarantine_valid', 'no quarantine entries');
    return;
  }
  const today = utcEpochDay(ctx.now);
  const classified = new Set(Object.values(manifest.suite).flatMap((s) => s.files));
  for (const [stem, entry] of entries) {
    const at = `/quarantine/${encodePointerSegment(stem)}`;
    const { problems, expires } = quarantineProblems(entry, at, options.quarantine, today);
    for (const p of problems) {
      ctx.fail('quarantine_valid', 'quarantine_invalid', `[quarantine.${stem}]: ${p.message}`, { path, pointer: p.pointer, expected: p.expected, actual: p.actual, fix: p.fix });
    }
    if (problems.length === 0) ctx.pass('quarantine_valid', `[quarantine.${stem}] is well-formed`);

    if (!stems.has(stem) || !classified.has(stem)) {
      const why = stems.has(stem) ? 'is not listed in any suite' : `has no test file ${fileFor(stem)}`;
      ctx.fail('quarantine_target_exists', 'quarantine_unknown_test', `[quarantine.${stem}] names a test that ${why}`, {
        path,
        pointer: at,
        expected: 'a classified test file',
        actual: stem,
        fix: 'quarantine only real, classified tests; remove the entry or fix its name',
      });
    } else {
      ctx.pass('quarantine_target_exists', `[quarantine.${stem}] names a classified test`);
    }

    if (expires === undefined || problems.length > 0) continue;
    const remaining = expires - today;
    const detail = { path, pointer: `${at}/expires`, expected: `on or after ${formatEpochDay(today)}`, actual: formatEpochDay(expires) };
    if (remaining < 0) {
      ctx.fail('quarantine_not_expired', 'quarantine_expired', `[quarantine.${stem}] expired ${-remaining} day(s) ago (${formatEpochDay(expires)}; owner ${entry.owner}, tracking issue ${entry.bead})`, {
        ...detail,
        fix: 'fix the flaky test and remove the entry, or renew it with new evidence (at most the maximum duration)',
      });
    } else if (remaining <= options.quarantine.expiring_soon_days) {
      ctx.warn('quarantine_not_expired', 'quarantine_expiring', `[quarantine.${stem}] expires in ${remaining} day(s) (${formatEpochDay(expires)}; owner ${entry.owner}, tracking issue ${entry.bead})`, {
        ...detail,
        fix: 'fix the test or renew the quarantine before it expires',
      });
    } else {
      ctx.pass('quarantine_not_expired', `[quarantine.${stem}] is active until ${formatEpochDay(expires)}`);
    }
  }
}
