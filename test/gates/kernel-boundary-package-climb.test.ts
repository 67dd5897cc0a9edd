import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leavesItsPackage } from '../../gates/kernel-boundary/ts-resolve.js';

describe('leavesItsPackage: a bare specifier\'s subpath that climbs out of its package is a path, not the package', () => {
  it('tells a climb out of the package from one that stays in it', () => {
    expect(leavesItsPackage('react', '/../../src/store/db')).toBe(true);
    expect(leavesItsPackage('react', '/..')).toBe(true);
    expect(leavesItsPackage('@scope/pkg', '/../other')).toBe(true);
    expect(leavesItsPackage('@scope/pkg', '/lib/../../../x')).toBe(true);
    expect(leavesItsPackage('react', '/cjs/../index.js')).toBe(false);
    expect(leavesItsPackage('react', '/a..b/c')).toBe(false);
    expect(leavesItsPackage('react', '/jsx-runtime')).toBe(false);
    expect(leavesItsPackage('react', '')).toBe(false);
  });

  it('any subpath leaves the package exactly when the walk of its segments ends outside the package directory', () => {
    const segment = fc.constantFrom('..', '.', 'lib', 'x', 'a..b');
    fc.assert(
      fc.property(fc.constantFrom('react', '@scope/pkg', 'left-pad'), fc.array(segment, { minLength: 1, maxLength: 8 }), (name, segments) => {
        // The directory walk Node and tsc do when they join the subpath to node_modules/<name>, segment by segment.
        const own = name.split('/');
        const at = ['node_modules', ...own];
        for (const s of segments) {
          if (s === '..') at.pop();
          else if (s !== '.') at.push(s);
        }
        const inside = at.length > own.length && own.every((part, k) => at[k + 1] === part);
        expect(leavesItsPackage(name, `/${segments.join('/')}`)).toBe(!inside);
      }),
    );
  });
});
