/**
 * The fail-closed fuzzer. It takes every passing workspace we have (the scenario fixtures whose
 * expected verdict is pass, and the demo), probes which parts of the evidence each passing gate
 * relies on, then mutates that evidence with operators that know whether they break it or keep it
 * sound (operators.ts), and checks the engine's answer:
 *   - a mutation that breaks the evidence must not leave any gate that relied on it passing;
 *   - a mutation that keeps the evidence sound must not make any passing gate stop passing;
 *   - whatever the mutation, the engine answers: no crash, no internal error.
 *
 * Everything is deterministic: a case is named by a key (seed|file|operator|path) and a run by a
 * PRNG seed, so any failure replays exactly (`npm run fuzz -- --case '<key>'` or `--seed <n>`).
 */
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { LoadedConfig } from '../../src/config/load.js';
import { evaluate, loadSeedConfig, type Outcome } from './engine.js';
import { emitDoc, formatOf, getAt, leaves, objects, parseDoc, pathKey, roundTrips, setAt, type Format, type Leaf, type Patches, type Path } from './formats.js';
import { dupKeyVariants, leafMutations, shapeChange, type Expectation, type Family, type LeafFacts } from './operators.js';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
const SCENARIOS = join(REPO_ROOT, 'fixtures', 'scenarios');
const CONFIG_NAMES = ['gate-engine.config.yaml', 'gate-engine.config.yml', 'gate-engine.config.json'];
const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;

// ------------------------------------------------------------------ seeds
export interface Seed {
  /** e.g. `threshold/pass` or `demo`. */
  name: string;
  dir: string;
  now: string;
  /** Gate types the seed's config uses. */
  gateTypes: string[];
  /** How many gates its config declares (each case evaluates them all). */
  gateCount: number;
  files: Map<string, Buffer>;
  modes: Map<string, number>;
  /** Symbolic links of the scenario (a node_modules entry linking a workspace package), kept as links: path → target. */
  links: Map<string, string>;
}

/**
 * What a run of the README's demo leaves in a fixture (git ignores it): not part of the seed, or a checkout where the
 * demo ran would fuzz other cases than a clean clone (CI) under the same slice seed.
 */
const RUN_OUTPUTS = new Set(['gate-engine-out', '.gate-engine-out.runs']);

function walk(dir: string, base = dir, links?: Map<string, string>): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !(dir === base && RUN_OUTPUTS.has(e.name)))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => {
      const p = join(dir, e.name);
      const rel = relative(base, p).split('\\').join('/');
      if (e.isSymbolicLink()) links?.set(rel, readlinkSync(p));
      if (e.isDirectory()) return walk(p, base, links);
      return e.isFile() ? [rel] : [];
    });
}

function loadSeed(name: string, dir: string, now: string): Seed {
  const configName = CONFIG_NAMES.find((n) => existsSync(join(dir, n)));
  const configText = configName ? readFileSync(join(dir, configName), 'utf8') : '';
  const gateTypes = [...configText.matchAll(/^\s*-?\s*type:\s*([a-z_]+)/gm)].map((m) => m[1] as string);
  // A seed's files are read when a campaign first reaches it: a slice reaches a few dozen of the ~1,200 seeds.
  let contents: Pick<Seed, 'files' | 'modes' | 'links'> | undefined;
  const read = () => (contents ??= readSeedFiles(dir));
  return {
    name,
    dir,
    now,
    gateTypes: [...new Set(gateTypes)],
    gateCount: gateTypes.length,
    get files() {
      return read().files;
    },
    get modes() {
      return read().modes;
    },
    get links() {
      return read().links;
    },
  };
}

function readSeedFiles(dir: string): Pick<Seed, 'files' | 'modes' | 'links'> {
  const files = new Map<string, Buffer>();
  const modes = new Map<string, number>();
  const links = new Map<string, string>();
  for (const rel of walk(dir, dir, links)) {
    if (rel === 'expected.yaml' || rel.startsWith('gate-engine-out/')) continue;
    files.set(rel, readFileSync(join(dir, rel)));
    modes.set(rel, statSync(join(dir, rel)).mode & 0o777);
  }
  return { files, modes, links };
}

/**
 * Every scenario whose expected verdict is pass, and the demo (part of it passes). Read once per process (the fixtures
 * do not change while tests run, and nothing writes to a seed): each seed's files are read when first used.
 */
let seedsRead: readonly Seed[] | undefined;
export function discoverSeeds(): Seed[] {
  seedsRead ??= readSeeds();
  return [...seedsRead];
}

