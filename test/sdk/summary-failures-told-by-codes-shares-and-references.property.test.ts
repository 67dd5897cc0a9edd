// A summary beside a pass that tells a failure in a shape the count and word readers once let through (helper fb,
// session 48): a member named by a commit hash or a version (`Build 3f2a9c1 failed`, `1.2.3 failed`), a failure with a
// count of its errors (`Build failed with 2 errors`, `tsc: Found 2 errors`, cargo's `could not compile`), a process's
// end by a code above zero or a crash (`Process completed with exit code 1.`, `make: *** [all] Error 2`, `Segmentation
// fault (core dumped)`), a failure on a share of places (`Tests failed on 2 of 3 shards`), failures as a share above
// zero (`2% failed`, `Failure rate: 2%`, `Pass rate: 99.8% (411/412)`), a failure before an issue reference (`Build
// failed (#1234)`), and one labelled member's failure among others (`lint: ok; build: failed; test: skipped`). Each is a
// contradiction, drawn over names, numbers and spellings; the same shapes telling none still pass.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (text: string) => statusContradiction({ status: 'pass', summary: text }, '/status', 'pass');
const subject = fc.constantFrom('Build', 'Deploy', 'Release', 'Tests', 'Compilation', 'build', 'e2e tests', 'Integration tests');
const some = fc.integer({ min: 1, max: 999 });
const hexLetter = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
/** A short commit hash that opens with a digit and holds a letter among its hex digits. */
const hash = fc
  .tuple(fc.integer({ min: 1, max: 9 }), hexLetter, fc.stringMatching(/^[0-9a-f]{5,12}$/))
  .map(([d, l, rest]) => `${d}${l}${rest}`)
  // A hash opening with a digit and `add` (`1add0aa failed`) is read as a count of additions: red-team-open
  // artifact_status/hash_or_version_name_in_other_shapes holds it.
  .filter((h) => !/^\dadd/u.test(h));
const version = fc.tuple(fc.nat({ max: 20 }), fc.nat({ max: 20 }), fc.nat({ max: 20 }), fc.constantFrom('', 'v')).map(([a, b, c, v]) => `${v}${a}.${b}.${c}`);

