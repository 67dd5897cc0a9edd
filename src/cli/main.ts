#!/usr/bin/env node
import { runCli } from './main-run.js';

// On SIGINT/SIGTERM/SIGHUP (a closed terminal or CI runner), abort the running gates (a command gate
// kills its process group) and exit without landing outputs for a run that did not finish: the
// staging directory is removed on exit, and the previous outputs stay as they were. A landing is
// one synchronous rename, so a signal never arrives in the middle of it.
const stop = new AbortController();
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.once(signal, () => {
    stop.abort(new Error(`received ${signal}`));
    process.stderr.write(`gate-engine: ${signal}: running gates aborted; no new output landed\n`);
    process.exit(code);
  });
}

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  signal: stop.signal,
});
// Exit explicitly: a gate that timed out may still hold timers or handles open, and a verdict that
// has been written must not wait for it. Writes to pipes and files are synchronous on POSIX.
process.exit(code);
