/**
 * The operator runbook of a project's config, generated from the gates' metadata (`gate-engine
 * runbook`): a quick reference of replay commands; per gate its failure signature, artifacts, replay
 * commands and remediation; incident response; how to read the evidence the engine writes; sharding.
 * It is true by construction: every path, command and reason code comes from the config as loaded
 * and the gate definitions the engine runs, never from prose that can drift.
 */
import type { JsonSchema } from '../artifacts/schema.js';
import type { GateConfig, LoadedConfig } from '../config/load.js';
import { WAIVER_GATE_TYPE } from '../core/waivers.js';
import { outputFiles } from '../output/files.js';
import { cell, reasonsTable } from './tables.js';

export interface RunbookInput {
  config: LoadedConfig;
  /** The config file as the operator names it (relative to where commands run). */
  configShown: string;
  /** The output directory as the operator names it. */
  outShown: string;
  /** `npx gate-engine verify …` for this root and config, as argv (the CLI's own replay prefix). */
  replayPrefix: string;
  /** The command that replays one gate with gate-engine. */
  gateReplay(id: string): string;
}

const PATH_LIKE = /\.(json|jsonl|ndjson|ya?ml|toml|md|txt|xml|html?|rs|ts|js)$/i;

/** Paths a gate reads (from its options, defaults filled in) and writes (write_* options land in the output directory). */
export function gateArtifacts(gate: GateConfig, config: LoadedConfig, outShown: string): string[] {
  const found: string[] = [];
  const add = (p: string) => {
    if (!found.includes(p)) found.push(p);
  };
  const main = gate.definition.artifactPath?.(gate.options);
  if (main !== undefined) add(main);
  const props = (gate.definition.optionsSchema.properties ?? {}) as Record<string, JsonSchema>;
  const visit = (key: string, value: unknown, depth: number): void => {
    if (depth > 4) return;
    if (Array.isArray(value)) {
      for (const v of value) visit(key, v, depth + 1);
      return;
    }
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(k, v, depth + 1);
      return;
    }
    if (typeof value !== 'string' || value.trim() === '' || /\s/.test(value.trim())) return;
    const looksLikePath = PATH_LIKE.test(value) || (value.includes('/') && !value.startsWith('/') && !value.includes('://'));
    if (!looksLikePath) return;
    if (key.startsWith('write_')) add(`${outShown}/${value}`);
    else if (!value.includes('*')) add(value);
    else add(`${value} (glob)`);
  };
  for (const [key, value] of Object.entries(gate.options)) if (props[key] !== undefined) visit(key, value, 0);
  if (gate.type === WAIVER_GATE_TYPE) {
    for (const s of config.waivers?.sources ?? []) add(`${s} (waiver entries)`);
    add(`${outShown}/${outputFiles('full').waiverAudit}`);
  }
  return found;
}

function fence(lines: readonly string[]): string[] {
  return ['```bash', ...lines, '```'];
}

function gateSection(gate: GateConfig, input: RunbookInput): string[] {
  const { config, outShown } = input;
  const reasons = Object.keys(gate.definition.reasons ?? {});
  const artifacts = gateArtifacts(gate, config, outShown);
  const replay = [...(gate.reproduce !== undefined ? [gate.reproduce] : []), input.gateReplay(gate.id)];
  const shownValue = (v: unknown) => {
    const t = JSON.stringify(v) ?? String(v);
    return t.length > 300 ? `${t.slice(0, 297)}…` : t;
  };
  const options = Object.entries(gate.options).map(([k, v]) => `- \`${k}\`: \`${shownValue(v).replace(/`/g, "'")}\``);
  const remediation = gate.remediation.length > 0 ? gate.remediation : [`See docs/gates/${gate.type}.md for what each reason means and how to fix it.`];
  return [
    `### ${gate.title} failure`,
    '',
    `**Signature:** gate \`${gate.id}\` (type \`${gate.type}\`, ${gate.blocking ? 'blocking' : 'non-blocking'}) has \`status = "fail"\`${gate.blocking ? '' : ' (or `warn`)'} in \`${outShown}/${outputFiles('full').verdict}\`${reasons.length > 0 ? `, with \`reason\` one of ${reasons.map((r) => `\`${r}\``).join(', ')} or an artifact reader code (\`missing\`, \`malformed\`, \`stale\`, …)` : ''}.`,
    '',
    ...(gate.bead !== undefined ? [`**Tracking issue:** ${gate.bead}`, ''] : []),
    '**Artifacts:**',
    '',
    ...(artifacts.length > 0 ? artifacts.map((a) => `- \`${a.replace(/ \((glob|waiver entries)\)$/, '')}\`${/ \((glob|waiver entries)\)$/.test(a) ? ` (${/\((.*)\)$/.exec(a)?.[1]})` : ''}`) : ['- (none: this gate reads no file of its own)']),
    '',
    ...(options.length > 0 ? ['**Options in effect:**', '', ...options, ''] : []),
    '**Replay:**',
    '',
    ...fence(replay),
    '',
    '**Remediation:**',
    '',
    ...remediation.map((r, i) => `${i + 1}. ${cell(r)}`),
    '',
    ...(reasons.length > 0 ? ['**Reason codes:**', '', reasonsTable(gate.definition)] : []),
  ];
}

