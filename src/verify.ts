/**
 * `verify`: config → planned gates → results → verdict → outputs. The CLI is a thin shell around
 * this; release tooling calls it directly and gets the same verdict and exit code.
 */
import { promises as fs } from 'node:fs';
import { relative, resolve } from 'node:path';
import verdictSchema from '../schemas/full_suite_verdict.schema.json' with { type: 'json' };
import { BUILTIN_GATES } from '../gates/index.js';
import { displayPointer, validateSchema, type JsonSchema } from './artifacts/schema.js';
import { displayPath, loadConfig, type GateConfig, type LoadedConfig } from './config/load.js';
import { EngineError, InternalError } from './core/errors.js';
import { exitCodeFor } from './core/fold.js';
import { ENGINE_REASONS } from './core/reasons.js';
import { runAll, type GateRun, type PlannedGate } from './core/runner.js';
import { parseRfc3339, pinnedClock, systemClock, type Clock } from './core/time.js';
import type { AnyGateDefinition, Verdict } from './core/types.js';
import { buildVerdict, deriveRunId } from './core/verdict.js';
import { writeFilesAtomically } from './output/atomic.js';
import { renderEvents } from './output/events.js';
import { renderReport } from './output/report.js';
import { packageInfo } from './package-info.js';
import { readGitState } from './util/git.js';
import { shellJoin } from './util/shell.js';
import { didYouMean } from './util/suggest.js';

export const OUTPUT_FILES = {
  verdict: 'full_suite_verdict.json',
  events: 'full_suite_events.jsonl',
  report: 'full_suite_report.md',
} as const;

export interface VerifyOptions {
  /** Repository root holding the evidence (default: cwd). */
  root?: string;
  /** Config file (default: `<root>/gate-engine.config.{yaml,yml,json}`). */
  config?: string;
  /** Output directory (default: the config's `output.dir`, relative to the root). */
  out?: string;
  /** Run only these gate ids (default: all). */
  gates?: readonly string[];
  /** Pin the clock (RFC 3339): same inputs + same `now` ⇒ byte-identical outputs. */
  now?: string | Date;
  /** Base for relative paths (default: process.cwd()). */
  cwd?: string;
  /** Gate types added in code, next to the built-in ones. */
  gateTypes?: readonly AnyGateDefinition[];
  /** Write the output files (default true). */
  write?: boolean;
}

