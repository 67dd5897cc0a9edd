/**
 * The question release tooling asks of a recorded verdict: may we promote? Yes only for a verdict
 * that is self-consistent, of the full lane, complete (every configured gate evaluated), passing
 * (pass or warn), fresh, and about the commit being released from a clean tree. Every reason it is
 * not is listed, so the answer can be acted on.
 */
import { verdictInconsistencies } from './core/consistency.js';
import { signatureProblem } from './core/signature.js';
import { formatEpochDay, parseDuration, parseStrictDate } from './util/time.js';
import { DEFAULT_FUTURE_SKEW_MS, runStarts } from './artifacts/freshness.js';
import { configGatesDigest, MERGE_GATE_ID, VERDICT_SCHEMA_ID } from './core/verdict.js';
import verdictSchema from '../schemas/full_suite_verdict.schema.json' with { type: 'json' };
import { displayPointer, validateSchema, type JsonSchema } from './artifacts/schema.js';
import type { AnyGateDefinition, ArtifactRecord, Mode, Verdict, WaiverBook } from './core/types.js';
import type { TreeEntry } from './core/artifact-tree.js';
import { activeWaiverFor } from './core/waivers.js';
import { BUILTIN_GATES } from '../gates/index.js';
import { packageInfo } from './package-info.js';

export type AssessReasonCode =
  | 'verdict_inconsistent'
  | 'verdict_fail'
  | 'incomplete'
  | 'not_full_lane'
  | 'stale'
  | 'future'
  | 'commit_unknown'
  | 'commit_mismatch'
  | 'root_mismatch'
  | 'commit_unverified'
  | 'dirty_tree'
  | 'config_mismatch'
  | 'config_unverified'
  | 'waiver_mismatch'
  | 'rollback_expired'
  | 'rollback_not_allowed'
  | 'waiver_expired'
  | 'quarantine_expired'
  | 'engine_mismatch'
  | 'evidence_changed'
  | 'clock_pinned'
  | 'unsigned'
  | 'signature_mismatch';

export interface AssessReason {
  code: AssessReasonCode;
  message: string;
}

export interface AssessOptions {
  /** Refuse a verdict that did not evaluate every configured gate (default true). */
  requireComplete?: boolean;
  /** Oldest acceptable verdict: milliseconds, or a duration such as "24h" (default: 24h, as `gate-engine check`). */
  maxAge?: number | string;
  /**
   * The commit being promoted: the verdict must be of exactly this commit, from a clean tree. Without it a
   * verdict of any commit would do, so the answer is `commit_unverified` unless `trustCommit: true`
   * (`assessVerdictInRepo` reads it from the checkout).
   */
  commit?: string;
  /**
   * `rollback`: the promotion itself is in rollback mode (an emergency is declared), so a verdict whose
   * blocking failures a rollback declaration relaxed may promote while that declaration is in force.
   * Default `strict`: such a verdict is `rollback_not_allowed`. `gate-engine check` reads `--mode` /
   * `CI_GATE_PROMOTION_MODE`, as verify does.
   */
  mode?: Mode;
  /** Accept a verdict without `commit` (the caller checked which commit it is of). Default false. */
  trustCommit?: boolean;
  /** The instant to judge freshness against (default: now). */
  now?: Date;
  /**
   * The assessment's own clock is pinned (a replay, a test): only then is a verdict whose run had its clock pinned
   * (`clock: "pinned"`, verify --now) accepted. Default false: `now` alone may be the real time.
   */
  clockPinned?: boolean;
  /**
   * The configuration at the commit being promoted: the verdict must cover exactly its gates (and
   * record the same gate-list digest, disabled gates included). Without it a gate removed from the
   * verdict consistently cannot be seen, so the answer is `config_unverified` (never promote) unless
   * `trustGateList: true` says the caller checked the gate list itself.
   */
  config?: { sha256: string; gates: readonly { id: string; blocking: boolean; type?: string }[]; disabled?: readonly string[] };
  /** Accept a verdict without `config` (its gate list is then taken on trust). Default false. */
  trustGateList?: boolean;
  /**
   * The waiver sources as they are now: path (as the verdict records it) → sha256 of the file's bytes,
   * or undefined when it cannot be read. Every source the verdict read must hash the same
   * (`waiver_mismatch` otherwise): a waiver edited after the run, or a waived verdict whose waiver
   * file was changed to match, is seen. `gate-engine check` fills it from the checked-out repository.
   */
  waiverSources?: Readonly<Record<string, string | undefined>>;
  /** Custom gate types, so their evidence codes are known when statuses are re-derived. */
  gateTypes?: readonly AnyGateDefinition[];
  /**
   * The waivers the sources declare, re-read now and judged on the run's day (`readWaiverBook`). Every waived
   * gate must be waived by one of them, field for field (`waiver_mismatch` otherwise): a waiver the file
   * declares for another gate, or none at all, cannot be copied onto a failing gate in an edited verdict.
   * `gate-engine check` fills it from the checked-out repository.
   */
  waiverBook?: WaiverBook;
  /**
   * The key the run signed its verdict with (GATE_ENGINE_SIGNING_KEY; `gate-engine check` reads it from the
   * environment). Given, an unsigned verdict is `unsigned` and one changed after signing `signature_mismatch`.
   */
  signingKey?: string;
}

