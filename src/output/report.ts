/**
 * `full_suite_report.md`: the reference project's layout (summary table, gate table, issues
 * section) plus what an on-call engineer needs next to each failure: the reason code and what it
 * means, each finding with where/expected/actual, and the command that replays the gate.
 */
import type { CheckResult, GateResult, Verdict } from '../core/types.js';
import { mdCode, mdFence, mdInline, showHidden } from '../reporters/markdown.js';

/** Findings listed per gate; the verdict JSON always has all of them. */
export const MAX_FINDINGS_PER_GATE = 50;

export type DescribeReason = (code: string, gateType: string) => string | undefined;

// Evidence and config text is escaped (src/reporters/markdown.ts): it renders as itself, never as
// markdown structure, HTML, a link, a control character or an ANSI escape.
function cell(value: unknown): string {
  if (value === undefined || value === null || value === '') return '-';
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return mdInline(text);
}

const code = mdCode;
const text = (value: string) => mdInline(value);

function where(c: CheckResult): string {
  if (c.path === undefined) return c.pointer !== undefined ? c.pointer : '-';
  let at = c.path;
  if (c.row !== undefined) at += ` row ${c.row}`;
  else if (c.line !== undefined) at += `:${c.line}${c.column !== undefined ? `:${c.column}` : ''}`;
  if (c.pointer !== undefined && c.pointer !== '') at += ` ${c.pointer}`;
  return at;
}

function findingsTable(gate: GateResult): string[] {
  const findings = gate.checks.filter((c) => c.status !== 'pass');
  if (findings.length === 0) return [];
  const shown = findings.slice(0, MAX_FINDINGS_PER_GATE);
  const lines = ['- **Findings:**', '', '  | Check | Status | Code | Where | Expected | Actual | Message |', '  |-------|--------|------|-------|----------|--------|---------|'];
  for (const c of shown) {
    lines.push(`  | ${cell(c.id)} | ${c.status.toUpperCase()} | ${code(c.code)} | ${cell(where(c))} | ${cell(c.expected)} | ${cell(c.actual)} | ${cell(c.message)} |`);
  }
  if (findings.length > shown.length) lines.push('', `  … and ${findings.length - shown.length} more in full_suite_verdict.json (gates[id=${gate.id}].checks).`);
  lines.push('');
  return lines;
}

function attentionSection(gate: GateResult, describeReason: DescribeReason): string[] {
  const relaxed = gate.relaxed_by === 'rollback' ? ' — relaxed by ROLLBACK (raw status FAIL)' : '';
  const lines = [`### ${text(gate.name)} — ${gate.status.toUpperCase()}${gate.blocking ? ' **(BLOCKING)**' : ''}${relaxed}`, ''];
  lines.push(`- **Gate:** ${code(gate.id)} (type ${code(gate.type)})`);
  lines.push(`- **Tracking issue:** ${cell(gate.bead)}`);
  if (gate.reason !== undefined) {
    const meaning = describeReason(gate.reason, gate.type);
    lines.push(`- **Reason:** ${code(gate.reason)}${meaning ? ` — ${meaning}` : ''}`);
  }
  if (gate.waiver) {
    const w = gate.waiver;
    lines.push(`- **Waived:** raw status ${gate.raw_status.toUpperCase()} — by ${text(w.owner)} until **${text(w.expires)}** (tracking issue ${text(w.bead)}, scope ${text(w.scope)}, ${code(w.source)})`);
    lines.push(`- **Waiver reason:** ${text(w.reason)} · **remove when:** ${text(w.remove_when)}`);
  }
  lines.push(`- **Detail:** ${text(gate.detail)}`);
  if (gate.artifact_path !== undefined) lines.push(`- **Artifact:** ${code(gate.artifact_path)}`);
  lines.push(...findingsTable(gate));
  const reproduce = showHidden(gate.reproduce_command);
  const fence = mdFence(reproduce);
  lines.push('- **Reproduce:**', '', `  ${fence}bash`, `  ${reproduce}`, `  ${fence}`, '');
  if (gate.remediation.length > 0) {
    lines.push('- **Remediation:**', '');
    gate.remediation.forEach((step, i) => lines.push(`  ${i + 1}. ${text(step)}`));
    lines.push('');
  }
  return lines;
}

