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
  /** Whether the string gets traps on its first line ({@link preludeFor}): only where the shell showed they work. */
  traps?: true;
}

/** /bin/sh first (bash on macOS, busybox ash on Alpine: both have pipefail), then the usual places of bash. */
const CANDIDATES = ['/bin/sh', '/bin/bash', '/usr/bin/bash', '/usr/local/bin/bash', '/opt/homebrew/bin/bash'];
const STRICT = ['-e', '-o', 'pipefail'] as const;
/**
 * bash (outside POSIX mode) runs a command substitution with -e turned off: `v=$(cargo test; echo)` assigned echo's
 * 0. inherit_errexit (bash 4.4) keeps -e there, as dash, ash and POSIX-mode bash already do; a shell that
 * rejects it, or does not need it, runs with STRICT alone.
 */
const VARIANTS: readonly (readonly string[])[] = [[...STRICT, '-O', 'inherit_errexit'], STRICT];

/**
 * What a non-interactive shell runs or defines before the string: bash's startup file (`$BASH_ENV`; POSIX shells read
 * `$ENV` only when interactive, and it is a common application variable, so it is passed on) and the functions bash
 * imports from the environment (`BASH_FUNC_cargo%%=() { return 0; }`). An earlier CI step can export
 * any variable for later ones (GitHub Actions' `$GITHUB_ENV`): a startup file that traps EXIT to exit 0, or `cargo`
 * defined as a function returning 0, passes the string whatever it runs — and the probe below as well, had it read them
 * too. A string runs without the inherited ones; those the gate's own `env` names are its author's choice, as `|| true` is.
 */
export const SHELL_STARTUP_VARIABLES: readonly string[] = ['BASH_ENV'];
const EXPORTED_FUNCTION = /^BASH_FUNC_/;

/** `env` without the shell startup files and exported functions ({@link SHELL_STARTUP_VARIABLES}). */
export function withoutShellStartup(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out = { ...env };
  for (const name of Object.keys(out)) if (SHELL_STARTUP_VARIABLES.includes(name) || EXPORTED_FUNCTION.test(name)) delete out[name];
  return out;
}

const exits = (file: string, args: readonly string[], script: string): number | null => {
  const r = spawnSync(file, [...args, '-c', script], { stdio: 'ignore', timeout: 10_000, env: withoutShellStartup(process.env) });
  return r.error === undefined ? r.status : null;
};

const fails = (file: string, args: readonly string[], script: string): boolean => (exits(file, args, script) ?? 0) !== 0;

/**
 * The first candidate whose pipelines fail when an earlier command fails: `true | true` exits 0 and `false | true`
 * does not (a shell that rejects `-o pipefail` fails both). Of its argument variants, the first in which a failure
 * inside a command substitution fails the assignment is preferred; a shell without one still qualifies.
 */
export function findPipefailShell(candidates: readonly string[] = CANDIDATES): Shell | undefined {
  for (const file of candidates) {
    const args = preferredVariant(file);
    if (args !== undefined) return preludeWorks(file, args) ? { file, args, traps: true } : { file, args };
  }
  return undefined;
}

/**
 * The first variant with pipefail in which a failing substitution fails the assignment, else the first with pipefail.
 * Probed in order, stopping at the first that qualifies: each probe starts a shell (~20 ms of CPU, paid by every
 * process that runs a shell string), and a later variant cannot change the choice once one qualifies.
 */
function preferredVariant(file: string): readonly string[] | undefined {
  let firstWorking: readonly string[] | undefined;
  for (const args of VARIANTS) {
    if (!(exits(file, args, 'true | true') === 0 && fails(file, args, 'false | true'))) continue;
    if (fails(file, args, 'v=$(false; true)')) return args;
    firstWorking ??= args;
  }
  return firstWorking;
}

