/**
 * Config: parse → validate the file's shape → validate each gate's options against its type.
 * Only the explicitly named file or `<root>/gate-engine.config.{yaml,yml,json}` is ever read —
 * nothing from the home directory, no merging of several sources — so a run is reproducible from
 * the repository alone.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { relative, resolve } from 'node:path';
import { ArtifactError } from '../artifacts/errors.js';
import { JsonParseError, locateJsonPointer, parseJson } from '../artifacts/json-parse.js';
import { displayPointer, validateSchema, type SchemaProblem } from '../artifacts/schema.js';
import { parseYamlText } from '../artifacts/yaml.js';
import { EngineError, type EngineErrorCode } from '../core/errors.js';
import { parseDuration } from '../core/time.js';
import type { AnyGateDefinition } from '../core/types.js';
import type { WaiverConfig } from '../core/waiver-sources.js';
import { didYouMean } from '../util/suggest.js';
import { mergePreset, presetNames, PRESETS } from './presets.js';
import { CONFIG_BASE_SCHEMA } from './schema.js';

export const CONFIG_FILE_NAMES = ['gate-engine.config.yaml', 'gate-engine.config.yml', 'gate-engine.config.json'] as const;
export const DEFAULT_TIMEOUT = '60s';
export const DEFAULT_OUTPUT_DIR = 'gate-engine-out';

export interface GateConfig {
  id: string;
  type: string;
  definition: AnyGateDefinition;
  title: string;
  bead?: string;
  blocking: boolean;
  timeoutMs: number;
  reproduce?: string;
  remediation: string[];
  /** Validated, with the gate type's defaults filled in. */
  options: Record<string, unknown>;
}

export interface LoadedConfig {
  /** Absolute path of the config file. */
  path: string;
  sha256: string;
  outputDir: string;
  gates: GateConfig[];
  rollback?: { file?: string; declaration?: unknown; maxHours?: number };
  waivers?: WaiverConfig;
  /** `reporters:` as written (`name` or `name:file`, files relative to the root). */
  reporters?: string[];
}

export interface RawGate {
  id?: string;
  type: string;
  title?: string;
  bead?: string;
  blocking?: boolean;
  timeout?: string;
  reproduce?: string;
  remediation?: string[];
  options?: Record<string, unknown>;
}

interface RawConfig {
  version: 1;
  output?: { dir?: string };
  defaults?: { timeout?: string };
  gates: RawGate[];
  rollback?: { file?: string; declaration?: Record<string, unknown>; max_hours?: number };
  waivers?: { sources: string[]; max_days?: number; expiring_soon_days?: number };
  reporters?: string[];
}

type Locate = (pointer: string) => { line: number; column: number } | undefined;

interface Problem {
  code: EngineErrorCode;
  pointer: string;
  message: string;
}

export function displayPath(path: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

/** Where a problem sits in the user's own file (preset merging renumbers gates). */
type MapPointer = (pointer: string) => { pointer: string; note?: string };
const identity: MapPointer = (pointer) => ({ pointer });

function configError(file: string, problems: Problem[], locate: Locate, mapPointer: MapPointer = identity): EngineError {
  const lines = problems.map((p) => {
    const mapped = mapPointer(p.pointer);
    const at = mapped.note === undefined ? locate(mapped.pointer) : undefined;
    return `  ${displayPointer(mapped.pointer)}${at ? ` (line ${at.line}, column ${at.column})` : ''}${mapped.note ?? ''}: ${p.message}`;
  });
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return new EngineError(problems[0]?.code ?? 'config_invalid', `invalid config ${file} (${count}):\n${lines.join('\n')}`, {
    fix: `edit ${file}; the JSON Schema is schemas/config.schema.json in the gate-engine package`,
  });
}

function fromSchemaProblem(p: SchemaProblem, prefix = ''): Problem {
  return { code: p.keyword === 'additionalProperties' ? 'unknown_key' : prefix ? 'invalid_options' : 'config_invalid', pointer: prefix + p.pointer, message: p.message };
}

export async function findConfigFile(root: string, explicit: string | undefined, cwd: string): Promise<string> {
  if (explicit !== undefined) return resolve(cwd, explicit);
  const present: string[] = [];
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = resolve(root, name);
    if (await fs.stat(candidate).then((s) => s.isFile(), () => false)) present.push(candidate);
  }
  if (present.length > 1) {
    throw new EngineError('config_invalid', `more than one config file in ${displayPath(root, cwd)}: ${present.map((p) => displayPath(p, cwd)).join(', ')}`, {
      fix: 'keep exactly one, or choose one with --config',
    });
  }
  if (present[0] === undefined) {
    throw new EngineError('config_missing', `no config file in ${displayPath(root, cwd)} (looked for ${CONFIG_FILE_NAMES.join(', ')})`, {
      fix: 'create gate-engine.config.yaml in the root (see the README), or pass --config <file>',
    });
  }
  return present[0];
}

async function parseConfigFile(path: string, shown: string): Promise<{ raw: unknown; locate: Locate; sha256: string }> {
  let buffer: Buffer;
  try {
    buffer = await fs.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new EngineError('config_missing', `config file ${shown} does not exist`, { fix: 'check the --config path' });
    throw new EngineError('config_invalid', `config file ${shown} could not be read: ${(e as Error).message}`, { fix: 'check the file permissions' });
  }
  const text = buffer.toString('utf8');
  const sha256 = createHash('sha256').update(buffer).digest('hex');
  if (text.trim() === '') throw new EngineError('config_invalid', `config file ${shown} is empty`, { fix: 'declare `version: 1` and at least one gate (see the README)' });
  try {
    if (path.endsWith('.json')) {
      return { raw: parseJson(text).value, locate: (p) => locateJsonPointer(text, p), sha256 };
    }
    const parsed = parseYamlText(shown, text);
    return { raw: parsed.value, locate: parsed.locate, sha256 };
  } catch (e) {
    if (e instanceof JsonParseError) {
      const p = e.problem;
      throw new EngineError('config_invalid', `invalid config ${shown}:${p.line}:${p.column}: ${p.message}`, { fix: `fix the JSON in ${shown}` });
    }
    if (e instanceof ArtifactError) throw new EngineError('config_invalid', `invalid config ${e.message}`, { fix: e.detail.fix ?? `fix ${shown}` });
    throw e;
  }
}

