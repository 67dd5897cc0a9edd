/**
 * `plugins:` end to end with the real CLI in a child process: the example plugin package
 * (examples/custom-gate) loaded by package name and by path, its options validated with its own
 * schema, and every way a plugin can be missing or broken refused with exit 2, a message naming the
 * config entry and the file, a fix — and never a stack trace.
 */
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { composeConfigSchema } from '../../src/config/schema.js';
import { validateSchema } from '../../src/artifacts/schema.js';
import { BUILTIN_GATES } from '../../gates/index.js';
import { runCli } from '../helpers/cli.js';
import { REPO_ROOT, removeTempDirs, tempDir, writeTree } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';
const NOTES = '# 1.4.0\n\n- faster startup\n';

/** A project whose node_modules holds gate-engine (this checkout, built) and the example plugin package. */
function project(files: Record<string, string | object> = {}): string {
  const root = tempDir('ge-plugins-');
  mkdirSync(join(root, 'node_modules'), { recursive: true });
  symlinkSync(REPO_ROOT, join(root, 'node_modules/gate-engine'), 'dir');
  cpSync(join(REPO_ROOT, 'examples/custom-gate'), join(root, 'node_modules/gate-engine-example-gates'), { recursive: true, filter: (src) => !src.includes(`${'custom-gate'}/test`) });
  writeTree(root, { 'NOTES.md': NOTES, 'changelog.json': { count: 1, entries: [{ title: 'faster startup', issue: 'GH-12' }] }, ...files });
  return root;
}

function config(plugins: string[], options: Record<string, unknown> = { notes: 'NOTES.md', report: 'changelog.json', version: '1.4.0' }): string {
  return `version: 1\nplugins:\n${plugins.map((p) => `  - ${JSON.stringify(p)}`).join('\n')}\ngates:\n  - id: release_notes\n    type: release_notes\n    options: ${JSON.stringify(options)}\n`;
}

const verify = (root: string, extra: string[] = []) => runCli(['verify', '--root', root, '--now', NOW, '--out', join(root, 'out'), '--json', ...extra], { cwd: root });

