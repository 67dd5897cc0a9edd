/**
 * Completeness of HTML evidence (a test or coverage report): HTML parses whatever it holds, so the check is what
 * the parser has still open when the file ends. The file ends inside a tag, a comment, a DOCTYPE, CDATA or a
 * `<script>`/`<style>`/`<textarea>`/`<title>` (parse errors of the HTML standard), or an element whose end tag the
 * standard requires (`<div>`, `<table>`, `<span>`) is still open at the end: a report cut off mid-write ends that
 * way, a finished one never does. Elements whose end tag may be omitted (`<p>`, `<li>`, `<td>`, `<body>`) may stay
 * open, as the standard allows, and `<html>` when its start tag was left out too (see htmlNeverClosed); an end tag missing before the end (misnesting a browser
 * repairs) is not a cut and is not judged. parse5 (already the renderer's HTML parser) is loaded on the first
 * HTML file.
 */
import type { DefaultTreeAdapterMap } from 'parse5';
import { ArtifactError } from './errors.js';
import { importModule } from '../util/import-module.js';

type Parse5 = typeof import('parse5');
type Node = DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];
let parse5: Promise<Parse5> | undefined;

/** parse5's error codes for a document that ends inside a construct, and what each means. */
const CUT_OFF: Readonly<Record<string, string>> = {
  'eof-before-tag-name': 'the file ends inside a tag',
  'eof-in-tag': 'the file ends inside a tag',
  'eof-in-comment': 'the file ends inside a comment',
  'eof-in-doctype': 'the file ends inside the DOCTYPE',
  'eof-in-cdata': 'the file ends inside a CDATA section',
  'eof-in-script-html-comment-like-text': 'the file ends inside a <script>',
  'eof-in-element-that-can-contain-only-text': 'the file ends inside an element of raw text (a <script>, <style>, <textarea>, <title>, <xmp>, <iframe>…)',
};

/**
 * HTML elements whose end tag may be omitted (HTML standard §13.1.2.4), void elements, which have none, and
 * `<plaintext>`, which no end tag closes.
 */
const END_TAG_OPTIONAL = new Set([
  'plaintext',
  'html', 'head', 'body', 'li', 'dt', 'dd', 'p', 'rt', 'rp', 'rb', 'rtc', 'optgroup', 'option', 'colgroup', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen', 'basefont', 'bgsound', 'frame', 'image',
]);

interface Cut {
  line: number;
  column: number;
  why: string;
}

/**
 * The innermost element the source opened whose required end tag never came, on the chain of elements still open
 * at the end (each one's last element child, down from the document, while it has no end tag).
 */
function openAtEnd(document: Node, text: string): Cut | undefined {
  let node: Node = document;
  let cut: Cut | undefined;
  for (;;) {
    const children = node.childNodes as DefaultTreeAdapterMap['childNode'][];
    const last = [...children].reverse().find((c): c is Element => 'tagName' in c);
    if (last === undefined) return cut;
    const where = last.sourceCodeLocation;
    if (where?.endTag !== undefined) return cut;
    const start = where?.startTag;
    const selfClosed = start !== undefined && text.slice(start.startOffset, start.endOffset).endsWith('/>');
    if (start !== undefined && !selfClosed && !END_TAG_OPTIONAL.has(last.tagName)) {
      cut = { line: start.startLine, column: start.startCol, why: `the <${last.tagName}> opened here is never closed: the file ends inside it` };
    }
    node = last;
  }
}

/**
 * A document whose source opens `<html>` but never closes it. The standard lets `</html>` be left out, but whoever
 * writes the start tag writes the end tag (every report generator does: istanbul, genhtml, pytest-html, JaCoCo); a
 * report cut between two top-level blocks of its body (`</div>` then nothing) leaves every element closed but this
 * one. A page that leaves both out (the minimal style) is judged by its other elements only.
 */
function htmlNeverClosed(document: Node): Cut | undefined {
  const html = (document.childNodes as DefaultTreeAdapterMap['childNode'][]).find((c): c is Element => 'tagName' in c && c.tagName === 'html');
  const where = html?.sourceCodeLocation;
  if (where?.startTag === undefined || where.endTag !== undefined) return undefined;
  return { line: where.startTag.startLine, column: where.startTag.startCol, why: 'the <html> opened here is never closed (no </html>): the file ends before the end of the document' };
}

/**
 * The file ends inside `<!…` or `<?…` with no `>`: the tokenizer takes it for a bogus comment and reports no error,
 * but no finished document ends inside a declaration (`<!doc` cut from `<!doctype html>`).
 */
function endsInsideDeclaration(text: string): Cut | undefined {
  const start = text.search(/<[!?][^>]*$/);
  if (start === -1) return undefined;
  const before = text.slice(0, start);
  const line = before.split('\n').length;
  return { line, column: start - (before.lastIndexOf('\n') + 1) + 1, why: 'the file ends inside a declaration or comment (<!… or <?… with no >)' };
}

/** Throws `malformed` at the first sign that an HTML document was cut off. */
export async function checkHtml(path: string, text: string): Promise<void> {
  parse5 ??= importModule<Parse5>('parse5');
  const { parse } = await parse5;
  let found: Cut | undefined;
  const document = parse(text, {
    sourceCodeLocationInfo: true,
    onParseError: (error) => {
      const why = CUT_OFF[error.code];
      if (why !== undefined && found === undefined) found = { line: error.startLine, column: error.startCol, why };
    },
  });
  found ??= endsInsideDeclaration(text) ?? openAtEnd(document, text) ?? htmlNeverClosed(document);
  if (found === undefined) return;
  throw new ArtifactError('malformed', `${path}:${found.line}:${found.column}: an incomplete HTML document: ${found.why}`, {
    path,
    line: found.line,
    column: found.column,
    fix: 'the producer wrote an incomplete HTML file (a run killed mid-write leaves one cut off): re-run it and check its log; a hand-written page needs the end tags HTML requires',
  });
}
