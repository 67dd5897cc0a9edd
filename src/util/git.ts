import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { access, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { readRegularFile } from './regular-file.js';
import { realpathAsPromise } from './metadata.js';

/**
 * The checkout is the code under review's to configure: a test suite run by a command gate (or an earlier CI step)
 * can `git config` an fsmonitor hook that reports nothing changed, `core.checkStat=minimal` with `core.trustctime=false`
 * so a same-size rewrite with its mtime put back is not looked at, or a `git replace` of HEAD by a commit holding
 * the edited files. Each made `git status` call an edited tree clean; these settings are pinned to git's defaults.
 */
const PINNED_SETTINGS = ['--no-replace-objects', '-c', 'core.fsmonitor=false', '-c', 'core.checkStat=default', '-c', 'core.trustctime=true', '-c', 'core.ignoreStat=false'];

/**
 * What git and the programs a repository configures it to run (filters, hooks) get from the engine's environment:
 * what git needs to find its configuration, never the engine's secrets (the signing key) or the CI's tokens.
 */
function gitEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const keep = (name: string) => /^(?:GIT_.*|LC_.*|PATH|HOME|USERPROFILE|HOMEDRIVE|HOMEPATH|SYSTEMROOT|TMPDIR|TEMP|TMP|XDG_CONFIG_HOME|LANG|LANGUAGE|TZ)$/i.test(name);
  return Object.fromEntries(Object.entries(env).filter(([name]) => keep(name)));
}

function git(root: string, args: string[], maxBuffer = 16 * 1024 * 1024, env: NodeJS.ProcessEnv = {}, timeout = 10_000): Promise<string | undefined> {
  return new Promise((resolvePromise) => {
    execFile('git', [...PINNED_SETTINGS, '-C', root, ...args], { timeout, maxBuffer, env: { ...gitEnvironment(process.env), ...env } }, (error, stdout) => {
      resolvePromise(error ? undefined : stdout);
    });
  });
}

/**
 * A command of a batch: git's arguments, or the status of the root's subtree against a fresh index holding HEAD's
 * files (`subtreeStatus`, the status's arguments; the index is the engine's file `freshIndex`, never one a caller or
 * a CI step named, and no hook runs on its writes).
 */
type BatchCommand = readonly string[] | SubtreeStatus;
type SubtreeStatus = { readonly freshIndex: string; readonly subtreeStatus: readonly string[]; readonly timeout: number };

const NO_HOOKS = ['-c', 'core.hooksPath=/dev/null'];

/**
 * Several git commands in one process: a `/bin/sh` that runs them side by side and prints their outputs in order. A
 * fork copies the parent's page tables, so each process a large engine (a 100× tree, a test worker) starts costs it
 * tens of milliseconds; the shell, small, starts the git processes instead, in parallel (a checkout of 10k files
 * takes git ~150 ms per status or index read, and a run reads its state twice). Each output ends at a line carrying a
 * marker no repository can predict and the command's exit status; an output that is not complete (a timeout, a
 * killed shell, a job whose status was not written) is undefined. Without /bin/sh (Windows), each command runs on its
 * own.
 */
async function gitBatch(root: string, commands: readonly BatchCommand[], maxBuffer = 16 * 1024 * 1024, jobs?: string): Promise<(string | undefined)[]> {
  if (process.platform === 'win32') return Promise.all(commands.map((c) => (isSubtreeStatus(c) ? subtreeStatusAlone(root, c, maxBuffer) : git(root, [...c], maxBuffer))));
  const marker = `ge-${randomBytes(16).toString('hex')}`;
  const quote = (a: string) => `'${a.replaceAll("'", "'\\''")}'`;
  const pinned = PINNED_SETTINGS.map(quote).join(' ');
  const line = (args: readonly string[], env = '') => `${env}git ${pinned} -C "$1" ${args.map(quote).join(' ')}`;
  const run = (c: BatchCommand) => {
    if (!isSubtreeStatus(c)) return line(c);
    const fresh = `GIT_INDEX_FILE=${quote(c.freshIndex)} `;
    // The fresh index holds only the root's subtree (`HEAD:./` from the root, under its prefix): reading the whole
    // of HEAD costs a large checkout's index write for files the status below never looks at. A root HEAD does not
    // hold has no committed file to differ from (an empty index), as with the whole of HEAD read; a tree HEAD holds
    // that cannot be read is no proof (the chain fails). The tree is the commit the batch's first command read
    // (`$h`), not HEAD read again: a commit of the edit made meanwhile moves HEAD, and the status would compare the
    // worktree with it while the state names the commit read before. The prefix is the one the first command read
    // (`$p`, see sideBySide); git is asked again only when that output cannot be split into its lines (a path holding
    // a line break, which leaves the state unknown anyway: readGitState cannot split them either).
    const tree = (args: readonly string[], env = '') => line(args, env).replace("'TREE'", '"$h:./"');
    const prefix = `{ [ "$q" = 1 ] || p=$(${line(['rev-parse', '--show-prefix'])}); }`;
    const subtree = `${tree([...NO_HOOKS, 'read-tree', '--prefix=PREFIX', 'TREE'], fresh).replace("'--prefix=PREFIX'", '--prefix="$p"')} 2>/dev/null`;
    const empty = `{ ! ${tree(['rev-parse', '--verify', '--quiet', 'TREE'])} >/dev/null && ${line([...NO_HOOKS, 'read-tree', '--empty'], fresh)}; }`;
    return `${prefix} && { ${subtree} || ${empty}; } && ${line([...NO_HOOKS, ...c.subtreeStatus], fresh)}`;
  };
  const timeout = commands.reduce((sum, c) => sum + (isSubtreeStatus(c) ? c.timeout : 10_000), 0);
  return jobs === undefined ? inOrder(root, commands.map(run), marker, maxBuffer, timeout) : sideBySide(root, commands.map(run), marker, maxBuffer, jobs, timeout);
}

