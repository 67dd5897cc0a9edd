/**
 * GitLab Code Quality report (the CodeClimate subset GitLab reads): one issue per finding with a
 * stable fingerprint, a severity after policy and a workspace-relative location.
 */
import { createHash } from 'node:crypto';
import type { Verdict } from '../core/types.js';
import { findingDetails, gateFindings, gateSeverity, logSafeJson } from './findings.js';
import type { ReporterOptions } from './types.js';

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number } };
}

export function renderGitlab(verdict: Verdict, options: ReporterOptions): string {
  const issues: CodeQualityIssue[] = [];
  const seen = new Map<string, number>();
  for (const gate of verdict.gates) {
    const severity = gateSeverity(gate, options.failOn);
    if (severity === 'pass') continue;
    for (const f of gateFindings(gate, options.pathPrefix, verdict.config_path)) {
      const waived = severity === 'waived' && gate.waiver ? ` [waived by ${gate.waiver.owner} until ${gate.waiver.expires}]` : '';
      const description = [`${gate.id}: ${f.message}${waived}`, ...findingDetails(f), `reproduce: ${gate.reproduce_command}`].join(' · ');
      const base = [gate.id, f.check?.id ?? '', f.code, f.path ?? '', String(f.line ?? ''), f.check?.pointer ?? '', f.message].join('\u0000');
      // Two identical findings still get distinct fingerprints (GitLab drops duplicates).
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      issues.push({
        description,
        check_name: `${gate.type}/${f.code}`,
        fingerprint: createHash('sha256').update(`${base}\u0000${n}`).digest('hex').slice(0, 32),
        severity: severity === 'waived' ? 'info' : severity === 'fail' ? (gate.blocking ? 'blocker' : 'major') : 'minor',
        location: { path: f.path ?? verdict.config_path ?? 'gate-engine.config.yaml', lines: { begin: f.line ?? 1 } },
      });
    }
  }
  return logSafeJson(issues);
}
