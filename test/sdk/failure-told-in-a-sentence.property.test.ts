// A report's own summary that tells a failure in one short clause (failureToldInASentence under toldAsAFailedOutcome,
// red team xo and xz2, session 40; closed in session 41), the failures a pass overcame or a negation clears
// (overcomeByAPass, negatedRightBefore, JOINS_ALSO_A_PLACE), outcome text under other names
// (outcomeTextUnderAnotherName), and counts apart from their total or in a list of runs (totalApartFromItsOutcomes,
// runSummariesInAList).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (field: string, text: string) => statusContradiction({ status: 'passed', [field]: text }, '/status', 'passed');
const ownText = fc.constantFrom('summary', 'message', 'msg');
const endMark = fc.constantFrom('', '.', '!');
// As a reader is shown it: case, full width, a look-alike letter, markup.
const drawn = fc.constantFrom(
  (t: string) => t,
  (t: string) => t.toUpperCase(),
  (t: string) => t.normalize('NFKC').replace(/[!-~]/gu, (ch) => String.fromCodePoint((ch.codePointAt(0) as number) + 0xfee0)),
  (t: string) => t.replace('a', '\u0430'),
  (t: string) => `<b>${t}</b>`,
);

describe('a failure told in a sentence', () => {
  it('fails: a failure word first with what failed, a reason, a compound, a run that did not manage', () => {
    const told = fc.constantFrom(
      'Failed to compile', 'Failure during deploy', 'Error while linking', 'Échec de la compilation', 'Falha na compilação', 'Fehler beim Kompilieren',
      'Ошибка сборки', 'Błąd kompilacji', 'Build failed due to timeout', 'Deploy failed: timeout', 'Tests failed while compiling', 'Build-Fehler', 'Build error',
      'Could not build', "Can't connect to registry", 'Unable to build', 'Kompilacja nie powiodła się', 'Build konnte nicht erstellt werden', 'Impossible de compiler',
    );
    fc.assert(
      fc.property(ownText, told, endMark, drawn, (field, t, mark, draw) => {
        const text = draw(`${t}${mark}`);
        expect(beside(field, text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('passes where a word of the clause excuses, conditions or bounds it, or says what a check does', () => {
    const told = fc.constantFrom('Failed to compile', 'Build failed due to timeout', 'Could not build', 'Build error', 'Error in compilation');
    const excuse = fc.constantFrom(' in the previous run', ' (expected)', ' on baseline', ' if coverage drops', ', retried', ' was fixed', ' is ignored');
    fc.assert(
      fc.property(ownText, told, excuse, (field, t, e) => {
        const text = `${t}${e}`;
        expect(beside(field, text), text).toBeUndefined();
      }),
    );
    for (const text of ['Fails if coverage drops', 'Fails for empty input', 'Failed tests were retried', 'Failure injection tests passed', 'Compile error fixed', 'Error handling tests', 'Could not find any failures', 'No build errors', 'Ошибок нет', 'Ошибки отсутствуют', 'Błędów brak', 'Retry on error', 'fix: build failed']) {
      expect(beside('summary', text), text).toBeUndefined();
    }
  });
});

describe('a pass denied with never or a contracted not', () => {
  const apostrophe = fc.constantFrom("'", '\u2019', '\u2018', '\u02bc', '`', '\u00b4');
  it('fails under any apostrophe, auxiliary and pass verb', () => {
    const subject = fc.constantFrom('Tests', 'Build', 'The nightly build', '');
    const denied = fc.constantFrom('did$nt pass', 'has$nt passed', 'was$nt successful', 'did$nt succeed', 'never succeeded', 'have never passed', 'did not succeed', 'never passed');
    fc.assert(
      fc.property(ownText, subject, denied, apostrophe, endMark, (field, s, d, a, mark) => {
        const text = `${s} ${d.replace('$n', 'n').replace('nt', `n${a}t`)}${mark}`.trim();
        expect(beside(field, text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('passes where what is denied is a failure', () => {
    const subject = fc.constantFrom('Tests', 'Build', 'No tests', '');
    const denied = fc.constantFrom('did$nt fail', 'have$nt failed', 'never failed', 'did not fail');
    fc.assert(
      fc.property(ownText, subject, denied, apostrophe, (field, s, d, a) => {
        const text = `${s} ${d.replace('$n', 'n').replace('nt', `n${a}t`)}`.trim();
        expect(beside(field, text), text).toBeUndefined();
      }),
    );
  });
});

describe('a failure a pass overcame or a negation clears', () => {
  it('passes after a pass word and a word of after, in any language the table knows', () => {
    const pass = fc.constantFrom('Passed', 'Succeeded', 'Passed on retry', 'Tests passed', 'Réussi', 'Bestanden');
    const after = fc.constantFrom('after', 'after a transient', 'after an earlier', 'après un', 'nach einem');
    const failure = fc.constantFrom('failure', 'échec', 'Fehler');
    fc.assert(
      fc.property(ownText, pass, after, failure, (field, p, a, f) => {
        const text = `${p} ${a} ${f}`;
        expect(beside(field, text), text).toBeUndefined();
      }),
    );
  });
  it('fails where the pass is denied, comes in another clause or is missing', () => {
    for (const text of ['Never passed after a failure', 'Passed, then failed', 'Build failed (transient failure)', 'Not passed after a failure']) expect(beside('summary', text)?.code, text).toBe('contradiction');
  });
  it('reads a negation of a script without spaces only right before the failure word', () => {
    const subject = fc.constantFrom('', '测试', '构建', '測試');
    const negation = fc.constantFrom('未', '不');
    const failure = fc.constantFrom('失败', '失敗');
    fc.assert(
      fc.property(subject, negation, failure, (s, n, f) => {
        expect(beside('summary', `${s}${n}${f}`), `${s}${n}${f}`).toBeUndefined();
        expect(beside('summary', `${s}${n}修复的${f}`)?.code, `${s}${n}修复的${f}`).toBe('contradiction');
      }),
    );
  });
  it('reads French and Spanish en after their none as a word of place, Dutch en as and', () => {
    for (const text of ['Aucun test en échec', 'Aucune vérification en échec', 'Ningún test en fallo']) expect(beside('summary', text), text).toBeUndefined();
    expect(beside('summary', 'Geen tests en build mislukt')?.code).toBe('contradiction');
  });
});

describe('outcome text under another name', () => {
  it('is read as a summary beside a status of the report, never as an entry title', () => {
    const name = fc.constantFrom('description', 'title', 'conclusion_text', 'details', 'status_description');
    fc.assert(
      fc.property(name, fc.constantFrom('Build failed', 'Failed to compile', 'Could not build'), (n, t) => {
        expect(beside(n, t)?.code, `${n}: ${t}`).toBe('contradiction');
        expect(beside(n, 'Fails if coverage drops'), n).toBeUndefined();
        expect(statusContradiction({ tests: [{ [n]: t, state: 'passed' }] }, '/tests/0/state', 'passed'), `${n} of an entry`).toBeUndefined();
      }),
    );
  });
  it('is left unread as a description or title in a test\'s own record (an Allure result file), never as its summary (red team xb)', () => {
    const identity = fc.constantFrom('fullName', 'historyId', 'fullTitle', 'nodeid', 'classname', 'testName');
    const name = fc.constantFrom('description', 'title', 'details');
    const told = fc.constantFrom('Login failure', 'Payment failed', 'Timeout error', 'Error on invalid input', 'Build failed');
    fc.assert(
      fc.property(identity, name, told, (id, n, t) => {
        expect(statusContradiction({ [id]: 'tests.checkout.test_case', status: 'passed', [n]: t }, '/status', 'passed'), `${id} ${n}: ${t}`).toBeUndefined();
        expect(statusContradiction({ [id]: 'tests.checkout.test_case', status: 'passed', summary: t }, '/status', 'passed')?.code, `${id} summary: ${t}`).toBe('contradiction');
        expect(statusContradiction({ context: 'ci/build', status: 'passed', [n]: t }, '/status', 'passed')?.code, `${n} of a commit status: ${t}`).toBe('contradiction');
      }),
    );
  });
});

describe('counts apart from their total or in a list of runs', () => {
  const outcomes = fc.record({ passed: fc.nat(20), failed: fc.constant(0), skipped: fc.nat(5) });
  it('a total in one object and outcomes in a sibling fail exactly where the outcomes account for fewer items', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), outcomes, fc.constantFrom(['totals', 'tests'], ['counts', 'total'], ['stats', 'total']), fc.constantFrom('outcomes', 'by_outcome', 'results'), (total, o, [holder, name], outcomeName) => {
        fc.pre(o.passed > 0);
        const found = statusContradiction({ status: 'pass', [holder as string]: { [name as string]: total }, [outcomeName]: o }, '/status', 'pass');
        expect(found?.code, JSON.stringify({ total, o })).toBe(o.passed + o.skipped < total ? 'inconsistent_counts' : undefined);
      }),
    );
  });
  it('a run in a list of runs fails where its counts leave items out, and the list is vacuous only where every run counted none', () => {
    // Pending tests are no passes: a run all of whose tests are pending ran nothing, as noneRanOfTotal reads one object.
    const run = fc.record({ tests: fc.nat(15), passes: fc.nat(15), failures: fc.constant(0), pending: fc.constant(0) });
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 4 }), fc.constantFrom('runs', 'results'), (runs, list) => {
        const found = statusContradiction({ status: 'pass', [list]: runs.map((stats) => ({ stats })) }, '/status', 'pass');
        const short = runs.some((r) => r.tests > 0 && r.passes + r.pending < r.tests);
        const none = runs.every((r) => r.tests === 0 && r.passes === 0 && r.pending === 0);
        const over = runs.some((r) => r.passes + r.pending > r.tests);
        fc.pre(!over);
        expect(found?.code, JSON.stringify(runs)).toBe(short ? 'inconsistent_counts' : none ? 'vacuous' : undefined);
      }),
    );
  });
});

// Red team xb, session 41: overcomeByAPass took any failure after a word of after as one the pass overcame, and a try
// word after a failure word excused it.
describe('another failure after a pass, a failure after its tries', () => {
  it('fails where another thing failed after the pass, in a clause of its own, or where the failure came on its tries', () => {
    const pass = fc.constantFrom('Passed', 'Tests passed', 'Succeeded', 'Passed only');
    const other = fc.constantFrom('after deploy failed', 'after the migration failed', 'after retry; lint failed', 'after compile, tests failed', 'after a failure; deploy failed');
    fc.assert(
      fc.property(ownText, pass, other, drawn, (field, p, o, draw) => {
        const text = draw(`${p} ${o}`);
        expect(beside(field, text)?.code, text).toBe('contradiction');
      }),
    );
    const failure = fc.constantFrom('Failed', 'Build failed', 'Tests failed', 'Error', 'Échec', 'Falló', 'Fehler');
    const tries = fc.constantFrom(' on retry', ' after retries', ' even on retry', ' on every retry', ' again', ' on Windows', ' après plusieurs tentatives', ' nach mehreren Versuchen', ' después de reintentos');
    fc.assert(
      fc.property(ownText, failure, tries, endMark, (field, f, t, mark) => {
        const text = `${f}${t}${mark}`;
        expect(beside(field, text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('passes where only which failure it was stands between the word of after and the failure word, or the try was the first', () => {
    const pass = fc.constantFrom('Passed', 'Tests passed', 'Succeeded on retry', 'Recovered');
    const which = fc.constantFrom('after a transient failure', 'after the first attempt failed', 'after an earlier error', 'after a temporary failure', 'after failure', 'after the initial run failed');
    fc.assert(
      fc.property(ownText, pass, which, endMark, (field, p, w, mark) => {
        const text = `${p} ${w}${mark}`;
        expect(beside(field, text), text).toBeUndefined();
      }),
    );
    for (const text of ['Failed on the first attempt', 'Failed on first attempt', 'Retry on error', 'Exit on failure', 'Retried once, flaky test failed', 'Flaky test - failed']) expect(beside('summary', text), text).toBeUndefined();
  });
});
