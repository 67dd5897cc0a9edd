/**
 * kernel_boundary: Rust edges. Targets and names come from Cargo.toml (each target its own crate, the
 * library reachable from the others by its crate name); module files that `mod` declarations load
 * from outside source_globs (a `#[path]` into another directory, a dot directory) are read and scanned
 * too, and become modules the manifest must own; `include!("…")` code is scanned as part of the file
 * that includes it.
 */
import { promises as fs } from 'node:fs';
import { isAbsolute, join, posix, relative, sep } from 'node:path';
import { ArtifactError, type GateContext, globToRegExp } from '../../src/sdk/index.js';
import { declaredModuleFiles, defaultRustTargets, deferRustScan, type ResolvedRustEdge, resolveRustCrate, type RustCrateOptions, type RustDataInclude, type RustExpandedInclude, type RustScan, scanRust, type RustTarget } from '../../src/scan/rust-imports.js';
import { escapeGlob, type KernelBoundaryOptions } from './manifest.js';
import type { RealPaths } from './links.js';
import { type PackageNames, unscannedPackage } from './packages.js';
import { type CrossesDomains, mapLimit, type SourceScan } from './sources.js';
import { type OutDir, OutDirs } from './out-dir.js';

const MAX_INCLUDE_DEPTH = 4;

const normaliseRoot = (crateRoot: string) => {
  const root = posix.normalize(crateRoot).replace(/\/+$/, '');
  return root === '.' ? '' : root;
};

/** Cargo.toml next to the crate root (`src` → `Cargo.toml`): targets, library name, edition. */
/** A name Cargo accepts for a package or library (a library's may not hold `-`, but a package's becomes `_`). */
const CRATE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** The name paths write for a package's library: `_` for `-`, in a [lib] name too (one Cargo refuses, or takes so). */
const crateName = (lib: Record<string, unknown>, pkg: Record<string, unknown>): string | undefined => {
  const written = typeof lib.name === 'string' ? lib.name : typeof pkg.name === 'string' ? pkg.name : undefined;
  return written?.replace(/-/g, '_');
};

async function readCargo(ctx: GateContext, crateRoot: string, files: readonly string[], result: SourceScan): Promise<RustCrateOptions> {
  const root = posix.normalize(crateRoot).replace(/\/+$/, '');
  const dir = posix.dirname(root === '.' ? '' : root) === '.' ? '' : posix.dirname(root);
  const manifestPath = posix.join(dir, 'Cargo.toml');
  // Without a readable Cargo.toml the edition is unknown: paths are read both the 2015 and the 2018+ way.
  const options: RustCrateOptions = { crateRoot, edition: 'unknown' };
  const targets = defaultRustTargets(files, crateRoot);
  let cargo: Record<string, unknown>;
  try {
    cargo = (await ctx.read.toml(manifestPath)).value as Record<string, unknown>;
  } catch (e) {
    if (!(e instanceof ArtifactError)) throw e;
    // Absent: no Cargo.toml. Anything else (a link out of the root, malformed, unreadable) is a failure, never "absent".
    if (e.code !== 'missing') result.readErrors.push(e);
    return { ...options, targets };
  }
  const isTable = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  const pkg = (isTable(cargo.package) ? cargo.package : {}) as Record<string, unknown>;
  const lib = (isTable(cargo.lib) ? cargo.lib : {}) as Record<string, unknown>;
  // The crate name is how other targets write paths into the library: one Cargo refuses (an unexpanded `${NAME}`,
  // blank, none in a [package], a `package` or `lib` that is no table) leaves the name those paths use unknown, so
  // they would pass for paths into an external crate. A name Cargo accepts ("todo" included) is the name paths use.
  const named: (readonly [string, unknown, boolean])[] = [
    ['package', cargo.package, cargo.package !== undefined && !isTable(cargo.package)],
    ['lib', cargo.lib, cargo.lib !== undefined && !isTable(cargo.lib)],
    ['package.name', pkg.name, isTable(cargo.package) && (typeof pkg.name !== 'string' || !CRATE_NAME.test(pkg.name))],
    ['lib.name', lib.name, lib.name !== undefined && (typeof lib.name !== 'string' || !CRATE_NAME.test(lib.name))],
  ];
  for (const [key, value, refused] of named) {
    if (refused) {
      result.readErrors.push(new ArtifactError('malformed', `${manifestPath}: ${key} ${value === undefined ? '(missing)' : JSON.stringify(value)} is not a name Cargo accepts (letters, digits, - and _, in a [package] or [lib] table), so the crate name paths use is unknown`, { path: manifestPath, fix: `write the package's real name in ${key}` }));
      return { ...options, targets };
    }
  }
  const name = crateName(lib, pkg);
  options.edition = await editionOf(ctx, dir, pkg.edition, cargo);
  if (name !== undefined) options.libName = name;
  const at = (p: string) => posix.normalize(posix.join(dir, p));
  if (typeof lib.path === 'string') {
    const i = targets.findIndex((t) => t.kind === 'lib');
    const t: RustTarget = { kind: 'lib', name: name ?? '', root: at(lib.path) };
    if (i === -1) targets.unshift(t);
    else targets[i] = t;
  }
  for (const [key, kind] of [['bin', 'bin'], ['test', 'test'], ['example', 'example'], ['bench', 'bench']] as const) {
    const list = cargo[key];
    if (!Array.isArray(list)) continue;
    for (const entry of list as Record<string, unknown>[]) {
      if (typeof entry?.path !== 'string') continue;
      const root = at(entry.path);
      if (!targets.some((t) => t.root === root)) targets.push({ kind, name: typeof entry.name === 'string' ? entry.name : posix.basename(root, '.rs'), root });
    }
  }
  // `build = "tools/gen.rs"` moves the build script (`build = false` leaves a build.rs uncompiled: read anyway, more edges never fewer).
  if (typeof pkg.build === 'string' && !targets.some((t) => t.root === at(pkg.build as string))) targets.push({ kind: 'build', name: 'build-script-build', root: at(pkg.build) });
  const externs = await pathDependencies(ctx, dir, cargo, '', targets, result);
  return { ...options, targets, ...(externs.length > 0 ? { externs } : {}) };
}

