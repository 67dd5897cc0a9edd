/**
 * src/artifacts/hollow.ts: a document whose every leaf is null, empty, blank or a placeholder is
 * hollow at any depth; one leaf with content makes it not hollow. Iterative, so depth cannot overflow.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hollowKind, hollowReason, hollowTextReason, isHollow } from '../../src/artifacts/hollow.js';
import { cpuMsSince, cpuStart } from '../helpers/cpu-time.js';

describe('hollowReason', () => {
  it.each([
    [null, 'null'],
    [[], 'empty array'],
    [{}, 'empty object'],
    ['', 'empty string'],
    ['\u200b \t', 'blank string'],
    ['TODO', 'placeholder'],
    ['${X}', 'placeholder'],
    [{ a: null }, '/a is null'],
    [[[], {}], '/0 is []'],
    [{ a: { b: [] } }, '/a/b is []'],
    [{ 'a/b': { '~': null } }, '/a~1b/~0 is null'],
    [{ a: {}, b: { c: {} } }, '/a is {}'],
    [[null, 'N/A', '', { x: ['none'] }], '/0 is null'],
    [{ v: Number.NaN, w: Infinity }, '/v is the number NaN'],
  ])('%j is hollow (%s)', (value, why) => {
    expect(hollowReason(value)).toContain(why);
  });

  it.each([[0], [false], [true], [{ a: 0 }], [[null, 'real']], [{ a: { b: [null, { c: false }] } }], [new Date(0)], ['ok']])('%j carries content', (value) => {
    expect(hollowReason(value)).toBeUndefined();
  });

  it('is stack-safe at 200,000 levels of nesting', () => {
    let deep: unknown = null;
    for (let i = 0; i < 200_000; i++) deep = i % 2 === 0 ? [deep] : { k: deep };
    expect(isHollow(deep)).toBe(true);
    let withContent: unknown = 1;
    for (let i = 0; i < 200_000; i++) withContent = [withContent];
    expect(isHollow(withContent)).toBe(false);
  });

  const hollowLeaf = fc.constantFrom<unknown>(null, '', ' ', '\u200b', 'TODO', 'n/a', '${VERSION}', '{{ x }}', 'None', [], {});
  const hollowDoc = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, hollowLeaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 4 }), tie('node'), { maxKeys: 4 })),
  })).node;
  const content = fc.oneof(fc.integer(), fc.boolean(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom('ok', 'v1.2.3', 'passed: 12'));

  it('property: a document built only of hollow leaves is hollow', () => {
    fc.assert(fc.property(hollowDoc, (doc) => isHollow(doc)), { numRuns: 500 });
  });

  it('property: one content leaf anywhere makes it carry content', () => {
    fc.assert(
      fc.property(hollowDoc, content, fc.nat(), (doc, leaf, pick) => {
        // Put the content leaf at a chosen place: wrap or replace.
        const withLeaf = Array.isArray(doc) ? [...doc.slice(0, pick % (doc.length + 1)), leaf, ...doc.slice(pick % (doc.length + 1))] : doc !== null && typeof doc === 'object' ? { ...doc, ['k' + pick]: [leaf] } : [doc, leaf];
        return !isHollow(withLeaf);
      }),
      { numRuns: 500 },
    );
  });
});

describe('hollowTextReason', () => {
  it('a single-line placeholder text is hollow; real or multi-line text is not', () => {
    expect(hollowTextReason('TODO\n')).toContain('TODO');
    expect(hollowTextReason('  ${REPORT}  ')).toContain('placeholder');
    expect(hollowTextReason('all 12 tests passed\n')).toBeUndefined();
    expect(hollowTextReason('Report\n${X} is noted\n')).toBeUndefined();
    expect(hollowTextReason('TODO\n\nN/A\n-\n')).toContain('every one of its 3 lines');
    expect(hollowTextReason('TODO\nthe flaky suite was fixed in bd-12\n')).toBeUndefined();
  });
  it('lines that are a placeholder only read together are hollow: wrapped filler text, a marker and its filler', () => {
    expect(hollowTextReason('Lorem ipsum dolor sit amet,\nconsectetur elit, sed.\n')).toContain('2 lines read together are a placeholder (lorem ipsum filler text)');
    // A run of the passage is filler on its own line too (red team hf: `consectetur adipiscing elit`).
    expect(hollowTextReason('Lorem ipsum dolor sit amet,\nconsectetur adipiscing elit.\n')).toContain('every one of its 2 lines is a placeholder');
    expect(hollowTextReason('TODO\r\nadd later\r\n')).toContain('read together are a placeholder');
    // A marker and a pointer elsewhere say nothing here either (as `TBD, see bd-9` in a field).
    expect(hollowTextReason('TODO\nsee the log\n')).toContain('before a pointer elsewhere');
    expect(hollowTextReason('Known issues:\nTODO list is tracked in bd-12.\n')).toBeUndefined();
    // A template quoted on one line of a report does not make the report a placeholder.
    expect(hollowTextReason('Report\n${X} is noted\n')).toBeUndefined();
  });
});

describe('hollowKind: how a document holds nothing (one walk with hollowReason)', () => {
  it.each([
    [{ a: 'TODO', b: null }, 'placeholder'],
    [[['N/A'], {}], 'placeholder'],
    [{ a: null, b: [], c: '  ' }, 'empty'],
    [[], 'empty'],
    [{}, 'empty'],
    [{ rate: Number.NaN }, 'empty'],
    [{ a: 'TODO', b: 0 }, undefined],
    [{ a: [null, false] }, undefined],
    [{ at: new Date(0) }, undefined],
  ])('%j → %s', (value, kind) => {
    expect(hollowKind(value)).toBe(kind);
    expect(hollowReason(value) === undefined).toBe(kind === undefined);
  });
});

describe('hollowTextReason on Markdown and HTML: judged on what they show (red team A)', () => {
  it('comments, Markdown comments, link definitions, non-drawn elements and invisible references show nothing', () => {
    for (const [text, kind] of [
      ['<!-- release notes go here -->\n', 'markdown'],
      ['[//]: # (notes)\n[//]: # (more)\n', 'markdown'],
      ['&zwnj;&zwnj;\n', 'markdown'],
      ['<html><head><style>p {}</style><script>x()</script></head><body><p>&ZeroWidthSpace;</p></body></html>', 'html'],
    ] as const) {
      expect(hollowTextReason(text, kind), text).toMatch(/shows nothing once rendered/);
    }
    expect(hollowTextReason('<!-- owners below -->\nTODO\n', 'markdown')).toMatch(/placeholder "TODO"/);
  });
  it('the same markup beside content, and plain text, are judged as before', () => {
    expect(hollowTextReason('<!-- notes -->\n# 2.4.0\n\n- Faster start.\n', 'markdown')).toBeUndefined();
    expect(hollowTextReason('[i1]: https://x.test/1\n\nSee [the issue][i1].\n', 'markdown')).toBeUndefined();
    expect(hollowTextReason('<!-- a comment in a .txt file is text -->\n', 'plain')).toBeUndefined();
  });
});

describe('hollowTextReason: Markdown headings over placeholders only (red team ht)', () => {
  it.each([
    '# Release notes\n\nTODO\n',
    '# Release notes\n\n## 0.4.0\n\n- TBD\n- N/A\n',
    'Known issues\n============\n\nTBD\n',
    'Notes\n-----\n\nComing soon.\n',
  ])('hollow: %j', (text) => {
    expect(hollowTextReason(text, 'markdown')).toMatch(/under its headings$/u);
  });

  it.each([
    '# Release notes\n\nTODO list handling no longer drops the last item.\n',
    'Fixed a crash on start.\n\n---\n\nTBD\n',
    '# Upgrade\n\nNo breaking changes.\n\n## Deprecations\n\nN/A\n',
  ])('content: %j', (text) => {
    expect(hollowTextReason(text, 'markdown')).toBeUndefined();
  });

  it.each([
    ['# Release notes\n', 'it shows only a heading ("# Release notes") and no text under it'],
    ['# Release notes\n\n## 0.4.0\n', 'it shows only 2 headings ("# Release notes", …) and no text under any of them'],
    ['Known issues\n============\n\n<!-- fill in -->\n', 'it shows only a heading ("Known issues") and no text under it'],
  ])('headings over nothing are a stub\'s outline: %j', (text, why) => {
    expect(hollowTextReason(text, 'markdown')).toBe(why);
  });

  // Red team hl: titles in other dress are titles too.
  it.each([
    ['<h1>Release notes</h1>\n\n<h2 id="v040">0.4.0</h2>\n', 'it shows only 2 headings ("# Release notes", …) and no text under any of them'],
    ['# Release notes\n\n<h2>\n0.4.0\n</h2>\n', 'it shows only 2 headings ("# Release notes", …) and no text under any of them'],
    ['# Known issues\n\n| Issue | Workaround |\n|-------|:----------:|\n', 'it shows only 2 headings ("# Known issues", …) and no text under any of them'],
    ['# Upgrade guide\n\n- [From 0.3](#from-03)\n\n## From 0.3\n', 'it shows only 3 headings ("# Upgrade guide", …) and no text under any of them'],
    ['> # Release notes\n> ## 0.4.0\n', 'it shows only 2 headings ("> # Release notes", …) and no text under any of them'],
    ['- # Release notes\n- ## 0.4.0\n', 'it shows only 2 headings ("- # Release notes", …) and no text under any of them'],
  ])('HTML headings, a table header over no rows, a table of contents over empty sections are a stub\'s outline: %j', (text, why) => {
    expect(hollowTextReason(text, 'markdown')).toBe(why);
  });

  // Red team rs: an element ARIA makes a heading is one in an HTML page and in Markdown; a class is only styling.
  it.each([
    ['<div role="heading" aria-level="1">Upgrade guide</div><p>TBD</p>', 'html', 'its only text is the placeholder "TBD" (the placeholder word "tbd"), under its headings'],
    ['<span role=heading>Release notes</span>\n<div role="heading" aria-level="2">0.4.0</div>', 'html', 'it shows only 2 headings ("# Release notes", …) and no text under any of them'],
    ['<div role="heading">Upgrade guide</div>\n\nTBD\n', 'markdown', 'its only text is the placeholder "TBD" (the placeholder word "tbd"), under its headings'],
    // Red team ry: a role is a list, whose first token that names a concrete role wins (WAI-ARIA), without case.
    ['<div role="foo heading">Release notes</div>\n<div role="heading button">0.4.0</div>', 'html', 'it shows only 2 headings ("# Release notes", …) and no text under any of them'],
    ['<div role="section\theading" aria-level="1">Upgrade guide</div><p>TBD</p>', 'html', 'its only text is the placeholder "TBD" (the placeholder word "tbd"), under its headings'],
    ['<div class="x" role=\'HEADING\'>Upgrade guide</div><p>TBD</p>', 'html', 'its only text is the placeholder "TBD" (the placeholder word "tbd"), under its headings'],
    ['<h1>Known issues</h1><table><thead><tr><th>Issue</th><th>Workaround</th></tr></thead><tbody></tbody></table>', 'html', 'it shows only 2 headings ("# Known issues", …) and no text under any of them'],
    // Red team ry: a description list's terms title its definitions, as a table's header cells title its rows.
    ['<dl><dt>Version</dt><dd>TBD</dd></dl>', 'html', 'its only text is the placeholder "TBD" (the placeholder word "tbd"), under its headings'],
    ['<dl><dt>Notes</dt><dd></dd></dl>', 'html', 'it shows only a heading ("# Notes") and no text under it'],
    ['<dl>\n<dt>Version\n<dd><p>TBD</p>\n<dt>Notes<dd><span>&nbsp;</span>\n</dl>', 'html', 'its only text is the placeholder "TBD" (the placeholder word "tbd"), under its headings'],
    ['# Release\n\n<dl><dt>Version</dt><dd>N/A</dd></dl>\n', 'markdown', 'its only text is the placeholder "N/A" (the placeholder word "n/a"), under its headings'],
    // Markdown's definition lists (Pandoc, PHP Markdown Extra, MyST): the term above `:` or `~` titles the definition.
    ['# Release\n\nVersion\n:   TBD\n\nNotes\n: N/A\n', 'markdown', 'every one of its 2 lines is a placeholder (the first: ":   TBD", the placeholder word ":   tbd"), under its headings'],
    // Read together first: `Version ~ TBD` is a label over a marker (red team rz2), as `Version: TBD` is.
    ['Version\n~ TBD\n', 'markdown', 'its 2 lines read together are a placeholder (a marker with nothing but who will fill it in)'],
    // A definition of `&nbsp;` (the marker left alone once trimmed) defines nothing; a role spelt by a reference is the role (red team rz2).
    ['Version\n: &nbsp;\n\nDate\n:\n', 'markdown', 'every one of its 2 lines is a placeholder (the first: ":", punctuation only), under its headings'],
    ['<div role="&#104;eading">Release 2.5.0</div><p>TBD</p>', 'html', 'its only text is the placeholder "TBD" (the placeholder word "tbd"), under its headings'],
    // A `>` inside a quoted attribute value ends no tag; a `/` parts attributes as a space does (red team rz2).
    ['<h1>Release</h1><p data-x="a>b">TBD</p>', 'html', 'its only text is the placeholder "TBD" (the placeholder word "tbd"), under its headings'],
    ['<div title="a>b" role="heading">Version 1.2</div><p>TBD</p>', 'html', 'its only text is the placeholder "TBD" (the placeholder word "tbd"), under its headings'],
    ['<div/role="heading">Version 1.2</div><p>TBD</p>', 'html', 'its only text is the placeholder "TBD" (the placeholder word "tbd"), under its headings'],
    // ARIA's term and header roles title as <dt> and <th> do (red team rz2).
    ['<div role="term">Version</div><div role="definition">N/A</div>', 'html', 'its only text is the placeholder "N/A" (the placeholder word "n/a"), under its headings'],
    ['<div role="rowheader">Version</div><div role="cell">TBD</div>', 'html', 'its only text is the placeholder "TBD" (the placeholder word "tbd"), under its headings'],
    // A quoted value left open: an HTML parser reads the rest of the page as the value, so nothing after the tag is drawn.
    ['<h1>Notes</h1><p title="unclosed>TBD</p><p>Real content here today.</p>', 'html', 'it shows only a heading ("# Notes") and no text under it'],
    // A row's header cell titles its data cells as a `<dt>` titles its `<dd>`s (red team rz2).
    ['<table><tr><th>Version</th><td>TBD</td></tr><tr><th>Date</th><td>TBD</td></tr></table>', 'html', 'every one of its 2 lines is a placeholder (the first: "TBD", the placeholder word "tbd"), under its headings'],
    ['<table><tr><th scope=row>Version<td>&nbsp;</table>', 'html', 'it shows only a heading ("# Version") and no text under it'],
    ['<h1>Changelog</h1><p>Coming soon<sup><a href="#fn-a">a</a></sup></p>', 'html', 'its only text is the placeholder "Coming soon[^a]" (a stub sentence ("coming soon[^a]"): what a text says of itself before anything was written), under its headings'],
  ] as const)('an ARIA heading titles what is under it: %j', (text, markup, why) => {
    expect(hollowTextReason(text, markup)).toBe(why);
  });

  // Red team sb: labels of a few words over a marker, footnote marks drawn small by `<small>` or `<sub>`, in braces.
  it.each([
    ['<h1>Changelog</h1><p>Coming soon<small>1</small></p>', 'html', 'its only text is the placeholder "Coming soon[^1]" (a stub sentence ("coming soon[^1]"): what a text says of itself before anything was written), under its headings'],
    ['<p>Coming soon<sub>a</sub></p>', 'html', 'its only text is the placeholder "Coming soon[^a]" (a stub sentence ("coming soon[^a]"): what a text says of itself before anything was written)'],
    ['Coming soon{^1}\n', 'markdown', 'its only text is the placeholder "Coming soon{^1}" (a stub sentence ("coming soon{^1}"): what a text says of itself before anything was written)'],
    ['# Release 2.5\n\nRelease date: TBD\n\nTarget version → TBD\n', 'markdown', 'every one of its 2 lines is a placeholder (the first: "Release date: TBD", a marker with nothing but who will fill it in), under its headings'],
    ['# Release 2.5\n\nRelease date: coming soon\n', 'markdown', 'its only text is the placeholder "Release date: coming soon" (a stub sentence ("release date: coming soon"): what a text says of itself before anything was written), under its headings'],
  ] as const)('a label over a marker, a mark drawn small after a stub: %j', (text, markup, why) => {
    expect(hollowTextReason(text, markup)).toBe(why);
  });

  it.each([
    ['<h1>Chemistry</h1><p>Water is H<sub>2</sub>O.</p>', 'html'],
    ['<p>Coming soon<small>for Linux and macOS</small></p>', 'html'],
    ['# Release 2.5\n\nRelease date: 2026-12-01\n\nTarget version → 2.5.0\n', 'markdown'],
    ['# Notes\n\nWe decided against TBD-based scheduling.\n', 'markdown'],
    // A line of content over a label over a marker: the label's words are its own line's (`Fixed crash Version` is none).
    ['Fixed crash\nVersion: TBD\n', 'markdown'],
    ['Fixed crash\n\nRelease date: TBD\n', 'plain'],
  ] as const)('sound look-alikes stay content: %j', (text, markup) => {
    expect(hollowTextReason(text, markup)).toBeUndefined();
  });

  it('unclosed tables, headings, summaries and ARIA headings are read in linear time', () => {
    const started = cpuStart();
    hollowTextReason(`${'<table>'.repeat(150_000)}x`, 'html');
    // A lazy `<h1>…</h1>` pattern took 1.5 s on 40,000 unclosed <h1> (quadratic); element by element it is linear.
    hollowTextReason(`${'<h1>x'.repeat(40_000)}`, 'html');
    hollowTextReason(`${'<summary>x'.repeat(40_000)}`, 'markdown');
    hollowTextReason(`${'<div role=heading>'.repeat(60_000)}x`, 'html');
    hollowTextReason(`${'<div '.repeat(150_000)}x`, 'html');
    hollowTextReason(`${'<dl>'.repeat(150_000)}x`, 'html');
    hollowTextReason(`<dl>${'<dt>x<dd>'.repeat(20_000)}</dl>`, 'html');
    hollowTextReason(`${'<div role="foo bar baz">'.repeat(60_000)}x`, 'html');
    expect(cpuMsSince(started)).toBeLessThan(4000);
  });

  it('style sheets that may set the direction, and hidden elements under dir=auto, are read in linear time', () => {
    const started = cpuStart();
    // A style sheet that may set the direction is read line by line and run by run, never rule by tag (red team rz4).
    const sheet = '<style>*{direction:rtl;unicode-bidi:bidi-override}</style>';
    hollowTextReason(`${sheet}${'<span class=x>DBT</span>'.repeat(50_000)}`, 'html');
    hollowTextReason(`${sheet}${'<p>DBT\n'.repeat(15_000)}`, 'html');
    hollowTextReason(`<link rel=stylesheet href=x.css>${'<b>T</b>D<i>B</i>\n'.repeat(10_000)}`, 'html');
    hollowTextReason(`${'<style>p{}'.repeat(100_000)}<p>DBT`, 'html');
    // Hidden elements under dir=auto are read in a second pass of the same cost.
    hollowTextReason(`${'<p dir=auto><span hidden>\u05D0</span>DBT</p>\n'.repeat(10_000)}`, 'html');
    hollowTextReason(`<p dir=auto>${'<span hidden><i>'.repeat(25_000)}`, 'html');
    expect(cpuMsSince(started)).toBeLessThan(4000);
  });

  it.each([
    '<div role="heading" aria-level="1">Upgrade guide</div><div>Run the migration with --from 0.3 first.</div>',
    '<p class="title">Upgrade guide</p><p>TBD</p>',
    '<div data-role="heading">Upgrade guide</div><div>TBD</div>',
    // The first concrete role wins: a button, a note; a role attribute repeated keeps its first value; aria-level alone is no role.
    '<div role="button heading">Upgrade guide</div><div>TBD</div>',
    '<div role="note heading">Release notes</div>\n<div role="none heading">0.4.0</div>',
    '<div role="button" role="heading">Upgrade guide</div><div>TBD</div>',
    '<div aria-level="1">Upgrade guide</div><div>TBD</div>',
    // A definition that says something makes the list content, however many others are placeholders.
    '<dl><dt>Version</dt><dd>1.2.0</dd></dl>',
    '<dl><dt>Version</dt><dd>1.2.0</dd><dt>Notes</dt><dd>TBD</dd></dl>',
    '<dl><dt>Fixed</dt><dd><p>A crash on start-up when the cache is empty.</p></dd></dl>',
    // A term that is a statement says something, as a disclosure's label may.
    '<dl><dt>All 412 tests pass on x86_64 and aarch64.</dt><dd></dd></dl>',
    '<div title="x role=heading">Upgrade guide</div><div>TBD</div>',
    '<h1>Coverage report: 87%</h1><table><tr><th>File</th><th>Miss</th></tr><tr><td>src/a.py</td><td>4</td></tr></table>',
    '<h2>Test output</h2><pre>ok 1 - adds</pre>',
    '<h1>Coverage</h1><table><tr><th scope="row">Total</th><td>87%</td></tr></table>',
    '<h1>Known issues</h1><table><tr><th>Issue</th></tr><tr><td>Crash on resize in Safari 17</td></tr></table>',
  ])('an ARIA heading over text, a styled paragraph, an HTML report with a table or output are content: %j', (text) => {
    expect(hollowTextReason(text, 'html')).toBeUndefined();
  });

  it.each([
    '<h1>All 412 tests passed</h1>\n\nDetails follow.\n',
    'Version\n: 1.2.0\n',
    '<h1>Changelog</h1><p>Windows builds are signed<sup><a href="#fn-a">a</a></sup>.</p>',
    '<p>E = mc<sup>2</sup></p>',
    '<p title="x>y">Fixed a crash when the cache is empty.</p>',
    '<div role="term">Version</div><div role="definition">2.5.0</div>',
    '<div role="term">All 42 tests pass on every platform.</div><div role="definition"></div>',
    // In Markdown the same is no tag (CommonMark), and its text is drawn.
    '# Notes\n\n<p title="unclosed>Real content here today.</p>',
    // A footnote's definition is drawn at the page's foot: no link reference definition (red team rz2).
    '# Notes\n\nComing soon[^1]\n\n[^1]: The ARM build ships in 2.6.\n',
    '<table><tr><th>Version</th><td>2.5.0</td></tr><tr><th>Date</th><td>TBD</td></tr></table>',
    '<table><tr><th>Suite</th><th>Passed</th></tr><tr><th>unit</th><td>412</td></tr></table>',
    // An unquoted value runs to the next space: `x/role="heading"` is the class, no role.
    '<div class=x/role="heading">Version 1.2</div><p>TBD</p>',
    '# Release\n\nVersion\n: TBD\n\nFixed\n: a crash in the parser when the input is empty\n',
    '| Suite | Passed |\n|---|---|\n| unit | 412 |\n',
    'Name | Value\n--- | ---\nfoo | 1\n',
    '# Notes\n\n- [Fix](#fix)\n\n## Fix\n\nFixed the crash.\n',
    '# Notes\n\n- [Changelog](https://github.com/o/r/releases)\n',
    '> # Note\n> Fixed the crash on start-up.\n',
    '- #123 fixed the crash\n',
  ])('a table with rows, a contents list over sections with text, a link out are content: %j', (text) => {
    expect(hollowTextReason(text, 'markdown')).toBeUndefined();
  });

  it('a table whose rows are placeholders is hollow under its header', () => {
    expect(hollowTextReason('# Known issues\n\n| Issue | Workaround |\n|---|---|\n| TBD | TBD |\n', 'markdown')).toMatch(/under its headings$/u);
  });

  it('property: any headings (ATX or setext) over placeholder lines are hollow; a real line among them is content', () => {
    const heading = fc.oneof(fc.constantFrom('Release notes', 'v1.2.0', 'Fixes').map((t) => `## ${t}`), fc.constantFrom('Release notes', 'Known issues').map((t) => `${t}\n${'='.repeat(t.length)}`));
    const filler = fc.constantFrom('TODO', 'TBD', '- N/A', '* FIXME', 'Coming soon.', '<!-- x -->', '');
    fc.assert(
      fc.property(fc.array(fc.tuple(heading, fc.array(filler, { maxLength: 3 })), { minLength: 1, maxLength: 4 }), fc.boolean(), (sections, real) => {
        const body = sections.map(([h, lines]) => `${h}\n\n${lines.join('\n')}`).join('\n\n');
        const text = real ? `${body}\n\nThe loader honours exports conditions.\n` : `${body}\n\nTODO\n`;
        return real ? hollowTextReason(text, 'markdown') === undefined : hollowTextReason(text, 'markdown') !== undefined;
      }),
      { numRuns: 500 },
    );
  });
});

describe('hollowTextReason: man pages read as man draws them (red team ha)', () => {
  it('placeholders under .SH titles, in font escapes or .B requests, and pages of comments only are hollow', () => {
    for (const text of ['.TH X 1\n.SH NAME\nTODO\n', '.TH X 1\n.SH NAME\n\\fBTODO\\fR\n.SH DESCRIPTION\n.PP\n.B TBD\n', '.\\" comment only\n.\\" TODO\n']) expect(hollowTextReason(text, 'markup'), JSON.stringify(text)).toBeDefined();
  });
  it('a page with a NAME line or real words beside comments is content; other markup is judged as written', () => {
    for (const text of ['.TH X 1\n.SH NAME\nx \\- run extensions\n.\\" TODO\n', '.Dd March 9, 2026\n.Dt TOOL 1\n.Os\n.Sh NAME\n.Nm tool\n.Nd do things\n', 'Title\n=====\n\nSee the guide.\n']) expect(hollowTextReason(text, 'markup'), JSON.stringify(text)).toBeUndefined();
  });
});

describe('hollowTextReason: front matter and disclosure labels (red team rp)', () => {
  it.each([
    ['---\ntitle: Release 0.4\ndate: 2026-01-01\n---\n', 'it shows nothing once rendered: only comments, front matter'],
    ['+++\ntitle = "Release 0.4"\n+++\n', 'it shows nothing once rendered: only comments, front matter'],
    ['\uFEFF---\r\ntitle: x\r\n---\r\n', 'it shows nothing once rendered: only comments, front matter'],
    ['---\ntitle: x\n---\n\nTODO\n', 'its only text is the placeholder "TODO"'],
    ['<details><summary>Notes</summary></details>', 'it shows only a heading ("# Notes") and no text under it'],
    ['# Release notes\n\n<details>\n<summary>0.4.0</summary>\n\n</details>\n', 'it shows only 2 headings'],
    ['# Notes\n\n> [!NOTE]\n', 'it shows only 2 headings'],
    ['# Notes\n\n> [!WARNING]\n> TODO\n', 'its only text is the placeholder "> TODO"'],
  ])('%j is hollow as Markdown', (text, why) => {
    expect(hollowTextReason(text, 'markdown')).toContain(why);
  });

  it.each([
    '---\ntitle: x\n---\n\nFixed a crash when reading empty input.\n',
    '+++\ntitle = "x"\n+++\n# Notes\n\nReal text here.\n',
    '---\n\nFixed a crash.\n\n---\n',
    '# Notes\n\n> [!WARNING]\n> Drop Node 18 before upgrading.\n',
    '<details>\n<summary>Stack trace</summary>\n\nFixed a crash in the parser.\n</details>\n',
  ])('%j shows content', (text) => {
    expect(hollowTextReason(text, 'markdown')).toBeUndefined();
  });
});

describe('hollowTextReason: front matter closed by `...`, disclosure statements, right-to-left paragraphs (red team rt3)', () => {
  it.each([
    // Pandoc closes YAML front matter with `...` as well as `---`.
    ['---\ntitle: x\n...\nTBD', 'its only text is the placeholder "TBD"'],
    ['---\ntitle: Release 0.4\n...\n', 'it shows nothing once rendered: only comments, front matter'],
    ['\uFEFF---  \r\ntitle: x\r\n...  \r\n', 'it shows nothing once rendered: only comments, front matter'],
    ['---\ntitle: x\n...\n<!-- notes go here -->\n[//]: # (todo)\n', 'it shows nothing once rendered: only comments, front matter'],
    // A YAML comment or a TOML table first is front matter too.
    ['---\n# generated\ntitle: x\n---\nTBD\n', 'its only text is the placeholder "TBD"'],
    ['+++\n[params]\nweight = 1\n+++\n', 'it shows nothing once rendered: only comments, front matter'],
    // Pandoc reads a YAML mapping between `---` and `---`/`...` after a blank line anywhere as metadata, and draws none of it.
    ['\n---\ntitle: x\n...\nTBD\n', 'its only text is the placeholder "TBD"'],
    // Old Mac line ends (CR alone), a line ending to CommonMark as to Pandoc.
    ['---\rtitle: x\r...\rTBD\r', 'its only text is the placeholder "TBD"'],
    ['# Notes\r\r---\rtitle: x\r...\r', 'it shows only a heading ("# Notes")'],
    ['# Release 0.4\n\n---\nFixed: crash on empty input\n...\n', 'it shows only a heading ("# Release 0.4")'],
    // A disclosure's label that is a title, not a statement, over nothing.
    ['<details><summary>Release notes</summary>\n</details>', 'it shows only a heading ("# Release notes")'],
    ['<details><summary>Details.</summary>\n</details>', 'it shows only a heading'],
    ['<details><summary>\u53D1\u5E03\u8BF4\u660E\u3002</summary>\n</details>', 'it shows only a heading'],
    ['<details><summary>Click here to expand.</summary>\n</details>', 'it shows only a heading'],
    ['<details><summary>See the full test log.</summary>\n</details>', 'it shows only a heading'],
    // dir="auto" takes a paragraph's direction from its first strong letter, on whichever of its lines.
    ['\u200Fprogress\u200F in\u200F work\n', 'the placeholder word "work in progress"'],
    ['# Notes\n\n\u200F\nprogress\u200F in\u200F work\n', 'as a right-to-left paragraph displays it'],
  ])('%j is hollow as Markdown', (text, why) => {
    expect(hollowTextReason(text, 'markdown')).toContain(why);
  });

  it.each([
    '---\ntitle: x\n...\nFixed a crash when reading empty input.\n',
    '---\nThe exporter drops trailing blank lines.\n---\n\nFixed a crash.\n',
    '<details><summary>All 42 tests pass on x86_64 and aarch64.</summary>\n</details>',
    // 所有四十二项测试均已通过。 ("All 42 tests pass."), a sentence of a script written without spaces.
    '<details><summary>\u6240\u6709\u56DB\u5341\u4E8C\u9879\u6D4B\u8BD5\u5747\u5DF2\u901A\u8FC7\u3002</summary>\n</details>',
    '# Test results\n\n<details>\n<summary>All 42 tests pass on <b>x86_64</b> and aarch64.</summary>\n\n</details>\n',
    '# \u05D4\u05E2\u05E8\u05D5\u05EA\n\n\u05EA\u05D5\u05E7\u05E0\u05D4 \u05E7\u05E8\u05D9\u05E1\u05D4 \u05D1\u05E7\u05E8\u05D9\u05D0\u05EA \u05E7\u05DC\u05D8 \u05E8\u05D9\u05E7.\n',
    '## \u0645\u0644\u0627\u062D\u0638\u0627\u062A\n\n\u062A\u0645 \u0625\u0635\u0644\u0627\u062D \u0639\u0637\u0644 Node 20.\n',
    '\u200Eprogress\u200F in\u200F work\n',
    // Not YAML metadata to Pandoc: a block that does not parse, or parses to a list, is drawn.
    '# Release 0.4\n\n---\nnotes: [the parser no longer drops the last row\n...\n',
    '# Release 0.4\n\n---\n- Fixed a crash on empty input\n...\n',
  ])('%j shows content', (text) => {
    expect(hollowTextReason(text, 'markdown')).toBeUndefined();
  });
});

describe('hollowTextReason: a style sheet that may set the direction is read as every element laid out by it (red team rz4)', () => {
  it('a <style> block that overrides every paragraph right to left', () => {
    expect(hollowTextReason('<style>p{direction:rtl;unicode-bidi:bidi-override}</style><p>DBT</p>', 'html')).toBe(
      'its only text is the placeholder "TBD" (the placeholder word "tbd"), as a style sheet that may set direction or unicode-bidi lays it out',
    );
  });

  it.each([
    ['<style>.x{direction:rtl;unicode-bidi:bidi-override}</style><span class=x>DBT</span>', 'html', 'the placeholder word "tbd"'],
    ['<style>*{unicode-bidi:bidi-override;direction:rtl}</style><p>DBT</p>\n<p>ODOT</p>', 'html', 'every one of its 2 lines is a placeholder'],
    ['<style>bdo,[dir]{direction:rtl}</style><bdo>DBT</bdo>', 'html', 'the placeholder word "tbd"'],
    // Only the span is overridden: its run is reversed in its place in the line.
    ['<style>.x{direction:rtl;unicode-bidi:bidi-override}</style><p>T<span class=x>DB</span></p>', 'html', 'the placeholder word "tbd"'],
    // A direction alone embeds: right-to-left marks between words reorder them.
    ['<style>p{direction:rtl}</style><p>progress&rlm; in&rlm; work</p>', 'html', 'the placeholder word "work in progress"'],
    // Any spelling CSS reads: escapes, comments, upper case, SVG's style text with character references.
    ['<style>p{\\64irection:rtl;/* x */unicode-bidi:BIDI-OVERRIDE}</style><p>DBT</p>', 'html', 'the placeholder word "tbd"'],
    ['<svg><style>text{&#100;irection:rtl;unicode-bidi:bidi-override}</style><text>DBT</text></svg>', 'html', 'the placeholder word "tbd"'],
    // An override mirrors brackets as it reverses: `{X}$` is drawn `${X}`.
    ['<style>p{direction:rtl;unicode-bidi:bidi-override}</style><p>{TROPER}$</p>', 'html', 'its only text is the placeholder "${REPORT}"'],
    ['<STYLE type=text/css>p{direction:rtl;unicode-bidi:bidi-override}</STYLE ><p>DBT</p>', 'html', 'the placeholder word "tbd"'],
    // Style sheets that cannot be read here may set anything.
    ['<style>@import url(site.css);</style><p>DBT</p>', 'html', 'the placeholder word "tbd"'],
    ['<style>@\\69mport "site.css";</style><p>DBT</p>', 'html', 'the placeholder word "tbd"'],
    ['<link rel=stylesheet href=site.css><p>DBT</p>', 'html', 'the placeholder word "tbd"'],
    ['<LINK REL="alternate Stylesheet" href=site.css><p>DBT</p>', 'html', 'the placeholder word "tbd"'],
    ['<?xml-stylesheet href="site.css"?><p>DBT</p>', 'html', 'the placeholder word "tbd"'],
    ['<style>p{direction:rtl;unicode-bidi:bidi-override}</style>\n\n# Notes\n\nDBT\n', 'markdown', 'under its headings, as a style sheet'],
  ] as const)('%j (%s) is hollow', (text, markup, why) => {
    expect(hollowTextReason(text, markup)).toContain(why);
  });

  it.each([
    // Colours and fonts only: the text is read as written.
    ['<style>body{color:#333;font-family:serif} p{margin:0}</style><p>DBT</p>', 'html'],
    ['<link rel=icon href=favicon.png><p>DBT</p>', 'html'],
    // Real prose under an override is real prose reversed, no placeholder.
    ['<style>p{direction:rtl;unicode-bidi:bidi-override}</style><p>Fixed a crash when reading empty input.</p>', 'html'],
    ['<link rel=stylesheet href=site.css><h1>Notes</h1><p>Fixed a crash when reading empty input.</p>', 'html'],
    ['<style>*{direction:rtl;unicode-bidi:bidi-override}</style>\n\n# Notes\n\nFixed a crash when reading empty input.\n', 'markdown'],
    // A direction without an override reverses no word.
    ['<style>p{direction:rtl}</style><p>ssergorp ni krow</p>', 'html'],
    ['<style>p{direction:rtl}</style><p>\u05E9\u05DC\u05D5\u05DD. Node 20 is supported.</p>', 'html'],
    // The word in prose is no declaration.
    ['<style>p{color:red}</style><p>DBT: the text direction is right to left with unicode-bidi.</p>', 'html'],
  ] as const)('%j (%s) shows content', (text, markup) => {
    expect(hollowTextReason(text, markup)).toBeUndefined();
  });
});

