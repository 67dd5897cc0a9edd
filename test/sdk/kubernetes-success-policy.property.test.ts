// Red team xz (session 42, parked; closed session 43 by helper hj): an Indexed Job whose conditions say its success
// policy completed it has its failed indexes set aside only when the policy in its own spec beside the status is met by
// its completedIndexes, as the Job controller matches the rules. A model of the rules over plain sets of indexes decides
// each case apart from the engine's interval arithmetic: met ⇔ pass. A met policy written as Kubernetes never admits one
// (spaces, intervals out of order, full-width digits, a count as text) is no policy: it fails. So is a met policy in a
// spec Kubernetes would not admit one in (no `completionMode: Indexed`, no whole `completions`), one met beside a status
// listing an index both completed and failed, and one written elsewhere than beside its status (helper hk, session 43),
// the summary object holding the gate's own status too (helper hh, session 43).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

type Rule = { succeededIndexes?: string; succeededCount?: number };

/** A set of indexes as Kubernetes writes it: intervals in order; a run may be split into adjacent intervals (`0,1` or `0-1`), both admitted. */
function written(indexes: readonly number[], split: readonly boolean[]): string {
  const parts: string[] = [];
  let start: number | undefined;
  const sorted = [...indexes].sort((a, b) => a - b);
  sorted.forEach((x, i) => {
    start ??= x;
    const next = sorted[i + 1];
    if (next !== x + 1 || split[i % split.length] === true) {
      parts.push(start === x ? `${x}` : `${start}-${x}`);
      start = undefined;
    }
  });
  return parts.join(',');
}

/** The Job controller's rule, on plain sets: indexes alone all succeeded; a count alone reached; both, that many of the indexes. */
function modelMet(rule: { indexes?: number[]; count?: number }, done: ReadonlySet<number>): boolean {
  if (rule.indexes === undefined) return rule.count !== undefined && done.size >= rule.count;
  const shared = rule.indexes.filter((x) => done.has(x)).length;
  return shared > 0 && shared >= (rule.count ?? rule.indexes.length);
}

const jobDoc = (completions: number, rules: Rule[], completed: string, failed: string, counts: { succeeded: number; failed: number }) => ({
  status: 'pass',
  passed: 3,
  job: {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'shards' },
    spec: { completionMode: 'Indexed', completions, parallelism: completions, backoffLimitPerIndex: 0, successPolicy: { rules } },
    status: {
      conditions: [{ type: 'SuccessCriteriaMet', status: 'True', reason: 'SuccessPolicy' }, { type: 'Complete', status: 'True', reason: 'SuccessPolicy' }],
      startTime: '2026-03-10T08:00:00Z',
      completionTime: '2026-03-10T08:01:00Z',
      completedIndexes: completed,
      failedIndexes: failed,
      succeeded: counts.succeeded,
      failed: counts.failed,
      ready: 0,
      terminating: 0,
      uncountedTerminatedPods: {},
    },
  },
});
const claim = (doc: Record<string, unknown>) => statusContradiction(doc, '/status', 'pass');

/** A Job of 2 to 12 indexes, at least one failed, its rules (1 to 3, each admitted by Kubernetes) and how each index ended. */
const jobCase = fc.integer({ min: 2, max: 12 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    outcome: fc.array(fc.boolean(), { minLength: n, maxLength: n }).filter((done) => done.includes(false)),
    split: fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
    rules: fc.array(
      fc.record({
        indexes: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: n }), { nil: undefined }),
        count: fc.option(fc.integer({ min: 1, max: n }), { nil: undefined }),
      }).filter((r) => (r.indexes !== undefined || r.count !== undefined) && (r.indexes === undefined || r.count === undefined || r.count <= r.indexes.length)),
      { minLength: 1, maxLength: 3 },
    ),
  }),
);
const caseOf = (c: { n: number; outcome: boolean[]; split: boolean[]; rules: { indexes?: number[]; count?: number }[] }) => {
  const done = c.outcome.flatMap((d, i) => (d ? [i] : []));
  const failed = c.outcome.flatMap((d, i) => (d ? [] : [i]));
  const rules: Rule[] = c.rules.map((r) => ({ ...(r.indexes === undefined ? {} : { succeededIndexes: written(r.indexes, c.split) }), ...(r.count === undefined ? {} : { succeededCount: r.count }) }));
  const met = c.rules.some((r) => modelMet(r, new Set(done)));
  return { done, failed, rules, met, doc: jobDoc(c.n, rules, written(done, c.split), written(failed, c.split), { succeeded: done.length, failed: failed.length }) };
};

