import type { CheckResult } from './types.js';

/**
 * The items a gate's failure lists (its checks' `failing`) that a waiver's words do not name, when they name at least
 * one: a waiver granted "for qjs-regexp-1 and qjs-regexp-2" covers those two, never a regression that lands beside them
 * while it is in force. A waiver that names none of the items says nothing of which it accepts and covers the failure
 * as a whole, as before items were listed. A word with `*` names every item it matches (`qjs-regexp-*`).
 */
export function itemsNotNamed(checks: readonly CheckResult[], waiverWords: string): string[] {
  const items = [...new Set(checks.flatMap((c) => (c.status === 'pass' ? [] : (c.failing ?? []))))];
  if (items.length === 0) return [];
  const words = waiverWords.normalize('NFKC').toLowerCase();
  // A star alone (a list's bullet) names nothing.
  const patterns = (words.match(STARRED_WORD) ?? []).filter((w) => /[\p{L}\p{N}]/u.test(w)).map(starPattern);
  const named = (item: string): boolean => {
    const it = item.normalize('NFKC').toLowerCase();
    return namesOf(it).some((name) => namedAsWord(words, name) || patterns.some((p) => p.test(name)));
  };
  const unnamed = items.filter((item) => !named(item));
  return unnamed.length === items.length ? [] : unnamed;
}

/**
 * The names an item goes by: a file is named by its path, its file name, or its stem (`benches/startup_latency.rs`,
 * `startup_latency.rs`, `startup_latency`), as a suite list or a reviewer writes it. A stem of one or two characters
 * names nothing on its own.
 */
function namesOf(item: string): string[] {
  const base = item.slice(item.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 && /^[\p{L}\p{N}]+$/u.test(base.slice(dot + 1)) ? base.slice(0, dot) : base;
  return [...new Set([item, base, stem])].filter((name) => name === item || name.length > 2);
}

/** `item` in `words` as a whole word: not inside a longer name (`qjs-regexp-1` is not named by `qjs-regexp-10`). */
function namedAsWord(words: string, item: string): boolean {
  if (item === '') return false;
  for (let at = words.indexOf(item); at >= 0; at = words.indexOf(item, at + 1)) {
    const before = words[at - 1] ?? ' ';
    const after = words.slice(at + item.length, at + item.length + 2);
    if (!NAME_CHAR.test(before) && !NAME_CONTINUES.test(after)) return true;
  }
  return false;
}
const NAME_CHAR = /[\p{L}\p{N}_]/u;
/** After an item, a letter or digit, or a joiner followed by one, makes it part of a longer name (`-10`, `.2`, `::x`). */
const NAME_CONTINUES = /^(?:[\p{L}\p{N}_]|[-.:/][\p{L}\p{N}_])/u;
const STARRED_WORD = /[\p{L}\p{N}_.:/-]*\*[\p{L}\p{N}_.:/*-]*/gu;
function starPattern(word: string): RegExp {
  return new RegExp(`^${word.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'u');
}
