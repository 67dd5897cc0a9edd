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
