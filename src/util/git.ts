import { execFile } from 'node:child_process';
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';

function git(root: string, args: string[], maxBuffer = 16 * 1024 * 1024): Promise<string | undefined> {
  return new Promise((resolvePromise) => {
    execFile('git', ['-C', root, ...args], { timeout: 10_000, maxBuffer }, (error, stdout) => {
      resolvePromise(error ? undefined : stdout);
    });
  });
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
export async function readGitState(root: string): Promise<{ sha: string; dirty: boolean; path: string } | undefined> {
  // Three processes side by side (this runs twice per verify): the commit with where the root sits in the checkout,
  // the status, and the flags `git status` does not show.
  const [place, status, hidden] = await Promise.all([
    git(root, ['rev-parse', '--show-toplevel', '--show-prefix', '--verify', '--quiet', 'HEAD']),
    git(root, ['status', '--porcelain', '--untracked-files=no']),
    hiddenFromStatus(root),
  ]);
  const [top, prefix, sha] = place?.split('\n') ?? [];
  if (top === undefined || top === '' || sha === undefined || !COMMIT.test(sha)) return undefined;
  const path = (prefix ?? '').replace(/\/+$/, '');
  return { sha, dirty: status === undefined || status.trim() !== '' || hidden !== false, path: path === '' ? '.' : path };
}

/**
 * Whether a tracked file present in the worktree is flagged assume-unchanged (`git update-index
 * --assume-unchanged`, a lower-case tag in `ls-files -v`) or skip-worktree (`S`): `git status` reports no
 * change to such a file whatever it holds, so an edited config or waiver file would pass for the commit's.
 * A sparse checkout's skip-worktree files are absent from the worktree and hide nothing. Undefined when git
 * cannot tell (treated as hidden).
 */
async function hiddenFromStatus(root: string): Promise<boolean | undefined> {
  // Without --full-name, the paths of the whole checkout (`:/`) come relative to the root, `../` included.
  const listing = await git(root, ['ls-files', '-v', '-z', '--', ':/'], 512 * 1024 * 1024);
  if (listing === undefined) return undefined;
  for (const entry of listing.split('\0')) {
    const tag = entry.slice(0, 1);
    if (tag === '' || (tag !== 'S' && tag === tag.toUpperCase())) continue;
    if (await exists(resolve(root, entry.slice(2)))) return true;
  }
  return false;
}

const exists = (path: string) => access(path).then(() => true, () => false);

/** Whether git tracks the file (a path inside the checkout, absolute or relative to it); false outside it. */
export async function isTracked(root: string, path: string): Promise<boolean> {
  return (await git(root, ['ls-files', '--error-unmatch', '--', path])) !== undefined;
}
