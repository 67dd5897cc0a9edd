import { relative } from 'node:path';
import type { GateResult, GateStatus, Verdict } from '../core/types.js';
import type { TriageDiff } from '../triage/diff.js';
import type { VerifyResult } from '../verify.js';
import { plural } from '../util/plural.js';
import { escapeTerminal, escapeTerminalDeep } from '../util/terminal.js';

export { escapeTerminal };

export interface Style {
  status(status: GateStatus | 'pass' | 'warn' | 'fail' | 'incomplete', text: string): string;
  dim(text: string): string;
}

const COLORS: Record<string, string> = { pass: '32', fail: '31', warn: '33', skip: '36', waived: '35', incomplete: '33' };

/** Color only for a terminal that wants it (NO_COLOR, https://no-color.org); CI logs get plain text. */
export function styleFor(isTTY: boolean, env: NodeJS.ProcessEnv): Style {
  const on = isTTY && env.NO_COLOR === undefined && env.TERM !== 'dumb';
  return {
    status: (status, text) => (on ? `\x1b[${COLORS[status] ?? '0'};1m${text}\x1b[0m` : text),
    dim: (text) => (on ? `\x1b[2m${text}\x1b[0m` : text),
  };
}

const MAX_DETAIL = 200;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > MAX_DETAIL ? `${flat.slice(0, MAX_DETAIL - 1)}…` : flat;
}

function gateLine(g: GateResult, idWidth: number, style: Style): string {
  const status = style.status(g.status, g.status.toUpperCase().padEnd(6));
  const reason = g.reason ?? '';
  const duration = `${g.duration_ms} ms`.padStart(8);
  return `  ${status} ${g.id.padEnd(idWidth)} ${reason.padEnd(16)} ${style.dim(duration)}  ${clip(g.detail)}`;
}

function verdictLine(v: Verdict): string {
  const s = v.summary;
  if (v.verdict === 'incomplete') {
    const sel = v.selection;
    return `PARTIAL run: ${sel.selected.length} of ${sel.selected.length + sel.not_selected.length} configured gates evaluated, none failed (gates that ran: ${sel.gates_verdict}); not a full-suite pass — not evaluated: ${sel.not_selected.join(', ')}`;
  }
  const failingBlocking = s.blocking_total - s.blocking_pass;
  if (v.verdict === 'fail') return `${failingBlocking} of ${s.blocking_total} blocking gate${s.blocking_total === 1 ? '' : 's'} failing`;
  const attention = s.total_gates - s.passed;
  if (v.verdict === 'warn') return `no blocking failure; ${attention} gate${attention === 1 ? ' needs' : 's need'} attention`;
  return `all ${plural(s.total_gates, 'gate')} passed`;
}

function rollbackLines(v: Verdict, style: Style): string[] {
  const r = v.rollback;
  if (!r) return [];
  return [
    style.status('warn', `ROLLBACK MODE — incident ${r.incident}, owner ${r.owner}, expires ${r.expires}`),
    `  reason: ${clip(r.reason)}`,
    `  relaxed: ${r.relaxed_gates.length > 0 ? r.relaxed_gates.join(', ') : 'nothing'} (missing or bad evidence is never relaxed)`,
    '',
  ];
}

/** Every waiver that changed or could have changed this run, by whom and until when. */
function waiverLines(v: Verdict): string[] {
  const w = v.waivers;
  const lines: string[] = [];
  for (const a of w.applied) lines.push(`  waived ${a.gate_id} (raw ${a.raw_status}) by ${a.owner} until ${a.expires}, tracking issue ${a.bead}: ${clip(a.reason)}`);
  for (const d of w.expired) lines.push(`  EXPIRED waiver for ${d.gate_id} (${d.expires}, owner ${d.owner || '?'}) — not applied`);
  for (const d of w.invalid) lines.push(`  INVALID waiver for ${d.gate_id} in ${d.source}: ${clip(d.problems.map((p) => p.message).join('; '))} — not applied`);
  for (const u of w.unused) {
    lines.push(
      u.gate_status === 'fail'
        ? `  waiver for ${u.gate_id} not applied (the gate is fail with a failure no waiver covers; owner ${u.owner}, until ${u.expires})`
        : `  unused waiver for ${u.gate_id} (the gate is ${u.gate_status}; owner ${u.owner}, until ${u.expires}) — remove it`,
    );
  }
  if (w.suspended === true) lines.push('  a waiver source is missing, unreadable or broken: no waiver was applied');
  return lines.length > 0 ? ['', 'waivers:', ...lines] : [];
}

