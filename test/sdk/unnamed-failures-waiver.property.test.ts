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
  // Red team xw (closed session 42): what the shapes of test names below must not swallow.
  fc.constantFrom(
    'GHSA-2345-6789-cfgh', 'RUSTSEC-2024-0001', 'python3.11', 'release.v1.2', 'iOS17', 'macOS14', 'ubuntu-24.04', 'visual-studio-2022', 'rust-edition-2021', 'es2022',
    'TEST_TIMEOUT', 'TestFlight', 'TestNG', 'UnitTest', 'pytest', 'JUnit', 'test/fixtures', 'libregexp.c', 'quickjs.c', 'max_age', 'sha256',
    'https://github.com/acme/app/blob/main/tests/test_regexp.py', 'https://github.com/acme/app/blob/main/regexp_test.go#L12',
  ),
);
const word = fc.stringMatching(/^[a-z][a-z]{2,7}$/u);
const pascal = word.map((w) => w.charAt(0).toUpperCase() + w.slice(1));
/** The shapes runners print a test's name in, none with a number last after `-` or `_`. */
const shapedTestName = fc.oneof(
  fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => `test_${ws.join('_')}`),
  fc.tuple(pascal, pascal).map(([a, b]) => `test${a}${b}`),
  fc.tuple(pascal, word, fc.nat(9)).map(([a, b, n]) => `Test${a}/${b}_${n}`),
  fc.tuple(word, word, fc.nat(9)).map(([a, b, n]) => `test_${a}[${b}-${n}]`),
  fc.tuple(word, word).map(([a, b]) => `tests/test_${a}.py::${b}`),
  fc.tuple(pascal, word).map(([a, b]) => `${a}Test.${b}`),
  fc.tuple(pascal, word).map(([a, b]) => `${a}Test#${b}`),
  fc.tuple(word, word).map(([a, b]) => `//${a}:${b}_test`),
  fc.tuple(word, word).map(([a, b]) => `${a}::tests::${b}`),
  fc.tuple(word, fc.constantFrom('test', 'spec'), fc.constantFrom('ts', 'js', 'tsx')).map(([a, t, e]) => `${a}.${t}.${e}`),
  fc.tuple(word, word, fc.integer({ min: 0, max: 999 })).map(([a, b, n]) => `${a}.${b}.${n}`),
  fc.tuple(word, pascal, fc.integer({ min: 0, max: 999 })).map(([a, b, n]) => `${a}${b}${n}`),
  fc.tuple(word.filter((w) => !['windows', 'server', 'ubuntu', 'debian', 'runner', 'release', 'image', 'studio', 'edition', 'python', 'node'].includes(w)), word, fc.integer({ min: 1990, max: 2030 }))
    .filter(([a, b]) => ![a, b].some((w) => ['lts', 'std', 'sdk', 'iso', 'rfc', 'cve', 'ghsa', 'macos', 'linux', 'darwin', 'alpine', 'fedora', 'centos', 'rhel', 'msvc', 'xcode', 'office', 'visual', 'runners', 'images', 'platform', 'toolchain', 'toolset', 'standard', 'draft', 'spec', 'ecma', 'ecmascript', 'java', 'rust', 'clang', 'llvm', 'openssl', 'unicode', 'cldr', 'tzdata', 'nodejs', 'android', 'darwin', 'osx', 'win', 'cpp', 'cxx', 'jdk', 'gcc'].includes(w)))
    .map(([a, b, y]) => `${a}-${b}-${y}`),
);
/** Disguises a reader does not see: a look-alike letter, full width, an invisible character, a code span, bold. */
const disguised = fc.tuple(shapedTestName, fc.constantFrom('plain', 'cyrillic', 'fullwidth', 'invisible', 'code', 'bold')).map(([name, how]) => {
  if (how === 'cyrillic') return name.replace('e', '\u0435');
  if (how === 'fullwidth') return [...name].map((c) => (/[A-Za-z0-9]/u.test(c) ? String.fromCodePoint((c.codePointAt(0) as number) + 0xfee0) : c)).join('');
  if (how === 'invisible') return `${name.slice(0, 2)}\u200b${name.slice(2)}`;
  if (how === 'code') return `\`${name}\``;
  return how === 'bold' ? `**${name}**` : name;
});

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
  it('is not covered by a waiver naming a test in any shape a runner prints one (red team xw, closed session 42)', () => {
    fc.assert(
      fc.property(disguised, fc.array(notATest, { maxLength: 2 }), (name, others) => {
        const words = `${name} fails upstream (QuickJS regexp bug${others.map((o) => `, ${o}`).join('')})`;
        expect(itemsNotNamed([unnamed], words), words).toEqual(['1 more failure the evidence does not list by name']);
        expect(itemsNotNamed([bare], words), words).toEqual([]);
      }),
      { numRuns: 300 },
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
