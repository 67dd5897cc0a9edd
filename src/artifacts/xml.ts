/**
 * Well-formedness of XML evidence (a JUnit report, a coverage report): a report the producer was killed while
 * writing is valid UTF-8 text, so only an XML parser tells it from a whole one.
 *
 * The parser is saxes, a strict non-validating SAX parser (XML 1.0 well-formedness, every rule). It was measured
 * against fast-xml-parser's XMLValidator on truncated and garbled reports: both refuse a cut inside a tag and an
 * unclosed root, but XMLValidator accepted text after the root element, a second root, an unterminated trailing
 * comment or processing instruction, a misplaced XML declaration inside the root, an undefined entity, a bare `<`
 * in an attribute value and control characters, all of which saxes refuses; both read a 22 MB report in under a
 * second. saxes is loaded on the first XML file, so a run without one never pays for it.
 *
 * Entities: saxes expands only the five predefined ones and character references; it never reads a DTD, internal
 * or external. A document whose DOCTYPE declares an internal subset is refused outright (fail closed): its entity
 * declarations could change what the document says (or, read by another tool, expand without bound or pull in a
 * file), and no test report needs one. A DOCTYPE naming only an external DTD is accepted; a reference to an entity
 * only that DTD would define is then an undefined entity, refused too.
 */
import type { SaxesParser } from 'saxes';
import { ArtifactError } from './errors.js';
import { isHollow } from './hollow.js';
import { importModule } from '../util/import-module.js';

type Saxes = typeof import('saxes');
let saxes: Promise<Saxes> | undefined;

/** A DOCTYPE with an internal subset: a `[` outside the quoted public and system literals. */
function hasInternalSubset(doctype: string): boolean {
  return doctype.replace(/"[^"]*"|'[^']*'/g, '').includes('[');
}

function xmlError(path: string, line: number, column: number, why: string, fix: string): ArtifactError {
  return new ArtifactError('malformed', `${path}:${line}:${column}: not well-formed XML: ${why}`, { path, line, column, fix });
}

const TRUNCATED_FIX = 'the producer wrote an incomplete or invalid XML file (a run killed mid-write leaves one cut off): re-run it and check its log';

/** Throws `malformed` naming the line and column of the first well-formedness error, or of a refused DOCTYPE. */
export async function checkXml(path: string, text: string): Promise<void> {
  saxes ??= importModule<Saxes>('saxes');
  const { SaxesParser: Parser } = await saxes;
  // Namespaces are not checked: an unbound prefix (`xsi:` undeclared) is a namespace error, not a cut-off file,
  // and readers of test reports ignore it.
  const parser: SaxesParser = new Parser({ position: true });
  parser.on('doctype', (doctype) => {
    if (hasInternalSubset(doctype)) {
      throw xmlError(path, parser.line, parser.column, 'its DOCTYPE declares an internal subset (entity declarations), which the engine refuses rather than expand', 'write the report without a DOCTYPE internal subset; test and coverage reports need none');
    }
  });
  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof ArtifactError) throw e;
    const message = e instanceof Error ? e.message : String(e);
    // saxes prefixes its messages with `line:column: `.
    const found = /^(\d+):(\d+): ([\s\S]*)$/.exec(message);
    const line = found ? Number(found[1]) : parser.line;
    // saxes counts a column as the characters read on the line: 0 right after a line break, where the file ended.
    const column = Math.max(1, found ? Number(found[2]) : parser.column);
    throw xmlError(path, line, column, (found?.[3] ?? message).replace(/\.$/, ''), TRUNCATED_FIX);
  }
}

/**
 * Attributes that say how to read the document, not what it holds: namespace declarations (`xmlns`, `xmlns:xsi`), the
 * schema it claims to follow (`xsi:schemaLocation`, `xsi:noNamespaceSchemaLocation`, whatever the prefix) and the
 * `xml:` attributes (`xml:lang`, `xml:space`, `xml:base`). `<testsuites xmlns:xsi="…" xsi:noNamespaceSchemaLocation="junit.xsd"/>`
 * is an empty report.
 */
const DECLARES_ONLY = (name: string): boolean =>
  name === 'xmlns' || name.startsWith('xmlns:') || name.startsWith('xml:') || name.endsWith(':schemaLocation') || name.endsWith(':noNamespaceSchemaLocation');

/** Thrown to stop the parse at the first value that carries content. */
const FOUND = Symbol('content');

/**
 * Why a well-formed XML document holds nothing, or undefined: it carries content when one attribute value or piece
 * of text (CDATA included) is not blank or a placeholder, as a JSON document does when one leaf is (`tests="0"` is a
 * statement). Judged on the parsed document, not its lines: a complete report written on one line (pytest's) is
 * content; `<testsuites/>` or `<testsuites><testsuite/></testsuites>` is not.
 */
export async function hollowXmlReason(text: string): Promise<string | undefined> {
  saxes ??= importModule<Saxes>('saxes');
  const { SaxesParser: Parser } = await saxes;
  const parser: SaxesParser = new Parser();
  const judge = (value: string): void => {
    if (!isHollow(value)) throw FOUND;
  };
  parser.on('opentag', (tag) => {
    for (const [name, value] of Object.entries(tag.attributes)) if (!DECLARES_ONLY(name)) judge(value);
  });
  parser.on('text', judge);
  parser.on('cdata', judge);
  try {
    parser.write(text).close();
  } catch (e) {
    if (e === FOUND) return undefined;
    throw e;
  }
  return 'its elements carry no attribute value or text that is not blank or a placeholder: only markup';
}
