/**
 * readWaiverBook: a source whose top level or `waiver` entry is not a table is an error naming what was found —
 * never "no waivers" — and declares nothing; a source without a `waiver` entry holds zero waivers.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readWaiverBook } from '../../src/core/waiver-sources.js';
import { removeTempDirs, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = new Date('2026-03-10T12:00:00Z');
const GATES = new Map([['g', 'threshold']]);
const read = (files: Record<string, string>, sources: string[]) => readWaiverBook({ sources }, workspace(files), NOW, GATES);
const FIX = 'write [waiver.<gate_id>] tables (YAML: waiver: { <gate_id>: {...} })';

describe('readWaiverBook: the shape of a source', () => {
  it.each([
    ['a list', 'list.yaml', '- waiver\n', 'an array'],
    ['a number', 'n.json', '3\n', 'the number 3'],
    ['null', 'null.yaml', 'null\n', 'null'],
  ])('a top level that is %s: waiver_table_invalid, naming what it found', async (_name, path, text, found) => {
    const book = await read({ [path]: text }, [path]);
    expect(book.sources).toHaveLength(1);
    const [source] = book.sources;
    expect(source).toMatchObject({ path, status: 'error', waivers: 0, code: 'waiver_table_invalid', fix: FIX });
    expect(source?.message).toContain(`${path}: a waiver source must be a table (TOML) or a map (YAML/JSON) with a \`waiver\` entry, found `);
    expect(source?.message).toContain(found);
    expect(book.entries).toEqual([]);
  });

  it.each([
    ['a text', 'w.yaml', 'waiver: none\n', 'the string "none"'],
    ['a list', 'w.yaml', 'waiver: [1]\n', 'an array'],
    ['a number', 'w.yaml', 'waiver: 3\n', 'the number 3'],
    ['a date', 'w.toml', 'waiver = 2026-03-10\n', 'date'],
  ])('a `waiver` entry that is %s: waiver_table_invalid', async (_name, path, text, found) => {
    const book = await read({ [path]: text }, [path]);
    expect(book.sources[0]).toMatchObject({ path, status: 'error', code: 'waiver_table_invalid', fix: FIX });
    expect(book.sources[0]?.message).toContain(`${path}: \`waiver\` must be a table keyed by gate id, found `);
    expect(book.sources[0]?.message).toContain(found);
    expect(book.entries).toEqual([]);
  });

  it('a YAML `waiver` entry that is not a table is located', async () => {
    const book = await read({ 'w.yaml': 'x: 1\nwaiver: 3\n' }, ['w.yaml']);
    expect(book.sources[0]).toMatchObject({ code: 'waiver_table_invalid', line: 2 });
  });

  it('a table without a `waiver` entry holds zero waivers (not an error); a near miss is named', async () => {
    const book = await read({ 'a.toml': '[waivers.g]\nreason = "x"\n', 'b.yaml': 'other: 1\n' }, ['a.toml', 'b.yaml']);
    expect(book.sources.map(({ sha256: _, ...s }) => s)).toEqual([
      { path: 'a.toml', status: 'ok', waivers: 0, table: false, misspelt: 'waivers' },
      { path: 'b.yaml', status: 'ok', waivers: 0, table: false },
    ]);
  });

  it('a `waiver` table: one declaration per gate id', async () => {
    const book = await read({ 'w.yaml': 'waiver:\n  g: {}\n' }, ['w.yaml', './w.yaml']);
    expect(book.sources.map((s) => [s.path, s.status, s.waivers, s.table])).toEqual([['w.yaml', 'ok', 1, true]]);
    expect(book.entries.map((e) => [e.gate_id, e.state])).toEqual([['g', 'invalid']]);
  });
});
