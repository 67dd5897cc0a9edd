import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { attributeStringPaths, deferRustScan, resolveRustCrate, resolveRustModules, rustModulePath, scanRust, type RustEdge, unescapeRustString } from '../../src/scan/rust-imports.js';

const paths = (text: string) => scanRust(text).edges.map((e) => e.path);
const at = (e: RustEdge) => [e.kind, e.path, e.line, e.column];

describe('scanRust: string literals naming files are read with their escapes decoded', () => {
  it('unescapeRustString decodes what rustc decodes and keeps what it refuses', () => {
    expect(unescapeRustString('st\\x6fre.rs')).toBe('store.rs');
    expect(unescapeRustString('gen\\u{65}rated/\\u{1F_600}')).toBe('generated/\u{1F600}');
    expect(unescapeRustString('a\\\n    b\\t\\"\\\\')).toBe('ab\t"\\');
    expect(unescapeRustString('\\x80 \\u{D800} \\q')).toBe('\\x80 \\u{D800} \\q');
  });

  it('#[path], include!, include_str! and attribute paths take the decoded value; raw strings stay as written', () => {
    const scan = scanRust('#[path = "st\\x6fre.rs"]\nmod db;\ninclude!("gen\\u{65}.rs");\nconst S: &str = include_str!("a\\\n  b.rs");\nconst R: &str = include_bytes!(r"c\\x64.rs");\n#[serde(default = "crate::\\x73tore::f")]\nstruct X;\n');
    expect(scan.edges.map((e) => [e.kind, e.path, e.pathAttribute])).toEqual([
      ['mod', 'self::db', 'store.rs'],
      ['attribute', 'crate::store::f', undefined],
    ]);
    expect(scan.includes.map((i) => i.path)).toEqual(['gene.rs']);
    expect(scan.dataIncludes.map((d) => [d.macro, d.path, d.line])).toEqual([
      ['include_str', 'ab.rs', 4],
      ['include_bytes', 'c\\x64.rs', 6],
    ]);
  });
});

describe('attributeStringPaths: paths in attribute strings that are code', () => {
  it('reads paths, types and bounds as syn parses them, and no path in prose', () => {
    expect(attributeStringPaths('crate :: store :: codec')).toEqual([['crate', 'store', 'codec']]);
    expect(attributeStringPaths('crate::store::parse::<crate::a::T>')).toEqual([['crate', 'store', 'parse'], ['crate', 'a', 'T']]);
    expect(attributeStringPaths("T: crate::store::Tr + Clone + 'static")).toEqual([['crate', 'store', 'Tr']]);
    expect(attributeStringPaths('::kern::store::Db')).toEqual([['', 'kern', 'store', 'Db']]);
    expect(attributeStringPaths('$crate::r#store::f')).toEqual([['crate', 'store', 'f']]);
    expect(attributeStringPaths('&\'a mut dyn crate::store::Tr')).toEqual([['crate', 'store', 'Tr']]);
    expect(attributeStringPaths('crate::caf\u0065\u0301::x')).toEqual([['crate', 'caf\u00e9', 'x']]);
    expect(attributeStringPaths('could not open crate::store::db')).toEqual([]);
    expect(attributeStringPaths('crate::store::db.')).toEqual([]);
    expect(attributeStringPaths('open')).toEqual([]);
  });
});

describe('scanRust: use declarations', () => {
  it('reports plain, pub and pub(crate) uses with exact positions', () => {
    const text = ['use crate::session::Session;', '  pub use super::queue;', 'pub(crate) use self::inner::Thing as Other;', 'pub(super) use std::collections::HashMap;'].join('\n');
    expect(scanRust(text).edges.map(at)).toEqual([
      ['use', 'crate::session::Session', 1, 5],
      ['use', 'super::queue', 2, 11],
      ['use', 'self::inner::Thing', 3, 16],
      ['use', 'std::collections::HashMap', 4, 16],
    ]);
  });

  it('expands groups, nested groups and self, each leaf at its own line', () => {
    const text = 'use crate::a::{\n    b,\n    c::d,\n    e::{self, f::*},\n};';
    const edges = scanRust(text).edges;
    expect(edges.map(at)).toEqual([
      ['use', 'crate::a::b', 2, 5],
      ['use', 'crate::a::c::d', 3, 5],
      ['use', 'crate::a::e', 4, 9],
      ['use', 'crate::a::e::f', 4, 15],
    ]);
    expect(edges[3]?.glob).toBe(true);
  });

  it('handles globs, super chains, a leading :: and an empty group', () => {
    expect(paths('use super::*;\nuse super::super::x::Y;\nuse ::serde::Serialize;\nuse crate::z::{};')).toEqual(['super', 'super::super::x::Y', '::serde::Serialize']);
    expect(scanRust('use super::*;').edges[0]?.glob).toBe(true);
    expect(scanRust('use ::serde::Serialize;').edges[0]?.segments).toEqual(['', 'serde', 'Serialize']);
  });

  it('reads `use` inside functions and blocks, and raw identifiers', () => {
    expect(paths('fn f() {\n    use crate::r#type::Kind;\n    let x = 1;\n}')).toEqual(['crate::type::Kind']);
  });

  it('does not treat r#use or a field named use as a declaration', () => {
    expect(paths('let r#use = crate_thing; x.use_it();')).toEqual([]);
  });
});

describe('scanRust: paths in code', () => {
  it('finds crate::, super:: and self:: paths anywhere, stopping at turbofish', () => {
    const text = [
      'fn run() -> crate::session::Session {',
      '    let s = crate::session::Session::new();',
      '    super::queue::push(self::helper::X);',
      '    let v = crate::a::f::<u8>();',
      '    <T as crate::traits::Tr>::go();',
      '}',
    ].join('\n');
    expect(scanRust(text).edges.map(at)).toEqual([
      ['path', 'crate::session::Session', 1, 13],
      ['path', 'crate::session::Session::new', 2, 13],
      ['path', 'super::queue::push', 3, 5],
      ['path', 'self::helper::X', 3, 24],
      ['path', 'crate::a::f', 4, 13],
      ['path', 'crate::traits::Tr', 5, 11],
    ]);
  });

  it('reports plain a::b paths (the resolver keeps only child modules), never Self:: or method turbofish', () => {
    expect(paths('let m = HashMap::new(); Self::X; v.iter::<u8>(); child::go();')).toEqual(['HashMap::new', 'child::go']);
  });

  it('reads $crate paths in macro_rules and skips pub(in path) visibility', () => {
    expect(paths('macro_rules! m { () => { $crate::log::emit() } }\npub(in crate::a) fn f() {}')).toEqual(['crate::log::emit']);
  });
});