/** Splits a batch's standard output at its marker lines: each command's output when its status is 0. */
function outputsOf(stdout: string, marker: string, count: number): (string | undefined)[] {
  const parts = stdout.split(`\n${marker} `);
  return Array.from({ length: count }, (_, k) => {
    const status = parts[k + 1]?.match(/^(\d+)\n/);
    // The line before an output is the previous command's status, whatever it reads.
    const output = k === 0 ? parts[0] : parts[k]?.replace(/^[^\n]*\n/, '');
    return status?.[1] === '0' && output !== undefined ? output : undefined;
  });
}

function shell(root: string, script: string, args: readonly string[], timeout: number, maxBuffer: number): Promise<string | undefined> {
  return new Promise((resolvePromise) => {
    execFile('/bin/sh', ['-c', script, 'sh', root, ...args], { timeout, maxBuffer, env: gitEnvironment(process.env) }, (error, stdout) => resolvePromise(error ? undefined : stdout));
  });
}

/** The commands one after the other, each output followed by its marker line. */
async function inOrder(root: string, lines: readonly string[], marker: string, maxBuffer: number, timeout: number): Promise<(string | undefined)[]> {
  const script = lines.map((l) => `${l}; printf '\\n%s %d\\n' "$2" "$?"`).join('\n');
  const stdout = await shell(root, script, [marker], timeout, maxBuffer);
  return stdout === undefined ? lines.map(() => undefined) : outputsOf(stdout, marker, lines.length);
}

/**
 * A batch with a jobs directory (`$3`): its first command decides. When it fails, the others' outputs cannot matter
 * and the shell starts none of them (a root outside any checkout — every test fixture — paid for five git processes
 * per read that found nothing). The others then run side by side, each into its own file of the jobs directory,
 * which the shell makes only then: a run outside any checkout creates nothing in the temporary directory, whose
 * change time vouches for the files read under it (`changedBeforeMark`). The engine reads the jobs' files itself once
 * the shell has waited for them all and printed a last marker line (a `cat` per output and per status cost a process
 * each, a tenth of a run's CPU in a small checkout); a job whose status was not written (killed) is unknown, and so is
 * every output when the shell did not reach its last line (the directory not made, the shell killed).
 */
