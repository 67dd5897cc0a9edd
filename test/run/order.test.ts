/**
 * Order that holds: a gate never reads evidence a command gate of the same run may still be writing.
 * `needs`, command barriers and declared writes are planned before anything runs; the same inputs and
 * --now give the same verdict every time, however the scheduler interleaves the gates.
 */
import { linkSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verdictInconsistencies } from '../../src/core/consistency.js';
import { planOrder } from '../../src/core/order.js';
import { verify } from '../../src/verify.js';
import { runCli } from '../helpers/cli.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';
const STALE = JSON.stringify({ status: 'fail' });
/** Rewrites status.json to "pass" after a random delay: a reader that does not wait reads the previous run's "fail". */
const producer = (extra: object = {}) => ({
  id: 'producer',
  type: 'command',
  // /bin/sh starts in a few ms (node would take 50+); the sleep leaves a reader that does not wait ample time to read the stale copy.
  options: { run: `sleep 0.02; printf '{"status": "pass"}' > status.json`, shell: true },
  ...extra,
});
const reader = (id: string, path = 'status.json', extra: object = {}) => ({ id, type: 'artifact_status', options: { path, pointer: '/status', allowed: ['pass'] }, ...extra });

describe('planOrder', () => {
  const node = (id: string, extra: Partial<{ barrier: boolean; writes: string[]; needs: string[] }> = {}) => ({ id, barrier: false, needs: [], ...extra });

  it('a command gate is a barrier in declared order; independent readers run at once', () => {
    const r = planOrder([node('a'), node('cmd', { barrier: true }), node('b'), node('c')]);
    expect(r.ok && Object.fromEntries(r.order.waitsFor)).toEqual({ a: [], cmd: ['a'], b: ['cmd'], c: ['cmd'] });
  });

  it('declared writes: later gates do not wait up front, but must wait for the writer on access', () => {
    const r = planOrder([node('cmd', { barrier: true, writes: ['out/*.json'] }), node('b')]);
    if (!r.ok) throw new Error('cycle');
    expect(r.order.waitsFor.get('b')).toEqual([]);
    const [w] = r.order.writers.get('b') ?? [];
    expect(w?.id).toBe('cmd');
    expect(w?.matches('out/x.json')).toBe(true);
    expect(w?.matches('./out//x.json')).toBe(true);
    expect(w?.matches('other/x.json')).toBe(false);
  });

  it('declared writes: a gate declared before the writer (no needs) sees it as a later writer, not one to wait for', () => {
    const r = planOrder([node('early'), node('cmd', { barrier: true, writes: ['out/*.json'] }), node('after', { needs: ['cmd'] })]);
    if (!r.ok) throw new Error('cycle');
    expect(r.order.laterWriters.get('early')?.map((w) => w.id)).toEqual(['cmd']);
    expect(r.order.writers.get('early')).toEqual([]);
    expect(r.order.laterWriters.get('after')).toEqual([]);
    expect(r.order.writers.get('after')?.map((w) => w.id)).toEqual(['cmd']);
  });

  it('needs win over declared order; a cycle is reported with its path', () => {
    const r = planOrder([node('early', { needs: ['cmd'] }), node('cmd', { barrier: true })]);
    expect(r.ok && Object.fromEntries(r.order.waitsFor)).toEqual({ early: ['cmd'], cmd: [] });
    expect(planOrder([node('a', { needs: ['b'] }), node('b', { needs: ['a'] })])).toMatchObject({ ok: false, cycle: ['a', 'b', 'a'] });
  });
});

