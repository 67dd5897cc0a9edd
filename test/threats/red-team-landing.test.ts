/**
 * Red team of the plugin / SDK / tree-artifact landing: each hole found, fed as the bad input, with its exact code.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assessVerdict, assessVerdictInRepo } from '../../src/assess.js';
import { foldGates, foldRun, summarize } from '../../src/core/fold.js';
import type { Verdict } from '../../src/core/types.js';
import { verify } from '../../src/index.js';
import { runCli, runCliInProcess as cli } from '../helpers/cli.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';
import { commitAll } from '../helpers/git-repo.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';
const LATER = new Date('2026-03-10T12:30:00Z');
const status = (id: string) => ({ id, type: 'artifact_status', options: { path: `${id}.json`, pointer: '/status', allowed: ['pass'] } });
const WAIVER = '[waiver.b]\nowner = "TopazForest"\ncreated = "2026-03-01"\nexpires = "2026-03-20"\nbead = "bd-1f42"\nreason = "upstream bug"\nscope = "both"\nremove_when = "when bd-1f42 is closed"\n';

function waiverRepo() {
  return workspace({
    'gate-engine.config.yaml': configYaml([status('a'), status('b'), status('c')] as never[], { waivers: { sources: ['waivers.toml'] } }),
    'a.json': '{"status":"pass"}',
    'b.json': '{"status":"fail"}',
    'c.json': '{"status":"fail"}',
    'waivers.toml': WAIVER,
    '.gitignore': 'gate-engine-out\n.gate-engine-out.runs/\n',
  });
}

/** Gate c (failing, with no waiver of its own) made to look waived by the waiver the file declares for b. */
function borrowWaiver(verdict: Verdict): Verdict {
  const e = structuredClone(verdict);
  const b = e.gates.find((g) => g.id === 'b');
  const c = e.gates.find((g) => g.id === 'c');
  if (b?.waiver === undefined || c === undefined) throw new Error('fixture: b must be waived');
  c.status = 'waived';
  c.waiver = structuredClone(b.waiver);
  c.detail = b.detail.replace(/b\.json/g, 'c.json');
  e.waivers.applied.push({ ...structuredClone(e.waivers.applied[0] as Verdict['waivers']['applied'][number]), gate_id: 'c' });
  e.summary = summarize(e.gates);
  e.selection.gates_verdict = foldGates(e.gates);
  e.verdict = foldRun(e.gates, true);
  return e;
}

