/**
 * `plugins:` in the config: modules that export gate definitions (custom gate types). An entry is a
 * path relative to the root (`./gates/my-gate.js`) or the name of an installed package
 * (`@acme/release-gates`). A plugin module exports its gates as the default export (one definition,
 * an array, or `{ gates: [...] }`) or as a named `gates` array. Every way a plugin can be missing or
 * broken is an EngineError (exit 2) naming the config entry, the file and the fix — never a stack trace.
 */
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EngineError } from '../core/errors.js';
import type { AnyGateDefinition } from '../core/types.js';
import { GATE_TYPE_PATTERN } from './schema.js';
import { importModule } from '../util/import-module.js';

export interface LoadedPlugin {
  /** The entry as written in the config. */
  spec: string;
  /** Absolute path of the module loaded. */
  file: string;
  /** Gate types it added. */
  types: string[];
}

const TYPESCRIPT = /\.(c|m)?tsx?$/;

/**
 * " (line N)" when Node names the line of the plugin a load error is at (a missing named import, a failed link):
 * its stack then starts with `file:///…:N`. A plain syntax error carries no position Node exposes.
 */
function loadErrorLine(e: unknown): string {
  const stack = e instanceof Error && typeof e.stack === 'string' ? e.stack : '';
  const m = /^file:\/\/[^\n]*:(\d+)\n/.exec(stack);
  return m ? ` (line ${m[1]})` : '';
}

function pluginError(where: string, spec: string, message: string, fix: string): EngineError {
  return new EngineError('plugin_invalid', `plugin "${spec}" (${where}) ${message}`, { fix });
}

/** The entry file of an installed package, as seen from the root (ESM-only packages included). */
function resolvePackage(spec: string, root: string): string | undefined {
  const require = createRequire(join(root, 'package.json'));
  try {
    return require.resolve(spec);
  } catch {
    // An ESM-only package (exports with an "import" condition only) is not visible to require.resolve.
  }
  const parts = spec.split('/');
  const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
  const subpath = `.${spec.slice(name.length)}`;
  for (let dir = root; ; dir = dirname(dir)) {
    const pkgDir = join(dir, 'node_modules', name);
    const manifest = join(pkgDir, 'package.json');
    if (existsSync(manifest)) {
      let pkg: { exports?: unknown; main?: string };
      try {
        pkg = JSON.parse(readFileSync(manifest, 'utf8')) as typeof pkg;
      } catch {
        return undefined;
      }
      const pick = (value: unknown): string | undefined => {
        if (typeof value === 'string') return value;
        if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
        const v = value as Record<string, unknown>;
        return pick(v.import) ?? pick(v.node) ?? pick(v.default);
      };
      let entry: string | undefined;
      if (pkg.exports !== undefined) {
        const ex = pkg.exports as Record<string, unknown>;
        const keyed = typeof ex === 'object' && ex !== null && !Array.isArray(ex) && Object.keys(ex).some((k) => k.startsWith('.'));
        entry = keyed ? pick(ex[subpath]) : subpath === '.' ? pick(ex) : undefined;
      } else {
        entry = subpath === '.' ? (pkg.main ?? 'index.js') : subpath;
      }
      return entry === undefined ? undefined : resolve(pkgDir, entry);
    }
    if (dirname(dir) === dir) return undefined;
  }
}

function definitionsOf(mod: Record<string, unknown>): unknown[] | undefined {
  const fromValue = (v: unknown): unknown[] | undefined => {
    if (Array.isArray(v)) return v;
    if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (Array.isArray(o.gates)) return o.gates;
      if (typeof o.type === 'string' || typeof o.evaluate === 'function') return [v];
    }
    return undefined;
  };
  return fromValue(mod.default) ?? (Array.isArray(mod.gates) ? mod.gates : undefined);
}

const DEFINITION_DATA = ['type', 'title', 'description', 'blocking', 'optionsSchema', 'remediation', 'reasons', 'evidenceReasons', 'unwaivableReasons', 'warnReasons', 'barrier', 'heavy'] as const;
const DEFINITION_METHODS = ['evaluate', 'artifactPath'] as const;

/**
 * A frozen copy of a would-be definition with each field read exactly once (data deep-copied, methods called on
 * the original), or what went wrong reading it. Anything else the module exported is left behind.
 */
export function snapshotDefinition(value: unknown): Record<string, unknown> | string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'is not an object made with defineGate';
  try {
    const source = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of DEFINITION_DATA) {
      const v = source[key];
      if (v !== undefined) out[key] = typeof v === 'object' && v !== null ? structuredClone(v) : v;
    }
    for (const key of DEFINITION_METHODS) {
      const v = source[key];
      if (typeof v === 'function') out[key] = (...args: unknown[]) => (v as (...a: unknown[]) => unknown).apply(source, args);
      else if (v !== undefined) out[key] = v;
    }
    return Object.freeze(out);
  } catch (e) {
    let why = 'unknown error';
    try {
      why = e instanceof Error ? e.message : String(e);
    } catch {
      // nothing more to say
    }
    return `cannot be read as plain data (${why})`;
  }
}

