/**
 * The terminal summary: the CLI's existing rendering (normal), only what needs attention (quiet),
 * or that plus every finding with where / expected / actual and what its reason code means (verbose).
 */
import type { Verdict } from '../core/types.js';
import { renderHuman, styleFor } from '../cli/render.js';
import { plural } from '../util/plural.js';
import { findingDetails, gateFindings } from './findings.js';
import type { ReporterOptions } from './types.js';

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

export function renderHumanReport(verdict: Verdict, options: ReporterOptions): string {
  const style = styleFor(options.color === true, {});
  const cwd = options.cwd ?? verdict.root;
  const verbosity = options.verbosity ?? 'normal';
  if (verbosity === 'quiet') {
    const lines: string[] = [];
    for (const g of verdict.gates.filter((x) => x.status !== 'pass')) {
      lines.push(`${style.status(g.status, g.status.toUpperCase())} ${g.id}${g.reason ? ` [${g.reason}]` : ''}: ${flat(g.detail)}`);
    }
    const s = verdict.summary;
    lines.push(`verdict ${style.status(verdict.verdict, verdict.verdict.toUpperCase())}${verdict.mode === 'rollback' ? ' (ROLLBACK)' : ''} — ${s.passed}/${plural(s.total_gates, 'gate')} passed, blocking ${s.blocking_pass}/${s.blocking_total}`);
    return `${lines.join('\n')}\n`;
  }
  const text = renderHuman({ verdict, files: options.files ?? {}, ...(options.triage ? { triage: options.triage } : {}), ...(options.root !== undefined ? { root: options.root } : {}) }, cwd, style);
  if (verbosity !== 'verbose') return text;
  const lines: string[] = [];
  for (const g of verdict.gates.filter((x) => x.status !== 'pass')) {
    const meaning = g.reason !== undefined ? options.describeReason(g.reason, g.type) : undefined;
    lines.push('', `${style.status(g.status, g.status.toUpperCase())} ${g.id} (${g.type}${g.blocking ? ', blocking' : ''})${g.reason ? ` — ${g.reason}${meaning ? `: ${meaning}` : ''}` : ''}`);
    for (const f of gateFindings(g, options.pathPrefix, verdict.config_path)) {
      const where = f.path !== undefined ? `${f.path}${f.line !== undefined ? `:${f.line}${f.column !== undefined ? `:${f.column}` : ''}` : ''} ` : '';
      lines.push(`  - ${where}[${f.code}] ${flat(f.message)}`);
      for (const d of findingDetails(f)) lines.push(`      ${flat(d)}`);
    }
    g.remediation.forEach((step, i) => lines.push(`  remediation ${i + 1}. ${flat(step)}`));
  }
  return lines.length > 0 ? `${text}\nfindings:${lines.join('\n')}\n` : text;
}
