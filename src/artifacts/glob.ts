import { promises as fs, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import { ArtifactError } from './errors.js';
import { EngineOutputGuard, ENGINE_OUTPUT_NAMES, ENGINE_VERDICT_NAMES, realPathOrResolved } from './engine-output.js';
import { isInside } from './paths.js';
import { realpathAsPromise } from '../util/metadata.js';

/**
 * Our own glob, because Node 20 has no `fs.glob` and a gate must not depend on directory order,
 * locale, or a dependency's idea of dotfiles: the same tree and pattern always give the same list.
 */

type Segment =
  | { readonly kind: 'globstar' }
  | { readonly kind: 'literal'; readonly name: string }
  | { readonly kind: 'wild'; readonly source: string; readonly re: RegExp; readonly namesFileKind: boolean };

type EntryKind = 'file' | 'dir' | 'link' | 'other';

const GLOBSTAR: Segment = { kind: 'globstar' };
/** What `**` may step into: dot directories and dependency trees are never someone's evidence. */
const GLOBSTAR_SOURCE = '(?:(?!\\.|node_modules/)[^/]+/)*';
/** `{a,b}{c,d}…` grows exponentially; past this a pattern is a mistake, not a need. */
const MAX_EXPANSIONS = 4096;

export interface ListGlobOptions {
  /** Directories never listed (the run's output directory); they need not exist. */
  exclude?: readonly string[];
  /**
   * Below the pattern's literal directory (`tests` of `tests/**\/*.ts`), wildcards and `**` also match names that
   * start with a dot (`.git` and `node_modules` stay out): for files a tool finds the same way, such as a test runner
   * that runs `tests/.hidden/x.test.ts`. A pattern with no literal directory lists no dot names.
   */
  dot?: boolean;
  /**
   * Every matching name rather than every distinct real file: a symlink is listed beside its target. For files a tool
   * runs by name (a test runner runs `tests/b.rs -> a.rs` as a second test).
   */
  names?: boolean;
  /**
   * A directory (or a link to one) whose name the pattern's last segment spells literally (`package.json` of
   * `{package.json,Cargo.toml}`), or that matches a last segment ending in a file extension (`clip.yaml` of
   * `out/*.yaml`), is rejected, not passed over: the pattern names a file there, and a directory in its place is that
   * file unreadable, not absent (a producer that wrote a directory where its report goes). For callers that read what is rejected (release texts, evidence);
   * never for a probe of whether a file exists, where a directory of that name is common (`./utils`).
   */
  literalDirectories?: boolean;
}

/**
 * Files matching `pattern` under `root`, relative to it, sorted by code unit. Every match is a
 * distinct real file as far as names go: a symlink and its target collapse to one, the physical
 * path preferred; hard links stay, each by its name (`namesOfOneFile` groups them for a count). A symlinked file or directory is followed while it stays inside
 * the root; one that leads outside refuses the whole listing (`outside_root`, naming the link)
 * instead of silently shrinking it. The engine's own output (the directories in `exclude`, and any
 * directory holding a verdict gate-engine wrote) is never listed.
 */
export async function listGlob(root: string, pattern: string, options: ListGlobOptions = {}): Promise<string[]> {
  return (await listGlobWithRejected(root, pattern, options)).files;
}

/**
 * listGlob, plus the entries whose names match but that listGlob leaves out: dangling or looping
 * links and special files. A caller that must not lose a matching file silently (release texts)
 * reads those and reports why each cannot be read.
 */
export async function listGlobWithRejected(root: string, pattern: string, options: ListGlobOptions = {}): Promise<{ files: string[]; rejected: string[] }> {
  // A pattern from evidence (a workspaces list, a manifest) may hold a NUL: no file has one, and fs would throw a TypeError.
  if (pattern.includes('\0')) throw outsideRoot(pattern, 'contains a NUL byte');
  const plain = compile(pattern).filter((segments) => segments.length > 0);
  const realRoot = await realpathOrNull(root);
  if (realRoot === null || plain.length === 0) return { files: [], rejected: [] };
  const base = commonLiteralPrefix(plain);
  // Dot names are matched only below a literal directory (`tests/**`): the root's own dot directories are tools' (.git, .yarn, .venv, the engine's generations).
  const dot = options.dot === true && base.length > 0;
  const patterns = dot ? compile(pattern, true).filter((segments) => segments.length > 0) : plain;
  const baseAbs = await literalDirectory(realRoot, base);
  if (baseAbs === null) return { files: [], rejected: [] };
  const excluded = await Promise.all((options.exclude ?? []).map(realPathOrResolved));
  const guard = new EngineOutputGuard(realRoot, excluded);
  const walker = new Walker(realRoot, patterns, guard, pattern, dot, options.literalDirectories === true);
  await walker.visit(baseAbs, base.join('/'), walker.start(base.length), [realRoot]);
  // Files reached physically were judged directory by directory on the way down; links and the root's own output names are judged here.
  const outputs = await Promise.all(walker.found.map(async (f) => (f.viaLink || walker.ownOutput(f.rel) ? await guard.reason(f.real) : undefined)));
  const listed = walker.found.filter((_, i) => outputs[i] === undefined);
  const files = options.names === true ? [...new Set(listed.map((f) => f.rel))].sort(compareCodeUnits) : distinctRealFiles(listed);
  return { files, rejected: [...new Set(walker.rejected)].sort(compareCodeUnits) };
}

/**
 * Every name matching `pattern`, for files a tool runs by name: a symlink beside its target, and the names
 * {@link listGlobWithRejected} rejects (dangling links, special files), which the caller probes and reports.
 */
export async function listGlobNames(root: string, pattern: string, options: Omit<ListGlobOptions, 'names'> = {}): Promise<string[]> {
  const { files, rejected } = await listGlobWithRejected(root, pattern, { ...options, names: true });
  return [...new Set([...files, ...rejected])].sort(compareCodeUnits);
}

/** One name per real file: the name that is its physical path when there is one, else the first in code-unit order. */
function distinctRealFiles(found: readonly Found[]): string[] {
  // Identity is the real path: symlinks collapse onto their targets without a stat per file (globs list
  // 10,000s of files). Hard links are not collapsed here; lineage compares inodes (fileIdentity).
  const ids = found.map((f) => f.real);
  const chosen = new Map<string, { rel: string; physical: boolean }>();
  found.forEach((f, i) => {
    const id = ids[i] as string;
    const physical = !f.viaLink;
    const current = chosen.get(id);
    if (current === undefined || (physical && !current.physical) || (physical === current.physical && compareCodeUnits(f.rel, current.rel) < 0)) {
      chosen.set(id, { rel: f.rel, physical });
    }
  });
  return [...new Set([...chosen.values()].map((c) => c.rel))].sort(compareCodeUnits);
}

/** The literal directory prefix of a glob (`tests/unit/*.rs` -> `tests/unit`, `*.rs` -> ``). */
export function globBase(pattern: string): string {
  const dirs: string[] = [];
  for (const raw of pattern.split('/').slice(0, -1)) {
    if (raw === '' || raw === '.') continue;
    const segment = parseSegment(raw);
    if (segment.kind !== 'literal' || hasUnescaped(raw, '{')) break;
    dirs.push(segment.name);
  }
  return dirs.join('/');
}

/**
 * The literal tail of the last segment after its last wildcard (`tests/*.rs` -> `.rs`). A brace
 * group counts as a wildcard. A last segment with no wildcard at all gives `` — there is no
 * variable part to call a stem.
 */
export function globLiteralSuffix(pattern: string): string {
  const chars = Array.from(pattern.split('/').at(-1) ?? '');
  let suffix = '';
  let sawWildcard = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    const wildcardEnd = c === '[' ? classEnd(chars, i) : c === '{' ? braceEnd(chars, i) : null;
    if (c === '*' || c === '?' || wildcardEnd !== null) {
      sawWildcard = true;
      suffix = '';
      i = wildcardEnd ?? i;
    } else if (c === '\\' && i + 1 < chars.length) {
      suffix += chars[++i];
    } else {
      suffix += c;
    }
  }
  return sawWildcard ? suffix : '';
}

