/**
 * Per-file CPU accounting for `vitest.cpu.config.ts` (not part of `npm test`): appends one line per test file to
 * $GATE_ENGINE_CPU_LOG (default /tmp/gate-engine-cpu.log) — the worker's own CPU ms, its waited-for children's CPU ms
 * (CLI runs, git), the wall ms, and the file. The suite is CPU-bound on a 2-core box: these, not wall times, say
 * which files to make cheaper. Measured from this setup file's start, so the file's imports count; files share
 * their worker's module cache (isolate: false), so the engine is loaded before the clock starts
 * (test/helpers/cpu-preload.ts): a file is charged what it adds to a worker that has loaded it, as in `npm test`.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { afterAll, expect } from 'vitest';

/** cutime + cstime of /proc/self/stat (fields 16 and 17, clock ticks of 10 ms), in ms; 0 where there is no /proc. */
function childrenCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return 0;
  }
}

const own = process.cpuUsage();
const children = childrenCpuMs();
const started = Date.now();

afterAll(() => {
  const used = process.cpuUsage(own);
  const line = [Math.round((used.user + used.system) / 1000), childrenCpuMs() - children, Date.now() - started, expect.getState().testPath ?? 'unknown'];
  appendFileSync(process.env.GATE_ENGINE_CPU_LOG ?? '/tmp/gate-engine-cpu.log', `${line.join('\t')}\n`);
});
