/**
 * Every way evidence can fail to prove anything has its own code. Readers throw these; the runner
 * turns an uncaught one into a failed check carrying the same code, so "missing" never looks like
 * "malformed" and neither ever looks like a pass.
 */
import type { CheckDetail } from './record.js';

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
  'engine_output',
  'imprecise_number',
] as const;

export type ArtifactErrorCode = (typeof ARTIFACT_ERROR_CODES)[number];

/** Where, what was expected, what was found, and how to fix it — the same fields a check result carries. */
export interface ArtifactErrorDetail extends CheckDetail {
  /** Path as the user wrote it (relative to the root), never an absolute machine path. */
  path: string;
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