function readSeeds(): Seed[] {
  const seeds: Seed[] = [];
  for (const type of readdirSync(SCENARIOS).sort()) {
    const typeDir = join(SCENARIOS, type);
    if (!statSync(typeDir).isDirectory()) continue;
    for (const name of readdirSync(typeDir).sort()) {
      const dir = join(typeDir, name);
      const expectedPath = join(dir, 'expected.yaml');
      if (!existsSync(expectedPath)) continue;
      const text = readFileSync(expectedPath, 'utf8');
      // Most scenarios fail by design: only those whose verdict line says pass need parsing.
      if (!/^verdict:\s*["']?pass\b/m.test(text)) continue;
      const expected = parseYaml(text) as { verdict?: string; now?: unknown; lane?: string };
      if (expected.verdict !== 'pass' || (expected.lane !== undefined && expected.lane !== 'full')) continue;
      seeds.push(loadSeed(`${type}/${name}`, dir, String(expected.now)));
    }
  }
  seeds.push(loadSeed('demo', join(REPO_ROOT, 'fixtures', 'demo'), '2026-03-10T12:00:00Z'));
  return seeds;
}

// ------------------------------------------------------------------ workspace
export type FileAction =
  | { kind: 'write'; file: string; data: string | Buffer }
  | { kind: 'remove'; file: string }
  | { kind: 'dir'; file: string }
  | { kind: 'symlink_out'; file: string }
  | { kind: 'symlink_in'; file: string }
  | { kind: 'symlink_to'; file: string; target: string }
  | { kind: 'chmod'; file: string; mode: number };

/** A materialised copy of a seed in a temp dir; cases apply their actions and undo them. */
export class Workspace {
  readonly base: string;
  readonly root: string;
  readonly outside: string;
  private config: LoadedConfig | undefined;

  constructor(readonly seed: Seed) {
    // tmpfs when there is one: a case is a few small writes, and a disk makes them the bottleneck.
    this.base = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'ge-fuzz-'));
    this.root = join(this.base, 'repo');
    this.outside = join(this.base, 'outside');
    mkdirSync(this.outside, { recursive: true });
    for (const [rel, data] of seed.files) this.restoreFile(rel, data);
    for (const [rel, target] of seed.links) {
      mkdirSync(dirname(join(this.root, rel)), { recursive: true });
      symlinkSync(target, join(this.root, rel));
    }
  }

  private restoreFile(rel: string, data: Buffer): void {
    const abs = join(this.root, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, data);
    chmodSync(abs, this.seed.modes.get(rel) ?? 0o644);
  }

  async seedConfig(): Promise<LoadedConfig> {
    this.config ??= await loadSeedConfig(this.root);
    return this.config;
  }

  /** Apply the actions; returns the undo. */
  apply(actions: readonly FileAction[]): () => void {
    const touched = new Set<string>();
    let simple = true;
    for (const a of actions) {
      const abs = join(this.root, a.file);
      touched.add(a.file);
      if (a.kind !== 'write' || !this.seed.files.has(a.file)) simple = false;
      switch (a.kind) {
        case 'write':
          if (!this.seed.files.has(a.file)) mkdirSync(dirname(abs), { recursive: true });
          writeFileSync(abs, a.data);
          break;
        case 'remove':
          rmSync(abs, { recursive: true, force: true });
          break;
        case 'dir':
          rmSync(abs, { recursive: true, force: true });
          mkdirSync(abs, { recursive: true });
          break;
        case 'symlink_out': {
          const target = join(this.outside, a.file.replace(/\//g, '__'));
          cpSync(abs, target);
          rmSync(abs, { force: true });
          symlinkSync(target, abs);
          break;
        }
        case 'symlink_in': {
          const real = join(this.root, '.fuzz-real', a.file);
          mkdirSync(dirname(real), { recursive: true });
          renameSync(abs, real);
          symlinkSync(relative(dirname(abs), real), abs);
          break;
        }
        case 'symlink_to':
          rmSync(abs, { recursive: true, force: true });
          mkdirSync(dirname(abs), { recursive: true });
          symlinkSync(a.target, abs);
          break;
        case 'chmod':
          chmodSync(abs, a.mode);
          break;
      }
    }
    return () => {
      if (simple) {
        // Rewrites of seed files: writing the seed bytes back is the whole undo.
        for (const rel of touched) writeFileSync(join(this.root, rel), this.seed.files.get(rel) as Buffer);
        return;
      }
      for (const rel of touched) {
        const abs = join(this.root, rel);
        rmSync(abs, { recursive: true, force: true });
        const data = this.seed.files.get(rel);
        if (data) this.restoreFile(rel, data);
      }
      rmSync(join(this.root, '.fuzz-real'), { recursive: true, force: true });
      rmSync(this.outside, { recursive: true, force: true });
      mkdirSync(this.outside, { recursive: true });
    };
  }

  dispose(): void {
    rmSync(this.base, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------ cases
export interface Case {
  /** seed|file|op|path — stable, replayable. */
  key: string;
  seed: string;
  family: Family;
  op: string;
  file: string;
  path?: Path;
  expect: Expectation;
  /** Gates that must stop passing (break). */
  gates: string[];
  actions: FileAction[];
  /** The config file was touched: reload it. */
  touchesConfig: boolean;
  /** For document mutations: the mutated document, so a failure can be shrunk around the mutation. */
  doc?: { format: Format; value: unknown; patches: Patches };
}

export interface Violation {
  kind: 'passed_broken_evidence' | 'failed_sound_evidence' | 'crashed' | 'internal_error';
  /** Gate (id) and type the violation is about. */
  gate?: string;
  gateType?: string;
  detail: string;
}

interface FileFacts {
  file: string;
  format?: Format;
  value?: unknown;
  mutable: boolean;
  /** Passing gates that stop passing when the file is deleted. */
  loadBearing: string[];
  /** Passing gates that record the file as an artifact they read. */
  readers: string[];
}

export interface SeedAnalysis {
  seed: Seed;
  baseline: Outcome;
  passing: string[];
  gateTypeOf: Map<string, string>;
  files: FileFacts[];
  leafFacts: Map<string, { leaf: Leaf; facts: LeafFacts }[]>;
  /** Probe evaluations spent (each one is also a checked case). */
  probes: number;
  probeViolations: { key: string; violations: Violation[] }[];
}

const passingGates = (o: Outcome) => o.gates.filter((g) => g.status === 'pass').map((g) => g.id);

export function judge(c: Pick<Case, 'expect' | 'gates'>, baselinePassing: readonly string[], outcome: Outcome, typeOf: ReadonlyMap<string, string>): Violation[] {
  const v: Violation[] = [];
  if (outcome.internalError !== undefined) v.push({ kind: 'internal_error', detail: outcome.internalError.split('\n').slice(0, 3).join(' | ') });
  for (const g of outcome.gates) {
    if (g.codes.includes('crashed')) v.push({ kind: 'crashed', gate: g.id, gateType: g.type, detail: `gate ${g.id} crashed` });
  }
  const status = new Map(outcome.gates.map((g) => [g.id, g]));
  if (c.expect === 'break') {
    for (const id of c.gates) {
      const g = status.get(id);
      if (g?.status === 'pass') v.push({ kind: 'passed_broken_evidence', gate: id, gateType: g.type, detail: `gate ${id} still passes` });
    }
  } else if (c.expect === 'preserve') {
    if (outcome.engineError !== undefined) v.push({ kind: 'failed_sound_evidence', detail: `run could not be evaluated: ${outcome.engineError}` });
    for (const id of baselinePassing) {
      const g = status.get(id);
      if (g !== undefined && g.status !== 'pass') v.push({ kind: 'failed_sound_evidence', gate: id, gateType: typeOf.get(id) ?? g.type, detail: `gate ${id} now ${g.status} (${g.codes.join(', ')})` });
    }
  }
  return v;
}

/** Leaves per file that the probes examine (evenly sampled beyond the cap, deterministic). */
function sampleLeaves(all: Leaf[], cap: number): Leaf[] {
  if (all.length <= cap) return all;
  const step = all.length / cap;
  return Array.from({ length: cap }, (_, i) => all[Math.floor(i * step)] as Leaf);
}

/** A document rewrite; remembers what it wrote so that shrink() can re-emit it with less around the mutation. */
const writeDoc = (file: string, format: Format, value: unknown, patches: Patches = {}): FileAction & { doc?: Case['doc'] } => ({ kind: 'write', file, data: emitDoc(format, value, patches), doc: { format, value, patches } });

export async function runActions(ws: Workspace, actions: readonly FileAction[], touchesConfig: boolean): Promise<Outcome> {
  const undo = ws.apply(actions);
  try {
    return await evaluate(ws.root, ws.seed.now, touchesConfig ? undefined : await ws.seedConfig());
  } finally {
    undo();
  }
}

const isConfig = (file: string) => CONFIG_NAMES.includes(file);

/** Baseline, file probes and leaf probes for one seed. */
export async function analyseSeed(ws: Workspace, options: { leafProbes?: boolean; leafCap?: number } = {}): Promise<SeedAnalysis> {
  const seed = ws.seed;
  const baseline = await evaluate(ws.root, seed.now, await ws.seedConfig());
  const passing = passingGates(baseline);
  const gateTypeOf = new Map(baseline.gates.map((g) => [g.id, g.type]));
  const analysis: SeedAnalysis = { seed, baseline, passing, gateTypeOf, files: [], leafFacts: new Map(), probes: 1, probeViolations: [] };
  const flipped = (o: Outcome) => passing.filter((id) => o.gates.find((g) => g.id === id)?.status !== 'pass');
  const probe = async (key: string, actions: FileAction[]): Promise<Outcome> => {
    analysis.probes++;
    const o = await runActions(ws, actions, false);
    const violations = judge({ expect: 'any', gates: [] }, passing, o, gateTypeOf);
    if (violations.length > 0) analysis.probeViolations.push({ key, violations });
    return o;
  };
  if (passing.length === 0) return analysis;
  for (const [file, data] of seed.files) {
    if (isConfig(file)) continue;
    const format = formatOf(file);
    const facts: FileFacts = { file, mutable: false, loadBearing: [], readers: passing.filter((id) => baseline.gates.find((g) => g.id === id)?.artifacts.includes(file)) };
    facts.loadBearing = flipped(await probe(`${seed.name}|${file}|probe_delete_file|`, [{ kind: 'remove', file }]));
    if (format !== undefined) {
      try {
        const value = parseDoc(format, data.toString('utf8'));
        facts.format = format;
        facts.value = value;
        facts.mutable = roundTrips(format, value);
      } catch {
        facts.mutable = false;
      }
    }
    analysis.files.push(facts);
    if (!facts.mutable || options.leafProbes === false || facts.value === undefined || facts.format === undefined) continue;
    // The reformatted document must mean the same; only then are leaf mutations meaningful.
    const reformatted = await probe(`${seed.name}|${file}|probe_reformat|`, [writeDoc(file, facts.format, facts.value)]);
    if (flipped(reformatted).length > 0) {
      facts.mutable = false;
      continue;
    }
    const list: { leaf: Leaf; facts: LeafFacts }[] = [];
    for (const leaf of sampleLeaves(leaves(facts.value), options.leafCap ?? 40)) {
      const lf: LeafFacts = { required: [], compared: [], aged: [] };
      const at = pathKey(leaf.path);
      if (leaf.parentIsObject) lf.required = flipped(await probe(`${seed.name}|${file}|probe_delete_key|${at}`, [writeDoc(file, facts.format, setAt(facts.value, leaf.path, undefined, true))]));
      const changed = shapeChange(leaf.value);
      if (changed !== undefined) lf.compared = flipped(await probe(`${seed.name}|${file}|probe_change|${at}`, [writeDoc(file, facts.format, setAt(facts.value, leaf.path, changed))]));
      if (typeof leaf.value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(leaf.value)) {
        const old = /T|t| \d/.test(leaf.value) ? '1970-01-01T00:00:00Z' : '1970-01-01';
        lf.aged = flipped(await probe(`${seed.name}|${file}|probe_age|${at}`, [writeDoc(file, facts.format, setAt(facts.value, leaf.path, old))]));
      }
      list.push({ leaf, facts: lf });
    }
    analysis.leafFacts.set(file, list);
  }
  return analysis;
}

const isSchemaFile = (file: string) => /(^|\/)schemas?\/|\.schema\.(json|ya?ml)$/.test(file);
const STRUCTURED: ReadonlySet<Format> = new Set(['json', 'jsonl', 'yaml', 'toml']);
const isText = (file: string) => /\.(md|txt|markdown|rst)$/i.test(file);

/** Every case for one analysed seed, in a stable order. */
export function generateCases(a: SeedAnalysis, ownVerdict: string): Case[] {
  const out: Case[] = [];
  const s = a.seed.name;
  const add = (c: Omit<Case, 'key' | 'seed' | 'touchesConfig'> & { touchesConfig?: boolean }) => {
    if (c.expect === 'break' && c.gates.length === 0) return;
    const doc = c.actions.length === 1 ? (c.actions[0] as { doc?: Case['doc'] }).doc : undefined;
    out.push({ ...c, seed: s, key: `${s}|${c.file}|${c.op}|${c.path ? pathKey(c.path) : ''}`, touchesConfig: c.touchesConfig ?? false, ...(doc ? { doc } : {}) });
  };
  if (a.passing.length === 0) return out;
  for (const f of a.files) {
    const file = f.file;
    const data = a.seed.files.get(file) as Buffer;
    // A command gate's evidence is its process: a file its command reads is the user's input, not evidence the
    // engine vouches for, so breaking it need not fail the gate (unless the engine itself read the file).
    const relied = [...new Set([...f.loadBearing.filter((id) => a.gateTypeOf.get(id) !== 'command'), ...f.readers])];
    const structured = f.format !== undefined && STRUCTURED.has(f.format);
    const evidence = structured || isText(file);
    const fileBreak = evidence ? relied : [];
    // ---- filesystem
    add({ family: 'filesystem', op: 'empty_file', file, expect: evidence ? 'break' : 'any', gates: fileBreak, actions: [{ kind: 'write', file, data: '' }] });
    add({ family: 'filesystem', op: 'whitespace_only', file, expect: evidence ? 'break' : 'any', gates: fileBreak, actions: [{ kind: 'write', file, data: ' \n\t\n' }] });
    add({ family: 'filesystem', op: 'directory_in_place', file, expect: evidence ? 'break' : 'any', gates: fileBreak, actions: [{ kind: 'dir', file }] });
    add({ family: 'filesystem', op: 'symlink_out_of_root', file, expect: evidence ? 'break' : 'any', gates: fileBreak, actions: [{ kind: 'symlink_out', file }] });
    add({ family: 'filesystem', op: 'symlink_to_dev_null', file, expect: evidence ? 'break' : 'any', gates: fileBreak, actions: [{ kind: 'symlink_to', file, target: '/dev/null' }] });
    add({ family: 'filesystem', op: 'symlink_inside_root', file, expect: 'any', gates: [], actions: [{ kind: 'symlink_in', file }] });
    add({ family: 'filesystem', op: 'dangling_symlink', file, expect: evidence ? 'break' : 'any', gates: fileBreak, actions: [{ kind: 'symlink_to', file, target: 'does-not-exist.fuzz' }] });
    add({ family: 'filesystem', op: 'read_only_0444', file, expect: 'preserve', gates: [], actions: [{ kind: 'chmod', file, mode: 0o444 }] });
    add({ family: 'filesystem', op: 'unreadable_0000', file, expect: evidence && !IS_ROOT ? 'break' : 'any', gates: fileBreak, actions: [{ kind: 'chmod', file, mode: 0 }] });
    add({ family: 'filesystem', op: 'utf8_bom', file, expect: 'any', gates: [], actions: [{ kind: 'write', file, data: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), data]) }] });
    if (structured) {
      add({ family: 'filesystem', op: 'crlf_line_endings', file, expect: 'preserve', gates: [], actions: [{ kind: 'write', file, data: data.toString('utf8').replace(/\r?\n/g, '\r\n') }] });
      const text = data.toString('utf8');
      const cut = truncationPoint(text, f.format as Format);
      if (cut !== undefined) add({ family: 'filesystem', op: 'truncated_mid_write', file, expect: 'break', gates: fileBreak, actions: [{ kind: 'write', file, data: text.slice(0, cut) }] });
      const mid = middleOfAString(text);
      if (mid !== undefined) {
        add({ family: 'text', op: 'raw_nul_byte', file, expect: 'break', gates: fileBreak, actions: [{ kind: 'write', file, data: Buffer.concat([data.subarray(0, mid), Buffer.from([0]), data.subarray(mid)]) }] });
        add({ family: 'text', op: 'invalid_utf8', file, expect: 'break', gates: fileBreak, actions: [{ kind: 'write', file, data: Buffer.concat([data.subarray(0, mid), Buffer.from([0xc3, 0x28]), data.subarray(mid)]) }] });
        // A lone surrogate is no Unicode character: readers refuse it, replace it or drop it, so it breaks the evidence.
        const escaped = f.format === 'json' || f.format === 'jsonl';
        if (escaped) add({ family: 'text', op: 'lone_surrogate_escape', file, expect: 'break', gates: fileBreak, actions: [{ kind: 'write', file, data: Buffer.concat([data.subarray(0, mid), Buffer.from('\\ud800'), data.subarray(mid)]) }] });
      }
      if (f.format === 'json') add({ family: 'identity', op: 'engine_verdict_as_evidence', file, expect: 'break', gates: fileBreak, actions: [{ kind: 'write', file, data: ownVerdict }] });
      if (f.format === 'jsonl') {
        add({ family: 'structure', op: 'jsonl_blank_lines', file, expect: 'any', gates: [], actions: [{ kind: 'write', file, data: text.replace(/\n/g, '\n\n') }] });
        add({ family: 'structure', op: 'jsonl_no_final_newline', file, expect: 'preserve', gates: [], actions: [{ kind: 'write', file, data: text.replace(/\n+$/, '') }] });
        // A crash mid-write leaves NUL bytes where the last rows were: the rows they stood for are lost.
        add({ family: 'structure', op: 'jsonl_torn_nul_tail', file, expect: evidence ? 'break' : 'any', gates: fileBreak, actions: [{ kind: 'write', file, data: Buffer.concat([data, Buffer.alloc(32), Buffer.from('\n')]) }] });
        const lines = text.split('\n').filter((l) => l.trim() !== '');
        if (lines.length > 0) add({ family: 'structure', op: 'jsonl_line_is_array', file, expect: 'any', gates: [], actions: [{ kind: 'write', file, data: `${text}[1,2]\n` }] });
      }
    } else if (isText(file)) {
      add({ family: 'filesystem', op: 'crlf_line_endings', file, expect: 'any', gates: [], actions: [{ kind: 'write', file, data: data.toString('utf8').replace(/\r?\n/g, '\r\n') }] });
    }
    // ---- identity: the same file reached through another spelling of its path
    for (const cfgName of CONFIG_NAMES) {
      const cfg = a.seed.files.get(cfgName);
      if (!cfg) continue;
      const cfgText = cfg.toString('utf8');
      const quoted = new RegExp(`(["'\\[\\s,:])${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=["'\\],\\s]|$)`, 'gm');
      if (quoted.test(cfgText)) {
        add({ family: 'identity', op: 'path_dot_slash', file, expect: 'preserve', gates: [], touchesConfig: true, actions: [{ kind: 'write', file: cfgName, data: cfgText.replace(quoted, `$1./${file}`) }] });
        add({ family: 'identity', op: 'path_double_slash', file, expect: 'any', gates: [], touchesConfig: true, actions: [{ kind: 'write', file: cfgName, data: cfgText.replace(quoted, `$1${file.replace('/', '//')}`) }] });
        add({ family: 'identity', op: 'path_via_parent', file, expect: 'any', gates: [], touchesConfig: true, actions: [{ kind: 'write', file: cfgName, data: cfgText.replace(quoted, `$1${file.includes('/') ? `${file.split('/')[0]}/../${file}` : `./${file}`}`) }] });
      }
    }
    if (!f.mutable || f.format === undefined || f.value === undefined) continue;
    const format = f.format;
    const value = f.value;
    // ---- structure: keys
    const objs = objects(value).filter((o) => Object.keys(o.value).length > 0);
    const pickObjs = objs.length <= 6 ? objs : [objs[0], objs[Math.floor(objs.length / 3)], objs[Math.floor((2 * objs.length) / 3)], objs[objs.length - 1]].filter((o): o is (typeof objs)[number] => o !== undefined);
    for (const o of pickObjs) {
      const keys = Object.keys(o.value);
      const key = keys[keys.length - 1] as string;
      const rawValue = emitDoc(format === 'jsonl' ? 'json' : format, { [key]: o.value[key] }, { indent: 0 });
      const inner = scalarText(format, o.value[key]);
      for (const variant of dupKeyVariants(format)) {
        if (inner === undefined) continue;
        add({ family: 'structure', op: variant.op, file, path: o.path, expect: 'break', gates: fileBreak, actions: [writeDoc(file, format, value, { extra: new Map([[pathKey(o.path), variant.members(key, inner)]]) })] });
      }
      void rawValue;
      if (format === 'toml' && o.path.length === 1 && typeof o.path[0] === 'string' && inner !== undefined) {
        add({ family: 'structure', op: 'dup_key_dotted', file, path: o.path, expect: 'break', gates: fileBreak, actions: [writeDoc(file, format, value, { extra: new Map([[pathKey([]), [[`${JSON.stringify(o.path[0])}.${JSON.stringify(key)}`, inner]]]]) })] });
      }
      if (keys.length >= 2) {
        add({ family: 'structure', op: 'reorder_keys', file, path: o.path, expect: 'preserve', gates: [], actions: [writeDoc(file, format, value, { order: new Map([[pathKey(o.path), [...keys].reverse()]]) })] });
      }
      add({ family: 'structure', op: 'add_unknown_key', file, path: o.path, expect: 'any', gates: [], actions: [writeDoc(file, format, setAt(value, [...o.path, 'fuzz_unknown_key'], 'x'))] });
    }
    if (format === 'json' || format === 'yaml') add({ family: 'structure', op: 'reformat_compact', file, expect: 'preserve', gates: [], actions: [writeDoc(file, format, value, { indent: format === 'json' ? 0 : 2 })] });
    // ---- leaves
    for (const { leaf, facts } of a.leafFacts.get(file) ?? []) {
      const parentPath = leaf.path.slice(0, -1);
      const parent = getAt(value, parentPath);
      if (Array.isArray(parent)) {
        add({ family: 'structure', op: 'duplicate_array_element', file, path: leaf.path, expect: 'any', gates: [], actions: [writeDoc(file, format, setAt(value, parentPath, [...parent, parent[leaf.path[leaf.path.length - 1] as number]]))] });
      }
      for (const m of leafMutations(leaf, format)) {
        // A JSON Schema is not data: `"type": ["object"]` means `"type": "object"`. Its leaves are mutated, but
        // only the engine's answer (no crash) is judged; whether a schema still constrains anything is issue 9's.
        const expect = m.expect === 'break' && isSchemaFile(file) ? 'any' : m.expect;
        const gates = expect === 'break' ? (m.gates?.(facts) ?? []) : [];
        let action: FileAction;
        try {
          action = m.raw !== undefined ? writeDoc(file, format, value, { raw: new Map([[pathKey(leaf.path), m.raw]]) }) : writeDoc(file, format, setAt(value, leaf.path, m.value));
        } catch {
          continue; // the format cannot hold this value (null in TOML)
        }
        add({ family: m.family, op: m.op, file, path: leaf.path, expect, gates, actions: [action] });
      }
    }
  }
  return out;
}

function scalarText(format: Format, v: unknown): string | undefined {
  if (v !== null && typeof v === 'object') return format === 'toml' ? undefined : JSON.stringify(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null) return format === 'toml' ? undefined : 'null';
  return undefined;
}

/** A cut that leaves an unfinished document (never on a boundary that is itself valid). */
function truncationPoint(text: string, format: Format): number | undefined {
  if (format === 'json') return text.trim().length > 2 ? Math.floor(text.trimEnd().length * 0.6) : undefined;
  if (format === 'jsonl') {
    const body = text.trimEnd();
    const lastStart = body.lastIndexOf('\n') + 1;
    const last = body.slice(lastStart);
    return last.length > 2 ? lastStart + Math.floor(last.length / 2) : undefined;
  }
  return undefined;
}

function middleOfAString(text: string): number | undefined {
  // Inside the first double-quoted run of letters, so the byte lands in a value or key.
  const m = /"[A-Za-z_]{2,}/.exec(text);
  return m ? Buffer.byteLength(text.slice(0, m.index + 2), 'utf8') : undefined;
}

// ------------------------------------------------------------------ known holes
export interface KnownHole {
  family: string;
  /** Gate type (`*`: any). */
  gate: string;
  /** Operator, or its class without the variant (`placeholder` for `placeholder:TODO`); `*`: any (with `file`: the file cannot matter). */
  operator: string;
  /** Which issue will close it (the lead deletes the entry after merging the fix); null when by design. */
  issue: number | null;
  /** Why this is not a hole (the oracle cannot know it), when it is not. */
  by_design?: string;
  kind?: Violation['kind'];
  /** Only cases of this seed (scenario) match. */
  seed?: string;
  /** Only cases that mutate a member of this name (the last segment of the mutated path) match. */
  field?: string;
  /** Only cases on a file of this name (its last path segment, in any directory) match: a by-design rule of a kind of file. */
  file_name?: string;
  /** Only cases on this file (its path in the seed) match. */
  file?: string;
  /** Only cases on a file under this directory (a prefix ending in `/`) match: a by-design rule of a place, any seed. */
  file_under?: string;
  /** A case key that reproduces it: `npm run fuzz -- --case '<key>'`. */
  reproducer: string;
  note?: string;
}

export function loadKnownHoles(): KnownHole[] {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'known-holes.json'), 'utf8')) as KnownHole[];
}

