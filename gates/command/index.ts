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
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { defineGate, resolveInside } from '../../src/sdk/index.js';
import { errnoOf, exitCheck, LogSink, messageOf, realDirectories, runChild, Tail } from './process.js';
export { KILL_GRACE_MS, CLOSE_GRACE_MS, STDERR_TAIL_LINES, STDERR_TAIL_CHARS } from './process.js';

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
      shell: { type: 'boolean', default: false, description: 'Run `run` (then a string) through /bin/sh -c. An argv array is never given to a shell.' },
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
    'logs_unwritable: make the output directory writable (and make sure commands/<gate id> is not a file) — a result whose logs were not kept is not evidence.',
  ],
  evidenceReasons: ['logs_unwritable', 'command_not_started'],
  barrier: true,
  reasons: {
    command_failed: 'the command exited with an unexpected code or was killed by a signal',
    command_not_started: 'the command could not be started (its program or working directory does not exist or cannot be used), so there is no evidence to judge — rollback mode never relaxes it',
    logs_unwritable: 'the command\'s stdout/stderr could not be written to the output directory, so its result is not kept as evidence',
  },
  async evaluate(ctx, options) {
    let cwd: { abs: string; rel: string };
    try {
      cwd = await resolveInside(ctx.root, options.cwd);
    } catch (e) {
      ctx.failFromError('cwd', e);
      return;
    }
    const problem = await fs.stat(cwd.abs).then(
      (stats) => (stats.isDirectory() ? undefined : 'is not a directory'),
      (e: unknown) => (errnoOf(e) === 'ENOENT' ? 'does not exist' : `cannot be used (${errnoOf(e) ?? messageOf(e)})`),
    );
    if (problem !== undefined) {
      ctx.fail('exit_code', 'command_not_started', `could not start: the working directory ${cwd.rel} ${problem}`, {
        path: cwd.rel,
        expected: 'an existing directory inside the root',
        actual: problem,
        fix: 'fix the gate\'s `cwd` option (relative to the repository root)',
      });
      return;
    }

    const logsDir = ctx.logsDir ?? 'commands';
    const logRel = `${logsDir}/${ctx.gateId}`;
    const logDir = join(ctx.outputDir, logsDir, ctx.gateId);
    const dirError = await fs.mkdir(logDir, { recursive: true }).then(
      () => realDirectories(ctx.outputDir, [logsDir, ctx.gateId]),
      (e: unknown) => e ?? new Error('mkdir failed'),
    );
    const sinks = {
      stdout: new LogSink(join(logDir, 'stdout.log'), `${logRel}/stdout.log`),
      stderr: new LogSink(join(logDir, 'stderr.log'), `${logRel}/stderr.log`),
    };
    await Promise.all([sinks.stdout.open(dirError), sinks.stderr.open(dirError)]);
    if (sinks.stdout.ok && sinks.stderr.ok) {
      ctx.keepOutput?.(sinks.stdout.shown);
      ctx.keepOutput?.(sinks.stderr.shown);
      // Recorded before waiting, so the paths are in the verdict even if the command times out.
      ctx.pass('output_captured', `stdout and stderr stream to ${sinks.stdout.shown} and ${sinks.stderr.shown} (relative to the output directory)`, {
        actual: [sinks.stdout.shown, sinks.stderr.shown],
      });
    }

    if (ctx.signal.aborted) {
      await Promise.all([sinks.stdout.close(), sinks.stderr.close()]);
      return;
    }
    const tail = new Tail();
    const outcome = await runChild(options, cwd.abs, ctx.signal, sinks, tail);
    await Promise.all([sinks.stdout.close(), sinks.stderr.close()]);
    // After a timeout the runner has closed the context; nothing recorded now would count anyway.
    if (outcome.kind === 'aborted') return;

    // The command's own result first: it is the reason. Log problems come second and never replace it.
    exitCheck(ctx, outcome, options, cwd.rel, sinks.stderr.shown, tail.text());

    const broken = [sinks.stdout, sinks.stderr].filter((s) => s.error !== undefined);
    if (broken.length === 0) {
      ctx.pass('logs_kept', `kept stdout (${sinks.stdout.bytes} bytes) and stderr (${sinks.stderr.bytes} bytes) in ${logRel}/ of the output directory`);
      return;
    }
    // One finding per distinct failure: a directory that cannot be created breaks both logs at once.
    const reported = new Set<unknown>();
    for (const sink of broken) {
      if (reported.has(sink.error)) continue;
      reported.add(sink.error);
      const what = sink.error === dirError ? `the log directory ${logRel}` : sink.shown;
      ctx.fail('logs_kept', 'logs_unwritable', `could not write ${what} in the output directory: ${messageOf(sink.error)}`, {
        expected: sink.error === dirError ? `${logRel}/stdout.log and ${logRel}/stderr.log written` : `${sink.shown} written`,
        actual: errnoOf(sink.error) ?? messageOf(sink.error),
        fix: `make ${logRel} in the output directory a writable directory (not a file, not a link); a command result without its logs is not kept evidence`,
      });
    }
  },
});
