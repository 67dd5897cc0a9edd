import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRelativeSpecifier, resolveTsImports, scanOptionsFor, resolveTsSpecifier, scanTs, tsCandidates, type TsImport, type TsScan } from '../../src/scan/ts-imports.js';
import { cpuMsSince, cpuStart } from '../helpers/cpu-time.js';

const specs = (text: string) => scanTs(text).imports.map((i) => i.specifier);
/** Every refusal of a scan: its own, and those another module's export may lift (TsScan.guarded). */
const refusals = (scan: TsScan) => [...scan.unresolvable, ...(scan.guarded ?? [])];
const at = (i: TsImport) => [i.kind, i.specifier, i.line, i.column];

describe('scanTs: forms', () => {
  it('reports every static, type, side-effect, re-export, require and dynamic form with the specifier position', () => {
    const text = [
      "import a from './a';",
      "import * as b from './b';",
      "import { c, d as e } from './c';",
      "import f, { g } from './f';",
      "import './side-effect.css';",
      "import type { T } from './types';",
      "import { type U } from './u';",
      "export * from './all';",
      "export * as ns from './ns';",
      "export { h } from './h';",
      "export type { V } from './v';",
      "const r = require('./req');",
      "const m = await import('./dyn');",
      'import json from "./data.json" with { type: "json" };',
      'const t = import(`./tpl`);',
    ].join('\n');
    expect(scanTs(text).imports.map(at)).toEqual([
      ['import', './a', 1, 15],
      ['import', './b', 2, 20],
      ['import', './c', 3, 27],
      ['import', './f', 4, 22],
      ['side_effect', './side-effect.css', 5, 8],
      ['import_type', './types', 6, 24],
      ['import', './u', 7, 24],
      ['export_from', './all', 8, 15],
      ['export_from', './ns', 9, 21],
      ['export_from', './h', 10, 19],
      ['export_from', './v', 11, 24],
      ['require', './req', 12, 19],
      ['dynamic_import', './dyn', 13, 24],
      ['import', './data.json', 14, 18],
      ['dynamic_import', './tpl', 15, 18],
    ]);
    expect(scanTs(text).unresolvable).toEqual([]);
  });

  it('reads a multi-line import at the line of its specifier', () => {
    expect(scanTs("import {\n  a,\n  b,\n} from\n  '../session/store';").imports.map(at)).toEqual([['import', '../session/store', 5, 3]]);
  });

  it('import type from, import x = require, import.meta and property names are handled', () => {
    const text = ["import type from './default-named-type';", "import x = require('./legacy');", 'const u = import.meta.url;', 'const o = { import: 1, require: 2 };', 'o.import; o.require(1); require.resolve.paths("x");'].join('\n');
    expect(scanTs(text).imports.map((i) => [i.kind, i.specifier])).toEqual([
      ['import', './default-named-type'],
      ['require', './legacy'],
    ]);
    expect(scanTs(text).unresolvable).toEqual([]);
  });

  it('reports computed require() and import() as unresolvable, not silently', () => {
    const text = ['const a = require(name);', 'const b = await import(`./plugins/${name}.js`);', "const c = import('./x' + suffix);", 'const d = import(', '  pick(a, b)', ');'].join('\n');
    const scan = scanTs(text);
    expect(scan.imports).toEqual([]);
    expect(scan.unresolvable.map((u) => [u.kind, u.expression, u.line, u.column])).toEqual([
      ['require', 'name', 1, 11],
      ['dynamic_import', '`./plugins/${name}.js`', 2, 17],
      ['dynamic_import', "'./x' + suffix", 3, 11],
      ['dynamic_import', 'pick(a, b)', 4, 11],
    ]);
  });
});

describe('scanTs: runners called another way, aliases of the global object, data: modules, env files (red team hg)', () => {
  const edges = (text: string, path = 'x.ts') => {
    const scan = scanTs(text, { jsx: false, jsdoc: path.endsWith('.js') });
    return { imports: scan.imports.map((i) => `${i.kind}:${i.specifier}@${i.line}`), unresolvable: scan.unresolvable.map((u) => u.line) };
  };
  it('reads a child_process runner called through call, apply, bind, Reflect.apply, a group or a comma expression', () => {
    const text = [
      "import * as cp from 'node:child_process';",
      "cp.fork.call(null, './a.js');",
      "cp.spawn.apply(cp, ['node', ['./b.js']]);",
      "Reflect.apply(cp.fork, cp, ['./c.js']);",
      "cp.fork.bind(null, './d.js')();",
      "(0, cp.fork).call(null, './e.js');",
      "cp.fork?.('./f.js');",
      "Function.prototype.call.call(cp.fork, null, './g.js');",
      'cp.fork.apply(null, args);',
      'setTimeout(cp.fork.bind(null), 1);',
      "f(cp.fork)('./not-a-fork.js');",
    ].join('\n');
    const { imports, unresolvable } = edges(text);
    expect(imports.filter((i) => i.startsWith('worker:'))).toEqual(['worker:./a.js@2', 'worker:./b.js@3', 'worker:./c.js@4', 'worker:./d.js@5', 'worker:./e.js@6', 'worker:./f.js@7', 'worker:./g.js@8']);
    // `f(cp.fork)` hands the runner to f, which may call it with anything.
    expect(unresolvable).toEqual([9, 10, 11]);
  });
  it('refuses a child_process runner or the module handed on as a value, except where it is bound, tested for or in a test file', () => {
    const text = [
      "import * as cp from 'node:child_process';",
      "import { spawn, exec as ex } from 'node:child_process';",
      "import { promisify } from 'node:util';",
      'const f = cp.fork;',
      'const { execFile } = cp;',
      'const run = promisify(cp.exec);',
      'const c2 = cp;',
      "if (typeof cp.fork === 'function') cp.fork.name;",
      'function g(spawn: (x: string) => void) { return spawn; }',
      'const k = { spawn: 1 };',
      'export default cp.fork;',
      'let z; z = spawn;',
      'helper(cp);',
      'module.exports = { ex };',
      'const d = (a = spawn) => a;',
    ].join('\n');
    expect(edges(text).unresolvable).toEqual([11, 12, 13, 14, 15]);
    const inTest = scanTs(text, scanOptionsFor('src/core/__tests__/spawn.ts'));
    expect(inTest.unresolvable).toEqual([]);
    expect(scanOptionsFor('src/a.spec.tsx').testFile).toBe(true);
    expect(scanOptionsFor('src/attest.ts').testFile).toBeUndefined();
    // The member written as a computed literal: called, it is read; handed on, refused.
    const literalMember = ["import * as cp from 'node:child_process';", "[cp['fork']][0]('./a.js');", "cp['fork']('./b.js');", "typeof cp['spawn'];", "cp['fork'].call(null, './c.js');"].join('\n');
    expect(scanTs(literalMember, { jsx: false }).unresolvable.map((u) => `${u.kind}@${u.line}`)).toEqual(['worker@2']);
  });
  it('follows names that may hold the global object, and computed members of it kept in a name, to their calls', () => {
    const text = [
      'const g = globalThis;',
      "g[key]('a');",
      "g.require('./b');",
      'const load = globalThis[key];',
      "load('c');",
      'const cache = globalThis[Symbol.for(k)];',
      'cache.get(1);',
      "function f() { const w = typeof window !== 'undefined' ? window : global; return w[key]('d'); }",
      "function h(self) { return self[key]('e'); }",
      "(function (root) { root[key]('f'); })(typeof globalThis !== 'undefined' ? globalThis : this);",
      "const isBrowser = typeof window !== 'undefined';",
      "isBrowser[key]('g');",
    ].join('\n');
    const { imports, unresolvable } = edges(text, 'x.js');
    expect(imports).toEqual(['require:./b@3']);
    expect(unresolvable).toEqual([2, 5, 8, 10]);
  });
  it('refuses every computed call of a file that hands the global object on, and reads a pattern key as no name', () => {
    const handed = ['function run(root) { return root[key](1); }', 'run(globalThis);', 'const holder = { g: globalThis };', 'holder.g[key](2);', "handlers[name]();"].join('\n');
    expect(edges(handed, 'x.js').unresolvable).toEqual([1, 4, 5]);
    const kept = ["Object.assign(globalThis, { a });", "if ('a' in globalThis && !window) console.log(globalThis);", 'const n = Object.keys(globalThis);', 'const { window: w } = opts;', 'handlers[name]();'].join('\n');
    expect(edges(kept, 'x.js').unresolvable).toEqual([]);
    expect(edges(['const { window: w } = opts;', "window[key]('x');"].join('\n'), 'x.js').unresolvable).toEqual([2]);
  });
  it('records the key each import is put on the global object under, and the global keys a module reads', () => {
    const writer = scanTs(["import { open, pool } from './db';", "(globalThis as any).db = open;", "Object.assign(globalThis, { pool, other: open });", "Reflect.set(window, 'r', open);", 'self[k] = pool;'].join('\n'), { jsx: false });
    expect(writer.exports.global).toEqual([
      { imported: 'open', specifier: './db', key: 'db' },
      { imported: 'pool', specifier: './db', key: 'pool' },
      { imported: 'open', specifier: './db', key: 'other' },
      { imported: 'open', specifier: './db', key: 'r' },
      { imported: 'pool', specifier: './db', key: '*' },
    ]);
    const reader = scanTs(['const g = globalThis;', 'function f(a, { b = c }, ...d) { try { return [a, b, d, g.viaAlias, window[k]]; } catch (e) { return e; } }', 'const local = 1;', 'export const x = [local, bare, { key: 1 }];'].join('\n'), { jsx: false });
    expect(reader.globalReads?.map((r) => `${r.key}@${r.line}`)).toEqual(['c@2', 'viaAlias@2', '*@2', 'k@2', 'bare@4']);
  });
  it('a member, a clause name, a type parameter or a statement-scoped local is no global read (red team ud, node_modules differential)', () => {
    const reader = scanTs([
      "import { b as port } from './p';",
      'export class Runner { name; options = dflt; example(example) { return example; } }',
      'export function eq<T extends Node>(a: T) { return a; }',
      'function r() { if (s) { for (let i = 0; i < 3; i++) use(i)',
      '} else { for (const [k, d] of m) if (k) f(d); else if ("v" in d) g(d); } }',
      'export { port as v };',
    ].join('\n'), { jsx: false });
    expect(reader.globalReads?.map((r) => `${r.key}@${r.line}`)).toEqual(['dflt@2', 'Node@3', 's@4', 'use@4', 'm@5', 'f@5', 'g@5']);
  });
  it('scans a data: JavaScript module as Node reads it, at the position of its URL', () => {
    const text = [
      'import \'data:text/javascript,import "file:///ci/app/db.ts"\';',
      "import 'data:text/javascript;base64,aW1wb3J0ICdmaWxlOi8vL2EuanMnOw==';",
      "import 'data:application/json,{}';",
      "import 'data:text/javascript,import(x)';",
      "import 'data:application/wasm;base64,AGFzbQEAAAA=';",
    ].join('\n');
    const { imports, unresolvable } = edges(text);
    expect(imports.filter((i) => i.includes('file:') && !i.includes('data:'))).toEqual(['side_effect:file:///ci/app/db.ts@1', 'side_effect:file:///a.js@2']);
    expect(unresolvable).toEqual([4, 5]);
  });
  it('reads a data: module whose media type carries parameters or another case, as Node does (only the type decides)', () => {
    const text = [
      'import \'data:text/javascript;foo=bar,import "file:///ci/app/a.ts"\';',
      'import \'data:Text/JavaScript;charset=UTF-8;x=y;base64,aW1wb3J0ICdmaWxlOi8vL2IuanMnOw==\';',
    ].join('\n');
    const { imports } = edges(text);
    expect(imports.filter((i) => i.includes('file:') && !i.includes('data:'))).toEqual(['side_effect:file:///ci/app/a.ts@1', 'side_effect:file:///b.js@2']);
  });
  it('reports the env files Node is started with as env_file imports from the working directory', () => {
    const scan = scanTs("import { spawn } from 'node:child_process';\nspawn('node', ['--env-file=.env', './x.js'], { cwd: 'sub' });\nspawn('node', ['--env-file', f, './x.js']);", { jsx: false });
    expect(scan.imports.filter((i) => i.kind === 'env_file')).toEqual([{ kind: 'env_file', specifier: './sub/.env', line: 2, column: 16, cwd: true, envCwd: 'sub' }]);
    expect(scan.unresolvable.map((u) => u.line)).toEqual([3]);
  });
});

