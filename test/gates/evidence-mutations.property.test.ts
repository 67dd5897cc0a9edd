/**
 * Evidence that proves nothing must never pass, and bad evidence must never crash a gate.
 *
 * Every reader (JSON, YAML, TOML) and every generic gate (threshold, artifact_status, json_schema,
 * artifact_present, artifact_lineage) starts from a passing scenario; fast-check then derives
 * one-step mutations of the evidence the gate relies on — delete, duplicate, retype or blank a field
 * (blank including invisible characters), a placeholder, a YAML alias, a BOM, a number written with
 * more precision than a double keeps, a link to another file — and every one must fail with a reason
 * code, in process (no child processes), and never crash. The scenarios together derive well over
 * 10,000 mutations per run.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import artifactLineage from '../../gates/artifact-lineage/index.js';
import artifactPresent from '../../gates/artifact-present.js';
import artifactStatus from '../../gates/artifact-status.js';
import jsonSchema from '../../gates/json-schema.js';
import threshold from '../../gates/threshold.js';
import { validateSchema } from '../../src/artifacts/schema.js';
import { createGateContext } from '../../src/core/context.js';
import { foldChecks } from '../../src/core/fold.js';
import type { AnyGateDefinition, CheckResult, WaiverBook } from '../../src/core/types.js';
import { removeTempDirs, tempDir } from '../helpers/fs.js';

afterAll(removeTempDirs);

// ---------------------------------------------------------------------------------------------
// A document model that can say what JSON.parse cannot: duplicate keys, YAML anchors and aliases,
// and numbers by the exact text the artifact writes.

type Node =
  | { t: 'obj'; entries: Entry[] }
  | { t: 'arr'; items: Node[] }
  | { t: 'str'; v: string }
  | { t: 'num'; raw: string }
  | { t: 'bool'; v: boolean }
  | { t: 'null' }
  | { t: 'alias'; name: string };
interface Entry {
  key: string;
  value: Node;
  /** YAML: `&name key` on this key. */
  anchor?: string;
  /** YAML: the key is `*name` instead of `key`. */
  aliasKey?: string;
  /** YAML: `&name` on this value. */
  valueAnchor?: string;
}

const obj = (o: Record<string, Node>): Node => ({ t: 'obj', entries: Object.entries(o).map(([key, value]) => ({ key, value })) });
const str = (v: string): Node => ({ t: 'str', v });
const num = (raw: string): Node => ({ t: 'num', raw });

class Unrepresentable extends Error {}

function toJson(n: Node): string {
  switch (n.t) {
    case 'obj':
      return `{${n.entries.map((e) => `${JSON.stringify(e.key)}: ${toJson(e.value)}`).join(', ')}}`;
    case 'arr':
      return `[${n.items.map(toJson).join(', ')}]`;
    case 'str':
      return JSON.stringify(n.v);
    case 'num':
      return n.raw;
    case 'bool':
      return String(n.v);
    case 'null':
      return 'null';
    case 'alias':
      throw new Unrepresentable('JSON has no aliases');
  }
}

/** YAML block style; strings double-quoted with JSON escapes (valid YAML). */
function toYaml(n: Node, indent = ''): string {
  const scalar = (v: Node): string | undefined => {
    if (v.t === 'obj') return v.entries.length === 0 ? '{}' : undefined;
    if (v.t === 'arr') return v.items.length === 0 ? '[]' : undefined;
    if (v.t === 'alias') return `*${v.name}`;
    return toJson(v);
  };
  if (n.t === 'obj' && n.entries.length > 0) {
    return n.entries
      .map((e) => {
        const key = e.aliasKey !== undefined ? `*${e.aliasKey} ` : `${e.anchor !== undefined ? `&${e.anchor} ` : ''}${JSON.stringify(e.key)}`;
        const anchor = e.valueAnchor !== undefined ? ` &${e.valueAnchor}` : '';
        const s = scalar(e.value);
        return s !== undefined ? `${indent}${key}:${anchor} ${s}\n` : `${indent}${key}:${anchor}\n${toYaml(e.value, `${indent}  `)}`;
      })
      .join('');
  }
  if (n.t === 'arr' && n.items.length > 0) {
    return n.items.map((item) => {
      const s = scalar(item);
      return s !== undefined ? `${indent}- ${s}\n` : `${indent}-\n${toYaml(item, `${indent}  `)}`;
    }).join('');
  }
  return `${indent}${scalar(n) as string}\n`;
}

