// Red team xa, session 41: GitHub's continue-on-error pair set aside only for a step (in a list of steps, in the steps
// context by id, in an object named a step), never for a test's entry, a map of results or the report itself; a process's
// reason for how it ended named as such, beside a clean code; a child's status no server answers beside a port; a
// Kubernetes Job's count of ready pods. Each family denies a pass beside it; its sound members do not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const claim = (members: Record<string, unknown>) => statusContradiction({ status: 'pass', passed: 3, ...members }, '/status', 'pass');
const PAIR = { outcome: 'failure', conclusion: 'success' };

describe("GitHub's continue-on-error pair", () => {
  it('passes for a step, in a list of steps, in the steps context by id, or in an object named a step', () => {
    fc.assert(
      fc.property(fc.constantFrom('list', 'map', 'object'), fc.constantFrom('lint', 'optional-audit', 'docs'), (form, id) => {
        const step = { ...PAIR, outputs: {} };
        const members = form === 'list' ? { steps: [{ name: id, ...step }] } : form === 'map' ? { steps: { [id]: step } } : { step: { id, ...step } };
        expect(claim(members), JSON.stringify(members)).toBeUndefined();
      }),
    );
  });
  // Red team xw2, session 41: only GitHub's steps context writes the pair; a list of jobs, stages or tasks holds no step's pair.
  it("fails beside a pass in a list or map of jobs, stages or tasks: no step of GitHub's steps context", () => {
    fc.assert(
      fc.property(fc.constantFrom('jobs', 'stages', 'tasks'), fc.constantFrom('list', 'map'), (name, form) => {
        const members = form === 'list' ? { [name]: [{ name: 'lint', ...PAIR }] } : { [name]: { lint: PAIR } };
        expect(claim(members)?.code, JSON.stringify(members)).toBe('contradiction');
      }),
    );
  });
  it('fails beside a pass on anything but a step, and on a step whose other outcome failed', () => {
    fc.assert(
      fc.property(fc.constantFrom('tests', 'results', 'checks', 'cases', 'suites', 'summary'), fc.constantFrom('list', 'map', 'own'), (name, form) => {
        const members = form === 'list' ? { [name]: [{ name: 'x', ...PAIR }] } : form === 'map' ? { [name]: { x: PAIR } } : PAIR;
        expect(claim(members)?.code, JSON.stringify(members)).toBe('contradiction');
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom('status', 'result', 'state'), fc.constantFrom('failed', 'failure', 'error'), fc.boolean(), (key, value, listed) => {
        const step = { ...PAIR, [key]: value };
        const members = listed ? { steps: [{ name: 'lint', ...step }] } : { steps: { lint: step } };
        expect(claim(members)?.code, JSON.stringify(members)).toBe('contradiction');
      }),
    );
  });
});

describe("a process's reason for how it ended, named as such", () => {
  const names = fc.constantFrom('exit_reason', 'exitReason', 'termination_reason', 'terminationReason', 'exit_message', 'exitMessage');
  it('fails beside a clean code when its words are no clean exit\'s, beside the pass or in an object beside it', () => {
    fc.assert(
      fc.property(names, fc.constantFrom('OOMKilled', 'Error', 'DeadlineExceeded', 'segfault', '3 tests failed', 'All 3 tests passed, 2 failed'), fc.boolean(), (name, reason, nested) => {
        const members = nested ? { result: { exit_code: 0, [name]: reason } } : { exit_code: 0, [name]: reason };
        expect(claim(members)?.code, JSON.stringify(members)).toBe('contradiction');
      }),
    );
  });
  it("passes a clean exit's reason, none, or an exit object naming no code", () => {
    fc.assert(
      fc.property(names, fc.constantFrom('Completed', 'success', '', null, 'All 3 tests passed'), (name, reason) => {
        expect(claim({ exit_code: 0, [name]: reason, exit: { criteria: 'all blockers closed' } }), `${name}: ${String(reason)}`).toBeUndefined();
      }),
    );
  });
  it("fails an exit told as an object under `exit` whose code or reason is no clean exit's", () => {
    fc.assert(
      fc.property(fc.constantFrom('code', 'status', 'exit_code'), fc.constantFrom<[unknown, string]>([1, 'Completed'], [137, ''], [0, 'OOMKilled'], [0, 'Error']), (key, [code, reason]) => {
        const exit = { [key]: code, ...(reason === '' ? {} : { reason }) };
        expect(claim({ exit })?.code, JSON.stringify(exit)).toBe('contradiction');
      }),
    );
  });
});

describe("a child process's status beside where a server listens", () => {
  it('is its exit status when no HTTP answer short of an error has it (255, a 4xx or 5xx answer fail), and a server\'s when one does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.constantFrom('port', 'url', 'host'), fc.boolean(), (status, place, asText) => {
        const record = { pid: 4242, command: 'npm run e2e', [place]: place === 'port' ? 3000 : 'localhost', status: asText ? String(status) : status };
        const found = claim({ process: record });
        const http = (status >= 100 && status <= 103) || (status >= 200 && status <= 208) || status === 226 || (status >= 300 && status <= 308);
        if (status === 0 || http) expect(found, JSON.stringify(record)).toBeUndefined();
        else expect(found?.code, JSON.stringify(record)).toBe('contradiction');
      }),
    );
  });
});

