/**
 * What the command scenarios cannot express: real timeouts and process-group cleanup, log files
 * on disk, unwritable output directories, option-schema rejections.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/verify.js';
import { configYaml, type GateEntry } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';

async function run(gates: GateEntry[], setup?: (out: string) => void, files: Record<string, string> = {}) {
  const root = workspace({ 'gate-engine.config.yaml': configYaml(gates), ...files });
  const out = tempDir('ge-cmd-out-');
  setup?.(out);
  const result = await verify({ root, out, now: NOW });
  return { ...result, root, out };
}

const node = (script: string): string[] => ['node', '-e', script];

/**
 * Logs belong to the run: they are written to the run's staging directory, so an obstacle left in
 * the previous outputs is irrelevant. What can still break them is an earlier command of the same
 * run planting something in the staging directory — done here by a first gate, `plant`.
 */
async function runWithPlanted(gates: GateEntry[], plant: string) {
  const out = tempDir('ge-cmd-out-');
  writeFileSync(join(out, 'previous.txt'), 'a non-empty output directory stages in .gate-engine-tmp-*');
  const planter: GateEntry = { id: 'plant', type: 'command', options: { shell: true, run: `for d in '${out}'/.gate-engine-tmp-*; do ${plant}; done` } };
  const root = workspace({ 'gate-engine.config.yaml': configYaml([planter, ...gates]) });
  const result = await verify({ root, out, now: NOW });
  return { ...result, root, out, gate: (id: string) => result.verdict.gates.find((g) => g.id === id) };
}