describe('a waiver applied in an edited verdict must be one its (unchanged) source declares', () => {
  it('the run itself: b waived, c fails, so the verdict fails', async () => {
    const root = waiverRepo();
    const { verdict } = await verify({ root, out: tempDir(), now: NOW, write: false });
    expect(verdict.gates.map((g) => g.status)).toEqual(['pass', 'waived', 'fail']);
    expect(verdict.verdict).toBe('fail');
  });

  it("b's waiver copied onto failing gate c (source digest still matches): waiver_mismatch, never promote", async () => {
    const root = waiverRepo();
    const { verdict } = await verify({ root, out: tempDir(), now: NOW, write: false });
    const forged = borrowWaiver(verdict);
    expect(forged.verdict).toBe('warn');
    const a = await assessVerdictInRepo(forged, { root, clockPinned: true, now: LATER, trustCommit: true });
    expect(a.promote).toBe(false);
    expect(a.reasons.map((r) => r.code)).toEqual(['waiver_mismatch']);
    expect(a.reasons[0]?.message).toContain('gate c is waived in the verdict, but no waiver source declares a waiver for it');
  });

  it('a waiver field edited in the verdict (expires pushed out): waiver_mismatch', async () => {
    const root = waiverRepo();
    writeFileSync(join(root, 'c.json'), '{"status":"pass"}');
    const { verdict } = await verify({ root, out: tempDir(), now: NOW, write: false });
    const e = structuredClone(verdict);
    const b = e.gates.find((g) => g.id === 'b');
    if (b?.waiver === undefined) throw new Error('fixture');
    b.waiver.owner = 'SomeoneElse';
    const a = await assessVerdictInRepo(e, { root, clockPinned: true, now: LATER, trustCommit: true });
    expect(a.reasons.map((r) => r.code)).toEqual(['waiver_mismatch']);
    expect(a.reasons[0]?.message).toContain('(owner)');
  });

  it("waivers.today moved back to revive an expired waiver: waiver_mismatch", async () => {
    const root = waiverRepo();
    writeFileSync(join(root, 'c.json'), '{"status":"pass"}');
    const { verdict } = await verify({ root, out: tempDir(), now: NOW, write: false });
    expect(await assessVerdictInRepo(verdict, { root, clockPinned: true, now: LATER, trustCommit: true })).toEqual({ promote: true, reasons: [] });
    const e = structuredClone(verdict);
    e.waivers.today = '2026-03-05';
    // The run judged its waivers on the day it started (generated_at's): another day is an edit (red team si).
    expect((await assessVerdictInRepo(e, { root, clockPinned: true, now: LATER, trustCommit: true })).reasons.map((r) => r.code)).toEqual(['verdict_inconsistent', 'waiver_mismatch']);
  });

  it('assessVerdict given waiver digests but not the declared waivers refuses a waived verdict (waiver_mismatch)', async () => {
    const root = waiverRepo();
    writeFileSync(join(root, 'c.json'), '{"status":"pass"}');
    const { verdict } = await verify({ root, out: tempDir(), now: NOW, write: false });
    const codes = assessVerdict(verdict, { clockPinned: true, now: LATER, trustGateList: true, trustCommit: true, waiverSources: { 'waivers.toml': verdict.waivers.sources?.[0]?.sha256 } }).reasons.map((r) => r.code);
    expect(codes).toEqual(['waiver_mismatch']);
  });

  it('gate-engine check: the borrowed waiver is refused (exit 1, waiver_mismatch)', async () => {
    const root = waiverRepo();
    commitAll(root);
    // What check decides: the CLI's own entry in this process (its exit 1 through the binary: verdict-consumption's FIFO case).
    expect((await cli(['verify', '--root', root, '--now', NOW], { cwd: root })).status).toBe(1);
    const { readFileSync } = await import('node:fs');
    const path = join(root, 'gate-engine-out', 'full_suite_verdict.json');
    const forged = borrowWaiver(JSON.parse(readFileSync(path, 'utf8')) as Verdict);
    const copy = join(tempDir(), 'forged.json');
    writeFileSync(copy, `${JSON.stringify(forged, null, 2)}\n`);
    const run = await cli(['check', copy, '--now', '2026-03-10T12:30:00Z', '--json'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stdout) as { reasons: { code: string }[] }).reasons.map((r) => r.code)).toEqual(['waiver_mismatch']);
  });
});

/** A project whose plugin ./gates/p.mjs defines gate type `probe` with the given evaluate body. */
function pluginProject(evaluate: string): string {
  return workspace({
    'gates/p.mjs': `export default { type: 'probe', title: 'Probe', description: 'a probe gate', optionsSchema: { type: 'object' }, ${evaluate} };\n`,
    'gate-engine.config.yaml': 'version: 1\nplugins: ["./gates/p.mjs"]\ngates:\n  - id: p\n    type: probe\n',
  });
}

