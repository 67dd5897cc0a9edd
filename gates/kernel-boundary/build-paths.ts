/**
 * kernel_boundary: the files a build script reads or copies by a path it builds from pieces (`Path::new("src").join("x.rs")`,
 * `concat!("src/", "x.rs")`, `format!("src/{}.rs", "x")`, a `PathBuf` it pushes onto, a name bound to any of those). A
 * build script's file operations (`fs::copy`, `fs::read_to_string`, `File::open`, a link, a rename, a computed
 * `include_str!`) are where the checkout's code can reach OUT_DIR; rustFilesNamedBy sees a path only when one literal names
 * it whole. Each source path is evaluated here as far as its pieces are literals (or the package directory, which is the
 * script's working directory); a source the reader cannot evaluate (a parameter, a loop's entry, a helper's result) is
 * reported as such, so an include of OUT_DIR is not read as build output alone (fail closed: unresolved_import).
 */
import { posix } from 'node:path';
import { lexBuildScript, pairs, STREAM_REDIRECTS, type Token } from './build-script.js';

/** What a build script's file operations read: paths evaluated from their pieces, and the sources that could not be. */
export interface ScriptSources {
  /** Paths as written from the package directory (the build script's working directory), `..` left as written. */
  paths: string[];
  /** Source expressions the reader could not evaluate, as written (shortened). */
  unknown: string[];
}

/** `fs::NAME(source, …)`: std's operations that read a file or put it somewhere else. */
const FS_SOURCES = new Set(['copy', 'hard_link', 'read', 'read_to_string', 'rename', 'soft_link', 'symlink', 'symlink_file', 'canonicalize']);
/** Methods that hand their receiver's path on unchanged. */
const IDENTITY_METHODS = new Set(['unwrap', 'expect', 'as_path', 'as_ref', 'to_path_buf', 'to_owned', 'to_string', 'into', 'clone', 'as_str', 'as_os_str', 'display', 'to_str', 'to_string_lossy', 'borrow', 'into_os_string', 'into_string', 'unwrap_or_default']);
/** Constructors of a path or string from one argument (`Path::new`, `PathBuf::from`, `String::from`). */
const PATH_TYPES = new Set(['Path', 'PathBuf', 'String', 'OsStr', 'OsString', 'str']);
/** Methods that change a bound path or string in place, other than `push`/`push_str`: its value is then unknown. */
const MUTATORS = new Set(['pop', 'set_extension', 'set_file_name', 'extend', 'insert_str', 'clear', 'truncate', 'as_mut_os_string', 'replace_range']);
/** The package directory (CARGO_MANIFEST_DIR, the working directory) and OUT_DIR, as the first character of a value. */
const PACKAGE = '\u0000';
const OUT = '\u0001';
const MAX_DEPTH = 8;
const RUST_FILE = /\.rs(?:\.\w+)?$/;

/** The sources of a build script's file operations (see the module comment). A text that cannot be lexed has none read here. */
export function sourcesReadBy(text: string): ScriptSources {
  // Cheap test first: a script with no file operation reads nothing.
  if (!(text.includes('fs') || text.includes('File') || text.includes('OpenOptions') || text.includes('include') || text.includes('cop') || text.includes('cpy') || text.includes('Command'))) return { paths: [], unknown: [] };
  const tokens = lexBuildScript(text);
  const groups = tokens === undefined ? undefined : pairs(tokens);
  if (tokens === undefined || groups === undefined) return { paths: [], unknown: [] };
  return new PathEvaluator(tokens, groups.partner, groups.parent).sources();
}

class PathEvaluator {
  constructor(
    private readonly t: readonly Token[],
    private readonly partner: Int32Array,
    private readonly parent: Int32Array,
  ) {}

  /**
   * Every path the script builds from pieces that names a Rust file (an argument of any call, a `let` binding's value):
   * like a literal naming one, it may reach a copy through a helper's parameter or a loop. A file operation's source
   * the reader cannot evaluate is unknown, unless it is a bare name the script never binds (a parameter, a loop's or a
   * macro's variable), whose values are those arguments and lists, read here too; a directory listing (`read_dir`,
   * `WalkDir`, `glob`) may hand any file of the checkout to a copy: unknown as well, in a script that has a file
   * operation to hand it to (one that only lists `.proto` files for a code generator copies nothing).
   */
  sources(): ScriptSources {
    const out: ScriptSources = { paths: [], unknown: [] };
    const unknown = (from: number, to: number): void => {
      if (out.unknown.length < 8) out.unknown.push(this.shown(from, to));
    };
    const listings: [number, number][] = [];
    let fileOperations = false;
    for (let i = 0; i < this.t.length; i++) {
      const listing = this.listingAt(i);
      if (listing !== undefined) listings.push([i, listing]);
      const open = this.sourceCallAt(i);
      if (open !== undefined) {
        fileOperations = true;
        const end = this.argumentEnd(open + 1, this.partnerOf(open));
        const values = end > open + 1 ? this.evaluate(open + 1, end, 0, open) : [];
        if (values === undefined && !this.unboundName(open + 1, end)) unknown(open + 1, end);
        for (const value of values ?? []) this.keep(value, out);
      }
      if (this.is(i, 'punct', '(') && !this.printedForCargo(i)) for (const [from, to] of this.argumentsOf(i)) this.take(from, to, i, out);
      // An array's or vec!'s element (`for p in [Path::new("src").join("x.rs")]`) and a block's value (a helper's
      // return, an `if`/`match` arm, a struct literal's field) reach a copy through a loop's or a parameter's name too.
      if (this.is(i, 'punct', '[')) for (const [from, to] of this.argumentsOf(i)) this.take(from, to, i, out);
      if (this.is(i, 'punct', '{')) this.takeBlockValues(i, out);
      if (this.is(i, 'ident', 'let')) {
        let eq = i + 1;
        while (eq < this.t.length && !this.is(eq, 'punct', '=') && !this.is(eq, 'punct', ';')) eq = (OPENING.has(this.t[eq]?.value ?? '') ? this.partnerOf(eq) : eq) + 1;
        if (!this.is(eq, 'punct', '=')) continue;
        let end = eq + 1;
        while (end < this.t.length && !this.is(end, 'punct', ';')) end = (OPENING.has(this.t[end]?.value ?? '') ? this.partnerOf(end) : end) + 1;
        this.take(eq + 1, end, eq, out);
      }
    }
    if (fileOperations) for (const [from, to] of listings) unknown(from, to);
    for (const [from, to] of this.directoryCopies()) unknown(from, to);
    out.paths = [...new Set(out.paths)];
    return out;
  }

