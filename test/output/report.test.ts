import { describe, expect, it } from 'vitest';
import type { CheckResult, GateResult, Verdict } from '../../src/core/types.js';
import { buildVerdict } from '../../src/core/verdict.js';
import { MAX_FINDINGS_PER_GATE, renderReport } from '../../src/output/report.js';

function gate(overrides: Partial<GateResult>): GateResult {
  return {
    id: 'g', name: 'G', type: 't', blocking: true, raw_status: 'fail', status: 'fail', reason: 'phantom', detail: 'd',
    reproduce_command: 'npx gate-engine verify --gate g', remediation: [], checks: [], artifacts: [], duration_ms: 0, ...overrides,
  };
}

function verdictWith(gates: GateResult[]): Verdict {
  return buildVerdict({ engine: { name: 'gate-engine', version: '0.0.0' }, runId: 'ge-x', generatedAt: new Date('2026-03-10T12:00:00.123Z'), lane: 'full', mode: 'strict', root: '/r', gates });
}

const finding = (i: number): CheckResult => ({ id: 'no_phantom_entries', status: 'fail', code: 'phantom', message: `entry ${i}`, path: 'tests/m.toml', pointer: `/suite/unit/files/${i}` });

describe('renderReport', () => {
  it('keeps the reference layout: header, summary, gate table, issues', () => {
    const md = renderReport(verdictWith([gate({}), gate({ id: 'ok', name: 'OK', status: 'pass', raw_status: 'pass', reason: undefined as unknown as string })]), () => undefined);
    expect(md.startsWith('# Full-Suite CI Gate Report\n\n> Generated: 2026-03-10T12:00:00Z\n> Verdict: **FAIL**\n')).toBe(true);
    expect(md).toContain('| Blocking pass | 1/2 |');
    expect(md).toContain('| G | - | YES | FAIL | `phantom` | - |');
    expect(md).toContain('### G — FAIL **(BLOCKING)**');
    expect(md).not.toContain('### OK');
  });

  it('escapes table cells so a pipe or newline in a message cannot break the table', () => {
    const md = renderReport(verdictWith([gate({ name: 'a|b', checks: [{ ...finding(0), message: 'x | y\nz', actual: 'p|q' }] })]), () => undefined);
    expect(md).toContain('| a\\|b |');
    expect(md).toContain('| x \\| y z |');
    expect(md).toContain('| p\\|q |');
  });

  it('lists at most MAX_FINDINGS_PER_GATE findings and says where the rest are', () => {
    const checks = Array.from({ length: MAX_FINDINGS_PER_GATE + 7 }, (_, i) => finding(i));
    const md = renderReport(verdictWith([gate({ checks })]), () => undefined);
    expect(md.match(/\| no_phantom_entries \|/g)).toHaveLength(MAX_FINDINGS_PER_GATE);
    expect(md).toContain('… and 7 more in full_suite_verdict.json (gates[id=g].checks).');
  });

  it('explains the reason code and shows the replay command', () => {
    const md = renderReport(verdictWith([gate({})]), (code) => (code === 'phantom' ? 'a listed entry has no test file' : undefined), 'npx gate-engine verify --gate g');
    expect(md).toContain('- **Reason:** `phantom` — a listed entry has no test file');
    expect(md).toContain('## Replay\n\nRe-run exactly the gates that did not pass:\n\n```bash\nnpx gate-engine verify --gate g\n```');
  });
});
