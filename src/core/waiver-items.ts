import type { CheckResult } from './types.js';
import { foldString } from '../text/fold.js';
import { escapeRegExp } from '../util/regexp-escape.js';

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
  if (items.length === 0) return [];
  const words = readable(waiverWords).replace(INVISIBLE, '');
  const patterns = starPatterns(words);
  const names = itemNames(items);
  const named = (item: string): boolean => (names.get(item) ?? []).some((name) => namedAsWord(words, name) || patterns.some((p) => p.test(name)));
  const unnamed = items.filter((item) => !named(item));
  // Only a name prose does not write by chance says which items the waiver accepts: a reason reading "a flaky run, 1
  // of 3" names none of the items `a`, `1` and `3`. A name that only looks like an item's says it was granted for another.
  if (!items.some((item) => distinctive(item) && named(item)) && !lookAlikes(words, items, names)) return [];
  // A failing check that lists no item at all (another report, another kind of finding) is a failure nobody named either.
  const more = failing.reduce((sum, c) => sum + (c.failing_more ?? 0) + (c.status === 'fail' && (c.failing ?? []).length === 0 ? 1 : 0), 0);
  return more > 0 ? [...unnamed, unlistedItems(more)] : unnamed;
}

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
function lookAlikes(words: string, items: readonly string[], names: ReadonlyMap<string, readonly string[]>): boolean {
  const own = new Set([...names.values()].flat());
  const shared = new Set(items.flatMap((item) => namesOf(readable(item))).filter((name) => !own.has(name)));
  const distinct = items.filter(distinctive);
  const likeness = itemLikeness(distinct.flatMap((item) => names.get(item) ?? []), distinct.map(readable));
  for (const token of words.replace(ADDRESS, ' ').match(NAME_TOKEN) ?? []) {
    if (own.has(token)) continue;
    if (shared.has(token)) return true;
    if (distinctive(token) && likeness(token)) return true;
  }
  return false;
}
/** A web address names a page (an issue, a commit, upstream source), never an item of this run. */
const ADDRESS = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>"'`)\]]+/giu;
/** A name as prose writes one: letters, digits and marks, joined by `-`, `_`, `.`, `:` or `/` (never ending in one). */
const NAME_TOKEN = /[\p{L}\p{N}_][\p{L}\p{N}\p{M}_]*(?:[-.:/][\p{L}\p{N}_][\p{L}\p{N}\p{M}_]*)*/gu;

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
/** After an item, a letter or digit, or a joiner followed by one, makes it part of a longer name (`-10`, `.2`, `::x`). */
const NAME_CONTINUES = /^(?:[\p{L}\p{N}_]|[-.:/][\p{L}\p{N}_])/u;
const STARRED_WORD = /[\p{L}\p{N}_.:/-]*\*[\p{L}\p{N}_.:/*-]*/gu;

/**
 * The globs a waiver's words write (`qjs-regexp-*`). A star alone (a list's bullet) names nothing, and stars around a
 * word are Markdown's emphasis (`*qjs-regexp-1*`, `**net-socket-close**`), naming the word they surround — never
 * every item that holds it (`qjs-regexp-10`).
 */
function starPatterns(words: string): RegExp[] {
  const globs: RegExp[] = [];
  for (const word of words.match(STARRED_WORD) ?? []) {
    if (!/[\p{L}\p{N}]/u.test(word) || EMPHASIS.test(word)) continue;
    globs.push(starPattern(word));
  }
  return globs;
}
/** A word wrapped in as many stars on each side, with none inside: emphasis, not a glob. */
const EMPHASIS = /^(\*{1,3})[^*]+\1$/u;
function starPattern(word: string): RegExp {
  return new RegExp(`^${word.split('*').map(escapeRegExp).join('.*')}$`, 'u');
}
