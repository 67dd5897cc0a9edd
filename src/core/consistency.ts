/**
 * A recorded verdict is only evidence if it says what its own contents prove. This re-derives, from
 * each gate's checks and the policy, the gate's raw status, status and reason; from the gates, the
 * summary, the run verdict and the selection record; and the rollback and preflight fields. Every
 * reader of a recorded verdict (merge, --rerun-from, --diff-from, diff, check, readVerdict) refuses
 * one that disagrees with itself — an edited "fail" → "pass" cannot be trusted anywhere.
 */
import { isDeepStrictEqual } from 'node:util';
import { AGE_UNBOUNDED } from '../artifacts/freshness.js';
import { listingProblems, treeEntryProblems, type TreeEntry } from './artifact-tree.js';
import { applyPolicy, describeChecks, foldChecks, foldGates, foldRun, summarize, waivedDetail } from './fold.js';
import { parseStrictDate, utcEpochDay } from '../util/time.js';
import { configGatesDigest, MERGE_CHECK_IDS, MERGE_GATE_ID } from './verdict.js';
import { filesJudgedTwice } from './judged.js';
import { ROLLBACK_FIELDS, validateRollbackDeclaration } from './rollback.js';
import { waiverWords } from './waivers.js';
import type { AnyGateDefinition, GateResult, Verdict } from './types.js';

export interface Inconsistency {
  /** JSON pointer into the verdict. */
  pointer: string;
  message: string;
}

const show = (v: unknown) => JSON.stringify(v) ?? 'undefined';

function gateProblems(v: Verdict, g: GateResult, i: number, gateTypes: ReadonlyMap<string, AnyGateDefinition> | undefined, out: Inconsistency[]): void {
  const at = `/gates/${i}`;
  // Every passing check is recorded with code ok (ctx.pass): one that keeps a finding's code had its status flipped.
  g.checks.forEach((c, j) => {
    if (c.status === 'pass' && c.code !== 'ok') out.push({ pointer: `${at}/checks/${j}/code`, message: `gate ${g.id}: check ${c.id} passed with code ${show(c.code)}; a passing check has code "ok"` });
  });
  // A failing check turned into a warning (its finding code kept) folds to a warn that promotes: a gate type that
  // declares the codes it warns with never warns with another.
  // merge's own integrity gate never warns.
  const warnable = g.type === MERGE_GATE_ID ? [] : gateTypes?.get(g.type)?.warnReasons;
  if (warnable !== undefined) {
    g.checks.forEach((c, j) => {
      if (c.status === 'warn' && c.code !== AGE_UNBOUNDED && !warnable.includes(c.code)) out.push({ pointer: `${at}/checks/${j}/status`, message: `gate ${g.id}: check ${c.id} warns with code ${show(c.code)}, which a ${g.type} gate never warns with (it fails with it)` });
    });
  }
  const raw = foldChecks(g.checks, g.raw_status === 'skip');
  if (raw.raw_status !== g.raw_status) {
    out.push({ pointer: `${at}/raw_status`, message: `gate ${g.id} says raw_status ${show(g.raw_status)}, but its checks fold to ${show(raw.raw_status)}` });
    return;
  }
  const waived = g.waiver !== undefined;
  const rollback = v.mode === 'rollback' && v.rollback !== undefined;
  const known = gateTypes?.get(g.type);
  const policy = applyPolicy({ ...raw, blocking: g.blocking, checks: g.checks, evidenceReasons: known?.evidenceReasons ?? [], unwaivableReasons: known?.unwaivableReasons ?? [] }, { rollback, waived, ...(g.waiver !== undefined ? { waiverWords: waiverWords(g.waiver) } : {}) });
  // A gate type this reader does not know may declare evidence codes of its own that rollback never
  // relaxes: a recorded `fail` where the fold would relax is stricter, never a forgery in its favour.
  const stricter = known === undefined && g.status === 'fail' && policy.relaxed_by === 'rollback' && g.relaxed_by === undefined;
  if (!stricter) {
    if (policy.status !== g.status) out.push({ pointer: `${at}/status`, message: `gate ${g.id} says status ${show(g.status)}, but its checks and the policy give ${show(policy.status)}` });
    else if (policy.reason !== g.reason) out.push({ pointer: `${at}/reason`, message: `gate ${g.id} says reason ${show(g.reason)}, but its checks give ${show(policy.reason)}` });
    else if (policy.relaxed_by !== g.relaxed_by) out.push({ pointer: `${at}/relaxed_by`, message: `gate ${g.id} says relaxed_by ${show(g.relaxed_by)}, but the policy gives ${show(policy.relaxed_by)}` });
  }
  const detail = detailProblem(g);
  if (detail !== undefined) out.push({ pointer: `${at}/detail`, message: detail });
  if (g.waiver !== undefined) {
    const applied = v.waivers.applied.filter((a) => a.gate_id === g.id);
    if (applied.length !== 1) out.push({ pointer: `${at}/waiver`, message: `gate ${g.id} carries a waiver that waivers.applied lists ${applied.length} times` });
    const today = parseStrictDate(v.generated_at.slice(0, 10));
    const created = parseStrictDate(g.waiver.created);
    const expires = parseStrictDate(g.waiver.expires);
    if (!today.ok || !created.ok || !expires.ok || created.value > today.value || expires.value < today.value) {
      out.push({ pointer: `${at}/waiver`, message: `gate ${g.id} carries a waiver (${g.waiver.created} → ${g.waiver.expires}) that was not in force on ${v.generated_at.slice(0, 10)}` });
    }
  }
}

