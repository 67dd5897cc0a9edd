/**
 * The reader's age note (issue 15, a sampled mutation survivor): a read bounded by a max_age within the cap is
 * `bounded`, so the gate is not warned `age_unbounded`; a bound past the cap bounds nothing a release cares about.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { AgeNote } from '../../src/artifacts/freshness.js';
import { createReader } from '../../src/artifacts/reader.js';
import { removeTempDirs, tempDir } from '../helpers/fs.js';
import '../helpers/fc-seed.js';

afterAll(removeTempDirs);

describe('createReader: age notes', () => {
  it('a max_age within the cap is bounded; one past the cap, or none, is unbounded', async () => {
    const root = tempDir();
    await fs.writeFile(join(root, 'a.json'), JSON.stringify({ generated_at: '2026-03-10T08:00:00Z', status: 'pass' }));
    const notes: AgeNote[] = [];
    const read = createReader(root, new Date('2026-03-10T12:00:00Z'), () => undefined, undefined, undefined, (note) => notes.push(note));
    await read.json('a.json', { maxAge: '7d' });
    expect(notes.map((n) => n.kind)).toEqual(['bounded']);
    notes.length = 0;
    await read.json('a.json', { maxAge: '100000d' });
    expect(notes.map((n) => n.kind)).toEqual(['unbounded']);
    notes.length = 0;
    await read.json('a.json');
    expect(notes.map((n) => n.kind)).toEqual(['unbounded']);
  });
});

// A stream of JSON rows dated at each row's moment (go test -json's `Time`), as a document dated at generated_at
// (session 39): whichever rows carry the moment and however the read ends, the note is the one a document's read gives.
describe('createReader: age notes of a stream of dated rows', () => {
  const row = fc.record({ dated: fc.boolean(), minute: fc.integer({ min: 0, max: 59 }) });
  it('bounded with a bound in the cap; unbounded at the first dated row of a stream read whole; none undated or refused', async () => {
    const root = tempDir();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 8 }), fc.constantFrom(undefined, '7d', '100000d'), fc.boolean(), async (rows, maxAge, cut) => {
        const path = `s${n++}.jsonl`;
        const lines = rows.map((r, i) => JSON.stringify({ ...(r.dated ? { Time: `2026-03-10T11:${String(r.minute).padStart(2, '0')}:00Z` } : {}), Action: 'output', Seq: i }));
        await fs.writeFile(join(root, path), `${lines.join('\n')}\n${cut ? '{"Action": "out' : ''}`);
        const notes: AgeNote[] = [];
        const read = createReader(root, new Date('2026-03-10T12:00:00Z'), () => undefined, undefined, undefined, (note) => notes.push(note));
        let refused = false;
        try {
          for await (const batch of read.jsonlBatches(path, { age: { pointer: '/Time', ...(maxAge !== undefined ? { maxAge } : {}) } })) void batch;
        } catch {
          refused = true;
        }
        expect(refused).toBe(cut);
        const first = rows.find((r) => r.dated);
        if (maxAge === '7d') expect(notes).toEqual([{ kind: 'bounded', path }]);
        else if (cut || first === undefined) expect(notes).toEqual([]);
        else expect(notes).toEqual([{ kind: 'unbounded', path, pointer: '/Time', value: `2026-03-10T11:${String(first.minute).padStart(2, '0')}:00Z`, ...(maxAge !== undefined ? { maxAge } : {}) }]);
      }),
      { numRuns: 40 },
    );
  });
});
