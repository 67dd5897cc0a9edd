import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJsonlRows } from '../../src/artifacts/jsonl.js';
import { loadText } from '../../src/artifacts/load.js';
import type { ArtifactRecord } from '../../src/artifacts/record.js';
import { tempDir } from '../helpers/fs.js';

/** Reads every row back with the record the reader reports at the end. */
async function readAll(root: string, rel: string): Promise<{ rows: unknown[]; record?: ArtifactRecord }> {
  const rows: unknown[] = [];
  let record: ArtifactRecord | undefined;
  for await (const row of readJsonlRows(root, rel, {}, (r) => (record = r))) rows.push(row.value);
  return { rows, ...(record !== undefined ? { record } : {}) };
}

describe('readJsonlRows: rows across the chunks one buffer is refilled with', () => {
  it('property: rows of any length, lines cut anywhere by a chunk (mid-character too), read back whole', async () => {
    const root = tempDir();
    // Titles long enough that files span several 256 KB chunks; multi-byte letters so a chunk ends mid-character.
    const row = fc.record({ id: fc.string({ minLength: 1, maxLength: 8 }), title: fc.string({ unit: 'grapheme', maxLength: 400 }), pad: fc.nat({ max: 40_000 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 40 }), fc.boolean(), async (specs, crlf) => {
        const values = specs.map((s) => ({ id: s.id, title: `${s.title}é${'ü'.repeat(s.pad)}` }));
        const text = values.map((v) => JSON.stringify(v)).join(crlf ? '\r\n' : '\n');
        writeFileSync(join(root, 'rows.jsonl'), text);
        const { rows, record } = await readAll(root, 'rows.jsonl');
        expect(rows).toEqual(values);
        expect(record?.sha256).toBe(createHash('sha256').update(text).digest('hex'));
        expect(record?.bytes).toBe(Buffer.byteLength(text));
      }),
      { numRuns: 15 },
    );
  });

  it('two files read in turn, their rows interleaved, each keep their own bytes', async () => {
    const root = tempDir();
    const rowsOf = (tag: string) => Array.from({ length: 300 }, (_, k) => ({ id: `${tag}-${k}`, body: tag.repeat(2000) }));
    writeFileSync(join(root, 'a.jsonl'), rowsOf('a').map((r) => JSON.stringify(r)).join('\n'));
    writeFileSync(join(root, 'b.jsonl'), rowsOf('b').map((r) => JSON.stringify(r)).join('\n'));
    const a = readJsonlRows(root, 'a.jsonl');
    const b = readJsonlRows(root, 'b.jsonl');
    const seen: unknown[][] = [[], []];
    for (;;) {
      const [x, y] = await Promise.all([a.next(), b.next()]);
      if (!x.done) seen[0]?.push(x.value.value);
      if (!y.done) seen[1]?.push(y.value.value);
      if (x.done && y.done) break;
    }
    expect(seen).toEqual([rowsOf('a'), rowsOf('b')]);
  });
});

describe('loadText: small files share one read buffer', () => {
  it('files read at once, a large one among them, each come back with their own text and digest', async () => {
    const root = tempDir();
    const texts = Array.from({ length: 60 }, (_, k) => (k === 7 ? 'big '.repeat(600_000) : `file ${k} ${'é'.repeat(k * 97)}\n`));
    texts.forEach((t, k) => writeFileSync(join(root, `f${k}.txt`), t));
    const loaded = await Promise.all(texts.map((_, k) => loadText(root, `f${k}.txt`)));
    expect(loaded.map((l) => l.text)).toEqual(texts);
    expect(loaded.map((l) => l.sha256)).toEqual(texts.map((t) => createHash('sha256').update(t).digest('hex')));
  });
});

describe('loadText: a special file in a large file\'s place', () => {
  it('is refused (unreadable), never read until it ends: a named pipe would block the run', async () => {
    const root = tempDir();
    const { execFileSync } = await import('node:child_process');
    const { statSync } = await import('node:fs');
    writeFileSync(join(root, 'big.txt'), 'x');
    const stats = statSync(join(root, 'big.txt'));
    // The stat said a large regular file; by the read, a FIFO stands there.
    Object.defineProperty(stats, 'size', { value: 8 * 1024 * 1024 });
    execFileSync('mkfifo', [join(root, 'pipe')]);
    await expect(loadText(root, 'pipe', { abs: join(root, 'pipe'), rel: 'pipe', stats })).rejects.toMatchObject({ code: 'unreadable' });
  });
});

describe('a named pipe where the engine reads its own inputs', () => {
  it('as the config file is refused (config_invalid), never read until it ends', async () => {
    const root = tempDir();
    const { execFileSync } = await import('node:child_process');
    const { loadConfig } = await import('../../src/config/load.js');
    execFileSync('mkfifo', [join(root, 'gate-engine.config.yaml')]);
    await expect(loadConfig({ root, config: join(root, 'gate-engine.config.yaml'), gateTypes: new Map() })).rejects.toMatchObject({ code: 'config_invalid' });
  });
});
