/**
 * `gate-engine init`: a starter config chosen from what the repository holds. Every gate it enables
 * checks evidence that exists today (so the first `verify` tells the truth about this repository);
 * stricter gates that need evidence the repository does not produce yet are written as comments.
 * It never overwrites a config: the file is created exclusively.
 */
import { promises as fs } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { CONFIG_FILE_NAMES, displayPath } from '../config/load.js';
import { presetNames, PRESETS } from '../config/presets.js';
import { EngineError } from '../core/errors.js';
import { packageInfo } from '../package-info.js';
import { didYouMean } from '../util/suggest.js';
import { parseCommandArgs } from './args.js';
import { INIT_HELP } from './help.js';
import type { CliIO } from './main-run.js';
import { guardForGithub } from './reporting.js';

const CONFIG_NAME = 'gate-engine.config.yaml';

interface Layout {
  kind: 'rust' | 'typescript' | 'javascript' | 'unknown';
  detected: string[];
  gates: string[];
  suggestions: string[];
}

async function isFile(p: string): Promise<boolean> {
  return fs.stat(p).then((s) => s.isFile(), () => false);
}
async function isDir(p: string): Promise<boolean> {
  return fs.stat(p).then((s) => s.isDirectory(), () => false);
}
async function hasEntry(dir: string, test: (name: string) => boolean): Promise<boolean> {
  try {
    return (await fs.readdir(dir)).some(test);
  } catch {
    return false;
  }
}

const yamlString = (s: string) => JSON.stringify(s);

function gate(id: string, type: string, title: string, options: Record<string, string | number>): string {
  const lines = [`  - id: ${id}`, `    type: ${type}`, `    title: ${yamlString(title)}`, '    options:'];
  for (const [k, v] of Object.entries(options)) lines.push(`      ${k}: ${typeof v === 'number' ? v : yamlString(v)}`);
  return lines.join('\n');
}

const COVERAGE_FILES = ['coverage/lcov.info', 'lcov.info', 'coverage/cobertura-coverage.xml', 'cobertura.xml', 'coverage/coverage-final.json', 'target/llvm-cov/lcov.info', 'target/coverage/lcov.info'];
const BENCH_FILES = ['bench/results.json', 'benchmarks/results.json', 'bench-results.json', 'benchmark.json', 'benchmarks.json'];

async function detect(root: string): Promise<Layout> {
  const layout: Layout = { kind: 'unknown', detected: [], gates: [], suggestions: [] };
  const at = (p: string) => join(root, p);
  if (await isFile(at('Cargo.toml'))) {
    layout.kind = 'rust';
    layout.detected.push('Cargo.toml');
    layout.gates.push(gate('cargo_manifest', 'artifact_present', 'Cargo.toml exists and parses', { path: 'Cargo.toml' }));
    for (const [dir, suites] of [['tests', 'unit, integration, e2e'], ['benches', 'micro, macro']] as const) {
      if (!(await hasEntry(at(dir), (n) => n.endsWith('.rs')))) continue;
      layout.detected.push(`${dir}/*.rs`);
      const manifest = `${dir}/suite_classification.toml`;
      const entry = `  - id: ${dir === 'tests' ? 'suite_classification' : 'bench_classification'}\n    type: suite_classification\n    options:\n      manifest: ${manifest}\n      tests_glob: ${dir}/*.rs\n      suites: [${suites}]`;
      if (await isFile(at(manifest))) {
        layout.detected.push(manifest);
        layout.gates.push(entry);
      } else layout.suggestions.push(`# Every file in ${dir}/ in exactly one suite (create ${manifest} first):\n${entry.replace(/^/gm, '# ')}`);
    }
    layout.suggestions.push(`# The test suite as a gate (its output is kept under gate-engine-out/commands/):\n${'  - id: cargo_test\n    type: command\n    timeout: 30m\n    options:\n      run: [cargo, test, --all-targets]'.replace(/^/gm, '# ')}`);
  } else if (await isFile(at('package.json'))) {
    const ts = (await isFile(at('tsconfig.json'))) || (await hasEntry(at('src'), (n) => /\.(c|m)?tsx?$/.test(n)));
    layout.kind = ts ? 'typescript' : 'javascript';
    layout.detected.push('package.json', ...((await isFile(at('tsconfig.json'))) ? ['tsconfig.json'] : []));
    layout.gates.push(gate('package_manifest', 'artifact_present', 'package.json exists and parses', { path: 'package.json' }));
    const testDir = (await isDir(at('test'))) ? 'test' : (await isDir(at('tests'))) ? 'tests' : undefined;
    if (testDir !== undefined) {
      layout.detected.push(`${testDir}/`);
      const manifest = `${testDir}/suite_classification.toml`;
      const entry = `  - id: suite_classification\n    type: suite_classification\n    options:\n      manifest: ${manifest}\n      tests_glob: ${testDir}/**/*.test.${ts ? 'ts' : 'js'}\n      suites: [unit, integration, e2e]`;
      if (await isFile(at(manifest))) layout.gates.push(entry);
      else layout.suggestions.push(`# Every test file in exactly one suite (create ${manifest} first):\n${entry.replace(/^/gm, '# ')}`);
    }
    layout.suggestions.push(`# The test suite as a gate (its output is kept under gate-engine-out/commands/):\n${'  - id: npm_test\n    type: command\n    timeout: 30m\n    options:\n      run: [npm, test]'.replace(/^/gm, '# ')}`);
  }
  if (await isFile(at('coverage/coverage-summary.json'))) {
    layout.detected.push('coverage/coverage-summary.json');
    layout.gates.push(gate('line_coverage', 'threshold', 'Line coverage >= 80%', { path: 'coverage/coverage-summary.json', pointer: '/total/lines/pct', op: '>=', value: 80 }));
  }
  for (const file of COVERAGE_FILES) {
    if (!(await isFile(at(file)))) continue;
    layout.detected.push(file);
    layout.gates.push(gate(`coverage_report_${layout.gates.length}`, 'artifact_present', `Coverage report ${file} exists and is not empty`, { path: file }));
    break;
  }
  if (await isDir(at('target/criterion'))) {
    layout.detected.push('target/criterion/');
    layout.gates.push(gate('bench_results', 'artifact_present', 'Criterion benchmark estimates exist and parse', { glob: 'target/criterion/**/new/estimates.json' }));
  } else {
    for (const file of BENCH_FILES) {
      if (!(await isFile(at(file)))) continue;
      layout.detected.push(file);
      layout.gates.push(gate('bench_results', 'artifact_present', `Benchmark results ${file} exist and parse`, { path: file }));
      break;
    }
  }
  return layout;
}

