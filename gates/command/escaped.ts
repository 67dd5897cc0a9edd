/**
 * Processes a command started that left its process group (`setsid`, a daemonising double fork, a `detached`
 * spawn): ending the group does not reach them, and one could rewrite evidence, or the landed verdict, after its
 * gate was judged. Node cannot make the engine a subreaper, so each command's environment carries a mark, and on
 * Linux every process still carrying it outside the group is killed when the command ends. A process that also
 * exec'd itself with a cleared environment is not found (docs/threat-model.md).
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

export const MARK_VARIABLE = 'GATE_ENGINE_COMMAND_MARK';

export const newMark = (): string => randomBytes(12).toString('hex');

/** The process group of `pid` (field 5 of /proc/<pid>/stat, after the parenthesised name), or undefined. */
function groupOf(pid: string): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    const group = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
    return Number.isInteger(group) ? group : undefined;
  } catch {
    return undefined;
  }
}

/**
 * SIGKILLs every process whose environment holds `mark` and whose group is not `group` (the group is ended by
 * the caller, with a grace period); repeats while it finds some, since one may fork between two sweeps. Returns the
 * pids killed. Not on Linux: nothing can be found, so nothing is killed.
 */
export function killEscaped(mark: string, group: number): number[] {
  if (process.platform !== 'linux') return [];
  const needle = Buffer.from(`${MARK_VARIABLE}=${mark}\0`);
  const killed = new Set<number>();
  for (let sweep = 0; sweep < 8; sweep++) {
    let entries: string[];
    try {
      entries = readdirSync('/proc');
    } catch {
      return [...killed];
    }
    let found = 0;
    for (const name of entries) {
      if (name.charCodeAt(0) > 57 || name === String(process.pid)) continue;
      let environ: Buffer;
      try {
        environ = readFileSync(`/proc/${name}/environ`);
      } catch {
        continue; // gone, or another user's
      }
      if (environ.indexOf(needle) === -1) continue;
      const owner = groupOf(name);
      if (owner === undefined || owner === group) continue;
      try {
        process.kill(Number(name), 'SIGKILL');
        killed.add(Number(name));
        found++;
      } catch {
        // already gone
      }
    }
    if (found === 0) break;
  }
  return [...killed];
}
