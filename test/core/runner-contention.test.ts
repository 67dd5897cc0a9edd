/**
 * Timeouts catch hangs, not contention: the gates of a run share one event loop, and a gate is charged its fair
 * share of the time the loop was busy, plus all the time it was idle. A gate slowed down only because another
 * gate holds the CPU keeps its verdict; a gate that hangs still times out, even next to one that computes.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { defineGate, type GateContext } from '../../src/core/types.js';
import { verify } from '../../src/verify.js';
import { configYaml, type GateEntry } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

type Role = 'hog' | 'patient' | 'hang' | 'count' | 'burn';

/** Gates of role `count` running right now, and the most seen at once. */
const live = { now: 0, max: 0 };

/** hog: holds the loop for `ms` of wall time (as a CPU-heavy gate does); patient: five short waits; hang: never settles. */
const contentionGate = defineGate<{ role: Role; ms: number }>({
  type: 'contend',
  title: 'Contention probe',
  description: 'Exercises the runner under a busy event loop.',
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['role'],
    properties: { role: { enum: ['hog', 'patient', 'hang', 'count', 'burn'] }, ms: { type: 'integer', minimum: 0, default: 0 } },
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
    if (role === 'burn') {
      // `ms` of CPU time, in 5 ms slices with a turn of the loop between them (as a scanner reading files does).
      const start = process.cpuUsage();
      const used = () => {
        const u = process.cpuUsage(start);
        return (u.user + u.system) / 1000;
      };
      while (used() < ms) {
        const until = performance.now() + 5;
        while (performance.now() < until) {
          // busy
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
      ctx.pass('probe', 'burned');
      return;
    }
    if (role === 'count') {
      live.max = Math.max(live.max, ++live.now);
      try {
        await sleep(30);
      } finally {
        live.now--;
      }
      ctx.pass('probe', 'counted');
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

/** Heavy and light gates running right now, and what was seen at once. */
const weights = { heavy: 0, light: 0, maxHeavy: 0, lightBesideHeavy: 0 };
const weighed = (heavy: boolean) =>
  defineGate<Record<string, never>>({
    type: heavy ? 'heavy_probe' : 'light_probe',
    title: 'Weight probe',
    description: 'Counts the heavy and light gates running at once.',
    heavy,
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
    async evaluate(ctx: GateContext) {
      weights[heavy ? 'heavy' : 'light']++;
      weights.maxHeavy = Math.max(weights.maxHeavy, weights.heavy);
      if (weights.heavy > 0 && weights.light > 0) weights.lightBesideHeavy++;
      try {
        await sleep(40);
      } finally {
        weights[heavy ? 'heavy' : 'light']--;
      }
      ctx.pass('probe', heavy ? 'heavy' : 'light');
    },
  });

async function run(gates: GateEntry[], env?: Record<string, string>) {
  const root = workspace({ 'gate-engine.config.yaml': configYaml(gates) });
  return verify({ root, out: tempDir(), gateTypes: [contentionGate, weighed(true), weighed(false)], now: '2026-03-10T12:00:00Z', ...(env ? { env } : {}) });
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

  it('never more gates run at once than the concurrency bound (GATE_ENGINE_CONCURRENCY)', async () => {
    live.max = 0;
    const gates = Array.from({ length: 7 }, (_, i) => ({ id: `c${i}`, type: 'contend', options: { role: 'count' } }));
    const bounded = await run(gates, { GATE_ENGINE_CONCURRENCY: '2' });
    expect(bounded.verdict.verdict).toBe('pass');
    expect(live.max).toBe(2);
    live.max = 0;
    await run(gates, { GATE_ENGINE_CONCURRENCY: '7' });
    expect(live.max).toBe(7);
  });

  it('heavy gates (a whole tree, a tracker stream) run one at a time, beside light gates, so their memory does not add up', async () => {
    Object.assign(weights, { heavy: 0, light: 0, maxHeavy: 0, lightBesideHeavy: 0 });
    const gates = [
      ...Array.from({ length: 4 }, (_, i) => ({ id: `h${i}`, type: 'heavy_probe' })),
      ...Array.from({ length: 4 }, (_, i) => ({ id: `l${i}`, type: 'light_probe' })),
    ];
    const { verdict } = await run(gates, { GATE_ENGINE_CONCURRENCY: '4' });
    expect(verdict.gates.map((g) => g.status)).toEqual(Array(8).fill('pass'));
    expect(weights.maxHeavy).toBe(1);
    expect(weights.lightBesideHeavy).toBeGreaterThan(0);
  });

  it('a gate queued behind busy gates is not timed while it waits for a slot', async () => {
    // Three hogs hold the CPU for 3 × 400 ms; with one slot the patient gate starts after them. Timed from the
    // start of the run (or by a fair share of the busy loop) it would exceed its 300 ms; timed from its slot it passes.
    const { verdict } = await run(
      [
        { id: 'hog1', type: 'contend', options: { role: 'hog', ms: 400 }, timeout: '30s' },
        { id: 'hog2', type: 'contend', options: { role: 'hog', ms: 400 }, timeout: '30s' },
        { id: 'hog3', type: 'contend', options: { role: 'hog', ms: 400 }, timeout: '30s' },
        { id: 'patient', type: 'contend', options: { role: 'patient' }, timeout: '300ms' },
      ],
      { GATE_ENGINE_CONCURRENCY: '1' },
    );
    expect(verdict.gates.map((g) => [g.id, g.status])).toEqual([
      ['hog1', 'pass'],
      ['hog2', 'pass'],
      ['hog3', 'pass'],
      ['patient', 'pass'],
    ]);
  });

  it('real contention: a dozen CPU-bound gates and a slow-but-healthy gate under the default bound — no timeout fires', async () => {
    const hogs = Array.from({ length: 12 }, (_, i) => ({ id: `hog${i}`, type: 'contend', options: { role: 'hog', ms: 150 }, timeout: '30s' }));
    const { verdict } = await run([...hogs, { id: 'patient', type: 'contend', options: { role: 'patient' }, timeout: '400ms' }]);
    expect(verdict.gates.filter((g) => g.status !== 'pass').map((g) => g.id)).toEqual([]);
  });

  it('with one slot, a hang still times out and the gates after it still run', async () => {
    const { verdict } = await run(
      [
        { id: 'hang', type: 'contend', options: { role: 'hang' }, timeout: '200ms' },
        { id: 'after', type: 'contend', options: { role: 'patient' }, timeout: '5s' },
      ],
      { GATE_ENGINE_CONCURRENCY: '1' },
    );
    expect(verdict.gates.map((g) => [g.id, g.status, g.reason])).toEqual([
      ['hang', 'fail', 'timeout'],
      ['after', 'pass', undefined],
    ]);
  });

  it('real contention from other processes: a gate that got a third of a core is timed on the CPU it got, not on the wall clock', async () => {
    // Two busy processes per core: this process gets about a third of a core, so 300 ms of CPU take ~900 ms of wall
    // time or more. Charged by the wall clock, the gate would exceed its 600 ms; charged by its own work it passes.
    const hogs = Array.from({ length: availableParallelism() * 2 }, () => spawn(process.execPath, ['-e', 'for (;;);'], { stdio: 'ignore' }));
    try {
      await sleep(100);
      const t0 = performance.now();
      const { verdict } = await run([{ id: 'burn', type: 'contend', options: { role: 'burn', ms: 300 }, timeout: '600ms' }]);
      const wall = performance.now() - t0;
      expect(verdict.gates[0]?.status, `wall ${wall.toFixed(0)} ms`).toBe('pass');
    } finally {
      for (const h of hogs) h.kill('SIGKILL');
    }
  });
});
