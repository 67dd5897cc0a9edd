/**
 * kernel_boundary — the kernel extraction boundary manifest agrees with the code.
 *
 * The reference project's boundary "drift" gate never read its source tree: `all modules mapped`
 * meant seven hard-coded modules, `banned_cross_boundary_pairs_absent` passed because it was
 * declared in the manifest, a banned pair could name a domain defined nowhere, mapped modules were
 * never checked to exist, and its drift report was a hand-written file that said "pass" whatever
 * the code did — and could be reused for any other manifest. Here every source file in scope is a
 * module that must be owned or deferred; every import edge is scanned from the code (Rust and
 * TypeScript/JavaScript) and resolved to a file, the file to its domain, and every edge of a
 * banned pair is a finding with file and line; a committed report must be bound to this manifest's
 * digest and agree with what the code says.
 */
import { defineGate } from '../../src/sdk/index.js';
import { BOUNDARY_CHECKS, CHECK_PREFIX, DEFAULT_REQUIRED_CHECKS, type KernelBoundaryOptions, MANIFEST_SCHEMA_ID, REPORT_SCHEMA_ID, RESERVED_OUTPUTS } from './manifest.js';

export { BOUNDARY_CHECKS, CHECK_PREFIX, DEFAULT_REQUIRED_CHECKS, MANIFEST_SCHEMA, MANIFEST_SCHEMA_ID, normaliseModulePath, REPORT_SCHEMA, REPORT_SCHEMA_ID, type BoundaryCheck, type KernelBoundaryOptions } from './manifest.js';
export type { DriftReport } from './report.js';

// ---------------------------------------------------------------------------------------------

