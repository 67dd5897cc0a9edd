// How a process ended where a platform writes it, and a process step's log in the forms a platform keeps it (helper ps,
// session 41; red team xp and xe, session 40): a `terminated` state's reason, a container still waiting, a pod's phase,
// a platform's condition of a run or its phase, a child's exit status written as text or keyed by its process id, a
// step log kept as bytes, markup, a map by line or in sections, under a platform's own list of steps. Each family
// denies a pass beside it; its sound members do not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const GO_FAILED = ['=== RUN   TestX', '    x_test.go:12: got 2, want 1', '--- FAIL: TestX (0.00s)', 'FAIL', 'FAIL\texample.com/a\t0.1s'];
const GO_PASSED = ['=== RUN   TestX', '--- PASS: TestX (0.00s)', 'PASS', 'ok  \texample.com/a\t0.1s'];

/** A text as a report may spell it: as written, in capitals, in small letters, in full width. */
const spelled = (text: string, form: number): string =>
  [text, text.toUpperCase(), text.toLowerCase(), [...text].map((c) => (c >= '!' && c <= '~' ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c)).join('')][form] as string;
const spelling = fc.integer({ min: 0, max: 3 });
const claim = (members: Record<string, unknown>) => statusContradiction({ status: 'pass', passed: 3, ...members }, '/status', 'pass');

describe("a platform's state of a process", () => {
  it("fails beside a pass when its terminated state's reason is no clean exit's, whatever its exit code says", () => {
    fc.assert(
      fc.property(fc.constantFrom('OOMKilled', 'Error', 'DeadlineExceeded', 'ContainerCannotRun', 'Evicted', 'StartError'), spelling, fc.constantFrom(true, false), (reason, form, inState) => {
        const terminated = { exitCode: 0, reason: spelled(reason, form) };
        const found = claim(inState ? { state: { terminated } } : { steps: [{ name: 'unit', terminated }] });
        expect(found?.code, JSON.stringify(terminated)).toBe('contradiction');
      }),
    );
  });
  it('passes a container that completed, or ended with no reason given', () => {
    fc.assert(
      fc.property(fc.constantFrom('Completed', '', undefined), fc.integer({ min: 0, max: 2 }), (reason, form) => {
        const terminated = { exitCode: 0, ...(reason === undefined ? {} : { reason: spelled(reason, form) }) };
        expect(claim({ state: { terminated } }), JSON.stringify(terminated)).toBeUndefined();
      }),
    );
  });
  it('fails beside a pass while a container is still waiting, for any reason, in a state or a list of container statuses', () => {
    fc.assert(
      fc.property(fc.constantFrom('CrashLoopBackOff', 'ImagePullBackOff', 'ErrImagePull', 'CreateContainerConfigError', 'ContainerCreating', ''), fc.boolean(), (reason, listed) => {
        const state = { waiting: reason === '' ? {} : { reason } };
        const found = claim(listed ? { containerStatuses: [{ name: 'e2e', state }] } : { state });
        expect(found?.code, JSON.stringify(state)).toBe('contradiction');
      }),
    );
  });
  it("fails beside a pass when a pod's phase is Failed or Unknown, and passes one that succeeded, runs or waits to be scheduled", () => {
    fc.assert(
      fc.property(fc.constantFrom('Failed', 'Unknown', 'Succeeded', 'Running', 'Pending'), spelling, fc.constantFrom('containerStatuses', 'conditions', 'podIP', 'startTime'), (phase, form, member) => {
        const pod = { status: { phase: spelled(phase, form), [member]: member === 'podIP' || member === 'startTime' ? 'x' : [] } };
        const found = claim({ pod });
        if (phase === 'Failed' || phase === 'Unknown') expect(found?.code, JSON.stringify(pod)).toBe('contradiction');
        else expect(found, JSON.stringify(pod)).toBeUndefined();
      }),
    );
  });
});

describe("a platform's condition of a run", () => {
  it('fails beside a pass when it says the run failed or has not ended, and passes one that says it succeeded or how far a thing got', () => {
    fc.assert(
      fc.property(fc.constantFrom('Failed', 'Succeeded', 'Complete', 'Ready', 'PodScheduled'), fc.constantFrom('True', 'False', 'Unknown'), spelling, fc.boolean(), (type, status, form, inJob) => {
        const conditions = [{ type: spelled(type, form), status: spelled(status, form), reason: 'x' }];
        const found = claim(inJob ? { job: { status: { conditions } } } : { conditions });
        const failed = (type === 'Failed' && status === 'True') || (type === 'Succeeded' && status !== 'True');
        if (failed) expect(found?.code, JSON.stringify(conditions)).toBe('contradiction');
        else expect(found, JSON.stringify(conditions)).toBeUndefined();
      }),
    );
  });
});

