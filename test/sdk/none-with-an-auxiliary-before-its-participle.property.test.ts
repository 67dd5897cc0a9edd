// A none of items with an auxiliary before its participle is read as one rule in every language (helper zd, session 45:
// AUXILIARIES_BEFORE_A_PARTICIPLE, auxiliaryAt, elisionBeforeAnAuxiliaryAt): the auxiliary as written is never the join its
// letters spell without their accent (Italian `è`, Portuguese `é` are no `e`, and), and a French negation elided before
// one (`n'a`) is part of its word. A none then a failed participle passes; a none then a passed participle fails.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (text: string) => statusContradiction({ status: 'passed', summary: text }, '/status', 'passed');

/** [none, noun, auxiliary, failed participle, passed participle] of each language. */
const LANGUAGES: readonly (readonly [string, string, string, string, string])[] = [
  ['nessun', 'test', 'è', 'fallito', 'passato'],
  ['nessun', 'test', 'è stato', 'fallito', 'superato'],
  ['nenhum', 'teste', 'é', 'reprovado', 'aprovado'],
  ['nenhum', 'teste', 'foi', 'reprovado', 'aprovado'],
  ['aucun', 'test', "n'a", 'échoué', 'réussi'],
  ['aucun', 'test', 'n\u2019a', 'échoué', 'réussi'],
  ['ningún', 'test', 'ha', 'fallado', 'pasado'],
  ['kein', 'Test', 'ist', 'fehlgeschlagen', 'bestanden'],
  ['geen', 'test', 'is', 'mislukt', 'geslaagd'],
  ['no', 'test', 'has', 'failed', 'passed'],
];
const language = fc.constantFrom(...LANGUAGES);
const end = fc.constantFrom('', '.', '!');
const capital = fc.boolean();
const cased = (text: string, up: boolean): string => (up ? text.charAt(0).toUpperCase() + text.slice(1) : text);

describe('a none with an auxiliary before its participle', () => {
  it('passes beside a failed participle in every language', () => {
    fc.assert(
      fc.property(language, end, capital, ([none, noun, aux, failed], e, up) => {
        const text = cased(`${none} ${noun} ${aux} ${failed}${e}`, up);
        expect(beside(text), text).toBeUndefined();
      }),
    );
  });
  it('fails beside a passed participle in every language', () => {
    fc.assert(
      fc.property(language, end, capital, ([none, noun, aux, , passed], e, up) => {
        const text = cased(`${none} ${noun} ${aux} ${passed}${e}`, up);
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('still reads a failure told after a mark beside the none', () => {
    fc.assert(
      fc.property(language, fc.constantFrom('checkout', 'deploy'), fc.constantFrom('; ', ', ', '. '), ([none, noun, aux, failed], name, mark) => {
        const text = `${none} ${noun} ${aux} ${failed}${mark}${name} ${aux} ${failed}`;
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
  });
});
