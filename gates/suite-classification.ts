/**
 * suite_classification — every test file on disk is listed in exactly one suite of the
 * classification manifest, nothing listed is a ghost, lists are sorted, suite names are the
 * agreed ones, and flaky-test quarantines are well-formed, real and unexpired.
 *
 * The reference project's gate only checked that the manifest file existed; its CI guard matched
 * stems as substrings anywhere in the file (comments included) and its quarantine guard parsed TOML
 * with regexes. This one parses the TOML and checks every rule those versions only documented.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import {
  defineGate,
  describeType,
  didYouMean,
  encodePointerSegment,
  type EpochDay,
  formatEpochDay,
  type GateContext,
  globBase,
  globLiteralSuffix,
  isArtifactError,
  isBlank,
  parseStrictDate,
  placeholderReason,
  plural,
  resolveInside,
  SUITE_CLASSIFICATION_SCHEMA,
  utcEpochDay,
} from '../src/sdk/index.js';

export const FLAKE_CATEGORIES = ['FLAKE-TIMING', 'FLAKE-ENV', 'FLAKE-NET', 'FLAKE-RES', 'FLAKE-EXT', 'FLAKE-LOGIC'];
export const QUARANTINE_FIELDS = ['category', 'owner', 'quarantined', 'expires', 'bead', 'evidence', 'repro', 'reason', 'remove_when'] as const;
const DATE_FIELDS: readonly string[] & readonly ('quarantined' | 'expires')[] = ['quarantined', 'expires'];

export interface SuiteClassificationOptions {
  manifest: string;
  /** When set, the test files are the glob's matches; otherwise the targets cargo builds. */
  tests_glob?: string;
  cargo_manifest: string;
  suites: string[];
  require_sorted: boolean;
  allow_empty: boolean;
  quarantine: { max_days: number; expiring_soon_days: number; categories: string[] };
}

interface Manifest {
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

function checkSuiteNames(ctx: GateContext, manifest: Manifest, path: string, allowed: readonly string[]): void {
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

type FileFor = (stem: string) => string;

function checkMembership(ctx: GateContext, manifest: Manifest, path: string, stems: ReadonlySet<string>, fileFor: FileFor): void {
  const suitesOf = new Map<string, string[]>();
  for (const [suite, { files }] of Object.entries(manifest.suite)) {
    files.forEach((stem) => suitesOf.set(stem, [...(suitesOf.get(stem) ?? []), suite]));
  }

  const unclassified = [...stems].filter((stem) => !suitesOf.has(stem));
  for (const stem of unclassified) {
    ctx.fail('every_file_classified', 'unclassified', `${fileFor(stem)} is not listed in any suite of ${path}`, {
      path: fileFor(stem),
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
        fix: `keep "${stem}" in the one suite it belongs to and remove it from the others`,
      });
    } else if (suites.length > 1) {
      repeated++;
      ctx.fail('classified_once', 'duplicate_entry', `"${stem}" is listed ${suites.length} times in [suite.${distinct[0]}]`, {
        path,
        pointer: `/suite/${encodePointerSegment(distinct[0] as string)}/files`,
        expected: 'listed once',
        actual: `${suites.length} times`,
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
        fix: `remove "${stem}" from [suite.${suite}] or restore the test file`,
      });
    });
  }
  if (phantoms === 0) ctx.pass('no_phantom_entries', 'every listed entry has a test file');
}

