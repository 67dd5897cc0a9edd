/**
 * Config: parse → validate the file's shape → validate each gate's options against its type.
 * Only the explicitly named file or `<root>/gate-engine.config.{yaml,yml,json}` is ever read —
 * nothing from the home directory, no merging of several sources — so a run is reproducible from
 * the repository alone.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { readRegularFile } from '../util/regular-file.js';
import { relative, resolve } from 'node:path';
import { ArtifactError } from '../artifacts/errors.js';
import { JsonParseError, locateJsonPointer, parseJson } from '../artifacts/json-parse.js';
import { displayPointer, validateSchema, type SchemaProblem } from '../artifacts/schema.js';
import { parseYamlText } from '../artifacts/yaml.js';
import { EngineError, type EngineErrorCode } from '../core/errors.js';
import { parseDuration } from '../util/time.js';
import type { AnyGateDefinition } from '../core/types.js';
import type { WaiverConfig } from '../core/waiver-sources.js';
import { didYouMean } from '../util/suggest.js';
import { mergePreset, presetNames, PRESETS, type GateProvenance, type ValueSource } from './presets.js';
import { planOrder } from '../core/order.js';
import { CONFIG_BASE_SCHEMA } from './schema.js';
import { configContentProblems } from './content.js';
import { importInChild, loadPlugins, type LoadedPlugin } from './plugins.js';
import { isBlank } from '../util/text-classes.js';
import { decodeUtf8 } from '../util/utf8.js';

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
  /** Gate ids this gate starts after. */
  needs: string[];
  /** A barrier gate's declared writes (root-relative globs); absent = it may write anything. */
  writes?: string[];
}

/** How the config resolved: where every value came from (`gate-engine config` prints it). */
export interface ConfigResolution {
  /** The preset named by `extends`, if any. */
  extends?: string;
  /** Per resolved gate id: where the entry, each field and each option came from (`default`: the gate type's or the engine's). */
  gates: Record<string, GateProvenance>;
  /** Gates switched off with `enabled: false` (not run, not listed, cannot be waived). */
  disabled: { id: string; entry: 'preset+file' | 'file'; pointer: string }[];
  /** Top-level sections (waivers, output, defaults, rollback) and where each came from. */
  sections: Record<string, ValueSource>;
}

export interface LoadedConfig {
  /** Absolute path of the config file. */
  path: string;
  sha256: string;
  outputDir: string;
  gates: GateConfig[];
  rollback?: { file?: string; declaration?: unknown; maxHours?: number };
  waivers?: WaiverConfig;
  resolution?: ConfigResolution;
  /** `reporters:` as written (`name` or `name:file`, files relative to the root). */
  reporters?: string[];
  /** The modules `plugins:` loaded, and the gate types they added. */
  plugins?: LoadedPlugin[];
  /** Every gate type this config may use: the given registry plus the plugins' types. */
  gateTypes?: ReadonlyMap<string, AnyGateDefinition>;
}

export interface RawGate {
  id?: string;
  type: string;
  enabled?: boolean;
  title?: string;
  bead?: string;
  blocking?: boolean;
  timeout?: string;
  reproduce?: string;
  remediation?: string[];
  options?: Record<string, unknown>;
  needs?: string[];
  writes?: string[];
}

