/**
 * What every CI reporter needs from a gate: the findings to show (each failing or warning check,
 * or one synthetic finding for a gate that did not pass without a located check), where each one
 * lives relative to the workspace, and how serious it is after policy.
 */
import type { CheckResult, GateResult, Verdict } from '../core/types.js';
import type { FailOn } from './types.js';

export interface Finding {
  gate: GateResult;
  /** The check behind the finding; undefined for a gate-level finding (vacuous, crashed, blocking_skip…). */
  check?: CheckResult;
  code: string;
  message: string;
  /** Workspace-relative POSIX path (or absolute when the file lies outside the root). */
  path?: string;
  line?: number;
  column?: number;
}

/** fail: blocks (or would block, before a waiver). warn: needs attention. */
export type Severity = 'fail' | 'warn';

/** A gate's effect after policy: how a CI system should show it. */
export function gateSeverity(gate: GateResult, failOn: FailOn): Severity | 'waived' | 'pass' {
  switch (gate.status) {
    case 'pass':
      return 'pass';
    case 'waived':
      return 'waived';
    case 'fail':
      return gate.blocking ? 'fail' : failOn === 'warn' ? 'fail' : 'warn';
    case 'warn':
    case 'skip':
      return failOn === 'warn' ? 'fail' : 'warn';
    default:
      // A status added later is shown as failing, never as passing.
      return 'fail';
  }
}

function isAbsolute(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p);
}

/** A root-relative path as seen from the workspace. */
export function workspacePath(path: string, prefix: string): string {
  const posix = path.replace(/\\/g, '/');
  if (isAbsolute(posix) || prefix === '') return posix;
  const joined = `${prefix.replace(/\/+$/, '')}/${posix.replace(/^\.\//, '')}`;
  // Normalise "a/b/../c" so annotation paths match the repository tree.
  const out: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

const positive = (n: unknown): number | undefined => (typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : undefined);

/** One line for a value the verdict stores as JSON. */
export function show(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
}

/** The findings of a gate that did not pass, most useful first (as recorded: the verdict is sorted). */
export function gateFindings(gate: GateResult, prefix: string, configPath?: string): Finding[] {
  const located = (path: string | undefined) => (path !== undefined && path !== '' ? workspacePath(path, prefix) : undefined);
  const fallbackPath = located(gate.artifact_path) ?? located(configPath);
  const checks = (Array.isArray(gate.checks) ? gate.checks : []).filter((c) => c.status !== 'pass');
  if (checks.length === 0) {
    const path = fallbackPath;
    return [{ gate, code: gate.reason ?? gate.status, message: gate.detail, ...(path !== undefined ? { path } : {}) }];
  }
  return checks.map((c) => {
    const path = located(c.path) ?? fallbackPath;
    const line = c.path !== undefined ? positive(c.line) : undefined;
    const column = line !== undefined ? positive(c.column) : undefined;
    return { gate, check: c, code: c.code, message: c.message, ...(path !== undefined ? { path } : {}), ...(line !== undefined ? { line } : {}), ...(column !== undefined ? { column } : {}) };
  });
}

/** expected / actual / pointer / fix of a check, as short lines. */
export function findingDetails(f: Finding): string[] {
  const c = f.check;
  if (!c) return [];
  const lines: string[] = [];
  if (c.pointer !== undefined && c.pointer !== '') lines.push(`pointer: ${c.pointer}`);
  if (c.row !== undefined) lines.push(`row: ${c.row}`);
  if (c.expected !== undefined) lines.push(`expected: ${show(c.expected)}`);
  if (c.actual !== undefined) lines.push(`actual: ${show(c.actual)}`);
  if (c.fix !== undefined) lines.push(`fix: ${c.fix}`);
  return lines;
}

/** Gates that did not pass, in verdict order. */
export function gatesNeedingAttention(verdict: Verdict): GateResult[] {
  return verdict.gates.filter((g) => g.status !== 'pass');
}

export function waiverText(gate: GateResult): string | undefined {
  const w = gate.waiver;
  if (!w) return undefined;
  return `waived (raw status ${gate.raw_status}) by ${w.owner} until ${w.expires}, tracking issue ${w.bead}, scope ${w.scope}: ${w.reason}; remove when: ${w.remove_when} (${w.source})`;
}

/**
 * JSON text that is safe to print into a CI log: every '#' in JSON text lies inside a string, so
 * writing "##[" as "#\u0023[" keeps the value and stops a GitHub runner reading an old-style
 * `##[command]` in it. (Pretty-printed JSON never starts a line with "::".)
 */
export function logSafeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/##\[/g, '#\\u0023[')}\n`;
}

export interface NotEvaluated {
  id: string;
  /** Known for the gates the preflight lane stopped before; a gate a partial selection left out is named only. */
  type?: string;
  /** Why it was not evaluated, ending in "(not proven, not passed)". */
  why: string;
}

/**
 * Every configured gate the run did not evaluate: those the preflight lane stopped before, and those a partial run
 * (`--gate`, `--rerun-from`, a shard, the preflight lane's non-blocking gates) left out. A reporter lists each as not
 * proven — a partial run's gates alone would read as a smaller suite that passed (red team hb).
 */
export function notEvaluatedGates(verdict: Verdict): NotEvaluated[] {
  const stopped = verdict.gates_not_evaluated ?? [];
  const out: NotEvaluated[] = stopped.map((g) => ({ id: g.id, type: g.type, why: `preflight stopped at ${verdict.first_failure?.id ?? 'the first failure'}` }));
  const listed = new Set(out.map((g) => g.id));
  const by = verdict.selection?.by;
  for (const id of verdict.selection?.not_selected ?? []) {
    if (!listed.has(id)) out.push({ id, why: `a partial run${by !== undefined ? ` (selected by ${by})` : ''} left it out` });
  }
  return out;
}
