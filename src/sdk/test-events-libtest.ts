/**
 * libtest's JSON events (`cargo test -- -Z unstable-options --format json`, `cargo nextest run --message-format
 * libtest-json`), read as the run they record. Each test binary is a suite, written one after another: `{"type":
 * "suite", "event": "started", "test_count": n}`, its tests' `started` and outcome (`ok`, `failed`, `ignored`; `bench`
 * rows for benchmarks), then the suite's end (`ok` or `failed`) with its counts, which must be the counts of the
 * outcomes written inside it.
 *
 * A test's `timeout` event is libtest's warning that it has run for over 60 seconds; its outcome follows (a test that
 * exceeds `--ensure-time` is `failed`), so it decides nothing, and a test left at it has no outcome. A suite names no
 * binary, so a failure in one suite is never cleared by a pass of the same name in another: a re-run cannot be told
 * from another binary's test (nextest writes one outcome per test, its last attempt's, and so needs none).
 */
import type { JsonlRow } from '../artifacts/jsonl.js';
import { namedFailures, refuseCaseTwins, shapeError, type TestStreamFinding, type TestStreamSummary } from './test-events-common.js';

const KEYS = ['type', 'event', 'name', 'test_count', 'passed', 'failed', 'ignored', 'measured', 'filtered_out'] as const;
const TEST_EVENTS: ReadonlySet<string> = new Set(['started', 'ok', 'failed', 'ignored', 'timeout']);
const FIX = 'have libtest (`--format json`) or nextest (`--message-format libtest-json`) write the stream, unedited: its rows are suite started/ok/failed, test started/ok/failed/ignored/timeout, bench and rustdoc\'s report, in lower case without spaces';

interface Suite {
  row: number;
  label: string;
  testCount?: number;
  running: Map<string, number>;
  ok: number;
  failed: string[];
  ignored: number;
  measured: number;
}

export interface LibtestState {
  suites: number;
  ended: number;
  open?: Suite;
  passed: number;
  skipped: number;
  failing: string[];
  findings: TestStreamFinding[];
}

export const newLibtestState = (): LibtestState => ({ suites: 0, ended: 0, passed: 0, skipped: 0, failing: [], findings: [] });

/** A count the suite's end or start writes: a whole number of at least 0, as a number (`"3"` is text, `3.0` a fraction). */
function count(path: string, row: JsonlRow, value: Record<string, unknown>, key: (typeof KEYS)[number], required: boolean): number | undefined {
  const v = value[key];
  if (v === undefined) {
    if (required) throw shapeError(path, row.row, `a suite's ${String(value.event)} event without its ${key} count`, FIX, 'schema');
    return undefined;
  }
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0 || row.nonIntegerNumbers.has(`/${key}`)) {
    throw shapeError(path, row.row, `${key} must be a whole number of at least 0 written as one, found ${JSON.stringify(v)}`, FIX, 'schema');
  }
  return v;
}

function word(path: string, row: JsonlRow, value: Record<string, unknown>, key: 'type' | 'event' | 'name'): string {
  const v = value[key];
  if (typeof v !== 'string' || v.trim() === '') throw shapeError(path, row.row, `${key} must be a non-blank string, found ${JSON.stringify(v) ?? 'nothing'}`, FIX, typeof v === 'string' || v === undefined ? 'malformed' : 'schema');
  return v;
}

function suiteLabel(value: Record<string, unknown>, index: number): string {
  const nextest = value.nextest;
  if (nextest !== null && typeof nextest === 'object' && typeof (nextest as Record<string, unknown>).test_binary === 'string') {
    const n = nextest as Record<string, unknown>;
    return `${typeof n.crate === 'string' ? `${n.crate}::` : ''}${String(n.test_binary)}`;
  }
  return `suite ${index}`;
}

export function judgeLibtestRow(path: string, state: LibtestState, row: JsonlRow): void {
  const value = row.value as Record<string, unknown>;
  refuseCaseTwins(path, row.row, value, KEYS);
  const type = word(path, row, value, 'type');
  if (type === 'report') {
    // rustdoc's timing of its doctests, after their suite ended: it decides nothing, and is refused where it says more.
    if (Object.hasOwn(value, 'event')) throw shapeError(path, row.row, 'a report row with an event: rustdoc writes its report ({"type": "report", "total_time", "compilation_time"}) with none', FIX);
    if (state.open !== undefined) throw shapeError(path, row.row, `a report row inside ${state.open.label} (started row ${state.open.row}): rustdoc writes its report after its suite ended`, FIX);
    return;
  }
  if (type === 'bench') {
    const name = word(path, row, value, 'name');
    const suite = state.open;
    if (suite === undefined) throw shapeError(path, row.row, 'a bench event outside a suite (no suite started before it)', FIX);
    suite.running.delete(name);
    suite.measured++;
    state.passed++;
    return;
  }
  const event = word(path, row, value, 'event');
  if (type === 'suite') {
    if (event === 'started') {
      if (state.open !== undefined) unfinished(state, state.open, `the next suite started at row ${row.row}`);
      const testCount = count(path, row, value, 'test_count', false);
      state.suites++;
      state.open = { row: row.row, label: suiteLabel(value, state.suites), ...(testCount !== undefined ? { testCount } : {}), running: new Map(), ok: 0, failed: [], ignored: 0, measured: 0 };
      return;
    }
    if (event !== 'ok' && event !== 'failed') throw shapeError(path, row.row, `suite event ${JSON.stringify(event)} is not one libtest writes (started, ok, failed)`, FIX);
    const suite = state.open;
    if (suite === undefined) throw shapeError(path, row.row, `a suite's ${event} event without its start (no suite started before it)`, FIX);
    endSuite(path, state, suite, row, value, event);
    return;
  }
  if (type !== 'test') throw shapeError(path, row.row, `type ${JSON.stringify(type)} is not one libtest writes (suite, test, bench)`, FIX);
  if (!TEST_EVENTS.has(event)) throw shapeError(path, row.row, `test event ${JSON.stringify(event)} is not one libtest writes (started, ok, failed, ignored, timeout)`, FIX);
  const name = word(path, row, value, 'name');
  const suite = state.open;
  if (suite === undefined) throw shapeError(path, row.row, `a test event outside a suite (no suite started before it, or the one before it ended)`, FIX);
  if (event === 'started' || event === 'timeout') {
    if (event === 'started' || !suite.running.has(name)) suite.running.set(name, row.row);
    return;
  }
  suite.running.delete(name);
  if (event === 'ok') suite.ok++;
  else if (event === 'ignored') suite.ignored++;
  else suite.failed.push(name);
}

