// sourcesReadBy (gates/kernel-boundary/build-paths.ts) and boundLoad (gates/kernel-boundary/entry-paths.ts), red team xk
// (session 42): a build-script path built from pieces reaches a copy wherever it stands (an array or vec! element looped
// over, a helper's return, a struct literal's field handed to a parameter), a directory copied by a crate or a command is
// a source the reader cannot evaluate, and an installed entry's load spelled with string methods, escapes, the path
// module's other spellings or the working directory is the path it spells; a load the reader cannot fold still counts
// the `..` its names reach.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourcesReadBy } from '../../gates/kernel-boundary/build-paths.js';
import { boundLoad } from '../../gates/kernel-boundary/entry-paths.js';
import '../helpers/fc-seed.js';

const segment = fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/);
const rustPath = fc.record({ dirs: fc.array(segment, { minLength: 0, maxLength: 2 }), stem: segment });
const q = (s: string) => JSON.stringify(s);
const head = 'use std::{env, fs, path::{Path, PathBuf}};\n';

/** Scripts where the path `Path::new("src")…join("<stem>.rs")` stands somewhere other than a call's argument or a `let`. */
const placements: ((e: string) => string)[] = [
  (e) => `${head}fn main() { let out = env::var("OUT_DIR").unwrap(); for p in [${e}] { fs::copy(&p, Path::new(&out).join("db.rs")).unwrap(); } }`,
  (e) => `${head}fn src() -> Vec<PathBuf> { vec![${e}] }\nfn main() { let out = env::var("OUT_DIR").unwrap(); for p in src() { fs::copy(&p, Path::new(&out).join("db.rs")).unwrap(); } }`,
  (e) => `${head}fn src() -> PathBuf { ${e} }\nfn cp(from: PathBuf, out: &str) { fs::copy(&from, Path::new(out).join("db.rs")).unwrap(); }\nfn main() { let out = env::var("OUT_DIR").unwrap(); cp(src(), &out); }`,
  (e) => `${head}struct Job { from: PathBuf }\nfn run(job: Job) { fs::copy(&job.from, "x").unwrap(); }\nfn main() { run(Job { from: ${e} }); }`,
  (e) => `${head}fn main() { let out = env::var("OUT_DIR").unwrap(); for k in 0..2 { copy_one(match k { 0 => ${e}, _ => PathBuf::from("y") }, &out); } }\nfn copy_one(p: PathBuf, out: &str) { fs::copy(&p, Path::new(out).join("db.rs")).unwrap(); }`,
];

describe('sourcesReadBy', () => {
  it('reads a path built from pieces wherever it stands as that path', () => {
    fc.assert(
      fc.property(rustPath, fc.nat(), ({ dirs, stem }, pick) => {
        const e = `Path::new("src")${dirs.map((d) => `.join(${q(d)})`).join('')}.join(${q(`${stem}.rs`)})`;
        const got = sourcesReadBy((placements[pick % placements.length] as (e: string) => string)(e));
        expect(got.paths).toContain(['src', ...dirs, `${stem}.rs`].join('/'));
      }),
    );
  });

  it('reports a directory copied by a crate or a command as a source it cannot evaluate', () => {
    const copies = [
      'fs_extra::dir::copy("src", &out, &fs_extra::dir::CopyOptions::new()).unwrap();',
      'copy_dir::copy_dir("src", &out).unwrap();',
      'dircpy::copy_dir("src", &out).unwrap();',
      'std::process::Command::new("cp").args(["-r", "src", &out]).status().unwrap();',
      'Command::new("/usr/bin/rsync").arg("-a").arg("src/").arg(&out).status().unwrap();',
      'Command::new("robocopy.exe").args(["src", &out]).status().unwrap();',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...copies), (statement) => {
        const got = sourcesReadBy(`use std::process::Command;\nfn main() { let out = std::env::var("OUT_DIR").unwrap(); ${statement} }`);
        expect(got.unknown.length).toBeGreaterThan(0);
      }),
    );
  });

  it('reads nothing unknown in generators, commands that copy nothing, or a parent directory read', () => {
    const sound = [
      'prost_build::compile_protos(&["proto/a.proto"], &["proto/"]).unwrap();',
      'tonic_build::configure().compile(&["proto/a.proto"], &["proto"]).unwrap();',
      'bindgen::Builder::default().header("wrapper.h").generate().unwrap().write_to_file(std::path::Path::new(&out).join("b.rs")).unwrap();',
      'cc::Build::new().file("src/copy.c").compile("copy");',
      'let h = Command::new("git").args(["rev-parse", "HEAD"]).output().unwrap(); std::fs::write(std::path::Path::new(&out).join("h.rs"), h.stdout).unwrap();',
      'let v = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().join("Cargo.toml")).unwrap();',
      'lalrpop::process_root().unwrap(); built::write_built_file().unwrap();',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...sound), (statement) => {
        const got = sourcesReadBy(`use std::process::Command;\nfn main() { let out = std::env::var("OUT_DIR").unwrap(); ${statement} }`);
        expect(got).toEqual({ paths: [], unknown: [] });
      }),
    );
  });
});

