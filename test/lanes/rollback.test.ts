/** Rollback mode: an expiring, owned, auditable relaxation of verdicts — never of evidence. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveMode } from '../../src/core/rollback.js';
import { EngineError } from '../../src/core/errors.js';
import { verify } from '../../src/verify.js';
import { runCli } from '../helpers/cli.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';
import { TEST_GATES } from '../helpers/test-gates.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';
const VALID = { reason: 'Hotfix for CVE-2026-1234 must ship; parity regression tracked separately', owner: 'TopazFalcon', incident: 'INC-2041', created: '2026-03-10T08:00:00Z', expires: '2026-03-12T08:00:00Z' };

/** A repo whose blocking suite gate fails on sound evidence (an unclassified test) and whose other gate's evidence is missing. */
function repo(extraGates: object[] = []) {
  return workspace({
    'gate-engine.config.yaml': configYaml([{ id: 'suites', type: 'suite_classification' }, ...(extraGates as never[])]),
    'tests/suite_classification.toml': '[suite.unit]\nfiles = ["a"]\n',
    'tests/a.rs': '',
    'tests/b.rs': '',
  });
}

function declaration(root: string, fields: object, name = 'rollback.yaml'): string {
  const path = join(root, name);
  writeFileSync(path, stringify(fields));
  return path;
}

async function refused(promise: Promise<unknown>): Promise<EngineError> {
  const e = await promise.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(EngineError);
  expect(e).toMatchObject({ code: 'rollback_invalid', exitCode: 2 });
  return e as EngineError;
}

describe('rollback mode needs a valid, unexpired declaration (exit 2 otherwise)', () => {
  it('no declaration at all', async () => {
    const e = await refused(verify({ root: repo(), mode: 'rollback', now: NOW, write: false }));
    expect(e.message).toContain('none was given');
  });

  const broken: [string, object, RegExp][] = [
    ['expired', { ...VALID, created: '2026-03-08T08:00:00Z', expires: '2026-03-10T11:59:59Z' }, /expired at 2026-03-10T11:59:59Z/],
    ['longer than 72 h', { ...VALID, expires: '2026-03-13T08:00:01Z' }, /lasts 72 h, over the 72 h maximum|over the 72 h maximum/],
    ['missing owner', { ...VALID, owner: undefined }, /missing required field "owner"/],
    ['blank incident', { ...VALID, incident: '   ' }, /"incident" is blank/],
    ['created in the future', { ...VALID, created: '2026-03-10T13:00:00Z', expires: '2026-03-11T13:00:00Z' }, /created 2026-03-10T13:00:00Z is in the future/],
    ['impossible date', { ...VALID, expires: '2026-02-30T08:00:00Z' }, /day 30 does not exist in 2026-02/],
    ['offset-less time', { ...VALID, expires: '2026-03-12T08:00:00' }, /add a UTC offset/],
    ['unknown field', { ...VALID, expiry: '2026-03-12T08:00:00Z' }, /unknown field "expiry"; did you mean "expires"\?/],
    ['expires before created', { ...VALID, created: '2026-03-10T08:00:00Z', expires: '2026-03-10T07:00:00Z' }, /expired at|is not after created/],
  ];
  it.each(broken)('%s', async (_name, fields, message) => {
    const root = repo();
    const clean = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    const e = await refused(verify({ root, mode: 'rollback', rollbackFile: declaration(root, clean), now: NOW, write: false }));
    expect(e.message).toMatch(message);
  });

  it('a declaration given in strict mode is a usage error, not silently ignored', async () => {
    const root = repo();
    await expect(verify({ root, rollbackFile: declaration(root, VALID), now: NOW, write: false })).rejects.toMatchObject({ code: 'usage', exitCode: 2 });
  });

  it('mode comes from --mode, else CI_GATE_PROMOTION_MODE (trimmed, lower-cased); anything else is exit 2', () => {
    expect(resolveMode(undefined, {})).toBe('strict');
    expect(resolveMode(undefined, { CI_GATE_PROMOTION_MODE: '  Rollback ' })).toBe('rollback');
    expect(resolveMode('strict', { CI_GATE_PROMOTION_MODE: 'rollback' })).toBe('strict');
    expect(() => resolveMode(undefined, { CI_GATE_PROMOTION_MODE: 'rolback' })).toThrow(/did you mean "rollback"/);
  });
});