describe('hollowTextReason: elements that set a direction are read as laid out (red team rt3)', () => {
  it.each([
    ['<bdo dir="rtl">ssergorp ni krow</bdo>\n', 'markdown', 'drawn in reverse by a right-to-left override'],
    ['<bdo dir=rtl>\nssergorp ni krow\n</bdo>\n', 'html', 'drawn in reverse by a right-to-left override'],
    ['<span style="unicode-bidi: bidi-override; direction: rtl">DBT</span>', 'html', 'the placeholder word "tbd"'],
    ['<p dir="rtl">progress\u200F in\u200F work</p>\n', 'html', 'the placeholder word "work in progress"'],
    ['<div dir="rtl">\n\nprogress\u200F in\u200F work\n\n</div>\n', 'markdown', 'the placeholder word "work in progress"'],
    // Attributes as HTML reads them: `/` parts them, and a value's character references are decoded.
    ['<bdo/dir=rtl>ssergorp ni krow</bdo>', 'html', 'drawn in reverse by a right-to-left override'],
    ['<bdo dir="&#114;tl">ssergorp ni krow</bdo>', 'html', 'drawn in reverse by a right-to-left override'],
    ['<span style="unicode-bidi: bidi-override; direction&#58; rtl">DBT</span>', 'html', 'the placeholder word "tbd"'],
    // A style attribute as CSS reads it: the last declaration wins, comments and escapes are read through (red team rz4).
    ['<span style="direction:ltr;direction:rtl;unicode-bidi:bidi-override">DBT</span>', 'html', 'the placeholder word "tbd"'],
    ['<span style="direction:rtl!important;direction:ltr;unicode-bidi:bidi-override">DBT</span>', 'html', 'the placeholder word "tbd"'],
    ['<span style="direction:/* x */rtl;unicode-bidi:bidi-override">DBT</span>', 'html', 'the placeholder word "tbd"'],
    ['<span style="direction:\\72 tl;unicode-bidi:\\62 idi-override">DBT</span>', 'html', 'the placeholder word "tbd"'],
    ['<span style="\\64 irection:rtl;unicode-bidi:bidi-override">DBT</span>', 'html', 'the placeholder word "tbd"'],
    ['<span style="&#100;irection:rtl;unicode-bidi:bidi-override">DBT</span>', 'html', 'the placeholder word "tbd"'],
    ['<span style="direction:rtl;unicode-bidi:isolate-override">DBT</span>', 'html', 'the placeholder word "tbd"'],
    // `dir=auto` takes the direction of the first strong letter, an invisible right-to-left mark too.
    ['<bdo dir=auto>\u200FDBT</bdo>', 'html', 'the placeholder word "tbd"'],
    ['<bdo dir="auto"><i>&rlm;</i>DBT</bdo>', 'html', 'the placeholder word "tbd"'],
    // SVG presentation attributes set the same properties as the style ones (red team rz4).
    ['<svg><text direction="rtl" unicode-bidi="bidi-override">DBT</text></svg>', 'html', 'the placeholder word "tbd"'],
    ['<svg><text><tspan direction="rtl" unicode-bidi="bidi-override">DBT</tspan></text></svg>', 'html', 'the placeholder word "tbd"'],
    ['<svg><text direction="\\72 tl" unicode-bidi="BIDI-OVERRIDE">DBT</text></svg>', 'html', 'the placeholder word "tbd"'],
    // An override without a direction of its own takes its parent's.
    ['<svg direction="rtl"><text unicode-bidi="bidi-override">DBT</text></svg>', 'html', 'the placeholder word "tbd"'],
    ['<div dir=rtl><span style="unicode-bidi:bidi-override">DBT</span></div>', 'html', 'the placeholder word "tbd"'],
  ] as const)('%j (%s) is hollow', (text, markup, why) => {
    expect(hollowTextReason(text, markup)).toContain(why);
  });

  it('an SVG text whose presentation attributes override its direction is read as drawn (red team rz4)', () => {
    expect(hollowTextReason('<svg><text direction="rtl" unicode-bidi="bidi-override">DBT</text></svg>', 'html')).toBe(
      'its only text is the placeholder "\u202EDBT\u202C" (the placeholder word "tbd", drawn in reverse by a right-to-left override)',
    );
  });

  it('dir=auto counts the letters of a hidden element, which is not drawn (red team rz4)', () => {
    expect(hollowTextReason('<bdo dir=auto><span hidden>\u05D0</span>DBT</bdo>', 'html')).toBe(
      'its only text is the placeholder "\u202EDBT\u202C" (the placeholder word "tbd", drawn in reverse by a right-to-left override), with its hidden elements not drawn',
    );
  });

  it.each([
    ['<bdo dir=auto><span style="display:none">\u05D0</span>DBT</bdo>', 'html', 'with its hidden elements not drawn'],
    ['<p>Notes</p><bdo dir=auto><b hidden>\u05D0</b>DBT</bdo><p hidden>Fixed a crash.</p>', 'html', 'with its hidden elements not drawn'],
    // dir=auto skips what an element with a dir of its own, a <bdi> or a <textarea> holds (HTML's auto directionality).
    ['<bdo dir=auto><span dir=ltr hidden>x</span>&rlm;DBT</bdo>', 'html', 'the placeholder word "tbd"'],
    ['<bdo dir=auto><bdi hidden>x</bdi>&rlm;DBT</bdo>', 'html', 'the placeholder word "tbd"'],
    // A first strong letter past the stretch read is unknown: read right to left.
    [`<bdo dir=auto>${'<b> </b>'.repeat(150)}&rlm;DBT</bdo>`, 'html', 'the placeholder word "tbd"'],
    [`<bdo dir=auto>${'<i></i>'.repeat(200)}&rlm;DBT</bdo>`, 'html', 'the placeholder word "tbd"'],
  ] as const)('%j (%s) is hollow', (text, markup, why) => {
    expect(hollowTextReason(text, markup)).toContain(why);
  });

  it.each([
    ['<bdo dir="rtl">.tupni ytpme gnidaer nehw hsarc a dexiF</bdo>', 'html'],
    ['<p dir="rtl">\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD. Node 20 is supported.</p>', 'html'],
    ['# Notes\n\n<p dir="ltr">Fixed a crash.</p>\n', 'markdown'],
    ['<p dir="rtl">Fixed <b dir="ltr">a crash</b> in the parser.</p>', 'html'],
    // An unquoted value runs to the space: `x/dir=rtl` is the title, and the bdo has no direction of its own.
    ['<bdo title=x/dir=rtl>DBT</bdo>', 'html'],
    // Look-alikes: an earlier important declaration keeps its value, a commented-out override is none, an escape outside a style is text.
    ['<span style="direction:ltr!important;direction:rtl;unicode-bidi:bidi-override">DBT</span>', 'html'],
    ['<span style="direction:rtl;/* unicode-bidi:bidi-override */">DBT</span>', 'html'],
    ['<span style="direction:rtl;unicode-bidi:isolate">DBT</span>', 'html'],
    ['<p style="color: red">Fixed \\72 tl handling in the DBT importer.</p>', 'html'],
    ['<bdo dir=auto>DBT</bdo>', 'html'],
    ['<p dir="auto">\u05E9\u05DC\u05D5\u05DD. Node 20 is supported.</p>', 'html'],
    // A presentation attribute's override over a real sentence, or with no right-to-left direction, draws no placeholder.
    ['<svg><text direction="rtl" unicode-bidi="bidi-override">.tupni ytpme gnidaer nehw hsarc a dexiF</text></svg>', 'html'],
    ['<svg><text direction="ltr" unicode-bidi="bidi-override">DBT</text></svg>', 'html'],
    // A comment is no text: dir=auto finds no right-to-left letter in it, and the bdo draws "DBT" (red team rz4).
    ['<bdo dir=auto><!--\u05D0-->DBT</bdo>', 'html'],
    // A hidden element's letters set the direction, but a real sentence stays one, drawn either way.
    ['<bdo dir=auto><span hidden>\u05D0</span>.tupni ytpme gnidaer nehw hsarc a dexiF</bdo>', 'html'],
    ['<p dir=auto><span hidden>\u05D0</span>Fixed a crash when reading empty input.</p>', 'html'],
    ['<p dir=auto>Fixed a crash.<span hidden>TBD</span></p>', 'html'],
    ['<div dir=rtl><span style="unicode-bidi:isolate">DBT</span></div>', 'html'],
  ] as const)('%j (%s) shows content', (text, markup) => {
    expect(hollowTextReason(text, markup)).toBeUndefined();
  });
});

