import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepStrings, keptString } from '../../src/scan/kept-strings.js';

describe('keepStrings: strings a scan keeps are copies, the structure unchanged', () => {
  it('keeps every value, shared arrays once, and leaves frozen and typed arrays alone', () => {
    const scope = ['a_module_name_longer_than_thirteen'];
    const frozen = Object.freeze([] as string[]);
    const nums = Uint16Array.from([1, 2]);
    const scan = { edges: [{ path: 'crate::session_orchestration::Store', scope }, { path: 'x', scope }], none: frozen, nums, n: 3, flag: true, nothing: undefined };
    const kept = keepStrings(scan);
    expect(kept).toBe(scan);
    expect(kept.edges[0]?.scope).toBe(kept.edges[1]?.scope);
    expect(kept.none).toBe(frozen);
    expect(kept.nums).toBe(nums);
    expect(kept).toEqual({ edges: [{ path: 'crate::session_orchestration::Store', scope: ['a_module_name_longer_than_thirteen'] }, { path: 'x', scope: ['a_module_name_longer_than_thirteen'] }], none: [], nums: Uint16Array.from([1, 2]), n: 3, flag: true, nothing: undefined });
  });

  it('a cycle is walked once', () => {
    const a: { self?: unknown; name: string } = { name: 'a'.repeat(20) };
    a.self = a;
    expect(keepStrings(a).self).toBe(a);
  });

  it('property: a kept string equals the string, wherever it was cut from', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.nat(), fc.nat(), (text, i, j) => {
        const [from, to] = [Math.min(i, j) % (text.length + 1), Math.max(i, j) % (text.length + 1)];
        const cut = text.slice(from, Math.max(from, to));
        expect(keptString(cut)).toBe(cut);
        expect(keepStrings({ v: [cut] }).v[0]).toBe(cut);
      }),
    );
  });
});
