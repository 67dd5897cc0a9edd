// sourcesReadBy (gates/kernel-boundary/build-paths.ts): a build-script source chosen by an `if … else` or a `match` is
// every branch's value (red team xk, closed by helper hk, session 42): each branch naming Rust is a copy, a branch the
// reader cannot evaluate leaves the source unknown, whichever way the branches are spelled. A value used only in a
// `cargo:` print (an array looped over, a `let`, a helper's parameter) is watched, not copied; the same value reaching a
// file operation is still a copy. Real build scripts' idioms (prost-build, tonic-build, bindgen, cc) read no copy and no
// unknown source, so their OUT_DIR includes only warn.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourcesReadBy } from '../../gates/kernel-boundary/build-paths.js';
import '../helpers/fc-seed.js';

const stem = fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/);
const q = (s: string) => JSON.stringify(s);
const script = (body: string) => `use std::{env, fs, path::{Path, PathBuf}};\nfn main() {\n    let out = env::var("OUT_DIR").unwrap();\n    ${body}\n}\n`;

/** A branch whose value is `src/<name>.rs`, spelled one of several ways. */
const branchValue = (name: string, how: number): string =>
  [
    `Path::new("src").join(${q(`${name}.rs`)})`,
    `{ let d = Path::new(env!("CARGO_MANIFEST_DIR")).join("src"); d.join(${q(`${name}.rs`)}) }`,
    `PathBuf::from(format!("src/{}.rs", ${q(name)}))`,
    `${q(`src/${name}.rs`)}.to_string()`,
  ][how % 4] as string;

/** `let source = <choice of values>;` as an if/else chain or a match (with a diverging arm mixed in when asked). */
function choice(values: string[], shape: number, diverging: boolean): string {
  if (shape % 2 === 0) {
    const conds = ['cfg!(windows)', 'cfg!(feature = "x")', 'env::var("PROFILE").as_deref() == Ok("release")', 'cfg!(target_os = "macos")'];
    const head = values.slice(0, -1).map((v, i) => `${i === 0 ? 'if' : ' else if'} ${conds[i % conds.length] as string} { ${v} }`).join('');
    const last = values.length === 1 ? `{ ${values[0] as string} }` : ` else { ${values[values.length - 1] as string} }`;
    return values.length === 1 ? last : `${head}${last}`;
  }
  const arms = values.map((v, i) => (i % 2 === 0 ? `Ok("t${i}") => ${v},` : `Ok("t${i}") | Ok("u${i}") => { ${v} }`));
  return `match env::var("CARGO_CFG_TARGET_OS").as_deref() { ${arms.join(' ')} ${diverging ? '_ => panic!("unsupported"),' : `_ => ${values[0] as string},`} }`;
}

describe('sourcesReadBy: sources chosen by branches', () => {
  it('takes every branch naming Rust as a copy', () => {
    fc.assert(
      fc.property(fc.uniqueArray(stem, { minLength: 1, maxLength: 4 }), fc.nat(), fc.nat(), fc.boolean(), (names, how, shape, diverging) => {
        const values = names.map((n, i) => branchValue(n, how + i));
        const got = sourcesReadBy(script(`let source = ${choice(values, shape, diverging)};\n    fs::copy(&source, Path::new(&out).join("db.rs")).unwrap();`));
        expect(got.unknown).toEqual([]);
        for (const n of names) expect(got.paths).toContain(`src/${n}.rs`);
      }),
    );
  });

  it('leaves the source unknown when any branch cannot be evaluated', () => {
    const unevaluable = ['PathBuf::from(env::var("TEMPLATE").unwrap())', 'helper()', '{ let p = entry.path(); p }'];
    fc.assert(
      fc.property(fc.uniqueArray(stem, { minLength: 1, maxLength: 3 }), fc.constantFrom(...unevaluable), fc.nat(), fc.nat(), (names, bad, at, shape) => {
        const values = names.map((n, i) => branchValue(n, i));
        values.splice(at % (values.length + 1), 0, bad);
        const got = sourcesReadBy(script(`let source = ${choice(values, shape, false)};\n    fs::copy(&source, Path::new(&out).join("db.rs")).unwrap();`));
        expect(got.unknown).toEqual(['&source']);
      }),
    );
  });

  it("leaves unknown an arm using its own pattern's binding, even when the script binds that name too", () => {
    fc.assert(
      fc.property(stem, fc.constantFrom('Ok(dir)', 'Some(dir)', 'Ok(ref dir)'), fc.boolean(), (name, pattern, viaIf) => {
        const scrutinee = pattern.startsWith('Some') ? 'option_env!("DIR")' : 'env::var("DIR")';
        const chosen = viaIf
          ? `if let ${pattern} = ${scrutinee} { Path::new(dir).join(${q(`${name}.rs`)}) } else { Path::new(dir).join("x.rs") }`
          : `match ${scrutinee} { ${pattern} => Path::new(dir).join(${q(`${name}.rs`)}), _ => Path::new(dir).join("x.rs") }`;
        const got = sourcesReadBy(script(`let dir = "templates";\n    let source = ${chosen};\n    fs::copy(&source, Path::new(&out).join("db.rs")).unwrap();`));
        expect(got.unknown).toEqual(['&source']);
      }),
    );
  });
});

