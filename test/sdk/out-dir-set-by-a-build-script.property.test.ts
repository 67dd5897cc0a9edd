// outDirSetBy (gates/kernel-boundary/out-dir.ts): a build script's own `cargo:rustc-env=OUT_DIR=…` replaces the OUT_DIR
// Cargo sets, so an include of OUT_DIR then names what the script chose (red team xk, session 40). A family of spellings:
// both instruction prefixes, the placeholder forms of format!, the ways a script binds Cargo's OUT_DIR to a name. Handing
// Cargo's own back (glslang-rs and others do) is no redirection; any other value is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outDirSetBy } from '../../gates/kernel-boundary/out-dir.js';
import '../helpers/fc-seed.js';

const prefixes = ['cargo:', 'cargo::'];

/** Ways the script binds Cargo's OUT_DIR to `out` (a statement, possibly none). */
const bindings = [
  'let out = env::var("OUT_DIR").unwrap();',
  'let out: PathBuf = env::var_os("OUT_DIR").unwrap().into();',
  'let mut out = std::env::var("OUT_DIR")?;',
  'let o = env::var("OUT_DIR").unwrap();\n    let out = Path::new(&o);',
];

/** An instruction handing `out` (bound from OUT_DIR) or the variable itself back, given its prefix. */
const handsBack: ((prefix: string) => string)[] = [
  (p) => `println!("${p}rustc-env=OUT_DIR={}", out.display());`,
  (p) => `println!("${p}rustc-env=OUT_DIR={out}");`,
  (p) => `println!("${p}rustc-env=OUT_DIR={dir}", dir = out.display());`,
  (p) => `println!(\n        "${p}rustc-env=OUT_DIR={}",\n        std::env::var("OUT_DIR").unwrap()\n    );`,
  (p) => `println!("${p}rustc-env=OUT_DIR={:?}", env::var("OUT_DIR"));`,
];

/** An instruction pointing OUT_DIR elsewhere, given its prefix. */
const redirects: ((prefix: string) => string)[] = [
  (p) => `println!("${p}rustc-env=OUT_DIR=src/gen");`,
  (p) => `println!("${p}rustc-env=OUT_DIR={}/src/gen", env!("CARGO_MANIFEST_DIR"));`,
  (p) => `println!("${p}rustc-env=OUT_DIR={}", env!("CARGO_MANIFEST_DIR"));`,
  (p) => `println!("${p}rustc-env=OUT_DIR={}/gen", out.display());`,
  (p) => `println!("${p}rustc-env=OUT_DIR={m}");`,
  (p) => `println!("${p}rustc-env=OUT_DIR={dir}", dir = m);`,
];

const script = (binding: string, line: string) => `use std::{env, path::{Path, PathBuf}};\nfn main() {\n    let m = env!("CARGO_MANIFEST_DIR");\n    ${binding}\n    ${line}\n    println!("cargo:rustc-env=GIT_HASH=0123abc");\n}\n`;

describe('outDirSetBy', () => {
  it('reads no redirection where the script hands Cargo\'s OUT_DIR back, however it is spelled', () => {
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.constantFrom(...bindings), fc.constantFrom(...handsBack), (prefix, binding, line) => {
        expect(outDirSetBy(script(binding, line(prefix)))).toBeUndefined();
      }),
    );
  });

  it('reads the instruction where the script points OUT_DIR anywhere else, however it is spelled', () => {
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.constantFrom(...bindings), fc.constantFrom(...redirects), (prefix, binding, line) => {
        expect(outDirSetBy(script(binding, line(prefix)))).toMatch(/^rustc-env=OUT_DIR=/);
      }),
    );
  });

  it('reads a script that sets no OUT_DIR, or other variables only, as none', () => {
    expect(outDirSetBy('fn main() { println!("cargo:rustc-env=TARGET={}", std::env::var("TARGET").unwrap()); }')).toBeUndefined();
    expect(outDirSetBy('fn main() { tonic_build::compile_protos("proto/db.proto").unwrap(); }')).toBeUndefined();
    // A line comment prints nothing (a real bindgen script keeps its old instruction so).
    expect(outDirSetBy('fn main() {\n    //println!("cargo:rustc-env=OUT_DIR=./src");\n}')).toBeUndefined();
    expect(outDirSetBy('fn main() {\n    println!("cargo:rustc-env=OUT_DIR=./src");\n}')).toBe('rustc-env=OUT_DIR=./src');
  });
});