describe('scanRust: mod declarations and inline modules', () => {
  it('reports mod name; with its #[path] and inline mods with their scope', () => {
    const text = ['pub mod session;', '#[cfg(test)]', 'mod tests;', '#[path = "impl/x.rs"]', 'pub(crate) mod x;', 'mod inner {', '    mod deeper {', '        use super::super::y;', '    }', '    mod leaf;', '}', 'use self::z;'].join('\n');
    const scan = scanRust(text);
    expect(scan.edges.map((e) => [e.kind, e.path, e.line, e.scope.join('/'), e.pathAttribute ?? null])).toEqual([
      ['mod', 'self::session', 1, '', null],
      ['mod', 'self::tests', 3, '', null],
      ['mod', 'self::x', 5, '', 'impl/x.rs'],
      ['use', 'super::super::y', 8, 'inner/deeper', null],
      ['mod', 'self::leaf', 10, 'inner', null],
      ['use', 'self::z', 12, '', null],
    ]);
    expect(scan.inlineModules.map((m) => [m.name, m.line, m.scope.join('/')])).toEqual([
      ['inner', 6, ''],
      ['deeper', 7, 'inner'],
    ]);
  });
});

describe('scanRust: traps', () => {
  it('ignores line, doc, block and nested block comments', () => {
    const text = [
      '// use crate::a::b;',
      '/// crate::doc::x',
      '//! use crate::inner_doc;',
      '/* use crate::c; /* nested crate::d::e */ still comment crate::f::g */',
      '/** crate::h::i */',
      'use crate::real::One; // crate::after::comment',
    ].join('\n');
    expect(scanRust(text).edges.map(at)).toEqual([['use', 'crate::real::One', 6, 5]]);
  });

  it('ignores string, byte string, C string and raw strings with any number of hashes', () => {
    const text = [
      'let a = "use crate::a::b; \\" crate::c::d";',
      'let b = b"crate::e::f";',
      'let c = c"crate::g::h";',
      'let r = r"crate::i::j";',
      'let s = r#"he said "crate::k::l" "#;',
      'let t = r##"a "# crate::m::n "##;',
      'let u = br#"crate::o::p"#;',
      'let v = "multi',
      'line crate::q::r',
      '";',
      'use crate::real::Two;',
    ].join('\n');
    expect(scanRust(text).edges.map(at)).toEqual([['use', 'crate::real::Two', 11, 5]]);
  });

  it('skips char literals but not lifetimes', () => {
    const text = [
      "fn f<'a>(x: &'a str) -> char { let q = '\"'; let e = '\\''; let u = '\\u{1F600}'; let k = b'\"'; 'x' }",
      "fn g<'b, 'c: 'b>(y: &'b u8) -> &'static str { 'label: loop { break 'label; } \"crate::no::edge\" }",
      "struct S<'a> { s: &'a crate::types::T }",
      "let emoji = '😀'; use crate::after::Emoji;",
    ].join('\n');
    expect(scanRust(text).edges.map(at)).toEqual([
      ['path', 'crate::types::T', 3, 23],
      ['use', 'crate::after::Emoji', 4, 23],
    ]);
  });

  it('a quote char literal does not open a string that swallows later code', () => {
    expect(paths('let q = \'"\';\nuse crate::x::Y;\nlet z = \'"\';')).toEqual(['crate::x::Y']);
  });

  it('reads #[path] values from raw strings and ignores attribute strings otherwise', () => {
    const scan = scanRust('#[doc = "use crate::a::b;"]\n#[path = r"other.rs"]\nmod m;');
    expect(scan.edges.map((e) => [e.path, e.pathAttribute])).toEqual([['self::m', 'other.rs']]);
  });

  it('tolerates a shebang line but keeps an inner attribute', () => {
    expect(paths('#!/usr/bin/env run-cargo-script\nuse crate::a::B;')).toEqual(['crate::a::B']);
    expect(paths('#![allow(dead_code)]\nuse crate::a::B;')).toEqual(['crate::a::B']);
    // rustc looks for the `[` past whitespace and comments: these are inner attributes, and the code after them is read.
    expect(paths('#!/**/[allow(unused)] use crate::a::B;')).toEqual(['crate::a::B']);
    expect(paths('#! /* /* nested */ */\n // c\n [allow(unused)] use crate::a::B;')).toEqual(['crate::a::B']);
    expect(paths('#!/usr/bin/env run-cargo-script crate::x::Y\nuse crate::a::B;')).toEqual(['crate::a::B']);
  });

  it('does not hang or throw on unterminated input', () => {
    for (const text of ['use crate::a::{b, c', '/* open', 'r#"open', '"open', "'", 'mod', 'use', '#[path = ', 'crate::']) {
      expect(() => scanRust(text)).not.toThrow();
    }
  });
});

describe('scanRust: properties', () => {
  const code = 'use crate::a::B;\nfn f() { crate::c::d(); }\n';
  const noise = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', ':', '*', '/', '"', "'", '#', '{', '}', ';', 'c', 'r', 'u', 's', 'e', 'x'), maxLength: 60 });
  const words = fc.constantFrom('use crate::x::y;', 'crate::z::w()', 'super::q::r', 'mod m;', 'self::s::t', '::', '{', '}');
  const content = fc.array(fc.oneof(noise, words), { maxLength: 6 }).map((parts) => parts.join(' '));

  it('inserting any comment text never adds an edge', () => {
    fc.assert(
      fc.property(content, (c) => {
        const block = c.replace(/\*\//g, '* /').replace(/\/\*/g, '/ *');
        const line = c.replace(/\n/g, ' ');
        expect(paths(`${code}/* ${block} */\n// ${line}\n/// ${line}\n${code}`)).toEqual(paths(code + code));
      }),
    );
  });

  it('inserting any string or raw string literal never adds an edge', () => {
    fc.assert(
      fc.property(content, (c) => {
        const escaped = c.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
        const raw = c.replace(/"#/g, '" #');
        const text = `${code}let s = "${escaped}"; let r = r#"${raw}"#; let b = b"${escaped}";\n${code}`;
        expect(paths(text)).toEqual(paths(code + code));
      }),
    );
  });

  it('line numbers stay exact whatever comes before', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('// c\n', '/* a\nb */\n', 'let s = "x\ny";\n', "fn f<'a>() {}\n", '\n', 'let r = r#"\n"#;\n'), { maxLength: 12 }), (prefix) => {
        const before = prefix.join('');
        const lines = before.split('\n').length;
        const edges = scanRust(`${before}use crate::target::X;`).edges;
        expect(edges.map((e) => [e.line, e.column])).toEqual([[lines, 5]]);
      }),
    );
  });

  it('line and column stay exact after any token kind, ASCII or not, lexed in the hot loop or out of it', () => {
    const tokens = ['"x\ny"', 'r#"a\n"#', 'b"x"', 'br"x"', 'c"x"', 'cr#"x"#', "b'x'", "'c'", "'\\n'", "'😀'", "'a", 'r#type', 'é', 'ñandú', 'a_é', '😀', '×', '1.5', '0x1F', '2.max', '/* a /* b */\n */', '// c\n', '::', '\t', '\r\n', '#', '$x', 'crate', 'brace', 'r', 'b'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 16 }), (parts) => {
        const before = `${parts.join(' ')} ; `;
        const lastLine = before.slice(before.lastIndexOf('\n') + 1);
        const edges = scanRust(`${before}use crate::target::X;`).edges.filter((e) => e.path === 'crate::target::X');
        expect(edges.map((e) => [e.line, e.column])).toEqual([[before.split('\n').length, lastLine.length + 5]]);
      }),
    );
  });

  it("a process's first scan reads as any later one: the lexer's warm-up leaves nothing behind", async () => {
    const text = "#![allow(x)]\nuse crate::a::{b, c};\nfn f<'a>() { let s = r#\"x\"#; crate::d::e(); é ( }\n";
    vi.resetModules();
    const fresh = await import('../../src/scan/rust-imports.js');
    const first = fresh.scanRust(text);
    fresh.scanRust('fn g() { "a" 1.5 }'.repeat(500));
    expect(fresh.scanRust(text)).toEqual(first);
    expect(scanRust(text)).toEqual(first);
  });
});

