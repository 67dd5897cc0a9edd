/**
 * An Indexed Job's success policy (Kubernetes batch/v1, `spec.successPolicy.rules`), read as the Job controller reads it,
 * so that a status whose conditions say the policy completed the Job (`SuccessCriteriaMet`/`Complete` by `SuccessPolicy`)
 * can be held to the policy beside it (helper hj, session 43: a policy `{succeededIndexes: "0,2,5"}` beside
 * `completedIndexes: "0-2"` and `failedIndexes: "3-5"` passed, the conditions' reason trusted).
 *
 * Strict on purpose: only a policy Kubernetes' own validation admits is read (at most 20 rules, each with
 * `succeededIndexes` and/or a positive whole `succeededCount`, nothing else, in a spec that says `completionMode:
 * Indexed` and its `completions`), and only lists of indexes as Kubernetes writes them (ASCII digits, intervals in
 * increasing order, none overlapping, no spaces). Anything else — a count written as text, a placeholder, indexes out of
 * order, a count above `completions`, a spec with no mode or no `completions` — is no policy the Job could have run
 * under, and a status claiming it proves nothing: the set-aside it would grant is refused (fail closed). So is a status
 * that lists an index both completed and failed (helper hk, session 43): the Job controller keeps each index in one of
 * the two, and an index also listed failed is no succeeded index a rule can count.
 */

/** An interval of indexes, first and last included. */
type Interval = readonly [number, number];

/** One interval of Kubernetes' list of indexes (`3`, `3-5`), in ASCII digits only. */
const INTERVAL = /^(\d{1,9})(?:-(\d{1,9}))?$/;
/** The most intervals read in one list (Kubernetes' own lists of a Job's indexes are far shorter). */
const MAX_INTERVALS = 1000;
/** The most rules a success policy holds (Kubernetes' validation: at most 20). */
const MAX_RULES = 20;
/** The only members a rule has. */
const RULE_MEMBERS: ReadonlySet<string> = new Set(['succeededIndexes', 'succeededCount']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Kubernetes' list of indexes (`"0,2-4"`) as its intervals, or undefined unless it is written as Kubernetes validates and
 * writes one: comma-separated intervals `a` or `a-b` (a ≤ b), each after the last one ends, every index below `below`
 * when a bound is known. `""` is no index at all (`[]`).
 */
export function indexIntervals(text: unknown, below?: number): Interval[] | undefined {
  if (typeof text !== 'string' || text.length > MAX_INTERVALS * 20) return undefined;
  if (text === '') return [];
  const parts = text.split(',');
  if (parts.length > MAX_INTERVALS) return undefined;
  const out: Interval[] = [];
  for (const part of parts) {
    const m = INTERVAL.exec(part);
    if (m === null) return undefined;
    const first = Number(m[1]);
    const last = m[2] === undefined ? first : Number(m[2]);
    const previous = out.at(-1);
    if (last < first || (previous !== undefined && first <= previous[1]) || (below !== undefined && last >= below)) return undefined;
    out.push([first, last]);
  }
  return out;
}

/** How many indexes a list of intervals holds. */
const sizeOf = (intervals: readonly Interval[]): number => intervals.reduce((n, [a, b]) => n + b - a + 1, 0);

/** How many indexes two lists of intervals (each in increasing order) hold in common. */
function sharedCount(one: readonly Interval[], other: readonly Interval[]): number {
  let n = 0;
  for (let i = 0, j = 0; i < one.length && j < other.length; ) {
    const [a, b] = one[i] as Interval;
    const [c, d] = other[j] as Interval;
    const from = Math.max(a, c);
    const to = Math.min(b, d);
    if (from <= to) n += to - from + 1;
    if (b < d) i++;
    else j++;
  }
  return n;
}

/** A rule of a success policy as Kubernetes admits it: its required indexes and/or its count, undefined when it admits no such rule. */
type Rule = { indexes?: Interval[]; count?: number };
function ruleOf(rule: unknown, completions: number | undefined): Rule | undefined {
  if (!isRecord(rule)) return undefined;
  const keys = Object.keys(rule);
  if (keys.length === 0 || !keys.every((k) => RULE_MEMBERS.has(k))) return undefined;
  const read: Rule = {};
  if (Object.hasOwn(rule, 'succeededIndexes')) {
    const indexes = indexIntervals(rule.succeededIndexes, completions);
    if (indexes === undefined || indexes.length === 0) return undefined;
    read.indexes = indexes;
  }
  if (Object.hasOwn(rule, 'succeededCount')) {
    const count = rule.succeededCount;
    // A whole number of indexes, at least one, no more than the Job runs or than the indexes it is counted among.
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || (completions !== undefined && count > completions) || (read.indexes !== undefined && count > sizeOf(read.indexes))) return undefined;
    read.count = count;
  }
  return read;
}

