import type { CheckResult } from './types.js';
import { foldString } from '../text/fold.js';
import { escapeRegExp } from '../util/regexp-escape.js';
import { englishNumberWords, replaceCounts, romanNumeralsAsDigits, smallRomanNumeralValue } from '../util/count-spellings.js';
import { decodeHtml } from '../text/drawn.js';
import { maskTagBrackets } from '../text/html-tags.js';
import { STARS_INSIDE_A_WORD, waiverWordsAsShown } from './waiver-shown.js';
import { namesATest } from './waiver-test-names.js';
import { visibleForm } from '../util/text-classes.js';
import {
  COUNT_ARITHMETIC_STEMS,
  COUNT_CHANGE_STEMS,
  COUNT_MULTIPLIER_PARTS,
  COUNT_PLACE_PARAPHRASE_WORDS,
  MORE_NUMBER_WORDS,
  OTHER_LANGUAGE_NUMBER_JOINS,
  OTHER_LANGUAGE_NUMBER_WORDS,
  OTHER_LANGUAGE_NUMBER_WORDS_ALSO_PROSE,
} from '../sdk/status-vocabulary.js';
import { lazy } from '../util/lazy.js';

/**
 * The items a gate's failure lists (its checks' `failing`) that a waiver's words do not name, when they name at least
 * one: a waiver granted "for qjs-regexp-1 and qjs-regexp-2" covers those two, never a regression that lands beside them
 * while it is in force. A waiver whose words name nothing item-like covers the failure as a whole, as before items were
 * listed; one that names none of the items but a name that looks like one (`qjs-regеxp-1` with a Cyrillic е,
 * `qjs-regexp-01`, `qjs-regexp-2` beside a failing `qjs-regexp-1`, a stem two failing files share) was granted for
 * something else and covers none of them (`lookAlikes`). A word with `*` names every item it matches
 * (`qjs-regexp-*`). Failures a check could not list by name (`failing_more`: entries past the cap, entries without a
 * name, failures the evidence shows elsewhere, a failing check that lists no item) are never named: a waiver that names
 * items does not cover what nobody could read.
 */
export function itemsNotNamed(checks: readonly CheckResult[], waiverWords: string): string[] {
  const failing = checks.filter((c) => c.status !== 'pass');
  const items = [...new Set(failing.flatMap((c) => c.failing ?? []))];
  if (items.length === 0) return unnamedFailuresBesideATestName(failing, waiverWords);
  // Only the words a reader is shown name an item (waiver-shown.ts): a name in a comment, an attribute, a link's target
  // or a hidden element covers nothing. Every reading still says that the waiver names items (`<script src="x.js">`
  // names x.js to a reader of the source), and what it was granted for (`lookAlikes`).
  const shownWords = waiverWordsAsShown(waiverWords);
  const everyReading = [waiverWords, asShown(waiverWords), shownWords].filter((w, i, all) => all.indexOf(w) === i).join('\n');
  const shown = items.map(asShown);
  const names = itemNames(shown);
  const words = spokenWords(shownWords);
  // A web address names a page and its host: a name in its path, query or fragment (`https://tracker/?item=qjs-regexp-7`)
  // names no item; `https://semver.org/` names the host semver.org.
  const prose = ADDRESS_HINT.test(shownWords) ? spokenWords(shownWords.replace(ADDRESS, hostOf)) : words;
  const listed = listedItems(items, shown, names, { words, prose });
  const anyWords = everyReading === shownWords ? words : spokenWords(everyReading);
  // Names inside addresses and markup still say that the waiver names items, as they did before only shown words covered.
  const namedInAnyReading = (): boolean => anyWords !== prose && listedItems(items, shown, names, { words: anyWords, prose: anyWords }).some((l) => l.surely);
  const restricts = listed.some((l) => l.surely) || namedInAnyReading() || lookAlikes(anyWords, everyReading, shown, names);
  // Only a name prose does not write by chance says which items the waiver accepts: a reason reading "a flaky run, 1
  // of 3" names none of the items `a`, `1` and `3`. A name that only looks like an item's says it was granted for another.
  if (!restricts) return [];
  const unnamed = listed.filter((l) => !l.covered).map((l) => l.item);
  // A failing check that lists no item at all (another report, another kind of finding) is a failure nobody named either.
  const more = failing.reduce((sum, c) => sum + (c.failing_more ?? 0) + (c.status === 'fail' && (c.failing ?? []).length === 0 ? 1 : 0), 0);
  return more > 0 ? [...unnamed, unlistedItems(more)] : unnamed;
}

/**
 * Session 31 uc2 (closed session 42): the failures of a failure whose evidence lists failures with no name a reader can
 * take for one (`failed: "two regexp cases and the socket close case, see the log"`: `failing_more`, no item), when the
 * waiver names a test (`qjs-regexp-1 fails upstream`, and — red team xw, closed session 42 — in any shape a runner
 * prints one: `test_regexp_lookbehind`, `TestRegexp/case_1`, `tests/test_re.py::test_x[1]`, `qjs.regexp.1`, `qjsRegexp1`,
 * `qjs-regexp-2024`: `namesATest`): it was granted for that test, and nobody can tell that the failures now are it. A
 * failing check that lists nothing at all (a status alone) is covered whole, as before items were listed; tracking ids,
 * advisories, versions, platforms and addresses (`bd-1f42.4.4`, `CVE-2024-1234`, `v1.2.3`, `x86_64-linux-gnu`,
 * `node-20`, `windows-server-2022`) name no test.
 */
function unnamedFailuresBesideATestName(failing: readonly CheckResult[], waiverWords: string): string[] {
  const more = failing.reduce((sum, c) => sum + (c.failing_more ?? 0), 0);
  if (more === 0) return [];
  // Read as a reader sees it, case kept (`TestRegexp`, `qjsRegexp1` are told by it): invisible characters, full width and
  // letters of other scripts drawn as Latin ones (`tеst_regexp` with a Cyrillic е) are the name's Latin letters.
  const shown = visibleForm(waiverWordsAsShown(waiverWords)).replace(HYPHENS, '-').replace(/\\/gu, '/').replace(ADDRESS, ' ');
  return namesATest(shown) ? [unlistedItems(more)] : [];
}

/** A waiver's words as they are compared with names: read (`readable`), invisible characters out, shorthand spelled out. */
// Roman numerals in capitals are read while the capitals still tell them from words (`MMXLVIII items`: red team xw).
const spokenWords = (text: string): string => withShorthandSpelledOut(readable(romanNumeralsAsDigits(text)).replace(INVISIBLE, ''));
const ADDRESS_HINT = /:\/\/|www\./iu;
/** The host an address names, set apart by spaces (`https://user@semver.org:443/x?y` → ` semver.org `). */
const hostOf = (address: string): string => ` ${address.replace(/^[a-z][a-z0-9+.-]*:\/\//iu, '').split(/[/?#\\]/u)[0]?.replace(/^[^@]*@/u, '').replace(/:\d*$/u, '') ?? ''} `;

