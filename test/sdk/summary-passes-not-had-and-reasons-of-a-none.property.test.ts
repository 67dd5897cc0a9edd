// A report's own summary beside a pass (helper gs, session 42): a pass not had before a failure word last (passNotHad,
// passStruckOut), a failure whose reason starts with a none of something else (failureThenAReasonOfANone), a failure
// word last after a long plain subject (plainLongSubject), and a legend of outcome words (legendOfOutcomeWords).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (field: string, text: string) => statusContradiction({ status: 'passed', [field]: text }, '/status', 'passed');
const ownText = fc.constantFrom('summary', 'message');

describe('a pass not had before a failure word last', () => {
  it('fails: a pass wished, due, denied or struck out overcomes no failure', () => {
    const notHad = fc.constantFrom('Should pass', 'Expected to pass', 'Would have passed', 'Never once passed', 'Could pass', 'Almost passed', 'Tests should pass', 'Build was supposed to pass', '<s>Passed</s>', '~~Passed~~', '<del>Passed</del>', '<strike>Succeeded</strike>');
    const failure = fc.constantFrom('after a failure', 'after a transient failure', 'after the failure', 'after a timeout failure');
    fc.assert(
      fc.property(ownText, notHad, failure, (field, p, f) => {
        const text = `${p} ${f}`;
        expect(beside(field, text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('passes: a pass had still overcomes it, and a struck failure word withdraws the failure', () => {
    const had = fc.constantFrom('Passed', 'Tests passed', 'Succeeded on retry', 'Build passed', 'Eventually passed');
    const failure = fc.constantFrom('after a failure', 'after a transient failure', 'after an earlier failure', 'after the first attempt failed');
    fc.assert(
      fc.property(ownText, had, failure, (field, p, f) => {
        const text = `${p} ${f}`;
        expect(beside(field, text), text).toBeUndefined();
      }),
    );
    for (const text of ['~~Failed~~ Passed', 'Never once failed', 'All checks should pass on main']) expect(beside('summary', text), text).toBeUndefined();
  });
});

describe('a failure whose reason starts with a none', () => {
  it('fails: the none is of what was missing', () => {
    const head = fc.constantFrom('Failed to start', 'Error', 'Build failed', 'Failed to connect', 'Deploy failed', 'Ошибка сборки', 'Upload failed');
    const reason = fc.constantFrom('no space left on device', 'no such file or directory', 'no route to host', 'none of the hosts responded', 'нет места', 'keine Verbindung', 'no permission');
    fc.assert(
      fc.property(ownText, head, reason, (field, h, r) => {
        const text = `${h}: ${r}`;
        expect(beside(field, text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('passes: the none is of the failure itself', () => {
    const label = fc.constantFrom('Errors', 'Failures', 'Build errors', 'Fehler', 'Ошибки');
    const none = fc.constantFrom('none', 'none found', 'none in this run', 'none so far', 'no new errors', 'no blocking issues', 'no regressions', 'keine', 'нет', 'keine gefunden');
    fc.assert(
      fc.property(ownText, label, none, (field, l, n) => {
        const text = `${l}: ${n}`;
        expect(beside(field, text), text).toBeUndefined();
      }),
    );
  });
});

describe('a failure word last after a long subject', () => {
  const place = fc.constantFrom('on main', 'on the main branch', 'on staging', 'for the release branch', 'on the nightly runner pool');
  it('fails: a plain subject of any length names what failed', () => {
    const subject = fc.constantFrom('The nightly integration build', 'Integration tests', 'The end to end suite', 'The smoke test job');
    const failed = fc.constantFrom('failed', 'crashed', 'timed out');
    fc.assert(
      fc.property(ownText, subject, place, failed, (field, s, p, f) => {
        const text = `${s} ${p} ${f}`;
        expect(beside(field, text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('passes: a word that excuses, conditions or denies it, or starts a clause of its own', () => {
    const lead = fc.constantFrom('Known flaky test', 'Steps to take when the build', 'Docs on why the nightly build', 'Retry the job if the build', 'Not a single test in the suite', 'None of the tests in the suite', 'Previously the integration suite');
    fc.assert(
      fc.property(ownText, lead, place, (field, l, p) => {
        const text = `${l} ${p} failed`;
        expect(beside(field, text), text).toBeUndefined();
      }),
    );
  });
});

describe('a legend of outcome words', () => {
  const name = fc.constantFrom('legend', 'status_legend', 'statusLegend', 'glossary', 'Legende', 'key');
  const definition = fc.constantFrom('test ran and failed', '✗ an assertion failed or the test errored', 'the check did not pass', 'an assertion did not hold');
  it('passes: its definitions name no failed item', () => {
    fc.assert(
      fc.property(name, definition, (n, d) => {
        const report = { status: 'passed', passed: 12, failed: 0, [n]: { passed: 'test ran and passed', failed: d, skipped: 'test was not run' } };
        expect(statusContradiction(report, '/status', 'passed'), JSON.stringify(report)).toBeUndefined();
      }),
    );
  });
  it('fails: a legend that counts, gives a status, names an item or defines a failure alone hides nothing', () => {
    const held = fc.constantFrom<Record<string, unknown>>({ passed: 9, failed: 3 }, { passed: 'test ran and passed', status: 'failed' }, { passed: 'test ran and passed', failed: 'test_login' }, { failed: 'test ran and failed' }, { passed: 'test ran and passed', failed: '3 tests failed' });
    fc.assert(
      fc.property(name, held, (n, h) => {
        const report = { status: 'passed', [n]: h };
        expect(statusContradiction(report, '/status', 'passed')?.code, JSON.stringify(report)).toBe('contradiction');
      }),
    );
  });
});
