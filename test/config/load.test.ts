import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { EngineError } from '../../src/core/errors.js';
import { gateTypeRegistry } from '../../src/verify.js';
import { removeTempDirs, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

const gateTypes = gateTypeRegistry();

async function load(files: Record<string, string>, config?: string) {
  const root = workspace(files);
  return loadConfig({ root, cwd: root, gateTypes, ...(config ? { config } : {}) });
}

async function failure(files: Record<string, string>, config?: string): Promise<EngineError> {
  const e = await load(files, config).then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(EngineError);
  expect((e as EngineError).exitCode).toBe(2);
  return e as EngineError;
}

describe('config: unknown names are errors that name the file, the key, the line and the nearest valid name', () => {
  it('an unknown top-level key', async () => {
    const e = await failure({ 'gate-engine.config.yaml': 'version: 1\ngate:\n  - type: suite_classification\n' });
    expect(e.code).toBe('config_invalid'); // `gates` is missing too; the first problem is reported first
    expect(e.message).toContain('gate-engine.config.yaml');
    expect(e.message).toContain('unknown field "gate"; did you mean "gates"?');
  });

  it('an unknown key inside a gate entry, with line and column', async () => {
    const e = await failure({ 'gate-engine.config.yaml': 'version: 1\ngates:\n  - type: suite_classification\n    blockng: false\n' });
    expect(e.code).toBe('unknown_key');
    expect(e.message).toMatch(/\/gates\/0\/blockng \(line 4, column \d+\): unknown field "blockng"; did you mean "blocking"\?/);
  });

  it('an unknown option key of a gate type', async () => {
    const e = await failure({ 'gate-engine.config.yaml': 'version: 1\ngates:\n  - type: suite_classification\n    options:\n      test_glob: "tests/*.rs"\n' });
    expect(e.code).toBe('unknown_key');
    expect(e.message).toContain('/gates/0/options/test_glob (line 5, column 18): unknown field "test_glob"; did you mean "tests_glob"?');
  });

  it('an unknown gate type', async () => {
    const e = await failure({ 'gate-engine.config.yaml': 'version: 1\ngates:\n  - type: suite_clasification\n' });
    expect(e.code).toBe('unknown_gate_type');
    expect(e.message).toContain('/gates/0/type (line 3, column 11): unknown gate type "suite_clasification"; did you mean "suite_classification"?');
  });

  it('an option of the wrong type', async () => {
    const e = await failure({ 'gate-engine.config.yaml': 'version: 1\ngates:\n  - type: suite_classification\n    options:\n      require_sorted: "yes"\n' });
    expect(e.code).toBe('invalid_options');
    expect(e.message).toContain('/gates/0/options/require_sorted (line 5, column 23): must be a boolean, found the string "yes"');
  });

  it('lists every problem, not just the first', async () => {
    const e = await failure({ 'gate-engine.config.yaml': 'version: 1\ngates:\n  - type: nope\n  - type: suite_classification\n    options: { manifst: x, suites: [] }\n' });
    expect(e.message).toContain('(3 problems)');
    expect(e.message).toContain('unknown gate type "nope"');
    expect(e.message).toContain('unknown field "manifst"; did you mean "manifest"?');
    expect(e.message).toContain('/gates/1/options/suites');
  });

  it('a JSON config reports positions too', async () => {
    const e = await failure({ 'gate-engine.config.json': '{\n  "version": 1,\n  "gates": [\n    { "type": "suite_classification", "optons": {} }\n  ]\n}\n' });
    expect(e.code).toBe('unknown_key');
    expect(e.message).toContain('/gates/0/optons (line 4, column');
    expect(e.message).toContain('did you mean "options"?');
  });
});

describe('config: other invalid files', () => {
  it('missing config is config_missing with the fix', async () => {
    const e = await failure({ 'README.md': 'x' });
    expect(e.code).toBe('config_missing');
    expect(e.fix).toContain('--config');
  });
  it('two config files are ambiguous', async () => {
    const e = await failure({ 'gate-engine.config.yaml': 'version: 1\ngates: []\n', 'gate-engine.config.json': '{"version":1,"gates":[]}' });
    expect(e.message).toContain('more than one config file');
  });
  it('empty file', async () => {
    expect((await failure({ 'gate-engine.config.yaml': '\n\n' })).message).toContain('is empty');
  });
  it('duplicate YAML keys are refused, not last-one-wins', async () => {
    const e = await failure({ 'gate-engine.config.yaml': 'version: 1\ngates: []\ngates:\n  - type: suite_classification\n' });
    expect(e.code).toBe('config_invalid');
    expect(e.message).toMatch(/gate-engine\.config\.yaml:3:1: .*unique/i);
  });
  it('duplicate JSON keys are refused', async () => {
    const e = await failure({ 'c.json': '{"version":1,"gates":[],"gates":[{"type":"suite_classification"}]}' }, 'c.json');
    expect(e.message).toContain('duplicate key "gates"');
  });
  it('a limit a double cannot hold exactly is refused, not compared as its rounding (red team A)', async () => {
    const gate = (value: string) => `version: 1\ngates:\n  - type: threshold\n    options: { path: r.json, pointer: /x, op: ">=", value: ${value} }\n`;
    for (const [value, rounded] of [['87.98000000000000000001', '87.98'], ['9007199254740993', '9007199254740992']] as const) {
      const e = await failure({ 'gate-engine.config.yaml': gate(value) });
      expect(e.code).toBe('config_invalid');
      expect(e.message).toContain(`gate-engine.config.yaml:4:`);
      expect(e.message).toContain(`the number ${value} (/gates/0/options/value) has more digits than a double keeps and would be compared as ${rounded}`);
    }
    const json = await failure({ 'c.json': '{"version":1,"gates":[{"type":"threshold","options":{"path":"r.json","pointer":"/x","op":">=","value":0.30000000000000000001}}]}' }, 'c.json');
    expect(json.message).toContain('the number 0.30000000000000000001 (/gates/0/options/value)');
    await expect(load({ 'gate-engine.config.yaml': gate('87.98') })).resolves.toBeDefined();
    // 2^53 is exactly its double: the limit compared is the one written.
    await expect(load({ 'gate-engine.config.yaml': gate('9007199254740992') })).resolves.toBeDefined();
  });
  it('a missing version is refused', async () => {
    const e = await failure({ 'gate-engine.config.yaml': 'gates:\n  - type: suite_classification\n' });
    expect(e.message).toContain('missing required field "version"');
  });
  it('duplicate gate ids are refused', async () => {
    const e = await failure({ 'gate-engine.config.yaml': 'version: 1\ngates:\n  - type: suite_classification\n  - type: suite_classification\n' });
    expect(e.message).toContain('gate id "suite_classification" is already used by /gates/0');
  });
  it('a quarantine longer than 14 days cannot be configured (a config would make a flaky test\'s quarantine permanent), nor a waiver longer than 30', async () => {
    const quarantine = await failure({ 'gate-engine.config.yaml': 'version: 1\ngates:\n  - type: suite_classification\n    options:\n      quarantine: { max_days: 3650 }\n' });
    expect(quarantine.exitCode).toBe(2);
    expect(quarantine.message).toContain('/gates/0/options/quarantine/max_days');
    const waiver = await failure({ 'gate-engine.config.yaml': 'version: 1\nwaivers: { sources: [], max_days: 365 }\ngates:\n  - type: suite_classification\n' });
    expect(waiver.message).toContain('/waivers/max_days');
  });
  it('an explicit --config that does not exist', async () => {
    expect((await failure({}, 'nope.yaml')).code).toBe('config_missing');
  });
});

describe('config: valid files', () => {
  it('fills option defaults from the gate type schema, nested ones included', async () => {
    const config = await load({ 'gate-engine.config.yaml': 'version: 1\ngates:\n  - type: suite_classification\n    options:\n      quarantine: { max_days: 7 }\n' });
    expect(config.gates[0]).toMatchObject({
      id: 'suite_classification',
      blocking: true,
      timeoutMs: 60_000,
      options: { manifest: 'tests/suite_classification.toml', cargo_manifest: 'Cargo.toml', require_sorted: true, allow_empty: false, quarantine: { max_days: 7, expiring_soon_days: 2 } },
    });
    expect(config.outputDir).toBe('gate-engine-out');
  });
  it('honours id, title, bead, blocking, timeout and output dir', async () => {
    const config = await load({ 'gate-engine.config.yaml': 'version: 1\noutput: { dir: out }\ndefaults: { timeout: 5s }\ngates:\n  - { id: a, type: suite_classification, title: A, bead: bd-1, blocking: false }\n  - { id: b, type: suite_classification, timeout: 250ms }\n' });
    expect(config.outputDir).toBe('out');
    expect(config.gates.map((g) => [g.id, g.title, g.bead, g.blocking, g.timeoutMs])).toEqual([
      ['a', 'A', 'bd-1', false, 5000],
      ['b', 'Suite classification guard', undefined, true, 250],
    ]);
  });
});
