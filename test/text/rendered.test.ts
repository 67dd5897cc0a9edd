/** src/text: what a reader sees of a text (rendered.ts) and how it is folded (fold.ts), with source maps. */
import { describe, expect, it } from 'vitest';
import { align, render, textKindOf } from '../../src/text/rendered.js';
import { fold, foldString, plainText } from '../../src/text/fold.js';
import { loadRenderer } from '../../src/text/rendered.js';

// The Markdown/HTML parsers load on first need (claim_tier_order awaits this in evaluate).
await loadRenderer();

/** The source character each rendered character came from. */
const origins = (source: string, kind: 'markdown' | 'html') => {
  const r = render(source, kind);
  return [...r.text].map((c, k) => [c, source[r.offsets[k] as number]]);
};

describe('render', () => {
  it('Markdown: emphasis, links, escapes and references resolved; link URLs and definitions out of the flow, read apart (as an HTML href is)', () => {
    const r = render('**Strict** [drop\\-in](https://x/y "t") &amp; re<span>place</span>ment\n\n[d]: https://z\n', 'markdown');
    const lines = r.text.split('\n').filter((l) => l !== '');
    expect(lines[0]).toBe('Strict drop-in & replacement');
    expect(lines.slice(1).sort()).toEqual(['D', 'https://x/y', 'https://z', 't']);
  });

  it('Markdown: what a reader of the source sees besides the page is read apart: destinations (also percent-decoded), footnote labels, fence info strings', () => {
    const r = render('[a](https://x/Full%20Node) ![b](pic/full-node.png) c[^Full-node]\n\n[^Full-node]: n\n\n```full node\nx\n```\n', 'markdown');
    const lines = r.text.split('\n').filter((l) => l !== '');
    for (const aside of ['https://x/Full%20Node', 'https://x/Full Node', 'pic/full-node.png', 'Full-node', 'full node']) expect(lines).toContain(aside);
  });

  it('maps every rendered character back to where a reader finds it in the file', () => {
    for (const [rendered, source] of origins('> **ab** c\\-d &#x65;\n> - f\n', 'markdown')) {
      if (rendered === '\n') continue;
      // An escape maps to its backslash, a reference to its ampersand.
      expect([rendered, '\\', '&']).toContain(source);
    }
  });

  it('HTML: tags dropped, <br> and block tags a line break, an image alt text in the line (skippable), entities decoded, comments and other attributes kept apart', () => {
    const r = render('<p>a<b>b</b>c<br>d&nbsp;e<!-- hidden -->f<img alt="pic" src=x>g</p>', 'html');
    expect(r.text.split('\n').filter((l) => l !== '')).toEqual(['abc', 'd\u00a0efpicg', ' hidden ', 'x']);
  });

  it('every attribute is read apart, and one holding markup (iframe srcdoc, a component prop) is read as the page it shows', () => {
    const r = render('<p data-x="one two">y</p><iframe srcdoc="&lt;p&gt;re&lt;b&gt;place&lt;/b&gt;ment&lt;/p&gt;"></iframe>', 'html');
    expect(r.text).toContain('one two');
    expect(foldString(r.text)).toContain('repiacernent');
  });

  it('struck-through text (Markdown ~~x~~, <del>, <s>, <strike>) is skippable: a reader reads past a deletion', () => {
    for (const source of ['re~~x~~placement', 're<del>x</del>placement', 're<s>x</s>placement', 're<strike>x</strike>placement']) {
      const r = render(source, 'markdown');
      expect(r.skippable, source).toBeDefined();
      const [a, b] = [...(r.skippable as Int32Array)];
      expect((r.text.slice(0, a) + r.text.slice(b)).trim(), source).toBe('replacement');
    }
  });

  it('a task list item marker ([ ], [x], [X]) is a checkbox on the page: skippable, at the start of a list item only', () => {
    for (const source of ['- [x] replacement', '1. [ ] replacement', '> * [X] replacement']) {
      const r = render(source, 'markdown');
      expect(r.skippable, source).toBeDefined();
      const [a, b] = [...(r.skippable as Int32Array)];
      expect((r.text.slice(0, a) + r.text.slice(b)).trim(), source).toBe('replacement');
    }
    for (const source of ['[x] replacement', '- see [x] replacement', '- [y] replacement', '- [x]replacement']) expect(render(source, 'markdown').skippable, source).toBeUndefined();
  });

  it('headings are also read one after the other, apart, as an outline lists them, each letter at its own place', () => {
    const source = '## Full *Node*\n\nbody text\n\nSetext\n---\n\n### replacement\n';
    const r = render(source, 'markdown');
    // The flow has body text between the headings; the outline, after it, has none (blank lines are no words).
    const start = r.text.indexOf('Full Node\n\nSetext\n\nreplacement');
    expect(start, JSON.stringify(r.text)).toBeGreaterThan(-1);
    expect([...'Full Node'].map((_, k) => source[r.offsets[start + k] as number]).join('')).toBe('Full Node');
    // One heading: no outline (it would only repeat the flow).
    expect(render('## Full Node\n\nbody\n', 'markdown').text.match(/Full Node/g)).toHaveLength(1);
  });

  it('a link reference definition label is read apart, as a reader of the source sees it', () => {
    expect(render('text\n\n[Hidden Label]: https://example.com\n', 'markdown').text.toLowerCase()).toContain('hidden label');
  });

  it('private-use and unassigned code points fold to nothing; a regional indicator folds to its letter', () => {
    expect(foldString('a\uE000b\u0378c\u{1F1F3}')).toBe('abcn');
  });

  it('a comment inside a word neither joins nor splits it', () => {
    expect(foldString(render('re<!-- x -->place<!---->ment', 'markdown').text)).toContain('repiacernent');
  });

  it('code blocks and inline code are rendered: a reader sees them', () => {
    expect(render('```js\nconst x = "drop-in";\n```\n\nuse `npx it`\n', 'markdown').text).toContain('const x = "drop-in";');
  });

  it('textKindOf reads the extension', () => {
    expect([textKindOf('README.md'), textKindOf('notes.HTML'), textKindOf('NOTES'), textKindOf('a.txt')]).toEqual(['markdown', 'html', 'plain', 'plain']);
    expect([textKindOf('notes.mdx'), textKindOf('CHANGELOG.rst'), textKindOf('NEWS.adoc'), textKindOf('package.json')]).toEqual(['mdx', 'markup', 'markup', 'plain']);
    // Every name a forge renders as Markdown or as markup the gate does not render (red team hz).
    expect(['a.mdwn', 'a.mkdown', 'a.mdtxt', 'a.livemd', 'a.ronn'].map((p) => textKindOf(p))).toEqual(Array(5).fill('markdown'));
    expect(['a.xht', 'a.shtml', 'a.shtm'].map((p) => textKindOf(p))).toEqual(Array(3).fill('html'));
    expect(['a.asc', 'a.Rmd', 'a.qmd', 'a.pod6', 'tool.man', 'a.roff', 'NEWS.rst.txt'].map((p) => textKindOf(p))).toEqual(Array(7).fill('markup'));
    expect(['a.txt', 'a.json', 'notes/1.2', 'v1.10'].map((p) => textKindOf(p))).toEqual(Array(4).fill('plain'));
    expect([textKindOf('tool.1', '.TH TOOL 1\n.SH NAME\n'), textKindOf('tool.8', '.\\" comment\n.Dd x\n'), textKindOf('notes/1.2', '- fixed .TH parsing\n')]).toEqual(['markup', 'markup', 'plain']);
  });

  it('align maps escapes and references to their first character', () => {
    expect([...align('a*&b', 'a\\*&amp;b', 0, 9)]).toEqual([0, 1, 3, 8]);
  });
});

