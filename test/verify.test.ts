/** Library-level end to end: evidence in a temp tree → verdict, exit code and the three output files. */
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import verdictSchema from '../schemas/full_suite_verdict.schema.json' with { type: 'json' };
import eventSchema from '../schemas/full_suite_event.schema.json' with { type: 'json' };
import { validateSchema } from '../src/artifacts/schema.js';
import { EngineError } from '../src/core/errors.js';
import { verify } from '../src/verify.js';
import { configYaml } from './helpers/config.js';
import { removeTempDirs, tempDir, workspace, writeTree } from './helpers/fs.js';
import { TEST_GATES } from './helpers/test-gates.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';

function readGate(format: string, path: string, extra: Record<string, unknown> = {}) {
  return configYaml([{ id: 'evidence', type: 'read_artifact', options: { format, path, ...extra } }]);
}

async function verdictFor(files: Record<string, string | Buffer | object>, format: string, path: string, extra: Record<string, unknown> = {}) {
  const root = workspace({ 'gate-engine.config.yaml': readGate(format, path, extra), ...files });
  const result = await verify({ root, out: tempDir(), gateTypes: TEST_GATES, now: NOW });
  return { result, gate: result.verdict.gates[0] };
}

describe('fail-closed: every bad input is a failed gate with its own reason and exit code 1', () => {
  const cases: [string, Record<string, string | Buffer | object>, string, string, Record<string, unknown>?][] = [
    ['missing', {}, 'json', 'reports/verdict.json'],
    ['empty', { 'reports/verdict.json': '' }, 'json', 'reports/verdict.json'],
    ['empty', { 'reports/verdict.json': '  \n\t\n' }, 'json', 'reports/verdict.json'],
    ['unreadable', { 'reports/verdict.json/inner.txt': 'x' }, 'json', 'reports/verdict.json'],
    ['malformed', { 'reports/verdict.json': '{"status": "pass",}' }, 'json', 'reports/verdict.json'],
    ['malformed', { 'tests/manifest.toml': 'files = [\n' }, 'toml', 'tests/manifest.toml'],
    ['malformed', { 'ci.yaml': 'a: [1, 2\n' }, 'yaml', 'ci.yaml'],
    ['duplicate_key', { 'reports/verdict.json': '{"status":"fail","count":3,"status":"pass"}' }, 'json', 'reports/verdict.json'],
    ['duplicate_key', { 'm.toml': 'status = "fail"\nstatus = "pass"\n' }, 'toml', 'm.toml'],
    ['duplicate_key', { 'ci.yaml': 'status: fail\nstatus: pass\n' }, 'yaml', 'ci.yaml'],
    ['schema', { 'r.json': { schema: 'pi.other.v1', generated_at: NOW } }, 'json', 'r.json', { schema_id: 'pi.perf.parameter_sweeps.v1' }],
    ['stale', { 'r.json': { schema: 'x.v1', generated_at: '2026-03-01T11:59:59Z' } }, 'json', 'r.json', { max_age: '7d' }],
    ['future', { 'r.json': { schema: 'x.v1', generated_at: '2026-03-10T12:10:00Z' } }, 'json', 'r.json', { max_age: '7d' }],
    ['outside_root', {}, 'json', '../outside.json'],
    ['outside_root', {}, 'text', '/etc/hostname'],
    ['malformed', { 'issues.jsonl': '{"id":1}\n{"id":2}\nnot json\n' }, 'jsonl', 'issues.jsonl'],
  ];
  it.each(cases)('%s: %j read as %s %s', async (code, files, format, path, extra) => {
    const { result, gate } = await verdictFor(files, format, path, extra);
    expect(result.exitCode).toBe(1);
    expect(result.verdict.verdict).toBe('fail');
    expect(gate).toMatchObject({ status: 'fail', reason: code });
    expect(gate?.checks.at(-1)?.message).toContain(path.startsWith('/') || path.startsWith('..') ? path : path.split('/').pop());
  });

  it('outside_root through a symlink that points out of the root', async () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.json'), '{"status":"pass"}');
    const root = workspace({ 'gate-engine.config.yaml': readGate('json', 'reports/link.json') });
    writeTree(root, { 'reports/.keep': '' });
    symlinkSync(join(outside, 'secret.json'), join(root, 'reports/link.json'));
    const { verdict, exitCode } = await verify({ root, out: tempDir(), gateTypes: TEST_GATES, now: NOW });
    expect(exitCode).toBe(1);
    expect(verdict.gates[0]).toMatchObject({ status: 'fail', reason: 'outside_root' });
  });

  it('the duplicate-key artifact whose last value says pass is never read as pass', async () => {
    const { gate } = await verdictFor({ 'v.json': '{"status":"fail","status":"pass"}' }, 'json', 'v.json');
    expect(gate?.checks.at(-1)).toMatchObject({ code: 'duplicate_key', pointer: '/status', line: 1 });
  });

  it('fresh, schema-matching evidence passes and is recorded with its digest', async () => {
    const { result, gate } = await verdictFor({ 'r.json': { schema: 'x.v1', generated_at: '2026-03-03T12:00:00Z' } }, 'json', 'r.json', { schema_id: 'x.v1', max_age: '7d' });
    expect(result.exitCode).toBe(0);
    expect(gate?.status).toBe('pass');
    expect(gate?.artifacts).toEqual([expect.objectContaining({ path: 'r.json', schema: 'x.v1', generated_at: '2026-03-03T12:00:00Z', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
  });
});

describe('could not evaluate: exit 2 before any verdict', () => {
  async function engineError(promise: Promise<unknown>): Promise<EngineError> {
    const e = await promise.then(() => undefined, (err: unknown) => err);
    expect(e).toBeInstanceOf(EngineError);
    return e as EngineError;
  }

  it('zero gates in the config is no_gates, exit 2', async () => {
    const root = workspace({ 'gate-engine.config.yaml': 'version: 1\ngates: []\n' });
    const out = tempDir();
    const e = await engineError(verify({ root, out }));
    expect(e).toMatchObject({ code: 'no_gates', exitCode: 2 });
    expect(readdir(out)).toEqual([]);
  });

  it('an unknown --gate id is unknown_gate with a suggestion, exit 2', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'suite_classification', type: 'suite_classification' }]) });
    const e = await engineError(verify({ root, out: tempDir(), gates: ['suite_clasification'] }));
    expect(e).toMatchObject({ code: 'unknown_gate', exitCode: 2 });
    expect(e.message).toContain('did you mean "suite_classification"?');
  });

  it('an invalid --now is invalid_now, exit 2 (no rolled-over dates)', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ type: 'suite_classification' }]) });
    for (const now of ['2026-02-30T00:00:00Z', '2026-03-01T00:00:00', 'yesterday']) {
      const e = await engineError(verify({ root, out: tempDir(), now }));
      expect(e).toMatchObject({ code: 'invalid_now', exitCode: 2 });
    }
  });

  it('an unwritable output directory is output_unwritable, exit 2, and leaves no partial file', async () => {
    const root = workspace({ 'gate-engine.config.yaml': readGate('text', 'a.txt'), 'a.txt': 'hello', 'blocker': 'a regular file' });
    const e = await engineError(verify({ root, out: join(root, 'blocker', 'out'), gateTypes: TEST_GATES, now: NOW }));
    expect(e).toMatchObject({ code: 'output_unwritable', exitCode: 2 });
    expect(readFileSync(join(root, 'blocker'), 'utf8')).toBe('a regular file');
  });

  it('a root that is not a directory is a usage error, exit 2', async () => {
    const e = await engineError(verify({ root: join(tempDir(), 'nope') }));
    expect(e).toMatchObject({ code: 'usage', exitCode: 2 });
  });
});

