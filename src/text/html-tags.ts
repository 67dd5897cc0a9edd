/**
 * Where HTML's tokenizer puts a page's tags, comments and text: the one reading of a tag's extent every shown-words reader
 * shares. A pattern that stops a tag at its first `>` reads `<span data-note=">" hidden>qjs-regexp-7</span>` as the text
 * `" hidden>qjs-regexp-7`, words a browser hides (review, session 32). Here a tag ends where the tokenizer ends it: past
 * quoted attribute values of either quote (`>` and `<` inside are the value's), unquoted values, attributes without
 * values, `/>`; a tag the text ends inside is no tag, and nothing after its `<` is drawn. Comments end as the tokenizer
 * ends them (`<!-->`, `<!--->`, `--!>`), as do bogus comments (`<!x>`, `<?x>`, `</1>`, CDATA outside SVG and MathML);
 * the text of `<script>`, `<style>`, `<textarea>`, `<title>` and their kind holds no tags (a `<script>` to its end tag as
 * the script data states read it, `<!--<script>` escapes and all).
 *
 * Written by hand, not with parse5's tokenizer: the same extents (test/text/html-tags.test.ts checks them against it)
 * at a seventeenth of its time on a page of ordinary tags, which the drawn readers scan on every value holding a `<`.
 */

export interface MarkupToken {
  /** A start tag, an end tag, or markup nothing of which is drawn (a comment, a declaration, a tag the text ends inside). */
  kind: 'start' | 'end' | 'comment';
  index: number;
  end: number;
  /** The tag's name, lowercased ('' for a comment). */
  name: string;
  /** Where the tag's name ends: its attributes are `text.slice(nameEnd, end - 1)`. */
  nameEnd: number;
  selfClosing: boolean;
  /** A tag the text ends inside (read as a comment: nothing after its `<` is drawn). */
  unclosed?: true;
}

const WHITE = /[\t\n\f\r ]/u;
const isWhite = (c: string | undefined): boolean => c !== undefined && WHITE.test(c);
const isAlpha = (c: string | undefined): boolean => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));

/** Elements that have no end tag and hold nothing (HTML's void elements). */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * The names of HTML's elements (the living standard's, and the obsolete ones browsers still draw: `center`, `font`, `tt`,
 * `nobr`, `strike`, `big`, `marquee`), lowercased: a tag of one of them (`<br>`, `<ul>`, `<LI class="x">`) is markup a
 * page draws, never a template's slot such as `<failed_tests>` or `<TOTAL>` (helper hh, session 43). Built when first
 * read: nothing here runs at start-up.
 */
let htmlElementNames: ReadonlySet<string> | undefined;
export function isHtmlElementName(name: string): boolean {
  htmlElementNames ??= new Set(
    [
      'a', 'abbr', 'address', 'area', 'article', 'aside', 'audio', 'b', 'base', 'bdi', 'bdo', 'big', 'blockquote', 'body', 'br', 'button', 'canvas',
      'caption', 'center', 'cite', 'code', 'col', 'colgroup', 'data', 'datalist', 'dd', 'del', 'details', 'dfn', 'dialog', 'dir', 'div', 'dl', 'dt', 'em',
      'embed', 'fieldset', 'figcaption', 'figure', 'font', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html',
      'i', 'iframe', 'img', 'input', 'ins', 'kbd', 'label', 'legend', 'li', 'link', 'main', 'map', 'mark', 'marquee', 'menu', 'meta', 'meter', 'nav',
      'nobr', 'noembed', 'noframes', 'noscript', 'object', 'ol', 'optgroup', 'option', 'output', 'p', 'param', 'picture', 'plaintext', 'pre', 'progress',
      'q', 'rb', 'rp', 'rt', 'rtc', 'ruby', 's', 'samp', 'script', 'search', 'section', 'select', 'slot', 'small', 'source', 'span', 'strike', 'strong', 'style', 'sub',
      'summary', 'sup', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead', 'time', 'title', 'tr', 'track', 'tt', 'u', 'ul', 'var',
      'video', 'wbr', 'xmp',
    ],
  );
  return htmlElementNames.has(name.toLowerCase());
}

