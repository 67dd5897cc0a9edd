/**
 * A metric of k6's `--summary-export` file (the legacy shape k6 keeps for backward compatibility): a metric's aggregates
 * and its thresholds in one object, without the `type`, `contains` and `values` of the `handleSummary()` data. Two of its
 * spellings read the other way round from their words (grafana/k6 issue 1498, k6-docs issue 30, grafana/k6 issue 2386):
 * - a threshold is written `true` when it was CROSSED (failed) and `false` when it was met (`"p(95)<500": true` failed);
 * - a rate counts in `passes` the samples that were true and in `fails` those that were false, so a rate of failures
 *   (`http_req_failed: {passes: 0, fails: 120, value: 0}`) counts its failed requests in `passes`: 120 `fails` and a
 *   `value` of 0 say no request failed.
 */

/** How the export names a metric's aggregates: a trend's, a rate's, a counter's and a gauge's, and its thresholds. */
const EXPORT_KEYS: ReadonlySet<string> = new Set(['avg', 'min', 'med', 'max', 'count', 'rate', 'value', 'passes', 'fails', 'thresholds']);
/** A trend's percentile as k6 names it (`p(90)`, `p(99.9)`). */
const PERCENTILE = /^p\(\d{1,2}(?:\.\d{1,4})?\)$/u;
const RATE_KEYS: ReadonlySet<string> = new Set(['passes', 'fails', 'value', 'thresholds']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Whether `v` is a metric of a `--summary-export` file: its members only the export's aggregates, each a number, and
 * either thresholds written as flags (`thresholds: {"p(95)<500": false}`) or the three counts of a rate whose `value` is
 * its `passes` over all its samples. Anything else (a `handleSummary()` metric, a report's own `{passes, fails}`) is not.
 */
export function isK6ExportMetric(v: Record<string, unknown>): boolean {
  const keys = Object.keys(v);
  if (keys.length < 2 || keys.length > 16) return false;
  for (const k of keys) {
    if (!(EXPORT_KEYS.has(k) || PERCENTILE.test(k))) return false;
    if (k !== 'thresholds' && typeof v[k] !== 'number') return false;
  }
  const thresholds = v['thresholds'];
  if (thresholds !== undefined) return isRecord(thresholds) && Object.keys(thresholds).length > 0 && Object.values(thresholds).every((t) => typeof t === 'boolean') && keys.length > 1;
  return isK6ExportRate(v);
}

/** Whether `v` is a rate of the export (`{passes, fails, value}`, thresholds aside) whose `value` is `passes` over all its samples. */
export function isK6ExportRate(v: Record<string, unknown>): boolean {
  const [passes, fails, value] = [v['passes'], v['fails'], v['value']];
  if (typeof passes !== 'number' || typeof fails !== 'number' || typeof value !== 'number') return false;
  if (!Object.keys(v).every((k) => RATE_KEYS.has(k)) || !Number.isInteger(passes) || !Number.isInteger(fails) || passes < 0 || fails < 0) return false;
  const all = passes + fails;
  // k6 writes a rate of no samples as 0; any other value is the share of true samples, printed to a double's precision
  // or, copied by hand or by a tool, rounded to the decimals it shows (`0.8333` for 100 of 120; helper fa, session 48).
  return all === 0 ? value === 0 : Math.abs(value - passes / all) <= 1e-9 || roundedShare(value, passes / all);
}
/** Whether `value` is `share` rounded to the decimals `value` is written with (at least three). */
function roundedShare(value: number, share: number): boolean {
  const decimals = /^\d+\.(\d{3,12})$/u.exec(String(value))?.[1]?.length;
  return decimals !== undefined && Number(share.toFixed(decimals)) === value;
}

/**
 * A threshold on a rate as k6 writes its expression (`rate<0.01`, `rate >= 0.99`): the bound it sets, or undefined for
 * any other expression (a trend's `p(95)<500`, a count's `count<10`, anything a reader cannot take as a bound on the rate).
 */
export function k6RateBound(expression: string): { upper: boolean; inclusive: boolean; limit: number } | undefined {
  const m = RATE_THRESHOLD.exec(expression);
  if (m === null) return undefined;
  const limit = Number(m[2]);
  return Number.isFinite(limit) ? { upper: (m[1] as string).startsWith('<'), inclusive: (m[1] as string).endsWith('='), limit } : undefined;
}
const RATE_THRESHOLD = /^[^\S\n]*rate[^\S\n]*(<=|>=|<|>)[^\S\n]*(\d{1,3}(?:\.\d{1,12})?|\.\d{1,12})[^\S\n]*$/u;

/** Past this share of failures a bound tolerates failing as the run's larger outcome. */
const MOST = 0.5;
/**
 * Whether a rate's samples lie within thresholds the metric itself declares, every one judged met by k6 (`met`: the
 * export's `false`, handleSummary's `{ok: true}`) and met by the rate it shows (helper fa, session 48; the lead's ruling):
 * each a bound on the rate, upper for a rate whose true samples are failures (`http_req_failed: rate<0.01`), lower for
 * one whose true samples are passes (`checks: rate>0.99`). No threshold, one crossed, or one of another form is no such
 * tolerance, and neither is a bound that lets failures be half the samples or more (`rate<1`); a threshold of another
 * metric is never read here.
 */
export function k6RateWithinMetThresholds(thresholds: unknown, met: (judged: unknown) => boolean, rate: number, failuresAreTrue: boolean): boolean {
  if (!isRecord(thresholds) || !Number.isFinite(rate)) return false;
  const entries = Object.entries(thresholds);
  return (
    entries.length > 0 &&
    entries.every(([expression, judged]) => {
      const bound = k6RateBound(expression);
      // A bound that lets failures be the larger part (`rate<1`, `rate<=0.5` on failures; `rate>0` on passes) tolerates
      // every run worth the name: an accept-everything threshold, no tolerance a team weighed.
      if (bound === undefined || !met(judged) || bound.upper !== failuresAreTrue || (bound.upper ? bound.limit >= MOST : bound.limit <= 1 - MOST)) return false;
      if (bound.upper) return bound.inclusive ? rate <= bound.limit : rate < bound.limit;
      return bound.inclusive ? rate >= bound.limit : rate > bound.limit;
    })
  );
}

/** The expression of a threshold the export writes as crossed (`"p(95)<500": true`), or undefined when every one was met. */
export function k6ExportThresholdCrossed(v: Record<string, unknown>): string | undefined {
  const thresholds = v['thresholds'];
  return isRecord(thresholds) ? Object.keys(thresholds).find((t) => thresholds[t] === true) : undefined;
}
