/**
 * A gate that reads a whole source tree (kernel_boundary reads every module) would list every file as an artifact,
 * and the verdict would grow with the code instead of with the problems. Past a threshold, the plain reads of a
 * gate (files read as text: no schema, no date) are recorded as ONE digest entry:
 *
 *   { kind: "tree", path: <deepest directory holding them all>, files, bytes, sha256, listing }
 *
 * `listing` names a JSON Lines file in the output directory with one `{path, sha256, bytes}` per file, sorted by
 * path; `sha256` is the digest of exactly those bytes, `files` its line count and `bytes` the sum of its sizes.
 * So the entry commits to every file's digest, and anyone holding the listing can check both (see
 * `listingProblems`; `gate-engine check` and every reader of a recorded verdict do when the listing is there).
 */
import { createHash } from 'node:crypto';
import type { ArtifactRecord, Lane } from './types.js';

/** More plain reads than this in one gate are recorded as one tree entry. */
export const TREE_THRESHOLD = 32;

/** Directory (relative to the output directory) of the listings a lane writes. */
export function listingDir(lane: Lane): string {
  return lane === 'preflight' ? 'preflight_scanned' : 'scanned';
}

/** Where the listing of `gateId`'s tree lives, relative to the output directory. */
export function listingPath(lane: Lane, gateId: string): string {
  return `${listingDir(lane)}/${gateId}.jsonl`;
}

export interface TreeEntry {
  kind: 'tree';
  path: string;
  sha256: string;
  bytes: number;
  files: number;
  listing: string;
}

const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** A plain read: a file read as text, with nothing but its digest and size to record. */
export function isPlainRecord(r: ArtifactRecord): boolean {
  return r.schema === undefined && r.generated_at === undefined && (r as { kind?: unknown }).kind === undefined;
}

/** Listing order: by path, then digest (a file rewritten while the gate read it twice is listed once per version). */
const byPathThenDigest = (a: ArtifactRecord, b: ArtifactRecord) => byPath(a, b) || (a.sha256 < b.sha256 ? -1 : a.sha256 > b.sha256 ? 1 : 0);

/** The listing's text: one JSON object per line, sorted by path (then digest). */
export function listingText(records: readonly ArtifactRecord[]): string {
  let text = '';
  for (const r of [...records].sort(byPathThenDigest)) text += `${JSON.stringify({ path: r.path, sha256: r.sha256, bytes: r.bytes })}\n`;
  return text;
}

/** The deepest directory that holds every path ('.' for the root). */
export function commonDirectory(paths: readonly string[]): string {
  let common: string[] | undefined;
  for (const p of paths) {
    const dirs = p.split('/').slice(0, -1);
    if (common === undefined) common = dirs;
    else {
      let i = 0;
      while (i < common.length && i < dirs.length && common[i] === dirs[i]) i++;
      common = common.slice(0, i);
    }
  }
  return common === undefined || common.length === 0 ? '.' : common.join('/');
}

export interface CollapsedArtifacts {
  artifacts: (ArtifactRecord | TreeEntry)[];
  /** The listing to write (relative path and text) when a tree entry was made. */
  listing?: { path: string; text: string };
}

/** The gate's artifacts sorted by path, with its plain reads collapsed into one tree entry past the threshold. */
export function collapseArtifacts(records: readonly ArtifactRecord[], lane: Lane, gateId: string): CollapsedArtifacts {
  const plain = records.filter(isPlainRecord);
  if (plain.length <= TREE_THRESHOLD) return { artifacts: [...records].sort(byPath) };
  const text = listingText(plain);
  const listing = listingPath(lane, gateId);
  const entry: TreeEntry = {
    kind: 'tree',
    path: commonDirectory(plain.map((r) => r.path)),
    sha256: createHash('sha256').update(text).digest('hex'),
    bytes: plain.reduce((n, r) => n + r.bytes, 0),
    files: plain.length,
    listing,
  };
  const rest = records.filter((r) => !isPlainRecord(r));
  return { artifacts: [...rest, entry].sort(byPath), listing: { path: listing, text } };
}

/** Every way a listing disagrees with the tree entry that names it (empty when they agree). */
export function listingProblems(entry: TreeEntry, text: string): string[] {
  const problems: string[] = [];
  const digest = createHash('sha256').update(text).digest('hex');
  if (digest !== entry.sha256) problems.push(`the listing ${entry.listing} has sha256 ${digest}, the tree entry says ${entry.sha256}`);
  const lines = text.split('\n');
  if (lines.pop() !== '') problems.push(`the listing ${entry.listing} does not end with a newline`);
  let bytes = 0;
  let previous: ArtifactRecord | undefined;
  for (const [i, line] of lines.entries()) {
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      problems.push(`line ${i + 1} of ${entry.listing} is not JSON`);
      break;
    }
    const r = row as Partial<ArtifactRecord>;
    if (typeof r?.path !== 'string' || typeof r.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(r.sha256) || !Number.isSafeInteger(r.bytes) || (r.bytes as number) < 0) {
      problems.push(`line ${i + 1} of ${entry.listing} is not a {path, sha256, bytes} record`);
      break;
    }
    if (previous !== undefined && byPathThenDigest(previous, r as ArtifactRecord) >= 0) {
      problems.push(`line ${i + 1} of ${entry.listing} is out of order or repeats ${JSON.stringify(r.path)}`);
      break;
    }
    previous = r as ArtifactRecord;
    bytes += r.bytes as number;
  }
  if (lines.length !== entry.files) problems.push(`the listing ${entry.listing} names ${lines.length} files, the tree entry says ${entry.files}`);
  if (bytes !== entry.bytes) problems.push(`the listing ${entry.listing} sums to ${bytes} bytes, the tree entry says ${entry.bytes}`);
  return problems;
}

/** Structural problems of a gate's tree entries, from the verdict alone (no listing needed). */
export function treeEntryProblems(lane: Lane, gateId: string, artifacts: readonly (ArtifactRecord | TreeEntry)[]): string[] {
  const trees = artifacts.filter((a): a is TreeEntry => (a as { kind?: unknown }).kind === 'tree');
  if (trees.length === 0) return [];
  const problems: string[] = [];
  if (trees.length > 1) problems.push(`gate ${gateId} has ${trees.length} tree entries; the engine writes at most one`);
  for (const t of trees) {
    if (t.files <= TREE_THRESHOLD) problems.push(`gate ${gateId}'s tree entry counts ${t.files} files; the engine only collapses more than ${TREE_THRESHOLD}`);
    if (t.listing !== listingPath(lane, gateId)) problems.push(`gate ${gateId}'s tree entry names listing ${JSON.stringify(t.listing)}, not ${JSON.stringify(listingPath(lane, gateId))}`);
  }
  const plain = artifacts.filter((a) => (a as { kind?: unknown }).kind !== 'tree' && isPlainRecord(a as ArtifactRecord));
  if (plain.length > 0) problems.push(`gate ${gateId} lists ${plain.length} plain reads next to its tree entry; the engine puts them all in the tree`);
  return problems;
}
