/**
 * Markdown for text that came from evidence or config (finding messages, expected/actual values,
 * paths, waiver fields, gate details). Such text must render as itself: never a table cell split by
 * `|`, an HTML comment (`<!--`) that hides the rest of the report, a heading, a link or image, a code
 * fence that closes early, a carriage return that rewrites a terminal line, or an ANSI escape.
 *
 * - {@link mdInline}: one line of plain text; control and invisible format characters shown as
 *   `\u{…}`, every markdown-active ASCII punctuation mark backslash-escaped (CommonMark §2.4).
 * - {@link mdCode}: an inline code span whose fence is longer than any backtick run inside, `|`
 *   escaped for GFM tables.
 * - {@link mdFence}: the backtick fence for a code block that no line of `body` can close.
 */

/** C0/C1 controls (ESC, CR, NUL, DEL…), line/paragraph separators and invisible format characters (bidi overrides…). */
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\p{Cf}]/gu;

/**
 * Punctuation that could make text more than text: code spans (`), emphasis (*), links and images
 * ([ ] !), raw HTML and autolinks (< >), table cells (|), entities (&), strikethrough (~) and
 * escapes (\\). Escaped with a backslash wherever it stands. GFM turns bare URLs into
 * links after escapes are resolved, so `scheme://` and `www.` are defanged to `scheme[:]//`, `www[.]`. (`_` emphasis is cosmetic and
 * left alone, so ids like `no_phantom_entries` stay readable in the raw file.)
 */
const ACTIVE = /[\\`*[\]<>|!&~]/g;
/** At the start of the text, a heading, list item or setext underline marker (`>` is in ACTIVE). */
const LEADING = /^(\s*)([#+\-=])/;
const LEADING_ORDERED = /^(\s*\d+)([.)])/;

/** Line breaks become a space; every other hidden character is shown as `\u{hex}`. */
export function showHidden(text: string): string {
  return text.replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ').replace(HIDDEN, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}

/** Plain text, one line, rendered literally by CommonMark/GFM (also inside a table cell). */
export function mdInline(text: string): string {
  return showHidden(text).replace(ACTIVE, (c) => `\\${c}`).replace(LEADING, '$1\\$2').replace(LEADING_ORDERED, '$1\\$2').replace(/([A-Za-z0-9]):\/\//g, '$1\\[:\\]//').replace(/\b(www)\./gi, '$1\\[.\\]');
}

/** An inline code span holding `text` literally (one line; `|` escaped for GFM tables). */
export function mdCode(text: string): string {
  // GFM splits table cells at a `|` even inside a code span, and a backslash before it cannot be
  // escaped there: such text is rendered as escaped plain text instead.
  if (text.includes('|')) return mdInline(text);
  const value = showHidden(text);
  const longest = Math.max(0, ...[...value.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') || value === '' ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

/** A fence of backticks longer than any backtick run in `body` (at least three). */
export function mdFence(body: string): string {
  const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}