/** Whole-path matcher with the same semantics as listGlob (minus the filesystem's say on symlinks). */
export function globToRegExp(pattern: string): RegExp {
  const alternatives = compile(pattern).map(segmentsSource);
  return new RegExp(`^(?:${alternatives.join('|')})$`, 'u');
}

// ---------------------------------------------------------------------------------------------
// Walking

interface Found {
  rel: string;
  /** The real path the name leads to. */
  real: string;
  /** Reached through a symlinked file or directory. */
  viaLink: boolean;
}

/** Directories one listing may enter; links inside the root can multiply a tree, so the walk is bounded. */
const MAX_DIRECTORIES = 200_000;

class Walker {
  readonly found: Found[] = [];
  /** Matching names that are not listed (see listGlobWithRejected). */
  readonly rejected: string[] = [];
  /** A position (pattern p, segment s) is the number p * stride + s: cheap to dedupe in a Set. */
  private readonly stride: number;
  private directories = 0;

  constructor(
    private readonly realRoot: string,
    private readonly patterns: readonly (readonly Segment[])[],
    private readonly guard: EngineOutputGuard,
    private readonly pattern: string,
    private readonly dot = false,
    private readonly literalDirectories = false,
  ) {
    this.stride = Math.max(...patterns.map((segments) => segments.length)) + 1;
  }

