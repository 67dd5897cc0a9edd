// A pass of all denied tells a failure in every language the readers know, whatever exception follows it (helper xi,
// session 44: passOfAllDenied with the vocabulary's NEGATIONS_OF_ALL, ALL_OF_A_DENIED_PASS, PASS_VERBS_OF_ITEMS and
// DENIED_PASS_WORDS); the same pass said plainly passes. A number joined to a runtime's or a platform's version (`on node
// 18 and 20`) is another version, no count of failures (versionListGoesOn, versionInWords); one with a place of its own
// (`and 2 on windows`) is a count still.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (text: string) => statusContradiction({ status: 'pass', summary: text }, '/status', 'pass');

/** A negation, a word of all, the items and a pass verb of one language, and an exception word of it. */
const DENIED_BEFORE_ALL: readonly (readonly [string, string, string, string, string])[] = [
  ['not', 'all', 'tests', 'passed', 'except'],
  ['not', 'every', 'test', 'passed', 'except'],
  ['nicht', 'alle', 'Tests', 'bestanden', 'außer'],
  ['pas', 'tous les', 'tests ont', 'réussi', 'sauf'],
  ['no', 'todas las', 'pruebas', 'pasaron', 'excepto'],
  ['non', 'tutti i', 'test sono', 'passati', 'tranne'],
  ['niet', 'alle', 'tests', 'geslaagd', 'behalve'],
  ['nem', 'todos os', 'testes', 'passaram', 'exceto'],
  ['nie', 'wszystkie', 'testy', 'przeszły', 'oprócz'],
  ['не', 'все', 'тесты', 'прошли', 'кроме'],
];
/** A word of all, the items and a pass denied after them (`tous les tests n'ont pas réussi`, `tüm testler geçmedi`). */
const DENIED_AFTER_ALL: readonly string[] = [
  // A pass denied right before its word of all, and a none of passes in a language's verb.
  'the build did not pass all checks', 'no se superaron todas las pruebas', 'ninguna prueba pasó',
  'tous les tests n\u2019ont pas réussi', "tous les tests n'ont pas réussi", 'todas las pruebas no pasaron', 'tüm testler geçmedi', 'bütün testler geçmedi', 'alle Tests haben nicht bestanden', 'все тесты не прошли'];
const cased = (text: string, how: number): string => (how === 0 ? text : how === 1 ? text.toUpperCase() : text[0]?.toUpperCase() + text.slice(1));

describe('a pass of all denied', () => {
  it('fails in every language, cased any way, with or without an exception or a full stop after it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DENIED_BEFORE_ALL), fc.integer({ min: 0, max: 2 }), fc.constantFrom('', ' checkout', ' the flaky login test'), fc.constantFrom('', '.'), ([neg, all, items, pass, except], how, member, stop) => {
        const text = cased(`${neg} ${all} ${items} ${pass}${member === '' ? '' : ` ${except}${member}`}${stop}`, how);
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('fails when the pass is denied after the word of all', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DENIED_AFTER_ALL), fc.integer({ min: 0, max: 2 }), (text, how) => {
        expect(beside(cased(text, how))?.code, text).toBe('contradiction');
      }),
    );
  });
  it('passes when the same pass of all is said plainly', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DENIED_BEFORE_ALL), fc.integer({ min: 0, max: 2 }), ([, all, items, pass], how) => {
        const text = cased(`${all} ${items} ${pass}`, how);
        expect(beside(text), text).toBeUndefined();
      }),
    );
  });
  it('passes a denial of all that denies no pass, and a rule that names a failure’s condition', () => {
    for (const text of ['not all tests were run (2 skipped)', 'fails if not all tests pass', 'fails if it did not pass all checks', 'passed all tests', 'all tests passed', 'tüm testler geçti'])
      expect(beside(text), text).toBeUndefined();
  });
});

const none = fc.constantFrom('0 failures', 'failures: 0', 'no tests failed', '0 failures except flaky login', 'no tests failed except flaky login');
const runtime = fc.constantFrom('node', 'python', 'ruby', 'java', 'ubuntu', 'windows', 'Node', 'node v');
const join = fc.constantFrom(' and ', ', ', ' & ');

describe('a none of failures on a list of runtime versions', () => {
  it('passes: a number joined to a version is another version', () => {
    fc.assert(
      fc.property(none, runtime, fc.integer({ min: 2, max: 40 }), join, fc.integer({ min: 2, max: 40 }), (n, r, a, j, b) => {
        const text = `${n} on ${r}${r.endsWith('v') ? '' : ' '}${a}${j}${b}`;
        expect(beside(text), text).toBeUndefined();
      }),
    );
  });
  it('fails when the number after a version counts failures in a place of its own', () => {
    fc.assert(
      fc.property(fc.constantFrom('0 failures', 'failures: 0', 'errors: 0'), runtime, fc.integer({ min: 2, max: 40 }), fc.integer({ min: 1, max: 9 }), fc.constantFrom('on windows', 'in checkout', 'on node 20'), (n, r, a, count, place) => {
        const text = `${n} on ${r}${r.endsWith('v') ? '' : ' '}${a} and ${count} ${place}`;
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
  });
});
