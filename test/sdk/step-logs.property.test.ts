// A process step's own log wherever the step keeps it (session 39): under a print name or a name of a log's lines or
// text, inside an object under a print name, in a step of a list or of a map by name. Go's failures or a runner's failing
// summary there deny the step's pass; the same log of passes does not. And a linter's summary of warnings alone, led by
// the mark it draws for any problem, is no failed outcome, while one that counts an error is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markOutcome, statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const GO_FAILED = ['=== RUN   TestX', '    x_test.go:12: got 2, want 1', '--- FAIL: TestX (0.00s)', 'FAIL', 'FAIL\texample.com/a\t0.1s'];
const GO_PASSED = ['=== RUN   TestX', '--- PASS: TestX (0.00s)', 'PASS', 'ok  \texample.com/a\t0.1s'];
const SUMMARY_FAILED = ['Tests: 2 failed, 10 passed, 12 total'];
const SUMMARY_PASSED = ['Tests: 12 passed, 12 total'];

/** Where a step keeps its log: the key path inside the step, and whether the log is one text or its lines. */
const place = fc.record({
  path: fc.constantFrom(['log'], ['output'], ['stdout'], ['trace'], ['lines'], ['text'], ['messages'], ['log_lines'], ['log', 'lines'], ['output', 'text'], ['stdout', 'content'], ['log', 'output', 'lines'], ['logs', 'body'], ['console_output', 'raw'], ['stdout_lines']),
  joined: fc.boolean(),
});
const stepList = fc.constantFrom('steps', 'jobs', 'stages', 'tasks');
const byName = fc.boolean();
// No outcome of its own (undefined): what it prints is its outcome.
const statusKey = fc.constantFrom('status', 'conclusion', 'result', 'state', undefined);

function stepWith(key: string | undefined, where: { path: readonly string[]; joined: boolean }, lines: readonly string[]): Record<string, unknown> {
  let log: unknown = where.joined ? lines.join('\n') : [...lines];
  for (const k of [...where.path].reverse()) log = { [k]: log };
  return { name: 'go test', ...(key === undefined ? {} : { [key]: 'success' }), ...(log as Record<string, unknown>) };
}
const documentOf = (list: string, named: boolean, step: Record<string, unknown>) => ({ status: 'success', [list]: named ? { unit: step } : [step] });

describe("a process step's own log, wherever it is kept", () => {
  it("denies the step's pass when it prints Go's failures or ends in a failing summary", () => {
    fc.assert(
      fc.property(place, stepList, byName, statusKey, fc.constantFrom(GO_FAILED, SUMMARY_FAILED), (where, list, named, key, lines) => {
        const doc = documentOf(list, named, stepWith(key, where, lines));
        expect(statusContradiction(doc, '/status', 'success')?.code, JSON.stringify(doc)).toBe('contradiction');
      }),
    );
  });
  it('passes the same step over a log of passes', () => {
    fc.assert(
      fc.property(place, stepList, byName, statusKey, fc.constantFrom(GO_PASSED, SUMMARY_PASSED), (where, list, named, key, lines) => {
        const doc = documentOf(list, named, stepWith(key, where, lines));
        expect(statusContradiction(doc, '/status', 'success'), JSON.stringify(doc)).toBeUndefined();
      }),
    );
  });
});

describe("a linter's summary led by its mark of problems", () => {
  const count = fc.integer({ min: 1, max: 999 });
  const mark = fc.constantFrom('\u2716', '\u2718', '\u274c');
  it('is no failed outcome when it counts warnings alone, its problems all of them', () => {
    fc.assert(
      fc.property(mark, count, fc.integer({ min: 0, max: 3 }), (m, n, form) => {
        const warnings = `${n} ${n === 1 ? 'warning' : 'warnings'}`;
        const text = [`${m} ${n} ${n === 1 ? 'problem' : 'problems'} (0 errors, ${warnings})`, `${m} (0 errors, ${warnings})`, `${m} 0 errors, ${warnings}`, `${m} Found 0 errors and ${warnings}.`][form] as string;
        expect(markOutcome(text), text).toBeUndefined();
        const doc = { generated_at: '2026-03-10T11:00:00Z', steps: [{ name: 'lint', conclusion: 'success', log: [text] }] };
        expect(statusContradiction(doc, '/steps/0/conclusion', 'success'), text).toBeUndefined();
      }),
    );
  });
  it('stays a failure when it counts an error, more problems than its warnings, or carries another mark or word', () => {
    fc.assert(
      fc.property(mark, count, count, fc.integer({ min: 0, max: 5 }), (m, n, errors, form) => {
        const text = [
          `${m} ${n} warnings, ${errors} ${errors === 1 ? 'error' : 'errors'}`,
          `${m} ${n} problems (0 errors, ${n} warnings, ${errors} fatal)`,
          `${m} ${n + errors} problems (${errors} ${errors === 1 ? 'error' : 'errors'}, ${n} warnings)`,
          `${m} ${n + errors} problems (0 errors, ${n} warnings)`,
          `${m} ${n} problems (0 errors, ${n} warnings) ${m}`,
          `${m} ${n} problems (0 errors, ${n} warnings) build failed`,
        ][form] as string;
        expect(markOutcome(text), text).toBe('fail');
        const doc = { generated_at: '2026-03-10T11:00:00Z', steps: [{ name: 'lint', conclusion: 'success', log: [text] }] };
        expect(statusContradiction(doc, '/steps/0/conclusion', 'success')?.code, text).toBe('contradiction');
      }),
    );
  });
});
