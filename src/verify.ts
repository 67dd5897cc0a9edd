/**
 * `verify`: config → selected gates → lane → results → policy → verdict → outputs. The CLI is a thin
 * shell around this; release tooling calls it directly and gets the same verdict and exit code.
 * Everything that could make the run meaningless (bad config, bad baseline, bad rerun source, no
 * valid rollback declaration) is checked before a single gate runs.
 */
import { promises as fs } from 'node:fs';
import { relative, resolve } from 'node:path';
import verdictSchema from '../schemas/full_suite_verdict.schema.json' with { type: 'json' };
import { BUILTIN_GATES } from '../gates/index.js';
import { JsonParseError, parseJson } from './artifacts/json-parse.js';
import { displayPointer, validateSchema, type JsonSchema } from './artifacts/schema.js';
import { parseYamlText } from './artifacts/yaml.js';
import { ArtifactError } from './artifacts/errors.js';
import { displayPath, loadConfig, type ConfigInput, type GateConfig, type LoadedConfig } from './config/load.js';
import { EngineError, InternalError } from './core/errors.js';
import { exitCodeFor } from './core/fold.js';
import { ENGINE_REASONS } from './core/reasons.js';
import { validateRollbackDeclaration, type RollbackDeclaration } from './core/rollback.js';
import { planOrder } from './core/order.js';
import { runAll, runPreflight, topologicalOrder, type GateRun, type PlannedGate } from './core/runner.js';
import { parseRfc3339, pinnedClock, systemClock, type Clock } from './util/time.js';
import type { AnyGateDefinition, GateRef, Lane, Mode, SelectionBy, Verdict } from './core/types.js';
import { buildVerdict, deriveRunId } from './core/verdict.js';
import { readWaiverBook } from './core/waiver-sources.js';
import { summarizeWaivers } from './core/waivers.js';
import { laneNames, outputFiles, serializeVerdict, writeRunOutputs, type WrittenFiles } from './output/files.js';
import { beginOutputs, scratchOutputs } from './output/land.js';
import { packageInfo } from './package-info.js';
import { diffVerdicts, type TriageDiff } from './triage/diff.js';
import { readGitState } from './util/git.js';
import { shellJoin } from './util/shell.js';
import { didYouMean } from './util/suggest.js';
import { readVerdictFile, type RecordedVerdict } from './verdict-file.js';
import { plural } from './util/plural.js';
import { idReason } from './util/text-classes.js';
import { decodeUtf8 } from './util/utf8.js';

export { outputFiles } from './output/files.js';
export const OUTPUT_FILES = outputFiles('full');
export const RUN_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export interface VerifyOptions {
  /** Repository root holding the evidence (default: cwd). */
  root?: string;
  /**
   * Config file (default: `<root>/gate-engine.config.{yaml,yml,json}`), or the config itself as an
   * object (`defineConfig({...})`): validated exactly like a file; plugin paths are relative to the root.
   */
  config?: string | ConfigInput;
  /** Output directory (default: the config's `output.dir`, relative to the root). */
  out?: string;
  /** Run only these gate ids (default: all). */
  gates?: readonly string[];
  /** Pin the clock (RFC 3339): same inputs + same `now` ⇒ byte-identical outputs. */
  now?: string | Date;
  /** Base for relative paths given here (default: process.cwd()). */
  cwd?: string;
  /** Gate types added in code, next to the built-in ones. */
  gateTypes?: readonly AnyGateDefinition[];
  /** Write the output files (default true). */
  write?: boolean;
  /** `full` (default): every selected gate; `preflight`: blocking gates in order, stop at the first failure. */
  lane?: Lane;
  /** `rollback` needs a valid, unexpired declaration (rollbackFile, or `rollback:` in the config). */
  mode?: Mode;
  rollbackFile?: string;
  /** Re-run exactly the gates that failed (or were not evaluated) in this recorded verdict. */
  rerunFrom?: string;
  /** Compare this run with a recorded baseline verdict and write the triage diff. */
  diffFrom?: string;
  /** With diffFrom: gates absent from this run are not compared (instead of counting as removed). */
  diffSubset?: boolean;
  /** Shared id for the runs of one CI pipeline (required with shard). */
  runId?: string;
  /** Evaluate only part `index` (1-based) of `total` of the selected gates. */
  shard?: { index: number; total: number };
  /** Abort the run: running gates are aborted and nothing is written. */
  signal?: AbortSignal;
  /** Environment gates may read (e.g. the variable naming a claimed tier); default: the process environment. */
  env?: Readonly<Record<string, string | undefined>>;
}

