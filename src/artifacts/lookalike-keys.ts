/**
 * Keys a reader cannot tell apart. `{"status\u200b": "fail", "status": "pass"}`, `"status "` beside `"status"`, and `"résumé"` written once
 * precomposed and once decomposed are two keys to a parser but one to anyone reading the file, and which of the two a
 * consumer picks depends on the tool. Such a pair is a duplicate key, like `"st\u0061tus"` beside `"status"`.
 */
import { ArtifactError } from './errors.js';
import { visibleForm } from '../util/text-classes.js';
import { encodePointerSegment } from '../util/pointer.js';

/** Printable ASCII keys are their own reading: only objects with another key need folding. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const PLAIN_KEY = /^(?:[\x21-\x7e][\x20-\x7e]*[\x21-\x7e]|[\x21-\x7e])?$/;


/** A node still to visit and how it was reached: its pointer is spelt only when a finding needs it. */
interface Frame {
  node: object;
  parent: Frame | undefined;
  /** The pointer segment from the parent, unencoded; an array index is a number. */
  step: string | number;
}

function pointerOf(frame: Frame): string {
  const steps: string[] = [];
  for (let f: Frame | undefined = frame; f?.parent !== undefined; f = f.parent) steps.push(typeof f.step === 'number' ? `/${f.step}` : `/${encodePointerSegment(f.step)}`);
  return steps.reverse().join('');
}

/** Parts of a dotted key whose groupings are tried (2^(n-1) of them); a longer key (a file path, a hostname) is left alone. */
const MAX_DOTTED_PARTS = 8;

/** Whether `path` leads from `node` to a value: object members, or array indexes as written. */
function reaches(node: unknown, path: readonly string[]): boolean {
  let current = node;
  for (const segment of path) {
    if (Array.isArray(current) && /^(?:0|[1-9]\d*)$/.test(segment) && Number(segment) < current.length) current = current[Number(segment)];
    else if (current !== null && typeof current === 'object' && !Array.isArray(current) && !(current instanceof Date) && Object.hasOwn(current, segment)) current = (current as Record<string, unknown>)[segment];
    else return false;
  }
  return true;
}

/**
 * The path inside `node` that its key `key` spells with dots, when a value is there too: `"counts.total"` beside
 * `counts: {total: …}` (also `a.b`→`c` or `a`→`b.c` for `a.b.c`, and `items.0` for an array's element), as a pointer
 * relative to `node`. Readers that take dots as a path — jq-style and lodash-style lookups, a TOML reader who knows
 * `counts.total = 5` as the nested key — find two values for one field.
 */
function dottedTwin(node: object, key: string): string | undefined {
  const parts = key.split('.');
  if (parts.length < 2 || parts.length > MAX_DOTTED_PARTS || parts.includes('')) return undefined;
  // Bit i set joins part i and part i + 1 back with a dot; all bits set is the key itself.
  for (let mask = 0; mask < 2 ** (parts.length - 1) - 1; mask++) {
    const path: string[] = [parts[0] as string];
    for (let i = 1; i < parts.length; i++) {
      if (mask & (1 << (i - 1))) path[path.length - 1] += `.${parts[i] as string}`;
      else path.push(parts[i] as string);
    }
    if (reaches(node, path)) return path.map((p) => `/${encodePointerSegment(p)}`).join('');
  }
  return undefined;
}

/** The first two keys of one object that read the same, with the object's pointer; undefined when none. */
export function findLookalikeKeys(value: unknown): { pointer: string; first: string; second: string; dotted?: true } | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  // Only objects and arrays are visited (a leaf has no keys), in the order a stack of every value would visit them.
  const stack: Frame[] = [{ node: value, parent: undefined, step: '' }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const node = frame.node;
    if (node instanceof Date) continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) {
        const child: unknown = node[i];
        if (child !== null && typeof child === 'object') stack.push({ node: child, parent: frame, step: i });
      }
      continue;
    }
    const keys = Object.keys(node);
    if (!keys.every((k) => PLAIN_KEY.test(k))) {
      const seen = new Map<string, string>();
      for (const key of keys) {
        const read = visibleForm(key);
        const first = seen.get(read);
        if (first !== undefined) return { pointer: pointerOf(frame), first, second: key };
        seen.set(read, key);
      }
    }
    for (const key of keys) {
      if (!key.includes('.')) continue;
      const twin = dottedTwin(node, key);
      if (twin !== undefined) return { pointer: pointerOf(frame), first: twin, second: key, dotted: true };
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      const child: unknown = (node as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push({ node: child, parent: frame, step: key });
    }
  }
  return undefined;
}

/** A key with every character outside printable ASCII escaped, so two look-alike keys show their difference. */
const show = (key: string): string => `"${[...key].map((c) => (PRINTABLE_ASCII.test(c) && c !== '"' && c !== '\\' ? c : `\\u{${(c.codePointAt(0) as number).toString(16)}}`)).join('')}"`;

/** Throws `duplicate_key` when two keys of one object in `value` read the same (see {@link findLookalikeKeys}). */
export function refuseLookalikeKeys(path: string, value: unknown, where: { row?: number; locate?: (pointer: string) => { line: number; column: number } | undefined } = {}): void {
  const found = findLookalikeKeys(value);
  if (found === undefined) return;
  const pointer = `${found.pointer}/${encodePointerSegment(found.second)}`;
  const position = where.locate?.(pointer);
  const at = where.row !== undefined ? `${path} row ${where.row}` : position ? `${path}:${position.line}:${position.column}` : path;
  if (found.dotted) {
    throw new ArtifactError('duplicate_key', `${at}: the key ${show(found.second)} of ${found.pointer || 'the top-level object'} spells the path ${found.pointer}${found.first} that also holds a value: readers that take dots as a path (jq and lodash lookups, TOML's dotted keys) find two values for one field`, {
      path,
      pointer,
      ...(where.row !== undefined ? { row: where.row } : {}),
      ...position,
      fix: 'write the field once: either nested or as one dotted key, not both',
    });
  }
  throw new ArtifactError('duplicate_key', `${at}: keys ${show(found.first)} and ${show(found.second)} of ${found.pointer || 'the top-level object'} read the same (they differ only in surrounding spaces, invisible characters, Unicode forms such as full width or composed and decomposed accents, letters of other scripts drawn like Latin ones — Cyrillic, Greek, Armenian, Cherokee, Lisu, dotless ı —, or symbols and digits of other scripts drawn like a letter: ∣, ׀, Arabic-Indic ١ and ٥)`, {
    path,
    pointer,
    ...(where.row !== undefined ? { row: where.row } : {}),
    ...position,
    fix: 'write each key once, in plain characters; tools disagree on which of two look-alike keys they read',
  });
}
