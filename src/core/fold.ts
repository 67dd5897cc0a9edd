/**
 * The status rules of DESIGN §4, as pure functions. Every lane, the library and the CLI go through
 * these; nothing else decides what a set of checks or gates adds up to.
 */
import { EXIT } from './errors.js';
import { isEvidenceCode, VACUOUS_MESSAGE } from './reasons.js';
import { plural } from '../util/plural.js';
import { itemsNotNamed } from './waiver-items.js';
import { WAIVABLE } from './waivers.js';
import type { CheckResult, GateResult, GateWaiver, GateStatus, GatesVerdict, RawStatus, RunVerdict, Verdict, VerdictSummary } from './types.js';

export interface RawFold {
  raw_status: RawStatus;
  reason?: string;
}

/**
 * Any failed check fails the gate; a skip only counts when nothing failed; zero checks is never a
 * pass. The reason is the first failing (else warning) check's code, in the order the gate
 * reported them, so a gate controls which finding headlines by checking the most basic thing first.
 */
export function foldChecks(checks: readonly CheckResult[], skipped: boolean): RawFold {
  const firstFail = checks.find((c) => c.status === 'fail');
  if (firstFail) return { raw_status: 'fail', reason: firstFail.code };
  if (skipped) return { raw_status: 'skip', reason: 'skipped' };
  const firstWarn = checks.find((c) => c.status === 'warn');
  if (firstWarn) return { raw_status: 'warn', reason: firstWarn.code };
  if (checks.length > 0) return { raw_status: 'pass' };
  return { raw_status: 'fail', reason: 'vacuous' };
}

/**
 * The gate's detail line, from its checks: what a reader of the detail alone (the report, JUnit, a dashboard) takes
 * the gate to have found. Also re-derived by every reader of a recorded verdict (`verdictInconsistencies`): a gate
 * edited to pass whose detail still tells its failure is not a pass its checks prove.
 */
export function describeChecks(raw: RawStatus, checks: readonly CheckResult[], skipMessage: string | undefined): string {
  const fails = checks.filter((c) => c.status === 'fail');
  const warns = checks.filter((c) => c.status === 'warn');
  const more = (n: number) => (n > 1 ? ` (+${n - 1} more)` : '');
  if (fails.length > 0) return `${plural(fails.length, 'failing check')}: ${fails[0]?.message}${more(fails.length)}`;
  if (raw === 'skip') return `skipped: ${skipMessage}`;
  if (warns.length > 0) return `${plural(warns.length, 'warning')}: ${warns[0]?.message}${more(warns.length)}`;
  if (checks.length === 0) return VACUOUS_MESSAGE;
  // One check says more than a count: "/pass_rate_pct = 92.5 (>= 80)" rather than "1 check passed".
  return checks.length === 1 ? (checks[0] as CheckResult).message : `${plural(checks.length, 'check')} passed`;
}

/** A waived gate's detail, in the reference's wording, so a reader of the detail alone still sees that it did not pass. */
export function waivedDetail(raw: RawStatus, waiver: Pick<GateWaiver, 'owner' | 'expires' | 'bead' | 'reason'>, detail: string): string {
  return `WAIVED (original: ${raw}) by ${waiver.owner} until ${waiver.expires} (tracking issue: ${waiver.bead}): ${waiver.reason} — ${detail}`;
}

export interface PolicyInput {
  raw_status: RawStatus;
  reason?: string;
  blocking: boolean;
  /** The gate's checks: rollback must know whether a failure is about the evidence itself. */
  checks?: readonly CheckResult[];
  /** The gate's own codes that also mean "the evidence could not be evaluated". */
  evidenceReasons?: readonly string[];
  /** The gate's own codes no waiver may waive. */
  unwaivableReasons?: readonly string[];
}

export interface PolicyOptions {
  /** A valid, unexpired rollback declaration is in force. */
  rollback?: boolean;
  /** A valid, unexpired waiver for this gate and lane is in force (decided by activeWaiverFor). */
  waived?: boolean;
  /** The words of that waiver (its reason and remove_when): naming some of the items the failure lists, it covers only those. */
  waiverWords?: string;
}

export interface PolicyOutcome {
  status: GateStatus;
  reason?: string;
  relaxed_by?: 'rollback';
  /**
   * Set when a waiver was in force for the gate but does not cover its failure: `evidence` — the evidence is absent
   * or cannot be trusted (`evidenceFailure`), which no waiver stands in for; `unwaivable` — the gate type names the
   * failure unwaivable; `unnamed` — the failure lists items the waiver does not name beside some it does
   * (`itemsNotNamed`). The gate keeps its failure.
   */
  waiver_refused?: 'evidence' | 'unwaivable' | 'unnamed';
}

/** True when any failing check says the evidence is absent or untrustworthy, not merely unfavourable. */
export function failsOnEvidence(checks: readonly CheckResult[], gateEvidence: readonly string[] = []): boolean {
  return checks.some((c) => c.status === 'fail' && isEvidenceCode(c.code, gateEvidence));
}

