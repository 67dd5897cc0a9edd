/**
 * A run's outputs land all at once, or not at all.
 *
 * Everything a run writes — the gates' own files (command logs) and the verdict, events, report —
 * goes to a staging directory first. When the run is done it lands in one step:
 *
 * - **link mode** (the output directory does not exist, is empty, or is gate-engine's own link):
 *   the output directory is a symbolic link to one generation directory beside it
 *   (`.<name>.runs/<generation>`). Landing builds the new generation in full (the other lane's files
 *   carried over), then renames a new link over the old one: one atomic rename, so a reader — or a
 *   process killed at any moment, even with SIGKILL — sees the complete previous set or the
 *   complete new set, never a mix.
 * - **files mode** (the output directory is a real, non-empty directory gate-engine does not own):
 *   each output is moved in beside a backup of the file it replaces; if any rename fails, every
 *   landed file is taken back and every previous file restored. (Not atomic against SIGKILL: the
 *   next run restores an interrupted landing's backups. Remove the directory once to get link mode.)
 *
 * Staging, backups and links of runs that died are removed by the next run (a name carries the pid
 * that made it; a live process's are left alone). No write follows a link: an output directory
 * inside the root that resolves outside it, or a link gate-engine did not make, is refused.
 */
import { randomBytes } from 'node:crypto';
import { constants, promises as fs, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, rmdirSync, symlinkSync, type Stats } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { EngineError } from '../core/errors.js';
import type { OutputFile } from './atomic.js';
import { realpathAsPromise } from '../util/metadata.js';

const STAGING_PREFIX = '.gate-engine-tmp-';
const BACKUP_PREFIX = '.gate-engine-old-';
const TOKEN = /^(\d+)-[0-9a-f]{8}$/;

export interface OutputTarget {
  /** The output directory as the user named it (absolute). */
  dir: string;
  /** The root: the output directory may never contain it, and when inside it, may not lead out of it through a link. */
  root?: string;
  /** Names (top level) that belong to this lane's set: replaced or dropped by a landing, never carried over. */
  laneNames: readonly string[];
}

export interface OutputTransaction {
  /** Where this run's gates and the engine write (the staging directory). */
  readonly staging: string;
  /**
   * Write `files` into the staging directory, check that every file in `keep` (relative paths a gate
   * wrote) is still there, and land the set. Returns the final paths of `files`.
   */
  commit(files: readonly OutputFile[], keep?: readonly string[]): Promise<string[]>;
  /** Remove the staging directory (the run will not land). Never throws. */
  abort(): void;
}

const live = new Set<string>();
let exitHook = false;

/** Staging directories of this process are removed on exit, however it exits (process.exit from a signal handler included). */
function track(path: string): void {
  live.add(path);
  if (exitHook) return;
  exitHook = true;
  process.once('exit', () => {
    for (const p of live) rmQuiet(p);
  });
}

function rmQuiet(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // best effort: the next run removes what is left
  }
  live.delete(path);
}

function token(): string {
  return `${process.pid}-${randomBytes(4).toString('hex')}`;
}

function pidAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when `name` ends in a token of a process that no longer runs. */
function deadToken(name: string, prefix: string): boolean {
  if (!name.startsWith(prefix)) return false;
  const m = TOKEN.exec(name.slice(prefix.length));
  return m !== null && !pidAlive(Number(m[1]));
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

function unwritable(dir: string, message: string, cause?: unknown): EngineError {
  return new EngineError('output_unwritable', `cannot write outputs to ${dir}: ${message}`, {
    fix: 'choose a writable directory with --out (or output.dir in the config); no output file was written or changed',
    ...(cause !== undefined ? { cause } : {}),
  });
}

const inside = (parent: string, child: string) => child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);

/** The real path of the deepest existing ancestor of `path`, plus the part that does not exist yet. */
async function realExisting(path: string): Promise<string> {
  let probe = path;
  const rest: string[] = [];
  for (;;) {
    try {
      return join(await realpathAsPromise(probe), ...rest.reverse());
    } catch {
      const parent = dirname(probe);
      if (parent === probe) return path;
      rest.push(basename(probe));
      probe = parent;
    }
  }
}

function storeOf(dir: string): string {
  return join(dirname(dir), `.${basename(dir)}.runs`);
}

/** The generation a gate-engine link points at, or undefined when `dir` is not such a link. */
function ownGeneration(dir: string): string | undefined {
  let target: string;
  try {
    target = readlinkSync(dir);
  } catch {
    return undefined;
  }
  const expected = `.${basename(dir)}.runs`;
  const parts = target.split('/');
  if (isAbsolute(target) || parts.length !== 2 || parts[0] !== expected || !TOKEN.test(parts[1] as string)) return undefined;
  return join(storeOf(dir), parts[1] as string);
}

