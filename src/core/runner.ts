/**
 * Runs planned gates. Knows nothing about any particular gate: it hands each one a context, waits
 * at most its timeout, and turns whatever happens — findings, a thrown error, a hang, a bogus
 * return value — into a GateResult. A gate can fail; it can never abort the run.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { lstat, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { collapseArtifacts } from './artifact-tree.js';
import { heapBound, HeapGuard, mb, ResourceLimitError, type HeapTrip } from './memory.js';
import { ArtifactError } from '../artifacts/errors.js';
import { DEFAULT_FUTURE_SKEW_MS, type DatedMoment } from '../artifacts/freshness.js';
import { judgedFileNow } from '../artifacts/load.js';
import { openResolverScope } from '../artifacts/paths.js';
import { filesJudgedTwice, judgedTwiceText } from './judged.js';
import { artifactErrorCheck, createGateContext } from './context.js';
import { applyPolicy, describeChecks, foldChecks, waivedDetail, type PolicyOptions } from './fold.js';
import { changeTimeNow, ChangedWhenRead, type ChangeTimeMark, ChangeTimeMemo, changedBeforeMark, compareWrites, datedBeforeItsWriter, shortcutMark, failedWindowOf, LeftoverRegistry, refuseAbsentWriter, refuseBeforeWriter, refuseLeftover, snapshotWrites, unwrittenCheck, WriterLookup, writtenWhileFailing } from './declared-writes.js';
import { declaredWriter, type DeclaredWriter, type RunOrder } from './order.js';
import type { Clock } from '../util/time.js';
import type { AnyGateDefinition, ArtifactRecord, CheckResult, GateResult, GateWaiver, Lane, WaiverBook, WaiverEntry } from './types.js';
import { activeWaiverFor, unusedWaiverChecks, WAIVER_GATE_TYPE, WAIVER_NOT_APPLICABLE, waiverRefusedChecks, waiverWords } from './waivers.js';
import { plural } from '../util/plural.js';

export interface PlannedGate {
  id: string;
  type: string;
  name: string;
  bead?: string;
  blocking: boolean;
  definition: AnyGateDefinition;
  /** Validated against the gate's schema, defaults filled in. */
  options: Record<string, unknown>;
  timeoutMs: number;
  needs?: readonly string[];
  writes?: readonly string[];
  reproduceCommand: string;
  remediation: string[];
  artifactPath?: string;
}

export interface GateRun {
  result: GateResult;
  startedAt: Date;
  finishedAt: Date;
  /**
   * Every file the gate judged, with the digest it judged it as — also those its verdict entry collapses into one
   * scanned-tree entry: a file of a tree is evidence like any other (rewritten later in the run, judged as other bytes
   * by another gate, written by a step that failed), so the run's end compares these, not the collapsed entries.
   */
  judged?: readonly ArtifactRecord[];
  /** Per file the gate read with a bound on its age, the earliest moment it says its run had produced it by. */
  runEnds?: ReadonlyMap<string, DatedMoment>;
}

export interface RunEnvironment {
  root: string;
  outputDir: string;
  /** Where command logs go, relative to outputDir (each lane has its own). */
  logsDir?: string;
  /** A gate declares a file it wrote under outputDir; the run refuses to land if it is gone by then. */
  keepOutput?: (rel: string) => void;
  runId: string;
  env: Readonly<Record<string, string | undefined>>;
  clock: Clock;
  lane: Lane;
  waivers: WaiverBook;
  policy?: PolicyOptions;
  /** Aborts every running gate (the CLI on SIGINT/SIGTERM), so gates can stop child processes. */
  signal?: AbortSignal;
  /** Gates running at once in the full lane (default: GATE_ENGINE_CONCURRENCY, else DEFAULT_GATE_CONCURRENCY). */
  concurrency?: number;
  /** Files declared writers of this run left untouched (runAll and runPreflight make one when absent). */
  leftovers?: LeftoverRegistry;
  /** The run's start on the change-time clock, taken before any gate reads (runAll and runPreflight take it when absent). */
  startedAt?: ChangeTimeMark;
  /** Whether each file read had been written in this run when it was read (runAll and runPreflight make one with `startedAt`). */
  changedWhenRead?: ChangedWhenRead;
}

type Outcome = { kind: 'returned'; value: unknown } | { kind: 'threw'; error: unknown } | { kind: 'timeout' };

export class GateTimeoutError extends Error {
  override readonly name = 'GateTimeoutError';
}

/**
 * Time charged to running gates, so that a timeout catches a hang and not contention. The gates of a run share
 * one event loop: while it is busy, each of the `k` running gates is charged 1/k of that time (its fair share);
 * while it is idle (gates waiting on I/O, a child process, or a promise that never settles), each is charged in
 * full. A gate that hangs while another gate computes still times out (later, but it does); a gate that is only
 * slow because others use the CPU does not. Process-wide, because the event loop is.
 */
class SharedLoopClock {
  private charged = 0;
  private running = 0;
  private last = performance.eventLoopUtilization();
  /** Busy time since the last CPU sample, and the running gates' share of it, not yet bounded by the CPU time. */
  private busy = 0;
  private busyShare = 0;
  private lastCpu = process.cpuUsage();
  private lastCpuAt = performance.now();

