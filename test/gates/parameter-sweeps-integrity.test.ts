/**
 * What the parameter_sweeps_integrity scenarios cannot express: the option schema on its own, the
 * artifacts the verdict records, rollback (which relaxes a coherent "blocked" but never a broken
 * report), a source reached through a symlink, and a few rarer shapes of a broken report.
 */
import { readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import parameterSweepsIntegrity, { DEFAULT_REQUIRED_KNOBS } from '../../gates/parameter-sweeps-integrity/index.js';
import { PARAMETER_SWEEPS_REPORT_SCHEMA } from '../../gates/parameter-sweeps-integrity/schema.js';
import { validateSchema } from '../../src/artifacts/schema.js';
import type { CheckResult, GateResult } from '../../src/core/types.js';
import { verify } from '../../src/verify.js';
import { configYaml } from '../helpers/config.js';
import { REPO_ROOT, removeTempDirs, tempDir, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';
const SWEEPS = 'tests/perf/reports/parameter_sweeps.json';
const SOURCE = 'tests/perf/reports/phase1_matrix_validation.json';
const CORRELATION = 'bd-3ar8v.3.8-20260309T101500Z';
const ROLLBACK = { reason: 'Phase 5 perf work must start while the matrix flake is fixed', owner: 'TopazFalcon', incident: 'INC-2041', created: '2026-03-10T08:00:00Z', expires: '2026-03-12T08:00:00Z' };

function sweeps(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schema: 'pi.perf.parameter_sweeps.v1',
    run_id: '20260309T101500Z',
    correlation_id: CORRELATION,
    generated_at: '2026-03-09T10:20:00Z',
    source_identity: { source_artifact: 'phase1_matrix_validation', source_artifact_path: SOURCE },
    readiness: { status: 'ready', ready_for_phase5: true, blocking_reasons: [] },
    selected_defaults: { flush_cadence_ms: 500, queue_max_items: 2048, compaction_quota_mb: 96 },
    sweep_plan: {
      dimensions: [
        { name: 'flush_cadence_ms', candidate_values: [250, 500, 750] },
        { name: 'queue_max_items', candidate_values: [1024, 2048, 3072] },
        { name: 'compaction_quota_mb', candidate_values: [64, 96, 128] },
      ],
    },
    ...overrides,
  };
}

const source = (correlation_id: unknown = CORRELATION, ready = true) => ({
  schema: 'pi.perf.phase1_matrix_validation.v1',
  run_id: '20260309T101500Z',
  correlation_id,
  generated_at: '2026-03-09T10:05:00Z',
  consumption_contract: { ready_for_phase5: ready },
});
const blocked = { status: 'blocked', ready_for_phase5: false, blocking_reasons: ['phase1_matrix_not_ready_for_phase5'] };

interface Run {
  gate: GateResult;
  findings: CheckResult[];
}

async function run(files: Record<string, string | object>, options: Record<string, unknown> = {}, extra: { mode?: 'rollback' } = {}): Promise<Run> {
  const root = workspace({
    'gate-engine.config.yaml': configYaml([{ id: 'sweeps', type: 'parameter_sweeps_integrity', options }], extra.mode ? { rollback: { declaration: ROLLBACK } } : {}),
    ...files,
  });
  const { verdict } = await verify({ root, out: tempDir(), now: NOW, ...extra });
  const gate = verdict.gates[0] as GateResult;
  return { gate, findings: gate.checks.filter((c) => c.status !== 'pass') };
}

const codes = (r: Run) => r.findings.map((f) => `${f.code} ${f.pointer}`);

describe('the published report schema', () => {
  it('accepts the sound report and holds selected_defaults to positive integers, as the gate does', () => {
    expect(validateSchema(PARAMETER_SWEEPS_REPORT_SCHEMA, sweeps())).toEqual([]);
    for (const value of [0, -1, 1.5, '500', null]) {
      const problems = validateSchema(PARAMETER_SWEEPS_REPORT_SCHEMA, sweeps({ selected_defaults: { flush_cadence_ms: value } }));
      expect(problems.map((p) => p.pointer), String(value)).toEqual(['/selected_defaults/flush_cadence_ms']);
    }
    expect(validateSchema(PARAMETER_SWEEPS_REPORT_SCHEMA, sweeps({ selected_defaults: [500] })).map((p) => [p.pointer, p.keyword])).toEqual([['/selected_defaults', 'type']]);
  });
});

describe('options', () => {
  const fill = (options: Record<string, unknown>) => {
    const copy = structuredClone(options);
    return { problems: validateSchema(parameterSweepsIntegrity.optionsSchema, copy, { fillDefaults: true }), options: copy };
  };

  it('declares every default: an empty options block is the reference gate with an explicit path', () => {
    const { problems, options } = fill({});
    expect(problems).toEqual([]);
    expect(options).toEqual({
      path: SWEEPS,
      max_age: '7d',
      require_ready: false,
      required_knobs: DEFAULT_REQUIRED_KNOBS,
      source_artifact: 'phase1_matrix_validation',
      source_readiness: ['/consumption_contract/artifact_ready_for_phase5', '/consumption_contract/ready_for_phase5'],
      source_schema: 'pi.perf.phase1_matrix_validation.v1',
    });
  });

  it.each([
    ['an unknown option', { paths: SWEEPS }],
    ['a bare number as max_age', { max_age: '7' }],
    ['no required knobs', { required_knobs: [] }],
    ['a knob listed twice', { required_knobs: ['flush_cadence_ms', 'flush_cadence_ms'] }],
    ['a blank knob', { required_knobs: ['  '] }],
    ['a knob with surrounding whitespace', { required_knobs: [' flush_cadence_ms'] }],
    ['a source_artifact that is a path', { source_artifact: 'reports/phase1_matrix_validation' }],
    ['a blank path', { path: '  ' }],
    ['require_ready as a string', { require_ready: 'true' }],
  ])('refuses %s', (_what, options) => {
    expect(fill(options).problems.length).toBeGreaterThan(0);
  });
});

describe('reason codes', () => {
  const own = Object.keys(parameterSweepsIntegrity.reasons ?? {});

  it('every evidence reason is one of the gate\'s own codes, and not_ready is not one of them', () => {
    const evidence = parameterSweepsIntegrity.evidenceReasons ?? [];
    expect(evidence.filter((code) => !own.includes(code))).toEqual([]);
    expect(evidence).not.toContain('not_ready');
    expect(own.filter((code) => !evidence.includes(code))).toEqual(['not_ready']);
  });

  it('every code of the gate is expected by at least one of its scenarios', () => {
    const folder = join(REPO_ROOT, 'fixtures/scenarios/parameter_sweeps_integrity');
    const expected = readdirSync(folder).map((name) => readFileSync(join(folder, name, 'expected.yaml'), 'utf8'));
    expect(own.filter((code) => !expected.some((text) => new RegExp(`code: "?${code}\\b`).test(text)))).toEqual([]);
  });
});

describe('evidence recorded in the verdict', () => {
  it('lists the report (with its schema and generated_at) and the source matrix it read', async () => {
    const { gate } = await run({ [SWEEPS]: sweeps(), [SOURCE]: source() });
    expect(gate.status).toBe('pass');
    expect(gate.artifact_path).toBe(SWEEPS);
    expect(gate.artifacts.map((a) => a.path)).toEqual([SWEEPS, SOURCE]);
    expect(gate.artifacts.find((a) => a.path === SWEEPS)).toMatchObject({ schema: 'pi.perf.parameter_sweeps.v1', generated_at: '2026-03-09T10:20:00Z' });
  });

  it('every finding carries the artifact path and a JSON pointer', async () => {
    const report = sweeps({ run_id: '', readiness: { ...blocked, ready_for_phase5: true }, selected_defaults: { flush_cadence_ms: '500' } });
    const r = await run({ [SWEEPS]: report });
    expect(r.findings.length).toBeGreaterThan(3);
    for (const f of r.findings) {
      expect(f.path, f.message).toBeTypeOf('string');
      expect(f.pointer, f.message).toBeTypeOf('string');
    }
  });
});

describe('rollback relaxes a coherent "blocked", never a broken report', () => {
  it('require_ready + blocked: not_ready is relaxed to a warning', async () => {
    const r = await run({ [SWEEPS]: sweeps({ readiness: blocked }), [SOURCE]: source(CORRELATION, false) }, { require_ready: true }, { mode: 'rollback' });
    expect(r.gate).toMatchObject({ raw_status: 'fail', status: 'warn', reason: 'not_ready', relaxed_by: 'rollback' });
  });

  it.each([
    ['readiness_incoherent', sweeps({ readiness: { ...blocked, blocking_reasons: [] } }), source(CORRELATION, false)],
    ['default_not_candidate', sweeps({ selected_defaults: { flush_cadence_ms: 600, queue_max_items: 2048, compaction_quota_mb: 96 } }), source()],
    ['lineage', sweeps(), source('bd-3ar8v.3.8-20260308T080000Z')],
  ])('%s stays a failure', async (reason, report, matrix) => {
    const r = await run({ [SWEEPS]: report, [SOURCE]: matrix }, {}, { mode: 'rollback' });
    expect(r.gate).toMatchObject({ status: 'fail', reason });
    expect(r.gate.relaxed_by).toBeUndefined();
  });
});

describe('rarer shapes', () => {
  it('a source reached through a symlink out of the root is outside_root, never read', async () => {
    const outside = workspace({ 'phase1_matrix_validation.json': JSON.stringify(source()) });
    const root = workspace({
      'gate-engine.config.yaml': configYaml([{ id: 'sweeps', type: 'parameter_sweeps_integrity' }]),
      [SWEEPS]: sweeps(),
    });
    symlinkSync(join(outside, 'phase1_matrix_validation.json'), join(root, SOURCE));
    const { verdict } = await verify({ root, out: tempDir(), now: NOW });
    const gate = verdict.gates[0] as GateResult;
    expect(gate.reason).toBe('outside_root');
    expect(gate.checks.filter((c) => c.status === 'fail')).toMatchObject([{ id: 'source_lineage', pointer: '/source_identity/source_artifact_path' }]);
    expect(gate.artifacts.map((a) => a.path)).toEqual([SWEEPS]);
  });

  it('an absolute source path is outside_root', async () => {
    const report = sweeps({ source_identity: { source_artifact: 'phase1_matrix_validation', source_artifact_path: '/srv/perf/phase1_matrix_validation.json' } });
    expect(codes(await run({ [SWEEPS]: report }))).toEqual(['outside_root /source_identity/source_artifact_path']);
  });

  it('a blank correlation_id is a placeholder and the source comparison is skipped, not run against ""', async () => {
    const r = await run({ [SWEEPS]: sweeps({ correlation_id: ' ' }), [SOURCE]: source() });
    expect(codes(r)).toEqual(['placeholder /correlation_id']);
  });

  it('a knob written in exponent notation (5e2) or too large to hold exactly is refused', async () => {
    const text = JSON.stringify(sweeps(), null, 2).replace('"flush_cadence_ms": 500,', '"flush_cadence_ms": 5e2,').replace('"queue_max_items": 2048,', '"queue_max_items": 90071992547409930,');
    const r = await run({ [SWEEPS]: text, [SOURCE]: source() });
    expect(codes(r)).toEqual(['wrong_type /selected_defaults/flush_cadence_ms', 'invalid_value /selected_defaults/queue_max_items']);
  });

  it('a dimension that is not an object is wrong_type; missing-knob is then skipped (it may be that knob)', async () => {
    const report = sweeps({ sweep_plan: { dimensions: [{ name: 'flush_cadence_ms', candidate_values: [250, 500, 750] }, 'queue_max_items', { name: 'compaction_quota_mb', candidate_values: [64, 96, 128] }] } });
    expect(codes(await run({ [SWEEPS]: report, [SOURCE]: source() }))).toEqual(['wrong_type /sweep_plan/dimensions/1']);
  });

  it('a dimension name with surrounding whitespace is invalid_value, not silently trimmed', async () => {
    const report = sweeps();
    (report.sweep_plan as { dimensions: { name: string }[] }).dimensions[0]!.name = 'flush_cadence_ms ';
    expect(codes(await run({ [SWEEPS]: report, [SOURCE]: source() }))).toEqual(['invalid_value /sweep_plan/dimensions/0/name']);
  });

  it('a missing generated_at is missing_field, and the rest of the report is still checked', async () => {
    const report = sweeps({ readiness: { ...blocked, status: 'ready' } });
    delete report.generated_at;
    expect(codes(await run({ [SWEEPS]: report, [SOURCE]: source() }))).toEqual([
      'missing_field /generated_at',
      'readiness_incoherent /readiness/ready_for_phase5',
      'readiness_incoherent /readiness/blocking_reasons',
      'source_readiness_mismatch /readiness/ready_for_phase5',
    ]);
  });

  it('a report that is a JSON array is refused by its schema id', async () => {
    expect(codes(await run({ [SWEEPS]: '[]' }))).toEqual(['schema /schema']);
  });
});

describe('a knob spelt with other word separators or case style is the knob (red team ze)', () => {
  const pinned = [
    { name: 'flush_cadence_ms', candidate_values: [500] },
    { name: 'queue_max_items', candidate_values: [2048] },
    { name: 'compaction_quota_mb', candidate_values: [96] },
  ];
  const words = (knob: string) => knob.split('_');
  const spelt = (knob: string, separator: string, camel: boolean) =>
    camel ? words(knob).map((w, i) => (i === 0 ? w : w[0]?.toUpperCase() + w.slice(1))).join('') : words(knob).join(separator);

  it('a decoy dimension beside the pinned knob is duplicate_dimension, however its words are joined', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...DEFAULT_REQUIRED_KNOBS), fc.constantFrom('-', '.', ' ', '', '__', '/'), fc.boolean(), async (knob, separator, camel) => {
        const decoy = spelt(knob, separator, camel);
        fc.pre(decoy !== knob);
        const r = await run({ [SWEEPS]: sweeps({ sweep_plan: { dimensions: [...pinned, { name: decoy, candidate_values: [1, 2, 3] }] } }), [SOURCE]: source() });
        expect(codes(r)).toContain('duplicate_dimension /sweep_plan/dimensions/3/name');
        expect(r.gate.status).toBe('fail');
      }),
      { numRuns: 12 },
    );
  });

  it('alternatives only in a dimension without a selected default decide nothing: vacuous; with its default, pass', async () => {
    const extra = { name: 'warmup_iterations', candidate_values: [1, 2, 3] };
    const undecided = await run({ [SWEEPS]: sweeps({ sweep_plan: { dimensions: [...pinned, extra] } }), [SOURCE]: source() });
    expect(codes(undecided)).toEqual(['vacuous /selected_defaults']);
    const decided = await run({ [SWEEPS]: sweeps({ sweep_plan: { dimensions: [...pinned, extra] }, selected_defaults: { flush_cadence_ms: 500, queue_max_items: 2048, compaction_quota_mb: 96, warmup_iterations: 2 } }), [SOURCE]: source() });
    expect(decided.gate.status).toBe('pass');
  });
});