describe('rustModulePath', () => {
  it('maps files to module paths', () => {
    expect(rustModulePath('src/lib.rs')).toBe('crate');
    expect(rustModulePath('src/main.rs')).toBe('crate');
    expect(rustModulePath('src/a/b.rs')).toBe('crate::a::b');
    expect(rustModulePath('src/a/b/mod.rs')).toBe('crate::a::b');
    expect(rustModulePath('crates/core/src/x.rs', 'crates/core/src')).toBe('crate::x');
    expect(rustModulePath('tests/x.rs')).toBeUndefined();
    expect(rustModulePath('src/a.ts')).toBeUndefined();
    expect(rustModulePath('lib.rs', '.')).toBe('crate');
  });
});

describe('resolveRustModules', () => {
  const crate = new Map<string, string>([
    ['src/lib.rs', 'pub mod session;\npub mod hostcall;\nmod util;\npub use session::Session;\nuse std::fmt;\nuse serde::Serialize;'],
    ['src/session/mod.rs', 'pub mod store;\npub struct Session;'],
    ['src/session/store.rs', 'use super::Session;\nuse crate::util::helper;'],
    ['src/util.rs', 'pub fn helper() {}'],
    [
      'src/hostcall/mod.rs',
      [
        'pub mod amac;',
        'use crate::session::store::Store;',
        'fn f() { crate::session::store::Store::open(); amac::go(); Vec::<u8>::new(); }',
        'mod inner {',
        '    use super::amac::Lane;',
        '    mod deeper {',
        '        fn g() { super::super::amac::run(); self::h(); super::k(); }',
        '    }',
        '}',
      ].join('\n'),
    ],
    ['src/hostcall/amac.rs', 'use super::super::session::Session;\nuse super::*;\nfn x() { crate::Thing::new(); }'],
  ]);
  const model = resolveRustModules(crate);
  const edgesFrom = (file: string) => model.edges.filter((e) => e.from === file).map((e) => [e.path, e.to, e.line]);

  it('maps every file to its module', () => {
    expect(Object.fromEntries(model.moduleOf)).toEqual({
      'src/hostcall/amac.rs': 'crate::hostcall::amac',
      'src/hostcall/mod.rs': 'crate::hostcall',
      'src/lib.rs': 'crate',
      'src/session/mod.rs': 'crate::session',
      'src/session/store.rs': 'crate::session::store',
      'src/util.rs': 'crate::util',
    });
    expect(model.outside).toEqual([]);
  });

  it('resolves mod declarations, uniform paths and drops external crates', () => {
    expect(edgesFrom('src/lib.rs')).toEqual([
      ['self::session', 'src/session/mod.rs', 1],
      ['self::hostcall', 'src/hostcall/mod.rs', 2],
      ['self::util', 'src/util.rs', 3],
      ['session::Session', 'src/session/mod.rs', 4],
    ]);
  });

  it('resolves super:: relative to the file module and crate:: to the longest module prefix', () => {
    expect(edgesFrom('src/session/store.rs')).toEqual([
      ['super::Session', 'src/session/mod.rs', 1],
      ['crate::util::helper', 'src/util.rs', 2],
    ]);
    expect(edgesFrom('src/hostcall/amac.rs')).toEqual([
      ['super::super::session::Session', 'src/session/mod.rs', 1],
      ['super', 'src/hostcall/mod.rs', 2],
      // `use super::*;` also takes the parent's private imports (hostcall/mod.rs's `use crate::session::store::Store;`).
      ['super::* (re-exported by crate::hostcall)', 'src/session/store.rs', 2],
      ['crate::Thing::new', 'src/lib.rs', 3],
    ]);
  });

  it('resolves super:: and self:: inside nested inline modules', () => {
    expect(edgesFrom('src/hostcall/mod.rs')).toEqual([
      ['self::amac', 'src/hostcall/amac.rs', 1],
      ['crate::session::store::Store', 'src/session/store.rs', 2],
      ['crate::session::store::Store::open', 'src/session/store.rs', 3],
      ['amac::go', 'src/hostcall/amac.rs', 3],
      ['super::amac::Lane', 'src/hostcall/amac.rs', 5],
      ['super::super::amac::run', 'src/hostcall/amac.rs', 7],
      ['self::h', 'src/hostcall/mod.rs', 7],
      ['super::k', 'src/hostcall/mod.rs', 7],
    ]);
    expect(model.fileOf.get('crate::hostcall::inner::deeper')).toBe('src/hostcall/mod.rs');
  });

  it('drops super:: above the crate root and reports files outside the crate root', () => {
    // tools/gen.rs is no target Cargo discovers (tests/it.rs is one: a crate of its own, see 'targets and editions').
    const m = resolveRustModules(new Map([['src/lib.rs', 'use super::x;'], ['tools/gen.rs', 'use crate::a;']]));
    expect(m.edges).toEqual([]);
    expect(m.outside).toEqual(['tools/gen.rs']);
  });

  it('a #[path] declaration places the file at the declaring module', () => {
    const m = resolveRustModules(new Map([['src/lib.rs', '#[path = "platform/linux.rs"]\nmod sys;\nuse crate::sys::Poller;'], ['src/platform/linux.rs', 'pub struct Poller;']]));
    expect(m.moduleOf.get('src/platform/linux.rs')).toBe('crate::sys');
    expect(m.edges.map((e) => [e.path, e.to])).toEqual([
      ['self::sys', 'src/platform/linux.rs'],
      ['crate::sys::Poller', 'src/platform/linux.rs'],
    ]);
  });
});

