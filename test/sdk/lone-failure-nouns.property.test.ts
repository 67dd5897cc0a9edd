// A lone count beside a pass that names what failed by a noun the items column lacks, by a failure noun, or by a remark
// that says every one of its items failed (helper sx, closed session 39): families of spellings read the same way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (field: string, text: string) => statusContradiction({ status: 'passed', [field]: text }, '/status', 'passed');
const field = fc.constantFrom('summary', 'log', 'output');
const count = fc.integer({ min: 1, max: 999 });

describe('a lone count of failed things beside a pass', () => {
  const failure = fc.constantFrom('failed', 'broken', 'aborted', 'crashed', 'fehlgeschlagene', 'FAILED');
  const noun = fc.constantFrom('files', 'modules', 'workers', 'suites', 'packages', 'shards', 'Suiten', 'builds', 'jobs');
  it('fails whatever failed', () => {
    fc.assert(
      fc.property(field, count, failure, noun, (at, n, word, what) => {
        const text = `${n} ${word} ${what}`;
        expect(beside(at, text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('fails for a failure noun', () => {
    fc.assert(
      fc.property(field, count, fc.constantFrom('timeouts', 'regressions', 'exceptions', 'crashes', 'panics'), (at, n, what) => {
        for (const text of [`${n} ${what}`, `${what}: ${n}`, `${what[0]?.toUpperCase()}${what.slice(1)}: ${n}`]) expect(beside(at, text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('fails where a remark says all of its items failed', () => {
    const all = fc.constantFrom((n: number, w: string) => `${n} ${w} (all failed)`, (n: number, w: string) => `${n} ${w}, all failed`, (n: number, w: string) => `${n} ${w} - all broken`, (n: number, w: string) => `${n} ${w} (all timed out)`);
    fc.assert(
      fc.property(field, count, fc.constantFrom('suites', 'tests', 'modules', 'files', 'jobs'), all, (at, n, what, spell) => {
        const text = spell(n, what);
        expect(beside(at, text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('passes where the count is none, qualified, excused, of attempts or of passes', () => {
    const sound = fc.constantFrom((n: number) => `0 failed files`, (n: number) => `${n} expected regressions`, (n: number) => `${n} known timeouts`, (n: number) => `${n} failed files (flaky)`, (n: number) => `${n} failed attempts`, (n: number) => `${n} passed files`, (n: number) => `${n} suites (all passed)`, (n: number) => `${n} suites (all flaky)`);
    fc.assert(
      fc.property(field, count, sound, (at, n, spell) => {
        const text = spell(n);
        expect(beside(at, text), text).toBeUndefined();
      }),
    );
  });
});
