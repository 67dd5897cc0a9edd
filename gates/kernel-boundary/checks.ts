/** kernel_boundary: the checks, each from the manifest model and the scanned sources. */
import { posix } from 'node:path';
import { contentProblem, didYouMean, type GateContext, plural } from '../../src/sdk/index.js';
import { at, bareCheckId, BOUNDARY_CHECKS, CHECK_PREFIX, isBlank, isBoundaryCheck, type KernelBoundaryOptions, MAPPING_FIELDS, type Model, normaliseModulePath, type Owner, ownerText, READ_CONCURRENCY, type Tally } from './manifest.js';
import { type Edge, mapLimit, type SourceScan } from './sources.js';
import type { PackageNames } from './packages.js';

// ---------------------------------------------------------------------------------------------
// Checks

/** The manifest's named text fields (domain ids, crates, module paths, ban reasons): where a text must say something. */
const MANIFEST_TEXTS: readonly (readonly [list: string, fields: readonly string[], items?: readonly string[]])[] = [
  ['/boundary_domains', ['domain_id', 'target_crate'], ['current_modules', 'target_modules']],
  ['/deferred_modules', ['module_path', 'reason', 'follow_up_bead']],
  ['/ownership_rules/banned_cross_boundary_pairs', ['from_domain', 'to_domain', 'reason']],
];

/**
 * A manifest field that is blank or a placeholder ("TODO", "undefined", "${CRATE}") names nothing:
 * a ban whose reason is "undefined" or a domain whose crate is "TODO" was never written by anyone,
 * so the boundary it describes proves nothing. One `placeholder` finding per field, at its pointer.
 */
export function checkManifestContent(t: Tally, model: Model): void {
  const id = 'manifest_content';
  let problems = 0;
  const judge = (value: unknown, pointer: string) => {
    if (typeof value !== 'string') return;
    const problem = contentProblem(value);
    if (problem === undefined) return;
    problems++;
    t.fail(id, 'placeholder', `${model.path} ${pointer}: ${JSON.stringify(value)} ${problem}`, {
      ...at(model, pointer),
      expected: 'the real value its author meant',
      actual: value,
      fix: `write the real value at ${pointer} of ${model.path}, or remove the entry`,
    });
  };
  const root = model.manifest as unknown as Record<string, unknown>;
  for (const [list, fields, items = []] of MANIFEST_TEXTS) {
    const entries = list.split('/').slice(1).reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), root);
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry: unknown, i) => {
      if (entry === null || typeof entry !== 'object') return;
      const e = entry as Record<string, unknown>;
      for (const f of fields) judge(e[f], `${list}/${i}/${f}`);
      for (const f of items) if (Array.isArray(e[f])) (e[f] as unknown[]).forEach((v, k) => judge(v, `${list}/${i}/${f}/${k}`));
    });
  }
  if (problems === 0) t.pass(id, `every domain id, crate, module path and ban reason of ${model.path} carries content`);
}

/** The domain of the file a path really is (a link is judged as its target). */
function domainOf(sources: SourceScan, model: Model, path: string): string | undefined {
  return model.domainOf.get(sources.real.get(path) ?? path);
}

export function checkCoverage(t: Tally, model: Model, sources: SourceScan, options: KernelBoundaryOptions): void {
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
    const owners = model.owners.get(sources.real.get(file) ?? file);
    if (owners === undefined) unmapped.push(file);
    else if (owners[0]?.kind === 'domain') mapped++;
    else deferred++;
  }
  for (const file of unmapped) {
    const real = sources.real.get(file);
    const named = real ?? file;
    t.fail(id, 'unmapped_module', `${real !== undefined ? `${file} (a link to ${real}) ` : `${file} `}is neither in a domain's current_modules nor in deferred_modules of ${model.path}${real !== undefined ? '; a linked file is judged as the file it resolves to' : ''}`, {
      path: file,
      failing: [file],
      expected: `listed in boundary_domains[].current_modules or deferred_modules[].module_path of ${model.path}`,
      actual: 'listed nowhere',
      fix: `add "${named}" to the current_modules of the domain that owns it, or to deferred_modules with a reason and a follow-up tracking issue (follow_up_bead)`,
    });
  }
  if (unmapped.length === 0) t.pass(id, `all ${plural(sources.files.length, 'source module')} in scope are mapped (${mapped}) or deferred (${deferred})`);
}

