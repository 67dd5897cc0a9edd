/**
 * parameter_sweeps_integrity — the perf parameter-sweeps report (`pi.perf.parameter_sweeps.v1`) is
 * whole and consistent, comes from the phase-1 matrix of the same run, and says whether the next phase may
 * start.
 *
 * The reference project's check found the report by newest mtime among several folders (absent: a
 * skip), stopped at the first problem, accepted any source path that merely *contained*
 * "phase1_matrix_validation.json", never opened that source, never checked that the report belongs
 * to the same run or is recent, let `blocking_reasons` hold anything, never looked inside
 * `candidate_values`, never noticed a dimension swept twice or a default that was not one of its
 * candidates, and passed a `blocked` report as silently as a `ready` one. Here the path is explicit,
 * every independent finding is reported (checks that depend on a broken structure are skipped, not
 * guessed), and `blocked` is a warning — or a failure with `require_ready`.
 */
import { CURRENT_RUN_ENV_OPTION, defineGate, DURATION_PATTERN } from '../../src/sdk/index.js';
import { DEFAULT_REQUIRED_KNOBS, DEFAULT_SOURCE_READINESS } from './document.js';
export { PARAMETER_SWEEPS_SCHEMA, DEFAULT_REQUIRED_KNOBS, DEFAULT_SOURCE_READINESS } from './document.js';

export interface ParameterSweepsIntegrityOptions {
  path: string;
  max_age: string;
  require_ready: boolean;
  required_knobs: string[];
  source_artifact: string;
  source_schema: string;
  source_readiness: string[];
  current_run_env?: string;
}

export default defineGate<ParameterSweepsIntegrityOptions>({
  type: 'parameter_sweeps_integrity',
  title: 'Parameter sweeps integrity',
  description: 'The perf parameter-sweeps report (pi.perf.parameter_sweeps.v1) is fresh, derived from the same run\'s phase-1 matrix, internally consistent (readiness, positive-integer defaults that were swept), and ready for the next phase, its `readiness.ready_for_phase5` (blocked: warn, or fail with require_ready).',
  blocking: true,
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      path: { type: 'string', minLength: 1, pattern: '\\S', default: 'tests/perf/reports/parameter_sweeps.json', description: 'The sweeps report (JSON), relative to the root. Always this file: never the newest of several.' },
      max_age: { type: 'string', pattern: DURATION_PATTERN, default: '7d', description: 'Maximum age of the report, measured from its `generated_at` (RFC 3339).' },
      require_ready: { type: 'boolean', default: false, description: 'Fail (instead of warn) when readiness.status is "blocked".' },
      required_knobs: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { type: 'string', pattern: '^\\S(.*\\S)?$' },
        default: DEFAULT_REQUIRED_KNOBS,
        description: 'Knobs that must have a selected default and a sweep dimension.',
      },
      source_artifact: {
        type: 'string',
        pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
        default: 'phase1_matrix_validation',
        description: 'Required source_identity.source_artifact; source_identity.source_artifact_path must name `<source_artifact>.json`.',
      },
      source_readiness: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { type: 'string', pattern: '^(/([^~/]|~[01])*)+$' },
        default: DEFAULT_SOURCE_READINESS,
        description: 'JSON pointers where the phase-1 source states its own readiness (a boolean). At least one must be present, all present ones must agree, and readiness.ready_for_phase5 of the sweeps must equal it.',
      },
      current_run_env: {
        ...CURRENT_RUN_ENV_OPTION,
        description: 'Name of the environment variable holding the id of the CI run being judged (as artifact_lineage\'s): the report\'s correlation_id must contain it as a whole token, so a report and source of an earlier run (restored, re-stamped) fail `lineage`; a short id (under 6 characters, a run number) ties only after a run marker (run-4) or as the report\'s run_id. Unset or blank in the environment is a failure.',
      },
      source_schema: {
        type: 'string',
        pattern: '\\S',
        default: 'pi.perf.phase1_matrix_validation.v1',
        description: 'Required `schema` of the source artifact, so any JSON file that merely carries the same correlation_id (or a copy of the sweeps report itself) is not accepted as the phase-1 matrix.',
      },
    },
  },
  artifactPath: (options) => options.path,
  remediation: [
    'Reader codes (missing, malformed, duplicate_key, schema, stale, future): regenerate tests/perf/reports/parameter_sweeps.json with the perf orchestrator of this run.',
    'source_mismatch / lineage / source_newer / source_readiness_mismatch / missing source: the sweeps must be derived from the phase1_matrix_validation.json of the same run (same run_id and correlation_id, dated before the sweeps, same readiness); regenerate both together.',
    'missing_field / wrong_type / invalid_value / placeholder / readiness_incoherent / duplicate_dimension / missing_knob / default_not_candidate: the producer wrote an inconsistent report; fix the producer, not the report by hand.',
    'not_ready: the next phase (ready_for_phase5) is blocked for the listed blocking_reasons; resolve them (usually the phase-1 matrix) and regenerate.',
  ],
  reasons: {
    source_mismatch: 'source_identity names another source artifact, or its path does not end in <source_artifact>.json',
    readiness_incoherent: 'readiness.status contradicts ready_for_phase5 or blocking_reasons',
    invalid_value: 'a field has the right type but an impossible value (unknown readiness status, knob value <= 0, empty or repeated candidates)',
    duplicate_dimension: 'two sweep_plan dimensions (or two selected_defaults) name the same knob; names differing only by case, invisible characters, markup or look-alike letters are one knob',
    source_newer: 'the phase-1 source is dated after the sweeps that claim to be derived from it',
    source_readiness_mismatch: 'readiness.ready_for_phase5 of the sweeps disagrees with the phase-1 source\'s own readiness (or the source contradicts itself)',
    missing_knob: 'a required knob has no sweep_plan dimension',
    default_not_candidate: 'a selected default is not one of its dimension\'s candidate_values, or has no dimension',
    not_ready: 'the report is valid but readiness.status is blocked (warning; a failure with require_ready)',
  },
  // A report that contradicts itself proves nothing; only a coherent "blocked" is sound evidence.
  warnReasons: ['not_ready'],
  evidenceReasons: ['source_mismatch', 'readiness_incoherent', 'invalid_value', 'duplicate_dimension', 'missing_knob', 'default_not_candidate', 'source_newer', 'source_readiness_mismatch'],
  // Imported when the gate runs: a run without this gate never loads its rules.
  async evaluate(ctx, options) {
    return (await import('./evaluate.js')).evaluate(ctx, options);
  },
});