export interface Assessment {
  promote: boolean;
  reasons: AssessReason[];
}


function maxAgeMs(value: number | string): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) throw new TypeError(`maxAge must be a non-negative number of milliseconds, got ${value}`);
    return value;
  }
  const parsed = parseDuration(value);
  if (!parsed.ok) throw new TypeError(`maxAge: ${parsed.reason}`);
  return parsed.value;
}

/**
 * Rollback lets releases through during one declared emergency: a verdict it relaxed promotes only when the
 * promotion is in rollback mode too (a declaration written into an edited verdict is not an emergency), and
 * only while the declaration is in force.
 */
function rollbackReasons(verdict: Verdict, mode: Mode, now: Date): AssessReason[] {
  const rollback = verdict.rollback;
  if (rollback === undefined) return [];
  const reasons: AssessReason[] = [];
  const relaxed = rollback.relaxed_gates;
  if (relaxed.length > 0 && mode !== 'rollback') {
    reasons.push({ code: 'rollback_not_allowed', message: `rollback (${rollback.incident}, owner ${rollback.owner}) relaxed blocking failures of ${relaxed.join(', ')}; only a promotion in rollback mode (--mode rollback or CI_GATE_PROMOTION_MODE=rollback) accepts them` });
  }
  if (!(Date.parse(rollback.expires) > now.getTime())) {
    reasons.push({ code: 'rollback_expired', message: `the verdict was produced under a rollback declaration (${rollback.incident}) that expired at ${rollback.expires} (now ${now.toISOString()}): re-run in strict mode` });
  }
  return reasons;
}

/**
 * A waiver lets a gate fail until its expiry day, the promotion included: a verdict waived on the last day of a
 * waiver does not promote the day after.
 */
function expiredWaivers(verdict: Verdict, now: Date): string[] {
  const today = parseStrictDate(now.toISOString().slice(0, 10));
  if (!today.ok) return [];
  const waivers = [...verdict.waivers.applied, ...verdict.gates.flatMap((g) => (g.waiver !== undefined ? [{ ...g.waiver, gate_id: g.id }] : []))];
  const expired = new Map<string, string>();
  for (const w of waivers) {
    const expires = parseStrictDate(w.expires);
    if (!expires.ok || expires.value < today.value) expired.set(w.gate_id, w.expires);
  }
  return [...expired].map(([gate, expires]) => `gate ${gate} is waived until ${expires}, and it is ${formatEpochDay(today.value)} now: the waiver no longer covers its failure`);
}

/**
 * A quarantine lets a flaky suite's failures through until its expiry day, the promotion included, as a waiver does: a
 * verdict whose gate (suite_classification's) warned that a quarantine expires on day D does not promote after D (the
 * gate would fail with quarantine_expired now). The run warns of every quarantine within `expiring_soon_days`.
 */
function expiredQuarantines(verdict: Verdict, now: Date): string[] {
  const today = parseStrictDate(now.toISOString().slice(0, 10));
  if (!today.ok) return [];
  const out: string[] = [];
  // By the warning's code, on whatever gate carries it: a gate relabelled in an edited verdict does not leave it unjudged.
  for (const g of verdict.gates) {
    for (const c of g.checks) {
      if (c.code !== 'quarantine_expiring') continue;
      const expires = typeof c.actual === 'string' ? parseStrictDate(c.actual) : undefined;
      if (expires === undefined || !expires.ok || expires.value < today.value) {
        out.push(`gate ${g.id}: ${c.pointer ?? 'a quarantine'} ${typeof c.actual === 'string' ? `expired at the end of ${c.actual}` : 'has no expiry day to judge'}, and it is ${formatEpochDay(today.value)} now: the quarantine no longer covers its suite`);
      }
    }
  }
  return out;
}

