/**
 * The issue-tracker side of practical_finish_checkpoint: pick the tracker export from a real
 * fallback chain, stream it row by row, validate every row (in scope or not), normalise the rows
 * in scope and keep only what the verdict and the checkpoint need.
 *
 * Memory: a row out of scope is validated and dropped. A row in scope keeps its id and a small
 * number saying closed / open technical / open docs; only when a checkpoint is to be written does
 * an open one also keep its title, status, type and labels (what the checkpoint lists). Strings the
 * JSON parser returns can be slices of the whole line, so kept strings are copied (`detach`), and
 * repeated values (statuses, types, label sets) are shared.
 */
import { promises as fs } from 'node:fs';
import { posix, resolve } from 'node:path';
import {
  ArtifactError,
  type CheckDetail,
  contentProblem,
  describeType,
  type GateContext,
  isBlank,
  parseRfc3339,
  placeholderReason,
  plural,
} from '../../src/sdk/index.js';

/** What an issue id may be made of: printable ASCII that cannot disguise one id as another. */
const PLAIN_ISSUE_ID = /^[A-Za-z0-9][A-Za-z0-9._:/#+-]*$/;

export interface PracticalFinishOptions {
  sources: string[];
  scope_root: string;
  exclude: string[];
  open_statuses: string[];
  closed_statuses: string[];
  docs_labels: string[];
  /** Issue types a docs label can never turn into docs work (issue_type wins). */
  technical_types?: string[];
  /** Scope also follows the tracker's parent-child dependencies, not only dotted ids (default true). */
  follow_dependencies?: boolean;
  checkpoint?: string;
  write_checkpoint?: string;
}

/** An open issue in scope, normalised: what a checkpoint lists (kept only when one is written). */
export interface OpenIssue {
  id: string;
  title: string;
  status: string;
  issue_type: string;
  labels: readonly string[];
  docs: boolean;
}

/** An issue in scope whose status is neither open nor closed. */
interface UnknownStatusIssue {
  unknown: true;
  id: string;
  status: string;
  row: number;
}

/** Without details, an in-scope issue is its id (the map key) and one of these. */
const CLOSED = 0;
const OPEN_TECHNICAL = 1;
const OPEN_DOCS = 2;
type Stored = OpenIssue | UnknownStatusIssue | typeof CLOSED | typeof OPEN_TECHNICAL | typeof OPEN_DOCS;

/** One id written on several rows that disagree, with no updated_at on every row (or a tie) to decide. */
export interface ConflictingRows {
  id: string;
  rows: number[];
  /** What each row says, normalised: `status/issue_type [labels]`. */
  states: string[];
  /** unlinked_latest: the latest row (by updated_at) was written before any row linked the issue to the scope. */
  why: 'no_updated_at' | 'tie' | 'unlinked_latest';
}

export interface Tracker {
  path: string;
  /** Candidates before `path` that do not exist. */
  skipped: string[];
  rows: number;
  rootRow?: number;
  /** In-scope issues by id, last row wins. */
  issues: Map<string, Stored>;
  /** Whether open issues were kept with their details (title, status, type, labels). */
  details: boolean;
  excluded: Set<string>;
  conflicts: ConflictingRows[];
  /** Ids in scope only through a parent-child dependency (taken in with follow_dependencies). */
  linked: string[];
  /** With follow_dependencies off: ids linked to the scope only by a parent-child dependency (left out). */
  linkedOnly: string[];
  /** Rows whose duplicates disagreed and were decided by the latest updated_at. */
  decidedByUpdatedAt: number;
}

export interface Classified {
  inScope: number;
  closed: number;
  /** Ids, in natural order. */
  technical: string[];
  docs: string[];
  /** Status → issues with that status, for statuses that are neither open nor closed. */
  unknown: Map<string, { ids: string[]; row: number }>;
}

const FUTURE_SKEW_MS = 5 * 60_000;

export interface RowProblem {
  code: 'missing_field' | 'wrong_type' | 'placeholder' | 'future' | 'malformed';
  pointer: string;
  message: string;
  expected: unknown;
  actual: unknown;
}

const NO_LABELS: readonly string[] = Object.freeze([]);


/** A copy that does not keep the whole parsed line alive (V8 may return a slice of it). */
function detach(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8');
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A value small enough to show in a finding: primitives as they are, containers by their kind. */
function shown(value: unknown): unknown {
  return value !== null && typeof value === 'object' ? describeType(value) : value;
}

/** Lower-case, trimmed, de-duplicated: how option lists of statuses and labels are compared. */
export function normaliseList(values: readonly string[]): Set<string> {
  return new Set(values.map((v) => v.trim().toLowerCase()));
}

const DOT = 46;
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Natural order of issue ids, without allocating (it sorts hundreds of thousands of ids): digit runs
 * compare as numbers (bd-3ar8v.2 before bd-3ar8v.10), a `.` before any other character (a parent
 * before its siblings' look-alikes), a prefix before its extensions; ties fall back to byte order.
 */
export function compareIds(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isDigit(ca) && isDigit(cb)) {
      let ei = i;
      while (ei < a.length && isDigit(a.charCodeAt(ei))) ei++;
      let ej = j;
      while (ej < b.length && isDigit(b.charCodeAt(ej))) ej++;
      let si = i;
      while (si < ei - 1 && a.charCodeAt(si) === 48) si++;
      let sj = j;
      while (sj < ej - 1 && b.charCodeAt(sj) === 48) sj++;
      if (ei - si !== ej - sj) return ei - si - (ej - sj);
      for (; si < ei; si++, sj++) {
        const d = a.charCodeAt(si) - b.charCodeAt(sj);
        if (d !== 0) return d;
      }
      i = ei;
      j = ej;
      continue;
    }
    if (ca !== cb) {
      if (ca === DOT) return -1;
      if (cb === DOT) return 1;
      return ca - cb;
    }
    i++;
    j++;
  }
  const rest = a.length - i - (b.length - j);
  if (rest !== 0) return rest;
  return a < b ? -1 : a > b ? 1 : 0;
}

export type ScopeVerdict = 'root' | 'in' | 'excluded' | 'out';

/**
 * Descendant by dotted segment: `root.x` is in, `root` itself and `rootX.1` are not; an excluded id and its descendants are out.
 * Ids are compared case-folded: `BD-3AR8V.2` reads as a child of `bd-3ar8v` to anyone, so it may not leave the scope.
 */
export function scopeOf(id: string, root: string, exclude: readonly string[]): ScopeVerdict {
  const folded = id.toLowerCase();
  const top = root.toLowerCase();
  if (folded === top) return 'root';
  if (!folded.startsWith(`${top}.`)) return 'out';
  for (const ex of exclude.map((e) => e.toLowerCase())) if (folded === ex || folded.startsWith(`${ex}.`)) return 'excluded';
  return 'in';
}

interface RowFields {
  id: string;
  status: string;
  issue_type?: string;
  title?: string;
  labels?: string[];
  updated_at?: string;
  dependencies?: unknown[];
}

/** A plain dependency type (`parent-child`, `blocks`): ASCII, so no look-alike spelling passes for another. */
const PLAIN_DEPENDENCY_TYPE = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** `parent-child` however an exporter cases or separates it (`Parent-Child`, `parent_child`). */
const isParentChild = (type: string) => type.trim().toLowerCase().replace(/_/g, '-') === 'parent-child';

/**
 * A dependency decides scope as much as an id does: a parent named with an invisible or look-alike character, or
 * a type that only reads as parent-child, would take an open child out of scope unseen.
 */
function dependencyProblem(dep: Record<string, unknown>, at: string): RowProblem | undefined {
  for (const field of ['type', 'depends_on_id'] as const) {
    if (!Object.prototype.hasOwnProperty.call(dep, field)) continue;
    const v = dep[field];
    if (typeof v !== 'string') return { code: 'wrong_type', pointer: `${at}/${field}`, message: `${at}/${field} must be a string, found ${describeType(v)}`, expected: 'string', actual: shown(v) };
    const plain = field === 'type' ? PLAIN_DEPENDENCY_TYPE : PLAIN_ISSUE_ID;
    if (!plain.test(v.trim())) {
      return { code: 'malformed', pointer: `${at}/${field}`, message: `${at}/${field} ${JSON.stringify(v)} is not a plain ${field === 'type' ? 'dependency type (ASCII letters, digits, _ and -)' : 'issue id (ASCII letters and digits, then . _ : / # + -)'}`, expected: field === 'type' ? 'a dependency type such as parent-child' : 'a plain issue id such as bd-12.3', actual: v };
    }
  }
  return undefined;
}

/** The parents a row names through parent-child dependencies (the `bd` tracker's export: {depends_on_id, type: "parent-child"}). */
function parentsOf(fields: RowFields): string[] {
  const out: string[] = [];
  for (const d of fields.dependencies ?? []) {
    const dep = d as Record<string, unknown>;
    if (typeof dep.type === 'string' && isParentChild(dep.type) && typeof dep.depends_on_id === 'string') out.push(dep.depends_on_id.trim());
  }
  return out;
}

/**
 * Every row, in scope or not: an object with a non-blank string `id` and a string `status`;
 * `issue_type` and `title` strings and `labels` an array of strings when present. `null` is a wrong
 * type, never "absent".
 */
export function validateRow(value: unknown): { ok: true; fields: RowFields } | { ok: false; problem: RowProblem } {
  const problem = rowProblem(value);
  return problem === undefined ? { ok: true, fields: value as RowFields } : { ok: false, problem };
}

/** Statuses repeat on every row (open, closed, …): each distinct one is judged once per process. */
const statusVerdicts = new Map<string, string | undefined>();
const STATUS_MEMO_LIMIT = 1024;
function statusContentProblem(status: string): string | undefined {
  if (statusVerdicts.has(status)) return statusVerdicts.get(status);
  const problem = contentProblem(status);
  if (statusVerdicts.size >= STATUS_MEMO_LIMIT) statusVerdicts.clear();
  statusVerdicts.set(status, problem);
  return problem;
}

function rowProblem(value: unknown): RowProblem | undefined {
  if (!isPlainObject(value)) {
    return { code: 'wrong_type', pointer: '', message: `must be an object (one issue per line), found ${describeType(value)}`, expected: 'object', actual: shown(value) };
  }
  for (const field of ['id', 'status'] as const) {
    if (!Object.prototype.hasOwnProperty.call(value, field)) {
      return { code: 'missing_field', pointer: `/${field}`, message: `has no "${field}"; every issue needs a string ${field}`, expected: 'string', actual: 'absent' };
    }
  }
  for (const field of ['id', 'status', 'issue_type', 'title'] as const) {
    if (!Object.prototype.hasOwnProperty.call(value, field)) continue;
    const v = value[field];
    if (typeof v !== 'string') {
      return { code: 'wrong_type', pointer: `/${field}`, message: `/${field} must be a string, found ${describeType(v)}`, expected: 'string', actual: shown(v) };
    }
  }
  if (isBlank(value.id as string)) {
    return { code: 'placeholder', pointer: '/id', message: '/id is blank', expected: 'a non-blank issue id', actual: value.id };
  }
  const idWhy = placeholderReason(value.id as string);
  if (idWhy !== undefined) {
    return { code: 'placeholder', pointer: '/id', message: `/id ${JSON.stringify(value.id)} is a placeholder (${idWhy})`, expected: 'a real issue id', actual: value.id };
  }
  // Ids decide scope and identity: an invisible, control, bidi, look-alike or markup character would make one id pass for another.
  if (!PLAIN_ISSUE_ID.test(value.id as string)) {
    return { code: 'malformed', pointer: '/id', message: `/id ${JSON.stringify(value.id)} is not a plain issue id (ASCII letters and digits, then . _ : / # + -)`, expected: 'a plain issue id such as bd-12.3', actual: value.id };
  }
  // The status decides open or closed: a blank or placeholder one ("", "TODO", "${STATUS}") is no answer, in scope or not.
  const statusProblem = statusContentProblem(value.status as string);
  if (statusProblem !== undefined) {
    return { code: 'placeholder', pointer: '/status', message: `/status ${JSON.stringify(value.status)} ${statusProblem}`, expected: 'the issue\'s status (open, closed, …)', actual: value.status };
  }
  // A close reason is the tracker's record of why an issue is done: one that is a placeholder ("TODO", "${REASON}")
  // says the closing was never written by anybody. Empty means none was given (exporters write it so).
  if (Object.prototype.hasOwnProperty.call(value, 'close_reason')) {
    const reason = value.close_reason;
    if (typeof reason !== 'string') return { code: 'wrong_type', pointer: '/close_reason', message: `/close_reason must be a string, found ${describeType(reason)}`, expected: 'string', actual: shown(reason) };
    const problem = reason === '' ? undefined : contentProblem(reason);
    if (problem !== undefined) return { code: 'placeholder', pointer: '/close_reason', message: `/close_reason ${JSON.stringify(reason)} ${problem}`, expected: 'why the issue was closed, or no close_reason', actual: reason };
  }
  if (Object.prototype.hasOwnProperty.call(value, 'updated_at')) {
    const stamp = value.updated_at;
    if (typeof stamp !== 'string' || !parseRfc3339(stamp).ok) {
      return { code: 'wrong_type', pointer: '/updated_at', message: `/updated_at must be an RFC 3339 timestamp, found ${typeof stamp === 'string' ? JSON.stringify(stamp) : describeType(stamp)}`, expected: 'an RFC 3339 timestamp', actual: shown(stamp) };
    }
  }
  if (Object.prototype.hasOwnProperty.call(value, 'dependencies')) {
    const deps = value.dependencies;
    if (!Array.isArray(deps)) return { code: 'wrong_type', pointer: '/dependencies', message: `/dependencies must be an array, found ${describeType(deps)}`, expected: 'array of objects', actual: shown(deps) };
    const bad = deps.findIndex((d) => !isPlainObject(d));
    if (bad !== -1) return { code: 'wrong_type', pointer: `/dependencies/${bad}`, message: `/dependencies/${bad} must be an object, found ${describeType(deps[bad])}`, expected: 'object', actual: shown(deps[bad]) };
    for (const [i, dep] of deps.entries()) {
      const problem = dependencyProblem(dep as Record<string, unknown>, `/dependencies/${i}`);
      if (problem !== undefined) return problem;
    }
  }
  if (Object.prototype.hasOwnProperty.call(value, 'labels')) {
    const labels = value.labels;
    if (!Array.isArray(labels)) {
      return { code: 'wrong_type', pointer: '/labels', message: `/labels must be an array of strings, found ${describeType(labels)}`, expected: 'array of strings', actual: shown(labels) };
    }
    const bad = labels.findIndex((l) => typeof l !== 'string');
    if (bad !== -1) {
      return { code: 'wrong_type', pointer: `/labels/${bad}`, message: `/labels/${bad} must be a string, found ${describeType(labels[bad])}`, expected: 'string', actual: shown(labels[bad]) };
    }
  }
  return undefined;
}

/** One row of an issue, as far as scope and classification go. */
interface RowState {
  row: number;
  stored: Stored;
  /** Normalised status, type, labels and title: rows that differ here disagree (see {@link sigOf}). */
  status: string;
  issueType: string;
  labels: readonly string[];
  title: string;
  /** updated_at in ms, when the row has one. */
  updated?: number;
}

/** A row dropped as out of scope before a later row of its id could link it: small, since most such rows stay out. */
interface UnlinkedRow {
  row: number;
  /** Digest of the row's normalised status, type, labels and title. */
  sig: number;
  updated?: number;
}

/**
 * What a row says about its issue, as one text: rows of one id agree when theirs are equal. Built only for an id with
 * several rows (or remembered out-of-scope rows), so a tracker of single rows keeps no such text per row.
 */
function sigOf(s: { status: string; issueType: string; labels: readonly string[]; title: string }): string {
  return `${s.status} ${s.issueType} [${s.labels.join(',')}] ${s.title}`;
}

/**
 * A digest of a row's signature ({@link sigOf}), read piece by piece so no signature text is built per row: FNV-1a
 * twice, 53 bits as one number (a number, not a string of parts, is what an out-of-scope row keeps). Equal rows give
 * equal digests.
 */
function sigDigest(s: { status: string; issueType: string; labels: readonly string[]; title: string }): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x811c9dc5);
    }
  };
  feed(s.status);
  feed(' ');
  feed(s.issueType);
  feed(' [');
  s.labels.forEach((label, i) => {
    if (i > 0) feed(',');
    feed(label);
  });
  feed('] ');
  feed(s.title);
  return (a >>> 0) * 0x200000 + (b >>> 11);
}

