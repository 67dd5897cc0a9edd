/**
 * TypeScript / JavaScript import scanner: which modules a source file imports, and where.
 *
 * A lexer, not a grep: comments, string literals, template literals (with `${…}` nested to any
 * depth) and regular-expression literals are skipped, so an import written inside any of them is
 * not an edge. Reported forms: `import … from '…'`, `import '…'`, `import type … from '…'`,
 * `export … from '…'`, `export * from '…'`, `require('…')` and `import('…')` with a literal
 * specifier. A `require(…)` or `import(…)` whose argument is computed is reported in `unresolvable`:
 * it may import anything, and saying nothing would hide that.
 *
 * Whether a `/` starts a regular expression or is a division is decided by the previous token (the
 * usual heuristic): after an identifier, a literal, `)` or `]` it divides — except after the `)`
 * closing the head of `if (…)`, `while (…)`, `for (…)` or `with (…)`; after an operator, a
 * keyword such as `return`, `{`, `}` or at the start it begins a regex.
 */
import { posix } from 'node:path';

export type TsImportKind = 'import' | 'import_type' | 'side_effect' | 'export_from' | 'require' | 'dynamic_import';

export interface TsImport {
  kind: TsImportKind;
  specifier: string;
  /** 1-based line and column (UTF-16 code units) of the specifier's string literal. */
  line: number;
  column: number;
}

export interface TsUnresolvable {
  kind: 'require' | 'dynamic_import';
  /** The argument's source text, shortened. */
  expression: string;
  /** Position of the `require` / `import` keyword. */
  line: number;
  column: number;
}

export interface TsScan {
  imports: TsImport[];
  unresolvable: TsUnresolvable[];
}

// ---------------------------------------------------------------------------------------------
// Lexing

const enum T {
  Ident,
  Punct,
  String,
  Template,
  Regex,
  Number,
}

interface Token {
  t: T;
  /** Identifier or punctuation text; a string's value; a template's raw text (when it has no substitution). */
  v: string;
  line: number;
  column: number;
  start: number;
  end: number;
  /** Template literals: true once a `${` is seen. */
  subst?: boolean;
  /** A `)` closing the head of `if (…)`, `while (…)`, `for (…)` or `with (…)`: a statement follows, so a `/` after it begins a regex. */
  ctl?: boolean;
}

const REGEX_AFTER_KEYWORD = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await', 'extends']);
/** After these punctuators a `/` begins a regex. `)` and `]` are absent: after them it divides (unless the `)` ends a control head). */
const REGEX_AFTER_PUNCT = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%', '<', '>', '~', '^', '=>', '.']);
/** Keywords whose parenthesised head is followed by a statement: `if (ok) /re/.test(s)`. */
const CONTROL_HEADS = new Set(['if', 'while', 'for', 'with']);

const isIdentStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36 || c > 127;
const isIdentPart = (c: number) => isIdentStart(c) || (c >= 48 && c <= 57);

