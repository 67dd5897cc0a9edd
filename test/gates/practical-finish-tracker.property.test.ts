/**
 * Property test of the tracker reader's compact collector (ids interned into byte arenas, rows as typed-array
 * columns, parent links as offsets): over random small trackers — repeated and conflicting rows, rows with and
 * without updated_at (ties included), parent-child links in any case and through several levels, dotted ids,
 * look-alike prefixes, ids in capitals, an excluded subtree, rows out of scope written before the row linking them,
 * titles outside Latin-1 — it settles the scope exactly as a plain reference model of Maps, Sets and strings does:
 * the same root row, exclusions, conflicts (rows, states, why), linked ids, classification and checkpoint details.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIds, scopeOf, settleRows, validateRow, type Classified, type ConflictingRows, type OpenIssue, type PracticalFinishOptions, type RowFields } from '../../gates/practical-finish/tracker.js';
import '../helpers/fc-seed.js';

const ROOT = 'bd-3ar8v';
const IDS = [ROOT, 'BD-3AR8V', 'bd-3ar8v.1', 'bd-3ar8v.1.2', 'BD-3AR8V.2', 'bd-3ar8v.3', 'bd-3ar8v.7', 'bd-3ar8v.7.1', 'bd-3ar8v.70', 'bd-3ar8vX.1', 'bd-x1', 'Bd-X1', 'bd-x2', 'bd-x2.1', 'bd-y'];
const PARENTS = [...IDS, 'bd-nowhere', 'Bd-3Ar8V.1'];
const STATUSES = ['open', 'closed', ' Closed ', 'in_progress', 'deferred', 'Review', 'tombstone'];
const TYPES = [undefined, 'task', 'bug', ' Docs ', 'feature'];
const LABELS = ['docs', ' Report ', 'perf', ''];
const TITLES = [undefined, '', 'fix it', ' fix it ', 'Über — größer', 'Ω wide title'];
const STAMPS = [undefined, '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', '2026-01-02T00:00:00.000+00:00'];

/** A few ids drawn often, so that ids repeat, out-of-scope ids get linked and links chain. */
const HOT = ['bd-x1', 'bd-x2', 'bd-3ar8v.1', ROOT];
const often = (all: readonly string[]) => fc.oneof({ arbitrary: fc.constantFrom(...HOT), weight: 2 }, { arbitrary: fc.constantFrom(...all), weight: 1 });
const dependency = fc.record({ depends_on_id: often(PARENTS), type: fc.constantFrom('parent-child', 'Parent_Child', 'blocks') });

/** A tracker row; `statuses` and `titles` narrow what rows may say (fewer conflicts, more findings per status). */
const rowValue = (statuses = STATUSES, titles = TITLES) =>
  fc
    .record(
      {
        id: often(IDS),
        status: fc.constantFrom(...statuses),
        issue_type: fc.constantFrom(...TYPES),
        title: fc.constantFrom(...titles),
        labels: fc.option(fc.array(fc.constantFrom(...LABELS), { maxLength: 3 }), { nil: undefined }),
        updated_at: fc.oneof({ arbitrary: fc.constantFrom(...STAMPS.slice(1)), weight: 3 }, { arbitrary: fc.constant(undefined), weight: 1 }),
        dependencies: fc.option(fc.array(dependency, { maxLength: 2 }), { nil: undefined }),
      },
      { requiredKeys: ['id', 'status'] },
    )
    // JSON has no undefined: a field drawn as undefined is absent from the row.
    .map((row) => JSON.parse(JSON.stringify(row)) as unknown);

const options = (follow: boolean): PracticalFinishOptions => ({
  sources: ['.beads/issues.jsonl'],
  scope_root: ROOT,
  exclude: ['bd-3ar8v.7'],
  open_statuses: ['open', 'in_progress'],
  closed_statuses: ['closed', 'tombstone'],
  docs_labels: ['docs', 'report'],
  technical_types: ['bug', 'feature'],
  follow_dependencies: follow,
});

// ---------------------------------------------------------------------------------------------
// The reference model: every row as an object, every id and parent as a string in a Map or Set.