/** Builds the in-scope map from validated rows; shares repeated strings and label sets. */
class ScopeCollector {
  readonly issues = new Map<string, Stored>();
  readonly excluded = new Set<string>();
  rootRow: number | undefined;
  private readonly words = new Map<string, string>();
  private readonly labelSets = new Map<string, readonly string[]>();
  private readonly singleLabelSets = new Map<string, readonly string[]>();
  private readonly open: Set<string>;
  private readonly closed: Set<string>;
  private readonly docsLabels: Set<string>;
  private readonly technicalTypes: Set<string>;
  /** Every row of every id in scope (by dots) or linked by a parent-child dependency: row order never decides. */
  /** An id's one row, or its rows when it has several (most ids have one: no array each). */
  private readonly rows = new Map<string, RowState | RowState[]>();
  /** child id → parent ids, from parent-child dependencies (any row, in scope or not). */
  private readonly parents = new Map<string, Set<string>>();
  private readonly dotted = new Set<string>();
  /** Rows out of scope, not closed, written before any row of their id named a parent: id → their digests. */
  private readonly unlinked = new Map<string, UnlinkedRow[]>();

  constructor(
    private readonly options: PracticalFinishOptions,
    readonly details: boolean,
  ) {
    this.open = normaliseList(options.open_statuses);
    this.closed = normaliseList(options.closed_statuses);
    this.docsLabels = normaliseList(options.docs_labels);
    this.technicalTypes = normaliseList(options.technical_types ?? []);
  }

