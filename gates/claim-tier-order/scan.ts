/**
 * Scanning one release text for claim phrases: render what a reader sees (src/text/rendered), fold
 * it (src/text/fold), find every phrase — folded the same way — and map each hit back to the
 * original file:line:column. Pure and in-process, so property tests can call it a thousand times.
 */
import { fold, hasBidiControls, isFoldedConjunction, type MappedText, removeInvisible, render, renderings, type TextKind } from '../../src/sdk/index.js';

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

/**
 * Joiners a reader takes for one another between two words of a claim: "Node/Bun", "Node & Bun", "Node + Bun", "Node | Bun",
 * "Node and Bun", "Node or Bun", "Node plus Bun", "Node and/or Bun", and the joiner left out ("Node Bun", "Node-Bun");
 * a text may also list the words ("Node, Bun"). Folding keeps punctuation and drops spaces, so each spelling is its own
 * needle. Look-alike joiners (fullwidth ＆, fraction slash ⁄) are folded onto these before matching.
 */
const JOINER = /\s*(?:&amp;|&)\/or\s+|\s*(?:[/&+|]|&amp;)\s*|\s+(?:and\/or|or\/and|and|or|plus)\s+/giu;
const JOINER_SPELLINGS = ['/', ' & ', ' + ', ' | ', ' and ', ' or ', ' plus ', ' and/or ', ' or/and ', ' &/or ', ', ', ' '] as const;
/** Most joiners spelt each independently (12^3 needles); a phrase with more has each spelling used for all of them alike. */
const MIXED_JOINERS_AT_MOST = 3;

/**
 * The folded forms of `phrase` with its joiners spelt each other way — each joiner on its own, so "A/B/C" is also
 * "A and B & C" — a claim whose slash is written "and" is the same claim. Empty when the phrase has no joiner.
 */
