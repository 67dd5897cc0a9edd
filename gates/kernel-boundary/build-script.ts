/**
 * kernel_boundary: which Rust files of the checkout a build script may copy into OUT_DIR (OutDirs reads them as edges of
 * an include of OUT_DIR). Every string literal naming a Rust file counts, except where the code around it proves the
 * file's text never reaches a write: printed for Cargo (`println!("cargo:rerun-if-changed={}", "src/x.rs")`, a list
 * looped over only to print it: a print whose format string is one Cargo instruction, by std's own print macro, in a
 * script that does not redirect its standard streams), handed to a generator that reads Rust and writes no Rust
 * (`cxx_build::bridge("…")`, cbindgen's `Builder::new().with_src("…")`, when the package takes that crate from the
 * registry under its own name), or compiled into the build script itself (`include!("…")`,
 * `#[path = "…"] mod m;`, `mod m;`), whose own code is read in turn. Anything else — fs::copy, a read whose text is then
 * written, include_str!, a name bound to the literal and used elsewhere, a comment-free spelling the reader does not
 * know — stays a copy.
 */

/** A token of a build script: a string literal (its value), an identifier, or one punctuation mark (`::` is one). */
export interface Token {
  kind: 'string' | 'ident' | 'punct' | 'other';
  value: string;
}

/** What a build script's text names: literal paths it may copy, files it compiles into itself, modules it declares. */
export interface ScriptNames {
  copies: string[];
  /** `include!("…")` / `#[path = "…"] mod m;`: read from the directory of the file that writes them. */
  compiledIn: string[];
  /** `mod m;` without a path attribute: `m.rs` or `m/mod.rs` beside the build script. */
  modules: string[];
}

/** A Rust file's path as a literal: `.rs`, or a Rust file under a template suffix (`db.rs.in`, `db.rs.tmpl`). */
const RUST_PATH = /\.rs(?:\.\w+)?$/;
const PRINT_MACROS = new Set(['println', 'print', 'eprintln', 'eprint']);
const OPENERS = new Set(['(', '[', '{']);
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/**
 * What the rest of the build script (the files it compiles into itself) and its package bring to one of its texts:
 * names those files define or import (a `macro_rules! println` in an included file shadows std's at every later call),
 * and the generator crates (`cxx_build`, `cbindgen`) its Cargo.toml takes from the registry under their own names.
 */
export interface ScriptContext {
  defined?: ReadonlySet<string>;
  genuineGenerators?: ReadonlySet<string>;
}

/** Crates whose functions read Rust and write only other languages' code (C++ glue, a C header). */
export const GENERATOR_CRATES: readonly string[] = ['cxx_build', 'cbindgen'];
/**
 * Words of a script that may point its standard output or error elsewhere (a file in OUT_DIR): an fd duplicated over
 * them, a stream reopened, the script run again by itself with its output piped to a file.
 */
export const STREAM_REDIRECTS: ReadonlySet<string> = new Set(['dup2', 'dup3', 'freopen', 'set_output_capture', 'from_raw_fd', 'current_exe', 'SetStdHandle']);

/**
 * The Rust files a build script's text names (see the module comment). A text the reader cannot lex (an unterminated
 * string or comment: rustc refuses it too) counts every literal path, as written.
 */