interface ListedItem {
  item: string;
  /** The item as a reader is shown it (`asShown`), read once. */
  shown: string;
  /** Named by a name prose does not write by chance, or a blocker sentence the words speak of: the waiver names items. */
  surely: boolean;
  /** Named as an item must be once the waiver names items: by a name, or a blocker sentence spoken of surely. */
  covered: boolean;
}

/**
 * Each failing item with how the words name it, each read once. A blocker written as a sentence is covered only when the
 * words speak of it surely (or name every word of one too short to be spoken of surely): sharing two of its words, as
 * a waiver speaking of another blocker does by chance, covers it only when the waiver names no item at all (review,
 * session 32: one blocker named surely let a loose match cover the other).
 */
function listedItems(items: readonly string[], shown: readonly string[], names: ReadonlyMap<string, readonly string[]>, read: { words: string; prose: string }): ListedItem[] {
  const patterns = starPatterns(read.prose);
  const spoken = spokenWordsOf(read.prose);
  return items.map((item, i) => {
    const form = shown[i] as string;
    // An item that is an address itself (a link checker's failure) is named by that address as the words show it.
    const words = ADDRESS_HINT.test(form) ? read.words : read.prose;
    if (sentence(form)) {
      const how = sentenceNamed(form, spoken);
      // Spoken of at another count (`queue saturation at 4096 items` for a blocker at 2048): the waiver names items,
      // this blocker's among them in form, but it was granted for another one.
      const covered = (how === 'surely' || how === 'wholly') && !atAnotherCount(form, read.prose);
      return { item, shown: form, surely: how === 'surely', covered };
    }
    // An item markup spells otherwise is named as a reader is shown it, or as written where the words show it so (`Vec<u8>`).
    const named = (names.get(form) ?? []).some((name) => namedAsWord(words, name) || patterns.some((p) => p.test(name))) || (form !== item && namedAsWord(words, readable(item)));
    return { item, shown: form, surely: named && distinctive(form), covered: named };
  });
}

/**
 * A waiver's words with the shorthand authors name several items by written out in full, after the words as written
 * (red team th: `qjs-regexp-1 and -7` and `qjs-regexp-1..7` named qjs-regexp-7 for their reader, not for the gate):
 * a range of numbered names names every number in it (`qjs-regexp-1..7` names 1 through 7, so a waiver for 1..3 does not
 * cover 7), a last part written alone after a name names that name with its last part replaced (`qjs-regexp-1 and -7`,
 * `qjs-regexp-1, _7`), and braces name each of their choices (`qjs-regexp-{1,7}`). A range too wide to be a list of
 * items (more than {@link MAX_RANGE} numbers) is left as written: it names what it writes out, and no more.
 */
