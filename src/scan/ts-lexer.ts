/**
 * A TypeScript / JavaScript lexer that allocates nothing per token.
 *
 * Tokens live in one set of typed arrays (kind, start, end, line, column, punctuator id, flags) reused
 * from file to file; a token's text is sliced only when a parser asks for it. The lexer is one forward
 * pass with explicit stacks (never recursion), so input nested or left open to any depth is linear
 * and cannot overflow the call stack.
 *
 * It skips what is not code: comments, string literals (escapes decoded on request), template
 * literals with `${…}` nested to any depth, regular-expression literals and — when `jsx` is on —
 * JSX text and attribute strings, while the `{…}` expressions inside JSX are lexed as code. Whether
 * a `/` starts a regular expression is decided by the previous token: after an operand (identifier,
 * literal, `)`, `]`, a postfix `++`/`--`, a JSX element, the `}` of an object literal) it divides,
 * except after the `)` closing the head of `if (…)`, `while (…)`, `for (…)` or `with (…)`; after an
 * operator, a keyword such as `return`, `{`, the `}` of a block or at the start it begins a regex. A `<` where an operand is expected, followed
 * by a tag name or `>`, opens a JSX element.
 *
 * What it cannot make sense of is reported, never silently skipped: a string, template, regex,
 * comment or JSX element left open, or a `}` / `)` / `]` that closes nothing.
 */
import { lastOf } from '../util/arrays.js';

export const enum K {
  Ident = 1,
  Punct,
  String,
  /** A template literal without substitutions (its value is known). */
  Template,
  /** The head of a template literal with substitutions; the code inside follows as tokens, then a TemplateEnd. */
  TemplateHead,
  TemplateEnd,
  Regex,
  Number,
  /** A whole JSX element (from `<` to its end); its `{…}` expressions come after it as ordinary tokens. */
  Jsx,
  /** `#name` */
  Private,
}

/** Flag bits. */
export const F_ESCAPED = 1; // identifier written with \u escapes
export const F_CTL = 2; // `)` closing the head of if/while/for/with
export const F_OBJECT_END = 4; // `}` closing an object literal (an operand: a `/` after it divides)
export const F_TERNARY = 8; // `:` of a conditional expression `c ? a : b` (a `{` after it opens an object literal)

// Multi-character punctuators get ids above the char-code range.
export const P_ARROW = 1000;
export const P_OPTCHAIN = 1001;
export const P_INC = 1002;
export const P_DEC = 1003;
export const P_SPREAD = 1004;
export const P_OTHER2_ID = 1005; // &&, ||, ??, ==, !=, <=, >=, +=, … (two or more characters: all let a regex follow)

export interface LexError {
  line: number;
  column: number;
  message: string;
}

export class TokenBuffer {
  n = 0;
  kind = new Uint8Array(1024);
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  line = new Int32Array(1024);
  col = new Int32Array(1024);
  pv = new Int32Array(1024);
  flags = new Uint8Array(1024);

  grow(): void {
    const size = this.kind.length * 2;
    const g = <T extends Uint8Array | Int32Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.kind = g(this.kind);
    this.start = g(this.start);
    this.end = g(this.end);
    this.line = g(this.line);
    this.col = g(this.col);
    this.pv = g(this.pv);
    this.flags = g(this.flags);
  }
}

const REGEX_AFTER_KEYWORD = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await', 'extends', 'default']);
const CONTROL_HEADS = new Set(['if', 'while', 'for', 'with']);
const PAREN_PLAIN = 0;
const PAREN_CONTROL = 1;
const PAREN_FOR = 2;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

const isIdentStartCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36 || c > 127;
const isIdentPartCode = (c: number) => isIdentStartCode(c) || (c >= 48 && c <= 57);
/** JSX names also allow `-`, `:` and `.`. */
const isJsxNamePart = (c: number) => isIdentPartCode(c) || c === 45 || c === 58 || c === 46;

// Brace frames: what a `}` returns to.
const B_CODE = 0;
const B_TEMPLATE = 1;
const B_JSX_TAG = 2;
const B_JSX_CHILDREN = 3;
const B_OBJECT = 4;
/** The body of a function or class expression: code inside, but its `}` ends an operand (`function () {} / 2` divides). */
const B_EXPRESSION_BODY = 5;

const SHARED = new TokenBuffer();
let TERNARIES = new Int32Array(256);

/**
 * How `<!--` and a `-->` that starts a line are read. In a script (CommonJS: `.cjs`) they begin a comment to
 * the end of the line (ECMAScript Annex B); in a module (ESM, TypeScript) they are operators (`a <!--b` is
 * `a < !(--b)`); a `.js` file may be either, so there they are refused: a reading of one kind could hide code
 * the other runs.
 */
export type HtmlComments = 'script' | 'module' | 'either';

