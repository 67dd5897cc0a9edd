/**
 * Parse an evidence file into plain data and write it back, with hooks that let a mutation replace
 * one leaf by raw text (a spelling the data model cannot hold: `1e400`, `.nan`, an alias) or add a
 * raw member next to an existing key (duplicate keys in every syntax the format has).
 *
 * The emitters are deliberately our own: they must produce exactly the bytes a mutation asks for,
 * and every seed document is checked to survive parse → emit → parse before it is mutated.
 */
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { isDeepStrictEqual } from 'node:util';

export type Format = 'json' | 'jsonl' | 'yaml' | 'toml';
export type Path = readonly (string | number)[];

export function formatOf(file: string): Format | undefined {
  if (file.endsWith('.json')) return 'json';
  if (file.endsWith('.jsonl') || file.endsWith('.ndjson')) return 'jsonl';
  if (file.endsWith('.yaml') || file.endsWith('.yml')) return 'yaml';
  if (file.endsWith('.toml')) return 'toml';
  return undefined;
}

export const pathKey = (path: Path): string => JSON.stringify(path);

/** What a mutation asks the emitter to do besides writing the value. */
export interface Patches {
  /** Leaf (or subtree) at this path is written as this raw text instead. */
  raw?: Map<string, string>;
  /** Extra raw member(s) appended to the object at this path: [rawKey, rawValue]. */
  extra?: Map<string, [string, string][]>;
  /** Object at this path is written with its keys in this order. */
  order?: Map<string, string[]>;
  /** Indentation style (reformat). */
  indent?: number;
}

export function parseDoc(format: Format, text: string): unknown {
  switch (format) {
    case 'json':
      return JSON.parse(text);
    case 'jsonl':
      return text
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l));
    case 'yaml':
      return parseYaml(text, { uniqueKeys: true });
    case 'toml':
      return normalizeToml(parseToml(text));
  }
}

/** smol-toml gives Date subclasses for date/time literals; keep their text so they round-trip. */
class TomlLiteral {
  constructor(readonly text: string) {}
}
function normalizeToml(v: unknown): unknown {
  if (v instanceof Date) return new TomlLiteral((v as Date & { toISOString(): string }).toISOString());
  if (Array.isArray(v)) return v.map(normalizeToml);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalizeToml(x)]));
  return v;
}
export const isTomlLiteral = (v: unknown): v is { text: string } => v instanceof TomlLiteral;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof TomlLiteral);

function keysOf(obj: Record<string, unknown>, path: Path, patches: Patches): string[] {
  return patches.order?.get(pathKey(path)) ?? Object.keys(obj);
}

// ---------------------------------------------------------------- JSON
function jsonScalar(v: unknown): string {
  if (v instanceof TomlLiteral) return JSON.stringify(v.text);
  if (typeof v === 'number' && Object.is(v, -0)) return '-0';
  return JSON.stringify(v);
}

function emitJsonValue(v: unknown, path: Path, patches: Patches, depth: number, indent: number): string {
  const raw = patches.raw?.get(pathKey(path));
  if (raw !== undefined) return raw;
  const nl = indent > 0 ? '\n' : '';
  const pad = (d: number) => ' '.repeat(indent * d);
  const sep = indent > 0 ? ': ' : ':';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    const items = v.map((x, i) => pad(depth + 1) + emitJsonValue(x, [...path, i], patches, depth + 1, indent));
    return `[${nl}${items.join(`,${nl}`)}${nl}${pad(depth)}]`;
  }
  if (isObject(v)) {
    const members = keysOf(v, path, patches).map((k) => `${pad(depth + 1)}${JSON.stringify(k)}${sep}${emitJsonValue(v[k], [...path, k], patches, depth + 1, indent)}`);
    for (const [k, x] of patches.extra?.get(pathKey(path)) ?? []) members.push(`${pad(depth + 1)}${k}${sep}${x}`);
    if (members.length === 0) return '{}';
    return `{${nl}${members.join(`,${nl}`)}${nl}${pad(depth)}}`;
  }
  return jsonScalar(v);
}

