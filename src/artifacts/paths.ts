import { promises as fs, realpathSync, type Stats } from 'node:fs';
import { lstatNow, realpathAsPromise, statAsPromise } from '../util/metadata.js';
import path from 'node:path';
import { ArtifactError } from './errors.js';

/**
 * Config files name evidence relative to the repository root. Everything here exists so that a
 * path written in a config can never make a gate read (and so trust) a file outside that root —
 * neither lexically (`..`, absolute paths) nor physically (symlinks pointing out).
 */

/** Linux's own limit; a longer chain is almost certainly a loop and proves nothing either way. */
const MAX_SYMLINK_HOPS = 40;

/**
 * A leading `\` or a drive letter is absolute (or drive-relative) on Windows. Rejected on every
 * platform: the same config must be judged the same way everywhere, and such names are never
 * intended as relative POSIX paths.
 */
const ABSOLUTE = /^(?:[\\/]|[A-Za-z]:)/;

export interface ResolvedPath {
  /** Absolute path under the real root (symlinks inside the root are left as written). */
  abs: string;
  /** Normalised POSIX path relative to the root: no `./`, no trailing `/`; `.` for the root itself. */
  rel: string;
}

export interface ResolvedPathWithStats extends ResolvedPath {
  /** What the last component is (its lstat, equal to its stat), when it was looked at and is not a symlink. */
  stats?: Stats;
  /** The physical path (every symlink followed, as `realpath` gives it), when every component exists. */
  real?: string;
}

/**
 * Resolves paths under one root, remembering what it has proven: the root's real path, and directories under it
 * that were found to be real directories (not symlinks). A gate reading 10,000 files under `src/` then pays one
 * lstat per file instead of a realpath of the root and an lstat per component each time. Nothing else is
 * remembered: symlinks are followed afresh, and a component that did not exist is looked up again next time.
 * A resolver lives while a gate runs (see `openResolverScope`), so proofs never outlive the run that made them.
 */
export class PathResolver {
  private realRoot: Promise<string> | undefined;
  private readonly provenDirs = new Set<string>();
  /** Lookups under way: files read side by side share one lstat of their common directories. */
  private readonly pending = new Map<string, Promise<Stats | null>>();

  constructor(readonly root: string) {}

  async resolve(rel: string): Promise<ResolvedPath> {
    const { abs, rel: normalised } = await this.resolveWithStats(rel);
    return { abs, rel: normalised };
  }

  /** `resolve`, plus the last component's stats when resolution looked at it (saves the caller a stat). */
  async resolveWithStats(rel: string): Promise<ResolvedPathWithStats> {
    const normalised = normaliseRelative(this.root, rel);
    // A failed realpath is not remembered: the next call reports (or recovers from) it afresh.
    this.realRoot ??= realpathAsPromise(this.root);
    const realRoot = await this.realRoot.catch((e: unknown) => {
      this.realRoot = undefined;
      throw missingRoot(this.root, rel, e);
    });
    const components = normalised === '.' ? [] : normalised.split('/');
    let walked: { last?: Stats; real?: string };
    try {
      walked = await assertPhysicallyInside(realRoot, components, (link, target) => {
        throw outsideRoot(this.root, rel, `goes through symlink "${link}" which points to ${target}, outside the root`);
      }, this.provenDirs, this.pending);
      await refuseTwoReadings(this.root, realRoot, rel, walked.real ?? path.join(realRoot, ...components));
    } catch (e) {
      if (e instanceof ArtifactError) throw e;
      throw new ArtifactError('unreadable', `cannot check where ${JSON.stringify(rel)} leads: ${errorCode(e)}`, {
        path: rel,
        fix: 'make every directory on the path readable, and remove symlink loops',
      });
    }
    return { abs: path.join(realRoot, ...components), rel: normalised, ...(walked.last !== undefined ? { stats: walked.last } : {}), ...(walked.real !== undefined ? { real: walked.real } : {}) };
  }
}

const scopes = new Map<string, { refs: number; resolver: PathResolver }>();

/**
 * While a scope for `root` is open, `resolveInside(root, …)` shares one `PathResolver`; the returned function
 * closes it, and when the last scope of a root closes its proofs are dropped. The runner opens one per gate.
 */
export function openResolverScope(root: string): () => void {
  let scope = scopes.get(root);
  if (scope === undefined) {
    scope = { refs: 0, resolver: new PathResolver(root) };
    scopes.set(root, scope);
  }
  scope.refs++;
  const opened = scope;
  let closed = false;
  return () => {
    if (closed) return;
    closed = true;
    if (--opened.refs === 0 && scopes.get(root) === opened) scopes.delete(root);
  };
}

export async function resolveInside(root: string, rel: string): Promise<ResolvedPath> {
  return (scopes.get(root)?.resolver ?? new PathResolver(root)).resolve(rel);
}

