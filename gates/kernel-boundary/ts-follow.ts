/**
 * kernel_boundary: TypeScript / JavaScript edges — every specifier resolved (ts-resolve.ts), globs
 * expanded against the files that exist, and imports through a barrel followed to the file that
 * defines the name, the way Rust `pub use` re-exports are: a banned module must not hide behind an
 * `export * from` in a module of another domain.
 */
import { posix } from 'node:path';
import { ArtifactError, type GateContext, globToRegExp } from '../../src/sdk/index.js';
import { isRelativeSpecifier, isTsSource, jsxRuntimeImports, scanOptionsFor, scanTs, type TsClassHanded, type TsGlob, type TsGuarded, type TsImport, type TsScan } from '../../src/scan/ts-imports.js';
import { nodeArgv, splitOptions } from '../../src/scan/node-argv.js';
import type { CrossesDomains, SourceScan } from './sources.js';
import type { RealPaths } from './links.js';
import { TsResolver, withinScope } from './ts-resolve.js';
import { type PackageNames, unscannedPackage } from './packages.js';

interface Reexport {
  exported: string;
  imported: string;
  specifier: string;
  targets: string[];
}

const NONE: ReadonlySet<string> = new Set();
/** child_process and the exports that run a program: one re-exported by a barrel runs whatever its importer gives it. */
const CHILD_PROCESS = new Set(['child_process', 'node:child_process']);
const RUNNERS = new Set(['fork', 'spawn', 'spawnSync', 'execFile', 'execFileSync', 'exec', 'execSync', 'default', '*']);

interface ModuleExports {
  local: Set<string>;
  /** Names that may be exported (see TsExports.maybe): followed, never shadowing an `export *`. */
  maybe: ReadonlySet<string>;
  reexports: Reexport[];
  incomplete: boolean;
  /** Exports names the scanner cannot list (`export =`, a decorated class): it may export any name. */
  open: boolean;
  /** Imports it puts on the global object, with their keys: every module that loads it or reads the key may read them (TsExports.global). */
  globals: { imported: string; targets: string[]; key: string }[];
}

/** Code by its extension: TypeScript/JavaScript, and components whose script a bundler compiles (Vue, Svelte, Astro, MDX). */
const COMPONENT = /\.(?:vue|svelte|astro|mdx)$/;

/** What the gate knows about files outside source_globs. */
export interface OutsideScope {
  ignored: (p: string) => boolean;
  owned: (p: string) => boolean;
  /** `external_packages`: packages of the root the user asserts belong to no domain and import no domain code. */
  external: ReadonlySet<string>;
  packages: PackageNames;
}

