/**
 * Hollow documents: a document that parses but proves nothing because every leaf in it is null,
 * an empty collection, a blank string or a placeholder (`""`, `"TODO"`, `"${X}"`, `{"a":null}`,
 * `[[],{}]`, `{"a":{"b":[]}}`, YAML `~`, TOML holding only empty tables). Keys carry no content:
 * `{"result": null}` is as hollow as `null`.
 *
 * The walk is iterative (an explicit stack, never recursion), so no nesting depth can overflow the
 * call stack, and it stops at the first leaf that carries content. Numbers, booleans and dates are
 * content (a `0` or `false` is a statement); strings are content unless {@link classifyText} calls
 * them blank or a placeholder.
 */
import { VOID_ELEMENTS } from '../text/html-tags.js';
import { ENVELOPE_HOLDER_NAMES, ENVELOPE_NAMES, LINEAGE_NAME_HEADS, LINEAGE_NAME_NOUNS, LINEAGE_NAMES_ALONE } from '../sdk/status-vocabulary.js';
import { lazy } from '../util/lazy.js';
import { AS_DRAWN, caseFoldedKey, classifyText, decodeHtml, isBlank, maskAttributeBrackets, placeholderReason, placeholderWordsIn, superscriptsAsFootnotes, withoutLineComments } from '../util/text-classes.js';
import { isMap, parseDocument } from 'yaml';
import { attributeValue, cssDeclarations, cssDirection, cssOverrides, cssPlain, drawnMarkup, sheetEffects, undrawnElement } from '../text/drawn.js';
import { displayedText, firstStrongDirection, hasBidiControls, hasRightToLeftLetter, logicalText } from '../text/bidi.js';

/**
 * Top-level fields that say which document, run and commit a file is (its envelope), not what the run found. A producer
 * that died after writing them leaves `{"schema": …, "generated_at": …, "results": []}`: strings, so content, to a walk
 * that does not know the envelope. Read as a class (red team zi, session 45), never as a fixed list of spellings: any
 * name of {@link ENVELOPE_NAMES} in any case or spelling (`schema_id`, `Schema`, `schemaId`, `format-version`, `commit`,
 * `sha`, `revision`), `kind` beside an `apiVersion` (a Kubernetes-style stamp), and a `metadata`, `meta` or `_meta`
 * object that holds only such names (and unset fields). A `metadata` holding anything else (a Kubernetes object's `name`, `labels`) is
 * content, as `spec` and `status` are. `version: false` leaves out a bare `version` (a package manifest's version is what
 * it is about, so a rule on it is one on content).
 */
export function envelopeKeysOf(value: Readonly<Record<string, unknown>>, { version = true }: { version?: boolean } = {}): string[] {
  const keys = Object.keys(value);
  const names = keys.map(envelopeName);
  const kubernetes = names.includes('apiversion');
  return keys.filter((key, i) => {
    const name = names[i] as string;
    if (name === 'version' && !version) return false;
    if (ENVELOPE_NAMES.has(name) || (kubernetes && name === 'kind')) return true;
    return ENVELOPE_HOLDER_NAMES.has(name) && holdsEnvelopeOnly(value[key]);
  });
}

/**
 * The fields of a document that point at another release or run of its subject and are unset (`previous_version: null`,
 * `parentCommit: null`, `previous_run_id`, `supersedes: null`; {@link LINEAGE_NAME_HEADS}): a first release's manifest `{version, commit,
 * previous_version: null}` says there is no earlier one. Set aside beside an envelope, they leave the envelope alone,
 * which is content, rather than a payload every value of which is hollow (helper rf, session 46). Only `null`: an empty
 * list, a blank or a placeholder there is a field left unfilled.
 */
export function unsetLineageKeysOf(value: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(value).filter((key) => value[key] === null && key.length <= 60 && LINEAGE_NAME().test(envelopeName(key)));
}
const LINEAGE_NAME = lazy(() => {
  const alt = (words: readonly string[]) => words.map((w) => w.replace(/[^a-z]/gu, '')).join('|');
  return new RegExp(`^(?:(?:${alt(LINEAGE_NAME_HEADS)})(?:${alt(LINEAGE_NAME_NOUNS)}){1,2}s?|${alt(LINEAGE_NAMES_ALONE)})$`, 'u');
});

/** A key name in the form envelope names are compared in: case folded, look-alike letters read, `_`, `-`, spaces gone. */
const envelopeName = (key: string) => caseFoldedKey(key).replace(/[_\s-]/g, '');

/**
 * An object of envelope fields alone (`metadata: {schema, run_id}`), at least one. A field left unset there
 * (`parent_run_id: null`, `labels: null`: a first run's record) says nothing, so it neither makes the object a payload
 * nor counts as its envelope (red team rn, session 46: it had made the schema and run id the document's content).
 */
function holdsEnvelopeOnly(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date) return false;
  const set = Object.entries(value).filter(([, v]) => v !== null);
  return set.length > 0 && set.every(([k]) => ENVELOPE_NAMES.has(envelopeName(k)));
}

/** Nodes visited at most; a document this large that held no content so far is judged on what was seen. */
const MAX_NODES = 5_000_000;

/** Why a leaf holds nothing, or undefined when it carries content. */
function hollowLeaf(value: unknown): string | undefined {
  if (value === null || value === undefined) return 'null';
  // NaN and ±infinity (TOML `nan`, `inf`) measure nothing.
  if (typeof value === 'number' && !Number.isFinite(value)) return `the number ${String(value)}`;
  if (typeof value === 'string') {
    const cls = classifyText(value);
    if (cls === 'blank') return value === '' ? 'an empty string' : 'a blank string (only whitespace or invisible characters)';
    if (cls === 'placeholder') return `the placeholder ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)} (${placeholderReason(value) ?? 'placeholder'})`;
    return undefined;
  }
  return undefined;
}

function isCollection(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && !ArrayBuffer.isView(value);
}

function children(value: Record<string, unknown> | unknown[]): unknown[] {
  return Array.isArray(value) ? value : Object.values(value);
}

/**
 * Why `value` holds nothing, in words, or undefined when some leaf carries content. Top-level `null`,
 * `[]` and `{}` keep their plain names; a nested hollow document is described by its first hollow
 * leaf (JSON-pointer-like path).
 */
export function hollowReason(value: unknown): string | undefined {
  return hollowness(value)?.reason;
}

/**
 * How a document holds nothing: `placeholder` when a placeholder is among its leaves (it was filled in with a
 * stand-in), `empty` when they are all null, empty or blank; undefined when some leaf carries content. The same walk
 * and the same meaning of content as {@link hollowReason}.
 */