/** `resolveInside`, plus the stats of the file itself when resolution looked at it. */
export async function resolveInsideWithStats(root: string, rel: string): Promise<ResolvedPathWithStats> {
  return (scopes.get(root)?.resolver ?? new PathResolver(root)).resolveWithStats(rel);
}

/** For display only: turns an absolute path back into the POSIX form users write in configs. */
export function toPosixRelative(root: string, abs: string): string {
  let rel = path.relative(root, abs);
  // Paths from resolveInside live under the *real* root; a symlinked root would otherwise show `../..`.
  if (escapes(rel)) {
    try {
      rel = path.relative(realpathSync(root), abs);
    } catch {
      // A vanished root leaves nothing better to show than the plain relative path.
    }
  }
  return rel === '' ? '.' : rel.split(path.sep).join('/');
}

/** True when `p` is `root` or lies beneath it. Both must already be real (symlink-free) paths. */
export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!escapes(rel) && !path.isAbsolute(rel));
}

function escapes(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
}

/**
 * The path a reader resolves, lexically (no filesystem, no checks): `./a//b/`, `a/b/.` and `a/x/../b` are `a/b`.
 * Whatever is decided from a path's spelling (its format, by extension) is decided on this, so `r.json/` is read
 * as the JSON file it opens, never as text.
 */
export function lexicalPath(rel: string): string {
  // On Windows a backslash is a separator, so `a\..\..\x` must be judged as `a/../../x`.
  const posix = process.platform === 'win32' ? rel.replaceAll('\\', '/') : rel;
  return path.posix.normalize(posix).replace(/\/$/, '');
}

/** Lexical checks first: they need no filesystem and give the clearest messages. */
function normaliseRelative(root: string, rel: string): string {
  if (rel === '') throw outsideRoot(root, rel, 'is empty');
  if (rel.includes('\0')) throw outsideRoot(root, rel, 'contains a NUL byte');
  if (ABSOLUTE.test(rel)) throw outsideRoot(root, rel, 'is absolute');
  const normalised = lexicalPath(rel);
  if (normalised === '..' || normalised.startsWith('../')) {
    throw outsideRoot(root, rel, `escapes the root ${root} by ".."`);
  }
  return normalised === '' ? '.' : normalised;
}

function missingRoot(root: string, rel: string, e: unknown): ArtifactError {
  return new ArtifactError('missing', `the root ${root} does not exist (${errorCode(e)}), so ${JSON.stringify(rel)} cannot be read`, {
    path: rel,
    fix: `check that the root directory (${root}) exists`,
  });
}

/**
 * Walks the path one component at a time so that every symlink on it — not just the last — is
 * judged by where it really leads. Stops at the first component that does not exist: a path that
 * is yet to be written is fine as long as everything that does exist is inside.
 */
async function assertPhysicallyInside(
  realRoot: string,
  components: readonly string[],
  onEscape: (link: string, target: string) => never,
  provenDirs: Set<string>,
  pending: Map<string, Promise<Stats | null>>,
): Promise<{ last?: Stats; real?: string }> {
  let current = realRoot;
  let last: Stats | undefined;
  for (const [i, name] of components.entries()) {
    last = undefined;
    const next = path.join(current, name);
    // Only a directory reached through real directories from the real root is remembered, never a link.
    if (provenDirs.has(next)) {
      current = next;
      continue;
    }
    const stats = await sharedLstat(next, pending);
    if (stats === null) return {};
    if (!stats.isSymbolicLink()) {
      if (stats.isDirectory() && isInside(realRoot, next)) provenDirs.add(next);
      current = next;
      last = stats;
      continue;
    }
    const target = await symlinkTarget(next, 0);
    if (!isInside(realRoot, target)) onEscape(components.slice(0, i + 1).join('/'), target);
    current = target;
  }
  if (last !== undefined || components.length === 0) return last !== undefined ? { last, real: current } : { real: current };
  // The last component was a symlink: its target is only a real path when it exists (a dangling link's is lexical).
  return (await lstatOrNull(current)) === null ? {} : { real: current };
}

/**
 * Where a symlink really leads. `fs.realpath` answers for live links; a dangling link is followed by
 * hand, because writing through it would still create a file wherever it points.
 */
async function symlinkTarget(link: string, hops: number): Promise<string> {
  if (hops > MAX_SYMLINK_HOPS) throw Object.assign(new Error('symlink loop'), { code: 'ELOOP' });
  try {
    return await realpathAsPromise(link);
  } catch (e) {
    if (errorCode(e) !== 'ENOENT') throw e;
  }
  const target = await fs.readlink(link);
  const start = path.isAbsolute(target) ? path.parse(path.resolve(target)).root : path.dirname(link);
  return physicalPath(start, target.split(/[\\/]/), hops + 1);
}

