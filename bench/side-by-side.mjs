// Side by side: `verify` (extends: pi-agent-rust) against a floor process doing only the unavoidable work of the
// same run (bench/floor.mjs), on reference-layout workspaces at 1× and 10× the reference project's size
// (100× with --100x), in interleaved pairs (the order alternates, so neither side always runs on a warm cache).
// Prints the time ratio (median and range) and the peak RSS of both. Then the demo CLI run against a process
// that only imports the five runtime dependencies.
//
//   node bench/side-by-side.mjs [--scales 1,10] [--100x] [--pairs N] [--keep] [--cli path/to/dist/src/cli/gate-engine.cjs]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { NOW, referenceWorkspace, sourceStats } from './reference-workspace.mjs';
import { tempRoot } from './workspace.mjs';

const { values: args } = parseArgs({
  options: { scales: { type: 'string' }, '100x': { type: 'boolean' }, pairs: { type: 'string' }, keep: { type: 'boolean' }, cli: { type: 'string' } },
  strict: false,
});
const scales = (args.scales ?? '1,10').split(',').map(Number).filter((s) => s > 0);
if (args['100x'] && !scales.includes(100)) scales.push(100);
const HERE = import.meta.dirname;
// --cli: another build of the engine (e.g. the previous commit's) to measure against the same floor.
const CLI = args.cli ?? join(HERE, '..', 'dist', 'src', 'cli', 'gate-engine.cjs');
const PROBE = join(HERE, 'rss-probe.cjs');
const scratch = tempRoot('sbs');
// The trees and everything a run writes live in two directories of their own: a file the bench writes during a run
// (the RSS figure, the outputs) never changes a directory above a tree. The engine skips re-reading, at the run's end,
// a file the kernel shows unchanged since before the run, with every directory above it (src/core/declared-writes.ts
// `changedBeforeMark`); a bench that rewrote the trees' parent on every run measured a re-read a real checkout does not
// pay. /tmp itself must stay quiet too: on a machine where other processes create files in it, pass a quiet directory
// as TMPDIR.
const trees = join(scratch, 'trees');
const io = join(scratch, 'io');
mkdirSync(trees);
mkdirSync(io);
const rssFile = join(io, 'rss');

