/**
 * `gate-engine runbook` on the reference preset covers every gate section of the reference
 * project's CI operator runbook (the seed): each gate of the preset has its section with the
 * seed's artifacts and replay command, and the runbook keeps the seed's layout (quick reference,
 * failure signature map, incident response, evidence interpretation, shard workflow). The seed's
 * sections that are not gates of the preset are listed here, so a new preset gate cannot be missed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILTIN_GATES } from '../../gates/index.js';
import { PRESETS } from '../../src/config/presets.js';
import { INTERPRETATION } from '../../src/runbook/generate.js';
import { outputFiles } from '../../src/output/files.js';
import { runCli, runCliInProcess as cli } from '../helpers/cli.js';
import { REPO_ROOT, removeTempDirs, tempDir, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

/** The seed runbook's gate sections: heading → the preset gate, the artifacts it names and its replay command. */
const SEED_GATE_SECTIONS: { seed: string; gate: string; artifacts: string[]; replay?: string }[] = [
  { seed: 'Extension conformance gate failure', gate: 'ext_must_pass', artifacts: ['tests/ext_conformance/reports/gate/must_pass_gate_verdict.json'], replay: 'cargo test --test ext_conformance_generated --features ext-conformance -- conformance_must_pass_gate --nocapture --exact' },
  { seed: 'Cross-platform matrix failure', gate: 'cross_platform', artifacts: ['tests/cross_platform_reports/linux/platform_report.json'], replay: 'cargo test --test ci_cross_platform_matrix -- cross_platform_matrix --nocapture --exact' },
  { seed: 'Evidence bundle validation failure', gate: 'evidence_bundle', artifacts: ['tests/evidence_bundle/index.json'], replay: 'cargo test --test ci_evidence_bundle -- build_evidence_bundle --nocapture --exact' },
  { seed: 'Suite classification guard failure', gate: 'suite_classification', artifacts: ['tests/suite_classification.toml'] },
  { seed: 'Waiver lifecycle failure', gate: 'waiver_lifecycle', artifacts: ['tests/suite_classification.toml', 'waiver_audit.json'], replay: 'cargo test --test ci_full_suite_gate -- waiver_lifecycle_audit --nocapture --exact' },
  { seed: 'PERF-3X signature: parameter_sweeps_integrity gate failure', gate: 'parameter_sweeps_integrity', artifacts: ['tests/perf/reports/parameter_sweeps.json'], replay: 'cargo test --test release_evidence_gate -- parameter_sweeps_contract_links_phase1_matrix_and_readiness --nocapture --exact' },
  { seed: 'PERF-3X signature: practical_finish_checkpoint readiness drift', gate: 'practical_finish_checkpoint', artifacts: ['tests/full_suite_gate/practical_finish_checkpoint.json', '.beads/issues.jsonl', '.beads/beads.base.jsonl'], replay: 'cargo test --test ci_full_suite_gate -- practical_finish_report_fails_when_technical_open_issues_remain --nocapture --exact' },
  { seed: 'FrankenNode claim signature: claim_tier_order_drift', gate: 'claim_tier_order', artifacts: ['docs/franken-node-claim-gating-contract.json'], replay: 'cargo test --test franken_node_claim_contract -- --nocapture' },
  { seed: 'FrankenNode kernel-boundary signature: kernel_boundary_drift', gate: 'kernel_boundary', artifacts: ['docs/franken-node-kernel-extraction-boundary-manifest.json', 'tests/full_suite_gate/franken_node_kernel_boundary_drift_report.json'], replay: 'cargo test --test franken_node_kernel_extraction_boundary_manifest -- kernel_boundary_manifest_ --nocapture' },
];
/** Seed sections about failures that are not gates of the preset (test suites, tooling, process). */
const SEED_NON_GATE_SECTIONS = ['Non-mock compliance gate failure', 'Certification remediation backlog missing or stale', 'Provider streaming regression', 'E2E TUI test failure', 'FrankenNode compat harness signature: node_runtime_unavailable_or_shimmed'];
/** Preset gates the seed has no section for. */
const PRESET_ONLY = ['conformance_regression', 'conformance_pass_rate', 'sec_conformance', 'conformance_stress_lineage'];

