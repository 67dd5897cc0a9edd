import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { foreignRequireBases, loaderHooks, pluginEntries, pluginSources } from '../../src/config/plugin-sources.js';
import { workspace } from '../helpers/fs.js';

describe('pluginSources: every local file a plugin loads, for check to ask git about', () => {
  it('follows relative, absolute and file: specifiers, require, import(), new URL assets and package.json imports, transitively; built-ins and packages are not local', async () => {
    const root = realpathSync(workspace({
      'package.json': { name: 'r', type: 'module', imports: { '#lib/*': './lib/*' } },
      'lib/hash.mjs': 'export const h = 1;\n',
      'rules.json': '{"a": 1}\n',
      'abs.mjs': 'export const a = 1;\n',
      'url.mjs': 'export const u = 1;\n',
      'cjs.cjs': "module.exports = require('./deep.cjs');\n",
      'deep.cjs': 'module.exports = 1;\n',
    }));
    const entry = join(root, 'p.mjs');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(entry, [
      "import { join } from 'node:path';",
      "import 'fs';",
      "import { h } from '#lib/hash.mjs';",
      `import { a } from ${JSON.stringify(join(root, 'abs.mjs'))};`,
      `import { u } from ${JSON.stringify(pathToFileURL(join(root, 'url.mjs')).href)};`,
      "import { createRequire } from 'node:module';",
      "const c = createRequire(import.meta.url)('./cjs.cjs');",
      "const rules = new URL('./rules.json', import.meta.url);",
      'export default { h, a, u, c, rules, join };',
    ].join('\n'));
    const { files, problems } = await pluginSources([entry]);
    expect(problems).toEqual([]);
    expect(files.map((f) => f.slice(root.length + 1)).sort()).toEqual(['abs.mjs', 'cjs.cjs', 'deep.cjs', 'lib/hash.mjs', 'p.mjs', 'rules.json', 'url.mjs']);
  });

  it('a module that cannot be read (a directory in its place) is a problem: what it loads is not known', async () => {
    const root = realpathSync(workspace({ 'p.mjs/keep': '' }));
    const { problems } = await pluginSources([join(root, 'p.mjs')]);
    expect(problems).toEqual([`${join(root, 'p.mjs')} could not be read, so the modules it loads are not known`]);
  });

  it('a computed specifier, a # name that does not resolve and a file the scanner cannot read whole are problems naming the file and position', async () => {
    const root = realpathSync(workspace({
      'p.mjs': "const name = './x' + '.mjs';\nawait import(name);\nimport '#nowhere';\nimport './broken.mjs';\n",
      'broken.mjs': 'const s = `never closed\n',
      'package.json': { name: 'r', type: 'module' },
    }));
    const { problems } = await pluginSources([join(root, 'p.mjs')]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/p\.mjs:2:\d+ loads a module whose name is computed/);
    expect(problems[1]).toMatch(/p\.mjs:3:\d+ loads '#nowhere', which does not resolve/);
    expect(problems.some((p) => /broken\.mjs could not be read whole/.test(p))).toBe(true);
  });

  it('resolves as Node runs the plugin: x.js beside a tracked x.ts, a percent-encoded name, a directory main, require extensions, real paths through links', async () => {
    const outside = realpathSync(workspace({ 'x.mjs': 'export default 1;\n' }));
    const root = realpathSync(workspace({
      'x.ts': 'export const x = 1;\n',
      'x.js': 'export const x = 2;\n',
      'evil.mjs': 'export default 1;\n',
      'lib/package.json': { main: 'impl.cjs' },
      'lib/impl.cjs': 'module.exports = 1;\n',
      'conf.json': '{}\n',
    }));
    const { symlinkSync, writeFileSync } = await import('node:fs');
    symlinkSync(outside, join(root, 'linked'));
    writeFileSync(join(root, 'p.mjs'), [
      "import './x.js';",
      "import './%65vil.mjs';",
      "import './linked/x.mjs';",
      "import { createRequire } from 'node:module';",
      'const require = createRequire(import.meta.url);',
      "require('./lib');",
      "require('./conf');",
    ].join('\n'));
    const { files, problems } = await pluginSources([join(root, 'p.mjs')]);
    expect(problems).toEqual([]);
    expect(files.filter((f) => f.startsWith(`${root}/`)).map((f) => f.slice(root.length + 1)).sort()).toEqual(['conf.json', 'evil.mjs', 'lib/impl.cjs', 'p.mjs', 'x.js']);
    expect(files).toContain(join(outside, 'x.mjs'));
  });

  it('a module the plugin loads that names no file, a require made from another base, and a worker path found from the working directory', async () => {
    const root = realpathSync(workspace({
      'p.mjs': [
        "import './nothere.mjs';",
        "const asset = new URL('./made-later.json', import.meta.url);",
        "import { createRequire as cr } from 'node:module';",
        "cr(new URL('./sub/', import.meta.url))('./e.cjs');",
        "import { fork } from 'node:child_process';",
        "fork('tools/w.mjs');",
      ].join('\n'),
      'sub/e.cjs': 'module.exports = 1;\n',
      'e.cjs': 'module.exports = 0;\n',
      'tools/w.mjs': 'export {};\n',
    }));
    const { files, problems } = await pluginSources([join(root, 'p.mjs')], root);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/p\.mjs makes a require function from newURL\('\.\/sub\/',import\.meta\.url\), not from the file itself/);
    expect(problems[1]).toMatch(/p\.mjs:1:\d+ loads '\.\/nothere\.mjs', which does not resolve/);
    expect(files).toContain(join(root, 'tools/w.mjs'));
  });

  it('a workspace package linked into the tree counts by every file its exports give the name, under any condition (import runs what require does not)', async () => {
    const root = realpathSync(workspace({
      'packages/wp/package.json': { name: 'wp', exports: { '.': { import: './esm.mjs' }, './sub/*': { require: './ok/*.cjs', import: './ev/*.mjs' } } },
      'packages/wp/esm.mjs': 'export default 1;\n',
      'packages/wp/ok/a.cjs': 'module.exports = 1;\n',
      'packages/wp/ev/a.mjs': 'export default 1;\n',
      'node_modules/pkg/package.json': { name: 'pkg', exports: { import: './x.mjs' } },
      'node_modules/pkg/x.mjs': 'export default 1;\n',
      'p.mjs': "import 'wp';\nimport 'wp/sub/a';\nimport 'pkg';\n",
    }));
    const { symlinkSync } = await import('node:fs');
    symlinkSync(join(root, 'packages/wp'), join(root, 'node_modules/wp'));
    const { files, problems } = await pluginSources([join(root, 'p.mjs')]);
    expect(problems).toEqual([]);
    expect(files.map((f) => f.slice(root.length + 1)).sort()).toEqual(['p.mjs', 'packages/wp/esm.mjs', 'packages/wp/ev/a.mjs', 'packages/wp/ok/a.cjs']);
  });

  it('a plugin named as a package is the repository\'s code when its module lies outside node_modules (a workspace package linked in)', async () => {
    const root = realpathSync(workspace({
      'packages/my-gates/package.json': { name: 'my-gates', main: 'index.mjs' },
      'packages/my-gates/index.mjs': 'export default [];\n',
      'node_modules/installed/index.mjs': 'export default [];\n',
      'gates/p.mjs': 'export default [];\n',
    }));
    const { mkdirSync, symlinkSync } = await import('node:fs');
    mkdirSync(join(root, 'node_modules'), { recursive: true });
    symlinkSync(join(root, 'packages/my-gates'), join(root, 'node_modules/my-gates'));
    const entries = await pluginEntries([
      { spec: './gates/p.mjs', file: join(root, 'gates/p.mjs') },
      { spec: 'my-gates', file: join(root, 'node_modules/my-gates/index.mjs') },
      { spec: 'installed', file: join(root, 'node_modules/installed/index.mjs') },
    ]);
    expect(entries.map((f) => f.slice(root.length + 1))).toEqual(['gates/p.mjs', 'packages/my-gates/index.mjs']);
  });

  it('loader hooks and patches are problems (a hook answers an import with any file); a file with no extension is scanned as the JavaScript require runs it as', async () => {
    const root = realpathSync(workspace({
      'hooked.mjs': "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n",
      'hooks.mjs': 'export async function resolve(s, c, next) { return next(s, c); }\n',
      'patched.mjs': "import { createRequire } from 'node:module';\nconst r = createRequire(import.meta.url);\nr.extensions['.txt'] = (m, f) => m._compile('', f);\n",
      'plain.mjs': "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nconst options = { extensions: ['.ts'] };\nexport default { registerGate() {}, n: options.extensions, r: require('./bin/decide') };\n",
      'bin/decide': "module.exports = require('../lib/e.cjs');\n",
      'lib/e.cjs': 'module.exports = 1;\n',
    }));
    const hooked = await pluginSources([join(root, 'hooked.mjs')]);
    expect(hooked.problems).toEqual([expect.stringMatching(/hooked\.mjs changes how Node loads modules \(register\)/)]);
    const patched = await pluginSources([join(root, 'patched.mjs')]);
    expect(patched.problems.map((p) => /\(([^)]+)\)/.exec(p)?.[1]).sort()).toEqual(['m._compile', 'r.extensions']);
    const plain = await pluginSources([join(root, 'plain.mjs')]);
    expect(plain.problems).toEqual([]);
    expect(plain.files.map((f) => f.slice(root.length + 1))).toEqual(['plain.mjs', 'bin/decide', 'lib/e.cjs']);
  });

  // Red team ry: a loader patch or a foreign require base named in a comment patched nothing, yet check failed closed.
  it('a loader patch or a foreign require base mentioned only in a comment is no problem; in code, a string, or a text that cannot be lexed it still is', async () => {
    const comments = [
      '// We never call Module._load or require.extensions; module.register(hooks) is not used either.',
      '/* createRequire(\'/elsewhere/\') would run /elsewhere/x: we do not. Module._resolveFilename stays Node\'s. */',
      '/** @see Module.prototype._compile */',
      'export default { registerGate() {} }; // not require.extensions[\'.txt\']',
    ].join('\n');
    expect(loaderHooks(comments, 'p.mjs')).toEqual([]);
    expect(foreignRequireBases(comments, 'p.mjs')).toEqual([]);
    // A script's HTML-like comment is one; in a .js file, which may be either kind, the text is read whole.
    expect(loaderHooks('<!-- Module._load\nmodule.exports = 1;\n', 'p.cjs')).toEqual([]);
    expect(loaderHooks('<!-- Module._load\nmodule.exports = 1;\n', 'p.js')).toEqual(['Module._load']);
    // Real patches, also with a comment between their tokens; a string mentions what `global[name]` may run.
    expect(loaderHooks('import Module from \'node:module\';\nconst load = Module._load; // keep the original\nModule._load = (r, p, m) => load(r, p, m);\n', 'p.mjs')).toEqual(['Module._load']);
    expect(loaderHooks('Module/* the loader */._load = () => 1;\n', 'p.mjs')).toEqual(['Module._load']);
    expect(loaderHooks('require/**/.extensions[\'.txt\'] = f;\n', 'p.mjs')).toEqual(['require.extensions']);
    expect(loaderHooks('const note = "Module._load";\n', 'p.mjs')).toEqual(['Module._load']);
    expect(foreignRequireBases('import { createRequire } from \'node:module\';\n// own base only\ncreateRequire(\'/elsewhere/\')(\'./x\');\n', 'p.mjs')).toEqual(["'/elsewhere/'"]);
    expect(foreignRequireBases('createRequire(import.meta.url /* this file */)(\'./x\');\n', 'p.mjs')).toEqual([]);
    // A file the lexer cannot read whole is read as written: a comment may be code it misread.
    expect(loaderHooks('// Module._load\nconst s = \'open;\n', 'p.mjs')).toEqual(['Module._load']);
    const root = realpathSync(workspace({
      'quiet.mjs': `${comments}\nimport { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url); // never createRequire('/elsewhere/')\nexport const e = require('./e.cjs');\n`,
      'e.cjs': '// Module._load is not touched here.\nmodule.exports = 1;\n',
      'loud.mjs': "import Module from 'node:module';\n// patched below\nModule._load = () => ({});\n",
    }));
    const quiet = await pluginSources([join(root, 'quiet.mjs')]);
    expect(quiet.problems).toEqual([]);
    expect(quiet.files.map((f) => f.slice(root.length + 1))).toEqual(['quiet.mjs', 'e.cjs']);
    expect((await pluginSources([join(root, 'loud.mjs')])).problems).toEqual([expect.stringMatching(/loud\.mjs changes how Node loads modules \(Module\._load\)/)]);
  });

  it('a package.json `imports` name counts by every file its entry gives, under any condition', async () => {
    const root = realpathSync(workspace({
      'package.json': { name: 'r', imports: { '#e': { import: './evil.mjs', require: './ok.cjs' } } },
      'evil.mjs': 'export default 1;\n',
      'ok.cjs': 'module.exports = 1;\n',
      'p.mjs': "import '#e';\n",
    }));
    const { files, problems } = await pluginSources([join(root, 'p.mjs')]);
    expect(problems).toEqual([]);
    expect(files.map((f) => f.slice(root.length + 1)).sort()).toEqual(['evil.mjs', 'ok.cjs', 'p.mjs']);
  });
});
