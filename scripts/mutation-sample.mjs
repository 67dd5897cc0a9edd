#!/usr/bin/env node
// npm run mutation:sample -- --folder <src/core|src/artifacts|gates> --seed N --size K [--batch B] [--list] [--score]
// A whole-folder mutation score estimated from a uniform random sample of its mutants (issue 15): a full run
// takes 8–10 hours on the shared 2-core machine, a sample of K mutants a fraction of that, with a 95% interval.
//
// 1. Stryker's own instrumenter lists every mutant of every .ts file under the folder (the same mutators and
//    locations `npm run mutation` would test).
// 2. A seeded shuffle draws K of them, uniformly, without replacement.
// 3. Stryker runs with `mutate` set to the exact location of each drawn mutant, and a plugin
//    (scripts/mutation-sample-plugin.mjs) that marks every other mutant in those locations as ignored:
//    only the drawn mutants run.
//    The draw runs in batches of B, in drawn order, one Stryker run each, resumable (a batch whose report exists is
//    not run again): any prefix of a uniform shuffle is itself a uniform sample, so a run cut short by the clock
//    still gives an honest estimate from the batches it finished.
// 4. Only the drawn mutants are counted (matched by file, location, mutator and replacement); Wilson's 95%
//    interval bounds the folder's score.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { Instrumenter } from '@stryker-mutator/instrumenter';

export const FOLDERS = ['src/core', 'src/artifacts', 'gates'];
const ROOT = new URL('..', import.meta.url).pathname;
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

function main() {
  const { values } = parseArgs({
    options: {
      folder: { type: 'string' },
      seed: { type: 'string', default: '1' },
      size: { type: 'string', default: '100' },
      batch: { type: 'string', default: '8' },
      list: { type: 'boolean', default: false },
      score: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || values.folder === undefined) {
    console.log(`npm run mutation:sample -- --folder <${FOLDERS.join('|')}> [--seed N] [--size K] [--batch B] [--list] [--score]
  --seed N    PRNG seed (default 1): the same seed, folder and sources draw the same mutants
  --size K    mutants drawn (default 100)
  --batch B   mutants per Stryker run (default 8); finished batches are kept and not run again
  --list      print the draw and the folder's mutant count, run nothing
  --score     score the batches already run (no run)
Tests: the folder's set in vitest.stryker-sample.config.ts, narrowed for gates/ to the drawn gate types' tests and
scenarios; GATE_ENGINE_MUTATION_TESTS overrides both.`);
    process.exit(values.help ? 0 : 2);
  }
  const folder = values.folder.replace(/\/+$/, '');
  if (!FOLDERS.includes(folder)) fail(`--folder must be one of ${FOLDERS.join(', ')}, got ${JSON.stringify(folder)}`);
  for (const [name, v] of [['seed', values.seed], ['size', values.size], ['batch', values.batch]]) {
    if (!/^\d+$/.test(v)) fail(`--${name} must be a non-negative integer, got ${JSON.stringify(v)}`);
  }
  const seed = Number(values.seed);
  const size = Number(values.size);
  const batch = Math.max(1, Number(values.batch));
  const tag = `sample-${folder.replace(/\//g, '-')}-seed${seed}-n${size}`;
  const dir = join('reports', 'mutation', tag);
  const samplePath = join(dir, 'sample.json');
  if (values.score) return summarise(folder, seed, samplePath, dir);
  return listMutants(folder).then((all) => {
    const drawn = draw(all, size, seed);
    console.log(`${folder}: ${all.length} mutants in ${new Set(all.map((m) => m.file)).size} files; drawn ${drawn.length} (seed ${seed})`);
    mkdirSync(join(ROOT, dir), { recursive: true });
    writeFileSync(join(ROOT, samplePath), JSON.stringify({ folder, seed, size, total: all.length, mutants: drawn }, null, 2));
    if (values.list) {
      for (const m of drawn) console.log(`  ${key(m)}`);
      return;
    }
    for (let b = 0; b * batch < drawn.length; b++) {
      const batchPath = join(dir, `batch-${b}.sample.json`);
      const reportPath = join(dir, `batch-${b}.json`);
      if (existsSync(join(ROOT, reportPath))) continue;
      const mutants = drawn.slice(b * batch, (b + 1) * batch);
      writeFileSync(join(ROOT, batchPath), JSON.stringify({ folder, seed, size, total: all.length, mutants }, null, 2));
      console.log(`batch ${b}: mutants ${b * batch + 1}–${b * batch + mutants.length} of ${drawn.length}`);
      runStryker(folder, mutants, batchPath, reportPath);
      summarise(folder, seed, samplePath, dir);
    }
  });
}

function fail(message) {
  console.error(message);
  process.exit(2);
}

/** Every .ts source under the folder, sorted: the draw must not depend on the directory's listing order. */
function sources(folder) {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)))
    .sort();
}