function withShorthandSpelledOut(words: string): string {
  if (!SHORTHAND_HINT.test(words)) return words;
  const spelled: string[] = [];
  for (const m of words.matchAll(NUMBERED_RANGE)) {
    const [, stem = '', from = '', to = ''] = m;
    const [a, b] = [Number(from), Number(to)];
    if (b < a || b - a > MAX_RANGE) continue;
    for (let n = a; n <= b; n++) spelled.push(`${stem}${String(n).padStart(from.startsWith('0') ? from.length : 1, '0')}`);
  }
  for (const m of words.matchAll(LAST_PART_AFTER)) {
    const [, stem = '', , rest = ''] = m;
    for (const part of rest.matchAll(LONE_LAST_PART)) spelled.push(`${stem}${part[1] ?? ''}`);
  }
  for (const m of words.matchAll(BRACED_CHOICES)) {
    const [, stem = '', choices = '', tail = ''] = m;
    for (const choice of choices.split(',')) spelled.push(`${stem}${choice.trim()}${tail}`);
  }
  return spelled.length === 0 ? words : `${words}\n${spelled.join('\n')}`;
}
const MAX_RANGE = 500;
/** A range, braces, or a lone last part after a space or a list mark (`-7`, `qjs-regexp-1/-7`, `qjs-regexp-1,-7`). */
const SHORTHAND_HINT = /\.\.|[{]|[\s/,;&][-_]\p{N}/u;
/** `qjs-regexp-1..7`, `qjs-regexp-1..qjs-regexp-7` is written out already (the second name is named as itself). */
const NUMBERED_RANGE = /([\p{L}\p{N}_][\p{L}\p{N}_.:/-]*?[-_.:/])(\p{N}+)\.\.(\p{N}+)(?![\p{L}\p{N}_])/gu;
/** A name, then lone last parts joined to it (`qjs-regexp-1 and -7, -9`): the stem is the name up to its last joiner. */
const LAST_PART_AFTER = /([\p{L}\p{N}_][\p{L}\p{N}_.:/-]*?([-_]))[\p{L}\p{N}]+((?:\s*(?:,|;|&|\/|\band\b|\bor\b|\bplus\b)\s*\2[\p{L}\p{N}]+(?![\p{L}\p{N}_.:/-]))+)/gu;
const LONE_LAST_PART = /[-_]([\p{L}\p{N}]+)/gu;
const BRACED_CHOICES = /([\p{L}\p{N}_][\p{L}\p{N}_.:/-]*)\{([\p{L}\p{N}_.-]+(?:,\s*[\p{L}\p{N}_.-]+)+)\}([\p{L}\p{N}_.:/-]*)/gu;

/**
 * A text as a reader of the rendered report is shown it: character references decoded and tags taken off
 * (`qjs&#45;regexp&#45;1`, `<code>qjs-regexp-1</code>`, as an HTML-escaping report writer prints a name), and a name
 * wrapped whole in backquotes (a Markdown code span) read without them. Red team uh: the items were compared as
 * written, so neither `qjs-regexp-1` named them nor did `qjs-regexp-7` read as another item.
 */
/** An item as a reader is shown it (see `asShown`), for the messages that list it. */
export const itemAsShown = (item: string): string => asShown(item);
function asShown(text: string): string {
  const bare = CODE_SPAN.exec(text.trim())?.[1] ?? text;
  if (!SHOWN_HINT.test(bare)) return bare;
  const untagged = maskTagBrackets(bare).replace(TAG, '');
  return untagged.includes('&') ? decodeHtml(untagged) : untagged;
}
const SHOWN_HINT = /[&<]/u;
/** A tag, its name read to white space, `/` or `>` as HTML reads one (a `<` in it, drawn `‹` by maskTagBrackets, is the name's). */
const TAG = /<\/?[A-Za-z][^\t\n\f\r />]*(?:[\t\n\f\r /][^<>]*)?>/gu;
const CODE_SPAN = /^`([^`\s]+)`$/u;

/**
 * An item written as a sentence (a blocker `queue saturation unresolved at 2048 items`), not a name: words apart, and
 * not a name with its message after it (`ext-git-status: timeout after 30s`, named by its name).
 */
const sentence = (item: string): boolean => /\s/u.test(item.trim()) && messageHead(item) === undefined;
/** The words of a text that say something: names and numbers, less the words every sentence has. */
function wordsOf(text: string): Set<string> {
  return new Set((readable(text).match(NAME_TOKEN) ?? []).filter((w) => !FUNCTION_WORDS.has(w)));
}
/**
 * The words a waiver speaks, and the parts of the ones it joins (`phase-1 matrix` speaks of phase 1, `2048-item queue`
 * of 2048): a blocker's words written joined still describe it (review ra: a waiver speaking of both blockers so failed).
 * Only the waiver's side is parted; a blocker's own words are counted as written, so its share is never diluted.
 */
function spokenWordsOf(text: string): Set<string> {
  const words = wordsOf(text);
  for (const word of [...words]) {
    if (!JOINED.test(word)) continue;
    for (const part of word.split(JOINERS)) if (part !== '' && !FUNCTION_WORDS.has(part)) words.add(part);
  }
  return words;
}
const JOINED = /[-_.:/]/u;
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'is', 'are', 'was', 'were', 'be', 'been', 'not', 'no', 'and', 'or', 'with', 'from', 'as', 'it', 'its', 'this', 'that', 'until', 'still', 'yet']);
/**
 * How a waiver's words name an item written as a sentence, by the words they share with it (red team uh: the waiver
 * for one blocker covered the other): `surely` when they share half its words or more, three words at least (the
 * waiver speaks of that blocker); `wholly` when they share every word of one of fewer words (`queue saturated`);
 * `loosely` when they share two of its words and a third of them at least (a waiver speaking of every blocker in other
 * words), else `no`. Only `surely` says the waiver names items; `loosely` covers nothing once it does.
 */
function sentenceNamed(item: string, spoken: ReadonlySet<string>): 'surely' | 'wholly' | 'loosely' | 'no' {
  const own = wordsOf(item);
  if (own.size === 0) return 'no';
  let shared = 0;
  for (const w of own) if (spoken.has(w)) shared++;
  if (own.size >= 3 && shared * 2 >= own.size) return 'surely';
  if (shared === own.size) return 'wholly';
  return shared >= Math.min(2, own.size) && shared * 3 >= own.size ? 'loosely' : 'no';
}

/**
 * Whether the words speak of a blocker written as a sentence at another number than its own: a number of the blocker
 * the words never write, and in its place — against the same word of the blocker, on the same side (`at 2048 items`,
 * `at 4096 items`) — another number, none of its own (red team wv). A paraphrase without the number, or a stray number elsewhere (a
 * date, a duration: `until 2026-03-20`, `for 3 weeks`), says nothing of it; nor does its own number written away from
 * its place (`4096 items (not 2048)`).
 */
function atAnotherCount(item: string, prose: string): boolean {
  const own = sayingWords(item);
  if (!own.some((w) => isCount(w))) return false;
  const theirs = sayingWords(prose);
  const mine = new Set(own);
  const beside = (seq: readonly string[], k: number, step: number): string | undefined => {
    const w = seq[k + step];
    return w === undefined || isCount(w) ? undefined : w;
  };
  /** Whether `word` stands beside `seq[j]` on that side, one more word allowed between (`at 4096 queued items`). */
  const near = (seq: readonly string[], j: number, step: number, word: string): boolean =>
    beside(seq, j, step) === word || (beside(seq, j, step) !== undefined && beside(seq, j + step, step) === word);
  for (let k = 0; k < own.length; k++) {
    const n = own[k] as string;
    if (!isCount(n)) continue;
    const before = beside(own, k, -1);
    const after = beside(own, k, 1);
    // Its own count said where the blocker says it (`at 2048 items, 4096 after the upgrade`) speaks of it; written
    // elsewhere (`at 4096 items (not 2048)`) it is only mentioned, and the count in its place names another blocker.
    const saidInPlace = (w: string, j: number): boolean =>
      w === n && ((before === undefined && after === undefined) || (after !== undefined && near(theirs, j, 1, after)) || (before !== undefined && near(theirs, j, -1, before)));
    // Its own count in its place, multiplied or summed (`at twice 2048 items`, `at 2048 + 2048 items`), is another.
    if (runsInCountPlace(item, prose, n).some((run) => run.includes(n) && ownCountOtherwise(run, n))) return true;
    if (theirs.some(saidInPlace)) continue;
    if (runsInCountPlace(item, prose, n).some((run) => !run.includes(n) && unreadCount(run, n))) return true;
    for (let j = 0; j < theirs.length; j++) {
      // One of the blocker's own numbers is no other count (`stage 1 … stage 2`: the words' `stage 1` is its own).
      if (!isCount(theirs[j] as string) || mine.has(theirs[j] as string)) continue;
      if (after !== undefined && near(theirs, j, 1, after)) return true;
      // The word before alone: only where the number counts nothing else (`unresolved: 3 runners short` counts runners).
      if (before !== undefined && near(theirs, j, -1, before) && (after === undefined || beside(theirs, j, 1) === undefined)) return true;
    }
  }
  return false;
}

/**
 * The runs of words the text writes in the place of the blocker's count — between the word before it and the word
 * after it in the blocker, as written (`at … items`), with nothing but spaces between; a run is cut after the last
 * word before (`at peak load and queue saturation at 2048 items` writes `2048` in the place, not the words before it).
 */
function runsInCountPlace(item: string, prose: string, count: string): string[][] {
  const marked = (text: string): string => replaceCounts(readable(romanNumeralsAsDigits(text)).replace(/#/gu, ' '), countKey);
  const prosed = marked(prose);
  const runs: string[][] = [];
  for (const place of marked(item).matchAll(COUNT_PLACE)) {
    const [, before, at, after] = place as unknown as [string, string, string, string];
    if (at !== count) continue;
    const stem = after.length > 3 && after.endsWith('s') ? after.slice(0, -1) : after;
    const between = new RegExp(`(?<![\\p{L}\\p{N}])${escaped(before)}((?:[ \\t-]+(?:#\\?)?[^\\s,;:.!?()]+){1,${UNREAD_RUN_AT_MOST}}?)[ \\t-]+${escaped(stem)}s?(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of prosed.matchAll(between)) {
      const run = (m[1] as string).split(/[ \t-]+/u).filter((w) => w !== '');
      runs.push(run.slice(run.lastIndexOf(before) + 1));
    }
  }
  return runs;
}