describe("a run's phase", () => {
  it('fails beside a pass when it says the run failed, and passes a phase that names a step', () => {
    fc.assert(
      fc.property(fc.constantFrom('Failed', 'Error', 'build', 'deploy', 'Succeeded'), spelling, fc.integer({ min: 0, max: 2 }), (phase, form, where) => {
        const written = spelled(phase, form);
        const found = claim([{ phase: written }, { run: { phase: written } }, { workflow: { status: { phase: written } } }][where] as Record<string, unknown>);
        if (phase === 'Failed' || phase === 'Error') expect(found?.code, written).toBe('contradiction');
        else expect(found, written).toBeUndefined();
      }),
    );
  });
});

describe("a child process's exit status", () => {
  /** What a child's record holds beside its status that makes it a process's: what it leaves, or its id and command. */
  const beside = fc.constantFrom<Record<string, unknown>>({ pid: 4242, signal: null }, { stdout: '' }, { stderr: 'Killed' }, { processId: 4242, command: 'cargo test' }, { pid: 4242, spawnargs: ['npm', 'test'] }, { process_id: 4242, cmd: 'make test' });
  it('fails beside a pass when it is a code other than 0, as a number or written as text in any width', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 255 }), fc.integer({ min: 0, max: 2 }), beside, (code, form, others) => {
        const status = [code, String(code), spelled(String(code), 3)][form];
        const child = { ...others, status };
        expect(claim({ child })?.code, JSON.stringify(child)).toBe('contradiction');
      }),
    );
  });
  it('passes a child that exited 0, and a server whose pid and command stand beside where it listens', () => {
    fc.assert(
      fc.property(fc.constantFrom<unknown>(0, '0', ' 0 ', '\uff10'), beside, fc.constantFrom(200, 204, '200'), fc.constantFrom('port', 'url', 'host'), (clean, others, http, place) => {
        expect(claim({ child: { ...others, status: clean } }), JSON.stringify(others)).toBeUndefined();
        expect(claim({ server: { pid: 4242, command: 'node server.js', [place]: 'x', status: http } })).toBeUndefined();
      }),
    );
  });
});

describe("a process step's log in the form a platform keeps it", () => {
  /** The log's lines kept in one form: a text, Node's Buffer, HTML, a map by line or moment, line objects, a section. */
  const keptAs = (lines: readonly string[], form: number, sectionName: string): unknown =>
    [
      lines.join('\n'),
      { type: 'Buffer', data: [...new TextEncoder().encode(lines.join('\n'))] },
      lines.map((l) => `<span class="term">${l}</span>`).join('<br>'),
      lines.map((l) => `<p>${l}</p>`).join(''),
      Object.fromEntries(lines.map((l, i) => [String(i + 1), l])),
      Object.fromEntries(lines.map((l, i) => [`2026-03-10T10:59:0${i}Z`, l])),
      lines.map((l) => ({ text: { content: l } })),
      [{ ts: 1, [sectionName]: [...lines] }],
    ][form];
  const form = fc.integer({ min: 0, max: 7 });
  const sectionName = fc.constantFrom('msgs', 'lines', 'out', 'body_lines');
  /** A step with its log under a platform's own list of steps, in the document beside the run's success. */
  const platform = fc.constantFrom('steps', 'jobs', 'taskRuns', 'pipelineRuns', 'stageFlowNodes', 'actions');
  const documentOf = (where: string, log: unknown): unknown => {
    const step = { name: 'go test', status: 'success', log };
    if (where === 'stageFlowNodes') return { status: 'success', stages: [{ name: 'test', status: 'success', stageFlowNodes: [step] }] };
    if (where === 'actions') return { status: 'success', steps: [{ name: 'go test', actions: [{ index: 0, status: 'success', output: log }] }] };
    return { status: 'success', [where]: [step] };
  };
  it("denies the step's pass when it prints Go's failures", () => {
    fc.assert(
      fc.property(platform, form, sectionName, (where, f, name) => {
        const doc = documentOf(where, keptAs(GO_FAILED, f, name));
        expect(statusContradiction(doc, '/status', 'success')?.code, JSON.stringify(doc)).toBe('contradiction');
      }),
    );
  });
  it('passes the same step over a log of passes', () => {
    fc.assert(
      fc.property(platform, form, sectionName, (where, f, name) => {
        const doc = documentOf(where, keptAs(GO_PASSED, f, name));
        expect(statusContradiction(doc, '/status', 'success'), JSON.stringify(doc)).toBeUndefined();
      }),
    );
  });
  it('fails closed on a log nested deeper than is read, whatever it prints', () => {
    fc.assert(
      fc.property(fc.constantFrom(GO_FAILED, GO_PASSED), fc.integer({ min: 5, max: 9 }), (lines, depth) => {
        let nested: unknown = [...lines];
        for (let i = 0; i < depth; i++) nested = [nested];
        const doc = { status: 'success', steps: [{ name: 'go test', status: 'success', log: { lines: nested } }] };
        expect(statusContradiction(doc, '/status', 'success')?.code).toBe('contradiction');
      }),
    );
  });
});
