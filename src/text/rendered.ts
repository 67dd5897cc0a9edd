/**
 * What a reader sees of a text, with a source map back to the file (DESIGN §9 "Text a human reads").
 *
 * Markdown is parsed as CommonMark with the GitHub extensions (tables, strikethrough) and footnotes by
 * markdown-it; HTML — whole files, and the raw HTML inside Markdown — is parsed by parse5, the
 * WHATWG HTML parser (its tokenizer decides what is a comment, a bogus comment, raw text, CDATA, a
 * character reference), so no hand-written tokenizer can be talked around. What is kept:
 *
 * - text as rendered: emphasis, backslash escapes and character references resolved, link text kept
 *   and link syntax (URL) dropped, image alt text kept, heading/blockquote/list/table markers dropped;
 * - inline HTML tags dropped without a trace (`re<span>place</span>ment` reads "replacement");
 * - code (inline and blocks) kept: a reader of the rendered page sees it;
 * - comments absent from the flow (the words either side join, as a browser shows them), and their
 *   text kept apart, with the `alt`, `title`, `aria-label`, `placeholder`, `value`, `label`, `content`
 *   attributes and link titles ("asides"): a reader of the source, a tooltip or a screen reader sees
 *   them;
 * - hidden text (`hidden`, `style`, `<template>`, `<noscript>`, `<script>`, `<style>`, …) kept in the
 *   flow, and marked *skippable*: the scanner matches a phrase in the text with and without any
 *   combination of skippable spans, so a phrase split by hidden junk is found (the browser hides the
 *   junk) and so is a phrase inside hidden text (the source, a reader without CSS or with scripting off
 *   sees it). See docs/gates/claim_tier_order.md, "How texts are read".
 *
 * Markdown text that lands inside raw HTML (a paragraph after an unclosed `<div hidden>` or `<!--`
 * block) is placed where the browser puts it: the Markdown's raw HTML and placeholders for its text
 * are parsed together as one HTML document.
 */
import type MarkdownIt from 'markdown-it';
import type { StateInline } from 'markdown-it';

type MarkdownItInstance = ReturnType<typeof MarkdownIt>;
import type { DefaultTreeAdapterMap, parse as Parse5 } from 'parse5';
import { EMOJI_SHORTCODES } from './emoji-shortcodes.js';
import { OffsetBuffer, plainText, type MappedText } from './fold.js';
import { hasRightToLeftLetter } from './bidi.js';
import { cssDeclarations, cssDirection, cssOverrides } from './drawn.js';
import { importModule } from '../util/import-module.js';

/**
 * `markup`: a markup language the gate does not render (reStructuredText, AsciiDoc…), read as plain text and
 * unverifiable. `mdx`: Markdown whose JavaScript expressions, components and imports are unverifiable.
 */
export type TextKind = 'markdown' | 'mdx' | 'html' | 'plain' | 'markup';

const isMarkdown = (kind: TextKind): boolean => kind === 'markdown' || kind === 'mdx';

/** A place where the text's styling makes what a reader sees something the gate cannot verify, and why. */
export interface Unverifiable {
  offset: number;
  why: string;
  /** The kind of problem (one message per kind and text). */
  rule: string;
  /** How to make the text verifiable, where it is not removing the styling. */
  fix?: string;
}

/**
 * The parsers load on first need, not with the engine: they cost about as much start-up as the rest of
 * a run that scans no release text (the demo), so only a gate that renders text pays for them.
 */
interface Parsers {
  decodeHTML: (text: string) => string;
  markdown: MarkdownItInstance;
  parse: typeof Parse5;
}
let parsers: Parsers | undefined;

/** Load the Markdown, HTML and entity parsers; `render` and `renderings` need it done once per process. */
export async function loadRenderer(): Promise<void> {
  if (parsers !== undefined) return;
  const [entities, markdownIt, footnote, parse5] = await Promise.all([
    importModule<typeof import('entities')>('entities'),
    importModule<typeof import('markdown-it')>('markdown-it'),
    importModule<{ default: typeof import('markdown-it-footnote') }>('markdown-it-footnote'),
    importModule<typeof import('parse5')>('parse5'),
  ]);
  const markdown = new markdownIt.default('default', { html: true, linkify: false, typographer: false, maxNesting: MAX_NESTING }).use(footnote.default);
  markdown.inline.ruler.before('strikethrough', 'single_tilde_strikethrough', singleTilde);
  // URLs are dropped, never shown: no need to normalise them (punycode), and a link the browser would not
  // follow (`javascript:`) still shows its text.
  markdown.normalizeLink = (url: string) => url;
  markdown.validateLink = () => true;
  parsers = { decodeHTML: entities.decodeHTML, markdown, parse: parse5.parse };
}

/**
 * GitHub strikes text between single tildes too (`re~x~placement`), markdown-it only between two: a run of exactly one
 * `~` becomes a delimiter markdown-it's strikethrough pairs, so the struck text is read past as `~~x~~` is.
 */
function singleTilde(state: StateInline, silent: boolean): boolean {
  if (silent || state.src.charCodeAt(state.pos) !== 0x7e) return false;
  const scanned = state.scanDelims(state.pos, true);
  if (scanned.length !== 1) return false;
  state.push('text', '', 0).content = '~';
  state.delimiters.push({ marker: 0x7e, length: 0, token: state.tokens.length - 1, end: -1, open: scanned.can_open, close: scanned.can_close });
  state.pos += 1;
  return true;
}

function loaded(): Parsers {
  if (parsers === undefined) throw new Error('internal: render() before loadRenderer() finished; await loadRenderer() first');
  return parsers;
}

/**
 * Markup languages a forge or a documentation site renders and the gate does not (reStructuredText, AsciiDoc,
 * Textile, Org, RDoc, POD, Creole, MediaWiki, TeX, RTF, Typst), by extension: their substitutions (`|name|`,
 * `{name}`), includes, macros and roles show words the source spells elsewhere or not at all.
 */
const UNRENDERED_MARKUP = new Set([
  'rst', 'rest', 'adoc', 'asciidoc', 'asc', 'textile', 'org', 'rdoc', 'pod', 'pod6', 'rakudoc', 'creole', 'mediawiki', 'wiki', 'tex', 'latex', 'rtf', 'typ',
  // R Markdown and Quarto: their inline code (`r x`) and shortcodes ({{< var x >}}) print text the source does not hold.
  'rmd', 'qmd',
  // roff: string definitions (.ds) and macros show words spelt elsewhere (a bare section number, `.1`, is left plain:
  // release notes are often named by version).
  'man', 'mdoc', 'me', 'ms', 'mm', 'roff', 'nroff', 'troff', 'tmac',
]);
/** Every extension a forge renders as Markdown (GitHub's linguist, and Markdown's text extensions). */
const MARKDOWN = new Set(['md', 'markdown', 'mkd', 'mdown', 'mkdn', 'mkdown', 'mdwn', 'markdn', 'mdtxt', 'mdtext', 'livemd', 'ronn', 'scd', 'workbook']);

const extensionOf = (path: string): string => /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';

/**
 * `.md`/`.markdown`/`.mdwn`/… → markdown, `.mdx` → mdx, `.html`/`.htm`/`.xhtml` → html, a markup language the gate
 * does not render (`.rst`, `.rst.txt`, `.adoc`, `.asc`, `.org`, `.tex`, `.Rmd`, `.roff`…) → markup, anything else
 * → plain. A forge renders by these names, so a text is read as what its name makes it for a reader; given its
 * `source`, a plain name whose text is roff (a man page, `tool.1`) is markup too.
 */
export function textKindOf(path: string, source?: string): TextKind {
  const ext = extensionOf(path);
  if (ext === 'mdx') return 'mdx';
  if (MARKDOWN.has(ext)) return 'markdown';
  if (['html', 'htm', 'xhtml', 'xht', 'shtml', 'shtm'].includes(ext)) return 'html';
  if (UNRENDERED_MARKUP.has(ext) || /\.(?:rst|rest)\.txt$/iu.test(path)) return 'markup';
  // A man page under a section number (`tool.1`) is told from a note named by version (`notes/1.2`) by its text.
  if (source !== undefined && ROFF_START.test(source)) return 'markup';
  return 'plain';
}

