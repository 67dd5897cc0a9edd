/**
 * GitHub Actions: workflow-command annotations on stdout and a markdown step summary.
 *
 * Every value that comes from a verdict (artifact text included) is escaped exactly as the runner
 * unescapes it — data: % CR LF; properties: also : and , — so no value can end the command line
 * early, start a new workflow command, or smuggle a property. The summary is the markdown report,
 * cut at a line boundary to fit the step summary's size limit.
 */
import type { Verdict } from '../core/types.js';
import { renderReport } from '../output/report.js';
import { findingDetails, gateFindings, gateSeverity, notEvaluatedGates, waiverText } from './findings.js';
import type { ReporterOptions } from './types.js';

/** GitHub's limit for one step's summary file (1 MiB); larger summaries are not shown at all. */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Findings annotated per gate; the rest are counted in one notice (the summary and report have them all). */
export const MAX_ANNOTATIONS_PER_GATE = 10;

/** Workflow-command message escaping (as @actions/core's escapeData). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow-command property escaping (as @actions/core's escapeProperty). */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export type AnnotationKind = 'error' | 'warning' | 'notice';

export interface Annotation {
  kind: AnnotationKind;
  message: string;
  title?: string;
  file?: string;
  line?: number;
  col?: number;
}

export function formatAnnotation(a: Annotation): string {
  const props: string[] = [];
  if (a.file !== undefined) props.push(`file=${escapeProperty(a.file)}`);
  if (a.line !== undefined) props.push(`line=${a.line}`);
  if (a.col !== undefined) props.push(`col=${a.col}`);
  if (a.title !== undefined) props.push(`title=${escapeProperty(a.title)}`);
  return `::${a.kind}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(a.message)}`;
}

export function githubAnnotations(verdict: Verdict, options: ReporterOptions): Annotation[] {
  const out: Annotation[] = [];
  for (const gate of verdict.gates) {
    const severity = gateSeverity(gate, options.failOn);
    if (severity === 'pass') continue;
    if (severity === 'waived') {
      out.push({ kind: 'notice', title: `gate-engine: ${gate.id} waived`, message: waiverText(gate) ?? `${gate.id} is waived (raw status ${gate.raw_status})` });
      continue;
    }
    const kind: AnnotationKind = severity === 'fail' ? 'error' : 'warning';
    const findings = gateFindings(gate, options.pathPrefix, verdict.config_path);
    const rollback = gate.relaxed_by === 'rollback' ? ' [relaxed by ROLLBACK]' : '';
    for (const f of findings.slice(0, MAX_ANNOTATIONS_PER_GATE)) {
      const meaning = options.describeReason(f.code, gate.type);
      const lines = [f.message, ...findingDetails(f), ...(meaning ? [`${f.code}: ${meaning}`] : []), `reproduce: ${gate.reproduce_command}`];
      out.push({
        kind,
        title: `gate-engine: ${gate.id} ${gate.status.toUpperCase()}${gate.blocking ? ' (blocking)' : ''} — ${f.code}${rollback}`,
        message: lines.join('\n'),
        ...(f.path !== undefined ? { file: f.path } : {}),
        ...(f.line !== undefined ? { line: f.line } : {}),
        ...(f.column !== undefined ? { col: f.column } : {}),
      });
    }
    if (findings.length > MAX_ANNOTATIONS_PER_GATE) {
      out.push({ kind: 'notice', title: `gate-engine: ${gate.id}`, message: `${findings.length - MAX_ANNOTATIONS_PER_GATE} more findings of ${gate.id} are in the step summary and full_suite_report.md` });
    }
  }
  for (const g of notEvaluatedGates(verdict)) {
    out.push({ kind: 'warning', title: `gate-engine: ${g.id} not evaluated`, message: `${g.why}; ${g.id} was not evaluated (not proven, not passed)` });
  }
  const s = verdict.summary;
  const verdictKind: AnnotationKind = verdict.verdict === 'fail' || (verdict.verdict === 'warn' && options.failOn === 'warn') ? 'error' : verdict.verdict === 'warn' ? 'warning' : 'notice';
  out.push({
    kind: verdictKind,
    title: `gate-engine verdict ${verdict.verdict.toUpperCase()}${verdict.mode === 'rollback' ? ' (ROLLBACK MODE)' : ''}`,
    message: `${s.passed} passed, ${s.failed} failed, ${s.warned} warned, ${s.skipped} skipped, ${s.waived} waived; blocking ${s.blocking_pass}/${s.blocking_total} (run ${verdict.run_id})`,
  });
  return out;
}

/** The annotations, one workflow command per line. */
export function renderGithub(verdict: Verdict, options: ReporterOptions): string {
  return `${githubAnnotations(verdict, options).map(formatAnnotation).join('\n')}\n`;
}

const TRUNCATION_NOTE = (dropped: number) => `\n\n> **Summary truncated** to fit GitHub's step summary limit: ${dropped} more lines are in \`full_suite_report.md\` (and every finding is in the verdict JSON).\n`;

/**
 * The step summary: the markdown report, cut at a line boundary so that it — with the truncation
 * note — never exceeds `maxBytes` (UTF-8). Returns '' when not even the note fits.
 */
export function githubStepSummary(verdict: Verdict, options: ReporterOptions, maxBytes: number = STEP_SUMMARY_LIMIT_BYTES): string {
  const full = renderReport(verdict, options.describeReason);
  if (Buffer.byteLength(full, 'utf8') <= maxBytes) return full;
  const lines = full.split('\n');
  let kept = 0;
  let bytes = 0;
  // The note with the largest count it can carry, plus a closing code fence.
  const noteBudget = Buffer.byteLength(TRUNCATION_NOTE(lines.length), 'utf8') + 4;
  while (kept < lines.length) {
    const next = Buffer.byteLength(`${lines[kept]}\n`, 'utf8');
    if (bytes + next + noteBudget > maxBytes) break;
    bytes += next;
    kept += 1;
  }
  if (kept === 0) return Buffer.byteLength(TRUNCATION_NOTE(lines.length).trimStart(), 'utf8') <= maxBytes ? TRUNCATION_NOTE(lines.length).trimStart() : '';
  // A cut inside a fenced code block would swallow the note: close the fence.
  const body = lines.slice(0, kept);
  const fences = body.filter((l) => /^\s*```/.test(l)).length;
  const closing = fences % 2 === 1 ? '\n```' : '';
  return `${body.join('\n')}${closing}${TRUNCATION_NOTE(lines.length - kept)}`;
}
