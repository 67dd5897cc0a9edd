// Build step (after tsc and the schema precompile): the `gate-engine` executable becomes
//   dist/src/cli/engine.cjs        one bundle of the CLI, the engine and the pure-JS dependencies it imports at start-up;
//   dist/src/cli/word-sets.json    the status readers' word sets, computed (src/util/built-sets.ts);
//   dist/src/cli/engine.cjs.cache  V8's code cache of that bundle after a warm-up run (load-engine.cjs checks its digest);
//   dist/src/cli/gate-engine.cjs   the executable (scripts/cli-launcher.cjs), with dist/src/cli/load-engine.cjs;
//   dist/src/cli/main.js           an entry that runs the executable, for callers of that path.
// Every CLI process used to resolve, read and link ~200 modules (123 of the engine's, 73 of yaml's), then parse and
// compile 1.4 MB of code: bundled, a small verify costs ~35% less CPU; from the code cache, another ~10–17% (issue 13).
// The library entry points (dist/src/index.js, sdk, testing) stay unbundled ES modules. What is loaded on demand stays
// outside: the precompiled validators (required by path from ../artifacts/schema-validators/), `entities` and
// `unhomoglyph`'s data (createRequire), the markup parsers (import()), and a user's plugins.
import { build } from 'esbuild';
import { asciiOnly } from './ascii-bundle.mjs';
import { LAZY_REGEXP_RUNTIME, lazyRegExps } from './lazy-regexps.mjs';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
/**
 * An onLoad that puts a `require` esbuild follows in place of the library's own lazy one (`createRequire(...)(name)`):
 * the package is bundled, and still evaluated only on first use. Fails the build when the call it replaces is gone.
 */
