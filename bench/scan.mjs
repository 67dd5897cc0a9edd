// Import-scanner benchmarks (run after a build: `npm run build && node bench/scan.mjs`).
// Figures, not assertions: tests never time anything. The trees are the ones test/gates/kernel-boundary.test.ts
// checks for correctness: 10 domains × 1,000 modules, Rust and TypeScript, with banned edges planted.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { resolveRustCrate, scanRust } from '../dist/src/scan/rust-imports.js';
import { scanTs, resolveTsImports } from '../dist/src/scan/ts-imports.js';
import { verify } from '../dist/src/verify.js';
import { tempRoot } from './workspace.mjs';

const DOMAINS = 10;
const PER_DOMAIN = 1000;
const MANIFEST = 'docs/kernel-boundary-manifest.json';
const NOW = '2026-03-10T12:00:00Z';

const record = (name, value, unit, note = '') => console.log(`${name.padEnd(58)} ${String(value).padStart(10)} ${unit.padEnd(4)} ${note}`);

function best(runs, fn) {
  let min = Infinity;
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    min = Math.min(min, performance.now() - t0);
  }
  return { ms: min, result };
}

async function bestAsync(runs, fn) {
  let min = Infinity;
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = await fn();
    min = Math.min(min, performance.now() - t0);
  }
  return { ms: min, result };
}

function manifest(domains) {
  const first = domains[0];
  return {
    schema: 'pi.frankennode.kernel_extraction_boundary_manifest.v1',
    bead_id: 'bd-bench.1',
    boundary_domains: domains.map((d) => ({ domain_id: d.id, target_crate: `crate-${d.id}`, current_modules: d.modules, target_modules: [`${d.id}::root`] })),
    deferred_modules: domains.deferred ?? [],
    ownership_rules: {
      banned_cross_boundary_pairs: [
        { from_domain: 'domain_0', to_domain: 'domain_1', reason: 'bench' },
        { from_domain: 'domain_5', to_domain: 'domain_6', reason: 'bench' },
      ],
    },
    reintegration_linkage: {
      replacement_targets: [first.modules[0]],
      module_mappings: [{ source_module: first.modules[0], source_domain: first.id, target_crate: `crate-${first.id}`, target_module: `${first.id}::root`, replacement_target: first.modules[0] }],
    },
  };
}

/** 10,001 Rust files (src/lib.rs + 10 × [mod.rs + 999 modules]) as a Map path → text. */
function rustFiles() {
  const files = new Map();
  const domains = [];
  files.set('src/lib.rs', Array.from({ length: DOMAINS }, (_, d) => `pub mod d${d};`).join('\n'));
  for (let d = 0; d < DOMAINS; d++) {
    const modules = [`src/d${d}/mod.rs`];
    files.set(`src/d${d}/mod.rs`, `${Array.from({ length: PER_DOMAIN - 1 }, (_, i) => `pub mod m${i + 1};`).join('\n')}\npub struct Root;\n`);
    for (let i = 1; i < PER_DOMAIN; i++) {
      const path = `src/d${d}/m${i}.rs`;
      modules.push(path);
      const previous = i === 1 ? 'super::Root' : `super::m${i - 1}::Item`;
      const cross = d === 2 && i % 100 === 0 ? `use crate::d3::m${i}::Item as Neighbour;\n` : '';
      files.set(
        path,
        [
          `//! Module ${i} of domain ${d}. Must never \`use crate::d1::m1::Item;\``,
          `use ${previous};`,
          `${cross}pub struct Item;`,
          '// use crate::d1::m2::Item; /* crate::d6::m3::Item */',
          'pub const S: &str = "use crate::d1::m2::Item; super::super::d1::m9::x()";',
          'pub const R: &str = r#"crate::d6::m1::Item "quoted""#;',
          `pub fn f<'a>(x: &'a str) -> char { let _ = crate::d${d}::m${((i * 7) % (PER_DOMAIN - 1)) + 1}::Item; '"' }`,
        ].join('\n'),
      );
    }
    domains.push({ id: `domain_${d}`, modules });
  }
  files.set('src/d0/m10.rs', `${files.get('src/d0/m10.rs')}\nuse crate::d1::m20::Item as Other;`);
  files.set('src/d0/m500.rs', `${files.get('src/d0/m500.rs')}\nfn g() { let _ = crate::d1::m3::Item; }`);
  files.set('src/d0/mod.rs', `${files.get('src/d0/mod.rs')}mod nested {\n    use super::super::d1::m7::Item;\n}\n`);
  files.set('src/d5/m999.rs', `${files.get('src/d5/m999.rs')}\nuse crate::d6::{m1::Item as A, m2};`);
  domains.deferred = [{ module_path: 'src/lib.rs', reason: 'crate root' }];
  return { files, manifest: manifest(domains), config: 'version: 1\ngates:\n  - id: kb\n    type: kernel_boundary\n' };
}

