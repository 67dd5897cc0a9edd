/**
 * Mutation-testing survivors of src/core/fold.ts and src/core/verdict.ts that could change a verdict (issue 15):
 * a partial run is never a pass, a failure in a partial run is still a failure, rollback relaxes sound failures only.
 */
import { describe, expect, it } from 'vitest';
import { applyPolicy, foldRun } from '../../src/core/fold.js';
import { buildSelection, buildVerdict, deriveRunId } from '../../src/core/verdict.js';
import type { GateResult } from '../../src/core/types.js';

const gate = (id: string, status: GateResult['status'], blocking = true): GateResult => ({
  id,
  name: id,
  type: 'threshold',
  blocking,
  raw_status: status === 'waived' ? 'fail' : status,
  status,
  detail: 'd',
  reproduce_command: 'x',
  remediation: [],
  checks: [],
  artifacts: [],
  duration_ms: 0,
});

describe('foldRun on a partial run', () => {
  it('a blocking failure is fail whether or not the run is complete; no failure in a partial run is incomplete, never pass or warn', () => {
    expect(foldRun([gate('a', 'fail')], false)).toBe('fail');
    expect(foldRun([gate('a', 'pass')], false)).toBe('incomplete');
    expect(foldRun([gate('a', 'warn')], false)).toBe('incomplete');
    expect(foldRun([gate('a', 'pass')], true)).toBe('pass');
  });
});

describe('applyPolicy in rollback mode', () => {
  const fail = (code: string) => ({ id: 'c', status: 'fail' as const, code, message: 'm' });
  it('relaxes a blocking failure whose checks are sound evidence of a problem, naming rollback', () => {
    expect(applyPolicy({ raw_status: 'fail', reason: 'threshold_not_met', blocking: true, checks: [fail('threshold_not_met')] }, { rollback: true })).toEqual({ status: 'warn', reason: 'threshold_not_met', relaxed_by: 'rollback' });
    expect(applyPolicy({ raw_status: 'fail', blocking: true }, { rollback: true })).toEqual({ status: 'warn', relaxed_by: 'rollback' });
  });
  it('never relaxes evidence: an engine evidence reason, a failing evidence check, or a gate-declared evidence code', () => {
    expect(applyPolicy({ raw_status: 'fail', reason: 'missing', blocking: true }, { rollback: true })).toEqual({ status: 'fail', reason: 'missing' });
    expect(applyPolicy({ raw_status: 'fail', reason: 'vacuous', blocking: true, checks: [] }, { rollback: true })).toEqual({ status: 'fail', reason: 'vacuous' });
    expect(applyPolicy({ raw_status: 'fail', reason: 'x', blocking: true, checks: [fail('stale')] }, { rollback: true })).toEqual({ status: 'fail', reason: 'x' });
    expect(applyPolicy({ raw_status: 'fail', reason: 'report_drift', blocking: true, checks: [fail('report_drift')], evidenceReasons: ['report_drift'] }, { rollback: true })).toEqual({ status: 'fail', reason: 'report_drift' });
    // A passing check with an evidence code is not a failure on evidence.
    expect(applyPolicy({ raw_status: 'fail', reason: 'x', blocking: true, checks: [{ ...fail('stale'), status: 'pass' }, fail('x')] }, { rollback: true })).toMatchObject({ status: 'warn' });
  });
  it('a non-blocking failure and a warning are left as they are', () => {
    expect(applyPolicy({ raw_status: 'fail', reason: 'x', blocking: false }, { rollback: true })).toEqual({ status: 'fail', reason: 'x' });
    expect(applyPolicy({ raw_status: 'warn', reason: 'x', blocking: true }, { rollback: true })).toEqual({ status: 'warn', reason: 'x' });
  });
});

describe('buildSelection', () => {
  it('lists the configured gates not evaluated; complete only when there are none', () => {
    const s = buildSelection([gate('a', 'pass')], ['a', 'b', 'c'], 'gate');
    expect(s).toEqual({ complete: false, by: 'gate', selected: ['a'], not_selected: ['b', 'c'], gates_verdict: 'pass' });
    expect(buildSelection([gate('a', 'pass'), gate('b', 'warn')], ['a', 'b'], 'gate')).toEqual({ complete: true, by: 'all', selected: ['a', 'b'], not_selected: [], gates_verdict: 'warn' });
  });
  it('a merge stays by merge even when complete; synthetic gates are evaluated but never listed as selected', () => {
    expect(buildSelection([gate('a', 'pass'), gate('shard_merge', 'pass')], ['a'], 'merge', ['shard_merge'])).toEqual({ complete: true, by: 'merge', selected: ['a'], not_selected: [], gates_verdict: 'pass' });
    expect(buildSelection([gate('a', 'fail')], ['a', 'b'], 'merge').by).toBe('merge');
  });
});

describe('buildVerdict and the selection', () => {
  const base = { engine: { name: 'gate-engine', version: '0.1.0' }, runId: 'ge-x', generatedAt: new Date('2026-03-10T12:00:00Z'), root: '/r', lane: 'full', mode: 'strict' } as const;
  it('a subset of the configured gates is incomplete, never pass', () => {
    const v = buildVerdict({ ...base, gates: [gate('a', 'pass')], selection: { by: 'gate', configured: ['a', 'b'] } });
    expect(v.verdict).toBe('incomplete');
    expect(v.selection).toEqual({ complete: false, by: 'gate', selected: ['a'], not_selected: ['b'], gates_verdict: 'pass' });
  });
  it('without a selection the gates given are all there is: complete, by all', () => {
    expect(buildVerdict({ ...base, gates: [gate('a', 'pass')] }).selection).toEqual({ complete: true, by: 'all', selected: ['a'], not_selected: [], gates_verdict: 'pass' });
  });
  it('a merged verdict does not count its shard_merge gate as configured or selected', () => {
    const v = buildVerdict({ ...base, gates: [gate('a', 'pass'), gate('shard_merge', 'pass')], selection: { by: 'merge', configured: ['a'] }, extra: { merged_from: [] } as never });
    expect(v.selection).toMatchObject({ complete: true, by: 'merge', selected: ['a'], not_selected: [] });
    const implicit = buildVerdict({ ...base, gates: [gate('a', 'pass'), gate('shard_merge', 'pass')], extra: { merged_from: [] } as never });
    expect(implicit.selection).toMatchObject({ complete: true, selected: ['a'], not_selected: [] });
    // Without merged_from, a gate named shard_merge is an ordinary configured gate.
    expect(buildVerdict({ ...base, gates: [gate('shard_merge', 'pass')] }).selection.selected).toEqual(['shard_merge']);
  });
  it('disabled gates are listed when there are any, and the field is absent when there are none', () => {
    const disabled = [{ id: 'b', status: 'disabled', config_pointer: '/gates/1', entry: 'file' }] as const;
    const v = buildVerdict({ ...base, gates: [gate('a', 'pass')], selection: { by: 'all', configured: ['a'] }, disabled: [...disabled] });
    expect(v.disabled_gates).toEqual(disabled);
    for (const none of [[], undefined]) {
      expect(buildVerdict({ ...base, gates: [gate('a', 'pass')], ...(none ? { disabled: none } : {}) })).not.toHaveProperty('disabled_gates');
    }
  });
  it('the run id stamp drops only the trailing fraction', () => {
    expect(deriveRunId(new Date('2026-03-10T12:00:00.500Z'), [])).toMatch(/^ge-20260310T120000Z-[0-9a-f]{12}$/);
  });
});
