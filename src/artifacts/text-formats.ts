/**
 * Formats the text reader checks beyond UTF-8: evidence that is read as text (never parsed into a document) but
 * whose format has a structure, so a file cut off mid-write or garbled is `malformed` instead of passing as text.
 * XML, HTML, CSV, JSONC and JSON5 are checked. Chosen by the extension of the file the path opens, or by the caller (`format: xml` for a report named
 * otherwise). JSON, YAML and TOML are documents with readers of their own; a `.json` read as text (a tsconfig with
 * comments) is the caller's choice and is not judged here.
 */
import { extensionOf } from './paths.js';
import { checkCsv } from './csv.js';
import { checkHtml } from './html.js';
import { checkJson5 } from './json5.js';
import { checkJsonc } from './jsonc.js';
import { checkXml } from './xml.js';

export const TEXT_FORMATS = ['xml', 'html', 'csv', 'jsonc', 'json5', 'plain'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

const EXTENSION_TEXT_FORMATS: Readonly<Record<string, TextFormat>> = {
  '.xml': 'xml',
  '.html': 'html',
  '.htm': 'html',
  '.csv': 'csv',
  '.jsonc': 'jsonc',
  '.json5': 'json5',
};

/** The structured text format a file name says (`plain` when it says none the reader checks). */
export function textFormatOf(path: string): TextFormat {
  const extension = extensionOf(path);
  return Object.hasOwn(EXTENSION_TEXT_FORMATS, extension) ? (EXTENSION_TEXT_FORMATS[extension] as TextFormat) : 'plain';
}

/** Throws `malformed` (naming line and column) when `text` is not well-formed in `format`. */
export async function checkTextFormat(path: string, text: string, format: TextFormat): Promise<void> {
  if (format === 'xml') await checkXml(path, text);
  else if (format === 'html') await checkHtml(path, text);
  else if (format === 'csv') checkCsv(path, text);
  else if (format === 'jsonc') checkJsonc(path, text);
  else if (format === 'json5') await checkJson5(path, text);
}
