/**
 * The CLI bundle is written in ASCII (scripts/ascii-bundle.mjs), so each CLI start decodes it as Latin-1 into a
 * one-byte string; the loader reads any other bundle as UTF-8. The rewrite must never change what the code means.
 */
import { isAscii } from 'node:buffer';
import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a build script, plain JavaScript without types
import { asciiOnly } from '../../scripts/ascii-bundle.mjs';
import { REPO_ROOT, removeTempDirs, tempDir } from '../helpers/fs.js';

afterAll(removeTempDirs);

const rewrite = asciiOnly as (code: string) => string;
/** What a script's `module.exports` holds, run as the loader runs the bundle. */
const run = (code: string): unknown => {
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', code)(module);
  return module.exports;
};

describe('the ASCII bundle', () => {
  it('is what the build wrote', () => {
    expect(isAscii(readFileSync(join(REPO_ROOT, 'dist', 'src', 'cli', 'engine.cjs')))).toBe(true);
  });

  it('means what the bundle meant: patterns and String.raw texts outside ASCII, with and without the u flag', () => {
    // Plain string literals are esbuild's to escape (the rewrite refuses them): here they are written escaped already.
    const code = String.raw`
      const SEP = String.raw${'`'}[:–—→·]${'`'};
      const both = String.raw${'`'}a…${'$'}{SEP}b\n"'\u00e9${'`'};
      module.exports = {
        sep: SEP, both,
        dots: /[·•]+/u.exec('x\u00b7\u00b7y')[0], arrow: /a→b/.test('a\u2192b'), astral: /[🔴]/u.test('\u{1f534}'), astralPlain: /🔴/.test('\u{1f534}'),
        classU: new RegExp(${'`'}^${'$'}{SEP}+${'$'}${'`'}, 'u').test('\u2014\u2192'),
      };`;
    const ascii = rewrite(code);
    expect(isAscii(Buffer.from(ascii))).toBe(true);
    expect(run(ascii)).toEqual(run(code));
    expect(run(ascii)).toMatchObject({ sep: '[:–—→·]', both: String.raw`a…[:–—→·]b\n"'\u00e9`, dots: '··', arrow: true, astral: true, astralPlain: true, classU: true });
  });

  it('refuses what it cannot rewrite without changing it, rather than write a bundle that is not ASCII', () => {
    expect(() => rewrite('const x = 1; // café')).toThrow(/outside a regex literal or String.raw template/);
    expect(() => rewrite('const r = /\\→/;')).toThrow(/an escaped "→"/);
  });

  it('a bundle that is not ASCII is still read as UTF-8 by the loader', () => {
    const dir = tempDir('ge-ascii-');
    copyFileSync(join(REPO_ROOT, 'scripts', 'load-engine.cjs'), join(dir, 'load-engine.cjs'));
    writeFileSync(join(dir, 'engine.cjs'), 'exports.value = "café → ·";');
    const script = `const { loadEngine } = await import(${JSON.stringify(join(dir, 'load-engine.cjs'))}); process.stdout.write(JSON.stringify(loadEngine(${JSON.stringify(dir)}).engine.value));`;
    expect(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }))).toBe('café → ·');
  });
});