const DEPENDENCY_TABLES = ['dependencies', 'dev-dependencies', 'build-dependencies'] as const;

/** Every dependency table of a Cargo.toml: the three kinds, also under `[target.'cfg(…)'.…]`. */
function dependencyTables(cargo: Record<string, unknown>): Record<string, unknown>[] {
  const hosts = [cargo, ...Object.values((cargo.target ?? {}) as Record<string, unknown>)];
  const tables: Record<string, unknown>[] = [];
  for (const host of hosts) {
    if (host === null || typeof host !== 'object') continue;
    for (const key of DEPENDENCY_TABLES) {
      const t = (host as Record<string, unknown>)[key];
      if (t !== null && typeof t === 'object' && !Array.isArray(t)) tables.push(t as Record<string, unknown>);
    }
  }
  return tables;
}

/**
 * Path dependencies (`store = { path = "../store" }`, renamed with `package =`, or `{ workspace = true }` taken from
 * `[workspace.dependencies]`), followed through their own: each is a crate of the root, a `dep` target whose name
 * the declaring crate writes (the key when renamed, else the dependency's library name). An external crate is
 * code of no domain; a crate of the root is not, so `use store::db::open;` is an edge like `crate::` paths.
 */
async function pathDependencies(ctx: GateContext, dir: string, cargo: Record<string, unknown>, declaring: string, targets: RustTarget[], result: SourceScan, seen = new Set<string>([dir])): Promise<NonNullable<RustCrateOptions['externs']>> {
  const externs: NonNullable<RustCrateOptions['externs']> = [];
  let workspace: { dir: string; deps: Record<string, unknown> } | null | undefined;
  let patches: Patch[] | undefined;
  for (const table of dependencyTables(cargo)) {
    for (const [key, raw] of Object.entries(table)) {
      // `dep = "1"` is a registry dependency: a [patch] may still make it a crate of the root.
      if (raw === null || (typeof raw !== 'object' && typeof raw !== 'string') || Array.isArray(raw)) continue;
      let spec = typeof raw === 'string' ? { version: raw } : (raw as Record<string, unknown>);
      let base = dir;
      if (spec.workspace === true) {
        workspace ??= ownWorkspace(dir, cargo) ?? (await workspaceOf(ctx, dir, result, cargo)) ?? null;
        const inherited = workspace?.deps[key];
        if (workspace === null || inherited === null || (typeof inherited !== 'object' && typeof inherited !== 'string')) {
          // Cargo refuses to build a dependency it cannot inherit: what it would be (a path into another domain) is unproven.
          result.readErrors.push(new ArtifactError('unreadable', `${posix.join(dir, 'Cargo.toml')}: dependency ${key} is { workspace = true }, but ${workspace === null ? 'no readable Cargo.toml above it declares a [workspace]' : `[workspace.dependencies] of ${posix.join(workspace.dir, 'Cargo.toml')} has no usable ${key}`}`, { path: posix.join(dir, 'Cargo.toml'), fix: `declare ${key} in [workspace.dependencies] of the workspace root's Cargo.toml, or give it a version or path here` }));
          continue;
        }
        spec = { ...(typeof inherited === 'string' ? { version: inherited } : (inherited as Record<string, unknown>)), ...spec };
        base = workspace.dir;
      }
      if (typeof spec.path !== 'string') {
        patches ??= await patchesOf(ctx, dir, cargo, result);
        const name = typeof spec.package === 'string' ? spec.package : key;
        const patch = patches.find((p) => p.name === name);
        if (patch === undefined) continue;
        spec = { ...spec, path: patch.path };
        base = patch.dir;
      }
      if (typeof spec.path !== 'string') continue;
      const depDir = posix.isAbsolute(spec.path) ? await absoluteInRoot(ctx.root, spec.path) : posix.normalize(posix.join(base, spec.path)).replace(/^\.$/, '');
      if (depDir === undefined || depDir === '..' || depDir.startsWith('../')) continue;
      let dep: Record<string, unknown>;
      try {
        dep = (await ctx.read.toml(posix.join(depDir, 'Cargo.toml'))).value as Record<string, unknown>;
      } catch (e) {
        if (!(e instanceof ArtifactError)) throw e;
        if (e.code !== 'missing') result.readErrors.push(e);
        continue;
      }
      const lib = (dep.lib ?? {}) as Record<string, unknown>;
      const pkg = (dep.package ?? {}) as Record<string, unknown>;
      const libName = crateName(lib, pkg) ?? key.replace(/-/g, '_');
      const root = posix.join(depDir, typeof lib.path === 'string' ? lib.path : 'src/lib.rs');
      externs.push({ in: declaring, name: typeof spec.package === 'string' ? key.replace(/-/g, '_') : libName, root });
      if (seen.has(depDir)) continue;
      seen.add(depDir);
      if (!targets.some((t) => t.root === root)) targets.push({ kind: 'dep', name: typeof pkg.name === 'string' ? pkg.name : key, root });
      externs.push(...(await pathDependencies(ctx, depDir, dep, root, targets, result, seen)));
    }
  }
  return externs;
}

