/**
 * Package names and the subpath maps of package.json (`exports`, `imports`) and tsconfig (`paths`), read as Node and
 * TypeScript match them. Shared by kernel_boundary's resolver and check's reading of a plugin's sources.
 */

/** The package name a bare specifier starts with: `a` of `a/b`, `@s/a` of `@s/a/b`. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
}

/**
 * Every string target of an exports / imports value, whatever the conditions (any of them may be chosen),
 * nested to any depth: an explicit stack, in document order (a depth cut dropped a deeper target unseen).
 */
export function targetsOf(value: unknown): string[] {
  const out: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) for (let k = v.length - 1; k >= 0; k--) stack.push(v[k]);
    else if (v !== null && typeof v === 'object') {
      const values = Object.values(v);
      for (let k = values.length - 1; k >= 0; k--) stack.push(values[k]);
    }
  }
  return out;
}

/** Match `key` against a map of subpath patterns (`./x`, `./x/*`, `#x`, `#x/*`): the targets with `*` filled in, or undefined. */
export function matchMap(map: Record<string, unknown>, key: string): string[] | undefined {
  if (Object.hasOwn(map, key)) return targetsOf(map[key]);
  let best: { prefix: string; suffix: string; value: unknown } | undefined;
  for (const [pattern, value] of Object.entries(map)) {
    const star = pattern.indexOf('*');
    if (star === -1) continue;
    const prefix = pattern.slice(0, star);
    const suffix = pattern.slice(star + 1);
    if (key.startsWith(prefix) && key.endsWith(suffix) && key.length >= pattern.length - 1 && (best === undefined || prefix.length > best.prefix.length)) best = { prefix, suffix, value };
  }
  if (best === undefined) return undefined;
  const middle = key.slice(best.prefix.length, key.length - best.suffix.length);
  return targetsOf(best.value).map((t) => t.replace(/\*/g, middle));
}
