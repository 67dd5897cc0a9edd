/**
 * Scanning one release text for claim phrases: render what a reader sees (src/text/rendered), fold
 * it (src/text/fold), find every phrase — folded the same way — and map each hit back to the
 * original file:line:column. Pure and in-process, so property tests can call it a thousand times.
 */
import { fold, type MappedText, render, renderings, type TextKind } from '../../src/sdk/index.js';

/** A phrase as the scanner looks for it. */
export interface Phrase {
  /** As written in the contract. */
  phrase: string;
  /** Folded, as compared. Never empty (a phrase that folds to nothing is `tier_incomplete`). */
  folded: string;
  /** Where it comes from, for messages: `forbidden_claim_patterns[0]`, `TIER-1-… forbidden_claim_language[1]`. */
  source: string;
  /** Why the claimed tier may not use it, for messages. */
  why: string;
  /** Folded phrases the claimed tier may use: a hit inside one of their occurrences is not a finding. */
  exemptWithin: readonly string[];
}

export interface Hit {
  phrase: Phrase;
  /** Offset of the hit's first character in the original text. */
  offset: number;
  line: number;
  column: number;
  /** The source text of the hit, whitespace runs shown as one space (at most 200 characters). */
  written: string;
}

/** A phrase folded as a release text is: rendered as inline Markdown (a contract may write `**x**`), then folded. */
export function foldPhrase(phrase: string): string {
  return fold(render(phrase, 'markdown')).text;
}

/** True when a folded phrase has something to match: at least one letter or digit. */
export const isMatchable = (folded: string): boolean => /[\p{L}\p{N}]/u.test(folded);

/** 1-based line starts of `source`, for {@link positionAt}. */
export function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column (UTF-16 units, as editors count) of an offset. */
export function positionAt(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let k = haystack.indexOf(needle); k !== -1; k = haystack.indexOf(needle, k + 1)) found.push(k);
  return found;
}

/** The folded forms of a release text (one per plausible rendering), for scanning it against many phrase sets. */
export function foldRelease(source: string, kind: TextKind): MappedText[] {
  return renderings(source, kind).map(fold);
}

interface Found {
  phrase: Phrase;
  start: number;
  end: number;
}

/**
 * Occurrences of each phrase in folded text that a renderer may show with some of its skippable
 * spans hidden (a phrase split by hidden junk): a small automaton over the windows around the spans,
 * where at a span's start the matcher may jump to its end. Occurrences that skip nothing are found
 * too (the caller dedupes).
 */