export function rustFilesNamedBy(text: string, context: ScriptContext = {}): ScriptNames {
  const tokens = lexBuildScript(text);
  if (tokens === undefined) return { copies: everyLiteralPath(text), compiledIn: [], modules: [] };
  const groups = pairs(tokens);
  if (groups === undefined) return { copies: everyLiteralPath(text), compiledIn: [], modules: [] };
  const defined = namesDefinedIn(tokens);
  for (const name of context.defined ?? []) defined.add(name);
  const reader = new ScriptReader(tokens, groups.parent, groups.partner, defined, context.genuineGenerators ?? new Set(GENERATOR_CRATES));
  const out: ScriptNames = { copies: [], compiledIn: [], modules: [] };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'ident' && t.value === 'mod' && reader.isPlainModule(i)) out.modules.push((tokens[i + 1] as Token).value);
    if (t.kind === 'string' && CODE_NAMING_A_FILE.test(t.value)) out.copies.push(...rustPathsInCode(t.value));
    if (t.kind !== 'string' || !RUST_PATH.test(t.value)) continue;
    const compiled = reader.compilesIn(i);
    if (compiled !== false) out.compiledIn.push(t.value);
    // An include! whose value is used (`let code = include!("x.rs");`) may hand that value to a write: a copy too.
    if (compiled === 'valued') out.copies.push(t.value);
    else if (compiled === false && !reader.onlyPrinted(i) && !reader.readByAGenerator(i)) out.copies.push(t.value);
  }
  return out;
}

/** A literal holding code that pastes in a file (a line the script writes into OUT_DIR): `include!("…")`, `#[path = "…"]`. */
const CODE_NAMING_A_FILE = /include(?:_str|_bytes)?!|#\[path\b/;

/**
 * The Rust files code in a literal names (`"include!(\"../../../../../src/store.rs\");"`, `concat!(env!(\"CARGO_MANIFEST_DIR\"),
 * \"/src/store.rs\")`): each path as the package's, its leading `/` or `{…}/` (after the package directory) and climbing `../` (out
 * of OUT_DIR, which lies below the checkout) left off.
 */
function rustPathsInCode(code: string): string[] {
  const out: string[] = [];
  // Linear: from each `.rs`, back to the delimiter before it (a lazy regex from every start is quadratic on a long literal).
  for (let at = code.indexOf('.rs'); at >= 0 && out.length < 64; at = code.indexOf('.rs', at + 3)) {
    // A template suffix (`db.rs.in`) belongs to the path; `.rst` is no Rust file.
    const suffix = /^(?:\.\w+)?(?!\w)/.exec(code.slice(at + 3, at + 40));
    if (suffix === null) continue;
    let start = at;
    while (start > 0 && !PATH_DELIMITERS.has(code[start - 1] as string)) start--;
    const path = code.slice(start, at + 3 + suffix[0].length).replace(/^(?:\{[^{}]*\}|\/|\.\.\/|\.\/)+/, '');
    if (path !== '.rs' && path !== '') out.push(path);
  }
  return out;
}
const PATH_DELIMITERS = new Set([' ', '\n', '\r', '\t', '"', "'", '(', ')', ',', ';', '\\']);

/** Every literal naming a Rust file, comments and all: the reading of a text that cannot be lexed. */
function everyLiteralPath(text: string): string[] {
  return [...text.matchAll(/"((?:[^"\\\n]|\\.)*\.rs(?:\.\w+)?)"/g)].map((m) => m[1] as string);
}

/**
 * Macros, methods and modules a script's text (re)defines or brings in: a local `println!` or `with_src` may copy what
 * it is given. A stream redirect (STREAM_REDIRECTS) is kept as a name too: what is printed may then land in a file.
 */
export function namesDefinedBy(text: string): Set<string> {
  const tokens = lexBuildScript(text);
  // A text that cannot be lexed may define anything.
  return tokens === undefined ? new Set([...PRINT_MACROS, 'include', ...GENERATOR_CRATES, 'dup2']) : namesDefinedIn(tokens);
}

