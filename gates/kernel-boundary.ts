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
import { posix } from 'node:path';
import { ArtifactError } from '../src/artifacts/errors.js';
import { globToRegExp } from '../src/artifacts/glob.js';
import type { JsonArtifact } from '../src/artifacts/json.js';
import type { JsonSchema } from '../src/artifacts/schema.js';
import { defineGate, type CheckDetail, type GateContext } from '../src/core/types.js';
import { writeFilesAtomically } from '../src/output/atomic.js';
import { outputFiles } from '../src/output/files.js';
import { resolveRustCrate, type RustScan, scanRust } from '../src/scan/rust-imports.js';
import { isRelativeSpecifier, isTsSource, scanTs, tsCandidates, type TsScan } from '../src/scan/ts-imports.js';
import { didYouMean } from '../src/util/suggest.js';
import { plural } from '../src/util/plural.js';
import { isBlank as isBlankText } from '../src/util/text-classes.js';

export const MANIFEST_SCHEMA_ID = 'pi.frankennode.kernel_extraction_boundary_manifest.v1';
export const REPORT_SCHEMA_ID = 'pi.frankennode.kernel_boundary_drift_report.v1';
export const CHECK_PREFIX = 'kernel_boundary.';

/** The checks whose status the drift report records, in evaluation order. */
export const BOUNDARY_CHECKS = [
  'all_modules_mapped_or_deferred',
  'no_duplicate_domain_ownership',
  'domains_defined',
  'modules_exist',
  'reintegration_target_list_complete',
  'reintegration_module_mappings_complete',
  'banned_cross_boundary_pairs_absent',
] as const;
export type BoundaryCheck = (typeof BOUNDARY_CHECKS)[number];

/** The five checks the reference manifest's drift_detection_contract requires. */
export const DEFAULT_REQUIRED_CHECKS = [
  'kernel_boundary.all_modules_mapped_or_deferred',
  'kernel_boundary.no_duplicate_domain_ownership',
  'kernel_boundary.banned_cross_boundary_pairs_absent',
  'kernel_boundary.reintegration_target_list_complete',
  'kernel_boundary.reintegration_module_mappings_complete',
];

export interface KernelBoundaryOptions {
  manifest: string;
  schema_id: string;
  source_globs: string[];
  ignore: string[];
  rust_crate_root: string;
  write_report?: string;
  committed_report?: string;
  required_checks: string[];
}

interface Domain {
  domain_id: string;
  target_crate: string;
  current_modules: string[];
  target_modules: string[];
}

interface BannedPair {
  from_domain: string;
  to_domain: string;
  reason: string;
}

interface Manifest {
  bead_id?: string;
  support_bead_ids?: string[];
  boundary_domains: Domain[];
  deferred_modules?: { module_path: string; reason: string; follow_up_bead?: string }[];
  ownership_rules: { banned_cross_boundary_pairs: BannedPair[] };
  reintegration_linkage?: { replacement_targets?: string[]; module_mappings?: Record<string, unknown>[] };
  drift_detection_contract?: { required_checks?: string[] };
}

interface CommittedReport {
  manifest_path?: string;
  manifest_sha256?: string;
  checks: { check_id: string; status: 'pass' | 'fail'; detail?: string }[];
  summary: {
    total_checks?: number;
    pass_count?: number;
    fail_count?: number;
    verdict: 'pass' | 'fail';
    boundary_domains_count?: number;
    deferred_modules_count?: number;
    reintegration_mappings_count?: number;
  };
}

const NON_BLANK: JsonSchema = { type: 'string', pattern: '\\S' };

/** The shape the gate reads. Content rules (blank mapping fields, undefined domains…) are findings, not schema errors. */
export const MANIFEST_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['boundary_domains', 'ownership_rules'],
  properties: {
    bead_id: { type: 'string' },
    support_bead_ids: { type: 'array', items: { type: 'string' } },
    boundary_domains: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['domain_id', 'target_crate', 'current_modules', 'target_modules'],
        properties: {
          domain_id: NON_BLANK,
          target_crate: { type: 'string' },
          current_modules: { type: 'array', items: NON_BLANK },
          target_modules: { type: 'array', items: { type: 'string' } },
        },
      },
    },
    deferred_modules: {
      type: 'array',
      items: {
        type: 'object',
        required: ['module_path', 'reason'],
        properties: { module_path: NON_BLANK, reason: NON_BLANK, follow_up_bead: { type: 'string' } },
      },
    },
    ownership_rules: {
      type: 'object',
      required: ['banned_cross_boundary_pairs'],
      properties: {
        // An empty ban list would make banned_cross_boundary_pairs_absent true by definition.
        banned_cross_boundary_pairs: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['from_domain', 'to_domain', 'reason'],
            properties: { from_domain: NON_BLANK, to_domain: NON_BLANK, reason: NON_BLANK },
          },
        },
      },
    },
    reintegration_linkage: {
      type: 'object',
      properties: {
        replacement_targets: { type: 'array', items: { type: 'string' } },
        module_mappings: { type: 'array', items: { type: 'object' } },
      },
    },
    drift_detection_contract: { type: 'object', properties: { required_checks: { type: 'array', items: { type: 'string' } } } },
  },
};

const COUNT: JsonSchema = { type: 'integer', minimum: 0 };
export const REPORT_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['checks', 'summary'],
  properties: {
    manifest_path: { type: 'string' },
    manifest_sha256: { type: 'string' },
    checks: {
      type: 'array',
      items: {
        type: 'object',
        required: ['check_id', 'status'],
        properties: { check_id: { type: 'string' }, status: { enum: ['pass', 'fail'] }, detail: { type: 'string' } },
      },
    },
    summary: {
      type: 'object',
      required: ['verdict'],
      properties: {
        total_checks: COUNT,
        pass_count: COUNT,
        fail_count: COUNT,
        verdict: { enum: ['pass', 'fail'] },
        boundary_domains_count: COUNT,
        deferred_modules_count: COUNT,
        reintegration_mappings_count: COUNT,
      },
    },
  },
};