export interface LexOptions {
  /** Lex JSX (default true). */
  jsx?: boolean;
  /** Collect the ranges of `/** … *\/` comments (JSDoc types name modules in JavaScript files). */
  docComments?: boolean;
  /** Collect the ranges of every comment in code (`//`, `/* … *\/`, and `<!--` / `-->` lines in a script). */
  comments?: boolean;
  /** Default 'module'. */
  htmlComments?: HtmlComments;
}

export interface Lexed {
  text: string;
  tok: TokenBuffer;
  errors: LexError[];
  /** With `docComments`: start and end offsets of each `/** … *\/` comment, flat. */
  docs: number[];
  /** With `comments`: start and end offsets of each comment in code, flat, in order. */
  comments: number[];
}

/**
 * Lex `text`. The returned buffer is shared and overwritten by the next call: read it before lexing
 * another file.
 */
export function lexTs(text: string, options: LexOptions = {}): Lexed {
  const jsx = options.jsx ?? true;
  const htmlComments = options.htmlComments ?? 'module';
  const docs: number[] = [];
  const comments: number[] = [];
  const keepComments = options.comments === true;
  const tok = SHARED;
  tok.n = 0;
  const errors: LexError[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  let lineStart = 0;
  /** One entry per open `{` (code, template substitution, JSX attribute or child expression). */
  const braces: number[] = [];
  /** One entry per open `(`: whether it opens a control head, and whether that head is a `for`'s. */
  const parens: number[] = [];
  let brackets = 0;
  /** Open JSX trees, each its count of open elements. */
  const jsxTrees: number[] = [];
  /** The token count when the last JSX expression `{` opened: no token since means an operand may start. */
  let jsxExpressionAt = -1;
  /** The bracket depth of a function or class expression whose body `{` is still to come, or -1. */
  let expressionBodyAt = -1;
  /** Per bracket depth, the `?` of conditional expressions still waiting for their `:` (a reused buffer). */
  let ternaries = TERNARIES;
  ternaries.fill(0);
  const depth = (): number => {
    const d = braces.length + parens.length + brackets;
    if (d >= ternaries.length) {
      const grown = new Int32Array(Math.max(d + 1, ternaries.length * 2));
      grown.set(ternaries);
      TERNARIES = ternaries = grown;
    }
    return d;
  };

  const push = (kind: number, start: number, end: number, l: number, c: number, pv = 0, flags = 0) => {
    if (tok.n === tok.kind.length) tok.grow();
    const k = tok.n++;
    tok.kind[k] = kind;
    tok.start[k] = start;
    tok.end[k] = end;
    tok.line[k] = l;
    tok.col[k] = c;
    tok.pv[k] = pv;
    tok.flags[k] = flags;
  };
  const error = (l: number, c: number, message: string) => {
    if (errors.length < 20) errors.push({ line: l, column: c, message });
  };
  /** Advance to `end`, counting newlines. */
  const skipTo = (end: number) => {
    for (let k = i; k < end; k++) {
      const c = text.charCodeAt(k);
      if (c === 10 || ((c === 13 || c === 0x2028 || c === 0x2029) && !(c === 13 && text.charCodeAt(k + 1) === 10))) {
        line++;
        lineStart = k + 1;
      }
    }
    i = end;
  };
  const identIs = (k: number, word: string) => tok.kind[k] === K.Ident && tok.flags[k] === 0 && (tok.end[k] as number) - (tok.start[k] as number) === word.length && text.startsWith(word, tok.start[k] as number);
  const keywordAt = (k: number, set: ReadonlySet<string>) => tok.kind[k] === K.Ident && tok.flags[k] === 0 && (tok.end[k] as number) - (tok.start[k] as number) <= 10 && set.has(text.slice(tok.start[k], tok.end[k]));
  const isPropertyName = (k: number) => k > 0 && tok.kind[k - 1] === K.Punct && (tok.pv[k - 1] === 46 || tok.pv[k - 1] === P_OPTCHAIN);

  /**
   * Whether the identifier `k` is a keyword after which an operand starts (`return /re/`). `of` is one only
   * in a `for (…)` head after its binding (`let of = 4; of / 2` divides); other names are never keywords
   * after a `.` (`a.return / 2`).
   */
  const keywordBefore = (k: number): boolean => {
    if (!keywordAt(k, REGEX_AFTER_KEYWORD) || isPropertyName(k)) return false;
    if (!identIs(k, 'of')) return true;
    const binding = k > 0 && (tok.kind[k - 1] === K.Ident || tok.pv[k - 1] === 93 || tok.pv[k - 1] === 125);
    return binding && lastOf(parens) === PAREN_FOR;
  };
  /** Whether an operand (regex, JSX) may start here, judged from the previous token (or from token `k`). */
  const operandExpected = (k = tok.n - 1): boolean => {
    if (k < 0) return true;
    // Right after the `{` of a JSX attribute or child expression (which makes no token): `title={<>…</>}`,
    // `{/re/.test(s)}`, `style={{ a: 1 }}` start with an operand.
    if (k === tok.n - 1 && tok.n === jsxExpressionAt) return true;
    const kind = tok.kind[k];
    if (kind === K.Punct) {
      const p = tok.pv[k] as number;
      if (p === 41 /* ) */) return ((tok.flags[k] as number) & F_CTL) !== 0;
      if (p === 93 /* ] */) return false;
      if (p === 125 /* } */) return ((tok.flags[k] as number) & F_OBJECT_END) === 0;
      if (p === P_INC || p === P_DEC) {
        // Postfix after an operand (`a++ / b`) divides; prefix (`++/x/`) is nonsense either way.
        return k === 0 || !isOperandEnd(k - 1);
      }
      if (p === 33 /* ! */ && k > 0 && isOperandEnd(k - 1) && !LINE_BREAK.test(text.slice(tok.end[k - 1], tok.start[k]))) {
        // TypeScript's non-null assertion (`total! / count`) ends an operand: a `/` after it divides. In
        // JavaScript an operand followed by `!` on the same line is a syntax error, and after a line break
        // (comments included) automatic semicolon insertion makes `!` a prefix, where a regex may follow.
        return false;
      }
      return true;
    }
    if (kind === K.Ident) return keywordBefore(k);
    return kind === K.TemplateHead; // cannot happen: a head is followed by its substitution's tokens
  };
  /**
   * Whether a `{` here opens an object literal (an expression, whose `}` ends an operand) rather than a
   * block, class or function body, judged from the previous token: where an operand is expected
   * (`= {`, `({`, `, {`, `return {`) it is an object, except after `)`, `;`, `{`, `}`, `=>`, `>`
   * (`Promise<T> {`), `else` and `do`, and after `:` only inside another object literal (`case x: {`
   * and labels open blocks). A misread block keeps the old reading (a regex may follow it).
   */
  const objectLiteralHere = (k = tok.n - 1): boolean => {
    if (k < 0) return false;
    if (tok.kind[k] === K.Punct) {
      const p = tok.pv[k] as number;
      if (p === 58 /* : */) return lastOf(braces) === B_OBJECT || ((tok.flags[k] as number) & F_TERNARY) !== 0;
      if (p === 41 || p === 59 || p === 123 || p === 125 || p === P_ARROW || p === 62 || p === 93) return false;
      return operandExpected(k);
    }
    if (tok.kind[k] === K.Ident) return operandExpected(k) && !identIs(k, 'else') && !identIs(k, 'do');
    return false;
  };
  const isOperandEnd = (k: number): boolean => {
    const kind = tok.kind[k];
    if (kind === K.Punct) {
      const p = tok.pv[k];
      return (p === 41 && ((tok.flags[k] as number) & F_CTL) === 0) || p === 93 || (p === 125 && ((tok.flags[k] as number) & F_OBJECT_END) !== 0);
    }
    if (kind === K.Ident) return !keywordBefore(k);
    return true;
  };

  /** Template characters from `j` (after '`' or after the `}` closing a substitution). */
  const templateBody = (j: number, head: boolean, startLine: number, startCol: number, openAt: number) => {
    let k = j;
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c === 92) {
        k += 2;
        continue;
      }
      if (c === 96) {
        skipTo(k + 1);
        if (head) push(K.Template, openAt, k + 1, startLine, startCol);
        else push(K.TemplateEnd, k, k + 1, line, k - lineStart + 1);
        return;
      }
      if (c === 36 && text.charCodeAt(k + 1) === 123) {
        if (head) push(K.TemplateHead, openAt, k + 2, startLine, startCol);
        skipTo(k + 2);
        braces.push(B_TEMPLATE);
        return;
      }
      k++;
    }
    skipTo(n);
    error(startLine, startCol, 'template literal left open at the end of the file');
  };

  const J_TAG = 0;
  const J_CLOSING_TAG = 1;
  const J_CHILDREN = 2;
  /**
   * JSX from `mode` until the code resumes: at a `{` (an attribute or child expression, lexed as code
   * until its `}`), or when the outermost element of the tree ends. One loop, no recursion.
   */
  const jsxRun = (start: number): void => {
    let mode = start;
    for (;;) {
      if (mode === J_CHILDREN) {
        let k = i;
        while (k < n) {
          const c = text.charCodeAt(k);
          if (c === 60 || c === 123) break;
          k++;
        }
        skipTo(k);
        if (i >= n) {
          error(line, i - lineStart + 1, 'JSX element left open at the end of the file');
          jsxTrees.length = 0;
          return;
        }
        if (text.charCodeAt(i) === 123) {
          i++;
          braces.push(B_JSX_CHILDREN);
          jsxExpressionAt = tok.n;
          return;
        }
        // `<`: a closing tag, a fragment, or a child element.
        i++;
        while (i < n && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13)) skipTo(i + 1);
        const closing = text.charCodeAt(i) === 47;
        if (closing) i++;
        while (i < n && isJsxNamePart(text.charCodeAt(i))) i++;
        if (!closing) skipJsxTypeArguments();
        mode = closing ? J_CLOSING_TAG : J_TAG;
        continue;
      }
      // In a tag after its name: attributes up to `>` or `/>`.
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 32 || c === 9 || c === 10 || c === 13) skipTo(i + 1);
        else break;
      }
      if (i >= n) {
        error(line, i - lineStart + 1, 'JSX tag left open at the end of the file');
        jsxTrees.length = 0;
        return;
      }
      const c = text.charCodeAt(i);
      const depth = jsxTrees.length - 1;
      if (c === 62 /* > */) {
        i++;
        if (mode === J_CLOSING_TAG) {
          jsxTrees[depth] = (jsxTrees[depth] as number) - 1;
          if ((jsxTrees[depth] as number) <= 0) return endJsxTree();
        } else jsxTrees[depth] = (jsxTrees[depth] as number) + 1;
        mode = J_CHILDREN;
        continue;
      }
      if (c === 47 /* / */ && text.charCodeAt(i + 1) === 62) {
        i += 2;
        if ((jsxTrees[depth] as number) <= 0) return endJsxTree();
        mode = J_CHILDREN;
        continue;
      }
      if (c === 123 /* { */) {
        i++;
        braces.push(B_JSX_TAG);
        jsxExpressionAt = tok.n;
        return; // back to code until the matching }
      }
      if (c === 47 /* / */ && (text.charCodeAt(i + 1) === 47 || text.charCodeAt(i + 1) === 42)) {
        // A comment between attributes (TypeScript and Babel allow both kinds): its quotes and `>` are prose.
        skipTo(skipTrivia(i));
        continue;
      }
      if (c === 34 || c === 39) {
        const close = text.indexOf(String.fromCharCode(c), i + 1);
        if (close === -1) {
          error(line, i - lineStart + 1, 'JSX attribute string left open at the end of the file');
          skipTo(n);
          return;
        }
        skipTo(close + 1);
        continue;
      }
      skipTo(i + 1); // attribute names, `=`
    }
  };

  /**
   * TypeScript's type arguments right after an element's name (`<List<string> items={xs} />`): skipped to
   * their `>`, or they would close the tag. Quoted literal types are skipped whole, and the `>` of a function
   * type's `=>` closes nothing. Left open, the tag is left open too (reported at the end).
   */
  const skipJsxTypeArguments = (): void => {
    let k = skipTrivia(i);
    if (text.charCodeAt(k) !== 60) return;
    let angles = 0;
    for (; k < n; k++) {
      const e = text.charCodeAt(k);
      if (e === 60) angles++;
      else if (e === 62 && text.charCodeAt(k - 1) !== 61 && --angles === 0) break;
      else if (e === 34 || e === 39 || e === 96) {
        const close = text.indexOf(String.fromCharCode(e), k + 1);
        k = close === -1 ? n : close;
      }
    }
    skipTo(Math.min(k + 1, n));
  };

  let jsxOpenToken = -1;
  const endJsxTree = (): void => {
    jsxTrees.pop();
    if (jsxOpenToken >= 0 && jsxTrees.length === 0) {
      tok.end[jsxOpenToken] = i;
      jsxOpenToken = -1;
    }
    // An operand just ended: push a marker so a following `/` divides.
    push(K.Jsx, i, i, line, i - lineStart + 1);
  };

  /** Index after the whitespace, newlines and comments from `k`. */
  const skipTrivia = (k: number): number => {
    while (k < n) {
      const e = text.charCodeAt(k);
      if (e === 32 || e === 9 || e === 10 || e === 13 || e === 12 || e === 11 || e === 0xa0 || e === 0xfeff || e === 0x2028 || e === 0x2029) k++;
      else if (e === 47 && text.charCodeAt(k + 1) === 47) {
        while (k < n && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13) k++;
      } else if (e === 47 && text.charCodeAt(k + 1) === 42) {
        const close = text.indexOf('*/', k + 2);
        k = close === -1 ? n : close + 2;
      } else break;
    }
    return k;
  };
  /**
   * Whether the `?` before `k` opens a conditional expression: not TypeScript's optional marker (`a?: T`,
   * `f(a?, b?)`, `(a?) =>`, `x?;`, `x? = 1` in a class), which a `:`, `,`, `)`, `;` or `=` follows.
   */
  const conditionalAt = (k: number): boolean => {
    const e = text.charCodeAt(skipTrivia(k));
    return e !== 58 && e !== 44 && e !== 41 && e !== 59 && !(e === 61 && text.charCodeAt(skipTrivia(k) + 1) !== 61);
  };
  const identAt = (k: number): number => {
    if (!isIdentStartCode(text.charCodeAt(k))) return k;
    let j = k + 1;
    while (j < n && isIdentPartCode(text.charCodeAt(j))) j++;
    return j;
  };

  /** For each JSX closing-tag name in the file (`</Name`), the position of its last occurrence; built on first need. */
  let closers: Map<string, number> | undefined;
  const lastCloser = (name: string): number => {
    if (closers === undefined) {
      closers = new Map();
      for (let k = text.indexOf('</'); k !== -1; k = text.indexOf('</', k + 2)) {
        const s = skipTrivia(k + 2);
        let e = s;
        while (e < n && isJsxNamePart(text.charCodeAt(e))) e++;
        if (e > s) closers.set(text.slice(s, e), k);
      }
    }
    return closers.get(name) ?? -1;
  };

  /**
   * From the `(` at `k`: could `(…)` be the parameter list of a function type or call signature, that
   * is, is its matching `)` followed by `=>` (or, for a call signature member after `{`, `;` or `,`, by
   * `:`, `;`, `,`, `}` or a line break)? Strings and comments inside are skipped. Undecidable
   * within the budget counts as yes (the caller then refuses to guess).
   */
  const parameterListAt = (k: number, member: boolean): boolean => {
    let depth = 0;
    const limit = Math.min(n, k + 65536);
    let j = k;
    while (j < limit) {
      const e = text.charCodeAt(j);
      if (e === 40) depth++;
      else if (e === 41) {
        depth--;
        if (depth === 0) break;
      } else if (e === 34 || e === 39) {
        j++;
        while (j < limit && text.charCodeAt(j) !== e && text.charCodeAt(j) !== 10) j += text.charCodeAt(j) === 92 ? 2 : 1;
      } else if (e === 96) {
        j++;
        while (j < limit && text.charCodeAt(j) !== 96) j += text.charCodeAt(j) === 92 ? 2 : 1;
      } else if (e === 47 && (text.charCodeAt(j + 1) === 47 || text.charCodeAt(j + 1) === 42)) {
        j = skipTrivia(j) - 1;
      }
      j++;
    }
    if (j >= n) return false; // never closed: no parameter list
    if (j >= limit) return true;
    let a = j + 1;
    let newline = false;
    while (a < n) {
      const e = text.charCodeAt(a);
      if (e === 10 || e === 13) newline = true;
      if (e === 32 || e === 9 || e === 10 || e === 13) a++;
      else break;
    }
    const after = text.charCodeAt(a);
    if (after === 61 && text.charCodeAt(a + 1) === 62) return true;
    // A call or construct signature (`{ <T>(x: T): T; }`) is a type member: only after `{`, `;` or `,`.
    return member && (after === 58 || after === 59 || after === 44 || after === 125 || newline || a >= n);
  };

  /**
   * At `<` where an operand is expected (in a file with JSX): a JSX element, or the type parameters of
   * a generic arrow function / function type? As TypeScript decides: `<T,`, `<T =`, `<T extends X`
   * (X not `=`, `>` or `/`) and `<const T,` … begin type parameters. TypeScript reads a bare `<T>` as
   * JSX in an expression and as type parameters in a type (`const f: <T>(x: T) => T`, `type F =
   * <T>(x: T) => T`, a call signature `{ <T>(x: T): T }`); this lexer has no type context, so it
   * decides by what can parse: without a closing tag `</T` anywhere after, `<T>` cannot be an element
   * (TypeScript would reject it), so it is type parameters; with one, `<T>(…)` followed by what a
   * parameter list needs (`=>`, `:`) could be either, and the file is refused as ambiguous — never
   * read one way when the compiler may read it the other.
   */
  const startsJsx = (at: number): boolean | 'ambiguous' => {
    const c = text.charCodeAt(at + 1);
    if (c === 62) return true; // fragment
    if (!isIdentStartCode(c)) return false;
    let k = at + 1;
    while (k < n && isJsxNamePart(text.charCodeAt(k))) k++;
    const name = text.slice(at + 1, k);
    let typeName = /^[A-Za-z_$][\w$]*$/.test(name);
    if (name === 'const') {
      // `<const T …`: TypeScript skips the `const` before deciding.
      const s = skipTrivia(k);
      const e = identAt(s);
      if (e > s) k = e;
      else typeName = false;
    }
    k = skipTrivia(k);
    const next = text.charCodeAt(k);
    if (!typeName) return true;
    if (next === 44 /* , */ || (next === 61 /* = */ && text.charCodeAt(k + 1) !== 62)) return false; // <T,>  <T = D>
    if (text.startsWith('extends', k) && !isIdentPartCode(text.charCodeAt(k + 7))) {
      const f = text.charCodeAt(skipTrivia(k + 7));
      return f === 61 || f === 62 || f === 47; // <T extends=…> <T extends> <T extends/> are elements
    }
    if (next !== 62 /* > */) return true;
    // `<T>`: type parameters of a function type, or an element named T?
    const paren = skipTrivia(k + 1);
    if (text.charCodeAt(paren) !== 40) return true; // `<T>x`: no function type has this shape
    if (lastCloser(name) <= at) return false;
    const prev = tok.n - 1;
    // `type F = <T>(x: T) => T`: the value of a type alias is a type, where `<T>` is type parameters.
    if (prev >= 2 && tok.kind[prev] === K.Punct && tok.pv[prev] === 61 && tok.kind[prev - 1] === K.Ident && identIs(prev - 2, 'type')) return false;
    const member = prev >= 0 && tok.kind[prev] === K.Punct && (tok.pv[prev] === 123 || tok.pv[prev] === 59 || tok.pv[prev] === 44);
    return parameterListAt(paren, member) ? 'ambiguous' : true;
  };

  if (text.startsWith('#!')) {
    const eol = text.indexOf('\n');
    i = eol === -1 ? n : eol;
  }

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      i++;
      lineStart = i;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff) {
      i++;
      continue;
    }
    const column = i - lineStart + 1;
    const startLine = line;
    const start = i;

    if (c === 47 /* / */) {
      const d = text.charCodeAt(i + 1);
      if (d === 47) {
        let eol = i + 2;
        while (eol < n) {
          const e = text.charCodeAt(eol);
          if (e === 10 || e === 13 || e === 0x2028 || e === 0x2029) break;
          eol++;
        }
        if (keepComments) comments.push(i, eol);
        i = eol;
        continue;
      }
      if (d === 42) {
        const close = text.indexOf('*/', i + 2);
        if (close === -1) error(startLine, column, 'block comment left open at the end of the file');
        if (options.docComments === true && text.charCodeAt(i + 2) === 42) docs.push(i, close === -1 ? n : close + 2);
        if (keepComments) comments.push(i, close === -1 ? n : close + 2);
        skipTo(close === -1 ? n : close + 2);
        continue;
      }
      if (operandExpected()) {
        const k = tok.n - 1;
        if (htmlComments !== 'module' && (identIs(k, 'yield') || identIs(k, 'await')) && !isPropertyName(k)) {
          // A script may name a variable `yield` or `await` (outside generators and async functions): then this divides.
          error(startLine, column, `\`${text.slice(tok.start[k], tok.end[k])} /\` is a regex after the keyword or a division of a variable of that name in a script; which one depends on the enclosing function — rewrite it`);
        }
        let j = i + 1;
        let inClass = false;
        let closed = false;
        while (j < n) {
          const e = text.charCodeAt(j);
          if (e === 10 || e === 13) break;
          if (e === 92) j += 2;
          else if (e === 91) {
            inClass = true;
            j++;
          } else if (e === 93) {
            inClass = false;
            j++;
          } else if (e === 47 && !inClass) {
            j++;
            closed = true;
            break;
          } else j++;
        }
        if (!closed) error(startLine, column, 'regular expression left open at the end of the line');
        while (j < n && isIdentPartCode(text.charCodeAt(j))) j++;
        skipTo(Math.min(j, n));
        push(K.Regex, start, i, startLine, column);
        continue;
      }
    }

    if (c === 34 || c === 39) {
      let j = i + 1;
      let closed = false;
      while (j < n) {
        const e = text.charCodeAt(j);
        if (e === 92) {
          // `\` + CRLF is one line continuation.
          j += text.charCodeAt(j + 1) === 13 && text.charCodeAt(j + 2) === 10 ? 3 : 2;
        } else if (e === c) {
          j++;
          closed = true;
          break;
        } else if (e === 10 || e === 13) break;
        else j++;
      }
      if (!closed) error(startLine, column, 'string literal left open at the end of the line');
      skipTo(Math.min(j, n));
      push(K.String, start, i, startLine, column);
      continue;
    }

    if (c === 96 /* ` */) {
      i++;
      templateBody(i, true, startLine, column, start);
      continue;
    }

    if (isIdentStartCode(c) || (c === 92 && text.charCodeAt(i + 1) === 117)) {
      let j = i;
      let escaped = 0;
      while (j < n) {
        const e = text.charCodeAt(j);
        if (isIdentPartCode(e)) j++;
        else if (e === 92 && text.charCodeAt(j + 1) === 117) {
          escaped = F_ESCAPED;
          j += 2;
          if (text.charCodeAt(j) === 123) {
            const close = text.indexOf('}', j);
            j = close === -1 ? n : close + 1;
          } else j += 4;
        } else break;
      }
      j = Math.min(j, n);
      if (escaped === 0 && (j - i === 8 ? text.startsWith('function', i) : j - i === 5 && text.startsWith('class', i))) {
        // A function or class where an operand is expected is an expression: its body is the next `{` at this
        // depth. `async function` is judged from before `async`.
        const head = identIs(tok.n - 1, 'async') ? tok.n - 2 : tok.n - 1;
        if (!identIs(head, 'default') && objectLiteralHere(head)) expressionBodyAt = depth();
      }
      push(K.Ident, i, j, startLine, column, 0, escaped);
      i = j;
      continue;
    }
    if (c === 35 /* # */ && isIdentStartCode(text.charCodeAt(i + 1))) {
      let j = i + 1;
      while (j < n && isIdentPartCode(text.charCodeAt(j))) j++;
      push(K.Private, i, j, startLine, column);
      i = j;
      continue;
    }

    if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < n) {
        const e = text.charCodeAt(j);
        if (isIdentPartCode(e) || (e === 46 && text.charCodeAt(j + 1) !== 46)) j++;
        else break;
      }
      push(K.Number, i, j, startLine, column);
      i = j;
      continue;
    }
    if (c === 46 && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57) {
      let j = i + 1;
      while (j < n && isIdentPartCode(text.charCodeAt(j))) j++;
      push(K.Number, i, j, startLine, column);
      i = j;
      continue;
    }

    if (htmlComments !== 'module' && (c === 60 ? text.startsWith('!--', i + 1) : c === 45 && text.startsWith('->', i + 1) && (tok.n === 0 || (tok.line[tok.n - 1] as number) < line))) {
      if (htmlComments === 'either') error(startLine, column, `\`${c === 60 ? '<!--' : '-->'}\` begins a comment in a CommonJS script and is operators in a module; which one this .js file is decides what runs — rewrite it`);
      else {
        for (let e = text.charCodeAt(i); i < n && e !== 10 && e !== 13 && e !== 0x2028 && e !== 0x2029; e = text.charCodeAt(++i));
        if (keepComments) comments.push(start, i);
        continue;
      }
    }
    const jsxHere = c === 60 /* < */ && jsx && operandExpected() ? startsJsx(i) : false;
    if (jsxHere === 'ambiguous') {
      // Refused, not guessed: scanning on as code keeps every later token visible.
      error(startLine, column, `\`<${/^<\s*([\w$]+)/.exec(text.slice(i, i + 200))?.[1] ?? ''}>(…)\` may be the type parameters of a function type or a JSX element closed later in the file; TypeScript decides by a type context this scanner does not track — write \`<T,>\` (or rename the type parameter)`);
    }
    if (jsxHere === true) {
      jsxTrees.push(0);
      if (jsxTrees.length === 1) jsxOpenToken = tok.n;
      push(K.Jsx, i, i + 1, startLine, column);
      i++;
      while (i < n && isJsxNamePart(text.charCodeAt(i))) i++;
      skipJsxTypeArguments();
      jsxRun(J_TAG);
      continue;
    }

    if (c === 123 /* { */) {
      const d = depth();
      // A type literal before the body (`(): { a: T } {`, `extends Base<{ a: T }> {`) follows `:`, `<`, `,`, `|` or `&`.
      const prev = tok.n > 0 && tok.kind[tok.n - 1] === K.Punct ? (tok.pv[tok.n - 1] as number) : 0;
      const body = expressionBodyAt === d && prev !== 58 && prev !== 60 && prev !== 44 && prev !== 124 && prev !== 38;
      braces.push(body ? B_EXPRESSION_BODY : objectLiteralHere() ? B_OBJECT : B_CODE);
      if (body) expressionBodyAt = -1;
      push(K.Punct, i, i + 1, startLine, column, 123);
      i++;
      continue;
    }
    if (c === 125 /* } */) {
      ternaries[depth()] = 0;
      if (expressionBodyAt >= depth()) expressionBodyAt = -1;
      const frame = braces.pop();
      i++;
      if (frame === undefined) {
        error(startLine, column, '`}` closes nothing');
        push(K.Punct, start, i, startLine, column, 125);
      } else if (frame === B_TEMPLATE) templateBody(i, false, startLine, column, start);
      else if (frame === B_JSX_TAG) jsxRun(J_TAG);
      else if (frame === B_JSX_CHILDREN) jsxRun(J_CHILDREN);
      else push(K.Punct, start, i, startLine, column, 125, frame === B_OBJECT || frame === B_EXPRESSION_BODY ? F_OBJECT_END : 0);
      continue;
    }

    // Punctuators.
    const d = text.charCodeAt(i + 1);
    let pv = c;
    let len = 1;
    if (c === 61 && d === 62) {
      pv = P_ARROW;
      len = 2;
    } else if (c === 63 && d === 46 && !(text.charCodeAt(i + 2) >= 48 && text.charCodeAt(i + 2) <= 57)) {
      pv = P_OPTCHAIN;
      len = 2;
    } else if (c === 43 && d === 43) {
      pv = P_INC;
      len = 2;
    } else if (c === 45 && d === 45) {
      pv = P_DEC;
      len = 2;
    } else if (c === 46 && d === 46 && text.charCodeAt(i + 2) === 46) {
      pv = P_SPREAD;
      len = 3;
    } else if ((c === 38 && d === 38) || (c === 124 && d === 124) || (c === 63 && d === 63) || (d === 61 && (c === 61 || c === 33 || c === 60 || c === 62 || c === 43 || c === 45 || c === 42 || c === 47 || c === 37 || c === 38 || c === 124 || c === 94))) {
      pv = P_OTHER2_ID;
      len = 2;
    } else if (c >= 0xd800 && c <= 0xdbff) len = 2;
    let flags = 0;
    if (c === 63 || c === 58 || c === 41 || c === 93) {
      const d = depth();
      const pending = ternaries[d] as number;
      if (c === 63) {
        if (len === 1 && conditionalAt(i + 1)) ternaries[d] = pending + 1;
      } else if (c !== 58) {
        ternaries[d] = 0;
        if (expressionBodyAt >= d) expressionBodyAt = -1;
      }
      else if (pending > 0) {
        ternaries[d] = pending - 1;
        flags = F_TERNARY;
      }
    }
    if (c === 40) {
      const k = tok.n - 1;
      const forAwait = identIs(k, 'await') && identIs(k - 1, 'for') && !isPropertyName(k - 1);
      parens.push(forAwait || (identIs(k, 'for') && !isPropertyName(k)) ? PAREN_FOR : k >= 0 && keywordAt(k, CONTROL_HEADS) && !isPropertyName(k) ? PAREN_CONTROL : PAREN_PLAIN);
    } else if (c === 41) {
      const head = parens.pop();
      if (head === undefined) error(startLine, column, '`)` closes nothing');
      if (head !== undefined && head !== PAREN_PLAIN) flags = F_CTL;
    } else if (c === 91) brackets++;
    else if (c === 93) {
      if (brackets === 0) error(startLine, column, '`]` closes nothing');
      else brackets--;
    }
    push(K.Punct, i, i + len, startLine, column, pv, flags);
    i += len;
  }
  if (braces.length > 0) error(line, i - lineStart + 1, `${braces.length} \`{\` left open at the end of the file`);
  if (parens.length > 0) error(line, i - lineStart + 1, `${parens.length} \`(\` left open at the end of the file`);
  if (brackets > 0) error(line, i - lineStart + 1, `${brackets} \`[\` left open at the end of the file`);
  return { text, tok, errors, docs, comments };
}