/** The operator name without its variant (`placeholder:TODO` → `placeholder`). */
export const opClass = (op: string) => op.split(':')[0] as string;

export function isKnown(holes: readonly KnownHole[], c: Case, v: Violation, gateType: string | undefined): KnownHole | undefined {
  return holes.find(
    (h) => (h.operator === '*' || h.operator === c.op || h.operator === opClass(c.op)) && (h.file === undefined || c.file === h.file) && (h.gate === '*' || h.gate === gateType) && (h.kind === undefined || h.kind === v.kind) && (h.seed === undefined || h.seed === c.seed) && (h.field === undefined || (c.path !== undefined && c.path[c.path.length - 1] === h.field)) && (h.file_name === undefined || c.file.split('/').pop() === h.file_name) && (h.file_under === undefined || c.file.startsWith(h.file_under)),
  );
}

// ------------------------------------------------------------------ running
export interface CaseResult {
  c: Case;
  outcome: Outcome;
  violations: Violation[];
}

export async function runCase(ws: Workspace, a: SeedAnalysis, c: Case): Promise<CaseResult> {
  const readers = c.touchesConfig ? undefined : gatesThatReadWhatChanged(ws, a, c.actions);
  if (readers === undefined) {
    const outcome = await runActions(ws, c.actions, c.touchesConfig);
    return { c, outcome, violations: judge(c, a.passing, outcome, a.gateTypeOf) };
  }
  const undo = ws.apply(c.actions);
  let fresh: Outcome;
  try {
    fresh = await evaluate(ws.root, ws.seed.now, await ws.seedConfig(), readers);
  } finally {
    undo();
  }
  const rerun = new Map(fresh.gates.map((g) => [g.id, g]));
  const outcome: Outcome = { ...fresh, gates: a.baseline.gates.map((g) => rerun.get(g.id) ?? g) };
  return { c, outcome, violations: judge(c, a.passing, outcome, a.gateTypeOf) };
}

