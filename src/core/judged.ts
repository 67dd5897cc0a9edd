/**
 * One file, one content per run: the contents each file was judged as, by the gates that read it. A file judged as
 * two contents was rewritten between two reads (within one run, or between the shards of one run), and nothing the
 * gates concluded together holds for any state of it. The runner fails the readers; `merge` fails its shard_merge
 * gate, and every reader of a merged verdict re-derives that failure.
 */
import type { ArtifactRecord } from './types.js';

/** key (a path, or the file it leads to) → sha256 → the readers, as `gate (path)`. */
export type JudgedContents = Map<string, Map<string, string[]>>;

/** The files among `gates`' artifacts (scanned trees aside, they carry their own listing) judged as more than one content. */
export function filesJudgedTwice(gates: readonly { id: string; artifacts: readonly ArtifactRecord[] }[], keyOf: (path: string) => string = (p) => p): JudgedContents {
  const contents: JudgedContents = new Map();
  for (const gate of gates) {
    for (const a of gate.artifacts) {
      if (a.kind === 'tree') continue;
      const key = keyOf(a.path);
      const bySha = contents.get(key) ?? new Map<string, string[]>();
      bySha.set(a.sha256, [...(bySha.get(a.sha256) ?? []), `${gate.id} (${a.path})`]);
      contents.set(key, bySha);
    }
  }
  return new Map([...contents].filter(([, bySha]) => bySha.size > 1));
}

/** How a file judged as several contents reads in a finding. */
export function judgedTwiceText(path: string, bySha: ReadonlyMap<string, readonly string[]>, where: string): string {
  const seen = [...bySha].map(([sha, readers]) => `${sha.slice(0, 12)}… by ${readers.join(', ')}`);
  return `${path} was judged as ${bySha.size} different contents ${where} (${seen.join('; ')}): it was rewritten between the reads, so no state of it proves what the gates concluded together`;
}
