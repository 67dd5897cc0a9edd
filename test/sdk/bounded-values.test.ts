/**
 * json_schema reads a number its schema bounds as threshold reads the one it compares (red team tj, session 41): a
 * bounded number its own report denies fails; one the schema leaves unbounded, or that sits in a list, is the schema's.
 */
import { describe, expect, it } from 'vitest';
import { boundedValueDenied } from '../../src/sdk/bounded-values.js';

const numbers = { inexact: new Map<string, string>(), nonInteger: new Set<string>() };
const always = (): boolean => true;

describe('boundedValueDenied', () => {
  it('reads a bounded number at the top and in an object there against its own report', () => {
    expect(boundedValueDenied({ pass_rate_pct: 100, total: 10, passed: 7 }, always, numbers)?.code).toBe('inconsistent_counts');
    expect(boundedValueDenied({ p99_ms: 120, samples: [] }, always, numbers)?.code).toBe('vacuous');
    expect(boundedValueDenied({ summary: { pass_rate: 1, tests: 2 }, tests: [{ name: 'b', status: 'failed' }] }, always, numbers)?.pointer).toBe('/tests/0/status');
    expect(boundedValueDenied({ pass_rate_pct: 100, total: 10, passed: 7 }, always, numbers)?.message).toMatch(/^\/pass_rate_pct is 100/u);
  });
  it('leaves a number the schema does not bound, one its report bears out, and numbers in lists', () => {
    expect(boundedValueDenied({ pass_rate_pct: 100, total: 10, passed: 7 }, () => false, numbers)).toBeUndefined();
    expect(boundedValueDenied({ pass_rate_pct: 90, total: 10, passed: 9, failed: 1 }, always, numbers)).toBeUndefined();
    expect(boundedValueDenied({ benchmarks: [{ mean_ms: 10, samples: [] }] }, always, numbers)).toBeUndefined();
  });
  it('asks the schema only about numbers its report denies', () => {
    const asked: string[] = [];
    boundedValueDenied({ p99_ms: 120, samples: [1, 2], pass_rate_pct: 100, total: 10, passed: 7 }, (p) => (asked.push(p), true), numbers);
    expect(asked).toEqual(['/pass_rate_pct']);
  });
});
