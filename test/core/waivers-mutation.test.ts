/**
 * Mutation-testing survivors of src/core/waivers.ts that could change whether a waiver applies (issue 15): every
 * field is judged for placeholders, dates at their boundaries, the exact problem codes and fields, and the
 * verdict's waiver lists.
 */
import { describe, expect, it } from 'vitest';
import { parseStrictDate } from '../../src/util/time.js';
import type { GateResult, WaiverBook, WaiverEntry } from '../../src/core/types.js';
import { evaluateWaivers, summarizeWaivers, type DeclaredWaiver } from '../../src/core/waivers.js';

const TODAY = '2026-03-10';
const today = (parseStrictDate(TODAY) as { ok: true; value: number }).value;
const RULES = { today, maxDays: 30, expiringSoonDays: 3, gates: new Map([['g', 'threshold'], ['h', 'threshold'], ['w', 'waiver_lifecycle']]) };
const FIELDS = { owner: 'TopazForest', created: '2026-03-01', expires: '2026-03-20', bead: 'bd-1', reason: 'upstream bug', scope: 'both', remove_when: 'bd-1 is fixed' };
const declared = (fields: Record<string, unknown> = {}, gateId = 'g', extra: Partial<DeclaredWaiver> = {}): DeclaredWaiver => ({ gateId, source: 'w.toml', pointer: `/waiver/${gateId}`, value: { ...FIELDS, ...fields }, ...extra });
const one = (fields: Record<string, unknown> = {}, gateId = 'g', extra: Partial<DeclaredWaiver> = {}) => evaluateWaivers([declared(fields, gateId, extra)], RULES)[0] as WaiverEntry;
const problems = (w: WaiverEntry) => w.problems.map((p) => [p.code, p.field]);

describe('waiver fields', () => {
  it('a placeholder in any text field is waiver_field_blank on that field, and the waiver is invalid', () => {
    for (const field of ['owner', 'bead', 'reason', 'scope', 'remove_when']) {
      const w = one({ [field]: 'TODO' });
      expect(w.state, field).toBe('invalid');
      expect(problems(w), field).toContainEqual(['waiver_field_blank', field]);
      expect(w.problems.find((p) => p.field === field)?.message).toBe(`waiver.g.${field} is a placeholder (the placeholder word "todo"): "TODO"; a waiver nobody owns or explains is not a waiver`);
    }
  });
  it('a field left as its own name, or a removal condition that names none, is waiver_field_blank saying which', () => {
    expect(one({ owner: 'Owner' }).problems).toEqual([{ code: 'waiver_field_blank', field: 'owner', message: 'waiver.g.owner is its own field name, left from a template: "Owner"; a waiver nobody owns or explains is not a waiver' }]);
    for (const remove_when of ['never', 'At some point.', 'ASAP!', 'at_some-point']) {
      expect(one({ remove_when }).problems, remove_when).toEqual([{ code: 'waiver_field_blank', field: 'remove_when', message: `waiver.g.remove_when is no condition anyone could check: ${JSON.stringify(remove_when)}; a waiver nobody owns or explains is not a waiver` }]);
    }
    // Only remove_when must name a condition: "at some point" is words a reason may hold (a reason of one word is judged
    // on its own: see below).
    expect(one({ reason: 'at some point' }).state).toBe('active');
  });
  it('vague conditions, one-word reasons, variable issue numbers and machine accounts are waiver_field_blank (red team ze, session 29)', () => {
    const blank = (fields: Record<string, string>, field: string, why: string) =>
      expect(one(fields).problems, JSON.stringify(fields)).toEqual([{ code: 'waiver_field_blank', field, message: `waiver.g.${field} is ${why}: ${JSON.stringify(fields[field])}; a waiver nobody owns or explains is not a waiver` }]);
    for (const remove_when of ['when fixed', 'Once fixed.', 'next release', 'end of sprint', 'after 30 days', 'in 2 weeks', 'within a month', 'TBD-ish', 'soonish', 'once it passes']) blank({ remove_when }, 'remove_when', 'no condition anyone could check');
    for (const reason of ['flaky', 'x', 'Broken', '**upstream**']) blank({ reason }, 'reason', 'one word, a category rather than a reason (say what fails and why)');
    for (const bead of ['bd-12.x', 'bd-N', '#N', 'PROJ-x']) blank({ bead }, 'bead', `no issue in particular (${JSON.stringify(bead)}: its number is a variable's letter)`);
    for (const owner of ['root', 'admin', 'github-actions[bot]', 'CI']) blank({ owner }, 'owner', `no one in particular (${JSON.stringify(owner)})`);
    for (const fields of [{ remove_when: 'when bd-12 is fixed' }, { remove_when: 'next release (2.5.0) ships the parser fix' }, { remove_when: 'the 30-day soak on ARM passes' }, { reason: 'parser bug' }, { reason: 'CVE-2024-1234' }, { reason: '上游缺陷导致两个用例失败' }, { bead: 'bd-12.3' }, { bead: 'bd-12.a' }, { owner: 'release-bot@acme.dev' }, { owner: 'Ruth Ng' }])
      expect(one(fields).state, JSON.stringify(fields)).toBe('active');
  });
  it('a blank date is one problem (waiver_field_blank), not also an invalid date', () => {
    const w = one({ created: '  ' });
    expect(problems(w)).toEqual([['waiver_field_blank', 'created']]);
    expect(w.detail).toBe('invalid: waiver.g.created is blank; a waiver nobody owns or explains is not a waiver');
  });
  it('a date of the wrong type is waiver_field_type only; a missing one waiver_field_missing only', () => {
    expect(problems(one({ expires: 20260320 }))).toEqual([['waiver_field_type', 'expires']]);
    const missing = evaluateWaivers([{ gateId: 'g', source: 'w.toml', pointer: '/waiver/g', value: { ...FIELDS, created: undefined } }], RULES)[0] as WaiverEntry;
    expect(problems(missing)).toEqual([['waiver_field_missing', 'created']]);
  });
  it('an unknown key names itself as the field', () => {
    expect(problems(one({ ownr: 'x' }))).toEqual([['waiver_unknown_field', 'ownr']]);
  });
  it('a valid waiver has no problems and keeps its line', () => {
    const w = one({}, 'g', { line: 7 });
    expect(w).toMatchObject({ state: 'active', problems: [], line: 7, gate_id: 'g', source: 'w.toml', pointer: '/waiver/g', duration_days: 19, days_remaining: 10 });
    expect(w.detail).toBe('active until 2026-03-20 (10 days left; owner: TopazForest, tracking issue: bd-1)');
    expect(one()).not.toHaveProperty('line');
  });
  it('a value that is not a table: waiver_not_table, with no field', () => {
    for (const value of [null, 'x', [1], new Date(0)]) {
      const w = evaluateWaivers([{ gateId: 'g', source: 'w.toml', pointer: '/waiver/g', value }], RULES)[0] as WaiverEntry;
      expect(problems(w)[0]).toEqual(['waiver_not_table', undefined]);
      expect(w.problems[0]).not.toHaveProperty('field');
    }
  });
});

