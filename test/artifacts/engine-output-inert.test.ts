// engineDocumentReason answers "nothing" without its full check for a record none of whose keys the engine's documents
// are known by and whose values hold no record and no string long enough to decode (src/artifacts/engine-output.ts
// isInertRecord): every row of a tracker export. Sound only while ENGINE_RECORD_KEYS holds every key the check reads of
// such a record; proven here by running the check on a record that records what is read of it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGINE_RECORD_KEYS, engineDocumentReason, engineDocumentReasonUnrouted } from '../../src/artifacts/engine-output.js';
import '../helpers/fc-seed.js';

/** The keys a check reads of a record without any, through every way of asking (a read, `in`, Object.hasOwn, a listing). */
function keysReadOfEmptyRecord(check: (value: unknown) => unknown): Set<string> {
  const read = new Set<string>();
  const note = (key: string | symbol) => {
    if (typeof key === 'string') read.add(key);
  };
  const probe = new Proxy({} as Record<string, unknown>, {
    get: (target, key) => (note(key), Reflect.get(target, key)),
    has: (target, key) => (note(key), Reflect.has(target, key)),
    getOwnPropertyDescriptor: (target, key) => (note(key), Reflect.getOwnPropertyDescriptor(target, key)),
  });
  check(probe);
  return read;
}

const VERDICT = JSON.stringify({ schema: 'gate-engine.full_suite_verdict.v1', run_id: 'ge-20260310T120000Z-0123456789ab', verdict: 'pass' });
const EVENT = { event: 'run_started', run_id: 'ge-20260310T120000Z-0123456789ab', seq: 0, lane: 'full', mode: 'verify' };

describe('the inert-record route of engineDocumentReason', () => {
  it('ENGINE_RECORD_KEYS holds every key the full check reads of a record without them', () => {
    const read = keysReadOfEmptyRecord(engineDocumentReasonUnrouted);
    // The probe sees the reads (the test reads what it claims to): the schema id and the SARIF runs are asked first.
    expect(read).toContain('schema');
    expect(read).toContain('runs');
    const missing = [...read].filter((key) => !ENGINE_RECORD_KEYS.has(key) && !(key in Object.prototype));
    expect(missing).toEqual([]);
  });

  it('a tracker row takes the route and is none of the engine\'s; the engine\'s own rows and rows hiding them are still refused', () => {
    const row = { id: 'bd-3ar8v.9.12', status: 'closed', issue_type: 'task', title: 'Tune hot path 12', labels: ['perf-3x'], priority: 2, estimate: null, done: true };
    expect(engineDocumentReason(row)).toBeUndefined();
    expect(engineDocumentReason(EVENT)).toMatch(/event stream/);
    // A verdict below a row (in a field, in a list) or encoded in a long string: the route is not taken, the check finds it.
    expect(engineDocumentReason({ id: 'bd-1', status: 'open', result: JSON.parse(VERDICT) })).toMatch(/embedded/);
    expect(engineDocumentReason({ id: 'bd-1', status: 'open', labels: [EVENT] })).toMatch(/embedded/);
    expect(engineDocumentReason({ id: 'bd-1', status: 'open', title: Buffer.from(VERDICT).toString('base64') })).toMatch(/base64-encoded/);
    expect(engineDocumentReason({ id: 'bd-1', status: 'open', labels: [Buffer.from(VERDICT).toString('base64')] })).toMatch(/base64-encoded/);
  });

  it('agrees with the full check on any record', () => {
    const key = fc.oneof(fc.constantFrom(...ENGINE_RECORD_KEYS, 'id', 'status', 'title', 'labels', 'name', 'tool'), fc.string({ maxLength: 6 }));
    const leaf = fc.oneof(
      fc.constantFrom(null, true, 0, 1.5, 'gate-engine', 'run_started', 'ge-20260310T120000Z-0123456789ab', 'gate-engine.full_suite_verdict.v1', Buffer.from(VERDICT).toString('base64')),
      fc.string({ maxLength: 70 }),
      fc.integer(),
    );
    const value = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(key, tie('value'), { maxKeys: 4 })),
    })).value;
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(key, value, { maxKeys: 6 }), fc.constant(EVENT), fc.constant(JSON.parse(VERDICT))), (record) => {
        expect(engineDocumentReason(record)).toBe(engineDocumentReasonUnrouted(record));
      }),
      { numRuns: 2000 },
    );
  });
});
