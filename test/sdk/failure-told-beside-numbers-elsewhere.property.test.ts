// A failure told in words in a sentence of its own beside numbers elsewhere, or beside how long it took
// (failureToldBesideNumbersElsewhere under toldAsAFailedOutcome, red team zl, session 45): the digits no longer hand the
// whole text to the count readers, which find no count in it. A pass or a none told so keeps passing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (text: string) => statusContradiction({ status: 'passed', summary: text }, '/status', 'passed');
const duration = fc.tuple(fc.constantFrom('in ', 'after ', 'took ', ''), fc.integer({ min: 1, max: 9999 }), fc.constantFrom('ms', 's', ' s', ' seconds', 'm', ' minutes', 'h')).map(([lead, n, unit]) => `${lead}${n}${unit}`);
const numbersSentence = fc.oneof(
  fc.integer({ min: 1, max: 5000 }).map((n) => `Ran ${n} tests.`),
  duration.map((d) => `Duration ${d}.`),
  fc.integer({ min: 1, max: 99 }).map((n) => `Pressure 1.${n} bar.`),
);

describe('a failure told beside numbers elsewhere', () => {
  it('fails: a failure sentence before or after a sentence of numbers, or followed by its duration', () => {
    const failure = fc.constantFrom('Build failed', 'BUILD FAILED', 'Checkout failed', 'Deploy failed', 'Tests failed', 'Failed to compile', 'Build error');
    fc.assert(
      fc.property(failure, numbersSentence, duration, fc.constantFrom('before', 'after', 'duration'), (f, other, d, where) => {
        const text = where === 'before' ? `${f}. ${other}` : where === 'after' ? `${other} ${f}.` : `${f} ${d}`;
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('passes: a pass or a none told beside numbers elsewhere or with its duration', () => {
    const sound = fc.constantFrom('BUILD SUCCESSFUL', 'All tests passed', 'No failures', 'No tests failed', 'Build succeeded', 'OK', 'completed w/o errors', 'Done');
    fc.assert(
      fc.property(sound, numbersSentence, duration, fc.constantFrom('before', 'after', 'duration'), (s, other, d, where) => {
        const text = where === 'before' ? `${s}. ${other}` : where === 'after' ? `${other} ${s}.` : `${s} ${d}`;
        expect(beside(text), text).toBeUndefined();
      }),
    );
  });
});