/** TOML: every nested value inline; TOML has no null and no aliases. */
function toToml(n: Node): string {
  const value = (v: Node): string => {
    switch (v.t) {
      case 'obj':
        return `{ ${v.entries.map((e) => `${JSON.stringify(e.key)} = ${value(e.value)}`).join(', ')} }`;
      case 'arr':
        return `[${v.items.map(value).join(', ')}]`;
      case 'str':
        return JSON.stringify(v.v).replace(/\\u007f/gi, '\\u007F');
      case 'num':
      case 'bool':
        return toJson(v);
      default:
        throw new Unrepresentable(`TOML has no ${v.t}`);
    }
  };
  if (n.t !== 'obj') throw new Unrepresentable('a TOML document is a table');
  return n.entries.map((e) => `${JSON.stringify(e.key)} = ${value(e.value)}\n`).join('');
}

type Format = 'json' | 'yaml' | 'toml';
const SERIALIZE: Record<Format, (n: Node) => string> = { json: (n) => `${toJson(n)}\n`, yaml: (n) => toYaml(n), toml: toToml };

// ---------------------------------------------------------------------------------------------
// Mutations: one step, at a field the gate relies on.

type Path = (string | number)[];

function at(n: Node, path: Path): Node {
  let cur = n;
  for (const seg of path) {
    if (cur.t === 'obj') cur = (cur.entries.find((e) => e.key === seg) as Entry).value;
    else if (cur.t === 'arr') cur = cur.items[seg as number] as Node;
  }
  return cur;
}

function clone(n: Node): Node {
  return structuredClone(n);
}

function parentEntries(root: Node, path: Path): { parent: Node; last: string | number } {
  return { parent: at(root, path.slice(0, -1)), last: path.at(-1) as string | number };
}

function replaceAt(root: Node, path: Path, f: (e: Entry, parent: Entry[]) => void): Node {
  const copy = clone(root);
  const { parent, last } = parentEntries(copy, path);
  if (parent.t !== 'obj') throw new Error('field paths end at an object member');
  const i = parent.entries.findIndex((e) => e.key === last);
  f(parent.entries[i] as Entry, parent.entries);
  return copy;
}

