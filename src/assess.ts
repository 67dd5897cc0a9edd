/**
 * The question release tooling asks of a recorded verdict: may we promote? Yes only for a verdict
 * that is self-consistent, of the full lane, complete (every configured gate evaluated), passing
 * (pass or warn), fresh, and about the commit being released from a clean tree. Every reason it is
 * not is listed, so the answer can be acted on.
 */
import { verdictInconsistencies } from './core/consistency.js';
import { parseDuration } from './util/time.js';
import type { AnyGateDefinition, Verdict } from './core/types.js';
import { BUILTIN_GATES } from '../gates/index.js';

export type AssessReasonCode =
  | 'verdict_inconsistent'
  | 'verdict_fail'
  | 'incomplete'
  | 'not_full_lane'
  | 'stale'
  | 'future'
  | 'commit_unknown'
  | 'commit_mismatch'
  | 'dirty_tree'
  | 'config_mismatch';

export interface AssessReason {
  code: AssessReasonCode;
  message: string;
}

export interface AssessOptions {
  /** Refuse a verdict that did not evaluate every configured gate (default true). */
  requireComplete?: boolean;
  /** Oldest acceptable verdict: milliseconds, or a duration such as "24h" (default: no limit). */
  maxAge?: number | string;
  /** The commit being promoted: the verdict must be of exactly this commit, from a clean tree. */
  commit?: string;
  /** The instant to judge freshness against (default: now). */
  now?: Date;
  /** The configuration at the commit being promoted: the verdict must cover exactly its gates. */
  config?: { sha256: string; gates: readonly { id: string; blocking: boolean }[] };
  /** Custom gate types, so their evidence codes are known when statuses are re-derived. */
  gateTypes?: readonly AnyGateDefinition[];
}

export interface Assessment {
  promote: boolean;
  reasons: AssessReason[];
}

/** Future timestamps within this skew are tolerated (clocks of CI machines differ). */
const FUTURE_SKEW_MS = 5 * 60_000;

function maxAgeMs(value: number | string): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) throw new TypeError(`maxAge must be a non-negative number of milliseconds, got ${value}`);
    return value;
  }
  const parsed = parseDuration(value);
  if (!parsed.ok) throw new TypeError(`maxAge: ${parsed.reason}`);
  return parsed.value;
}

export function assessVerdict(verdict: Verdict, options: AssessOptions = {}): Assessment {
  const reasons: AssessReason[] = [];
  const add = (code: AssessReasonCode, message: string) => reasons.push({ code, message });
  const types = new Map<string, AnyGateDefinition>(BUILTIN_GATES.map((g) => [g.type, g]));
  for (const g of options.gateTypes ?? []) types.set(g.type, g);

  for (const w of verdictInconsistencies(verdict, types).slice(0, 5)) add('verdict_inconsistent', `${w.pointer}: ${w.message}`);
  if (verdict.lane !== 'full') add('not_full_lane', `a ${verdict.lane}-lane verdict is not a full-suite verdict`);
  if (verdict.verdict === 'fail') add('verdict_fail', `the verdict is fail: ${verdict.summary.blocking_total - verdict.summary.blocking_pass} of ${verdict.summary.blocking_total} blocking gates failed`);
  if ((options.requireComplete ?? true) && !verdict.selection.complete) {
    add('incomplete', `partial run (selected by ${verdict.selection.by}): ${verdict.selection.not_selected.length} configured gate(s) not evaluated: ${verdict.selection.not_selected.join(', ')}`);
  }

  const now = options.now ?? new Date();
  const generated = Date.parse(verdict.generated_at);
  if (Number.isNaN(generated)) add('stale', `generated_at ${JSON.stringify(verdict.generated_at)} is not a timestamp`);
  else {
    if (generated > now.getTime() + FUTURE_SKEW_MS) add('future', `generated_at ${verdict.generated_at} is in the future (now ${now.toISOString()})`);
    if (options.maxAge !== undefined) {
      const limit = maxAgeMs(options.maxAge);
      if (now.getTime() - generated > limit) add('stale', `generated_at ${verdict.generated_at} is older than the maximum age of ${limit} ms (now ${now.toISOString()})`);
    }
  }

  if (options.commit !== undefined) {
    const want = options.commit.trim().toLowerCase();
    if (verdict.git === undefined) add('commit_unknown', `the verdict records no commit; it cannot be shown to be of ${want}`);
    else {
      if (verdict.git.sha !== want) add('commit_mismatch', `the verdict is of commit ${verdict.git.sha}, not of ${want}`);
      if (verdict.git.dirty) add('dirty_tree', 'the verdict was produced from a tree with uncommitted changes to tracked files');
    }
  }

  if (options.config !== undefined) {
    const cfg = options.config;
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
    }
  }
  return { promote: reasons.length === 0, reasons };
}