/** A config as data (what a config file holds, and what `verify({ config })` and `defineConfig` take). */
export interface ConfigInput {
  version: 1;
  $schema?: string;
  extends?: string;
  output?: { dir?: string };
  defaults?: { timeout?: string };
  gates: RawGate[];
  rollback?: { file?: string; declaration?: Record<string, unknown>; max_hours?: number };
  waivers?: { sources: string[]; max_days?: number; expiring_soon_days?: number };
  reporters?: string[];
  plugins?: string[];
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
    buffer = await readRegularFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new EngineError('config_missing', `config file ${shown} does not exist`, { fix: 'check the --config path' });
    throw new EngineError('config_invalid', `config file ${shown} could not be read: ${(e as Error).message}`, { fix: 'check the file permissions' });
  }
  // The BOM stays in the text, as before; only invalid bytes are new errors.
  const text = decodeUtf8(buffer, { keepBom: true });
  if (text === undefined) throw new EngineError('config_invalid', `config file ${shown} is not valid UTF-8 text`, { fix: `save ${shown} as UTF-8` });
  const sha256 = createHash('sha256').update(buffer).digest('hex');
  if (isBlank(text)) throw new EngineError('config_invalid', `config file ${shown} is empty`, { fix: 'declare `version: 1` and at least one gate (see the README)' });
  try {
    if (path.endsWith('.json')) {
      const json = parseJson(text);
      const locate: Locate = (p) => locateJsonPointer(text, p);
      refuseInexactNumbers(shown, json.inexactNumbers, locate);
      return { raw: json.value, locate, sha256 };
    }
    const parsed = parseYamlText(shown, text);
    refuseInexactNumbers(shown, parsed.inexactNumbers, parsed.locate);
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

/**
 * A config number a double cannot hold exactly (`value: 87.98000000000000000001`, an integer beyond 2^53) is a limit the
 * gate would compare as its rounding: 87.98 passed `>= 87.98000000000000000001`. Evidence numbers like it are refused
 * where compared (`imprecise_number`); a limit is refused with the config.
 */
function refuseInexactNumbers(shown: string, inexact: ReadonlyMap<string, string>, locate: Locate): void {
  // Readers record every integer past 2^53 - 1 (its neighbours share its double); a limit written as exactly that double
  // (2^53 itself) is the number compared, so only a limit the double differs from is refused.
  const first = [...inexact].find(([, written]) => !isExactInteger(written));
  if (first === undefined) return;
  const [pointer, written] = first;
  const at = locate(pointer);
  const where = at === undefined ? shown : `${shown}:${at.line}:${at.column}`;
  throw new EngineError('config_invalid', `invalid config ${where}: the number ${written} (${pointer}) has more digits than a double keeps and would be compared as ${String(Number(written.replace(/_/g, '')))}`, {
    fix: 'write the limit with at most 15-17 significant digits (the number the gate will compare)',
  });
}

/** True when `text` is an integer literal (decimal, `_` separators allowed) whose double is exactly that integer. */
function isExactInteger(text: string): boolean {
  const clean = text.trim().replace(/_/g, '');
  if (!/^[+-]?\d+$/.test(clean)) return false;
  const value = Number(clean);
  return Number.isFinite(value) && BigInt(value) === BigInt(clean);
}

/** The longest delay a Node timer holds; a larger one fires after 1 ms (with a TimeoutOverflowWarning). */
export const MAX_TIMEOUT_MS = 2_147_483_647;

function timeoutMs(text: string | undefined, fallback: number, pointer: string, problems: Problem[]): number {
  if (text === undefined) return fallback;
  const parsed = parseDuration(text);
  if (!parsed.ok) {
    problems.push({ code: 'config_invalid', pointer, message: parsed.reason });
    return fallback;
  }
  if (!Number.isSafeInteger(parsed.value) || parsed.value > MAX_TIMEOUT_MS || parsed.value < 1) {
    problems.push({ code: 'config_invalid', pointer, message: `timeout "${text}" is ${parsed.value < 1 ? 'zero' : 'longer than a timer can hold'}; use a duration from 1ms to 24d (${MAX_TIMEOUT_MS} ms)` });
    return fallback;
  }
  return parsed.value;
}

interface Extended {
  raw: unknown;
  mapPointer: MapPointer;
  resolution: ConfigResolution;
}

/** Apply `extends: <preset>`; without it the config is used as written (gates with `enabled: false` left out). */
function resolveExtends(raw: unknown, shown: string, locate: Locate): Extended {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || !Object.prototype.hasOwnProperty.call(raw, 'extends')) {
    return { raw, mapPointer: identity, resolution: plainResolution(raw) };
  }
  const user = raw as Record<string, unknown>;
  const name = user.extends;
  // Own properties only: "constructor", "__proto__" or "toString" is not a preset.
  const preset = typeof name === 'string' && Object.hasOwn(PRESETS, name) ? PRESETS[name] : undefined;
  if (preset === undefined) {
    const message = typeof name === 'string' ? `unknown preset "${name}"${didYouMean(name, presetNames())}` : `must be the name of a preset (${presetNames().join(', ')})`;
    throw configError(shown, [{ code: 'config_invalid', pointer: '/extends', message }], locate);
  }
  const { merged, origins, provenance, disabled, sections, problems } = mergePreset(preset, user, name as string);
  if (problems.length > 0) throw configError(shown, problems.map((p) => ({ code: 'config_invalid', ...p })), locate);
  const mapPointer: MapPointer = (pointer) => {
    const m = /^\/gates\/(\d+)(\/.*)?$/.exec(pointer);
    const origin = m ? origins[Number(m[1])] : undefined;
    if (!m || origin === undefined) return { pointer };
    if (origin.user !== undefined) return { pointer: `/gates/${origin.user}${m[2] ?? ''}` };
    return { pointer, note: ` (gate "${origin.presetGate}" of preset ${name as string})` };
  };
  const gates: Record<string, GateProvenance> = Object.create(null) as Record<string, GateProvenance>;
  (merged.gates as unknown[]).forEach((g, i) => {
    const e = g as Record<string, unknown>;
    gates[String(e.id ?? e.type)] = provenance[i] as GateProvenance;
  });
  return {
    raw: merged,
    mapPointer,
    resolution: { extends: name as string, gates, disabled: disabled.map((d) => ({ id: d.id, entry: d.entry, pointer: `/gates/${d.user}/enabled` })), sections },
  };
}

