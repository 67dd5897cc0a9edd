// methodsGiven (src/scan/ts-imports.ts) reads another module's class through the values that hold it (session 40, kb;
// red team xk, xf): a family of holders, callbacks and names, each written to or only read. A write through any of them
// is a `gives` import of the class's module; a read through the same one is none.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanTs } from '../../src/scan/ts-imports.js';
import '../helpers/fc-seed.js';

const given = (text: string) => scanTs(`import { Thing } from '../core/thing';\n${text}`).imports.filter((i) => i.gives !== undefined).map((i) => i.specifier);

/** Ways to bring the class to a name `C` the last statement uses (the use is `USE`). */
const reaches: ((use: string) => string)[] = [
  (use) => `[Thing].forEach((C) => { ${use}; });`,
  (use) => `[Thing].map(function (C: any) { ${use}; });`,
  (use) => `for (const C of [Thing]) { ${use}; }`,
  (use) => `const box = { C: Thing };\n${use.replace(/\bC\b/g, 'box.C')};`,
  (use) => `const Thing2 = Thing; const classes = { Thing2 };\n${use.replace(/\bC\b/g, 'classes.Thing2')};`,
  (use) => `let C: any;\nC = Thing;\n${use};`,
  (use) => `function theClass() { return Thing; }\n${use.replace(/\bC\b/g, 'theClass()')};`,
  (use) => `const helpers = { patch(C: any) { ${use}; } };\nhelpers.patch(Thing);`,
  (use) => `import('../core/thing').then(({ Thing: C }) => { ${use}; });`,
];
const writes = fc.constantFrom('C.prototype.m = () => 1', '(C.prototype as any).m = 1', "C.prototype['m'] = 1", 'Object.assign(C.prototype, { m() {} })', 'C.create = () => 1', 'delete C.prototype.m');
const reads = fc.constantFrom('console.log(C.name)', 'Object.keys(C.prototype)', "'m' in C.prototype", 'new C()', 'String(C.prototype.m)', 'C.name === "Thing"');

describe('a class of another module reached through a holder, a callback or a name', () => {
  it('is given methods wherever a write through it is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: reaches.length - 1 }), writes, (i, use) => {
        expect(given((reaches[i] as (u: string) => string)(use)).length, `${i}: ${use}`).toBeGreaterThan(0);
      }),
    );
  });
  it('is given nothing where the same reach only reads it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: reaches.length - 1 }), reads, (i, use) => {
        expect(given((reaches[i] as (u: string) => string)(use)), `${i}: ${use}`).toEqual([]);
      }),
    );
  });
});

describe('a class handed to an imported helper (classHanded, classWriters)', () => {
  it('is kept with the helper and its parameter, and a module answers for its exports that write it', () => {
    const scan = scanTs("import { Thing } from '../core/thing';\nimport { addSave } from './helpers';\nimport * as h from './helpers';\naddSave(1, Thing);\nh.register(Thing);\n");
    expect(scan.classHanded?.map((c) => [c.specifier, c.imported, c.helper.specifier, c.helper.imported, c.param, c.line])).toEqual([
      ['../core/thing', 'Thing', './helpers', 'addSave', 1, 4],
      ['../core/thing', 'Thing', './helpers', 'register', 0, 5],
    ]);
    const helpers = 'export function addSave(n: number, C: any) { C.prototype.save = () => n; }\nexport const register = (C: any) => { list.push(C); };\nexport function statics(C: any) { C.create = () => 1; }\nconst list: unknown[] = [];\n';
    const asked = [{ name: 'addSave', param: 1 }, { name: 'addSave', param: 0 }, { name: 'register', param: 0 }, { name: 'statics', param: 0 }, { name: 'missing', param: 0 }];
    expect(scanTs(helpers, { classWriters: asked }).classWriters).toEqual(['addSave:1', 'statics:0']);
    expect(scanTs(helpers).classWriters).toBeUndefined();
  });
});
