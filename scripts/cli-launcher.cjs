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
// Exit explicitly: a gate that timed out may still hold timers or handles open, and a verdict that has been written
// must not wait for it. Writes to pipes and files are synchronous on POSIX.
engine.runProcess().then((code) => process.exit(code));
