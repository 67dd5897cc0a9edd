/**
 * `go test -json` (cmd/test2json) events, read as the run they record. A package's run is an attempt from its first
 * event (`start` since Go 1.20) to its own `pass`, `fail` or `skip` (no `Test`); a test's outcome is its last `pass`,
 * `bench`, `fail` or `skip`. Go 1.24's build events (`ImportPath`, `build-output`, `build-fail`) are read too.
 *
 * Re-runs (gotestsum --rerun-fails appends a second run of a package with the tests that failed): as a CI retry that
 * passed is read elsewhere (a Buildkite job `retried` by one that passed, a Playwright test `flaky`), a test's last
 * attempt decides — but only an attempt of its package that came later clears a failure: `-count=2` writes a test's
 * failed and passed runs into one attempt, which its package's `fail` ends. A package failure no test is named for
 * (a build failure, a panic outside a test, TestMain's exit) is never cleared: no re-run can show it ran the same code.
 */
import type { JsonlRow } from '../artifacts/jsonl.js';
import { parseRfc3339 } from '../util/time.js';
import { namedFailures, refuseCaseTwins, shapeError, type TestStreamFinding, type TestStreamSummary } from './test-events-common.js';

const KEYS = ['Time', 'Action', 'Package', 'Test', 'Elapsed', 'Output', 'ImportPath', 'FailedBuild'] as const;
const PACKAGE_ACTIONS: ReadonlySet<string> = new Set(['start', 'pass', 'fail', 'skip', 'output']);
const TEST_ACTIONS: ReadonlySet<string> = new Set(['run', 'pause', 'cont', 'pass', 'bench', 'fail', 'skip', 'output']);
const BUILD_ACTIONS: ReadonlySet<string> = new Set(['build-output', 'build-fail']);
const FIX = 'have `go test -json` (or gotestsum --jsonfile) write the stream, unedited: its actions are start, run, pause, cont, pass, bench, fail, skip, output (and build-output, build-fail since Go 1.24), written in lower case without spaces';

interface Attempt {
  index: number;
  row: number;
  /** `cut`: the package started again before this attempt ended. */
  end?: { action: 'pass' | 'fail' | 'skip' | 'cut'; row: number };
  /** Test → row of its `fail` in this attempt. */
  failed: Map<string, number>;
  /** Test → row of its `run`, while it has no outcome. */
  running: Map<string, number>;
  /** Row of the attempt's first test event: a package of no test files (`skip`) writes none. */
  testRow?: number;
  /** The moments (`Time`) of its first event and of its end, when written. */
  firstMs?: number;
  endMs?: number;
}

export interface GoState {
  packages: Map<string, Attempt[]>;
  /** `package\0test` → the test's last outcome and the attempt of its package it came in. */
  last: Map<string, { action: string; row: number; attempt: number }>;
  buildFailed: { importPath: string; row: number }[];
  /** Package → the build its `fail` names (`FailedBuild`, Go 1.24): the failure is the build's, named once. */
  failedBuild: Map<string, string>;
  findings: TestStreamFinding[];
  times: NonNullable<TestStreamSummary['times']>;
}

export const newGoState = (): GoState => ({ packages: new Map(), last: new Map(), buildFailed: [], failedBuild: new Map(), findings: [], times: {} });

// JSON of the pair: a separator character could be written inside a name, and two pairs would read as one.
const testKey = (pkg: string, test: string): string => JSON.stringify([pkg, test]);
const testName = (key: string): string => {
  const [pkg, test] = JSON.parse(key) as [string, string];
  return pkg === '' ? test : `${pkg}.${test}`;
};

function text(path: string, row: JsonlRow, value: Record<string, unknown>, key: (typeof KEYS)[number], required: boolean): string | undefined {
  const v = value[key];
  if (v === undefined) {
    if (required) throw shapeError(path, row.row, `a \`go test -json\` ${String(value.Action)} event without its ${key}`, FIX);
    return undefined;
  }
  if (typeof v !== 'string') throw shapeError(path, row.row, `${key} must be a string, found ${v === null ? 'null' : typeof v}`, FIX, 'schema');
  if (required && v.trim() === '') throw shapeError(path, row.row, `${key} is blank`, FIX);
  return v;
}

/** The package's attempt in progress, opened by this event when none is (Go before 1.20 writes no `start`). */
function openAttempt(state: GoState, pkg: string, row: number, ms: number | undefined): Attempt {
  const attempts = state.packages.get(pkg) ?? [];
  if (!state.packages.has(pkg)) state.packages.set(pkg, attempts);
  const current = attempts.at(-1);
  if (current !== undefined && current.end === undefined) return current;
  const next: Attempt = { index: attempts.length, row, failed: new Map(), running: new Map(), ...(ms !== undefined ? { firstMs: ms } : {}) };
  attempts.push(next);
  return next;
}