/**
 * The names of MathML's elements (MathML Core and the presentation elements browsers draw), lowercased, and the roots of
 * foreign content `math` and `svg`: inside a `<math>` a tag of one of them (`<mi>`, `<mtext>`, `<ms>`, `<mrow>`) is
 * markup a page draws the text of, not a template's slot (helper xg, session 44). Read only inside a `<math>`: alone,
 * `<ms>` may be a slot for milliseconds. Built when first read.
 */
let mathMlElementNames: ReadonlySet<string> | undefined;
export function isMathMlElementName(name: string): boolean {
  mathMlElementNames ??= new Set([
    'math', 'svg', 'mi', 'mn', 'mo', 'ms', 'mtext', 'mspace', 'mrow', 'mfrac', 'msqrt', 'mroot', 'mstyle', 'merror', 'mpadded', 'mphantom', 'msub', 'msup', 'msubsup',
    'munder', 'mover', 'munderover', 'mmultiscripts', 'mprescripts', 'mtable', 'mtr', 'mtd', 'mlabeledtr', 'maction', 'semantics', 'menclose', 'mfenced', 'mglyph',
  ]);
  return mathMlElementNames.has(name.toLowerCase());
}

/**
 * Elements whose tags a page draws as a break between words: a line break, a rule, a block, a list item, a table's
 * cell or row (`No tests failed<br>except checkout` shows two lines, never the word `failedexcept`). Built when first read.
 */
let lineBreakingElements: ReadonlySet<string> | undefined;
export function breaksTheLine(name: string): boolean {
  lineBreakingElements ??= new Set(
    [
      'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
      'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p',
      'pre', 'search', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'wbr', 'xmp',
    ],
  );
  return lineBreakingElements.has(name.toLowerCase());
}

