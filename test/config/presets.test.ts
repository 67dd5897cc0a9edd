import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { PRESETS } from '../../src/config/presets.js';
import { gateTypeRegistry } from '../../src/verify.js';
import { removeTempDirs, workspace } from '../helpers/fs.js';

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
