/**
 * The operator runbook's flow (seed 000), end to end on a copy of the demo workspace with the real
 * CLI: a failed gate → triage against a recorded baseline → the one-command replay from the replay
 * bundle → fix → --rerun-from → close when triage is not a regression and blocking gates pass.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, runCli, runCliInProcess } from '../helpers/cli.js';
import { REPO_ROOT, removeTempDirs, tempDir } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const FIXED_BENCHES = '[suite.micro]\nfiles = [\n    "parse_throughput",\n]\n\n[suite.macro]\nfiles = [\n    "session_io",\n    "startup_latency",\n]\n';

describe('operator runbook: from a failed gate to a one-command replay and back to green', () => {
  it('works on the demo workspace', () => {
    const work = tempDir('ge-runbook-');
    cpSync(join(REPO_ROOT, 'fixtures/demo'), join(work, 'repo'), { recursive: true, filter: (src) => !src.includes('gate-engine-out') });
    const benches = join(work, 'repo/benches/suite_classification.toml');
    const broken = readFileSync(benches, 'utf8');
    const cli = (args: string[]) => runCli(args, { cwd: work });

    // Yesterday's recorded run, when every benchmark was classified: the baseline.
    writeFileSync(benches, FIXED_BENCHES);
    expect(cli(['verify', '--root', 'repo', '--out', 'baseline', '--now', '2026-03-09T12:00:00Z']).status).toBe(0);

    // Today a benchmark lands unclassified. Step 1: run with a baseline diff.
    writeFileSync(benches, broken);
    const run1 = cli(['verify', '--root', 'repo', '--out', 'run1', '--now', NOW, '--diff-from', 'baseline/full_suite_verdict.json']);
    expect(run1.status).toBe(1);
    expect(run1.stdout).toContain('triage against baseline/full_suite_verdict.json: REGRESSION');
    const triage = readJson(join(work, 'run1/triage_diff.json'));
    expect(triage).toMatchObject({ status: 'regression', summary: { regression_count: 1 }, baseline: { path: 'baseline/full_suite_verdict.json' } });
    expect(triage.ranked_diagnostics[0]).toMatchObject({ rank: 1, gate_id: 'bench_classification', kind: 'regression', current_reason: 'unclassified' });

    // Step 2–3: the replay bundle names the failing gate and one command that replays exactly it.
    const bundle = readJson(join(work, 'run1/replay_bundle.json'));
    expect(bundle.failed_gates).toEqual([expect.objectContaining({ gate_id: 'bench_classification', reproduce_command: 'npx gate-engine verify --root repo --gate bench_classification' })]);
    expect(bundle.one_command_replay).toBe(`npx gate-engine verify --root repo --now 2026-03-10T12:00:00.000Z --gate bench_classification`);
    const replay = spawnSync('sh', ['-c', `${bundle.one_command_replay.replace(/^npx gate-engine/, `"${process.execPath}" "${BIN}"`)} --out replay --json`], { cwd: work, encoding: 'utf8' });
    expect(replay.status).toBe(1);
    expect(JSON.parse(replay.stdout).gates.map((g: { id: string }) => g.id)).toEqual(['bench_classification']);

    // Step 5: fix, then re-run exactly what failed in the recorded run.
    writeFileSync(benches, FIXED_BENCHES);
    const rerun = cli(['verify', '--root', 'repo', '--out', 'run2', '--now', '2026-03-10T13:00:00Z', '--rerun-from', 'run1/full_suite_verdict.json', '--diff-from', 'baseline/full_suite_verdict.json']);
    expect(rerun.status).toBe(0);
    const run2 = readJson(join(work, 'run2/full_suite_verdict.json'));
    expect(run2.gates.map((g: { id: string }) => g.id)).toEqual(['bench_classification']);
    expect(run2.rerun_of.run_id).toBe(readJson(join(work, 'run1/full_suite_verdict.json')).run_id);
    expect(readJson(join(work, 'run2/triage_diff.json'))).toMatchObject({ status: 'stable', subset: true });

    // Exit criteria: a full run, not a regression against the baseline, blocking gates pass.
    const final = cli(['verify', '--root', 'repo', '--out', 'run3', '--now', '2026-03-10T14:00:00Z', '--diff-from', 'baseline/full_suite_verdict.json']);
    expect(final.status).toBe(0);
    expect(readJson(join(work, 'run3/triage_diff.json')).status).toBe('stable');
    expect(readJson(join(work, 'run3/full_suite_verdict.json')).summary.all_blocking_pass).toBe(true);

    // The same triage from the standalone command, written next to the current verdict.
    const diff = cli(['diff', 'baseline/full_suite_verdict.json', 'run1/full_suite_verdict.json', '--now', NOW]);
    expect(diff.status).toBe(1);
    expect(diff.stdout).toContain('status REGRESSION');
    expect(diff.stdout).toMatch(/1\. regression\s+bench_classification \(blocking\): pass → fail \[unclassified\]/);
    expect(readJson(join(work, 'run1/triage_diff.json')).status).toBe('regression');
    expect(cli(['diff', 'baseline/full_suite_verdict.json', 'run3/full_suite_verdict.json', '--out', 'triage']).status).toBe(0);
  }, 120_000); // a dozen CLI runs: room for a loaded CI machine
});

describe('gate-engine diff refuses what is not a comparable pair of recorded verdicts (exit 2)', () => {
  // One recorded verdict per lane, shared: the tests only read them (a truncated one is a copy). What `diff` decides is
  // the subject, not the process: the CLI's own entry runs in this process (the flow above keeps the binary).
  const recorded: Record<'full' | 'preflight', string> = { full: '', preflight: '' };
  beforeAll(async () => {
    for (const lane of ['full', 'preflight'] as const) {
      const out = tempDir();
      expect([0, 1]).toContain((await runCliInProcess(['verify', '--root', 'fixtures/demo', '--out', out, '--lane', lane, '--now', NOW])).status);
      recorded[lane] = join(out, lane === 'full' ? 'full_suite_verdict.json' : 'preflight_verdict.json');
    }
  }, 120_000);
  it.each([
    ['a missing baseline', () => ['nope.json', recorded.full], /baseline nope\.json does not exist/],
    ['a foreign schema', () => {
      const f = join(tempDir(), 'pi.json');
      writeFileSync(f, JSON.stringify({ schema: 'pi.ci.full_suite_gate.v1', verdict: 'pass', gates: [] }));
      return [f, recorded.full];
    }, /is not a gate-engine\.full_suite_verdict\.v1 verdict/],
    ['a truncated current verdict', () => {
      const f = join(tempDir(), 'full_suite_verdict.json');
      writeFileSync(f, readFileSync(recorded.full, 'utf8').slice(0, 100));
      return [recorded.full, f];
    }, /current verdict .* is corrupted/],
    ['verdicts of different lanes', () => [recorded.full, recorded.preflight], /full-lane verdict and .* a preflight-lane one/],
    ['one file only', () => [recorded.full], /exactly two verdict files/],
  ] as const)('%s', async (_name, files, message) => {
    const run = await runCliInProcess(['diff', ...files()]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