describe('hollowTextReason: a page judged as drawn, hidden and struck-out text left out, generated text put in (red team sf)', () => {
  const drawn = 'as a page draws it (hidden and struck-out parts left out, text a style sheet generates put in)';
  it.each([
    ['<p>Release date: <span style="display:none">2026-03-01</span>TBD</p>', 'html', `its only text is the placeholder "Release date: TBD" (a marker with nothing but who will fill it in), ${drawn}`],
    ['<style>.x{visibility:hidden}</style><p><span class="a x">Fixed a crash.</span>TODO</p>', 'html', `its only text is the placeholder "TODO" (the placeholder word "todo"), ${drawn}`],
    ['<style>@media screen { .wrap > * { opacity: 0 } }</style><div class="wrap"><p>Fixed a crash.</p></div><p>TBD</p>', 'html', `its only text is the placeholder "TBD" (the placeholder word "tbd"), ${drawn}`],
    ['<p hidden>Fixed a crash.<p>TBD', 'html', `its only text is the placeholder "TBD" (the placeholder word "tbd"), ${drawn}`],
    ['<ul><li hidden>Fixed a crash.</ul><p>TBD</p>', 'html', `its only text is the placeholder "TBD" (the placeholder word "tbd"), ${drawn}`],
    // A line struck in part is judged by the line's own reading.
    ['# Notes\n\n~~Fixed a crash.~~ TODO\n', 'markdown', `its only text is the placeholder "~~Fixed a crash.~~ TODO" (the placeholder word "todo", ${drawn}), under its headings`],
    ['# Notes\n\n<del>Fixed a crash.</del>\n\nTBD\n', 'markdown', `its only text is the placeholder "TBD" (the placeholder word "tbd"), under its headings, ${drawn}`],
    ['<div hidden>\n\nFixed a crash.\n\n</div>\n\nTBD\n', 'markdown', `its only text is the placeholder "TBD" (the placeholder word "tbd"), ${drawn}`],
    ['<p><span hidden>Fixed a crash.</span></p>', 'html', `it shows nothing ${drawn}`],
    ['<style>.d::after { content: "TBD" }</style><p>Release date: <span class="d"></span></p>', 'html', `its only text is the placeholder "Release date: TBD" (a marker with nothing but who will fill it in), ${drawn}`],
  ] as const)('%j (%s)', (text, markup, why) => {
    expect(hollowTextReason(text, markup)).toBe(why);
  });

  it.each([
    ['<style>.sr-only{position:absolute;clip:rect(0,0,0,0)}</style><a class="sr-only" href="#main">Skip to content</a><h1 id="main">2.5.0</h1><p>Fixed a crash.</p>', 'html'],
    ['<p><span hidden>TODO</span>Fixed a crash.</p>', 'html'],
    ['<p hidden>TBD</p><p>Fixed a crash.</p>', 'html'],
    ['<p><b hidden>x</b> Fixed <i>a</i> crash.</p>', 'html'],
    ['# Notes\n\n~~TODO~~ Fixed a crash.\n', 'markdown'],
    ['# Notes\n\nSupports ~1.2.3 || ~2.0 and `~/.config`.\n', 'markdown'],
    ['<style>.d::before { content: "Released: " }</style><p class="d">2026-03-01</p>', 'html'],
    ['<style>p { display: block; font-size: 0.9em }</style><p>Fixed a crash.</p>', 'html'],
  ] as const)('sound look-alikes stay content: %j (%s)', (text, markup) => {
    expect(hollowTextReason(text, markup)).toBeUndefined();
  });

  it('hidden elements, sheets and strikethrough are read in linear time', () => {
    const started = cpuStart();
    hollowTextReason(`<style>.x{display:none}</style>${'<span class=x>DBT</span>'.repeat(50_000)}`, 'html');
    hollowTextReason(`${'<span hidden>'.repeat(50_000)}TBD`, 'html');
    hollowTextReason(`<div hidden>${'<i>'.repeat(50_000)}${'</b>'.repeat(50_000)}</div>TBD`, 'html');
    hollowTextReason(`<style>${'.a '.repeat(100_000)}{display:none}</style>TBD`, 'html');
    hollowTextReason(`<style>.v::before{content:${'"a;"'.repeat(50_000)}}</style><p class=v>TBD</p>`, 'html');
    hollowTextReason(`${'~~a ~b '.repeat(50_000)}TBD`, 'markdown');
    hollowTextReason(`${'~a'.repeat(100_000)}`, 'markdown');
    expect(cpuMsSince(started)).toBeLessThan(4000);
  });
});