describe("a Kubernetes Job's count of ready pods", () => {
  it('passes a count beside the counts of a Job that succeeded, and fails a flag cleared', () => {
    fc.assert(
      fc.property(fc.constantFrom('active', 'terminating'), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 3 }), (count, n, succeeded) => {
        // A Job with a pod still active has not ended (red team xw2, session 41): no count of it proves a pass.
        if (count === 'active' && n > 0) expect(claim({ job: { status: { succeeded, [count]: n, ready: 0 } } })?.code).toBe('vacuous');
        else expect(claim({ job: { status: { succeeded, [count]: n, ready: 0 } } })).toBeUndefined();
        expect(['contradiction', 'vacuous']).toContain(claim({ job: { status: { succeeded, [count]: n, ready: false } } })?.code);
      }),
    );
  });
});

describe('a map of exit codes by step with a member named like a note', () => {
  const textNotes = fc.constantFrom('note', 'notes', 'comment', 'remark', 'runner', 'host', 'image', 'log', 'name', 'command');
  it('fails when a note that is text by nature holds a code, or names a code not clean', () => {
    fc.assert(
      fc.property(textNotes, fc.oneof(fc.integer({ min: 1, max: 255 }), fc.constant([0, 1])), (note, code) => {
        const map = { unit: 0, [note]: code };
        expect(claim({ exit_codes: map })?.code, JSON.stringify(map)).toBe('contradiction');
      }),
    );
    fc.assert(
      fc.property(textNotes, fc.integer({ min: 1, max: 255 }), fc.constantFrom('e2e exited', 'exit code', 'rc=', 'returned'), (note, code, named) => {
        const map = { unit: 0, [note]: `shard 2: ${named}${named.endsWith('=') ? '' : ' '}${code}` };
        expect(claim({ exit_codes: map })?.code, JSON.stringify(map)).toBe('contradiction');
      }),
    );
  });
  it('passes text under a note, and numbers under names that are numbers by nature', () => {
    fc.assert(
      fc.property(textNotes, fc.constantFrom('duration', 'pid', 'attempts', 'retries', 'timestamp'), fc.integer({ min: 0, max: 5000 }), (note, numeric, n) => {
        const map = { unit: 0, e2e: 0, [note]: 'e2e is flaky; exit code 0 after a retry', [numeric]: n };
        expect(claim({ exit_codes: map }), JSON.stringify(map)).toBeUndefined();
      }),
    );
  });
});
