/**
 * Byte order of UTF-8 text — the order `LC_ALL=C sort`, Rust's `str::cmp`, Go's `<` and Python 3's `sorted` agree on,
 * which is code-point order. JavaScript's `<` and `Array.prototype.sort()` compare UTF-16 code units instead, and the
 * two disagree for a character from U+E000 to U+FFFF (full-width letters, half-width katakana, the ﬁ ligature)
 * against one above U+FFFF (emoji, CJK extension B, mathematical letters): its surrogates, D800–DFFF, sort below
 * U+E000 as code units, above it as bytes (F0 … after EE/EF …). Nothing is encoded: only the first differing unit is
 * ranked.
 */

/**
 * A UTF-16 code unit's rank in code-point order at the first unit where two well-formed strings differ: surrogates
 * move above U+E000–U+FFFF, which move down to make room (the two ranges swap; every other unit keeps its value).
 */
export function byteOrderUnitRank(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}

/** Negative when `a` sorts before `b` in UTF-8 byte order, positive after, 0 when equal (a prefix sorts first). */
export function compareByteOrder(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return byteOrderUnitRank(x) - byteOrderUnitRank(y);
  }
  return a.length - b.length;
}
