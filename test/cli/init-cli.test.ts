/**
 * `gate-engine init` through the CLI: the starter config it writes for what it finds, that `verify` runs it, and that
 * it never overwrites a config. The first layout runs the binary in child processes end to end (exit 0, then 2); the
 * other layouts and presets run the CLI's own entry in this process (the binary is a two-line wrapper around it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, runCliInProcess as cli } from '../helpers/cli.js';
import { REPO_ROOT, removeTempDirs, tempDir, writeTree } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';
const CLEAN = { GITHUB_ACTIONS: undefined, GITHUB_STEP_SUMMARY: undefined, GITHUB_WORKSPACE: undefined, FORCE_COLOR: undefined, NO_COLOR: undefined };

describe('gate-engine init', () => {
  it('TypeScript layout with coverage: writes a config with the schema line that verify runs; never overwrites it', () => {
    const repo = writeTree(tempDir('ge-init-'), {
      'package.json': { name: 'app', version: '1.0.0' },
      'tsconfig.json': { compilerOptions: {} },
      'src/index.ts': 'export const x = 1;\n',
      'test/a.test.ts': '',
      'coverage/coverage-summary.json': { total: { lines: { total: 10, covered: 9, skipped: 0, pct: 90 } } },
      'bench/results.json': { ops: 1 },
    });
    const init = runCli(['init'], { cwd: repo, env: CLEAN });
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('wrote gate-engine.config.yaml (TypeScript layout; found package.json, tsconfig.json, test/, coverage/coverage-summary.json, bench/results.json)');
    expect(init.stdout).toContain('next steps:');
    const config = readFileSync(join(repo, 'gate-engine.config.yaml'), 'utf8');
    expect(config.split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/gate-engine/schemas/config.schema.json');
    expect(config).toContain('pointer: "/total/lines/pct"');
    expect(config).toContain('#       manifest: test/suite_classification.toml');
    const verify = runCli(['verify', '--now', NOW], { cwd: repo, env: CLEAN });
    expect(verify.stderr).toBe('');
    expect(verify.stdout).toContain('PASS   line_coverage');
    expect(verify.status).toBe(0);
    writeFileSync(join(repo, 'gate-engine.config.yaml'), 'version: 1\ngates: []\n# mine\n');
    const again = runCli(['init'], { cwd: repo, env: CLEAN });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('gate-engine.config.yaml already exists; init never overwrites a config');
    expect(readFileSync(join(repo, 'gate-engine.config.yaml'), 'utf8')).toContain('# mine');
  });

  it('Rust layout: the manifest and classified suites it finds, the rest as comments; coverage below the bar fails', async () => {
    const repo = writeTree(tempDir('ge-init-'), {
      'Cargo.toml': '[package]\nname = "app"\nversion = "0.1.0"\n',
      'tests/a.rs': '',
      'tests/suite_classification.toml': '[suite.unit]\nfiles = ["a"]\n\n[suite.integration]\nfiles = []\n\n[suite.e2e]\nfiles = []\n',
      'benches/b.rs': '',
      'coverage/coverage-summary.json': { total: { lines: { pct: 42 } } },
    });
    const init = await cli(['init', '--root', repo], { cwd: REPO_ROOT, env: CLEAN });
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('(Rust layout; found Cargo.toml, tests/*.rs, tests/suite_classification.toml, benches/*.rs, coverage/coverage-summary.json)');
    const config = readFileSync(join(repo, 'gate-engine.config.yaml'), 'utf8');
    expect(config).toContain('  - id: suite_classification\n');
    expect(config).toContain('#   - id: bench_classification');
    expect(config).toContain('#       run: [cargo, test, --all-targets]');
    const verify = await cli(['verify', '--root', repo, '--now', NOW, '--quiet'], { cwd: REPO_ROOT, env: CLEAN });
    expect(verify.stdout).toContain('FAIL line_coverage [threshold_not_met]');
    expect(verify.status).toBe(1);
  });

  it('--preset, an unknown preset, and a directory with nothing recognisable', async () => {
    const repo = tempDir('ge-init-');
    const preset = await cli(['init', '--preset', 'pi-agent-rust'], { cwd: repo, env: CLEAN });
    expect(preset.status).toBe(0);
    expect(readFileSync(join(repo, 'gate-engine.config.yaml'), 'utf8')).toMatch(/\nversion: 1\nextends: pi-agent-rust\n$/);
    const unknown = await cli(['init', '--preset', 'pi-agent-rus', '--root', tempDir('ge-init-')], { cwd: repo, env: CLEAN });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('did you mean "pi-agent-rust"?');
    const empty = tempDir('ge-init-');
    expect((await cli(['init'], { cwd: empty, env: CLEAN })).status).toBe(0);
    const verify = await cli(['verify', '--now', NOW], { cwd: empty, env: CLEAN });
    expect(verify.stdout).toContain('PASS   waiver_lifecycle');
    expect(verify.status).toBe(0);
  }, 90_000);
});
