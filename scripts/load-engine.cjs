// Loads the engine bundle engine.cjs (beside this file in dist/src/cli/; both written by scripts/bundle-cli.mjs) from
// V8's code cache written at build time (engine.cjs.cache), so a CLI process does not parse and compile ~1.8 MB of
// JavaScript on every start (issue 13). Node 20 has no module compile cache (module.enableCompileCache is Node 22),
// hence vm.Script with cachedData.
//
// The cache is used only when its header holds the SHA-256 of the very engine.cjs being run: V8's own check compares
// the source's length, not its text, and an engine edited in place must never run the bytecode of the one it replaced.
// A cache V8 rejects (another Node version, other V8 flags) or none at all costs only the compile it would have saved.
// CommonJS, as the launcher is: a CLI start loads two small scripts instead of linking two ES modules (~12 ms less).
'use strict';
const { isAscii } = require('node:buffer');
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const vm = require('node:vm');

const DIGEST_BYTES = 32;

/** Loads engine.cjs (beside this file) through its code cache; returns its exports and the script (to write a new cache). */
function loadEngine(dir = __dirname) {
  const file = join(dir, 'engine.cjs');
  const source = readFileSync(file);
  const digest = createHash('sha256').update(source).digest();
  let cachedData;
  try {
    const cache = readFileSync(`${file}.cache`);
    if (cache.length > DIGEST_BYTES && cache.subarray(0, DIGEST_BYTES).equals(digest)) cachedData = cache.subarray(DIGEST_BYTES);
  } catch {
    // no cache: compiled as any script is
  }
  // The build writes the bundle in ASCII (scripts/ascii-bundle.mjs): read as Latin-1, it is a one-byte string at a
  // fraction of UTF-8's cost; a bundle with any other byte is read as UTF-8.
  const text = isAscii(source) ? source.toString('latin1') : source.toString('utf8');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __geImport) {${text}\n})`, {
    filename: file,
    cachedData,
  });
  const module = { exports: {} };
  // What the engine imports at run time (markup parsers, a user's plugins) goes through this module's `import()`: one
  // from a vm script needs --experimental-vm-modules on Node 20 (src/util/import-module.ts).
  script.runInThisContext()(module.exports, createRequire(file), module, file, dir, (specifier) => import(specifier));
  return { engine: module.exports, script, digest };
}

/** The cache file's bytes for a script that has run: the engine's digest, then V8's data. */
function cacheBytes(script, digest) {
  return Buffer.concat([digest, script.createCachedData()]);
}

module.exports = { loadEngine, cacheBytes };
