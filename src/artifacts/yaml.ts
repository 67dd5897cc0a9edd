import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { ArtifactError } from './errors.js';
import { loadText } from './load.js';
import { validateDocument, type DocumentExpectations } from './validate-document.js';
import type { ArtifactRecord } from '../core/types.js';
import { parsePointer } from '../util/pointer.js';

/** Aliases can expand exponentially ("billion laughs"); real config and evidence need few. */
export const MAX_YAML_ALIASES = 100;

export interface ParsedYaml {
  value: unknown;
  locate(pointer: string): { line: number; column: number } | undefined;
}

/**
 * YAML 1.2 core schema: `2024-06-31` stays a string (never a rolled-over date), `yes` stays a
 * string, duplicate keys are errors, and warnings count as errors because a tag YAML could not
 * resolve means the document does not say what it appears to say.
 */
export function parseYamlText(path: string, text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false, strict: true, lineCounter });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const pos = problem.linePos?.[0] ?? lineCounter.linePos(problem.pos[0]);
    const duplicate = problem.code === 'DUPLICATE_KEY';
    const reason = problem.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'invalid YAML';
    throw new ArtifactError(duplicate ? 'duplicate_key' : 'malformed', `${path}:${pos.line}:${pos.col}: ${reason}`, {
      path,
      line: pos.line,
      column: pos.col,
      fix: duplicate ? 'define each key once; YAML tools disagree on which copy wins' : 'fix the YAML syntax at that position',
    });
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (e) {
    throw new ArtifactError('malformed', `${path}: ${(e as Error).message}`, { path, fix: `alias expansion is limited (maxAliasCount ${MAX_YAML_ALIASES}); write the values out or use fewer aliases` });
  }
  return { value, locate: (pointer) => locateYaml(doc, lineCounter, pointer) };
}

function locateYaml(doc: Document, lineCounter: LineCounter, pointer: string): { line: number; column: number } | undefined {
  const path = parsePointer(pointer).map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!isNode(node) || !node.range) return undefined;
  const pos = lineCounter.linePos(node.range[0]);
  return { line: pos.line, column: pos.col };
}

export interface YamlArtifact {
  path: string;
  value: unknown;
  record: ArtifactRecord;
  locate(pointer: string): { line: number; column: number } | undefined;
}

export async function readYamlArtifact(root: string, rel: string, now: Date, expect: DocumentExpectations = {}): Promise<YamlArtifact> {
  const file = await loadText(root, rel);
  const parsed = parseYamlText(file.path, file.text);
  const facts = validateDocument(file.path, parsed.value, now, expect, parsed.locate);
  return { path: file.path, value: parsed.value, record: { path: file.path, sha256: file.sha256, bytes: file.bytes, ...facts }, locate: parsed.locate };
}