function preflightLines(v: Verdict): string[] {
  if (v.lane !== 'preflight') return [];
  const notEvaluated = (v.gates_not_evaluated ?? []).map((g) => g.id);
  if (!v.first_failure) return ['', `preflight: all ${v.gates_evaluated ?? v.gates.length} blocking gates evaluated`];
  return ['', `preflight: stopped at the first failure, ${v.first_failure.id}; not evaluated: ${notEvaluated.length > 0 ? notEvaluated.join(', ') : 'none'}`];
}

export type RenderableResult = Pick<VerifyResult, 'verdict' | 'triage'> & { files: Partial<Record<string, string>>; root?: string };

export function renderHuman(raw: RenderableResult, cwd: string, style: Style): string {
  // Everything shown comes from data (ids, details, command output, file names): no control character reaches the terminal.
  const result = escapeTerminalDeep(raw);
  const v = result.verdict;
  const show = (p: string) => relative(cwd, p) || '.';
  const lines = [`gate-engine ${v.engine.version} · verify · lane ${v.lane} · mode ${v.mode === 'rollback' ? 'ROLLBACK' : v.mode} · root ${result.root !== undefined ? show(result.root) : v.root}`, ''];
  lines.push(...rollbackLines(v, style));
  const idWidth = Math.max(...v.gates.map((g) => g.id.length));
  for (const g of v.gates) lines.push(gateLine(g, idWidth, style));
  lines.push(...waiverLines(v));
  lines.push(...preflightLines(v));
  const rollback = v.mode === 'rollback' ? ` (ROLLBACK: ${v.rollback?.relaxed_gates.length ?? 0} blocking failure(s) relaxed)` : '';
  const partial = !v.selection.complete && v.verdict !== 'incomplete' ? ' (PARTIAL run: not every configured gate was evaluated)' : '';
  lines.push('', `verdict ${style.status(v.verdict, v.verdict.toUpperCase())}${rollback}${partial} — ${verdictLine(v)}`);
  if (result.triage) lines.push(`triage against ${result.triage.baseline.path}: ${result.triage.status.toUpperCase()} (${triageCounts(result.triage)})`);
  const files = Object.values(result.files).filter((f): f is string => f !== undefined);
  if (files.length > 0) lines.push(`wrote ${files.map(show).join('\n      ')}`);
  const notPassing = v.gates.filter((g) => g.status !== 'pass');
  if (notPassing.length > 0) {
    lines.push('', 'reproduce:');
    for (const g of notPassing) lines.push(`  ${g.id}: ${g.reproduce_command}`);
  }
  return `${lines.join('\n')}\n`;
}

function triageCounts(t: TriageDiff): string {
  const s = t.summary;
  return `${s.regression_count} regression, ${s.new_failure_count} new failure, ${s.removed_count} removed, ${s.known_failure_count} known failure, ${s.fixed_count} fixed`;
}

export function renderTriage(raw: TriageDiff, writtenRaw: string, cwd: string): string {
  const t = escapeTerminalDeep(raw);
  const written = escapeTerminal(writtenRaw);
  const lines = [
    `gate-engine diff · baseline ${t.baseline.path} (${t.baseline.run_id}) → current ${t.current.path} (${t.current.run_id})`,
    '',
    `status ${t.status.toUpperCase()} — ${triageCounts(t)}`,
  ];
  for (const d of t.ranked_diagnostics) {
    lines.push(`  ${String(d.rank).padStart(2)}. ${d.kind.padEnd(13)} ${d.gate_id}${d.blocking ? ' (blocking)' : ''}: ${d.baseline_status ?? 'absent'} → ${d.current_status ?? 'absent'}${d.current_reason ? ` [${d.current_reason}]` : ''}`);
  }
  if (t.recommended_commands.runner_repro_command) lines.push('', `replay: ${t.recommended_commands.runner_repro_command}`);
  lines.push(`wrote ${relative(cwd, written) || written}`);
  return `${lines.join('\n')}\n`;
}
