// isStubText skips its readings for a text holding none of STUB_WORD's words, and isStubSentence the pattern for a
// sentence ending in none of STUB_LAST_WORDS (src/util/text-classes.ts). That is sound only while every match of
// stubSentence holds one of the first and ends in one of the second: proven here of strings drawn from the pattern
// itself, with its lookarounds dropped (a looser pattern, whose matches include all of the real one's).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsAsStubSentence, placeholderReason, stubSentence, STUB_WORD } from '../../src/util/text-classes.js';
import '../helpers/fc-seed.js';

const LOOKAROUND = /\(\?<?[=!](?:[^()]|\([^()]*\))*\)/g;
const looser = new RegExp(stubSentence().source.replace(LOOKAROUND, ''), stubSentence().flags);

describe('STUB_WORD, the pre-check of stub sentences', () => {
  it('the looser pattern still matches what the real one does (the test reads the pattern it claims to)', () => {
    for (const s of ['coming soon', 'this section is a work in progress.', 'release notes: tbd', 'notes | tbd', 'pending soon']) {
      expect(stubSentence().test(s) ? looser.test(s) : true).toBe(true);
    }
    expect(stubSentence().source).not.toBe(looser.source);
  });

  it('every string the stub pattern matches holds one of its words', () => {
    fc.assert(
      fc.property(fc.stringMatching(looser), (s) => {
        expect(STUB_WORD.test(s)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('every string the stub pattern matches ends in a number or a word its second pre-check knows', () => {
    fc.assert(
      fc.property(fc.stringMatching(looser), (s) => {
        expect(endsAsStubSentence(s), s).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('the second pre-check turns away what ends in other words, as the pattern does', () => {
    for (const s of ['2o26lll8to9l5ooz', 'bd-lf42.4-2o26lll8to9l5ooz', 'release notes are final', 'coming soonish', 'notes: tbd42x', 'tbdx', '']) {
      expect(endsAsStubSentence(s), s).toBe(false);
      expect(stubSentence().test(s), s).toBe(false);
    }
    for (const s of ['coming soon…', 'release notes for v1.3 to follow!', 'notes: tbd', 'nothing hereyet', 'placeholder for release notes for 2']) expect(endsAsStubSentence(s), s).toBe(true);
  });

  it('a stub written as an id-like token is still a stub; an id is none', () => {
    expect(placeholderReason('release-notes-coming-soon')).toMatch(/stub sentence/);
    expect(placeholderReason('docs-section-is-a-work-in-progress')).toMatch(/stub sentence/);
    expect(placeholderReason('bd-3ar8v.3.8')).toBeUndefined();
  });
});
