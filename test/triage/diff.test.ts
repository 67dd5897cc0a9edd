import { describe, expect, it } from 'vitest';
import triageSchema from '../../schemas/triage_diff.schema.json' with { type: 'json' };
import { validateSchema } from '../../src/artifacts/schema.js';
import type { GateResult, GateStatus, Verdict } from '../../src/core/types.js';
import { buildVerdict } from '../../src/core/verdict.js';
import { diffVerdicts } from '../../src/triage/diff.js';

const SHA = 'a'.repeat(64);
const NOW = new Date('2026-03-10T12:00:00Z');

function gate(id: string, status: GateStatus, extra: Partial<GateResult> = {}): GateResult {
  return {
    id, name: id.toUpperCase(), type: 't', blocking: true, raw_status: status === 'waived' ? 'fail' : status, status,
    ...(status === 'pass' ? {} : { reason: 'r' }), detail: 'd', reproduce_command: `npx gate-engine verify --gate ${id}`, remediation: [], checks: [], artifacts: [], duration_ms: 0, ...extra,
  };
}

function verdict(runId: string, gates: GateResult[]): Verdict {
  return buildVerdict({ engine: { name: 'gate-engine', version: '0' }, runId, generatedAt: NOW, lane: 'full', mode: 'strict', root: '/r', gates });
}

const diff = (base: GateResult[], cur: GateResult[], subset = false) =>
  diffVerdicts({ path: 'base.json', sha256: SHA, verdict: verdict('base', base) }, { path: 'cur.json', sha256: SHA, verdict: verdict('cur', cur) }, { now: NOW, subset, replayPrefix: ['npx', 'gate-engine', 'verify'] });

describe('diffVerdicts', () => {
  it('regression: a gate that passed now fails', () => {
    const t = diff([gate('a', 'pass'), gate('b', 'pass')], [gate('a', 'pass'), gate('b', 'fail')]);
    expect(t.status).toBe('regression');
    expect(t.summary).toMatchObject({ regression_count: 1, unchanged_count: 1 });
    expect(t.ranked_diagnostics).toEqual([expect.objectContaining({ rank: 1, gate_id: 'b', kind: 'regression', baseline_status: 'pass', current_status: 'fail' })]);
    expect(t.recommended_commands.runner_repro_command).toBe('npx gate-engine verify --gate b');
    expect(validateSchema(triageSchema, t)).toEqual([]);
  });

  it('known_failures_only: every failing gate already failed in the baseline', () => {
    const t = diff([gate('a', 'fail'), gate('b', 'pass')], [gate('a', 'fail'), gate('b', 'pass')]);
    expect(t.status).toBe('known_failures_only');
    expect(t.summary.known_failure_count).toBe(1);
  });

  it('stable: nothing fails now; a fixed gate is reported', () => {
    const t = diff([gate('a', 'fail'), gate('b', 'pass')], [gate('a', 'pass'), gate('b', 'pass')]);
    expect(t.status).toBe('stable');
    expect(t.ranked_diagnostics.map((d) => d.kind)).toEqual(['fixed']);
    expect(t.recommended_commands.runner_repro_command).toBeNull();
  });

  it('a failure that is now waived is a known failure, never "fixed"; an expired waiver failing again is a regression', () => {
    const waived = diff([gate('a', 'fail')], [gate('a', 'waived', { raw_status: 'fail' })]);
    expect(waived.ranked_diagnostics.map((d) => d.kind)).toEqual(['known_failure']);
    expect(waived.summary.fixed_count).toBe(0);
    expect(diff([gate('a', 'waived', { raw_status: 'fail' })], [gate('a', 'fail')]).status).toBe('regression');
  });

  it('a failing gate new since the baseline is a regression (unknown is never "known")', () => {
    expect(diff([gate('a', 'pass')], [gate('a', 'pass'), gate('new', 'fail')]).status).toBe('regression');
  });

  it('a gate that disappeared is a regression, unless the current run is a declared subset', () => {
    const removed = diff([gate('a', 'pass'), gate('gone', 'pass')], [gate('a', 'pass')]);
    expect(removed).toMatchObject({ status: 'regression', summary: { removed_count: 1 } });
    const subset = diff([gate('a', 'pass'), gate('gone', 'fail')], [gate('a', 'pass')], true);
    expect(subset).toMatchObject({ status: 'stable', summary: { removed_count: 0, not_compared: ['gone'] } });
  });

  it('a failure rollback mode relaxed to a warning is still the failure the evidence tells: regression, known, new, never fixed', () => {
    const relaxed = (id: string) => gate(id, 'warn', { raw_status: 'fail', relaxed_by: 'rollback' });
    const regression = diff([gate('a', 'pass')], [relaxed('a')]);
    expect(regression).toMatchObject({ status: 'regression', summary: { regression_count: 1, degraded_count: 0 } });
    expect(regression.recommended_commands.runner_repro_command).toBe('npx gate-engine verify --gate a');
    expect(diff([gate('a', 'fail')], [relaxed('a')])).toMatchObject({ status: 'known_failures_only', summary: { known_failure_count: 1, fixed_count: 0 } });
    expect(diff([relaxed('a')], [relaxed('a')]).status).toBe('known_failures_only');
    expect(diff([gate('a', 'pass')], [gate('a', 'pass'), relaxed('new')]).status).toBe('regression');
    expect(diff([relaxed('a')], [gate('a', 'pass')]).ranked_diagnostics.map((d) => d.kind)).toEqual(['fixed']);
    // A warning the evidence itself gave (raw warn) stays informational.
    expect(diff([gate('a', 'pass')], [gate('a', 'warn', { raw_status: 'warn' })])).toMatchObject({ status: 'stable', summary: { degraded_count: 1 } });
  });

  it('a warning, waiver or skip is degraded (informational), not a regression; warn to fail is a regression', () => {
    expect(diff([gate('a', 'pass')], [gate('a', 'warn')])).toMatchObject({ status: 'stable', summary: { degraded_count: 1 } });
    expect(diff([gate('a', 'pass')], [gate('a', 'waived')])).toMatchObject({ status: 'stable', summary: { degraded_count: 1 } });
    expect(diff([gate('a', 'warn')], [gate('a', 'fail')]).status).toBe('regression');
  });

  it('ranks regressions first, blocking before non-blocking, and flags a changed reason', () => {
    const t = diff(
      [gate('known', 'fail', { reason: 'missing' }), gate('soft', 'pass', { blocking: false }), gate('hard', 'pass'), gate('fixed', 'fail')],
      [gate('known', 'fail', { reason: 'stale' }), gate('soft', 'fail', { blocking: false }), gate('hard', 'fail'), gate('fixed', 'pass')],
    );
    expect(t.ranked_diagnostics.map((d) => [d.rank, d.gate_id, d.kind])).toEqual([
      [1, 'hard', 'regression'],
      [2, 'soft', 'regression'],
      [3, 'known', 'known_failure'],
      [4, 'fixed', 'fixed'],
    ]);
    expect(t.ranked_diagnostics[2]).toMatchObject({ baseline_reason: 'missing', current_reason: 'stale', reason_changed: true });
    expect(t.recommended_commands.runner_repro_command).toBe('npx gate-engine verify --gate hard --gate soft --gate known');
  });

  it('names both recorded files by path, run id and digest', () => {
    const t = diff([gate('a', 'pass')], [gate('a', 'pass')]);
    expect(t.baseline).toMatchObject({ path: 'base.json', run_id: 'base', sha256: SHA });
    expect(t.current).toMatchObject({ path: 'cur.json', run_id: 'cur', sha256: SHA });
  });
});