/** Fields of the engine's outputs and what they mean (each is checked against the output's JSON Schema by the tests). */
export const INTERPRETATION: { file: keyof ReturnType<typeof outputFiles>; intro: string; fields: [string, string][] }[] = [
  {
    file: 'verdict',
    intro: 'The run\'s verdict: one entry per gate, the fold, the waivers and what was left out.',
    fields: [
      ['verdict', '`pass`, `warn`, `fail` or `incomplete` (a subset of the gates ran: never a full-suite pass)'],
      ['summary.all_blocking_pass', 'true only when every blocking gate passed, warned or was waived'],
      ['gates[].status', 'after policy (waivers, rollback); `raw_status` keeps what the evidence said'],
      ['gates[].reason', 'the code of the first failing (else warning) check; look it up in the gate\'s reason table above'],
      ['gates[].checks[]', 'every finding: id, status, code, message, path, pointer, line, expected, actual, fix'],
      ['gates[].reproduce_command', 'the command that replays this gate alone'],
      ['gates[].artifacts[]', 'every file the gate read, with its sha256'],
      ['selection', 'which configured gates this verdict evaluated, and why others were left out'],
      ['waivers', 'declared, applied, expired, invalid, expiring-soon and unused waivers'],
    ],
  },
  {
    file: 'replay',
    intro: 'Consolidated replay commands and the environment of the run.',
    fields: [
      ['one_command_replay', 'one command that reproduces every failed gate (null when nothing failed)'],
      ['rerun_from_command', 'the same through --rerun-from the recorded verdict'],
      ['failed_gates[].reproduce_command', 'per-gate replay'],
      ['environment', 'node, platform and arch of the run'],
      ['git', 'commit of the root and whether the tree was dirty'],
      ['now', 'the run\'s clock and whether it was pinned with --now'],
    ],
  },
  {
    file: 'triage',
    intro: 'Baseline comparison, written with --diff-from (or by `gate-engine diff`).',
    fields: [
      ['status', '`regression`, `stable` or `known_failures_only`'],
      ['summary.regression_count', 'gates that fail now and did not in the baseline'],
      ['ranked_diagnostics', 'severity-ranked changes, gate by gate'],
      ['recommended_commands', 'the commands that replay the problem gates'],
    ],
  },
  {
    file: 'events',
    intro: 'One JSON object per line: run_started, gate_started, gate_finished (with status and reason), run_finished.',
    fields: [
      ['event', 'the kind of event'],
      ['seq', 'position in the stream (no gaps)'],
      ['gate_id', 'the gate the event is about'],
    ],
  },
];

