import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPolicy, exitCodeFor, foldChecks, foldRun, summarize } from '../../src/core/fold.js';
import type { CheckResult, GateStatus } from '../../src/core/types.js';

const check = (status: CheckResult['status'], code = status === 'pass' ? 'ok' : `${status}_code`): CheckResult => ({ id: `c_${code}`, status, code, message: 'm' });

describe('foldChecks (DESIGN §4: raw status of one gate)', () => {
  it('zero checks is a failure with reason vacuous, never a pass', () => {
    expect(foldChecks([], false)).toEqual({ raw_status: 'fail', reason: 'vacuous' });
  });
  it('passes when at least one check ran and none failed or warned', () => {
    expect(foldChecks([check('pass')], false)).toEqual({ raw_status: 'pass' });
  });
  it('any failed check fails the gate; the reason is the first failing check in report order', () => {
    expect(foldChecks([check('pass'), check('warn', 'w1'), check('fail', 'first'), check('fail', 'second')], false)).toEqual({ raw_status: 'fail', reason: 'first' });
  });
  it('warns with the first warning code when nothing failed', () => {
    expect(foldChecks([check('pass'), check('warn', 'soon'), check('warn', 'later')], false)).toEqual({ raw_status: 'warn', reason: 'soon' });
  });
  it('a skip counts only when nothing failed', () => {
    expect(foldChecks([], true)).toEqual({ raw_status: 'skip', reason: 'skipped' });
    expect(foldChecks([check('fail', 'missing')], true)).toEqual({ raw_status: 'fail', reason: 'missing' });
  });
});

describe('applyPolicy', () => {
  it('turns a blocking skip into a failure with reason blocking_skip', () => {
    expect(applyPolicy({ raw_status: 'skip', reason: 'skipped', blocking: true })).toEqual({ status: 'fail', reason: 'blocking_skip' });
  });
  it('leaves a non-blocking skip as skip', () => {
    expect(applyPolicy({ raw_status: 'skip', reason: 'skipped', blocking: false })).toEqual({ status: 'skip', reason: 'skipped' });
  });
  it('never turns a failure into anything else on its own', () => {
    expect(applyPolicy({ raw_status: 'fail', reason: 'missing', blocking: false })).toEqual({ status: 'fail', reason: 'missing' });
  });
});

describe('foldRun and summarize', () => {
  it('fails when a blocking gate fails', () => {
    expect(foldRun([{ status: 'pass', blocking: true }, { status: 'fail', blocking: true }])).toBe('fail');
  });
  it('warns (exit 0) for a non-blocking failure, a warning, a waiver or a skip', () => {
    for (const status of ['fail', 'warn', 'waived', 'skip'] as GateStatus[]) {
      expect(foldRun([{ status: 'pass', blocking: true }, { status, blocking: false }])).toBe('warn');
    }
    expect(foldRun([{ status: 'warn', blocking: true }])).toBe('warn');
  });
  it('passes only when every gate passed', () => {
    expect(foldRun([{ status: 'pass', blocking: true }, { status: 'pass', blocking: false }])).toBe('pass');
  });
  it('counts like the reference summary, with waived gates not blocking', () => {
    expect(
      summarize([
        { status: 'pass', blocking: true },
        { status: 'waived', blocking: true },
        { status: 'fail', blocking: true },
        { status: 'warn', blocking: false },
        { status: 'skip', blocking: false },
      ]),
    ).toEqual({ total_gates: 5, passed: 1, failed: 1, warned: 1, skipped: 1, waived: 1, blocking_pass: 2, blocking_total: 3, all_blocking_pass: false });
  });
  it('exit code is 1 only for a fail verdict', () => {
    expect(exitCodeFor({ verdict: 'fail' })).toBe(1);
    expect(exitCodeFor({ verdict: 'warn' })).toBe(0);
    expect(exitCodeFor({ verdict: 'pass' })).toBe(0);
  });
});

