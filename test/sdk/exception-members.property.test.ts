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

  // Helper he, session 43: joins and marks that part members without `and` or a comma, each written plainly or in disguise.
  const partingJoin = fc.constantFrom(
    ' alongside ', ' including ', ' incl. ', ' besides ', ' then ', ' also ', ' as well ', ' not to mention ', ' → ', '\n', '\r\n', '\t', ' • ', '\n- ', '\n* ', ' ‚ ',
    ' ، ', ' ꓹ ', ' ∕ ', ' ⁄ ', ' ⁏ ', ' ‖ ', ' ▪ ', ' ∙ ', ' ・ ', ' … ', ' samt ', ' als auch ', ' zusammen mit ', ' neben ', ' bzw. ', ' de même que ', ' junto con ',
    ' además de ', ' nonché ', ' insieme a ', ' junto com ', ' bem como ',
  );
  const pastOrDenied = fc.constantFrom('previously', 'formerly', 'once', 'used to be', 'no longer', 'hardly', 'früher', 'keineswegs', 'autrefois', 'antes', 'ya no', 'n0t', 'nоt');
  it('fails when a tolerated member is joined to an untolerated one by any join or mark, or a tolerance is past or denied', () => {
    fc.assert(
      fc.property(none, qualifier, name, partingJoin, name, fc.boolean(), (n, q, first, j, second, secondFirst) => {
        const members = secondFirst ? [second, `${q} ${first}`] : [`${q} ${first}`, second];
        const text = `${n} except ${members.join(j)}`;
        expect(beside(text)?.code, JSON.stringify(text)).toBe('contradiction');
      }),
    );
    fc.assert(
      fc.property(none, pastOrDenied, fc.constantFrom('flaky', 'quarantined'), fc.constantFrom('login test', 'checkout', 'smoke suite'), (n, p, q, m) => {
        const text = `${n} except the ${p} ${q} ${m}`;
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
    for (const text of ['0 failures except the login test: flaky? no', '0 failures except: (i) flaky login (ii) checkout', '0 failures except: ① flaky login ② checkout', '0 failures except:\n1. flaky login\n2. checkout', 'geen tests gefaald behalve de flaky login test en checkout', 'no tests failed except the flaky login test in firefox and checkout', 'no tests failed except login (flaky) and checkout (not flaky)', 'no tests failed except login and checkout (flaky)', 'no tests failed except login and checkout, which is flaky', 'ни один тест не упал кроме checkout', 'inga tester misslyckades utom checkout', 'ingen tester feilet unntatt checkout', 'žádné testy neselhaly kromě checkout', 'hiçbir test başarısız olmadı checkout hariç'])
      expect(beside(text)?.code, JSON.stringify(text)).toBe('contradiction');
  });
  it('passes when every member is tolerated: in its own bracket, by a remark of all after the list, under a tolerated head, or joined as places or versions', () => {
    const each = fc.constantFrom(' (flaky)', ' [flaky]', ' (quarantined)', ' (known flaky)');
    const all = fc.constantFrom(' (both flaky)', ', both quarantined', ', which are flaky', ' (all quarantined)', ', all flaky');
    const list = fc.constantFrom(' and ', ', ', ' & ');
    fc.assert(
      fc.property(none, name, name, list, each, each, (n, a, b, j, ta, tb) => {
        const text = `${n} except ${a}${ta}${j}${b}${tb}`;
        expect(beside(text), text).toBeUndefined();
      }),
    );
    fc.assert(
      fc.property(none, name, name, list, all, (n, a, b, j, t) => {
        const text = `${n} except ${a}${j}${b}${t}`;
        expect(beside(text), text).toBeUndefined();
      }),
    );
    for (const text of [
      '0 failures except flaky tests: login and checkout', 'no tests failed except 3 flaky ones: login, checkout, signup', 'no tests failed except flaky tests including login and checkout',
      'no tests failed except the flaky login test in firefox and chrome', 'no tests failed except flaky login on node 18 and 20', 'no tests failed except flaky login (retry 1 and 2)',
      '0 failures except flaky tests in login and checkout suites', 'aucun test échoué sauf login et checkout (instables)', 'no tests failed except, once again, the flaky ones',
    ])
      expect(beside(text), text).toBeUndefined();
  });
});
