/**
 * Property tests of a runtime's name written with its JavaScript ending (red team rh, session 46): a forbidden claim
 * naming `Node` or `Bun` is found whichever way the release writes the name's `.js`/`JS` ending onto it (`Node.js`,
 * `NodeJS`, `node.JS`, `Node‐js`, `Bun.js`, a fullwidth `．ｊｓ`, an invisible character inside), and a contract phrase
 * written with the ending (`Full Node.js/Bun replacement`) forbids the name written without it; sentences naming the
 * runtime that claim no tier are never flagged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phrasesFor, type LanguagePhrase, type TierLanguage } from '../../gates/claim-tier-order/language.js';
import { foldPhrase, phraseSpellings, scanText } from '../../gates/claim-tier-order/scan.js';
import { loadRenderer } from '../../src/text/rendered.js';

await loadRenderer();

const lp = (phrase: string, index: number): LanguagePhrase => ({ index, phrase, folded: foldPhrase(phrase) });
const spelt = (list: readonly LanguagePhrase[]): LanguagePhrase[] => list.flatMap(phraseSpellings);
const tiers = (forbidden: readonly string[]): TierLanguage[] => [{ tierId: 'TIER-1', allowed: spelt(['Hosts the validated extension subset'].map(lp)), forbidden: spelt(forbidden.map(lp)) }];

/** The name's ending as a release may write it onto the name. */
const ENDING = fc.constantFrom('', '.js', '.JS', '.Js', 'JS', 'js', 'Js', '\u2010js', '-JS', '\uFF0E\uFF4A\uFF53', '\u200B.js', '.\u200Bjs', 'J\u200BS');
const NAME_CASE = fc.constantFrom((n: string) => n, (n: string) => n.toLowerCase(), (n: string) => n.toUpperCase());
const JOINER = fc.constantFrom('/', ' / ', ' and ', ' & ', ', ', ' ');
const name = (n: string) => fc.tuple(NAME_CASE, ENDING).map(([c, e]) => `${c(n)}${e}`);

describe('claim naming a runtime with its .js ending', () => {
  it('a forbidden claim is found however the names end', () => {
    const phrases = phrasesFor(tiers(['Full Node/Bun replacement']), 0, spelt(['strict drop-in replacement for Node/Bun'].map(lp)));
    fc.assert(
      fc.property(name('Node'), JOINER, name('Bun'), fc.boolean(), (node, joiner, bun, strict) => {
        const claim = strict ? `A strict drop-in replacement for ${node}${joiner}${bun}.` : `A full ${node}${joiner}${bun} replacement.`;
        const hits = scanText(`# FrankenNode\n\n- ${claim}\n`, 'markdown', phrases);
        expect(hits.map((h) => h.line), claim).toContain(3);
      }),
      { numRuns: 300 },
    );
  });

  it('a contract phrase written with the ending forbids the name written without it', () => {
    const phrases = phrasesFor(tiers(['Full Node.js/Bun replacement', 'Drop-in replacement for every NodeJS workload']), 0, []);
    fc.assert(
      fc.property(name('Node'), JOINER, name('Bun'), (node, joiner, bun) => {
        const claim = `A full ${node}${joiner}${bun} replacement.`;
        expect(scanText(`- ${claim}\n`, 'markdown', phrases).length, claim).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('sentences naming the runtime that claim no tier are not flagged', () => {
    const phrases = phrasesFor(tiers(['Full Node/Bun replacement', 'General-purpose runtime parity']), 0, spelt(['strict drop-in replacement for Node/Bun'].map(lp)));
    const sentence = fc.tuple(name('Node'), name('Bun'), fc.nat(3)).map(([node, bun, k]) =>
      [
        `FrankenNode hosts extensions written for ${node} and ${bun} users.`,
        `Runs ${node}${'/'}${bun} extensions through the module loader.`,
        `A full JS test corpus covers the ${node} API it follows.`,
        `The replacement loader reads ${node} packages; ${bun} workloads are measured separately.`,
      ][k] as string,
    );
    fc.assert(
      fc.property(sentence, (text) => {
        expect(scanText(`${text}\n`, 'markdown', phrases).map((h) => h.written), text).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
