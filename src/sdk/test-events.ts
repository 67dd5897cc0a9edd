/**
 * Test runners' JSON Lines event streams, judged as a run: `go test -json` (test2json: `{"Action", "Package", "Test"…}`)
 * and libtest's JSON (`cargo test -- -Z unstable-options --format json`, `cargo nextest run --message-format
 * libtest-json`: `{"type": "suite"|"test", "event"…}`). A stream has no status field to read: the run passed only when
 * its own events prove it — every package or suite that started ended, none failed, and a test ran and passed.
 *
 * A row is read only as the shape it was written in: a stream's first row names its shape, every row must be of it,
 * and an action, event or key the runner does not write (`"pass "`, `"PASS"`, `"action"` beside `"Action"`) is
 * refused with its row, never read as the nearest thing it resembles. Printed text (`output` rows, `stdout`) decides
 * nothing: `PASS` printed by a test is not its outcome.
 */
import { ArtifactError } from '../artifacts/errors.js';
import type { JsonlRow } from '../artifacts/jsonl.js';
import { extensionOf } from '../artifacts/paths.js';
import type { GateContext } from '../core/types.js';
import { plural } from '../util/plural.js';
import { formatAge, formatDuration, parseDuration } from '../util/time.js';
import { DEFAULT_FUTURE_SKEW_MS, DEFAULT_MAX_RUN_LENGTH_MS } from '../artifacts/freshness.js';
import { SHAPE_FIX, shapeError, TEST_STREAM_NAMES, type TestStreamFinding, type TestStreamKind, type TestStreamSummary } from './test-events-common.js';
import { judgeGoRow, finishGo, newGoState, type GoState } from './test-events-go.js';
import { judgeLibtestRow, finishLibtest, newLibtestState, type LibtestState } from './test-events-libtest.js';

/** The shape one row is written in, from its keys as written (a key in another case names no shape). */
function shapeOf(value: unknown): TestStreamKind | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const type = (value as Record<string, unknown>).type;
  // rustdoc ends its doctests' events with `{"type": "report", "total_time", "compilation_time"}`, no event.
  const libtest = Object.hasOwn(value, 'type') && (Object.hasOwn(value, 'event') || type === 'bench' || type === 'report');
  // A row of both shapes says one outcome to one reader and another to the other: it is neither.
  if (Object.hasOwn(value, 'Action')) return libtest ? undefined : 'go_test';
  return libtest ? 'libtest' : undefined;
}

/** Reads a test event stream row by row (memory: the open packages or suite, and each test's last result). */
export class TestEventStream {
  private kind: TestStreamKind | undefined;
  private go: GoState | undefined;
  private libtest: LibtestState | undefined;

  constructor(private readonly path: string) {}

  push(row: JsonlRow): void {
    const shape = shapeOf(row.value);
    if (shape === undefined) {
      throw shapeError(this.path, row.row, this.kind === undefined
        ? 'not a test event: a `go test -json` event has an "Action" and a libtest event a "type" and an "event", never both (the stream\'s shape is told by its first row, never guessed)'
        : `not a ${TEST_STREAM_NAMES[this.kind]} event, as the rows before it are (a \`go test -json\` event has an "Action" and a libtest event a "type" and an "event", never both)`);
    }
    if (this.kind === undefined) this.kind = shape;
    else if (shape !== this.kind) throw shapeError(this.path, row.row, `a ${TEST_STREAM_NAMES[shape]} event in a ${TEST_STREAM_NAMES[this.kind]} stream: two runners' streams joined into one file`, 'write each runner\'s events to a file of its own and gate each file');
    if (shape === 'go_test') judgeGoRow(this.path, (this.go ??= newGoState()), row);
    else judgeLibtestRow(this.path, (this.libtest ??= newLibtestState()), row);
  }

  /** The moments its rows recorded so far (libtest records none). */
  times(): NonNullable<TestStreamSummary['times']> {
    return this.go?.times ?? {};
  }

  finish(): TestStreamSummary {
    if (this.kind === 'go_test' && this.go !== undefined) return finishGo(this.go);
    if (this.kind === 'libtest' && this.libtest !== undefined) return finishLibtest(this.libtest);
    // The JSONL reader refuses a stream of no rows as `empty` before this is reached.
    throw new ArtifactError('empty', `${this.path}: no test event`, { path: this.path, fix: SHAPE_FIX });
  }
}

