// A legend of outcome words beside a pass (red team xs, session 42): its definitions are set aside only when they use the
// words any test, case or assertion is defined by (definitionWordsOnly); one that names this run's failure in words, in
// any spelling of the legend's name, is read as any object beside the status is; and a none of the run's passes
// (noneOfTheRunPassed) in a report's own summary.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const name = fc.constantFrom('legend', 'status_legend', 'statusLegend', 'status_key', 'glossary', 'key', 'Legende', 'ｌｅｇｅｎｄ', 'l\u0435g\u0435nd', 'leg\u200Bend');
const passDefinition = fc.constantFrom('test ran and passed', '✓ all checks passed', 'every assertion held', 'the test and its setup completed');
const report = (n: string, passed: string, failed: string) => ({ status: 'passed', passed: 120, failed: 0, [n]: { passed, failed, skipped: 'test was not run' } });

describe('a legend of outcome words', () => {
  it('passes: definitions in the words any test is defined by, number words of a definition included', () => {
    const failDefinition = fc.constantFrom('test ran and failed', 'one or more assertions failed', '✗ at least one check failed or timed out', 'an expectation was not met', 'the test setup or teardown errored', 'test threw an unexpected exception');
    fc.assert(
      fc.property(fc.constantFrom('legend', 'status_legend', 'statusLegend', 'status_key', 'glossary', 'key'), passDefinition, failDefinition, (n, p, f) => {
        const r = report(n, p, f);
        expect(statusContradiction(r, '/status', 'passed'), JSON.stringify(r)).toBeUndefined();
      }),
    );
  });
  it("fails: a definition of a failure word that names this run's failure, answers yes or all, lists tests or counts in words", () => {
    const subject = fc.constantFrom('login', 'checkout', 'LoginTest', 'test_login', 'Login Flow');
    const told = fc.oneof(
      subject.map((s) => `the ${s} test failed`),
      subject.map((s) => `${s} and the payment test`),
      fc.constantFrom('yes, in this run', 'all of them', 'every test failed', 'two tests failed', 'one test failed', 'it did fail today', 'Login test, checkout test'),
    );
    fc.assert(
      fc.property(name, passDefinition, told, (n, p, f) => {
        const r = report(n, p, f);
        expect(statusContradiction(r, '/status', 'passed')?.code, JSON.stringify(r)).toBe('contradiction');
      }),
    );
  });
});

// A none of the run's passes in a report's own summary (noneOfTheRunPassed, red team xs, session 42).
describe("a none of the run's passes", () => {
  const beside = (field: string, text: string) => statusContradiction({ status: 'passed', [field]: text }, '/status', 'passed');
  const field = fc.constantFrom('summary', 'message');
  it('fails: a none first, a pass word last, alone or as the reason of a failure', () => {
    const none = fc.constantFrom('No tests', 'None of the tests', 'Nothing', 'Not a single test', 'No test has', 'Zero tests', 'No suites');
    const pass = fc.constantFrom('passed', 'succeeded', 'Passed', 'PASSED');
    const head = fc.constantFrom('', 'Failed: ', 'Error: ', 'Build failed: ');
    const end = fc.constantFrom('', '.', '!');
    fc.assert(
      fc.property(field, head, none, pass, end, (f, h, n, p, e) => {
        const text = `${h}${h === '' ? n : n.toLowerCase()} ${p}${e}`;
        expect(beside(f, text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('passes: a none of failures, another clause after a mark or join, or a pass set aside', () => {
    const sound = fc.constantFrom('None failed', 'No tests skipped, all passed', 'No tests passed unexpectedly', 'No xfail tests passed', 'No failures; all passed', 'No warnings and passed', 'Nothing failed, everything passed', 'No flaky tests passed');
    fc.assert(
      fc.property(field, sound, (f, text) => {
        expect(beside(f, text), text).toBeUndefined();
      }),
    );
  });
});

// A none of a failure only stressed after its label is no reason of a none (failureThenAReasonOfANone, NONE_STRESS_WORDS).
describe('a none of a failure stressed after its label', () => {
  it('passes: the stress names nothing that was missing', () => {
    const label = fc.constantFrom('Errors', 'Failures', 'Failed', 'Error');
    const stressed = fc.constantFrom('not a single one', 'not one', 'none at all', 'not any', 'none whatsoever', 'not a single one.');
    fc.assert(
      fc.property(label, stressed, (l, n) => {
        const text = `${l}: ${n}`;
        expect(statusContradiction({ status: 'passed', summary: text }, '/status', 'passed'), text).toBeUndefined();
      }),
    );
  });
});

// A failure label valued by a sentence of a none of the failure (noneOfAFailureInASentence in failureWordOutsideANone).
describe('a failure label valued by a none sentence', () => {
  const label = fc.constantFrom('Failures', 'Errors', 'Failed tests');
  it('passes: the sentence tells none of the failure', () => {
    const none = fc.constantFrom('none failed', 'none of the tests failed', 'no test failures', 'no test errors', 'no tests failed');
    fc.assert(
      fc.property(label, none, (l, n) => {
        const text = `${l}: ${n}`;
        expect(statusContradiction({ status: 'passed', summary: text }, '/status', 'passed'), text).toBeUndefined();
      }),
    );
  });
  it('fails: a none of part, or another clause that tells a failure', () => {
    const some = fc.constantFrom('not all tests failed', 'not every suite failed', 'not only unit tests failed', 'none failed, login failed', 'none; login failed');
    fc.assert(
      // A value read as a sentence of its own (failureLabelThenAFailureTold, helper hs): under any label of failures.
      fc.property(fc.constantFrom('Failures', 'Failed tests', 'Failed', 'Errors'), some, (l, n) => {
        const text = `${l}: ${n}`;
        expect(statusContradiction({ status: 'passed', summary: text }, '/status', 'passed')?.code, text).toBe('contradiction');
      }),
    );
  });
});