describe('fold', () => {
  it.each([
    ['Straße', 'STRASSE'],
    ['ﬁnal', 'final'],
    ['ＦＵＬＬ', 'full'],
    ['Νοdе', 'node'],
    ['ѕtrict', 'strict'],
    ['compatibIe', 'compatible'],
    ['drop\u2011in', 'drop in'],
    ['drop\u00adin', 'drop-in'],
    ['z\u200bero', 'zero'],
    ['ϲopy', 'copy'],
    ['Ꭺpp', 'app'],
    ['𝐛𝐨𝐥𝐝', 'bold'],
    ['café', 'cafe'],
    ['ᴀᴘᴘ', 'app'],
    ['rǝplacement', 'replacement'],
    ['þlace', 'place'],
    ['ɑɩʊ', 'aiu'],
    ['ʀᴇᴘʟᴀᴄᴇᴍᴇɴᴛ', 'replacement'],
    ['ꭺꮲꮲ', 'app'],
    ['ᵄ', 'a'],
    ['ɗɍσᴘ', 'drop'],
    ['𝖉𝖗𝖔𝖕', 'drop'],
    ['օ', 'o'],
  ])('%s folds like %s', (a, b) => {
    expect(foldString(a)).toBe(foldString(b));
  });

  it.each([
    ['node', 'bun'],
    ['strict', 'struct'],
    ['a.b', 'ab'],
  ])('%s and %s stay different', (a, b) => {
    expect(foldString(a)).not.toBe(foldString(b));
  });

  it('every generated Latin look-alike folds like its letter', async () => {
    const { LATIN_LOOKALIKES } = await import('../../src/text/latin-lookalikes.js');
    const entries = Object.entries(LATIN_LOOKALIKES);
    expect(entries.length).toBeGreaterThan(500);
    const wrong = entries.filter(([ch, letter]) => foldString(ch) !== foldString(letter)).map(([ch, letter]) => `${ch} U+${(ch.codePointAt(0) as number).toString(16)} → ${foldString(ch)} (want ${letter})`);
    expect(wrong).toEqual([]);
  });

  it('keeps a source offset for every folded unit, expansions included', () => {
    const f = fold(plainText('ß-m'));
    expect(f.text.length).toBe(f.offsets.length);
    expect([...f.offsets]).toEqual([0, 0, 2, 2]);
  });
});

describe('what a reader sees, beyond the flow', () => {
  it('a right-to-left override shows its run reversed, and is folded in display order', () => {
    expect(foldString('\u202Etcirts\u202C drop-in')).toBe(foldString('strict drop-in'));
    const f = fold(plainText('a\u202Ecb\u202Cx'));
    expect(f.text).toBe('abcx');
    expect([...f.offsets]).toEqual([0, 3, 2, 5]);
  });

  it('link and image titles and definition titles are scanned apart from the flow', () => {
    const r = render('[x](https://a "strict title") ![alt](p.png "img title")\n\n[d]: https://z "def title"\n', 'markdown');
    expect(r.text).toContain('strict title');
    expect(r.text).toContain('img title');
    expect(r.text).toContain('def title');
  });

  it('a braille blank reads as a space, so it cannot split a word a reader sees as spaced letters', () => {
    expect(foldString('s\u2800t\u2800r\u2800i\u2800c\u2800t')).toBe(foldString('strict'));
  });
});