// ---------------------------------------------------------------- YAML (block style, double-quoted scalars)
function yamlScalar(v: unknown): string {
  if (v instanceof TomlLiteral) return JSON.stringify(v.text);
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null) return 'null';
  if (typeof v === 'number' && Object.is(v, -0)) return '-0';
  return String(v);
}

function emitYamlBlock(v: unknown, path: Path, patches: Patches, depth: number): string[] {
  const pad = '  '.repeat(depth);
  const lines: string[] = [];
  const child = (x: unknown, p: Path): { inline?: string; block?: string[] } => {
    const raw = patches.raw?.get(pathKey(p));
    if (raw !== undefined) return { inline: raw };
    if (Array.isArray(x)) return x.length === 0 ? { inline: '[]' } : { block: emitYamlBlock(x, p, patches, depth + 1) };
    if (isObject(x)) return Object.keys(x).length === 0 && !patches.extra?.has(pathKey(p)) ? { inline: '{}' } : { block: emitYamlBlock(x, p, patches, depth + 1) };
    return { inline: yamlScalar(x) };
  };
  if (Array.isArray(v)) {
    v.forEach((x, i) => {
      const c = child(x, [...path, i]);
      if (c.inline !== undefined) lines.push(`${pad}- ${c.inline}`);
      else lines.push(`${pad}-`, ...(c.block ?? []));
    });
  } else if (isObject(v)) {
    for (const k of keysOf(v, path, patches)) {
      const c = child(v[k], [...path, k]);
      if (c.inline !== undefined) lines.push(`${pad}${JSON.stringify(k)}: ${c.inline}`);
      else lines.push(`${pad}${JSON.stringify(k)}:`, ...(c.block ?? []));
    }
    for (const [k, x] of patches.extra?.get(pathKey(path)) ?? []) {
      // A raw key may span lines (`? key\n: value`); indent every line of it.
      lines.push(...`${k}${x === '' ? '' : `: ${x}`}`.split('\n').map((l) => pad + l));
    }
  } else {
    lines.push(pad + yamlScalar(v));
  }
  return lines;
}

