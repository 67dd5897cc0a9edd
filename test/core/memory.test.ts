/** No fatal out-of-memory: past the heap bound a gate is stopped with resource_limit and the verdict is still written. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArtifactError } from '../../src/artifacts/errors.js';
import { DEFAULT_HEAP_FRACTION, heapBound, heapGrowthFlag, oldSpaceLimit } from '../../src/core/memory.js';
import { defineGate } from '../../src/core/types.js';
import { verify } from '../../src/verify.js';
import { BIN } from '../helpers/cli.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);
const NOW = '2026-03-10T12:00:00Z';

/** Reads src/*.txt; `swallow` catches every error and passes anyway (a careless gate). */
const readAll = defineGate<{ swallow: boolean }>({
  type: 'read_all',
  title: 'reads every file',
  description: 'reads src/*.txt',
  optionsSchema: { type: 'object', additionalProperties: false, properties: { swallow: { type: 'boolean', default: false } } },
  async evaluate(ctx, { swallow }) {
    try {
      for (const f of await ctx.list('src/*.txt')) await ctx.read.text(f);
    } catch (e) {
      if (!swallow) throw e;
    }
    ctx.pass('read', 'read everything');
  },
});

const files = (): Record<string, string> => Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`src/f${i}.txt`, `text ${i}\n`]));

describe('heap bound', () => {
  it('past GATE_ENGINE_MAX_HEAP_MB the gate fails with resource_limit, even one that swallows the error; the verdict is written (exit 1)', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'strict', type: 'read_all' }, { id: 'careless', type: 'read_all', options: { swallow: true } }]), ...files() });
    const out = tempDir();
    const result = await verify({ root, out, gateTypes: [readAll], now: NOW, env: { GATE_ENGINE_MAX_HEAP_MB: '1' } });
    expect(result.exitCode).toBe(1);
    for (const g of result.verdict.gates) {
      expect(g).toMatchObject({ status: 'fail', reason: 'resource_limit' });
      expect(g.checks.at(-1)).toMatchObject({ code: 'resource_limit', expected: 'heap in use ≤ 1 MB' });
    }
    expect(existsSync(join(out, 'full_suite_verdict.json'))).toBe(true);
  });

  it('under the bound nothing changes', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'strict', type: 'read_all' }]), ...files() });
    const result = await verify({ root, out: tempDir(), gateTypes: [readAll], now: NOW, env: { GATE_ENGINE_MAX_HEAP_MB: '100000' } });
    expect(result.verdict.gates[0]?.status).toBe('pass');
  });

  it('the bound: GATE_ENGINE_MAX_HEAP_MB when it is a positive integer, else 85% of the V8 heap limit', () => {
    expect(heapBound({ GATE_ENGINE_MAX_HEAP_MB: '300' })).toBe(300 * 1024 * 1024);
    const fallback = heapBound({});
    for (const bad of ['0', '-1', 'x', '1.5', '']) expect(heapBound({ GATE_ENGINE_MAX_HEAP_MB: bad })).toBe(fallback);
    expect(fallback).toBeGreaterThan(0);
    // Below V8's own limit, or V8 kills the process (exit 134, no verdict) before the guard ever fires.
    expect(fallback).toBe(Math.floor(oldSpaceLimit() * DEFAULT_HEAP_FRACTION));
    expect(fallback).toBeLessThan(oldSpaceLimit());
    expect(ArtifactError).toBeDefined();
  });

  it('a real process with a small V8 heap and a gate that keeps what it reads: exit 1 with a verdict, never an out-of-memory crash', () => {
    // The gate keeps ~2 MB per file read; 80 files are 160 MB, far past a 64 MB old space. Without the guard V8 aborts.
    const script = `
import { defineGate, verify } from ${JSON.stringify(join(BIN, '..', '..', 'index.js'))};
const hoard = defineGate({ type: 'hoard', title: 'keeps everything', description: 'keeps 2 MB per file it reads',
  optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  async evaluate(ctx) {
    const kept = [];
    for (const f of await ctx.list('src/*.txt')) { const t = await ctx.read.text(f); kept.push(Array.from({ length: 2 ** 18 }, (_, i) => i + t.text.length)); }
    ctx.pass('kept', 'kept ' + kept.length);
  } });
const [root, out] = process.argv.slice(2);
const result = await verify({ root, out, gateTypes: [hoard], now: ${JSON.stringify(NOW)} });
process.exitCode = result.exitCode;
`;
    const tree: Record<string, string> = { 'gate-engine.config.yaml': configYaml([{ id: 'hoard', type: 'hoard' }]) };
    for (let i = 0; i < 80; i++) tree[`src/f${i}.txt`] = `file ${i}\n`;
    const root = workspace(tree);
    const scriptFile = join(tempDir(), 'hoard.mjs');
    writeFileSync(scriptFile, script);
    const out = tempDir();
    const r = spawnSync(process.execPath, ['--max-old-space-size=64', scriptFile, root, out], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr.slice(-600)).toBe(1);
    const verdict = JSON.parse(readFileSync(join(out, 'full_suite_verdict.json'), 'utf8'));
    expect(verdict.gates[0]).toMatchObject({ status: 'fail', reason: 'resource_limit' });
  });
});

describe('heap growth cap (the CLI process only)', () => {
  it('caps growth at 1.5x on V8 versions known to have the flag', () => {
    expect(heapGrowthFlag([], '11.3.244.8-node.33')).toBe('--heap-growing-percent=50');
    expect(heapGrowthFlag(['--enable-source-maps', '--max-old-space-size=4096'], '12.4.254.21')).toBe('--heap-growing-percent=50');
  });

  it('leaves a growth the user set, and V8 versions it does not know (an unknown flag makes V8 print an error)', () => {
    expect(heapGrowthFlag(['--heap-growing-percent=10'], '11.3.244.8')).toBeUndefined();
    expect(heapGrowthFlag(['--heap_growing_percent=200'], '11.3.244.8')).toBeUndefined();
    expect(heapGrowthFlag([], '15.0.1')).toBeUndefined();
    expect(heapGrowthFlag([], '9.4.146')).toBeUndefined();
    expect(heapGrowthFlag([], 'x')).toBeUndefined();
  });

  it('a CLI run with the growth set on the node command line prints nothing on stderr', () => {
    const run = spawnSync(process.execPath, ['--heap-growing-percent=200', BIN, '--version'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});
