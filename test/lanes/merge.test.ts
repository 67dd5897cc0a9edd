/** Shard merge: verdicts of CI shards of one run fold into one; mixed runs are refused; gaps and duplicates fail. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import verdictSchema from '../../schemas/full_suite_verdict.schema.json' with { type: 'json' };
import { validateSchema } from '../../src/artifacts/schema.js';
import { mergeVerdicts } from '../../src/merge.js';
import { readVerdictFile } from '../../src/verdict-file.js';
import { verify } from '../../src/verify.js';
import { runCli } from '../helpers/cli.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';
import { TEST_GATES } from '../helpers/test-gates.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';
const probe = (id: string, behaviour: string) => ({ id, type: 'behave', options: { behaviour } });

function repo(gates = [probe('a', 'pass'), probe('b', 'pass'), probe('c', 'warn')]) {
  return workspace({ 'gate-engine.config.yaml': configYaml(gates) });
}

async function shard(root: string, index: number, total: number, runId = 'ci-4242'): Promise<string> {
  const out = tempDir();
  await verify({ root, out, runId, shard: { index, total }, gateTypes: TEST_GATES, now: NOW });
  return join(out, 'full_suite_verdict.json');
}

const load = (files: string[]) => Promise.all(files.map((f) => readVerdictFile(f, '/', 'merge_invalid', 'shard verdict')));

describe('sharded verify', () => {
  it('partitions the selected gates deterministically and records the plan', async () => {
    const root = repo();
    const one = JSON.parse(readFileSync(await shard(root, 1, 2), 'utf8'));
    const two = JSON.parse(readFileSync(await shard(root, 2, 2), 'utf8'));
    expect(one.gates.map((g: { id: string }) => g.id)).toEqual(['a', 'c']);
    expect(two.gates.map((g: { id: string }) => g.id)).toEqual(['b']);
    expect(one.shard).toEqual({ index: 1, total: 2, planned: ['a', 'b', 'c'] });
    expect(one.run_id).toBe('ci-4242');
  });

  it('needs a shared run id, a valid I/N, a gate per shard, and the full lane (exit 2 otherwise)', async () => {
    const root = repo();
    await expect(verify({ root, shard: { index: 1, total: 2 }, gateTypes: TEST_GATES, write: false })).rejects.toMatchObject({ code: 'usage', exitCode: 2 });
    await expect(verify({ root, runId: 'r', shard: { index: 3, total: 2 }, gateTypes: TEST_GATES, write: false })).rejects.toMatchObject({ code: 'usage' });
    await expect(verify({ root, runId: 'r', shard: { index: 4, total: 4 }, gateTypes: TEST_GATES, write: false })).rejects.toMatchObject({ code: 'no_gates' });
    await expect(verify({ root, runId: 'r', lane: 'preflight', shard: { index: 1, total: 2 }, gateTypes: TEST_GATES, write: false })).rejects.toMatchObject({ code: 'usage' });
    await expect(verify({ root, runId: 'no spaces allowed', gateTypes: TEST_GATES, write: false })).rejects.toMatchObject({ code: 'usage' });
  });
});

describe('mergeVerdicts', () => {
  it('folds complete shards into one verdict in planned order, with a passing shard_merge gate', async () => {
    const root = repo();
    const files = [await shard(root, 2, 2), await shard(root, 1, 2)];
    const merged = mergeVerdicts(await load(files), new Date(NOW));
    expect(merged.gates.map((g) => g.id)).toEqual(['a', 'b', 'c', 'shard_merge']);
    expect(merged.gates.at(-1)).toMatchObject({ status: 'pass', type: 'shard_merge' });
    expect(merged).toMatchObject({ run_id: 'ci-4242', verdict: 'warn', summary: { total_gates: 4, warned: 1 } });
    expect(merged.merged_from?.map((m) => m.shard_index)).toEqual([2, 1]);
    expect(merged.shard).toBeUndefined();
    expect(validateSchema(verdictSchema, merged)).toEqual([]);
  });

  it('refuses shards of different runs, naming both files and values', async () => {
    const root = repo();
    const files = [await shard(root, 1, 2, 'ci-1'), await shard(root, 2, 2, 'ci-2')];
    expect(() => mergeVerdicts([], new Date(NOW))).toThrow(/nothing to merge/);
    const inputs = await load(files);
    expect(() => mergeVerdicts(inputs, new Date(NOW))).toThrow(/different runs: .*full_suite_verdict\.json has run id "ci-1", .*full_suite_verdict\.json has "ci-2"/);
  });

  it('refuses shards run with different configs', async () => {
    const a = await shard(repo(), 1, 2);
    const b = await shard(repo([probe('a', 'pass'), probe('b', 'throw'), probe('c', 'warn')]), 2, 2);
    const inputs = await load([a, b]);
    expect(() => mergeVerdicts(inputs, new Date(NOW))).toThrow(/has config/);
  });

  it('a missing shard fails the merged verdict with missing_shard', async () => {
    const merged = mergeVerdicts(await load([await shard(repo(), 1, 2)]), new Date(NOW));
    const gate = merged.gates.at(-1);
    expect(merged.verdict).toBe('fail');
    expect(gate).toMatchObject({ id: 'shard_merge', status: 'fail', reason: 'missing_shard' });
    expect(gate?.checks.filter((c) => c.status === 'fail').map((c) => c.code)).toEqual(['missing_shard', 'missing_gate']);
  });

  it('the same shard twice fails with duplicate_shard and duplicate_gate', async () => {
    const root = repo();
    const one = await shard(root, 1, 2);
    const copy = join(tempDir(), 'copy.json');
    writeFileSync(copy, readFileSync(one));
    const merged = mergeVerdicts(await load([one, copy, await shard(root, 2, 2)]), new Date(NOW));
    expect(merged.gates.at(-1)).toMatchObject({ status: 'fail', reason: 'duplicate_shard' });
    expect(merged.gates.at(-1)?.checks.filter((c) => c.status === 'fail').map((c) => c.code)).toEqual(['duplicate_shard', 'duplicate_gate', 'duplicate_gate']);
  });

  it('a shard holding a gate outside the plan fails with unplanned_gate (and the planned one is missing_gate)', async () => {
    const root = repo();
    // Edited on disk, the shard is refused as inconsistent; the merge's own integrity checks are the
    // second line of defence for a verdict that is consistent yet holds a gate outside the plan.
    const one = await shard(root, 1, 2);
    const edited = join(tempDir(), 'edited.json');
    writeFileSync(edited, readFileSync(one, 'utf8').replace('"id": "c"', '"id": "intruder"'));
    await expect(load([edited])).rejects.toMatchObject({ code: 'verdict_inconsistent', exitCode: 2 });
    const inputs = await load([one, await shard(root, 2, 2)]);
    const first = inputs[0]!.verdict;
    first.gates[1]!.id = 'intruder';
    for (const input of inputs) input.verdict.selection.not_selected.push(input === inputs[0] ? 'c' : 'intruder');
    first.selection.selected = ['a', 'intruder'];
    const merged = mergeVerdicts(inputs, new Date(NOW));
    expect(merged.gates.at(-1)?.checks.filter((c) => c.status === 'fail').map((c) => [c.code, c.message])).toEqual([
      ['missing_gate', 'planned gate c is in no shard verdict'],
      ['unplanned_gate', expect.stringMatching(/^gate intruder in .* was not in the plan$/)],
    ]);
  });

  it('refuses a verdict that is not a shard', async () => {
    const out = tempDir();
    await verify({ root: repo(), out, gateTypes: TEST_GATES, now: NOW });
    const inputs = await load([join(out, 'full_suite_verdict.json')]);
    expect(() => mergeVerdicts(inputs, new Date(NOW))).toThrow(/not a shard verdict/);
  });
});

describe('gate-engine merge (CLI)', () => {
  it('exit 2 for mixed runs, exit 1 for a missing shard, and writes the merged outputs', async () => {
    const root = repo();
    const one = await shard(root, 1, 2, 'ci-1');
    const other = await shard(root, 2, 2, 'ci-2');
    const mixed = runCli(['merge', one, other, '--out', tempDir()]);
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toContain('refusing to merge verdicts of different runs');

    const out = tempDir();
    const partial = runCli(['merge', one, '--out', out, '--now', NOW]);
    expect(partial.status).toBe(1);
    expect(partial.stdout).toMatch(/FAIL\s+shard_merge\s+missing_shard/);
    const written = JSON.parse(readFileSync(join(out, 'full_suite_verdict.json'), 'utf8'));
    expect(validateSchema(verdictSchema, written)).toEqual([]);
    expect(readFileSync(join(out, 'full_suite_report.md'), 'utf8')).toContain('`missing_shard`');
    expect(JSON.parse(readFileSync(join(out, 'replay_bundle.json'), 'utf8')).failed_gates.map((g: { gate_id: string }) => g.gate_id)).toEqual(['shard_merge']);
  });
});

describe('a file the shards judged as different contents (red team: rewritten between shard runs)', () => {
  const gates = [
    { id: 'status_ok', type: 'artifact_status', options: { path: 'report.json', pointer: '/status', allowed: ['pass'] } },
    { id: 'coverage_ok', type: 'threshold', options: { path: 'report.json', pointer: '/coverage', op: '>=', value: 80 } },
  ];
  const shardOf = async (root: string, index: number) => {
    const out = tempDir();
    await verify({ root, out, runId: 'ci-77', shard: { index, total: 2 }, now: NOW });
    return join(out, 'full_suite_verdict.json');
  };

  it('status read as pass by shard 1, coverage read as 90 by shard 2 after a rewrite: shard_merge fails evidence_differs, and cutting that check is inconsistent', async () => {
    const { verdictInconsistencies } = await import('../../src/core/consistency.js');
    const root = workspace({ 'gate-engine.config.yaml': configYaml(gates), 'report.json': '{"status":"pass","coverage":50}' });
    const one = await shardOf(root, 1);
    writeFileSync(join(root, 'report.json'), '{"status":"fail","coverage":90}');
    const two = await shardOf(root, 2);
    const merged = mergeVerdicts(await load([one, two]), new Date(NOW));
    expect(merged.verdict).toBe('fail');
    const gate = merged.gates.at(-1);
    expect(gate).toMatchObject({ id: 'shard_merge', status: 'fail', reason: 'evidence_differs' });
    expect(gate?.checks.find((c) => c.code === 'evidence_differs')).toMatchObject({ id: 'same_evidence', path: 'report.json' });
    expect(verdictInconsistencies(merged)).toEqual([]);
    const forged = structuredClone(merged);
    const g = forged.gates.at(-1)!;
    g.checks = g.checks.map((c) => (c.code === 'evidence_differs' ? { id: c.id, status: 'pass' as const, code: 'ok', message: 'fine' } : c));
    expect(verdictInconsistencies(forged).map((p) => p.message).join('\n')).toContain('does not fail with evidence_differs');
  });

  it('sound: shards reading one unchanged file merge into a passing verdict', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml(gates), 'report.json': '{"status":"pass","coverage":90}' });
    const merged = mergeVerdicts(await load([await shardOf(root, 1), await shardOf(root, 2)]), new Date(NOW));
    expect(merged.verdict).toBe('pass');
    expect(merged.gates.at(-1)?.checks.find((c) => c.id === 'same_evidence')).toMatchObject({ status: 'pass' });
  });
  it('a file one shard judged inside a scanned tree and another judged alone, rewritten between them: evidence_differs (red team hb)', async () => {
    const files = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`reports/r${String(i).padStart(2, '0')}.txt`, `suite ${i}: ok\n`]));
    const treeGates = [
      { id: 'reports_present', type: 'artifact_present', options: { glob: 'reports/*.txt', min_matches: 40 } },
      { id: 'r07_present', type: 'artifact_present', options: { path: 'reports/r07.txt' } },
    ];
    const root = workspace({ 'gate-engine.config.yaml': configYaml(treeGates), ...files });
    const one = await shardOf(root, 1);
    writeFileSync(join(root, 'reports/r07.txt'), 'suite 7: rerun\n');
    const two = await shardOf(root, 2);
    const shards = await load([one, two]);
    expect(shards[0]?.verdict.gates[0]?.artifacts[0]).toMatchObject({ kind: 'tree' });
    const merged = mergeVerdicts(shards, new Date(NOW));
    expect(merged.verdict).toBe('fail');
    expect(merged.gates.at(-1)?.checks.find((c) => c.code === 'evidence_differs')).toMatchObject({ id: 'same_evidence', path: 'reports/r07.txt' });
    const { verdictInconsistencies } = await import('../../src/core/consistency.js');
    expect(verdictInconsistencies(merged)).toEqual([]);
  });
});

