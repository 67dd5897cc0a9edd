/**
 * Stage 1 of verify, load: options validated, root, clock, config (and the gate types it knows),
 * rollback declaration, rerun source and baseline. Everything that could make the run meaningless is
 * checked here, before a single gate runs.
 */
import { signingKeyFrom } from '../core/signature.js';
import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import { BUILTIN_GATES } from '../../gates/index.js';
import { JsonParseError, parseJson } from '../artifacts/json-parse.js';
import { parseYamlText } from '../artifacts/yaml.js';
import { ArtifactError } from '../artifacts/errors.js';
import { displayPath, loadConfig, type LoadedConfig } from '../config/load.js';
import { readRegularFile } from '../util/regular-file.js';
import { EngineError } from '../core/errors.js';
import { validateRollbackDeclaration, type RollbackDeclaration } from '../core/rollback.js';
import type { AnyGateDefinition, Lane, Mode } from '../core/types.js';
import { parseRfc3339, pinnedClock, systemClock, type Clock } from '../util/time.js';
import { idReason } from '../util/text-classes.js';
import { decodeUtf8 } from '../util/utf8.js';
import { readGitState, type GitState } from '../util/git.js';
import { readVerdictFile, type RecordedVerdict } from '../verdict-file.js';
import type { VerifyOptions } from './types.js';
import { realpathAsPromise } from '../util/metadata.js';

export const RUN_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

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
    const real = await realpathAsPromise(root);
    if (!(await fs.stat(real)).isDirectory()) throw new Error('not a directory');
    return real;
  } catch {
    throw new EngineError('usage', `root ${shown} is not a directory`, { fix: 'pass --root <directory holding the repository and its evidence>' });
  }
}

async function readRollbackFile(path: string, shown: string): Promise<unknown> {
  let buffer: Buffer;
  try {
    buffer = await readRegularFile(path);
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

/** What the later stages work from. */
export interface Loaded {
  cwd: string;
  clock: Clock;
  lane: Lane;
  mode: Mode;
  root: string;
  config: LoadedConfig;
  gateTypes: ReadonlyMap<string, AnyGateDefinition>;
  rollback: RollbackDeclaration | undefined;
  rerunSource: RecordedVerdict | undefined;
  baseline: RecordedVerdict | undefined;
  /** GATE_ENGINE_SIGNING_KEY: the verdict is signed with it (checked before anything runs). */
  signingKey: string | undefined;
  /** The checkout's git state as the run starts, read while the config loads (see run.ts). */
  gitBefore: Promise<GitState>;
}

export async function load(options: VerifyOptions): Promise<Loaded> {
  const cwd = options.cwd ?? process.cwd();
  requirePathOption('--out', options.out);
  requirePathOption('--root', options.root);
  if (typeof options.config === 'string') requirePathOption('--config', options.config);
  requirePathOption('--rerun-from', options.rerunFrom);
  requirePathOption('--diff-from', options.diffFrom);
  requirePathOption('--rollback-file', options.rollbackFile);
  const clock = clockFrom(options.now);
  const signingKey = signingKeyFrom(options.env ?? process.env);
  const lane: Lane = options.lane ?? 'full';
  const mode: Mode = options.mode ?? 'strict';
  const rootShown = options.root ?? '.';
  const root = await realRoot(resolve(cwd, rootShown), rootShown);
  const gitBefore = options.checkout === false ? Promise.resolve(undefined) : readGitState(root);
  // A load that fails below leaves this read unawaited: its outcome is then no one's.
  gitBefore.catch(() => undefined);
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
  const rerunSource = options.rerunFrom !== undefined ? await readVerdictFile(options.rerunFrom, cwd, 'rerun_invalid', 'rerun source', undefined, signingKey) : undefined;
  if (rerunSource && options.gates !== undefined && options.gates.length > 0) {
    throw new EngineError('usage', '--rerun-from and --gate both choose the gates to run', { fix: 'use one of them' });
  }
  const baseline = options.diffFrom !== undefined ? await readVerdictFile(options.diffFrom, cwd, 'baseline_invalid', 'baseline', undefined, signingKey) : undefined;
  if (baseline && baseline.verdict.lane !== lane) {
    throw new EngineError('baseline_invalid', `baseline ${baseline.path} is a ${baseline.verdict.lane}-lane verdict; this run is the ${lane} lane`, { fix: `compare verdicts of the same lane` });
  }

  return { cwd, clock, lane, mode, root, config, gateTypes, rollback, rerunSource, baseline, signingKey, gitBefore };
}