export async function resolveTs(ctx: GateContext, scans: ReadonlyMap<string, TsScan>, result: SourceScan, exists: (p: string) => Promise<boolean>, links: RealPaths, crosses: CrossesDomains, scope: OutsideScope): Promise<void> {
  const inScope = new Set(result.files);
  const reported = new Set<string>();
  const edge = async (e: SourceScan['edges'][number]) => {
    result.edgeCount++;
    const real = await links.real(e.to);
    if (crosses(e.from, e.to)) result.edges.push(e);
    // A file of this tree outside source_globs that no domain owns is code no one scanned: whatever it imports (a
    // component's script, a helper or a workspace package that re-exports store) is unseen, however it is named.
    if (inScope.has(e.to) || inScope.has(real) || !(isTsSource(e.to) || COMPONENT.test(e.to)) || scope.owned(real) || e.to.split('/').includes('node_modules')) return;
    const key = `${e.from}\0${e.line}\0${e.to}`;
    if (reported.has(key)) return;
    reported.add(key);
    const unseen = await unscanned(scope, e, real, await links.real(e.from));
    if (unseen !== undefined) result.unresolved.push({ from: e.from, line: e.line, column: e.column, written: e.written, ...unseen });
  };
  /** Files that re-export (or could not be read to their end): an import of one is followed through it. */
  const barrel = (file: string) => {
    const s = scans.get(file);
    return s !== undefined && (s.exports.reexports.length > 0 || s.errors.length > 0 || s.exports.global !== undefined);
  };
  const resolver = new TsResolver(ctx, exists, (p) => links.real(p), (dir) => links.directories(dir), (path) => links.peek(path));
  const modules = new Map<string, ModuleExports>();
  /** Unreadable package.json files already reported (once each, at the first module under it). */
  const badManifests = new Set<string>();
  /** `gives`: the import names a class this file gives methods (TsImport.gives): the modules behind a barrel depend on it. */
  const pending: { from: string; to: string; line: number; column: number; written: string; names: string[] | undefined; gives?: string }[] = [];
  const guarded: GuardedCall[] = [];
  const handed: HandedClass[] = [];
  /** Per typeRoots package file: what reading it through leads to (typingsThrough). */
  const readThrough = new Map<string, Promise<ReadThrough>>();
  /** Code of this tree outside source_globs that no domain owns (what `edge` reports as unscanned). */
  const outside = async (p: string): Promise<boolean> => {
    const real = await links.real(p);
    return !(inScope.has(p) || inScope.has(real) || !(isTsSource(p) || COMPONENT.test(p)) || scope.owned(real) || p.split('/').includes('node_modules'));
  };
  /** A types package's file: itself when the gate judges it, else what reading it through leads to (once per file). */
  const typings = async (path: string): Promise<ReadThrough> => {
    let through = readThrough.get(path);
    if (through === undefined) {
      through = (await outside(path)) ? typingsThrough(ctx, resolver, links, path, outside) : Promise.resolve({ to: [{ path, via: '' }] });
      readThrough.set(path, through);
    }
    return through;
  };

  for (const from of [...scans.keys()].sort()) {
    if (ctx.signal.aborted) return;
    const scan = scans.get(from) as TsScan;
    // A linked file imports from where it really is (as Node and TypeScript resolve it).
    const base = await links.real(from);
    const first = scan.errors[0];
    if (first !== undefined) result.unparsed.push({ from, line: first.line, column: first.column, why: first.message });
    // A tsconfig jsxImportSource makes every file with JSX import that runtime (a pragma in the file is scanned).
    const jsxSource = scan.jsx === true ? await resolver.jsxImportSource(base) : undefined;
    let imports = jsxSource === undefined ? scan.imports : [...scan.imports, ...jsxRuntimeImports(jsxSource, { line: 1, column: 1 })];
    // A tsconfig `types` entry: every file of its program takes that types package in, as a reference to it would.
    const programTypes = await resolver.programTypes(base);
    if (programTypes.length > 0) imports = [...imports, ...programTypes.map((name) => ({ kind: 'import_type' as const, specifier: name, line: 1, column: 1, typesPackage: true as const }))];
    // `new Holder().host.require('…')`: a load where the module Holder comes from keeps a module object on `host`.
    for (const m of scan.memberLoads ?? []) {
      const targets = await targetsOf(resolver, base, m.specifier);
      if (targets.some((t) => scans.get(t)?.exports.moduleMembers?.includes(m.member) === true)) imports = [...imports, m.load];
    }
    // Every module is loaded through its nearest package.json, whatever it imports (a URL of a directory, a builtin, no
    // import at all never ask for it): an unreadable one fails the gate once, with the reader's code, whichever domain
    // its first module is in (reported as an import of that module, it was lost when the module's domain bans nothing).
    const manifest = await resolver.unreadableManifest(posix.dirname(base));
    if (manifest !== undefined && !badManifests.has(manifest.path)) {
      badManifests.add(manifest.path);
      result.readErrors.push(unusableManifest(manifest.cause, from));
    }
    // With no `types` list (or `types: ["*"]`) every package of the typeRoots is in the program: an edge of every file.
    for (const t of await resolver.programTypeFiles(base)) {
      const what = t.lib === true ? `@typescript/${t.name} (a package tsc takes in place of its lib file)` : `${t.name} (a package of the tsconfig's typeRoots, taken into every file's program)`;
      if ('why' in t) {
        result.unresolved.push({ from, line: 1, column: 1, written: t.name, why: `takes in the types package ${t.lib === true ? what : `"${t.name}" (every package of the tsconfig's typeRoots)`}, which ${t.why}` });
        continue;
      }
      // A local typings folder (`typeRoots: ["./types", …]`) outside source_globs is read through, not left unscanned:
      // only its entry files and what they import, once per package file, never per importer.
      const r = await typings(t.path);
      if (r.why !== undefined) {
        result.unresolved.push({ from, line: 1, column: 1, written: t.name, why: `takes in the types package ${t.lib === true ? what : `"${t.name}" (every package of the tsconfig's typeRoots)`}, which ${r.why}` });
        continue;
      }
      for (const to of r.to) {
        const written = to.via === '' ? what : `${what} through ${to.via}`;
        await edge({ from, to: to.path, line: 1, column: 1, written, kind: 'import_type' });
        if (barrel(to.path)) pending.push({ from, to: to.path, line: 1, column: 1, written, names: undefined });
      }
    }
    for (const imp of imports.flatMap((i) => (i.kind === 'env_file' ? [] : [i])).concat(await envFileImports(ctx, from, imports, result))) {
      const r = imp.cwd === true ? await resolver.resolve(CWD_BASE, fromWorkingDirectory(imp.specifier)) : imp.typesPackage === true ? await resolver.resolveTypes(base, imp.specifier) : await resolver.resolve(base, imp.specifier);
      if (r.kind === 'files') {
        for (const path of r.paths) {
          // A types package found in a local typeRoots folder outside source_globs (a `types` entry, a reference) is read
          // through as the packages taken in without one are.
          const through = imp.typesPackage === true ? await typings(path) : { to: [{ path, via: '' }] };
          if (through.why !== undefined) {
            result.unresolved.push({ from, line: imp.line, column: imp.column, written: imp.specifier, why: `takes in the types package "${imp.specifier}", which ${through.why}` });
            continue;
          }
          for (const { path: to, via } of through.to) {
            if (imp.gives !== undefined) {
              // The class's module depends on this one, which gives it methods (see TsImport.gives).
              await edge({ from: to, to: from, line: 1, column: 1, written: `${imp.gives} given methods at ${from}:${imp.line} (imported from "${imp.specifier}")`, kind: imp.kind });
              // A class reached through this domain's own re-export (`export { Thing } from '../core/thing'`) is the final module's.
              if (barrel(to)) pending.push({ from, to, line: imp.line, column: imp.column, written: imp.specifier, names: via === '' ? imp.names : undefined, gives: imp.gives });
              continue;
            }
            const written = via === '' ? imp.specifier : `${imp.specifier} through ${via}`;
            await edge({ from, to, line: imp.line, column: imp.column, written, kind: imp.kind });
            if (barrel(to)) pending.push({ from, to, line: imp.line, column: imp.column, written, names: via === '' ? imp.names : undefined });
          }
        }
      } else if (r.kind === 'unresolved') {
        if (imp.optional === true || (imp.kind === 'url' && (await resolver.isDirectory(base, imp.specifier)))) continue;
        const run = imp.cwd === true ? ' (a path run from the working directory, taken to be the root)' : '';
        result.unresolved.push({ from, line: imp.line, column: imp.column, written: imp.specifier, why: `imports "${imp.specifier}"${run}, which ${r.why}` });
      }
    }
    const start = result.dynamic.length;
    for (const u of scan.unresolvable) result.dynamic.push({ from, line: u.line, column: u.column, expression: u.expression, kind: u.kind });
    for (const g of scan.guarded ?? []) guarded.push({ from, refusal: g, targets: await targetsOf(resolver, base, g.specifier), start, end: result.dynamic.length });
    for (const h of scan.classHanded ?? []) {
      const helpers = (await targetsOf(resolver, base, h.helper.specifier)).filter((t) => scans.has(t));
      if (helpers.length > 0) handed.push({ from, handed: h, helpers, classes: await targetsOf(resolver, base, h.specifier) });
    }
    for (const g of scan.globs) await expandGlob(ctx, from, base, g, result, edge);
    const reexports: Reexport[] = [];
    for (const re of scan.exports.reexports) reexports.push({ ...re, targets: await targetsOf(resolver, base, re.specifier) });
    const globals: ModuleExports['globals'] = [];
    for (const g of scan.exports.global ?? []) globals.push({ imported: g.imported, targets: await targetsOf(resolver, base, g.specifier), key: g.key });
    // Every scanned module is known, leaves too: a leaf missing from the map would be a file that "may export
    // anything", and every `export *` of one would lead a named import to all the files behind the barrel.
    modules.set(from, { local: new Set(scan.exports.local), maybe: scan.exports.maybe === undefined ? NONE : new Set(scan.exports.maybe), reexports, incomplete: first !== undefined, open: scan.exports.open === true, globals });
  }

  // Follow each import through the barrels it names.
  const follower = new Follower(modules);
  // What a barrel leads to depends on the barrel and the names only: each pair is followed once.
  const followed = new Map<string, { finals: string[]; unknown: string | undefined; runners: string[] }>();
  for (const e of pending) {
    if (!modules.has(e.to)) continue;
    const key = `${e.to}\0${e.names === undefined ? '*' : e.names.join('\0')}`;
    let done = followed.get(key);
    if (done === undefined) {
      const finals = new Set<string>();
      const runners = new Set<string>();
      const unknown = follower.follow(e.to, e.names, finals, runners);
      done = { finals: [...finals].sort(), unknown, runners: [...runners].sort() };
      followed.set(key, done);
    }
    const { finals, unknown, runners } = done;
    // `export { fork } from 'node:child_process'` in a barrel: what the importer runs with it is read nowhere.
    if (runners.length > 0 && e.gives === undefined) result.dynamic.push({ from: e.from, line: e.line, column: e.column, expression: `"${e.written}", which re-exports child_process ${runners.join(', ')}: what the runner runs here is not read (import it from node:child_process)`, kind: 'worker' });
    for (const to of finals) {
      if (to === e.to) continue;
      if (e.gives !== undefined) await edge({ from: to, to: e.from, line: 1, column: 1, written: `${e.gives} given methods at ${e.from}:${e.line} (imported from "${e.written}", re-exported by ${e.to})`, kind: 're-export' });
      else await edge({ from: e.from, to, line: e.line, column: e.column, written: `${e.written} (re-exported by ${e.to})`, kind: 're-export' });
    }
    if (unknown !== undefined) result.unresolved.push({ from: e.from, line: e.line, column: e.column, written: e.written, why: `imports "${e.written}" through ${unknown}, which could not be fully parsed, so what it re-exports is unknown` });
  }
  await globalEdges(scans, modules, follower, barrel, edge);
  await declaredGlobalEdges(scans, edge, (from) => resolver.programScopes(from));
  if (guarded.length > 0) await judgeGuarded(ctx, scans, guarded, result);
  if (handed.length > 0) await judgeHanded(ctx, handed, edge);
}

/**
 * Reads each asked module again, once, and scans it for one yes or no per exported function and parameter asked
 * (`classWriters`: writes the parameter as a class; `writeOnly`: only writes it): the `name:param` pairs it answers yes
 * for, by file. A module that cannot be read answers none (its own scan reports it).
 */
async function askExports(ctx: GateContext, asks: readonly { file: string; name: string; param: number }[], question: 'classWriters' | 'writeOnly'): Promise<Map<string, ReadonlySet<string>>> {
  const asked = new Map<string, Map<string, { name: string; param: number }>>();
  for (const a of asks) {
    const wanted = asked.get(a.file) ?? new Map<string, { name: string; param: number }>();
    wanted.set(`${a.name}:${a.param}`, { name: a.name, param: a.param });
    asked.set(a.file, wanted);
  }
  const answers = new Map<string, ReadonlySet<string>>();
  for (const [file, wanted] of asked) {
    let text: string;
    try {
      text = (await ctx.read.text(file)).text;
    } catch (e) {
      if (!(e instanceof ArtifactError)) throw e;
      continue;
    }
    answers.set(file, new Set(scanTs(text, { ...scanOptionsFor(file), [question]: [...wanted.values()] })[question]));
  }
  return answers;
}

/** A class handed to an imported helper (TsClassHanded), with the scanned files the helper's specifier names and the class's. */
interface HandedClass {
  from: string;
  handed: TsClassHanded;
  helpers: string[];
  classes: string[];
}

/**
 * A class of another module handed to a helper of a scanned module (`addSave(Thing)`) is given methods when that module
 * exports the helper as a function writing the parameter as a class (ScanTsOptions.classWriters): an edge of the class's
 * module into the calling one, as a write in place is (red team kt). Only the helpers' modules are read again, once each,
 * and only when a call hands one a class: `register(Thing)` of a helper that only stores it stays a registration.
 */
async function judgeHanded(ctx: GateContext, calls: readonly HandedClass[], edge: (e: SourceScan['edges'][number]) => Promise<void>): Promise<void> {
  const writes = await askExports(ctx, calls.flatMap((c) => c.helpers.map((file) => ({ file, name: c.handed.helper.imported, param: c.handed.param }))), 'classWriters');
  for (const c of calls) {
    const h = c.handed;
    const by = c.helpers.find((t) => writes.get(t)?.has(`${h.helper.imported}:${h.param}`) === true);
    if (by === undefined) continue;
    for (const to of c.classes) await edge({ from: to, to: c.from, line: 1, column: 1, written: `${h.via} given methods at ${c.from}:${h.line} by ${h.helper.imported} of ${by} (imported from "${h.specifier}")`, kind: 'import' });
  }
}

/** A call handing the global object to another module's function (TsGuarded), with the files its specifier names. */
interface GuardedCall {
  from: string;
  refusal: TsGuarded;
  targets: string[];
  /** The file's own refusals in SourceScan.dynamic: one kept is put among them in order of position. */
  start: number;
  end: number;
}

/**
 * Each guarded call fails closed unless every file its specifier names is a scanned module exporting the function
 * with that parameter written only (ScanTsOptions.writeOnly). Only those modules are read again, and only when a call
 * needs one: the common tree pays nothing for the rule.
 */
async function judgeGuarded(ctx: GateContext, scans: ReadonlyMap<string, TsScan>, calls: readonly GuardedCall[], result: SourceScan): Promise<void> {
  const honoured = await askExports(ctx, calls.flatMap((c) => c.targets.filter((t) => scans.has(t)).map((file) => ({ file, name: c.refusal.imported, param: c.refusal.param }))), 'writeOnly');
  const kept = calls.filter((c) => !(c.targets.length > 0 && c.targets.every((t) => honoured.get(t)?.has(`${c.refusal.imported}:${c.refusal.param}`) === true)));
  // Last block first, and in a block the last position first: the indices of the blocks before stay valid.
  kept.sort((a, b) => b.start - a.start || b.refusal.line - a.refusal.line || b.refusal.column - a.refusal.column);
  for (const c of kept) {
    const u = c.refusal;
    let at = c.start;
    while (at < c.end && ((result.dynamic[at]?.line ?? 0) < u.line || ((result.dynamic[at]?.line ?? 0) === u.line && (result.dynamic[at]?.column ?? 0) <= u.column))) at++;
    result.dynamic.splice(at, 0, { from: c.from, line: u.line, column: u.column, expression: u.expression, kind: u.kind });
  }
}

/**
 * A global is readable by every module once any module wrote it, whoever loaded whom: each module that reads a key of
 * the global object (a member, or a name it declares nowhere; TsScan.globalReads) gets an edge, at its first read, to
 * what every module put there under that key (a value written under a computed key is under every key, and a computed
 * read reads every key), followed through barrels to the file that defines it.
 */
async function globalEdges(scans: ReadonlyMap<string, TsScan>, modules: ReadonlyMap<string, ModuleExports>, follower: Follower, barrel: (f: string) => boolean, edge: (e: SourceScan['edges'][number]) => Promise<void>): Promise<void> {
  const writers = new Map<string, { file: string; imported: string; targets: string[] }[]>();
  for (const [file, m] of modules) {
    for (const g of m.globals) {
      if (g.targets.length === 0) continue;
      const list = writers.get(g.key);
      if (list === undefined) writers.set(g.key, [{ file, ...g }]);
      else list.push({ file, ...g });
    }
  }
  if (writers.size === 0) return;
  const all = [...writers.values()].flat();
  const finalsOf = new Map<string, string[]>();
  for (const [from, scan] of [...scans].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const made = new Set<string>();
    for (const r of scan.globalReads ?? []) {
      const list = r.key === '*' ? all : [...(writers.get(r.key) ?? []), ...(r.key === '*' ? [] : (writers.get('*') ?? []))];
      for (const w of list) {
        if (w.file === from) continue;
        for (const t of w.targets) {
          const id = `${t}\0${w.imported}`;
          let finals = finalsOf.get(id);
          if (finals === undefined) {
            const out = new Set<string>([t]);
            if (barrel(t)) follower.follow(t, w.imported === '*' ? undefined : [w.imported], out);
            finals = [...out].sort();
            finalsOf.set(id, finals);
          }
          for (const to of finals) {
            if (to === from || made.has(to)) continue;
            made.add(to);
            await edge({ from, to, line: r.line, column: r.column, written: `the global ${r.key === '*' ? '[computed key]' : r.key}, which ${w.file} sets`, kind: 'global' });
          }
        }
      }
    }
  }
}

/**
 * A global a TypeScript file of the program declares (a script's top-level declaration, a `declare global` block:
 * TsScan.declaredGlobals) is seen by every file of the program with no import: each file that reads the name as a
 * global (TsScan.namesRead: types too, less what it declares at its own top level) gets an edge, at its first read, to
 * each file declaring it that a program of the reader takes in (its tsconfigs' `include` and `files` up to their first
 * wildcard, or their directories: more edges, never fewer; every declarer where no tsconfig reaches the reader). A `.js` script's top level is no global of a TypeScript program, nor is a `.mts` / `.cts`
 * file's (always a module).
 */
async function declaredGlobalEdges(scans: ReadonlyMap<string, TsScan>, edge: (e: SourceScan['edges'][number]) => Promise<void>, scopesOf: (from: string) => Promise<readonly string[] | undefined>): Promise<void> {
  const declarers = new Map<string, string[]>();
  for (const [file, scan] of scans) {
    if (!/\.(?:d\.)?tsx?$/.test(file)) continue;
    for (const name of scan.declaredGlobals ?? []) {
      const list = declarers.get(name);
      if (list === undefined) declarers.set(name, [file]);
      else list.push(file);
    }
  }
  if (declarers.size === 0) return;
  for (const [from, scan] of [...scans].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const made = new Set<string>();
    // A declarer no program of the reader takes in (another package's own `env.d.ts` declaring the same `__DEV__`, under
    // its own tsconfig) declares another program's global (review rv). Where no tsconfig reaches the reader, every one.
    let scopes: readonly string[] | undefined | null = null;
    for (const r of scan.namesRead ?? []) {
      for (const to of declarers.get(r.key) ?? []) {
        if (to === from || made.has(to)) continue;
        if (scopes === null) scopes = await scopesOf(from);
        if (scopes !== undefined && !scopes.some((d) => withinScope(to, d))) continue;
        made.add(to);
        await edge({ from, to, line: r.line, column: r.column, written: `the global ${r.key}, which ${to} declares`, kind: 'global' });
      }
    }
  }
}

/**
 * The env files a module starts Node with (`node --env-file=.env`, imports of kind `env_file`, from the working
 * directory): the modules each one's NODE_OPTIONS preload (`--require ./x.js`, `--import pkg`), as imports of the
 * module at the call — a path from the child's working directory, a bare name a package. A file that cannot be read
 * (missing — unless `--env-file-if-exists` —, outside the root, a special file) is `unresolved_import`; a NODE_OPTIONS
 * that runs code from a string or names a module by a computed word is `dynamic_import`.
 */
async function envFileImports(ctx: GateContext, from: string, imports: readonly TsImport[], result: SourceScan): Promise<TsImport[]> {
  const out: TsImport[] = [];
  for (const imp of imports) {
    if (imp.kind !== 'env_file') continue;
    const at = { line: imp.line, column: imp.column };
    const path = posix.normalize(imp.specifier.replace(/^\.\//, ''));
    let text: string;
    try {
      if (posix.isAbsolute(path) || path === '..' || path.startsWith('../')) throw new ArtifactError('outside_root', `${imp.specifier} is outside the root`, { path: imp.specifier });
      text = (await ctx.read.text(path)).text;
    } catch (e) {
      if (!(e instanceof ArtifactError)) throw e;
      if (imp.optional === true && e.code === 'missing') continue;
      result.unresolved.push({ from, ...at, written: imp.specifier, why: `starts Node with the env file "${imp.specifier}" (from the working directory, taken to be the root), which cannot be read (${e.message}): the NODE_OPTIONS it may hold (a --require preloads a module) are unproven` });
      continue;
    }
    // Preloads are found from the child's working directory (the call's `cwd`), not the env file's.
    const cwd = imp.envCwd;
    for (const value of envFileValues(text, 'NODE_OPTIONS')) {
      for (const run of nodeArgv(splitOptions(value), true)) {
        const relative = run.value !== undefined && /^\.{0,2}[\\/]/.test(run.value);
        if (run.role !== 'preload' || run.value === undefined || (relative && cwd === undefined && !posix.isAbsolute(run.value))) {
          result.dynamic.push({ from, ...at, expression: `NODE_OPTIONS in ${path}: ${value}`, kind: 'worker' });
          continue;
        }
        const specifier = !relative || posix.isAbsolute(run.value) ? run.value : posix.isAbsolute(cwd as string) ? posix.join(cwd as string, run.value) : `./${posix.join(cwd as string, run.value)}`;
        out.push({ kind: 'require', specifier, ...at, ...(relative ? { cwd: true as const } : {}) });
      }
    }
  }
  return out;
}

/**
 * Every value of `key` in an env file as Node's `--env-file` parser reads it (every definition, not only the last: a
 * preload too many, never one too few): `KEY=value`, `export KEY=value`, a value in `'…'`, `"…"` or `` `…` `` (across
 * lines, `\n` in double quotes a line break), an unquoted one up to a `#` comment.
 */
export function envFileValues(text: string, key: string): string[] {
  const values: string[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*(?:export\s+)?([^=#\s][^=]*?)\s*=\s*(.*)$/.exec(lines[i] as string);
    if (m === null || m[1] !== key) continue;
    let value = m[2] as string;
    const quote = value[0];
    if (quote === '"' || quote === "'" || quote === '`') {
      let rest = value.slice(1);
      let end = rest.indexOf(quote);
      // A quoted value may run over lines.
      while (end < 0 && i + 1 < lines.length) {
        rest += `\n${lines[++i] as string}`;
        end = rest.indexOf(quote);
      }
      value = end < 0 ? rest : rest.slice(0, end);
      if (quote === '"') value = value.replace(/\\n/g, '\n');
    } else value = value.replace(/#.*$/, '');
    values.push(value.trim());
  }
  return values;
}

/** A file at the root: what a path relative to the working directory (`fork('./x.js')`) is resolved from. */
const CWD_BASE = 'package.json';

/**
 * The reader's failure on the package.json a scanned module loads through, said as the gate's: Node refuses to load a
 * module whose package.json is malformed, and reads one the gate may not (outside the root), so how the package's
 * modules load (their type, #imports, the package's name) is unproven.
 */
function unusableManifest(cause: ArtifactError, from: string): ArtifactError {
  return new ArtifactError(cause.code, `${cause.message} — the package manifest ${from} loads through: Node refuses to load a module whose package.json it cannot read as one JSON object (and reads one the gate may not, outside the root), so how the package's modules load (type, #imports, name) is unproven`, {
    ...cause.detail,
    fix: `make ${cause.path} a regular file inside the root holding one valid JSON object, or remove it`,
  });
}
/** A path run from the working directory as a relative specifier (`fork('x.js')` names ./x.js, not a package). */
function fromWorkingDirectory(path: string): string {
  return isRelativeSpecifier(path) || path.startsWith('/') ? path : `./${path}`;
}

/** What a typeRoots package file outside source_globs leads to: files the gate judges (scanned, owned, installed), or why not proven. */
interface ReadThrough {
  to: { path: string; via: string }[];
  why?: string;
}

/** More files than a typings package holds: past it the way is not followed (fail closed), so a read stays cheap. */
const MAX_TYPINGS_FILES = 64;

/**
 * A typeRoots package in the root but outside source_globs (hand-written typings in `./types`) is in every file's
 * program: what it declares is harmless, what it imports is not. Its entry file is read, and so is each file of the
 * same kind (outside the globs, no domain's) it imports or references, to the files the gate judges: those are the
 * edges, each with the way to it. Anything on the way that cannot be read to its end (unparsed, a computed import, a
 * glob, an import naming no file, a component no scanner reads, too many files) makes the package unproven.
 */
async function typingsThrough(ctx: GateContext, resolver: TsResolver, links: RealPaths, entry: string, outside: (p: string) => Promise<boolean>): Promise<ReadThrough> {
  const to = new Map<string, string>();
  const seen = new Set([entry]);
  const queue = [{ file: entry, via: entry }];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const { file, via } = next;
    // `ignore` is not asked: it vouches for an import only in the importer's own package (unscanned), and a typings
    // file read through is judged by what it imports, which is never less than leaving it out.
    const base = await links.real(file);
    if (!isTsSource(file)) return { to: [], why: `leads to ${via}, code outside source_globs that no scanner reads (own it, or cover it by source_globs)` };
    if (seen.size > MAX_TYPINGS_FILES) return { to: [], why: `leads to more than ${MAX_TYPINGS_FILES} files outside source_globs (${via}): their imports are not followed (add the typings folder to source_globs)` };
    let text: string;
    try {
      text = (await ctx.read.text(base)).text;
    } catch (e) {
      if (!(e instanceof ArtifactError)) throw e;
      if (e.code !== 'empty') return { to: [], why: `leads to ${via}, which cannot be read (${e.code}: ${e.message})` };
      text = '';
    }
    const scan = scanTs(text, scanOptionsFor(base));
    const first = scan.errors[0];
    if (first !== undefined) return { to: [], why: `leads to ${via}, which could not be fully parsed (${first.line}:${first.column}: ${first.message}), so what it imports is unknown` };
    const loose = scan.unresolvable[0] ?? scan.globs[0] ?? scan.memberLoads?.[0]?.load ?? scan.guarded?.[0];
    if (loose !== undefined) return { to: [], why: `leads to ${via}, whose load at ${loose.line}:${loose.column} names no file the gate can read` };
    for (const imp of scan.imports) {
      if (imp.kind === 'env_file') return { to: [], why: `leads to ${via}, which starts a process with an env file (${imp.specifier})` };
      const r = imp.cwd === true ? await resolver.resolve(CWD_BASE, fromWorkingDirectory(imp.specifier)) : imp.typesPackage === true ? await resolver.resolveTypes(base, imp.specifier) : await resolver.resolve(base, imp.specifier);
      if (r.kind === 'unresolved') {
        if (imp.optional === true || (imp.kind === 'url' && (await resolver.isDirectory(base, imp.specifier)))) continue;
        return { to: [], why: `leads to ${via}, which imports "${imp.specifier}", which ${r.why}` };
      }
      if (r.kind !== 'files') continue;
      for (const p of r.paths) {
        const way = `${via} → "${imp.specifier}"`;
        if (!(await outside(p))) {
          if (!to.has(p)) to.set(p, way);
        } else if (!seen.has(p)) {
          seen.add(p);
          queue.push({ file: p, via: `${way} (${p})` });
        }
      }
    }
  }
  return { to: [...to].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([path, via]) => ({ path, via })) };
}

/** The files a specifier of a module at `base` names (none when it resolves to no file). */
async function targetsOf(resolver: TsResolver, base: string, specifier: string): Promise<string[]> {
  const r = await resolver.resolve(base, specifier);
  return r.kind === 'files' ? r.paths : [];
}

/**
 * Why an edge to code outside source_globs (not owned, not in node_modules) is unproven, or undefined when the
 * configuration vouches for it. In the importing file's own package (or in no named package) it is like a relative
 * path, however it is spelled (`./x`, a tsconfig alias, `#x`, the package's own name): `ignore` leaves it out. In
 * another package of the root (a workspace package, a `file:` dependency, a node_modules link into the root) only
 * `external_packages` does: `ignore` says "not a module", not "imports no domain code", and a package is reached by
 * every import of its name.
 */
async function unscanned(scope: OutsideScope, e: { written: string; to: string }, real: string, importer: string): Promise<{ why: string; fix?: string } | undefined> {
  const target = await scope.packages.of(real);
  const own = await scope.packages.of(importer);
  // Code in no named package (an unnamed root) can be reached by no package name: it is judged like a relative path.
  if (target === undefined || (target.dir === own?.dir && target.error === undefined)) {
    if (scope.ignored(e.to) || scope.ignored(real)) return undefined;
    return { why: `imports "${e.written}", which is ${e.to}, code outside source_globs: its own imports are not scanned (own it, in source_globs, or leave it out with ignore)` };
  }
  if (target.name !== undefined && scope.external.has(target.name)) return undefined;
  const { why, fix } = unscannedPackage(target);
  return { why: `imports "${e.written}", which is ${e.to}, ${why}`, fix };
}

/**
 * Follows names through barrels. Each (file, name) pair is visited once per import, with an explicit
 * stack: a chain of any length is followed to its end (a cut chain would leave the edge at a barrel and
 * hide the file behind it) and a cycle ends where it closes.
 */
class Follower {
  /** Per name: the files that may export it through `export *` (computed once per name, backwards over the star edges). */
  private readonly mayHaveSets = new Map<string, Set<string>>();
  /** For each file, the modules that `export * from` it. */
  private readonly starredBy = new Map<string, string[]>();
  /** For each name, the modules that export it as their own or re-export it by name; built on first need. */
  private exporters: Map<string, string[]> | undefined;
  /** Files that may export any name: not scanned, or not read to their end; and every module that stars one of them. */
  private readonly anyName: Set<string>;
  /** Whether any module puts an import on the global object (else no module loaded on the way is looked at for one). */
  private anyGlobals = false;

  constructor(private readonly modules: ReadonlyMap<string, ModuleExports>) {
    const seeds: string[] = [];
    for (const [file, m] of modules) {
      if (m.globals.length > 0) this.anyGlobals = true;
      if (m.incomplete || m.open) seeds.push(file);
      for (const re of m.reexports) {
        if (re.exported !== '*') continue;
        for (const t of re.targets) {
          const list = this.starredBy.get(t);
          if (list === undefined) this.starredBy.set(t, [file]);
          else list.push(file);
          if (!modules.has(t)) seeds.push(t);
        }
      }
    }
    this.anyName = this.starredClosure(seeds, new Set());
    const runnerSeeds = [...modules].filter(([, m]) => m.reexports.some((re) => re.exported === '*' && re.imported === '*' && CHILD_PROCESS.has(re.specifier))).map(([file]) => file);
    this.runnerStars = runnerSeeds.length === 0 ? new Set() : this.starredClosure(runnerSeeds, new Set());
  }
  /** Modules that `export * from 'node:child_process'`, directly or through `export *` chains: they export every runner. */
  private readonly runnerStars: Set<string>;

  /** Adds to `out` every file the names (all when undefined) come from; returns an incomplete module met on the way. */
  follow(file: string, names: readonly string[] | undefined, out: Set<string>, runners?: Set<string>): string | undefined {
    let unknown: string | undefined;
    /** The files visited for all names, and per name (any string can be a name: `export { x as "" }`). */
    const seenAll = new Set<string>();
    const seen = new Map<string, Set<string>>();
    const files: string[] = [];
    const wanted: (string | undefined)[] = [];
    const push = (f: string, name: string | undefined) => {
      let visited = name === undefined ? seenAll : seen.get(name);
      if (visited === undefined) seen.set(name as string, (visited = new Set()));
      if (visited.has(f)) return;
      visited.add(f);
      files.push(f);
      wanted.push(name);
    };
    if (names === undefined) push(file, undefined);
    else for (const name of names) push(file, name);
    // A module loaded only for its effects (`import './x'`), or re-exported by one met on the way (`export … from` loads
    // it whatever names are taken), still puts its globals where the importer reads them.
    const globalsOf = (f: string) => {
      for (const g of this.modules.get(f)?.globals ?? []) for (const t of g.targets) push(t, g.imported);
    };
    const loads = (f: string) => {
      if (!this.anyGlobals) return;
      globalsOf(f);
      for (const re of this.modules.get(f)?.reexports ?? []) for (const t of re.targets) globalsOf(t);
    };
    loads(file);
    while (files.length > 0) {
      const f = files.pop() as string;
      const name = wanted.pop();
      const m = this.modules.get(f);
      loads(f);
      if (m === undefined || name === undefined || m.local.has(name) || m.maybe.has(name)) out.add(f);
      if (m === undefined) continue;
      if (m.incomplete) unknown ??= f;
      // A module's own export shadows an `export *` of the same name (ECMAScript); a name the scanner only may
      // have listed (a type argument after a comma, a default value in a pattern) never hides a star source.
      if (name !== undefined && m.local.has(name)) continue;
      let named = false;
      for (const re of m.reexports) {
        if (name !== undefined && re.exported !== name) continue;
        named ||= name !== undefined;
        if (CHILD_PROCESS.has(re.specifier) && RUNNERS.has(re.imported)) runners?.add(re.imported === '*' || re.imported === 'default' ? 'module' : re.imported);
        for (const t of re.targets) push(t, re.imported === '*' ? undefined : re.imported);
      }
      if (named || name === undefined) continue;
      // The name is not this module's own, nor re-exported by name: the edge stays here too, and every star
      // source that may have it is followed (`export * from` never re-exports `default`). A hand-on to every name
      // (`Object.assign(module.exports, local)` of an imported `open`) leads any name to the name it hands on.
      out.add(f);
      for (const re of m.reexports) {
        if (re.exported !== '*') continue;
        if (re.imported !== '*') for (const t of re.targets) push(t, re.imported);
        else if (name !== 'default') for (const t of re.targets) if (this.mayHave(t, name)) push(t, name);
        if (re.imported === '*' && CHILD_PROCESS.has(re.specifier) && RUNNERS.has(name)) runners?.add(name);
      }
    }
    return unknown;
  }

  /** Whether `file` may export `name` (a file the gate did not scan may export anything). */
  private mayHave(file: string, name: string): boolean {
    if (this.anyName.has(file) || (RUNNERS.has(name) && this.runnerStars.has(file))) return true;
    let set = this.mayHaveSets.get(name);
    if (set === undefined) {
      if (this.exporters === undefined) {
        this.exporters = new Map();
        for (const [f, m] of this.modules) {
          for (const n of [...m.local, ...m.maybe, ...m.reexports.map((re) => re.exported)]) {
            const list = this.exporters.get(n);
            if (list === undefined) this.exporters.set(n, [f]);
            else list.push(f);
          }
        }
      }
      set = this.starredClosure(this.exporters.get(name) ?? [], this.anyName);
      this.mayHaveSets.set(name, set);
    }
    return set.has(file);
  }

  /** The seeds and every module that reaches one through `export *` chains (backwards, each file once), minus `skip`. */
  private starredClosure(seeds: readonly string[], skip: ReadonlySet<string>): Set<string> {
    const out = new Set<string>();
    const queue = seeds.filter((f) => !skip.has(f));
    for (const f of queue) out.add(f);
    for (let i = 0; i < queue.length; i++) {
      for (const by of this.starredBy.get(queue[i] as string) ?? []) {
        if (out.has(by) || skip.has(by)) continue;
        out.add(by);
        queue.push(by);
      }
    }
    return out;
  }
}

/** `import.meta.glob` / `require.context`: an edge to every file that matches, at the call's line. */
async function expandGlob(ctx: GateContext, from: string, base: string, g: TsGlob, result: SourceScan, edge: (e: SourceScan['edges'][number]) => Promise<void>): Promise<void> {
  const dir = posix.dirname(base);
  const rooted = (p: string) => posix.normalize(p.startsWith('/') ? p.slice(1) : posix.join(dir, p));
  const written = g.patterns.join(', ');
  const unresolved = (why: string) => result.unresolved.push({ from, line: g.line, column: g.column, written, why: `${g.kind === 'require_context' ? 'require.context' : 'import.meta.glob'}(${written}) ${why}` });
  let matches: string[] = [];
  try {
    if (g.kind === 'import_meta_glob') {
      const positive = g.patterns.filter((p) => !p.startsWith('!')).map(rooted);
      const negative = g.patterns.filter((p) => p.startsWith('!')).map((p) => globToRegExp(rooted(p.slice(1))));
      if (positive.some((p) => p === '..' || p.startsWith('../'))) return void unresolved('reaches outside the root');
      if (g.patterns.some((p) => !p.startsWith('./') && !p.startsWith('../') && !p.startsWith('/') && !p.startsWith('!'))) return void unresolved('uses a pattern that is neither relative nor root-absolute (an alias), which cannot be expanded');
      const found = new Set<string>();
      for (const p of positive) for (const f of await ctx.list(p)) found.add(f);
      matches = [...found].filter((f) => !negative.some((re) => re.test(f)));
    } else {
      const base = rooted(g.patterns[0] as string);
      if (base === '..' || base.startsWith('../')) return void unresolved('reaches outside the root');
      const prefix = base === '.' ? '' : `${base}/`;
      const all = await ctx.list(`${prefix}${g.recursive === false ? '*' : '**/*'}`);
      let filter: RegExp | undefined;
      if (g.filter !== undefined) {
        try {
          filter = new RegExp(g.filter.source, g.filter.flags.replace(/[gy]/g, ''));
        } catch {
          return void unresolved(`has a filter /${g.filter.source}/ that is not a valid regular expression`);
        }
      }
      matches = all.filter((f) => filter === undefined || filter.test(`./${f.slice(prefix.length)}`));
    }
  } catch (e) {
    if (!(e instanceof ArtifactError)) throw e;
    return void unresolved(`cannot be listed: ${e.message}`);
  }
  for (const to of matches.sort()) if (to !== from) await edge({ from, to, line: g.line, column: g.column, written, kind: g.kind });
}
