/**
 * The process family: cases that need a real `gate-engine verify` child process (dist/), so they run
 * in `npm run fuzz` only, never in `npm test`.
 *  - signal: SIGTERM/SIGINT/SIGHUP/SIGKILL at a random moment; afterwards the output directory holds
 *    either no verdict or a complete one equal to the uninterrupted run's, with its events stream
 *    finished, and (except after SIGKILL) no temporary file;
 *  - full_disk: --out on a 16 KiB tmpfs (when the machine allows mounting one): exit 2, no partial verdict;
 *  - rewritten_during_run: a load-bearing file is replaced by a broken copy and back while the run
 *    reads it; a gate that passes must have recorded the sha256 of the sound bytes;
 *  - fifo: a load-bearing file replaced by a named pipe nobody writes: the run still ends, and the
 *    gates that relied on the file do not pass.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, Workspace, type SeedAnalysis, type Violation } from './fuzzer.js';

const BIN = join(REPO_ROOT, 'dist', 'src', 'cli', 'gate-engine.cjs');

export interface ProcessCase {
  key: string;
  op: 'signal' | 'full_disk' | 'rewritten_during_run' | 'fifo';
  violations: Violation[];
  skipped?: string;
}

export const distAvailable = () => existsSync(BIN);

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  ms: number;
}

function runCli(args: string[], opts: { killAfterMs?: number; signal?: NodeJS.Signals; timeoutMs?: number; during?: () => void } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timers: NodeJS.Timeout[] = [];
    if (opts.killAfterMs !== undefined) timers.push(setTimeout(() => child.kill(opts.signal ?? 'SIGTERM'), opts.killAfterMs));
    timers.push(setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000));
    if (opts.during) {
      const tick = setInterval(opts.during, 1);
      timers.push(tick as unknown as NodeJS.Timeout);
    }
    child.on('close', (code, signal) => {
      timers.forEach((t) => clearTimeout(t));
      timers.forEach((t) => clearInterval(t));
      resolve({ code, signal, stderr, ms: performance.now() - t0 });
    });
  });
}

const verdictOf = (out: string): { verdict: string; gates: { id: string; status: string; artifacts: { path: string; sha256: string }[] }[] } | undefined => {
  const p = join(out, 'full_suite_verdict.json');
  return existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : undefined;
};

export async function processCases(a: SeedAnalysis, rand: () => number, log: (line: string) => void, deadline = Infinity): Promise<ProcessCase[]> {
  const results: ProcessCase[] = [];
  const ws = new Workspace(a.seed);
  const scratch = mkdtempSync(join(tmpdir(), 'ge-fuzz-proc-'));
  const args = (out: string) => ['verify', '--root', ws.root, '--out', out, '--now', a.seed.now];
  try {
    // The uninterrupted run: what any complete verdict must say.
    const refOut = join(scratch, 'ref');
    const ref = await runCli(args(refOut));
    const refVerdict = verdictOf(refOut);
    if (refVerdict === undefined) {
      results.push({ key: `${a.seed.name}||process_reference|`, op: 'signal', violations: [{ kind: 'internal_error', detail: `reference run wrote no verdict (exit ${ref.code}): ${ref.stderr.slice(0, 300)}` }] });
      return results;
    }
    // ---- signals at random moments
    for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP', 'SIGKILL'] as const) {
      if (performance.now() > deadline) return results;
      const out = join(scratch, `sig-${sig}`);
      // A previous complete set, which a killed run must leave intact or replace whole.
      await runCli(args(out));
      const delay = Math.floor(rand() * Math.max(5, ref.ms));
      const run = await runCli(args(out), { killAfterMs: delay, signal: sig });
      const v: Violation[] = [];
      const verdict = (() => {
        try {
          return verdictOf(out);
        } catch (e) {
          v.push({ kind: 'internal_error', detail: `verdict after ${sig} at ${delay} ms is not JSON: ${(e as Error).message}` });
          return undefined;
        }
      })();
      if (verdict && JSON.stringify(verdict.gates.map((g) => [g.id, g.status])) !== JSON.stringify(refVerdict.gates.map((g) => [g.id, g.status]))) {
        v.push({ kind: 'passed_broken_evidence', detail: `verdict after ${sig} at ${delay} ms differs from the uninterrupted run` });
      }
      const events = join(out, 'full_suite_events.jsonl');
      if (verdict && existsSync(events) && !readFileSync(events, 'utf8').includes('"run_finished"')) {
        v.push({ kind: 'passed_broken_evidence', detail: `a verdict sits beside an unfinished events stream after ${sig} at ${delay} ms` });
      }
      const leftovers = existsSync(out) ? readdirSync(out).filter((f) => f.includes('.tmp-')) : [];
      if (sig !== 'SIGKILL' && leftovers.length > 0) v.push({ kind: 'internal_error', detail: `temporary files left after ${sig}: ${leftovers.join(', ')}` });
      if (run.stderr.includes('Warning')) v.push({ kind: 'internal_error', detail: `Node warning on stderr after ${sig}: ${run.stderr.slice(0, 200)}` });
      results.push({ key: `${a.seed.name}||process_signal:${sig}@${delay}|`, op: 'signal', violations: v });
    }
    if (performance.now() > deadline) return results;
    // ---- full disk
    const small = join(scratch, 'full');
    mkdirSync(small);
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', small], { stdio: 'ignore' }).status === 0;
    if (mounted) {
      try {
        writeFileSync(join(small, 'filler'), Buffer.alloc(12 * 1024, 1));
        const run = await runCli(args(join(small, 'out')));
        const v: Violation[] = [];
        let partial: unknown;
        try {
          partial = verdictOf(join(small, 'out'));
        } catch {
          v.push({ kind: 'internal_error', detail: 'a partial verdict was left on the full disk' });
        }
        if (run.code !== 2 && partial === undefined) v.push({ kind: 'internal_error', detail: `full disk: exit ${run.code} without a verdict (expected 2)` });
        if (/\n\s+at /.test(run.stderr)) v.push({ kind: 'internal_error', detail: `full disk: stack trace on stderr: ${run.stderr.slice(0, 300)}` });
        results.push({ key: `${a.seed.name}||process_full_disk|`, op: 'full_disk', violations: v });
      } finally {
        spawnSync('umount', [small], { stdio: 'ignore' });
      }
    } else {
      results.push({ key: `${a.seed.name}||process_full_disk|`, op: 'full_disk', violations: [], skipped: 'cannot mount a tmpfs here' });
    }
    // ---- files rewritten during the run, and a named pipe in place of a file
    const bearing = a.files.find((f) => f.loadBearing.length > 0 && a.seed.files.has(f.file));
    if (bearing && performance.now() < deadline) {
      const good = a.seed.files.get(bearing.file) as Buffer;
      const goodSha = createHash('sha256').update(good).digest('hex');
      const abs = join(ws.root, bearing.file);
      let flip = false;
      const out = join(scratch, 'rewrite');
      await runCli(args(out), { during: () => writeFileSync(abs, (flip = !flip) ? '' : good) });
      writeFileSync(abs, good);
      const verdict = verdictOf(out);
      const v: Violation[] = [];
      for (const g of verdict?.gates ?? []) {
        if (g.status !== 'pass' || !bearing.loadBearing.includes(g.id)) continue;
        const rec = g.artifacts.find((r) => r.path === bearing.file);
        if (rec && rec.sha256 !== goodSha) v.push({ kind: 'passed_broken_evidence', gate: g.id, detail: `gate ${g.id} passed on ${bearing.file} while recording sha256 ${rec.sha256.slice(0, 12)}… (sound bytes: ${goodSha.slice(0, 12)}…)` });
      }
      results.push({ key: `${a.seed.name}|${bearing.file}|process_rewritten_during_run|`, op: 'rewritten_during_run', violations: v });

      rmSync(abs, { force: true });
      const fifo = spawnSync('mkfifo', [abs]).status === 0;
      if (fifo) {
        const fout = join(scratch, 'fifo');
        const run = await runCli(args(fout), { timeoutMs: 90_000 });
        const fv: Violation[] = [];
        if (run.signal === 'SIGKILL') fv.push({ kind: 'internal_error', detail: `a named pipe at ${bearing.file} hung the run for 90 s` });
        const fverdict = (() => {
          try {
            return verdictOf(fout);
          } catch {
            return undefined;
          }
        })();
        for (const g of fverdict?.gates ?? []) {
          if (g.status === 'pass' && bearing.loadBearing.includes(g.id)) fv.push({ kind: 'passed_broken_evidence', gate: g.id, detail: `gate ${g.id} passes with a named pipe at ${bearing.file}` });
        }
        results.push({ key: `${a.seed.name}|${bearing.file}|process_fifo|`, op: 'fifo', violations: fv });
      }
      rmSync(abs, { force: true });
      writeFileSync(abs, good);
    }
  } finally {
    ws.dispose();
    rmSync(scratch, { recursive: true, force: true });
  }
  for (const r of results) if (r.violations.length > 0) log(`process ${r.key}: ${r.violations.map((v) => v.detail).join('; ')}`);
  return results;
}
