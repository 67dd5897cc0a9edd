import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './fs.js';

export const BIN = join(REPO_ROOT, 'dist', 'src', 'cli', 'gate-engine.cjs');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The real CLI in a child process, as users and CI run it. */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  // A child ended by a signal or the timeout has no status: say which, with its output, instead of a bare `null`
  // in an exit-code assertion (a rare end of this kind under load has never been explained).
  if (result.status === null) {
    const tail = (text: string | null) => (text ?? '').slice(-2000);
    throw new Error(
      `gate-engine ${args.join(' ')}: ended by ${result.signal ?? 'no signal'}${result.error ? ` (${result.error.message})` : ''}\n` +
        `--- stderr ---\n${tail(result.stderr)}\n--- stdout ---\n${tail(result.stdout)}`,
    );
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The CLI's own entry (src/cli/main-run.ts, which the binary wraps in two lines) in this process: the same arguments,
 * exit codes, stdout and stderr, without a Node start and a bundle load per run (~0.3 CPU-s of the ~0.7 of a verify
 * in a small checkout). For tests whose subject is what a command decides, not the process it runs in: plugin code
 * loaded outside verify, signals, a read that could block, and the GitHub Action keep the real binary ({@link runCli}).
 */
export async function runCliInProcess(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  const { runCli: run } = await import('../../src/cli/main-run.js');
  let stdout = '';
  let stderr = '';
  const status = await run(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: options.cwd ?? REPO_ROOT,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    isTTY: false,
  });
  return { status, stdout, stderr };
}