describe('a failure told in a summary beside a pass', () => {
  it('of a member named by a commit hash or a version is a contradiction (property)', () => {
    const wording = fc.constantFrom(
      (s: string, n: string) => `${s} ${n} failed`,
      (_s: string, n: string) => `${n} failed`,
      (s: string, n: string) => `${s} failed at ${n}`,
      (_s: string, n: string) => `commit ${n} failed`,
      (_s: string, n: string) => `${n} release failed`,
      (_s: string, n: string) => `${n} failed to publish`,
    );
    fc.assert(
      fc.property(subject, fc.oneof(hash, version), wording, (s, n, w) => {
        const text = w(s, n);
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
  });

  it('with a count of errors above zero is a contradiction, and with none passes (property)', () => {
    const ended = fc.constantFrom('failed', 'errored');
    const noun = fc.constantFrom('errors', 'error', 'failures');
    fc.assert(
      fc.property(subject, ended, some, noun, (s, e, n, u) => {
        expect(beside(`${s} ${e} with ${n} ${u}`)?.code, `${s} ${e} with ${n} ${u}`).toBe('contradiction');
        expect(beside(`${s} ${e} due to ${n} ${u}`)?.code).toBe('contradiction');
        expect(beside(`tsc: Found ${n} errors`)?.code).toBe('contradiction');
        expect(beside(`error: could not compile \`app\` due to ${n} previous errors`)?.code).toBe('contradiction');
        expect(beside(`${s} ${e} with 0 ${u}`)).toBeUndefined();
        expect(beside(`${s} succeeded with ${n} warnings`)).toBeUndefined();
        expect(beside(`tsc: Found 0 errors`)).toBeUndefined();
      }),
    );
  });

  it('as an exit code above zero or a crash is a contradiction; a clean exit passes (property)', () => {
    const exit = fc.constantFrom(
      (c: number) => `Error: Process completed with exit code ${c}.`,
      (c: number) => `Process exited with code ${c}`,
      (c: number) => `Build exited with status ${c}`,
      (c: number) => `build exited ${c}`,
      (c: number) => `exit status ${c}`,
      (c: number) => `Build failed with exit code ${c}`,
      (c: number) => `make: *** [all] Error ${c}`,
    );
    const crash = fc.constantFrom('Segmentation fault (core dumped)', 'segfault in build', 'Bus error', 'SIGSEGV in worker', 'Illegal instruction (core dumped)');
    fc.assert(
      fc.property(exit, fc.integer({ min: 1, max: 255 }), crash, (e, c, k) => {
        expect(beside(e(c))?.code, e(c)).toBe('contradiction');
        expect(beside(k)?.code, k).toBe('contradiction');
        // A clean code, and make's own word for an error it was told to ignore, tell none.
        if (!e(0).startsWith('make') && !e(0).startsWith('Build failed')) expect(beside(e(0)), e(0)).toBeUndefined();
        expect(beside(`make: *** [all] Error ${c} (ignored)`)).toBeUndefined();
      }),
    );
    for (const sound of ['segfault handler installed', 'No segfaults', 'Fixed segfault in parser']) expect(beside(sound), sound).toBeUndefined();
  });

  it('on a share of places above zero is a contradiction; on none of them passes (property)', () => {
    const place = fc.constantFrom('shards', 'runners', 'nodes', 'workers', 'browsers');
    fc.assert(
      fc.property(subject, fc.integer({ min: 2, max: 20 }), fc.integer({ min: 1, max: 20 }), place, fc.boolean(), (s, whole, k, p, slash) => {
        const part = Math.min(k, whole);
        const share = (n: number) => (slash ? `${n}/${whole}` : `${n} of ${whole}`);
        expect(beside(`${s} failed on ${share(part)} ${p}`)?.code, `${s} failed on ${share(part)} ${p}`).toBe('contradiction');
        expect(beside(`${s} failed on ${share(0)} ${p}`)).toBeUndefined();
        expect(beside(`${whole} of ${whole} ${p} passed`)).toBeUndefined();
      }),
    );
  });

  it('as a share above zero is a contradiction; a share of none passes (property)', () => {
    const percent = fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 9 }), fc.boolean()).map(([w, f, dec]) => (dec ? `${w}.${f}` : `${w + 1}`));
    const label = fc.constantFrom('Failures', 'Failure rate', 'Fail rate', 'Error rate', 'Test failure rate');
    fc.assert(
      fc.property(percent, label, fc.integer({ min: 2, max: 5000 }), fc.integer({ min: 1, max: 50 }), (p, l, total, missing) => {
        expect(beside(`${p}% failed`)?.code, `${p}% failed`).toBe('contradiction');
        expect(beside(`${p}% of tests failed`)?.code).toBe('contradiction');
        expect(beside(`${l}: ${p}%`)?.code, `${l}: ${p}%`).toBe('contradiction');
        const passed = Math.max(1, total - missing);
        expect(beside(`Pass rate: 99% (${passed}/${total})`)?.code).toBe('contradiction');
        expect(beside('0% failed')).toBeUndefined();
        expect(beside(`${l}: 0.0%`)).toBeUndefined();
        expect(beside(`Pass rate: 100% (${total}/${total})`)).toBeUndefined();
        expect(beside(`Max failure rate: ${p}%`)).toBeUndefined();
      }),
    );
  });

  it('before an issue reference is a contradiction; a tolerance before it still tolerates (property)', () => {
    const reference = fc.constantFrom((n: number) => `(#${n})`, (n: number) => `[#${n}]`, (n: number) => `\u2013 #${n}`, (n: number) => `#${n}`);
    fc.assert(
      fc.property(subject, reference, fc.integer({ min: 1, max: 99999 }), (s, r, n) => {
        expect(beside(`${s} failed ${r(n)}`)?.code, `${s} failed ${r(n)}`).toBe('contradiction');
        expect(beside(`${s} passed ${r(n)}`)).toBeUndefined();
        expect(beside(`Fixed: ${s.toLowerCase()} failed on Safari ${r(n)}`)).toBeUndefined();
      }),
    );
  });

  it('of one labelled member among others is a contradiction; members without a failure pass (property)', () => {
    const member = fc.constantFrom('lint', 'build', 'test', 'docs', 'deploy', 'e2e', 'typecheck');
    const sound = fc.constantFrom('ok', 'passed', 'skipped', 'success');
    const mark = fc.constantFrom('; ', ' | ', '\n');
    fc.assert(
      fc.property(fc.uniqueArray(member, { minLength: 3, maxLength: 3 }), sound, sound, mark, fc.nat({ max: 2 }), (names, a, b, m, at) => {
        const outcomes = [a, b];
        const parts = names.map((n, i) => (i === at ? `${n}: failed` : `${n}: ${outcomes.pop() as string}`));
        expect(beside(parts.join(m))?.code, parts.join(m)).toBe('contradiction');
        const none = names.map((n, i) => `${n}: ${i === at ? a : b}`);
        expect(beside(none.join(m)), none.join(m)).toBeUndefined();
      }),
    );
    expect(beside('docs: ok\nBuild failed')?.code).toBe('contradiction');
    expect(beside('docs: ok\nAll tests passed')).toBeUndefined();
  });
});
