// A summary beside a pass (helper sa, session 47): a remark after a told failure takes it back only when it speaks of
// the failure's OWN subject in the same run (remarkTakesBack). A pass or a tolerance of another member named as a label,
// by a relative clause or a pronoun, a pass of only one of several failed members, a tolerance reaching over a later
// failure, a none of something else than failures, a retry that passed at another place and a pass on retry narrowed to
// part of the run or to changed code take nothing back, however the member or the words are spelled.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (text: string) => statusContradiction({ status: 'passed', summary: text }, '/status', 'passed');
const failure = fc.constantFrom('Build failed', 'Checkout failed', 'Deploy failed', 'Build fehlgeschlagen');
/** A member's name as a reader draws it: full width, a look-alike letter, an invisible character, markup, upper case. */
const disguise = fc.constantFrom(
  (w: string) => w,
  (w: string) => w.toUpperCase(),
  (w: string) => [...w].map((c) => (c > ' ' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join(''),
  (w: string) => w.replace('o', '\u043e').replace('i', '\u0456'),
  (w: string) => `${w.slice(0, 2)}\u200b${w.slice(2)}`,
  (w: string) => `<b>${w}</b>`,
);
const member = fc.constantFrom('docs', 'lint', 'the lint step', 'coverage', 'the docs job', 'smoke');

describe('a pass or a tolerance of another member after a told failure', () => {
  it('fails a pass of a member named as a label, after any mark', () => {
    const label = fc.constantFrom((m: string) => `${m}: `, (m: string) => `${m} \u2192 `, (m: string) => `${m} - `, (m: string) => `[${m}] `, (m: string) => `${m}/ `, (m: string) => `${m} = `, (m: string) => `${m}\uff1a `);
    fc.assert(fc.property(failure, fc.constantFrom('; ', ' | ', ', '), member, label, disguise, fc.constantFrom('passed', 'passed on retry', 'ok', 'bestanden'), (f, mark, m, l, d, p) => {
      const text = `${f}${mark}${l(d(m))}${p}`;
      expect(beside(text)?.code, text).toBe('contradiction');
    }));
  });
  it('fails a pass said by a relative clause or a pronoun of another noun', () => {
    const said = fc.constantFrom((m: string) => `${m}, which passed on retry`, (m: string) => `unlike ${m}, which passed on retry`, (m: string) => `it, ${m}, passed on retry`, (m: string) => `${m}, which passed on retry, is fine`, (m: string) => `so did ${m}, which passed`);
    fc.assert(fc.property(failure, fc.constantFrom('; ', ', ', ' ('), member, said, disguise, (f, mark, m, s, d) => {
      const text = `${f}${mark}${s(d(m))}`;
      expect(beside(text)?.code, text).toBe('contradiction');
    }));
  });
  it('fails a tolerance of another member, in any wording', () => {
    const tolerance = fc.constantFrom((m: string) => `${m} is flaky`, (m: string) => `flaky ${m} ignored`, (m: string) => `${m} allowed to fail`, (m: string) => `${m} optional`, (m: string) => `${m}: allowed to fail`, (m: string) => `${m} quarantined`, (m: string) => `${m} ist instabil`);
    fc.assert(fc.property(fc.constantFrom('Build failed', 'Checkout failed'), fc.constantFrom('; ', ' (', ', '), member, tolerance, disguise, (f, mark, m, t, d) => {
      const text = `${f}${mark}${t(d(m))}`;
      expect(beside(text)?.code, text).toBe('contradiction');
    }));
  });
  it('fails a pass or a tolerance of one of several failed members, and passes one of all of them', () => {
    fc.assert(fc.property(fc.constantFrom('Build', 'Tests', 'Checkout'), fc.constantFrom('lint', 'docs'), fc.constantFrom(' and ', ', ', ' und ', ' & '), fc.constantFrom('passed on retry', 'is flaky', 'optional'), fc.constantFrom('; ', '. '), (a, b, join, outcome, mark) => {
      const failed = `${a}${join}${b} failed${mark}`;
      expect(beside(`${failed}${b} ${outcome}`)?.code, `${failed}${b} ${outcome}`).toBe('contradiction');
      expect(beside(`${failed}both ${outcome === 'passed on retry' ? 'passed on retry' : 'flaky'}`), `${failed}both …`).toBeUndefined();
    }));
  });
  it('fails a failure of another member told after a tolerated one, and passes a pass told there', () => {
    fc.assert(fc.property(fc.constantFrom('(flaky)', '(optional)', '(known flaky)'), fc.constantFrom('. ', '; ', ', ', '\uff1b'), member, disguise, (t, mark, m, d) => {
      expect(beside(`Lint failed ${t}${mark}${d(m === 'lint' ? 'build' : m)} failed`)?.code, `Lint failed ${t}${mark}${m} failed`).toBe('contradiction');
      expect(beside(`Lint failed ${t}${mark}build passed`), `Lint failed ${t}${mark}build passed`).toBeUndefined();
    }));
  });
  it('passes a pass or a tolerance of the failure\'s own subject, of the job itself or of what caused it', () => {
    const own = fc.constantFrom('; build: passed on retry', ' (build: passed on retry)', '; retry: passed', ', which passed on retry', '; it, the build, passed on retry', ' (flaky)', '; build is flaky', ' (this job is optional)', ' (flaky network error)', ' (known infra flake)', '; retried and passed', '; retried and passed in CI', '; retried, passed');
    fc.assert(fc.property(own, (r) => {
      const text = `Build failed${r}`;
      expect(beside(text), text).toBeUndefined();
    }));
  });
});

describe('a none, a retry elsewhere or a narrowed pass after a told failure', () => {
  it('fails a none of something else than failures, in any language or spelling, and passes a none of their weight', () => {
    const something = fc.constantFrom('no cache', 'no artifacts uploaded', 'no rollback', 'keine Logs', 'keine Wiederholung', 'aucun log', 'sin reintentos', 'no retry', 'ｎｏ ｃａｃｈｅ', 'no c\u0430che');
    const weight = fc.constantFrom('none required', 'none blocking', 'no impact', 'no action needed', 'keine Auswirkung');
    fc.assert(fc.property(failure, fc.constantFrom('; ', ', ', ' ('), something, weight, (f, mark, s, w) => {
      const close = mark === ' (' ? ')' : '';
      expect(beside(`${f}${mark}${s}${close}`)?.code, `${f}${mark}${s}${close}`).toBe('contradiction');
      expect(beside(`${f}${mark}${w}${close}`), `${f}${mark}${w}${close}`).toBeUndefined();
    }));
  });
  it('fails a retry that passed at another place, and passes one at the failed run\'s own', () => {
    fc.assert(fc.property(failure, fc.constantFrom('retried and passed', 'rerun and passed', 'retried, then passed'), fc.constantFrom('on macOS', 'for another commit', 'on a windows runner', 'on ｍａｃＯＳ'), fc.constantFrom('', ' in CI', ' on another runner', ' for the same commit'), (f, r, other, own) => {
      expect(beside(`${f}; ${r} ${other}`)?.code, `${f}; ${r} ${other}`).toBe('contradiction');
      expect(beside(`${f}; ${r}${own}`), `${f}; ${r}${own}`).toBeUndefined();
    }));
  });
  it('fails a pass on retry narrowed to part of the run or to changed code, and passes one beside a pointer, a none or warnings', () => {
    const narrowed = fc.constantFrom(' except lint', ' with tests disabled', ' (tests skipped)', ' with my patch', ' but only for docs', ', apart from lint', ' after a fix', ' \uff45\uff58\uff43\uff45\uff50\uff54 lint', ' with my p\u0430tch');
    const sound = fc.constantFrom('', ', see logs', ' (none skipped)', ' with warnings', ' (flaky)', ' with the same commit');
    fc.assert(fc.property(failure, fc.constantFrom('passed on retry', 'retried and passed'), narrowed, sound, (f, p, n, s) => {
      expect(beside(`${f}; ${p}${n}`)?.code, `${f}; ${p}${n}`).toBe('contradiction');
      expect(beside(`${f}; ${p}${s}`), `${f}; ${p}${s}`).toBeUndefined();
    }));
  });
});