const SELECTED_BY: Record<string, string> = { gate: '--gate', rerun: '--rerun-from', shard: '--shard', lane: `the ${'lane'}`, merge: 'merge' };

/** A subset run says so before anything else: it is never a full-suite pass. */
function partialBanner(verdict: Verdict): string[] {
  const sel = verdict.selection;
  if (sel.complete) return [];
  const by = sel.by === 'lane' ? `the ${verdict.lane} lane` : (SELECTED_BY[sel.by] ?? sel.by);
  return [
    `> **PARTIAL RUN** — ${sel.selected.length} of ${sel.selected.length + sel.not_selected.length} configured gates evaluated (selected by ${by}); this is **not** a full-suite verdict.`,
    `> Gates that ran: **${sel.gates_verdict.toUpperCase()}**. Not evaluated: ${sel.not_selected.map(code).join(', ')}.`,
  ];
}

function rollbackBanner(verdict: Verdict): string[] {
  const r = verdict.rollback;
  if (!r) return [];
  const relaxed = r.relaxed_gates.length > 0 ? r.relaxed_gates.map(code).join(', ') : 'none';
  return [
    `> **ROLLBACK MODE** — blocking failures of sound evidence are reported as warnings under incident **${text(r.incident)}**.`,
    `> Owner: ${text(r.owner)} · declared ${text(r.created)} · **expires ${text(r.expires)}** · source ${code(r.source)}`,
    `> Reason: ${text(r.reason)}`,
    `> Relaxed gates: ${relaxed}. Missing or untrustworthy evidence is never relaxed. Restore strict mode as soon as the incident is fixed.`,
  ];
}

/** What this run did with a declared waiver; keyed by gate id, never paired by position (the reference's rows shifted). */
function waiverUse(verdict: Verdict, gateId: string, state: string): string {
  if (state === 'invalid' || state === 'expired') return 'not applied';
  if (verdict.waivers.suspended === true) return 'not applied (a waiver source is missing, unreadable or broken)';
  if (verdict.waivers.applied.some((a) => a.gate_id === gateId)) return '**applied**';
  const unused = verdict.waivers.unused.find((u) => u.gate_id === gateId);
  if (unused !== undefined) return unused.gate_status === 'pass' ? 'unused — the gate passed; remove the waiver' : `not applied — the gate is ${unused.gate_status} and the waiver does not cover that (see the gate's waiver_applies check)`;
  return verdict.gates.some((g) => g.id === gateId) ? `not in force for the ${verdict.lane} lane` : 'gate not run';
}

function waiverSection(verdict: Verdict): string[] {
  const w = verdict.waivers;
  const declared = w.declared ?? [];
  const broken = (w.sources ?? []).filter((s) => s.status === 'error');
  if (declared.length === 0 && broken.length === 0) return [];
  const lines = ['## Waivers', ''];
  if (declared.length > 0) {
    lines.push('| Gate | Owner | Tracking issue | Created | Expires | Scope | State | This run | Removal condition |', '|------|-------|------|---------|---------|-------|-------|----------|-------------------|');
    for (const d of declared) {
      lines.push(`| ${code(d.gate_id)} | ${cell(d.owner)} | ${cell(d.bead)} | ${cell(d.created)} | ${cell(d.expires)} | ${cell(d.scope)} | ${d.state.toUpperCase()} | ${waiverUse(verdict, d.gate_id, d.state)} | ${cell(d.remove_when)} |`);
    }
    lines.push('');
  }
  for (const d of w.invalid) {
    lines.push(`- Invalid waiver ${code(d.gate_id)} in ${code(d.source)}:`);
    for (const p of d.problems) lines.push(`  - ${code(p.code)} ${text(p.message)}`);
  }
  for (const s of broken) lines.push(`- Waiver source ${code(s.path)} is unusable (${code(s.code ?? 'unreadable')}): ${text(s.message ?? '')} — no waiver is applied until it is fixed.`);
  if (w.invalid.length > 0 || broken.length > 0) lines.push('');
  return lines;
}