const entries = (raw: unknown): unknown[] => (raw !== null && typeof raw === 'object' && Array.isArray((raw as Record<string, unknown>).gates) ? ((raw as Record<string, unknown>).gates as unknown[]) : []);
const isOff = (g: unknown) => g !== null && typeof g === 'object' && (g as Record<string, unknown>).enabled === false;

function plainResolution(raw: unknown): ConfigResolution {
  const gates: Record<string, GateProvenance> = Object.create(null) as Record<string, GateProvenance>;
  const disabled: ConfigResolution['disabled'] = [];
  entries(raw).forEach((g, i) => {
    if (g === null || typeof g !== 'object') return;
    const e = g as Record<string, unknown>;
    const id = String(e.id ?? e.type);
    if (isOff(g)) {
      disabled.push({ id, entry: 'file', pointer: `/gates/${i}/enabled` });
      return;
    }
    const options = e.options !== null && typeof e.options === 'object' ? Object.keys(e.options as object) : [];
    gates[id] = { entry: 'file', fields: Object.fromEntries(Object.keys(e).filter((k) => k !== 'options' && k !== 'enabled').map((k) => [k, 'file' as const])), options: Object.fromEntries(options.map((k) => [k, 'file' as const])), unset: [] };
  });
  const sections: Record<string, ValueSource> = {};
  if (raw !== null && typeof raw === 'object') for (const key of Object.keys(raw)) if (key !== 'gates') sections[key] = 'file';
  return { gates, disabled, sections };
}

/** `needs` must name configured gates, and needs plus command barriers must leave an order (no cycle). */
function orderProblems(raw: readonly RawGate[], gates: readonly GateConfig[]): Problem[] {
  const problems: Problem[] = [];
  const ids = gates.map((g) => g.id);
  gates.forEach((g, i) => {
    g.needs.forEach((need, j) => {
      if (!ids.includes(need)) problems.push({ code: 'config_invalid', pointer: `/gates/${i}/needs/${j}`, message: `needs unknown gate id "${need}"${didYouMean(need, ids)}` });
      else if (need === g.id) problems.push({ code: 'config_invalid', pointer: `/gates/${i}/needs/${j}`, message: `gate "${g.id}" needs itself` });
    });
  });
  if (problems.length > 0 || raw.length !== gates.length) return problems;
  const planned = planOrder(gates.map((g) => ({ id: g.id, barrier: g.definition.barrier === true, needs: g.needs, ...(g.writes !== undefined ? { writes: g.writes } : {}) })));
  if (!planned.ok) {
    const first = ids.indexOf(planned.cycle[0] as string);
    problems.push({
      code: 'config_invalid',
      pointer: `/gates/${first}/needs`,
      message: `the gates cannot be ordered: ${planned.cycle.join(' → ')} wait for each other (through needs and command gates, which run in declared order unless they declare writes)`,
    });
  }
  return problems;
}

/** What `verify({ config })` calls a config given as an object (no file): the label it has in messages and the verdict. */
export const CONFIG_OBJECT_LABEL = 'gate-engine.config (object)';

/** A config given as an object: hashed as its canonical JSON, located nowhere. */
function parseConfigObject(value: unknown): { raw: unknown; locate: Locate; sha256: string } {
  let text: string;
  try {
    text = JSON.stringify(value, (_k, v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v));
  } catch (e) {
    throw new EngineError('config_invalid', `the config object cannot be serialised: ${(e as Error).message}`, { fix: 'pass plain data (objects, arrays, strings, numbers, booleans)' });
  }
  if (text === undefined) throw new EngineError('config_invalid', 'the config object is not an object', { fix: 'pass defineConfig({ version: 1, gates: [...] })' });
  // Round-trip: functions, undefined and class instances are not config data.
  return { raw: JSON.parse(text) as unknown, locate: () => undefined, sha256: createHash('sha256').update(text).digest('hex') };
}