/**
 * Where -e and pipefail lose a failure that no option of any shell keeps, bash can be told to keep it by traps set
 * before the string (on its first line, so the string's own line numbers stay as written):
 *
 * - a failing command inside a command substitution that is an argument (`echo "sum: $(cargo test)"`), a
 *   here-document's text, a process substitution `<(…)` or `local x=$(…)`: -e ends that subshell, but the outer
 *   command's status decides. An ERR trap inherited into subshells (`set -E`) fires exactly where -e stops one (never
 *   in an `if`/`while` test, before `&&`/`||`, after `!`, nor with `set +e`), and signals the string's shell, which
 *   then exits non-zero. A status above 128 (a process ended by a signal) is left alone, as is `$(exit 3)` (an `exit`
 *   is not a failing command), and so is a background subshell `( … ) &`, whose status goes to `wait` (where the string
 *   may handle it: `wait $p || …`): bash runs it with SIGINT ignored, which /proc shows (no /proc: never signals).
 * - a bare `wait` returns 0 whatever the jobs it waited for returned. The DEBUG trap (`set -T`: functions and
 *   subshells too) notes every background job's pid (`$!`) before the next command; a bare `wait` (a function that
 *   calls the builtin) waits for each job still running as it ends (`wait -n`: also the first of `(a) & (b) &`, which
 *   no command between them noted), then for each noted one by pid (those that ended before the wait too), and returns
 *   the first status from 1 to 128 other than 127 (a job ended by a signal is one the string stopped: `server & test;
 *   kill %1; wait`; 127 is a pid waited for otherwise). An unnoted job that ended before the wait is not seen.
 *   `wait $a $b` returns the first non-zero status, not the last one's; `wait -n` is unchanged, and the job it
 *   reports is not reported again; other options are unchanged.
 *
 * The names it defines start with `__ge_`; a string that sets its own ERR, DEBUG or USR2 trap, or defines `wait`,
 * replaces this one (and is back to what -e and pipefail alone catch), as does one that calls the builtin itself
 * (`command wait`, `builtin wait`); `wait $!` waits for the last job only, as the string says. `set -E` and `set -T`
 * also pass the string's own ERR trap (and, in a string that names `wait`, its RETURN trap) into its functions and
 * subshells.
 */
const ERR_TRAPS = [
  'set -E',
  // The status the trap sees is the interrupted command's (a `wait` cut short returns 140): 1 unless it is a failure.
  `trap '__ge_s=$?; [ "$__ge_s" -ne 0 ] && [ "$__ge_s" -le 128 ] || __ge_s=1; exit "$__ge_s"' USR2`,
  // Not in a background subshell (`( … ) &`), whose status goes to `wait`, where the string may handle it (`wait $p ||
  // …`): bash runs one with SIGINT ignored (SigIgn bit 2 in /proc; with no /proc it cannot tell, and never signals).
  '__ge_err() { local __ge_k __ge_v; [ "$BASH_SUBSHELL" -gt 0 ] && [ "$1" -le 128 ] && [[ $- == *e* ]] && [ -r /proc/$BASHPID/status ] || return 0; ' +
    'while read -r __ge_k __ge_v; do [ "$__ge_k" != SigIgn: ] || { (( 0x$__ge_v & 2 )) && return 0; break; }; done < /proc/$BASHPID/status; ' +
    'echo "gate-engine: a command failed with status $1 inside a command substitution or subshell, whose failure -e alone would not see: $BASH_COMMAND" >&2 || :; ' +
    'kill -s USR2 $$; }',
  "trap '__ge_err $?' ERR",
];
const JOB_TRAPS = [
  'set -T',
  "__ge_last= __ge_jobs=' '",
  // A DEBUG trap costs each command a few microseconds (a plain loop of shell builtins runs a few times slower), so it
  // is set only for a string that names `wait` (mentionsWait); its commands show in a `set -x` trace.
  `trap '[[ \${!-} == "$__ge_last" ]] || { __ge_last=\${!-}; __ge_jobs="$__ge_jobs$__ge_last "; }' DEBUG`,
  // `wait -n` reports one job, which a later bare wait must not report again: bash 5.1 names it (-p), before that
  // every job noted so far is forgotten (a bare wait then sees only later ones).
  'wait() { local IFS=\' \' __ge_p __ge_s __ge_r=0; case ${1-} in ' +
    '-n) if [ $# -eq 1 ] && (( BASH_VERSINFO[0] * 100 + BASH_VERSINFO[1] >= 501 )); then command wait -n -p __ge_p || __ge_r=$?; __ge_jobs=${__ge_jobs// ${__ge_p-} / }; return "$__ge_r"; fi; ' +
    "__ge_jobs=' '; command wait \"$@\"; return;; " +
    '-*) command wait "$@"; return;; esac; ' +
    'if [ $# -eq 0 ]; then ' +
    // Each job still running, as it ends (bash 4.3: -n), also those no command noted (the first of `(a) & (b) &`)...
    'if (( BASH_VERSINFO[0] * 100 + BASH_VERSINFO[1] >= 403 )); then while :; do __ge_s=0; command wait -n 2>/dev/null || __ge_s=$?; [ "$__ge_s" -ne 127 ] || break; ' +
    'if [ "$__ge_r" -eq 0 ] && [ "$__ge_s" -le 128 ]; then __ge_r=$__ge_s; fi; done; fi; ' +
    // ...then each noted job by pid, the ones that ended before the wait included.
    'for __ge_p in $__ge_jobs; do __ge_s=0; command wait "$__ge_p" 2>/dev/null || __ge_s=$?; ' +
    'if [ "$__ge_r" -eq 0 ] && [ "$__ge_s" -le 128 ] && [ "$__ge_s" -ne 127 ]; then __ge_r=$__ge_s; fi; done; ' +
    "__ge_jobs=' '; command wait; return \"$__ge_r\"; fi; " +
    'for __ge_p in "$@"; do __ge_s=0; command wait "$__ge_p" || __ge_s=$?; [ "$__ge_r" -ne 0 ] || __ge_r=$__ge_s; __ge_jobs=${__ge_jobs// $__ge_p / }; done; return "$__ge_r"; }',
];
const line = (parts: readonly string[]) => parts.map((p) => `${p}; `).join('');
/** Both sets of traps, as a string that names `wait` runs them. */
export const ERREXIT_PRELUDE = line([...ERR_TRAPS, ...JOB_TRAPS]);

