/** The command gate's run (imported only when a config has the gate: see index.ts). */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { type GateContext, resolveInside } from '../../src/sdk/index.js';
import type { CommandOptions } from './index.js';
import { errnoOf, exitCheck, LogSink, messageOf, realDirectories, runChild, Tail } from './process.js';
import { mayHavePipeline, PLAIN_SHELL, pipefailShell, type Shell } from './shell.js';

export async function evaluate(ctx: GateContext, options: CommandOptions): Promise<void> {
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

  let shell: Shell | undefined;
  if (typeof options.run === 'string') {
    shell = pipefailShell() ?? (mayHavePipeline(options.run) ? undefined : PLAIN_SHELL);
    if (shell === undefined) {
      ctx.fail('exit_code', 'unchecked_pipeline', 'not run: the shell string has a pipeline, and no shell here has pipefail (bash, or a /bin/sh with `set -o pipefail`), so a failing command before a `|` would pass', {
        expected: 'a shell with pipefail, or a string without a pipeline',
        actual: 'a pipeline and /bin/sh without pipefail',
        fix: 'install bash on the machine that runs the gates, or give the pipeline\'s command its own gate (an argv `run`) and let it write its log itself',
      });
      return;
    }
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
  const outcome = await runChild(options, shell, cwd.abs, ctx.signal, sinks, tail, ctx.env);
  await Promise.all([sinks.stdout.close(), sinks.stderr.close()]);
  // After a timeout the runner has closed the context; nothing recorded now would count anyway.
  if (outcome.kind === 'aborted') return;

  // The command's own result first: it is the reason. Log problems come second and never replace it.
  exitCheck(ctx, outcome, options, shell, cwd.rel, sinks.stderr.shown, tail.text());
  if (outcome.kind === 'exited' && outcome.escaped.length > 0) {
    const n = outcome.escaped.length;
    ctx.fail('process_group', 'escaped_process', `the command left ${n} process${n === 1 ? '' : 'es'} running outside its process group (pid ${outcome.escaped.join(', ')}), killed when it ended: a process that outlives its gate can rewrite evidence, or the verdict, after they are judged`, {
      expected: 'every process the command started ended with it, or stayed in its process group',
      actual: `${n} escaped (setsid, a double fork or a detached spawn)`,
      fix: 'stop background processes (servers, watchers) before the command exits, and do not start them in a new session; a process left in the command\'s own group is ended quietly',
    });
  }

  // A process the command left running was ended mid-way by the engine: whatever it was writing may be cut short.
  if (outcome.kind === 'exited' && outcome.ended) ctx.outputsCut?.('it exited while processes it started were still running in its group, and the engine ended them');

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
}
