/**
 * applyPolicy and the run fold, pinned where mutation testing (npm run mutation:core) found that a changed
 * operator or branch would change a verdict without any other unit test noticing.
 */
import { describe, expect, it } from 'vitest';
import { applyPolicy, foldChecks, foldRun, summarize } from '../../src/core/fold.js';
import type { CheckResult } from '../../src/core/types.js';

const check = (status: CheckResult['status'], code: string): CheckResult => ({ id: `c_${code}`, status, code, message: 'm' });

describe('applyPolicy with a waiver in force', () => {
  it("never waives a failure whose code the gate type calls unwaivable; a warning with that code, or another failure, is waivable", () => {
    const unwaivableReasons = ['forbidden_claim'];
    expect(applyPolicy({ raw_status: 'fail', reason: 'forbidden_claim', blocking: true, checks: [check('fail', 'forbidden_claim')], unwaivableReasons }, { waived: true })).toEqual({ status: 'fail', reason: 'forbidden_claim', waiver_refused: 'unwaivable' });
    expect(applyPolicy({ raw_status: 'fail', reason: 'unclassified', blocking: true, checks: [check('fail', 'unclassified'), check('fail', 'forbidden_claim')], unwaivableReasons }, { waived: true })).toEqual({ status: 'fail', reason: 'unclassified', waiver_refused: 'unwaivable' });
    expect(applyPolicy({ raw_status: 'fail', reason: 'unclassified', blocking: true, checks: [check('fail', 'unclassified'), check('warn', 'forbidden_claim')], unwaivableReasons }, { waived: true })).toEqual({ status: 'waived', reason: 'unclassified' });
  });

  it('never waives a failure of the evidence itself: the classification rollback uses (engine codes, the gate type\'s evidenceReasons, a vacuous reason)', () => {
    // Before red team hf a waiver granted for what a report says also covered the report going missing.
    for (const code of ['missing', 'empty', 'unreadable', 'malformed', 'duplicate_key', 'schema', 'stale', 'future', 'lineage', 'outside_root', 'engine_output', 'imprecise_number', 'placeholder', 'missing_field', 'wrong_type', 'crashed', 'timeout', 'resource_limit', 'declared_write_missing']) {
      expect(applyPolicy({ raw_status: 'fail', reason: code, blocking: true, checks: [check('fail', code)] }, { waived: true }), code).toEqual({ status: 'fail', reason: code, waiver_refused: 'evidence' });
    }
    // One evidence failure anywhere among sound ones is enough, whichever comes first.
    expect(applyPolicy({ raw_status: 'fail', reason: 'unclassified', blocking: true, checks: [check('fail', 'unclassified'), check('fail', 'stale')] }, { waived: true })).toEqual({ status: 'fail', reason: 'unclassified', waiver_refused: 'evidence' });
    expect(applyPolicy({ raw_status: 'fail', reason: 'inconsistent_counts', blocking: false, checks: [check('fail', 'inconsistent_counts')], evidenceReasons: ['inconsistent_counts'] }, { waived: true })).toEqual({ status: 'fail', reason: 'inconsistent_counts', waiver_refused: 'evidence' });
    expect(applyPolicy({ raw_status: 'fail', reason: 'vacuous', blocking: true, checks: [] }, { waived: true })).toEqual({ status: 'fail', reason: 'vacuous', waiver_refused: 'evidence' });
    // The same code declared by another gate type is a sound failure here.
    expect(applyPolicy({ raw_status: 'fail', reason: 'inconsistent_counts', blocking: true, checks: [check('fail', 'inconsistent_counts')] }, { waived: true })).toEqual({ status: 'waived', reason: 'inconsistent_counts' });
    // A warning that carries an evidence code is the gate's own judgement that the doubt is not a failure: waivable.
    expect(applyPolicy({ raw_status: 'warn', reason: 'stale', blocking: true, checks: [check('warn', 'stale')] }, { waived: true })).toEqual({ status: 'waived', reason: 'stale' });
    expect(applyPolicy({ raw_status: 'fail', reason: 'unclassified', blocking: true, checks: [check('fail', 'unclassified'), check('warn', 'stale')] }, { waived: true })).toEqual({ status: 'waived', reason: 'unclassified' });
    // Rollback refuses exactly what the waiver refuses.
    expect(applyPolicy({ raw_status: 'fail', reason: 'missing', blocking: true, checks: [check('fail', 'missing')] }, { waived: true, rollback: true })).toEqual({ status: 'fail', reason: 'missing', waiver_refused: 'evidence' });
  });

  it('turns a failure or a warning into waived, keeping the reason; never touches a pass', () => {
    expect(applyPolicy({ raw_status: 'fail', reason: 'unclassified', blocking: true, checks: [check('fail', 'unclassified')] }, { waived: true })).toEqual({ status: 'waived', reason: 'unclassified' });
    expect(applyPolicy({ raw_status: 'warn', reason: 'quarantine_expiring', blocking: true, checks: [check('warn', 'quarantine_expiring')] }, { waived: true })).toEqual({ status: 'waived', reason: 'quarantine_expiring' });
    // Strict: a `reason: undefined` key would be a different object (and a different verdict file in some writers).
    expect(applyPolicy({ raw_status: 'pass', blocking: true, checks: [check('pass', 'ok')] }, { waived: true })).toStrictEqual({ status: 'pass' });
    expect(applyPolicy({ raw_status: 'pass', blocking: true, checks: [check('pass', 'ok')] })).toStrictEqual({ status: 'pass' });
  });
  it('a waived blocking skip is waived (reason blocking_skip); a non-blocking skip stays a skip', () => {
    expect(applyPolicy({ raw_status: 'skip', reason: 'skipped', blocking: true }, { waived: true })).toEqual({ status: 'waived', reason: 'blocking_skip' });
    expect(applyPolicy({ raw_status: 'skip', reason: 'skipped', blocking: false }, { waived: true })).toEqual({ status: 'skip', reason: 'skipped' });
  });
  it('waived: false is no waiver', () => {
    expect(applyPolicy({ raw_status: 'fail', reason: 'unclassified', blocking: true, checks: [check('fail', 'unclassified')] }, { waived: false }).status).toBe('fail');
  });
  it('a waiver wins over rollback: the gate is waived, not relaxed', () => {
    expect(applyPolicy({ raw_status: 'fail', reason: 'unclassified', blocking: true, checks: [check('fail', 'unclassified')] }, { waived: true, rollback: true })).toEqual({ status: 'waived', reason: 'unclassified' });
  });
});

