/**
 * What the practical_finish_checkpoint scenarios cannot express: exact row numbers and exit codes,
 * the fallback chain's order (never by mtime) and its refusal to fall through on a broken file, the
 * written checkpoint read back and reused as the committed one, an unwritable checkpoint, a tracker
 * of 50,000 rows with one bad row at the end, abort, rollback, and option-schema rejections.
 */
import { mkdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import gate, { CHECKPOINT_SCHEMA_ID, type Checkpoint } from '../../gates/practical-finish/index.js';
import { compareIds, scopeOf, validateRow } from '../../gates/practical-finish/tracker.js';
import { createGateContext } from '../../src/core/context.js';
import { readWaiverBook } from '../../src/core/waiver-sources.js';
import type { CheckResult } from '../../src/core/types.js';
import { verify } from '../../src/verify.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace, writeTree } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';
const ISSUES = '.beads/issues.jsonl';
const BASE = '.beads/beads.base.jsonl';
const WRITTEN = 'practical_finish_checkpoint.json';

const row = (id: string, status: string, extra: Record<string, unknown> = {}) => JSON.stringify({ id, status, issue_type: 'task', title: `Work ${id}`, ...extra });
const jsonl = (...rows: string[]) => rows.map((r) => `${r}\n`).join('');
const ROOT_ROW = row('bd-3ar8v', 'open', { issue_type: 'epic' });

/** The reference project's scope (the gate has no default scope: a project names its own epic). */
const SCOPE = { scope_root: 'bd-3ar8v', exclude: ['bd-3ar8v.7'] };
const config = (options: Record<string, unknown> = {}) => configYaml([{ id: 'pf', type: 'practical_finish_checkpoint', options: { ...SCOPE, ...options } }]);

async function run(root: string, out = tempDir()) {
  const result = await verify({ root, out, now: NOW });
  const g = result.verdict.gates[0];
  if (g === undefined) throw new Error('no gate in the verdict');
  return { result, gate: g, findings: g.checks.filter((c) => c.status !== 'pass'), out };
}

const brief = (c: CheckResult) => [c.id, c.code, c.path ?? null, c.row ?? null, c.pointer ?? null];

/**
 * The gate writes into the run's staging directory (outputs land together), so an obstacle in the
 * previous outputs cannot stop it; an earlier command of the same run planting one in the staging can.
 */
async function runWithObstacle(root: string, name: string) {
  const out = tempDir();
  writeFileSync(join(out, 'previous.txt'), 'a non-empty output directory stages in .gate-engine-tmp-*');
  const configPath = join(root, 'gate-engine.config.yaml');
  const config = parse(readFileSync(configPath, 'utf8')) as { gates: unknown[] };
  config.gates.unshift({ id: 'plant', type: 'command', options: { shell: true, run: `for d in '${out}'/.gate-engine-tmp-*; do mkdir -p "$d/${name}/occupied"; done` } });
  writeFileSync(configPath, stringify(config));
  const result = await verify({ root, out, now: NOW });
  const gate = result.verdict.gates[1];
  if (gate === undefined) throw new Error('no gate in the verdict');
  return { gate, findings: gate.checks.filter((c) => c.status !== 'pass') };
}

const check = (checks: CheckResult[], id: string) => checks.find((c) => c.id === id);

describe('practical_finish_checkpoint: rows', () => {
  it('a malformed row 7 fails the gate naming row 7 of the source, with exit code 1', async () => {
    const rows = [ROOT_ROW, row('bd-3ar8v.1', 'closed'), '', row('bd-3ar8v.2', 'closed'), row('bd-1f42.1', 'open'), row('bd-3ar8v.3', 'closed'), '{"id":"bd-3ar8v.4","status":"closed"', row('bd-3ar8v.5', 'closed')];
    const root = workspace({ 'gate-engine.config.yaml': config(), [ISSUES]: jsonl(...rows) });
    const { result, gate: g, findings } = await run(root);
    expect(result.exitCode).toBe(1);
    expect(result.verdict.verdict).toBe('fail');
    expect(g).toMatchObject({ status: 'fail', reason: 'malformed' });
    expect(findings.map(brief)).toEqual([['tracker', 'malformed', ISSUES, 7, '']]);
    expect(findings[0]?.message).toMatch(/^\.beads\/issues\.jsonl row 7, column \d+: /);
  });

  it('a wrongly typed out-of-scope row after 50,000 good ones still fails, naming its row', async () => {
    const rows = [ROOT_ROW];
    for (let i = 0; i < 50_000; i++) rows.push(row(i % 2 === 0 ? `bd-3ar8v.${i % 50}.${i}` : `bd-other.${i}`, i % 3 === 0 ? 'open' : 'closed', { labels: ['docs'] }));
    rows.push('{"id":"bd-other.x","status":"closed","title":null}');
    const root = workspace({ 'gate-engine.config.yaml': config(), [ISSUES]: jsonl(...rows) });
    const { result, findings } = await run(root);
    expect(result.exitCode).toBe(1);
    expect(findings.map(brief)).toEqual([['tracker', 'wrong_type', ISSUES, 50_002, '/title']]);
    expect(findings[0]?.message).toBe('.beads/issues.jsonl row 50002: /title must be a string, found null');
  });

  it('validateRow: a status that is blank or a placeholder is placeholder at /status; real statuses pass', () => {
    for (const status of ['', '   ', '\u200b', '\u2800', 'undefined', 'TODO', 'ＮＵＬＬ', 'n/a', '${STATUS}', '{{ status }}', '%STATUS%', '<status>', '???']) {
      expect(validateRow({ id: 'bd-1', status }), JSON.stringify(status)).toMatchObject({ ok: false, problem: { code: 'placeholder', pointer: '/status', actual: status } });
    }
    for (const status of ['open', 'closed', 'in_progress', 'blocked', 'deferred', 'Tombstone']) expect(validateRow({ id: 'bd-1', status })).toMatchObject({ ok: true });
  });

  it('validateRow: a close reason that quotes a slot in prose of its own is a reason; one made of slots, or holding a template engine\'s, is placeholder (session 31)', () => {
    const reason = (close_reason: string) => validateRow({ id: 'bd-1', status: 'closed', close_reason });
    for (const r of ['Fixed: Daemon now automatically uses /tmp/beads-{hash}/daemon.sock for deep directory paths', "All 4 resurrection code paths now log 'Issue <id> resurrected' in debug mode", 'Format strings now print %s for every missing field in the exported rows']) {
      expect(reason(r), r).toMatchObject({ ok: true });
    }
    for (const r of ['Fixed in <PR>', '{hash}', 'Closed by {{ user }} on {{ date }}: {{ reason }}', 'This issue was closed automatically because {{ reason }}', 'TODO: fill in the reason ${REASON} before closing this issue please', 'TBD <id>', 'Fixed in <PR>, verified by <reviewer> on the staging cluster today']) {
      expect(reason(r), r).toMatchObject({ ok: false, problem: { code: 'placeholder', pointer: '/close_reason' } });
    }
  });

  it('validateRow: a parent that is a placeholder is placeholder at /parent (review, session 31)', () => {
    for (const parent of ['TODO', 'undefined', 'xxx']) expect(validateRow({ id: 'bd-1', status: 'open', parent }), parent).toMatchObject({ ok: false, problem: { code: 'placeholder', pointer: '/parent' } });
    expect(validateRow({ id: 'bd-1.2', status: 'open', parent: 'bd-1' })).toMatchObject({ ok: true });
  });

  it('validateRow: a dependency type is plain ASCII letters, digits, _ and -; an issue id may also hold . : / # +', () => {
    const dep = (d: Record<string, unknown>) => validateRow({ id: 'bd-1', status: 'open', dependencies: [d] });
    for (const type of ['parent.child', 'parent-child:x', 'parent#child', 'parent/child', 'parent+child']) {
      expect(dep({ type, depends_on_id: 'bd-2' }), type).toMatchObject({ ok: false, problem: { code: 'malformed', pointer: '/dependencies/0/type', actual: type } });
    }
    for (const depends_on_id of ['bd-2.1', 'gh:org/repo#12', 'bd_2+x']) expect(dep({ type: 'parent-child', depends_on_id }), depends_on_id).toMatchObject({ ok: true });
    expect(dep({ type: 'blocks', depends_on_id: '.bd-2' })).toMatchObject({ ok: false, problem: { code: 'malformed', pointer: '/dependencies/0/depends_on_id' } });
  });

  it('validateRow: explicit null or a wrong type is an error for optional fields too; unknown fields are ignored', () => {
    expect(validateRow({ id: 'a', status: 'open', priority: 2, assignee: null })).toMatchObject({ ok: true });
    expect(validateRow({ id: 'a', status: 'open', dependencies: null })).toMatchObject({ ok: false, problem: { code: 'wrong_type', pointer: '/dependencies' } });
    expect(validateRow({ id: 'a', status: 'open', updated_at: '2026-03-10 12:00' })).toMatchObject({ ok: false, problem: { code: 'wrong_type', pointer: '/updated_at' } });
    expect(validateRow({ id: '\u200b', status: 'open' })).toMatchObject({ ok: false, problem: { code: 'placeholder', pointer: '/id' } });
    expect(validateRow({ id: 'a', status: 'open', issue_type: null })).toMatchObject({ ok: false, problem: { code: 'wrong_type', pointer: '/issue_type' } });
    expect(validateRow({ id: 'a', status: 'open', labels: null })).toMatchObject({ ok: false, problem: { code: 'wrong_type', pointer: '/labels' } });
    expect(validateRow({ id: 'a', status: 'open', labels: 'docs' })).toMatchObject({ ok: false, problem: { code: 'wrong_type', pointer: '/labels' } });
    expect(validateRow({ id: 7, status: 'open' })).toMatchObject({ ok: false, problem: { code: 'wrong_type', pointer: '/id' } });
    expect(validateRow({ status: 'open' })).toMatchObject({ ok: false, problem: { code: 'missing_field', pointer: '/id' } });
    expect(validateRow({ id: '\t', status: 'open' })).toMatchObject({ ok: false, problem: { code: 'placeholder', pointer: '/id' } });
    expect(validateRow('bd-1')).toMatchObject({ ok: false, problem: { code: 'wrong_type', pointer: '' } });
    expect(validateRow(null)).toMatchObject({ ok: false, problem: { code: 'wrong_type', pointer: '' } });
  });

  it('validateRow: every parent link is one the scope can follow from the child\'s own row', () => {
    const row = (extra: Record<string, unknown>) => validateRow({ id: 'bd-9', status: 'open', ...extra });
    expect(row({ parent: 'bd-1' })).toMatchObject({ ok: true, issue: true });
    expect(row({ parent: ' BD-1 ' })).toMatchObject({ ok: true });
    expect(row({ parent: null })).toMatchObject({ ok: false, problem: { code: 'wrong_type', pointer: '/parent' } });
    for (const parent of ['', 'bd-1\u200b', 'bd-\u0430', '<parent>']) expect(row({ parent }), parent).toMatchObject({ ok: false, problem: { code: 'malformed', pointer: '/parent' } });
    expect(row({ dependencies: [{ issue_id: 'BD-9', depends_on_id: 'bd-1', type: 'parent-child' }] })).toMatchObject({ ok: true });
    expect(row({ dependencies: [{ issue_id: 'bd-10', depends_on_id: 'bd-1', type: 'parent-child' }] })).toMatchObject({ ok: false, problem: { code: 'malformed', pointer: '/dependencies/0/issue_id', actual: 'bd-10' } });
    expect(row({ dependencies: [{ issue_id: 9, depends_on_id: 'bd-1', type: 'blocks' }] })).toMatchObject({ ok: false, problem: { code: 'wrong_type', pointer: '/dependencies/0/issue_id' } });
    expect(row({ dependencies: [{ depends_on_id: 'bd-1', dep_type: 'parent-child' }] })).toMatchObject({ ok: false, problem: { code: 'missing_field', pointer: '/dependencies/0/type' } });
    expect(row({ dependencies: [{ type: 'parent-child', parent_id: 'bd-1' }] })).toMatchObject({ ok: false, problem: { code: 'missing_field', pointer: '/dependencies/0/depends_on_id' } });
    expect(row({ dependents: [{ id: 'bd-77', dependency_type: 'blocks' }, { id: 'bd-78', type: 'related' }] })).toMatchObject({ ok: true });
    for (const dep of [{ id: 'bd-77', dependency_type: 'Parent_Child' }, { id: 'bd-77', type: 'parent-child' }, { id: 'bd-77' }]) {
      expect(row({ dependents: [dep] }), JSON.stringify(dep)).toMatchObject({ ok: false, problem: { code: 'malformed', pointer: '/dependents/0' } });
    }
    expect(row({ dependents: {} })).toMatchObject({ ok: false, problem: { code: 'wrong_type', pointer: '/dependents' } });
    expect(row({ dependents: ['bd-77'] })).toMatchObject({ ok: false, problem: { code: 'wrong_type', pointer: '/dependents/0' } });
  });

  it('validateRow: bd export\'s _type tags: an issue line is an issue, a memory line is passed over unless it carries an issue\'s fields', () => {
    expect(validateRow({ _type: 'issue', id: 'bd-1', status: 'open' })).toMatchObject({ ok: true, issue: true });
    expect(validateRow({ _type: 'memory', key: 'k', value: 'v' })).toMatchObject({ ok: true, issue: false });
    expect(validateRow({ _type: 'memory', key: 'k', id: 'bd-1' })).toMatchObject({ ok: false, problem: { code: 'malformed', pointer: '/id' } });
    expect(validateRow({ _type: 'memory', status: 'closed' })).toMatchObject({ ok: false, problem: { code: 'malformed', pointer: '/status' } });
    for (const tag of ['Issue', 'memоry', 'comment', '']) expect(validateRow({ _type: tag, id: 'bd-1', status: 'open' }), tag).toMatchObject({ ok: false, problem: { code: 'malformed', pointer: '/_type' } });
    expect(validateRow({ _type: null, id: 'bd-1', status: 'open' })).toMatchObject({ ok: false, problem: { code: 'wrong_type', pointer: '/_type' } });
    // The next row is judged afresh: a memory line before an issue does not make the issue one.
    expect(validateRow({ id: 'bd-2', status: 'open' })).toMatchObject({ ok: true, issue: true });
  });
});

describe('practical_finish_checkpoint: a scope root the tracker does not hold', () => {
  it('is vacuous, saying where to look', async () => {
    const root = workspace({ 'gate-engine.config.yaml': config({ scope_root: 'bd-nope' }), [ISSUES]: jsonl(ROOT_ROW, row('bd-3ar8v.1', 'closed')) });
    const { gate: g } = await run(root);
    expect(g).toMatchObject({ status: 'fail', reason: 'vacuous' });
    expect(check(g.checks, 'scope')).toMatchObject({
      code: 'vacuous',
      path: ISSUES,
      expected: 'a row with id bd-nope',
      actual: 'absent',
      fix: `check the \`scope_root\` option against ${ISSUES} (ids are matched ignoring case), or export the tracker again`,
    });
  });
});

describe('practical_finish_checkpoint: the source fallback chain', () => {
  it('reads the first source that exists; only "does not exist" moves on, and a fallback read warns naming the file read', async () => {
    const root = workspace({
      'gate-engine.config.yaml': config({ sources: ['a.jsonl', 'b/c.jsonl', 'd.jsonl'] }),
      'd.jsonl': jsonl(ROOT_ROW, row('bd-3ar8v.1', 'closed')),
    });
    const { result, gate: g } = await run(root);
    expect(result.exitCode).toBe(0);
    expect(check(g.checks, 'tracker')).toMatchObject({ status: 'warn', code: 'tracker_fallback', path: 'd.jsonl', message: 'read the fallback d.jsonl (2 rows, every one valid) because the primary export a.jsonl does not exist; a.jsonl, b/c.jsonl do not exist' });
    expect(g.artifacts.map((a) => a.path)).toEqual(['d.jsonl']);
  });

  it('uses the declared order, never the newer file: an older primary with open work fails although the newer base is all closed', async () => {
    const root = workspace({
      'gate-engine.config.yaml': config(),
      [ISSUES]: jsonl(ROOT_ROW, row('bd-3ar8v.1', 'open')),
      [BASE]: jsonl(ROOT_ROW, row('bd-3ar8v.1', 'closed')),
    });
    utimesSync(join(root, ISSUES), new Date('2020-01-01T00:00:00Z'), new Date('2020-01-01T00:00:00Z'));
    utimesSync(join(root, BASE), new Date('2026-03-10T11:00:00Z'), new Date('2026-03-10T11:00:00Z'));
    const { result, findings } = await run(root);
    expect(result.exitCode).toBe(1);
    expect(findings.map(brief)).toEqual([['technical_scope_complete', 'technical_open', ISSUES, null, null]]);
    expect(findings[0]?.actual).toEqual(['bd-3ar8v.1']);
  });

  it('a primary that exists but cannot be read (a directory) fails with unreadable, without falling through', async () => {
    const root = workspace({ 'gate-engine.config.yaml': config(), [BASE]: jsonl(ROOT_ROW, row('bd-3ar8v.1', 'closed')) });
    mkdirSync(join(root, ISSUES), { recursive: true });
    const { result, findings } = await run(root);
    expect(result.exitCode).toBe(1);
    expect(findings.map(brief)).toEqual([['tracker', 'unreadable', ISSUES, null, null]]);
  });

  it('a primary that is a dangling symlink fails with unreadable (a link names a file that should be there), without falling through to the base file', async () => {
    const root = workspace({ 'gate-engine.config.yaml': config(), [BASE]: jsonl(ROOT_ROW, row('bd-3ar8v.1', 'closed')) });
    mkdirSync(join(root, '.beads'), { recursive: true });
    symlinkSync(join(root, 'exports/gone.jsonl'), join(root, ISSUES));
    const { result, findings } = await run(root);
    expect(result.exitCode).toBe(1);
    expect(findings.map(brief)).toEqual([['tracker', 'unreadable', ISSUES, null, null]]);
  });

  it('a source outside the root is refused (outside_root), never skipped', async () => {
    const root = workspace({ 'gate-engine.config.yaml': config({ sources: ['../elsewhere.jsonl', BASE] }), [BASE]: jsonl(ROOT_ROW, row('bd-3ar8v.1', 'closed')) });
    const { findings } = await run(root);
    expect(findings.map((c) => [c.id, c.code])).toEqual([['tracker', 'outside_root']]);
  });

  it('no source at all is missing, naming every candidate', async () => {
    const root = workspace({ 'gate-engine.config.yaml': config() });
    const { result, findings } = await run(root);
    expect(result.exitCode).toBe(1);
    expect(findings.map(brief)).toEqual([['tracker', 'missing', ISSUES, null, null]]);
    expect(findings[0]?.message).toBe('no tracker source exists: tried .beads/issues.jsonl, .beads/beads.base.jsonl in that order');
  });
});

describe('practical_finish_checkpoint: scope and classification', () => {
  it('scopeOf: descendants by dotted segment; exclusions by dotted segment', () => {
    const ex = ['bd-3ar8v.7'];
    expect(scopeOf('bd-3ar8v', 'bd-3ar8v', ex)).toBe('root');
    expect(scopeOf('bd-3ar8v.1', 'bd-3ar8v', ex)).toBe('in');
    expect(scopeOf('bd-3ar8v.1.2.3', 'bd-3ar8v', ex)).toBe('in');
    expect(scopeOf('bd-3ar8vX.1', 'bd-3ar8v', ex)).toBe('out');
    expect(scopeOf('bd-3ar8v-2', 'bd-3ar8v', ex)).toBe('out');
    expect(scopeOf('bd-3ar8v.7', 'bd-3ar8v', ex)).toBe('excluded');
    expect(scopeOf('bd-3ar8v.7.12', 'bd-3ar8v', ex)).toBe('excluded');
    expect(scopeOf('bd-3ar8v.70', 'bd-3ar8v', ex)).toBe('in');
    expect(scopeOf('bd-3ar8v.70.4', 'bd-3ar8v', ex)).toBe('in');
  });

  it('compareIds orders by numeric segment', () => {
    expect(['bd-3ar8v.10', 'bd-3ar8v.2', 'bd-3ar8v.2.1', 'bd-3ar8v.1'].sort(compareIds)).toEqual(['bd-3ar8v.1', 'bd-3ar8v.2', 'bd-3ar8v.2.1', 'bd-3ar8v.10']);
  });

  it('technical_open lists every open technical id in actual, a parent next to its docs child', async () => {
    const root = workspace({
      'gate-engine.config.yaml': config(),
      [ISSUES]: jsonl(ROOT_ROW, row('bd-3ar8v.3', 'open', { issue_type: 'feature' }), row('bd-3ar8v.3.1', 'open', { labels: ['Docs'] }), row('bd-3ar8v.3.2', 'blocked'), row('bd-3ar8v.7.1', 'open')),
    });
    const { findings } = await run(root);
    expect(findings.map(brief)).toEqual([['technical_scope_complete', 'technical_open', ISSUES, null, null]]);
    expect(findings[0]).toMatchObject({ expected: [], actual: ['bd-3ar8v.3', 'bd-3ar8v.3.2'] });
  });

  it('technical_open caps the ids in actual at 200 and counts the rest', async () => {
    const rows = [ROOT_ROW, ...Array.from({ length: 250 }, (_, i) => row(`bd-3ar8v.${i + 100}`, 'open'))];
    const root = workspace({ 'gate-engine.config.yaml': config(), [ISSUES]: jsonl(...rows) });
    const { findings } = await run(root);
    const actual = findings[0]?.actual as string[];
    expect(actual).toHaveLength(201);
    expect(actual[0]).toBe('bd-3ar8v.100');
    expect(actual[200]).toBe('(+50 more)');
    expect(findings[0]?.message).toContain('250 technical issues under bd-3ar8v still open: bd-3ar8v.100, bd-3ar8v.101, bd-3ar8v.102, bd-3ar8v.103, bd-3ar8v.104, ...');
  });
});

describe('practical_finish_checkpoint: the written checkpoint', () => {
  const tracker = jsonl(
    ROOT_ROW,
    row('bd-3ar8v.2', 'open', { issue_type: ' Feature ', title: '  Parallel dispatch  ', labels: ['Perf', ' runtime', 'perf', ''] }),
    row('bd-3ar8v.10', ' In_Progress ', { issue_type: '', title: '   ', labels: [] }),
    JSON.stringify({ id: 'bd-3ar8v.11', status: 'open' }),
    row('bd-3ar8v.3', 'open', { issue_type: 'docs', title: 'Runbook', labels: ['Release', 'DOCS-LAST'] }),
    row('bd-3ar8v.4', 'closed'),
  );

  it('is the reference schema, built from the normalised tracker, generated_at = now', async () => {
    const root = workspace({ 'gate-engine.config.yaml': config({ write_checkpoint: WRITTEN }), [ISSUES]: tracker });
    const { result, gate: g, out } = await run(root);
    expect(result.exitCode).toBe(1);
    expect(check(g.checks, 'checkpoint_written')).toMatchObject({ status: 'pass', actual: WRITTEN });
    const text = readFileSync(join(out, WRITTEN), 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    const written = JSON.parse(text) as Checkpoint;
    expect(Object.keys(written)).toEqual([
      'schema',
      'generated_at',
      'status',
      'detail',
      'technical_completion_reached',
      'residual_open_scope',
      'open_perf3x_count',
      'technical_open_count',
      'docs_or_report_open_count',
      'technical_open_issues',
      'docs_or_report_open_issues',
    ]);
    expect(written).toEqual({
      schema: CHECKPOINT_SCHEMA_ID,
      generated_at: '2026-03-10T12:00:00.000Z',
      status: 'fail',
      detail: 'Practical-finish checkpoint not reached: 3 technical issues under bd-3ar8v still open: bd-3ar8v.2, bd-3ar8v.10, bd-3ar8v.11.',
      technical_completion_reached: false,
      residual_open_scope: 'technical_remaining',
      open_perf3x_count: 4,
      technical_open_count: 3,
      docs_or_report_open_count: 1,
      technical_open_issues: [
        { id: 'bd-3ar8v.2', title: 'Parallel dispatch', status: 'open', issue_type: 'feature', labels: ['perf', 'runtime'] },
        { id: 'bd-3ar8v.10', title: '(untitled)', status: 'in_progress', issue_type: 'unknown', labels: [] },
        { id: 'bd-3ar8v.11', title: '(untitled)', status: 'open', issue_type: 'unknown', labels: [] },
      ],
      docs_or_report_open_issues: [{ id: 'bd-3ar8v.3', title: 'Runbook', status: 'open', issue_type: 'docs', labels: ['docs-last', 'release'] }],
    });
  });

  it('a pass checkpoint, committed, is accepted by a later run — and rejected once the tracker moves on', async () => {
    const passing = jsonl(ROOT_ROW, row('bd-3ar8v.1', 'closed'), row('bd-3ar8v.3', 'open', { labels: ['report'] }));
    const root = workspace({ 'gate-engine.config.yaml': config({ write_checkpoint: WRITTEN }), [ISSUES]: passing });
    const first = await run(root);
    expect(first.result.exitCode).toBe(0);
    const written = JSON.parse(readFileSync(join(first.out, WRITTEN), 'utf8')) as Checkpoint;
    expect(written).toMatchObject({ status: 'pass', detail: 'Practical-finish checkpoint reached: technical scope under bd-3ar8v complete; 1 docs/report issue remains.', residual_open_scope: 'docs_or_report_only' });

    writeTree(root, { 'tests/cp.json': readFileSync(join(first.out, WRITTEN)), 'gate-engine.config.yaml': config({ checkpoint: 'tests/cp.json' }) });
    const agreed = await run(root);
    expect(agreed.result.exitCode).toBe(0);
    expect(check(agreed.gate.checks, 'checkpoint')?.message).toContain('tests/cp.json agrees with .beads/issues.jsonl');

    writeTree(root, { [ISSUES]: jsonl(ROOT_ROW, row('bd-3ar8v.1', 'open'), row('bd-3ar8v.3', 'open', { labels: ['report'] })) });
    const moved = await run(root);
    expect(moved.result.exitCode).toBe(1);
    expect(moved.findings.map((c) => [c.id, c.code, c.pointer ?? null])).toEqual([
      ['technical_scope_complete', 'technical_open', null],
      ['checkpoint', 'checkpoint_mismatch', '/status'],
      ['checkpoint', 'checkpoint_mismatch', '/open_perf3x_count'],
      ['checkpoint', 'checkpoint_mismatch', '/technical_open_count'],
      ['checkpoint', 'checkpoint_mismatch', '/technical_open_issues'],
    ]);
    expect(moved.findings[3]).toMatchObject({ expected: 1, actual: 0, path: 'tests/cp.json' });
  });

  it('is not written when the tracker proved nothing (vacuous scope)', async () => {
    const root = workspace({ 'gate-engine.config.yaml': config({ write_checkpoint: WRITTEN }), [ISSUES]: jsonl(ROOT_ROW) });
    const { findings, gate: g, out } = await run(root);
    expect(findings.map((c) => [c.id, c.code])).toEqual([['scope', 'vacuous']]);
    expect(check(g.checks, 'checkpoint_written')).toBeUndefined();
    expect(() => readFileSync(join(out, WRITTEN))).toThrow();
  });

  it('an output directory that cannot take the checkpoint fails with checkpoint_unwritable', async () => {
    const root = workspace({ 'gate-engine.config.yaml': config({ write_checkpoint: WRITTEN }), [ISSUES]: jsonl(ROOT_ROW, row('bd-3ar8v.1', 'closed')) });
    const { gate: g, findings } = await runWithObstacle(root, WRITTEN);
    expect(g).toMatchObject({ status: 'fail', reason: 'checkpoint_unwritable' });
    expect(findings.map(brief)).toEqual([['checkpoint_written', 'checkpoint_unwritable', null, null, null]]);
  });
});

describe('practical_finish_checkpoint: committed checkpoint corner cases', () => {
  const good: Checkpoint = {
    schema: CHECKPOINT_SCHEMA_ID,
    generated_at: '2026-03-10T08:00:00Z',
    status: 'pass',
    detail: 'Practical-finish checkpoint reached: no open PERF-3X issues remain.',
    technical_completion_reached: true,
    residual_open_scope: 'none',
    open_perf3x_count: 0,
    technical_open_count: 0,
    docs_or_report_open_count: 0,
    technical_open_issues: [],
    docs_or_report_open_issues: [],
  };
  const closedTracker = jsonl(ROOT_ROW, row('bd-3ar8v.1', 'closed'));
  const findingsFor = async (cp: unknown) => {
    const root = workspace({ 'gate-engine.config.yaml': config({ checkpoint: 'cp.json' }), [ISSUES]: closedTracker, 'cp.json': JSON.stringify(cp, null, 2) });
    return (await run(root)).findings.map((c) => [c.code, c.pointer]);
  };

  it('every absent field is its own missing_field finding (nothing defaults to 0)', async () => {
    const { technical_open_count: _t, docs_or_report_open_issues: _d, technical_completion_reached: _c, ...rest } = good;
    expect(await findingsFor(rest)).toEqual([
      ['missing_field', '/technical_completion_reached'],
      ['missing_field', '/technical_open_count'],
      ['missing_field', '/docs_or_report_open_issues'],
    ]);
  });

  it('issue entries are typed and complete; a blank entry id is a placeholder', async () => {
    const entry = { id: 'bd-3ar8v.1', title: 't', status: 'open', issue_type: 'task', labels: ['a'] };
    const cp = { ...good, status: 'fail', technical_completion_reached: false, residual_open_scope: 'technical_remaining', open_perf3x_count: 3, technical_open_count: 3, technical_open_issues: [{ ...entry, labels: [1] }, { ...entry, id: ' ' }, { id: 'bd-3ar8v.2', title: 't', status: 'open', issue_type: 'task' }] };
    expect(await findingsFor(cp)).toEqual([
      ['wrong_type', '/technical_open_issues/0/labels/0'],
      ['missing_field', '/technical_open_issues/2/labels'],
      ['placeholder', '/technical_open_issues/1/id'],
    ]);
  });

  it('a negative count, a boolean as a string and a blank detail are each reported', async () => {
    expect(await findingsFor({ ...good, docs_or_report_open_count: -1, technical_completion_reached: 'true', detail: '  ' })).toEqual([
      ['wrong_type', '/technical_completion_reached'],
      ['schema', '/docs_or_report_open_count'],
      ['placeholder', '/detail'],
    ]);
  });

  it('the same issue in both lists is inconsistent', async () => {
    const entry = { id: 'bd-3ar8v.1', title: 't', status: 'open', issue_type: 'task', labels: [] };
    // A detail that agrees with the status (`good`'s says reached, which contradicts a fail: a finding of its own).
    const cp = { ...good, status: 'fail', detail: 'Practical-finish checkpoint not reached.', technical_completion_reached: false, residual_open_scope: 'technical_remaining', open_perf3x_count: 2, technical_open_count: 1, docs_or_report_open_count: 1, technical_open_issues: [entry], docs_or_report_open_issues: [entry] };
    expect(await findingsFor(cp)).toEqual([['checkpoint_inconsistent', '/docs_or_report_open_issues/0/id']]);
  });

  it('a "fail" checkpoint with nothing open disagrees with a tracker that is all closed', async () => {
    // A detail that says neither (`good`'s says reached, which a fail contradicts within the checkpoint).
    expect(await findingsFor({ ...good, status: 'fail', detail: 'Checkpoint written by the nightly job.' })).toEqual([['checkpoint_mismatch', '/status']]);
    expect(await findingsFor({ ...good, status: 'fail' })).toEqual([['checkpoint_inconsistent', '/detail']]);
  });
});

describe('practical_finish_checkpoint: engine contract', () => {
  it('stops early when aborted: nothing is recorded and nothing throws', async () => {
    const root = workspace({ [ISSUES]: jsonl(ROOT_ROW, ...Array.from({ length: 5000 }, (_, i) => row(`bd-3ar8v.${i}`, 'open'))) });
    const controller = new AbortController();
    controller.abort(new Error('time is up'));
    const now = new Date(NOW);
    const handle = createGateContext('pf', { root, outputDir: tempDir(), runId: 'r1', env: {}, now, signal: controller.signal, waivers: await readWaiverBook(undefined, root, now, new Map()) });
    const options = { sources: [ISSUES, BASE], scope_root: 'bd-3ar8v', exclude: [], open_statuses: ['open'], closed_statuses: ['closed'], docs_labels: [], write_checkpoint: WRITTEN };
    await expect(gate.evaluate(handle.ctx, options)).resolves.toBeUndefined();
    expect(handle.evidence.checks).toEqual([]);
  });

  it('rollback relaxes technical_open (sound evidence of unfinished work) but never checkpoint_mismatch', async () => {
    const declaration = { reason: 'Hotfix must ship; perf follow-ups tracked in bd-3ar8v', owner: 'TopazFalcon', incident: 'INC-2041', created: '2026-03-10T08:00:00Z', expires: '2026-03-12T08:00:00Z' };
    const root = workspace({
      'gate-engine.config.yaml': configYaml([
        { id: 'tech', type: 'practical_finish_checkpoint', options: SCOPE },
        { id: 'stale', type: 'practical_finish_checkpoint', options: { ...SCOPE, checkpoint: 'cp.json', sources: [BASE] } },
      ]),
      'rollback.yaml': stringify(declaration),
      [ISSUES]: jsonl(ROOT_ROW, row('bd-3ar8v.1', 'open')),
      [BASE]: jsonl(ROOT_ROW, row('bd-3ar8v.1', 'closed')),
      'cp.json': JSON.stringify({ ...{ schema: CHECKPOINT_SCHEMA_ID, generated_at: '2026-03-10T08:00:00Z', detail: 'x' }, status: 'fail', technical_completion_reached: true, residual_open_scope: 'none', open_perf3x_count: 0, technical_open_count: 0, docs_or_report_open_count: 0, technical_open_issues: [], docs_or_report_open_issues: [] }),
    });
    const { verdict, exitCode } = await verify({ root, mode: 'rollback', rollbackFile: join(root, 'rollback.yaml'), now: NOW, write: false });
    expect(verdict.gates.map((g) => [g.id, g.raw_status, g.status, g.reason])).toEqual([
      ['tech', 'fail', 'warn', 'technical_open'],
      ['stale', 'fail', 'fail', 'checkpoint_mismatch'],
    ]);
    expect(exitCode).toBe(1);
  });

  it('every code in evidenceReasons is one of the gate\'s own reasons', () => {
    const own = Object.keys(gate.reasons ?? {});
    expect(gate.evidenceReasons?.every((code) => own.includes(code))).toBe(true);
    expect(gate.evidenceReasons).not.toContain('technical_open');
  });

  it('refuses options that cannot be right before any gate runs', async () => {
    for (const options of [
      { write_checkpoint: 'full_suite_verdict.json' },
      { write_checkpoint: '../cp.json' },
      { scope_root: 'bd-3ar8v.' },
      { scope_root: 'bd 3ar8v' },
      { exclude: ['bd-3ar8v..7'] },
      { sources: [] },
      { open_statuses: [] },
      { open_statuses: ['  '] },
      { docs_label: ['docs'] },
    ]) {
      const root = workspace({ 'gate-engine.config.yaml': config(options), [ISSUES]: jsonl(ROOT_ROW) });
      await expect(verify({ root, out: tempDir(), now: NOW }), JSON.stringify(options)).rejects.toMatchObject({ code: expect.stringMatching(/^(invalid_options|unknown_key)$/) });
    }
  });

  it('has no default scope: without scope_root the config is refused (exit 2) naming the option', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'pf', type: 'practical_finish_checkpoint' }]), [ISSUES]: jsonl(ROOT_ROW) });
    await expect(verify({ root, out: tempDir(), now: NOW })).rejects.toMatchObject({ code: 'invalid_options', exitCode: 2, message: expect.stringContaining('scope_root') });
  });

  it('artifact_path is the committed checkpoint when set, else the first source', async () => {
    expect(gate.artifactPath?.({ sources: ['x.jsonl'], scope_root: 'r', exclude: [], open_statuses: ['open'], closed_statuses: ['closed'], docs_labels: [] })).toBe('x.jsonl');
    expect(gate.artifactPath?.({ sources: ['x.jsonl'], scope_root: 'r', exclude: [], open_statuses: ['open'], closed_statuses: ['closed'], docs_labels: [], checkpoint: 'cp.json' })).toBe('cp.json');
  });
});
