/**
 * Compact storage for the tracker reader: a tracker export can hold close to a million rows, and a JS object, string
 * and Map entry per row cost ~280 bytes where a few typed-array cells and the text's bytes do. Everything here lives
 * in typed arrays (outside the JS heap, so the garbage collector never walks it); strings are made again only for
 * the few ids and titles a verdict or checkpoint shows.
 *
 * Columns grow by fixed-size chunks rather than by doubling one array: no copy of everything at each growth (whose
 * old and new arrays would both be live at the peak), no unused half, and a chunk whose cells all hold the column's
 * empty value is never allocated (a tracker whose rows have no updated_at, or no repeated id, pays nothing for those).
 */

const SHIFT = 14;
const CHUNK = 1 << SHIFT;
const MASK = CHUNK - 1;

type Cells = Int32Array | Uint32Array | Uint8Array | Float64Array;
type CellsOf = new (length: number) => Cells;

/** Numbers by index, in chunks of 16k cells; a cell never set reads as the column's empty value. */
export class Column {
  private readonly chunks: (Cells | undefined)[] = [];

  constructor(
    private readonly cells: CellsOf,
    private readonly empty = 0,
  ) {}

  get(i: number): number {
    const chunk = this.chunks[i >>> SHIFT];
    return chunk === undefined ? this.empty : (chunk[i & MASK] as number);
  }

  set(i: number, value: number): void {
    let chunk = this.chunks[i >>> SHIFT];
    if (chunk === undefined) {
      if (Object.is(value, this.empty)) return;
      chunk = new this.cells(CHUNK);
      if (this.empty !== 0) chunk.fill(this.empty);
      this.chunks[i >>> SHIFT] = chunk;
    }
    chunk[i & MASK] = value;
  }
}

export const int32Column = (empty = 0) => new Column(Int32Array, empty);
export const float64Column = (empty = 0) => new Column(Float64Array, empty);
export const byteColumn = () => new Column(Uint8Array);

/** A list of 32-bit integers that only grows. */
export class IntList {
  private readonly cells = int32Column();
  length = 0;

  push(value: number): void {
    this.cells.set(this.length++, value);
  }

  at(i: number): number {
    return this.cells.get(i);
  }

  pop(): number {
    return this.cells.get(--this.length);
  }
}

const BYTES = 1 << 20;
/** Longer texts are kept as strings: a text never spans two byte chunks. */
const LONGEST = 0xffff;
/** Where a text ends is a Uint32: past 4 GB of ids and titles the reader fails (never wraps around). */
const MOST_BYTES = 2 ** 32;

/**
 * Texts appended one after another, each by its index: one byte per character in 1 MB chunks when every character
 * is below 256 (Latin-1 is exact there). A rare other text (wider characters, or longer than 64k) is kept as a
 * string on the side, so nothing is ever lossy.
 *
 * Per text only where it ends is kept (chunk × 1 MB + offset): it starts where the one before ends, or at the
 * start of its own chunk when it did not fit in the rest of that one's.
 */
export class TextArena {
  private readonly chunks: Buffer[] = [];
  /** Where the last text ends. */
  private end = 0;
  private readonly ends = new Column(Uint32Array);
  private readonly wide = new Map<number, string>();
  /** Where the text {@link locate} found starts and ends in its chunk (fields, not an object per call: ids are looked up per row). */
  private from = 0;
  private to = 0;
  size = 0;

  append(text: string): number {
    const i = this.size++;
    if (!isNarrow(text)) this.wide.set(i, text);
    else if (text.length > 0) {
      if (this.chunks.length === 0 || (this.end - 1) % BYTES + 1 + text.length > BYTES) {
        if ((this.chunks.length + 1) * BYTES >= MOST_BYTES) throw new RangeError('more than 4 GB of issue ids and titles to keep');
        this.end = this.chunks.length * BYTES;
        // Never read past what was written: no need to zero it.
        this.chunks.push(Buffer.allocUnsafeSlow(BYTES));
      }
      (this.chunks[this.chunks.length - 1] as Buffer).write(text, this.end % BYTES, 'latin1');
      this.end += text.length;
    }
    this.ends.set(i, this.end);
    return i;
  }

