/**
 * Running the command gate's program: a process group that can be terminated as a whole, its output streamed to a log with a bounded tail kept for messages, and the exit status judged.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { constants, promises as fs, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { childEnvironment, type GateContext, shellJoin } from '../../src/sdk/index.js';
import { endFamily, MARK_VARIABLE, newMark } from './escaped.js';
import { PLAIN_SHELL, preludeFor, type Shell, withoutShellStartup } from './shell.js';
import type { CommandOptions } from './index.js';

export const KILL_GRACE_MS = 2000;
/** How long stdout/stderr may stay open after the command exited (a background child holding them). */
export const CLOSE_GRACE_MS = 2000;
export const STDERR_TAIL_LINES = 5;
export const STDERR_TAIL_CHARS = 500;
/** Bytes of stderr kept in memory for the failure message (the full stream goes to the log). */
const TAIL_BYTES = 8192;
const MAX_SHOWN_COMMAND = 160;

type Outcome =
  /** `ended`: processes the command left running in its group when its output closed, ended by the engine. */
  | { kind: 'exited'; code: number | null; signal: NodeJS.Signals | null; escaped: number[]; ended: boolean }
  | { kind: 'not_started'; error: unknown }
  | { kind: 'aborted' };

export const errnoOf = (e: unknown): string | undefined => {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};
export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * One of the two log files. Output is written as it arrives (so a command killed on timeout keeps
 * what it printed), with back-pressure; once writing fails the source is still drained so the
 * command never blocks on a full pipe, and the error is remembered for the `logs_kept` check.
 */
export class LogSink {
  error: unknown;
  bytes = 0;
  private stream: WriteStream | undefined;
  private sources: Readable[] = [];

  constructor(readonly abs: string, readonly shown: string) {}

  async open(dirError: unknown): Promise<void> {
    if (dirError !== undefined) {
      this.error = dirError;
      return;
    }
    try {
      // O_NOFOLLOW: a link planted where a log goes (by an earlier command) is never written through.
      const handle = await fs.open(this.abs, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
      this.stream = handle.createWriteStream();
      this.stream.on('error', (e) => this.broken(e));
    } catch (e) {
      this.error = e;
    }
  }

  get ok(): boolean {
    return this.stream !== undefined && this.error === undefined;
  }

  write(chunk: Buffer, source: Readable): void {
    const stream = this.stream;
    if (stream === undefined || this.error !== undefined) return;
    this.bytes += chunk.length;
    if (!stream.write(chunk)) {
      source.pause();
      this.sources.push(source);
      stream.once('drain', () => this.resumeSources());
    }
  }

  private broken(e: unknown): void {
    if (this.error === undefined) this.error = e;
    this.resumeSources();
  }

  private resumeSources(): void {
    for (const s of this.sources.splice(0)) s.resume();
  }

  /** Flush and close; never rejects. */
  async close(): Promise<void> {
    const stream = this.stream;
    if (stream === undefined) return;
    try {
      stream.end();
      await finished(stream);
    } catch (e) {
      if (this.error === undefined) this.error = e;
    }
  }
}

/** The last few lines of what the command wrote to stderr, bounded in lines and characters. */
export class Tail {
  private chunks: Buffer[] = [];
  private size = 0;

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size - (this.chunks[0]?.length ?? 0) >= TAIL_BYTES && this.chunks.length > 1) {
      this.size -= (this.chunks.shift() as Buffer).length;
    }
  }

  text(): string {
    let buffer = Buffer.concat(this.chunks);
    if (buffer.length > TAIL_BYTES) buffer = buffer.subarray(buffer.length - TAIL_BYTES);
    // A cut through a multi-byte character decodes as U+FFFD at the start; drop it.
    const decoded = buffer.toString('utf8').replace(/^\uFFFD+/, '');
    const lines = decoded.split(/\r?\n/).map((l) => l.trimEnd());
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    let tail = lines.slice(-STDERR_TAIL_LINES).join('\n');
    if (tail.length > STDERR_TAIL_CHARS) tail = `…${tail.slice(tail.length - (STDERR_TAIL_CHARS - 1))}`;
    return tail;
  }
}

/** Each directory on the way to the logs must be a real directory: a link there would carry the logs out of the output directory. */
export async function realDirectories(base: string, parts: readonly string[]): Promise<unknown> {
  let path = base;
  for (const part of parts) {
    path = join(path, part);
    const st = await fs.lstat(path).catch((e: unknown) => e as Error);
    if (st instanceof Error) return st;
    if (!st.isDirectory()) return Object.assign(new Error(`${part} is ${st.isSymbolicLink() ? 'a symbolic link' : 'not a directory'}; logs are never written through links`), { code: 'ELOOP' });
  }
  return undefined;
}

/** What runs: the argv array, or a shell string given to the shell chosen for it (after its prelude, on the same line). */
function argvOf(options: CommandOptions, shell: Shell | undefined): readonly string[] {
  if (typeof options.run !== 'string') return options.run;
  const { file, args, traps } = shell ?? PLAIN_SHELL;
  return [file, ...args, '-c', traps === true ? preludeFor(options.run) + options.run : options.run];
}

/** As written in the config: the argv array in JSON form, or the shell string. */
function showCommand(options: CommandOptions): string {
  const text = typeof options.run === 'string' ? options.run : JSON.stringify(options.run);
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_SHOWN_COMMAND ? `${flat.slice(0, MAX_SHOWN_COMMAND - 1)}…` : flat;
}

/**
 * A copy-pasteable shell line that re-runs the command from the repository root. A shell string is wrapped in the
 * shell that ran it: the user's own shell may lack pipefail, and `K=v a && b` would give the variables to `a` only.
 */
