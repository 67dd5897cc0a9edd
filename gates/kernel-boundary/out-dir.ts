/**
 * kernel_boundary: what `env!("OUT_DIR")` names while a Rust file compiles. Cargo sets OUT_DIR for a crate only when
 * its package has a build script (build.rs, or `[package] build = "…"`), and never lets the cargo config's `[env]`
 * override it then: that directory is build output, which no checkout holds — unless the build script copies files
 * of the checkout into it, which the include then pastes in. Without a build script rustc takes OUT_DIR from the
 * environment: from `[env] OUT_DIR` of a `.cargo/config.toml` (a directory of the checkout, read like any include)
 * or from a shell no scan can see.
 */
import { posix } from 'node:path';
import { ArtifactError, type GateContext } from '../../src/sdk/index.js';
import { GENERATOR_CRATES, namesDefinedBy, rustFilesNamedBy } from './build-script.js';
import { sourcesReadBy } from './build-paths.js';
import type { PackageNames } from './packages.js';

/**
 * Where OUT_DIR points for a file: build output (with the files of the checkout its build script names, which it may
 * copy there); a directory of the checkout (`dir`, root-relative; `'..'`-led when outside); or why it cannot be known.
 */
export type OutDir = { script: string; copies: string[]; unknown?: string[] } | { dir: string; config: string } | { why: string };

/** The most files of the checkout one build script is read as copying (a generator's own test list is not a copy list). */
const MAX_COPIES = 64;
/** The most files one build script is read as compiling into itself (`include!`, `#[path] mod`, `mod m;`), itself included. */
const MAX_COMPILED_IN = 32;

export class OutDirs {
  private readonly byPackage = new Map<string, Promise<OutDir>>();

  constructor(
    private readonly ctx: GateContext,
    private readonly packages: PackageNames,
    private readonly exists: (path: string) => Promise<boolean>,
  ) {}

  /** Where OUT_DIR points while `file` compiles (see OutDir). */
  async of(file: string): Promise<OutDir> {
    const pkg = await this.packages.of(file, 'Cargo.toml');
    if (pkg === undefined) return { why: `no Cargo.toml with a package is above ${file}, so no build script sets OUT_DIR: it comes from the environment, and which files it names cannot be known` };
    let p = this.byPackage.get(pkg.dir);
    if (p === undefined) {
      p = this.read(pkg.dir);
      this.byPackage.set(pkg.dir, p);
    }
    const got = await p;
    // `[env] OUT_DIR = "gen"` (not relative) reaches rustc as a relative path, which include! reads from the file's directory.
    return 'dir' in got && got.dir.startsWith('\0') ? { ...got, dir: posix.join(posix.dirname(file), got.dir.slice(1)) } : got;
  }

  private async read(dir: string): Promise<OutDir> {
    const script = await this.buildScript(dir);
    if (typeof script === 'object') return script;
    if (script !== undefined) {
      const text = await this.scriptText(script);
      const redirected = outDirSetBy(text);
      if (redirected !== undefined) return { why: `its build script ${script} sets OUT_DIR itself (\`${redirected}\`), which Cargo hands rustc in place of its own build output directory, so which files it names cannot be known` };
      return { script, ...(await this.namedSources(dir, script, text)) };
    }
    const env = await this.envOutDir(dir);
    return env ?? { why: `the package in ${dir || '.'} has no build script, so Cargo sets no OUT_DIR: it comes from the environment (no .cargo/config.toml [env] of the checkout sets it), and which files it names cannot be known` };
  }

  /** The package's build script: `[package] build` as written (false: none), else build.rs when it is there. */
  private async buildScript(dir: string): Promise<string | undefined | { why: string }> {
    const manifest = posix.join(dir, 'Cargo.toml');
    let build: unknown;
    try {
      build = ((await this.ctx.read.toml(manifest)).value as { package?: { build?: unknown } } | null)?.package?.build;
    } catch (e) {
      if (!(e instanceof ArtifactError)) throw e;
      return { why: `${manifest} cannot be read (${e.message}), so whether a build script sets OUT_DIR cannot be known` };
    }
    if (build === false) return undefined;
    if (typeof build === 'string') return posix.normalize(posix.join(dir, build));
    const fallback = posix.join(dir, 'build.rs');
    return (await this.exists(fallback)) ? fallback : undefined;
  }