export function checkDuplicates(t: Tally, model: Model, sources: SourceScan): void {
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
  duplicates += checkHardLinkOwners(t, model, sources);
  if (duplicates === 0) t.pass(id, `no module is listed twice (${plural(model.owners.size, 'module')} owned or deferred)`);
}

/**
 * One file is one module (DESIGN §9 Identity): hard links owned by different domains (or one deferred) put
 * one file's code in two domains, so an import of it from either side would pass. Unlisted names are
 * unmapped_module already.
 */
function checkHardLinkOwners(t: Tally, model: Model, sources: SourceScan): number {
  let problems = 0;
  for (const names of sources.hardLinked) {
    const owned = names.flatMap((name) => (model.owners.get(sources.real.get(name) ?? name) ?? []).map((o) => ({ name, o })));
    if (new Set(owned.map(({ o }) => o.domain ?? '')).size < 2) continue;
    problems++;
    const first = owned[0] as { name: string; o: Owner };
    t.fail('no_duplicate_domain_ownership', 'duplicate_ownership', `${names.join(', ')} are one file (hard links) with ${owned.length} owners: ${owned.map(({ name, o }) => `${name} at ${ownerText(o)}`).join(', ')}`, {
      ...at(model, first.o.pointer),
      expected: 'one file, one owner: every name of a hard-linked file in the same domain',
      actual: owned.map(({ o }) => o.pointer),
      fix: `make ${names.join(' and ')} separate files (copy, not hard link), or list every name in the one domain that owns the file`,
    });
  }
  return problems;
}

export function checkDomainsDefined(t: Tally, model: Model): void {
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
    if (typeof domain === 'string' && !isBlank(domain) && !model.domains.has(domain)) {
      undefinedDomain(domain, `/reintegration_linkage/module_mappings/${index}/source_domain`, `module mapping ${index}`);
    }
  });
  if (problems === 0) {
    const pairs = model.manifest.ownership_rules.banned_cross_boundary_pairs.length;
    const mappings = model.manifest.reintegration_linkage?.module_mappings?.length ?? 0;
    t.pass(id, `every domain named by ${plural(pairs, 'banned pair')} and ${plural(mappings, 'module mapping')} is one of the ${plural(defined.length, 'defined domain')}`);
  }
}