export async function loadConfig(options: {
  root: string;
  config?: string;
  /** The config itself (instead of a file); `config` is then ignored. */
  configObject?: unknown;
  cwd?: string;
  gateTypes: ReadonlyMap<string, AnyGateDefinition>;
  /** Load plugin modules in a child process and keep only their definitions' data (`check`: see importInChild). */
  isolatePlugins?: boolean;
}): Promise<LoadedConfig> {
  const cwd = options.cwd ?? process.cwd();
  const fromObject = options.configObject !== undefined;
  const path = fromObject ? resolve(options.root, CONFIG_OBJECT_LABEL) : await findConfigFile(options.root, options.config, cwd);
  const shown = fromObject ? CONFIG_OBJECT_LABEL : displayPath(path, cwd);
  const parsed = fromObject ? parseConfigObject(options.configObject) : await parseConfigFile(path, shown);
  const { locate, sha256 } = parsed;
  const { raw, mapPointer, resolution } = resolveExtends(parsed.raw, shown, locate);

  const shapeProblems = validateSchema(CONFIG_BASE_SCHEMA, raw).map((p) => fromSchemaProblem(p));
  if (shapeProblems.length > 0) throw configError(shown, shapeProblems, locate, mapPointer);
  const config = raw as ConfigInput;
  const loaded =
    config.plugins !== undefined && config.plugins.length > 0
      ? await loadPlugins(config.plugins, options.root, options.gateTypes, (i) => {
          const at = locate(`/plugins/${i}`);
          return `${shown} plugins[${i}]${at ? `, line ${at.line}` : ''}`;
        }, options.isolatePlugins === true ? importInChild : undefined)
      : { registry: options.gateTypes, plugins: [] };
  const gateTypes = loaded.registry;

  const problems: Problem[] = [];
  const defaultTimeout = timeoutMs(config.defaults?.timeout, 60_000, '/defaults/timeout', problems);
  const gates: GateConfig[] = [];
  const seen = new Map<string, number>();
  config.gates.forEach((g, i) => {
    const definition = gateTypes.get(g.type);
    if (!definition) {
      const hint = config.plugins === undefined ? ' (a custom gate type comes from a module listed under `plugins:`)' : '';
      problems.push({ code: 'unknown_gate_type', pointer: `/gates/${i}/type`, message: `unknown gate type "${g.type}"${didYouMean(g.type, gateTypes.keys())}${hint}` });
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
    // Switched off: validated like any entry, never run. (Preset gates switched off were already left out.)
    if (g.enabled === false) {
      problems.push(...optionProblems.map((p) => fromSchemaProblem(p, `/gates/${i}/options`)));
      return;
    }
    const prov = Object.prototype.hasOwnProperty.call(resolution.gates, id) ? resolution.gates[id] : undefined;
    if (prov !== undefined) {
      for (const key of Object.keys(gateOptions)) prov.options[key] ??= 'default';
      for (const key of ['title', 'blocking', 'timeout', 'remediation']) prov.fields[key] ??= 'default';
    }
    problems.push(...optionProblems.map((p) => fromSchemaProblem(p, `/gates/${i}/options`)));
    gates.push({
      id,
      type: g.type,
      definition,
      title: g.title ?? definition.title,
      ...(g.bead !== undefined ? { bead: g.bead } : {}),
      blocking: g.blocking ?? definition.blocking ?? true,
      timeoutMs: timeoutMs(g.timeout, defaultTimeout, `/gates/${i}/timeout`, problems),
      ...(g.reproduce !== undefined ? { reproduce: g.reproduce } : {}),
      remediation: g.remediation ?? definition.remediation ?? [],
      options: gateOptions,
      needs: g.needs ?? [],
      ...(g.writes !== undefined ? { writes: g.writes } : {}),
    });
    if (g.writes !== undefined && definition.barrier !== true) {
      problems.push({ code: 'config_invalid', pointer: `/gates/${i}/writes`, message: `only gates that run commands declare writes; a "${g.type}" gate only reads` });
    }
    (g.writes ?? []).forEach((glob, j) => {
      // A glob is matched against root-relative paths: one that climbs or starts at / could never match what it means.
      if (/^([a-zA-Z]:)?[\\/]/.test(glob) || glob.split(/[\\/]/).includes('..')) {
        problems.push({ code: 'config_invalid', pointer: `/gates/${i}/writes/${j}`, message: `"${glob}" is not a glob relative to the root (no leading / and no .. segment): write it as the path from the root, e.g. "reports/*.json"` });
      }
    });
  });
  // Values that carry no content (placeholders, blank, templates, max_age over 400 days), once the shape is right.
  if (problems.length === 0) problems.push(...configContentProblems(raw).map((p): Problem => ({ code: 'config_invalid', ...p })));
  if (problems.length === 0) problems.push(...orderProblems(config.gates, gates));
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
  return { path, sha256, outputDir: config.output?.dir ?? DEFAULT_OUTPUT_DIR, gates, ...(rollback ? { rollback } : {}), ...(waivers ? { waivers } : {}), resolution, ...(config.reporters ? { reporters: config.reporters } : {}), ...(loaded.plugins.length > 0 ? { plugins: loaded.plugins } : {}), gateTypes };
}