describe('a plugin gate can never make the engine crash instead of writing a verdict', () => {
  // Each of these used to throw out of verify (a raw TypeError, or an internal schema error): no verdict at all.
  const cases: [string, string][] = [
    ['a circular actual', `evaluate(ctx) { const o = {}; o.o = o; ctx.pass('x', 'fine', { actual: o }); }`],
    ['an actual whose toJSON throws', `evaluate(ctx) { ctx.pass('x', 'fine', { actual: { toJSON() { throw new Error('boom'); } } }); }`],
    ['a function as expected', `evaluate(ctx) { ctx.pass('x', 'fine', { expected: () => 1 }); }`],
    ['a numeric path', `evaluate(ctx) { ctx.pass('x', 'fine', { path: 5 }); }`],
    ['line 0', `evaluate(ctx) { ctx.pass('x', 'fine', { line: 0 }); }`],
    ['a text column', `evaluate(ctx) { ctx.pass('x', 'fine', { column: '3' }); }`],
    ['a thrown object without a prototype', `evaluate(ctx) { ctx.pass('x', 'fine'); throw Object.create(null); }`],
    ['an Error whose message getter throws', `evaluate(ctx) { const e = new Error('x'); Object.defineProperty(e, 'message', { get() { throw new Error('y'); } }); throw e; }`],
    ['an Error whose stack getter throws', `evaluate(ctx) { ctx.pass('x', 'fine'); const e = new Error('x'); Object.defineProperty(e, 'stack', { get() { throw new Error('y'); } }); throw e; }`],
  ];
  it.each(cases)('%s: the gate fails with crashed (exit 1)', async (_name, evaluate) => {
    const root = pluginProject(evaluate);
    const run = await verify({ root, out: tempDir(), now: NOW });
    expect(run.exitCode).toBe(1);
    expect(run.verdict.gates[0]).toMatchObject({ id: 'p', status: 'fail', reason: 'crashed' });
  });

  it('a bigint actual is written as its digits (the verdict stays JSON)', async () => {
    const root = pluginProject(`evaluate(ctx) { ctx.pass('x', 'fine', { actual: 10n ** 30n }); }`);
    const run = await verify({ root, out: tempDir(), now: NOW });
    expect(run.exitCode).toBe(0);
    expect(run.verdict.gates[0]?.checks[0]?.actual).toBe('1000000000000000000000000000000');
  });

  it('the CLI: a crashing detail is a failed gate, exit 1, nothing on stderr', () => {
    const root = pluginProject(`evaluate(ctx) { const o = {}; o.o = o; ctx.pass('x', 'fine', { actual: o }); }`);
    const run = runCli(['verify', '--root', root, '--now', NOW, '--out', join(root, 'out'), '--json'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stdout) as Verdict).gates[0]).toMatchObject({ status: 'fail', reason: 'crashed' });
  });
});

describe('a plugin gate cannot change what the run decides for other gates', () => {
  const WAIVER_B = WAIVER;
  function project(evaluate: string) {
    return workspace({
      'gates/p.mjs': `export default { type: 'probe', title: 'Probe', description: 'a probe gate', optionsSchema: { type: 'object' }, ${evaluate} };\n`,
      'b.json': '{"status":"pass"}',
      'c.json': '{"status":"fail"}',
      'w.toml': WAIVER_B,
      // c runs after p (needs), so a change p makes to shared state would be seen when c is decided.
      'gate-engine.config.yaml': 'version: 1\nplugins: ["./gates/p.mjs"]\nwaivers:\n  sources: [w.toml]\ngates:\n  - id: p\n    type: probe\n  - id: b\n    type: artifact_status\n    options: { path: b.json, pointer: /status, allowed: [pass] }\n  - id: c\n    type: artifact_status\n    needs: [p]\n    options: { path: c.json, pointer: /status, allowed: [pass] }\n',
    });
  }

  it('pushing a waiver for failing gate c into ctx.waivers: the book is frozen, p crashes, c still fails (exit 1)', async () => {
    // Before: c came out `waived`, the verdict `warn`, exit 0.
    const root = project(`evaluate(ctx) { const w = ctx.waivers; w.entries.push({ ...w.entries[0], gate_id: 'c', pointer: '/waiver/c' }); ctx.pass('x', 'fine'); }`);
    const run = await verify({ root, out: tempDir(), now: NOW });
    expect(run.verdict.gates.map((g) => [g.id, g.status, g.reason ?? null])).toEqual([['p', 'fail', 'crashed'], ['b', 'pass', null], ['c', 'fail', 'status_not_allowed']]);
    expect(run.exitCode).toBe(1);
  });

  it('editing an entry in place (b\'s waiver re-pointed at c) and ctx.env are refused the same way', async () => {
    for (const body of [`evaluate(ctx) { ctx.waivers.entries[0].gate_id = 'c'; ctx.pass('x', 'fine'); }`, `evaluate(ctx) { ctx.env.GATE_ENGINE_CONCURRENCY = '1'; ctx.pass('x', 'fine'); }`]) {
      const root = project(body);
      const run = await verify({ root, out: tempDir(), now: NOW });
      expect(run.verdict.gates.map((g) => [g.id, g.status, g.reason ?? null])).toEqual([['p', 'fail', 'crashed'], ['b', 'pass', null], ['c', 'fail', 'status_not_allowed']]);
      expect(run.exitCode).toBe(1);
    }
  });
});

