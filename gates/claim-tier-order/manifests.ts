/**
 * Package manifests as a registry shows them. npm, crates.io, PyPI and Packagist show a package's name, description,
 * keywords, readme and links on its page; they never show its scripts, dependencies or build settings. A manifest
 * among the release texts is scanned in the fields a registry shows only — the rest of the file is blanked (line ends
 * kept, so every position stays where it is): a script's label or a dependency's name is no release claim.
 *
 * Fail closed: a shown key is found by its name wherever it stands (nested, in an inline table, spelt with escapes),
 * and its whole value is kept; a file whose shape is not understood (not parseable) is scanned whole.
 */
import { posix } from 'node:path';

/** The manifests read by their fields, and the syntax of each. */
const MANIFEST_SYNTAX: Readonly<Record<string, 'json' | 'toml' | 'ini'>> = {
  'package.json': 'json',
  'composer.json': 'json',
  'Cargo.toml': 'toml',
  'pyproject.toml': 'toml',
  'setup.cfg': 'ini',
};

/**
 * Keys whose values a registry shows on the package's page (npm, crates.io, PyPI, Packagist, the VS Code marketplace),
 * compared lower-cased with `-` and `_` dropped (`long_description`, `home-page`).
 */
const SHOWN_KEYS = new Set([
  'name', 'displayname', 'description', 'summary', 'longdescription', 'keywords', 'categories', 'classifiers', 'readme', 'homepage', 'url',
  'documentation', 'repository', 'author', 'authors', 'contributors', 'maintainer', 'maintainers', 'publisher', 'urls', 'projecturls',
]);
const shownKey = (key: string): boolean => SHOWN_KEYS.has(key.toLowerCase().replace(/[-_]/g, ''));

/** The types a registry takes for a shown field (by JSON pointer / TOML path): anything else is not shown as text. */
const EXPECTED_TYPES: Readonly<Record<string, Readonly<Record<string, 'string' | 'strings' | 'readme' | 'inheritable'>>>> = {
  'package.json': { '/name': 'string', '/description': 'string', '/keywords': 'strings', '/readme': 'string', '/displayName': 'string' },
  'composer.json': { '/name': 'string', '/description': 'string', '/keywords': 'strings', '/readme': 'string' },
  'Cargo.toml': { '/package/name': 'string', '/package/description': 'inheritable', '/package/keywords': 'inheritable', '/package/categories': 'inheritable', '/package/readme': 'inheritable' },
  'pyproject.toml': { '/project/name': 'string', '/project/description': 'string', '/project/keywords': 'strings', '/project/classifiers': 'strings', '/project/readme': 'readme' },
};

export interface WrongType {
  pointer: string;
  offset: number;
  expected: string;
  found: unknown;
}

export interface ShownManifest {
  /** The source with everything a registry does not show blanked: spaces, line ends kept. */
  text: string;
}

/** True when `path` is a manifest read by its fields. */
export const isFieldManifest = (path: string): boolean => Object.hasOwn(MANIFEST_SYNTAX, posix.basename(path));

/** Decode a quoted key (JSON or TOML basic string, or a TOML literal string). */
function decodeKey(token: string): string {
  if (token.startsWith("'")) return token.slice(1, -1);
  if (!token.startsWith('"')) return token;
  return token.slice(1, -1).replace(/\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))/g, (_, u: string | undefined, big: string | undefined, c: string | undefined) => {
    if (u !== undefined || big !== undefined) return String.fromCodePoint(Math.min(parseInt((u ?? big) as string, 16), 0x10ffff));
    return ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[c as string] ?? (c as string);
  });
}

/** The end of a quoted string starting at `at` (its quote), or of the text. */
function stringEnd(text: string, at: number): number {
  const q = text[at] as string;
  const triple = text.startsWith(q.repeat(3), at);
  if (triple) {
    for (let k = at + 3; k < text.length; k++) {
      if (q === '"' && text[k] === '\\') k++;
      else if (text.startsWith(q.repeat(3), k)) {
        let end = k + 3;
        while (text[end] === q && end < k + 5) end++;
        return end;
      }
    }
    return text.length;
  }
  for (let k = at + 1; k < text.length; k++) {
    if (q === '"' && text[k] === '\\') k++;
    else if (text[k] === q) return k + 1;
  }
  return text.length;
}