describe('config: needs and writes are validated (exit 2)', () => {
  const refused = async (gates: object[]) => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml(gates as never[]), 'status.json': STALE });
    return verify({ root, now: NOW, write: false }).then(
      () => {
        throw new Error('accepted');
      },
      (e: unknown) => e as { code: string; exitCode: number; message: string },
    );
  };

  it('an unknown id in needs', async () => {
    const e = await refused([reader('r', 'status.json', { needs: ['producr'] }), producer()]);
    expect(e).toMatchObject({ code: 'config_invalid', exitCode: 2 });
    expect(e.message).toMatch(/\/gates\/0\/needs\/0 .*needs unknown gate id "producr"; did you mean "producer"\?/);
  });

  it('a cycle through needs, and a gate that needs itself', async () => {
    expect((await refused([reader('a', 'status.json', { needs: ['b'] }), reader('b', 'status.json', { needs: ['a'] })])).message).toContain('a → b → a wait for each other');
    expect((await refused([reader('a', 'status.json', { needs: ['a'] })])).message).toContain('gate "a" needs itself');
  });

  it('a cycle through a command barrier (a gate before the command needs a gate after it)', async () => {
    const e = await refused([reader('a', 'status.json', { needs: ['b'] }), producer(), reader('b')]);
    expect(e).toMatchObject({ code: 'config_invalid', exitCode: 2 });
    expect(e.message).toContain('cannot be ordered');
  });

  it('writes that climb out with .. or start at / (a glob never matches them)', async () => {
    for (const [glob, j] of [['reports/../reports/x.json', 0], ['/abs/x.json', 0]] as const) {
      const e = await refused([producer({ writes: [glob] })]);
      expect(e).toMatchObject({ code: 'config_invalid', exitCode: 2 });
      expect(e.message).toContain(`/gates/0/writes/${j}`);
      expect(e.message).toContain('is not a glob relative to the root');
    }
  });

  it('writes on a gate that runs no command', async () => {
    const e = await refused([reader('a', 'status.json', { writes: ['x'] })]);
    expect(e.message).toContain('only gates that run commands declare writes');
  });

  it('the CLI says so with exit 2', () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([reader('a', 'status.json', { needs: ['nope'] })] as never[]) });
    const run = runCli(['verify', '--root', root, '--now', NOW]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('needs unknown gate id "nope"');
  });
});

// 25 runs: a reader that does not wait starts beside a producer that sleeps 20 ms before writing, so it reads the stale
// copy in nearly every run; more runs only cost the suite time (50 took a minute of CPU on a loaded 2-core box).
describe('same inputs and --now give the same verdict, every time (a producer raced by readers, 25 runs)', () => {
  async function race(gates: object[], runs: number): Promise<string[]> {
    const root = workspace({ 'gate-engine.config.yaml': configYaml(gates as never[]), 'status.json': STALE, 'other.json': JSON.stringify({ status: 'pass' }) });
    const out = tempDir();
    const verdicts: string[] = [];
    for (let i = 0; i < runs; i++) {
      writeFileSync(join(root, 'status.json'), STALE); // the previous run's copy
      const { verdict } = await verify({ root, out, now: NOW, write: false });
      verdicts.push(JSON.stringify(verdict));
    }
    return verdicts;
  }

  it('barrier, declared writes and needs: readers see only what the producer wrote, and the verdict bytes never change', async () => {
    const verdicts = await race(
      [reader('early', 'status.json', { needs: ['producer'] }), producer({ writes: ['status.json'] }), reader('late'), reader('independent', 'other.json'), producer({ id: 'barrier' }), reader('after_barrier')],
      25,
    );
    const first = JSON.parse(verdicts[0] as string);
    expect(first.verdict).toBe('pass');
    expect(first.gates.map((g: { id: string; status: string }) => `${g.id}:${g.status}`)).toEqual(['early:pass', 'producer:pass', 'late:pass', 'independent:pass', 'barrier:pass', 'after_barrier:pass']);
    expect(new Set(verdicts).size).toBe(1);
  }, 120_000);
});

describe('a declared writer that does not write: what it left is an earlier run\'s output (stale), in every lane', () => {
  const idle = { id: 'producer', type: 'command', writes: ['status.json'], options: { run: 'true', shell: true } };

  it.each(['full', 'preflight'] as const)('%s lane: the producer fails declared_write_missing, its reader fails stale naming it', async (lane) => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([idle, reader('late', 'status.json', { needs: ['producer'] })] as never[]), 'status.json': JSON.stringify({ status: 'pass' }) });
    const { verdict, exitCode } = await verify({ root, now: NOW, write: false, lane });
    expect(exitCode).toBe(1);
    const byId = Object.fromEntries(verdict.gates.map((g) => [g.id, g]));
    expect(byId.producer).toMatchObject({ status: 'fail', reason: 'declared_write_missing' });
    if (lane === 'preflight') return; // preflight stops at the first failure: the reader is not evaluated
    expect(byId.late).toMatchObject({ status: 'fail', reason: 'stale' });
    expect(byId.late?.checks.find((c) => c.code === 'stale')?.message).toContain('gate producer declares that it writes it');
  });

  it('a non-blocking producer that does not write: its failure only warns, but its blocking reader fails stale, so the run fails', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ ...idle, blocking: false }, reader('late', 'status.json', { needs: ['producer'] })] as never[]), 'status.json': JSON.stringify({ status: 'pass' }) });
    const { verdict, exitCode } = await verify({ root, now: NOW, write: false, lane: 'full' });
    expect(exitCode).toBe(1);
    expect(verdict.gates.find((g) => g.id === 'late')).toMatchObject({ status: 'fail', reason: 'stale' });
  });

  it.each(['full', 'preflight'] as const)('%s lane: a reader declared before its writer (no needs) fails stale naming the writer', async (lane) => {
    const writer = { ...idle, options: { run: `printf '{"status": "fail"}' > status.json`, shell: true } };
    const root = workspace({ 'gate-engine.config.yaml': configYaml([reader('early'), writer] as never[]), 'status.json': JSON.stringify({ status: 'pass' }) });
    const { verdict, exitCode } = await verify({ root, now: NOW, write: false, lane });
    expect(exitCode).toBe(1);
    expect(verdict.gates[0]).toMatchObject({ id: 'early', status: 'fail', reason: 'stale' });
    expect(verdict.gates[0]?.checks.find((c) => c.code === 'stale')?.message).toContain('read before gate producer');
  });

  it('a file the producer replaced (new inode) or rewrote in place counts as written', async () => {
    for (const run of [`printf '{"status": "pass"}' > status.json.tmp && mv status.json.tmp status.json`, `printf '{"status": "pass"}' > status.json`]) {
      const producerGate = { ...idle, options: { run, shell: true } };
      const root = workspace({ 'gate-engine.config.yaml': configYaml([producerGate, reader('late', 'status.json', { needs: ['producer'] })] as never[]), 'status.json': STALE });
      const { verdict, exitCode } = await verify({ root, now: NOW, write: false });
      expect(verdict.gates.map((g) => `${g.id}:${g.status}`), run).toEqual(['producer:pass', 'late:pass']);
      expect(exitCode).toBe(0);
    }
  });
});