async function sideBySide(root: string, lines: readonly string[], marker: string, maxBuffer: number, jobs: string, timeout: number): Promise<(string | undefined)[]> {
  const [first, ...rest] = lines;
  // Its output is kept (`$o`) so the others can name what it read: its last line (`$h`, the commit) and, when it is
  // exactly five lines (no path in it holds a line break), its second (`$p`, the root's prefix; `$q` says it was
  // read). `$(…)` drops the output's final newlines, given back by printf (the output ends at the commit's line).
  const prefix = 'q=0; r=${o#*"\n"}; case $r in *"\n"*"\n"*"\n"*"\n"*) ;; *"\n"*"\n"*"\n"*) p=${r%%"\n"*}; q=1 ;; esac';
  const started = rest.map((line, i) => `{ ${line}; echo $? > "$3/${i + 1}.s"; } > "$3/${i + 1}" &`);
  const script = [`o=$(${first}); s=$?; printf '%s\\n\\n%s %d\\n' "$o" "$2" "$s"; [ "$s" -eq 0 ] || exit 0`, 'h=${o##*\n}', prefix, 'mkdir -m 700 "$3" || exit 0', ...started, 'wait', `printf '\\n%s done\\n' "$2"`].join('\n');
  const stdout = await shell(root, script, [marker, jobs], timeout, maxBuffer);
  const [head] = stdout === undefined ? [undefined] : outputsOf(stdout, marker, 1);
  if (stdout === undefined || !stdout.endsWith(`\n${marker} done\n`)) return [head, ...rest.map(() => undefined)];
  const read = (name: string) => readRegularFile(join(jobs, name)).catch(() => undefined);
  const outputs = await Promise.all(rest.map(async (_, i) => ({ status: await read(`${i + 1}.s`), output: await read(`${i + 1}`) })));
  // The outputs came through a pipe, whose limit held them all: beyond it, nothing is known (as for a shell killed at it).
  if (outputs.reduce((sum, o) => sum + (o.output?.length ?? 0), Buffer.byteLength(stdout)) > maxBuffer) return lines.map(() => undefined);
  return [head, ...outputs.map(({ status, output }) => (status?.toString('utf8').replace(/\n+$/, '') === '0' && output !== undefined ? output.toString('utf8') : undefined))];
}

const isSubtreeStatus = (c: BatchCommand): c is SubtreeStatus => 'subtreeStatus' in c;

async function subtreeStatusAlone(root: string, c: SubtreeStatus, maxBuffer: number): Promise<string | undefined> {
  const env = { GIT_INDEX_FILE: c.freshIndex };
  if ((await mkdir(dirname(c.freshIndex), { recursive: true, mode: 0o700 }).then(() => true, () => false)) === false) return undefined;
  if ((await git(root, [...NO_HOOKS, 'read-tree', 'HEAD'], maxBuffer, env, c.timeout)) === undefined) return undefined;
  return git(root, [...NO_HOOKS, ...c.subtreeStatus], maxBuffer, env, c.timeout);
}

const COMMIT = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

export async function readGitHead(root: string): Promise<string | undefined> {
  const sha = (await git(root, ['rev-parse', '--verify', '--quiet', 'HEAD']))?.trim();
  return sha !== undefined && COMMIT.test(sha) ? sha : undefined;
}

/**
 * The commit the evidence describes. Only tracked files count as "dirty": the engine's own
 * untracked outputs must not make a second identical run look different. Clean is a claim that must be
 * proved: a status git could not give (a corrupt index) is dirty, not "no changes", and so is a tracked file
 * whose changes `git status` was told not to look at.
 */
export type GitState = { sha: string; dirty: boolean; path: string; settings: string } | undefined;