describe("an Indexed Job's failed indexes under the success policy in its spec", () => {
  it('pass exactly when some rule of the policy is met by the completed indexes, else fail as a contradiction', () => {
    fc.assert(
      fc.property(jobCase, (c) => {
        const { met, doc } = caseOf(c);
        const found = claim(doc);
        expect(found?.code, JSON.stringify(doc.job.spec.successPolicy) + ' ' + doc.job.status.completedIndexes).toBe(met ? undefined : 'contradiction');
      }),
      { numRuns: 300 },
    );
  });
  it('fail when a met policy is written as Kubernetes admits none: spaces, intervals out of order, full-width digits, a count as text', () => {
    fc.assert(
      fc.property(
        jobCase.filter((c) => caseOf(c).met),
        fc.integer({ min: 0, max: 3 }),
        (c, how) => {
          const { doc } = caseOf(c);
          const rules = doc.job.spec.successPolicy.rules as Record<string, unknown>[];
          // Every rule disguised the same way, so no sound rule is left to meet; one the disguise cannot touch is left out.
          const disguised = rules.map((r): Record<string, unknown> | undefined => {
            const indexes = r.succeededIndexes as string | undefined;
            if (how === 0) return indexes?.includes(',') === true ? { ...r, succeededIndexes: indexes.replaceAll(',', ', ') } : undefined;
            if (how === 1) return indexes?.includes(',') === true ? { ...r, succeededIndexes: indexes.split(',').reverse().join(',') } : undefined;
            if (how === 2) return indexes === undefined ? undefined : { ...r, succeededIndexes: indexes.replace(/\d/gu, (d) => String.fromCodePoint(d.codePointAt(0)! + 0xfee0)) };
            return r.succeededCount === undefined ? undefined : { ...r, succeededCount: String(r.succeededCount) };
          });
          fc.pre(disguised.every((r) => r !== undefined));
          doc.job.spec.successPolicy.rules = disguised as Rule[];
          expect(claim(doc)?.code, JSON.stringify(disguised)).toBe('contradiction');
        },
      ),
      { numRuns: 200 },
    );
  });
  it('fail when the status lists an index both completed and failed, however the policy reads', () => {
    fc.assert(
      fc.property(jobCase, fc.nat(), fc.boolean(), (c, pick, intoCompleted) => {
        const { done, failed, doc } = caseOf(c);
        fc.pre(done.length > 0);
        // An index moved into both lists: a completed one also listed failed, or a failed one also listed completed.
        const both = intoCompleted ? (failed[pick % failed.length] as number) : (done[pick % done.length] as number);
        const status = doc.job.status;
        if (intoCompleted) status.completedIndexes = written([...done, both], c.split);
        else status.failedIndexes = written([...failed, both], c.split);
        expect(claim(doc)?.code, `${status.completedIndexes} / ${status.failedIndexes}`).toBe('contradiction');
      }),
      { numRuns: 200 },
    );
  });
  it("fail when a met policy stands in a spec Kubernetes would not admit it in: no Indexed mode, no whole completions", () => {
    const inadmissible: [string, (spec: Record<string, unknown>) => void][] = [
      ['mode missing', (spec) => delete spec.completionMode],
      ['mode NonIndexed', (spec) => (spec.completionMode = 'NonIndexed')],
      ['mode in lower case', (spec) => (spec.completionMode = 'indexed')],
      ['mode null', (spec) => (spec.completionMode = null)],
      ['completions missing', (spec) => delete spec.completions],
      ['completions as text', (spec) => (spec.completions = String(spec.completions))],
      ['completions 0', (spec) => (spec.completions = 0)],
      ['completions null', (spec) => (spec.completions = null)],
    ];
    fc.assert(
      fc.property(jobCase.filter((c) => caseOf(c).met), fc.constantFrom(...inadmissible), (c, [how, change]) => {
        const { doc } = caseOf(c);
        change(doc.job.spec as unknown as Record<string, unknown>);
        expect(claim(doc)?.code, how).toBe('contradiction');
      }),
      { numRuns: 200 },
    );
  });
  it('fail when a met policy is written elsewhere in the document than beside its status in a whole Job object', () => {
    type Layout = (job: ReturnType<typeof caseOf>['doc']['job']) => Record<string, unknown>;
    const { spec: _s, status: _t, ...meta } = caseOf({ n: 2, outcome: [true, false], split: [false], rules: [{ count: 1 }] }).doc.job;
    const layouts: [string, Layout][] = [
      ['List items apart', (j) => ({ kind: 'List', items: [{ ...meta, spec: j.spec }, { ...meta, status: j.status }] })],
      ['jobSpec beside jobStatus', (j) => ({ jobSpec: j.spec, jobStatus: j.status })],
      ['a manifest beside the status', (j) => ({ manifest: { ...meta, spec: j.spec }, job: { status: j.status } })],
      ['a spec at the top', (j) => ({ spec: j.spec, job: { status: j.status } })],
      ['a spec one level down', (j) => ({ job: { job: { spec: j.spec }, status: j.status } })],
      ['a whole Job with another member', (j) => ({ job: { ...j, extra: { spec: j.spec } } })],
      ['a spec beside a status of another name', (j) => ({ job: { spec: j.spec, jobStatus: j.status } })],
    ];
    fc.assert(
      fc.property(jobCase.filter((c) => caseOf(c).met), fc.constantFrom(...layouts), (c, [how, layout]) => {
        const { doc } = caseOf(c);
        const { job, ...rest } = doc;
        expect(claim({ ...rest, ...layout(job) })?.code, how).toBe('contradiction');
      }),
      { numRuns: 200 },
    );
  });
  it("fail when the spec or policy is written in the summary object holding the gate's status, beside a status alone outside it", () => {
    type Holding = (job: ReturnType<typeof caseOf>['doc']['job']) => Record<string, unknown>;
    const { spec: _s, status: _t, ...meta } = caseOf({ n: 2, outcome: [true, false], split: [false], rules: [{ count: 1 }] }).doc.job;
    const holdings: [string, Holding][] = [
      ['spec', (j) => ({ spec: j.spec })],
      ['jobSpec', (j) => ({ jobSpec: j.spec })],
      ['successPolicy', (j) => ({ successPolicy: j.spec.successPolicy })],
      ['a Job without its status', (j) => ({ job: { ...meta, spec: j.spec } })],
      ['a manifest kept as text', () => ({ manifest: 'kind: Job\nspec:\n  successPolicy:\n    rules: []\n' })],
    ];
    const outside: [string, (status: unknown) => Record<string, unknown>][] = [
      ['job: {status}', (status) => ({ job: { status } })],
      ['jobStatus', (status) => ({ jobStatus: status })],
      ['a jobs list', (status) => ({ jobs: [{ name: 'shards', status }] })],
    ];
    fc.assert(
      fc.property(jobCase, fc.constantFrom(...holdings), fc.constantFrom(...outside), (c, [how, holding], [where, place]) => {
        const { doc } = caseOf(c);
        const summary = { status: 'pass', passed: doc.passed, ...holding(doc.job) };
        expect(statusContradiction({ generated_at: '2026-03-10T08:41:07Z', summary, ...place(doc.job.status) }, '/summary/status', 'pass')?.code, `${how} / ${where}`).toBe('contradiction');
      }),
      { numRuns: 200 },
    );
  });
  it("pass when the summary holding the gate's status holds no Job spec or policy and the status alone claims completion by its policy", () => {
    fc.assert(
      fc.property(jobCase.filter((c) => c.outcome.includes(true)), fc.constantFrom<Record<string, unknown>>({}, { spec: { timeout: '30m', retries: 0 } }, { duration_s: 12.4 }), (c, extra) => {
        const { doc } = caseOf(c);
        expect(statusContradiction({ generated_at: '2026-03-10T08:41:07Z', summary: { status: 'pass', passed: doc.passed, ...extra }, job: { status: doc.job.status } }, '/summary/status', 'pass'), JSON.stringify(extra)).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });
});
