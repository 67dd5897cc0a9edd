/**
 * Every output says what was waived, by whom and until when: the verdict (on the gate and in
 * `waivers`), waiver_audit.json, the markdown report and the human CLI output — and a shard merge
 * keeps it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import auditSchema from '../../schemas/waiver_audit.schema.json' with { type: 'json' };
import verdictSchema from '../../schemas/full_suite_verdict.schema.json' with { type: 'json' };
import { validateSchema } from '../../src/artifacts/schema.js';
import { verify } from '../../src/verify.js';
import { verdictInconsistencies } from '../../src/core/consistency.js';
// What the CLI prints and merges, through its own entry in this process (the binary is a two-line wrapper around it).
import { runCliInProcess as runCli } from '../helpers/cli.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';
const waiver = (gate: string, fields: Record<string, string> = {}) => {
  const f = { owner: 'TopazForest', created: '2026-03-01', expires: '2026-03-20', bead: 'bd-1f42.4.4', reason: 'upstream QuickJS bug', scope: 'both', remove_when: 'all 208 extensions pass', ...fields };
  return `[waiver.${gate}]\n${Object.entries(f).map(([k, v]) => `${k} = ${JSON.stringify(v)}`).join('\n')}\n`;
};
const statusGate = (id: string, file: string) => `  - id: ${id}\n    type: artifact_status\n    bead: bd-${id}\n    options: { path: ${file}, pointer: /status, allowed: [pass] }\n`;

/** ext_must_pass fails and is waived; cross_platform passes although waived (unused); stale_gate's waiver expired; ghost is not a gate. */
function repo(): string {
  return workspace({
    'gate-engine.config.yaml': `version: 1\nwaivers:\n  sources: [tests/suite_classification.toml]\ngates:\n  - id: waiver_lifecycle\n    type: waiver_lifecycle\n${statusGate('ext_must_pass', 'ext.json')}${statusGate('cross_platform', 'cross.json')}${statusGate('stale_gate', 'stale.json')}`,
    'ext.json': { status: 'fail' },
    'cross.json': { status: 'pass' },
    'stale.json': { status: 'fail' },
    'tests/suite_classification.toml': [
      waiver('ext_must_pass'),
      waiver('cross_platform', { owner: 'CobaltRiver', scope: 'full' }),
      waiver('stale_gate', { created: '2026-02-01', expires: '2026-03-01' }),
      waiver('ghost'),
    ].join('\n'),
  });
}