/**
 * A gate whose checks pass (or warn) has the detail line those checks give: a failing gate edited to pass, its checks
 * and status refolded, still tells its failure there, and the report and JUnit render that line as the gate's finding.
 * (A failing gate's detail may carry what a refused waiver adds; merge's own gate words its detail itself.)
 */
function detailProblem(g: GateResult): string | undefined {
  if (g.type === MERGE_GATE_ID || (g.raw_status !== 'pass' && g.raw_status !== 'warn')) return undefined;
  const derived = describeChecks(g.raw_status, g.checks, undefined);
  const expected = g.waiver !== undefined ? waivedDetail(g.raw_status, g.waiver, derived) : derived;
  if (g.detail === expected) return undefined;
  return `gate ${g.id}: its detail ${show(g.detail.length > 160 ? `${g.detail.slice(0, 160)}…` : g.detail)} is not what its ${g.raw_status === 'pass' ? 'passing' : 'warning'} checks give (${show(expected.length > 160 ? `${expected.slice(0, 160)}…` : expected)})`;
}

/**
 * A run in rollback mode had a valid declaration in force when it ran (verify refuses any other), so a
 * recorded one that was not — written into a failing verdict to relax it, or one lasting a week — is forged.
 */
function rollbackProblems(record: NonNullable<Verdict['rollback']>, generatedAt: string): Inconsistency[] {
  const fields = Object.fromEntries(ROLLBACK_FIELDS.map((f) => [f, record[f]]));
  try {
    validateRollbackDeclaration(fields, 'the verdict', new Date(generatedAt));
    return [];
  } catch (e) {
    return [{ pointer: '/rollback', message: `the rollback declaration was not in force at generated_at ${generatedAt}: ${(e as Error).message}` }];
  }
}

/**
 * `merge` always adds its blocking integrity gate with all of its checks, and a shard index merged twice always
 * fails it: a merged verdict without that gate, or with a check cut out, hid a missing or duplicated shard.
 */
function mergeProblems(v: Verdict): Inconsistency[] {
  if (v.merged_from === undefined) return [];
  const at = v.gates.findIndex((g) => g.id === MERGE_GATE_ID);
  const gate = v.gates[at];
  if (gate === undefined || gate.type !== MERGE_GATE_ID || !gate.blocking) return [{ pointer: '/gates', message: `a merged verdict (merged_from) has no blocking ${MERGE_GATE_ID} gate of type ${MERGE_GATE_ID}` }];
  const cut = MERGE_CHECK_IDS.filter((id) => !gate.checks.some((c) => c.id === id));
  if (cut.length > 0) return [{ pointer: `/gates/${at}/checks`, message: `the ${MERGE_GATE_ID} gate lacks its ${cut.join(', ')} check(s)` }];
  const indices = v.merged_from.map((m) => m.shard_index);
  const twice = indices.some((x, i) => indices.indexOf(x) !== i);
  if (twice && !gate.checks.some((c) => c.status === 'fail' && c.code === 'duplicate_shard')) return [{ pointer: '/merged_from', message: `a shard index is merged twice, but the ${MERGE_GATE_ID} gate does not fail with duplicate_shard` }];
  const differing = [...filesJudgedTwice(v.gates.filter((g) => g.id !== MERGE_GATE_ID)).keys()].filter((path) => !gate.checks.some((c) => c.status === 'fail' && c.code === 'evidence_differs' && c.path === path));
  if (differing.length > 0) return [{ pointer: `/gates/${at}/checks`, message: `the merged gates judged ${differing.join(', ')} as different contents, but the ${MERGE_GATE_ID} gate does not fail with evidence_differs` }];
  return [];
}