/** Gate types that read named artifacts only, each read recorded: a rewrite of a file none of them read leaves them as they were. */
const READ_RECORDED = new Set(['artifact_status', 'artifact_present', 'artifact_lineage', 'threshold', 'json_schema', 'parameter_sweeps_integrity']);

/**
 * The gates a case must run again, when it only rewrites seed files some gates read and every gate of the seed reads
 * named artifacts alone: a gate is a function of what it read, so one that read none of the rewritten files keeps its
 * baseline outcome (a multi-gate seed's cases cost one gate's evaluation, not all of them). Undefined, every gate runs:
 * a new, removed, linked or unread file, a waiver file, a gate that scans a tree or runs a command.
 */
function gatesThatReadWhatChanged(ws: Workspace, a: SeedAnalysis, actions: readonly FileAction[]): ReadonlySet<string> | undefined {
  if (a.baseline.gates.length < 2 || a.baseline.gates.some((g) => !READ_RECORDED.has(g.type))) return undefined;
  if (actions.length === 0 || actions.some((x) => x.kind !== 'write' || !ws.seed.files.has(x.file) || isConfig(x.file))) return undefined;
  const readers = new Set(a.baseline.gates.filter((g) => actions.some((x) => g.artifacts.includes(x.file))).map((g) => g.id));
  return readers.size === 0 ? undefined : readers;
}

