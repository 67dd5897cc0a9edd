/**
 * SARIF 2.1.0 (code scanning): one rule per gate type and reason code, with what the code means,
 * the gate's remediation and its docs page; one result per finding at file:line:column; waived
 * gates' results carry an accepted external suppression naming who waived them until when.
 */
import { createHash } from 'node:crypto';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { GateResult, Verdict } from '../core/types.js';
import { findingDetails, gateFindings, gateSeverity, logSafeJson, type Finding } from './findings.js';
import type { ReporterOptions } from './types.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

/** A relative POSIX path as a URI reference (each segment percent-encoded); an absolute one as a file: URI. */
export function pathToUri(path: string): { uri: string; uriBaseId?: string } {
  // A lone surrogate (possible in a file name read as UTF-16) cannot be percent-encoded: show U+FFFD.
  const wellFormed = path.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  const encoded = wellFormed.split('/').map((s) => encodeURIComponent(s)).join('/');
  if (path.startsWith('/')) return { uri: `file://${encoded}` };
  if (/^[A-Za-z]:\//.test(path)) return { uri: `file:///${path.slice(0, 2)}${encoded.slice(encoded.indexOf('/'))}` };
  return { uri: encoded, uriBaseId: SRCROOT };
}

function ruleName(type: string, code: string): string {
  const pascal = (s: string) => s.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  return `${pascal(type)}${pascal(code)}`;
}

function level(gate: GateResult, options: ReporterOptions): Result.level {
  const severity = gateSeverity(gate, options.failOn);
  if (severity === 'waived') return gate.raw_status === 'fail' && gate.blocking ? 'error' : 'warning';
  return severity === 'fail' ? 'error' : 'warning';
}

function fingerprint(f: Finding): string {
  const parts = [f.gate.id, f.check?.id ?? '', f.code, f.path ?? '', String(f.line ?? ''), f.check?.pointer ?? ''];
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

export function renderSarif(verdict: Verdict, options: ReporterOptions): string {
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const ruleFor = (gate: GateResult, code: string): number => {
    const id = `${gate.type}/${code}`;
    const known = ruleIndex.get(id);
    if (known !== undefined) return known;
    const meaning = options.describeReason(code, gate.type) ?? `reason code "${code}" of the ${gate.type} gate`;
    const docsPath = `docs/gates/${gate.type}.md`;
    const docsUrl = options.docsBaseUrl !== undefined ? `${options.docsBaseUrl.replace(/\/+$/, '')}/${docsPath}` : undefined;
    const remediation = gate.remediation.length > 0 ? gate.remediation : [];
    const helpText = [`${gate.type}: ${meaning}.`, ...remediation.map((r, i) => `${i + 1}. ${r}`), `Docs: ${docsUrl ?? `${docsPath} in the gate-engine package`}.`].join('\n');
    const helpMarkdown = [`**${gate.type}** \`${code}\`: ${meaning}.`, '', ...remediation.map((r, i) => `${i + 1}. ${r}`), ...(remediation.length > 0 ? [''] : []), docsUrl ? `Docs: [${docsPath}](${docsUrl})` : `Docs: \`${docsPath}\` in the gate-engine package.`].join('\n');
    const rule: ReportingDescriptor = {
      id,
      name: ruleName(gate.type, code),
      shortDescription: { text: `${gate.type}: ${code}` },
      fullDescription: { text: `${meaning[0]?.toUpperCase() ?? ''}${meaning.slice(1)}.` },
      help: { text: helpText, markdown: helpMarkdown },
      ...(docsUrl !== undefined ? { helpUri: docsUrl } : {}),
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['gate-engine', gate.type] },
    };
    ruleIndex.set(id, rules.length);
    rules.push(rule);
    return rules.length - 1;
  };

  const results: Result[] = [];
  for (const gate of verdict.gates) {
    const severity = gateSeverity(gate, options.failOn);
    if (severity === 'pass') continue;
    for (const f of gateFindings(gate, options.pathPrefix, verdict.config_path)) {
      const index = ruleFor(gate, f.code);
      const details = findingDetails(f);
      const text = [`${gate.id}: ${f.message}`, ...details, `Reproduce: ${gate.reproduce_command}`].join('\n');
      const result: Result = {
        ruleId: rules[index]!.id,
        ruleIndex: index,
        level: level(gate, options),
        message: { text },
        ...(f.path !== undefined
          ? {
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: pathToUri(f.path),
                    ...(f.line !== undefined ? { region: { startLine: f.line, ...(f.column !== undefined ? { startColumn: f.column } : {}) } } : {}),
                  },
                },
              ],
            }
          : {}),
        partialFingerprints: { 'gateEngineFinding/v1': fingerprint(f) },
        properties: {
          gate_id: gate.id,
          gate_status: gate.status,
          raw_status: gate.raw_status,
          blocking: gate.blocking,
          ...(f.check ? { check_id: f.check.id } : {}),
          ...(gate.relaxed_by ? { relaxed_by: gate.relaxed_by } : {}),
        },
      };
      if (severity === 'waived' && gate.waiver) {
        const w = gate.waiver;
        result.suppressions = [{ kind: 'external', status: 'accepted', justification: `waived by ${w.owner} until ${w.expires} (tracking issue ${w.bead}, ${w.source}): ${w.reason}` }];
      }
      results.push(result);
    }
  }

  const log: Log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: verdict.engine.name,
            version: verdict.engine.version,
            semanticVersion: verdict.engine.version,
            ...(options.docsBaseUrl !== undefined ? { informationUri: options.docsBaseUrl } : {}),
            rules,
          },
        },
        automationDetails: { id: `${verdict.engine.name}/${verdict.lane}/${verdict.run_id}` },
        invocations: [{ executionSuccessful: true, endTimeUtc: verdict.generated_at }],
        results,
        properties: { verdict: verdict.verdict, lane: verdict.lane, mode: verdict.mode, summary: verdict.summary, ...(verdict.git ? { git_sha: verdict.git.sha, git_dirty: verdict.git.dirty } : {}) },
      },
    ],
  };
  return logSafeJson(log);
}