/**
 * An absolute dependency path (`path = "/work/repo/crates/store"`), relative to the root when it lies inside it (through
 * links too: the root is a real path), else undefined: a crate of the machine, outside the repository.
 */
async function absoluteInRoot(root: string, path: string): Promise<string | undefined> {
  const real = await fs.realpath(path).catch(() => path);
  for (const p of [real, path]) {
    const rel = relative(root, p).split(sep).join('/');
    if (rel === '') return '';
    if (rel !== '..' && !rel.startsWith('../') && !isAbsolute(rel)) return rel;
  }
  return undefined;
}

/** A registry or git dependency that `[patch.<source>]` (or the older `[replace]`) builds from a directory of the root. */
interface Patch {
  /** The package it stands in for. */
  name: string;
  path: string;
  /** The directory of the Cargo.toml declaring it (its path is relative to that). */
  dir: string;
}

/**
 * The path patches that apply to a package: Cargo reads `[patch]` and `[replace]` from the workspace root (or the
 * package itself when it has none) and from `.cargo/config.toml` files above it; the package's own and every
 * ancestor's are read, so a patch is never missed (more edges, never fewer). A patched dependency is code of the root, however its dependency entry names a registry version.
 */
async function patchesOf(ctx: GateContext, dir: string, cargo: Record<string, unknown>, result: SourceScan): Promise<Patch[]> {
  const found = pathPatches(dir, cargo);
  const read = (path: string) => readCargoFile(ctx, path, result);
  // `package.workspace = "../../ws"` names a workspace root that need not be above the package: its [patch] applies too.
  const root = namedWorkspaceRoot(dir, cargo);
  const doc = root === undefined ? undefined : await read(posix.join(root, 'Cargo.toml'));
  if (root !== undefined && doc !== undefined) found.push(...pathPatches(root, doc));
  for (let d = dir; ; d = posix.dirname(d) === '.' ? '' : posix.dirname(d)) {
    const doc = d === dir ? undefined : await read(posix.join(d, 'Cargo.toml'));
    if (doc !== undefined) found.push(...pathPatches(d, doc));
    // Cargo's own config (`.cargo/config.toml`, or `.cargo/config`) patches too, and `paths = […]` overrides every
    // dependency named like the package in one of those directories; its paths are relative to the directory of `.cargo`.
    for (const name of ['config.toml', 'config']) {
      const config = await read(posix.join(d, '.cargo', name));
      if (config === undefined) continue;
      found.push(...pathPatches(d, config));
      for (const path of [...overridePaths(config), ...(await directorySources(ctx, d, config))]) {
        const pkg = (await read(posix.join(d, path, 'Cargo.toml')))?.package as { name?: unknown } | undefined;
        if (typeof pkg?.name === 'string') found.push({ name: pkg.name, path, dir: d });
      }
    }
    if (d === '') return found;
  }
}

function overridePaths(config: Record<string, unknown>): string[] {
  return Array.isArray(config.paths) ? config.paths.filter((x): x is string => typeof x === 'string') : [];
}

/**
 * The crates of a config's directory sources (`[source.vendored] directory = "vendor"`, which a `replace-with` puts in
 * place of crates.io): Cargo builds a registry dependency from the crate of that name there, a link into the root
 * included. Every one is taken, whether or not a replace-with names its source (more edges, never fewer). A crate
 * copied there for real is third-party code like a registry's; only one linked from elsewhere in the root is a redirect.
 */
async function directorySources(ctx: GateContext, dir: string, config: Record<string, unknown>): Promise<string[]> {
  const sources = config.source;
  if (sources === null || typeof sources !== 'object') return [];
  const out: string[] = [];
  for (const source of Object.values(sources as Record<string, unknown>)) {
    const directory = (source as { directory?: unknown } | null)?.directory;
    if (typeof directory !== 'string') continue;
    const base = posix.normalize(posix.join(dir, directory));
    const manifests = await ctx.list(`${escapeGlob(base)}/*/Cargo.toml`).catch(() => []);
    const linked = await Promise.all(manifests.map((m) => linksElsewhere(ctx.root, m)));
    out.push(...manifests.filter((_, i) => linked[i]).map((m) => posix.relative(dir, posix.dirname(m))));
  }
  return out;
}

/** Whether a path of the root reaches its file through a link: a vendored copy is third-party code, as a registry's is. */
async function linksElsewhere(root: string, rel: string): Promise<boolean> {
  const [real, realRoot] = await Promise.all([fs.realpath(join(root, rel)).catch(() => undefined), fs.realpath(root).catch(() => undefined)]);
  return real === undefined || realRoot === undefined || real !== join(realRoot, rel);
}

function pathPatches(dir: string, doc: Record<string, unknown>): Patch[] {
  const out: Patch[] = [];
  const entry = (key: string, raw: unknown, name: string) => {
    const spec = raw as { path?: unknown; package?: unknown } | null;
    if (spec === null || typeof spec !== 'object' || typeof spec.path !== 'string') return;
    out.push({ name: typeof spec.package === 'string' ? spec.package : name, path: spec.path, dir });
  };
  const patch = doc.patch;
  if (patch !== null && typeof patch === 'object') {
    for (const source of Object.values(patch as Record<string, unknown>)) {
      if (source !== null && typeof source === 'object') for (const [key, raw] of Object.entries(source as Record<string, unknown>)) entry(key, raw, key);
    }
  }
  const replace = doc.replace;
  // `[replace] "name:1.0.0" = { path = "…" }`
  if (replace !== null && typeof replace === 'object') for (const [key, raw] of Object.entries(replace as Record<string, unknown>)) entry(key, raw, key.split(':')[0] as string);
  return out;
}

