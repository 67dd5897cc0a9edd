/**
 * Ending everything a command started. Its process group is ended as a whole; processes that left the group
 * (`setsid`, a daemonising double fork, a `detached` spawn) are not reached that way, and one could rewrite
 * evidence, or the landed verdict, after its gate was judged. Node cannot make the engine a subreaper, so each
 * command's environment carries a mark, and on Linux every process still carrying it outside the group is killed
 * — after the group is gone, since a group member may leave it while it is being ended (a SIGTERM handler that
 * calls setsid). A process that drops the mark (a cleared environment, one its program overwrites) is not found
 * (docs/threat-model.md).
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

export const MARK_VARIABLE = 'GATE_ENGINE_COMMAND_MARK';

export const newMark = (): string => randomBytes(12).toString('hex');

/** How often a group being ended is looked at, and how many sweeps may find new escaped processes. */
const POLL_MS = 50;
const MAX_SWEEPS = 64;

/** Never throws: a process or group that is already gone (or cannot be signalled) is not the command's failure. */
function signalGroup(group: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-group, signal);
    return true;
  } catch {
    return false;
  }
}

function signalProcess(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** Numeric entries of /proc other than this process (an empty list off Linux, or when /proc cannot be read). */
function processIds(): string[] {
  if (process.platform !== 'linux') return [];
  try {
    return readdirSync('/proc').filter((name) => name.charCodeAt(0) <= 57 && name !== String(process.pid));
  } catch {
    return [];
  }
}

/** State, process group and whether it is a kernel thread (fields 3, 5 and 9 of /proc/<pid>/stat, after the name). */
function statOf(pid: string): { state: string; group: number; kernelThread: boolean } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    const [state, , group, , , , flags] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return state !== undefined && Number.isInteger(Number(group)) ? { state, group: Number(group), kernelThread: (Number(flags) & PF_KTHREAD) !== 0 } : undefined;
  } catch {
    return undefined;
  }
}
const PF_KTHREAD = 0x00200000;

/**
 * Whether a live member of `group` remains. A zombie is not one: it can do nothing, and an init that does not reap
 * (a container's) would keep it forever.
 */
export function groupAlive(group: number): boolean {
  if (!signalGroup(group, 0)) return false;
  if (process.platform !== 'linux') return true;
  return processIds().some((pid) => {
    const stat = statOf(pid);
    return stat !== undefined && stat.group === group && stat.state !== 'Z' && stat.state !== 'X';
  });
}

/**
 * Whether process `name` carries `needle` in its environment and is outside `group`. `unsettled`: a live user process
 * whose environment reads empty, as a process does between the point of no return of its exec (when the parent's
 * spawn returns, and the parent may exit) and the set-up of its new stack: a link of a chain of escaping forks, looked
 * at there and passed over, outran the sweep (a chain left running after a loaded test run).
 */
function marking(name: string, needle: Buffer, group: number): 'marked' | 'unmarked' | 'unsettled' {
  let environ: Buffer;
  try {
    environ = readFileSync(`/proc/${name}/environ`);
  } catch {
    return 'unmarked'; // gone, or another user's
  }
  // /proc/<pid>/stat only for the few processes that need it: a sweep reads every process's environment.
  if (environ.length === 0) {
    const stat = statOf(name);
    return stat === undefined || stat.state === 'Z' || stat.state === 'X' || stat.kernelThread ? 'unmarked' : 'unsettled';
  }
  return environ.indexOf(needle) !== -1 && statOf(name)?.group !== group ? 'marked' : 'unmarked';
}
/** How often a process whose environment reads empty is read again, and how long a sweep waits for it: a process started with an empty environment (`env -i`) is nobody's mark, and costs a run ~20 ms. */
const EMPTY_ENVIRONMENT_READS = 10;
const EMPTY_ENVIRONMENT_WAIT_MS = 2;
const sleepSync = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * SIGKILLs every process whose environment holds `mark` and whose group is not `group`. Each is stopped first, and
 * /proc is swept again until a sweep finds no new one: a stopped process cannot fork, so a chain of forks cannot
 * outrun the sweeps. Returns the pids killed. Not on Linux: nothing can be found, so nothing is killed.
 */
export function killEscaped(mark: string, group: number): number[] {
  const needle = Buffer.from(`${MARK_VARIABLE}=${mark}\0`);
  const stopped = new Set<number>();
  const unsettled = new Map<number, number>();
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let fresh = 0;
    let waiting = false;
    for (const name of processIds()) {
      const pid = Number(name);
      if (stopped.has(pid)) continue;
      const found = marking(name, needle, group);
      if (found === 'unsettled') {
        const reads = (unsettled.get(pid) ?? 0) + 1;
        unsettled.set(pid, reads);
        waiting ||= reads < EMPTY_ENVIRONMENT_READS;
        continue;
      }
      if (found !== 'marked' || !signalProcess(pid, 'SIGSTOP')) continue;
      // Looked at again once it cannot change: the pid may have been reused in between by a process that is not
      // the command's, which must never be killed.
      if (marking(name, needle, group) !== 'marked') {
        signalProcess(pid, 'SIGCONT');
        continue;
      }
      stopped.add(pid);
      fresh++;
    }
    if (fresh === 0 && !waiting) break;
    if (fresh === 0) sleepSync(EMPTY_ENVIRONMENT_WAIT_MS);
  }
  for (const pid of stopped) signalProcess(pid, 'SIGKILL');
  return [...stopped];
}

const until = async (done: () => boolean, ms: number): Promise<boolean> => {
  for (const end = Date.now() + ms; !done(); ) {
    if (Date.now() >= end) return false;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  return true;
};

/** Families being ended: if the engine exits meanwhile (a verdict landed after a timeout, a signal), they die with it. */
const ending = new Map<number, string>();
let exitHook = false;
const killAllOnExit = () => {
  for (const [group, mark] of ending) {
    signalGroup(group, 'SIGKILL');
    killEscaped(mark, group);
  }
};

/**
 * Ends a command's family and resolves when nothing of it is left: the group gets SIGTERM, SIGKILL after `graceMs`
 * if a member is still alive, and only once no member is left are the escaped processes swept (a member may have
 * left the group meanwhile). Resolves with the pids of the escaped processes killed, and whether members of the group
 * itself were still alive and had to be ended. Never rejects.
 */
export async function endFamily(group: number, mark: string, graceMs: number): Promise<{ escaped: number[]; ended: boolean }> {
  if (!exitHook) {
    exitHook = true;
    process.on('exit', killAllOnExit);
  }
  ending.set(group, mark);
  try {
    const ended = groupAlive(group) && signalGroup(group, 'SIGTERM');
    if (ended && !(await until(() => !groupAlive(group), graceMs))) {
      signalGroup(group, 'SIGKILL');
      await until(() => !groupAlive(group), graceMs);
    }
    return { escaped: killEscaped(mark, group), ended };
  } finally {
    ending.delete(group);
  }
}
