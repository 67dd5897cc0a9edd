/**
 * command — runs one command and lets its exit code decide.
 *
 * The lesson this gate is built around (a pipeline whose cleanup step masked the original failure):
 * the command's own result is always the first finding. Nothing that happens afterwards — a log
 * that could not be written, a stream that fails to close, a process group that cannot be
 * signalled — may hide it, replace it or throw out of the gate. And a command that "passes" while
 * its output could not be kept has not left evidence of passing, so the gate fails.
 *
 * There is no separate timeout: the gate entry's `timeout` is the one limit. When the runner aborts
 * the gate, the command's whole process group is terminated (SIGTERM, then SIGKILL), so nothing it
 * started is left running, and the logs keep whatever it printed until then.
 */
import { defineGate } from '../../src/sdk/index.js';

export interface CommandOptions {
  run: string[] | string;
  shell: boolean;
  cwd: string;
  env: Record<string, string>;
  expect_exit: number;
}

/** How long SIGTERM gets before SIGKILL. */
export default defineGate<CommandOptions>({
  type: 'command',
  title: 'Command',
  description: 'Runs a command (argv, or a shell string with shell: true) and passes when it exits with the expected code; stdout and stderr are kept as logs in the output directory.',
  blocking: true,
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['run'],
    properties: {
      run: {
        type: ['array', 'string'],
        minItems: 1,
        items: { type: 'string', minLength: 1, pattern: '^[^\\u0000]*$' },
        minLength: 1,
        pattern: '^[^\\u0000]*$',
        description: 'The command: an argv array run without a shell (["node", "scripts/check.mjs"]), or — only with shell: true — one shell command string.',
      },
      shell: { type: 'boolean', default: false, description: 'Run `run` (then a string) through a shell with -e -o pipefail (/bin/sh when it has pipefail, else bash): the first failing command, or pipeline member, fails the string; under bash a failing command in a $(…) argument or a background job joined by a bare `wait` fails it too. An argv array is never given to a shell.' },
      cwd: { type: 'string', minLength: 1, default: '.', description: 'Working directory, relative to the root; must stay inside it.' },
      env: {
        type: 'object',
        default: {},
        propertyNames: { pattern: '^[^=\\u0000]+$' },
        additionalProperties: { type: 'string', pattern: '^[^\\u0000]*$' },
        description: 'Variables added to (or overriding) the inherited environment.',
      },
      expect_exit: { type: 'integer', minimum: 0, maximum: 255, default: 0, description: 'The exit code that means pass.' },
    },
    if: { properties: { shell: { const: true } }, required: ['shell'] },
    then: { properties: { run: { type: 'string' } } },
    else: { properties: { run: { type: 'array' } } },
  },
  remediation: [
    'Read the failure message (exit code or signal, and the last lines of stderr), then the full stdout.log / stderr.log under commands/<gate id>/ in the output directory.',
    'Reproduce locally by running the same command from the same working directory (relative to the repository root).',
    'A timeout means the command did not finish within the gate entry\'s `timeout`; the logs show how far it got. Raise the timeout only if the work is legitimately slow.',
    'unchecked_pipeline: install bash where the gates run (shell strings then run with pipefail), or run the pipeline\'s first command as its own gate with an argv `run`.',
    'escaped_process: stop servers and watchers before the command exits and do not start them in a new session (setsid, detached spawns); leftovers in the command\'s own group are ended quietly.',
    'logs_unwritable: make the output directory writable (and make sure commands/<gate id> is not a file) — a result whose logs were not kept is not evidence.',
  ],
  evidenceReasons: ['logs_unwritable', 'command_not_started', 'unchecked_pipeline', 'escaped_process'],
  barrier: true,
  reasons: {
    command_failed: 'the command exited with an unexpected code or was killed by a signal',
    command_not_started: 'the command could not be started (its program or working directory does not exist or cannot be used), so there is no evidence to judge — rollback mode never relaxes it',
    unchecked_pipeline: 'a shell string with a pipeline was not run: no shell on the machine has pipefail, so a failing command before a `|` would pass — rollback mode never relaxes it',
    escaped_process: 'the command left processes running outside its process group (killed when it ended, on Linux): one could have rewritten evidence or the verdict after they were judged — rollback mode never relaxes it',
    logs_unwritable: 'the command\'s stdout/stderr could not be written to the output directory, so its result is not kept as evidence',
  },
  // Imported when the gate runs: a run without this gate never loads child process handling.
  async evaluate(ctx, options) {
    return (await import('./evaluate.js')).evaluate(ctx, options);
  },
});
