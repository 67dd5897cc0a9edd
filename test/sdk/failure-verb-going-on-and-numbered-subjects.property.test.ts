// Families closed in session 46 (helper rb; red team zl, zn, session 45): a failure verb is a failure whatever words
// go on after it, unless they take it back or make it a name; and a number that names a subject (a version, a build,
// stage or shard number, a numbered label before a colon) is no count, so the failure told of that subject is one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const besidePass = (summary: string) => statusContradiction({ status: 'pass', summary }, '/status', 'pass');
const subject = fc.constantFrom('Build', 'Tests', 'Deploy', 'Nightly build', 'Checkout', 'Lint');
const cased = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase());
const stop = fc.constantFrom('', '.', '!');

describe('a failure verb, then words no list names', () => {
  const goesOn = fc.constantFrom<string>(
    'slowly', 'quickly', 'silently', 'badly', 'completely', 'hard', 'locally', 'without retries', 'without a report', 'with no retries', 'with no report',
    'for linux', 'for the release', 'at 1.2 bar', 'at 80%', 'on Windows', 'again', 'with exit status', 'in linking',
  );
  it('is a contradiction however it goes on', () => {
    fc.assert(
      fc.property(subject, goesOn, cased, stop, (s, rest, c, end) => {
        const text = c(`${s} failed ${rest}`) + end;
        expect(besidePass(text)?.code, text).toBe('contradiction');
      }),
    );
  });
  const takenBack = fc.constantFrom<string>(
    'previously', 'yesterday', 'before', 'earlier today', 'last week', 'occasionally', 'sometimes', 'as expected', 'expectedly', 'on the first attempt',
    'once then passed', 'but passed on retry', 'if any', 'none', 'zero', 'never', 'on 0 nodes', 'with 0 errors',
  );
  it('is no failure when what follows takes it back', () => {
    fc.assert(
      fc.property(subject, takenBack, stop, (s, rest, end) => {
        const text = `${s} failed ${rest}${end}`;
        expect(besidePass(text), text).toBeUndefined();
      }),
    );
  });
  // A noun after the verb makes the failure word a name only after one bare word and without a sentence's end
  // (`Build failed jobs`, a label); after a subject of more words or before a full stop (`Nightly build failed tests`,
  // `Build failed jobs.`) the subject failed them (helper sc, session 47: red team rk's `Merge request failed pipeline
  // checks`, `Release failed status checks.`).
  const named = fc.constantFrom('count', 'notifications enabled', 'hook', 'jobs', 'tests', 'logs');
  it('is no failure when a noun after it makes the failure word a name', () => {
    fc.assert(
      fc.property(fc.constantFrom('Build', 'Tests', 'Deploy', 'Checkout', 'Lint'), named, (s, rest) => {
        const text = `${s} failed ${rest}`;
        expect(besidePass(text), text).toBeUndefined();
        expect(besidePass(`Nightly ${s.toLowerCase()} failed ${rest}.`)?.code, `Nightly ${s} failed ${rest}.`).toBe('contradiction');
      }),
    );
  });
  it('is no failure after an imperative that names failed items (`Retry failed jobs`)', () => {
    fc.assert(
      fc.property(fc.constantFrom('Retry', 'Re-run', 'Rerun', 'Show', 'List'), fc.constantFrom('jobs', 'tests', 'steps', 'checks'), cased, (verb, items, c) => {
        const text = c(`${verb} failed ${items}`);
        expect(besidePass(text), text).toBeUndefined();
      }),
    );
  });
});

describe('a failure told of a subject whose name carries a number', () => {
  const numbered = fc.constantFrom<string>(
    'Node 18', 'Python 3.12', 'Windows 11', 'iOS 17', 'Ubuntu 22.04', 'Java 17', 'Build #1234', 'Stage 2', 'Shard 2/4', 'Shard 0/4', 'Suite 2 of 3', 'Step 3', 'Job 5', 'Release 2.0',
  );
  // A failure word first after a label (`Step 3: failed slowly`) is read as `Failed slowly` is: a failure word first names
  // what follows as often as it tells a failure, so only its listed going-on words are read there.
  const told = fc.constantFrom('failed', 'build failed', 'checkout failed', 'tests failed', 'failed again', 'build failed slowly', 'tests failed without retries');
  it('is a contradiction, with the number before the subject or as a label before a colon', () => {
    fc.assert(
      fc.property(numbered, told, stop, fc.boolean(), (name, failure, end, label) => {
        const text = label ? `${name}: ${failure}${end}` : `${name} ${failure}${end}`;
        expect(besidePass(text)?.code, text).toBe('contradiction');
      }),
    );
  });
  const sound = fc.constantFrom('passed', 'all passed', '0 failed', 'no tests failed', '12 passed in 3.2s', 'failed on the first attempt, passed on retry', 'flaky test failed', 'failed before');
  it('keeps passing when the rest tells no failure of this run', () => {
    fc.assert(
      fc.property(numbered, sound, fc.boolean(), (name, rest, label) => {
        const text = label ? `${name}: ${rest}` : `${name} ${rest}`;
        expect(besidePass(text), text).toBeUndefined();
      }),
    );
  });
  it('leaves a count after a plural or a bare zero to the count readers (`Tests 0 of 3 failed`, `Build 0 failures`)', () => {
    fc.assert(
      fc.property(fc.constantFrom('Tests', 'Jobs', 'Checks'), fc.integer({ min: 1, max: 50 }), (items, total) => {
        expect(besidePass(`${items} 0 of ${total} failed`)).toBeUndefined();
        expect(besidePass(`Build 0 failures`)).toBeUndefined();
      }),
    );
  });
});

describe('a failure told as meant (helper ro, session 46)', () => {
  const subject = fc.constantFrom('Login', 'Auth', 'The negative test');
  const meant = fc.constantFrom(' as designed', ' as intended', ' as planned', ' on purpose', ', by design', ' (by design)', ', as designed', ' (as intended)');
  it('passes a failure told as meant, right after it or as a remark of its own', () => {
    fc.assert(fc.property(subject, meant, (s, m) => {
      expect(besidePass(`${s} failed${m}`), `${s} failed${m}`).toBeUndefined();
    }));
  });
  it('fails it asked, or followed by another failure', () => {
    const taken = fc.constantFrom(' (by design?)', ' (as intended?)', ' as designed; checkout failed', ' on purpose; checkout failed', ', by design. Deploy failed');
    fc.assert(fc.property(subject, taken, (s, m) => {
      expect(besidePass(`${s} failed${m}`)?.code, `${s} failed${m}`).toBe('contradiction');
    }));
  });
});
