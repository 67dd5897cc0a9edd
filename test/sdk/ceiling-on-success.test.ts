import { describe, expect, it } from 'vitest';
import { ceilingOnSuccess } from '../../src/sdk/status-claims.js';

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
