// An entry's outcome led by a count of none and then a word of its own failure (red team ga, session 39), and an excuse
// taken back in look-alike letters (helper fa): families of spellings read the same way. A none counts only what it
// names, so a failure word after it tells a failure unless a none of its own clause or its own value clears it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const entry = (result: string) => statusContradiction({ status: 'passed', checks: [{ name: 'build', result }] }, '/status', 'passed');

const noneLead = fc.constantFrom('0 errors', '0 failures', '0 failed', '0 Fehler', '0 erreurs', '0 errors in 2 suites', '0 errors, 3 warnings', '0 errors, 3 passed', '0 errors, 2 skipped');
const subject = fc.constantFrom('', 'build ', 'the build ', 'job ', 'Build ');
const failure = fc.constantFrom('failed', 'FAILED', 'failure', 'crashed', 'broken', 'aborted', 'errored', 'fehlgeschlagen', 'échoué', 'fаiled', 'ｆａｉｌｅｄ');
const join = fc.constantFrom(': ', ', ', '; ', ' - ', ' — ', ' but ', ' and no warnings but ', ' (', ', then ');

describe('an outcome led by a count of none', () => {
  it('fails where a word of its own failure follows, however it is joined or spelled', () => {
    fc.assert(
      fc.property(noneLead, join, subject, failure, (lead, by, who, word) => {
        const text = `${lead}${by}${who}${word}${by === ' (' ? ')' : ''}`;
        expect(entry(text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('passes where each failure word is under a none of its own clause or cleared by its own value', () => {
    const told = fc.constantFrom('none failed', 'no tests failed', 'nothing failed', 'none of the suites failed', 'failed: 0', 'failures: none', 'failed=0', 'not failed', 'never failed', 'zero failed', '0 tests failed', 'keine fehlgeschlagen', 'aucun échoué');
    const sound = fc.constantFrom(', ', '; ', ' (', ' - ');
    fc.assert(
      // A count of warnings beside a word is read as counted (`0 errors, 3 warnings, failed`), so the leads here count none or passes only.
      fc.property(noneLead.filter((lead) => !lead.includes('warnings')), sound, told, (lead, by, clear) => {
        const text = `${lead}${by}${clear}${by === ' (' ? ')' : ''}`;
        expect(entry(text), text).toBeUndefined();
      }),
    );
  });
});

describe('an excuse taken back in look-alike letters', () => {
  // Each letter of `jk` as written or as a letter of another script drawn like it, in any of the places a withdrawal is read.
  const j = fc.constantFrom('j', 'ј', 'ｊ');
  const k = fc.constantFrom('k', 'к', 'κ', 'ｋ');
  const place = fc.constantFrom((w: string) => `3 failed, all fixed (${w})`, (w: string) => `3 failed (all fixed) - ${w}`, (w: string) => `3 failed, all fixed. ${w}.`, (w: string) => `3 failed (flaky), ${w}`);
  it('fails whichever look-alikes spell it', () => {
    fc.assert(
      fc.property(j, k, place, (a, b, at) => {
        const text = at(`${a}${b}`);
        expect(entry(text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('still excuses where the part after it takes nothing back', () => {
    const other = fc.constantFrom('ок', 'по плану', 'all green', 'jkl');
    fc.assert(
      fc.property(other, place, (word, at) => {
        const text = at(word);
        expect(entry(text), text).toBeUndefined();
      }),
    );
  });
});