export function generateRunbook(input: RunbookInput): string {
  const { config, configShown, outShown } = input;
  const verdictFile = `${outShown}/${outputFiles('full').verdict}`;
  const first = config.gates[0]?.id ?? '<gate_id>';
  const blocking = config.gates.filter((g) => g.blocking).length;
  const quarantine = config.gates.filter((g) => g.type === 'suite_classification');
  const lines: string[] = [
    '# CI Operator Runbook: Failure Signatures to Replay Commands',
    '',
    'Maps the failure signatures of this project\'s release gates to exact replay commands, key artifact paths, and remediation steps.',
    '',
    `Config: \`${configShown}\` · Output directory: \`${outShown}\` · Gates: ${config.gates.length} (${blocking} blocking)`,
    '',
    `Generated by \`gate-engine runbook\` from the config and the gates' own metadata; regenerate it whenever the config changes.`,
    '',
    '## Quick Reference: Replay from Any Failure',
    '',
    ...fence([
      '# 1. Replay every gate that failed (or was not evaluated) in a recorded run',
      `${input.replayPrefix} --rerun-from ${verdictFile}`,
      '',
      '# 2. Replay a single gate',
      input.gateReplay(first),
      '',
      '# 3. Replay with the recorded run\'s clock (same inputs + same --now = byte-identical outputs)',
      `${input.gateReplay(first)} --now <generated_at of ${outputFiles('full').verdict}>`,
      '',
      '# 4. Preflight: blocking gates in order, stop at the first failure',
      `${input.replayPrefix} --lane preflight`,
      '',
      '# 5. Triage against a baseline run',
      `${input.replayPrefix} --diff-from <baseline-dir>/${outputFiles('full').verdict}`,
    ]),
    '',
    '## Failure Signature Map',
    '',
  ];
  for (const gate of config.gates) lines.push(...gateSection(gate, input));
  if (quarantine.length > 0) {
    const manifests = quarantine.map((g) => String(g.options.manifest ?? '')).filter((m) => m !== '');
    lines.push(
      '### Flaky test (passes locally, fails on CI)',
      '',
      '**Signature:** inconsistent pass/fail across runs on the same commit.',
      '',
      '**Remediation:**',
      '',
      '1. Classify the flake (FLAKE-TIMING, FLAKE-ENV, FLAKE-NET, FLAKE-RES, FLAKE-EXT, FLAKE-LOGIC).',
      `2. Add a quarantine entry (category, owner, quarantined, expires, tracking issue, evidence, repro, reason, remove_when) to ${manifests.map((m) => `\`${m}\``).join(', ')}.`,
      `3. The ${quarantine.map((g) => `\`${g.id}\``).join(', ')} gate fails an expired or incomplete quarantine entry; remove the entry once the test is fixed.`,
      '',
    );
  }
  lines.push(
    '## Incident Response',
    '',
    '### Triggers (open an incident)',
    '',
    `- \`${outShown}/${outputFiles('full').triage}\` has \`status = "regression"\` or \`summary.regression_count > 0\`.`,
    `- \`${verdictFile}\` has a failing blocking gate (\`summary.all_blocking_pass = false\`).`,
    `- \`${verdictFile}\` is missing, or its \`verdict\` is \`incomplete\` when a full-suite decision is needed.`,
    '',
    '### Evidence bundle for every incident',
    '',
    ...Object.values(outputFiles('full')).filter((f) => !f.endsWith('/') && f !== outputFiles('full').logs).map((f) => `- \`${outShown}/${f}\``),
    '',
    '### Response flow',
    '',
    '1. Capture a reproducible diff against the last good run:',
    '',
    ...fence([`${input.replayPrefix} --diff-from <baseline-dir>/${outputFiles('full').verdict}`]),
    '',
    '2. Extract the per-gate replay commands from the verdict:',
    '',
    ...fence([`node -e 'const v = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); for (const g of v.gates) if (g.status === "fail") console.log(g.id + ": " + g.reproduce_command)' ${verdictFile}`]),
    '',
    '3. Record the failing gate ids, the triage status, the top ranked diagnostics and the one-command replay on the tracking issue.',
    '4. Fix, then re-run what failed:',
    '',
    ...fence([`${input.replayPrefix} --rerun-from ${verdictFile}`]),
    '',
    '5. Close only when the triage status is not `regression`, every blocking gate passes in a full run, and the tracking issue links the refreshed artifacts.',
    '',
    '### Escalation and rollback',
    '',
    `- Rollback mode (\`--mode rollback\` or \`CI_GATE_PROMOTION_MODE=rollback\`) needs a declaration (reason, owner, incident, created, expires ≤ 72 h); it relaxes blocking failures of sound evidence only — missing or malformed evidence still fails. Use it as a short-lived emergency control and return to strict after the fix.`,
    '',
    '## Evidence Artifact Interpretation',
    '',
  );
  for (const item of INTERPRETATION) {
    lines.push(`### ${outputFiles('full')[item.file]}`, '', item.intro, '', '| Field | Meaning |', '|-------|---------|', ...item.fields.map(([f, m]) => `| \`${f}\` | ${cell(m)} |`), '');
  }
  lines.push(
    '## Shard Workflow',
    '',
    ...fence([
      '# Run shard 1 of 3 (every shard of one pipeline shares one run id)',
      `${input.replayPrefix} --shard 1/3 --run-id "$CI_PIPELINE_ID" --out shard-1`,
      '',
      '# Fold the shards into one verdict',
      'npx gate-engine merge shard-1/full_suite_verdict.json shard-2/full_suite_verdict.json shard-3/full_suite_verdict.json --out merged',
    ]),
    '',
    `Shard context is recorded in \`${outputFiles('full').verdict}\` (\`shard.index\`, \`shard.total\`, \`shard.planned\`) and the merged verdict lists its sources in \`merged_from\`.`,
    '',
  );
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
