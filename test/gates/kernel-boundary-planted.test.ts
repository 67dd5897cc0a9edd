/**
 * Property: a banned edge planted in a generated module graph, written in any form the languages
 * and their resolvers allow, never passes. Each graph has a banned-from domain (core), the banned
 * domain (store) and a shared one; sound edges (core → shared, shared → store, within a domain) and
 * fake imports in comments and strings are noise around the one planted edge.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/verify.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';
const MANIFEST = 'docs/kernel-boundary-manifest.json';

function manifest(domains: Record<string, string[]>, deferred: string[]): object {
  const [firstDomain, firstModules] = Object.entries(domains)[0] as [string, string[]];
  const first = firstModules[0] as string;
  return {
    schema: 'pi.frankennode.kernel_extraction_boundary_manifest.v1',
    bead_id: 'bd-prop.1',
    boundary_domains: Object.entries(domains).map(([id, modules]) => ({ domain_id: id, target_crate: `k-${id}`, current_modules: modules, target_modules: [`k_${id}::root`] })),
    deferred_modules: deferred.map((module_path) => ({ module_path, reason: 'glue' })),
    ownership_rules: { banned_cross_boundary_pairs: [{ from_domain: 'core', to_domain: 'store', reason: 'core must not reach store' }] },
    reintegration_linkage: {
      replacement_targets: [first],
      module_mappings: [{ source_module: first, source_domain: firstDomain, target_crate: `k-${firstDomain}`, target_module: `k_${firstDomain}::root`, replacement_target: first }],
    },
  };
}

async function gateOf(files: Record<string, string | object>, options: Record<string, unknown> = {}) {
  const root = workspace({ ...files, 'gate-engine.config.yaml': configYaml([{ id: 'kb', type: 'kernel_boundary', options }]) });
  const result = await verify({ root, write: false, now: NOW });
  return result.verdict.gates[0] as NonNullable<(typeof result.verdict.gates)[0]>;
}

const NOISE = ["// use crate::s0::Item;", '/* crate::s1::Item */', 'pub const DOC: &str = "use crate::s0::Item;";'];
const TS_NOISE = ["// import x from '../store/s0';", "const s = \"require('../store/s1')\";", '/* import(\'../store/s0\') */'];

/** Each planted Rust form: the code in core module k (file src/c{k}.rs) and any files it needs. */
const RUST_FORMS: Record<string, (target: number) => { code: string; files?: Record<string, string>; cargo?: string; lib?: string }> = {
  use: (t) => ({ code: `use crate::s${t}::Item;` }),
  use_group: (t) => ({ code: `use crate::{s${t}::{Item as Other}, shared};` }),
  path_expression: (t) => ({ code: `fn f() { let _ = crate::s${t}::Item; }` }),
  super_path: (t) => ({ code: `fn f() { let _ = super::s${t}::Item; }` }),
  glob_prelude: (t) => ({ code: 'use crate::shared::*;', files: { 'src/shared.rs': `pub use crate::s${t}::Item;\n` } }),
  type_alias: (t) => ({ code: 'use crate::shared::Alias;', files: { 'src/shared.rs': `pub type Alias = crate::s${t}::Item;\n` } }),
  attribute_string: (t) => ({ code: `#[serde(default = "crate::s${t}::make")]\npub struct W;` }),
  attribute_tokens: (t) => ({ code: `#[tracing::instrument(fields(x = crate::s${t}::N))]\nfn g() {}` }),
  include: (t) => ({ code: 'include!("../gen/planted.rs");', files: { 'gen/planted.rs': `fn planted() { let _ = crate::s${t}::Item; }\n` } }),
  extern_crate_self: (t) => ({ code: `use kernel::s${t}::Item;`, lib: 'extern crate self as kernel;\n' }),
  local_macro: (t) => ({ code: `macro_rules! m { () => { crate::s${t}::Item }; }` }),
  edition_2015: (t) => ({ code: `use s${t}::Item;`, cargo: '[package]\nname = "k"\nversion = "0.1.0"\n' }),
  edition_unknown: (t) => ({ code: `use s${t}::Item;` }),
  reexport_chain_of_twenty: (t) => ({
    code: 'use crate::chain::a0::Item;',
    lib: 'pub mod chain;\n',
    files: {
      'src/chain/mod.rs': Array.from({ length: 21 }, (_, i) => `pub mod a${i};\n`).join(''),
      ...Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`src/chain/a${i}.rs`, i < 20 ? `pub use super::a${i + 1}::*;\n` : `pub use crate::s${t}::Item;\n`])),
    },
  }),
  crate_bound_by_use: (t) => ({ code: `use crate as kernel;\nfn f() { let _ = kernel::s${t}::Item; }` }),
  path_dependency_outside_source_globs: (t) => ({
    code: 'use facade::inner::Item;',
    cargo: '[package]\nname = "k"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nfacade = { path = "facade" }\n',
    files: { 'facade/Cargo.toml': '[package]\nname = "facade"\nversion = "0.1.0"\nedition = "2021"\n', 'facade/src/lib.rs': 'pub mod inner;\n', 'facade/src/inner.rs': `pub struct Item; // stands for a re-export of s${t} through an unread file\n` },
  }),
  macro_in_another_file: (t) => ({ code: 'fn f() { let _ = planted_path!(); }', files: { 'src/shared.rs': `#[macro_export]\nmacro_rules! planted_path {\n    () => { $crate::s${t}::Item };\n}\npub struct Clock;\n` } }),
};

