// Build step (after tsc and the schema precompile): dist/src/cli/main.js, the `gate-engine` executable, is replaced by
// one ESM bundle of itself, the engine and the pure-JS dependencies it imports at start-up. Every CLI process used to
// resolve, read and link ~200 modules (123 of the engine's, 73 of yaml's): a third of a small verify's CPU (issue 13); bundled,
// a small verify costs ~35% less CPU, the demo ~20% less.
// The library entry points (dist/src/index.js, sdk, testing) stay unbundled. What is loaded on demand stays outside:
// the precompiled validators (required by path from ../artifacts/schema-validators/), `entities` and `unhomoglyph`'s
// data (createRequire), and a user's plugins.
import { build } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const cli = join(import.meta.dirname, '..', 'dist', 'src', 'cli', 'main.js');
await build({
  entryPoints: [cli],
  // One file: measured against code splitting (gates and scanners in chunks loaded on demand), a small verify cost 8%
  // less CPU, and the demo 14% less; the chunks each run loads cost more than the code it skips.
  outfile: cli,
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // Whitespace and syntax only: a third less to parse at start-up; names stay readable in a stack trace.
  minifyWhitespace: true,
  minifySyntax: true,
  // Imported on demand (markup, XML, JSON5): outside the bundle, so a run that never reads such a file never parses them.
  external: ['parse5', 'entities', 'markdown-it', 'markdown-it-footnote', 'saxes', 'json5'],
  // CommonJS dependencies bundled into ESM require Node's builtins through a real `require`.
  banner: { js: "import { createRequire as __geRequire } from 'node:module'; const require = __geRequire(import.meta.url);" },
});
chmodSync(cli, 0o755);
rmSync(`${cli}.map`, { force: true }); // tsc's map of the entry it replaced
