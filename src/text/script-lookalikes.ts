/**
 * Letters of other scripts drawn like Latin letters that neither UTS #39's confusables (as the `unhomoglyph` data has
 * them) nor the Latin variants of latin-lookalikes.ts cover, each mapped to the Latin letter a reader takes it for:
 * Tai Le letters drawn as `e a n u` in their fonts, Coptic letters drawn as Greek capitals and their small forms,
 * Cyrillic `є` and `Ғ`, runic `ᚱ`, Greek `β`. Hand-kept (red team ht): add a letter when a reader takes it for a Latin
 * one in common fonts, never one that only resembles it in one style.
 */
export const SCRIPT_LOOKALIKES: Readonly<Record<string, string>> = {
  // Tai Le
  '\u{1971}': 'e', '\u{1972}': 'a', '\u{1952}': 'n', '\u{1959}': 'u',
  // Coptic
  '\u{2C80}': 'A', '\u{2C81}': 'a', '\u{2C82}': 'B', '\u{2C88}': 'E', '\u{2C89}': 'e', '\u{2C9A}': 'N', '\u{2C9B}': 'n', '\u{2CA6}': 'T', '\u{2CA7}': 't',
  // Coptic small iauda, drawn as a Greek iota (which UTS #39 reads as i)
  '\u{2C93}': 'i',
  // Cyrillic
  '\u{454}': 'e', '\u{404}': 'E', '\u{492}': 'F', '\u{493}': 'f',
  // Runic, Greek
  '\u{16B1}': 'R', '\u{3B2}': 'B',
};
