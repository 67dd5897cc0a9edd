/** The runner turns every way a gate can misbehave into a failed gate with its own reason, never an aborted run. */
import { afterAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/verify.js';
import { configYaml, type GateEntry } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';
import { defineGate } from '../../src/core/types.js';
import { TEST_GATES } from '../helpers/test-gates.js';
import { verdictInconsistencies } from '../../src/core/consistency.js';

afterAll(removeTempDirs);

async function run(gates: GateEntry[]) {
  const root = workspace({ 'gate-engine.config.yaml': configYaml(gates) });
  return verify({ root, out: tempDir(), gateTypes: TEST_GATES, now: '2026-03-10T12:00:00Z' });
}

const probe = (behaviour: string, extra: Partial<GateEntry> = {}): GateEntry => ({ id: behaviour.replace(/_/g, '-'), type: 'behave', options: { behaviour }, ...extra });

describe('runner: a misbehaving gate fails, the run goes on', () => {
  it('a gate that throws fails with reason crashed, keeps its earlier checks, and other gates still run', async () => {
    const { verdict, exitCode } = await run([probe('throw'), probe('pass')]);
    const [crashed, ok] = verdict.gates;
    expect(exitCode).toBe(1);
    expect(crashed).toMatchObject({ status: 'fail', reason: 'crashed' });
    expect(crashed?.checks.map((c) => c.code)).toEqual(['ok', 'crashed']);
    expect(crashed?.checks[1]?.message).toBe('gate threw RangeError: index 7 out of range');
    expect(ok?.status).toBe('pass');
  });

  it('a gate that throws a non-Error value is also crashed', async () => {
    const { verdict } = await run([probe('throw_string')]);
    expect(verdict.gates[0]).toMatchObject({ status: 'fail', reason: 'crashed' });
    expect(verdict.gates[0]?.checks.at(-1)?.message).toContain('a bare string');
  });

  it('a gate that hangs fails with reason timeout after its own timeout', async () => {
    const { verdict, exitCode } = await run([probe('hang', { timeout: '200ms' }), probe('pass')]);
    expect(exitCode).toBe(1);
    expect(verdict.gates[0]).toMatchObject({ status: 'fail', reason: 'timeout' });
    expect(verdict.gates[0]?.checks.at(-1)).toMatchObject({ code: 'timeout', message: 'gate did not finish within 200 ms' });
    expect(verdict.gates[1]?.status).toBe('pass');
  });

  it('checks a gate records after its timeout are ignored', async () => {
    const { verdict } = await run([probe('late_check', { timeout: '50ms' })]);
    expect(verdict.gates[0]).toMatchObject({ status: 'fail', reason: 'timeout' });
    await new Promise((r) => setTimeout(r, 400));
    expect(verdict.gates[0]?.checks.map((c) => c.id)).toEqual(['evaluate']);
  });

  it('a gate that returns a value instead of reporting through ctx is crashed', async () => {
    const { verdict, exitCode } = await run([probe('return_value')]);
    expect(exitCode).toBe(1);
    expect(verdict.gates[0]).toMatchObject({ status: 'fail', reason: 'crashed' });
  });

  it('a gate that records a malformed check (empty code) is crashed', async () => {
    const { verdict } = await run([probe('bad_check')]);
    expect(verdict.gates[0]).toMatchObject({ status: 'fail', reason: 'crashed' });
    expect(verdict.gates[0]?.checks.at(-1)?.message).toContain('check code must be a non-empty string');
  });

  it('a gate that evaluates no checks fails with reason vacuous', async () => {
    const { verdict, exitCode } = await run([probe('no_checks')]);
    expect(exitCode).toBe(1);
    expect(verdict.gates[0]).toMatchObject({ raw_status: 'fail', status: 'fail', reason: 'vacuous' });
  });

  it('a blocking gate that skips fails with reason blocking_skip', async () => {
    const { verdict, exitCode } = await run([probe('skip')]);
    expect(exitCode).toBe(1);
    expect(verdict.gates[0]).toMatchObject({ raw_status: 'skip', status: 'fail', reason: 'blocking_skip' });
  });

  it('a non-blocking gate that skips stays skip and makes the run warn (exit 0)', async () => {
    const { verdict, exitCode } = await run([probe('pass'), probe('skip', { blocking: false })]);
    expect(exitCode).toBe(0);
    expect(verdict.verdict).toBe('warn');
    expect(verdict.gates[1]).toMatchObject({ status: 'skip', reason: 'skipped' });
  });

  it('a non-blocking failure makes the run warn, a blocking warning too (exit 0)', async () => {
    const { verdict, exitCode } = await run([probe('throw', { blocking: false }), probe('warn')]);
    expect(exitCode).toBe(0);
    expect(verdict.verdict).toBe('warn');
    expect(verdict.summary).toMatchObject({ failed: 1, warned: 1, blocking_pass: 1, blocking_total: 1, all_blocking_pass: true });
  });

  it('gates run concurrently but results keep the declared order', async () => {
    const { verdict } = await run([probe('hang', { timeout: '150ms' }), probe('pass'), probe('warn')]);
    expect(verdict.gates.map((g) => g.id)).toEqual(['hang', 'pass', 'warn']);
  });
});

describe('runner: needs, and the gate detail', () => {
  // What each step gate saw, in the order it happened. A step yields the event loop a few turns before it ends, so a
  // gate that does not wait for it starts in between.
  const events: string[] = [];
  const stepGate = defineGate<{ turns: number; fails?: number; warns?: number }>({
    type: 'step',
    title: 'Step',
    description: 'Records when it starts and ends.',
    optionsSchema: { type: 'object', additionalProperties: false, required: ['turns'], properties: { turns: { type: 'integer' }, fails: { type: 'integer' }, warns: { type: 'integer' } } },
    async evaluate(ctx, { turns, fails = 0, warns = 0 }) {
      events.push(`${ctx.gateId}:start`);
      for (let i = 0; i < turns; i++) await new Promise((r) => setImmediate(r));
      events.push(`${ctx.gateId}:end`);
      ctx.pass('step', 'done');
      for (let i = 1; i <= fails; i++) ctx.fail(`f${i}`, 'bad', `failure ${i}`);
      for (let i = 1; i <= warns; i++) ctx.warn(`w${i}`, 'odd', `warning ${i}`);
    },
  });

  it('a gate starts only after every gate it needs has finished', async () => {
    events.length = 0;
    const root = workspace({ 'gate-engine.config.yaml': configYaml([
      { id: 'first', type: 'step', options: { turns: 5 } },
      { id: 'second', type: 'step', options: { turns: 0 }, needs: ['first'] },
      { id: 'free', type: 'step', options: { turns: 0 } },
    ]) });
    const { verdict } = await verify({ root, out: tempDir(), gateTypes: [stepGate], now: '2026-03-10T12:00:00Z', env: { GATE_ENGINE_CONCURRENCY: '3' } });
    expect(verdict.gates.map((g) => `${g.id}:${g.status}`)).toEqual(['first:pass', 'second:pass', 'free:pass']);
    expect(events.indexOf('second:start')).toBeGreaterThan(events.indexOf('first:end'));
    // Sanity: without needs the gates do overlap, so the order above is the wait, not chance.
    expect(events.indexOf('free:start')).toBeLessThan(events.indexOf('first:end'));
  });

  it('a gate\'s detail names its first failure (or warning) and how many more there are', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([
      { id: 'f3', type: 'step', options: { turns: 0, fails: 3, warns: 1 } },
      { id: 'f1', type: 'step', options: { turns: 0, fails: 1 } },
      { id: 'w2', type: 'step', options: { turns: 0, warns: 2 } },
    ]) });
    const { verdict } = await verify({ root, out: tempDir(), gateTypes: [stepGate], now: '2026-03-10T12:00:00Z' });
    expect(verdict.gates.map((g) => g.detail)).toEqual(['3 failing checks: failure 1 (+2 more)', '1 failing check: failure 1', '2 warnings: warning 1 (+1 more)']);
  });
});

