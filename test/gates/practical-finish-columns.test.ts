/**
 * The tracker reader's compact storage past the sizes a small tracker reaches: columns over several 16k-cell chunks
 * (and chunks never written reading as the empty value), texts over several 1 MB byte chunks, texts outside Latin-1
 * or longer than 64k kept whole, and an id table through many rehashes, against plain arrays and Maps.
 */
import { describe, expect, it } from 'vitest';
import { float64Column, IdTable, int32Column, IntList, TextArena } from '../../gates/practical-finish/columns.js';

describe('practical_finish_checkpoint: compact tracker storage', () => {
  it('columns read back what was set across chunks, and their empty value elsewhere', () => {
    const ints = int32Column(-1);
    const floats = float64Column(Number.NaN);
    for (let i = 0; i < 100_000; i += 7) ints.set(i, i * 3);
    floats.set(70_000, 1.5);
    const wrong = Array.from({ length: 100_000 }, (_, i) => i).filter((i) => ints.get(i) !== (i % 7 === 0 ? i * 3 : -1));
    expect(wrong).toEqual([]);
    expect(floats.get(70_000)).toBe(1.5);
    expect(floats.get(3)).toBeNaN();
    expect(floats.get(69_999)).toBeNaN();
    const list = new IntList();
    for (let i = 0; i < 40_000; i++) list.push(i ^ 0x5555);
    expect(list.length).toBe(40_000);
    expect(Array.from({ length: 40_000 }, (_, i) => list.at(i))).toEqual(Array.from({ length: 40_000 }, (_, i) => i ^ 0x5555));
  });

  it('texts read back exactly across byte chunks, wide characters and very long texts included', () => {
    const arena = new TextArena();
    const texts: string[] = [];
    for (let i = 0; i < 60_000; i++) {
      const text = i % 1000 === 0 ? `Ω wide ${i} \u{1F600}` : i % 20_001 === 0 ? 'x'.repeat(70_000) : `title ${i} ${'é'.repeat(i % 40)}`;
      texts.push(text);
      arena.append(text);
    }
    texts.push('');
    expect(arena.append('')).toBe(texts.length - 1);
    expect(texts.map((_, i) => arena.text(i))).toEqual(texts);
    expect(texts.filter((text, i) => !arena.equals(i, text) || arena.equals(i, `${text}.`))).toEqual([]);
  });

  it('a text that fills its chunk to the last byte, and empty texts around it, read back exactly', () => {
    const arena = new TextArena();
    // 16 texts of 65,535 bytes and one of 16 fill the first 1 MB chunk exactly; the next text opens the second.
    const texts = [...Array.from({ length: 16 }, (_, i) => String.fromCharCode(97 + i).repeat(65_535)), '', 'q'.repeat(16), '', 'after', '', 'z'.repeat(65_535), 'tail'];
    for (const text of texts) arena.append(text);
    expect(texts.map((_, i) => arena.text(i))).toEqual(texts);
    expect(texts.filter((text, i) => !arena.equals(i, text))).toEqual([]);
  });

  it('interns ids once, finds them again through rehashes and finds their lower-cased spelling', () => {
    const table = new IdTable();
    const ids = Array.from({ length: 30_000 }, (_, i) => (i % 5 === 0 ? `BD-${i.toString(36)}.${i}` : `bd-${i.toString(36)}.${i}`));
    expect(ids.map((id) => table.intern(id))).toEqual(ids.map((_, i) => i));
    expect(ids.map((id) => table.intern(id))).toEqual(ids.map((_, i) => i));
    expect(ids.map((id) => table.find(id))).toEqual(ids.map((_, i) => i));
    expect(ids.map((_, i) => table.text(i))).toEqual(ids);
    expect(table.size).toBe(ids.length);
    expect(table.find('bd-absent')).toBe(-1);
    expect(table.folded(0)).toBe(-1);
    const lower = table.intern('bd-0.0');
    expect(table.folded(0)).toBe(lower);
    expect(table.folded(1)).toBe(1);
  });
});
