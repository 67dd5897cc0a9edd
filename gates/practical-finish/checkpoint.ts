/**
 * The checkpoint artifact of practical_finish_checkpoint (reference schema
 * `pi.perf3x.practical_finish_checkpoint.v1`): built from the computed result, written atomically
 * into the output directory, and — when one is committed — validated field by field (no field
 * defaults to zero), checked for internal consistency and compared with what the tracker says now.
 */
import {
  type Checkpoint,
  checkpointContradictions,
  checkpointEntryPlaceholders,
  type CheckpointIssue,
  CHECKPOINT_COUNT_FIELDS as COUNT_FIELDS,
  CHECKPOINT_LIST_FIELDS as LIST_FIELDS,
  type CheckDetail,
  CHECKPOINT_SCHEMA,
  CHECKPOINT_SCHEMA_ID,
  residualOf,
  DEFAULT_FUTURE_SKEW_MS,
  displayPointer,
  formatDuration,
  formatWhere,
  type GateContext,
  isBlank,
  type JsonArtifact,
  parseRfc3339,
  zeroInstantReason,
  fillerReason,
  placeholderReason,
  plural,
  RUN_DID_NOT_HAPPEN_STATUSES,
  validateSchema,
  writeFilesAtomically,
} from '../../src/sdk/index.js';
import { compareIds, firstIds, openIssue, type Classified, type OpenIssue, type Tracker } from './tracker.js';

export { CHECKPOINT_SCHEMA, CHECKPOINT_SCHEMA_ID, residualOf, type Checkpoint, type CheckpointIssue };


/** The verdict's sentence, in the reference's structure, naming the scope instead of "PERF-3X". */
export function resultDetail(root: string, technicalIds: readonly string[], docs: number): string {
  if (technicalIds.length > 0) {
    const ids = firstIds(technicalIds);
    return `Practical-finish checkpoint not reached: ${plural(technicalIds.length, 'technical issue')} under ${root} still open: ${ids}${ids.endsWith('...') ? '' : '.'}`;
  }
  if (docs > 0) return `Practical-finish checkpoint reached: technical scope under ${root} complete; ${plural(docs, 'docs/report issue')} ${docs === 1 ? 'remains' : 'remain'}.`;
  return `Practical-finish checkpoint reached: no open issues remain under ${root}.`;
}

const entry = (i: OpenIssue): CheckpointIssue => ({ id: i.id, title: i.title, status: i.status, issue_type: i.issue_type, labels: [...i.labels] });

/** What the tracker says now, in the checkpoint's terms (without materialising its issue entries). */
export interface Fresh {
  source: string;
  root: string;
  tracker: Tracker;
  result: Classified;
  status: 'pass' | 'fail';
  detail: string;
  counts: Record<(typeof COUNT_FIELDS)[number], number>;
  ids: Record<(typeof LIST_FIELDS)[number], string[]>;
}

export function freshResult(tracker: Tracker, root: string, result: Classified): Fresh {
  const technical = result.technical;
  const docs = result.docs;
  return {
    source: tracker.path,
    root,
    tracker,
    result,
    status: technical.length === 0 ? 'pass' : 'fail',
    detail: resultDetail(root, technical, docs.length),
    counts: { open_perf3x_count: technical.length + docs.length, technical_open_count: technical.length, docs_or_report_open_count: docs.length },
    ids: { technical_open_issues: technical, docs_or_report_open_issues: docs },
  };
}

export function buildCheckpoint(now: Date, fresh: Fresh): Checkpoint {
  const technical = fresh.counts.technical_open_count;
  const docs = fresh.counts.docs_or_report_open_count;
  return {
    schema: CHECKPOINT_SCHEMA_ID,
    generated_at: now.toISOString(),
    status: fresh.status,
    detail: fresh.detail,
    technical_completion_reached: technical === 0,
    residual_open_scope: residualOf(technical, docs),
    open_perf3x_count: technical + docs,
    technical_open_count: technical,
    docs_or_report_open_count: docs,
    technical_open_issues: fresh.result.technical.map((id) => entry(openIssue(fresh.tracker, id))),
    docs_or_report_open_issues: fresh.result.docs.map((id) => entry(openIssue(fresh.tracker, id))),
  };
}