interface ModelRow {
  row: number;
  status: string;
  issueType: string;
  labels: string[];
  title: string;
  updated?: number;
}

interface Model {
  rootRow?: number;
  excluded: number;
  conflicts: ConflictingRows[];
  linked: string[];
  linkedOnly: string[];
  decided: number;
  classified: Classified;
  open: Map<string, OpenIssue>;
}

const sig = (r: ModelRow) => `${r.status} ${r.issueType} [${r.labels.join(',')}] ${r.title}`;
const lower = (values: readonly string[]) => new Set(values.map((v) => v.trim().toLowerCase()));

function normalise(f: RowFields, row: number): ModelRow {
  const labels = [...new Set((f.labels ?? []).map((l) => l.trim().toLowerCase()).filter((l) => l !== ''))].sort();
  return {
    row,
    status: f.status.trim().toLowerCase(),
    issueType: (f.issue_type ?? '').trim().toLowerCase() || 'unknown',
    labels,
    title: (f.title ?? '').trim() || '(untitled)',
    ...(f.updated_at !== undefined ? { updated: Date.parse(f.updated_at) } : {}),
  };
}

function model(rows: readonly RowFields[], o: PracticalFinishOptions): Model {
  const open = lower(o.open_statuses);
  const closed = lower(o.closed_statuses);
  const docsLabels = lower(o.docs_labels);
  const technical = lower(o.technical_types ?? []);
  const kept = new Map<string, ModelRow[]>();
  const early = new Map<string, ModelRow[]>();
  const parents = new Map<string, Set<string>>();
  const dotted = new Set<string>();
  const excluded = new Set<string>();
  let rootRow: number | undefined;
  rows.forEach((f, n) => {
    const row = n + 1;
    const id = f.id.trim();
    const scope = scopeOf(id, o.scope_root, o.exclude);
    const named = (f.dependencies ?? []).flatMap((d) => {
      const dep = d as { type: string; depends_on_id: string };
      return dep.type.trim().toLowerCase().replace(/_/g, '-') === 'parent-child' ? [dep.depends_on_id.trim()] : [];
    });
    for (const p of named) parents.set(id, (parents.get(id) ?? new Set()).add(p));
    if (scope === 'root') rootRow = row;
    else if (scope === 'excluded') excluded.add(id);
    else {
      const r = normalise(f, row);
      if (scope === 'out' && named.length === 0 && !kept.has(id)) {
        if (!closed.has(r.status)) early.set(id, [...(early.get(id) ?? []), r]);
      } else {
        if (scope === 'in') dotted.add(id);
        kept.set(id, [...(kept.get(id) ?? []), r]);
      }
    }
  });

  // Reached: linked by a parent-child chain (parents matched ignoring case) to the root or a dotted id, never
  // through an excluded id or the root.
  const reached = new Set<string>();
  const queue = [o.scope_root, ...dotted];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const at = (queue.pop() as string).toLowerCase();
    for (const [child, ps] of parents) {
      if (seen.has(child) || ![...ps].some((p) => p.toLowerCase() === at)) continue;
      seen.add(child);
      const scope = scopeOf(child, o.scope_root, o.exclude);
      if (scope === 'excluded' || scope === 'root') continue;
      if (!dotted.has(child)) reached.add(child);
      queue.push(child);
    }
  }
  const follow = o.follow_dependencies !== false;
  const linkedAll = [...reached].filter((id) => kept.has(id)).sort(compareIds);

  const conflicts: ConflictingRows[] = [];
  const classified: Classified = { inScope: 0, closed: 0, technical: [], docs: [], unknown: new Map() };
  const openDetails = new Map<string, OpenIssue>();
  let decided = 0;
  for (const [id, states] of kept) {
    if (!dotted.has(id) && !(follow && reached.has(id))) continue;
    const differ = (early.get(id) ?? []).filter((e) => !states.some((s) => sig(s) === sig(e)));
    if (differ.length > 0) {
      const all = [...states.map((s) => ({ row: s.row, text: sig(s) })), ...differ.map((e) => ({ row: e.row, text: 'not closed, before the row linking it to the scope' }))].sort((a, b) => a.row - b.row);
      const conflict = (why: ConflictingRows['why']) => conflicts.push({ id, rows: all.map((r) => r.row), states: all.map((r) => r.text), why });
      if ([...states, ...differ].some((s) => s.updated === undefined)) {
        conflict('no_updated_at');
        continue;
      }
      const keptLatest = Math.max(...states.map((s) => s.updated as number));
      if (differ.some((e) => (e.updated as number) >= keptLatest)) {
        conflict('unlinked_latest');
        continue;
      }
    }
    let chosen = states[0] as ModelRow;
    if (!states.every((s) => sig(s) === sig(chosen))) {
      const why = states.some((s) => s.updated === undefined) ? 'no_updated_at' : undefined;
      const latest = Math.max(...states.map((s) => s.updated ?? 0));
      const winners = states.filter((s) => s.updated === latest);
      if (why !== undefined || winners.some((w) => sig(w) !== sig(winners[0] as ModelRow))) {
        conflicts.push({ id, rows: states.map((s) => s.row), states: states.map(sig), why: why ?? 'tie' });
        continue;
      }
      decided++;
      chosen = winners[0] as ModelRow;
    }
    classified.inScope++;
    if (open.has(chosen.status)) {
      const docs = chosen.issueType === 'docs' || (!technical.has(chosen.issueType) && chosen.labels.some((l) => docsLabels.has(l)));
      (docs ? classified.docs : classified.technical).push(id);
      openDetails.set(id, { id, title: chosen.title, status: chosen.status, issue_type: chosen.issueType, labels: chosen.labels, docs });
    } else if (closed.has(chosen.status)) classified.closed++;
    else {
      const group = classified.unknown.get(chosen.status);
      if (group === undefined) classified.unknown.set(chosen.status, { ids: [id], row: chosen.row });
      else {
        group.ids.push(id);
        group.row = Math.min(group.row, chosen.row);
      }
    }
  }
  conflicts.sort((a, b) => compareIds(a.id, b.id));
  classified.technical.sort(compareIds);
  classified.docs.sort(compareIds);
  for (const group of classified.unknown.values()) group.ids.sort(compareIds);
  return { ...(rootRow !== undefined ? { rootRow } : {}), excluded: excluded.size, conflicts, linked: follow ? linkedAll : [], linkedOnly: follow ? [] : linkedAll, decided, classified, open: openDetails };
}

