// sourcesReadBy (gates/kernel-boundary/build-paths.ts) and boundLoad (gates/kernel-boundary/entry-paths.ts): a path built
// from pieces names the file its pieces spell, however they are split and joined (helper kw's holes, session 41; closed
// by helper gk, session 42). A Rust path split at any point and rebuilt by `Path::join`, `concat!`, `format!`, `+`, a
// `PathBuf` pushed onto or a name bound to a piece is read as that path; a source the reader cannot evaluate is reported,
// never dropped. An installed entry's load through bound names, a template literal, `+` or `path.join` is the path spelled.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourcesReadBy } from '../../gates/kernel-boundary/build-paths.js';
import { boundLoad } from '../../gates/kernel-boundary/entry-paths.js';
import '../helpers/fc-seed.js';

const segment = fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/);
/** A Rust file's path under src/, as directory segments and a file stem. */
const rustPath = fc.record({ dirs: fc.array(segment, { minLength: 0, maxLength: 2 }), stem: segment });
const q = (s: string) => JSON.stringify(s);

/** Expressions of a build script spelling `src/<dirs>/<stem>.rs` from pieces (and the statements that bind them first). */
function spellings(dirs: string[], stem: string, cut: number): { before: string; expr: string }[] {
  const whole = ['src', ...dirs, `${stem}.rs`].join('/');
  const at = Math.max(1, Math.min(whole.length - 1, cut % whole.length));
  const [head, tail] = [whole.slice(0, at), whole.slice(at)];
  const joins = ['src', ...dirs].map((d) => `.join(${q(d)})`).join('');
  return [
    { before: '', expr: `Path::new(".")${joins}.join(${q(`${stem}.rs`)})` },
    { before: '', expr: `concat!(${q(head)}, ${q(tail)})` },
    { before: '', expr: `format!("{}{}", ${q(head)}, ${q(tail)})` },
    { before: `let piece = ${q(tail)};`, expr: `format!("${head.replace(/[{}]/g, '')}{piece}")` },
    { before: '', expr: `String::from(${q(head)}) + ${q(tail)}` },
    { before: `let mut p = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());${['src', ...dirs].map((d) => ` p.push(${q(d)});`).join('')}`, expr: `&p.join(${q(stem)}).with_extension("rs")` },
    { before: `let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");`, expr: `base${dirs.map((d) => `.join(${q(d)})`).join('')}.join(format!("{}.rs", ${q(stem)}))` },
  ].filter((s) => !/[{}]/.test(head) && !/[{}]/.test(tail) && s.expr !== '');
}

/** Operations that read or copy their first argument. */
const operations = [
  (e: string) => `fs::copy(${e}, Path::new(&out).join("db.rs")).unwrap();`,
  (e: string) => `let code = fs::read_to_string(${e}).unwrap(); fs::write(Path::new(&out).join("db.rs"), code).unwrap();`,
  (e: string) => `std::fs::hard_link(${e}, Path::new(&out).join("db.rs")).unwrap();`,
  (e: string) => `let mut f = File::open(${e}).unwrap();`,
  (e: string) => `copy_into(${e});`,
];
const script = (before: string, statement: string) => `use std::{env, fs, fs::File, path::{Path, PathBuf}};\nfn main() {\n    let out = env::var("OUT_DIR").unwrap();\n    ${before}\n    ${statement}\n}\nfn copy_into(from: impl AsRef<Path>) { fs::copy(from, "x").unwrap(); }\n`;

