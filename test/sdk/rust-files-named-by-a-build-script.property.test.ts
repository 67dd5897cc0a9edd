// rustFilesNamedBy (gates/kernel-boundary/build-script.ts): which Rust files of the checkout a build script may copy into
// OUT_DIR. A literal path is set aside only where the code around it proves its text reaches no write — printed for
// Cargo, looped over only to print, handed to cxx_build / cbindgen, compiled into the script (red team xp, session 40;
// closed session 41). A family of spellings of each, and of each again beside a real copy of the same file, which must
// keep counting whatever set-aside use sits next to it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namesDefinedBy, rustFilesNamedBy } from '../../gates/kernel-boundary/build-script.js';
import '../helpers/fc-seed.js';

const paths = ['src/store.rs', 'src/store_impl.rs', 'src/gen/db.rs.in', 'store/mod.rs'];
const prefixes = ['cargo:', 'cargo::'];

/** Uses of `p` that copy no text of it into OUT_DIR. */
const setAside: ((p: string, prefix: string) => string)[] = [
  (p, c) => `println!("${c}rerun-if-changed={}", "${p}");`,
  (p, c) => `println!(\n        "${c}rerun-if-changed={}",\n        "${p}",\n    );`,
  (p, c) => `eprintln!("${c}warning=watching {}", "${p}"); println!("${c}rerun-if-changed=${p}");`,
  (p, c) => `std::println!("${c}rerun-if-changed={}", "${p}"); ::std::println!("${c}rerun-if-changed={}", "${p}");`,
  (p, c) => `for path in ["build.rs", "${p}"] {\n        println!("${c}rerun-if-changed={path}");\n    }`,
  (p, c) => `for path in &["${p}", "wrapper.h"] { println!("${c}rerun-if-changed={}", path); }`,
  (p, c) => `for &path in ["${p}"].iter() { println!("${c}rerun-if-changed={path:?}"); }`,
  (p, c) => `["${p}"].iter().for_each(|f| println!("${c}rerun-if-changed={f}"));`,
  (p, c) => `let watched: [&str; 2] = ["${p}", "build.rs"];\n    for w in watched { println!("${c}rerun-if-changed={w}"); }`,
  (p) => `cxx_build::bridge("${p}").file("src/x.cc").compile("x");`,
  (p) => `cxx_build::bridges(["${p}", "src/other.rs"]).compile("x");`,
  (p) => `cxx_build::bridges(&["${p}"]).compile("x");`,
  (p) => `cbindgen::Builder::new()\n        .with_crate(".")\n        .with_src("${p}")\n        .generate()\n        .unwrap()\n        .write_to_file("include/x.h");`,
  (p) => `// fs::copy("${p}", out.join("db.rs"));`,
  (p) => `/* a note: fs::copy("${p}", …) was the old way */`,
];

/** Uses of `p` that may put its text into OUT_DIR (`out` is bound from OUT_DIR). */
const copies: ((p: string, prefix: string) => string)[] = [
  (p) => `fs::copy("${p}", out.join("db.rs")).unwrap();`,
  (p) => `fs::write(out.join("db.rs"), fs::read_to_string("${p}").unwrap()).unwrap();`,
  (p) => `let text = include_str!("${p}");\n    fs::write(out.join("db.rs"), text).unwrap();`,
  (p) => `let code: &str = include!("${p}");\n    fs::write(out.join("db.rs"), code).unwrap();`,
  (p, c) => `for path in ["${p}"] {\n        println!("${c}rerun-if-changed={path}");\n        fs::copy(path, out.join("db.rs")).unwrap();\n    }`,
  (p, c) => `for path in ["${p}"] { let s = format!("{path}"); println!("${c}rerun-if-changed={s}"); }`,
  (p, c) => `["${p}"].iter().for_each(|f| { println!("${c}rerun-if-changed={f}"); fs::copy(f, out.join("db.rs")).unwrap(); });`,
  (p, c) => `let files = ["${p}"];\n    for f in files { println!("${c}rerun-if-changed={f}"); }\n    fs::copy(files[0], out.join("db.rs")).unwrap();`,
  (p) => `println!("{}", { fs::copy("${p}", out.join("db.rs")).unwrap(); "" });`,
  (p) => `fs::write(out.join("db.rs"), "include!(\\"../../../../../${p}\\");").unwrap();`,
  (p) => `fs::write(out.join("db.rs"), r#"include!(concat!(env!("CARGO_MANIFEST_DIR"), "/${p}"));"#).unwrap();`,
  (p) => `writeln!(f, "#[path = \\"{}/${p}\\"] mod db;", env::var("CARGO_MANIFEST_DIR").unwrap()).unwrap();`,
  (p) => `Copier(&out).with_src("${p}");`,
  (p) => `my_build::bridge("${p}");`,
];