  start(segmentIndex: number): number[] {
    const positions = new Set<number>();
    this.patterns.forEach((_, p) => this.addPosition(positions, p, segmentIndex));
    return [...positions];
  }

  /** Root-level files and `commands/` are engine output only when the root itself is an output directory. */
  ownOutput(rel: string): boolean {
    return !rel.includes('/') ? ENGINE_OUTPUT_NAMES.has(rel) : rel.startsWith('commands/');
  }

  /**
   * `dirAbs` is a real path (links already resolved); `chain` holds the real directories from the
   * root down to here, so a link back up the tree is a loop and is not entered again.
   */
  async visit(dirAbs: string, dirRel: string, positions: readonly number[], chain: readonly string[], viaLink = false): Promise<void> {
    if (++this.directories > MAX_DIRECTORIES) {
      throw new ArtifactError('unreadable', `glob ${JSON.stringify(this.pattern)} would walk more than ${MAX_DIRECTORIES} directories (links multiply the tree)`, {
        path: this.pattern,
        fix: 'narrow the glob, or remove symlinks that repeat large parts of the tree',
      });
    }
    if (dirAbs !== this.realRoot && this.guard.isExcluded(dirAbs)) return;
    const entries = await this.readDirectory(dirAbs, dirRel);
    if (dirAbs !== this.realRoot && entries.some((e) => ENGINE_VERDICT_NAMES.includes(e.name)) && (await this.guard.isOutputDirectory(dirAbs))) return;
    const pending: Promise<void>[] = [];
    for (const entry of entries) {
      const abs = path.join(dirAbs, entry.name);
      const rel = dirRel === '' ? entry.name : `${dirRel}/${entry.name}`;
      const kind = direntKind(entry);
      if (kind !== null) {
        pending.push(...this.consider(entry.name, abs, rel, kind, positions, chain, viaLink));
      } else {
        // Some filesystems do not report entry types in readdir; ask lstat instead of guessing.
        pending.push(this.considerUntyped(entry.name, abs, rel, positions, chain, viaLink));
      }
    }
    await Promise.all(pending);
  }

  private async considerUntyped(name: string, abs: string, rel: string, positions: readonly number[], chain: readonly string[], viaLink: boolean): Promise<void> {
    const stats = await fs.lstat(abs).catch(() => null);
    if (stats !== null) await Promise.all(this.consider(name, abs, rel, statsKind(stats), positions, chain, viaLink));
  }

  /** Advances every live pattern position over one directory entry; returns the work it spawned. */
  private consider(name: string, abs: string, rel: string, kind: EntryKind, positions: readonly number[], chain: readonly string[], viaLink: boolean): Promise<void>[] {
    let matchesFile = false;
    let spelled = false;
    const next = new Set<number>();
    for (const position of positions) {
      const p = Math.floor(position / this.stride);
      const s = position % this.stride;
      const segments = this.patterns[p] as readonly Segment[];
      const segment = segments[s] as Segment;
      if (segment.kind === 'globstar') {
        if ((kind === 'dir' || kind === 'link') && mayEnterByGlobstar(name, this.dot)) this.addPosition(next, p, s);
      } else if (segmentMatches(segment, name)) {
        if (s === segments.length - 1) {
          matchesFile = true;
          spelled ||= segment.kind === 'literal' || segment.namesFileKind;
        } else if (kind === 'dir' || kind === 'link') this.addPosition(next, p, s + 1);
      }
    }
    const work: Promise<void>[] = [];
    if (matchesFile && kind === 'file') this.found.push({ rel, real: abs, viaLink });
    if (kind === 'link' && (matchesFile || next.size > 0)) work.push(this.followLink(abs, rel, matchesFile, [...next], chain, spelled));
    if (next.size > 0 && kind === 'dir') work.push(this.visit(abs, rel, [...next], [...chain, abs], viaLink));
    if (matchesFile && (kind === 'other' || (kind === 'dir' && spelled && this.literalDirectories))) this.rejected.push(rel);
    return work;
  }

