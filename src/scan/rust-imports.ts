/**
 * Rust import scanner: which modules of its own crate a source file refers to, and where.
 *
 * A real lexer, not a grep: comments (line, nested block, doc), string literals (plain, byte, C,
 * raw `r#"…"#` with any number of hashes), char and byte literals are skipped, and a lifetime `'a`
 * is not mistaken for the start of a char literal. What remains is parsed just enough to find:
 *
 * - `use` declarations, any visibility, with groups, `self`, `super`, `crate`, globs and `as`;
 * - qualified paths anywhere in code (`crate::session::Session::new()`, `super::x::y`, `self::z`,
 *   and `child::item` paths whose first segment may name a child module);
 * - `mod name;` declarations (with their `#[path = "…"]` attribute) and inline `mod name { … }`
 *   blocks, which change what `self::` and `super::` mean for the code inside them.
 *
 * No gate knowledge here: the gate maps the resolved files to its domains.
 */
import { lastOf } from '../util/arrays.js';
import { escapeRegExp } from '../util/regexp-escape.js';
import { keepStrings, keptString } from './kept-strings.js';
import { posix } from 'node:path';

export type RustEdgeKind = 'use' | 'path' | 'mod' | 'attribute';

export interface RustEdge {
  kind: RustEdgeKind;
  /** The path as written, with `use` groups expanded: `crate::a::c::d`, `super::x`, `self::inner` (for `mod inner;`). */
  path: string;
  /** `path` split on `::`; raw identifiers lose their `r#`; a leading `::` (extern crate) is kept as an empty first segment. */
  segments: string[];
  /** 1-based line and column (UTF-16 code units) of the first token of the path, or of the `mod` name. */
  line: number;
  column: number;
  /** Names of the inline `mod { … }` blocks enclosing the edge, outermost first. */
  scope: string[];
  /** `use …::*`. */
  glob?: boolean;
  /** `mod` only: the value of the first `#[path = "…"]` attribute on the declaration (rustc takes the first). */
  pathAttribute?: string;
  /** `mod` only, when several are written: every path attribute's value (plain or `#[cfg_attr(…, path = "…")]`), in order: each is a reading. */
  pathAttributes?: string[];
  /** `mod` only: every path attribute came from `#[cfg_attr(…, path = "…")]`, so the default file is a reading too. */
  pathConditional?: boolean;
  /** `mod` only: `#[macro_use] mod m;`: m's macros stay in textual scope after the declaration. */
  macroUse?: boolean;
  /** `use` only: the name the declaration binds (`as` alias, else the last segment); absent for globs and `as _`. */
  binding?: string;
  /** `use` only: `pub use` (any visibility): the binding is re-exported. */
  public?: boolean;
  /** A path with a macro metavariable (`crate::$m::f`): its target depends on the macro's caller. */
  metavariable?: boolean;
  /** Written in the body of `macro_rules! name`: the macro's callers expand it too. */
  macro?: string;
  /** `$m::store::open()` in a macro body: the first segment is a metavariable the call's arguments complete. */
  metaHead?: true;
}

/** `name!(…)`, `path::name![…]`, `name! { … }`: where a macro is expanded. */
export interface RustMacroCall {
  name: string;
  line: number;
  column: number;
  scope: string[];
  /** The call is itself in the body of `macro_rules! macro`. */
  macro?: string;
  /** `path::name!()`: the path names the macro (textual scope does not apply). */
  qualified?: true;
  /**
   * The paths and words of the call's arguments, space-separated (`crate::a b`; `$x` left out), what a metavariable
   * heading a path of the macro's body may be; absent when not read (a std macro's name), ending in `…` when cut.
   */
  args?: string;
  /** The call's argument is a path an include macro reads (`"x.rs"`, `concat!(…)` of literals): kept for a renamed include macro. */
  literal?: { path: string; fromManifest?: true };
}

/** `type S = crate::a::T;` at module level. */
export interface RustTypeAlias {
  name: string;
  segments: string[];
  scope: string[];
}

/** `include!("file.rs")` (path set) or an include whose argument is computed (expression set). */
export interface RustInclude {
  path?: string;
  /** The path is relative to the package directory: `concat!(env!("CARGO_MANIFEST_DIR"), "/src/x.rs")`. */
  fromManifest?: true;
  expression?: string;
  /**
   * The computed path is a file of the build output (`concat!(env!("OUT_DIR"), "/x.rs")`, prost's and tonic's generated
   * code): written by a build script, in no checkout, so there is nothing to scan (see inOutDir).
   */
  generated?: true;
  /** With `generated`: the path inside OUT_DIR (`"/x.rs"` → `x.rs`), for the gate to read where OUT_DIR points. */
  outDir?: string;
  line: number;
  column: number;
  scope: string[];
  /** Written in the body of this `macro_rules!`: the include is expanded at each call, from the caller's file. */
  inMacro?: string;
}

/**
 * `include_str!("…")` / `include_bytes!("…")` of a literal path: the file's bytes are built into this one; `include`: an
 * `include!("…")` the gate has pasted in (its code is this file's, and the file itself is needed as a module is).
 */
export interface RustDataInclude {
  path: string;
  macro: 'include_str' | 'include_bytes' | 'include';
  /** The path is relative to the package directory (see RustInclude). */
  fromManifest?: true;
  /** The path is computed from more than literals (`env!("ASSET")`): `path` is the expression as written. */
  computed?: true;
  /** Set when code include! pasted in carries it: where it was written (the path is then the including file's). */
  via?: string;
  line: number;
  column: number;
  /** Written in the body of this `macro_rules!`: expanded at each call too, read from the caller's file (see RustInclude). */
  inMacro?: string;
  /** Judged only where the macro is called (a computed include! the including file reports itself). */
  atCallsOnly?: true;
  /** A computed include of build output (RustInclude.generated); `path` is then the expression as written. */
  generated?: true;
  /** With `generated`: the path inside OUT_DIR (RustInclude.outDir). */
  outDir?: string;
}

export interface RustScanError {
  line: number;
  column: number;
  message: string;
}

/** An item defined at module level (not inside a function or impl): `fn`, `struct`, `enum`, `trait`, `type`, `const`, `static`, `union`, `macro_rules!`. */
export interface RustItem {
  name: string;
  line: number;
  /** Enclosing inline modules, outermost first. */
  scope: string[];
  /** Under `#[cfg(…)]`: some configurations compile it out (a macro so gated shadows nothing for sure). */
  conditional?: true;
}

export interface RustInlineModule {
  name: string;
  line: number;
  column: number;
  /** Enclosing inline modules, outermost first (not including this one). */
  scope: string[];
  /** Its first `#[path]` value: the directory its `mod x;` declarations resolve from. */
  pathAttribute?: string;
  /** Every path attribute's value when several are written (see RustEdge). */
  pathAttributes?: string[];
  /** Every path attribute is conditional: the default directory is a reading too. */
  pathConditional?: boolean;
}

/**
 * An `impl` block: `impl Thing { … }` (inherent) or `impl Trait for Thing { … }`. The methods it defines live in this
 * file whatever module the type is of, and rustc keeps an inherent impl in its type's crate (E0116) and a trait impl
 * in the crate of its trait or of its type (E0117): the type's module depends on this file without naming it.
 */
export interface RustImpl {
  /** The implemented type's path as written (`crate::core::Thing`, `Thing`), generic arguments left out. */
  self: string[];
  /** A trait impl: the trait's path as written (`fmt::Display`, `Default`); absent for an inherent impl. */
  trait?: string[];
  /** The trait's type arguments that are paths (`From<crate::core::Other>`): one of the impl's own domain lets it stay. */
  traitArgs?: string[][];
  line: number;
  column: number;
  /** Enclosing inline modules, outermost first. */
  scope: string[];
  /**
   * Written in the body of `macro_rules! macro`: the impl is made where the macro is called, its paths read there (`impl
   * $t`, `impl super::core::Thing`), and a path headed by a metavariable is completed from the call's arguments.
   */
  macro?: string;
  /** The impl's own generic parameters (`impl<T, const N: usize>` gives `T`, `N`): a type named by one is no item. */
  params?: string[];
  /**
   * The type is a `struct` / `enum` / `union` a block enclosing the impl declares (`fn f() { struct Mock; impl Saver
   * for Mock … }`): an item of this file the module's items do not list, which shadows any import of its name there.
   */
  blockType?: true;
}

/** A symbol linked by name: declared in an `extern` block, or defined by `#[no_mangle]` / `#[export_name = "…"]`. */
export interface RustLinkSymbol {
  name: string;
  line: number;
  column: number;
}

export interface RustScan {
  edges: RustEdge[];
  /**
   * Functions and statics linked by their symbol's name, not by a path (red team kb): `extern "Rust" { fn open(); }`
   * (`uses`) is bound by the linker to the `#[no_mangle] fn open` of another file (`defines`), whose code it runs.
   */
  linkSymbols?: { uses: RustLinkSymbol[]; defines: RustLinkSymbol[] };
  /** `impl` blocks outside macro bodies (see RustImpl). */
  impls?: RustImpl[];
  inlineModules: RustInlineModule[];
  items: RustItem[];
  /** Module-level type aliases to paths, followed like re-exports. */
  aliases: RustTypeAlias[];
  /** include!(…) of code. */
  includes: RustInclude[];
  /** include_str!/include_bytes! of a literal path (a computed one is build output: read by nothing). */
  dataIncludes: RustDataInclude[];
  /** Include macros this file renames for other modules (`pub use std::include_str as grab;`): new name → macro. */
  includeExports?: Record<string, RustDataInclude['macro']>;
  /** Names given to this crate by `extern crate self as name;`. */
  selfNames: string[];
  /** `extern crate dep as name;`: `name::…` is a path into the crate `dep`. */
  externAliases: { crate: string; alias: string }[];
  /** Macro invocations (macro_rules bodies written in other files are expanded at them). */
  macroCalls: RustMacroCall[];
  /** `#![macro_use]` (or `#![cfg_attr(…, macro_use)]`) heads the file: the module is `#[macro_use]` wherever it is declared. */
  innerMacroUse?: true;
  /** `#[macro_use] extern crate dep;`: dep's exported macros are in scope by their bare names in the whole crate. */
  macroUseCrates?: string[];
  /** Where the lexer or parser lost track (a literal or bracket left open, a use tree too deep): the scan is not complete. */
  errors: RustScanError[];
  /** Plain paths and macro calls set aside by {@link deferRustScan}, in a compact form; resolveRustCrate reads them back. */
  deferred?: DeferredRustScan;
}

/**
 * Entries set aside from `edges` or `macroCalls`, in source order: entries `start` to `start + count - 1` of `arena`
 * (the path or macro name, its line and column), `scopes[k]` the k-th one's scope when any entry has one; `keptAt[j]`
 * is the number of set-aside entries before the j-th kept one, so both lists can be read back in source order.
 */
interface DeferredList {
  arena: DeferredArena;
  start: number;
  count: number;
  keptAt: number[];
  scopes?: string[][];
}

interface DeferredRustScan {
  paths: DeferredList;
  calls: DeferredList;
  /** Item names (and scopes): resolution asks what a module defines, never where; their numbers are not read. */
  items: DeferredList;
}

/**
 * Where every file's deferred entries live until the module tree is known: each distinct text once, and per entry its
 * text's number (and, with `positions`, its line and column) in typed arrays shared by all the files. Per-file arrays of
 * strings and numbers were most of a large tree's memory (at 100× the reference project: ~4.8 M entries in ~36k small
 * arrays, ~55 MB of heap, each array with its own object, buffer and spare capacity); here an entry costs 4 or 8 bytes
 * outside the heap, in chunks of {@link CHUNK} entries (no copy as it grows, at most one chunk unused). A list is
 * written in one go (deferRustScan does not wait), so its entries are contiguous whatever runs beside it.
 */
class DeferredArena {
  private readonly texts: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly at: Uint32Array[] = [];
  /** Line and column per entry; 0xffff marks one that does not fit, held in `wide`. */
  private readonly nums: Uint16Array[] = [];
  private readonly wide = new Map<number, readonly [number, number]>();
  size = 0;

  constructor(private readonly positions: boolean) {}

  put(text: string, line: number, column: number): void {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.texts.push(keptString(text)) - 1;
      this.ids.set(this.texts[id] as string, id);
    }
    const k = this.size++;
    const offset = k & CHUNK_MASK;
    if (offset === 0) {
      this.at.push(new Uint32Array(CHUNK));
      if (this.positions) this.nums.push(new Uint16Array(2 * CHUNK));
    }
    (this.at[k >>> CHUNK_BITS] as Uint32Array)[offset] = id;
    if (!this.positions) return;
    const nums = this.nums[k >>> CHUNK_BITS] as Uint16Array;
    if (line < 0xffff && column < 0xffff && line >= 0 && column >= 0) {
      nums[2 * offset] = line;
      nums[2 * offset + 1] = column;
    } else {
      nums[2 * offset] = 0xffff;
      this.wide.set(k, [line, column]);
    }
  }

  text(k: number): string {
    return this.texts[(this.at[k >>> CHUNK_BITS] as Uint32Array)[k & CHUNK_MASK] as number] as string;
  }

  line(k: number): number {
    const n = (this.nums[k >>> CHUNK_BITS] as Uint16Array)[2 * (k & CHUNK_MASK)] as number;
    return n === 0xffff ? (this.wide.get(k) as readonly [number, number])[0] : n;
  }

  column(k: number): number {
    const nums = this.nums[k >>> CHUNK_BITS] as Uint16Array;
    const at = 2 * (k & CHUNK_MASK);
    return nums[at] === 0xffff ? (this.wide.get(k) as readonly [number, number])[1] : (nums[at + 1] as number);
  }
}

const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK - 1;

/** The arenas new lists go to (paths and calls with their positions, item names without); {@link releaseDeferredArena} lets them go (lists already written keep theirs). */
let placed = new DeferredArena(true);
let named = new DeferredArena(false);

/** Lets the arenas go once a tree's scans are resolved: a library caller's process does not hold them between runs. */
export function releaseDeferredArena(): void {
  placed = new DeferredArena(true);
  named = new DeferredArena(false);
}

// ---------------------------------------------------------------------------------------------
// Lexing

const enum T {
  Ident,
  Punct,
  Literal,
  Lifetime,
  /** Past the last token of the file. */
  End,
}

const RAW = 1;
const QUOTED = 2;
/** A `"…"` literal (not `r"…"`): its value is the text with Rust's escapes decoded. */
const ESCAPED = 4;
/** An identifier with a character outside ASCII: rustc compares identifiers in NFC, so its value is read normalized. */
const WIDE = 8;
/** The code of a `::` token (one past the last code point, so no single character has it). */
const COLONS = 0x110000;

/**
 * Words the parser asks about, by id: an identifier token carries the id of its text (0 for any other
 * word), so keyword tests compare small integers and most identifiers are never copied out of the text.
 */
const enum K {
  None,
  As, Async, Await, Break, Const, Continue, Dyn, Else, Enum, Extern, False, Fn, For, If, Impl, In, Let, Loop, Match, Mod, Move, Mut, Pub, Ref, Return,
  Static, Struct, Trait, True, Type, Unsafe, Use, Where, While, SelfType, Union, MacroRules,
  Crate, Self, Super, Path, CfgAttr, Include, IncludeStr, IncludeBytes, Underscore,
  Count,
}
const WORDS: readonly (readonly [string, K])[] = [
  ['as', K.As], ['async', K.Async], ['await', K.Await], ['break', K.Break], ['const', K.Const], ['continue', K.Continue], ['dyn', K.Dyn], ['else', K.Else],
  ['enum', K.Enum], ['extern', K.Extern], ['false', K.False], ['fn', K.Fn], ['for', K.For], ['if', K.If], ['impl', K.Impl], ['in', K.In], ['let', K.Let],
  ['loop', K.Loop], ['match', K.Match], ['mod', K.Mod], ['move', K.Move], ['mut', K.Mut], ['pub', K.Pub], ['ref', K.Ref], ['return', K.Return],
  ['static', K.Static], ['struct', K.Struct], ['trait', K.Trait], ['true', K.True], ['type', K.Type], ['unsafe', K.Unsafe], ['use', K.Use],
  ['where', K.Where], ['while', K.While], ['Self', K.SelfType], ['union', K.Union], ['macro_rules', K.MacroRules],
  ['crate', K.Crate], ['self', K.Self], ['super', K.Super], ['path', K.Path], ['cfg_attr', K.CfgAttr], ['include', K.Include],
  ['include_str', K.IncludeStr], ['include_bytes', K.IncludeBytes], ['_', K.Underscore],
];
const MAX_WORD = 16;
/** (length, first character) → the words of that length starting with that character. */
const WORD_TABLE: (readonly (readonly [string, K])[] | undefined)[] = new Array(MAX_WORD * 128);
for (const w of WORDS) {
  const slot = w[0].length * 128 + w[0].charCodeAt(0);
  WORD_TABLE[slot] = [...(WORD_TABLE[slot] ?? []), w];
}
const wordSet = (words: readonly string[]): Uint8Array => {
  const set = new Uint8Array(K.Count);
  for (const w of words) set[(WORDS.find((x) => x[0] === w) as readonly [string, K])[1]] = 1;
  return set;
};
/** Keywords that are never a module name at the start of a path. `crate`, `super`, `self` are handled apart. */
const KEYWORDS = wordSet([
  'as', 'async', 'await', 'break', 'const', 'continue', 'dyn', 'else', 'enum', 'extern', 'false', 'fn', 'for', 'if', 'impl', 'in',
  'let', 'loop', 'match', 'mod', 'move', 'mut', 'pub', 'ref', 'return', 'static', 'struct', 'trait', 'true', 'type', 'unsafe',
  'use', 'where', 'while', 'Self', 'union', 'macro_rules',
]);
/** Macros of std whose arguments are no path of a macro defined in the tree (their words are not kept). */
const STD_MACROS = new Set(['println', 'print', 'eprintln', 'eprint', 'format', 'format_args', 'write', 'writeln', 'panic', 'assert', 'assert_eq', 'assert_ne', 'debug_assert', 'debug_assert_eq', 'debug_assert_ne', 'vec', 'matches', 'todo', 'unimplemented', 'unreachable', 'dbg', 'concat', 'stringify', 'env', 'option_env', 'cfg', 'line', 'column', 'file', 'module_path', 'compile_error', 'include', 'include_str', 'include_bytes', 'macro_rules']);
/** Tokens of a macro call's arguments read for the words a metavariable may take (callWords). */
const MAX_ARG_TOKENS = 256;
/** Tokens of one macro call's arguments read at most (callWords). */
const MAX_ARG_SCAN = 16_384;
/** Paths a metavariable heading a macro path is tried with at one call (completeMetaHead); more: unresolved. */
const MAX_META_HEADS = 256;
const ITEM_KEYWORDS = wordSet(['fn', 'struct', 'enum', 'trait', 'type', 'const', 'static', 'union', 'macro_rules']);
/** Words the parse loop acts on wherever they stand (raw or not): item keywords, `use`, `pub`, `extern`, `mod`, `include*!`. */
const ACTED_WORDS = wordSet(['impl', 'fn', 'struct', 'enum', 'trait', 'type', 'const', 'static', 'union', 'macro_rules', 'use', 'pub', 'extern', 'mod', 'include', 'include_str', 'include_bytes']);

/**
 * The first token from `p` on that scanRust's loop does anything with outside an attribute: a brace, `;`, `#`, an
 * identifier that is one of ACTED_WORDS or has a `::` or `!` beside it. The loop skips to it, so the long parse
 * loop turns once per such token instead of once per token (most tokens of a body are none of these): a small
 * function the engine optimises after a few files, where the parse loop takes hundreds to be compiled.
 */
function nextActed(kind: Uint8Array, code: Int32Array, from: number, count: number): number {
  let p = from;
  for (; p < count; p++) {
    const t = kind[p];
    if (t === T.Punct) {
      const v = code[p];
      if (v === 123 || v === 125 || v === 59 || v === 35) return p;
    } else if (t === T.Ident) {
      if (ACTED_WORDS[code[p] as number] === 1) return p;
      if (kind[p + 1] === T.Punct && (code[p + 1] === 33 || code[p + 1] === COLONS)) return p;
      if (p > 0 && kind[p - 1] === T.Punct && code[p - 1] === COLONS) return p;
    }
    // A literal or a lifetime is read only inside an attribute, where nothing is skipped.
  }
  return p;
}

/** Words that may follow an item keyword without being the item's name (`const fn`, `const unsafe fn`). */
const ITEM_QUALIFIERS = wordSet(['fn', 'unsafe', 'async', 'extern', 'mut', '_']);

/** The id of the word `text[start, end)`. */
function wordId(text: string, start: number, end: number): K {
  const len = end - start;
  if (len >= MAX_WORD) return K.None;
  const c = text.charCodeAt(start);
  if (c >= 128) return K.None;
  const bucket = WORD_TABLE[len * 128 + c];
  if (bucket === undefined) return K.None;
  // Indexed, not `for (const [w, id] of …)`: two iterators per entry cost most of a cold lexer's time per identifier.
  for (let k = 0; k < bucket.length; k++) {
    const entry = bucket[k] as readonly [string, K];
    if (text.startsWith(entry[0], start)) return entry[1];
  }
  return K.None;
}

/**
 * A file's tokens, as columns: kind, flags, word id or punctuation code, the range of the token's value
 * in the text (identifier without `r#`, punctuation, a string literal's raw contents; empty for other
 * literals), line and column. The columns are reused from file to file (no object per token, no string
 * per identifier until the parser asks for one); past the last token lie END tokens, which match
 * nothing, so a look-ahead never reads a previous file's tokens.
 */
interface Tokens {
  kind: Uint8Array;
  flags: Uint8Array;
  /** Word id (identifiers) or code point (punctuation; `::` is COLONS). */
  code: Int32Array;
  start: Int32Array;
  end: Int32Array;
  line: Int32Array;
  column: Int32Array;
}

const END_PAD = 8;
/** Tokens the columns keep between files: one huge file does not pin its columns for the life of the process. */
const POOL_KEEP = 1 << 16;

function tokenColumns(capacity: number): Tokens {
  return {
    // Slots never written read as END, like the padding.
    kind: new Uint8Array(capacity).fill(T.End),
    flags: new Uint8Array(capacity),
    code: new Int32Array(capacity),
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    line: new Int32Array(capacity),
    column: new Int32Array(capacity),
  };
}

function grown(old: Tokens, capacity: number): Tokens {
  const next = tokenColumns(capacity);
  next.kind.set(old.kind);
  next.flags.set(old.flags);
  next.code.set(old.code);
  next.start.set(old.start);
  next.end.set(old.end);
  next.line.set(old.line);
  next.column.set(old.column);
  return next;
}

/** Small to start with: warmLexer grows it, so the loop's growth branch has run before the loop is compiled. */
let POOL: Tokens = tokenColumns(64);

const isAsciiIdentStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
const isAsciiIdentPart = (c: number) => isAsciiIdentStart(c) || (c >= 48 && c <= 57);
const ID_START = /[\p{ID_Start}_]/u;
const ID_CONTINUE = /[\p{ID_Continue}]/u;

function isIdentStartAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiIdentStart(c);
  const cp = text.codePointAt(i);
  return cp !== undefined && ID_START.test(String.fromCodePoint(cp));
}

/** Set by identEnd: the identifier it measured holds a character outside ASCII. */
let identWide = false;

/** Index just after the identifier that starts at `i`. */
function identEnd(text: string, i: number): number {
  let j = i;
  identWide = false;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      if (!isAsciiIdentPart(c)) break;
      j++;
      continue;
    }
    identWide = true;
    const cp = text.codePointAt(j) as number;
    if (!ID_CONTINUE.test(String.fromCodePoint(cp))) break;
    j += cp > 0xffff ? 2 : 1;
  }
  return j;
}