/**
 * The run judged its waivers on the day it started, and `generated_at` is that start (a merge's is its oldest shard's,
 * whose day all shards share; a merging machine's clock a few minutes behind may date it the evening before). A
 * `generated_at` moved on to make an old verdict look fresh leaves `waivers.today` behind.
 */
function runDayProblems(v: Verdict): Inconsistency[] {
  // A verdict built by a library call may record no day (check then reads the run's start from its run id).
  if (v.waivers.today === undefined) return [];
  const generated = Date.parse(v.generated_at);
  const today = parseStrictDate(v.waivers.today);
  if (Number.isNaN(generated) || !today.ok) return [{ pointer: '/waivers/today', message: `waivers.today ${show(v.waivers.today)} and generated_at ${show(v.generated_at)} do not name the run's day` }];
  const lag = today.value - utcEpochDay(new Date(generated));
  if (lag === 0 || (lag === 1 && v.merged_from !== undefined)) return [];
  return [{ pointer: '/waivers/today', message: `waivers.today ${v.waivers.today} is not the day of generated_at ${v.generated_at}: the run judged its waivers on the day it started` }];
}

/** Every way the verdict disagrees with itself; empty when it is self-consistent. */
export function verdictInconsistencies(v: Verdict, gateTypes?: ReadonlyMap<string, AnyGateDefinition>): Inconsistency[] {
  const out: Inconsistency[] = [];
  const ids = v.gates.map((g) => g.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup !== undefined) out.push({ pointer: '/gates', message: `gate ${dup} appears more than once` });
  v.gates.forEach((g, i) => gateProblems(v, g, i, gateTypes, out));
  v.gates.forEach((g, i) => {
    for (const message of treeEntryProblems(v.lane, g.id, g.artifacts as TreeEntry[])) out.push({ pointer: `/gates/${i}/artifacts`, message });
  });

  const summary = summarize(v.gates);
  if (!isDeepStrictEqual(summary, v.summary)) out.push({ pointer: '/summary', message: `the summary does not count the gates: it says ${show(v.summary)}, the gates give ${show(summary)}` });

  const sel = v.selection;
  const synthetic = v.merged_from !== undefined ? [MERGE_GATE_ID] : [];
  out.push(...mergeProblems(v));
  const evaluated = ids.filter((id) => !synthetic.includes(id));
  if (!isDeepStrictEqual(sel.selected, evaluated)) out.push({ pointer: '/selection/selected', message: `selection.selected ${show(sel.selected)} is not the gates in the verdict ${show(evaluated)}` });
  const overlap = sel.not_selected.filter((id) => ids.includes(id));
  if (overlap.length > 0) out.push({ pointer: '/selection/not_selected', message: `selection.not_selected lists gates the verdict evaluated: ${overlap.join(', ')}` });
  if (sel.complete !== (sel.not_selected.length === 0)) out.push({ pointer: '/selection/complete', message: `selection.complete is ${sel.complete} while ${sel.not_selected.length} configured gate(s) were not evaluated` });
  if (sel.complete && sel.by !== 'all' && sel.by !== 'merge') out.push({ pointer: '/selection/by', message: `a complete selection cannot have been chosen by ${sel.by}` });
  if (!sel.complete && sel.by === 'all') out.push({ pointer: '/selection/by', message: 'an incomplete selection says every gate was selected' });
  const gatesVerdict = foldGates(v.gates);
  if (gatesVerdict !== sel.gates_verdict) out.push({ pointer: '/selection/gates_verdict', message: `selection.gates_verdict is ${show(sel.gates_verdict)}, the gates fold to ${show(gatesVerdict)}` });
  const runVerdict = foldRun(v.gates, sel.complete);
  if (runVerdict !== v.verdict) out.push({ pointer: '/verdict', message: `the verdict says ${show(v.verdict)}, but its gates and selection fold to ${show(runVerdict)}` });

  // The configured gate list: a gate dropped from gates and selection alike no longer matches the digest.
  const disabledIds = (v.disabled_gates ?? []).map((d) => d.id);
  const both = disabledIds.filter((id) => ids.includes(id) || sel.not_selected.includes(id));
  if (both.length > 0) out.push({ pointer: '/disabled_gates', message: `gates listed as disabled were also configured or evaluated: ${both.join(', ')}` });
  if (v.config_gates_sha256 !== undefined) {
    const digest = configGatesDigest([...sel.selected, ...sel.not_selected], disabledIds);
    if (digest !== v.config_gates_sha256) out.push({ pointer: '/config_gates_sha256', message: `config_gates_sha256 ${v.config_gates_sha256} is not the digest of the verdict's gate list (${digest}): a gate was added or removed after the run` });
  }

  out.push(...runDayProblems(v));

  const relaxed = v.gates.filter((g) => g.relaxed_by === 'rollback').map((g) => g.id);
  if (v.mode !== 'rollback' && (relaxed.length > 0 || v.rollback !== undefined)) out.push({ pointer: '/mode', message: 'a strict-mode verdict carries rollback relaxations' });
  if (v.mode === 'rollback' && v.rollback === undefined) out.push({ pointer: '/rollback', message: 'a rollback-mode verdict has no rollback declaration' });
  if (v.rollback !== undefined && !isDeepStrictEqual(v.rollback.relaxed_gates, relaxed)) out.push({ pointer: '/rollback/relaxed_gates', message: `rollback.relaxed_gates ${show(v.rollback.relaxed_gates)} is not the relaxed gates ${show(relaxed)}` });
  if (v.rollback !== undefined) out.push(...rollbackProblems(v.rollback, v.generated_at));

  if (v.lane === 'preflight') {
    // The lane stops at a blocking failure: a non-blocking gate it ran for `needs` may fail before it.
    const firstFail = v.gates.find((g) => g.status === 'fail' && g.blocking) ?? null;
    if (!isDeepStrictEqual(v.first_failure ?? null, firstFail)) out.push({ pointer: '/first_failure', message: 'first_failure is not the first failing blocking gate of the verdict' });
    if (v.gates_evaluated !== undefined && v.gates_evaluated !== v.gates.length) out.push({ pointer: '/gates_evaluated', message: `gates_evaluated is ${v.gates_evaluated}, the verdict holds ${v.gates.length} gates` });
    const notEvaluated = (v.gates_not_evaluated ?? []).map((g) => g.id);
    const missing = notEvaluated.filter((id) => !sel.not_selected.includes(id));
    if (missing.length > 0) out.push({ pointer: '/gates_not_evaluated', message: `gates not evaluated are missing from selection.not_selected: ${missing.join(', ')}` });
  }
  return out;
}

/**
 * Every way the listings of the verdict's tree entries disagree with the entries (see core/artifact-tree.ts).
 * `read` gives a listing's text by its path relative to the verdict's directory, or undefined when it is absent
 * (a verdict copied without its listings can only be checked structurally, by verdictInconsistencies).
 */
export async function listingInconsistencies(v: Verdict, read: (listing: string) => Promise<string | undefined>): Promise<Inconsistency[]> {
  const out: Inconsistency[] = [];
  for (const [i, g] of v.gates.entries()) {
    for (const [j, a] of g.artifacts.entries()) {
      if (a.kind !== 'tree' || a.listing === undefined) continue;
      const text = await read(a.listing);
      if (text === undefined) continue;
      for (const message of listingProblems(a as TreeEntry, text)) out.push({ pointer: `/gates/${i}/artifacts/${j}`, message });
    }
  }
  return out;
}