export function joinerSpellings(phrase: string, folded: string): string[] {
  const parts = phrase.split(JOINER);
  const joiners = parts.length - 1;
  if (joiners === 0) return [];
  const out = new Set<string>();
  const add = (spelt: string): void => {
    const other = foldPhrase(spelt);
    if (other !== folded && isMatchable(other)) out.add(other);
  };
  if (joiners > MIXED_JOINERS_AT_MOST) {
    for (const joiner of JOINER_SPELLINGS) add(parts.join(joiner));
    return [...out];
  }
  const spell = (k: number, sofar: string): void => {
    if (k === parts.length) return add(sofar);
    for (const joiner of JOINER_SPELLINGS) spell(k + 1, sofar + joiner + (parts[k] as string));
  };
  spell(1, parts[0] as string);
  return [...out];
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

/**
 * The folded forms of a release text (one per plausible rendering), for scanning it against many phrase sets. Text
 * under bidi controls is read in display order and in logical order too: a reader sees the one, while search,
 * copy and paste, screen readers and a registry's index take the other, so a phrase in either is written there.
 */
export function foldRelease(source: string, kind: TextKind): MappedText[] {
  // Both folds even when their texts agree: reordering also moves the spans a letter may be read as another
  // (a combining `ͭ` read as "t"), which the text does not show.
  const views = renderings(source, kind);
  const folds = views.map((view) => fold(view));
  // A view laid out right to left (renderings' copy of another with only its direction changed) reads the same in
  // logical order as the view it copies: that fold is made once.
  const logical: MappedText[] = [];
  for (const view of views) {
    if (!hasBidiControls(view.text) || logical.some((seen) => sameLogicalText(seen, view))) continue;
    logical.push(view);
    folds.push(fold(view, 'logical'));
  }
  return folds;
}

/** Whether two views fold alike in logical order: everything but their direction is the same. */
const sameLogicalText = (a: MappedText, b: MappedText): boolean =>
  a.text === b.text && a.offsets === b.offsets && a.skippable === b.skippable && a.unverifiable === b.unverifiable && a.wordSets === b.wordSets && a.linked === b.linked;

/** An occurrence of needle `n` at folded [start, end). */
interface Found {
  n: number;
  start: number;
  end: number;
}

/** Folded [start, end) that a reader may see as `reads` instead: a hidden span (`''`) or another reading of a letter. */
interface Detour {
  start: number;
  end: number;
  reads: string;
  /** A name's `.js` ending read as left out: it hides no word of an allowed phrase. */
  nameSuffix?: true;
}

function detoursOf(folded: MappedText, source: string): Detour[] {
  const detours: Detour[] = [];
  const spans = folded.skippable;
  if (spans !== undefined) for (let k = 0; k + 1 < spans.length; k += 2) detours.push({ start: spans[k] as number, end: spans[k + 1] as number, reads: '' });
  detours.push(...nameSuffixDetours(folded, source));
  const readings = folded.readings;
  if (readings !== undefined) readings.texts.forEach((reads, k) => detours.push({ start: readings.spans[2 * k] as number, end: readings.spans[2 * k + 1] as number, reads }));
  return detours.sort((x, y) => x.start - y.start);
}

/**
 * A name's JavaScript ending, as folded text shows it after a word's letters: `Node.js`, `NodeJS`, `Node JS`, `node-js`
 * and `Bun.js` fold to `node.js`, `nodejs` (dashes and spaces are dropped). The names a claim phrase holds are read with
 * it too, so a claim naming the runtime by its full name (`A full Node.js/Bun replacement`) is the claim (red team rh).
 */
const NAME_SUFFIX_IN_FOLDED = /(?<=\p{L})\.?js/gu;
/** The same ending in a phrase as written (`Node.js`, `NodeJS`, `Node-JS`, `Bun.js`), ending its word. */
const NAME_SUFFIX_IN_PHRASE = /(?<=\p{L})[.\-\u2010-\u2015]?js(?![\p{L}\p{N}])/giu;

/**
 * Detours that read a name's `.js`/`JS` ending as left out ({@link NAME_SUFFIX_IN_FOLDED}) where it is written onto the
 * name (nothing but invisible characters or a dash between them in the source, `Node‐js`: `full JS runtime` is two words, not `full`'s
 * ending) and closes the word: the folded text goes on with no letter or digit, or the source dropped a separator there
 * (`Node.js Bun` folds to `node.jsbun`). A word that merely holds the letters (`rejson`) is left as written.
 */
const SUFFIX_JOIN = /^[\p{Pd}\u00b7\u2027\u2219\u30fb]*$/u;
function nameSuffixDetours(folded: MappedText, source: string): Detour[] {
  const text = folded.text;
  if (!text.includes('js')) return [];
  const at = (k: number): number => folded.offsets[k] as number;
  const detours: Detour[] = [];
  for (const m of text.matchAll(NAME_SUFFIX_IN_FOLDED)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start === 0 || !SUFFIX_JOIN.test(removeInvisible(source.slice(at(start - 1) + 1, at(start))))) continue;
    const next = text[end];
    const closesWord = next === undefined || !/[\p{L}\p{N}]/u.test(next) || at(end) - at(end - 1) > 1;
    if (closesWord) detours.push({ start, end, reads: '', nameSuffix: true });
  }
  return detours;
}

/**
 * A phrase with its names' `.js`/`JS` endings left out (`Full Node.js/Bun replacement` → `Full Node/Bun replacement`), or
 * undefined when it has none: a contract naming the runtime by its full name forbids the short name's claim too.
 */
export function withoutNameSuffixes(phrase: string): string | undefined {
  const bare = phrase.replace(NAME_SUFFIX_IN_PHRASE, '');
  return bare === phrase ? undefined : bare;
}

/**
 * A contract phrase as it is looked for: as written, with its joiners spelt each other way ("Node/Bun" as "Node and
 * Bun", {@link joinerSpellings}), and with its names' `.js` endings left out ("Node.js/Bun" as "Node/Bun",
 * {@link withoutNameSuffixes}), as the release text is read ({@link nameSuffixDetours}).
 */