/**
 * THE classification of a failure as one of the evidence itself — absent, unreadable, malformed, stale, the engine's
 * own output, a placeholder, a vacuous or crashed gate, or a code the gate type declares in `evidenceReasons` — as
 * opposed to sound evidence of a problem. Rollback relaxes verdicts, never evidence; a waiver accepts a failure the
 * evidence shows, never evidence that does not exist or cannot be trusted. Both ask this one function.
 */
export function evidenceFailure(input: Pick<PolicyInput, 'reason' | 'checks' | 'evidenceReasons'>): boolean {
  // A vacuous gate has no failing check to inspect: its reason alone says the evidence proved nothing.
  return (input.reason !== undefined && isEvidenceCode(input.reason, input.evidenceReasons)) || failsOnEvidence(input.checks ?? [], input.evidenceReasons);
}

/**
 * The one place that turns what the evidence says into what the run acts on. A blocking gate that
 * did not evaluate cannot let a release through. A waiver turns a failure or warning into
 * `waived` — visibly, never into `pass` — and the reason stays what the evidence said; never a failure
 * the gate type calls unwaivable, and never a failure of the evidence itself (`evidenceFailure`: a waiver granted
 * for what a report says does not cover the report going missing), and never items of the failure its words leave out
 * beside items they name (`itemsNotNamed`). Rollback relaxes a blocking failure to a warning
 * only when the evidence is sound: it relaxes verdicts, never evidence.
 */
export function applyPolicy(input: PolicyInput, options: PolicyOptions = {}): PolicyOutcome {
  const blockingSkip = input.raw_status === 'skip' && input.blocking;
  const reason = blockingSkip ? 'blocking_skip' : input.reason;
  const outcome: PolicyOutcome = { status: blockingSkip ? 'fail' : input.raw_status, ...(reason !== undefined ? { reason } : {}) };
  const unwaivable = (input.checks ?? []).some((c) => c.status === 'fail' && (input.unwaivableReasons ?? []).includes(c.code));
  // Only a failure can be one of the evidence (a gate may report doubtful evidence as a warning, which a waiver covers);
  // a blocking skip is judged on what the gate reported (DESIGN §4: a waiver may cover it), not on its policy reason.
  const onEvidence = outcome.status === 'fail' && evidenceFailure(input);
  if (options.waived === true && WAIVABLE.has(outcome.status)) {
    const unnamed = !unwaivable && !onEvidence && options.waiverWords !== undefined && itemsNotNamed(input.checks ?? [], options.waiverWords).length > 0;
    if (!unwaivable && !onEvidence && !unnamed) return { ...outcome, status: 'waived' };
    outcome.waiver_refused = unwaivable ? 'unwaivable' : onEvidence ? 'evidence' : 'unnamed';
  }
  if (blockingSkip) return outcome;
  if (options.rollback === true && input.blocking && outcome.status === 'fail' && !onEvidence) {
    return { ...outcome, status: 'warn', relaxed_by: 'rollback' };
  }
  return outcome;
}

const BLOCKS: ReadonlySet<GateStatus> = new Set<GateStatus>(['fail']);

/** The evaluated gates alone: fail if a blocking gate failed, warn if any needs a look, else pass. */
export function foldGates(gates: readonly Pick<GateResult, 'status' | 'blocking'>[]): GatesVerdict {
  if (gates.some((g) => g.blocking && BLOCKS.has(g.status))) return 'fail';
  if (gates.some((g) => g.status !== 'pass')) return 'warn';
  return 'pass';
}

/**
 * fail: a blocking gate failed. incomplete: no failure, but not every configured gate was
 * evaluated — never readable as a full-suite pass. warn: anything needs a human look — a warning,
 * a waiver, a non-blocking failure, or a gate that was skipped. pass: every gate passed.
 */
export function foldRun(gates: readonly Pick<GateResult, 'status' | 'blocking'>[], complete = true): RunVerdict {
  const folded = foldGates(gates);
  if (folded === 'fail') return 'fail';
  return complete ? folded : 'incomplete';
}

export function summarize(gates: readonly Pick<GateResult, 'status' | 'blocking'>[]): VerdictSummary {
  const count = (s: GateStatus) => gates.filter((g) => g.status === s).length;
  const blocking = gates.filter((g) => g.blocking);
  const blockingPass = blocking.filter((g) => !BLOCKS.has(g.status)).length;
  return {
    total_gates: gates.length,
    passed: count('pass'),
    failed: count('fail'),
    warned: count('warn'),
    skipped: count('skip'),
    waived: count('waived'),
    blocking_pass: blockingPass,
    blocking_total: blocking.length,
    all_blocking_pass: blockingPass === blocking.length,
  };
}

/**
 * 0 = no gate that ran failed (pass, warn, or incomplete: a subset run whose gates did not fail),
 * 1 = a blocking gate failed. The exit code of a partial run answers the operator's question about
 * the gates that ran; whether a release may be promoted is `assessVerdict` / `gate-engine check`.
 * Errors before a verdict exists map to 2 or 3 elsewhere.
 */
export function exitCodeFor(verdict: Pick<Verdict, 'verdict'>): 0 | 1 {
  return verdict.verdict === 'fail' ? EXIT.FAIL : EXIT.PASS;
}