describe('a declared writer\'s file is the same file under every name (red team: aliases, restores, policy)', () => {
  const writes = ['reports/x.json'];
  const writer = (run: string, extra: object = {}) => ({ id: 'producer', type: 'command', writes, options: { run, shell: true }, ...extra });
  const statuses = (verdict: { gates: { id: string; status: string; reason?: string }[] }) => verdict.gates.map((g) => `${g.id}:${g.status}${g.reason ? `:${g.reason}` : ''}`);
  const aliases: [string, string, (root: string) => void][] = [
    ['a hard link', 'hard.json', (root) => linkSync(join(root, 'reports/x.json'), join(root, 'hard.json'))],
    ['a symlink', 'alias.json', (root) => symlinkSync('reports/x.json', join(root, 'alias.json'))],
    ['a symlinked directory', 'current/x.json', (root) => symlinkSync('reports', join(root, 'current'))],
    ['x/../', 'notes/../reports/x.json', () => undefined],
  ];

  it.each(aliases)('a reader declared before the writer fails stale through %s', async (_name, path, link) => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([reader('early', path), writer(`printf '{"status": "fail"}' > reports/x.json`)] as never[]), 'reports/x.json': JSON.stringify({ status: 'pass' }), 'notes/keep': '' });
    link(root);
    const { verdict, exitCode } = await verify({ root, now: NOW, write: false });
    expect(statuses(verdict)).toEqual(['early:fail:stale', 'producer:pass']);
    expect(exitCode).toBe(1);
  });

  it.each(aliases)('a reader declared after the writer (no needs) waits for it through %s, and judges what it wrote', async (_name, path, link) => {
    // The writer sleeps before writing: a reader that does not wait reads the previous run's "pass".
    const root = workspace({ 'gate-engine.config.yaml': configYaml([writer(`sleep 0.2; printf '{"status": "fail"}' > reports/x.json`), reader('late', path)] as never[]), 'reports/x.json': JSON.stringify({ status: 'pass' }), 'notes/keep': '' });
    link(root);
    const { verdict, exitCode } = await verify({ root, now: NOW, write: false });
    expect(statuses(verdict)).toEqual(['producer:pass', 'late:fail:status_not_allowed']);
    expect(exitCode).toBe(1);
  });

  it('a writer declaring its output through a symlinked directory: a reader of the real path waits for it', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ ...writer(`sleep 0.2; printf '{"status": "fail"}' > reports/x.json`), writes: ['current/x.json'] }, reader('late', 'reports/x.json')] as never[]), 'reports/x.json': JSON.stringify({ status: 'pass' }) });
    symlinkSync('reports', join(root, 'current'));
    const { verdict } = await verify({ root, now: NOW, write: false });
    expect(statuses(verdict)).toEqual(['producer:pass', 'late:fail:status_not_allowed']);
  });

  it('sound: a reader after the writer reads its fresh output through a link and passes', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([writer(`printf '{"status": "pass"}' > reports/x.json.tmp && mv reports/x.json.tmp reports/x.json`), reader('late', 'alias.json', { needs: ['producer'] })] as never[]), 'reports/x.json': STALE });
    symlinkSync('reports/x.json', join(root, 'alias.json'));
    const { verdict, exitCode } = await verify({ root, now: NOW, write: false });
    expect(statuses(verdict)).toEqual(['producer:pass', 'late:pass']);
    expect(exitCode).toBe(0);
  });

  // By design: the check proves the step ran and acted on its output, not what it wrote. A touch or a restore from a
  // copy made in this run sets the modification time exactly like rewriting identical bytes (which a deterministic
  // producer must be allowed to do); what the bytes say is judged by the readers (max_age, lineage run ids).
  it.each([
    ['touch', 'touch reports/x.json'],
    ['a restore by mv from a copy', 'cp reports/x.json x.bak && mv x.bak reports/x.json'],
    ['cp over the file', 'cp reports/x.json x.bak && cp x.bak reports/x.json'],
  ])('by design: %s counts as a write', async (_name, run) => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([writer(run), reader('late', 'reports/x.json', { needs: ['producer'] })] as never[]), 'reports/x.json': JSON.stringify({ status: 'pass' }) });
    const { verdict } = await verify({ root, now: NOW, write: false });
    expect(statuses(verdict)).toEqual(['producer:pass', 'late:pass']);
  });

  // A rename moves the change time and writes no byte: the file's modification time is still the earlier run's, so it
  // was put back in place, not written (red team yc; formerly counted as a write).
  it.each([
    ['a rename away and back', 'mv reports/x.json x.bak && mv x.bak reports/x.json'],
    ['a copy keeping its time', 'cp -p reports/x.json x.bak && cp -p x.bak reports/x.json'],
    ['a chmod', 'chmod 600 reports/x.json'],
  ])('%s of the earlier report: declared_write_missing, and its reader fails stale naming the writer', async (_name, run) => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([writer(run), reader('late', 'reports/x.json', { needs: ['producer'] })] as never[]), 'reports/x.json': JSON.stringify({ status: 'pass' }) });
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(root, 'reports/x.json'), old, old);
    const { verdict, exitCode } = await verify({ root, now: NOW, write: false });
    expect(statuses(verdict)).toEqual(['producer:fail:declared_write_missing', 'late:fail:stale']);
    expect(verdict.gates[1]?.checks.find((c) => c.code === 'stale')?.message).toContain('gate producer declares that it writes it, but its bytes were last modified at');
    expect(exitCode).toBe(1);
  });

  /** Writes a probe until the kernel's change-time clock has passed every file in `root`: what is there is older than any command to come. */
  function oneTickLater(root: string, files: readonly string[]): void {
    const newest = files.reduce((max, f) => (statSync(join(root, f), { bigint: true }).ctimeNs > max ? statSync(join(root, f), { bigint: true }).ctimeNs : max), 0n);
    const probe = join(root, '.tick');
    do writeFileSync(probe, '');
    while (statSync(probe, { bigint: true }).ctimeNs <= newest);
    rmSync(probe);
  }

  // A link changes no file's change time: a name linked to a cached report reaches a file the command never wrote.
  it.each([
    ['a symlink to a cached report', 'mkdir -p reports && ln -sf ../cache/x.json reports/x.json'],
    ['a symlink over the earlier report', 'ln -sf ../cache/x.json reports/x.json'],
    ['the directory swapped for a link to a cached one', 'rm -rf reports && ln -s cache reports'],
  ])('%s older than the command: declared_write_missing, and its reader fails stale naming the writer', async (_name, run) => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([writer(run), reader('late', 'reports/x.json', { needs: ['producer'] })] as never[]), 'cache/x.json': JSON.stringify({ status: 'pass' }), 'reports/x.json': STALE });
    oneTickLater(root, ['cache/x.json', 'reports/x.json']);
    const { verdict, exitCode } = await verify({ root, now: NOW, write: false });
    expect(statuses(verdict)).toEqual(['producer:fail:declared_write_missing', 'late:fail:stale']);
    expect(verdict.gates[1]?.checks.find((c) => c.code === 'stale')?.message).toContain('gate producer declares that it writes it, but did not write it in this run');
    expect(exitCode).toBe(1);
  });

  it('sound: a symlink to a report the command wrote in this run (latest -> run-123) is its write', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([writer(`mkdir -p build && printf '{"status": "pass"}' > build/x.json && ln -sf ../build/x.json reports/x.json`), reader('late', 'reports/x.json', { needs: ['producer'] })] as never[]), 'reports/x.json': STALE });
    oneTickLater(root, ['reports/x.json']);
    const { verdict, exitCode } = await verify({ root, now: NOW, write: false });
    expect(statuses(verdict)).toEqual(['producer:pass', 'late:pass']);
    expect(exitCode).toBe(0);
  });

  it('rollback never relaxes declared_write_missing: no evidence was written', async () => {
    const declaration = { reason: 'Hotfix must ship; conformance tracked in INC-2041', owner: 'TopazFalcon', incident: 'INC-2041', created: '2026-03-10T08:00:00Z', expires: '2026-03-12T08:00:00Z' };
    const root = workspace({ 'gate-engine.config.yaml': configYaml([writer('true')] as never[]), 'rollback.yaml': stringify(declaration), 'reports/x.json': JSON.stringify({ status: 'pass' }) });
    const { verdict, exitCode } = await verify({ root, mode: 'rollback', rollbackFile: join(root, 'rollback.yaml'), now: NOW, write: false });
    expect(verdict.gates.map((g) => [g.id, g.raw_status, g.status, g.reason])).toEqual([['producer', 'fail', 'fail', 'declared_write_missing']]);
    expect(exitCode).toBe(1);
  });
});