describe('scanTs: the global object followed through the file\'s own code to a worker host', () => {
  const workers = (text: string) => scanTs(text).unresolvable.filter((u) => u.kind === 'worker').map((u) => u.expression);
  const handedOn = (host: string) => `${host}\nmodule.exports = { W };`; // a script: no `export` makes it strict
  it('refuses a computed member of the global object reached through a function, a call, a holder or a later assignment', () => {
    const cases: Record<string, string> = {
      helper: "const pick = (o, k) => o[k];\nconst W = pick(globalThis, 'Worker');",
      declared: 'function pick(o, k) { return o[k]; }\nconst W = pick(self, key);',
      method: "const u = { pick(o, k) { return o[k]; } };\nconst W = u.pick(window, 'Worker');",
      propertyFunction: "const u = { pick: function (o, k) { return o[k]; } };\nconst W = u.pick(window, 'Worker');",
      defaultParameter: "function f(k, o = globalThis) { return o[k]; }\nconst W = f('Worker');",
      restParameter: "function f(k, ...a) { return a[0][k]; }\nconst W = f('Worker', globalThis);",
      patternParameter: "function f({ g }, k) { return g[k]; }\nconst W = f({ g: globalThis }, 'Worker');",
      arrayPatternParameter: "function f([g], k) { return g[k]; }\nconst W = f([globalThis], 'Worker');",
      computedPatternParameter: 'const W = (({ [k]: C }) => C)(globalThis);',
      iife: 'const g = (() => globalThis)();\nconst W = g[k];',
      sloppyThis: 'var g = (function () { return this; })();\nvar W = g[k];',
      namedSloppyThis: 'function G() { return this; }\nvar W = G()[k];',
      array: 'const W = [globalThis][0][k];',
      object: 'const W = ({ g: globalThis }).g[k];',
      getter: 'const h = { get g() { return globalThis; } };\nconst W = h.g[k];',
      member: 'const h = {};\nh.g = globalThis;\nconst W = h.g[k];',
      later: 'let g;\ng = globalThis;\nconst W = g[k];',
      laterInABranch: 'var g;\nif (x) g = self;\nvar W = g[k];',
      call: "const pick = (o, k) => o[k];\nconst W = pick.call(null, globalThis, 'Worker');",
      apply: "const pick = (o, k) => o[k];\nconst W = pick.apply(null, [globalThis, 'Worker']);",
      bind: "const pick = (o, k) => o[k];\nconst W = pick.bind(null, globalThis)('Worker');",
      reflectApply: "const pick = (o, k) => o[k];\nconst W = Reflect.apply(pick, null, [globalThis, 'Worker']);",
      optionalCall: "const pick = (o, k) => o?.[k];\nconst W = pick?.(globalThis, 'Worker');",
      comma: "const pick = (o, k) => o[k];\nconst W = pick((0, globalThis), 'Worker');",
      conditional: "const pick = (o, k) => o[k];\nconst W = pick(x ? globalThis : y, 'Worker');",
      literalKey: "const pick = (o) => o['Worker'];\nconst W = pick(globalThis);",
      dotKey: 'const pick = (o) => o.Worker;\nconst W = pick(globalThis);',
      throughIdentity: "const id = (x) => x;\nconst pick = (o, k) => o[k];\nconst W = pick(id(globalThis), 'Worker');",
      functionAlias: "const pick = (o, k) => o[k];\nconst p2 = pick;\nconst W = p2(globalThis, 'Worker');",
      commaCallee: "const pick = (o, k) => o[k];\nconst W = (0, pick)(globalThis, 'Worker');",
      thisByCall: "function pick(k) { return this[k]; }\nconst W = pick.call(globalThis, 'Worker');",
      thisByApply: "function pick(k) { return this[k]; }\nconst W = pick.apply(self, ['Worker']);",
      thisByReflect: "function pick(k) { return this[k]; }\nconst W = Reflect.apply(pick, globalThis, ['Worker']);",
      spread: "function pick(o, k) { return o[k]; }\nconst W = pick(...[globalThis, 'Worker']);",
      closure: "function outer(o) { return (k) => o[k]; }\nconst W = outer(globalThis)('Worker');",
      logicalAssignment: 'let g;\ng ||= globalThis;\nconst W = g[k];',
      nullishAssignment: 'let g;\ng ??= self;\nconst W = g[k];',
      staticField: 'class H { static g = globalThis; }\nconst W = H.g[k];',
      staticGetter: 'class H { static get g() { return globalThis; } }\nconst W = H.g[k];',
      destructuringAssignment: 'let g;\n[g] = [globalThis];\nconst W = g[k];',
      destructuredHolder: 'const o = { g: globalThis };\nconst { g } = o;\nconst W = g[k];',
      elementCallback: 'const W = [globalThis].map((g) => g[k])[0];',
      elementCallbackFunction: 'const W = [globalThis].map(function (g) { return g[k]; })[0];',
      forOf: 'let W;\nfor (const g of [globalThis]) W = g[k];',
      loopClosure: 'const fs = [];\nfor (const g of [globalThis]) fs.push(() => g[k]);\nconst W = fs[0]();',
      generator: 'function* gen() { yield globalThis; }\nconst W = gen().next().value[k];',
      generatorLoop: 'function* gen() { yield globalThis; }\nlet W;\nfor (const g of gen()) W = g[k];',
      asyncThen: 'async function get() { return globalThis; }\nlet W;\nget().then((g) => { W = g[k]; });',
      thisMember: 'class A { constructor() { this.g = globalThis; } get() { return this.g[k]; } }\nconst W = new A().get();',
      instanceField: 'class A { g = globalThis; get() { return this.g[k]; } }\nconst W = new A().get();',
      argumentsObject: "function pick() { return arguments[0][arguments[1]]; }\nconst W = pick(globalThis, 'Worker');",
      chainedAssignment: 'let g, h;\ng = h = globalThis;\nconst W = g[k];',
      nestedHolder: 'const o = { a: { g: globalThis } };\nconst W = o.a.g[k];',
      promiseResolve: 'let W;\nPromise.resolve(globalThis).then((g) => { W = g[k]; });',
      arrayOf: 'const W = Array.of(globalThis)[0][k];',
      freeze: 'const W = Object.freeze(globalThis)[k];',
      proxy: 'const p = new Proxy(globalThis, {});\nconst W = p[k];',
      pushed: 'const a = [];\na.push(globalThis);\nconst W = a[0][k];',
      mapSet: "const m = new Map();\nm.set('g', globalThis);\nconst W = m.get('g')[k];",
      privateField: "class A { #g = globalThis; get(k) { return this.#g[k]; } }\nconst W = new A().get('Worker');",
      literalMethodThis: 'const o = { g: globalThis, get() { return this.g[k]; } };\nconst W = o.get();',
      arrayPatternDeclaration: 'const [g] = [globalThis];\nconst W = g[k];',
      instanceOfClass: 'class A { constructor() { this.g = globalThis; } }\nconst W = new A().g[k];',
      instanceOfFunction: 'function A() { this.g = globalThis; }\nconst W = new A().g[k];',
      otherWindow: 'const W = window.parent[k];',
      functionExpression: 'var pick = function (o, k) { return o[k]; };\nvar W = pick(globalThis, key);',
      namedFunctionExpression: 'var pick = function inner(o, k) { return o[k]; };\nvar W = pick(globalThis, key);',
      minifiedIife: '!function(t){t.W=t[k]}(globalThis);',
      concat: 'const W = [].concat(globalThis)[0][k];',
      reflectGetOfHolder: "const o = { g: globalThis };\nconst W = Reflect.get(o, 'g')[k];",
      definedValue: "const o = {};\nObject.defineProperty(o, 'g', { value: globalThis });\nconst W = o.g[k];",
      definedGetter: "const o = {};\nObject.defineProperty(o, 'g', { get: () => globalThis });\nconst W = o.g[k];",
      protoLiteral: 'const o = { __proto__: globalThis };\nconst W = o[k];',
      staticMethodThis: 'class A { static g = globalThis; static get(k) { return this.g[k]; } }\nconst W = A.get(k);',
      yieldDelegate: 'function* a() { yield globalThis; }\nfunction* b() { yield* a(); }\nconst W = b().next().value[k];',
      borrowedElementMethod: 'const W = Array.prototype.at.call([globalThis], 0)[k];',
      definePropertyResult: "const W = Object.defineProperty({}, 'g', { value: globalThis }).g[k];",
      createDescriptors: 'const W = Object.create(null, { g: { value: globalThis } }).g[k];',
      promiseOfHolderPattern: 'let W;\nPromise.all([globalThis]).then(([g]) => { W = g[k]; });',
      executorBareParameter: 'let W;\nnew Promise(r => r(globalThis)).then((g) => { W = g[k]; });',
      boundCall: 'function f(o) { return o; }\nconst W = f.bind(null, globalThis)()[k];',
      boundThis: 'function f() { return this; }\nconst W = f.bind(globalThis)()[k];',
      unnamedClassStatic: 'const W = (class { static g = globalThis; }).g[k];',
      boundKept: 'function f() { return this; }\nconst b = f.bind(globalThis);\nconst W = b()[k];',
      boundExpressionKept: 'const b = (function () { return this; }).bind(globalThis);\nconst W = b()[k];',
      boundOptionalCall: 'function f() { return this; }\nconst b = f.bind(globalThis);\nconst W = b?.()[k];',
      functionAliasReturning: 'function f() { return globalThis; }\nconst p = f;\nconst W = p()[k];',
      heritageClassExpression: 'class C extends class { static g = globalThis; } {}\nconst W = C.g[k];',
      heritageNamedClassExpression: 'class C extends class B { static g = globalThis; } {}\nconst W = C.g[k];',
      mixin: 'const M = (B) => class extends B {};\nclass C extends M(class { static g = globalThis; }) {}\nconst W = C.g[k];',
      prototypeMember: 'function A() {}\nA.prototype.g = globalThis;\nconst W = new A().g[k];',
      prototypeMemberOfClass: 'class A { get() { return this.g[k]; } }\nA.prototype.g = globalThis;\nconst W = new A().get();',
      objectGroupBy: "const W = Object.groupBy([globalThis], () => 'k').k[0][k];",
      mapGroupBy: "const W = Map.groupBy([globalThis], () => 'k').get('k')[0][k];",
      reflectConstructWritten: 'const W = Reflect.construct(function () { this.g = globalThis; }, []).g[k];',
      reflectApplyWritten: 'const W = Reflect.apply(function () { return this; }, globalThis, [])[k];',
      reflectApplyArrow: 'const W = Reflect.apply((x) => x, null, [globalThis])[k];',
      reduceInitial: 'const W = [1].reduce((acc) => acc, globalThis)[k];',
      proxyGetTrap: 'const W = new Proxy({}, { get: () => globalThis }).x[k];',
      messageSource: "let W;\naddEventListener('message', (e) => { W = e.source[k]; });",
      messageSourcePattern: "let W;\nonmessage = ({ source }) => { W = source[k]; };",
      uiEventView: "let W;\ndocument.addEventListener('click', function (e) { W = e.view[k]; });",
      windowTarget: "let W;\nwindow.addEventListener('load', (e) => { W = e.currentTarget[k]; });",
      firefoxContent: 'const W = content[k];',
      parentWindow: 'const W = document.parentWindow[k];',
      timerArgument: 'let W;\nsetTimeout((g) => { W = g[k]; }, 0, globalThis);',
      emitter: "let W;\nemitter.emit('x', globalThis);\nemitter.on('x', (g) => { W = g[k]; });",
      asyncContext: 'let W;\nals.run(globalThis, () => { W = als.getStore()[k]; });',
      generatorNext: 'let W;\nfunction* gen() { const g = yield; W = g[k]; }\nconst it = gen(); it.next(); it.next(globalThis);',
      constructorReturn: 'class C { constructor() { return globalThis; } }\nconst W = new C()[k];',
      curried: 'const mk = () => () => globalThis;\nconst W = mk()()[k];',
      handedFunction: 'function run(f) { return f(); }\nconst W = run(() => globalThis)[k];',
      handedCallback: 'let W;\nfunction run(f) { f(globalThis); }\nrun((g) => { W = g[k]; });',
      arrayOfFunctions: 'const [f] = [() => globalThis];\nconst W = f()[k];',
      mapOfFunctions: "const m = new Map([['k', () => globalThis]]);\nconst W = m.get('k')()[k];",
      thenCallback: 'let W;\nPromise.resolve().then(() => globalThis).then((g) => { W = g[k]; });',
      iterableObject: 'let W;\nconst o = { *[Symbol.iterator]() { yield globalThis; } };\nfor (const g of o) W = g[k];',
      callSiteThis: 'let W;\nError.prepareStackTrace = (e, s) => { W = s[0].getThis()[k]; };',
      customEventDetail: "let W;\naddEventListener('x', (e) => { W = e.detail[k]; });\ndispatchEvent(new CustomEvent('x', { detail: globalThis }));",
      withResolvers: 'let W;\nconst { promise, resolve } = Promise.withResolvers();\nresolve(globalThis);\npromise.then((g) => { W = g[k]; });',
      finalizationRegistry: 'let W;\nconst fr = new FinalizationRegistry((g) => { W = g[k]; });\nfr.register({}, globalThis);',
      globalKeyWritten: 'globalThis.g = globalThis;\nconst W = g[k];',
      errorCause: "let W;\ntry { throw new Error('x', { cause: globalThis }); } catch (e) { W = e.cause.Worker; }",
    };
    const missed = Object.entries(cases).filter(([, text]) => workers(handedOn(text)).length === 0).map(([name]) => name);
    expect(missed).toEqual([]);
  });
  it('passes helpers given the global object with known keys, other objects, strict or arrow this, and locals of one name elsewhere', () => {
    const cases: Record<string, string> = {
      knownKeys: "function getValue(o, k) { return o == null ? undefined : o[k]; }\nfunction getNative(o, k) { var v = getValue(o, k); return v; }\nexport const M = getNative(globalThis, 'Map');",
      otherObject: "const pick = (o, k) => o[k];\nconst cfg = {};\nexport const W = pick(cfg, 'Worker');",
      otherScope: 'function f(e) { return e.x; }\nf(globalThis);\nfunction g(e, n) { return e[n]; }\nexport const W = g({}, k);',
      strictThis: "'use strict';\nvar g = (function () { return this; })();\nexport var W = g[k];",
      moduleThis: 'import x from "./x.js";\nvar g = (function () { return this; })();\nexport var W = g[k];',
      arrowThis: 'const g = (() => this)();\nexport const W = g[k];',
      constructorThis: 'function Foo() { this.x = 1; }\nFoo.prototype.get = function (k) { return this[k]; };\nnew Foo();',
      counter: 'const g = [globalThis];\nfor (let i = 0; i < n; i++) use(g[i]);\nexport const W = g[i++];',
      numericKey: 'const g = (() => globalThis)();\nexport const W = g[1];',
      test: 'let g;\ng = self;\nexport const ok = typeof g.Worker === "function";\nif (x && g.Worker) run();',
      calledOnly: 'function f(o, k) { return o[k](1); }\nf(globalThis, "fetch");',
      importedCallee: 'import { polyfill } from "./p.js";\npolyfill(globalThis);',
      boundToOther: 'function f() { return this; }\nconst b = f.bind(cfg);\nexport const W = b()[k];',
      heritageOther: 'class C extends class { static g = {}; } {}\nexport const W = C.g[k];',
      prototypeOther: 'function A() {}\nA.prototype.g = {};\nexport const W = new A().g[k];',
      groupByOther: "export const W = Object.groupBy([{}], () => 'k').k[0][k];",
      messageData: "addEventListener('message', (e) => use(e.data[k]));",
      elementTarget: "button.addEventListener('click', (e) => use(e.target[k]));",
      contentParameter: 'export function show(content) { return content[k]; }',
      unreadCallComputed: 'export const W = wrap(globalThis)[k];',
      unreadCallNumber: 'export const W = $(window)[0];',
      unreadCallOtherKey: "import { pick } from './u.js';\nexport const f = pick(globalThis, 'fetch');",
      forwardedOtherKey: "import { pick } from './u.js';\nconst p = (o, k) => pick(o, k);\nexport const f = p(globalThis, 'fetch');",
      copied: 'export const W = structuredClone(globalThis)[k];',
      otherEvent: "emitter.emit('y', globalThis);\nemitter.on('x', (g) => use(g[k]));",
      timerNumber: 'setTimeout((n) => use(n[k]), 0, 5);',
      functionsOfOther: 'const [f] = [() => ({})];\nexport const W = f()[k];',
    };
    const refused = Object.entries(cases).map(([name, text]) => [name, workers(text)] as const).filter(([, w]) => w.length > 0);
    expect(refused).toEqual([]);
  });
  it('reads the loader off every channel as globalThis.require is: an edge, or dynamic_import by a computed key', () => {
    // A refusal another module's export may lift (TsScan.guarded) is still a refusal of the file's own scan.
    const edge = (text: string) => scanTs(text).imports.filter((i) => i.specifier === './x').length + refusals(scanTs(text)).filter((u) => u.kind === 'require').length;
    const cases: Record<string, string> = {
      boundKept: "function f() { return this; }\nconst b = f.bind(globalThis);\nb().require('./x');",
      bareTop: "top.require('./x');",
      bareContent: "content.require('./x');",
      messageSource: "addEventListener('message', (e) => e.source.require('./x'));",
      unreadCall: "wrap(globalThis).require('./x');",
      unreadCallOfHolder: "const w = lib.wrap([globalThis]);\nw[0].require('./x');",
      unreadCallChain: "const w = lib.wrap(globalThis);\nw.inner.require('./x');",
      unreadCallKept: "const w = lib.wrap(globalThis);\nw.require('./x');",
      literalKey: "const g = (() => globalThis)();\ng['require']('./x');",
      joinedKey: "const g = (() => globalThis)();\ng['req' + 'uire']('./x');",
      computedKeyCall: "const g = (() => globalThis)();\ng[k]('./x');",
      reflectGet: "const g = (() => globalThis)();\nReflect.get(g, 'require')('./x');",
      renamedByPattern: "const g = (() => globalThis)();\nconst { require: r } = g;\nr('./x');",
      helperOfAnotherModule: "import { pick } from './u.js';\nconst r = pick(globalThis, 'require');",
      helperForwarded: "import { pick } from './u.js';\nfunction p(o, k) { return pick(o, k); }\nconst r = p.call(null, globalThis, 'req' + 'uire');",
    };
    expect(Object.entries(cases).filter(([, text]) => edge(text) === 0).map(([name]) => name)).toEqual([]);
    // A bare window name is the global object's unless a `with` scope may make it a member of another object (refused there).
    expect(scanTs("with (module) { parent.require('./x'); }").imports).toEqual([]);
    // No loader read by name off a value only a call the scan does not read may make the global object: no finding.
    for (const text of ["const o = wrap(globalThis);\nuse(o[k]);", "$(window)[0].on('x', f);", "JSON.parse(JSON.stringify(globalThis)).require('./x');"]) expect(scanTs(text).unresolvable.concat(scanTs(text).imports as never[]), text).toEqual([]);
  });
  it('refuses the global object handed to a function of another module beside a key it cannot compute, and passes arguments that are no string', () => {
    const refusedAt = (text: string) => refusals(scanTs(text)).filter((u) => u.kind === 'worker' && u.expression.includes('the global object handed with')).map((u) => u.line);
    const refused: Record<string, string> = {
      joinedArray: "import { pick } from './u.js';\nconst name = ['Wor', 'ker'].join('');\nexport const W = pick(globalThis, name);",
      template: "import { pick } from './u.js';\nexport const W = pick(self, `Wor${k}`);",
      importedConstant: "import { pick } from './u.js';\nimport { NAME } from './n.js';\nexport const W = pick(window, NAME);",
      member: "import { pick } from './u.js';\nexport const W = pick(global, opts.key);",
      call: "import { pick } from './u.js';\nexport const W = pick(globalThis, atob('V29ya2Vy'));",
      parameter: "import { pick } from './u.js';\nexport const get = (k) => pick(globalThis, k);",
      forwarded: "import { pick } from './u.js';\nconst p = (o, k) => pick(o, k);\nexport const W = p(globalThis, String.fromCharCode(87) + 'orker');",
      reassignedObject: "import { pick } from './u.js';\nlet o = {};\no = 'Worker';\nexport const W = pick(globalThis, o);",
      stringObject: "import { pick } from './u.js';\nexport const W = pick(globalThis, new String('Worker'));",
      shadowedSymbol: "import { pick } from './u.js';\nconst Symbol = (s) => s;\nexport const W = pick(globalThis, Symbol('Worker'));",
      orObject: "import { pick } from './u.js';\nexport const W = pick(globalThis, k || {});",
      joinedConstant: "import { pick } from './u.js';\nconst key = 'Wor' + 'ker';\nexport const W = pick(globalThis, key);",
      shadowedConstant: "import { pick } from './u.js';\nconst key = 'Map';\nexport const get = (key) => pick(globalThis, key);",
    };
    expect(Object.entries(refused).filter(([, text]) => refusedAt(text).length === 0).map(([name]) => name)).toEqual([]);
    // The gate reads it as a computed specifier (the reason dynamic_import) unless u.js exports pick with its first parameter only written.
    expect(scanTs(refused.joinedArray as string).guarded).toEqual([expect.objectContaining({ kind: 'worker', line: 3, column: 18, specifier: './u.js', imported: 'pick', param: 0 })]);
    // A callee that is no import of the file is refused outright: nothing can lift it.
    expect(scanTs("const pick = lib.pick;\nconst name = ['Wor', 'ker'].join('');\nexport const W = pick(globalThis, name);").unresolvable).toEqual([expect.objectContaining({ kind: 'worker', line: 3 })]);
    const sound: Record<string, string> = {
      objects: "import { install } from './u.js';\nconst options = { a: 1 };\ninstall(globalThis, options, { b: 2 }, [1], () => {}, function () {}, class {});",
      declared: "import { install } from './u.js';\nfunction handler() {}\nclass Shim {}\ninstall(window, handler, Shim);",
      words: "import { install } from './u.js';\ninstall(self, 1, -1, null, undefined, true, false, this, /re/, document, window);",
      symbols: "import { install } from './u.js';\nconst kEmitter = Symbol.for('x');\ninstall(globalThis, kEmitter, Symbol('y'));",
      tests: "import { install } from './u.js';\ninstall(globalThis, typeof x, void 0, !x);",
      literal: "import { install } from './u.js';\ninstall(globalThis, 'Map', 'fet' + 'ch');",
      builtin: 'export const own = Object.prototype.hasOwnProperty.call(globalThis, name);',
      destructuredSelf: "import { f } from './u.js';\nexport function code(cxt) {\n  const { baseId, self } = cxt;\n  return f.call(self, baseId);\n}",
      patternParameter: "import { f } from './u.js';\nexport const code = ({ self, name }) => f(self, name);",
      otherObject: "import { pick } from './u.js';\nexport const get = (k) => pick(cfg, k);",
      joinedConstant: "import get from 'lodash/get';\nconst key = 'process.env.' + 'NODE_ENV';\nexport const v = get(globalThis, key);",
    };
    expect(Object.entries(sound).filter(([, text]) => refusals(scanTs(text)).length > 0).map(([name]) => name)).toEqual([]);
  });
  it('honours an exported function whose parameter is only written (ScanTsOptions.writeOnly), and no other', () => {
    const honoured = (text: string, name = 'f', param = 0) => scanTs(text, { writeOnly: [{ name, param }] }).writeOnly ?? [];
    for (const text of [
      'export function f(g, v) { g.fetch = v; if (typeof g.x === "undefined") g.x = 1; if (!g.y) delete g.z; }',
      'export const f = (g, v) => { g.a = v; };',
      'export const f = async (g, impl) => { if (g.fetch === undefined) g.fetch = impl; };',
      'export const f = (g, src) => Object.defineProperties(g, Object.getOwnPropertyDescriptors(src));',
      "export const f = function (g, v) { Object.assign(g, v); Object.defineProperty(g, 'k', { value: v }); return 'k' in g; };",
      'export const f = g => { g.ready = true; };',
      'const f = (g, v) => { g.x = v; };\nexport { f };',
      // A bundle's chunk: `export { local as name }`.
      'function provide(context, state) {\n  Object.defineProperty(context, KEY, { value: state });\n  return state;\n}\nfunction pick(o, k) { return o[k]; }\nexport { pick as p, provide as f };',
    ]) expect(honoured(text), text).toEqual(['f:0']);
    for (const text of [
      'export function f(g, k) { g.x = 1; return g[k]; }',
      'export function f(g, k) { return g; }',
      'export const f = (g, k) => { const h = g; return h[k]; };',
      'export const f = (g, k) => g.self[k];',
      'export const f = (g, k) => { g.location = k; };',
      'export const f = (g, k) => { use(g, k); };',
      'export const f = (g, k) => { const h = Object.assign(g, {}); return h[k]; };',
      'export function f(g, k) { g.x = 1; return arguments[0][k]; }',
      "export function f(g, k) { g.x = 1; return eval('g[k]'); }",
      'export let f = (g, v) => { g.x = v; };\nf = (g, k) => g[k];',
      'const pick = (o, k) => o[k];\nexport { pick as f };',
      'function f(g, v) { g.x = v; }\nfunction pick(o, k) { return o[k]; }\nexport { f as install, pick as f };',
      'function f(g, v) { g.x = v; }\nexport { f } from "./other.js";',
      'export const f = (g, k) =>\n  g.x = 1,\n  g[k];',
      'export function f(this: Window, g, v) { g.x = v; }',
      'export const f = ({ g }, v) => { g.x = v; };',
      'export const f = (g, v) => { with (g) { x = v; } };',
    ]) expect(honoured(text), text).toEqual([]);
    // A parameter read in a nested function is read all the same.
    expect(honoured('export function f(g, k) { g.x = 1; return () => g[k]; }')).toEqual([]);
    // Only the parameter asked about: the second of `(src, target)`.
    expect(honoured('export const f = (src, target) => Object.defineProperties(target, Object.getOwnPropertyDescriptors(src));', 'f', 1)).toEqual(['f:1']);
  });
  it('never honours a parameter that a body built of writes and one read of it uses to read a member (property)', () => {
    const writes = ['g.a = v;', 'if (typeof g.b === "undefined") g.b = v;', 'if (!g.c) g.c = 1;', 'Object.assign(g, v);', "Object.defineProperty(g, 'd', { value: v });", "delete g.e;", "if ('f' in g) g.f = v;"];
    const reads = ['return g[k];', 'return g;', 'const h = g; h[k];', 'g.self[k];', 'use(g);', 'g.location = k;', 'arguments[0][k];', "eval('g[k]');", 'const { x } = g;', 'g[k] = v;', 'x = g.Worker;', '(0, g.eval)(k);'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...writes), { maxLength: 6 }), fc.option(fc.constantFrom(...reads), { nil: undefined }), fc.nat(6), (body, read, at) => {
        const statements = [...body];
        if (read !== undefined) statements.splice(Math.min(at, statements.length), 0, read);
        const text = `export function f(g, k, v) { ${statements.join(' ')} }`;
        expect(scanTs(text, { writeOnly: [{ name: 'f', param: 0 }] }).writeOnly, text).toEqual(read === undefined ? ['f:0'] : []);
      }),
      { numRuns: 300 },
    );
  });
  it('refuses a key that becomes a loader\'s name when coerced (an array, an object or class defining toString) and a keyless word the module rebinds (red team zf)', () => {
    const refusedAt = (text: string) => refusals(scanTs(text)).filter((u) => u.kind === 'worker' && u.expression.includes('the global object handed with')).length;
    for (const text of [
      "import { pick } from './u.js';\nexport const W = pick(globalThis, ['Worker']);",
      "import { pick } from './u.js';\nconst n = 'Worker';\nexport const W = pick(globalThis, [n]);",
      "import { pick } from './u.js';\nexport const W = pick(globalThis, { toString() { return 'Worker'; } });",
      "import { pick } from './u.js';\nexport const W = pick(globalThis, { [Symbol.toPrimitive]: () => 'Worker' });",
      "import { pick } from './u.js';\nclass K { static toString() { return 'Worker'; } }\nexport const W = pick(globalThis, K);",
      "import { pick } from './u.js';\nexport const W = pick(globalThis, class { static valueOf() { return 'Worker'; } });",
      "import { pick } from './u.js';\nlet document = 'Worker';\nexport const W = pick(globalThis, document);",
      "import { pick } from './u.js';\nlet undefined = 'Worker';\nexport const W = pick(globalThis, undefined);",
    ]) expect(refusedAt(text), text).toBe(1);
    for (const text of ["import { install } from './u.js';\ninstall(globalThis, [1, -2], [], { a: [1], b: { c: 2 } }, class {}, document, undefined);", "import { install } from './u.js';\nclass Shim { run() {} }\ninstall(window, Shim);"]) expect(scanTs(text).unresolvable, text).toEqual([]);
  });
  it('refuses a timer handed a value that may be a string built beside other operands: +, ?:, ||, a group (red team zf)', () => {
    const refused = (text: string) => scanTs(text).unresolvable.filter((u) => u.kind === 'require' && u.expression.endsWith('runs a string as code')).length;
    for (const text of ["const p = 'imp';\nsetTimeout(p + \"ort('./x')\", 0);", "setTimeout(prefix() + \"ort('./x')\", 0);", "setTimeout(ok ? \"import('./x')\" : f, 0);", "setTimeout((\"import('./x')\"), 0);", "setTimeout(cb || \"import('./x')\");", "const p = 'imp';\nconst c = p + \"ort('./x')\";\nsetTimeout(c, 0);"]) expect(refused(text), text).toBe(1);
    for (const text of ["setTimeout((x) => log(x + 'a'), 0);", "setTimeout(x => x + 'a');", "setTimeout(mode === 'fast' ? quick : slow, 0);", "setTimeout(log.bind(null, 'done'), 0);", "setTimeout(cbs['x'] || noop);", "setTimeout(function () { log('x' + y); }, 0);", "setTimeout(ok ? { a: 'x' }.f : g);"]) expect(refused(text), text).toBe(0);
  });
  it('refuses a string handed to a timer (run as code by a browser or a worker), not a function or a name bound elsewhere', () => {
    const refused = (text: string) => scanTs(text).unresolvable.filter((u) => u.kind === 'require' && u.expression.endsWith('runs a string as code')).length;
    for (const text of ["setTimeout(\"import('./x')\", 0);", "window.setInterval('import(\"./x\")', 9);", "const c = ['imp', 'ort(\"./x\")'].join('');\nsetTimeout(c);", 'globalThis.setTimeout(`import("./x")`);', "setTimeout(String.fromCharCode(105) + 'mport(\"./x\")');", 'let c;\nc = atob(s);\nself.setTimeout(c, 1);']) expect(refused(text), text).toBe(1);
    for (const text of ['setTimeout(() => f(), 0);', 'function t() {}\nsetInterval(t, 9);', 'export const later = (cb) => setTimeout(cb, 1);', "function a() { const s = 'x'; }\nfunction b(s) { setTimeout(s, 1); }", 'timers.setTimeout(cb, 1);', "el.setTimeout('x');"]) expect(refused(text), text).toBe(0);
  });
  it('any chain of channels around the global object reaches its loader; around another object, none (property)', () => {
    // Each step hands the value it is given on to what it yields.
    const steps = [
      (e: string) => `(() => ${e})()`,
      (e: string) => `[${e}][0]`,
      (e: string) => `({ g: ${e} }).g`,
      (e: string) => `wrap(${e})`,
      (e: string) => `Object.groupBy([${e}], () => 'k').k[0]`,
      (e: string) => `Reflect.apply((x) => x, null, [${e}])`,
      (e: string) => `(class extends class { static g = ${e}; } {}).g`,
      (e: string) => `id(${e})`,
      (e: string) => `run(() => ${e})`,
      (e: string) => `new Map([['k', ${e}]]).get('k')`,
      (e: string) => `[1].reduce((a) => a, ${e})`,
    ];
    const prelude = 'const id = (x) => x;\nfunction run(f) { return f(); }\n';
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: steps.length - 1 }), { minLength: 1, maxLength: 4 }), fc.boolean(), (chain, keyed) => {
        const wrapped = (inner: string) => chain.reduce((e, i) => (steps[i] as (e: string) => string)(e), inner);
        const read = keyed ? ".require('./x');" : "['require']('./x');";
        const hit = scanTs(`${prelude}${wrapped('globalThis')}${read}`);
        expect(hit.imports.some((i) => i.specifier === './x') || hit.unresolvable.some((u) => u.kind === 'require')).toBe(true);
        const miss = scanTs(`${prelude}${wrapped('box')}${read}`);
        expect(miss.imports.filter((i) => i.specifier === './x')).toEqual([]);
        expect(miss.unresolvable).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
  it('fails closed where the global object reaches more values than the walk follows', () => {
    const text = `let g;\ng = globalThis;\n${'use(g);\n'.repeat(20_500)}`;
    expect(workers(text).filter((w) => w.includes('more than 20000 values'))).toHaveLength(1);
  });
});