function lexTs(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  let lineStart = 0;
  /** Brace depth of code; each open template substitution remembers the depth its `}` closes. */
  let braces = 0;
  const templates: { token: Token; depth: number }[] = [];
  /** One entry per open `(`: whether it opens the head of a control statement. */
  const parens: boolean[] = [];

  const skipTo = (end: number) => {
    for (let k = i; k < end; k++) {
      if (text.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
    i = end;
  };

  if (text.startsWith('#!')) {
    const eol = text.indexOf('\n');
    i = eol === -1 ? n : eol;
  }

  const regexAllowed = (): boolean => {
    const prev = tokens[tokens.length - 1];
    if (prev === undefined) return true;
    if (prev.t === T.Punct) return prev.ctl === true || REGEX_AFTER_PUNCT.has(prev.v) || (prev.v.length > 1 && REGEX_AFTER_PUNCT.has(prev.v.slice(-1)));
    if (prev.t === T.Ident) return REGEX_AFTER_KEYWORD.has(prev.v) && !isPropertyName(tokens.length - 1);
    return false;
  };
  /** `x.return / 2`: a keyword used as a property name is an identifier. */
  const isPropertyName = (k: number) => tokens[k - 1]?.t === T.Punct && tokens[k - 1]?.v === '.';

  /**
   * Scans template characters from `j` (just after '`' or after the `}` closing a substitution).
   * Returns when the template ends or a substitution opens.
   */
  const templateBody = (token: Token, j: number) => {
    let k = j;
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c === 92) {
        k += 2;
        continue;
      }
      if (c === 96) {
        if (!token.subst) token.v += text.slice(j, k);
        token.end = k + 1;
        // After a template with substitutions the last token is one from inside it; this marker makes
        // the next `/` a division, as after any other literal.
        if (token.subst) tokens.push({ t: T.Punct, v: '`', line, column: k - lineStart + 1, start: k, end: k + 1 });
        skipTo(k + 1);
        return;
      }
      if (c === 36 && text.charCodeAt(k + 1) === 123) {
        token.subst = true;
        skipTo(k + 2);
        templates.push({ token, depth: braces });
        braces++;
        return;
      }
      k++;
    }
    token.end = n;
    skipTo(n);
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      i++;
      lineStart = i;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029) {
      i++;
      continue;
    }
    const column = i - lineStart + 1;
    const startLine = line;
    const start = i;

    if (c === 47 /* / */) {
      const d = text.charCodeAt(i + 1);
      if (d === 47) {
        const eol = text.indexOf('\n', i);
        i = eol === -1 ? n : eol;
        continue;
      }
      if (d === 42) {
        const close = text.indexOf('*/', i + 2);
        skipTo(close === -1 ? n : close + 2);
        continue;
      }
      if (regexAllowed()) {
        let j = i + 1;
        let inClass = false;
        while (j < n) {
          const e = text.charCodeAt(j);
          if (e === 10) break; // unterminated: a regex never spans lines
          if (e === 92) j += 2;
          else if (e === 91) {
            inClass = true;
            j++;
          } else if (e === 93) {
            inClass = false;
            j++;
          } else if (e === 47 && !inClass) {
            j++;
            break;
          } else j++;
        }
        while (j < n && isIdentPart(text.charCodeAt(j))) j++; // flags
        skipTo(Math.min(j, n));
        tokens.push({ t: T.Regex, v: '', line: startLine, column, start, end: i });
        continue;
      }
    }

    if (c === 34 || c === 39) {
      // A string never spans an unescaped newline; stopping there keeps one stray quote (JSX text) local.
      let j = i + 1;
      let value = '';
      while (j < n) {
        const e = text.charCodeAt(j);
        if (e === 92) {
          value += text.slice(j, j + 2);
          j += 2;
        } else if (e === c) {
          j++;
          break;
        } else if (e === 10) break;
        else {
          value += text[j];
          j++;
        }
      }
      skipTo(j);
      tokens.push({ t: T.String, v: unescapeSimple(value), line: startLine, column, start, end: i });
      continue;
    }

    if (c === 96 /* ` */) {
      const token: Token = { t: T.Template, v: '', line: startLine, column, start, end: n };
      tokens.push(token);
      templateBody(token, i + 1);
      continue;
    }

    if (isIdentStart(c) || (c === 92 && text.charCodeAt(i + 1) === 117) || (c === 35 && isIdentStart(text.charCodeAt(i + 1)))) {
      let j = i + 1;
      while (j < n && (isIdentPart(text.charCodeAt(j)) || text.charCodeAt(j) === 92)) j++;
      tokens.push({ t: T.Ident, v: text.slice(i, j), line: startLine, column, start, end: j });
      i = j;
      continue;
    }

    if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < n) {
        const e = text.charCodeAt(j);
        if (isIdentPart(e) || (e === 46 && text.charCodeAt(j + 1) !== 46)) j++;
        else break;
      }
      tokens.push({ t: T.Number, v: '', line: startLine, column, start, end: j });
      i = j;
      continue;
    }

    if (c === 123) braces++;
    if (c === 125) {
      const open = templates[templates.length - 1];
      if (open !== undefined && open.depth === braces - 1) {
        templates.pop();
        braces--;
        i++;
        templateBody(open.token, i);
        continue;
      }
      braces--;
    }
    // Multi-character punctuators the regex heuristic cares about.
    const two = text.slice(i, i + 2);
    const v = two === '=>' || two === '?.' || two === '&&' || two === '||' || two === '??' || two === '==' || two === '++' || two === '--' ? two : text[i] as string;
    const punct: Token = { t: T.Punct, v, line: startLine, column, start, end: i + v.length };
    if (v === '(') {
      const head = tokens[tokens.length - 1];
      parens.push(head !== undefined && head.t === T.Ident && CONTROL_HEADS.has(head.v) && !isPropertyName(tokens.length - 1));
    } else if (v === ')' && parens.pop() === true) punct.ctl = true;
    tokens.push(punct);
    i += v.length;
  }
  return tokens;
}