export function phraseSpellings<P extends { phrase: string; folded: string }>(p: P): P[] {
  const joined = (phrase: string, folded: string): P[] => [folded, ...joinerSpellings(phrase, folded)].map((f) => ({ ...p, folded: f }));
  const bare = withoutNameSuffixes(p.phrase);
  const bareFolded = bare === undefined ? undefined : foldPhrase(bare);
  return [...joined(p.phrase, p.folded), ...(bare === undefined || bareFolded === undefined || bareFolded === p.folded || !isMatchable(bareFolded) ? [] : joined(bare, bareFolded))];
}

/** Matcher state: needle index * 65536 + matched length → earliest start. */
type States = Map<number, number>;

/** No needle under way: shared, never written (most positions of a window have no state). */
const NO_STATES: States = new Map();

/** `into` with the states of `from` added (earliest start wins); a new map when `into` is {@link NO_STATES}. */
function mergeStates(into: States, from: States): States {
  if (from.size === 0) return into;
  const out = into === NO_STATES ? new Map<number, number>() : into;
  for (const [key, start] of from) {
    const known = out.get(key);
    if (known === undefined || start < known) out.set(key, start);
  }
  return out;
}


/**
 * Occurrences of each needle in folded text read with any combination of its detours — skippable spans
 * left out (a phrase split by hidden junk), letters read their other way (`ſ` as `s`): a small automaton
 * over the windows around the detours, where at a detour's start the matcher may read its text instead
 * and go on from its end. Occurrences that take no detour are found too (the caller dedupes).
 */
function detourOccurrences(folded: MappedText, needles: readonly string[], detours: readonly Detour[]): Found[] {
  if (detours.length === 0 || needles.length === 0) return [];
  const text = folded.text;
  const longest = Math.max(...needles.map((p) => p.length));
  const found: Found[] = [];
  const byFirst = new Map<string, number[]>();
  needles.forEach((needle, n) => {
    const first = needle[0] as string;
    const list = byFirst.get(first) ?? [];
    list.push(n);
    byFirst.set(first, list);
  });
  /** `states` after reading `c`, new matches starting at `start`; a completed needle ends at `end`. */
  const step = (states: States, c: string, start: number, end: number): States => {
    const starting = byFirst.get(c);
    if (states.size === 0 && starting === undefined) return NO_STATES;
    const next: States = new Map();
    const advance = (n: number, matched: number, from: number) => {
      const needle = needles[n] as string;
      if (needle[matched] !== c) return;
      if (matched + 1 === needle.length) {
        found.push({ n, start: from, end: Math.max(end, from + 1) });
        return;
      }
      const key = n * 65536 + matched + 1;
      const known = next.get(key);
      if (known === undefined || from < known) next.set(key, from);
    };
    for (const [key, from] of states) advance(Math.floor(key / 65536), key % 65536, from);
    for (const n of starting ?? []) advance(n, 0, start);
    return next.size === 0 ? NO_STATES : next;
  };
  const readThrough = (states: States, detour: Detour): States => {
    let current = states;
    for (const c of detour.reads) current = step(current, c, detour.start, detour.end);
    return current;
  };
  let w = 0;
  while (w < detours.length) {
    const first = detours[w] as Detour;
    const windowStart = Math.max(0, first.start - longest);
    let windowEnd = Math.min(text.length, first.end + longest);
    const members: Detour[] = [first];
    w++;
    while (w < detours.length && Math.max(0, (detours[w] as Detour).start - longest) <= windowEnd) {
      const d = detours[w] as Detour;
      windowEnd = Math.max(windowEnd, Math.min(text.length, d.end + longest));
      members.push(d);
      w++;
    }
    // Swept in order, not looked up per position: members are sorted by start, `closing` by end.
    const closing = members.filter((d) => d.end > d.start).sort((a, b) => a.end - b.end);
    let nextOpen = 0;
    let nextClose = 0;
    let current: States = NO_STATES;
    // A state map is never written once a later position is reached (step makes a new one), so a detour keeps
    // the map of its start as it is.
    const saved = new Map<Detour, States>();
    for (let x = windowStart; x <= windowEnd; x++) {
      for (; nextClose < closing.length && (closing[nextClose] as Detour).end === x; nextClose++) {
        const d = closing[nextClose] as Detour;
        const before = saved.get(d);
        if (before !== undefined) current = mergeStates(current, readThrough(before, d));
        saved.delete(d);
      }
      let opening = nextOpen;
      for (; opening < members.length && (members[opening] as Detour).start === x; opening++) {
        // A detour over nothing (a mark read as a letter) is taken where it stands, before any detour opening here.
        const d = members[opening] as Detour;
        if (d.end === d.start) current = mergeStates(current, readThrough(current, d));
      }
      for (; nextOpen < opening; nextOpen++) {
        const d = members[nextOpen] as Detour;
        if (d.end > d.start) saved.set(d, current);
      }
      if (x === windowEnd) break;
      current = step(current, text[x] as string, x, x + 1);
    }
  }
  return found;
}

