// practical_finish_checkpoint over a ~100 MB tracker export: wall time, peak RSS and heap, each run in a
// fresh child process with the old-space heap capped, so a gate that held the file (or every row) in
// memory would die instead of looking fine. Figures, not assertions.
//
//   npm run build && node bench/tracker-rss.mjs            (or `await import('./tracker-rss.mjs')` from run.mjs)
//   node bench/tracker-rss.mjs --child <root> <out>       (one measured run; prints JSON)
//   node bench/tracker-rss.mjs --reference 100            (only the tracker of the 100x reference workspace)
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempRoot, trackerJsonl } from './workspace.mjs';
import { writeTracker } from './reference-workspace.mjs';

const NOW = '2026-03-10T12:00:00Z';
const SELF = fileURLToPath(import.meta.url);
const CHECKPOINT = 'practical_finish_checkpoint.json';

if (process.argv[2] === '--child') {
  const [root, out] = process.argv.slice(3);
  const { verify } = await import('../dist/src/verify.js');
  let peakHeap = 0;
  const sample = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
  const sampler = setInterval(sample, 5);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const { verdict } = await verify({ root, out, now: NOW, write: false });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(sampler);
  sample();
  const gate = verdict.gates[0];
  const mb = (n) => n / 1024 / 1024;
  process.stdout.write(
    JSON.stringify({
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      status: gate.status,
      reason: gate.reason ?? null,
      checks: gate.checks.map((c) => `${c.id}: ${c.message.slice(0, 160)}`),
      bytes: gate.artifacts[0]?.bytes,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      peakHeapMb: mb(peakHeap),
      heapUsedMb: mb(process.memoryUsage().heapUsed),
    }),
  );
  process.exit(0);
}

const record = (name, value, unit, note = '') => console.log(`${name.padEnd(58)} ${String(value).padStart(10)} ${unit.padEnd(4)} ${note}`);

const WORDS = 'the scheduler should batch hostcalls so that the reactor wakes once per tick instead of once per call and measure p99 latency under load'.split(' ');
const text = (i, n) => Array.from({ length: n }, (_, k) => WORDS[(i * 7 + k * 13) % WORDS.length]).join(' ');

/**
 * A beads-like export of about `megabytes` MB: long descriptions and notes (as real exports carry),
 * 20 epics of which one (bd-3ar8v) is the scope, its .7 subtree excluded by default. Every row
 * under bd-3ar8v is closed except a handful of docs issues, so the gate passes and the checkpoint
 * is small: what is measured is reading and validating every row.
 */
function realisticTracker(megabytes) {
  const root = tempRoot('tracker');
  mkdirSync(join(root, '.beads'), { recursive: true });
  const fd = openSync(join(root, '.beads', 'issues.jsonl'), 'w');
  const target = megabytes * 1024 * 1024;
  let written = 0;
  let i = 0;
  let inScope = 0;
  writeSync(fd, `${JSON.stringify({ id: 'bd-3ar8v', status: 'open', issue_type: 'epic', title: '[PERF-3X] three times faster', labels: ['perf'] })}\n`);
  while (written < target) {
    let batch = '';
    for (let k = 0; k < 500; k++, i++) {
      const epic = i % 20 === 0 ? 'bd-3ar8v' : `bd-e${(i % 20).toString(36)}x`;
      const id = `${epic}.${i % 9}.${i}`;
      const scoped = epic === 'bd-3ar8v';
      if (scoped && i % 9 !== 7) inScope++;
      const docs = scoped && i % 97 === 0;
      const status = scoped ? (docs ? 'open' : 'closed') : ['open', 'closed', 'in_progress', 'blocked', 'deferred'][i % 5];
      batch += `${JSON.stringify({
        id,
        title: `Issue ${i}: ${text(i, 8)}`,
        description: text(i, 220),
        design: text(i + 1, 40),
        notes: text(i + 2, 30),
        status,
        priority: i % 4,
        issue_type: docs ? 'docs' : ['task', 'feature', 'bug', 'chore'][i % 4],
        labels: docs ? ['docs-last', 'perf'] : ['perf', i % 3 === 0 ? 'runtime' : 'io'],
        created_at: '2026-01-02T03:04:05Z',
        updated_at: '2026-02-03T04:05:06Z',
        dependencies: [{ issue_id: id, depends_on_id: `${epic}.${i % 9}`, type: 'parent-child' }],
      })}\n`;
    }
    writeSync(fd, batch);
    written += Buffer.byteLength(batch);
  }
  closeSync(fd);
  return { root, rows: i + 1, inScope, bytes: written };
}

