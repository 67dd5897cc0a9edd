/**
 * suite_classification — every test file on disk is listed in exactly one suite of the
 * classification manifest, nothing listed is a ghost, lists are sorted, suite names are the
 * agreed ones, and flaky-test quarantines are well-formed, real and unexpired.
 *
 * The reference project's gate only checked that the manifest file existed; its CI guard matched
 * stems as substrings anywhere in the file (comments included) and its quarantine guard parsed TOML
 * with regexes. This one parses the TOML and checks every rule those versions only documented.
 */
import { defineGate, plural, SUITE_CLASSIFICATION_SCHEMA } from '../../src/sdk/index.js';
import { checkMembership, checkQuarantine, checkSorted, checkSuiteNames, type FileFor, FLAKE_CATEGORIES, type Manifest } from './manifest.js';
export { FLAKE_CATEGORIES, QUARANTINE_FIELDS, stemOf, fileOf } from './manifest.js';
import { cargoTargets, globTargets } from './targets.js';

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

export default defineGate<SuiteClassificationOptions>({
  type: 'suite_classification',
  warnReasons: ['quarantine_expiring'],
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
        description: 'Without tests_glob: the Cargo.toml whose test targets must be classified — tests/*.rs, tests/*/main.rs (unless [package] autotests = false; [project] is read as [package] before edition 2024, as cargo does) and every [[test]] (name and path), and every [[example]] or [[bench]] with test = true, all from the manifest\'s directory. As cargo, discovery skips names starting with a dot and links to directories (a link named *.rs is a target, probed). A missing Cargo.toml leaves the auto-discovered targets; a virtual workspace manifest is vacuous.',
      },
      suites: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', minLength: 1 }, default: ['unit', 'vcr', 'e2e'], description: 'Allowed suite names.' },
      require_sorted: { type: 'boolean', default: true, description: 'Entries within each suite must be in byte order.' },
      allow_empty: { type: 'boolean', default: false, description: 'Pass when no test file matches (otherwise that is `vacuous`).' },
      quarantine: {
        type: 'object',
        additionalProperties: false,
        default: {},
        properties: {
          max_days: { type: 'integer', minimum: 0, maximum: 14, default: 14, description: 'Longest allowed quarantine (expires − quarantined); default and maximum 14, the reference policy: a config cannot make a quarantine permanent.' },
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
        path: targets.base,
        expected: `at least one test target (${what})`,
        actual: 'none',
        fix: 'check the root (and tests_glob or Cargo.toml); set allow_empty: true only if this repository really has no tests',
      });
    } else {
      ctx.pass('test_files_found', `${plural(targets.files.size, 'test file')}: ${what}`);
    }
    const fileFor: FileFor = (stem) => targets.files.get(stem) ?? targets.fileOf(stem);
    const stems = new Set(targets.files.keys());
    checkSuiteNames(ctx, manifest, path, options.suites);
    checkMembership(ctx, manifest, path, stems, fileFor);
    if (options.require_sorted) checkSorted(ctx, manifest, path);
    checkQuarantine(ctx, manifest, path, options, stems, fileFor);
  },
});