function unescapeSimple(raw: string): string {
  return raw.includes('\\') ? raw.replace(/\\(.)/g, '$1') : raw;
}

// ---------------------------------------------------------------------------------------------
// Parsing

const isPunct = (tok: Token | undefined, v: string) => tok !== undefined && tok.t === T.Punct && tok.v === v;
const isIdent = (tok: Token | undefined, v: string) => tok !== undefined && tok.t === T.Ident && tok.v === v;
const literalOf = (tok: Token | undefined): string | undefined =>
  tok !== undefined && (tok.t === T.String || (tok.t === T.Template && tok.subst !== true)) ? tok.v : undefined;
/** What may stand between `import` and `from`: names, braces, commas, `*`, `as`, `type`. */
const inClause = (tok: Token) => tok.t === T.Ident || (tok.t === T.Punct && (tok.v === '{' || tok.v === '}' || tok.v === ',' || tok.v === '*'));
const MAX_CLAUSE_TOKENS = 20_000;

export function scanTs(text: string): TsScan {
  const tokens = lexTs(text);
  const imports: TsImport[] = [];
  const unresolvable: TsUnresolvable[] = [];

  const add = (kind: TsImportKind, tok: Token) => imports.push({ kind, specifier: tok.v, line: tok.line, column: tok.column });

  /** `import(` / `require(` at `open` (the `(`): a literal argument is an import, anything else is unresolvable. */
  const call = (kw: Token, open: number, kind: 'require' | 'dynamic_import') => {
    const arg = tokens[open + 1];
    const after = tokens[open + 2];
    const value = literalOf(arg);
    if (value !== undefined && arg !== undefined && (isPunct(after, ')') || isPunct(after, ','))) {
      add(kind, { ...arg, v: value });
      return;
    }
    let depth = 0;
    let close = open;
    for (let k = open; k < tokens.length; k++) {
      if (isPunct(tokens[k], '(')) depth++;
      else if (isPunct(tokens[k], ')') && --depth === 0) {
        close = k;
        break;
      }
    }
    const from = arg?.start ?? kw.end;
    const to = close > open ? (tokens[close] as Token).start : Math.min(text.length, from + 80);
    const expression = text.slice(from, to).replace(/\s+/g, ' ').trim();
    unresolvable.push({ kind, expression: expression.length > 80 ? `${expression.slice(0, 79)}…` : expression, line: kw.line, column: kw.column });
  };

  for (let p = 0; p < tokens.length; p++) {
    const tok = tokens[p] as Token;
    if (tok.t !== T.Ident) continue;
    const prev = tokens[p - 1];
    if (isPunct(prev, '.') || isPunct(prev, '?.')) continue; // a property: x.import, x.require

    if (tok.v === 'import') {
      const next = tokens[p + 1];
      if (isPunct(next, '(')) {
        call(tok, p + 1, 'dynamic_import');
        continue;
      }
      if (next === undefined || isPunct(next, '.') || isPunct(next, ':') || isPunct(next, '=')) continue; // import.meta, { import: … }
      if (next.t === T.String) {
        add('side_effect', next);
        p++;
        continue;
      }
      const typeOnly = isIdent(next, 'type') && !isIdent(tokens[p + 2], 'from') && !isPunct(tokens[p + 2], ',') && !isPunct(tokens[p + 2], '=');
      let q = p + 1;
      while (q < tokens.length && q - p < MAX_CLAUSE_TOKENS && inClause(tokens[q] as Token) && !(isIdent(tokens[q], 'from') && tokens[q + 1]?.t === T.String)) q++;
      if (isIdent(tokens[q], 'from') && tokens[q + 1]?.t === T.String) {
        add(typeOnly ? 'import_type' : 'import', tokens[q + 1] as Token);
        p = q + 1;
      }
      continue;
    }

    if (tok.v === 'export') {
      let q = p + 1;
      if (isIdent(tokens[q], 'type')) q++;
      if (isPunct(tokens[q], '*')) {
        q++;
        if (isIdent(tokens[q], 'as')) q += 2;
      } else if (isPunct(tokens[q], '{')) {
        while (q < tokens.length && !isPunct(tokens[q], '}') && q - p < MAX_CLAUSE_TOKENS) q++;
        q++;
      } else continue;
      if (isIdent(tokens[q], 'from') && tokens[q + 1]?.t === T.String) {
        add('export_from', tokens[q + 1] as Token);
        p = q + 1;
      }
      continue;
    }

    if (tok.v === 'require' && isPunct(tokens[p + 1], '(')) {
      call(tok, p + 1, 'require');
    }
  }
  return { imports, unresolvable };
}

