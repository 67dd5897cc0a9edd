/**
 * The shared tag reader against HTML's tokenizer: every tag's extent, name and self-closing flag, and where the markup
 * that draws nothing lies, must be what parse5's tokenizer reads (told of raw-text elements as its tree builder tells it).
 */
import fc from 'fast-check';
import { Tokenizer, TokenizerMode, type Token } from 'parse5';
import { describe, expect, it } from 'vitest';
import { drawnMarkup } from '../../src/text/drawn.js';
import { htmlMarkup, maskTagBrackets, replaceMarkup } from '../../src/text/html-tags.js';

const RAW: Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  noscript: TokenizerMode.RAWTEXT,
  title: TokenizerMode.RCDATA,
  textarea: TokenizerMode.RCDATA,
  plaintext: TokenizerMode.PLAINTEXT,
};

type Read = [kind: string, index: number, end: number, name: string, selfClosing: boolean];

/** parse5's tokens: tags with their extents, and the spans of comments and declarations (tags are in HTML: no SVG here). */
function tokenizerReading(text: string): Read[] {
  const out: Read[] = [];
  let tokenizer: Tokenizer;
  // parse5 counts the end of input as a character in a token the input ends inside.
  const at = (t: { location: Token.Location | null }) => [t.location?.startOffset ?? -1, Math.min(t.location?.endOffset ?? -1, text.length)] as const;
  const handler = {
    onComment: (t: Token.CommentToken) => void out.push(['comment', ...at(t), '', false]),
    onDoctype: (t: Token.DoctypeToken) => void out.push(['comment', ...at(t), '', false]),
    onStartTag: (t: Token.TagToken) => {
      out.push(['start', ...at(t), t.tagName, t.selfClosing]);
      const mode = RAW[t.tagName];
      if (mode !== undefined) tokenizer.state = mode;
    },
    onEndTag: (t: Token.TagToken) => void out.push(['end', ...at(t), t.tagName, t.selfClosing]),
    onEof: () => undefined,
    onCharacter: (t: Token.CharacterToken) => void out.push(['text', 0, 0, t.chars, false]),
    onNullCharacter: (t: Token.CharacterToken) => void out.push(['text', 0, 0, t.chars, false]),
    onWhitespaceCharacter: (t: Token.CharacterToken) => void out.push(['text', 0, 0, t.chars, false]),
  };
  tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler);
  tokenizer.write(text, true);
  return merged(out);
}

/** Runs of text merged (parse5 splits them at white space and at `<`), empty ones left out; text is compared by its characters. */
function merged(reads: Read[]): Read[] {
  const out: Read[] = [];
  for (const r of reads) {
    const last = out.at(-1);
    if (r[0] === 'text' && r[3] === '') continue;
    if (r[0] === 'text' && last?.[0] === 'text') last[3] += r[3];
    else out.push([...r]);
  }
  return out;
}

/**
 * Ours, in the same shape, the text between the markup read as text. parse5 drops a tag the input ends inside and `</>`
 * without a token; ours reads them as markup that draws nothing, which is the same text.
 */
function ourReading(text: string): Read[] {
  const out: Read[] = [];
  let last = 0;
  for (const t of htmlMarkup(text)) {
    out.push(['text', 0, 0, text.slice(last, t.index), false]);
    if (t.unclosed !== true && text.slice(t.index, t.end) !== '</>') out.push([t.kind, t.index, t.end, t.name, t.selfClosing]);
    last = t.end;
  }
  out.push(['text', 0, 0, text.slice(last), false]);
  return merged(out);
}

const PIECES = [
  '<', '>', '/', '=', '"', "'", ' ', '\n', '\t', '-', '!', '?', 'a', 'b', 'x', 'span', 'hidden', 'title', 'script', 'style', 'textarea',
  '<span', '</span', '<b', '</b>', '<!--', '-->', '--!>', '<!', '<?', '</', 'data-note=">"', "data-x='<b>'", ' hidden', '/>', '<script>', '</script>',
  '<title>', '</title>', '<style>', '</style>', '<textarea>', '</textarea>', '<![CDATA[', ']]>', 'qjs-7', '=x/', 'a=b',
];

