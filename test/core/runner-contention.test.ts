/**
 * Timeouts catch hangs, not contention: the gates of a run share one event loop, and a gate is charged its fair
 * share of the time the loop was busy, plus all the time it was idle. A gate slowed down only because another
 * gate holds the CPU keeps its verdict; a gate that hangs still times out, even next to one that computes.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { defineGate, type GateContext } from '../../src/core/types.js';
import { verify } from '../../src/verify.js';
import { configYaml, type GateEntry } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

type Role = 'hog' | 'patient' | 'hang';

/** hog: holds the loop for `ms` of wall time (as a CPU-heavy gate does); patient: five short waits; hang: never settles. */
const contentionGate = defineGate<{ role: Role; ms: number }>({
  type: 'contend',
  title: 'Contention probe',
  description: 'Exercises the runner under a busy event loop.',
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['role'],
    properties: { role: { enum: ['hog', 'patient', 'hang'] }, ms: { type: 'integer', minimum: 0, default: 0 } },
  },
  async evaluate(ctx: GateContext, { role, ms }) {
    if (role === 'hog') {
      await sleep(1); // let every gate start first
      const until = Date.now() + ms;
      while (Date.now() < until) {
        // busy: the loop serves nobody else meanwhile
      }
      ctx.pass('probe', 'computed');
      return;
    }
    if (role === 'patient') {
      for (let i = 0; i < 5; i++) await sleep(20);
      ctx.pass('probe', 'waited');
      return;
    }
    ctx.pass('probe', 'started');
    await new Promise(() => {});
  },
});

async function run(gates: GateEntry[]) {
  const root = workspace({ 'gate-engine.config.yaml': configYaml(gates) });
  return verify({ root, out: tempDir(), gateTypes: [contentionGate], now: '2026-03-10T12:00:00Z' });
}

describe('runner: timeouts under contention', () => {
  it('a gate that only waited for the CPU another gate held does not time out', async () => {
    // The patient gate needs ~100 ms; the hog holds the loop for 1.2 s, longer than the patient gate's 800 ms timeout.
    const { verdict } = await run([
      { id: 'hog', type: 'contend', options: { role: 'hog', ms: 1200 }, timeout: '30s' },
      { id: 'patient', type: 'contend', options: { role: 'patient' }, timeout: '800ms' },
    ]);
    expect(verdict.gates.map((g) => [g.id, g.status])).toEqual([
      ['hog', 'pass'],
      ['patient', 'pass'],
    ]);
  });

  it('a gate that hangs next to a gate that computes still times out, and the run finishes', async () => {
    const t0 = Date.now();
    const { verdict } = await run([
      { id: 'hog', type: 'contend', options: { role: 'hog', ms: 400 }, timeout: '30s' },
      { id: 'hang', type: 'contend', options: { role: 'hang' }, timeout: '300ms' },
    ]);
    expect(verdict.gates[1]).toMatchObject({ status: 'fail', reason: 'timeout' });
    expect(verdict.gates[1]?.checks.at(-1)).toMatchObject({ code: 'timeout', message: 'gate did not finish within 300 ms' });
    expect(verdict.gates[0]?.status).toBe('pass');
    expect(Date.now() - t0).toBeLessThan(20_000);
  });

  it('a gate that hangs alone times out on time', async () => {
    const t0 = Date.now();
    const { verdict } = await run([{ id: 'hang', type: 'contend', options: { role: 'hang' }, timeout: '200ms' }]);
    expect(verdict.gates[0]).toMatchObject({ status: 'fail', reason: 'timeout' });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(200);
  });

  it('a run with more gates than Node\'s listener limit adds no abort listener per gate (no warning on stderr)', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on('warning', onWarning);
    try {
      const root = workspace({ 'gate-engine.config.yaml': configYaml(Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, type: 'contend', options: { role: 'patient' } }))) });
      const { verdict } = await verify({ root, out: tempDir(), gateTypes: [contentionGate], now: '2026-03-10T12:00:00Z', signal: new AbortController().signal });
      expect(verdict.verdict).toBe('pass');
      await sleep(10);
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).toEqual([]);
  });
});