const TS_FORMS: Record<string, (target: number) => { code: string; files?: Record<string, string | object> }> = {
  import: (t) => ({ code: `import { item } from '../store/s${t}';` }),
  import_type: (t) => ({ code: `import type { Item } from '../store/s${t}.js';` }),
  export_from: (t) => ({ code: `export * from '../store/s${t}';` }),
  require: (t) => ({ code: `const r = require('../store/s${t}');` }),
  dynamic_import: (t) => ({ code: `const r = await import('../store/s${t}.js');` }),
  tsconfig_paths: (t) => ({ code: `import { item } from '@store/s${t}';`, files: { 'tsconfig.json': '{ "compilerOptions": { "paths": { "@store/*": ["src/store/*"] } } }' } }),
  package_imports: (t) => ({ code: "import { item } from '#planted';", files: { 'package.json': { name: 'kernel', imports: { '#planted': `./src/store/s${t}.ts` } } } }),
  self_reference: (t) => ({ code: `import { item } from 'kernel/s${t}';`, files: { 'package.json': { name: 'kernel', exports: { './*': './src/store/*.ts' } } } }),
  root_absolute: (t) => ({ code: `import { item } from '/src/store/s${t}.ts';` }),
  workspace_package: (t) => ({
    code: `import { item } from '@k/store/s${t}';`,
    files: { 'package.json': { name: 'kernel', dependencies: { '@k/store': 'workspace:*' } }, 'pnpm-workspace.yaml': 'packages:\n  - src/*\n', 'src/store/package.json': { name: '@k/store', exports: { './*': './*.ts' } } },
  }),
  workspace_package_unlisted: () => ({ code: "import { item } from '@k/ghost';", files: { 'package.json': { name: 'kernel', dependencies: { '@k/ghost': 'workspace:*' } } } }),
  barrel: (t) => ({ code: "import { item } from '../common';", files: { 'src/common/index.ts': `export * from '../store/s${t}';\n` } }),
  barrel_chain_of_twenty: (t) => ({
    code: "import { item } from '../common/b0';",
    files: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`src/common/b${i}.ts`, i < 20 ? `export * from './b${i + 1}';\n` : `export { item } from '../store/s${t}';\n`])),
  }),
  url: (t) => ({ code: `const u = new URL('../store/s${t}.ts', import.meta.url);` }),
  worker: (t) => ({ code: `const w = new Worker('../store/s${t}.ts');` }),
  glob: (t) => ({ code: `const g = import.meta.glob('../store/s${t}.ts');` }),
  require_context: (t) => ({ code: `const c = require.context('../store', false, /s${t}\\.ts$/);` }),
  create_require: (t) => ({ code: `import { createRequire } from 'node:module';\nconst r = createRequire(import.meta.url)('../store/s${t}');` }),
  module_require: (t) => ({ code: `const r = module.require('../store/s${t}');` }),
  module_require_alias: (t) => ({ code: `const load = module.require;\nconst r = load('../store/s${t}');` }),
  require_alias: (t) => ({ code: `const load = require;\nconst r = load('../store/s${t}');` }),
  unicode_escape: (t) => ({ code: `const r = \\u0072equire('../store/s${t}');` }),
  after_jsx: (t) => ({ code: `const el = <p>don't / won't</p>;\nimport { item } from '../store/s${t}';` }),
  after_object_division: (t) => ({ code: `const half = {} / 2; import { item } from '../store/s${t}';` }),
  after_destructured_require: (t) => ({ code: `export function f({ require }: { require: number }) { return require / 2; }\nimport { item } from '../store/s${t}';` }),
  jsdoc_import_type: (t) => ({ code: `/** @type {import('../store/s${t}.js').Item} */\nexport let typed;` }),
  jsdoc_import_tag: (t) => ({ code: `/**\n * @import { item } from '../store/s${t}.js'\n */` }),
  after_html_comment_in_script: (t) => ({ code: `<!-- a comment in a CommonJS script /*\nrequire('../store/s${t}');\n// */` }),
  import_scripts: (t) => ({ code: `importScripts('../store/s${t}.ts');` }),
  system_import: (t) => ({ code: `System.import('../store/s${t}');` }),
  reference_types: (t) => ({ code: `/// <reference types="../store/s${t}" />` }),
  after_tsx_generics: (t) => ({ code: `const id = <T,>(x: T) => x;\ntype F = <T>(x: T) => T;\nconst g: <T>(x: T) => T = id;\nimport { item } from '../store/s${t}';` }),
  after_jsx_type_arguments: (t) => ({ code: `const el = <List<Map<string, () => void>> items={[]} />;\nimport { item } from '../store/s${t}';` }),
  after_ternary_object: (t) => ({ code: "declare const ok: boolean;\nok ? { a: 1 } : { b: 2 } / 2 + require('#planted') / 1;", files: { 'package.json': { name: 'kernel', imports: { '#planted': `./src/store/s${t}.ts` } } } }),
  after_function_expression: (t) => ({ code: "const f = function () {} / 2 + require('#planted') / 1;", files: { 'package.json': { name: 'kernel', imports: { '#planted': `./src/store/s${t}.ts` } } } }),
  after_variable_named_of: (t) => ({ code: "let of = 4;\nconst v = of / 2 + require('#planted') / 1;", files: { 'package.json': { name: 'kernel', imports: { '#planted': `./src/store/s${t}.ts` } } } }),
  require_resolve: (t) => ({ code: `const p = require.resolve('../store/s${t}');` }),
  import_meta_resolve: (t) => ({ code: `const u = import.meta.resolve('../store/s${t}.js');` }),
  create_require_resolve: (t) => ({ code: `import { createRequire } from 'node:module';\nconst p = createRequire(import.meta.url).resolve('../store/s${t}');` }),
  import_defer: (t) => ({ code: `const m = await import.defer('../store/s${t}.js');` }),
  namespace_reexport: (t) => ({ code: "import { ns } from '../common';", files: { 'src/common/index.ts': `import * as ns from '../store/s${t}';\nexport { ns };\n` } }),
  default_reexport: (t) => ({ code: "import d from '../common';", files: { 'src/common/index.ts': `import { item } from '../store/s${t}';\nexport default item;\n` } }),
  module_augmentation: (t) => ({ code: `declare module '../store/s${t}' {\n  export const extra: number;\n}` }),
  require_main_require: (t) => ({ code: `const r = require.main.require('../store/s${t}');` }),
  module_load: (t) => ({ code: `import Module from 'node:module';\nconst r = Module._load('../store/s${t}');` }),
  workspace_package_outside_source_globs: (t) => ({
    code: "import { item } from '@k/facade';",
    files: { 'package.json': { name: 'kernel', workspaces: ['packages/*'] }, 'packages/facade/package.json': { name: '@k/facade', exports: './index.ts' }, 'packages/facade/index.ts': `export * from '../../src/store/s${t}';\n` },
  }),
  alias_into_package_outside_source_globs: (t) => ({
    code: "import { item } from '@facade/index';",
    files: { 'tsconfig.json': '{ "compilerOptions": { "paths": { "@facade/*": ["packages/facade/*"] } } }', 'packages/facade/package.json': { name: '@k/facade' }, 'packages/facade/index.ts': `export * from '../../src/store/s${t}';\n` },
  }),
  exports_in_unbuilt_out_dir: (t) => ({ code: `import { item } from 'kernel/s${t}';`, files: { 'package.json': { name: 'kernel', exports: { './*': './dist/store/*.js' } }, 'tsconfig.json': '{ "compilerOptions": { "rootDir": "src", "outDir": "dist" } }' } }),
};

