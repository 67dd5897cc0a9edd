/**
 * Property tests of a ready document whose run did not happen (red team rh, session 46): a status saying the run was a
 * dry run, only planned, blocked, unknown, stale or a placeholder, written in any case, with any word separator, an
 * invisible character or a look-alike letter, at the document's top, in its plan, its source identity or on every one of
 * its dimensions, denies the readiness (`runDidNotHappen`, `runDenied`); a sound status in the same places never does.
 * Points whose every metric is empty measured nothing (`pointsMeasuredNothing`); one measured point is a measurement.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointsMeasuredNothing, runDenied } from '../../gates/parameter-sweeps-integrity/run-happened.js';
import { runDidNotHappen } from '../../src/sdk/status-claims.js';

const NUMBERS = { inexact: new Map(), nonInteger: new Set<string>() };
const judged = (pointer: string): boolean => pointer === '/readiness' || pointer.startsWith('/readiness/');
const accepted = (pointer: string, value: unknown): boolean => pointer === '/source_identity/weighted_bottleneck_status' && (value === 'computed' || value === 'missing');

/** Words of a status a run that did not happen writes, each as its words. */
const NO_RUN_WORDS = [['dry', 'run'], ['plan', 'only'], ['blocked'], ['unknown'], ['stale'], ['skipped'], ['not', 'run'], ['planned'], ['undetermined'], ['draft'], ['failed'], ['error'], ['TBD']];
const SOUND_WORDS = [['complete'], ['completed'], ['pass'], ['passed'], ['success'], ['ok'], ['done'], ['finished'], ['ready']];

/** A status written from its words: any case, any separator, maybe an invisible character or a look-alike letter. */
function spelt(words: readonly string[]): fc.Arbitrary<string> {
  const caseOf = fc.constantFrom((w: string) => w.toLowerCase(), (w: string) => w.toUpperCase(), (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
  const separator = fc.constantFrom('_', '-', ' ', '');
  const disguise = fc.constantFrom((s: string) => s, (s: string) => `${s.slice(0, 1)}\u200b${s.slice(1)}`, (s: string) => s.replace(/a/u, '\u0430').replace(/o/u, '\u043e'));
  return fc.tuple(caseOf, separator, disguise).map(([c, sep, d]) => d(words.map(c).join(sep)));
}

/** A ready sweeps report with `status` placed at one of the places a run's status is read. */
function report(place: number, status: string): Record<string, unknown> {
  const dimension = (name: string, candidates: number[]) => ({ name, candidate_values: candidates });
  const doc: Record<string, unknown> = {
    schema: 'pi.perf.parameter_sweeps.v1',
    source_identity: { source_artifact: 'phase1_matrix_validation', weighted_bottleneck_status: 'computed' },
    readiness: { status: 'ready', ready_for_phase5: true, blocking_reasons: [] },
    selected_defaults: { flush_cadence_ms: 500, queue_max_items: 2048 },
    sweep_plan: { dimensions: [dimension('flush_cadence_ms', [250, 500]), dimension('queue_max_items', [1024, 2048])] },
  };
  const plan = doc['sweep_plan'] as { dimensions: Record<string, unknown>[] } & Record<string, unknown>;
  if (place === 0) doc['status'] = status;
  else if (place === 1) plan['status'] = status;
  else if (place === 2) for (const d of plan.dimensions) d['status'] = status;
  else if (place === 3) (doc['source_identity'] as Record<string, unknown>)['weighted_bottleneck_status'] = status;
  else for (const d of plan.dimensions) d['results'] = (d['candidate_values'] as number[]).map((value) => ({ value, status }));
  return doc;
}

describe('a ready document whose run did not happen', () => {
  it('a status saying the run did not happen, however spelt, denies the readiness wherever the run says it', () => {
    const noRun = fc.constantFrom(...NO_RUN_WORDS).chain(spelt);
    fc.assert(
      fc.property(noRun, fc.nat(4), (status, place) => {
        // Per-candidate results are a part's outcome: a failure there is the candidate's (only not having run is read).
        fc.pre(place !== 4 || runDidNotHappen('status', status)?.includes('failed') !== true);
        expect(runDenied(report(place, status), NUMBERS, judged, accepted), `${JSON.stringify(status)} at place ${place}`).toBeDefined();
      }),
      { numRuns: 400 },
    );
  });

  it('a sound status in the same places never denies it', () => {
    const sound = fc.constantFrom(...SOUND_WORDS).chain(spelt);
    fc.assert(
      fc.property(sound, fc.nat(4), (status, place) => {
        expect(runDenied(report(place, status), NUMBERS, judged, accepted), `${JSON.stringify(status)} at place ${place}`).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('one part not run among parts that ran is that part\'s', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NO_RUN_WORDS.filter((w) => !['failed', 'error'].includes(w[0] as string))).chain(spelt), (status) => {
        const doc = report(2, 'complete');
        ((doc['sweep_plan'] as { dimensions: Record<string, unknown>[] }).dimensions[0] as Record<string, unknown>)['status'] = status;
        expect(runDenied(doc, NUMBERS, judged, accepted)).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });
});

describe('points that measured nothing', () => {
  const KNOBS = new Set(['flushcadencems']);
  const EMPTY = fc.constantFrom<unknown>(null, 'NaN', 'nan', 'NAN', '-NaN', 'Infinity', 'inf', '', ' ', '\u200b', 'N/A', 'TBD', 'null', 'n/a');
  const point = (metric: fc.Arbitrary<unknown>) => fc.tuple(fc.integer({ min: 1, max: 4096 }), metric, metric).map(([value, p99, throughput]) => ({ knob: 'flush_cadence_ms', value, flush_cadence_ms: value, samples: 30, metrics: { p99_ms: p99, throughput_ops: throughput } }));

  it('every point empty, however written, measured nothing', () => {
    fc.assert(
      fc.property(fc.array(point(EMPTY), { minLength: 1, maxLength: 8 }), fc.constantFrom('points', 'results', 'measurements'), (points, list) => {
        expect(pointsMeasuredNothing({ readiness: { ready_for_phase5: true }, [list]: points }, KNOBS)).toBeDefined();
      }),
      { numRuns: 200 },
    );
  });

  it('one point that measured is a measurement', () => {
    const measured = fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 1e6 }).map(String));
    fc.assert(
      fc.property(fc.array(point(EMPTY), { maxLength: 8 }), point(measured), fc.nat(8), (empty, real, at) => {
        const points = [...empty];
        points.splice(Math.min(at, points.length), 0, real);
        expect(pointsMeasuredNothing({ points }, KNOBS)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});
