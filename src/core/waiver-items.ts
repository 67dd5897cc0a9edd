import type { CheckResult } from './types.js';

/**
 * The items a gate's failure lists (its checks' `failing`) that a waiver's words do not name, when they name at least
 * one: a waiver granted "for qjs-regexp-1 and qjs-regexp-2" covers those two, never a regression that lands beside them
 * while it is in force. A waiver that names none of the items says nothing of which it accepts and covers the failure
 * as a whole, as before items were listed. A word with `*` names every item it matches (`qjs-regexp-*`). Failures a
 * check could not list by name (`failing_more`: entries past the cap, entries without a name, failures the evidence
 * shows elsewhere, a failing check that lists no item) are never named: a waiver that names items does not cover what nobody could read.
 */
export function itemsNotNamed(checks: readonly CheckResult[], waiverWords: string): string[] {
  const failing = checks.filter((c) => c.status !== 'pass');
  const items = [...new Set(failing.flatMap((c) => c.failing ?? []))];
  if (items.length === 0) return [];
  const words = readable(waiverWords).replace(INVISIBLE, '');
  const patterns = starPatterns(words);
  const named = (item: string): boolean => namesOf(readable(item)).some((name) => namedAsWord(words, name) || patterns.some((p) => p.test(name)));
  const unnamed = items.filter((item) => !named(item));
  // Only a name prose does not write by chance says which items the waiver accepts: a reason reading "a flaky run, 1
  // of 3" names none of the items `a`, `1` and `3`.
  if (!items.some((item) => distinctive(item) && named(item))) return [];
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
export const unlistedItems = (more: number): string => `${more} more failure${more === 1 ? '' : 's'} the evidence does not list by name`;

/**
 * An item and a waiver's words as a reader compares them: case, width (NFKC) and the separator of a Windows path are
 * how a name is written, not another name. Invisible characters are left in an item (a regression written
 * `qjs-regexp-1\u200b` beside the accepted `qjs-regexp-1` is another item, named by nobody) and taken out of the
 * waiver's words (a name the owner typed with one in it still names it).
 */
const readable = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\\/g, '/');
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
  return new RegExp(`^${word.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'u');
}