/**
 * A run id the engine derives starts with the run's start (`ge-20261202T100000Z-…`), as a CI run id may: a
 * `generated_at` moved on to make last week's verdict look fresh leaves it behind. The verdict is as old as the
 * older of the two; a stamp without a zone is read in the zone that favours it.
 */
function runStartReasons(verdict: Verdict, now: Date, limit: number): AssessReason[] {
  const reasons: AssessReason[] = [];
  for (const start of runStarts({ run_id: verdict.run_id }, [])) {
    if (now.getTime() - start.latest.getTime() > limit && start.notBefore === undefined) reasons.push({ code: 'stale', message: `run ${verdict.run_id} started ${start.day !== undefined ? `on ${start.day} (by ${start.latest.toISOString()})` : `at ${start.at.toISOString()}`}, longer ago than the maximum age of ${limit} ms (now ${now.toISOString()}), whatever its generated_at ${verdict.generated_at} says` });
    else if (start.earliest.getTime() > now.getTime() + DEFAULT_FUTURE_SKEW_MS) reasons.push({ code: 'future', message: `run ${verdict.run_id} starts at ${start.at.toISOString()}, in the future (now ${now.toISOString()})` });
  }
  return reasons.slice(0, 1);
}

/** How old a verdict `check` and `assessVerdict` accept unless told otherwise. */
export const DEFAULT_MAX_AGE = '24h';

/**
 * A verdict object given to the library was not read by readVerdict, so nothing has yet held it to this engine's verdict
 * schema: one of another schema (its `schema` id edited, a verdict of the reference project's format) or with a field of
 * another type is judged by no rule of ours, and the re-derivation below would read it as if it were one.
 */
function shapeProblem(verdict: Verdict): string | undefined {
  const value: unknown = JSON.parse(JSON.stringify(verdict) ?? 'null');
  const id = value !== null && typeof value === 'object' ? (value as Record<string, unknown>).schema : undefined;
  if (id !== VERDICT_SCHEMA_ID) return `the verdict's schema is ${JSON.stringify(id) ?? 'absent'}, not ${VERDICT_SCHEMA_ID}: it is judged by the rules of this engine's verdicts only`;
  const problem = validateSchema(verdictSchema as JsonSchema, value)[0];
  return problem === undefined ? undefined : `the verdict does not match ${VERDICT_SCHEMA_ID}: ${displayPointer(problem.pointer)} ${problem.message}`;
}

