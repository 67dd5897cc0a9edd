/**
 * Stage 2 of verify, plan: which gates run (selection, rerun, preflight's blocking gates, shard),
 * their replay commands, the planned gates, the output directory, the run id, the waivers and the
 * order the gates run in.
 */
import { relative, resolve } from 'node:path';
import { displayPath, type GateConfig, type LoadedConfig } from '../config/load.js';
import { EngineError } from '../core/errors.js';
import { declaredWriter, type DeclaredWriter, planOrder, type RunOrder } from '../core/order.js';
import type { PlannedGate } from '../core/runner.js';
import type { Lane, SelectionBy } from '../core/types.js';
import { deriveRunId } from '../core/verdict.js';
import { readWaiverBook } from '../core/waiver-sources.js';
import type { WaiverBook } from '../core/types.js';
import { shellJoin } from '../util/shell.js';
import { didYouMean } from '../util/suggest.js';
import type { RecordedVerdict } from '../verdict-file.js';
import { plural } from '../util/plural.js';
import type { Loaded } from './load.js';
import type { VerifyOptions } from './types.js';

function selectGates(config: LoadedConfig, wanted: readonly string[] | undefined, unknownCode: 'unknown_gate' | 'rerun_invalid' = 'unknown_gate'): GateConfig[] {
  const ids = config.gates.map((g) => g.id);
  if (wanted !== undefined && wanted.length > 0) {
    const unknown = wanted.filter((id) => !ids.includes(id));
    if (unknown.length > 0) {
      const first = unknown[0] as string;
      throw new EngineError(unknownCode, `unknown gate id${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}${didYouMean(first, ids)}`, {
        fix: `choose from the gates in the config: ${ids.join(', ') || '(none)'}`,
      });
    }
  }
  const selected = wanted !== undefined && wanted.length > 0 ? config.gates.filter((g) => wanted.includes(g.id)) : config.gates;
  if (selected.length === 0) {
    throw new EngineError('no_gates', 'zero gates selected: a run that checks nothing cannot pass', {
      fix: 'declare at least one gate under `gates:` in the config',
    });
  }
  return selected;
}

/** `npx gate-engine verify` with the root, config and lane of this run, ready for gate selections. */
export function replayPrefix(root: string, cwd: string, configPath: string, defaultConfig: boolean, lane: Lane = 'full'): string[] {
  const args = ['npx', 'gate-engine', 'verify'];
  const rootArg = relative(cwd, root);
  if (rootArg !== '') args.push('--root', rootArg.startsWith('..') ? root : rootArg);
  if (!defaultConfig) args.push('--config', displayPath(configPath, cwd));
  if (lane !== 'full') args.push('--lane', lane);
  return args;
}

/** The command that replays `gateIds` exactly as this run was asked for, from the same working directory. */
export function replayCommand(root: string, cwd: string, configPath: string, defaultConfig: boolean, gateIds: readonly string[]): string {
  return shellJoin([...replayPrefix(root, cwd, configPath, defaultConfig), ...gateIds.flatMap((id) => ['--gate', id])]);
}

function toPlanned(gates: readonly GateConfig[], reproduce: (id: string) => string): PlannedGate[] {
  return gates.map((g) => {
    const artifactPath = g.definition.artifactPath?.(g.options);
    return {
      id: g.id,
      type: g.type,
      name: g.title,
      ...(g.bead !== undefined ? { bead: g.bead } : {}),
      blocking: g.blocking,
      definition: g.definition,
      options: g.options,
      timeoutMs: g.timeoutMs,
      needs: g.needs,
      ...(g.writes !== undefined ? { writes: g.writes } : {}),
      reproduceCommand: g.reproduce ?? reproduce(g.id),
      remediation: g.remediation,
      ...(artifactPath !== undefined ? { artifactPath } : {}),
    };
  });
}

/**
 * The selected gates and every gate they need, transitively, in config order: `--gate B` of a B that needs A runs A
 * too, since B alone would judge what an earlier run of A left.
 */
function withNeeds(config: LoadedConfig, selected: readonly GateConfig[]): GateConfig[] {
  const byId = new Map(config.gates.map((g) => [g.id, g]));
  const keep = new Set(selected.map((g) => g.id));
  const queue = [...keep];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const need of byId.get(id)?.needs ?? []) {
      if (keep.has(need) || !byId.has(need)) continue;
      keep.add(need);
      queue.push(need);
    }
  }
  return config.gates.filter((g) => keep.has(g.id));
}

/** Configured command gates that declare `writes` and are not in this run: their files are an earlier run's. */
function absentWriters(config: LoadedConfig, running: readonly GateConfig[]): DeclaredWriter[] {
  const ids = new Set(running.map((g) => g.id));
  return config.gates.filter((g) => !ids.has(g.id) && g.definition.barrier === true && g.writes !== undefined).map((g) => ({ ...declaredWriter(g.id, g.writes ?? []), absent: true }));
}

function rerunSelection(source: RecordedVerdict): string[] {
  const failed = source.verdict.gates.filter((g) => g.status === 'fail').map((g) => g.id);
  const notEvaluated = (source.verdict.gates_not_evaluated ?? []).map((g) => g.id);
  const ids = [...failed, ...notEvaluated];
  if (ids.length === 0) {
    throw new EngineError('no_gates', `nothing to re-run: ${source.path} has no failed or unevaluated gates`, { fix: 'run verify without --rerun-from to evaluate every gate' });
  }
  return ids;
}

