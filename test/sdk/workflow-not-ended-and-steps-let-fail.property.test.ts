// Red team xa (session 42; closed by helper ha): an Argo Workflow still Running or Pending beside a pass proves no
// outcome, in any spelling of its phase; a failed node is set aside only for a step the workflow's own spec lets fail
// (continueOn) in a workflow that Succeeded, or when it is held within a failed try of a Retry node that succeeded; an
// Indexed Job's failedIndexes only under its success policy. Each family denies a pass beside it; its sound members do not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const claim = (members: Record<string, unknown>) => statusContradiction({ status: 'pass', passed: 3, ...members }, '/status', 'pass');
const fullWidth = (text: string): string => [...text].map((c) => (c >= '!' && c <= '~' ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c)).join('');
/** A word as a report may write it: as given, in capitals, in small letters, in full width, with a zero-width space, with a Cyrillic letter. */
const spelled = (word: string, form: number): string =>
  [word, word.toUpperCase(), word.toLowerCase(), fullWidth(word), `${word.slice(0, 2)}\u200b${word.slice(2)}`, word.replace(/e/u, '\u0435').replace(/n/u, '\u0578')][form] as string;
const form = fc.integer({ min: 0, max: 5 });

describe("an Argo Workflow's status that has not ended beside a pass", () => {
  const placed = (status: Record<string, unknown>, where: number): Record<string, unknown> =>
    [{ workflow: { status } }, { run: { kind: 'Workflow', status } }, { workflows: [{ metadata: { name: 'ci' }, status }] }, { argo: { status: { ...status, startedAt: '2026-03-10T08:00:00Z' } } }, status][where] as Record<string, unknown>;
  it('is vacuous when its phase is Running or Pending, in any spelling, wherever a workflow is told', () => {
    fc.assert(
      fc.property(fc.constantFrom('Running', 'Pending'), form, fc.integer({ min: 0, max: 4 }), (phase, f, where) => {
        const members = placed({ phase: spelled(phase, f), progress: '1/2', startedAt: '2026-03-10T08:00:00Z' }, where);
        expect(claim(members)?.code, JSON.stringify(members)).toBe('vacuous');
      }),
    );
  });
  it("passes a pod's Running in any spelling (its status holds startTime and its containers), and a workflow that Succeeded", () => {
    fc.assert(
      fc.property(form, fc.boolean(), fc.integer({ min: 0, max: 3 }), (f, listed, where) => {
        const pod = { phase: spelled('Running', f), startTime: '2026-03-10T08:00:00Z', containerStatuses: [{ name: 'app', ready: true, state: { running: { startedAt: '2026-03-10T08:00:05Z' } } }] };
        const pods = listed ? { pods: [{ status: pod }] } : { pod: { status: pod } };
        expect(claim(pods), JSON.stringify(pods)).toBeUndefined();
        const done = placed({ phase: 'Succeeded', progress: '2/2', startedAt: '2026-03-10T08:00:00Z', finishedAt: '2026-03-10T08:02:00Z' }, where);
        expect(claim(done), JSON.stringify(done)).toBeUndefined();
      }),
    );
  });
});

describe("a failed step of an Argo Workflow that its spec lets fail (continueOn)", () => {
  const workflow = (phase: string, continueOn: unknown, nodePhase: string, dag: boolean): Record<string, unknown> => {
    const lint = { name: 'lint', template: 'lint', ...(continueOn === undefined ? {} : { continueOn }) };
    const main = dag ? { name: 'main', dag: { tasks: [lint, { name: 'test', template: 'test', dependencies: ['lint'] }] } } : { name: 'main', steps: [[lint], [{ name: 'test', template: 'test' }]] };
    const nodes = {
      w: { id: 'w', name: 'w', displayName: 'w', type: dag ? 'DAG' : 'Steps', templateName: 'main', phase: 'Succeeded', children: ['w-2'] },
      'w-2': { id: 'w-2', name: 'w.lint', displayName: 'lint', templateName: 'lint', type: 'Pod', phase: nodePhase, boundaryID: 'w', children: ['w-4'] },
      'w-4': { id: 'w-4', name: 'w.test', displayName: 'test', templateName: 'test', type: 'Pod', phase: 'Succeeded', boundaryID: 'w' },
    };
    return { workflow: { metadata: { name: 'w' }, spec: { entrypoint: 'main', templates: [main, { name: 'lint', container: {} }, { name: 'test', container: {} }] }, status: { phase, nodes } } };
  };
  it('passes when the workflow Succeeded and the step says continueOn true for how the node ended', () => {
    fc.assert(
      fc.property(fc.constantFrom('Succeeded', 'SUCCEEDED', 'succeeded'), fc.constantFrom<['Failed' | 'Error', string]>(['Failed', 'failed'], ['Error', 'error']), fc.boolean(), (phase, [nodePhase, kind], dag) => {
        const members = workflow(phase, { [kind]: true }, nodePhase, dag);
        expect(claim(members), JSON.stringify(members)).toBeUndefined();
      }),
    );
  });
  it('fails when the workflow did not plainly succeed, or the step gives no allowance of that kind as true', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Succeeded', 'Suсceeded', fullWidth('Succeeded'), 'Succ\u200beeded'),
        fc.constantFrom<unknown>(undefined, { failed: 'true' }, { failed: 1 }, { failed: false }, { error: true }, true, 'failed', { Failed: true }),
        fc.boolean(),
        (phase, continueOn, dag) => {
          fc.pre(phase !== 'Succeeded' || !(typeof continueOn === 'object' && continueOn !== null && (continueOn as Record<string, unknown>).failed === true));
          const members = workflow(phase, continueOn, 'Failed', dag);
          expect(claim(members)?.code, JSON.stringify(members)).toBe('contradiction');
        },
      ),
    );
  });
  it('fails when the failed node names as its boundary a node it does not run in (red team xz, session 42)', () => {
    // A template call's node elsewhere (its name or its children do not hold the node), a Pod, or a StepGroup.
    const elsewhere = [
      { id: 'v', name: 'v', displayName: 'v', type: 'Steps', templateName: 'main', phase: 'Succeeded', children: ['w-2'] },
      { id: 'v', name: 'w', displayName: 'w', type: 'DAG', templateName: 'main', phase: 'Succeeded', children: [] },
      { id: 'v', name: 'w', displayName: 'w', type: 'Pod', templateName: 'main', phase: 'Succeeded', children: ['w-2'] },
      { id: 'v', name: 'w', displayName: 'w', type: 'StepGroup', templateName: 'main', phase: 'Succeeded', children: ['w-2'] },
    ];
    fc.assert(
      fc.property(fc.constantFrom(...elsewhere), fc.boolean(), (boundary, dag) => {
        const members = workflow('Succeeded', { failed: true }, 'Failed', dag);
        const nodes = (members.workflow as { status: { nodes: Record<string, Record<string, unknown>> } }).status.nodes;
        nodes.v = boundary;
        (nodes['w-2'] as Record<string, unknown>).boundaryID = 'v';
        expect(claim(members)?.code, JSON.stringify(members)).toBe('contradiction');
      }),
    );
  });
});

