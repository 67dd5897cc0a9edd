/**
 * The published JSON Schema of the parameter-sweeps report (schemas/parameter_sweeps_report.schema.json):
 * the structure rules.ts and document.ts accept, checked there in code with located findings. The
 * coherence rules (readiness against blocking reasons, defaults among candidates, required knobs,
 * source lineage, freshness) are the gate's, not the schema's.
 */
import type { JsonSchema } from '../../src/sdk/index.js';

const TEXT: JsonSchema = { type: 'string', pattern: '[\\p{L}\\p{N}\\p{P}\\p{S}]', description: 'Text with something visible in it: blank, invisible-only (and for identities, placeholder) values are findings.' };
const POSITIVE: JsonSchema = { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER };

export const PARAMETER_SWEEPS_REPORT_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['schema', 'generated_at', 'run_id', 'correlation_id', 'source_identity', 'readiness', 'selected_defaults', 'sweep_plan'],
  properties: {
    schema: { type: 'string', const: 'pi.perf.parameter_sweeps.v1' },
    generated_at: { type: 'string', format: 'date-time', description: 'RFC 3339 with an offset, within the gate\'s max_age of now.' },
    run_id: TEXT,
    correlation_id: TEXT,
    source_identity: {
      type: 'object',
      required: ['source_artifact', 'source_artifact_path'],
      properties: { source_artifact: TEXT, source_artifact_path: TEXT },
    },
    readiness: {
      type: 'object',
      required: ['status', 'ready_for_phase5', 'blocking_reasons'],
      properties: {
        status: { type: 'string', enum: ['ready', 'blocked'] },
        ready_for_phase5: { type: 'boolean' },
        blocking_reasons: { type: 'array', items: TEXT },
      },
    },
    selected_defaults: { type: 'object', additionalProperties: POSITIVE, description: 'Knob name → the value chosen; JSON integers written without fraction or exponent.' },
    sweep_plan: {
      type: 'object',
      required: ['dimensions'],
      properties: {
        dimensions: {
          type: 'array',
          items: {
            type: 'object',
            required: ['name', 'candidate_values'],
            properties: {
              name: { ...TEXT, allOf: [{ type: 'string', pattern: '^\\S(?:[\\s\\S]*\\S)?$' }], description: 'The knob, written exactly as in selected_defaults (no surrounding whitespace).' },
              candidate_values: { type: 'array', minItems: 1, uniqueItems: true, items: POSITIVE },
            },
          },
        },
      },
    },
  },
};
