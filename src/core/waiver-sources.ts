/**
 * Reads the configured waiver sources: `[waiver.<gate_id>]` tables in a TOML file (the reference
 * keeps them in tests/suite_classification.toml) or a `waiver:` map in a YAML/JSON file. A source
 * that is missing, empty, unparseable or has no `waiver` table is an error — never "no waivers" —
 * because the reference project silently lost every waiver (and passed) exactly that way.
 */
import { posix } from 'node:path';
import { ArtifactError } from '../artifacts/errors.js';
import { createReader, type DocumentArtifact } from '../artifacts/reader.js';
import { encodePointerSegment } from '../util/pointer.js';
import { didYouMean } from '../util/suggest.js';
import { formatEpochDay, utcEpochDay, describeType } from './time.js';
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
  if (!keys.includes('waiver')) {
    return sourceError(path, 'no_waiver_table', `${path} has no \`waiver\` table${didYouMean('waiver', keys)}`, 'declare waivers as [waiver.<gate_id>] tables (YAML: a `waiver:` map); an empty [waiver] table (YAML: `waiver: {}`) declares that there are none');
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
  return { report: { path, status: 'ok', waivers: declared.length }, declared };
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
      outcomes.push(declaredIn(await reader.document(path)));
    } catch (e) {
      if (!(e instanceof ArtifactError)) throw e;
      const d = e.detail;
      outcomes.push(sourceError(d.path, e.code, e.message, d.fix ?? `fix ${d.path}`, { ...(d.line !== undefined ? { line: d.line } : {}), ...(d.column !== undefined ? { column: d.column } : {}) }));
    }
  }
  const entries = evaluateWaivers(outcomes.flatMap((o) => o.declared), { today, maxDays, expiringSoonDays, gates });
  return { configured: config !== undefined, maxDays, expiringSoonDays, today: formatEpochDay(today), sources: outcomes.map((o) => o.report), entries, records };
}
