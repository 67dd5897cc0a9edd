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
import { defineGate, type GateContext, type JsonSchema, outputFiles, plural } from '../../src/sdk/index.js';
import { buildCheckpoint, capIds, checkCommittedCheckpoint, CHECKPOINT_SCHEMA_ID, freshResult, writeCheckpoint, type Fresh } from './checkpoint.js';
import { classify, firstIds, normalisedPath, readTracker, type ConflictingRows, type PracticalFinishOptions } from './tracker.js';

export { CHECKPOINT_SCHEMA_ID, type Checkpoint } from './checkpoint.js';
export type { PracticalFinishOptions } from './tracker.js';

/** Where the `bd` issue tracker writes its live export and its base file (a tool's convention, not the engine's words). */
export const DEFAULT_SOURCES = ['.beads/issues.jsonl', '.beads/beads.base.jsonl'];
export const DEFAULT_OPEN_STATUSES = ['open', 'in_progress', 'blocked'];
export const DEFAULT_CLOSED_STATUSES = ['closed', 'tombstone'];
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

/** Why rows that disagree could not be decided, as the finding says it. */
const WHY_UNDECIDED: Record<ConflictingRows['why'], string> = {
  no_updated_at: ', and not every row has an updated_at to decide',
  tie: ', and the latest updated_at is shared by rows that disagree',
  unlinked_latest: ', and the latest of them came before any row linked the issue to the scope, so what it says is not kept',
};