/** A Cargo.toml's own `[workspace]`: its directory and `[workspace.dependencies]`. */
function ownWorkspace(dir: string, doc: Record<string, unknown>): { dir: string; deps: Record<string, unknown> } | undefined {
  const ws = doc.workspace as { dependencies?: unknown } | undefined;
  if (ws === null || typeof ws !== 'object') return undefined;
  const deps = ws.dependencies;
  return { dir, deps: deps !== null && typeof deps === 'object' ? (deps as Record<string, unknown>) : {} };
}

/** The nearest Cargo.toml above `dir` that declares a `[workspace]`. */
function namedWorkspaceRoot(dir: string, cargo: Record<string, unknown>): string | undefined {
  const named = (cargo.package as { workspace?: unknown } | null | undefined)?.workspace;
  return typeof named === 'string' ? posix.normalize(posix.join(dir, named)).replace(/^\.$/, '') : undefined;
}

async function workspaceOf(ctx: GateContext, dir: string, result: SourceScan, cargo: Record<string, unknown> = {}): Promise<{ dir: string; deps: Record<string, unknown> } | undefined> {
  // The root `package.workspace` names is the package's workspace, above it or not (Cargo then looks nowhere else).
  const named = namedWorkspaceRoot(dir, cargo);
  if (named !== undefined) {
    const doc = await readCargoFile(ctx, posix.join(named, 'Cargo.toml'), result);
    return doc === undefined ? undefined : ownWorkspace(named, doc);
  }
  for (let d = dir; d !== ''; ) {
    d = posix.dirname(d) === '.' ? '' : posix.dirname(d);
    const doc = await readCargoFile(ctx, posix.join(d, 'Cargo.toml'), result);
    const found = doc === undefined ? undefined : ownWorkspace(d, doc);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * A Cargo manifest or config Cargo looks up by name on the way to the root (a workspace root, a `[patch]`): undefined
 * when absent to that lookup; one that is there but cannot be read is a read error, since what it declares (a patch, a
 * workspace dependency) could send a dependency into another domain, and Cargo refuses to build under it anyway.
 * Cargo asks `Path::exists()`, true for a directory (or a link to one) of that name, which it then fails to read: a
 * directory is there, not absent as it is to Node's and tsc's look-ups.
 */
async function readCargoFile(ctx: GateContext, path: string, result: SourceScan): Promise<Record<string, unknown> | undefined> {
  try {
    return (await ctx.read.toml(path)).value as Record<string, unknown>;
  } catch (e) {
    if (!(e instanceof ArtifactError)) throw e;
    // Every crate looks up the same ancestors: each is reported once.
    if (e.code !== 'missing' && !result.readErrors.some((r) => r instanceof ArtifactError && r.path === e.path && r.message === e.message)) result.readErrors.push(e);
    return undefined;
  }
}

/**
 * The package's edition: `package.edition` as written; absent, Cargo's default 2015; `edition.workspace =
 * true`, the `[workspace.package] edition` of the nearest Cargo.toml above that declares a workspace.
 * Anything that cannot be read is `unknown` (both readings), never a guess.
 */
async function editionOf(ctx: GateContext, dir: string, edition: unknown, own: Record<string, unknown>): Promise<string> {
  if (typeof edition === 'string') return edition;
  if (edition === undefined) return '2015';
  if (edition === null || typeof edition !== 'object' || (edition as { workspace?: unknown }).workspace !== true) return 'unknown';
  const ownWorkspace = own.workspace as { package?: { edition?: unknown } } | undefined;
  if (ownWorkspace !== null && typeof ownWorkspace === 'object') return typeof ownWorkspace.package?.edition === 'string' ? ownWorkspace.package.edition : 'unknown';
  const named = namedWorkspaceRoot(dir, own);
  for (let d = dir; d !== '' || named !== undefined; ) {
    d = named ?? (posix.dirname(d) === '.' ? '' : posix.dirname(d));
    const path = posix.join(d, 'Cargo.toml');
    let doc: Record<string, unknown>;
    try {
      doc = (await ctx.read.toml(path)).value as Record<string, unknown>;
    } catch (e) {
      if (!(e instanceof ArtifactError)) throw e;
      if (e.code === 'missing' && named === undefined) continue;
      return 'unknown';
    }
    const ws = doc.workspace as { package?: { edition?: unknown } } | undefined;
    // The root package.workspace names is the only one Cargo reads.
    if (named !== undefined && (ws === undefined || ws === null || typeof ws !== 'object')) return 'unknown';
    if (ws === undefined || ws === null || typeof ws !== 'object') continue;
    return typeof ws.package?.edition === 'string' ? ws.package.edition : 'unknown';
  }
  return 'unknown';
}

/**
 * Path dependencies whose root file source_globs leave out (or ignore does), by root file: the root is read for the
 * module tree only and the module files it declares are not, so a path into the crate may name code no scan reads
 * (a module of it, and whatever that re-exports). Unless external_packages lists the crate, such a path is unproven.
 */
async function unscannedDependencies(options: KernelBoundaryOptions, targets: readonly RustTarget[], inScope: ReadonlySet<string>, packages: PackageNames): Promise<Map<string, { why: string; fix: string }>> {
  const external = new Set(options.external_packages);
  const out = new Map<string, { why: string; fix: string }>();
  for (const t of targets) {
    if (t.kind !== 'dep' || inScope.has(t.root) || external.has(t.name)) continue;
    const pkg = await packages.of(t.root, 'Cargo.toml');
    out.set(t.root, unscannedPackage(pkg?.name === t.name ? pkg : { dir: pkg?.dir ?? posix.dirname(t.root), name: t.name }));
  }
  return out;
}

export async function resolveRust(ctx: GateContext, options: KernelBoundaryOptions, scans: Map<string, RustScan>, result: SourceScan, links: RealPaths, crosses: CrossesDomains, packages: PackageNames): Promise<void> {
  const crateOptions = await readCargo(ctx, options.rust_crate_root, [...scans.keys()], result);
  const roots = new Set((crateOptions.targets ?? []).map((t) => t.root));
  const ignore = options.ignore.map((g) => globToRegExp(g));
  const attempted = new Set<string>(scans.keys());

  const read = async (path: string): Promise<{ text: string } | { error: ArtifactError }> => {
    try {
      return { text: (await ctx.read.text(path)).text };
    } catch (e) {
      if (!(e instanceof ArtifactError)) throw e;
      if (e.code === 'empty') return { text: '' };
      return { error: e };
    }
  };

  const outDirs = new OutDirs(ctx, packages, packages.exists);
  // include!("…") code is part of the including file.
  const includeInto = async (file: string, scan: RustScan, depth: number): Promise<void> => {
    for (const written0 of scan.includes) {
      let inc = written0;
      /** How an include of OUT_DIR the cargo config points into the checkout is named in messages. */
      let shown: { via: string } | undefined;
      const written = inc.path ?? inc.expression ?? '';
      // An include of a macro_rules! body is judged again at each call in another file (expandedIncludeEdges).
      const expanded = inc.inMacro === undefined ? undefined : { inMacro: inc.inMacro };
      if (inc.path === undefined && inc.generated === true) {
        const outDir = await outDirs.of(file);
        // OUT_DIR set by the cargo config's [env] is a directory of the checkout: the include reads a file there.
        const inCheckout = 'dir' in outDir ? posix.relative(posix.dirname(file), posix.join(outDir.dir, inc.outDir ?? '')) : undefined;
        if (inCheckout === undefined) {
          if (expanded !== undefined) scan.dataIncludes.push({ path: written, macro: 'include', computed: true, generated: true, ...(inc.outDir !== undefined ? { outDir: inc.outDir } : {}), line: inc.line, column: inc.column, ...expanded, atCallsOnly: true });
          await judgeOutDir(outDir, { from: file, line: inc.line, column: inc.column, written }, 'include', result, links, crosses);
          continue;
        }
        const { expression: _expression, generated: _generated, ...literal } = inc;
        inc = { ...literal, path: inCheckout };
        if (expanded === undefined) shown = { via: `include!(${written}) (OUT_DIR set by ${'config' in outDir ? outDir.config : ''}: ${posix.join(posix.dirname(file), inCheckout)})` };
      }
      if (inc.path === undefined) {
        result.unresolved.push({ from: file, line: inc.line, column: inc.column, written, why: `include!(${written}) names its file by a computed expression, so the code it pastes in cannot be scanned` });
        if (expanded !== undefined) scan.dataIncludes.push({ path: written, macro: 'include', computed: true, line: inc.line, column: inc.column, ...expanded, atCallsOnly: true });
        continue;
      }
      const base = inc.fromManifest === true ? await manifestDir(packages, file) : posix.dirname(file);
      if (base === undefined) {
        result.unresolved.push({ from: file, line: inc.line, column: inc.column, written, why: noManifest(file) });
        continue;
      }
      const target = posix.normalize(posix.join(base, inc.path));
      const got = target.startsWith('../') || inc.path.startsWith('/') ? undefined : await read(target);
      if (got === undefined || 'error' in got) {
        result.unresolved.push({ from: file, line: inc.line, column: inc.column, written, why: `include!("${inc.path}") ${got === undefined ? 'reaches outside the root' : got.error.code === 'missing' ? 'names no file' : `cannot be read: ${got.error.message}`}, so the code it pastes in cannot be scanned` });
        continue;
      }
      const inner = scanRust(got.text);
      if (depth < MAX_INCLUDE_DEPTH) await includeInto(target, inner, depth + 1);
      else if (inner.includes.length > 0) result.unresolved.push({ from: file, line: inc.line, column: inc.column, written, why: `include! nests more than ${MAX_INCLUDE_DEPTH} deep` });
      const place = { line: inc.line, column: inc.column };
      // The pasted file is another domain's code even when it names no path: the include is an edge to it.
      scan.dataIncludes.push({ path: inc.path, macro: 'include', ...place, ...(inc.fromManifest === true ? { fromManifest: true as const } : {}), ...expanded, ...shown });
      const scope = (s: string[]) => [...inc.scope, ...s];
      // Code pasted into a macro_rules! body is the body's: its paths and calls are expanded where the macro is called.
      for (const e of inner.edges) scan.edges.push({ ...e, ...place, path: `${inc.path}: ${e.path}`, scope: scope(e.scope), ...(expanded !== undefined && e.macro === undefined ? { macro: expanded.inMacro } : {}) });
      for (const i of inner.items) scan.items.push({ ...i, line: inc.line, scope: scope(i.scope) });
      // An impl pasted in defines its methods in the including file; pasted into a macro body, in each caller's (made there).
      for (const im of inner.impls ?? []) (scan.impls ??= []).push({ ...im, ...place, scope: scope(im.scope), ...(expanded !== undefined && im.macro === undefined ? { macro: expanded.inMacro } : {}) });
      for (const a of inner.aliases) scan.aliases.push({ ...a, scope: scope(a.scope) });
      for (const m of inner.inlineModules) scan.inlineModules.push({ ...m, ...place, scope: scope(m.scope) });
      scan.selfNames.push(...inner.selfNames);
      scan.externAliases.push(...inner.externAliases);
      for (const m of inner.macroCalls) scan.macroCalls.push({ ...m, ...place, scope: scope(m.scope), ...(expanded !== undefined && m.macro === undefined ? { macro: expanded.inMacro } : {}) });
      // The included code's include_str! paths are relative to the file they are written in.
      // (env!("CARGO_MANIFEST_DIR") is the package compiling the including file, so such a path stays as written.)
      for (const d of inner.dataIncludes) scan.dataIncludes.push({ ...d, ...place, via: `${inc.path}: ${d.via ?? `${d.macro}!("${d.path}")`}`, path: posix.isAbsolute(d.path) || d.fromManifest === true || d.computed === true ? d.path : posix.relative(posix.dirname(file), posix.join(posix.dirname(target), d.path)), ...(expanded !== undefined && d.inMacro === undefined ? expanded : {}) });
      const err = inner.errors[0];
      if (err !== undefined) result.unparsed.push({ from: file, line: inc.line, column: inc.column, why: `in ${target} (included): ${err.message}` });
    }
    scan.includes = [];
  };

  /** Module files a `mod` declaration names that are not there (the declaration is unresolved: see resolveRustCrate). */
  const absent = new Set<string>();
  /** Module files loaded by `#[path]`: each owns its directory, as rustc reads them. */
  const pathLoaded = new Set<string>();
  const pending = [...scans.keys()];
  for (const file of pending) await includeInto(file, scans.get(file) as RustScan, 0);

  /**
   * Module files the `mod` declarations of `queue` name (and theirs in turn) that are not read yet: read and
   * scanned; put in scope (they must be owned) when `intoScope`, else read for the module tree only, so a path or a
   * re-export through them is followed. A file `ignore` leaves out is not read.
   */
  const mountDeclared = async (queue: string[], intoScope: boolean): Promise<void> => {
    for (let k = 0; k < queue.length; k++) {
      if (ctx.signal.aborted) return;
      const file = queue[k] as string;
      const scan = scans.get(file) as RustScan;
      for (const d of declaredModuleFiles(file, scan, roots, ctx.root, pathLoaded)) {
        const outside = (c: string) => c === '..' || c.startsWith('../');
        const away = d.required.find((group) => group.every(outside));
        if (away !== undefined) result.unresolved.push({ from: file, line: d.line, column: d.column, written: `mod ${d.name}`, why: `declares mod ${d.name} in ${away[0]}, outside the root, so its code cannot be scanned` });
        // Every reading is read (each `#[cfg_attr(…, path)]` file and the default one): rustc compiles one of them.
        for (const c of d.candidates) {
          const loadedByPath = d.fromPath.includes(c) && !pathLoaded.has(c);
          if (loadedByPath) pathLoaded.add(c);
          if (scans.has(c)) {
            // A file walked before it was known to be loaded by #[path]: its `mod x;` are siblings, read again from there.
            if (loadedByPath) queue.push(c);
            continue;
          }
          if (attempted.has(c)) continue;
          attempted.add(c);
          if (outside(c) || ignore.some((re) => re.test(c))) continue;
          const got = await read(c);
          if ('error' in got) {
            if (got.error.code === 'missing') absent.add(c); // another reading may have it; resolveRustCrate judges the declaration
            else result.readErrors.push(got.error);
            continue;
          }
          const discovered = deferRustScan(scanRust(got.text));
          await includeInto(c, discovered, 0);
          scans.set(c, discovered);
          if (intoScope) result.files.push(c);
          queue.push(c);
        }
      }
    }
  };
  // Module files declared by `mod` but outside source_globs: read, scan, and put in scope.
  await mountDeclared(pending, true);
  result.files.sort();

  // A target root outside source_globs (`source_globs: [src/bin/**, src/store/**]` leaves src/lib.rs out) is
  // still the root of its crate: without it, `crate::` and the library's name would lead nowhere and every
  // path through them would be dropped. It is read and scanned for the module tree only: it stays out of
  // scope (no domain must own it), and so do the module files it declares, read for the tree too (a path
  // through one of them, `franken_kernel::helpers::Db` re-exporting store, reached the root and was dropped).
  // A path dependency's root is another package: its modules are not read (see unscannedDependencies).
  const rootDir = normaliseRoot(options.rust_crate_root);
  const rootCandidates: RustTarget[] = [
    { kind: 'lib', name: crateOptions.libName ?? '', root: posix.join(rootDir, 'lib.rs') },
    { kind: 'bin', name: 'main', root: posix.join(rootDir, 'main.rs') },
    ...(crateOptions.targets ?? []),
  ];
  const treeOnly: string[] = [];
  for (const t of rootCandidates) {
    if (scans.has(t.root) || attempted.has(t.root) || t.root.startsWith('../')) continue;
    attempted.add(t.root);
    const got = await read(t.root);
    if ('error' in got) {
      if (got.error.code !== 'missing') result.readErrors.push(got.error);
      continue;
    }
    const scan = deferRustScan(scanRust(got.text));
    await includeInto(t.root, scan, 0);
    scans.set(t.root, scan);
    if (t.kind !== 'dep') treeOnly.push(t.root);
    if (!(crateOptions.targets ?? []).some((x) => x.root === t.root)) {
      // lib.rs first: the library is `crate` when it exists.
      crateOptions.targets = t.kind === 'lib' ? [t, ...(crateOptions.targets ?? [])] : [...(crateOptions.targets ?? []), t];
    }
  }
  await mountDeclared(treeOnly, false);

  for (const [file, scan] of scans) {
    const err = scan.errors[0];
    if (err !== undefined) result.unparsed.push({ from: file, line: err.line, column: err.column, why: err.message });
  }
  // Module files brought in by mod declarations are judged by their real paths too.
  await mapLimit([...scans.keys()], 64, (p) => links.real(p));
  const unseen = await unscannedDependencies(options, crateOptions.targets ?? [], new Set(result.files), packages);
  const reported = new Set<string>();
  const keepEdge = (from: string, to: string, e: ResolvedRustEdge) => {
    const dep = unseen.get(to);
    const key = `${from}\0${e.line}\0${to}`;
    if (dep !== undefined && !reported.has(key)) {
      reported.add(key);
      result.unresolved.push({ from, line: e.line, column: e.column, written: e.path, why: `writes the path ${e.path}, which leads to ${to}, ${dep.why}`, fix: dep.fix });
    }
    // An impl's edge stands unless a type argument of its trait is the impl's own domain's (owned, not the type's).
    if (e.unless?.some((a) => !crosses(a, to) && crosses(a, from)) === true) return false;
    return crosses(from, to);
  };
  await dataIncludeEdges(ctx.root, scans, result, links, crosses, packages, outDirs);
  const crate = resolveRustCrate(scans, { ...crateOptions, keepEdge, root: ctx.root, absent });
  result.edgeCount += crate.edgeCount;
  for (const e of crate.edges) result.edges.push({ from: e.from, to: e.to, line: e.line, column: e.column, written: e.path, kind: e.kind });
  for (const u of crate.unresolved) result.unresolved.push(u);
  await expandedIncludeEdges(ctx.root, crate.expandedIncludes, result, links, crosses, packages, read, outDirs);
  for (const file of crate.outside) result.unresolved.push({ from: file, why: `is not a .rs file under rust_crate_root "${options.rust_crate_root}", so its crate:: / super:: paths have no module to resolve against` });
}

/**
 * include_str!("…") / include_bytes!("…") / include!("…"): the named file's bytes are compiled into the including file, which needs
 * that file wherever it moves, as it needs a module it imports: an edge (a README or a fixture no domain owns crosses
 * nothing). A computed path (`concat!(env!("OUT_DIR"), …)`) names build output, which no domain owns.
 */
async function dataIncludeEdges(root: string, scans: ReadonlyMap<string, RustScan>, result: SourceScan, links: RealPaths, crosses: CrossesDomains, packages: PackageNames, outDirs: OutDirs): Promise<void> {
  for (const [from, scan] of scans) {
    for (const d of scan.dataIncludes) {
      if (d.atCallsOnly === true) continue;
      const written = d.via ?? `${d.macro}!(${d.computed === true ? d.path : d.fromManifest === true ? `concat!(env!("CARGO_MANIFEST_DIR"), "/${d.path}")` : `"${d.path}"`})`;
      if (d.computed === true && d.generated === true) {
        await dataInOutDir(root, { from, line: d.line, column: d.column, written }, d, await outDirs.of(from), result, links, crosses);
        continue;
      }
      if (d.computed === true) {
        result.unresolved.push({ from, line: d.line, column: d.column, written, why: `${d.macro}!(${d.path}) names its file by a computed expression (not OUT_DIR's build output), so which file it builds in cannot be judged` });
        continue;
      }
      const to = await includedFile(root, from, d, packages);
      if (typeof to !== 'string') {
        if (to !== undefined) result.unresolved.push({ from, line: d.line, column: d.column, written: to.written ?? written, why: to.why });
        continue; // undefined: outside the root, no domain's file
      }
      await links.real(to);
      result.edgeCount++;
      if (crosses(from, to)) result.edges.push({ from, to, line: d.line, column: d.column, written, kind: d.macro });
    }
  }
}

/**
 * The file an include names, read from `from` as rustc reads it (relative to `from`'s directory, or to its package's with
 * `CARGO_MANIFEST_DIR`): a path inside the root, undefined outside it, or why it cannot be known.
 */
async function includedFile(root: string, from: string, d: RustDataInclude, packages: PackageNames): Promise<string | { why: string; written?: string } | undefined> {
  const base = d.fromManifest === true ? await manifestDir(packages, from) : posix.dirname(from);
  if (base === undefined) return { why: noManifest(from) };
  // Resolved from the root's own path: `../../<root's name>/src/store/x` climbs out and comes back in, a file of the root.
  const absoluteRoot = posix.resolve(root);
  const to = posix.relative(absoluteRoot, posix.resolve(absoluteRoot, base, d.path)) || '.';
  if (to.includes('\0')) {
    const shown = `${d.macro}!(${JSON.stringify(d.path)})`;
    return { written: shown, why: `${shown} names a file with a NUL character, which no file name can hold` };
  }
  if (to === '..' || to.startsWith('../') || posix.isAbsolute(to)) return undefined;
  return to;
}

/**
 * An include written in a `macro_rules!` body is expanded where the macro is called, and rustc reads its path from the
 * caller's file: `include!("../store/mod.rs")` in a macro of `shared` pastes store's code into `core` at each call there.
 * Each such expansion in another file is an edge of the caller at the call's line (the pasted code's paths are the
 * body's, expanded like its other paths). Code the caller's reading pastes in that the definition's reading did not
 * (another file, none, or a computed name) is not read: `unresolved_import`.
 */
async function expandedIncludeEdges(root: string, expansions: readonly RustExpandedInclude[], result: SourceScan, links: RealPaths, crosses: CrossesDomains, packages: PackageNames, read: (path: string) => Promise<{ text: string } | { error: ArtifactError }>, outDirs: OutDirs): Promise<void> {
  const seen = new Set<string>();
  for (const x of expansions) {
    const d = x.include;
    const key = `${x.from}\0${x.line}\0${x.definer}\0${d.line}\0${d.column}\0${d.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const shown = `${d.macro}!(${d.computed === true ? d.path : d.fromManifest === true ? `concat!(env!("CARGO_MANIFEST_DIR"), "/${d.path}")` : `"${d.path}"`})`;
    const written = `${x.call}!: ${d.via ?? shown}`;
    const what = x.renamed === true ? `${x.call}! (${d.macro}!, renamed by ${x.definer})` : `${x.call}!, whose body (in ${x.definer}) writes ${d.via ?? shown}`;
    const unresolved = (why: string) => result.unresolved.push({ from: x.from, line: x.line, column: x.column, written, why: `calls ${what}: ${why}` });
    if (d.computed === true && d.generated === true) {
      // OUT_DIR is the caller's package's.
      await dataInOutDir(root, { from: x.from, line: x.line, column: x.column, written }, d, await outDirs.of(x.from), result, links, crosses);
      continue;
    }
    if (d.computed === true) {
      unresolved(`its file is named by a computed expression, so what it ${d.macro === 'include' ? 'pastes' : 'builds'} in here cannot be judged`);
      continue;
    }
    const to = await includedFile(root, x.from, d, packages);
    if (typeof to !== 'string') {
      if (to !== undefined) unresolved(to.why);
      else if (d.macro === 'include') unresolved('read from this file, it reaches outside the root, so the code it pastes in cannot be scanned');
      continue;
    }
    if (d.macro === 'include' && d.via === undefined && x.renamed === true) {
      unresolved('the code it pastes in here is not scanned');
      continue;
    }
    if (d.macro === 'include' && d.via === undefined) {
      const there = await includedFile(root, x.definer, d, packages);
      if (there !== to) {
        const got = await read(to);
        unresolved('error' in got && got.error.code === 'missing' ? `read from this file, it names ${to}, which does not exist` : `read from this file, it pastes in ${to}, not the file read at the definition, so that code is not scanned`);
        continue;
      }
    }
    await links.real(to);
    result.edgeCount++;
    if (crosses(x.from, to)) result.edges.push({ from: x.from, to, line: x.line, column: x.column, written, kind: d.macro });
  }
}

/**
 * An include of `concat!(env!("OUT_DIR"), …)` where OUT_DIR is not a directory of the checkout. Build output: no checkout
 * holds it and no prost or tonic crate is failed for it, but not a pass either: include! of it warns, naming it
 * (docs/gates/kernel_boundary.md, "Generated code"); each Rust file of the checkout the build script names (it may copy
 * it there) is an edge, as an include of that file is. OUT_DIR from the environment alone: which file it names cannot be
 * known.
 */
async function judgeOutDir(outDir: OutDir, at: { from: string; line: number; column: number; written: string }, macro: RustDataInclude['macro'], result: SourceScan, links: RealPaths, crosses: CrossesDomains): Promise<void> {
  const shown = at.written.startsWith(`${macro}!`) ? at.written : `${macro}!(${at.written})`;
  if ('why' in outDir) {
    result.unresolved.push({ ...at, why: `${shown} names a file in OUT_DIR, but ${outDir.why}` });
    return;
  }
  if (!('script' in outDir)) return;
  if (macro === 'include') result.generated.push(at);
  // A file the build script reads or copies by a path built in a way the gate cannot evaluate may be any of the checkout's.
  if (outDir.unknown !== undefined) result.unresolved.push({ ...at, why: `${shown} names a file in OUT_DIR, and the build script ${outDir.script} reads or copies a file whose path it builds in a way the gate cannot evaluate (${outDir.unknown.slice(0, 3).join('; ')}), which it may copy there, so which code the include pastes in cannot be known` });
  for (const to of outDir.copies) {
    await links.real(to);
    result.edgeCount++;
    if (crosses(at.from, to)) result.edges.push({ ...at, to, written: `${shown} (the build script ${outDir.script} names ${to}, which it may copy into OUT_DIR)`, kind: macro });
  }
}

/** An include of a file in OUT_DIR judged as an edge (include_str!, or include! expanded in a caller): see judgeOutDir. */
async function dataInOutDir(root: string, at: { from: string; line: number; column: number; written: string }, d: RustDataInclude, outDir: OutDir, result: SourceScan, links: RealPaths, crosses: CrossesDomains): Promise<void> {
  const { from, written } = at;
  if (!('dir' in outDir)) {
    await judgeOutDir(outDir, at, d.macro, result, links, crosses);
    return;
  }
  const absoluteRoot = posix.resolve(root);
  const to = posix.relative(absoluteRoot, posix.resolve(absoluteRoot, outDir.dir, d.outDir ?? ''));
  if (to === '' || to === '..' || to.startsWith('../') || posix.isAbsolute(to)) {
    result.unresolved.push({ ...at, why: `${outDir.config} sets [env] OUT_DIR outside the checkout, so the file it names cannot be judged` });
    return;
  }
  await links.real(to);
  result.edgeCount++;
  if (crosses(from, to)) result.edges.push({ ...at, to, written: `${written} (OUT_DIR set by ${outDir.config})`, kind: d.macro });
}

/** The directory `env!("CARGO_MANIFEST_DIR")` names while `file` compiles: its package's. */
async function manifestDir(packages: PackageNames, file: string): Promise<string | undefined> {
  return (await packages.of(file, 'Cargo.toml'))?.dir;
}

const noManifest = (file: string) => `names its file from env!("CARGO_MANIFEST_DIR"), but no Cargo.toml with a package is above ${file}, so which file it is cannot be known`;
