/**
 * Stage 3 of verify, run: the planned gates in their order, every one (full lane) or the blocking
 * ones until the first failure (preflight lane), while the checkout's git state is read.
 */
import { BUILTIN_GATES } from '../../gates/index.js';
import { EngineError } from '../core/errors.js';
import { withoutEngineSecrets } from '../core/child-env.js';
import { runAll, runPreflight, topologicalOrder, type GateRun, type PlannedGate } from '../core/runner.js';
import type { GateRef, Verdict } from '../core/types.js';
import type { AnyGateDefinition } from '../sdk/index.js';
import { outputFiles } from '../output/files.js';
import { readGitState, type GitState } from '../util/git.js';
import type { Loaded } from './load.js';
import { orderOf, type Plan } from './plan.js';
import type { VerifyOptions } from './types.js';

const ref = (g: PlannedGate): GateRef => ({ id: g.id, name: g.name, type: g.type, blocking: g.blocking });

export interface Ran {
  runs: GateRun[];
  preflight: Pick<Verdict, 'first_failure' | 'gates_evaluated' | 'gates_not_evaluated' | 'fail_fast_triggered'>;
  git: Verdict['git'];
}

/** `staging`: where gates write (it lands with the verdict); `kept`: outputs gates asked to keep. */
export async function run(options: VerifyOptions, { lane, root, clock, rollback, gitBefore }: Loaded, { gates, runId, waivers, absentWriters }: Plan, staging: string, kept: string[], whileGitIsRead: (ran: Ran) => void = () => undefined): Promise<Ran> {
  const names = outputFiles(lane);
  const env = { root, outputDir: staging, logsDir: names.logs, keepOutput: (rel: string) => kept.push(rel), runId, lane, waivers, env: withoutEngineSecrets(options.env ?? process.env), clock, policy: { rollback: rollback !== undefined }, ...(options.signal ? { signal: options.signal } : {}) };
  const order = orderOf(gates, absentWriters);
  // The first read of the checkout runs beside gates that only read. A gate that may change the checkout (a command, a
  // plugin's code) waits for it: a command that configured git to look away (a sparse checkout, a filter, a skip flag)
  // before that read finished would make both reads agree (red team ye).
  if (gates.some((g) => mayChangeTheCheckout(g.definition))) await gitBefore;
  let runs: GateRun[];
  let preflight: Pick<Verdict, 'first_failure' | 'gates_evaluated' | 'gates_not_evaluated' | 'fail_fast_triggered'> = {};
  if (lane === 'preflight') {
    const result = await runPreflight(topologicalOrder(gates, order), env, order);
    runs = result.runs;
    preflight = {
      first_failure: result.firstFailure?.result ?? null,
      gates_evaluated: result.runs.length,
      gates_not_evaluated: result.notEvaluated.map(ref),
      fail_fast_triggered: result.firstFailure !== undefined,
    };
  } else {
    runs = await runAll(gates, env, order);
  }
  const before = await gitBefore;
  // Outside a checkout the verdict records no commit, whatever the end of the run would find: no second read, and no
  // work to fill its wait.
  if (before === undefined) return interruptedOr({ runs, preflight, git: undefined }, options);
  const after = readGitState(root);
  // The second read is a child process: this thread's work meanwhile is free.
  whileGitIsRead({ runs, preflight, git: sameCheckoutThroughout(before, before) });
  return interruptedOr({ runs, preflight, git: sameCheckoutThroughout(before, await after) }, options);
}

function interruptedOr(ran: Ran, options: VerifyOptions): Ran {
  // An interrupted run proves nothing: never write a verdict for it.
  if (options.signal?.aborted) throw new EngineError('interrupted', 'the run was interrupted; no output was written', { fix: 're-run verify' });
  return ran;
}

/**
 * The commit the evidence describes is the one checked out for the whole run. A command gate may change tracked
 * files (delete an unclassified test, rewrite a committed report) or move HEAD before later gates read them: the
 * tree was clean when the run started, but what the gates judged is not the commit. Clean only if clean throughout,
 * and read the same way both times: a command that also configured git to look away (a filter, a replace ref, another
 * worktree) changed the settings the second status was read under.
 */
function sameCheckoutThroughout(before: GitState, after: GitState): Verdict['git'] {
  if (before === undefined) return undefined;
  const { sha, path } = before;
  return { sha, dirty: before.dirty || after === undefined || after.dirty || after.sha !== sha || after.settings !== before.settings, path };
}

/** The built-in gates that only read: every other gate (a command gate, a plugin's) may change the checkout. */
const READ_ONLY_GATES: ReadonlySet<AnyGateDefinition> = new Set(BUILTIN_GATES.filter((g) => g.type !== 'command'));
const mayChangeTheCheckout = (definition: AnyGateDefinition): boolean => !READ_ONLY_GATES.has(definition);
