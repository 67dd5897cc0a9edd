/**
 * practical_finish_checkpoint — no technical issue of a tracker scope is still open.
 *
 * The reference project's gate read the tracker export from whichever of two files was newer, only
 * counted `open`/`in_progress` leaf issues (a technical parent with an open docs child vanished),
 * matched the scope by string prefix (`<root>X` was in scope and `<root>.70` was excluded
 * with `<root>.7`), passed on an empty scope, and trusted a committed checkpoint whose missing
 * counts read as zero. Here the sources are a real fallback
 * chain (only "does not exist" moves on), every row is validated, the scope is a dotted-segment
 * subtree that must exist, every open issue in scope is classified, a status that is neither open
 * nor closed fails, and a committed checkpoint must be complete, self-consistent and agree with the
 * tracker as it is now.
 */
import { CHECKPOINT_CLOSED_STATUSES, CHECKPOINT_SCHEMA_ID, defineGate, type JsonSchema, outputFiles } from '../../src/sdk/index.js';
import type { PracticalFinishOptions } from './tracker.js';

export { CHECKPOINT_SCHEMA_ID };
export type { Checkpoint } from './checkpoint.js';
export type { PracticalFinishOptions } from './tracker.js';

/** Where the `bd` issue tracker writes its live export and its base file (a tool's convention, not the engine's words). */
export const DEFAULT_SOURCES = ['.beads/issues.jsonl', '.beads/beads.base.jsonl'];
export const DEFAULT_OPEN_STATUSES = ['open', 'in_progress', 'blocked'];
export const DEFAULT_CLOSED_STATUSES = [...CHECKPOINT_CLOSED_STATUSES];
export const DEFAULT_DOCS_LABELS = ['docs', 'docs-last', 'documentation', 'report', 'runbook'];
/** Issue types that stay technical whatever their labels: a label alone never turns a bug or feature into docs work. */
export const DEFAULT_TECHNICAL_TYPES = ['bug', 'feature'];

/** An issue id: dot-separated segments, none empty, no whitespace. */
const ISSUE_ID_PATTERN = '^[^\\s.]+(\\.[^\\s.]+)*$';
const WORD: JsonSchema = { type: 'string', pattern: '\\S' };
const RESERVED_OUTPUTS = [...Object.values(outputFiles('full')), ...Object.values(outputFiles('preflight'))];

const wordList = (defaults: string[], description: string, minItems = 0): JsonSchema => ({
  type: 'array',
  ...(minItems > 0 ? { minItems } : {}),
  uniqueItems: true,
  items: WORD,
  default: defaults,
  description,
});

