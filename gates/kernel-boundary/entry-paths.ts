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
/** The working directory (`process.cwd()`, where `path.resolve` starts): the root, where a program is run from. */
const ROOT = '\u0001';
const MAX_DEPTH = 6;

/** See BoundLoad. `text` is the entry's text (where its names are bound). */
export function boundLoad(expression: string, text: string, entry?: string): BoundLoad {
  let reached: string[] = [expression];
  const value = fold(expression, text, 0, reached);
  // What the names reach counts whether or not the value could be folded (`[up, up, 'src/x'].join('/')`, `cfg.t`,
  // a destructured name, a helper's return): an unevaluable load built from climbing names still climbs. namesReached
  // follows every name the fold followed, once per use: its texts replace the fold's (each counted once).
  if (value === undefined) reached = [expression, ...namesReached(expression, text)];
  const climbing = reached.some((r) => PACKAGE_RELATIVE.test(r));
  const ups = reached.reduce((n, r) => n + (r.match(DOT_DOT)?.length ?? 0), 0);
  if (value === undefined || value.includes(HERE, 1) || value.includes(ROOT, 1)) return { climbing, ups };
  if (value.startsWith(ROOT)) {
    if (entry === undefined) return { climbing, ups };
    const fromEntry = posix.relative(posix.dirname(entry), posix.normalize(`.${value.slice(1)}`));
    return { path: fromEntry.startsWith('.') ? fromEntry : `./${fromEntry}`, climbing: true, ups };
  }
  if (!value.startsWith(HERE)) return { path: value, climbing, ups };
  const path = posix.normalize(`.${value.slice(1)}`);
  return { path: path.startsWith('.') || path.startsWith('/') ? path : `./${path}`, climbing, ups };
}

/** The most texts namesReached gathers for one load (a name doubling another's value cannot blow it up). */
const MAX_REACHED = 64;

/**
 * The texts the names of an expression are given, followed transitively, each name counted at each use: the one
 * initialiser of `const|let|var name = …`, else every assignment to it, a destructuring's initialiser
 * (`const { t } = …`, `const [up] = …`), a property's assignments (`exports.t = …`) and the object it is read off
 * (`cfg.t`: cfg's initialiser), a function's body (`target()`).
 */
function namesReached(expression: string, text: string): string[] {
  const out: string[] = [];
  const pending: [string, number][] = [[expression, 0]];
  for (let next = pending.shift(); next !== undefined && out.length < MAX_REACHED; next = pending.shift()) {
    const [e, depth] = next;
    if (depth > MAX_DEPTH) continue;
    for (const m of withoutStrings(e).matchAll(NAME_CHAIN)) {
      const chain = m[0];
      if (KEYWORDS.has(chain)) continue;
      const texts = textsGiven(chain, text);
      for (const t of texts) {
        if (out.length >= MAX_REACHED) break;
        out.push(t);
        pending.push([t, depth + 1]);
      }
    }
  }
  return out;
}