const INVISIBLE = ['', ' ', '\t', '\n', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u3164', '\u115f', '\u00ad', '\u2800', '\u180e', '\u034f', ' \u200b\u2060 '];
const PLACEHOLDERS = ['${RUN_ID}', '$RUN_ID', '{{ run_id }}', '%RUN_ID%', '<run-id>', 'None', 'null', 'undefined', 'nil', 'N/A', 'TBD', 'TODO', 'unknown', 'NULL', 'n/a', 'Tbd', '@RUN_ID@', '$(run_id)'];

interface Mutation {
  kind: string;
  doc: Node;
  /** Replace the artifact by a symlink instead of writing it. */
  link?: 'outside' | 'engine' | 'sibling';
}

/** Text kinds of values a field could be retyped to. */
const retypes = (original: Node): Node[] =>
  [str('92.5'), str(''), num('0'), num('1'), { t: 'bool', v: true } as Node, { t: 'bool', v: false } as Node, { t: 'null' } as Node, { t: 'arr', items: [original] } as Node, obj({ value: original }), { t: 'arr', items: [] } as Node, obj({})].filter(
    (n) => JSON.stringify(n) !== JSON.stringify(original) && !(original.t === 'num' && n.t === 'num'),
  );

function mutationArb(base: Node, fields: readonly Path[], kinds: readonly string[], format: Format): fc.Arbitrary<Mutation> {
  const field = fc.constantFrom(...fields);
  const arbs: fc.Arbitrary<Mutation>[] = [];
  const has = (k: string) => kinds.includes(k);
  if (has('delete')) arbs.push(field.map((p) => ({ kind: 'delete', doc: replaceAt(base, p, (e, es) => es.splice(es.indexOf(e), 1)) })));
  if (has('duplicate')) {
    arbs.push(
      fc.tuple(field, fc.boolean(), fc.constantFrom<Node>(str('fail'), num('0'), str('pass'), { t: 'null' })).map(([p, before, other]) => ({
        kind: 'duplicate',
        doc: replaceAt(base, p, (e, es) => {
          const copy = { key: e.key, value: format === 'toml' && other.t === 'null' ? str('x') : other };
          es.splice(es.indexOf(e) + (before ? 0 : 1), 0, copy);
        }),
      })),
    );
  }
  if (has('retype')) {
    arbs.push(field.chain((p) => fc.constantFrom(...retypes(at(base, p))).map((v) => ({ kind: 'retype', doc: replaceAt(base, p, (e) => (e.value = v)) }))));
  }
  if (has('blank')) {
    arbs.push(
      fc.tuple(field, fc.array(fc.constantFrom(...INVISIBLE), { minLength: 1, maxLength: 4 })).map(([p, parts]) => ({ kind: 'blank', doc: replaceAt(base, p, (e) => (e.value = str(parts.join('')))) })),
    );
  }
  if (has('invisible')) {
    // Invisible characters inside a value make it another value (never the expected one).
    arbs.push(
      fc.tuple(field, fc.constantFrom(...INVISIBLE.filter((c) => c.trim() !== '' && c !== '\u2800' && c !== '\u3164' && c !== '\u115f')), fc.nat(8)).map(([p, c, pos]) => ({
        kind: 'invisible',
        doc: replaceAt(base, p, (e) => {
          const v = e.value.t === 'str' ? e.value.v : toJson(e.value);
          const i = Math.min(pos, v.length);
          e.value = str(v.slice(0, i) + c + v.slice(i));
        }),
      })),
    );
  }
  if (has('placeholder')) {
    arbs.push(fc.tuple(field, fc.constantFrom(...PLACEHOLDERS), fc.constantFrom('', ' ', '\u200b')).map(([p, w, pad]) => ({ kind: 'placeholder', doc: replaceAt(base, p, (e) => (e.value = str(pad + w + pad))) })));
  }
  if (has('bom')) {
    arbs.push(
      fc.tuple(field, fc.boolean()).map(([p, inKey]) => ({
        kind: 'bom',
        doc: replaceAt(base, p, (e) => {
          if (inKey) e.key = `\ufeff${e.key}`;
          else e.value = str(`\ufeff${e.value.t === 'str' ? e.value.v : toJson(e.value)}`);
        }),
      })),
    );
  }
  if (has('precision')) {
    const numeric = fields.filter((p) => at(base, p).t === 'num');
    if (numeric.length > 0) {
      arbs.push(
        fc.tuple(fc.constantFrom(...numeric), fc.integer({ min: 17, max: 40 }), fc.constantFrom('1', '3', '9')).map(([p, zeros, digit]) => ({
          kind: 'precision',
          doc: replaceAt(base, p, (e) => {
            const raw = (e.value as { raw: string }).raw;
            e.value = num(`${raw}${raw.includes('.') ? '' : '.'}${'0'.repeat(zeros)}${digit}`);
          }),
        })),
        fc.tuple(fc.constantFrom(...numeric), fc.bigInt({ min: 2n ** 53n + 1n, max: 2n ** 70n })).map(([p, big]) => ({ kind: 'precision', doc: replaceAt(base, p, (e) => (e.value = num(`${big}`))) })),
      );
    }
  }
  if (has('alias') && format === 'yaml') {
    arbs.push(
      fc.tuple(field, fc.constantFrom<Node>(str('pass'), str('fail'), num('1'))).map(([p, other]) => ({
        kind: 'alias-key',
        doc: replaceAt(base, p, (e, es) => {
          e.anchor = 'k';
          es.push({ key: e.key, aliasKey: 'k', value: other });
        }),
      })),
      field.map((p) => ({
        kind: 'alias-cycle',
        doc: replaceAt(base, p, (e) => {
          e.valueAnchor = 'c';
          e.value = obj({ self: { t: 'alias', name: 'c' } });
        }),
      })),
    );
  }
  if (has('link')) arbs.push(fc.constantFrom<Mutation['link']>('outside', 'engine').map((link) => ({ kind: `link-${link}`, doc: base, link })));
  if (has('sibling')) arbs.push(fc.constant<Mutation>({ kind: 'link-sibling', doc: base, link: 'sibling' }));
  return fc.oneof(...arbs);
}

// ---------------------------------------------------------------------------------------------
// Running a gate in process

const BOOK: WaiverBook = { configured: false, maxDays: 30, expiringSoonDays: 3, today: '2026-03-10', sources: [], entries: [], records: [] };
const NOW = new Date('2026-03-10T12:00:00Z');

async function evaluate(definition: AnyGateDefinition, root: string, options: Record<string, unknown>): Promise<{ status: string; checks: CheckResult[]; crash?: unknown }> {
  const opts = structuredClone(options);
  const problems = validateSchema(definition.optionsSchema, opts, { fillDefaults: true });
  if (problems.length > 0) throw new Error(`bad test options: ${JSON.stringify(problems)}`);
  const handle = createGateContext('g', { root, outputDir: join(root, 'gate-engine-out'), runId: 'r', env: {}, now: NOW, signal: new AbortController().signal, waivers: BOOK });
  try {
    await definition.evaluate(handle.ctx, opts);
  } catch (e) {
    return { status: 'crashed', checks: handle.evidence.checks, crash: e };
  }
  handle.close();
  return { status: foldChecks(handle.evidence.checks, handle.evidence.skipMessage !== undefined).raw_status, checks: handle.evidence.checks };
}

interface Scenario {
  name: string;
  gate: AnyGateDefinition;
  format: Format;
  /** The artifact the mutations rewrite. */
  file: string;
  doc: Node;
  /** Other files of the scenario (written once). */
  others?: Record<string, string>;
  options: Record<string, unknown>;
  fields: Path[];
  kinds: string[];
  runs: number;
}

const report = (format: Format): Node =>
  obj({
    schema: str('pi.ext.report.v1'),
    run_id: str('ci-13764021557-1'),
    correlation_id: str('release-ci-13764021557-1'),
    summary: obj({ status: str('pass'), pass_rate: num('92.5'), total: num('400') }),
    benchmarks: {
      t: 'arr',
      items: [obj({ name: str('parse_small'), ns: num('900') }), obj({ name: str('parse_large'), ns: num('48000') }), obj({ name: str('render'), ns: num('120000') })],
    },
    ...(format === 'toml' ? {} : {}),
  });

const ALL = ['delete', 'duplicate', 'retype', 'blank', 'invisible', 'placeholder', 'bom', 'precision', 'alias', 'link'];
const FORMATS: Format[] = ['json', 'yaml', 'toml'];

const scenarios: Scenario[] = FORMATS.flatMap((format): Scenario[] => {
  const file = `reports/report.${format}`;
  const doc = report(format);
  return [
    { name: `threshold ${format}`, gate: threshold, format, file, doc, options: { path: file, pointer: '/summary/pass_rate', op: '>=', value: 80 }, fields: [['summary', 'pass_rate']], kinds: ALL.filter((k) => k !== 'invisible'), runs: 800 },
    { name: `threshold integer ${format}`, gate: threshold, format, file, doc, options: { path: file, pointer: '/summary/total', op: '>=', value: 100, integer: true }, fields: [['summary', 'total']], kinds: ALL.filter((k) => k !== 'invisible'), runs: 300 },
    {
      name: `threshold where ${format}`, gate: threshold, format, file, doc,
      options: { path: file, array: '/benchmarks', where: { name: 'parse_large' }, pointer: '/ns', op: '<=', value: 50000 },
      fields: [['benchmarks', 1, 'name'], ['benchmarks', 1, 'ns']], kinds: ALL, runs: 600,
    },
    { name: `artifact_status ${format}`, gate: artifactStatus, format, file, doc, options: { path: file, pointer: '/summary/status', allowed: ['pass'] }, fields: [['summary', 'status']], kinds: ALL, runs: 600 },
    {
      name: `artifact_status where ${format}`, gate: artifactStatus, format, file, doc,
      options: { path: file, array: '/benchmarks', where: { name: 'parse_large' }, pointer: '/ns', allowed: [48000] },
      fields: [['benchmarks', 1, 'name'], ['benchmarks', 1, 'ns']], kinds: ALL, runs: 300,
    },
    {
      name: `artifact_lineage ${format}`, gate: artifactLineage, format, file, doc,
      others: { [`reports/other.${format}`]: SERIALIZE[format](doc) },
      options: { artifacts: [file, `reports/other.${format}`] },
      fields: [['run_id'], ['correlation_id']], kinds: [...ALL.filter((k) => k !== 'precision'), 'sibling'], runs: 600,
    },
    {
      name: `json_schema ${format}`, gate: jsonSchema, format, file, doc,
      others: {
        'schemas/report.schema.json': JSON.stringify({
          type: 'object',
          required: ['summary'],
          properties: { summary: { type: 'object', required: ['status', 'pass_rate'], properties: { status: { const: 'pass' }, pass_rate: { type: 'number', minimum: 80 } } } },
        }),
      },
      options: { path: file, schema: 'schemas/report.schema.json' },
      fields: [['summary', 'status'], ['summary', 'pass_rate']], kinds: ALL, runs: 34,
    },
    {
      // Present means "parses and holds something": what must fail is what breaks that, whatever field it hits.
      name: `artifact_present ${format}`, gate: artifactPresent, format, file, doc, options: { path: file },
      fields: [['summary'], ['run_id'], ['benchmarks']], kinds: ['duplicate', 'alias', 'link'], runs: 250,
    },
  ];
});

/** Mutations of one scenario are evaluated this many at a time, each in its own copy of the scenario. */
const SLOTS = 8;

describe('one-step mutations of passing evidence never pass and never crash', () => {
  const roots = new Map<Scenario, string[]>();
  let outside: string;

  beforeAll(async () => {
    outside = tempDir();
    await fs.writeFile(join(outside, 'secret.json'), '{"summary": {"status": "pass"}}\n');
    for (const s of scenarios) {
      const slots: string[] = [];
      for (let i = 0; i < SLOTS; i++) {
        const root = tempDir();
        await fs.mkdir(join(root, 'reports'), { recursive: true });
        await fs.mkdir(join(root, 'schemas'), { recursive: true });
        await fs.mkdir(join(root, 'ci-out'), { recursive: true });
        // An earlier run's output directory: its files are never evidence.
        await fs.writeFile(join(root, 'ci-out', 'full_suite_verdict.json'), '{\n  "schema": "gate-engine.full_suite_verdict.v1"\n}\n');
        await fs.writeFile(join(root, 'ci-out', `copy.${s.format}`), SERIALIZE[s.format](s.doc));
        for (const [rel, text] of Object.entries(s.others ?? {})) await fs.writeFile(join(root, rel), text);
        slots.push(root);
      }
      roots.set(s, slots);
    }
  });

  const total = scenarios.reduce((n, s) => n + s.runs, 0);
  it(`derives ${total} mutations in all (at least 10,000)`, () => {
    expect(total).toBeGreaterThanOrEqual(10_000);
  });

  const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);

  /** Applies one mutation in `root` and judges it; returns a description of what went wrong, or undefined. */
  async function judge(s: Scenario, root: string, m: Mutation): Promise<string | undefined> {
    const target = join(root, s.file);
    let text: string;
    try {
      text = SERIALIZE[s.format](m.doc);
    } catch (e) {
      if (e instanceof Unrepresentable) return undefined;
      throw e;
    }
    await fs.rm(target, { force: true });
    if (m.link === 'outside') await fs.symlink(join(outside, 'secret.json'), target);
    else if (m.link === 'engine') await fs.symlink(join(root, 'ci-out', `copy.${s.format}`), target);
    else if (m.link === 'sibling') await fs.symlink(`other.${s.format}`, target);
    else await fs.writeFile(target, text);
    const result = await evaluate(s.gate, root, s.options);
    const failed = result.checks.filter((c) => c.status === 'fail');
    const problem =
      result.crash !== undefined ? `crashed: ${String((result.crash as Error).stack ?? result.crash)}`
      : result.checks.some((c) => c.code === 'crashed') ? 'a crashed check'
      : result.status !== 'fail' ? `status ${result.status}`
      : failed.length === 0 ? 'no failed check'
      : failed.some((c) => !/^[a-z][a-z_]+$/.test(c.code)) ? 'a failed check without a reason code'
      : undefined;
    return problem === undefined ? undefined : `${problem} — ${m.kind} mutation of ${s.file} (seed ${seed}):\n${m.link ? `symlink (${m.link})` : text}\n${JSON.stringify(result.checks, null, 2)}`;
  }

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', async (_name, s) => {
    const slots = roots.get(s) as string[];
    // The scenario passes as written: a mutation that fails is the mutation's doing.
    for (const root of slots) await fs.writeFile(join(root, s.file), SERIALIZE[s.format](s.doc));
    const baseline = await evaluate(s.gate, slots[0] as string, s.options);
    expect(baseline.status, JSON.stringify(baseline.checks, null, 2)).toBe('pass');

    // fast-check derives the mutations; they are judged SLOTS at a time (file I/O dominates).
    const mutations = fc.sample(mutationArb(s.doc, s.fields, s.kinds, s.format), { numRuns: s.runs, seed });
    const kinds = new Set(mutations.map((m) => m.kind));
    for (let i = 0; i < mutations.length; i += SLOTS) {
      const batch = mutations.slice(i, i + SLOTS);
      const problems = await Promise.all(batch.map((m, j) => judge(s, slots[j] as string, m)));
      const first = problems.find((p) => p !== undefined);
      expect(first).toBeUndefined();
    }
    // Every mutation kind the scenario names was drawn.
    const expected = s.kinds.filter((k) => k !== 'alias' || s.format === 'yaml').length;
    expect(kinds.size).toBeGreaterThanOrEqual(Math.min(expected, 3));
  }, 300_000);
});
