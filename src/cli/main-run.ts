/**
 * The CLI as a function of (argv, io) → exit code, so tests can drive it in-process and the
 * binary is a two-line wrapper. Every error becomes one readable message and its exit code;
 * stack traces only with GATE_ENGINE_DEBUG=1.
 */
import { EXIT, isEngineError } from '../core/errors.js';
import { packageInfo } from '../package-info.js';
import { didYouMean } from '../util/suggest.js';
import { COMMAND_HELP, MAIN_HELP } from './help.js';
import { diffCommand } from './diff-command.js';
import { mergeCommand } from './merge-command.js';
import { verifyCommand } from './verify-command.js';
import { reportCommand } from './report-command.js';
import { initCommand } from './init-command.js';
import { fenceForGithub, onGithubActions } from './reporting.js';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  /** Aborted when the process is asked to stop (SIGINT/SIGTERM). */
  signal?: AbortSignal;
}

const COMMANDS: Record<string, (argv: string[], io: CliIO) => Promise<number>> = { verify: verifyCommand, diff: diffCommand, merge: mergeCommand };
COMMANDS.report = reportCommand;
COMMANDS.init = initCommand;

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
    const text = topic === undefined ? MAIN_HELP : COMMAND_HELP[topic];
    if (text === undefined) {
      io.stderr(`gate-engine: no help for "${topic}"${didYouMean(topic ?? '', Object.keys(COMMAND_HELP))}\n`);
      return EXIT.CANNOT_EVALUATE;
    }
    io.stdout(text);
    return EXIT.PASS;
  }
  const handler = COMMANDS[command];
  if (!handler) {
    io.stderr(`gate-engine: unknown command "${command}"${didYouMean(command, Object.keys(COMMANDS))}\n  run gate-engine --help for the list of commands\n`);
    jsonError(argv, io, { code: 'usage', message: `unknown command "${command}"`, fix: 'run gate-engine --help for the list of commands', exitCode: EXIT.CANNOT_EVALUATE });
    return EXIT.CANNOT_EVALUATE;
  }
  return handler(rest, io);
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (isEngineError(e) && e.code !== 'internal') {
      const text = `gate-engine: error: ${e.message}\n${e.fix ? `  fix: ${e.fix}\n` : ''}`;
      // A message can quote a file's content or name: in a GitHub Actions log it must not read as a workflow command.
      io.stderr(onGithubActions(io.env) ? fenceForGithub(text) : text);
      jsonError(argv, io, e);
      return e.exitCode;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    io.stderr(
      `gate-engine: internal error (a bug in gate-engine ${packageInfo().version}, not in your evidence): ${err.message}\n` +
        '  please report it with the command you ran and this output' +
        (io.env.GATE_ENGINE_DEBUG ? `\n${err.stack ?? ''}\n` : '; set GATE_ENGINE_DEBUG=1 to include the stack trace\n'),
    );
    return EXIT.INTERNAL;
  }
}