  /**
   * Values only printed for cargo are watched, not copied (`cargo:rerun-if-changed={}`): a name bound by `let` in
   * [from, to) used at least once and only inside such a print, or as the list of a `for` loop whose variables are
   * only printed (a string's inline `{name}` outside a print is a use too). Anything else, a file operation included,
   * may copy it.
   */
  private nameOnlyPrinted(name: string, from: number, to: number, depth: number): boolean {
    if (depth > 3) return false;
    let used = false;
    for (const u of this.uses(name)) {
      if (u < from || u >= to || this.is(u - 1, 'punct', '.') || this.is(u - 1, 'punct', '::')) continue;
      used = true;
      if (this.insidePrint(u)) continue;
      const loop = this.loopOver(u, u + 1);
      if (loop === undefined || !this.patternOnlyPrinted(loop, depth + 1)) return false;
    }
    const capture = new RegExp(`\\{${name}[:}]`);
    for (let k = from; k < to; k++) {
      if (this.t[k]?.kind !== 'string' || !capture.test(this.t[k]?.value ?? '')) continue;
      if (!this.insidePrint(k)) return false;
      used = true;
    }
    return used;
  }

  /** `for PATTERN in [&]LIST[.iter()…] {` with LIST at [from, to): the pattern and the loop's body. */
  private loopOver(from: number, to: number): { pattern: [number, number]; body: [number, number] } | undefined {
    let k = to;
    while (this.is(k, 'punct', '.') && LOOP_METHODS.has(this.t[k + 1]?.value ?? '') && this.is(k + 2, 'punct', '(') && this.is(k + 3, 'punct', ')')) k += 4;
    if (!this.is(k, 'punct', '{')) return undefined;
    const inAt = this.is(from - 1, 'punct', '&') ? from - 2 : from - 1;
    if (!this.is(inAt, 'ident', 'in')) return undefined;
    let f = inAt - 1;
    while (f >= 0 && !this.is(f, 'ident', 'for') && !this.is(f, 'punct', ';') && !this.is(f, 'punct', '{')) f = (this.is(f, 'punct', ')') ? this.partnerOf(f) : f) - 1;
    return this.is(f, 'ident', 'for') ? { pattern: [f + 1, inAt], body: [k, this.partnerOf(k)] } : undefined;
  }

  /** Every name a `for` pattern binds is only printed in the loop's body (a pattern binding none: false). */
  private patternOnlyPrinted({ pattern, body }: { pattern: [number, number]; body: [number, number] }, depth: number): boolean {
    let names = 0;
    for (let k = pattern[0]; k < pattern[1]; k++) {
      const w = this.t[k]?.value ?? '';
      if (!this.is(k, 'ident') || w === '_' || PATTERN_WORDS.has(w) || this.is(k + 1, 'punct', '(')) continue;
      names++;
      if (!this.nameOnlyPrinted(w, body[0], body[1], depth)) return false;
    }
    return names > 0;
  }

  /** The array (or `vec![…]`) opened at `open` is a `for` loop's list or a `let`'s value, only printed for cargo. */
  private arrayOnlyPrinted(open: number): boolean {
    const start = this.is(open - 1, 'punct', '!') && this.is(open - 2, 'ident', 'vec') ? open - 2 : open;
    const loop = this.loopOver(start, this.partnerOf(open) + 1);
    if (loop !== undefined) return this.patternOnlyPrinted(loop, 0);
    const name = start - 2;
    if (!this.is(start - 1, 'punct', '=') || !this.is(name, 'ident') || !(this.is(name - 1, 'ident', 'let') || (this.is(name - 1, 'ident', 'mut') && this.is(name - 2, 'ident', 'let')))) return false;
    const end = this.partnerOf(open) + 1;
    return this.is(end, 'punct', ';') && this.nameOnlyPrinted((this.t[name] as Token).value, end, this.scopeEnd(name), 0);
  }

  /** Argument n of the call opened at `open` is a parameter of a `fn` of the script that only prints it for cargo. */
  private parameterOnlyPrinted(open: number, n: number): boolean {
    const callee = this.t[open - 1];
    if (callee?.kind !== 'ident' || this.is(open - 2, 'punct', '.') || this.is(open - 2, 'punct', '::')) return false;
    const definitions = this.uses(callee.value).filter((k) => this.is(k - 1, 'ident', 'fn') && this.is(k + 1, 'punct', '('));
    if (definitions.length !== 1) return false;
    const params = (definitions[0] as number) + 1;
    const param = this.argumentsOf(params)[n];
    const body = this.groupAfter(this.partnerOf(params) + 1, this.t.length);
    if (param === undefined || body < 0) return false;
    const name = this.is(param[0], 'ident', 'mut') ? param[0] + 1 : param[0];
    return this.is(name, 'ident') && this.is(name + 1, 'punct', ':') && this.nameOnlyPrinted((this.t[name] as Token).value, body, this.partnerOf(body), 0);
  }