function checkSorted(ctx: GateContext, manifest: Manifest, path: string): void {
  let unsorted = 0;
  for (const [suite, { files }] of Object.entries(manifest.suite)) {
    // Code-unit order, not locale order: the result must not depend on the machine's language settings.
    const i = files.findIndex((stem, k) => k > 0 && stem < (files[k - 1] as string));
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
    else if (typeof value === 'string' && !DATE_FIELDS.includes(field) && field !== 'category' && placeholderReason(value) !== undefined) problems.push({ message: `"${field}" is a placeholder (${placeholderReason(value)})`, pointer: `${at}/${field}`, expected: 'a real value', actual: value, fix: `fill in ${field}` });
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

function checkQuarantine(ctx: GateContext, manifest: Manifest, path: string, options: SuiteClassificationOptions, stems: ReadonlySet<string>, fileFor: FileFor): void {
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
      ctx.fail('quarantine_not_expired', 'quarantine_expired', `[quarantine.${stem}] expired ${-remaining} day(s) ago (${formatEpochDay(expires)}; owner ${entry.owner}, bead ${entry.bead})`, {
        ...detail,
        fix: 'fix the flaky test and remove the entry, or renew it with new evidence (at most the maximum duration)',
      });
    } else if (remaining <= options.quarantine.expiring_soon_days) {
      ctx.warn('quarantine_not_expired', 'quarantine_expiring', `[quarantine.${stem}] expires in ${remaining} day(s) (${formatEpochDay(expires)}; owner ${entry.owner}, bead ${entry.bead})`, {
        ...detail,
        fix: 'fix the test or renew the quarantine before it expires',
      });
    } else {
      ctx.pass('quarantine_not_expired', `[quarantine.${stem}] is active until ${formatEpochDay(expires)}`);
    }
  }
}

export default defineGate<SuiteClassificationOptions>({
  type: 'suite_classification',
  title: 'Suite classification guard',
  description: 'Every test file is listed in exactly one suite of the classification manifest; no phantom or unsorted entries; quarantines are valid and unexpired.',
  blocking: true,
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      manifest: { type: 'string', minLength: 1, default: 'tests/suite_classification.toml', description: 'Classification manifest (TOML), relative to the root.' },
      tests_glob: {
        type: 'string',
        minLength: 1,
        description: 'Instead of cargo\'s test targets, the files matching this glob must be classified; the stem is the path below the glob\'s directory without the glob\'s literal suffix (e.g. "tests/**/*.test.ts").',
      },
      cargo_manifest: {
        type: 'string',
        minLength: 1,
        default: 'Cargo.toml',
        description: 'Without tests_glob: the Cargo.toml whose test targets must be classified — tests/*.rs, tests/*/main.rs (unless [package] autotests = false) and every [[test]] (name and path). A missing Cargo.toml leaves the auto-discovered targets.',
      },
      suites: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', minLength: 1 }, default: ['unit', 'vcr', 'e2e'], description: 'Allowed suite names.' },
      require_sorted: { type: 'boolean', default: true, description: 'Entries within each suite must be in byte order.' },
      allow_empty: { type: 'boolean', default: false, description: 'Pass when no test file matches (otherwise that is `vacuous`).' },
      quarantine: {
        type: 'object',
        additionalProperties: false,
        default: {},
        properties: {
          max_days: { type: 'integer', minimum: 0, default: 14, description: 'Longest allowed quarantine (expires − quarantined).' },
          expiring_soon_days: { type: 'integer', minimum: 0, default: 2, description: 'Warn when a quarantine expires within this many days.' },
          categories: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', minLength: 1 }, default: FLAKE_CATEGORIES, description: 'Allowed flake categories.' },
        },
      },
    },
  },
  artifactPath: (options) => options.manifest,
  remediation: [
    'test_targets_readable / outside_root / unreadable: a test file is a link out of the root or a dangling link; restore it or remove it (and its manifest entry).',
    'A new test file must be classified: add its stem to the files of one of the allowed suites in the manifest (reference layout: [suite.unit], [suite.vcr], [suite.e2e]).',
    'Remove entries whose test file was deleted or renamed (phantoms), and list each stem in exactly one suite.',
    'Keep entries sorted within each suite (byte order).',
    'Quarantine entries need all nine fields, a FLAKE-* category, quoted YYYY-MM-DD dates and at most 14 days; fix or remove expired ones.',
  ],
  reasons: {
    unclassified: 'a test file is not listed in any suite',
    multi_classified: 'a test file is listed in more than one suite',
    duplicate_entry: 'a test file is listed twice in the same suite',
    phantom: 'a listed entry has no test file',
    unsorted: 'a suite\'s entries are not in byte order',
    unknown_suite: 'a suite name is not one of the allowed suites',
    quarantine_invalid: 'a quarantine entry is missing fields, has an unknown category, impossible dates or lasts too long',
    quarantine_unknown_test: 'a quarantine entry names a test that does not exist or is not classified',
    quarantine_expired: 'a quarantine entry has expired',
    quarantine_expiring: 'a quarantine entry expires soon',
  },
  async evaluate(ctx, options) {
    const manifestFile = await ctx.read.toml(options.manifest, { schema: SUITE_CLASSIFICATION_SCHEMA });
    const manifest = manifestFile.value as unknown as Manifest;
    const path = manifestFile.path;
    const targets = options.tests_glob !== undefined ? await globTargets(ctx, options.tests_glob) : await cargoTargets(ctx, options.cargo_manifest);
    if (targets === undefined) return;
    const what = options.tests_glob !== undefined ? options.tests_glob : targets.describe;
    if (targets.files.size === 0 && !options.allow_empty) {
      ctx.fail('test_files_found', 'vacuous', `no test file matches ${what}; zero tests cannot prove the suites are classified`, {
        path: options.tests_glob !== undefined ? globBase(options.tests_glob) || '.' : 'tests',
        expected: `at least one test target (${what})`,
        actual: 'none',
        fix: 'check the root (and tests_glob or Cargo.toml); set allow_empty: true only if this repository really has no tests',
      });
    } else {
      ctx.pass('test_files_found', `${plural(targets.files.size, 'test file')}: ${what}`);
    }
    const fileFor: FileFor = (stem) => targets.files.get(stem) ?? (options.tests_glob !== undefined ? fileOf(stem, options.tests_glob) : `tests/${stem}.rs`);
    const stems = new Set(targets.files.keys());
    checkSuiteNames(ctx, manifest, path, options.suites);
    checkMembership(ctx, manifest, path, stems, fileFor);
    if (options.require_sorted) checkSorted(ctx, manifest, path);
    checkQuarantine(ctx, manifest, path, options, stems, fileFor);
  },
});