  /**
   * The Rust files of the checkout the build script may copy into OUT_DIR (rustFilesNamedBy: a literal path, unless it is
   * only printed for Cargo, read by a generator that writes no Rust, or compiled into the script): read from the
   * package directory (the build script's working directory) and from the directory of the file naming it
   * (include_str!). The files the script compiles into itself (`include!`, `#[path] mod`, `mod m;`) are its code too:
   * what they copy counts. A .proto or any other input a generator reads is not Rust code and is not counted.
   */
  private async namedSources(dir: string, script: string, text: string): Promise<{ copies: string[]; unknown?: string[] }> {
    const texts = await this.compiledTogether(script, text);
    // Names one file defines reach the others (a `macro_rules! println` in an included file, `#![macro_use]` in a module).
    const defined = new Set<string>();
    for (const t of texts) if (mayNameRust(t.text)) for (const name of namesDefinedBy(t.text)) defined.add(name);
    const context = { defined, genuineGenerators: await this.genuineGenerators(dir) };
    const out = new Set<string>();
    const unknown: string[] = [];
    for (const next of texts) {
      // A source path built from pieces (sourcesReadBy): each Rust file it evaluates to is a copy; one it cannot evaluate may be any file.
      const read = sourcesReadBy(next.text);
      for (const u of read.unknown) unknown.push(`${next.file}: ${u}`);
      const built = read.paths.filter((p) => RUST_SOURCE.test(p));
      if (!mayNameRust(next.text) && built.length === 0) continue;
      const here = posix.dirname(next.file);
      for (const written of [...(mayNameRust(next.text) ? rustFilesNamedBy(next.text, context).copies : []), ...built]) {
        if (out.size >= MAX_COPIES || written.startsWith('cargo:') || posix.isAbsolute(written)) continue;
        for (const base of [dir, here]) {
          const path = posix.normalize(posix.join(base, written));
          if (!path.startsWith('../') && (await this.exists(path))) out.add(path);
        }
      }
    }
    return { copies: [...out].sort(), ...(unknown.length > 0 ? { unknown } : {}) };
  }

  /** The build script and the files it compiles into itself (`include!`, `#[path] mod`, `mod m;`), with their texts. */
  private async compiledTogether(script: string, text: string): Promise<{ file: string; text: string }[]> {
    const texts: { file: string; text: string }[] = [];
    const seen = new Set<string>([script]);
    const pending: { file: string; text: string; root: boolean }[] = [{ file: script, text, root: true }];
    for (let next = pending.shift(); next !== undefined && seen.size <= MAX_COMPILED_IN; next = pending.shift()) {
      texts.push(next);
      if (!mayNameRust(next.text)) continue;
      const named = rustFilesNamedBy(next.text);
      const here = posix.dirname(next.file);
      const compiled = [...named.compiledIn.map((w) => posix.normalize(posix.join(here, w))), ...(next.root ? named.modules.flatMap((m) => [posix.join(here, `${m}.rs`), posix.join(here, m, 'mod.rs')]) : [])];
      for (const file of compiled) {
        if (seen.has(file) || file.startsWith('../') || !(await this.exists(file))) continue;
        seen.add(file);
        pending.push({ file, text: await this.scriptText(file), root: false });
      }
    }
    return texts;
  }

  /**
   * The generator crates (`cxx_build`, `cbindgen`) the package's Cargo.toml takes as build dependencies from the
   * registry under their own names: a path or git dependency, a crate renamed to that name (`cxx_build = { package =
   * "…" }`, also as the workspace's `[workspace.dependencies]` gives it to `cxx-build.workspace = true`), or any `[patch]`/`[replace]` of the package may be other code, which may
   * copy what it is handed. A cargo config that patches or replaces sources (a vendored copy) may too.
   */
  private async genuineGenerators(dir: string): Promise<Set<string>> {
    const genuine = new Set<string>();
    let manifest: Record<string, unknown> | null;
    try {
      manifest = (await this.ctx.read.toml(posix.join(dir, 'Cargo.toml'))).value as Record<string, unknown> | null;
    } catch (e) {
      if (!(e instanceof ArtifactError)) throw e;
      return genuine;
    }
    if (manifest === null || typeof manifest !== 'object' || 'patch' in manifest || 'replace' in manifest) return genuine;
    if ((await this.configReplacesSources(dir)) || (dir !== '' && (await this.rootPatches()))) return genuine;
    const tables: unknown[] = [manifest['build-dependencies'], manifest['build_dependencies']];
    const targets = manifest['target'];
    if (targets !== null && typeof targets === 'object') for (const t of Object.values(targets as Record<string, unknown>)) if (t !== null && typeof t === 'object') tables.push((t as Record<string, unknown>)['build-dependencies'], (t as Record<string, unknown>)['build_dependencies']);
    const seen = new Map<string, boolean>();
    for (const table of tables) {
      if (table === null || typeof table !== 'object') continue;
      for (const [key, spec] of Object.entries(table as Record<string, unknown>)) {
        const crate = key.replace(/-/g, '_');
        if (!GENERATOR_CRATES.includes(crate)) continue;
        const inherited = (spec as { workspace?: unknown } | null)?.workspace === true ? await this.workspaceDependency(dir, key) : spec;
        seen.set(crate, (seen.get(crate) ?? true) && fromTheRegistry(crate, inherited));
      }
    }
    for (const [crate, ok] of seen) if (ok) genuine.add(crate);
    return genuine;
  }