describe('scanTs: traps', () => {
  it('ignores comments', () => {
    const text = ["// import a from './a';", "/* import b from './b';\n require('./c') */", "/** @example import('./d') */", "import real from './real'; // import x from './x'"].join('\n');
    expect(scanTs(text).imports.map(at)).toEqual([['import', './real', 5, 18]]);
  });

  it('ignores string contents', () => {
    const text = ['const s = "import a from \'./a\'";', "const t = 'require(\"./b\")';", 'const u = "it\\"s import(\'./c\')";', "import ok from './ok';"].join('\n');
    expect(specs(text)).toEqual(['./ok']);
  });

  it('ignores template contents, but not code inside ${} at any depth', () => {
    const text = [
      "const a = `import x from './a'; ${1 + 1} require('./b')`;",
      "const b = `outer ${`inner ${require('./nested')} import('./c')`} tail import('./d')`;",
      "const c = `${ { k: `}` }.k } import './e'`;",
      "import after from './after';",
    ].join('\n');
    expect(scanTs(text).imports.map(at)).toEqual([
      ['require', './nested', 2, 37],
      ['import', './after', 4, 19],
    ]);
  });

  it('ignores regex literals, including / and quotes inside classes, and still divides', () => {
    const text = [
      "const r = /import x from '.\\/a'/g;",
      "const s = /[/'\"]require('.\\/b')/;",
      "if (ok) { x = a.split(/,/); } const y = a / b / c; const z = (a) / 2; import q from './q';",
      "return /import('.\\/c')/.test(s);",
      "const w = x[0] / 2 + `${y}` / 3; require('./w');",
    ].join('\n');
    expect(scanTs(text).imports.map(at)).toEqual([
      ['import', './q', 3, 85],
      ['require', './w', 5, 42],
    ]);
  });

  it('a regex right after the head of if / while / for is a regex, not a division that opens a string', () => {
    const text = [
      "if (ok) /'/.test(s); import a from './a';",
      "while (more()) /\"/.exec(t); const b = require('./b');",
      "for (const k of ks) /`/.test(k); export * from './c';",
      "const d = f(x) / 2 / g(y); import e from './e';",
      "x.if(1) / 2; import f from './f';",
    ].join('\n');
    expect(specs(text)).toEqual(['./a', './b', './c', './e', './f']);
  });

  it('a stray apostrophe in JSX text only affects its own line', () => {
    expect(specs("const el = <p>don't</p>;\nimport ok from './ok';")).toEqual(['./ok']);
  });

  it('does not hang or throw on unterminated input', () => {
    for (const text of ['import {', '`${', '/* open', "'open", 'import(', 'require(', 'export {', '/[/', '`a${`b${']) {
      expect(() => scanTs(text)).not.toThrow();
    }
  });
});