/**
 * Shrink a failing document mutation: drop every member and element around the mutated leaf that
 * the violation does not need (one pass, greedy, bounded), so the printed input is the smallest
 * document that still shows the hole.
 */
export async function shrink(ws: Workspace, a: SeedAnalysis, r: CaseResult, maxEvaluations = 200): Promise<CaseResult> {
  const c = r.c;
  if (c.doc === undefined || c.path === undefined) return r;
  const kinds = new Set(r.violations.map((v) => v.kind));
  const target = c.path;
  const protectedKeys = new Set([...(c.doc.patches.raw?.keys() ?? []), ...(c.doc.patches.extra?.keys() ?? []), ...(c.doc.patches.order?.keys() ?? [])]);
  const isOnPath = (p: Path) => p.every((seg, i) => target[i] === seg) || target.every((seg, i) => p[i] === seg);
  let value = c.doc.value;
  let best = r;
  let evaluations = 0;
  const candidates = (v: unknown, path: Path = []): Path[] => {
    if (Array.isArray(v)) return v.flatMap((x, i) => [[...path, i], ...candidates(x, [...path, i])]);
    if (v !== null && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => [[...path, k], ...candidates(x, [...path, k])]);
    return [];
  };
  // Deepest first would re-try children of removed parents; walk top-down and re-list after each success.
  let progress = true;
  while (progress && evaluations < maxEvaluations) {
    progress = false;
    for (const p of candidates(value)) {
      if (evaluations >= maxEvaluations) break;
      if (isOnPath(p) || [...protectedKeys].some((k) => k.startsWith(pathKey(p).slice(0, -1)))) continue;
      // Removing an array element renumbers the mutated path: only remove elements after it.
      const parentPath = p.slice(0, -1);
      if (typeof p[p.length - 1] === 'number' && parentPath.every((seg, i) => target[i] === seg) && target.length > parentPath.length && (p[p.length - 1] as number) < (target[parentPath.length] as number)) continue;
      let smaller: unknown;
      let data: string;
      try {
        smaller = setAt(value, p, undefined, true);
        data = emitDoc(c.doc.format, smaller, c.doc.patches);
      } catch {
        continue;
      }
      evaluations++;
      const trial: Case = { ...c, actions: [{ kind: 'write', file: c.file, data }], doc: { ...c.doc, value: smaller } };
      const res = await runCase(ws, a, trial);
      if (res.violations.some((v) => kinds.has(v.kind))) {
        value = smaller;
        best = res;
        progress = true;
        break;
      }
    }
  }
  return best;
}