// ---------------------------------------------------------------------------------------------

function validated(values: readonly unknown[]): RowFields[] {
  return values.map((v) => {
    const checked = validateRow(v);
    if (!checked.ok) throw new Error(`generated an invalid row: ${checked.problem.message}`);
    return checked.fields;
  });
}

describe('practical_finish_checkpoint: the compact tracker collector against a reference model', () => {
  const agree = (rows: fc.Arbitrary<unknown>, runs: number) =>
    fc.assert(
      fc.property(fc.array(rows, { maxLength: 30 }), fc.boolean(), (values, follow) => {
        const rows = validated(values);
        const o = options(follow);
        const expected = model(rows, o);
        const settled = settleRows(rows.map((fields, n) => ({ fields, row: n + 1 })), o);
        expect(settled.rootRow).toBe(expected.rootRow);
        expect(settled.excluded).toBe(expected.excluded);
        expect(settled.conflicts).toEqual(expected.conflicts);
        expect(settled.linked).toEqual(expected.linked);
        expect(settled.linkedOnly).toEqual(expected.linkedOnly);
        expect(settled.decided).toBe(expected.decided);
        expect(settled.classified.inScope).toBe(expected.classified.inScope);
        expect(settled.classified.closed).toBe(expected.classified.closed);
        expect(settled.classified.technical).toEqual(expected.classified.technical);
        expect(settled.classified.docs).toEqual(expected.classified.docs);
        // Map order is the order findings come in: entries, not just contents.
        expect([...settled.classified.unknown]).toEqual([...expected.classified.unknown]);
        for (const id of [...expected.classified.technical, ...expected.classified.docs]) expect(settled.openIssue(id)).toEqual(expected.open.get(id));
      }),
      { numRuns: runs },
    );

  it('settles the same scope, conflicts and classification on random small trackers', () => agree(rowValue(), 2000));

  // Statuses neither open nor closed, rows that mostly agree: several unknown_status findings, whose order is the
  // order their statuses were first met in the rows in scope.
  it('reports unknown statuses in the same order', () => agree(rowValue(['deferred', 'Review', 'parked', 'closed'], ['fix it']), 1000));
});