interface Targets {
  /** Target name (the stem the manifest lists) → its file, relative to the root. */
  files: Map<string, string>;
  describe: string;
}

async function globTargets(ctx: GateContext, pattern: string): Promise<Targets> {
  const files = await ctx.list(pattern);
  return { files: new Map(files.map((f) => [stemOf(f, pattern), f])), describe: pattern };
}

const errorCode = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code;

/** `rel` resolved inside the root, or undefined after failing test_targets_readable with the reader's code. */
async function targetPath(ctx: GateContext, rel: string): Promise<string | undefined> {
  try {
    return (await resolveInside(ctx.root, rel)).abs;
  } catch (e) {
    if (!isArtifactError(e)) throw e;
    ctx.failFromError('test_targets_readable', e);
    return undefined;
  }
}

/**
 * A test file cargo would build must be a regular file inside the root. A link out of the root is
 * `outside_root` and a dangling one `unreadable` — reported, and the target still counts (it must be
 * classified like any other): a target is never silently dropped from the list.
 */
async function probeTarget(ctx: GateContext, rel: string): Promise<void> {
  const abs = await targetPath(ctx, rel);
  if (abs === undefined) return;
  const stat = await fs.stat(abs).catch((e: unknown) => errorCode(e) ?? 'error');
  if (typeof stat !== 'string' && stat.isFile()) return;
  const link = await fs.lstat(abs).then((l) => l.isSymbolicLink(), () => false);
  const why = typeof stat === 'string' ? (link ? `is a dangling symlink (${stat})` : `cannot be read (${stat})`) : `is not a regular file (it is a ${stat.isDirectory() ? 'directory' : 'special file'})`;
  ctx.fail('test_targets_readable', 'unreadable', `test target ${rel} ${why}; cargo cannot build it, and it is still a target to classify`, {
    path: rel,
    expected: 'a readable test file inside the root',
    actual: why,
    fix: `restore ${rel} (or remove the link and its entry in the suite manifest)`,
  });
}

