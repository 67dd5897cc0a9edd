// Helper zc, session 45: an exception is read wherever it stands beside the claim of all or none it takes a member out of.
// - Before the claim or inside its subject (`Except checkout, all tests passed`, `All tests except checkout passed`,
//   `All but one passed`): contrastIn reads an exception at the first word, exceptionOpeningItsClaim the claim without it.
// - After `bar`, `minus`, `but` right after a pass of all (`All tests passed bar checkout`, `… but one`).
// - After a rate, ratio or label (`100% passed except checkout`, `12/12 passed …`, `Passed: all except checkout`).
// - Each clause joined after a tolerated `except that` clause (joinedClauseTellsAFailure).
// - A member whose pass is denied is no none (`except flaky login, checkout not passed`: passDeniedBy).
// A tolerated or skipped member, `bar none`, `bar` as a unit and `but` opening a clause of no failure keep passing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (text: string) => statusContradiction({ status: 'passed', summary: text }, '/status', 'passed');
const member = fc.constantFrom('checkout', 'deploy', 'the login test', 'one', '2', 'billing and payments');
const tolerated = fc.constantFrom('the flaky login', 'the quarantined ones', 'the skipped ones', '2 skipped', 'known flaky tests');
const exceptWord = fc.constantFrom('Except', 'Except for', 'Apart from', 'Other than', 'With the exception of', 'Excluding', 'Aside from', 'Ｅｘｃｅｐｔ', 'Еxcept');
const subjectOfAll = fc.constantFrom('all tests', 'All tests', 'all checks', 'everything', 'Everything', 'all');
const claimOfAll = fc.constantFrom('all tests passed', 'all checks passed', 'everything passed', 'all 214 tests passed', 'no tests failed', '0 failures');

describe('an exception before its claim or inside its subject', () => {
  it('fails when it names a member that is not tolerated', () => {
    fc.assert(
      fc.property(exceptWord, member, fc.constantFrom(', ', ' , ', ': '), claimOfAll, (e, m, mark, claim) => {
        const text = `${e} ${m}${mark}${claim}`;
        expect(beside(text)?.code, JSON.stringify(text)).toBe('contradiction');
      }),
    );
    fc.assert(
      fc.property(subjectOfAll, fc.constantFrom(' except ', ' but ', ' apart from ', ' other than ', ' except for '), member, fc.constantFrom('passed', 'have passed', 'succeeded'), (s, e, m, pass) => {
        const text = `${s}${e}${m} ${pass}`;
        expect(beside(text)?.code, JSON.stringify(text)).toBe('contradiction');
      }),
    );
  });
  it('passes when it leaves out only tolerated or skipped members', () => {
    fc.assert(
      fc.property(fc.constantFrom('Except', 'Except for', 'Apart from', 'Other than'), tolerated, claimOfAll.filter((c) => !/fail/u.test(c)), (e, m, claim) => {
        const text = `${e} ${m}, ${claim}`;
        expect(beside(text), text).toBeUndefined();
      }),
    );
    fc.assert(
      fc.property(subjectOfAll, fc.constantFrom(' except ', ' but '), tolerated, (s, e, m) => {
        const text = `${s}${e}${m} passed`;
        expect(beside(text), text).toBeUndefined();
      }),
    );
  });
});

describe('bar, minus and but after a pass of all; a pass of all as a rate, ratio or label', () => {
  const pass = fc.constantFrom('All tests passed', 'All tests passed,', 'All 12 tests passed', '100% passed', '12/12 passed', 'Everything passed');
  it('fails when the word names a member', () => {
    fc.assert(
      fc.property(pass, fc.constantFrom(' bar ', ' minus ', ' but ', ' except '), member, (p, w, m) => {
        const text = `${p}${w}${m}`;
        expect(beside(text)?.code, JSON.stringify(text)).toBe('contradiction');
      }),
    );
    for (const text of ['Passed: all except checkout', 'Passed: all but checkout']) expect(beside(text)?.code, text).toBe('contradiction');
  });
  it('passes for bar none, bar as a unit or a name, and a clause after but that tells no failure', () => {
    fc.assert(
      fc.property(pass, fc.constantFrom(' bar none', ', bar none', ' at 1.2 bar', ' in foo/bar', ' but slowly', ' but took 3 minutes', ', but 2 were skipped', ' but with warnings', ', but coverage dropped', ' but 2 were retried (flaky)'), (p, rest) => {
        const text = `${p}${rest}`;
        expect(beside(text), text).toBeUndefined();
      }),
    );
  });
});

describe('a clause joined after a tolerated except-that clause', () => {
  const tolerated = fc.constantFrom('the flaky login was retried', 'the flaky login was rerun', 'the run took longer than usual', 'the cache was cold');
  it('fails when a joined clause tells a failure, passes when none does', () => {
    fc.assert(
      fc.property(tolerated, fc.constantFrom(' and ', ', ', '; ', ', then ', ' but '), fc.constantFrom('checkout failed', 'payments crashed', 'deploy timed out'), (t, join, failure) => {
        const text = `All tests passed except that ${t}${join}${failure}`;
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
    fc.assert(
      fc.property(tolerated, fc.constantFrom(' and ', ', ', '; ', ', then '), fc.constantFrom('passed', 'coverage dropped', 'the run took longer'), (t, join, rest) => {
        const text = `All tests passed except that ${t}${join}${rest}`;
        expect(beside(text), text).toBeUndefined();
      }),
    );
  });
});

describe('a member of a none’s exception whose pass is denied', () => {
  it('fails, however the member is parted from the tolerated one', () => {
    fc.assert(
      fc.property(fc.constantFrom('\n', ', ', '; ', ' and '), fc.constantFrom('not passed', 'did not pass', 'never passed', 'not yet passed'), fc.constantFrom('checkout', 'deploy'), (sep, denied, m) => {
        const text = `No tests failed except flaky login${sep}${m} ${denied}`;
        expect(beside(text)?.code, JSON.stringify(text)).toBe('contradiction');
      }),
    );
  });
  it('passes for a none said as the member', () => {
    for (const text of ['No tests failed, bar none', 'No tests failed but none were flaky', 'No tests failed except flaky login'])
      expect(beside(text), text).toBeUndefined();
  });
});
