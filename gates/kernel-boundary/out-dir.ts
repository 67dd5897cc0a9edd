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
import type { PackageNames } from './packages.js';

/**
 * Where OUT_DIR points for a file: build output (with the files of the checkout its build script names, which it may
 * copy there); a directory of the checkout (`dir`, root-relative; `'..'`-led when outside); or why it cannot be known.
 */
export type OutDir = { script: string; copies: string[] } | { dir: string; config: string } | { why: string };

/** The most files of the checkout one build script is read as copying (a generator's own test list is not a copy list). */
const MAX_COPIES = 64;

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
    if (script !== undefined) return { script, copies: await this.namedSources(dir, script) };
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
   * The Rust files of the checkout the build script names by a literal path (`fs::copy("src/x.rs", …)`, `fs::read`,
   * `include_str!`): read from the package directory (the build script's working directory) and from the script's own
   * (include_str!). `cargo:` instructions (`rerun-if-changed=…`) only name files to watch. A .proto or any other input a
   * generator reads is not Rust code and is not counted.
   */
  private async namedSources(dir: string, script: string): Promise<string[]> {
    let text: string;
    try {
      text = (await this.ctx.read.text(script)).text;
    } catch (e) {
      if (!(e instanceof ArtifactError)) throw e;
      return [];
    }
    if (!text.includes('.rs"')) return [];
    const out = new Set<string>();
    for (const m of text.matchAll(/"((?:[^"\\\n]|\\.)*\.rs)"/g)) {
      const written = m[1] as string;
      if (written.startsWith('cargo:') || out.size >= MAX_COPIES) continue;
      for (const base of [dir, posix.dirname(script)]) {
        const path = posix.normalize(posix.join(base, written));
        if (path.startsWith('../') || posix.isAbsolute(written)) continue;
        if (await this.exists(path)) out.add(path);
      }
    }
    return [...out].sort();
  }

  /** `[env] OUT_DIR` of the nearest `.cargo/config.toml` (or `.cargo/config`) from the package directory up to the root. */
  private async envOutDir(dir: string): Promise<OutDir | undefined> {
    for (let d = dir; ; d = posix.dirname(d) === '.' ? '' : posix.dirname(d)) {
      for (const name of ['.cargo/config.toml', '.cargo/config']) {
        const config = posix.join(d, name);
        if (!(await this.exists(config))) continue;
        let value: unknown;
        try {
          value = ((await this.ctx.read.toml(config)).value as { env?: { OUT_DIR?: unknown } } | null)?.env?.OUT_DIR;
        } catch (e) {
          if (!(e instanceof ArtifactError)) throw e;
          return { why: `${config} cannot be read (${e.message}), and its [env] may set OUT_DIR` };
        }
        if (value === undefined) continue;
        const entry = typeof value === 'string' ? { value } : (value as { value?: unknown; relative?: unknown } | null);
        if (typeof entry?.value !== 'string') return { why: `${config} sets [env] OUT_DIR to something other than a path, so which files it names cannot be known` };
        // relative = true: the path is read from the directory holding .cargo; else rustc gets it as written.
        if (posix.isAbsolute(entry.value)) return { why: `${config} sets [env] OUT_DIR to ${entry.value}, outside the checkout, so the code it pastes in cannot be scanned` };
        return { dir: entry.relative === true ? posix.normalize(posix.join(d, entry.value)) : `\0${entry.value}`, config };
      }
      if (d === '') return undefined;
    }
  }
}