/**
 * Applies `components` to the real directory `start` the way the kernel would: `..` is the
 * physical parent of what has been resolved so far, not a lexical step back over a symlink.
 * Once a component is missing, nothing below it exists and the rest can only be lexical.
 */
async function physicalPath(start: string, components: readonly string[], hops: number): Promise<string> {
  let current = start;
  for (const [i, name] of components.entries()) {
    if (name === '' || name === '.') continue;
    if (name === '..') {
      current = path.dirname(current);
      continue;
    }
    const next = path.join(current, name);
    const stats = await lstatOrNull(next);
    if (stats === null) return path.resolve(next, ...components.slice(i + 1));
    current = stats.isSymbolicLink() ? await symlinkTarget(next, hops) : next;
  }
  return current;
}

/**
 * `out/../report.json` where `out` is a symlinked directory names two files: the kernel, and so every producer and
 * tool, follows `out` first and steps back from where it leads (`build/report.json`); read lexically it is
 * `report.json`, a file that may be a stale copy, or lead nowhere near where the path goes (outside the root). A path
 * whose `..` follows a symlink is judged only when both readings are one file.
 */
async function refuseTwoReadings(root: string, realRoot: string, rel: string, lexical: string): Promise<void> {
  const written = (process.platform === 'win32' ? rel.replaceAll('\\', '/') : rel).split('/');
  if (!written.includes('..')) return;
  const physical = await physicalPath(realRoot, written, 0);
  if (physical === lexical) return;
  if (!isInside(realRoot, physical)) throw outsideRoot(root, rel, `leads to ${physical}, outside the root: its ".." steps back from where a symlinked directory before it points`);
  const [asWritten, lexically] = [physical, lexical].map((p) => path.relative(realRoot, p).split(path.sep).join('/')) as [string, string];
  throw new ArtifactError('unreadable', `${JSON.stringify(rel)} names two files: as written (the symlinked directory before ".." followed first, as the kernel does) it is ${asWritten}, read lexically it is ${lexically}`, {
    path: rel,
    expected: 'one file, whichever way the path is read',
    actual: [asWritten, lexically],
    fix: `name the file without ".." after a symlinked directory (e.g. ${asWritten})`,
  });
}

/** One lstat of `p` for every caller that asks while it is under way (the answer is never kept past it). */
function sharedLstat(p: string, pending: Map<string, Promise<Stats | null>>): Promise<Stats | null> {
  let lookup = pending.get(p);
  if (lookup === undefined) {
    lookup = lstatOrNull(p);
    pending.set(p, lookup);
    const done = () => pending.delete(p);
    lookup.then(done, done);
  }
  return lookup;
}

async function lstatOrNull(p: string): Promise<Stats | null> {
  try {
    return lstatNow(p);
  } catch (e) {
    const code = errorCode(e);
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw e;
  }
}

function outsideRoot(root: string, rel: string, why: string): ArtifactError {
  return new ArtifactError('outside_root', `${JSON.stringify(rel)} ${why}`, {
    path: rel,
    fix: `use a path relative to the root (${root}) that stays inside it`,
  });
}

function errorCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : String(e);
}

/**
 * What makes two paths one artifact: the device and inode of the real file they lead to. Two
 * spellings (`a.json`, `./a.json`), a symlink and its target, and two hard links to one file all
 * give the same identity. Undefined when the path cannot be resolved or stat'ed (the reader then
 * reports why). Only for comparing: never shown to users.
 */
export async function fileIdentity(root: string, rel: string): Promise<string | undefined> {
  try {
    const { abs } = await resolveInside(root, rel);
    const stats = await statAsPromise(abs, { bigint: true });
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * The names among `rels` that are one real file, grouped (each group in the order given, two or more names), as
 * {@link fileIdentity} decides. A glob collapses symlinks onto their targets but lists hard links by every name
 * (kernel_boundary judges each name's owner), so a gate that counts files as pieces of evidence asks this first.
 */
export async function namesOfOneFile(root: string, rels: readonly string[]): Promise<string[][]> {
  const byId = new Map<string, string[]>();
  const ids = await Promise.all(rels.map((rel) => fileIdentity(root, rel)));
  rels.forEach((rel, i) => {
    const id = ids[i];
    if (id !== undefined) byId.set(id, [...(byId.get(id) ?? []), rel]);
  });
  return [...byId.values()].filter((names) => names.length > 1);
}

/**
 * The lower-cased extension (`.json`) of the file a path opens, or '' when its name has none (`Makefile`, `.env`).
 * Taken from the path as it resolves ({@link lexicalPath}): `r.json/` and `r.json/.` open `r.json`, and a format
 * judged on the spelling would read that JSON as text, whose only rule is that it is not blank.
 */
export function extensionOf(path: string): string {
  const lexical = lexicalPath(path);
  const name = lexical.slice(lexical.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}
