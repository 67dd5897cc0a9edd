/**
 * What a reader sees of a text, with a source map back to the file (DESIGN §9 "Text a human reads").
 *
 * Markdown is parsed as CommonMark with the GitHub extensions (tables, strikethrough, autolinks,
 * footnotes) by mdast-util-from-markdown; HTML — whole files and the HTML inside Markdown — by a
 * small tokenizer with entities decoded by `entities`. What is kept:
 *
 * - text as rendered: emphasis, backslash escapes and character references resolved, link text kept
 *   and link syntax (URL, title) dropped, image alt text kept, heading/blockquote/list/table markers
 *   dropped;
 * - inline HTML tags dropped without a trace (`re<span>place</span>ment` reads "replacement"),
 *   `<br>`, `<hr>` and block-level tags read as a line break;
 * - code (inline and blocks) kept: a reader of the rendered page sees it;
 * - HTML comments, `<script>`/`<style>` bodies and the `alt`, `title` and `aria-label` attributes
 *   kept, each as its own block: a reader of the source (or a screen reader, or a tooltip) sees them,
 *   and the engine fails closed on what some reader can see;
 * - link reference definitions dropped (never rendered).
 *
 * Blocks are joined with a line break, so a phrase split across paragraphs, list items or table
 * cells is still one phrase once folded: line breaks fold to a word separator.
 */
import { decodeHTML } from 'entities';
import type { Nodes, Parents } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { OffsetBuffer, plainText, type MappedText } from './fold.js';

export type TextKind = 'markdown' | 'html' | 'plain';

/** `.md`/`.markdown`/`.mdx`/`.mkd` → markdown, `.html`/`.htm`/`.xhtml` → html, anything else → plain. */
export function textKindOf(path: string): TextKind {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
  if (['md', 'markdown', 'mdx', 'mkd', 'mdown', 'mkdn'].includes(ext)) return 'markdown';
  if (['html', 'htm', 'xhtml'].includes(ext)) return 'html';
  return 'plain';
}

/** The rendered text of `source`, read as `kind`; offsets point into `source`. */
export function render(source: string, kind: TextKind): MappedText {
  if (kind === 'plain') return plainText(source);
  const out = new Builder();
  if (kind === 'html') renderHtml(out, source, identity(source.length));
  else renderMarkdown(out, source);
  return out.finish();
}

// ---------------------------------------------------------------------------------------------
// Output

class Builder {
  private readonly parts: string[] = [];
  private readonly offsets = new OffsetBuffer();
  /** Text some reader sees apart from the flow (comments, attributes, script bodies): scanned after it, each on its own. */
  private readonly asides: Builder[] = [];
  /** Added to every offset pushed: where the chunk being rendered starts in the file. */
  base = 0;
  /** A separate block for text outside the reading flow, so it can neither join nor split the words around it. */
  aside(): Builder {
    const builder = new Builder();
    builder.base = this.base;
    this.asides.push(builder);
    return builder;
  }
  /** Append `text`, unit k coming from source offset `at[k]`. */
  push(text: string, at: ArrayLike<number>): void {
    if (text === '') return;
    this.parts.push(text);
    for (let k = 0; k < text.length; k++) this.offsets.push((at[k] as number) + this.base);
  }
  /** Append `text`, every unit from one offset (a decoded reference, a separator). */
  pushAt(text: string, offset: number): void {
    if (text === '') return;
    this.parts.push(text);
    this.offsets.pushMany(offset + this.base, text.length);
  }
  /** A line break between blocks. */
  block(offset: number): void {
    this.pushAt('\n', offset);
  }
  finish(): MappedText {
    this.base = 0;
    for (const aside of this.asides) {
      const done = aside.finish();
      if (done.text === '') continue;
      this.block(done.offsets[0] as number);
      this.push(done.text, done.offsets);
      this.block(done.offsets[done.offsets.length - 1] as number);
    }
    this.asides.length = 0;
    return { text: this.parts.join(''), offsets: this.offsets.finish() };
  }
}

function identity(length: number, base = 0): Int32Array {
  const offsets = new Int32Array(length);
  for (let k = 0; k < length; k++) offsets[k] = base + k;
  return offsets;
}

// ---------------------------------------------------------------------------------------------
// Aligning a parsed value with its source

