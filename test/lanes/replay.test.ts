/** The replay bundle every run writes, and --rerun-from re-running exactly the failed set of a recorded verdict. */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import replaySchema from '../../schemas/replay_bundle.schema.json' with { type: 'json' };
import { validateSchema } from '../../src/artifacts/schema.js';
import { verify } from '../../src/verify.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';
import { TEST_GATES } from '../helpers/test-gates.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';

function repo() {
  return workspace({
    'gate-engine.config.yaml': configYaml([
      { id: 'ok', type: 'behave', options: { behaviour: 'pass' } },
      { id: 'broken', type: 'behave', options: { behaviour: 'throw' } },
      { id: 'shaky', type: 'behave', options: { behaviour: 'warn' } },
      { id: 'hollow', type: 'behave', options: { behaviour: 'no_checks' } },
    ]),
  });
}

describe('replay_bundle.json', () => {
  it('lists failed and warned gates with reproduce commands and replays exactly the failed ones by id', async () => {
    const root = repo();
    const out = tempDir();
    const { verdict } = await verify({ root, out, cwd: root, gateTypes: TEST_GATES, now: NOW });
    const text = readFileSync(join(out, 'full_suite_verdict.json'));
    const bundle = JSON.parse(readFileSync(join(out, 'replay_bundle.json'), 'utf8'));
    expect(validateSchema(replaySchema, bundle)).toEqual([]);
    expect(bundle.failed_gates.map((g: { gate_id: string }) => g.gate_id)).toEqual(['broken', 'hollow']);
    expect(bundle.warned_gates).toEqual([expect.objectContaining({ gate_id: 'shaky', status: 'warn', reason: 'probe_warning', reproduce_command: 'npx gate-engine verify --gate shaky' })]);
    expect(bundle.one_command_replay).toBe('npx gate-engine verify --now 2026-03-10T12:00:00.000Z --gate broken --gate hollow');
    expect(bundle).toMatchObject({ run_id: verdict.run_id, lane: 'full', mode: 'strict', now: { pinned: true }, engine: verdict.engine });
    expect(bundle.source_verdict).toEqual({ file: 'full_suite_verdict.json', sha256: createHash('sha256').update(text).digest('hex') });
    expect(bundle.summary).toEqual({ total_failed_gates: 2, total_warned_gates: 1, total_not_evaluated: 0 });
  });

  it('is written even when everything passes, with nothing to replay', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'ok', type: 'behave', options: { behaviour: 'pass' } }]) });
    const out = tempDir();
    await verify({ root, out, gateTypes: TEST_GATES, now: NOW });
    expect(JSON.parse(readFileSync(join(out, 'replay_bundle.json'), 'utf8'))).toMatchObject({ one_command_replay: null, failed_gates: [], warned_gates: [] });
  });
});

describe('--rerun-from', () => {
  async function firstRun() {
    const root = repo();
    const out = tempDir();
    await verify({ root, out, gateTypes: TEST_GATES, now: NOW });
    return { root, file: join(out, 'full_suite_verdict.json') };
  }

  it('re-runs exactly the gates that failed there and records which run it re-ran', async () => {
    const { root, file } = await firstRun();
    const source = JSON.parse(readFileSync(file, 'utf8'));
    const { verdict, exitCode } = await verify({ root, rerunFrom: file, gateTypes: TEST_GATES, now: '2026-03-10T13:00:00Z', write: false });
    expect(verdict.gates.map((g) => g.id)).toEqual(['broken', 'hollow']);
    expect(exitCode).toBe(1);
    expect(verdict.rerun_of).toEqual({ path: file, run_id: source.run_id, sha256: createHash('sha256').update(readFileSync(file)).digest('hex') });
  });

  it('re-runs the failed and the not-evaluated gates of a preflight verdict', async () => {
    const root = repo();
    const out = tempDir();
    await verify({ root, out, lane: 'preflight', gateTypes: TEST_GATES, now: NOW });
    const { verdict } = await verify({ root, rerunFrom: join(out, 'preflight_verdict.json'), gateTypes: TEST_GATES, now: NOW, write: false });
    expect(verdict.gates.map((g) => g.id)).toEqual(['broken', 'shaky', 'hollow']);
  });

  const refusals: [string, (file: string) => void, RegExp][] = [
    ['a corrupted file', (f) => writeFileSync(f, readFileSync(f, 'utf8').slice(0, 200)), /is corrupted \(line \d+, column \d+/],
    ['a duplicate key', (f) => writeFileSync(f, readFileSync(f, 'utf8').replace('"verdict": "fail"', '"verdict": "fail", "verdict": "pass"')), /duplicate key "verdict"/],
    ['another engine schema', (f) => writeFileSync(f, JSON.stringify({ schema: 'pi.ci.full_suite_gate.v1', verdict: 'fail', gates: [] })), /is not a gate-engine\.full_suite_verdict\.v1 verdict \(its schema is the string "pi\.ci\.full_suite_gate\.v1"\)/],
    ['a hand-edited status', (f) => writeFileSync(f, readFileSync(f, 'utf8').replace('"status": "fail"', '"status": "maybe"')), /is corrupted: \/gates\/1\/status must be one of/],
  ];
  it.each(refusals)('refuses %s with exit 2', async (_name, damage, message) => {
    const { root, file } = await firstRun();
    damage(file);
    await expect(verify({ root, rerunFrom: file, gateTypes: TEST_GATES, now: NOW, write: false })).rejects.toMatchObject({ code: 'rerun_invalid', exitCode: 2, message: expect.stringMatching(message) });
  });

  it('refuses a file that does not exist with exit 2', async () => {
    const { root, file } = await firstRun();
    await expect(verify({ root, rerunFrom: `${file}.nope`, gateTypes: TEST_GATES, now: NOW, write: false })).rejects.toMatchObject({ code: 'rerun_invalid', exitCode: 2, message: expect.stringMatching(/does not exist/) });
  });

  it('refuses a verdict naming gates the config no longer has', async () => {
    const { file } = await firstRun();
    const other = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'ok', type: 'behave', options: { behaviour: 'pass' } }]) });
    await expect(verify({ root: other, rerunFrom: file, gateTypes: TEST_GATES, now: NOW, write: false })).rejects.toMatchObject({ code: 'rerun_invalid', exitCode: 2 });
  });

  it('has nothing to do for a verdict without failures (exit 2), and cannot be combined with --gate', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'ok', type: 'behave', options: { behaviour: 'pass' } }]) });
    const out = tempDir();
    await verify({ root, out, gateTypes: TEST_GATES, now: NOW });
    const file = join(out, 'full_suite_verdict.json');
    await expect(verify({ root, rerunFrom: file, gateTypes: TEST_GATES, now: NOW, write: false })).rejects.toMatchObject({ code: 'no_gates', exitCode: 2 });
    await expect(verify({ root, rerunFrom: file, gates: ['ok'], gateTypes: TEST_GATES, now: NOW, write: false })).rejects.toMatchObject({ code: 'usage', exitCode: 2 });
  });
});
