import { parse as parseToml, TomlError } from 'smol-toml';
import { ArtifactError } from './errors.js';
import { loadText } from './load.js';
import { validateDocument, type DocumentExpectations } from './validate-document.js';
import type { ArtifactRecord } from '../core/types.js';

export interface TomlArtifact {
  path: string;
  /** Note: TOML native dates arrive as Date objects already rolled over (`2024-06-31` → July 1st); strict-date fields must refuse them. */
  value: Record<string, unknown>;
  record: ArtifactRecord;
}

export function parseTomlText(path: string, text: string): Record<string, unknown> {
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (e) {
    if (!(e instanceof TomlError)) throw e;
    const reason = e.message.split('\n')[0]?.replace(/^Invalid TOML document:\s*/, '') ?? 'invalid TOML';
    // TOML forbids defining a key or table twice; smol-toml reports it as a redefinition.
    const duplicate = /redefine|already defined|duplicate/i.test(reason);
    return failToml(path, duplicate, reason, e.line, e.column);
  }
}

function failToml(path: string, duplicate: boolean, reason: string, line: number, column: number): never {
  throw new ArtifactError(duplicate ? 'duplicate_key' : 'malformed', `${path}:${line}:${column}: ${duplicate ? `key or table defined twice (${reason})` : reason}`, {
    path,
    line,
    column,
    fix: duplicate ? 'define each key and table once; merge the two definitions' : 'fix the TOML syntax at that position',
  });
}

export async function readTomlArtifact(root: string, rel: string, now: Date, expect: DocumentExpectations = {}): Promise<TomlArtifact> {
  const file = await loadText(root, rel);
  const value = parseTomlText(file.path, file.text);
  const facts = validateDocument(file.path, value, now, expect);
  return { path: file.path, value, record: { path: file.path, sha256: file.sha256, bytes: file.bytes, ...facts } };
}
