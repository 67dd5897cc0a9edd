/** The practical_finish_checkpoint gate's run (imported only when a config has the gate: see index.ts). */
import { type GateContext, namesOfOneFile, plural } from '../../src/sdk/index.js';
import { buildCheckpoint, capIds, checkCommittedCheckpoint, freshResult, writeCheckpoint, type Fresh } from './checkpoint.js';
import { classify, firstIds, normalisedPath, readTracker, type ConflictingRows, type PracticalFinishOptions } from './tracker.js';

const WHY_UNDECIDED: Record<ConflictingRows['why'], string> = {
  no_updated_at: ', and not every row has an updated_at to decide',
  tie: ', and the latest updated_at is shared by rows that disagree',
  unlinked_latest: ', and the latest of them came before any row linked the issue to the scope, so what it says is not kept',
};

/** The later source of the chain that the file read is another name of (a link, a hard link), if any. */
async function laterSourceNamed(ctx: GateContext, options: PracticalFinishOptions, read: string): Promise<string | undefined> {
  const at = options.sources.findIndex((s) => normalisedPath(s) === read);
  const later = options.sources.slice(at + 1).map(normalisedPath).filter((s) => s !== read);
  if (at < 0 || later.length === 0) return undefined;
  const [group] = (await namesOfOneFile(ctx.root, [read, ...later])).filter((names) => names.includes(read));
  return group?.find((name) => name !== read);
}

/** Tracker → scope → statuses → result. Returns the computed checkpoint, or undefined when the tracker proved nothing. */
async function evaluateTracker(ctx: GateContext, options: PracticalFinishOptions): Promise<Fresh | undefined> {
  const tracker = await readTracker(ctx, options);
  if (tracker === undefined || ctx.signal.aborted) return undefined;
  const { path } = tracker;
  const skipped = tracker.skipped.length > 0 ? `; ${tracker.skipped.join(', ')} ${tracker.skipped.length === 1 ? 'does' : 'do'} not exist` : '';
  const primary = normalisedPath(options.sources[0] as string);
  const fallback = await laterSourceNamed(ctx, options, path);
  if (fallback !== undefined) {
    // The live export a link to the base file (or another name of it): the base decided, as when the export is absent.
    ctx.warn('tracker', 'tracker_fallback', `read ${path} (${plural(tracker.rows, 'row')}, every one valid), which is the fallback ${fallback} under another name (a link): the live export is not there`, {
      path,
      expected: `${path} the tracker's own export, not ${fallback}`,
      actual: `${path} -> the same file as ${fallback}`,
      fix: `export the tracker to ${primary} (e.g. \`bd export\`) in place of the link, so the gate reads the live issue list, not the base file`,
    });
  } else if (tracker.skipped.length > 0) {
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
  const excluded = tracker.excluded > 0 ? ` (${plural(tracker.excluded, 'issue')} left out by exclude ${options.exclude.join(', ')})` : '';
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
  if (tracker.classified.inScope === 0) {
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
  ctx.pass('scope', `${plural(tracker.classified.inScope, 'issue')} under ${root} in ${path}${linked}${excluded}${unlinked}`, { path, actual: tracker.classified.inScope });

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

export async function evaluate(ctx: GateContext, options: PracticalFinishOptions): Promise<void> {
  const computed = await evaluateTracker(ctx, options);
  if (ctx.signal.aborted) return;
  if (options.write_checkpoint !== undefined && computed !== undefined) await writeCheckpoint(ctx, options.write_checkpoint, buildCheckpoint(ctx.now, computed));
  // A status in both lists counts as open: only the rest are finished work an open list must not hold.
  const open = new Set(options.open_statuses.map((s) => s.trim().toLowerCase()));
  const closed = options.closed_statuses.filter((s) => !open.has(s.trim().toLowerCase()));
  if (options.checkpoint !== undefined) await checkCommittedCheckpoint(ctx, options.checkpoint, computed, closed);
}