/** Definitions that make a set-aside spelling the script's own code, which may copy. */
const shadows: [string, (p: string, prefix: string) => string][] = [
  ['macro_rules! println { ($($t:tt)*) => { std::fs::copy($($t)*).ok(); } }', (p) => `println!("${p}", "x");`],
  ['#[macro_use]\nextern crate helpers;', (p) => `println!("{}", "${p}");`],
  ['use helpers::println;', (p) => `println!("{}", "${p}");`],
  ['mod cxx_build { pub fn bridge(p: &str) { std::fs::copy(p, "x").unwrap(); } }', (p) => `cxx_build::bridge("${p}");`],
  ['mod cbindgen { pub struct Builder; }', (p) => `cbindgen::Builder::new().with_src("${p}");`],
];

/**
 * Prints that may write code, not a Cargo instruction (red team xc): their output reaches OUT_DIR when the script's
 * stream is pointed there, so what they print may be an include! of the path. Also a print macro of a module's, not std's.
 */
const codePrints: ((p: string, prefix: string) => string)[] = [
  (p) => `println!("include!(concat!(env!(\\"CARGO_MANIFEST_DIR\\"), \\"/{}\\"));", "${p}");`,
  (p) => `eprintln!("watching {}", "${p}");`,
  (p) => `print!("{}", "${p}");`,
  (p, c) => `println!("${c}rerun-if-changed={}\\ninclude!(\\"{}\\");", "x", "${p}");`,
  (p, c) => `println!("${c}rerun-if-changed={}", "x\\ninclude!(\\"../../../../../${p}");//.rs");`,
  (p, c) => `helpers::println!("${c}rerun-if-changed={}", "${p}");`,
  (p, c) => `crate::println!("${c}rerun-if-changed={}", "${p}");`,
  (p, c) => `for path in ["${p}"] { helpers::eprintln!("${c}warning={path}"); }`,
];

/** A script that may point its standard output at a file, or bring a print macro in by a glob: every print may copy. */
const redirects: string[] = [
  'fn redirect(f: &std::fs::File) { unsafe { libc::dup2(f.as_raw_fd(), 1); } }',
  'fn rerun() { std::process::Command::new(std::env::current_exe().unwrap()).stdout(out_file()).status().unwrap(); }',
  'fn rebind() { let _f = unsafe { std::fs::File::from_raw_fd(1) }; }',
  'use helpers::*;',
  'use crate::codegen::{*};',
];

const script = (top: string, body: string[]) => `use std::{env, fs, path::PathBuf};\n${top}\nfn main() {\n    let out = PathBuf::from(env::var("OUT_DIR").unwrap());\n    ${body.join('\n    ')}\n}\n`;

