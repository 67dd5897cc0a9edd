// An exception to a none of failures ends at a block of its own after it: a line, list item, paragraph or cell telling
// a pass, a measure or a note's label names no member (helper xg, session 44: namingUpToABlockOfItsOwn); a bare name
// there stays a member. Words of leaving out name an exception as `except` does (`excluding`, `not counting`, `bar`,
// `ausgenommen`, `z wyjątkiem`, `за исключением`), and a member drawn in MathML is read (mathMlTagInsideMath).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (text: string) => statusContradiction({ status: 'passed', summary: text }, '/status', 'passed');

const none = fc.constantFrom('No tests failed', '0 failures', 'Nothing failed');
const tolerated = fc.constantFrom('flaky login', 'the quarantined checkout test', 'known flaky ones');
/** Two blocks: the none and its exception in the first, the second as the page parts it. */
const blocks = fc.constantFrom(
  (a: string, b: string) => `<ul><li>${a}</li><li>${b}</li></ul>`,
  (a: string, b: string) => `<p>${a}</p><p>${b}</p>`,
  (a: string, b: string) => `<div>${a}</div><div>${b}</div>`,
  (a: string, b: string) => `${a}<br>${b}`,
  (a: string, b: string) => `${a}\n${b}`,
  (a: string, b: string) => `<table><tr><td>${a}</td><td>${b}</td></tr></table>`,
);
const ownBlock = fc.constantFrom('checkout passed', 'checkout: passed', '214 passed', '12s', '3m 12s', 'why', 'deploy passed');

describe('an exception followed by a block of its own', () => {
  it('passes when the block after a tolerated member tells its own pass, a measure or a note label', () => {
    fc.assert(
      fc.property(none, tolerated, blocks, ownBlock, (n, t, parted, own) => {
        const text = parted(`${n} except ${t}`, own);
        expect(beside(text), text).toBeUndefined();
      }),
    );
  });
  it('fails when the block names a bare member, tells a failure, or opens with a join or an exception word', () => {
    fc.assert(
      fc.property(none, tolerated, blocks, fc.constantFrom('checkout', 'checkout failed', 'and checkout', 'except checkout'), (n, t, parted, next) => {
        const text = parted(`${n} except ${t}`, next);
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
  });
});

/** Each word with a none of its language. */
const leavingOutWithItsNone = fc.constantFrom(
  ...['excluding', 'not counting', 'exclusive of', 'bar', 'omitting', 'leaving out'].map((w) => ['0 failures', w]),
  ...['ausgenommen', 'abgesehen von', 'mit Ausnahme von'].map((w) => ['0 Fehler', w]),
  ...['exceptuando', 'a excepción de'].map((w) => ['0 fallos', w]),
  ['0 errori', 'ad eccezione di'], ['0 fouten', 'met uitzondering van'], ['0 błędów', 'z wyjątkiem'], ['0 ошибок,', 'за исключением'], ['0 помилок,', 'за винятком'],
);
/** Words that leave what they name out of the count: what is not run is left out of it as failing nothing. */
const leavingOutOfTheCount = fc.constantFrom('excluding', 'not counting', 'exclusive of', 'omitting', 'leaving out');

describe('an exception named by a word of leaving out', () => {
  it('fails when it leaves an untolerated member out of a none', () => {
    fc.assert(
      fc.property(leavingOutWithItsNone, fc.constantFrom('checkout', 'login', 'deploy'), ([n, w], member) => {
        const text = `${n} ${w} ${member}`;
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('passes when what it leaves out is tolerated or not run, and reads `bar` before a noun as the noun', () => {
    fc.assert(
      fc.property(leavingOutWithItsNone, fc.constantFrom('quarantined tests', 'known flaky ones'), ([n, w], member) => {
        const text = `${n} ${w} ${member}`;
        expect(beside(text), text).toBeUndefined();
      }),
    );
    fc.assert(
      fc.property(leavingOutOfTheCount, fc.constantFrom('skipped tests', 'quarantined tests'), (w, member) => {
        const text = `0 failures ${w} ${member}`;
        expect(beside(text), text).toBeUndefined();
      }),
    );
    for (const text of ['0 failures bar chart attached', '0 failures, progress bar at 100%', '0 failures, bar none', 'No tests failed, see bar chart below'])
      expect(beside(text), text).toBeUndefined();
  });
});

describe('an exception member drawn in MathML', () => {
  const drawn = fc.constantFrom(
    (m: string) => `<math><mtext>${m}</mtext></math>`,
    (m: string) => `<math><mi>${m}</mi></math>`,
    (m: string) => `<math><ms>${m}</ms></math>`,
    (m: string) => `<math><mrow><mi>${m}</mi></mrow></math>`,
    (m: string) => `<math>${m}</math>`,
  );
  it('fails when the member is untolerated, passes when tolerated', () => {
    fc.assert(
      fc.property(none, drawn, (n, d) => {
        expect(beside(`${n} except ${d('checkout')}`)?.code).toBe('contradiction');
        expect(beside(`${n} except ${d('flaky login')}`)).toBeUndefined();
      }),
    );
  });
});