/**
 * The gates of one shard. Gates that must be ordered with each other (needs, command barriers,
 * declared writes) stay in one shard — shards run on different machines, where no order holds — so
 * the partition is by connected group, round-robin in declared order.
 */
function shardOf(selected: GateConfig[], shard: { index: number; total: number }): GateConfig[] {
  if (!Number.isInteger(shard.total) || shard.total < 1 || !Number.isInteger(shard.index) || shard.index < 1 || shard.index > shard.total) {
    throw new EngineError('usage', `shard ${shard.index}/${shard.total} is not valid`, { fix: 'write --shard <i>/<n> with 1 ≤ i ≤ n, e.g. --shard 1/3' });
  }
  const planned = planOrder(selected.map((g) => ({ id: g.id, barrier: g.definition.barrier === true, needs: g.needs, ...(g.writes !== undefined ? { writes: g.writes } : {}) })));
  const parent = new Map(selected.map((g) => [g.id, g.id]));
  const find = (id: string): string => {
    const p = parent.get(id) as string;
    if (p === id) return id;
    const r = find(p);
    parent.set(id, r);
    return r;
  };
  const join = (a: string, b: string) => {
    if (parent.has(a) && parent.has(b)) parent.set(find(a), find(b));
  };
  if (planned.ok) {
    for (const [id, deps] of planned.order.waitsFor) for (const d of deps) join(id, d);
    for (const [id, writers] of planned.order.writers) for (const w of writers) join(id, w.id);
  }
  const groups: string[] = [];
  for (const g of selected) if (!groups.includes(find(g.id))) groups.push(find(g.id));
  const mine = selected.filter((g) => groups.indexOf(find(g.id)) % shard.total === shard.index - 1);
  if (mine.length === 0) {
    const grouped = groups.length < selected.length ? ` in ${plural(groups.length, 'group')} that must run on one machine (needs, command gates)` : '';
    throw new EngineError('no_gates', `shard ${shard.index}/${shard.total} has no gates (${plural(selected.length, 'gate')}${grouped} over ${shard.total} shards)`, {
      fix: 'use no more shards than there are independent gate groups',
    });
  }
  return mine;
}

export interface Plan {
  gates: PlannedGate[];
  /** The selected gate ids before sharding. */
  planned: string[];
  selectionBy: SelectionBy;
  prefix: string[];
  outputDir: string;
  startedAt: Date;
  runId: string;
  waivers: WaiverBook;
  /** Declared writers left out of this run (see {@link absentWriters}). */
  absentWriters: DeclaredWriter[];
}

export async function plan(options: VerifyOptions, { cwd, clock, lane, mode, root, config, rerunSource }: Loaded): Promise<Plan> {
  let selected = rerunSource ? selectGates(config, rerunSelection(rerunSource), 'rerun_invalid') : selectGates(config, options.gates);
  if (lane === 'preflight') {
    selected = selected.filter((g) => g.blocking);
    if (selected.length === 0) throw new EngineError('no_gates', 'the preflight lane runs blocking gates only, and none is selected', { fix: 'select at least one blocking gate' });
  }
  selected = withNeeds(config, selected);
  const planned = selected.map((g) => g.id);
  const selectionBy: SelectionBy = options.shard ? 'shard' : rerunSource ? 'rerun' : options.gates !== undefined && options.gates.length > 0 ? 'gate' : 'lane';
  if (options.shard) selected = shardOf(selected, options.shard);

  const defaultConfig = options.config === undefined;
  const prefix = replayPrefix(root, cwd, config.path, defaultConfig, lane);
  const gates = toPlanned(selected, (id) => shellJoin([...prefix, '--gate', id]));
  const outputDir = options.out !== undefined ? resolve(cwd, options.out) : resolve(root, config.outputDir);
  const startedAt = clock.now();
  // The root's absolute path is not part of the id: two checkouts of one commit at different paths
  // given the same inputs and --now produce the same run id and the same verdict bytes.
  const runId = options.runId ?? deriveRunId(startedAt, [config.sha256, lane, mode, ...gates.map((g) => g.id)]);
  const waivers = await readWaiverBook(config.waivers, root, startedAt, new Map(config.gates.map((g) => [g.id, g.type])));
  return { gates, planned, selectionBy, prefix, outputDir, startedAt, runId, waivers, absentWriters: absentWriters(config, selected) };
}

/**
 * The order the planned gates run in (needs, command barriers, declared writes). Writers left out of the run count
 * as writers still to come for every gate: a read of their files is `stale`.
 */
export function orderOf(gates: readonly PlannedGate[], absent: readonly DeclaredWriter[] = []): RunOrder {
  const planned_ = planOrder(gates.map((g) => ({ id: g.id, barrier: g.definition.barrier === true, needs: g.needs ?? [], ...(g.writes !== undefined ? { writes: g.writes } : {}) })));
  if (!planned_.ok) {
    throw new EngineError('config_invalid', `the selected gates cannot be ordered: ${planned_.cycle.join(' → ')} wait for each other`, { fix: 'fix the gates\' needs in the config' });
  }
  if (absent.length === 0) return planned_.order;
  const laterWriters = new Map([...planned_.order.laterWriters].map(([id, later]) => [id, [...later, ...absent]]));
  return { ...planned_.order, laterWriters };
}