// ---------------------------------------------------------------------------------------------
// Resolving

/** Source extensions tried for an extensionless specifier, in order. */
export const TS_EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'] as const;
/** What a specifier written with a JS extension may stand for in a TypeScript project (`./x.js` → `x.ts`). */
const SOURCE_FOR: Record<string, readonly string[]> = {
  '.js': ['.ts', '.tsx', '.d.ts'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts', '.d.mts'],
  '.cjs': ['.cts', '.d.cts'],
};

export function isTsSource(path: string): boolean {
  return /\.(?:[cm]?[jt]sx?)$/.test(path) && !/\.[cm]?jsx?\.map$/.test(path);
}

/** `./x`, `../x`, `.` and `..`: the only specifiers that name a file of this project. */
export function isRelativeSpecifier(specifier: string): boolean {
  return specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');
}

/**
 * The files a relative specifier may name, most preferred first, as root-relative POSIX paths
 * (they may start with `../` when the specifier climbs out of the root). Query and hash suffixes
 * (`?raw`, `#x`) are dropped. Empty for a bare specifier.
 */
export function tsCandidates(from: string, specifier: string): string[] {
  if (!isRelativeSpecifier(specifier)) return [];
  const clean = specifier.replace(/[?#].*$/, '');
  const target = posix.normalize(posix.join(posix.dirname(from), clean)).replace(/\/+$/, '');
  const out: string[] = [];
  const ext = posix.extname(target);
  const sources = SOURCE_FOR[ext];
  if (sources !== undefined) for (const s of sources) out.push(target.slice(0, -ext.length) + s);
  if (ext !== '' && !clean.endsWith('/')) out.push(target);
  for (const e of TS_EXTENSIONS) out.push(`${target}${e}`);
  for (const e of TS_EXTENSIONS) out.push(`${target === '.' ? '' : `${target}/`}index${e}`);
  return [...new Set(out)];
}

export type TsResolution = { kind: 'external' } | { kind: 'file'; path: string } | { kind: 'unresolved'; candidates: string[] };

/** Bare specifiers (packages, `node:` built-ins, path aliases) are external; relative ones resolve to the first existing candidate. */
export function resolveTsSpecifier(from: string, specifier: string, exists: (path: string) => boolean): TsResolution {
  if (!isRelativeSpecifier(specifier)) return { kind: 'external' };
  const candidates = tsCandidates(from, specifier);
  const path = candidates.find((c) => exists(c));
  return path !== undefined ? { kind: 'file', path } : { kind: 'unresolved', candidates };
}

export interface ResolvedTsEdge {
  from: string;
  to: string;
  kind: TsImportKind;
  specifier: string;
  line: number;
  column: number;
}

export interface TsProjectModel {
  edges: ResolvedTsEdge[];
  /** Relative specifiers that name no file of the project. */
  unresolved: (TsImport & { from: string; candidates: string[] })[];
  /** Computed `require(…)` / `import(…)`. */
  unresolvable: (TsUnresolvable & { from: string })[];
}

/** Scan and resolve every file against the set of files given (bare specifiers are dropped). */
export function resolveTsImports(files: ReadonlyMap<string, string>): TsProjectModel {
  const model: TsProjectModel = { edges: [], unresolved: [], unresolvable: [] };
  const exists = (p: string) => files.has(p);
  for (const from of [...files.keys()].sort()) {
    const scan = scanTs(files.get(from) as string);
    for (const imp of scan.imports) {
      const r = resolveTsSpecifier(from, imp.specifier, exists);
      if (r.kind === 'file') model.edges.push({ from, to: r.path, kind: imp.kind, specifier: imp.specifier, line: imp.line, column: imp.column });
      else if (r.kind === 'unresolved') model.unresolved.push({ ...imp, from, candidates: r.candidates });
    }
    for (const u of scan.unresolvable) model.unresolvable.push({ ...u, from });
  }
  return model;
}
