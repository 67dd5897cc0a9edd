// A summary beside a pass that tells a failure, then a remark (helper fc, session 48): remarkTakesBack takes the failure
// back by a pass of its own subject or a tolerance told now of it. A remark that only numbers the try that failed past
// the first or tells how often, a tolerance of the past, one only guessed or still unchecked, a CI setting of another
// member, one still to come, and a tolerance followed by another member's failure take nothing back, however they are
// written; a numbered try that passed and a tolerance told plainly keep passing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (text: string) => statusContradiction({ status: 'passed', summary: text }, '/status', 'passed');
const failure = fc.constantFrom('Build failed', 'Checkout failed', 'Deploy failed', 'Tests failed');
/** The same words as a reader draws them: capitals, look-alike letters, markup, full width. */
const disguise = fc.constantFrom(
  (w: string) => w,
  (w: string) => w.toUpperCase(),
  (w: string) => w.replace('e', '\u0435').replace('o', '\u043e'),
  (w: string) => `<b>${w}</b>`,
  (w: string) => [...w].map((c) => (c > ' ' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join(''),
);
const fails = (text: string): void => {
  expect(beside(text)?.code, text).toBe('contradiction');
};
const passes = (text: string): void => {
  expect(beside(text), text).toBeUndefined();
};

describe('a failure, then the try it came on or how often', () => {
  const later = fc.constantFrom('attempt 2', 'attempt #2', 'attempt no. 2', 'try 2', 'try 3', 'retry 1', 'retry #2', 'rerun 1', 'attempt 3 of 3', 'attempt 2/3', 'attempt 1 of 1', 'once', 'just once', 'only once');
  it('fails a try numbered past the first or a count of times, in brackets or after a mark', () => {
    fc.assert(fc.property(failure, fc.constantFrom(' (', ', ', '; '), later, disguise, (f, m, r, d) => fails(`${f}${m}${d(r)}${m === ' (' ? ')' : ''}`)));
  });
  it('fails a failure on a place numbered out of a total', () => {
    fc.assert(fc.property(failure, fc.constantFrom('attempt 3 of 3', 'attempt 2/3', 'try 2 of 2', 'retry 1 of 2'), (f, r) => fails(`${f} on ${r}`)));
  });
  it('passes a numbered try that passed and a first try that failed before a pass', () => {
    const sound = fc.constantFrom('; passed on retry #1', ', passed on retry #1', '; retry 2 passed', ' (attempt 1), passed on attempt 2', ' (attempt 1 of 3); passed on attempt 2 of 3', ' on first attempt; passed on retry', ' (once); passed on retry');
    fc.assert(fc.property(failure, sound, (f, s) => passes(`${f}${s}`)));
  });
});

describe('a failure, then a tolerance of the past', () => {
  it('fails a tolerance dated before this run by an adverb', () => {
    fc.assert(fc.property(failure, fc.constantFrom('previously', 'formerly', 'once'), fc.constantFrom('flaky', 'known flaky', 'quarantined', 'non-blocking', 'optional'), disguise, (f, p, t, d) => fails(`${f} (${d(p)} ${t})`)));
  });
  it('passes a tolerance told now', () => {
    fc.assert(fc.property(failure, fc.constantFrom('flaky', 'known flaky', 'quarantined', 'flaky, triaged', 'flaky, confirmed'), disguise, (f, t, d) => passes(`${f} (${d(t)})`)));
  });
});

describe('a failure, then a tolerance only guessed or still unchecked', () => {
  const hedged = fc.constantFrom('prob. flaky', 'poss. flaky', 'flaky, unclear', 'flaky, uncertain', 'flaky, untriaged', 'flaky / real, unclear', 'flaky, needs confirmation', 'flaky, needs triage', 'flaky, pending triage');
  it('fails it however it is written', () => {
    fc.assert(fc.property(failure, hedged, disguise, (f, h, d) => fails(`${f} (${d(h)})`)));
  });
});

describe('a failure, then a CI setting of another member or a tolerance still to come', () => {
  const setting = fc.constantFrom('allow_failure: true', 'continue-on-error: true', 'soft_fail: true', 'allow_failure', 'allow_failure: yes');
  it('fails a setting set on a member the failure does not name, and passes one of its own or of none', () => {
    fc.assert(fc.property(setting, fc.constantFrom('on lint', 'for docs', 'in the docs job', 'on the lint job', 'for e2e'), disguise, (s, o, d) => {
      fails(`Build failed (${d(s)} ${o})`);
      passes(`Lint failed (${d(s)} on lint)`);
      passes(`Lint failed (${d(s)})`);
      passes(`Lint failed; ${d(s)}`);
    }));
  });
  it('fails a tolerance after a TODO, told in the future or waiting for something', () => {
    const toCome = fc.constantFrom('TODO: mark as flaky', 'TODO: allow_failure: true', 'TODO: soft fail', 'FIXME: mark as flaky', 'TODO mark as flaky', 'will be non-blocking', 'will be optional', "it'll be optional", 'optional once #12 lands', 'non-blocking once merged', 'soon optional');
    fc.assert(fc.property(failure, toCome, disguise, (f, t, d) => fails(`${f} (${d(t)})`)));
  });
  it('passes a tolerance told now beside a plan', () => {
    fc.assert(fc.property(failure, fc.constantFrom('flaky, TODO: fix', 'flaky; will retry'), (f, t) => passes(`${f} (${t})`)));
  });
});

describe('a tolerated failure, then a failure of another member', () => {
  const tolerated = fc.constantFrom('Lint failed (flaky)', 'Lint failed (known issue)', 'Lint failed (optional)');
  it('fails the later failure after a join or a mark, in any spelling', () => {
    const join = fc.constantFrom(' and ', '; ', ', then ', '. ', ' but ');
    const later = fc.constantFrom('build failed', 'build: FAILED', 'build did not pass', 'build timed out', 'build failed again', 'build never passed');
    fc.assert(fc.property(tolerated, join, later, disguise, (t, j, l, d) => fails(`${t}${j}${d(l)}`)));
  });
  it('passes passes of other members after it', () => {
    fc.assert(fc.property(tolerated, fc.constantFrom(' and ', '; ', '. ', ' but '), fc.constantFrom('build passed', 'tests passed', 'build passed; tests passed'), disguise, (t, j, p, d) => passes(`${t}${j}${d(p)}`)));
  });
});

describe('a failure with a glued bracket holding a none of something else', () => {
  it('fails it, and passes a none of the failure\'s weight or a pass on retry', () => {
    fc.assert(fc.property(fc.constantFrom('Build failed', 'ビルド失敗', 'Deploy failed'), fc.constantFrom('(', '（', ' (', ' （'), (f, b) => {
      const close = b.includes('（') ? '）' : ')';
      fails(`${f}${b}${f.startsWith('ビ') ? 'ログなし' : 'no logs'}${close}`);
      passes(`${f}${b}${f.startsWith('ビ') ? '再試行で成功' : 'no impact'}${close}`);
    }));
  });
});