function readdir(dir: string): string[] {
  return readdirSync(dir);
}

describe('outputs', () => {
  async function demoLikeRun(now: string | undefined, out: string) {
    const root = workspace({
      'gate-engine.config.yaml': configYaml([
        { id: 'unit', type: 'suite_classification' },
        { id: 'hang', type: 'behave', timeout: '100ms', options: { behaviour: 'hang' } },
      ]),
      'tests/suite_classification.toml': '[suite.unit]\nfiles = ["a", "b"]\n',
      'tests/a.rs': '',
      'tests/b.rs': '',
      'tests/c.rs': '',
    });
    return { root, result: await verify({ root, out, gateTypes: TEST_GATES, ...(now ? { now } : {}) }) };
  }

  it('writes a verdict that validates against its schema and a complete event stream', async () => {
    const out = tempDir();
    const { result } = await demoLikeRun(NOW, out);
    const verdict = JSON.parse(readFileSync(join(out, 'full_suite_verdict.json'), 'utf8'));
    expect(validateSchema(verdictSchema, verdict)).toEqual([]);
    expect(verdict).toEqual(result.verdict);
    const events = readFileSync(join(out, 'full_suite_events.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    for (const event of events) expect(validateSchema(eventSchema, event)).toEqual([]);
    expect(events.map((e) => e.event)).toEqual(['run_started', 'gate_started', 'gate_finished', 'gate_started', 'gate_finished', 'run_finished']);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(events.at(-1)).toMatchObject({ verdict: 'fail', run_id: verdict.run_id });
    expect(events[2]).toMatchObject({ gate_id: 'unit', status: 'fail', reason: 'unclassified' });
    const report = readFileSync(join(out, 'full_suite_report.md'), 'utf8');
    expect(report).toContain('> Verdict: **FAIL**');
    expect(report).toContain('`unclassified` — a test file is not listed in any suite');
    expect(report).toContain('tests/c.rs');
    expect(report).toContain('`timeout` — the gate did not finish within its timeout');
  });

  it('two runs with the same --now write byte-identical verdict, events and report', async () => {
    const [a, b] = [tempDir(), tempDir()];
    const root = workspace({
      'gate-engine.config.yaml': configYaml([{ id: 'unit', type: 'suite_classification' }, { id: 'probe', type: 'behave', options: { behaviour: 'warn' } }]),
      'tests/suite_classification.toml': '[suite.unit]\nfiles = ["a"]\n',
      'tests/a.rs': '',
    });
    await verify({ root, out: a, gateTypes: TEST_GATES, now: NOW });
    await verify({ root, out: b, gateTypes: TEST_GATES, now: NOW });
    for (const name of ['full_suite_verdict.json', 'full_suite_events.jsonl', 'full_suite_report.md']) {
      expect(readFileSync(join(b, name))).toEqual(readFileSync(join(a, name)));
    }
  });

  it('a different --now gives a different run id', async () => {
    const root = workspace({ 'gate-engine.config.yaml': readGate('text', 'a.txt'), 'a.txt': 'x' });
    const one = await verify({ root, gateTypes: TEST_GATES, now: NOW, write: false });
    const two = await verify({ root, gateTypes: TEST_GATES, now: '2026-03-10T12:00:01Z', write: false });
    expect(one.verdict.run_id).not.toBe(two.verdict.run_id);
  });

  it('a rerun that fails to write keeps the previous outputs intact', async () => {
    const out = tempDir();
    const { root } = await demoLikeRun(NOW, out);
    const before = readFileSync(join(out, 'full_suite_verdict.json'));
    await expect(verify({ root, out: join(out, 'full_suite_verdict.json', 'x'), gateTypes: TEST_GATES, now: NOW })).rejects.toMatchObject({ code: 'output_unwritable' });
    expect(readFileSync(join(out, 'full_suite_verdict.json'))).toEqual(before);
  });
});