/** Elements whose text the tokenizer reads as text to their end tag (in HTML, not inside SVG or MathML). */
const RAW_TEXT: ReadonlySet<string> = new Set(['style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'title', 'textarea']);

/**
 * Where a tag whose name starts at `nameAt` ends, as the tokenizer's tag states read it: the index after its `>` (-1 when
 * the text ends inside it), where its name ends, and whether a `/` of its own comes right before the `>`.
 */
function tagExtent(text: string, nameAt: number): { end: number; nameEnd: number; selfClosing: boolean } {
  let k = nameAt;
  while (k < text.length && !isWhite(text[k]) && text[k] !== '/' && text[k] !== '>') k++;
  const nameEnd = k;
  // Between attributes: `=` after a name (white space around it allowed) opens a value; a quoted value runs to its quote.
  let afterName = false;
  let slash = false;
  while (k < text.length) {
    const c = text[k] as string;
    if (c === '>') return { end: k + 1, nameEnd, selfClosing: slash };
    slash = c === '/';
    if (isWhite(c) || c === '/') {
      if (c === '/') afterName = false;
      k++;
      continue;
    }
    if (c === '=' && afterName) {
      k++;
      while (k < text.length && isWhite(text[k])) k++;
      const q = text[k];
      if (q === '"' || q === "'") {
        const close = text.indexOf(q, k + 1);
        if (close === -1) return { end: -1, nameEnd, selfClosing: false };
        k = close + 1;
      } else {
        // An unquoted value runs to white space or `>`: quotes, `=`, `/` and `<` inside it are the value's.
        while (k < text.length && !isWhite(text[k]) && text[k] !== '>') k++;
      }
      afterName = false;
      continue;
    }
    // An attribute's name: to white space, `/`, `>` or `=` (a first `=` is the name's, not a value's).
    k++;
    while (k < text.length && !isWhite(text[k]) && text[k] !== '/' && text[k] !== '>' && text[k] !== '=') k++;
    afterName = true;
    let s = k;
    while (s < text.length && isWhite(text[s])) s++;
    if (text[s] === '=') k = s;
  }
  return { end: -1, nameEnd, selfClosing: false };
}

/**
 * The markup of `text` in order, as HTML's tokenizer reads it: start and end tags with their exact extents, and the
 * markup that draws nothing (comments, declarations, processing instructions, `</>`, a tag the text ends inside).
 * Text is what lies between. Inside SVG and MathML, `<![CDATA[…]]>` is text, and `<style>`, `<title>` and `<script>` hold tags.
 * With `unclosedAsText`, a tag the text ends inside is text, as Markdown reads it, and the tags after it are read on.
 */
export function* htmlMarkup(text: string, options: { unclosedAsText?: boolean } = {}): Generator<MarkupToken> {
  let foreign = 0;
  let at = text.indexOf('<');
  while (at !== -1 && at < text.length) {
    const c = text[at + 1];
    let token: MarkupToken | undefined;
    if (isAlpha(c) || (c === '/' && isAlpha(text[at + 2]))) {
      const closing = c === '/';
      const nameAt = at + (closing ? 2 : 1);
      const { end, nameEnd, selfClosing } = tagExtent(text, nameAt);
      if (end === -1) {
        // Markdown reads no tag there (CommonMark's raw HTML closes its quotes): its `<` is text, and so is what follows.
        if (options.unclosedAsText === true) {
          at = text.indexOf('<', at + 1);
          continue;
        }
        yield { kind: 'comment', index: at, end: text.length, name: '', nameEnd: at, selfClosing: false, unclosed: true };
        return;
      }
      const name = text.slice(nameAt, nameEnd).toLowerCase();
      token = { kind: closing ? 'end' : 'start', index: at, end, name, nameEnd, selfClosing };
      if ((name === 'svg' || name === 'math') && !closing && !selfClosing) foreign++;
      else if ((name === 'svg' || name === 'math') && closing && foreign > 0) foreign--;
      yield token;
      if (!closing && foreign === 0) {
        const textEnd = rawTextEnd(text, name, end);
        if (textEnd !== undefined) {
          at = textEnd;
          continue;
        }
      }
      at = text.indexOf('<', end);
      continue;
    }
    if (c === '!' && text.startsWith('--', at + 2)) {
      token = { kind: 'comment', index: at, end: commentEnd(text, at + 4), name: '', nameEnd: at, selfClosing: false };
    } else if (c === '!' && foreign > 0 && text.startsWith('[CDATA[', at + 2)) {
      // CDATA in foreign content is text: its brackets are markup, what they hold is drawn as any text.
      const close = text.indexOf(']]>', at + 9);
      yield { kind: 'comment', index: at, end: at + 9, name: '', nameEnd: at, selfClosing: false };
      if (close === -1) return;
      yield { kind: 'comment', index: close, end: close + 3, name: '', nameEnd: close, selfClosing: false };
      at = text.indexOf('<', close + 3);
      continue;
    } else if (c === '!' || c === '?' || (c === '/' && text[at + 2] !== undefined)) {
      // `</>` is dropped whole; `</1…>`, `<!x>`, `<?x>` are comments to the first `>`.
      const close = text.indexOf('>', at + 2);
      token = { kind: 'comment', index: at, end: close === -1 ? text.length : close + 1, name: '', nameEnd: at, selfClosing: false };
    }
    if (token === undefined) {
      at = text.indexOf('<', at + 1);
      continue;
    }
    yield token;
    at = text.indexOf('<', token.end);
  }
}

/** Where a comment whose text starts at `from` ends: `<!-->` and `<!--->` end at once, others at `-->` or `--!>`, or at the end. */
function commentEnd(text: string, from: number): number {
  if (text[from] === '>') return from + 1;
  if (text.startsWith('->', from)) return from + 2;
  COMMENT_CLOSE.lastIndex = from;
  const m = COMMENT_CLOSE.exec(text);
  return m === null ? text.length : m.index + m[0].length;
}
const COMMENT_CLOSE = /--!?>/gu;

/**
 * Where the text of a raw-text element opened by a start tag ending at `from` ends (the `<` of its end tag, or the text's
 * end); undefined for an element whose content is markup.
 */
function rawTextEnd(text: string, name: string, from: number): number | undefined {
  if (name === 'plaintext') return text.length;
  if (name === 'script') return scriptDataEnd(text, from);
  if (!RAW_TEXT.has(name)) return undefined;
  const close = endTagAt(text, name, from);
  return close === -1 ? text.length : close;
}

/** The index of the next `</name` that ends a raw-text element (followed by white space, `/` or `>`), or -1. */
function endTagAt(text: string, name: string, from: number): number {
  const end = (RAW_TEXT_END[name] ??= new RegExp(`</${name}(?=[\\t\\n\\f\\r />])`, 'giu'));
  end.lastIndex = from;
  return end.exec(text)?.index ?? -1;
}
const RAW_TEXT_END: Record<string, RegExp> = {};

/**
 * Where a script's text ends, as the script data states read it: at a `</script` outside `<!--` … `-->`, or inside one but
 * not after a `<script` opened in it (`<script><!--<script>x</script>y</script>` holds y).
 */
function scriptDataEnd(text: string, from: number): number {
  let state: 'data' | 'escaped' | 'double' = 'data';
  SCRIPT_MARKS.lastIndex = from;
  for (let m = SCRIPT_MARKS.exec(text); m !== null; m = SCRIPT_MARKS.exec(text)) {
    const mark = m[0].toLowerCase();
    if (mark === '<!--') {
      // Its dashes may close it at once (`<!-->`, `<!--->`): read them as the start of a `-->`.
      SCRIPT_MARKS.lastIndex = m.index + 2;
      if (state === 'data') {
        let k = m.index + 4;
        while (text[k] === '-') k++;
        if (text[k] === '>') continue;
        state = 'escaped';
      }
    } else if (mark === '-->') state = 'data';
    else if (mark.startsWith('</')) {
      if (state === 'double') state = 'escaped';
      else return m.index;
    } else if (state === 'escaped') state = 'double';
  }
  return text.length;
}
const SCRIPT_MARKS = /<!--|-->|<\/?script(?=[\t\n\f\r />])/giu;

/**
 * `text` with the `<` and `>` inside its tags (quoted attribute values, mostly) drawn as `‹` and `›`: a pattern that stops
 * a tag at its first `>` then reads each tag whole. A tag the text ends inside shows nothing after its `<` in a browser:
 * with `html`, nothing from it on is kept; otherwise (Markdown, where CommonMark reads no tag there) it is left as written.
 */
export function maskTagBrackets(text: string, html = false): string {
  if (!text.includes('<')) return text;
  let out = '';
  let last = 0;
  for (const token of htmlMarkup(text)) {
    if (token.kind === 'comment') {
      if (token.unclosed === true && html) return out + text.slice(last, token.index);
      continue;
    }
    const inner = text.slice(token.index + 1, token.end - 1);
    if (!/[<>]/u.test(inner)) continue;
    out += `${text.slice(last, token.index + 1)}${inner.replace(/</gu, '‹').replace(/>/gu, '›')}`;
    last = token.end - 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** `text` with its tags and the comments and declarations HTML draws nothing of replaced (each by `by(token)`). */
export function replaceMarkup(text: string, by: (token: MarkupToken) => string): string {
  if (!text.includes('<')) return text;
  let out = '';
  let last = 0;
  for (const token of htmlMarkup(text)) {
    out += text.slice(last, token.index) + by(token);
    last = token.end;
  }
  return last === 0 ? text : out + text.slice(last);
}