describe('scanRust: module-level items and use bindings', () => {
  it('names a path-qualified macro call by its macro item (`crate::m!` ends in `m!`)', () => {
    const scan = scanRust('fn f() { crate::store_key!(1); crate::store::open(); }');
    expect(scan.edges.map((e) => e.path)).toEqual(['crate::store_key!', 'crate::store::open']);
    expect(scan.macroCalls.map((c) => c.name)).toEqual(['store_key']);
  });

  it('records items defined at module level only, and the name each use binds', () => {
    const text = [
      'pub struct Store;',
      'const fn limit() -> usize { 3 }',
      'static mut COUNTER: u32 = 0;',
      'macro_rules! log { () => {} }',
      'impl Store { fn open() {} const K: u8 = 1; }',
      'fn outer() { struct Local; }',
      'mod inner { pub enum Kind { A } }',
      'use crate::a::{b as c, d, e::{self}, f as _, g::*};',
    ].join('\n');
    const scan = scanRust(text);
    expect(scan.items.map((i) => [i.name, i.scope.join('/')])).toEqual([
      ['Store', ''],
      ['limit', ''],
      ['COUNTER', ''],
      ['log', ''],
      // A macro is also the item `log!`, which a path-qualified call (`crate::log!()`) names.
      ['log!', ''],
      ['outer', ''],
      ['Kind', 'inner'],
    ]);
    expect(scan.edges.map((e) => [e.path, e.binding ?? null])).toEqual([
      ['crate::a::b', 'c'],
      ['crate::a::d', 'd'],
      ['crate::a::e', 'e'],
      ['crate::a::f', null],
      ['crate::a::g', null],
    ]);
  });
});

describe('resolveRustModules: re-exports', () => {
  const to = (files: [string, string][], from: string) =>
    resolveRustModules(new Map(files))
      .edges.filter((e) => e.from === from)
      .map((e) => [e.path, e.to]);

  it('follows pub use chains (aliases included) to the file that defines the item', () => {
    const files: [string, string][] = [
      ['src/lib.rs', 'pub mod core;\npub mod session;\npub use session::SessionStore;\npub use session::SessionStore as Store;'],
      ['src/session/mod.rs', 'pub mod store;\npub use self::store::SessionStore;'],
      ['src/session/store.rs', 'pub struct SessionStore;'],
      ['src/core.rs', 'use crate::SessionStore;\nfn f() { crate::Store::open(); crate::session::SessionStore::new(); }'],
    ];
    expect(to(files, 'src/core.rs')).toEqual([
      ['crate::SessionStore', 'src/session/store.rs'],
      ['crate::Store::open', 'src/session/store.rs'],
      ['crate::session::SessionStore::new', 'src/session/store.rs'],
    ]);
  });

  it('follows a glob re-export only to a module that has the name; an item of the module itself wins', () => {
    const files: [string, string][] = [
      ['src/lib.rs', 'pub mod core;\npub mod session;\npub use session::*;\npub fn own() {}'],
      ['src/session.rs', 'pub fn open() {}\npub fn own() {}'],
      ['src/core.rs', 'fn f() { crate::open(); crate::own(); crate::nowhere(); }'],
    ];
    expect(to(files, 'src/core.rs')).toEqual([
      ['crate::open', 'src/session.rs'],
      ['crate::own', 'src/lib.rs'],
      ['crate::nowhere', 'src/lib.rs'],
    ]);
  });

  it('an item of the module itself wins over a glob re-export, in a module of many items or few, scans held or not', () => {
    const many = Array.from({ length: 300 }, (_, k) => `pub fn f${k}() {}`).join('\n');
    for (const own of [many, 'pub fn f1() {}\npub fn f299() {}']) {
      const files: [string, string][] = [
        ['src/lib.rs', 'pub mod core;\npub mod session;\npub mod big;'],
        ['src/big.rs', `pub use crate::session::*;\n${own}`],
        ['src/session.rs', 'pub fn open() {}\npub fn f299() {}'],
        ['src/core.rs', 'fn f() { crate::big::open(); crate::big::f299(); crate::big::f1(); }'],
      ];
      const expected = [
        ['crate::big::open', 'src/session.rs'],
        ['crate::big::f299', 'src/big.rs'],
        ['crate::big::f1', 'src/big.rs'],
      ];
      expect(to(files, 'src/core.rs')).toEqual(expected);
      const held = new Map(files.map(([file, text]) => [file, deferRustScan(scanRust(text))]));
      expect(resolveRustCrate(held).edges.filter((e) => e.from === 'src/core.rs').map((e) => [e.path, e.to])).toEqual(expected);
    }
  });

  it('stops on re-export cycles', () => {
    const files: [string, string][] = [
      ['src/lib.rs', 'pub mod a;\npub mod b;\npub mod c;'],
      ['src/a.rs', 'pub use crate::b::X;\npub use crate::b::*;'],
      ['src/b.rs', 'pub use crate::a::X;\npub use crate::a::*;'],
      ['src/c.rs', 'use crate::a::X;\nuse crate::b::Y;'],
    ];
    expect(to(files, 'src/c.rs').map(([, file]) => file).every((f) => f === 'src/a.rs' || f === 'src/b.rs')).toBe(true);
  });

  it('globs that loop (a module globbing itself, repeatedly, and its neighbours) are each followed once', () => {
    // Four self-globs made the glob search branch four ways at each of its 16 hops: the planted-edge property
    // test hung on this shape (FC_SEED=5). Thirty of each must now resolve at once, to the right file.
    const selfGlobs = Array.from({ length: 30 }, () => 'use crate::c0::*;\nuse crate::c1::*;');
    const files: [string, string][] = [
      ['src/lib.rs', 'pub mod c0;\npub mod c1;\npub mod s1;'],
      ['src/c0.rs', [...selfGlobs, '#[tracing::instrument(fields(x = crate::s1::N))]', 'fn g() {}', 'fn h() { crate::c1::Far; }'].join('\n')],
      ['src/c1.rs', [...selfGlobs, 'pub use crate::s1::N as Far;'].join('\n')],
      ['src/s1.rs', 'pub const N: u8 = 1;'],
    ];
    const edges = to(files, 'src/c0.rs');
    expect(edges).toContainEqual(['crate::s1::N', 'src/s1.rs']);
    expect(edges).toContainEqual(['crate::c1::Far', 'src/s1.rs']);
  });

  it('a use that binds a name through itself (`use crate::k::b::b as k;`) ends at the module reached', () => {
    // The chain lengthens by two segments at every lap: walked to the hop limit, with a longest-prefix
    // search over the whole path at each hop, it ran for minutes (found by a differential fuzz).
    const files = new Map([['src/lib.rs', ''], ['src/k.rs', ''], ['src/main.rs', 'use crate::k::b::b as k;\nfn f() { k::x(); }']]);
    for (const edition of ['2015', '2021', 'unknown']) {
      const model = resolveRustModules(files, { crateRoot: 'src', edition });
      expect(model.edges.map((e) => [e.path, e.to])).toEqual([
        ['crate::k::b::b', 'src/main.rs'],
        ['k::x (k bound by use crate::k::b::b)', 'src/main.rs'],
      ]);
    }
  });
});

