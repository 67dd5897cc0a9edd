/**
 * `gate-engine merge`: fold the verdicts of CI shards into one. Shards must come from the same run
 * (run id, lane, mode, config, commit, engine, plan); anything else is refused outright, because
 * evidence from different runs cannot make one release decision. Within one run, a missing shard,
 * a shard reported twice, or a gate in two shards fails the merged verdict through a synthetic
 * `shard_merge` gate, folded by the same functions as every other gate.
 */
import { signatureProblem, signVerdict } from './core/signature.js';
import { isDeepStrictEqual } from 'node:util';
import { DEFAULT_FUTURE_SKEW_MS } from './artifacts/freshness.js';
import { EngineError } from './core/errors.js';
import { applyPolicy, describeChecks, foldChecks } from './core/fold.js';
import type { ArtifactRecord, CheckResult, GateResult, Verdict } from './core/types.js';
import { buildVerdict, MERGE_GATE_ID } from './core/verdict.js';
import { filesJudgedTwice, judgedTwiceText } from './core/judged.js';
import { shellJoin } from './util/shell.js';
import type { RecordedVerdict } from './verdict-file.js';
import { plural } from './util/plural.js';
import { unusedWaiverCheck, WAIVER_GATE_TYPE, WAIVER_UNUSED } from './core/waivers.js';

export { MERGE_GATE_ID };

function refuse(message: string): EngineError {
  return new EngineError('merge_invalid', message, { fix: 'merge only the shard verdicts of one run (same --run-id, lane, mode, config and commit)' });
}

function requireSame(inputs: readonly RecordedVerdict[], label: string, pick: (v: Verdict) => unknown): void {
  const first = inputs[0] as RecordedVerdict;
  for (const other of inputs.slice(1)) {
    if (!isDeepStrictEqual(pick(first.verdict), pick(other.verdict))) {
      throw refuse(`refusing to merge verdicts of different runs: ${first.path} has ${label} ${JSON.stringify(pick(first.verdict))}, ${other.path} has ${JSON.stringify(pick(other.verdict))}`);
    }
  }
}

function integrityChecks(inputs: readonly RecordedVerdict[], total: number, planned: readonly string[]): { checks: CheckResult[]; gates: GateResult[] } {
  const checks: CheckResult[] = [];
  const byShard = new Map<number, RecordedVerdict>();
  for (const input of inputs) {
    const index = (input.verdict.shard as NonNullable<Verdict['shard']>).index;
    const seen = byShard.get(index);
    if (seen) checks.push({ id: 'shards_complete', status: 'fail', code: 'duplicate_shard', message: `shard ${index} of ${total} is claimed by both ${seen.path} and ${input.path}`, path: input.path, expected: 'one verdict per shard', actual: [seen.path, input.path] });
    else byShard.set(index, input);
  }
  for (let index = 1; index <= total; index++) {
    if (!byShard.has(index)) checks.push({ id: 'shards_complete', status: 'fail', code: 'missing_shard', message: `shard ${index} of ${total} is missing: its gates were never evaluated`, expected: `verdicts for shards 1..${total}`, actual: [...byShard.keys()].sort((a, b) => a - b) });
  }
  if (!checks.some((c) => c.id === 'shards_complete')) checks.push({ id: 'shards_complete', status: 'pass', code: 'ok', message: `all ${total} shards present` });

  const owner = new Map<string, RecordedVerdict>();
  const gates: GateResult[] = [];
  let duplicates = 0;
  for (const input of inputs) {
    for (const gate of input.verdict.gates) {
      const first = owner.get(gate.id);
      if (first) {
        duplicates++;
        checks.push({ id: 'unique_gates', status: 'fail', code: 'duplicate_gate', message: `gate ${gate.id} appears in both ${first.path} and ${input.path}`, path: input.path, expected: 'each gate in exactly one shard', actual: [first.path, input.path] });
        continue;
      }
      owner.set(gate.id, input);
      gates.push(gate);
    }
  }
  if (duplicates === 0) checks.push({ id: 'unique_gates', status: 'pass', code: 'ok', message: 'every gate was evaluated by exactly one shard' });

  const missing = planned.filter((id) => !owner.has(id));
  for (const id of missing) checks.push({ id: 'planned_gates_present', status: 'fail', code: 'missing_gate', message: `planned gate ${id} is in no shard verdict`, expected: 'present', actual: 'absent' });
  const unplanned = gates.filter((g) => !planned.includes(g.id));
  for (const g of unplanned) checks.push({ id: 'planned_gates_present', status: 'fail', code: 'unplanned_gate', message: `gate ${g.id} in ${owner.get(g.id)?.path} was not in the plan`, path: owner.get(g.id)?.path ?? '', expected: planned, actual: g.id });
  if (missing.length === 0 && unplanned.length === 0) checks.push({ id: 'planned_gates_present', status: 'pass', code: 'ok', message: `all ${planned.length} planned gates have results` });
  checks.push(...sameEvidenceChecks(gates.map((g) => ({ id: g.id, artifacts: judgedFiles(g, owner.get(g.id)) }))));

  const order = (id: string) => {
    const i = planned.indexOf(id);
    return i === -1 ? planned.length : i;
  };
  return { checks, gates: gates.sort((a, b) => order(a.id) - order(b.id)) };
}