/** The value of the identifier token `k`, `\u` escapes decoded. */
export function identValue(lx: Lexed, k: number): string {
  const raw = lx.text.slice(lx.tok.start[k], lx.tok.end[k]);
  if (((lx.tok.flags[k] as number) & F_ESCAPED) === 0) return raw;
  return raw.replace(/\\u(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4}))/g, (_m, a: string | undefined, b: string | undefined) => {
    const cp = parseInt(a ?? b ?? '0', 16);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : '\uFFFD';
  });
}

/** The value of a string (or substitution-free template) token `k`, escapes decoded as JavaScript does. */
export function stringValue(lx: Lexed, k: number): string {
  const raw = lx.text.slice((lx.tok.start[k] as number) + 1, (lx.tok.end[k] as number) - 1);
  if (!raw.includes('\\')) return raw;
  return raw.replace(/\\(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(\r\n|[\n\r\u2028\u2029])|([\s\S]))/g, (_m, braced: string | undefined, u4: string | undefined, x2: string | undefined, cont: string | undefined, ch: string | undefined) => {
    if (braced !== undefined) {
      const cp = parseInt(braced, 16);
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : '\uFFFD';
    }
    if (u4 !== undefined) return String.fromCharCode(parseInt(u4, 16));
    if (x2 !== undefined) return String.fromCharCode(parseInt(x2, 16));
    if (cont !== undefined) return '';
    switch (ch) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'v':
        return '\v';
      case '0':
        return '\0';
      default:
        return ch ?? '';
    }
  });
}

/**
 * `text` with each of its comments blanked (every character but line breaks made a space, so offsets and lines stay),
 * strings, templates and regexes kept as written. `text` itself when it cannot be lexed whole: a reading that may have
 * taken code for a comment is not one to drop anything by.
 */
export function blankComments(text: string, options: Omit<LexOptions, 'comments' | 'docComments'> = {}): string {
  if (!text.includes('//') && !text.includes('/*') && !text.includes('<!--') && !text.includes('-->')) return text;
  const lx = lexTs(text, { ...options, comments: true });
  if (lx.errors.length > 0 || lx.comments.length === 0) return text;
  let out = '';
  let at = 0;
  for (let k = 0; k < lx.comments.length; k += 2) {
    const start = lx.comments[k] as number;
    const end = lx.comments[k + 1] as number;
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\n\r\u2028\u2029]/gu, ' ');
    at = end;
  }
  return out + text.slice(at);
}