describe('scanTs: properties', () => {
  const code = "import a from './a';\nconst b = require('./b');\n";
  const noise = fc.string({ unit: fc.constantFrom('i', 'm', 'p', 'o', 'r', 't', ' ', '\n', '(', ')', "'", '"', '`', '/', '*', '{', '}', '$', '.', 'q'), maxLength: 60 });
  const words = fc.constantFrom("import x from './x';", "require('./y')", "import('./z')", "export * from './w';", '${', '}', '/');
  const content = fc.array(fc.oneof(noise, words), { maxLength: 6 }).map((parts) => parts.join(' '));

  it('inserting any comment text never adds an edge', () => {
    fc.assert(
      fc.property(content, (c) => {
        const block = c.replace(/\*\//g, '* /');
        const line = c.replace(/[\n\r\u2028\u2029]/g, ' ');
        expect(specs(`${code}/* ${block} */\n// ${line}\n${code}`)).toEqual(specs(code + code));
      }),
    );
  });

  it('inserting any string or template literal never adds an edge', () => {
    fc.assert(
      fc.property(content, (c) => {
        const single = c.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n');
        const template = c.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
        expect(specs(`${code}const s = '${single}'; const t = \`${template}\`;\n${code}`)).toEqual(specs(code + code));
      }),
    );
  });

  it('line numbers stay exact whatever comes before', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('// c\n', '/* a\nb */\n', 'const s = `x\ny`;\n', 'const r = /a\\/b/;\n', '\n', 'x = a / b;\n'), { maxLength: 12 }), (prefix) => {
        const before = prefix.join('');
        const lines = before.split('\n').length;
        expect(scanTs(`${before}import t from './t';`).imports.map((i) => [i.line, i.column])).toEqual([[lines, 15]]);
      }),
    );
  });
});

describe('resolving TypeScript specifiers', () => {
  it('knows relative from bare specifiers', () => {
    expect(['./a', '../b', '.', '..'].every(isRelativeSpecifier)).toBe(true);
    expect(['a', '@scope/a', 'node:fs', '#internal', '/abs'].some(isRelativeSpecifier)).toBe(false);
  });

  it('lists candidates: .js written for .ts, extensions, then index files', () => {
    expect(tsCandidates('src/a/b.ts', './c.js').slice(0, 4)).toEqual(['src/a/c.ts', 'src/a/c.tsx', 'src/a/c.d.ts', 'src/a/c.js']);
    expect(tsCandidates('src/a/b.ts', '../session/store')).toContain('src/session/store.ts');
    expect(tsCandidates('src/a/b.ts', '../session/store')).toContain('src/session/store/index.ts');
    expect(tsCandidates('src/a/b.ts', './x?raw')[0]).toBe('src/a/x.ts');
    expect(tsCandidates('src/a.ts', 'react')).toEqual([]);
  });

  it('resolves against a set of files; bare specifiers are external', () => {
    const files = new Set(['src/x.ts', 'src/dir/index.tsx', 'src/legacy.cjs']);
    const has = (p: string) => files.has(p);
    expect(resolveTsSpecifier('src/a.ts', './x.js', has)).toEqual({ kind: 'file', path: 'src/x.ts' });
    expect(resolveTsSpecifier('src/a.ts', './x', has)).toEqual({ kind: 'file', path: 'src/x.ts' });
    expect(resolveTsSpecifier('src/a.ts', './dir', has)).toEqual({ kind: 'file', path: 'src/dir/index.tsx' });
    expect(resolveTsSpecifier('src/a.ts', './legacy.cjs', has)).toEqual({ kind: 'file', path: 'src/legacy.cjs' });
    expect(resolveTsSpecifier('src/a.ts', 'lodash', has)).toEqual({ kind: 'external' });
    expect(resolveTsSpecifier('src/a.ts', './ghost', has).kind).toBe('unresolved');
  });

  it('resolveTsImports resolves a project and keeps unresolved and unresolvable imports apart', () => {
    const model = resolveTsImports(
      new Map([
        ['src/app.ts', "import { s } from './session/store.js';\nimport React from 'react';\nconst p = require('./plugins');\nimport g from './ghost';\nimport(name);"],
        ['src/session/store.ts', "export * from '../util';"],
        ['src/util/index.ts', 'export const u = 1;'],
        ['src/plugins.js', 'module.exports = {};'],
      ]),
    );
    expect(model.edges.map((e) => [e.from, e.to, e.kind, e.line])).toEqual([
      ['src/app.ts', 'src/session/store.ts', 'import', 1],
      ['src/app.ts', 'src/plugins.js', 'require', 3],
      ['src/session/store.ts', 'src/util/index.ts', 'export_from', 1],
    ]);
    expect(model.unresolved.map((u) => [u.from, u.specifier, u.line])).toEqual([['src/app.ts', './ghost', 4]]);
    expect(model.unresolvable.map((u) => [u.from, u.expression, u.line])).toEqual([['src/app.ts', 'name', 5]]);
  });
});

describe('scanTs: every loading form', () => {
  const kinds = (text: string, jsx = true) => scanTs(text, { jsx }).imports.map((i) => [i.kind, i.specifier, i.line]);
  const dyn = (text: string, jsx = true) => scanTs(text, { jsx }).unresolvable.map((u) => [u.kind, u.expression]);

  it('new URL(…, import.meta.url), workers, module.require, createRequire and require through a variable', () => {
    const text = [
      "const u = new URL('./worker.js', import.meta.url);",
      "const w = new Worker('./w.js');",
      "const s = new SharedWorker(new URL('./shared.js', import.meta.url), { type: 'module' });",
      "const m = module.require('./m');",
      "const c = createRequire(import.meta.url)('./c');",
      'const req = createRequire(import.meta.url);',
      "const r = req('./r');",
      'const alias = require;',
      "alias('./aliased');",
      "const abs = new URL('https://example.com/x');",
    ].join('\n');
    expect(kinds(text, false)).toEqual([
      ['url', './worker.js', 1],
      ['worker', './w.js', 2],
      ['url', './shared.js', 3],
      ['require', './m', 4],
      ['require', './c', 5],
      ['require', './r', 7],
      ['require', './aliased', 9],
    ]);
    expect(dyn(text, false)).toEqual([]);
  });

  it('computed forms are unresolvable: worker paths, URLs next to the module, require passed around', () => {
    const text = ['new Worker(path);', 'new URL(name, import.meta.url);', 'load(require);', 'const r = createRequire(base); r(name);', 'module.require(name);', 'const x = { require };'].join('\n');
    expect(dyn(text, false).map((d) => d[0])).toEqual(['worker', 'url', 'require', 'require', 'require', 'require']);
  });

  it('import.meta.glob and require.context are glob edges', () => {
    const scan = scanTs("const a = import.meta.glob('./pages/*.ts');\nconst b = import.meta.glob<Mod>(['../d1/**/*.ts', '!../d1/skip.ts'], { eager: true });\nconst c = require.context('./plugins', false, /\\.js$/);\nconst d = import.meta.glob(pattern);", { jsx: false });
    expect(scan.globs.map((g) => [g.kind, g.patterns, g.recursive, g.filter?.source, g.line])).toEqual([
      ['import_meta_glob', ['./pages/*.ts'], undefined, undefined, 1],
      ['import_meta_glob', ['../d1/**/*.ts', '!../d1/skip.ts'], undefined, undefined, 2],
      ['require_context', ['./plugins'], false, '\\.js$', 3],
    ]);
    expect(scan.unresolvable.map((u) => [u.kind, u.expression])).toEqual([['glob', 'pattern']]);
  });

  it('identifiers and specifiers written with unicode escapes are read as what they spell', () => {
    expect(kinds("const m = \\u0072equire('./a');\nconst n = requir\\u{65}('\\u002e/b');\nimport x from '\\x2e/c';")).toEqual([
      ['require', './a', 1],
      ['require', './b', 2],
      ['import', './c', 3],
    ]);
  });

  it('names each import takes, and what a barrel re-exports', () => {
    const scan = scanTs("import d, { a as b, type c } from './x';\nimport * as ns from './y';\nexport * from './all';\nexport { e as f, default as g } from './z';\nimport { h } from './h';\nexport { h, local };\nexport const k = 1;\nexport function fn() {}", { jsx: false });
    expect(scan.imports.map((i) => [i.specifier, i.names])).toEqual([
      ['./x', ['default', 'a', 'c']],
      ['./y', undefined],
      ['./all', undefined],
      ['./z', ['e', 'default']],
      ['./h', ['h']],
    ]);
    expect(scan.exports.reexports).toEqual([
      { exported: '*', imported: '*', specifier: './all' },
      { exported: 'f', imported: 'e', specifier: './z' },
      { exported: 'g', imported: 'default', specifier: './z' },
      { exported: 'h', imported: 'h', specifier: './h' },
    ]);
    expect(scan.exports.local).toEqual(['local', 'k', 'fn']);
    expect(scan.exports.open).toBeUndefined();
  });

  it('follows an exported value that hands on an import, and not a function that uses one', () => {
    const handed = (text: string) => scanTs(`import { open } from './db';\nimport * as db from './db';\n${text}`, { jsx: false }).exports;
    const toDb = (exported: string, imported = 'open') => ({ exported, imported, specifier: './db' });
    for (const text of ['export default (open);', 'export default open as unknown as () => void;', 'export default open!', 'export default open satisfies F;', 'export default (0, open);', 'export default { open, v: 1 };', 'export default { key: open };', 'export default [open];', 'export default wrap(open);', 'export default class extends open {}']) {
      const exports = handed(text);
      expect(exports.reexports, text).toContainEqual(toDb('default'));
      // The facade itself stays an edge too, without hiding the hand-on.
      expect(exports.maybe, text).toContain('default');
      expect(exports.local, text).not.toContain('default');
    }
    expect(handed('export const a = 1, b = open, { c } = db;').reexports).toEqual([toDb('b'), toDb('c', '*')]);
    expect(handed('export const s = (0, db.open);').reexports).toEqual([toDb('s')]);
    // Hoisted: the import may come after the export.
    expect(scanTs("export default (open)!;\nimport { open } from './db';", { jsx: false }).exports.reexports).toEqual([toDb('default')]);
    // Through top-level aliases, and in CommonJS (a destructured require, a key's value, the whole exports object).
    expect(handed('const first = open;\nconst second: F = first;\nexport { second as handle };').reexports).toEqual([toDb('handle')]);
    const cjs = (text: string) => scanTs(text, { jsx: false }).exports.reexports;
    expect(cjs("const { open: o } = require('./db');\nmodule.exports = { handle: o, open: o };")).toEqual([toDb('handle'), toDb('open')]);
    expect(cjs("const { open } = require('./db');\nmodule.exports = { open };")).toEqual([toDb('open')]);
    expect(cjs("const db = require('./db');\nmodule.exports = db;")).toEqual([toDb('*', '*'), toDb('default', '*')]);
    expect(cjs("const { open } = require('./db');\nexports.handle = [open];")).toEqual([toDb('handle')]);
    expect(cjs("const { open } = require('./db');\nconst run = () => open();\nfunction start() { return open(); }\nmodule.exports = { run, start, v: 1 };")).toEqual([]);
    // A module loaded in the value, and TypeScript's `export =`.
    expect(cjs("export const store = require('./db');")).toEqual([toDb('store', '*')]);
    expect(cjs("export default await import('./db');")).toEqual([toDb('default', '*')]);
    expect(cjs("import db = require('./db');\nexport = db;")).toEqual([toDb('*', '*'), toDb('default', '*')]);
    // Code that uses the import: a function, an arrow, a method, a class body; a property named like it; an object key;
    // a returned call (its arguments too: the result is the callee's), comparison, template, JSX, or a parameter named like it.
    for (const text of ['export default function f() { return open(); }', 'export const run = () => open();', 'export const r = () => { open(); };', 'export const api = { go() { return open(); } };', 'export class W { x = open; }', 'export default x.open;', 'export default { open: 1 };', 'export const f = function () { return db.open(1); };', 'export const g = () => use(open);', 'export const h = () => (0, db.open)();', 'export const i = () => new open();', 'export const j = (x) => x === open || !open;', 'export const k = () => `${open}`;', 'export function l(open) { return open; }', 'export const m = ({ open }) => open;', 'export function* n() { yield* open(); }', 'export const o = () => open.call(null);']) {
      expect(handed(text).reexports, text).toEqual([]);
    }
    // A function that returns or yields the import itself hands it to its caller.
    for (const text of ['export const f = function () { return open; };', 'export const g = () => open;', 'export const h = async () => { await x(); return db.open; };', 'export function i() { return { open }; }', 'export function* j() { yield open; }', 'export const k = () => () => open;', 'export const l = { get() { return c ? open : null; } };', 'export class M { get() { return open; } }', 'export const n = new Promise((resolve) => resolve(open));', 'export function withDb(cb) { cb?.(open); }', 'function o() { return open; }\nexport { o };', 'export const p = () => open.bind(null);']) {
      expect(handed(text).reexports.map((re) => re.imported), text).toEqual(['open']);
    }
  });

  it('follows a value handed on later, statically or through a declaration, and reads types, parameters and method names as none', () => {
    const handed = (text: string, jsx = false) => scanTs(`import { open, Db, Cfg } from './db';\nimport * as db from './db';\n${text}`, { jsx }).exports.reexports;
    const named = (text: string, jsx = false) => handed(text, jsx).filter((re) => re.specifier === './db').map((re) => re.exported);
    // Declarations: a class that extends an import or holds it in a static member, an enum, a namespace.
    for (const text of ['export class C extends Db {}', 'export abstract class C<T extends Cfg> extends Db<T> implements Cfg {}', 'export class C { static db = open; }', 'export class C { static readonly #db: F = open; }', 'export class C { static { this.db = open; } }', 'export class C { static get db() { return open; } }', 'export enum C { A = open }', 'export namespace C { export const x = open; }', 'class C extends Db {}\nexport { C };']) {
      expect(named(text), text).toEqual(['C']);
    }
    // Assigned after the declaration, to the name or to a property of it, anywhere.
    for (const text of ['export let x;\nx = open;', 'export var x = 1;\nif (c) { x = open; }', 'export const x = {};\nx.db = open;', "export const x = {};\nx['db'] = open;", 'export function x() {}\nx.db = open;', 'export const x = {};\nObject.assign(x, { open });', "export const x = {};\nObject.defineProperty(x, 'db', { value: open });", "export const x = {};\nReflect.set(x, 'db', open);", 'let a;\na = open;\nexport { a as x };']) {
      expect(named(text), text).toEqual(['x']);
    }
    // Destructured aliases, an import alias, a function called where it stands, a getter, type arguments with commas, JSX.
    for (const text of ['const { open: a } = db;\nexport { a as x };', 'import a = db.open;\nexport { a as x };', 'export const x = (() => open)();', 'export const x = (async function () { return open; })();', 'export const x = { get db() { return open; } };', 'export const x = f<A, B>(open);', 'export const x = new Map<string, F>([[k, open]]);']) {
      expect(named(text), text).toEqual(['x']);
    }
    expect(named('export const x = <div><Db.Open /></div>;', true)).toEqual(['x']);
    // CommonJS: a computed key, Object.assign, defineProperty's value, a getter key.
    const cjs = (text: string) => scanTs(`const { open } = require('./db');\n${text}`, scanOptionsFor('x.cjs')).exports.reexports.map((re) => re.exported);
    expect(cjs("exports['x'] = open;")).toEqual(['x']);
    expect(cjs('Object.assign(module.exports, { x: open });')).toEqual(['x']);
    expect(cjs('const o = { x: open };\nObject.assign(exports, o);')).toEqual(['*', 'default']);
    expect(cjs("Object.defineProperty(exports, 'x', { value: open });")).toEqual(['x']);
    expect(cjs('module.exports = { get x() { return open; } };')).toEqual(['x']);
    // Not values: types (after as / satisfies, type arguments and assertions, implements), parameters, method names, assignment targets.
    for (const text of ['export const x = {} as Cfg;', 'export const x = load() as Promise<Db> | Cfg[];', 'export const x = {} satisfies Record<string, Cfg>;', 'export const x = impl as typeof open;', 'export const x = make<Db>(1);', 'export const x = <Cfg>{};', 'export const x = (open: Db) => open;', 'export const x = (): Db => make();', 'export const x = open => open;', 'export default { open() { return 1; } };', 'export default { get open() { return 1; }, async Db() {} };', 'export enum E { open = 1 }', 'export class K implements Cfg { db = open; static make(): Db { return new Db(open); } }', 'export type T = typeof open;', 'export declare class D extends Db {}']) {
      expect(named(text), text).toEqual([]);
    }
  });

  it('reads compound assignments, shorthand keys named like operators and namespace members; not comparisons, annotations or an arrow body over lines', () => {
    const handed = (text: string, options = { jsx: false }) => scanTs(`import { open, Cfg } from './db';\nimport * as db from './db';\n${text}`, options).exports.reexports;
    expect(handed('export let x;\nx ??= open;').map((re) => re.exported)).toEqual(['x']);
    expect(handed('export let x = 1;\nx += open;').map((re) => re.exported)).toEqual(['x']);
    expect(handed('export const x = db.open;')).toEqual([{ exported: 'x', imported: 'open', specifier: './db' }]);
    const cjs = scanTs("const satisfies = require('./db');\nconst as = require('./db');\nmodule.exports = { satisfies, as };", scanOptionsFor('x.cjs')).exports.reexports;
    expect(cjs.map((re) => re.exported)).toEqual(['satisfies', 'as']);
    // `x.y = a, z = open`: the comma ends the value assigned to y.
    expect(scanTs("const b = require('./db');\nconst x = exports.x = b.a, y = exports.y = b.open;", scanOptionsFor('x.cjs')).exports.reexports.map((re) => `${re.exported}:${re.imported}`)).toEqual(['x:a', 'y:open']);
    // A default-exported function's properties; a `var` in a block is the top-level variable; in a function it is the function's.
    expect(handed('export default function f() {}\nf.db = open;').map((re) => re.exported)).toEqual(['default']);
    expect(handed('if (c) { var x = open; }\nexport { x };').map((re) => re.exported)).toEqual(['x']);
    expect(handed('export const x = 1;\nfunction g() { if (c) { var x = open; } }')).toEqual([]);
    for (const text of ['export let x = 1;\nif (x === open || x !== open) f();', 'const c = 1;\nfunction g() { const d: Cfg = open; return d; }\nexport { c };', 'export const e = {\n  m: ({ a }) =>\n    a\n      ? open()\n      : open(),\n};']) {
      expect(handed(text), text).toEqual([]);
    }
  });

  it('reads imports put on the global object, and not the platform methods given one or a local named like it', () => {
    const globals = (text: string) => (scanTs(`import { open } from './db';\n${text}`, { jsx: false }).exports.global ?? []).map((g) => g.imported);
    for (const text of ['globalThis.db = open;', 'window.db = open;', "self['db'] = open;", 'global.db ??= open;', "Reflect.set(globalThis, 'db', open);", "Object.defineProperty(window, 'db', { get: () => open });", "globalThis.registry.set('db', open);", 'const g = globalThis;\ng.db = open;']) {
      expect(globals(text), text).toEqual(['open']);
    }
    for (const text of ["window.addEventListener('error', open);", 'function F() { var self = this; self.db = open; }', '[1].forEach(function (global) { global.db = open; });', 'globalThis.started = Date.now();', 'const g = globalThis;\ng.setTimeout(open, 1);']) {
      expect(globals(text), text).toEqual([]);
    }
  });

  it('reads a computed member of a loader host called as a computed load, and paths run as modules as edges', () => {
    const computed = (text: string) => scanTs(text).unresolvable.map((u) => `${u.line}:${u.expression}`);
    expect(computed("module[key]('./db');\nglobalThis[key].call(globalThis, './db');\nconst r = module[key];\nReflect.get(globalThis, 'require')('./db');")).toEqual(['1:module[key], which may be the loader', '2:globalThis[key], which may be the loader', '3:module[key], which may be the loader', "4:Reflect.get(globalThis, 'require'), which may be the loader"]);
    expect(computed("function f(self) { self[key](); }\nglobalThis[key] = 1;\nwindow['alert']('x');\nReflect.get(obj, key);\nconst x = globalThis[Symbol.for('k')];")).toEqual([]);
    const run = scanTs("import { fork } from 'node:child_process';\nimport * as wt from 'node:worker_threads';\nfork('./a.js');\nnew wt.Worker('b.js');\nCSS.paintWorklet.addModule('./c.js');\nnavigator.serviceWorker.register('./d.js');\nfork(fileURLToPath(new URL('./e.js', import.meta.url)));\nfork(path);\nregistry.addModule('./f.js');");
    expect(run.imports.filter((i) => i.kind === 'worker' || i.kind === 'url').map((i) => `${i.specifier}${i.cwd === true ? ' (cwd)' : ''}`)).toEqual(['./a.js (cwd)', 'b.js (cwd)', './c.js', './d.js', './e.js']);
    expect(run.unresolvable.map((u) => u.expression)).toEqual(['fork(path)']);
  });

  it('resolves a long chain of aliases once, without recursion', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => `export const a${i + 1} = a${i};`).join('\n');
    const scan = scanTs(`import { open } from './db';\nconst a0 = open;\n${chain}\nexport let z;\nz = a20000;\nlet c1 = c2;\nlet c2 = c1;\nc2 = open;\nexport { c1 };`, { jsx: false });
    const handedOn = new Set(scan.exports.reexports.map((re) => re.exported));
    expect(handedOn.size).toBe(20_002);
    expect(handedOn.has('z') && handedOn.has('c1')).toBe(true);
  });

  it('lists the names every declaration form exports, and marks a module whose names it cannot list as open', () => {
    const named = scanTs('export type T<A> = A;\nexport interface I {}\nexport declare const enum E { A }\nexport abstract class C {}\nexport async function* g() {}\nexport declare namespace N {}\nexport import Q = N.q;\nexport const { a, b: [c] } = o;\nexport declare module "m" {}\nexport type { X } from "./x";', { jsx: false });
    // Certain names, then the names a destructuring pattern may bind (listed as may-be: they never shadow an export *).
    expect(named.exports.local).toEqual(['T', 'I', 'E', 'C', 'g', 'N', 'Q']);
    expect(named.exports.maybe).toEqual(['a', 'b', 'c']);
    expect(named.exports.open).toBeUndefined();
    // Every declarator of a list, whatever its initialiser holds (an unlisted name would hide its file behind a barrel).
    const list = scanTs("export const a = f(1, 2), b = { x: 1, y: 2 }, [c, d] = pair, e = import('./e')\n, { g } = o;\nexport let h, i\nexport var j = () => { let k, l; }, m = 1", { jsx: false });
    expect(list.exports.local).toEqual(['a', 'h', 'j']);
    expect(list.exports.maybe).toEqual(['b', 'c', 'd', 'e', 'g', 'i', 'm']);
    // A namespace's or an ambient module's members are not the module's names.
    const members = scanTs("export declare namespace S {\n  export type Result = 1;\n  export { q };\n  export default 1;\n  export = x;\n}\ndeclare module 'm' { export const z: 1; }", { jsx: false });
    expect(members.exports.local).toEqual(['S']);
    expect(members.exports.open).toBeUndefined();
    for (const text of ['export = api;', 'export as namespace Lib;', 'declare function d(c: unknown): void;\nexport @d class K {}']) {
      expect(scanTs(text, { jsx: false }).exports.open, text).toBe(true);
    }
  });

  it('lists the names a CommonJS module assigns, and leaves one open whose exports object escapes', () => {
    const cjs = scanTs("exports.a = 1;\nmodule.exports.b = 2;\nexports['c'] = 3;\nObject.defineProperty(exports, 'd', { value: 4 });\nmodule.exports = { e, f: 1, get g() { return 1 }, ...require('./h') };", scanOptionsFor('x.cjs'));
    expect(cjs.exports.local).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(cjs.exports.open).toBeUndefined();
    // TypeScript's CommonJS output with its helpers: names and a re-export, not open.
    const helpers = 'var __exportStar = (this && this.__exportStar) || function(m, exports) {\n  for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);\n};\nObject.defineProperty(exports, "__esModule", { value: true });\n__exportStar(require("./util"), exports);\nexports.Key = 1;';
    const ts = scanTs(helpers, scanOptionsFor('x.js'));
    expect(ts.exports.local).toEqual(['__esModule', 'Key']);
    expect(ts.exports.open).toBeUndefined();
    for (const text of ['exports[k] = 1;', 'module.exports = factory();', 'this.Secret = 1;', 'f(this);', "module['exports'].S = 1;", 'const m = module;', 'const e = exports;', 'Object.assign(exports, o);', 'module.exports = { ...o };', 'globalThis.module.exports.S = 1;']) {
      expect(scanTs(text, scanOptionsFor('x.cjs')).exports.open, text).toBe(true);
    }
  });
});

