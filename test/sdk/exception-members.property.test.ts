// An exception to a none of failures is weighed member by member (helper hn, session 43): `0 failures except the flaky
// login test and checkout` names checkout, which no tolerance was said of, so it fails; a tolerance under a negation
// (`those not quarantined`, `non-flaky ones`) is no tolerance. Only an exception whose every member is tolerated, or a
// none, leaves the none standing (noneOverturnedByAContrast -> exceptionMembers, namesAFailedException, setAsideMember).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (text: string) => statusContradiction({ status: 'passed', summary: text }, '/status', 'passed');
const none = fc.constantFrom('no tests failed', '0 failures', 'nothing failed', 'no failures');
const except = fc.constantFrom('except', 'other than', 'apart from', 'except for', 'besides', 'save');
const name = fc.constantFrom('login', 'checkout', 'deploy', 'the smoke suite', 'the e2e test');
const qualifier = fc.constantFrom('flaky', 'quarantined', 'known flaky');
const negation = fc.constantFrom('not', 'never', 'non');
// A member: a name qualified as tolerated, a name the tolerance of which is denied, or a bare name.
const member = fc.oneof(
  fc.record({ kind: fc.constant('tolerated' as const), text: fc.tuple(qualifier, name).map(([q, n]) => `${q} ${n}`) }),
  fc.record({ kind: fc.constant('negated' as const), text: fc.tuple(name, negation, qualifier).map(([n, g, q]) => (g === 'non' ? `${n} that is non ${q}` : `${n} that was ${g} ${q}`)) }),
  fc.record({ kind: fc.constant('bare' as const), text: name }),
);
// Joins as written, in markup, entities, look-alike letters and invisible characters.
const join = fc.constantFrom(' and ', ', ', ' & ', ' &amp; ', ' plus ', ' or ', ' as well as ', ' along with ', '; ', ' / ', ' \u0430nd ', ' a\u200bnd ', ' <b>and</b> ', ' ＆ ');

describe('an exception to a none of failures, member by member', () => {
  it('fails unless every member is tolerated and none negated', () => {
    fc.assert(
      fc.property(none, except, fc.array(member, { minLength: 1, maxLength: 3 }), fc.array(join, { minLength: 2, maxLength: 2 }), (n, e, members, joins) => {
        const text = `${n} ${e} ${members.map((m, i) => (i === 0 ? '' : joins[(i - 1) % joins.length]) + m.text).join('')}`;
        if (text.length > 80) return;
        const tolerated = members.every((m) => m.kind === 'tolerated');
        if (tolerated) expect(beside(text), text).toBeUndefined();
        else expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('fails after `but` when a member is untolerated; a qualifier is read only where it is said', () => {
    for (const text of [
      'no tests failed but the flaky login test and checkout',
      'no tests failed except the flaky login and checkout tests',
      'no tests failed except those not quarantined',
      'no tests failed except for non-flaky ones',
      'no tests failed except flaky login/checkout',
      'keine Tests fehlgeschlagen außer dem flaky Login und Checkout',
      'ningún test falló excepto login flaky y checkout',
      'no tests failed except the flaky test (login, checkout)',
    ])
      expect(beside(text)?.code, text).toBe('contradiction');
  });
  it('passes: every member tolerated, a bracket naming what a tolerated plural holds, asides, a path', () => {
    for (const text of [
      'no tests failed except the flaky login and flaky checkout tests',
      'no tests failed except two flaky tests (login, checkout)',
      'no tests failed except, of course, the flaky ones',
      'no tests failed except the flaky e2e/login.spec.ts',
      'no tests failed but 2 skipped and 1 flaky',
      'no tests failed but no flaky ones either',
    ])
      expect(beside(text), text).toBeUndefined();
  });
});