/** Runs node with the RSS probe; returns wall ms, peak RSS bytes and the exit status. */
function timed(argv, cwd) {
  rmSync(rssFile, { force: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-r', PROBE, ...argv], { cwd, env: { ...process.env, BENCH_RSS_OUT: rssFile }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const ms = performance.now() - t0;
  let rss = NaN;
  let cpu = NaN;
  try {
    ({ rss, cpu } = JSON.parse(readFileSync(rssFile, 'utf8')));
  } catch {
    // killed before exit (out of memory): no figure
  }
  return { ms, rss, cpu, status: r.status, signal: r.signal, stderr: r.stderr.toString().slice(-2000) };
}

/**
 * Twice the kernel's writeback window plus a second and a margin, as the engine reads it; 75 s where it is not known.
 * Undefined where writeback is off (`dirty_writeback_centisecs` 0): the engine then never trusts change times, so no
 * wait would make its end-of-run check cheaper.
 */
function writebackWindowMs() {
  const centis = (name) => {
    try {
      return Number(readFileSync(`/proc/sys/vm/${name}`, 'utf8').trim());
    } catch {
      return NaN;
    }
  };
  const wake = centis('dirty_writeback_centisecs');
  if (wake === 0) return undefined;
  const window = 2 * (centis('dirty_expire_centisecs') + wake) * 10 + 1000;
  return (Number.isFinite(window) && window > 0 ? window : 73_000) + 2000;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const mb = (b) => `${(b / 1024 / 1024).toFixed(0)} MB`;
const fmt = (x) => x.toFixed(2);

function report(label, runs, aName, bName) {
  const ratios = runs.map((r) => r.a.ms / r.b.ms);
  const cpuRatios = runs.map((r) => r.a.cpu / r.b.cpu);
  const side = (name, key) =>
    `${name} ${median(runs.map((r) => r[key].ms)).toFixed(0)} ms (cpu ${median(runs.map((r) => r[key].cpu)).toFixed(0)} ms), peak RSS ${mb(Math.max(...runs.map((r) => r[key].rss)))}`;
  const line = [
    `${label.padEnd(30)}`,
    `wall ratio ${fmt(median(ratios))}× (${fmt(Math.min(...ratios))}–${fmt(Math.max(...ratios))})`,
    `cpu ratio ${fmt(median(cpuRatios))}× (${fmt(Math.min(...cpuRatios))}–${fmt(Math.max(...cpuRatios))})`,
    side(aName, 'a'),
    side(bName, 'b'),
  ].join(' | ');
  console.log(line);
}

console.log(`side by side: verify (extends: pi-agent-rust) vs floor · node ${process.version} · load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
// Every tree first, then a wait: a file written less than the kernel's writeback window before a run is read again at
// its end (a page dirtied through a shared mapping takes writes unrecorded until writeback), as in a CI job whose
// checkout is seconds old; the bench measures a tree checked out earlier, as a job's build and test steps leave it.
const generated = new Map();
for (const scale of scales) {
  const t0 = performance.now();
  generated.set(scale, { ws: referenceWorkspace(scale, join(trees, `ws${scale}`), CLI), ms: performance.now() - t0 });
}
const settleMs = writebackWindowMs();
if (settleMs === undefined) {
  console.log('trees generated; kernel writeback is off, so the engine re-reads every scanned file at the end of each run (as it does on such a machine in CI)');
} else {
  console.log(`trees generated; waiting ${(settleMs / 1000).toFixed(0)} s (the writeback window) so that the engine's end-of-run check can trust their change times`);
  await new Promise((r) => setTimeout(r, settleMs));
}
for (const scale of scales) {
  const pairs = Number(args.pairs ?? (scale >= 100 ? 3 : scale >= 10 ? 5 : 9));
  const t0 = performance.now();
  const { ws, ms: generatedMs } = generated.get(scale);
  const { bytes, files } = sourceStats(ws);
  const out = join(io, `out${scale}`);
  const floorOut = join(io, `floor${scale}`);
  const engineArgv = [CLI, 'verify', '--root', ws, '--out', out, '--now', NOW, '--json'];
  // One warm-up run of each side; its outputs give the floor the sizes to write.
  const warm = timed(engineArgv, ws);
  if (warm.status !== 0) {
    let failing = 'no verdict written';
    try {
      const verdict = JSON.parse(readFileSync(join(out, 'full_suite_verdict.json'), 'utf8'));
      failing = verdict.gates.filter((g) => g.status !== 'pass').map((g) => `${g.id}: ${g.status} (${g.reason ?? g.detail.slice(0, 80)})`).join('; ');
    } catch {
      // killed before writing (out of memory): the exit status says so
    }
    console.log(`${scale}×: verify exited ${warm.status ?? warm.signal} after ${(warm.ms / 1000).toFixed(0)} s (peak RSS ${mb(warm.rss)}): ${failing}`);
    continue;
  }
  // Every file the run wrote, listings of scanned trees (scanned/) included.
  const sizes = {};
  for (const f of readdirSync(out)) {
    const st = statSync(join(out, f));
    if (st.isDirectory()) for (const g of readdirSync(join(out, f))) sizes[`${f}/${g}`] = statSync(join(out, f, g)).size;
    else sizes[f] = st.size;
  }
  const sizesFile = join(io, `sizes${scale}.json`);
  writeFileSync(sizesFile, JSON.stringify(sizes));
  const floorArgv = [join(HERE, 'floor.mjs'), ws, floorOut, sizesFile];
  timed(floorArgv, ws);
  const runs = [];
  for (let i = 0; i < pairs; i++) {
    // Alternate which side goes first, so neither always inherits the other's warm caches.
    let engine;
    let floor;
    if (i % 2 === 0) {
      engine = timed(engineArgv, ws);
      floor = timed(floorArgv, ws);
    } else {
      floor = timed(floorArgv, ws);
      engine = timed(engineArgv, ws);
    }
    if (engine.status !== 0) console.log(`  run ${i}: verify exited ${engine.status ?? engine.signal}`);
    runs.push({ a: engine, b: floor });
  }
  const verdictBytes = sizes['full_suite_verdict.json'];
  console.log(`${scale}× workspace: ${files} Rust files (${mb(bytes)}), ${Math.round(256 * scale) + 4} test files; verdict ${(verdictBytes / 1024).toFixed(0)} KB; ${pairs} pairs; generated in ${(generatedMs / 1000).toFixed(0)} s, measured in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  report(`  ${scale}× verify / floor`, runs, 'verify', 'floor');
  if (!args.keep) rmSync(ws, { recursive: true, force: true });
}

// The demo: CLI start-up and a small run against importing the five runtime dependencies.
{
  const demo = join(HERE, '..', 'fixtures', 'demo');
  const out = join(io, 'demo-out');
  const runs = [];
  for (let i = 0; i < 9; i++) {
    const cli = () => timed([CLI, 'verify', '--root', demo, '--out', out, '--json'], demo);
    const deps = () => timed([join(HERE, 'import-deps.mjs')], demo);
    if (i % 2 === 0) {
      const a = cli();
      runs.push({ a, b: deps() });
    } else {
      const b = deps();
      runs.push({ a: cli(), b });
    }
  }
  report('demo CLI / import 5 deps', runs, 'CLI', 'deps');
}
console.log(`load after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
if (!args.keep) rmSync(scratch, { recursive: true, force: true });