const CHAR_REF = /&(?:#[xX][0-9a-fA-F]{1,6};|#[0-9]{1,7};|[A-Za-z][A-Za-z0-9]{0,31};)/y;

/**
 * Where each UTF-16 unit of `value` (a node's text after the parser resolved escapes, references
 * and container markers) comes from in `source[start, end)`. Units are matched in order; an escape
 * or a character reference maps every unit it produced to its `\` or `&`; markers the parser
 * dropped (`> `, indentation) are skipped by searching ahead within the node.
 */
export function align(value: string, source: string, start: number, end: number): Int32Array {
  const at = new Int32Array(value.length);
  let s = start;
  for (let i = 0; i < value.length; ) {
    const c = value[i] as string;
    if (source[s] === c && s < end) {
      at[i++] = s++;
      continue;
    }
    if (source[s] === '\\' && source[s + 1] === c && s + 1 < end) {
      at[i++] = s;
      s += 2;
      continue;
    }
    if (source[s] === '&') {
      CHAR_REF.lastIndex = s;
      const ref = CHAR_REF.exec(source);
      if (ref !== null) {
        const decoded = decodeHTML(ref[0]);
        if (decoded !== ref[0] && value.startsWith(decoded, i)) {
          for (let k = 0; k < decoded.length; k++) at[i + k] = s;
          i += decoded.length;
          s += ref[0].length;
          continue;
        }
      }
    }
    const next = source.indexOf(c, s);
    if (next !== -1 && next < end) {
      at[i++] = next;
      s = next + 1;
    } else {
      // A unit the source does not spell (a line ending turned into a space): the current position.
      at[i++] = Math.min(s, Math.max(start, end - 1));
    }
  }
  return at;
}

// ---------------------------------------------------------------------------------------------
// Markdown

const BLOCK_NODES = new Set(['paragraph', 'heading', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell', 'code', 'thematicBreak', 'footnoteDefinition']);

/** Built once: micromark combines its extensions on every call otherwise. */
const MARKDOWN_OPTIONS = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

function renderMarkdown(out: Builder, source: string): void {
  const tree = fromMarkdown(source, MARKDOWN_OPTIONS);
  const visit = (node: Nodes): void => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const isBlock = BLOCK_NODES.has(node.type);
    // A link's title is its tooltip: some reader sees it, apart from the flow.
    if (node.type === 'link' && node.title) out.aside().push(node.title, align(node.title, source, start, end));
    if (isBlock) out.block(start);
    switch (node.type) {
      case 'text':
        out.push(node.value, align(node.value, source, start, end));
        break;
      case 'inlineCode':
        out.push(node.value, align(node.value, source, start, end));
        break;
      case 'code': {
        // Skip the opening fence line, so the value is not aligned with its info string.
        const fenced = /^[ \t]*(?:`{3,}|~{3,})/.test(source.slice(start, start + 64));
        const bodyStart = fenced ? Math.min(end, source.indexOf('\n', start) === -1 ? end : source.indexOf('\n', start) + 1) : start;
        out.push(node.value, align(node.value, source, bodyStart, end));
        break;
      }
      case 'html':
        renderHtml(out, node.value, align(node.value, source, start, end));
        break;
      case 'break':
        out.block(start);
        break;
      case 'image': {
        const alt = node.alt ?? '';
        out.push(alt, align(alt, source, start, end));
        if (node.title) out.aside().push(node.title, align(node.title, source, start, end));
        break;
      }
      case 'imageReference': {
        const alt = node.alt ?? '';
        out.push(alt, align(alt, source, start, end));
        break;
      }
      case 'definition':
        // Never shown, except its title as the tooltip of the links that use it.
        if (node.title) out.aside().push(node.title, align(node.title, source, start, end));
        break;
      case 'footnoteReference':
      case 'yaml':
        break;
      default:
        if ('children' in node) for (const child of (node as Parents).children) visit(child as Nodes);
    }
    if (isBlock) out.block(end === 0 ? 0 : end - 1);
  };
  visit(tree);
}

// ---------------------------------------------------------------------------------------------
// HTML

/** Tags whose boundaries a browser renders as a line break (block-level and line-breaking elements). */
const BREAKING_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr',
  'html', 'iframe', 'legend', 'li', 'link', 'main', 'menu', 'meta', 'nav', 'noframes', 'ol', 'optgroup', 'option', 'p', 'param', 'pre', 'section',
  'source', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'track', 'ul', 'img', 'video', 'audio', 'textarea', 'select',
  'script', 'style', 'template', 'noscript', 'object', 'embed', 'canvas', 'svg', 'math',
]);
/** Elements whose body is raw text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'plaintext']);
/** Attributes some reader sees: image alt text, tooltips, what a screen reader says. */
const READ_ATTRIBUTES = new Set(['alt', 'title', 'aria-label']);
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)/y;
const ATTRIBUTE = /[\s/]*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y;
const HTML_REF = /&(?:#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;?)/y;

/** Text with character references decoded, each decoded unit mapped to its `&`. */
function pushDecoded(out: Builder, text: string, at: ArrayLike<number>, from: number, to: number): void {
  let run = from;
  for (let i = from; i < to; ) {
    if (text[i] !== '&') {
      i++;
      continue;
    }
    HTML_REF.lastIndex = i;
    const ref = HTML_REF.exec(text);
    const raw = ref !== null && ref.index + ref[0].length <= to ? ref[0] : undefined;
    const decoded = raw === undefined ? undefined : decodeHTML(raw);
    if (raw === undefined || decoded === undefined || decoded === raw) {
      i++;
      continue;
    }
    out.push(text.slice(run, i), slice(at, run, i));
    out.pushAt(decoded, at[i] as number);
    i += raw.length;
    run = i;
  }
  out.push(text.slice(run, to), slice(at, run, to));
}

function slice(at: ArrayLike<number>, from: number, to: number): ArrayLike<number> {
  return at instanceof Int32Array ? at.subarray(from, to) : Array.prototype.slice.call(at, from, to);
}

/** Render HTML `text` (unit k from source offset `at[k]`) into `out`. */
function renderHtml(out: Builder, text: string, at: ArrayLike<number>): void {
  const offset = (i: number): number => (at[Math.min(i, text.length - 1)] as number) ?? 0;
  let i = 0;
  let textStart = 0;
  const flush = (to: number) => {
    if (to > textStart) pushDecoded(out, text, at, textStart, to);
  };
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt === -1) break;
    i = lt;
    if (text.startsWith('<!--', i)) {
      flush(i);
      const close = text.indexOf('-->', i + 4);
      const bodyEnd = close === -1 ? text.length : close;
      pushDecoded(out.aside(), text, at, i + 4, bodyEnd);
      i = textStart = close === -1 ? text.length : close + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', i)) {
      flush(i);
      const close = text.indexOf(']]>', i);
      const bodyEnd = close === -1 ? text.length : close;
      out.push(text.slice(i + 9, bodyEnd), slice(at, i + 9, bodyEnd));
      i = textStart = close === -1 ? text.length : close + 3;
      continue;
    }
    if (text.startsWith('<!', i) || text.startsWith('<?', i)) {
      flush(i);
      const close = text.indexOf('>', i);
      i = textStart = close === -1 ? text.length : close + 1;
      continue;
    }
    TAG.lastIndex = i;
    const tag = TAG.exec(text);
    if (tag === null) {
      i++;
      continue;
    }
    flush(i);
    const closing = tag[1] === '/';
    const name = (tag[2] as string).toLowerCase();
    // Attributes up to the closing `>` (quoted values may hold `>`).
    let j = i + tag[0].length;
    const attributes: { name: string; value: string; start: number }[] = [];
    while (j < text.length && text[j] !== '>') {
      ATTRIBUTE.lastIndex = j;
      const attr = ATTRIBUTE.exec(text);
      if (attr === null || attr[0] === '') {
        j++;
        continue;
      }
      const value = attr[2] ?? attr[3] ?? attr[4];
      if (value !== undefined) {
        const valueStart = attr.index + attr[0].length - value.length - (attr[4] !== undefined ? 0 : 1);
        attributes.push({ name: (attr[1] as string).toLowerCase(), value, start: valueStart });
      }
      j = attr.index + attr[0].length;
    }
    const tagEnd = Math.min(text.length, j + 1);
    const breaking = BREAKING_TAGS.has(name);
    if (breaking) out.block(offset(i));
    for (const attribute of attributes) {
      if (!READ_ATTRIBUTES.has(attribute.name)) continue;
      pushDecoded(out.aside(), text, at, attribute.start, attribute.start + attribute.value.length);
    }
    i = textStart = tagEnd;
    if (!closing && RAW_TEXT.has(name)) {
      const close = text.toLowerCase().indexOf(`</${name}`, i);
      const bodyEnd = close === -1 ? text.length : close;
      pushDecoded(name === 'script' || name === 'style' ? out.aside() : out, text, at, i, bodyEnd);
      i = textStart = bodyEnd;
    }
  }
  flush(text.length);
}
