import { hasBidiControls, displayedText } from '../text/bidi.js';
import { decodeHtml, drawnMarkup } from '../text/drawn.js';
import { maskTagBrackets } from '../text/html-tags.js';
import { lazy } from '../util/lazy.js';

/**
 * A waiver's words as a reader of the rendered waiver is shown them, the only words that may name the items it covers
 * (core/waiver-items.ts). Markup a reader is not shown names nothing (review, session 32: the raw markup named items):
 * comments (`<!-- qjs-regexp-7 -->`, `[//]: # (qjs-regexp-7)`), attributes (`<span title="qjs-regexp-7">`, `alt`,
 * `href`, `data-*`), what hidden, struck-out or undrawn elements hold (`<span hidden>`, `display:none`, `<del>`, `~~…~~`,
 * a closed `<details>`, `<template>`), a link's target and title (`[the issue](qjs-regexp-7 "qjs-regexp-7")`), an
 * image (`![qjs-regexp-7](shot.png)` draws a picture), a reference definition and a footnote's label. Code spans are
 * shown as written, tags and all. Character references are decoded once, as a page decodes them.
 *
 * Two readings, joined by a line: the text with its markup read, and that text with Markdown's backslash escapes and
 * underscore emphasis read too (`qjs\-regexp\-7`, `_qjs-regexp-7_`) — a reader of the file sees the first, a reader of the
 * page the second, and neither holds a word the other hides (`__init__.py` is a file name as written, `init.py` in bold as
 * rendered).
 */
export function waiverWordsAsShown(words: string): string {
  if (!MARKUP_HINT.test(words)) return words;
  const spans: string[] = [];
  // A code span is shown as written: its content is set aside before any markup is read and put back last.
  // Markup that starts first wins, as Markdown reads it: a backtick inside a tag, a comment or an autolink opens no span.
  const masked = words.replace(PRIVATE_MARKS, '').replace(codeSpanOrEarlierMarkup(), (markup: string, ...rest: unknown[]) => {
    const { fence, ticks, body } = rest.at(-1) as { fence?: string; ticks?: string; body?: string };
    // A fence is marked apart from a span: a block ends with it, and a definition may follow it at once.
    if (fence !== undefined) return `\uE000${spans.push(markup) - 1}\uE002`;
    return ticks === undefined ? markup : `\uE000${spans.push(`${ticks}${body ?? ''}${ticks}`) - 1}\uE001`;
  });
  // A tag ends where HTML's tokenizer ends it: the `>` and `<` of a quoted value (`<span data-note=">" hidden>`) are the
  // value's, drawn apart so that no pattern below ends the tag there or reads a comment or a tag inside it.
  const bracketed = maskTagBrackets(masked);
  const uncommented = bracketed.includes('<!--') ? bracketed.replace(COMMENT, ' ') : bracketed;
  const unlinked = withoutLinkMarkup(/<[!?]/u.test(uncommented) ? uncommented.replace(BOGUS_COMMENT, ' ') : uncommented);
  // Where the text ends inside a tag (`<span title="x>qjs-regexp-7`), a browser draws nothing after its `<` and Markdown
  // draws it all: the words name only what both show.
  const drawn = drawnMarkup(unlinked, undefined, { unclosedTagHides: true }) ?? unlinked;
  // An inline tag is read past without a trace (`qjs-<b>regexp</b>-7`); a block or a line break parts words.
  const untagged = drawn.replace(TAG, (tag: string, name: string) => (BLOCK_OR_BREAK.has(name.toLowerCase()) ? '\n' : ''));
  const decoded = untagged.includes('&') ? decodeHtml(untagged) : untagged;
  const shown = spans.length === 0 ? decoded : decoded.replace(MASKED_SPAN, (_: string, at: string) => spans[Number(at)] ?? '');
  const rendered = markdownInline(shown);
  const readings = rendered === shown ? shown : `${shown}\n${rendered}`;
  // Explicit bidi controls reorder what a reader sees (`\u202Eqjs-regexp-7\u202C` shows 7-pxeger-sjq): names are read as displayed.
  return hasBidiControls(readings) ? displayedText(readings) : readings;
}

const MARKUP_HINT = /[<>&[\]`~\\_!*\u202A-\u202E\u2066-\u2069]/u;
const PRIVATE_MARKS = /[\uE000-\uE002]/gu;
/**
 * A code span as Markdown reads one: a run of backticks no backslash escapes (`\\`` is a backtick shown as text), to the
 * next run of as many, within one paragraph (a blank line ends it). Read more widely, a backtick escaped or left alone in
 * one paragraph paired with one further on and showed the markup between as written (`<span hidden>`, a comment).
 */
