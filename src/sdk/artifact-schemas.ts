/**
 * JSON Schemas of the artifacts built-in gates read, shared by the gates that read them (the
 * practical_finish checkpoint is read by practical_finish_checkpoint and claim_tier_order) and
 * published as files under schemas/ (scripts/gen-artifact-schemas.mjs; a test keeps them in sync).
 */
import suiteClassificationSchema from '../../schemas/suite_classification.schema.json' with { type: 'json' };
import type { JsonSchema } from '../artifacts/schema.js';

/** The manifest of the suite_classification gate (`[suite.<name>]` tables, quarantine, waivers). */
export const SUITE_CLASSIFICATION_SCHEMA: JsonSchema = suiteClassificationSchema as JsonSchema;

export const CHECKPOINT_SCHEMA_ID = 'pi.perf3x.practical_finish_checkpoint.v1';

const ISSUE_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'status', 'issue_type', 'labels'],
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'string' },
    issue_type: { type: 'string' },
    labels: { type: 'array', items: { type: 'string' } },
  },
};

/** The structure: every field required, exact types, no unknown field. Content rules are checked after it. */
export const CHECKPOINT_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['schema', 'generated_at', 'status', 'detail', 'technical_completion_reached', 'residual_open_scope', 'open_perf3x_count', 'technical_open_count', 'docs_or_report_open_count', 'technical_open_issues', 'docs_or_report_open_issues'],
  properties: {
    schema: { type: 'string' },
    generated_at: { type: 'string' },
    status: { type: 'string', enum: ['pass', 'fail'] },
    detail: { type: 'string' },
    technical_completion_reached: { type: 'boolean' },
    residual_open_scope: { type: 'string', enum: ['none', 'docs_or_report_only', 'technical_remaining'] },
    open_perf3x_count: { type: 'integer', minimum: 0 },
    technical_open_count: { type: 'integer', minimum: 0 },
    docs_or_report_open_count: { type: 'integer', minimum: 0 },
    technical_open_issues: { type: 'array', items: ISSUE_SCHEMA },
    docs_or_report_open_issues: { type: 'array', items: ISSUE_SCHEMA },
  },
};