describe('scanTs: sound code is not an import', () => {
  const all = (text: string, jsx = true) => {
    const s = scanTs(text, { jsx });
    return [...s.imports.map((i) => i.specifier), ...s.unresolvable.map((u) => u.expression), ...s.errors.map((e) => e.message)];
  };

  it('methods and functions named import / require, declarations of require', () => {
    const text = [
      'class Loader {',
      '  require(name: string): unknown { return this.cache[name]; }',
      '  static import(x) { return x; }',
      '}',
      'const o = { require(name) { return name; }, import: 1 };',
      'declare function require(id: string): any;',
      'declare const require: NodeRequire;',
      'interface R { require(id: string): unknown; import(x: string): Promise<unknown> }',
      'function f(r: typeof require) { return loader.require(name); }',
      'const p = require.resolve(name), q = import.meta.resolve(name), c = require.cache;',
    ].join('\n');
    expect(all(text, false)).toEqual([]);
  });

  it('a resolution names a module: require.resolve and import.meta.resolve with a literal are edges (their path is handed to fork, Worker, import()), through any loader', () => {
    const text = [
      "import { createRequire } from 'node:module';",
      "const r = createRequire(import.meta.url); fork(r.resolve('./a'));",
      "createRequire(import.meta.url).resolve('./b', { paths: [] });",
      "new Worker(require.resolve('./c'));",
      "const d = import.meta.resolve('./d.js'); await import(d);",
      'require.resolve.paths("x"); r.cache;',
      "require.resolve?.('./e'); import.meta.resolve?.('./f');",
    ].join('\n');
    const scan = scanTs(text, { jsx: false });
    expect(scan.imports.filter((i) => i.kind === 'resolve').map((i) => [i.specifier, i.line])).toEqual([['./a', 2], ['./b', 3], ['./c', 4], ['./d.js', 5], ['./e', 7], ['./f', 7]]);
    // The loads themselves are computed: judged as such.
    expect(scan.unresolvable.map((u) => u.expression)).toEqual(["require.resolve('./c')", 'd']);
  });

  it('prose in JSX and strings that mentions require(name) or import()', () => {
    const text = [
      'export const Help = () => (',
      '  <div className="help" title=\'it\'s require(name)\'>',
      "    Call require(name) or import('./x') — don't / won't break the lexer.",
      '    <p>{`template ${user} require(${name})`}</p>',
      '    <Trans>a / b / c and an apostrophe\'s</Trans>',
      '    <>{cond ? <br /> : <hr />} text </>',
      '  </div>',
      ');',
      "const s = 'use require(name) to load';",
      "import real from './real';",
    ].join('\n');
    expect(scanTs(text).imports.map((i) => [i.specifier, i.line])).toEqual([['./real', 10]]);
    expect(scanTs(text).unresolvable).toEqual([]);
  });

  it('a++ / b divides; templates nest; the lexer does not lose its place', () => {
    const text = ["let a = 1, b = 2; a++ / b; const q = x-- / 2; import z from './z'; // /", "const t = `${a}/${`${b}`}/'`; require('./after');"].join('\n');
    expect(all(text, false)).toEqual(['./z', './after']);
  });
});

describe('scanTs: TSX generics are not JSX (decided as TypeScript decides)', () => {
  const read = (text: string) => {
    const s = scanTs(text, { jsx: true });
    return { imports: s.imports.map((i) => i.specifier), errors: s.errors.map((e) => e.message) };
  };

  it('generic arrows and function types, in expressions and in types, leave the code after them visible', () => {
    const forms = [
      'const id = <T,>(x: T) => x;',
      'const id = <T extends object>(x: T) => x;',
      'const id = <T extends U, U>(x: T, y: U) => x;',
      'const id = <T = string>(x: T) => x;',
      'const id = <const T,>(x: T) => x;',
      'const id = async <T,>(x: T) => x;',
      'const f: <T>(x: T) => T = (x) => x;',
      'type F = <T>(x: T) => T;',
      'type G = Array<<T>(x: T) => T>;',
      'let h: (<T>(x: T) => T) | null = null;',
      'interface I { <T>(x: T): T; new <U>(y: U): I }',
      'interface J {\n  <T>(x: T)\n  a: string\n}',
      'function k(cb: <T>(x: T) => T): void {}',
      'const m = { f: <T,>(x: T) => x };',
    ];
    for (const form of forms) {
      const text = `${form}\nconst s = "a";\nimport real from './real';\nconst r = require('./after');`;
      expect(read(text), form).toEqual({ imports: ['./real', './after'], errors: [] });
    }
  });

  it('JSX stays JSX: elements whose text starts with a parenthesis, attributes named extends, const elements', () => {
    for (const jsx of ['<span>(beta: require(name))</span>', '<em>(optional): fill in</em>', '<p>(a) and (b)</p>', '<T>(x: T) =&gt; y</T>', '<b>(don\'t)</b>', '<T extends>(x)</T>', '<T extends="x">(x)</T>', '<div>{x}</div>', '<>(x)</>']) {
      const text = `const el = ${jsx};\nimport real from './real';`;
      expect(read(text), jsx).toEqual({ imports: ['./real'], errors: [] });
    }
  });

  it('a bare <T>(…) that the file also closes as an element is refused, never read one way', () => {
    // Read as JSX, the require would hide inside "element text" up to the regex that spells </T>.
    const text = "const f: <T>(x: T) => T = g;\nrequire('./hidden');\nif (a </T>/.test(b)) {}";
    const s = scanTs(text, { jsx: true });
    expect(s.errors.map((e) => [e.line, e.message.slice(0, 12)])).toEqual([[1, '`<T>(…)` may']]);
    expect(s.imports.map((i) => i.specifier)).toEqual(['./hidden']);
    // The value of a type alias is a type: there `<T>` is type parameters, whatever the file closes.
    const alias = scanTs(text.replace('const f: <T>(x: T) => T = g;', 'type F = <T>(x: T) => T;'), { jsx: true });
    expect([alias.errors, alias.imports.map((i) => i.specifier)]).toEqual([[], ['./hidden']]);
  });
});