const CODE_SPAN = /(?=`)(?<!`)(?<!(?:^|[^\\])\\(?:\\\\)*)(?<ticks>`+)(?!`)(?<body>(?:[^\n]|\n(?![ \t\r]*(?:>[ \t\r]*)*\n))*?[^`])\k<ticks>(?!`)/u;
/** A comment, to its end or the text's (an unclosed one hides the rest); `<!-->` is read as opening one, hiding more. */
const COMMENT = /<!--[\s\S]*?(?:--!?>|$)/gu;
/** What HTML reads as a comment it never shows: a processing instruction, a declaration, CDATA (`<?x …?>`, `<!DOCTYPE …>`). */
const BOGUS_COMMENT = /<[!?][^>]*>?/gu;
const MASKED_SPAN = /\uE000(\d+)[\uE001\uE002]/gu;
/**
 * A tag, its name as HTML's tokenizer reads one: to white space, `/` or `>`, a `<` in it the name's (`<b<qjs-regexp-7>`
 * is one tag, drawn as nothing, and maskTagBrackets has drawn that `<` as `‹`).
 */
const TAG = /<\/?([A-Za-z][^\t\n\f\r />]*)(?:[\t\n\f\r /][^<>]*)?>/gu;
/**
 * A tag as CommonMark reads raw HTML, its quoted values holding `>` and backticks: markup a code span starting inside it
 * does not open (`<span title="`>`" hidden>`).
 */
const RAW_HTML_TAG = /<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>/u;
/**
 * A fenced code block, shown as written blank lines and all: from a line opening with three backticks or tildes to the
 * line closing it with as many, or to the end (an unclosed fence runs on). A backtick fence's info string holds no
 * backtick: ```` ```x``` ```` opening a line is a code span, and the line goes on as markup.
 */
const FENCED_CODE = /(?<![^\n])[ \t]{0,3}(?<fence>`{3,}(?![^`\n]*`)|~{3,})[^\n]*(?:\n[\s\S]*?)??(?:\n[ \t]{0,3}\k<fence>[`~]*[ \t\r]*(?=\n|(?![\s\S]))|(?![\s\S]))/u;
/** A fenced code block, a code span, or a comment, tag or autolink starting before one (found first, kept as written). */
const codeSpanOrEarlierMarkup = lazy(() => new RegExp([FENCED_CODE, COMMENT, BOGUS_COMMENT, AUTOLINK, RAW_HTML_TAG, TAG].map((r) => `(?:${r.source})`).concat(CODE_SPAN.source).join('|'), 'gu'));
const BLOCK_OR_BREAK: ReadonlySet<string> = new Set([
  'br', 'hr', 'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'td', 'th', 'table', 'pre', 'blockquote', 'section', 'article', 'header', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'details', 'summary', 'select', 'option', 'optgroup', 'textarea',
]);

/**
 * Markdown's link markup with what it does not show taken out: a reference definition (`[1]: url "title"`, and the
 * `[//]: # (comment)` idiom), an image, a link's target and title (its text kept), a footnote's label; an autolink
 * (`<https://…>`) shows its address.
 */
function withoutLinkMarkup(text: string): string {
  if (!/[[<]/u.test(text)) return text;
  // A reference is a link only where its label is defined: `[a][b]` with no `[b]:` is shown as written, brackets and all.
  const defined = new Set<string>();
  const footnotes = new Set([...text.matchAll(FOOTNOTE_DEFINITION)].map((m) => labelKey(m[1] as string)));
  let definitionsEnd = -1;
  const undefinedText = text.replace(referenceDefinition(), (line: string, at: number) => {
    // A definition cannot interrupt a paragraph: on the line after prose (`Flaky upstream:⏎[qjs-regexp-7]: https://…`) it
    // is that paragraph's text, shown as written.
    if (at !== definitionsEnd + 1 && continuesAParagraph(text, at, line)) return line;
    definitionsEnd = at + line.length;
    const label = /\[([^\]]+)\]:/u.exec(line)?.[1];
    if (label !== undefined) defined.add(labelKey(label));
    return '';
  });
  const isDefined = (label: string, text: string) => defined.has(labelKey(label === '' ? text : label));
  return undefinedText
    // A footnote's label is drawn as its number where the footnote is defined; undefined, it is text as written.
    .replace(FOOTNOTE_LABEL, (label: string, name: string) => (footnotes.has(labelKey(name)) ? ' ' : label))
    .replace(IMAGE, (image: string, alt: string, reference?: string) => {
      // An image draws a picture, never its text: with a target, or a reference (or its own text as one) that is defined.
      if (reference !== undefined) return isDefined(reference, alt) ? ' ' : image;
      return image.length > alt.length + 3 || defined.has(labelKey(alt)) ? ' ' : image;
    })
    .replace(INLINE_LINK, '$1')
    .replace(REFERENCE_LINK, (link: string, linked: string, label: string) => (isDefined(label, linked) ? linked : link))
    .replace(AUTOLINK, '$1');
}
/**
 * Whether a definition-like line at `at` goes on a paragraph: the line before it holds text, and is no heading, rule or
 * fence. One in a list item or a quote is read as a definition still (its block may start there).
 */
function continuesAParagraph(text: string, at: number, line: string): boolean {
  if (at === 0 || /^[ \t]*(?:>|[-*+][ \t]|\d{1,9}[.)][ \t])/u.test(line)) return false;
  const before = text.slice(text.lastIndexOf('\n', at - 2) + 1, at - 1);
  return before.trim() !== '' && !BLOCK_END_LINE.test(before) && !NO_PARAGRAPH_LINE.test(before);
}
/**
 * A line that is no paragraph's: HTML (a `<script>` or `<pre>` block ends on its line, a new block may follow) or an
 * indented code line (`    log`) a definition ends. Read as prose, the definition after it was shown and named.
 */
