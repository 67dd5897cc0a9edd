import { execFile } from 'node:child_process';

function git(root: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolvePromise) => {
    execFile('git', ['-C', root, ...args], { timeout: 10_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => {
      resolvePromise(error ? undefined : stdout);
    });
  });
}

export async function readGitHead(root: string): Promise<string | undefined> {
  const sha = (await git(root, ['rev-parse', '--verify', '--quiet', 'HEAD']))?.trim();
  return sha && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha) ? sha : undefined;
}

/**
 * The commit the evidence describes. Only tracked files count as "dirty": the engine's own
 * untracked outputs must not make a second identical run look different.
 */
export async function readGitState(root: string): Promise<{ sha: string; dirty: boolean } | undefined> {
  const sha = await readGitHead(root);
  if (sha === undefined) return undefined;
  const status = await git(root, ['status', '--porcelain', '--untracked-files=no']);
  if (status === undefined) return undefined;
  return { sha, dirty: status.trim() !== '' };
}

/** Whether git tracks the file (a path inside the checkout, absolute or relative to it); false outside it. */
export async function isTracked(root: string, path: string): Promise<boolean> {
  return (await git(root, ['ls-files', '--error-unmatch', '--', path])) !== undefined;
}
