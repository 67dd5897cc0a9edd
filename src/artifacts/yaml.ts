import { isAlias, isNode, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
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
  assertDistinctKeys(path, doc, lineCounter);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (e) {
    throw new ArtifactError('malformed', `${path}: ${(e as Error).message}`, { path, fix: `alias expansion is limited (maxAliasCount ${MAX_YAML_ALIASES}); write the values out or use fewer aliases` });
  }
  return { value, locate: (pointer) => locateYaml(doc, lineCounter, pointer) };
}

/**
 * The parser's own uniqueness check compares key nodes as written: `*k : 1` next to `id: 2` (an
 * alias to "id"), `1:` next to `"1":`, or two equal complex keys all pass it and then collapse into
 * one property, keeping whichever came last. Keys are compared here as the property names they
 * become; a key that is a collection (`? [a]`) has no faithful property name and is refused.
 */
function assertDistinctKeys(path: string, doc: Document, lineCounter: LineCounter): void {
  const refuse = (code: 'duplicate_key' | 'malformed', offset: number | undefined, message: string, fix: string) => {
    const pos = lineCounter.linePos(offset ?? 0);
    throw new ArtifactError(code, `${path}:${pos.line}:${pos.col}: ${message}`, { path, line: pos.line, column: pos.col, fix });
  };
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const keyNode = isAlias(pair.key) ? pair.key.resolve(doc) : pair.key;
        const offset = isNode(pair.key) ? pair.key.range?.[0] : undefined;
        let name: string;
        if (keyNode === null || keyNode === undefined) name = '';
        else if (isScalar(keyNode)) name = keyNode.value === null ? '' : String(keyNode.value);
        else if (isNode(keyNode)) return refuse('malformed', offset, 'a mapping key is itself a collection, which has no faithful property name', 'use plain scalar keys');
        else name = String(keyNode);
        if (seen.has(name)) return refuse('duplicate_key', offset, `key "${name}" is defined twice (through an alias or a spelling that becomes the same property)`, 'define each key once; YAML tools disagree on which copy wins');
        seen.add(name);
      }
      return undefined;
    },
  });
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
