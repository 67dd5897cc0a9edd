/** The units a threshold's limit is compared in (`unit`): what the artifact states, and exact conversion between units. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inUnit, unitStatedFor } from '../../src/sdk/index.js';

describe('unitStatedFor', () => {
  it('reads the unit in the number\'s name first, then a unit field beside it', () => {
    expect(unitStatedFor({ p99_latency_ms: 5, unit: 's' }, '/p99_latency_ms')).toEqual({ unit: 'ms', pointer: '/p99_latency_ms', inName: true });
    expect(unitStatedFor({ benchmarks: [{ value: 0.35, unit: ' S ' }] }, '/benchmarks/0/value')).toEqual({ unit: 's', pointer: '/benchmarks/0/unit', inName: false });
    expect(unitStatedFor({ value: 3, value_unit: 'GiB' }, '/value')).toMatchObject({ unit: 'gib', pointer: '/value_unit' });
    expect(unitStatedFor({ value: 3, units: { value: 'ms' } }, '/value')).toMatchObject({ unit: 'ms', pointer: '/units/value' });
  });

  it('states none for another quantity\'s unit, a blank one, or none at all', () => {
    expect(unitStatedFor({ value: 3, other_unit: 'ms' }, '/value')).toBeUndefined();
    expect(unitStatedFor({ value: 3, unit: '  ' }, '/value')).toBeUndefined();
    expect(unitStatedFor({ value: 3 }, '/value')).toBeUndefined();
  });
});

describe('inUnit', () => {
  it('converts times and sizes exactly where the decimal allows', () => {
    expect(inUnit(0.35, 's', 'ms')).toBe(350);
    expect(inUnit(350, 'ms', 's')).toBe(0.35);
    expect(inUnit(0.9, 'GiB', 'MiB')).toBe(921.6);
    expect(inUnit(2, 'min', 's')).toBe(120);
    expect(inUnit(1500, 'µs', 'ms')).toBe(1.5);
  });

  it('compares other units only as the same text, and never across dimensions', () => {
    expect(inUnit(85, '%', ' % ')).toBe(85);
    expect(inUnit(85, 'ops/s', 'ms')).toBeUndefined();
    expect(inUnit(1, 's', 'MiB')).toBeUndefined();
    expect(inUnit(1, 'ｓ', 's')).toBeUndefined();
  });

  it('a number converted to a smaller unit and back is the number (powers of ten and 1024 are exact ratios)', () => {
    const units = ['ns', 'us', 'ms', 's'] as const;
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), (n, a, b) => {
        const [from, to] = [units[Math.max(a, b)] as string, units[Math.min(a, b)] as string];
        const down = inUnit(n / 1000, from, to) as number;
        expect(inUnit(down, to, from)).toBeCloseTo(n / 1000, 12);
      }),
    );
  });
});

describe('unitStatedFor: a unit said for a whole object, and unit fields that name no unit', () => {
  it('reads a known unit said once above the number', () => {
    expect(unitStatedFor({ unit: 's', results: { p99: 0.35 } }, '/results/p99')).toEqual({ unit: 's', pointer: '/unit', inName: false });
    expect(unitStatedFor({ Units: 'ms', runs: [{ mean: 3 }] }, '/runs/0/mean')).toMatchObject({ unit: 'ms', pointer: '/Units' });
  });

  it('leaves a kind of test or prose in a unit field alone', () => {
    expect(unitStatedFor({ unit: 'integration', results: { pass_rate_pct: 95 } }, '/results/pass_rate_pct')).toBeUndefined();
    expect(unitStatedFor({ value: 3, unit: 'integration tests' }, '/value')).toBeUndefined();
    expect(unitStatedFor({ value: 3, unit: 'ops/s' }, '/value')).toMatchObject({ unit: 'ops/s' });
  });
});
