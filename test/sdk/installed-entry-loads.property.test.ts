// plainLoads and evaluatedFromDirname (gates/kernel-boundary/ts-resolve.ts): how an installed package's entry is read for
// the packages and root files it loads (red team xk, session 40; closed session 41). plainLoads may stand in for the
// full scan only when every require / import word of the entry is a load it read; any other spelling must send the
// entry to the full scan (undefined), never be taken as loading nothing. evaluatedFromDirname gives the path a load
// computed from __dirname names, as Node would join it, or nothing.
import { posix } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatedFromDirname, loadThroughAnotherModule, plainLoads } from '../../gates/kernel-boundary/ts-resolve.js';
import '../helpers/fc-seed.js';

const quotes = ["'", '"'];
const names = ['dep', '@scope/dep', 'dep/lib/x.js', 'kz/../../src/store/db'];

/** Plain loads of `n` with quote `q`. */
const plain: ((n: string, q: string) => string)[] = [
  (n, q) => `module.exports = require(${q}${n}${q});`,
  (n, q) => `module.exports = require( ${q}${n}${q} );`,
  (n, q) => `const m = module.require(${q}${n}${q});`,
  (n, q) => `export * from ${q}${n}${q};`,
  (n, q) => `export { a, b as c } from ${q}${n}${q};`,
  (n, q) => `import x from ${q}${n}${q};`,
  (n, q) => `import {\n  a,\n  b,\n} from ${q}${n}${q};`,
  (n, q) => `import * as all from ${q}${n}${q};`,
  (n, q) => `import type { T } from ${q}${n}${q};`,
  (n, q) => `import ${q}${n}${q};`,
  (n, q) => `const m = await import(${q}${n}${q});`,
  (n) => `module.exports = require(\`${n}\`);`,
];

/** Loads plainLoads cannot read: the full scan must decide. */
const hidden: ((n: string, q: string) => string)[] = [
  (n, q) => `const r = require;\nmodule.exports = r(${q}${n}${q});`,
  (n, q) => `const load = typeof require === 'function' ? require : null;\nmodule.exports = load(${q}${n}${q});`,
  (n) => `module.exports = require(\`\${'${n}'}\`);`,
  (n, q) => `module.exports = require(${q}${n.slice(0, 1)}${q} + ${q}${n.slice(1)}${q});`,
  (n, q) => `const { createRequire } = require('module');\nmodule.exports = createRequire(__filename)(${q}${n}${q});`,
  (n, q) => `module.exports = require /* the loader */ (${q}${n}${q});`,
  (n, q) => `module.exports = require(${q}\\x64${n.slice(1)}${q});`,
];

describe('plainLoads', () => {
  it('reads every plain spelling of a load, mixed with others', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.constantFrom(...quotes), fc.array(fc.constantFrom(...plain), { minLength: 1, maxLength: 4 }), (n, q, forms) => {
        const got = plainLoads(forms.map((f) => f(n, q)).join('\n'));
        expect(got).toBeDefined();
        expect(got?.filter((s) => s === n).length).toBe(forms.length);
      }),
    );
  });

  it('sends an entry with any load it cannot read to the full scan, whatever plain loads sit beside it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.constantFrom(...quotes), fc.constantFrom(...hidden), fc.array(fc.constantFrom(...plain), { maxLength: 3 }), fc.nat(3), (n, q, h, forms, at) => {
        const lines = forms.map((f) => f('other', q));
        lines.splice(Math.min(at, lines.length), 0, h(n, q));
        expect(plainLoads(lines.join('\n'))).toBeUndefined();
      }),
    );
  });
});

const segments = fc.array(fc.constantFrom('..', 'src', 'store', 'db', 'lib', '.', 'kw-core', 'index.js'), { minLength: 1, maxLength: 5 });

describe('evaluatedFromDirname', () => {
  it('joins __dirname and literals as Node does, in each spelling', () => {
    fc.assert(
      fc.property(segments, fc.constantFrom(...quotes), fc.constantFrom('path', 'p', 'nodePath'), fc.constantFrom("require('path')", 'require("node:path")'), (parts, q, name, source) => {
        const want = `./${posix.join('.', ...parts)}`;
        const text = `const ${name} = ${source};`;
        expect(evaluatedFromDirname(`${name}.join(__dirname, ${parts.map((s) => `${q}${s}${q}`).join(', ')})`, text)).toBe(want);
        expect(evaluatedFromDirname(`${name}.resolve(__dirname, ${parts.map((s) => `${q}${s}${q}`).join(', ')})`, text)).toBe(want);
        const joined = `/${parts.join('/')}`;
        expect(posix.normalize(evaluatedFromDirname(`__dirname + ${q}${joined}${q}`, text) ?? '')).toBe(posix.normalize(`.${joined}`));
        expect(posix.normalize(evaluatedFromDirname(`\`\${__dirname}${joined}\``, text) ?? '')).toBe(posix.normalize(`.${joined}`));
      }),
    );
  });

  it('evaluates nothing it cannot prove: a name for the segments, a join not bound to Node\'s path, an absolute resolve', () => {
    const text = "const path = require('path'); const up = '../..';";
    expect(evaluatedFromDirname("path.join(__dirname, up, 'src/store/db')", text)).toBeUndefined();
    expect(evaluatedFromDirname("other.join(__dirname, '../../src/store/db')", text)).toBeUndefined();
    expect(evaluatedFromDirname("path.resolve(__dirname, '/src/store/db')", text)).toBeUndefined();
    expect(evaluatedFromDirname("__dirname + up", text)).toBeUndefined();
    expect(evaluatedFromDirname("`${__dirname}/${up}/src/store/db`", text)).toBeUndefined();
    expect(evaluatedFromDirname("'./lib/' + process.platform", text)).toBeUndefined();
  });

  // loadThroughAnotherModule (red team xc, session 41): a load through the main module's or the parent's require resolves
  // from a directory the entry does not tell, in any spacing, quoting or chaining; naming the main module is no load.
  it('reads every spelling of a load through another module object, and no mere mention of one', () => {
    const objects = ['require.main', 'process.mainModule', 'module.parent', 'require.main?', 'process.mainModule?'];
    const calls = [(_q: string) => '.require(', (q: string) => `[${q}require${q}](`, (_q: string) => ` . require (`, (q: string) => `[ ${q}require${q} ](`];
    const loaders = ['Module._load(', 'module.constructor._load(', "require('module')._load(", 'require("node:module") . _load('];
    fc.assert(
      fc.property(fc.constantFrom(...objects), fc.constantFrom(...calls), fc.constantFrom(...quotes, '`'), fc.constantFrom(...names), (o, call, q, n) => {
        const text = `const x = 1;\nmodule.exports = ${o}${call(q)}'${n}');\n`;
        expect(loadThroughAnotherModule(text)).toBeDefined();
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...loaders), fc.constantFrom(...names), (l, n) => {
        expect(loadThroughAnotherModule(`module.exports = ${l}'${n}', module);`)).toBeDefined();
      }),
    );
    for (const sound of ['if (require.main === module) run();', 'const root = path.dirname(require.main.filename);', 'if (!module.parent) main();', 'this._load(file);', 'lazy_load(x);', 'const isMain = process.mainModule === module;', "module.exports = require('main');"]) {
      expect(loadThroughAnotherModule(sound)).toBeUndefined();
    }
  });
});
