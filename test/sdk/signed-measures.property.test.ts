/**
 * A statistic's singular `error` is a measure that may be below zero or fractional (`mean_error: -0.3`), no failure
 * count; counts of errors stay counts whatever statistic names them (`mean_errors`, `error_count`) (red team th, session 32).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measurementContradiction, statusContradiction } from '../../src/sdk/status-claims.js';

const STATISTICS = ['mean', 'avg', 'median', 'rmse', 'mae', 'abs', 'signed', 'relative', 'residual', 'prediction', 'calibration'];
const COUNTS = ['errors', 'error_count', 'failed', 'failures', 'num_errors', 'failed_tests'];
const signed = fc.double({ min: -1e6, max: -1e-6, noNaN: true });

describe("a statistic's error", () => {
  it('is read as a measure below zero, by the measured value and beside it (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STATISTICS), fc.boolean(), signed, (stat, first, value) => {
        const name = first ? `${stat}_error` : `error_${stat}`;
        expect(measurementContradiction({ [name]: value }, `/${name}`, value), name).toBeUndefined();
        expect(measurementContradiction({ accuracy: 0.9, [name]: value }, '/accuracy', 0.9), name).toBeUndefined();
        expect(statusContradiction({ status: 'passed', passed: 3, [name]: value }, '/status', 'passed'), name).toBeUndefined();
      }),
    );
  });

  it('while a count of errors below zero is wrong_type, whatever statistic names it (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COUNTS), fc.constantFrom('', 'mean_', 'avg_'), fc.integer({ min: -1e6, max: -1 }), (count, stat, value) => {
        const name = `${stat}${count}`;
        expect(measurementContradiction({ [name]: value }, `/${name}`, value)?.code, name).toBe('wrong_type');
      }),
    );
  });

  it('a bare error holding a whole number stays a count; one holding a fraction is a rate', () => {
    expect(measurementContradiction({ error: -1 }, '/error', -1)?.code).toBe('wrong_type');
    expect(measurementContradiction({ accuracy: 0.93, error: 0.07 }, '/accuracy', 0.93)).toBeUndefined();
  });
});

describe('a deviation subject beside a whole count (review, session 32)', () => {
  it('regression_error: 3 or timing_error: 2 beside a pass is a failure count (contradiction); -0.4 or 0.3 there is a measure', () => {
    for (const key of ['regression_error', 'timing_error', 'clock_error', 'calibration_error']) {
      expect(statusContradiction({ status: 'pass', [key]: 3 }, '/status', 'pass')?.code, key).toBe('contradiction');
      for (const v of [-0.4, 0.3, -2]) expect(statusContradiction({ status: 'pass', [key]: v }, '/status', 'pass'), `${key}: ${v}`).toBeUndefined();
    }
  });
});
