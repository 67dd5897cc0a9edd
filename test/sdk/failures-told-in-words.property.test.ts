// Failures an outcome or a summary tells in words (helper ow, session 40): a failure word last after what failed, a crash
// or a negated pass after a count of none, a none that starts a failure's reason, a setting said set off, places listed
// past a pipe, a conjunction or a path, and a lone count in a bracketed plural or behind a qualified noun. Families of
// spellings (other languages, look-alike letters, full width, invisible characters, markup) read the same way, and
// their sound neighbours keep passing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const entry = (result: string) => statusContradiction({ status: 'passed', checks: [{ name: 'build', result }] }, '/status', 'passed');
const beside = (field: string, text: string) => statusContradiction({ status: 'passed', [field]: text }, '/status', 'passed');

/** Each spelling of a word a reader is shown alike: as written, upper case, full width, with a zero-width space, a look-alike letter, in bold. */
const disguises = fc.constantFrom(
  (w: string) => w,
  (w: string) => w.toUpperCase(),
  (w: string) => [...w].map((c) => (c >= 'a' && c <= 'z' ? String.fromCodePoint((c.codePointAt(0) as number) + 0xfee0) : c)).join(''),
  (w: string) => (w.length > 2 ? `${w.slice(0, 2)}\u200b${w.slice(2)}` : w),
  (w: string) => w.replace('a', '\u0430').replace('e', '\u0435'),
  (w: string) => `<b>${w}</b>`,
);

