// A none of failures in a report's own summary covers only its own clause (helper hs, session 42): a contrast after it
// starts a clause read on its own or names an exception that failed (noneOverturnedByAContrast), a none of part is no
// none (failureWordOutsideANone), a failure label's value is a sentence of its own (failureLabelThenAFailureTold), a none
// of passing items is a none of passes (noneOfTheRunPassed); and an object named for failures counting its items is read
// beside a nested status (itemsCountedUnderAFailureName, fieldsBesideTheStatus).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (field: string, text: string) => statusContradiction({ status: 'passed', [field]: text }, '/status', 'passed');
const ownText = fc.constantFrom('summary', 'message');
const none = fc.constantFrom('no tests failed', 'none failed', 'nothing failed', 'none of the tests failed', '0 failures', 'no failures', 'no errors');

describe('a none of failures overturned by a contrast', () => {
  it('fails: a word of exception names what failed', () => {
    const except = fc.constantFrom('except', 'other than', 'apart from', 'except for', 'with the exception of', 'besides', 'save');
    const what = fc.constantFrom('login', 'the login test', 'the smoke suite', 'one', 'deploy', 'e2e/checkout.spec.ts');
    fc.assert(
      fc.property(ownText, none, except, what, (field, n, e, w) => {
        const text = `${n} ${e} ${w}`;
        expect(beside(field, text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('fails: after a contrast, a clause that tells a failure or names an exception', () => {
    const contrast = fc.constantFrom('but', ', but', '; but');
    const rest = fc.constantFrom('deploy failed', 'the build failed', 'the login test', 'one', 'the e2e suite', 'the deploy crashed');
    fc.assert(
      fc.property(ownText, none, contrast, rest, (field, n, c, r) => {
        const text = `${n}${c.startsWith('but') ? ' ' : ''}${c} ${r}`;
        expect(beside(field, text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('fails in other languages', () => {
    for (const text of ['Keine Tests fehlgeschlagen außer Login', 'keine Fehler außer beim Login', 'aucun test en échec sauf login', 'aucun échec, mais le déploiement a échoué', 'ningún test falló excepto login', 'nessun test fallito tranne login'])
      expect(beside('summary', text)?.code, text).toBe('contradiction');
  });
  it('passes: a clause of its own that tells no failure, or an exception tolerated', () => {
    const contrast = fc.constantFrom('but', ', but');
    const rest = fc.constantFrom('2 skipped', 'some were slow', '3 warnings', 'warnings', 'it took long', 'coverage dropped', 'slow');
    fc.assert(
      fc.property(ownText, none, contrast, rest, (field, n, c, r) => {
        const text = `${n}${c === 'but' ? ' ' : ''}${c} ${r}`;
        expect(beside(field, text), text).toBeUndefined();
      }),
    );
    const tolerated = fc.constantFrom('except in quarantined', 'except the flaky ones', 'except known flaky tests', 'apart from quarantined tests', 'but none');
    fc.assert(
      fc.property(ownText, none, tolerated, (field, n, t) => {
        const text = `${n} ${t}`;
        expect(beside(field, text), text).toBeUndefined();
      }),
    );
  });
});

describe('a none of part, a label of failures and a none of passing items', () => {
  it('fails: `not all`, `not only` tell some failures; a none of passing items is a none of passes', () => {
    const part = fc.constantFrom('not all', 'not every', 'not only', 'not just', 'nicht alle', 'nicht nur', 'pas tous les');
    const subject = fc.constantFrom('tests', 'unit tests', 'suites', 'Tests');
    const failed = fc.constantFrom('failed', 'fehlgeschlagen', 'échoué');
    fc.assert(
      fc.property(ownText, part, subject, failed, (field, p, s, f) => {
        const text = `${p} ${s} ${f}`;
        expect(beside(field, text)?.code, text).toBe('contradiction');
      }),
    );
    for (const text of ['Failed tests: not only unit tests failed', 'Failures: not all suites failed', 'Failure: no passing tests', 'No passing tests', 'Zero successful checks', 'Failed: no successful builds'])
      expect(beside('summary', text)?.code, text).toBe('contradiction');
  });
  it('passes: a none of the failure itself', () => {
    for (const text of ['not a single test failed', 'not one test failed', 'Failed tests: none', 'Failures: none failed', 'None of the tests failed, not even the slow ones', 'No failing tests', 'No tests failed'])
      expect(beside('summary', text), text).toBeUndefined();
  });
});

describe('an object named for failures counting its items beside a nested status', () => {
  const holder = fc.constantFrom('summary', 'result', 'report', 'run');
  const name = fc.constantFrom('e2e_failures', 'api_errors', 'integration-failures', 'unit_errors');
  it('fails: beside the status, its items are the failures it counts', () => {
    fc.assert(
      fc.property(holder, name, fc.integer({ min: 1, max: 500 }), (h, n, tests) => {
        const doc = { [h]: { status: 'pass', [n]: { status: 'pass', tests } } };
        expect(statusContradiction(doc, `/${h}/status`, 'pass')?.code, JSON.stringify(doc)).toBe('contradiction');
      }),
    );
  });
  it('passes: a count of none beside it, no items counted, or a member of a map of results', () => {
    fc.assert(
      fc.property(holder, name, fc.integer({ min: 1, max: 500 }), (h, n, tests) => {
        for (const doc of [
          { [h]: { status: 'pass', [n]: { status: 'pass', tests, failed: 0 } } },
          { [h]: { status: 'pass', [n]: { result: 'success', outputs: {} } } },
          { [h]: { status: 'pass', suites: { [n]: { status: 'pass', tests } } } },
        ])
          expect(statusContradiction(doc, `/${h}/status`, 'pass'), JSON.stringify(doc)).toBeUndefined();
        const map = { suites: { unit: { status: 'pass', tests }, [n]: { status: 'pass', tests } } };
        expect(statusContradiction(map, '/suites/unit/status', 'pass'), JSON.stringify(map)).toBeUndefined();
      }),
    );
  });
});