const graph = fc.record({
  core: fc.integer({ min: 1, max: 4 }),
  store: fc.integer({ min: 1, max: 3 }),
  plantIn: fc.nat(),
  target: fc.nat(),
  noise: fc.array(fc.nat({ max: 2 }), { maxLength: 3 }),
  sound: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
});

describe('kernel_boundary: a banned edge planted in any form never passes', () => {
  it.each(Object.keys(RUST_FORMS))('Rust: %s', async (form) => {
    await fc.assert(
      fc.asyncProperty(graph, async (g) => {
        const k = g.plantIn % g.core;
        const t = g.target % g.store;
        const planted = (RUST_FORMS[form] as (t: number) => ReturnType<(typeof RUST_FORMS)['use']>)(t);
        const files: Record<string, string | object> = { ...(planted.files ?? {}) };
        const mods = [...Array.from({ length: g.core }, (_, i) => `c${i}`), ...Array.from({ length: g.store }, (_, i) => `s${i}`), 'shared'];
        files['src/lib.rs'] = `${planted.lib ?? ''}${mods.map((m) => `pub mod ${m};`).join('\n')}\n`;
        files['src/shared.rs'] ??= 'pub struct Clock;\n';
        for (let i = 0; i < g.store; i++) files[`src/s${i}.rs`] = `pub struct Item;\npub const N: u8 = 1;\npub fn make() -> u8 { 1 }\n`;
        for (let i = 0; i < g.core; i++) {
          const sound = g.sound.filter(([a]) => a % g.core === i).map(([, b]) => `use crate::c${b % g.core}::*;`);
          const noise = g.noise.map((n) => NOISE[n] as string);
          files[`src/c${i}.rs`] = [...noise, ...sound, 'use crate::shared::*;', i === k ? planted.code : '', 'pub struct Local;'].join('\n');
        }
        if (planted.cargo !== undefined) files['Cargo.toml'] = planted.cargo;
        const core = Array.from({ length: g.core }, (_, i) => `src/c${i}.rs`);
        const store = Array.from({ length: g.store }, (_, i) => `src/s${i}.rs`);
        const shared = ['src/shared.rs', ...Object.keys(planted.files ?? {}).filter((f) => f.startsWith('src/chain/'))];
        files[MANIFEST] = manifest({ core, store, shared }, ['src/lib.rs']);
        const gate = await gateOf(files);
        expect(gate.status, `${form}: ${JSON.stringify(gate.checks.filter((c) => c.status !== 'pass'))}`).toBe('fail');
        const codes = gate.checks.filter((c) => c.status === 'fail').map((c) => c.code);
        expect(codes.some((c) => c === 'banned_import' || c === 'unresolved_import'), `${form}: ${codes.join(', ')}`).toBe(true);
      }),
      { numRuns: 2 },
    );
  }, 60_000);

  it.each(Object.keys(TS_FORMS))('TypeScript / JavaScript: %s', async (form) => {
    await fc.assert(
      fc.asyncProperty(graph, async (g) => {
        const k = g.plantIn % g.core;
        const t = g.target % g.store;
        const planted = (TS_FORMS[form] as (t: number) => ReturnType<(typeof TS_FORMS)['import']>)(t);
        const files: Record<string, string | object> = { ...(planted.files ?? {}) };
        files['src/common/index.ts'] ??= 'export const clock = 1;\n';
        for (let i = 0; i < g.store; i++) files[`src/store/s${i}.ts`] = 'export const item = 1;\n';
        const ext = form.startsWith('jsdoc_') ? 'js' : form === 'after_html_comment_in_script' ? 'cjs' : form.startsWith('after_') ? 'tsx' : 'ts';
        for (let i = 0; i < g.core; i++) {
          const sound = g.sound.filter(([a]) => a % g.core === i).map(([, x]) => `import * as n${x % g.core} from './c${x % g.core}';`);
          const noise = g.noise.map((n) => TS_NOISE[n] as string);
          files[`src/core/c${i}.${i === k ? ext : 'ts'}`] = [...noise, ...sound, "import { clock } from '../common';", i === k ? planted.code : '', 'export const local = clock;'].join('\n');
        }
        const core = Array.from({ length: g.core }, (_, i) => `src/core/c${i}.${i === k ? ext : 'ts'}`);
        const store = Array.from({ length: g.store }, (_, i) => `src/store/s${i}.ts`);
        const common = Object.keys(files).filter((f) => f.startsWith('src/common/')).sort();
        files[MANIFEST] = manifest({ core, store, shared: common }, []);
        const gate = await gateOf(files, { source_globs: ['src/**/*.ts', 'src/**/*.tsx', 'src/**/*.js', 'src/**/*.cjs'] });
        expect(gate.status, `${form}: ${JSON.stringify(gate.checks.filter((c) => c.status !== 'pass'))}`).toBe('fail');
        const codes = gate.checks.filter((c) => c.status === 'fail').map((c) => c.code);
        expect(codes.some((c) => c === 'banned_import' || c === 'unresolved_import'), `${form}: ${codes.join(', ')}`).toBe(true);
      }),
      { numRuns: 2 },
    );
  }, 60_000);
});