function namesDefinedIn(t: readonly Token[]): Set<string> {
  const defined = new Set<string>();
  const everything = (): void => {
    for (const m of [...PRINT_MACROS, 'include', ...GENERATOR_CRATES]) defined.add(m);
  };
  for (let i = 0; i < t.length; i++) {
    const word = t[i]?.value ?? '';
    if (t[i]?.kind !== 'ident') continue;
    if (STREAM_REDIRECTS.has(word)) defined.add(word);
    if (word === 'fn' || word === 'mod' || word === 'as' || word === 'struct' || word === 'trait') defined.add(t[i + 1]?.value ?? '');
    if (word === 'macro_rules' && t[i + 1]?.value === '!') defined.add(t[i + 2]?.value ?? '');
    // A macro of that name brought in (`use helpers::println;`, `#[macro_use]`) may do anything with its arguments.
    // So may a module or crate brought in under a generator's name (`use helpers::cxx_build;`); `extern crate cxx_build;`
    // links the crate of that name, which Cargo.toml answers for.
    const linked = t[i - 1]?.value === 'crate' && t[i - 2]?.value === 'extern';
    if ((PRINT_MACROS.has(word) || word === 'include' || GENERATOR_CRATES.includes(word)) && t[i + 1]?.value !== '!' && t[i + 1]?.value !== '::' && !linked) defined.add(word);
    if (word === 'macro_use') everything();
    // A glob import from anything but the standard library (`use helpers::*;`) may bring a `println` macro or a module
    // named `cxx_build` into scope.
    if (word === 'use' && globImportOutsideStd(t, i)) everything();
  }
  return defined;
}

/** The `use` at i imports a glob (`*`) of a path that does not start at std, core or alloc. */
function globImportOutsideStd(t: readonly Token[], i: number): boolean {
  let k = i + 1;
  if (t[k]?.value === '::') k++;
  const head = t[k]?.value ?? '';
  if (head === 'std' || head === 'core' || head === 'alloc') return false;
  for (let j = k; j < t.length && t[j]?.value !== ';'; j++) if (t[j]?.value === '*') return true;
  return false;
}

class ScriptReader {
  /** Stdout or stderr may be pointed at a file: what a print writes may be code in OUT_DIR. */
  private readonly redirects: boolean;

  constructor(
    private readonly t: readonly Token[],
    private readonly parent: Int32Array,
    private readonly partner: Int32Array,
    /** Macros and methods the script (re)defines (namesDefinedBy), in this text and the files compiled in with it. */
    private readonly defined: ReadonlySet<string>,
    /** The generator crates the package takes from the registry under their own names. */
    private readonly genuine: ReadonlySet<string>,
  ) {
    this.redirects = [...STREAM_REDIRECTS].some((w) => defined.has(w));
  }

  private is(i: number, kind: Token['kind'], value?: string): boolean {
    const tok = this.t[i];
    return tok !== undefined && tok.kind === kind && (value === undefined || tok.value === value);
  }

  /** The token at i is one whole argument (or element) of the group it sits in. */
  private wholeArgument(i: number): boolean {
    const open = this.parent[i] as number;
    if (open < 0) return false;
    const before = this.t[i - 1]?.value;
    const after = this.t[i + 1]?.value;
    return (i - 1 === open || before === ',') && (after === ',' || CLOSERS[after ?? ''] !== undefined);
  }

  /** The group opened at `open` (or `&` then it, at `from`) is one whole argument of the group it sits in. */
  private wholeGroup(from: number, open: number): boolean {
    const outer = this.parent[from] as number;
    if (outer < 0) return false;
    const after = this.t[this.partnerOf(open) + 1]?.value;
    return (from - 1 === outer || this.t[from - 1]?.value === ',') && (after === ',' || CLOSERS[after ?? ''] !== undefined);
  }

  /**
   * The group opened at `open` is the argument list of std's print macro (not one the script defines or a module's
   * `helpers::println!`), writing one Cargo instruction: its format string a literal `cargo:…` of one line, in a script
   * that does not redirect its streams. Anything else printed may be code: a stream pointed at OUT_DIR pastes it in.
   */
  private printMacroAt(open: number): boolean {
    const name = this.t[open - 2]?.value ?? '';
    if (!(this.is(open - 1, 'punct', '!') && this.is(open - 2, 'ident') && PRINT_MACROS.has(name) && !this.defined.has(name))) return false;
    if (this.redirects || !this.stdPath(open - 3)) return false;
    const format = this.t[open + 1];
    return format?.kind === 'string' && /^cargo::?[^\n\r]*$/.test(format.value) && (this.is(open + 2, 'punct', ',') || this.is(open + 2, 'punct', ')'));
  }