/** Gone, or a zombie nobody has reaped yet (grandchildren re-parented to an init that does not reap). */
function isDead(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
  try {
    return /^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

function throwsEsrch(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Stops, then kills, every process whose command line holds `token`, until none is left (5 s at most). */
async function stopChain(token: string): Promise<void> {
  const holders = () =>
    readdirSync('/proc').filter((d) => /^\d+$/.test(d)).filter((d) => {
      try {
        return readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(token);
      } catch {
        return false;
      }
    }).map(Number);
  for (const deadline = Date.now() + 5000; Date.now() < deadline; ) {
    const pids = holders();
    if (pids.length === 0) return;
    for (const signal of ['SIGSTOP', 'SIGKILL'] as const) for (const pid of pids) try { process.kill(pid, signal); } catch { /* already gone */ }
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function waitFor(predicate: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (predicate()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return predicate();
}

const pidsIn = (text: string): number[] => [...text.matchAll(/^pid (\d+)$/gm)].map((m) => Number(m[1]));

describe('command gate: timeout', () => {
  it('a command still running at the gate timeout fails with reason timeout, keeps what it printed, and is killed', async () => {
    const { verdict, out } = await run([
      // /bin/sh prints within milliseconds even on a loaded machine (node may need more than the 500 ms).
      { id: 'hangs', type: 'command', timeout: '500ms', options: { run: ['/bin/sh', '-c', 'echo "pid $$"; echo started; exec sleep 60'] } },
    ]);
    const gate = verdict.gates[0];
    expect(gate).toMatchObject({ status: 'fail', reason: 'timeout' });
    // The log paths were recorded before waiting, so they survive the timeout.
    expect(gate?.checks[0]).toMatchObject({ id: 'output_captured', status: 'pass', actual: ['commands/hangs/stdout.log', 'commands/hangs/stderr.log'] });
    expect(gate?.checks.map((c) => c.code)).toEqual(['ok', 'timeout']);

    const stdoutLog = join(out, 'commands', 'hangs', 'stdout.log');
    expect(existsSync(stdoutLog)).toBe(true);
    expect(existsSync(join(out, 'commands', 'hangs', 'stderr.log'))).toBe(true);
    const text = readFileSync(stdoutLog, 'utf8');
    expect(text).toContain('started');
    const [pid] = pidsIn(text);
    expect(pid).toBeGreaterThan(0);
    expect(await waitFor(() => throwsEsrch(pid as number), 5000)).toBe(true);
  });

  it('the whole process group is killed on timeout: shell children and grandchildren too', async () => {
    const { verdict, out } = await run([
      {
        id: 'hangs-in-shell',
        type: 'command',
        timeout: '3s',
        options: {
          shell: true,
          // Shells that print their pid and become a sleep (exec keeps the pid): two node processes took more than the
          // timeout to start on a loaded CI box, and were killed before printing what the test looks for.
          run: `sh -c 'echo "pid $$"; exec sleep 100' & sh -c 'echo "pid $$"; exec sleep 100' & wait`,
        },
      },
    ]);
    expect(verdict.gates[0]).toMatchObject({ status: 'fail', reason: 'timeout' });
    await waitFor(() => pidsIn(readFileSync(join(out, 'commands', 'hangs-in-shell', 'stdout.log'), 'utf8')).length === 2, 2000);
    const pids = pidsIn(readFileSync(join(out, 'commands', 'hangs-in-shell', 'stdout.log'), 'utf8'));
    expect(pids).toHaveLength(2);
    expect(await waitFor(() => pids.every(isDead), 5000)).toBe(true);
  });

  it('a command that ignores SIGTERM is SIGKILLed after the grace period, before the run goes on', async () => {
    const { verdict, out } = await run([
      { id: 'stubborn', type: 'command', timeout: '1500ms', options: { run: node("process.on('SIGTERM', () => {}); console.log('pid ' + process.pid); setInterval(() => {}, 1000)") } },
    ]);
    expect(verdict.gates[0]).toMatchObject({ status: 'fail', reason: 'timeout' });
    const [pid] = pidsIn(readFileSync(join(out, 'commands', 'stubborn', 'stdout.log'), 'utf8'));
    expect(pid).toBeGreaterThan(0);
    // SIGTERM was ignored, SIGKILL was not, and the run waited for it before going on.
    expect(isDead(pid as number)).toBe(true);
  });

  it.runIf(process.platform === 'linux')('a timed-out command\'s group member that ignores SIGTERM is dead before the next gate starts (even when the timed-out gate is non-blocking)', async () => {
    const member = "process.on('SIGTERM', () => {}); require('fs').writeFileSync('member.pid', String(process.pid)); setInterval(() => require('fs').writeFileSync('tick.txt', String(Date.now())), 10)";
    const { verdict } = await run([
      { id: 'slow', type: 'command', blocking: false, timeout: '1500ms', options: { run: node(`require('child_process').spawn(process.execPath, ['-e', ${JSON.stringify(member)}], { stdio: 'ignore' }); setInterval(() => {}, 1000)`) } },
      // Gone, or a zombie an init that does not reap keeps: either way it writes nothing more.
      { id: 'after', type: 'command', options: { run: node("const fs = require('fs'); let st = ''; try { st = fs.readFileSync('/proc/' + fs.readFileSync('member.pid', 'utf8') + '/stat', 'utf8') } catch {} process.exit(st !== '' && !/\\) Z/.test(st) ? 1 : 0)") } },
    ]);
    expect(verdict.gates.map((g) => [g.id, g.reason ?? g.status])).toEqual([['slow', 'timeout'], ['after', 'pass']]);
  });

  it('a background process that keeps stdout open after the command exits does not hang the gate, and is killed', async () => {
    const started = Date.now();
    const { verdict, out } = await run([
      { id: 'leaves-child', type: 'command', timeout: '20s', options: { shell: true, run: `node -e "console.log('pid ' + process.pid); setInterval(() => {}, 1000)" & sleep 0.3; exit 0` } },
    ]);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(verdict.gates[0]).toMatchObject({ status: 'pass' });
    const [pid] = pidsIn(readFileSync(join(out, 'commands', 'leaves-child', 'stdout.log'), 'utf8'));
    expect(pid).toBeGreaterThan(0);
    expect(await waitFor(() => isDead(pid as number), 5000)).toBe(true);
  });
});

describe('command gate: processes that leave the group', () => {
  // A detached spawn is a new session (setsid): ending the command's group does not reach it.
  const escape = (script: string) =>
    node(`const c = require('child_process').spawn(process.execPath, ['-e', ${JSON.stringify(script)}], { detached: true, stdio: 'ignore' }); console.log('pid ' + c.pid); c.unref()`);

  it.runIf(process.platform === 'linux')('one that escaped by setsid is killed when the command ends, and the gate fails escaped_process', async () => {
    const { verdict, out, root } = await run([
      // Sleeps past the run, then rewrites a file: if it lived, it would change evidence after the verdict landed.
      { id: 'daemon', type: 'command', timeout: '20s', options: { run: escape("setTimeout(() => require('fs').writeFileSync('late.txt', 'tampered'), 3000)") } },
    ]);
    const gate = verdict.gates[0];
    expect(gate).toMatchObject({ status: 'fail', reason: 'escaped_process' });
    expect(gate?.checks.find((c) => c.id === 'exit_code')).toMatchObject({ status: 'pass' });
    const [pid] = pidsIn(readFileSync(join(out, 'commands', 'daemon', 'stdout.log'), 'utf8'));
    expect(gate?.checks.find((c) => c.id === 'process_group')).toMatchObject({ status: 'fail', code: 'escaped_process', message: expect.stringContaining(`pid ${pid}`) });
    expect(await waitFor(() => isDead(pid as number), 2000)).toBe(true);
    await new Promise((r) => setTimeout(r, 3500));
    expect(existsSync(join(root, 'late.txt'))).toBe(false);
  });

  it.runIf(process.platform === 'linux')('an escaped process that exits before the command does leaves nothing to fail', async () => {
    const { verdict } = await run([{ id: 'tidy', type: 'command', timeout: '20s', options: { run: node("require('child_process').spawnSync(process.execPath, ['-e', '0'], { detached: true })") } }]);
    expect(verdict.gates[0]).toMatchObject({ status: 'pass' });
    expect(verdict.gates[0]?.checks.map((c) => c.id)).not.toContain('process_group');
  });
});

describe('command gate: nothing it started outlives the gate', () => {
  /**
   * The command starts a member of its own group (stdio not ours, so the command closes at once) and exits when the
   * member is ready. `member` is the member's script; it has installed its SIGTERM handler before it says ready.
   */
  const leaveMember = (member: string) =>
    node(`const c = require('child_process').spawn(process.execPath, ['-e', ${JSON.stringify(`${member}; console.log('ready'); setInterval(() => {}, 1000)`)}], { stdio: ['ignore', 'pipe', 'ignore'] }); c.stdout.once('data', () => { console.log('pid ' + c.pid); process.exit(0) })`);

  it.runIf(process.platform === 'linux')('a member of its group that ignores SIGTERM is dead when the gate is judged (it could write on while later gates read)', async () => {
    const { verdict, out } = await run([{ id: 'stubborn_leftover', type: 'command', timeout: '20s', options: { run: leaveMember("process.on('SIGTERM', () => {})") } }]);
    expect(verdict.gates[0]).toMatchObject({ status: 'pass' });
    const [pid] = pidsIn(readFileSync(join(out, 'commands', 'stubborn_leftover', 'stdout.log'), 'utf8'));
    expect(pid).toBeGreaterThan(0);
    expect(isDead(pid as number)).toBe(true);
  });

  it.runIf(process.platform === 'linux')('a member that leaves the group while it is being ended (setsid in its SIGTERM handler) is found: escaped_process', async () => {
    const handler = "process.on('SIGTERM', () => { const d = require('child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { detached: true, stdio: 'ignore' }); require('fs').writeFileSync('escapee.pid', String(d.pid)); process.exit(0) })";
    const { verdict, root } = await run([{ id: 'leaves_late', type: 'command', timeout: '20s', options: { run: leaveMember(handler) } }]);
    const pid = Number(readFileSync(join(root, 'escapee.pid'), 'utf8'));
    expect(verdict.gates[0]).toMatchObject({ status: 'fail', reason: 'escaped_process' });
    expect(verdict.gates[0]?.checks.find((c) => c.id === 'process_group')?.message).toContain(`pid ${pid}`);
    // SIGKILLed while stopped: it runs no further code, but the kernel may take a moment to remove it under load.
    expect(await waitFor(() => isDead(pid), 5000)).toBe(true);
  });

  it.runIf(process.platform === 'linux')('a process of no command whose environment reads empty (env -i) is read again, never taken for an escapee', async () => {
    // The sweep reads an empty environment again (a link between its exec and its stack's set-up reads so): one that
    // stays empty is nobody's mark, and is left alone.
    const bystander = spawn('env', ['-i', 'sleep', '60'], { detached: true, stdio: 'ignore' });
    try {
      const { verdict } = await run([{ id: 'quick', type: 'command', timeout: '20s', options: { run: node('process.exit(0)') } }]);
      expect(verdict.gates[0]).toMatchObject({ status: 'pass' });
      expect(isDead(bystander.pid as number)).toBe(false);
    } finally {
      bystander.kill('SIGKILL');
    }
  });

  it.runIf(process.platform === 'linux')('a chain of escaping forks cannot outrun the sweep: every link is stopped, then killed', async () => {
    // Each link spawns the next detached link and exits, forever: a sweep that only killed would race the chain.
    const token = `chain-${process.pid}-${Date.now()}`;
    const link = `/* ${token} */ const go = () => { const c = require('child_process').spawn(process.execPath, ['-e', process.env.LINK], { detached: true, stdio: 'ignore' }); require('fs').appendFileSync('links.txt', c.pid + '\\n'); process.exit(0) }; setTimeout(go, 20)`;
    try {
      const { verdict, root } = await run([{ id: 'chain', type: 'command', timeout: '20s', options: { run: node(`process.env.LINK = ${JSON.stringify(link)}; eval(process.env.LINK)`) } }]);
      expect(verdict.gates[0]).toMatchObject({ status: 'fail', reason: 'escaped_process' });
      const links = readFileSync(join(root, 'links.txt'), 'utf8').trim().split('\n').map(Number);
      // Each was SIGKILLed while stopped: it runs no further code, but the kernel may take a moment to remove it under load.
      expect(await waitFor(() => links.every(isDead), 5000)).toBe(true);
    } finally {
      // Should the sweep ever lose the race, the chain must not outlive the test: it would spawn a Node every 20 ms for
      // the rest of the suite (once seen under a load of 20, where it then ran until killed by hand).
      await stopChain(token);
    }
  });
});

describe('command gate: logs', () => {
  it('writes stdout and stderr completely, even when the command prints megabytes', async () => {
    const { verdict, out } = await run([
      { id: 'chatty', type: 'command', options: { run: node("process.stdout.write('x'.repeat(5_000_000)); process.stderr.write('e'.repeat(300_000))") } },
    ]);
    expect(verdict.gates[0]?.status).toBe('pass');
    expect(statSync(join(out, 'commands', 'chatty', 'stdout.log')).size).toBe(5_000_000);
    expect(statSync(join(out, 'commands', 'chatty', 'stderr.log')).size).toBe(300_000);
    expect(verdict.gates[0]?.checks.find((c) => c.id === 'logs_kept')?.message).toContain('5000000 bytes');
  });

  it('the failure message carries only the last 5 lines of stderr', async () => {
    const { verdict } = await run([
      { id: 'fails', type: 'command', options: { run: node("for (let i = 1; i <= 30; i++) console.error('line ' + i); process.exit(2)") } },
    ]);
    const finding = verdict.gates[0]?.checks.find((c) => c.status === 'fail');
    expect(finding).toMatchObject({ id: 'exit_code', code: 'command_failed', expected: 0, actual: 2 });
    expect(finding?.message).toMatch(/^exited with 2 \(expected 0\); stderr ends with:\nline 26\nline 27\nline 28\nline 29\nline 30$/);
    expect(finding?.message).not.toContain('line 25');
  });

  it('a huge last stderr line is cut to about 500 characters, keeping its end', async () => {
    const { verdict } = await run([
      { id: 'fails', type: 'command', options: { run: node("console.error('a'.repeat(5000) + 'THE END'); process.exit(1)") } },
    ]);
    const message = verdict.gates[0]?.checks.find((c) => c.status === 'fail')?.message ?? '';
    const tail = message.split('stderr ends with:\n')[1] ?? '';
    expect(tail.length).toBeLessThanOrEqual(500);
    expect(tail.endsWith('THE END')).toBe(true);
    expect(tail.startsWith('…')).toBe(true);
  });

  it('a failing command whose log directory cannot be created still fails as command_failed, with logs_unwritable second', async () => {
    const { gate: byId } = await runWithPlanted([{ id: 'fails', type: 'command', options: { run: node("console.error('boom'); process.exit(3)") } }], `printf x > "$d/commands/fails"`);
    const gate = byId('fails');
    expect(gate).toMatchObject({ status: 'fail', reason: 'command_failed' });
    const findings = gate?.checks.filter((c) => c.status !== 'pass');
    expect(findings?.map((c) => [c.id, c.code])).toEqual([
      ['exit_code', 'command_failed'],
      ['logs_kept', 'logs_unwritable'],
    ]);
    // The command's own failure and its stderr are still reported (from memory, not from the log).
    expect(findings?.[0]?.message).toContain('exited with 3 (expected 0)');
    expect(findings?.[0]?.message).toContain('boom');
    // No claim that output is being captured.
    expect(gate?.checks.some((c) => c.id === 'output_captured')).toBe(false);
  });

  it('a passing command whose logs cannot be written fails with logs_unwritable: evidence not kept is not a pass', async () => {
    const { gate: byId, exitCode } = await runWithPlanted([{ id: 'passes', type: 'command', options: { run: node("console.log('all good')") } }], `printf x > "$d/commands/passes"`);
    expect(exitCode).toBe(1);
    const gate = byId('passes');
    expect(gate).toMatchObject({ status: 'fail', reason: 'logs_unwritable' });
    expect(gate?.checks.map((c) => [c.id, c.status])).toEqual([
      ['exit_code', 'pass'],
      ['logs_kept', 'fail'],
    ]);
    expect(gate?.checks[1]?.message).toContain('could not write the log directory commands/passes');
  });

  it('a log file that cannot be opened (a directory in its place) fails logs_unwritable for that log only', async () => {
    const { gate: byId } = await runWithPlanted([{ id: 'passes', type: 'command', options: { run: node("console.log('all good')") } }], `mkdir -p "$d/commands/passes/stderr.log"`);
    const gate = byId('passes');
    expect(gate).toMatchObject({ status: 'fail', reason: 'logs_unwritable' });
    const findings = gate?.checks.filter((c) => c.status === 'fail');
    expect(findings).toHaveLength(1);
    expect(findings?.[0]?.message).toContain('commands/passes/stderr.log');
  });

  it('a link planted where a log goes is never written through (O_NOFOLLOW): logs_unwritable, the target untouched', async () => {
    const outside = join(tempDir(), 'victim.txt');
    writeFileSync(outside, 'untouched');
    const { gate: byId } = await runWithPlanted([{ id: 'passes', type: 'command', options: { run: node("console.log('all good')") } }], `mkdir -p "$d/commands/passes" && ln -s '${outside}' "$d/commands/passes/stdout.log"`);
    expect(byId('passes')).toMatchObject({ status: 'fail', reason: 'logs_unwritable' });
    expect(readFileSync(outside, 'utf8')).toBe('untouched');
  });

  it('a linked log directory is refused too: logs never leave the output directory through a link', async () => {
    const elsewhere = tempDir();
    const { gate: byId } = await runWithPlanted([{ id: 'passes', type: 'command', options: { run: node("console.log('all good')") } }], `ln -s '${elsewhere}' "$d/commands/passes"`);
    expect(byId('passes')).toMatchObject({ status: 'fail', reason: 'logs_unwritable' });
    expect(existsSync(join(elsewhere, 'stdout.log'))).toBe(false);
  });
});

describe('command gate: options', () => {
  const rejects = async (options: Record<string, unknown>, message: RegExp) => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'c', type: 'command', options }]) });
    await expect(verify({ root, out: tempDir(), now: NOW })).rejects.toThrow(message);
  };

  it('rejects a string command without shell: true', () => rejects({ run: 'npm test' }, /\/gates\/0\/options\/run.*must be an array/));
  it('rejects an argv array with shell: true', () => rejects({ run: ['npm', 'test'], shell: true }, /\/gates\/0\/options\/run.*must be a string/));
  it('rejects an empty argv', () => rejects({ run: [] }, /\/gates\/0\/options\/run/));
  it('rejects an empty program name', () => rejects({ run: [''] }, /\/gates\/0\/options\/run\/0/));
  it('rejects a missing run', () => rejects({}, /missing required field "run"/));
  it('rejects a non-string env value', () => rejects({ run: ['true'], env: { CI: true } }, /\/gates\/0\/options\/env\/CI/));
  it('rejects a non-integer expect_exit', () => rejects({ run: ['true'], expect_exit: 1.5 }, /expect_exit/));
  it('has no timeout option of its own: the gate entry\'s timeout is the one limit', () => rejects({ run: ['true'], timeout: '5s' }, /unknown field "timeout"/));
});

