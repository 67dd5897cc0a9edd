// A summary beside a pass (helper ra, session 46): a remark after a told failure takes it back only by a pass of the
// failure's own subject (no subject, its own words, all of it beside a retry) or by a tolerance neither denied by a none
// nor guessed (remarkTakesBack in failureBeforeARemark). A pass of other members, another run or another place, a none
// of skips or tolerances and a hedged tolerance take nothing back, however they are spelled.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (text: string) => statusContradiction({ status: 'passed', summary: text }, '/status', 'passed');
const failure = fc.constantFrom('Build failed', 'Checkout failed', 'Lint failed', 'Deploy failed');
const mark = fc.constantFrom('; ', '. ', ', ', ' (', ' \u2014 ', ' | ', ' \u2192 ');
/** The same word as a reader draws it: full width, a look-alike letter, an invisible character, markup. */
const disguise = fc.constantFrom(
  (w: string) => w,
  (w: string) => w.toUpperCase(),
  (w: string) => [...w].map((c) => (c > ' ' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join(''),
  (w: string) => w.replace('o', '\u043e'),
  (w: string) => `${w.slice(0, 2)}\u200b${w.slice(2)}`,
  (w: string) => `<b>${w}</b>`,
);

describe('a pass of other members after a told failure', () => {
  const others = fc.constantFrom('others', 'tests', 'the rest', 'everything else', 'all other tests', 'unit tests', 'the previous run', 'main', 'andere', 'Tests');
  const pass = fc.constantFrom('passed', 'succeeded', 'passed on retry', 'bestanden', 'are green');
  it('fails whoever else passed, however the subject is spelled', () => {
    fc.assert(fc.property(failure, mark, others, pass, disguise, (f, m, o, p, d) => {
      const text = `${f}${m}${d(o)} ${p}`;
      expect(beside(text)?.code, text).toBe('contradiction');
    }));
  });
  it('fails a pass told of another place', () => {
    fc.assert(fc.property(failure, mark, fc.constantFrom('passed on macOS', 'passed locally', 'passed on windows', 'succeeded elsewhere'), (f, m, p) => {
      const text = `${f}${m}${p}`;
      expect(beside(text)?.code, text).toBe('contradiction');
    }));
  });
  it('passes a retry of the same subject that passed', () => {
    const retraction = fc.constantFrom('passed on retry', 'retried and passed', 'then passed on rerun', 'it passed on the second attempt', 'the retry succeeded', 'passed after a retry', 'then succeeded');
    fc.assert(fc.property(fc.constantFrom('Build failed', 'Build failed on first attempt', 'Deploy failed'), fc.constantFrom('; ', ', ', ' \u2192 '), retraction, (f, m, r) => {
      const text = `${f}${m}${r}`;
      expect(beside(text), text).toBeUndefined();
    }));
  });
  it('passes a retry at the failed run\'s own place, and fails one at another (helper ro, session 46)', () => {
    const own = fc.constantFrom('for the same commit', 'in the same job', 'on the same commit', 'for this commit', 'in CI', 'on another runner', 'on a new agent', 'on a different host', 'in this pipeline');
    const other = fc.constantFrom('for another commit', 'on a new commit', 'in another job', 'on a windows runner', 'on macOS', 'in the same job on macOS', 'on another branch');
    fc.assert(fc.property(failure, fc.constantFrom('; ', ', ', ' \u2192 '), fc.constantFrom('passed on retry', 'succeeded on rerun', 'then passed on retry'), own, other, (f, m, p, o, a) => {
      expect(beside(`${f}${m}${p} ${o}`), `${f}${m}${p} ${o}`).toBeUndefined();
      expect(beside(`${f}${m}${p} ${a}`)?.code, `${f}${m}${p} ${a}`).toBe('contradiction');
    }));
  });
  it('passes a retry spelled with a prefix that passed, and fails one of another subject (helper ro, session 46)', () => {
    const retry = fc.constantFrom('auto-retry', 'auto-rerun', 'auto retry', 'auto rerun', 're-try', 'autoretry', 'Auto-retry', 'the auto-retry');
    fc.assert(fc.property(failure, fc.constantFrom('; ', '. ', ', '), retry, fc.constantFrom('passed', 'succeeded'), fc.constantFrom('of docs', 'of the lint job'), (f, m, r, p, o) => {
      expect(beside(`${f}${m}${r} ${p}`), `${f}${m}${r} ${p}`).toBeUndefined();
      expect(beside(`${f}${m}${r} ${o} ${p}`)?.code, `${f}${m}${r} ${o} ${p}`).toBe('contradiction');
    }));
  });
  it('passes a failure a modal permits, and fails a guess, a prohibition or another subject\'s permission (helper ro, session 46)', () => {
    const permitted = fc.constantFrom('(may fail)', '(may be ignored)', '(may be skipped)', '; this job may fail without blocking', '(darf fehlschlagen)', '(peut échouer)', '(puede fallar)', '(può fallire)', '(pode falhar)', '(can fail)');
    const not = fc.constantFrom('(may be flaky)', '(may not fail)', '(may fail?)', '; docs may fail', '; docs may be ignored', '; docs darf fehlschlagen', '; the docs job may fail');
    fc.assert(fc.property(fc.constantFrom('Lint failed', 'Build failed', 'Deploy failed'), permitted, not, (f, p, n) => {
      expect(beside(`${f} ${p}`.replace(' ;', ';')), `${f} ${p}`).toBeUndefined();
      expect(beside(`${f} ${n}`.replace(' ;', ';'))?.code, `${f} ${n}`).toBe('contradiction');
    }));
  });
  it('passes the failure\'s own subject or all of it passing on a retry', () => {
    fc.assert(fc.property(fc.constantFrom('Tests', 'Build', 'Deploy'), fc.constantFrom('; ', '. '), fc.constantFrom('', 'all ', 'everything '), (s, m, all) => {
      const subject = all === '' ? s.toLowerCase() : all.trim();
      const text = `${s} failed${m}${subject} passed on retry`;
      expect(beside(text), text).toBeUndefined();
    }));
  });
});

describe('a none or a hedge after a told failure', () => {
  const denied = fc.constantFrom('None skipped.', 'Ignored: none.', 'not flaky', 'No flaky tests.', 'nothing skipped', 'Keine übersprungen.', 'none ignored');
  const hedge = fc.constantFrom('probably', 'maybe', 'possibly', 'might be', 'likely', 'seems', 'vielleicht', 'wahrscheinlich', 'peut-être');
  const tolerance = fc.constantFrom('flaky', 'known', 'quarantined', 'instabil');
  it('fails a none of skips or of a tolerance', () => {
    fc.assert(fc.property(failure, mark, denied, (f, m, r) => {
      const text = `${f}${m}${r}`;
      expect(beside(text)?.code, text).toBe('contradiction');
    }));
  });
  it('fails a tolerance guessed by a hedge word or a question mark, however the hedge is spelled', () => {
    fc.assert(fc.property(failure, mark, fc.oneof(fc.tuple(hedge, tolerance, disguise).map(([h, t, d]) => `${d(h)} ${t}`), tolerance.map((t) => `${t}?`)), (f, m, r) => {
      const text = `${f}${m}${r}`;
      expect(beside(text)?.code, text).toBe('contradiction');
    }));
  });
  it('passes a tolerance told plainly, and a guess followed by a retry that passed', () => {
    fc.assert(fc.property(fc.constantFrom('Build failed', 'Checkout failed'), fc.constantFrom('; ', ' (', ', '), fc.constantFrom('flaky', 'known flaky', 'quarantined', 'none of them required', 'probably flaky, passed on retry', 'flaky?, passed on retry'), (f, m, r) => {
      const text = `${f}${m}${r}${m === ' (' ? ')' : ''}`;
      expect(beside(text), text).toBeUndefined();
    }));
  });
});