const quietLogger = { isDebugEnabled: () => false, isTraceEnabled: () => false, debug() {}, info() {}, trace() {}, warn() {}, error() {}, fatal() {} };

/** The folder's mutants as Stryker generates them (lines 1-based, columns 0-based, as `--mutate` ranges take them). */
async function listMutants(folder) {
  const files = sources(folder).map((name) => ({ name, mutate: true, content: readFileSync(join(ROOT, name), 'utf8') }));
  const { mutants } = await new Instrumenter(quietLogger).instrument(files, { plugins: null, excludedMutations: [], ignorers: [] });
  return mutants
    .filter((m) => m.status !== 'Ignored')
    .map((m) => ({
      file: m.fileName,
      start: { line: m.location.start.line + 1, column: m.location.start.column },
      end: { line: m.location.end.line + 1, column: m.location.end.column },
      mutatorName: m.mutatorName,
      replacement: m.replacement,
    }));
}

/** mulberry32: small, seedable, and the same on every Node version. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The first `size` of a seeded Fisher–Yates shuffle: a uniform draw without replacement. */
export function draw(all, size, seed) {
  const items = [...all];
  const random = prng(seed);
  const n = Math.min(size, items.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (items.length - i));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items.slice(0, n);
}

const key = (m) => `${m.file}:${m.start.line}:${m.start.column}-${m.end.line}:${m.end.column} ${m.mutatorName} ${JSON.stringify(m.replacement)}`;

/** Gate types (scenario folder names) whose code a gates/ file is: gates/kernel-boundary/x.ts is kernel_boundary. */
function gateTypesOf(file) {
  const types = readdirSync(join(ROOT, 'fixtures', 'scenarios'));
  const stem = file.split('/')[1].replace(/\.ts$/, '').replace(/-/g, '_');
  return types.filter((t) => t.startsWith(stem));
}

/**
 * A gates/ batch runs against the tests of the gate types it touches (their test/gates files and scenarios): the
 * whole gates/ set is a 4-minute initial run here and makes a module-level mutant cost as much. gates/index.ts (the
 * registry) touches every type, and keeps the whole set.
 */
function narrowedTests(folder, mutants) {
  if (folder !== 'gates' || process.env.GATE_ENGINE_MUTATION_TESTS !== undefined) return {};
  const types = [...new Set(mutants.flatMap((m) => gateTypesOf(m.file)))];
  if (mutants.some((m) => gateTypesOf(m.file).length === 0)) return {};
  const norm = (s) => s.replace(/-/g, '_');
  const tests = readdirSync(join(ROOT, 'test', 'gates'))
    .filter((f) => f.endsWith('.test.ts') && types.some((t) => norm(f).startsWith(t) || t.startsWith(norm(f).replace(/\.test\.ts$/, '').replace(/_(?:mutation|planted)$/, ''))))
    .map((f) => `test/gates/${f}`);
  if (types.includes('waiver_lifecycle')) tests.push('test/core/waivers.test.ts');
  return { GATE_ENGINE_MUTATION_TESTS: [...tests, 'test/gates/scenarios.test.ts'].join(','), GATE_ENGINE_SCENARIO_TYPES: types.join(',') };
}