  /** `**` matches zero directories too, so reaching it also reaches whatever follows it. */
  private addPosition(positions: Set<number>, p: number, s: number): void {
    const segments = this.patterns[p] as readonly Segment[];
    positions.add(p * this.stride + s);
    if (segments[s]?.kind === 'globstar') this.addPosition(positions, p, s + 1);
  }

  /**
   * A symlink the pattern reaches is judged by where it really leads: inside the root it is followed
   * like the file or directory it names (a loop back up the tree is not entered again); outside the
   * root it refuses the listing; a dangling link names nothing and is passed over.
   */
  private async followLink(abs: string, rel: string, matchesFile: boolean, next: readonly number[], chain: readonly string[], spelled = false): Promise<void> {
    let real: string;
    let stats: Stats;
    try {
      real = await realpathAsPromise(abs);
      stats = await fs.stat(real);
    } catch {
      // Dangling or looping links point at nothing that could count as evidence.
      if (matchesFile) this.rejected.push(rel);
      return;
    }
    // A link to a special file (a FIFO, /dev/null, a socket) names nothing that could count as evidence either.
    if (matchesFile && !stats.isFile() && (!stats.isDirectory() || (spelled && this.literalDirectories))) this.rejected.push(rel);
    if (!isInside(this.realRoot, real)) {
      if (!(matchesFile && stats.isFile()) && !(next.length > 0 && stats.isDirectory())) return;
      throw new ArtifactError('outside_root', `glob ${JSON.stringify(this.pattern)} reaches ${JSON.stringify(rel)}, a symlink to ${stats.isDirectory() ? 'a directory' : 'a file'} outside the root`, {
        path: rel,
        fix: `remove the link ${rel} or copy what it points to into the repository: evidence outside the root is never read`,
      });
    }
    if (matchesFile && stats.isFile()) this.found.push({ rel, real, viaLink: true });
    if (next.length > 0 && stats.isDirectory() && !chain.includes(real)) await this.visit(real, rel, next, [...chain, real], true);
  }

  private async readDirectory(dirAbs: string, dirRel: string): Promise<Dirent[]> {
    try {
      return await fs.readdir(dirAbs, { withFileTypes: true });
    } catch (e) {
      const code = errorCode(e);
      if (code === 'ENOENT' || code === 'ENOTDIR') return [];
      // Skipping an unreadable directory would silently shrink the match list; fail closed instead.
      throw new ArtifactError('unreadable', `cannot list directory ${JSON.stringify(dirRel || '.')}: ${code}`, {
        path: dirRel || '.',
        fix: 'make the directory readable by the user running the gate',
      });
    }
  }
}

function direntKind(entry: Dirent): EntryKind | null {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'dir';
  if (entry.isSymbolicLink()) return 'link';
  const known = entry.isFIFO() || entry.isSocket() || entry.isBlockDevice() || entry.isCharacterDevice();
  return known ? 'other' : null;
}

function statsKind(stats: Stats): EntryKind {
  if (stats.isFile()) return 'file';
  if (stats.isDirectory()) return 'dir';
  if (stats.isSymbolicLink()) return 'link';
  return 'other';
}

function mayEnterByGlobstar(name: string, dot = false): boolean {
  // `.git` is covered by the dot rule, and stays out without it.
  return (dot ? name !== '.git' : !name.startsWith('.')) && name !== 'node_modules';
}

function segmentMatches(segment: Segment, name: string): boolean {
  if (segment.kind === 'literal') return segment.name === name;
  return segment.kind === 'wild' && segment.re.test(name);
}

/** Directory segments every expanded pattern starts with literally: the walk can begin there. */
function commonLiteralPrefix(patterns: readonly (readonly Segment[])[]): string[] {
  const prefix: string[] = [];
  const first = patterns[0] ?? [];
  for (let s = 0; ; s++) {
    const candidate = first[s];
    if (candidate?.kind !== 'literal') return prefix;
    const shared = patterns.every((segments) => {
      const segment = segments[s];
      return s < segments.length - 1 && segment?.kind === 'literal' && segment.name === candidate.name;
    });
    if (!shared) return prefix;
    prefix.push(candidate.name);
  }
}

/**
 * Steps down the literal prefix the way the walk would: a symlinked directory inside the root is
 * followed, one leading outside refuses the listing. Null when the base is absent (zero matches,
 * not an error). Returns the real path of the base.
 */
