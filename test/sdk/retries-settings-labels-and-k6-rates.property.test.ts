/**
 * False failures closed in session 48 (helper fa), each drawn with the wrong passes beside it that must keep failing:
 * - a pass on retry after a cause in brackets and a comma (`Checkout failed (network), passed on retry`), told by marks
 *   (`lint ❌ → ✅ on retry`) or after a lead that told one test was retried; a failure told again on the retry fails;
 * - a failure a CI setting tolerates, then a pass of another member (`Lint failed (allow_failure: true); build passed`);
 *   a failure of another member after it fails;
 * - a count of passes, then a failure label of its own after a space, a tab or a double hyphen (`12 tests passed
 *   Failed: 0`, `1 tests -- Failures: -`); a label counting some fails;
 * - a k6 `--summary-export` Rate named for neither outcome (`cache_hit`), and failure rates within thresholds the metric
 *   itself declares and k6 judged met; a crossed, missing, unreadable or unborne threshold keeps the failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const summary = (text: string) => statusContradiction({ status: 'pass', summary: text }, '/status', 'pass', undefined, {});
const metrics = (m: Record<string, unknown>) => statusContradiction({ status: 'pass', metrics: m }, '/status', 'pass', undefined, {});

const subject = fc.constantFrom('Checkout', 'Build', 'Deploy', 'Lint', 'test_login', 'Smoke tests');
const cause = fc.constantFrom('network', 'timeout', 'infra', 'infra timeout', 'runner lost', 'dns', 'registry outage', 'OOM');
const retriedPass = fc.constantFrom('passed on retry', 'then passed on retry', 'passed on attempt 2', 'passed on rerun', 'succeeded on retry');
const retriedFailure = fc.constantFrom('failed again on retry', 'failed on attempt 2', 'failed again on rerun', 'still failing on retry');
const other = fc.constantFrom('docs', 'e2e', 'unit tests', 'the cache step');

describe('a failure, a cause in brackets, a comma and its retry', () => {
  it('passes when the retry passed, and fails when it failed again or another member passed', () => {
    fc.assert(
      fc.property(subject, cause, retriedPass, retriedFailure, other, (who, why, passed, failed, another) => {
        expect(summary(`${who} failed (${why}), ${passed}`), `${who} (${why}) ${passed}`).toBeUndefined();
        expect(summary(`${who} failed (${why}), ${failed}`)?.code, `${who} (${why}) ${failed}`).toBe('contradiction');
        expect(summary(`${who} failed (${why}), ${another} ${passed}`)?.code, `${who} (${why}) ${another} ${passed}`).toBe('contradiction');
        expect(summary(`${who} failed (${why})`)?.code, `${who} (${why})`).toBe('contradiction');
      }),
    );
  });
});

describe('a retry told by marks', () => {
  const failMark = fc.constantFrom('❌', '✗', '✘', '✖');
  const passMark = fc.constantFrom('✅', '✓', '✔');
  const between = fc.constantFrom(' → ', ' then ', ' -> ', ' (flaky) → ');
  const retry = fc.constantFrom(' on retry', ' (retry)', ' on rerun', ' after retry');
  it('passes when the last mark is a pass, and fails when it is a failure or a member after it failed', () => {
    fc.assert(
      fc.property(fc.constantFrom('lint', 'lint:', 'build', 'e2e:'), failMark, passMark, between, retry, (who, x, ok, mid, again) => {
        expect(summary(`${who} ${x}${mid}${ok}${again}`), `${who} ${x}${mid}${ok}${again}`).toBeUndefined();
        expect(summary(`${who} ${ok}${mid}${x}${again}`)?.code, `${who} ${ok}${mid}${x}${again}`).toBe('contradiction');
        expect(summary(`${who} ${x}${mid}${x}${again}`)?.code, `${who} ${x}${mid}${x}${again}`).toBe('contradiction');
        expect(summary(`${who} ${x}${mid}${ok}${again}, docs ${x}`)?.code, `${who} … docs ${x}`).toBe('contradiction');
      }),
    );
  });
});

describe('a lead that told one test was retried', () => {
  it('passes when the test then passed, and fails when it failed again or more tests were retried', () => {
    fc.assert(
      fc.property(fc.constantFrom('Retried', 'Rerun', 'Reran'), fc.constantFrom('test', 'flaky test', 'spec'), fc.constantFrom('test_login', 'checkout_spec', 'api_smoke'), fc.integer({ min: 2, max: 9 }), (verb, noun, name, more) => {
        expect(summary(`${verb} 1 ${noun}: ${name} failed, then passed`), `${verb} 1 ${noun}`).toBeUndefined();
        expect(summary(`${verb} 1 ${noun}: ${name} failed, then failed again`)?.code, `${verb} 1 ${noun} failed again`).toBe('contradiction');
        expect(summary(`${verb} 1 ${noun}: ${name} failed`)?.code, `${verb} 1 ${noun} failed`).toBe('contradiction');
        expect(summary(`${verb} ${more} ${noun}s: ${name} failed, then passed`)?.code, `${verb} ${more}`).toBe('contradiction');
      }),
    );
  });
});

describe('a failure a CI setting tolerates, then another member', () => {
  const setting = fc.constantFrom('(allow_failure: true)', '(continue-on-error: true)', '(non-blocking)', '(allow_failure: yes)');
  const mark = fc.constantFrom('; ', '. ', ', ');
  const members = fc.constantFrom('build', 'all tests', 'build and tests', 'tests');
  it('passes after a pass of another member, and fails after a failure of one or a setting set false', () => {
    fc.assert(
      fc.property(fc.constantFrom('Lint', 'Docs', 'Coverage'), setting, mark, members, fc.constantFrom('passed', 'succeeded'), (who, set, at, them, ok) => {
        const next = (m: string) => (at === '. ' ? `${m.charAt(0).toUpperCase()}${m.slice(1)}` : m);
        expect(summary(`${who} failed ${set}${at}${next(them)} ${ok}`), `${who} ${set}${at}${them} ${ok}`).toBeUndefined();
        expect(summary(`${who} failed ${set}${at}${next(them)} failed`)?.code, `${who} ${set}${at}${them} failed`).toBe('contradiction');
        expect(summary(`${who} failed ${set}${at}${next(them)} ${ok}; docs failed`)?.code, `${who} ${set}… docs failed`).toBe('contradiction');
        expect(summary(`${who} failed (allow_failure: false)${at}${next(them)} ${ok}`)?.code, `${who} set false`).toBe('contradiction');
      }),
    );
  });
});

describe('a count of passes, then a failure label of its own with no mark between', () => {
  const gap = fc.constantFrom(' ', '\t', '&#9;', ' -- ', ' – ');
  const label = fc.constantFrom('Failed', 'Failures', 'Errors', 'failed');
  it('passes when the label counts none, and fails when it counts some', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.constantFrom('tests passed', 'tests', 'passed', 'specs passed'), gap, label, fc.constantFrom('0', 'none', '-'), fc.integer({ min: 1, max: 99 }), (n, counted, sep, name, none, some) => {
        expect(summary(`${n} ${counted}${sep}${name}: ${none}`), `${n} ${counted}${JSON.stringify(sep)}${name}: ${none}`).toBeUndefined();
        expect(summary(`${n} ${counted}${sep}${name}: ${some}`)?.code, `${n} ${counted}${JSON.stringify(sep)}${name}: ${some}`).toBe('contradiction');
      }),
    );
  });
});

describe('a k6 --summary-export rate', () => {
  const share = (passes: number, fails: number) => (passes + fails === 0 ? 0 : passes / (passes + fails));
  it('named for neither outcome counts no failure unless a threshold of it is crossed; named for an outcome or items, its fails are read', () => {
    fc.assert(
      fc.property(fc.constantFrom('cache_hit', 'gzip_used', 'is_cached', 'cdn_cache_hit', 'keepalive_reused'), fc.constantFrom('checks', 'tests', 'login_ok', 'success_rate', 'valid_responses'), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 500 }), (neither, named, passes, fails) => {
        const rate = { passes, fails, value: share(passes, fails) };
        expect(metrics({ [neither]: rate, http_reqs: { count: passes + fails, rate: 9.9 } }), `${neither} ${JSON.stringify(rate)}`).toBeUndefined();
        expect(metrics({ [neither]: { ...rate, thresholds: { 'rate>0.999': true } } })?.code, `${neither} crossed`).toBe('contradiction');
        expect(metrics({ [named]: rate })?.code, `${named} ${JSON.stringify(rate)}`).toBe('contradiction');
      }),
    );
  });
  it('named in words that may tell an outcome, its fails are read: only a name of what its samples are sets them aside', () => {
    fc.assert(
      fc.property(fc.constantFrom('payment_processed', 'purchase_made', 'upload_finished', 'cache_hit_ok', 'is_paid', 'order_placed', 'rendered', 'served', 'is_served', 'connection', 'cache_hit_\u2717', 'served_\u274c'), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 500 }), (name, passes, fails) => {
        expect(metrics({ [name]: { passes, fails, value: share(passes, fails) } })?.code, name).toBe('contradiction');
      }),
    );
  });
  it('of failures within thresholds of its own k6 judged met passes; crossed, missing, of another form, unborne or of another metric fails', () => {
    fc.assert(
      fc.property(fc.constantFrom('http_req_failed', 'error_rate', 'errors'), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1000, max: 5000 }), fc.integer({ min: 2, max: 50 }), (name, failed, succeeded, headroom) => {
        const value = share(failed, succeeded);
        const rate = { passes: failed, fails: succeeded, value };
        // Written as a person writes a bound: a few decimals, never a double's noise (`rate<0.002999`).
        // Below half the samples: a bound that lets failures be the larger part is no tolerance (asserted below).
        const above = Number(Math.min(value * headroom + 0.000001, 0.24).toFixed(6));
        const below = Number((value / headroom).toFixed(8));
        expect(metrics({ [name]: { ...rate, thresholds: { [`rate<${above}`]: false } } }), `${name} rate<${above} met`).toBeUndefined();
        expect(metrics({ [name]: { ...rate, thresholds: { [`rate<=${above}`]: false, [`rate<${Number((above * 2).toFixed(6))}`]: false } } }), `${name} two met`).toBeUndefined();
        expect(metrics({ [name]: { ...rate, thresholds: { [`rate<${above}`]: true } } })?.code, 'crossed').toBe('contradiction');
        expect(metrics({ [name]: { ...rate, thresholds: { [`rate<${above}`]: false, [`rate<${below}`]: true } } })?.code, 'one crossed').toBe('contradiction');
        expect(metrics({ [name]: rate })?.code, 'no threshold').toBe('contradiction');
        // An accept-everything bound (failures may be half the samples or more) tolerates nothing a team weighed.
        for (const loose of ['rate<1', 'rate<=1', 'rate<0.5', 'rate<=0.9']) expect(metrics({ [name]: { ...rate, thresholds: { [loose]: false } } })?.code, `${name} ${loose} met`).toBe('contradiction');
        expect(metrics({ [name]: { ...rate, thresholds: { [`rate<${below}`]: false } } })?.code, `judged met, not borne out: rate<${below}`).toBe('contradiction');
        expect(metrics({ [name]: { ...rate, thresholds: { 'p(95)<500': false } } })?.code, 'another form').toBe('contradiction');
        expect(metrics({ [name]: { ...rate, thresholds: { [`rate>${below}`]: false } } })?.code, 'a bound from below').toBe('contradiction');
        expect(metrics({ [name]: rate, http_req_duration: { avg: 12, 'p(95)': 40, thresholds: { 'p(95)<500': false } }, checks: { passes: 10, fails: 0, value: 1, thresholds: { 'rate>0.99': false } } })?.code, 'thresholds of other metrics').toBe('contradiction');
        const summarised = (ok: boolean, passes = failed) => ({ [name]: { type: 'rate', contains: 'default', values: { rate: value, passes, fails: succeeded }, thresholds: { [`rate<${above}`]: { ok } } } });
        if (name === 'http_req_failed') {
          expect(metrics(summarised(true)), 'handleSummary ok').toBeUndefined();
          expect(metrics(summarised(false))?.code, 'handleSummary not ok').toBe('contradiction');
          expect(metrics(summarised(true, failed + 1))?.code, 'handleSummary counts not bearing out its rate').toBe('contradiction');
        }
      }),
    );
  });
  it('of passes (checks) within a met lower bound of its own passes; a crossed or upper bound fails', () => {
    fc.assert(
      fc.property(fc.integer({ min: 900, max: 5000 }), fc.integer({ min: 1, max: 5 }), (passes, fails) => {
        const value = share(passes, fails);
        const floor = Number((value - 0.01).toFixed(4));
        expect(metrics({ checks: { passes, fails, value, thresholds: { [`rate>${floor}`]: false } } }), `checks rate>${floor}`).toBeUndefined();
        expect(metrics({ checks: { passes, fails, value, thresholds: { [`rate>${floor}`]: false, 'rate>0.99999': true } } })?.code, 'one crossed').toBe('contradiction');
        expect(metrics({ checks: { passes, fails, value, thresholds: { 'rate<1': false } } })?.code, 'an upper bound').toBe('contradiction');
      }),
    );
  });
});
