/**
 * Issue 14: the reference preset on a tree in the reference layout — every dated input has a
 * maximum age, ext_must_pass keeps the reference's run_id rule, preset gates can be switched off and
 * preset options unset, `gate-engine config` says where each value came from, and a preset run
 * prints nothing on stderr.
 */
import { cpSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeConfig, renderConfig } from '../../src/cli/config-command.js';
import { loadConfig } from '../../src/config/load.js';
import { PRESETS, PRESET_MAX_AGE } from '../../src/config/presets.js';
import { gateTypeRegistry, verify } from '../../src/verify.js';
import { runCli, runCliInProcess as cli } from '../helpers/cli.js';
import { REPO_ROOT, removeTempDirs, tempDir, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

const REF = join(REPO_ROOT, 'fixtures/reference-layout');
const NOW = '2026-03-10T12:00:00Z';
const gateTypes = gateTypeRegistry();
const load = (yaml: string) => {
  const root = workspace({ 'gate-engine.config.yaml': yaml });
  return loadConfig({ root, cwd: root, gateTypes });
};
/** The preset gates that read a dated artifact, and so must carry a maximum age. */
const DATED = ['ext_must_pass', 'evidence_bundle', 'cross_platform', 'conformance_regression', 'conformance_pass_rate', 'sec_conformance', 'conformance_stress_lineage', 'parameter_sweeps_integrity'];

describe('every dated input of the preset has a maximum age', () => {
  it(`each dated preset gate sets max_age ${PRESET_MAX_AGE}`, () => {
    const gates = PRESETS['pi-agent-rust']?.gates ?? [];
    for (const id of DATED) expect(gates.find((g) => g.id === id)?.options?.max_age, id).toBe(PRESET_MAX_AGE);
  });

  it('with evidence 30 days old, every dated gate of the preset fails stale (and no gate warns age_unbounded)', async () => {
    const { verdict, exitCode } = await verify({ root: REF, now: '2026-04-08T12:00:00Z', write: false, env: {} });
    expect(exitCode).toBe(1);
    const byId = new Map(verdict.gates.map((g) => [g.id, g]));
    for (const id of DATED) {
      expect(byId.get(id)?.status, id).toBe('fail');
      expect(byId.get(id)?.checks.some((c) => c.status === 'fail' && c.code === 'stale'), `${id}: ${JSON.stringify(byId.get(id)?.checks)}`).toBe(true);
    }
    expect(verdict.gates.flatMap((g) => g.checks).filter((c) => c.code === 'age_unbounded')).toEqual([]);
  });

  it('a fresh tree passes every gate, and no artifact is left with an unbounded age', async () => {
    const { verdict } = await verify({ root: REF, now: NOW, write: false, env: {} });
    expect(verdict.verdict).toBe('pass');
    expect(verdict.gates.flatMap((g) => g.checks).filter((c) => c.code === 'age_unbounded')).toEqual([]);
  });

  it('max_age is overridable per gate, and unsetting it leaves an age_unbounded warning', async () => {
    const root = tempDir('ge-ref-');
    cpSync(REF, root, { recursive: true });
    writeFileSync(join(root, 'gate-engine.config.yaml'), 'version: 1\nextends: pi-agent-rust\ngates:\n  - id: sec_conformance\n    options: { max_age: 60d }\n  - id: evidence_bundle\n    options: { max_age: null }\n');
    const { verdict } = await verify({ root, now: '2026-04-08T12:00:00Z', write: false, env: {}, gates: ['sec_conformance', 'evidence_bundle'] });
    expect(verdict.gates.map((g) => [g.id, g.status, g.reason ?? null])).toEqual([
      ['evidence_bundle', 'warn', 'age_unbounded'],
      ['sec_conformance', 'pass', null],
    ]);
    expect(verdict.gates[0]?.checks.at(-1)).toMatchObject({ id: 'artifact_age', status: 'warn', code: 'age_unbounded', path: 'tests/evidence_bundle/index.json', pointer: '/generated_at', actual: '2026-03-09T08:40:00Z' });
  });
});

describe('ext_must_pass keeps the reference lineage rule: a real run_id, contained in correlation_id', () => {
  const MUST_PASS = 'tests/ext_conformance/reports/gate/must_pass_gate_verdict.json';
  const run = async (patch: Record<string, unknown>) => {
    const root = tempDir('ge-ref-');
    cpSync(REF, root, { recursive: true });
    const doc = JSON.parse(readFileSync(join(root, MUST_PASS), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(root, MUST_PASS), JSON.stringify({ ...doc, ...patch }));
    const { verdict } = await verify({ root, now: NOW, write: false, env: {}, gates: ['ext_must_pass'] });
    return verdict.gates[0]?.checks.filter((c) => c.status !== 'pass').map((c) => `${c.id} ${c.code} ${c.pointer}`);
  };

  it.each([
    ['a blank run_id (zero-width space)', { run_id: '\u200b' }, ['run_lineage placeholder /run_id']],
    ['a placeholder run_id', { run_id: '${RUN_ID}', correlation_id: 'bd-1f42.4.4-${RUN_ID}' }, ['run_lineage placeholder /run_id', 'run_lineage placeholder /correlation_id']],
    ['a placeholder word as run_id', { run_id: 'None', correlation_id: 'bd-1f42.4.4-None' }, ['run_lineage placeholder /run_id']],
    ['a correlation_id that does not contain the run_id', { correlation_id: 'bd-1f42.4.4-20260308T000000Z' }, ['run_lineage lineage /correlation_id']],
    ['no run_id', { run_id: undefined }, ['run_lineage missing_field /run_id']],
    ['a numeric run_id', { run_id: 20260309 }, ['run_lineage wrong_type /run_id']],
  ])('%s fails', async (_name, patch, expected) => {
    expect(await run(patch)).toEqual(expected);
  });

  it('the reference shape passes', async () => {
    expect(await run({})).toEqual([]);
  });
});

describe('preset overrides', () => {
  it('enabled: false switches a preset gate off; null unsets a preset option (the type default applies)', async () => {
    const config = await load('version: 1\nextends: pi-agent-rust\ngates:\n  - id: evidence_bundle\n    enabled: false\n  - id: parameter_sweeps_integrity\n    options: { max_age: null }\n  - id: suite_classification\n    bead: null\n');
    expect(config.gates.map((g) => g.id)).not.toContain('evidence_bundle');
    expect(config.gates).toHaveLength((PRESETS['pi-agent-rust']?.gates.length ?? 0) - 1);
    expect(config.gates.find((g) => g.id === 'parameter_sweeps_integrity')?.options.max_age).toBe('7d');
    expect(config.gates.find((g) => g.id === 'suite_classification')?.bead).toBeUndefined();
    expect(config.resolution?.disabled).toEqual([{ id: 'evidence_bundle', entry: 'preset+file', pointer: '/gates/0/enabled' }]);
    expect(config.resolution?.gates.parameter_sweeps_integrity?.unset).toEqual(['options.max_age']);
  });

  it.each([
    ['an unknown preset gate id', 'gates:\n  - id: evidence_bundel\n    enabled: false\n', '/gates/0/id (line 4, column 9): "evidence_bundel" is not a gate of preset pi-agent-rust; did you mean "evidence_bundle"?'],
    ['null for an option the preset does not set', 'gates:\n  - id: sec_conformance\n    options: { schema_id: null }\n', '/gates/0/options/schema_id (line 5, column 27): null unsets a preset option, but gate "sec_conformance" of preset pi-agent-rust does not set schema_id'],
    ['null for the type', 'gates:\n  - id: sec_conformance\n    type: null\n', '/gates/0/type (line 5, column 11): type cannot be unset'],
    ['a whole options block set to null', 'gates:\n  - id: sec_conformance\n    options: null\n', '/gates/0/options (line 5, column 14): unset options one by one'],
    ['an option named __proto__ (never a prototype)', 'gates:\n  - id: sec_conformance\n    options: { __proto__: { max_age: 9999w } }\n', '/gates/0/options/__proto__'],
    ['enabled that is not a boolean', 'gates:\n  - id: sec_conformance\n    enabled: "no"\n', '/gates/0/enabled (line 5, column 14): must be true or false'],
  ])('%s is exit 2 naming the file and line', async (_name, gates, message) => {
    await expect(load(`version: 1\nextends: pi-agent-rust\n${gates}`)).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining(message) });
  });

  it('a gate of the file itself can be switched off too (validated, not run)', async () => {
    const config = await load('version: 1\ngates:\n  - id: a\n    type: artifact_present\n    options: { path: a.json }\n  - id: b\n    type: artifact_present\n    enabled: false\n    options: { path: b.json }\n');
    expect(config.gates.map((g) => g.id)).toEqual(['a']);
    expect(config.resolution?.disabled).toEqual([{ id: 'b', entry: 'file', pointer: '/gates/1/enabled' }]);
    await expect(load('version: 1\ngates:\n  - id: b\n    type: artifact_present\n    enabled: false\n    options: { paht: b.json }\n')).rejects.toMatchObject({ exitCode: 2 });
  });
});