const MAPPING_FIELDS = ['source_module', 'source_domain', 'target_crate', 'target_module', 'replacement_target'] as const;
const RUST_EXTENSION = '.rs';
const READ_CONCURRENCY = 64;
const RESERVED_OUTPUTS = [...Object.values(outputFiles('full')), ...Object.values(outputFiles('preflight'))];

const isBlank = (v: unknown) => typeof v !== 'string' || isBlankText(v);
const bareCheckId = (id: string) => (id.startsWith(CHECK_PREFIX) ? id.slice(CHECK_PREFIX.length) : id);
const isBoundaryCheck = (id: string): id is BoundaryCheck => (BOUNDARY_CHECKS as readonly string[]).includes(id);
const escapeGlob = (path: string) => path.replace(/[\\*?[\]{}]/g, '\\$&');

/** How a module path in the manifest compares with a listed file: `./src/a.rs` and `src//a.rs` are `src/a.rs`. */
export function normaliseModulePath(path: string): string {
  const n = posix.normalize(path.replace(/\\/g, '/')).replace(/\/+$/, '');
  return n.startsWith('./') ? n.slice(2) : n;
}

// ---------------------------------------------------------------------------------------------
// Recording: every check goes to the context and is also tallied for the drift report.

class Tally {
  private readonly fails = new Map<string, string[]>();
  private readonly passes = new Map<string, string[]>();

  constructor(private readonly ctx: GateContext) {}

  pass(id: string, message: string, detail?: CheckDetail): void {
    this.ctx.pass(id, message, detail);
    this.passes.set(id, [...(this.passes.get(id) ?? []), message]);
  }

  fail(id: string, code: string, message: string, detail?: CheckDetail): void {
    this.ctx.fail(id, code, message, detail);
    this.fails.set(id, [...(this.fails.get(id) ?? []), message]);
  }

  failFromError(id: string, error: unknown): void {
    this.ctx.failFromError(id, error);
    this.fails.set(id, [...(this.fails.get(id) ?? []), error instanceof Error ? error.message : String(error)]);
  }

  status(id: string): 'pass' | 'fail' {
    return this.fails.has(id) ? 'fail' : 'pass';
  }

  detail(id: string): string {
    const fails = this.fails.get(id);
    if (fails !== undefined) return `${plural(fails.length, 'finding')}: ${fails[0]}${fails.length > 1 ? ` (+${fails.length - 1} more)` : ''}`;
    return this.passes.get(id)?.[0] ?? 'passed';
  }
}

// ---------------------------------------------------------------------------------------------
// The manifest, indexed

interface Owner {
  kind: 'domain' | 'deferred';
  domain?: string;
  written: string;
  pointer: string;
}

interface Model {
  path: string;
  doc: JsonArtifact;
  manifest: Manifest;
  domains: Map<string, { domain: Domain; index: number }>;
  owners: Map<string, Owner[]>;
  domainOf: Map<string, string>;
  banned: Map<string, { pair: BannedPair; index: number }>;
  bannedFrom: Set<string>;
}

function indexManifest(doc: JsonArtifact): Model {
  const manifest = doc.value as Manifest;
  const domains = new Map<string, { domain: Domain; index: number }>();
  const owners = new Map<string, Owner[]>();
  const domainOf = new Map<string, string>();
  const own = (module: string, owner: Owner) => {
    const key = normaliseModulePath(module);
    owners.set(key, [...(owners.get(key) ?? []), owner]);
  };
  manifest.boundary_domains.forEach((domain, index) => {
    if (!domains.has(domain.domain_id)) domains.set(domain.domain_id, { domain, index });
    domain.current_modules.forEach((module, k) => {
      own(module, { kind: 'domain', domain: domain.domain_id, written: module, pointer: `/boundary_domains/${index}/current_modules/${k}` });
      const key = normaliseModulePath(module);
      if (!domainOf.has(key)) domainOf.set(key, domain.domain_id);
    });
  });
  (manifest.deferred_modules ?? []).forEach((d, index) => own(d.module_path, { kind: 'deferred', written: d.module_path, pointer: `/deferred_modules/${index}/module_path` }));
  const banned = new Map<string, { pair: BannedPair; index: number }>();
  const bannedFrom = new Set<string>();
  manifest.ownership_rules.banned_cross_boundary_pairs.forEach((pair, index) => {
    const key = `${pair.from_domain}\0${pair.to_domain}`;
    if (!banned.has(key)) banned.set(key, { pair, index });
    bannedFrom.add(pair.from_domain);
  });
  return { path: doc.path, doc, manifest, domains, owners, domainOf, banned, bannedFrom };
}

/** Line/column of the value at a pointer or, when it is absent, of its nearest existing ancestor. */
function locateNearest(doc: JsonArtifact, pointer: string): { line: number; column: number } | undefined {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const found = doc.locate(p);
    if (found !== undefined || p === '') return found;
  }
}

function at(model: Model, pointer: string): CheckDetail {
  return { path: model.path, pointer, ...locateNearest(model.doc, pointer) };
}

const ownerText = (o: Owner) => (o.kind === 'domain' ? `${o.pointer} (domain ${o.domain})` : `${o.pointer} (deferred)`);

// ---------------------------------------------------------------------------------------------
// Sources: list, read, scan, resolve

interface Edge {
  from: string;
  to: string;
  line: number;
  column: number;
  /** What the code says: the Rust path or the TS specifier. */
  written: string;
  kind: string;
}

