/** RFC 6901 JSON pointer lookup. Returns `{found:false}` rather than undefined so "absent" and "null" stay distinct. */
export type PointerLookup = { found: true; value: unknown } | { found: false };

/** RFC 6901 escaping of one segment: `~` becomes `~0`, `/` becomes `~1` (the inverse of parsePointer's decoding). */
export function encodePointerSegment(segment: string | number): string {
  const s = String(segment);
  if (!s.includes('~') && !s.includes('/')) return s;
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The pointer to a path of segments, each escaped (the inverse of parsePointer). */
export function pointerOf(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${encodePointerSegment(s)}`).join('');
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`JSON pointer "${pointer}" must be empty or start with "/"`);
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function getAtPointer(document: unknown, pointer: string): PointerLookup {
  let current: unknown = document;
  for (const segment of parsePointer(pointer)) {
    if (Array.isArray(current)) {
      if (!/^(0|[1-9]\d*)$/.test(segment) || Number(segment) >= current.length) return { found: false };
      current = current[Number(segment)];
    } else if (current !== null && typeof current === 'object' && Object.prototype.hasOwnProperty.call(current, segment)) {
      current = (current as Record<string, unknown>)[segment];
    } else {
      return { found: false };
    }
  }
  return { found: true, value: current };
}

export function isValidPointer(pointer: string): boolean {
  return pointer === '' || (pointer.startsWith('/') && !/~[^01]|~$/.test(pointer));
}

/** A copy of `root` with the value at `pointer` replaced (only the objects on the way are copied). */
export function withValueAt(root: unknown, pointer: string, value: unknown): unknown {
  const steps = parsePointer(pointer);
  const set = (node: unknown, i: number): unknown => {
    if (i === steps.length) return value;
    const key = steps[i] as string;
    if (Array.isArray(node)) return node.map((v, k) => (String(k) === key ? set(v, i + 1) : v));
    if (node !== null && typeof node === 'object') return { ...(node as Record<string, unknown>), [key]: set((node as Record<string, unknown>)[key], i + 1) };
    return node;
  };
  return set(root, 0);
}