function runStryker(folder, mutants, samplePath, reportPath) {
  const args = ['-n', '19', 'npx', 'stryker', 'run', 'stryker.sample.config.mjs', '--concurrency', '1'];
  const env = {
    ...process.env,
    GATE_ENGINE_SKIP_BUILD: '1',
    GATE_ENGINE_MUTATION_FOLDER: folder,
    GATE_ENGINE_MUTATION_SAMPLE: samplePath,
    GATE_ENGINE_MUTATION_REPORT: reportPath,
    ...narrowedTests(folder, mutants),
  };
  if (env.GATE_ENGINE_SCENARIO_TYPES !== undefined) console.log(`tests: ${env.GATE_ENGINE_MUTATION_TESTS} (scenarios: ${env.GATE_ENGINE_SCENARIO_TYPES})`);
  const started = Date.now();
  const r = spawnSync('nice', args, { stdio: 'inherit', env, cwd: ROOT });
  console.log(`stryker took ${((Date.now() - started) / 60000).toFixed(1)} min`);
  if (r.status !== 0) fail(`stryker exited ${r.status ?? r.signal}`);
}

/** Wilson score interval (95%): sound at small samples and near 100%, unlike the normal approximation. */
export function wilson(k, n, z = 1.96) {
  if (n === 0) return [0, 1];
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** The drawn mutants' statuses from the batches' Stryker JSON reports (lines and columns 1-based there). */
function statuses(dir) {
  const found = new Map();
  const reports = readdirSync(join(ROOT, dir)).filter((f) => /^batch-\d+\.json$/.test(f));
  for (const name of reports) {
    const report = JSON.parse(readFileSync(join(ROOT, dir, name), 'utf8'));
    for (const [file, { mutants }] of Object.entries(report.files)) {
    for (const m of mutants) {
      const loc = { start: { line: m.location.start.line, column: m.location.start.column - 1 }, end: { line: m.location.end.line, column: m.location.end.column - 1 } };
      if (m.status !== 'Ignored') found.set(key({ file: relative(ROOT, join(ROOT, file)), ...loc, mutatorName: m.mutatorName, replacement: m.replacement }), m.status);
    }
    }
  }
  return found;
}

function summarise(folder, seed, samplePath, dir) {
  const all = JSON.parse(readFileSync(join(ROOT, samplePath), 'utf8'));
  const found = statuses(dir);
  // The batches run in drawn order: the prefix of the draw that has results is the sample.
  let done = 0;
  while (done < all.mutants.length && found.has(key(all.mutants[done]))) done++;
  const sample = { ...all, mutants: all.mutants.slice(0, done) };
  const counts = {};
  const undetected = [];
  const missing = [];
  for (const m of sample.mutants) {
    const status = found.get(key(m));
    if (status === undefined) missing.push(m);
    counts[status ?? 'NotRun'] = (counts[status ?? 'NotRun'] ?? 0) + 1;
    if (UNDETECTED.has(status)) undetected.push({ ...m, status });
  }
  const killed = sample.mutants.filter((m) => DETECTED.has(found.get(key(m)))).length;
  const valid = killed + undetected.length;
  const [lo, hi] = wilson(killed, valid);
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  console.log(`\n${folder} (seed ${seed}): ${sample.mutants.length} of the ${all.mutants.length} drawn (of ${sample.total}) have results; statuses ${JSON.stringify(counts)}`);
  console.log(`score ${killed}/${valid} = ${pct(valid ? killed / valid : 0)}, 95% CI (Wilson) ${pct(lo)}–${pct(hi)}`);
  console.log('(killed + timeout over killed + timeout + survived + no coverage; compile and runtime errors left out, as Stryker does)');
  for (const m of undetected) console.log(`  ${m.status}: ${key(m)}`);
  if (missing.length) console.log(`not found in the report (${missing.length}):\n${missing.map((m) => `  ${key(m)}`).join('\n')}`);
  const later = all.mutants.slice(done).filter((m) => found.has(key(m))).length;
  if (later > 0) console.log(`(${later} results after the first gap left out: a sample is a prefix of the draw)`);
}

await main();