interface SourceScan {
  files: string[];
  listError?: unknown;
  readErrors: unknown[];
  unscannable: string[];
  /** Rust files outside the crate root; TS relative imports that name no file. */
  unresolved: { from: string; line?: number; column?: number; written?: string; why: string }[];
  dynamic: { from: string; line: number; column: number; expression: string; kind: string }[];
  edges: Edge[];
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

async function listSources(ctx: GateContext, options: KernelBoundaryOptions): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of options.source_globs) for (const f of await ctx.list(pattern)) found.add(f);
  const ignore = options.ignore.map((g) => globToRegExp(g));
  return [...found].filter((f) => !ignore.some((re) => re.test(f))).sort();
}

/** A regular file inside the root (a directory named like a module does not count). */
async function fileExists(ctx: GateContext, inScope: ReadonlySet<string>, cache: Map<string, Promise<boolean>>, path: string): Promise<boolean> {
  if (inScope.has(path)) return true;
  if (path === '' || path === '.' || path === '..' || path.startsWith('../') || path.startsWith('/')) return false;
  let known = cache.get(path);
  if (known === undefined) {
    known = ctx.list(escapeGlob(path)).then(
      (found) => found.length > 0,
      () => false,
    );
    cache.set(path, known);
  }
  return known;
}

async function scanSources(ctx: GateContext, options: KernelBoundaryOptions, scope: { files: ReadonlySet<string> }, exists: (p: string) => Promise<boolean>): Promise<SourceScan> {
  const result: SourceScan = { files: [], readErrors: [], unscannable: [], unresolved: [], dynamic: [], edges: [] };
  try {
    result.files = await listSources(ctx, options);
  } catch (e) {
    if (!(e instanceof ArtifactError)) throw e;
    result.listError = e;
    return result;
  }
  scope.files = new Set(result.files);
  const rustScans = new Map<string, RustScan>();
  const tsScans = new Map<string, TsScan>();
  await mapLimit(result.files, READ_CONCURRENCY, async (file) => {
    const rust = file.endsWith(RUST_EXTENSION);
    if (!rust && !isTsSource(file)) {
      result.unscannable.push(file);
      return;
    }
    if (ctx.signal.aborted) return;
    let text: string;
    try {
      text = (await ctx.read.text(file)).text;
    } catch (e) {
      if (!(e instanceof ArtifactError)) throw e;
      if (e.code !== 'empty') {
        result.readErrors.push(e);
        return;
      }
      text = ''; // an empty module is a module with no imports
    }
    if (rust) rustScans.set(file, scanRust(text));
    else tsScans.set(file, scanTs(text));
  });
  result.unscannable.sort();

  if (rustScans.size > 0) {
    const crate = resolveRustCrate(rustScans, options.rust_crate_root);
    for (const e of crate.edges) result.edges.push({ from: e.from, to: e.to, line: e.line, column: e.column, written: e.path, kind: e.kind });
    for (const file of crate.outside) result.unresolved.push({ from: file, why: `is not a .rs file under rust_crate_root "${options.rust_crate_root}", so its crate:: / super:: paths have no module to resolve against` });
  }

  for (const from of [...tsScans.keys()].sort()) {
    const scan = tsScans.get(from) as TsScan;
    for (const imp of scan.imports) {
      if (!isRelativeSpecifier(imp.specifier)) continue; // packages, node: built-ins and path aliases are outside the project
      let to: string | undefined;
      for (const candidate of tsCandidates(from, imp.specifier)) {
        if (await exists(candidate)) {
          to = candidate;
          break;
        }
      }
      if (to !== undefined) result.edges.push({ from, to, line: imp.line, column: imp.column, written: imp.specifier, kind: imp.kind });
      else {
        const leaves = tsCandidates(from, imp.specifier)[0]?.startsWith('../') === true;
        result.unresolved.push({ from, line: imp.line, column: imp.column, written: imp.specifier, why: `imports "${imp.specifier}", which ${leaves ? 'leaves the root' : 'names no file'}` });
      }
    }
    for (const u of scan.unresolvable) result.dynamic.push({ from, line: u.line, column: u.column, expression: u.expression, kind: u.kind });
  }
  result.edges.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.line - b.line || a.column - b.column));
  return result;
}

// ---------------------------------------------------------------------------------------------
// Checks

function checkCoverage(t: Tally, model: Model, sources: SourceScan, options: KernelBoundaryOptions): void {
  const id = 'all_modules_mapped_or_deferred';
  if (sources.listError !== undefined) {
    t.failFromError(id, sources.listError);
    return;
  }
  if (sources.files.length === 0) {
    t.fail(id, 'vacuous', `no source file matches ${options.source_globs.join(', ')}${options.ignore.length > 0 ? ` (after ignore)` : ''}; zero modules cannot prove the boundary covers the code`, {
      expected: `at least one file matching ${options.source_globs.join(', ')}`,
      actual: 'none',
      fix: 'check source_globs, ignore and the root: the gate must see the code the manifest describes',
    });
    return;
  }
  let mapped = 0;
  let deferred = 0;
  const unmapped: string[] = [];
  for (const file of sources.files) {
    const owners = model.owners.get(file);
    if (owners === undefined) unmapped.push(file);
    else if (owners[0]?.kind === 'domain') mapped++;
    else deferred++;
  }
  for (const file of unmapped) {
    t.fail(id, 'unmapped_module', `${file} is neither in a domain's current_modules nor in deferred_modules of ${model.path}`, {
      path: file,
      expected: `listed in boundary_domains[].current_modules or deferred_modules[].module_path of ${model.path}`,
      actual: 'listed nowhere',
      fix: `add "${file}" to the current_modules of the domain that owns it, or to deferred_modules with a reason and a follow-up bead`,
    });
  }
  if (unmapped.length === 0) t.pass(id, `all ${plural(sources.files.length, 'source module')} in scope are mapped (${mapped}) or deferred (${deferred})`);
}

