/**
 * A test that never ends (a synchronous loop in a worker) blocks vitest's own timeouts, and the run would sit
 * until CI kills it with nothing that says which test hung. This reporter watches the tests that are running;
 * when one has run far past the test timeout it names the test and the fast-check seed of the run, kills the
 * workers and fails the run. A run that fails names its fast-check seed too.
 */
import { execFileSync } from 'node:child_process';
import { relative } from 'node:path';
import type { Reporter, TestCase, TestModule } from 'vitest/node';

const HUNG_AFTER_MS = Number(process.env.GATE_ENGINE_TEST_HANG_MS ?? 180_000);
const CHECK_EVERY_MS = Math.min(10_000, HUNG_AFTER_MS / 4);

interface Running {
  name: string;
  /** The test file it belongs to (its own id for a file). */
  module: string;
  since: number;
  /** How long it may go without progress: the default, or a running test's own timeout plus a minute. */
  allowance: number;
}

export default class WatchdogReporter implements Reporter {
  private readonly running = new Map<string, Running>();
  /**
   * Tests whose result has come. Reporter events reach the main process in batches, and a fast test's result has been
   * seen before its ready event: the late ready put it back among the running for good, and the run was stopped as
   * hung 180 s later in a test that had passed in a second (a kernel_boundary test, twice in CI).
   */
  private readonly finished = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private lastCheck = performance.now();

  onTestRunStart(): void {
    this.lastCheck = performance.now();
    this.timer = setInterval(() => this.check(), CHECK_EVERY_MS);
    this.timer.unref();
  }

  onTestModuleStart(module: TestModule): void {
    this.running.set(module.id, { name: relative(process.cwd(), module.moduleId), module: module.id, since: performance.now(), allowance: HUNG_AFTER_MS });
  }

  onTestCaseReady(test: TestCase): void {
    // A test that declares a long timeout (a 200-run kill test) may legitimately run that long.
    if (this.finished.has(test.id)) return;
    const allowance = Math.max(HUNG_AFTER_MS, (test.options.timeout ?? 0) + 60_000);
    this.running.set(test.id, { name: `${relative(process.cwd(), test.module.moduleId)} > ${test.fullName}`, module: test.module.id, since: performance.now(), allowance });
    const module = this.running.get(test.module.id);
    if (module !== undefined) Object.assign(module, { since: performance.now(), allowance });
  }

  onTestCaseResult(test: TestCase): void {
    this.finished.add(test.id);
    this.running.delete(test.id);
    // The module's clock restarts with each finished test: a module is hung when no test of it moves.
    const module = this.running.get(test.module.id);
    if (module !== undefined) Object.assign(module, { since: performance.now(), allowance: HUNG_AFTER_MS });
  }

  onTestModuleEnd(module: TestModule): void {
    // A file that has ended runs none of its tests, whatever events about them are still on their way.
    for (const [id, r] of this.running) if (r.module === module.id) this.running.delete(id);
  }

  onTestRunEnd(_modules: ReadonlyArray<TestModule>, _errors: ReadonlyArray<unknown>, reason: 'passed' | 'interrupted' | 'failed'): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    // A property test's own message names its seed only when fast-check ends normally; one run-wide seed replays every
    // failure of the run, whichever test it was in.
    if (reason === 'failed') process.stderr.write(`\nfast-check seed of this run: ${process.env.FC_SEED} (FC_SEED=${process.env.FC_SEED} npm test replays it)\n`);
  }

  private check(): void {
    // A monotonic clock: a wall clock stepped forward (a VM's clock catching up) is no time a test ran. A check that
    // comes far later than asked means this process (the whole machine: a paused VM) did not run meanwhile: that gap
    // is no progress missed either. A hung worker never delays this process's own timer.
    const now = performance.now();
    const gap = now - this.lastCheck;
    this.lastCheck = now;
    if (gap > 3 * CHECK_EVERY_MS) {
      for (const r of this.running.values()) r.since += gap - CHECK_EVERY_MS;
      return;
    }
    const hung = [...this.running.values()].filter((r) => now - r.since > r.allowance);
    if (hung.length === 0) return;
    const lines = hung.map((r) => `  ${r.name} (running ${Math.round((now - r.since) / 1000)} s)`);
    process.stderr.write(
      `\nwatchdog: no progress past the allowed time (${HUNG_AFTER_MS / 1000} s, or a test's own timeout plus a minute); the run is hung in:\n${lines.join('\n')}\n` +
        `fast-check seed of this run: ${process.env.FC_SEED} (FC_SEED=${process.env.FC_SEED} npm test replays it)\n` +
        // What each worker was doing (state, memory, CPU, the kernel call it waits in): a busy loop, a GC near the
        // heap limit and a blocked read look alike from here.
        `processes:\n${describeTree(process.pid)}\n`,
    );
    killChildren(process.pid);
    process.exit(1);
  }
}

function descendants(pid: number): number[] {
  try {
    const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).split('\n').map(Number).filter((n) => n > 0);
    return children.flatMap((c) => [c, ...descendants(c)]);
  } catch {
    return [];
  }
}

function describeTree(pid: number): string {
  try {
    return execFileSync('ps', ['-o', 'pid,ppid,stat,rss,pcpu,etime,wchan:24,args', '-p', [pid, ...descendants(pid)].join(',')], { encoding: 'utf8' })
      .split('\n')
      .map((l) => l.slice(0, 240))
      .join('\n');
  } catch {
    return '  (ps could not list them)';
  }
}

/** Workers are forked processes that outlive a parent that exits; kill the whole subtree first. */
function killChildren(pid: number): void {
  let children: number[] = [];
  try {
    children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).split('\n').map(Number).filter((n) => n > 0);
  } catch {
    return; // no children (ps exits 1) or no ps: nothing more can be done
  }
  for (const child of children) {
    killChildren(child);
    try {
      process.kill(child, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}
