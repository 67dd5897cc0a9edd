/**
 * What a command that declares `writes` really wrote during this run.
 *
 * A reader ordered after such a command trusts that the file it reads is this run's output. When the
 * command skips its work ("cache hit", an early exit that still returns 0) the file on disk is an
 * earlier run's — undated evidence would pass. So the runner photographs every file matching the
 * declared globs before the command starts and again after it ends. A file counts as changed when its
 * identity changed: a new inode (replaced) or a new ctime (written in place). ctime is set by the kernel
 * on every change and cannot be set back from user space, so a file nobody touched never counts. A changed
 * file counts as written only when its other times agree ({@link placementOf}): its bytes not older than the
 * command (a hard link or move of a cached report, `cp -p`, `touch -d`, a chmod of the old one move its ctime
 * without writing a byte: red team yc), its mtime not ahead of its ctime (only utimes puts it there), and its
 * inode created in the run unless it is the one that already had the name and no other (a cached report linked
 * or moved into place and then touched: red team zb). A report that dates itself in its writer's run was
 * produced in it whatever its file times say ({@link datedInItsRun}: a reproducible build dates files back).
 * A user-space write of old bytes (a plain copy) does count: what it says is then judged by its date (see
 * {@link datedBeforeItsWriter}).
 */
import { randomBytes } from 'node:crypto';
import type { BigIntStats } from 'node:fs';
import { lstat, open, readFile, readlink, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, posix, relative, sep } from 'node:path';
import { lstatNow, realpathNow, statNow, realpathAsPromise, statfsAsPromise } from '../util/metadata.js';
import { ArtifactError } from '../artifacts/errors.js';
import { listGlob } from '../artifacts/glob.js';
import { formatAge } from '../util/time.js';
import { DEFAULT_FUTURE_SKEW_MS, earliestRunEnd, type DatedMoment } from '../artifacts/freshness.js';
import { parseJsonFast } from '../artifacts/json-fast.js';
import { lexicalPath, resolveInside } from '../artifacts/paths.js';
import { coveredGlobs, normalizeRel, type DeclaredWriter } from './order.js';
import type { CheckResult } from './types.js';

/** dev:ino:ctime of one file, the fingerprint of "this exact file, unchanged". */
type Identity = string;

/**
 * The files matching declared globs at one moment, by root-relative path: each one's identity, and its size — a file
 * that kept its inode and name but not its size had bytes written in place, whatever its times say.
 */
export class WriteSnapshot extends Map<string, Identity> {
  readonly sizes = new Map<string, bigint>();
}

async function identityOf(abs: string): Promise<Identity | undefined> {
  return (await fileOf(abs))?.id;
}

async function fileOf(abs: string): Promise<{ id: Identity; size: bigint } | undefined> {
  try {
    const s = await stat(abs, { bigint: true });
    return s.isFile() ? { id: `${s.dev}:${s.ino}:${s.ctimeNs}`, size: s.size } : undefined;
  } catch {
    return undefined;
  }
}

/** The files matching `globs` now, by root-relative path. A glob that cannot be listed contributes nothing. */
export async function snapshotWrites(root: string, globs: readonly string[], outputDir: string): Promise<WriteSnapshot> {
  const out = new WriteSnapshot();
  for (const glob of coveredGlobs(globs)) {
    const files = await listGlob(root, glob, { exclude: [outputDir] }).catch(() => [] as string[]);
    for (const rel of files) {
      if (out.has(rel)) continue;
      const file = await fileOf(join(root, rel));
      if (file === undefined) continue;
      out.set(rel, file.id);
      out.sizes.set(rel, file.size);
    }
  }
  return out;
}

export interface WriteOutcome {
  /** Declared globs no file written during the run matches. */
  unwritten: string[];
  /** Files matching the globs that the command left exactly as they were: an earlier run's output. */
  leftovers: Identity[];
  /** Files matching the globs that the command wrote (device and inode, as {@link ChangeTimeMemo.identity} gives them). */
  written: string[];
  /**
   * Files matching the globs that changed during the command but whose bytes are older than it (their modification
   * time is before its start): put in place, not written — a hard link or a move of a cached report, a copy or a cache
   * restore keeping its time, or only their metadata touched (`chmod`, `touch -a`) — with that time.
   */
  placed: { id: Identity; placement: Placement }[];
}

/** A change time a filesystem keeping whole seconds (ext3, HFS+: 1 s; FAT: 2 s) records may lag its instant by this much. */
const WHOLE_SECONDS_SLACK_NS = 2_000_000_000n;
const NS_PER_SECOND = 1_000_000_000n;

/**
 * An instant on the kernel's change-time clock, as two bounds: every file changed before it has a change time below
 * `below`, every file changed after it one at or above `atOrAbove` (user space cannot set a change time back).
 */
export interface ChangeTimeMark {
  below: bigint;
  atOrAbove: bigint;
}

/** How long a mark waits for the clock's tick to move (a filesystem keeping whole seconds never does in time). */
const MARK_SPIN_MS = 50;

/**
 * A {@link ChangeTimeMark} read from a marker written (and removed) in `dir`: rewritten until its change time moves,
 * the mark sits on a tick boundary and is sharp; a clock that does not move in time leaves the tick it stamped on
 * either side. Off a writable `dir`, the system clock (no sharper than its tick).
 */
