/**
 * CPU milliseconds this process has spent since `start` (from {@link cpuStart}). Complexity guards (a quadratic reading
 * takes seconds where a linear one takes a fraction of one) bound CPU time, not wall time: on a loaded 2-core CI box a
 * test file shares the cores with three others and its wall time says more about them than about the code.
 */
export const cpuStart = (): NodeJS.CpuUsage => process.cpuUsage();

export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