/** End index (exclusive) of a quoted literal whose opening quote is at `open`; backslash escapes. */
function quotedEnd(text: string, open: number, quote: number): number {
  const n = text.length;
  let j = open + 1;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === 92) j += 2;
    else if (c === quote) return j + 1;
    else j++;
  }
  return n;
}

/** Index just after the `"` that opens the raw string whose `r` is at `rAt` (`r"`, `r#"`, `r##"`), or -1 when it is not one. */
function rawStringOpen(text: string, rAt: number): number {
  let j = rAt + 1;
  while (text.charCodeAt(j) === 35) j++;
  return text.charCodeAt(j) === 34 ? j + 1 : -1;
}

/** Marks a branch of the lexer that makes no token (a comment). */
const NO_TOKEN = 255;

/** Whether the `#!` that opens `text` is an inner attribute's: a `[` follows past whitespace and comments (nested ones too). */
function innerAttributeFirst(text: string): boolean {
  let i = 2;
  for (;;) {
    while (i < text.length && /\s/.test(text.charAt(i))) i++;
    if (text.startsWith('//', i)) {
      const eol = text.indexOf('\n', i);
      if (eol === -1) return false;
      i = eol;
    } else if (text.startsWith('/*', i)) {
      let depth = 0;
      do {
        if (text.startsWith('/*', i)) {
          depth++;
          i += 2;
        } else if (text.startsWith('*/', i)) {
          depth--;
          i += 2;
        } else i++;
      } while (depth > 0 && i < text.length);
    } else return text.charAt(i) === '[';
  }
}

/** The columns with END tokens written past the last token (grown to hold them). */
function padded(tokens: Tokens, count: number, at: number, line: number, column: number): Tokens {
  const t = count + END_PAD > tokens.kind.length ? grown(tokens, count + END_PAD) : tokens;
  for (let k = count; k < count + END_PAD; k++) {
    t.kind[k] = T.End;
    t.code[k] = 0;
    t.start[k] = at;
    t.end[k] = at;
    t.line[k] = line;
    t.column[k] = column;
    t.flags[k] = 0;
  }
  return t;
}

/** Partner column reused from file to file, as the token columns are (scanRust is done with it before the next lex). */
let PARTNER_POOL = new Int32Array(64);
/** The open brackets pairBrackets has not closed yet, reused from file to file as the partner column is. */
let OPEN_POOL: Int32Array = new Int32Array(16);

/**
 * One walk pairs the brackets (for O(1) look-ups by the parser) and counts depth (for the errors), by kind alone:
 * writes the partners of the first `count` tokens (-1 for a bracket left unpaired, and for a token that is no bracket)
 * and returns how many brackets are left open. The loop reads two typed arrays and writes two more, reports through a
 * function it calls only for an error, and nothing but the return follows it: a cold process compiles it on stack (OSR)
 * inside its first file, and code after the loop that had not run by then deoptimised that compiled loop at the end
 * of every later file (1,198 times in a cold 10× reference run).
 */
function pairBrackets(tokens: Tokens, count: number, partner: Int32Array, lexError: LexError): number {
  const kind = tokens.kind;
  const codes = tokens.code;
  const punct = T.Punct;
  let open = OPEN_POOL;
  let openCount = 0;
  let depth = 0;
  for (let k = 0; k < count; k++) {
    if (kind[k] !== punct) continue;
    const v = codes[k] as number;
    if (v === 40 || v === 91 || v === 123) {
      depth++;
      if (openCount === open.length) open = OPEN_POOL = grownOpen(open);
      open[openCount++] = k;
    } else if (v === 41 || v === 93 || v === 125) {
      depth--;
      if (depth < 0) {
        closesNothing(tokens, k, lexError);
        depth = 0;
      }
      if (openCount > 0) {
        const top = open[openCount - 1] as number;
        if (codes[top] === (v === 41 ? 40 : v === 93 ? 91 : 123)) {
          openCount--;
          partner[top] = k;
          partner[k] = top;
        }
      }
    }
  }
  return depth;
}

/** The partner column for `count` tokens, all -1. */
function partnerColumn(count: number): Int32Array {
  const partner = PARTNER_POOL.length >= count ? PARTNER_POOL : new Int32Array(Math.max(count, 2 * PARTNER_POOL.length));
  // One huge file does not pin its column for the life of the process.
  PARTNER_POOL = partner.length > POOL_KEEP ? new Int32Array(POOL_KEEP) : partner;
  partner.fill(-1, 0, count);
  return partner;
}

function grownOpen(open: Int32Array): Int32Array {
  const next = new Int32Array(2 * open.length);
  next.set(open);
  return next;
}

function closesNothing(tokens: Tokens, k: number, lexError: LexError): void {
  lexError(tokens.line[k] as number, tokens.column[k] as number, `\`${String.fromCharCode(tokens.code[k] as number)}\` closes nothing`);
}

function lexRust(text: string): { tokens: Tokens; count: number; partner: Int32Array; errors: RustScanError[] } {
  if (!lexerWarm) warmLexer();
  const errors: RustScanError[] = [];
  const lexError = (line: number, column: number, message: string) => {
    if (errors.length < 20) errors.push({ line, column, message });
  };
  const count = lexTokens(text, lexError);
  const tokens = padded(POOL, count, lexAt, lexLine, lexAt - lexLineStart + 1);
  const partner = partnerColumn(count);
  const open = pairBrackets(tokens, count, partner, lexError);
  if (OPEN_POOL.length > POOL_KEEP) OPEN_POOL = new Int32Array(POOL_KEEP);
  if (open > 0) lexError(lexLine, lexAt - lexLineStart + 1, `${open} bracket${open === 1 ? '' : 's'} left open at the end of the file`);
  POOL = tokens.kind.length > POOL_KEEP ? tokenColumns(POOL_KEEP) : tokens;
  return { tokens, count, partner, errors };
}

let lexerWarm = false;

/**
 * Rust in every shape the lexer reads: each token kind and literal form, in the middle of a text and at its end,
 * brackets closed, left open and closing nothing, enough tokens and brackets to grow the pools. A cold process lexes
 * these before its first file (about 2 ms of CPU), so that when the engine compiles the lexer's loops, inside that first
 * file, every branch and call in them has been seen: a branch first met in compiled code throws the code away and
 * compiles it again (see lexTokens; without these texts the loop was still compiled five times in a cold 10× reference
 * run). ASCII only: a character outside ASCII costs lexRare the compilation of its Unicode property expressions (~0.5 ms,
 * more than the one cheap recompilation of lexRare it would spare). Joined at run time: a file's text is a string built
 * at run time too, never one of the module's constants.
 */
const WARM_LINES: readonly (readonly string[])[] = [
  [
    '#![allow(unused)]',
    '//! Inner doc.',
    '/// Outer doc.',
    '/* block /* nested */ still */',
    'use crate::a::{b, c as d, self};',
    "pub fn f<'a>(x: &'a str, y: &[u8; 4]) -> Option<u8> {",
    '\tlet s = "str \\" escaped\nline";',
    '\tlet r = r"raw"; let h = r#"h"#; let rb = br"x"; let rh = br#"x"#; let cs = c"c"; let cr = cr"c"; let crh = cr#"c"#;',
    "\tlet b = b\"bytes\"; let bc = b'x'; let be = b'\\''; let ch = 'c'; let nl = '\\n'; let u = '\\u{41}'; let q = '\\'';",
    "\t'outer: loop { break 'outer; } let _ = r#type; let l: &'static str = \"\"; let w = r#x + r#a; let o = r#;",
    '\tlet n = 0x1F + 1.5 + 1_000u32 + 2.max(3) + t.0.1 + 1e10; let rg = 0..10; let z = brace + crate::x + bread + cr + br + b + c + r;',
    '\tmatch x { _ => {} } #[attr] $x ? @ ~ ! % ^ & * ( ) - + = [ ] | \\ ; : , . < > / \r\f\v end',
    '\tstd::vec![1, 2]; format!("{}", x); macro_rules! m { ($x:expr) => { $x }; }',
    '\t((((((((((((((((((((((((((((((((((((((((x))))))))))))))))))))))))))))))))))))))))',
    '}',
  ],
  ['#!/usr/bin/env run-cargo-script', 'fn main() {}'],
  ['#!'],
  ['#! // x', '/* a /* b */ */ [x]'],
  ['#! /* open'],
  ['#!//'],
  ['fn a() { ) ] } x'],
  ['(]'],
  ['let x = "open'],
  ['/* open /* nested */'],
  ['r#"open'],
  ["'"],
  ["'a"],
  ["'\\"],
  ['a'],
  ['1.'],
  ['1.5'],
  ['::'],
  [':'],
  ['r'],
  ['b'],
  ['br'],
  ['c'],
  ['cr'],
  ['x // end'],
  ['x /'],
  [' \t'],
  ['{ ( ['],
];

function warmLexer(): void {
  lexerWarm = true;
  for (const lines of WARM_LINES) lexRust([...lines.join('\n')].join(''));
}

/** Where lexTokens stopped: the end of the text, its last line, and the index that line starts at. */
let lexAt = 0;
let lexLine = 1;
let lexLineStart = 0;

/**
 * The token loop, into POOL (grown as needed); returns the count. It reads the tokens real Rust is made of (whitespace,
 * line comments, ASCII identifiers, numbers, punctuation) and hands everything else to {@link lexRare}, out of line.
 * Why: a cold process compiles this loop while it lexes its first files, and one large loop holding every token kind's
 * logic was compiled by TurboFan up to four times at 60–1,000 ms each (a quarter of the cold 10× reference run), thrown
 * away whenever a branch or read it had not seen before ran (a char literal, a byte string, a read past the end of a
 * file): here every read is inside the text and every branch is met in any file's first lines (and in warmLexer's), so the
 * loop is compiled once; a rare kind's first sight recompiles only lexRare, which is small. Nothing follows the loop
 * but stores to module variables and the return: code after the loop that had not run when the loop was compiled on
 * stack (OSR) would throw that compiled loop away at the end of every file.
 */
function lexTokens(text: string, lexError: LexError): number {
  let tokens = POOL;
  let kind = tokens.kind;
  let codes = tokens.code;
  let starts = tokens.start;
  let ends = tokens.end;
  let lines = tokens.line;
  let columns = tokens.column;
  let flagsOf = tokens.flags;
  let count = 0;
  const n = text.length;
  let i = shebangEnd(text);
  let line = 1;
  let lineStart = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      i++;
      lineStart = i;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 12 || c === 11) {
      // Indentation comes in runs: skip one without a turn of the token loop per character.
      i++;
      while (i < n) {
        const e = text.charCodeAt(i);
        if (e !== 32 && e !== 9) break;
        i++;
      }
      continue;
    }
    const d = i + 1 < n ? text.charCodeAt(i + 1) : -1;
    if (c === 47 && d === 47) {
      const eol = text.indexOf('\n', i);
      i = eol === -1 ? n : eol;
      continue;
    }
    let t: number = T.Punct;
    let code = c;
    let from = i;
    let to = i + 1;
    let flags = 0;
    /** Where the token ends: lexRare's tokens are read from `i` again. */
    let next = to;
    const column = i - lineStart + 1;
    const startLine = line;
    if (c < 128 && c !== 34 && c !== 39 && !(c === 47 && d === 42)) {
      if (isAsciiIdentStart(c)) {
        if (literalPrefix(text, i, c, d)) next = i;
        else {
          while (to < n) {
            const e = text.charCodeAt(to);
            if (!isAsciiIdentPart(e)) {
              // An identifier that goes on past ASCII is lexRare's.
              if (e >= 128) next = i;
              break;
            }
            to++;
          }
          if (next !== i) {
            t = T.Ident;
            code = wordId(text, from, to);
            next = to;
          }
        }
      } else if (c >= 48 && c <= 57) {
        // Numbers: digits, suffixes, hex, `1.5` — but not the `..` of a range or a method call `1.max(2)`.
        while (next < n) {
          const e = text.charCodeAt(next);
          if (isAsciiIdentPart(e)) next++;
          else if (e === 46 && next + 1 < n && isAsciiDigit(text.charCodeAt(next + 1))) next++;
          else break;
        }
        // Its value range stays empty.
        t = T.Literal;
        code = 0;
        from = 0;
        to = 0;
      } else if (c === 58 && d === 58) {
        code = COLONS;
        to = next = i + 2;
      }
    } else next = i;
    if (next === i) {
      next = lexRare(text, i, line, lineStart, lexError);
      line = rareLine;
      lineStart = rareLineStart;
      t = rareKind;
      code = rareCode;
      from = rareFrom;
      to = rareTo;
      flags = rareFlags;
    }
    i = next;
    if (t === NO_TOKEN) continue;
    if (count === kind.length) {
      tokens = POOL = grown(tokens, count * 2);
      kind = tokens.kind;
      codes = tokens.code;
      starts = tokens.start;
      ends = tokens.end;
      lines = tokens.line;
      columns = tokens.column;
      flagsOf = tokens.flags;
    }
    kind[count] = t;
    codes[count] = code;
    starts[count] = from;
    ends[count] = to;
    lines[count] = startLine;
    columns[count] = column;
    flagsOf[count] = flags;
    count++;
  }
  lexAt = i;
  lexLine = line;
  lexLineStart = lineStart;
  return count;
}

type LexError = (line: number, column: number, message: string) => void;

const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/** Where the lexer starts: past a shebang line, but not past an inner attribute `#![…]` (see innerAttributeFirst). */
function shebangEnd(text: string): number {
  // `#!/**/[allow(unused)] use crate::store::open;` is an attribute and code, not a line to skip: rustc looks for the
  // `[` past whitespace and comments.
  if (!text.startsWith('#!') || innerAttributeFirst(text)) return 0;
  const eol = text.indexOf('\n');
  return eol === -1 ? text.length : eol;
}

/**
 * Whether the identifier start `c` at `i` (`d` after it) may open a literal or a raw identifier: `r"` `r#`, `b"` `b'`
 * `br"` `br#`, `c"` `cr"` `cr#`. A superset of lexRare's cases (which reads `br#x` as the identifier `br` and `#`, as
 * before): only the cheap test is in the hot loop.
 */
function literalPrefix(text: string, i: number, c: number, d: number): boolean {
  if (c === 114) return d === 34 || d === 35;
  if (c !== 98 && c !== 99) return false;
  if (d === 34 || (c === 98 && d === 39)) return true;
  if (d !== 114 || i + 2 >= text.length) return false;
  const e = text.charCodeAt(i + 2);
  return e === 34 || e === 35;
}

/** The token lexRare read (NO_TOKEN for a comment), as lexTokens writes it, and the line it ended on. */
let rareKind = 0;
let rareCode = 0;
let rareFrom = 0;
let rareTo = 0;
let rareFlags = 0;
let rareLine = 1;
let rareLineStart = 0;

/**
 * The tokens lexTokens leaves out of its loop, from `i`: block comments (nested), string, raw string, byte and C
 * literals, char literals and lifetimes, raw identifiers, identifiers and punctuation outside ASCII. Returns where the
 * token ends; the token is left in the rare* variables (line and line start past any newline inside it).
 */