describe('waiver outputs', () => {
  it('verdict and waiver_audit.json list applied, unused, expired and invalid waivers, and validate against their schemas', async () => {
    const out = tempDir();
    const result = await verify({ root: repo(), out, now: NOW });
    expect(result.exitCode).toBe(1);
    const verdict = JSON.parse(readFileSync(join(out, 'full_suite_verdict.json'), 'utf8'));
    expect(validateSchema(verdictSchema, verdict)).toEqual([]);
    const ext = verdict.gates.find((g: { id: string }) => g.id === 'ext_must_pass');
    expect(ext).toMatchObject({ status: 'waived', raw_status: 'fail', reason: 'status_not_allowed', waiver: { owner: 'TopazForest', expires: '2026-03-20', bead: 'bd-1f42.4.4', state: 'active', days_remaining: 10 } });
    expect(ext.detail).toMatch(/^WAIVED \(original: fail\) by TopazForest until 2026-03-20 \(tracking issue: bd-1f42\.4\.4\): upstream QuickJS bug — /);
    expect(verdict.summary).toMatchObject({ waived: 1, failed: 2, passed: 1 });
    expect(verdict.waivers.applied).toEqual([expect.objectContaining({ gate_id: 'ext_must_pass', raw_status: 'fail', owner: 'TopazForest' })]);
    expect(verdict.waivers.unused).toEqual([{ gate_id: 'cross_platform', owner: 'CobaltRiver', bead: 'bd-1f42.4.4', expires: '2026-03-20', source: 'tests/suite_classification.toml', gate_status: 'pass' }]);
    expect(verdict.waivers.expired.map((w: { gate_id: string }) => w.gate_id)).toEqual(['stale_gate']);
    expect(verdict.waivers.invalid.map((w: { gate_id: string }) => w.gate_id)).toEqual(['ghost']);

    const audit = JSON.parse(readFileSync(join(out, 'waiver_audit.json'), 'utf8'));
    expect(validateSchema(auditSchema, audit)).toEqual([]);
    expect(audit).toMatchObject({ schema: 'pi.ci.waiver_audit.v1', configured: true, suspended: false, today: '2026-03-10', total_waivers: 4, active: 2, expired: 1, expiring_soon: 0, invalid: 1 });
    expect(audit.waivers.map((w: { gate_id: string; status: string }) => [w.gate_id, w.status])).toEqual([
      ['ext_must_pass', 'active'],
      ['cross_platform', 'active'],
      ['stale_gate', 'expired'],
      ['ghost', 'invalid'],
    ]);
    expect(audit.waivers[3].problems).toEqual([expect.objectContaining({ code: 'waiver_unknown_gate' })]);
    expect(audit.raw_waivers[1]).toEqual({ gate_id: 'cross_platform', owner: 'CobaltRiver', created: '2026-03-01', expires: '2026-03-20', bead: 'bd-1f42.4.4', reason: 'upstream QuickJS bug', scope: 'full', remove_when: 'all 208 extensions pass' });
    expect(audit.unused.map((u: { gate_id: string }) => u.gate_id)).toEqual(['cross_platform']);
    expect(audit.applied.map((u: { gate_id: string }) => u.gate_id)).toEqual(['ext_must_pass']);
  });

  it('the report has a waiver table keyed by gate (not by position) and shows the waiver on the waived gate', async () => {
    const out = tempDir();
    await verify({ root: repo(), out, now: NOW });
    const report = readFileSync(join(out, 'full_suite_report.md'), 'utf8');
    expect(report).toContain('## Waivers');
    expect(report).toContain('| `ext_must_pass` | TopazForest | bd-1f42.4.4 | 2026-03-01 | 2026-03-20 | both | ACTIVE | **applied** | all 208 extensions pass |');
    expect(report).toContain('| `cross_platform` | CobaltRiver | bd-1f42.4.4 | 2026-03-01 | 2026-03-20 | full | ACTIVE | unused — the gate passed; remove the waiver |');
    expect(report).toContain('| `stale_gate` | TopazForest | bd-1f42.4.4 | 2026-02-01 | 2026-03-01 | both | EXPIRED | not applied |');
    expect(report).toMatch(/- Invalid waiver `ghost` in `tests\/suite_classification.toml`:\n {2}- `waiver_unknown_gate` waiver\.ghost names gate "ghost"/);
    expect(report).toContain('- **Waived:** raw status FAIL — by TopazForest until **2026-03-20** (tracking issue bd-1f42.4.4, scope both, `tests/suite_classification.toml`)');
  });

  it('the human CLI output lists each waiver and what happened to it', async () => {
    const root = repo();
    const run = await runCli(['verify', '--root', root, '--out', tempDir(), '--now', NOW]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/WAIVED\s+ext_must_pass\s+status_not_allowed/);
    expect(run.stdout).toContain('waived ext_must_pass (raw fail) by TopazForest until 2026-03-20, tracking issue bd-1f42.4.4: upstream QuickJS bug');
    expect(run.stdout).toContain('EXPIRED waiver for stale_gate (2026-03-01, owner TopazForest) — not applied');
    expect(run.stdout).toContain('INVALID waiver for ghost in tests/suite_classification.toml');
    expect(run.stdout).toContain('unused waiver for cross_platform (the gate is pass; owner CobaltRiver, until 2026-03-20) — remove it');
  });

  it('one file listed twice under different spellings is read once (its waivers are not duplicates of themselves)', async () => {
    const root = repo();
    const config = join(root, 'gate-engine.config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('sources: [tests/suite_classification.toml]', 'sources: [tests/suite_classification.toml, ./tests//suite_classification.toml]'));
    const { verdict } = await verify({ root, now: NOW, write: false });
    expect(verdict.waivers.sources?.map((s) => s.path)).toEqual(['tests/suite_classification.toml']);
    expect(verdict.waivers.applied.map((w) => w.gate_id)).toEqual(['ext_must_pass']);
  });

  it('a shard merge keeps applied and unused waivers from every shard', async () => {
    const root = repo();
    const out = tempDir();
    const shard = async (i: number) => {
      const dir = join(out, `s${i}`);
      await runCli(['verify', '--root', root, '--out', dir, '--now', NOW, '--run-id', 'ci-42', '--shard', `${i}/2`]);
      return join(dir, 'full_suite_verdict.json');
    };
    const files = [await shard(1), await shard(2)];
    const merged = join(out, 'merged');
    const run = await runCli(['merge', ...files, '--out', merged]);
    expect(run.status).toBe(1);
    const verdict = JSON.parse(readFileSync(join(merged, 'full_suite_verdict.json'), 'utf8'));
    expect(verdict.waivers.applied.map((w: { gate_id: string }) => w.gate_id)).toEqual(['ext_must_pass']);
    expect(verdict.waivers.unused.map((w: { gate_id: string }) => w.gate_id)).toEqual(['cross_platform']);
    const audit = JSON.parse(readFileSync(join(merged, 'waiver_audit.json'), 'utf8'));
    expect(audit).toMatchObject({ total_waivers: 4, expired: 1, invalid: 1 });
    // The unused waiver is flagged once on the waiver gate, whichever shard ran it (red team hf).
    const waiverGate = verdict.gates.find((g: { id: string }) => g.id === 'waiver_lifecycle');
    expect(waiverGate.checks.filter((c: { code: string }) => c.code === 'waiver_unused').map((c: { pointer: string }) => c.pointer)).toEqual(['/waiver/cross_platform']);
  });

  it('a shard merge flags an unused waiver on the waiver gate when the waived gate passed in another shard (red team hf)', async () => {
    const root = workspace({
      'gate-engine.config.yaml': `version: 1\nwaivers:\n  sources: [tests/waivers.toml]\ngates:\n  - id: waiver_lifecycle\n    type: waiver_lifecycle\n${statusGate('cross_platform', 'cross.json')}`,
      'cross.json': { status: 'pass' },
      'tests/waivers.toml': waiver('cross_platform'),
    });
    const out = tempDir();
    const shard = async (i: number) => {
      const dir = join(out, `s${i}`);
      await runCli(['verify', '--root', root, '--out', dir, '--now', NOW, '--run-id', 'ci-43', '--shard', `${i}/2`]);
      return join(dir, 'full_suite_verdict.json');
    };
    const files = [await shard(1), await shard(2)];
    // Each shard alone saw only one side: the waiver gate passes in its shard.
    const shardGates = files.flatMap((f) => JSON.parse(readFileSync(f, 'utf8')).gates as { id: string; status: string }[]);
    expect(shardGates.map((g) => [g.id, g.status]).sort()).toEqual([['cross_platform', 'pass'], ['waiver_lifecycle', 'pass']]);
    const merged = join(out, 'merged');
    const run = await runCli(['merge', ...files, '--out', merged]);
    expect(run.status).toBe(0);
    const verdict = JSON.parse(readFileSync(join(merged, 'full_suite_verdict.json'), 'utf8'));
    expect(verdict.verdict).toBe('warn');
    expect(verdict.gates.find((g: { id: string }) => g.id === 'waiver_lifecycle')).toMatchObject({ status: 'warn', raw_status: 'warn', reason: 'waiver_unused' });
    // The merged verdict is self-consistent: every reader re-derives it.
    expect(verdictInconsistencies(verdict)).toEqual([]);
  });
});