function checkDuplicates(t: Tally, model: Model): void {
  const id = 'no_duplicate_domain_ownership';
  let duplicates = 0;
  for (const [module, owners] of model.owners) {
    if (owners.length < 2) continue;
    duplicates++;
    const second = owners[1] as Owner;
    t.fail(id, 'duplicate_ownership', `${module} is listed ${owners.length} times: ${owners.map(ownerText).join(', ')}`, {
      ...at(model, second.pointer),
      expected: 'one owner: one domain\'s current_modules, or deferred_modules',
      actual: owners.map((o) => o.pointer),
      fix: `keep "${module}" in the one place that owns it and remove the other ${owners.length === 2 ? 'entry' : 'entries'}`,
    });
  }
  if (duplicates === 0) t.pass(id, `no module is listed twice (${plural(model.owners.size, 'module')} owned or deferred)`);
}

function checkDomainsDefined(t: Tally, model: Model): void {
  const id = 'domains_defined';
  const defined = [...model.domains.keys()];
  let problems = 0;
  model.manifest.boundary_domains.forEach((domain, index) => {
    const first = model.domains.get(domain.domain_id);
    if (first === undefined || first.index === index) return;
    problems++;
    t.fail(id, 'duplicate_domain', `domain "${domain.domain_id}" is defined twice: /boundary_domains/${first.index} and /boundary_domains/${index}`, {
      ...at(model, `/boundary_domains/${index}/domain_id`),
      expected: 'unique domain ids',
      actual: domain.domain_id,
      fix: 'merge the two definitions or rename one: rules naming this domain cannot tell which one they mean',
    });
  });
  const undefinedDomain = (name: string, pointer: string, where: string) => {
    problems++;
    t.fail(id, 'undefined_domain', `${where} names domain "${name}", which no boundary_domains entry defines${didYouMean(name, defined)}`, {
      ...at(model, pointer),
      expected: defined,
      actual: name,
      fix: `define "${name}" in boundary_domains (with its modules), or correct the name: a rule about a domain that does not exist checks nothing`,
    });
  };
  model.manifest.ownership_rules.banned_cross_boundary_pairs.forEach((pair, index) => {
    for (const side of ['from_domain', 'to_domain'] as const) {
      if (!model.domains.has(pair[side])) undefinedDomain(pair[side], `/ownership_rules/banned_cross_boundary_pairs/${index}/${side}`, `banned pair ${pair.from_domain} -> ${pair.to_domain}`);
    }
  });
  (model.manifest.reintegration_linkage?.module_mappings ?? []).forEach((mapping, index) => {
    const domain = mapping.source_domain;
    if (typeof domain === 'string' && !isBlankText(domain) && !model.domains.has(domain)) {
      undefinedDomain(domain, `/reintegration_linkage/module_mappings/${index}/source_domain`, `module mapping ${index}`);
    }
  });
  if (problems === 0) {
    const pairs = model.manifest.ownership_rules.banned_cross_boundary_pairs.length;
    const mappings = model.manifest.reintegration_linkage?.module_mappings?.length ?? 0;
    t.pass(id, `every domain named by ${plural(pairs, 'banned pair')} and ${plural(mappings, 'module mapping')} is one of the ${plural(defined.length, 'defined domain')}`);
  }
}

async function checkModulesExist(t: Tally, model: Model, exists: (p: string) => Promise<boolean>): Promise<void> {
  const id = 'modules_exist';
  const entries = [...model.owners.entries()];
  const present = await mapLimit(entries, READ_CONCURRENCY, ([module]) => exists(module));
  let missing = 0;
  entries.forEach(([module, owners], i) => {
    if (present[i]) return;
    missing++;
    const owner = owners[0] as Owner;
    const escapes = module === '..' || module.startsWith('../') || module.startsWith('/');
    t.fail(id, 'missing_module', `${owner.written} (${ownerText(owner)}) ${escapes ? 'is outside the root' : 'does not exist'}`, {
      ...at(model, owner.pointer),
      expected: 'an existing source file, relative to the root',
      actual: escapes ? 'outside the root' : 'no such file',
      fix: `correct the path, or remove the entry if "${owner.written}" was deleted or moved: a boundary drawn around a missing file describes nothing`,
    });
  });
  if (missing === 0) t.pass(id, `all ${plural(entries.length, 'mapped and deferred module')} exist`);
}