function lexRare(text: string, i: number, line: number, lineStart: number, lexError: LexError): number {
  const n = text.length;
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  const column = i - lineStart + 1;
  let t: number;
  let code = 0;
  let from = 0;
  let to = 0;
  let flags = 0;
  /** Where the token ends; `multiline`: newlines inside it are counted. */
  let next: number;
  let multiline = false;
  if (c === 47 && d === 42) {
    // Block comments nest in Rust.
    let depth = 1;
    let j = i + 2;
    while (j < n && depth > 0) {
      const e = text.charCodeAt(j);
      if (e === 47 && text.charCodeAt(j + 1) === 42) {
        depth++;
        j += 2;
      } else if (e === 42 && text.charCodeAt(j + 1) === 47) {
        depth--;
        j += 2;
      } else j++;
    }
    if (depth > 0) lexError(line, column, 'block comment left open at the end of the file');
    t = NO_TOKEN;
    next = j;
    multiline = true;
  } else if (c === 34 /* " */) {
    next = quotedEnd(text, i, 34);
    if (next >= n && text.charCodeAt(n - 1) !== 34) lexError(line, column, 'string literal left open at the end of the file');
    t = T.Literal;
    from = i + 1;
    to = Math.max(from, next - 1);
    flags = QUOTED | ESCAPED;
    multiline = true;
  } else if (c === 39 /* ' */) {
    const cp = text.codePointAt(i + 1);
    const width = cp !== undefined && cp > 0xffff ? 2 : 1;
    if (d === 92) {
      // '\n', '\'', '\u{1F600}': find the closing quote after the escape.
      let j = i + 3;
      while (j < n && text.charCodeAt(j) !== 39 && text.charCodeAt(j) !== 10) j++;
      t = T.Literal;
      next = Math.min(n, j + 1);
      multiline = true;
    } else if (cp !== undefined && cp !== 10 && text.charCodeAt(i + 1 + width) === 39) {
      t = T.Literal;
      next = i + 2 + width;
      multiline = true;
    } else if (isIdentStartAt(text, i + 1)) {
      // A lifetime or loop label: 'a, 'static, '_
      t = T.Lifetime;
      from = i + 1;
      to = identEnd(text, i + 1);
      next = to;
    } else {
      t = T.Punct;
      code = 39;
      from = i;
      to = i + 1;
      next = to;
    }
  } else if (c < 128 ? isAsciiIdentStart(c) : isIdentStartAt(text, i)) {
    // Literal prefixes: r"…" r#"…"# b"…" br"…" c"…" cr"…" b'x'; raw identifiers r#name.
    const prefixed = c === 114 /* r */ || c === 98 /* b */ || c === 99; /* c */
    const rAt = !prefixed ? -1 : c === 114 ? i : d === 114 ? i + 1 : -1;
    const open = rAt === -1 ? -1 : rawStringOpen(text, rAt);
    if (open !== -1) {
      const closing = `"${'#'.repeat(open - rAt - 2)}`;
      const close = text.indexOf(closing, open);
      if (close === -1) lexError(line, column, 'raw string left open at the end of the file');
      t = T.Literal;
      from = open;
      to = close === -1 ? n : close;
      flags = rAt === i ? QUOTED : 0;
      next = close === -1 ? n : close + closing.length;
      multiline = true;
    } else if ((c === 98 || c === 99) && d === 34) {
      t = T.Literal;
      next = quotedEnd(text, i + 1, 34);
      multiline = true;
    } else if (c === 98 && d === 39) {
      t = T.Literal;
      next = quotedEnd(text, i + 1, 39);
      multiline = true;
    } else if (c === 114 && d === 35 && isIdentStartAt(text, i + 2)) {
      t = T.Ident;
      from = i + 2;
      to = identEnd(text, from);
      code = wordId(text, from, to);
      flags = identWide ? RAW | WIDE : RAW;
      next = to;
    } else {
      t = T.Ident;
      from = i;
      to = identEnd(text, i);
      code = wordId(text, from, to);
      if (identWide) flags = WIDE;
      next = to;
    }
  } else {
    // Outside ASCII (lexTokens reads the rest of ASCII): a character that starts no identifier is punctuation.
    const cp = c < 128 ? c : (text.codePointAt(i) as number);
    t = T.Punct;
    code = cp;
    from = i;
    to = i + (cp > 0xffff ? 2 : 1);
    next = to;
  }
  if (multiline) {
    for (let k = i; k < next; k++) {
      if (text.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
  }
  rareKind = t;
  rareCode = code;
  rareFrom = from;
  rareTo = to;
  rareFlags = flags;
  rareLine = line;
  rareLineStart = lineStart;
  return next;
}

// ---------------------------------------------------------------------------------------------
// Parsing

/** Use groups nested deeper than this are not read (no real code comes near): the file's scan is reported incomplete. */
export const MAX_USE_DEPTH = 256;
/** A string in an attribute that is a whole path (`"crate::defaults::port"`) names an item the attribute's expansion uses. */
/** `key = "…"` in attributes whose value is a name or prose, never a path: cfg features, doc text, notes. */
const PROSE_KEYS = new Set(['feature', 'doc', 'note', 'since', 'reason', 'message', 'label', 'target_os', 'target_arch', 'target_family', 'target_env', 'target_vendor', 'panic', 'alias']);

/** Words that may stand before another word in a type or a bound (`dyn Trait`, `&'a mut T`, `for<'a> Fn`). */
const TYPE_WORDS = new Set(['dyn', 'impl', 'mut', 'const', 'for', 'where', 'as', 'unsafe', 'extern', 'fn']);
/** One token of a string an attribute holds: `::`, a word (raw `r#x` or `$crate` too), a lifetime, or a character of code. */
const ATTRIBUTE_TOKEN = /\s*(?:(::)|(\$?(?:r#)?[\p{ID_Start}_][\p{ID_Continue}]*)|'[\p{ID_Start}_][\p{ID_Continue}]*|([<>,:+&*()[\];=!?-]))/uy;

/**
 * The paths in a string an attribute holds when the string is code — a path, a type or a bound, as serde, pyo3 and
 * their kind parse it (`"crate::store::codec"`, `"crate :: store::parse::<u8>"`, `"::kern::store::Db"`,
 * `"T: crate::store::Tr + Clone"`, `"crate::r#store::f"`) — each as segments (a leading `::` as an empty one). Prose
 * (two words side by side, or any other character: `"failed to open crate::store"`) holds none.
 */
export function attributeStringPaths(text: string): string[][] {
  const paths: string[][] = [];
  let current: string[] | undefined;
  /** The path being read ends at a `::`: the next word continues it. */
  let open = false;
  let lastWord: string | undefined;
  const end = () => {
    if (current !== undefined && current.length > (current[0] === '' ? 2 : 1)) paths.push(current);
    current = undefined;
  };
  ATTRIBUTE_TOKEN.lastIndex = 0;
  let at = 0;
  for (;;) {
    ATTRIBUTE_TOKEN.lastIndex = at;
    const m = ATTRIBUTE_TOKEN.exec(text);
    if (m === null) break;
    at = ATTRIBUTE_TOKEN.lastIndex;
    if (m[1] !== undefined) {
      if (current === undefined) current = [''];
      open = true;
      lastWord = undefined;
      continue;
    }
    if (m[2] !== undefined) {
      const word = m[2].replace(/^r#/, '').replace(/^\$crate$/, 'crate').normalize('NFC');
      if (open && current !== undefined) current.push(word);
      else {
        // Two words side by side read as prose, unless the first is a word of types (`dyn Tr`, `mut T`).
        if (lastWord !== undefined && !TYPE_WORDS.has(lastWord)) return [];
        end();
        current = [word];
      }
      open = false;
      lastWord = word;
      continue;
    }
    end();
    open = false;
    lastWord = undefined;
  }
  if (text.slice(at).trim() !== '') return [];
  end();
  return paths;
}

// The parse's state: module variables set for the file being scanned (one scan at a time, as the lexer's token pool
// is). The parse is small module functions rather than one long loop of closures made anew for every file: each is
// optimised on its own (a branch seen late throws away one small function's code, not the whole parse's), and a
// module function is one closure for the process, so no call site sees a new target at the next file (issue 13).
let text = '';
let kind: Uint8Array = new Uint8Array(0);
let flags: Uint8Array = new Uint8Array(0);
let code: Int32Array = new Int32Array(0);
let start: Int32Array = new Int32Array(0);
let end: Int32Array = new Int32Array(0);
let lineOf: Int32Array = new Int32Array(0);
let columnOf: Int32Array = new Int32Array(0);
let count = 0;
let partner: Int32Array = new Int32Array(0);
let errors: RustScanError[] = [];
let edges: RustEdge[] = [];
let impls: RustImpl[] = [];
let inlineModules: RustInlineModule[] = [];
let items: RustItem[] = [];
let aliases: RustTypeAlias[] = [];
let includes: RustInclude[] = [];
/** Include macros renamed by a `use` in this file (`use std::include as pull;`), by their new names. */
let includeAliases: Map<string, K> | undefined;
/** Include macros this file's `pub use` hands to other modules (RustScan.includeExports). */
let includeExports: Record<string, RustDataInclude['macro']> | undefined;
let dataIncludes: RustDataInclude[] = [];
let selfNames: string[] = [];
let externAliases: RustScan['externAliases'] = [];
let scopes: { name: string; closeDepth: number }[] = [];
let depth = 0;
/** `#[path = "…"]` / `#[cfg_attr(…, path = "…")]` values waiting for their `mod`, in order: every one is a reading. */
let pendingPaths: string[] = [];
/** One of them is unconditional: the default file is no reading. */
let pendingPathPlain = false;
/** A `#[macro_use]` (or `#[cfg_attr(…, macro_use)]`) waiting for its `mod`: the module's macros stay in textual scope after it. */
let pendingMacroUse = false;
/** A `#[cfg(…)]` waiting for its item. */
let pendingCfg = false;
let innerMacroUse = false;
let macroUseCrates: string[] = [];
/** Index of the `]` ending the attribute being read, or -1. */
let attributeEnd = -1;
let macroCalls: RustMacroCall[] = [];
/** Open `macro_rules!` bodies: name and the index of the body's closing bracket. */
let macroBodies: { name: string; close: number }[] = [];
/** The `{` of every open block, innermost last. */
let blocks: number[] = [];
/**
 * `macro_rules!` defined inside a block (a function body), each with the index of the block's `}`: from its definition
 * to there, a call by its bare name is that macro (textual scope), no other file's.
 */
let blockMacros: { name: string; until: number }[] = [];
/** Per macro of this file, its body's paths headed by a metavariable (a block's macro is completed at its calls here). */
let metaHeadEdges = new Map<string, RustEdge[]>();
/** The enclosing inline modules: one array shared by every edge and item until the nesting changes. */
let scopeCache: string[] | undefined = [];

export function scanRust(source: string): RustScan {
  const lexed = lexRust(source);
  text = source;
  ({ kind, flags, code, start, end, line: lineOf, column: columnOf } = lexed.tokens);
  count = lexed.count;
  partner = lexed.partner;
  errors = [...lexed.errors];
  edges = [];
  impls = [];
  inlineModules = [];
  items = [];
  aliases = [];
  includes = [];
  dataIncludes = [];
  selfNames = [];
  externAliases = [];
  scopes = [];
  depth = 0;
  pendingPaths = [];
  pendingPathPlain = false;
  pendingMacroUse = false;
  pendingCfg = false;
  innerMacroUse = false;
  macroUseCrates = [];
  attributeEnd = -1;
  macroCalls = [];
  macroBodies = [];
  blocks = [];
  blockMacros = [];
  metaHeadEdges = new Map();
  scopeCache = [];
  includeAliases = undefined;
  includeExports = undefined;
  parseTokens();
  aliasedIncludes();
  const symbols = linkSymbols();
  const scan: RustScan = { edges, ...(symbols !== undefined ? { linkSymbols: symbols } : {}), ...(impls.length > 0 ? { impls } : {}), inlineModules, items, aliases, includes, dataIncludes, selfNames, externAliases, macroCalls, errors, ...(innerMacroUse ? { innerMacroUse: true as const } : {}), ...(macroUseCrates.length > 0 ? { macroUseCrates } : {}), ...(includeExports !== undefined ? { includeExports } : {}) };
  includeExports = undefined;
  // The state holds nothing of this file past its scan: the text and the lists are the caller's alone.
  text = '';
  edges = [];
  impls = [];
  macroCalls = [];
  items = [];
  metaHeadEdges = new Map();
  scopes = [];
  macroBodies = [];
  blockMacros = [];
  scopeCache = [];
  return scan;
}

const pathFields = (): Pick<RustEdge, 'pathAttribute' | 'pathAttributes' | 'pathConditional'> =>
  pendingPaths.length === 0 ? {} : { pathAttribute: pendingPaths[0] as string, ...(pendingPaths.length > 1 ? { pathAttributes: pendingPaths } : {}), ...(pendingPathPlain ? {} : { pathConditional: true }) };
const clearPaths = () => {
  if (pendingPaths.length > 0) pendingPaths = [];
  pendingPathPlain = false;
};
const blockMacroCalled = (name: string, at: number): boolean => blockMacros.some((m) => m.name === name && at < m.until);
const inMacro = (): string | undefined => lastOf(macroBodies)?.name;
const scope = () => (scopeCache ??= scopes.map((s) => s.name));

// Token tests by index; an index before the first token reads `undefined` from the columns and matches nothing.
// `café` written composed or decomposed is one identifier to rustc (it normalizes identifiers to NFC).
const value = (p: number) => (((flags[p] as number) & WIDE) === 0 ? text.slice(start[p], end[p]) : text.slice(start[p], end[p]).normalize('NFC'));
/** What a string literal says: `"st\x6fre.rs"` is `store.rs` to rustc, so to every path read from a string. */
const stringValue = (p: number) => (((flags[p] as number) & ESCAPED) !== 0 ? unescapeRustString(value(p)) : value(p));
const isString = (p: number) => kind[p] === T.Literal && ((flags[p] as number) & QUOTED) !== 0;
/**
 * The file an include macro's argument (tokens from..to) names: a string literal, or `concat!` of string literals
 * after an optional leading `env!("CARGO_MANIFEST_DIR")` (then relative to the package directory). Anything else
 * (OUT_DIR, another variable, a macro) is computed: undefined.
 */
const includedPath = (from: number, to: number): { path: string; fromManifest: boolean } | undefined => {
  const built = builtPath(from, to);
  return built === undefined || (built.env !== undefined && built.env !== 'CARGO_MANIFEST_DIR') ? undefined : { path: built.path, fromManifest: built.env !== undefined };
};
/** A string literal, or `concat!` of string literals after an optional leading `env!("VAR")` (`env`, the path then relative to it). */
const builtPath = (from: number, to: number): { path: string; env?: string } | undefined => {
  if (isString(from) && to === from + 1) return { path: stringValue(from) };
  if (!(isIdent(from) && value(from) === 'concat' && isPunct(from + 1, 33) && isOpen(from + 2) && matching(from + 2) === to - 1)) return undefined;
  let q = from + 3;
  let env: string | undefined;
  if (isIdent(q) && value(q) === 'env' && isPunct(q + 1, 33) && isOpen(q + 2) && isString(q + 3) && matching(q + 2) === q + 4) {
    env = stringValue(q + 3);
    q += 5;
    if (isPunct(q, 44)) q++;
  }
  let path = '';
  for (; q < to - 1; q++) {
    if (isString(q)) path += stringValue(q);
    else if (!isPunct(q, 44)) return undefined;
  }
  return env === undefined ? { path } : { path: path.replace(/^\/+/, ''), env };
};
/**
 * Whether an include's argument names a file OUT_DIR holds: `concat!(env!("OUT_DIR"), "/x.rs")`. A `..` climbs out of
 * the build output into the workspace (OUT_DIR is target/…/out), and an `OUT_DIR` token in any other expression
 * (`my!(OUT_DIR)`) builds a path the scan cannot see: neither is build output.
 */
const inOutDir = (from: number, to: number): { generated: true; outDir: string } | undefined => {
  const built = builtPath(from, to);
  return built?.env === 'OUT_DIR' && !built.path.split(/[\\/]/).includes('..') ? { generated: true, outDir: built.path } : undefined;
};
const isIdent = (p: number) => kind[p] === T.Ident;
const isRaw = (p: number) => ((flags[p] as number) & RAW) !== 0;
const isPunct = (p: number, c: number) => kind[p] === T.Punct && code[p] === c;
const isOpen = (p: number) => kind[p] === T.Punct && (code[p] === 40 || code[p] === 91 || code[p] === 123);
/** An identifier with the word's id, raw or not: an attribute's name (`#[r#path = "…"]` is `#[path = "…"]` to rustc). */
const isWord = (p: number, id: K) => kind[p] === T.Ident && code[p] === id;
/** A keyword: an identifier with the word's id, not written raw. */
const isKeyword = (p: number, id: K) => kind[p] === T.Ident && code[p] === id && !isRaw(p);
const inSet = (set: Uint8Array, p: number) => set[code[p] as number] === 1;

const emit = (edgeKind: RustEdgeKind, segments: string[], at: number, extra?: Partial<RustEdge>) => {
  const macro = inMacro();
  if (macro === undefined && extra === undefined) {
    // Nearly every edge: one literal, without the empty objects and spreads of the general case (the same fields, in the same order).
    edges.push({ kind: edgeKind, path: segments.join('::'), segments, line: lineOf[at] as number, column: columnOf[at] as number, scope: scope() });
    return;
  }
  // `$m::store::open()`, `use $m::{store::open};`: a head the macro's caller completes.
  const metaHead = macro !== undefined && segments[0]?.charCodeAt(0) === 36 /* $ */;
  const edge: RustEdge = { kind: edgeKind, path: segments.join('::'), segments, line: lineOf[at] as number, column: columnOf[at] as number, scope: scope(), ...extra, ...(macro !== undefined ? { macro } : {}), ...(metaHead ? { metaHead: true as const } : {}) };
  edges.push(edge);
  // `macro_rules! mk { ($m:ident) => { macro_rules! inner { () => { $m::store::open() } } } }`: the head may be the
  // outer macro's metavariable, bound at `mk!(super)`; each enclosing macro's callers complete it too.
  if (metaHead) for (const outer of macroBodies.slice(0, -1)) if (outer.name !== macro) edges.push({ ...edge, macro: outer.name });
  if (metaHead) {
    let list = metaHeadEdges.get(macro as string);
    if (list === undefined) metaHeadEdges.set(macro as string, (list = []));
    list.push(edge);
  }
};
const matching = (open: number): number => {
  const m = partner[open] as number;
  return m < 0 ? count : m;
};
/** Whether `open` opens an inline module body (`mod $m { … }`) naming no `super`, `self` or `mod` in it. */
const inlineWithoutRelativePaths = (open: number): boolean => {
  if (!isPunct(open, 123)) return false;
  const close = matching(open);
  for (let q = open + 1; q < close; q++) if (kind[q] === T.Ident && (code[q] === K.Super || code[q] === K.Self || code[q] === K.Mod)) return false;
  return true;
};
/**
 * The words of a macro call's arguments from `open` (its bracket): each run of identifiers joined by `::` (keywords
 * too: `super`, `crate`), runs separated by a space; a metavariable (`$x`) is left out. Cut at MAX_ARG_TOKENS (`…`).
 */
const callWords = (open: number): string => {
  const close = matching(open);
  // A long call repeats its words (`bitflags! { const A = 1; const B = 2; … }`): each is kept once, and the call is
  // cut only past MAX_ARG_TOKENS distinct words or MAX_ARG_SCAN tokens.
  const words = new Set<string>();
  let run = '';
  let joined = false;
  const end = () => {
    if (run !== '') words.add(run);
    run = '';
  };
  for (let q = open + 1, n = 0; q < close; q++, n++) {
    if (n >= MAX_ARG_SCAN || words.size >= MAX_ARG_TOKENS) return `${[...words, run].filter((w) => w !== '').join(' ')} …`;
    if (isPunct(q, 36) && isIdent(q + 1)) {
      q++;
      end();
      joined = false;
      continue;
    }
    if (isIdent(q)) {
      if (joined) run += value(q);
      else {
        end();
        run = value(q);
      }
      joined = false;
    } else if (isPunct(q, COLONS) && run !== '' && !joined) {
      run += '::';
      joined = true;
    } else {
      if (joined) run = run.slice(0, -2);
      end();
      joined = false;
    }
  }
  if (joined) run = run.slice(0, -2);
  end();
  return [...words].join(' ');
};
/**
 * `$m::store::open()`, `$($m)::+::store::open()` in a macro body from `p` (the path's first word after the head, which
 * `segments` holds): the caller's arguments head it (completeMetaHead). Returns the path's last index.
 */
const metaHeadPath = (p: number, segments: string[], at: number): number => {
  let q = p + 1;
  while (isPunct(q, COLONS) && isIdent(q + 1)) {
    segments.push(value(q + 1));
    q += 2;
  }
  emit('path', segments, at);
  return q - 1;
};
/** `+` / `*` / `?` at `op` closing a repetition `$( … ) sep? op` in a macro body: the `$`, or -1. */
const repetitionBefore = (op: number): number => {
  if (!(isPunct(op, 43) || isPunct(op, 42) || isPunct(op, 63))) return -1;
  const close = isPunct(op - 1, 41) ? op - 1 : isPunct(op - 2, 41) ? op - 2 : -1;
  const open = close >= 0 ? (partner[close] as number) : -1;
  return open > 0 && isPunct(open, 40) && isPunct(open - 1, 36) ? open - 1 : -1;
};
const error = (at: number, message: string) => {
  if (errors.length < 20) errors.push({ line: lineOf[at] as number, column: columnOf[at] as number, message });
};

/**
 * One `use` declaration from `p0` (after `use`); returns the index after it. Groups are walked with
 * an explicit stack over one shared segment list, so nesting costs no recursion and no copying.
 */
const useDecl = (p0: number, isPublic: boolean): number => {
  const segments: string[] = [];
  const groups: { prefixLen: number; close: number }[] = [];
  let p = p0;
  for (;;) {
    // One tree at p, under the prefix segments[0..prefixLen).
    let first = -1;
    if (isPunct(p, COLONS)) {
      if (segments.length === 0) segments.push('');
      first = p;
      p++;
    }
    let descended = false;
    while (p < count) {
      if (first === -1) first = p;
      // `use $crate::store::open;` in a macro body: the defining crate's root, read as `crate` (the same crate, or more edges).
      if (isPunct(p, 36 /* $ */) && isKeyword(p + 1, K.Crate) && segments.length === 0) p++;
      else if (isPunct(p, 36 /* $ */) && isIdent(p + 1) && isPunct(p + 2, COLONS) && segments.length === 0 && inMacro() !== undefined) {
        // `use $m::{store::open};`: the caller's argument heads every path of the tree (emit marks them).
        segments.push(`$${value(p + 1)}`);
        p += 3;
        continue;
      }
      // `use crate::[<st ore>]::open;` in paste!: the identifier pasted together, or any child module.
      const paste = isPunct(p, 91) && isPunct(p + 1, 60) ? pasted(p) : undefined;
      if (paste !== undefined && paste.word === null) {
        p = paste.close + 1;
        while (isPunct(p, COLONS) && (isIdent(p + 1) || isPunct(p + 1, 42))) p += 2;
        if (segments.length > 0) emit('use', [...segments, paste.template ?? paste.written], first, { metavariable: true, ...(isPublic ? { public: true } : {}) });
        break;
      }
      if (isIdent(p) || paste !== undefined) {
        const tok = p;
        const word = paste !== undefined ? (paste.word as string) : value(tok);
        p = paste !== undefined ? paste.close + 1 : p + 1;
        if (isPunct(p, COLONS)) {
          segments.push(word);
          p++;
          continue;
        }
        const leaf = paste === undefined && code[tok] === K.Self && !isRaw(tok) && segments.length > 0 ? [...segments] : [...segments, word];
        let binding: string | undefined = leaf[leaf.length - 1];
        if (isKeyword(p, K.As)) {
          binding = isIdent(p + 1) && code[p + 1] !== K.Underscore ? value(p + 1) : undefined;
          p += 2;
        }
        if (binding !== undefined && binding !== '') includeAlias(leaf, binding, isPublic);
        emit('use', leaf, first, { ...(binding !== undefined && binding !== '' ? { binding } : {}), ...(isPublic ? { public: true } : {}) });
        break;
      }
      if (isPunct(p, 36 /* $ */) && isIdent(p + 1) && segments.length > 0 && inMacro() !== undefined) {
        // `use crate::$m::*;` in a macro body: the caller picks the module (a `$crate` head is read as a path below).
        const leaf = [...segments, `$${value(p + 1)}`];
        p += 2;
        while (isPunct(p, COLONS) && (isIdent(p + 1) || isPunct(p + 1, 42))) p += 2;
        emit('use', leaf, first, { metavariable: true, ...(isPublic ? { public: true } : {}) });
        break;
      }
      if (isPunct(p, 42 /* * */)) {
        if (segments.length > 0) emit('use', [...segments], first, { glob: true, ...(isPublic ? { public: true } : {}) });
        p++;
        break;
      }
      if (isPunct(p, 123 /* { */)) {
        if (groups.length >= MAX_USE_DEPTH) {
          error(p, `use group nested more than ${MAX_USE_DEPTH} deep`);
          return matching(p) + 1;
        }
        groups.push({ prefixLen: segments.length, close: matching(p) });
        p++;
        descended = true;
        break;
      }
      break; // `;`, `,`, `}` or garbage: the tree ends here.
    }
    // Next tree: the next item of the innermost open group, or climb out of finished groups.
    for (;;) {
      const g = lastOf(groups);
      if (g === undefined) return p;
      if (!descended) while (p < g.close && !isPunct(p, 44 /* , */)) p++;
      descended = false;
      while (p < g.close && isPunct(p, 44)) p++;
      if (p < g.close) {
        segments.length = g.prefixLen;
        break;
      }
      groups.pop();
      p = g.close + 1;
      segments.length = g.prefixLen;
      if (groups.length === 0) return p;
    }
  }
};

/**
 * The parse: a turn per token nextActed stops at, each kind of construct read by a function of its own. `p` is the
 * token read; a reader returns the index the loop goes on from (the loop then steps past it).
 */
function parseTokens(): void {
  for (let p = 0; p < count; p++) {
    if (attributeEnd === -1) {
      p = nextActed(kind, code, p, count);
      if (p >= count) break;
    }
    const t = kind[p] as T;
    if (p === attributeEnd) attributeEnd = -1;
    while (macroBodies.length > 0 && p > (macroBodies[macroBodies.length - 1] as { close: number }).close) macroBodies.pop();
    /** The macro whose body holds this token (before a `macro_rules!` here opens its own). */
    const outerMacro = inMacro();
    if (t === T.Ident && isPunct(p + 1, 33 /* ! */)) macroBang(p);
    if (t === T.Literal) {
      // A path written as a string inside an attribute: #[serde(default = "crate::defaults::port")].
      if (attributeEnd !== -1 && ((flags[p] as number) & QUOTED) !== 0) attributeString(p);
      continue;
    }
    if (t === T.Punct) p = punctuation(p);
    else if (t === T.Ident) p = identifier(p, outerMacro);
  }
}

/** `name!` at `p`: a macro call, or a `macro_rules!` definition. */
function macroBang(p: number): void {
  if (isOpen(p + 2) && !isPunct(p - 1, 46 /* . */) && !(code[p] === K.MacroRules && !isRaw(p))) macroCall(p);
  if (isKeyword(p, K.MacroRules) && isIdent(p + 2) && isOpen(p + 3)) {
    macroBodies.push({ name: value(p + 2), close: matching(p + 3) });
    const block = lastOf(blocks);
    if (block !== undefined && depth !== (lastOf(scopes)?.closeDepth ?? 0)) blockMacros.push({ name: value(p + 2), until: matching(block) });
  }
}

function macroCall(p: number): void {
  // `macro_rules! { … }` has no name; a body without one is not a definition.
  const macro = inMacro();
  const name = value(p);
  // `$m!()` in a macro body: the caller's argument names the macro called.
  const called = isPunct(p - 1, 36) && macro !== undefined ? `$${name}` : name;
  if (blockMacros.length === 0 || !blockMacroCalled(name, p)) {
    const args = STD_MACROS.has(name) ? undefined : callWords(p + 2);
    const line = lineOf[p] as number;
    const column = columnOf[p] as number;
    const literal = args === undefined ? undefined : literalArgument(p + 2);
    // Outside macro bodies (nearly every call), literals: no empty objects spread.
    if (macro !== undefined) macroCalls.push({ name: called, line, column, scope: scope(), macro, ...(args !== undefined ? { args } : {}), ...(literal !== undefined ? { literal } : {}) });
    else if (literal !== undefined) macroCalls.push({ name: called, line, column, scope: scope(), ...(args !== undefined ? { args } : {}), literal });
    else if (args === undefined) macroCalls.push({ name: called, line, column, scope: scope() });
    else macroCalls.push({ name: called, line, column, scope: scope(), args });
  } else {
    // A block's own macro: its paths are this file's edges already, but a metavariable head is the call's to complete.
    for (const e of metaHeadEdges.get(name) ?? []) {
      const heads = headsOf(e.segments[0] as string, [callWords(p + 2)]);
      if (heads === undefined) error(p, `${name}! completes ${e.path} with more words than are read`);
      else for (const head of heads) emit(e.kind, [...head.split('::'), ...e.segments.slice(1)], p);
    }
  }
}

function attributeString(p: number): void {
  if (!(isPunct(p - 1, 61 /* = */) && isIdent(p - 2) && PROSE_KEYS.has(value(p - 2)))) for (const path of attributeStringPaths(stringValue(p))) emit('attribute', path, p);
}

/** A brace, `;` or `#` at `p`. */
function punctuation(p: number): number {
  const v = code[p] as number;
  if (v === 123 /* { */) {
    depth++;
    blocks.push(p);
  } else if (v === 125 /* } */) closeBrace(p);
  else if (v === 59 /* ; */) {
    clearPaths();
    pendingMacroUse = false;
    pendingCfg = false;
  } else if (v === 35 /* # */ && attributeEnd === -1 && (isPunct(p + 1, 91) || (isPunct(p + 1, 33) && isPunct(p + 2, 91)))) return attribute(p);
  return p;
}

function closeBrace(p: number): void {
  blocks.pop();
  // Blocks nest, so the macros whose block ends here are the last ones defined.
  while ((lastOf(blockMacros)?.until ?? -1) <= p && blockMacros.length > 0) blockMacros.pop();
  if (scopes.length > 0 && (scopes[scopes.length - 1] as { closeDepth: number }).closeDepth === depth) {
    scopes.pop();
    scopeCache = undefined;
  }
  depth--;
  clearPaths();
  pendingMacroUse = false;
  pendingCfg = false;
}

/** An attribute at `p` (its `#`): remember `#[path = "…"]` for the next `mod`; paths inside it are read like code. */
function attribute(p: number): number {
  const open = isPunct(p + 1, 91) ? p + 1 : p + 2;
  const close = matching(open);
  if (close === open + 4 && isWord(open + 1, K.Path) && isPunct(open + 2, 61) && kind[open + 3] === T.Literal) {
    pendingPaths.push(stringValue(open + 3));
    pendingPathPlain = true;
    return close;
  }
  // `#![macro_use]` is the file's own module's (an inline module's is in this file's textual scope anyway).
  const ownModule = open === p + 2;
  if (close === open + 2 && isIdent(open + 1) && value(open + 1) === 'macro_use') {
    if (!ownModule) pendingMacroUse = true;
    else if (scopes.length === 0) innerMacroUse = true;
    return close;
  }
  if (!ownModule && isIdent(open + 1) && value(open + 1) === 'cfg') pendingCfg = true;
  if (isWord(open + 1, K.CfgAttr)) cfgAttr(open, close, ownModule);
  attributeEnd = close;
  return open;
}

/** `#[cfg_attr(pred, path = "…")]` (nested too) from `open` (its `[`): the module is that file when pred holds. */
function cfgAttr(open: number, close: number, ownModule: boolean): void {
  for (let q = open + 2; q + 2 < close; q++) {
    if (isPunct(q, 44) && isWord(q + 1, K.Path) && isPunct(q + 2, 61) && kind[q + 3] === T.Literal) {
      pendingPaths.push(stringValue(q + 3));
    }
    // `#[cfg_attr(pred, cfg(…))]` gates the item as `#[cfg(…)]` does, when pred holds.
    if (!ownModule && isPunct(q, 44) && isIdent(q + 1) && value(q + 1) === 'cfg') pendingCfg = true;
    if (isIdent(q + 1) && (isPunct(q, 44) || isPunct(q, 40)) && value(q + 1) === 'macro_use') {
      if (!ownModule) pendingMacroUse = true;
      else if (scopes.length === 0) innerMacroUse = true;
    }
  }
}

/** An identifier at `p` the loop acts on; `outerMacro`: the macro whose body holds it. */
function identifier(p: number, outerMacro: string | undefined): number {
  if (isPunct(p - 1, COLONS)) return afterColons(p);
  if (isPunct(p - 1, 46 /* . */)) return p; // a field or a method
  const word = isRaw(p) ? K.None : (code[p] as K);
  if (word === K.Use) {
    const isPublic = isKeyword(p - 1, K.Pub) || (isPunct(p - 1, 41 /* ) */) && isKeyword((partner[p - 1] as number) - 1, K.Pub));
    const after = useDecl(p + 1, isPublic);
    return Math.max(p, after - 1);
  }
  // `pub(in crate::a)` names an ancestor for visibility; it imports nothing
  if (word === K.Pub && isPunct(p + 1, 40) && isKeyword(p + 2, K.In)) return matching(p + 1);
  if (word === K.Extern && isKeyword(p + 1, K.Crate)) return externCrate(p);
  // A macro's name may be written raw (`r#include!("…")` is include!): the word, raw or not.
  const macroWord = code[p] as K;
  if ((macroWord === K.Include || macroWord === K.IncludeStr || macroWord === K.IncludeBytes) && isPunct(p + 1, 33) && isOpen(p + 2)) return includeMacro(p, macroWord);
  if (ITEM_KEYWORDS[word] === 1 && depth === (lastOf(scopes)?.closeDepth ?? 0)) moduleItem(p, word, outerMacro);
  // An impl in a macro_rules! body is read where the macro is defined (red team ar: one defined and called in store for a
  // type of core passed): its type named from the package root (`crate::`, `$crate::`) is the one any call expands to.
  if (word === K.Impl) implHeader(p, outerMacro);
  if (word === K.Mod) {
    if (isPunct(p + 1, 36 /* $ */) && isIdent(p + 2) && inMacro() !== undefined && !inlineWithoutRelativePaths(p + 3)) return metaModule(p);
    if (isIdent(p + 1)) return modDecl(p);
  }
  // A path: ident (:: ident)+ — stops at `::<` (turbofish) and anything that is not an identifier.
  if (!isPunct(p + 1, COLONS)) return p;
  return pathFrom(p, word);
}

/**
 * `impl` at `p`, where an item starts (not `-> impl Trait`, `x: impl Trait`): the implemented type's path and, for a
 * trait impl, the trait's (see RustImpl). A type that is no path (`impl<T> X for T` reads `T`, `(A, B)`, `[T]`) records
 * what it reads or nothing.
 */
function implHeader(p: number, macro: string | undefined): void {
  const before = p > 0 && isKeyword(p - 1, K.Unsafe) ? p - 2 : p - 1;
  // In a macro body an impl may open a repetition (`$( impl Saver for $t { … } )*`, one impl per argument).
  // So may one after a repetition (`$(#[$meta])* impl $t { … }`, the attributes a caller passes on).
  const repeated = macro !== undefined && ((isPunct(before, 40) && isPunct(before - 1, 36 /* $ */)) || ((isPunct(before, 42 /* * */) || isPunct(before, 43 /* + */) || isPunct(before, 63 /* ? */)) && isPunct(before - 1, 41 /* ) */)));
  if (!(before < 0 || isPunct(before, 125) || isPunct(before, 59) || isPunct(before, 123) || isPunct(before, 93) || repeated)) return;
  let q = p + 1;
  if (isPunct(q, 60)) q = pastAngles(q);
  if (isKeyword(q, K.Const)) q++;
  if (isPunct(q, 33 /* ! */)) q++;
  const first = typePath(q);
  if (first === undefined) return;
  let self = first.segments;
  let trait: string[] | undefined;
  let traitArgs: string[][] | undefined;
  if (isKeyword(first.next, K.For)) {
    const second = typePath(first.next + 1);
    // A trait with type arguments may take a type of this domain (`impl From<Db> for Thing`), which lets the impl stay here.
    if (first.generic) traitArgs = first.args ?? [];
    trait = first.segments;
    // A type that is no path (`[u8]`, `(A, B)`, `fn()`) is of no module of the package: recorded as no segments.
    self = second === undefined ? [] : (second.inner ?? second.segments);
  }
  const params = isPunct(p + 1, 60) ? genericParams(p + 1) : [];
  // Only an impl in a block may see a block's type (most impls are at module level: no search).
  const blockType = self.length === 1 && depth !== (lastOf(scopes)?.closeDepth ?? 0) && declaredInEnclosingBlock(self[0] as string, p);
  const impl: RustImpl = { self, ...(trait !== undefined ? { trait } : {}), ...(traitArgs !== undefined ? { traitArgs } : {}), line: lineOf[p] as number, column: columnOf[p] as number, scope: scope(), ...(params.length > 0 ? { params } : {}), ...(blockType ? { blockType: true as const } : {}) };
  // A path from the root is the same at the definition as at every call: read here too (the defining file's edge).
  if (macro === undefined || (self[0] === 'crate' && trait?.[0]?.charCodeAt(0) !== 36)) impls.push(impl);
  // The impl is made at each call, in the caller's file and module (red team kb: `impl $t` of `methods!(crate::core::Thing)`).
  if (macro !== undefined) impls.push({ ...impl, macro });
}

/** Types every module sees without a `use`: the language's and std's prelude's (never an item of the package's). */
const PRELUDE_TYPES = new Set(['bool', 'char', 'str', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'f16', 'f32', 'f64', 'f128', 'String', 'Vec', 'Option', 'Result', 'Box', 'Some', 'None', 'Ok', 'Err']);

/** The names a generic parameter list `<…>` opening at `q` declares (`<'a, T: Bound, const N: usize>` gives `T`, `N`). */
function genericParams(q: number): string[] {
  const out: string[] = [];
  const close = pastAngles(q) - 1;
  let open = 0;
  for (let k = q; k < close; k++) {
    if (isOpen(k)) k = matching(k);
    else if (isPunct(k, 60)) open++;
    else if (isPunct(k, 62) && !isPunct(k - 1, 45 /* - */)) open--;
    else if (open === 1 && (isPunct(k - 1, 60) || isPunct(k - 1, 44) || isKeyword(k - 1, K.Const)) && isIdent(k) && !(isKeyword(k, K.Const))) out.push(value(k));
  }
  return out;
}

/**
 * Whether a `struct` / `enum` / `union` named `name` is declared in a block (a function's body, not a module's) that
 * encloses token `at`, before or after it: in that block the name is that type, whatever the module imports.
 */
function declaredInEnclosingBlock(name: string, at: number): boolean {
  for (let s = 0; s + 1 < count; s++) {
    if (!(isKeyword(s, K.Struct) || isKeyword(s, K.Enum) || isKeyword(s, K.Union)) || !isIdent(s + 1) || value(s + 1) !== name) continue;
    // The innermost `{` around the declaration; none, or an inline module's, is module level.
    let k = s - 1;
    while (k >= 0 && !isPunct(k, 123)) k = isPunct(k, 125) ? (partner[k] as number) - 1 : k - 1;
    if (k < 0 || (isIdent(k - 1) && isKeyword(k - 2, K.Mod))) continue;
    if (at > k && at < matching(k)) return true;
  }
  return false;
}

/** The paths of the `<…>` group opening at `q`, one per argument that is a type path (`Box<T>` read as `T`). */
function angleArgs(q: number): string[][] {
  const out: string[][] = [];
  const take = (at: number) => {
    const t = typePath(at);
    if (t !== undefined) out.push(t.inner ?? t.segments);
  };
  let open = 0;
  let from = q + 1;
  for (let k = q; k < count; k++) {
    if (isOpen(k)) k = matching(k);
    else if (isPunct(k, 59 /* ; */)) break;
    else if (isPunct(k, 60)) open++;
    else if (isPunct(k, 44 /* , */) && open === 1) {
      take(from);
      from = k + 1;
    } else if (isPunct(k, 62) && !isPunct(k - 1, 45 /* - */) && --open === 0) {
      take(from);
      break;
    }
  }
  return out;
}

/**
 * The symbols this file links by name (see RustScan.linkSymbols): each `fn` / `static` of an `extern` block (its
 * `#[link_name = "…"]` when written), and each `fn` / `static` under `#[no_mangle]` or `#[export_name = "…"]` (also
 * inside `unsafe(…)`, the 2024 spelling).
 */
function linkSymbols(): { uses: RustLinkSymbol[]; defines: RustLinkSymbol[] } | undefined {
  if (!text.includes('extern') && !text.includes('no_mangle') && !text.includes('export_name')) return undefined;
  const uses: RustLinkSymbol[] = [];
  const defines: RustLinkSymbol[] = [];
  /** The name an attribute `#[…]` whose `[` is at `open` gives the item's symbol: the item's own (`no_mangle`), a string, or none. */
  const symbolOf = (open: number, key: string): string | true | undefined => {
    const end = matching(open);
    for (let a = open + 1; a < end; a++) {
      if (!isIdent(a)) continue;
      if (key === 'export_name' && value(a) === 'no_mangle') return true;
      if (value(a) === key && isPunct(a + 1, 61) && isString(a + 2)) return stringValue(a + 2);
    }
    return undefined;
  };
  const itemName = (q: number): number => {
    let n = q + 1;
    if (isKeyword(n, K.Mut)) n++;
    return isIdent(n) ? n : -1;
  };
  for (let p = 0; p < count; p++) {
    if (isKeyword(p, K.Extern)) {
      let q = p + 1;
      if (isString(q)) q++;
      if (!isPunct(q, 123)) continue;
      const close = matching(q);
      let linkName: string | undefined;
      for (let k = q + 1; k < close; k++) {
        if (isPunct(k, 35 /* # */) && isPunct(k + 1, 91)) {
          const named = symbolOf(k + 1, 'link_name');
          if (typeof named === 'string') linkName = named;
          k = matching(k + 1);
        } else if (isKeyword(k, K.Fn) || isKeyword(k, K.Static)) {
          const n = itemName(k);
          if (n >= 0) uses.push({ name: linkName ?? value(n), line: lineOf[n] as number, column: columnOf[n] as number });
          linkName = undefined;
        } else if (isPunct(k, 59)) linkName = undefined;
        else if (isOpen(k)) k = matching(k);
      }
      p = close;
      continue;
    }
    if (!(isPunct(p, 35) && isPunct(p + 1, 91))) continue;
    const symbol = symbolOf(p + 1, 'export_name');
    if (symbol === undefined) continue;
    let q = matching(p + 1) + 1;
    while (q < count) {
      if (isPunct(q, 35) && isPunct(q + 1, 91)) q = matching(q + 1) + 1;
      else if (isKeyword(q, K.Pub)) q = isPunct(q + 1, 40) ? matching(q + 1) + 1 : q + 1;
      else if (isKeyword(q, K.Unsafe) || isKeyword(q, K.Const) || isKeyword(q, K.Async)) q++;
      else if (isKeyword(q, K.Extern)) q = isString(q + 1) ? q + 2 : q + 1;
      else break;
    }
    if (!(isKeyword(q, K.Fn) || isKeyword(q, K.Static))) continue;
    const n = itemName(q);
    if (n >= 0) defines.push({ name: symbol === true ? value(n) : symbol, line: lineOf[n] as number, column: columnOf[n] as number });
    // `#[no_mangle] pub extern "C" fn $name()` in a macro body: the symbol is named by each call's argument (`$`, see
    // resolveRustCrate; red team kx).
    else if (symbol === true && isPunct(q + 1, 36 /* $ */) && isIdent(q + 2)) defines.push({ name: '$', line: lineOf[q] as number, column: columnOf[q] as number });
  }
  return uses.length > 0 || defines.length > 0 ? { uses, defines } : undefined;
}

/** The index after the `<…>` group opening at `q` (brackets inside skipped whole; the `>` of `->` closes nothing). */
function pastAngles(q: number): number {
  let open = 0;
  for (; q < count; q++) {
    if (isOpen(q)) q = matching(q);
    else if (isPunct(q, 59 /* ; */)) return q;
    else if (isPunct(q, 60)) open++;
    else if (isPunct(q, 62) && !isPunct(q - 1, 45 /* - */) && --open === 0) return q + 1;
  }
  return q;
}

/** A type's path from `q` (`&'a mut`, `dyn` skipped; generic arguments left out, `generic` when it has some), and the index after it. */
function typePath(q: number): { segments: string[]; next: number; generic: boolean; inner?: string[]; args?: string[][] } | undefined {
  let generic = false;
  let inner: string[] | undefined;
  let args: string[][] | undefined;
  while (isPunct(q, 38 /* & */) || kind[q] === T.Lifetime || isKeyword(q, K.Mut) || isKeyword(q, K.Dyn)) q++;
  // A type in parentheses is that type (`impl (crate::core::Thing) { … }` compiles as `impl crate::core::Thing`, red team ar).
  if (isPunct(q, 40 /* ( */)) {
    const close = matching(q);
    const inner = typePath(q + 1);
    return inner !== undefined && inner.next === close ? { ...inner, next: close + 1 } : undefined;
  }
  const segments: string[] = [];
  if (isPunct(q, COLONS)) {
    segments.push('');
    q++;
  }
  // `$crate` in a macro body is the package root of the macro's own crate.
  if (isPunct(q, 36 /* $ */) && isIdent(q + 1) && value(q + 1) === 'crate' && isPunct(q + 2, COLONS)) {
    segments.push('crate');
    q += 3;
  } else if (isPunct(q, 36) && isIdent(q + 1) && inMacro() !== undefined) {
    // A metavariable (`impl $t`, `impl $m::Thing`): completed at each call from its arguments.
    segments.push(`$${value(q + 1)}`);
    q += 2;
    if (!isPunct(q, COLONS)) return { segments, next: q, generic };
    q++;
  }
  for (;;) {
    if (!isIdent(q)) return undefined;
    const name = value(q);
    segments.push(name);
    q++;
    if (isPunct(q, 60)) {
      generic = true;
      // `Box<T>` and `Pin<T>` are fundamental: to coherence an impl for one is an impl for T (E0117 reads T).
      inner = name === 'Box' || name === 'Pin' ? (typePath(q + 1)?.segments ?? []) : undefined;
      args = angleArgs(q);
      q = pastAngles(q);
    } else inner = args = undefined;
    if (!isPunct(q, COLONS)) return { segments, next: q, generic, ...(inner !== undefined ? { inner } : {}), ...(args !== undefined ? { args } : {}) };
    q++;
    if (isPunct(q, 60)) {
      generic = true;
      q = pastAngles(q);
    }
  }
}

/** An identifier at `p` after a `::`. */
function afterColons(p: number): number {
  if (inMacro() !== undefined && repetitionBefore(p - 2) >= 0) return metaHeadPath(p, ['$(…)', value(p)], repetitionBefore(p - 2));
  // `::name::…` at the start of a path (not `a::name`, `<T>::name` or `f()::name`): the crate root
  // in 2015, an extern crate since. Otherwise a continuation.
  const b = p - 2;
  const before = kind[b];
  const bv = code[b] as number;
  if (before === undefined || (before === T.Punct && bv !== 62 && bv !== 41 && bv !== 93 && bv !== COLONS) || (before === T.Ident && inSet(KEYWORDS, b) && bv !== K.SelfType)) {
    if (isPunct(p + 1, COLONS) && isIdent(p + 2)) {
      const segments = ['', value(p)];
      let q = p + 1;
      while (isPunct(q, COLONS) && isIdent(q + 1)) {
        segments.push(value(q + 1));
        q += 2;
      }
      if (isPunct(q, 33) && isOpen(q + 1) && isBuiltinInclude(p, q - 1)) return includeMacro(q - 1, code[q - 1] as K);
      emit('path', segments, p - 1);
      return q - 1;
    }
  }
  // `[<st ore>]::open()`: paste's pasted identifier heads the path.
  if (isPunct(p - 2, 93 /* ] */)) {
    const open = partner[p - 2] as number;
    const paste = isPunct(open - 1, COLONS) ? undefined : pasted(open);
    if (paste !== undefined && paste.word !== null) return pastedPath(open, [paste.word], p - 1);
    // `[<$name>]::open()` in a macro body: the caller's arguments spell the head (completeMetaHead).
    if (paste?.template !== undefined && inMacro() !== undefined) return metaHeadPath(p, [paste.template, value(p)], open);
  }
  return p;
}

/** Whether the path from `head` to `last` (a word) is `std::…::include!` / `core::…::include_str!`: the built-in macro. */
const isBuiltinInclude = (head: number, last: number): boolean => {
  const w = code[last] as K;
  if (w !== K.Include && w !== K.IncludeStr && w !== K.IncludeBytes) return false;
  const first = value(head);
  return first === 'std' || first === 'core';
};

/**
 * paste's `[< … >]` at `open` (its `[`): the identifier its pieces paste together (words, literals, each with an
 * optional `:lower` / `:upper` / `:snake` / `:camel`), null when a piece is a metavariable or anything else; `close`, its `]`.
 */
function pasted(open: number): { word: string | null; close: number; written: string; template?: string } | undefined {
  if (!(isPunct(open, 91) && isPunct(open + 1, 60))) return undefined;
  const close = matching(open);
  if (close >= count || !isPunct(close - 1, 62)) return undefined;
  const written = text.slice(start[open], end[close]).slice(0, 60);
  const pieces: string[] = [];
  // In a macro body, the pieces with the metavariables left in: `[<$name _impl>]` is `$[<$name _impl>]` (pasteHeads).
  let template: string | undefined = '';
  let meta = false;
  for (let k = open + 2; k < close - 1; k++) {
    if (isIdent(k)) {
      pieces.push(value(k));
      template += ` ${value(k)}`;
    } else if (kind[k] === T.Literal) {
      const piece = isString(k) ? stringValue(k) : value(k);
      pieces.push(piece);
      if (!/^\w*$/.test(piece)) template = undefined;
      else if (template !== undefined) template += ` ${piece}`;
    } else if (isPunct(k, 36 /* $ */) && isIdent(k + 1)) {
      meta = true;
      pieces.push('');
      if (template !== undefined) template += ` $${value(k + 1)}`;
      k++;
    } else if (isPunct(k, 58 /* : */) && isIdent(k + 1) && pieces.length > 0) {
      const cased = pasteCase(pieces[pieces.length - 1] as string, value(k + 1));
      if (cased === undefined) return { word: null, close, written };
      pieces[pieces.length - 1] = cased;
      if (template !== undefined) template += `:${value(k + 1)}`;
      k++;
    } else return { word: null, close, written };
  }
  if (meta) return { word: null, close, written, ...(template !== undefined ? { template: `$[<${template.slice(1)}>]` } : {}) };
  return { word: pieces.length === 0 ? null : pieces.join(''), close, written };
}

/**
 * The identifiers a paste template (`$[< $name _impl >]`, see pasted) spells when each metavariable takes each word
 * of the calls' arguments (`words`, as metaHeads reads them); undefined past MAX_META_HEADS or for arguments not read.
 */
function pasteHeads(template: string, words: readonly (string | null)[]): Set<string> | undefined {
  const candidates = metaHeads(words, false);
  if (candidates === undefined) return undefined;
  const plain = [...candidates].filter((c) => !c.includes('::'));
  let spelled = [''];
  for (const piece of template.slice(3, -2).split(' ')) {
    const cut = piece.indexOf(':');
    const word = cut < 0 ? piece : piece.slice(0, cut);
    const modifier = cut < 0 ? undefined : piece.slice(cut + 1);
    const options = word.charCodeAt(0) === 36 ? plain : [word];
    const next: string[] = [];
    for (const s of spelled) {
      for (const o of options) {
        const cased = modifier === undefined ? o : pasteCase(o, modifier);
        if (cased !== undefined) next.push(s + cased);
      }
    }
    if (next.length > MAX_META_HEADS) return undefined;
    spelled = next;
  }
  return new Set(spelled.filter((w) => w !== ''));
}

/**
 * For a paste template (`$[<$name _fn>]`, see pasted): whether a name may be what it spells, its literal pieces in
 * order with anything between (a metavariable, a case modifier's change: compared without case); undefined for
 * anything else (`$m`, or a paste the scan could not read), which may spell any name.
 */
function pasteMatcher(segment: string): ((name: string) => boolean) | undefined {
  if (!segment.startsWith('$[<')) return undefined;
  const literals = segment.slice(3, -2).split(' ').map((piece) => piece.replace(/:.*$/, '').toLowerCase()).filter((piece) => piece.charCodeAt(0) !== 36);
  return (name: string) => {
    const lower = name.toLowerCase().replaceAll('_', '');
    let at = 0;
    for (const literal of literals) {
      const found = lower.indexOf(literal.replaceAll('_', ''), at);
      if (found < 0) return false;
      at = found + literal.replaceAll('_', '').length;
    }
    return true;
  };
}

/** The heads a metavariable heading a path (`$m`, `$(…)`, a paste template) may take at a call given `words`. */
const headsOf = (head: string, words: readonly (string | null)[]): Set<string> | undefined =>
  head.startsWith('$[<') ? pasteHeads(head, words) : metaHeads(words, head === '$(…)');

/** paste's case modifiers, as paste applies them to one piece. */
function pasteCase(piece: string, modifier: string): string | undefined {
  if (modifier === 'lower') return piece.toLowerCase();
  if (modifier === 'upper') return piece.toUpperCase();
  if (modifier === 'snake') {
    let out = '';
    let prev = '_';
    for (const ch of piece) {
      if (ch !== ch.toLowerCase() && prev !== '_') out += '_';
      out += ch;
      prev = ch;
    }
    return out.toLowerCase();
  }
  if (modifier === 'camel') {
    let out = '';
    let upper = true;
    for (const ch of piece) {
      if (ch === '_') upper = true;
      else if (upper) {
        out += ch.toUpperCase();
        upper = false;
      } else out += ch;
    }
    return out;
  }
  return undefined;
}

/**
 * A path continued by paste's `[< … >]` at `at` (`crate::[<st ore>]::open()` is `crate::store::open()`): a pasted
 * identifier is the segment it spells; one the scan cannot spell (`[<$name _impl>]`) may name any child module of
 * the path before it, as `crate::$m` does. `from`: the path's first token. Returns the path's last index.
 */
function pastedPath(from: number, segments: string[], at: number): number {
  let k = at;
  while (isPunct(k, COLONS)) {
    if (isIdent(k + 1)) {
      segments.push(value(k + 1));
      k += 2;
      continue;
    }
    const paste = pasted(k + 1);
    if (paste === undefined) break;
    if (paste.word === null) {
      emit('path', [...segments, paste.template ?? paste.written], from, { metavariable: true });
      return paste.close;
    }
    segments.push(paste.word);
    k = paste.close + 1;
  }
  emit('path', segments, from);
  return k - 1;
}

function externCrate(p: number): number {
  // A `#[macro_use]` before it is the crate's, not the next `mod`'s.
  if (pendingMacroUse && isIdent(p + 2) && !isKeyword(p + 2, K.Self)) macroUseCrates.push(value(p + 2));
  pendingMacroUse = false;
  // `extern crate self as name;` makes `name::…` a path of this crate.
  if (isKeyword(p + 2, K.Self) && isKeyword(p + 3, K.As) && isIdent(p + 4)) selfNames.push(value(p + 4));
  else if (isIdent(p + 2) && isKeyword(p + 3, K.As) && isIdent(p + 4)) externAliases.push({ crate: value(p + 2), alias: value(p + 4) });
  // `extern crate store;`, `extern crate store as _;`: the crate is linked in, its code with it (a registration the
  // linker gathers, a `#[global_allocator]`), whether or not a path names it: an edge to its root, as a side-effect import.
  if (isIdent(p + 2) && !isKeyword(p + 2, K.Self)) emit('path', [value(p + 2)], p + 2);
  return p + 2;
}

/** The path a macro call's argument spells for an include macro (includedPath), from its opening bracket `open`. */
function literalArgument(open: number): RustMacroCall['literal'] {
  if (!isOpen(open) || !(isString(open + 1) || (isIdent(open + 1) && value(open + 1) === 'concat'))) return undefined;
  const close = matching(open);
  const named = includedPath(open + 1, close);
  // A file name holds no line break or space run: a message (`log!("could not open")`) is kept as no path.
  if (named === undefined || named.path.length > 260 || /\s/.test(named.path)) return undefined;
  return { path: named.path, ...(named.fromManifest ? { fromManifest: true as const } : {}) };
}

/** `use std::include as pull;`: `pull!("…")` is include!, wherever in the file it is called. */
function includeAlias(leaf: readonly string[], binding: string, isPublic: boolean): void {
  const last = leaf[leaf.length - 1];
  if (leaf.length < 2 || (leaf[0] !== 'std' && leaf[0] !== 'core' && !(leaf[0] === '' && (leaf[1] === 'std' || leaf[1] === 'core')))) return;
  const word = last === 'include' ? K.Include : last === 'include_str' ? K.IncludeStr : last === 'include_bytes' ? K.IncludeBytes : undefined;
  if (word === undefined) return;
  if (binding !== last) (includeAliases ??= new Map()).set(binding, word);
  // Another module may call it by this name (`crate::shared::grab!("…")`, or after `use crate::shared::grab;`).
  if (isPublic) (includeExports ??= {})[binding] = last as RustDataInclude['macro'];
}

/**
 * The calls of include macros renamed by a `use` (includeAlias): the `use` may stand after the call, so they are
 * found once the file is read, only in a file that renames one. Their included code is read at the file's top level.
 */
function aliasedIncludes(): void {
  if (includeAliases === undefined) return;
  for (let k = 0; k < count; k++) {
    if (!isIdent(k) || !isPunct(k + 1, 33) || !isOpen(k + 2) || isPunct(k - 1, COLONS)) continue;
    const word = includeAliases.get(value(k));
    if (word !== undefined) includeMacro(k, word);
  }
  includeAliases = undefined;
}

/** include!("file.rs") pastes code into this module; include_str!/include_bytes! paste data. */
function includeMacro(p: number, macroWord: K): number {
  const close = matching(p + 2);
  const at = { line: lineOf[p] as number, column: columnOf[p] as number };
  const named = includedPath(p + 3, close);
  const place = named === undefined ? undefined : { path: named.path, ...(named.fromManifest ? { fromManifest: true as const } : {}) };
  const words: string[] = [];
  if (place === undefined) for (let k = p + 3; k < close; k++) words.push(value(k));
  // In a macro_rules! body the include is expanded at every call as well, relative to the caller's file (rustc reads it there).
  const body = inMacro();
  const expanded = body === undefined ? undefined : { inMacro: body };
  if (macroWord !== K.Include) {
    const macro = macroWord === K.IncludeStr ? 'include_str' : 'include_bytes';
    // The gate reads where OUT_DIR points (a build script's output, or a directory the cargo config names).
    if (place !== undefined) dataIncludes.push({ ...place, macro, ...at, ...expanded });
    else dataIncludes.push({ path: words.join(' ').slice(0, 80), macro, computed: true, ...inOutDir(p + 3, close), ...at, ...expanded });
  } else if (place !== undefined) includes.push({ ...place, ...at, scope: scope(), ...expanded });
  else includes.push({ ...at, scope: scope(), expression: words.join(' ').slice(0, 80), ...inOutDir(p + 3, close), ...expanded });
  return close;
}

/**
 * A module-level item at `p` (its keyword `word`): `fn x`, `static mut X`, `macro_rules! m`; `const fn f` is left to the `fn`.
 * One under `#[cfg(…)]`, or written in another macro's body (`( … )` has no brace to deepen), may not exist.
 */
function moduleItem(p: number, word: K, outerMacro: string | undefined): void {
  const conditional = pendingCfg || outerMacro !== undefined;
  pendingCfg = false;
  let q = p + 1;
  if (word === K.Static && isKeyword(q, K.Mut)) q++;
  if (word === K.MacroRules && isPunct(q, 33)) q++;
  if (!isIdent(q) || (!isRaw(q) && inSet(ITEM_QUALIFIERS, q))) return;
  const name = value(q);
  items.push({ name, line: lineOf[q] as number, scope: scope() });
  // A macro is also the item `m!`, which a path-qualified call names (a #[macro_export] one is at the crate root).
  if (word === K.MacroRules) items.push({ name: `${name}!`, line: lineOf[q] as number, scope: scope(), ...(conditional ? { conditional: true as const } : {}) });
  if (word === K.Type) typeAlias(q, name);
}

/**
 * `type S = crate::a::T;` (name at `q`): S stands for that path, like a re-export.
 * `type S<T> = crate::a::T<T>;`: generic parameters (`->` inside a bound is no closer) are skipped to the `=`.
 */
function typeAlias(q: number, name: string): void {
  let eq = q + 1;
  if (isPunct(eq, 60 /* < */)) {
    for (let angle = 0; eq < count; eq++) {
      if (isPunct(eq, 60)) angle++;
      else if (isPunct(eq, 62) && !isPunct(eq - 1, 45 /* - */) && --angle === 0) break;
      else if (isPunct(eq, 59) || isPunct(eq, 123)) break;
    }
    eq++;
  }
  if (!isPunct(eq, 61)) return;
  const segs: string[] = [];
  let r = eq + 1;
  // `<crate::a::T as Trait>::Out`: the type whose impl it names.
  if (isPunct(r, 60)) r++;
  if (isPunct(r, COLONS)) {
    segs.push('');
    r++;
  }
  while (isIdent(r) && isPunct(r + 1, COLONS)) {
    segs.push(value(r));
    r += 2;
  }
  if (isIdent(r)) segs.push(value(r));
  if (segs.length > 1) aliases.push({ name, segments: segs, scope: scope() });
}

/**
 * `mod $m;` in a macro body at `p`: the caller names the module, and its file is found from the caller's directory.
 * `mod $m { … }` (the test-case macro shape) loads no file; only a body reaching out relative to $m (`super::`,
 * `self::`, a nested `mod x;`) is unknown, so only that one is kept unresolved.
 */
function metaModule(p: number): number {
  emit('mod', ['self', `$${value(p + 2)}`], p + 2, { metavariable: true });
  clearPaths();
  pendingMacroUse = false;
  return p + 2;
}

/** `mod name;` or `mod name { … }` at `p`. */
function modDecl(p: number): number {
  const name = p + 1;
  if (isPunct(p + 2, 59)) {
    emit('mod', ['self', value(name)], name, {
      ...pathFields(),
      ...(pendingMacroUse ? { macroUse: true } : {}),
    });
    clearPaths();
    pendingMacroUse = false;
    return p + 1;
  }
  if (isPunct(p + 2, 123)) {
    const n = value(name);
    inlineModules.push({ name: n, line: lineOf[name] as number, column: columnOf[name] as number, scope: scope(), ...pathFields() });
    scopes.push({ name: n, closeDepth: depth + 1 });
    scopeCache = undefined;
    clearPaths();
    pendingMacroUse = false;
    return p + 1;
  }
  return p;
}

/**
^ * The words at p, p + 2, … before `q` (past the last one), in an array of their number: a push onto a one-word array gives it room for
 * 17 more, and paths are most of a scan's allocation.
 */
function pathSegments(p: number, q: number): string[] {
  const n = (q - p + 1) >> 1;
  if (n === 1) return [value(p)];
  if (n === 2) return [value(p), value(p + 2)];
  if (n === 3) return [value(p), value(p + 2), value(p + 4)];
  const segments = [value(p), value(p + 2), value(p + 4), value(p + 6)];
  for (let k = p + 8; k < q; k += 2) segments.push(value(k));
  return segments;
}

/** A path from the identifier at `p` (its word `word`), a `::` after it. */
function pathFrom(p: number, word: K): number {
  if (isPunct(p - 1, 36 /* $ */) && word !== K.Crate && inMacro() !== undefined && !isPunct(p - 2, COLONS)) return metaHeadPath(p, [`$${value(p)}`], p - 1);
  if (KEYWORDS[word] === 1) return p;
  let q = p + 1;
  while (isPunct(q, COLONS) && isIdent(q + 1)) q += 2;
  const segments = pathSegments(p, q);
  if (isPunct(q, COLONS) && isPunct(q + 1, 91) && isPunct(q + 2, 60)) return pastedPath(p, segments, q);
  // `crate::$module::f` in a macro: a path the macro's caller completes.
  if (isPunct(q, COLONS) && isPunct(q + 1, 36 /* $ */) && isIdent(q + 2)) {
    emit('path', [...segments, `$${value(q + 2)}`], p, { metavariable: true });
    return q + 2;
  }
  const last = q - 1;
  const called = isPunct(q, 33) && isOpen(q + 1);
  // `std::include!("…")`, `core::include_str!("…")`: the built-in itself, path-qualified.
  if (called && isBuiltinInclude(p, last)) return includeMacro(last, code[last] as K);
  // `crate::m!()` names the macro `m!` (a `macro_rules!` item is listed under that name too, see below).
  if (segments.length > 1) emit('path', called ? [...segments.slice(0, -1), `${segments[segments.length - 1] as string}!`] : segments, p);
  if (segments.length > 1 && called) {
    // `crate::open_db!()`, `some_mod::m!()`: a path-qualified macro call (a #[macro_export] macro lives at the crate root).
    const macro = inMacro();
    const args = callWords(q + 1);
    const literal = literalArgument(q + 1);
    macroCalls.push({ name: value(last), line: lineOf[last] as number, column: columnOf[last] as number, scope: scope(), qualified: true, ...(macro !== undefined ? { macro } : {}), args, ...(literal !== undefined ? { literal } : {}) });
  }
  return q - 1;
}

// ---------------------------------------------------------------------------------------------
// Deferring: a whole tree's scans are held until its module tree is known

const NO_SCOPE: readonly string[] = Object.freeze([]);

function deferredList(arena = placed): DeferredList {
  return { arena, start: arena.size, count: 0, keptAt: [] };
}

function putDeferred(list: DeferredList, text: string, line: number, column: number, scope: readonly string[]): void {
  const k = list.count++;
  list.arena.put(text, line, column);
  if (scope.length > 0 && list.scopes === undefined) list.scopes = Array.from({ length: k }, () => NO_SCOPE as string[]);
  list.scopes?.push(scope as string[]);
}

/** A list as it is kept until the crate is resolved: its arrays without the spare capacity they grew with. */
function trimmed(list: DeferredList): DeferredList {
  return { arena: list.arena, start: list.start, count: list.count, keptAt: list.keptAt.slice(), ...(list.scopes !== undefined ? { scopes: keepStrings(list.scopes.slice()) } : {}) };
}

/** A path whose first segment is a plain name: it resolves only if that name turns out to lead into the package. */
const isPlainPath = (e: RustEdge) => e.kind === 'path' && e.metavariable !== true && e.macro === undefined && !e.glob && e.pathAttribute === undefined && e.binding === undefined && e.public === undefined && isPlainHead(e.segments[0]);
/**
 * `path` is `segments` joined by `::` (what scanRust writes; an edge pasted in by include! has a longer path), so
 * the path alone gives the segments back. Lengths decide it without joining: segments are identifiers.
 */
function isJoined(e: RustEdge): boolean {
  let length = 2 * (e.segments.length - 1);
  for (const s of e.segments) length += s.length;
  return length === e.path.length && e.path.startsWith(e.segments[0] as string);
}
const isPlainHead = (head: string | undefined) => head !== undefined && head !== '' && head !== 'crate' && head !== 'self' && head !== 'super';

/**
 * Sets aside what most of a scan is and few scans need: paths that start with a plain name (`Vec::new`,
 * `HashMap::new`, `store::open`), macro calls outside macro bodies (`format!`) and items, held as interned text and
 * numbers instead of an object each, so a tree's scans cost memory by what they declare, not by every path
 * they write. resolveRustCrate reads them back in source order where they can matter, so it resolves
 * exactly what it would have resolved from the whole scan. A scan with a glob `use` keeps its paths.
 */
export function deferRustScan(scan: RustScan): RustScan {
  if (scan.deferred !== undefined) return scan;
  // Each list is made just before it is written: its entries are the arena's next ones.
  const paths = deferredList();
  const hasGlob = scan.edges.some((e) => e.glob === true && e.kind === 'use');
  const edges: RustEdge[] = [];
  for (const e of scan.edges) {
    if (!hasGlob && isPlainPath(e) && isJoined(e)) putDeferred(paths, e.path, e.line, e.column, e.scope);
    else {
      paths.keptAt.push(paths.count);
      edges.push(e);
    }
  }
  const macroCalls: RustMacroCall[] = [];
  const calls = deferredList();
  for (const c of scan.macroCalls) {
    // A call's argument words ride after its name (see reviveCall).
    if (c.macro === undefined && c.qualified === undefined && c.literal === undefined) putDeferred(calls, c.args === undefined ? c.name : `${c.name}\0${c.args}`, c.line, c.column, c.scope);
    else {
      calls.keptAt.push(calls.count);
      macroCalls.push(c);
    }
  }
  // Macros keep their lines (textual scope reads them); the other items only their names and scopes.
  const macros = scan.items.filter((i) => i.name.endsWith('!'));
  const rest = macros.length === 0 ? scan.items : scan.items.filter((i) => !i.name.endsWith('!'));
  const items = deferredList(named);
  for (const i of rest) putDeferred(items, i.name, 0, 0, i.scope);
  // Held until the module tree is known: nothing in it may keep the file's text alive. The arena keeps its own copies
  // and is not walked (a walk per file through every file's entries). Object.assign, not a spread: V8 gave each file's
  // spread copy a map of its own (~0.6 KB of shape a file, 7 MB at 100× the reference project); assigned properties
  // share one.
  const kept = keepStrings(Object.assign({}, scan, { edges, macroCalls, items: macros }));
  kept.deferred = { paths: trimmed(paths), calls: trimmed(calls), items: trimmed(items) };
  return kept;
}

/**
 * What a metavariable heading a macro path may be, given the argument words of the calls on the way (callWords): every
 * part of each run of words joined by `::` (a repetition's head, `$($m)::+`, joins the runs). Undefined when some
 * call's words were not read or cut, or past MAX_META_HEADS.
 */
function metaHeads(words: readonly (string | null)[], repeated: boolean): Set<string> | undefined {
  const heads = new Set<string>();
  for (const w of words) {
    if (w === null || w.endsWith('…')) return undefined;
    for (const run of repeated ? [w.split(' ').join('::')] : w.split(' ')) {
      const parts = run.split('::');
      for (let i = 0; i < parts.length; i++) for (let j = i + 1; j <= parts.length; j++) if (heads.add(parts.slice(i, j).join('::')).size > MAX_META_HEADS) return undefined;
    }
  }
  heads.delete('');
  return heads;
}

/** A deferred macro call read back: `name` or `name\0args` (deferRustScan). */
const reviveCall = (text: string, line: number, column: number, scope: string[]): RustMacroCall => {
  const cut = text.indexOf('\0');
  return cut < 0 ? { name: text, line, column, scope } : { name: text.slice(0, cut), line, column, scope, args: text.slice(cut + 1) };
};

/** `kept` with the deferred entries `make` accepts put back where they were (a deferred entry goes before the kept one it preceded). */
function* withDeferred<T>(kept: readonly T[], list: DeferredList | undefined, make: (text: string, line: number, column: number, scope: string[]) => T | undefined): Generator<T> {
  let d = 0;
  const count = list?.count ?? 0;
  for (let k = 0; k <= kept.length; k++) {
    const until = k < kept.length ? (list?.keptAt[k] ?? 0) : count;
    for (; list !== undefined && d < until; d++) {
      const at = list.start + d;
      const made = make(list.arena.text(at), list.arena.line(at), list.arena.column(at), list.scopes?.[d] ?? (NO_SCOPE as string[]));
      if (made !== undefined) yield made;
    }
    if (k < kept.length) yield kept[k] as T;
  }
}

// ---------------------------------------------------------------------------------------------
// Resolving

export interface ResolvedRustEdge {
  /** The file the edge is written in. */
  from: string;
  /** The file that defines the longest module prefix of the path. */
  to: string;
  /** The absolute module path the edge points into, e.g. `crate::session::store`. */
  module: string;
  kind: RustEdgeKind | 're-export';
  /** The path as written (groups expanded). */
  path: string;
  line: number;
  column: number;
  /**
   * An impl's edge that stands unless one of these files is code of the impl's own domain (`to`'s): a type argument of
   * its trait that is one of that domain's types lets rustc keep the impl there (E0117 reads every type of the impl).
   */
  unless?: string[];
}

/** A Cargo target: the library, a binary, a test, an example or a bench — each its own crate. */
export interface RustTarget {
  /** `dep`: the library of a path dependency (`store = { path = "../store" }`), a crate of the root besides the package's own. */
  kind: 'lib' | 'bin' | 'test' | 'example' | 'bench' | 'build' | 'dep';
  name: string;
  /** Its root file (src/lib.rs, src/main.rs, src/bin/x.rs…). */
  root: string;
}

export interface RustCrateOptions {
  /** Directory holding lib.rs / main.rs (default src). */
  crateRoot?: string;
  /** Targets read from Cargo.toml; without them, Cargo's defaults under crateRoot (lib.rs, main.rs, bin/*.rs, bin/x/main.rs). */
  targets?: RustTarget[];
  /** The library's crate name (`[lib] name`, else the package name with `-` as `_`): how the other targets import it. */
  libName?: string;
  /**
   * Path dependencies: in the crates of `in` (a `dep` target's root file; `''` for every target of the package),
   * `name::…` leads into the crate whose root file is `root` (a `dep` target).
   */
  externs?: { in: string; name: string; root: string }[];
  /**
   * `package.edition`; 2015 reads `use a::b` and `::a::b` from the crate root. Default 2021. `unknown`
   * (no Cargo.toml, or an edition that cannot be read): every path is read both ways, 2015 and 2018+,
   * and each reading that reaches a module is an edge — never fewer edges than either edition gives.
   */
  edition?: string;
  /**
   * Which resolved edges to keep (all when absent). A caller that needs only some (kernel_boundary keeps
   * the edges that cross domains) passes this so the others are counted and dropped as they are made.
   */
  keepEdge?: (from: string, to: string, edge: ResolvedRustEdge) => boolean;
  /** The absolute path of the directory the file names are relative to: where an absolute `#[path]` leads. */
  root?: string;
  /**
   * Module files a `mod` declaration names that the caller looked for and found absent. A module none of whose files
   * exists cannot be scanned: the declaration, and every path into the module, is unresolved.
   */
  absent?: ReadonlySet<string>;
}

export interface RustCrateModel {
  /** File → its module path (`crate`, `crate::a::b`; `crate[bin x]::…` for a binary target). */
  moduleOf: Map<string, string>;
  /** Module path → the file that defines it (inline modules map to the file they are written in). */
  fileOf: Map<string, string>;
  /** Every edge into a crate of this package (that `keepEdge` keeps), in file order then source order. Edges to `std::`, other crates or nowhere are dropped. */
  edges: ResolvedRustEdge[];
  /** How many edges were resolved, kept or not. */
  edgeCount: number;
  /** Files that are not `.rs` files under the crate root: their paths cannot be resolved. */
  outside: string[];
  /** Paths that may lead into the package but cannot be resolved (a macro metavariable selecting a module, a crate without a root file). */
  unresolved: { from: string; line: number; column: number; written: string; why: string }[];
  /** Includes written in a `macro_rules!` body, expanded at a call in another file (`from`, at the call's line). */
  expandedIncludes: RustExpandedInclude[];
}

/** An include of a `macro_rules!` body (`include`, written in `definer`) expanded at a call of `call!` in `from`. */
export interface RustExpandedInclude {
  from: string;
  line: number;
  column: number;
  call: string;
  definer: string;
  include: RustDataInclude;
  /** Not a macro_rules! body: `definer` renames the include macro itself (`pub use std::include_str as grab;`). */
  renamed?: true;
}

/**
 * `src/lib.rs` and `src/main.rs` → `crate`; `src/a/b.rs` and `src/a/b/mod.rs` → `crate::a::b`.
 * Undefined for a file that is not a `.rs` file under `crateRoot`.
 */
export function rustModulePath(file: string, crateRoot = 'src'): string | undefined {
  const root = normaliseDir(crateRoot);
  if (!file.endsWith('.rs')) return undefined;
  if (root !== '' && !file.startsWith(`${root}/`)) return undefined;
  const rel = (root === '' ? file : file.slice(root.length + 1)).slice(0, -3);
  if (rel === 'lib' || rel === 'main') return 'crate';
  const parts = rel.split('/');
  if (parts[parts.length - 1] === 'mod') parts.pop();
  if (parts.length === 0 || parts.some((s) => s === '')) return undefined;
  return ['crate', ...parts].join('::');
}

function normaliseDir(dir: string): string {
  const d = posix.normalize(dir).replace(/\/+$/, '');
  return d === '.' ? '' : d;
}

/** `lib.rs`, `main.rs` and `mod.rs` own the directory they sit in; `a.rs` owns `a/`. */
function isModRs(file: string): boolean {
  const base = posix.basename(file);
  return base === 'mod.rs' || base === 'lib.rs' || base === 'main.rs';
}

/** Cargo's default targets under a crate root, from the files present. */
export function defaultRustTargets(files: Iterable<string>, crateRoot = 'src'): RustTarget[] {
  const root = normaliseDir(crateRoot);
  const at = (p: string) => (root === '' ? p : `${root}/${p}`);
  const set = new Set(files);
  const targets: RustTarget[] = [];
  if (set.has(at('lib.rs'))) targets.push({ kind: 'lib', name: '', root: at('lib.rs') });
  if (set.has(at('main.rs'))) targets.push({ kind: 'bin', name: 'main', root: at('main.rs') });
  const sorted = [...set].sort();
  targets.push(...targetsIn(sorted, at('bin/'), 'bin'));
  targets.push(...conventionalPackageTargets(set, sorted, posix.dirname(root === '' ? '.' : root)));
  return targets;
}

/** The targets of a directory Cargo searches (`dir/x.rs`, `dir/x/main.rs`), from the files in sorted order. */
function targetsIn(sorted: readonly string[], dir: string, kind: RustTarget['kind']): RustTarget[] {
  const pattern = new RegExp(`^${escapeRegExp(dir)}(?:([^/]+)\\.rs|([^/]+)/main\\.rs)$`);
  const targets: RustTarget[] = [];
  for (const f of sorted) {
    const m = pattern.exec(f);
    if (m !== null) targets.push({ kind, name: (m[1] ?? m[2]) as string, root: f });
  }
  return targets;
}

/** Escapes a path for a regular expression. */

/**
 * The targets Cargo discovers beside the crate root's directory, in the package directory: the build script (`build.rs`,
 * a crate of its own linked with the build-dependencies) and the integration tests, examples and benchmarks
 * (`tests/x.rs`, `tests/x/main.rs`, likewise `examples/` and `benches/`). Each is a crate of its own, as a `[[test]]` is:
 * in scope, its paths resolve from its own root instead of failing as files outside every crate.
 */
function conventionalPackageTargets(files: ReadonlySet<string>, sorted: readonly string[], packageDir: string): RustTarget[] {
  const at = (p: string) => (packageDir === '.' || packageDir === '' ? p : `${packageDir}/${p}`);
  const targets: RustTarget[] = [];
  if (files.has(at('build.rs'))) targets.push({ kind: 'build', name: 'build-script-build', root: at('build.rs') });
  for (const [dir, kind] of [['tests', 'test'], ['examples', 'example'], ['benches', 'bench']] as const) targets.push(...targetsIn(sorted, at(`${dir}/`), kind));
  return targets;
}

/** A `mod name;` declaration and the files it may load. */
export interface DeclaredModule {
  name: string;
  scope: string[];
  /** Every file the declaration may load, in preference order (each reading of its path attributes, then the default files). */
  candidates: string[];
  /**
   * Groups of candidates of which one must exist for each reading rustc may compile: one per path attribute, and the
   * default files (`name.rs`, `name/mod.rs`) when no path attribute is written. A group none of whose files exists is
   * a module the scan cannot read.
   */
  required: string[][];
  /** Candidates that come from a path attribute: a file so loaded owns the directory it sits in, as a `mod.rs` does. */
  fromPath: string[];
  line: number;
  column: number;
  macroUse?: boolean;
}

/** Stands in fileOf for the file of a module declared by `mod` whose file does not exist (no real path starts with NUL). */
const MISSING_FILE = '\0missing:';

/** More readings than this of one inline module's directory (cfg_attr paths on nested inline modules) are not followed. */
const MAX_MODULE_READINGS = 16;

/**
 * The files `mod name;` declarations of `file` may load, as rustc finds them (rustc_expand's module.rs): a `#[path]`
 * is relative to the directory of the declaring file (of a non-inline declaration) or to the directory its enclosing
 * inline module stands for; without one, `name.rs` then `name/mod.rs` in the directory the declaring module owns —
 * a `mod.rs`, a crate root, or a file loaded by `#[path]` (`pathLoaded`) owns the directory it sits in, any other
 * `a.rs` owns `a/`. An inline `mod m { … }` stands for `m/` under that (its `#[path]`, relative to the file's own
 * directory, names the directory itself). Every reading of `#[cfg_attr(…, path = "…")]` is a candidate.
 */
export function declaredModuleFiles(file: string, scan: RustScan, crateRoots: ReadonlySet<string>, root?: string, pathLoaded?: ReadonlySet<string>): DeclaredModule[] {
  const out: DeclaredModule[] = [];
  const ownsDir = isModRs(file) || crateRoots.has(file) || pathLoaded?.has(file) === true;
  const dir = posix.dirname(file);
  /** The file's own module: `mod x;` in `a.rs` is `a/x.rs` (rustc's "relative" offset), its `#[path]` from `a.rs`'s directory. */
  const own = ownsDir ? dir : posix.join(dir, posix.basename(file, '.rs'));
  /** Each inline module (by its scope and name) → the directories its declarations resolve from. */
  const inlineDirs = new Map<string, string[]>();
  const readings = (paths: readonly string[], conditional: boolean, base: string, fallback: string): string[] => [...paths.map((p) => modulePathFrom(base, p, root)), ...(conditional || paths.length === 0 ? [fallback] : [])];
  const pathsOf = (m: { pathAttribute?: string; pathAttributes?: string[] }) => m.pathAttributes ?? (m.pathAttribute !== undefined ? [m.pathAttribute] : []);
  for (const m of scan.inlineModules) {
    const outer = m.scope.length === 0 ? undefined : inlineDirs.get(m.scope.join('::'));
    const dirs: string[] = [];
    if (outer === undefined) dirs.push(...readings(pathsOf(m), m.pathConditional === true, dir, posix.join(own, m.name)));
    else for (const d of outer) dirs.push(...readings(pathsOf(m), m.pathConditional === true, d, posix.join(d, m.name)));
    inlineDirs.set([...m.scope, m.name].join('::'), dirs.slice(0, MAX_MODULE_READINGS));
  }
  for (const edge of scan.edges) {
    if (edge.kind !== 'mod' || edge.metavariable === true) continue;
    const name = edge.segments[1] as string;
    const paths = pathsOf(edge);
    // A non-inline declaration's #[path] is relative to the file's directory; in an inline module, to the module's.
    const bases = edge.scope.length === 0 ? [{ path: dir, own }] : (inlineDirs.get(edge.scope.join('::')) ?? [posix.join(own, ...edge.scope)]).map((d) => ({ path: d, own: d }));
    const required: string[][] = paths.map((p) => bases.map((b) => posix.normalize(modulePathFrom(b.path, p, root))));
    const fromPath = required.flat();
    const defaults = bases.flatMap((b) => [posix.join(b.own, `${name}.rs`), posix.join(b.own, name, 'mod.rs')]);
    if (paths.length === 0) required.push(defaults);
    const candidates = [...new Set([...fromPath, ...(paths.length === 0 || edge.pathConditional === true ? defaults : [])])];
    out.push({ name, scope: edge.scope, candidates, required, fromPath, line: edge.line, column: edge.column, ...(edge.macroUse === true ? { macroUse: true } : {}) });
  }
  return out;
}

/**
 * A `#[path]` value from the directory `base` it is relative to. rustc also takes an absolute one: root-relative
 * when the caller knows the root's absolute path, else outside the root (`../…`), so it is never silently missed.
 */
function modulePathFrom(base: string, path: string, root: string | undefined): string {
  if (!posix.isAbsolute(path)) return posix.join(base, path);
  return root === undefined ? `..${path}` : posix.relative(root, path);
}

/**
 * Resolves every file's edges to files of the same package. Module paths come from the module tree:
 * each target's root file is a crate (`crate` for the library, `crate[bin x]` for a binary…), and
 * its `mod` declarations (with `#[path]`) place the files they load; a file in scope that no
 * declaration reaches keeps the module its path under the crate root gives. `crate::a::b::Item` goes
 * to the file that defines the longest module prefix; `super::` and `self::` are taken relative to
 * the module the edge is written in, inline `mod { … }` blocks included; the library's crate name (and
 * `extern crate self as x`) lead from any target into the library; a plain first segment resolves
 * only when it names a child module (2018 uniform paths), or a crate-root module in a 2015 `use`.
 * Re-exports (`pub use`, globs) and type aliases are followed to the file that defines the item.
 */
export function resolveRustCrate(scans: ReadonlyMap<string, RustScan>, crateRootOrOptions: string | RustCrateOptions = 'src'): RustCrateModel {
  const options: RustCrateOptions = typeof crateRootOrOptions === 'string' ? { crateRoot: crateRootOrOptions } : crateRootOrOptions;
  const crateRoot = options.crateRoot ?? 'src';
  const edition2015 = options.edition === '2015';
  const moduleOf = new Map<string, string>();
  const fileOf = new Map<string, string>();
  const outside: string[] = [];
  const unresolved: RustCrateModel['unresolved'] = [];
  const files = [...scans.keys()].sort();
  const targets = (options.targets ?? defaultRustTargets(files, crateRoot)).filter((t) => scans.has(t.root));
  const hasLib = targets.some((t) => t.kind === 'lib');
  const crateKey = (t: RustTarget) => (t.kind === 'lib' || (!hasLib && t.kind === 'bin' && posix.basename(t.root) === 'main.rs' && posix.dirname(t.root) === normaliseDir(crateRoot)) ? 'crate' : `crate[${t.kind} ${t.name}]`);
  const roots = new Set(targets.map((t) => t.root));

  // The module tree, from each target's root through its mod declarations.
  const queue: string[] = [];
  for (const t of targets) {
    if (moduleOf.has(t.root)) continue;
    moduleOf.set(t.root, crateKey(t));
    queue.push(t.root);
  }
  const mounts: { from: string; to: string; name: string; line: number; column: number }[] = [];
  /** File → the files it declares `#[macro_use] mod` (every reading of the declaration). */
  const macroUseChildren = new Map<string, string[]>();
  /** A file placed by a top-level `mod` declaration → the file and line of that declaration. */
  const declaredAt = new Map<string, { parent: string; line: number }>();
  /** Files loaded by a `#[path]`: each owns the directory it sits in (its `mod x;` is a sibling file). */
  const pathLoaded = new Set<string>();
  /** Modules declared by `mod` none of whose files exists → where (see RustCrateOptions.absent). */
  const missing = new Map<string, { from: string; line: number; column: number; files: string[] }>();
  const absent = options.absent;
  const declaredMissing = new Set<string>();
  for (let k = 0; k < queue.length; k++) {
    const file = queue[k] as string;
    const module = moduleOf.get(file) as string;
    const scan = scans.get(file);
    if (scan === undefined) continue;
    for (const d of declaredModuleFiles(file, scan, roots, options.root, pathLoaded)) {
      let placed = false;
      if (absent !== undefined) {
        const key = [module, ...d.scope, d.name].join('::');
        if (d.candidates.every((c) => absent.has(c)) && !missing.has(key)) missing.set(key, { from: file, line: d.line, column: d.column, files: d.candidates });
        // Each reading rustc may compile (a path attribute's file, or the default files) needs a file: one that is not there
        // may be made before the build (generated, ignored by git) and import anything.
        const gone = d.required.find((group) => group.every((c) => absent.has(c)));
        const where = `${file}\0${d.line}\0${d.column}`;
        if (gone !== undefined && !declaredMissing.has(where)) {
          declaredMissing.add(where);
          unresolved.push({ from: file, line: d.line, column: d.column, written: `mod ${d.name}`, why: `declares mod ${d.name}, but ${gone.length === 1 ? `its file ${gone[0]} does not exist` : `none of its files ${gone.join(', ')} exists`}, so the module's code cannot be scanned (a file made before the build may import anything)` });
        }
      }
      for (const target of d.candidates) {
        if (!scans.has(target)) continue;
        if (d.fromPath.includes(target) && !isModRs(target) && !pathLoaded.has(target)) {
          pathLoaded.add(target);
          // Already walked as a default file (another declaration reached it first): its children are read again from here.
          if (moduleOf.has(target)) queue.push(target);
        }
        if ((d.macroUse === true || scans.get(target)?.innerMacroUse === true) && target !== file) {
          const children = macroUseChildren.get(file);
          if (children === undefined) macroUseChildren.set(file, [target]);
          else children.push(target);
        }
        if (!moduleOf.has(target)) {
          // Every reading is the module (`#[cfg_attr(unix, path = "unix.rs")]` and the default file): its paths are the module's.
          moduleOf.set(target, [module, ...d.scope, d.name].join('::'));
          if (d.scope.length === 0) declaredAt.set(target, { parent: file, line: d.line });
          queue.push(target);
          // A reading besides the first is no module file of its own in fileOf: the declaration is an edge to it.
          if (placed) mounts.push({ from: file, to: target, name: d.name, line: d.line, column: d.column });
        } else if (target !== file) {
          // A file another declaration already placed (`#[path = "../store.rs"] mod s;`, a
          // `#[cfg_attr(…, path)]` reading besides the default): its code is compiled here too.
          mounts.push({ from: file, to: target, name: d.name, line: d.line, column: d.column });
        }
        placed = true;
      }
    }
  }
  // Files no declaration reaches: the module their path gives, in the path dependency whose directory holds
  // them, else in the library (or the only crate).
  // A path dependency's directory is its package's (`store/src/lib.rs` → `store`); the nearest one holding the file wins.
  const packageDir = (root: string) => posix.dirname(posix.dirname(root));
  const depDirs = targets.filter((t) => t.kind === 'dep').map((t) => ({ dir: posix.dirname(t.root), depth: packageDir(t.root).length, key: crateKey(t) }));
  const ownDepth = posix.dirname(normaliseDir(crateRoot)).length;
  for (const file of files) {
    if (moduleOf.has(file)) continue;
    const dep = depDirs.filter((d) => file.startsWith(`${d.dir}/`) && d.depth > ownDepth).sort((a, b) => b.depth - a.depth)[0];
    const module = dep === undefined ? rustModulePath(file, crateRoot) : rustModulePath(file, dep.dir)?.replace(/^crate/, dep.key);
    if (module === undefined) outside.push(file);
    else moduleOf.set(file, module);
  }
  // A module's file is the one its declaration placed (`#[path = "../store.rs"] mod db;`), before a file no declaration
  // reaches whose path gives the same module (a stale `core/db.rs` at the default place is never compiled).
  // So are the inline modules of the files declarations reach (`mod inner { pub use … }` before a stale `inner.rs`).
  const reached = new Set(queue);
  const unreached = files.filter((f) => !reached.has(f));
  for (const group of [queue, unreached]) {
    for (const file of group) {
      const module = moduleOf.get(file);
      if (module !== undefined && !fileOf.has(module)) fileOf.set(module, file);
    }
    for (const file of group) {
      const module = moduleOf.get(file);
      if (module === undefined) continue;
      for (const inline of scans.get(file)?.inlineModules ?? []) {
        const key = [module, ...inline.scope, inline.name].join('::');
        if (!fileOf.has(key)) fileOf.set(key, file);
      }
    }
  }
  // A module with no file is still a module: a path into it leads to a name that stands for "unreadable", never to its parent.
  for (const [module, m] of missing) if (!fileOf.has(module)) fileOf.set(module, `${MISSING_FILE}${m.files[0] as string}`);
  const crateOf = (module: string) => module.split('::')[0] as string;
  /**
   * Crate names each crate can write (`name::…`): the package's targets share the library's name and their
   * path dependencies; a path dependency has its own; `extern crate self as x` and `extern crate d as x` add x.
   */
  const packageNames = new Map<string, string>();
  const crateNames = new Map<string, Map<string, string>>();
  const namesIn = (key: string): Map<string, string> => {
    if (!key.startsWith('crate[dep ')) return packageNames;
    let m = crateNames.get(key);
    if (m === undefined) crateNames.set(key, (m = new Map()));
    return m;
  };
  if (hasLib && options.libName !== undefined && options.libName !== '') packageNames.set(options.libName, 'crate');
  const keyOfRoot = new Map(targets.map((t) => [t.root, crateKey(t)]));
  for (const e of options.externs ?? []) {
    const into = keyOfRoot.get(e.root);
    const from = e.in === '' ? 'crate' : keyOfRoot.get(e.in);
    if (into !== undefined && from !== undefined && !namesIn(from).has(e.name)) namesIn(from).set(e.name, into);
  }
  for (const file of files) {
    const module = moduleOf.get(file);
    if (module === undefined) continue;
    const key = crateOf(module);
    const scan = scans.get(file);
    for (const name of scan?.selfNames ?? []) if (key === 'crate' || key.startsWith('crate[dep ')) namesIn(key).set(name, key);
    for (const a of scan?.externAliases ?? []) {
      const into = namesIn(key).get(a.crate);
      if (into !== undefined) namesIn(key).set(a.alias, into);
    }
  }
  const names = (crate: string): ReadonlyMap<string, string> => namesIn(crate);
  let depth = 0;
  for (const m of fileOf.keys()) depth = Math.max(depth, m.split('::').length);
  const context: PathContext = { fileOf, depth, names, edition2015 };
  const editionUnknown = options.edition === 'unknown';
  /** The readings of every path: one edition, or both when the edition is unknown. */
  const contexts: PathContext[] = editionUnknown ? [{ ...context, edition2015: false }, { ...context, edition2015: true }] : [context];
  /** Modules that have child modules. */
  const parents = new Set<string>();
  for (const m of fileOf.keys()) for (let k = m.lastIndexOf('::'); k > 0; k = m.lastIndexOf('::', k - 1)) parents.add(m.slice(0, k));
  /** Whether a child module of `prefix` may be what `segment` spells: any for `$m`, one its literal pieces fit for a paste template. */
  let childNames: Map<string, Set<string>> | undefined;
  const mayNameChild = (prefix: string, segment: string): boolean => {
    if (!parents.has(prefix)) return false;
    const fits = pasteMatcher(segment);
    if (fits === undefined) return true;
    // Built once, on the first paste template that needs it: each module's child names.
    if (childNames === undefined) {
      childNames = new Map();
      for (const m of fileOf.keys()) {
        for (let k = m.lastIndexOf('::'); k > 0; k = m.lastIndexOf('::', k - 1)) {
          const parent = m.slice(0, k);
          let names = childNames.get(parent);
          if (names === undefined) childNames.set(parent, (names = new Set()));
          names.add(m.slice(k + 2).split('::')[0] as string);
        }
      }
    }
    for (const name of childNames.get(prefix) ?? []) if (fits(name)) return true;
    return false;
  };

  // What each module defines and binds: enough to follow re-exports and type aliases.
  const infos = new Map<string, ModuleInfo>();
  /** Macros defined in each module (items named `m!`): a #[macro_export] one is an item of the crate root too. */
  const exportedMacros: { at: string; name: string }[] = [];
  /** Macro name (without `!`) → the files whose `macro_rules!` define it. */
  const macroDefiners = new Map<string, string[]>();
  const info = (module: string, file: string) => {
    let i = infos.get(module);
    if (i === undefined) {
      i = { file, items: new ItemNames(), bindings: new Map(), globs: [], aliases: new Map(), anonymous: [] };
      infos.set(module, i);
    }
    return i;
  };
  /** A `use` edge bound in the module at `at` (its own, or a macro caller's): a glob, an anonymous import or a name. */
  const bindUse = (edge: RustEdge, at: string[], file: string) => {
    const i = info(at.join('::'), file);
    const binding = { segments: edge.segments, at, kind: 'use' as const, ...(edge.public === true ? { public: true } : {}) };
    if (edge.glob === true) i.globs.push(binding);
    else if (edge.binding === undefined) i.anonymous.push(binding);
    else if (!i.bindings.has(edge.binding)) i.bindings.set(edge.binding, binding);
  };
  for (const file of files) {
    const module = moduleOf.get(file);
    const scan = scans.get(file);
    if (module === undefined || scan === undefined) continue;
    info(module, file);
    const define = (name: string, scope: readonly string[]) => {
      const at = scope.length === 0 ? module : [module, ...scope].join('::');
      info(at, file).items.add(name);
      if (name.endsWith('!')) {
        exportedMacros.push({ at, name });
        const plain = name.slice(0, -1);
        const definers = macroDefiners.get(plain);
        if (definers === undefined) macroDefiners.set(plain, [file]);
        else if (!definers.includes(file)) definers.push(file);
      }
    };
    for (const item of scan.items) define(item.name, item.scope);
    const names = scan.deferred?.items;
    // A list of the module's own items (no inline module in the file) is shared, not copied: it is most of the tree's items.
    // Item names only say what a module defines: each distinct one once is enough.
    if (names?.scopes === undefined && names !== undefined) info(module, file).items.addDeferred(names);
    else if (names !== undefined) for (let k = 0; k < names.count; k++) define(names.arena.text(names.start + k), names.scopes?.[k] ?? NO_SCOPE);
    for (const alias of scan.aliases) {
      const at = [...module.split('::'), ...alias.scope];
      info(at.join('::'), file).aliases.set(alias.name, { segments: alias.segments, at, kind: 'use' });
    }
    for (const edge of scan.edges) {
      if (edge.kind !== 'use' || edge.metavariable === true) continue;
      bindUse(edge, [...module.split('::'), ...edge.scope], file);
    }
  }
  // `#[macro_export] macro_rules! m` is at the crate root, as if the root said `pub use crate::…::m;` (exported or not: a
  // path-qualified call `crate::m!()` only compiles for an exported one). Named `m!`, it shadows no other item of the root;
  // by its own name (`use crate::m;`) only where the root has no name of its own and no glob import that may bring one.
  for (const { at, name } of exportedMacros) {
    const segments = at.split('::');
    const root = info(segments[0] as string, fileOf.get(segments[0] as string) ?? '');
    const plain = name.slice(0, -1);
    const byName = root.globs.length === 0 && !fileOf.has(`${segments[0] as string}::${plain}`);
    for (const key of byName ? [name, plain] : [name]) if (!root.items.has(key) && !root.bindings.has(key)) root.bindings.set(key, { segments: [...segments, name], at: [segments[0] as string], kind: 'use', public: true });
  }
  // A `use` in a macro body binds its name where the macro is called (`reexport!();` makes the caller re-export it): each
  // call of a macro of that name adds the binding to the caller's module, read from the caller (`crate::` is its crate).
  const macroUses = new Map<string, RustEdge[]>();
  for (const scan of scans.values()) {
    for (const edge of scan.edges) {
      if (edge.kind !== 'use' || edge.macro === undefined || edge.metavariable === true) continue;
      const list = macroUses.get(edge.macro);
      if (list === undefined) macroUses.set(edge.macro, [edge]);
      else list.push(edge);
    }
  }
  if (macroUses.size > 0) {
    for (const file of files) {
      const module = moduleOf.get(file);
      const scan = scans.get(file);
      if (module === undefined || scan === undefined) continue;
      for (const call of withDeferred(scan.macroCalls ?? [], scan.deferred?.calls, reviveCall)) {
        if (call.macro !== undefined) continue;
        for (const edge of macroUses.get(call.name) ?? []) {
          bindUse(edge, [...module.split('::'), ...call.scope], file);
        }
      }
    }
  }
  const resolvers = contexts.map((c) => new ItemResolver(c, infos));
  /**
   * Whether a path starting with `head` can resolve at all. Outside a file with glob imports, a plain
   * first segment leads into the package only as a module name, a crate name or a name a `use` binds
   * (see absoluteSegments and resolveEdge); `Vec::new`, `HashMap::new` — most paths in code — are
   * dropped here without a resolution per edge and per edition.
   */
  const leading = new Set<string>(packageNames.keys());
  for (const m of crateNames.values()) for (const name of m.keys()) leading.add(name);
  for (const m of fileOf.keys()) {
    const cut = m.lastIndexOf('::');
    if (cut > 0) leading.add(m.slice(cut + 2));
  }
  for (const i of infos.values()) for (const name of i.bindings.keys()) leading.add(name);
  const mayLead = (head: string) => head === '' || head === 'crate' || head === 'self' || head === 'super' || leading.has(head);
  /** mayLead of a deferred path's first segment, once per distinct (interned) path. */
  const pathLeads = new Map<string, boolean>();
  const pathMayLead = (path: string): boolean => {
    let leads = pathLeads.get(path);
    if (leads === undefined) {
      const cut = path.indexOf('::');
      leads = mayLead(cut === -1 ? path : path.slice(0, cut));
      pathLeads.set(path, leads);
    }
    return leads;
  };

  const edges: ResolvedRustEdge[] = [];
  let edgeCount = 0;
  const keepEdge = options.keepEdge;
  const missingSeen = new Set<string>();
  const push = (e: ResolvedRustEdge, reached: Set<string> | undefined) => {
    if (e.to.startsWith(MISSING_FILE)) {
      const m = missing.get(e.module) as { from: string; line: number; files: string[] };
      const key = `${e.from}\0${e.line}\0${e.module}`;
      // The declaration itself is reported where it is read (every reading of it is absent).
      if (e.kind !== 'mod' && !missingSeen.has(key)) {
        missingSeen.add(key);
        unresolved.push({ from: e.from, line: e.line, column: e.column, written: e.path, why: `writes the path ${e.path}, which leads into module ${e.module}, declared at ${m.from}:${m.line} with no file (${m.files.join(', ')}), so what it holds cannot be scanned` });
      }
      return;
    }
    if (reached !== undefined) {
      const key = `${e.to}\0${e.kind}\0${e.path}\0${e.line}`;
      if (reached.has(key)) return;
      reached.add(key);
    }
    edgeCount++;
    if (keepEdge === undefined || keepEdge(e.from, e.to, e)) edges.push(e);
  };
  /**
   * A path into a crate whose root file is not in scope (no `lib.rs` / `main.rs` under the crate root, or
   * one left out by `ignore`): every module of it is unknown, so the path cannot be proven to stay inside
   * its domain. Reported once per file and crate (the first path), never dropped.
   */
  const rootlessSeen = new Set<string>();
  const rootless = (file: string, absolute: readonly string[], line: number, column: number, path: string) => {
    const crate = absolute[0] as string;
    const key = `${file}\0${crate}`;
    if (rootlessSeen.has(key)) return;
    rootlessSeen.add(key);
    unresolved.push({ from: file, line, column, written: path, why: `writes the path ${path}, but ${crate === 'crate' ? 'the crate' : crate} has no root file in scope (no lib.rs or main.rs under rust_crate_root "${crateRoot}", or one left out by ignore), so no module of it can be resolved` });
  };
  /** Resolves `edge` as written in module `current` of `file` (at `at`, for a macro expanded there): every reading is an edge. */
  const resolveEdge = (file: string, current: readonly string[], edge: RustEdge, reached: Set<string> | undefined, at?: { line: number; column: number; path: string }) => {
    const line = at?.line ?? edge.line;
    const column = at?.column ?? edge.column;
    const path = at?.path ?? edge.path;
    for (let c = 0; c < contexts.length; c++) {
      const context = contexts[c] as PathContext;
      const resolver = resolvers[c] as ItemResolver;
      if (edge.metavariable === true) {
        // crate::a::$m::f — the caller picks $m: fine when the module before it has no child modules.
        const known = edge.segments.slice(0, -1);
        const absolute = absoluteSegments(known, current, context, edge.kind);
        if (absolute === undefined) continue;
        const prefix = absolute.join('::');
        if (mayNameChild(prefix, edge.segments[edge.segments.length - 1] as string)) {
          if (reached?.has(`?${prefix}`) !== true) unresolved.push({ from: file, line, column, written: path, why: `writes the macro path ${edge.path}, whose ${edge.segments[edge.segments.length - 1]} may name any child module of ${prefix}` });
          reached?.add(`?${prefix}`);
          continue;
        }
        const target = resolver.resolve(absolute);
        if (target !== undefined) push({ from: file, to: target.file, module: target.module, kind: edge.kind, path, line, column }, reached);
        else rootless(file, absolute, line, column, path);
        continue;
      }
      const absolute = absoluteSegments(edge.segments, current, context, edge.kind);
      if (absolute === undefined) {
        // `use super::*; … store::open()`: a name the file's glob imports brought into scope. Each glob
        // of an enclosing scope is a reading; one whose source has a child module of that name is an edge.
        const head = edge.segments[0];
        if (head === undefined || head === '' || head === 'crate' || head === 'self' || head === 'super' || edge.glob === true) continue;
        // `use crate as k; … k::store::open()`: a name a `use` of this scope binds stands for the path it names.
        const bound = infos.get(joinedModule(current))?.bindings.get(head);
        const via = bound === undefined || edge.segments.length < 2 ? undefined : absoluteSegments(bound.segments, bound.at, context, 'use');
        const viaTarget = via === undefined ? undefined : resolver.resolve([...via, ...edge.segments.slice(1)]);
        if (viaTarget !== undefined) push({ from: file, to: viaTarget.file, module: viaTarget.module, kind: edge.kind, path: `${path} (${head} bound by use ${bound?.segments.join('::')})`, line, column }, reached);
        for (const glob of globsOf.get(file) ?? []) {
          if (glob.scope.length > edge.scope.length || glob.scope.some((part, k) => edge.scope[k] !== part)) continue;
          const source = absoluteSegments(glob.segments, [...(moduleOf.get(file) as string).split('::'), ...glob.scope], context, 'use');
          if (source === undefined) continue;
          const target = resolver.resolve([...source, ...edge.segments]);
          if (target === undefined || target.module === source.join('::') || !target.module.startsWith(`${source.join('::')}::`)) continue;
          push({ from: file, to: target.file, module: target.module, kind: edge.kind, path: `${path} (through ${glob.path}::*)`, line, column }, reached);
        }
        continue;
      }
      const target = resolver.resolve(absolute);
      if (target === undefined) {
        rootless(file, absolute, line, column, path);
        continue;
      }
      push({ from: file, to: target.file, module: target.module, kind: edge.kind, path, line, column }, reached);
      if (edge.glob === true) {
        // `use crate::prelude::*` takes everything the module re-exports: follow each to its file.
        // The importing scope sees the private imports of a module it lies in (`use super::*;` in `mod tests`).
        for (const via of resolver.reexportedBy(absolute.join('::'), current.join('::'))) {
          if (via.file !== target.file) push({ from: file, to: via.file, module: via.module, kind: 're-export', path: `${path}::* (re-exported by ${target.module})`, line, column }, reached);
        }
      }
    }
  };
  for (const m of mounts) {
    const module = moduleOf.get(m.to);
    if (module !== undefined) push({ from: m.from, to: m.to, module, kind: 'mod', path: `mod ${m.name} (the file of ${module}, mounted again)`, line: m.line, column: m.column }, undefined);
  }
  const globsOf = new Map<string, RustEdge[]>();
  for (const file of files) {
    const globs = (scans.get(file)?.edges ?? []).filter((e) => e.glob === true && e.kind === 'use');
    if (globs.length > 0) globsOf.set(file, globs);
  }
  for (const file of files) {
    const module = moduleOf.get(file);
    if (module === undefined) continue;
    const base = module.split('::');
    const anyHead = globsOf.has(file);
    const scan = scans.get(file);
    // Deferred paths come back only when their head may lead somewhere (the same test the loop applies).
    const revive = (path: string, line: number, column: number, scope: string[]): RustEdge | undefined =>
      anyHead || pathMayLead(path) ? { kind: 'path', path, segments: path.split('::'), line, column, scope } : undefined;
    for (const edge of withDeferred(scan?.edges ?? [], scan?.deferred?.paths, revive)) {
      if (edge.metaHead === true) continue; // completed where the macro is called
      if (!anyHead && edge.kind === 'path' && edge.metavariable !== true && !mayLead(edge.segments[0] as string)) continue;
      if (edge.kind === 'mod' && edge.metavariable === true) {
        unresolved.push({ from: file, line: edge.line, column: edge.column, written: `mod ${edge.segments[1] as string}`, why: `declares mod ${edge.segments[1] as string} in the body of macro_rules! ${edge.macro ?? ''}: the caller names the module, so which file it loads cannot be known` });
        continue;
      }
      resolveEdge(file, edge.scope.length === 0 ? base : [...base, ...edge.scope], edge, editionUnknown ? new Set() : undefined);
    }
  }

  // An impl block defines its type's methods in the file it is written in: the type's module depends on that file
  // (core's `thing.save()` runs store's code, and rustc will not let the impl leave the type's crate, see RustImpl).
  // An inherent impl, or a trait impl of a trait from outside the package (Display, Default, serde's) or of the type's
  // own file: the impl's place is the type's crate. Another trait of the package may hold the impl beside it instead.
  /** Where `segments`, written in module `current` of `file`, names an item: a file of the package, `local` (an item of
   * `current` itself), `outside` (std, another crate, the prelude) or `unknown` (a glob import may bring it in). */
  const implTarget = (current: readonly string[], segments: readonly string[], context: PathContext, resolver: ItemResolver): ItemTarget | 'local' | 'outside' | 'unknown' => {
    const info = infos.get(joinedModule(current));
    const head = segments[0] as string;
    // An item of the module itself: the module, or where its type alias leads (`type T = crate::core::Thing; impl T`).
    if (segments.length === 1 && info?.items.has(head) === true) {
      const own = resolver.resolve([...current, head]) ?? 'local';
      // A `use` of the name beside the item: rustc refuses the two in one namespace and configuration (E0255), so a
      // `#[cfg]` compiles one out or the item is a function or constant (`fn Other()`), and the impl may be of the
      // imported type (`#[cfg(not(feature = "own"))] use crate::core::Thing; impl Thing`: red team kb).
      const bound = info.bindings.get(head);
      const via = bound === undefined ? undefined : absoluteSegments(bound.segments, bound.at, context, 'use');
      const imported = via === undefined ? undefined : resolver.resolve(via);
      return imported !== undefined && (typeof own === 'string' || own.file === fileOf.get(joinedModule(current))) ? imported : own;
    }
    let absolute = absoluteSegments(segments, current, context, 'path');
    if (absolute === undefined) {
      const bound = info?.bindings.get(head);
      const via = bound === undefined ? undefined : absoluteSegments(bound.segments, bound.at, context, 'use');
      if (via !== undefined) absolute = [...via, ...segments.slice(1)];
      else if (bound === undefined && (info?.globs.length ?? 0) > 0) {
        // A glob import of a module of the package that holds the name (`use crate::core::*; impl Other`) brings it in:
        // the impl is that module's type's (red team ar). A glob of nothing here that names it may bring it from outside.
        for (const g of info?.globs ?? []) {
          const source = absoluteSegments(g.segments, g.at, context, g.kind);
          const target = source === undefined ? undefined : resolver.resolve([...source, ...segments]);
          if (target !== undefined) return target;
        }
        return 'unknown';
      }
      else return 'outside';
    }
    return resolver.resolve(absolute) ?? 'outside';
  };
  /**
   * `impl Name` of an item its own module defines, in that module's own file, with no alias, `use` or child module of
   * that name to lead elsewhere: what `implTarget` would resolve to this file in every context, without resolving it (most
   * impls of a crate are of this kind, and resolving each once per context was a tenth of the scan on large trees).
   */
  const definedInFile = (current: readonly string[], segments: readonly string[], file: string): boolean => {
    if (segments.length !== 1) return false;
    const module = joinedModule(current);
    const info = infos.get(module);
    const head = segments[0] as string;
    return info !== undefined && info.items.has(head) && !info.aliases.has(head) && !info.bindings.has(head) && fileOf.get(module) === file && !fileOf.has(`${module}::${head}`);
  };
  /**
   * The file an impl of `self` (and `traits`, each a reading of its trait; none for an inherent impl) written in module
   * `current` of `file` makes depend on `file`, and the text of the edge; undefined when none does.
   */
  /**
   * Whether `name`, which module `current` neither defines, imports nor globs, is a type a macro of the package makes in
   * `file` from a call's arguments (`id!(RecordId)` whose body writes `pub struct $n(u64);`): a type of this file the
   * module's items do not list. A name of the language or its prelude (`u32`, `String`) stays of no module of the package.
   */
  const madeByMacroHere = (file: string, current: readonly string[], name: string): boolean => {
    if (PRELUDE_TYPES.has(name)) return false;
    const info = infos.get(joinedModule(current));
    if (info !== undefined && (info.bindings.has(name) || info.globs.length > 0)) return false;
    const scan = scans.get(file);
    return scan !== undefined && [...withDeferred(scan.macroCalls ?? [], scan.deferred?.calls, reviveCall)].some((call) => macroDefiners.has(call.name) && call.args !== undefined && call.args.split(' ').includes(name));
  };
  const implDependent = (file: string, current: readonly string[], self: readonly string[], traits: readonly (readonly string[])[] | undefined, args: readonly (readonly string[])[] | undefined, context: PathContext, resolver: ItemResolver, params?: readonly string[]): { from: ItemTarget; what: string; unless?: string[] } | undefined => {
    const type = self.length === 0 ? 'outside' : implTarget(current, self, context, resolver);
    // A type the file makes by a macro of the package is its own (an impl's type parameter never is: `impl<T> Saver for T`).
    if (type === 'outside' && self.length === 1 && params?.includes(self[0] as string) !== true && madeByMacroHere(file, current, self[0] as string)) return undefined;
    if (type === 'local' || (typeof type !== 'string' && type.file === file)) return undefined;
    // The trait's type arguments (`impl From<crate::core::Other> for Thing`): one of this file's types lets the impl
    // stay here; one of another file of this domain too (the edge's `unless`, judged where domains are known).
    const unless: string[] = [];
    for (const a of args ?? []) {
      const arg = implTarget(current, a, context, resolver);
      if (arg === 'local' || (typeof arg !== 'string' && arg.file === file)) return undefined;
      if (typeof arg !== 'string') unless.push(arg.file);
    }
    const but = unless.length > 0 ? { unless } : {};
    if (typeof type === 'string') {
      // A type of no module of the package (`u32`, `Vec<T>`, a type parameter `impl<T> Saver for T`, `[u8]`) given a
      // trait of the package in another file: rustc keeps such an impl in the trait's crate (E0117, E0210), and every
      // value of that type, core's own included, runs this file's methods (red team kb).
      for (const t of traits ?? []) {
        const trait = implTarget(current, t, context, resolver);
        if (typeof trait !== 'string' && trait.file !== file) return { from: trait, what: `implements a trait of ${trait.module} for a type of no module of the package`, ...but };
      }
      return undefined;
    }
    // A trait of the package may hold the impl beside it, unless it is written in the type's own file (one domain).
    const held = traits !== undefined && traits.every((t) => {
      const trait = implTarget(current, t, context, resolver);
      return trait !== 'outside' && (typeof trait === 'string' || trait.file !== type.file);
    });
    return held ? undefined : { from: type, what: `defines methods of a type of ${type.module}`, ...but };
  };
  for (const file of files) {
    const module = moduleOf.get(file);
    const impls = scans.get(file)?.impls;
    if (module === undefined || impls === undefined) continue;
    const base = module.split('::');
    const seen = new Set<string>();
    for (const im of impls) {
      if (im.macro !== undefined) continue; // made where the macro is called
      // A type a block around the impl declares (`fn f() { struct Mock; impl Saver for Mock … }`) is this file's.
      if (im.blockType === true) continue;
      const current = im.scope.length === 0 ? base : [...base, ...im.scope];
      if (definedInFile(current, im.self, file)) continue;
      for (let c = 0; c < contexts.length; c++) {
        const got = implDependent(file, current, im.self, im.trait === undefined ? undefined : [im.trait], im.traitArgs, contexts[c] as PathContext, resolvers[c] as ItemResolver, im.params);
        if (got === undefined) continue;
        const written = `impl ${im.trait !== undefined ? `${im.trait.join('::')}${im.traitArgs !== undefined ? '<…>' : ''} for ` : ''}${im.self.length > 0 ? im.self.join('::') : '…'} at ${file}:${im.line}, which ${got.what} there`;
        if (seen.has(`${got.from.file}\0${written}`)) continue;
        seen.add(`${got.from.file}\0${written}`);
        push({ from: got.from.file, to: file, module, kind: 'path', path: written, line: 1, column: 1, ...(got.unless !== undefined ? { unless: got.unless } : {}) }, undefined);
      }
    }
  }

  // Symbols linked by name: an `extern` block's `fn open();` runs the `#[no_mangle] fn open` of whichever file of the
  // tree defines it (the linker binds them, whatever crate each is in): an edge of the declaring file to the defining one.
  const definers = new Map<string, string[]>();
  for (const file of files) for (const d of scans.get(file)?.linkSymbols?.defines ?? []) {
    const list = definers.get(d.name);
    if (list === undefined) definers.set(d.name, [file]);
    else if (!list.includes(file)) list.push(file);
  }
  // A macro of a file whose body defines a symbol by a metavariable (`export!(store_open)`) defines, at each call, a
  // symbol of each word of the call's arguments, in the caller's file.
  const namingMacros = new Set<string>();
  for (const file of definers.get('$') ?? []) for (const item of scans.get(file)?.items ?? []) if (item.name.endsWith('!')) namingMacros.add(item.name.slice(0, -1));
  if (namingMacros.size > 0) for (const file of files) {
    const scan = scans.get(file);
    if (scan === undefined) continue;
    for (const call of withDeferred(scan.macroCalls ?? [], scan.deferred?.calls, reviveCall)) {
      if (!namingMacros.has(call.name) || call.args === undefined) continue;
      for (const word of call.args.split(' ')) {
        const list = definers.get(word);
        if (list === undefined) definers.set(word, [file]);
        else if (!list.includes(file)) list.push(file);
      }
    }
  }
  if (definers.size > 0) for (const file of files) {
    for (const u of scans.get(file)?.linkSymbols?.uses ?? []) {
      for (const to of definers.get(u.name) ?? []) {
        if (to === file) continue;
        push({ from: file, to, module: moduleOf.get(to) ?? to, kind: 'path', path: `the extern symbol ${u.name}, which #[no_mangle] / #[export_name] defines in ${to}`, line: u.line, column: u.column }, undefined);
      }
    }
  }

  // Macros: a `macro_rules!` body is expanded where the macro is called. Its paths are edges of the
  // defining file (above) and, at each call in any file, edges of the caller at the call's line — read
  // both at the call site (`crate::`, `self::`, `super::` in a macro_rules body are the caller's) and
  // at the definition (`$crate::`). Macros called from a macro body are expanded too (8 deep).
  const macroEdges = new Map<string, { file: string; module: string; edge: RustEdge }[]>();
  /** (caller, line, path) of a `mod` a macro's expansion declares, reported once. */
  const macroModules = new Set<string>();
  const macroInnerCalls = new Map<string, string[]>();
  /** Per macro, the argument words of the calls in its body (null: a call whose arguments were not read). */
  const macroInnerArgs = new Map<string, (string | null)[]>();
  const innerCalls: RustMacroCall[] = [];
  /** Per macro, the includes its body writes (each expanded at the macro's calls, see expandedIncludes). */
  const macroIncludes = new Map<string, { file: string; include: RustDataInclude }[]>();
  /** Per macro, the impl blocks its body writes (each made at the macro's calls, see expandImpl). */
  const macroImpls = new Map<string, { file: string; module: string; impl: RustImpl }[]>();
  const expandedIncludes: RustExpandedInclude[] = [];
  /** Include macros a `pub use` renames for other modules, by name: the file renaming each, and the macro. */
  const includeExports = new Map<string, { file: string; macro: RustDataInclude['macro'] }[]>();
  for (const file of files) {
    const module = moduleOf.get(file);
    const scan = scans.get(file);
    if (module === undefined || scan === undefined) continue;
    for (const [name, macro] of Object.entries(scan.includeExports ?? {})) {
      let list = includeExports.get(name);
      if (list === undefined) includeExports.set(name, (list = []));
      list.push({ file, macro });
    }
    for (const include of scan.dataIncludes) {
      if (include.inMacro === undefined) continue;
      let list = macroIncludes.get(include.inMacro);
      if (list === undefined) macroIncludes.set(include.inMacro, (list = []));
      list.push({ file, include });
    }
    for (const im of scan.impls ?? []) {
      if (im.macro === undefined) continue;
      let list = macroImpls.get(im.macro);
      if (list === undefined) macroImpls.set(im.macro, (list = []));
      list.push({ file, module, impl: im });
    }
    for (const edge of scan.edges) {
      if (edge.macro === undefined) continue;
      let list = macroEdges.get(edge.macro);
      if (list === undefined) macroEdges.set(edge.macro, (list = []));
      list.push({ file, module, edge });
    }
    for (const call of scan.macroCalls ?? []) {
      if (call.macro === undefined) continue;
      let list = macroInnerCalls.get(call.macro);
      if (list === undefined) macroInnerCalls.set(call.macro, (list = []));
      if (!list.includes(call.name)) list.push(call.name);
      innerCalls.push(call);
    }
  }
  // A std macro's arguments (`format!`, `stringify!`, not read) bind no metavariable of a macro_rules! body, unless the
  // crate defines a macro of that name (which then may be the one called).
  for (const call of innerCalls) {
    if (call.args === undefined && STD_MACROS.has(call.name) && !macroDefiners.has(call.name) && !macroEdges.has(call.name) && !macroInnerCalls.has(call.name)) continue;
    let args = macroInnerArgs.get(call.macro as string);
    if (args === undefined) macroInnerArgs.set(call.macro as string, (args = []));
    if (!args.includes(call.args ?? null)) args.push(call.args ?? null);
  }
  /**
   * The files whose `macro_rules! name` may be in textual scope in `file` (a call by the bare name reaches no other):
   * one defined in the file of an enclosing module, or carried out of a `#[macro_use] mod` (with that module's own
   * #[macro_use] children) declared in `file` or an enclosing module; at a crate root, any of the crate's (a
   * #[macro_export] macro is an item there). Within one module the order of items is not read, so every macro that may
   * be in scope counts; a call after its own file's definition calls that one (see ownDefinitionBefore), and an enclosing module's file
   * that defines it at its top level before the `mod` leading to the caller shadows every module further out.
   */
  /** Whether `file` defines `macro_rules! name` at its top level, in every configuration, on a line before `line`. */
  const definedBefore = (file: string, name: string, line: number): boolean =>
    (scans.get(file)?.items ?? []).some((i) => i.name === `${name}!` && i.scope.length === 0 && i.conditional !== true && i.line < line);
  /**
   * Whether `file`'s own `macro_rules!` of the call's name is the one in textual scope: defined in every configuration,
   * in the call's inline module or one enclosing it, on an earlier line (a call in a macro body expands later: any line).
   */
  const ownDefinitionBefore = (file: string, call: RustMacroCall): boolean =>
    (scans.get(file)?.items ?? []).some((i) => i.name === `${call.name}!` && i.conditional !== true && (call.macro !== undefined || i.line < call.line) && i.scope.every((s, k) => call.scope[k] === s));
  const textualDefiners = (file: string, module: string, name: string): string[] => {
    const definers = macroDefiners.get(name) as string[];
    const found = new Set<string>();
    const carried = (f: string, seen: Set<string>) => {
      if (seen.has(f)) return;
      seen.add(f);
      if (definers.includes(f)) found.add(f);
      for (const child of macroUseChildren.get(f) ?? []) carried(child, seen);
    };
    const seen = new Set<string>([file]);
    for (const child of macroUseChildren.get(file) ?? []) carried(child, seen);
    let below = file;
    let shadowed = false;
    for (let cut = module.lastIndexOf('::'); cut > 0 && !shadowed; cut = module.lastIndexOf('::', cut - 1)) {
      const enclosing = fileOf.get(module.slice(0, cut));
      if (enclosing === undefined || enclosing === below) continue;
      if (definers.includes(enclosing)) found.add(enclosing);
      for (const child of macroUseChildren.get(enclosing) ?? []) carried(child, seen);
      const at = declaredAt.get(below);
      shadowed = at !== undefined && at.parent === enclosing && definedBefore(enclosing, name, at.line);
      below = enclosing;
    }
    if (!shadowed) {
      if (!module.includes('::')) for (const d of definers) if (crateOf(moduleOf.get(d) ?? '') === module) found.add(d);
      // `#[macro_use] extern crate dep;` at the crate root: any of dep's macros.
      const crate = crateOf(module);
      for (const dep of scans.get(fileOf.get(crate) ?? '')?.macroUseCrates ?? []) {
        const key = namesIn(crate).get(dep);
        if (key !== undefined) for (const d of definers) if (crateOf(moduleOf.get(d) ?? '') === key) found.add(d);
      }
    }
    found.delete(file);
    return [...found];
  };
  /**
   * `$m::store::open()` of a macro body (`d`), expanded at `call` in `file`: each path or word of the arguments the
   * expansion was given (`words`; every part of a run of words joined by `::`, as `$m:ident`, `$m:path` or `$m:tt` may
   * take them: the call's matcher is not read) heads the path, read at the call and at the definition as the macro's other paths are. Arguments not read
   * (a std macro's name, a call cut at MAX_ARG_TOKENS) or too many candidates leave the path unknown: unresolved.
   */
  const completeMetaHead = (file: string, base: string[], call: RustMacroCall, d: { file: string; module: string; edge: RustEdge }, words: readonly (string | null)[], reached: Set<string>) => {
    const rest = d.edge.segments.slice(1);
    const heads = headsOf(d.edge.segments[0] as string, words);
    const unknown = words.some((w) => w === null || w.endsWith('…'));
    if (heads === undefined) {
      const key = `${file}\0${call.line}\0${d.edge.path}`;
      if (!macroModules.has(key)) {
        macroModules.add(key);
        unresolved.push({ from: file, line: call.line, column: call.column, written: `${call.name}!: ${d.edge.path}`, why: `calls ${call.name}!, whose body (in ${d.file}) writes ${d.edge.path}, headed by a metavariable the call's arguments complete; ${unknown ? 'the arguments of a call on the way were not read' : `its arguments hold more than ${MAX_META_HEADS} paths`}, so where it leads cannot be known` });
      }
      return;
    }
    for (const head of heads) {
      const segments = [...head.split('::'), ...rest];
      const edge: RustEdge = { ...d.edge, segments, path: segments.join('::'), metaHead: undefined };
      delete edge.metaHead;
      const at = { line: call.line, column: call.column, path: `${call.name}!: ${d.edge.path} (${d.edge.segments[0] as string} = ${head})` };
      resolveEdge(file, [...base, ...call.scope], edge, reached, at);
      resolveEdge(file, [...d.module.split('::'), ...d.edge.scope], edge, reached, at);
    }
  };
  /**
   * An impl block of a macro body (`d`), made by `call` in `file`: it defines its type's methods in the caller's file, its
   * paths read in the caller's module (a macro_rules! body's `super::`, `Thing` are the caller's). A type or trait headed
   * by a metavariable (`impl $t`, `impl Saver for $t`, one impl per argument in a repetition) may be each path of the
   * arguments the expansion was given, taken whole (`$t:ty` of `crate::core::Thing`); arguments not read leave it unknown.
   */
  const expandImpl = (file: string, base: string[], call: RustMacroCall, d: { file: string; module: string; impl: RustImpl }, words: readonly (string | null)[], made: Set<string>) => {
    const current = [...base, ...call.scope];
    const module = joinedModule(current);
    const readings = (segments: readonly string[]): string[][] | undefined => {
      const head = segments[0];
      if (head === undefined || head.charCodeAt(0) !== 36) return [[...segments]];
      const runs = new Set<string>();
      for (const w of words) {
        if (w === null || w.endsWith('…')) return undefined;
        for (const run of w.split(' ')) if (run !== '') runs.add(run);
      }
      // A metavariable of an impl header is a type or a trait. Among several paths of the arguments, one whose last name is
      // in lower case (a function, a module, a method: `saver!(Db, save_db, u32::from)`) names neither, unless it is a
      // primitive type; a lone path is taken whatever its case (rustc only warns of a type named in lower case).
      const typed = [...runs].filter((run) => mayNameAType(run.slice(run.lastIndexOf(':') + 1)));
      return (typed.length > 0 ? typed : [...runs]).map((run) => [...run.split('::'), ...segments.slice(1)]);
    };
    const im = d.impl;
    const selves = readings(im.self);
    const traits = im.trait === undefined ? [] : readings(im.trait);
    // A type argument a metavariable heads (`impl From<$t> for Thing`): each reading may be the one that lets the impl stay.
    const args = im.traitArgs === undefined ? undefined : im.traitArgs.flatMap((a) => readings(a) ?? []);
    if (selves === undefined || traits === undefined) {
      const key = `${file}\0${call.line}\0impl`;
      if (!macroModules.has(key)) {
        macroModules.add(key);
        unresolved.push({ from: file, line: call.line, column: call.column, written: `${call.name}!: impl`, why: `calls ${call.name}!, whose body (in ${d.file}) writes an impl block of a type or trait its arguments name, and the arguments of a call on the way were not read, so whose methods it defines here cannot be known` });
      }
      return;
    }
    for (let c = 0; c < contexts.length; c++) {
      for (const self of selves) {
        const got = implDependent(file, current, self, im.trait === undefined ? undefined : traits, args, contexts[c] as PathContext, resolvers[c] as ItemResolver, im.params);
        if (got === undefined) continue;
        const written = `impl ${im.trait !== undefined ? `${im.trait.join('::')}${im.traitArgs !== undefined ? '<…>' : ''} for ` : ''}${self.length > 0 ? self.join('::') : '…'} at ${file}:${call.line} (made by ${call.name}!, whose body is in ${d.file}), which ${got.what} there`;
        if (made.has(`${got.from.file}\0${written}`)) continue;
        made.add(`${got.from.file}\0${written}`);
        push({ from: got.from.file, to: file, module, kind: 'path', path: written, line: 1, column: 1, ...(got.unless !== undefined ? { unless: got.unless } : {}) }, undefined);
      }
    }
  };
  if (macroEdges.size > 0 || macroDefiners.size > 0 || macroIncludes.size > 0 || includeExports.size > 0) {
    for (const file of files) {
      const module = moduleOf.get(file);
      const scan = scans.get(file);
      if (module === undefined || scan === undefined) continue;
      const base = module.split('::');
      const inScope = new Map<string, string[]>();
      const made = new Set<string>();
      for (const call of withDeferred(scan.macroCalls ?? [], scan.deferred?.calls, reviveCall)) {
        if (call.qualified === undefined && macroDefiners.has(call.name) && !ownDefinitionBefore(file, call)) {
          let definers = inScope.get(call.name);
          if (definers === undefined) inScope.set(call.name, (definers = textualDefiners(file, module, call.name)));
          for (const d of definers) {
            const to = moduleOf.get(d) as string;
            push({ from: file, to: d, module: to, kind: 'path', path: `${call.name}! (macro_rules! ${call.name} of ${to}, in textual scope)`, line: call.line, column: call.column }, undefined);
          }
        }
        // A call by the name another module's `pub use std::include_str as grab;` gives: that include, read from here
        // (one of this file's own renames is read where it stands; another macro of the name: more edges, never fewer).
        // An unqualified include!/include_str!/include_bytes! is the built-in, read where it stands.
        const builtinName = call.qualified === undefined && (call.name === 'include' || call.name === 'include_str' || call.name === 'include_bytes');
        for (const x of builtinName ? [] : (includeExports.get(call.name) ?? [])) {
          if (x.file === file) continue;
          const include: RustDataInclude = call.literal !== undefined ? { ...call.literal, macro: x.macro, line: call.line, column: call.column } : { path: `${call.name}!(…)`, macro: x.macro, computed: true, line: call.line, column: call.column };
          expandedIncludes.push({ from: file, line: call.line, column: call.column, call: call.name, definer: x.file, include, renamed: true });
        }
        if (call.macro !== undefined) continue; // expanded where its own macro is called
        const reached = new Set<string>();
        const names = [call.name];
        const seen = new Set<string>(names);
        // The words a metavariable heading a path may take: the call's arguments and those of the calls the expansion makes.
        const words: (string | null)[] = [call.args ?? null];
        for (let k = 0; k < names.length && k < 64; k++) {
          const name = names[k] as string;
          for (const d of macroImpls.get(name) ?? []) expandImpl(file, base, call, d, words, made);
          for (const d of macroIncludes.get(name) ?? []) {
            if (d.file !== file) expandedIncludes.push({ from: file, line: call.line, column: call.column, call: call.name, definer: d.file, include: d.include });
          }
          for (const d of macroEdges.get(name) ?? []) {
            if (d.edge.metaHead === true) {
              completeMetaHead(file, base, call, d, words, reached);
              continue;
            }
            if (d.file === file) continue; // a local macro's paths are already this file's edges
            const at = { line: call.line, column: call.column, path: `${call.name}!: ${d.edge.path}` };
            if (d.edge.kind === 'mod') {
              // The expansion declares a module here, whose file is found from this file's directory: not one the scan read.
              const key = `${file}\0${call.line}\0${d.edge.path}`;
              if (!macroModules.has(key)) {
                macroModules.add(key);
                unresolved.push({ from: file, line: call.line, column: call.column, written: at.path, why: `calls ${call.name}!, whose body (in ${d.file}) declares mod ${d.edge.segments[1] as string}; a module a macro declares at its caller is not read, so its code cannot be scanned` });
              }
              continue;
            }
            resolveEdge(file, [...base, ...call.scope], d.edge, reached, at);
            resolveEdge(file, [...d.module.split('::'), ...d.edge.scope], d.edge, reached, at);
          }
          for (const w of macroInnerArgs.get(name) ?? []) if (!words.includes(w)) words.push(w);
          if (k < 8) for (const inner of macroInnerCalls.get(name) ?? []) {
            // `$m!()`: each word of the arguments may name the macro called.
            const meta = inner.charCodeAt(0) === 36;
            if (meta && words.includes(null)) unresolved.push({ from: file, line: call.line, column: call.column, written: `${call.name}!: ${inner}!`, why: `calls ${call.name}!, whose expansion calls a macro its caller names (${inner}!), and the arguments of a call on the way were not read` });
            for (const n of meta ? words.flatMap((w) => (w === null ? [] : w.split(/ |::/))) : [inner]) if (!seen.has(n)) {
              seen.add(n);
              names.push(n);
            }
          }
        }
      }
    }
  }
  return { moduleOf, fileOf, edges, edgeCount, outside, unresolved, expandedIncludes };
}

interface UseBinding {
  segments: string[];
  /** The module the `use` is written in. */
  at: string[];
  kind: 'use';
  public?: boolean;
}

/** A module with more item names than this gets an index; below, a look-up searches the lists (fewer bytes than a set). */
const INDEXED_ITEMS = 256;

/**
 * A module's item names: lists shared with the scans where a whole list is the module's, searched in place, so the
 * tree's items are not held twice while the crate is resolved; a set only for a module with many.
 */
class ItemNames {
  private readonly lists: (readonly string[] | DeferredList)[] = [];
  private own: string[] | undefined;
  private count = 0;
  private index: Set<string> | undefined;

  addDeferred(names: DeferredList): void {
    this.lists.push(names);
    this.count += names.count;
    this.index = undefined;
  }

  add(name: string): void {
    if (this.own === undefined) this.lists.push((this.own = []));
    this.own.push(name);
    this.count++;
    this.index?.add(name);
  }

  has(name: string): boolean {
    if (this.count > INDEXED_ITEMS) {
      this.index ??= new Set(this);
      return this.index.has(name);
    }
    for (const list of this.lists) {
      if (Array.isArray(list)) {
        if (list.includes(name)) return true;
      } else {
        const { arena, start, count } = list as DeferredList;
        for (let k = start; k < start + count; k++) if (arena.text(k) === name) return true;
      }
    }
    return false;
  }

  *[Symbol.iterator](): Generator<string> {
    for (const list of this.lists) {
      if (Array.isArray(list)) yield* list as readonly string[];
      else for (let k = 0; k < (list as DeferredList).count; k++) yield (list as DeferredList).arena.text((list as DeferredList).start + k);
    }
  }
}

interface ModuleInfo {
  file: string;
  items: ItemNames;
  bindings: Map<string, UseBinding>;
  globs: UseBinding[];
  aliases: Map<string, UseBinding>;
  /** `use path as _;`: no name, but a glob import of the module brings the item (a trait's methods) into scope. */
  anonymous: UseBinding[];
}

interface PathContext {
  fileOf: ReadonlyMap<string, string>;
  /** The most `::` segments of any module path in fileOf. */
  depth: number;
  /** The crate names a crate can write, each to the crate key it leads into. */
  names: (crate: string) => ReadonlyMap<string, string>;
  edition2015: boolean;
}

/**
 * A re-export chain is followed to its end, each path once (a cycle ends where it closes). A chain still
 * growing after this many hops can only be a path that lengthens at every hop (a recursive type alias,
 * which rustc rejects); it stops there.
 */
const MAX_REEXPORT_HOPS = 4096;

type ItemTarget = { file: string; module: string };

/**
 * `crate::a::Item` where `a` does not define `Item` but re-exports it (`pub use b::Item;`, a glob
 * `pub use b::*;` from a module that has it, or `pub type Item = b::T;`) resolves to the module that
 * does: a banned dependency must not hide behind a re-export in a deferred or foreign module. A chain of
 * any length is followed (one cut at a fixed hop count left the edge at a re-exporting module and hid
 * the file behind it); every path on a chain is resolved once and remembered, so each chain is walked
 * once however many paths lead into it, and without recursion.
 */
class ItemResolver {
  /** Path → where it resolves (null: nowhere). */
  private readonly resolved = new Map<string, ItemTarget | null>();
  /** Module → what a glob import of it reaches (every glob import of a module asks the same). */
  private readonly reexports = new Map<string, ItemTarget[]>();
  /** Name → the modules that have it, themselves or through their glob imports (see defines). */
  private readonly definedBy = new Map<string, Set<string>>();
  /** Name → the modules that define it, bind it by `use` or have a child module of that name. */
  private owners: Map<string, string[]> | undefined;
  /** Module → the modules that glob-import it. */
  private globbedBy: Map<string, string[]> | undefined;
  /** Module → the modules its glob imports read from. */
  private readonly sources = new Map<string, string[][]>();

  constructor(
    private readonly context: PathContext,
    private readonly infos: ReadonlyMap<string, ModuleInfo>,
  ) {}

  resolve(absolute: readonly string[]): ItemTarget | undefined {
    const chain: string[] = [];
    const onChain = new Set<string>();
    const stepped = new Set<string>();
    let current = absolute;
    let reached: ItemTarget | undefined;
    let result: ItemTarget | undefined;
    for (let hop = 0; ; hop++) {
      const key = current.join('::');
      const known = this.resolved.get(key);
      if (known !== undefined) {
        result = known ?? reached;
        break;
      }
      const target = longestPrefix(current, this.context);
      // A hop that names no module falls back to the module reached before it.
      if (target === undefined || onChain.has(key) || hop >= MAX_REEXPORT_HOPS) {
        result = target ?? reached;
        break;
      }
      chain.push(key);
      onChain.add(key);
      reached = target;
      const k = target.module.split('::').length;
      const name = current[k];
      if (name !== undefined) {
        // The same name asked of the same module again, on a longer path: a chain that lengthens at every
        // lap (`use crate::k::b as k;`), which rustc rejects. Walking it to the hop limit cost a path of
        // thousands of segments per hop; it ends here, at the module reached, as at the limit.
        const asked = `${target.module}\0${name}`;
        if (stepped.has(asked)) {
          result = target;
          break;
        }
        stepped.add(asked);
      }
      const next = name === undefined ? undefined : this.step(target.module, name, current.slice(k + 1));
      if (next === undefined) {
        result = target;
        break;
      }
      current = next;
    }
    for (const key of chain) this.resolved.set(key, result ?? null);
    return result;
  }

  /**
   * Every module a glob import of `module` reaches through its re-exports (bindings, `as _` imports, type aliases and
   * globs), transitively: the public ones, and the private ones of each module `viewer` (the importing scope) lies in —
   * a private `use` is visible in its module and below, so `use super::*;` takes the parent's private imports too.
   */
  reexportedBy(module: string, viewer?: string): ItemTarget[] {
    const within = (m: string) => viewer !== undefined && (viewer === m || viewer.startsWith(`${m}::`));
    const key = viewer === undefined ? module : `${module}\0${viewer}`;
    let known = this.reexports.get(key);
    if (known === undefined) {
      known = this.reexportsOf(module, within);
      this.reexports.set(key, known);
    }
    return known;
  }

  private reexportsOf(module: string, sees: (m: string) => boolean): ItemTarget[] {
    const out = new Map<string, ItemTarget>();
    const seen = new Set<string>([module]);
    const stack = [module];
    for (let m = stack.pop(); m !== undefined; m = stack.pop()) {
      const info = this.infos.get(m);
      if (info === undefined) continue;
      const visible = (b: UseBinding) => b.public === true || sees(m as string);
      for (const b of [...[...info.bindings.values()].filter(visible), ...info.anonymous.filter(visible), ...info.aliases.values()]) {
        const absolute = absoluteSegments(b.segments, b.at, this.context, b.kind);
        const target = absolute === undefined ? undefined : this.resolve(absolute);
        if (target !== undefined) out.set(target.file, target);
      }
      for (const g of info.globs) {
        if (!visible(g)) continue;
        const source = absoluteSegments(g.segments, g.at, this.context, g.kind);
        const target = source === undefined ? undefined : this.resolve(source);
        if (target === undefined) continue;
        out.set(target.file, target);
        if (!seen.has(target.module)) {
          seen.add(target.module);
          stack.push(target.module);
        }
      }
    }
    return [...out.values()];
  }

  /** The next path of the chain when `module` only re-exports `name`; undefined when the chain ends at `module`. */
  private step(module: string, name: string, rest: readonly string[]): string[] | undefined {
    const info = this.infos.get(module);
    if (info === undefined) return undefined;
    const alias = info.aliases.get(name);
    if (alias !== undefined) {
      const absolute = absoluteSegments(alias.segments, alias.at, this.context, alias.kind);
      return absolute === undefined ? undefined : [...absolute, ...rest];
    }
    if (info.items.has(name)) return undefined;
    const binding = info.bindings.get(name);
    if (binding !== undefined) {
      const absolute = absoluteSegments(binding.segments, binding.at, this.context, binding.kind);
      return absolute === undefined ? undefined : [...absolute, ...rest];
    }
    for (const source of this.globSources(module)) if (this.defines(source.join('::'), name)) return [...source, name, ...rest];
    return undefined;
  }

  /**
   * Whether `module` has `name`, itself or through its glob imports, to any depth. Computed once per name
   * for every module, backwards over the glob edges from the modules that have it (each edge once): a
   * search per module and name re-walked the whole glob graph for each (and, branching at every hop, once
   * hung the scan on a module that globbed itself four times).
   */
  private defines(module: string, name: string): boolean {
    let set = this.definedBy.get(name);
    if (set === undefined) {
      set = this.globClosure(name);
      this.definedBy.set(name, set);
    }
    return set.has(module);
  }

  private globClosure(name: string): Set<string> {
    if (this.owners === undefined) {
      this.owners = new Map();
      this.globbedBy = new Map();
      const add = (map: Map<string, string[]>, key: string, value: string) => {
        const list = map.get(key);
        if (list === undefined) map.set(key, [value]);
        else list.push(value);
      };
      for (const [m, info] of this.infos) {
        for (const n of info.items) add(this.owners, n, m);
        for (const n of info.bindings.keys()) add(this.owners, n, m);
        for (const source of this.globSources(m)) add(this.globbedBy, source.join('::'), m);
      }
      for (const child of this.context.fileOf.keys()) {
        const cut = child.lastIndexOf('::');
        if (cut > 0) add(this.owners, child.slice(cut + 2), child.slice(0, cut));
      }
    }
    const out = new Set(this.owners.get(name) ?? []);
    const queue = [...out];
    for (let i = 0; i < queue.length; i++) {
      for (const by of this.globbedBy?.get(queue[i] as string) ?? []) {
        if (out.has(by)) continue;
        out.add(by);
        queue.push(by);
      }
    }
    return out;
  }

  /** The modules `module`'s glob imports read from, as absolute segments (each glob resolved once). */
  private globSources(module: string): string[][] {
    let known = this.sources.get(module);
    if (known === undefined) {
      known = [];
      // Set first: resolving a source may ask this module's sources again (globs of each other through re-exports).
      this.sources.set(module, known);
      for (const g of this.infos.get(module)?.globs ?? []) {
        const source = absoluteSegments(g.segments, g.at, this.context, g.kind);
        if (source === undefined) continue;
        known.push(source);
        // `pub use crate::backend::*;` where `backend` is itself a re-export (`pub use crate::store as backend;`): the module it names.
        const target = this.resolve(source);
        if (target !== undefined && target.module !== source.join('::') && target.module !== module) known.push(target.module.split('::'));
      }
    }
    return known;
  }
}

/** Scan every file and resolve: the convenience form of resolveRustCrate. */
export function resolveRustModules(files: ReadonlyMap<string, string>, crateRootOrOptions: string | RustCrateOptions = 'src'): RustCrateModel {
  return resolveRustCrate(new Map([...files].map(([path, text]) => [path, scanRust(text)])), crateRootOrOptions);
}

/** A path as absolute segments starting with a crate key (`crate`, `crate[bin x]`), or undefined when it leaves the package. */
function absoluteSegments(segs: readonly string[], current: readonly string[], context: PathContext, kind: RustEdgeKind | 'use'): string[] | undefined {
  const head = segs[0];
  const crate = current[0] as string;
  if (head === undefined) return undefined;
  if (head === '') {
    // `::name`: an extern crate (2018+); the crate root in 2015.
    if (context.edition2015 && segs[1] !== undefined && context.fileOf.has(`${crate}::${segs[1]}`)) return [crate, ...segs.slice(1)];
    const into = segs[1] === undefined ? undefined : context.names(crate).get(segs[1]);
    if (into !== undefined) return [into, ...segs.slice(2)];
    return undefined;
  }
  if (head === 'crate') return withHead(crate, segs);
  if (head === 'self' || head === 'super') {
    let kept = current.length;
    let k = head === 'self' ? 1 : 0;
    while (segs[k] === 'super') {
      if (kept <= 1) return undefined; // above the crate root
      kept--;
      k++;
    }
    return current.slice(0, kept).concat(k === 0 ? segs : segs.slice(k));
  }
  // 2015: `use a::b` is read from the crate root, always (a child module of the same name does not count).
  if (context.edition2015 && kind === 'use' && context.fileOf.has(`${crate}::${head}`)) return [crate, ...segs];
  // Uniform paths (2018+), and paths in code in any edition: `child::item` where `child` is a module of the current scope.
  if (context.fileOf.has(current.length === 0 ? head : `${joinedModule(current)}::${head}`)) return current.concat(segs);
  // The library's own name, from any target (or from itself through `extern crate self as name`); a path dependency's.
  const into = context.names(crate).get(head);
  if (into !== undefined) return withHead(into, segs);
  return undefined;
}

/** `segs` with its first segment replaced by `head`, in one array of its length (paths are resolved by the thousand). */
function withHead(head: string, segs: readonly string[]): string[] {
  const out = segs.slice();
  out[0] = head;
  return out;
}

/**
 * The last module path joined, and the segments it was joined from: a file's paths are resolved in a row from the same
 * segments (often in a new array each: the file's module and an edge's scope), so they are compared, not the arrays.
 */
let joinedFrom: readonly string[] = [];
let joined = '';
function joinedModule(current: readonly string[]): string {
  if (!sameSegments(current, joinedFrom)) {
    joined = current.join('::');
    joinedFrom = current;
  }
  return joined;
}

function sameSegments(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** The longest prefix of `segments` that is a module; no module has more than `context.depth` segments, so a long path costs no more than a short one. */
const PRIMITIVE_TYPES: ReadonlySet<string> = new Set(['bool', 'char', 'str', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'f16', 'f32', 'f64', 'f128']);
/** Whether a path's last name may be a type's or a trait's: not one in lower case (a function's, a module's) but a primitive's. */
const mayNameAType = (name: string): boolean => !/^[a-z_]/u.test(name) || PRIMITIVE_TYPES.has(name);

function longestPrefix(segments: readonly string[], context: PathContext): { file: string; module: string } | undefined {
  for (let k = Math.min(segments.length, context.depth); k >= 1; k--) {
    const module = segments.slice(0, k).join('::');
    const file = context.fileOf.get(module);
    if (file !== undefined) return { file, module };
  }
  return undefined;
}

/**
 * The value of a Rust `"…"` literal's body: `\n \r \t \\ \0 \' \"`, `\x41`, `\u{…}`, and a backslash before a
 * line end, which drops the line end and the whitespace after it. An escape rustc refuses is kept as written.
 */
export function unescapeRustString(body: string): string {
  if (!body.includes('\\')) return body;
  return body.replace(/\\(?:([nrt0\\'"])|x([0-7][0-9a-fA-F])|u\{([0-9a-fA-F_]{1,8})\}|\r?\n[ \t\n\r]*)/g, (all, simple?: string, hex?: string, uni?: string) => {
    if (simple !== undefined) return SIMPLE_ESCAPES[simple] ?? all;
    if (hex !== undefined) return String.fromCharCode(parseInt(hex, 16));
    if (uni !== undefined) {
      const cp = parseInt(uni.replace(/_/g, ''), 16);
      return cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : all;
    }
    return '';
  });
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '0': '\0', '\\': '\\', "'": "'", '"': '"' };
