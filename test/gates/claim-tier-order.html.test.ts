/**
 * HTML as a browser reads it (parse5, the WHATWG tokenizer and tree builder), in HTML release texts
 * and in the raw HTML inside Markdown: comments the spec ends early (`<!-->`, `<!--->`, `--!>`),
 * bogus comments (`</ x>`, `<?x>`, `<!x>`, CDATA outside foreign content), hidden text used to split a
 * phrase or to hide one (`hidden`, `style`, classes with a stylesheet, `<template>`, `<noscript>`,
 * `<script>`, `<style>`), character references without semicolons, nested markup, line wraps. Each
 * evasion is found, at the line and column of its first letter.
 */
import { describe, expect, it } from 'vitest';
import { foldPhrase, scanText, type Phrase } from '../../gates/claim-tier-order/scan.js';
import type { TextKind } from '../../src/text/rendered.js';
import { loadRenderer } from '../../src/text/rendered.js';

// The Markdown/HTML parsers load on first need (claim_tier_order awaits this in evaluate).
await loadRenderer();

const PHRASE = 'strict drop-in replacement for Node/Bun';
const P: Phrase = { phrase: PHRASE, folded: foldPhrase(PHRASE), source: 'forbidden_claim_patterns[0]', why: 'test', exemptWithin: [] };
const hits = (text: string, kind: TextKind) => scanText(text, kind, [P]).map((h) => `${h.line}:${h.column}`);

/** `¦` marks where the hit must be reported (it is removed from the text). */
function expectHit(marked: string, kind: TextKind) {
  const at = marked.indexOf('¦');
  const text = marked.replace('¦', '');
  const before = text.slice(0, at).split('\n');
  expect(hits(text, kind), JSON.stringify(text)).toContain(`${before.length}:${(before.at(-1) as string).length + 1}`);
}

/** Each marks (¦) where the hit is reported; unmarked ones are reported where they start. */
const SPLITS: [string, string][] = [
  ['empty comment <!--> ends at once', 'strict drop-in re<!-->place<!-->ment for Node/Bun'],
  ['empty comment <!---> ends at once', 'strict drop-in re<!--->placement for Node/Bun'],
  ['comment closed by --!>', 'strict drop-in re<!-- x --!>placement for Node/Bun'],
  ['bogus comment </ x>', 'strict drop-in re</ x>placement for Node/Bun'],
  ['bogus comment <?x>', 'strict drop-in re<?x>placement for Node/Bun'],
  ['bogus comment <!x>', 'strict drop-in re<!x>placement for Node/Bun'],
  ['CDATA is a bogus comment in HTML content', 'strict drop-in re<![CDATA[junk]]>placement for Node/Bun'],
  ['junk in a hidden span', 'strict drop-in re<span hidden>junk</span>placement for Node/Bun'],
  ['junk in display:none', 'strict drop-in re<span style="display: none">junk</span>placement for Node/Bun'],
  ['junk in a class a stylesheet hides', '<style>.j{display:none}</style>¦strict drop-in re<span class=j>junk</span>placement for Node/Bun'],
  ['junk in an element a stylesheet hides by tag', '<style>b{display:none}</style>¦strict drop-in re<b>junk</b>placement for Node/Bun'],
  ['junk in a template', 'strict drop-in re<template>junk</template>placement for Node/Bun'],
  ['junk in noscript', 'strict drop-in re<noscript>junk</noscript>placement for Node/Bun'],
  ['junk in a script', 'strict drop-in re<script>junk()</script>placement for Node/Bun'],
  ['junk in a style', 'strict drop-in re<style>i{}</style>placement for Node/Bun'],
  ['two hidden spans, one of them styled', 'strict <span style="color:red">drop-in</span><span style="display:none">junk</span> re<i hidden>x</i>placement for Node/Bun'],
  ['numeric references without semicolons', 'strict drop-in &#114eplacement for &#x4e;ode/Bun'],
  ['nested markup', '<b><i>¦strict</i></b> <i><b>drop</b>-<u>in</u></i> <s>re</s><em>place</em>ment for <a href="#">Node</a>/Bun'],
  ['junk as canvas fallback content', 'strict drop-in re<canvas>junk</canvas>placement for Node/Bun'],
  ['junk in an SVG description', 'strict drop-in re<svg width="0" height="0"><desc>junk</desc></svg>placement for Node/Bun'],
  ['a ruby annotation over part of a word', 'strict drop-in re<ruby>place<rt>junk</rt></ruby>ment for Node/Bun'],
  ['a footnote mark in superscript', 'strict drop-in<sup>[1]</sup> replacement for Node/Bun'],
  ['part of a word in an image alt text (shown where the image does not load, read by a screen reader)', 'strict drop-in re<img src="x.png" alt="place">ment for Node/Bun'],
  ['a reversed run in <bdo dir=rtl>', 'strict drop-in <bdo dir="rtl">tnemecalper</bdo> for Node/Bun'],
  ['a reversed run by CSS bidi-override', 'strict drop-in <span style="unicode-bidi: bidi-override; direction: rtl">tnemecalper</span> for Node/Bun'],
  ['line wraps inside tags and text', 'strict drop-in re<span\n  class="x"\n>place</span\n>ment for\nNode/Bun'],
];

describe('HTML release texts: phrases split by markup a browser does not show', () => {
  const mark = (html: string) => (html.includes('¦') ? html : `¦${html}`);
  it.each(SPLITS)('%s (.html)', (_, html) => expectHit(`<!doctype html>\n<p>${mark(html)}</p>\n`, 'html'));
  it.each(SPLITS)('%s (raw HTML inside Markdown)', (_, html) => expectHit(`# Notes\n\nWe ship ${mark(html)} today.\n`, 'markdown'));
});