export function hollowKind(value: unknown): 'placeholder' | 'empty' | undefined {
  const found = hollowness(value);
  return found === undefined ? undefined : found.placeholder ? 'placeholder' : 'empty';
}

function hollowness(value: unknown): { reason: string; placeholder: boolean } | undefined {
  if (isCollection(value)) {
    const top = children(value);
    if (top.length === 0) return { reason: Array.isArray(value) ? 'an empty array []' : 'an empty object {}', placeholder: false };
  } else {
    const why = hollowLeaf(value);
    return why === undefined ? undefined : { reason: why, placeholder: typeof value === 'string' && classifyText(value) === 'placeholder' };
  }
  const stack: [unknown, string][] = [[value, '']];
  let first: string | undefined;
  let placeholder = false;
  let visited = 0;
  while (stack.length > 0) {
    const [node, at] = stack.pop() as [unknown, string];
    if (++visited > MAX_NODES) break;
    if (isCollection(node)) {
      const entries: [string, unknown][] = Array.isArray(node) ? node.map((v, i) => [String(i), v]) : Object.entries(node);
      if (entries.length === 0) {
        first ??= `${at || '/'} is ${Array.isArray(node) ? '[]' : '{}'}`;
        continue;
      }
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown];
        stack.push([child, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`]);
      }
      continue;
    }
    const why = hollowLeaf(node);
    if (why === undefined) return undefined;
    if (typeof node === 'string' && !placeholder) placeholder = classifyText(node) === 'placeholder';
    first ??= `${at} is ${why}`;
  }
  return { reason: `every value in it is null, empty, blank or a placeholder (${first ?? 'no leaf'})`, placeholder };
}

/** True when {@link hollowReason} finds the document hollow. */
export function isHollow(value: unknown): boolean {
  return hollowReason(value) !== undefined;
}

/** How a text artifact is read: Markdown and HTML are judged on what they show (see {@link shownMarkup}). */
export type TextMarkup = 'markdown' | 'mdx' | 'html' | 'plain' | 'markup';

/**
 * Why a whole text artifact is placeholders only (`TODO`, `${REPORT}`, `N/A`, one per line, blank
 * lines between), or undefined. One line with anything real in it makes it content: a real report
 * may quote a template somewhere. Blank text is the reader's `empty` already. A Markdown or HTML
 * artifact is judged on the text it shows: one whose every line is a comment (`<!-- notes go here -->`),
 * a link reference definition (`[//]: # (notes)`) or an empty element shows nothing, and a comment
 * beside a `TODO` line does not make the `TODO` content.
 */
export function hollowTextReason(text: string, markup: TextMarkup = 'plain'): string | undefined {
  // A man page (roff) is read as man draws it: comments and layout requests show nothing, `.SH` titles, escapes vanish.
  const roff = markup === 'markup' && ROFF_START.test(text);
  const rendered = markup === 'markdown' || markup === 'mdx' || markup === 'html' || roff;
  const judged = roff ? shownRoff(text) : rendered ? shownMarkup(text, markup) : text;
  const all = judged.split(/\r\n|\r|\n|\u2028|\u2029/u).map((l) => l.trim());
  // Titles (headings, a disclosure's summary) title what is under them in every rendered text, HTML pages included.
  const markdown = rendered;
  const written = linesReason(all, all, markdown);
  if (written !== undefined) return written;
  if (all.every((l) => isBlank(l))) return rendered && !isBlank(text) ? 'it shows nothing once rendered: only comments, front matter, link reference definitions, empty elements or invisible characters' : undefined;
  const displayed = rightToLeftLines(all);
  const why = displayed === undefined ? undefined : linesReason(all, displayed, markdown);
  if (why !== undefined) return `${why}, as a right-to-left paragraph displays it (dir="auto")`;
  const sheet = rendered && !roff ? styleSheetDirection(text) : undefined;
  const laid = sheet === undefined ? undefined : styledLines(all, shownMarkup(text, markup, true).split(/\r\n|\r|\n|\u2028|\u2029/u), sheet);
  const styled = laid === undefined ? undefined : linesReason(all, laid, markdown);
  if (styled !== undefined) return `${styled}, as a style sheet that may set direction or unicode-bidi lays it out`;
  if (markup === 'markup' && !roff) return commentedMarkupReason(text);
  if (!rendered || roff) return undefined;
  // An element that sets a direction may take it from a hidden element's letters (`<bdo dir=auto><span hidden>א</span>DBT`
  // shows "TBD"): where a page lays text out by direction, it is judged without its hidden elements too.
  const directedAndHidden = hasBidiControls(judged) && /hidden|display/iu.test(text);
  if (directedAndHidden) {
    const drawn = withoutHidden(shownMarkup(text, markup, false, true)).split(/\r\n|\r|\n|\u2028|\u2029/u).map((l) => l.trim());
    const unhidden = drawn.every((l) => isBlank(l)) ? undefined : linesReason(drawn, drawn, markdown);
    if (unhidden !== undefined) return `${unhidden}, with its hidden elements not drawn`;
  }
  // The directions of a page with hidden elements were read just above, as a browser reads them (hidden letters count for
  // `dir=auto`): the drawn reading below need not lay its elements out again, a second pass of that cost.
  return drawnTextReason(text, markup, !directedAndHidden);
}

/**
 * A markup text the gate does not render (reStructuredText, AsciiDoc…) read without its comments (red team wd):
 * `.. Fixed a crash.` over `TBD` in a `.rst`, `// Fixed a crash.` or a `////` block in a `.adoc` show only `TBD`.
 */
function commentedMarkupReason(text: string): string | undefined {
  const uncommented = withoutLineComments(text);
  if (uncommented === text.replace(/\r\n?/gu, '\n')) return undefined;
  const lines = uncommented.split('\n').map((l) => l.trim());
  if (lines.every((l) => isBlank(l))) return 'it shows nothing once its comments are left out';
  const why = linesReason(lines, lines, false);
  return why === undefined ? undefined : `${why}, once its comments (reStructuredText, AsciiDoc) are left out`;
}

/**
 * Why a page is placeholders only as it is drawn ({@link drawnMarkup}): hidden and struck-out elements left out, text a
 * style sheet generates put in (`<span hidden>Fixed a crash.</span>TBD`, `<del>2026-03-01</del> TBD`). A page whose
 * drawn text is real passes however much it hides (skip links, screen-reader-only labels).
 */
function drawnTextReason(text: string, markup: TextMarkup, directed: boolean): string | undefined {
  // What the reading as shown leaves out already (comments, `<style>`, `<script>`, `<template>`) is no second reading:
  // only a page that hides, strikes or generates more is read again.
  const undrawn = drawnMarkup(text.replace(UNSHOWN, blankedOut), sheetEffects(text));
  if (undrawn === undefined) return undefined;
  const drawn = shownMarkup(undrawn, markup, false, false, directed).split(/\r\n|\r|\n|\u2028|\u2029/u).map((l) => l.trim());
  if (drawn.every((l) => isBlank(l))) return `it shows nothing ${AS_DRAWN}`;
  const why = linesReason(drawn, drawn, true);
  return why === undefined ? undefined : `${why}, ${AS_DRAWN}`;
}

/**
 * What a page's style sheets may set of the layout direction: `direction` (an embedding) and `unicode-bidi` (an override),
 * in a `<style>` block (CSS escapes and comments read through, character references too, as SVG's `<style>` reads
 * them, in any case); a style sheet read from elsewhere (`<link rel=stylesheet>`, `@import`, `<?xml-stylesheet?>`) may
 * set both. Undefined when none may set either. Its selectors are not matched (rz4's matching of every rule against every
 * tag was quadratic): any element may be the one laid out.
 */
function styleSheetDirection(text: string): { direction: boolean; override: boolean } | undefined {
  if (!/<style|<link|<meta|xml-stylesheet/iu.test(text)) return undefined;
  let direction = false;
  let bidi = false;
  for (const m of text.matchAll(STYLE_SOURCE)) {
    if (m[1] === undefined) {
      if (m[0].startsWith('<?') || /stylesheet/iu.test(m[0].includes('&') ? decodeHtml(m[0]) : m[0])) return { direction: true, override: true };
      continue;
    }
    const css = cssPlain(m[1].includes('&') ? decodeHtml(m[1]) : m[1]);
    if (css.includes('@import')) return { direction: true, override: true };
    direction ||= css.includes('direction');
    bidi ||= css.includes('unicode-bidi');
  }
  if (!direction && !bidi) return undefined;
  // A direction alone overrides where the element overrides by itself (`<bdo>`, an override in a style or SVG attribute).
  return { direction, override: bidi || /<bdo\b|bidi|override|\\/iu.test(text) };
}
/** How a line may be laid out by a style sheet ({@link styledLines}); `marked` is the line with its tags' places, when known. */
function sheetReadings(line: string, marked: string | undefined, sheet: { direction: boolean; override: boolean }): string[] {
  const runs = marked === undefined ? [] : [logicalText(marked).split(RUN_MARK)];
  // A line of left-to-right letters alone (most of a page) is reversed by an override and left in its order by an
  // embedding, read here without the bidi algorithm: a page of lines costs what reading it as written does.
  if (!hasBidiControls(line) && !hasRightToLeftLetter(line)) {
    return sheet.override ? [reversed(line), ...runs.map((r) => r.map(reversed).join('').trim())] : [];
  }
  const readings: string[] = [];
  // The sheet may set the direction of the elements that set their own too (`bdo, [dir] { direction: rtl }`): their
  // controls are read as given, and as gone.
  for (const base of new Set([line, logicalText(line)])) {
    if (sheet.override) readings.push(`\u202E${base}\u202C`);
    if (sheet.direction) readings.push(`\u202B${base}\u202C`);
  }
  if (sheet.override) readings.push(...runs.map((r) => r.map((run) => (isBlank(run) ? run : `\u202E${run}\u202C`)).join('').trim()));
  return readings;
}
/** Left-to-right text as a right-to-left override draws it: reversed, its brackets mirrored (rule L4). */
const reversed = (text: string): string => [...text].reverse().map((c) => MIRRORED[c] ?? c).join('');
const MIRRORED: Readonly<Record<string, string>> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '\u00AB': '\u00BB', '\u00BB': '\u00AB' };

/** A `<style>` block (to its end tag, or the text's end), a `<link>` or `<meta>` tag, or an XML style sheet instruction. */
const STYLE_SOURCE = /<style\b[^>]*>([\s\S]*?)(?:<\/style\s*>|$)|<(?:link|meta)\b[^<>]*>|<\?xml-stylesheet\b/giu;

/**
 * `all` (trimmed lines) with each line that no reading shows as anything but a placeholder replaced by the reading that
 * shows one, as a style sheet may lay the page out: every element overridden right to left (the line reversed), only
 * the innermost ones (each run between tags reversed in its place, from `marked`, the same lines with {@link RUN_MARK}
 * where tags stood), or embedded right to left. Undefined when a line that is neither blank nor a title reads as
 * content every way (one real line ends the walk, as for the text as written).
 */
function styledLines(all: readonly string[], marked: readonly string[], sheet: { direction: boolean; override: boolean }): string[] | undefined {
  const aligned = marked.length === all.length;
  const out = [...all];
  for (let k = 0; k < all.length; k++) {
    const line = all[k] as string;
    if (isBlank(line) || placeholderReason(line) !== undefined) continue;
    const readings = sheetReadings(line, aligned ? (marked[k] as string) : undefined, sheet);
    const shown = readings.find((r) => placeholderReason(r) !== undefined);
    if (shown !== undefined) out[k] = shown;
    else if (!isTitleLine(line, all[k + 1] ?? '')) return undefined;
  }
  return out;
}

/**
 * Why `lines` (trimmed, as written) are placeholders or titles only, judging each line's words as `shown` (the same
 * lines, in the order a reader may see them) and its part (a heading, a table's header) as written.
 */
function linesReason(all: readonly string[], shown: readonly string[], markdown: boolean): string | undefined {
  const kept = (_: string, k: number) => !isBlank(all[k] as string);
  const lines = shown.filter(kept);
  if (lines.length === 0) return undefined;
  // Headings title the text under them: a body of placeholders under a title (`# Release notes` / `TODO`) is as hollow
  // as the placeholders alone, and titles over nothing (`# Release notes` / `## 0.4.0`) are a stub's outline.
  const whole = placeholderLinesReason(lines);
  if (whole !== undefined || !markdown) return whole;
  const body = shown.filter((l, k) => kept(l, k) && !isTitleLine(all[k] as string, all[k + 1] ?? ''));
  if (body.length === 0) {
    const titles = all.filter(kept).filter((l) => !SETEXT_UNDERLINE.test(l) && !TABLE_DELIMITER.test(l));
    const first = all.find((l) => !isBlank(l)) as string;
    return `it shows only ${titles.length === 1 ? 'a heading' : `${titles.length} headings`} (${JSON.stringify(titles[0] ?? first)}${titles.length === 1 ? '' : ', …'}) and no text under ${titles.length === 1 ? 'it' : 'any of them'}`;
  }
  if (body.length === lines.length) return undefined;
  const why = placeholderLinesReason(body);
  return why === undefined ? undefined : `${why}, under its headings`;
}

/**
 * `all` (trimmed lines) with every line of a paragraph whose first strong letter is right to left laid out right to
 * left, as `dir="auto"` on the paragraph's element does (GitHub puts it on every block): the element takes its direction
 * from its first strong letter, on whichever line, so `\u200F` alone on a line sets the next line's too. A paragraph
 * is lines between blank ones. Undefined when no line changes.
 */
function rightToLeftLines(all: readonly string[]): string[] | undefined {
  if (!all.some(hasRightToLeftLetter)) return undefined;
  const out = [...all];
  let changed = false;
  for (let start = 0; start < all.length; ) {
    let end = start;
    while (end < all.length && all[end] !== '') end++;
    let direction: 'ltr' | 'rtl' | undefined;
    for (let k = start; k < end && direction === undefined; k++) direction = firstStrongDirection(all[k] as string);
    if (direction === 'rtl') {
      for (let k = start; k < end; k++) {
        // A line right to left by its own first letter is read so by the line's own judge (placeholderReason); one with no
        // right-to-left letter or bidi control keeps its words in order (only its edge punctuation moves).
        const line = all[k] as string;
        if ((!hasRightToLeftLetter(line) && !hasBidiControls(line)) || firstStrongDirection(line) === 'rtl') continue;
        const shown = displayedText(all[k] as string, 'rtl');
        changed ||= shown !== all[k];
        out[k] = shown;
      }
    }
    start = end + 1;
  }
  return changed ? out : undefined;
}

/** A text whose first line is a roff request or comment (`.TH`, `.Dd`, `.ds`, `.\"`, `'\"`): a man page (as rendered.ts reads it). */
const ROFF_START = /^\uFEFF?\s*[.']\s*(?:\\"|(?:TH|Dd|Dt|de|ds|so)\b)/u;
/** A roff comment line (`.\" x`, `'\" x`, `.\# x`) or a request that draws no text of its own (layout, definitions). */
const ROFF_SILENT = /^[.']\s*(?:\\["#].*|(?:PP|LP|P|br|sp|nf|fi|ad|na|hy|nh|ne|in|ti|ft|ps|vs|ds|de|as|am|rm|rn|nr|so|ig|ll|pl|bp|ce|RS|RE|HP|TP|IP|Pp|Bl|El|Bd|Ed|Os|Dt|Dd|EX|EE|UE|ME|\.)\b.*|)$/u;
/** A roff section or page title (`.TH`, `.SH`, `.SS`, mdoc's `.Sh`, `.Ss`): drawn as a heading. */
const ROFF_HEADING = /^[.']\s*(?:TH|SH|SS|Sh|Ss)\b\s*(.*)$/u;
/** Another request with words (`.B TODO`, `.Nm tool`, `.It x`): its words are drawn. */
const ROFF_REQUEST = /^[.']\s*[A-Za-z][A-Za-z0-9]{0,2}\b\s*(.*)$/u;
/** Font and size changes and zero-width escapes, drawn as nothing; the dashes drawn as one. */
const ROFF_ESCAPE = /\\(?:f(?:\(..|\[[^\]\s]*\]|[A-Za-z0-9])|s[+-]?\d|[&:%c)/,|^])/gu;

/** The text a man page shows, line by line: headings as Markdown headings (`# NAME`), silent requests and escapes gone. */
function shownRoff(text: string): string {
  return text
    .replace(/^\uFEFF/u, '')
    .split(/\r\n|\r|\n/u)
    .map((line) => {
      const l = line.trim();
      if (ROFF_SILENT.test(l)) return '';
      const heading = ROFF_HEADING.exec(l);
      if (heading !== null) return `# ${heading[1] ?? ''}`;
      const request = ROFF_REQUEST.exec(l);
      return (request !== null ? (request[1] ?? '') : l).replace(ROFF_ESCAPE, '').replace(/\\-/gu, '-').replace(/^"(.*)"$/u, '$1');
    })
    .join('\n');
}

/** A Markdown ATX heading (`## v1.2`), or a setext underline (`===`, `---`) that makes the line above it one. */
// Inside a block quote or a list item too (`> ## 0.4.0`, `- # Release notes`): still a heading (red team hl).
const ATX_HEADING = /^(?:>\s*)*(?:(?:[-*+]|\d{1,9}[.)])\s+)?#{1,6}(?:\s|$)/u;
// One `-` is a list item left empty more often than an underline: it stays a line.
const SETEXT_UNDERLINE = /^(?:=+|-{2,})$/u;
/** A GFM table's delimiter row (`|---|:--:|`, `--- | ---`): the line above it is the table's header row, column titles. */
const TABLE_DELIMITER = /^(?=[^|]*\|)\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/u;
/** A table of contents entry: a list item that is only a link to a heading of the same page (`- [From 0.3](#from-03)`). */
const CONTENTS_ENTRY = /^(?:[-*+]|\d{1,9}[.)])\s+\[[^\]]*\]\(#[^)\s]*\)$/u;
/** An HTML heading in Markdown (`<h2 id="v1">1.0</h2>`): a heading as `## 1.0` is, read as one on a line of its own. */
const HTML_HEADING_OPEN = /<(h[1-6])\b[^<>]*>/giu;
/**
 * An HTML table, read row by row: column titles over no rows, or over rows that show nothing, title nothing, as a GFM
 * header row over its delimiter row alone does ({@link TABLE_DELIMITER}).
 */
const HTML_TABLE_OPEN = /<(table)\b[^<>]*>/giu;
const headerOnlyTable = (_table: string, inner: string): string => inner.split(TABLE_ROW).map(tableRow).join('');
/**
 * A table's row as a GFM table's is read: a row of header cells only (or the caption) titles (a heading line), any other row is a line of
 * its own, so header cells over empty or placeholder rows (`<td>&nbsp;</td>`, `<td>TBD</td>`) are a title over nothing.
 */
const TABLE_ROW = /<tr\b[^<>]*>/giu;
const tableRow = (row: string): string => {
  if (/<(?:th|caption)\b/iu.test(row) && !/<td\b/iu.test(row)) return headingLine(row);
  // Data cells parted by bars, as a GFM row is (`| Release date | TBD |`): a cell is no word of the next cell's label.
  if (!/<th\b/iu.test(row)) return `\n${dataCells(row).replace(/[\r\n\u2028\u2029]+/gu, ' ')}\n`;
  // A row's header cell (`<tr><th>Version</th><td>TBD</td>`) titles its data cells as a `<dt>` titles its `<dd>`s (red team rz2).
  const cells = row.split(TABLE_CELL);
  const data = cells.filter((c) => !/^<th/iu.test(c)).join(' ');
  return cells.filter((c) => /^<th/iu.test(c)).map((c) => headingLine(c.replace(/^<th[^<>]*>/iu, ''))).join('') + `\n${data.replace(/[\r\n\u2028\u2029]+/gu, ' ')}\n`;
};
const TABLE_CELL = /(?=<t[hd](?![A-Za-z0-9-])[^<>]*>)/iu;
const dataCells = (row: string): string => {
  const parts = row.split(TABLE_CELL);
  const cells = parts.filter((c) => /^<t[hd]/iu.test(c));
  if (cells.length < 2) return row;
  // The cell tags go too: a block's tag would break the row into lines again.
  const text = (c: string) => c.replace(/<\/?(?:t[hdr]|tbody|thead|tfoot)\b[^<>]*>/giu, '');
  return `${parts.filter((c) => !cells.includes(c)).join('')}| ${cells.map(text).join(' | ')} |`;
};
/**
 * An HTML description list, read term by term: a `<dt>` titles the `<dd>`s under it as a header cell titles its column,
 * so terms over blank or placeholder definitions (`<dt>Version</dt><dd>TBD</dd>`) are titles over nothing, not one line
 * `Version TBD`. Either end tag may be left out (HTML closes a `<dt>` or `<dd>` at the next one), so each opens a part.
 */
const HTML_DL_OPEN = /<(dl)\b[^<>]*>/giu;
const DL_PART = /(?=<d[td](?![A-Za-z0-9-])[^<>]*>)/iu;
const descriptionList = (_list: string, inner: string): string => inner.split(DL_PART).map(listPart).join('');
/** A term titles, unless it says something itself (as a disclosure's label may: {@link isStatement}); a definition is a line. */
const listPart = (part: string): string => {
  const term = /^<dt/iu.test(part) ? part.replace(/^<dt[^<>]*>/iu, '') : undefined;
  return term !== undefined && !isStatement(term) ? headingLine(term) : `\n${part.replace(/[\r\n\u2028\u2029]+/gu, ' ')}\n`;
};
/**
 * An element ARIA makes a heading (`<div role="heading" aria-level="1">`): what a screen reader and the page's outline
 * announce as a heading is one, whatever element carries it. A class (`<p class="title">`) is styling, not a heading.
 */
// A `/` parts attributes as a space does (`<div/role="heading">`).
const ROLE_OPEN = /<([A-Za-z][A-Za-z0-9-]*)\b[^<>]*?[\s/]role\s*=[^<>]*>/giu;
/**
 * WAI-ARIA 1.2's concrete roles (abstract ones such as `section` or `landmark` are no role an author may give), with
 * the DPUB and Graphics modules' prefixes: a role list's first of these is the element's role.
 */
const ARIA_ROLES: ReadonlySet<string> = new Set(
  ('alert alertdialog application article banner blockquote button caption cell checkbox code columnheader combobox comment complementary ' +
    'contentinfo definition deletion dialog directory document emphasis feed figure form generic grid gridcell group heading img image insertion ' +
    'link list listbox listitem log main mark marquee math menu menubar menuitem menuitemcheckbox menuitemradio meter navigation none note option ' +
    'paragraph presentation progressbar radio radiogroup region row rowgroup rowheader scrollbar search searchbox separator slider spinbutton status ' +
    'strong subscript superscript suggestion switch tab table tablist tabpanel term textbox time timer toolbar tooltip tree treegrid treeitem').split(' '),
);
const MODULE_ROLE = /^(?:doc|graphics)-[a-z]+$/u;

/**
 * The role a start tag gives its element, as WAI-ARIA reads the `role` attribute: a list of tokens parted by whitespace,
 * the first one that names a concrete role wins (`role="foo heading"` is a heading, `role="button heading"` a button);
 * the first `role` attribute only, as HTML keeps the first of a repeated attribute.
 */
export function ariaRole(startTag: string): string | undefined {
  const value = attributeValue(startTag.replace(/^<[A-Za-z][A-Za-z0-9-]*/u, '').replace(/\/?>$/u, ''), 'role');
  // HTML's whitespace (space, tab, line breaks, form feed) parts the tokens; a role is matched without case.
  return value?.toLowerCase().split(/[\t\n\f\r ]+/u).find((token) => ARIA_ROLES.has(token) || MODULE_ROLE.test(token));
}

/**
 * Roles that title what follows them: a heading; and, as `<dt>`, `<th>` do, a term and a row's or column's header
 * (`<div role="term">Version</div><div role="definition">TBD</div>` is a title over a placeholder; red team rz2).
 */
const ARIA_TITLES: ReadonlySet<string> = new Set(['heading', 'term', 'rowheader', 'columnheader']);
const isAriaTitle = (startTag: string): boolean => ARIA_TITLES.has(ariaRole(startTag) ?? '');
/** A heading titles; a term or header cell titles unless it says something itself ({@link isStatement}), as a `<dt>` does. */
const ariaTitle = (element: string, inner: string): string => (ariaRole(element.slice(0, element.indexOf('>') + 1)) !== 'heading' && isStatement(inner) ? `\n${inner.replace(/[\r\n\u2028\u2029]+/gu, ' ')}\n` : headingLine(inner));

/**
 * `text` with each element an opening tag of `open` starts (its first group the tag name) and its first closing tag
 * ends replaced by `replace(element, inner)`. Linear: once a tag name has no closing tag after a point, later openings of
 * it are not searched again (a lazy `<(x)…>[\s\S]*?</\1>` rescans to the end for every unclosed opening).
 */
function replaceElements(text: string, open: RegExp, replace: (element: string, inner: string) => string, opens: (startTag: string) => boolean = () => true): string {
  const unclosedFrom = new Map<string, number>();
  let out = '';
  let last = 0;
  open.lastIndex = 0;
  for (let m = open.exec(text); m !== null; m = open.exec(text)) {
    if (!opens(m[0])) continue;
    const tag = (m[1] as string).toLowerCase();
    const start = m.index;
    const innerStart = start + m[0].length;
    if ((unclosedFrom.get(tag) ?? Infinity) <= innerStart) continue;
    const close = new RegExp(`</${tag}\\s*>`, 'giu');
    close.lastIndex = innerStart;
    const c = close.exec(text);
    if (c === null) {
      unclosedFrom.set(tag, innerStart);
      continue;
    }
    out += text.slice(last, start) + replace(text.slice(start, c.index + c[0].length), text.slice(innerStart, c.index));
    last = c.index + c[0].length;
    open.lastIndex = last;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** A GitHub alert's marker line (`> [!NOTE]`): drawn as the alert's title, over the quoted lines under it. */
const ALERT_MARKER = /^(?:>\s*)+\[!(?:note|tip|important|warning|caution)\]\s*$/iu;
/**
 * A definition line of a Markdown definition list (Pandoc, PHP Markdown Extra, MyST: `Term` / `:   definition`, or `~`):
 * the line above it is its term, which titles it as a `<dt>` titles its `<dd>`.
 */
// The marker alone counts too (`:` over an `&nbsp;` that trimming took): a definition of nothing, or the term's own colon.
const DEFINITION_LINE = /^[:~](?:[ \t]+\S|$)/u;
/** A line that titles text rather than being text: a heading or setext underline, a table's header or delimiter row, a contents entry, an alert's marker, a definition's term. */
function isTitleLine(l: string, next: string): boolean {
  return ATX_HEADING.test(l) || ALERT_MARKER.test(l) || SETEXT_UNDERLINE.test(l) || TABLE_DELIMITER.test(l) || CONTENTS_ENTRY.test(l) || (!isBlank(l) && !DEFINITION_LINE.test(l) && (SETEXT_UNDERLINE.test(next) || TABLE_DELIMITER.test(next) || DEFINITION_LINE.test(next)));
}


/** Why trimmed, non-blank lines are all placeholders (each alone, or read together), or undefined. */
function placeholderLinesReason(lines: readonly string[]): string | undefined {
  // Every line is looked at, however many there are (1,001 lines of TODO are as hollow as one); the first real
  // line ends the walk, so a real report costs one line.
  const reasons: (string | undefined)[] = [];
  for (const l of lines) {
    const r = placeholderReason(l);
    if (r === undefined) return lines.length > 1 ? wrappedPlaceholderReason(lines) : undefined;
    if (reasons.length === 0) reasons.push(r);
  }
  const first = lines[0] as string;
  const shown = JSON.stringify(first.length > 40 ? `${first.slice(0, 40)}…` : first);
  return lines.length === 1 ? `its only text is the placeholder ${shown} (${reasons[0] ?? ''})` : `every one of its ${lines.length} lines is a placeholder (the first: ${shown}, ${reasons[0] ?? ''})`;
}

/**
 * Markup that shows nothing: comments, doctype / processing instructions / CDATA, elements whose content is not drawn
 * (a `<title>` names the tab, not the page: a report of a title over an empty body shows nothing).
 */
const UNSHOWN = /<!--[\s\S]*?(?:--!?>|$)|<![^>]*>|<\?[\s\S]*?>|<(script|style|template|noscript|title)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/giu;
const TAG = /<\/?[A-Za-z][^<>]*>/gu;
/**
 * Phrasing elements drawn inside a line's words: `wo<span>rk</span>`, `sec<wbr>tion` and `Co<b>min</b>g` show one word
 * each. Their tags go without a trace; any other tag (a block, a cell, a `<br>`) parts what is around it.
 */
const INLINE_TAG = /<\/?(?:a|abbr|b|bdi|bdo|big|cite|code|data|dfn|em|font|i|ins|kbd|mark|nobr|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var|wbr)\b[^<>]*>/giu;
const withoutTags = (text: string): string => text.replace(INLINE_TAG, '').replace(TAG, ' ');
/** Where a tag stood, in a text read run by run (a noncharacter: no text means it). */
const RUN_MARK = '\uFDD0';
/**
 * A Markdown page's front matter, YAML between `---` lines (Pandoc's closes with `...` too) or TOML between `+++` lines at
 * the very top, whose first line is a key (`title: x`, `title = "x"`) or a TOML table (`[params]`), after any comment
 * lines (`# generated`): metadata for the site generator, never drawn. A leading rule over prose stays.
 */
const FRONT_MATTER_FIRST = String.raw`[ \t]*(?:#[^\r\n]*(?:\r\n|\r|\n)[ \t]*)*(?:[\p{L}\p{N}_"'-][^\r\n:=]*[:=]|\[[^\]\r\n]+\])`;
const FRONT_MATTER = new RegExp(
  String.raw`^\uFEFF?(?:---[ \t]*(?:\r\n|\r|\n)${FRONT_MATTER_FIRST}[\s\S]*?(?:\r\n|\r|\n)(?:---|\.\.\.)|\+\+\+[ \t]*(?:\r\n|\r|\n)${FRONT_MATTER_FIRST}[\s\S]*?(?:\r\n|\r|\n)\+\+\+)[ \t]*(?=(?:\r\n|\r|\n)|$)`,
  'u',
);
/**
 * Pandoc's YAML metadata block past the top: after a blank line, a `---` line, a key, closed by `---` or `...`, and valid
 * YAML holding a mapping (Pandoc reads nothing else as metadata). Pandoc draws none of it.
 */
const PANDOC_METADATA = new RegExp(String.raw`(?<=(?:^|[\r\n])[ \t]*(?:\r\n|\r|\n))---[ \t]*(?:\r\n|\r|\n)(${FRONT_MATTER_FIRST}[\s\S]*?)(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?=(?:\r\n|\r|\n)|$)`, 'gu');
const pandocMetadata = (block: string, body: string): string => {
  const doc = parseDocument(body, { uniqueKeys: false });
  return doc.errors.length === 0 && isMap(doc.contents) ? blankedOut(block) : block;
};
/** An HTML disclosure's label (`<details><summary>Notes</summary>…`): it titles the content under it, unless it is a statement. */
const SUMMARY_OPEN = /<(summary)\b[^<>]*>/giu;
/** A sentence's end (closing quotes and brackets after it allowed), in the scripts' own marks too (`。`, `؟`, `।`). */
const SENTENCE_END = /[.!?\u2026\u3002\uFF01\uFF1F\u061F\u06D4\u0964][\p{Pe}\p{Pf}"']*$/u;
/** Words a disclosure's label opens with when it tells the reader to open it (`Click to expand.`, `See the full log.`). */
const DISCLOSURE_VERB = /^(?:click|tap|press|expand|collapse|show|hide|see|view|open|toggle|read|more)\b/iu;
/** Fewest words of a statement: `Tests pass.` may be a heading's title with a full stop; `All tests pass now.` says something. */
const STATEMENT_WORDS = 4;

/**
 * True when a disclosure's label is a statement rather than a title, so it is content even with nothing under it: a
 * sentence (it ends with a full stop, `!` or `?`) of at least {@link STATEMENT_WORDS} words that does not tell the reader
 * to open it. `All 42 tests pass on x86_64 and aarch64.` is one; `Release notes`, `Details`, `Click to expand.` are not.
 */
function isStatement(label: string): boolean {
  const text = decodeHtml(withoutTags(label)).replace(/\s+/gu, ' ').trim();
  if (!SENTENCE_END.test(text) || DISCLOSURE_VERB.test(text.replace(/^[^\p{L}\p{N}]+/u, ''))) return false;
  if (text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= STATEMENT_WORDS) return true;
  // Scripts written without spaces between words (Chinese, Japanese, Thai): counted by their characters, about two a word.
  return (text.match(UNSPACED_LETTER) ?? []).length >= 2 * STATEMENT_WORDS;
}
const UNSPACED_LETTER = /[\p{Ideographic}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
const blankedOut = (m: string): string => m.replace(/[^\n]/gu, '');
/** Inner markup as a Markdown heading on a line of its own. */
const headingLine = (inner: string): string => `\n# ${inner.replace(/[\r\n\u2028\u2029]+/gu, ' ')}\n`;
/** A Markdown link reference definition (`[label]: destination "title"`), the idiom of Markdown comments (`[//]: # (x)`). */
// Not a footnote's definition (`[^1]: text`): GFM and Pandoc draw its text at the page's foot (red team rz2).
const LINK_DEFINITION = /^ {0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S.*$/gmu;

/**
 * The text a Markdown or HTML artifact shows, line by line: comments, non-drawn elements, Markdown link reference
 * definitions and tags removed, character references decoded. Text hidden by attributes or CSS still counts (a
 * reader without CSS sees it); this only answers whether anything is there to read.
 */
function shownMarkup(text: string, markup: TextMarkup, runs = false, hiding = false, directed = true): string {
  const markdown = markup !== 'html';
  // A `>` in a quoted attribute value ends no tag (`<p title="a>b">TBD</p>` shows `TBD`), as HTML reads it.
  const unmarked = (markdown ? text.replace(FRONT_MATTER, blankedOut).replace(PANDOC_METADATA, pandocMetadata) : text).replace(UNSHOWN, blankedOut);
  const masked = maskAttributeBrackets(unmarked, !markdown);
  // An HTML heading in Markdown titles as a Markdown one does: on a line of its own, as `#` and its text; so does a
  // disclosure's `<summary>`, the label of what opens under it, unless it says something itself ({@link isStatement}).
  // In an HTML page as in Markdown: `<h1>Upgrade guide</h1><p>TBD</p>` is a title over a placeholder.
  const titled = replaceElements(replaceElements(markdown ? masked.replace(LINK_DEFINITION, '') : masked, ROLE_OPEN, ariaTitle, isAriaTitle), HTML_TABLE_OPEN, headerOnlyTable);
  const listed = replaceElements(titled, HTML_DL_OPEN, descriptionList);
  // Element by element in linear time: a lazy `<h1>…</h1>` pattern rescanned the rest of the text for every unclosed `<h1>`.
  const headed = replaceElements(listed, HTML_HEADING_OPEN, (_, inner) => headingLine(inner));
  const defined = replaceElements(headed, SUMMARY_OPEN, (_, inner) => (isStatement(inner) ? `\n${inner.replace(/[\r\n\u2028\u2029]+/gu, ' ')}\n` : headingLine(inner)));
  // A short superscript is a footnote's mark, no letter of the word before it (`soon<sup>a</sup>` is not `soona`).
  const laid = superscriptsAsFootnotes(directed ? directedMarkup(defined, hiding) : defined);
  const shown = runs ? laid.replace(INLINE_TAG, RUN_MARK).replace(TAG, ` ${RUN_MARK}`) : withoutTags(laid);
  // Only a text with a reference needs the table (loaded on first need).
  return shown.includes('&') ? decodeHtml(shown) : shown;
}

/** An opening or closing tag, its name and attributes. */
const TAG_PARTS = /<(\/?)([A-Za-z][A-Za-z0-9-]*)\b([^<>]*)>/gu;
/** The bidi control an element's direction stands for: an override (`<bdo dir>`, CSS `bidi-override`) or an embedding (`dir`, CSS `direction`). */
function directionControl(name: string, attributes: string, inherited: 'ltr' | 'rtl', auto: () => 'ltr' | 'rtl'): { control: string; dir: 'ltr' | 'rtl' } | undefined {
  if (name !== 'bdo' && !/dir|style|bidi/iu.test(attributes)) return undefined;
  const style = cssDeclarations(attributeValue(attributes, 'style') ?? '');
  // SVG's presentation attributes (`<text direction="rtl" unicode-bidi="bidi-override">`) set the same properties, below
  // author CSS; read on any element, as a misread one can only find more placeholders (red team rz4).
  const presented = (property: string) => {
    const value = attributeValue(attributes, property);
    return value === undefined ? undefined : cssPlain(value).trim();
  };
  const bidi = style.get('unicode-bidi') ?? presented('unicode-bidi');
  // Author CSS wins over the attribute, which the browser maps to the same property; `dir=auto` and `unicode-bidi:
  // plaintext` take the direction of the first strong letter (`<bdo dir=auto>&rlm;DBT</bdo>` shows "TBD").
  const styled = style.get('direction') ?? presented('direction');
  const given = styled === undefined ? attributeValue(attributes, 'dir')?.trim().toLowerCase() : (cssDirection(styled) ?? styled);
  const dir = given === 'auto' || bidi === 'plaintext' ? auto() : given;
  const override = name === 'bdo' || cssOverrides(bidi);
  // An override with no direction of its own lays its text out in its parent's (`<div dir=rtl><span style="unicode-bidi:
  // bidi-override">DBT</span>` shows "TBD").
  const laid = dir === 'rtl' || dir === 'ltr' ? dir : override ? inherited : undefined;
  if (laid === undefined) return undefined;
  return { control: laid === 'rtl' ? (override ? '\u202E' : '\u202B') : override ? '\u202D' : '\u202A', dir: laid };
}

/**
 * Markup whose elements set a direction (`<bdo dir="rtl">`, `<p dir="rtl">`, CSS `direction` and `unicode-bidi:
 * bidi-override`) with the bidi controls they stand for, restated on every line the element spans (a line is judged
 * as a paragraph of its own), so a reader's layout of them is read: `<bdo dir="rtl">ssergorp ni krow</bdo>` shows
 * "work in progress". Tags stay, for the tag pass after.
 */
function directedMarkup(text: string, hiding = false): string {
  // Only a `dir`, a `style` (whose value may spell `direction` with escapes or references), an SVG `direction` or
  // `unicode-bidi` or a `<bdo>` sets one.
  if (!/dir|style|bidi|<bdo\b/iu.test(text)) return text;
  // Each followed element keeps the direction it lays its content out in, its own or its parent's.
  const open: { name: string; control: string | undefined; dir: 'ltr' | 'rtl'; hides: boolean }[] = [];
  const active = () => open.flatMap((e) => (e.control === undefined ? [] : [e.control]));
  let out = '';
  let from = 0;
  const copy = (to: number) => {
    const ends = active().map(() => '\u202C').join('');
    out += text.slice(from, to).replace(/\r?\n/gu, (nl) => (ends === '' ? nl : `${ends}${nl}${active().join('')}`));
  };
  for (const m of text.matchAll(TAG_PARTS)) {
    copy(m.index);
    from = m.index + m[0].length;
    const name = (m[2] as string).toLowerCase();
    if (m[1] === '/') {
      const at = open.map((e) => e.name).lastIndexOf(name);
      if (at === -1) {
        out += m[0];
        continue;
      }
      const closed = open.splice(at);
      const hidden = (e: { hides: boolean }, mark: string) => (e.hides ? mark : '');
      out += closed.map((e) => hidden(e, HIDE_CLOSE) + (e.control === undefined ? '' : '\u202C')).join('') + m[0] + closed.slice(1).map((e) => (e.control ?? '') + hidden(e, HIDE_OPEN)).join('');
      open.push(...closed.slice(1));
      continue;
    }
    // The content is read only for `dir=auto`, as drawn (tags gone, references decoded, across its lines); a bounded
    // stretch of it keeps a page of them linear.
    const inherited = open[open.length - 1]?.dir ?? 'ltr';
    const set = directionControl(name, m[3] as string, inherited, () => autoDirection(text, from));
    const control = set?.control;
    const hides = hiding && undrawnElement(name, m[3] as string);
    out += m[0] + (control ?? '') + (hides ? HIDE_OPEN : '');
    // Only elements that set a direction, and those of the same name inside them (whose end tags would close them
    // otherwise), are followed: a page of unclosed `<p>`s keeps the stack short.
    const tracked = control !== undefined || hides || open.some((e) => e.name === name);
    if (tracked && !/\/\s*$/u.test(m[3] as string) && !VOID_ELEMENTS.has(name)) open.push({ name, control, dir: set?.dir ?? inherited, hides });
    else if (hides) out += HIDE_CLOSE;
  }
  copy(text.length);
  return out;
}
/** How much of an element's markup `dir=auto` reads for its first strong letter: a page of them stays linear. */
const AUTO_STRETCH = 1024;
/**
 * The direction `dir=auto` gives the element whose content starts at `from`: its first strong letter's, as HTML's auto
 * directionality reads it (tags gone, references decoded, what a `<bdi>`, a `<textarea>` or an element with a `dir` of
 * its own holds passed over; a hidden element's text counts, as a browser reads it for the direction without drawing
 * it; a comment is none, gone before this). Past the stretch read it is unknown, and read right to left, the reading
 * that can draw a placeholder (`<bdo dir=auto>`, 200 empty tags, `&rlm;DBT` shows "TBD"); a real sentence is one either way.
 */
function autoDirection(text: string, from: number): 'ltr' | 'rtl' {
  const end = Math.min(text.length, from + AUTO_STRETCH);
  const skipped: string[] = [];
  // Text run by text run, up to the first strong letter: most elements' first letter is a few characters in.
  const strong = (to: number): 'ltr' | 'rtl' | undefined => {
    if (skipped.length > 0 || to <= at) return undefined;
    // The stretch may end inside a tag: its start is no text.
    const run = text.slice(at, to).replace(/<[^<>]*$/u, '');
    return firstStrongDirection((run.includes('&') ? decodeHtml(run) : run).replace(/[\r\n\u2028\u2029]/gu, ' '));
  };
  let at = from;
  AUTO_TAG.lastIndex = from;
  for (let m = AUTO_TAG.exec(text); m !== null && m.index < end; m = AUTO_TAG.exec(text)) {
    const found = strong(m.index);
    if (found !== undefined) return found;
    at = m.index + m[0].length;
    const name = (m[2] as string).toLowerCase();
    if (m[1] === '/') {
      if (skipped[skipped.length - 1] === name) skipped.pop();
      continue;
    }
    const skips = name === skipped[skipped.length - 1] || AUTO_SKIPPED.has(name) || (/dir/iu.test(m[3] as string) && attributeValue(m[3] as string, 'dir') !== undefined);
    if (skips && !/\/\s*$/u.test(m[3] as string) && !VOID_ELEMENTS.has(name)) skipped.push(name);
  }
  return strong(end) ?? (end < text.length ? 'rtl' : 'ltr');
}
const AUTO_TAG = new RegExp(TAG_PARTS.source, 'gu');
/** Elements whose text `dir=auto` passes over (HTML's auto directionality); so does any element with a `dir` of its own. */
const AUTO_SKIPPED: ReadonlySet<string> = new Set(['bdi', 'script', 'style', 'textarea']);
/** Where a hidden element's content starts and ends, in a text read as a browser draws it (noncharacters: no text means them). */
const HIDE_OPEN = '\uFDD1';
const HIDE_CLOSE = '\uFDD2';
/** `text` with what hidden elements hold ({@link HIDE_OPEN} to {@link HIDE_CLOSE}) taken out, its line ends kept. */
function withoutHidden(text: string): string {
  let depth = 0;
  return text.replace(/[\uFDD1\uFDD2]|[^\uFDD1\uFDD2\r\n\u2028\u2029]+/gu, (part) => {
    if (part === HIDE_OPEN) depth++;
    else if (part === HIDE_CLOSE) depth = Math.max(0, depth - 1);
    else return depth > 0 ? '' : part;
    return '';
  });
}
const QUOTE_MARKERS = /^(?:>[ \t]*)+/u;

/**
 * Why lines whose parts are no placeholder alone make one once joined, by their words: filler text wrapped across lines
 * (`Lorem ipsum dolor sit amet` / `consectetur adipiscing elit`), a marker and its filler split (`TODO` / `add later`).
 * A text longer than a placeholder is judged line by line only.
 */
function wrappedPlaceholderReason(lines: readonly string[]): string | undefined {
  // A quote's lines each carry its marker (`> This section` / `> is a work in progress.`): the words run on past it.
  // Joined by a line separator, which every reading takes for a space but a label's words do not run across: a line's
  // words are no label of the next line's value (`Fixed crash` / `Version: TBD`), while `Version` / `~ TBD` is one.
  const why = placeholderWordsIn(lines.map((l) => l.replace(QUOTE_MARKERS, '')).join('\u2028'));
  return why === undefined ? undefined : `its ${lines.length} lines read together are a placeholder (${why.replace(/\u2028/gu, ' ')})`;
}
