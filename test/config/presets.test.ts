import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { PRESETS } from '../../src/config/presets.js';
import { gateTypeRegistry, verify } from '../../src/verify.js';
import { REPO_ROOT, removeTempDirs, tempDir, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

const gateTypes = gateTypeRegistry();
const load = (yaml: string) => {
  const root = workspace({ 'gate-engine.config.yaml': yaml });
  return loadConfig({ root, cwd: root, gateTypes });
};

describe('extends: pi-agent-rust', () => {
  it('a two-line config gives the reference catalogue with its paths, beads and replay commands', async () => {
    const config = await load('version: 1\nextends: pi-agent-rust\n');
    expect(config.gates.map((g) => g.id)).toEqual(PRESETS['pi-agent-rust']?.gates.map((g) => g.id));
    expect(config.gates.find((g) => g.id === 'conformance_pass_rate')).toMatchObject({
      type: 'threshold',
      bead: 'bd-1f42.4',
      blocking: true,
      reproduce: 'cargo test --test conformance_report -- --nocapture',
      options: { path: 'tests/ext_conformance/reports/conformance_summary.json', pointer: '/pass_rate_pct', op: '>=', value: 80 },
    });
    expect(config.gates.find((g) => g.id === 'evidence_bundle')?.blocking).toBe(false);
    expect(config.gates.find((g) => g.id === 'suite_classification')?.options).toMatchObject({ manifest: 'tests/suite_classification.toml', require_sorted: true });
  });

  it('an entry with a preset gate id overrides it field by field, options key by key; new ids are added', async () => {
    const config = await load(
      'version: 1\nextends: pi-agent-rust\ngates:\n  - id: suite_classification\n    blocking: false\n    options:\n      require_sorted: false\n  - id: release_notes\n    type: artifact_present\n    options: { path: RELEASE_NOTES.md }\n',
    );
    const suites = config.gates.find((g) => g.id === 'suite_classification');
    expect(suites).toMatchObject({ type: 'suite_classification', blocking: false, bead: 'bd-1f42.6.1', options: { manifest: 'tests/suite_classification.toml', require_sorted: false } });
    expect(config.gates.at(-1)?.id).toBe('release_notes');
  });

  it('an unknown preset is an error with a suggestion', async () => {
    await expect(load('version: 1\nextends: pi-agent-rs\n')).rejects.toMatchObject({ code: 'config_invalid', exitCode: 2, message: expect.stringContaining('unknown preset "pi-agent-rs"; did you mean "pi-agent-rust"?') });
  });

  it('errors in an override point at the user\'s own file and line', async () => {
    const e = load('version: 1\nextends: pi-agent-rust\ngates:\n  - id: suite_classification\n    options:\n      test_glob: "tests/*.rs"\n');
    await expect(e).rejects.toMatchObject({ code: 'unknown_key', message: expect.stringContaining('/gates/0/options/test_glob (line 6, column 18): unknown field "test_glob"; did you mean "tests_glob"?') });
  });
});

describe('extends: pi-agent-rust on a tree in the reference project\'s layout (fixtures/reference-layout)', () => {
  const REF = join(REPO_ROOT, 'fixtures/reference-layout');
  const NOW = '2026-03-10T12:00:00Z';

  it('a two-line config runs the whole catalogue, and sound evidence passes', async () => {
    const { verdict, exitCode } = await verify({ root: REF, now: NOW, write: false, env: {} });
    expect(exitCode).toBe(0);
    expect(verdict.gates.map((g) => [g.id, g.status])).toEqual(PRESETS['pi-agent-rust']?.gates.map((g) => [g.id, 'pass']));
    expect(verdict.gates.find((g) => g.id === 'conformance_pass_rate')?.reproduce_command).toBe('cargo test --test conformance_report -- --nocapture');
  });

  it('a banned import planted in the code fails the scan and contradicts the committed drift report', async () => {
    const root = tempDir('ge-ref-');
    cpSync(REF, root, { recursive: true });
    const amac = join(root, 'src/hostcall/amac.rs');
    writeFileSync(amac, `${readFileSync(amac, 'utf8')}\npub fn peek() -> usize { crate::session::store::len() }\n`);
    const { verdict, exitCode } = await verify({ root, now: NOW, write: false, env: {}, gates: ['kernel_boundary'] });
    expect(exitCode).toBe(1);
    const findings = verdict.gates[0]?.checks.filter((c) => c.status === 'fail') ?? [];
    expect(findings.map((c) => c.code)).toEqual(expect.arrayContaining(['banned_import', 'report_drift']));
    expect(findings.find((c) => c.code === 'banned_import')).toMatchObject({ path: 'src/hostcall/amac.rs', line: 9 });
  });

  it('a conformance summary of zero cases fails the pass rate as vacuous, whatever pass_rate_pct it writes', async () => {
    const root = tempDir('ge-ref-');
    cpSync(REF, root, { recursive: true });
    const summary = join(root, 'tests/ext_conformance/reports/conformance_summary.json');
    writeFileSync(summary, readFileSync(summary, 'utf8').replace('"total": 208, "pass": 191, "fail": 9, "na": 8', '"total": 0, "pass": 0, "fail": 0, "na": 0').replace('91.8', '100'));
    const { verdict, exitCode } = await verify({ root, now: NOW, write: false, env: {}, gates: ['conformance_pass_rate'] });
    expect(exitCode).toBe(1);
    expect(verdict.gates[0]).toMatchObject({ status: 'fail', reason: 'vacuous' });
    expect(verdict.gates[0]?.checks.find((c) => c.code === 'vacuous')).toMatchObject({ pointer: '/counts/total' });
  });

  it('claiming the strict tier without a certification verdict fails, through FRANKEN_NODE_CLAIM_TIER', async () => {
    const { verdict, exitCode } = await verify({ root: REF, now: NOW, write: false, gates: ['claim_tier_order'], env: { FRANKEN_NODE_CLAIM_TIER: 'TIER-3-FULL-NODE-BUN-REPLACEMENT' } });
    expect(exitCode).toBe(1);
    expect(verdict.gates[0]).toMatchObject({ status: 'fail', reason: 'missing' });
  });

  it('waivers live in the classification TOML: without a [waiver] table it holds 0 waivers (the gate passes, nothing is waived); a valid one waives a failing gate', async () => {
    const root = tempDir('ge-ref-');
    cpSync(REF, root, { recursive: true });
    const sec = join(root, 'tests/full_suite_gate/sec_conformance_verdict.json');
    writeFileSync(sec, readFileSync(sec, 'utf8').replace('"verdict": "pass"', '"verdict": "fail"'));
    const toml = join(root, 'tests/suite_classification.toml');
    const manifest = readFileSync(toml, 'utf8');
    expect(manifest).not.toMatch(/^\[waiver/m);
    const none = await verify({ root, now: NOW, write: false, env: {}, gates: ['sec_conformance', 'waiver_lifecycle'] });
    expect(none.exitCode).toBe(1);
    expect(none.verdict.gates.map((g) => [g.id, g.status, g.reason])).toEqual([
      ['sec_conformance', 'fail', 'status_not_allowed'],
      ['waiver_lifecycle', 'pass', undefined],
    ]);
    expect(none.verdict.gates[1]?.detail).toBe('tests/suite_classification.toml: 0 waivers declared (no `waiver` table: nothing is waived)');
    writeFileSync(toml, `${manifest}\n[waiver.sec_conformance]\nowner = "TopazForest"\ncreated = "2026-03-05"\nexpires = "2026-03-19"\nbead = "bd-1a2cu.3"\nreason = "SEC-6.4 suite flakes on the new runner"\nscope = "both"\nremove_when = "three green SEC runs in a row"\n`);
    const waived = await verify({ root, now: NOW, write: false, env: {}, gates: ['sec_conformance', 'waiver_lifecycle'] });
    expect(waived.exitCode).toBe(0);
    expect(waived.verdict.gates.map((g) => [g.id, g.status, g.raw_status])).toEqual([
      ['sec_conformance', 'waived', 'fail'],
      ['waiver_lifecycle', 'pass', 'pass'],
    ]);
  });

  it('the TypeScript example config is valid against the same gate types', async () => {
    const root = tempDir('ge-ts-example-');
    cpSync(join(REPO_ROOT, 'examples/typescript-repo/gate-engine.config.yaml'), join(root, 'gate-engine.config.yaml'));
    const config = await loadConfig({ root, cwd: root, gateTypes });
    expect(config.gates.map((g) => g.type)).toEqual(['suite_classification', 'threshold', 'artifact_lineage', 'claim_tier_order', 'kernel_boundary']);
  });
});