  /** The path before a macro's name ending at `k` (`::` or nothing) is empty, `std::` or `::std::`. */
  private stdPath(k: number): boolean {
    if (!this.is(k, 'punct', '::')) return true;
    if (!this.is(k - 1, 'ident', 'std')) return false;
    return !this.is(k - 2, 'punct', '::') || !this.is(k - 3, 'ident');
  }

  /**
   * The literal is printed and nothing else: a whole argument of `println!` (Cargo reads `cargo:` lines; a printed path
   * copies nothing), or an element of a list whose every use is a loop printing its items.
   */
  onlyPrinted(i: number): boolean {
    if (!this.wholeArgument(i) || /[\n\r]/.test(this.t[i]?.value ?? '')) return false;
    const open = this.parent[i] as number;
    if (this.printMacroAt(open)) return true;
    return this.t[open]?.value === '[' && this.listOnlyPrinted(open);
  }

  /** Each list's answer, asked once per list: every literal of a list shares it (a list of n paths used in n loops was cubic). */
  private readonly lists = new Map<number, boolean>();

  /** A list literal `[…]` looped over where it stands, or bound by `let` to a name that is only looped over, by loops that only print. */
  private listOnlyPrinted(open: number): boolean {
    let known = this.lists.get(open);
    if (known === undefined) {
      known = this.readListOnlyPrinted(open);
      this.lists.set(open, known);
    }
    return known;
  }

  private readListOnlyPrinted(open: number): boolean {
    if (this.loopedOnlyToPrint(open)) return true;
    // `const WATCHED: &[&str] = &["…"];` / `let files = [..];`: the name's every other use is a printing loop.
    let k = open - 1;
    if (this.is(k, 'punct', '&')) k--;
    if (!this.is(k, 'punct', '=')) return false;
    const close = this.partnerOf(open);
    if (!this.is(close + 1, 'punct', ';')) return false;
    // Only a `let`: a const or static may be read from a module of the script whose text is not this one.
    let n = k - 1;
    while (n >= 0 && !this.is(n, 'ident', 'let') && !this.is(n, 'punct', ';') && !this.is(n, 'punct', '{') && !this.is(n, 'punct', '}')) n = (this.is(n, 'punct', ']') || this.is(n, 'punct', ')') ? this.partnerOf(n) : n) - 1;
    if (!this.is(n, 'ident', 'let')) return false;
    const nameAt = this.is(n + 1, 'ident', 'mut') ? n + 2 : n + 1;
    if (!this.is(nameAt, 'ident')) return false;
    const name = (this.t[nameAt] as Token).value;
    let uses = 0;
    for (let j = 0; j < this.t.length; j++) {
      if (j === nameAt || !this.is(j, 'ident', name)) continue;
      uses++;
      if (!this.loopedOnlyToPrint(j)) return false;
    }
    return uses > 0;
  }

  /**
   * The iterable starting at token `at` (a list `[…]` or a name), written `for x in (&)ITERABLE(.iter()) { … }` or
   * `ITERABLE.iter().for_each(|x| …)`, where the loop's body uses x only as a whole argument of a print macro (or as
   * `{x}` in its format string).
   */
  private loopedOnlyToPrint(at: number): boolean {
    const end = this.t[at]?.value === '[' ? this.partnerOf(at) : at;
    let k = at - 1;
    if (this.is(k, 'punct', '&')) k--;
    let after = end + 1;
    while (this.is(after, 'punct', '.') && (this.is(after + 1, 'ident', 'iter') || this.is(after + 1, 'ident', 'into_iter') || this.is(after + 1, 'ident', 'copied')) && this.is(after + 2, 'punct', '(') && this.is(after + 3, 'punct', ')')) after += 4;
    if (this.is(k, 'ident', 'in') && this.is(after, 'punct', '{')) {
      let v = k - 1;
      if (!this.is(v, 'ident')) return false;
      const variable = (this.t[v] as Token).value;
      if (this.is(v - 1, 'punct', '&')) v--;
      return this.is(v - 1, 'ident', 'for') && this.usedOnlyInPrints(variable, after, this.partnerOf(after));
    }
    // `.for_each(|x| println!(…))`
    if (this.is(after, 'punct', '.') && this.is(after + 1, 'ident', 'for_each') && this.is(after + 2, 'punct', '(') && this.is(after + 3, 'punct', '|') && this.is(after + 4, 'ident') && this.is(after + 5, 'punct', '|')) {
      return this.usedOnlyInPrints((this.t[after + 4] as Token).value, after + 5, this.partnerOf(after + 2));
    }
    return false;
  }

