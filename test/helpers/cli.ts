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
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