describe('scanRust: every edge form, fail closed, stack-safe', () => {
  const at = (text: string) => scanRust(text).edges.map((e) => [e.kind, e.path, e.line]);

  it('reads paths inside attributes, strings that are whole paths included, but not cfg features or docs', () => {
    const text = ['#[serde(default = "crate::defaults::port")]', '#[tracing::instrument(fields(x = crate::a::b()))]', '#[cfg(feature = "crate::not::a_path")]', '#[doc = "see crate::a::b"]', 'fn f() {}'].join('\n');
    expect(at(text)).toEqual([
      ['attribute', 'crate::defaults::port', 1],
      ['path', 'tracing::instrument', 2],
      ['path', 'crate::a::b', 2],
    ]);
  });

  it('makes an extern crate an edge to the crate it links, renamed, discarded or plain; not of self, a comment or a string', () => {
    const scan = scanRust(['extern crate storage as _;', 'mod m { extern crate r#cache; }', '#[macro_use] extern crate facade as f;', 'extern crate self as me;', '// extern crate hidden;', 'const S: &str = "extern crate quoted;";'].join('\n'));
    expect(scan.edges.map((e) => [e.kind, e.path, e.line, e.scope])).toEqual([
      ['path', 'storage', 1, []],
      ['path', 'cache', 2, ['m']],
      ['path', 'facade', 3, []],
    ]);
  });
  it('records include!, extern crate self, type aliases, pub use and macro metavariable paths', () => {
    const scan = scanRust(['extern crate self as kernel;', 'include!("gen.rs");', 'include!(concat!(env!("OUT_DIR"), "/b.rs"));', 'pub type S = crate::store::Db;', 'pub(crate) use crate::a::B;', 'macro_rules! m { ($x:ident) => { crate::$x::f() } }'].join('\n'));
    expect(scan.selfNames).toEqual(['kernel']);
    expect(scan.includes.map((i) => [i.path, i.expression !== undefined, i.line])).toEqual([
      ['gen.rs', false, 2],
      [undefined, true, 3],
    ]);
    expect(scan.aliases).toEqual([{ name: 'S', segments: ['crate', 'store', 'Db'], scope: [] }]);
    expect(scan.edges.find((e) => e.path === 'crate::a::B')?.public).toBe(true);
    expect(scan.edges.find((e) => e.metavariable === true)?.path).toBe('crate::$x');
  });

  it('reports what it could not read to its end', () => {
    for (const text of ['/* open', 'const S: &str = "open', 'let r = r#"open', 'fn f() {', 'fn f() }']) {
      expect(scanRust(text).errors.length, text).toBeGreaterThan(0);
    }
    expect(scanRust('use crate::a::b;\nfn f() {}').errors).toEqual([]);
  });

  it('a use group nested 10,000 deep, closed or not, neither crashes nor goes quadratic', () => {
    for (const text of [`use a::${'{b::'.repeat(10_000)}c${'}'.repeat(10_000)};`, `use a::${'{b::'.repeat(10_000)}`, `use ${'{'.repeat(10_000)}`, '{'.repeat(10_000), `use a::{${'b, '.repeat(50_000)}c};`]) {
      // Quadratic work on these would outlast the test's timeout; no clock is read (a loaded machine is not a failure).
      const scan = scanRust(text);
      expect(scan.edges.length + scan.errors.length).toBeGreaterThan(0);
    }
  });
});

describe('scanRust: pooled tokens, macros, editions', () => {
  it('a file scanned after a longer one never sees that file\'s tokens (the pool is reused)', () => {
    scanRust('use crate::a::b::c::d::e::f::g::h::i::j;\nfn long() { crate::k::l::m::n(); }\n'.repeat(50));
    const short = scanRust('use crate::x');
    expect(short.edges.map((e) => e.path)).toEqual(['crate::x']);
    expect(scanRust('crate::y').edges.map((e) => e.path)).toEqual(['crate::y']);
    expect(scanRust('').edges).toEqual([]);
  });

  it('property: scanning files in any order gives each the scan it gets alone', () => {
    const texts = ['use crate::a::{b, c::d};', 'mod m { use super::x::*; }\nfn f() { crate::y::z(); }', 'extern crate self as k;\nuse k::q;', '#[serde(default = "crate::d::port")]\nstruct S;', 'use crate::a::b::c::d::e::f::g;'];
    const alone = texts.map((t) => JSON.stringify(scanRust(t)));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: texts.length - 1 }), { minLength: 1, maxLength: 12 }), (order) => {
        for (const k of order) expect(JSON.stringify(scanRust(texts[k] as string))).toBe(alone[k]);
      }),
      { numRuns: 50 },
    );
  });

  it('a macro_rules! body defined in another file is expanded at each call, at the call\'s line', () => {
    const m = resolveRustModules(
      new Map([
        ['src/lib.rs', '#[macro_use]\nmod macros;\nmod core;\nmod store;\n'],
        ['src/macros.rs', 'macro_rules! open {\n  () => { $crate::store::open() };\n}\nmacro_rules! twice { () => { open!() } }\n'],
        ['src/store.rs', 'pub fn open() {}\n'],
        ['src/core.rs', 'fn f() {\n  open!();\n  twice!();\n}\n'],
      ]),
    );
    expect(m.edges.filter((e) => e.from === 'src/core.rs').map((e) => [e.to, e.line, e.path])).toEqual([
      ['src/macros.rs', 2, 'open! (macro_rules! open of crate::macros, in textual scope)'],
      ['src/store.rs', 2, 'open!: crate::store::open'],
      ['src/macros.rs', 3, 'twice! (macro_rules! twice of crate::macros, in textual scope)'],
      ['src/store.rs', 3, 'twice!: crate::store::open'],
    ]);
    expect(m.edges.filter((e) => e.from === 'src/macros.rs').map((e) => [e.to, e.line])).toEqual([['src/store.rs', 2]]);
  });

  it('an unqualified macro call reaches every macro_rules! of that name in textual scope, and no other', () => {
    const callers = (files: [string, string][]) =>
      resolveRustModules(new Map(files))
        .edges.filter((e) => e.path.includes('in textual scope'))
        .map((e) => `${e.from}:${e.line} -> ${e.to}`)
        .sort();
    const store = 'macro_rules! key { () => { 1 } }\n';
    // #[macro_use] carries a module's macros (and its own #[macro_use] children's) out to the declaring module and to
    // every module declared there; a cfg_attr reading counts; an enclosing module's own macros are in scope below it.
    expect(callers([['src/lib.rs', '#[macro_use]\nmod outer;\nmod core;\n'], ['src/outer.rs', '#[macro_use]\nmod store;\n'], ['src/outer/store.rs', store], ['src/core.rs', 'fn f() { key!(); }\n']])).toEqual(['src/core.rs:1 -> src/outer/store.rs']);
    expect(callers([['src/lib.rs', '#[cfg_attr(feature = "m", macro_use)]\nmod store;\nmod core;\n'], ['src/store.rs', store], ['src/core.rs', 'fn f() {\n  key!();\n}\n']])).toEqual(['src/core.rs:2 -> src/store.rs']);
    expect(callers([['src/lib.rs', 'mod core;\n'], ['src/core.rs', `${store}mod inner;\n`], ['src/core/inner.rs', 'fn f() { key!(); }\n']])).toEqual(['src/core/inner.rs:1 -> src/core.rs']);
    // At the crate root a #[macro_export] macro is an item: any of the crate's macros of that name may be meant.
    expect(callers([['src/lib.rs', 'mod store;\nfn f() { key!(); }\n'], ['src/store.rs', store]])).toEqual(['src/lib.rs:2 -> src/store.rs']);
    // Not in scope: a module declared without #[macro_use], a sibling's child, a file defining the name itself, a path-qualified call.
    expect(callers([['src/lib.rs', 'mod store;\nmod core;\n'], ['src/store.rs', store], ['src/core.rs', 'fn f() { key!(); }\n']])).toEqual([]);
    expect(callers([['src/lib.rs', '#[macro_use]\nmod store;\nmod core;\n'], ['src/store.rs', store], ['src/core.rs', `${store}fn f() { key!(); }\n`]])).toEqual([]);
    expect(callers([['src/lib.rs', '#[macro_use]\nmod store;\nmod core;\n'], ['src/store.rs', store], ['src/core.rs', 'fn f() { other::key!(); }\n']])).toEqual([]);
  });

  it('an include path built by concat! of literals (after env!("CARGO_MANIFEST_DIR")) is read; OUT_DIR is marked with its path inside; anything else is computed', () => {
    const scan = scanRust(
      'const A: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/src/", "a.rs"));\nconst B: &[u8] = include_bytes!(concat!("b", ".rs",));\nconst C: &str = include_str!(concat!(env!("OUT_DIR"), "/c"));\nconst D: &str = include_str!(env!("D"));\nconst E: &str = include_str!(concat!("e", env!("CARGO_MANIFEST_DIR")));\ninclude!(concat!(env!("CARGO_MANIFEST_DIR"), "/f.rs"));\n',
    );
    // The gate reads where OUT_DIR points (build output, or a directory the cargo config's [env] names).
    expect(scan.dataIncludes.filter((d) => d.generated === true).map((d) => d.outDir)).toEqual(['c']);
    expect(scan.dataIncludes.map((d) => [d.macro, d.path, d.fromManifest === true, d.computed === true, d.line])).toEqual([
      ['include_str', 'src/a.rs', true, false, 1],
      ['include_bytes', 'b.rs', false, false, 2],
      ['include_str', 'concat ! ( env ! ( OUT_DIR ) , /c )', false, true, 3],
      ['include_str', 'env ! ( D )', false, true, 4],
      ['include_str', 'concat ! ( e , env ! ( CARGO_MANIFEST_DIR ) )', false, true, 5],
    ]);
    expect(scan.includes.map((i) => [i.path, i.fromManifest === true, i.line])).toEqual([['f.rs', true, 6]]);
  });

  it('an unknown edition reads a path both ways: never fewer edges than 2015 or 2018 alone', () => {
    const files = new Map([
      ['src/lib.rs', 'pub mod store;\npub mod core;\n'],
      ['src/store.rs', 'pub struct Db;\n'],
      ['src/core.rs', 'pub mod store;\nuse store::Db;\n'],
      ['src/core/store.rs', 'pub struct Db;\n'],
    ]);
    const targets = (edition: string) => resolveRustModules(files, { crateRoot: 'src', edition }).edges.filter((e) => e.path === 'store::Db').map((e) => e.to).sort();
    expect(targets('2018')).toEqual(['src/core/store.rs']);
    expect(targets('2015')).toEqual(['src/store.rs']);
    expect(targets('unknown')).toEqual(['src/core/store.rs', 'src/store.rs']);
  });
});