export function assessVerdict(verdict: Verdict, options: AssessOptions = {}): Assessment {
  const reasons: AssessReason[] = [];
  const add = (code: AssessReasonCode, message: string) => reasons.push({ code, message });
  const shape = shapeProblem(verdict);
  if (shape !== undefined) return { promote: false, reasons: [{ code: 'verdict_inconsistent', message: shape }] };
  const types = new Map<string, AnyGateDefinition>(BUILTIN_GATES.map((g) => [g.type, g]));
  for (const g of options.gateTypes ?? []) types.set(g.type, g);

  if (options.signingKey !== undefined) {
    const problem = signatureProblem(verdict, options.signingKey);
    if (problem) add(problem.code, problem.message);
  }
  for (const w of verdictInconsistencies(verdict, types).slice(0, 5)) add('verdict_inconsistent', `${w.pointer}: ${w.message}`);
  // Another version follows other rules (a hole fixed since, a default changed): its verdict is judged by them, not ours.
  const engine = packageInfo();
  if (verdict.engine.name !== engine.name || verdict.engine.version !== engine.version) {
    add('engine_mismatch', `the verdict was written by ${verdict.engine.name} ${verdict.engine.version}, this is ${engine.name} ${engine.version}: re-run verify with the engine the commit installs`);
  }
  if (verdict.lane !== 'full') add('not_full_lane', `a ${verdict.lane}-lane verdict is not a full-suite verdict`);
  if (verdict.verdict === 'fail') add('verdict_fail', `the verdict is fail: ${verdict.summary.blocking_total - verdict.summary.blocking_pass} of ${verdict.summary.blocking_total} blocking gates failed`);
  if ((options.requireComplete ?? true) && !verdict.selection.complete) {
    add('incomplete', `partial run (selected by ${verdict.selection.by}): ${verdict.selection.not_selected.length} configured gate(s) not evaluated: ${verdict.selection.not_selected.join(', ')}`);
  }

  const now = options.now ?? new Date();
  // A run told what time it is (--now a day back) judged every max_age at that time: evidence a week and a half day old
  // passed a 7d bound, and the verdict, dated then, was fresh to a check. Only a replay or a test accepts such a verdict.
  if (verdict.clock === 'pinned' && options.clockPinned !== true) {
    add('clock_pinned', `the run's clock was pinned (verify --now ${verdict.generated_at}): its dates and freshness judgements are the ones it was told; re-run verify without --now`);
  }
  const generated = Date.parse(verdict.generated_at);
  if (Number.isNaN(generated)) add('stale', `generated_at ${JSON.stringify(verdict.generated_at)} is not a timestamp`);
  else {
    if (generated > now.getTime() + DEFAULT_FUTURE_SKEW_MS) add('future', `generated_at ${verdict.generated_at} is in the future (now ${now.toISOString()})`);
    const limit = maxAgeMs(options.maxAge ?? DEFAULT_MAX_AGE);
    if (now.getTime() - generated > limit) add('stale', `generated_at ${verdict.generated_at} is older than the maximum age of ${limit} ms (now ${now.toISOString()})`);
  }
  // Said once: a verdict whose generated_at is already stale (or future) needs no second reason of the same kind.
  for (const r of runStartReasons(verdict, now, maxAgeMs(options.maxAge ?? DEFAULT_MAX_AGE))) if (!reasons.some((x) => x.code === r.code)) add(r.code, r.message);

  for (const r of rollbackReasons(verdict, options.mode ?? 'strict', now)) add(r.code, r.message);
  for (const message of expiredWaivers(verdict, now)) add('waiver_expired', message);
  for (const message of expiredQuarantines(verdict, now)) add('quarantine_expired', message);

  if (options.commit !== undefined) {
    const want = options.commit.trim().toLowerCase();
    if (verdict.git === undefined) add('commit_unknown', `the verdict records no commit; it cannot be shown to be of ${want}`);
    else {
      if (verdict.git.sha !== want) add('commit_mismatch', `the verdict is of commit ${verdict.git.sha}, not of ${want}`);
      if (verdict.git.dirty) add('dirty_tree', 'the verdict was produced from a tree with uncommitted changes to tracked files');
    }
  } else if (options.trustCommit !== true) {
    add('commit_unverified', 'no commit was given: a verdict of any other commit would promote; pass the commit being released (or use assessVerdictInRepo / `gate-engine check` in the checkout)');
  }

  if (options.config === undefined && options.trustGateList !== true) {
    add('config_unverified', 'no config was given: a gate removed from the verdict (with its selection and summary edited to match) cannot be detected; pass the checked-out config (loadConfig) or run `gate-engine check`');
  }
  if (options.waiverSources !== undefined) {
    for (const source of verdict.waivers.sources ?? []) {
      if (source.status !== 'ok') continue;
      const now = Object.hasOwn(options.waiverSources, source.path) ? options.waiverSources[source.path] : undefined;
      if (source.sha256 === undefined) add('waiver_mismatch', `waiver source ${source.path}: the verdict records no digest of it, so the waivers it applied cannot be checked`);
      else if (now === undefined) add('waiver_mismatch', `waiver source ${source.path} that the verdict read is gone or unreadable now`);
      else if (now !== source.sha256) add('waiver_mismatch', `waiver source ${source.path} changed since the run (sha256 ${source.sha256.slice(0, 12)}… then, ${now.slice(0, 12)}… now): the waivers applied are not the ones in the file`);
    }
    const read = new Set((verdict.waivers.sources ?? []).map((s) => s.path));
    for (const w of verdict.waivers.applied) if (!read.has(w.source)) add('waiver_mismatch', `gate ${w.gate_id} is waived from ${w.source}, a source the verdict does not list`);
  }
  if (options.waiverBook !== undefined) for (const problem of waiverProblems(verdict, options.waiverBook)) add('waiver_mismatch', problem);
  // Without the declared waivers a waiver copied onto a failing gate cannot be seen: a waived verdict never promotes on trust.
  else if (isWaived(verdict)) {
    add('waiver_mismatch', waiverDay(verdict) === undefined
      ? `the verdict's waivers.today ${JSON.stringify(verdict.waivers.today)} is not the day of its generated_at ${verdict.generated_at} (or the day before): the waivers it applied cannot be judged`
      : 'the verdict applies waivers, but the waivers its sources declare were not given (waiverBook, see verdictWaiverBook), so they cannot be matched');
  }

  if (options.config !== undefined) {
    const cfg = options.config;
    const digest = configGatesDigest(cfg.gates.map((g) => g.id), cfg.disabled ?? []);
    if (verdict.config_gates_sha256 !== digest) add('config_mismatch', `the verdict's gate-list digest ${verdict.config_gates_sha256 ?? '(unrecorded)'} is not the checked-out config's ${digest} (a gate added, removed or switched off)`);
    if (verdict.config_sha256 !== cfg.sha256) add('config_mismatch', `the verdict was produced with config ${verdict.config_sha256 ?? '(unrecorded)'}, the checked-out config is ${cfg.sha256}`);
    const configured = cfg.gates.map((g) => g.id);
    const recorded = [...verdict.selection.selected, ...verdict.selection.not_selected];
    const missing = configured.filter((id) => !recorded.includes(id));
    const extra = recorded.filter((id) => !configured.includes(id));
    if (missing.length > 0 || extra.length > 0) {
      add('config_mismatch', `the verdict's gates do not match the configured gates (${missing.length > 0 ? `missing ${missing.join(', ')}` : ''}${missing.length > 0 && extra.length > 0 ? '; ' : ''}${extra.length > 0 ? `not configured ${extra.join(', ')}` : ''})`);
    }
    for (const g of verdict.gates) {
      const c = cfg.gates.find((x) => x.id === g.id);
      if (c !== undefined && c.blocking !== g.blocking) add('config_mismatch', `gate ${g.id} is ${g.blocking ? '' : 'non-'}blocking in the verdict but ${c.blocking ? '' : 'non-'}blocking in the config`);
      // The type decides what the policy may do with a failure (codes no waiver covers, codes rollback never relaxes):
      // a gate relabelled with another type in an edited verdict refolds consistently, waived or relaxed.
      if (c?.type !== undefined && c.type !== g.type) add('config_mismatch', `gate ${g.id} is of type ${JSON.stringify(g.type)} in the verdict but ${JSON.stringify(c.type)} in the config`);
    }
  }
  return { promote: reasons.length === 0, reasons };
}

