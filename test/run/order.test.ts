/**
 * Order that holds: a gate never reads evidence a command gate of the same run may still be writing.
 * `needs`, command barriers and declared writes are planned before anything runs; the same inputs and
 * --now give the same verdict every time, however the scheduler interleaves the gates.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

describe('same inputs and --now give the same verdict, every time (a producer raced by readers, 50 runs)', () => {
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
      50,
    );
    const first = JSON.parse(verdicts[0] as string);
    expect(first.verdict).toBe('pass');
    expect(first.gates.map((g: { id: string; status: string }) => `${g.id}:${g.status}`)).toEqual(['early:pass', 'producer:pass', 'late:pass', 'independent:pass', 'barrier:pass', 'after_barrier:pass']);
    expect(new Set(verdicts).size).toBe(1);
  }, 120_000);
});