describe('a file a step of this run rewrites after a gate judged it: the gate judged an earlier run\'s (red team hq)', () => {
  const rewrite = (id: string, content: string, extra: object = {}) => ({ id, type: 'command', options: { run: ['node', '-e', `require('node:fs').writeFileSync('status.json', ${JSON.stringify(content)})`] }, ...extra });
  const outcome = (verdict: { gates: { id: string; status: string; reason?: string }[] }) => verdict.gates.map((g) => `${g.id}:${g.status}${g.reason ? `:${g.reason}` : ''}`);

  it('a reader declared before a command (no writes) that rewrites its file: stale, naming the run\'s end (exit 1)', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([reader('early'), rewrite('producer', STALE)] as never[]), 'status.json': JSON.stringify({ status: 'pass' }) });
    const { verdict, exitCode } = await verify({ root, now: NOW, write: false });
    expect(outcome(verdict)).toEqual(['early:fail:stale', 'producer:pass']);
    const finding = verdict.gates[0]?.checks.find((c) => c.id === 'evidence_unchanged_during_run');
    expect(finding).toMatchObject({ status: 'fail', code: 'stale', path: 'status.json' });
    expect(finding?.message).toContain("by the run's end (status.json)");
    expect(exitCode).toBe(1);
  });

  it('a command declaring other writes rewrites the file its unrelated reader judges beside it: the reader fails either way (exit 1)', async () => {
    const writer = { ...rewrite('producer', STALE), writes: ['summary.json'], options: { run: ['node', '-e', `const fs = require('node:fs'); setTimeout(() => { fs.writeFileSync('status.json', ${JSON.stringify(STALE)}); fs.writeFileSync('summary.json', '{}'); }, 200)`] } };
    const root = workspace({ 'gate-engine.config.yaml': configYaml([writer, reader('late')] as never[]), 'status.json': JSON.stringify({ status: 'pass' }) });
    const { verdict, exitCode } = await verify({ root, now: NOW, write: false });
    // Read before the rewrite: stale (the run left "fail"); read after it: the "fail" itself.
    expect(['late:fail:stale', 'late:fail:status_not_allowed']).toContain(outcome(verdict)[1]);
    expect(exitCode).toBe(1);
  });

  it('a reader beside a non-blocking command declaring other writes, which changed its file and failed: stale, whenever it read (exit 1)', async () => {
    const run = `const fs = require('node:fs'); fs.writeFileSync('status.json', ${JSON.stringify(JSON.stringify({ status: 'pass' }))}); setTimeout(() => { fs.writeFileSync('summary.json', '{}'); process.exit(3); }, 300)`;
    const writer = { id: 'producer', type: 'command', blocking: false, writes: ['summary.json'], options: { run: ['node', '-e', run] } };
    const root = workspace({ 'gate-engine.config.yaml': configYaml([writer, reader('late')] as never[]), 'status.json': JSON.stringify({ status: 'pass' }) });
    const { verdict, exitCode } = await verify({ root, now: NOW, write: false });
    expect(outcome(verdict)).toEqual(['producer:fail:command_failed', 'late:fail:stale']);
    expect(verdict.gates[1]?.checks.find((c) => c.code === 'stale')?.message).toContain('was written while gate producer ran, and that gate failed (command_failed)');
    expect(exitCode).toBe(1);
  });

  it('a reader declared before a command that puts a named pipe in its file\'s place: stale (exit 1)', async () => {
    const pipe = { id: 'producer', type: 'command', options: { run: 'rm status.json && mkfifo status.json', shell: true } };
    const root = workspace({ 'gate-engine.config.yaml': configYaml([reader('early'), pipe] as never[]), 'status.json': JSON.stringify({ status: 'pass' }) });
    const { verdict, exitCode } = await verify({ root, now: NOW, write: false });
    expect(outcome(verdict)).toEqual(['early:fail:stale', 'producer:pass']);
    expect(exitCode).toBe(1);
  });

  it.each([
    ['a link out of the root (to a report saying fail)', (outside: string) => `rm status.json && ln -s ${outside} status.json`],
    ['a link to nothing', () => 'rm status.json && ln -s nowhere.json status.json'],
  ])('a reader declared before a command that puts %s in its file\'s place: stale, never taken for gone (exit 1)', async (_name, command) => {
    const outside = join(tempDir(), 'status.json');
    writeFileSync(outside, STALE);
    const link = { id: 'producer', type: 'command', options: { run: command(outside), shell: true } };
    const root = workspace({ 'gate-engine.config.yaml': configYaml([reader('early'), link] as never[]), 'status.json': JSON.stringify({ status: 'pass' }) });
    const { verdict, exitCode } = await verify({ root, now: NOW, write: false });
    expect(outcome(verdict)).toEqual(['early:fail:stale', 'producer:pass']);
    expect(exitCode).toBe(1);
  });

  it('a reader declared before a command that clears its file and writes none: stale, naming the removal at the run\'s end (exit 1; red team vc)', async () => {
    // The previous run's report was judged; the step that should have replaced it removed it and wrote nothing (its suite
    // crashed, the failure swallowed). In a fresh checkout (check) a gone file proves nothing; in the run it was thrown away.
    const clear = { id: 'producer', type: 'command', options: { run: ['node', '-e', "require('node:fs').rmSync('status.json')"] } };
    const root = workspace({ 'gate-engine.config.yaml': configYaml([reader('early'), clear] as never[]), 'status.json': JSON.stringify({ status: 'pass' }) });
    const { verdict, exitCode } = await verify({ root, now: NOW, write: false });
    expect(outcome(verdict)).toEqual(['early:fail:stale', 'producer:pass']);
    expect(verdict.gates[0]?.checks.find((c) => c.id === 'evidence_unchanged_during_run')?.message).toContain("by the run's end, where nothing is left at the path (removed during the run)");
    expect(exitCode).toBe(1);
  });

  it.each([
    ['rewrites the same bytes', rewrite('producer', JSON.stringify({ status: 'pass' }))],
    ['removes a file no gate judged', { id: 'producer', type: 'command', options: { run: ['node', '-e', "require('node:fs').rmSync('scratch.txt')"] } }],
  ])('sound: a later command that %s leaves the reader passing', async (_name, command) => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([reader('early'), command] as never[]), 'status.json': JSON.stringify({ status: 'pass' }), 'scratch.txt': 'x' });
    const { verdict, exitCode } = await verify({ root, now: NOW, write: false });
    expect(outcome(verdict)).toEqual(['early:pass', 'producer:pass']);
    expect(exitCode).toBe(0);
  });
});