const HIDDEN: [string, string][] = [
  ['a hidden div', '<div hidden>¦strict drop-in replacement for Node/Bun</div>'],
  ['a template', '<template><p>¦strict drop-in replacement for Node/Bun</p></template>'],
  ['noscript', '<noscript>¦strict drop-in replacement for Node/Bun</noscript>'],
  ['a script string', '<script>var s = "¦strict drop-in replacement for Node/Bun";</script>'],
  ['a style comment', '<style>/* ¦strict drop-in replacement for Node/Bun */</style>'],
  ['a comment', '<!-- ¦strict drop-in replacement for Node/Bun -->'],
  ['CDATA in SVG (text there)', '<svg><text><![CDATA[¦strict drop-in replacement for Node/Bun]]></text></svg>'],
  ['an alt text', '<img src="x.png" alt="¦strict drop-in replacement for Node/Bun">'],
  ['a button value', '<input type="submit" value="¦strict drop-in replacement for Node/Bun">'],
];

describe('HTML release texts: phrases in text some reader sees, hidden or not', () => {
  it.each(HIDDEN)('%s (.html)', (_, html) => expectHit(`<!doctype html>\n<body>\n${html}\n</body>\n`, 'html'));
  it.each(HIDDEN)('%s (raw HTML inside Markdown)', (_, html) => expectHit(`# Notes\n\n${html}\n\nMore.\n`, 'markdown'));
});

describe('Markdown and HTML mixed', () => {
  it('a Markdown paragraph inside a hidden HTML block is still scanned', () => {
    expectHit('# Notes\n\n<div hidden>\n\n¦strict drop-in replacement for Node/Bun\n\n</div>\n', 'markdown');
  });
  it('part of a word in a Markdown image alt text (an image where it loads)', () => {
    expectHit('Now a ¦strict drop-in re![junk](x.png)placement for Node/Bun.\n', 'markdown');
    expectHit('Now a ¦strict drop-in ![replacement](x.png) for Node/Bun.\n', 'markdown');
  });
  it('Markdown emphasis, links and hidden HTML together', () => {
    expectHit('Now **¦strict** drop-<span hidden>junk</span>in *re*<!---->placement for [Node](https://n)/Bun.\n', 'markdown');
  });
  it('a phrase split across an unclosed comment block and the paragraph after it', () => {
    expectHit('¦strict drop-in\n<!--\n\nreplacement for Node/Bun\n', 'markdown');
  });
  it('a double-encoded reference shows as written, and is also read decoded (a second renderer decodes it)', () => {
    expectHit('Now a ¦strict drop-in &amp;#114;eplacement for Node/Bun.\n', 'markdown');
    expectHit('<p>Now a ¦strict drop-in &amp;#114;eplacement for Node/Bun.</p>\n', 'html');
  });
});

describe('nesting deeper than a parser follows', () => {
  const phrase = 'strict drop-in replacement for Node/Bun';
  it('200 nested blockquotes', () => expectHit(`${'>'.repeat(200)} ¦${phrase}\n`, 'markdown'));
  it('a list nested 200 deep (the Markdown parser drops what it does not follow: the file is read as written too)', () => {
    expectHit(`${Array.from({ length: 200 }, (_, i) => `${' '.repeat(i * 2)}- a`).join('\n')}\n${' '.repeat(400)}- ¦${phrase}\n`, 'markdown');
  });
  it('50,000 nested HTML elements (no recursion)', () => expectHit(`${'<div>'.repeat(50_000)}¦${phrase}`, 'html'));
});

describe('benign HTML is not flagged', () => {
  it.each([
    ['words in separate hidden elements do not join the visible text into a claim', '<p>We are <b>not</b> a replacement.</p><p hidden>strict</p>'],
    ['a comment between sentences', '<p>Strict mode.<!-- drop-in --> A replacement for the loader.</p>'],
    ['related words in a script', '<script>const strict = true; // drop-in</script><p>Replacement parts for Node.</p>'],
  ])('%s', (_, html) => {
    expect(hits(html, 'html')).toEqual([]);
  });
});

describe('HTML release texts: an allowed phrase exempts a hit only where it is shown whole', () => {
  const QUALIFIED = `${PHRASE} is not claimed`;
  const Q: Phrase = { ...P, exemptWithin: [foldPhrase(QUALIFIED)] };
  const found = (html: string) => scanText(html, 'html', [Q]).length;

  it('the qualifier in plain sight exempts the phrase', () => {
    expect(found(`<p>${QUALIFIED}.</p>`)).toBe(0);
  });

  it.each([
    ['a hidden qualifier', `<p>${PHRASE}<span hidden> is not claimed</span>.</p>`],
    ['a qualifier in display:none', `<p>${PHRASE}<span style="display:none"> is not claimed</span>.</p>`],
  ])('%s leaves the claim bare: a hit', (_name, html) => {
    expect(found(html)).toBeGreaterThan(0);
  });

  it('a negation before the phrase exempts it in plain sight, never when hidden', () => {
    const N: Phrase = { ...P, exemptWithin: [foldPhrase(`not a ${PHRASE}`)] };
    const negated = (html: string) => scanText(html, 'html', [N]).length;
    expect(negated(`<p>This is not a ${PHRASE}.</p>`)).toBe(0);
    expect(negated(`<p>This is <span hidden>not a </span>${PHRASE}.</p>`)).toBeGreaterThan(0);
    expect(negated(`<p>This is <span style="display:none">not </span>a ${PHRASE}.</p>`)).toBeGreaterThan(0);
  });
});