describe('GateTester judges the gate under test, never another gate', () => {
  it('a valid case whose entry switches the gate off (enabled: false) next to a passing gate is refused, not passed', async () => {
    const { GateTester } = await import('../../src/testing/index.js');
    const { defineGate } = await import('../../src/sdk/index.js');
    const alwaysFails = defineGate<Record<string, never>>({
      type: 'always_fails',
      title: 'Always fails',
      description: 'fails every time',
      optionsSchema: { type: 'object' },
      evaluate(ctx) {
        ctx.fail('x', 'broken', 'always fails');
      },
    });
    const cases = {
      valid: [{ entry: { enabled: false }, files: { 's.json': { rate: 90 } }, config: { gates: [{ id: 'other', type: 'threshold', options: { path: 's.json', pointer: '/rate', op: '>=', value: 80 } }] } }],
    };
    // Before: the verdict's first gate (`other`, which passes) was taken as the result, and the case passed.
    await expect(new GateTester().run(alwaysFails, cases)).rejects.toThrow(/the gate under test \(gate_under_test, type always_fails\) did not run in this case: its entry says enabled: false/);
  });
});

describe('a plugin definition is read once: a getter cannot pass the checks as one gate type and register as another', () => {
  const plugin = (body: string) =>
    workspace({
      'gates/p.mjs': body,
      's.json': '{"rate": 10}',
      'gate-engine.config.yaml': 'version: 1\nplugins: ["./gates/p.mjs"]\ngates:\n  - id: t\n    type: threshold\n    options: { path: s.json, pointer: /rate, op: ">=", value: 80 }\n',
    });

  it('a `type` getter that says "harmless" while checked and "threshold" when registered: the built-in still runs (exit 1)', async () => {
    // Before: the plugin replaced the built-in threshold gate, which then passed (exit 0) on a rate of 10 < 80.
    const root = plugin(`let n = 0;\nexport default { get type() { n++; return n <= 4 ? 'harmless' : 'threshold'; }, title: 'P', description: 'probe', optionsSchema: { type: 'object' }, evaluate(ctx) { ctx.pass('x', 'looks fine'); } };\n`);
    const run = await verify({ root, out: tempDir(), now: NOW });
    expect(run.verdict.gates[0]).toMatchObject({ id: 't', type: 'threshold', status: 'fail', reason: 'threshold_not_met' });
    expect(run.exitCode).toBe(1);
  });

  it('a getter that throws is plugin_invalid (exit 2) naming the entry, not a stack trace', () => {
    const root = plugin(`export default { type: 'probe', get title() { throw new Error('gotcha'); }, description: 'd', optionsSchema: {}, evaluate() {} };\n`);
    const run = runCli(['verify', '--root', root, '--now', NOW, '--out', join(root, 'out')], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('plugins[0]');
    expect(run.stderr).toContain('cannot be read as plain data (gotcha)');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("assessment re-derives a plugin gate's status with the plugin's own evidence codes", () => {
  it('a rollback verdict edited to relax a plugin gate failing on evidence (bad_evidence) is verdict_inconsistent', async () => {
    const ROLLBACK = { reason: 'Hotfix for CVE-2026-1234 must ship; parity regression tracked separately', owner: 'TopazFalcon', incident: 'INC-2041', created: '2026-03-10T08:00:00Z', expires: '2026-03-12T08:00:00Z' };
    const root = workspace({
      'gates/p.mjs': `export default { type: 'probe', title: 'Probe', description: 'a probe gate', optionsSchema: { type: 'object' }, evidenceReasons: ['bad_evidence'], evaluate(ctx) { ctx.fail('x', 'bad_evidence', 'the report is unreadable'); } };\n`,
      'gate-engine.config.yaml': `version: 1\nplugins: ["./gates/p.mjs"]\nrollback:\n  declaration: ${JSON.stringify(ROLLBACK)}\ngates:\n  - id: p\n    type: probe\n`,
    });
    const { verdict } = await verify({ root, out: tempDir(), now: NOW, mode: 'rollback', write: false });
    expect(verdict.gates[0]).toMatchObject({ status: 'fail', reason: 'bad_evidence' });
    const e = structuredClone(verdict);
    const g = e.gates[0];
    if (g === undefined) throw new Error('fixture');
    g.status = 'warn';
    g.relaxed_by = 'rollback';
    e.summary = summarize(e.gates);
    e.selection.gates_verdict = foldGates(e.gates);
    e.verdict = foldRun(e.gates, true);
    // check and assessVerdictInRepo now re-derive with the config's plugin types too (regression guard).
    const a = await assessVerdictInRepo(e, { root, clockPinned: true, now: LATER, trustCommit: true });
    expect(a.reasons.map((r) => r.code)).toContain('verdict_inconsistent');
    expect(a.promote).toBe(false);
  });
});

describe('a text artifact of placeholders only is hollow however long it is', () => {
  it('1,001 lines of TODO: artifact_present fails with empty (exit 1)', async () => {
    // Before: past 1,000 lines the text was not looked at and counted as content (pass).
    const root = workspace({
      'notes.txt': 'TODO\n'.repeat(1001),
      'gate-engine.config.yaml': configYaml([{ id: 'notes', type: 'artifact_present', options: { path: 'notes.txt', format: 'text' } }] as never[]),
    });
    const run = await verify({ root, out: tempDir(), now: NOW, write: false });
    expect(run.verdict.gates[0]).toMatchObject({ status: 'fail', reason: 'empty' });
    expect(run.exitCode).toBe(1);
  });

  it('one real line among 5,000 placeholders is content (pass)', async () => {
    const root = workspace({
      'notes.txt': `${'TODO\n'.repeat(5000)}fixed the startup crash\n`,
      'gate-engine.config.yaml': configYaml([{ id: 'notes', type: 'artifact_present', options: { path: 'notes.txt', format: 'text' } }] as never[]),
    });
    const run = await verify({ root, out: tempDir(), now: NOW, write: false });
    expect(run.verdict.gates[0]).toMatchObject({ status: 'pass' });
  });
});

describe('degenerate ids the id check missed', () => {
  it.each(['0e0', '0.0E+5', '-0e3', '0b0', '0o00', '[object Object]', ' [object Undefined] '])('%j is not an id', async (value) => {
    const { idReason } = await import('../../src/util/text-classes.js');
    expect(idReason(value)).toBeDefined();
  });
  it.each(['10e3', 'object-store-1', '0b1', 'e0'])('%j can still be an id', async (value) => {
    const { idReason } = await import('../../src/util/text-classes.js');
    expect(idReason(value)).toBeUndefined();
  });
  it('--run-id 0e0 is a usage error (exit 2)', async () => {
    const { EngineError } = await import('../../src/core/errors.js');
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'p', type: 'artifact_present', options: { path: 'r.json' } }] as never[]), 'r.json': '{"ok":true}' });
    const e = await verify({ root, out: tempDir(), now: NOW, runId: '0e0' }).then(() => undefined, (err: unknown) => err);
    expect(e).toBeInstanceOf(EngineError);
    expect((e as InstanceType<typeof EngineError>).code).toBe('usage');
    expect((e as InstanceType<typeof EngineError>).exitCode).toBe(2);
  });
});
