/**
 * The CLI bundle makes the patterns its modules make as they load on their first use (scripts/lazy-regexps.mjs): the
 * stand-in must answer every operation exactly as the RegExp it stands for, and only module-level patterns are deferred.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script, plain JavaScript without types
import { LAZY_REGEXP_RUNTIME, lazyRegExps } from '../../scripts/lazy-regexps.mjs';
import { REPO_ROOT } from '../helpers/fs.js';

const rewrite = lazyRegExps as (code: string) => { contents: string; count: number };
/** What a module's `module.exports` holds, run as written or rewritten with the stand-in defined before it. */
const run = (code: string, lazy: boolean): unknown => {
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', `${lazy ? LAZY_REGEXP_RUNTIME : ''}\n${lazy ? rewrite(code).contents : code}`)(module);
  return module.exports;
};

/** Every use of a pattern the engine makes: RegExp.prototype and what String.prototype's methods call on it. */
const USES = String.raw`
  const uses = (re, text) => {
    const out = {};
    const at = (k, f) => { try { out[k] = f(); } catch (e) { out[k] = 'throws ' + e.constructor.name; } };
    at('props', () => [re.source, re.flags, re.global, re.ignoreCase, re.multiline, re.dotAll, re.unicode, re.sticky, re.hasIndices, String(re), ${'`'}${'$'}{re}${'`'}, JSON.stringify({ re }), Object.keys(re).length]);
    at('test', () => { re.lastIndex = 0; return [re.test(text), re.lastIndex, re.test(text), re.lastIndex]; });
    at('exec', () => { re.lastIndex = 0; const m = re.exec(text); return m && [[...m], m.index, m.groups, re.lastIndex]; });
    at('loop', () => { re.lastIndex = 0; const seen = []; for (let m, n = 0; n < 20 && (m = re.exec(text)) !== null; n++) { seen.push(m.index); if (!re.global && !re.sticky) break; if (m[0] === '') re.lastIndex++; } return seen; });
    at('match', () => { re.lastIndex = 0; return text.match(re); });
    at('matchAll', () => [...text.matchAll(re)].map((m) => [m[0], m.index]));
    at('replace', () => [text.replace(re, '<$&|$1>'), text.replace(re, (...a) => '[' + a.slice(0, -2).join(',') + ']')]);
    at('replaceAll', () => text.replaceAll(re, '_'));
    at('search', () => text.search(re));
    at('split', () => [text.split(re), text.split(re, 2)]);
    at('copy', () => [new RegExp(re).test(text), new RegExp(re, 'g').flags, new RegExp(re.source + '|zz', re.flags).source]);
    at('includes', () => text.includes(re));
    return out;
  };`;

describe('patterns made on first use in the CLI bundle', () => {
  it('defers literals and new RegExp made as a module loads, and nothing in a function or class body', () => {
    const code = [
      'const A = /a+/gu;',
      "export const B = new RegExp(`^${A.source}$`, 'u');",
      'const LIST = [/x/, { y: /y/i }];',
      'function f() { return /inside/.test("inside") && new RegExp("in").test("in"); }',
      'const g = () => /arrow/;',
      'class C { field = /field/; static s = /static/; m() { return /method/; } }',
      "const C2 = RegExp('called');",
    ].join('\n');
    const { contents, count } = rewrite(code);
    expect(count).toBe(4);
    expect(contents).toContain('const A = __geLazyRegExp("a+", "gu");');
    expect(contents).toContain("export const B = __geLazyRegExp(`^${A.source}$`, 'u');");
    expect(contents).toContain('const LIST = [__geLazyRegExp("x", ""), { y: __geLazyRegExp("y", "i") }];');
    for (const kept of ['/inside/', 'new RegExp("in")', '/arrow/', '/field/', '/static/', '/method/', "RegExp('called')"]) expect(contents).toContain(kept);
  });

  it('answers every use as the RegExp it stands for', () => {
    const cases = [
      ['/a(b)?/g', 'xabaaby'],
      ['/(?<w>\\w+)\\s/y', 'one two three'],
      ['/[/]x|\\/y/u', 'a/x b/y'],
      ['/\\p{L}+/giu', 'Héllo wörld 12'],
      ['/^$/m', 'a\n\nb'],
      ['/(?:)/g', 'abc'],
      ['/b/d', 'abc'],
      ["new RegExp('[' + 'ab' + ']+', 'g')", 'aabbc'],
      ["new RegExp(/q(u)/i)", 'QUiz'],
    ];
    for (const [pattern, text] of cases) {
      const code = `${USES}\nconst RE = ${pattern};\nmodule.exports = uses(RE, ${JSON.stringify(text)});`;
      expect(run(code, true), pattern).toEqual(run(code, false));
    }
  });

  it('answers as the RegExp on generated patterns, flags and texts', () => {
    const atom = fc.constantFrom('a', 'b', '\\d', '\\w', '.', '[ab]', '(a)', '(?<n>b)', '\\p{L}', 'a*', 'b?', '(?:ab)+', '', '^', '$', '\\b');
    const flags = fc.subarray(['g', 'i', 'm', 's', 'u', 'y', 'd']).map((f) => f.join(''));
    const text = fc.stringMatching(/^[ab1 \n\u00e9.]{0,12}$/);
    fc.assert(
      fc.property(fc.array(atom, { minLength: 1, maxLength: 4 }), flags, text, (atoms, f, t) => {
        // A group name twice is no pattern at all (V8 refuses it in both runs alike): the named group stands once.
        const source = atoms.filter((a, i) => a !== '(?<n>b)' || atoms.indexOf(a) === i).join('');
        // \p{…} only under u: without it the literal would be another pattern (or no literal at all) in both runs alike.
        if (!f.includes('u') && source.includes('\\p')) return;
        const code = `${USES}\nconst RE = new RegExp(${JSON.stringify(source)}, ${JSON.stringify(f)});\nconst LIT = /${source || '(?:)'}/${f};\nmodule.exports = [uses(RE, ${JSON.stringify(t)}), uses(LIT, ${JSON.stringify(t)})];`;
        expect(run(code, true)).toEqual(run(code, false));
      }),
      { numRuns: 300 },
    );
  });

  it('is what the build wrote: the bundle makes its module-level patterns through the stand-in', () => {
    const bundle = readFileSync(join(REPO_ROOT, 'dist', 'src', 'cli', 'engine.cjs'), 'latin1');
    expect(bundle).toContain('class __GeLazyRegExp');
    expect(bundle.split('__geLazyRegExp(').length - 1).toBeGreaterThan(500);
  });
});