/** What is wrong with a would-be gate definition ('' when nothing). */
export function definitionProblem(value: unknown): string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'is not an object made with defineGate';
  const d = value as Record<string, unknown>;
  if (typeof d.type !== 'string' || !new RegExp(GATE_TYPE_PATTERN).test(d.type)) return `has type ${JSON.stringify(d.type)}; a gate type is lower-case letters, digits and _ (e.g. "release_notes")`;
  if (typeof d.title !== 'string' || d.title.trim() === '') return `("${d.type}") has no title`;
  if (typeof d.description !== 'string' || d.description.trim() === '') return `("${d.type}") has no description`;
  if (d.optionsSchema === null || typeof d.optionsSchema !== 'object' || Array.isArray(d.optionsSchema)) return `("${d.type}") has no optionsSchema (a JSON Schema object for its options)`;
  if (typeof d.evaluate !== 'function') return `("${d.type}") has no evaluate function`;
  if (d.reasons !== undefined && (d.reasons === null || typeof d.reasons !== 'object' || Object.values(d.reasons).some((v) => typeof v !== 'string'))) return `("${d.type}") has reasons that are not a map of code → meaning`;
  // A string here would match codes by substring ("forbidden_claim_x".includes): only a list of codes.
  for (const key of ['evidenceReasons', 'unwaivableReasons', 'warnReasons'] as const) {
    const list = d[key];
    if (list !== undefined && (!Array.isArray(list) || list.some((v) => typeof v !== 'string'))) return `("${d.type}") has ${key} that is not a list of reason codes`;
  }
  return '';
}

/**
 * Load every plugin named in the config, in order, into a copy of `registry`. `where(i)` names the
 * entry for messages (file and pointer).
 */
export async function loadPlugins(specs: readonly string[], root: string, registry: ReadonlyMap<string, AnyGateDefinition>, where: (i: number) => string, importModule: PluginImporter = importInProcess): Promise<{ registry: Map<string, AnyGateDefinition>; plugins: LoadedPlugin[] }> {
  const out = new Map(registry);
  const origin = new Map<string, string>();
  const plugins: LoadedPlugin[] = [];
  for (const [i, spec] of specs.entries()) {
    const at = where(i);
    let file: string;
    if (isAbsolute(spec)) {
      throw pluginError(at, spec, 'is an absolute path; a config must work on every checkout', 'write the path relative to the root, starting with ./ (e.g. ./gates/my-gate.js)');
    }
    if (spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..') {
      file = resolve(root, spec);
      if (!existsSync(file)) throw pluginError(at, spec, `does not exist: no file ${relative(root, file) || file} in the root`, 'check the path (relative to the root, not to the config file), or build the plugin first');
      const real = await fs.realpath(file);
      const rel = relative(root, real);
      if (rel.startsWith('..') || isAbsolute(rel)) throw pluginError(at, spec, 'lies outside the root', 'keep plugin modules inside the repository, or install them as a package and name the package');
      if ((await fs.stat(real)).isDirectory()) throw pluginError(at, spec, 'is a directory', 'name the module file (e.g. ./gates/index.js), or name the package');
      file = real;
    } else {
      const found = resolvePackage(spec, root);
      if (found === undefined || !existsSync(found)) throw pluginError(at, spec, `is not installed (no package "${spec}" resolvable from the root)`, `run npm install ${spec}, or write a path starting with ./ for a module in the repository`);
      file = found;
    }
    if (TYPESCRIPT.test(file)) throw pluginError(at, spec, `is TypeScript (${relative(root, file).split(sep).join('/')}); Node cannot load it as is`, 'build the plugin to JavaScript and name the .js file (or the package that ships it)');
    let mod: Record<string, unknown>;
    try {
      mod = await importModule(file);
    } catch (e) {
      const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
      throw pluginError(at, spec, `could not be loaded from ${relative(root, file).split(sep).join('/')}${loadErrorLine(e)}: ${message}`, 'fix the module so `node -e "import(\'<file>\')"` loads it (syntax, missing dependency, a throw at load time)');
    }
    const defs = definitionsOf(mod);
    if (defs === undefined || defs.length === 0) {
      throw pluginError(at, spec, 'exports no gate definitions', 'export default defineGate({...}) (or an array of them, or { gates: [...] }) from the module; defineGate comes from gate-engine/sdk');
    }
    const types: string[] = [];
    for (const [k, found] of defs.entries()) {
      // Every field read once, into a frozen plain copy: a getter cannot show one type to the checks below and
      // register another (a built-in's), nor change the definition after it was checked.
      const copied = snapshotDefinition(found);
      if (typeof copied === 'string') throw pluginError(at, spec, `gate definition ${k + 1} of ${defs.length} ${copied}`, 'export plain gate definitions made with defineGate (no getters or proxies that throw)');
      const def = copied;
      const problem = definitionProblem(def);
      if (problem !== '') throw pluginError(at, spec, `gate definition ${k + 1} of ${defs.length} ${problem}`, 'define each gate with defineGate from gate-engine/sdk: type, title, description, optionsSchema, evaluate');
      const gate = def as unknown as AnyGateDefinition;
      if (out.has(gate.type)) {
        const other = origin.get(gate.type);
        throw pluginError(at, spec, `defines gate type "${gate.type}", which ${other === undefined ? 'is a built-in gate type' : `plugin "${other}" already defines`}`, 'give the custom gate type a name of its own (e.g. prefix it with your project: acme_release_notes)');
      }
      out.set(gate.type, gate);
      origin.set(gate.type, spec);
      types.push(gate.type);
    }
    plugins.push({ spec, file, types });
  }
  return { registry: out, plugins };
}

