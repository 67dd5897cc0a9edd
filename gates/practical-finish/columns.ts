/**
 * Compact storage for the tracker reader: a tracker export can hold close to a million rows, and a JS object, string
 * and Map entry per row cost ~280 bytes where a few typed-array cells and the text's bytes do. Everything here lives
 * in growable typed arrays (outside the JS heap, invisible to the garbage collector); strings are made again only for
 * the few ids and titles a verdict or checkpoint shows.
 */

type NumberColumn = Int32Array | Float64Array | Uint8Array;

/** The column, with room for at least `size` cells (grown by half, so appending stays amortised O(1)). */
export function withRoom<C extends NumberColumn>(column: C, size: number, fill = 0): C {
  if (size <= column.length) return column;
  const bigger = new (column.constructor as new (length: number) => C)(Math.max(size, Math.ceil(column.length * 1.5) + 16));
  bigger.set(column);
  if (fill !== 0) bigger.fill(fill, column.length);
  return bigger;
}

/** A growable list of 32-bit integers. */
export class IntList {
  private cells = new Int32Array(64);
  length = 0;

  push(value: number): void {
    this.cells = withRoom(this.cells, this.length + 1);
    this.cells[this.length++] = value;
  }

  at(i: number): number {
    return this.cells[i] as number;
  }
}

/**
 * Texts appended one after another, each by its index. One byte per character when every character is below 256
 * (Latin-1 is exact there); the rare other text is kept as a string on the side, so nothing is ever lossy.
 */
export class TextArena {
  private bytes = Buffer.alloc(1 << 16);
  private used = 0;
  /** Text i is bytes[starts[i], starts[i + 1]). */
  private starts = new Int32Array(1024);
  private wide = new Map<number, string>();
  size = 0;

  append(text: string): number {
    const i = this.size++;
    this.starts = withRoom(this.starts, this.size + 1);
    if (isNarrow(text)) {
      this.makeRoom(text.length);
      this.used += this.bytes.write(text, this.used, 'latin1');
    } else this.wide.set(i, text);
    this.starts[this.size] = this.used;
    return i;
  }

  text(i: number): string {
    return this.wide.get(i) ?? this.bytes.toString('latin1', this.starts[i], this.starts[i + 1]);
  }

  /** Whether text i is exactly `text` (compared without making a string). */
  equals(i: number, text: string): boolean {
    const start = this.starts[i] as number;
    if ((this.starts[i + 1] as number) - start !== text.length) return false;
    if (this.wide.has(i)) return this.wide.get(i) === text;
    for (let k = 0; k < text.length; k++) if (this.bytes[start + k] !== text.charCodeAt(k)) return false;
    return true;
  }

  /** {@link hashOf} of text i, read from its bytes. */
  hash(i: number): number {
    if (this.wide.has(i)) return hashOf(this.wide.get(i) as string);
    let h = 0x811c9dc5;
    for (let k = this.starts[i] as number; k < (this.starts[i + 1] as number); k++) h = Math.imul(h ^ (this.bytes[k] as number), 0x01000193);
    return h >>> 0;
  }

  /** Whether text i has an upper-case ASCII letter. */
  hasUpper(i: number): boolean {
    if (this.wide.has(i)) return /[A-Z]/.test(this.wide.get(i) as string);
    for (let k = this.starts[i] as number; k < (this.starts[i + 1] as number); k++) {
      const c = this.bytes[k] as number;
      if (c >= 65 && c <= 90) return true;
    }
    return false;
  }

  private makeRoom(n: number): void {
    if (this.used + n <= this.bytes.length) return;
    // Buffer.alloc, not the typed-array constructor: `new Buffer(n)` is deprecated and warns.
    const bigger = Buffer.alloc(Math.max(this.used + n, Math.ceil(this.bytes.length * 1.5)));
    this.bytes.copy(bigger, 0, 0, this.used);
    this.bytes = bigger;
  }
}

function isNarrow(text: string): boolean {
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
 * Every distinct id once, numbered densely from 0 in the order first seen: per id its bytes, a start offset and
 * about two hash slots (~17 bytes beyond the text), where a Map<string, number> costs 50-80 bytes plus the string.
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
    if (known !== -1) return known;
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
