// rustFilesNamedBy (gates/kernel-boundary/build-script.ts): which Rust files of the checkout a build script may copy into
// OUT_DIR. A literal path is set aside only where the code around it proves its text reaches no write — printed for
// Cargo, looped over only to print, handed to cxx_build / cbindgen, compiled into the script (red team xp, session 40;
// closed session 41). A family of spellings of each, and of each again beside a real copy of the same file, which must
// keep counting whatever set-aside use sits next to it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rustFilesNamedBy } from '../../gates/kernel-boundary/build-script.js';
import '../helpers/fc-seed.js';

const paths = ['src/store.rs', 'src/store_impl.rs', 'src/gen/db.rs.in', 'store/mod.rs'];
const prefixes = ['cargo:', 'cargo::'];

/** Uses of `p` that copy no text of it into OUT_DIR. */
const setAside: ((p: string, prefix: string) => string)[] = [
  (p, c) => `println!("${c}rerun-if-changed={}", "${p}");`,
  (p, c) => `println!(\n        "${c}rerun-if-changed={}",\n        "${p}",\n    );`,
  (p, c) => `eprintln!("watching {}", "${p}"); println!("${c}rerun-if-changed=${p}");`,
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
