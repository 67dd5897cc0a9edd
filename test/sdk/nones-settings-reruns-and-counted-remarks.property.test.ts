/**
 * Helper re, session 46: five false failures of a summary beside a pass closed, each with the nearest wrong pass it
 * could open held failing.
 * - a none of the failure word's own language (`Não houve falhas`, `Sem falhas`, `Senza fallimenti`), `free of`, an
 *   elided `d'` and a zero in its language's spelling (`Zéro échec`) clear a failure word; a denied none does not;
 * - a setting or a condition of what happens on a failure (`Retry on failure: on`, `Abort on first failure`, `If any test
 *   fails, the build fails`) tells no failure; a numeral that is an English word (Turkish `on`) counts only beside a word
 *   of its language;
 * - failed members run again (`Re-ran 1 failed job`, `Reran 2 failed tests`) are a rerun's;
 * - a left-out remark counting its members in other words (`all three skipped`, `the two skipped`) is said of all of
 *   them only where the count is theirs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const judged = (summary: string): string | undefined => statusContradiction({ status: 'pass', summary }, '/status', 'pass', undefined, {})?.code;
const PASSES = ['Passed.', 'Tests passed.', '12 passed.', 'All checks passed.'];
/** What a summary may say after a none: a count of failures told, a failure in a clause of its own, an exception. */
const FAILURES_AFTER = ['. 3 failed.', '; checkout failed.', ', 3 failed', ' but 3 failed'];

describe('a none of the failure word’s own language, free of, elided or zero (property)', () => {
  const NONES = ['Não houve falhas', 'Não há falhas', 'Sem falhas', 'Não ocorreram falhas', 'Nao houve falhas', 'Senza fallimenti', 'Tanpa kegagalan', 'Χωρίς αποτυχίες', 'Free of failures', 'Free from failures', 'Free from errors', "Pas d'échec", 'Pas d’échec', 'Zéro échec', 'Cero fallos'];
  it('passes alone or after a pass, in either case', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NONES), fc.constantFrom('', ...PASSES), fc.boolean(), (none, pass, lower) => {
        const summary = `${pass} ${lower ? none.toLowerCase() : none}.`.trim();
        expect(judged(summary), summary).toBeUndefined();
      }),
    );
  });
  it('clears nothing told after it, and nothing when denied', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NONES), fc.constantFrom(...FAILURES_AFTER), (none, after) => {
        const summary = `${none}${after}`;
        expect(judged(summary), summary).toBe('contradiction');
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom('Not', 'Never', 'Não'), fc.constantFrom('without failures', 'free of failures', 'free from errors', 'sem falhas'), (denial, none) => {
        const summary = `${denial} ${none}`;
        expect(judged(summary), summary).toBe('contradiction');
      }),
    );
  });
  it('reads a language’s none before that language’s failure words only', () => {
    fc.assert(
      fc.property(fc.constantFrom('SEM', 'Sem', 'Senza', 'Tanpa'), fc.constantFrom('pipeline failed', 'build failed', 'job failed'), (word, failure) => {
        const summary = `${word} ${failure}`;
        expect(judged(summary), summary).toBe('contradiction');
      }),
    );
  });
});

describe('a setting or a condition of what happens on a failure (property)', () => {
  const SETTINGS = ['Retry on failure: on.', 'On failure: notify.', 'Video: on failure.', 'Abort on first failure.', 'Exit on first failure.', 'On any failure: notify.', 'If any test fails, the build fails.', 'Unless a step fails, deploy.'];
  it('tells no failure after a pass', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PASSES), fc.constantFrom(...SETTINGS), (pass, setting) => {
        const summary = `${pass} ${setting}`;
        expect(judged(summary), summary).toBeUndefined();
      }),
    );
  });
  it('clears no count told after it, nor a deed done on a failure', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PASSES), fc.constantFrom(...SETTINGS), fc.integer({ min: 1, max: 99 }), (pass, setting, n) => {
        const summary = `${pass} ${setting} ${n} failed.`;
        expect(judged(summary), summary).toBe('contradiction');
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom('Stopped', 'Aborted', 'Halted', 'Exited'), fc.constantFrom('on failure', 'on first failure', 'on the first failure'), (deed, condition) => {
        const summary = `${deed} ${condition}`;
        expect(judged(summary), summary).toBe('contradiction');
      }),
    );
  });
  it('reads a numeral that is an English word as a count beside a word of its language or as a failure label’s value', () => {
    for (const summary of ['12 passed. Başarısız: on', '12 passed. başarısız testler: on', '12 passed. Failed: on', 'Failed: on', 'Failed: due', 'failed: elf', 'errori: due']) expect(judged(summary), summary).toBe('contradiction');
  });
});

describe('failed members run again (property)', () => {
  const RERUNS = ['Re-ran', 'Reran', 'Re-run', 'Rerun', 'Retried', 'Re-tried'];
  it('excuses the failed members it ran again', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PASSES), fc.constantFrom(...RERUNS), fc.integer({ min: 1, max: 20 }), fc.constantFrom('job', 'test', 'check'), (pass, rerun, n, item) => {
        const summary = `${pass} ${rerun} ${n} failed ${item}${n === 1 ? '' : 's'}.`;
        expect(judged(summary), summary).toBeUndefined();
      }),
    );
  });
  it('excuses no failure told after it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RERUNS), fc.constantFrom('; it failed again.', '. It failed again.'), (rerun, after) => {
        const summary = `Tests passed. ${rerun} 1 failed job${after}`;
        expect(judged(summary), summary).toBe('contradiction');
      }),
    );
  });
});

describe('a left-out remark counting its members in other words (property)', () => {
  const MEMBERS = [['e2e'], ['e2e', 'smoke'], ['e2e', 'smoke', 'lint'], ['e2e', 'smoke', 'lint', 'docs']];
  const WORDS = ['one', 'two', 'three', 'four'];
  const listed = (members: readonly string[]): string => (members.length === 1 ? members[0] as string : `${members.slice(0, -1).join(', ')} and ${members.at(-1) as string}`);
  it('is said of every member where its count is theirs, and of none where it is not', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MEMBERS), fc.integer({ min: 1, max: 4 }), fc.boolean(), fc.constantFrom('all ', 'the ', ''), (members, count, inWords, lead) => {
        const said = inWords && count > 1 ? WORDS[count - 1] as string : String(count);
        const summary = `All tests passed except ${listed(members)} (${lead}${said} skipped)`;
        // `all` is said of two or more (`e2e (all skipped)` counts none it follows), as before.
        expect(judged(summary), summary).toBe(count === members.length && !(lead === 'all ' && count < 2) ? undefined : 'contradiction');
      }),
    );
  });
  it('excuses no member it tells failed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MEMBERS.slice(1)), fc.constantFrom('failed', 'crashed'), (members, outcome) => {
        const summary = `All tests passed except ${listed(members)} (all ${members.length} ${outcome})`;
        expect(judged(summary), summary).toBe('contradiction');
      }),
    );
  });
});