describe('scanTs: require as a value (one rule, by denial)', () => {
  const values = (text: string) => scanTs(text, { jsx: false }).unresolvable.map((u) => u.expression);

  it('every mention that hands the loader on is a computed import', () => {
    for (const text of ['f(require);', 'x = { require };', 'const a = [require];', 'export { require };', 'export default require;', 'module.exports = require;', 'obj.loader = require;', 'let q = require; f(q);', 'const r = createRequire(import.meta.url); f(r);', 'function h(require: unknown) { return require; }', 'f(module.require);', 'const o = { r: globalThis.require };']) {
      expect(values(text).length, text).toBeGreaterThan(0);
    }
  });

  it('a type, a declaration, a lookup, an assignment target or an alias whose calls are followed is not', () => {
    for (const text of ['const r: typeof require = x;', 'type R = typeof require;', 'if (typeof require === "function") {}', 'declare var require: NodeRequire;', 'function h(require: unknown) {}', 'class A { require = 1; }', 'interface I { require?: R }', 'const o = { require: 1 }; o.require;', "require.resolve('./x');", 'const { resolve, cache: c } = require;', "let q = require; q('./x');"]) {
      expect(values(text), text).toEqual([]);
    }
    expect(scanTs("let q = require; q('./x');", { jsx: false }).imports.map((i) => i.specifier)).toEqual(['./x']);
    expect(scanTs("const load = module.require; load('./y'); module.require = f; typeof module.require;", { jsx: false })).toMatchObject({ imports: [{ specifier: './y' }], unresolvable: [] });
  });

  it('a binding named require declares it: parameters, destructuring patterns, catch clauses', () => {
    for (const text of ['function f(require) {}', 'const g = require => 1;', 'function f({ require }: Opts) { return require; }', 'const g = ({ a: [require] } = {}): number => require;', 'const { require } = opts; f(require);', 'for (const { require } of xs) { f(require); }', 'try {} catch ({ require }) { f(require); }', 'class A { m({ require }: O) { g(require); } }', 'const h = async ({ require }: O): Promise<void> => { g(require); };']) {
      expect(values(text), text).toEqual([]);
    }
  });

  it('a destructured require is that local only in its scope; a plain parameter stays the loader; an exported alias hands the loader on', () => {
    for (const text of ['function f({ require }: O) {}\ng(require);', 'for (const { require } of xs) {}\nf(require);', 'function h(require) { return require; }', 'const g = require => require;', 'c ? g(require) : () => 1;', 'f({ require });', 'const a = { x: require };', 'export const load = require;', 'export let r; r = createRequire(import.meta.url);']) {
      expect(values(text).length, text).toBeGreaterThan(0);
    }
  });
});

describe('scanTs: the `}` of an object literal ends an operand', () => {
  it('a `/` after it divides; after a block, class or function body it starts a regex', () => {
    const specs = (text: string) => scanTs(text, { jsx: false });
    for (const text of ["const o = {} / 1; import('./a');", "x = { a: {} / 2 }; import('./a');", "const f = () => ({}) / 2; import('./a');", "if (x) {} /re'/.test(s); import('./a');", "class A {}\n/x'/g.exec(s); import('./a');", "function f(): Promise<T> {}\n/'/.test(x); import('./a');", "switch (x) { case 1: {} /'/.test(s) } import('./a');"]) {
      const s = specs(text);
      expect([s.errors, s.imports.map((i) => i.specifier)], text).toEqual([[], ['./a']]);
    }
  });
});

describe('scanTs: fail closed, linear, stack-safe', () => {
  it('reports what it could not make sense of', () => {
    for (const text of ["const s = 'open\nimport x from './x';", 'const t = `open', '/* open', 'const r = /open', 'f(', '}', '<div>open']) {
      expect(scanTs(text).errors.length, text).toBeGreaterThan(0);
    }
    expect(scanTs("import a from './a';\nconst ok = 1;").errors).toEqual([]);
  });

  it('input nested or left open 10,000 deep neither crashes nor goes quadratic', () => {
    const deep = [
      '('.repeat(10_000),
      '{'.repeat(10_000),
      '`${'.repeat(10_000),
      'new URL('.repeat(10_000),
      'require('.repeat(10_000),
      '<a>{'.repeat(10_000),
      `${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}`,
      'import {'.repeat(10_000),
    ];
    for (const text of deep) {
      const t0 = cpuStart();
      expect(() => scanTs(text)).not.toThrow();
      expect(cpuMsSince(t0), text.slice(0, 10)).toBeLessThan(2_000);
    }
  });
});

describe('scanTs: values longer than the walk', () => {
  it('an exported value of more top-level tokens than the walk is read to the end, never cut short (red team hi)', () => {
    const text = "import { open } from './db';\nexport const x = " + '0 ? 0 : '.repeat(6000) + 'open;\nexport const y = 1;';
    expect(scanTs(text, { jsx: false }).exports.reexports).toEqual([{ exported: 'x', imported: 'open', specifier: './db' }]);
  });
  it('a returned promise chain longer than the walk is read on from its run', () => {
    const text = "import { open } from './db';\nexport const f = () => load()" + '.then(() => 1)'.repeat(5000) + '.then(() => open);';
    expect(scanTs(text, { jsx: false }).exports.reexports).toEqual([{ exported: 'f', imported: 'open', specifier: './db' }]);
  });
});

describe('scanTs: loaders under other names', () => {
  it('createRequire imported or destructured under another name, require on global hosts, eval and new Function', () => {
    const text = [
      "import { createRequire as makeRequire } from 'node:module';",
      "const a = makeRequire(import.meta.url)('./a');",
      "const { createRequire: cr } = require('module');",
      'const r2 = cr(import.meta.url);',
      "const b = r2('./b');",
      "const c = globalThis.require('./c');",
      'eval("require(\'./d\')");',
      "const f = new Function('return require(\"./e\")');",
    ].join('\n');
    const scan = scanTs(text, { jsx: false });
    expect(scan.imports.map((i) => [i.specifier, i.line])).toEqual([
      ['node:module', 1],
      ['./a', 2],
      ['module', 3],
      ['./b', 5],
      ['./c', 6],
    ]);
    expect(scan.unresolvable.map((u) => [u.expression.slice(0, 5), u.line])).toEqual([
      ['eval(', 7],
      ['Funct', 8],
    ]);
  });
});

describe('scanTs: JavaScript files', () => {
  const js = (text: string, path = 'src/a.js') => scanTs(text, scanOptionsFor(path));

  it('JSDoc import types and @import tags are type imports in JavaScript, not in TypeScript', () => {
    const text = ['/** @type {import("./a.js").A} */', 'let a;', '/**', ' * @import { B } from "./b.js"', ' * @param {import(\'./c\').C} c', ' */', "// @type {import('./line-comment')}"].join('\n');
    expect(js(text).imports.map(at)).toEqual([
      ['import_type', './a.js', 1, 19],
      ['import_type', './b.js', 4, 23],
      ['import_type', './c', 5, 19],
    ]);
    expect(js(text, 'src/a.ts').imports).toEqual([]);
  });

  it('HTML-like comments: a comment in a CommonJS script, operators in a module, refused in a .js file that may be either', () => {
    // Read as operators, the `/*` on line 1 would open a comment to line 3 and hide the require.
    const text = "<!-- /*\nrequire('./a');\n  --> */ import('./b')\nconst c = a <!--b;";
    expect(js(text, 'src/x.cjs').imports.map((i) => i.specifier)).toEqual(['./a']);
    expect(js("const lt = a <!--b; require('./a');", 'src/x.mjs')).toMatchObject({ errors: [], imports: [{ specifier: './a' }] });
    expect(js(text, 'src/x.js').errors.map((e) => [e.line, e.message.slice(0, 6)])).toEqual([[1, '`<!--`'], [4, '`<!--`']]);
  });

  it('importScripts and System.import load scripts; a computed argument may load anything', () => {
    const s = js("importScripts('./a.js', name, './b.js');\nSystem.import('./c');\nobj.importScripts(x);");
    expect(s.imports.map((i) => [i.kind, i.specifier, i.line])).toEqual([
      ['side_effect', './a.js', 1],
      ['side_effect', './b.js', 1],
      ['dynamic_import', './c', 2],
    ]);
    expect(s.unresolvable.map((u) => u.expression)).toEqual(['importScripts(name)']);
  });

  it('/// <reference types> with a relative path is a type import; a types package one the gate looks up in typeRoots; lines are counted as the lexer counts them', () => {
    const s = scanTs('/// <reference types="node" />\r\n/// <reference types="./t" />\r/// <reference path="./p.ts" />\u2028x;', { jsx: false });
    expect(s.imports.map(at)).toEqual([
      ['import_type', 'node', 1, 22],
      ['import_type', './t', 2, 22],
      ['import_type', './p.ts', 3, 21],
    ]);
    expect(s.imports.map((i) => i.typesPackage === true)).toEqual([true, false, false]);
  });
});

describe('scanTs: command lines built in code', () => {
  const runs = (code: string) => {
    const s = scanTs(`import { exec, spawn } from 'node:child_process';\n${code}`, { jsx: false });
    return [...s.imports.filter((i) => i.kind === 'worker').map((i) => `edge:${i.specifier}`), ...s.unresolvable.map((u) => `computed:${u.kind}`)];
  };
  it('joins literal pieces of a command line, and marks a computed piece as such', () => {
    expect(runs(`exec('tsx ' + './x.ts');`)).toEqual(['edge:./x.ts']);
    expect(runs('exec(`node ` + "./x.js");')).toEqual(['edge:./x.js']);
    expect(runs(`exec('node ' + file);`)).toEqual(['computed:worker']);
    expect(runs(`exec('node ./a.js ' + rest);`)).toEqual(['edge:./a.js']);
  });
  it('reads an argument list extended in code as ending in computed words', () => {
    expect(runs(`spawn('tsx', ['--tsconfig', './a.json'].concat(rest));`)).toEqual(['computed:worker']);
    expect(runs(`spawn('node', ['./a.js'].concat(rest));`)).toEqual(['edge:./a.js']);
  });
  it('takes a program path with spaces naming Node for that program, not for a shell line', () => {
    expect(runs(`spawn('C:\\\\Program Files\\\\nodejs\\\\node.exe', ['./x.js']);`)).toEqual(['edge:./x.js']);
  });
});

describe('scanTs: loader hooks, test loaders, NODE_OPTIONS written anywhere, Bun and Deno processes (red team hc)', () => {
  const edges = (code: string) => {
    const s = scanTs(code, { jsx: false });
    return [...s.imports.map((i) => `${i.kind}:${i.specifier}${i.cwd === true ? ' (cwd)' : ''}`), ...s.unresolvable.map((u) => `computed:${u.kind}`), ...s.globs.map((g) => `glob:${g.patterns.join(',')}:${String(g.recursive)}`)];
  };
  it("reads node:module's register by the parent it is resolved against", () => {
    expect(edges("import { register } from 'node:module';\nregister('./h.mjs', import.meta.url);")).toEqual(['import:node:module', 'dynamic_import:./h.mjs']);
    expect(edges("import { register as r } from 'module';\nr('./h.mjs', pathToFileURL('./'));")).toEqual(['import:module', 'worker:./h.mjs (cwd)']);
    expect(edges("import { register } from 'node:module';\nregister('./h.mjs', base);")).toEqual(['import:node:module', 'computed:dynamic_import']);
    expect(edges("import { registerHooks } from 'node:module';\nregisterHooks({});")).toEqual(['import:node:module', 'computed:dynamic_import']);
    expect(edges("app.register('./plugin');\nclass A { register(x) { return x; } }")).toEqual([]);
  });
  it("reads webpack's import.meta.webpackContext as a glob of its directory", () => {
    expect(edges("import.meta.webpackContext('./pages', { recursive: false, regExp: /\\.ts$/ });")).toEqual(['glob:./pages:false']);
  });
  it("reads a test framework's loaders and the mocks that load the original", () => {
    expect(edges("jest.requireActual('./a'); vi.importActual('./b'); jest.mock('./c'); vi.mock('./d', async (orig) => orig());")).toEqual(['require:./a', 'require:./b', 'require:./c', 'require:./d']);
    expect(edges("jest.mock('./a', () => ({})); vi.mock('./b', function () { return {}; });")).toEqual([]);
  });
  it('reads NODE_OPTIONS where it is written, and the parent\'s own options as nothing', () => {
    expect(edges("process.env['NODE_OPTIONS'] = '-r ./a.js';\nconst e = { NODE_OPTIONS: '--import ./b.js' };\nenv.NODE_OPTIONS += ' --require ./c.js';")).toEqual(['worker:./a.js (cwd)', 'worker:./b.js (cwd)', 'worker:./c.js (cwd)']);
    expect(edges('process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ""} --enable-source-maps`;')).toEqual([]);
    expect(edges('const e = { NODE_OPTIONS: `--require ${hook} --enable-source-maps` };')).toEqual([]);
  });
  it("reads Bun's and Deno's process APIs as spawn lists", () => {
    expect(edges("Bun.spawn(['bun', './a.ts']);\nnew Deno.Command(Deno.execPath(), { args: ['run', './b.ts'] });\nBun.spawn(['bun', 'build', './c.ts']);")).toEqual(['worker:./a.ts (cwd)', 'worker:./b.ts (cwd)']);
  });
});