describe('practical_finish_checkpoint: every spelling of a field and every type field of a link is read (session 32 tk)', () => {
  const problem = (v: unknown) => {
    const checked = validateRow(v);
    return checked.ok ? undefined : checked.problem;
  };
  const base = { id: 'bd-3ar8v.2', status: 'closed', issue_type: 'task', title: 'Work item', labels: ['perf'], updated_at: '2026-03-02T10:00:00Z', parent: 'bd-3ar8v', close_reason: 'Merged in #418' };
  /** Another spelling of a key: other case, padded, an invisible character, a Cyrillic look-alike letter. */
  const respelt = fc.constantFrom(
    (k: string) => k.toUpperCase(),
    (k: string) => `${(k[0] as string).toUpperCase()}${k.slice(1)}`,
    (k: string) => `${k} `,
    (k: string) => `${k}\u200b`,
    (k: string) => k.replace('a', '\u0430').replace('e', '\u0435').replace('o', '\u043e').replace('i', '\u0456'),
  );
  const fields = ['id', 'status', 'issue_type', 'title', 'labels', 'updated_at', 'parent', 'close_reason'] as const;

  it('a read field written again under another spelling of its key is duplicate_key; that spelling alone is malformed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fields), respelt, fc.boolean(), (field, spell, twice) => {
        const key = spell(field);
        fc.pre(key !== field);
        const row: Record<string, unknown> = { ...base, [key]: base[field] };
        if (!twice) delete row[field];
        const found = problem(row);
        expect(found?.code).toBe(twice ? 'duplicate_key' : 'malformed');
        expect(found?.pointer).toBe(`/${key}`);
      }),
    );
  });

  it('a dependency or dependent key spelt otherwise is refused too; keys the gate does not read, and nested ones, are left', () => {
    const dep = { issue_id: 'bd-3ar8v.2', depends_on_id: 'bd-3ar8v', type: 'parent-child' };
    expect(problem({ ...base, dependencies: [{ ...dep, Type: 'blocks' }] })).toMatchObject({ code: 'duplicate_key', pointer: '/dependencies/0/Type' });
    expect(problem({ ...base, dependencies: [{ ...dep, DEPENDS_ON_ID: 'bd-77' }] })).toMatchObject({ code: 'duplicate_key', pointer: '/dependencies/0/DEPENDS_ON_ID' });
    expect(problem({ ...base, dependents: [{ id: 'bd-9', Dependency_Type: 'parent-child', type: 'blocks' }] })).toMatchObject({ code: 'malformed', pointer: '/dependents/0/Dependency_Type' });
    expect(problem({ ...base, Description: 'x', description: 'y', metadata: { Status: 'open', status: 'closed' }, comments: [{ Status: 'open' }], dependencies: [{ ...dep, Created_By: 'a', created_by: 'b' }] })).toBeUndefined();
  });

  const plainTypes = fc.constantFrom('blocks', 'related', 'discovered-from', 'parent-child', 'waits-for');
  const key = (t: string) => t.trim().toLowerCase().replace(/_/g, '-');

  it('a dependent or dependency whose type and dependency_type name different types is malformed, whichever comes first', () => {
    fc.assert(
      fc.property(plainTypes, plainTypes, fc.boolean(), (a, b, dependents) => {
        fc.pre(key(a) !== key(b));
        const row = dependents ? { ...base, dependents: [{ id: 'bd-9', dependency_type: a, type: b }] } : { ...base, dependencies: [{ issue_id: 'bd-3ar8v.2', depends_on_id: 'bd-3ar8v', type: a, dependency_type: b }] };
        expect(problem(row)).toMatchObject({ code: 'malformed', pointer: `/${dependents ? 'dependents' : 'dependencies'}/0/dependency_type` });
      }),
    );
  });

  it('a dependent type written with a look-alike, full-width or invisible letter, or a space, is malformed: never read as a harmless type', () => {
    const disguise = fc.constantFrom((t: string) => t.replace('o', '\u043e').replace('a', '\u0430'), (t: string) => [...t].map((c) => (c === '-' ? c : String.fromCharCode(c.charCodeAt(0) + 0xfee0))).join(''), (t: string) => `${t.slice(0, 2)}\u200b${t.slice(2)}`, (t: string) => `${t.slice(0, 2)}\u00ad${t.slice(2)}`, (t: string) => t.replace('-', ' '));
    fc.assert(
      fc.property(fc.constantFrom('blocks', 'parent-child', 'related'), disguise, fc.constantFrom('dependency_type', 'type'), (t, spell, field) => {
        const written = spell(t);
        fc.pre(written !== t);
        expect(problem({ ...base, dependents: [{ id: 'bd-9', [field]: written }] })).toMatchObject({ code: 'malformed', pointer: `/dependents/0/${field}` });
      }),
    );
    expect(problem({ ...base, dependents: [{ id: 'bd-9', dependency_type: 7, type: 'blocks' }] })).toMatchObject({ code: 'wrong_type', pointer: '/dependents/0/dependency_type' });
  });

  it('one type written in both fields, in capitals, padded or with an underscore, is read as that type', () => {
    for (const d of [{ dependency_type: 'blocks', type: 'Blocks' }, { dependency_type: 'BLOCKS' }, { type: ' blocks ' }, { dependency_type: 'related', type: 'related' }])
      expect(problem({ ...base, dependents: [{ id: 'bd-9', ...d }] }), JSON.stringify(d)).toBeUndefined();
    expect(problem({ ...base, dependencies: [{ issue_id: 'bd-3ar8v.2', depends_on_id: 'bd-3ar8v', type: 'parent-child', dependency_type: 'Parent_Child' }] })).toBeUndefined();
    expect(problem({ ...base, dependents: [{ id: 'bd-9', dependency_type: 'blocks', type: 'PARENT_CHILD' }] })?.code).toBe('malformed');
  });
});