function checkReintegration(t: Tally, model: Model): void {
  const listId = 'reintegration_target_list_complete';
  const mapId = 'reintegration_module_mappings_complete';
  const linkage = model.manifest.reintegration_linkage;
  const targets = linkage?.replacement_targets ?? [];
  const mappings = linkage?.module_mappings ?? [];
  const fixLink = 'every replacement target needs exactly one module mapping (source_module == replacement_target) into the domain that owns it';

  // Replacement target list.
  let listProblems = 0;
  if (targets.length === 0) {
    listProblems++;
    const pointer = linkage === undefined ? '/reintegration_linkage' : '/reintegration_linkage/replacement_targets';
    t.fail(listId, 'mapping_missing', `${model.path} declares no reintegration_linkage.replacement_targets`, {
      ...at(model, pointer),
      expected: 'a non-empty reintegration_linkage.replacement_targets list',
      actual: linkage === undefined ? 'no reintegration_linkage' : 'no replacement targets',
      fix: 'list the modules the extracted crates will replace, each with a module mapping',
    });
  }
  const seenTargets = new Map<string, number>();
  targets.forEach((target, index) => {
    const pointer = `/reintegration_linkage/replacement_targets/${index}`;
    if (isBlank(target)) {
      listProblems++;
      t.fail(listId, 'mapping_invalid', `replacement target ${index} is blank`, { ...at(model, pointer), expected: 'a module path', actual: target, fix: 'write the module path, or remove the entry' });
      return;
    }
    const first = seenTargets.get(target);
    if (first !== undefined) {
      listProblems++;
      t.fail(listId, 'mapping_invalid', `replacement target "${target}" is listed twice (entries ${first} and ${index})`, { ...at(model, pointer), expected: 'unique replacement targets', actual: target, fix: 'remove the repeated entry' });
      return;
    }
    seenTargets.set(target, index);
    if (!mappings.some((m) => m.replacement_target === target)) {
      listProblems++;
      t.fail(listId, 'mapping_missing', `replacement target "${target}" has no module mapping`, {
        ...at(model, pointer),
        expected: `a reintegration_linkage.module_mappings entry with replacement_target "${target}"`,
        actual: 'none',
        fix: fixLink,
      });
    }
  });
  if (listProblems === 0) t.pass(listId, `all ${plural(targets.length, 'replacement target')} have a module mapping`);

  // Module mappings.
  let mapProblems = 0;
  const bad = (index: number, field: string | undefined, message: string, expected: unknown, actual: unknown, fix: string) => {
    mapProblems++;
    const pointer = `/reintegration_linkage/module_mappings/${index}${field !== undefined ? `/${field}` : ''}`;
    t.fail(mapId, 'mapping_invalid', `module mapping ${index}: ${message}`, { ...at(model, pointer), expected, actual, fix });
  };
  if (mappings.length === 0) {
    mapProblems++;
    t.fail(mapId, 'mapping_missing', `${model.path} declares no reintegration_linkage.module_mappings`, {
      ...at(model, '/reintegration_linkage/module_mappings'),
      expected: 'a non-empty module_mappings list',
      actual: 'none',
      fix: fixLink,
    });
  }
  const seenSources = new Map<string, number>();
  const seenReplacements = new Map<string, number>();
  mappings.forEach((mapping, index) => {
    const blank = MAPPING_FIELDS.filter((f) => isBlank(mapping[f]));
    for (const field of blank) {
      bad(index, field, `${field} is ${mapping[field] === undefined ? 'missing' : typeof mapping[field] === 'string' ? 'blank' : 'not a string'}`, 'a non-blank string', mapping[field] ?? 'absent', `fill in ${field}`);
    }
    const m = mapping as Record<(typeof MAPPING_FIELDS)[number], string>;
    if (!blank.includes('source_module')) {
      const first = seenSources.get(m.source_module);
      if (first !== undefined) bad(index, 'source_module', `source_module "${m.source_module}" is already mapped by mapping ${first}`, 'unique source modules', m.source_module, 'keep one mapping per source module');
      else seenSources.set(m.source_module, index);
    }
    if (!blank.includes('replacement_target')) {
      const first = seenReplacements.get(m.replacement_target);
      if (first !== undefined) bad(index, 'replacement_target', `replacement_target "${m.replacement_target}" is already used by mapping ${first}`, 'unique replacement targets', m.replacement_target, 'keep one mapping per replacement target');
      else seenReplacements.set(m.replacement_target, index);
      if (!targets.includes(m.replacement_target)) {
        bad(index, 'replacement_target', `replacement_target "${m.replacement_target}" is not in reintegration_linkage.replacement_targets`, targets, m.replacement_target, 'add it to replacement_targets or correct the mapping');
      }
    }
    if (!blank.includes('source_module') && !blank.includes('replacement_target') && m.source_module !== m.replacement_target) {
      bad(index, 'replacement_target', `source_module "${m.source_module}" differs from replacement_target "${m.replacement_target}"`, m.source_module, m.replacement_target, 'a mapping replaces the module it maps: make source_module and replacement_target the same path');
    }
    if (blank.includes('source_domain')) return;
    const domain = model.domains.get(m.source_domain)?.domain;
    if (domain === undefined) return; // reported by domains_defined
    if (!blank.includes('target_crate') && m.target_crate !== domain.target_crate) {
      bad(index, 'target_crate', `target_crate "${m.target_crate}" is not the target_crate "${domain.target_crate}" of domain ${domain.domain_id}`, domain.target_crate, m.target_crate, `use "${domain.target_crate}" or move the mapping to the domain whose crate it names`);
    }
    if (!blank.includes('source_module') && !domain.current_modules.some((c) => normaliseModulePath(c) === normaliseModulePath(m.source_module))) {
      bad(index, 'source_module', `source_module "${m.source_module}" is not in the current_modules of domain ${domain.domain_id}`, domain.current_modules, m.source_module, `map it from the domain that owns "${m.source_module}", or add it to ${domain.domain_id}'s current_modules`);
    }
    if (!blank.includes('target_module') && !domain.target_modules.includes(m.target_module)) {
      bad(index, 'target_module', `target_module "${m.target_module}" is not in the target_modules of domain ${domain.domain_id}`, domain.target_modules, m.target_module, `use one of ${domain.domain_id}'s target_modules, or add it there`);
    }
  });
  if (mapProblems === 0) t.pass(mapId, `all ${plural(mappings.length, 'module mapping')} are complete and consistent with their domains`);
}