describe('a writer that declares a directory (`writes: [reports]` or `[reports/]`) covers the files under it', () => {
  const dirWriter = (writes: string[], run: string, extra: object = {}) => ({ id: 'producer', type: 'command', writes, options: { run, shell: true }, ...extra });
  const statuses = (verdict: { gates: { id: string; status: string; reason?: string }[] }) => verdict.gates.map((g) => `${g.id}:${g.status}${g.reason ? `:${g.reason}` : ''}`);
  const files = { 'reports/x.json': JSON.stringify({ status: 'pass' }) };

  it('planOrder: a reader of a file under the directory waits for the writer', () => {
    for (const writes of [['reports'], ['reports/'], ['./reports']]) {
      const r = planOrder([{ id: 'cmd', barrier: true, writes, needs: [] }, { id: 'b', barrier: false, needs: [] }]);
      if (!r.ok) throw new Error('cycle');
      expect(r.order.writers.get('b')?.[0]?.matches('reports/sub/x.json'), writes[0]).toBe(true);
    }
  });

  it('a non-blocking writer: its reader (declared after, no needs) waits and judges what it wrote, so the run fails', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([dirWriter(['reports'], `sleep 0.2; printf '{"status": "fail"}' > reports/x.json`, { blocking: false }), reader('late', 'reports/x.json')] as never[]), ...files });
    const { verdict, exitCode } = await verify({ root, now: NOW, write: false });
    expect(statuses(verdict)).toEqual(['producer:pass', 'late:fail:status_not_allowed']);
    expect(exitCode).toBe(1);
  });

  it('sound: a command that writes into the declared directory wrote it', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([dirWriter(['reports/'], `mkdir -p reports/sub && printf '{"status": "pass"}' > reports/sub/y.json && printf '{"status": "pass"}' > reports/x.json`), reader('late', 'reports/x.json', { needs: ['producer'] })] as never[]), ...files });
    const { verdict, exitCode } = await verify({ root, now: NOW, write: false });
    expect(statuses(verdict)).toEqual(['producer:pass', 'late:pass']);
    expect(exitCode).toBe(0);
  });

  it('a command that writes nothing there: declared_write_missing, and what it left is stale', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([dirWriter(['reports'], 'true'), reader('late', 'reports/x.json', { needs: ['producer'] })] as never[]), ...files });
    const { verdict } = await verify({ root, now: NOW, write: false });
    expect(statuses(verdict)).toEqual(['producer:fail:declared_write_missing', 'late:fail:stale']);
  });
});

