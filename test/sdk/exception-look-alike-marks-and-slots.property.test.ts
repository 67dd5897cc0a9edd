// An exception's members part at every mark drawn as or named a list's comma, semicolon, slash, `&`, `+` or middle dot
// (listMarkDrawn: compatibility forms, Unicode's confusables, Unicode names), written after a word as a comma is
// (`login‚ checkout`, `login، checkout`) or between two words as a slash is (`login⁄checkout`); and an exception whose
// member is a template's slot or hidden in markup a page does not draw names an untolerated member, whatever slot
// elsewhere in the summary (helper xa, session 44: withMemberBreaksMarked, noneOverturnedBesideASlot).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import { listMarkDrawn } from '../../src/util/text-classes.js';
import '../helpers/fc-seed.js';

const beside = (text: string) => statusContradiction({ status: 'passed', summary: text }, '/status', 'passed');

/** Every character outside ASCII the shared fold reads as a list's mark, found by asking it (not a hand list). */
function lookAlikeMarks(): string[] {
  const found: string[] = [];
  for (let cp = 0x80; cp < 0x20000; cp++) {
    if (cp >= 0xd800 && cp < 0xe000) continue;
    const c = String.fromCodePoint(cp);
    if (listMarkDrawn(c) !== undefined) found.push(c);
  }
  return found;
}
const MARKS = lookAlikeMarks();
const none = fc.constantFrom('no tests failed', '0 failures', 'nothing failed');
const except = fc.constantFrom('except', 'other than', 'apart from');
const mark = fc.constantFrom(...MARKS);
const name = fc.constantFrom('login', 'checkout', 'deploy');

describe('an exception parted by a look-alike mark', () => {
  it('reads the marks the fixtures use, and every comma, semicolon and slash named so', () => {
    expect(MARKS.length).toBeGreaterThan(60);
    expect(['\u201a', '\u060c', '\u2044', '\u2215', '\u1363', '\u204f', '\uff0c', '\ufe50', '\u037e'].map(listMarkDrawn)).toEqual([',', ',', '/', '/', ',', ';', ',', ',', ';']);
    // Letters, digits and ASCII are never list marks.
    expect(['a', ',', '\u30ce', '\u4e3f', '\u0661', '\u0430'].map(listMarkDrawn)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
  it('fails when a tolerated member is parted from an untolerated one by any of them, after a word or between two', () => {
    fc.assert(
      fc.property(none, except, mark, name, fc.boolean(), (n, e, m, member, spaced) => {
        const text = `${n} ${e} flaky login${m}${spaced ? ' ' : ''}${member}`;
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('passes when every member so parted is tolerated', () => {
    fc.assert(
      fc.property(none, except, mark, fc.boolean(), (n, e, m, spaced) => {
        const text = `${n} ${e} flaky login${m}${spaced ? ' ' : ''}quarantined checkout`;
        expect(beside(text), text).toBeUndefined();
      }),
    );
  });
  it('keeps a quotation opened by a low mark and a path written with a look-alike slash as one member', () => {
    for (const text of ['0 failures except the flaky \u201alogin\u2018 test', '0 failures except the flaky \u201elogin\u201c test', '0 failures except flaky e2e\u2044login.spec.ts', '0 failures except flaky e2e\u2215login.spec.ts'])
      expect(beside(text), text).toBeUndefined();
  });
});

const slot = (n: string) => fc.constantFrom(`{{${n}}}`, `{{ ${n} }}`, `\${${n}}`, `<${n}>`, `%(${n})s`, `@${n}@`);
const untolerated = fc.constantFrom('checkout', 'login', 'TODO', 'TBD', 'failed_tests');

describe('an exception left as a slot or hidden in markup', () => {
  it('fails when the exception is a slot, whole or in a list item', () => {
    fc.assert(
      fc.property(none, except, untolerated.chain((n) => slot(n)), fc.boolean(), (n, e, s, listed) => {
        const text = listed ? `<ul><li>${n}</li><li>${e} ${s}</li></ul>` : `${n} ${e} ${s}`;
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('reads a none and its exception after an item holding a slot, empty or not', () => {
    fc.assert(
      fc.property(none, except, fc.constantFrom('{{ }}', '{{}}', '${}', '{{ title }}', '<TITLE>'), name, (n, e, s, member) => {
        const failed = `<ul><li>${s}</li><li>${n}</li><li>${e} ${member}</li></ul>`;
        expect(beside(failed)?.code, failed).toBe('contradiction');
        const tolerated = `<ul><li>${s}</li><li>${n}</li><li>${e} the flaky ${member} test</li></ul>`;
        expect(beside(tolerated)?.code, tolerated).not.toBe('contradiction');
      }),
    );
  });
  it('reads an inert element inside the exception as a page draws it', () => {
    fc.assert(
      fc.property(none, except, fc.constantFrom('template', 'noscript', 'script'), name, (n, e, tag, member) => {
        const text = `<ul><li>${n}</li><li>${e}<${tag}>x</${tag}> ${member}</li></ul>`;
        expect(beside(text)?.code, text).toBe('contradiction');
        const tolerated = `<ul><li>${n}</li><li>${e}<${tag}>x</${tag}> the quarantined ${member} test</li></ul>`;
        expect(beside(tolerated), tolerated).toBeUndefined();
      }),
    );
  });
});