  /** Between tokens `from` and `to`, `name` appears only as a whole argument of a print macro, or captured in its format string. */
  private usedOnlyInPrints(name: string, from: number, to: number): boolean {
    const capture = new RegExp(`\\{${name}(?:[:}])`);
    for (let j = from + 1; j < to; j++) {
      const tok = this.t[j] as Token;
      const printed = this.wholeArgument(j) && this.printMacroAt(this.parent[j] as number);
      if (tok.kind === 'ident' && tok.value === name && !printed) return false;
      if (tok.kind === 'string' && capture.test(tok.value) && !printed) return false;
    }
    return true;
  }

  /**
   * Handed to a generator that reads Rust and writes other code: `cxx_build::bridge("…")` (C++ glue),
   * `cxx_build::bridges(["…"])`, a `cbindgen::Builder` chain's `.with_src("…")` (a C header). Not when the script
   * defines a `bridge` or `with_src` of its own, or a module that could stand for those crates.
   */
  readByAGenerator(i: number): boolean {
    if (!this.wholeArgument(i)) return false;
    let open = this.parent[i] as number;
    if (this.t[open]?.value === '[') {
      const from = this.is(open - 1, 'punct', '&') ? open - 1 : open;
      const outer = this.parent[open] as number;
      if (outer < 0 || from - 1 !== outer || !this.wholeGroup(from, open) || !this.is(outer - 1, 'ident', 'bridges')) return false;
      open = outer;
    }
    if (this.t[open]?.value !== '(') return false;
    const method = this.t[open - 1]?.value ?? '';
    if (this.defined.has(method) || GENERATOR_CRATES.some((c) => this.defined.has(c))) return false;
    if (method === 'bridge' || method === 'bridges') return this.genuine.has('cxx_build') && this.is(open - 2, 'punct', '::') && this.is(open - 3, 'ident', 'cxx_build') && !this.is(open - 4, 'punct', '::');
    if (method !== 'with_src' || !this.is(open - 2, 'punct', '.')) return false;
    return this.genuine.has('cbindgen') && this.chainStartsWith(open - 2, ['cbindgen', '::', 'Builder']);
  }

  /** The method chain whose `.` is at `dot` starts with the tokens `head` (`cbindgen::Builder::new()….with_src(…)`). */
  private chainStartsWith(dot: number, head: readonly string[]): boolean {
    // Back over `.name(…)`, `::name`, calls and indexing to the first word of the expression.
    let k = dot - 1;
    for (;;) {
      const v = this.t[k]?.value ?? '';
      if (v === ')' || v === ']') {
        k = this.partnerOf(k) - 1;
        if (!this.is(k, 'ident')) return false;
      }
      if (!this.is(k, 'ident')) return false;
      const joint = this.t[k - 1]?.value;
      if (joint !== '::' && joint !== '.') break;
      k -= 2;
    }
    return head.every((word, n) => this.t[k + n]?.value === word);
  }