describe('gate-engine config', () => {
  it('prints each value with its source: preset, file or default', async () => {
    const root = workspace({ 'gate-engine.config.yaml': 'version: 1\nextends: pi-agent-rust\ngates:\n  - id: sec_conformance\n    options: { max_age: 14d }\n  - id: evidence_bundle\n    enabled: false\n' });
    const config = await loadConfig({ root, cwd: root, gateTypes });
    const described = describeConfig(config, root);
    const sec = described.gates.find((g) => g.id === 'sec_conformance');
    expect(sec?.entry).toBe('preset+file');
    expect(sec?.options.max_age).toEqual({ value: '14d', from: 'file' });
    expect(sec?.options.path).toEqual({ value: 'tests/full_suite_gate/sec_conformance_verdict.json', from: 'preset' });
    expect(described.gates.find((g) => g.id === 'parameter_sweeps_integrity')?.options.require_ready).toEqual({ value: false, from: 'default' });
    expect(described.waivers).toEqual({ value: { sources: ['tests/suite_classification.toml'] }, from: 'preset' });
    expect(described.disabled.map((d) => d.id)).toEqual(['evidence_bundle']);
    const text = renderConfig(described);
    expect(text).toContain('options.max_age: 14d  [file]');
    expect(text).toContain('evidence_bundle  disabled (enabled: false at /gates/1/enabled of the file)');
  });

  // The binary for the text and its exit 0; --json and the refusal through the CLI's entry in this process.
  it('the CLI prints it (text and --json), exit 0; an invalid override is exit 2 without a stack trace', async () => {
    const root = workspace({ 'gate-engine.config.yaml': 'version: 1\nextends: pi-agent-rust\ngates:\n  - id: sec_conformance\n    options: { max_age: null }\n' });
    const text = runCli(['config', '--root', root]);
    expect(text.status).toBe(0);
    expect(text.stderr).toBe('');
    expect(text.stdout).toContain('(extends pi-agent-rust)');
    expect(text.stdout).toContain('options.max_age: unset by the file (null)');
    const json = await cli(['config', '--root', root, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ schema: 'gate-engine.resolved_config.v1', extends: 'pi-agent-rust' });
    writeFileSync(join(root, 'gate-engine.config.yaml'), 'version: 1\nextends: pi-agent-rust\ngates:\n  - id: sec_conformanse\n    enabled: false\n');
    const bad = await cli(['config', '--root', root]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('did you mean "sec_conformance"?');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('a preset run prints nothing on stderr (no Node warning)', () => {
    const out = tempDir('ge-out-');
    const run = runCli(['verify', '--root', REF, '--out', out, '--now', NOW]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});

describe('the reference layout, broken one item at a time: each gate names what broke', () => {
  const json = (root: string, rel: string, edit: (doc: Record<string, unknown>) => void) => {
    const doc = JSON.parse(readFileSync(join(root, rel), 'utf8')) as Record<string, unknown>;
    edit(doc);
    writeFileSync(join(root, rel), JSON.stringify(doc, null, 2));
  };
  const text = (root: string, rel: string, edit: (s: string) => string) => writeFileSync(join(root, rel), edit(readFileSync(join(root, rel), 'utf8')));
  const SOURCE = 'tests/perf/reports/phase1_matrix_validation.json';
  const SWEEPS = 'tests/perf/reports/parameter_sweeps.json';
  const ISSUES = '.beads/issues.jsonl';
  const cases: [string, string, (root: string) => void, string, string][] = [
    ['a cargo tests/<dir>/main.rs target left out of the manifest', 'suite_classification', (r) => text(r, 'tests/suite_classification.toml', (s) => s.replace('"cli_smoke", ', '')), 'fail', 'unclassified'],
    ['a [[test]] target of Cargo.toml left out of the manifest', 'suite_classification', (r) => text(r, 'tests/suite_classification.toml', (s) => s.replace('"conformance_harness", ', '')), 'fail', 'unclassified'],
    ['a test file linked out of the root', 'suite_classification', (r) => symlinkSync(join(REF, 'tests/e2e_cli.rs'), join(r, 'tests/linked_cli.rs')), 'fail', 'outside_root'],
    ['a dangling test file link', 'suite_classification', (r) => symlinkSync('gone.rs', join(r, 'tests/gone.rs')), 'fail', 'unreadable'],
    ['duplicate tracker rows that disagree without updated_at', 'practical_finish_checkpoint', (r) => text(r, ISSUES, (s) => s.replace(/, "updated_at": "[^"]*"/g, '')), 'fail', 'conflicting_rows'],
    ['an open bug labelled docs, linked to the scope only by a parent-child dependency', 'practical_finish_checkpoint', (r) => text(r, ISSUES, (s) => `${s}{"id":"bd-z1","status":"open","issue_type":"bug","title":"Queue stalls under sweep load","labels":["docs"],"dependencies":[{"issue_id":"bd-z1","depends_on_id":"bd-3ar8v.3","type":"parent-child"}]}\n`), 'fail', 'technical_open'],
    ['the primary export absent, the base file read instead', 'practical_finish_checkpoint', (r) => {
      writeFileSync(join(r, '.beads/beads.base.jsonl'), readFileSync(join(r, ISSUES)));
      rmSync(join(r, ISSUES));
    }, 'warn', 'tracker_fallback'],
    ['a source matrix not ready for phase 5 under ready sweeps', 'parameter_sweeps_integrity', (r) => json(r, SOURCE, (d) => ((d.consumption_contract as Record<string, unknown>).ready_for_phase5 = false)), 'fail', 'source_readiness_mismatch'],
    ['a source matrix from another run_id', 'parameter_sweeps_integrity', (r) => json(r, SOURCE, (d) => (d.run_id = '20260308T000000Z')), 'fail', 'lineage'],
    ['a source matrix dated after the sweeps', 'parameter_sweeps_integrity', (r) => json(r, SOURCE, (d) => (d.generated_at = '2026-03-09T11:00:00Z')), 'fail', 'source_newer'],
    ['a knob swept twice under names differing by case', 'parameter_sweeps_integrity', (r) => json(r, SWEEPS, (d) => (d.sweep_plan as { dimensions: unknown[] }).dimensions.push({ name: 'Flush_Cadence_MS', candidate_values: [1000] })), 'fail', 'duplicate_dimension'],
    ['a misspelt [waivers.x] table', 'waiver_lifecycle', (r) => text(r, 'tests/suite_classification.toml', (s) => `${s}\n[waivers.sec_conformance]\nowner = "x"\n`), 'warn', 'waiver_table_misspelt'],
  ];
  it.each(cases)('%s: %s', async (_name, gate, mutate, status, reason) => {
    const root = tempDir('ge-ref-');
    cpSync(REF, root, { recursive: true });
    mutate(root);
    const { verdict } = await verify({ root, now: NOW, write: false, env: {}, gates: [gate] });
    expect(verdict.gates[0], JSON.stringify(verdict.gates[0]?.checks.filter((c) => c.status !== 'pass'))).toMatchObject({ status, reason });
  });
});