/**
 * Whether a rule is met by the indexes that succeeded, as the Job controller matches one (`matchSuccessPolicy`): required
 * indexes alone must all have succeeded; a count alone, that many indexes; both, that many of the required indexes.
 */
function ruleMet(rule: Rule, succeeded: readonly Interval[]): boolean {
  if (rule.indexes === undefined) return rule.count !== undefined && sizeOf(succeeded) >= rule.count;
  const shared = sharedCount(rule.indexes, succeeded);
  return shared > 0 && shared >= (rule.count ?? sizeOf(rule.indexes));
}

/**
 * An Indexed Job's `completedIndexes` as its intervals, read beside its `failedIndexes`: undefined unless each that is
 * written (an absent one is none) is a list of indexes as Kubernetes writes one, below `below` when a bound is known,
 * and the two share no index — the Job controller moves an index to one list or the other, never to both, so a status
 * listing one in both is no status it wrote (helper hk, session 43: `completedIndexes: "0-5"` beside `failedIndexes:
 * "3-5"` met `succeededIndexes: "3"`).
 */
export function succeededIndexes(completedIndexes: unknown, failedIndexes: unknown, below?: number): Interval[] | undefined {
  const completed = completedIndexes === undefined ? [] : indexIntervals(completedIndexes, below);
  const failed = failedIndexes === undefined ? [] : indexIntervals(failedIndexes, below);
  return completed === undefined || failed === undefined || sharedCount(completed, failed) > 0 ? undefined : completed;
}

/**
 * Whether an Indexed Job's spec holds a success policy that its status's indexes meet: a spec Kubernetes admits a policy
 * in — `completionMode: Indexed` written (a spec without one is NonIndexed, Kubernetes' default, which refuses a policy;
 * `kubectl get -o json` always prints the defaulted mode) and `completions` a whole number of at least 1 (required of an
 * Indexed Job, and the bound of every index) —, one member read as `successPolicy` (by `read`, in any letters), written
 * exactly so, holding only `rules`, 1 to 20 rules each admitted by Kubernetes ({@link ruleOf}), and some rule met
 * ({@link ruleMet}) by the completed indexes none of which is also listed failed ({@link succeededIndexes}). A spec with
 * no policy, a policy that cannot be read, completed indexes missing, empty, not as Kubernetes writes them or sharing an
 * index with the failed ones, or no rule met: false.
 */
export function successPolicyMet(spec: Record<string, unknown>, indexes: { completed: unknown; failed: unknown }, read: (key: string) => string): boolean {
  const completions = spec.completions;
  if (!(typeof completions === 'number' && Number.isInteger(completions) && completions >= 1)) return false;
  // A success policy is an Indexed Job's only (Kubernetes' validation); a spec saying another mode, or none, ran under none.
  if (spec.completionMode !== 'Indexed') return false;
  const named = Object.keys(spec).filter((k) => read(k) === 'success policy');
  if (named.length !== 1 || named[0] !== 'successPolicy') return false;
  const policy = spec.successPolicy;
  if (!isRecord(policy) || Object.keys(policy).join() !== 'rules' || !Array.isArray(policy.rules) || policy.rules.length === 0 || policy.rules.length > MAX_RULES) return false;
  const rules = policy.rules.map((r) => ruleOf(r, completions));
  if (rules.some((r) => r === undefined)) return false;
  if (indexes.completed === undefined) return false;
  const succeeded = succeededIndexes(indexes.completed, indexes.failed, completions);
  return succeeded !== undefined && succeeded.length > 0 && (rules as Rule[]).some((r) => ruleMet(r, succeeded));
}