export interface VerifyResult {
  verdict: Verdict;
  /** Absolute, real path of the root (the verdict records it relative to the output directory). */
  root: string;
  exitCode: 0 | 1;
  /** Absolute paths of the written files (empty when `write: false`). */
  files: WrittenFiles;
  outputDir: string;
  triage?: TriageDiff;
  /** The config's `reporters:` as written (the CLI renders them; files relative to the root). */
  reporters?: readonly string[];
  /** Every gate type the run knew: built-in, `gateTypes` and the config's plugins. */
  gateTypes: ReadonlyMap<string, AnyGateDefinition>;
}

export function gateTypeRegistry(extra: readonly AnyGateDefinition[] = []): Map<string, AnyGateDefinition> {
  const registry = new Map<string, AnyGateDefinition>();
  for (const gate of BUILTIN_GATES) registry.set(gate.type, gate);
  for (const gate of extra) {
    if (registry.has(gate.type)) {
      throw new EngineError('config_invalid', `custom gate type "${gate.type}" collides with ${BUILTIN_GATES.some((g) => g.type === gate.type) ? 'a built-in' : 'another custom'} gate type`, {
        fix: 'give the custom gate type a different name',
      });
    }
    registry.set(gate.type, gate);
  }
  return registry;
}

/** Outputs carry RFC 3339 timestamps: a year outside 0000–9999 (in UTC) cannot be written as one. */
function inWritableRange(d: Date): boolean {
  const year = d.getUTCFullYear();
  return year >= 0 && year <= 9999;
}

export function clockFrom(now: string | Date | undefined): Clock {
  if (now === undefined) return systemClock();
  const fix = { fix: 'write --now as RFC 3339 with an offset, e.g. --now 2026-01-31T12:00:00Z, in UTC years 0000–9999' };
  if (now instanceof Date) {
    if (Number.isNaN(now.getTime())) throw new EngineError('invalid_now', 'now is an invalid Date', { fix: 'pass a valid date' });
    if (!inWritableRange(now)) throw new EngineError('invalid_now', `now ${now.toISOString()} is outside the years 0000–9999`, fix);
    return pinnedClock(now);
  }
  const parsed = parseRfc3339(now);
  if (!parsed.ok) throw new EngineError('invalid_now', `--now: ${parsed.reason}`, fix);
  if (!inWritableRange(parsed.value)) throw new EngineError('invalid_now', `--now ${now} is ${parsed.value.toISOString()} in UTC, outside the years 0000–9999`, fix);
  return pinnedClock(parsed.value);
}

/** A path option given as "" (or blanks) would silently mean the working directory: refuse it. */
export function requirePathOption(name: string, value: string | undefined): void {
  if (value !== undefined && value.trim() === '') throw new EngineError('usage', `${name} is empty`, { fix: `give ${name} a path, or leave the option out for the default` });
}

async function realRoot(root: string, shown: string): Promise<string> {
  try {
    const real = await fs.realpath(root);
    if (!(await fs.stat(real)).isDirectory()) throw new Error('not a directory');
    return real;
  } catch {
    throw new EngineError('usage', `root ${shown} is not a directory`, { fix: 'pass --root <directory holding the repository and its evidence>' });
  }
}

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