describe('rustFilesNamedBy', () => {
  // Each spelling once: a second `let watched` shadowing the first is read as another use of the name (conservative).
  it('counts no copy where every use of the path only prints, watches, hands it to a generator, or sits in a comment', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.constantFrom(...prefixes), fc.uniqueArray(fc.constantFrom(...setAside), { minLength: 1, maxLength: 3 }), (p, prefix, uses) => {
        expect(rustFilesNamedBy(script('', uses.map((u) => u(p, prefix)))).copies).not.toContain(p);
      }),
    );
  });

  it('counts the copy beside any set-aside use of the same path, in either order', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.constantFrom(...prefixes), fc.constantFrom(...setAside), fc.constantFrom(...copies), fc.boolean(), (p, prefix, aside, copy, first) => {
        const body = first ? [copy(p, prefix), aside(p, prefix)] : [aside(p, prefix), copy(p, prefix)];
        expect(rustFilesNamedBy(script('', body)).copies).toContain(p);
      }),
    );
  });

  it('counts the copy where the script defines or imports the macro, function or module a set-aside spelling names', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.constantFrom(...shadows), (p, [top, use]) => {
        expect(rustFilesNamedBy(script(top, [use(p, 'cargo:')])).copies).toContain(p);
      }),
    );
  });

  it('counts a printed path whose print may write code: no one-line Cargo instruction, or not std\'s macro', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.constantFrom(...prefixes), fc.constantFrom(...codePrints), (p, prefix, print) => {
        expect(rustFilesNamedBy(script('', [print(p, prefix)])).copies).toContain(p);
      }),
    );
  });

  it('counts every printed path of a script that may redirect its streams or globs in a print macro', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.constantFrom(...prefixes), fc.constantFrom(...setAside.slice(0, 9)), fc.constantFrom(...redirects), (p, prefix, aside, top) => {
        expect(rustFilesNamedBy(script(top, [aside(p, prefix)])).copies).toContain(p);
      }),
    );
  });

  it('reads names another file compiled into the script defines, and generators only as the package takes them', () => {
    const body = script('', ['println!("cargo:rerun-if-changed={}", "src/store.rs");', 'cxx_build::bridge("src/ffi.rs");', 'cbindgen::Builder::new().with_src("src/c.rs");']);
    expect(rustFilesNamedBy(body, { defined: new Set(), genuineGenerators: new Set(['cxx_build', 'cbindgen']) }).copies).toEqual([]);
    expect(rustFilesNamedBy(body, { defined: namesDefinedBy('macro_rules! println { ($($t:tt)*) => {} }'), genuineGenerators: new Set(['cxx_build', 'cbindgen']) }).copies).toEqual(['src/store.rs']);
    expect(rustFilesNamedBy(body, { defined: namesDefinedBy('#![macro_use]\nmacro_rules! m { () => {} }'), genuineGenerators: new Set(['cxx_build', 'cbindgen']) }).copies).toEqual(['src/store.rs', 'src/ffi.rs', 'src/c.rs']);
    expect(rustFilesNamedBy(body, { defined: new Set(), genuineGenerators: new Set(['cbindgen']) }).copies).toEqual(['src/ffi.rs']);
    expect(rustFilesNamedBy(body, { defined: new Set(), genuineGenerators: new Set() }).copies).toEqual(['src/ffi.rs', 'src/c.rs']);
    expect(rustFilesNamedBy(script('extern crate cxx_build;', ['cxx_build::bridge("src/ffi.rs");'])).copies).toEqual([]);
    expect(rustFilesNamedBy(script('use helpers::cxx_build;', ['cxx_build::bridge("src/ffi.rs");'])).copies).toEqual(['src/ffi.rs']);
  });

  it('reads include! as an item and #[path] mod as compiled in, an include! whose value is used as a copy too', () => {
    expect(rustFilesNamedBy('include!("src/cli.rs");\n#[path = "src/store_impl.rs"]\npub(crate) mod store_impl;\nmod helpers;\nfn main() {}')).toEqual({ copies: [], compiledIn: ['src/cli.rs', 'src/store_impl.rs'], modules: ['helpers'] });
    expect(rustFilesNamedBy('fn main() { let c = include!("src/cli.rs"); }')).toEqual({ copies: ['src/cli.rs'], compiledIn: ['src/cli.rs'], modules: [] });
    expect(rustFilesNamedBy('fn main() { { include!("src/cli.rs") } }').copies).toEqual(['src/cli.rs']);
  });

  it('reads a literal as written through escapes and raw strings, and a text it cannot lex as naming every literal path', () => {
    expect(rustFilesNamedBy('fn main() { fs::copy("src/store\\x2ers", o); fs::copy(r#"src/raw.rs"#, o); let q = \'"\'; fs::copy("src/after_char.rs", o); }').copies).toEqual(['src/store.rs', 'src/raw.rs', 'src/after_char.rs']);
    expect(rustFilesNamedBy('fn main<\'a>(o: &\'a str) { fs::copy("src/life.rs", o); }').copies).toEqual(['src/life.rs']);
    expect(rustFilesNamedBy('fn main() { println!("{}", "src/a.rs"); let s = "unterminated').copies).toEqual(['src/a.rs']);
    expect(rustFilesNamedBy('fn main() { println!("{}", "src/a.rs"); /* unterminated').copies).toEqual(['src/a.rs']);
  });
});