describe('with a valid declaration', () => {
  it('a blocking failure of sound evidence becomes warn: exit 0 and ROLLBACK in every output', async () => {
    const root = repo();
    const out = tempDir();
    const { verdict, exitCode } = await verify({ root, out, mode: 'rollback', rollbackFile: declaration(root, VALID), now: NOW });
    expect(exitCode).toBe(0);
    expect(verdict).toMatchObject({ verdict: 'warn', mode: 'rollback' });
    expect(verdict.gates[0]).toMatchObject({ raw_status: 'fail', status: 'warn', reason: 'unclassified', relaxed_by: 'rollback' });
    expect(verdict.rollback).toEqual({ ...VALID, source: expect.stringContaining('rollback.yaml'), relaxed_gates: ['suites'] });
    expect(readFileSync(join(out, 'full_suite_report.md'), 'utf8')).toMatch(/\*\*ROLLBACK MODE\*\* — .*incident \*\*INC-2041\*\*/);
    expect(readFileSync(join(out, 'full_suite_report.md'), 'utf8')).toContain('WARN (ROLLBACK)');
    expect(readFileSync(join(out, 'full_suite_events.jsonl'), 'utf8')).toContain('"mode":"rollback"');
    expect(readFileSync(join(out, 'full_suite_events.jsonl'), 'utf8')).toContain('"relaxed_by":"rollback"');
    expect(JSON.parse(readFileSync(join(out, 'replay_bundle.json'), 'utf8'))).toMatchObject({ mode: 'rollback' });
    expect(JSON.parse(readFileSync(join(out, 'full_suite_verdict.json'), 'utf8'))).toMatchObject({ mode: 'rollback', rollback: { incident: 'INC-2041' } });
  });

  it('missing evidence stays a failure: rollback relaxes verdicts, never evidence', async () => {
    const root = repo([{ id: 'evidence', type: 'read_artifact', options: { format: 'json', path: 'reports/verdict.json' } }]);
    const { verdict, exitCode } = await verify({ root, mode: 'rollback', rollbackFile: declaration(root, VALID), gateTypes: TEST_GATES, now: NOW, write: false });
    expect(exitCode).toBe(1);
    expect(verdict.gates[0]).toMatchObject({ status: 'warn', relaxed_by: 'rollback' });
    expect(verdict.gates[1]).toMatchObject({ status: 'fail', reason: 'missing' });
    expect(verdict.gates[1]?.relaxed_by).toBeUndefined();
    expect(verdict.rollback?.relaxed_gates).toEqual(['suites']);
  });

  it('crashed, timed-out and vacuous gates are not relaxed either', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'c', type: 'behave', options: { behaviour: 'throw' } }, { id: 'v', type: 'behave', options: { behaviour: 'no_checks' } }]) });
    const { verdict, exitCode } = await verify({ root, mode: 'rollback', rollbackFile: declaration(root, VALID), gateTypes: TEST_GATES, now: NOW, write: false });
    expect(exitCode).toBe(1);
    expect(verdict.gates.map((g) => [g.status, g.reason])).toEqual([['fail', 'crashed'], ['fail', 'vacuous']]);
  });

  it('the declaration can live in the config (rollback.declaration)', async () => {
    const root = workspace({
      'gate-engine.config.yaml': configYaml([{ id: 'suites', type: 'suite_classification' }], { rollback: { declaration: VALID } }),
      'tests/suite_classification.toml': '[suite.unit]\nfiles = ["a"]\n',
      'tests/a.rs': '',
      'tests/b.rs': '',
    });
    const { verdict, exitCode } = await verify({ root, mode: 'rollback', now: NOW, write: false });
    expect(exitCode).toBe(0);
    expect(verdict.rollback?.source).toContain('rollback.declaration');
  });

  it('the CLI honours CI_GATE_PROMOTION_MODE and GATE_ENGINE_ROLLBACK_FILE and prints ROLLBACK', () => {
    const root = repo();
    const file = declaration(root, VALID);
    const run = runCli(['verify', '--root', root, '--out', tempDir(), '--now', NOW], { env: { CI_GATE_PROMOTION_MODE: 'rollback', GATE_ENGINE_ROLLBACK_FILE: file } });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('mode ROLLBACK');
    expect(run.stdout).toContain('ROLLBACK MODE — incident INC-2041, owner TopazFalcon, expires 2026-03-12T08:00:00Z');
    expect(run.stdout).toMatch(/verdict WARN \(ROLLBACK: 1 blocking failure\(s\) relaxed\)/);
  });

  it('the CLI refuses rollback mode without a declaration, and a bad CI_GATE_PROMOTION_MODE, with exit 2', () => {
    const root = repo();
    const none = runCli(['verify', '--root', root, '--mode', 'rollback', '--now', NOW]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('rollback mode requires a declaration');
    const bad = runCli(['verify', '--root', root, '--now', NOW], { env: { CI_GATE_PROMOTION_MODE: 'lenient' } });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('CI_GATE_PROMOTION_MODE is "lenient"');
  });
});
