// A run's parts held otherwise than as a flat list of entries (session 36): each entry wrapped in objects, the list paged
// in a connection object or keyed by each part's name. Every part skipped is vacuous however they are held; one part
// that ran is a run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const wrapperKey = fc.constantFrom('job', 'run', 'node', 'step', 'task', 'data');
const skippedOutcome = fc.constantFrom<Record<string, unknown>>({ status: 'skipped' }, { conclusion: 'skipped' }, { result: 'cancelled' }, { skipped: true }, { skipped: 1 }, { status: 'not run' });
const listName = fc.constantFrom('jobs', 'steps', 'tasks', 'stages', 'results', 'checks');

function wrapped(inner: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return keys.reduceRight<Record<string, unknown>>((acc, key) => ({ [key]: acc }), inner);
}
function held(entries: Record<string, unknown>[], form: number): unknown {
  if (form === 0) return entries;
  if (form === 1) return { nodes: entries };
  if (form === 2) return { totalCount: entries.length, edges: entries.map((e) => ({ node: e })) };
  // A map of one part names that part (test/sdk/evidence-readers.test.ts): keyed alike, two or more list the parts.
  return entries.length > 1 ? Object.fromEntries(entries.map((e, i) => [`part_${i}`, e])) : entries;
}

describe('every part of a run skipped, however the parts are held', () => {
  const parts = fc.array(fc.tuple(skippedOutcome, fc.array(wrapperKey, { maxLength: 2 })), { minLength: 1, maxLength: 4 });
  it('is vacuous', () => {
    fc.assert(
      fc.property(parts, listName, fc.integer({ min: 0, max: 3 }), (ps, list, form) => {
        const entries = ps.map(([outcome, keys], i) => wrapped({ name: `p${i}`, ...outcome }, keys));
        const doc = { status: 'passed', [list]: held(entries, form) };
        expect(statusContradiction(doc, '/status', 'passed')?.code, JSON.stringify(doc)).toBe('vacuous');
      }),
    );
  });
  it('is a run once one part ran, or a wrapper tells its own outcome', () => {
    fc.assert(
      fc.property(parts, listName, fc.integer({ min: 0, max: 3 }), fc.array(wrapperKey, { maxLength: 2 }), fc.boolean(), (ps, list, form, keys, own) => {
        const entries = ps.map(([outcome, ks], i) => wrapped({ name: `p${i}`, ...outcome }, ks));
        const ran = own && keys.length > 0 ? { ...wrapped({ name: 'ran', status: 'skipped' }, keys), conclusion: 'success' } : wrapped({ name: 'ran', status: 'success' }, keys);
        const doc = { status: 'passed', [list]: held([...entries, ran], form) };
        expect(statusContradiction(doc, '/status', 'passed'), JSON.stringify(doc)).toBeUndefined();
      }),
    );
  });
});

describe("an entry's outcome object that prints failures, however deep it groups its details", () => {
  const groupKey = fc.constantFrom('detail', 'details', 'data', 'run', 'info', 'body');
  const outcomeKey = fc.constantFrom('result', 'outcome', 'status');
  const print = fc.constantFrom<[string, string]>(['output', 'Tests: 2 failed'], ['log', '3 tests failed'], ['stdout', 'FAILED (failures=2)'], ['message', '1 failing']);
  it('is a contradiction up to two objects down, and none when the deepest object tells a pass of its own', () => {
    fc.assert(
      fc.property(outcomeKey, fc.array(groupKey, { maxLength: 2 }), print, (key, groups, [printKey, text]) => {
        const inner = wrapped({ [printKey]: text }, groups);
        const doc = { status: 'passed', passed: 3, steps: [{ name: 'unit', [key]: inner }] };
        expect(statusContradiction(doc, '/status', 'passed')?.code, JSON.stringify(doc)).toBe('contradiction');
        const sound = { status: 'passed', passed: 3, steps: [{ name: 'unit', [key]: wrapped({ [printKey]: 'Tests: 12 passed, 12 total' }, groups) }] };
        expect(statusContradiction(sound, '/status', 'passed'), JSON.stringify(sound)).toBeUndefined();
      }),
    );
  });
});