/**
 * Red team xw (closed session 41), xd and wl (closed session 42): whether a run in the count's place with no count of
 * the blocker's is a count in words no list here reads: two words or more (`at fyra tusen nittiosex items`, `at patru
 * mii nouăzeci și șase items`), a word of a script other than Latin (`at 사천구십육 items`), a count read as words only
 * (`#?…`), a Roman numeral in small letters, or — fail-closed — one word a reader cannot read as English paraphrase
 * (`at kvarmil items`, `at dörtbin items`, `at fourthousand items`: `countPlaceParaphrase`). A count the engine cannot
 * read is another count, never the blocker's; `at peak items` is none. A run of read counts is left to the counts.
 */
function unreadCount(run: readonly string[], count: string): boolean {
  if (run.length === 0) return false;
  // Red team xd: a numeral in small letters in the count's place (`at mmmmxcvi items`) is the count it reads as.
  const small = run.length === 1 ? smallRomanNumeralValue(run[0] as string) : undefined;
  if (small !== undefined) return `#${small}` !== count;
  if (run.some((w) => w.startsWith('#?') || NOT_LATIN_LETTERS.test(w))) return true;
  if (run.length >= 2) return !run.every((w) => isCount(w));
  const word = run[0] as string;
  return !isCount(word) && !countPlaceParaphrase(word);
}

/**
 * Red team xd (closed session 42): whether a run holding the blocker's own count in its place writes another count with
 * it: the count twice or with another (`2048 + 2048`, `2048 x 2`), or a word that is no qualifier of a count or of its
 * items (`twice 2048`, `double the 2048`, `2048 doubled`). Qualifiers (`nearly 2048`, `up to 2048`, `~2048`, `2048+`,
 * `2048 queued`) and the words every sentence has leave it the blocker's count.
 */
function ownCountOtherwise(run: readonly string[], count: string): boolean {
  let own = 0;
  for (const word of run) {
    if (word === count) own++;
    else if (isCount(word) || NEGATIONS.has(word) || countChange().test(word) || !(FUNCTION_WORDS.has(word) || countPlaceParaphrase(word))) return true;
  }
  return own > 1;
}
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'and', 'or']);

/**
 * Whether one word in a count's place reads as English paraphrase, not a count: a word of `COUNT_PLACE_PARAPHRASE_WORDS`
 * (`peak`, `max`, `nearly`), or an English word of five letters or more that its ending marks as a participle, a
 * comparative or an adjective (`queued`, `pending`, `larger`, `heaviest`, `unfinished`), no arithmetic (`doubled`) and
 * no number word joined to another (`fourhundred`, `twentyfive`, `hatvier`: a number word ending as English words do).
 * Letters of English only: `dörtbin` is none.
 */
function countPlaceParaphrase(word: string): boolean {
  if (countPlaceWords().has(word)) return true;
  return /^[a-z]{5,}$/u.test(word) && ENGLISH_ENDING.test(word) && !countArithmetic().test(word) && !numberWordLast().test(word) && !numberWordsUnderAnEnding(word);
}
const ENGLISH_ENDING = /(?:ed|ing|er|est|ly|ous|ive|ful|less|able|ible)$/u;

/**
 * Red team xw (closed session 42): whether a word with an English ending is number words under it — one that is no
 * word of prose, or two or more joined (`thousander`, `tausender`, `zweitausender`, `fourthousanded`, `twentied`,
 * `sixteened`, `tenfolded`): the ending made a count read as a participle or a comparative. Stems are tried as English
 * spells them before an ending (`fived` of `five`, `twentied` of `twenty`, `tenned` of `ten`), and an ending on an ending
 * (`thousandering`). A number word that is also prose alone under an ending (`fired`, `hated`) stays paraphrase.
 */
function numberWordsUnderAnEnding(word: string): boolean {
  let rest = word;
  for (let endings = 0; endings < 2; endings++) {
    const ending = ENGLISH_ENDING.exec(rest);
    if (ending === null || ending.index < 2) return false;
    rest = rest.slice(0, ending.index);
    // English drops an `e` before the ending (`fived`), writes a `y` as `i` (`twentied`) and doubles a last consonant (`tenned`).
    const doubled = /(.)\1$/u.test(rest);
    for (const stem of new Set(doubled ? [rest, rest.slice(0, -1)] : [rest, `${rest}e`, rest.replace(/i$/u, 'y')])) {
      const { parts, plain } = numberWordParts(stem);
      if ((parts > 1 && plain > 0) || (parts === 1 && plain === 1 && numberStems().words.has(stem))) return true;
    }
  }
  return false;
}
/**
 * How many number words (and `COUNT_MULTIPLIER_PARTS`) a stem is wholly written with, joins between them not counted,
 * and how many of them are number words that are no word of prose (`four`, `tausend`; not `ti`, `ni`, `fold`): a stem of
 * prose words alone (`tiniest`'s `ti ni`) is prose. Zero parts when it is no such run.
 */