export async function writeCheckpoint(ctx: GateContext, name: string, checkpoint: Checkpoint): Promise<void> {
  const id = 'checkpoint_written';
  try {
    await writeFilesAtomically(ctx.outputDir, [{ name, content: `${JSON.stringify(checkpoint, null, 2)}\n` }]);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    ctx.fail(id, 'checkpoint_unwritable', `could not write the checkpoint ${name} in the output directory: ${why}`, {
      expected: `${name} written in the output directory`,
      actual: why,
      fix: 'make the output directory writable; a checkpoint that was not kept is not evidence',
    });
    return;
  }
  ctx.pass(id, `wrote ${name} (status ${checkpoint.status}, ${checkpoint.technical_open_count} technical / ${checkpoint.docs_or_report_open_count} docs-or-report open) in the output directory`, {
    actual: name,
  });
}

// ---------------------------------------------------------------------------------------------
// A committed checkpoint

interface Finding {
  code: string;
  pointer: string;
  message: string;
  expected: unknown;
  actual: unknown;
}

/**
 * Why a detail says nothing about the result, or undefined: a placeholder ("unknown" is what the reference wrote when it
 * could not tell), or filler the exemption fields refuse (`fillerReason`, shared with waivers and quarantines: a marker
 * before an instruction, `TODO — fill in before release`, the field's own name, `see above`). The producer computes a
 * sentence that never opens with a marker; the placeholder reading runs first, the filler reading only on what it passed.
 * A detail that is only the word of a run that did not happen (`draft`, `stale`, `planned`, `deferred`: red team ta, session
 * 47), run together as statuses are read, is no finding either.
 */
function detailSaysNothing(detail: string): string | undefined {
  if (isBlank(detail)) return 'blank';
  const why = placeholderReason(detail) ?? fillerReason('detail', detail);
  if (why !== undefined) return why;
  const runTogether = detail.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return RUN_DID_NOT_HAPPEN_STATUSES.has(runTogether) ? `the word of a run that did not happen (${JSON.stringify(detail.trim())})` : undefined;
}

const STRUCTURE_CODE: Record<string, string> = { required: 'missing_field', type: 'wrong_type' };
/** Per pointer, the most basic problem wins: absent, then wrong type, then anything else. */
const RANK: Record<string, number> = { missing_field: 0, wrong_type: 1 };

