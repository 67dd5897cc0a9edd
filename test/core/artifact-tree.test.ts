/** A whole scanned tree is one digest entry in the verdict; its listing lands with the run; edits of either are detected. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collapseArtifacts, listingProblems, TREE_THRESHOLD, type TreeEntry } from '../../src/core/artifact-tree.js';
import { defineGate, type ArtifactRecord } from '../../src/core/types.js';
import { EngineError } from '../../src/core/errors.js';
import { verify } from '../../src/verify.js';
import { readVerdict } from '../../src/verdict-file.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);
const NOW = '2026-03-10T12:00:00Z';

const treeGate = defineGate<{ count: number }>({
  type: 'read_tree',
  title: 'reads a tree',
  description: 'reads src/*.rs as text and one dated JSON document',
  optionsSchema: { type: 'object', properties: { count: { type: 'integer' } }, required: ['count'], additionalProperties: false },
  async evaluate(ctx) {
    for (const f of await ctx.list('src/**/*.rs')) await ctx.read.text(f);
    await ctx.read.json('r.json', { maxAge: '7d' });
    ctx.pass('read', 'read the tree');
  },
});

function tree(count: number): Record<string, string | object> {
  const files: Record<string, string | object> = { 'r.json': { schema: 'x.v1', generated_at: NOW }, 'gate-engine.config.yaml': configYaml([{ id: 'scan', type: 'read_tree', options: { count } }]) };
  for (let i = 0; i < count; i++) files[`src/${i % 2 ? 'a' : 'b/c'}/m${i}.rs`] = `fn f${i}() {}\n`;
  return files;
}

async function run(count: number) {
  const root = workspace(tree(count));
  const out = tempDir();
  const result = await verify({ root, out, gateTypes: [treeGate], now: NOW });
  return { root, out, result, gate: result.verdict.gates[0]! };
}

async function refused(out: string): Promise<EngineError> {
  try {
    await readVerdict(join(out, 'full_suite_verdict.json'), { gateTypes: [treeGate] });
  } catch (e) {
    return e as EngineError;
  }
  throw new Error('the verdict was accepted');
}

describe('tree entries', () => {
  it('up to the threshold every file is listed; past it the plain reads are one entry and dated documents stay', async () => {
    const small = await run(TREE_THRESHOLD);
    expect(small.gate.artifacts).toHaveLength(TREE_THRESHOLD + 1);
    expect(small.gate.artifacts.some((a) => a.kind === 'tree')).toBe(false);

    const big = await run(200);
    expect(big.gate.status).toBe('pass');
    expect(big.gate.artifacts).toHaveLength(2);
    const entry = big.gate.artifacts.find((a) => a.kind === 'tree') as TreeEntry;
    expect(entry).toMatchObject({ kind: 'tree', path: 'src', files: 200, listing: 'scanned/scan.jsonl' });
    expect(big.gate.artifacts.find((a) => a.path === 'r.json')).toMatchObject({ schema: 'x.v1', generated_at: NOW });
    const listing = readFileSync(join(big.out, entry.listing), 'utf8');
    expect(listing.trim().split('\n')).toHaveLength(200);
    expect(listingProblems(entry, listing)).toEqual([]);
    expect(entry.bytes).toBe(listing.trim().split('\n').reduce((n, l) => n + (JSON.parse(l) as ArtifactRecord).bytes, 0));
    await expect(readVerdict(join(big.out, 'full_suite_verdict.json'), { gateTypes: [treeGate] })).resolves.toBeDefined();
  });

  it('the verdict stays the same size whatever the size of the tree', async () => {
    const a = await run(100);
    const b = await run(1000);
    const size = (out: string) => readFileSync(join(out, 'full_suite_verdict.json')).length;
    expect(Math.abs(size(a.out) - size(b.out))).toBeLessThan(64);
  });

  it('an edited count, size or digest in the verdict, or an edited listing, is refused as inconsistent', async () => {
    const { out } = await run(60);
    const file = join(out, 'full_suite_verdict.json');
    const original = readFileSync(file, 'utf8');
    const listingFile = join(out, 'scanned/scan.jsonl');
    const listing = readFileSync(listingFile, 'utf8');
    const edits: [string, (v: { gates: { artifacts: Record<string, unknown>[] }[] }) => void][] = [
      ['files', (v) => void (v.gates[0]!.artifacts.find((a) => a.kind === 'tree')!.files = 59)],
      ['bytes', (v) => void (v.gates[0]!.artifacts.find((a) => a.kind === 'tree')!.bytes = 1)],
      ['sha256', (v) => void (v.gates[0]!.artifacts.find((a) => a.kind === 'tree')!.sha256 = 'a'.repeat(64))],
      ['few files', (v) => void (v.gates[0]!.artifacts.find((a) => a.kind === 'tree')!.files = 3)],
      ['listing name', (v) => void (v.gates[0]!.artifacts.find((a) => a.kind === 'tree')!.listing = 'scanned/other.jsonl')],
    ];
    for (const [what, edit] of edits) {
      const v = JSON.parse(original);
      edit(v);
      writeFileSync(file, JSON.stringify(v, null, 2));
      const e = await refused(out);
      expect(e.code, what).toBe('verdict_inconsistent');
    }
    writeFileSync(file, original);
    // The listing edited to drop a file (its digest no longer matches), or a file's digest changed.
    const lines = listing.trim().split('\n');
    for (const edited of [`${lines.slice(1).join('\n')}\n`, listing.replace(/"sha256":"[0-9a-f]/, '"sha256":"f')]) {
      writeFileSync(listingFile, edited);
      expect((await refused(out)).code).toBe('verdict_inconsistent');
    }
  });

  it('a tree entry may not carry a schema or a date (schema), and a plain record may not carry files or a listing', async () => {
    const { out } = await run(40);
    const file = join(out, 'full_suite_verdict.json');
    const v = JSON.parse(readFileSync(file, 'utf8'));
    v.gates[0].artifacts.find((a: Record<string, unknown>) => a.kind === 'tree').schema = 'x.v1';
    writeFileSync(file, JSON.stringify(v));
    expect((await refused(out)).code).toBe('verdict_invalid');
  });

  it('collapseArtifacts is a pure function of the records (order of reads does not matter)', () => {
    const recs: ArtifactRecord[] = Array.from({ length: 40 }, (_, i) => ({ path: `d/${String(i).padStart(2, '0')}.rs`, sha256: 'b'.repeat(64), bytes: i }));
    const a = collapseArtifacts(recs, 'full', 'g');
    const b = collapseArtifacts([...recs].reverse(), 'full', 'g');
    expect(a).toEqual(b);
    expect(a.artifacts[0]).toMatchObject({ path: 'd', files: 40, bytes: 780 });
    expect(collapseArtifacts(recs, 'preflight', 'g').listing?.path).toBe('preflight_scanned/g.jsonl');
    // A file rewritten while the gate read it twice: two versions, both listed, and the listing is consistent.
    const twice = collapseArtifacts([...recs, { path: 'd/00.rs', sha256: 'c'.repeat(64), bytes: 1 }], 'full', 'g');
    const entry = twice.artifacts[0] as TreeEntry;
    expect(entry.files).toBe(41);
    expect(listingProblems(entry, twice.listing!.text)).toEqual([]);
    // Lines swapped: out of order.
    const lines = twice.listing!.text.trim().split('\n');
    expect(listingProblems(entry, `${[lines[1], lines[0], ...lines.slice(2)].join('\n')}\n`).join(' ')).toMatch(/out of order/);
  });
});
