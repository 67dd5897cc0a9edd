// Red team xw2 and xz, helper ps (session 41; closed by helper ga, session 42): GitHub's continue-on-error pair set aside
// only where GitHub's steps context puts a step and only when no continue-on-error beside it says anything but true; a
// Kubernetes Job's pod counts read as a Job's only once it ended; Argo's failed nodes answered for only by a Retry node
// that succeeded. Each family denies a pass beside it; its sound members do not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const claim = (members: Record<string, unknown>) => statusContradiction({ status: 'pass', passed: 3, ...members }, '/status', 'pass');
const PAIR = { outcome: 'failure', conclusion: 'success' };
/** A step (the pair and `extra`) where GitHub's steps context puts one: beside the status, under one job (map, list or `job`). */
const placed = (step: Record<string, unknown>, place: number, listed: boolean): Record<string, unknown> => {
  const steps = listed ? [{ name: 'lint', ...step }] : { lint: step };
  return [{ steps }, { jobs: { test: { steps } } }, { jobs: [{ name: 'test', steps }] }, { job: { steps } }][place] as Record<string, unknown>;
};
const place = fc.integer({ min: 0, max: 3 });
/** A name as a report may write it: as given, in capitals, in full width, with a zero-width space, with a Cyrillic о for o. */
const spelledName = (name: string, form: number): string =>
  [name, name.toUpperCase(), [...name].map((c) => (c >= '!' && c <= '~' ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c)).join(''), name.replace('-', '\u200b-'), name.replace('o', '\u043e')][form] as string;

describe("GitHub's continue-on-error pair where the steps context puts a step", () => {
  it('passes with no continue-on-error beside it, or one that says true', () => {
    fc.assert(
      fc.property(place, fc.boolean(), fc.constantFrom<unknown>(undefined, true, 'true', 'True'), fc.constantFrom('continue-on-error', 'continue_on_error', 'continueOnError'), (where, listed, flag, name) => {
        const members = placed({ ...PAIR, ...(flag === undefined ? {} : { [name]: flag }) }, where, listed);
        expect(claim(members), JSON.stringify(members)).toBeUndefined();
      }),
    );
  });
  it('fails beside a pass when a continue-on-error beside it, in any spelling of its name, says anything but true', () => {
    fc.assert(
      fc.property(place, fc.boolean(), fc.constantFrom<unknown>(false, 'false', 'no', 0, 'off', null, '', '${{ matrix.experimental }}'), fc.constantFrom('continue-on-error', 'continue_on_error', 'continueOnError', 'continueonerror'), fc.integer({ min: 0, max: 4 }), (where, listed, flag, name, form) => {
        const members = placed({ ...PAIR, [spelledName(name, form)]: flag }, where, listed);
        const found = claim(members);
        // A second key that reads as another's (`continue-on-error` beside nothing else is no duplicate) is refused as such elsewhere.
        expect(found?.code, JSON.stringify(members)).toBe('contradiction');
      }),
    );
  });
  it("fails beside a pass in a test's steps, however deep, and in steps under a job of another list", () => {
    fc.assert(
      fc.property(fc.constantFrom('tests', 'cases', 'specs', 'results', 'scenarios'), fc.constantFrom('list', 'map', 'suite'), fc.boolean(), (name, form, listed) => {
        const steps = listed ? [{ title: 'click', ...PAIR }] : { click: PAIR };
        const test = { name: 'login', steps };
        const members = form === 'list' ? { [name]: [test] } : form === 'map' ? { [name]: { login: test } } : { suites: [{ name: 'checkout', [name]: [test] }] };
        expect(claim(members)?.code, JSON.stringify(members)).toBe('contradiction');
      }),
    );
  });
});

describe("a Kubernetes Job's status beside a pass", () => {
  const conditions = (types: string[]) => types.map((type) => ({ type, status: 'True' }));
  it('passes once it ended with pods that succeeded, its failed pods retried under a Complete condition', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 6 }), fc.boolean(), (succeeded, failed, nested) => {
        const status = { startTime: '2026-03-10T08:00:00Z', completionTime: '2026-03-10T08:05:00Z', succeeded, failed, ready: 0, terminating: 0, uncountedTerminatedPods: {}, conditions: conditions(['SuccessCriteriaMet', 'Complete']) };
        const members = nested ? { job: { kind: 'Job', status } } : { job: status };
        expect(claim(members), JSON.stringify(members)).toBeUndefined();
      }),
    );
  });
  it('fails while a pod is active, or when a failed pod has no Complete condition to answer for it or a Failed one beside it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom<string[] | undefined>(undefined, [], ['Failed'], ['Complete', 'Failed'], ['FailureTarget', 'Complete'], ['Cоmplete'], ['SuccessCriteriaMet']), fc.boolean(), (failed, active, types, nested) => {
        const status = { startTime: '2026-03-10T08:00:00Z', succeeded: 1, failed, active, ready: 0, ...(types === undefined ? {} : { conditions: conditions(types) }) };
        const members = nested ? { job: { kind: 'Job', status } } : { job: status };
        expect(['contradiction', 'vacuous'], JSON.stringify(members)).toContain(claim(members)?.code);
      }),
    );
  });
});