describe('a partial run never judges what a gate it leaves out writes or was needed for (gates reading a producer\'s stale output)', () => {
  // status.json says "pass" from an earlier run; the producer of this run would write "fail".
  const failingProducer = (extra: object = {}) => ({ id: 'producer', type: 'command', writes: ['status.json'], options: { run: `printf '{"status": "fail"}' > status.json`, shell: true }, ...extra });
  const earlierPass = JSON.stringify({ status: 'pass' });
  const statuses = (verdict: { gates: { id: string; status: string; reason?: string }[] }) => verdict.gates.map((g) => `${g.id}:${g.status}${g.reason ? `:${g.reason}` : ''}`);

  it('--gate of a reader whose declared writer is left out: stale, naming the writer and the fix', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([failingProducer(), reader('check')]), 'status.json': earlierPass });
    const { verdict, exitCode } = await verify({ root, now: NOW, write: false, gates: ['check'] });
    expect(exitCode).toBe(1);
    expect(verdict.gates.map((g) => g.id)).toEqual(['check']);
    const check = verdict.gates[0];
    expect(check).toMatchObject({ status: 'fail', reason: 'stale' });
    expect(check?.checks.find((c) => c.code === 'stale')).toMatchObject({
      message: expect.stringContaining('written by gate producer, which this run does not include'),
      fix: expect.stringContaining('--gate producer'),
    });
  });

  it('the same in the preflight lane, where a non-blocking writer is left out by the lane', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([failingProducer({ blocking: false }), reader('check')]), 'status.json': earlierPass });
    const { verdict, exitCode } = await verify({ root, now: NOW, write: false, lane: 'preflight' });
    expect(exitCode).toBe(1);
    expect(verdict.gates.find((g) => g.id === 'check')).toMatchObject({ status: 'fail', reason: 'stale' });
  });

  it('--gate of a gate with needs runs what it needs, transitively, in order: the fresh "fail" is judged', async () => {
    const gates = [
      { id: 'setup', type: 'command', options: { run: 'true', shell: true } },
      failingProducer({ needs: ['setup'] }),
      reader('check', 'status.json', { needs: ['producer'] }),
      reader('unrelated', 'other.json'),
    ];
    const root = workspace({ 'gate-engine.config.yaml': configYaml(gates), 'status.json': earlierPass, 'other.json': earlierPass });
    const { verdict, exitCode } = await verify({ root, now: NOW, write: false, gates: ['check'] });
    expect(exitCode).toBe(1);
    expect(verdict.gates.map((g) => g.id)).toEqual(['setup', 'producer', 'check']);
    expect(verdict.gates.find((g) => g.id === 'check')).toMatchObject({ status: 'fail', reason: 'status_not_allowed' });
  });

  it('--rerun-from re-runs a failed gate with what it needs', async () => {
    const gates = [failingProducer(), reader('check', 'status.json', { needs: ['producer'] })];
    const root = workspace({ 'gate-engine.config.yaml': configYaml(gates), 'status.json': earlierPass });
    const out = tempDir('ge-rerun-');
    const first = await verify({ root, out, now: NOW });
    expect(first.verdict.gates.map((g) => [g.id, g.status])).toEqual([['producer', 'pass'], ['check', 'fail']]);
    const again = await verify({ root, out: tempDir('ge-rerun-2-'), now: NOW, rerunFrom: join(out, 'full_suite_verdict.json'), write: false });
    expect(again.verdict.gates.map((g) => g.id)).toEqual(['producer', 'check']);
  });

  it('the preflight lane does not stop at a failing non-blocking gate it runs for needs: the blocking gate that needs it is judged', async () => {
    const gates = [
      { id: 'advisory', type: 'command', blocking: false, options: { run: 'exit 3', shell: true } },
      reader('check', 'missing.json', { needs: ['advisory'] }),
    ];
    const root = workspace({ 'gate-engine.config.yaml': configYaml(gates) });
    const { verdict, exitCode } = await verify({ root, now: NOW, write: false, lane: 'preflight' });
    expect(exitCode).toBe(1);
    expect(statuses(verdict)).toEqual(['advisory:fail:command_failed', 'check:fail:missing']);
    expect(verdict.first_failure).toMatchObject({ id: 'check' });
    // Every reader of the verdict re-derives first_failure the same way: the first failing blocking gate.
    expect(verdictInconsistencies(verdict)).toEqual([]);
  });

  it('a failing non-blocking writer a reader needs: what it wrote is stale for the reader, in the preflight lane as in the full one', async () => {
    const gates = [failingProducer({ blocking: false, options: { run: `printf '{"status": "pass"}' > status.json; exit 3`, shell: true } }), reader('check', 'status.json', { needs: ['producer'] })];
    for (const lane of ['full', 'preflight'] as const) {
      const root = workspace({ 'gate-engine.config.yaml': configYaml(gates), 'status.json': earlierPass });
      const { verdict, exitCode } = await verify({ root, now: NOW, write: false, lane });
      expect(exitCode).toBe(1);
      expect(statuses(verdict)).toEqual(['producer:fail:command_failed', 'check:fail:stale']);
    }
  });

  it('a partial run still passes a reader of files no left-out writer declares', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([failingProducer(), reader('unrelated', 'other.json')]), 'other.json': earlierPass });
    const { verdict, exitCode } = await verify({ root, now: NOW, write: false, gates: ['unrelated'] });
    expect(exitCode).toBe(0);
    expect(verdict.gates).toEqual([expect.objectContaining({ id: 'unrelated', status: 'pass' })]);
  });
});

