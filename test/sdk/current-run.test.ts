import { describe, expect, it } from 'vitest';
import { tieToRun } from '../../src/sdk/current-run.js';

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
  });
});