/**
 * The files a shard's gate judged: its artifacts, and for a scanned-tree entry the files its listing (next to the shard
 * verdict) names — a file of a tree is evidence like any other. A tree whose listing did not come with the shard can
 * only be compared by its entry, which names no file.
 */
function judgedFiles(gate: GateResult, input: RecordedVerdict | undefined): ArtifactRecord[] {
  const files: ArtifactRecord[] = [];
  for (const a of gate.artifacts) {
    const text = a.kind === 'tree' && a.listing !== undefined ? input?.listings?.get(a.listing) : undefined;
    if (text === undefined) {
      files.push(a);
      continue;
    }
    for (const line of text.split('\n')) if (line !== '') files.push(JSON.parse(line) as ArtifactRecord);
  }
  return files;
}

/** A file the shards judged as different contents (rewritten between shard runs): the merged gates did not judge one state. */
function sameEvidenceChecks(gates: readonly { id: string; artifacts: readonly ArtifactRecord[] }[]): CheckResult[] {
  const twice = filesJudgedTwice(gates);
  if (twice.size === 0) return [{ id: 'same_evidence', status: 'pass', code: 'ok', message: 'every file the merged gates read has one content' }];
  return [...twice].map(([path, bySha]) => ({
    id: 'same_evidence',
    status: 'fail',
    code: 'evidence_differs',
    message: judgedTwiceText(path, bySha, 'by the merged gates'),
    path,
    expected: 'one content for every gate of the run that reads the file',
    actual: [...bySha.keys()],
    fix: `produce ${path} before any shard starts and never rewrite it during the run, then re-run the shards`,
  }));
}

/**
 * A shard whose waiver gate ran without the gate a waiver names could not see that gate pass: once the shards are merged,
 * the waiver gate warns `waiver_unused` for every waiver a shard lists unused beside a passing gate, as a full run's
 * waiver gate would (`unusedWaiverChecks`). A warning the waiver gate's own shard already added is not added twice.
 */
function withUnusedWaivers(gates: readonly GateResult[], inputs: readonly RecordedVerdict[]): GateResult[] {
  const declared = inputs[0]?.verdict.waivers.declared ?? [];
  const unused = inputs.flatMap((i) => i.verdict.waivers.unused).filter((u) => u.gate_status === 'pass');
  const entries = unused.flatMap((u) => declared.filter((w) => w.gate_id === u.gate_id && w.source === u.source));
  if (entries.length === 0) return [...gates];
  return gates.map((g) => {
    if (g.type !== WAIVER_GATE_TYPE || g.checks.length === 0 || g.raw_status === 'skip') return g;
    const added = entries
      .filter((w) => !g.checks.some((c) => c.code === WAIVER_UNUSED && c.path === w.source && c.pointer === w.pointer))
      .map((w) => unusedWaiverCheck(w));
    if (added.length === 0) return g;
    const checks = [...g.checks, ...added];
    // Warnings appended after the gate's own checks change only a passing gate's status: it now warns for the first of
    // them. A warning gate's detail counts them, as the waiver gate of a full run does (readers re-derive it).
    if (g.status !== 'pass') return { ...g, checks, ...(g.raw_status === 'warn' ? { detail: describeChecks('warn', checks, undefined) } : {}) };
    const first = added[0] as CheckResult;
    return { ...g, raw_status: 'warn', status: 'warn', reason: first.code, detail: describeChecks('warn', checks, undefined), checks };
  });
}

/** The configured gates a verdict was selected from, sorted (selected and not selected together). */
function configuredGates(v: Verdict): string[] {
  return [...v.selection.selected, ...v.selection.not_selected].sort();
}

/**
 * The merged verdict is as old as its oldest evidence: dating it at the merge would make shards of last
 * week look fresh to `check --max-age`. A shard dated after the merge (beyond the clock skew of CI machines)
 * cannot have been merged honestly.
 */
function oldestShard(inputs: readonly RecordedVerdict[], now: Date): Date {
  let oldest = now;
  for (const input of inputs) {
    const at = new Date(input.verdict.generated_at);
    if (Number.isNaN(at.getTime()) || at.getTime() > now.getTime() + DEFAULT_FUTURE_SKEW_MS) throw refuse(`${input.path} is dated ${input.verdict.generated_at}, after the merge (${now.toISOString()})`);
    if (at < oldest) oldest = at;
  }
  return oldest;
}