describe('scanTs: module objects reached through literal keys, assertions, groups and later aliases (red team rc3)', () => {
  const edges = (code: string, jsx = false) => {
    const s = scanTs(code, { jsx });
    return [...s.imports.map((i) => `${i.kind}:${i.specifier}`), ...s.unresolvable.map((u) => `computed:${u.kind}:${u.expression}`)];
  };
  it('reads a module object reached by a literal key, `!`, `<T>`, a group, a comma or an optional chain as the loader host', () => {
    for (const code of [
      "module['parent']!.require('./x');",
      "(<any>module).require('./x');",
      "process['mainModule'].require('./x');",
      "require['main'].require('./x');",
      "(0, module).require('./x');",
      "module?.require?.('./x');",
      "module.parent['require']('./x');",
      "(<any>module)['require']('./x');",
      "module['children'][0].require('./x');",
      "Module['_load']('./x');",
    ]) expect(edges(code.startsWith('Module') ? `import Module from 'node:module';\n${code}` : code).filter((e) => e !== 'import:node:module'), code).toEqual(['require:./x']);
  });
  it('reads every name a module object is stored in as one: a later assignment, a hoisted or chained declaration, a destructured member', () => {
    for (const code of [
      "let m; m = module; m.require('./x');",
      "function f() { return m.require('./x'); }\nconst m = module;",
      "let m: any; m ??= require.main; m.require('./x');",
      "let a, b; a = b = module.parent; a.require('./x');",
      "let n = 1, m = module; m.require('./x');",
      "const m = <any>module; m.require('./x');",
      "const m = module['parent']!; m['require']('./x');",
      "m = module.parent as any; m.require('./x');",
      "const m = cond ? module : null; m.require('./x');",
      "const { parent } = module; parent.require('./x');",
      "const { parent: { parent: p } } = module; p.require('./x');",
      "const { children: [first] } = module; first.require('./x');",
      "const { main } = require; main.require('./x');",
      "const c = require.cache; c[key].require('./x');",
    ]) expect(edges(code), code).toEqual(['require:./x']);
  });
  it('refuses the loader taken out of any module object, and a `.require` of one handed on', () => {
    expect(edges("const m = module; const { require: r } = m; r('./x');")).toEqual(['computed:require:require taken out of a module object']);
    expect(edges("const { parent: { require: r } } = module; r('./x');")).toEqual(['computed:require:require taken out of a module object']);
    expect(edges('run(module.parent!.require);')).toEqual(['computed:require:module.parent!.require used as a value']);
    expect(edges("const load = module['parent']['require']; load('./x');")).toEqual(['require:./x']);
  });
  it('reads a module object kept in a literal or on a member, the loader stored below its use, and the loader called through a group', () => {
    for (const code of [
      "const ctx = { mod: module }; ctx.mod.require('./x');",
      "const ctx = { a: { b: [module.parent] } }; ctx.a.b[0].require('./x');",
      "class A { constructor() { this.m = module; } load() { return this.m.require('./x'); } }",
      "const o: any = {}; o['m'] = module.parent; o.m['require']('./x');",
      "function f() { return r('./x'); }\nconst r = require;",
      "function f() { return r('./x'); }\nlet r; r = require.main!.require;",
      "(module.require)('./x');",
      "(0, module['require'])('./x');",
      "module.require!('./x');",
      "module.require<any>('./x');",
      "(<any>(<any>module).parent).require('./x');",
      "[module][0].require('./x');",
      "({ m: module }).m.require('./x');",
      "for (const m of module.children) m.require('./x');",
      "for (const { parent } of [module]) parent.require('./x');",
      "module.children.forEach((m) => m.require('./x'));",
      "[module].map(function (m) { return m.require('./x'); });",
      "require.main!.children.find(async ({ parent }) => parent.require('./x'));",
      "let m; [m] = [module]; m.require('./x');",
      "const [first] = module.children; first.require('./x');",
      "switch (x) { case 1: m = module; } m.require('./x');",
      "module.parent!!.require('./x');",
    ]) expect(edges(code), code).toEqual(['require:./x']);
  });
  it("reads Node's Module class reached by a literal key, destructured or called through Function.prototype; refuses its code runners", () => {
    for (const code of [
      "module['constructor']['createRequire'](__filename)('./x');",
      "const { _load } = module.constructor; _load('./x');",
      "const { createRequire: cr } = module.constructor; cr(__filename)('./x');",
      "module.constructor._load.call(null, './x');",
      "process.mainModule!['constructor']._load('./x');",
    ]) expect(edges(code), code).toEqual(['require:./x']);
    expect(edges("const m = module.parent; m._compile(src, f);")).toEqual(['computed:require:m._compile(…) runs code from a string']);
    expect(edges("require.extensions['.js'](module, './x.js');")).toEqual(['computed:require:require.extensions[…](…), an extension handler that compiles the file it is given']);
    expect(edges("module.constructor._extensions['.js'](m, f);")).toEqual(['computed:require:module.constructor._extensions[…](…), an extension handler that compiles the file it is given']);
    expect(edges("import Module from 'node:module';\nconst o = Module._load;\nModule._load = function (r) { return o.apply(this, arguments); };")).toEqual(['import:node:module', 'computed:require:o.apply(this, arguments)']);
    // Looked up, tested, assigned: nothing loaded.
    expect(edges("require.extensions['.ts'] = require.extensions['.js'];\nif (module.constructor._extensions['.node']) {}\ndelete Module._load;")).toEqual([]);
  });
  it("reads a module object handed to a function of the file as the parameter it lands in; a function of another module is not followed", () => {
    for (const code of [
      "function load(m) { return m.require('./x'); }\nload(module);",
      "const load = (a: number, m: NodeModule) => m.require('./x');\nload(1, module.parent!);",
      "(function (m) { m.require('./x'); })(module);",
      "((m) => m.require('./x'))(require.main);",
      "function load({ parent }) { return parent.require('./x'); }\nload(module);",
    ]) expect(edges(code), code).toEqual(['require:./x']);
    // Built-ins that give the module object (or its prototype, a member, a descriptor) back: refused, not followed.
    for (const [code, via] of [
      ["Reflect.get(module, 'parent').require('./x');", 'Reflect.get'],
      ['Object.getPrototypeOf(module).require.call(module, x);', 'Object.getPrototypeOf'],
      ["new Proxy(module, {}).require('./x');", 'new Proxy'],
      ["Promise.resolve(require.main).then((m) => m.require('./x'));", 'Promise.resolve'],
    ]) expect(edges(code as string), code).toEqual([`computed:require:a module object handed to ${via as string}, whose require loads anything`]);
    expect(edges("Object.defineProperty(module, 'exports', { get() { return 1; } });\nObject.keys(module);\nObject.getPrototypeOf(module.exports);")).toEqual([]);
    // A function of another module given `module` alone may call its require: refused (console's methods print it).
    expect(edges("const log = require('./logger')(module);\nlabel(module);\nconsole.log(module);")).toEqual(['require:./logger', 'computed:require:a module object handed to a function the scan does not read, whose require loads anything', 'computed:require:a module object handed to a function the scan does not read, whose require loads anything']);
  });
  it('refuses a module object exported or made the scope of `with`: another module or a bare name calls its require', () => {
    expect(edges('export const m = module.parent;')).toEqual(['computed:require:m (a module object) exported, whose require loads anything']);
    expect(edges('let m; m = module; export { m };')).toEqual(['computed:require:a module object exported, whose require loads anything']);
    expect(edges('const m = require.main; export default m;')).toEqual(['computed:require:a module object exported, whose require loads anything']);
    for (const code of ['export default module.parent;', 'module.exports = { host: module };', 'exports.parent = require.main;']) expect(edges(code), code).toEqual(['computed:require:a module object exported, whose require loads anything']);
    expect(edges("with (module) { parent.require('./x'); }")).toEqual(['computed:require:a module object made the scope of `with`, whose require loads anything']);
    // Not module objects: a comparison, the exports object, a test.
    expect(edges('export const isMain = require.main === module;\nexport default module.exports;\nexports.ok = !module.parent;\nexport const t = typeof module;')).toEqual([]);
  });
  it('sound look-alikes: comparisons, the exports object, its id, other objects with such members, `<T>` in JSX', () => {
    for (const code of [
      'if (require.main === module) main();',
      "const m = module.exports; m.require('./x');",
      "const { exports, id } = module; exports.require('./x'); id.require('./y');",
      "let m = db; m = module.exports; m.require('./x');",
      "const { parent } = reg; parent.require('./x');",
      "const main = options['main']; main.require('./x');",
      "const n = module.children.length; n.require('./x');",
      "const x = wrap<T>(module); x.require('./x');",
      "foo['require']('./x'); o.m['parent'].require('./y');",
      "const codec = module.exports.encodings[enc]; codec.require('./x');",
      "const ctx = { id: module.id, exports: module.exports }; ctx.id.require('./x');",
      'const isMain = require.main === module; const o = { isMain };',
      "for (const m of module.exports.list) m.require('./x');",
      "const [a] = [module.id]; a.require('./x'); [1, 2][0].require('./y');",
      "[1, 2].map((m) => m.require('./x')); module.paths.forEach((p) => p.require('./y'));",
    ]) expect(edges(code), code).toEqual([]);
    // The loader as one branch of a value is refused where it stands, not also as an alias.
    expect(edges("var c = 'function' == typeof require && require; c('./x');")).toEqual(['computed:require:require used as a value']);
    expect(edges("const el = (<any>module</any>); el.require('./x');", true)).toEqual([]);
  });
});

describe('scanTs: module objects given back by calls, bound as `this`, or in values too long to read (red team rc4)', () => {
  const edges = (code: string) => {
    const s = scanTs(code);
    return [...s.imports.map((i) => `${i.kind}:${i.specifier}`), ...s.unresolvable.map((u) => `computed:${u.kind}:${u.expression}`)];
  };
  it('reads the result of an element or copy method called on a collection of module objects as a module object', () => {
    for (const code of [
      "module.children.at(-1).require('./x');",
      "module.children.find(Boolean).require('./x');",
      "module.children.findLast(Boolean)!.require('./x');",
      "module.children.filter(f)[0].require('./x');",
      "[...module.children].pop().require('./x');",
      "Array.from(module.children)[0].require('./x');",
      "module.children.slice(-1)[0].require('./x');",
      "module.children['at'](-1).require('./x');",
      "(module.children as any[]).shift()['require']('./x');",
      "[].concat(module.children)[0].require('./x');",
      "module.children.map((m) => m)[0].require('./x');",
      "require.main!.children.at(0).children.at(0).require('./x');",
      "const m = module.children.at(-1); m.require('./x');",
      "const c = module.children; c.at(-1)?.require('./x');",
      "const [last] = module.children.slice(-1); last.require('./x');",
      "module.children.filter(f).forEach((m) => m.require('./x'));",
      "module.children.values().next().value.require('./x');",
      "const it = module.children[Symbol.iterator]();\nit.next().value.require('./x');",
      "const { value } = module.children.entries().next();\nvalue[1].require('./x');",
      "const get = () => module;\nget().require('./x');",
      "function get() { return module.parent; }\nget().require('./x');",
      "const get = (): NodeModule => module.children.at(-1)!;\nconst m = get();\nm.require('./x');",
      "function get() { return m; }\nconst m = module.parent;\nget().require('./x');",
    ]) expect(edges(code), code).toEqual(['require:./x']);
    expect(edges("Object.values(require.cache)[0].require('./x');")).toEqual(['require:./x', 'computed:require:a module object handed to Object.values, whose require loads anything']);
    expect(edges('export const kids = module.children.slice();')).toEqual(['computed:require:kids (a module object) exported, whose require loads anything']);
  });
  it('sound look-alikes: the same methods on other arrays, counts and indexes of module objects', () => {
    for (const code of [
      "const arr = [1]; arr.at(-1).require('./x');",
      "module.exports.list.at(-1).require('./x');",
      "module.paths.slice(0).at(0).require('./x');",
      "const n = module.children.indexOf(x); n.require('./x');",
      'module.exports = module.children.filter(Boolean).length;',
      "Array.from(foo).at(0).require('./x');",
      "module.children.length.toString().require('./x');",
      "foo[Symbol.iterator]().next().value.require('./y');\nmodule.exports[k]().require('./z');",
      "function f() { return module.exports; }\nf().require('./x');\nconst g = () => module.id;\ng().require('./y');\nfunction r() { return r(); }\nr().require('./z');",
    ]) expect(edges(code), code).toEqual([]);
  });
  it('refuses a module object bound as `this` (call, apply, bind, Reflect.apply), made a class base, a prototype or by `new`', () => {
    for (const [code, how] of [
      ["function f() { return this.require('./x'); }\nf.call(module);", 'bound as `this` by call'],
      ["function f() { return this.require('./x'); }\nf.apply(module, []);", 'bound as `this` by apply'],
      ["function f() { return this.require('./x'); }\nf.bind(module)();", 'bound as `this` by bind'],
      ["function f() { return this.require('./x'); }\nReflect.apply(f, module, []);", 'bound as `this` by Reflect.apply'],
      ["({ g() { return this.require('./x'); } }).g.call(module);", 'bound as `this` by call'],
      ["const o = { g() { return this.require('./x'); } };\no.g.apply(require.main!, []);", 'bound as `this` by apply'],
      ['Function.prototype.call.call(f, module.parent);', 'bound as `this` by call'],
      ["const m = module.children.at(0);\n(function () { return this.require('./x'); }).call(m);", 'bound as `this` by call'],
      ["class A extends module.constructor { load() { return this.require('./x'); } }", 'made the base of a class'],
      ["new module.constructor('x').require('./x');", 'made by `new`'],
      ["({ __proto__: module, g() { return this.require('./x'); } }).g();", 'made the prototype of an object'],
      ['Reflect.setPrototypeOf(o, module);', 'handed to Reflect.setPrototypeOf'],
      ["module.parent[key].call(module.parent, './x');", 'bound as `this` by call'],
    ]) expect(edges(code as string), code).toEqual([`computed:require:a module object ${how as string}, whose require loads anything`]);
    expect(edges("const Module = require('node:module');\nconst m = new Module('x', module);\nm._compile(src, 'x');")).toEqual(['require:node:module', 'computed:require:a module object made by `new`, whose require loads anything']);
  });
  it('reads a module object handed to a function of the file through call / apply / bind after `this` as its parameter', () => {
    for (const code of [
      "function load(m) { return m.require('./x'); }\nload.call(null, module);",
      "function load(a, m) { return m.require('./x'); }\nload.apply(null, [1, require.main]);",
      "const load = (m) => m.require('./x');\nload.bind(null, module.parent)();",
    ]) expect(edges(code), code).toEqual(['require:./x']);
    expect(edges("function load(m) { return m.require('./x'); }\nload.apply(null, args);\nload.call(null, module.id);")).toEqual([]);
  });
  it('sound look-alikes of a bound `this`: other objects, the exports object, the loader applied', () => {
    for (const code of [
      'const arr = [1]; arr.at(-1); function g(x) {} g.call(this, 1); module.exports.x.call(obj);',
      'fn.call(module.exports, 1, module.exports);',
      'o.fn.call(this, module);',
      'f.bind(null, module.id)();',
      'class A extends Base {}\nconst b = new Map([[1, module.id]]);\nconst p = { __proto__: null, id: module.id };',
    ]) expect(edges(code), code).toEqual([]);
    expect(edges("module.require.call(module, './x');")).toEqual(['require:./x']);
    // Refused once, where it stands, as maybe the loader.
    expect(edges("module[key].call(module, './x');")).toEqual(['computed:require:module[key], which may be the loader']);
  });
  it("does not crash on names of Object's prototype where a table of built-ins is looked up", () => {
    // Not crashed on; functions the scan does not read given module objects are refused.
    expect(edges('constructor.values(module);\nconstructor.from(module.children)[0].x;\n__proto__.get(module);')).toEqual(['computed:require:a module object handed to a function the scan does not read, whose require loads anything', 'computed:require:a module object handed to a function the scan does not read, whose require loads anything']);
    expect(edges('/// <constructor path="./x" />\n/// <__proto__ path="./y" />\nlet a;')).toEqual([]);
  });
  it('reads a module-object value of any length; a literal or pattern nested deeper than read fails closed', () => {
    const conds = Array.from({ length: 300 }, (_, i) => `c${i}`).join(' && ');
    const keys = Array.from({ length: 150 }, (_, i) => `k${i}: ${i}`).join(', ');
    const sums = Array.from({ length: 30_000 }, (_, i) => `a${i}`).join(' + ');
    for (const code of [
      `const m = (${conds}) ? module : null;\nm.require('./x');`,
      `let m;\nm = ${conds} ? require.main : null;\nm.require('./x');`,
      `const o = { ${keys}, host: module };\no.host.require('./x');`,
      `function f(a, m) { return m.require('./x'); }\nf(${conds}, module);`,
      `const m = ${sums} ? module : null;\nm.require('./x');`,
    ]) expect(edges(code), code.slice(0, 40)).toEqual(['require:./x']);
    expect(edges("const o = { a: { b: { c: { d: { e: { m: module } } } } } };\no.a.b.c.d.e.m.require('./x');")).toEqual(['computed:require:a module object named in a literal nested over 4 deep, not read, whose require loads anything']);
    expect(edges("const { parent: { parent: { parent: { parent: { parent: { parent: m } } } } } } = module;\nm.require('./x');")).toEqual(['computed:require:a module object destructured over 4 deep, not read, whose require loads anything']);
    // Sound: long values of other things, a deep literal of required modules and module ids.
    expect(edges(`const v = (${conds}) ? a : b;\nv.require('./x');\nconst w = (${conds}) ? module.exports : require('./z');\nw.require('./y');`)).toEqual(['require:./z']);
    expect(edges("const o = { a: { b: { c: { d: { e: { m: require('./y'), id: module.id, t: typeof module } } } } } };")).toEqual(['require:./y']);
  });
  it('reads values nested in thousands of groups once each, not quadratically', () => {
    const code = `const m = module;\n${'a = ('.repeat(3000)}m${')'.repeat(3000)};`;
    const t0 = cpuStart();
    scanTs(code);
    expect(cpuMsSince(t0)).toBeLessThan(3000);
  });
});