  private word(s: string): string {
    let w = this.words.get(s);
    if (w === undefined) {
      w = detach(s);
      this.words.set(w, w);
    }
    return w;
  }

  /** Trimmed, lower-cased, blanks dropped, sorted, de-duplicated; one shared array per distinct raw list. */
  private labelSet(raw: readonly string[] | undefined): readonly string[] {
    if (raw === undefined || raw.length === 0) return NO_LABELS;
    // Most rows carry one label: keyed by the label itself, with no JSON text per row.
    const sets = raw.length === 1 ? this.singleLabelSets : this.labelSets;
    const key = raw.length === 1 ? (raw[0] as string) : JSON.stringify(raw);
    let set = sets.get(key);
    if (set === undefined) {
      const labels = [...new Set(raw.map((l) => l.trim().toLowerCase()).filter((l) => l !== ''))].sort();
      set = Object.freeze(labels.map((l) => this.word(l)));
      sets.set(detach(key), set);
    }
    return set;
  }

  add(fields: RowFields, row: number): void {
    const id = fields.id.trim();
    const scope = scopeOf(id, this.options.scope_root, this.options.exclude);
    const parents = parentsOf(fields);
    if (parents.length > 0) {
      const known = this.parents.get(id) ?? new Set<string>();
      for (const p of parents) known.add(detach(p));
      if (!this.parents.has(id)) this.parents.set(detach(id), known);
    }
    if (scope === 'root') {
      this.rootRow = row;
      return;
    }
    if (scope === 'excluded') {
      if (!this.excluded.has(id)) this.excluded.add(detach(id));
      return;
    }
    const status = this.word(fields.status.trim().toLowerCase());
    // Out of dotted scope: kept only while a parent-child dependency might bring it in. A later row of the same id
    // may link it, so a row that is not closed is remembered by its digest: row order never decides.
    const unlinked = scope === 'out' && parents.length === 0 && !this.rows.has(id);
    if (unlinked && this.closed.has(status)) return;
    const issueType = this.word((fields.issue_type ?? '').trim().toLowerCase() || 'unknown');
    const labels = this.labelSet(fields.labels);
    const title = (fields.title ?? '').trim() || '(untitled)';
    const stamp = fields.updated_at !== undefined ? parseRfc3339(fields.updated_at) : undefined;
    const updated = stamp?.ok === true ? stamp.value.getTime() : undefined;
    if (unlinked) {
      this.rememberUnlinked(id, { row, sig: sigDigest({ status, issueType, labels, title }), ...(updated !== undefined ? { updated } : {}) });
      return;
    }
    const key = detach(id);
    if (scope === 'in') this.dotted.add(key);
    let stored: Stored;
    if (this.open.has(status)) {
      // A docs label makes docs work only of an issue whose type is not technical: a bug or feature stays a bug or feature.
      const docs = issueType === 'docs' || (!this.technicalTypes.has(issueType) && labels.some((l) => this.docsLabels.has(l)));
      stored = !this.details ? (docs ? OPEN_DOCS : OPEN_TECHNICAL) : { id: key, title: detach(title), status, issue_type: issueType, labels, docs };
    } else if (this.closed.has(status)) {
      stored = CLOSED;
    } else {
      stored = { unknown: true, id: key, status, row };
    }
    const state: RowState = { row, stored, status, issueType, labels, title, ...(updated !== undefined ? { updated } : {}) };
    const known = this.rows.get(key);
    if (known === undefined) this.rows.set(key, state);
    else if (Array.isArray(known)) known.push(state);
    else this.rows.set(key, [known, state]);
  }