/** Remove what runs that died left behind: staging generations and links, interrupted backups. */
function sweep(dir: string, current: string | undefined): void {
  const store = storeOf(dir);
  for (const name of safeList(store)) {
    const path = join(store, name);
    if (path !== current && deadToken(name, '')) rmQuiet(path);
  }
  const linkPrefix = `.${basename(dir)}.link-`;
  for (const name of safeList(dirname(dir))) if (deadToken(name, linkPrefix)) rmQuiet(join(dirname(dir), name));
  const real = lstatOrNull(dir);
  if (real === null || !real.isDirectory()) return;
  for (const name of safeList(dir)) {
    const path = join(dir, name);
    if (deadToken(name, BACKUP_PREFIX)) {
      // An interrupted files-mode landing: put the previous files back, then forget the backup.
      for (const entry of safeList(path)) {
        try {
          rmSync(join(dir, entry), { recursive: true, force: true });
          renameSync(join(path, entry), join(dir, entry));
        } catch {
          // leave it; the directory is removed below either way
        }
      }
      rmQuiet(path);
    } else if (deadToken(name, STAGING_PREFIX)) {
      rmQuiet(path);
    } else {
      // A temporary file of the single-file atomic writer (`<name>.tmp-<pid>-<hex>`).
      const m = /\.tmp-(\d+)-[0-9a-f]{8}$/.exec(name);
      if (m && !pidAlive(Number(m[1]))) rmQuiet(path);
    }
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** Copy what the current generation holds that this run does not replace (the other lane's files). */
async function carryOver(from: string, to: string, laneNames: readonly string[]): Promise<void> {
  const staged = new Set(safeList(to));
  for (const name of safeList(from)) {
    if (laneNames.includes(name) || staged.has(name) || name.startsWith(STAGING_PREFIX)) continue;
    const src = join(from, name);
    const st = lstatOrNull(src);
    if (st === null) continue;
    if (st.isFile()) {
      await fs.link(src, join(to, name)).catch(() => fs.copyFile(src, join(to, name), constants.COPYFILE_EXCL));
    } else if (st.isDirectory() || st.isSymbolicLink()) {
      await fs.cp(src, join(to, name), { recursive: true, verbatimSymlinks: true, errorOnExist: true, force: false });
    }
  }
}

async function writeStaged(staging: string, files: readonly OutputFile[]): Promise<void> {
  for (const file of files) {
    // A listing lands under its lane's directory (scanned/<gate>.jsonl); a gate may have made that directory already.
    if (file.name.includes('/')) await fs.mkdir(dirname(join(staging, file.name)), { recursive: true });
    // O_EXCL|O_NOFOLLOW: never through a link or over something a gate left under the same name.
    const handle = await fs.open(join(staging, file.name), constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
    try {
      await handle.writeFile(file.content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
}

/** The staging directory itself must still be a real directory (a command could swap in a link). */
function checkStaging(staging: string, shown: string): void {
  const st = lstatOrNull(staging);
  if (st === null || !st.isDirectory()) {
    throw new EngineError('output_unwritable', `the run's staging directory was ${st === null ? 'removed' : 'replaced by a link'} during the run; nothing was written to ${shown}`, {
      fix: 'make sure no command deletes or rewrites the output directory (or its .runs store) while gate-engine runs',
    });
  }
}

function checkKept(staging: string, keep: readonly string[], shown: string): void {
  checkStaging(staging, shown);
  for (const rel of keep) {
    // Every directory on the way must still be a real directory: a link there would land a log from elsewhere.
    const parts = rel.split('/');
    let path = staging;
    let st: Stats | null = null;
    for (const [i, part] of parts.entries()) {
      path = join(path, part);
      st = lstatOrNull(path);
      if (st === null || (i < parts.length - 1 && !st.isDirectory())) {
        st = null;
        break;
      }
    }
    if (st === null || !st.isFile()) {
      throw new EngineError('output_unwritable', `${rel} was removed or replaced during the run (${st === null ? 'it is gone' : 'it is no longer a regular file'}), so the verdict would claim a file that is not there; nothing was written to ${shown}`, {
        fix: 'make sure no command deletes or rewrites the output directory (or its .runs store) while gate-engine runs',
      });
    }
  }
}

/** Land a files-mode set: back up each replaced name, move the new one in; on any failure undo it all. */
function landFiles(dir: string, staging: string, laneNames: readonly string[]): void {
  const backup = join(dir, `${BACKUP_PREFIX}${token()}`);
  mkdirSync(backup);
  track(backup);
  const names = [...new Set([...safeList(staging), ...laneNames.filter((n) => lstatOrNull(join(dir, n)) !== null)])];
  const backedUp: string[] = [];
  const landed: string[] = [];
  try {
    for (const name of names) {
      const target = join(dir, name);
      const old = lstatOrNull(target);
      const next = lstatOrNull(join(staging, name));
      if (old !== null) {
        if (next !== null && old.isDirectory() !== next.isDirectory()) {
          throw new Error(`${name} is a ${old.isDirectory() ? 'directory' : 'file'} where the run writes a ${next.isDirectory() ? 'directory' : 'file'}`);
        }
        renameSync(target, join(backup, name));
        backedUp.push(name);
      }
      if (next !== null) {
        renameSync(join(staging, name), target);
        landed.push(name);
      }
    }
  } catch (e) {
    for (const name of landed.reverse()) {
      try {
        renameSync(join(dir, name), join(staging, name));
      } catch {
        // leave it for the restore below to overwrite
      }
    }
    for (const name of backedUp.reverse()) {
      try {
        rmSync(join(dir, name), { recursive: true, force: true });
        renameSync(join(backup, name), join(dir, name));
      } catch {
        // nothing more can be done here; the next run restores what is left in the backup
      }
    }
    if (safeList(backup).length === 0) rmQuiet(backup);
    throw e;
  }
  rmQuiet(backup);
}

export async function beginOutputs(target: OutputTarget): Promise<OutputTransaction> {
  const dir = resolve(target.dir);
  const shown = target.root !== undefined ? relative(target.root, dir) || '.' : dir;
  if (target.root !== undefined) {
    if (inside(dir, target.root)) throw unwritable(shown, 'the output directory would contain the root (its evidence and config)');
  }
  if (target.root !== undefined && inside(target.root, dir)) {
    const real = await realExisting(dir);
    const ownLink = ownGeneration(dir) !== undefined;
    if (!ownLink && !inside(target.root, real)) {
      throw new EngineError('output_unwritable', `the output directory ${shown} leads outside the root through a link (it resolves to ${real}); no output follows a link out of the root`, {
        fix: 'remove the link, or name an output directory outside the root explicitly with --out',
      });
    }
  }
  let st: Stats | null;
  try {
    st = lstatOrNull(dir);
  } catch (e) {
    throw unwritable(shown, (e as Error).message, e);
  }
  const current = st?.isSymbolicLink() ? ownGeneration(dir) : undefined;
  if (st?.isSymbolicLink() && current === undefined) {
    throw new EngineError('output_unwritable', `the output directory ${shown} is a symbolic link gate-engine did not make (to ${readlinkSync(dir)}); outputs never follow links`, {
      fix: 'remove the link (gate-engine manages its own), or choose another --out',
    });
  }
  if (st !== null && !st.isSymbolicLink() && !st.isDirectory()) throw unwritable(shown, 'it exists and is not a directory');
  try {
    sweep(dir, current);
  } catch {
    // sweeping is housekeeping; it never stops a run
  }
  const mode: 'link' | 'files' = st === null || st.isSymbolicLink() || safeList(dir).length === 0 ? 'link' : 'files';
  const staging = mode === 'link' ? join(storeOf(dir), token()) : join(dir, `${STAGING_PREFIX}${token()}`);
  try {
    await fs.mkdir(dirname(staging), { recursive: true });
    // The store (or files-mode directory) holding the staging must be a real directory, not a link elsewhere.
    const holder = lstatSync(dirname(staging));
    if (!holder.isDirectory()) throw new Error(`${basename(dirname(staging))} is a link or not a directory; outputs never follow links`);
    await fs.mkdir(staging);
  } catch (e) {
    throw unwritable(shown, (e as Error).message, e);
  }
  track(staging);
  let landed = false;

  return {
    staging,
    abort: () => {
      if (landed) return;
      rmQuiet(staging);
      if (mode === 'link') {
        try {
          rmdirSync(storeOf(dir)); // only when empty: a first run that did not land leaves nothing behind
        } catch {
          // holds the current generation (or is gone)
        }
      }
    },
    async commit(files, keep = []) {
      try {
        checkKept(staging, keep, shown);
        await writeStaged(staging, files);
        checkStaging(staging, shown);
        if (mode === 'link') {
          const now = lstatOrNull(dir);
          const previous = now?.isSymbolicLink() ? ownGeneration(dir) : undefined;
          if (now !== null && !now.isSymbolicLink() && !(now.isDirectory() && safeList(dir).length === 0)) throw new Error('the output directory changed during the run');
          if (now?.isSymbolicLink() && previous === undefined) throw new Error('the output directory was replaced by a link gate-engine did not make');
          if (previous !== undefined) await carryOver(previous, staging, target.laneNames);
          const link = join(dirname(dir), `.${basename(dir)}.link-${token()}`);
          symlinkSync(`${basename(storeOf(dir))}/${basename(staging)}`, link);
          track(link);
          try {
            if (now !== null && !now.isSymbolicLink()) rmdirSync(dir);
            renameSync(link, dir); // the one step that lands the whole set
          } finally {
            rmQuiet(link);
          }
          live.delete(staging);
          landed = true;
          if (previous !== undefined && previous !== staging) rmQuiet(previous);
        } else {
          landFiles(dir, staging, target.laneNames);
          landed = true;
          rmQuiet(staging);
        }
      } catch (e) {
        rmQuiet(staging);
        if (e instanceof EngineError) throw e;
        throw unwritable(shown, `${(e as NodeJS.ErrnoException).code ?? ''} ${(e as Error).message}`.trim(), e);
      }
      return files.map((f) => join(dir, f.name));
    },
  };
}

/** A transaction that never lands (verify with write: false): gates still get a private place to write. */
export async function scratchOutputs(): Promise<OutputTransaction> {
  const staging = await fs.mkdtemp(join(tmpdir(), 'gate-engine-scratch-'));
  track(staging);
  return {
    staging,
    abort: () => rmQuiet(staging),
    commit: () => Promise.reject(new Error('a scratch output transaction never lands')),
  };
}