function skippingOccurrences(folded: MappedText, phrases: readonly Phrase[]): Found[] {
  const spans = folded.skippable;
  if (spans === undefined || spans.length === 0 || phrases.length === 0) return [];
  const text = folded.text;
  const longest = Math.max(...phrases.map((p) => p.folded.length));
  const order = [...Array(spans.length / 2).keys()].sort((x, y) => (spans[2 * x] as number) - (spans[2 * y] as number));
  const found: Found[] = [];
  const byFirst = new Map<string, number[]>();
  phrases.forEach((p, n) => {
    const first = p.folded[0] as string;
    const list = byFirst.get(first) ?? [];
    list.push(n);
    byFirst.set(first, list);
  });
  let w = 0;
  while (w < order.length) {
    const first = order[w] as number;
    const windowStart = Math.max(0, (spans[2 * first] as number) - longest);
    let windowEnd = Math.min(text.length, (spans[2 * first + 1] as number) + longest);
    const members: number[] = [first];
    w++;
    while (w < order.length && Math.max(0, (spans[2 * (order[w] as number)] as number) - longest) <= windowEnd) {
      const k = order[w] as number;
      windowEnd = Math.max(windowEnd, Math.min(text.length, (spans[2 * k + 1] as number) + longest));
      members.push(k);
      w++;
    }
    const opens = new Map<number, number[]>();
    const closes = new Map<number, number[]>();
    for (const k of members) {
      const a = spans[2 * k] as number;
      const b = spans[2 * k + 1] as number;
      (opens.get(a) ?? opens.set(a, []).get(a))?.push(k);
      (closes.get(b) ?? closes.set(b, []).get(b))?.push(k);
    }
    // State: key phrase * 65536 + matched length → earliest start.
    let current = new Map<number, number>();
    const saved = new Map<number, Map<number, number>>();
    const merge = (into: Map<number, number>, from: Map<number, number>) => {
      for (const [key, start] of from) {
        const known = into.get(key);
        if (known === undefined || start < known) into.set(key, start);
      }
    };
    for (let x = windowStart; x <= windowEnd; x++) {
      for (const k of closes.get(x) ?? []) {
        const snapshot = saved.get(k);
        if (snapshot !== undefined) merge(current, snapshot);
        saved.delete(k);
      }
      for (const k of opens.get(x) ?? []) saved.set(k, new Map(current));
      if (x === windowEnd) break;
      const c = text[x] as string;
      const next = new Map<number, number>();
      const step = (n: number, matched: number, start: number) => {
        const phrase = phrases[n] as Phrase;
        if (phrase.folded[matched] !== c) return;
        if (matched + 1 === phrase.folded.length) {
          found.push({ phrase, start, end: x + 1 });
          return;
        }
        const key = n * 65536 + matched + 1;
        const known = next.get(key);
        if (known === undefined || start < known) next.set(key, start);
      };
      for (const [key, start] of current) step(Math.floor(key / 65536), key % 65536, start);
      for (const n of byFirst.get(c) ?? []) step(n, 0, x);
      current = next;
    }
  }
  return found;
}

/** Every hit of `phrases` in `source` (read as `kind`), sorted by position. */
export function scanText(source: string, kind: TextKind, phrases: readonly Phrase[], views: readonly MappedText[] = foldRelease(source, kind)): Hit[] {
  const seen = new Set<string>();
  const hits: Hit[] = [];
  let starts: number[] | undefined;
  for (const folded of views) {
    for (const hit of scanView(source, folded, phrases, () => (starts ??= lineStarts(source)))) {
      const key = `${hit.offset}\u0000${hit.phrase.folded}`;
      if (seen.has(key)) continue;
      seen.add(key);
      hits.push(hit);
    }
  }
  return hits.sort((a, b) => a.offset - b.offset || a.phrase.source.localeCompare(b.phrase.source));
}

/** The hits of `phrases` in one folded rendering. */
function scanView(source: string, folded: MappedText, phrases: readonly Phrase[], lines: () => number[]): Hit[] {
  const exemptions = new Map<string, number[]>();
  const exemptStarts = (needle: string): number[] => {
    let found = exemptions.get(needle);
    if (found === undefined) exemptions.set(needle, (found = occurrences(folded.text, needle)));
    return found;
  };
  const candidates: Found[] = [];
  for (const phrase of phrases) for (const k of occurrences(folded.text, phrase.folded)) candidates.push({ phrase, start: k, end: k + phrase.folded.length });
  candidates.push(...skippingOccurrences(folded, phrases));
  const seen = new Set<string>();
  const hits: Hit[] = [];
  for (const { phrase, start: k, end } of candidates) {
    const exempt = phrase.exemptWithin.some((needle) => exemptStarts(needle).some((e) => e <= k && e + needle.length >= end));
    if (exempt) continue;
    const offset = folded.offsets[k] as number;
    const key = `${offset}\u0000${phrase.folded}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const last = folded.offsets[end - 1] as number;
    const raw = source.slice(offset, Math.max(offset + 1, last + 1)).replace(/\s+/gu, ' ');
    hits.push({ phrase, offset, ...positionAt(lines(), offset), written: raw.length > 200 ? `${raw.slice(0, 199)}…` : raw });
  }
  return hits;
}
