/**
 * kernel_boundary: TypeScript / JavaScript edges — every specifier resolved (ts-resolve.ts), globs
 * expanded against the files that exist, and imports through a barrel followed to the file that
 * defines the name, the way Rust `pub use` re-exports are: a banned module must not hide behind an
 * `export * from` in a module of another domain.
 */
import { posix } from 'node:path';
import { ArtifactError, type GateContext, globToRegExp } from '../../src/sdk/index.js';
import type { TsGlob, TsScan } from '../../src/scan/ts-imports.js';
import type { CrossesDomains, SourceScan } from './sources.js';
import type { RealPaths } from './links.js';
import { TsResolver } from './ts-resolve.js';

/** Re-export chains longer than this are cut (cycles with them): the edge stays at the modules reached. */
const MAX_HOPS = 16;

interface Reexport {
  exported: string;
  imported: string;
  specifier: string;
  targets: string[];
}

interface ModuleExports {
  local: Set<string>;
  reexports: Reexport[];
  incomplete: boolean;
}

export async function resolveTs(ctx: GateContext, scans: ReadonlyMap<string, TsScan>, result: SourceScan, exists: (p: string) => Promise<boolean>, links: RealPaths, crosses: CrossesDomains): Promise<void> {
  const edge = async (e: SourceScan['edges'][number]) => {
    result.edgeCount++;
    await links.real(e.to);
    if (crosses(e.from, e.to)) result.edges.push(e);
  };
  /** Files that re-export (or could not be read to their end): an import of one is followed through it. */
  const barrel = (file: string) => {
    const s = scans.get(file);
    return s !== undefined && (s.exports.reexports.length > 0 || s.errors.length > 0);
  };
  const resolver = new TsResolver(ctx, exists);
  const modules = new Map<string, ModuleExports>();
  const pending: { from: string; to: string; line: number; column: number; written: string; names: string[] | undefined }[] = [];

  for (const from of [...scans.keys()].sort()) {
    if (ctx.signal.aborted) return;
    const scan = scans.get(from) as TsScan;
    // A linked file imports from where it really is (as Node and TypeScript resolve it).
    const base = await links.real(from);
    const first = scan.errors[0];
    if (first !== undefined) result.unparsed.push({ from, line: first.line, column: first.column, why: first.message });
    for (const imp of scan.imports) {
      const r = await resolver.resolve(base, imp.specifier);
      if (r.kind === 'files') {
        for (const to of r.paths) {
          await edge({ from, to, line: imp.line, column: imp.column, written: imp.specifier, kind: imp.kind });
          if (barrel(to)) pending.push({ from, to, line: imp.line, column: imp.column, written: imp.specifier, names: imp.names });
        }
      } else if (r.kind === 'unresolved') result.unresolved.push({ from, line: imp.line, column: imp.column, written: imp.specifier, why: `imports "${imp.specifier}", which ${r.why}` });
    }
    for (const u of scan.unresolvable) result.dynamic.push({ from, line: u.line, column: u.column, expression: u.expression, kind: u.kind });
    for (const g of scan.globs) await expandGlob(ctx, from, base, g, result, edge);
    const reexports: Reexport[] = [];
    for (const re of scan.exports.reexports) {
      const r = await resolver.resolve(base, re.specifier);
      reexports.push({ ...re, targets: r.kind === 'files' ? r.paths : [] });
    }
    if (reexports.length > 0 || first !== undefined) modules.set(from, { local: new Set(scan.exports.local), reexports, incomplete: first !== undefined });
  }

  // Follow each import through the barrels it names.
  const follower = new Follower(modules);
  for (const e of pending) {
    if (!modules.has(e.to)) continue;
    const finals = new Set<string>();
    const unknown = follower.follow(e.to, e.names, finals);
    for (const to of [...finals].sort()) {
      if (to === e.to) continue;
      await edge({ from: e.from, to, line: e.line, column: e.column, written: `${e.written} (re-exported by ${e.to})`, kind: 're-export' });
    }
    if (unknown !== undefined) result.unresolved.push({ from: e.from, line: e.line, column: e.column, written: e.written, why: `imports "${e.written}" through ${unknown}, which could not be fully parsed, so what it re-exports is unknown` });
  }
}

class Follower {
  constructor(private readonly modules: ReadonlyMap<string, ModuleExports>) {}

  /** Adds to `out` every file the names (all when undefined) come from; returns an incomplete module met on the way. */
  follow(file: string, names: readonly string[] | undefined, out: Set<string>): string | undefined {
    let unknown: string | undefined;
    const visit = (f: string, name: string | undefined, hops: number, seen: Set<string>) => {
      const key = `${f}\0${name ?? '*'}`;
      if (seen.has(key)) return;
      seen.add(key);
      const m = this.modules.get(f);
      if (m === undefined || hops >= MAX_HOPS) {
        out.add(f);
        return;
      }
      if (m.incomplete) unknown ??= f;
      if (name === undefined) {
        out.add(f);
        for (const re of m.reexports) for (const t of re.targets) visit(t, re.imported === '*' ? undefined : re.imported, hops + 1, seen);
        return;
      }
      if (m.local.has(name)) {
        out.add(f);
        return;
      }
      let found = false;
      for (const re of m.reexports) {
        if (re.exported !== name) continue;
        found = true;
        for (const t of re.targets) visit(t, re.imported === '*' ? undefined : re.imported, hops + 1, seen);
      }
      if (found) return;
      // `export * from` never re-exports `default`; every star source that may have the name is followed.
      for (const re of m.reexports) {
        if (re.exported !== '*' || name === 'default') continue;
        for (const t of re.targets) if (this.mayHave(t, name, hops + 1, new Set())) visit(t, name, hops + 1, seen);
      }
      out.add(f);
    };
    const seen = new Set<string>();
    if (names === undefined) visit(file, undefined, 0, seen);
    else for (const name of names) visit(file, name, 0, seen);
    return unknown;
  }

  /** Whether `file` may export `name` (a file the gate did not scan may export anything). */
  private mayHave(file: string, name: string, hops: number, seen: Set<string>): boolean {
    const m = this.modules.get(file);
    if (m === undefined || m.incomplete || hops >= MAX_HOPS) return true;
    if (seen.has(file)) return false;
    seen.add(file);
    if (m.local.has(name)) return true;
    return m.reexports.some((re) => re.exported === name || (re.exported === '*' && re.targets.some((t) => this.mayHave(t, name, hops + 1, seen))));
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