  private rememberUnlinked(id: string, row: UnlinkedRow): void {
    const list = this.unlinked.get(id);
    if (list === undefined) this.unlinked.set(detach(id), [row]);
    else list.push(row);
  }

  /**
   * The rows an issue brought into scope by a later row's dependency wrote before that row, as far as they decide:
   * one that agrees with a kept row adds nothing; one that disagrees is a state of the issue only its digest tells,
   * so the issue is decided by the kept rows only when every row has an updated_at and a kept row is the latest.
   */
  private unlinkedConflict(id: string, states: readonly RowState[]): ConflictingRows | undefined {
    const early = this.unlinked.get(id);
    if (early === undefined) return undefined;
    const kept = new Set(states.map((s) => sigDigest(s)));
    const differ = early.filter((e) => !kept.has(e.sig));
    if (differ.length === 0) return undefined;
    const all = [...states.map((s) => ({ row: s.row, text: sigOf(s) })), ...differ.map((e) => ({ row: e.row, text: 'not closed, before the row linking it to the scope' }))].sort((a, b) => a.row - b.row);
    const conflict = (why: ConflictingRows['why']): ConflictingRows => ({ id, rows: all.map((r) => r.row), states: all.map((r) => r.text), why });
    if ([...states, ...differ].some((s) => s.updated === undefined)) return conflict('no_updated_at');
    const keptLatest = Math.max(...states.map((s) => s.updated as number));
    return differ.some((e) => (e.updated as number) >= keptLatest) ? conflict('unlinked_latest') : undefined;
  }

