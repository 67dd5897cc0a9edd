/**
 * Scanning one release text for claim phrases: render what a reader sees (src/text/rendered), fold
 * it (src/text/fold), find every phrase — folded the same way — and map each hit back to the
 * original file:line:column. Pure and in-process, so property tests can call it a thousand times.
 */
import { fold, type MappedText } from '../../src/text/fold.js';
import { render, type TextKind } from '../../src/text/rendered.js';

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

/** The folded form of a release text, for scanning it against many phrase sets. */
export function foldRelease(source: string, kind: TextKind): MappedText {
  return fold(render(source, kind));
}

/** Every hit of `phrases` in `source` (read as `kind`), sorted by position. */
export function scanText(source: string, kind: TextKind, phrases: readonly Phrase[], folded: MappedText = foldRelease(source, kind)): Hit[] {
  const exemptions = new Map<string, number[]>();
  const exemptStarts = (needle: string): number[] => {
    let found = exemptions.get(needle);
    if (found === undefined) exemptions.set(needle, (found = occurrences(folded.text, needle)));
    return found;
  };
  let starts: number[] | undefined;
  const hits: Hit[] = [];
  for (const phrase of phrases) {
    for (const k of occurrences(folded.text, phrase.folded)) {
      const end = k + phrase.folded.length;
      const exempt = phrase.exemptWithin.some((needle) => exemptStarts(needle).some((e) => e <= k && e + needle.length >= end));
      if (exempt) continue;
      const offset = folded.offsets[k] as number;
      const last = folded.offsets[end - 1] as number;
      starts ??= lineStarts(source);
      const raw = source.slice(offset, Math.max(offset + 1, last + 1)).replace(/\s+/gu, ' ');
      hits.push({ phrase, offset, ...positionAt(starts, offset), written: raw.length > 200 ? `${raw.slice(0, 199)}…` : raw });
    }
  }
  return hits.sort((a, b) => a.offset - b.offset || a.phrase.source.localeCompare(b.phrase.source));
}
