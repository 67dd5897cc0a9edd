/**
 * Engine-level reason codes and what they mean. Gate-specific codes are declared by each gate
 * (`GateDefinition.reasons`); together they are the vocabulary of `reason` and `checks[].code`.
 */
import type { ArtifactErrorCode } from '../artifacts/errors.js';

export const ARTIFACT_REASONS: Record<ArtifactErrorCode, string> = {
  missing: 'an artifact the gate needs does not exist',
  empty: 'an artifact exists but holds nothing (0 bytes, only whitespace, or no rows)',
  unreadable: 'an artifact could not be read (permissions, a directory, too large)',
  malformed: 'an artifact is not valid JSON/JSONL/TOML/YAML/UTF-8',
  duplicate_key: 'an artifact defines the same key twice, so which value counts is ambiguous',
  schema: 'an artifact has the wrong schema id or does not match its schema',
  stale: 'an artifact is older than the allowed maximum age, or is an earlier run\'s output: a command that declares it writes the file left it untouched, or the gate read it before that command ran',
  future: 'an artifact claims to be generated in the future',
  lineage: 'artifacts come from different runs or carry placeholder evidence',
  outside_root: 'a path escapes the repository root (.., absolute path or symlink)',
  engine_output: 'a path names gate-engine output (this or an earlier run\'s verdict, report, events or command logs), which is never evidence',
  imprecise_number: 'a number the gate compares has more precision than a double keeps (over 17 significant digits, or an integer beyond 2^53 - 1), or an artifact writes a number no double can hold at all (1e400 reads as Infinity, 1e-400 as 0)',
};

export const RUNNER_REASONS: Record<string, string> = {
  vacuous: 'the gate proved nothing: zero checks ran or its scope held zero items',
  crashed: 'the gate threw or returned garbage (a bug in the gate, reported as a failure)',
  timeout: 'the gate did not finish within its timeout',
  blocking_skip: 'a blocking gate skipped; blocking gates cannot stay skipped',
  skipped: 'the gate does not apply here (non-blocking gates only)',
  declared_write_missing: 'a command gate declares writes that it did not write during the run: no file matching a declared glob is new or rewritten',
  resource_limit: 'the JS heap passed its bound (GATE_ENGINE_MAX_HEAP_MB, default 85% of the V8 old-space limit) while the gate read its inputs; the gate was stopped instead of the process dying out of memory',
};

export const EVIDENCE_FINDING_REASONS: Record<string, string> = {
  placeholder: 'evidence carries a placeholder value (all-zero hash, "TODO", "dummy", "placeholder")',
  missing_field: 'a field the gate reads is absent from the artifact',
  wrong_type: 'a field the gate reads has the wrong JSON type (e.g. the string "80" where a number is required)',
  no_match: 'no entry of the selected array has the fields given in `where`',
  several_matches: 'more than one entry of the selected array has the fields given in `where`, so which one counts is ambiguous',
};

/** Findings of `gate-engine merge`, reported by its synthetic `shard_merge` gate. */
export const MERGE_REASONS: Record<string, string> = {
  missing_shard: 'a shard of the run has no verdict among the merged files',
  duplicate_shard: 'two merged verdicts claim the same shard',
  duplicate_gate: 'the same gate id appears in more than one shard',
  missing_gate: 'a planned gate is in no shard\'s verdict',
  unplanned_gate: 'a shard verdict holds a gate that was not planned',
  evidence_differs: 'the shards judged one file as different contents: it was rewritten between shard runs',
};

/** Warnings the engine adds to any gate's checks (never failures). */
export const ENGINE_WARNING_REASONS: Record<string, string> = {
  age_unbounded: 'an artifact carries generated_at (or the configured date field) but the gate sets no max_age: evidence of any age would pass (warning)',
};

/** Checks the engine adds to a gate when a waiver in force for it does not cover its failure (never the gate's reason). */
export const WAIVER_POLICY_REASONS: Record<string, string> = {
  waiver_not_applicable: 'a waiver is in force for the gate but does not cover its failure: the evidence is absent or cannot be trusted (a code rollback never relaxes either), or the gate type lets no waiver cover the failure, or the failure lists items beside those the waiver names; the gate stays failed',
};

export const ENGINE_REASONS: Record<string, string> = { ...ARTIFACT_REASONS, ...RUNNER_REASONS, ...EVIDENCE_FINDING_REASONS, ...MERGE_REASONS, ...ENGINE_WARNING_REASONS, ...WAIVER_POLICY_REASONS };

/**
 * Codes that mean the evidence itself is absent or untrustworthy, as opposed to sound evidence of a
 * problem. Rollback mode relaxes verdicts, never evidence: a gate failing with any of these stays failed.
 */
export const EVIDENCE_REASON_CODES: ReadonlySet<string> = new Set([
  ...Object.keys(ARTIFACT_REASONS),
  'vacuous',
  'crashed',
  'timeout',
  'resource_limit',
  'declared_write_missing',
  'blocking_skip',
  ...Object.keys(EVIDENCE_FINDING_REASONS),
  ...Object.keys(MERGE_REASONS),
]);

/** One code of the evidence classification: the engine's EVIDENCE_REASON_CODES, or one the gate type declares (`evidenceReasons`). */
export function isEvidenceCode(code: string, gateEvidence: readonly string[] = []): boolean {
  return EVIDENCE_REASON_CODES.has(code) || gateEvidence.includes(code);
}

/** What a gate that evaluated no check is told (its raw status is `fail`, reason `vacuous`). */
export const VACUOUS_MESSAGE = 'the gate evaluated no checks; zero evidence is not a pass';