function numberWordParts(stem: string): { parts: number; plain: number } {
  const { words, joins, prose, longest } = numberStems();
  // For each prefix, the reading with the most plain number words and, of those, the most parts (`millionsei` is
  // million + sei, not millions + the joins e and i).
  const best: ({ parts: number; plain: number } | undefined)[] = [{ parts: 0, plain: 0 }];
  for (let end = 1; end <= stem.length; end++) {
    let here: { parts: number; plain: number } | undefined;
    for (let start = Math.max(0, end - longest); start < end; start++) {
      const before = best[start];
      if (before === undefined) continue;
      const piece = stem.slice(start, end);
      const next = words.has(piece) ? { parts: before.parts + 1, plain: before.plain + (prose.has(piece) ? 0 : 1) } : joins.has(piece) && start > 0 ? before : undefined;
      if (next !== undefined && (here === undefined || next.plain > here.plain || (next.plain === here.plain && next.parts > here.parts))) here = next;
    }
    best.push(here);
  }
  return best[stem.length] ?? { parts: 0, plain: 0 };
}
const numberStems = lazy(() => {
  const words = new Set([...englishNumberWords(), ...OTHER_LANGUAGE_NUMBER_WORDS, ...MORE_NUMBER_WORDS, ...COUNT_MULTIPLIER_PARTS].filter((w) => /^[a-z]+$/u.test(w)));
  return {
    words,
    joins: new Set(OTHER_LANGUAGE_NUMBER_JOINS),
    prose: new Set([...OTHER_LANGUAGE_NUMBER_WORDS_ALSO_PROSE, ...COUNT_MULTIPLIER_PARTS]),
    longest: Math.max(...[...words].map((w) => w.length)),
  };
});
const countPlaceWords = lazy(() => new Set(COUNT_PLACE_PARAPHRASE_WORDS));
const countArithmetic = lazy(() => new RegExp(`^(?:${COUNT_ARITHMETIC_STEMS.join('|')})`, 'u'));
/** Beside the blocker's own count, a verb that grows or parts it (`at 2048 increased items`) writes another count. */
const countChange = lazy(() => new RegExp(`^(?:${COUNT_CHANGE_STEMS.join('|')})`, 'u'));
/** The number words of every list that end as English words do (`hundred`, `five`, `vier`), last in a word. */
const numberWordLast = lazy(() => {
  const endings = [...englishNumberWords(), ...OTHER_LANGUAGE_NUMBER_WORDS].filter((w) => /^[a-z]{3,}$/u.test(w) && ENGLISH_ENDING.test(w));
  return new RegExp(`(?:${endings.join('|')})$`, 'u');
});
/** A count the blocker writes with a word on each side (`at #2048 items`): the place a waiver writes its count in. */
const COUNT_PLACE = /(?<![\p{L}\p{N}])(\p{L}+) +(#[^\s]+) +(\p{L}+)/gu;
const escaped = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const UNREAD_RUN_AT_MOST = 8;
const NOT_LATIN_LETTERS = /^(?:(?!\p{Script=Latin})\p{L}|\p{M})+$/u;
/** A count as `sayingWords` writes it: `#` and its one reading, or `#~` and its readings (`#~2000|2048` for `2k`). */
const isCount = (word: string): boolean => word.startsWith('#');
/**
 * One key per count a reader reads alike: a count every reader reads as one number is that number however it is spelt
 * (`2048`, `2,048`, `0x800`, `2^11`, `two thousand and forty-eight`); one read two ways (`2k`: 2000, or 2048 to some)
 * keys its readings, so it is the same count only as another spelling read those same two ways. Fail-closed: `2k`
 * beside a blocker at 2048 (or at 2000) is another count, since one reading says so; write the count the report
 * writes and the waiver names it.
 */
const countKey = (readings: readonly number[], unread?: string): string => (readings.length === 0 ? `#?${unread ?? ''}` : readings.length === 1 ? `#${readings[0]}` : `#~${readings.join('|')}`);
const DATE_TOKEN = /^\p{N}{4}-\p{N}{1,2}-\p{N}{1,2}(?:[tT].*)?$/u;
/**
 * The words of a text in order, less the words every sentence has; joined words parted (not a date), plurals made one,
 * and every count in the notation it is written in read as its number (`4k`, `0x1000`, `four thousand ninety-six`:
 * src/util/count-spellings.ts), so a count another notation writes is compared by what it counts.
 */
function sayingWords(text: string): string[] {
  const out: string[] = [];
  // A `#` the text writes (`see #12`) is no count's mark: only the counts read here are.
  for (const token of replaceCounts(readable(romanNumeralsAsDigits(text)).replace(/#/gu, ' '), countKey).match(SAYING_TOKEN) ?? []) {
    const parts = !isCount(token) && JOINED.test(token) && !DATE_TOKEN.test(token) ? token.split(JOINERS) : [token];
    for (const part of parts) {
      if (part === '' || FUNCTION_WORDS.has(part)) continue;
      // A number a name holds (`x86_64`, `1-2`, `v1.2`) is read as the digits it is.
      if (PLAIN_NUMBER.test(part)) out.push(countKey([Number(part)]));
      else out.push(part.length > 3 && /\p{L}s$/u.test(part) ? part.slice(0, -1) : part);
    }
  }
  return out;
}
const PLAIN_NUMBER = /^\d+$/u;

/**
 * The name a failure message starts with (`ext-git-status: timeout after 30s`, `[ext-fs-watch] crash`,
 * `ext-fs-watch - crash`), when it is a name prose does not write by chance (a joiner, or letters with digits): a
 * report listing its failures as messages names each item first (red team uh).
 */
function messageHead(item: string): string | undefined {
  const m = MESSAGE_HEAD.exec(item.trim());
  const head = m?.[1] ?? m?.[2];
  return head !== undefined && compound(head) ? head : undefined;
}
const MESSAGE_HEAD = /^(?:\[([^\s\]]+)\]|([^\s:[\]]+)(?::\d+)*(?::|\s+[-\u2013\u2014]))\s+\S/u;
/** A name with a joiner or a path in it, or letters with digits: never a word of prose by chance. */
const compound = (name: string): boolean => /[-_.:/]/u.test(name) || (/\p{L}/u.test(name) && /\p{N}/u.test(name));

/**
 * An item whose name prose does not write by chance: one with a joiner or a path in it (`qjs-regexp-1`, `net.close`,
 * `tests/io.rs`), letters with digits (`t42`), or a plain word of five letters or more (`parser`). A number or a short
 * word (`1`, `a`, `test`) named by a waiver is taken as named, but naming only such items names nothing.
 */
function distinctive(item: string): boolean {
  const it = readable(item).trim();
  if (/[-_.:/]/u.test(it) || (/\p{L}/u.test(it) && /\p{N}/u.test(it))) return true;
  return /^\p{L}+$/u.test(it) && [...it].length >= 5;
}

/** How the failures a check could not list by name are shown among the items a waiver leaves out. */
const unlistedItems = (more: number): string => `${more} more failure${more === 1 ? '' : 's'} the evidence does not list by name`;

/**
 * An item and a waiver's words as a reader compares them: case, width (NFKC), hyphens and the separator of a Windows
 * path are how a name is written, not another name. Invisible characters are left in an item (a regression written
 * `qjs-regexp-1\u200b` beside the accepted `qjs-regexp-1` is another item, named by nobody) and taken out of the
 * waiver's words (a name the owner typed with one in it still names it).
 */
const readable = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\\/g, '/').replace(HYPHENS, '-');
/**
 * The hyphens a word processor or a chat client puts for `-` (U+2010–U+2013, the minus sign, the hyphen bullet): a name
 * written with them is the same name (red team uh: `qjs‐regexp‐2` read as three words and named nothing). The em dash
 * and the horizontal bar part clauses, not names.
 */
const HYPHENS = /[\u2010-\u2013\u2043\u2212]/gu;
const INVISIBLE = /[\p{Cf}]/gu;

/**
 * The names an item goes by: a file is named by its path, its file name, or its stem (`benches/startup_latency.rs`,
 * `startup_latency.rs`, `startup_latency`), as a suite list or a reviewer writes it. Only a path, or a name with one
 * short extension (`retry_budget.rs`), is a file: `qjs-regexp-1.2` or `net.socket.close` is an item of its own, never
 * named by `qjs-regexp-1` or `net.socket`. A stem of one or two characters names nothing on its own.
 */
function namesOf(item: string): string[] {
  const head = messageHead(item);
  if (head !== undefined) return [item, ...namesOf(head)];
  const slash = item.lastIndexOf('/');
  const base = item.slice(slash + 1);
  if (slash < 0 && !FILE_NAME.test(base)) return [item];
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 && EXTENSION.test(base.slice(dot + 1)) ? base.slice(0, dot) : base;
  return [...new Set([item, base, stem])].filter((name) => name === item || name.length > 2);
}
const FILE_NAME = /^[^./\s]+\.[a-z]{1,4}$/u;
const EXTENSION = /^[\p{L}][\p{L}\p{N}]{0,9}$/u;

/**
 * The names each item goes by (`namesOf`), less the ones it shares with another failing item: a stem or file name two
 * failing files share (`lib` of `src/lib.rs` and `tests/lib.rs`, `mod.rs`) names neither, since nobody can tell which
 * of them a waiver writing it accepted. An item is always named by its own full name.
 */
function itemNames(items: readonly string[]): Map<string, string[]> {
  const all = items.map((item) => [item, namesOf(readable(item))] as const);
  const owners = new Map<string, number>();
  for (const [, names] of all) for (const name of names) owners.set(name, (owners.get(name) ?? 0) + 1);
  return new Map(all.map(([item, names]) => [item, names.filter((name, i) => i === 0 || owners.get(name) === 1)]));
}

/**
 * Whether the words write a name that looks like an item's without being one of the failing items' names — the waiver
 * was granted for that one: a name that reads as an item's once look-alike letters, width, invisible characters,
 * joiners and leading zeros are set aside (`qjs-regеxp-1`, `qjs_regexp_01`); a sibling of an item, all its parts but
 * one the same (`qjs-regexp-2` beside `qjs-regexp-1`, `tests/io.rs` beside `tests/lib.rs`); a name of an item's family
 * and shape, three parts or more with a number in it (`qjs-array-12` beside `qjs-regexp-1`); a path in a failing file's
 * folder with its extension (`tests/retry_budget.rs` beside `tests/lib.rs`); a name failing items share (`lib`). Prose,
 * tracking ids (`bd-12`, `CVE-2024-1234`), versions (`v1.2`, `UTF-8`), web addresses, files at the top or in another
 * folder, and names of another shape (`net-socket-close` beside `qjs-regexp-1`: left open, prose writes such
 * compounds) are no item's look-alike.
 */
function lookAlikes(words: string, cased: string, items: readonly string[], names: ReadonlyMap<string, readonly string[]>): boolean {
  const own = new Set([...names.values()].flat());
  const shared = new Set(items.flatMap((item) => namesOf(readable(item))).filter((name) => !own.has(name)));
  const distinct = items.filter((item) => distinctive(item) && !sentence(item));
  const distinctNames = distinct.flatMap((item) => names.get(item) ?? []);
  const likeness = itemLikeness([...distinctNames, ...distinct.flatMap(camelParts)], distinct.map(readable));
  const prose = words.replace(ADDRESS, ' ');
  for (const m of prose.matchAll(NAME_TOKEN)) {
    const token = m[0];
    if (own.has(token)) continue;
    if (shared.has(token)) return true;
    if (distinctive(token) && (likeness(token) || distinctNames.some((name) => holdsName(token, name)))) return true;
    if (saidToFail(prose, (m.index ?? 0) + token.length) && distinctNames.some((name) => sameBuild(token, name))) return true;
  }
  // Names written in camel case (`qjsRegexp2`) or with spaces for their joiners (`qjs regexp 3`) are the same names.
  for (const token of cased.replace(ADDRESS, ' ').match(NAME_TOKEN) ?? []) {
    for (const parts of camelParts(token)) if (!own.has(readable(token)) && likeness(parts)) return true;
  }
  return spacedLookAlike(prose, distinctNames) || placeholderSibling(words, distinctNames);
}

/**
 * Whether the words write a failing item's name with a placeholder for its last part (`qjs-regexp-<N>`,
 * `qjs-regexp-{id}`, `qjs-regexp-$ID`, `qjs-regexp-%d`, `qjs-regexp-#`, `qjs-regexp-…`): a template nobody filled in,
 * which names no item and says the waiver was granted for one (attack, session 32: such a waiver covered every item).
 */
function placeholderSibling(words: string, names: readonly string[]): boolean {
  if (!PLACEHOLDER_HINT.test(words)) return false;
  for (const name of names) {
    const cut = Math.max(name.lastIndexOf('-'), name.lastIndexOf('_'), name.lastIndexOf('.'), name.lastIndexOf('/'), name.lastIndexOf(':'));
    if (cut <= 0) continue;
    const stem = name.slice(0, cut + 1);
    for (let at = words.indexOf(stem); at >= 0; at = words.indexOf(stem, at + 1)) {
      if (NAME_GOES_ON.test(words.slice(Math.max(0, at - 2), at))) continue;
      if (PLACEHOLDER_PART.test(words.slice(at + stem.length, at + stem.length + 24))) return true;
    }
  }
  return false;
}
const PLACEHOLDER_HINT = /[<{$%#?…_]|\.\.\./u;
const PLACEHOLDER_PART = /^(?:<[^<>\s]{1,20}>|\{\{?[^{}\s,]{1,20}\}?\}|\$\{?[\p{L}_][\p{L}\p{N}_]*\}?|%[a-z]|#+|\?+|…|\.\.\.|_+)(?![\p{L}\p{N}])/u;
/** A web address names a page (an issue, a commit, upstream source), never an item of this run. */
const ADDRESS = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>"'`)\]]+/giu;
/** A name as prose writes one: letters, digits and marks, joined by `-`, `_`, `.`, `:` or `/` (never ending in one). */
const NAME_TOKEN_SOURCE = String.raw`[\p{L}\p{N}_][\p{L}\p{N}\p{M}_]*(?:[-.:/][\p{L}\p{N}_][\p{L}\p{N}\p{M}_]*)*`;
const NAME_TOKEN = new RegExp(NAME_TOKEN_SOURCE, 'gu');
/** A count `sayingWords` read (`#4096`), else a name. */
const SAYING_TOKEN = new RegExp(`#[^\\s#]+|${NAME_TOKEN_SOURCE}`, 'gu');

/**
 * Whether a name the words write holds a failing item's name and goes on past it as a longer name does (red team uh:
 * `qjs-regexp-1a`, `qjs-regexp-1_old`, `qjs-regexp-1-b`, `qjs-regexp-1.2`, `old-qjs-regexp-1`): another item, whose name
 * begins or ends with the failing one's, as `qjs-regexp-10` is. A name goes on past a letter after a digit (or a digit
 * after a letter), an underscore or a hyphen and a part, or a dot and a digit; not past a file's extension
 * (`qjs-regexp-1.js`), a line (`io.rs:42`), a folder (`qjs-regexp-1/repro.js`) or a letter after a letter
 * (`ext-git-statuses` is how prose bends a word).
 */
function holdsName(token: string, name: string): boolean {
  if (token.length <= name.length || !compound(name)) return false;
  for (let at = token.indexOf(name); at >= 0; at = token.indexOf(name, at + 1)) {
    const before = token.slice(0, at);
    const after = token.slice(at + name.length);
    const onBefore = before === '' || goesOnBefore(before, name);
    const onAfter = after === '' || goesOnAfter(after, name);
    if (onBefore && onAfter) return true;
  }
  return false;
}
const goesOnAfter = (after: string, name: string): boolean => /^[-_][\p{L}\p{N}]|^\.\p{N}/u.test(after) || otherKind(name.at(-1) ?? '', after[0] ?? '');
const goesOnBefore = (before: string, name: string): boolean => /[\p{L}\p{N}][-_]$/u.test(before) || otherKind(before.at(-1) ?? '', name[0] ?? '');
/** A letter beside a digit: two runs of one name (`1a`, `v2`), never an inflection (`statuses`). */
const otherKind = (a: string, b: string): boolean => (/\p{L}/u.test(a) && /\p{N}/u.test(b)) || (/\p{N}/u.test(a) && /\p{L}/u.test(b));

/**
 * Whether the words after a name say it fails (`net-socket-close fails`, `… is flaky`, `… times out`): the waiver says
 * what it was granted for. Red team: a waiver saying `net-socket-close fails` beside a failing `qjs-regexp-1` covered it.
 * `… fails to land` says what a change did not do, not that a case fails.
 */
const saidToFail = (words: string, end: number): boolean => SAID_TO_FAIL.test(words.slice(end, end + 40));
const SAID_TO_FAIL = /^[`"')\]*]*\s+(?:(?:is|are|still|now|also)\s+)?(?:fail|fails|failed|failing|broken|breaks|broke|crash|crashes|crashed|crashing|hangs|hung|hanging|flaky|flakes|flaked|panics|panicked|errors|errored|regressed|regresses|times\s+out|timed\s+out|timing\s+out)\b(?!\s+to\b)/u;
/**
 * Whether a name is built as a failing item's is, three parts or more joined by the same joiners (`net-socket-close`
 * beside `qjs-regexp-1`), none a word prose joins its compounds with (`out-of-memory`, `follow-up-work`).
 */
function sameBuild(token: string, name: string): boolean {
  const runs = runsOf(token);
  const parts = runs.filter(isWordRun);
  if (parts.length < 3 || parts.some((p) => COMPOUND_PARTICLES.has(p))) return false;
  return buildOf(runs) === buildOf(runsOf(name));
}
const buildOf = (runs: readonly string[]): string => runs.map((run) => (isWordRun(run) ? 'w' : run)).join('');
const COMPOUND_PARTICLES: ReadonlySet<string> = new Set([...FUNCTION_WORDS, 'up', 'down', 'out', 'off', 'over', 'so', 'per', 'via', 'non', 'all', 'well', 'self', 'like']);

/** A name written in camel case as the parts it joins (`qjsRegexp2` → `qjs-regexp-2`); none for a name without a hump. */
const camelParts = (name: string): string[] => (CAMEL_HUMP.test(name) ? [readable(name.replace(CAMEL_CUT, '$&-'))] : []);
const CAMEL_HUMP = /\p{Ll}\p{Lu}/u;
const CAMEL_CUT = /\p{Ll}(?=\p{Lu})|\p{L}(?=\p{N})|\p{N}(?=\p{L})/gu;

/**
 * Whether the words write a numbered item's name with spaces for its joiners, as itself or a sibling numbered otherwise
 * (`qjs regexp 3` beside `qjs-regexp-1`). Only a name of three parts or more with a number: `phase 2` is prose.
 */
function spacedLookAlike(words: string, names: readonly string[]): boolean {
  const keys = new Set<string>();
  const lengths = new Set<number>();
  for (const name of names) {
    const parts = joinedParts(name);
    if (parts.length < 3 || !parts.some((p) => /^\p{N}+$/u.test(p)) || !parts.some((p) => /\p{L}/u.test(p))) continue;
    keys.add(numberOpen(parts));
    lengths.add(parts.length);
  }
  if (keys.size === 0) return false;
  for (const run of words.match(SPACED_WORDS) ?? []) {
    const spaced = run.split(/[ \t]+/u);
    for (const n of lengths) {
      for (let i = 0; i + n <= spaced.length; i++) {
        const parts = joinedParts(spaced.slice(i, i + n).join('-'));
        if (parts.some((p) => /^\p{N}+$/u.test(p)) && keys.has(numberOpen(parts))) return true;
      }
    }
  }
  return false;
}
/** A name's parts between its joiners, leading zeros gone (`qjs_regexp_01` → qjs, regexp, 1); digits kept as digits. */
const joinedParts = (name: string): string[] => name.replace(LEADING_ZEROS, '').split(JOINERS);
const numberOpen = (parts: readonly string[]): string => parts.map((p) => (/^\p{N}+$/u.test(p) ? '#' : p)).join('-');
const SPACED_WORDS = /[\p{L}\p{N}]+(?:[ \t]+[\p{L}\p{N}]+)+/gu;

/** The test `lookAlikes` puts to each name the words write, built once over the failing items' names. */
function itemLikeness(names: readonly string[], paths: readonly string[]): (token: string) => boolean {
  const skeletons = new Set(names.map(skeleton));
  const siblings = new Set(names.flatMap(siblingKeys));
  const shapes = new Set(names.filter(numberedShape).map(shapeOf));
  // A folder is read from an item as written: `index.js`, the file name of `lib/index.js`, is in no folder of its own.
  const folders = new Set(paths.map(fileFolder).filter((e): e is string => e !== undefined));
  return (token) =>
    skeletons.has(skeleton(token)) ||
    siblingKeys(token).some((key) => siblings.has(key)) ||
    (numberedShape(token) && shapes.has(shapeOf(token))) ||
    folders.has(fileFolder(token) ?? '');
}
/** A name as it looks: look-alike letters and digits read as the ones they are drawn as, joiners and leading zeros gone. */
const skeleton = (name: string): string =>
  name
    .replace(INVISIBLE, '')
    .replace(LEADING_ZEROS, '')
    .split(JOINERS)
    .map((part) => foldString(part).replace(/[^\p{L}\p{N}]/gu, ''))
    .join('-');
/** Joiners are one another's look-alikes (`qjs_regexp_1`, `qjs.regexp.1`), but a joiner is never nothing (`time-out` is not `timeout`). */
const JOINERS = /[-_.:/]+/u;
const LEADING_ZEROS = /(?<!\p{N})0+(?=\p{N})/gu;
/** A name's runs: of letters, of digits, of anything else (its joiners). */
const runsOf = (name: string): string[] => name.match(/[\p{L}\p{M}]+|\p{N}+|[^\p{L}\p{M}\p{N}]+/gu) ?? [];
const isWordRun = (run: string): boolean => /^[\p{L}\p{N}]/u.test(run);
const runClass = (run: string): string => (/^\p{N}/u.test(run) ? '9' : isWordRun(run) ? 'a' : run);
/** One key per part of a name of three parts or more, that part left open to any of its kind: siblings share a key. */
function siblingKeys(name: string): string[] {
  const runs = runsOf(name);
  const parts = runs.map((run, i) => (isWordRun(run) ? i : -1)).filter((i) => i >= 0);
  if (parts.length < 3) return [];
  return parts.map((at) => runs.map((run, i) => (i === at ? `\u0000${runClass(run)}` : run)).join('\u0001'));
}
/** A numbered name's shape and family: its first part, then the kind of each part (`qjs-regexp-1` → `qjs-a-9`). */
const shapeOf = (name: string): string => runsOf(name).map((run, i) => (i === 0 ? run : runClass(run))).join('');
/** A shape prose does not write by chance: three parts or more, one a number (`qjs-regexp-1`, not `out-of-memory` or `UTF-8`). */
function numberedShape(name: string): boolean {
  const parts = runsOf(name).filter(isWordRun);
  return parts.length >= 3 && parts.some((run) => /^\p{N}/u.test(run)) && parts.some((run) => !/^\p{N}/u.test(run));
}
/** Where a file is and what kind it is (its folder and extension), or undefined for a name that is no file. */
function fileFolder(name: string): string | undefined {
  const extension = fileExtension(name);
  const path = name.replace(/^(?:\.\/)+/u, '');
  // A repository's top holds files of every purpose (`README.md` beside `CODE_OF_CONDUCT.md`): only a folder says kind.
  const folder = path.slice(0, Math.max(0, path.lastIndexOf('/')));
  return extension === undefined || folder === '' ? undefined : `${folder}\u0000${extension}`;
}
/** The extension of a name that is a file (a path, or a name with one short extension), or undefined. */
function fileExtension(name: string): string | undefined {
  const base = name.slice(name.lastIndexOf('/') + 1);
  if (!name.includes('/') && !FILE_NAME.test(base)) return undefined;
  const dot = base.lastIndexOf('.');
  return dot > 0 && EXTENSION.test(base.slice(dot + 1)) ? base.slice(dot + 1) : undefined;
}

/**
 * `item` in `words` as a whole word: not inside a longer name, neither one it begins (`qjs-regexp-10` does not name
 * `qjs-regexp-1`) nor one it ends (`qjs-regexp-1` does not name `regexp-1`, `suite-a/case` does not name `suite-b/case`).
 */
function namedAsWord(words: string, item: string): boolean {
  if (item === '') return false;
  for (let at = words.indexOf(item); at >= 0; at = words.indexOf(item, at + 1)) {
    const before = words.slice(Math.max(0, at - 2), at);
    const after = words.slice(at + item.length, at + item.length + 2);
    if (!NAME_GOES_ON.test(before) && !NAME_CONTINUES.test(after)) return true;
  }
  return false;
}
/** Before an item, a letter or digit, or one followed by a joiner, makes it the end of a longer name (`qjs-`, `a/`). */
const NAME_GOES_ON = /(?:[\p{L}\p{N}_]|[\p{L}\p{N}_][-.:/])$/u;
/**
 * After an item, a letter or digit, or a joiner followed by one, makes it part of a longer name (`-10`, `.2`, `::x`); a
 * combining mark left after NFKC draws another character over its last one (`qjs-regexp-7\u0338`, `7\u20e0`).
 */
const NAME_CONTINUES = /^(?:[\p{L}\p{N}_\p{M}]|[-.:/][\p{L}\p{N}_])/u;
const STARRED_WORD = /[\p{L}\p{N}_.:/-]*\*[\p{L}\p{N}_.:/*-]*/gu;

/**
 * The globs a waiver's words write (`qjs-regexp-*`). A star alone (a list's bullet) names nothing, and stars around a
 * word are Markdown's emphasis (`*qjs-regexp-1*`, `**net-socket-close**`), naming the word they surround — never
 * every item that holds it (`qjs-regexp-10`).
 */
function starPatterns(words: string): RegExp[] {
  const globs: RegExp[] = [];
  for (const word of words.match(STARRED_WORD) ?? []) {
    if (!/[\p{L}\p{N}]/u.test(word) || EMPHASIS.test(word) || !word.replace(STARS_INSIDE_A_WORD, '').includes('*')) continue;
    globs.push(starPattern(word));
  }
  for (const word of words.match(WILDCARD_WORD) ?? []) {
    const pattern = wildcardPattern(word);
    if (pattern !== undefined) globs.push(pattern);
  }
  return globs;
}
/**
 * A name written with the wildcards of a regular expression or of SQL's LIKE instead of a star (red team tw:
 * `qjs-regexp-.+`, `qjs-regexp-%`, `qjs-regexp-[12]`, `qjs-regexp-\d+`): it names the items it matches, as `qjs-regexp-*`
 * does. Read as written nothing matched it, so the waiver named no item and covered every failure, an unrelated
 * `socket-close-9` beside the regexp cases included. A `%` after a digit is a percentage (`5%`), not a wildcard.
 */
// The words are read with a backslash as a slash (`readable`): `\d+` arrives as `/d+`.
const WILDCARD_WORD = /[\p{L}\p{N}_.:/-]*?(?:(?<!\p{N})%|\.\+|\/d[+*]|\[[\p{L}\p{N}-]+\][+*]?)[\p{L}\p{N}_.:/%[\]+*-]*/gu;
const WILDCARD_PART = /(\.\*|\.\+|\*|%|\/d[+*]|\[[\p{L}\p{N}-]+\][+*]?)/u;
function wildcardPattern(word: string): RegExp | undefined {
  let source = '';
  for (const [i, part] of word.split(WILDCARD_PART).entries()) {
    if (i % 2 === 0) {
      source += escapeRegExp(part);
      continue;
    }
    if (part === '.*' || part === '*' || part === '%') source += '.*';
    else if (part === '.+') source += '.+';
    else if (part.startsWith('/d')) source += `\\p{N}${part.slice(2)}`;
    else source += part;
  }
  if (!/[\p{L}\p{N}]/u.test(word.replace(new RegExp(WILDCARD_PART.source, 'gu'), ''))) return undefined;
  try {
    return new RegExp(`^${source}$`, 'u');
  } catch {
    return undefined;
  }
}
/**
 * A word wrapped in as many stars on each side, with none inside: emphasis, not a glob; so are stars paired around a
 * part inside a word (`qjs-regexp-*7*` shows qjs-regexp-7 to a reader, never every item ending in 7).
 */
const EMPHASIS = /^(\*{1,3})[^*]+\1$/u;
function starPattern(word: string): RegExp {
  // `.*` is a regular expression's star (`qjs-regexp-.*`); read as a glob's dot then star it would match a subset of that.
  return new RegExp(`^${word.replace(/\.\*/gu, '*').split('*').map(escapeRegExp).join('.*')}$`, 'u');
}