describe('sourcesReadBy', () => {
  it('reads a Rust path built from pieces, however split, as that path', () => {
    fc.assert(
      fc.property(rustPath, fc.nat(), fc.nat(), fc.nat(), ({ dirs, stem }, cut, pick, op) => {
        const all = spellings(dirs, stem, cut);
        const s = all[pick % all.length] as { before: string; expr: string };
        const got = sourcesReadBy(script(s.before, (operations[op % operations.length] as (e: string) => string)(s.expr)));
        expect(got.paths).toContain(['src', ...dirs, `${stem}.rs`].join('/'));
      }),
    );
  });

  it('reports a source it cannot evaluate instead of dropping it', () => {
    const unknown = ['entry.unwrap().path()', 'helper()', 'Path::new(&env::var("SRC").unwrap()).join("x.rs")', '&p'];
    fc.assert(
      fc.property(fc.constantFrom(...unknown), fc.nat(), (e, op) => {
        const before = e === '&p' ? 'let mut p = PathBuf::from("src/x"); p.set_extension("rs");' : '';
        const got = sourcesReadBy(script(before, (operations[op % 4] as (e: string) => string)(e)));
        expect(got.unknown.length).toBeGreaterThan(0);
      }),
    );
  });

  it('keeps a file of OUT_DIR and a printed path out of the copies', () => {
    fc.assert(
      fc.property(rustPath, ({ dirs, stem }) => {
        const p = ['src', ...dirs].map((d) => `.join(${q(d)})`).join('');
        const got = sourcesReadBy(script('', `fs::copy(Path::new(&out).join(${q(`${stem}.rs`)}), Path::new(&out).join("b.rs")).unwrap(); println!("cargo:rerun-if-changed={}", Path::new(".")${p}.join(${q(`${stem}.rs`)}).display());`));
        expect(got).toEqual({ paths: [], unknown: [] });
      }),
    );
  });
});

describe('boundLoad', () => {
  const target = (dirs: string[], stem: string) => ['..', '..', 'src', ...dirs, stem].join('/');
  const forms: ((dirs: string[], stem: string) => { text: string; expr: string })[] = [
    (d, s) => ({ text: `const target = '${target(d, s)}';`, expr: 'target' }),
    (d, s) => ({ text: `const up = '../..';\nconst name = '${s}';`, expr: `\`\${up}/${['src', ...d].join('/')}/\${name}\`` }),
    (d, s) => ({ text: `const base = '../../src';`, expr: `base + '/${[...d, s].join('/')}'` }),
    (d, s) => ({ text: `const path = require('path');\nconst up = '..';\nconst p = path.join(__dirname, up, up, ${['src', ...d, s].map((x) => `'${x}'`).join(', ')});`, expr: 'p' }),
    (d, s) => ({ text: `import path from 'node:path';\nconst rel = '${['src', ...d].join('/')}';`, expr: `path.join(__dirname, '../..', rel, '${s}')` }),
  ];
  it('evaluates a load through bound names to the path spelled', () => {
    fc.assert(
      fc.property(rustPath, fc.nat(), ({ dirs, stem }, pick) => {
        const { text, expr } = (forms[pick % forms.length] as (d: string[], s: string) => { text: string; expr: string })(dirs, stem);
        const got = boundLoad(expr, `${text}\nmodule.exports = require(${expr});\n`);
        expect(got.path).toBe(target(dirs, stem));
        expect(got.climbing).toBe(true);
      }),
    );
  });

  it('leaves a name bound twice or reassigned unevaluated, still climbing', () => {
    // Either value may be loaded: both count toward the climb (a reassigned name once read as no climb at all).
    expect(boundLoad('t', "let t = '../../src/a';\nif (x) t = '../../src/b';\nrequire(t);")).toEqual({ climbing: true, ups: 4 });
    expect(boundLoad('t', "let t = './lib';\nt = '../../src/b';\nrequire(t);")).toEqual({ climbing: true, ups: 2 });
    expect(boundLoad('t', "var t = '../../src/a';\nvar t = '../x';\nrequire(t);").path).toBeUndefined();
  });

  it('reads a loader parameter as no climb', () => {
    expect(boundLoad('filepath', 'const up = "../..";\nexports.load = (filepath) => import(filepath);')).toEqual({ climbing: false, ups: 0 });
  });
});