describe('command gate: environment', () => {
  const probe = node("process.exit(process.env.GE_RUN_ENV_PROBE === 'given' ? 0 : 3)");

  it('a command inherits the environment the run was given (VerifyOptions.env), not the process\'s', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'probe', type: 'command', options: { run: probe } }]) });
    const given = await verify({ root, out: tempDir('ge-cmd-out-'), now: NOW, env: { ...process.env, GE_RUN_ENV_PROBE: 'given' } });
    expect(given.verdict.gates[0]?.status).toBe('pass');
    const plain = await verify({ root, out: tempDir('ge-cmd-out-'), now: NOW });
    expect(plain.verdict.gates[0]).toMatchObject({ status: 'fail', reason: 'command_failed' });
  });

  it('a shell string inherits it too, and the engine\'s signing key never reaches the command', async () => {
    const run = 'test "$GE_RUN_ENV_PROBE" = given && test -z "$GATE_ENGINE_SIGNING_KEY"';
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'probe', type: 'command', options: { shell: true, run } }]) });
    const given = await verify({ root, out: tempDir('ge-cmd-out-'), now: NOW, env: { ...process.env, GE_RUN_ENV_PROBE: 'given', GATE_ENGINE_SIGNING_KEY: 'k'.repeat(64) } });
    expect(given.verdict.gates[0]?.status).toBe('pass');
  });
});