describe('htmlMarkup: tag extents as HTML tokenizes them', () => {
  it('reads the tags of any text of tag-ish pieces where parse5 reads them', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(ourReading(text), JSON.stringify(text)).toEqual(tokenizerReading(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('ends a tag past a quoted > or <, with either quote, and after unquoted values and bare attributes', () => {
    const tags = (text: string) => [...htmlMarkup(text)].map((t) => text.slice(t.index, t.end));
    expect(tags('a <span data-note=">" hidden>qjs-regexp-7</span>')).toEqual(['<span data-note=">" hidden>', '</span>']);
    expect(tags("<b title='</b>' hidden>x</b>")).toEqual(["<b title='</b>' hidden>", '</b>']);
    expect(tags('<a href=x/ hidden>y</a>')).toEqual(['<a href=x/ hidden>', '</a>']);
    expect(tags('<br/><br / >')).toEqual(['<br/>', '<br / >']);
    expect([...htmlMarkup('<br/><br / >')].map((t) => t.selfClosing)).toEqual([true, false]);
    expect(tags('<SPAN\nHIDDEN\n>x</SPAN >')).toEqual(['<SPAN\nHIDDEN\n>', '</SPAN >']);
  });

  it('reads a tag the text ends inside as markup to the end, and comments as the tokenizer ends them', () => {
    expect([...htmlMarkup('a <span title="x>qjs-regexp-7')]).toMatchObject([{ kind: 'comment', index: 2, unclosed: true }]);
    expect([...htmlMarkup('a <b title="x>y <i>z', { unclosedAsText: true })].map((t) => t.name)).toEqual(['i']);
    const comments = (text: string) => [...htmlMarkup(text)].map((t) => text.slice(t.index, t.end));
    expect(comments('a <!-->b<!--->c<!-- x --!>d<!x>e<?y>f</1>g</>h')).toEqual(['<!-->', '<!--->', '<!-- x --!>', '<!x>', '<?y>', '</1>', '</>']);
  });

  it('reads no tags inside raw text, and a script to the end tag its escapes leave', () => {
    const names = (text: string) => [...htmlMarkup(text)].map((t) => `${t.kind}:${t.name}`);
    expect(names('<textarea><span hidden>x</span></textarea>')).toEqual(['start:textarea', 'end:textarea']);
    expect(names('<script><!--<script>x</script>y</script>z')).toEqual(['start:script', 'end:script']);
    expect([...htmlMarkup('<script><!--<script>x</script>y</script>z')][1]?.index).toBe(31);
    expect(names('<svg><style><b>x</b></style></svg>')).toEqual(['start:svg', 'start:style', 'start:b', 'end:b', 'end:style', 'end:svg']);
  });

  it('is linear on long runs of unclosed markup', () => {
    for (const text of ['<a b="'.repeat(20_000), '<script><!--'.repeat(20_000), '<title>'.repeat(20_000), '<a '.repeat(20_000)]) {
      const started = performance.now();
      [...htmlMarkup(text)];
      expect(performance.now() - started, text.slice(0, 12)).toBeLessThan(500);
    }
  });
});

describe('maskTagBrackets and replaceMarkup', () => {
  it('masks the brackets inside a tag, and cuts at a tag the text ends inside when read as HTML', () => {
    expect(maskTagBrackets('<span data-note=">" hidden>x</span>')).toBe('<span data-note="›" hidden>x</span>');
    expect(maskTagBrackets('a <b title="x>y')).toBe('a <b title="x>y');
    expect(maskTagBrackets('a <b title="x>y', true)).toBe('a ');
  });

  it('replaces tags and comments by what the caller draws of them', () => {
    expect(replaceMarkup('a<b title=">">b</b><!-- c -->d', (t) => (t.kind === 'comment' ? '' : '|'))).toBe('a|b|d');
  });
});

describe('drawnMarkup over the shared tag reader', () => {
  it('hides what an element hides past a quoted bracket, and nothing when the element does not hide', () => {
    expect(drawnMarkup('a <span data-note=">" hidden>2026</span>TBD')).toBe('a <span data-note="›" hidden></span>TBD');
    expect(drawnMarkup("a <b title='</b>' style='display:none'>2026</b>TBD")).toBe("a <b title='‹/b›' style='display:none'></b>TBD");
    expect(drawnMarkup('a <span data-note=">">2026</span>')).toBe('a <span data-note="›">2026</span>');
  });

  it('draws nothing after a tag the text ends inside, and drops comments where HTML ends them', () => {
    expect(drawnMarkup('TBD <span title="x>2026-03-01', undefined, { unclosedTagHides: true })).toBe('TBD ');
    // As Markdown reads it, the `<` is text, and the tags after it are read on.
    expect(drawnMarkup('TBD <span title="x>2026-03-01')).toBeUndefined();
    expect(drawnMarkup('TBD <b title="x>2026 <span hidden>y</span>')).toBe('TBD <b title="x>2026 <span hidden></span>');
    expect(drawnMarkup('<span hidden>x</span><!-- a --!>2026<!-->TBD')).toBe('<span hidden></span>2026TBD');
  });

  it('draws an SVG text element only, reads a textarea as text, and reopens a hiding formatting element an outer end tag closed', () => {
    expect(drawnMarkup('<svg><g>2026</g><text>TBD</text></svg>')).toBe('<svg>TBD</svg>');
    expect(drawnMarkup('<svg><g>2026<p>TBD</p>')).toBe('<svg><p>TBD</p>');
    expect(drawnMarkup('<svg><defs><text>2026</text></defs><text>TBD</text></svg>')).toBe('<svg>TBD</svg>');
    expect(drawnMarkup('<textarea><span hidden>2026</span></textarea>')).toBeUndefined();
    // A drop-down shows its selected option, or its first; a list box (multiple, size over 1) shows them all.
    expect(drawnMarkup('<select><option>TBD<option>2026</select>')).toBe('<select><option>TBD<option></select>');
    expect(drawnMarkup('<select><option>2026</option><option selected>TBD</option></select>')).toBe('<select><option></option><option selected>TBD</option></select>');
    expect(drawnMarkup('<select multiple><option>TBD<option>2026</select>')).toBeUndefined();
    expect(drawnMarkup('<select size=3><option>TBD<option>2026</select>')).toBeUndefined();
    // HTML's selectedness: the last option marked selected, else the first not disabled (itself or by its group); a size
    // read by its leading digits; text in a select outside its options is drawn nowhere (review rv3, session 33).
    expect(drawnMarkup('<select><option selected>2026<option selected>TBD</select>')).toBe('<select><option selected><option selected>TBD</select>');
    expect(drawnMarkup('<select><option disabled>2026<option>TBD</select>')).toBe('<select><option disabled><option>TBD</select>');
    expect(drawnMarkup('<select><optgroup disabled><option>2026</optgroup><option>TBD</select>')).toBe('<select><optgroup disabled><option></optgroup><option>TBD</select>');
    expect(drawnMarkup('<select size=0x2><option>TBD<option>2026</select>')).toBe('<select size=0x2><option>TBD<option></select>');
    expect(drawnMarkup('<select size="2x"><option>TBD<option>2026</select>')).toBeUndefined();
    expect(drawnMarkup('<select>2026<b>2027</b><option>TBD</select>')).toBe('<select><b></b><option>TBD</select>');
    expect(drawnMarkup('<select><option title=" selected ">TBD<option>2026</select>')).toBe('<select><option title=" selected ">TBD<option></select>');
    expect(drawnMarkup('<select><option label="2026">TBD</select>')).toBe('<select><option label="2026"></select>');
    // A select inside a select ends the outer one: 20 000 of them stay linear (they stacked, quadratic: ~35 s).
    expect(drawnMarkup('<select><option>a<option>b'.repeat(20000))).toBe('<select><option>a<option>'.repeat(20000));
    // An SVG switch draws its first child when that sets no condition, and no other.
    expect(drawnMarkup('<svg><switch><text>TBD</text><text>2026</text></switch></svg>')).toBe('<svg>TBD</svg>');
    expect(drawnMarkup('<svg><switch><text systemLanguage="fr">2026</text><text>2027</text></switch></svg>')).toBe('<svg></svg>');
    expect(drawnMarkup('<details><summary><i><b hidden>x</i>2026</b> TBD</summary>y</details>')).toBe('<details><i><b hidden></i></b> TBD</details>');
  });
});