function section(text: string, heading: string): string {
  const start = text.indexOf(`\n### ${heading}\n`);
  expect(start, `section "${heading}"`).toBeGreaterThan(-1);
  const rest = text.slice(start + 1);
  const end = rest.slice(4).search(/\n##+ /);
  return end < 0 ? rest : rest.slice(0, end + 4);
}

describe('gate-engine runbook', () => {
  const root = workspace({ 'gate-engine.config.yaml': 'version: 1\nextends: pi-agent-rust\n' });
  const run = runCli(['runbook'], { cwd: root });
  const text = run.stdout;

  it('prints the runbook of the reference preset (exit 0, nothing on stderr)', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('keeps the seed runbook\'s layout', () => {
    const headings = [...text.matchAll(/^## (.*)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(['Quick Reference: Replay from Any Failure', 'Failure Signature Map', 'Incident Response', 'Evidence Artifact Interpretation', 'Shard Workflow']);
    expect(text.startsWith('# CI Operator Runbook: Failure Signatures to Replay Commands\n')).toBe(true);
    for (const item of INTERPRETATION) expect(text).toContain(`\n### ${outputFiles('full')[item.file]}\n`);
    expect(text).toContain('### Flaky test (passes locally, fails on CI)');
  });

  it('covers every gate section of the seed, with its artifacts and replay command', () => {
    const preset = PRESETS['pi-agent-rust']!;
    // Every preset gate is accounted for: mapped to a seed section, or known to have none.
    expect([...SEED_GATE_SECTIONS.map((s) => s.gate), ...PRESET_ONLY].sort()).toEqual(preset.gates.map((g) => g.id).sort());
    expect(SEED_NON_GATE_SECTIONS.length).toBe(5);
    for (const s of SEED_GATE_SECTIONS) {
      const gate = preset.gates.find((g) => g.id === s.gate)!;
      const body = section(text, `${gate.title} failure`);
      expect(body, s.seed).toContain(`**Signature:** gate \`${s.gate}\``);
      for (const a of s.artifacts) expect(body, `${s.seed}: artifact ${a}`).toContain(a);
      if (s.replay !== undefined) expect(body, `${s.seed}: replay`).toContain(s.replay);
      expect(body, `${s.seed}: gate-engine replay`).toContain(`npx gate-engine verify --gate ${s.gate}`);
      expect(body).toMatch(/\*\*Remediation:\*\*\n\n1\. /);
      for (const code of Object.keys(BUILTIN_GATES.find((g) => g.type === gate.type)!.reasons ?? {})) expect(body, `${s.seed}: reason ${code}`).toContain(`\`${code}\``);
    }
    for (const id of PRESET_ONLY) expect(text).toContain(`**Signature:** gate \`${id}\``);
  });

  it('the claim and kernel-boundary sections name what the seed names: tiers and drift checks', () => {
    expect(text).toContain('TIER-1-EXTENSION-HOST-PARITY');
    expect(text).toContain('TIER-3-FULL-NODE-BUN-REPLACEMENT');
    expect(text).toContain('kernel_boundary.all_modules_mapped_or_deferred');
  });

  // --out through the CLI's entry in this process; the plugin, loaded outside verify, in the binary.
  it('--out writes the same runbook to a file; a plugin gate gets its section too', async () => {
    const out = tempDir('ge-runbook-out-');
    expect((await cli(['runbook', '--out', join(out, 'docs/runbook.md')], { cwd: root })).status).toBe(0);
    expect(readFileSync(join(out, 'docs/runbook.md'), 'utf8')).toBe(text);
    const plugin = workspace({
      'gate-engine.config.yaml': 'version: 1\nplugins: [./gate.mjs]\ngates:\n  - id: mine\n    type: mine\n    options: { report: out/r.json }\n',
      'gate.mjs': 'export default { type: "mine", title: "My gate", description: "d", optionsSchema: { type: "object", properties: { report: { type: "string" } } }, reasons: { too_low: "it is too low" }, remediation: ["raise it"], evaluate() {} };\n',
    });
    const r = runCli(['runbook'], { cwd: plugin });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('### My gate failure');
    expect(r.stdout).toContain('`out/r.json`');
    expect(r.stdout).toContain('`too_low`');
    expect(r.stdout).toContain('1. raise it');
  });

  it('every field the interpretation tables explain exists in that output\'s JSON Schema', () => {
    const schemaOf: Record<string, string> = { verdict: 'full_suite_verdict', replay: 'replay_bundle', triage: 'triage_diff', events: 'full_suite_event' };
    for (const item of INTERPRETATION) {
      const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', `${schemaOf[item.file]}.schema.json`), 'utf8')) as { properties: Record<string, unknown> };
      for (const [field] of item.fields) {
        for (const alt of field.split(' / ')) {
          const top = alt.split(/[.[]/)[0] as string;
          expect(Object.keys(schema.properties), `${item.file}: ${field}`).toContain(top);
        }
      }
    }
  });

  it('refuses a bad config or an unwritable --out with exit 2', async () => {
    const bad = workspace({ 'gate-engine.config.yaml': 'version: 2\ngates: []\n' });
    expect((await cli(['runbook'], { cwd: bad })).status).toBe(2);
    const file = join(REPO_ROOT, 'package.json');
    const r = await cli(['runbook', '--out', join(file, 'x.md')], { cwd: root });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot write the runbook/);
  });
});