describe("Argo Workflows' map of nodes beside a pass", () => {
  it('fails on a node whose phase failed unless a Retry node that succeeded retried it beside a try that succeeded', () => {
    fc.assert(
      fc.property(fc.constantFrom('Failed', 'Error', 'FAILED', 'Fаiled'), fc.constantFrom('Retry', 'NotRetry', 'Steps', 'DAG'), fc.constantFrom('Succeeded', 'Failed', 'Running'), fc.constantFrom('Succeeded', 'Failed'), fc.boolean(), (failedPhase, parentType, parentPhase, otherTry, inWorkflow) => {
        const nodes = {
          ci: { id: 'ci', type: parentType, phase: parentPhase, children: ['ci-1', 'ci-2'] },
          'ci-1': { id: 'ci-1', type: 'Pod', phase: failedPhase, message: 'Error (exit code 1)' },
          'ci-2': { id: 'ci-2', type: 'Pod', phase: otherTry },
        };
        const members = inWorkflow ? { workflow: { status: { nodes } } } : { nodes };
        const answered = parentType === 'Retry' && parentPhase === 'Succeeded' && otherTry === 'Succeeded';
        if (answered) expect(claim(members), JSON.stringify(members)).toBeUndefined();
        else expect(claim(members)?.code, JSON.stringify(members)).toBe('contradiction');
      }),
    );
  });
});

// Red team xa (session 42): a Job's conditions read only as Kubernetes writes them, and a Retry node's tries only before
// the last one, which succeeded, and none of them the Retry node itself or another Retry node.
describe("a completed Kubernetes Job's conditions and an Argo Retry node's tries, written otherwise", () => {
  const T = { startTime: '2026-03-10T08:00:00Z', completionTime: '2026-03-10T08:05:00Z' };
  const COMPLETE = { type: 'Complete', status: 'True' };
  it('fails when a condition beside Complete is listed twice, not False, or written in other letters', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Record<string, unknown>>({ type: 'Complete', status: 'False' }, { type: 'Complete', status: 'Unknown' }, { type: 'Failed', status: 'Unknown' }, { type: 'FailureTarget', status: 'True' }, { type: 'Suspended', status: 'True' }, { type: 'Failed', status: 'True' }),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        (condition, form, before) => {
          const spelled = form === 0 ? condition : { ...condition, type: spelledName(condition.type as string, form) };
          const conditions = before ? [spelled, COMPLETE] : [COMPLETE, spelled];
          const members = { job: { ...T, succeeded: 1, failed: 1, conditions } };
          expect(claim(members)?.code, JSON.stringify(members)).toBe('contradiction');
        },
      ),
    );
  });
  it("fails when a member of the Job's status or of a condition is written in other letters", () => {
    fc.assert(
      fc.property(fc.constantFrom('active', 'conditions', 'type', 'status'), fc.integer({ min: 1, max: 4 }), (name, form) => {
        const condition: Record<string, unknown> = name === 'type' || name === 'status' ? name === 'type' ? { status: 'True', [spelledName(name, form)]: 'Failed' } : { type: 'Failed', [spelledName(name, form)]: 'True' } : { type: 'Failed', status: 'False' };
        const status: Record<string, unknown> = { ...T, succeeded: 1, failed: 1, conditions: [COMPLETE, condition] };
        if (name === 'active') status[spelledName(name, form)] = 1;
        if (name === 'conditions') status[spelledName(name, form)] = [{ type: 'Failed', status: 'True' }];
        const members = { job: status };
        expect(claim(members)?.code, JSON.stringify(members)).toBe('contradiction');
      }),
    );
  });
  it('passes a completed Job whose other conditions are SuccessCriteriaMet True or False', () => {
    fc.assert(
      fc.property(fc.subarray(['SuccessCriteriaMet', 'Suspended', 'Failed', 'FailureTarget']), fc.integer({ min: 1, max: 6 }), (others, failed) => {
        const conditions = [...others.map((type) => ({ type, status: type === 'SuccessCriteriaMet' ? 'True' : 'False' })), COMPLETE];
        const members = { job: { ...T, succeeded: 1, failed, ready: 0, terminating: 0, uncountedTerminatedPods: {}, conditions } };
        expect(claim(members), JSON.stringify(members)).toBeUndefined();
      }),
    );
  });
  it('reads a Retry node as answering only for the tries before its last one, which succeeded, and none a Retry node', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.constantFrom('self', 'retry', 'later', 'sound'), (failedBefore, form) => {
        const nodes: Record<string, Record<string, unknown>> = {};
        const children = Array.from({ length: failedBefore }, (_, i) => `ci-${i}`);
        for (const c of children) nodes[c] = { id: c, type: 'Pod', phase: 'Failed' };
        nodes['ci-ok'] = { id: 'ci-ok', type: form === 'retry' ? 'Retry' : 'Pod', phase: 'Succeeded', children: [] };
        const tries = form === 'self' ? [...children, 'ci'] : form === 'later' ? ['ci-ok', ...children, 'ci-late'] : [...children, 'ci-ok'];
        if (form === 'later') nodes['ci-late'] = { id: 'ci-late', type: 'Pod', phase: 'Failed' };
        nodes.ci = { id: 'ci', type: 'Retry', phase: 'Succeeded', children: tries };
        const members = { nodes };
        const failing = form === 'later' || (failedBefore > 0 && form !== 'sound');
        if (failing) expect(claim(members)?.code, JSON.stringify(members)).toBe('contradiction');
        else expect(claim(members), JSON.stringify(members)).toBeUndefined();
      }),
    );
  });
});