/** 10,000 TypeScript files (10 × [index.ts + 999 modules]). */
function tsFiles() {
  const files = new Map();
  const domains = [];
  for (let d = 0; d < DOMAINS; d++) {
    const modules = [];
    for (let i = 0; i < PER_DOMAIN; i++) {
      const path = i === 0 ? `src/d${d}/index.ts` : `src/d${d}/m${i}.ts`;
      modules.push(path);
      const previous = i <= 1 ? './index.js' : `./m${i - 1}.js`;
      const cross = d === 2 && i % 100 === 0 && i > 0 ? `import { item as neighbour } from '../d3/m${i}';\n` : '';
      files.set(
        path,
        [
          `// Module ${i} of domain ${d}; never import x from '../d1/m1';`,
          i === 0 ? "export const root = 'root';" : `import { ${i === 1 ? 'root' : 'item'} as prev } from '${previous}';`,
          `${cross}export const item = \`\${String(1)} import('../d1/m2') \${\`require('../d6/m3')\`}\`;`,
          "/* import y from '../d6/m4'; */ const re = /import z from '..\\/d1\\/m5'/g;",
          `const s = "require('../d1/m6')"; export const half = ${i} / 2 / 1;`,
        ].join('\n'),
      );
    }
    domains.push({ id: `domain_${d}`, modules });
  }
  files.set('src/d0/m10.ts', `${files.get('src/d0/m10.ts')}\nimport { item as other } from '../d1/m20.js';`);
  files.set('src/d0/m500.ts', `${files.get('src/d0/m500.ts')}\nconst legacy = require('../d1/m3');`);
  files.set('src/d0/m700.ts', `${files.get('src/d0/m700.ts')}\nexport * from '../d1/m4';`);
  files.set('src/d5/m999.ts', `${files.get('src/d5/m999.ts')}\nconst lazy = await import('../d6/m1.js');`);
  files.set('src/d5/m998.ts', `${files.get('src/d5/m998.ts')}\nimport type { Shape } from '../d6/index';`);
  return { files, manifest: manifest(domains), config: 'version: 1\ngates:\n  - id: kb\n    type: kernel_boundary\n    options:\n      source_globs: ["src/**/*.ts"]\n' };
}

function writeWorkspace(tree) {
  const root = tempRoot('kernel-boundary');
  const write = (rel, content) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), content);
  };
  for (const [rel, text] of tree.files) write(rel, text);
  write(MANIFEST, `${JSON.stringify(tree.manifest, null, 2)}\n`);
  write('gate-engine.config.yaml', tree.config);
  return root;
}