/** Tracker → scope → statuses → result. Returns the computed checkpoint, or undefined when the tracker proved nothing. */
async function evaluateTracker(ctx: GateContext, options: PracticalFinishOptions): Promise<Fresh | undefined> {
  const tracker = await readTracker(ctx, options, options.write_checkpoint !== undefined);
  if (tracker === undefined || ctx.signal.aborted) return undefined;
  const { path } = tracker;
  const skipped = tracker.skipped.length > 0 ? `; ${tracker.skipped.join(', ')} ${tracker.skipped.length === 1 ? 'does' : 'do'} not exist` : '';
  const primary = normalisedPath(options.sources[0] as string);
  if (tracker.skipped.length > 0) {
    // The base export is a fallback, older than the live one by construction: say which file decided.
    ctx.warn('tracker', 'tracker_fallback', `read the fallback ${path} (${plural(tracker.rows, 'row')}, every one valid) because the primary export ${primary} does not exist${skipped}`, {
      path,
      expected: primary,
      actual: path,
      fix: `export the tracker to ${primary} (e.g. \`bd export\`) so the gate reads the live issue list, not the base file`,
    });
  } else {
    ctx.pass('tracker', `read ${path} (${plural(tracker.rows, 'row')}, every one valid)`, {
      path,
      expected: `the first existing of ${options.sources.map(normalisedPath).join(', ')}`,
      actual: path,
    });
  }
  if (tracker.conflicts.length > 0) {
    for (const c of tracker.conflicts) {
      ctx.fail('rows_agree', 'conflicting_rows', `${path}: ${c.id} is written on rows ${c.rows.join(', ')} that disagree (${c.states.join(' | ')})${WHY_UNDECIDED[c.why]}; row order never decides`, {
        path,
        row: c.rows[0] as number,
        pointer: '/id',
        expected: 'one state per issue id, or an updated_at on every row of it',
        actual: c.states,
        fix: `export the tracker again (one row per issue), or have the exporter write updated_at on every row`,
      });
    }
    return undefined;
  }
  ctx.pass('rows_agree', tracker.decidedByUpdatedAt > 0 ? `${plural(tracker.decidedByUpdatedAt, 'issue')} written on rows that disagree, each decided by the latest updated_at` : 'every issue id has one state');

  const root = options.scope_root;
  const excluded = tracker.excluded.size > 0 ? ` (${plural(tracker.excluded.size, 'issue')} left out by exclude ${options.exclude.join(', ')})` : '';
  let vacuous = false;
  if (tracker.rootRow === undefined) {
    vacuous = true;
    ctx.fail('scope', 'vacuous', `scope root ${root} not found in ${path}: a scope whose root issue does not exist proves nothing`, {
      path,
      expected: `a row with id ${root}`,
      actual: 'absent',
      fix: `check the \`scope_root\` option against ${path} (ids are matched ignoring case), or export the tracker again`,
    });
  }
  if (tracker.issues.size === 0) {
    vacuous = true;
    const onlyLinked = tracker.linkedOnly.length > 0 ? `; ${plural(tracker.linkedOnly.length, 'issue')} ${tracker.linkedOnly.length === 1 ? 'is' : 'are'} linked to it only by a parent-child dependency (${firstIds(tracker.linkedOnly)}), left out because follow_dependencies is false` : '';
    ctx.fail('scope', 'vacuous', `no issue under ${root} found in ${path}${excluded}${onlyLinked}`, {
      path,
      expected: `an issue whose id starts with "${root}."${options.follow_dependencies === false ? '' : ' or that a parent-child dependency links to it'}`,
      actual: 0,
      fix: onlyLinked !== '' ? 'set follow_dependencies: true to take in children linked by parent-child dependencies' : `check \`scope_root\` and \`exclude\`: descendants are matched by dotted segment (${root}.1, ${root}.1.2), never by prefix (${root}X), or linked by parent-child dependency`,
    });
  }
  if (vacuous) return undefined;
  const linked = tracker.linked.length > 0 ? `, ${tracker.linked.length} of them by parent-child dependency (${firstIds(tracker.linked)})` : '';
  const unlinked = tracker.linkedOnly.length > 0 ? `; ${plural(tracker.linkedOnly.length, 'issue')} linked only by parent-child dependency left out (follow_dependencies: false): ${firstIds(tracker.linkedOnly)}` : '';
  ctx.pass('scope', `${plural(tracker.issues.size, 'issue')} under ${root} in ${path}${linked}${excluded}${unlinked}`, { path, actual: tracker.issues.size });

  const result = classify(tracker);
  if (result.unknown.size > 0) {
    for (const [status, group] of result.unknown) {
      ctx.fail('statuses_known', 'unknown_status', `${path}: status ${JSON.stringify(status)} of ${plural(group.ids.length, 'issue')} in scope (${firstIds(group.ids)}) is neither open (${options.open_statuses.join(', ')}) nor closed (${options.closed_statuses.join(', ')})`, {
        path,
        row: group.row,
        pointer: '/status',
        expected: { open: options.open_statuses, closed: options.closed_statuses },
        actual: status,
        fix: `add ${JSON.stringify(status)} to \`open_statuses\` (unfinished work) or \`closed_statuses\` (finished); an unrecognised status is never assumed closed`,
      });
    }
    return undefined;
  }
  ctx.pass('statuses_known', `every status in scope is open (${options.open_statuses.join(', ')}) or closed (${options.closed_statuses.join(', ')})`);

  const fresh = freshResult(tracker, root, result);
  if (fresh.counts.technical_open_count > 0) {
    ctx.fail('technical_scope_complete', 'technical_open', `${path}: ${fresh.detail}`, {
      path,
      expected: [],
      actual: capIds(fresh.ids.technical_open_issues),
      fix: 'close the technical issues listed (or reclassify one that is really docs/report work with a docs label); the checkpoint is reached only when none is open',
    });
  } else {
    ctx.pass('technical_scope_complete', `${path}: ${fresh.detail}`, {
      path,
      actual: { technical_open: 0, docs_or_report_open: capIds(fresh.ids.docs_or_report_open_issues), closed: result.closed },
    });
  }
  return fresh;
}

export default defineGate<PracticalFinishOptions>({
  type: 'practical_finish_checkpoint',
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
    tracker_fallback: 'the primary tracker export does not exist and the fallback (base) file was read instead (warning naming the file)',
    unknown_status: 'an issue in scope has a status that is neither open nor closed',
    technical_open: 'technical issues in scope are still open',
    checkpoint_inconsistent: 'the committed checkpoint contradicts itself (counts, list lengths, residual scope, completion flag, pass with technical work open, an issue listed twice)',
    checkpoint_mismatch: 'the committed checkpoint disagrees with the tracker (status, counts or issue ids)',
    checkpoint_unwritable: 'the checkpoint could not be written to the output directory',
  },
  evidenceReasons: ['unknown_status', 'conflicting_rows', 'checkpoint_inconsistent', 'checkpoint_mismatch', 'checkpoint_unwritable'],
  async evaluate(ctx, options) {
    const computed = await evaluateTracker(ctx, options);
    if (ctx.signal.aborted) return;
    if (options.write_checkpoint !== undefined && computed !== undefined) await writeCheckpoint(ctx, options.write_checkpoint, buildCheckpoint(ctx.now, computed));
    if (options.checkpoint !== undefined) await checkCommittedCheckpoint(ctx, options.checkpoint, computed);
  },
});
