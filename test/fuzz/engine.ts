/**
 * The fuzzer's view of the engine: `verify` minus what costs a child process or a write (git state,
 * output files), so ten thousand cases fit in seconds. It goes through the same loadConfig,
 * waiver book, runner and fold as `verify`; the fast slice cross-checks it against `verify` itself
 * on every seed, so the two cannot drift apart unnoticed.
 */
import { loadConfig, type LoadedConfig } from '../../src/config/load.js';
import { EngineError } from '../../src/core/errors.js';
import { foldRun } from '../../src/core/fold.js';
import { runAll, type PlannedGate } from '../../src/core/runner.js';
import { pinnedClock } from '../../src/util/time.js';
import type { GateResult, RunVerdict } from '../../src/core/types.js';
import { readWaiverBook } from '../../src/core/waiver-sources.js';
import { gateTypeRegistry } from '../../src/verify.js';

export interface GateOutcome {
  id: string;
  type: string;
  status: string;
  raw_status: string;
  reason?: string;
  /** Non-pass check codes, for reports. */
  codes: string[];
  /** Paths of the artifacts the gate read (as recorded). */
  artifacts: string[];
}

export interface Outcome {
  /** Set when the run could not be evaluated at all (config, usage): exit 2, never a pass. */
  engineError?: string;
  /** Set when something threw that is not an EngineError: a bug (exit 3). */
  internalError?: string;
  verdict?: RunVerdict;
  gates: GateOutcome[];
}

const registry = gateTypeRegistry();

export async function loadSeedConfig(root: string): Promise<LoadedConfig> {
  return loadConfig({ root, cwd: root, gateTypes: registry });
}

function plan(config: LoadedConfig): PlannedGate[] {
  return config.gates.map((g) => ({
    id: g.id,
    type: g.type,
    name: g.title,
    blocking: g.blocking,
    definition: g.definition,
    options: structuredClone(g.options),
    timeoutMs: Math.min(g.timeoutMs, 20_000),
    reproduceCommand: `gate-engine verify --gate ${g.id}`,
    remediation: g.remediation,
  }));
}

function outcomeOf(r: GateResult): GateOutcome {
  return {
    id: r.id,
    type: r.type,
    status: r.status,
    raw_status: r.raw_status,
    ...(r.reason !== undefined ? { reason: r.reason } : {}),
    codes: r.checks.filter((c) => c.status !== 'pass').map((c) => c.code),
    artifacts: r.artifacts.map((a) => a.path),
  };
}

/**
 * Evaluate the workspace at `root` as `verify --now <now>` would, without writing anything.
 * `config` may be passed when the case did not touch it (saves re-parsing it per case); `only` runs those gates alone
 * (the verdict is then left out: it would fold a part of the run).
 */
export async function evaluate(root: string, now: string, config?: LoadedConfig, only?: ReadonlySet<string>): Promise<Outcome> {
  try {
    const loaded = config ?? (await loadSeedConfig(root));
    const clock = pinnedClock(new Date(now));
    const startedAt = clock.now();
    const waivers = await readWaiverBook(loaded.waivers, root, startedAt, new Map(loaded.gates.map((g) => [g.id, g.type])));
    const runs = await runAll(plan(loaded).filter((g) => only === undefined || only.has(g.id)), {
      root,
      outputDir: `${root}/gate-engine-out`,
      runId: 'ge-fuzz',
      lane: 'full',
      waivers,
      env: {},
      clock,
      policy: { rollback: false },
    });
    const results = runs.map((r) => r.result);
    return { ...(only === undefined ? { verdict: foldRun(results) } : {}), gates: results.map(outcomeOf) };
  } catch (e) {
    if (e instanceof EngineError) return { engineError: `${e.code}: ${e.message}`, gates: [] };
    return { internalError: e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e), gates: [] };
  }
}
