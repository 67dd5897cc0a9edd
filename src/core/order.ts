/**
 * The order gates run in, so that no gate reads evidence another gate of the same run may still be
 * writing. Three rules, all decided before anything runs:
 *
 * - `needs: [id]`: the gate starts after those gates finished.
 * - A gate that runs commands (a barrier: it may write anywhere in the root) starts after every gate
 *   declared before it, and every gate declared after it starts after it finishes — declared order,
 *   exactly, across the barrier.
 * - A barrier that declares `writes: [globs]` still starts after every gate declared before it, but
 *   later gates wait for it only when they touch a path it writes (read, exists) or list files;
 *   those waits happen at the moment of access and do not count against the reader's timeout.
 *
 * `needs` wins over declared order where they disagree (a gate that needs a later barrier runs after
 * it). Whatever is left must be acyclic, or the config is refused.
 */
import { globToRegExp } from '../artifacts/glob.js';

export interface OrderNode {
  id: string;
  /** The gate runs commands that may write anywhere in the root. */
  barrier: boolean;
  /** A barrier's declared writes (globs relative to the root); absent = it may write anything. */
  writes?: readonly string[];
  needs: readonly string[];
}

export interface RunOrder {
  /** Gates each gate starts after (direct edges). */
  waitsFor: ReadonlyMap<string, readonly string[]>;
  /** Per gate: the declared-writes barriers it must wait for when it touches a path they write. */
  writers: ReadonlyMap<string, readonly DeclaredWriter[]>;
  /** Per gate: the declared-writes barriers that run after it; what it reads of their paths is the previous run's. */
  laterWriters: ReadonlyMap<string, readonly DeclaredWriter[]>;
}

export interface DeclaredWriter {
  id: string;
  /** A configured writer this run does not include: what its globs match is an earlier run's output. */
  absent?: true;
  /** Its declared globs, relative to the root, with what they cover (see {@link coveredGlobs}). */
  globs: readonly string[];
  matches: (path: string) => boolean;
}

export type OrderResult = { ok: true; order: RunOrder } | { ok: false; cycle: string[] };

function reaches(edges: ReadonlyMap<string, ReadonlySet<string>>, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    for (const next of edges.get(id) ?? []) {
      if (next === to) return true;
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return false;
}

function findCycle(ids: readonly string[], edges: ReadonlyMap<string, ReadonlySet<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (id: string): string[] | undefined => {
    state.set(id, 'open');
    path.push(id);
    for (const next of [...(edges.get(id) ?? [])].sort()) {
      const s = state.get(next);
      if (s === 'open') return [...path.slice(path.indexOf(next)), next];
      if (s === undefined) {
        const found = visit(next);
        if (found) return found;
      }
    }
    path.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const id of ids) {
    if (state.has(id)) continue;
    const found = visit(id);
    if (found) return found;
  }
  return undefined;
}

/** Normalise a root-relative path the way gates write it (`./a//b` → `a/b`). */
export function normalizeRel(path: string): string {
  return path.replace(/\\/g, '/').split('/').filter((s) => s !== '' && s !== '.').join('/');
}

/**
 * The globs a declared write covers: what it matches, and every file under a directory it matches. `writes:
 * [reports]` (or `reports/`) names a directory the command writes into; matching only the path `reports` would let
 * a reader of `reports/x.json` race the command, and would never see the command write anything.
 */
export function coveredGlobs(globs: readonly string[]): string[] {
  return globs.flatMap((g) => [g, `${normalizeRel(g)}/**`]);
}

/** A gate's `writes`, as the order and the readers match paths against them. */
export function declaredWriter(id: string, writes: readonly string[]): DeclaredWriter {
  const globs = coveredGlobs(writes);
  const patterns = globs.map((g) => globToRegExp(normalizeRel(g)));
  return { id, globs, matches: (path: string) => patterns.some((re) => re.test(normalizeRel(path))) };
}

/** Plan the order of `nodes` (the selected gates, in declared order). Needs on gates not in `nodes` are ignored. */
export function planOrder(nodes: readonly OrderNode[]): OrderResult {
  const ids = nodes.map((n) => n.id);
  const present = new Set(ids);
  const needs = new Map<string, Set<string>>(nodes.map((n) => [n.id, new Set(n.needs.filter((d) => present.has(d)))]));
  const cycle = findCycle(ids, needs);
  if (cycle) return { ok: false, cycle };
  const edges = new Map<string, Set<string>>(nodes.map((n) => [n.id, new Set(needs.get(n.id))]));
  nodes.forEach((node, i) => {
    if (!node.barrier) return;
    for (const before of nodes.slice(0, i)) {
      if (!reaches(needs, before.id, node.id)) edges.get(node.id)?.add(before.id);
    }
    if (node.writes !== undefined) return;
    for (const after of nodes.slice(i + 1)) {
      if (!reaches(needs, node.id, after.id)) edges.get(after.id)?.add(node.id);
    }
  });
  const full = findCycle(ids, edges);
  if (full) return { ok: false, cycle: full };
  const writers = new Map<string, DeclaredWriter[]>();
  const laterWriters = new Map<string, DeclaredWriter[]>();
  const declared = nodes.filter((n) => n.barrier && n.writes !== undefined).map((w) => declaredWriter(w.id, w.writes ?? []));
  for (const node of nodes) {
    const mine: DeclaredWriter[] = [];
    const later: DeclaredWriter[] = [];
    for (const w of declared) {
      if (w.id === node.id) continue;
      // A writer that (transitively) waits for this gate runs after it: the gate sees the state before the writer.
      if (reaches(edges, w.id, node.id)) later.push(w);
      else mine.push(w);
    }
    writers.set(node.id, mine);
    laterWriters.set(node.id, later);
  }
  return { ok: true, order: { waitsFor: new Map([...edges].map(([id, deps]) => [id, [...deps]])), writers, laterWriters } };
}