export async function checkModulesExist(t: Tally, model: Model, exists: (p: string) => Promise<boolean>): Promise<void> {
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

export function checkReintegration(t: Tally, model: Model): void {
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

/**
 * A banned pair that cannot be broken checks nothing: both sides the same domain (an import inside one
 * domain is never a cross-boundary edge), or a from-domain or to-domain that owns no scanned module (no
 * code can import from it, no import can reach it). Like an empty ban list, that is `vacuous`, never a pass.
 */
function checkPairsBanSomething(t: Tally, model: Model, sources: SourceScan): number {
  const id = 'banned_cross_boundary_pairs_absent';
  const owning = new Map<string, number>();
  for (const file of sources.files) {
    const d = domainOf(sources, model, file);
    if (d !== undefined) owning.set(d, (owning.get(d) ?? 0) + 1);
  }
  let problems = 0;
  model.manifest.ownership_rules.banned_cross_boundary_pairs.forEach((pair, index) => {
    const pointer = `/ownership_rules/banned_cross_boundary_pairs/${index}`;
    if (pair.from_domain === pair.to_domain) {
      problems++;
      t.fail(id, 'vacuous', `banned pair ${index} bans ${pair.from_domain} -> ${pair.to_domain}, one domain with itself: an import inside one domain never crosses a boundary, so this rule bans nothing`, {
        ...at(model, `${pointer}/to_domain`),
        expected: 'two different domains',
        actual: { from_domain: pair.from_domain, to_domain: pair.to_domain },
        fix: 'name the domain that must not be imported from this one in to_domain',
      });
      return;
    }
    if (sources.listError !== undefined || sources.files.length === 0 || !model.domains.has(pair.from_domain)) return; // reported by the coverage and domains_defined checks
    // Either side owning no scanned module makes the ban vacuous: no code can break it, or no import can reach it.
    for (const side of ['from_domain', 'to_domain'] as const) {
      const domain = pair[side];
      if (side === 'to_domain' && !model.domains.has(domain)) return; // reported by the domains_defined check
      if ((owning.get(domain) ?? 0) > 0) continue;
      problems++;
      const why = side === 'from_domain' ? 'so no code can break it' : 'so no import can reach it';
      t.fail(id, 'vacuous', `banned pair ${index} bans ${pair.from_domain} -> ${pair.to_domain}, but ${domain} owns no scanned source module, ${why} and it checks nothing`, {
        ...at(model, `${pointer}/${side}`),
        expected: `at least one source file in scope listed in the current_modules of ${domain}`,
        actual: 'none',
        fix: `list ${domain}'s source files in its current_modules (and in source_globs), or remove a rule about a domain with no code`,
      });
      return;
    }
  });
  return problems;
}

export function checkBannedEdges(t: Tally, ctx: GateContext, model: Model, sources: SourceScan): void {
  const id = 'banned_cross_boundary_pairs_absent';
  const inBannedFrom = (file: string) => {
    const d = domainOf(sources, model, file);
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
  problems += checkPairsBanSomething(t, model, sources);
  for (const file of sources.unscannable) {
    if (!inBannedFrom(file)) continue;
    problems++;
    t.fail(id, 'unscannable_source', `${file} (domain ${domainOf(sources, model, file)}) is not Rust or TypeScript/JavaScript, so its imports cannot be scanned`, {
      path: file,
      expected: 'a .rs, .ts, .tsx, .mts, .cts, .js, .jsx, .mjs or .cjs source file',
      actual: posix.extname(file) || 'no extension',
      fix: 'narrow source_globs (or use ignore) to source files the gate can scan',
    });
  }
  for (const u of sources.unparsed) {
    if (!inBannedFrom(u.from)) continue;
    problems++;
    t.fail(id, 'unscannable_source', `${u.from}:${u.line} (domain ${domainOf(sources, model, u.from)}) could not be fully parsed (${u.why}); a partial scan cannot prove the boundary`, {
      path: u.from,
      line: u.line,
      column: u.column,
      expected: 'a source file the scanner reads to its end',
      actual: u.why,
      fix: 'fix the syntax at the line shown (or report the construct the scanner misread)',
    });
  }
  for (const u of sources.unresolved) {
    if (!inBannedFrom(u.from)) continue;
    problems++;
    t.fail(id, 'unresolved_import', `${u.from}${u.line !== undefined ? `:${u.line}` : ''} (domain ${domainOf(sources, model, u.from)}) ${u.why}; an edge that cannot be resolved cannot be proven allowed`, {
      path: u.from,
      ...(u.line !== undefined ? { line: u.line, column: u.column } : {}),
      expected: 'an import that resolves to a file',
      actual: u.written ?? u.from,
      fix: u.fix ?? (u.written !== undefined ? 'make the import name a file inside the root (relative, root-absolute, tsconfig paths, package.json imports/exports) or a package declared in a package.json' : 'set rust_crate_root to the directory holding lib.rs / main.rs, or leave the file out of source_globs'),
    });
  }
  // Generated code is no failure (every prost or tonic crate has it) and no pass: what it pastes in is not read.
  for (const g of sources.generated) {
    if (!inBannedFrom(g.from)) continue;
    t.warn(id, 'generated_code_unscanned', `${g.from}:${g.line} (domain ${domainOf(sources, model, g.from)}) include!(${g.written}) pastes in code a build script writes to OUT_DIR, which no checkout holds: its imports are not scanned`, {
      path: g.from,
      line: g.line,
      column: g.column,
      expected: 'code the scan reads',
      actual: g.written,
      fix: 'keep the generator (build.rs, its .proto or other inputs) free of banned domains; to have the code scanned, generate it into the repository and include! it by a literal path',
    });
  }
  for (const d of sources.dynamic) {
    if (!inBannedFrom(d.from)) continue;
    problems++;
    t.fail(id, 'dynamic_import', `${d.from}:${d.line} (domain ${domainOf(sources, model, d.from)}) calls ${d.kind === 'require' ? 'require' : 'import'}(${d.expression}) with a computed specifier; it may load a banned domain`, {
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
    const fromDomain = domainOf(sources, model, e.from);
    const toDomain = domainOf(sources, model, e.to);
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
      // The importing file is what a waiver names (`src/hostcall/amac.rs still calls the store while it moves`).
      failing: [e.from],
      expected: `no import from ${fromDomain} into ${toDomain} (${model.path}#/ownership_rules/banned_cross_boundary_pairs/${rule.index})`,
      actual: { import: e.written, module: e.to, from_domain: fromDomain, to_domain: toDomain },
      fix: `remove the dependency: ${rule.pair.reason || `${fromDomain} must not depend on ${toDomain}`} — go through an interface owned by ${fromDomain} or a shared domain`,
    });
  }
  if (problems === 0 && ctx.signal.aborted === false) {
    t.pass(id, `no edge of the ${plural(model.banned.size, 'banned pair')} in ${plural(sources.edgeCount, 'resolved import edge')} of ${plural(sources.files.length, 'source file')}`);
  }
}

/** How many file pairs a domain-pair summary shows. */
const UNDECLARED_SAMPLE = 5;

/**
 * Information only: one pass check per (from domain, to domain) pair that code crosses without a ban,
 * with the number of importing files, file pairs and references and a sample of the first file pairs
 * — so the verdict grows with the number of domain pairs, not with the size of the code.
 */
export function recordUndeclaredEdges(t: Tally, model: Model, sources: SourceScan): void {
  const id = 'undeclared_cross_domain_edges';
  const byDomains = new Map<string, { from: string; to: string; files: Set<string>; pairs: Map<string, { first: Edge; count: number }>; references: number }>();
  for (const e of sources.edges) {
    const from = domainOf(sources, model, e.from);
    const to = domainOf(sources, model, e.to);
    if (from === undefined || to === undefined || from === to || model.banned.has(`${from}\0${to}`)) continue;
    const key = `${from}\0${to}`;
    let g = byDomains.get(key);
    if (g === undefined) {
      g = { from, to, files: new Set(), pairs: new Map(), references: 0 };
      byDomains.set(key, g);
    }
    g.files.add(e.from);
    g.references++;
    const pairKey = `${e.from}\0${e.to}`;
    const pair = g.pairs.get(pairKey);
    if (pair === undefined) g.pairs.set(pairKey, { first: e, count: 1 });
    else pair.count++;
  }
  for (const g of [...byDomains.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0))) {
    const pairs = [...g.pairs.values()];
    const first = (pairs[0] as { first: Edge }).first;
    const sample = pairs.slice(0, UNDECLARED_SAMPLE).map((p) => ({ from: p.first.from, to: p.first.to, line: p.first.line, import: p.first.written, references: p.count }));
    t.pass(id, `${g.from} -> ${g.to}: ${plural(g.files.size, 'file')} import across (${plural(pairs.length, 'file pair')}, ${plural(g.references, 'reference')}); first ${first.from}:${first.line} -> ${first.to} via \`${first.written}\`; not a banned pair`, {
      path: first.from,
      line: first.line,
      column: first.column,
      actual: { from_domain: g.from, to_domain: g.to, files: g.files.size, file_pairs: pairs.length, references: g.references, sample },
    });
  }
  if (byDomains.size === 0) t.pass(id, 'no import crosses from one domain into another');
}

export function checkRequiredChecksKnown(t: Tally, model: Model): void {
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

/**
 * `external_packages` asserts that a package of the root belongs to no domain and imports no domain code. A name
 * that is a domain's target_crate, or the package holding one of its modules, makes the assertion false and would
 * hide that domain's code: a configuration error, never relaxed. Names the tree never imports are no finding.
 */
export async function checkExternalPackages(t: Tally, model: Model, options: KernelBoundaryOptions, packages: PackageNames): Promise<void> {
  if (options.external_packages.length === 0) return;
  const id = 'external_packages';
  const listed = new Set(options.external_packages);
  const owned = new Map<string, { why: string; pointer: string }>();
  for (const { domain, index } of model.domains.values()) {
    if (listed.has(domain.target_crate)) owned.set(domain.target_crate, { why: `it is the target_crate of domain ${domain.domain_id}`, pointer: `/boundary_domains/${index}/target_crate` });
  }
  for (const [module, domain] of model.domainOf) {
    const pkg = await packages.of(module);
    if (pkg?.name === undefined || !listed.has(pkg.name) || owned.has(pkg.name)) continue;
    const pointer = model.owners.get(module)?.find((o) => o.domain === domain)?.pointer ?? '/boundary_domains';
    owned.set(pkg.name, { why: `it holds ${module}, a module of domain ${domain}`, pointer });
  }
  for (const [name, { why, pointer }] of owned) {
    t.fail(id, 'external_package_owned', `external_packages lists ${name}, but ${why}: a domain's own code cannot be external to every domain`, {
      ...at(model, pointer),
      expected: 'packages of the root that belong to no domain',
      actual: name,
      fix: `remove ${name} from external_packages (and add its folder to source_globs, so its code is scanned)`,
    });
  }
  if (owned.size === 0) t.pass(id, `${plural(listed.size, 'package')} in external_packages, none of them a domain's`);
}