const requireBundled = (call, name) => (args) => {
  const source = readFileSync(args.path, 'utf8');
  const replaced = source.replace(call, `require(${JSON.stringify(name)})`);
  if (replaced === source) throw new Error(`${args.path}: ${call} was not found; update scripts/bundle-cli.mjs`);
  return { contents: lazyRegExps(replaced, args.path).contents, loader: 'js', resolveDir: join(args.path, '..') };
};
/** What the engine imports on demand (src/util/import-module.ts): bundled, each evaluated on first use. */
const BUNDLED_ON_DEMAND = ['entities', 'markdown-it', 'markdown-it-footnote', 'parse5', 'saxes', 'json5'];
// Every word set the engine defines, from its definitions, as the library's modules build them (src/util/lazy.ts wordSet).
await import(pathToFileURL(join(root, 'dist', 'src', 'sdk', 'status-claims.js')).href);
const wordSets = (await import(pathToFileURL(join(root, 'dist', 'src', 'util', 'lazy.js')).href)).wordSetsFromDefinitions();
writeFileSync(join(root, 'dist', 'src', 'cli', 'word-sets.json'), JSON.stringify(wordSets));
const cliDir = join(root, 'dist', 'src', 'cli');
const engine = join(cliDir, 'engine.cjs');
/** Bundles the engine; `validators`: the keys of the build-time validators bundled in (the rest are required by path). */
const bundle = async (validators) => {
  await build({
    // What the launcher calls (runProcess, as src/cli/main.ts does), and what the kill test's warm driver calls.
    stdin: { contents: "export { runCli, runProcess } from './main-run.js'; export { installSignalHandlers } from './signals.js';", resolveDir: cliDir, sourcefile: 'engine-entry.js' },
    // One file: measured against code splitting (gates and scanners in chunks loaded on demand), a small verify cost 8%
    // less CPU, and the demo 14% less; the chunks each run loads cost more than the code it skips.
    outfile: engine,
    bundle: true,
    platform: 'node',
    // CommonJS, because only a script (vm.Script), not an ES module, can be compiled from a code cache on Node 20.
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    // Whitespace and syntax only: a third less to parse at start-up; names stay readable in a stack trace.
    // GE_PROFILE_BUNDLE=1 keeps the lines, so a CPU profile of the bundle names the functions where they stand.
    minifyWhitespace: process.env.GE_PROFILE_BUNDLE !== "1",
    minifySyntax: true,
    // The engine's modules find their files from import.meta (package.json, validators, data): the bundle's own place.
    define: { 'import.meta.url': '__geModuleUrl', 'import.meta.filename': '__filename', 'import.meta.dirname': '__dirname' },
    banner: { js: `var __geModuleUrl = require("node:url").pathToFileURL(__filename).href;\n${LAZY_REGEXP_RUNTIME}` },
    // A script compiled by vm has no loader for `import()` on Node 20: Node's builtins are required instead, and what
    // the engine imports at run time goes through src/util/import-module.ts, here the launcher's own `import()`.
    supported: { 'dynamic-import': false },
    plugins: [
      {
        name: 'launcher-import',
        setup(b) {
          // The parsers imported on demand (markup, XML, JSON5) are bundled, each evaluated on its first import: loaded as ES
          // modules from node_modules, the ~40 files a run reading Markdown and HTML imported cost it ~100 ms of CPU to
          // resolve and compile (no code cache for ES modules on Node 20). Anything else (a user's plugin) is the launcher's.
          const cases = BUNDLED_ON_DEMAND.map((name) => `    case ${JSON.stringify(name)}: return import(${JSON.stringify(name)});`);
          const contents = `export function importModule(specifier) {\n  switch (specifier) {\n${cases.join('\n')}\n    default: return __geImport(specifier);\n  }\n}`;
          b.onLoad({ filter: /[\\/]dist[\\/]src[\\/]util[\\/]import-module\.js$/ }, (args) => ({ contents, loader: 'js', resolveDir: join(args.path, '..') }));
          // The HTML references table, required on a value's first reference: the same bundled module.
          b.onLoad({ filter: /[\\/]dist[\\/]src[\\/]text[\\/]drawn\.js$/ }, requireBundled("createRequire(import.meta.url)('entities')", 'entities'));
          // semver, required from node_modules, cost each run that checks a contract version ~25 ms for its ~40 files.
          b.onLoad({ filter: /[\\/]dist[\\/]gates[\\/]claim-tier-order[\\/]contract\.js$/ }, requireBundled("requireCjs('semver')", 'semver'));
        },
      },
      {
        // The status readers' word sets, computed here once (src/util/built-sets.ts).
        name: 'built-word-sets',
        setup(b) {
          // A file beside the bundle, read on a run's first status read: a run that reads none (`check`, `merge`) does not
          // parse it, and the bundle every process loads stays ~340 KB smaller. Missing, the sets are built as the library builds them.
          const contents = [
            "import { readFileSync } from 'node:fs';",
            'export function builtSetsJson() {',
            "  try { return readFileSync(require('node:path').join(__dirname, 'word-sets.json'), 'utf8'); } catch { return undefined; }",
            '}',
          ].join('\n');
          b.onLoad({ filter: /[\\/]dist[\\/]src[\\/]util[\\/]built-sets\.js$/ }, () => ({ contents, loader: 'js' }));
        },
      },
      {
        // The validators a run of the demo uses, bundled (each evaluated only when used), so they come from the code cache
        // rather than a require that parses and compiles the verdict's 280 KB validator on every verify. The others
        // (~0.8 MB a run rarely needs) stay files beside the bundle, required by path.
        name: 'precompiled-validators',
        setup(b) {
          b.onLoad({ filter: /[\\/]dist[\\/]src[\\/]artifacts[\\/]precompiled-validators\.js$/ }, (args) => {
            const cases = [...validators].sort().map((key) => `    case ${JSON.stringify(key)}: return require(${JSON.stringify(`./schema-validators/${key}.cjs`)});`);
            // The others by path, through a require esbuild does not follow (it would bundle every file a pattern matches).
            const byPath = "try { return requireByPath(`../artifacts/schema-validators/${key}.cjs`); } catch (e) { if (e.code === 'MODULE_NOT_FOUND') return undefined; throw e; }";
            const contents = [
              "import { createRequire } from 'node:module';",
              'const requireByPath = createRequire(__geModuleUrl);',
              "export const PRECOMPILED_DIR = 'schema-validators';",
              `export function precompiledValidator(key) {\n  switch (key) {\n${cases.join('\n')}\n    default: ${byPath}\n  }\n}`,
            ].join('\n');
            return { contents, loader: 'js', resolveDir: join(args.path, '..') };
          });
        },
      },
      {
        // Last, so the rewrites above come first: the engine's own modules make their patterns on first use
        // (scripts/lazy-regexps.mjs).
        name: 'lazy-regexps',
        setup(b) {
          b.onLoad({ filter: /[\\/]dist[\\/](?:src|gates)[\\/].*\.js$/ }, (args) => ({ contents: lazyRegExps(readFileSync(args.path, 'utf8'), args.path).contents, loader: 'js', resolveDir: join(args.path, '..') }));
        },
      },
    ],
  });
  // ASCII throughout, so a CLI start decodes it as Latin-1 into a one-byte string (scripts/ascii-bundle.mjs).
  writeFileSync(engine, asciiOnly(readFileSync(engine, 'utf8'), engine));
};
copyFileSync(join(root, 'scripts', 'load-engine.cjs'), join(cliDir, 'load-engine.cjs'));
const bin = join(cliDir, 'gate-engine.cjs');
copyFileSync(join(root, 'scripts', 'cli-launcher.cjs'), bin);
chmodSync(bin, 0o755);
// dist/src/cli/main.js, which callers have run (the GitHub Action, docs, scripts), runs the same executable.
const main = join(cliDir, 'main.js');
writeFileSync(main, "#!/usr/bin/env node\n// The executable is gate-engine.cjs beside this file (scripts/cli-launcher.cjs); this entry runs it.\nimport './gate-engine.cjs';\n");
chmodSync(main, 0o755);
rmSync(join(cliDir, 'main.js.map'), { force: true }); // tsc's map of the entry the launcher replaced

// The cache holds what a run compiles: warm it with the demo (every reference gate), its output in a scratch directory.
const { loadEngine, cacheBytes } = createRequire(import.meta.url)(join(cliDir, 'load-engine.cjs'));
async function warmUp() {
  const { engine: cli, script, digest } = loadEngine(cliDir);
  const scratch = mkdtempSync(join(tmpdir(), 'ge-warm-'));
  try {
    const io = { stdout: () => undefined, stderr: () => undefined, cwd: root, env: { ...process.env, NO_COLOR: '1' }, isTTY: false, signal: new AbortController().signal };
    await cli.runCli(['verify', '--root', join(root, 'fixtures', 'demo'), '--out', join(scratch, 'out'), '--now', '2026-03-10T12:00:00Z'], io);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return { script, digest };
}

// First without validators, to learn which the demo requires by path; then with those, and the cache of that run.
await bundle([]);
await warmUp();
const used = Object.keys(createRequire(engine).cache).flatMap((file) => /[\\/]schema-validators[\\/]([^\\/]+)\.cjs$/.exec(file)?.[1] ?? []);
await bundle(used);
const { script, digest } = await warmUp();
writeFileSync(`${engine}.cache`, cacheBytes(script, digest));