function endSuite(path: string, state: LibtestState, suite: Suite, row: JsonlRow, value: Record<string, unknown>, event: 'ok' | 'failed'): void {
  const passed = count(path, row, value, 'passed', true) as number;
  const failed = count(path, row, value, 'failed', true) as number;
  const ignored = count(path, row, value, 'ignored', true) as number;
  const measured = count(path, row, value, 'measured', false) ?? 0;
  count(path, row, value, 'filtered_out', false);
  state.open = undefined;
  state.ended++;
  state.passed += suite.ok;
  state.skipped += suite.ignored;
  state.failing.push(...suite.failed.map((name) => `${name} (${suite.label})`));
  if (event === 'failed' && suite.failed.length === 0) state.failing.push(`${suite.label}: suite failed (row ${row.row})`);
  const where = `${suite.label} ended ${event} (row ${row.row})`;
  if (event === 'ok' && (failed > 0 || suite.failed.length > 0)) {
    state.findings.push({ check: 'status_consistent', code: 'contradiction', row: row.row, message: `${where} beside ${failed > 0 ? `failed = ${failed}` : `${suite.failed.length} failed test${suite.failed.length === 1 ? '' : 's'} (${suite.failed.slice(0, 3).join(', ')})`}: libtest ends a suite failed when a test fails`, expected: 'a suite ok only over tests that did not fail', actual: { event, failed, failed_events: suite.failed.length } });
  } else if (event === 'ok' && suite.running.size > 0) {
    const running = [...suite.running.keys()];
    state.findings.push({ check: 'status_consistent', code: 'contradiction', row: row.row, message: `${where} while ${running.length === 1 ? 'a test' : `${running.length} tests`} it started had no outcome (${running.slice(0, 3).join(', ')}${running.length > 3 ? ', …' : ''})`, expected: 'an outcome (ok, failed or ignored) for every test started', actual: { without_outcome: running.slice(0, 20) } });
  }
  const written = { passed, failed, ignored, measured };
  const seen = { passed: suite.ok, failed: suite.failed.length, ignored: suite.ignored, measured: suite.measured };
  const differs = (Object.keys(written) as (keyof typeof written)[]).filter((k) => written[k] !== seen[k]);
  const total = passed + failed + ignored + measured;
  if (differs.length > 0 || (suite.testCount !== undefined && suite.testCount !== total)) {
    const parts = [...differs.map((k) => `${k} = ${written[k]} where its events show ${seen[k]}`), ...(suite.testCount !== undefined && suite.testCount !== total ? [`test_count = ${suite.testCount} at its start (row ${suite.row}) where passed + failed + ignored + measured = ${total}`] : [])];
    state.findings.push({ check: 'status_consistent', code: 'inconsistent_counts', row: row.row, message: `${where} counts what its events do not: ${parts.join('; ')}`, expected: { ...seen, test_count: suite.testCount ?? null }, actual: written });
  }
}

function unfinished(state: LibtestState, suite: Suite, how: string): void {
  state.findings.push({ check: 'status_consistent', code: 'vacuous', row: suite.row, message: `${suite.label} started (row ${suite.row}) and never ended (no suite ok or failed) before ${how}: the stream was cut short, and a run cut short proves nothing of the rest`, expected: 'a suite ok or failed event with its counts', actual: 'none' });
  state.passed += suite.ok;
  state.skipped += suite.ignored;
  state.failing.push(...suite.failed.map((name) => `${name} (${suite.label})`));
}

export function finishLibtest(state: LibtestState): TestStreamSummary {
  if (state.open !== undefined) {
    unfinished(state, state.open, 'the stream ended');
    state.open = undefined;
  }
  const findings: TestStreamFinding[] = [];
  if (state.failing.length > 0) {
    const names = state.failing;
    findings.push({ check: 'status_allowed', code: 'status_not_allowed', message: `${names.length === 1 ? 'a test or suite' : `${names.length} tests or suites`} failed: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}`, expected: 'no test or suite that failed', actual: 'failed', ...namedFailures(names) });
  }
  findings.push(...state.findings);
  if (state.passed === 0) {
    findings.push({ check: 'status_consistent', code: 'vacuous', message: `no test ran and passed (${state.skipped} ignored, ${state.suites} suite${state.suites === 1 ? '' : 's'}): a run of nothing proves nothing`, expected: 'at least one test that ran and passed', actual: { passed: state.passed, ignored: state.skipped } });
  }
  return { kind: 'libtest', groups: state.ended, passed: state.passed, failed: state.failing.length, skipped: state.skipped, rerun: [], findings };
}