export default defineGate<PracticalFinishOptions>({
  type: 'practical_finish_checkpoint',
  // A whole source tree / a tracker stream: one heavy gate at a time (see GateDefinition.heavy).
  heavy: true,
  title: 'Practical-finish checkpoint',
  description:
    'No technical issue under the scope root of the issue tracker export is still open (docs/report issues may remain); the export is read from a fallback chain and every row validated; a committed checkpoint must be complete, self-consistent and agree with the tracker.',
  blocking: true,
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    // The scope is a project's own epic: there is no id a default could guess.
    required: ['scope_root'],
    properties: {
      sources: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { type: 'string', minLength: 1 },
        default: DEFAULT_SOURCES,
        description: 'Tracker exports (JSONL, one issue per line), relative to the root, in order of preference: the first that exists is read; one that exists but cannot be read or holds a bad row fails, never falls through to the next.',
      },
      scope_root: { type: 'string', pattern: ISSUE_ID_PATTERN, description: 'Required. The epic whose descendants (by dotted segment: <root>.1, <root>.1.2) are in scope; it must itself be a row of the export.' },
      exclude: {
        type: 'array',
        uniqueItems: true,
        items: { type: 'string', pattern: ISSUE_ID_PATTERN },
        default: [],
        description: 'Issue ids left out of scope together with their descendants (by dotted segment: excluding <root>.7 keeps <root>.70).',
      },
      open_statuses: wordList(DEFAULT_OPEN_STATUSES, 'Statuses (compared trimmed and lower-cased) of unfinished work. A status in both lists counts as open.', 1),
      closed_statuses: wordList(DEFAULT_CLOSED_STATUSES, 'Statuses of finished work. An in-scope status in neither list fails with unknown_status.', 1),
      docs_labels: wordList(DEFAULT_DOCS_LABELS, 'Labels (compared trimmed and lower-cased) that make an open issue docs/report work, unless its issue_type is one of technical_types; issue_type "docs" always does. Every other open issue is technical.'),
      technical_types: wordList(DEFAULT_TECHNICAL_TYPES, 'Issue types (compared trimmed and lower-cased) a docs label can never turn into docs work: issue_type wins. [] lets labels decide for every type (the reference rule).'),
      follow_dependencies: { type: 'boolean', default: true, description: 'The scope also takes in issues linked to the scope root (or to an issue in scope) by the tracker\'s parent-child dependencies (`dependencies: [{depends_on_id, type: "parent-child"}]`), not only dotted ids; never through an excluded issue.' },
      checkpoint: { type: 'string', minLength: 1, description: `A committed checkpoint (${CHECKPOINT_SCHEMA_ID}), relative to the root, that must be complete, self-consistent and agree with the tracker.` },
      write_checkpoint: {
        type: 'string',
        pattern: '^(?!\\.\\.?$)[A-Za-z0-9._-]+$',
        not: { enum: RESERVED_OUTPUTS },
        description: `File name of a checkpoint (${CHECKPOINT_SCHEMA_ID}) to write into the run's output directory from this run's result.`,
      },
    },
  },
  artifactPath: (options) => options.checkpoint ?? options.sources[0],
  remediation: [
    'technical_open: finish and close the technical issues named in the finding, or — if one is really documentation or report work — give it a docs label or issue_type "docs"; do not widen `exclude` to make the gate pass.',
    'missing / empty / malformed / missing_field / wrong_type / placeholder on the tracker: export the tracker again (the finding names the file and row); a broken primary export is never replaced by the base file.',
    'vacuous: check `scope_root` and `exclude` against the export; the scope root must be a row and at least one issue must be under it.',
    'unknown_status: add the status to `open_statuses` or `closed_statuses`.',
    'checkpoint_*: regenerate the committed checkpoint with `write_checkpoint` from a run on the current tracker and commit it; never edit it by hand.',
  ],
  reasons: {
    missing: 'no tracker source exists (every candidate is named), or the committed checkpoint does not exist',
    empty: 'the tracker source that exists has no rows, or the checkpoint is empty',
    unreadable: 'the tracker source or the checkpoint exists but cannot be read (a directory, permissions)',
    outside_root: 'a source or checkpoint path leaves the repository root',
    malformed: 'a tracker row (named by number) or the checkpoint is not valid JSON',
    duplicate_key: 'a tracker row or the checkpoint has a key twice',
    missing_field: 'a tracker row has no id or status, or the checkpoint lacks a field (never read as 0)',
    wrong_type: 'a tracker row or checkpoint field has the wrong JSON type (null included)',
    placeholder: 'a tracker row has a blank id, or the checkpoint has a blank issue id or a placeholder detail (blank, "unknown", "TODO"…)',
    schema: 'the checkpoint has another schema id, an unknown field, a value outside its enum, a negative count or a bad timestamp',
    future: 'the checkpoint\'s generated_at, or a tracker row\'s updated_at, is more than 5 minutes after now',
    vacuous: 'the scope root is not a row of the tracker, or no issue is in scope (the message names children linked only by dependency when follow_dependencies is off)',
    conflicting_rows: 'one issue id is written on rows that disagree and not every such row has an updated_at to decide (or the latest is a tie); row order never decides',
    tracker_fallback: 'the primary tracker export does not exist, or is the fallback (base) file under another name (a link), and the fallback was read instead (warning naming the file)',
    unknown_status: 'an issue in scope has a status that is neither open nor closed',
    technical_open: 'technical issues in scope are still open',
    checkpoint_inconsistent: 'the committed checkpoint contradicts itself (counts, list lengths, residual scope, completion flag, pass with technical work open, an issue listed twice)',
    checkpoint_mismatch: 'the committed checkpoint disagrees with the tracker (status, counts or issue ids)',
    checkpoint_unwritable: 'the checkpoint could not be written to the output directory',
  },
  warnReasons: ['tracker_fallback'],
  evidenceReasons: ['unknown_status', 'conflicting_rows', 'checkpoint_inconsistent', 'checkpoint_mismatch', 'checkpoint_unwritable'],
  // Imported when the gate runs: a run without this gate never loads the tracker reader.
  async evaluate(ctx, options) {
    return (await import('./evaluate.js')).evaluate(ctx, options);
  },
});
