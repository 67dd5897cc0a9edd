/**
 * The two record shapes readers and the engine share: where a finding lives, and what an artifact
 * read was. They live here, below both, so src/artifacts never imports src/core (src/core/types.ts
 * re-exports them).
 */

/** Where a finding lives, what was expected and what was found: enough to act without re-running. */
export interface CheckDetail {
  path?: string;
  pointer?: string;
  line?: number;
  column?: number;
  row?: number;
  expected?: unknown;
  actual?: unknown;
  fix?: string;
  /**
   * What failed, as the evidence names it (the entries of a failure list beside a status): a waiver whose words name
   * some of these covers only the ones it names (core/fold.ts `itemsNotNamed`).
   */
  failing?: string[];
  /**
   * Failures the evidence shows that `failing` does not list by name (entries past the cap, entries without a name,
   * failures it gives elsewhere): a waiver that names items never covers these.
   */
  failing_more?: number;
}


export interface ArtifactRecord {
  path: string;
  sha256: string;
  bytes: number;
  schema?: string;
  generated_at?: string;
  /** A whole scanned tree in one entry (see core/artifact-tree.ts): `path` is its directory, `sha256` the listing's digest. */
  kind?: 'tree';
  /** Tree entries: how many files the listing names. */
  files?: number;
  /** Tree entries: the listing, relative to the output directory. */
  listing?: string;
}