  /**
   * Decide every issue from all its rows (never their order) and settle the scope: dotted
   * descendants of the root, plus — with follow_dependencies — every issue a parent-child chain
   * links to the root or to an issue in scope, never through an excluded one.
   */
  finish(): { conflicts: ConflictingRows[]; linked: string[]; linkedOnly: string[]; decided: number } {
    const root = this.options.scope_root;
    const children = new Map<string, string[]>();
    // Parents are matched case-folded, as scopeOf matches ids: a link to `BD-3AR8V` is a link to the root.
    for (const [child, parents] of this.parents) for (const p of parents) children.set(p.toLowerCase(), [...(children.get(p.toLowerCase()) ?? []), child]);
    const reached = new Set<string>();
    const queue = [root, ...this.dotted];
    const seen = new Set(queue);
    while (queue.length > 0) {
      const at = queue.pop() as string;
      for (const child of children.get(at.toLowerCase()) ?? []) {
        if (seen.has(child)) continue;
        seen.add(child);
        const scope = scopeOf(child, root, this.options.exclude);
        if (scope === 'excluded' || scope === 'root') continue;
        if (!this.dotted.has(child)) reached.add(child);
        queue.push(child);
      }
    }
    const linkedAll = [...reached].filter((id) => this.rows.has(id)).sort(compareIds);
    const follow = this.options.follow_dependencies !== false;
    const conflicts: ConflictingRows[] = [];
    let decided = 0;
    for (const [id, known] of this.rows) {
      const inScope = this.dotted.has(id) || (follow && reached.has(id));
      if (!inScope) continue;
      const states = Array.isArray(known) ? known : [known];
      const early = this.unlinkedConflict(id, states);
      if (early !== undefined) {
        conflicts.push(early);
        continue;
      }
      const first = states[0] as RowState;
      if (states.length === 1) {
        this.issues.set(id, first.stored);
        continue;
      }
      if (states.every((s) => sigOf(s) === sigOf(first))) {
        this.issues.set(id, first.stored);
        continue;
      }
      const rows = states.map((s) => s.row);
      const describe = states.map(sigOf);
      if (states.some((s) => s.updated === undefined)) {
        conflicts.push({ id, rows, states: describe, why: 'no_updated_at' });
        continue;
      }
      const latest = Math.max(...states.map((s) => s.updated as number));
      const winners = states.filter((s) => s.updated === latest);
      if (winners.some((w) => sigOf(w) !== sigOf(winners[0] as RowState))) {
        conflicts.push({ id, rows, states: describe, why: 'tie' });
        continue;
      }
      decided++;
      this.issues.set(id, (winners[0] as RowState).stored);
    }
    conflicts.sort((a, b) => compareIds(a.id, b.id));
    return { conflicts, linked: follow ? linkedAll : [], linkedOnly: follow ? [] : linkedAll, decided };
  }
}

