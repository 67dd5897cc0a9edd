// Helper zm, session 45 (found by helpers zc and zd): an exception that names only a place, a platform or a runtime
// (`No tests failed except on linux`) takes out where something failed, and a place after a member is said of it
// (withPlacesOfTheirMembers: `except flaky login on windows` stays tolerated); a pass of all is read past a long subject
// (MAX_SUBJECT_WORDS_OF_A_PASS_OF_ALL); a none joined by a bare `and` covers only its clause (failureJoinedAfterANone);
// a dot that opens a name after a bracket stays the name's (`flaky .NET build`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (text: string) => statusContradiction({ status: 'passed', summary: text }, '/status', 'passed');

const claim = fc.constantFrom('No tests failed', 'All tests passed', '0 failures', 'Nothing failed');
const preposition = fc.constantFrom('on', 'in', 'at', 'under');
const place = fc.constantFrom('linux', 'windows', 'macos', 'node 18', 'python 3.12', 'firefox', 'arm64');
const member = fc.constantFrom('checkout', 'login', 'the e2e suite');
const tolerance = fc.constantFrom('flaky', 'quarantined', 'known flaky');
const subjectWord = fc.constantFrom('storefront', 'integration', 'suite', 'nightly', 'browser', 'unit', 'api', 'the', 'of', 'in');

describe('an exception of a place', () => {
  it('naming only a place, or a member on one, fails beside a pass', () => {
    fc.assert(
      fc.property(claim, fc.option(member, { nil: undefined }), preposition, place, (c, m, p, where) => {
        const text = `${c} except ${m === undefined ? '' : `${m} `}${p} ${where}`;
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('a tolerated member on a place keeps passing, the place before or after its remark', () => {
    fc.assert(
      fc.property(claim, tolerance, member, preposition, place, fc.boolean(), (c, tol, m, p, where, remark) => {
        const text = remark ? `${c} except ${m} (${tol}) ${p} ${where}` : `${c} except ${tol} ${m} ${p} ${where}`;
        expect(beside(text), text).toBeUndefined();
      }),
    );
  });
});

describe('a pass of all with a long subject', () => {
  it('fails beside an exception that names a member', () => {
    fc.assert(
      fc.property(fc.array(subjectWord, { minLength: 4, maxLength: 9 }), member, (words, m) => {
        const text = `All tests ${words.join(' ')} passed except ${m}`;
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('keeps passing alone or beside a tolerated member', () => {
    fc.assert(
      fc.property(fc.array(subjectWord, { minLength: 4, maxLength: 9 }), tolerance, member, fc.boolean(), (words, tol, m, alone) => {
        const text = `All tests ${words.join(' ')} passed${alone ? '' : ` except ${tol} ${m}`}`;
        expect(beside(text), text).toBeUndefined();
      }),
    );
  });
});

describe('a none of failures joined by a bare and', () => {
  const none = fc.constantFrom('no tests failed', 'no lint errors', 'nothing failed');
  it('to a clause that tells a failure fails', () => {
    fc.assert(
      fc.property(none, fc.constantFrom('and', 'and then', '&', 'AND'), fc.constantFrom('the checkout step failed', 'checkout has failed', 'the nightly deploy job failed', 'deploy failed'), (n, join, failure) => {
        const text = `${n} ${join} ${failure}`;
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('to a clause that tells no failure of this run keeps passing', () => {
    fc.assert(
      fc.property(none, fc.constantFrom('the flaky step failed', 'nothing else failed', 'no step failed', 'the build passed', 'the build did not fail'), (n, clause) => {
        const text = `${n} and ${clause}`;
        expect(beside(text), text).toBeUndefined();
      }),
    );
  });
});

describe('a member named with a leading dot after a bracket', () => {
  it('tolerated, passes; untolerated, fails', () => {
    fc.assert(
      fc.property(fc.constantFrom('.NET build', '.github workflow', '.vscode tasks'), fc.constantFrom('(flaky)', '(both flaky)'), fc.boolean(), (name, remark, tolerated) => {
        const members = remark === '(both flaky)' ? 'flaky login and checkout' : 'flaky login';
        const text = `0 failures except ${members} ${remark}, ${tolerated ? 'flaky ' : ''}${name}`;
        if (tolerated) expect(beside(text), text).toBeUndefined();
        else expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
  });
});
