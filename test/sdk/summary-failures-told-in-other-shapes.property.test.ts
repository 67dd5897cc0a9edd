// A summary beside a pass that tells a failure in the other shapes a CI summary writes it in (helper fh, session 48;
// red team ra): a share in other units (`2 percent failed`, `２% failed`, `2‰ failed`, `Failure rate 2%`), a pass rate with
// its count in other marks (`Pass rate: 99.8% [411/412]`, `98% passed (404/412)`), a share of places named in more words
// (`on 2 of 3 matrix jobs`, `on ２ of ３ shards`), references in other shapes (`(!1234)`, `(#1234 #1235)`, `(#1234) on
// Windows`), and members listed with their outcomes between other separators or under other label shapes (`lint: ok /
// build: failed`, `[lint] ok; [build] failed`, `build: error`). Each is a contradiction; the same shapes telling none,
// and a member's failure whose label carries the CI setting that tolerates it, pass.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (text: string) => statusContradiction({ status: 'pass', summary: text }, '/status', 'pass');
const fullWidth = (s: string): string => s.replace(/[0-9%#]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const subject = fc.constantFrom('Build', 'Tests', 'Deploy', 'e2e tests', 'Integration tests');

describe('a failure told in other shapes beside a pass', () => {
  it('as a share in other units or label shapes is a contradiction; a share of none passes (property)', () => {
    const shape = fc.constantFrom(
      (n: string) => `${n} percent failed`,
      (n: string) => `${n} pct failed`,
      (n: string) => `${n} per cent of tests failed`,
      (n: string) => fullWidth(`${n}% failed`),
      (n: string) => `${n}%failed`,
      (n: string) => `${n}% errors`,
      (n: string) => `${n}% of 412 tests failed`,
      (n: string) => `Failure rate: ${n} percent`,
      (n: string) => `Failure rate – ${n}%`,
      (n: string) => `Failure rate ${n}%`,
      (n: string) => `Failure rate is ${n}%`,
      (n: string) => `Fail %: ${n}`,
      (n: string) => `Failure rate: ${n}% of 412`,
    );
    fc.assert(
      fc.property(shape, fc.integer({ min: 1, max: 99 }), (s, n) => {
        expect(beside(s(String(n)))?.code, s(String(n))).toBe('contradiction');
        expect(beside(s('0')), s('0')).toBeUndefined();
      }),
    );
    for (const sound of ['Max failure rate 5%', 'Flaky rate 2%', '2% warnings', '0‰ failed']) expect(beside(sound), sound).toBeUndefined();
    expect(beside('2‰ failed')?.code).toBe('contradiction');
    expect(beside('.5% failed')?.code).toBe('contradiction');
  });

  it('as a pass rate whose count in other marks leaves items not passed is a contradiction; a count of all passes (property)', () => {
    const shape = fc.constantFrom(
      (p: string, a: number, b: number) => `Pass rate: ${p}% [${a}/${b}]`,
      (p: string, a: number, b: number) => `Pass rate: ${p}% · ${a}/${b}`,
      (p: string, a: number, b: number) => `Pass rate: ${p}% — ${a}/${b}`,
      (p: string, a: number, b: number) => `Pass rate: ${p}%, ${a}/${b}`,
      (p: string, a: number, b: number) => `Pass rate: ${p}% (${a}/${b} passed)`,
      (p: string, a: number, b: number) => `Pass rate ${p}% (${a}/${b})`,
      (p: string, a: number, b: number) => `Passed: ${p}% (${a}/${b})`,
      (p: string, a: number, b: number) => `Passing: ${p}% (${a}/${b})`,
      (p: string, a: number, b: number) => `${p}% passed (${a}/${b})`,
    );
    fc.assert(
      fc.property(shape, fc.integer({ min: 2, max: 5000 }), fc.integer({ min: 1, max: 50 }), (s, whole, missing) => {
        const part = Math.max(0, whole - missing);
        const text = s(((100 * part) / whole).toFixed(1), part, whole);
        expect(beside(text)?.code, text).toBe('contradiction');
        expect(beside(s('100', whole, whole)), s('100', whole, whole)).toBeUndefined();
      }),
    );
  });

  it('on a share of places named in more words is a contradiction; a share of none passes (property)', () => {
    const place = fc.constantFrom('matrix jobs', 'CI shards', 'Linux runners', 'platforms', 'shards', '');
    const prep = fc.constantFrom('on', 'in', 'across', 'for');
    const tail = fc.constantFrom('', ' (#1234)', '; passed on 1');
    fc.assert(
      fc.property(subject, prep, fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 9 }), place, tail, fc.boolean(), (s, p, part, more, where, after, wide) => {
        const digits = (n: number): string => (wide ? fullWidth(String(n)) : String(n));
        const text = `${s} failed ${p} ${digits(part)} of ${digits(part + more)}${where === '' ? '' : ` ${where}`}${after}`;
        expect(beside(text)?.code, text).toBe('contradiction');
        if (where !== '') expect(beside(`${s} failed ${p} 0 of ${digits(part + more)} ${where}`)).toBeUndefined();
      }),
    );
    for (const sound of ['Tests failed on 2 of 3 flaky runners', 'Tests failed on 2 of 3 attempts']) expect(beside(sound), sound).toBeUndefined();
  });

  it('before references in other shapes is a contradiction; a fix note before them passes (property)', () => {
    const reference = fc.constantFrom(
      (n: number) => `(!${n})`,
      (n: number) => `(#${n} #${n + 1})`,
      (n: number) => fullWidth(`(#${n})`),
      (n: number) => `(#${n}) (#${n + 1})`,
      (n: number) => `(#${n}) on Windows`,
    );
    fc.assert(
      fc.property(subject, reference, fc.integer({ min: 1, max: 99999 }), (s, r, n) => {
        expect(beside(`${s} failed ${r(n)}`)?.code, `${s} failed ${r(n)}`).toBe('contradiction');
        expect(beside(`Fixed: ${s.toLowerCase()} failed ${r(n)}`), `Fixed: ${s} failed ${r(n)}`).toBeUndefined();
        expect(beside(`0 tests failed ${r(n)}`)).toBeUndefined();
      }),
    );
    expect(beside('Build failed on 2 runners (#1234)')?.code).toBe('contradiction');
    expect(beside('Build failed in 3f2a9c1 (#1234)')?.code).toBe('contradiction');
  });

  it('of a member among outcomes listed in other shapes is a contradiction; the same lists of passes pass (property)', () => {
    const part = fc.constantFrom(
      (l: string, o: string) => `${l}: ${o}`,
      (l: string, o: string) => `${l} ${o}`,
      (l: string, o: string) => `${l} - ${o}`,
      (l: string, o: string) => `[${l}] ${o}`,
      (l: string, o: string) => `${l}(${o})`,
      (l: string, o: string) => `${l}=${o}`,
    );
    const separator = fc.constantFrom('; ', ' / ', ' · ', '\t', ', ', ' — ', ' | ', '\n- ');
    const pass = fc.constantFrom('ok', 'OK', 'passed', 'pass', 'green', 'skipped', 'skip', '✓');
    const failure = fc.constantFrom('failed', 'FAILED', 'fail', 'error', 'errors', 'timeout', 'red', 'crashed', '❌');
    const labels = fc.shuffledSubarray(['lint', 'build', 'test', 'docs', 'e2e', 'typecheck'], { minLength: 2, maxLength: 5 });
    fc.assert(
      fc.property(part, separator, labels, fc.nat(), pass, failure, (p, sep, ls, at, ok, bad) => {
        const failed = at % ls.length;
        const bulleted = sep.startsWith('\n') ? '- ' : '';
        const joined = (o: (i: number) => string): string => bulleted + ls.map((l, i) => p(l, o(i))).join(sep);
        const text = joined((i) => (i === failed ? bad : ok));
        // A failure mark (`❌`) is drawn only after a label's colon; under the other label shapes it is left as before.
        if (p('x', 'y').includes(':') || /\p{L}/u.test(bad)) expect(beside(text)?.code, JSON.stringify(text)).toBe('contradiction');
        expect(beside(joined(() => ok)), JSON.stringify(joined(() => ok))).toBeUndefined();
      }),
    );
    for (const sound of ['Build failed, rerun passed', 'Build failed; auto-retry passed', 'lint: ok; build: 0 errors; test: ok']) expect(beside(sound), sound).toBeUndefined();
  });

  it('of a member whose label carries the CI setting tolerating it passes; set false it fails (property)', () => {
    const setting = fc.constantFrom('allow_failure', 'continue-on-error', 'soft_fail');
    const bracket = fc.constantFrom(['(', ')'], ['[', ']']);
    fc.assert(
      fc.property(setting, bracket, fc.constantFrom('nightly', 'canary', 'docs'), (s, [o, c], m) => {
        expect(beside(`lint: ok; ${m} ${o}${s}${c}: failed; test: ok`), `${m} ${o}${s}${c}: failed`).toBeUndefined();
        expect(beside(`${m} ${o}${s}${c}: failed`)).toBeUndefined();
        expect(beside(`lint: ok; ${m} ${o}${s}: false${c}: failed; test: ok`)?.code).toBe('contradiction');
        expect(beside(`lint: ok; ${m} ${o}${s}${c}: ok; build: failed`)?.code).toBe('contradiction');
      }),
    );
  });
});