function reproduceLine(options: CommandOptions, cwdRel: string, shell: Shell | undefined): string {
  const env = Object.entries(options.env).map(([k, v]) => shellJoin([`${k}=${v}`]));
  const command = shellJoin(argvOf(options, shell));
  return [...(cwdRel === '.' ? [] : [`cd ${shellJoin([cwdRel])} &&`]), ...env, command].join(' ');
}

function notStartedReason(error: unknown, program: string): string {
  const code = errnoOf(error);
  if (code === 'ENOENT') return `"${program}" was not found (ENOENT)`;
  if (code === 'EACCES') return `"${program}" is not executable (EACCES)`;
  return messageOf(error);
}

/**
 * Spawn in its own process group, stream both outputs, and settle when the command has exited and
 * its outputs are closed. Never rejects. `inherited` is the run's environment (VerifyOptions.env, the process's by
 * default): a library caller who hands the run an environment hands it to its commands too.
 */
export function runChild(
  options: CommandOptions,
  shell: Shell | undefined,
  cwd: string,
  signal: AbortSignal,
  sinks: { stdout: LogSink; stderr: LogSink },
  tail: Tail,
  inherited: Readonly<Record<string, string | undefined>>,
): Promise<Outcome> {
  return new Promise<Outcome>((resolve) => {
    let settled = false;
    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    let closeTimer: NodeJS.Timeout | undefined;
    let child: ChildProcess;
    let pid: number | undefined;
    const mark = newMark();
    // One ending per command, shared by a timeout and the close that follows it.
    let ending: Promise<{ escaped: number[]; ended: boolean }> | undefined;
    const end = (group: number) => (ending ??= endFamily(group, mark, KILL_GRACE_MS));

    const onAbort = () => {
      if (pid !== undefined) void end(pid);
    };
    const settle = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(closeTimer);
      signal.removeEventListener('abort', onAbort);
      resolve(outcome);
    };

    try {
      const spawnOptions = {
        cwd,
        env: childEnvironment(typeof options.run === 'string' ? withoutShellStartup(inherited) : inherited, { ...options.env, [MARK_VARIABLE]: mark }),
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'] as ['ignore', 'pipe', 'pipe'],
        windowsHide: true,
      };
      const [file, ...args] = argvOf(options, shell);
      child = spawn(file as string, args, { ...spawnOptions, shell: false });
    } catch (error) {
      settle({ kind: 'not_started', error });
      return;
    }
    pid = child.pid;

    const attach = (source: Readable | null, sink: LogSink, alsoTail: boolean) => {
      if (source === null) return;
      source.on('data', (chunk: Buffer) => {
        if (alsoTail) tail.push(chunk);
        sink.write(chunk, source);
      });
      source.on('error', () => undefined);
    };
    attach(child.stdout, sinks.stdout, false);
    attach(child.stderr, sinks.stderr, true);

    child.on('error', (error) => {
      // Also emitted when a running process cannot be signalled; only a failed spawn settles here.
      if (child.pid === undefined) settle({ kind: 'not_started', error });
    });
    child.on('exit', (code, sig) => {
      exit = { code, signal: sig };
      // The command is done, but something it started in the background may still hold stdout or
      // stderr open. Give it a moment, then stop reading: the close that follows ends the group.
      closeTimer = setTimeout(() => {
        child.stdout?.destroy();
        child.stderr?.destroy();
      }, CLOSE_GRACE_MS);
    });
    child.on('close', (code, sig) => {
      const result = exit ?? { code, signal: sig };
      // Nothing the command started may outlive the gate: the gate is judged once its whole family is gone, so a
      // leftover cannot write on while later gates read, nor leave the group while it is being ended.
      void (pid === undefined ? Promise.resolve({ escaped: [], ended: false }) : end(pid)).then((family) => settle(signal.aborted ? { kind: 'aborted' } : { kind: 'exited', ...result, ...family }));
    });

    if (pid === undefined) return; // spawn failed; the 'error' event settles
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
}

export function exitCheck(ctx: GateContext, outcome: Exclude<Outcome, { kind: 'aborted' }>, options: CommandOptions, shell: Shell | undefined, cwdRel: string, stderrShown: string, tail: string): void {
  const where = cwdRel === '.' ? '' : ` in ${cwdRel}`;
  const program = argvOf(options, shell)[0] as string;
  let failure: { message: string; actual: unknown } | undefined;
  if (outcome.kind === 'not_started') {
    failure = { message: `could not start: ${notStartedReason(outcome.error, program)}`, actual: `not started (${errnoOf(outcome.error) ?? 'error'})` };
  } else if (outcome.signal !== null) {
    failure = { message: `killed by signal ${outcome.signal}`, actual: outcome.signal };
  } else if (outcome.code !== options.expect_exit) {
    failure = { message: `exited with ${outcome.code} (expected ${options.expect_exit})`, actual: outcome.code };
  }
  if (failure === undefined) {
    ctx.pass('exit_code', `exited with ${options.expect_exit} (expected ${options.expect_exit}): ${showCommand(options)}${where}`, { expected: options.expect_exit, actual: options.expect_exit });
    return;
  }
  const stderr = tail === '' ? '' : `; stderr ends with:\n${tail}`;
  const reproduce = `reproduce from the repository root with: ${reproduceLine(options, cwdRel, shell)}`;
  // A command that never started produced no evidence at all: its own code, which rollback never relaxes.
  ctx.fail('exit_code', outcome.kind === 'not_started' ? 'command_not_started' : 'command_failed', `${failure.message}${stderr}`, {
    expected: options.expect_exit,
    actual: failure.actual,
    fix:
      outcome.kind === 'not_started'
        ? `check that the program is installed and on PATH for the CI user (or give its path) and that it is executable; ${reproduce}`
        : `read ${stderrShown} in the output directory for the full output; ${reproduce}`,
  });
}