export function judgeGoRow(path: string, state: GoState, row: JsonlRow): void {
  const value = row.value as Record<string, unknown>;
  refuseCaseTwins(path, row.row, value, KEYS);
  const action = text(path, row, value, 'Action', true) as string;
  const time = text(path, row, value, 'Time', false);
  let ms: number | undefined;
  // Go 1.24's build events (`go help buildjson`: ImportPath, Action, Output) carry no Time: the stream's age is its test events'.
  if (time === undefined) {
    if (!BUILD_ACTIONS.has(action)) state.times.untimedRow ??= row.row;
  } else {
    const parsed = parseRfc3339(time);
    if (!parsed.ok) throw shapeError(path, row.row, `Time: ${parsed.reason}`, FIX, 'schema');
    ms = parsed.value.getTime();
    if (state.times.earliest === undefined || ms < state.times.earliest.ms) state.times.earliest = { ms, text: time, row: row.row };
    if (state.times.latest === undefined || ms >= state.times.latest.ms) state.times.latest = { ms, text: time, row: row.row };
  }
  text(path, row, value, 'Output', false);
  text(path, row, value, 'FailedBuild', false);
  if (value.Elapsed !== undefined && typeof value.Elapsed !== 'number') throw shapeError(path, row.row, `Elapsed must be a number, found ${value.Elapsed === null ? 'null' : typeof value.Elapsed}`, FIX, 'schema');
  if (BUILD_ACTIONS.has(action)) {
    const importPath = text(path, row, value, 'ImportPath', true) as string;
    if (action === 'build-fail') state.buildFailed.push({ importPath, row: row.row });
    return;
  }
  // `go tool test2json` run on a test binary without -p names no package: its events are of the one binary.
  const pkg = value.Package === undefined ? '' : (text(path, row, value, 'Package', true) as string);
  const test = text(path, row, value, 'Test', false);
  if (test !== undefined && test.trim() === '') throw shapeError(path, row.row, 'Test is blank', FIX);
  if (!(test === undefined ? PACKAGE_ACTIONS : TEST_ACTIONS).has(action)) {
    const known = TEST_ACTIONS.has(action) || PACKAGE_ACTIONS.has(action);
    throw shapeError(path, row.row, known ? `Action ${JSON.stringify(action)} ${test === undefined ? 'without' : 'with'} a Test: \`go test -json\` writes it only ${test === undefined ? 'for a test' : 'for a package'}` : `Action ${JSON.stringify(action)} is not one \`go test -json\` writes`, FIX);
  }
  // An output row is the package's event as any other: after its end it opens the next run (Go before 1.20 writes no
  // `start`), and a stream cut after that run's first rows is cut, not the earlier run's end.
  if (action === 'output') {
    const attempt = openAttempt(state, pkg, row.row, ms);
    if (test !== undefined) attempt.testRow ??= row.row;
    return;
  }
  if (test === undefined) {
    if (action === 'start') {
      const attempts = state.packages.get(pkg);
      const open = attempts?.at(-1);
      if (open !== undefined && open.end === undefined) {
        unfinished(state, pkg, open, `it started again at row ${row.row}`);
        open.end = { action: 'cut', row: row.row };
      }
      openAttempt(state, pkg, row.row, ms);
      return;
    }
    const attempt = openAttempt(state, pkg, row.row, ms);
    attempt.end = { action: action as 'pass' | 'fail' | 'skip', row: row.row };
    if (ms !== undefined) attempt.endMs = ms;
    const build = text(path, row, value, 'FailedBuild', false);
    if (action === 'fail' && build !== undefined) state.failedBuild.set(pkg, build);
    // test2json writes a package's `skip` only for `[no test files]`: beside tests it ran, it ends no run go wrote.
    if (action === 'skip' && attempt.testRow !== undefined) {
      state.findings.push({ check: 'status_consistent', code: 'contradiction', row: row.row, message: `${packageName(pkg)} skipped (row ${row.row}) beside tests it ran (row ${attempt.testRow}): \`go test -json\` skips only a package of no test files, which runs none`, expected: 'a package skip only in a run of no test events', actual: { package: pkg, first_test_row: attempt.testRow } });
      return;
    }
    if (action !== 'pass') return;
    const failed = [...attempt.failed.keys()];
    if (failed.length > 0) {
      state.findings.push({ check: 'status_consistent', code: 'contradiction', row: row.row, message: `${packageName(pkg)} passed (row ${row.row}) beside ${failed.length === 1 ? 'a test' : `${failed.length} tests`} of the same run that failed (${failed.slice(0, 3).join(', ')}${failed.length > 3 ? ', …' : ''}): \`go test\` fails a package when one of its tests fails`, expected: 'a package pass only after tests that all passed', actual: { package: pkg, failed: failed.slice(0, 20) } });
    }
    // test2json writes no outcome for a benchmark that passed without logging (golang/go#61767): its `run` and result
    // lines, then the package's pass, which a failed benchmark (`--- FAIL`, a `fail` event) would have prevented.
    for (const [name, ran] of attempt.running) {
      if (!(name.split('/')[0] as string).startsWith('Benchmark')) continue;
      attempt.running.delete(name);
      state.last.set(testKey(pkg, name), { action: 'bench', row: ran, attempt: attempt.index });
    }
    if (failed.length === 0 && attempt.running.size > 0) {
      const running = [...attempt.running.keys()];
      state.findings.push({ check: 'status_consistent', code: 'contradiction', row: row.row, message: `${packageName(pkg)} passed (row ${row.row}) while ${running.length === 1 ? 'a test' : `${running.length} tests`} it ran had no outcome (${running.slice(0, 3).join(', ')}${running.length > 3 ? ', …' : ''})`, expected: 'an outcome (pass, fail or skip) for every test that ran', actual: { package: pkg, without_outcome: running.slice(0, 20) } });
    }
    return;
  }
  const attempt = openAttempt(state, pkg, row.row, ms);
  attempt.testRow ??= row.row;
  if (action === 'run') attempt.running.set(test, row.row);
  if (action === 'pause' || action === 'cont' || action === 'run') return;
  attempt.running.delete(test);
  if (action === 'fail') attempt.failed.set(test, row.row);
  state.last.set(testKey(pkg, test), { action, row: row.row, attempt: attempt.index });
}

