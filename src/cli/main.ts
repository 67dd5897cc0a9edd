#!/usr/bin/env node
import { runCli } from './main-run.js';
import { installSignalHandlers } from './signals.js';

// SIGINT, SIGTERM and SIGHUP: abort the gates, land nothing (see signals.ts).
const stop = installSignalHandlers();

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
