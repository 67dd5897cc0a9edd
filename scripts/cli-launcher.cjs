#!/usr/bin/env node
// The `gate-engine` executable (copied to dist/src/cli/gate-engine.cjs by scripts/bundle-cli.mjs; dist/src/cli/main.js
// runs it too): the engine bundle, run from its code cache (load-engine.cjs). CommonJS: a CLI start links no ES module.
'use strict';
let engine;
try {
  ({ engine } = require('./load-engine.cjs').loadEngine());
} catch (e) {
  // An installation missing or breaking its engine file: one line and the fix, not a stack trace over a minified line.
  process.stderr.write(`gate-engine: internal error: the engine could not be loaded (${String(e?.message ?? e).split('\n')[0]})\n  fix: reinstall gate-engine (npm ci), or rebuild it (npm run build)\n`);
  process.exit(3);
}
// Regular expressions compiled straight to machine code, not first to bytecode and again to machine code on their
// second use (V8's tier-up): the status readers' patterns built from the whole vocabulary (~100 KB) cost ~60 ms to
// compile and ~175 ms more to tier up, paid by every run that reads a count beside a status. Set after the code cache
// is loaded (a V8 flag on the command line would make V8 refuse the cache). Measured in interleaved pairs: the 1×
// reference run −4–9% CPU, 10× −4%, the demo unchanged.
require('node:v8').setFlagsFromString('--no-regexp-tier-up');
// Exit explicitly: a gate that timed out may still hold timers or handles open, and a verdict that has been written
// must not wait for it. Writes to pipes and files are synchronous on POSIX.
engine.runProcess().then((code) => process.exit(code));
