/**
 * A job, step, suite, test or file NAMED for errors (`lint-errors`, `test_failures_are_reported`, `@acme/errors`,
 * `/app/src/errors.ts`) is no map of failures when it tells its own pass and holds nothing that shows a failure (red team
 * xz, session 41: Jest's coverage output, GitHub's needs/steps contexts and results maps by name failed); the same entry
 * beside anything that may show a failure (a count above 0, a failed status, a text, a list, an output counting errors)
 * is still read as one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';

const SUBJECTS = ['lint', 'test', 'check', 'handle', 'http', 'api', 'error-pages'];
const FAIL_NAMES = ['errors', 'error', 'failures', 'failed', 'failure'];
const SEPARATORS = ['-', '_', ''];
const name = fc.tuple(fc.constantFrom(...SUBJECTS), fc.constantFrom(...SEPARATORS), fc.constantFrom(...FAIL_NAMES)).map(([s, sep, f]) => (sep === '' ? `${s}${f[0]?.toUpperCase()}${f.slice(1)}` : `${s}${sep}${f}`));
const MAPS = ['results', 'suites', 'needs', 'steps', 'packages', 'jobs'];
const PASS = ['pass', 'passed', 'success', 'ok', 'PASSED', 'skipped'];
const OUTCOME_KEYS = ['status', 'result', 'outcome', 'conclusion'];

/** The members of an entry that passed: its outcome, and numbers of items, passes, time, failures of 0, GitHub's outputs. */
const soundEntry = fc.record({
  outcome: fc.tuple(fc.constantFrom(...OUTCOME_KEYS), fc.constantFrom(...PASS)),
  extra: fc.subarray([['tests', 4], ['passed', 4], ['failed', 0], ['duration_ms', 31], ['outputs', {}], ['outputs', { version: '1.2.0' }], ['skipped', 1]] as [string, unknown][]),
}).map(({ outcome, extra }) => Object.fromEntries([outcome, ...extra]));

/** Members that may show a failure: any one of them keeps the entry read as a map of failures. */
const failing = fc.constantFrom<[string, unknown]>(['failed', 1], ['eslint', 3], ['errors', 2], ['message', 'boom'], ['items', ['parser']], ['outputs', { errors: '2' }], ['outputs', { report: '2 errors' }], ['outputs', { lint: '3' }], ['status', 'failed']);

const FILE_KEYS = ['/app/src/errors.ts', './src/failures.py', 'src/handle-errors.ts', 'errors.rs', 'lib/errors/index.js', 'failure_modes.go'];

describe('entries and files named for errors', () => {
  it('an entry named for errors that tells its own pass is no map of failures', () => {
    fc.assert(fc.property(fc.constantFrom(...MAPS), name, soundEntry, (map, key, entry) => {
      const doc = { status: 'pass', [map]: { build: { status: 'pass' }, [key]: entry } };
      expect(statusContradiction(doc, '/status', 'pass'), JSON.stringify(doc)).toBeUndefined();
    }), { numRuns: 300 });
  });

  it('beside a member that may show a failure, the same entry is read as one', () => {
    fc.assert(fc.property(fc.constantFrom(...MAPS), name, soundEntry, failing, (map, key, entry, [k, v]) => {
      const doc = { status: 'pass', [map]: { [key]: { ...entry, [k]: v } } };
      expect(statusContradiction(doc, '/status', 'pass')?.code, JSON.stringify(doc)).toBe('contradiction');
    }), { numRuns: 300 });
  });

  it('a coverage entry keyed by a file named for errors is that file, not failures; failures keyed by file still fail', () => {
    fc.assert(fc.property(fc.constantFrom(...FILE_KEYS), fc.nat(40), (file, hits) => {
      const coverage = { status: 'pass', coverageMap: { [file]: { path: file, s: { '0': hits }, f: { '0': hits } } } };
      expect(statusContradiction(coverage, '/status', 'pass'), file).toBeUndefined();
      const failures = { status: 'pass', errors: { [file]: hits + 1 } };
      expect(statusContradiction(failures, '/status', 'pass')?.code, file).toBe('contradiction');
      // A count under the file's name is a flattened count (`"errors.go": 2`), never a file's entry.
      const flattened = { status: 'pass', [file]: hits + 1 };
      expect(statusContradiction(flattened, '/status', 'pass')?.code, file).toBe('contradiction');
    }), { numRuns: 200 });
  });
});