describe('runner: the waiver a gate result carries', () => {
  const waiverToml = (gates: string[]) => gates.map((id) => `[waiver.${id}]\nowner = "TopazForest"\ncreated = "2026-03-01"\nexpires = "2026-03-20"\nbead = "bd-7"\nreason = "Upstream flake tracked"\nscope = "both"\nremove_when = "the upstream fix ships"\n`).join('\n');

  it('only a gate the waiver turned to waived names it; a gate that passes on its own under an active waiver does not', async () => {
    const root = workspace({
      'gate-engine.config.yaml': configYaml([probe('fail'), probe('pass')], { waivers: { sources: ['waivers.toml'] } }),
      'waivers.toml': waiverToml(['fail', 'pass']),
    });
    const { verdict } = await verify({ root, out: tempDir(), gateTypes: TEST_GATES, now: '2026-03-10T12:00:00Z' });
    const [waived, passed] = verdict.gates;
    expect(waived).toMatchObject({ status: 'waived', raw_status: 'fail', reason: 'probe_failed', waiver: { owner: 'TopazForest', expires: '2026-03-20' } });
    expect(waived?.detail).toMatch(/^WAIVED \(original: fail\) by TopazForest until 2026-03-20 \(tracking issue: bd-7\): Upstream flake tracked — /);
    expect(passed).toMatchObject({ status: 'pass' });
    expect(passed).not.toHaveProperty('waiver');
    expect(passed?.detail).not.toContain('WAIVED');
  });
});