function plan(gates: readonly GateConfig[], reproduce: (id: string) => string): PlannedGate[] {
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

export function reasonDescriber(registry: ReadonlyMap<string, AnyGateDefinition>) {
  const own = (table: Record<string, string> | undefined, code: string) => (table !== undefined && Object.hasOwn(table, code) ? table[code] : undefined);
  return (code: string, gateType: string): string | undefined => own(registry.get(gateType)?.reasons, code) ?? own(ENGINE_REASONS, code);
}

function assertValidVerdict(verdict: Verdict): void {
  const problems = validateSchema(verdictSchema as JsonSchema, verdict);
  const first = problems[0];
  // Our own output not matching our own schema is a bug, never the user's fault: refuse to write it.
  if (first) throw new InternalError(`the verdict does not match schemas/full_suite_verdict.schema.json: ${displayPointer(first.pointer)} ${first.message}`);
}

async function readRollbackFile(path: string, shown: string): Promise<unknown> {
  let buffer: Buffer;
  try {
    buffer = await fs.readFile(path);
  } catch (e) {
    throw new EngineError('rollback_invalid', `rollback declaration ${shown} cannot be read: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : (e as Error).message}`, {
      fix: 'pass the path of a YAML or JSON declaration with reason, owner, incident, created, expires',
    });
  }
  const text = decodeUtf8(buffer, { keepBom: true });
  if (text === undefined) throw new EngineError('rollback_invalid', `rollback declaration ${shown} is not valid UTF-8 text`, { fix: 'save the declaration as UTF-8' });
  try {
    return path.endsWith('.json') ? parseJson(text).value : parseYamlText(shown, text).value;
  } catch (e) {
    const detail = e instanceof JsonParseError ? `line ${e.problem.line}, column ${e.problem.column}: ${e.problem.message}` : e instanceof ArtifactError ? e.message : String(e);
    throw new EngineError('rollback_invalid', `rollback declaration ${shown} is not valid: ${detail}`, { fix: 'fix the declaration file' });
  }
}

async function resolveRollback(options: VerifyOptions, config: LoadedConfig, root: string, cwd: string, now: Date): Promise<RollbackDeclaration | undefined> {
  if (options.mode !== 'rollback') {
    if (options.rollbackFile !== undefined) {
      throw new EngineError('usage', 'a rollback declaration was given but the mode is strict', { fix: 'add --mode rollback (or CI_GATE_PROMOTION_MODE=rollback), or drop the declaration' });
    }
    return undefined;
  }
  const maxHours = config.rollback?.maxHours;
  if (options.rollbackFile !== undefined) {
    const abs = resolve(cwd, options.rollbackFile);
    const shown = displayPath(abs, cwd);
    return validateRollbackDeclaration(await readRollbackFile(abs, shown), shown, now, maxHours);
  }
  if (config.rollback?.file !== undefined) {
    const abs = resolve(root, config.rollback.file);
    const shown = displayPath(abs, cwd);
    return validateRollbackDeclaration(await readRollbackFile(abs, shown), shown, now, maxHours);
  }
  if (config.rollback?.declaration !== undefined) {
    return validateRollbackDeclaration(config.rollback.declaration, `${displayPath(config.path, cwd)} (rollback.declaration)`, now, maxHours);
  }
  throw new EngineError('rollback_invalid', 'rollback mode requires a declaration, and none was given', {
    fix: 'pass --rollback-file <declaration.yaml> (reason, owner, incident, created, expires ≤ 72 h), set rollback.file in the config — or run in strict mode',
  });
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

const ref = (g: PlannedGate): GateRef => ({ id: g.id, name: g.name, type: g.type, blocking: g.blocking });

export async function verify(options: VerifyOptions = {}): Promise<VerifyResult> {
  const cwd = options.cwd ?? process.cwd();
  requirePathOption('--out', options.out);
  requirePathOption('--root', options.root);
  if (typeof options.config === 'string') requirePathOption('--config', options.config);
  requirePathOption('--rerun-from', options.rerunFrom);
  requirePathOption('--diff-from', options.diffFrom);
  requirePathOption('--rollback-file', options.rollbackFile);
  const clock = clockFrom(options.now);
  const lane: Lane = options.lane ?? 'full';
  const mode: Mode = options.mode ?? 'strict';
  const rootShown = options.root ?? '.';
  const root = await realRoot(resolve(cwd, rootShown), rootShown);
  const registry = gateTypeRegistry(options.gateTypes);
  const config = await loadConfig({ root, cwd, gateTypes: registry, ...(typeof options.config === 'string' ? { config: options.config } : options.config !== undefined ? { configObject: options.config } : {}) });
  const gateTypes = config.gateTypes ?? registry;
  if (options.runId !== undefined && !RUN_ID_PATTERN.test(options.runId)) {
    throw new EngineError('usage', `run id "${options.runId}" is not valid`, { fix: 'use letters, digits, ".", "_", ":" or "-" (at most 128 characters)' });
  }
  const runIdPlaceholder = options.runId === undefined ? undefined : idReason(options.runId);
  if (runIdPlaceholder !== undefined) {
    throw new EngineError('usage', `run id "${options.runId}" is a placeholder (${runIdPlaceholder}), not the id of a run`, { fix: 'pass the CI run id (e.g. the value of GITHUB_RUN_ID), or omit --run-id to have one derived' });
  }
  if (options.shard !== undefined && lane === 'preflight') {
    throw new EngineError('usage', 'the preflight lane cannot be sharded: it stops at the first failure in declared order', { fix: 'shard the full lane, or run preflight unsharded' });
  }
  if (options.shard !== undefined && options.runId === undefined) {
    throw new EngineError('usage', 'sharded runs need a shared run id, or their verdicts cannot be merged', { fix: 'pass --run-id (or GATE_ENGINE_RUN_ID) with the same value to every shard' });
  }

  const rollback = await resolveRollback(options, config, root, cwd, clock.now());
  const rerunSource = options.rerunFrom !== undefined ? await readVerdictFile(options.rerunFrom, cwd, 'rerun_invalid', 'rerun source') : undefined;
  if (rerunSource && options.gates !== undefined && options.gates.length > 0) {
    throw new EngineError('usage', '--rerun-from and --gate both choose the gates to run', { fix: 'use one of them' });
  }
  const baseline = options.diffFrom !== undefined ? await readVerdictFile(options.diffFrom, cwd, 'baseline_invalid', 'baseline') : undefined;
  if (baseline && baseline.verdict.lane !== lane) {
    throw new EngineError('baseline_invalid', `baseline ${baseline.path} is a ${baseline.verdict.lane}-lane verdict; this run is the ${lane} lane`, { fix: `compare verdicts of the same lane` });
  }

  let selected = rerunSource ? selectGates(config, rerunSelection(rerunSource), 'rerun_invalid') : selectGates(config, options.gates);
  if (lane === 'preflight') {
    selected = selected.filter((g) => g.blocking);
    if (selected.length === 0) throw new EngineError('no_gates', 'the preflight lane runs blocking gates only, and none is selected', { fix: 'select at least one blocking gate' });
  }
  const planned = selected.map((g) => g.id);
  const selectionBy: SelectionBy = options.shard ? 'shard' : rerunSource ? 'rerun' : options.gates !== undefined && options.gates.length > 0 ? 'gate' : 'lane';
  if (options.shard) selected = shardOf(selected, options.shard);

  const defaultConfig = options.config === undefined;
  const prefix = replayPrefix(root, cwd, config.path, defaultConfig, lane);
  const gates = plan(selected, (id) => shellJoin([...prefix, '--gate', id]));
  const outputDir = options.out !== undefined ? resolve(cwd, options.out) : resolve(root, config.outputDir);
  const startedAt = clock.now();
  // The root's absolute path is not part of the id: two checkouts of one commit at different paths
  // given the same inputs and --now produce the same run id and the same verdict bytes.
  const runId = options.runId ?? deriveRunId(startedAt, [config.sha256, lane, mode, ...gates.map((g) => g.id)]);
  const waivers = await readWaiverBook(config.waivers, root, startedAt, new Map(config.gates.map((g) => [g.id, g.type])));
  const names = outputFiles(lane);
  // Everything this run writes (command logs included) goes to staging first and lands with the verdict, or not at all.
  const tx = options.write === false ? await scratchOutputs() : await beginOutputs({ dir: outputDir, root, laneNames: laneNames(lane) });
  try {
    return await runAndLand();
  } finally {
    tx.abort();
  }

  async function runAndLand(): Promise<VerifyResult> {
  const kept: string[] = [];
  const env = { root, outputDir: tx.staging, logsDir: names.logs, keepOutput: (rel: string) => kept.push(rel), runId, lane, waivers, env: options.env ?? process.env, clock, policy: { rollback: rollback !== undefined }, ...(options.signal ? { signal: options.signal } : {}) };
  const gitState = readGitState(root);
  const planned_ = planOrder(gates.map((g) => ({ id: g.id, barrier: g.definition.barrier === true, needs: g.needs ?? [], ...(g.writes !== undefined ? { writes: g.writes } : {}) })));
  if (!planned_.ok) {
    throw new EngineError('config_invalid', `the selected gates cannot be ordered: ${planned_.cycle.join(' → ')} wait for each other`, { fix: 'fix the gates\' needs in the config' });
  }
  const order = planned_.order;
  let runs: GateRun[];
  let preflight: Pick<Verdict, 'first_failure' | 'gates_evaluated' | 'gates_not_evaluated' | 'fail_fast_triggered'> = {};
  if (lane === 'preflight') {
    const result = await runPreflight(topologicalOrder(gates, order), env);
    runs = result.runs;
    preflight = {
      first_failure: result.firstFailure?.result ?? null,
      gates_evaluated: result.runs.length,
      gates_not_evaluated: result.notEvaluated.map(ref),
      fail_fast_triggered: result.firstFailure !== undefined,
    };
  } else {
    runs = await runAll(gates, env, order);
  }
  const git = await gitState;
  // An interrupted run proves nothing: never write a verdict for it.
  if (options.signal?.aborted) throw new EngineError('interrupted', 'the run was interrupted; no output was written', { fix: 're-run verify' });
  const finishedAt = clock.now();
  const info = packageInfo();
  const configRel = relative(root, config.path);
  const results = runs.map((r) => r.result);
  const verdict = buildVerdict({
    engine: { name: info.name, version: info.version },
    runId,
    generatedAt: startedAt,
    lane,
    mode,
    // Where the root is as seen from the verdict's directory: the same on every machine.
    root: relative(outputDir, root) || '.',
    configPath: configRel.startsWith('..') ? config.path : configRel,
    configSha256: config.sha256,
    ...(git ? { git } : {}),
    gates: results,
    selection: { by: selectionBy, configured: config.gates.map((g) => g.id) },
    disabled: (config.resolution?.disabled ?? []).map((d) => ({ id: d.id, status: 'disabled' as const, config_pointer: d.pointer, entry: d.entry })),
    waivers: summarizeWaivers(waivers, results, lane),
    extra: {
      ...(rollback ? { rollback: { ...rollback, relaxed_gates: results.filter((g) => g.relaxed_by === 'rollback').map((g) => g.id) } } : {}),
      ...preflight,
      ...(rerunSource ? { rerun_of: { path: rerunSource.path, run_id: rerunSource.verdict.run_id, sha256: rerunSource.sha256 } } : {}),
      ...(options.shard ? { shard: { ...options.shard, planned } } : {}),
    },
  });
  assertValidVerdict(verdict);

  const serialized = serializeVerdict(verdict);
  const triage = baseline
    ? diffVerdicts(baseline, { path: displayPath(resolve(outputDir, names.verdict), cwd), sha256: serialized.sha256, verdict }, { now: finishedAt, subset: options.diffSubset === true || (options.gates?.length ?? 0) > 0 || rerunSource !== undefined || options.shard !== undefined, replayPrefix: prefix })
    : undefined;
  const result: VerifyResult = { verdict, root, exitCode: exitCodeFor(verdict), files: {}, outputDir, gateTypes, ...(triage ? { triage } : {}), ...(config.reporters ? { reporters: config.reporters } : {}) };
  if (options.write === false) return result;
  result.files = await writeRunOutputs(outputDir, {
    verdict: serialized,
    events: { runs, times: { startedAt, finishedAt } },
    describeReason: reasonDescriber(gateTypes),
    replayPrefix: prefix,
    verdictPathForRerun: displayPath(resolve(outputDir, names.verdict), cwd),
    pinned: clock.pinned,
    ...(triage ? { triage } : {}),
  }, tx, kept);
  return result;
  }
}

