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
// No V8 flag is changed at run time here: `--no-regexp-tier-up` set after start (it saved the 1× reference run 4–9% of its
// CPU) made about one run in a hundred that loads a plugin end in SIGSEGV (measured: 5 of 440 runs, 0 of 500 without
// it; Node documents flags changed after start as undefined behaviour). A lost verdict costs more than the regexps.
// Exit explicitly: a gate that timed out may still hold timers or handles open, and a verdict that has been written
// must not wait for it. Writes to pipes and files are synchronous on POSIX.
engine.runProcess().then((code) => process.exit(code));