/** Every occurrence of every needle in `folded`, as written and by any detour. */
function findAll(folded: MappedText, needles: readonly string[], detours: readonly Detour[]): Found[] {
  const found: Found[] = [];
  needles.forEach((needle, n) => {
    for (const k of occurrences(folded.text, needle)) found.push({ n, start: k, end: k + needle.length });
  });
  // Appended one by one: a text with the phrase a few hundred thousand times would overflow a spread's arguments.
  for (const occurrence of detourOccurrences(folded, needles, detours)) found.push(occurrence);
  return found;
}

/** True when detour `d` changes some of folded [start, end). */
function touches(d: Detour, start: number, end: number): boolean {
  return d.end > d.start ? d.start < end && d.end > start : d.start > start && d.start < end;
}

/**
 * True when the allowed phrase at folded [e, eEnd) covers the hit [k, end) in every reading that shows
 * the hit: no detour changes the allowed phrase outside the hit (a hidden qualifier — `Full runtime
 * replacement<span hidden>, certified …</span>` — leaves the claim bare) unless it hides the phrase whole.
 */
function exemptBy(detours: readonly Detour[], e: number, eEnd: number, k: number, end: number): boolean {
  if (e > k || eEnd < end) return false;
  return detours.every((d) => !touches(d, e, eEnd) || (d.start >= k && d.end <= end) || (d.start <= e && d.end >= eEnd));
}

/** A place whose layout puts what a reader sees beyond verification, with its position. */
export interface UnverifiableAt {
  why: string;
  line: number;
  column: number;
  /** How many places in the text have the same problem. */
  count: number;
  /** How to make the text verifiable, where it is not removing the styling. */
  fix?: string | undefined;
}