function checkBannedEdges(t: Tally, ctx: GateContext, model: Model, sources: SourceScan): void {
  const id = 'banned_cross_boundary_pairs_absent';
  const inBannedFrom = (file: string) => {
    const d = model.domainOf.get(file);
    return d !== undefined && model.bannedFrom.has(d);
  };
  let problems = 0;
  for (const e of sources.readErrors) {
    problems++;
    t.failFromError(id, e);
  }
  const pairs = model.manifest.ownership_rules.banned_cross_boundary_pairs.length;
  if (pairs === 0) {
    problems++;
    t.fail(id, 'vacuous', `${model.path} bans no cross-boundary pair; "banned pairs absent" would prove nothing`, {
      ...at(model, '/ownership_rules/banned_cross_boundary_pairs'),
      expected: 'at least one {from_domain, to_domain, reason}',
      actual: [],
      fix: 'declare the domain pairs that must not import each other',
    });
  }
  for (const file of sources.unscannable) {
    if (!inBannedFrom(file)) continue;
    problems++;
    t.fail(id, 'unscannable_source', `${file} (domain ${model.domainOf.get(file)}) is not Rust or TypeScript/JavaScript, so its imports cannot be scanned`, {
      path: file,
      expected: 'a .rs, .ts, .tsx, .mts, .cts, .js, .jsx, .mjs or .cjs source file',
      actual: posix.extname(file) || 'no extension',
      fix: 'narrow source_globs (or use ignore) to source files the gate can scan',
    });
  }
  for (const u of sources.unresolved) {
    if (!inBannedFrom(u.from)) continue;
    problems++;
    t.fail(id, 'unresolved_import', `${u.from}${u.line !== undefined ? `:${u.line}` : ''} (domain ${model.domainOf.get(u.from)}) ${u.why}; an edge that cannot be resolved cannot be proven allowed`, {
      path: u.from,
      ...(u.line !== undefined ? { line: u.line, column: u.column } : {}),
      expected: 'an import that resolves to a file',
      actual: u.written ?? u.from,
      fix: u.written !== undefined ? 'fix the import (or the file it names); path aliases are not resolved — import by relative path' : 'set rust_crate_root to the directory holding lib.rs / main.rs, or leave the file out of source_globs',
    });
  }
  for (const d of sources.dynamic) {
    if (!inBannedFrom(d.from)) continue;
    problems++;
    t.fail(id, 'dynamic_import', `${d.from}:${d.line} (domain ${model.domainOf.get(d.from)}) calls ${d.kind === 'require' ? 'require' : 'import'}(${d.expression}) with a computed specifier; it may load a banned domain`, {
      path: d.from,
      line: d.line,
      column: d.column,
      expected: 'a string-literal specifier',
      actual: d.expression,
      fix: 'import by a literal path (a map of literal imports, if a choice is needed), so the boundary can be checked',
    });
  }
  const seen = new Set<string>();
  for (const e of sources.edges) {
    const fromDomain = model.domainOf.get(e.from);
    const toDomain = model.domainOf.get(e.to);
    if (fromDomain === undefined || toDomain === undefined || fromDomain === toDomain) continue;
    const rule = model.banned.get(`${fromDomain}\0${toDomain}`);
    if (rule === undefined) continue;
    const key = `${e.from}\0${e.line}\0${e.to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems++;
    t.fail(id, 'banned_import', `${e.from}:${e.line} (${fromDomain}) imports ${e.to} (${toDomain}) via \`${e.written}\`: ${fromDomain} -> ${toDomain} is banned (${rule.pair.reason || 'no reason given'})`, {
      path: e.from,
      line: e.line,
      column: e.column,
      expected: `no import from ${fromDomain} into ${toDomain} (${model.path}#/ownership_rules/banned_cross_boundary_pairs/${rule.index})`,
      actual: { import: e.written, module: e.to, from_domain: fromDomain, to_domain: toDomain },
      fix: `remove the dependency: ${rule.pair.reason || `${fromDomain} must not depend on ${toDomain}`} — go through an interface owned by ${fromDomain} or a shared domain`,
    });
  }
  if (problems === 0 && ctx.signal.aborted === false) {
    t.pass(id, `no edge of the ${plural(model.banned.size, 'banned pair')} in ${plural(sources.edges.length, 'resolved import edge')} of ${plural(sources.files.length, 'source file')}`);
  }
}

function recordUndeclaredEdges(t: Tally, model: Model, sources: SourceScan): void {
  const id = 'undeclared_cross_domain_edges';
  const grouped = new Map<string, { first: Edge; count: number; from: string; to: string }>();
  for (const e of sources.edges) {
    const from = model.domainOf.get(e.from);
    const to = model.domainOf.get(e.to);
    if (from === undefined || to === undefined || from === to || model.banned.has(`${from}\0${to}`)) continue;
    const key = `${e.from}\0${e.to}`;
    const g = grouped.get(key);
    if (g === undefined) grouped.set(key, { first: e, count: 1, from, to });
    else g.count++;
  }
  for (const g of grouped.values()) {
    t.pass(id, `${g.first.from} (${g.from}) -> ${g.first.to} (${g.to}): ${plural(g.count, 'reference')}, first \`${g.first.written}\` at line ${g.first.line}; not a banned pair`, {
      path: g.first.from,
      line: g.first.line,
      column: g.first.column,
      actual: { import: g.first.written, module: g.first.to, from_domain: g.from, to_domain: g.to, references: g.count },
    });
  }
  if (grouped.size === 0) t.pass(id, 'no import crosses from one domain into another');
}

function checkRequiredChecksKnown(t: Tally, model: Model): void {
  const id = 'required_checks_known';
  const declared = model.manifest.drift_detection_contract?.required_checks ?? [];
  let unknown = 0;
  declared.forEach((check, index) => {
    if (isBoundaryCheck(bareCheckId(check))) return;
    unknown++;
    t.fail(id, 'unknown_check', `drift_detection_contract requires "${check}", which this gate does not compute${didYouMean(bareCheckId(check), BOUNDARY_CHECKS)}`, {
      ...at(model, `/drift_detection_contract/required_checks/${index}`),
      expected: BOUNDARY_CHECKS.map((c) => CHECK_PREFIX + c),
      actual: check,
      fix: 'correct the check id: a required check that nothing computes is never checked',
    });
  });
  if (unknown === 0) t.pass(id, declared.length === 0 ? 'the manifest requires no checks by name' : `all ${plural(declared.length, 'check')} the manifest requires are computed`);
}