  text(i: number): string {
    const wide = this.wide.get(i);
    if (wide !== undefined) return wide;
    return this.locate(i).toString('latin1', this.from, this.to);
  }

  /** Whether text i is exactly `text` (compared without making a string). */
  equals(i: number, text: string): boolean {
    const chunk = this.locate(i);
    const start = this.from;
    if (this.to - start !== text.length) return this.wide.get(i) === text;
    for (let k = 0; k < text.length; k++) if (chunk[start + k] !== text.charCodeAt(k)) return false;
    return !this.wide.has(i);
  }

  /** {@link hashOf} of text i, read from its bytes. */
  hash(i: number): number {
    const wide = this.wide.get(i);
    if (wide !== undefined) return hashOf(wide);
    const chunk = this.locate(i);
    let h = 0x811c9dc5;
    for (let k = this.from; k < this.to; k++) h = Math.imul(h ^ (chunk[k] as number), 0x01000193);
    return h >>> 0;
  }

  /** Whether text i has an upper-case ASCII letter. */
  hasUpper(i: number): boolean {
    const wide = this.wide.get(i);
    if (wide !== undefined) return /[A-Z]/.test(wide);
    const chunk = this.locate(i);
    for (let k = this.from; k < this.to; k++) if ((chunk[k] as number) >= 65 && (chunk[k] as number) <= 90) return true;
    return false;
  }

  /** Text i's chunk, with `from` and `to` set to its offsets there. A wide or empty text has no bytes. */
  private locate(i: number): Buffer {
    const end = this.ends.get(i);
    const previous = i === 0 ? 0 : this.ends.get(i - 1);
    this.from = 0;
    this.to = 0;
    if (end === previous) return EMPTY;
    const chunk = Math.floor((end - 1) / BYTES);
    this.from = Math.max(previous, chunk * BYTES) - chunk * BYTES;
    this.to = end - chunk * BYTES;
    return this.chunks[chunk] as Buffer;
  }
}

const EMPTY = Buffer.alloc(0);

function isNarrow(text: string): boolean {
  if (text.length > LONGEST) return false;
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) > 255) return false;
  return true;
}

/** FNV-1a over the UTF-16 code units: the same number for a string wherever it comes from. */
export function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/**
 * Every distinct id once, numbered densely from 0 in the order first seen: per id its bytes, where it ends (4 bytes)
 * and about two 4-byte hash slots, where a Map<string, number> costs 50-80 bytes plus the string.
 */
export class IdTable {
  private readonly texts = new TextArena();
  /** Open addressing, linear probing: id + 1, 0 for an empty slot; at most half full. */
  private slots = new Int32Array(1 << 12);

  get size(): number {
    return this.texts.size;
  }

  /** The id's number, or -1 when it was never interned. */
  find(id: string): number {
    const mask = this.slots.length - 1;
    for (let s = hashOf(id) & mask; ; s = (s + 1) & mask) {
      const slot = this.slots[s] as number;
      if (slot === 0) return -1;
      if (this.texts.equals(slot - 1, id)) return slot - 1;
    }
  }

  intern(id: string): number {
    const known = this.find(id);
    return known !== -1 ? known : this.add(id);
  }

  /** Numbers an id that {@link find} just did not find (no second lookup). */
  add(id: string): number {
    const i = this.texts.append(id);
    if (this.texts.size * 2 > this.slots.length) this.rehash();
    else this.place(i, hashOf(id));
    return i;
  }

  text(i: number): string {
    return this.texts.text(i);
  }

  /** The number of the id's lower-cased spelling, or -1 when that spelling was never interned. */
  folded(i: number): number {
    return this.texts.hasUpper(i) ? this.find(this.text(i).toLowerCase()) : i;
  }

  private place(i: number, hash: number): void {
    const mask = this.slots.length - 1;
    let s = hash & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = i + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let i = 0; i < this.texts.size; i++) this.place(i, this.texts.hash(i));
  }
}