function structureFindings(doc: JsonArtifact, now: Date): Finding[] {
  const byPointer = new Map<string, Finding>();
  const add = (f: Finding) => {
    const seen = byPointer.get(f.pointer);
    if (seen === undefined || (RANK[f.code] ?? 2) < (RANK[seen.code] ?? 2)) byPointer.set(f.pointer, f);
  };
  for (const p of validateSchema(CHECKPOINT_SCHEMA, doc.value)) {
    const code = STRUCTURE_CODE[p.keyword] ?? 'schema';
    const message =
      code === 'missing_field'
        ? `${displayPointer(p.pointer)} is absent: the field is required and is never read as 0, false or empty`
        : p.keyword === 'additionalProperties'
          ? p.message
          : `${displayPointer(p.pointer)} ${p.message}`;
    add({ code, pointer: p.pointer, message, expected: p.expected, actual: p.actual });
  }
  const value = doc.value as Record<string, unknown>;
  // JSON cannot tell 3.0 from 3 after parsing; the parser remembers which numbers had a fraction.
  for (const field of COUNT_FIELDS) {
    const pointer = `/${field}`;
    if (doc.nonIntegerNumbers.has(pointer) && typeof value[field] === 'number') {
      add({ code: 'wrong_type', pointer, message: `${pointer} must be an integer, found ${String(value[field])} written with a fraction or exponent`, expected: 'integer', actual: value[field] });
    } else if (Object.is(value[field], -0)) {
      // `-0` parses to a number the schema's minimum 0 lets through; no producer prints it (JSON.stringify and serde
      // write 0), so it is a count written by hand with a sign: a negative count as written.
      add({ code: 'schema', pointer, message: `${pointer} is written -0: a count written with a minus sign`, expected: 'a count written as a plain non-negative integer', actual: '-0' });
    }
  }
  if (typeof value.generated_at === 'string') {
    const parsed = parseRfc3339(value.generated_at);
    const zero = parsed.ok ? zeroInstantReason(parsed.value.getTime()) : undefined;
    if (!parsed.ok) add({ code: 'schema', pointer: '/generated_at', message: `/generated_at: ${parsed.reason}`, expected: 'an RFC 3339 timestamp', actual: value.generated_at });
    else if (zero !== undefined) add({ code: 'placeholder', pointer: '/generated_at', message: `/generated_at ${value.generated_at} is ${zero}, not when the checkpoint was written`, expected: 'the time the producer wrote the checkpoint', actual: value.generated_at });
    else if (parsed.value.getTime() - now.getTime() > DEFAULT_FUTURE_SKEW_MS) {
      add({
        code: 'future',
        pointer: '/generated_at',
        message: `/generated_at ${value.generated_at} is after now (${now.toISOString()}) by more than ${formatDuration(DEFAULT_FUTURE_SKEW_MS)}`,
        expected: `at most ${formatDuration(DEFAULT_FUTURE_SKEW_MS)} after ${now.toISOString()}`,
        actual: value.generated_at,
      });
    }
  }
  if (typeof value.detail === 'string' && detailSaysNothing(value.detail) !== undefined) {
    add({ code: 'placeholder', pointer: '/detail', message: `/detail is ${JSON.stringify(value.detail)}, a placeholder rather than the checkpoint's finding`, expected: 'the detail sentence the producer computed', actual: value.detail });
  }
  for (const p of checkpointEntryPlaceholders(value)) add({ code: 'placeholder', ...p });
  return [...byPointer.values()];
}

function agreementFindings(c: Checkpoint, fresh: Fresh): Finding[] {
  const out: Finding[] = [];
  const add = (pointer: string, message: string, expected: unknown, actual: unknown) => out.push({ code: 'checkpoint_mismatch', pointer, message, expected, actual });
  const now = `computed from ${fresh.source}`;
  if (c.status !== fresh.status) {
    add('/status', `says status "${c.status}", but ${now} it is "${fresh.status}": ${fresh.detail}`, fresh.status, c.status);
  }
  for (const field of COUNT_FIELDS) {
    if (c[field] !== fresh.counts[field]) add(`/${field}`, `says ${field} ${c[field]}, but ${now} it is ${fresh.counts[field]}`, fresh.counts[field], c[field]);
  }
  for (const list of LIST_FIELDS) {
    const listed = new Set(c[list].map((i) => i.id));
    const computed = new Set(fresh.ids[list]);
    const lacks = [...computed].filter((id) => !listed.has(id)).sort(compareIds);
    const extra = [...listed].filter((id) => !computed.has(id)).sort(compareIds);
    if (lacks.length === 0 && extra.length === 0) continue;
    const parts = [
      ...(lacks.length > 0 ? [`lacks ${firstIds(lacks)} (open in the tracker)`] : []),
      ...(extra.length > 0 ? [`lists ${firstIds(extra)} (not open ${list === 'technical_open_issues' ? 'technical' : 'docs/report'} issues in the tracker)`] : []),
    ];
    add(`/${list}`, `${list} ${parts.join(' and ')}`, capIds(fresh.ids[list]), capIds(c[list].map((i) => i.id)));
  }
  return [...out, ...titleFindings(c, fresh)];
}

/**
 * Entry titles the tracker does not hold that are filler (red team ta, session 47; closed session 48, helper fd): the
 * producer copies each title from the tracker, so one the tracker holds is sound however it reads (`TODO: remove the
 * legacy flag` is a real issue's title), and one it does not hold was written by hand — refused when it is filler
 * (`TODO — fill in before release`, `title`, `see above`: {@link fillerReason}). Only entries of an issue the list rightly holds.
 */