// ---------------------------------------------------------------------------------------------
// Drift reports

export interface DriftReport {
  schema: typeof REPORT_SCHEMA_ID;
  bead_id?: string;
  support_bead_ids?: string[];
  generated_at: string;
  run_id: string;
  manifest_path: string;
  manifest_sha256: string;
  checks: { check_id: string; status: 'pass' | 'fail'; detail: string }[];
  summary: {
    total_checks: number;
    pass_count: number;
    fail_count: number;
    verdict: 'pass' | 'fail';
    boundary_domains_count: number;
    deferred_modules_count: number;
    reintegration_mappings_count: number;
  };
}

function buildReport(t: Tally, ctx: GateContext, model: Model): DriftReport {
  const checks = BOUNDARY_CHECKS.map((id) => ({ check_id: CHECK_PREFIX + id, status: t.status(id), detail: t.detail(id) }));
  const fails = checks.filter((c) => c.status === 'fail').length;
  const m = model.manifest;
  return {
    schema: REPORT_SCHEMA_ID,
    ...(typeof m.bead_id === 'string' ? { bead_id: m.bead_id } : {}),
    ...(Array.isArray(m.support_bead_ids) ? { support_bead_ids: [...m.support_bead_ids] } : {}),
    generated_at: ctx.now.toISOString(),
    run_id: ctx.runId,
    manifest_path: model.path,
    manifest_sha256: model.doc.record.sha256,
    checks,
    summary: {
      total_checks: checks.length,
      pass_count: checks.length - fails,
      fail_count: fails,
      verdict: fails === 0 ? 'pass' : 'fail',
      boundary_domains_count: m.boundary_domains.length,
      deferred_modules_count: m.deferred_modules?.length ?? 0,
      reintegration_mappings_count: m.reintegration_linkage?.module_mappings?.length ?? 0,
    },
  };
}

async function writeReport(t: Tally, ctx: GateContext, name: string, report: DriftReport): Promise<void> {
  const id = 'report_written';
  try {
    await writeFilesAtomically(ctx.outputDir, [{ name, content: `${JSON.stringify(report, null, 2)}\n` }]);
  } catch (e) {
    t.fail(id, 'report_unwritable', `could not write the drift report ${name} in the output directory: ${e instanceof Error ? e.message : String(e)}`, {
      expected: `${name} written in the output directory`,
      actual: e instanceof Error ? e.message : String(e),
      fix: 'make the output directory writable; a report that was not kept is not evidence',
    });
    return;
  }
  t.pass(id, `wrote ${name} (verdict ${report.summary.verdict}, ${report.summary.fail_count} of ${report.summary.total_checks} checks failing) in the output directory`, { actual: name });
}

async function checkCommittedReport(t: Tally, ctx: GateContext, options: KernelBoundaryOptions, fresh: DriftReport): Promise<void> {
  const id = 'committed_report';
  let doc: JsonArtifact;
  try {
    doc = await ctx.read.json(options.committed_report as string, { schemaId: REPORT_SCHEMA_ID, schema: REPORT_SCHEMA, ageMatters: false });
  } catch (e) {
    t.failFromError(id, e);
    return;
  }
  const report = doc.value as CommittedReport;
  let drift = 0;
  const fail = (pointer: string, message: string, expected: unknown, actual: unknown, fix: string) => {
    drift++;
    t.fail(id, 'report_drift', `${doc.path}: ${message}`, { path: doc.path, pointer, ...locateNearest(doc, pointer), expected, actual, fix });
  };
  const regenerate = `regenerate ${doc.path} from this run (write_report) and commit it; never edit a drift report by hand`;

  if (report.manifest_sha256 === undefined) {
    fail('/manifest_sha256', `has no manifest_sha256, so it is bound to no manifest and could be reused for any`, fresh.manifest_sha256, 'absent', regenerate);
  } else if (report.manifest_sha256.toLowerCase() !== fresh.manifest_sha256) {
    fail('/manifest_sha256', `was computed for another manifest (manifest_sha256 ${report.manifest_sha256}, ${fresh.manifest_path} is ${fresh.manifest_sha256})`, fresh.manifest_sha256, report.manifest_sha256, regenerate);
  }

  const freshStatus = new Map(fresh.checks.map((c) => [bareCheckId(c.check_id), c]));
  const listed = new Map<string, number>();
  report.checks.forEach((check, index) => {
    const bare = bareCheckId(check.check_id);
    const pointer = `/checks/${index}`;
    if (!isBoundaryCheck(bare)) {
      fail(`${pointer}/check_id`, `names check "${check.check_id}", which this gate does not compute${didYouMean(bare, BOUNDARY_CHECKS)}`, fresh.checks.map((c) => c.check_id), check.check_id, regenerate);
      return;
    }
    const first = listed.get(bare);
    if (first !== undefined) {
      fail(`${pointer}/check_id`, `lists ${CHECK_PREFIX}${bare} twice (checks ${first} and ${index})`, 'each check once', check.check_id, regenerate);
      return;
    }
    listed.set(bare, index);
    const computed = freshStatus.get(bare);
    if (computed !== undefined && computed.status !== check.status) {
      fail(`${pointer}/status`, `says ${CHECK_PREFIX}${bare} is "${check.status}", but computed from the code and manifest it is "${computed.status}": ${computed.detail}`, computed.status, check.status, regenerate);
    }
  });
  for (const required of options.required_checks) {
    const bare = bareCheckId(required);
    if (!listed.has(bare)) fail('/checks', `lacks the required check ${CHECK_PREFIX}${bare}`, options.required_checks.map((c) => CHECK_PREFIX + bareCheckId(c)), [...listed.keys()].map((c) => CHECK_PREFIX + c), regenerate);
  }

  const s = report.summary;
  const passes = report.checks.filter((c) => c.status === 'pass').length;
  const own = { total_checks: report.checks.length, pass_count: passes, fail_count: report.checks.length - passes };
  for (const [key, value] of Object.entries(own) as [keyof typeof own, number][]) {
    if (s[key] !== undefined && s[key] !== value) fail(`/summary/${key}`, `summary.${key} is ${s[key]} but its own checks list gives ${value}`, value, s[key], regenerate);
  }
  if (s.verdict !== fresh.summary.verdict) {
    fail('/summary/verdict', `summary.verdict is "${s.verdict}", but computed from the code and manifest it is "${fresh.summary.verdict}"`, fresh.summary.verdict, s.verdict, regenerate);
  }
  for (const key of ['boundary_domains_count', 'deferred_modules_count', 'reintegration_mappings_count'] as const) {
    if (s[key] !== undefined && s[key] !== fresh.summary[key]) fail(`/summary/${key}`, `summary.${key} is ${s[key]}, the manifest has ${fresh.summary[key]}`, fresh.summary[key], s[key], regenerate);
  }
  if (drift === 0) t.pass(id, `${doc.path} agrees with this run: ${plural(report.checks.length, 'check')}, verdict ${s.verdict}, manifest sha256 ${fresh.manifest_sha256.slice(0, 12)}…`);
}