  private printedRegions: [number, number][] | undefined;
  /**
   * The token ranges whose values are only printed for cargo (each part of them too: a call argument or a block
   * inside an array's element is not taken on its own): arrays and `vec!`s (arrayOnlyPrinted), `let` values
   * (nameOnlyPrinted) and arguments of the script's helpers (parameterOnlyPrinted). Found once per script, and only
   * in a script that prints for cargo.
   */
  private onlyPrinted(): [number, number][] {
    if (this.printedRegions !== undefined) return this.printedRegions;
    const out: [number, number][] = [];
    this.printedRegions = out;
    this.insidePrint(0);
    if ((this.prints as [number, number][]).length === 0) return out;
    for (let i = 0; i < this.t.length; i++) {
      if (this.is(i, 'punct', '[') && this.arrayOnlyPrinted(i)) out.push([i, this.partnerOf(i)]);
      if (this.is(i, 'punct', '(') && !this.printedForCargo(i)) this.argumentsOf(i).forEach(([from, to], n) => { if (this.parameterOnlyPrinted(i, n)) out.push([from, to]); });
      const name = this.is(i + 1, 'ident', 'mut') ? i + 2 : i + 1;
      if (!this.is(i, 'ident', 'let') || !this.is(name, 'ident') || !this.is(name + 1, 'punct', '=')) continue;
      let end = name + 2;
      while (end < this.t.length && !this.is(end, 'punct', ';')) end = (OPENING.has(this.t[end]?.value ?? '') ? this.partnerOf(end) : end) + 1;
      if (this.nameOnlyPrinted((this.t[name] as Token).value, end, this.scopeEnd(i), 0)) out.push([name + 2, end]);
    }
    return out;
  }

  private prints: [number, number][] | undefined;
  /** Token k sits inside a `println!`/`print!` of a `cargo:` instruction (printedForCargo). */
  private insidePrint(k: number): boolean {
    if (this.prints === undefined) {
      this.prints = [];
      for (let i = 0; i < this.t.length; i++) if (this.is(i, 'punct', '(') && this.printedForCargo(i) && this.plainPrint(i)) this.prints.push([i, this.partnerOf(i)]);
    }
    return this.prints.some(([a, b]) => a < k && k < b);
  }

  /**
   * A print whose arguments hold no block, no file operation and no call of the script's own code, which may copy what it
   * is handed: a `fn`, a name a `let`, `const` or `static` binds (a closure, a function pointer), a `macro_rules!` macro.
   */
  private plainPrint(open: number): boolean {
    for (let k = open + 1; k < this.partnerOf(open); k++) {
      if (this.is(k, 'punct', '{') || this.sourceCallAt(k) !== undefined) return false;
      if (!this.is(k, 'ident')) continue;
      const uses = this.uses(this.t[k]?.value ?? '');
      if (this.is(k + 1, 'punct', '(') && uses.some((u) => this.is(u - 1, 'ident', 'fn') || this.boundAt(u))) return false;
      if (this.is(k + 1, 'punct', '!') && uses.some((u) => this.is(u - 1, 'punct', '!') && this.is(u - 2, 'ident', 'macro_rules'))) return false;
    }
    return true;
  }

  /** Token u is the name a `let` (`let mut`), `const` or `static` binds. */
  private boundAt(u: number): boolean {
    const keyword = this.is(u - 1, 'ident', 'mut') ? u - 2 : u - 1;
    return this.is(keyword, 'ident', 'let') || this.is(keyword, 'ident', 'const') || this.is(keyword, 'ident', 'static');
  }

  /** The end of the group a `let` at k binds in (its block's closing bracket; the script's end at the top). */
  private scopeEnd(k: number): number {
    const open = this.parent[k] ?? -1;
    return open < 0 ? this.t.length : this.partnerOf(open);
  }

  /** A block's tail value, its struct-literal fields (`p: …`) and its match arms' values (`… => …`), each taken. */
  private takeBlockValues(open: number, out: ScriptSources): void {
    const close = this.partnerOf(open);
    let tail = open + 1;
    for (let k = open + 1; k < close; k = (OPENING.has(this.t[k]?.value ?? '') ? this.partnerOf(k) : k) + 1) if (this.is(k, 'punct', ';')) tail = k + 1;
    this.take(tail, close, open, out);
    for (const [from, to] of this.argumentsOf(open)) {
      if (this.is(from, 'ident') && this.is(from + 1, 'punct', ':')) this.take(from + 2, to, open, out);
      for (let k = from; k < to - 1; k = (OPENING.has(this.t[k]?.value ?? '') ? this.partnerOf(k) : k) + 1) {
        if (this.is(k, 'punct', '=') && this.is(k + 1, 'punct', '>')) { this.take(k + 2, to, open, out); break; }
      }
    }
  }

  /**
   * Copies of whole directories the reader cannot list: a crate that copies a tree (`fs_extra::dir::copy("src", out,
   * …)`, `copy_dir::copy_dir`, `dircpy`; named anywhere, a `use` too) or a copying command (`Command::new("cp").args(["-r", "src", &out])`). What
   * they put in OUT_DIR may be any file of the checkout: each is unknown.
   */
  private directoryCopies(): [number, number][] {
    const out: [number, number][] = [];
    for (let i = 0; i < this.t.length && out.length < 8; i++) {
      const tok = this.t[i] as Token;
      if (tok.kind !== 'ident') continue;
      // Brought in by `use fs_extra::dir;` the crate's functions are called by other names: its naming alone counts.
      if (COPYING_CRATES.has(tok.value) && !this.is(i - 1, 'punct', '::') && !this.is(i - 1, 'ident', 'fn') && !this.is(i - 1, 'punct', '.')) {
        let end = i + 1;
        while (this.is(end, 'punct', '::') && this.is(end + 1, 'ident')) end += 2;
        out.push([i, this.is(end, 'punct', '(') ? this.partnerOf(end) + 1 : end]);
      }
      if (tok.value === 'new' && this.is(i - 1, 'punct', '::') && this.is(i - 2, 'ident', 'Command') && this.is(i + 1, 'punct', '(')) {
        const program = this.t[i + 2];
        const name = program?.kind === 'string' ? program.value.replace(/^.*[\\/]/, '').replace(/\.exe$/i, '').toLowerCase() : '';
        if (COPYING_COMMANDS.has(name)) out.push([i - 2, this.partnerOf(i + 1) + 1]);
      }
    }
    return out;
  }

