/**
 * The gate context's contract with a gate (issue 15, sampled mutation survivors): a detail field of the wrong type
 * is the gate's bug and crashes it, and nothing a gate reports after its context is closed reaches the verdict.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArtifactError } from '../../src/artifacts/errors.js';
import { createGateContext } from '../../src/core/context.js';
import type { WaiverBook } from '../../src/core/types.js';
import { removeTempDirs, tempDir } from '../helpers/fs.js';

afterAll(removeTempDirs);

const BOOK: WaiverBook = { configured: false, maxDays: 30, expiringSoonDays: 3, today: '2026-03-10', sources: [], entries: [], records: [] };

function open() {
  const root = tempDir();
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
});