describe('resolveRustModules: targets and editions', () => {
  it('the build script and the tests, examples and benches Cargo discovers beside src are crates of their own, not files outside every crate', () => {
    const files = new Map([
      ['src/lib.rs', 'pub mod store;\n'],
      ['src/store.rs', 'pub struct Db;\n'],
      ['build.rs', 'fn main() { let _ = kernel::store::Db; }\n'],
      ['tests/it.rs', 'mod common;\nuse kernel::store::Db;\n'],
      ['tests/common/mod.rs', 'pub fn helper() {}\n'],
      ['examples/demo/main.rs', 'use kernel::store::Db;\n'],
      ['benches/speed.rs', 'fn main() {}\n'],
      ['tests/data/fixture.rs', 'fn main() {}\n'],
    ]);
    const model = resolveRustModules(files, { crateRoot: 'src', libName: 'kernel', edition: '2021' });
    expect(model.moduleOf.get('build.rs')).toBe('crate[build build-script-build]');
    expect(model.moduleOf.get('tests/it.rs')).toBe('crate[test it]');
    expect(model.moduleOf.get('tests/common/mod.rs')).toBe('crate[test it]::common');
    expect(model.moduleOf.get('examples/demo/main.rs')).toBe('crate[example demo]');
    expect(model.moduleOf.get('benches/speed.rs')).toBe('crate[bench speed]');
    // Deeper than Cargo looks (tests/<dir>/<file>.rs that is no main.rs): still outside every crate.
    expect(model.outside).toEqual(['tests/data/fixture.rs']);
    expect(model.edges.filter((e) => e.to === 'src/store.rs' && e.kind !== 'mod').map((e) => e.from).sort()).toEqual(['build.rs', 'examples/demo/main.rs', 'tests/it.rs']);
  });

  it('binaries are crates of their own that reach the library by its crate name; 2015 use paths start at the crate root', () => {
    const files = new Map([
      ['src/lib.rs', 'pub mod store;\npub mod core;\n'],
      ['src/store.rs', 'pub struct Db;\n'],
      ['src/core.rs', 'use store::Db;\n'],
      ['src/main.rs', 'mod cli;\nuse crate::cli::run;\n'],
      ['src/cli.rs', 'pub fn run() { let _ = kernel::store::Db; }\n'],
      ['src/bin/tool.rs', 'use kernel::store::Db;\nuse crate::helper;\n'],
    ]);
    const model = resolveRustModules(files, { crateRoot: 'src', libName: 'kernel', edition: '2015' });
    expect(model.moduleOf.get('src/main.rs')).toBe('crate[bin main]');
    expect(model.moduleOf.get('src/cli.rs')).toBe('crate[bin main]::cli');
    expect(model.moduleOf.get('src/bin/tool.rs')).toBe('crate[bin tool]');
    expect(model.edges.filter((e) => e.kind !== 'mod' && e.from !== e.to).map((e) => [e.from, e.to])).toEqual([
      ['src/bin/tool.rs', 'src/store.rs'],
      ['src/cli.rs', 'src/store.rs'],
      ['src/core.rs', 'src/store.rs'],
      ['src/main.rs', 'src/cli.rs'],
    ]);
  });
});

