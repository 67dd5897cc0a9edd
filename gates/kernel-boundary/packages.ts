/**
 * kernel_boundary: which package of the root a file belongs to — the nearest package.json that has a
 * `name` (one without a name, `{ "type": "module" }` or `{ "main": … }`, marks no package boundary: no
 * import can name it), or for a Rust file the nearest Cargo.toml with a `[package] name`. A package of
 * the root whose code no scan reads is unproven unless `external_packages` lists it; see ts-follow.ts and
 * rust-follow.ts.
 */
import { posix } from 'node:path';
import { ArtifactError, type GateContext } from '../../src/sdk/index.js';
import { RUST_EXTENSION } from './manifest.js';

/** A package of the root: its directory (`''` for the root) and name; `error` when its manifest cannot be read. */
export interface RootPackage {
  dir: string;
  name?: string;
  error?: string;
}

type Manifest = 'package.json' | 'Cargo.toml';

export class PackageNames {
  private readonly named = new Map<string, Promise<RootPackage | undefined>>();

  constructor(
    private readonly ctx: GateContext,
    readonly exists: (path: string) => Promise<boolean>,
  ) {}

  /** The package `file` belongs to (undefined: no named manifest between it and the root). */
  of(file: string, manifest: Manifest = file.endsWith(RUST_EXTENSION) ? 'Cargo.toml' : 'package.json'): Promise<RootPackage | undefined> {
    return this.nearest(posix.dirname(file), manifest);
  }

  private nearest(dir: string, manifest: Manifest): Promise<RootPackage | undefined> {
    const here = dir === '.' ? '' : dir;
    const key = `${manifest}\0${here}`;
    let p = this.named.get(key);
    if (p === undefined) {
      p = this.read(here, manifest).then((own) => (own !== undefined || here === '' ? own : this.nearest(posix.dirname(here), manifest)));
      this.named.set(key, p);
    }
    return p;
  }

  /** The named package in `dir` itself; undefined when it has no manifest or one without a name. */
  private async read(dir: string, manifest: Manifest): Promise<RootPackage | undefined> {
    const path = posix.join(dir, manifest);
    if (!(await this.exists(path))) return undefined;
    let value: unknown;
    try {
      value = (manifest === 'Cargo.toml' ? await this.ctx.read.toml(path) : await this.ctx.read.json(path)).value;
    } catch (e) {
      if (!(e instanceof ArtifactError)) throw e;
      // Unreadable: it may name any package, so it is a boundary whose name is unknown (never "no package").
      return { dir, error: `${path} cannot be read: ${e.message}` };
    }
    const name = manifest === 'Cargo.toml' ? (value as { package?: { name?: unknown } } | null)?.package?.name : (value as { name?: unknown } | null)?.name;
    return typeof name === 'string' && name.trim() !== '' ? { dir, name } : undefined;
  }
}

/** How a package is named in messages. */
export const packageLabel = (p: RootPackage | undefined): string => (p === undefined ? 'the root (no package.json with a name)' : p.name !== undefined ? `the package ${p.name} (${p.dir || '.'})` : `the package in ${p.dir || '.'}`);

/** The tail of an unresolved_import into a package of the root whose code is not scanned: what is unseen, and the two ways out. */
export function unscannedPackage(pkg: RootPackage | undefined): { why: string; fix: string } {
  const dir = pkg?.dir ?? '';
  return {
    why: `in ${packageLabel(pkg)} of this repository, whose code no scan reads (outside source_globs, or left out by ignore)${pkg?.error !== undefined ? ` (${pkg.error})` : ''}: what it imports and re-exports is unseen`,
    fix: `add the package's folder to source_globs (${dir === '' ? '' : `${dir}/`}**) so it is scanned and its edges followed, or list ${pkg?.name !== undefined ? `"${pkg.name}"` : 'its name'} in the kernel_boundary option external_packages if that package belongs to no domain and imports no domain code`,
  };
}