/** The end of the value starting after `from` (spaces skipped): a string, a bracketed array or table, or the rest of the line. */
function valueEnd(text: string, from: number, comments: boolean): number {
  let k = from;
  while (k < text.length && /[ \t\r\n]/.test(text[k] as string)) k++;
  const c = text[k];
  if (c === '"' || c === "'") return stringEnd(text, k);
  if (c === '[' || c === '{') {
    let depth = 0;
    for (; k < text.length; k++) {
      const d = text[k] as string;
      if (d === '"' || d === "'") k = stringEnd(text, k) - 1;
      else if (comments && d === '#') while (k < text.length && text[k] !== '\n') k++;
      else if (d === '[' || d === '{') depth++;
      else if ((d === ']' || d === '}') && --depth === 0) return k + 1;
    }
    return text.length;
  }
  const eol = text.indexOf('\n', k);
  return eol === -1 ? text.length : eol;
}

/** [start, end) ranges of the shown values (with their keys) in a JSON text: every key, at any depth, by its decoded name. */
function jsonRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let k = 0; k < text.length; k++) {
    if (text[k] !== '"') continue;
    const end = stringEnd(text, k);
    const colon = /^[ \t\r\n]*:/.exec(text.slice(end, end + 64));
    if (colon !== null && shownKey(decodeKey(text.slice(k, end)))) {
      const valueFrom = end + colon[0].length;
      ranges.push([k, valueEnd(text, valueFrom, false)]);
    }
    k = end - 1;
  }
  return ranges;
}

const TOML_KEY_PART = String.raw`(?:[A-Za-z0-9_-]+|"(?:[^"\\\n]|\\.)*"|'[^'\n]*')`;
const TOML_KEY = new RegExp(String.raw`(^|[{,])[ \t]*(${TOML_KEY_PART}(?:[ \t]*\.[ \t]*${TOML_KEY_PART})*)[ \t]*=`, 'gm');
const TOML_PART = new RegExp(TOML_KEY_PART, 'g');
const TOML_HEADER = /^[ \t]*\[\[?([^\]\n]*)\]\]?[ \t]*(?:#.*)?$/gm;

/** Shown ranges in a TOML text: every key any of whose parts is shown, with its value; a `[…urls]` table whole. */
function tomlRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(TOML_KEY)) {
    const keyStart = m.index + (m[1] as string).length;
    const parts = [...(m[2] as string).matchAll(TOML_PART)].map((p) => decodeKey(p[0]));
    if (parts.some(shownKey)) ranges.push([keyStart, valueEnd(text, m.index + m[0].length, true)]);
  }
  // A table of links (`[project.urls]`): PyPI shows its keys as the links' labels.
  const headers = [...text.matchAll(TOML_HEADER)];
  headers.forEach((h, i) => {
    const parts = [...(h[1] as string).matchAll(TOML_PART)].map((p) => decodeKey(p[0]));
    if (parts.length > 0 && shownKey(parts[parts.length - 1] as string)) ranges.push([h.index, headers[i + 1]?.index ?? text.length]);
  });
  return ranges;
}

/** Shown ranges in a setup.cfg: a shown key's line and its indented continuation lines (blank lines between allowed). */
function iniRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let offset = 0;
  let open: [number, number] | undefined;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (open !== undefined && /^[ \t]+\S/.test(line)) {
      open[1] = start + line.length;
      continue;
    }
    if (open !== undefined && line.trim() === '') continue;
    open = undefined;
    const m = /^([A-Za-z0-9_.-]+)[ \t]*[=:]/.exec(line);
    if (m !== null && shownKey(m[1] as string)) ranges.push((open = [start, start + line.length]));
  }
  return ranges;
}

