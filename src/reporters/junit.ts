/**
 * JUnit XML (the Ant/Surefire dialect Jenkins, GitLab, Azure and most CI test views read): one
 * testsuite per run, one testcase per gate. A failing gate is a <failure> (an <error> when the gate
 * crashed or timed out) carrying the reason, every finding and the reproduce command; a waived gate
 * is <skipped> with who waived it until when; a warned gate passes with its warnings in
 * <system-out> — unless --fail-on warn, where it fails. Gates a preflight run did not evaluate, and every
 * configured gate a partial run left out, are <skipped>, never passed.
 */
import type { GateResult, Verdict } from '../core/types.js';
import { findingDetails, gateFindings, gateSeverity, notEvaluatedGates, waiverText } from './findings.js';
import type { ReporterOptions } from './types.js';
import { xmlAttr, xmlText } from './xml.js';

const ERROR_REASONS = new Set(['crashed', 'timeout']);

const seconds = (ms: number) => (Number.isFinite(ms) && ms >= 0 ? ms / 1000 : 0).toFixed(3);

function findingsText(gate: GateResult, options: ReporterOptions, configPath?: string): string {
  const lines: string[] = [];
  const meaning = gate.reason !== undefined ? options.describeReason(gate.reason, gate.type) : undefined;
  lines.push(`gate ${gate.id} (${gate.type}) ${gate.status.toUpperCase()}${gate.blocking ? ' blocking' : ' non-blocking'}${gate.relaxed_by === 'rollback' ? ', relaxed by ROLLBACK' : ''}`);
  if (gate.reason !== undefined) lines.push(`reason: ${gate.reason}${meaning ? ` — ${meaning}` : ''}`);
  lines.push(`detail: ${gate.detail}`);
  const waiver = waiverText(gate);
  if (waiver) lines.push(waiver);
  lines.push('findings:');
  for (const f of gateFindings(gate, options.pathPrefix, configPath)) {
    const where = f.path !== undefined ? `${f.path}${f.line !== undefined ? `:${f.line}${f.column !== undefined ? `:${f.column}` : ''}` : ''}: ` : '';
    lines.push(`  - [${f.code}] ${where}${f.message}`);
    for (const d of findingDetails(f)) lines.push(`      ${d}`);
  }
  lines.push(`reproduce: ${gate.reproduce_command}`);
  if (gate.remediation.length > 0) {
    lines.push('remediation:');
    gate.remediation.forEach((step, i) => lines.push(`  ${i + 1}. ${step}`));
  }
  return lines.join('\n');
}

interface Case {
  xml: string[];
  failure: boolean;
  error: boolean;
  skipped: boolean;
}

function testcase(gate: GateResult, verdict: Verdict, options: ReporterOptions): Case {
  const open = `    <testcase name="${xmlAttr(gate.id)}" classname="${xmlAttr(`gate-engine.${gate.type}`)}" time="${seconds(gate.duration_ms)}">`;
  const firstMessage = `${gate.reason ?? gate.status}: ${gate.detail}`;
  const none = { failure: false, error: false, skipped: false };
  if (gate.status === 'pass') return { xml: [`${open.slice(0, -1)}/>`], ...none };
  const body = xmlText(findingsText(gate, options, verdict.config_path));
  // A waived or skipped gate proved nothing: skipped, never passed.
  if (gate.status === 'waived' || gate.status === 'skip') {
    const message = gate.status === 'waived' ? (waiverText(gate) ?? 'waived') : firstMessage;
    return { xml: [open, `      <skipped message="${xmlAttr(message)}"/>`, `      <system-out>${body}</system-out>`, '    </testcase>'], ...none, skipped: true };
  }
  // A warning passes unless --fail-on warn; a failure fails whether or not it blocks the release.
  if (gate.status === 'warn' && gateSeverity(gate, options.failOn) !== 'fail') {
    return { xml: [open, `      <system-out>WARN ${body}</system-out>`, '    </testcase>'], ...none };
  }
  const isError = gate.reason !== undefined && ERROR_REASONS.has(gate.reason);
  const tag = isError ? 'error' : 'failure';
  const type = `${gate.reason ?? gate.status}${gate.blocking ? '' : ' (non-blocking)'}`;
  return {
    xml: [open, `      <${tag} message="${xmlAttr(firstMessage)}" type="${xmlAttr(type)}">${body}</${tag}>`, '    </testcase>'],
    ...none,
    failure: !isError,
    error: isError,
  };
}

export function renderJunit(verdict: Verdict, options: ReporterOptions): string {
  const cases = verdict.gates.map((g) => testcase(g, verdict, options));
  for (const g of notEvaluatedGates(verdict)) {
    const message = `not evaluated: ${g.why} (not proven, not passed)`;
    cases.push({
      xml: [`    <testcase name="${xmlAttr(g.id)}" classname="${xmlAttr(g.type !== undefined ? `gate-engine.${g.type}` : 'gate-engine')}" time="0.000">`, `      <skipped message="${xmlAttr(message)}"/>`, '    </testcase>'],
      failure: false,
      error: false,
      skipped: true,
    });
  }
  const count = (k: 'failure' | 'error' | 'skipped') => cases.filter((c) => c[k]).length;
  const totalMs = verdict.gates.reduce((sum, g) => sum + (Number.isFinite(g.duration_ms) ? g.duration_ms : 0), 0);
  const counts = `tests="${cases.length}" failures="${count('failure')}" errors="${count('error')}" skipped="${count('skipped')}" time="${seconds(totalMs)}"`;
  const suiteName = `gate-engine ${verdict.lane} lane`;
  const props: [string, string][] = [
    ['verdict', verdict.verdict],
    ['run_id', verdict.run_id],
    ['lane', verdict.lane],
    ['mode', verdict.mode],
    ['engine', `${verdict.engine.name} ${verdict.engine.version}`],
    ['generated_at', verdict.generated_at],
    ...(verdict.git ? ([['git_sha', verdict.git.sha], ['git_dirty', String(verdict.git.dirty)]] as [string, string][]) : []),
    ...(verdict.config_path !== undefined ? ([['config_path', verdict.config_path]] as [string, string][]) : []),
  ];
  const timestamp = verdict.generated_at.replace(/(\.\d+)?Z$/, '');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="gate-engine" ${counts}>`,
    `  <testsuite name="${xmlAttr(suiteName)}" ${counts} timestamp="${xmlAttr(timestamp)}">`,
    '    <properties>',
    ...props.map(([name, value]) => `      <property name="${xmlAttr(name)}" value="${xmlAttr(value)}"/>`),
    '    </properties>',
    ...cases.flatMap((c) => c.xml),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
