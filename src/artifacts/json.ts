import { ArtifactError } from './errors.js';
import { JsonParseError, locateJsonPointer, parseJson } from './json-parse.js';
import { loadText } from './load.js';
import { validateDocument, type DocumentExpectations } from './validate-document.js';
import type { ArtifactRecord } from './record.js';

export interface JsonArtifact {
  path: string;
  value: unknown;
  /** Pointers of numbers written with a fraction or exponent (`500.0`), which JS cannot tell from integers. */
  nonIntegerNumbers: ReadonlySet<string>;
  /** Pointer → text of every number a double cannot hold exactly (`0.1000000000000000000001`, 2^53 + 1). */
  inexactNumbers: ReadonlyMap<string, string>;
  record: ArtifactRecord;
  /** 1-based line/column where the value at a JSON pointer starts, for pointing users at a finding. */
  locate(pointer: string): { line: number; column: number } | undefined;
}

export function jsonParseFailure(path: string, e: JsonParseError, row?: number): ArtifactError {
  const p = e.problem;
  const where = row !== undefined ? `${path} row ${row}, column ${p.column}` : `${path}:${p.line}:${p.column}`;
  const code = p.kind;
  return new ArtifactError(code, `${where}: ${p.message}`, {
    path,
    pointer: p.pointer,
    ...(row !== undefined ? { row, column: p.column } : { line: p.line, column: p.column }),
    fix:
      code === 'duplicate_key'
        ? 'remove the repeated key: JSON parsers disagree on which copy wins, so the artifact proves nothing'
        : code === 'imprecise_number'
          ? 'write the number the producer computed (a count is an integer; 0 is written 0); a number no double can hold proves nothing'
          : 'fix the producer so it writes strict JSON (RFC 8259)',
  });
}

export async function readJsonArtifact(root: string, rel: string, now: Date, expect: DocumentExpectations = {}): Promise<JsonArtifact> {
  const file = await loadText(root, rel);
  let parsed;
  try {
    parsed = parseJson(file.text);
  } catch (e) {
    if (e instanceof JsonParseError) throw jsonParseFailure(file.path, e);
    throw e;
  }
  const locate = (pointer: string) => locateJsonPointer(file.text, pointer);
  const facts = validateDocument(file.path, parsed.value, now, expect, locate);
  return {
    path: file.path,
    value: parsed.value,
    nonIntegerNumbers: parsed.nonIntegerNumbers,
    inexactNumbers: parsed.inexactNumbers,
    record: { path: file.path, sha256: file.sha256, bytes: file.bytes, ...facts },
    locate,
  };
}
