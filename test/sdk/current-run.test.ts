import { describe, expect, it } from 'vitest';
import { currentRunId, fallbackRunIdReason, sameRunId, tieToRun } from '../../src/sdk/current-run.js';
import { instantSpelling } from '../../src/util/time.js';

describe('tieToRun: the current run id names the artifact\'s run', () => {
  it('a long id (GITHUB_RUN_ID) ties by occurring as a whole token', () => {
    expect(tieToRun('8123456789', 'bd-1f42.4.4-8123456789')).toBeUndefined();
    expect(tieToRun('8123456789', 'bd-1f42.4.4-81234567890')).toBe('does not contain it as a whole token');
  });

  it('a short id (a run number) as some other token of the ids does not tie (red team: bd-1f42.4.4-run-3 for run 4)', () => {
    expect(tieToRun('4', 'bd-1f42.4.4-run-3', 'run-3')).toMatch(/^names run "3" after its run marker/);
    expect(tieToRun('4', 'ci-3-shard-4', 'ci-3')).toMatch(/^holds it only as a token that does not name the run/);
    expect(tieToRun('4', 'bd-1f42.4.4', undefined)).toMatch(/^holds it only as a token/);
    // run_id 4 beside a correlation id whose run marker names run 3 says two runs.
    expect(tieToRun('4', 'bd-1f42.4.4-run-3', '4')).toMatch(/^names run "3"/);
    // A run marker read as it shows: run-4 followed by an invisible 3 shows run-43.
    expect(tieToRun('4', 'bd-1f42.4.4-run-4\u200b3', 'x')).toBeDefined();
  });

  it('a short id ties after a run marker or as the run id field', () => {
    for (const corr of ['bd-1f42.4.4-run-4', 'bd-RUN_4', 'build#4', 'pipeline/4', 'run_number=4']) expect(tieToRun('4', corr), corr).toBeUndefined();
    expect(tieToRun('4', 'bd-1f42.4.4-ci-4', '4')).toBeUndefined();
    expect(tieToRun('4', 'bd-1f42.4.4-ci-4', 'ci-4')).toBeUndefined();
    expect(tieToRun('4', 'build-linux-4', '4')).toBeUndefined();
    expect(tieToRun('4', 'bd-1f42.4.4-ci-4', 'ci-3-shard-4')).toBeDefined();
    // An id of several tokens is not short: it occurs only as it is joined.
    expect(tieToRun('ci-12', 'bd-7-ci-12')).toBeUndefined();
    expect(tieToRun('3', 'bd-1f42.4.3-run-9')).toMatch(/^names run "9"/);
  });
});

describe('currentRunId: the variable holds a run id', () => {
  it('a fallback word (no digit) or a commit SHA names no run; run numbers, run ids, UUIDs and timestamped ids do', () => {
    for (const v of ['local', 'manual', 'dev', 'ＬＯＣＡＬ']) expect(currentRunId({ R: v }, 'R'), v).toMatchObject({ why: expect.stringContaining('a fallback and not a run id (one token of letters only)') });
    expect(currentRunId({ R: '9f2c1e7b4a5d6e8f9a0b1c2d3e4f5a6b7c8d9e0f' }, 'R')).toMatchObject({ why: expect.stringContaining('a commit SHA') });
    for (const v of ['4', '8123456789', 'ci-4471', '20260310T081500Z', '5d6f3a2b-8c1e-4f7a-9b2d-0e4c6a8f1b3d', 'jenkins-release-12']) expect(currentRunId({ R: ` ${v} ` }, 'R'), v).toEqual({ id: v });
    expect(currentRunId({}, 'R')).toEqual({ why: 'is not set', actual: 'unset' });
  });
});

describe('run ids that are timestamps compare as instants (fuzz seed 20261205: an offset or .000 re-spelling failed lineage)', () => {
  const utc = '2026-03-09T04:10:30Z';
  it('every ISO spelling of one instant with a zone is one id', () => {
    for (const v of ['2026-03-09T09:40:30+05:30', '2026-03-08T20:10:30-08:00', '2026-03-09T04:10:30.000Z', '2026-03-09T04:10:30,0Z', '20260309T041030Z', '2026-03-09t04:10:30z', '2026-03-09T04:10:30+00:00']) {
      expect(sameRunId(utc, v), v).toBe(true);
      expect(tieToRun(v, `bd-3ar8v.6.3-${utc}`), v).toBeUndefined();
      expect(tieToRun(utc, `bd-3ar8v.6.3-${v}-shard`), v).toBeUndefined();
    }
    expect(sameRunId('ci-20260309T041030Z-4411', 'ci-2026-03-09T09:40:30+05:30-4411')).toBe(true);
  });
  it('another instant, a fraction that is not zero, or a stamp without a zone is another id', () => {
    for (const v of ['2026-03-09T09:40:31+05:30', '2026-03-09T09:40:30+04:30', '2026-03-09T04:10:30.001Z', '2026-03-09T04:10:30', '20260309T041030', '20260309T094030+0530']) {
      expect(sameRunId(utc, v), v).toBe(false);
    }
    expect(tieToRun('2026-03-09T09:40:31+05:30', `bd-${utc}`)).toBe('does not contain it as a whole token');
    // Fractions are compared as written, never rounded to milliseconds.
    expect(sameRunId('2026-03-09T04:10:30.0001Z', '2026-03-09T04:10:30.0002Z')).toBe(false);
    expect(instantSpelling('2026-03-09T04:10:30.1200+01:00')).toBe('2026-03-09T03:10:30.12Z');
    // `±HHMM` after a compact time may be a run number, and an impossible time is no instant: both stay as written.
    expect(instantSpelling('ci-20260310T083000-4411')).toBe('ci-20260310T083000-4411');
    expect(instantSpelling('2026-02-30T04:10:30Z')).toBe('2026-02-30T04:10:30Z');
  });
});

describe('fallbackRunIdReason: one reading of a fallback run id', () => {
  it('one token of letters or the words a script writes outside CI, alone or joined', () => {
    for (const v of ['local', 'Local', 'nightly', 'ＬＯＣＡＬ', 'qwxzt', 'dev_build', 'local-run', 'localhost0', 'MANUAL.test', 'Local\u200b']) expect(fallbackRunIdReason(v), v).toMatch(/^a fallback and not a run id/);
    for (const v of ['ci-12', 'release-run-qwxzt', 'local-4471', '20260310T081500Z', '8123456789']) expect(fallbackRunIdReason(v), v).toBeUndefined();
  });
});
