/** The units a threshold's limit is compared in (`unit`): what the artifact states, and exact conversion between units. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inUnit, inUnitRange, negativeInStatedUnit, type StatedUnit, unitStatedFor } from '../../src/sdk/index.js';

describe('unitStatedFor', () => {
  it('reads the unit in the number\'s name first, then a unit field beside it', () => {
    // The name's unit is read, and a unit field beside it saying another is kept to fail on (red team zf).
    expect(unitStatedFor({ p99_latency_ms: 5, unit: 's' }, '/p99_latency_ms')).toEqual({ unit: 'ms', pointer: '/p99_latency_ms', inName: true, disagrees: { unit: 's', pointer: '/unit' } });
    expect(unitStatedFor({ peak_rss_mb: 5, unit: 'MiB' }, '/peak_rss_mb')).toEqual({ unit: 'mb', pointer: '/peak_rss_mb', inName: true });
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

describe('unitStatedFor: units in disguise, in lists, twice or per a unit (red team zf)', () => {
  it('states a unit a reader sees in markup, invisibles, look-alikes or a phrase as written, so no gate unit converts it', () => {
    for (const written of ['<b>sec</b>', 'seconds\u200b\u200b', 'in seconds', '\u0455econds (wall)', '\uff4d\uff49\uff4c\uff4c\uff49\uff53\uff45\uff43\uff4f\uff4e\uff44\uff53', 'sec.']) {
      const stated = unitStatedFor({ value: 0.35, unit: written }, '/value');
      expect(stated?.pointer).toBe('/unit');
      expect(inUnit(0.35, stated?.unit as string, 'ms')).toBeUndefined();
    }
    expect(unitStatedFor({ unit: '\u0455', results: { p99: 0.35 } }, '/results/p99')).toMatchObject({ unit: '\u0455', pointer: '/unit' });
    expect(unitStatedFor({ unit: 'seconds (wall)', results: { p99: 0.35 } }, '/results/p99')).toMatchObject({ pointer: '/unit' });
  });

  it('states a unit held in a list or described by an object, but reads a map of units by quantity member by member', () => {
    expect(unitStatedFor({ value: 0.35, unit: ['s'] }, '/value')).toMatchObject({ unit: '["s"]', pointer: '/unit' });
    expect(unitStatedFor({ value: 0.35, unit: { symbol: 's' } }, '/value')).toMatchObject({ pointer: '/unit' });
    expect(unitStatedFor({ value: 3, units: { p50: 'ms' } }, '/value')).toBeUndefined();
    expect(unitStatedFor({ value: 3, units: { value: 'ms' } }, '/value')).toMatchObject({ unit: 'ms', pointer: '/units/value' });
    expect(unitStatedFor({ value: 0.35, unit: null }, '/value')).toBeUndefined();
  });

  it('reads a map of units above keyed by the entry\'s name', () => {
    expect(unitStatedFor({ units: { p99: 's' }, benchmarks: [{ name: 'p99', value: 0.35 }] }, '/benchmarks/0/value')).toMatchObject({ unit: 's', pointer: '/units/p99' });
    expect(unitStatedFor({ units: { p50: 's' }, benchmarks: [{ name: 'p99', value: 0.35 }] }, '/benchmarks/0/value')).toBeUndefined();
  });

  it('says when two statements in one place name two units, and not when they name one', () => {
    expect(unitStatedFor({ value: 0.35, unit: 'ms', units: 's' }, '/value')?.disagrees).toEqual({ unit: 's', pointer: '/units' });
    expect(unitStatedFor({ value: 0.35, unit: 'ms', value_unit: 's' }, '/value')?.disagrees).toEqual({ unit: 's', pointer: '/value_unit' });
    expect(unitStatedFor({ unit: 'ms', units: 's', r: { p99: 0.35 } }, '/r/p99')?.disagrees).toMatchObject({ unit: 's' });
    expect(unitStatedFor({ value: 0.35, unit: 's', units: 'seconds' }, '/value')?.disagrees).toBeUndefined();
    // A decimal-or-binary size never agrees with its binary name: which one was meant is not said.
    expect(unitStatedFor({ value: 1, unit: 'MB', units: 'MiB' }, '/value')?.disagrees).toMatchObject({ unit: 'mib' });
    // The nearest statement wins: an entry overrides its file.
    expect(unitStatedFor({ unit: 'ns', b: [{ value: 0.35, unit: 's' }] }, '/b/0/value')).toMatchObject({ unit: 's', pointer: '/b/0/unit' });
  });

  it('reads a rate per a unit as in no unit a gate converts from', () => {
    expect(unitStatedFor({ errors_per_second: 0.5 }, '/errors_per_second')).toMatchObject({ unit: '/second', inName: true });
    expect(inUnit(0.5, '/second', 'min')).toBeUndefined();
  });

  it('leaves a part of the code named in a unit field above alone', () => {
    expect(unitStatedFor({ unit: 'parser', results: { pass_rate: 95 } }, '/results/pass_rate')).toBeUndefined();
  });
});

describe('negativeInStatedUnit (red team zf)', () => {
  it('a time or size below zero whose unit is stated beside or above it, unless named a change or a margin', () => {
    const doc = { benchmarks: [{ name: 'p99', value: -0.35, unit: 's' }, { name: 'clock_skew', value: -3, unit: 'ms' }] };
    const at = (i: number): boolean => negativeInStatedUnit(doc, `/benchmarks/${i}/value`, doc.benchmarks[i]?.value as number, unitStatedFor(doc, `/benchmarks/${i}/value`) as StatedUnit);
    expect(at(0)).toBe(true);
    expect(at(1)).toBe(false);
  });
});

describe('inUnitRange (red team zf)', () => {
  it('gives both readings of a decimal-or-binary size, and one for binary or same-text units', () => {
    expect(inUnitRange(0.5, 'GB', 'MiB')).toEqual({ low: 476.837158203125, high: 512, binary: 512 });
    expect(inUnitRange(0.5, 'GiB', 'MiB')).toEqual({ low: 512, high: 512, binary: 512 });
    expect(inUnitRange(3, 'MB', 'mb')).toEqual({ low: 3, high: 3, binary: 3 });
    expect(inUnitRange(2, 'hours', 'min')).toEqual({ low: 120, high: 120, binary: 120 });
  });

  it('converts exactly in decimal where the result has a finite decimal form, and never to zero from a nonzero number', () => {
    expect(1.005 * 1000).not.toBe(1005);
    expect(inUnit(1.005, 's', 'ms')).toBe(1005);
    expect(inUnit(1005, 'ms', 's')).toBe(1.005);
    expect(inUnit(90, 's', 'min')).toBe(1.5);
    expect(inUnit(5e-324, 'ns', 'min')).toBeGreaterThan(0);
    expect(inUnit(-5e-324, 'ns', 'min')).toBeLessThan(0);
    expect(inUnit(1e300, 'min', 'ns')).toBe(Number.POSITIVE_INFINITY);
  });

  it('a decimal number of seconds is the decimal number of milliseconds its digits shifted say (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }), (digits, places) => {
        const seconds = Number(`${digits}e-${places}`);
        expect(inUnit(seconds, 's', 'ms')).toBe(Number(`${digits}e${3 - places}`));
        expect(inUnit(seconds, 's', 'us')).toBe(Number(`${digits}e${6 - places}`));
      }),
    );
  });
});

describe('unitStatedFor: a unit in the name of an object above, and names denied beside (red team zf)', () => {
  it('reads the unit in the name of the nearest object above as in the pointer', () => {
    expect(unitStatedFor({ latency_s: { p99: 0.35 } }, '/latency_s/p99')).toEqual({ unit: 's', pointer: '/latency_s', inName: true });
    expect(unitStatedFor({ timings_ms: [{ name: 'a', value: 3 }] }, '/timings_ms/0/value')).toMatchObject({ unit: 'ms', inName: true });
    expect(unitStatedFor({ latency_s: { p99: 350, unit: 'ms' } }, '/latency_s/p99')?.disagrees).toMatchObject({ unit: 'ms' });
  });

  it('a unit beside a named number that reads as another unit of its dimension denies its name; one of another dimension does not', () => {
    expect(unitStatedFor({ p99_latency_ms: 0.35, unit: '\u0455' }, '/p99_latency_ms')?.disagrees).toEqual({ unit: '\u0455', pointer: '/unit' });
    expect(unitStatedFor({ build_s: 3, unit: '%' }, '/build_s')?.disagrees).toBeUndefined();
    expect(unitStatedFor({ build_s: 3, unit: 'seconds' }, '/build_s')?.disagrees).toBeUndefined();
  });
});

describe('unitStatedFor: a unit in a metadata object beside or above (red team zf)', () => {
  it('reads meta.unit beside the number and above it, and another entry\'s unit not at all', () => {
    expect(unitStatedFor({ value: 0.35, meta: { unit: 's' } }, '/value')).toMatchObject({ unit: 's', pointer: '/meta/unit' });
    expect(unitStatedFor({ metadata: { unit: 's' }, results: { p99: 0.35 } }, '/results/p99')).toMatchObject({ unit: 's', pointer: '/metadata/unit' });
    expect(unitStatedFor({ value: 0.35, baseline: { value: 300, unit: 'ms' } }, '/value')).toBeUndefined();
  });
});

describe('unitStatedFor: other names of a unit field (red team zf)', () => {
  it('reads uom and unit_of_measure beside and above the number', () => {
    expect(unitStatedFor({ value: 0.35, uom: 's' }, '/value')).toMatchObject({ unit: 's', pointer: '/uom' });
    expect(unitStatedFor({ value: 0.35, unit_of_measure: 's' }, '/value')).toMatchObject({ unit: 's', pointer: '/unit_of_measure' });
    expect(unitStatedFor({ unitOfMeasure: 's', results: { p99: 0.35 } }, '/results/p99')).toMatchObject({ unit: 's', pointer: '/unitOfMeasure' });
    expect(unitStatedFor({ value: 0.35, display_unit: 's' }, '/value')).toBeUndefined();
  });
});