describe('runner: a waiver in force that does not cover the failure (red team hf)', () => {
  const waiverToml = (gates: string[]) => gates.map((id) => `[waiver.${id}]\nowner = "TopazForest"\ncreated = "2026-03-01"\nexpires = "2026-03-20"\nbead = "bd-7"\nreason = "Upstream flake tracked"\nscope = "both"\nremove_when = "the upstream fix ships"\n`).join('\n');

  it('a crashed, timed-out or vacuous gate stays fail under its waiver, with a check naming the waiver and why; the verdict stays self-consistent', async () => {
    const root = workspace({
      'gate-engine.config.yaml': configYaml([probe('throw'), probe('no_checks'), probe('hang', { timeout: '200ms' })], { waivers: { sources: ['waivers.toml'] } }),
      'waivers.toml': waiverToml(['throw', 'no-checks', 'hang']),
    });
    const { verdict, exitCode } = await verify({ root, out: tempDir(), gateTypes: TEST_GATES, now: '2026-03-10T12:00:00Z' });
    expect(exitCode).toBe(1);
    expect(verdict.gates.map((g) => [g.id, g.status, g.reason])).toEqual([['throw', 'fail', 'crashed'], ['no-checks', 'fail', 'vacuous'], ['hang', 'fail', 'timeout']]);
    for (const g of verdict.gates) {
      expect(g).not.toHaveProperty('waiver');
      const refused = g.checks.filter((c) => c.code === 'waiver_not_applicable');
      expect(refused, g.id).toHaveLength(1);
      expect(refused[0]).toMatchObject({ id: 'waiver_applies', status: 'fail', path: 'waivers.toml', pointer: `/waiver/${g.id}` });
      expect(refused[0]?.message).toContain(`waiver.${g.id} (owner TopazForest, tracking issue bd-7, until 2026-03-20, in waivers.toml) is not applied`);
      expect(g.detail).toContain('is not applied');
    }
    // The gate that reported nothing gets the check that says so first: its checks still fold to vacuous.
    expect(verdict.gates[1]?.checks.map((c) => c.code)).toEqual(['vacuous', 'waiver_not_applicable']);
    expect(verdict.waivers.applied).toEqual([]);
    expect(verdict.waivers.unused.map((u) => [u.gate_id, u.gate_status])).toEqual([['throw', 'fail'], ['no-checks', 'fail'], ['hang', 'fail']]);
    expect(verdictInconsistencies(verdict)).toEqual([]);
  });
});

describe('a gate that returns while work it started is still pending (red team hb)', () => {
  const NOW = '2026-03-10T12:00:00Z';
  const unawaited = defineGate<{ via: 'json' | 'text' | 'document' | 'exists' | 'list' | 'jsonl' | 'git' }>({
    type: 'unawaited',
    title: 'Unawaited read',
    description: 'Starts a read and returns without awaiting it: the failure it would record comes after the gate was judged.',
    optionsSchema: { type: 'object', required: ['via'], properties: { via: { enum: ['json', 'text', 'document', 'exists', 'list', 'jsonl', 'git'] } } },
    evaluate(ctx, { via }) {
      ctx.pass('started', 'reading the report');
      const bad = () => ctx.fail('status', 'status_not_pass', 'the report says fail');
      if (via === 'json') void ctx.read.json('status.json').then((r) => ((r.value as { status?: string }).status !== 'pass' ? bad() : undefined));
      else if (via === 'text') void ctx.read.text('status.json').then((r) => (r.text.includes('fail') ? bad() : undefined));
      else if (via === 'document') void ctx.read.document('status.json').then(bad);
      else if (via === 'exists') void ctx.exists('status.json').then(bad);
      else if (via === 'list') void ctx.list('*.json').then(bad);
      else if (via === 'git') void ctx.git.head().then(bad);
      else void (async () => {
        for await (const _row of ctx.read.jsonl('rows.jsonl')) bad();
      })();
    },
  });
  const files = { 'status.json': JSON.stringify({ status: 'fail' }), 'rows.jsonl': '{"status":"fail"}\n' };

  it.each(['json', 'text', 'document', 'exists', 'list', 'jsonl', 'git'] as const)('a %s read left pending at return: crashed, never pass (exit 1)', async (via) => {
    const root = workspace({ ...files, 'gate-engine.config.yaml': configYaml([{ id: 'u', type: 'unawaited', options: { via } }]) });
    const { verdict, exitCode } = await verify({ root, out: tempDir(), gateTypes: [unawaited], now: NOW });
    expect(verdict.gates[0]).toMatchObject({ status: 'fail', reason: 'crashed' });
    expect(verdict.gates[0]?.checks.at(-1)?.message).toContain('still pending');
    expect(exitCode).toBe(1);
  });

  it('sound: a gate that awaits its reads, or lets one settle before it returns, passes', async () => {
    const settled = defineGate({
      type: 'settled',
      title: 'Settled read',
      description: 'Awaits one read and starts none it leaves behind.',
      optionsSchema: { type: 'object' },
      async evaluate(ctx) {
        const early = ctx.read.json('ok.json');
        await ctx.read.text('ok.json');
        await early;
        for await (const _row of ctx.read.jsonl('rows.jsonl')) break;
        ctx.pass('read', 'read it');
      },
    });
    const root = workspace({ 'ok.json': '{"status":"pass"}', 'rows.jsonl': '{"a":1}\n{"a":2}\n', 'gate-engine.config.yaml': configYaml([{ id: 's', type: 'settled' }]) });
    const { verdict, exitCode } = await verify({ root, out: tempDir(), gateTypes: [settled], now: NOW });
    expect(verdict.gates[0]).toMatchObject({ status: 'pass' });
    expect(exitCode).toBe(0);
  });
});