describe('applyPolicy in rollback mode, edges', () => {
  it('a non-blocking failure is not relaxed (it never blocked), nor is a warning', () => {
    expect(applyPolicy({ raw_status: 'fail', reason: 'unclassified', blocking: false, checks: [check('fail', 'unclassified')] }, { rollback: true })).toEqual({ status: 'fail', reason: 'unclassified' });
    expect(applyPolicy({ raw_status: 'warn', reason: 'not_ready', blocking: true, checks: [check('warn', 'not_ready')] }, { rollback: true })).toEqual({ status: 'warn', reason: 'not_ready' });
  });
  it('an evidence reason alone (no checks given) is never relaxed; rollback: false relaxes nothing', () => {
    expect(applyPolicy({ raw_status: 'fail', reason: 'missing', blocking: true }, { rollback: true }).status).toBe('fail');
    expect(applyPolicy({ raw_status: 'fail', reason: 'unclassified', blocking: true, checks: [check('fail', 'unclassified')] }, { rollback: false }).status).toBe('fail');
  });
  it('a warning check that carries an evidence code does not stop a sound failure from being relaxed', () => {
    const checks = [check('fail', 'unclassified'), check('warn', 'stale')];
    expect(applyPolicy({ raw_status: 'fail', reason: 'unclassified', blocking: true, checks }, { rollback: true }).status).toBe('warn');
  });
});

describe('foldChecks and foldRun, edges', () => {
  it('a skip outranks a warning, a failure outranks both', () => {
    expect(foldChecks([check('warn', 'w')], true)).toEqual({ raw_status: 'skip', reason: 'skipped' });
    expect(foldChecks([check('warn', 'w'), check('fail', 'f')], true)).toEqual({ raw_status: 'fail', reason: 'f' });
    expect(foldChecks([check('pass', 'ok'), check('warn', 'w1'), check('warn', 'w2')], false)).toEqual({ raw_status: 'warn', reason: 'w1' });
  });
  it('a non-blocking failure warns; a blocking waived gate does not fail the run; zero gates cannot pass vacuously here', () => {
    expect(foldRun([{ status: 'fail', blocking: false }])).toBe('warn');
    expect(foldRun([{ status: 'waived', blocking: true }])).toBe('warn');
    expect(foldRun([{ status: 'pass', blocking: true }, { status: 'skip', blocking: false }])).toBe('warn');
    expect(foldRun([{ status: 'pass', blocking: false }])).toBe('pass');
  });
  it('summarize: all_blocking_pass is false as soon as one blocking gate fails, true with none', () => {
    expect(summarize([{ status: 'fail', blocking: true }]).all_blocking_pass).toBe(false);
    expect(summarize([{ status: 'fail', blocking: false }])).toMatchObject({ blocking_total: 0, blocking_pass: 0, all_blocking_pass: true, failed: 1 });
    expect(summarize([])).toMatchObject({ total_gates: 0, all_blocking_pass: true });
  });
});