const gateArb = fc.record({
  status: fc.constantFrom<GateStatus>('pass', 'fail', 'warn', 'skip', 'waived'),
  blocking: fc.boolean(),
});

describe('fold properties', () => {
  it('adding a failing blocking gate always makes the run fail', () => {
    fc.assert(fc.property(fc.array(gateArb), fc.nat(), (gates, at) => {
      const i = gates.length === 0 ? 0 : at % (gates.length + 1);
      const withFailure = [...gates.slice(0, i), { status: 'fail' as const, blocking: true }, ...gates.slice(i)];
      expect(foldRun(withFailure)).toBe('fail');
    }));
  });
  it('the verdict is pass only if every gate passed, and all_blocking_pass agrees with "not fail"', () => {
    fc.assert(fc.property(fc.array(gateArb, { minLength: 1 }), (gates) => {
      const verdict = foldRun(gates);
      expect(verdict === 'pass').toBe(gates.every((g) => g.status === 'pass'));
      expect(summarize(gates).all_blocking_pass).toBe(verdict !== 'fail');
    }));
  });
  it('the verdict does not depend on gate order', () => {
    fc.assert(fc.property(fc.array(gateArb), (gates) => {
      expect(foldRun([...gates].reverse())).toBe(foldRun(gates));
    }));
  });
  it('a gate with any failed check never folds to pass or warn', () => {
    const checkArb = fc.constantFrom<CheckResult['status']>('pass', 'fail', 'warn').map((s) => check(s));
    fc.assert(fc.property(fc.array(checkArb), fc.boolean(), (checks, skipped) => {
      const raw = foldChecks(checks, skipped).raw_status;
      if (checks.some((c) => c.status === 'fail') || checks.length === 0 && !skipped) expect(raw).toBe('fail');
      if (raw === 'pass') expect(checks.length).toBeGreaterThan(0);
    }));
  });
});

describe('applyPolicy in rollback mode', () => {
  const sound = [check('fail', 'unclassified')];
  it('relaxes a blocking failure of sound evidence to warn', () => {
    expect(applyPolicy({ raw_status: 'fail', reason: 'unclassified', blocking: true, checks: sound }, { rollback: true })).toEqual({ status: 'warn', reason: 'unclassified', relaxed_by: 'rollback' });
  });
  it('never relaxes evidence failures, whichever check carries them', () => {
    for (const code of ['missing', 'malformed', 'duplicate_key', 'stale', 'schema', 'crashed', 'timeout', 'placeholder', 'lineage']) {
      const checks = [check('fail', 'unclassified'), check('fail', code)];
      expect(applyPolicy({ raw_status: 'fail', reason: 'unclassified', blocking: true, checks }, { rollback: true }).status).toBe('fail');
    }
  });
  it('never relaxes a vacuous gate (no checks at all) or a blocking skip', () => {
    expect(applyPolicy({ raw_status: 'fail', reason: 'vacuous', blocking: true, checks: [] }, { rollback: true }).status).toBe('fail');
    expect(applyPolicy({ raw_status: 'skip', reason: 'skipped', blocking: true, checks: [] }, { rollback: true })).toEqual({ status: 'fail', reason: 'blocking_skip' });
  });
  it('never relaxes a code the gate declares as an evidence failure (e.g. command logs not kept)', () => {
    const checks = [check('fail', 'logs_unwritable')];
    expect(applyPolicy({ raw_status: 'fail', reason: 'logs_unwritable', blocking: true, checks }, { rollback: true }).status).toBe('warn');
    expect(applyPolicy({ raw_status: 'fail', reason: 'logs_unwritable', blocking: true, checks, evidenceReasons: ['logs_unwritable'] }, { rollback: true }).status).toBe('fail');
  });
  it('does nothing without a declaration in force', () => {
    expect(applyPolicy({ raw_status: 'fail', reason: 'unclassified', blocking: true, checks: sound }).status).toBe('fail');
  });
});