function timeoutMs(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const parsed = parseDuration(text);
  return parsed.ok ? parsed.value : fallback;
}

/** Apply `extends: <preset>`; without it the config is used as written. */
function resolveExtends(raw: unknown, shown: string, locate: Locate): { raw: unknown; mapPointer: MapPointer } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || !('extends' in raw)) return { raw, mapPointer: identity };
  const user = raw as Record<string, unknown>;
  const name = user.extends;
  const preset = typeof name === 'string' ? PRESETS[name] : undefined;
  if (preset === undefined) {
    const message = typeof name === 'string' ? `unknown preset "${name}"${didYouMean(name, presetNames())}` : `must be the name of a preset (${presetNames().join(', ')})`;
    throw configError(shown, [{ code: 'config_invalid', pointer: '/extends', message }], locate);
  }
  const { merged, origins } = mergePreset(preset, user);
  const mapPointer: MapPointer = (pointer) => {
    const m = /^\/gates\/(\d+)(\/.*)?$/.exec(pointer);
    const origin = m ? origins[Number(m[1])] : undefined;
    if (!m || origin === undefined) return { pointer };
    if (origin.user !== undefined) return { pointer: `/gates/${origin.user}${m[2] ?? ''}` };
    return { pointer, note: ` (gate "${origin.presetGate}" of preset ${name as string})` };
  };
  return { raw: merged, mapPointer };
}

export async function loadConfig(options: {
  root: string;
  config?: string;
  cwd?: string;
  gateTypes: ReadonlyMap<string, AnyGateDefinition>;
}): Promise<LoadedConfig> {
  const cwd = options.cwd ?? process.cwd();
  const path = await findConfigFile(options.root, options.config, cwd);
  const shown = displayPath(path, cwd);
  const parsed = await parseConfigFile(path, shown);
  const { locate, sha256 } = parsed;
  const { raw, mapPointer } = resolveExtends(parsed.raw, shown, locate);

  const shapeProblems = validateSchema(CONFIG_BASE_SCHEMA, raw).map((p) => fromSchemaProblem(p));
  if (shapeProblems.length > 0) throw configError(shown, shapeProblems, locate, mapPointer);
  const config = raw as RawConfig;

  const defaultTimeout = timeoutMs(config.defaults?.timeout, timeoutMs(DEFAULT_TIMEOUT, 60_000));
  const problems: Problem[] = [];
  const gates: GateConfig[] = [];
  const seen = new Map<string, number>();
  config.gates.forEach((g, i) => {
    const definition = options.gateTypes.get(g.type);
    if (!definition) {
      problems.push({ code: 'unknown_gate_type', pointer: `/gates/${i}/type`, message: `unknown gate type "${g.type}"${didYouMean(g.type, options.gateTypes.keys())}` });
      return;
    }
    const id = g.id ?? g.type;
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({ code: 'config_invalid', pointer: `/gates/${i}/id`, message: `gate id "${id}" is already used by /gates/${first}; give each gate a unique id` });
      return;
    }
    seen.set(id, i);
    const gateOptions = structuredClone(g.options ?? {});
    const optionProblems = validateSchema(definition.optionsSchema, gateOptions, { fillDefaults: true });
    problems.push(...optionProblems.map((p) => fromSchemaProblem(p, `/gates/${i}/options`)));
    gates.push({
      id,
      type: g.type,
      definition,
      title: g.title ?? definition.title,
      ...(g.bead !== undefined ? { bead: g.bead } : {}),
      blocking: g.blocking ?? definition.blocking ?? true,
      timeoutMs: timeoutMs(g.timeout, defaultTimeout),
      ...(g.reproduce !== undefined ? { reproduce: g.reproduce } : {}),
      remediation: g.remediation ?? definition.remediation ?? [],
      options: gateOptions,
    });
  });
  if (problems.length > 0) throw configError(shown, problems, locate, mapPointer);
  const rollback = config.rollback
    ? {
        ...(config.rollback.file !== undefined ? { file: config.rollback.file } : {}),
        ...(config.rollback.declaration !== undefined ? { declaration: config.rollback.declaration } : {}),
        ...(config.rollback.max_hours !== undefined ? { maxHours: config.rollback.max_hours } : {}),
      }
    : undefined;
  if (rollback?.file !== undefined && rollback.declaration !== undefined) {
    throw configError(shown, [{ code: 'config_invalid', pointer: '/rollback', message: 'give either rollback.file or rollback.declaration, not both' }], locate);
  }
  const waivers = config.waivers
    ? {
        sources: config.waivers.sources,
        ...(config.waivers.max_days !== undefined ? { maxDays: config.waivers.max_days } : {}),
        ...(config.waivers.expiring_soon_days !== undefined ? { expiringSoonDays: config.waivers.expiring_soon_days } : {}),
      }
    : undefined;
  return { path, sha256, outputDir: config.output?.dir ?? DEFAULT_OUTPUT_DIR, gates, ...(rollback ? { rollback } : {}), ...(waivers ? { waivers } : {}), ...(config.reporters ? { reporters: config.reporters } : {}) };
}