describe('a Retry node of a steps template that succeeded after a failed try', () => {
  /** A try `t` of Retry `w` holding `depth` nested steps templates, the innermost running a pod in `podPhase`. */
  const tryNodes = (t: string, phase: string, podPhase: string, depth: number): Record<string, Record<string, unknown>> => {
    const nodes: Record<string, Record<string, unknown>> = { [t]: { id: t, name: `w(${t.slice(-1)})`, type: 'Steps', templateName: 'main', phase, children: [`${t}-g0`] } };
    let boundary = t;
    for (let d = 0; d <= depth; d++) {
      const group = `${t}-g${d}`;
      const next = d < depth ? `${t}-s${d + 1}` : `${t}-pod`;
      nodes[group] = { id: group, name: group, type: 'StepGroup', phase, boundaryID: boundary, children: [next] };
      if (d < depth) {
        nodes[next] = { id: next, name: next, type: 'Steps', templateName: `inner${d}`, phase, boundaryID: boundary, children: [`${t}-g${d + 1}`] };
        boundary = next;
      } else nodes[next] = { id: next, name: next, type: 'Pod', phase: podPhase, boundaryID: boundary };
    }
    return nodes;
  };
  const workflow = (failedTries: number, depth: number, lastPod: string) => {
    const tries = [...Array.from({ length: failedTries }, (_, i) => tryNodes(`w-${i}`, 'Failed', 'Failed', depth)), tryNodes(`w-${failedTries}`, 'Succeeded', lastPod, depth)];
    const nodes = Object.assign({ w: { id: 'w', name: 'w', type: 'Retry', templateName: 'main', phase: 'Succeeded', children: tries.map((_, i) => `w-${i}`) } }, ...tries);
    return { workflow: { status: { phase: 'Succeeded', nodes } } };
  };
  it('passes with its failed tries, however deep their nodes are held, when the last try succeeded', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 3 }), (failed, depth) => {
        const members = workflow(failed, depth, 'Succeeded');
        expect(claim(members), JSON.stringify(members)).toBeUndefined();
      }),
    );
  });
  it('fails on a failed pod within the last try, however deep', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom('Failed', 'Error'), (failed, depth, pod) => {
        const members = workflow(failed, depth, pod);
        expect(claim(members)?.code, JSON.stringify(members)).toBe('contradiction');
      }),
    );
  });
});

describe("an Indexed Job's failedIndexes", () => {
  // Lists as Kubernetes writes them: intervals in increasing order, none touching another, none of the completed `41,42`
  // (an index listed twice, out of order or also completed is no list the Job controller wrote: helper hk, session 43).
  const indexes = fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 4 }).map((runs) => {
    const parts: string[] = [];
    let next = 0;
    for (const [gap, n] of runs) {
      const first = next + gap;
      parts.push(n === 0 ? `${first}` : `${first}-${first + n}`);
      next = first + n + 2;
    }
    return parts.join(',');
  });
  const job = (failedIndexes: string, reason: string) => ({
    job: { status: { conditions: [{ type: 'SuccessCriteriaMet', status: 'True', reason }, { type: 'Complete', status: 'True', reason }], startTime: '2026-03-10T08:00:00Z', completionTime: '2026-03-10T08:01:00Z', completedIndexes: '41,42', failedIndexes, succeeded: 2, failed: 1, ready: 0, terminating: 0, uncountedTerminatedPods: {} } },
  });
  it('passes as indexes its success policy let fail', () => {
    fc.assert(
      fc.property(indexes, (failed) => {
        expect(claim(job(failed, 'SuccessPolicy')), failed).toBeUndefined();
      }),
    );
  });
  it('fails under any other reason, or the reason SuccessPolicy in other letters', () => {
    fc.assert(
      fc.property(indexes, fc.integer({ min: 3, max: 5 }), fc.constantFrom('SuccessPolicy', 'CompletionsReached'), (failed, f, reason) => {
        const members = job(failed, reason === 'SuccessPolicy' ? spelled(reason, f) : reason);
        expect(claim(members)?.code, JSON.stringify(members)).toBe('contradiction');
      }),
    );
  });
});