  /** The value of [from, to) when it is a path of the checkout naming a Rust file (or a Rust template): into `out.paths`. */
  private take(from: number, to: number, at: number, out: ScriptSources): void {
    // A lone literal is rustFilesNamedBy's; a name alone is read where a file operation uses it.
    while (from < to && (this.is(from, 'punct', '&') || this.is(from, 'ident', 'mut'))) from++;
    if (to - from <= 1 || this.onlyPrinted().some(([a, b]) => a <= from && to <= b)) return;
    for (const value of this.evaluate(from, to, 0, at) ?? []) this.keep(value, out);
  }

  private keep(value: string, out: ScriptSources): void {
    if (value.startsWith(OUT) || value.includes(PACKAGE, 1) || value.includes(OUT) || !RUST_FILE.test(value)) return;
    out.paths.push(posix.normalize(value.startsWith(PACKAGE) ? value.slice(1).replace(/^\/+/, '') : value));
  }

  private occurrences: Map<string, number[]> | undefined;
  /** Where each identifier stands, listed once per script: bindings and uses are found without a pass per name. */
  private uses(name: string): readonly number[] {
    if (this.occurrences === undefined) {
      this.occurrences = new Map();
      this.t.forEach((tok, k) => {
        if (tok.kind !== 'ident') return;
        const list = this.occurrences?.get(tok.value);
        if (list === undefined) this.occurrences?.set(tok.value, [k]);
        else list.push(k);
      });
    }
    return this.occurrences.get(name) ?? [];
  }

  /**
   * `[from, to)` is one name (`p`, `&p`, `$p`, `p?`) no `let`, `const` or `static` of the script binds, or a field of
   * one (`&job.from`: the struct literals' fields the script builds are read as values, takeBlockValues).
   */
  private unboundName(from: number, to: number): boolean {
    while (from < to && (this.is(from, 'punct', '&') || this.is(from, 'punct', '$') || this.is(from, 'ident', 'mut'))) from++;
    while (to > from && this.is(to - 1, 'punct', '?')) to--;
    while (to - from > 2 && this.is(to - 2, 'punct', '.') && this.is(to - 1, 'ident')) to -= 2;
    if (to - from !== 1 || !this.is(from, 'ident')) return false;
    const name = (this.t[from] as Token).value;
    for (const k of this.uses(name)) {
      const keyword = this.is(k - 1, 'ident', 'mut') ? k - 2 : k - 1;
      if (this.is(keyword, 'ident', 'let') || this.is(keyword, 'ident', 'const') || this.is(keyword, 'ident', 'static')) return false;
    }
    return true;
  }

  /** A directory listing at token i (`fs::read_dir(`, `WalkDir::new(`, `glob(`, `glob_with(`): the end of its name's tokens. */
  private listingAt(i: number): number | undefined {
    const name = this.t[i]?.value ?? '';
    if (this.t[i]?.kind !== 'ident' || !this.is(i + 1, 'punct', '(') || this.is(i - 1, 'ident', 'fn')) return undefined;
    if (name === 'read_dir' && !this.is(i - 1, 'punct', '.')) return this.partnerOf(i + 1) + 1;
    if ((name === 'glob' || name === 'glob_with') && !this.is(i - 1, 'punct', '.')) return this.partnerOf(i + 1) + 1;
    if (name === 'new' && this.is(i - 1, 'punct', '::') && this.is(i - 2, 'ident', 'WalkDir')) return this.partnerOf(i + 1) + 1;
    return undefined;
  }

  /** The group opened at `open` is std's `println!`/`print!` of a one-line `cargo:` instruction: what it holds is watched, not copied. */
  private printedForCargo(open: number): boolean {
    const name = this.t[open - 2]?.value ?? '';
    if (!this.is(open - 1, 'punct', '!') || !(name === 'println' || name === 'print')) return false;
    const format = this.t[open + 1];
    return format?.kind === 'string' && /^cargo::?[^\n\r]*$/.test(format.value) && !this.redefinesPrint();
  }

  private redefines: boolean | undefined;
  /** The script defines a print macro of its own or may redirect its streams (namesDefinedBy reads the same words). */
  private redefinesPrint(): boolean {
    this.redefines ??= this.t.some((tok, k) => tok.kind === 'ident' && (STREAM_REDIRECTS.has(tok.value) || (tok.value === 'macro_rules' && /^e?print(?:ln)?$/.test(this.t[k + 2]?.value ?? '')) || tok.value === 'macro_use'));
    return this.redefines;
  }