async function literalDirectory(realRoot: string, names: readonly string[]): Promise<string | null> {
  let current = realRoot;
  for (const [i, name] of names.entries()) {
    current = path.join(current, name);
    const stats = await fs.lstat(current).catch((e: unknown) => {
      const code = errorCode(e);
      if (code === 'ENOENT' || code === 'ENOTDIR') return null;
      throw e;
    });
    if (stats === null) return null;
    if (stats.isSymbolicLink()) {
      const real = await realpathAsPromise(current).catch(() => null);
      if (real === null) return null;
      const rel = names.slice(0, i + 1).join('/');
      if (!isInside(realRoot, real)) {
        throw new ArtifactError('outside_root', `glob base ${JSON.stringify(rel)} is a symlink to a directory outside the root`, {
          path: rel,
          fix: `remove the link ${rel} or copy what it points to into the repository: evidence outside the root is never read`,
        });
      }
      current = real;
      if (!(await fs.stat(real).then((st) => st.isDirectory(), () => false))) return null;
      continue;
    }
    if (!stats.isDirectory()) return null;
  }
  return current;
}

async function realpathOrNull(p: string): Promise<string | null> {
  try {
    return await realpathAsPromise(p);
  } catch {
    return null;
  }
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Compiling

function compile(pattern: string, dot = false): Segment[][] {
  // `\\` would be an escaped backslash to a glob but a UNC path to Windows; refuse the ambiguity.
  if (/^(?:\/|\\\\|[A-Za-z]:)/.test(pattern)) throw outsideRoot(pattern, 'is absolute');
  return expandBraces(pattern).map((expanded) => compileExpanded(expanded, pattern, dot));
}

function compileExpanded(expanded: string, original: string, dot = false): Segment[] {
  const raws = expanded.split('/');
  const segments: Segment[] = [];
  raws.forEach((raw, i) => {
    const last = i === raws.length - 1;
    const segment = parseSegment(raw, dot);
    if (segment.kind === 'literal' && segment.name === '..') {
      throw outsideRoot(original, 'leaves the root with ".."');
    }
    const isCurrentDir = segment.kind === 'literal' && (segment.name === '.' || segment.name === '');
    // `a//b` and `./a` mean `a/b` and `a`; a trailing `/` or `.` names a directory, and directories
    // are never returned, so it becomes a segment no file name can match.
    if (isCurrentDir && !last) return;
    segments.push(isCurrentDir ? { kind: 'literal', name: '' } : segment);
  });
  // Shells read a trailing `**` as "everything below"; only files are listed, so that is `**/*`.
  if (segments.at(-1)?.kind === 'globstar') segments.push(parseSegment('*', dot));
  return segments;
}

/** A file extension ending a segment's literal tail (`.yaml`, `-report.json`, `.tar.gz`): the segment names files of that kind. */
const FILE_EXTENSION_TAIL = /\.[A-Za-z][A-Za-z0-9]{0,9}$/u;

function parseSegment(raw: string, dot = false): Segment {
  if (raw === '**') return GLOBSTAR;
  const chars = Array.from(raw);
  let source = '';
  let literal = '';
  /** The literal text after the last wildcard (`.yaml` of `*.yaml`). */
  let tail = '';
  let wild = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    const cls = c === '[' ? parseClass(chars, i) : null;
    if (c === '\\' && i + 1 < chars.length) {
      const escaped = chars[++i] as string;
      literal += escaped;
      source += escapeRegExpChar(escaped);
    } else if (c === '*' || c === '?') {
      wild = true;
      tail = '';
      source += c === '*' ? '[^/]*' : '[^/]';
    } else if (cls !== null) {
      wild = true;
      tail = '';
      source += cls.source;
      i = cls.end;
    } else {
      literal += c;
      tail += c;
      source += escapeRegExpChar(c);
    }
  }
  if (!wild) return { kind: 'literal', name: literal };
  // Like shells: a leading dot must be written, never matched by a wildcard.
  const explicitDot = dot || chars[0] === '.' || (chars[0] === '\\' && chars[1] === '.');
  const guarded = explicitDot ? source : `(?!\\.)${source}`;
  return { kind: 'wild', source: guarded, re: new RegExp(`^${guarded}$`, 'u'), namesFileKind: FILE_EXTENSION_TAIL.test(tail) };
}