/** A text whose first line is a roff request or comment (`.TH`, `.Dd`, `.ds`, `.\"`, `'\"`): a man page, whatever its name. */
const ROFF_START = /^\uFEFF?\s*[.']\s*(?:\\"|(?:TH|Dd|Dt|de|ds|so)\b)/u;

/** A text in a markup language the gate does not render: read as written, and unverifiable. */
function unrendered(source: string): MappedText {
  const why = 'it is written in a markup language the gate does not render: its substitutions, includes, macros and roles can show words the source spells elsewhere or not at all';
  const fix = 'publish the release text as Markdown, HTML or plain text (.txt): the gate reads this one as written, which may not be what a reader sees';
  return { ...plainText(source), unverifiable: [{ offset: 0, why, rule: 'unrendered markup', fix }] };
}

/**
 * The rendered text of `source`, read as `kind`; offsets point into `source`. `skippable` (pairs of
 * [start, end) indexes into `text`, nested or disjoint) marks text a browser may hide.
 */
export function render(source: string, kind: TextKind): MappedText {
  return renderOnce(source, kind).view;
}

/** The rendering, and whether the Markdown parser gave up on nesting deeper than it follows (and dropped text). */
function renderOnce(source: string, kind: TextKind): { view: MappedText; truncated: boolean } {
  if (kind === 'plain') return { view: plainText(source), truncated: false };
  if (kind === 'markup') return { view: unrendered(source), truncated: false };
  const segments = new Segments();
  let truncated = false;
  if (kind === 'html') {
    segments.html(source, identity(source.length));
    templateTags(segments, source, withoutHtmlCode(source), 0);
  }
  else truncated = markdownSegments(segments, source, kind === 'mdx');
  return { view: segments.render(), truncated };
}

const HTML_LIKE = /<[A-Za-z/!?]/;
/** A character reference as some renderer decodes it (`&nbsp` without its semicolon is one to an HTML parser). */
const REFERENCE = /&(?:#[0-9]|#[xX][0-9a-fA-F]|[A-Za-z])/;
/** TeX markup a math renderer (GitHub's `$…$`, `$$…$$`, ```` ```math ````) draws as nothing or as a space. */
const TEX_MARKUP = /\\[A-Za-z]+\*?|\\[,;:! ]|[{}$]/g;

/**
 * Every rendering of `source` a reader may plausibly see, each to be scanned: the text as its kind
 * renders it; for Markdown that shows anything HTML-like as text, the source read as HTML too (a renderer
 * that passes through more HTML than CommonMark, or an older CommonMark: `<!-->`, `</ x>`, `<?x>`,
 * `&#114` without its semicolon); and where a rendering still shows a character reference (a
 * double-encoded `&amp;#114;`), that rendering with references decoded once more, as a second
 * renderer (a feed, a page that embeds the notes) shows it.
 */
export function renderings(source: string, kind: TextKind): MappedText[] {
  const first = renderOnce(source, kind);
  const views = [first.view];
  // Nested deeper than the parser follows: the text it dropped is still in the file a reader opens.
  if (first.truncated) views.push(plainText(source));
  // Only where the Markdown shows something HTML-like as text: where it took every tag, comment and
  // reference as such, reading the source as HTML adds nothing.
  const shown = views[0] as MappedText;
  if (isMarkdown(kind) && (HTML_LIKE.test(shown.text) || REFERENCE.test(shown.text))) views.push(render(source, 'html'));
  for (const view of [...views]) if (REFERENCE.test(view.text)) views.push(decodeAgain(view));
  // A data file (JSON, YAML, TOML: a package description, a release manifest) is shown with its string escapes decoded.
  if ((kind === 'plain' || kind === 'markup') && STRING_ESCAPE.test(shown.text)) views.push(substituted(shown, stringEscapes(shown.text)));
  // Markup inside a plain text or a data text's string (`Full Node/<b>B</b>un` in a .txt, a JSON description holding
  // HTML or a Markdown link) is rendered by whatever shows it as a page (a feed, a registry, a site): read so too.
  // Its layout is not judged (a reader of the file sees it as written): only the words it shows.
  if (kind === 'plain') for (const base of [...views]) if (MARKUP_IN_PLAIN.test(base.text)) views.push(renderedWithin(base));
  // A bare URL is a link too (GitHub's autolink literals, every viewer that linkifies a .txt): its status bar shows it
  // percent-decoded, as it shows a Markdown link's destination (`https://x/Full%20Node%2FBun%20replacement`).
  if (kind !== 'markup' && source.includes('%')) {
    const decoded = bareUrlsDecoded(source);
    if (decoded !== undefined) views.push(decoded);
  }
  // Math is drawn, not shown as written: `$\mathrm{strict}$`, `\text{drop-in}` read as their words. Read from
  // the source: Markdown would take TeX's `\,` for an escaped comma first.
  // The rendered text is read so too, so HTML hiding around the math still counts (`$\text{Full}$<span hidden>…`).
  if (isMarkdown(kind) && /\$|\\[A-Za-z]/.test(shown.text)) views.push(withoutTex(plainText(source)), withoutTex(shown));
  // …and as a math renderer draws it: a colour, a space, an environment's name is no text, a phantom, a struck or a
  // set-apart argument (`\overset{x}`, `\tag{x}`) does not stand between two halves of a word.
  if (isMarkdown(kind) && TEX_DRAWN_TRIGGER.test(shown.text)) views.push(drawnTex(plainText(source)), drawnTex(shown));
  // A paragraph whose first strong letter is right to left (a right-to-left mark, a Hebrew or Arabic letter) is laid
  // out right to left where the page says `dir="auto"` (GitHub does, on every block): left-to-right words set apart
  // by right-to-left marks then show last first. Read every paragraph so too, where the text holds any (a superset of
  // dir="auto": a page that says dir="rtl" lays out every paragraph so). The direction is the view's, not an embedding
  // character put in the text: a stray PDF (`\u202C`) at a line's start would end an embedding, never a paragraph's direction.
  for (const view of [...views]) if (hasRightToLeftLetter(view.text)) views.push({ ...view, direction: 'rtl' });
  // GitHub shows an emoji shortcode as its emoji: `Node/:b:un` reads "Node/🅱️un", math or no math around it.
  if (isMarkdown(kind)) for (const view of [...views]) if (!shortcodes(view.text).next().done) views.push(substituted(view, shortcodes(view.text)));
  return views;
}


/** HTML tags, comments, character references or a Markdown link in a text read as plain. */
const MARKUP_IN_PLAIN = /<[A-Za-z/!?]|&(?:#[0-9]|#[xX][0-9a-fA-F]|[A-Za-z]+;)|\]\(|\]\[/;

/** `base`'s text rendered as Markdown (and the HTML in it), mapped through `base` to the source. */
function renderedWithin(base: MappedText): MappedText {
  const page = render(base.text, 'markdown');
  const offsets = new Int32Array(page.offsets.length);
  for (let k = 0; k < offsets.length; k++) offsets[k] = base.offsets[Math.min(page.offsets[k] as number, base.offsets.length - 1)] as number;
  return { text: page.text, offsets, skippable: page.skippable };
}

/** Where a math renderer draws something other than the text with its commands dropped. */
const TEX_DRAWN_TRIGGER = /\\[A-Za-z]|\$[^$]*[\^_]/;

/**
 * `rendered` as a math renderer draws it ({@link texDrawn}), the arguments a reader reads past (drawn blank, struck,
 * set apart, coloured) skippable: the phrase is looked for with and without them, as with hidden HTML.
 */
function drawnTex(rendered: MappedText): MappedText {
  const apart: number[] = [];
  const runs = [...texDrawn(rendered.text, apart)];
  if (apart.length === 0) return substituted(rendered, runs);
  const skippable = Int32Array.from([...(rendered.skippable ?? []), ...apart]);
  return substituted({ ...rendered, skippable }, runs);
}

/**
 * TeX commands whose leading braced arguments draw no text (a colour, a CSS style or class, a link target, a label, a
 * size, a package, an environment's name), by how many such arguments they take.
 */
const TEX_UNDRAWN_ARGUMENTS: Readonly<Record<string, number>> = {
  color: 1, colorbox: 1, fcolorbox: 2, pagecolor: 1, definecolor: 3, style: 1, class: 1, cssId: 1, href: 1,
  label: 1, require: 1, hspace: 1, vspace: 1, mspace: 1, rule: 2, raisebox: 1, begin: 1, end: 1,
};
/**
 * TeX commands whose first argument a reader reads past: drawn blank (`\phantom`), struck out (`\cancel`), or set apart
 * from the line (`\overset{x}{y}` draws x small above y, `\tag{x}` at the line's end), as HTML's `<rt>`, `<del>`.
 */
const TEX_SET_APART = new Set(['phantom', 'hphantom', 'vphantom', 'cancel', 'bcancel', 'xcancel', 'sout', 'tag', 'overset', 'underset', 'stackrel', 'overbrace', 'underbrace', 'textcolor']);
/** Environments whose name is followed by a column specification (`\begin{array}{l|r}`), drawn as no text either. */
const TEX_COLUMN_ENVIRONMENTS = /^\{\s*(?:array|darray|subarray|tabular|alignat\*?|alignedat)\s*\}/;
/** TeX commands followed by a dimension, not a braced argument: `\kern-1em`, `\mkern3mu`, `\hskip 2pt plus 1fil`. */
const TEX_DIMENSION_COMMANDS = new Set(['kern', 'mkern', 'hskip', 'mskip', 'moveleft', 'moveright', 'raise', 'lower', 'hspace', 'vspace']);
const TEX_DIMENSION = /^\s*[-+]?\s*(?:\d+(?:\.\d*)?|\.\d+)\s*(?:em|ex|mu|pt|px|cm|mm|in|pc|bp|dd|cc|sp|fil+)(?:\s*(?:plus|minus)\s*[-+]?\s*(?:\d+(?:\.\d*)?|\.\d+)\s*(?:em|ex|mu|pt|px|cm|mm|in|pc|bp|dd|cc|sp|fil+))*/;
const TEX_TOKEN = /\\(?:[A-Za-z]+\*?|.)|[{}$^]/gs;

/** The end of the TeX argument that starts at or after `at` (spaces skipped, an optional `[…]` first): a braced group or one token. */
function texArgumentEnd(text: string, at: number): number {
  let k = at;
  while (k < text.length && /\s/.test(text[k] as string)) k++;
  if (text[k] === '[') {
    const close = text.indexOf(']', k);
    if (close !== -1) k = close + 1;
    while (k < text.length && /\s/.test(text[k] as string)) k++;
  }
  if (text[k] === '{') {
    for (let depth = 0; k < text.length; k++) {
      if (text[k] === '\\') k++;
      else if (text[k] === '{') depth++;
      else if (text[k] === '}' && --depth === 0) return k + 1;
    }
    return text.length;
  }
  const command = /^\\(?:[A-Za-z]+|.)/.exec(text.slice(k, k + 64));
  return Math.min(text.length, k + (command?.[0].length ?? 1));
}

/** Where the TeX group (or math) around `at` ends: its closing brace, the closing `$`, or the text's end. */
function texGroupEnd(text: string, at: number): number {
  for (let k = at, depth = 0; k < text.length; k++) {
    const c = text[k];
    if (c === '\\') k++;
    else if (c === '{') depth++;
    else if (c === '}' && depth-- === 0) return k;
    else if (c === '$' && depth === 0) return k;
  }
  return text.length;
}

/** The character `\unicode{x72}`, `\unicode{114}`, `\char"72`, `\char114` draws, and where its argument ends. */
function texCharacter(name: string, text: string, at: number): { end: number; shows: string } | undefined {
  const m = name === 'unicode' ? /^\s*\{\s*(?:[xX]([0-9A-Fa-f]{1,6})|(\d{1,7}))\s*\}/.exec(text.slice(at, at + 32)) : /^\s*(?:"([0-9A-Fa-f]{1,6})|(\d{1,7}))/.exec(text.slice(at, at + 32));
  if (m === null) return undefined;
  const code = m[1] === undefined ? Number(m[2]) : parseInt(m[1], 16);
  return { end: at + m[0].length, shows: code <= 0x10ffff ? String.fromCodePoint(code) : '' };
}

/**
 * The runs of `text` a math renderer draws otherwise than as written (see {@link TEX_UNDRAWN_ARGUMENTS},
 * {@link TEX_SET_APART}, {@link TEX_DIMENSION_COMMANDS}): those commands with the arguments they do not draw as nothing,
 * `\unicode{…}` as its character, `\verb|x|` as x, `\left.` as nothing, other commands, braces, `$`, `^` as nothing,
 * TeX spaces and `\\` (a line break) as a space, another escaped character (`\/`) as itself. `_` is left to the fold (it
 * drops it) and `&` to character references and emoji shortcodes (`:information_source:`) read on this text afterwards.
 */
function* texDrawn(text: string, apart: number[]): Generator<Substitution> {
  TEX_TOKEN.lastIndex = 0;
  for (let m = TEX_TOKEN.exec(text); m !== null; m = TEX_TOKEN.exec(text)) {
    const start = m.index;
    const token = m[0];
    const name = token.startsWith('\\') ? token.slice(1).replace(/\*$/, '') : '';
    let end = start + token.length;
    // A TeX space or line break is a space; another escaped character (`\/`, `\{`, `\$`) shows as itself.
    let shows = /^\\[,;:! \\]$/.test(token) ? ' ' : /^\\[^A-Za-z]$/.test(token) ? token.slice(1) : '';
    const character = name === 'unicode' || name === 'char' ? texCharacter(name, text, end) : undefined;
    if (character !== undefined) ({ end, shows } = character);
    else if (TEX_DIMENSION_COMMANDS.has(name) && TEX_DIMENSION.test(text.slice(end, end + 96))) end += (TEX_DIMENSION.exec(text.slice(end, end + 96)) as RegExpExecArray)[0].length;
    else if (TEX_UNDRAWN_ARGUMENTS[name] !== undefined) {
      const count = (TEX_UNDRAWN_ARGUMENTS[name] as number) + (name === 'begin' && TEX_COLUMN_ENVIRONMENTS.test(text.slice(end, end + 24).trimStart()) ? 1 : 0);
      for (let n = 0; n < count; n++) end = texArgumentEnd(text, end);
      // `\color{c}` colours the rest of its group: possibly the page's own colour.
      if (name === 'color') apart.push(end, texGroupEnd(text, end));
    } else if (TEX_SET_APART.has(name)) {
      // The argument after the command (and after the colour of `\textcolor{c}{x}`) stays, read on by this walk.
      if (name === 'textcolor') end = texArgumentEnd(text, end);
      apart.push(end, texArgumentEnd(text, end));
    }
    else if (name === 'verb' && end < text.length) {
      const close = text.indexOf(text[end] as string, end + 1);
      if (close !== -1) {
        yield { start, end: end + 1, shows: '' };
        yield { start: close, end: close + 1, shows: '' };
        TEX_TOKEN.lastIndex = close + 1;
        continue;
      }
    } else if ((name === 'left' || name === 'right') && text[end] === '.') end += 1;
    yield { start, end, shows };
    TEX_TOKEN.lastIndex = end;
  }
}

/** `rendered` as a math renderer draws it: TeX commands, braces and dollar signs gone, TeX spaces as spaces. */
function withoutTex(rendered: MappedText): MappedText {
  return substituted(rendered, texMarkup(rendered.text));
}

function* texMarkup(text: string): Generator<Substitution> {
  for (const m of text.matchAll(TEX_MARKUP)) yield { start: m.index, end: m.index + m[0].length, shows: /^\\[,;:! ]$/.test(m[0]) ? ' ' : '' };
}

/** A run of a view's text, [start, end), that a renderer shows as `shows`. */
interface Substitution {
  start: number;
  end: number;
  shows: string;
}

/**
 * `view` with runs of its text replaced by what they show (in order, not overlapping), each new unit mapped to the
 * source of the run's first unit; skippable spans follow their characters, so hidden junk stays skippable.
 */
function substituted(view: MappedText, runs: Iterable<Substitution>): MappedText {
  const out = new Out();
  const { text, offsets, skippable } = view;
  const newAt = skippable === undefined ? undefined : new Int32Array(text.length + 1);
  let run = 0;
  const copyTo = (to: number) => {
    if (newAt !== undefined) for (let k = run; k < to; k++) newAt[k] = out.length + (k - run);
    out.push(text.slice(run, to), offsets, run);
  };
  for (const { start, end, shows } of runs) {
    copyTo(start);
    if (newAt !== undefined) newAt.fill(out.length, start, end);
    out.pushAt(shows, offsets[start] as number);
    run = end;
  }
  copyTo(text.length);
  const done = { ...out.finish(), direction: view.direction };
  if (newAt === undefined || skippable === undefined) return done;
  newAt[text.length] = out.length;
  return { ...done, skippable: skippable.map((at) => newAt[at] as number) };
}

/** `rendered` with the character references its text shows decoded, each decoded unit mapped to its `&`. */
function decodeAgain(rendered: MappedText): MappedText {
  return substituted(rendered, references(rendered.text));
}

function* references(text: string): Generator<Substitution> {
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
    CHAR_REF.lastIndex = i;
    const ref = CHAR_REF.exec(text);
    if (ref === null) continue;
    const decoded = loaded().decodeHTML(ref[0]);
    if (decoded === ref[0]) continue;
    yield { start: i, end: i + ref[0].length, shows: decoded };
    i += ref[0].length - 1;
  }
}

/** A string escape of JSON, YAML, TOML or JavaScript: `\u0072`, `\u{72}`, `\U00000072`, `\x72`, `\n`, `\/`. */
const STRING_ESCAPE = /\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|x([0-9a-fA-F]{2})|([nrtbfv0/"'\\]))/;
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };

/** The runs of `text` that are string escapes, and what each decodes to. */
function* stringEscapes(text: string): Generator<Substitution> {
  for (const m of text.matchAll(new RegExp(STRING_ESCAPE.source, 'g'))) {
    const hex = m[1] ?? m[2] ?? m[3] ?? m[4];
    const code = hex === undefined ? undefined : parseInt(hex, 16);
    const shows = code === undefined ? (SIMPLE_ESCAPES[m[5] as string] ?? (m[5] as string)) : code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
    yield { start: m.index, end: m.index + m[0].length, shows };
  }
}

/** An emoji shortcode as GitHub writes one. */
const SHORTCODE = /:([a-z0-9_+-]+):/g;

/** The runs of `text` that are emoji shortcodes GitHub renders as an emoji that reads as letters (`:b:` → 🅱️). */
function* shortcodes(text: string): Generator<Substitution> {
  for (const m of text.matchAll(SHORTCODE)) {
    const emoji = EMOJI_SHORTCODES.get(m[1] as string);
    if (emoji !== undefined) yield { start: m.index, end: m.index + m[0].length, shows: emoji };
  }
}

// ---------------------------------------------------------------------------------------------
// Output

class Out {
  private readonly parts: string[] = [];
  private readonly offsets = new OffsetBuffer();
  length = 0;
  readonly spans: number[] = [];
  push(text: string, at: ArrayLike<number>, from = 0): void {
    if (text === '') return;
    this.parts.push(text);
    this.offsets.pushFrom(at, from, text.length);
    this.length += text.length;
  }
  pushAt(text: string, offset: number): void {
    if (text === '') return;
    this.parts.push(text);
    this.offsets.pushMany(offset, text.length);
    this.length += text.length;
  }
  finish(): { text: string; offsets: Int32Array } {
    return { text: this.parts.join(''), offsets: this.offsets.finish() };
  }
}

interface Segment {
  kind: 'text' | 'html';
  text: string;
  at: Int32Array;
}

/** What a renderer produced, in order: text, raw HTML, and asides (text apart from the flow). */
class Segments {
  readonly items: Segment[] = [];
  readonly asides: Segment[] = [];
  readonly unverifiable: Unverifiable[] = [];
  /** Files shown in the page: images, frames, objects. */
  readonly linked: { src: string; offset: number }[] = [];
  /** Source ranges of diagrams, whose words a reader takes in any order. */
  readonly wordSets: { start: number; end: number }[] = [];
  /** Images in the flow: [start, end) of what stands for them there (their alt text), and where they are. */
  readonly images: ImageAt[] = [];
  private hasHtml = false;
  /** Text since the last raw HTML, merged into one segment (one placeholder in the HTML parsed). */
  private pending = new Out();
  private flushText(): void {
    if (this.pending.length === 0) return;
    const done = this.pending.finish();
    this.items.push({ kind: 'text', text: done.text, at: done.offsets });
    this.pending = new Out();
  }
  text(text: string, at: Int32Array): void {
    this.pending.push(text, at);
  }
  html(text: string, at: Int32Array): void {
    if (text === '') return;
    this.hasHtml = true;
    this.flushText();
    this.items.push({ kind: 'html', text, at });
  }
  block(offset: number): void {
    this.pending.pushAt('\n', offset);
  }
  aside(text: string, at: Int32Array): void {
    if (text !== '') this.asides.push({ kind: 'text', text, at });
  }
  render(): MappedText {
    this.flushText();
    const flow = new Out();
    const asides = new Out();
    const tables: TableCells[] = [];
    if (this.hasHtml) renderHtml(this.items, flow, asides, this.unverifiable, this.images, tables, this.wordSets, this.linked);
    else for (const item of this.items) flow.push(item.text, item.at);
    for (const aside of this.asides) {
      asides.pushAt('\n', aside.at[0] as number);
      asides.push(aside.text, aside.at);
    }
    const main = flow.finish();
    // An HTML table's columns, each read top to bottom (as a Markdown table's are: columnsApart).
    for (const rows of tables) {
      const width = Math.max(0, ...rows.map((r) => r.length / 2));
      if (width < 2 || rows.length < 2) continue;
      for (let c = 0; c < width; c++) {
        for (const row of rows) {
          const from = row[2 * c];
          const to = row[2 * c + 1];
          if (from === undefined || to === undefined || to <= from) continue;
          asides.pushAt('\n', main.offsets[from] as number);
          asides.push(main.text.slice(from, to), main.offsets, from);
        }
      }
    }
    const apart = asides.finish();
    const skippable = flow.spans.length === 0 ? undefined : Int32Array.from(flow.spans);
    gluedImages(main, this.images, this.unverifiable);
    const unverifiable = this.unverifiable.length === 0 ? undefined : this.unverifiable;
    const wordSets = this.wordSets.length === 0 ? undefined : this.wordSets;
    const linked = this.linked.length === 0 ? undefined : this.linked;
    if (apart.text === '') return { ...main, skippable, unverifiable, wordSets, linked };
    const offsets = new Int32Array(main.offsets.length + apart.offsets.length);
    offsets.set(main.offsets);
    offsets.set(apart.offsets, main.offsets.length);
    return { text: main.text + apart.text, offsets, skippable, unverifiable, wordSets, linked };
  }
}

/** A table's rows, each the flow [start, end) pairs of its cells. */
type TableCells = number[][];

/** An image in the rendered flow: what stands for it there is flow [start, end); `offset` is its place in the source. */
interface ImageAt {
  start: number;
  end: number;
  offset: number;
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/**
 * An image set against a letter or digit, with no space between (`sta<img src="b.svg">le`, `Node/![](b.svg)un`),
 * is drawn as part of the word: it may be a letter, which the gate cannot read (a linked file, a bitmap).
 * Unverifiable, one finding per text at its first place; an image set apart by a space or a line is an icon.
 */
function gluedImages(flow: { text: string }, images: readonly ImageAt[], unverifiable: Unverifiable[]): void {
  const why = 'an image set against a letter with no space between is drawn as part of the word, and may stand for a letter the gate cannot read';
  // A row of images side by side (badges: `[![CI](ci.svg)](…)[![npm](v.svg)](…)`) is one drawing: what stands for a
  // neighbour is its alt text, not a letter of the line, so the row is held to the letters at its two ends.
  const sorted = [...images].sort((a, b) => a.start - b.start);
  const rows: ImageAt[] = [];
  for (const image of sorted) {
    const last = rows[rows.length - 1];
    if (last !== undefined && image.start === last.end && image.end > image.start) rows[rows.length - 1] = { ...last, end: image.end };
    else rows.push({ ...image });
  }
  for (const { start, end, offset } of rows) {
    const before = flow.text[start - 1];
    const after = flow.text[end];
    if ((before !== undefined && WORD_CHARACTER.test(before)) || (after !== undefined && WORD_CHARACTER.test(after))) {
      unverifiable.push({ offset, why, rule: why, fix: 'set the image apart from the words with a space (or drop it), so the words are spelt in text' });
    }
  }
}

function identity(length: number, base = 0): Int32Array {
  const offsets = new Int32Array(length);
  for (let k = 0; k < length; k++) offsets[k] = base + k;
  return offsets;
}

// ---------------------------------------------------------------------------------------------
// Aligning a parsed value with its source

/** A character reference as the HTML tokenizer reads one (the semicolon is optional for numeric and legacy named ones). */
const CHAR_REF = /&(?:#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;?)/y;
/** How far ahead a unit the source does not spell at the cursor is looked for. */
const LOOKAHEAD = 512;

/**
 * Where each UTF-16 unit of `value` (a parsed value: escapes, references and container markers
 * resolved) comes from in `source[start, end)`. Units are matched in order; an escape or a character
 * reference maps every unit it produced to its `\` or `&`; markers the parser dropped (`> `,
 * indentation, a carriage return) are skipped by searching a bounded distance ahead.
 */
export function align(value: string, source: string, start: number, end: number): Int32Array {
  const at = new Int32Array(value.length);
  let s = start;
  for (let i = 0; i < value.length; ) {
    const c = value[i] as string;
    if (s < end) {
      const sc = source[s];
      if (sc === '&' && c !== '&') {
        CHAR_REF.lastIndex = s;
        const ref = CHAR_REF.exec(source);
        if (ref !== null && s + ref[0].length <= end) {
          const decoded = loaded().decodeHTML(ref[0]);
          let k = 0;
          while (k < decoded.length && i < value.length && value[i] === decoded[k]) {
            at[i++] = s;
            k++;
          }
          if (k > 0) {
            s += ref[0].length;
            continue;
          }
        }
      }
      if (sc === c) {
        at[i++] = s++;
        continue;
      }
      if (sc === '\\' && source[s + 1] === c && s + 1 < end) {
        at[i++] = s;
        s += 2;
        continue;
      }
      const limit = Math.min(end, s + LOOKAHEAD);
      let next = s + 1;
      while (next < limit && source[next] !== c) next++;
      if (next < limit) {
        at[i++] = next;
        s = next + 1;
        continue;
      }
    }
    // A unit the source does not spell here (a line ending turned into a space): the current position.
    at[i++] = Math.max(start, Math.min(s, end - 1));
  }
  return at;
}

// ---------------------------------------------------------------------------------------------
// Markdown

/** Nesting the Markdown parser follows; deeper blocks are dropped by it, so the file is then also read as written. */
const MAX_NESTING = 256;
type Token = ReturnType<MarkdownItInstance['parse']>[number];

/** Around a Markdown image's alt text: an element the HTML reading marks skippable, and knows for an image ({@link IMAGE_ELEMENTS}). */
const ALT_OPEN = '<markdown-image hidden>';
const ALT_CLOSE = '</markdown-image>';
/**
 * Around a task list item's marker (`- [x] …`): GitHub draws it as a checkbox, not as the text `[x]`, so the marker is
 * skippable — read with it and without it, as a reader of the source and of the page see it.
 */
const TASK_OPEN = '<markdown-task-marker hidden>';
const TASK_CLOSE = '</markdown-task-marker>';
/** GFM's task list item marker: at the start of a list item's first paragraph, `[ ]`, `[x]` or `[X]`, then whitespace. */
const TASK_MARKER = /^\[[ \txX]\](?=[ \t\n]|$)/;

/** 0-based line starts, plus the end of the text. */
function lineOffsets(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  starts.push(source.length);
  return starts;
}

/**
 * A site generator's template tag (Liquid and Jinja `{{ … }}` / `{% … %}`, Hugo shortcodes `{{< … >}}`, ERB and EJS
 * `<%= … %>`, Handlebars `{{{ … }}}`): the published page shows what it computes, not the text the source spells.
 */
const TEMPLATE_TAG = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|<%[\s\S]*?%>|\{#[\s\S]*?#\}/;
const TEMPLATE_WHY = 'a site generator template tag ({{ … }}, {% … %}, <%= … %>, a shortcode) shows on the published page what it computes, not the text the source spells';

/** Text with its inline code spans blanked (a template tag shown as code is shown as written). */
function withoutCodeSpans(text: string): string {
  return text.replace(/(`+)[\s\S]*?\1/g, (m) => ' '.repeat(m.length));
}

/** HTML with the content of `<code>`, `<pre>`, `<kbd>`, `<samp>` blanked: a template tag shown as code is shown as written. */
function withoutHtmlCode(html: string): string {
  return html.replace(/<(code|pre|kbd|samp|xmp)\b[\s\S]*?<\/\1\s*>/gi, (m) => ' '.repeat(m.length));
}

/** Reports the first template tag of `text` (read from `source` at or after `from`) as unverifiable. */
function templateTags(out: Segments, source: string, text: string, from: number): void {
  const m = TEMPLATE_TAG.exec(text);
  if (m === null) return;
  const at = source.indexOf(m[0], from);
  out.unverifiable.push({ offset: at === -1 ? from : at, why: TEMPLATE_WHY, rule: TEMPLATE_WHY, fix: 'write the text out in the release text (or show the tag as code), so the gate reads what the page shows' });
}

/** What MDX runs, and why the gate cannot verify what it shows. */
const MDX_CODE: readonly (readonly [RegExp, string])[] = [
  [/\{/, 'an MDX expression ({…}) shows whatever JavaScript computes, not the text the source spells'],
  [/<\/?[A-Z]/, 'an MDX component (<Capitalised>) shows whatever it renders, defined elsewhere'],
];
const MDX_MODULE = /^(?:import|export)\s/;

/**
 * Code fence languages a forge or a documentation site draws as a diagram (GitHub: mermaid; GitLab and Kroki: PlantUML,
 * Graphviz, D2 and the rest): the labels are laid out by the graph, so a reader takes them in any order.
 */
const DIAGRAM_LANGUAGES = new Set([
  'mermaid', 'mmd', 'plantuml', 'puml', 'uml', 'c4plantuml', 'dot', 'graphviz', 'gv', 'd2', 'nomnoml', 'wavedrom', 'vega', 'vega-lite', 'vegalite',
  'bpmn', 'excalidraw', 'svgbob', 'blockdiag', 'seqdiag', 'actdiag', 'nwdiag', 'packetdiag', 'rackdiag', 'erd', 'ditaa', 'pikchr', 'structurizr',
  'bytefield', 'umlet', 'tikz', 'tikzcd', 'kroki', 'markmap', 'mindmap', 'flowchart', 'flow', 'sequence', 'dbml', 'wireviz', 'symbolator', 'geojson', 'topojson',
]);

/** True when a fence's info string names a diagram language (`mermaid`, `{.mermaid}`, `kroki-plantuml`, `plantuml title`). */
function isDiagram(info: string): boolean {
  const first = (info.trim().split(/\s+/)[0] ?? '').replace(/^\{?\.?|\}$/g, '').toLowerCase();
  return DIAGRAM_LANGUAGES.has(first) || first.startsWith('kroki-');
}

/**
 * An HTML element a diagram library draws (`<pre class="mermaid">`, `<div class="language-plantuml">`, a
 * `<code class="language-mermaid">` a site's highlighter hands over): its labels are laid out by the graph too.
 */
function isDiagramElement(element: Element): boolean {
  const classes = element.attrs.find((a) => a.name === 'class')?.value.toLowerCase().split(/\s+/) ?? [];
  return classes.some((c) => isDiagram(c.replace(/^(?:language|lang)-/, '')));
}

/** A bare URL (`https://…`, `www.…`) that percent-encodes something: the characters a linkifier takes into the link. */
const BARE_ESCAPED_URL = /(?:\b(?:https?|ftp):\/\/|\bwww\.)[^\s<>"'`]*?%[0-9A-Fa-f]{2}[^\s<>"'`]*/gu;

/** The bare URLs of `source` that percent-encode text, each decoded on a line of its own, at the offset of the URL. */
function bareUrlsDecoded(source: string): MappedText | undefined {
  let text = '';
  const offsets: number[] = [];
  for (const m of source.matchAll(BARE_ESCAPED_URL)) {
    // A link's destination (`](…)`, `<…>`, `href="…"`) is read where the link is; a bare one only here.
    if (/[<("'=]/u.test(source[m.index - 1] ?? '')) continue;
    const readings = urlReadings(m[0].replace(/[.,;:!?)\]]+$/u, ''));
    const decoded = readings[1];
    if (decoded === undefined) continue;
    text += `${decoded}\n`;
    for (let k = 0; k <= decoded.length; k++) offsets.push(m.index);
  }
  return text === '' ? undefined : { text, offsets: Int32Array.from(offsets) };
}

/** A URL as written and, where it percent-encodes text, as a browser's status bar shows it decoded. */
export function urlReadings(url: string): string[] {
  if (!/%[0-9a-fA-F]{2}/.test(url)) return [url];
  try {
    const decoded = decodeURIComponent(url);
    return decoded === url ? [url] : [url, decoded];
  } catch {
    return [url];
  }
}

/**
 * A table's columns, each read top to bottom, as an aside: a reader runs down a column as often as along a row, so
 * `| Full | replacement |` over `| Node/Bun | … |` says "Full Node/Bun replacement" down its columns.
 */
function columnsApart(out: Segments, rows: readonly (readonly { text: string; offset: number }[])[]): void {
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (width < 2 || rows.length < 2) return;
  for (let c = 0; c < width; c++) {
    for (const row of rows) {
      const cell = row[c];
      if (cell === undefined || cell.text === '') continue;
      const text = `${cell.text}\n`;
      out.aside(text, new Int32Array(text.length).fill(cell.offset));
    }
  }
}

/** A text token without its first `length` characters (the task marker read apart). */
function afterMarker(token: Token, length: number): Token {
  return Object.assign(Object.create(Object.getPrototypeOf(token) as object) as Token, token, { content: token.content.slice(length) });
}

/** True when the inline token at `index` opens a list item (its first paragraph), where GFM reads a task marker. */
function isTaskItemStart(tokens: readonly Token[], index: number): boolean {
  return tokens[index - 1]?.type === 'paragraph_open' && tokens[index - 2]?.type === 'list_item_open';
}

/**
 * The document's headings, one after the other, as an aside: GitHub's outline menu of a README (and GitLab's `[[_TOC_]]`,
 * a site's sidebar) lists them side by side, so `## Full Node/Bun` and a later `## replacement` read as one line there.
 */
function outlineApart(out: Segments, headings: readonly { text: string; at: Int32Array }[]): void {
  if (headings.length < 2) return;
  for (const heading of headings) {
    if (heading.text === '') continue;
    // Each letter at its own place in the source: a phrase inside one heading is the one the flow reports, not another.
    const at = new Int32Array(heading.at.length + 1);
    at.set(heading.at);
    at[heading.at.length] = heading.at[heading.at.length - 1] as number;
    out.aside(`${heading.text}\n`, at);
  }
}

/** The text a table cell or a heading shows, from its inline children (markup dropped). */
const shownInline = (children: readonly Token[] | null): string =>
  (children ?? []).map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'softbreak' ? ' ' : '')).join('');

/** Markdown `source` as segments; true when it nests deeper than the parser follows. `mdx`: report what MDX runs. */
function markdownSegments(out: Segments, source: string, mdx = false): boolean {
  const env: Record<string, unknown> = {};
  const tokens = loaded().markdown.parse(source, env);
  const references = (env.references ?? {}) as Record<string, { title?: string }>;
  const lines = lineOffsets(source);
  const lineAt = (line: number) => lines[Math.min(line, lines.length - 1)] as number;
  let start = 0;
  let end = source.length;
  let cursor = 0;
  const aligned = (value: string, from: number): Int32Array => align(value, source, from, end);
  const advance = (at: Int32Array) => {
    if (at.length > 0) cursor = Math.max(cursor, (at[at.length - 1] as number) + 1);
  };
  /** In MDX, text or HTML that runs code makes the text unverifiable (one message per kind, as for CSS). */
  const runs = (content: string, offset: number, kinds: readonly (readonly [RegExp, string])[]) => {
    if (!mdx) return;
    for (const [pattern, why] of kinds) {
      const m = pattern.exec(content);
      if (m === null) continue;
      const at = source.indexOf(m[0], offset);
      out.unverifiable.push({ offset: at === -1 ? offset : at, why, rule: why, fix: 'write the release text as Markdown (.md) without expressions, components or imports' });
    }
  };
  /**
   * Text a reader of the source sees that the page does not show in the flow: a link's or image's destination
   * (also in the status bar, percent-decoded), a footnote's label, a code fence's info string. Each is read
   * as an aside, as HTML attribute values are (an `href` was read in HTML and not in Markdown).
   */
  const sourceAside = (value: string, from: number) => {
    if (value.trim() === '' || value.startsWith('data:')) return;
    const found = source.indexOf(value, from);
    out.aside(value, found !== -1 ? identity(value.length, found) : aligned(value, from));
  };
  /** Destinations of reference definitions are read where they are defined, not again at each link that uses them. */
  const defined = new Set<string>();
  const destination = (url: string, from: number, definition = false) => {
    if (!definition && defined.has(url)) return;
    for (const reading of urlReadings(url)) sourceAside(reading, from);
  };
  const label = (value: string, from: number) => sourceAside(value, from);
  /** The marker of a task list item is read past (a checkbox on the page): emitted apart, skippable. */
  const taskMarker = (first: Token | undefined): number => {
    const m = first?.type === 'text' ? TASK_MARKER.exec(first.content) : null;
    if (m === null) return 0;
    const at = aligned(m[0], cursor);
    const mark = (tag: string, offset: number) => out.html(tag, new Int32Array(tag.length).fill(offset));
    mark(TASK_OPEN, at[0] ?? cursor);
    out.text(m[0], at);
    advance(at);
    mark(TASK_CLOSE, Math.min(cursor, Math.max(start, end - 1)));
    return m[0].length;
  };
  const inline = (children: readonly Token[], taskItem = false) => {
    const skip = taskItem ? taskMarker(children[0]) : 0;
    const shown = skip > 0 && children[0] !== undefined ? [afterMarker(children[0], skip), ...children.slice(1)] : children;
    for (const child of shown) {
      if (child.type === 'text') runs(child.content, cursor, MDX_CODE.slice(0, 1));
      if (child.type === 'html_inline') runs(child.content, cursor, MDX_CODE.slice(1));
      switch (child.type) {
        case 'text':
        case 'code_inline': {
          const at = aligned(child.content, cursor);
          out.text(child.content, at);
          advance(at);
          break;
        }
        case 'html_inline': {
          const found = source.indexOf(child.content, cursor);
          const at = found !== -1 && found + child.content.length <= end ? identity(child.content.length, found) : aligned(child.content, cursor);
          out.html(child.content, at);
          advance(at);
          break;
        }
        case 'softbreak':
        case 'hardbreak':
          out.block(Math.min(cursor, Math.max(start, end - 1)));
          break;
        case 'image': {
          const shown = dataUri(String(child.attrGet('src') ?? ''));
          if (shown !== undefined) {
            const found = source.indexOf('data:', cursor);
            const offset = found === -1 ? cursor : found;
            if (shown.unverifiable !== undefined) out.unverifiable.push({ offset, why: `an image is ${shown.unverifiable}`, rule: shown.unverifiable });
            if (shown.text !== undefined) out.aside(shown.text, new Int32Array(shown.text.length).fill(offset));
          }
          const title = String(child.attrGet('title') ?? '');
          if (title) out.aside(title, aligned(title, cursor));
          destination(String(child.attrGet('src') ?? ''), cursor);
          out.linked.push({ src: String(child.attrGet('src') ?? ''), offset: Math.min(cursor, Math.max(start, end - 1)) });
          // Alt text stands in the line where the image does not load, and not where it does: skippable,
          // as the HTML an image renders to (`<img alt>`) is.
          const at = Math.min(cursor, Math.max(start, end - 1));
          out.html(ALT_OPEN, new Int32Array(ALT_OPEN.length).fill(at));
          inline(child.children ?? []);
          out.html(ALT_CLOSE, new Int32Array(ALT_CLOSE.length).fill(Math.min(cursor, Math.max(start, end - 1))));
          break;
        }
        case 's_open':
          out.html('<s>', new Int32Array(3).fill(Math.min(cursor, Math.max(start, end - 1))));
          break;
        case 's_close':
          out.html('</s>', new Int32Array(4).fill(Math.min(cursor, Math.max(start, end - 1))));
          break;
        case 'link_open': {
          const title = String(child.attrGet('title') ?? '');
          if (title) out.aside(title, aligned(title, cursor));
          destination(String(child.attrGet('href') ?? ''), cursor);
          break;
        }
        case 'footnote_ref':
          label(String((child.meta as { label?: unknown } | null)?.label ?? ''), cursor);
          break;
        default:
          break;
      }
    }
  };
  // Link reference definitions are never shown on the rendered page, except their titles, as the tooltips
  // of the links that use them; their labels are read as asides, like comments (a reader of the source sees them).
  for (const label of Object.keys(references)) {
    const found = source.toLowerCase().indexOf(`[${label.toLowerCase()}]:`);
    out.aside(label, found === -1 ? align(label, source, 0, source.length) : identity(label.length, found + 1));
  }
  for (const { href } of Object.values(references) as { href?: string }[]) {
    if (!href) continue;
    defined.add(href);
    destination(href, 0, true);
  }
  const footnotes = (env.footnotes as { refs?: Record<string, unknown> } | undefined)?.refs ?? {};
  for (const key of Object.keys(footnotes)) label(key.replace(/^:/, ''), 0);
  for (const { title } of Object.values(references)) {
    if (!title) continue;
    const found = source.indexOf(title);
    out.aside(title, found === -1 ? align(title, source, 0, source.length) : identity(title.length, found));
  }
  let deepest = 0;
  /** The cells of the table being read, row by row: its columns are read top to bottom too (see below). */
  let table: { text: string; offset: number }[][] | undefined;
  /** The headings, in order: read side by side apart, as an outline lists them (outlineApart). */
  const headings: { text: string; at: Int32Array }[] = [];
  for (const [index, token] of tokens.entries()) {
    deepest = Math.max(deepest, token.level);
    if (token.map !== null) {
      start = lineAt(token.map[0]);
      end = lineAt(token.map[1]);
      cursor = start;
    }
    if (token.type === 'table_open') table = [];
    else if (token.type === 'tr_open') table?.push([]);
    else if (token.type === 'inline' && table !== undefined) {
      const at = source.indexOf(token.content, cursor);
      table[table.length - 1]?.push({ text: shownInline(token.children), offset: at === -1 ? cursor : at });
    } else if (token.type === 'inline' && tokens[index - 1]?.type === 'heading_open') {
      const shown = shownInline(token.children);
      headings.push({ text: shown, at: aligned(shown, cursor) });
    } else if (token.type === 'table_close' && table !== undefined) {
      columnsApart(out, table);
      table = undefined;
    }
    switch (token.type) {
      case 'inline':
        if (MDX_MODULE.test(token.content)) runs('{', start, [[/\{/, 'an MDX import or export brings in code and components the gate cannot read']]);
        templateTags(out, source, withoutCodeSpans(token.content), start);
        inline(token.children ?? [], isTaskItemStart(tokens, index));
        break;
      case 'fence': {
        // The body starts on the line after the opening fence, so it is not aligned with the info string.
        const bodyStart = token.map === null ? cursor : lineAt(token.map[0] + 1);
        sourceAside(token.info, start);
        out.block(start);
        out.text(token.content, align(token.content, source, bodyStart, end));
        if (isDiagram(token.info)) out.wordSets.push({ start: bodyStart, end: Math.max(bodyStart, end) });
        break;
      }
      case 'code_block':
        out.block(start);
        out.text(token.content, aligned(token.content, cursor));
        break;
      case 'html_block':
        runs(token.content, start, MDX_CODE.slice(1));
        templateTags(out, source, withoutHtmlCode(token.content), start);
        out.block(start);
        out.html(token.content, aligned(token.content, cursor));
        out.block(Math.max(start, end - 1));
        break;
      default:
        if (token.nesting !== 0 || token.block) out.block(token.nesting === -1 ? Math.max(start, Math.min(cursor, end) - 1) : start);
    }
  }
  outlineApart(out, headings);
  return deepest >= MAX_NESTING - 8;
}

// ---------------------------------------------------------------------------------------------
// HTML

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/*
 * Every attribute value is read (as an aside): image alt text, tooltips, what a screen reader says, a
 * button's or field's text, and any other value a stylesheet (`content: attr(data-x)`), a script or a
 * component (an MDX prop) may show.
 */
/** The files a stylesheet draws (`url(…)`: backgrounds, list images, borders), escapes decoded. */
function cssUrls(css: string): string[] {
  return [...decodeCss(css).matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** Attributes naming a file the page shows inside itself: images, frames, objects, SVG images. */
const EMBEDDING_ATTRIBUTES = new Set(['img src', 'iframe src', 'embed src', 'object data', 'image href', 'image xlink:href', 'input src', 'frame src']);
/** Attributes shown in the line of text, by element: an image's alt text where it does not load, a button's label. */
const INLINE_ATTRIBUTES = new Set(['img alt', 'area alt', 'input alt', 'input value', 'input placeholder']);
/**
 * Elements whose content a browser does not show (or shows only without scripting, as the tab title, as
 * fallback where a canvas or a video cannot play, or as an SVG description; a closed `<details>` or `<dialog>`).
 */
const HIDDEN_ELEMENTS = new Set(['dialog', 'template', 'progress', 'meter', 'script', 'style', 'noscript', 'noembed', 'noframes', 'iframe', 'head', 'object', 'datalist', 'select', 'option', 'optgroup', 'meta', 'link', 'title', 'rp', 'canvas', 'video', 'audio', 'desc', 'metadata', 'annotation', 'annotation-xml']);
/**
 * Elements a reader reads past: ruby annotations above the text (`<rt>`, and `<rtc>`, the container a browser draws
 * above the base as it does `<rt>`: red team rr, session 47), superscript and subscript marks
 * (`drop-in<sup>[1]</sup> replacement` reads as the phrase with a footnote mark), struck-through text
 * (`drop-in <del>x</del>replacement` and Markdown `~~x~~` read as the phrase with a deletion).
 */
const READ_PAST_ELEMENTS = new Set(['rt', 'rtc', 'rp', 'sup', 'sub', 's', 'del', 'strike']);
/**
 * Attributes that can hide an element (with a stylesheet, any element can be hidden), among them the presentational
 * ones: a text colour that is the background's (`<font color>`, `bgcolor`, `<body text link>`), a font that draws
 * letters as symbols (`<font face="Wingdings">`).
 */
const HIDING_ATTRIBUTES = new Set(['hidden', 'style', 'class', 'id', 'aria-hidden', 'inert', 'slot', 'popover', 'color', 'bgcolor', 'background', 'text', 'link', 'vlink', 'alink', 'face']);
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/**
 * True when the element may hide its content. Besides hidden elements and hiding attributes: every SVG and MathML
 * element (a drawing hides text by attributes the gate does not evaluate: a zero size, `<defs>`, `fill`, `opacity`,
 * `<mphantom>`), and the cells of a table whose columns are styled (`<col style="visibility:collapse">` hides a column).
 */
function hidesContent(element: Element, styled: boolean, inCollapsibleTable: boolean): boolean {
  const name = element.tagName;
  if (HIDDEN_ELEMENTS.has(name) || READ_PAST_ELEMENTS.has(name) || element.namespaceURI !== HTML_NAMESPACE) return true;
  if (element.attrs.some((a) => HIDING_ATTRIBUTES.has(a.name))) return true;
  if (inCollapsibleTable && (name === 'td' || name === 'th')) return true;
  return styled && name !== 'html' && name !== 'body';
}

/**
 * Elements drawn as a picture in the line of text: images (a Markdown image too), inline drawings, embedded
 * documents and media. What they draw may be a letter.
 */
const IMAGE_ELEMENTS = new Set(['img', 'markdown-image', 'svg', 'picture', 'object', 'embed', 'canvas', 'video', 'iframe', 'mglyph']);

function isImage(element: Element): boolean {
  const name = element.tagName.toLowerCase();
  // Inside a drawing, a nested <svg> is part of the picture, not an image in a line of text.
  if (name === 'svg' && (element.parentNode as Element | null)?.namespaceURI === SVG_NAMESPACE) return false;
  if (name === 'input') return element.attrs.some((a) => a.name === 'type' && a.value.trim().toLowerCase() === 'image');
  return IMAGE_ELEMENTS.has(name);
}

/** True when a table has a column or column group that may hide its cells (styled, or hidden). */
function hasHidingColumns(table: Element): boolean {
  const columns = table.childNodes.filter((c): c is Element => c.nodeName === 'colgroup' || c.nodeName === 'col');
  const all = columns.flatMap((c) => [c, ...c.childNodes.filter((n): n is Element => n.nodeName === 'col')]);
  return all.some((c) => c.attrs.some((a) => HIDING_ATTRIBUTES.has(a.name) || a.name === 'span' || a.name === 'width'));
}
/** Tags whose boundaries a browser renders as a line break (block-level and line-breaking elements). */
const BREAKING_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr',
  'html', 'iframe', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/**
 * CSS a reader's browser applies that shows text in another order than the source, or shows text that is not
 * in it: reordering (flex/grid order, reversed flex directions, grid placement, table display groups),
 * moving (positioning, floats, transforms, negative margins, writing modes, direction), generated content
 * (`content`, `quotes`, list markers and counter styles given as strings), and fonts that may draw any glyph
 * for any letter. Hiding (`display:none`, `visibility`, `font-size:0`, colours) is not here: hidden text is
 * skippable, which the matcher handles. Matched on the declarations after CSS escapes and comments are gone.
 */
const REORDERING_CSS: readonly (readonly [RegExp, string])[] = [
  [/(?:^|[^a-z-])(?:-[a-z]+-)?(?:order|flex-order|box-ordinal-group)\s*:/, 'flex and grid items are shown by their order, not in the source order'],
  [/(?:^|[^a-z-])(?:-[a-z]+-)?(?:flex-direction|flex-flow|flex-wrap|box-direction)\s*:[^;}]*reverse/, 'a reversed flex direction shows the items last first'],
  [/(?:^|[^a-z-])grid-(?:area|row|column|template|auto-flow)[a-z-]*\s*:/, 'grid placement can put the items in any order'],
  [/(?:^|[^a-z-])display\s*:[^;}]*table-(?:header-group|footer-group|caption)/, 'a table header, footer or caption group is drawn away from its place in the source'],
  [/(?:^|[^a-z-])position\s*:\s*(?!static\b)[a-z-]/, 'positioning moves the text anywhere on the page'],
  [/(?:^|[^a-z-])(?:float|inset(?:-[a-z-]+)?|top|left|right|bottom|translate|rotate|scale|transform|offset(?:-[a-z]+)?|writing-mode|direction|unicode-bidi)\s*:/, 'it moves, turns or mirrors the text'],
  [/(?:^|[^a-z-])(?:margin|text-indent|letter-spacing|word-spacing)(?:-[a-z-]+)?\s*:[^;}]*-\s*\.?\d/, 'a negative offset lays text over other text'],
  [/(?:^|[^a-z-])(?:content|quotes|list-style(?:-type)?|symbols|additive-symbols|prefix|suffix|pad|negative)\s*:[^;}]*(?:["'][^"']*[\p{L}\p{N}][^"']*["']|attr\s*\(|counters?\s*\()/u, 'generated content shows text that is not in the source'],
  [/(?:^|[^a-z-])content\s*:[^;}]*(?:url\s*\(|image)/, 'generated content shows an image that may hold text'],
  [/@(?:font-face|import|counter-style|namespace)/, 'a stylesheet rule that brings in fonts or styles the gate cannot read'],
];

/**
 * Why the layout of `element` makes what a reader sees unverifiable, or undefined. `reversedHandled`: the
 * element is a forced right-to-left run, which is read reversed already.
 */
function layoutProblem(element: Element, reversedHandled: boolean, textOf: (value: string) => string, asciiOnly: boolean): { why: string; rule: string } | undefined {
  const name = element.tagName;
  const attr = (n: string) => element.attrs.find((a) => a.name === n)?.value;
  const css = styleText(element, textOf);
  if (css !== undefined) {
    let plain = decodeCss(css);
    if (reversedHandled) plain = plain.replace(/(?:unicode-bidi|direction)\s*:[^;}]*/g, '');
    for (const [pattern, why] of REORDERING_CSS) {
      if (pattern.test(plain)) return { why: `${name === 'style' ? '<style>' : `<${name} style>`} has ${JSON.stringify(firstDeclaration(plain, pattern))}: ${why}`, rule: why };
    }
  }
  const problem = (why: string) => ({ why, rule: why.replace(/^<[^>]*>/, '') });
  if (name === 'script' && executes(element, textOf)) return problem('<script> can write any text into the page');
  const handler = element.attrs.find((a) => /^on[a-z]+$/.test(a.name) && a.value.trim() !== '');
  if (handler !== undefined) return problem(`<${name} ${handler.name}> runs a script that can write any text into the page`);
  if (name === 'link' && /(?:^|\s)stylesheet(?:\s|$)/i.test(attr('rel') ?? '')) return problem('<link rel="stylesheet"> brings in a stylesheet the gate cannot read (it may reorder, move or generate text)');
  if (name !== 'bdo' && attr('dir')?.trim().toLowerCase() === 'rtl') return problem(`<${name} dir="rtl"> lays out its cells, items and neutral characters right to left`);
  const lower = name.toLowerCase();
  const placed = element.attrs.filter((a) => SVG_PLACEMENT.has(a.name.toLowerCase())).map((a) => a.name);
  if ((lower === 'text' || lower === 'tspan') && placed.length > 0) return problem(`<${name}> is placed by ${placed.join(', ')}: SVG text is drawn where its coordinates say, in any order`);
  // A group, a nested drawing or a foreign object placed or transformed moves the text inside it the same way.
  if (element.namespaceURI === SVG_NAMESPACE && placed.length > 0 && lower !== 'svg' && holdsText(element)) return problem(`<${name}> is placed by ${placed.join(', ')}: the SVG text inside it is drawn where its coordinates say, in any order`);
  if (lower === 'svg' && element.parentNode !== null && (element.parentNode as Element).namespaceURI === SVG_NAMESPACE && placed.length > 0 && holdsText(element)) return problem(`a nested <svg> is placed by ${placed.join(', ')}: the SVG text inside it is drawn where its coordinates say, in any order`);
  if (lower === 'textpath' || lower === 'use') return problem(`<${name}> draws text along a path or copies other content`);
  if (name === 'template' && element.attrs.some((a) => a.name === 'shadowrootmode' || a.name === 'shadowroot')) {
    return problem('<template shadowrootmode> is a declarative shadow root: the browser shows it instead of the element\'s children and puts them at its <slot>s, in another order than the source');
  }
  const charset = name === 'meta' ? declaredCharset(element) : undefined;
  if (charset !== undefined && !asciiOnly && !UTF8_LABELS.has(charset)) return problem(`<meta> declares the charset ${JSON.stringify(charset)}: a browser decodes the bytes as that, not as the UTF-8 the gate reads, and shows other characters`);
  return undefined;
}

/** The encoding labels a browser reads as UTF-8 (WHATWG Encoding), and US-ASCII, which is UTF-8 for ASCII text. */
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8']);

/** The charset a `<meta charset>` or `<meta http-equiv="content-type" content="…; charset=…">` declares, lower-cased. */
function declaredCharset(element: Element): string | undefined {
  const attr = (n: string) => element.attrs.find((a) => a.name === n)?.value;
  const direct = attr('charset');
  if (direct !== undefined) return direct.trim().toLowerCase();
  if (attr('http-equiv')?.trim().toLowerCase() !== 'content-type') return undefined;
  return /charset\s*=\s*["']?([^"';\s]+)/i.exec(attr('content') ?? '')?.[1]?.toLowerCase();
}

const DATA_URI = /^\s*data:([^,;]*)((?:;[^,;]*)*),([\s\S]*)$/i;

/**
 * What an inline `data:` URL shows: the rendered text of an SVG, HTML, XML or text payload (an SVG image
 * draws its `<text>`), or, for any other image, that it is unverifiable (a bitmap may show any words).
 * Undefined for a value that is not a `data:` URL.
 */
function dataUri(value: string): { text?: string; unverifiable?: string } | undefined {
  const m = DATA_URI.exec(value);
  if (m === null) return undefined;
  const mime = (m[1] ?? '').trim().toLowerCase();
  const payload = m[3] ?? '';
  if (!/^(?:image\/svg\+xml|text\/[a-z.+-]+|application\/(?:xhtml\+)?xml|)$/.test(mime)) {
    return mime.startsWith('image/') || mime.startsWith('video/') ? { unverifiable: `an inline data: ${mime} image, which may show words the gate cannot read` } : undefined;
  }
  let decoded: string;
  if (/;base64/i.test(m[2] ?? '')) decoded = Buffer.from(payload, 'base64').toString('utf8');
  else {
    try {
      decoded = decodeURIComponent(payload);
    } catch {
      decoded = payload;
    }
  }
  return { text: render(decoded, 'html').text };
}

/**
 * A table's parts in the order a browser draws them: captions on top, the first `<thead>` above the body and
 * the first `<tfoot>` below it wherever the source puts them (`<tfoot>` first was even the HTML 4 order).
 */
function tableDisplayOrder(children: readonly Node[]): Node[] {
  const head = children.find((c) => c.nodeName === 'thead');
  const foot = children.find((c) => c.nodeName === 'tfoot');
  const captions = children.filter((c) => c.nodeName === 'caption');
  const body = children.filter((c) => c !== head && c !== foot && c.nodeName !== 'caption');
  return [...captions, ...(head === undefined ? [] : [head]), ...body, ...(foot === undefined ? [] : [foot])];
}

/** Script types a browser runs; any other `type` is a data block (`application/ld+json`), never executed. */
const SCRIPT_TYPE = /^(?:module|(?:text|application)\/(?:x-)?(?:java|ecma)script|text\/(?:jscript|livescript|babel|jsx))?$/i;

/** True when a `<script>` runs code: an executable type with a `src` or with code that is not only comments. */
function executes(element: Element, textOf: (value: string) => string): boolean {
  const type = element.attrs.find((a) => a.name === 'type')?.value.trim() ?? '';
  if (!SCRIPT_TYPE.test(type)) return false;
  if (element.attrs.some((a) => a.name === 'src')) return true;
  const code = textOf(element.childNodes.map((n) => ('value' in n ? n.value : '')).join(''));
  return code.replace(/\/\*[\s\S]*?(?:\*\/|$)|\/\/[^\n]*|<!--|-->/g, '').trim() !== '';
}

/** The override character (RLO, LRO) an element's forced direction stands for, or undefined. */
function forcedDirection(element: Element): string | undefined {
  const style = cssDeclarations(element.attrs.find((a) => a.name === 'style')?.value ?? '');
  const dir = element.tagName === 'bdo' ? element.attrs.find((a) => a.name === 'dir')?.value.trim().toLowerCase() : cssOverrides(style.get('unicode-bidi')) ? cssDirection(style.get('direction')) : undefined;
  return dir === 'rtl' ? '\u202E' : dir === 'ltr' ? '\u202D' : undefined;
}

/** The isolate initiator an element stands for (`<bdi>`, `dir="auto|ltr|rtl"`): FSI, LRI or RLI; undefined for none. */
function isolateOf(element: Element): string | undefined {
  const dir = element.attrs.find((a) => a.name === 'dir')?.value.trim().toLowerCase();
  if (dir === 'auto' || (dir === undefined && element.tagName === 'bdi')) return '\u2068';
  return dir === 'rtl' ? '\u2067' : dir === 'ltr' ? '\u2066' : undefined;
}

const SVG_PLACEMENT = new Set(['x', 'y', 'dx', 'dy', 'rotate', 'transform', 'textlength', 'writing-mode', 'direction']);
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** True when some text node under `element` shows a letter or digit (walked without recursion). */
function holdsText(element: Element): boolean {
  const stack: Node[] = [...element.childNodes];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeName === '#text' && /[\p{L}\p{N}\uE000]/u.test((node as DefaultTreeAdapterMap['textNode']).value)) return true;
    if ('childNodes' in node) stack.push(...node.childNodes);
  }
  return false;
}

/** The CSS of an element: its `style` attribute, or a `<style>` element's text (Markdown text in it resolved by `textOf`). */
function styleText(element: Element, textOf: (value: string) => string): string | undefined {
  if (element.tagName === 'style') return textOf(element.childNodes.map((n) => ('value' in n ? n.value : '')).join(''));
  return element.attrs.find((a) => a.name === 'style')?.value;
}

/** CSS with comments removed, escapes decoded (`\6f rder` is `order`), lower-cased. */
function decodeCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '')
    .replace(/\\([0-9a-fA-F]{1,6})[ \t\n\r\f]?|\\([^\n0-9a-fA-F])/g, (_, hex: string | undefined, ch: string | undefined) => (hex !== undefined ? String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff) || 0xfffd) : (ch as string)))
    .toLowerCase();
}

/** The declaration (or rule) `pattern` matched, for the message. */
function firstDeclaration(css: string, pattern: RegExp): string {
  const at = pattern.exec(css)?.index ?? 0;
  return (css.slice(at).replace(/^[^a-z@-]+/, '').split(/[;}]/)[0] ?? '').trim().slice(0, 80);
}

/** Text segments in the HTML a placeholder stands for: U+E000 and two units of the id (private use; the source's own U+E000 is swapped out). */
const MARK = 0xe000;
const ID_BASE = 0xe001;
/**
 * What a U+E000 the HTML itself holds becomes, so it is never taken for a placeholder: another private-use code point,
 * which folds to nothing as U+E000 does (a U+FFFD here showed a visible mark that split the words around it).
 */
const MARK_STAND_IN = '\uF8FF';
const NON_ASCII = /[^\x00-\x7f]/;

/** True when the last span of `spans` is [start, end) (an element whose one text node is a span already). */
function endsWithSpan(spans: readonly number[], start: number, end: number): boolean {
  return spans[spans.length - 2] === start && spans[spans.length - 1] === end;
}

/** Where the placeholders are in `skeleton`, in order. */
function placeholderPositions(skeleton: string): Int32Array {
  const at: number[] = [];
  for (let k = skeleton.indexOf('\uE000'); k !== -1; k = skeleton.indexOf('\uE000', k + 3)) at.push(k);
  return Int32Array.from(at);
}

/**
 * The first placeholder in [from, end), or -1: a binary search, as a search of the skeleton from `from` would scan
 * to its end for every text node of an HTML file that has none (quadratic).
 */
function nextMark(marks: Int32Array, from: number, end: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((marks[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  const at = lo < marks.length ? (marks[lo] as number) : -1;
  return at !== -1 && at < end ? at : -1;
}

/**
 * Render the segments of one text: raw HTML and placeholders for the other text are parsed together
 * with parse5, so every piece of text lands where a browser puts it.
 */
function renderHtml(items: readonly Segment[], flow: Out, asides: Out, unverifiable: Unverifiable[], images: ImageAt[], tables: TableCells[], wordSets: { start: number; end: number }[], linked: { src: string; offset: number }[]): void {
  let skeleton = '';
  const map = new OffsetBuffer();
  const texts: Segment[] = [];
  const parts: string[] = [];
  for (const item of items) {
    if (item.kind === 'html') {
      parts.push(item.text.replaceAll('\uE000', MARK_STAND_IN));
      for (let k = 0; k < item.at.length; k++) map.push(item.at[k] as number);
    } else {
      const id = texts.push(item) - 1;
      parts.push(String.fromCharCode(MARK, ID_BASE + (id >> 12), ID_BASE + (id & 0xfff)));
      map.pushMany(item.at[0] as number, 3);
    }
  }
  skeleton = parts.join('');
  const sourceOf = map.finish();
  const marks = placeholderPositions(skeleton);
  // A declared legacy charset changes only what a browser shows of bytes beyond ASCII.
  const asciiOnly = NON_ASCII.test(skeleton) === false && !texts.some((t) => NON_ASCII.test(t.text));
  const used = new Uint8Array(texts.length);
  const styled = /<(?:style|link)[\s>/]/i.test(skeleton);

  /** Push `value` (parsed from skeleton[start, end)) to `out`: literal runs aligned, placeholders expanded. */
  const emit = (out: Out, value: string, start: number, end: number) => {
    let s = start;
    let i = 0;
    while (i < value.length) {
      const p = value.indexOf('\uE000', i);
      const literalEnd = p === -1 ? value.length : p;
      const rawMark = nextMark(marks, s, end);
      if (literalEnd > i) {
        const literal = value.slice(i, literalEnd);
        const rawEnd = rawMark === -1 ? end : rawMark;
        const at = align(literal, skeleton, s, Math.max(rawEnd, s + 1));
        const mapped = new Int32Array(at.length);
        for (let k = 0; k < at.length; k++) mapped[k] = sourceOf[Math.min(at[k] as number, sourceOf.length - 1)] as number;
        out.push(literal, mapped);
        s = rawEnd;
      }
      if (p === -1) break;
      const id = ((value.charCodeAt(p + 1) - ID_BASE) << 12) + (value.charCodeAt(p + 2) - ID_BASE);
      const text = texts[id];
      if (text !== undefined) {
        out.push(text.text, text.at);
        used[id] = 1;
      }
      i = p + 3;
      if (rawMark !== -1) s = rawMark + 3;
    }
  };
  /** `value` with the placeholders of Markdown text replaced by that text (the code of a `<script>` inside a paragraph). */
  const textOf = (value: string) => value.replace(/\uE000([\s\S])([\s\S])/g, (_, hi: string, lo: string) => texts[((hi.charCodeAt(0) - ID_BASE) << 12) + (lo.charCodeAt(0) - ID_BASE)]?.text ?? '');
  const asideOf = (value: string, start: number, end: number) => {
    asides.pushAt('\n', sourceOf[Math.min(start, sourceOf.length - 1)] as number);
    emit(asides, value, start, end);
  };

  // Depth-first, with an explicit stack: nesting depth is the author's to choose (50,000 nested <div>s).
  // `hidden`: the node is hidden by its parent (the body of a closed `<details>`, all but its summary).
  type Frame = { node: Node; hidden?: boolean } | { exit: () => void };
  const stack: Frame[] = [{ node: loaded().parse(skeleton, { sourceCodeLocationInfo: true, scriptingEnabled: false }) }];
  const pushChildren = (children: readonly Node[], shows: (child: Node) => boolean = () => true) => {
    for (let k = children.length - 1; k >= 0; k--) stack.push({ node: children[k] as Node, hidden: !shows(children[k] as Node) });
  };
  let collapsibleTables = 0;
  let hidingDepth = 0;
  /** The tables being walked, innermost last: their rows' cells, for reading down their columns. */
  const openTables: TableCells[] = [];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if ('exit' in frame) {
      frame.exit();
      continue;
    }
    const node = frame.node;
    const loc = 'sourceCodeLocation' in node ? node.sourceCodeLocation : undefined;
    if (node.nodeName === '#text') {
      const text = node as DefaultTreeAdapterMap['textNode'];
      const spanStart = flow.length;
      emit(flow, text.value, loc?.startOffset ?? 0, loc?.endOffset ?? skeleton.length);
      // Each text node under a hiding element is skippable on its own too: a child can show again what its parent
      // hides (`visibility: visible`, a font size, a class), so the parent's other text may be gone around it.
      if ((frame.hidden === true || hidingDepth > 0) && flow.length > spanStart) flow.spans.push(spanStart, flow.length);
      continue;
    }
    if (node.nodeName === '#comment') {
      const comment = node as DefaultTreeAdapterMap['commentNode'];
      asideOf(comment.data, loc?.startOffset ?? 0, loc?.endOffset ?? skeleton.length);
      continue;
    }
    if (node.nodeName === '#documentType') continue;
    const children: Node[] = 'childNodes' in node ? node.childNodes : [];
    if (!('tagName' in node)) {
      pushChildren(children);
      continue;
    }
    const element = node as Element;
    const name = element.tagName;
    const eloc = element.sourceCodeLocation;
    const at = eloc?.startOffset ?? 0;
    const breaking = BREAKING_TAGS.has(name);
    if (breaking) flow.pushAt('\n', sourceOf[Math.min(at, sourceOf.length - 1)] as number);
    // An image's alt text, shown in the line, is part of what stands for the image there.
    const imageStart = flow.length;
    for (const attr of element.attrs) {
      const attrAt = sourceOf[Math.min(eloc?.attrs?.[attr.name]?.startOffset ?? at, sourceOf.length - 1)] as number;
      if (EMBEDDING_ATTRIBUTES.has(`${name.toLowerCase()} ${attr.name}`)) linked.push({ src: attr.value, offset: attrAt });
      // `srcset` lists candidates ("a.svg 1x, b.svg 2x"), and a style's `url(…)` (a background) draws a file too.
      if (attr.name === 'srcset') for (const candidate of attr.value.split(',')) linked.push({ src: candidate.trim().split(/\s+/)[0] ?? '', offset: attrAt });
      if (attr.name === 'style') for (const u of cssUrls(attr.value)) linked.push({ src: u, offset: attrAt });
      const aloc = eloc?.attrs?.[attr.name];
      const start = aloc?.startOffset ?? eloc?.startOffset ?? 0;
      const end = aloc?.endOffset ?? eloc?.endOffset ?? skeleton.length;
      const inline = dataUri(attr.value);
      if (inline !== undefined) {
        const offset = sourceOf[Math.min(start, sourceOf.length - 1)] as number;
        if (inline.unverifiable !== undefined) unverifiable.push({ offset, why: `<${name} ${attr.name}> is ${inline.unverifiable}`, rule: inline.unverifiable });
        if (inline.text !== undefined) asides.pushAt(`\n${inline.text}`, offset);
      }
      if (/[<&]/.test(attr.value) && !attr.value.includes('\uE000')) {
        // A value holding markup is shown as a page by some reader (`<iframe srcdoc>`, an MDX or
        // component prop rendered as HTML): its rendered text is read too, at the attribute.
        const page = render(attr.value, 'html');
        if (page.text.trim() !== '') asides.pushAt('\n', sourceOf[Math.min(start, sourceOf.length - 1)] as number);
        asides.pushAt(page.text, sourceOf[Math.min(start, sourceOf.length - 1)] as number);
      }
      if (INLINE_ATTRIBUTES.has(`${name} ${attr.name}`)) {
        // Shown in the line (an image that did not load, a button's label) or not (the image loaded): skippable.
        const spanStart = flow.length;
        emit(flow, attr.value, start, end);
        if (flow.length > spanStart) flow.spans.push(spanStart, flow.length);
      } else {
        for (const reading of urlReadings(attr.value)) asideOf(reading, start, end);
      }
    }
    // Forced display direction (`<bdo dir>`, `unicode-bidi: bidi-override; direction`): the override character
    // it stands for, so a left-to-right run inside a right-to-left one turns back (fold's displayOrder).
    const override = forcedDirection(element);
    const reversed = override !== undefined;
    const layout = layoutProblem(element, reversed, textOf, asciiOnly);
    if (layout !== undefined) unverifiable.push({ offset: sourceOf[Math.min(at, sourceOf.length - 1)] as number, ...layout });
    if (reversed) flow.pushAt(override, sourceOf[Math.min(at, sourceOf.length - 1)] as number);
    // An isolate (`<bdi>`, an element that says `dir`): its text is laid out apart from the line, and `dir="auto"` or a
    // `<bdi>` without `dir` takes the direction of its first strong letter (`<bdi>\u200Fin\u200F drop-\u200Fstrict</bdi>`
    // shows "strict-drop in").
    const isolate = reversed ? undefined : isolateOf(element);
    if (isolate !== undefined) flow.pushAt(isolate, sourceOf[Math.min(at, sourceOf.length - 1)] as number);
    const hides = frame.hidden === true || hidesContent(element, styled, collapsibleTables > 0);
    const collapsible = name === 'table' && hasHidingColumns(element);
    if (collapsible) collapsibleTables++;
    if (hides) hidingDepth++;
    const spanStart = flow.length;
    const image = isImage(element);
    if (name === 'style') for (const u of cssUrls(textOf(element.childNodes.map((n) => ('value' in n ? n.value : '')).join('')))) linked.push({ src: u, offset: sourceOf[Math.min(at, sourceOf.length - 1)] as number });
    if (eloc !== undefined && eloc !== null && isDiagramElement(element)) {
      const from = sourceOf[Math.min(eloc.startOffset, sourceOf.length - 1)] as number;
      const to = (sourceOf[Math.min(Math.max(eloc.startOffset, eloc.endOffset - 1), sourceOf.length - 1)] as number) + 1;
      wordSets.push({ start: from, end: Math.max(from, to) });
    }
    if (name === 'table') openTables.push([]);
    else if (name === 'tr') openTables[openTables.length - 1]?.push([]);
    const cell = name === 'td' || name === 'th' ? openTables[openTables.length - 1]?.at(-1) : undefined;
    stack.push({
      exit: () => {
        if (name === 'table') tables.push(openTables.pop() as TableCells);
        cell?.push(spanStart, flow.length);
        if (image) images.push({ start: imageStart, end: flow.length, offset: sourceOf[Math.min(at, sourceOf.length - 1)] as number });
        if (collapsible) collapsibleTables--;
        if (hides) hidingDepth--;
        if (reversed) flow.pushAt('\u202C', sourceOf[Math.min(Math.max(at, (eloc?.endOffset ?? 1) - 1), sourceOf.length - 1)] as number);
        if (isolate !== undefined) flow.pushAt('\u2069', sourceOf[Math.min(Math.max(at, (eloc?.endOffset ?? 1) - 1), sourceOf.length - 1)] as number);
        if (hides && flow.length > spanStart && !endsWithSpan(flow.spans, spanStart, flow.length)) flow.spans.push(spanStart, flow.length);
        if (breaking) flow.pushAt('\n', sourceOf[Math.min(Math.max(at, (eloc?.endOffset ?? 1) - 1), sourceOf.length - 1)] as number);
      },
    });
    if (name === 'details') {
      // A closed `<details>` shows its first summary (or a default label) and hides the rest.
      const summary = children.find((c) => c.nodeName === 'summary');
      pushChildren(children, (child) => child === summary);
      continue;
    }
    pushChildren(name === 'template' ? (element as DefaultTreeAdapterMap['template']).content.childNodes : name === 'table' ? tableDisplayOrder(children) : children);
  }
  // Text the browser put nowhere a reader looks (inside a tag name, an end tag's attributes): some
  // reader of the source still sees it.
  texts.forEach((text, id) => {
    if (used[id] === 1 || text.text === '\n') return;
    asides.pushAt('\n', text.at[0] as number);
    asides.push(text.text, text.at);
  });
}