  /** `[workspace.dependencies]`'s entry for `key` in the nearest Cargo.toml above the package with a `[workspace]` (`key.workspace = true`). */
  private async workspaceDependency(dir: string, key: string): Promise<unknown> {
    for (let d = dir; d !== ''; ) {
      d = posix.dirname(d) === '.' ? '' : posix.dirname(d);
      const manifest = posix.join(d, 'Cargo.toml');
      if (!(await this.exists(manifest))) continue;
      try {
        const value = (await this.ctx.read.toml(manifest)).value as { workspace?: { dependencies?: Record<string, unknown> } } | null;
        if (value?.workspace !== undefined) return value.workspace.dependencies?.[key];
      } catch (e) {
        if (!(e instanceof ArtifactError)) throw e;
        return undefined;
      }
    }
    return undefined;
  }

  /** The checkout's root Cargo.toml (a workspace's) patches or replaces crates, or cannot be read. */
  private async rootPatches(): Promise<boolean> {
    if (!(await this.exists('Cargo.toml'))) return false;
    try {
      const value = (await this.ctx.read.toml('Cargo.toml')).value as Record<string, unknown> | null;
      return value !== null && typeof value === 'object' && ('patch' in value || 'replace' in value);
    } catch (e) {
      if (!(e instanceof ArtifactError)) throw e;
      return true;
    }
  }

  /** A cargo config from the package's directory up to the root patches crates or replaces a source. */
  private async configReplacesSources(dir: string): Promise<boolean> {
    for (let d = dir; ; d = posix.dirname(d) === '.' ? '' : posix.dirname(d)) {
      for (const name of ['.cargo/config', '.cargo/config.toml']) {
        const config = posix.join(d, name);
        if (!(await this.exists(config))) continue;
        try {
          const value = (await this.ctx.read.toml(config)).value as Record<string, unknown> | null;
          if (value !== null && typeof value === 'object' && ('patch' in value || 'source' in value)) return true;
        } catch (e) {
          if (!(e instanceof ArtifactError)) throw e;
          return true;
        }
      }
      if (d === '') return false;
    }
  }

  /** The build script's text ('' when it cannot be read: its build then fails, and nothing it names is counted). */
  private async scriptText(script: string): Promise<string> {
    try {
      return (await this.ctx.read.text(script)).text;
    } catch (e) {
      if (!(e instanceof ArtifactError)) throw e;
      return '';
    }
  }

  /**
   * `[env] OUT_DIR` of the cargo config: in each directory from the package's up to the root, `.cargo/config` when it is
   * there (Cargo reads it and ignores a `config.toml` beside it), else `.cargo/config.toml`. A nearer directory's wins
   * only when cargo runs at or below it: a workspace built from its root reads the root's alone, so configs that set
   * OUT_DIR to different places leave which one applies unknown.
   */
  private async envOutDir(dir: string): Promise<OutDir | undefined> {
    let found: OutDir | undefined;
    for (let d = dir; ; d = posix.dirname(d) === '.' ? '' : posix.dirname(d)) {
      const config = await this.configIn(d);
      const got = config === undefined ? undefined : await this.envOutDirOf(d, config);
      if (got !== undefined) {
        if ('why' in got) return got;
        if (found === undefined) found = got;
        else if ('dir' in found && 'dir' in got && found.dir !== got.dir) {
          return { why: `${found.config} and ${got.config} set [env] OUT_DIR to different directories, and which applies depends on the directory cargo runs in` };
        }
      }
      if (d === '') return found;
    }
  }

  /** The cargo config file Cargo reads in directory `d`: `.cargo/config` before `.cargo/config.toml`. */
  private async configIn(d: string): Promise<string | undefined> {
    for (const name of ['.cargo/config', '.cargo/config.toml']) {
      const config = posix.join(d, name);
      if (await this.exists(config)) return config;
    }
    return undefined;
  }

