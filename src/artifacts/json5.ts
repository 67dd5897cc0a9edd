/**
 * JSON5 evidence (unquoted keys, single quotes, hex numbers, comments): a file cut off mid-write is `malformed`,
 * with the line and column the `json5` package (the format's reference parser) stops at. The syntax is all that is
 * judged here, and whether the value holds anything. Loaded on the first `.json5` file.
 */
import { ArtifactError } from './errors.js';

type Json5 = typeof import('json5');
let json5: Promise<Json5> | undefined;

/** The value of a JSON5 document; throws `malformed` at its first error, by line and column. */
export async function parseJson5(path: string, text: string): Promise<unknown> {
  json5 ??= import('json5');
  const loaded = await json5;
  // A CommonJS module: Node hands its exports over as the default export, its types name them directly.
  const { parse } = (loaded as Json5 & { default?: Json5 }).default ?? loaded;
  try {
    return parse(text) as unknown;
  } catch (e) {
    const { lineNumber: line, columnNumber: column, message } = e as SyntaxError & { lineNumber?: number; columnNumber?: number };
    const where = line !== undefined && column !== undefined ? `:${line}:${column}` : '';
    throw new ArtifactError('malformed', `${path}${where}: not valid JSON5: ${message.replace(/^JSON5: /, '').replace(/ at \d+:\d+$/, '')}`, {
      path,
      ...(line !== undefined && column !== undefined ? { line, column } : {}),
      fix: 'the producer wrote an incomplete or invalid JSON5 file (a run killed mid-write leaves one cut off): re-run it and check its log',
    });
  }
}
