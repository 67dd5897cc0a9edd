/**
 * Runs planned gates. Knows nothing about any particular gate: it hands each one a context, waits
 * at most its timeout, and turns whatever happens — findings, a thrown error, a hang, a bogus
 * return value — into a GateResult. A gate can fail; it can never abort the run.
 */
import { setMaxListeners } from 'node:events';
import { ArtifactError } from '../artifacts/errors.js';
import { artifactErrorCheck, createGateContext } from './context.js';
import { applyPolicy, foldChecks, type PolicyOptions } from './fold.js';
import type { RunOrder } from './order.js';
import type { Clock } from '../util/time.js';
import type { AnyGateDefinition, CheckResult, GateResult, GateWaiver, Lane, WaiverBook, WaiverEntry } from './types.js';
import { activeWaiverFor } from './waivers.js';
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
}

type Outcome = { kind: 'returned'; value: unknown } | { kind: 'threw'; error: unknown } | { kind: 'timeout' };

export class GateTimeoutError extends Error {
  override readonly name = 'GateTimeoutError';
}

/**
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

  private advance(): number {
    const now = performance.eventLoopUtilization();
    const { active, idle } = performance.eventLoopUtilization(now, this.last);
    this.last = now;
    this.charged += idle + active / Math.max(1, this.running);
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

async function evaluateWithTimeout(gate: PlannedGate, run: (deadline: Deadline) => unknown, controller: AbortController): Promise<Outcome> {
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
    if (outcome.kind === 'timeout') controller.abort(new GateTimeoutError(`gate ${gate.id} exceeded ${gate.timeoutMs} ms`));
    return outcome;
  } finally {
    deadline?.clear();
  }
}

function firstStackFrame(error: unknown): string | undefined {
  const stack = error instanceof Error ? error.stack : undefined;
  return stack?.split('\n').find((l) => l.trim().startsWith('at '))?.trim();
}

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
      if (outcome.error instanceof ArtifactError) return artifactErrorCheck('artifact', outcome.error);
      const err = outcome.error instanceof Error ? outcome.error : new Error(String(outcome.error));
      const frame = firstStackFrame(outcome.error);
      return {
        id: 'evaluate',
        status: 'fail',
        code: 'crashed',
        message: `gate threw ${err.name}: ${err.message}`,
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

function describe(raw: string, checks: readonly CheckResult[], skipMessage: string | undefined): string {
  const fails = checks.filter((c) => c.status === 'fail');
  const warns = checks.filter((c) => c.status === 'warn');
  const more = (n: number) => (n > 1 ? ` (+${n - 1} more)` : '');
  if (fails.length > 0) return `${plural(fails.length, 'failing check')}: ${fails[0]?.message}${more(fails.length)}`;
  if (raw === 'skip') return `skipped: ${skipMessage}`;
  if (warns.length > 0) return `${plural(warns.length, 'warning')}: ${warns[0]?.message}${more(warns.length)}`;
  if (checks.length === 0) return 'the gate evaluated no checks; zero evidence is not a pass';
  // One check says more than a count: "/pass_rate_pct = 92.5 (>= 80)" rather than "1 check passed".
  return checks.length === 1 ? (checks[0] as CheckResult).message : `${plural(checks.length, 'check')} passed`;
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
  const beforeAccess = writers
    ? async (path: string | undefined) => {
        deadline?.pause();
        try {
          await writers(path);
        } finally {
          deadline?.resume();
        }
      }
    : undefined;
  const handle = createGateContext(gate.id, { root: env.root, outputDir: env.outputDir, ...(env.logsDir !== undefined ? { logsDir: env.logsDir } : {}), ...(env.keepOutput ? { keepOutput: env.keepOutput } : {}), runId: env.runId, env: env.env, now: startedAt, signal: controller.signal, waivers: env.waivers, ...(beforeAccess ? { beforeAccess } : {}) });
  const outcome = await evaluateWithTimeout(
    gate,
    (d) => {
      deadline = d;
      return gate.definition.evaluate(handle.ctx, gate.options);
    },
    controller,
  );
  unlink();
  handle.close();
  const checks = [...handle.evidence.checks];
  const extra = outcomeCheck(gate, outcome);
  if (extra) checks.push(extra);
  const raw = foldChecks(checks, handle.evidence.skipMessage !== undefined);
  const active = activeWaiverFor(env.waivers, gate.id, env.lane);
  const policy = applyPolicy({ ...raw, blocking: gate.blocking, checks, evidenceReasons: gate.definition.evidenceReasons ?? [] }, { ...env.policy, waived: active !== undefined });
  const detail = describe(raw.raw_status, checks, handle.evidence.skipMessage);
  const waiver = policy.status === 'waived' && active ? gateWaiver(active) : undefined;
  const finishedAt = env.clock.now();
  const result: GateResult = {
    id: gate.id,
    name: gate.name,
    type: gate.type,
    ...(gate.bead !== undefined ? { bead: gate.bead } : {}),
    blocking: gate.blocking,
    raw_status: raw.raw_status,
    status: policy.status,
    ...(policy.reason !== undefined ? { reason: policy.reason } : {}),
    // Reference wording, so a reader of the detail alone still sees that the gate did not pass.
    detail: waiver ? `WAIVED (original: ${raw.raw_status}) by ${waiver.owner} until ${waiver.expires} (tracking issue: ${waiver.bead}): ${waiver.reason} — ${detail}` : detail,
    ...(gate.artifactPath !== undefined ? { artifact_path: gate.artifactPath } : {}),
    reproduce_command: gate.reproduceCommand,
    remediation: gate.remediation,
    checks,
    artifacts: [...handle.evidence.artifacts].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    duration_ms: Math.max(0, Math.round(env.clock.elapsed() - t0)),
    ...(policy.relaxed_by !== undefined ? { relaxed_by: policy.relaxed_by } : {}),
    ...(waiver ? { waiver } : {}),
  };
  return { result, startedAt, finishedAt };
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

/**
 * Full lane: gates run concurrently where independent, and in the order `order` prescribes where not
 * (needs, command barriers, declared writes — see order.ts). Results come back in declared order
 * regardless of finish order. Without an order every gate is independent.
 */
export async function runAll(plan: readonly PlannedGate[], env: RunEnvironment, order?: RunOrder): Promise<GateRun[]> {
  const byId = new Map(plan.map((g) => [g.id, g]));
  const started = new Map<string, Promise<GateRun>>();
  const start = (gate: PlannedGate): Promise<GateRun> => {
    const existing = started.get(gate.id);
    if (existing) return existing;
    const deps = (order?.waitsFor.get(gate.id) ?? []).map((id) => byId.get(id)).filter((g): g is PlannedGate => g !== undefined);
    const writers = order?.writers.get(gate.id) ?? [];
    const wait: WriterWait | undefined =
      writers.length === 0
        ? undefined
        : async (path) => {
            await Promise.all(writers.filter((w) => path === undefined || w.matches(path)).map((w) => start(byId.get(w.id) as PlannedGate)));
          };
    const run = Promise.all(deps.map(start)).then(() => runGate(gate, env, wait));
    started.set(gate.id, run);
    return run;
  };
  return Promise.all(plan.map(start));
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
export async function runPreflight(plan: readonly PlannedGate[], env: RunEnvironment): Promise<PreflightRun> {
  const runs: GateRun[] = [];
  for (const [i, gate] of plan.entries()) {
    const run = await runGate(gate, env);
    runs.push(run);
    if (run.result.status === 'fail') return { runs, firstFailure: run, notEvaluated: plan.slice(i + 1) };
  }
  return { runs, notEvaluated: [] };
}
