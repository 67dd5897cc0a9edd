/**
 * The published JSON Schema of one tracker row (schemas/tracker_row.schema.json): one line of a
 * tracker export such as .beads/issues.jsonl, as validateRow in tracker.ts accepts it (checked there
 * in code). Fields the gate does not read are allowed; `null` is a wrong type, never "absent".
 */
import type { JsonSchema } from '../../src/sdk/index.js';

export const TRACKER_ROW_SCHEMA: JsonSchema = {
  type: 'object',
  // bd export tags every line: an issue, or a memory line (key, value), which carries no issue's id or status.
  if: { required: ['_type'], properties: { _type: { const: 'memory' } } },
  then: { not: { anyOf: [{ required: ['id'] }, { required: ['status'] }] } },
  else: { required: ['id', 'status'] },
  properties: {
    _type: { enum: ['issue', 'memory'], description: 'The record type bd export writes on every line: an issue, or a memory line, which the gate passes over.' },
    id: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._:/#+-]*$', description: 'A plain issue id (printable ASCII that cannot disguise one id as another); not a placeholder.' },
    status: { type: 'string', pattern: '[\\p{L}\\p{N}\\p{P}\\p{S}]', description: 'The issue\'s status, compared trimmed and case-folded with the open_statuses and closed_statuses options; not blank or a placeholder.' },
    issue_type: { type: 'string' },
    title: { type: 'string' },
    labels: { type: 'array', items: { type: 'string' } },
    updated_at: { type: 'string', format: 'date-time', description: 'RFC 3339 (a space may stand for the T); decides between rows of one issue that disagree.' },
    close_reason: { type: 'string', description: 'Why the issue was closed; empty, or a real reason (not blank or a placeholder).' },
    dependencies: {
      type: 'array',
      items: {
        type: 'object',
        required: ['depends_on_id', 'type'],
        properties: {
          issue_id: { type: 'string', description: 'The row\'s own id (any case): a link written on another issue\'s row is refused.' },
          depends_on_id: { type: 'string', pattern: '^\\s*[A-Za-z0-9][A-Za-z0-9._:/#+-]*\\s*$', description: 'A plain issue id, as `id`.' },
          type: { type: 'string', pattern: '^\\s*[A-Za-z][A-Za-z0-9_-]*\\s*$', description: 'A plain dependency type; `parent-child` (any case, `-` or `_`) puts the row under its parent for the scope.' },
        },
      },
    },
    parent: { type: 'string', pattern: '^\\s*[A-Za-z0-9][A-Za-z0-9._:/#+-]*\\s*$', description: 'The parent bd export computes from the parent-child dependency: a parent link, as one.' },
    dependents: {
      type: 'array',
      items: { type: 'object' },
      description: 'Links written on the parent\'s row (bd show --json): a parent-child dependent, or one without a type, is refused, since the scope reads links from the child\'s row.',
    },
  },
};