  /**
   * `include!("…")` as the macro's only argument, or `#[path = "…"]` on a `mod m;`: compiled into the build script
   * (true). An include! standing where its value is used (`let code = include!("x.rs");`, a block's last expression)
   * is compiled in too, but that value may be written out: 'valued'.
   */
  compilesIn(i: number): boolean | 'valued' {
    const open = this.parent[i] as number;
    if (open >= 0 && this.t[open]?.value === '(' && i === open + 1 && this.partnerOf(open) === i + 1) {
      if (this.is(open - 1, 'punct', '!') && this.is(open - 2, 'ident', 'include') && !this.defined.has('include')) {
        const before = this.t[open - 3]?.value;
        const statement = (before === undefined || before === ';' || before === '{' || before === '}' || before === ']') && this.is(i + 2, 'punct', ';');
        return statement ? true : 'valued';
      }
    }
    if (!(open >= 0 && this.t[open]?.value === '[' && this.is(open - 1, 'punct', '#') && i === open + 3 && this.is(open + 1, 'ident', 'path') && this.is(open + 2, 'punct', '=') && this.partnerOf(open) === i + 1)) return false;
    let k = i + 2;
    if (this.is(k, 'ident', 'pub')) k += this.is(k + 1, 'punct', '(') ? this.partnerOf(k + 1) - k + 1 : 1;
    return this.is(k, 'ident', 'mod') && this.is(k + 1, 'ident') && this.is(k + 2, 'punct', ';');
  }

  /** `mod m;` with no `#[path]` just before it: a file beside the build script. */
  isPlainModule(i: number): boolean {
    if (!this.is(i + 1, 'ident') || !this.is(i + 2, 'punct', ';')) return false;
    let k = i - 1;
    if (this.is(k, 'punct', ')') && this.is(this.partnerOf(k) - 1, 'ident', 'pub')) k = this.partnerOf(k) - 2;
    else if (this.is(k, 'ident', 'pub')) k--;
    return !(this.is(k, 'punct', ']') && this.is(this.partnerOf(k) + 1, 'ident', 'path'));
  }

  /** The bracket that closes (opens) the group opened (closed) at k; k itself for any other token. */
  private partnerOf(k: number): number {
    return k >= 0 && k < this.t.length ? (this.partner[k] as number) : k;
  }
}

/**
 * The open bracket each token sits in (-1 at the top; a closer sits in the group it closes), and each bracket's
 * partner (any other token: itself). Undefined when the brackets do not balance.
 */
export function pairs(tokens: readonly Token[]): { parent: Int32Array; partner: Int32Array } | undefined {
  const parent = new Int32Array(tokens.length);
  const partner = new Int32Array(tokens.length);
  const stack: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    partner[i] = i;
    const open = t.kind === 'punct' ? CLOSERS[t.value] : undefined;
    if (open !== undefined) {
      const top = stack.pop();
      if (top === undefined || tokens[top]?.value !== open) return undefined;
      parent[i] = top;
      partner[i] = top;
      partner[top] = i;
      continue;
    }
    parent[i] = stack.length === 0 ? -1 : (stack[stack.length - 1] as number);
    if (t.kind === 'punct' && OPENERS.has(t.value)) stack.push(i);
  }
  return stack.length === 0 ? { parent, partner } : undefined;
}

/**
 * The tokens of Rust source, comments left out: strings (`"…"`, `b"…"`, `c"…"`, raw `r#"…"#`) with their values, char
 * literals and lifetimes (kept apart, so `'"'` opens no string), identifiers (`r#type` too), numbers, punctuation.
 * Undefined when a string or block comment never ends.
 */
