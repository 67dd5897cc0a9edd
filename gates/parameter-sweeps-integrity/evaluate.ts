/** The parameter_sweeps_integrity gate's run (imported only when a config has the gate: see index.ts). */
import type { GateContext } from '../../src/sdk/index.js';
import { readSweeps } from './document.js';
import type { ParameterSweepsIntegrityOptions } from './index.js';
import { checkCurrentRun, checkDefaults, checkPointsMeasured, checkDefaultsSwept, checkIdentity, checkReadiness, checkSource, checkSourceReadiness, checkSweepPlan, reportReady } from './rules.js';

export async function evaluate(ctx: GateContext, options: ParameterSweepsIntegrityOptions): Promise<void> {
  const sweeps = await readSweeps(ctx, options);
  if (sweeps === undefined) return;
  const identity = checkIdentity(sweeps);
  if (options.current_run_env !== undefined) checkCurrentRun(sweeps, options.current_run_env, identity);
  const source = await checkSource(sweeps, options, identity);
  const readiness = checkReadiness(sweeps);
  if (source !== undefined) checkSourceReadiness(sweeps, source, options);
  const defaults = checkDefaults(sweeps, options.required_knobs);
  const plan = checkSweepPlan(sweeps, options.required_knobs);
  if (defaults !== undefined && plan !== undefined) checkDefaultsSwept(sweeps, defaults, plan, options.required_knobs);
  checkPointsMeasured(sweeps, [...options.required_knobs, ...(plan?.byName.keys() ?? []), ...(defaults?.keys() ?? [])]);
  if (readiness !== undefined) reportReady(sweeps, readiness, options.require_ready);
}