/**
 * {@link assessVerdict} with the checked-out repository at hand: the config is loaded from `root`
 * (or `configPath`) and every waiver source the verdict read is re-hashed, so a consistently
 * removed gate, a switched-off gate or an edited waiver file is seen. The commit defaults to the
 * checkout's HEAD, and the checkout must be that commit with no uncommitted change to a tracked file:
 * otherwise the config and waivers compared are not the promoted commit's. `verdictDir` is where the verdict's tree
 * listings are (default: the config's output directory). Where the verdict is the file under the lane's name in one of
 * those directories, it is held against the replay bundle and event stream its run landed beside it, as a verdict read
 * with readVerdict is (`verdict_inconsistent`); a verdict found in no such file (a copy kept elsewhere, one built in
 * memory) has no records to be held against. What `gate-engine check` runs.
 */
export async function assessVerdictInRepo(verdict: Verdict, options: Omit<AssessOptions, 'config' | 'waiverSources' | 'waiverBook'> & { root: string; configPath?: string; cwd?: string; verdictDir?: string | readonly string[] }): Promise<Assessment> {
  const { loadConfig } = await import('./config/load.js');
  const { gateTypeRegistry } = await import('./verify.js');
  const { readGitState } = await import('./util/git.js');
  const { root, configPath, cwd, verdictDir, ...rest } = options;
  const { resolve } = await import('node:path');
  const { runRecordsOfVerdict } = await import('./run-records.js');
  const dirs = typeof verdictDir === 'string' ? [verdictDir] : verdictDir ?? [];
  // Nothing below reads a verdict that is not of our schema (the waiver sources, the judged files): it is refused first.
  const shape = shapeProblem(verdict);
  if (shape !== undefined) return { promote: false, reasons: [{ code: 'verdict_inconsistent', message: shape }] };
  // The config's plugins are code of the commit being decided on: never imported into the decision itself.
  const config = await loadConfig({ root, cwd: cwd ?? root, gateTypes: gateTypeRegistry(options.gateTypes), isolatePlugins: true, ...(configPath !== undefined ? { config: configPath } : {}) });
  const checkout = await readGitState(root);
  const commit = rest.commit ?? checkout?.sha;
  const assessment = assessVerdict(verdict, {
    ...rest,
    ...(commit !== undefined ? { commit } : {}),
    // The config's plugins too: their evidence codes decide what rollback may relax when statuses are re-derived.
    ...(config.gateTypes !== undefined ? { gateTypes: [...config.gateTypes.values()] } : {}),
    config: assessConfig(config),
    waiverSources: await hashWaiverSources(verdict, root),
    ...(await verdictWaiverBook(verdict, config, root)),
  });
  const reasons = [
    ...assessment.reasons,
    ...(checkout === undefined ? await unreadCheckout(root) : []),
    ...checkoutReasons(root, checkout, commit),
    ...rootReasons(root, checkout, verdict),
    ...(checkout !== undefined ? await untrackedInputs(root, verdict, config) : []),
    // The verdict read from a file of the repository is held against the records its run landed beside that file, as
    // readVerdictFile does: an edit in place shows there.
    ...(await runRecordsOfVerdict(verdict, [...dirs, resolve(root, config.outputDir)])).map((w): AssessReason => ({ code: 'verdict_inconsistent', message: `${w.pointer}: ${w.message}` })),
    // A listing is bound to its entry by digest, so it is taken wherever a matching one is found: beside the verdict (as
    // named, or where its link leads), else where the run wrote it, in the config's output directory.
    ...(await changedEvidence(root, verdict, [...dirs, resolve(root, config.outputDir)])),
  ];
  return { promote: reasons.length === 0, reasons };
}