describe('an outcome that names what failed, its failure word last', () => {
  const subject = fc.constantFrom('build', 'Lint', 'lint:', 'lint -', 'compilation', 'the nightly build', '3 passed,', 'deploy');
  const failure = fc.constantFrom('failed', 'crashed', 'errored', 'broke', 'aborted', 'failure');
  it('fails however the failure word is drawn', () => {
    fc.assert(
      fc.property(subject, failure, disguises, (who, word, drawn) => {
        const text = `${who} ${drawn(word)}`;
        expect(entry(text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('fails in the vocabulary’s other languages', () => {
    for (const text of ['Build fehlgeschlagen', 'compilation échouée', 'build fallido', '构建失败', 'ビルド失敗', 'Build 失败']) expect(entry(text)?.code, text).toBe('contradiction');
  });
  it('passes where the failure word is no failure of this run', () => {
    const sound = fc.constantFrom('flaky test failed', 'expected to have failed', 'known failure', 'soft failed', 'previously failed', 'passed after retry (first attempt failed)', 'none failed', 'no tests failed', 'nothing failed', 'never failed', 'tests <i>never</i> failed', '没有失败', '失敗なし', 'retry on failure', 'continue on failure', 'failover', '# fail 0', '失败 0', 'build succeeded', '10 passed in 0.12s', 'ok');
    fc.assert(
      fc.property(sound, (text) => {
        expect(entry(text), text).toBeUndefined();
      }),
    );
  });
});

describe('a count of none, then a failure in words of no failure list', () => {
  const lead = fc.constantFrom('0 errors', '0 warnings', '0 Fehler', '0 errors in 2 suites');
  const join = fc.constantFrom(', ', '; ', ': ', ' - ');
  const told = fc.constantFrom('segfault', 'Segmentation fault (core dumped)', 'SIGSEGV', 'Bus error', 'tests did not pass', 'tests didn’t pass', 'not ok', 'nicht bestanden', '未通过', '构建失败');
  it('fails in an entry and in a summary', () => {
    fc.assert(
      fc.property(lead, join, told, fc.constantFrom('entry', 'summary'), (none, by, words, at) => {
        const text = `${none}${by}${words}`;
        expect((at === 'entry' ? entry(text) : beside('summary', text))?.code, text).toBe('contradiction');
      }),
    );
  });
  it('fails where a failure’s reason starts with a none', () => {
    const reason = fc.constantFrom('no space left on device', 'not found', 'no such file or directory', 'none of the mirrors answered', 'not enough disk space');
    fc.assert(
      fc.property(lead, fc.constantFrom('deploy failed: ', 'push failed: ', 'build failed: '), reason, (none, failed, why) => {
        const text = `${none}; ${failed}${why}`;
        expect(entry(text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('fails where a setting or a condition is said to have set something off', () => {
    const met = fc.constantFrom('fail-on critical triggered', 'fail_on high triggered', 'fail-fast tripped', 'then on failure rollback ran', 'if failed alert fired', 'on failure rollback was triggered');
    fc.assert(
      fc.property(lead, met, (none, words) => {
        const text = `${none}; ${words}`;
        expect(entry(text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('passes where the words tell no failure', () => {
    const sound = fc.constantFrom('crash reporter disabled', 'segfault handler installed', '0 segfaults', 'no segfault', 'out of memory: none', 'did not fail', 'failed: none', 'failures: none found', 'failed: 0', 'failed: false', 'failures: []', 'fail-on: critical (not triggered)', 'fail on: critical', 'fail-fast enabled', 'retry on failure', 'on failure run rollback', 'rollback on failure configured', 'failover tested', 'see failed.log', 'none failed', 'no tests failed');
    fc.assert(
      fc.property(fc.constantFrom('0 errors', '0 warnings'), fc.constantFrom(', ', '; '), sound, (none, by, words) => {
        const text = `${none}${by}${words}`;
        expect(entry(text), text).toBeUndefined();
        expect(beside('summary', text), text).toBeUndefined();
      }),
    );
  });
});

describe('a failure label’s places listed with counts', () => {
  const place = fc.constantFrom('api', 'web', 'src/api', 'src/web.ts', './pkg/core', 'Modul A');
  const parting = fc.constantFrom(', ', '; ', ' | ', ' ｜ ', ' and ', ' & ', ' und ');
  it('fails where one place counts none and another some, however the list is parted', () => {
    fc.assert(
      fc.property(place, place, parting, fc.integer({ min: 1, max: 99 }), fc.constantFrom('failures', 'errors', 'Fehler'), (a, b, by, n, label) => {
        const text = `${label}: ${a} 0${by}${b} ${n}`;
        expect(beside('summary', text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('passes where every place counts none or a name counts something else', () => {
    fc.assert(
      fc.property(place, place, parting, (a, b, by) => {
        for (const text of [`failures: ${a} 0${by}${b} 0`, `failures: line 0${by}column 2`, `failures: ${a} 0${by}warnings 2`]) expect(beside('summary', text), text).toBeUndefined();
      }),
    );
  });
});

describe('a lone count of failures in a bracketed plural or behind a qualified noun', () => {
  const count = fc.integer({ min: 1, max: 999 });
  it('fails', () => {
    const spelled = fc.constantFrom((n: number) => `${n} timeout(s)`, (n: number) => `${n} crash（es）`, (n: number) => `timeout(s): ${n}`, (n: number) => `${n} failed unit tests`, (n: number) => `${n} failed e2e specs`, (n: number) => `${n} failed test files`, (n: number) => `${n} failed ui tests`, (n: number) => `${n} failed integration test cases`);
    fc.assert(
      fc.property(count, spelled, fc.constantFrom('summary', 'log'), (n, spell, at) => {
        const text = spell(n);
        expect(beside(at, text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('passes where the count is of attempts, descriptors, warnings or none', () => {
    const sound = fc.constantFrom((n: number) => `${n} failed attempts`, (n: number) => `${n} failed login attempts`, (n: number) => `${n} error codes`, (n: number) => `${n} failed jobs were retried`, (n: number) => `${n} failed nightly builds`, (n: number) => `${n} warning(s)`, () => '0 timeout(s)', (n: number) => `0 error(s), ${n} warning(s)`, (n: number) => `${n} retry(s)`);
    fc.assert(
      fc.property(count, sound, (n, spell) => {
        const text = spell(n);
        expect(beside('summary', text), text).toBeUndefined();
      }),
    );
  });
});