const NO_PARAGRAPH_LINE = /^(?:[ ]{0,3}<|[ ]{4}|[ ]{0,3}\t)/u;
/** A line after which a new block starts: an ATX heading, a thematic break or setext underline, a code fence (masked or not). */
const BLOCK_END_LINE = /^[ \t]{0,3}(?:#{1,6}(?:[ \t]|$)|(?:[-=*_][ \t]*){3,}$|`{3,}|~{3,})|\uE002[ \t\r]*$/u;
/** A reference label as Markdown matches it: case and runs of white space aside. */
const labelKey = (label: string): string => label.trim().replace(/\s+/gu, ' ').toLowerCase();
/** A line break that does not end the block: no blank line follows (in a quote, none holding only its `>`). */
const LINE_GOES_ON = String.raw`\n(?![ \t\r]*(?:>[ \t\r]*)*\n)(?:[ \t]*>[ \t]?)*`;
/** Brackets holding text and one level of nested brackets (`[a [b] c]`). */
const BRACKETED = String.raw`\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]`;
/** A link's destination and title in parentheses, with one level of nested parentheses (`(a_(b) "t")`). */
const DESTINATION = String.raw`\((?:\\[\s\S]|[^()\\]|\((?:\\[\s\S]|[^()\\])*\))*\)`;
/**
 * A reference definition on a line of its own, in a quote or a list item too: a label, a target, and a title at most
 * (`[1]: qjs-regexp-7 "title"`); `[qjs-regexp-1]: flaky upstream` is text, its words after the target no title. Its
 * label, its target and its title may each go on over the next line (`[1]:⏎qjs-regexp-7`, `[1]: url⏎"qjs-regexp-7"`), a
 * title over several, as long as no blank line comes between: read one line only, the rest was shown words that name.
 */
const referenceDefinition = lazy(
  () =>
    new RegExp(
      String.raw`^(?:[ \t]*>[ \t]?|[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)*[ \t]{0,3}\[(?!\^)(?:[^\]\n]|${LINE_GOES_ON})+\]:[ \t]*(?:${LINE_GOES_ON}[ \t]*)?` +
        String.raw`(?:<[^<>\n]*>|[^\s<>]+)(?:(?:[ \t]+|[ \t]*${LINE_GOES_ON}[ \t]*)(?:"(?:[^"\n]|${LINE_GOES_ON})*"|'(?:[^'\n]|${LINE_GOES_ON})*'|\((?:[^()\n]|${LINE_GOES_ON})*\)))?[ \t]*$`,
      'gmu',
    ),
);
const FOOTNOTE_LABEL = /\[\^([^\]\s]*)\]:?/gu;
const FOOTNOTE_DEFINITION = /^[ \t]{0,3}\[\^([^\]\s]+)\]:/gmu;
const IMAGE = new RegExp(String.raw`!${BRACKETED}(?:${DESTINATION}|\[([^\]\n]*)\])?`, 'gu');
const INLINE_LINK = new RegExp(`${BRACKETED}${DESTINATION}`, 'gu');
const REFERENCE_LINK = new RegExp(String.raw`${BRACKETED}\[([^\]\n]*)\]`, 'gu');
const AUTOLINK = /<((?:[A-Za-z][A-Za-z0-9+.-]{1,31}:|[^\s<>@]+@)[^\s<>]*)>/gu;

/**
 * Markdown's inline reading: backslash escapes of punctuation, emphasis by underscores (intraword ones are text), and
 * stars that pair around letters or digits inside a word (`qjs-regexp-*7*` shows qjs-regexp-7, 7 in italics).
 */
function markdownInline(text: string): string {
  return text.replace(BACKSLASH_ESCAPE, '$1').replace(UNDERSCORE_EMPHASIS, '$1$3').replace(STARS_INSIDE_A_WORD, (_: string, _a, inner?: string, _b?: string, other?: string) => inner ?? other ?? '');
}
/** Stars paired around a run that starts and ends with a letter or digit, touching a name on one side at least. */
export const STARS_INSIDE_A_WORD = /(?<=[\p{L}\p{N}_.:/-])(\*{1,3})([\p{L}\p{N}](?:[^*\s]*[\p{L}\p{N}])?)\1|(\*{1,3})([\p{L}\p{N}](?:[^*\s]*[\p{L}\p{N}])?)\3(?=[\p{L}\p{N}_.:/-])/gu;
const BACKSLASH_ESCAPE = /\\([!-/:-@[-`{-~])/gu;
const UNDERSCORE_EMPHASIS = /(^|[^\p{L}\p{N}_])(_{1,3})(?=[^\s_])((?:[^_\n]|(?<=[\p{L}\p{N}])_(?=[\p{L}\p{N}]))*?[^\s_])\2(?![\p{L}\p{N}_])/gu;