describe('waiver dates at their boundaries (today 2026-03-10)', () => {
  it('created tomorrow is waiver_created_future on created; created today is valid', () => {
    expect(problems(one({ created: '2026-03-11' }))).toEqual([['waiver_created_future', 'created']]);
    expect(one({ created: '2026-03-10' }).state).toBe('active');
  });
  it('expires the day it was created: valid, 0 days long; a day before: waiver_expires_before_created', () => {
    expect(one({ created: '2026-03-10', expires: '2026-03-10' })).toMatchObject({ state: 'expiring_soon', duration_days: 0, problems: [] });
    const w = one({ created: '2026-03-10', expires: '2026-03-09' });
    expect(problems(w)).toEqual([['waiver_expires_before_created', 'expires']]);
    expect(w).toMatchObject({ state: 'invalid', duration_days: -1 });
  });
  it('an invalid waiver keeps its duration only when both dates parse', () => {
    expect(one({ created: '2026-02-30' })).not.toHaveProperty('duration_days');
    expect(one({ expires: 'soon' })).not.toHaveProperty('duration_days');
    expect(one({ created: '2026-03-11' })).toHaveProperty('duration_days', 9);
  });
  it('expires in 2 days: expiring_soon, with how long is left', () => {
    expect(one({ expires: '2026-03-12' }).detail).toBe('expires in 2 days (2026-03-12) — renew it or fix the gate (owner: TopazForest, tracking issue: bd-1)');
  });
});

describe('summarizeWaivers: the verdict\'s waiver lists', () => {
  const book = (entries: WaiverEntry[], broken = false): WaiverBook => ({
    configured: true,
    maxDays: 30,
    expiringSoonDays: 3,
    today: TODAY,
    sources: [{ path: 'w.toml', status: broken ? 'error' : 'ok', waivers: entries.length }] as WaiverBook['sources'],
    entries,
    records: [],
  });
  const result = (id: string, status: GateResult['status'], waiver?: GateResult['waiver']): GateResult => ({
    id, name: id, type: 'threshold', blocking: true, raw_status: status === 'waived' ? 'fail' : status, status, detail: 'd', reproduce_command: 'x', remediation: [], checks: [], artifacts: [], duration_ms: 0, ...(waiver ? { waiver } : {}),
  });
  const entries = evaluateWaivers([declared({}, 'g'), declared({ expires: '2026-03-01', created: '2026-02-20' }, 'h'), declared({}, 'w'), declared({ expires: '2026-03-11' }, 'x')], { ...RULES, gates: new Map([...RULES.gates, ['x', 'threshold']]) });
  const gw = { owner: 'TopazForest', bead: 'bd-1', reason: 'r', created: '2026-03-01', expires: '2026-03-20', scope: 'both', remove_when: 'r', source: 'w.toml', state: 'active', days_remaining: 10 } as const;

  it('applied: waived gates with their waiver; unused: an active waiver for a gate that did not need it', () => {
    const s = summarizeWaivers(book(entries), [result('g', 'waived', gw), result('x', 'pass'), result('h', 'fail')], 'full');
    expect(s.applied).toEqual([{ ...gw, gate_id: 'g', raw_status: 'fail' }]);
    expect(s.unused).toEqual([{ gate_id: 'x', owner: 'TopazForest', bead: 'bd-1', expires: '2026-03-11', source: 'w.toml', gate_status: 'pass' }]);
    expect(s.expired.map((w) => w.gate_id)).toEqual(['h']);
    expect(s.invalid.map((w) => w.gate_id)).toEqual(['w']);
    expect(s.expiring_soon.map((w) => w.gate_id)).toEqual(['x']);
    expect(s).toMatchObject({ configured: true, today: TODAY, max_days: 30, expiring_soon_days: 3, suspended: false, declared: entries });
  });
  it('a gate waived without a waiver record is not listed as applied; a suspended book lists nothing unused', () => {
    const s = summarizeWaivers(book(entries, true), [result('g', 'waived'), result('x', 'pass')], 'full');
    expect(s.applied).toEqual([]);
    expect(s.unused).toEqual([]);
    expect(s.suspended).toBe(true);
  });
  it('a waived gate is never unused, even with an active waiver', () => {
    expect(summarizeWaivers(book(entries), [result('x', 'waived', gw)], 'full').unused).toEqual([]);
  });
});