for (const [language, build] of [
  ['Rust', rustFiles],
  ['TypeScript', tsFiles],
]) {
  const tree = build();
  const texts = [...tree.files.values()];
  const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1024 / 1024;
  const n = tree.files.size.toLocaleString('en');

  if (language === 'Rust') {
    const scan = best(5, () => new Map([...tree.files].map(([p, t]) => [p, scanRust(t)])));
    const edges = [...scan.result.values()].reduce((k, s) => k + s.edges.length, 0);
    record(`scanRust, ${n} files in memory`, scan.ms.toFixed(0), 'ms', `${(megabytes / (scan.ms / 1000)).toFixed(0)} MB/s, ${edges} raw edges`);
    const resolved = best(5, () => resolveRustCrate(scan.result, 'src'));
    record(`resolveRustCrate, ${n} scanned files`, resolved.ms.toFixed(0), 'ms', `${resolved.result.edges.length} edges into the crate`);
  } else {
    const scan = best(5, () => texts.map((t) => scanTs(t)));
    const edges = scan.result.reduce((k, s) => k + s.imports.length, 0);
    record(`scanTs, ${n} files in memory`, scan.ms.toFixed(0), 'ms', `${(megabytes / (scan.ms / 1000)).toFixed(0)} MB/s, ${edges} imports`);
    const resolved = best(5, () => resolveTsImports(tree.files));
    record(`scanTs + resolveTsImports, ${n} files`, resolved.ms.toFixed(0), 'ms', `${resolved.result.edges.length} edges`);
  }

  const root = writeWorkspace(tree);
  try {
    const run = await bestAsync(3, () => verify({ root, write: false, now: NOW }));
    const gate = run.result.verdict.gates[0];
    const banned = gate.checks.filter((c) => c.code === 'banned_import').length;
    record(`verify: kernel_boundary, ${n} ${language} files on disk`, run.ms.toFixed(0), 'ms', `gate ${gate.status} (${gate.reason}), ${banned} banned edges found (5 planted)`);
    // Peak RSS of one cold verify in a process of its own (node + the engine + this one gate).
    const probe = `const { verify } = await import(${JSON.stringify(new URL('../dist/src/verify.js', import.meta.url).href)}); const t0 = performance.now(); const r = await verify({ root: ${JSON.stringify(root)}, write: false, now: ${JSON.stringify(NOW)} }); const ms = performance.now() - t0; console.log(JSON.stringify({ ms, rss: process.resourceUsage().maxRSS, verdict: JSON.stringify(r.verdict).length, checks: JSON.stringify(r.verdict.gates[0].checks).length }));`;
    const cold = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' }).trim().split('\n').pop());
    record(`verify cold, ${n} ${language} files: peak RSS`, (cold.rss / 1024).toFixed(0), 'MB', `${cold.ms.toFixed(0)} ms cold, verdict ${(cold.verdict / 1024).toFixed(0)} KB (the gate's checks ${(cold.checks / 1024).toFixed(1)} KB)`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

// What a held scan keeps of its file: long names cut from the text must not hold the whole text alive (a tree's
// scans are held until its module tree is known). Measured in a process of its own with the collector exposed.
{
  const probe = `
    const { deferRustScan, scanRust } = await import(${JSON.stringify(new URL('../dist/src/scan/rust-imports.js', import.meta.url).href)});
    const { scanTs } = await import(${JSON.stringify(new URL('../dist/src/scan/ts-imports.js', import.meta.url).href)});
    const { keepStrings } = await import(${JSON.stringify(new URL('../dist/src/scan/kept-strings.js', import.meta.url).href)});
    const N = 1000;
    const kept = (make) => { const held = []; gc(); const h0 = process.memoryUsage().heapUsed; for (let i = 0; i < N; i++) held.push(make(i)); gc(); gc(); return Math.round((process.memoryUsage().heapUsed - h0) / held.length); };
    const pad = (i) => '// ' + 'x'.repeat(50000) + ' ' + i + '\\n';
    const rust = kept((i) => deferRustScan(scanRust(pad(i) + 'pub fn a_long_function_name_' + i + '() { crate::some_long_module_name::other_item_' + i + '(); }\\nuse crate::session_orchestration::StoreHandle;\\n')));
    const ts = kept((i) => keepStrings(scanTs(pad(i) + "import { aLongImportedName } from '../some/long/path/module_" + i + "';\\n")));
    console.log(JSON.stringify({ rust, ts }));`;
  const out = JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', probe], { encoding: 'utf8' }).trim());
  record('bytes a held scan keeps of a 50 KB Rust file', out.rust, 'B', 'long names copied out of the text (was ~53,000: the whole text)');
  record('bytes a held scan keeps of a 50 KB TS file', out.ts, 'B', 'was ~52,000');
}
