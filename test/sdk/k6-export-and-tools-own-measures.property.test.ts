/**
 * k6's `--summary-export` (legacy shape) read as k6 writes it, and a tool's own measure told from a run's tally kept as a
 * stand-in by every key below it (red teams rm and rn, closed session 47, helper sd).
 * - The export writes a crossed threshold `true` (grafana/k6 issue 1498) and counts a rate's true samples in `passes`
 *   (grafana/k6 issue 2386): `http_req_failed: {passes: 0, fails: N, value: 0}` says no request failed.
 * - Under `fixtures`/`mocks`, an outcome's tally below a tool's measure (`call: {failed}`, `calls: {errors}`) is a run's;
 *   conftest's `{successes, failures, warnings}` of a template file and a fixture named `<run word>_dir` are the tool's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aliasOfABound, statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (metrics: Record<string, unknown>) => statusContradiction({ status: 'pass', metrics }, '/status', 'pass', undefined, {});
const percentile = fc.constantFrom('p(90)', 'p(95)', 'p(99)', 'p(99.9)', 'avg', 'med', 'max');
const trendMetric = fc.constantFrom('http_req_duration', 'http_req_waiting', 'iteration_duration', 'checkout_latency');

describe('a k6 --summary-export metric', () => {
  it('fails where a threshold is written true (crossed), on any metric, and passes where every one is false (met)', () => {
    fc.assert(
      fc.property(trendMetric, percentile, fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 4 }), fc.nat({ max: 3 }), (name, stat, bound, count, crossedAt) => {
        const thresholds = Object.fromEntries(Array.from({ length: count }, (_, i) => [`${stat}<${bound + i}`, false]));
        const metric = { avg: 140.3, min: 119, med: 140.9, max: 154.6, 'p(90)': 146.8, 'p(95)': 148.2 };
        expect(beside({ [name]: { ...metric, thresholds } }), `${name} met`).toBeUndefined();
        const crossed = Object.keys(thresholds)[crossedAt % count] as string;
        expect(beside({ [name]: { ...metric, thresholds: { ...thresholds, [crossed]: true } } })?.code, `${name} ${crossed} crossed`).toBe('contradiction');
      }),
    );
  });
  it('reads a rate of failures by its passes and value: none failed passes, any failed fails', () => {
    fc.assert(
      fc.property(fc.constantFrom('http_req_failed', 'errors', 'failed_logins', 'error_rate'), fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 50 }), (name, succeeded, failed) => {
        const total = succeeded + failed;
        const rate = { passes: failed, fails: succeeded, value: total === 0 ? 0 : failed / total };
        const read = beside({ [name]: rate });
        if (failed === 0) expect(read, `${name} ${JSON.stringify(rate)}`).toBeUndefined();
        else expect(read?.code, `${name} ${JSON.stringify(rate)}`).toBe('contradiction');
      }),
    );
  });
  it('reads a rate whose value is not its passes over all its samples as no export: its fails are failures', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.double({ min: 0.01, max: 1, noNaN: true }), (fails, value) => {
        expect(beside({ http_req_failed: { passes: 0, fails, value } })?.code, `value ${value}`).toBe('contradiction');
      }),
    );
  });
  it('reads a rate of other samples (checks) by its fails as before', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 50 }), (passes, fails) => {
        expect(beside({ checks: { passes, fails, value: passes / (passes + fails) } })?.code).toBe('contradiction');
        expect(beside({ checks: { passes: passes + 1, fails: 0, value: 1 } })).toBeUndefined();
      }),
    );
  });
});

const copied = (root: Record<string, unknown>, from: string) => aliasOfABound(new Map([['/measured', from]]), '/measured', 0, undefined, { ...root, measured: 0 });

describe('a value aliased from under a tool\'s plural, judged by every key below the tool\'s measure', () => {
  it('is a copy of a run\'s tally when an outcome\'s tally sits below a measure under an entry named for a run', () => {
    fc.assert(
      fc.property(fc.constantFrom('fixtures', 'mocks', 'stubs'), fc.constantFrom('nightly_run', 'ci_run', 'rerun', 'weekly_run'), fc.constantFrom('call', 'calls', 'setup', 'teardown', 'requests', 'invocations'), fc.constantFrom('failed', 'errors', 'passed', 'skipped', 'failures'), (plural, entry, measure, tally) => {
        expect(copied({ [plural]: { [entry]: { [measure]: { [tally]: 0 } } } }, `/${plural}/${entry}/${measure}/${tally}`)?.code, `${plural}/${entry}/${measure}/${tally}`).toBe('vacuous');
      }),
    );
  });
  it('is the tool\'s own measure when what lies below the measure counts or times it', () => {
    fc.assert(
      fc.property(fc.constantFrom('fixtures', 'mocks', 'stubs'), fc.constantFrom('nightly_run', 'ci_run', 'db_session', 'pipeline_api'), fc.constantFrom('calls', 'setup', 'requests', 'invocations'), fc.constantFrom('total', 'count', 'duration_ms', 'unmatched', 'ms'), (plural, entry, measure, key) => {
        expect(copied({ [plural]: { [entry]: { [measure]: { [key]: 0 } } } }, `/${plural}/${entry}/${measure}/${key}`), `${plural}/${entry}/${measure}/${key}`).toBeUndefined();
      }),
    );
  });
  it('reads conftest\'s result of a template file by successes beside it, and a run word before a thing\'s noun as the thing', () => {
    fc.assert(
      fc.property(fc.constantFrom('job', 'workflow', 'pipeline', 'build', 'cronjob'), fc.constantFrom('yaml', 'yml', 'json'), fc.constantFrom('failures', 'warnings', 'exceptions'), (kind, ext, key) => {
        const file = `${kind}.${ext}`;
        expect(copied({ templates: { [file]: { successes: 3, failures: 0, warnings: 0, exceptions: 0 } } }, `/templates/${file}/${key}`), `${file}/${key} beside successes`).toBeUndefined();
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom('build', 'job', 'pipeline', 'run'), fc.constantFrom('dir', 'path', 'db', 'client', 'queue'), (run, thing) => {
        expect(copied({ fixtures: { [`${run}_${thing}`]: { duration_ms: 0 } } }, `/fixtures/${run}_${thing}/duration_ms`), `${run}_${thing}`).toBeUndefined();
        expect(copied({ fixtures: { [`nightly_${run}`]: { duration_ms: 0 } } }, `/fixtures/nightly_${run}/duration_ms`)?.code, `nightly_${run}`).toBe('vacuous');
      }),
    );
  });
});