  /**
   * The `(` of a file operation's argument list at token i: `fs::copy(`, `File::open(`, `OpenOptions…​.open(`, a bare
   * `copy(` of `use std::fs::copy`, or an `include_str!(` / `include_bytes!(` / `include!(` whose argument is not one
   * literal (rustFilesNamedBy reads a literal one).
   */
  private sourceCallAt(i: number): number | undefined {
    const tok = this.t[i] as Token;
    if (tok.kind !== 'ident' || !this.is(i + 1, 'punct', '(') && !this.is(i + 1, 'punct', '!')) return undefined;
    const name = tok.value;
    if (this.is(i + 1, 'punct', '!')) {
      if (!(name === 'include_str' || name === 'include_bytes' || name === 'include') || !this.is(i + 2, 'punct', '(')) return undefined;
      return this.t[i + 3]?.kind === 'string' && this.is(i + 4, 'punct', ')') ? undefined : i + 2;
    }
    const before = this.t[i - 1]?.value;
    if (FS_SOURCES.has(name)) {
      if (before === '::') return this.is(i - 2, 'ident', 'fs') ? i + 1 : undefined;
      return before === '.' || before === 'fn' || !this.importedFromFs(name) ? undefined : i + 1;
    }
    if (name !== 'open') return undefined;
    if (before === '::') return this.is(i - 2, 'ident', 'File') ? i + 1 : undefined;
    return before === '.' && this.chainHead(i - 1) !== undefined && /^(?:OpenOptions|File)$/.test(this.chainHead(i - 1) as string) ? i + 1 : undefined;
  }

  /** `use std::fs::copy;` / `use std::fs::{copy, read};` brings the name in: a bare `copy(…)` is std's. */
  private importedFromFs(name: string): boolean {
    for (let k = 0; k < this.t.length; k++) {
      if (!this.is(k, 'ident', 'use')) continue;
      let sawFs = false;
      for (let j = k + 1; j < this.t.length && !this.is(j, 'punct', ';'); j++) {
        if (this.is(j, 'ident', 'fs')) sawFs = true;
        if (sawFs && this.is(j, 'ident', name)) return true;
      }
    }
    return false;
  }

  /** The first word of the method chain whose `.` is at `dot` (`OpenOptions::new().read(true).open(…)`: OpenOptions). */
  private chainHead(dot: number): string | undefined {
    let k = dot - 1;
    for (let steps = 0; steps < 32; steps++) {
      if (this.is(k, 'punct', ')')) k = this.partnerOf(k) - 1;
      if (!this.is(k, 'ident')) return undefined;
      const joint = this.t[k - 1]?.value;
      if (joint !== '::' && joint !== '.') return (this.t[k] as Token).value;
      k -= 2;
    }
    return undefined;
  }

  /** The end (exclusive) of the argument starting at `from` inside a group closing at `close`: the next `,` at its level. */
  private argumentEnd(from: number, close: number): number {
    let k = from;
    while (k < close && !this.is(k, 'punct', ',')) k = (OPENING.has(this.t[k]?.value ?? '') ? this.partnerOf(k) : k) + 1;
    return Math.min(k, close);
  }

  /** The arguments of the group opened at `open`, as [from, to) ranges. */
  private argumentsOf(open: number): [number, number][] {
    const close = this.partnerOf(open);
    const out: [number, number][] = [];
    for (let k = open + 1; k < close; ) {
      const end = this.argumentEnd(k, close);
      if (end > k) out.push([k, end]);
      k = end + 1;
    }
    return out;
  }

  /**
   * The values the expression [from, to) may have as a path or string: literals, `Path::new`/`PathBuf::from`, `.join`,
   * `.with_extension`, `.with_file_name`, `concat!`, `format!`, `+`, `env!("CARGO_MANIFEST_DIR")` / `env::var(…)` /
   * `env::current_dir()` (the package directory), names bound by `let`/`const`/`static` (with the `push`es that follow
   * the binding), and an `if … else` or a `match` (each branch's values: the target, a feature or a profile chooses
   * one; a branch that diverges, `panic!`/`unreachable!`/`return`, has none). Undefined when any piece is something
   * else (fail closed: a branch the reader cannot evaluate leaves the whole unknown). `at` is where it is used.
   */
  private evaluate(from: number, to: number, depth: number, at: number): Values {
    if (depth > MAX_DEPTH || from >= to) return undefined;
    while (from < to && (this.is(from, 'punct', '&') || this.is(from, 'punct', '*') || this.is(from, 'ident', 'mut'))) from++;
    for (;;) {
      if (this.is(to - 1, 'punct', '?')) { to--; continue; }
      const open = this.is(to - 1, 'punct', ')') ? this.partnerOf(to - 1) : -1;
      if (open > from + 1 && this.is(open - 2, 'punct', '.') && IDENTITY_METHODS.has(this.t[open - 1]?.value ?? '')) { to = open - 2; continue; }
      break;
    }
    if (from >= to) return undefined;
    if (this.diverges(from, to)) return [];
    if (this.is(from, 'ident', 'if') || this.is(from, 'ident', 'match')) return this.branches(from, to, depth, at);
    if (this.is(from, 'punct', '{') && this.partnerOf(from) === to - 1) return this.blockValue(from, depth);
    const plus = this.topLevel(from, to, '+');
    if (plus.length > 0) return this.concatenated([from, ...plus.map((p) => p + 1)], [...plus, to], depth, at);
    if (to - from === 1) {
      const tok = this.t[from] as Token;
      if (tok.kind === 'string') return [tok.value];
      return tok.kind === 'ident' ? this.bound(tok.value, at, depth) : undefined;
    }
    if (!this.is(to - 1, 'punct', ')')) return undefined;
    const open = this.partnerOf(to - 1);
    if (open === from) return this.evaluate(from + 1, to - 1, depth + 1, at);
    const args = this.argumentsOf(open);
    const name = this.t[open - 1]?.value ?? '';
    if (this.is(open - 1, 'punct', '!')) return this.stdPrefix(from, open - 2) ? this.macro(this.t[open - 2]?.value ?? '', args, depth, at) : undefined;
    if (!this.is(open - 1, 'ident')) return undefined;
    if (this.is(open - 2, 'punct', '.')) return this.method(name, [from, open - 2], args, depth, at);
    if (this.is(open - 2, 'punct', '::')) {
      const owner = this.t[open - 3]?.value ?? '';
      if ((name === 'new' || name === 'from') && PATH_TYPES.has(owner) && args.length === 1) return this.evaluate(...(args[0] as [number, number]), depth + 1, at);
      if ((name === 'var' || name === 'var_os') && owner === 'env' && args.length === 1) return this.environment(args[0] as [number, number]);
      if (name === 'current_dir' && owner === 'env' && args.length === 0) return [PACKAGE];
      if (name === 'canonicalize' && owner === 'fs' && args.length === 1) return this.evaluate(...(args[0] as [number, number]), depth + 1, at);
    }
    return undefined;
  }

