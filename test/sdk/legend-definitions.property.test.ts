// A legend of outcome words beside a pass (red team xs, session 42): its definitions are set aside only when they use the
// words any test, case or assertion is defined by (definitionWordsOnly); one that names this run's failure in words, in
// any spelling of the legend's name, is read as any object beside the status is.
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
