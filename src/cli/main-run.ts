/**
 * The CLI as a function of (argv, io) → exit code, so tests can drive it in-process and the
 * binary is a two-line wrapper. Every error becomes one readable message and its exit code;
 * stack traces only with GATE_ENGINE_DEBUG=1.
 */
import { EXIT, isEngineError } from '../core/errors.js';
import { boundHeapGrowth } from '../core/memory.js';
import { packageInfo } from '../package-info.js';
import { didYouMean } from '../util/suggest.js';
import { escapeTerminal } from '../util/terminal.js';
import { COMMAND_HELP, MAIN_HELP } from './help.js';
import { fenceForGithub, onGithubActions } from './reporting.js';
import { installSignalHandlers } from './signals.js';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  /** Aborted when the process is asked to stop (SIGINT/SIGTERM). */
  signal?: AbortSignal;
}

type Command = (argv: string[], io: CliIO) => Promise<number>;

// Each command is imported when it runs: `verify` never pays for loading `merge` or `diff`, nor they for the gates.
const COMMANDS: Record<string, () => Promise<Command>> = {
  verify: async () => (await import('./verify-command.js')).verifyCommand,
  diff: async () => (await import('./diff-command.js')).diffCommand,
  merge: async () => (await import('./merge-command.js')).mergeCommand,
  check: async () => (await import('./check-command.js')).checkCommand,
  config: async () => (await import('./config-command.js')).configCommand,
  report: async () => (await import('./report-command.js')).reportCommand,
  init: async () => (await import('./init-command.js')).initCommand,
  runbook: async () => (await import('./runbook-command.js')).runbookCommand,
};

/** With --json, an error that ends the run is also a JSON object on stdout, for scripts that parse it. */
function jsonError(argv: string[], io: CliIO, error: { code: string; message: string; fix?: string | undefined; exitCode: number }): void {
  const options = argv.slice(0, argv.includes('--') ? argv.indexOf('--') : argv.length);
  if (!options.includes('--json')) return;
  io.stdout(`${JSON.stringify({ error: { code: error.code, message: error.message, ...(error.fix !== undefined ? { fix: error.fix } : {}), exit_code: error.exitCode } }, null, 2)}\n`);
}

async function dispatch(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help') {
    io.stdout(MAIN_HELP);
    return command === undefined ? EXIT.CANNOT_EVALUATE : EXIT.PASS;
  }
  if (command === '-v' || command === '--version') {
    io.stdout(`${packageInfo().version}\n`);
    return EXIT.PASS;
  }
  if (command === 'help') {
    const topic = rest[0];
    const text = topic === undefined ? MAIN_HELP : Object.hasOwn(COMMAND_HELP, topic) ? COMMAND_HELP[topic] : undefined;
    if (text === undefined) {
      io.stderr(escapeTerminal(`gate-engine: no help for "${topic}"${didYouMean(topic ?? '', Object.keys(COMMAND_HELP))}\n`));
      return EXIT.CANNOT_EVALUATE;
    }
    io.stdout(text);
    return EXIT.PASS;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    io.stderr(escapeTerminal(`gate-engine: unknown command "${command}"${didYouMean(command, Object.keys(COMMANDS))}\n  run gate-engine --help for the list of commands\n`));
    jsonError(argv, io, { code: 'usage', message: `unknown command "${command}"`, fix: 'run gate-engine --help for the list of commands', exitCode: EXIT.CANNOT_EVALUATE });
    return EXIT.CANNOT_EVALUATE;
  }
  return (await load())(rest, io);
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (isEngineError(e) && e.code !== 'internal') {
      const text = escapeTerminal(`gate-engine: error: ${e.message}\n${e.fix ? `  fix: ${e.fix}\n` : ''}`);
      // A message can quote a file's content or name: in a GitHub Actions log it must not read as a workflow command.
      io.stderr(onGithubActions(io.env) ? fenceForGithub(text) : text);
      jsonError(argv, io, e);
      return e.exitCode;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    io.stderr(
      `gate-engine: internal error (a bug in gate-engine ${packageInfo().version}, not in your evidence): ${escapeTerminal(err.message)}\n` +
        '  please report it with the command you ran and this output' +
        (io.env.GATE_ENGINE_DEBUG ? `\n${err.stack ?? ''}\n` : '; set GATE_ENGINE_DEBUG=1 to include the stack trace\n'),
    );
    return EXIT.INTERNAL;
  }
}

/** The CLI as the executable runs it: this process's arguments, streams, environment and signals; the exit code. */
export function runProcess(): Promise<number> {
  // SIGINT, SIGTERM and SIGHUP: abort the gates, land nothing (see signals.ts).
  const stop = installSignalHandlers();
  boundHeapGrowth(process.execArgv);
  return runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    signal: stop.signal,
  });
}
