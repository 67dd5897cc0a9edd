/** kernel_boundary: list, read, scan and resolve the source tree. */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { ArtifactError, type GateContext, globToRegExp, listGlobWithRejected } from '../../src/sdk/index.js';
import { deferRustScan, releaseDeferredArena, type RustScan, scanRust } from '../../src/scan/rust-imports.js';
import { resolveRust } from './rust-follow.js';
import { forgetKeptStrings, keepStrings } from '../../src/scan/kept-strings.js';
import { isTsSource, scanOptionsFor, scanTs, type TsScan } from '../../src/scan/ts-imports.js';
import { resolveTs } from './ts-follow.js';
import { RealPaths } from './links.js';
import { PackageNames } from './packages.js';
import { escapeGlob, type KernelBoundaryOptions, READ_CONCURRENCY, RUST_EXTENSION } from './manifest.js';

// ---------------------------------------------------------------------------------------------
// Sources: list, read, scan, resolve

export interface Edge {
  from: string;
  to: string;
  line: number;
  column: number;
  /** What the code says: the Rust path or the TS specifier. */
  written: string;
  kind: string;
}

export interface SourceScan {
  files: string[];
  listError?: unknown;
  readErrors: unknown[];
  unscannable: string[];
  /** Rust files outside the crate root; TS relative imports that name no file. */
  unresolved: { from: string; line?: number; column?: number; written?: string; why: string; fix?: string }[];
  dynamic: { from: string; line: number; column: number; expression: string; kind: string }[];
  /** Rust `include!`s of build output (`concat!(env!("OUT_DIR"), …)`): code no checkout holds, warned of by name. */
  generated: { from: string; line: number; column: number; written: string }[];
  /** Files the scanner could not make full sense of (a literal or bracket left open): their scan is not complete. */
  unparsed: { from: string; line: number; column: number; why: string }[];
  edges: Edge[];
  /** Paths (files in scope, import targets) that a link makes another file: path → its real path inside the root. */
  real: ReadonlyMap<string, string>;
  /** Every resolved edge, counted; only the ones that cross domains are kept in `edges`. */
  edgeCount: number;
  /** Files in scope or owned by the manifest that are one file under several names (hard links), each group sorted. */
  hardLinked: string[][];
}

/** Whether an edge between two files (judged by their real paths) crosses from one domain into another. */
export type CrossesDomains = (from: string, to: string) => boolean;

export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
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

/** Components whose script a bundler compiles (Vue, Svelte, Astro, MDX): code, though no scanner reads it. */
const COMPONENT = /\.(?:vue|svelte|astro|mdx)$/;

/**
 * The files in scope: those `source_globs` match, and the modules a domain owns that are code (TypeScript/JavaScript,
 * a component) though the globs leave them out — minus `ignore`. A domain's module is that domain's code whatever the
 * globs say: left unscanned, `src/core/helper.js` owned by core but outside `src/**\/*.ts` re-exported store unseen,
 * and an import of it was judged by its owner alone.
 */
export async function listSources(ctx: GateContext, options: KernelBoundaryOptions, owned: Iterable<string> = []): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of options.source_globs) for (const f of await ctx.list(pattern)) found.add(f);
  for (const module of owned) {
    if (found.has(module) || !(isTsSource(module) || COMPONENT.test(module)) || module.startsWith('/') || module.split('/').includes('..')) continue;
    // Listed through ctx: a name that is a directory, a link out of the root or absent is no module file in scope.
    if ((await ctx.list(escapeGlob(module)).catch((): string[] => [])).includes(module)) found.add(module);
  }
  const ignore = options.ignore.map((g) => globToRegExp(g));
  return [...found].filter((f) => !ignore.some((re) => re.test(f))).sort();
}

/** A regular file inside the root (a directory named like a module does not count). */
export async function fileExists(ctx: GateContext, inScope: ReadonlySet<string>, cache: Map<string, Promise<boolean>>, path: string): Promise<boolean> {
  if (inScope.has(path)) return true;
  // No file name holds a NUL (the file system refuses it, and so does every fs call): nothing is there.
  if (path === '' || path === '.' || path === '..' || path.startsWith('../') || path.startsWith('/') || path.includes('\0')) return false;
  let known = cache.get(path);
  if (known === undefined) {
    // A name that is there but cannot be listed (a dangling link, a link to /dev/null or out of the root) is there:
    // reading it says why, where taking it for absent would judge the project without the tsconfig or package.json it
    // names (Node and tsc read a file linked out of the root).
    // Through ctx first (it waits for a declared writer of the path, and leaves the output directory out); the
    // rejected names only for what it does not list.
    const pattern = escapeGlob(path);
    known = ctx.list(pattern).then(
      async (found) => found.length > 0 || (await listGlobWithRejected(ctx.root, pattern, { exclude: [ctx.outputDir] }).then((r) => r.rejected.length > 0, () => false)),
      (e: unknown) => e instanceof ArtifactError && e.code === 'outside_root',
    );
    cache.set(path, known);
  }
  return known;
}

