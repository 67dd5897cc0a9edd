import { builtSetsJson } from './built-sets.js';

/**
 * A set built when it is first read. The status readers' word sets are derived from every row of the vocabulary through
 * look-alike folding (and Unicode's confusables table): ~45 ms at start-up, paid by every CLI process, most of which
 * (`check`, `merge`, a run of other gates) never read a status beside counts.
 */
export function lazySet<T>(build: () => Iterable<T>): ReadonlySet<T> {
  let built: Set<T> | undefined;
  const set = (): Set<T> => (built ??= new Set(build()));
  return {
    has: (value) => set().has(value),
    get size() {
      return set().size;
    },
    forEach: (callback, thisArg) => set().forEach(callback, thisArg),
    entries: () => set().entries(),
    keys: () => set().keys(),
    values: () => set().values(),
    [Symbol.iterator]: () => set()[Symbol.iterator](),
  };
}

/** A value computed when it is first asked for (a regular expression built from the vocabulary). */
export function lazy<T>(build: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: build() }).v;
}

/**
 * A pure reader of texts that remembers what it read of each short text. The same texts come back within a run (a
 * summary is read beside each status it sits beside, a tracker repeats its values) and, in the fuzzer and the scenario
 * suite, across runs; each reading runs dozens of patterns. Texts longer than `maxLength` are read every time (a memory
 * of long texts would hold their bytes); the memory is cleared when it holds `maxEntries`, so a stream of distinct
 * texts keeps it flat.
 */
export function rememberedPerText<T>(read: (text: string) => T, maxLength = 2_000, maxEntries = 10_000): (text: string) => T {
  const memory = new Map<string, T>();
  return (text) => {
    if (text.length > maxLength) return read(text);
    if (memory.has(text)) return memory.get(text) as T;
    const value = read(text);
    if (memory.size >= maxEntries) memory.clear();
    memory.set(text, value);
    return value;
  };
}

const wordSetBuilders = new Map<string, () => Iterable<string>>();
const builtSets = lazy((): Readonly<Record<string, readonly string[]>> => {
  const json = builtSetsJson();
  return json === undefined ? {} : (JSON.parse(json) as Record<string, readonly string[]>);
});

/**
 * A {@link lazySet} of words the build can compute ahead (a pure function of the engine's own tables, named once): a
 * CLI process takes it from the table the build wrote ({@link builtSetsJson}), a library caller builds it.
 */
export function wordSet(name: string, build: () => Iterable<string>): ReadonlySet<string> {
  if (wordSetBuilders.has(name)) throw new Error(`internal: the word set ${name} is defined twice`);
  wordSetBuilders.set(name, build);
  return lazySet(() => builtSets()[name] ?? build());
}

/** Every {@link wordSet} defined so far, built from its definition (never from the table): what the build embeds. */
export function wordSetsFromDefinitions(): Record<string, string[]> {
  return Object.fromEntries([...wordSetBuilders].map(([name, build]) => [name, [...build()]]));
}