  /** [from, to) never yields a value: `panic!(…)`, `unreachable!`, `todo!`, `unimplemented!`, `return …`, `continue`, `break`, `process::exit(…)`. */
  private diverges(from: number, to: number): boolean {
    const word = this.t[from]?.value ?? '';
    if (this.is(from, 'ident') && (word === 'return' || word === 'continue' || word === 'break')) return true;
    if (this.is(from, 'ident') && DIVERGING_MACROS.has(word) && this.is(from + 1, 'punct', '!') && this.is(from + 2, 'punct', '(') && this.partnerOf(from + 2) === to - 1) return true;
    const exit = this.is(to - 1, 'punct', ')') ? this.partnerOf(to - 1) : -1;
    return exit >= 3 && this.is(exit - 1, 'ident', 'exit') && this.is(exit - 2, 'punct', '::') && this.is(exit - 3, 'ident', 'process') && (exit - 3 === from || (exit - 5 === from && this.is(from, 'ident', 'std')));
  }

  /**
   * `if C { A } else if D { B } else { E }` or `match S { P => A, Q => { B } … }` spanning [from, to): the union of its
   * branches' values. An `if` without an `else` has no path value; a branch whose value uses a name its `if let` or
   * arm pattern binds (`Some(dir) => dir`) is unknown (that name is not the script's `let`).
   */
  private branches(from: number, to: number, depth: number, at: number): Values {
    const bodies: { pattern: [number, number]; value: [number, number] }[] = [];
    if (this.is(from, 'ident', 'match')) {
      const open = this.groupAfter(from + 1, to);
      if (open < 0 || this.partnerOf(open) !== to - 1) return undefined;
      for (let k = open + 1; k < to - 1; ) {
        const start = k;
        while (k < to - 1 && !(this.is(k, 'punct', '=') && this.is(k + 1, 'punct', '>'))) k = (OPENING.has(this.t[k]?.value ?? '') ? this.partnerOf(k) : k) + 1;
        if (k >= to - 1) return undefined;
        const body = k + 2;
        const end = this.is(body, 'punct', '{') ? this.partnerOf(body) + 1 : this.argumentEnd(body, to - 1);
        bodies.push({ pattern: [start, k], value: [body, end] });
        k = this.is(end, 'punct', ',') ? end + 1 : end;
      }
    } else {
      for (let k = from; ; ) {
        const open = this.groupAfter(k + 1, to);
        if (open < 0) return undefined;
        const pattern: [number, number] = this.is(k + 1, 'ident', 'let') ? [k + 2, open] : [open, open];
        bodies.push({ pattern, value: [open, this.partnerOf(open) + 1] });
        const next = this.partnerOf(open) + 1;
        if (next === to) return undefined; // no else: the value is ()
        if (!this.is(next, 'ident', 'else')) return undefined;
        if (this.is(next + 1, 'ident', 'if')) { k = next + 1; continue; }
        if (!this.is(next + 1, 'punct', '{') || this.partnerOf(next + 1) !== to - 1) return undefined;
        bodies.push({ pattern: [next + 1, next + 1], value: [next + 1, to] });
        break;
      }
    }
    const out = new Set<string>();
    for (const { pattern, value } of bodies) {
      if (this.usesPatternNames(pattern, value)) return undefined;
      const got = this.evaluate(value[0], value[1], depth + 1, at);
      if (got === undefined) return undefined;
      for (const v of got) out.add(v);
      if (out.size > MAX_VALUES) return undefined;
    }
    return [...out];
  }

  /** The first `{` at the level of [from, to) (an `if`'s or `match`'s body: its condition's groups are skipped). */
  private groupAfter(from: number, to: number): number {
    for (let k = from; k < to; k = (this.is(k, 'punct', '(') || this.is(k, 'punct', '[') ? this.partnerOf(k) : k) + 1) if (this.is(k, 'punct', '{')) return k;
    return -1;
  }

  /** A name the pattern [p0, p1) binds (a lowercase word not a path, a call or a keyword) is used in [v0, v1). */
  private usesPatternNames([p0, p1]: [number, number], [v0, v1]: [number, number]): boolean {
    const names = new Set<string>();
    for (let k = p0; k < p1; k++) {
      const w = this.t[k]?.value ?? '';
      if (this.is(k, 'ident') && w !== '_' && !PATTERN_WORDS.has(w) && !this.is(k + 1, 'punct', '(') && !this.is(k + 1, 'punct', '::') && !this.is(k + 1, 'punct', '{') && !this.is(k - 1, 'punct', '::') && !this.is(k - 1, 'punct', '.')) names.add(w);
    }
    if (names.size === 0) return false;
    for (let k = v0; k < v1; k++) if (this.is(k, 'ident') && names.has(this.t[k]?.value ?? '') && !this.is(k - 1, 'punct', '.') && !this.is(k - 1, 'punct', '::')) return true;
    for (let k = v0; k < v1; k++) if (this.is(k, 'string') && [...names].some((n) => (this.t[k]?.value ?? '').includes(`{${n}`))) return true;
    return false;
  }