describe('deferRustScan', () => {
  // Plain paths and macro calls held as text and numbers must come back exactly where they were.
  const crates: [string, string][][] = [
    [
      ['src/lib.rs', 'pub mod store;\npub mod net;\nmacro_rules! open { () => { crate::store::open() } }\npub use store::Handle;'],
      ['src/store.rs', 'pub fn open() {}\npub struct Handle;\nmod inner { fn f() { super::open(); net::x(); Vec::new(); } }'],
      ['src/net.rs', 'use crate::store;\nfn g() { store::open(); HashMap::new(); open!(); format!("x"); Handle::new(); }\npub fn x() {}'],
    ],
    [
      ['src/lib.rs', 'pub mod a;\npub mod b;'],
      ['src/a.rs', 'use super::*;\nfn f() { b::g(); Vec::new(); }'],
      ['src/b.rs', 'pub fn g() {}\nfn h() { a::f(); std::mem::drop(1); }'],
    ],
    // Positions past 16 bits (a column after 70k spaces, a line after 70k lines): each comes back as written.
    [
      ['src/lib.rs', 'pub mod store;\npub mod net;'],
      ['src/store.rs', 'pub fn open() {}'],
      ['src/net.rs', `use crate::store;\nfn g() {${' '.repeat(70_000)}store::open();${'\n'.repeat(70_000)}store::open(); }`],
    ],
  ];
  it('resolves deferred scans exactly as whole ones, in every edition', () => {
    for (const files of crates) {
      for (const edition of ['2015', '2021', 'unknown']) {
        const whole = resolveRustModules(new Map(files), { crateRoot: 'src', edition });
        const deferred = resolveRustCrate(new Map(files.map(([f, t]) => [f, deferRustScan(scanRust(t))])), { crateRoot: 'src', edition });
        expect(whole.edges.filter((e) => e.kind === 'path').length).toBeGreaterThan(0);
        expect(deferred.edges).toEqual(whole.edges);
        expect(deferred.edgeCount).toBe(whole.edgeCount);
        expect(deferred.unresolved).toEqual(whole.unresolved);
      }
    }
  });

  it('entries past one chunk of the shared arena (65,536) come back where they were', () => {
    const files: [string, string][] = [
      ['src/lib.rs', 'pub mod store;\npub mod net;'],
      ['src/store.rs', 'pub fn open() {}'],
      ['src/net.rs', `use crate::store;\nfn h() {\n${'store::open(); Vec::new();\n'.repeat(33_000)}}`],
    ];
    const whole = resolveRustModules(new Map(files), { crateRoot: 'src' });
    const deferred = resolveRustCrate(new Map(files.map(([f, t]) => [f, deferRustScan(scanRust(t))])), { crateRoot: 'src' });
    expect(whole.edges.filter((e) => e.kind === 'path')).toHaveLength(33_000);
    expect(deferred.edges).toEqual(whole.edges);
  });

  it('keeps declarations as objects and sets aside plain paths and macro calls', () => {
    const scan = deferRustScan(scanRust('use crate::a::b;\nmod m;\nfn f() { Vec::new(); crate::x::y(); format!("z"); }'));
    expect(scan.edges.map((e) => e.path)).toEqual(['crate::a::b', 'self::m', 'crate::x::y']);
    expect(scan.macroCalls).toEqual([]);
  });
});

describe('scanRust: the parse loop skips only tokens it does nothing with', () => {
  // The loop jumps from one brace, `;`, `#`, acted word or identifier beside `::` / `!` to the next; what sits
  // between (method calls, fields, lifetimes, literals, tuple indices) never made an edge. Expectations are the
  // scans of the loop that visited every token.
  const scanned = (text: string) => {
    const s = scanRust(text);
    return [s.edges.map((e) => [e.kind, e.path, e.line, e.column]), s.macroCalls.map((m) => m.name), s.items.map((i) => i.name)];
  };
  it('paths after fields, turbofish and qualified types; lifetimes, labels and numbers between them', () => {
    expect(scanned('fn f() { let v = x.y(); a . b :: c(); Vec::<u8>::new(); <T as crate::k::Tr>::X; }')).toEqual([[['path', 'crate::k::Tr', 1, 63]], [], ['f']]);
    expect(scanned("fn g<'a>(s: &'a str) -> &'a str { 'l: loop { break 'l; } s }\nstruct W { n: u8 }\npub(crate) fn h() -> u8 { 1.5f32 as u8 + r#type::f() }")).toEqual([[['path', 'type::f', 3, 42]], [], ['g', 'W', 'h']]);
  });
  it('macro calls, attribute strings (read inside the attribute only) and inline modules', () => {
    expect(scanned('fn f() { let t = (1, 2); let _ = t.0; format!("{}", crate::a::b); m!(x); r#include!("i.rs"); }')).toEqual([[['path', 'crate::a::b', 1, 53]], ['format', 'm', 'include'], ['f']]);
    expect(scanned('#[doc = "crate::a::b"]\n#[serde(with = "crate::codec")] struct S { #[serde(default = "crate::d::port")] p: u16 }')).toEqual([
      [
        ['attribute', 'crate::codec', 2, 16],
        ['attribute', 'crate::d::port', 2, 62],
      ],
      [],
      ['S'],
    ]);
    expect(scanned('fn k() { x#[y]; let a = [1; 3]; a[0] }\nmod inner { use super::q; fn z() { self::w::v(); } }')).toEqual([
      [
        ['use', 'super::q', 2, 17],
        ['path', 'self::w::v', 2, 36],
      ],
      [],
      ['k', 'z'],
    ]);
  });
});