/** Where editors find the schema: the installed package's copy, relative to the config when it sits inside the repository. */
function schemaReference(root: string): string {
  const own = join(packageInfo().dir, 'schemas', 'config.schema.json');
  const rel = relative(root, own);
  if (rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && rel.split(sep).includes('node_modules')) return `./${rel.split(sep).join('/')}`;
  return './node_modules/gate-engine/schemas/config.schema.json';
}

export function starterConfig(layout: Layout, schema: string, preset?: string): string {
  const header = [
    `# yaml-language-server: $schema=${schema}`,
    '# gate-engine config, started by `gate-engine init`. Editors with the YAML language server complete and',
    '# check it against the schema above (install gate-engine as a dev dependency so the path resolves).',
    '# Gate types and their options: node_modules/gate-engine/docs/gates/<type>.md',
  ];
  if (preset !== undefined) {
    return `${[...header, `# Preset ${preset}: its gates come first; add entries with a preset gate's id to override it.`, 'version: 1', `extends: ${preset}`].join('\n')}\n`;
  }
  const found = layout.detected.length > 0 ? layout.detected.join(', ') : 'no known project layout';
  const body = [
    ...header,
    `# Detected: ${found}.`,
    '# Each gate below checks evidence that exists now; the commented ones need evidence your CI does not produce yet.',
    'version: 1',
    'output:',
    '  dir: gate-engine-out',
    'waivers:',
    '  sources: []                  # no waivers; list files of [waiver.<gate_id>] tables to add some',
    'gates:',
    ...layout.gates,
    gate('waiver_lifecycle', 'waiver_lifecycle', 'Waivers are valid and unexpired', {}).replace(/\n    options:$/, ''),
  ];
  if (layout.suggestions.length > 0) body.push('', '# More gates to enable as your CI produces their evidence:', ...layout.suggestions);
  return `${body.join('\n')}\n`;
}

export async function initCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('init', argv, { root: { type: 'string' }, preset: { type: 'string' }, 'force-stdout': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(INIT_HELP);
    return 0;
  }
  const root = resolve(io.cwd, values.root ?? '.');
  if (!(await isDir(root))) throw new EngineError('usage', `root ${displayPath(root, io.cwd)} is not a directory`, { fix: 'pass --root <repository directory>' });
  const preset = values.preset;
  if (preset !== undefined && PRESETS[preset] === undefined) {
    throw new EngineError('usage', `unknown preset "${preset}"${didYouMean(preset, presetNames())}`, { fix: `use one of ${presetNames().join(', ')}` });
  }
  const existing = [];
  for (const name of CONFIG_FILE_NAMES) if (await fs.lstat(join(root, name)).then(() => true, () => false)) existing.push(name);
  if (existing.length > 0 && !values['force-stdout']) {
    throw new EngineError('config_exists', `${existing.map((n) => displayPath(join(root, n), io.cwd)).join(', ')} already exists; init never overwrites a config`, {
      fix: 'edit the existing config, or move it away and run gate-engine init again (gate-engine init --force-stdout prints a starter without writing)',
    });
  }
  const layout = await detect(root);
  const text = starterConfig(layout, schemaReference(root), preset);
  if (values['force-stdout']) {
    io.stdout(text);
    return 0;
  }
  const target = join(root, CONFIG_NAME);
  try {
    await fs.writeFile(target, text, { flag: 'wx', mode: 0o644 });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EEXIST') throw new EngineError('config_exists', `${displayPath(target, io.cwd)} already exists; init never overwrites a config`, { fix: 'edit the existing config' });
    throw new EngineError('output_unwritable', `cannot write ${displayPath(target, io.cwd)}: ${err.message}`, { fix: 'run init in a writable repository root' });
  }
  const shown = displayPath(target, io.cwd);
  const rootArg = values.root !== undefined ? ` --root ${values.root}` : '';
  const kind = preset !== undefined ? `preset ${preset}` : layout.kind === 'unknown' ? 'no known layout' : `${layout.kind === 'typescript' ? 'TypeScript' : layout.kind === 'javascript' ? 'JavaScript' : 'Rust'} layout`;
  io.stdout(guardForGithub(
    [
      `wrote ${shown} (${kind}${layout.detected.length > 0 && preset === undefined ? `; found ${layout.detected.join(', ')}` : ''})`,
      '',
      'next steps:',
      `  1. review ${shown}; editors complete it from the schema named on its first line`,
      `  2. npx gate-engine verify${rootArg}          # exit 0 pass/warn, 1 fail, 2 config or input error`,
      '  3. add gate-engine-out/ to .gitignore',
      '  4. in CI: npx gate-engine verify --format junit:gate-engine-out/junit.xml --format sarif:gate-engine-out/gate-engine.sarif',
      '     (on GitHub Actions, annotations and the step summary are automatic)',
      '',
    ].join('\n'),
    io.env,
  ));
  return 0;
}