export function lexBuildScript(text: string): Token[] | undefined {
  const out: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i] as string;
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r') { i++; continue; }
    if (c === '/' && text[i + 1] === '/') { const e = text.indexOf('\n', i); i = e < 0 ? n : e; continue; }
    if (c === '/' && text[i + 1] === '*') {
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (text.startsWith('/*', i)) { depth++; i += 2; } else if (text.startsWith('*/', i)) { depth--; i += 2; } else i++;
      }
      if (depth > 0) return undefined;
      continue;
    }
    const raw = (c === 'r' || c === 'b' || c === 'c') && !isIdentChar(text[i - 1]) ? RAW_OPEN.exec(text.slice(i, i + 260)) : null;
    if (raw !== null) {
      const close = `"${raw[1] as string}`;
      const start = i + raw[0].length;
      const end = text.indexOf(close, start);
      if (end < 0) return undefined;
      out.push({ kind: 'string', value: text.slice(start, end) });
      i = end + close.length;
      continue;
    }
    if (c === '"' || ((c === 'b' || c === 'c') && text[i + 1] === '"' && !isIdentChar(text[i - 1]))) {
      const start = c === '"' ? i + 1 : i + 2;
      let j = start;
      while (j < n && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (j >= n) return undefined;
      out.push({ kind: 'string', value: unescape(text.slice(start, j)) });
      i = j + 1;
      continue;
    }
    if (c === "'" || (c === 'b' && text[i + 1] === "'")) {
      const q = c === "'" ? i : i + 1;
      const charEnd = charLiteralEnd(text, q);
      if (charEnd !== undefined) { out.push({ kind: 'other', value: text.slice(i, charEnd) }); i = charEnd; continue; }
      if (c === "'") { out.push({ kind: 'other', value: "'" }); i++; continue; }
    }
    if (c === 'r' && text[i + 1] === '#' && isIdentStart(text[i + 2])) {
      let j = i + 2;
      while (isIdentChar(text[j])) j++;
      out.push({ kind: 'ident', value: text.slice(i + 2, j) });
      i = j;
      continue;
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (isIdentChar(text[j])) j++;
      out.push({ kind: 'ident', value: text.slice(i, j) });
      i = j;
      continue;
    }
    if (c >= '0' && c <= '9') {
      let j = i + 1;
      while (j < n && /[\w.]/.test(text[j] as string) && !(text[j] === '.' && (text[j + 1] === '.' || isIdentStart(text[j + 1])))) j++;
      out.push({ kind: 'other', value: text.slice(i, j) });
      i = j;
      continue;
    }
    if (c === ':' && text[i + 1] === ':') { out.push({ kind: 'punct', value: '::' }); i += 2; continue; }
    out.push({ kind: 'punct', value: c });
    i++;
  }
  return out;
}

/** The end of a char literal whose quote is at q (`'a'`, `'\n'`, `'\u{1F600}'`, `'"'`), or undefined for a lifetime / label. */
function charLiteralEnd(text: string, q: number): number | undefined {
  if (text[q + 1] === '\\') {
    const close = text.indexOf("'", q + 3);
    return close > 0 && close - q <= 12 ? close + 1 : undefined;
  }
  const cp = text.codePointAt(q + 1);
  if (cp === undefined || text[q + 1] === "'") return undefined;
  const width = cp > 0xffff ? 2 : 1;
  return text[q + 1 + width] === "'" ? q + 2 + width : undefined;
}

const RAW_OPEN = /^(?:b|c)?r(#*)"/;
const isAscii = (c: string) => c.charCodeAt(0) < 128;
const isIdentStart = (c: string | undefined) => c !== undefined && (isAscii(c) ? /[A-Za-z_]/.test(c) : /[\p{ID_Start}]/u.test(c));
const isIdentChar = (c: string | undefined) => c !== undefined && (isAscii(c) ? /\w/.test(c) : /[\p{ID_Continue}]/u.test(c));

/** A string literal's value: `\n`, `\t`, `\\`, `\"`, `\x2e`, `\u{2e}`, and a line continuation (`\` then a newline). */
function unescape(body: string): string {
  if (!body.includes('\\')) return body;
  return body.replace(/\\(?:x([0-9a-fA-F]{2})|u\{([0-9a-fA-F_]{1,8})\}|\n\s*|(.))/g, (_m, x: string | undefined, u: string | undefined, other: string | undefined) => {
    if (x !== undefined) return String.fromCharCode(parseInt(x, 16));
    if (u !== undefined) return String.fromCodePoint(Math.min(parseInt(u.replace(/_/g, ''), 16), 0x10ffff));
    if (other === undefined) return '';
    return ({ n: '\n', t: '\t', r: '\r', '0': '\0' } as Record<string, string>)[other] ?? other;
  });
}