/**
 * One repository can hold several roots, each with its own evidence and the same config (a preset): a verdict
 * of one root does not promote another, even of the same commit. A verdict that records no path is of the top.
 */
function rootReasons(root: string, checkout: { path: string } | undefined, verdict: Verdict): AssessReason[] {
  if (checkout === undefined || verdict.git === undefined) return [];
  const judged = verdict.git.path ?? '.';
  if (judged === checkout.path) return [];
  return [{ code: 'root_mismatch', message: `the verdict judged the root ${judged} of the repository (relative to its top level), and ${root} is ${checkout.path}: its evidence is another root's` }];
}

/**
 * A root git names a commit for, whose state git will not give (`core.bare` set in the checkout, a corrupt index): no
 * status, no tracked files, no root in the repository, so nothing says the config, plugins and waivers read are the
 * commit's. Only a root outside any checkout (an export of the commit, `--commit` given) is taken as it is.
 */
async function unreadCheckout(root: string): Promise<AssessReason[]> {
  const { readGitHead } = await import('./util/git.js');
  const head = await readGitHead(root);
  if (head === undefined) return [];
  return [{ code: 'dirty_tree', message: `${root} is in a git checkout of commit ${head}, but git gives no status of its worktree (core.bare set, an unreadable index): that it holds the commit's files is not proved` }];
}

/** The checkout the config and waiver files were read from must be exactly the commit being promoted. */
function checkoutReasons(root: string, checkout: { sha: string; dirty: boolean } | undefined, commit: string | undefined): AssessReason[] {
  if (checkout === undefined) return [];
  const reasons: AssessReason[] = [];
  const want = commit?.trim().toLowerCase();
  if (want !== undefined && checkout.sha !== want) reasons.push({ code: 'commit_mismatch', message: `the checkout at ${root} is commit ${checkout.sha}, not ${want}: the config and waiver files compared are not the promoted commit's` });
  if (checkout.dirty) reasons.push({ code: 'dirty_tree', message: `the checkout at ${root} has uncommitted changes to tracked files: the config and waiver files compared may not be the commit's` });
  return reasons;
}

/**
 * A clean checkout says nothing about files git does not track: a config, plugin or waiver file dropped into
 * the workspace (or ignored) decides what the run checked and waived without being part of the commit.
 */