const packageName = (pkg: string): string => (pkg === '' ? 'the test binary (no Package)' : `package ${pkg}`);

function unfinished(state: GoState, pkg: string, attempt: Attempt, how: string): void {
  state.findings.push({ check: 'status_consistent', code: 'vacuous', row: attempt.row, message: `${packageName(pkg)} started (row ${attempt.row}) and never ended (no pass, fail or skip of the package) before ${how}: the stream was cut short, and a run cut short proves nothing of the rest`, expected: `a pass, fail or skip event of ${packageName(pkg)} (no Test)`, actual: 'none' });
}

export function finishGo(state: GoState): TestStreamSummary {
  const failing = new Set<string>();
  const rerun: string[] = [];
  const named = new Set(state.failedBuild.values());
  for (const b of state.buildFailed) if (!named.has(b.importPath)) failing.add(`${b.importPath} (build failed)`);
  for (const [pkg, attempts] of state.packages) {
    const last = attempts.at(-1) as Attempt;
    if (last.end === undefined) unfinished(state, pkg, last, 'the stream ended');
    for (const attempt of attempts) {
      if (attempt.end?.action !== 'fail' && attempt.failed.size === 0) continue;
      if (attempt.failed.size === 0) {
        failing.add(state.failedBuild.has(pkg) ? `${pkg} (build failed)` : pkg === '' ? 'the test binary (no Package)' : pkg);
        continue;
      }
      for (const test of attempt.failed.keys()) {
        const latest = state.last.get(testKey(pkg, test));
        // Cleared only by a later run of the package that itself passed: a re-run cut short or ended otherwise proves nothing.
        // Later in time too, where both runs write it: files joined out of order (`cat retry.jsonl first.jsonl`) put an
        // older pass after a newer failure, and the run that came last is the one that failed.
        const rerunOf = attempts[latest?.attempt ?? -1];
        const clearedLater = latest !== undefined && (latest.action === 'pass' || latest.action === 'bench') && latest.attempt > attempt.index && rerunOf?.end?.action === 'pass' && !(rerunOf.firstMs !== undefined && attempt.endMs !== undefined && rerunOf.firstMs < attempt.endMs);
        if (!clearedLater) failing.add(testName(testKey(pkg, test)));
        else if (!rerun.includes(testName(testKey(pkg, test)))) rerun.push(testName(testKey(pkg, test)));
      }
    }
  }
  let passed = 0;
  let skipped = 0;
  for (const [key, outcome] of state.last) {
    if (outcome.action === 'pass' || outcome.action === 'bench') passed++;
    else if (outcome.action === 'skip') skipped++;
    else failing.add(testName(key));
  }
  const findings: TestStreamFinding[] = [];
  if (failing.size > 0) {
    const names = [...failing].sort();
    findings.push({ check: 'status_allowed', code: 'status_not_allowed', message: `${names.length === 1 ? 'a test or package' : `${names.length} tests or packages`} failed: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}`, expected: 'no test or package that failed', actual: 'fail', ...namedFailures(names) });
  }
  findings.push(...state.findings);
  if (passed === 0) {
    findings.push({ check: 'status_consistent', code: 'vacuous', message: `no test ran and passed (${skipped} skipped, ${state.packages.size} package${state.packages.size === 1 ? '' : 's'}): a run of nothing proves nothing`, expected: 'at least one test that ran and passed', actual: { passed, skipped } });
  }
  const groups = [...state.packages.values()].filter((a) => a.at(-1)?.end !== undefined).length;
  return { kind: 'go_test', groups, passed, failed: failing.size, skipped, rerun, findings, times: state.times };
}
