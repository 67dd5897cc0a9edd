/**
 * Runs planned gates. Knows nothing about any particular gate: it hands each one a context, waits
 * at most its timeout, and turns whatever happens — findings, a thrown error, a hang, a bogus
 * return value — into a GateResult. A gate can fail; it can never abort the run.
 */
import { setMaxListeners } from 'node:events';
import { ArtifactError } from '../artifacts/errors.js';
import { artifactErrorCheck, createGateContext } from './context.js';
import { applyPolicy, foldChecks, type PolicyOptions } from './fold.js';
import type { Clock } from './time.js';
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

async function evaluateWithTimeout(gate: PlannedGate, run: () => unknown, controller: AbortController): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timeout' }), gate.timeoutMs);
  });
  const work = (async () => run())().then(
    (value): Outcome => ({ kind: 'returned', value }),
    (error: unknown): Outcome => ({ kind: 'threw', error }),
  );
  try {
    const outcome = await Promise.race([work, timeout]);
    if (outcome.kind === 'timeout') controller.abort(new GateTimeoutError(`gate ${gate.id} exceeded ${gate.timeoutMs} ms`));
    return outcome;
  } finally {
    clearTimeout(timer);
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

export async function runGate(gate: PlannedGate, env: RunEnvironment): Promise<GateRun> {
  const startedAt = env.clock.now();
  const t0 = env.clock.elapsed();
  const controller = new AbortController();
  const forward = () => controller.abort(env.signal?.reason);
  env.signal?.addEventListener('abort', forward, { once: true });
  const handle = createGateContext(gate.id, { root: env.root, outputDir: env.outputDir, runId: env.runId, env: env.env, now: startedAt, signal: controller.signal, waivers: env.waivers });
  const outcome = await evaluateWithTimeout(gate, () => gate.definition.evaluate(handle.ctx, gate.options), controller);
  env.signal?.removeEventListener('abort', forward);
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
    detail: waiver ? `WAIVED (original: ${raw.raw_status}) by ${waiver.owner} until ${waiver.expires} (bead: ${waiver.bead}): ${waiver.reason} — ${detail}` : detail,
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

/** Full lane: every gate runs concurrently; results come back in declared order regardless of finish order. */
export async function runAll(plan: readonly PlannedGate[], env: RunEnvironment): Promise<GateRun[]> {
  const outer = env.signal;
  if (outer === undefined) return Promise.all(plan.map((gate) => runGate(gate, env)));
  // One listener on the caller's signal however many gates run at once (13 would trip Node's
  // MaxListenersExceededWarning on stderr): the gates listen to a signal of the run's own.
  const fanout = new AbortController();
  setMaxListeners(0, fanout.signal);
  const forward = () => fanout.abort(outer.reason);
  if (outer.aborted) forward();
  else outer.addEventListener('abort', forward, { once: true });
  try {
    return await Promise.all(plan.map((gate) => runGate(gate, { ...env, signal: fanout.signal })));
  } finally {
    outer.removeEventListener('abort', forward);
  }
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
