/**
 * `check` loads a config's plugin modules in a child process (importInChild): a module that never finishes loading is
 * stopped at a bound and reported, never waited for.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importInChildWithin } from '../../src/config/plugins.js';
import { removeTempDirs, tempDir } from '../helpers/fs.js';

afterAll(removeTempDirs);

describe('importInChild: a plugin module loaded for check', () => {
  it('one that blocks while loading is stopped at the bound, with a reason, not waited for', async () => {
    const file = join(tempDir(), 'stuck.mjs');
    writeFileSync(file, "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);\nexport default { type: 'never' };\n");
    const t0 = Date.now();
    await expect(importInChildWithin(file, 1000)).rejects.toThrow('the module did not finish loading within 1 s (it was stopped)');
    expect(Date.now() - t0).toBeLessThan(20_000);
  });

  it('one that loads gives back its exports as data', async () => {
    const file = join(tempDir(), 'ok.mjs');
    writeFileSync(file, "export default { type: 'probe', title: 'Probe', evaluate() {} };\n");
    const mod = await importInChildWithin(file, 20_000);
    expect((mod.default as { type: string }).type).toBe('probe');
    expect(() => (mod.default as { evaluate: () => void }).evaluate()).toThrow('a plugin gate loaded by check is never evaluated');
  });
});