/** With `signingKey` (GATE_ENGINE_SIGNING_KEY) every shard must carry its valid signature, and the merged verdict is signed. */
export function mergeVerdicts(inputs: readonly RecordedVerdict[], now: Date, signingKey?: string): Verdict {
  if (inputs.length === 0) throw refuse('nothing to merge');
  for (const input of inputs) {
    if (!input.verdict.shard) throw refuse(`${input.path} is not a shard verdict (it was not produced with --shard)`);
    const problem = signingKey === undefined ? undefined : signatureProblem(input.verdict, signingKey);
    if (problem) throw new EngineError('merge_invalid', `${input.path}: ${problem.message}`, { fix: 'merge the shard verdicts exactly as the shard runs wrote them, signed with the same GATE_ENGINE_SIGNING_KEY' });
  }
  requireSame(inputs, 'run id', (v) => v.run_id);
  requireSame(inputs, 'lane', (v) => v.lane);
  requireSame(inputs, 'mode', (v) => v.mode);
  requireSame(inputs, 'config', (v) => v.config_sha256 ?? null);
  requireSame(inputs, 'commit', (v) => v.git?.sha ?? null);
  requireSame(inputs, 'root in the repository', (v) => v.git?.path ?? '.');
  requireSame(inputs, 'engine', (v) => v.engine);
  requireSame(inputs, 'shard plan', (v) => ({ total: v.shard?.total, planned: v.shard?.planned }));
  requireSame(inputs, 'configured gates', (v) => configuredGates(v));
  // Applied/unused differ per shard (each ran different gates); what was declared and judged may not.
  requireSame(inputs, 'waivers', (v) => ({ ...v.waivers, applied: [], unused: [] }));
  requireSame(inputs, 'rollback declaration', (v) => (v.rollback ? { ...v.rollback, relaxed_gates: [] } : null));

  const first = (inputs[0] as RecordedVerdict).verdict;
  const shard = first.shard as NonNullable<Verdict['shard']>;
  const generatedAt = oldestShard(inputs, now);
  if (shard.planned.includes(MERGE_GATE_ID)) throw refuse(`a configured gate is named ${MERGE_GATE_ID}, which merge reserves for its own checks`);
  const { checks, gates: shardGates } = integrityChecks(inputs, shard.total, shard.planned);
  const gates = withUnusedWaivers(shardGates, inputs);
  const raw = foldChecks(checks, false);
  const policy = applyPolicy({ ...raw, blocking: true, checks });
  const fails = checks.filter((c) => c.status === 'fail');
  const mergeGate: GateResult = {
    id: MERGE_GATE_ID,
    name: 'Shard merge integrity',
    type: MERGE_GATE_ID,
    blocking: true,
    raw_status: raw.raw_status,
    status: policy.status,
    ...(policy.reason !== undefined ? { reason: policy.reason } : {}),
    detail: fails.length > 0 ? `${plural(fails.length, 'failing check')}: ${fails[0]?.message}` : `${inputs.length} shard verdicts of run ${first.run_id} merged`,
    reproduce_command: shellJoin(['npx', 'gate-engine', 'merge', ...inputs.map((i) => i.path)]),
    remediation: ['Re-run the missing shard (same --run-id and --shard i/n), or drop the duplicate verdict, then merge again.'],
    checks,
    artifacts: inputs.map((i) => ({ path: i.path, sha256: i.sha256, bytes: i.bytes })),
    duration_ms: 0,
  };
  const all = [...gates, mergeGate];
  const merged = buildVerdict({
    engine: first.engine,
    runId: first.run_id,
    generatedAt,
    lane: first.lane,
    mode: first.mode,
    root: first.root,
    ...(first.config_path !== undefined ? { configPath: first.config_path } : {}),
    ...(first.config_sha256 !== undefined ? { configSha256: first.config_sha256 } : {}),
    // One dirty shard makes the merged evidence dirty, whichever shard is named first.
    ...(first.git ? { git: { ...first.git, dirty: inputs.some((i) => i.verdict.git?.dirty === true) } } : {}),
    gates: all,
    // Complete only when the shards together evaluated every configured gate.
    selection: { by: 'merge', configured: configuredGates(first) },
    ...(first.disabled_gates !== undefined ? { disabled: first.disabled_gates } : {}),
    waivers: { ...first.waivers, applied: inputs.flatMap((i) => i.verdict.waivers.applied), unused: inputs.flatMap((i) => i.verdict.waivers.unused) },
    extra: {
      ...(first.rollback ? { rollback: { ...first.rollback, relaxed_gates: all.filter((g) => g.relaxed_by === 'rollback').map((g) => g.id) } } : {}),
      // A shard whose clock was pinned judged freshness at the time it was told: so does the merged verdict.
      ...(inputs.some((i) => i.verdict.clock === 'pinned') ? { clock: 'pinned' as const } : {}),
      merged_from: inputs.map((i) => ({ path: i.path, sha256: i.sha256, shard_index: (i.verdict.shard as NonNullable<Verdict['shard']>).index })),
    },
  });
  if (signingKey !== undefined) merged.signature = signVerdict(merged, signingKey);
  return merged;
}