/** What the engine wrote for a seed, offered back to it as evidence (identity family). */
export function ownVerdictText(a: SeedAnalysis): string {
  return `${JSON.stringify({ schema: 'gate-engine.full_suite_verdict.v1', run_id: 'ge-fuzz', verdict: a.baseline.verdict, gates: a.baseline.gates.map((g) => ({ id: g.id, status: g.status })) }, null, 2)}\n`;
}

// ------------------------------------------------------------------ PRNG
export function prng(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

// ------------------------------------------------------------------ reporting and fixtures
/** A human-readable description of the mutated input: the file as the case writes it. */
export function describeInput(ws: Workspace, c: Case): string {
  const lines = [`case ${c.key}`, `  family ${c.family}, operator ${c.op}, expect ${c.expect}${c.gates.length ? ` (gates: ${c.gates.join(', ')})` : ''}`];
  for (const a of c.actions) {
    if (a.kind === 'write') {
      const text = Buffer.isBuffer(a.data) ? a.data.toString('utf8') : a.data;
      lines.push(`  ${a.file} becomes:`, ...JSON.stringify(text.length > 1200 ? `${text.slice(0, 1200)}…` : text).match(/.{1,160}/g)!.map((l) => `    ${l}`));
    } else lines.push(`  ${a.kind} ${a.file}${'mode' in a ? ` ${a.mode.toString(8)}` : ''}${'target' in a ? ` -> ${a.target}` : ''}`);
  }
  void ws;
  return lines.join('\n');
}

/** Write the failing input as a scenario fixture to finish by hand (its expected.yaml states the required verdict). */
export function writeFixture(r: CaseResult, seedAnalysis: SeedAnalysis, name: string): string {
  const seed = seedAnalysis.seed;
  const type = r.violations.find((v) => v.gateType)?.gateType ?? seed.gateTypes[0] ?? 'unknown';
  const dir = join(SCENARIOS, type, name);
  if (existsSync(dir)) throw new Error(`${dir} exists`);
  mkdirSync(dir, { recursive: true });
  for (const [rel, data] of seed.files) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), data);
  }
  const ws = { root: dir, outside: join(dir, '..', `${name}.outside`) } as Workspace;
  // Apply the mutation for good (no undo); symlinks out of the root are kept as absolute links to /dev/null.
  for (const a of r.c.actions) {
    const abs = join(dir, a.file);
    if (a.kind === 'write') writeFileSync(abs, a.data);
    else if (a.kind === 'remove') rmSync(abs, { force: true });
    else if (a.kind === 'dir') {
      rmSync(abs, { force: true });
      mkdirSync(abs);
    } else if (a.kind === 'symlink_to' || a.kind === 'symlink_out') {
      rmSync(abs, { force: true });
      symlinkSync(a.kind === 'symlink_to' ? a.target : '/dev/null', abs);
    }
  }
  void ws;
  const statuses: Record<string, { status: string }> = {};
  for (const g of seedAnalysis.baseline.gates) statuses[g.id] = { status: r.c.expect === 'break' && r.c.gates.includes(g.id) ? 'fail' : g.status };
  const expected = {
    description: `fuzz: ${r.c.family}/${r.c.op} on ${r.c.file}${r.c.path ? ` at ${pathKey(r.c.path)}` : ''} (from ${seed.name}); ${r.violations.map((v) => v.detail).join('; ')}. Fill in reasons and findings when the fix lands.`,
    now: seed.now,
    exit_code: r.c.expect === 'break' ? 1 : 0,
    verdict: r.c.expect === 'break' ? 'fail' : 'pass',
    gates: statuses,
  };
  writeFileSync(join(dir, 'expected.yaml'), stringifyYaml(expected));
  return dir;
}