  private async envOutDirOf(d: string, config: string): Promise<OutDir | undefined> {
    let value: unknown;
    try {
      value = ((await this.ctx.read.toml(config)).value as { env?: { OUT_DIR?: unknown } } | null)?.env?.OUT_DIR;
    } catch (e) {
      if (!(e instanceof ArtifactError)) throw e;
      return { why: `${config} cannot be read (${e.message}), and its [env] may set OUT_DIR` };
    }
    if (value === undefined) return undefined;
    const entry = typeof value === 'string' ? { value } : (value as { value?: unknown; relative?: unknown } | null);
    if (typeof entry?.value !== 'string') return { why: `${config} sets [env] OUT_DIR to something other than a path, so which files it names cannot be known` };
    // relative = true: the path is read from the directory holding .cargo; else rustc gets it as written.
    if (posix.isAbsolute(entry.value)) return { why: `${config} sets [env] OUT_DIR to ${entry.value}, outside the checkout, so the code it pastes in cannot be scanned` };
    return { dir: entry.relative === true ? posix.normalize(posix.join(d, entry.value)) : `\0${entry.value}`, config };
  }
}

/** A path of a Rust file, or of a Rust template (`db.rs.in`). */
const RUST_SOURCE = /\.rs(?:\.\w+)?$/;

/** Cheap test first: a text with no `.rs`, no escape (`\x2e`) and no `mod` names no Rust file by a literal. */
const mayNameRust = (text: string): boolean => text.includes('.rs') || text.includes('\\') || /\bmod\b/.test(text);

/** A build dependency's spec takes the crate from the registry under its own name: a version, with no path, git or rename (a workspace's entry is read where it is written). */
function fromTheRegistry(crate: string, spec: unknown): boolean {
  if (typeof spec === 'string') return true;
  if (spec === null || typeof spec !== 'object') return false;
  const s = spec as Record<string, unknown>;
  if ('path' in s || 'git' in s || 'workspace' in s || 'registry' in s || 'registry-index' in s) return false;
  return s['package'] === undefined || (typeof s['package'] === 'string' && s['package'].replace(/-/g, '_') === crate);
}

/**
 * The OUT_DIR a build script hands rustc itself (`cargo:rustc-env=OUT_DIR=…`, `cargo::rustc-env=…`): Cargo applies a
 * build script's rustc-env after the OUT_DIR it sets, so the script's wins. Handing Cargo's own back
 * (`"cargo:rustc-env=OUT_DIR={}", env::var("OUT_DIR")?`, a placeholder named for a value read from OUT_DIR) changes
 * nothing; anything else is the instruction as written.
 */
export function outDirSetBy(text: string): string | undefined {
  if (!text.includes('rustc-env=OUT_DIR=')) return undefined;
  for (const m of text.matchAll(/rustc-env=OUT_DIR=((?:[^"\\\n]|\\.)*)"([^;]*)/g)) {
    // A line comment (`//println!("cargo:rustc-env=OUT_DIR=./src");`) prints nothing.
    if (text.slice(text.lastIndexOf('\n', m.index) + 1, m.index).includes('//')) continue;
    const value = m[1] as string;
    if (!handsCargosBack(text, value, m[2] as string)) return `rustc-env=OUT_DIR=${value}`;
  }
  return undefined;
}

/**
 * A lone placeholder whose value is Cargo's OUT_DIR: an argument reading it (`env::var("OUT_DIR")`), or a name the script
 * binds from it (`{}` with `out_dir.display()`, a captured `{out_dir}`, `{dir}` with `dir = out`).
 */
function handsCargosBack(text: string, value: string, args: string): boolean {
  const placeholder = /^\{(\w*)(?::\??)?\}$/.exec(value);
  if (placeholder === null) return false;
  if (args.includes('"OUT_DIR"')) return true;
  const name = placeholder[1] as string;
  const named = name !== '' && !/^\d+$/.test(name);
  const expression = named ? (new RegExp(`\\b${name}\\s*=([^,=][^,]*)`).exec(args)?.[1] ?? (args.includes(',') ? undefined : name)) : /^\s*,([^,]*)/.exec(args)?.[1];
  const first = expression === undefined ? undefined : /[A-Za-z_]\w*/.exec(expression.replace(/^\s*&/, ''))?.[0];
  return first !== undefined && boundFromOutDir(text, first, 3);
}

/** `let name = … "OUT_DIR" …;` in the script, or bound from another name that is (up to `depth` steps). */
function boundFromOutDir(text: string, name: string, depth: number): boolean {
  for (const m of text.matchAll(new RegExp(`\\blet\\s+(?:mut\\s+)?${name}\\b[^;=]*=([^;]*);`, 'g'))) {
    const init = m[1] as string;
    if (init.includes('"OUT_DIR"')) return true;
    const other = /[A-Za-z_]\w*/.exec(init.replace(/^\s*(?:&|(?:\w+::)*\w+\(&?)/, ''))?.[0];
    if (depth > 1 && other !== undefined && other !== name && boundFromOutDir(text, other, depth - 1)) return true;
  }
  return false;
}
