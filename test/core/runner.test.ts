/** The runner turns every way a gate can misbehave into a failed gate with its own reason, never an aborted run. */
import { afterAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/verify.js';
import { configYaml, type GateEntry } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';
import { TEST_GATES } from '../helpers/test-gates.js';

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