describe('a file rewritten while the run reads it is judged as one content or not at all (red team: an undeclared writer between two readers)', () => {
  const gates = (rewrite: string) => [
    { id: 'status_ok', type: 'artifact_status', options: { path: 'report.json', pointer: '/status', allowed: ['pass'] } },
    { id: 'regenerate', type: 'command', options: { run: rewrite, shell: true } },
    { id: 'coverage_ok', type: 'threshold', options: { path: 'report.json', pointer: '/coverage', op: '>=', value: 80 } },
  ];

  it('status read as "pass" (coverage 50), then coverage read as 90 (status fail): no state passed both, so both readers fail stale', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml(gates(`printf '{"status":"fail","coverage":90}' > report.json`)), 'report.json': '{"status":"pass","coverage":50}' });
    const { verdict, exitCode } = await verify({ root, out: tempDir(), now: NOW });
    expect(exitCode).toBe(1);
    const byId = Object.fromEntries(verdict.gates.map((g) => [g.id, g]));
    for (const id of ['status_ok', 'coverage_ok']) {
      expect(byId[id]?.status).toBe('fail');
      expect(byId[id]?.reason).toBe('stale');
      expect(byId[id]?.checks.find((c) => c.code === 'stale')).toMatchObject({ id: 'evidence_unchanged_during_run', path: 'report.json' });
    }
    expect(byId.regenerate?.status).toBe('pass');
    expect(verdictInconsistencies(verdict)).toEqual([]);
  });

  it('the same file read under two names (./report.json, a symlink to it) is one file: both readers fail stale', async () => {
    const root = workspace({ 'report.json': '{"status":"pass","coverage":50}' });
    symlinkSync('report.json', join(root, 'alias.json'));
    const [status, regenerate, coverage] = gates(`printf '{"status":"fail","coverage":90}' > report.json`);
    writeFileSync(join(root, 'gate-engine.config.yaml'), configYaml([{ ...status, type: 'artifact_status', options: { path: './report.json', pointer: '/status', allowed: ['pass'] } }, { ...regenerate, type: 'command' }, { ...coverage, type: 'threshold', options: { path: 'alias.json', pointer: '/coverage', op: '>=', value: 80 } }]));
    const { verdict, exitCode } = await verify({ root, out: tempDir(), now: NOW });
    expect(exitCode).toBe(1);
    expect(verdict.gates.map((g) => [g.id, g.status, g.reason ?? null])).toEqual([['status_ok', 'fail', 'stale'], ['regenerate', 'pass', null], ['coverage_ok', 'fail', 'stale']]);
  });

  it('sound: a command that rewrites the file with the same bytes (or another file) leaves both readers passing', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml(gates(`printf '{"status":"pass","coverage":90}' > report.json; printf x > other.txt`)), 'report.json': '{"status":"pass","coverage":90}' });
    const { verdict, exitCode } = await verify({ root, out: tempDir(), now: NOW });
    expect(verdict.gates.map((g) => [g.id, g.status])).toEqual([['status_ok', 'pass'], ['regenerate', 'pass'], ['coverage_ok', 'pass']]);
    expect(exitCode).toBe(0);
  });
});