async function untrackedInputs(root: string, verdict: Verdict, config: { path: string; plugins?: readonly { spec: string; file: string }[]; waivers?: { sources: readonly string[] } }): Promise<AssessReason[]> {
  const { isTracked } = await import('./util/git.js');
  const { access } = await import('node:fs/promises');
  const { resolve } = await import('node:path');
  const reasons: AssessReason[] = [];
  if (!(await isTracked(root, config.path))) reasons.push({ code: 'config_mismatch', message: `${config.path} is not tracked by git: the config the verdict is compared with is not part of the promoted commit` });
  // A plugin is its entry and every local module it loads: an untracked helper decides its gates as the entry does.
  const { pluginEntries, pluginSources } = await import('./config/plugin-sources.js');
  const plugins = await pluginSources(await pluginEntries(config.plugins ?? []), root);
  for (const file of plugins.files) {
    if (!(await isTracked(root, file))) reasons.push({ code: 'config_mismatch', message: `${file}, plugin code the run loaded, is not tracked by git: the gates it defines are not the promoted commit's` });
  }
  for (const problem of plugins.problems) reasons.push({ code: 'config_mismatch', message: `plugin code: ${problem}` });
  // The sources the verdict read and those the config declares (the waivers compared are read from the latter).
  const exists = (path: string) => access(resolve(root, path)).then(() => true, () => false);
  const sources = new Set((verdict.waivers.sources ?? []).filter((x) => x.status === 'ok').map((x) => x.path));
  for (const path of config.waivers?.sources ?? []) if (await exists(path)) sources.add(path);
  for (const path of sources) {
    if (!(await isTracked(root, path))) reasons.push({ code: 'waiver_mismatch', message: `waiver source ${path} is not tracked by git: the waivers it declares are not part of the promoted commit` });
  }
  return reasons;
}

/**
 * Every file the verdict judged that is still under the root must still be the bytes it judged: evidence
 * regenerated since the run (a test report that fails now) is not what the verdict passed. Only a path with nothing
 * at it is gone and proves nothing either way (the verdict may be checked in a fresh checkout). Anything else that
 * cannot be read as the bytes judged is not them: a link out of the root or to nowhere, a special file. Engine output
 * is never skipped: a file the verdict records was read as evidence (readers refuse engine output before recording
 * it), so a verdict copied beside it, or another output directory, does not make its change unseen.
 */
async function changedEvidence(root: string, verdict: Verdict, listingDirs: readonly string[]): Promise<AssessReason[]> {
  const { judgedFileNow } = await import('./artifacts/load.js');
  const reasons: AssessReason[] = [];
  const seen = new Set<string>();
  for (const { gate, path, sha256 } of await judgedFiles(verdict, listingDirs)) {
    if (seen.has(`${path}\0${sha256}`)) continue;
    seen.add(`${path}\0${sha256}`);
    const now = await judgedFileNow(root, path);
    if ('gone' in now) continue;
    if ('unreadable' in now) {
      reasons.push({ code: 'evidence_changed', message: `${path}, read by gate ${gate}, can no longer be read as the file it judged (${now.unreadable}): the verdict is not about what is there now` });
      continue;
    }
    if (now.sha256 !== sha256) reasons.push({ code: 'evidence_changed', message: `${path}, read by gate ${gate}, changed since the run (sha256 ${sha256.slice(0, 12)}… then, ${now.sha256.slice(0, 12)}… now): the verdict is not about the evidence there now` });
  }
  return reasons;
}

/**
 * The files the verdict's gates judged, with the digest each was judged as. A gate that read many files records them
 * as one tree entry whose listing (next to the verdict) names every file: those count too, or evidence regenerated
 * since the run hides behind the collapse. A listing that is absent or does not match its entry names nothing.
 */
async function judgedFiles(verdict: Verdict, listingDirs: readonly string[]): Promise<{ gate: string; path: string; sha256: string }[]> {
  const { resolve } = await import('node:path');
  const { readRegularFile } = await import('./artifacts/load.js');
  const { listingProblems } = await import('./core/artifact-tree.js');
  const files: { gate: string; path: string; sha256: string }[] = [];
  for (const gate of verdict.gates) {
    // merge's own gate lists the shard verdicts it read (engine output, digests in merged_from), not evidence of the root.
    if (gate.type === MERGE_GATE_ID) continue;
    for (const a of gate.artifacts as (ArtifactRecord | TreeEntry)[]) {
      if (!isTreeEntry(a)) {
        files.push({ gate: gate.id, path: a.path, sha256: a.sha256 });
        continue;
      }
      let text: string | undefined;
      for (const dir of listingDirs) {
        const found = await readRegularFile(resolve(dir, a.listing)).then((b) => b.toString('utf8'), () => undefined);
        if (found !== undefined && listingProblems(a, found).length === 0) {
          text = found;
          break;
        }
      }
      if (text === undefined) continue;
      for (const line of text.split('\n').filter((l) => l !== '')) {
        const row = JSON.parse(line) as { path: string; sha256: string };
        files.push({ gate: gate.id, path: row.path, sha256: row.sha256 });
      }
    }
  }
  return files;
}