/** The reference project's scope (the gate has no default scope_root). */
const SCOPE = { scope_root: 'bd-3ar8v', exclude: ['bd-3ar8v.7'] };

function writeConfig(root, options) {
  writeFileSync(join(root, 'gate-engine.config.yaml'), `version: 1\ngates:\n  - id: practical_finish\n    type: practical_finish_checkpoint\n    timeout: 10m\n    options: ${JSON.stringify({ ...SCOPE, ...options })}\n`);
}

function measure(root, heapMb) {
  const out = join(root, 'out');
  const stdout = execFileSync(process.execPath, [`--max-old-space-size=${heapMb}`, SELF, '--child', root, out], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout);
}

const line = (m) => `gate ${m.status}${m.reason ? ` (${m.reason})` : ''}, ${(m.bytes / 1024 / 1024 / (m.ms / 1000)).toFixed(0)} MB/s, CPU ${(m.cpuMs / 1000).toFixed(2)} s, peak RSS ${m.maxRssMb.toFixed(0)} MB, peak heap ${m.peakHeapMb.toFixed(0)} MB, heap at end ${m.heapUsedMb.toFixed(0)} MB`;

/**
 * The tracker of bench/reference-workspace.mjs at `scale` (1 MB per 1x: closed issues under the epic, open ones
 * outside it with no parent link) under the reference preset's options, checkpoint written: what the tracker gate
 * alone costs in the side-by-side run.
 */
function referenceTracker(scale) {
  const root = tempRoot(`ref-tracker${scale}x`);
  mkdirSync(join(root, '.beads'), { recursive: true });
  const path = join(root, '.beads', 'issues.jsonl');
  writeFileSync(path, `${JSON.stringify({ id: 'bd-3ar8v', status: 'open', issue_type: 'epic', title: 'the epic' })}\n`);
  writeTracker(path, 1024 * 1024 * scale);
  writeConfig(root, { write_checkpoint: CHECKPOINT });
  const m = measure(root, 512);
  record(`practical_finish: reference tracker at ${scale}x, old space 512 MB`, (m.ms / 1000).toFixed(2), 's', line(m));
  rmSync(root, { recursive: true, force: true });
}

const reference = process.argv.indexOf('--reference');
if (reference !== -1) {
  referenceTracker(Number(process.argv[reference + 1] ?? 100));
  process.exit(0);
}

// 1. A realistic 100 MB export (long rows, 5% of them in scope), heap capped at 64 MB, checkpoint written.
{
  const t = realisticTracker(100);
  writeConfig(t.root, { write_checkpoint: CHECKPOINT });
  const m = measure(t.root, 64);
  record(`practical_finish: ${(t.bytes / 1024 / 1024).toFixed(0)} MB export, ${t.rows} rows, old space 64 MB`, (m.ms / 1000).toFixed(2), 's', line(m));
  rmSync(t.root, { recursive: true, force: true });
}

// 2. The worst case: bench/workspace.mjs's 100 MB export of short rows, all under bd-3ar8v (8/9 in scope after
// the .7 exclusion, 3/4 of those open). Without write_checkpoint an in-scope issue costs its id and a number;
// with it every open issue is kept with its title and labels and the checkpoint lists them all (an 87 MB file),
// so memory grows with the open issues in scope — never with the file.
{
  const t = trackerJsonl(100);
  mkdirSync(join(t.root, '.beads'), { recursive: true });
  writeFileSync(join(t.root, '.beads', 'issues.jsonl'), `${JSON.stringify({ id: 'bd-3ar8v', status: 'open' })}\n`);
  execFileSync('sh', ['-c', 'cat "$0" >> "$1"', join(t.root, t.path), join(t.root, '.beads', 'issues.jsonl')]);
  rmSync(join(t.root, t.path));
  for (const [options, heap, what] of [
    [{ closed_statuses: ['closed'] }, 64, 'no checkpoint written'],
    [{ closed_statuses: ['closed'], write_checkpoint: CHECKPOINT }, 512, 'checkpoint of every open issue written'],
  ]) {
    writeConfig(t.root, options);
    const name = `practical_finish: 100 MB, ${t.rows} rows all in scope, ${what}, old space ${heap} MB`;
    try {
      const m = measure(t.root, heap);
      record(name, (m.ms / 1000).toFixed(2), 's', line(m));
    } catch (e) {
      record(name, 'failed', '', String(e.message).split('\n')[0].slice(0, 120));
    }
  }
  rmSync(t.root, { recursive: true, force: true });
}