export type { TestStreamFinding, TestStreamKind, TestStreamSummary } from './test-events-common.js';

/** `.jsonl` and `.ndjson` name a stream of JSON rows: for a status gate, a test event stream. */
export const isJsonlPath = (path: string): boolean => ['.jsonl', '.ndjson'].includes(extensionOf(path));

/** The option schema's reading of {@link isJsonlPath} (a path ending in either extension, in any case). */
export const JSONL_PATH_PATTERN = '\\.(?:[jJ][sS][oO][nN][lL]|[nN][dD][jJ][sS][oO][nN])$';

/**
 * A stream's age: the moments its rows record (go's `Time`) are never in the future, and with `max_age` the run ended
 * (its latest moment) within it and began within {@link DEFAULT_MAX_RUN_LENGTH_MS} of its end — an old stream with a
 * fresh row appended is as old as its start says. Every row must then record its moment: one that does not could be
 * from any run. libtest writes no moment at all, so a libtest stream cannot prove an age.
 */
function checkStreamAge(path: string, summary: TestStreamSummary, now: Date, maxAge: string | undefined): void {
  const times = summary.times ?? {};
  checkNotAhead(path, times, now);
  if (maxAge === undefined) return;
  const parsed = parseDuration(maxAge.trim());
  if (!parsed.ok) throw new TypeError(`max_age: ${parsed.reason}`);
  const untimed = summary.kind === 'libtest' ? 1 : times.untimedRow;
  if (untimed !== undefined || times.latest === undefined || times.earliest === undefined) {
    throw new ArtifactError('schema', summary.kind === 'libtest' ? `${path}: libtest events record no moment, so the stream's age cannot be proven (max_age ${maxAge})` : `${path} row ${untimed ?? 1}: an event without its Time, so the stream's age cannot be proven (max_age ${maxAge})`, {
      path,
      ...(summary.kind === 'go_test' ? { row: untimed ?? 1 } : {}),
      expected: 'a Time on every event',
      actual: 'absent',
      fix: summary.kind === 'libtest' ? 'remove max_age from this gate (libtest writes no time), and bound the stream\'s age another way (a command gate that writes it in the same run)' : 'write the stream with `go test -json` as it is (every event has its Time), unedited',
    });
  }
  const age = now.getTime() - times.latest.ms;
  if (age > parsed.value) {
    throw new ArtifactError('stale', `${path} row ${times.latest.row}: its run ended at ${times.latest.text}, ${formatAge(age)} before now (${now.toISOString()}); the limit is ${formatDuration(parsed.value)}`, { path, row: times.latest.row, expected: `a run that ended within ${formatDuration(parsed.value)} of ${now.toISOString()}`, actual: times.latest.text, fix: 'run the tests again and gate the stream that run writes' });
  }
  const length = times.latest.ms - times.earliest.ms;
  if (length > DEFAULT_MAX_RUN_LENGTH_MS) {
    throw new ArtifactError('stale', `${path} row ${times.earliest.row}: Time ${times.earliest.text} is ${formatAge(length)} before the run's latest event (row ${times.latest.row}); a run lasts at most ${formatDuration(DEFAULT_MAX_RUN_LENGTH_MS)}, so the run it records is older than its end says (rows appended to an old stream cannot make it fresh)`, { path, row: times.earliest.row, expected: `every event within ${formatDuration(DEFAULT_MAX_RUN_LENGTH_MS)} of the run's latest`, actual: times.earliest.text, fix: 'write each run\'s stream to a file of its own (truncate it before the run), and run the tests again' });
  }
}

/** A stream whose latest moment so far is after now (beyond the clock skew allowed) is refused `future`. */
function checkNotAhead(path: string, times: NonNullable<TestStreamSummary['times']>, now: Date): void {
  if (times.latest !== undefined && times.latest.ms > now.getTime() + DEFAULT_FUTURE_SKEW_MS) {
    throw new ArtifactError('future', `${path} row ${times.latest.row}: Time ${times.latest.text} is after now (${now.toISOString()}) by more than ${formatDuration(DEFAULT_FUTURE_SKEW_MS)}`, { path, row: times.latest.row, expected: `a moment at most ${formatDuration(DEFAULT_FUTURE_SKEW_MS)} after ${now.toISOString()}`, actual: times.latest.text, fix: 'check the clock of the machine that ran the tests, and regenerate the stream' });
  }
}

/** Findings of one check and code told one by one; the rest are counted on the last told. */
const MAX_ALIKE_FINDINGS = 10;