  private advance(): number {
    const now = performance.eventLoopUtilization();
    const { active, idle } = performance.eventLoopUtilization(now, this.last);
    this.last = now;
    this.charged += idle;
    this.busy += active;
    this.busyShare += active / Math.max(1, this.running);
    // Busy time is what the process really got of the CPU: while other processes held the machine's cores the loop
    // looked busy but did no work, and that time is nobody's (the CPU time of every thread bounds it from above).
    // Reading the CPU time is a system call that costs 8–80 µs on a loaded machine, and gates enter, leave and
    // check their deadlines thousands of times in a long run: it is sampled at most every CPU_SAMPLE_MS, and the
    // busy time between samples is charged in full until the sample scales it down (a deadline reads at most that
    // much off).
    const at = performance.now();
    if (at - this.lastCpuAt < CPU_SAMPLE_MS) return this.charged + this.busyShare;
    const cpu = process.cpuUsage();
    const worked = (cpu.user - this.lastCpu.user + cpu.system - this.lastCpu.system) / 1000;
    if (this.busy > 0) this.charged += this.busyShare * Math.min(1, worked / this.busy);
    this.lastCpu = cpu;
    this.lastCpuAt = at;
    this.busy = 0;
    this.busyShare = 0;
    return this.charged;
  }

  /** Marks a gate as running; returns the charge mark it starts from. */
  enter(): number {
    const mark = this.advance();
    this.running++;
    return mark;
  }

  leave(): void {
    this.advance();
    this.running--;
  }

  /** Milliseconds charged to a gate that entered at `mark`. */
  since(mark: number): number {
    return this.advance() - mark;
  }
}

/** How often the shared loop clock reads the process's CPU time (ms of wall time). */
const CPU_SAMPLE_MS = 20;

const loopClock = new SharedLoopClock();

/**
 * A gate's time limit in charged time (see SharedLoopClock), paused while the gate waits for a writer it
 * must not race (see order.ts): time spent waiting on another gate is not the gate's own, and counting it
 * would make the verdict depend on scheduling. The wall-clock timer is only a wake-up.
 */
class Deadline {
  private timer: NodeJS.Timeout | undefined;
  private used = 0;
  private mark: number;
  private paused = 0;
  constructor(private readonly limit: number, private readonly expire: () => void) {
    this.mark = loopClock.enter();
    this.wake(limit);
  }
  private wake(ms: number): void {
    this.timer = setTimeout(() => this.check(), Math.max(1, Math.ceil(ms)));
  }
  private check(): void {
    if (this.paused > 0) return;
    const left = this.limit - this.used - loopClock.since(this.mark);
    if (left <= 0) this.expire();
    else this.wake(left);
  }
  pause(): void {
    if (this.paused++ > 0) return;
    clearTimeout(this.timer);
    this.used += loopClock.since(this.mark);
    loopClock.leave();
  }
  resume(): void {
    if (--this.paused > 0) return;
    this.mark = loopClock.enter();
    this.wake(this.limit - this.used);
  }
  clear(): void {
    clearTimeout(this.timer);
    if (this.paused === 0) loopClock.leave();
    this.paused = Number.POSITIVE_INFINITY;
  }
}

/**
 * How long a barrier gate stopped at its timeout may take to wind down before the gates after it start: a command's
 * family gets SIGTERM, a grace period and SIGKILL, and a member that ignores SIGTERM would otherwise write on while
 * later gates read. A gate that ignores its abort signal longer goes on in the background.
 */
const WIND_DOWN_MS = 5_000;

async function windDown(work: Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work, new Promise((resolve) => (timer = setTimeout(resolve, WIND_DOWN_MS)))]);
  clearTimeout(timer);
}

/** `close`: called at a timeout, before the wind-down: what the gate records afterwards does not count. */
async function evaluateWithTimeout(gate: PlannedGate, run: (deadline: Deadline) => unknown, controller: AbortController, close: () => void): Promise<Outcome> {
  let deadline: Deadline | undefined;
  const timeout = new Promise<Outcome>((resolve) => {
    deadline = new Deadline(gate.timeoutMs, () => resolve({ kind: 'timeout' }));
  });
  const work = (async () => run(deadline as Deadline))().then(
    (value): Outcome => ({ kind: 'returned', value }),
    (error: unknown): Outcome => ({ kind: 'threw', error }),
  );
  try {
    const outcome = await Promise.race([work, timeout]);
    if (outcome.kind === 'timeout') {
      controller.abort(new GateTimeoutError(`gate ${gate.id} exceeded ${gate.timeoutMs} ms`));
      close();
      deadline?.clear(); // the wind-down is not charged to the gates still running
      // A barrier may write anywhere (a command and what it started): later gates start once it has wound down.
      if (gate.definition.barrier === true) await windDown(work);
    }
    return outcome;
  } finally {
    deadline?.clear();
  }
}

function resourceLimitCheck(trip: HeapTrip): CheckResult {
  return {
    id: 'evaluate',
    status: 'fail',
    code: 'resource_limit',
    message: `the gate was stopped when the JS heap held ${mb(trip.usedBytes)}, past the bound of ${mb(trip.boundBytes)} (at ${trip.at}); its evidence was not fully read`,
    expected: `heap in use ≤ ${mb(trip.boundBytes)}`,
    actual: mb(trip.usedBytes),
    fix: 'raise the bound (GATE_ENGINE_MAX_HEAP_MB, or node --max-old-space-size), or narrow the gate\'s scope (ignore generated code)',
  };
}

