/** Preflight lane: blocking gates only, declared order, stop at the first failure, list the rest as not evaluated. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import verdictSchema from '../../schemas/full_suite_verdict.schema.json' with { type: 'json' };
import eventSchema from '../../schemas/full_suite_event.schema.json' with { type: 'json' };
import { validateSchema } from '../../src/artifacts/schema.js';
import { verify } from '../../src/verify.js';
import { configYaml, type GateEntry } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';
import { TEST_GATES } from '../helpers/test-gates.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';
const probe = (id: string, behaviour: string, extra: Partial<GateEntry> = {}): GateEntry => ({ id, type: 'behave', options: { behaviour }, ...extra });

function lanesWorkspace(gates: GateEntry[]) {
  return workspace({ 'gate-engine.config.yaml': configYaml(gates) });
}

describe('preflight lane', () => {
  const gates = [
    probe('first', 'pass'),
    probe('optional', 'throw', { blocking: false }),
    probe('breaks', 'throw'),
    probe('later', 'pass'),
    probe('last', 'warn'),
  ];

  it('stops at the first blocking failure and lists the rest as not evaluated', async () => {
    const out = tempDir();
    const { verdict, exitCode, files } = await verify({ root: lanesWorkspace(gates), out, lane: 'preflight', gateTypes: TEST_GATES, now: NOW });
    expect(exitCode).toBe(1);
    expect(verdict).toMatchObject({ lane: 'preflight', verdict: 'fail', gates_evaluated: 2, fail_fast_triggered: true });
    expect(verdict.gates.map((g) => g.id)).toEqual(['first', 'breaks']);
    expect(verdict.first_failure).toMatchObject({ id: 'breaks', status: 'fail', reason: 'crashed' });
    expect(verdict.gates_not_evaluated?.map((g) => g.id)).toEqual(['later', 'last']);
    expect(files.verdict).toBe(join(out, 'preflight_verdict.json'));
    expect(validateSchema(verdictSchema, JSON.parse(readFileSync(join(out, 'preflight_verdict.json'), 'utf8')))).toEqual([]);
    const events = readFileSync(join(out, 'preflight_events.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    for (const e of events) expect(validateSchema(eventSchema, e)).toEqual([]);
    expect(events.at(-1)).toMatchObject({ event: 'run_finished', first_failure: 'breaks', not_evaluated: ['later', 'last'], verdict: 'fail' });
    const report = readFileSync(join(out, 'preflight_report.md'), 'utf8');
    expect(report).toContain('# Preflight Lane Report');
    expect(report).toContain('Stopped at the first failure: `breaks`');
    expect(report).toContain('- `later` — Behaviour probe');
    const bundle = JSON.parse(readFileSync(join(out, 'preflight_replay_bundle.json'), 'utf8'));
    expect(bundle).toMatchObject({ lane: 'preflight', not_evaluated_gates: ['later', 'last'] });
    expect(bundle.one_command_replay).toContain('--lane preflight');
  });

  it('evaluates every blocking gate when none fails; non-blocking gates are not part of the lane', async () => {
    const { verdict, exitCode } = await verify({ root: lanesWorkspace([probe('a', 'pass'), probe('optional', 'throw', { blocking: false }), probe('b', 'warn')]), lane: 'preflight', gateTypes: TEST_GATES, now: NOW, write: false });
    expect(exitCode).toBe(0);
    // The non-blocking gate was not evaluated: the preflight verdict is never a full-suite pass.
    expect(verdict).toMatchObject({ verdict: 'incomplete', first_failure: null, gates_evaluated: 2, gates_not_evaluated: [], fail_fast_triggered: false });
    expect(verdict.selection).toEqual({ complete: false, by: 'lane', selected: ['a', 'b'], not_selected: ['optional'], gates_verdict: 'warn' });
    expect(verdict.gates.map((g) => g.id)).toEqual(['a', 'b']);
  });

  it('runs gates one at a time in declared order (the first failure decides, even if a later gate is slow)', async () => {
    const { verdict } = await verify({ root: lanesWorkspace([probe('slow', 'hang', { timeout: '100ms' }), probe('never', 'pass')]), lane: 'preflight', gateTypes: TEST_GATES, now: NOW, write: false });
    expect(verdict.first_failure?.reason).toBe('timeout');
    expect(verdict.gates_not_evaluated?.map((g) => g.id)).toEqual(['never']);
  });

  it('a preflight with no blocking gate selected is exit 2 (no_gates)', async () => {
    await expect(verify({ root: lanesWorkspace([probe('optional', 'pass', { blocking: false })]), lane: 'preflight', gateTypes: TEST_GATES, now: NOW })).rejects.toMatchObject({ code: 'no_gates', exitCode: 2 });
  });

  it('preflight and full runs in one output directory never overwrite each other', async () => {
    const out = tempDir();
    const root = lanesWorkspace([probe('a', 'pass'), probe('b', 'throw')]);
    await verify({ root, out, gateTypes: TEST_GATES, now: NOW });
    const full = readFileSync(join(out, 'full_suite_verdict.json'));
    await verify({ root, out, lane: 'preflight', gateTypes: TEST_GATES, now: NOW });
    expect(readFileSync(join(out, 'full_suite_verdict.json'))).toEqual(full);
    expect(existsSync(join(out, 'preflight_verdict.json'))).toBe(true);
    expect(existsSync(join(out, 'replay_bundle.json'))).toBe(true);
    expect(existsSync(join(out, 'preflight_replay_bundle.json'))).toBe(true);
  });
});
