// A warm gate-engine CLI for the kill test: imports everything, installs the CLI's own signal
// handlers, says "ready", then runs the one command it is sent on stdin (a JSON line
// {args, cwd, env}) exactly as dist/src/cli/gate-engine.cjs would. Starting node and importing the engine
// is not what the kill test is about; the run is. The engine is the executable's own (the bundle, from its code cache).
import { loadEngine } from '../../dist/src/cli/load-engine.cjs';

const { runCli, installSignalHandlers } = loadEngine().engine;

const stop = installSignalHandlers();
let buffer = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  buffer += chunk;
  const nl = buffer.indexOf('\n');
  if (nl === -1) return;
  process.stdin.pause();
  const { args, cwd, env } = JSON.parse(buffer.slice(0, nl));
  Object.assign(process.env, env);
  runCli(args, { stdout: () => undefined, stderr: (t) => process.stderr.write(t), cwd, env: process.env, isTTY: false, signal: stop.signal }).then((code) => process.exit(code));
});
process.stdout.write('ready\n');
