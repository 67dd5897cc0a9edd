/**
 * Strings a scan keeps after its file's text is gone. V8 cuts a substring of 13 or more characters as a view into
 * the string it came from, so one kept name (`session_orchestration`) would hold the whole source file in memory:
 * a tree's scans, held until its module tree is known, would cost as much as its source (measured: 53 KB kept per
 * 50 KB file). Kept strings are copied out of their file, and each distinct one is held once across the tree.
 */

const KEPT = new Map<string, string>();
/** Distinct strings held for sharing; past this the table starts over (strings already kept stay valid). */
const KEPT_LIMIT = 1 << 17;

/** The shared copy of `s`, cut loose from any text it was sliced from. */
export function keptString(s: string): string {
  const known = KEPT.get(s);
  if (known !== undefined) return known;
  if (KEPT.size >= KEPT_LIMIT) KEPT.clear();
  // Concatenation then slice flattens into a new string of s's length: the copy refers to nothing else.
  const copy = s.length < 13 ? s : (` ${s}`).slice(1);
  KEPT.set(copy, copy);
  return copy;
}

/** Lets the sharing table go once a tree's scans are resolved: a library caller's process does not hold it between runs. */
export function forgetKeptStrings(): void {
  KEPT.clear();
}

/**
 * Replaces, in place, every string held in `value`'s plain objects and arrays with its kept copy. Arrays shared
 * between entries (the scope of every edge of a module) are visited once; frozen ones (the shared empty scope) and
 * typed arrays hold no strings to replace.
 */
export function keepStrings<T>(value: T): T {
  const seen = new Set<object>();
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return keptString(v);
    if (typeof v !== 'object' || v === null || ArrayBuffer.isView(v) || seen.has(v)) return v;
    seen.add(v);
    if (Object.isFrozen(v)) return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = walk(v[i]);
    } else {
      const o = v as Record<string, unknown>;
      for (const k of Object.keys(o)) o[k] = walk(o[k]);
    }
    return v;
  };
  walk(value);
  return value;
}