/** The manifest with everything a registry does not show blanked; undefined for a file that is not a field manifest. */
export function shownManifest(path: string, text: string): ShownManifest | undefined {
  const syntax = MANIFEST_SYNTAX[posix.basename(path)];
  if (syntax === undefined) return undefined;
  const ranges = syntax === 'json' ? jsonRanges(text) : syntax === 'toml' ? tomlRanges(text) : iniRanges(text);
  const keep = new Uint8Array(text.length);
  for (const [start, end] of ranges) keep.fill(1, start, end);
  let out = '';
  for (let k = 0; k < text.length; k++) {
    const c = text[k] as string;
    out += keep[k] === 1 || c === '\n' || c === '\r' ? c : ' ';
  }
  return { text: out };
}

const typeName = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`);

/**
 * Shown fields of a parsed manifest holding a type the registry does not show as text (a description that is an
 * object, keywords that are not strings): what the page shows of them is not what the gate reads.
 */
export function wrongTypes(path: string, value: unknown): { pointer: string; expected: string; found: string }[] {
  const expectations = EXPECTED_TYPES[posix.basename(path)];
  if (expectations === undefined || value === null || typeof value !== 'object') return [];
  const out: { pointer: string; expected: string; found: string }[] = [];
  for (const [pointer, kind] of Object.entries(expectations)) {
    let at: unknown = value;
    for (const part of pointer.split('/').slice(1)) at = at !== null && typeof at === 'object' && !Array.isArray(at) ? (at as Record<string, unknown>)[part] : undefined;
    if (at === undefined) continue;
    const isStrings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
    const inherited = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v) && (v as Record<string, unknown>).workspace === true && Object.keys(v).length === 1;
    const ok =
      kind === 'string'
        ? typeof at === 'string'
        : kind === 'strings'
          ? isStrings(at)
          : kind === 'readme'
            ? typeof at === 'string' || (at !== null && typeof at === 'object' && !Array.isArray(at))
            : typeof at === 'string' || isStrings(at) || inherited(at) || (pointer.endsWith('/readme') && typeof at === 'boolean');
    if (!ok) {
      const expected = kind === 'string' ? 'a string' : kind === 'strings' ? 'an array of strings' : kind === 'readme' ? 'a path or a table { file or text }' : 'a string, an array of strings or { workspace = true }';
      out.push({ pointer, expected, found: typeName(at) });
    }
  }
  return out;
}

/**
 * The readme files a manifest names (`readme = "docs/INTRO.md"`, `{ file = "README.rst" }`, setup.cfg
 * `long_description = file: README.md`), relative to the root: the registry shows them as the package's page.
 */
export function namedReadmes(path: string, value: unknown, text: string): string[] {
  const dir = posix.dirname(path);
  const out: string[] = [];
  const add = (p: unknown) => {
    if (typeof p !== 'string' || p.trim() === '' || /^[a-z]+:/i.test(p.trim()) || p.includes('\n')) return;
    const joined = posix.normalize(posix.join(dir, p.trim()));
    if (!joined.startsWith('../') && joined !== '..' && !posix.isAbsolute(joined)) out.push(joined);
  };
  const base = posix.basename(path);
  const get = (...parts: string[]): unknown => {
    let at: unknown = value;
    for (const part of parts) at = at !== null && typeof at === 'object' && !Array.isArray(at) ? (at as Record<string, unknown>)[part] : undefined;
    return at;
  };
  if (base === 'Cargo.toml') add(get('package', 'readme'));
  if (base === 'composer.json') add(get('readme'));
  if (base === 'pyproject.toml') {
    for (const readme of [get('project', 'readme'), get('tool', 'poetry', 'readme')]) {
      if (typeof readme === 'string') add(readme);
      else if (Array.isArray(readme)) readme.forEach(add);
      else if (readme !== null && typeof readme === 'object') add((readme as Record<string, unknown>).file);
    }
  }
  if (base === 'package.json') {
    // npm's `readme` holds the text itself; a value that is only a file name names the file.
    const readme = get('readme');
    if (typeof readme === 'string' && /^[\w./-]+\.(?:md|markdown|txt|rst)$/i.test(readme.trim())) add(readme);
  }
  if (base === 'setup.cfg') {
    for (const m of text.matchAll(/^long_description[ \t]*[=:][ \t]*file:[ \t]*([^\n]*)$/gm)) for (const p of (m[1] as string).split(',')) add(p);
  }
  return out;
}