export interface VerifyResult {
  verdict: Verdict;
  exitCode: 0 | 1;
  /** Absolute paths of the written files (empty when `write: false`). */
  files: { verdict?: string; events?: string; report?: string };
  outputDir: string;
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

function clockFrom(now: string | Date | undefined): Clock {
  if (now === undefined) return systemClock();
  if (now instanceof Date) {
    if (Number.isNaN(now.getTime())) throw new EngineError('invalid_now', 'now is an invalid Date', { fix: 'pass a valid date' });
    return pinnedClock(now);
  }
  const parsed = parseRfc3339(now);
  if (!parsed.ok) throw new EngineError('invalid_now', `--now: ${parsed.reason}`, { fix: 'write --now as RFC 3339 with an offset, e.g. --now 2026-01-31T12:00:00Z' });
  return pinnedClock(parsed.value);
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

function selectGates(config: LoadedConfig, wanted: readonly string[] | undefined): GateConfig[] {
  const ids = config.gates.map((g) => g.id);
  if (wanted !== undefined && wanted.length > 0) {
    const unknown = wanted.filter((id) => !ids.includes(id));
    if (unknown.length > 0) {
      const first = unknown[0] as string;
      throw new EngineError('unknown_gate', `unknown gate id${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}${didYouMean(first, ids)}`, {
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

/** The command that replays `gateIds` exactly as this run was asked for, from the same working directory. */
export function replayCommand(root: string, cwd: string, configPath: string, defaultConfig: boolean, gateIds: readonly string[]): string {
  const args = ['npx', 'gate-engine', 'verify'];
  const rootArg = relative(cwd, root);
  if (rootArg !== '') args.push('--root', rootArg.startsWith('..') ? root : rootArg);
  if (!defaultConfig) args.push('--config', displayPath(configPath, cwd));
  for (const id of gateIds) args.push('--gate', id);
  return shellJoin(args);
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
      reproduceCommand: g.reproduce ?? reproduce(g.id),
      remediation: g.remediation,
      ...(artifactPath !== undefined ? { artifactPath } : {}),
    };
  });
}

export function reasonDescriber(registry: ReadonlyMap<string, AnyGateDefinition>) {
  return (code: string, gateType: string): string | undefined => registry.get(gateType)?.reasons?.[code] ?? ENGINE_REASONS[code];
}

function assertValidVerdict(verdict: Verdict): void {
  const problems = validateSchema(verdictSchema as JsonSchema, verdict);
  const first = problems[0];
  // Our own output not matching our own schema is a bug, never the user's fault: refuse to write it.
  if (first) throw new InternalError(`the verdict does not match schemas/full_suite_verdict.schema.json: ${displayPointer(first.pointer)} ${first.message}`);
}

export async function verify(options: VerifyOptions = {}): Promise<VerifyResult> {
  const cwd = options.cwd ?? process.cwd();
  const clock = clockFrom(options.now);
  const rootShown = options.root ?? '.';
  const root = await realRoot(resolve(cwd, rootShown), rootShown);
  const registry = gateTypeRegistry(options.gateTypes);
  const config = await loadConfig({ root, cwd, gateTypes: registry, ...(options.config !== undefined ? { config: options.config } : {}) });
  const selected = selectGates(config, options.gates);
  const defaultConfig = options.config === undefined;
  const planned = plan(selected, (id) => replayCommand(root, cwd, config.path, defaultConfig, [id]));
  const outputDir = options.out !== undefined ? resolve(cwd, options.out) : resolve(root, config.outputDir);

  const startedAt = clock.now();
  const runId = deriveRunId(startedAt, [root, config.sha256, ...planned.map((g) => g.id)]);
  const [runs, git] = await Promise.all([runAll(planned, { root, outputDir, clock }), readGitState(root)]);
  const finishedAt = clock.now();
  const info = packageInfo();
  const configRel = relative(root, config.path);
  const verdict = buildVerdict({
    engine: { name: info.name, version: info.version },
    runId,
    generatedAt: startedAt,
    lane: 'full',
    mode: 'strict',
    root,
    configPath: configRel.startsWith('..') ? config.path : configRel,
    configSha256: config.sha256,
    ...(git ? { git } : {}),
    gates: runs.map((r) => r.result),
  });
  assertValidVerdict(verdict);

  const failing = verdict.gates.filter((g) => g.status !== 'pass').map((g) => g.id);
  const replay = failing.length > 0 ? replayCommand(root, cwd, config.path, defaultConfig, failing) : undefined;
  const result: VerifyResult = { verdict, exitCode: exitCodeFor(verdict), files: {}, outputDir };
  if (options.write === false) return result;
  const written = await writeOutputs(outputDir, verdict, runs, { startedAt, finishedAt }, reasonDescriber(registry), replay);
  result.files = written;
  return result;
}

async function writeOutputs(
  dir: string,
  verdict: Verdict,
  runs: readonly GateRun[],
  times: { startedAt: Date; finishedAt: Date },
  describe: ReturnType<typeof reasonDescriber>,
  replay: string | undefined,
): Promise<VerifyResult['files']> {
  const [verdictPath, eventsPath, reportPath] = await writeFilesAtomically(dir, [
    { name: OUTPUT_FILES.verdict, content: `${JSON.stringify(verdict, null, 2)}\n` },
    { name: OUTPUT_FILES.events, content: renderEvents(verdict, runs, times) },
    { name: OUTPUT_FILES.report, content: renderReport(verdict, describe, replay) },
  ]);
  return { verdict: verdictPath, events: eventsPath, report: reportPath };
}
