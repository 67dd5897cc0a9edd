/**
 * Formats the text reader checks beyond UTF-8: evidence that is read as text (never parsed into a document) but
 * whose format has a structure, so a file cut off mid-write or garbled is `malformed` instead of passing as text.
 * XML, HTML, CSV, JSONC and JSON5 are checked, chosen by the extension of the file the path opens or by the caller
 * (`format: xml` for a report named otherwise). JSON, YAML and TOML are documents with readers of their own; a
 * `.json` read as text (a tsconfig with comments) is the caller's choice and is not judged here.
 */
import { ArtifactError } from './errors.js';
import { extensionOf } from './paths.js';
import { checkCsv, scanCsv, type CsvTable } from './csv.js';
import { checkHtml } from './html.js';
import { lineColumn } from './json-parse.js';
import { parseJson5 } from './json5.js';
import { parseJsonc } from './jsonc.js';
import { checkXml } from './xml.js';

export const TEXT_FORMATS = ['xml', 'html', 'csv', 'jsonc', 'json5', 'plain'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

const EXTENSION_TEXT_FORMATS: Readonly<Record<string, TextFormat>> = {
  '.xml': 'xml',
  '.html': 'html',
  '.htm': 'html',
  '.csv': 'csv',
  // Other delimited tables share the table reader (red team zi, session 45: a `.tsv` of a header alone passed as text);
  // the delimiter is the one their extension names (see csv.ts).
  '.tsv': 'csv',
  '.tab': 'csv',
  '.psv': 'csv',
  '.jsonc': 'jsonc',
  '.json5': 'json5',
};

/** The structured text format a file name says (`plain` when it says none the reader checks). */
export function textFormatOf(path: string): TextFormat {
  const extension = extensionOf(path);
  return Object.hasOwn(EXTENSION_TEXT_FORMATS, extension) ? (EXTENSION_TEXT_FORMATS[extension] as TextFormat) : 'plain';
}

/**
 * UTF-8 text holds no NUL: one is a UTF-16 or UTF-32 file without its byte-order mark (every ASCII character
 * followed by NUL decodes as valid UTF-8), a zero-filled block a torn write left, or a binary file. Text wholly of
 * NULs was refused as `empty` before.
 */
function refuseNul(path: string, text: string): void {
  const first = text.indexOf('\0');
  if (first === -1) return;
  const { line, column } = lineColumn(text, first);
  // UTF-16 without a BOM: NUL at every other character of an ASCII stretch.
  const sample = text.slice(0, 64);
  const alternating = sample.length >= 8 && [...sample].every((c, k) => (k % 2 === first % 2) === (c === '\0'));
  const why = alternating ? 'it looks like UTF-16 without a byte-order mark' : 'a torn write leaves zero-filled blocks, and binary files hold NUL';
  throw new ArtifactError('malformed', `${path}:${line}:${column}: text holds a NUL character: ${why}`, {
    path,
    line,
    column,
    fix: alternating ? 'write the artifact as UTF-8 (or convert it: iconv -f UTF-16LE -t UTF-8)' : 'regenerate the file: the producer was interrupted or wrote binary data',
  });
}

/** Throws `malformed` (naming line and column) when `text` holds a NUL or is not well-formed in `format`. */
export async function checkTextFormat(path: string, text: string, format: TextFormat): Promise<void> {
  refuseNul(path, text);
  if (format === 'xml') await checkXml(path, text);
  else if (format === 'html') await checkHtml(path, text);
  else if (format === 'csv') checkCsv(path, text);
  else if (format === 'jsonc') parseJsonc(path, text);
  else if (format === 'json5') await parseJson5(path, text);
}

/**
 * What a structured text holds, for judging whether it holds anything: the value of a JSONC or JSON5 document, the
 * records of a CSV table and whether its rows hold anything; undefined for the other formats (judged on their text). The text was checked.
 */
export async function structuredContent(path: string, text: string, format: TextFormat): Promise<{ value: unknown } | CsvTable | undefined> {
  if (format === 'jsonc') return { value: parseJsonc(path, text) };
  if (format === 'json5') return { value: await parseJson5(path, text) };
  if (format === 'csv') return scanCsv(path, text);
  return undefined;
}
