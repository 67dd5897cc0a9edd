/**
 * Stage 4 of verify, fold: the verdict built from the gate results, policy and run facts, checked
 * against its own schema before anything is written, and the triage diff against a baseline.
 */
import { signVerdict } from '../core/signature.js';
import { relative, resolve } from 'node:path';
import verdictSchema from '../../schemas/full_suite_verdict.schema.json' with { type: 'json' };
import { displayPointer, validateSchema, type JsonSchema } from '../artifacts/schema.js';
import { displayPath } from '../config/load.js';
import { InternalError } from '../core/errors.js';
import { ENGINE_REASONS } from '../core/reasons.js';
import type { AnyGateDefinition, Verdict } from '../core/types.js';
import { buildVerdict } from '../core/verdict.js';
import { summarizeWaivers } from '../core/waivers.js';
import { outputFiles, serializeVerdict } from '../output/files.js';
import { packageInfo } from '../package-info.js';
import { diffVerdicts, type TriageDiff } from '../triage/diff.js';
import type { Loaded } from './load.js';
import type { Plan } from './plan.js';
import type { Ran } from './run.js';
import type { VerifyOptions } from './types.js';

export function reasonDescriber(registry: ReadonlyMap<string, AnyGateDefinition>) {
  const own = (table: Record<string, string> | undefined, code: string) => (table !== undefined && Object.hasOwn(table, code) ? table[code] : undefined);
  return (code: string, gateType: string): string | undefined => own(registry.get(gateType)?.reasons, code) ?? own(ENGINE_REASONS, code);
}

function assertValidVerdict(verdict: Verdict): void {
  const problems = validateSchema(verdictSchema as JsonSchema, verdict);
  const first = problems[0];
  // Our own output not matching our own schema is a bug, never the user's fault: refuse to write it.
  if (first) throw new InternalError(`the verdict does not match schemas/full_suite_verdict.schema.json: ${displayPointer(first.pointer)} ${first.message}`);
}

export interface Folded {
  verdict: Verdict;
  serialized: ReturnType<typeof serializeVerdict>;
  triage: TriageDiff | undefined;
}

export function fold(options: VerifyOptions, { cwd, clock, lane, mode, root, config, rollback, rerunSource, baseline, signingKey }: Loaded, { planned, selectionBy, prefix, outputDir, startedAt, runId, waivers }: Plan, { runs, preflight, git }: Ran, finishedAt: Date): Folded {
  const names = outputFiles(lane);
  const info = packageInfo();
  const configRel = relative(root, config.path);
  const results = runs.map((r) => r.result);
  const verdict = buildVerdict({
    engine: { name: info.name, version: info.version },
    runId,
    generatedAt: startedAt,
    lane,
    mode,
    // Where the root is as seen from the verdict's directory: the same on every machine.
    root: relative(outputDir, root) || '.',
    configPath: configRel.startsWith('..') ? config.path : configRel,
    configSha256: config.sha256,
    ...(git ? { git } : {}),
    gates: results,
    selection: { by: selectionBy, configured: config.gates.map((g) => g.id) },
    disabled: (config.resolution?.disabled ?? []).map((d) => ({ id: d.id, status: 'disabled' as const, config_pointer: d.pointer, entry: d.entry })),
    waivers: summarizeWaivers(waivers, results, lane),
    extra: {
      ...(rollback ? { rollback: { ...rollback, relaxed_gates: results.filter((g) => g.relaxed_by === 'rollback').map((g) => g.id) } } : {}),
      ...preflight,
      ...(clock.pinned ? { clock: 'pinned' as const } : {}),
      ...(rerunSource ? { rerun_of: { path: rerunSource.path, run_id: rerunSource.verdict.run_id, sha256: rerunSource.sha256 } } : {}),
      ...(options.shard ? { shard: { ...options.shard, planned } } : {}),
    },
  });
  if (signingKey !== undefined) verdict.signature = signVerdict(verdict, signingKey);
  assertValidVerdict(verdict);

  const serialized = serializeVerdict(verdict);
  const triage = baseline
    ? diffVerdicts(baseline, { path: displayPath(resolve(outputDir, names.verdict), cwd), sha256: serialized.sha256, verdict }, { now: finishedAt, subset: options.diffSubset === true || (options.gates?.length ?? 0) > 0 || rerunSource !== undefined || options.shard !== undefined, replayPrefix: prefix })
    : undefined;
  return { verdict, serialized, triage };
}
