// Helper xb, session 44: three ways an exception was read as tolerating what it named.
// - A place complete in itself (`in firefox`, `on linux`, `run 2`) lends no noun of places to the words after its join:
//   `0 failures except flaky login in firefox and the checkout specs` names checkout specs (placeSharesTheNounAfter).
// - A tolerated head naming more members than it counts carries its tolerance to none of them: `2 flaky tests (login,
//   checkout, deploy)` (countOfAHead, namesInABracket, headsNamingMoreThanTheyCount).
// - A pass said of all is overturned by an exception naming what did not pass, as a none of failures is: `all tests
//   passed except checkout` (passOfAllBefore); items skipped or lesser findings left out of it fail nothing (leftOutOfAPass).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (text: string) => statusContradiction({ status: 'passed', summary: text }, '/status', 'passed');
const none = fc.constantFrom('no tests failed', '0 failures', 'nothing failed');
const name = fc.constantFrom('login', 'checkout', 'deploy', 'billing', 'payment');
const placeNoun = fc.constantFrom('specs', 'jobs', 'steps', 'modules', 'shards', 'suites', 'Specs', 'SUITES');
const and = fc.constantFrom(' and ', ' \u0430nd ', ' a\u200bnd ', ' AND ', ' & ', ' plus ');

describe('a place complete in itself lends no noun of places to the member after its join', () => {
  it('fails: a browser, platform or number, then a member ending in a place noun', () => {
    const place = fc.constantFrom('in firefox', 'on chrome', 'on linux', 'in Firefox', 'under safari', 'run 2', 'on node 18', 'in the login suite');
    fc.assert(
      fc.property(none, place, and, fc.constantFrom('', 'the '), name, placeNoun, (n, p, j, article, m, noun) => {
        const text = `${n} except flaky login ${p}${j}${article}${m} ${noun}`;
        expect(beside(text)?.code, JSON.stringify(text)).toBe('contradiction');
      }),
    );
  });
  it('passes: names that share the place noun after them, and places or versions joined', () => {
    fc.assert(
      fc.property(none, fc.constantFrom('', 'the '), name, name, fc.constantFrom('suites', 'specs', 'shards'), (n, article, a, b, noun) => {
        const text = `${n} except flaky tests in ${article}${a} and ${b} ${noun}`;
        expect(beside(text), text).toBeUndefined();
      }),
    );
    for (const text of ['0 failures except flaky login in firefox and chrome', 'no tests failed except flaky login on node 18 and 20', '0 failures except flaky tests in firefox, chrome and safari'])
      expect(beside(text), text).toBeUndefined();
  });
});

describe('a tolerated head naming more members than it counts', () => {
  const words = ['one', 'two', 'three', 'four', 'five'];
  it('fails exactly when the names outnumber the count, in a bracket, after a colon or `including`', () => {
    fc.assert(
      fc.property(none, fc.integer({ min: 2, max: 4 }), fc.boolean(), fc.integer({ min: 1, max: 5 }), fc.constantFrom('bracket', 'colon', 'including'), fc.constantFrom('flaky', 'quarantined'), (n, count, inWords, named, form, q) => {
        const members = ['login', 'checkout', 'deploy', 'signup', 'search'].slice(0, named);
        const list = members.length === 1 ? members[0] : `${members.slice(0, -1).join(', ')} and ${members.at(-1)}`;
        const head = `${inWords ? words[count - 1] : count} ${q} tests`;
        const text = `${n} except ${form === 'bracket' ? `${head} (${list})` : form === 'colon' ? `${head}: ${list}` : `${head} including ${list}`}`;
        if (named > count) expect(beside(text)?.code, text).toBe('contradiction');
        else expect(beside(text), text).toBeUndefined();
      }),
    );
  });
});

describe('a pass said of all, overturned by an exception', () => {
  const all = fc.constantFrom('all tests passed', 'All 214 tests passed', 'every check passed', 'all tests have passed', 'alle Tests bestanden', 'tous les tests ont réussi', 'all checks were green');
  const except = fc.constantFrom(' except ', ' except for ', ' apart from ', ' other than ', ' save ', ', except ');
  it('fails when the exception names what did not pass; passes when it leaves out skips, warnings or tolerated members', () => {
    fc.assert(
      fc.property(all, except, name, (a, e, m) => {
        const text = `${a}${e}${m}`;
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
    fc.assert(
      fc.property(all, except, fc.constantFrom('2 skipped', 'the skipped ones', '3 pending', 'a few warnings', 'the flaky login test', 'known flaky tests', 'quarantined ones'), (a, e, m) => {
        const text = `${a}${e}${m}`;
        expect(beside(text), text).toBeUndefined();
      }),
    );
  });
  it('reads an exception word after what it excepts, and a skip denied as a failure', () => {
    for (const text of ['all tests passed, checkout excepted', 'tüm testler geçti, checkout hariç', 'no tests failed, checkout excepted', 'all tests passed except those not skipped', 'all tests passed except checkout and 2 skipped'])
      expect(beside(text)?.code, text).toBe('contradiction');
    for (const text of ['All tests passed, 2 skipped excepted', 'tüm testler geçti, flaky testler hariç', 'alle Tests bestanden außer 2 übersprungen'])
      expect(beside(text), text).toBeUndefined();
  });
});

describe('Japanese: the none after the failure it denies, the exception word after its name', () => {
  it('fails when the exception names what failed, spaced or not; passes when it is tolerated or skipped', () => {
    const claim = fc.constantFrom('テスト失敗なし', '失敗したテストはありません', 'テストは失敗しませんでした', 'エラーなし', '全テスト成功', 'すべてのテストが成功');
    const word = fc.constantFrom('を除く', 'を除いて', '以外');
    fc.assert(
      fc.property(claim, fc.constantFrom('checkout', 'deploy', 'login'), fc.constantFrom('', ' '), word, fc.constantFrom(['（', '）'], ['(', ')'], ['、', '']), (c, m, space, w, [open, close]) => {
        const text = `${c}${open}${m}${space}${w}${close}`;
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
    fc.assert(
      fc.property(claim, fc.constantFrom('flaky テスト', '既知のflakyテスト'), word, (c, m, w) => {
        const text = `${c}（${m}${w}）`;
        expect(beside(text), text).toBeUndefined();
      }),
    );
  });
  it('reads an exception put before the claim it overturns, in Japanese, Turkish and English', () => {
    for (const text of ['checkoutを除き、テスト失敗なし', 'checkoutを除いて全テスト成功', 'checkoutを除く全テストが成功', 'checkout hariç tüm testler geçti', 'checkout excepted, all tests passed'])
      expect(beside(text)?.code, text).toBe('contradiction');
    for (const text of ['flakyテストを除き、テスト失敗なし', 'スキップを除いて全テスト成功', 'flaky testler hariç tüm testler geçti', 'All tests passed as excepted'])
      expect(beside(text), text).toBeUndefined();
  });
});