describe('scanRust: the include macros under other names, in macro bodies, and paste! segments (red team yd)', () => {
  it('path-qualified built-in includes are includes; a crate macro named include called by its path is not', () => {
    const scan = scanRust('::core::include_str!("a.rs");\ncore::include_bytes!("b.rs");\nstd::include!("c.rs");\ncrate::util::include!("d.rs");\n');
    expect(scan.dataIncludes.map((d) => [d.macro, d.path, d.line])).toEqual([
      ['include_str', 'a.rs', 1],
      ['include_bytes', 'b.rs', 2],
    ]);
    expect(scan.includes.map((i) => [i.path, i.line])).toEqual([['c.rs', 3]]);
  });

  it('an include macro renamed by a use is an include wherever the file calls it, the use before or after', () => {
    const scan = scanRust('fn f() -> &str { grab!("../store/x.rs") }\nuse std::include_str as grab;\nuse core::{include as pull};\npull!("gen.rs");\nuse crate::m::other as grab2;\ngrab2!("no.rs");\n');
    expect(scan.dataIncludes.map((d) => [d.macro, d.path, d.line])).toEqual([['include_str', '../store/x.rs', 1]]);
    expect(scan.includes.map((i) => [i.path, i.line])).toEqual([['gen.rs', 4]]);
  });

  it('an include in a macro_rules! body carries the macro, to be expanded at its calls', () => {
    const scan = scanRust('macro_rules! t { () => { include!("x.rs"); include_str!("y.rs"); include!($f); } }\ninclude!("z.rs");\n');
    expect(scan.includes.map((i) => [i.path ?? i.expression, i.inMacro])).toEqual([['x.rs', 't'], ['$ f', 't'], ['z.rs', undefined]]);
    expect(scan.dataIncludes.map((d) => [d.path, d.inMacro])).toEqual([['y.rs', 't']]);
  });

  it('paste! identifiers spell path segments; one from a metavariable is the caller\'s to complete', () => {
    const scan = scanRust('fn f() { paste! { crate::[<st ore>]::open(); crate::[<STORE:lower>]::a::b(); crate::[<"sto" re>]::c(); [<st ore>]::d(); } }\npaste! { use super::[<sto re>]::open as o; }\nmacro_rules! m { ($n:ident) => { paste! { crate::[<$n _fn>](); [<$n re>]::open(); } } }\n');
    expect(scan.edges.map((e) => [e.path, e.metavariable ?? false, e.metaHead ?? false])).toEqual([
      ['crate::store::open', false, false],
      ['crate::store::a::b', false, false],
      ['crate::store::c', false, false],
      ['store::d', false, false],
      ['super::store::open', false, false],
      ['crate::$[<$n _fn>]', true, false],
      ['$[<$n re>]::open', false, true],
    ]);
  });

  it('a paste template completed at a call spells its head from the arguments; one whose literals fit no child names an item', () => {
    const model = resolveRustModules(new Map([
      ['src/lib.rs', 'mod core;\nmod store;\nmod shared;\n'],
      ['src/store.rs', 'pub fn open() {}'],
      ['src/shared.rs', 'pub fn x_fn() {}'],
      ['src/core.rs', 'use crate::*;\nmacro_rules! o { ($p:ident) => { paste! { [<$p re>]::open(); crate::[<$p _fn>](); } } }\no!(sto);\n'],
    ]));
    const fromCore = model.edges.filter((e) => e.from === 'src/core.rs').map((e) => [e.to, e.line]);
    expect(fromCore).toContainEqual(['src/store.rs', 3]);
    expect(model.unresolved.filter((u) => u.from === 'src/core.rs')).toEqual([]);
  });

  it('a metavariable paste after a module with child modules is unresolved when its literal pieces fit a child', () => {
    const model = resolveRustModules(new Map([
      ['src/lib.rs', 'mod core;\nmod store;\n'],
      ['src/store.rs', 'pub fn open() {}'],
      ['src/core.rs', 'macro_rules! o { ($p:ident) => { paste! { crate::[<$p re>]::open(); } } }\no!(sto);\n'],
    ]));
    expect(model.unresolved.map((u) => [u.from, u.written])).toEqual([['src/core.rs', 'crate::$[<$p re>]']]);
  });

  it('a call of a macro whose body includes a file, in another file, is an expanded include of the caller', () => {
    const model = resolveRustModules(new Map([
      ['src/lib.rs', 'mod core;\nmod shared;\n'],
      ['src/shared.rs', '#[macro_export]\nmacro_rules! t { () => { include_str!("store.rs") } }\n'],
      ['src/core.rs', 'const S: &str = crate::t!();\n'],
    ]));
    expect(model.expandedIncludes.map((x) => [x.from, x.line, x.call, x.definer, x.include.path])).toEqual([['src/core.rs', 1, 't', 'src/shared.rs', 'store.rs']]);
  });
});

describe('include macros a pub use hands to other modules (red team yd)', () => {
  it('records the names a pub use gives, and the literal path a call reads', () => {
    const scan = scanRust('pub use std::include_str as grab;\npub use core::include_bytes;\nuse std::include as local;\nfn f() { g!("../x.rs"); h!("a message"); crate::m::k!(concat!("a", "/b.rs")); }\n');
    expect(scan.includeExports).toEqual({ grab: 'include_str', include_bytes: 'include_bytes' });
    expect(scan.macroCalls.map((c) => [c.name, c.literal?.path])).toEqual([['g', '../x.rs'], ['h', undefined], ['k', 'a/b.rs'], ['concat', undefined]]);
  });

  it('a call of that name in another file, qualified or not, is an expanded include of the caller; the unqualified built-in is not', () => {
    const model = resolveRustModules(new Map([
      ['src/lib.rs', 'mod core;\nmod shared;\n'],
      ['src/shared.rs', 'pub use std::include_str as grab;\npub use std::include_str;\n'],
      ['src/core.rs', 'use crate::shared::grab;\nconst A: &str = grab!("a.rs");\nconst B: &str = crate::shared::include_str!("b.rs");\nconst C: &str = include_str!("c.rs");\nconst D: &str = grab!(env!("X"));\n'],
    ]));
    expect(model.expandedIncludes.map((x) => [x.from, x.line, x.call, x.include.path, x.include.computed ?? false, x.renamed])).toEqual([
      ['src/core.rs', 2, 'grab', 'a.rs', false, true],
      ['src/core.rs', 3, 'include_str', 'b.rs', false, true],
      ['src/core.rs', 5, 'grab', 'grab!(…)', true, true],
    ]);
  });
});

describe('scanRust: bracket pairing (pairBrackets) answers as a stack of open brackets does', () => {
  /** The errors a stack model gives: a close with no open left before it, then the opens never closed (one error). */
  function modelErrors(pieces: readonly string[]): { line: number; column: number; message: string }[] {
    const errors: { line: number; column: number; message: string }[] = [];
    let depth = 0;
    let column = 1;
    for (const piece of pieces) {
      if ('([{'.includes(piece)) depth++;
      else if (')]}'.includes(piece)) {
        depth--;
        if (depth < 0) {
          errors.push({ line: 1, column, message: `\`${piece}\` closes nothing` });
          depth = 0;
        }
      }
      column += piece.length;
    }
    if (depth > 0) errors.push({ line: 1, column, message: `${depth} bracket${depth === 1 ? '' : 's'} left open at the end of the file` });
    return errors.slice(0, 20);
  }

  it('reports every bracket that closes nothing and the count left open, in order, for any sequence of brackets and words', () => {
    const piece = fc.constantFrom('(', ')', '[', ']', '{', '}', ' ', 'a', 'x::y', ';', '<', '>');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        expect(scanRust(pieces.join('')).errors.filter((e) => /closes nothing|left open at the end/.test(e.message))).toEqual(modelErrors(pieces));
      }),
      { numRuns: 3000 },
    );
  });

  it('pairs past the pooled stack of open brackets (deeper than 1,024)', () => {
    const deep = `${'('.repeat(3000)}${')'.repeat(3000)}`;
    expect(scanRust(deep).errors).toEqual([]);
    expect(scanRust(`${deep})`).errors.map((e) => e.message)).toEqual(['`)` closes nothing']);
  });
});

describe('scanRust: include! of build output', () => {
  it('marks an include! built wholly in OUT_DIR as generated; a climb out of it or another computed path is not', () => {
    const scan = scanRust(['include!(concat!(env!("OUT_DIR"), "/a.rs"));', 'include!(concat!(env!("OUT_DIR"), "/../../../../../src/b.rs"));', 'include!(concat!(env!("OUT_DIR"), "/", $name, ".rs"));', 'include!(env!("GEN"));', 'include!("c.rs");'].join('\n'));
    expect(scan.includes.map((i) => [i.line, i.generated === true, i.outDir])).toEqual([[1, true, 'a.rs'], [2, false, undefined], [3, false, undefined], [4, false, undefined], [5, false, undefined]]);
  });
});