const isTreeEntry = (a: ArtifactRecord | TreeEntry): a is TreeEntry => (a as { kind?: unknown }).kind === 'tree';

/** The `waiverBook` option of {@link assessVerdict}: the config's waiver sources re-read, judged on the verdict's run day. */
export async function verdictWaiverBook(verdict: Verdict, config: { gates: readonly { id: string; type: string }[]; waivers?: import('./core/waiver-sources.js').WaiverConfig }, root: string): Promise<{ waiverBook?: WaiverBook }> {
  const day = isWaived(verdict) ? waiverDay(verdict) : undefined;
  if (day === undefined) return {};
  const { readWaiverBook } = await import('./core/waiver-sources.js');
  return { waiverBook: await readWaiverBook(config.waivers, root, day, new Map(config.gates.map((g) => [g.id, g.type]))) };
}

function isWaived(verdict: Verdict): boolean {
  return verdict.gates.some((g) => g.status === 'waived' || g.waiver !== undefined) || verdict.waivers.applied.length > 0;
}

const GATE_WAIVER_FIELDS = ['source', 'owner', 'bead', 'reason', 'created', 'expires', 'scope', 'remove_when'] as const;

/**
 * Every gate the verdict calls waived (or that carries a waiver, or that `waivers.applied` names) must be waived
 * by a waiver the sources declare, in force on the run's day for the verdict's lane, with the same fields.
 */
function waiverProblems(verdict: Verdict, book: WaiverBook): string[] {
  const problems: string[] = [];
  const named = new Set<string>([...verdict.gates.filter((g) => g.status === 'waived' || g.waiver !== undefined).map((g) => g.id), ...verdict.waivers.applied.map((w) => w.gate_id)]);
  for (const id of named) {
    const gate = verdict.gates.find((g) => g.id === id);
    const claimed = gate?.waiver ?? verdict.waivers.applied.find((w) => w.gate_id === id);
    const real = activeWaiverFor(book, id, verdict.lane);
    if (real === undefined) {
      problems.push(`gate ${id} is waived in the verdict, but no waiver source declares a waiver for it that was in force on ${book.today} for the ${verdict.lane} lane`);
      continue;
    }
    const differs = GATE_WAIVER_FIELDS.filter((f) => claimed === undefined || (claimed as unknown as Record<string, unknown>)[f] !== real[f]);
    if (differs.length > 0) problems.push(`gate ${id}: the waiver the verdict applied differs from the one ${real.source} declares (${differs.join(', ')})`);
  }
  return problems;
}

/** The day the run judged its waivers on: the verdict's `waivers.today`, if it is the day of `generated_at` or the day before. */
function waiverDay(verdict: Verdict): Date | undefined {
  const generated = Date.parse(verdict.generated_at);
  const today = typeof verdict.waivers.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(verdict.waivers.today) ? Date.parse(`${verdict.waivers.today}T12:00:00Z`) : Number.NaN;
  if (Number.isNaN(generated) || Number.isNaN(today)) return undefined;
  const day = Date.parse(`${new Date(generated).toISOString().slice(0, 10)}T12:00:00Z`);
  return day - today === 0 || day - today === 86_400_000 ? new Date(today) : undefined;
}

/** The `config` option of {@link assessVerdict} from a loaded config. */
export function assessConfig(config: { sha256: string; gates: readonly { id: string; blocking: boolean; type?: string }[]; resolution?: { disabled: readonly { id: string }[] } }): NonNullable<AssessOptions['config']> {
  return { sha256: config.sha256, gates: config.gates.map((g) => ({ id: g.id, blocking: g.blocking, ...(g.type !== undefined ? { type: g.type } : {}) })), disabled: (config.resolution?.disabled ?? []).map((d) => d.id) };
}

/** sha256 of every waiver source the verdict read, as the files are now under `root` (undefined: unreadable). */
export async function hashWaiverSources(verdict: Verdict, root: string): Promise<Record<string, string | undefined>> {
  const { createHash } = await import('node:crypto');
  const { readRegularFile } = await import('./artifacts/load.js');
  const { resolveInside } = await import('./artifacts/paths.js');
  const out: Record<string, string | undefined> = Object.create(null) as Record<string, string | undefined>;
  for (const source of verdict.waivers.sources ?? []) {
    try {
      const { abs } = await resolveInside(root, source.path);
      out[source.path] = createHash('sha256').update(await readRegularFile(abs)).digest('hex');
    } catch {
      out[source.path] = undefined;
    }
  }
  return out;
}
