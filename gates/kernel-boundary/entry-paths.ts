/**
 * kernel_boundary: the path a computed load of an installed package's entry names when it is built from names the
 * entry binds (`const target = '../../src/store/db'; require(target)`, a template literal, `+`, `path.join` of bound
 * names and `__dirname`). readEntryLoads reads it only in an entry that spells enough `..` to leave node_modules.
 */
import { posix } from 'node:path';

/** What a computed load's expression is, with the names it uses replaced by what the entry binds them to. */
export interface BoundLoad {
  /** The specifier it evaluates to (relative to the entry when `./`/`../`-led), when every piece is known. */
  path?: string;
  /** The expression or a binding it reaches is built from where the module lies or climbs by a `..` of its own. */
  climbing: boolean;
  /** The `..` segments the expression and the bindings it reaches spell, each binding counted at each use. */
  ups: number;
}

/** A computed load built from where its module lies, or climbing by a `..` of its own. */
const PACKAGE_RELATIVE = /__dirname|__filename|import\.meta|process\.cwd|\.\.(?=[/'"`\\])/;
/** A `..` path segment as a text spells it (`../`, `'..'`), not a spread or an ellipsis. */
const DOT_DOT = /\.\.(?=[/'"`\\])/g;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** The entry's own directory, as the first character of a value. */
const HERE = '\u0000';
const MAX_DEPTH = 6;

/** See BoundLoad. `text` is the entry's text (where its names are bound). */
export function boundLoad(expression: string, text: string): BoundLoad {
  const reached: string[] = [expression];
  const value = fold(expression, text, 0, reached);
  const climbing = reached.some((r) => PACKAGE_RELATIVE.test(r));
  const ups = reached.reduce((n, r) => n + (r.match(DOT_DOT)?.length ?? 0), 0);
  if (value === undefined || value.includes(HERE, 1)) return { climbing, ups };
  if (!value.startsWith(HERE)) return { path: value, climbing, ups };
  const path = posix.normalize(`.${value.slice(1)}`);
  return { path: path.startsWith('.') || path.startsWith('/') ? path : `./${path}`, climbing, ups };
}

function fold(expression: string, text: string, depth: number, reached: string[]): string | undefined {
  if (depth > MAX_DEPTH) return undefined;
  let e = expression.trim();
  while (e.startsWith('(') && closingOf(e, 0) === e.length - 1) e = e.slice(1, -1).trim();
  const parts = splitTopLevel(e, '+');
  if (parts === undefined) return undefined;
  if (parts.length > 1) {
    let out = '';
    for (const p of parts) {
      const v = fold(p, text, depth + 1, reached);
      if (v === undefined) return undefined;
      out += v;
    }
    return out;
  }
  const quoted = /^'([^'\\]*)'$|^"([^"\\]*)"$/.exec(e);
  if (quoted !== null) return (quoted[1] ?? quoted[2]) as string;
  if (e.startsWith('`') && e.endsWith('`') && e.length > 1) return template(e.slice(1, -1), text, depth, reached);
  if (e === '__dirname' || e === 'import.meta.dirname') return HERE;
  if (IDENTIFIER.test(e)) {
    const init = bindingOf(e, text);
    // A name bound more than once or assigned again: each value it may hold counts toward the climb, none is the path.
    if (init === undefined) {
      reached.push(...assignmentsOf(e, text));
      return undefined;
    }
    reached.push(init);
    return fold(init, text, depth + 1, reached);
  }
  const call = /^([A-Za-z_$][\w$]*)\.(join|resolve)\(([\s\S]*)\)$/.exec(e);
  if (call === null || !pathModule(call[1] as string, text)) return undefined;
  const args = splitTopLevel(call[3] as string, ',');
  if (args === undefined) return undefined;
  const values: string[] = [];
  for (const a of args) {
    const v = fold(a, text, depth + 1, reached);
    if (v === undefined) return undefined;
    values.push(v);
  }
  // path.resolve starts at the working directory unless a piece is the module's directory or absolute.
  if (call[2] === 'resolve' && !values.some((v) => v.startsWith(HERE) || v.startsWith('/'))) return undefined;
  const from = values.reduce((acc, v) => (v.startsWith(HERE) || (call[2] === 'resolve' && v.startsWith('/')) ? v : acc === '' ? v : `${acc}/${v}`), '');
  if (!from.startsWith(HERE)) return posix.normalize(from);
  const rest = from.slice(1).replace(/^\/+/, '');
  return rest === '' ? HERE : `${HERE}/${posix.normalize(rest)}`;
}

/** A template literal's body with each `${…}` folded; undefined when one cannot be. */
function template(body: string, text: string, depth: number, reached: string[]): string | undefined {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c === '\\' || c === '`') return undefined;
    if (c !== '$' || body[i + 1] !== '{') {
      out += c;
      continue;
    }
    const close = closingOf(body, i + 1);
    if (close < 0) return undefined;
    const v = fold(body.slice(i + 2, close), text, depth + 1, reached);
    if (v === undefined) return undefined;
    out += v;
    i = close;
  }
  return out;
}

