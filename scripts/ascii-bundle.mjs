// The CLI bundle in ASCII only (scripts/bundle-cli.mjs): esbuild escapes every string it can, but leaves regular
// expression literals and String.raw templates as written, so ~90 characters of the engine's patterns (`…`, `→`, `·`)
// made the whole 1.8 MB file UTF-8 to decode into a two-byte string on every CLI start (~10 ms of ~150). Each is
// rewritten to mean exactly what it meant:
//   - in a regular expression literal, a character outside ASCII becomes its \u escape (\u{…} under the u or v flag);
//   - a String.raw template holding one becomes String.raw({ raw: [...] }, ...substitutions), its raw parts as string
//     literals with \u escapes: String.raw returns the same raw text, whatever the text is used for.
// Anything else outside ASCII (an identifier, a comment) fails the build, so the output is ASCII or nothing.
import ts from 'typescript';

const NON_ASCII = /[^\x00-\x7f]/u;
const hex4 = (unit) => `\\u${unit.toString(16).padStart(4, '0')}`;
/** `text` with every character outside ASCII as \u escapes of its UTF-16 units (valid in a string and in any regex). */
const unitEscaped = (text) => text.replace(/[^\x00-\x7f]/gu, (c) => [...Array(c.length).keys()].map((k) => hex4(c.charCodeAt(k))).join(''));

function regexEscaped(literal) {
  const flagsAt = literal.lastIndexOf('/');
  const flags = literal.slice(flagsAt + 1);
  const unicode = flags.includes('u') || flags.includes('v');
  return literal.replace(/[^\x00-\x7f]/gu, (c, at) => {
    // `\→` (an identity escape, outside the u flag) would become `\\u2192`: say so rather than change a pattern.
    let slashes = 0;
    for (let k = at - 1; literal[k] === '\\'; k--) slashes++;
    if (slashes % 2 === 1) throw new Error(`ascii-bundle: an escaped ${JSON.stringify(c)} in ${literal.slice(0, 80)}: write it as \\u${c.codePointAt(0).toString(16)}`);
    const cp = c.codePointAt(0);
    return cp > 0xffff && unicode ? `\\u{${cp.toString(16)}}` : unitEscaped(c);
  });
}

const isStringRaw = (tag) => ts.isPropertyAccessExpression(tag) && ts.isIdentifier(tag.expression) && tag.expression.text === 'String' && tag.name.text === 'raw';

/** `code` (a script) with its regex literals and String.raw templates in ASCII; throws if anything else is not ASCII. */
export function asciiOnly(code, fileName = 'bundle.js') {
  if (!NON_ASCII.test(code)) return code;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(source);
      if (NON_ASCII.test(text)) edits.push([node.getStart(source), node.end, regexEscaped(text)]);
      return;
    }
    if (ts.isTaggedTemplateExpression(node) && isStringRaw(node.tag) && NON_ASCII.test(node.template.getText(source))) {
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((s) => s.literal)];
      // A template's raw text reads a line end CRLF or CR as LF.
      const raws = parts.map((p) => {
        const raw = p.rawText.replace(/\r\n?/g, '\n');
        const literal = unitEscaped(JSON.stringify(raw));
        if (JSON.parse(literal) !== raw) throw new Error(`ascii-bundle: a String.raw part does not read back: ${literal.slice(0, 80)}`);
        return literal;
      });
      const substitutions = ts.isNoSubstitutionTemplateLiteral(template) ? [] : template.templateSpans.map((s) => s.expression.getText(source));
      if (substitutions.some((s) => NON_ASCII.test(s))) throw new Error(`ascii-bundle: a String.raw substitution outside ASCII: ${substitutions.find((s) => NON_ASCII.test(s)).slice(0, 80)}`);
      edits.push([node.getStart(source), node.end, `String.raw({raw:[${raws.join(',')}]}${substitutions.map((s) => `,${s}`).join('')})`]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  const left = NON_ASCII.exec(out);
  if (left !== null) throw new Error(`ascii-bundle: ${JSON.stringify(left[0])} outside a regex literal or String.raw template at ${JSON.stringify(out.slice(Math.max(0, left.index - 60), left.index + 20))}`);
  return out;
}
