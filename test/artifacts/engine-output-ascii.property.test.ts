// A text of ASCII whose references all decode to printable ASCII draws no middle dot, so the search for a disguised
// summary below the head is skipped for it (src/artifacts/engine-output.ts, drawsNoDot): most source files and logs.
// The skip must never change an answer. A character outside ASCII on a line of its own at the end forces the full
// search without drawing a dot, so the answer with it is the full search's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { engineTextReason } from '../../src/artifacts/engine-output.js';
import '../helpers/fc-seed.js';

const WHY = 'it is the summary a gate-engine run printed: a rendering of a verdict';
const CODE = 'fn f(&self, s: &str) -> &mut T { &x && y < z }\n'.repeat(60);
const fullSearch = (text: string) => engineTextReason(`${text}\n\u00e9`);

/** Ways a dot, or something near one, is written in ASCII: references alone, split by what a reading removes, or not references at all. */
const DOTS = ['&amp;middot;', '&mid*dot;', '&mid`dot;', '&*middot;', '&#x&#66;7;', '&mid&#100;ot;', '&mid&lt;b&gt;&lt;/b&gt;dot;', '&am*p;middot;', '&#38;mid*dot;', '&middot;', '&middot', '&#183;', '&#0000183;', '&#xB7;', '&#x00b7', '&centerdot;', '&CenterDot;', '&sdot;', '&bull;', '&mid<b></b>dot;', '&mid<!-- -->dot;', '&<i></i>#183;', '&mid\x1b[0mdot;', '&mid\x00dot;', '&mid\x7fdot;', '&midsection_start:1:x\rdot;', '&amp;', '&amp;middot;', '&mid;', '&#46;', ' - ', '&period;', '&midast;', '&self', '&sect'];
const NAMES = ['gate-engine', 'gate&#45;engine', 'gate<b></b>-engine', 'GATE-ENGINE', 'gate_engine', 'gate\x00-engine'];
const piece = fc.oneof(
  fc.constantFrom(...DOTS),
  fc.constantFrom(...NAMES),
  fc.constantFrom(' ', '\t', '\n', '\r', '\v', '\f', '<b\n>', '<b\n>', '<a title="<" ', '*', '`', '<br>', '<p>', '&', ';', '#', 'x', '0.1.0', 'verify', 'lane', 'full'),
);
const line = fc.array(piece, { minLength: 1, maxLength: 16 }).map((parts) => parts.join(''));
/** A summary line made of the parts above, with a separator drawn from them. */
const summary = fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...DOTS), fc.constantFrom('', 'npm notice<br>', '2026-03-10T11:58:02Z ')).map(([name, dot, prefix]) => `${prefix}${name} 0.1.0 ${dot} verify ${dot} lane full`);

/**
 * Printable ASCII only, the texts the skip reads: pieces of references (names, digits, `;`, references to `&`, `<`, `*`,
 * letters), marks and tags, and a tag across a line end that has the search draw a line twice.
 */
const PRINTABLE = ['&', ';', '#', 'x', 'B7', '183', 'mid', 'dot', 'middot', 'centerdot', 'amp;', 'lt;', 'gt;', '#38;', '#60;', '#42;', '#59;', 'ast;', 'grave;', 'semi;', '#100;', '#x26;', '*', '`', '<', '>', '<b>', '</b>', '<br>', '<!--', '-->', '\n', ' ', '"', '<a title="', '=', 'ampmid', 'AMP;'];
const printableLine = fc.array(fc.oneof(fc.constantFrom(...PRINTABLE), fc.constantFrom(...DOTS)), { minLength: 1, maxLength: 24 }).map((parts) => parts.join(''));
const printableDot = fc.oneof(fc.constantFrom(...DOTS), fc.constantFrom(...DOTS), printableLine);
const printableSummary = fc.tuple(printableDot, printableDot).map(([a, b]) => `gate-engine 0.1.0 ${a} verify ${b} lane full`);

describe('the ASCII skip of the disguised-summary search', () => {
  it('answers as the full search does, for lines built of references, tags, controls and markers below the head', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(line, summary), { minLength: 1, maxLength: 6 }), (lines) => {
        const text = `${CODE}${lines.join('\n')}\n${CODE}`;
        expect(engineTextReason(text)).toBe(fullSearch(text));
      }),
      { numRuns: 400 },
    );
  });

  it('finds a summary drawn by a reference in an ASCII text, and none drawn by a reference to ASCII', () => {
    const below = (text: string) => engineTextReason(`${CODE}${text}\n${CODE}`);
    for (const dot of ['&middot;', '&#183;', '&#0000183;', '&mid<b></b>dot;', '&mid\x1b[0mdot;', '&midsection_start:1:x\rdot;']) expect(below(`gate-engine 0.1.0 ${dot} verify ${dot} lane full`)).toBe(WHY);
    for (const dot of ['&amp;', '&#46;', '&mid;', '&period;', '&amp;middot;']) expect(below(`gate-engine 0.1.0 ${dot} verify ${dot} lane full`)).toBeUndefined();
  });

  it('answers as the full search does, for printable ASCII drawn once or twice', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(printableLine, printableSummary), { minLength: 1, maxLength: 8 }), fc.boolean(), (lines, twice) => {
        const text = `${CODE}${twice ? '<i\n>' : ''}${lines.join('\n')}\n${CODE}`;
        expect(engineTextReason(text)).toBe(fullSearch(text));
      }),
      { numRuns: 500 },
    );
  });

  // A tag across a line end (or an attribute left open) has the search draw a line it has drawn again: what the first
  // drawing decodes or joins (marks go after decoding) the second decodes. The skip read the text drawn once (red team sa).
  it('finds a summary a line drawn twice shows, and none where the second drawing writes no dot', () => {
    const below = (text: string) => engineTextReason(`${CODE}<pre\n>log</pre>\n${text}\n${CODE}`);
    for (const dot of ['&amp;middot;', '&mid*dot;', '&mid`dot;', '&*middot;', '&#x&#66;7;', '&mid&#100;ot;', '&mid&lt;b&gt;&lt;/b&gt;dot;', '&#38;mid*dot;']) {
      expect(below(`gate-engine 0.1.0 ${dot} verify ${dot} lane full`)).toBe(WHY);
    }
    for (const dot of ['&am*p;middot;', '&amp;amp;middot;', '&*self', '&**x']) expect(below(`gate-engine 0.1.0 ${dot} verify ${dot} lane full`)).toBeUndefined();
    // Escaped over and over, a text costs one more decoding, not one per level (the search draws no line a third time).
    expect(engineTextReason(`${CODE}&${'amp;'.repeat(50_000)}middot;\n`)).toBeUndefined();
    // Rust's `&*self` joins no reference: a source file below the head is still read by the skip (as fast).
    expect(engineTextReason(`${CODE}let b = &*self.buf; let c = &**p;\n`.repeat(2))).toBeUndefined();
  });
});
