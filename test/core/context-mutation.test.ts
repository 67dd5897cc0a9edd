/**
 * The gate context's contract with a gate (issue 15, sampled mutation survivors): a detail field of the wrong type
 * is the gate's bug and crashes it, and nothing a gate reports after its context is closed reaches the verdict.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArtifactError } from '../../src/artifacts/errors.js';
import { createGateContext } from '../../src/core/context.js';
import type { WaiverBook } from '../../src/core/types.js';
import { removeTempDirs, tempDir } from '../helpers/fs.js';

afterAll(removeTempDirs);

const BOOK: WaiverBook = { configured: false, maxDays: 30, expiringSoonDays: 3, today: '2026-03-10', sources: [], entries: [], records: [] };

function open(root = tempDir()) {
  return createGateContext('g', { root, outputDir: join(root, 'gate-engine-out'), runId: 'r', env: {}, now: new Date('2026-03-10T12:00:00Z'), signal: new AbortController().signal, waivers: BOOK });
}

describe('gate context', () => {
  it('refuses a text detail (path, pointer, fix) that is not a string: the gate crashes, never a verdict with a number for a fix', () => {
    for (const key of ['path', 'pointer', 'fix'] as const) {
      const { ctx, evidence } = open();
      expect(() => ctx.fail('c', 'bad', 'message', { [key]: 42 } as never)).toThrow(new TypeError(`check detail ${key} must be a string, got number`));
      expect(evidence.checks).toEqual([]);
      ctx.fail('c', 'bad', 'message', { [key]: 'text' });
      expect(evidence.checks).toEqual([{ id: 'c', status: 'fail', code: 'bad', message: 'message', [key]: 'text' }]);
    }
  });

  it('drops an evidence error reported after close (a timed-out gate still running in the background)', () => {
    const { ctx, evidence, close } = open();
    ctx.failFromError('read', new ArtifactError('missing', 'a.json does not exist', { path: 'a.json' }));
    expect(evidence.checks.map((c) => c.code)).toEqual(['missing']);
    close();
    ctx.failFromError('read', new ArtifactError('malformed', 'a.json is not JSON', { path: 'a.json' }));
    ctx.fail('late', 'bad', 'too late');
    expect(evidence.checks.map((c) => c.code)).toEqual(['missing']);
  });

  it('records each file a gate reads once, by path and content, and nothing read after close', async () => {
    const root = tempDir();
    writeFileSync(join(root, 'a.json'), '{"status":"pass"}');
    writeFileSync(join(root, 'b.json'), '{"status":"fail"}');
    const { ctx, evidence, close } = open(root);
    await ctx.read.json('a.json');
    await ctx.read.json('a.json');
    await ctx.read.json('b.json');
    expect(evidence.artifacts.map((r) => [r.path, r.sha256.length, r.bytes])).toEqual([['a.json', 64, 17], ['b.json', 64, 17]]);
    writeFileSync(join(root, 'a.json'), '{"status":"warn"}');
    await ctx.read.json('a.json');
    expect(evidence.artifacts.map((r) => r.path)).toEqual(['a.json', 'b.json', 'a.json']);
    close();
    writeFileSync(join(root, 'c.json'), '{}');
    await ctx.read.json('c.json').catch(() => undefined);
    expect(evidence.artifacts.map((r) => r.path)).toEqual(['a.json', 'b.json', 'a.json']);
  });

  it('a dated document read without max_age warns age_unbounded at close, unless a read of it in the same gate was bounded', async () => {
    const root = tempDir();
    const dated = JSON.stringify({ generated_at: '2026-03-10T11:00:00Z', status: 'pass' });
    writeFileSync(join(root, 'a.json'), dated);
    writeFileSync(join(root, 'b.json'), dated);
    const { ctx, evidence, close } = open(root);
    await ctx.read.json('a.json');
    await ctx.read.json('b.json');
    await ctx.read.json('b.json', { maxAge: '1d' });
    ctx.pass('status', 'read');
    close();
    expect(evidence.checks.map((c) => [c.status, c.code, c.path])).toEqual([['pass', 'ok', undefined], ['warn', 'age_unbounded', 'a.json']]);
  });
});

