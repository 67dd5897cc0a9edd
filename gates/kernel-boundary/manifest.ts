/** kernel_boundary: the manifest and report contracts, the manifest indexed, and the tally of checks. */
import { posix } from 'node:path';
import { type CheckDetail, DRIFT_REPORT_REQUIRED_CHECKS, type GateContext, isBlank as isBlankText, type JsonArtifact, type JsonSchema, outputFiles, plural } from '../../src/sdk/index.js';

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
export const DEFAULT_REQUIRED_CHECKS = [...DRIFT_REPORT_REQUIRED_CHECKS];

export interface KernelBoundaryOptions {
  manifest: string;
  schema_id: string;
  source_globs: string[];
  ignore: string[];
  rust_crate_root: string;
  write_report?: string;
  committed_report?: string;
  required_checks: string[];
  /** Packages (npm or Cargo names) of the root that belong to no domain and import no domain code, as the user asserts. */
  external_packages: string[];
}

export interface Domain {
  domain_id: string;
  target_crate: string;
  current_modules: string[];
  target_modules: string[];
}

export interface BannedPair {
  from_domain: string;
  to_domain: string;
  reason: string;
}

export interface Manifest {
  bead_id?: string;
  support_bead_ids?: string[];
  boundary_domains: Domain[];
  deferred_modules?: { module_path: string; reason: string; follow_up_bead?: string }[];
  ownership_rules: { banned_cross_boundary_pairs: BannedPair[] };
  reintegration_linkage?: { replacement_targets?: string[]; module_mappings?: Record<string, unknown>[] };
  drift_detection_contract?: { required_checks?: string[] };
}

export interface CommittedReport {
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

export const NON_BLANK: JsonSchema = { type: 'string', pattern: '\\S' };

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

export const COUNT: JsonSchema = { type: 'integer', minimum: 0 };
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

export const MAPPING_FIELDS = ['source_module', 'source_domain', 'target_crate', 'target_module', 'replacement_target'] as const;
export const RUST_EXTENSION = '.rs';
export const READ_CONCURRENCY = 64;
export const RESERVED_OUTPUTS = [...Object.values(outputFiles('full')), ...Object.values(outputFiles('preflight'))];

export const isBlank = (v: unknown) => typeof v !== 'string' || isBlankText(v);
export const bareCheckId = (id: string) => (id.startsWith(CHECK_PREFIX) ? id.slice(CHECK_PREFIX.length) : id);
export const isBoundaryCheck = (id: string): id is BoundaryCheck => (BOUNDARY_CHECKS as readonly string[]).includes(id);
export const escapeGlob = (path: string) => path.replace(/[\\*?[\]{}]/g, '\\$&');

/** How a module path in the manifest compares with a listed file: `./src/a.rs` and `src//a.rs` are `src/a.rs`. */
export function normaliseModulePath(path: string): string {
  const n = posix.normalize(path.replace(/\\/g, '/')).replace(/\/+$/, '');
  return n.startsWith('./') ? n.slice(2) : n;
}

// ---------------------------------------------------------------------------------------------
// Recording: every check goes to the context and is also tallied for the drift report.

export class Tally {
  private readonly fails = new Map<string, string[]>();
  private readonly passes = new Map<string, string[]>();

  constructor(private readonly ctx: GateContext) {}

  pass(id: string, message: string, detail?: CheckDetail): void {
    this.ctx.pass(id, message, detail);
    this.record(this.passes, id, message);
  }

  fail(id: string, code: string, message: string, detail?: CheckDetail): void {
    this.ctx.fail(id, code, message, detail);
    this.record(this.fails, id, message);
  }

  /** A finding that fails nothing (generated code the scan cannot read): the gate warns; the drift report keeps pass or fail. */
  warn(id: string, code: string, message: string, detail?: CheckDetail): void {
    this.ctx.warn(id, code, message, detail);
  }

  failFromError(id: string, error: unknown): void {
    this.ctx.failFromError(id, error);
    this.record(this.fails, id, error instanceof Error ? error.message : String(error));
  }

  /** Append in place: copying the list on every check made a run with many findings quadratic. */
  private record(into: Map<string, string[]>, id: string, message: string): void {
    const list = into.get(id);
    if (list === undefined) into.set(id, [message]);
    else list.push(message);
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

export interface Owner {
  kind: 'domain' | 'deferred';
  domain?: string;
  written: string;
  pointer: string;
}

export interface Model {
  path: string;
  doc: JsonArtifact;
  manifest: Manifest;
  domains: Map<string, { domain: Domain; index: number }>;
  owners: Map<string, Owner[]>;
  domainOf: Map<string, string>;
  banned: Map<string, { pair: BannedPair; index: number }>;
  bannedFrom: Set<string>;
}

export function indexManifest(doc: JsonArtifact): Model {
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
export function locateNearest(doc: JsonArtifact, pointer: string): { line: number; column: number } | undefined {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const found = doc.locate(p);
    if (found !== undefined || p === '') return found;
  }
}

export function at(model: Model, pointer: string): CheckDetail {
  return { path: model.path, pointer, ...locateNearest(model.doc, pointer) };
}

export const ownerText = (o: Owner) => (o.kind === 'domain' ? `${o.pointer} (domain ${o.domain})` : `${o.pointer} (deferred)`);
