// Helper zm, session 45 (found by helper ze): a line break parts the words beside it as a page or a terminal draws it, so
// blocks that tell only passes after a none of failures (`Nothing failed\n\nAll tests passed`) are no none of passes
// (linesParted); and a count of failures after a pass, run-end or heading word on its line (`Summary 3 failed`, `ok 3
// failed`) is read alone (endsInNoSubjectOfACount), while a qualifier there (`Flaky 3 failed`) keeps it qualified.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (text: string) => statusContradiction({ status: 'passed', summary: text }, '/status', 'passed');

const none = fc.constantFrom('Nothing failed', 'No tests failed', 'No failures', 'No tests failed.');
const passBlock = fc.constantFrom('All tests passed', '**All tests passed**', 'checked passed', 'checkout passed', 'Lint ok');
const lineBreak = fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n');
const noSubject = fc.constantFrom('Summary', 'Result', 'Status', 'ok', 'OK', 'done', 'finished', 'passed', 'All tests passed', 'Build ok');
const count = fc.integer({ min: 1, max: 999 });
const failureWord = fc.constantFrom('failed', 'errors', 'failures');

describe('blocks that tell only passes after a none of failures', () => {
  it('pass: the words beside a line break are never read joined', () => {
    fc.assert(
      fc.property(none, fc.array(passBlock, { minLength: 1, maxLength: 3 }), lineBreak, (n, blocks, br) => {
        const text = [n, ...blocks].join(br);
        expect(beside(text), JSON.stringify(text)).toBeUndefined();
      }),
    );
  });
  it('a later block that tells a failure still fails', () => {
    fc.assert(
      fc.property(none, passBlock, lineBreak, (n, block, br) => {
        const text = [n, block, 'checkout failed'].join(br);
        expect(beside(text)?.code, JSON.stringify(text)).toBe('contradiction');
      }),
    );
  });
});

describe('a count of failures after a word that cannot be its subject', () => {
  it('fails beside a pass', () => {
    fc.assert(
      fc.property(noSubject, count, failureWord, (word, n, failure) => {
        const text = `${word} ${n} ${failure}`;
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('a qualifier or a numbered subject before it keeps passing', () => {
    fc.assert(
      fc.property(fc.constantFrom('Flaky', 'Previous', 'Attempt'), count, (word, n) => {
        const text = `${word} ${n} failed`;
        expect(beside(text), text).toBeUndefined();
      }),
    );
  });
});