  /** A block `{ …; tail }` opened at `open`: its tail's values (a block without one has no path value). */
  private blockValue(open: number, depth: number): Values {
    const close = this.partnerOf(open);
    let tail = open + 1;
    for (let k = open + 1; k < close; k = (OPENING.has(this.t[k]?.value ?? '') ? this.partnerOf(k) : k) + 1) if (this.is(k, 'punct', ';')) tail = k + 1;
    return tail < close ? this.evaluate(tail, close, depth + 1, tail) : undefined;
  }

  private method(name: string, receiver: [number, number], args: [number, number][], depth: number, at: number): Values {
    // `Path::new(env!("CARGO_MANIFEST_DIR")).parent()`: the directory above, `..` of the package (the workspace's).
    if (name === 'parent' && args.length === 0) return this.evaluate(receiver[0], receiver[1], depth + 1, at)?.map((base) => joined(base, '..'));
    if (args.length !== 1) return undefined;
    const base = this.evaluate(receiver[0], receiver[1], depth + 1, at);
    const arg = base === undefined ? undefined : this.evaluate(...(args[0] as [number, number]), depth + 1, at);
    if (base === undefined || arg === undefined) return undefined;
    if (name === 'join') return product([base, arg], ([b, a]) => joined(b as string, a as string));
    if (name === 'with_file_name') return product([base, arg], ([b, a]) => joined(dirOf(b as string), a as string));
    if (name === 'with_extension') return product([base, arg], ([b, a]) => (b as string).replace(/(\.[^./]*)?$/, a === '' ? '' : `.${a as string}`));
    return undefined;
  }

  /** Nothing, `std::` or `::std::` from `from` up to the macro's name at `name` (a module's own `concat!` is not std's). */
  private stdPrefix(from: number, name: number): boolean {
    if (name === from) return true;
    if (!this.is(name - 1, 'punct', '::') || !this.is(name - 2, 'ident', 'std')) return false;
    return name - 2 === from || (name - 3 === from && this.is(from, 'punct', '::'));
  }

  private macro(name: string, args: [number, number][], depth: number, at: number): Values {
    if (name === 'concat') {
      const parts = args.map((a) => this.evaluate(a[0], a[1], depth + 1, at));
      return parts.every((p) => p !== undefined) ? product(parts as string[][], (ps) => ps.join('')) : undefined;
    }
    if (name === 'env' && args.length === 1) return this.environment(args[0] as [number, number]);
    if (name === 'format' && args.length >= 1) return this.formatted(args, depth, at);
    return undefined;
  }

  /** `format!("src/{}.rs", name)`, `{0}`, `{name}` (an argument `name = …` or a bound name), `{{`/`}}`. */
  private formatted(args: [number, number][], depth: number, at: number): Values {
    const [first, ...rest] = args;
    const template = first === undefined || first[1] - first[0] !== 1 || this.t[first[0]]?.kind !== 'string' ? undefined : (this.t[first[0]] as Token).value;
    if (template === undefined) return undefined;
    const positional: [number, number][] = [];
    const named = new Map<string, [number, number]>();
    for (const a of rest) {
      if (this.is(a[0], 'ident') && this.is(a[0] + 1, 'punct', '=') && !this.is(a[0] + 2, 'punct', '=')) named.set((this.t[a[0]] as Token).value, [a[0] + 2, a[1]]);
      else positional.push(a);
    }
    // The template's literal pieces and each placeholder's values, combined as every choice of each.
    const pieces: string[][] = [];
    let next = 0;
    let last = 0;
    for (const m of template.matchAll(/\{\{|\}\}|\{([^{}]*)\}/g)) {
      pieces.push([template.slice(last, m.index)]);
      last = m.index + m[0].length;
      if (m[0] === '{{' || m[0] === '}}') { pieces.push([m[0][0] as string]); continue; }
      // A format spec (`{:?}` quotes the value, `{:>8}` pads it) is not the value as a path.
      const key = m[1] ?? '';
      if (key.includes(':')) return undefined;
      let got: Values;
      if (key === '') got = positional[next] === undefined ? undefined : this.evaluate(...(positional[next++] as [number, number]), depth + 1, at);
      else if (/^\d+$/.test(key)) got = positional[Number(key)] === undefined ? undefined : this.evaluate(...(positional[Number(key)] as [number, number]), depth + 1, at);
      else got = named.has(key) ? this.evaluate(...(named.get(key) as [number, number]), depth + 1, at) : this.bound(key, at, depth);
      if (got === undefined) return undefined;
      pieces.push(got);
    }
    pieces.push([template.slice(last)]);
    return product(pieces, (ps) => ps.join(''));
  }

  /** `env!("…")` / `env::var("…")`: the package directory, OUT_DIR, or unknown. */
  private environment([from, to]: [number, number]): Values {
    const name = to - from === 1 && this.t[from]?.kind === 'string' ? (this.t[from] as Token).value : undefined;
    if (name === 'CARGO_MANIFEST_DIR') return [PACKAGE];
    return name === 'OUT_DIR' ? [OUT] : undefined;
  }