const entryExists = (root: string, path: string) => fs.lstat(resolve(root, path)).then(() => true, () => false);

/**
 * Read the first source that exists, in declared order. Only "does not exist" moves on to the next
 * candidate; a source that exists but is unreadable, empty or holds a bad row fails the gate (a
 * broken primary export must never be papered over by an older base file). Records the failure as a
 * check and returns undefined when the tracker cannot be used.
 */
export async function readTracker(ctx: GateContext, options: PracticalFinishOptions, details: boolean): Promise<Tracker | undefined> {
  const skipped: string[] = [];
  for (const source of options.sources) {
    const collector = new ScopeCollector(options, details);
    let rows = 0;
    try {
      for await (const row of ctx.read.jsonl(source)) {
        if (ctx.signal.aborted) return undefined;
        rows++;
        const checked = validateRow(row.value);
        if (!checked.ok) {
          failRow(ctx, source, row.row, checked.problem);
          return undefined;
        }
        // A row "updated" in the future would win every disagreement: a mis-stamped or forged row decides nothing.
        const stamp = checked.fields.updated_at !== undefined ? parseRfc3339(checked.fields.updated_at) : undefined;
        if (stamp?.ok === true && stamp.value.getTime() - ctx.now.getTime() > FUTURE_SKEW_MS) {
          failRow(ctx, source, row.row, { code: 'future', pointer: '/updated_at', message: `/updated_at ${checked.fields.updated_at} is after now (${ctx.now.toISOString()})`, expected: `at most 5 minutes after ${ctx.now.toISOString()}`, actual: checked.fields.updated_at });
          return undefined;
        }
        collector.add(checked.fields, row.row);
      }
    } catch (e) {
      if (ctx.signal.aborted) return undefined;
      // A dangling symlink is a broken primary, not an absent one: it must not hand over to the base file.
      if (e instanceof ArtifactError && e.code === 'missing' && rows === 0 && !(await entryExists(ctx.root, source))) {
        skipped.push(e.path);
        continue;
      }
      ctx.failFromError('tracker', e);
      return undefined;
    }
    const settled = collector.finish();
    return {
      path: normalisedPath(source),
      skipped,
      rows,
      ...(collector.rootRow !== undefined ? { rootRow: collector.rootRow } : {}),
      issues: collector.issues,
      details,
      excluded: collector.excluded,
      conflicts: settled.conflicts,
      linked: settled.linked,
      linkedOnly: settled.linkedOnly,
      decidedByUpdatedAt: settled.decided,
    };
  }
  ctx.fail('tracker', 'missing', `no tracker source exists: tried ${skipped.join(', ')} in that order`, {
    path: normalisedPath(options.sources[0] as string),
    expected: `one of ${skipped.join(', ')}`,
    actual: 'none exists',
    fix: 'run the issue tracker\'s JSONL export so that it writes one of these paths, or correct the `sources` option',
  });
  return undefined;
}