// ---------------------------------------------------------------- TOML
const BARE_KEY = /^[A-Za-z0-9_-]+$/;
const tomlKey = (k: string) => (BARE_KEY.test(k) ? k : tomlString(k));
function tomlString(s: string): string {
  // JSON escapes are TOML basic-string escapes, except DEL, which TOML forbids raw.
  return JSON.stringify(s).replace(/\u007f/g, '\\u007F');
}
function tomlInline(v: unknown, path: Path, patches: Patches): string {
  const raw = patches.raw?.get(pathKey(path));
  if (raw !== undefined) return raw;
  if (v instanceof TomlLiteral) return v.text;
  if (typeof v === 'string') return tomlString(v);
  if (typeof v === 'number') {
    if (Object.is(v, -0)) return '-0.0';
    return String(v);
  }
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map((x, i) => tomlInline(x, [...path, i], patches)).join(', ')}]`;
  if (isObject(v)) {
    const parts = keysOf(v, path, patches).map((k) => `${tomlKey(k)} = ${tomlInline(v[k], [...path, k], patches)}`);
    for (const [k, x] of patches.extra?.get(pathKey(path)) ?? []) parts.push(`${k} = ${x}`);
    return `{ ${parts.join(', ')} }`;
  }
  throw new Error(`TOML cannot hold ${String(v)}`);
}
const isTableArray = (v: unknown): v is Record<string, unknown>[] => Array.isArray(v) && v.length > 0 && v.every(isObject);

function emitTomlTable(obj: Record<string, unknown>, path: Path, patches: Patches, header: string | undefined, out: string[]): void {
  const keys = keysOf(obj, path, patches);
  const scalars = keys.filter((k) => patches.raw?.has(pathKey([...path, k])) || (!isObject(obj[k]) && !isTableArray(obj[k])));
  const tables = keys.filter((k) => !scalars.includes(k) && isObject(obj[k]));
  const arrays = keys.filter((k) => !scalars.includes(k) && isTableArray(obj[k]));
  if (header !== undefined) out.push(header);
  for (const k of scalars) out.push(`${tomlKey(k)} = ${tomlInline(obj[k], [...path, k], patches)}`);
  for (const [k, x] of patches.extra?.get(pathKey(path)) ?? []) out.push(`${k} = ${x}`);
  const name = (k: string) => [...path.map(String), k].map(tomlKey).join('.');
  for (const k of tables) emitTomlTable(obj[k] as Record<string, unknown>, [...path, k], patches, `[${name(k)}]`, out);
  for (const k of arrays) (obj[k] as Record<string, unknown>[]).forEach((t, i) => emitTomlTable(t, [...path, k, i], patches, `[[${name(k)}]]`, out));
}

export function emitDoc(format: Format, value: unknown, patches: Patches = {}): string {
  switch (format) {
    case 'json':
      return `${emitJsonValue(value, [], patches, 0, patches.indent ?? 2)}\n`;
    case 'jsonl':
      return (value as unknown[]).map((line, i) => `${emitJsonValue(line, [i], patches, 0, 0)}\n`).join('');
    case 'yaml':
      return `${emitYamlBlock(value, [], patches, 0).join('\n')}\n`;
    case 'toml': {
      const out: string[] = [];
      if (!isObject(value)) throw new Error('TOML documents are tables');
      emitTomlTable(value, [], patches, undefined, out);
      return `${out.join('\n')}\n`;
    }
  }
}

/** A seed document can be mutated through our emitter only if emitting it loses nothing. */
export function roundTrips(format: Format, value: unknown): boolean {
  try {
    return isDeepStrictEqual(plain(parseDoc(format, emitDoc(format, value))), plain(value));
  } catch {
    return false;
  }
}
function plain(v: unknown): unknown {
  if (v instanceof TomlLiteral) return `toml:${v.text}`;
  if (Array.isArray(v)) return v.map(plain);
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

export interface Leaf {
  path: Path;
  value: unknown;
  /** The object holding this leaf's key, when the leaf is an object member. */
  parentIsObject: boolean;
}

/** Every scalar (and every empty container) in the document, depth first, in key order. */
export function leaves(v: unknown, path: Path = [], parentIsObject = false): Leaf[] {
  if (Array.isArray(v)) {
    if (v.length === 0) return path.length > 0 ? [{ path, value: v, parentIsObject }] : [];
    return v.flatMap((x, i) => leaves(x, [...path, i], false));
  }
  if (isObject(v)) {
    const keys = Object.keys(v);
    if (keys.length === 0) return path.length > 0 ? [{ path, value: v, parentIsObject }] : [];
    return keys.flatMap((k) => leaves(v[k], [...path, k], true));
  }
  return [{ path, value: v, parentIsObject }];
}

/** Every object in the document (for key-level mutations). */
export function objects(v: unknown, path: Path = []): { path: Path; value: Record<string, unknown> }[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => objects(x, [...path, i]));
  if (isObject(v)) return [{ path, value: v }, ...Object.entries(v).flatMap(([k, x]) => objects(x, [...path, k]))];
  return [];
}

export function getAt(v: unknown, path: Path): unknown {
  let cur = v;
  for (const seg of path) cur = (cur as Record<string | number, unknown>)[seg];
  return cur;
}

/** A deep copy with the value at `path` replaced (or removed, when `remove`). */
export function setAt(v: unknown, path: Path, value: unknown, remove = false): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(v)) {
    const copy = [...v];
    if (rest.length === 0 && remove) copy.splice(head as number, 1);
    else copy[head as number] = setAt(copy[head as number], rest, value, remove);
    return copy;
  }
  const obj = v as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(obj)) {
    if (k === head && rest.length === 0 && remove) continue;
    copy[k] = k === head ? setAt(x, rest, value, remove) : x;
  }
  return copy;
}