export async function readGitState(root: string): Promise<GitState> {
  // One process (this runs twice per verify): the commit with where the root sits in the checkout and the files that
  // decide how git compares, the status, the flags `git status` does not show, the settings it was read under, and
  // the root's files compared by content with HEAD's (`contentStatus`). The jobs directory holds the side-by-side
  // outputs and the fresh index.
  const jobs = join(tmpdir(), `gate-engine-git-${randomBytes(12).toString('hex')}`);
  try {
    const [place, status, listing, config, replaced, contentStatus] = await gitBatch(
      root,
      [
        ['rev-parse', '--show-toplevel', '--show-prefix', '--git-path', 'info/attributes', '--git-path', 'info/grafts', '--verify', '--quiet', 'HEAD'],
        // `--ignore-submodules=untracked` overrides `submodule.<name>.ignore` and `diff.ignoreSubmodules` (the
        // configuration's or `.gitmodules`'): `all` made an edited file in a submodule under the root no change.
        ['status', '--porcelain', '--untracked-files=no', '--ignore-submodules=untracked'],
        // Without --full-name, the paths of the whole checkout (`:/`) come relative to the root, `../` included.
        ['ls-files', '-v', '-z', '--full-name', '--', ':/'],
        ['config', '--list', '--show-origin', '-z'],
        ['for-each-ref', 'refs/replace/'],
        // `.` is the root's subtree; porcelain paths are relative to the top level whatever the working directory.
        // The fresh index is the engine's, never the one a caller or a CI step named; no hook runs on its writes.
        { freshIndex: join(jobs, 'index'), subtreeStatus: ['status', '--porcelain', '-z', '--untracked-files=no', '--ignore-submodules=untracked', '--no-renames', '--', '.'], timeout: CONTENT_PROOF_TIMEOUT_MS },
      ],
      512 * 1024 * 1024,
      jobs,
    );
    const [top, prefix, attributes, grafts, sha] = place?.split('\n') ?? [];
    if (top === undefined || top === '' || sha === undefined || !COMMIT.test(sha)) return undefined;
    const paths = attributes === undefined || grafts === undefined ? undefined : `${attributes}\n${grafts}`;
    const skipped = listing === undefined ? undefined : skipWorktreePaths(listing);
    const sparse = config !== undefined && sparseCheckoutOn(config) ? skipped : undefined;
    const [hidden, settings, differs] = await Promise.all([hiddenFromStatus(top, listing), statusSettings(root, config, replaced, paths, skipped), differsFromCommit(top, sparse, contentStatus)]);
    const path = (prefix ?? '').replace(/\/+$/, '');
    const unproved = status === undefined || status.trim() !== '' || hidden !== false || differs !== false || settings.untrackedFilter || !(await worktreeHolds(top, root));
    return { sha, dirty: unproved, path: path === '' ? '.' : path, settings: settings.digest };
  } finally {
    // A temporary directory that is not one (a file) made nothing to remove, and must not turn the state into a throw.
    await rm(jobs, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * Whether the worktree git compares is the one the root is in: `core.worktree` pointed at a clean copy elsewhere
 * makes `git status` describe that copy, whatever the root holds.
 */
async function worktreeHolds(top: string, root: string): Promise<boolean> {
  const [realTop, realRoot] = await Promise.all([realpathAsPromise(top).catch(() => top), realpathAsPromise(root).catch(() => undefined)]);
  if (realRoot === undefined) return false;
  const rel = relative(realTop, realRoot);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Configuration that decides which files `git status` compares, and how (filters, worktree, sparse checkout, which
 * submodules it ignores…); not what a build may set honestly during a run (a submodule's url, user.email).
 */
const STATUS_SECTIONS = /^(?:(?:core|filter|status|index|extensions|feature|attr|fsmonitor)\.|submodule\..*\.ignore\n|diff\.ignoresubmodules\n)/i;

/**
 * A digest of what decides what `git status` reports beyond the pinned settings: the configuration of those
 * sections in every scope, the replace refs and grafts, and the repository's own attributes file (which names a
 * filter whose clean step can turn edited bytes back into the commit's). A run during which it changed did not read
 * its two states the same way: see `sameCheckoutThroughout` (src/verify/run.ts). `untrackedFilter`: that attributes
 * file, which no commit holds, gives files a filter, so what status compares is not the bytes the gates read.
 */
async function statusSettings(root: string, config: string | undefined, replaced: string | undefined, paths: string | undefined, skipped: readonly string[] | undefined): Promise<{ digest: string; untrackedFilter: boolean }> {
  // `-z` lists each entry as its origin, then its key and value.
  const parts = (config ?? '').split('\0');
  const entries = config === undefined ? ['unreadable'] : [];
  for (let i = 0; i + 1 < parts.length; i += 2) if (STATUS_SECTIONS.test(parts[i + 1] as string)) entries.push(`${parts[i]}\0${parts[i + 1]}`);
  const files = await Promise.all((paths ?? '').split('\n').filter((p) => p !== '').map((p) => readRegularFile(resolve(root, p)).then((b) => b.toString('utf8'), () => '')));
  // The skip-worktree entries too: a file flagged during the run (then deleted) leaves the config as it was.
  const digest = createHash('sha256').update(JSON.stringify([entries, replaced ?? 'unreadable', paths === undefined ? 'unreadable' : files, skipped ?? 'unreadable'])).digest('hex');
  const attributes = files[0] ?? '';
  return { digest, untrackedFilter: attributes.split('\n').some((line) => !line.trimStart().startsWith('#') && /(?:^|\s)filter(?:=|\s|$)/.test(line)) };
}

/**
 * Whether a tracked file present in the worktree is flagged assume-unchanged (`git update-index
 * --assume-unchanged`, a lower-case tag in `ls-files -v`) or skip-worktree (`S`): `git status` reports no
 * change to such a file whatever it holds, so an edited config or waiver file would pass for the commit's.
 * A sparse checkout's skip-worktree files are absent from the worktree and hide nothing. Undefined when git
 * cannot tell (treated as hidden).
 */
async function hiddenFromStatus(top: string, listing: string | undefined): Promise<boolean | undefined> {
  if (listing === undefined) return undefined;
  // Tags are one ASCII letter (or `?`): the flagged entries are found without splitting a listing of the whole checkout.
  for (const [, path] of listing.matchAll(FLAGGED_ENTRY)) if (await exists(resolve(top, path as string))) return true;
  return false;
}

/**
 * Whether the worktree's tracked files differ from HEAD's by their bytes. `git status` trusts the index's stat data:
 * an index written to hold HEAD's blob beside the stat data of an edited file (a few bytes patched, or a whole
 * `GIT_INDEX_FILE` a CI step prepared) makes it skip the file, and an edited tree reads as clean. A fresh index read
 * from HEAD has no stat data to trust, so every file is compared by content (`contentStatus`: the status against it).
 * A file the real index leaves out of a sparse checkout (skip-worktree, `sparse`: undefined when no sparse checkout is
 * configured) and that is absent is no difference. The flag alone is no sparse checkout: `git update-index
 * --skip-worktree` on a tracked test, then its deletion, left the run's files without it and git silent. Only the
 * root's files are hashed: they are what the run reads, and a root in a subdirectory of a large repository (the demo
 * in this one) need not hash the rest on every run; the rest is still judged by `git status`. Undefined when git
 * cannot tell.
 */
async function differsFromCommit(top: string, skipped: readonly string[] | undefined, contentStatus: string | undefined): Promise<boolean | undefined> {
  if (contentStatus === undefined) return undefined;
  const sparse = new Set(skipped);
  for (const entry of contentStatus.split('\0')) {
    if (entry === '') continue;
    const path = entry.slice(3);
    if (entry.slice(0, 2) === ' D' && sparse.has(path) && !(await exists(resolve(top, path)))) continue;
    return true;
  }
  return false;
}

/** Time for git to hash the tracked files under a root (a few GB at git's hashing speed). */
const CONTENT_PROOF_TIMEOUT_MS = 300_000;

/** An entry of `ls-files -v -z` tagged `S` (skip-worktree), with its path. */
const SKIP_WORKTREE_ENTRY = /(?:^|\0)S ([^\0]*)/g;

const skipWorktreePaths = (listing: string): string[] => [...listing.matchAll(SKIP_WORKTREE_ENTRY)].map((m) => m[1] as string);

/**
 * Whether git reads the checkout as sparse (`core.sparseCheckout`, the last value of `config --list -z` winning, a
 * key without a value being true). A spelling of true this does not know reads as not sparse: dirty, never excused.
 */
function sparseCheckoutOn(config: string): boolean {
  let on = false;
  for (const entry of config.split('\0')) {
    const [key, value] = entry.split('\n', 2);
    if (key?.toLowerCase() === 'core.sparsecheckout') on = value === undefined || /^(?:true|yes|on|1)$/i.test(value);
  }
  return on;
}

/** An entry of `ls-files -v -z` tagged lower case (assume-unchanged) or `S` (skip-worktree), with its path. */
const FLAGGED_ENTRY = /(?:^|\0)(?:[a-z]|S) ([^\0]*)/g;

const exists = (path: string) => access(path).then(() => true, () => false);

/**
 * Whether git tracks the file (a path inside the checkout, absolute or relative to it) and what it holds: false
 * outside it. A tracked link (or a path through a tracked directory link) is only the link's text in the commit: the
 * bytes read are the target's, so the target must be tracked too, or an untracked file (ignored, outside the
 * checkout) decides what the commit's config or waivers say. And it must hold HEAD's bytes: the content proof of
 * `readGitState` hashes only the root's subtree, and a config, plugin or waiver file outside it (`--config ../x.yaml`)
 * is otherwise judged by `git status` alone, which trusts an index entry holding the committed blob beside the edited
 * file's stat data.
 */
export async function isTracked(root: string, path: string): Promise<boolean> {
  const abs = resolve(root, path);
  const real = await realpathAsPromise(abs).catch(() => undefined);
  if (real === undefined) return false;
  const realRoot = await realpathAsPromise(root).catch(() => root);
  const linked = real !== abs && real !== resolve(realRoot, relative(root, abs));
  const rel = relative(realRoot, real).split(sep).join('/');
  // One process: whether git tracks the path (and what it leads to), and the committed and present blobs of its bytes.
  const outputs = await gitBatch(root, [
    ['ls-files', '--error-unmatch', '--', path],
    ...(linked ? [['ls-files', '--error-unmatch', '--', real]] : []),
    ['rev-parse', '--verify', '--quiet', `HEAD:./${rel}`],
    ['-c', 'core.hooksPath=/dev/null', 'hash-object', '--', real],
  ]);
  const [committed, now] = outputs.slice(-2);
  return outputs.every((o) => o !== undefined) && committed?.trim() === now?.trim();
}
