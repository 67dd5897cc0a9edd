import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ceilingOnSuccess, floorOnALatency } from '../../src/sdk/status-claims.js';

// A limit the worst run meets proves nothing; a limit on what a worse run raises is judged on its value.
describe('ceilingOnSuccess', () => {
  it.each([
    ['/pass_rate_pct', '<=', 80],
    ['/success_ratio', '<', 0.95],
    ['/coverage/lines_pct', '<', 90],
    ['/pass_rate_pct', '==', 0],
    ['/pass_rate_pct', '!=', 100],
    ['/failure_rate_pct', '>=', 5],
    ['/error_rate', '>', 0.05],
    ['/failed_pct', '>=', 10],
  ] as const)('%s %s %s is met by the worst run', (pointer, op, value) => {
    expect(ceilingOnSuccess(pointer, op, value)).toBeDefined();
  });

  it.each([
    ['/coverage/missed_pct', '<=', 10],
    ['/coverage/uncovered_branches_pct', '<', 15],
    ['/coverage_drop_pct', '<=', 2],
    ['/pass_rate_stddev_pct', '<=', 3],
    ['/false_pass_rate', '<', 0.01],
    ['/pass_rate_delta_pct', '<=', 10],
    ['/accuracy', '<', 0.99],
    ['/pass_rate_pct', '>=', 95],
    ['/pass_rate_pct', '==', 100],
    ['/pass_rate_pct', '!=', 0],
    ['/failure_rate_pct', '<=', 5],
    ['/failure_rate_delta_pct', '>=', -5],
    ['/error_budget_pct', '>=', 10],
  ] as const)('%s %s %s bounds the side a worse run falls on', (pointer, op, value) => {
    expect(ceilingOnSuccess(pointer, op, value)).toBeUndefined();
  });
});

// A latency is worse the higher it is: a floor on it is met by the slowest run, whatever its name's spelling.
describe('floorOnALatency', () => {
  it.each([
    ['/p99_latency_ms', '>='],
    ['/latency/p95', '>'],
    ['/responseTimeMs', '>='],
    ['/metrics/http_req_duration/values/p(95)', '>='],
    ['/ttfb_ms', '>'],
    ['/time_to_first_byte_ms', '>='],
    ['/P99LatencyMs', '>='],
    ['/latency_p99.9_ms', '>='],
    ['/rtt_us', '>'],
    ['/checkout_latency_p99_ms', '>='],
    ['/metrics/http_req_waiting/values/p(95)', '>='],
    ['/metrics/iteration_duration/values/avg', '>'],
  ] as const)('%s %s is met by the slowest run', (pointer, op) => {
    expect(floorOnALatency(pointer, op)).toBeDefined();
  });

  it.each([
    ['/p99_latency_ms', '<='],
    ['/p99_latency_ms', '=='],
    ['/min_latency_ms', '>'],
    ['/fastest_latency_ms', '>='],
    ['/latency_improvement_pct', '>='],
    ['/latency_budget_ms', '>='],
    ['/request_timeout_ms', '>='],
    ['/soak/duration_hours', '>='],
    ['/requests_per_second', '>='],
    ['/latency_samples', '>='],
    ['/latency_headroom_ms', '>='],
    ['/checkout_latency_samples', '>='],
    ['/latency_slo_ms', '>='],
    ['/api/latency_pct_within_slo', '>='],
  ] as const)('%s %s bounds the side a worse run falls on, or no latency', (pointer, op) => {
    expect(floorOnALatency(pointer, op)).toBeUndefined();
  });

  const styles = [(w: readonly string[]) => w.join('_'), (w: readonly string[]) => w.map((x, i) => (i === 0 ? x : x[0]!.toUpperCase() + x.slice(1))).join(''), (w: readonly string[]) => w.join('-'), (w: readonly string[]) => w.join('_').toUpperCase()];
  const name = fc.tuple(fc.constantFrom('p50', 'p90', 'p95', 'p99', 'p999', 'avg', 'mean', 'median', 'max', 'worst'), fc.constantFrom(['latency'], ['response', 'time'], ['ttfb'], ['request', 'duration']), fc.constantFrom('ms', 'us', 'seconds', 's'), fc.boolean(), fc.nat(styles.length - 1));
  it('any spelling of a latency statistic in its unit is read so, alone or under a parent', () => {
    fc.assert(fc.property(name, fc.constantFrom('>=', '>'), ([stat, what, unit, nested, style], op) => {
      const pointer = nested ? `/${styles[style]!(what)}/${styles[style]!([stat, unit])}` : `/${styles[style]!([stat, ...what, unit])}`;
      return floorOnALatency(pointer, op) !== undefined;
    }));
    // Named for its service or endpoint too (`checkout_p99_latency_ms`).
    fc.assert(fc.property(name, fc.constantFrom('checkout', 'search', 'db', 'login', 'api'), ([stat, what, unit, , style], service) => floorOnALatency(`/${styles[style]!([service, stat, ...what, unit])}`, '>=') !== undefined));
  });
  it('a word that turns the side a worse run falls on (the least, a budget, a timeout, an improvement) keeps any floor', () => {
    fc.assert(fc.property(name, fc.constantFrom('min', 'minimum', 'fastest', 'best', 'budget', 'timeout', 'improvement', 'reduction', 'headroom', 'target', 'slo'), ([stat, what, unit, , style], word) => {
      return floorOnALatency(`/${styles[style]!([word, stat, ...what, unit])}`, '>=') === undefined;
    }));
  });
});
