/** buildVerdict and deriveRunId: the shape every consumer reads, pinned field by field. */
import { describe, expect, it } from 'vitest';
import { buildVerdict, deriveRunId, POLICY, PREFLIGHT_POLICY, VERDICT_SCHEMA_ID } from '../../src/core/verdict.js';
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
const at = new Date('2026-03-10T12:00:00.123Z');

describe('deriveRunId', () => {
  it('is ge-<UTC stamp without separators or fraction>-<12 hex>, reproducible, and changes with what was asked', () => {
    const id = deriveRunId(at, ['root', 'sha', 'full']);
    expect(id).toMatch(/^ge-20260310T120000Z-[0-9a-f]{12}$/);
    expect(deriveRunId(at, ['root', 'sha', 'full'])).toBe(id);
    expect(deriveRunId(at, ['root', 'sha', 'preflight'])).not.toBe(id);
    expect(deriveRunId(new Date('2026-03-10T12:00:00.124Z'), ['root', 'sha', 'full'])).not.toBe(id);
    // The parts are joined with a separator: ['ab', 'c'] and ['a', 'bc'] are different requests.
    expect(deriveRunId(at, ['ab', 'c'])).not.toBe(deriveRunId(at, ['a', 'bc']));
  });
});

describe('buildVerdict', () => {
  const base = { engine: { name: 'gate-engine', version: '0.1.0' }, runId: 'ge-x', generatedAt: at, root: '/r' } as const;
  it('folds the gates into the verdict and the summary, with the lane’s policy text', () => {
    const v = buildVerdict({ ...base, lane: 'full', mode: 'strict', gates: [gate('a', 'pass'), gate('b', 'fail')] });
    expect(v).toMatchObject({ schema: VERDICT_SCHEMA_ID, run_id: 'ge-x', generated_at: '2026-03-10T12:00:00.123Z', lane: 'full', mode: 'strict', root: '/r', verdict: 'fail', policy: POLICY });
    expect(v.summary).toMatchObject({ total_gates: 2, passed: 1, failed: 1 });
    expect(v.waivers).toEqual({ applied: [], expired: [], invalid: [], expiring_soon: [], unused: [] });
    expect(buildVerdict({ ...base, lane: 'preflight', mode: 'strict', gates: [gate('a', 'pass')] })).toMatchObject({ verdict: 'pass', policy: PREFLIGHT_POLICY });
    expect(buildVerdict({ ...base, lane: 'full', mode: 'strict', gates: [gate('a', 'waived')] }).verdict).toBe('warn');
  });
  it('writes config and git fields only when given, and keeps extra fields', () => {
    const bare = buildVerdict({ ...base, lane: 'full', mode: 'strict', gates: [gate('a', 'pass')] });
    expect(bare).not.toHaveProperty('config_path');
    expect(bare).not.toHaveProperty('config_sha256');
    expect(bare).not.toHaveProperty('git');
    const full = buildVerdict({ ...base, lane: 'full', mode: 'rollback', configPath: 'c.yaml', configSha256: 'ab', git: { sha: 'f'.repeat(40), dirty: true }, gates: [gate('a', 'pass')], extra: { gates_evaluated: 1 } });
    expect(full).toMatchObject({ config_path: 'c.yaml', config_sha256: 'ab', git: { sha: 'f'.repeat(40), dirty: true }, mode: 'rollback', gates_evaluated: 1 });
  });
});
