// A waiver granted for a test by its numbered name does not cover failures the evidence lists with no name a reader can
// take for one (session 31 uc2, closed session 42); a waiver naming no test — advisories, versions, platforms, tracking
// ids — covers them whole, as does any waiver a failing status with no list at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemsNotNamed } from '../../src/core/waiver-items.js';
import '../helpers/fc-seed.js';

const unnamed = { id: 'status_allowed', status: 'fail' as const, code: 'status_not_allowed', message: 'fail', failing_more: 1 };
const bare = { id: 'status_allowed', status: 'fail' as const, code: 'status_not_allowed', message: 'fail' };
const part = fc.stringMatching(/^[a-z][a-z0-9]{1,7}$/u);
const testName = fc.tuple(fc.array(part, { minLength: 2, maxLength: 4 }), fc.constantFrom('-', '_'), fc.integer({ min: 0, max: 1899 })).map(([parts, joiner, n]) => `${parts.join(joiner)}${joiner}${n}`);
const notATest = fc.oneof(
  fc.integer({ min: 1999, max: 2030 }).chain((y) => fc.integer({ min: 1, max: 99999 }).map((n) => `CVE-${y}-${n}`)),
  fc.tuple(fc.nat(30), fc.nat(30), fc.nat(30)).map(([a, b, c]) => `v${a}.${b}.${c}`),
  fc.tuple(fc.constantFrom('node', 'python', 'go', 'rust'), fc.integer({ min: 1, max: 40 })).map(([p, n]) => `${p}-${n}`),
  fc.tuple(fc.constantFrom('windows-server', 'ubuntu-lts', 'macos-runner'), fc.integer({ min: 1990, max: 2030 })).map(([p, y]) => `${p}-${y}`),
  fc.tuple(fc.stringMatching(/^[a-z0-9]{4}$/u), fc.nat(9), fc.nat(9)).map(([h, a, b]) => `bd-${h}.${a}.${b}`),
  fc.constantFrom('x86_64-linux-gnu', 'aarch64-apple-darwin', 'UTF-8', 'https://github.com/acme/app/blob/main/tests/qjs-regexp-2.js'),
);

describe('a failure the evidence lists with no name', () => {
  it('is not covered by a waiver naming a test by a numbered name', () => {
    fc.assert(
      fc.property(testName, (name) => {
        expect(itemsNotNamed([unnamed], `${name} fails upstream (QuickJS regexp bug)`), name).toEqual(['1 more failure the evidence does not list by name']);
        // A failing status that lists nothing at all is covered whole, as before items were listed.
        expect(itemsNotNamed([bare], `${name} fails upstream (QuickJS regexp bug)`), name).toEqual([]);
      }),
    );
  });
  it('is covered by a waiver naming no test', () => {
    fc.assert(
      fc.property(fc.array(notATest, { minLength: 1, maxLength: 4 }), (names) => {
        expect(itemsNotNamed([unnamed], `upstream QuickJS regexp bug: ${names.join(', ')}`), names.join(', ')).toEqual([]);
      }),
    );
  });
});