/** Ways a value is bound and printed for cargo only. */
const printedOnly = (value: string, n: number): string =>
  [
    `for p in [${value}] { println!("cargo:rerun-if-changed={}", p.display()); }`,
    `for p in &[${value}] { println!("cargo:rerun-if-changed={}", p.display()); }`,
    `let watched = vec![${value}];\n    for w in watched.iter() { println!("cargo:rerun-if-changed={}", w.display()); }`,
    `let watched = [${value}];\n    for w in &watched { println!("cargo:rerun-if-changed={}", w.display()); }`,
    `let p = ${value};\n    println!("cargo:rerun-if-changed={}", p.display());`,
    `let p = ${value}.display().to_string();\n    println!("cargo::rerun-if-changed={p}");`,
    `watch(&${value});`,
  ][n % 7] as string;
/** The same bindings, the value also reaching a file operation. */
const alsoCopied = (value: string, n: number): string =>
  [
    `for p in [${value}] { println!("cargo:rerun-if-changed={}", p.display()); fs::copy(&p, Path::new(&out).join("db.rs")).unwrap(); }`,
    `let watched = vec![${value}];\n    for w in watched.iter() { println!("cargo:rerun-if-changed={}", w.display()); }\n    for w in &watched { fs::copy(w, Path::new(&out).join("db.rs")).unwrap(); }`,
    `let p = ${value};\n    println!("cargo:rerun-if-changed={}", p.display());\n    let code = fs::read_to_string(&p).unwrap();`,
    `let p = ${value}.display().to_string();\n    println!("cargo:rerun-if-changed={p}");\n    let code = fs::read_to_string(format!("{p}")).unwrap();`,
    `watch_and_copy(&${value});`,
    // A print whose arguments copy (a block, a helper of the script's) is no plain print.
    `let p = ${value};\n    println!("cargo:rerun-if-changed={}", { fs::copy(&p, Path::new(&out).join("db.rs")).unwrap(); p.display() });`,
    `for p in [${value}] { println!("cargo:rerun-if-changed={}", sneak(&p)); }`,
    // So is one calling a closure or a function pointer the script binds, or a macro of its own (red team xz).
    `let stage = |src: &Path| { fs::copy(src, Path::new(&out).join("db.rs")).unwrap(); src.display().to_string() };\n    let p = ${value};\n    println!("cargo:rerun-if-changed={}", stage(&p));`,
    `let mut stage = sneak;\n    let p = ${value};\n    println!("cargo:rerun-if-changed={}", stage(&p));`,
    `let p = ${value};\n    println!("cargo:rerun-if-changed={}", staged!(p));`,
  ][n % 10] as string;
const helpers = `\nfn watch(path: &Path) { println!("cargo:rerun-if-changed={}", path.display()); }\nfn watch_and_copy(path: &Path) { println!("cargo:rerun-if-changed={}", path.display()); fs::copy(path, "x.rs").unwrap(); }\nfn sneak(path: &Path) -> String { fs::copy(path, "y.rs").unwrap(); String::new() }\nmacro_rules! staged { ($src:expr) => {{ fs::copy(&$src, "z.rs").unwrap(); $src.display() }}; }\n`;

