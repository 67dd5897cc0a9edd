/**
 * Red team B (files and processes): SIGUSR1 opens Node's inspector in a process that does not listen for it, and a
 * command gate's test suite can send it to the engine that started it — then run code inside the engine (read the
 * signing key, rewrite a result before it is signed). The engine takes the signal while it runs gates.
 */
import inspector from 'node:inspector';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';
/** The code under review: signals the process that started it, then stays a moment for the inspector to open. */
const signalParent = { id: 'tests', type: 'command', options: { run: ['node', '-e', "process.kill(process.ppid, 'SIGUSR1'); setTimeout(() => {}, 1000)"] } };

describe('a command gate cannot open the engine\'s inspector', () => {
  it.skipIf(process.platform === 'win32')('CLI: SIGUSR1 from a command gate opens nothing (stderr stays empty), the run passes', () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([signalParent] as never[]) });
    const run = runCli(['verify', '--root', root, '--now', NOW], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 60_000);

  it.skipIf(process.platform === 'win32')('library: verify() takes SIGUSR1 while its gates run, and gives it back', async () => {
    const { verify } = await import('../../src/verify.js');
    const root = workspace({ 'gate-engine.config.yaml': configYaml([signalParent] as never[]) });
    const before = process.listenerCount('SIGUSR1');
    const { exitCode } = await verify({ root, now: NOW, write: false, checkout: false });
    expect(exitCode).toBe(0);
    expect(inspector.url()).toBeUndefined();
    expect(process.listenerCount('SIGUSR1')).toBe(before);
  }, 60_000);
});
