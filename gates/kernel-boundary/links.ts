/**
 * kernel_boundary: what a path really names. A file linked into a domain (`src/core/util.ts ->
 * ../store/db.ts`, or any directory on its way being a link) is judged as the file it resolves to: its
 * real path's domain, and — for TypeScript/JavaScript, as Node and TypeScript resolve — relative
 * imports taken from its real directory.
 *
 * The root's listing (ctx.list) has already refused links that lead outside the root and collapsed a
 * link onto its target when both are listed. Here each directory on a path is read once (one readdir
 * per directory, cached) to see which of its entries are links; only those are resolved (realpath),
 * so a tree without links costs one readdir per directory and no per-file syscall.
 */
import { promises as fs } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

export class RealPaths {
  private readonly dirLinks = new Map<string, Promise<ReadonlySet<string>>>();
  private readonly dirEntries = new Map<string, Promise<readonly string[]>>();
  private readonly cache = new Map<string, Promise<string>>();
  /** Paths (root-relative) whose real path differs, once asked for. */
  readonly differing = new Map<string, string>();

  constructor(private readonly root: string) {}

  /** The root-relative real path of `rel`: itself when nothing on the way is a link (or a link leads nowhere inside the root). */
  real(rel: string): Promise<string> {
    let p = this.cache.get(rel);
    if (p === undefined) {
      p = this.compute(rel).then((real) => {
        if (real !== rel) this.differing.set(rel, real);
        return real;
      });
      this.cache.set(rel, p);
    }
    return p;
  }

  private async compute(rel: string): Promise<string> {
    if (rel === '' || rel.startsWith('../') || rel.startsWith('/')) return rel;
    const parts = rel.split('/');
    let current = '';
    for (const part of parts) {
      const links = await this.linksIn(current);
      const next = current === '' ? part : `${current}/${part}`;
      if (!links.has(part)) {
        current = next;
        continue;
      }
      const real = await this.resolveLink(next);
      if (real === undefined) return rel;
      current = real;
    }
    return current;
  }

  /**
   * The names of the directories directly in `dir` (root-relative), links among them whatever they lead to, sorted:
   * what tsc lists of a typeRoots directory. Read once per directory; none when it cannot be read.
   */
  directories(dir: string): Promise<readonly string[]> {
    let p = this.dirEntries.get(dir);
    if (p === undefined) {
      p = fs.readdir(join(this.root, dir), { withFileTypes: true }).then(
        (entries) => entries.filter((e) => e.isDirectory() || e.isSymbolicLink()).map((e) => e.name).sort(),
        () => [],
      );
      this.dirEntries.set(dir, p);
    }
    return p;
  }

  /**
   * The text of a file read straight from disk, unrecorded: a cheap look before a read through the gate's reader (which
   * records and hashes every file it reads). `null` when there is no such file, undefined when it cannot be read.
   */
  async peek(rel: string): Promise<string | null | undefined> {
    try {
      return await fs.readFile(join(this.root, rel), 'utf8');
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'ENOENT' ? null : undefined;
    }
  }

  private linksIn(dir: string): Promise<ReadonlySet<string>> {
    let p = this.dirLinks.get(dir);
    if (p === undefined) {
      p = fs.readdir(join(this.root, dir), { withFileTypes: true }).then(
        (entries) => new Set(entries.filter((e) => e.isSymbolicLink()).map((e) => e.name)),
        () => new Set<string>(),
      );
      this.dirLinks.set(dir, p);
    }
    return p;
  }

  private async resolveLink(rel: string): Promise<string | undefined> {
    try {
      const real = relative(this.root, await fs.realpath(join(this.root, rel)));
      if (real === '' || real.startsWith('..') || isAbsolute(real)) return undefined;
      return sep === '/' ? real : real.split(sep).join('/');
    } catch {
      return undefined;
    }
  }
}