function preflightSection(verdict: Verdict): string[] {
  if (verdict.lane !== 'preflight') return [];
  const notEvaluated = verdict.gates_not_evaluated ?? [];
  const lines = ['## Preflight', ''];
  lines.push(verdict.first_failure ? `Stopped at the first failure: ${code(verdict.first_failure.id)} (${text(verdict.first_failure.name)}).` : 'Every blocking gate was evaluated; none failed.');
  lines.push('', `Gates evaluated: ${verdict.gates_evaluated ?? verdict.gates.length}.`);
  if (notEvaluated.length > 0) {
    lines.push('', 'Not evaluated (not proven, not passed):', '');
    for (const g of notEvaluated) lines.push(`- ${code(g.id)} — ${text(g.name)}`);
  }
  lines.push('');
  return lines;
}

export function renderReport(verdict: Verdict, describeReason: DescribeReason, replayCommand?: string): string {
  const s = verdict.summary;
  const generated = verdict.generated_at.replace(/\.\d+Z$/, 'Z');
  const lines = [
    verdict.lane === 'preflight' ? '# Preflight Lane Report' : '# Full-Suite CI Gate Report',
    '',
    `> Generated: ${generated}`,
    `> Verdict: **${verdict.verdict.toUpperCase()}**${verdict.mode === 'rollback' ? ' (ROLLBACK MODE)' : ''}`,
    `> Run: ${code(verdict.run_id)} · lane ${code(verdict.lane)} · mode ${code(verdict.mode)} · ${verdict.engine.name} ${verdict.engine.version}`,
  ];
  if (verdict.git) lines.push(`> Git: ${code(verdict.git.sha)}${verdict.git.dirty ? ' (uncommitted changes present)' : ''}`);
  if (verdict.rerun_of) lines.push(`> Re-run of ${code(verdict.rerun_of.run_id)} (${code(verdict.rerun_of.path)}, sha256 ${verdict.rerun_of.sha256.slice(0, 12)}…)`);
  if (verdict.shard) lines.push(`> Shard ${verdict.shard.index} of ${verdict.shard.total}`);
  lines.push(...partialBanner(verdict));
  lines.push(...rollbackBanner(verdict));
  lines.push(
    '',
    '## Summary',
    '',
    '| Metric | Value |',
    '|--------|-------|',
    `| Total gates | ${s.total_gates} |`,
    `| Passed | ${s.passed} |`,
    `| Failed | ${s.failed} |`,
    `| Warned | ${s.warned} |`,
    `| Skipped | ${s.skipped} |`,
    `| Waived | ${s.waived} |`,
    `| Blocking pass | ${s.blocking_pass}/${s.blocking_total} |`,
    '',
    '## Gate Results',
    '',
    '| Gate | Tracking issue | Blocking | Status | Reason | Artifact |',
    '|------|------|----------|--------|--------|----------|',
  );
  for (const g of verdict.gates) {
    const status = `${g.status.toUpperCase()}${g.relaxed_by === 'rollback' ? ' (ROLLBACK)' : ''}`;
    lines.push(`| ${cell(g.name)} | ${cell(g.bead)} | ${g.blocking ? 'YES' : 'no'} | ${status} | ${g.reason ? code(g.reason) : '-'} | ${g.artifact_path ? code(g.artifact_path) : '-'} |`);
  }
  lines.push('');
  lines.push(...waiverSection(verdict));
  lines.push(...preflightSection(verdict));
  const attention = verdict.gates.filter((g) => g.status !== 'pass');
  if (attention.length > 0) {
    lines.push('## Issues Requiring Attention', '');
    for (const g of attention) lines.push(...attentionSection(g, describeReason));
  }
  if (replayCommand !== undefined) {
    const replay = showHidden(replayCommand);
    lines.push('## Replay', '', 'Re-run exactly the gates that did not pass:', '', `${mdFence(replay)}bash`, replay, mdFence(replay), '');
  }
  return lines.join('\n').replace(/\n+$/, '\n');
}