/** Where the styling of `source` makes its text unverifiable: each distinct reason once, at its first place. */
export function unverifiableParts(source: string, views: readonly MappedText[]): UnverifiableAt[] {
  const byRule = new Map<string, { why: string; offset: number; places: Set<number>; fix: string | undefined }>();
  for (const view of views) {
    for (const { offset, why, rule, fix } of view.unverifiable ?? []) {
      const known = byRule.get(rule);
      if (known === undefined) byRule.set(rule, { why, offset, places: new Set([offset]), fix });
      else {
        known.places.add(offset);
        if (offset < known.offset) Object.assign(known, { why, offset });
      }
    }
  }
  if (byRule.size === 0) return [];
  const starts = lineStarts(source);
  return [...byRule.values()].map(({ why, offset, places, fix }) => ({ why, count: places.size, fix, ...positionAt(starts, offset) })).sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The words of a text: runs of letters, digits and marks (dashes, slashes and spaces split them). */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const foldWord = (word: string): string => fold(render(word, 'plain')).text;

/**
 * A diagram's labels: runs of words that only spaces and word-inner marks (`Node/Bun`, `General-purpose`, `it's`)
 * join. Brackets, quotes, arrows (`-->`, `==>`, `-.->`), colons, pipes, markup and line ends part them: they are
 * syntax the diagram draws as boxes, edges and lines, between which the labels are laid out by the graph.
 */
const LABEL_BREAK = /[-=.~]{2,}|[^\p{L}\p{N}\p{M} \t\u00a0/'\u2019.!?-]/u;
const LABEL_BREAKS = new RegExp(LABEL_BREAK.source, 'gu');

/**
 * Hits of `phrases` in the source ranges a reader takes in any order (a diagram: its labels are laid out by the
 * graph, so one label may be read after any other). A phrase is there when it reads as pieces of labels set side by
 * side: every piece but the last ends its label (the reader goes on to another label only from a label's end), the
 * last may sit anywhere in its label. Words of a phrase scattered through the middles of unrelated labels
 * ("Full test suite", "Node/Bun API surface", "fs replacement shim") are not read as it. Reported at the first
 * piece. A phrase it may use (an exemption) written out in the range as it reads covers it.
 */
function wordSetHits(source: string, ranges: readonly { start: number; end: number }[], phrases: readonly Phrase[], lines: () => number[], found: readonly Hit[]): Hit[] {
  const hits: Hit[] = [];
  const phraseWords = new Map<string, string[]>();
  for (const { start, end } of ranges) {
    const body = source.slice(start, end);
    const labels: { word: string; at: number }[][] = [];
    let from = 0;
    const addLabel = (to: number) => {
      const words: { word: string; at: number }[] = [];
      for (const m of body.slice(from, to).matchAll(WORD)) {
        const word = foldWord(m[0]);
        if (word !== '') words.push({ word, at: start + from + m.index });
      }
      if (words.length > 0) labels.push(words);
    };
    for (const m of body.matchAll(LABEL_BREAKS)) {
      addLabel(m.index);
      from = m.index + m[0].length;
    }
    addLabel(body.length);
    const folded = fold(render(body, 'plain')).text;
    for (const phrase of phrases) {
      let words = phraseWords.get(phrase.phrase);
      if (words === undefined) phraseWords.set(phrase.phrase, (words = [...render(phrase.phrase, 'markdown').text.matchAll(WORD)].map((m) => foldWord(m[0])).filter((w) => w !== '')));
      if (words.length < 2) continue;
      const offset = readAcrossLabels(labels, words);
      if (offset === undefined) continue;
      if (phrase.exemptWithin.some((needle) => folded.includes(needle))) continue;
      // Written out in order, the phrase is reported where it reads already.
      if (found.some((hit) => hit.phrase.phrase === phrase.phrase && hit.offset >= start && hit.offset < end)) continue;
      const lineEnd = source.indexOf('\n', offset);
      const written = source.slice(offset, lineEnd === -1 ? source.length : lineEnd).trim();
      hits.push({ phrase, offset, ...positionAt(lines(), offset), written: written.length > 200 ? `${written.slice(0, 199)}…` : written });
    }
  }
  return hits;
}

/**
 * Where `words` read as pieces of `labels` in any order (each piece but the last ending its label), at the first
 * place its first piece starts; undefined when they do not.
 */
function readAcrossLabels(labels: readonly { word: string; at: number }[][], words: readonly string[]): number | undefined {
  const n = words.length;
  // reached[i]: the first i words read, the last piece ending its label; the value is where the first piece starts.
  const reached: (number | undefined)[] = new Array<number | undefined>(n + 1).fill(undefined);
  let done: number | undefined;
  const pieces = (i: number, onPiece: (m: number, ends: boolean, at: number) => void) => {
    for (const label of labels) {
      for (let p = 0; p < label.length; p++) {
        let m = 0;
        while (i + m < n && p + m < label.length && (label[p + m] as { word: string }).word === words[i + m]) m++;
        for (let k = 1; k <= m; k++) onPiece(k, p + k === label.length, (label[p] as { at: number }).at);
      }
    }
  };
  for (let i = 0; i < n; i++) {
    const first = i === 0;
    if (!first && reached[i] === undefined) continue;
    pieces(i, (m, ends, at) => {
      const startAt = first ? at : (reached[i] as number);
      if (i + m === n) done = done === undefined ? startAt : Math.min(done, startAt);
      else if (ends && (reached[i + m] === undefined || startAt < (reached[i + m] as number))) reached[i + m] = startAt;
    });
  }
  return done;
}

/** Every hit of `phrases` in `source` (read as `kind`), sorted by position. */
export function scanText(source: string, kind: TextKind, phrases: readonly Phrase[], views: readonly MappedText[] = foldRelease(source, kind)): Hit[] {
  const seen = new Set<string>();
  const hits: Hit[] = [];
  let starts: number[] | undefined;
  const lines = () => (starts ??= lineStarts(source));
  const add = (found: readonly Hit[]) => {
    for (const hit of found) {
      // One finding per place and phrase as written: its other spellings (joinerSpellings) may match there too.
      const key = `${hit.offset}\u0000${hit.phrase.source}\u0000${hit.phrase.phrase}`;
      if (seen.has(key)) continue;
      seen.add(key);
      hits.push(hit);
    }
  };
  for (const folded of views) add(scanView(source, folded, phrases, lines));
  const ranges = new Map<number, { start: number; end: number }>();
  for (const view of views) for (const range of view.wordSets ?? []) ranges.set(range.start, range);
  if (ranges.size > 0) add(wordSetHits(source, [...ranges.values()], phrases, lines, hits));
  return hits.sort((a, b) => a.offset - b.offset || a.phrase.source.localeCompare(b.phrase.source));
}

/** The hits of `phrases` in one folded rendering. */
function scanView(source: string, folded: MappedText, phrases: readonly Phrase[], lines: () => number[]): Hit[] {
  const detours = detoursOf(folded, source);
  const candidates = findAll(folded, phrases.map((p) => p.folded), detours);
  // Punctuation read as nothing (`Full runtime replacement, certified …` read without its comma) hides no word of an
  // allowed phrase: only a detour over letters or reading other letters may take an exemption away. A conjunction read
  // as nothing (`Node and Bun parity` read as `Node Bun parity`) leaves the allowed phrase's every word in sight too.
  const hiding = detours.filter((d) => d.nameSuffix !== true && (d.reads !== '' || (/[\p{L}\p{N}]/u.test(folded.text.slice(d.start, d.end)) && !isFoldedConjunction(folded.text.slice(d.start, d.end)))));
  const exemptions = new Map<string, number[]>();
  /** Where a phrase a hit may lie inside occurs as written: a detour may only take an exemption away. */
  const exemptStarts = (needle: string): number[] => {
    let found = exemptions.get(needle);
    if (found === undefined) exemptions.set(needle, (found = occurrences(folded.text, needle)));
    return found;
  };
  const last = folded.offsets.length - 1;
  const seen = new Set<string>();
  const hits: Hit[] = [];
  for (const { n, start: k, end } of candidates) {
    const phrase = phrases[n] as Phrase;
    const exempt = phrase.exemptWithin.some((needle) => exemptStarts(needle).some((e) => exemptBy(hiding, e, e + needle.length, k, end)));
    if (exempt) continue;
    const offset = folded.offsets[Math.min(k, last)] as number;
    const key = `${offset}\u0000${phrase.source}\u0000${phrase.phrase}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const lastOffset = folded.offsets[Math.min(end - 1, last)] as number;
    const raw = source.slice(offset, Math.max(offset + 1, lastOffset + 1)).replace(/\s+/gu, ' ');
    hits.push({ phrase, offset, ...positionAt(lines(), offset), written: raw.length > 200 ? `${raw.slice(0, 199)}…` : raw });
  }
  return hits;
}