describe('a step, job or node keyed by an id that holds a qualifier word', () => {
  const QUALIFIED_IDS = ['flaky_e2e', 'allowed-failures', 'expected_output', 'previous-run-1', 'optional_lint', 'known-issues'];
  /** A failed step of GitHub's steps context, a failed job of its needs context, or a failed Argo node, under `id`. */
  const keyed = (id: string, kind: number, failed: boolean): Record<string, unknown> =>
    [
      { steps: { [id]: { outcome: failed ? 'failure' : 'success', conclusion: failed ? 'failure' : 'success' } } },
      { jobs: { test: { steps: { [id]: { outcome: failed ? 'failure' : 'success', conclusion: failed ? 'failure' : 'success' } } } } },
      { needs: { [id]: { result: failed ? 'failure' : 'success', outputs: {} } } },
      { workflow: { status: { nodes: { [id]: { id, type: 'Pod', phase: failed ? 'Failed' : 'Succeeded' } } } } },
    ][kind] as Record<string, unknown>;
  it('fails beside a pass when it failed, whatever its id says, the map named in any letters', () => {
    fc.assert(
      fc.property(fc.constantFrom(...QUALIFIED_IDS), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 4 }), (id, kind, form) => {
        const [[mapName, map]] = Object.entries(keyed(id, kind, true)) as [[string, unknown]];
        // The map's name as given, in capitals, full width, with an invisible character, or with a Cyrillic letter.
        const spelled = [mapName, mapName.toUpperCase(), spelledName(mapName, 2), `${mapName.slice(0, 2)}\u200b${mapName.slice(2)}`, mapName.replace('e', '\u0435').replace('o', '\u043e')][form] as string;
        const members = { [spelled]: map };
        expect(claim(members)?.code, JSON.stringify(members)).toBe('contradiction');
      }),
    );
  });
  it('passes when it passed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...QUALIFIED_IDS), fc.integer({ min: 0, max: 3 }), (id, kind) => {
        const members = keyed(id, kind, false);
        expect(claim(members), JSON.stringify(members)).toBeUndefined();
      }),
    );
  });
  it("reads no Retry node's or try's phase Succeeded written in look-alike letters, full width or with an invisible character as a pass", () => {
    fc.assert(
      fc.property(fc.constantFrom('Suссeeded', 'Ｓｕｃｃｅｅｄｅｄ', 'Succ\u200beeded', 'Ѕucceeded'), fc.boolean(), (spelled, ofTheRetry) => {
        const nodes = {
          ci: { id: 'ci', type: 'Retry', phase: ofTheRetry ? spelled : 'Succeeded', children: ['ci-1', 'ci-2'] },
          'ci-1': { id: 'ci-1', type: 'Pod', phase: 'Failed' },
          'ci-2': { id: 'ci-2', type: 'Pod', phase: ofTheRetry ? 'Succeeded' : spelled },
        };
        expect(claim({ nodes })?.code, JSON.stringify(nodes)).toBe('contradiction');
      }),
    );
  });
});

describe('a Kubernetes Job still active, named or written in other letters', () => {
  it('is a run not ended wherever its name or a member only a Job holds reads as one in any letters', () => {
    fc.assert(
      fc.property(fc.constantFrom('job', 'startTime', 'active'), fc.integer({ min: 0, max: 4 }), (what, form) => {
        // job: `{<job>: {active: 1, ready: 1}}`; startTime: `{migration: {active: 1, <startTime>}}`; active: `{job: {<active>: 1, startTime}}`.
        // As given, in capitals (the name only), full width, with a zero-width space, with a Cyrillic о or а.
        const spelled = [what, what === 'job' ? 'JOB' : what, spelledName(what, 2), `${what.slice(0, 1)}\u200b${what.slice(1)}`, what.replace('o', '\u043e').replace('a', '\u0430')][form] as string;
        const members =
          what === 'job' ? { [spelled]: { active: 1, ready: 1 } } : what === 'startTime' ? { migration: { active: 1, ready: 1, [spelled]: '2026-03-10T08:00:00Z' } } : { job: { [spelled]: 1, ready: 1, startTime: '2026-03-10T08:00:00Z' } };
        expect(claim(members)?.code, JSON.stringify(members)).toBe('vacuous');
      }),
    );
  });
});