/** A path as the reader shows it (the reader has already refused one that leaves the root). */
export function normalisedPath(p: string): string {
  return posix.normalize(p.replace(/\\/g, '/')).replace(/\/+$/, '');
}

function failRow(ctx: GateContext, source: string, row: number, problem: RowProblem): void {
  const path = normalisedPath(source);
  const detail: CheckDetail = {
    path,
    row,
    pointer: problem.pointer,
    expected: problem.expected,
    actual: problem.actual,
    fix: `fix row ${row} of ${path} (and the exporter that wrote it); a tracker with an unreadable row cannot prove what is open`,
  };
  ctx.fail('tracker', problem.code, `${path} row ${row}: ${problem.message}`, detail);
}

/** Split the in-scope issues into closed, technical-open, docs-open and unknown-status. */
export function classify(tracker: Tracker): Classified {
  const out: Classified = { inScope: tracker.issues.size, closed: 0, technical: [], docs: [], unknown: new Map() };
  for (const [id, stored] of tracker.issues) {
    if (stored === CLOSED) out.closed++;
    else if (stored === OPEN_TECHNICAL) out.technical.push(id);
    else if (stored === OPEN_DOCS) out.docs.push(id);
    else if ('unknown' in stored) {
      const group = out.unknown.get(stored.status);
      if (group === undefined) out.unknown.set(stored.status, { ids: [stored.id], row: stored.row });
      else {
        group.ids.push(stored.id);
        group.row = Math.min(group.row, stored.row);
      }
    } else (stored.docs ? out.docs : out.technical).push(id);
  }
  out.technical.sort(compareIds);
  out.docs.sort(compareIds);
  for (const group of out.unknown.values()) group.ids.sort(compareIds);
  return out;
}

/** The kept details of an open issue (the tracker must have been read with details). */
export function openIssue(tracker: Tracker, id: string): OpenIssue {
  const stored = tracker.issues.get(id);
  if (stored === undefined || typeof stored === 'number' || 'unknown' in stored) throw new Error(`practical_finish_checkpoint: no details kept for ${id}`);
  return stored;
}

/** "a, b, c, d, e, ..." — the first five ids, and an ellipsis when there are more. */
export function firstIds(ids: readonly string[], n = 5): string {
  return `${ids.slice(0, n).join(', ')}${ids.length > n ? ', ...' : ''}`;
}

