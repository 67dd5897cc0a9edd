/**
 * What the kernel_boundary scenarios cannot express: the written drift report checked field by
 * field against the manifest's digest, a written report reused as the committed one, 10,000-module
 * Rust and TypeScript trees scanned end to end, an unwritable report, committed-report corner
 * cases, and option-schema rejections.
 */
import { createHash } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BOUNDARY_CHECKS, CHECK_PREFIX, REPORT_SCHEMA_ID, type DriftReport } from '../../gates/kernel-boundary/index.js';
import type { CheckResult } from '../../src/core/types.js';
import { verify } from '../../src/verify.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace, writeTree } from '../helpers/fs.js';

afterAll(removeTempDirs, 180_000); // two 10,000-file trees take a while to delete on a busy machine

const NOW = '2026-03-10T12:00:00Z';
const MANIFEST = 'docs/kernel-boundary-manifest.json';
const REPORT = 'drift.json';

interface DomainSpec {
  id: string;
  crate?: string;
  modules: string[];
  targets?: string[];
}

function manifest(domains: DomainSpec[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  const first = domains[0] as DomainSpec;
  const firstModule = first.modules[0] as string;
  return {
    schema: 'pi.frankennode.kernel_extraction_boundary_manifest.v1',
    bead_id: 'bd-test.1',
    support_bead_ids: ['bd-test.1.1'],
    boundary_domains: domains.map((d) => ({ domain_id: d.id, target_crate: d.crate ?? `crate-${d.id}`, current_modules: d.modules, target_modules: d.targets ?? [`${d.id}::root`] })),
    deferred_modules: [],
    ownership_rules: { banned_cross_boundary_pairs: [] },
    reintegration_linkage: {
      replacement_targets: [firstModule],
      module_mappings: [{ source_module: firstModule, source_domain: first.id, target_crate: first.crate ?? `crate-${first.id}`, target_module: (first.targets ?? [`${first.id}::root`])[0], replacement_target: firstModule }],
    },
    ...extra,
  };
}

const banned = (...pairs: [string, string][]) => ({ banned_cross_boundary_pairs: pairs.map(([from_domain, to_domain]) => ({ from_domain, to_domain, reason: `${from_domain} must not reach ${to_domain}` })) });

function config(options: Record<string, unknown> = {}): string {
  return configYaml([{ id: 'kb', type: 'kernel_boundary', options }]);
}

async function run(root: string, out = tempDir()) {
  const result = await verify({ root, out, now: NOW });
  const gate = result.verdict.gates[0];
  if (gate === undefined) throw new Error('no gate in the verdict');
  const findings = gate.checks.filter((c) => c.status !== 'pass');
  return { result, gate, findings, out };
}

const brief = (c: CheckResult) => [c.id, c.code, c.path, c.line ?? null];

/**
 * The gate writes into the run's staging directory (outputs land together), so an obstacle in the
 * previous outputs cannot stop it; an earlier command of the same run planting one in the staging can.
 */
async function runWithObstacle(root: string, name: string) {
  const out = tempDir();
  writeFileSync(join(out, 'previous.txt'), 'a non-empty output directory stages in .gate-engine-tmp-*');
  const configPath = join(root, 'gate-engine.config.yaml');
  const config = parse(readFileSync(configPath, 'utf8')) as { gates: unknown[] };
  config.gates.unshift({ id: 'plant', type: 'command', options: { shell: true, run: `for d in '${out}'/.gate-engine-tmp-*; do mkdir -p "$d/${name}/occupied"; done` } });
  writeFileSync(configPath, stringify(config));
  const result = await verify({ root, out, now: NOW });
  const gate = result.verdict.gates[1];
  if (gate === undefined) throw new Error('no gate in the verdict');
  return { gate, findings: gate.checks.filter((c) => c.status !== 'pass') };
}


/** A two-domain crate: core (lib-side) and session; core -> session banned. */
function smallCrate(coreAmac: string, extra: Record<string, unknown> = {}, options: Record<string, unknown> = {}) {
  return workspace({
    'gate-engine.config.yaml': config(options),
    'src/lib.rs': 'pub mod core;\npub mod session;\n',
    'src/core/mod.rs': 'pub mod amac;\n',
    'src/core/amac.rs': coreAmac,
    'src/session.rs': 'pub fn append() {}\n',
    [MANIFEST]: manifest(
      [
        { id: 'core', modules: ['src/core/mod.rs', 'src/core/amac.rs'] },
        { id: 'session', modules: ['src/session.rs'] },
      ],
      { deferred_modules: [{ module_path: 'src/lib.rs', reason: 'crate root' }], ownership_rules: banned(['core', 'session']), ...extra },
    ),
  });
}

describe('kernel_boundary: the written drift report', () => {
  it('carries the reference schema, the manifest digest, this run and one entry per computed check', async () => {
    const root = smallCrate('use crate::session::append;\n', {}, { write_report: REPORT });
    const { result, gate, out } = await run(root);
    expect(gate.status).toBe('fail');
    const text = readFileSync(join(out, REPORT), 'utf8');
    const report = JSON.parse(text) as DriftReport;
    const manifestBytes = readFileSync(join(root, MANIFEST));
    expect(report.schema).toBe(REPORT_SCHEMA_ID);
    expect(report.manifest_sha256).toBe(createHash('sha256').update(manifestBytes).digest('hex'));
    expect(report.manifest_sha256).toBe(gate.artifacts.find((a) => a.path === MANIFEST)?.sha256);
    expect(report).toMatchObject({ bead_id: 'bd-test.1', support_bead_ids: ['bd-test.1.1'], manifest_path: MANIFEST, run_id: result.verdict.run_id, generated_at: new Date(NOW).toISOString() });
    expect(report.checks.map((c) => c.check_id)).toEqual(BOUNDARY_CHECKS.map((c) => CHECK_PREFIX + c));
    const statuses = Object.fromEntries(report.checks.map((c) => [c.check_id, c.status]));
    expect(statuses['kernel_boundary.banned_cross_boundary_pairs_absent']).toBe('fail');
    expect(report.checks.find((c) => c.status === 'fail')?.detail).toContain('src/core/amac.rs:1 (core) imports src/session.rs (session)');
    expect(Object.values(statuses).filter((s) => s === 'fail')).toHaveLength(1);
    expect(report.summary).toEqual({ total_checks: 7, pass_count: 6, fail_count: 1, verdict: 'fail', boundary_domains_count: 2, deferred_modules_count: 1, reintegration_mappings_count: 1 });
    expect(gate.checks.find((c) => c.id === 'report_written')).toMatchObject({ status: 'pass', actual: REPORT });
  });

  it('a report the gate wrote, committed, is accepted for the same code and manifest — and rejected once the code changes', async () => {
    const root = smallCrate('pub fn run() {}\n', {}, { write_report: REPORT });
    const first = await run(root);
    expect(first.gate.status).toBe('pass');
    const written = readFileSync(join(first.out, REPORT), 'utf8');
    writeTree(root, { 'tests/drift.json': written, 'gate-engine.config.yaml': config({ committed_report: 'tests/drift.json' }) });
    const lines = written.split('\n');
    const statusLines = lines.flatMap((l, i) => (l.includes('"status"') ? [i + 1] : []));
    const verdictLine = lines.findIndex((l) => l.includes('"verdict"')) + 1;
    const agreed = await run(root);
    expect(agreed.gate.status).toBe('pass');
    expect(agreed.gate.checks.find((c) => c.id === 'committed_report')?.message).toContain('agrees with this run');

    writeTree(root, { 'src/core/amac.rs': 'pub fn run() { crate::session::append(); }\n' });
    const changed = await run(root);
    expect(changed.findings.map(brief)).toEqual([
      ['banned_cross_boundary_pairs_absent', 'banned_import', 'src/core/amac.rs', 1],
      ['committed_report', 'report_drift', 'tests/drift.json', statusLines[6]],
      ['committed_report', 'report_drift', 'tests/drift.json', verdictLine],
    ]);
    expect(changed.findings[1]).toMatchObject({ pointer: '/checks/6/status', expected: 'fail', actual: 'pass' });
    expect(changed.findings[2]).toMatchObject({ pointer: '/summary/verdict', expected: 'fail', actual: 'pass' });
  });

  it('an output directory that cannot take the report fails with report_unwritable', async () => {
    const root = smallCrate('pub fn run() {}\n', {}, { write_report: REPORT });
    const { gate, findings } = await runWithObstacle(root, REPORT);
    expect(gate).toMatchObject({ status: 'fail', reason: 'report_unwritable' });
    expect(findings.map(brief)).toEqual([['report_written', 'report_unwritable', undefined, null]]);
  });
});

describe('kernel_boundary: committed report corner cases', () => {
  it('reports unknown, repeated and missing check ids and a summary that contradicts its own checks', async () => {
    const root = smallCrate('pub fn run() {}\n', {}, { committed_report: 'tests/drift.json', required_checks: ['all_modules_mapped_or_deferred', 'kernel_boundary.modules_exist'] });
    const sha = createHash('sha256').update(readFileSync(join(root, MANIFEST))).digest('hex');
    writeTree(root, {
      'tests/drift.json': {
        schema: REPORT_SCHEMA_ID,
        manifest_sha256: sha.toUpperCase(),
        checks: [
          { check_id: 'kernel_boundary.all_modules_mapped_or_deferred', status: 'pass' },
          { check_id: 'all_modules_mapped_or_deferred', status: 'pass' },
          { check_id: 'kernel_boundary.imports_look_fine', status: 'pass' },
        ],
        summary: { total_checks: 5, pass_count: 3, fail_count: 0, verdict: 'pass' },
      },
    });
    const { findings } = await run(root);
    expect(findings.map((f) => [f.code, f.pointer])).toEqual([
      ['report_drift', '/checks/1/check_id'],
      ['report_drift', '/checks/2/check_id'],
      ['report_drift', '/checks'],
      ['report_drift', '/summary/total_checks'],
    ]);
    expect(findings[2]?.message).toContain('lacks the required check kernel_boundary.modules_exist');
  });

  it('a report of another schema is refused by the reader (schema), not compared', async () => {
    const root = smallCrate('pub fn run() {}\n', {}, { committed_report: 'tests/drift.json' });
    writeTree(root, { 'tests/drift.json': { schema: 'pi.franken_node.kernel_boundary_drift_report.v1', checks: [], summary: { overall_status: 'pass' } } });
    const { findings } = await run(root);
    expect(findings.map(brief)).toEqual([['committed_report', 'schema', 'tests/drift.json', 2]]);
  });
});

describe('kernel_boundary: cases the scenarios do not cover', () => {
  it('a manifest that bans no pair, or bans one without a reason, is refused (schema): an empty ban list proves nothing about imports', async () => {
    const empty = await run(smallCrate('pub fn run() {}\n', { ownership_rules: { banned_cross_boundary_pairs: [] } }));
    expect(empty.findings.map((f) => [f.id, f.code, f.pointer])).toEqual([['manifest', 'schema', '/ownership_rules/banned_cross_boundary_pairs']]);
    const blank = await run(smallCrate('pub fn run() {}\n', { ownership_rules: { banned_cross_boundary_pairs: [{ from_domain: 'core', to_domain: 'session', reason: '  ' }] } }));
    expect(blank.findings.map((f) => [f.id, f.code, f.pointer])).toEqual([['manifest', 'schema', '/ownership_rules/banned_cross_boundary_pairs/0/reason']]);
  });

  it('two domains with one id fail with duplicate_domain', async () => {
    const root = smallCrate('pub fn run() {}\n');
    const m = JSON.parse(readFileSync(join(root, MANIFEST), 'utf8')) as { boundary_domains: Record<string, unknown>[] };
    m.boundary_domains.push({ domain_id: 'session', target_crate: 'other', current_modules: [], target_modules: [] });
    writeTree(root, { [MANIFEST]: m });
    const { findings } = await run(root);
    expect(findings.map((f) => [f.id, f.code, f.pointer])).toEqual([['domains_defined', 'duplicate_domain', '/boundary_domains/2/domain_id']]);
  });

  it('blank, repeated and dangling mapping fields are mapping_invalid, each at its pointer', async () => {
    const root = smallCrate('pub fn run() {}\n', {
      reintegration_linkage: {
        replacement_targets: ['src/core/amac.rs', 'src/core/amac.rs', ' '],
        module_mappings: [
          { source_module: 'src/core/amac.rs', source_domain: 'core', target_crate: 'crate-core', target_module: 'core::root', replacement_target: 'src/core/amac.rs' },
          { source_module: 'src/core/amac.rs', source_domain: 'core', target_crate: 'crate-core', target_module: 'core::elsewhere', replacement_target: 'src/core/mod.rs' },
          { source_module: '', source_domain: 'core', target_crate: 'crate-core', target_module: 'core::root', replacement_target: 7 },
        ],
      },
    });
    const { findings } = await run(root);
    expect(findings.map((f) => [f.id, f.code, f.pointer])).toEqual([
      ['reintegration_target_list_complete', 'mapping_invalid', '/reintegration_linkage/replacement_targets/1'],
      ['reintegration_target_list_complete', 'mapping_invalid', '/reintegration_linkage/replacement_targets/2'],
      ['reintegration_module_mappings_complete', 'mapping_invalid', '/reintegration_linkage/module_mappings/1/source_module'],
      ['reintegration_module_mappings_complete', 'mapping_invalid', '/reintegration_linkage/module_mappings/1/replacement_target'],
      ['reintegration_module_mappings_complete', 'mapping_invalid', '/reintegration_linkage/module_mappings/1/replacement_target'],
      ['reintegration_module_mappings_complete', 'mapping_invalid', '/reintegration_linkage/module_mappings/1/target_module'],
      ['reintegration_module_mappings_complete', 'mapping_invalid', '/reintegration_linkage/module_mappings/2/source_module'],
      ['reintegration_module_mappings_complete', 'mapping_invalid', '/reintegration_linkage/module_mappings/2/replacement_target'],
    ]);
  });

  it('a file of a banned-from domain that cannot be scanned fails with unscannable_source; elsewhere it only needs an owner', async () => {
    const root = smallCrate('pub fn run() {}\n', {}, { source_globs: ['src/**/*'] });
    const m = JSON.parse(readFileSync(join(root, MANIFEST), 'utf8')) as { boundary_domains: { current_modules: string[] }[] };
    m.boundary_domains[0]?.current_modules.push('src/core/lanes.wasm');
    m.boundary_domains[1]?.current_modules.push('src/session.sql');
    writeTree(root, { [MANIFEST]: m, 'src/core/lanes.wasm': 'binary-ish', 'src/session.sql': 'select 1;' });
    const { findings } = await run(root);
    expect(findings.map(brief)).toEqual([['banned_cross_boundary_pairs_absent', 'unscannable_source', 'src/core/lanes.wasm', null]]);
  });

  it('a Rust file outside rust_crate_root in a banned-from domain fails with unresolved_import', async () => {
    const root = smallCrate('pub fn run() {}\n', {}, { source_globs: ['src/**/*.rs', 'tools/**/*.rs'] });
    const m = JSON.parse(readFileSync(join(root, MANIFEST), 'utf8')) as { boundary_domains: { current_modules: string[] }[] };
    m.boundary_domains[0]?.current_modules.push('tools/gen.rs');
    writeTree(root, { [MANIFEST]: m, 'tools/gen.rs': 'use crate::session::append;\n' });
    const { findings } = await run(root);
    expect(findings.map(brief)).toEqual([['banned_cross_boundary_pairs_absent', 'unresolved_import', 'tools/gen.rs', null]]);
  });

  it('an absolute #[path] is the file it names: inside the root, its module (a banned mount); outside, unresolved_import', async () => {
    const probe = smallCrate('');
    writeTree(probe, { 'src/core/amac.rs': `#[path = "${join(probe, 'src/session.rs')}"]\nmod s;\n#[path = "/etc/hostname"]\nmod h;\n` });
    const { findings } = await run(probe);
    expect(findings.map(brief)).toEqual([
      ['banned_cross_boundary_pairs_absent', 'unresolved_import', 'src/core/amac.rs', 4],
      ['banned_cross_boundary_pairs_absent', 'banned_import', 'src/core/amac.rs', 2],
    ]);
    expect(findings[1]?.message).toContain('imports src/session.rs (session) via `mod s (the file of crate::session, mounted again)`');
  });

  it('an absolute #[path] to a file of an allowed domain passes', async () => {
    const root = smallCrate('');
    writeTree(root, { 'src/core/amac.rs': `#[path = "${join(root, 'src/core/util.rs')}"]\nmod util;\n`, 'src/core/util.rs': 'pub fn f() {}\n' });
    const m = JSON.parse(readFileSync(join(root, MANIFEST), 'utf8')) as { boundary_domains: { current_modules: string[] }[] };
    m.boundary_domains[0]?.current_modules.push('src/core/util.rs');
    writeTree(root, { [MANIFEST]: m });
    const { gate, findings } = await run(root);
    expect(findings).toEqual([]);
    expect(gate.status).toBe('pass');
  });

  it('an empty module is a module with no imports; ignored files need no owner', async () => {
    const root = smallCrate('', {}, { ignore: ['src/generated/**'] });
    writeTree(root, { 'src/generated/bindings.rs': 'use crate::session::append;\n' });
    const { gate, findings } = await run(root);
    expect(findings).toEqual([]);
    expect(gate.status).toBe('pass');
  });

  it('a directory named like a mapped module is not the module: missing_module', async () => {
    const root = smallCrate('pub fn run() {}\n');
    const m = JSON.parse(readFileSync(join(root, MANIFEST), 'utf8')) as { deferred_modules: unknown[] };
    m.deferred_modules.push({ module_path: 'src/core', reason: 'a directory, not a module' }, { module_path: '../outside.rs', reason: 'escapes' });
    writeTree(root, { [MANIFEST]: m });
    const { findings } = await run(root);
    expect(findings.map((f) => [f.code, f.pointer, f.actual])).toEqual([
      ['missing_module', '/deferred_modules/1/module_path', 'no such file'],
      ['missing_module', '/deferred_modules/2/module_path', 'outside the root'],
    ]);
  });

  it('refuses options that cannot be right before any gate runs', async () => {
    for (const options of [{ write_report: 'full_suite_verdict.json' }, { write_report: '../drift.json' }, { required_checks: ['kernel_boundary.reintegration_mappings_complete'] }, { source_globs: [] }]) {
      const root = smallCrate('pub fn run() {}\n', {}, options);
      await expect(verify({ root, out: tempDir(), now: NOW }), JSON.stringify(options)).rejects.toMatchObject({ code: 'invalid_options' });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Trees of a few thousand modules (the scale itself is measured by bench/, not here: these prove that a large tree
// is judged exactly, with findings that summarise)

const DOMAINS = 10;
const PER_DOMAIN = 300; // per domain: mod.rs/index + 299 modules
/** Every CROSS_EVERY-th module of domain_2 imports its namesake in domain_3: nine undeclared cross-domain edges. */
const CROSS_EVERY = 30;

function rustTree(): { files: Record<string, string | object>; planted: [string, number][] } {
  const files: Record<string, string | object> = {};
  const domains: DomainSpec[] = [];
  files['src/lib.rs'] = Array.from({ length: DOMAINS }, (_, d) => `pub mod d${d};`).join('\n');
  for (let d = 0; d < DOMAINS; d++) {
    const modules = [`src/d${d}/mod.rs`];
    files[`src/d${d}/mod.rs`] = `${Array.from({ length: PER_DOMAIN - 1 }, (_, i) => `pub mod m${i + 1};`).join('\n')}\npub struct Root;\n`;
    for (let i = 1; i < PER_DOMAIN; i++) {
      const path = `src/d${d}/m${i}.rs`;
      modules.push(path);
      const previous = i === 1 ? 'super::Root' : `super::m${i - 1}::Item`;
      const cross = d === 2 && i % CROSS_EVERY === 0 ? `use crate::d3::m${i}::Item as Neighbour;\n` : '';
      files[path] = [
        `//! Module ${i} of domain ${d}. Must never \`use crate::d1::m1::Item;\``,
        `use ${previous};`,
        `${cross}pub struct Item;`,
        `// use crate::d1::m2::Item; /* crate::d6::m3::Item */`,
        `pub const S: &str = "use crate::d1::m2::Item; super::super::d1::m9::x()";`,
        `pub const R: &str = r#"crate::d6::m1::Item "quoted""#;`,
        `pub fn f<'a>(x: &'a str) -> char { let _ = crate::d${d}::m${((i * 7) % (PER_DOMAIN - 1)) + 1}::Item; '"' }`,
      ].join('\n');
    }
    domains.push({ id: `domain_${d}`, modules });
  }
  // The planted banned edges (domain_0 -> domain_1, domain_5 -> domain_6), each written differently.
  files['src/d0/m10.rs'] += '\nuse crate::d1::m20::Item as Other;';
  files['src/d0/m150.rs'] += '\nfn g() { let _ = crate::d1::m3::Item; }';
  files['src/d0/mod.rs'] += 'mod nested {\n    use super::super::d1::m7::Item;\n}\n';
  files['src/d5/m299.rs'] += '\nuse crate::d6::{m1::Item as A, m2};';
  const planted: [string, number][] = [
    ['src/d0/m10.rs', 8],
    ['src/d0/m150.rs', 8],
    ['src/d0/mod.rs', PER_DOMAIN + 2],
    ['src/d5/m299.rs', 8],
    ['src/d5/m299.rs', 8],
  ];
  files[MANIFEST] = manifest(domains, { deferred_modules: [{ module_path: 'src/lib.rs', reason: 'crate root' }], ownership_rules: banned(['domain_0', 'domain_1'], ['domain_5', 'domain_6']) });
  files['gate-engine.config.yaml'] = config({ write_report: REPORT });
  return { files, planted };
}

function tsTree(): { files: Record<string, string | object>; planted: [string, number][] } {
  const files: Record<string, string | object> = {};
  const domains: DomainSpec[] = [];
  for (let d = 0; d < DOMAINS; d++) {
    const modules: string[] = [];
    for (let i = 0; i < PER_DOMAIN; i++) {
      const path = i === 0 ? `src/d${d}/index.ts` : `src/d${d}/m${i}.ts`;
      modules.push(path);
      const previous = i <= 1 ? './index.js' : `./m${i - 1}.js`;
      const cross = d === 2 && i % CROSS_EVERY === 0 && i > 0 ? `import { item as neighbour } from '../d3/m${i}';\n` : '';
      files[path] = [
        `// Module ${i} of domain ${d}; never import x from '../d1/m1';`,
        i === 0 ? "export const root = 'root';" : `import { ${i === 1 ? 'root' : 'item'} as prev } from '${previous}';`,
        `${cross}export const item = \`\${String(1)} import('../d1/m2') \${\`require('../d6/m3')\`}\`;`,
        "/* import y from '../d6/m4'; */ const re = /import z from '..\\/d1\\/m5'/g;",
        `const s = "require('../d1/m6')"; export const half = ${i} / 2 / 1;`,
      ].join('\n');
    }
    domains.push({ id: `domain_${d}`, modules });
  }
  files['src/d0/m10.ts'] += "\nimport { item as other } from '../d1/m20.js';";
  files['src/d0/m150.ts'] += "\nconst legacy = require('../d1/m3');";
  files['src/d0/m210.ts'] += "\nexport * from '../d1/m4';";
  files['src/d5/m299.ts'] += "\nconst lazy = await import('../d6/m1.js');";
  files['src/d5/m298.ts'] += "\nimport type { Shape } from '../d6/index';";
  const planted: [string, number][] = [
    ['src/d0/m10.ts', 6],
    ['src/d0/m150.ts', 6],
    ['src/d0/m210.ts', 6],
    ['src/d5/m298.ts', 6],
    ['src/d5/m299.ts', 6],
  ];
  files[MANIFEST] = manifest(domains, { ownership_rules: banned(['domain_0', 'domain_1'], ['domain_5', 'domain_6']) });
  files['gate-engine.config.yaml'] = config({ source_globs: ['src/**/*.ts'], write_report: REPORT });
  return { files, planted };
}

describe.each([
  ['Rust', rustTree, DOMAINS * PER_DOMAIN + 1],
  ['TypeScript', tsTree, DOMAINS * PER_DOMAIN],
])(`kernel_boundary over a tree of ${DOMAINS * PER_DOMAIN} generated %s modules`, (_language, build, fileCount) => {
  it('finds exactly the planted banned edges, with file and line, and every allowed cross-domain edge', async () => {
    const { files, planted } = build();
    const root = workspace(files);
    const t0 = performance.now();
    const { gate, findings, out } = await run(root);
    const ms = performance.now() - t0;
    console.log(`kernel_boundary, ${_language}, ${fileCount} files: ${ms.toFixed(0)} ms end to end (verify)`);

    expect(findings.map(brief)).toEqual(planted.map(([path, line]) => ['banned_cross_boundary_pairs_absent', 'banned_import', path, line]));
    expect(gate).toMatchObject({ status: 'fail', reason: 'banned_import' });
    expect(gate.checks.find((c) => c.id === 'all_modules_mapped_or_deferred')?.message).toBe(`all ${fileCount} source modules in scope are mapped (${DOMAINS * PER_DOMAIN}) or deferred (${fileCount - DOMAINS * PER_DOMAIN})`);
    const undeclared = gate.checks.filter((c) => c.id === 'undeclared_cross_domain_edges');
    // One summary per domain pair, not one check per file pair: the verdict follows problems, not code size.
    expect(undeclared).toHaveLength(1);
    expect(undeclared[0]?.actual).toMatchObject({ from_domain: 'domain_2', to_domain: 'domain_3', files: 9, file_pairs: 9, references: 9 });
    expect((undeclared[0]?.actual as { sample: unknown[] }).sample).toHaveLength(5);
    const report = JSON.parse(readFileSync(join(out, REPORT), 'utf8')) as DriftReport;
    expect(report.summary).toMatchObject({ verdict: 'fail', fail_count: 1, boundary_domains_count: DOMAINS });
  }, 120_000);
});

describe('kernel_boundary: a linked file is judged as the file it resolves to', () => {
  const tsConfig = config({ source_globs: ['src/**/*.ts', 'vendor/**/*.ts'] });
  const domains = (extra: Record<string, unknown> = {}) =>
    manifest(
      [
        { id: 'core', modules: ['src/core/index.ts', 'src/core/util.ts'] },
        { id: 'store', modules: ['src/store/db.ts', 'vendor/store/impl.ts'] },
      ],
      { ownership_rules: banned(['core', 'store']), ...extra },
    );

  it('an import of a core path that is a link to a store file is a banned edge', async () => {
    const root = workspace({
      'gate-engine.config.yaml': tsConfig,
      'src/core/index.ts': "import { open } from './util';\nexport const x = open;\n",
      'vendor/store/impl.ts': 'export const open = 1;\n',
      'src/store/db.ts': 'export const db = 1;\n',
      [MANIFEST]: domains(),
    });
    symlinkSync('../../vendor/store/impl.ts', join(root, 'src/core/util.ts'));
    const { findings } = await run(root);
    expect(findings.map(brief)).toEqual([['banned_cross_boundary_pairs_absent', 'banned_import', 'src/core/index.ts', 1]]);
    expect(findings[0]?.message).toContain('imports src/core/util.ts (store)');
  });

  it('a file whose directory is a link is judged by its real path, and imports from its real directory', async () => {
    const root = workspace({
      'gate-engine.config.yaml': config({ source_globs: ['src/**/*.ts'] }),
      'lib/store/db.ts': "import { y } from '../common/x';\nexport const db = y;\n",
      'lib/common/x.ts': 'export const y = 1;\n',
      'src/core/index.ts': 'export const x = 1;\n',
      [MANIFEST]: manifest(
        [
          { id: 'core', modules: ['src/core/index.ts'] },
          { id: 'store', modules: ['lib/store/db.ts'] },
          { id: 'common', modules: ['lib/common/x.ts'] },
        ],
        { ownership_rules: banned(['store', 'core']) },
      ),
    });
    // src/core/linked -> ../../lib/store: its db.ts is store's file, and '../common/x' is taken from lib/store.
    symlinkSync('../../lib/store', join(root, 'src/core/linked'));
    const { gate, findings } = await run(root);
    expect(findings.map(brief)).toEqual([]);
    expect(gate.status).toBe('pass');
  });

  it('a linked file in scope whose target is owned by no domain is unmapped, named with its target', async () => {
    const root = workspace({
      'gate-engine.config.yaml': config({ source_globs: ['src/**/*.ts'] }),
      'src/core/index.ts': "import { open } from './util';\nexport const x = open;\n",
      'elsewhere/impl.ts': 'export const open = 1;\n',
      'src/store/db.ts': 'export const db = 1;\n',
      [MANIFEST]: manifest(
        [
          { id: 'core', modules: ['src/core/index.ts', 'src/core/util.ts'] },
          { id: 'store', modules: ['src/store/db.ts'] },
        ],
        { ownership_rules: banned(['core', 'store']) },
      ),
    });
    symlinkSync('../../elsewhere/impl.ts', join(root, 'src/core/util.ts'));
    const { findings } = await run(root);
    expect(findings.map(brief)).toEqual([['all_modules_mapped_or_deferred', 'unmapped_module', 'src/core/util.ts', null]]);
    expect(findings[0]?.message).toContain('src/core/util.ts (a link to elsewhere/impl.ts)');
  });
});

describe('kernel_boundary: a hard-linked file is one module (git stores no hard links, so no scenario can)', () => {
  const tree = (coreModules: string[], storeModules: string[]) => ({
    'gate-engine.config.yaml': config({ source_globs: ['src/**/*.ts'] }),
    'src/core/index.ts': "import { open } from './util';\nexport const x = open;\n",
    'src/store/db.ts': 'export const open = 1;\n',
    [MANIFEST]: manifest(
      [
        { id: 'core', modules: coreModules },
        { id: 'store', modules: storeModules },
      ],
      { ownership_rules: banned(['core', 'store']) },
    ),
  });

  it('store\'s file hard-linked into core and listed by core: duplicate_ownership, naming both names and owners', async () => {
    const root = workspace(tree(['src/core/index.ts', 'src/core/util.ts'], ['src/store/db.ts']));
    linkSync(join(root, 'src/store/db.ts'), join(root, 'src/core/util.ts'));
    const { gate, findings } = await run(root);
    expect(gate.status).toBe('fail');
    expect(findings.map(brief)).toEqual([['no_duplicate_domain_ownership', 'duplicate_ownership', MANIFEST, expect.any(Number)]]);
    expect(findings[0]?.message).toContain('src/core/util.ts, src/store/db.ts are one file (hard links) with 2 owners');
    expect(findings[0]?.message).toContain('(domain core)');
    expect(findings[0]?.message).toContain('(domain store)');
  });

  it('… or listed as deferred: duplicate_ownership', async () => {
    const root = workspace(tree(['src/core/index.ts'], ['src/store/db.ts']));
    const doc = JSON.parse(readFileSync(join(root, MANIFEST), 'utf8')) as { deferred_modules: unknown[] };
    doc.deferred_modules.push({ module_path: 'src/core/util.ts', reason: 'moves later', follow_up_bead: 'bd-test.2' });
    writeFileSync(join(root, MANIFEST), JSON.stringify(doc));
    linkSync(join(root, 'src/store/db.ts'), join(root, 'src/core/util.ts'));
    const { findings } = await run(root);
    expect(findings.map(brief)).toEqual([['no_duplicate_domain_ownership', 'duplicate_ownership', MANIFEST, expect.any(Number)]]);
    expect(findings[0]?.message).toContain('(deferred)');
  });

  it('… or hard-linked to a store file outside source_globs that store owns: duplicate_ownership', async () => {
    const root = workspace(tree(['src/core/index.ts', 'src/core/util.ts'], ['src/store/db.ts', 'vendor/store/impl.ts']));
    writeTree(root, { 'vendor/store/impl.ts': 'export const open = 3;\n' });
    linkSync(join(root, 'vendor/store/impl.ts'), join(root, 'src/core/util.ts'));
    const { findings } = await run(root);
    expect(findings.map(brief)).toEqual([['no_duplicate_domain_ownership', 'duplicate_ownership', MANIFEST, expect.any(Number)]]);
    expect(findings[0]?.message).toContain('src/core/util.ts, vendor/store/impl.ts are one file (hard links)');
  });

  it('two names of one file in one domain pass', async () => {
    const root = workspace(tree(['src/core/index.ts', 'src/core/util.ts', 'src/core/alias.ts'], ['src/store/db.ts']));
    writeFileSync(join(root, 'src/core/util.ts'), 'export const open = 2;\n');
    linkSync(join(root, 'src/core/util.ts'), join(root, 'src/core/alias.ts'));
    const { gate, findings } = await run(root);
    expect(findings.map(brief)).toEqual([]);
    expect(gate.status).toBe('pass');
  });
});

describe('kernel_boundary: a Cargo.toml that cannot be read is a failure, never "no Cargo.toml"', () => {
  it('a Cargo.toml linked out of the root fails with the reader\'s code', async () => {
    const root = smallCrate('pub fn f() {}\n');
    const outside = tempDir();
    writeFileSync(join(outside, 'Cargo.toml'), '[package]\nname = "k"\nversion = "0.1.0"\nedition = "2021"\n');
    symlinkSync(join(outside, 'Cargo.toml'), join(root, 'Cargo.toml'));
    const { gate, findings } = await run(root);
    expect(gate.status).toBe('fail');
    expect(findings.map((f) => [f.id, f.path])).toContainEqual(['banned_cross_boundary_pairs_absent', 'Cargo.toml']);
  });
});

describe('kernel_boundary: rollback never relaxes a manifest whose bans prove nothing', () => {
  const ROLLBACK = { reason: 'Hotfix for CVE-2026-1234 must ship', owner: 'TopazFalcon', incident: 'INC-2041', created: '2026-03-10T08:00:00Z', expires: '2026-03-12T08:00:00Z' };
  const inRollback = async (root: string) => {
    writeFileSync(join(root, 'rollback.yaml'), stringify(ROLLBACK));
    const { verdict, exitCode } = await verify({ root, out: tempDir(), now: NOW, mode: 'rollback', rollbackFile: join(root, 'rollback.yaml') });
    return { gate: verdict.gates[0], exitCode };
  };

  it.each([
    ['undefined_domain', { ownership_rules: banned(['core', 'sesion']) }],
    ['duplicate_domain', { boundary_domains: [{ domain_id: 'core', target_crate: 'c', current_modules: ['src/core/mod.rs', 'src/core/amac.rs'], target_modules: ['c::root'] }, { domain_id: 'core', target_crate: 'c2', current_modules: ['src/session.rs'], target_modules: ['c2::root'] }] }],
  ])('%s stays failed in rollback mode', async (code, extra) => {
    const { gate, exitCode } = await inRollback(smallCrate('pub fn f() {}\n', extra));
    expect(gate?.checks.filter((c) => c.status === 'fail').map((c) => c.code)).toContain(code);
    expect(gate).toMatchObject({ status: 'fail' });
    expect(gate?.relaxed_by).toBeUndefined();
    expect(exitCode).toBe(1);
  });

  it('a banned import found in sound code is relaxed (the evidence was read; the release owner accepted it)', async () => {
    const { gate, exitCode } = await inRollback(smallCrate('use crate::session::append;\n'));
    expect(gate).toMatchObject({ status: 'warn', reason: 'banned_import' });
    expect(exitCode).toBe(0);
  });
});

describe('kernel_boundary: packages of the root outside the scanned sources', () => {
  /** core imports @k/facade, a workspace package outside source_globs that re-exports store. */
  const facadeTree = (options: Record<string, unknown> = {}, files: Record<string, string | object> = {}) =>
    workspace({
      'gate-engine.config.yaml': config({ source_globs: ['src/**/*.ts'], ...options }),
      'package.json': { name: 'kernel', private: true, workspaces: ['packages/*'] },
      'packages/facade/package.json': { name: '@k/facade', exports: './src/index.ts' },
      'packages/facade/src/index.ts': "export { open } from '../../../src/store/db';\n",
      'src/core/index.ts': "// core\nimport { open } from '@k/facade';\nexport const x = open;\n",
      'src/store/db.ts': 'export const open = 1;\n',
      [MANIFEST]: manifest(
        [
          { id: 'core', modules: ['src/core/index.ts'] },
          { id: 'store', modules: ['src/store/db.ts'] },
        ],
        { ownership_rules: banned(['core', 'store']) },
      ),
      ...files,
    });

  it('an import of one is unresolved_import at file:line, and the fix names its folder and name', async () => {
    const { gate, findings, result } = await run(facadeTree());
    expect(findings.map(brief)).toEqual([['banned_cross_boundary_pairs_absent', 'unresolved_import', 'src/core/index.ts', 2]]);
    expect(findings[0]?.message).toContain('in the package @k/facade (packages/facade) of this repository, whose code no scan reads');
    expect(findings[0]?.fix).toContain('source_globs (packages/facade/**)');
    expect(findings[0]?.fix).toContain('"@k/facade" in the kernel_boundary option external_packages');
    expect(gate.status).toBe('fail');
    expect(result.exitCode).toBe(1);
  });

  it('ignore does not vouch for another package; external_packages does, and a listed name never imported is no finding', async () => {
    expect((await run(facadeTree({ ignore: ['packages/**'] }))).findings.map((f) => f.code)).toEqual(['unresolved_import']);
    const { gate, findings } = await run(facadeTree({ external_packages: ['@k/facade', '@k/unused'] }));
    expect(findings).toEqual([]);
    expect(gate.status).toBe('pass');
    expect(gate.checks.find((c) => c.id === 'external_packages')?.message).toContain('2 packages in external_packages, none of them a domain\'s');
  });

  it('a package.json without a name marks no package: ignored code under it is the importer\'s own package', async () => {
    const root = facadeTree(
      { ignore: ['src/core/generated/**'] },
      {
        'src/core/index.ts': "// core\nimport { api } from './generated/api';\nexport const x = api;\n",
        'src/core/generated/package.json': { type: 'module' },
        'src/core/generated/api.ts': "export { open as api } from '../../store/db';\n",
      },
    );
    expect((await run(root)).findings).toEqual([]);
  });

  it('code in no named package (an unnamed root package.json) is judged like a relative path: ignore leaves it out', async () => {
    const tree = (options: Record<string, unknown>) =>
      workspace({
        'gate-engine.config.yaml': config({ source_globs: ['src/**/*.ts', 'packages/*/src/**/*.ts'], ...options }),
        'package.json': { private: true, workspaces: ['packages/*'] },
        'src/store/db.ts': 'export const open = 1;\n',
        'packages/core/package.json': { name: '@k/core' },
        'packages/core/src/index.ts': "// core\nimport { api } from '../../../gen/api';\nexport const x = api;\n",
        'gen/api.ts': "export { open as api } from '../src/store/db';\n",
        [MANIFEST]: manifest(
          [
            { id: 'core', modules: ['packages/core/src/index.ts'] },
            { id: 'store', modules: ['src/store/db.ts'] },
          ],
          { ownership_rules: banned(['core', 'store']) },
        ),
      });
    expect((await run(tree({ ignore: ['gen/**'] }))).findings).toEqual([]);
    const { findings } = await run(tree({}));
    expect(findings.map(brief)).toEqual([['banned_cross_boundary_pairs_absent', 'unresolved_import', 'packages/core/src/index.ts', 2]]);
    expect(findings[0]?.message).toContain('which is gen/api.ts, code outside source_globs');
  });

  it('a node_modules link that leads outside the root is not code of this repository: external, as before', async () => {
    const outside = tempDir();
    writeTree(outside, { 'package.json': { name: 'ext-lib', main: './index.js' }, 'index.js': "module.exports = require('./other');\n", 'other.js': 'module.exports = 1;\n' });
    const root = facadeTree({}, {
      'package.json': { name: 'kernel', private: true, dependencies: { 'ext-lib': '^1.0.0' } },
      'src/core/index.ts': "// core\nimport lib from 'ext-lib';\nexport const x = lib;\n",
      'node_modules/.keep': '',
    });
    symlinkSync(outside, join(root, 'node_modules/ext-lib'));
    const { gate, findings } = await run(root);
    expect(findings).toEqual([]);
    expect(gate.status).toBe('pass');
  });

  it('a manifest alone linked out of the root, in a package or types package inside it, is unprovable: unresolved_import', async () => {
    const outside = tempDir();
    writeTree(outside, { 'package.json': { name: '@types/kx', types: 'index.d.ts' } });
    for (const [linked, target] of [['node_modules/@types/kx/package.json', join(outside, 'package.json')], ['node_modules/@types/kx/package.json', '/dev/null'], ['node_modules/kx/package.json', join(outside, 'package.json')]] as const) {
      const root = facadeTree({}, {
        'package.json': { name: 'kernel', private: true, dependencies: { kx: '^1.0.0' }, devDependencies: { '@types/kx': '^1.0.0' } },
        'src/core/index.ts': "// core\nimport type { Db } from 'kx';\nexport type All = [Db];\n",
        'node_modules/kx/package.json': { name: 'kx', main: 'index.js' },
        'node_modules/kx/index.js': 'module.exports = {};\n',
        'node_modules/@types/kx/package.json': { name: '@types/kx', types: 'index.d.ts' },
        'node_modules/@types/kx/index.d.ts': 'export declare class Db {}\n',
      });
      expect((await run(root)).findings, 'sound twin').toEqual([]);
      rmSync(join(root, linked));
      symlinkSync(target, join(root, linked));
      const { gate, findings } = await run(root);
      expect(findings.map(brief), `${linked} -> ${target}`).toEqual([['banned_cross_boundary_pairs_absent', 'unresolved_import', 'src/core/index.ts', 2]]);
      expect(gate.status).toBe('fail');
    }
  });

  it('a manifest alone linked out of the root is unprovable wherever tsc reads it: scoped, nested, pnpm, automatic @types (a manifest linked inside the root stays sound)', async () => {
    const outside = tempDir();
    writeTree(outside, { 'package.json': { name: '@types/kx', types: 'index.d.ts' } });
    const base = {
      'package.json': { name: 'kernel', private: true, dependencies: { kx: '^1.0.0', '@sc/kx': '^1.0.0' } },
      'src/core/index.ts': "// core\nimport type { Db } from 'kx';\nexport type All = [Db];\n",
      'node_modules/kx/package.json': { name: 'kx', main: 'index.js' },
      'node_modules/kx/index.js': 'module.exports = {};\n',
    };
    const types = (dir: string) => ({ [`${dir}/package.json`]: { name: '@types/kx', types: 'index.d.ts' }, [`${dir}/index.d.ts`]: 'export declare class Db {}\n' });
    const pnpm = 'node_modules/.pnpm/@types+kx@1.0.0/node_modules/@types/kx';
    const cases: [string, Record<string, string | object>, string, number, (root: string) => void][] = [
      ['scoped', { ...types('node_modules/@types/sc__kx'), 'src/core/index.ts': "// core\nimport type { Db } from '@sc/kx';\nexport type All = [Db];\n", 'node_modules/@sc/kx/package.json': { name: '@sc/kx', main: 'index.js' }, 'node_modules/@sc/kx/index.js': '' }, 'node_modules/@types/sc__kx/package.json', 2, () => {}],
      ['nested', types('src/core/node_modules/@types/kx'), 'src/core/node_modules/@types/kx/package.json', 2, () => {}],
      ['pnpm', types(pnpm), `${pnpm}/package.json`, 2, (root) => {
        mkdirSync(join(root, 'node_modules/@types'), { recursive: true });
        symlinkSync('../.pnpm/@types+kx@1.0.0/node_modules/@types/kx', join(root, 'node_modules/@types/kx'));
      }],
      ['automatic', { ...types('node_modules/@types/kx'), 'tsconfig.json': { compilerOptions: {} }, 'src/core/index.ts': '// core\nexport const y = 1;\n' }, 'node_modules/@types/kx/package.json', 1, () => {}],
    ];
    for (const [label, files, manifestAt, line, link] of cases) {
      const root = facadeTree({}, { ...base, ...files });
      link(root);
      expect((await run(root)).findings.map(brief), `${label}: sound twin`).toEqual([]);
      rmSync(join(root, manifestAt));
      symlinkSync(join(outside, 'package.json'), join(root, manifestAt));
      expect((await run(root)).findings.map(brief), label).toEqual([['banned_cross_boundary_pairs_absent', 'unresolved_import', 'src/core/index.ts', line]]);
    }
    const inside = facadeTree({}, { ...base, 'node_modules/@types/kx/index.d.ts': 'export declare class Db {}\n', 'vendor/kx-types.json': { name: '@types/kx', types: 'index.d.ts' } });
    symlinkSync('../../../vendor/kx-types.json', join(inside, 'node_modules/@types/kx/package.json'));
    expect((await run(inside)).findings, 'a manifest linked to one inside the root').toEqual([]);
  });

  it('a name that is a domain\'s package (a target_crate, or the Cargo package holding a module) fails external_package_owned, never relaxed by rollback', async () => {
    const root = smallCrate('pub fn f() {}\n', {}, { external_packages: ['crate-session', 'franken-kernel', 'serde'] });
    writeFileSync(join(root, 'Cargo.toml'), '[package]\nname = "franken-kernel"\nversion = "0.1.0"\nedition = "2021"\n');
    const { findings } = await run(root);
    expect(findings.map((f) => [f.id, f.code, f.path, f.pointer])).toEqual([
      ['external_packages', 'external_package_owned', MANIFEST, '/boundary_domains/1/target_crate'],
      ['external_packages', 'external_package_owned', MANIFEST, '/boundary_domains/0/current_modules/0'],
    ]);
    expect(findings[1]?.message).toContain('external_packages lists franken-kernel, but it holds src/core/mod.rs, a module of domain core');
    writeFileSync(join(root, 'rollback.yaml'), stringify({ reason: 'Hotfix for CVE-2026-1234 must ship', owner: 'TopazFalcon', incident: 'INC-2041', created: '2026-03-10T08:00:00Z', expires: '2026-03-12T08:00:00Z' }));
    const { verdict, exitCode } = await verify({ root, out: tempDir(), now: NOW, mode: 'rollback', rollbackFile: join(root, 'rollback.yaml') });
    expect(verdict.gates[0]).toMatchObject({ status: 'fail' });
    expect(exitCode).toBe(1);
  });

  it('refuses external_packages that name nothing', async () => {
    for (const external_packages of [[''], ['two words'], ['@k/a/b'], ['x', 'x'], 'x']) {
      const root = smallCrate('pub fn run() {}\n', {}, { external_packages });
      await expect(verify({ root, out: tempDir(), now: NOW }), JSON.stringify(external_packages)).rejects.toMatchObject({ code: 'invalid_options' });
    }
  });
});

describe('kernel_boundary: a Cargo dependency by an absolute path (red team zc)', () => {
  const crates = (root: string, storePath: string) =>
    writeTree(root, {
      'Cargo.toml': '[workspace]\nmembers = ["crates/*"]\n',
      'crates/store/Cargo.toml': '[package]\nname = "k-store"\nversion = "0.1.0"\nedition = "2021"\n',
      'crates/store/src/lib.rs': 'pub fn open() {}\n',
      'crates/core/Cargo.toml': `[package]\nname = "k-core"\nversion = "0.1.0"\nedition = "2021"\n[dependencies]\ndb = { path = ${JSON.stringify(storePath)}, package = "k-store" }\n`,
      'crates/core/src/lib.rs': 'pub fn f() { db::open(); }\n',
      [MANIFEST]: manifest([{ id: 'core', modules: ['crates/core/src/lib.rs'] }, { id: 'store', modules: ['crates/store/src/lib.rs'] }], { ownership_rules: banned(['core', 'store']) }),
      'gate-engine.config.yaml': config({ manifest: MANIFEST, source_globs: ['crates/**/*.rs'], rust_crate_root: 'crates/core/src' }),
    });
  it('inside the root is the crate there: its paths are edges (banned_import)', async () => {
    const root = tempDir();
    const { findings } = await run(crates(root, join(root, 'crates/store')));
    expect(findings.map(brief)).toEqual([['banned_cross_boundary_pairs_absent', 'banned_import', 'crates/core/src/lib.rs', 1]]);
  });
  it('outside the root is a crate of the machine, of no domain', async () => {
    const root = tempDir();
    const outside = tempDir();
    writeTree(outside, { 'Cargo.toml': '[package]\nname = "k-store"\nversion = "0.1.0"\nedition = "2021"\n', 'src/lib.rs': 'pub fn open() {}\n' });
    const { gate, findings } = await run(crates(root, outside));
    expect(findings.map(brief)).toEqual([]);
    expect(gate.status).toBe('pass');
  });
});

describe('kernel_boundary: a local typeRoots package outside source_globs is read through, failing closed', () => {
  const typingsTree = (typings: Record<string, string>, options: Record<string, unknown> = {}) =>
    workspace({
      'gate-engine.config.yaml': config({ source_globs: ['src/**/*.ts'], ...options }),
      'tsconfig.json': { compilerOptions: { typeRoots: ['./types', './node_modules/@types'] } },
      'src/core/index.ts': 'export const x = 1;\n',
      'src/store/db.ts': 'export const open = 1;\n',
      [MANIFEST]: manifest(
        [
          { id: 'core', modules: ['src/core/index.ts'] },
          { id: 'store', modules: ['src/store/db.ts'] },
        ],
        { ownership_rules: banned(['core', 'store']) },
      ),
      ...typings,
    });

  it('typings referencing each other in a cycle pass; one of them reaching store is banned_import', async () => {
    const cycle = { 'types/lx/index.d.ts': '/// <reference path="./more.d.ts" />\ndeclare const LX: number;\n', 'types/lx/more.d.ts': '/// <reference path="./index.d.ts" />\ndeclare const MORE: number;\n' };
    expect((await run(typingsTree(cycle))).findings).toEqual([]);
    const { findings } = await run(typingsTree({ ...cycle, 'types/lx/more.d.ts': '/// <reference path="./index.d.ts" />\nimport type { open } from "../../src/store/db";\ndeclare global { const MORE: typeof open }\n' }));
    expect(findings.map(brief)).toEqual([['banned_cross_boundary_pairs_absent', 'banned_import', 'src/core/index.ts', 1]]);
    // ignore vouches for no typings package in every file's program: it is read through all the same.
    const ignored = await run(typingsTree({ 'types/lx/index.d.ts': 'import type { open } from "../../src/store/db";\nexport type O = typeof open;\n' }, { ignore: ['types/**'] }));
    expect(ignored.findings.map(brief)).toEqual([['banned_cross_boundary_pairs_absent', 'banned_import', 'src/core/index.ts', 1]]);
  });

  it('typings importing a file that is not there, or not read to their end, are unresolved_import at line 1 of every file', async () => {
    for (const text of ['import type { Db } from "./gone";\nexport {};\n', 'declare const X: `${\n']) {
      const { findings } = await run(typingsTree({ 'types/lx/index.d.ts': text }));
      expect(findings.map(brief)).toEqual([['banned_cross_boundary_pairs_absent', 'unresolved_import', 'src/core/index.ts', 1]]);
      expect(findings[0]?.message).toContain('leads to types/lx/index.d.ts');
    }
  });
});
