/**
 * The shell that runs a `shell: true` string. `cargo test | tee log` exits with tee's status and `cargo test; echo
 * done` with echo's under a plain `sh -c`, so a failing command would pass: strings run with `-e -o pipefail`, as
 * GitHub Actions runs `shell: bash` steps, so the first failing command (or pipeline member) fails the string.
 * Debian's /bin/sh (dash) has no pipefail, so bash is used there; a shell qualifies only by showing the behaviour,
 * never by its name.
 */
import { spawnSync } from 'node:child_process';

export interface Shell {
  file: string;
  /** Arguments before `-c <string>`. */
  args: readonly string[];
}

/** /bin/sh first (bash on macOS, busybox ash on Alpine: both have pipefail), then the usual places of bash. */
const CANDIDATES = ['/bin/sh', '/bin/bash', '/usr/bin/bash', '/usr/local/bin/bash', '/opt/homebrew/bin/bash'];
const STRICT = ['-e', '-o', 'pipefail'] as const;

const exits = (file: string, script: string): number | null => {
  const r = spawnSync(file, [...STRICT, '-c', script], { stdio: 'ignore', timeout: 10_000 });
  return r.error === undefined ? r.status : null;
};

/**
 * The first candidate whose pipelines fail when an earlier command fails: `true | true` exits 0 and `false | true`
 * does not (a shell that rejects `-o pipefail` fails both).
 */
export function findPipefailShell(candidates: readonly string[] = CANDIDATES): Shell | undefined {
  for (const file of candidates) {
    if (exits(file, 'true | true') === 0 && (exits(file, 'false | true') ?? 0) !== 0) return { file, args: STRICT };
  }
  return undefined;
}

let found: { shell: Shell | undefined } | undefined;
/** {@link findPipefailShell} over the usual places, probed once per process. */
export function pipefailShell(): Shell | undefined {
  found ??= { shell: findPipefailShell() };
  return found.shell;
}

/** The POSIX shell, for a string with no pipeline when no shell has pipefail: still stops at the first failure. */
export const PLAIN_SHELL: Shell = { file: '/bin/sh', args: ['-e'] };

/**
 * Whether a shell string may hold a pipeline: a `|` that is not half of `||`, outside single quotes and not escaped.
 * Double quotes do not hide one (`"$(false | true)"` is a pipeline). Over-approximates (`"a|b"`, a `|` in a comment
 * or a here-document), which at worst refuses to run a string on a machine with no pipefail shell.
 */
export function mayHavePipeline(script: string): boolean {
  let quoted = false;
  for (let i = 0; i < script.length; i++) {
    const c = script[i];
    if (quoted) quoted = c !== "'";
    else if (c === "'") quoted = true;
    else if (c === '\\') i++;
    else if (c === '|') {
      if (script[i + 1] === '|') i++;
      else return true;
    }
  }
  return false;
}