export default defineGate<KernelBoundaryOptions>({
  type: 'kernel_boundary',
  // A whole source tree / a tracker stream: one heavy gate at a time (see GateDefinition.heavy).
  heavy: true,
  title: 'Kernel extraction boundary',
  description: 'Every source module is owned by one boundary domain or deferred; no import edge in the code crosses a banned domain pair; the manifest\'s domains, modules and reintegration mappings are consistent; a committed drift report agrees with the code.',
  blocking: true,
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      manifest: { type: 'string', minLength: 1, default: 'docs/kernel-boundary-manifest.json', description: 'The boundary manifest (JSON), relative to the root.' },
      schema_id: { type: 'string', minLength: 1, default: MANIFEST_SCHEMA_ID, description: 'Required value of the manifest\'s `/schema`: the id of the boundary manifest format the gate reads.' },
      source_globs: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { type: 'string', minLength: 1 },
        default: ['src/**/*.rs'],
        description: 'Source files in scope: every one is a module that must be mapped or deferred, and is scanned for imports (.rs as Rust; .ts/.tsx/.mts/.cts/.js/.jsx/.mjs/.cjs as TypeScript/JavaScript).',
      },
      ignore: { type: 'array', uniqueItems: true, items: { type: 'string', minLength: 1 }, default: [], description: 'Globs of files to leave out of scope (generated code, fixtures).' },
      rust_crate_root: { type: 'string', minLength: 1, default: 'src', description: 'Directory holding lib.rs / main.rs: Rust module paths are taken relative to it.' },
      write_report: {
        type: 'string',
        pattern: '^(?!\\.\\.?$)[A-Za-z0-9._-]+$',
        not: { enum: RESERVED_OUTPUTS },
        description: `File name of a drift report (${REPORT_SCHEMA_ID}) to write into the run's output directory.`,
      },
      committed_report: { type: 'string', minLength: 1, description: 'A committed drift report, relative to the root, that must be bound to this manifest and agree with this run.' },
      required_checks: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { enum: [...BOUNDARY_CHECKS, ...BOUNDARY_CHECKS.map((c) => CHECK_PREFIX + c)] },
        default: DEFAULT_REQUIRED_CHECKS,
        description: 'Checks a committed report must carry (with or without the `kernel_boundary.` prefix).',
      },
      external_packages: {
        type: 'array',
        uniqueItems: true,
        // An npm name (`@scope/name`, `name`) or a Cargo package name: one word, at most one scope.
        items: { type: 'string', pattern: '^(?:@[^\\s/@]+/)?[^\\s/@.][^\\s/@]*$' },
        default: [],
        description: 'Packages of the repository (workspace packages, file: dependencies, Cargo path dependencies) whose code source_globs leave out, that you assert belong to no domain and import no domain code: imports of them are treated like third-party packages. A package of the root outside the scanned sources that is not listed is unresolved_import; a name that is a domain\'s package (target_crate, or the package holding a domain\'s module) fails external_package_owned.',
      },
    },
  },
  artifactPath: (options) => options.manifest,
  remediation: [
    'unmapped_module: add the file to the current_modules of the domain that owns it, or to deferred_modules with a reason.',
    'banned_import: remove the import named in the finding (file and line), or route it through an interface of the importing domain; do not un-ban the pair to make the gate pass.',
    'undefined_domain / duplicate_domain / duplicate_ownership / missing_module / mapping_*: fix the manifest entry at the pointer shown.',
    'unresolved_import of a package of the repository outside the scanned sources: add its folder to source_globs so it is scanned and its edges followed, or list its name in external_packages if it belongs to no domain and imports no domain code.',
    'external_package_owned: remove the name from external_packages: a domain\'s own code cannot be external.',
    'report_drift: regenerate the committed drift report with write_report from a run on this commit and manifest; never edit it by hand.',
  ],
  warnReasons: ['generated_code_unscanned'],
  evidenceReasons: ['external_package_owned', 'unresolved_import', 'dynamic_import', 'unscannable_source', 'report_drift', 'report_unwritable', 'undefined_domain', 'duplicate_domain'],
  reasons: {
    unmapped_module: 'a source module is in no boundary domain and not deferred',
    duplicate_ownership: 'a module is listed by two domains, twice by one domain, or both mapped and deferred',
    undefined_domain: 'a banned pair or a module mapping names a domain the manifest does not define',
    duplicate_domain: 'two boundary domains share one domain_id',
    missing_module: 'a mapped or deferred module does not exist on disk',
    mapping_invalid: 'a reintegration mapping is blank, repeated or inconsistent with its domain (target crate, modules, replacement target)',
    mapping_missing: 'a replacement target has no module mapping, or the reintegration lists are empty',
    banned_import: 'the code imports across a banned domain pair (file and line)',
    unresolved_import: 'an import in a banned-from domain resolves to no file inside the root and to no declared package, or to code of the root no scan reads (a file outside source_globs; a package of the root outside the scanned sources that external_packages does not list), or the file is outside every Rust crate root, so the boundary cannot be proven',
    dynamic_import: 'a file in a banned-from domain imports a computed specifier, which may load a banned domain',
    generated_code_unscanned: 'a Rust file in a banned-from domain include!s build output (`concat!(env!("OUT_DIR"), …)`, prost/tonic generated code): no checkout holds it, so its imports are not scanned (a warning, not a failure)',
    unscannable_source: 'a file in a banned-from domain is not Rust or TypeScript/JavaScript, or could not be fully parsed, so its imports cannot be scanned',
    external_package_owned: 'external_packages names a package that is a domain\'s own (its target_crate, or the package holding one of its modules): the assertion that it belongs to no domain is false',
    unknown_check: 'the manifest requires a check id the gate does not compute',
    report_drift: 'a committed drift report is not bound to this manifest, lacks required checks, or contradicts the computed statuses',
    report_unwritable: 'the drift report could not be written to the output directory',
  },
  // Imported when the gate runs: a run without this gate never loads the scanners.
  async evaluate(ctx, options) {
    return (await import('./evaluate.js')).evaluate(ctx, options);
  },
});
