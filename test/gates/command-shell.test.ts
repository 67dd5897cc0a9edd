/**
 * Shell strings run with pipefail: how the shell is chosen (by its behaviour, never its name), what counts as a
 * pipeline, and what happens on a machine with no pipefail shell (unchecked_pipeline, never a run whose pipeline
 * could hide a failure). The scenarios shell_pipeline_failure_fails / shell_pipeline_passes run the real shell.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { findPipefailShell, mayHavePipeline, preludeFor } from '../../gates/command/shell.js';
import type { Verdict } from '../../src/core/types.js';
import { runCli } from '../helpers/cli.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';

const noPipefail = vi.hoisted(() => ({ on: false }));
vi.mock('../../gates/command/shell.js', async (original) => {
  const real = await original<typeof import('../../gates/command/shell.js')>();
  return { ...real, pipefailShell: () => (noPipefail.on ? undefined : real.pipefailShell()) };
});

afterAll(removeTempDirs);

describe('findPipefailShell', () => {
  it.runIf(existsSync('/bin/bash'))('takes a shell only when `false | true` fails in it', () => {
    expect(findPipefailShell(['/bin/bash'])).toEqual({ file: '/bin/bash', args: ['-e', '-o', 'pipefail', '-O', 'inherit_errexit'], traps: true });
  });
  it.runIf(existsSync('/bin/bash'))('a pipefail shell that rejects -O inherit_errexit (bash before 4.4) still qualifies, with -e -o pipefail and no prelude', () => {
    const dir = tempDir('ge-shell-');
    const old = join(dir, 'old-bash');
    writeFileSync(old, '#!/bin/sh\ncase "$*" in *inherit_errexit*) exit 2;; esac\nexec /bin/bash "$@"\n', { mode: 0o755 });
    // Without inherit_errexit a substitution runs without -e, so the ERR trap never fires there: no prelude.
    expect(findPipefailShell([old])).toEqual({ file: old, args: ['-e', '-o', 'pipefail'] });
  });
  it.runIf(existsSync('/bin/dash'))('passes over a shell that rejects -o pipefail (dash), and a missing one', () => {
    expect(findPipefailShell(['/nonexistent/sh', '/bin/dash'])).toBeUndefined();
  });
  it('passes over a program that exits 0 whatever it is given', () => {
    expect(findPipefailShell(['/bin/true'])).toBeUndefined();
  });
});

describe('preludeFor (bash): failures -e and pipefail lose in substitutions and background jobs', () => {
  const bash = existsSync('/bin/bash') ? findPipefailShell(['/bin/bash']) : undefined;
  const run = (script: string) => {
    const shell = bash as NonNullable<typeof bash>;
    // stdin from /dev/null, as the command gate runs a string (gates/command/process.ts): bash given a socket for stdin
    // (Node's pipes) and a SHLVL below 1 takes itself for a shell started by rshd and sources ~/.bashrc — the machine's
    // own startup file, not the string (a pyenv init there cost ~0.7 CPU-s a run, ~40 s for this file).
    const r = spawnSync(shell.file, [...shell.args, '-c', (shell.traps === true ? preludeFor(script) : '') + script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000 });
    return { status: r.status, stderr: r.stderr };
  };
  it.runIf(bash?.traps === true).each([
    ['a substitution as an argument', 'echo "summary: $(false)"; echo after'],
    ['a substitution inside a substitution', 'echo "x $(echo "$(false)")"'],
    ['a substitution assigned by local', 'f() { local x=$(false); echo "$x"; }; f'],
    ['a substitution assigned by export', 'export X=$(false)'],
    ['a process substitution', 'cat <(false)'],
    ['a process substitution read by a loop', 'while read -r l; do echo "$l"; done < <(echo a; false)'],
    ['a substitution in a here-document', 'cat <<EOF\n$(false)\nEOF'],
    ['a failing job joined by a bare wait', 'false & true & wait'],
    ['the failing job last', 'true & (exit 3) & wait'],
    ['a job that ended before the wait', 'false & sleep 0.2; wait'],
    ['jobs started in a loop', 'for i in 1 2 3; do (exit $i) & done; wait'],
    ['jobs started in a function', 'f() { false & true & wait; }; f'],
    ['a background pipeline', 'ls /nonexistent/x | cat & wait'],
    ['background subshells, the first still running at the wait', '(sleep 0.2; cd / && false) & (true) & wait'],
    ['several pids, the failing one first', 'false & a=$!; true & b=$!; wait $a $b'],
    ['a bare wait with IFS changed', 'IFS=,; false & true & wait'],
    ['a backquoted substitution', 'echo "`false`"'],
    ['a substitution as a case word', 'case "$(false)" in *) ;; esac'],
    ['a substitution as a for list', 'for x in $(false); do :; done'],
    ['a substitution in a pipeline member', 'echo "$(false)" | cat'],
    ['a substitution through eval', 'eval \'echo "$(false)"\''],
    ['a substitution with stderr closed', 'exec 2>&-; echo "$(false)"'],
    ['job specs given to wait', 'false & true & wait %1 %2'],
    ['a bare wait after wait -n', '(sleep 0.3; false) & sleep 0.05 & wait -n; wait'],
    ['a coprocess', 'coproc { false; }; wait'],
  ])('fails: %s', (_, script) => {
    expect(run(script.replace(/\\n/g, '\n')).status).not.toBe(0);
  });
  it.runIf(bash?.traps === true).each([
    ['a test before && then ;', '[ -f /nonexistent/x ] && rm /nonexistent/x; true'],
    ['a substitution compared by test', 'test "$(echo)" = ""'],
    ['a failure handled inside the substitution', 'x=$(false || true); echo "$(false || :)"'],
    ['a substitution in an if test', 'if [ "$(false; echo x)" = x ]; then echo yes; fi'],
    ['a handled substitution after ||', 'test "$(false)" = "" || true'],
    ['a subshell failure handled by ||', '(false) || true; (false; true) || :'],
    ['-e turned off by the string', 'set +e; echo "$(false)"; out=$(false); true'],
    ['a pipeline cut by head in a substitution', 'echo "$(yes | head -1)"'],
    ['a server stopped with kill %1 and waited for', 'sleep 5 & sleep 0.1; kill %1; wait'],
    ['a subshell server stopped and waited for', '(sleep 5) & sleep 0.1; kill %1; wait'],
    ['a server stopped by pid', 'sleep 5 & p=$!; sleep 0.1; kill $p; wait'],
    ['a job waited for by pid and handled, then a bare wait', '(exit 3) & p=$!; wait $p || echo handled; wait'],
    ['a background subshell waited for by pid and handled', '(cd / && false) & p=$!; wait $p || echo handled'],
    ['a background subshell never waited for (as before)', '(false) & sleep 0.2; echo done'],
    ['set -u with no job', 'set -u; wait; true & wait; echo "$(true)"'],
    // The other job ends only after the failing one is gone, so `wait -n` meets the failure first however loaded the
    // machine is (with two bare sleeps, a start delayed past 0.3 s let the sleep end first: the failure then really went
    // unhandled, and the run failed as it should).
    ['wait -n handled, then a bare wait', '(sleep 0.05; false) & p=$!; (while kill -0 $p 2>/dev/null; do sleep 0.01; done; sleep 0.3) & wait -n || echo handled; wait'],
    ['the string\'s own EXIT trap', 'trap "echo bye" EXIT; echo hi'],
    ['a long loop', 'for i in $(seq 1 5000); do :; done'],
  ])('passes: %s', (_, script) => {
    expect(run(script)).toMatchObject({ status: 0 });
  });
  it.runIf(bash?.traps === true)('keeps the string on line 1, and its own set -x trace clean when it names no wait (no DEBUG trap)', () => {
    expect(preludeFor('cargo test')).not.toContain('DEBUG');
    expect(preludeFor('a & b & wait')).toContain('DEBUG');
    const r = run('echo "$LINENO"; set -x; true');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('+ true\n');
  });
  it.runIf(bash?.traps === true)('names the failure it caught on stderr', () => {
    expect(run('echo "$(exit_code_3() { return 3; }; exit_code_3)"')).toMatchObject({ status: 1, stderr: expect.stringContaining('a command failed with status 3 inside a command substitution or subshell') });
  });
});

describe('mayHavePipeline', () => {
  it.each([
    ['cargo test | tee log', true],
    ['a |& b', true],
    ['echo "$(false | true)"', true],
    ['echo "a|b"', true], // over-approximated: double quotes are not read
    ['a || b', false],
    ['a && b || c', false],
    ["grep 'a|b' file", false],
    ['echo a\\|b', false],
    ["echo 'it''s' | cat", true],
    // A single quote inside double quotes is a letter: it must not hide the pipe after it.
    ['echo "it\'s" | cat', true],
    ['cargo test -- --skip "can\'t_fail" | tee log', true],
    ["echo \"'\" 'a|b'", false],
    ['echo "a\\"\'" | cat', true],
    // Comments and here-documents are not quoting: an apostrophe in them must not hide a later pipe.
    ["# don't stop on warnings\ncargo test | tee log", true],
    ["cargo test # it's fine\nnode x | tee log", true],
    ['echo a#b\'c | cat\'', false],
    ["cat <<EOF\nit's\nEOF\nfalse | true", true],
    ['cat <<EOF\nplain\nEOF', true], // over-approximated: a here-document is not read
    ['echo ${#x} && test 1', false],
  ])('%s → %s', (script, expected) => {
    expect(mayHavePipeline(script)).toBe(expected);
  });

  it('finds every unquoted, unescaped single |, whatever surrounds it', () => {
    const safe = fc.stringMatching(/^[a-z ;&$()"]*$/);
    fc.assert(fc.property(safe, safe, (a, b) => mayHavePipeline(`${a} | ${b}`) === true));
  });
});

describe('no pipefail shell on the machine', () => {
  let verify: typeof import('../../src/verify.js').verify;
  beforeAll(async () => {
    // Fresh modules, so the command gate imports the mocked shell module even where another test file of this worker
    // loaded the real one first (the suite runs without per-file isolation). Once: an import of the engine costs seconds.
    vi.resetModules();
    ({ verify } = await import('../../src/verify.js'));
  });
  const run = async (script: string) => {
    noPipefail.on = true;
    try {
      const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'tests', type: 'command', options: { shell: true, run: script } }]) });
      return await verify({ root, out: tempDir('ge-shell-out-'), now: '2026-03-10T12:00:00Z' });
    } finally {
      noPipefail.on = false;
    }
  };

  it('a string with a pipeline is not run: unchecked_pipeline', async () => {
    const { verdict, exitCode } = await run("node -e \"process.exit(3)\" | tee log");
    expect(exitCode).toBe(1);
    const gate = verdict.gates[0];
    expect(gate).toMatchObject({ status: 'fail', reason: 'unchecked_pipeline' });
    expect(gate?.checks).toEqual([expect.objectContaining({ id: 'exit_code', status: 'fail', code: 'unchecked_pipeline' })]);
  });

  it('a pipeline after a single quote inside double quotes is still found: unchecked_pipeline', async () => {
    const { verdict } = await run('node -e "process.exit(3)" "it\'s" | tee log');
    expect(verdict.gates[0]).toMatchObject({ status: 'fail', reason: 'unchecked_pipeline' });
  });

  it('a string without a pipeline still runs in /bin/sh, and stops at its first failing command', async () => {
    const ok = await run('node -e "process.exit(0)" && echo ok');
    expect(ok.exitCode).toBe(0);
    expect(ok.verdict.gates[0]).toMatchObject({ status: 'pass' });
    const failed = await run('node -e "process.exit(3)"; echo done');
    expect(failed.exitCode).toBe(1);
    expect(failed.verdict.gates[0]).toMatchObject({ status: 'fail', reason: 'command_failed' });
    expect(failed.verdict.gates[0]?.checks.find((c) => c.id === 'exit_code')?.message).toContain('exited with 3 (expected 0)');
  });
});

describe('shell startup files (red team hq)', () => {
  const BASH = existsSync('/bin/bash');
  const runIn = (root: string, env: NodeJS.ProcessEnv = {}) => {
    const run = runCli(['verify', '--root', root, '--out', tempDir('ge-shell-out-'), '--json'], { env });
    expect(run.stderr).toBe('');
    return { status: run.status, gate: (JSON.parse(run.stdout) as Verdict).gates[0] };
  };

  // An earlier CI step can export any variable for later ones (GitHub Actions' $GITHUB_ENV); the file below behaves
  // for the engine's probe (no command mark) and masks the gate's string.
  it.runIf(BASH)('an inherited BASH_ENV that traps EXIT to exit 0 does not reach the string: command_failed (exit 1)', () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'tests', type: 'command', options: { shell: true, run: 'node -e "process.exit(3)" | cat' } }]) });
    const startup = join(root, 'startup.sh');
    writeFileSync(startup, 'if [ -n "$GATE_ENGINE_COMMAND_MARK" ]; then trap \'exit 0\' EXIT; fi\n');
    const { status, gate } = runIn(root, { BASH_ENV: startup });
    expect(gate).toMatchObject({ status: 'fail', reason: 'command_failed' });
    expect(gate?.checks.find((c) => c.id === 'exit_code')?.message).toContain('exited with 3 (expected 0)');
    expect(status).toBe(1);
  });

  it.runIf(BASH)('an inherited exported function (BASH_FUNC_node%%) does not shadow the program the string runs: command_failed (exit 1)', () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'tests', type: 'command', options: { shell: true, run: 'node -e "process.exit(3)" | cat' } }]) });
    const { status, gate } = runIn(root, { 'BASH_FUNC_node%%': '() { return 0; }' });
    expect(gate).toMatchObject({ status: 'fail', reason: 'command_failed' });
    expect(status).toBe(1);
  });

  it.runIf(BASH)('sound: an inherited ENV (an application variable; POSIX shells read it only when interactive) reaches the command', () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'tests', type: 'command', options: { shell: true, run: 'test "$ENV" = staging | cat' } }]) });
    const { status, gate } = runIn(root, { ENV: 'staging' });
    expect(gate).toMatchObject({ status: 'pass' });
    expect(status).toBe(0);
  });

  it.runIf(BASH)('sound: a startup file the gate\'s own env names is the author\'s choice, and runs', () => {
    const root = workspace({
      'gate-engine.config.yaml': configYaml([{ id: 'tests', type: 'command', options: { shell: true, run: 'greet | grep -q hello', env: { BASH_ENV: './setup.sh' } } }]),
      'setup.sh': 'greet() { echo hello; }\n',
    });
    const { status, gate } = runIn(root);
    expect(gate).toMatchObject({ status: 'pass' });
    expect(status).toBe(0);
  });
});
