/**
 * Red-team findings turned into fixtures: a placeholder is never content. Waiver and rollback fields,
 * tracker ids and the engine's own verdict offered as evidence each fail with their exact code.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseStrictDate } from '../../src/util/time.js';
import type { WaiverEntry } from '../../src/core/types.js';
import { validateRollbackDeclaration } from '../../src/core/rollback.js';
import { evaluateWaivers } from '../../src/core/waivers.js';
import { validateRow } from '../../gates/practical-finish/tracker.js';
import { verify } from '../../src/index.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

const PLACEHOLDERS = ['TBD', '${OWNER}', 'ＴＢＤ', 'unknown', '-', 'N/A', '<reason>', '{{ owner }}', '%INCIDENT%', 'None', 'null'];
const today = (parseStrictDate('2026-03-10') as { ok: true; value: number }).value;
const RULES = { today, maxDays: 30, expiringSoonDays: 3, gates: new Map([['ext_must_pass', 'artifact_status']]) };
const WAIVER = { owner: 'TopazForest', created: '2026-03-01', expires: '2026-03-20', bead: 'bd-1f42.4.4', reason: 'upstream QuickJS bug', scope: 'both', remove_when: 'all 208 extensions pass' };

describe('waiver text fields', () => {
  it.each(['owner', 'bead', 'reason', 'remove_when'])('a placeholder %s makes the waiver invalid (waiver_field_blank), never applied', (field) => {
    fc.assert(
      fc.property(fc.constantFrom(...PLACEHOLDERS), (value) => {
        const [entry] = evaluateWaivers([{ gateId: 'ext_must_pass', source: 'w.toml', pointer: '/waiver/ext_must_pass', value: { ...WAIVER, [field]: value } }], RULES) as WaiverEntry[];
        expect(entry?.problems.map((p) => p.code)).toContain('waiver_field_blank');
        expect(entry?.problems.find((p) => p.code === 'waiver_field_blank')?.message).toContain('placeholder');
      }),
    );
  });

  it('a real waiver is still valid', () => {
    const [entry] = evaluateWaivers([{ gateId: 'ext_must_pass', source: 'w.toml', pointer: '/waiver/ext_must_pass', value: WAIVER }], RULES) as WaiverEntry[];
    expect(entry?.problems).toEqual([]);
  });
});

describe('rollback declaration', () => {
  const NOW = new Date('2026-03-10T12:00:00Z');
  const DECL = { reason: 'Hotfix for CVE-2026-1234 must ship', owner: 'TopazFalcon', incident: 'INC-2041', created: '2026-03-10T08:00:00Z', expires: '2026-03-12T08:00:00Z' };
  it.each(['reason', 'owner', 'incident'])('a placeholder %s is rollback_invalid (exit 2), so nothing is relaxed', (field) => {
    for (const value of PLACEHOLDERS) {
      let error: { code?: string; exitCode?: number; message?: string } | undefined;
      try {
        validateRollbackDeclaration({ ...DECL, [field]: value }, 'rollback.yaml', NOW);
      } catch (e) {
        error = e as typeof error;
      }
      expect(error, `${field}=${value}`).toMatchObject({ code: 'rollback_invalid', exitCode: 2 });
      expect(error?.message).toContain(`"${field}" is a placeholder`);
    }
    expect(validateRollbackDeclaration(DECL, 'rollback.yaml', NOW).owner).toBe('TopazFalcon');
  });
});

describe('tracker ids', () => {
  it.each([
    ['placeholder', 'TBD'],
    ['placeholder', '${ID}'],
    ['malformed', 'bd-1\u0000'],
    ['malformed', 'bd-\u0430'],
    // A closed element around a real id is markup, not a <slot>: not a plain id, so malformed (it was `placeholder`).
    ['malformed', '<b>bd-1</b>'],
    ['placeholder', '<b>TBD</b>'],
    ['malformed', '&#98;d-1'],
    ['malformed', 'bd-1\u202e'],
  ])('an id that is not a plain id fails the row: %s (%j)', (code, id) => {
    const result = validateRow({ id, status: 'open', issue_type: 'task', title: 't' });
    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.problem.code).toBe(code);
  });

  it('plain ids pass', () => {
    for (const id of ['bd-12.3', 'pi-1f42.4.4', 'PROJ-7', 'a1']) expect(validateRow({ id, status: 'open', issue_type: 'task', title: 't' }).ok).toBe(true);
  });
});

describe("the engine's own verdict offered as evidence", () => {
  it('a copied verdict under another name is engine_output wherever it lies', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'g', type: 'artifact_status', options: { path: 'e/v.json', pointer: '/verdict', allowed: ['pass'], max_age: '7d' } }]) });
    const first = tempDir();
    const probe = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'ok', type: 'artifact_present', options: { path: 'a.json' } }]), 'a.json': { status: 'pass' } });
    const earlier = await verify({ root: probe, out: first, now: '2026-03-10T12:00:00Z' });
    expect(earlier.verdict.verdict).toBe('pass');
    mkdirSync(join(root, 'e'), { recursive: true });
    copyFileSync(earlier.files.verdict as string, join(root, 'e', 'v.json'));
    const run = await verify({ root, out: tempDir(), now: '2026-03-10T12:00:00Z' });
    expect(run.exitCode).toBe(1);
    expect(run.verdict.gates[0]).toMatchObject({ status: 'fail', reason: 'engine_output' });
  });
});

describe('TOML nested past the limit', () => {
  it.each([
    ['a key dotted 5000 times', `${Array.from({ length: 5000 }, () => 'a').join('.')} = 1\n`],
    ['arrays nested 600 deep', `v = ${'['.repeat(600)}1${']'.repeat(600)}\n`],
  ])('%s is malformed, never crashed', async (_name, toml) => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'g', type: 'artifact_present', options: { path: 'e/a.toml' } }]), 'e/a.toml': toml });
    const run = await verify({ root, out: tempDir(), now: '2026-03-10T12:00:00Z' });
    expect(run.exitCode).toBe(1);
    expect(run.verdict.gates[0]).toMatchObject({ status: 'fail', reason: 'malformed' });
  });
});