function titleFindings(c: Checkpoint, fresh: Fresh): Finding[] {
  const out: Finding[] = [];
  for (const list of LIST_FIELDS) {
    const computed = new Set(fresh.ids[list]);
    c[list].forEach((issue, i) => {
      if (!computed.has(issue.id)) return;
      const tracked = openIssue(fresh.tracker, issue.id).title;
      if (issue.title === tracked) return;
      const why = fillerReason('title', issue.title);
      if (why === undefined) return;
      const pointer = `/${list}/${i}/title`;
      out.push({ code: 'placeholder', pointer, message: `${pointer} ${JSON.stringify(issue.title)} is not the title of ${issue.id} in ${fresh.source} (${JSON.stringify(tracked)}), and is ${why}`, expected: tracked, actual: issue.title });
    });
  }
  return out;
}

/** At most 200 ids in a finding; the rest are counted (the checkpoint itself lists them all). */
export function capIds(ids: readonly string[], max = 200): string[] {
  return ids.length <= max ? [...ids] : [...ids.slice(0, max), `(+${ids.length - max} more)`];
}

const locateNearest = (doc: JsonArtifact, pointer: string) => {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const found = doc.locate(p);
    if (found !== undefined || p === '') return found;
  }
};

/**
 * Validate a committed checkpoint: read (schema id), structure, internal consistency and, when the
 * tracker could be evaluated (`fresh`), agreement with it. Each stage runs only when the previous
 * one found nothing: an inconsistent checkpoint is not compared, because the comparison would only
 * repeat its contradictions.
 */
export async function checkCommittedCheckpoint(ctx: GateContext, path: string, fresh: Fresh | undefined, closedStatuses?: readonly string[]): Promise<void> {
  const id = 'checkpoint';
  let doc: JsonArtifact;
  try {
    doc = await ctx.read.json(path, { schemaId: CHECKPOINT_SCHEMA_ID, ageMatters: false });
  } catch (e) {
    ctx.failFromError(id, e);
    return;
  }
  const regenerate = `regenerate ${doc.path} from a run on this tracker (write_checkpoint) and commit it; never edit a checkpoint by hand`;
  const record = (findings: Finding[]) => {
    for (const f of findings) {
      const position = locateNearest(doc, f.pointer);
      const detail: CheckDetail = { path: doc.path, pointer: f.pointer, ...position, expected: f.expected, actual: f.actual, fix: regenerate };
      ctx.fail(id, f.code, `${formatWhere({ path: doc.path, ...position })}: ${f.message}`, detail);
    }
    return findings.length > 0;
  };
  if (record(structureFindings(doc, ctx.now))) return;
  const c = doc.value as Checkpoint;
  // The tracker's own status of an issue it holds open is sound in an open list, whatever the word (a project's `resolved`).
  const open = fresh === undefined ? undefined : new Set(LIST_FIELDS.flatMap((l) => fresh.ids[l]));
  const tracked = (issueId: string) => (fresh !== undefined && open?.has(issueId) === true ? openIssue(fresh.tracker, issueId).status : undefined);
  if (record(checkpointContradictions(c, closedStatuses, tracked).map((f) => ({ code: 'checkpoint_inconsistent', ...f })))) return;
  if (fresh === undefined) {
    ctx.pass(id, `${doc.path} is well-formed and self-consistent (status ${c.status}); not compared with the tracker, which could not be evaluated`, { path: doc.path, pointer: '' });
    return;
  }
  if (record(agreementFindings(c, fresh))) return;
  ctx.pass(id, `${doc.path} agrees with ${fresh.source}: status ${c.status}, ${c.technical_open_count} technical / ${c.docs_or_report_open_count} docs-or-report open`, {
    path: doc.path,
    pointer: '',
    expected: { status: fresh.status, technical_open_count: fresh.counts.technical_open_count, docs_or_report_open_count: fresh.counts.docs_or_report_open_count },
    actual: { status: c.status, technical_open_count: c.technical_open_count, docs_or_report_open_count: c.docs_or_report_open_count },
  });
}