/**
 * What `const|let|var name = …` binds the name to in the entry: its one initialiser, up to the `;` or line end that
 * closes it. Undefined when the name is bound more than once or assigned again (its value then depends on the run).
 */
function bindingOf(name: string, text: string): string | undefined {
  const escaped = name.replace(/\$/g, '\\$');
  const bindings = [...text.matchAll(new RegExp(`\\b(?:const|let|var)\\s+${escaped}\\s*=(?!=)`, 'g'))];
  if (bindings.length !== 1) return undefined;
  const start = (bindings[0] as RegExpExecArray).index + (bindings[0] as RegExpExecArray)[0].length;
  if (new RegExp(`(?<![\\w$.])${escaped}\\s*(?:[-+*/|&]?=(?!=)|\\+\\+|--)`, 'g').test(text.slice(start))) return undefined;
  const end = statementEnd(text, start);
  return end === undefined ? undefined : text.slice(start, end);
}

/** Every value the text binds or assigns to the name (`let t = …`, `t = …`, `t += …`), as written. */
function assignmentsOf(name: string, text: string): string[] {
  const escaped = name.replace(/\$/g, '\\$');
  const out: string[] = [];
  for (const m of text.matchAll(new RegExp(`(?<![\\w$.])${escaped}\\s*[-+*/|&]?=(?!=)`, 'g'))) {
    const start = m.index + m[0].length;
    const end = statementEnd(text, start);
    out.push(text.slice(start, end ?? Math.min(text.length, start + 2000)));
    if (out.length >= 32) break;
  }
  return out;
}

/** `name = require('path')` / `import name from 'path'` (or `node:path`, `* as name`) in the text. */
function pathModule(name: string, text: string): boolean {
  const m = name.replace(/\$/g, '\\$');
  return new RegExp(`\\b${m}\\s*=\\s*require\\(\\s*['"](?:node:)?path['"]\\s*\\)|import\\s+(?:\\*\\s+as\\s+)?${m}\\s+from\\s+['"](?:node:)?path['"]`).test(text);
}

/** Where the expression starting at `start` ends: the first `;`, `,` or line break outside brackets and strings. */
function statementEnd(text: string, start: number): number | undefined {
  let depth = 0;
  for (let i = start; i < text.length && i - start < 2000; i++) {
    const c = text[i] as string;
    if (c === "'" || c === '"' || c === '`') {
      const close = stringEnd(text, i);
      if (close < 0) return undefined;
      i = close;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return i;
      depth--;
    } else if (depth === 0 && (c === ';' || c === ',' || c === '\n')) return i;
  }
  return undefined;
}

/** The index of the quote closing the string opened at `open` (a template's `${…}` skipped whole), or -1. */
function stringEnd(text: string, open: number): number {
  const q = text[open] as string;
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === q) return i;
    else if (q === '`' && c === '$' && text[i + 1] === '{') {
      const close = closingOf(text, i + 1);
      if (close < 0) return -1;
      i = close;
    } else if (q !== '`' && c === '\n') return -1;
  }
  return -1;
}

/** The index of the bracket closing the one at `open` (strings skipped), or -1. */
function closingOf(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i] as string;
    if (c === "'" || c === '"' || c === '`') {
      const close = stringEnd(text, i);
      if (close < 0) return -1;
      i = close;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** The expression split at `mark` outside brackets and strings; undefined when its strings or brackets do not close. */
function splitTopLevel(e: string, mark: string): string[] | undefined {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < e.length; i++) {
    const c = e[i] as string;
    if (c === "'" || c === '"' || c === '`') {
      const close = stringEnd(e, i);
      if (close < 0) return undefined;
      i = close;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0 && c === mark) {
      out.push(e.slice(from, i));
      from = i + 1;
    }
  }
  out.push(e.slice(from));
  return depth === 0 ? out : undefined;
}
