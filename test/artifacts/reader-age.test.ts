/**
 * The reader's age note (issue 15, a sampled mutation survivor): a read bounded by a max_age within the cap is
 * `bounded`, so the gate is not warned `age_unbounded`; a bound past the cap bounds nothing a release cares about.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AgeNote } from '../../src/artifacts/freshness.js';
import { createReader } from '../../src/artifacts/reader.js';
import { removeTempDirs, tempDir } from '../helpers/fs.js';

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
