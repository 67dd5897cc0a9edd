/**
 * Reads the configured waiver sources: `[waiver.<gate_id>]` tables in a TOML file (the reference
 * keeps them in tests/suite_classification.toml) or a `waiver:` map in a YAML/JSON file. A source
 * that is missing, empty or unparseable is an error — never "no waivers" — and while any source is
 * broken no waiver applies. A source that parses and simply has no `waiver` table holds zero
 * waivers: that can only make gates fail (nothing is waived), so it is not an error; a top-level
 * key that looks like a misspelt `waiver` (`[waivers.x]`) is reported as a warning.
 */
import { posix } from 'node:path';
import { ArtifactError } from '../artifacts/errors.js';
import { createReader, type DocumentArtifact } from '../artifacts/reader.js';
import { encodePointerSegment } from '../util/pointer.js';
import { nearest } from '../util/suggest.js';
import { formatEpochDay, utcEpochDay, describeType } from '../util/time.js';
import type { ArtifactRecord, WaiverBook, WaiverSourceReport } from './types.js';
import { DEFAULT_EXPIRING_SOON_DAYS, DEFAULT_MAX_WAIVER_DAYS, evaluateWaivers, type DeclaredWaiver } from './waivers.js';

export interface WaiverConfig {
  sources: string[];
  maxDays?: number;
  expiringSoonDays?: number;
}

type SourceOutcome = { report: WaiverSourceReport; declared: DeclaredWaiver[] };

function sourceError(path: string, code: string, message: string, fix: string, at: { line?: number; column?: number } = {}): SourceOutcome {
  return { report: { path, status: 'error', waivers: 0, code, message, ...at, fix }, declared: [] };
}

function declaredIn(doc: DocumentArtifact): SourceOutcome {
  const path = doc.path;
  const top = doc.value;
  const keys = top !== null && typeof top === 'object' && !Array.isArray(top) ? Object.keys(top) : [];
  if (top === null || typeof top !== 'object' || Array.isArray(top) || top instanceof Date) {
    return sourceError(path, 'waiver_table_invalid', `${path}: a waiver source must be a table (TOML) or a map (YAML/JSON) with a \`waiver\` entry, found ${describeType(top)}`, 'write [waiver.<gate_id>] tables (YAML: waiver: { <gate_id>: {...} })');
  }
  if (!keys.includes('waiver')) {
    // Zero waivers: nothing is waived, so every gate stands on its evidence. Only a near-miss key is worth a word.
    const misspelt = nearest('waiver', keys);
    return { report: { path, status: 'ok', waivers: 0, table: false, ...(misspelt !== undefined ? { misspelt } : {}) }, declared: [] };
  }
  const table = (top as Record<string, unknown>).waiver;
  if (table === null || typeof table !== 'object' || Array.isArray(table) || table instanceof Date) {
    return sourceError(path, 'waiver_table_invalid', `${path}: \`waiver\` must be a table keyed by gate id, found ${describeType(table)}`, 'write [waiver.<gate_id>] tables (YAML: waiver: { <gate_id>: {...} })', doc.locate('/waiver') ?? {});
  }
  const declared = Object.entries(table).map(([gateId, value]): DeclaredWaiver => {
    const pointer = `/waiver/${encodePointerSegment(gateId)}`;
    const line = doc.locate(pointer)?.line;
    return { gateId, source: path, pointer, ...(line !== undefined ? { line } : {}), value };
  });
  return { report: { path, status: 'ok', waivers: declared.length, table: true }, declared };
}

/** Read every source (in declared order) and judge every waiver against the run's day and gates. */
export async function readWaiverBook(config: WaiverConfig | undefined, root: string, now: Date, gates: ReadonlyMap<string, string>): Promise<WaiverBook> {
  const maxDays = config?.maxDays ?? DEFAULT_MAX_WAIVER_DAYS;
  const expiringSoonDays = config?.expiringSoonDays ?? DEFAULT_EXPIRING_SOON_DAYS;
  const today = utcEpochDay(now);
  const records: ArtifactRecord[] = [];
  const reader = createReader(root, now, (r) => records.push(r));
  const outcomes: SourceOutcome[] = [];
  // `waivers.yaml` and `./waivers.yaml` are one file; read twice, every entry would be its own duplicate.
  const paths = [...new Set((config?.sources ?? []).map((p) => posix.normalize(p.replace(/\\/g, '/'))))];
  for (const path of paths) {
    try {
      const doc = await reader.document(path);
      const outcome = declaredIn(doc);
      // The bytes the waivers were read from: `check` re-hashes the file, so an edited waiver is seen.
      outcome.report.sha256 = doc.record.sha256;
      outcomes.push(outcome);
    } catch (e) {
      if (!(e instanceof ArtifactError)) throw e;
      const d = e.detail;
      outcomes.push(sourceError(d.path, e.code, e.message, d.fix ?? `fix ${d.path}`, { ...(d.line !== undefined ? { line: d.line } : {}), ...(d.column !== undefined ? { column: d.column } : {}) }));
    }
  }
  const entries = evaluateWaivers(outcomes.flatMap((o) => o.declared), { today, maxDays, expiringSoonDays, gates });
  return { configured: config !== undefined, maxDays, expiringSoonDays, today: formatEpochDay(today), sources: outcomes.map((o) => o.report), entries, records };
}