function firstStackFrame(error: unknown): string | undefined {
  try {
    const stack = error instanceof Error ? error.stack : undefined;
    return typeof stack === 'string' ? stack.split('\n').find((l) => l.trim().startsWith('at '))?.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** "TypeError: boom" for what a gate threw, whatever it threw: a value whose name, message or toString throws is still described. */
function describeThrown(error: unknown): string {
  try {
    if (error instanceof Error) {
      const name = typeof error.name === 'string' ? error.name : 'Error';
      const message = typeof error.message === 'string' ? error.message : '';
      return `${name}: ${message}`;
    }
    return `Error: ${String(error)}`;
  } catch {
    return `a ${error === null ? 'null' : typeof error} that cannot be shown`;
  }
}

/** Outcomes in which a gate was stopped before it finished: a command it ran was killed mid-way. */
const STOPPED: ReadonlySet<string> = new Set(['timeout', 'crashed', 'resource_limit']);
const STOPPED_REASON: Readonly<Record<string, string>> = { timeout: 'it timed out', crashed: 'it crashed', resource_limit: 'it passed the heap bound' };

function outcomeCheck(gate: PlannedGate, outcome: Outcome): CheckResult | undefined {
  switch (outcome.kind) {
    case 'timeout':
      return {
        id: 'evaluate',
        status: 'fail',
        code: 'timeout',
        message: `gate did not finish within ${gate.timeoutMs} ms`,
        expected: `finished within ${gate.timeoutMs} ms`,
        actual: 'still running',
        fix: 'find what the gate waits on (a huge input, a hung command); raise timeout_ms only if the work is legitimately slow',
      };
    case 'threw': {
      if (outcome.error instanceof ArtifactError) {
        // An ArtifactError a gate forged (a getter, a non-text code) is a crash like any other throw.
        try {
          const { code, message } = outcome.error;
          if (typeof code === 'string' && code.trim() !== '' && typeof message === 'string' && message.trim() !== '') return artifactErrorCheck('artifact', outcome.error);
        } catch {
          // fall through: described as a crash
        }
      }
      const frame = firstStackFrame(outcome.error);
      return {
        id: 'evaluate',
        status: 'fail',
        code: 'crashed',
        message: `gate threw ${describeThrown(outcome.error)}`,
        ...(frame ? { actual: frame } : {}),
        fix: `this is a bug in the "${gate.type}" gate, not in your evidence; report it with this message`,
      };
    }
    case 'returned':
      // Gates report through ctx; a return value would be silently ignored, which is how a
      // hand-written "return 'pass'" could look like success. Refuse it.
      if (outcome.value === undefined) return undefined;
      return {
        id: 'evaluate',
        status: 'fail',
        code: 'crashed',
        message: `gate returned a value (${typeof outcome.value}) instead of reporting through ctx.pass/fail/warn`,
        fix: `fix the "${gate.type}" gate: evaluate() must return nothing and record checks on its context`,
      };
  }
}

/**
 * A gate that returned while reads it started were still in flight (a `ctx.read.json(p).then(…)` never awaited) was
 * judged before it finished: what those reads would have found — a failure — comes after the gate's result, and is
 * dropped. Such a gate did not evaluate its evidence; it is crashed, unless it already fails (red team hb).
 */
function pendingCheck(gate: PlannedGate, checks: readonly CheckResult[], pending: number): CheckResult | undefined {
  if (pending === 0 || checks.some((c) => c.status === 'fail')) return undefined;
  return {
    id: 'evaluate',
    status: 'fail',
    code: 'crashed',
    message: `gate returned while ${plural(pending, 'read')} it started ${pending === 1 ? 'was' : 'were'} still pending: what ${pending === 1 ? 'it' : 'they'} would find comes after the gate was judged`,
    expected: 'every read, listing and existence check awaited before evaluate() returns',
    actual: `${pending} pending`,
    fix: `fix the "${gate.type}" gate: await every ctx.read.*, ctx.list and ctx.exists call (and finish every JSONL loop) before evaluate() returns`,
  };
}


/**
 * One listener per run signal, however many gates run at once: a listener per gate on the caller's
 * signal would pass Node's limit of 10 and print a MaxListenersExceededWarning on stderr.
 */
const relays = new WeakMap<AbortSignal, Set<AbortController>>();
function relayAbort(signal: AbortSignal, controller: AbortController): () => void {
  if (signal.aborted) {
    controller.abort(signal.reason);
    return () => undefined;
  }
  let set = relays.get(signal);
  if (set === undefined) {
    const created = new Set<AbortController>();
    set = created;
    relays.set(signal, created);
    signal.addEventListener('abort', () => {
      for (const c of created) c.abort(signal.reason);
      created.clear();
    }, { once: true });
  }
  set.add(controller);
  const mine = set;
  return () => mine.delete(controller);
}

/** Wait for the declared-writes barriers this gate must not race, for a path it touches (undefined = a listing). */
export type WriterWait = (path: string | undefined) => Promise<void>;

export async function runGate(gate: PlannedGate, env: RunEnvironment, writers?: WriterWait): Promise<GateRun> {
  const startedAt = env.clock.now();
  const t0 = env.clock.elapsed();
  const controller = new AbortController();
  const unlink = env.signal ? relayAbort(env.signal, controller) : () => undefined;
  let deadline: Deadline | undefined;
  const leftovers = env.leftovers;
  const stoppedLookup = new WriterLookup(env.root, env.outputDir);
  const beforeAccess = async (path: string | undefined) => {
    if (writers) {
      deadline?.pause();
      try {
        await writers(path);
      } finally {
        deadline?.resume();
      }
    }
    if (path !== undefined && leftovers) await refuseLeftover(leftovers, env.root, path, stoppedLookup);
    if (path !== undefined) await env.changedWhenRead?.note(path);
  };
  const declaredWrites = gate.definition.barrier === true ? gate.writes : undefined;
  // When a command started, on the clock the kernel stamps files with: what it wrote is judged by it (see below).
  const since = gate.definition.barrier === true ? await changeTimeNow(env.outputDir) : undefined;
  const before = declaredWrites && (await snapshotWrites(env.root, declaredWrites, env.outputDir));
  // Why what the gate's command wrote may be cut short (a timeout, processes it left running), once known.
  let cut: string | undefined;
  // Past the heap bound the gate is stopped (its reads throw, its signal aborts) and fails with resource_limit.
  const heap = new HeapGuard(heapBound(env.env), (trip) => controller.abort(new ResourceLimitError(`gate ${gate.id} stopped: the JS heap holds ${mb(trip.usedBytes)}, past the bound of ${mb(trip.boundBytes)}`)));
  const handle = createGateContext(gate.id, { heap, root: env.root, outputDir: env.outputDir, ...(env.logsDir !== undefined ? { logsDir: env.logsDir } : {}), ...(env.keepOutput ? { keepOutput: env.keepOutput } : {}), runId: env.runId, env: env.env, now: startedAt, signal: controller.signal, waivers: env.waivers, beforeAccess, outputsCut: (reason) => void (cut ??= reason) });
  // What the gate had started and not yet seen settle when its evaluate() returned (see pendingCheck).
  let pendingAtReturn = 0;
  const outcome = await evaluateWithTimeout(
    gate,
    async (d) => {
      deadline = d;
      const value: unknown = await gate.definition.evaluate(handle.ctx, gate.options);
      pendingAtReturn = handle.pending();
      return value;
    },
    controller,
    handle.close,
  );
  unlink();
  handle.close();
  const checks = [...handle.evidence.checks];
  // A gate stopped at the heap bound fails for that, whatever it made of the error its read threw.
  const extra = heap.tripped !== undefined ? resourceLimitCheck(heap.tripped) : (outcomeCheck(gate, outcome) ?? pendingCheck(gate, checks, pendingAtReturn));
  if (extra) checks.push(extra);
  // A writer stopped mid-way may have cut its output anywhere, and its command may still be writing: none of it is evidence.
  if (extra !== undefined && STOPPED.has(extra.code)) cut = STOPPED_REASON[extra.code];
  if (declaredWrites && before && since !== undefined) {
    const written = await compareWrites(env.root, declaredWrites, env.outputDir, before, since.atOrAbove, { startedAt, now: env.clock.now() });
    leftovers?.add(gate.id, written.leftovers, written.placed);
    leftovers?.addWritten(gate.id, startedAt, written.written);
    if (cut !== undefined) leftovers?.stopped.push({ writer: declaredWriter(gate.id, declaredWrites), reason: cut });
    if (written.unwritten.length > 0) checks.push(unwrittenCheck(written.unwritten));
  }
  const { settled, added } = settle(gate, env, checks, handle.evidence.skipMessage);
  checks.push(...added);
  if (declaredWrites && settled.raw_status === 'fail' && !(extra !== undefined && STOPPED.has(extra.code))) leftovers?.failed.push({ writer: declaredWriter(gate.id, declaredWrites), reason: settled.reason ?? 'fail' });
  // Whatever a command that failed or was cut short changed while it ran is not evidence, declared or not (a crashed
  // runner's first report saying pass, a worker's report after its first suite).
  const why = cut !== undefined ? `that gate was stopped before it finished (${cut})` : settled.raw_status === 'fail' ? `that gate failed (${settled.reason ?? 'fail'})` : undefined;
  if (since !== undefined && why !== undefined) leftovers?.failedWindows.push({ gate: gate.id, why, from: since.below, to: (await changeTimeNow(env.outputDir)).atOrAbove });
  const judged = [...handle.evidence.artifacts];
  const artifacts = await recordArtifacts(gate, env, judged);
  const finishedAt = env.clock.now();
  return { result: gateResult(gate, settled, checks, artifacts, Math.max(0, Math.round(env.clock.elapsed() - t0))), startedAt, finishedAt, judged, runEnds: handle.evidence.runEnds };
}

/** The verdict's entry for a gate, its fields in the order the verdict lists them. */
function gateResult(gate: PlannedGate, settled: Settled, checks: CheckResult[], artifacts: ArtifactRecord[], durationMs: number): GateResult {
  const { relaxed_by: relaxedBy, waiver, ...status } = settled;
  return {
    id: gate.id,
    name: gate.name,
    type: gate.type,
    ...(gate.bead !== undefined ? { bead: gate.bead } : {}),
    blocking: gate.blocking,
    ...status,
    ...(gate.artifactPath !== undefined ? { artifact_path: gate.artifactPath } : {}),
    reproduce_command: gate.reproduceCommand,
    remediation: gate.remediation,
    checks,
    artifacts,
    duration_ms: durationMs,
    ...(relaxedBy !== undefined ? { relaxed_by: relaxedBy } : {}),
    ...(waiver ? { waiver } : {}),
  };
}

type Settled = Pick<GateResult, 'raw_status' | 'status' | 'reason' | 'detail' | 'relaxed_by' | 'waiver'>;

/**
 * What a gate's checks make of it: raw status, then policy (waiver, rollback), and the detail line. A waiver in force
 * that does not cover the failure adds the checks that say so (`added`), appended after the gate's own so the
 * failure keeps its reason.
 */
function settle(gate: PlannedGate, env: RunEnvironment, checks: readonly CheckResult[], skipMessage: string | undefined): { settled: Settled; added: CheckResult[] } {
  const raw = foldChecks(checks, skipMessage !== undefined);
  const active = activeWaiverFor(env.waivers, gate.id, env.lane);
  const input = { ...raw, blocking: gate.blocking, checks, evidenceReasons: gate.definition.evidenceReasons ?? [], unwaivableReasons: gate.definition.unwaivableReasons ?? [] };
  const policy = applyPolicy(input, { ...env.policy, waived: active !== undefined, ...(active !== undefined ? { waiverWords: waiverWords(active) } : {}) });
  const added = policy.waiver_refused !== undefined && active !== undefined && !checks.some((c) => c.code === WAIVER_NOT_APPLICABLE) ? waiverRefusedChecks(active, gate.id, policy.waiver_refused, input) : [];
  const detail = describeChecks(raw.raw_status, checks, skipMessage);
  const waiver = policy.status === 'waived' && active ? gateWaiver(active) : undefined;
  const refused = added.find((c) => c.code === WAIVER_NOT_APPLICABLE);
  const settled: Settled = {
    raw_status: raw.raw_status,
    status: policy.status,
    ...(policy.reason !== undefined ? { reason: policy.reason } : {}),
    // Reference wording, so a reader of the detail alone still sees that the gate did not pass.
    detail: waiver ? waivedDetail(raw.raw_status, waiver, detail) : refused ? `${detail} — ${refused.message}` : detail,
    ...(policy.relaxed_by !== undefined ? { relaxed_by: policy.relaxed_by } : {}),
    ...(waiver ? { waiver } : {}),
  };
  return { settled, added };
}

/**
 * One file judged as two contents in one run: something rewrote it between two gates' reads (a command gate that
 * does not declare it in `writes`, a process outside the engine). What one state proved cannot be combined with
 * what the other did, so every gate that read it fails `stale` (an evidence failure: never relaxed by rollback).
 * A file is one file under every name (`./a`, a link, a hard link): names are grouped by the file they lead to once
 * the gates are done; scanned trees are compared by their own digests.
 */
/** Files whose identity is read at once at the run's end. */
const IDENTITY_BATCH = 64;

async function refuseRewrittenEvidence(plan: readonly PlannedGate[], runs: GateRun[], env: RunEnvironment): Promise<GateRun[]> {
  // One resolver for the whole check: the directories of a scanned tree are proven once, not once per file and lookup.
  const closeResolver = openResolverScope(env.root);
  try {
    return await judgeRewrittenEvidence(plan, runs, env);
  } finally {
    closeResolver();
  }
}

async function judgeRewrittenEvidence(plan: readonly PlannedGate[], runs: GateRun[], env: RunEnvironment): Promise<GateRun[]> {
  // The files each gate judged, one by one: a scanned tree's entry stands for files that are evidence too.
  const judged = runs.map((r) => ({ id: r.result.id, artifacts: (r.judged ?? r.result.artifacts).filter((a) => a.kind !== 'tree') }));
  const paths = [...new Set(judged.flatMap((g) => g.artifacts.map((a) => a.path)))];
  // A scanned tree judges every file of it: their identities are read a few at a time, not all at once.
  const memo = new ChangeTimeMemo(env.root);
  const fileOf = new Map<string, string>();
  for (let i = 0; i < paths.length; i += IDENTITY_BATCH) {
    const batch = paths.slice(i, i + IDENTITY_BATCH);
    const ids = await Promise.all(batch.map((p) => memo.identity(p)));
    batch.forEach((p, k) => fileOf.set(p, ids[k] ?? `path:${posix.normalize(p)}`));
  }
  const key = (path: string) => fileOf.get(path) as string;
  const rewritten = filesJudgedTwice([...judged, ...(await asTheRunLeftThem(env.root, paths, judged, env.startedAt, memo, env.changedWhenRead))], key);
  // A gate that read a file beside the command writing it (one declaring other `writes`) read it before that command
  // failed or was cut short: its file was not refused at the read, so it is judged here.
  const failedWrites = new Map<string, CheckResult>();
  for (const path of paths) {
    const window = env.leftovers === undefined ? undefined : await failedWindowOf(env.leftovers, env.root, path);
    if (window !== undefined) failedWrites.set(path, artifactErrorCheck('evidence_unchanged_during_run', writtenWhileFailing(path, window)));
  }
  const restored = restoredWrites(runs, key, env.leftovers);
  if (rewritten.size === 0 && failedWrites.size === 0 && restored.size === 0) return runs;
  const byId = new Map(plan.map((g) => [g.id, g]));
  return runs.map((run, i) => {
    const read = (judged[i]?.artifacts ?? []).filter((a) => rewritten.has(key(a.path)) || failedWrites.has(a.path));
    const older = restored.get(run.result.id) ?? [];
    const gate = byId.get(run.result.id);
    if ((read.length === 0 && older.length === 0) || gate === undefined) return run;
    const checks = [...run.result.checks, ...read.map((a) => failedWrites.get(a.path) ?? rewrittenCheck(a.path, rewritten.get(key(a.path)) as ReadonlyMap<string, string[]>)), ...older];
    const { settled, added } = settle(gate, env, checks, undefined);
    return { ...run, result: gateResult(gate, settled, [...checks, ...added], run.result.artifacts, run.result.duration_ms) };
  });
}

/**
 * Once every gate of the run is judged: the waiver gate warns for each waiver in force whose gate passed anyway
 * (`unusedWaiverChecks`), which it cannot know while the gates run beside it. Appended after its own checks, so a
 * waiver gate that fails keeps its reason.
 */
function flagUnusedWaivers(plan: readonly PlannedGate[], runs: GateRun[], env: RunEnvironment): GateRun[] {
  const unused = unusedWaiverChecks(env.waivers, runs.map((r) => r.result), env.lane);
  if (unused.length === 0) return runs;
  const byId = new Map(plan.map((g) => [g.id, g]));
  return runs.map((run) => {
    const gate = byId.get(run.result.id);
    // A waiver gate that reported nothing stays what that is (vacuous): a warning never stands in for its checks.
    if (gate === undefined || gate.type !== WAIVER_GATE_TYPE || run.result.raw_status === 'skip' || run.result.checks.length === 0) return run;
    const checks = [...run.result.checks, ...unused];
    const { settled, added } = settle(gate, env, checks, undefined);
    return { ...run, result: gateResult(gate, settled, [...checks, ...added], run.result.artifacts, run.result.duration_ms) };
  });
}

/**
 * The judged files as the run leaves them, as one more reader: a file a step of this run rewrote after a gate judged
 * it — a command declared after the reader, or one declaring other `writes` running beside it — holds this run's
 * evidence now, and the gate judged an earlier run's. (`check` sees it too, unless the file is gone by then: a fresh
 * checkout holds no reports.) A file a gate judged that is gone at the run's end was removed while the run went on: a
 * step that clears its reports before writing new ones (`rm -rf reports && npm test || true`) and then wrote none
 * leaves the gate declared before it judging the previous run's report, so nothing at the path is a content of its own,
 * the last one seen. Anything else in its place that cannot be read (a link out of the root or to nothing, a named
 * pipe, a directory) is not the bytes judged either (`judgedFileNow`).
 */
async function asTheRunLeftThem(root: string, paths: readonly string[], judged: readonly { artifacts: readonly ArtifactRecord[] }[], startedAt: ChangeTimeMark | undefined, memo: ChangeTimeMemo, changedWhenRead: ChangedWhenRead | undefined): Promise<{ id: string; artifacts: ArtifactRecord[] }[]> {
  const seen = judgedContents(judged);
  const asLeft = async (path: string): Promise<(ArtifactRecord & { gone?: true }) | undefined> => {
    // A file the kernel shows unchanged since before the run began (and every link and directory on the way to it)
    // holds what every gate read: its one judged content stands, unread. A change time cannot be set back from user space.
    const one = seen.get(path);
    if (one !== undefined && startedAt !== undefined && (await changedBeforeMark(root, path, one.bytes, startedAt, memo))) return { path, sha256: one.sha256, bytes: one.bytes };
    const now = await judgedFileNow(root, path);
    if ('sha256' in now) return { path, ...now };
    // Moved away or cleared after every read found it written in this run: what was judged was this run's.
    if ('gone' in now && changedWhenRead?.writtenBeforeEveryRead(path) === true) return undefined;
    const bytes = Buffer.from('gone' in now ? '(nothing at the path)' : `(${now.unreadable})`);
    return { path, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length, ...('gone' in now ? { gone: true } : {}) };
  };
  const artifacts: ArtifactRecord[] = [];
  const gone: ArtifactRecord[] = [];
  for (let i = 0; i < paths.length; i += IDENTITY_BATCH) {
    for (const a of await Promise.all(paths.slice(i, i + IDENTITY_BATCH).map(asLeft))) {
      if (a === undefined) continue;
      const { gone: removed, ...record } = a;
      (removed === true ? gone : artifacts).push(record);
    }
  }
  return [{ id: 'the run\'s end', artifacts }, ...(gone.length > 0 ? [{ id: 'the run\'s end, where nothing is left at the path (removed during the run)', artifacts: gone }] : [])];
}

/** Each judged path whose every read saw one content (digest and size), with that content; paths read as two are left out. */
function judgedContents(judged: readonly { artifacts: readonly ArtifactRecord[] }[]): Map<string, { sha256: string; bytes: number }> {
  const one = new Map<string, { sha256: string; bytes: number }>();
  const two = new Set<string>();
  for (const { artifacts } of judged) {
    for (const a of artifacts) {
      if (a.sha256 === undefined || a.bytes === undefined || two.has(a.path)) continue;
      const known = one.get(a.path);
      if (known === undefined) one.set(a.path, { sha256: a.sha256, bytes: a.bytes });
      else if (known.sha256 !== a.sha256 || known.bytes !== a.bytes) {
        one.delete(a.path);
        two.add(a.path);
      }
    }
  }
  return one;
}

/**
 * Per gate, a `stale` check for each declared write it read with a bound on its age whose date is before its writer
 * started: an earlier run's report the command put in place ({@link datedBeforeItsWriter}).
 */
function restoredWrites(runs: readonly GateRun[], key: (path: string) => string, leftovers: LeftoverRegistry | undefined): Map<string, CheckResult[]> {
  const found = new Map<string, CheckResult[]>();
  if (leftovers === undefined || leftovers.written.size === 0) return found;
  for (const run of runs) {
    for (const [path, moment] of run.runEnds ?? []) {
      const writer = leftovers.written.get(key(path));
      const error = writer === undefined ? undefined : datedBeforeItsWriter(path, moment, writer, DEFAULT_FUTURE_SKEW_MS);
      if (error !== undefined) found.set(run.result.id, [...(found.get(run.result.id) ?? []), artifactErrorCheck('evidence_of_this_run', error)]);
    }
  }
  return found;
}

function rewrittenCheck(path: string, bySha: ReadonlyMap<string, readonly string[]>): CheckResult {
  return {
    id: 'evidence_unchanged_during_run',
    status: 'fail',
    code: 'stale',
    message: judgedTwiceText(path, bySha, 'in this run'),
    path,
    expected: 'one content for every gate that reads the file, kept to the end of the run',
    actual: [...bySha.keys()],
    fix: `declare the step that rewrites ${path} in its command gate's writes (the readers then wait for it), or stop it from writing during the run`,
  };
}

/**
 * The gate's artifacts as the verdict lists them: a whole scanned tree as one digest entry whose listing lands
 * with the run (see artifact-tree.ts). A listing that cannot be written leaves every file listed in the verdict.
 */
async function recordArtifacts(gate: PlannedGate, env: RunEnvironment, records: readonly ArtifactRecord[]): Promise<ArtifactRecord[]> {
  const collapsed = collapseArtifacts(records, env.lane, gate.id);
  if (collapsed.listing === undefined) return collapsed.artifacts;
  try {
    const abs = join(env.outputDir, collapsed.listing.path);
    await mkdir(dirname(abs), { recursive: true });
    // Never write through a link a command may have planted in the staging directory.
    if (!(await lstat(dirname(abs))).isDirectory()) return [...records].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    await writeFile(abs, collapsed.listing.text, { flag: 'wx' });
    env.keepOutput?.(collapsed.listing.path);
    return collapsed.artifacts;
  } catch {
    return [...records].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
}

function gateWaiver(w: WaiverEntry): GateWaiver {
  return {
    owner: w.owner,
    bead: w.bead,
    reason: w.reason,
    created: w.created,
    expires: w.expires,
    scope: w.scope,
    remove_when: w.remove_when,
    source: w.source,
    state: w.state === 'expiring_soon' ? 'expiring_soon' : 'active',
    days_remaining: w.days_remaining ?? 0,
  };
}

/** The run's registry of declared writes and its start mark, each taken when the caller gave none. */
async function withRunMarks(runEnv: RunEnvironment): Promise<RunEnvironment> {
  const startedAt = runEnv.startedAt ?? (await shortcutMark(runEnv.outputDir));
  const changedWhenRead = runEnv.changedWhenRead ?? (startedAt === undefined ? undefined : new ChangedWhenRead(runEnv.root, startedAt));
  return { ...runEnv, leftovers: runEnv.leftovers ?? new LeftoverRegistry(), startedAt, ...(changedWhenRead !== undefined ? { changedWhenRead } : {}) };
}

/**
 * Full lane: gates run concurrently where independent, and in the order `order` prescribes where not
 * (needs, command barriers, declared writes — see order.ts). Results come back in declared order
 * regardless of finish order. Without an order every gate is independent.
 */
export async function runAll(plan: readonly PlannedGate[], runEnv: RunEnvironment, order?: RunOrder): Promise<GateRun[]> {
  const env = await withRunMarks(runEnv);
  const byId = new Map(plan.map((g) => [g.id, g]));
  const slots = new Slots(env.concurrency ?? gateConcurrency(env.env));
  const heavySlot = new Slots(1);
  const started = new Map<string, Promise<GateRun>>();
  const start = (gate: PlannedGate): Promise<GateRun> => {
    const existing = started.get(gate.id);
    if (existing) return existing;
    const deps = (order?.waitsFor.get(gate.id) ?? []).map((id) => byId.get(id)).filter((g): g is PlannedGate => g !== undefined);
    const writers = order?.writers.get(gate.id) ?? [];
    const later = order?.laterWriters.get(gate.id) ?? [];
    // The slot this gate holds. A gate that timed out may go on in the background: once its run is over it
    // neither gives up nor takes a slot again, so it can never free a slot twice or keep one forever.
    let active = true;
    let holding = false;
    // A heavy gate takes the heavy slot before a general one, and never waits for it while holding one: no cycle.
    const heavy = gate.definition.heavy === true;
    const take = async () => {
      if (heavy) await heavySlot.acquire();
      await slots.acquire();
      if (active) holding = true;
      else release();
    };
    const release = () => {
      slots.release();
      if (heavy) heavySlot.release();
    };
    const give = () => {
      if (!holding) return;
      holding = false;
      release();
    };
    const lookup = new WriterLookup(env.root, env.outputDir);
    const wait: WriterWait | undefined =
      writers.length === 0 && later.length === 0
        ? undefined
        : async (path) => {
            await refuseLaterWriter(lookup, later, path);
            const reached = path === undefined ? writers : await lookup.reached(writers, path);
            if (reached.length === 0) return;
            // A gate waiting for a writer gives its slot up meanwhile: the writer may need it.
            give();
            try {
              await Promise.all(reached.map((w) => start(byId.get(w.id) as PlannedGate)));
            } finally {
              if (active) await take();
            }
          };
    // A gate's clock starts when it gets a slot: time queued behind other gates is never charged to it.
    const run = Promise.all(deps.map(start)).then(async () => {
      await take();
      try {
        return await runGate(gate, env, wait);
      } finally {
        active = false;
        give();
      }
    });
    started.set(gate.id, run);
    return run;
  };
  return flagUnusedWaivers(plan, await refuseRewrittenEvidence(plan, await Promise.all(plan.map(start)), env), env);
}

/** A gate may not read what a declared writer of this run writes after it, under any name: it would judge the previous run's file. */
async function refuseLaterWriter(lookup: WriterLookup, later: readonly DeclaredWriter[], path: string | undefined): Promise<void> {
  if (path === undefined || later.length === 0) return;
  const [next] = await lookup.reached(later, path);
  if (next === undefined) return;
  if (next.absent === true) refuseAbsentWriter(path, next.id);
  refuseBeforeWriter(path, next.id);
}

/** Default number of gates that run at once: enough to overlap I/O, few enough that each gets the CPU it is timed on. */
export const DEFAULT_GATE_CONCURRENCY = Math.max(2, Math.min(8, availableParallelism() * 2));

/** GATE_ENGINE_CONCURRENCY (a positive integer) overrides the default; anything else is ignored. */
export function gateConcurrency(env: Readonly<Record<string, string | undefined>> = {}): number {
  const raw = env.GATE_ENGINE_CONCURRENCY;
  const n = raw !== undefined && /^[1-9][0-9]{0,3}$/.test(raw.trim()) ? Number(raw.trim()) : undefined;
  return n ?? DEFAULT_GATE_CONCURRENCY;
}

/** A counting semaphore, first come first served. */
class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];
  constructor(limit: number) {
    this.free = Math.max(1, Math.floor(limit));
  }
  acquire(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }
  release(): void {
    const next = this.waiting.shift();
    if (next !== undefined) next();
    else this.free++;
  }
}

/** Declared order, except that a gate never comes before a gate it waits for (stable: ties keep declared order). */
export function topologicalOrder(plan: readonly PlannedGate[], order: RunOrder): PlannedGate[] {
  const out: PlannedGate[] = [];
  const done = new Set<string>();
  const present = new Set(plan.map((g) => g.id));
  while (out.length < plan.length) {
    const next = plan.find((g) => !done.has(g.id) && (order.waitsFor.get(g.id) ?? []).every((d) => done.has(d) || !present.has(d)));
    if (next === undefined) break; // unreachable for an acyclic order
    out.push(next);
    done.add(next.id);
  }
  return out.length === plan.length ? out : [...plan];
}

export interface PreflightRun {
  runs: GateRun[];
  firstFailure?: GateRun;
  notEvaluated: PlannedGate[];
}

/**
 * Preflight lane: blocking gates only, one at a time in declared order, stopping at the first gate
 * whose status (after policy) is a failure. What was not evaluated is reported, never assumed.
 */
export async function runPreflight(plan: readonly PlannedGate[], runEnv: RunEnvironment, order?: RunOrder): Promise<PreflightRun> {
  const env = await withRunMarks(runEnv);
  const ran: GateRun[] = [];
  let notEvaluated: PlannedGate[] = [];
  for (const [i, gate] of plan.entries()) {
    const later = order?.laterWriters.get(gate.id) ?? [];
    const lookup = new WriterLookup(env.root, env.outputDir);
    const run = await runGate(gate, env, later.length === 0 ? undefined : (path) => refuseLaterWriter(lookup, later, path));
    ran.push(run);
    // Only a blocking failure stops the lane: a non-blocking gate is here because a blocking one needs it, and its
    // failure must not leave that gate unjudged (the lane would exit 0 on a blocking gate that fails).
    if (run.result.status === 'fail' && gate.blocking) {
      notEvaluated = plan.slice(i + 1);
      break;
    }
  }
  // What the lane's gates judged is held against what the run left, as in the full lane: a command after a reader
  // that rewrote its file makes the reader's pass an earlier run's (red team hb). The first failure is then the
  // first blocking gate that fails once that is known.
  const runs = flagUnusedWaivers(plan, await refuseRewrittenEvidence(plan, ran, env), env);
  const firstFailure = runs.find((r) => r.result.status === 'fail' && r.result.blocking);
  return { runs, ...(firstFailure !== undefined ? { firstFailure } : {}), notEvaluated };
}