describe('plugins: custom gate types from the config, through the real CLI', () => {
  it('loads the example package by name: passes on good evidence, fails with the plugin\'s reason on bad', () => {
    const root = project({ 'gate-engine.config.yaml': config(['gate-engine-example-gates']) });
    const ok = verify(root);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).gates[0]).toMatchObject({ id: 'release_notes', type: 'release_notes', status: 'pass' });

    writeTree(root, { 'changelog.json': { count: '1', entries: [] } });
    const bad = verify(root);
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout).gates[0]).toMatchObject({ status: 'fail', reason: 'wrong_type' });

    writeTree(root, { 'NOTES.md': '# 1.3.0\n', 'changelog.json': { count: 1, entries: [] } });
    const human = runCli(['verify', '--root', root, '--now', NOW, '--out', join(root, 'out')], { cwd: root });
    expect(human.status).toBe(1);
    expect(human.stdout).toContain('version_not_mentioned');
    // The plugin's own reason table explains the code in the report, as a built-in gate's does.
    expect(readFileSync(join(root, 'out/full_suite_report.md'), 'utf8')).toMatch(/release notes do not mention the version/);
  });

  it('loads a plugin by a path relative to the root (not to the config file)', () => {
    const root = project({ 'ci/gate-engine.config.yaml': config(['./tools/gates/index.js']) });
    cpSync(join(REPO_ROOT, 'examples/custom-gate/index.js'), join(root, 'tools/gates/index.js'), { recursive: true });
    writeFileSync(join(root, 'tools/gates/package.json'), '{ "type": "module" }\n');
    const run = verify(root, ['--config', 'ci/gate-engine.config.yaml']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('validates the plugin gate\'s options with the plugin\'s own schema (exit 2, invalid_options)', () => {
    const root = project({ 'gate-engine.config.yaml': config(['gate-engine-example-gates'], { notes: 'NOTES.md', report: 'changelog.json', version: '1.4.0', min_entries: 'two' }) });
    const run = runCli(['verify', '--root', root, '--now', NOW], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/\/gates\/0\/options\/min_entries/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['a path that does not exist', ['./tools/nope.js'], {}, /plugin "\.\/tools\/nope\.js" \(gate-engine\.config\.yaml plugins\[0\], line 3\) does not exist/, /check the path/],
    ['a package that is not installed', ['@acme/no-such-gates'], {}, /plugin "@acme\/no-such-gates" .* is not installed/, /npm install @acme\/no-such-gates/],
    ['an absolute path', ['/etc/gates.js'], {}, /is an absolute path/, /relative to the root/],
    ['a path outside the root', ['../outside.js'], {}, /(does not exist|lies outside the root)/, /./],
    ['a module with a syntax error', ['./bad.js'], { 'bad.js': 'export default {;\n' }, /plugin "\.\/bad\.js" .* could not be loaded from bad\.js: /, /fix the module/],
    ['a module importing a name the SDK does not export', ['./typo.mjs'], { 'typo.mjs': 'import { defineGate } from "node:path";\nexport default defineGate({});\n' }, /could not be loaded from typo\.mjs \(line 1\): .*does not provide an export named 'defineGate'/, /fix the module/],
    ['a module that throws when loaded', ['./throws.js'], { 'throws.js': 'throw new Error("boom at load");\n' }, /could not be loaded from throws\.js: boom at load/, /fix the module/],
    ['a module exporting no gates', ['./empty.mjs'], { 'empty.mjs': 'export const x = 1;\n' }, /exports no gate definitions/, /export default defineGate/],
    ['a definition without evaluate', ['./half.mjs'], { 'half.mjs': 'export default { type: "half", title: "Half", description: "d", optionsSchema: {} };\n' }, /gate definition 1 of 1 \("half"\) has no evaluate function/, /defineGate/],
    ['a type that collides with a built-in', ['./dup.mjs'], { 'dup.mjs': 'export default { type: "threshold", title: "T", description: "d", optionsSchema: {}, evaluate() {} };\n' }, /defines gate type "threshold", which is a built-in gate type/, /name of its own/],
    ['TypeScript source', ['./gate.ts'], { 'gate.ts': 'export default {};\n' }, /is TypeScript \(gate\.ts\)/, /build the plugin to JavaScript/],
  ])('refuses %s: exit 2, the entry, the file and the fix, no stack trace', (_name, plugins, files, message, fix) => {
    const root = project({ 'gate-engine.config.yaml': config(plugins), ...files });
    const run = runCli(['verify', '--root', root, '--now', NOW], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/\n {2}fix: /);
    expect(run.stderr).toMatch(fix);
    expect(run.stderr).not.toMatch(/\n\s+at |node:internal|Warning:/);
  });

  it('--json reports a broken plugin as { error: { code: plugin_invalid, exit_code: 2 } }', () => {
    const root = project({ 'gate-engine.config.yaml': config(['./tools/nope.js']) });
    const json = runCli(['verify', '--root', root, '--now', NOW, '--json'], { cwd: root });
    expect(json.status).toBe(2);
    expect(JSON.parse(json.stdout).error).toMatchObject({ code: 'plugin_invalid', exit_code: 2 });
  });

  it('an unknown type without plugins says where custom types come from', () => {
    const root = project({ 'gate-engine.config.yaml': 'version: 1\ngates:\n  - type: release_notes\n' });
    const run = runCli(['verify', '--root', root, '--now', NOW], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown gate type "release_notes".*\(a custom gate type comes from a module listed under `plugins:`\)/);
  });

  it('`gate-engine config` and `check` load the plugins too', () => {
    const root = project({ 'gate-engine.config.yaml': config(['gate-engine-example-gates']) });
    const shown = runCli(['config', '--root', root], { cwd: root });
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain('release_notes');
  });
});

describe('the editor schema (schemas/config.schema.json) does not reject plugin gate types', () => {
  const schema = composeConfigSchema(BUILTIN_GATES);
  it('accepts plugins: and a gate of a type no built-in has, with any options', () => {
    expect(validateSchema(schema, { version: 1, plugins: ['./gates/x.js'], gates: [{ type: 'release_notes', options: { anything: 1 } }] })).toEqual([]);
  });
  it('still checks the options of built-in types', () => {
    expect(validateSchema(schema, { version: 1, gates: [{ type: 'threshold', options: { nope: 1 } }] }).length).toBeGreaterThan(0);
  });
  it('rejects a malformed plugin list', () => {
    expect(validateSchema(schema, { version: 1, plugins: [''], gates: [{ type: 'threshold', options: {} }] }).some((p) => p.pointer.startsWith('/plugins'))).toBe(true);
  });
});