export async function changeTimeNow(dir: string): Promise<ChangeTimeMark> {
  const marker = join(dir, `.write-mark-${process.pid}-${randomBytes(6).toString('hex')}`);
  try {
    await writeFile(marker, '', { flag: 'wx' });
    const first = (await stat(marker, { bigint: true })).ctimeNs;
    for (const end = Date.now() + MARK_SPIN_MS; Date.now() < end; ) {
      await writeFile(marker, '');
      const now = (await stat(marker, { bigint: true })).ctimeNs;
      if (now !== first) return { below: now, atOrAbove: now };
    }
    return { below: first + 1n, atOrAbove: first };
  } catch {
    const now = BigInt(Date.now()) * 1_000_000n;
    return { below: now + 1n, atOrAbove: now - 10_000_000n };
  } finally {
    await unlink(marker).catch(() => undefined);
  }
}

/** The change time of the file at `abs` (links followed), or undefined when there is none to read. */
export async function changeTimeOf(abs: string): Promise<bigint | undefined> {
  try {
    const s = await stat(abs, { bigint: true });
    return s.isFile() ? s.ctimeNs : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the file of `id` was last changed before `since`: an older file made reachable under a declared name
 * without being written — a symlink to a cached report, a symlinked directory swapped in — is not the command's output.
 */
function changedBefore(id: Identity, since: bigint): boolean {
  return stampedBefore(BigInt(id.slice(id.lastIndexOf(':') + 1)), since);
}

/** A kernel time stamp before `since`, with the slack a filesystem keeping whole seconds needs. */
function stampedBefore(ns: bigint, since: bigint): boolean {
  return ns + (ns % NS_PER_SECOND === 0n ? WHOLE_SECONDS_SLACK_NS : 0n) < since;
}

/**
 * Why a changed file matching a declared glob is not proven written by its file times: each is a way to put an older
 * file in place without writing its bytes, or to make one look freshly written (red teams yc, zb).
 * - `older`: its modification time is before the command started — a chmod or `touch -a` of the old report, a hard
 *   link to or a move of a cached one, a copy or restore keeping its time (`cp -p`, `tar x`, `rsync -t`, `touch -d`,
 *   `touch -r`), or a file written and then dated back (a reproducible build's `SOURCE_DATE_EPOCH`): only the bytes
 *   tell those apart.
 * - `ahead`: its modification time is ahead of the moment the file last changed, beyond the clock skew: a write stamps
 *   both with the kernel's clock, so only `touch`/`utimes` can set it there (a placed file touched into the future).
 * - `linked`: the file has another name and was not created in this run (or nothing shows it was): a hard link to a
 *   cached report, whatever its times say after a `touch`.
 * - `moved`: the file existed before the command started, under another name: linked or moved into place and touched.
 */
export type Placement =
  | { how: 'older' | 'ahead'; modifiedNs: bigint; changedNs: bigint }
  | { how: 'linked'; links: bigint; bornNs?: bigint }
  | { how: 'moved'; bornNs: bigint };

/** The run a compare judges for: the writer's start and the compare's moment, on the engine's clock (pinned in tests). */
export interface WriterRun {
  startedAt: Date;
  now: Date;
}

/**
 * A clock skew allowed between the kernel's stamps on one file (a modification time set by a client, a change time by
 * an NFS server), and between a report's own date and the engine's clock: as the `future` option's default.
 */
const FILE_TIME_SKEW_NS = BigInt(DEFAULT_FUTURE_SKEW_MS) * 1_000_000n;

/**
 * How far a report's own date may precede its writer's start and still prove it was produced in this run: a stamp
 * kept in whole seconds (or by a filesystem's 2-second clock) — no clock skew, for this is proof, not a bound.
 */
const OWN_DATE_SLACK_MS = 2_000;

/** Reports read for their own date only up to this size: the proof is for reports, not for build trees. */
const OWN_DATE_MAX_BYTES = 8 * 1024 * 1024;

/**
 * Whether `st` reports the filesystem's own birth times: statx's, which the kernel stamps at creation and user space
 * cannot set on Linux. Without it Node reports 0, or (stat without statx) the change time: a birth time equal to
 * the change time proves nothing, so some file of the device must show the two apart ({@link BirthTimes} asks the
 * file's directory and the root).
 */
function realBirthTime(st: BigIntStats): boolean {
  return st.birthtimeNs > 0n && st.birthtimeNs !== st.ctimeNs;
}

/**
 * What a device's birth times prove: `true`, stamped by the kernel at creation (a birth in the run is one); `'reported'`,
 * real birth times user space may set (CIFS, ntfs-3g, FUSE: only a birth before the run is believed); `false`, none.
 */
export type BirthKnown = boolean | 'reported';

/** What the file at a declared name was before the command started: the same inode (`here`), and then its size. */
export type Before = { here: false } | { here: true; size: bigint | undefined };

/**
 * Why the file of `st` (changed during the run, found at a declared name) is not proven written by its file times, or
 * undefined when it is: created in the run, or rewritten under its own name with a modification time in the run.
 * `before`: what had the name before the command started. `birthKnown`: its device reports real birth times. A file
 * with another name that was not created in the run is a link to an older file even when it had the name before (a
 * cached report linked into place in an earlier run, touched again), unless its size changed: bytes were written.
 */
export function placementOf(st: BigIntStats, before: Before, birthKnown: BirthKnown, since: bigint): Placement | undefined {
  if (st.mtimeNs > st.ctimeNs + FILE_TIME_SKEW_NS) return { how: 'ahead', modifiedNs: st.mtimeNs, changedNs: st.ctimeNs };
  if (stampedBefore(st.mtimeNs, since)) return { how: 'older', modifiedNs: st.mtimeNs, changedNs: st.ctimeNs };
  const bornBefore = birthKnown !== false && stampedBefore(st.birthtimeNs, since);
  const bornInRun = birthKnown === true && !bornBefore;
  const resizedHere = before.here && before.size !== undefined && before.size !== st.size;
  if (st.nlink > 1n && !bornInRun && !resizedHere) return { how: 'linked', links: st.nlink, ...(bornBefore ? { bornNs: st.birthtimeNs } : {}) };
  if (!before.here && bornBefore) return { how: 'moved', bornNs: st.birthtimeNs };
  return undefined;
}

/**
 * Whether the report at `abs` dates itself in its writer's run: the earliest moment it says its run ended
 * ({@link earliestRunEnd}: `generated_at`, `finished_at`…) is at or after the writer started and not past now (with
 * the skew `future` allows). Such bytes were produced in this run whatever the file's times say (a reproducible build
 * dates the file back); a report put in place from an earlier run says that run's date. JSON only, up to
 * {@link OWN_DATE_MAX_BYTES}: anything else proves nothing.
 */
export async function datedInItsRun(abs: string, run: WriterRun): Promise<boolean> {
  try {
    const st = await stat(abs);
    if (!st.isFile() || st.size > OWN_DATE_MAX_BYTES || !(await opensAnObject(abs))) return false;
    const text = await readFile(abs, 'utf8');
    const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const moment = earliestRunEnd(parseJsonFast(start === 0 ? text : text.slice(start)).value);
    return moment !== undefined && moment.at >= run.startedAt.getTime() - OWN_DATE_SLACK_MS && moment.at <= run.now.getTime() + DEFAULT_FUTURE_SKEW_MS;
  } catch {
    return false;
  }
}

/**
 * Whether the file at `abs` starts with `{` (after a BOM and white space): only an object records when it was produced,
 * and a tree of dated-back build outputs (`writes: [dist/]`) is then not read whole for a date none of it holds.
 */
async function opensAnObject(abs: string): Promise<boolean> {
  const handle = await open(abs, 'r');
  try {
    const head = Buffer.alloc(256);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const text = head.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').trimStart();
    return text.startsWith('{');
  } finally {
    await handle.close();
  }
}

/**
 * Whether a filesystem's birth times are ones the kernel stamps at creation and user space cannot set: {@link KERNEL_CLOCK_FS} and
 * tmpfs. Not CIFS/SMB (`setfattr -n user.cifs.creationtime`), ntfs-3g (`system.ntfs_crtime`) or any FUSE daemon: there a
 * cached report linked into place can be given a creation time in the run and pass as written (red team zf).
 */
const kernelBirthFs = (type: bigint): boolean => KERNEL_CLOCK_FS.has(type) || type === TMPFS_MAGIC;
const TMPFS_MAGIC = 0x01021994n;

/** What the device of `st` says of birth times ({@link BirthKnown}), asked once per device (see {@link realBirthTime}). */
class BirthTimes {
  private readonly known = new Map<bigint, Promise<boolean>>();
  private readonly kernelStamped = new Map<bigint, Promise<boolean>>();

  constructor(private readonly root: string) {}

  async birthKnown(st: BigIntStats, abs: string): Promise<BirthKnown> {
    if (!(await this.reported(st, abs))) return false;
    return (await remembered(this.kernelStamped, st.dev, () => statfsAsPromise(abs).then((f) => kernelBirthFs(f.type), () => false))) ? true : 'reported';
  }

  private async reported(st: BigIntStats, abs: string): Promise<boolean> {
    if (realBirthTime(st)) return true;
    return remembered(this.known, st.dev, async () => {
      for (const probe of [dirname(abs), this.root]) {
        const p = await stat(probe, { bigint: true }).catch(() => undefined);
        if (p !== undefined && p.dev === st.dev && realBirthTime(p)) return true;
      }
      return false;
    });
  }
}

/**
 * What the command wrote: a file matching a glob counts when it is new or changed (another inode, another change
 * time), its change time is not older than `since` (the command's start: {@link changeTimeNow}'s `atOrAbove`), and
 * either its file times prove a write ({@link placementOf}) or its own date puts it in this run ({@link datedInItsRun},
 * when `run` is given). The rest was put in place: `placed`, with why.
 */
export async function compareWrites(root: string, globs: readonly string[], outputDir: string, before: WriteSnapshot, since: bigint, run?: WriterRun): Promise<WriteOutcome> {
  const unwritten: string[] = [];
  const leftovers = new Set<Identity>();
  const files = new Set<string>();
  const placed = new Map<Identity, Placement>();
  const judged = new Map<Identity, Placement | undefined | null>();
  const births = new BirthTimes(root);
  for (const glob of globs) {
    const after = await snapshotWrites(root, [glob], outputDir);
    let written = false;
    for (const [rel, id] of after) {
      if (before.get(rel) === id || changedBefore(id, since)) {
        leftovers.add(id);
        continue;
      }
      let placement = judged.get(id);
      if (!judged.has(id)) {
        const here = inodeOfIdentity(before.get(rel)) === inodeOfIdentity(id);
        placement = await placementAt(join(root, rel), id, here ? { here, size: before.sizes.get(rel) } : { here }, since, births, run);
        judged.set(id, placement);
      }
      if (placement === null) continue;
      if (placement !== undefined) {
        placed.set(id, placement);
        continue;
      }
      written = true;
      files.add(id.slice(0, id.lastIndexOf(':')));
    }
    if (!written) unwritten.push(glob);
  }
  return { unwritten, leftovers: [...leftovers], written: [...files], placed: [...placed].map(([id, placement]) => ({ id, placement })) };
}

const inodeOfIdentity = (id: Identity | undefined): string | undefined => id?.slice(0, id.lastIndexOf(':'));

/**
 * {@link placementOf} the file at `abs` when it is still `id`, unless its own date proves it was produced in this run.
 * A file that changed again since it was listed (something still writes it) is judged as it is now; one gone since
 * (null) is neither written nor placed.
 */
async function placementAt(abs: string, id: Identity, before: Before, since: bigint, births: BirthTimes, run: WriterRun | undefined): Promise<Placement | undefined | null> {
  const st = await stat(abs, { bigint: true }).catch(() => undefined);
  if (st === undefined || !st.isFile()) return null;
  const still = `${st.dev}:${st.ino}` === inodeOfIdentity(id);
  const placement = placementOf(st, still ? before : { here: false }, await births.birthKnown(st, abs), since);
  if (placement === undefined || (run !== undefined && (await datedInItsRun(abs, run)))) return undefined;
  return placement;
}

/**
 * The run's record of declared outputs that are not this run's whole evidence: files a declared writer left
 * untouched (an earlier run's output), and whatever a writer that was stopped (it timed out or crashed) declares:
 * its command may have cut a file anywhere (a JSONL cut at a line end still parses), and may write on while it dies.
 */
export class LeftoverRegistry {
  private readonly owners = new Map<Identity, { gate: string; placement?: Placement }>();
  readonly stopped: { writer: DeclaredWriter; reason: string }[] = [];
  /**
   * Writers that finished and failed (the command exited wrong, left a process behind…), with their reason. Whatever
   * a failed step wrote is not evidence, even when its failure does not fail the run (non-blocking, waived, relaxed
   * by rollback): a test runner that crashed half-way may already have written a report that says "pass".
   */
  readonly failed: { writer: DeclaredWriter; reason: string }[] = [];
  /**
   * When each command gate that failed or was cut short ran, on the change-time clock ({@link changeTimeNow}), and
   * why it is not evidence: a file changed inside such a window was written by that step — or beside it — whatever it
   * declares, `writes` or nothing.
   */
  readonly failedWindows: { gate: string; why: string; from: bigint; to: bigint }[] = [];

  /**
   * The files each declared writer wrote in this run (device and inode), with when that writer started on the run's
   * clock: what it wrote is this run's output, so it cannot be dated before the writer started (see {@link datedBeforeItsWriter}).
   */
  readonly written = new Map<string, { gate: string; startedAt: Date }>();

  add(gateId: string, leftovers: readonly Identity[], placed: WriteOutcome['placed'] = []): void {
    for (const id of leftovers) if (!this.owners.has(id)) this.owners.set(id, { gate: gateId });
    for (const { id, placement } of placed) if (!this.owners.has(id)) this.owners.set(id, { gate: gateId, placement });
  }

  addWritten(gateId: string, startedAt: Date, files: readonly string[]): void {
    for (const file of files) this.written.set(file, { gate: gateId, startedAt });
  }

  /**
   * The gate that should have written the file at `abs`, when it is a leftover (with how the command put it in place
   * instead, when it did); costs a stat only once something was left.
   */
  async writerOf(abs: string): Promise<{ gate: string; placement?: Placement } | undefined> {
    if (this.owners.size === 0) return undefined;
    const id = await identityOf(abs);
    return id === undefined ? undefined : this.owners.get(id);
  }
}

/** A read of a file a declared writer left untouched, or that a stopped or failed writer declares, fails `stale`, naming the writer. */
export async function refuseLeftover(leftovers: LeftoverRegistry, root: string, path: string, lookup: WriterLookup): Promise<void> {
  const [cut] = await lookup.reached(leftovers.stopped.map((s) => s.writer), path);
  if (cut !== undefined) {
    const reason = leftovers.stopped.find((s) => s.writer === cut)?.reason ?? 'it did not finish';
    throw new ArtifactError('stale', `${path} is declared by gate ${cut.id}, which was stopped before it finished (${reason}): a write cut short is not evidence`, {
      path,
      expected: `${path} written to its end by gate ${cut.id}`,
      actual: `gate ${cut.id} did not finish: ${reason}`,
      fix: `make gate ${cut.id} finish its work before it exits, within its timeout (its logs show how far it got): wait for the processes its command starts, then re-run`,
    });
  }
  const left = await leftovers.writerOf(join(root, path));
  if (left?.placement !== undefined) throw placedError(path, left.gate, left.placement);
  const writer = left?.gate;
  if (writer !== undefined) {
    throw new ArtifactError('stale', `${path} is an earlier run's output: gate ${writer} declares that it writes it, but did not write it in this run`, {
      path,
      expected: `${path} written by gate ${writer} in this run`,
      actual: 'the file as it was before the command started (same inode and change time)',
      fix: `make the command of gate ${writer} write ${path} every run (a skipped or cached step leaves the old file), or remove it from that gate's writes`,
    });
  }
  const [failed] = await lookup.reached(leftovers.failed.map((f) => f.writer), path);
  if (failed === undefined) return refuseWrittenWhileFailing(leftovers, root, path);
  const reason = leftovers.failed.find((f) => f.writer === failed)?.reason ?? 'fail';
  throw new ArtifactError('stale', `${path} is declared by gate ${failed.id}, which failed (${reason}): what a failed step wrote is not evidence`, {
    path,
    expected: `${path} written by gate ${failed.id} in a run it passed`,
    actual: `gate ${failed.id} failed: ${reason}`,
    fix: `fix gate ${failed.id} first (its logs say why it failed), then re-run; if a non-zero exit is how its command reports a complete result for a reader to judge (pytest exits 1 when tests fail), say which exit is sound: expect_exit, or in a shell string \`cmd || test $? -eq 1\``,
  });
}

/** An instant of a file time, for a message. */
const isoOfNs = (ns: bigint): string => new Date(Number(ns / 1_000_000n)).toISOString();

/** What a placed declared write's file times say, and what that makes it (red teams yc, zb). */
function placementText(placement: Placement, writer: string): { said: string; actual: string } {
  switch (placement.how) {
    case 'older': {
      const modified = isoOfNs(placement.modifiedNs);
      return {
        said: `its bytes were last modified at ${modified}, before that gate started, and it records no production date in that gate's run: the command put an older file in place (a hard link or move of a cached report, a copy or cache restore keeping its time, a chmod, touch -a, touch -d or touch -r of the old one), it did not write it`,
        actual: `last modified ${modified}, before gate ${writer} started`,
      };
    }
    case 'ahead': {
      const modified = isoOfNs(placement.modifiedNs);
      return {
        said: `its modification time, ${modified}, is set ahead of the moment the file last changed (${isoOfNs(placement.changedNs)}): a write stamps both with the clock, so a touch or utimes set it — an older file put in place and touched, not written`,
        actual: `modified ${modified}, ahead of its last change at ${isoOfNs(placement.changedNs)}`,
      };
    }
    case 'linked': {
      const born = placement.bornNs === undefined ? 'nothing shows it was created in this run' : `it existed before that gate started (created ${isoOfNs(placement.bornNs)})`;
      return {
        said: `the file has ${placement.links} names and ${born}: a hard link to an older file (a cache's), touched or not, is not a write`,
        actual: `${placement.links} hard links; ${born}`,
      };
    }
    case 'moved':
      return {
        said: `the file existed before that gate started (created ${isoOfNs(placement.bornNs)}) under another name: it was moved or linked into place, and its times touched, not written`,
        actual: `created ${isoOfNs(placement.bornNs)}, before gate ${writer} started, elsewhere`,
      };
  }
}

/** A read of a declared write its writer put in place instead of writing it (red teams yc, zb). */
function placedError(path: string, writer: string, placement: Placement): ArtifactError {
  const { said, actual } = placementText(placement, writer);
  return new ArtifactError('stale', `${path} is an earlier run's output: gate ${writer} declares that it writes it, but ${said}`, {
    path,
    expected: `${path} written by gate ${writer} in this run`,
    actual,
    fix: `make the command of gate ${writer} write ${path} every run (turn off the cache replay, copy or link that restores it), or remove it from that gate's writes if the command only fetches an earlier run's evidence; a report that records when it was produced (generated_at) is taken as written in this run when that date falls in it, whatever its file times say (a build that dates its files back)`,
  });
}

/** A read of a file last changed while a command gate ran that failed or was cut short: what that step wrote, declared or not. */
async function refuseWrittenWhileFailing(leftovers: LeftoverRegistry, root: string, path: string): Promise<void> {
  const window = await failedWindowOf(leftovers, root, path);
  if (window !== undefined) throw writtenWhileFailing(path, window);
}

type FailedWindow = LeftoverRegistry['failedWindows'][number];

/**
 * The run of a command that failed or was cut short during which the file at `path` was last changed — or a link on
 * the way to it was (re)made: a failed step that pointed `reports/status.json` or `latest` at a cached or earlier run's
 * report changed which file the name reads, though that file is older than the step (red team hb).
 */
export async function failedWindowOf(leftovers: LeftoverRegistry, root: string, path: string): Promise<FailedWindow | undefined> {
  if (leftovers.failedWindows.length === 0) return undefined;
  const ctime = await changeTimeOf(join(root, path));
  if (ctime === undefined) return undefined;
  const times = [ctime, ...(await linkChangeTimes(root, path))];
  return leftovers.failedWindows.find((w) => times.some((t) => t >= w.from && t < w.to));
}

/**
 * What one end-of-run check has looked up, shared across its files: the lstat of each path on the way (directories
 * and links are common to thousands of files of a scanned tree), real paths, and each device's filesystem kind.
 * It lives for one check only, taken after every gate is done, so nothing it remembers outlives the moment it judges.
 */
export class ChangeTimeMemo {
  private readonly resolved = new Map<string, Promise<string>>();
  private readonly stats = new Map<string, Promise<BigIntStats | undefined>>();
  private readonly lstats = new Map<string, Promise<BigIntStats | undefined>>();
  private readonly reals = new Map<string, Promise<string>>();
  private readonly kinds = new Map<bigint, Promise<boolean>>();

  constructor(readonly root: string) {}

  /** Where `rel` leads under the root ({@link resolveInside}); rejects as it does. */
  resolve(rel: string): Promise<string> {
    return remembered(this.resolved, rel, () => resolveInside(this.root, rel).then((r) => r.abs));
  }

  stat(abs: string): Promise<BigIntStats | undefined> {
    return remembered(this.stats, abs, async () => tried(() => statNow(abs, { bigint: true })));
  }

  lstat(p: string): Promise<BigIntStats | undefined> {
    return remembered(this.lstats, p, async () => tried(() => lstatNow(p, { bigint: true })));
  }

  /** What makes two names one file: the device and inode the name leads to (as {@link fileIdentity} gives it). */
  async identity(rel: string): Promise<string | undefined> {
    const st = await this.resolve(rel).then((abs) => this.stat(abs), () => undefined);
    return st === undefined ? undefined : `${st.dev}:${st.ino}`;
  }

  realpath(p: string): Promise<string> {
    return remembered(this.reals, p, async () => realpathNow(p));
  }

  /** {@link onKernelClock} of the file at `abs`, asked once per device: one device is one filesystem. */
  onKernelClock(abs: string, dev: bigint): Promise<boolean> {
    return remembered(this.kinds, dev, () => onKernelClock(abs));
  }
}

/**
 * Whether each file the gates read had been written during this run when they read it: its change and modification
 * times, taken just before each read (links followed), both at or after the run's start mark, on a filesystem whose
 * change times are the kernel's own. At the run's end a judged file that is gone leaves nothing to stat; a file
 * written by a step of this run before every read of it was this run's evidence, and a later step moving it into an
 * archive or clearing the reports does not make it an earlier run's. A file unchanged since before the run (an
 * earlier run's report a later step cleared and wrote none in place of) is not, nor is one any read found that way.
 */
export class ChangedWhenRead {
  private readonly changed = new Map<string, boolean>();
  private readonly kinds = new Map<bigint, Promise<boolean>>();

  constructor(private readonly root: string, private readonly mark: ChangeTimeMark) {}

  /** Stat `path` (as a gate names it) before a read of it; a path once found unchanged stays so for the run. */
  async note(path: string): Promise<void> {
    const key = lexicalPath(path);
    if (this.changed.get(key) === false) return;
    const abs = join(this.root, key);
    const st = tried(() => statNow(abs, { bigint: true }));
    const written = st !== undefined && st.isFile() && st.ctimeNs >= this.mark.below && st.mtimeNs >= this.mark.below && (await remembered(this.kinds, st.dev, () => onKernelClock(abs)));
    // Reads of one path by gates running at once: a read that found it unchanged is never overwritten by one that did not.
    if (this.changed.get(key) !== false) this.changed.set(key, written);
  }

  /** Whether every read of `path` (as its record names it) found it written during this run. */
  writtenBeforeEveryRead(path: string): boolean {
    return this.changed.get(path) === true;
  }
}

/** `look()`, or undefined when it throws (a name that leads nowhere, or not to a file). */
function tried<T>(look: () => T): T | undefined {
  try {
    return look();
  } catch {
    return undefined;
  }
}

function remembered<K, V>(map: Map<K, Promise<V>>, key: K, look: () => Promise<V>): Promise<V> {
  let found = map.get(key);
  if (found === undefined) {
    found = look();
    map.set(key, found);
  }
  return found;
}

/**
 * Whether the file at `rel` (a regular file of `bytes` bytes, links followed inside `root`), every link on the way to
 * it, `root` itself and every directory below it that holds the file or one of those links, last changed before `mark`: then
 * nothing changed it since, and what was read of it after the mark is what it holds. A directory counts because a
 * rename moves a whole tree of old files under the judged names without touching their change times (`mv ev ev_old
 * && mv ev_next ev`), while the renamed directory's own change time moves (red team he). `memo` shares lookups
 * across the files of one check; `unmapped` (tests) replaces {@link mappedWriteWindow}.
 */
export async function changedBeforeMark(root: string, rel: string, bytes: number, mark: ChangeTimeMark, memo: ChangeTimeMemo = new ChangeTimeMemo(root), unmapped?: bigint): Promise<boolean> {
  try {
    const abs = await memo.resolve(rel);
    const st = await memo.stat(abs);
    const window = unmapped ?? (await mappedWriteWindow());
    if (window === undefined || st === undefined || !st.isFile() || st.size !== BigInt(bytes) || !beforeMark(st.ctimeNs, mark, window)) return false;
    if (!(await memo.onKernelClock(abs, st.dev))) return false;
    const hops: string[] = [];
    if (!(await linkChangeTimes(root, rel, hops, memo)).every((t) => beforeMark(t, mark))) return false;
    const realRoot = await memo.realpath(root);
    // The root's own change time too, and every directory's above it: the root (or a directory above it) moved away
    // for a read and back after it (`mv "$PWD" "$PWD.away"`, a new tree with other bytes judged, then moved back)
    // leaves every file and directory below it with old change times; only the renamed directory's own moves (red
    // team hl). An entry created beside an ancestor during the run moves its change time too: the files are then read
    // again, which costs time, never a verdict.
    for (let dir = realRoot; ; dir = dirname(dir)) {
      const st = await memo.lstat(dir);
      if (st === undefined || !st.isDirectory() || !beforeMark(st.ctimeNs, mark)) return false;
      if (dirname(dir) === dir) break;
    }
    for (const at of [abs, ...hops]) {
      for (const t of await dirChangeTimes(realRoot, at, memo)) if (t === undefined || !beforeMark(t, mark)) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * How long before the mark a file must have last changed for its change time to vouch for it, in ns. A write through
 * a shared mapping moves the change time only when it faults on a clean page; a page a process dirtied through its
 * mapping before the run stays writable, and takes later writes unrecorded, until writeback cleans it (red team he).
 * The kernel writes back a page dirty longer than `dirty_expire_centisecs` at its next `dirty_writeback_centisecs`
 * wake-up; twice that, plus a second. Undefined (no shortcut) where that is not known or writeback is off.
 */
const mappedWriteWindow = (() => {
  let window: Promise<bigint | undefined> | undefined;
  const centis = (name: string) => readFile(`/proc/sys/vm/${name}`, 'utf8').then((t) => (/^\d+$/.test(t.trim()) ? BigInt(t.trim()) : undefined), () => undefined);
  return () =>
    (window ??= Promise.all([centis('dirty_expire_centisecs'), centis('dirty_writeback_centisecs')]).then(([expire, wake]) =>
      expire === undefined || wake === undefined || wake === 0n ? undefined : 2n * (expire + wake) * 10_000_000n + NS_PER_SECOND,
    ));
})();

/**
 * Local disk filesystems whose change times the kernel stamps itself, from its own clock, and whose pages a writeback
 * write-protects again: ext2/3/4, XFS, Btrfs, F2FS, overlayfs (its upper layer's). Not tmpfs/ramfs (a shared mapping
 * writes to them unrecorded for ever), not FUSE (its daemon reports any change time it likes), not NFS/SMB/9p
 * (another machine's clock, cached attributes), nor any other: there the change time vouches for nothing (red team he).
 */
const KERNEL_CLOCK_FS = new Set([0xef53n, 0x58465342n, 0x9123683en, 0xf2f52010n, 0x794c7630n]);

/** Whether the filesystem holding `abs` is one of {@link KERNEL_CLOCK_FS}. */
export async function onKernelClock(abs: string): Promise<boolean> {
  return statfsAsPromise(abs).then((s) => KERNEL_CLOCK_FS.has(s.type), () => false);
}

/**
 * A {@link ChangeTimeMark} for {@link changedBeforeMark}: none (no file is taken as read) when `dir` is on a filesystem
 * whose change times are not the kernel's own clock (a marker on NFS or FUSE could stamp any time).
 */
export async function shortcutMark(dir: string): Promise<ChangeTimeMark | undefined> {
  return (await onKernelClock(dir)) ? changeTimeNow(dir) : undefined;
}

/**
 * The change times of the directories holding `abs` (its directory resolved through links), from the one below
 * `realRoot` down; undefined for one that cannot be read or lies outside `realRoot` (then nothing is vouched for).
 */
async function dirChangeTimes(realRoot: string, abs: string, memo: ChangeTimeMemo): Promise<(bigint | undefined)[]> {
  const dir = await memo.realpath(dirname(abs)).catch(() => undefined);
  if (dir === undefined) return [undefined];
  const inside = relative(realRoot, dir);
  if (inside === '') return [];
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return [undefined];
  const times: (bigint | undefined)[] = [];
  let at = realRoot;
  for (const part of inside.split(sep)) {
    at = join(at, part);
    const st = await memo.lstat(at);
    times.push(st?.isDirectory() === true ? st.ctimeNs : undefined);
  }
  return times;
}

/** A change time that is `by` before the mark even if its filesystem keeps whole seconds (then it may lag its instant). */
const beforeMark = (ctime: bigint, mark: ChangeTimeMark, by = 0n): boolean => ctime + (ctime % NS_PER_SECOND === 0n ? WHOLE_SECONDS_SLACK_NS : 0n) + by < mark.atOrAbove;

/** Links hops a chain may take before the kernel gives up (ELOOP), as Linux counts them. */
const MAX_LINK_HOPS = 40;

/** The change times of the links met on the way from `root` to `rel`: each component that is a link, and the links it leads through. */
async function linkChangeTimes(root: string, rel: string, hops: string[] = [], memo?: ChangeTimeMemo): Promise<bigint[]> {
  const times: bigint[] = [];
  const parts = rel.split(/[\\/]+/).filter((p) => p !== '' && p !== '.');
  let at = root;
  for (const part of parts) {
    at = join(at, part);
    let hop = at;
    for (let i = 0; i < MAX_LINK_HOPS; i++) {
      const st = memo === undefined ? await lstat(hop, { bigint: true }).catch(() => undefined) : await memo.lstat(hop);
      if (st === undefined || !st.isSymbolicLink()) break;
      times.push(st.ctimeNs);
      hops.push(hop);
      const target = await readlink(hop).catch(() => undefined);
      if (target === undefined) break;
      hop = isAbsolute(target) ? target : join(dirname(hop), target);
    }
  }
  return times;
}

export function writtenWhileFailing(path: string, window: FailedWindow): ArtifactError {
  return new ArtifactError('stale', `${path} was written while gate ${window.gate} ran, and ${window.why}: what a step that failed or was cut short wrote is not evidence`, {
    path,
    expected: `${path} written by a step that passed and finished`,
    actual: `changed during gate ${window.gate}: ${window.why}`,
    fix: `fix gate ${window.gate} first (its logs say why it failed; a command must wait for what it starts), then re-run; if a non-zero exit is how its command reports a complete result for a reader to judge (pytest exits 1 when tests fail), say which exit is sound: expect_exit, or in a shell string \`cmd || test $? -eq 1\``,
  });
}

/** dev:ino of the file at `abs` (links followed): the same file, whatever name reaches it. */
async function inodeOf(abs: string): Promise<string | undefined> {
  try {
    const s = await stat(abs, { bigint: true });
    return s.isFile() ? `${s.dev}:${s.ino}` : undefined;
  } catch {
    return undefined;
  }
}

/** `rel` as its real path inside the real root (every symlink followed; a file yet to be written through its real directory). */
async function realRel(root: string, realRoot: Promise<string>, rel: string): Promise<string | undefined> {
  try {
    const abs = await realpathAsPromise(join(root, rel)).catch(async () => join(await realpathAsPromise(join(root, dirname(rel))), basename(rel)));
    const out = relative(await realRoot, abs);
    return out === '' || out === '..' || out.startsWith(`..${sep}`) || isAbsolute(out) ? undefined : out.split(sep).join('/');
  } catch {
    return undefined;
  }
}

/**
 * Which declared writers a gate's access to a path reaches. Globs match names, and a file has many: `x/../r.json`,
 * a symlink to it, a symlinked directory above it, a hard link, another spelling on a case-insensitive disk. So a
 * path reaches a writer when its globs match the path as written (`.`/`..` resolved) or its real path, or when it
 * is the same file (device and inode) as one its globs match now. One lookup per gate run: the inodes of each
 * writer's files are listed once, the first time a name does not settle it.
 */
export class WriterLookup {
  private readonly inodes = new Map<string, Promise<ReadonlySet<string>>>();
  private realRoot: Promise<string> | undefined;

  constructor(private readonly root: string, private readonly outputDir: string) {}

  async reached(candidates: readonly DeclaredWriter[], path: string): Promise<DeclaredWriter[]> {
    if (candidates.length === 0) return [];
    const lexical = posix.normalize(normalizeRel(path));
    if (this.realRoot === undefined) {
      this.realRoot = realpathAsPromise(this.root);
      // Handled at once (it is awaited only after the path's own realpath): a root that cannot be resolved is never an
      // unhandled rejection; each access then goes by its name as written, and the read itself reports the root.
      this.realRoot.catch(() => undefined);
    }
    const real = await realRel(this.root, this.realRoot, lexical);
    const names = real === undefined || real === lexical ? [lexical] : [lexical, real];
    const byName = candidates.filter((w) => names.some((n) => w.matches(n)));
    const rest = candidates.filter((w) => !byName.includes(w));
    if (rest.length === 0) return byName;
    const inode = await inodeOf(join(this.root, lexical));
    if (inode === undefined) return byName;
    const byInode: DeclaredWriter[] = [];
    for (const w of rest) if ((await this.inodesOf(w)).has(inode)) byInode.push(w);
    return [...byName, ...byInode];
  }

  private inodesOf(writer: DeclaredWriter): Promise<ReadonlySet<string>> {
    let found = this.inodes.get(writer.id);
    if (found === undefined) {
      found = (async () => {
        const files = (await Promise.all(writer.globs.map((g) => listGlob(this.root, g, { exclude: [this.outputDir] }).catch(() => [] as string[])))).flat();
        const ids = await Promise.all(files.map((rel) => inodeOf(join(this.root, rel))));
        return new Set(ids.filter((id): id is string => id !== undefined));
      })();
      this.inodes.set(writer.id, found);
    }
    return found;
  }
}

/** A read of what a configured writer this run leaves out declares it writes: an earlier run's file. */
export function refuseAbsentWriter(path: string, writer: string): never {
  throw new ArtifactError('stale', `${path} is written by gate ${writer}, which this run does not include: this gate would judge an earlier run's file`, {
    path,
    expected: `${path} written by gate ${writer} in this run`,
    actual: `gate ${writer} not selected`,
    fix: `select gate ${writer} too (--gate ${writer}), or run every gate`,
  });
}

/** A read of a path a declared writer of this run writes later: what is there now is the previous run's. */
export function refuseBeforeWriter(path: string, writer: string): never {
  throw new ArtifactError('stale', `${path} is read before gate ${writer}, which writes it in this run, has run: this gate would judge the previous run's file`, {
    path,
    expected: `${path} read after gate ${writer} wrote it`,
    actual: `read before gate ${writer} started`,
    fix: `add needs: [${writer}] to this gate (or declare it after ${writer})`,
  });
}

/**
 * A declared write dated before its writer started: the command put an earlier run's report in place (a cache hit
 * replayed — Nx and Turborepo restore a task's outputs —, `cp cache/report.json reports/`, an artifact store restore)
 * instead of producing it. The file is new, so it is no leftover, and its date may still be within `max_age`; but a
 * command that declares it writes a file claims to produce it in this run, and a report that says it was generated
 * (or its run finished) before that command ran was not (red team yc). `moment` is the earliest such date the read
 * bounded by `max_age` found ({@link earliestRunEnd}), with the clock skew `future` allows; a run id or start naming an
 * earlier CI pipeline is left alone (a command may name the pipeline that started it).
 */
export function datedBeforeItsWriter(path: string, moment: DatedMoment, writer: { gate: string; startedAt: Date }, skewMs: number): ArtifactError | undefined {
  if (moment.at >= writer.startedAt.getTime() - skewMs) return undefined;
  const started = writer.startedAt.toISOString();
  return new ArtifactError('stale', `${path} ${moment.pointer} is ${moment.value}, ${formatAge(writer.startedAt.getTime() - moment.at)} before gate ${writer.gate}, which declares that it writes it, started (${started}): the command put an earlier run's report in place (a cache restore or a copy), it did not produce it in this run`, {
    path,
    pointer: moment.pointer,
    expected: `${path} produced by gate ${writer.gate} in this run, at or after ${started}`,
    actual: moment.value,
    fix: `make gate ${writer.gate} produce ${path} every run (turn off the cache replay or copy that restores it), or remove it from that gate's writes if the command only fetches an earlier run's evidence`,
  });
}

export function unwrittenCheck(globs: readonly string[]): CheckResult {
  const list = globs.join(', ');
  return {
    id: 'declared_writes',
    status: 'fail',
    code: 'declared_write_missing',
    message: `the command declares that it writes ${list}, but wrote no such file in this run`,
    expected: `a file matching each of ${list} written during the run`,
    actual: 'nothing written (files left from an earlier run are not this run\'s output)',
    fix: 'make the command write its outputs every run, or correct the gate\'s writes',
  };
}
