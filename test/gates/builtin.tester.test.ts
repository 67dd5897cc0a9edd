/**
 * Every built-in gate through GateTester, the way a plugin author tests a custom gate: a table of
 * valid and invalid cases, each run over real files in a fresh temp directory by the real engine.
 * The cases are scenario fixtures (fixtures/scenarios/<gate>/<name>/) read as GateTester cases, so a
 * table names the behaviour it pins and expected.yaml stays the one record of what the gate says.
 */
import { describe, it } from 'vitest';
import { BUILTIN_GATES } from '../../gates/index.js';
import { GateTester, type GateCases } from '../../src/testing/index.js';
import { invalidScenario, validScenario } from '../helpers/scenario-cases.js';

const tester = new GateTester({ describe, it });

const TABLES: Record<string, { valid: string[]; invalid: string[] }> = {
  suite_classification: { valid: ['all_good', 'custom_suite_names'], invalid: ['unclassified_file', 'phantom_entry', 'quarantine_expired', 'malformed_toml', 'missing_manifest'] },
  artifact_present: { valid: ['json_ok', 'glob_three_files'], invalid: ['missing', 'empty', 'malformed_json', 'glob_zero_matches', 'hollow_documents'] },
  artifact_status: { valid: ['pass', 'toml_artifact'], invalid: ['not_allowed', 'missing_field', 'null_value', 'missing_artifact'] },
  threshold: { valid: ['pass', 'where_selects_entry'], invalid: ['not_met', 'string_number', 'integer_written_with_fraction', 'where_several_matches', 'imprecise_decimal'] },
  json_schema: { valid: ['valid', 'yaml_artifact_valid'], invalid: ['one_violation', 'schema_file_missing', 'schema_accepts_everything', 'artifact_missing'] },
  artifact_lineage: { valid: ['reference_pair_agrees', 'all_agree_json_yaml_toml'], invalid: ['correlation_id_mismatch', 'todo_run_id', 'git_sha_mismatch', 'one_artifact_missing'] },
  command: { valid: ['exit_zero_passes', 'expected_nonzero_exit_passes'], invalid: ['nonzero_exit_fails', 'command_not_found', 'cwd_escapes_root'] },
  claim_tier_order: { valid: ['valid_contract_clean_texts', 'benign_related_words_pass'], invalid: ['tiers_reordered', 'tier_missing', 'forbidden_phrase_in_changelog', 'contract_missing', 'evasion_invisible_characters'] },
  kernel_boundary: { valid: ['all_good', 'typescript_all_good'], invalid: ['duplicate_ownership', 'banned_use_crate', 'unmapped_module', 'missing_manifest'] },
  waiver_lifecycle: { valid: ['active_waiver_applied', 'duration_30_days'], invalid: ['expired_yesterday', 'duration_31_days', 'missing_fields', 'source_missing'] },
  parameter_sweeps_integrity: { valid: ['valid_ready', 'valid_blocked'], invalid: ['wrong_schema_id', 'default_string_500', 'blocked_without_reasons', 'missing_artifact'] },
  practical_finish_checkpoint: { valid: ['all_closed', 'docs_only_remaining'], invalid: ['technical_open', 'malformed_row_7', 'checkpoint_count_mismatch', 'no_source'] },
};

describe('GateTester tables cover every built-in gate', () => {
  it('has a table for each built-in gate type', () => {
    const missing = BUILTIN_GATES.map((g) => g.type).filter((t) => !Object.hasOwn(TABLES, t));
    if (missing.length > 0) throw new Error(`no GateTester table for: ${missing.join(', ')}`);
  });
});

for (const gate of BUILTIN_GATES) {
  const table = TABLES[gate.type];
  if (table === undefined) continue;
  const cases: GateCases = {
    valid: table.valid.map((name) => validScenario(gate.type, name)),
    invalid: table.invalid.map((name) => invalidScenario(gate.type, name)),
  };
  tester.run(gate, cases);
}