/** How a plugin module is loaded: its exports. */
export type PluginImporter = (file: string) => Promise<Record<string, unknown>>;

const importInProcess: PluginImporter = (file) => importModule(pathToFileURL(file).href);

/** Marks the line a probe child prints its answer on, so what a plugin prints while loading is not read as the answer. */
const PROBE_MARK = 'gate-engine plugin probe:';
/** Stands for a function in the probe's answer (JSON has none). */
const FUNCTION_MARK = 'gate-engine:function:0b6f1c52';

/**
 * The probe child: imports the module and prints its `default` and `gates` exports as JSON, each function a
 * FUNCTION_MARK. Self-contained, so it runs whatever form (built or source) the engine was loaded in.
 */
const PROBE_SCRIPT = `
const { pathToFileURL } = await import('node:url');
const [file, mark, fn] = process.argv.slice(1);
let out;
try {
  const mod = await import(pathToFileURL(file).href);
  out = JSON.stringify({ module: { default: mod.default, gates: mod.gates } }, (k, v) => (typeof v === 'function' ? fn : v));
} catch (e) {
  out = JSON.stringify({ error: String((e && e.message) || e).split('\\n')[0] });
}
process.stdout.write('\\n' + mark + out + '\\n');
process.exit(0);
`;

/**
 * `gate-engine check` decides a release made of the code it checks, plugins included: imported into check's own
 * process, a plugin module of the promoted commit ran inside the decision (printed PROMOTE and exited 0, read the
 * signing key). This importer loads the module in a child process without the engine's secrets and takes back only
 * its exports as data: the definitions are checked as verify checks them, and `evaluate` never runs in check. A
 * child that gives no answer is a plugin that could not be loaded.
 */
export const importInChild: PluginImporter = (file) => importInChildWithin(file, PLUGIN_LOAD_TIMEOUT_MS);

/** How long a plugin module may take to load in check's child process: loading defines gates, it runs none. */
export const PLUGIN_LOAD_TIMEOUT_MS = 60_000;

/** {@link importInChild} with its own bound: a module that never finishes loading (a loop, a wait) is killed, never waited for. */
export async function importInChildWithin(file: string, timeoutMs: number): Promise<Record<string, unknown>> {
  const { spawnSync } = await import('node:child_process');
  const { childEnvironment } = await import('../core/child-env.js');
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', PROBE_SCRIPT, file, PROBE_MARK, FUNCTION_MARK], { env: childEnvironment(process.env), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs, killSignal: 'SIGKILL' });
  if ((run.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') throw new Error(`the module did not finish loading within ${timeoutMs / 1000} s (it was stopped): loading a plugin must define its gates and return`);
  const line = (run.stdout ?? '').split('\n').findLast((l) => l.startsWith(PROBE_MARK));
  if (run.status !== 0 || line === undefined) throw new Error(`the module exited ${run.status ?? run.signal} while loading, without its gate definitions`);
  const answer = JSON.parse(line.slice(PROBE_MARK.length), (_k, v: unknown) => (v === FUNCTION_MARK ? notInCheck : v)) as { module?: Record<string, unknown>; error?: string };
  if (answer.error !== undefined) throw new Error(answer.error);
  return answer.module ?? {};
}

function notInCheck(): never {
  throw new Error('a plugin gate loaded by check is never evaluated');
}