describe('sourcesReadBy: values printed for cargo', () => {
  it('does not count a value only printed for cargo as a copy, however it is bound', () => {
    fc.assert(
      fc.property(stem, fc.nat(), fc.nat(), (name, how, n) => {
        const got = sourcesReadBy(script(printedOnly(branchValue(name, how % 3), n)) + helpers);
        expect(got.paths).not.toContain(`src/${name}.rs`);
      }),
    );
  });

  it('counts the same value as a copy once it reaches a file operation', () => {
    fc.assert(
      fc.property(stem, fc.nat(), fc.nat(), (name, how, n) => {
        const got = sourcesReadBy(script(alsoCopied(branchValue(name, how % 3), n)) + helpers);
        expect(got.paths).toContain(`src/${name}.rs`);
      }),
    );
  });
});

describe("real build scripts' idioms read no copy and no unknown source", () => {
  const idioms: Record<string, string> = {
    'prost-build': `fn main() -> std::io::Result<()> {
    let mut config = prost_build::Config::new();
    config.out_dir(std::env::var("OUT_DIR").unwrap());
    let protos = ["proto/items.proto", "proto/shirt.proto"];
    for proto in &protos { println!("cargo:rerun-if-changed={}", proto); }
    config.compile_protos(&protos, &["proto/"])?;
    Ok(())
}`,
    'tonic-build with cfg! branches': `fn main() -> Result<(), Box<dyn std::error::Error>> {
    let proto = if cfg!(feature = "v2") { "proto/v2/service.proto" } else { "proto/v1/service.proto" };
    let descriptor = std::path::PathBuf::from(std::env::var("OUT_DIR")?).join("service_descriptor.bin");
    tonic_build::configure()
        .build_server(cfg!(feature = "server"))
        .build_client(true)
        .file_descriptor_set_path(&descriptor)
        .compile(&[proto], &["proto"])?;
    println!("cargo:rerun-if-changed={}", proto);
    Ok(())
}`,
    'bindgen with if let Ok(..) = env::var(..)': `use std::env;
use std::path::PathBuf;
fn main() {
    if let Ok(dir) = env::var("FOO_LIB_DIR") {
        println!("cargo:rustc-link-search=native={}", dir);
    }
    println!("cargo:rustc-link-lib=foo");
    let header = if let Ok(inc) = env::var("FOO_INCLUDE_DIR") { format!("{}/foo.h", inc) } else { "wrapper.h".to_string() };
    println!("cargo:rerun-if-changed={}", header);
    let bindings = bindgen::Builder::default()
        .header(header)
        .parse_callbacks(Box::new(bindgen::CargoCallbacks::new()))
        .generate()
        .expect("Unable to generate bindings");
    let out_path = PathBuf::from(env::var("OUT_DIR").unwrap());
    bindings.write_to_file(out_path.join("bindings.rs")).expect("Couldn't write bindings!");
}`,
    'cc with match target_os': `use std::{env, fs, path::Path};
fn main() {
    let target_os = env::var("CARGO_CFG_TARGET_OS").unwrap();
    let src = match target_os.as_str() {
        "linux" | "android" => "src/sys/linux.c",
        "macos" | "ios" => "src/sys/darwin.c",
        "windows" => { "src/sys/windows.c" }
        other => panic!("unsupported target os: {}", other),
    };
    let version = fs::read_to_string(if cfg!(windows) { "VERSION.win" } else { "VERSION" }).unwrap();
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join("version.rs"), format!("pub const V: &str = {:?};", version.trim())).unwrap();
    cc::Build::new().file(src).include("include").compile("sys");
    println!("cargo:rerun-if-changed={}", src);
}`,
  };
  for (const [name, text] of Object.entries(idioms)) {
    it(name, () => {
      expect(sourcesReadBy(text)).toEqual({ paths: [], unknown: [] });
    });
  }
});
