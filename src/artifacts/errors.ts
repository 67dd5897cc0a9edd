/**
 * Every way evidence can fail to prove anything has its own code. Readers throw these; the runner
 * turns an uncaught one into a failed check carrying the same code, so "missing" never looks like
 * "malformed" and neither ever looks like a pass.
 */
export const ARTIFACT_ERROR_CODES = [
  'missing',
  'empty',
  'unreadable',
  'malformed',
  'duplicate_key',
  'schema',
  'stale',
  'future',
  'lineage',
  'outside_root',
] as const;

export type ArtifactErrorCode = (typeof ARTIFACT_ERROR_CODES)[number];

export interface ArtifactErrorDetail {
  /** Path as the user wrote it (relative to the root), never an absolute machine path. */
  path: string;
  /** JSON pointer inside the document, when the problem has one. */
  pointer?: string;
  /** 1-based line and column in the file, when known. */
  line?: number;
  column?: number;
  /** 1-based row of a JSONL file. */
  row?: number;
  expected?: unknown;
  actual?: unknown;
  /** One sentence telling the user how to fix it. */
  fix?: string;
}

export class ArtifactError extends Error {
  override readonly name = 'ArtifactError';
  readonly code: ArtifactErrorCode;
  readonly detail: ArtifactErrorDetail;

  constructor(code: ArtifactErrorCode, message: string, detail: ArtifactErrorDetail) {
    super(message);
    this.code = code;
    this.detail = detail;
  }

  get path(): string {
    return this.detail.path;
  }

  /** `path:line:column` (or `path row N`) — the form editors and terminals make clickable. */
  get where(): string {
    return formatWhere(this.detail);
  }
}

export function formatWhere(d: { path: string; line?: number; column?: number; row?: number }): string {
  if (d.row !== undefined) return `${d.path} row ${d.row}`;
  if (d.line !== undefined) return d.column !== undefined ? `${d.path}:${d.line}:${d.column}` : `${d.path}:${d.line}`;
  return d.path;
}

export function isArtifactError(e: unknown): e is ArtifactError {
  return e instanceof ArtifactError;
}