/**
 * List, read, scan and resolve. Memory follows the modules and the edges that cross domains, not all
 * edges: each file's scan is resolved as soon as what it needs is known (TS: as it is read; Rust: once
 * the module tree is), and an edge inside one domain (or to a file no domain owns) is counted and
 * dropped as it is made. `domainOf` takes a real path.
 */
export async function scanSources(ctx: GateContext, options: KernelBoundaryOptions, scope: { files: ReadonlySet<string> }, exists: (p: string) => Promise<boolean>, domainOf: (realPath: string) => string | undefined = () => undefined, packages = new PackageNames(ctx, exists), owned: Iterable<string> = []): Promise<SourceScan> {
  const result: SourceScan = { files: [], readErrors: [], unscannable: [], unresolved: [], dynamic: [], generated: [], unparsed: [], edges: [], real: new Map(), edgeCount: 0, hardLinked: [] };
  try {
    result.files = await listSources(ctx, options, owned);
  } catch (e) {
    if (!(e instanceof ArtifactError)) throw e;
    result.listError = e;
    return result;
  }
  scope.files = new Set(result.files);
  const links = new RealPaths(ctx.root);
  await mapLimit(result.files, READ_CONCURRENCY, (p) => links.real(p));
  const crosses: CrossesDomains = (from, to) => {
    const a = domainOf(links.differing.get(from) ?? from);
    const b = domainOf(links.differing.get(to) ?? to);
    return a !== undefined && b !== undefined && a !== b;
  };
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
    if (rust) rustScans.set(file, deferRustScan(scanRust(text)));
    else tsScans.set(file, keepStrings(scanTs(text, scanOptionsFor(file))));
  });
  result.unscannable.sort();

  if (rustScans.size > 0) await resolveRust(ctx, options, rustScans, result, links, crosses, packages);
  rustScans.clear();
  scope.files = new Set(result.files); // with the module files mod declarations brought in
  const ignore = options.ignore.map((g) => globToRegExp(g));
  const external: ReadonlySet<string> = new Set(options.external_packages);
  await resolveTs(ctx, tsScans, result, exists, links, crosses, { ignored: (p) => ignore.some((re) => re.test(p)), owned: (p) => domainOf(p) !== undefined, external, packages });
  // Every file in scope and every import target is judged as the file it really is.
  forgetKeptStrings();
  releaseDeferredArena();
  const paths = new Set(result.files);
  for (const e of result.edges) paths.add(e.to);
  await mapLimit([...paths], READ_CONCURRENCY, (p) => links.real(p));
  result.real = links.differing;
  result.edges.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.line - b.line || a.column - b.column));
  return result;
}

/**
 * Files (in scope, or named by the manifest) that are one file (device and inode) under several names. A hard link has no target to
 * judge it by, as a symlink has, so each name's owner is asked (checkDuplicates). Only files with more
 * than one link are grouped; a stat per file is cheap beside the read each file already had.
 */
export async function hardLinkGroups(root: string, files: readonly string[]): Promise<string[][]> {
  const ids = await mapLimit(files, READ_CONCURRENCY, async (file) => {
    if (file.startsWith('/') || file.split('/').includes('..')) return undefined; // a manifest path outside the root names no file of it
    try {
      const s = await fs.stat(join(root, file), { bigint: true });
      return s.isFile() && s.nlink > 1n ? `${s.dev}:${s.ino}` : undefined;
    } catch {
      return undefined; // unreadable files are reported by the read
    }
  });
  const groups = new Map<string, string[]>();
  files.forEach((file, i) => {
    const id = ids[i];
    if (id !== undefined) groups.set(id, [...(groups.get(id) ?? []), file]);
  });
  return [...groups.values()].filter((g) => g.length > 1).map((g) => g.sort());
}