const NAME_CHAIN = /(?<![\w$.])[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*/g;
const KEYWORDS = new Set(['require', 'import', 'module', 'exports', 'path', '__dirname', '__filename', 'process', 'return', 'new', 'typeof', 'await', 'this']);

/** What a name (or a property chain's first name and the chain itself) is given in the text (see namesReached). */
function textsGiven(chain: string, text: string): string[] {
  const parts = chain.split('.').map((p) => p.trim());
  const root = parts[0] as string;
  const out: string[] = [];
  if (parts.length > 1) out.push(...assignmentsOf(parts.join('.'), text));
  if (KEYWORDS.has(root)) return out;
  const init = bindingOf(root, text);
  if (init !== undefined) out.push(init);
  else out.push(...assignmentsOf(root, text));
  const escaped = root.replace(/\$/g, '\\$');
  // `const { t } = …` / `const [up, file] = …` / `function t(…) { … }`.
  for (const d of text.matchAll(new RegExp(`\\b(?:const|let|var)\\s*([{[][^=;]*?(?<![\\w$])${escaped}(?![\\w$])[^=;]*?[}\\]])\\s*=(?!=)`, 'g'))) {
    const end = statementEnd(text, d.index + d[0].length);
    out.push(text.slice(d.index + d[0].length, end ?? Math.min(text.length, d.index + d[0].length + 2000)));
  }
  for (const f of text.matchAll(new RegExp(`\\bfunction\\s*\\*?\\s*${escaped}\\s*\\(`, 'g'))) {
    const body = text.indexOf('{', f.index + f[0].length);
    const close = body < 0 ? -1 : closingOf(text, body);
    if (close > body) out.push(text.slice(body, close + 1));
  }
  return out;
}

/** The expression with its quoted strings left out (their names are no names), a template's `${…}` kept. */
function withoutStrings(e: string): string {
  return e.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, "''").replace(/`(?:[^`\\$]|\\.|\$(?!\{))*`/g, "''");
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
  const quoted = /^'((?:[^'\\\n]|\\.)*)'$|^"((?:[^"\\\n]|\\.)*)"$/.exec(e);
  if (quoted !== null) return unescaped((quoted[1] ?? quoted[2]) as string);
  if (/^String\s*\.\s*raw\s*`[^`$\\]*`$/.test(e)) return e.slice(e.indexOf('`') + 1, -1);
  if (/^process\s*\.\s*cwd\s*\(\s*\)$/.test(e)) return ROOT;
  // `new URL('../../src/x.js', import.meta.url)` and its `.href` / `.pathname` / `.toString()`: beside the module.
  const url = /^new\s+URL\s*\(([\s\S]*)\)$/.exec(e);
  if (url !== null) {
    const args = splitTopLevel(url[1] as string, ',');
    if (args?.length !== 2 || !/^\s*import\s*\.\s*meta\s*\.\s*url\s*$/.test(args[1] as string)) return undefined;
    const v = fold(args[0] as string, text, depth + 1, reached);
    return v === undefined || v.startsWith(HERE) || v.startsWith(ROOT) || v.startsWith('/') ? undefined : `${HERE}/${posix.normalize(v)}`;
  }
  const member = /^([\s\S]+?)\s*\.\s*(?:href|pathname|toString\s*\(\s*\))$/.exec(e);
  if (member !== null) {
    const v = fold(member[1] as string, text, depth + 1, reached);
    return v?.startsWith(HERE) === true ? v : undefined;
  }
  if (SEPARATOR.test(e) && (e !== 'sep' || fromPathModule('sep', text))) return '/';
  const method = methodCall(e);
  if (method !== undefined) {
    const got = stringMethod(method, text, depth, reached);
    if (got !== null) return got;
  }
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
  // `path.join(…)`, `path.posix.join(…)`, or `join(…)` destructured from the path module.
  const call = /^(?:([A-Za-z_$][\w$]*)\s*\.\s*(?:posix\s*\.\s*)?)?(join|resolve)\(([\s\S]*)\)$/.exec(e);
  if (call === null || (call[1] === undefined ? !fromPathModule(call[2] as string, text) : !pathModule(call[1], text))) return undefined;
  const args = splitTopLevel(call[3] as string, ',');
  if (args === undefined) return undefined;
  const values: string[] = [];
  for (const a of args) {
    const v = fold(a, text, depth + 1, reached);
    if (v === undefined) return undefined;
    values.push(v);
  }
  // path.resolve starts at the working directory unless a piece is the module's directory or absolute.
  if (call[2] === 'resolve' && !values.some((v) => v.startsWith(HERE) || v.startsWith(ROOT) || v.startsWith('/'))) values.unshift(ROOT);
  const from = values.reduce((acc, v) => (v.startsWith(HERE) || v.startsWith(ROOT) || (call[2] === 'resolve' && v.startsWith('/')) ? v : acc === '' ? v : `${acc}/${v}`), '');
  if (from.startsWith(ROOT)) {
    const rest = from.slice(1).replace(/^\/+/, '');
    return rest === '' ? ROOT : `${ROOT}/${posix.normalize(rest)}`;
  }
  if (!from.startsWith(HERE)) return posix.normalize(from);
  const rest = from.slice(1).replace(/^\/+/, '');
  return rest === '' ? HERE : `${HERE}/${posix.normalize(rest)}`;
}

/** `sep`, `path.sep`, `path.posix.sep`: the separator, `/` where Node loads these paths. */
const SEPARATOR = /^(?:[A-Za-z_$][\w$]*\s*\.\s*(?:posix\s*\.\s*)?)?sep$/;