// ---------------------------------------------------------------------------------------------

export default defineGate<KernelBoundaryOptions>({
  type: 'kernel_boundary',
  title: 'Kernel extraction boundary',
  description: 'Every source module is owned by one boundary domain or deferred; no import edge in the code crosses a banned domain pair; the manifest\'s domains, modules and reintegration mappings are consistent; a committed drift report agrees with the code.',
  blocking: true,
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      manifest: { type: 'string', minLength: 1, default: 'docs/franken-node-kernel-extraction-boundary-manifest.json', description: 'The boundary manifest (JSON), relative to the root.' },
      schema_id: { type: 'string', minLength: 1, default: MANIFEST_SCHEMA_ID, description: 'Required value of the manifest\'s `/schema`.' },
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
    },
  },
  artifactPath: (options) => options.manifest,
  remediation: [
    'unmapped_module: add the file to the current_modules of the domain that owns it, or to deferred_modules with a reason.',
    'banned_import: remove the import named in the finding (file and line), or route it through an interface of the importing domain; do not un-ban the pair to make the gate pass.',
    'undefined_domain / duplicate_domain / duplicate_ownership / missing_module / mapping_*: fix the manifest entry at the pointer shown.',
    'report_drift: regenerate the committed drift report with write_report from a run on this commit and manifest; never edit it by hand.',
  ],
  evidenceReasons: ['unresolved_import', 'dynamic_import', 'unscannable_source', 'report_drift', 'report_unwritable'],
  reasons: {
    unmapped_module: 'a source module is in no boundary domain and not deferred',
    duplicate_ownership: 'a module is listed by two domains, twice by one domain, or both mapped and deferred',
    undefined_domain: 'a banned pair or a module mapping names a domain the manifest does not define',
    duplicate_domain: 'two boundary domains share one domain_id',
    missing_module: 'a mapped or deferred module does not exist on disk',
    mapping_invalid: 'a reintegration mapping is blank, repeated or inconsistent with its domain (target crate, modules, replacement target)',
    mapping_missing: 'a replacement target has no module mapping, or the reintegration lists are empty',
    banned_import: 'the code imports across a banned domain pair (file and line)',
    unresolved_import: 'an import of a file in a banned-from domain names no file (or the file is outside the Rust crate root), so the boundary cannot be proven',
    dynamic_import: 'a file in a banned-from domain imports a computed specifier, which may load a banned domain',
    unscannable_source: 'a file in a banned-from domain is not Rust or TypeScript/JavaScript, so its imports cannot be scanned',
    unknown_check: 'the manifest requires a check id the gate does not compute',
    report_drift: 'a committed drift report is not bound to this manifest, lacks required checks, or contradicts the computed statuses',
    report_unwritable: 'the drift report could not be written to the output directory',
  },
  async evaluate(ctx, options) {
    let doc: JsonArtifact;
    try {
      doc = await ctx.read.json(options.manifest, { schemaId: options.schema_id, schema: MANIFEST_SCHEMA });
    } catch (e) {
      ctx.failFromError('manifest', e);
      return;
    }
    const t = new Tally(ctx);
    const model = indexManifest(doc);
    const cache = new Map<string, Promise<boolean>>();
    const scope: { files: ReadonlySet<string> } = { files: new Set() };
    const exists = (p: string) => fileExists(ctx, scope.files, cache, p);
    const sources = await scanSources(ctx, options, scope, exists);
    if (ctx.signal.aborted) return;

    checkCoverage(t, model, sources, options);
    checkDuplicates(t, model);
    checkDomainsDefined(t, model);
    await checkModulesExist(t, model, exists);
    checkReintegration(t, model);
    checkBannedEdges(t, ctx, model, sources);
    recordUndeclaredEdges(t, model, sources);
    checkRequiredChecksKnown(t, model);

    const report = buildReport(t, ctx, model);
    if (options.write_report !== undefined) await writeReport(t, ctx, options.write_report, report);
    if (options.committed_report !== undefined) await checkCommittedReport(t, ctx, options, report);
  },
});