describe('practical_finish_checkpoint: a child id left as its template wrote it (red team tk, session 32)', () => {
  it('a child segment that is a number variable or a placeholder word, at any depth, is placeholder at /id; numbered children are ids', () => {
    const variable = fc.constantFrom('N', 'X', 'NN', 'XXX', 'n', 'x', 'example', 'sample', 'xxx', 'TBD', 'todo', 'dummy', 'NNNN', 'xx', 'M', 'm', 'N+1', 'n-1', '#N', 'NUM', 'idx', '');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 99 }), { maxLength: 3 }), variable, fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 2 }), (before, segment, after) => {
        const id = ['bd-3ar8v', ...before, segment, ...after].join('.');
        const checked = validateRow({ id, status: 'closed', issue_type: 'task', title: 'Work item' });
        expect(checked.ok, id).toBe(false);
        if (!checked.ok) expect([checked.problem.code, checked.problem.pointer], id).toEqual(['placeholder', '/id']);
        const numbered = ['bd-3ar8v', ...before, ...after].join('.');
        expect(validateRow({ id: numbered, status: 'closed', issue_type: 'task', title: 'Work item' }).ok, numbered).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('practical_finish_checkpoint: child ids a tracker really writes stay ids (session 32 review)', () => {
  it('named and lettered children (docs, v2, 1a, a, N1, k8s) are ids; an empty segment is placeholder', () => {
    for (const id of ['bd-3ar8v.docs', 'bd-3ar8v.v2', 'bd-3ar8v.1a', 'bd-3ar8v.a', 'bd-3ar8v.N1', 'bd-3ar8v.k8s', 'bd-3ar8v.next', 'PROJ-12', 'gh-123'])
      expect(validateRow({ id, status: 'closed', issue_type: 'task', title: 'Work item' }).ok, id).toBe(true);
    for (const id of ['bd-3ar8v.', 'bd-3ar8v..1']) {
      const checked = validateRow({ id, status: 'closed', issue_type: 'task', title: 'Work item' });
      expect(checked.ok ? undefined : checked.problem.code, id).toBe('placeholder');
    }
  });
});