describe('boundLoad', () => {
  const entry = 'node_modules/kx/index.js';
  /** Texts and load expressions spelling `../../src/<rest>` without `..` whole in one literal, each with its binding. */
  const forms: ((rest: string) => { text: string; expr: string })[] = [
    (r) => ({ text: "const up = '..';", expr: `up.concat('/', up, '/src/${r}')` }),
    (r) => ({ text: '', expr: `'../'.repeat(2) + 'src/${r}'` }),
    (r) => ({ text: "const { sep } = require('path');", expr: `'..' + sep + '..' + sep + 'src/${r}'` }),
    (r) => ({ text: "const path = require('path');\nconst up = '..';", expr: `path.posix.join(__dirname, up, up, 'src/${r}')` }),
    (r) => ({ text: "const { join } = require('node:path');\nconst up = '..';", expr: `join(__dirname, up, up, 'src', '${r}')` }),
    (r) => ({ text: "const up = '\\x2e\\x2e';", expr: `up + '/' + up + '/src/${r}'` }),
    (r) => ({ text: "const up = '\\u{2e}\\u002e';", expr: `up + '/' + up + '/src/${r}'` }),
    (r) => ({ text: 'const d = String.fromCharCode(46);\nconst up = d + d;', expr: `[up, up, 'src', '${r}'].join('/')` }),
    (r) => ({ text: "const d = '.';\nconst up = d + d + '/';", expr: `up + up + 'src/${r}'` }),
    (r) => ({ text: "const path = require('path');", expr: `path.join(process.cwd(), 'src/${r}')` }),
    (r) => ({ text: "const path = require('path');", expr: `path.resolve('src', '${r}')` }),
    (r) => ({ text: `const u = new URL('../../src/${r}', import.meta.url);`, expr: 'u.href' }),
    (r) => ({ text: '', expr: `String.raw\`../../src/${r}\`` }),
  ];
  it('evaluates a load spelled with string methods, escapes, the path module or the working directory', () => {
    fc.assert(
      fc.property(rustPath, fc.nat(), ({ dirs, stem }, pick) => {
        const rest = [...dirs, stem].join('/');
        const { text, expr } = (forms[pick % forms.length] as (r: string) => { text: string; expr: string })(rest);
        expect(boundLoad(expr, `${text}\nmodule.exports = require(${expr});\n`, entry).path).toBe(`../../src/${rest}`);
      }),
    );
  });

  /** Loads the reader cannot fold whose names reach a climb of two `..`. */
  const unfolded: ((rest: string) => { text: string; expr: string })[] = [
    (r) => ({ text: `const { target } = { target: '../../src/${r}' };`, expr: 'target' }),
    (r) => ({ text: `const [up, file] = ['../..', 'src/${r}'];`, expr: "up + '/' + file" }),
    (r) => ({ text: `exports.T = '../../src/${r}';`, expr: 'exports.T' }),
    (r) => ({ text: `module.exports.T = '../../src/${r}';`, expr: 'module.exports.T' }),
    (r) => ({ text: `const up = '..';\nfunction target() { return up + '/' + up + '/src/${r}'; }`, expr: 'target()' }),
    (r) => ({ text: `const up = '..';\nconst cfg = { t: up + '/' + up + '/src/${r}' };`, expr: 'cfg.t' }),
  ];
  it('counts the climb a load reaches through its names when it cannot be folded', () => {
    fc.assert(
      fc.property(rustPath, fc.nat(), ({ dirs, stem }, pick) => {
        const { text, expr } = (unfolded[pick % unfolded.length] as (r: string) => { text: string; expr: string })([...dirs, stem].join('/'));
        const got = boundLoad(expr, `${text}\nmodule.exports.x = require(${expr});\n`, entry);
        expect(got.path).toBeUndefined();
        expect(got.ups).toBeGreaterThanOrEqual(2);
      }),
    );
  });

  it("evaluates loads of the package's own files the same ways to paths inside it", () => {
    expect(boundLoad("here.concat('/lib/a')", "const here = '.';", entry).path).toBe('./lib/a');
    expect(boundLoad("new URL('./lib/a.js', import.meta.url).href", '', entry).path).toBe('./lib/a.js');
    expect(boundLoad("path.posix.join(__dirname, 'lib', 'a')", "const path = require('path');", entry).path).toBe('./lib/a');
    expect(boundLoad('filepath', 'exports.load = (filepath) => import(filepath);', entry)).toEqual({ climbing: false, ups: 0 });
  });
});