/** A JS string literal's body with its escapes read (`\x2e`, `\u002e`, `\u{2e}`); undefined for one the reader does not know. */
function unescaped(body: string): string | undefined {
  if (!body.includes('\\')) return body;
  let failed = false;
  const out = body.replace(/\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]{1,6})\}|([\\'"\/]))|\\/g, (m, x?: string, u?: string, v?: string, same?: string) => {
    if (x !== undefined || u !== undefined || v !== undefined) return String.fromCodePoint(Math.min(parseInt((x ?? u ?? v) as string, 16), 0x10ffff));
    if (same !== undefined) return same;
    failed = true;
    return m;
  });
  return failed ? undefined : out;
}

/** `name` is destructured from Node's path module in the text (`const { join, sep } = require('path')`, `import { sep } from 'node:path'`). */
function fromPathModule(name: string, text: string): boolean {
  const n = name.replace(/\$/g, '\\$');
  return new RegExp(`\\{[^{}]*(?<![\\w$])${n}(?![\\w$])[^{}]*\\}\\s*(?:=\\s*require\\(\\s*|from\\s*)['"](?:node:)?path(?:/posix)?['"]`).test(text);
}

/** The expression as a method call on a receiver (`recv.name(args)`), when its last `(` closes at its end. */
function methodCall(e: string): { receiver: string; name: string; args: string } | undefined {
  if (!e.endsWith(')')) return undefined;
  let open = -1;
  for (let i = 0; i < e.length; i++) {
    const c = e[i] as string;
    if (c === "'" || c === '"' || c === '`') {
      const close = stringEnd(e, i);
      if (close < 0) return undefined;
      i = close;
    } else if (c === '(' || c === '[' || c === '{') {
      const close = closingOf(e, i);
      if (close < 0) return undefined;
      if (c === '(' && close === e.length - 1) open = i;
      i = close;
    }
  }
  const m = open < 0 ? null : /^([\s\S]+?)\s*\.\s*([A-Za-z_$][\w$]*)\s*$/.exec(e.slice(0, open));
  return m === null ? undefined : { receiver: m[1] as string, name: m[2] as string, args: e.slice(open + 1, -1) };
}

/**
 * String and array methods a path is built with: `'../'.repeat(2)`, `up.concat('/', up)`, `[up, up, 'src'].join('/')`,
 * `String.fromCharCode(46, 46)`. Undefined when a piece cannot be folded; null for another method.
 */
function stringMethod(call: { receiver: string; name: string; args: string }, text: string, depth: number, reached: string[]): string | undefined | null {
  const args = call.args.trim() === '' ? [] : splitTopLevel(call.args, ',');
  if (args === undefined) return undefined;
  const folded = (list: string[]) => {
    const out: string[] = [];
    for (const a of list) {
      const v = fold(a, text, depth + 1, reached);
      if (v === undefined) return undefined;
      out.push(v);
    }
    return out;
  };
  if (call.name === 'fromCharCode' && /^String$/.test(call.receiver.trim())) {
    return args.every((a) => /^\s*\d{1,5}\s*$/.test(a)) ? String.fromCharCode(...args.map((a) => Number(a))) : undefined;
  }
  const receiver = call.receiver.trim();
  if (call.name === 'join' && receiver.startsWith('[') && closingOf(receiver, 0) === receiver.length - 1) {
    const items = splitTopLevel(receiver.slice(1, -1), ',');
    const values = items === undefined ? undefined : folded(items.filter((x) => x.trim() !== ''));
    const sep = args.length === 0 ? [','] : folded(args);
    return values === undefined || sep === undefined ? undefined : values.join(sep[0]);
  }
  if (call.name === 'repeat' && args.length === 1 && /^\s*\d{1,2}\s*$/.test(args[0] as string)) {
    const base = fold(receiver, text, depth + 1, reached);
    return base === undefined ? undefined : base.repeat(Number(args[0]));
  }
  if (call.name === 'concat') {
    const base = fold(receiver, text, depth + 1, reached);
    const rest = folded(args);
    return base === undefined || rest === undefined ? undefined : base + rest.join('');
  }
  return null;
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
  const escaped = name.replace(/[$.]/g, '\\$&');
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