const FINDING_FIX: Record<TestStreamFinding['code'], string> = {
  status_not_allowed: 'read the failed tests\' output rows in the stream and fix what failed; a go test\'s failure is cleared only by a later run of its package in which it passed (gotestsum --rerun-fails), never by printed text',
  vacuous: 'make the runner run to its end and write its whole stream (a package or suite cut short, or a run of nothing but skips, proves nothing); write the stream to a file of its own, not one another step appends to',
  inconsistent_counts: 'have the runner write the stream unedited: a suite\'s counts are those of the outcomes written inside it',
  contradiction: 'have the runner write the stream unedited: a package or suite that passed beside a test that failed or never ended is not what the runner writes',
};

/**
 * Judge the test event stream at `path` and report it as the gate's checks: `artifact` for a stream that cannot be
 * read or is of no shape this reads (with its row), `status_allowed` for the run's outcome, `status_consistent` for a
 * stream that proves no pass (cut short, nothing ran, counts or outcomes that contradict each other).
 */
export async function checkTestEventStream(ctx: GateContext, path: string, options: { maxAge?: string } = {}): Promise<void> {
  const stream = new TestEventStream(path);
  let summary: TestStreamSummary;
  try {
    // go test -json dates every event at its `Time`: read whole without max_age, the stream is `age_unbounded` as a dated
    // document is. A moment after now is refused while the stream is read, as a document dated after now fails its read
    // (and so tells no age).
    for await (const batch of ctx.read.jsonlBatches(path, { age: { pointer: '/Time', ...(options.maxAge !== undefined ? { maxAge: options.maxAge } : {}) } })) {
      for (const row of batch) stream.push(row);
      checkNotAhead(path, stream.times(), ctx.now);
    }
    summary = stream.finish();
    checkStreamAge(path, summary, ctx.now, options.maxAge);
  } catch (e) {
    ctx.failFromError('artifact', e);
    return;
  }
  // A stream of thousands of packages cut short is told by its first few, and counted past them: the verdict stays readable.
  const kept: TestStreamFinding[] = [];
  const more = new Map<TestStreamFinding, number>();
  /** Per check and code, how many were told and the last told. */
  const told = new Map<string, { count: number; last: TestStreamFinding }>();
  for (const f of summary.findings) {
    const key = `${f.check}\0${f.code}`;
    const alike = told.get(key);
    if (alike === undefined || alike.count < MAX_ALIKE_FINDINGS) {
      kept.push(f);
      told.set(key, { count: (alike?.count ?? 0) + 1, last: f });
    } else more.set(alike.last, (more.get(alike.last) ?? 0) + 1);
  }
  for (const f of kept) {
    const extra = more.get(f);
    ctx.fail(f.check, f.code, `${f.row !== undefined ? `${path} row ${f.row}` : path}: ${f.message}${extra !== undefined ? ` (and ${extra} more like it)` : ''}`, {
      path,
      ...(f.row !== undefined ? { row: f.row } : {}),
      expected: f.expected,
      actual: f.actual,
      ...(f.failing !== undefined ? { failing: f.failing } : {}),
      ...(f.failing_more !== undefined ? { failing_more: f.failing_more } : {}),
      fix: FINDING_FIX[f.code],
    });
  }
  if (summary.findings.length > 0) return;
  const groups = summary.kind === 'go_test' ? 'package' : 'suite';
  const rerun = summary.rerun.length > 0 ? `; ${plural(summary.rerun.length, 'test')} passed only when re-run (${summary.rerun.slice(0, 5).join(', ')}${summary.rerun.length > 5 ? ', …' : ''})` : '';
  const ended = options.maxAge !== undefined && summary.times?.latest !== undefined ? `, ended ${summary.times.latest.text} (within ${options.maxAge.trim()})` : '';
  ctx.pass('status_allowed', `${path}: ${TEST_STREAM_NAMES[summary.kind]} stream: ${plural(summary.groups, groups)} ended, ${summary.passed} passed, ${summary.skipped} skipped, none failed${rerun}${ended}`, {
    path,
    expected: 'every package or suite ended, none failed, at least one test passed',
    actual: { passed: summary.passed, skipped: summary.skipped, failed: 0, [`${groups}s`]: summary.groups, ...(summary.rerun.length > 0 ? { rerun: summary.rerun.slice(0, 20) } : {}) },
  });
}