  /**
   * The values of a name where it is used at `at`: the nearest `let` binding before it (else a `const`/`static`), with
   * each `.push(…)` / `.push_str(…)` onto it between the two; unknown if it is assigned again or changed otherwise.
   */
  private bound(name: string, at: number, depth: number): Values {
    let binding = -1;
    let constant = -1;
    for (const k of this.uses(name)) {
      const keyword = this.is(k - 1, 'ident', 'mut') ? k - 2 : k - 1;
      if (this.is(keyword, 'ident', 'let') && k < at) binding = k;
      if ((this.is(keyword, 'ident', 'const') || this.is(keyword, 'ident', 'static')) && constant < 0) constant = k;
    }
    const k = binding >= 0 ? binding : constant;
    if (k < 0) return undefined;
    let eq = k + 1;
    if (this.is(eq, 'punct', ':')) while (eq < this.t.length && !this.is(eq, 'punct', '=') && !this.is(eq, 'punct', ';')) eq = (OPENING.has(this.t[eq]?.value ?? '') ? this.partnerOf(eq) : eq) + 1;
    if (!this.is(eq, 'punct', '=')) return undefined;
    let end = eq + 1;
    while (end < this.t.length && !this.is(end, 'punct', ';')) end = (OPENING.has(this.t[end]?.value ?? '') ? this.partnerOf(end) : end) + 1;
    let value = this.evaluate(eq + 1, end, depth + 1, k);
    const last = binding >= 0 ? at : this.t.length;
    for (const u of this.uses(name)) {
      if (value === undefined) break;
      if (u < end || u >= last || this.is(u - 1, 'punct', '.') || this.is(u - 1, 'punct', '::')) continue;
      if (this.is(u + 1, 'punct', '=') && !this.is(u + 2, 'punct', '=')) return undefined;
      if (this.is(u + 1, 'punct', '+') && this.is(u + 2, 'punct', '=')) return undefined;
      if (!this.is(u + 1, 'punct', '.') || !this.is(u + 3, 'punct', '(')) continue;
      const method = this.t[u + 2]?.value ?? '';
      if (MUTATORS.has(method)) return undefined;
      if (method !== 'push' && method !== 'push_str') continue;
      const [arg] = this.argumentsOf(u + 3);
      const piece = arg === undefined ? undefined : this.evaluate(arg[0], arg[1], depth + 1, u);
      value = piece === undefined ? undefined : product([value, piece], ([v, p]) => (method === 'push' ? joined(v as string, p as string) : (v as string) + (p as string)));
    }
    return value;
  }

  private concatenated(starts: number[], ends: number[], depth: number, at: number): Values {
    const parts: string[][] = [];
    for (let n = 0; n < starts.length; n++) {
      const part = this.evaluate(starts[n] as number, ends[n] as number, depth + 1, at);
      if (part === undefined) return undefined;
      parts.push(part);
    }
    return product(parts, (ps) => ps.join(''));
  }

  /** The tokens `mark` in [from, to) outside any group. */
  private topLevel(from: number, to: number, mark: string): number[] {
    const out: number[] = [];
    for (let k = from; k < to; k = (OPENING.has(this.t[k]?.value ?? '') ? this.partnerOf(k) : k) + 1) if (this.is(k, 'punct', mark) && !this.is(k + 1, 'punct', '=')) out.push(k);
    return out;
  }

  private shown(from: number, to: number): string {
    // Tokens as written, a space only between two words (`fs::read_dir("src")`, `&path`).
    let text = '';
    for (let k = from; k < Math.min(to, from + 24); k++) {
      const tok = this.t[k] as Token;
      const word = tok.kind === 'ident' || tok.kind === 'other';
      if (word && k > from && (this.t[k - 1]?.kind === 'ident' || this.t[k - 1]?.kind === 'other')) text += ' ';
      text += tok.kind === 'string' ? JSON.stringify(tok.value) : tok.value;
    }
    return to - from > 24 ? `${text} …` : text;
  }

  private is(i: number, kind: Token['kind'], value?: string): boolean {
    const tok = this.t[i];
    return tok !== undefined && tok.kind === kind && (value === undefined || tok.value === value);
  }

  private partnerOf(k: number): number {
    return k >= 0 && k < this.t.length ? (this.partner[k] as number) : k;
  }
}

const OPENING = new Set(['(', '[', '{']);
/** The values an expression may have (each branch of an `if`/`match` one or more), or undefined: unknown. */
type Values = string[] | undefined;
/** The most values one expression is followed to (more choices than that: unknown, fail closed). */
const MAX_VALUES = 16;
/** Methods a `for` loop's list may be handed through (`for p in list.iter()`). */
const LOOP_METHODS = new Set(['iter', 'into_iter', 'copied', 'cloned']);
/** Macros that never return (a branch calling one has no value). */
const DIVERGING_MACROS = new Set(['panic', 'unreachable', 'todo', 'unimplemented']);
/** Words of a pattern that bind nothing (`ref`, `mut`, `box`, literals). */
const PATTERN_WORDS = new Set(['ref', 'mut', 'box', 'true', 'false', 'if', 'let', 'else']);
/** Crates whose functions copy a directory tree (their `use` alone copies nothing; a call does). */
const COPYING_CRATES = new Set(['fs_extra', 'copy_dir', 'dircpy', 'fs_more', 'copy_to_output']);
/** Programs that copy, link or move files (a build script running one by `Command::new`). */
const COPYING_COMMANDS = new Set(['cp', 'rsync', 'xcopy', 'robocopy', 'ditto', 'install', 'ln', 'mv', 'cpio', 'tar', 'copy']);

/** `Path::join`: an absolute piece replaces the base; otherwise one `/` between them. */
function joined(base: string, piece: string): string {
  if (piece.startsWith('/') || piece.startsWith(PACKAGE) || piece.startsWith(OUT)) return piece;
  if (base === '' || base.endsWith('/')) return base + piece;
  return `${base}/${piece}`;
}

/** Every choice of one value from each list, combined (undefined beyond MAX_VALUES: unknown). */
function product(lists: string[][], combine: (choice: string[]) => string): Values {
  let choices: string[][] = [[]];
  for (const list of lists) {
    choices = choices.flatMap((c) => list.map((v) => [...c, v]));
    if (choices.length > MAX_VALUES) return undefined;
  }
  return [...new Set(choices.map(combine))];
}

function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}