/** Whether the string may call `wait` (over-approximated: any `wait` within a word, quoted or not, counts). */
export function mentionsWait(script: string): boolean {
  return script.includes('wait');
}

/** The text put before a string on its first line, for a shell whose probe showed {@link ERREXIT_PRELUDE} works. */
export function preludeFor(script: string): string {
  return mentionsWait(script) ? ERREXIT_PRELUDE : line(ERR_TRAPS);
}

/** Whether {@link ERREXIT_PRELUDE} works in this shell: failures it exists for fail, the sound forms around them pass. */
function preludeWorks(file: string, args: readonly string[]): boolean {
  const run = (script: string) => exits(file, args, preludeFor(script) + script);
  return (
    (run('echo "$(false)"') ?? 0) !== 0 &&
    (run('false & true & wait') ?? 0) !== 0 &&
    run('true & true & wait; test "$(true)" = ""; [ -f /nonexistent/x ] && :; (exit 3) & wait $! || :; (false) & wait $! || :; wait; echo "$(false || :)"') === 0
  );
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
 * Double quotes do not hide one (`"$(false | true)"` is a pipeline), but they do hide a single quote: in
 * `echo "it's" | cat` the `'` is a letter, and reading it as a quote would hide the `|` after it. So do comments
 * (`# don't` on the line before `cargo test | tee log`) and here-documents, whose text is never quoting: a comment
 * is skipped to its line's end, and a string with a here-document is taken to hold a pipeline. Over-approximates
 * (`"a|b"`, a here-document), which at worst refuses to run a string on a machine with no pipefail shell.
 */
export function mayHavePipeline(script: string): boolean {
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < script.length; i++) {
    const c = script[i];
    if (quote === "'") {
      if (c === "'") quote = undefined;
    } else if (c === '\\') i++;
    else if (c === '"') quote = quote === '"' ? undefined : '"';
    else if (c === '|') {
      if (script[i + 1] === '|') i++;
      else return true;
    } else if (quote === '"') continue;
    else if (c === "'") quote = "'";
    else if (c === '#' && (i === 0 || WORD_BREAK.test(script[i - 1] as string))) {
      const end = script.indexOf('\n', i);
      if (end === -1) return false;
      i = end;
    } else if (c === '<' && script[i + 1] === '<') return true;
  }
  return false;
}

/** What may precede a `#` that starts a comment (a `#` inside a word, as in `a#b` or `${#x}`, does not). */
const WORD_BREAK = /[\s;&|()<>]/;
