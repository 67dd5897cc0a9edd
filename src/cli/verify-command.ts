import { EngineError } from '../core/errors.js';
import { resolveMode, ROLLBACK_FILE_ENV } from '../core/rollback.js';
import type { Lane } from '../core/types.js';
import { reasonDescriber, verify } from '../verify.js';
import { parseCommandArgs } from './args.js';
import { VERIFY_HELP } from './help.js';
import type { CliIO } from './main-run.js';
import { isBlank } from '../util/text-classes.js';
import { configReporterSpecs, emitVerdict, REPORTING_OPTIONS, validateReporting } from './reporting.js';

export const RUN_ID_ENV = 'GATE_ENGINE_RUN_ID';

function parseLane(value: string | undefined): Lane {
  if (value === undefined || value === 'full' || value === 'preflight') return value ?? 'full';
  throw new EngineError('usage', `--lane is "${value}"; it must be "full" or "preflight"`, { fix: 'use --lane full or --lane preflight' });
}

function parseShard(value: string | undefined): { index: number; total: number } | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!m) throw new EngineError('usage', `--shard is "${value}"; write it as I/N, e.g. --shard 1/3`, { fix: 'shards are numbered from 1: --shard 1/3, --shard 2/3, --shard 3/3' });
  return { index: Number(m[1]), total: Number(m[2]) };
}

const nonEmpty = (v: string | undefined) => (v !== undefined && !isBlank(v) ? v.trim() : undefined);

export async function verifyCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('verify', argv, {
    root: { type: 'string' },
    config: { type: 'string' },
    out: { type: 'string' },
    gate: { type: 'string', multiple: true },
    now: { type: 'string' },
    json: { type: 'boolean' },
    lane: { type: 'string' },
    mode: { type: 'string' },
    'rollback-file': { type: 'string' },
    'rerun-from': { type: 'string' },
    'diff-from': { type: 'string' },
    'diff-subset': { type: 'boolean' },
    'run-id': { type: 'string' },
    shard: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    ...REPORTING_OPTIONS,
  });
  if (values.help) {
    io.stdout(VERIFY_HELP);
    return 0;
  }
  validateReporting(values, io);
  const gates = (values.gate ?? []).flatMap((g) => g.split(',')).map((g) => g.trim());
  if (gates.some((g) => g === '')) throw new EngineError('usage', '--gate needs a gate id', { fix: 'write --gate <id> (repeat for several)' });
  const mode = resolveMode(values.mode, io.env);
  // The environment supplies a declaration only in rollback mode: a stale variable must not turn a strict run into an error.
  const rollbackFile = values['rollback-file'] ?? (mode === 'rollback' ? nonEmpty(io.env[ROLLBACK_FILE_ENV]) : undefined);
  const runId = values['run-id'] ?? nonEmpty(io.env[RUN_ID_ENV]);
  const shard = parseShard(values.shard);
  const result = await verify({
    cwd: io.cwd,
    lane: parseLane(values.lane),
    mode,
    ...(values.root !== undefined ? { root: values.root } : {}),
    ...(values.config !== undefined ? { config: values.config } : {}),
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(gates.length > 0 ? { gates } : {}),
    ...(values.now !== undefined ? { now: values.now } : {}),
    ...(rollbackFile !== undefined ? { rollbackFile } : {}),
    ...(values['rerun-from'] !== undefined ? { rerunFrom: values['rerun-from'] } : {}),
    ...(values['diff-from'] !== undefined ? { diffFrom: values['diff-from'] } : {}),
    ...(values['diff-subset'] ? { diffSubset: true } : {}),
    ...(runId !== undefined ? { runId } : {}),
    ...(shard !== undefined ? { shard } : {}),
    ...(io.signal ? { signal: io.signal } : {}),
    env: io.env,
  });
  return emitVerdict({
    verdict: result.verdict,
    values,
    io,
    describeReason: reasonDescriber(result.gateTypes),
    files: result.files,
    root: result.root,
    ...(result.triage ? { triage: result.triage } : {}),
    ...(result.reporters ? { configReporters: await configReporterSpecs(result.reporters, result.root, result.verdict.config_path ?? 'the config') } : {}),
  });
}