/** `[abc]`, `[a-z]`, `[!a]`/`[^a]`; a `]` right after the opening is literal. Null if never closed. */
function parseClass(chars: readonly string[], open: number): { source: string; end: number } | null {
  let i = open + 1;
  const negated = chars[i] === '!' || chars[i] === '^';
  if (negated) i++;
  const items: string[] = [];
  for (let first = true; i < chars.length; first = false) {
    if (chars[i] === ']' && !first) {
      const body = items.join('');
      const source = negated ? `[^/${body}]` : body === '' ? '(?!)' : `[${body}]`;
      return { source, end: i };
    }
    const [low, afterLow] = classChar(chars, i);
    const [high, afterHigh] = chars[afterLow] === '-' && chars[afterLow + 1] !== ']' ? classChar(chars, afterLow + 1) : [null, afterLow];
    if (high === null) {
      items.push(escapeClassChar(low));
    } else if ((low.codePointAt(0) ?? 0) <= (high.codePointAt(0) ?? 0)) {
      items.push(`${escapeClassChar(low)}-${escapeClassChar(high)}`);
    } // A reversed range like `[z-a]` matches nothing, as in shells, instead of breaking the RegExp.
    i = afterHigh;
  }
  return null;
}

/** One possibly-escaped character of a class, and the index after it; `` at the end of input. */
function classChar(chars: readonly string[], i: number): [string, number] {
  if (chars[i] === '\\' && i + 1 < chars.length) return [chars[i + 1] as string, i + 2];
  return [chars[i] ?? '', i + 1];
}

function classEnd(chars: readonly string[], open: number): number | null {
  return parseClass(chars, open)?.end ?? null;
}

function braceEnd(chars: readonly string[], open: number): number | null {
  let depth = 0;
  for (let i = open; i < chars.length; i++) {
    if (chars[i] === '\\') i++;
    else if (chars[i] === '{') depth++;
    else if (chars[i] === '}' && --depth === 0) return i;
  }
  return null;
}

/**
 * Bash-style brace expansion done up front, so alternatives may span `/` and every other rule only
 * ever sees plain patterns. `{a}` (no comma) and an unclosed `{` stay literal, as in bash.
 */
function expandBraces(pattern: string): string[] {
  const found = findBraceGroup(pattern);
  if (found === null) return [pattern];
  const prefix = pattern.slice(0, found.open);
  const suffixes = expandBraces(pattern.slice(found.close + 1));
  const out: string[] = [];
  for (const alternative of found.alternatives.flatMap(expandBraces)) {
    for (const suffix of suffixes) {
      out.push(prefix + alternative + suffix);
      if (out.length > MAX_EXPANSIONS) {
        throw new ArtifactError('malformed', `glob ${JSON.stringify(pattern)} expands to more than ${MAX_EXPANSIONS} patterns`, {
          path: pattern,
          fix: 'use fewer {a,b} groups, or a wildcard instead',
        });
      }
    }
  }
  return out;
}

function findBraceGroup(pattern: string): { open: number; close: number; alternatives: string[] } | null {
  for (let open = 0; open < pattern.length; open++) {
    if (pattern[open] === '\\') {
      open++;
      continue;
    }
    if (pattern[open] !== '{') continue;
    const group = splitBraceGroup(pattern, open);
    if (group !== null) return group;
  }
  return null;
}

function splitBraceGroup(pattern: string, open: number): { open: number; close: number; alternatives: string[] } | null {
  const alternatives: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === ',' && depth === 1) {
      alternatives.push(pattern.slice(start, i));
      start = i + 1;
    } else if (c === '}' && --depth === 0) {
      if (alternatives.length === 0) return null;
      alternatives.push(pattern.slice(start, i));
      return { open, close: i, alternatives };
    }
  }
  return null;
}

function hasUnescaped(raw: string, char: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '\\') i++;
    else if (raw[i] === char) return true;
  }
  return false;
}

function segmentsSource(segments: readonly Segment[]): string {
  if (segments.length === 0) return '(?!)';
  return segments
    .map((segment, i) => {
      if (segment.kind === 'globstar') return GLOBSTAR_SOURCE; // carries its own trailing `/`
      const body = segment.kind === 'literal' ? Array.from(segment.name, escapeRegExpChar).join('') : segment.source;
      return i === segments.length - 1 ? body : `${body}/`;
    })
    .join('');
}

function escapeRegExpChar(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}

function escapeClassChar(c: string): string {
  return /[\\\]\[^-]/.test(c) ? `\\${c}` : c;
}

function outsideRoot(pattern: string, why: string): ArtifactError {
  return new ArtifactError('outside_root', `glob ${JSON.stringify(pattern)} ${why}`, {
    path: pattern,
    fix: 'write the glob relative to the root, without ".." segments',
  });
}

function errorCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : String(e);
}