/** Entries of a directory under the root, or undefined when it does not exist; a directory linked out of the root is outside_root. */
async function entriesOf(ctx: GateContext, rel: string): Promise<import('node:fs').Dirent[] | undefined> {
  const abs = await targetPath(ctx, rel);
  if (abs === undefined) return undefined;
  try {
    return await fs.readdir(abs, { withFileTypes: true });
  } catch (e) {
    const code = errorCode(e);
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    ctx.fail('test_targets_readable', 'unreadable', `cannot list ${rel}: ${code ?? String(e)}`, { path: rel, fix: `make ${rel} readable by the user running the gate` });
    return undefined;
  }
}

/**
 * The test targets cargo builds (the Rust default): `tests/*.rs` and `tests/<dir>/main.rs` (named
 * after the file or directory) unless `[package] autotests = false`, plus every `[[test]]` of
 * Cargo.toml by its name (its `path`, or cargo's default for that name). Links are kept and probed.
 */
async function cargoTargets(ctx: GateContext, cargoManifest: string): Promise<Targets | undefined> {
  const files = new Map<string, string>();
  let cargo: Record<string, unknown> | undefined;
  try {
    cargo = (await ctx.read.toml(cargoManifest)).value as Record<string, unknown>;
  } catch (e) {
    if (!isArtifactError(e)) throw e;
    if (e.code !== 'missing') {
      ctx.failFromError('cargo_manifest', e);
      return undefined;
    }
  }
  const pkg = cargo?.package;
  const autotests = !(pkg !== null && typeof pkg === 'object' && (pkg as Record<string, unknown>).autotests === false);
  const probes: Promise<void>[] = [];
  if (autotests) {
    for (const entry of (await entriesOf(ctx, 'tests')) ?? []) {
      const rel = `tests/${entry.name}`;
      if (entry.name.endsWith('.rs') && (entry.isFile() || entry.isSymbolicLink())) {
        const viaLinkToDir = entry.isSymbolicLink() && (await fs.stat(join(ctx.root, rel)).then((st) => st.isDirectory(), () => false));
        if (!viaLinkToDir) {
          files.set(entry.name.slice(0, -3), rel);
          if (entry.isSymbolicLink()) probes.push(probeTarget(ctx, rel));
          continue;
        }
      }
      const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await fs.stat(join(ctx.root, rel)).then((st) => st.isDirectory(), () => false)));
      if (!isDir) continue;
      const main = `${rel}/main.rs`;
      const present = await fs.lstat(join(ctx.root, main)).then(() => true, () => false);
      if (!present && !entry.isSymbolicLink()) continue;
      if (!present) {
        // A linked directory that leads out of the root: whether it holds main.rs is not ours to look at.
        probes.push(probeTarget(ctx, main));
        continue;
      }
      files.set(entry.name, main);
      probes.push(probeTarget(ctx, main));
    }
  }
  const declared = Array.isArray(cargo?.test) ? (cargo.test as unknown[]) : [];
  for (const [i, t] of declared.entries()) {
    const entry = t !== null && typeof t === 'object' ? (t as Record<string, unknown>) : {};
    if (typeof entry.name !== 'string' || entry.name.trim() === '') {
      ctx.fail('cargo_manifest', 'unreadable', `${cargoManifest}: [[test]] #${i + 1} has no name, so its target cannot be classified`, { path: cargoManifest, pointer: `/test/${i}`, fix: 'give every [[test]] a name (the stem the suite manifest lists)' });
      continue;
    }
    const path = typeof entry.path === 'string' ? entry.path.replace(/\\/g, '/').replace(/^\.\//, '') : (await fs.lstat(join(ctx.root, `tests/${entry.name}/main.rs`)).then(() => `tests/${entry.name}/main.rs`, () => `tests/${entry.name}.rs`));
    // A [[test]] naming an auto-discovered file replaces that target (cargo does the same).
    for (const [stem, file] of files) if (file === path && stem !== entry.name) files.delete(stem);
    files.set(entry.name, path);
    probes.push(probeTarget(ctx, path));
  }
  await Promise.all(probes);
  const parts = [...(autotests ? ['tests/*.rs', 'tests/*/main.rs'] : []), ...(declared.length > 0 ? [`${plural(declared.length, '[[test]] target')} of ${cargoManifest}`] : [])];
  return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), describe: `cargo test targets (${parts.join(', ') || 'none: autotests = false and no [[test]]'})` };
}