describe('scanTs: module objects given back by functions the scan does not follow, handed to callbacks and containers, and locals named module (red team rc5)', () => {
  const edges = (code: string) => {
    const s = scanTs(code);
    return [...s.imports.map((i) => `${i.kind}:${i.specifier}`), ...s.unresolvable.map((u) => `computed:${u.kind}:${u.expression}`)];
  };
  const givenBack = 'computed:require:a module object given back by a function the scan does not follow (a getter, a method, a callback, a function handed on), whose require loads anything';
  it('refuses a module object given back by a getter, a method, a callback, a generator or a function handed on', () => {
    for (const code of [
      '({ get m() { return module; } }).m.require(x);',
      'class A { get m() { return module; } }\nnew A().m.require(x);',
      'class A { static get m() { return require.main; } }\nA.m.require(x);',
      '({ m() { return module.parent; } }).m().require(x);',
      'Promise.resolve().then(() => module).then((m) => m.require(x));',
      'p.then(function () { return module; }).then((m) => m.require(x));',
      'const f = () => module;\nrun(f);\nfunction run(g) { g().require(x); }',
      'const f = () => module;\n[f].map((g) => g().require(x));',
      'function get() { return module; }\nget.call(null).require(x);',
      'export function get() { return module; }',
      'function get() { return module; }\nexport { get };',
      '(() => module)().require(x);',
      '[a].map(() => module)[0].require(x);',
      'function* g() { yield module; }\ng().next().value.require(x);',
      'async function get() { return module; }\nget().then((m) => m.require(x));',
      'const get = async () => module;\nget().then((m) => m.require(x));',
      'class A { constructor() { return module; } }\nnew A().require(x);',
    ]) expect(edges(code), code).toEqual([givenBack]);
    // A descriptor's getter: refused as given back, and the descriptor as handed to the store.
    expect(edges("const o = {};\nObject.defineProperty(o, 'm', { get: () => module });\no.m.require(x);")).toContain(givenBack);
  });
  it('refuses a module object handed to a container, a store, a timer or a call with a callback', () => {
    for (const [code, via] of [
      ['Array.of(module).forEach((m) => m.require(x));', 'Array.of'],
      ['const s = new Set([module]);\nfor (const m of s) m.require(x);', 'new Set'],
      ["Object.defineProperty(o, 'm', { value: module });\no.m.require(x);", 'Object.defineProperty'],
      ['Object.assign(o, { m: module });\no.m.require(x);', 'Object.assign'],
      ["Reflect.set(o, 'm', require.main);\no.m.require(x);", 'Reflect.set'],
      ['setTimeout((m) => m.require(x), 0, module);', 'setTimeout'],
      ['setImmediate(function (m) { m.require(x); }, module);', 'setImmediate'],
      ['process.nextTick((m) => m.require(x), module.parent);', 'nextTick'],
      ['run((m) => m.require(x), module);', 'a call with a callback, which may give it to the callback'],
    ]) expect(edges(code as string), code).toEqual([`computed:require:a module object handed to ${via as string}, whose require loads anything`]);
    expect(edges("global['module'].require(x);\nconst m = globalThis['module'];\nm.require(y);")).toEqual(['computed:require:x', 'computed:require:y']);
    expect(edges("Reflect.get(globalThis, 'module').require(x);")).toEqual(["computed:require:Reflect.get(globalThis, 'module'), which may be the loader"]);
  });
  it('follows a function of the file that returns a module object into the name its call is stored in', () => {
    for (const code of [
      'function get() { return require.main; }\nconst m = get();\nm.require(x);',
      'const m = get();\nm.require(x);\nfunction get() { return inner(); }\nfunction inner() { return module.parent; }',
      'module.children.map(function (m) { return m; })[0].require(x);',
    ]) expect(edges(code), code).toEqual(['computed:require:x']);
  });
  it('sound look-alikes: functions giving back other values, module ids, console given module, callbacks without one', () => {
    for (const code of [
      '({ get m() { return module.exports; } }).m.require(x);',
      "class A { get id() { return module.id; } static get main() { return require.main === module; } }",
      'Promise.resolve().then(() => module.exports);\nsetTimeout(() => run(), 0, module.id);',
      'const log = (m) => m;\nconsole.log(module);\n[1].map(() => module.filename);',
      "Object.defineProperty(module, 'exports', { get() { return 1; } });\nObject.assign(module.exports, { a: 1 });\nnew Set([module.id]);",
      'function get() { return module; }\nconst id = get().id;',
      'module.children.map((m) => m.id);\nif (module) return module;',
      "const g = globalThis;\ng['moduleName'].require(x);",
    ]) expect(edges(code), code).toEqual([]);
  });
  it('reads a const / let named module, and a var of a function without such a parameter, as a local, not Node\'s', () => {
    for (const code of [
      'const module = { require: (x) => x };\nmodule.require(x);',
      'function f() { let a = 1, module = { require() {} }; return module.require(x); }',
      '{ module.require(x); const module = { require() {} }; }',
      'function f() { var module = { require() {} }; return module.require(x); }',
      'function f() { const module = await fileUtils.importModule(d); return module.strykerPlugins; }',
      // A member's brackets read the local; a function written in its value has its own parameters (red team se look-alikes).
      'function f() { const module = { require: (x) => x }; const a = {}; a[module] = 1; module.require(x); }',
      'function f() { const module = { require(y) { return y; } }; module.require(x); }',
    ]) expect(edges(code), code).toEqual([]);
  });
  it('keeps module Node\'s where the shadowing is not proven: a parameter, a top-level var, a value naming the loader', () => {
    for (const code of [
      'function f(module) { return module.require(x); }',
      'define(function (require, exports, module) { module.require(x); });',
      'var module = { require() {} };\nmodule.require(x);',
      'function f(module) { var module = { require() {} }; module.require(x); }',
      "function f() { let module; module = process.getBuiltinModule('node:module').Module; module._load(x); }",
      'function f() { for (const module of module.children) module.require(x); }',
      'let a = 1\nb, module = 2\nmodule.require(x)',
      'declare const module: any;\nmodule.require(x);',
      'function f() { const module = { require() {} }; module.require(y); }\nmodule.require(x);',
      'function f() { const module = get(); return module.require(x); }\nfunction get() { return require.main; }',
      // Written by a nested pattern, in parentheses or behind a type assertion: a value the scan does not read (red team se).
      'function f() { let module; ({ a: [module] } = { a: [arguments[2]] }); module.require(x); }',
      'function f() { let module; ({ a: { b: module } } = { a: { b: require.main } }); module.require(x); }',
      'function f() { let module = 0; for ({ m: module } of [{ m: require.main }]); module.require(x); }',
      'function f() { let module; (module) = require.main; module.require(x); }',
      'function f() { let module = 0; module! = require.main; module.require(x); }',
      'function f() { let module = 0; (module as any) = require.main; module.require(x); }',
      // Given a callback's parameter: its caller hands it what it likes (red team se).
      'function f() { let module; set((v) => { module = v; }); module.require(x); }',
      'function f() { let module; set((v) => { module = ((v) => v)(v); }); module.require(x); }',
      // Inside `with (o)`, the name may be o.module (red team se).
      'function f(o) { const module = { require() {} }; with (o) { module.require(x); } }',
      'function f() { const module = { require() {} }; with (args) module.require(x); }',
    ]) expect(edges(code), code).toEqual(['computed:require:x']);
    // The module object handed alone to emit (a function the scan does not read) is refused there too.
    expect(edges('const e = new E();\ne.on("x", function (a) { let module = a; module.require(x); });\ne.emit("x", module);')).toEqual(['computed:require:x', 'computed:require:a module object handed to a function the scan does not read, whose require loads anything']);
    expect(edges("const M = require('node:module');\nfunction f() { const module = M; module._load(x); }")).toEqual(['require:node:module', 'computed:require:x', "computed:require:a local named module given M, which may hold Node's module object or loader"]);
  });
});

describe('scanTs: a function the file declares under the name require (red team ckb)', () => {
  it('a call of a local function require loads nothing; a load in its body is read there', () => {
    expect(specs(["function require(x: string): string {", "  return x;", "}", "export const label = require('../store/db');"].join('\n'))).toEqual([]);
    expect(specs(["export function require(x) { return import('./real'); }", "require('./not-loaded');"].join('\n'))).toEqual(['./real']);
    // Declared in a block: only the calls inside it call the local.
    expect(specs(["{ function require(x) { return x; } require('./a'); }", "require('./b');"].join('\n'))).toEqual(['./b']);
    const scan = scanTs("function require(x) { return module.require(x); }\nrequire('./c');");
    expect(refusals(scan).map((u) => u.kind)).toEqual(['require']);
    // A const or let whose value is a function written there is one too.
    expect(specs("const require = (x: string): string => x;\nrequire('./d');")).toEqual([]);
    expect(specs("let require = async function named(x) { return x; };\nrequire('./d');")).toEqual([]);
    expect(refusals(scanTs("const require = (x) => module.require(x);\nrequire('./e');")).map((u) => u.kind)).toEqual(['require']);
  });

  it('a local binding that is the loader, or any other binding of the name, keeps every call a load', () => {
    const texts = [
      "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nrequire('./x');",
      "function require(x) { return x; }\nrequire = module.require;\nrequire('./x');",
      "function require(x) { return x; }\ndefine(function (require) { require('./x'); });",
      "function require(x) { return x; }\nwith (o) { require('./x'); }",
      "declare function require(id: string): any;\nrequire('./x');",
      "function require(x: string): string;\nrequire('./x');",
      "const f = function require(x) { return x; };\nrequire('./x');",
      "function require(x) { return x; }\nconst r = require; r('./y'); require('./x');",
      "import x = require('./x');\nfunction require(id) { return id; }",
      // A var keeps a CommonJS wrapper's loader until its line runs; a value that is no function written there may be the loader.
      "require('./x');\nvar require = (x) => x;",
      "const require = ((x) => x) || module.require;\nrequire('./x');",
      "const require = (x) => x, other = 1;\nrequire('./x');",
    ];
    for (const text of texts) expect(specs(text), text).toContain('./x');
  });
});

describe('scanTs: a CommonJS wrapper\'s arguments (review rv1)', () => {
  it('reads top-level arguments[1] as require and arguments[2] as module in every form, positions kept across lines', () => {
    const text = ["const load = arguments[1];", "load('./a');", "arguments[2].require('./b');", "const f = () => arguments?.[1]('./c');", "arguments[\n  1\n]('./d'); argument\\u0073['1']('./e');", "'use strict'; function require(x) { return x; } arguments[0x1]('./f');"].join('\n');
    expect(scanTs(text, scanOptionsFor('a.cjs')).imports.map(at)).toEqual([
      ['require', './a', 2, 6],
      ['require', './b', 3, 22],
      ['require', './c', 4, 32],
      ['require', './d', 7, 3],
      ['require', './e', 7, 31],
      ['require', './f', 8, 64],
    ]);
  });

  it('leaves a function\'s own arguments alone, and refuses any other top-level use or a caller\'s arguments', () => {
    const own = "function f() { return arguments[1]('./a'); }\nconst o = { m() { return arguments[1]; }, arguments: 1 };\nclass K { m(x = arguments[1]) { return x; } }\nconst n = arguments.length + arguments[3];";
    const scan = scanTs(own, scanOptionsFor('a.cjs'));
    expect(scan.imports.map(at)).toEqual([]);
    expect(scan.unresolvable).toEqual([]);
    const other = scanTs("const [, r] = arguments;\nfunction g() { return g.caller.arguments[1]; }", scanOptionsFor('a.cjs'));
    expect(other.unresolvable.map((u) => [u.kind, u.line])).toEqual([['require', 1], ['require', 2]]);
  });
  it('refuses the caller read off a parameter a call of the file hands one of its functions, not one given anything else', () => {
    const refused = (code: string) => scanTs(code, scanOptionsFor('a.cjs')).unresolvable.map((u) => [u.kind, u.line]);
    expect(refused("function callerOf(fn) { return fn.caller; }\nfunction load() { return callerOf(load).arguments[1]('./x'); }")).toEqual([['require', 1]]);
    expect(refused("const callerOf = (a, fn) => { return fn.caller; };\nfunction load() { return callerOf(1, arguments.callee); }")).toEqual([['require', 1]]);
    expect(refused("const callerOf = function (fn) { const w = fn.caller; return w; };\nfunction load() {}\ncallerOf(load);")).toEqual([['require', 1]]);
    expect(refused("function who(node) { return node.caller; }\nfunction f() {}\nwho({ f });\nwho(request);")).toEqual([]);
    expect(refused("function rpc(a, req) { return req.caller; }\nfunction load() {}\nrpc(load, req);")).toEqual([]);
  });
});

describe('scanTs: methods given to another module\'s class (methodsGiven)', () => {
  const given = (text: string) => scanTs(`import { Thing } from '../core/thing';\n${text}`).imports.filter((i) => i.gives !== undefined).map((i) => [i.specifier, i.line]);
  it('reads Object.freeze of a prototype as a read (it takes no member after), Object.seal and preventExtensions as writes', () => {
    expect(given('Object.freeze(Thing.prototype);')).toEqual([]);
    expect(given('export const frozen = Object.freeze(Thing.prototype);')).toEqual([]);
    // A sealed or non-extensible prototype's existing members stay writable.
    expect(given('Object.seal(Thing.prototype).init = () => 1;')).toEqual([['../core/thing', 2]]);
    expect(given('Object.preventExtensions(Thing.prototype);')).toEqual([['../core/thing', 2]]);
  });
  it('reads a prototype reached through an instance, a subclass, a name, a computed key, a module in place or a helper of the file', () => {
    const writes = [
      'Object.getPrototypeOf(new Thing()).a = 1;',
      '(new Thing() as any).constructor.prototype.b = 1;',
      'const t = new Thing(); t.__proto__.c = 1;',
      'class Sub extends Thing {} Object.getPrototypeOf(Sub.prototype).d = 1;',
      'const Local = class extends Thing {}; Local.prototype.__proto__.e = 1;',
      'const T = Thing; T.prototype.f = 1;',
      "(Thing as any)['proto' + 'type'].g = 1;",
      "Object.defineProperty((Thing as any)[key], 'h', { value: 1 });",
      "function mix(c: any) { c['proto' + 'type'].i = 1; } mix(Thing);",
      'const deco = (C: any) => { Object.assign(C.prototype, { j() {} }); }; deco(Thing);',
      "function outer(c: any) { inner(c); } function inner(d: any) { d.prototype.k = 1; } outer(Thing);",
      'applyMixins(Thing, [M]);',
      "require('../core/thing')['Thing'].prototype.l = 1;",
      "(require('../core/thing')).Thing.prototype.m = 1;",
      'require(`../core/thing`).Thing.prototype.n = 1;',
      "async function f() { const { Thing: T2 } = await import('../core/thing'); T2.prototype.o = 1; }",
      "async function f() { (await import('../core/thing')).Thing.prototype.p = 1; }",
      "Reflect.get(Thing, 'prototype').q = 1;",
      'export function patch(t: Thing) { Object.getPrototypeOf(t).s = 1; }',
      'let held: Thing; Object.getPrototypeOf(held).t = 1;',
      'class Sub extends Thing { init() { super.constructor.prototype.u = 1; } }',
      "class Sub extends Thing { static init() { super['prototype'].v = 1; } }",
      'Reflect.get(Thing as any, key).r = 1;',
    ];
    for (const w of writes) expect(given(w), w).toEqual([['../core/thing', 2]]);
  });
  it('reads instantiating, subclassing, registering and reading the class as no write', () => {
    const reads = [
      "const t = new Thing(); t.name = 'x'; Object.assign(new Thing(), { a: 1 });",
      'class Sub extends Thing { m() { return 1; } } Sub.prototype.n = 1; Object.getPrototypeOf(new Sub()).o = 1;',
      'export const same = Object.getPrototypeOf(Sub.prototype) === Thing.prototype;',
      'export const pick = (k: string) => (Thing as any)[k]; export const made = (Thing as any)[name]();',
      'function keep(c: any) { registry.set(c.name, c); } keep(Thing); register(Thing); container.register(Thing);',
      'function wrap(C: any) { return class extends C {}; } wrap(Thing);',
      'function copy(t: any, s: any) { for (const k of Object.getOwnPropertyNames(s.prototype)) t.prototype[k] = s.prototype[k]; } copy(Own, Thing);',
      'applyMixins(Own, [Thing]);',
      'class Sub extends Thing { init() { super.init(); return super.constructor.name; } static make() { return super.prototype.init; } }',
      'class Own { init() { super.constructor.prototype.w = 1; } }',
      'export function rename(t: Thing, u: Thing = t) { t.name = u.name; Object.assign(t, { a: 1 }); return Object.keys(Object.getPrototypeOf(t)); }',
      "export const made = Reflect.get(Thing, 'make')(); export const v = Reflect.get(Thing, key); Reflect.get(Thing, 'prototype').init();",
      'export const keys = Object.keys(Object.getPrototypeOf(new Thing())); export const n = new Thing().constructor.name;',
    ];
    for (const r of reads) expect(given(r), r).toEqual([]);
  });
  it('walks a value nested in thousands of groups without exhausting the stack', () => {
    expect(() => given(`export const v = ${'('.repeat(20000)}Thing${')'.repeat(20000)}.prototype.x;`)).not.toThrow();
    expect(given(`${'('.repeat(3)}Thing as any${')'.repeat(3)}.prototype.x = 1;`)).toEqual([['../core/thing', 2]]);
  });
});
