/**
 * The executable runs the engine bundle from V8's code cache (scripts/load-engine.cjs). A cache must speed a run up and
 * never change what runs: it is used only for the very engine.cjs it was made from, and the one the build writes is
 * accepted by the Node that built it. Each load runs in a child process, as the CLI does.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, removeTempDirs, tempDir } from '../helpers/fs.js';

afterAll(removeTempDirs);

const LOADER = join(REPO_ROOT, 'scripts', 'load-engine.cjs');

/** Loads engine.cjs from `dir` in a fresh node; prints its `value` export and whether V8 took the cache. */
function load(dir: string, writeCache = false): { value: unknown; rejected: unknown } {
  const script = `
    const { loadEngine, cacheBytes } = await import(${JSON.stringify(join(dir, 'load-engine.cjs'))});
    const { engine, script, digest } = loadEngine(${JSON.stringify(dir)});
    if (${writeCache}) (await import('node:fs')).writeFileSync(${JSON.stringify(join(dir, 'engine.cjs.cache'))}, cacheBytes(script, digest));
    process.stdout.write(JSON.stringify({ value: engine.value, rejected: script.cachedDataRejected ?? null }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { value: unknown; rejected: unknown };
}

describe('the engine code cache', () => {
  it('is taken for the engine it was made from, and never for another of the same length (V8 compares lengths only)', () => {
    const dir = tempDir('ge-cache-');
    copyFileSync(LOADER, join(dir, 'load-engine.cjs'));
    writeFileSync(join(dir, 'engine.cjs'), 'exports.value = "one";');
    expect(load(dir, true)).toEqual({ value: 'one', rejected: null });
    expect(load(dir)).toEqual({ value: 'one', rejected: false });
    // Edited in place, same length: V8 alone would run the cached bytecode of "one".
    writeFileSync(join(dir, 'engine.cjs'), 'exports.value = "two";');
    expect(load(dir)).toEqual({ value: 'two', rejected: null });
  });

  it('is optional: with no cache, or a cut-off one, the engine is compiled from its source', () => {
    const dir = tempDir('ge-cache-');
    copyFileSync(LOADER, join(dir, 'load-engine.cjs'));
    writeFileSync(join(dir, 'engine.cjs'), 'exports.value = 7;');
    expect(load(dir)).toEqual({ value: 7, rejected: null });
    writeFileSync(join(dir, 'engine.cjs.cache'), Buffer.alloc(16));
    expect(load(dir)).toEqual({ value: 7, rejected: null });
  });

  it('written by the build, is accepted by this Node for the built engine', () => {
    const dist = join(REPO_ROOT, 'dist', 'src', 'cli');
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', `const { loadEngine } = await import(${JSON.stringify(join(dist, 'load-engine.cjs'))}); const { engine, script } = loadEngine(); process.stdout.write(JSON.stringify([script.cachedDataRejected, typeof engine.runCli]));`], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([false, 'function']);
  });

  it('missing from an installation, is one line naming the file and the fix (exit 3), not a stack trace', () => {
    const dir = tempDir('ge-cache-');
    copyFileSync(LOADER, join(dir, 'load-engine.cjs'));
    copyFileSync(join(REPO_ROOT, 'scripts', 'cli-launcher.cjs'), join(dir, 'gate-engine.cjs'));
    const run = spawnSync(process.execPath, [join(dir, 'gate-engine.cjs'), '--version'], { encoding: 'utf8' });
    expect(run.status).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`gate-engine: internal error: the engine could not be loaded (ENOENT: no such file or directory, open '${join(dir, 'engine.cjs')}')\n  fix: reinstall gate-engine (npm ci), or rebuild it (npm run build)\n`);
  });
});
