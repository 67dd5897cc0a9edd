// Benchmarks (npm run bench). Figures, not assertions: tests never time anything.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { listGlob } from '../dist/src/artifacts/glob.js';
import { parseJson } from '../dist/src/artifacts/json-parse.js';
import { verify } from '../dist/src/verify.js';
import { classificationWorkspace, trackerJsonl } from './workspace.mjs';

// 0. Side by side: verify with the reference preset against its I/O floor, 1× and 10× (100× with `npm run bench -- --100x`).
await import('./side-by-side.mjs');

const results = [];
const record = (name, value, unit, note = '') => {
  results.push({ name, value, unit, note });
  console.log(`${name.padEnd(48)} ${String(value).padStart(10)} ${unit.padEnd(6)} ${note}`);
};

function best(runs, fn) {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

async function bestAsync(runs, fn) {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

// 1. Strict JSON parser vs JSON.parse on tracker-like rows.
{
  const rows = Array.from({ length: 200_000 }, (_, i) => JSON.stringify({ id: `bd-3ar8v.${i % 9}.${i}`, status: 'open', issue_type: 'task', title: 'Some title here', labels: ['a', 'b'] }));
  const mb = rows.reduce((n, r) => n + r.length, 0) / 1024 / 1024;
  const ours = best(5, () => rows.forEach((r) => parseJson(r)));
  const native = best(5, () => rows.forEach((r) => JSON.parse(r)));
  record('parseJson (duplicate-key aware), 200k rows', (mb / (ours / 1000)).toFixed(0), 'MB/s', `JSON.parse: ${(mb / (native / 1000)).toFixed(0)} MB/s`);
}

// 2. Streaming JSONL with bounded memory, each size in a fresh child process. Peak RSS is dominated by
// I/O buffers the GC collects lazily; the proof of boundedness is that it does not grow with the file.
for (const megabytes of [25, 100, 400]) {
  const { root, path, bytes } = trackerJsonl(megabytes);
  const run = (flags) => JSON.parse(execFileSync(process.execPath, [...flags, join(import.meta.dirname, 'jsonl-rss.mjs'), root, path], { encoding: 'utf8' }));
  const out = run([]);
  record(`JSONL stream ${megabytes} MB`, (out.ms / 1000).toFixed(2), 's', `${out.rows} rows, ${((bytes / 1024 / 1024) / (out.ms / 1000)).toFixed(0)} MB/s, peak RSS ${out.maxRssMb.toFixed(0)} MB, heap used at end ${out.heapUsedMb.toFixed(0)} MB`);
  if (megabytes === 100) {
    const capped = run(['--max-old-space-size=32']);
    record('JSONL stream 100 MB, old-space heap capped at 32 MB', (capped.ms / 1000).toFixed(2), 's', `completed ${capped.rows} rows, peak RSS ${capped.maxRssMb.toFixed(0)} MB`);
  }
  rmSync(root, { recursive: true, force: true });
}

// 3. Glob over 10,000 test files, and the suite_classification gate end to end over them.
{
  const root = classificationWorkspace(10_000);
  const globMs = await bestAsync(5, () => listGlob(root, 'tests/*.rs'));
  record('listGlob tests/*.rs over 10,000 files', globMs.toFixed(1), 'ms');
  let verdict;
  const verifyMs = await bestAsync(3, async () => {
    ({ verdict } = await verify({ root, write: false, now: '2026-03-10T12:00:00Z' }));
  });
  record('verify: suite_classification, 10,000 test files', verifyMs.toFixed(0), 'ms', `verdict ${verdict.verdict}`);
  rmSync(root, { recursive: true, force: true });
}

// 4. CLI start-up: the demo workspace end to end in a fresh process.
{
  const bin = join(import.meta.dirname, '..', 'dist', 'src', 'cli', 'gate-engine.cjs');
  const cliMs = best(5, () => {
    try {
      execFileSync(process.execPath, [bin, 'verify', '--root', join(import.meta.dirname, '..', 'fixtures', 'demo'), '--out', join(import.meta.dirname, '..', 'fixtures', 'demo', 'gate-engine-out'), '--json'], { stdio: 'pipe' });
    } catch {
      // the demo exits 1 by design
    }
  });
  record('CLI: verify the demo workspace (fresh process)', cliMs.toFixed(0), 'ms');
}

// 5. Import scanners and the kernel_boundary gate over 10,000-module trees (bench/scan.mjs).
await import('./scan.mjs');

// 6. practical_finish_checkpoint over a 100 MB tracker export, peak RSS in a child process (bench/tracker-rss.mjs).
await import('./tracker-rss.mjs');
