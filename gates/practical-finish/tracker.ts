/**
 * The issue-tracker side of practical_finish_checkpoint: pick the tracker export from a real
 * fallback chain, stream it row by row, validate every row (in scope or not), normalise the rows
 * in scope and keep only what the verdict and the checkpoint need.
 *
 * Memory: an export can hold close to a million rows, so nothing is kept as an object per row. Each
 * id is interned once into a byte arena (./columns.ts); a kept row is a few typed-array cells (row
 * number, shape = status/type/labels, updated_at) and its title's bytes; a row out of scope that a
 * later row may still link keeps its digest only; a closed one that no row links is dropped. Strings
 * are made again only for the ids and titles a finding or the checkpoint shows. Repeated values
 * (statuses, types, label sets) are shared, and kept ones are copied (`detach`), since strings the
 * JSON parser returns can be slices of the whole line.
 */
import { promises as fs } from 'node:fs';
import { posix, resolve } from 'node:path';
import {
  ArtifactError,
  byteOrderUnitRank,
  caseFoldedKey,
  compareByteOrder,
  type CheckDetail,
  contentProblem,
  describeType,
  type GateContext,
  isBlank,
  openingMarker,
  parseRfc3339,
  zeroInstantReason,
  placeholderReason,
  removeInvisible,
  wordReadings,
} from '../../src/sdk/index.js';
import { byteColumn, type Column, float64Column, IdTable, int32Column, IntList, TextArena } from './columns.js';

/** What an issue id may be made of: printable ASCII that cannot disguise one id as another. */
/**
 * A child's number left as its template wrote it (`bd-3ar8v.N`, `bd-3ar8v.example`): bd numbers a parent's children
 * `.1`, `.2`; a segment that is a number variable or a placeholder word names no issue, and a template's closed children
 * must not make a scope look worked.
 */
function childSegmentPlaceholder(id: string): string | undefined {
  const dot = id.indexOf('.');
  if (dot === -1) return undefined;
  for (const segment of id.slice(dot + 1).split('.')) {
    if (/^\d+$/u.test(segment)) continue;
    // A dot with nothing after it (`bd-x.`, `bd-x..1`) is a child number left out.
    if (segment === '') return 'a child number is left out (an empty segment)';
    if (NUMBER_VARIABLE.test(segment)) return `the child number ${JSON.stringify(segment)} is a number variable`;
    const why = placeholderReason(segment);
    if (why !== undefined) return `its child segment ${JSON.stringify(segment)} is ${why}`;
  }
  return undefined;
}
/**
 * What a template writes for a child number: one variable letter, repeated as a width (`N`, `NNNN`, `xx`, `M` of
 * `.N.M`), that letter plus or minus a step (`N+1`, `n-1`), behind a number sign (`#N`), or a word for it (`NUM`,
 * `idx`). Letters a tracker gives real children (`.a`, `.b`, `.docs`, `.v2`) are none of these.
 */
const NUMBER_VARIABLE = /^#?(?:N+|n+|X+|x+|M+|m+|num|NUM|Num|idx|IDX|number|NUMBER)(?:[+-]\d{1,3})?$/u;
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

/** An open issue in scope, normalised: what a checkpoint lists (made from the columns when one is written). */
export interface OpenIssue {
  id: string;
  title: string;
  status: string;
  issue_type: string;
  labels: readonly string[];
  docs: boolean;
}

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
  /** The in-scope issues, each decided from all its rows. */
  classified: Classified;
  /** The details of an open issue in scope (what a checkpoint lists). */
  openIssue: (id: string) => OpenIssue;
  /** How many distinct ids exclude left out. */
  excluded: number;
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
  code: 'missing_field' | 'wrong_type' | 'placeholder' | 'future' | 'malformed' | 'duplicate_key';
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
      return byteOrderUnitRank(ca) - byteOrderUnitRank(cb);
    }
    i++;
    j++;
  }
  const rest = a.length - i - (b.length - j);
  if (rest !== 0) return rest;
  return compareByteOrder(a, b);
}

export type ScopeVerdict = 'root' | 'in' | 'excluded' | 'out';

/**
 * Descendant by dotted segment: `root.x` is in, `root` itself and `rootX.1` are not; an excluded id and its descendants are out.
 * Ids are compared case-folded: `BD-3AR8V.2` reads as a child of `bd-3ar8v` to anyone, so it may not leave the scope.
 */
export function scopeOf(id: string, root: string, exclude: readonly string[]): ScopeVerdict {
  return scopeTest(root, exclude)(id);
}

/** {@link scopeOf} for one root and exclude list, folded once rather than on every row. */
function scopeTest(root: string, exclude: readonly string[]): (id: string) => ScopeVerdict {
  const top = root.toLowerCase();
  const under = `${top}.`;
  const excluded = exclude.map((e) => e.toLowerCase());
  const excludedUnder = excluded.map((e) => `${e}.`);
  return (id) => {
    const folded = id.toLowerCase();
    if (folded === top) return 'root';
    if (!folded.startsWith(under)) return 'out';
    for (let k = 0; k < excluded.length; k++) if (folded === excluded[k] || folded.startsWith(excludedUnder[k] as string)) return 'excluded';
    return 'in';
  };
}

export interface RowFields {
  id: string;
  status: string;
  issue_type?: string;
  title?: string;
  labels?: string[];
  updated_at?: string;
  dependencies?: unknown[];
  /** The parent bd export computes from the issue's parent-child dependency, written beside it (or alone). */
  parent?: string;
}

/** A plain dependency type (`parent-child`, `blocks`): ASCII, so no look-alike spelling passes for another. */
const PLAIN_DEPENDENCY_TYPE = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** `parent-child` however an exporter cases or separates it (`Parent-Child`, `parent_child`). */
const isParentChild = (type: string) => type.trim().toLowerCase().replace(/_/g, '-') === 'parent-child';

const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/**
 * A dependency decides scope as much as an id does: a parent named with an invisible or look-alike character, a type
 * that only reads as parent-child, a link with no type (its kind written under another key), or a link written on
 * another issue's row (issue_id naming someone else: the scope reads links from the child's own row) would each take
 * an open child out of scope unseen.
 */
function dependencyProblem(dep: Record<string, unknown>, at: string, rowId: string): RowProblem | undefined {
  const spelt = keySpellingProblem(dep, DEPENDENCY_FIELDS, at);
  if (spelt !== undefined) return spelt;
  for (const field of ['type', 'depends_on_id'] as const) {
    if (!hasOwn(dep, field)) {
      return { code: 'missing_field', pointer: `${at}/${field}`, message: `${at} has no "${field}"; a dependency without it cannot say whether it links the issue to a parent`, expected: field === 'type' ? 'a dependency type such as parent-child' : 'the id of the issue depended on', actual: 'absent' };
    }
    const v = dep[field];
    if (typeof v !== 'string') return { code: 'wrong_type', pointer: `${at}/${field}`, message: `${at}/${field} must be a string, found ${describeType(v)}`, expected: 'string', actual: shown(v) };
    const plain = field === 'type' ? PLAIN_DEPENDENCY_TYPE : PLAIN_ISSUE_ID;
    if (!plain.test(v.trim())) {
      return { code: 'malformed', pointer: `${at}/${field}`, message: `${at}/${field} ${JSON.stringify(v)} is not a plain ${field === 'type' ? 'dependency type (ASCII letters, digits, _ and -)' : 'issue id (ASCII letters and digits, then . _ : / # + -)'}`, expected: field === 'type' ? 'a dependency type such as parent-child' : 'a plain issue id such as bd-12.3', actual: v };
    }
    // `TODO`, `xxx`, `none` are plain tokens, and no link: the issue a dependency names, or how, was never written.
    const why = field === 'type' ? tokenContentProblem(v) : linkContentProblem(v);
    if (why !== undefined) return { code: 'placeholder', pointer: `${at}/${field}`, message: `${at}/${field} ${JSON.stringify(v)} ${why}`, expected: field === 'type' ? 'a dependency type such as parent-child' : 'the id of the issue depended on', actual: v };
  }
  // `dependency_type` (how `bd show --json` names the type) beside `type`: two answers to one question.
  if (hasOwn(dep, 'dependency_type')) {
    const other = dependencyTypeProblem(dep.dependency_type, `${at}/dependency_type`);
    if (other !== undefined) return other;
    const problem = typesDisagree(dep, at);
    if (problem !== undefined) return problem;
  }
  if (hasOwn(dep, 'issue_id')) {
    const owner = dep.issue_id;
    if (typeof owner !== 'string') return { code: 'wrong_type', pointer: `${at}/issue_id`, message: `${at}/issue_id must be a string, found ${describeType(owner)}`, expected: 'string', actual: shown(owner) };
    if (owner.trim().toLowerCase() !== rowId.trim().toLowerCase()) {
      return { code: 'malformed', pointer: `${at}/issue_id`, message: `${at}/issue_id ${JSON.stringify(owner)} names another issue than the row's own (${rowId}): an issue's links are written on its own row, and one written elsewhere is never followed`, expected: rowId, actual: owner };
    }
  }
  return undefined;
}

/**
 * `dependents` (how `bd show --json` writes links, on the parent's row): a parent-child dependent there is a child the
 * scope would never see, since links are read from the child's own row; refused rather than passed over.
 */
function dependentsProblem(dependents: unknown): RowProblem | undefined {
  if (!Array.isArray(dependents)) return { code: 'wrong_type', pointer: '/dependents', message: `/dependents must be an array, found ${describeType(dependents)}`, expected: 'array of objects', actual: shown(dependents) };
  for (const [i, d] of dependents.entries()) {
    const at = `/dependents/${i}`;
    if (!isPlainObject(d)) return { code: 'wrong_type', pointer: at, message: `${at} must be an object, found ${describeType(d)}`, expected: 'object', actual: shown(d) };
    const spelt = keySpellingProblem(d, DEPENDENT_FIELDS, at);
    if (spelt !== undefined) return spelt;
    // Every type field is read, not the first found: `dependency_type: "blocks"` beside `type: "parent-child"` is no blocks.
    let type: string | undefined;
    for (const field of DEPENDENT_TYPE_FIELDS) {
      if (!hasOwn(d, field)) continue;
      const problem = dependencyTypeProblem(d[field], `${at}/${field}`);
      // A blank or placeholder type (`""`, `TODO`) says no more than none: the dependent may be a child.
      if (problem?.code === 'placeholder') return notFollowed(d, at, 'has no dependency type');
      if (problem !== undefined) return problem;
      type ??= d[field] as string;
    }
    const disagree = typesDisagree(d, at);
    if (disagree !== undefined) return disagree;
    if (type === undefined) return notFollowed(d, at, 'has no dependency type');
    if (isParentChild(type)) return notFollowed(d, at, 'is a parent-child child');
  }
  return undefined;
}

/** A dependent listed on its parent's row that may be a child: the scope never sees it. */
function notFollowed(d: Record<string, unknown>, at: string, what: string): RowProblem {
  return { code: 'malformed', pointer: at, message: `${at} ${what} listed on its parent's row: the scope follows links written on the child's own row (dependencies, parent) only, so this child would never be seen`, expected: 'parent-child links on the child\'s row (bd export)', actual: typeof d.id === 'string' ? d.id : shown(d) };
}

/** The two names exporters give a dependency's type: `type` (bd export) and `dependency_type` (bd show --json). */
const DEPENDENT_TYPE_FIELDS = ['dependency_type', 'type'] as const;

/**
 * A dependency type as a type field must hold it: a string, a plain ASCII token (no look-alike, full-width or
 * invisible letter: `blоcks` with a Cyrillic о, `ｂｌｏｃｋｓ`, `blo\u200bcks` read as no known type at all), and not
 * blank or a placeholder (`placeholder` code).
 */
function dependencyTypeProblem(v: unknown, at: string): RowProblem | undefined {
  if (typeof v !== 'string') return { code: 'wrong_type', pointer: at, message: `${at} must be a string, found ${describeType(v)}`, expected: 'string', actual: shown(v) };
  const why = tokenContentProblem(v);
  if (why !== undefined) return { code: 'placeholder', pointer: at, message: `${at} ${JSON.stringify(v)} ${why}`, expected: 'a dependency type such as parent-child', actual: v };
  if (!PLAIN_DEPENDENCY_TYPE.test(v.trim())) return { code: 'malformed', pointer: at, message: `${at} ${JSON.stringify(v)} is not a plain dependency type (ASCII letters, digits, _ and -)`, expected: 'a dependency type such as parent-child', actual: v };
  return undefined;
}

/** `type` and `dependency_type` both written and naming different types (their case and separators aside). */
function typesDisagree(d: Record<string, unknown>, at: string): RowProblem | undefined {
  const { type, dependency_type: other } = d;
  if (typeof type !== 'string' || typeof other !== 'string' || sameDependencyType(type, other)) return undefined;
  return { code: 'malformed', pointer: `${at}/dependency_type`, message: `${at} names two dependency types, type ${JSON.stringify(type)} and dependency_type ${JSON.stringify(other)}: which link it is depends on the reader, and read as the harmless one a child would leave the scope unseen`, expected: 'one dependency type (type, or dependency_type naming the same)', actual: [type, other] };
}

const dependencyTypeKey = (type: string) => type.trim().toLowerCase().replace(/_/g, '-');
const sameDependencyType = (a: string, b: string) => dependencyTypeKey(a) === dependencyTypeKey(b);

/** The fields of a row the gate reads. */
const SPACED_DATE_TIME = /^(\d{4}-\d{2}-\d{2}) (?=\d{2}:)/;
const ROW_FIELDS = ['id', 'status', 'issue_type', 'title', 'labels', 'updated_at', 'dependencies', 'dependents', 'parent', 'close_reason', '_type'] as const;
const DEPENDENCY_FIELDS = ['type', 'depends_on_id', 'issue_id', 'dependency_type'] as const;
const DEPENDENT_FIELDS = DEPENDENT_TYPE_FIELDS;

/** Per field list: each key met → the field it is another spelling of, or null (judged once per distinct key). */
const keySpellings = new Map<readonly string[], Map<string, string | null>>();
const KEY_MEMO_LIMIT = 4096;

/** The field of `fields` that `key` is another spelling of (`Status`, `STATUS`, `ѕtatus`, `status\u200b`, ` status`), or null. */
function respelt(key: string, fields: readonly string[]): string | null {
  let memo = keySpellings.get(fields);
  if (memo === undefined) keySpellings.set(fields, (memo = new Map()));
  let field = memo.get(key);
  if (field === undefined) {
    const folded = caseFoldedKey(key.trim());
    field = fields.includes(key) ? null : (fields.find((f) => f === folded) ?? null);
    if (memo.size >= KEY_MEMO_LIMIT) memo.clear();
    memo.set(key, field);
  }
  return field;
}

/**
 * A key that is a field the gate reads spelt otherwise (case, look-alike or invisible letters, padding): bd reads its
 * export with Go's encoding/json, which matches keys without case, so `{"status": "closed", "Status": "open"}` is an
 * open issue to bd and, read by the first spelling, a closed one here. Beside the field it is `duplicate_key`; alone
 * (`Parent` with no `parent`) it is a field this gate would pass over while another reader follows it: `malformed`.
 */
function keySpellingProblem(value: Record<string, unknown>, fields: readonly string[], at: string): RowProblem | undefined {
  for (const key in value) {
    const field = respelt(key, fields);
    if (field === null) continue;
    const pointer = `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (hasOwn(value, field)) {
      return { code: 'duplicate_key', pointer, message: `${at}/${field} and ${at}/${JSON.stringify(key)} are one field written twice (they differ only in case, look-alike or invisible characters, or padding): readers that match keys without case (bd reads its export with Go's encoding/json) read one value for both, so what the row says depends on its reader`, expected: `one key ${at}/${field}`, actual: [field, key] };
    }
    return { code: 'malformed', pointer, message: `${at}/${JSON.stringify(key)} is the field ${at}/${field} spelt otherwise: readers that match keys without case (bd reads its export with Go's encoding/json) read it as ${field}, which this gate would pass over`, expected: `the key ${field}`, actual: key };
  }
  return undefined;
}

/** Lines of bd export that are not issues (`_type: "memory"`: key and value, written with --include-memories). */
const NON_ISSUE_RECORDS: ReadonlySet<string> = new Set(['memory']);

/**
 * `_type` (bd export tags every line since GH#3271): absent or `issue` for an issue, `memory` for a memory line, which
 * says nothing about an issue and is passed over. A memory line carrying an issue's id or status would be one or
 * the other in disguise (it could close an open issue, or hide its only row), so it is refused; so is an unknown tag.
 */
function recordTypeProblem(value: Record<string, unknown>): RowProblem | undefined {
  const tag = value._type;
  if (typeof tag !== 'string') return { code: 'wrong_type', pointer: '/_type', message: `/_type must be a string, found ${describeType(tag)}`, expected: 'string', actual: shown(tag) };
  if (tag === 'issue') return undefined;
  if (!NON_ISSUE_RECORDS.has(tag)) {
    return { code: 'malformed', pointer: '/_type', message: `/_type ${JSON.stringify(tag)} is not a record type of the export ("issue", or "memory"), so whether the line is an issue cannot be told`, expected: ['issue', 'memory'], actual: tag };
  }
  const issueField = ['id', 'status'].find((f) => hasOwn(value, f));
  if (issueField !== undefined) {
    return { code: 'malformed', pointer: `/${issueField}`, message: `a ${tag} line (/_type ${JSON.stringify(tag)}) carries an issue's /${issueField}: it is an issue or it is not, and read either way it could change what is open`, expected: `a ${tag} line without id or status, or /_type "issue"`, actual: value[issueField] };
  }
  checkedIssue = false;
  return undefined;
}

/**
 * The parents a row names through parent-child dependencies (the `bd` tracker's export: {depends_on_id, type:
 * "parent-child"}), and through its `parent` field (computed by bd export from that dependency, and a parent link
 * however it is written).
 */
function parentsOf(fields: RowFields): string[] {
  const out: string[] = [];
  if (fields.parent !== undefined) out.push(fields.parent.trim());
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
export function validateRow(value: unknown): { ok: true; fields: RowFields; issue: boolean } | { ok: false; problem: RowProblem } {
  const problem = rowProblem(value);
  return problem === undefined ? { ok: true, fields: value as RowFields, issue: checkedIssue } : { ok: false, problem };
}

/**
 * Statuses and dependency types repeat on every row (open, closed, parent-child, blocks, …): each distinct one is
 * judged once per process.
 */
const tokenContentProblem = rememberedContentProblem(1024);
/**
 * The ids a dependency or a parent field names repeat too (every child of an epic names it): judged once while
 * remembered. Apart from the tokens', so that a tracker's many ids never push its few statuses out.
 */
const linkContentProblem = rememberedContentProblem(8192);

/** {@link contentProblem}, remembered for up to `limit` distinct texts (then forgotten all at once: no order kept per entry). */
function rememberedContentProblem(limit: number): (text: string) => string | undefined {
  const verdicts = new Map<string, string | undefined>();
  return (text) => {
    if (verdicts.has(text)) return verdicts.get(text);
    const problem = contentProblem(text);
    if (verdicts.size >= limit) verdicts.clear();
    verdicts.set(text, problem);
    return problem;
  };
}

/**
 * A close reason is prose written by whoever closed the issue: a slot it quotes among six or more words of its own
 * (`uses /tmp/app-{hash}/daemon.sock for deep paths…`, `now log 'Issue <id> resurrected'`: an issue tracker's own
 * export) is what it talks about, not a slot left unfilled; the words around it are judged still. A reason that is
 * mostly slots (`Fixed in <PR>`) or holds a template engine's (`because {{ reason }}`) stays a placeholder.
 */
function closeReasonProblem(reason: string): string | undefined {
  const problem = contentProblem(reason);
  if (problem === undefined) {
    const why = closeReasonSaysNothing(reason);
    return why === undefined ? undefined : `is a placeholder (${why})`;
  }
  // Only a slot inside quotes or a path is quoted; one standing loose in the prose (`Fixed in <PR>, verified by
  // <reviewer> on staging`) is a slot nobody filled, and the words around it are judged with it.
  const around = reason.replace(QUOTED_SPAN_G, (span) => span.replace(SLOT_G, ' ')).replace(PATH_TOKEN_G, (token) => token.replace(SLOT_G, ' '));
  if (around === reason || (around.match(PROSE_WORD_G) ?? []).length < 6) return problem;
  return contentProblem(around);
}

/**
 * Why a close reason the placeholder reading lets through still records no closing anybody wrote (red team ta, session
 * 47): a marker opening it (`TODO: fill in before release`, `FIXME — write the close reason`: a note of what is still to
 * be written; `TODO list rendering fixed in #12` names the list, {@link openingMarker}), the field's own name or the
 * form's prompt (`close reason`, `REASON`, `reason goes here`), or words that say only that the issue closed with a
 * placeholder remark after them (`Closed (TODO: reason)`, `Closed, TODO`). A remark beside a reason that says something
 * (`Fixed the resume crash; TODO: add a test`) leaves it alone, and so does a closing word alone (`Completed`, bd's own).
 */
export function closeReasonSaysNothing(reason: string): string | undefined {
  const shown = removeInvisible(reason).normalize('NFKC').trim();
  if (shown.length > 300) return undefined;
  // The marker reading folds look-alikes (costly per row): only a text that could hold a marker is read by it.
  const marker = MAY_OPEN_WITH_MARKER.test(shown) ? openingMarker(shown) : undefined;
  if (marker !== undefined) return `it opens with the marker ${JSON.stringify(marker)}: a note of what is still to be written, not why the issue was closed`;
  if (namesTheCloseReason(shown) || PROMPT_QUESTION.test(shown)) return 'the field\'s own name or the form\'s prompt for it, left from a template';
  const labelled = markerOrLabelOverNothing(shown);
  if (labelled !== undefined) return labelled;
  // A full stop that ends the reason ends its sentence (`Done.`, `Won't fix.`): it opens no remark still to be written.
  const remark = REMARK_AFTER_HEAD.exec(shown.replace(ONE_FINAL_STOP, '').trimEnd());
  if (remark === null) return closingWordsThenMarker(shown);
  const head = readWords(remark[1] as string);
  const said = (remark[2] ?? remark[3] ?? '').trim();
  if (head.length === 0 || !head.every((w) => SAYS_ONLY_CLOSED.has(w))) return closingWordsThenMarker(shown);
  // A marker alone in the remark, in any case or spelt as two words (`Closed (Todo)`, `Done, to do`): after a word that
  // says only that the issue closed, it names no app or list, it holds the place of the why. So does a remark that
  // puts the why off or points elsewhere (`Closed (reason to follow)`, `Closed (see above)`).
  const saidWords = readWords(said).join(' ');
  if (contentProblem(said) === undefined && openingMarker(said) === undefined && !namesTheCloseReason(said) && !REMARK_MARKERS.has(saidWords) && !DEFERRED_REMARKS.has(saidWords)) return closingWordsThenMarker(shown);
  return `${JSON.stringify((remark[1] as string).trim())} says only that the issue closed, and the remark after it (${JSON.stringify(said)}) is still to be written`;
}
/**
 * Words that say only that the issue closed, then words that join a remark to them, then a marker or a remark putting
 * the why off, without a bracket or a stop (red team rb, session 48; closed by helper fi): `Closed TODO`, `Closed/TODO`,
 * `Closed {TODO}`, `Closed because TODO`, `Closed as TBD`, `Closed for reason TBD`. A reason holding a digit names
 * something (`Closed TODO-42`), and one opening with `fix` or `close` may be an order about the marker (`Fix TODO`).
 */
function closingWordsThenMarker(shown: string): string | undefined {
  if (/\d/u.test(shown)) return undefined;
  const words = readWords(shown);
  let i = 0;
  while (i < words.length && SAYS_ONLY_CLOSED.has(words[i] as string)) i++;
  if (i === 0 || NOT_A_CLOSING_OPENER.has(words[0] as string)) return undefined;
  const head = words.slice(0, i).join(' ');
  // A joining word may open the marker itself (`por hacer`): the rest is tried after each joining word.
  for (; i < words.length; i++) {
    const rest = words.slice(i).join(' ');
    if (REMARK_MARKERS.has(rest) || DEFERRED_REMARKS.has(rest)) return `${JSON.stringify(head)} says only that the issue closed, and the remark after it (${JSON.stringify(rest)}) is still to be written`;
    if (!REMARK_JOINS.has(words[i] as string)) return undefined;
  }
  return undefined;
}
const NOT_A_CLOSING_OPENER: ReadonlySet<string> = new Set(['fix', 'close', 'closing', 'issue', 'auto']);
const REMARK_JOINS: ReadonlySet<string> = new Set(['because', 'as', 'for', 'since', 'with', 'reason', 'reasons', 'due', 'to', 'weil', 'wegen', 'porque', 'por', 'parce', 'que', 'car', 'pour', 'perché', 'per', 'grund', 'motivo', 'raison']);
/**
 * A remark that puts the why off or points elsewhere, as a placeholder does (red team rb): `reason to follow`, `will
 * explain later`, `details later`, `reason pending`, `see above`.
 */
const DEFERRED_REMARKS: ReadonlySet<string> = new Set([
  'reason to follow', 'to follow', 'details to follow', 'more to follow', 'will explain', 'will explain later', 'explain later', 'explanation later', 'explanation to follow', 'details later', 'more later', 'later',
  'reason pending', 'pending', 'reason later', 'reason tbd', 'reason todo', 'will add reason', 'will add reason later', 'will add details', 'will add details later', 'will update', 'will update later', 'update later', 'to be explained', 'to be added', 'to be written', 'to be filled in',
  'see above', 'see below', 'as above', 'same as above', 'ditto',
]);
/** Words that say only that an issue closed, and no why: each is a close reason alone (bd writes `Completed`), none with a placeholder remark. */
const SAYS_ONLY_CLOSED: ReadonlySet<string> = new Set([
  'closed', 'close', 'closing', 'done', 'completed', 'complete', 'fixed', 'resolved', 'finished', 'implemented', 'merged', 'shipped', 'landed', 'ok', 'okay',
  'wontfix', 'won\'t', 'wont', 'fix', 'duplicate', 'dup', 'obsolete', 'stale', 'invalid', 'superseded', 'issue', 'auto', 'autoclosed', 'auto-closed',
  // …in the languages the status vocabulary reads (red team rb, session 48: `Geschlossen (TODO)`, `Erledigt, TODO`, `Cerrado (TODO: motivo)`, `Fermé, TODO`).
  'geschlossen', 'erledigt', 'behoben', 'gelöst', 'fertig', 'cerrado', 'cerrada', 'resuelto', 'resuelta', 'hecho', 'arreglado', 'corregido', 'fermé', 'fermée', 'résolu', 'résolue', 'corrigé', 'terminé', 'terminée', 'fait',
  'chiuso', 'chiusa', 'risolto', 'risolta', 'fatto', 'fechado', 'fechada', 'resolvido', 'resolvida', 'concluído', 'gesloten', 'opgelost', 'klaar', 'закрыто', 'закрыт', 'исправлено', 'готово', 'решено',
]);
/** A marker's letters, a phrase of one (`to be …`), or any character beyond ASCII (a look-alike): what {@link openingMarker} needs. */
const MAY_OPEN_WITH_MARKER = /t\W?o\W?d\W?o|t\W?b\W?[dac]|f\W?i\W?x\W?m\W?e|xxx|to\s+be\s|[^\x00-\x7F]/iu;
const REMARK_MARKERS: ReadonlySet<string> = new Set(['todo', 'to do', 'tbd', 'tba', 'tbc', 'fixme', 'fix me', 'xxx', 'wip', 'tk',
  // …in other languages (red team rb, session 48: `Closed (à faire)`, `Closed (pendiente)`).
  'à faire', 'a faire', 'à compléter', 'à définir', 'en attente', 'pendiente', 'por hacer', 'por definir', 'pendente', 'da fare', 'da definire', 'in sospeso', 'zu erledigen', 'zu ergänzen', 'ausstehend', 'offen', 'nog te doen']);
/**
 * A form's question for the close reason (red team rb: `Why was this closed?`, `Describe why you closed this issue`).
 */
const PROMPT_QUESTION = /^(?:(?:please\s+)?(?:describe|explain|state|say|tell\s+us|give|enter|write|add)\s+)?why\s+(?:(?:was|is|were|did|has|have)\s+)?(?:(?:you|we|they)\s+)?(?:(?:this|it|the)\s*(?:issue|ticket|bug|one)?\s+)?(?:(?:was|is|been|being)\s+)?(?:closed|close|closing|resolved|resolve)(?:\s+(?:this|it|the)(?:\s+(?:issue|ticket|bug|one))?)?\s*[?.:!]*$/iu;
/**
 * A marker spelt in parts opening the reason (`To do: explain`, `Fix me - reason`), or a label over a note of what is
 * still to be written (`NOTE: fill in`, `HACK: placeholder`): red team rb (session 48; closed by helper fi).
 */
function markerOrLabelOverNothing(shown: string): string | undefined {
  const parts = MARKER_IN_PARTS_OPENING.exec(shown);
  if (parts !== null) return `it opens with the marker ${JSON.stringify((parts[1] as string).trim())}: a note of what is still to be written, not why the issue was closed`;
  const note = LABEL_OVER_NOTE.exec(shown)?.[2];
  if (note === undefined) return undefined;
  const words = readWords(note).join(' ');
  if (!STILL_TO_WRITE.has(words) && !REMARK_MARKERS.has(words) && contentProblem(note) === undefined) return undefined;
  return `a label over a note of what is still to be written (${JSON.stringify(note.trim())}), not why the issue was closed`;
}
const MARKER_IN_PARTS_OPENING = /^[\s*_([]*(to[\s._-]+do|fix[\s._-]+me|t[\s._-]+b[\s._-]+[dac])[\s*_)\]]*(?:[:\-\u2013\u2014]|$)/iu;
const LABEL_OVER_NOTE = /^[\s*_]*(note|nb|hack|memo|reminder|draft|wip)[\s*_]*[:\-\u2013\u2014]\s*([^]+)$/iu;
const STILL_TO_WRITE: ReadonlySet<string> = new Set(['fill in', 'fill me in', 'fill this in', 'fill in later', 'fill in reason', 'placeholder', 'stand in', 'stand-in', 'standin', 'replace', 'replace me', 'replace this', 'change me', 'changeme', 'edit me', 'update me', 'write me', 'write this', 'add reason', 'add the reason', 'add a reason', 'write the reason', 'write reason', 'explain', 'explain why', 'explain later', 'reason', 'reason here', 'tbd', 'todo', 'later']);
/** One full stop at the end (an ellipsis is not one: `Closed...` trails off). */
const ONE_FINAL_STOP = /(?<![.\u2026])\.$/u;
/** A head of words, then a remark in brackets or after a comma, a stop, a semicolon, a colon or a dash. */
const REMARK_AFTER_HEAD = /^([\p{L}\p{M}'’ -]{1,60}?)\s*(?:[(\[]\s*([^()[\]]*)[)\]]\s*[.!]?|(?:[,.;:]|\s-+|[\u2013\u2014\u2015]+)\s*([^]*))$/u;
/** The close reason's names, and the words a form's prompt for it wraps them in (`enter the reason here`, `reason goes here`). */
const CLOSE_REASON_NAMES: ReadonlySet<string> = new Set(['reason', 'reasons', 'close reason', 'closing reason', 'close_reason', 'reason for closing', 'reason for close', 'reason closed', 'close note', 'closing note', 'close comment', 'closing comment', 'resolution', 'why closed',
  // …in other words and languages (red team rb, session 48; closed by helper fi).
  'reason for closure', 'closure reason', 'closure', 'closure note', 'closure comment', 'close message', 'closing message', 'resolution reason', 'resolution note', 'resolution comment', 'reason for resolution',
  'grund', 'schließgrund', 'schliessgrund', 'grund für schließung', 'grund für die schließung', 'motivo', 'motivo del cierre', 'motivo de cierre', 'razón', 'razón del cierre', 'raison', 'motif', 'raison de la fermeture', 'motif de fermeture', 'motif de clôture', 'motivo di chiusura', 'motivo da chiusura', 'motivo do fechamento', 'reden', 'причина', 'причина закрытия']);
const PROMPT_WORDS: ReadonlySet<string> = new Set(['here', 'goes', 'go', 'your', 'the', 'a', 'my', 'some', 'enter', 'insert', 'write', 'add', 'type', 'put', 'give', 'provide', 'please', 'value', 'text', 'field', 'this', 'of', 'in', 'tbd', 'todo']);
const MAY_NAME_THE_FIELD = /reason|resolution|note|comment|why|closure|message|grund|motiv|raz[oó]n|raison|motif|reden|причин/iu;
/** Lower-cased words of letters (`_` parts a field name's words), as a reader is shown them. */
const readWords = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{M}'’]+/u).filter((w) => w !== '');
function namesTheCloseReason(text: string): boolean {
  if (text.length > 80 || /\d/u.test(text) || !MAY_NAME_THE_FIELD.test(text)) return false;
  const words = readWords(text).filter((w) => !PROMPT_WORDS.has(w));
  return words.length > 0 && CLOSE_REASON_NAMES.has(words.join(' '));
}
/** Slots prose quotes (`{hash}`, `<id>`, `%s`); a template engine's own (`${X}`, `{{ x }}`, `{% … %}`) are never excused. */
const SLOT_G = /(?<![$#%{])\{[A-Za-z_][\w.]*\}(?!\})|<[A-Za-z_][\w.:-]*>|%\(?[A-Za-z_]\w*\)?[sdf]?(?![\w%])/gu;
const QUOTED_SPAN_G = /(['"`])[^'"`\n]*\1/gu;
const PATH_TOKEN_G = /\S*\/\S*/gu;
const PROSE_WORD_G = /\p{L}{2,}/gu;

/**
 * The updated_at (ms, NaN: none) of the row {@link rowProblem} last found no problem with: the stamp is parsed once per
 * row, for the check and for the collector. A module variable, so that a row costs no result object.
 */
let checkedUpdatedAt = Number.NaN;
/** Whether the row {@link rowProblem} last found no problem with is an issue (false: a memory line, passed over). */
let checkedIssue = true;

function rowProblem(value: unknown): RowProblem | undefined {
  if (!isPlainObject(value)) {
    return { code: 'wrong_type', pointer: '', message: `must be an object (one issue per line), found ${describeType(value)}`, expected: 'object', actual: shown(value) };
  }
  checkedIssue = true;
  const spelt = keySpellingProblem(value, ROW_FIELDS, '');
  if (spelt !== undefined) return spelt;
  if (hasOwn(value, '_type')) {
    const problem = recordTypeProblem(value);
    if (problem !== undefined || !checkedIssue) return problem;
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
  const idWhy = placeholderReason(value.id as string) ?? childSegmentPlaceholder(value.id as string);
  if (idWhy !== undefined) {
    return { code: 'placeholder', pointer: '/id', message: `/id ${JSON.stringify(value.id)} is a placeholder (${idWhy})`, expected: 'a real issue id', actual: value.id };
  }
  // Ids decide scope and identity: an invisible, control, bidi, look-alike or markup character would make one id pass for another.
  if (!PLAIN_ISSUE_ID.test(value.id as string)) {
    return { code: 'malformed', pointer: '/id', message: `/id ${JSON.stringify(value.id)} is not a plain issue id (ASCII letters and digits, then . _ : / # + -)`, expected: 'a plain issue id such as bd-12.3', actual: value.id };
  }
  // The status decides open or closed: a blank or placeholder one ("", "TODO", "${STATUS}") is no answer, in scope or not.
  const statusProblem = tokenContentProblem(value.status as string);
  if (statusProblem !== undefined) {
    return { code: 'placeholder', pointer: '/status', message: `/status ${JSON.stringify(value.status)} ${statusProblem}`, expected: 'the issue\'s status (open, closed, …)', actual: value.status };
  }
  // A close reason is the tracker's record of why an issue is done: one that is a placeholder ("TODO", "${REASON}")
  // says the closing was never written by anybody. Empty means none was given (exporters write it so).
  if (Object.prototype.hasOwnProperty.call(value, 'close_reason')) {
    const reason = value.close_reason;
    if (typeof reason !== 'string') return { code: 'wrong_type', pointer: '/close_reason', message: `/close_reason must be a string, found ${describeType(reason)}`, expected: 'string', actual: shown(reason) };
    const problem = reason === '' ? undefined : closeReasonProblem(reason);
    if (problem !== undefined) return { code: 'placeholder', pointer: '/close_reason', message: `/close_reason ${JSON.stringify(reason)} ${problem}`, expected: 'why the issue was closed, or no close_reason', actual: reason };
  }
  checkedUpdatedAt = Number.NaN;
  if (Object.prototype.hasOwnProperty.call(value, 'updated_at')) {
    const stamp = value.updated_at;
    // RFC 3339 (§5.6) lets a date and a time stand apart by a space, as Python's `str(datetime)` and SQL exports print them.
    const parsed = typeof stamp === 'string' ? parseRfc3339(stamp.replace(SPACED_DATE_TIME, '$1T')) : undefined;
    if (parsed?.ok !== true) {
      return { code: 'wrong_type', pointer: '/updated_at', message: `/updated_at must be an RFC 3339 timestamp, found ${typeof stamp === 'string' ? JSON.stringify(stamp) : describeType(stamp)}`, expected: 'an RFC 3339 timestamp', actual: shown(stamp) };
    }
    // A zero time names no instant, so it cannot say which of two rows that disagree is the later one.
    const zero = zeroInstantReason(parsed.value.getTime());
    if (zero !== undefined) return { code: 'placeholder', pointer: '/updated_at', message: `/updated_at ${JSON.stringify(stamp)} is ${zero}`, expected: 'the time the row was written', actual: shown(stamp) };
    checkedUpdatedAt = parsed.value.getTime();
  }
  if (Object.prototype.hasOwnProperty.call(value, 'dependencies')) {
    const deps = value.dependencies;
    if (!Array.isArray(deps)) return { code: 'wrong_type', pointer: '/dependencies', message: `/dependencies must be an array, found ${describeType(deps)}`, expected: 'array of objects', actual: shown(deps) };
    const bad = deps.findIndex((d) => !isPlainObject(d));
    if (bad !== -1) return { code: 'wrong_type', pointer: `/dependencies/${bad}`, message: `/dependencies/${bad} must be an object, found ${describeType(deps[bad])}`, expected: 'object', actual: shown(deps[bad]) };
    for (const [i, dep] of deps.entries()) {
      const problem = dependencyProblem(dep as Record<string, unknown>, `/dependencies/${i}`, value.id as string);
      if (problem !== undefined) return problem;
    }
  }
  if (hasOwn(value, 'parent')) {
    const parent = value.parent;
    if (typeof parent !== 'string') return { code: 'wrong_type', pointer: '/parent', message: `/parent must be a string, found ${describeType(parent)}`, expected: 'string', actual: shown(parent) };
    // The parent decides scope as a dependency's depends_on_id does: a look-alike or invisible one would leave it unseen.
    if (!PLAIN_ISSUE_ID.test(parent.trim())) return { code: 'malformed', pointer: '/parent', message: `/parent ${JSON.stringify(parent)} is not a plain issue id (ASCII letters and digits, then . _ : / # + -)`, expected: 'a plain issue id such as bd-12.3', actual: parent };
    const why = linkContentProblem(parent);
    if (why !== undefined) return { code: 'placeholder', pointer: '/parent', message: `/parent ${JSON.stringify(parent)} ${why}`, expected: 'the id of the issue\'s parent', actual: parent };
  }
  if (hasOwn(value, 'dependents')) {
    const problem = dependentsProblem(value.dependents);
    if (problem !== undefined) return problem;
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

/** What a row says about its issue, as far as agreement goes: rows of one id agree when their {@link sigOf} is equal. */
interface RowSig {
  status: string;
  issueType: string;
  labels: readonly string[];
  title: string;
}

/** A kept row of an id with several (or with early rows), made back from the columns only to be compared. */
interface RowState extends RowSig {
  kept: number;
  row: number;
  /** updated_at in ms, when the row has one. */
  updated?: number;
}

/** A row dropped as out of scope before a later row of its id could link it: only its digest is kept. */
interface EarlyRow {
  row: number;
  /** Digest of the row's {@link sigOf}. */
  sig: number;
  updated?: number;
}

/**
 * What a row says about its issue, as one text. Built only for an id with several rows (or remembered out-of-scope
 * rows), so a tracker of single rows keeps no such text per row.
 */
function sigOf(s: RowSig): string {
  return `${s.status} ${s.issueType} [${s.labels.join(',')}] ${s.title}`;
}

/**
 * A digest of a row's signature ({@link sigOf}), read piece by piece so no signature text is built per row: FNV-1a
 * twice, 53 bits as one number (a number, not a string of parts, is what an out-of-scope row keeps). Equal rows give
 * equal digests.
 */
function sigDigest(s: Omit<RowSig, 'title'>, title: string): number {
  digestA = 0x811c9dc5;
  digestB = 0x01000193;
  feed(s.status);
  feed(' ');
  feed(s.issueType);
  feed(' [');
  for (let i = 0; i < s.labels.length; i++) {
    if (i > 0) feed(',');
    feed(s.labels[i] as string);
  }
  feed('] ');
  feed(title);
  return (digestA >>> 0) * 0x200000 + (digestB >>> 11);
}

/** The two running hashes of {@link sigDigest}: module variables, so that feeding a piece allocates no closure. */
let digestA = 0;
let digestB = 0;
function feed(text: string): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    digestA = Math.imul(digestA ^ c, 0x01000193);
    digestB = Math.imul(digestB ^ c, 0x811c9dc5);
  }
}

/** What an in-scope issue is, decided by its status, type and labels (the title plays no part). */
const CLOSED = 0;
const OPEN_TECHNICAL = 1;
const OPEN_DOCS = 2;
const UNKNOWN_STATUS = 3;

/** A row's status, type and labels: few distinct ones in a whole tracker, so a row keeps only the shape's number. */
interface Shape {
  status: string;
  issueType: string;
  labels: readonly string[];
  state: typeof CLOSED | typeof OPEN_TECHNICAL | typeof OPEN_DOCS | typeof UNKNOWN_STATUS;
}

/** What an id is to the scope (its string decides, so every row of an id agrees). NAMED: only named as a parent. */
const NAMED = 0;
const IN = 1;
const OUT = 2;
const EXCLUDED = 3;

/** The title a row shows: trimmed, never blank. */
const titleOf = (fields: RowFields) => (fields.title ?? '').trim() || '(untitled)';

/** updated_at in ms, NaN when the row has none (validateRow has already refused one that does not parse). */
function updatedOf(fields: RowFields): number {
  const stamp = fields.updated_at !== undefined ? parseRfc3339(fields.updated_at) : undefined;
  return stamp?.ok === true ? stamp.value.getTime() : Number.NaN;
}

/**
 * Rows as columns: row number, the previous row of the same id (-1: none), updated_at (NaN: none) and one number
 * more: a kept row's shape, or an early row's signature digest. A row costs 8-12 bytes and no object; the previous
 * row and updated_at cost nothing in a tracker without repeated ids or timestamps.
 *
 * An id's rows are chained newest first: kept rows, then the early rows written before the first of them. A link to
 * an early row is {@link earlyRef}(its index), so one number tells a kept row (>= 0), an early one (<= -2) and none.
 */
class RowTable {
  readonly row = int32Column();
  readonly previous = int32Column(-1);
  readonly updated = float64Column(Number.NaN);
  size = 0;

  constructor(readonly value: Column) {}

  push(row: number, previous: number, value: number, updated: number): number {
    const r = this.size++;
    this.row.set(r, row);
    this.previous.set(r, previous);
    this.updated.set(r, updated);
    this.value.set(r, value);
    return r;
  }

  /** The rows of this table chained from `last`, oldest first; `end` is where the chain leaves the table. */
  chain(last: number): { rows: number[]; end: number } {
    const rows: number[] = [];
    let r = last;
    for (; r >= 0; r = this.previous.get(r)) rows.push(r);
    return { rows: rows.reverse(), end: r };
  }
}

/** Early row e as a link (and back: the mapping is its own inverse). */
const earlyRef = (e: number) => -2 - e;

/** The `updated` field of a row made back from the columns: absent when the row has no updated_at. */
const updatedField = (ms: number) => (Number.isNaN(ms) ? {} : { updated: ms });

/**
 * Builds the scope from validated rows, without an object per row: each id is interned once into an {@link IdTable}
 * and everything else is typed-array columns indexed by id or by row, so a 800k-row export costs tens of MB.
 *
 * Every row of an id in dotted scope, or out of it but linked by a parent-child dependency, is kept (row order never
 * decides); a row out of scope, not closed, and written before any row of its id named a parent is kept as an early
 * row (its digest), since a later row may still link it.
 */
class ScopeCollector {
  private rootRow: number | undefined;
  private excluded = 0;
  private readonly ids = new IdTable();
  /** Per id: NAMED / IN / OUT / EXCLUDED. */
  private readonly kind = byteColumn();
  /** Per id: its latest row, kept (>= 0) or early ({@link earlyRef}), -1 for none; after finish, the deciding row. */
  private readonly last = int32Column(-1);
  /** Kept rows; their value is the shape. */
  private readonly kept = new RowTable(int32Column());
  /** A kept row's title, at the kept row's index. */
  private readonly titles = new TextArena();
  /** Early rows; their value is the signature digest. */
  private early = new RowTable(float64Column());
  /** Parent-child links of ids out of dotted scope (only those can be brought in): child id, lower-cased parent id. */
  private linkChild = new IntList();
  private linkParent = new IntList();
  private readonly shapes: Shape[] = [];
  private readonly shapeIndex = new Map<string, Map<string, Map<readonly string[], number>>>();
  private readonly words = new Map<string, string>();
  private readonly labelSets = new Map<string, readonly string[]>();
  private readonly singleLabelSets = new Map<string, readonly string[]>();
  private readonly scopeOf: (id: string) => ScopeVerdict;
  private readonly open: Set<string>;
  private readonly closed: Set<string>;
  private readonly docsLabels: Set<string>;
  private readonly technicalTypes: Set<string>;

  constructor(private readonly options: PracticalFinishOptions) {
    this.scopeOf = scopeTest(options.scope_root, options.exclude);
    this.open = normaliseList(options.open_statuses);
    this.closed = normaliseList(options.closed_statuses);
    this.docsLabels = normaliseList(options.docs_labels);
    this.technicalTypes = normaliseList(options.technical_types ?? []);
  }

  /** `updated`: the row's updated_at in ms (NaN: none), when the caller has already parsed it. */
  add(fields: RowFields, row: number, updated = updatedOf(fields)): void {
    const id = fields.id.trim();
    const scope = this.scopeOf(id);
    if (scope === 'root') {
      this.rootRow = row;
      return;
    }
    if (scope === 'excluded') {
      this.setKind(this.ids.intern(id), EXCLUDED);
      return;
    }
    const parents = parentsOf(fields);
    const status = this.word(fields.status.trim().toLowerCase());
    if (scope === 'out' && parents.length === 0) {
      const known = this.ids.find(id);
      if (known === -1 || this.last.get(known) < 0) {
        this.addEarly(known === -1 ? id : known, status, fields, row, updated);
        return;
      }
    }
    const i = this.ids.intern(id);
    this.setKind(i, scope === 'in' ? IN : OUT);
    // Parents are matched case-folded, as scopeOf matches ids: a link to `BD-3AR8V` is a link to the root. A child in
    // dotted scope is in scope whatever its links say, so only links of children out of it are kept.
    if (scope === 'out') {
      for (const p of parents) {
        this.linkChild.push(i);
        this.linkParent.push(this.ids.intern(p.toLowerCase()));
      }
    }
    this.last.set(i, this.kept.push(row, this.last.get(i), this.shapeOf(status, fields), updated));
    this.titles.append(titleOf(fields));
  }

  /**
   * Out of dotted scope with no link yet: a closed row can never matter, another is remembered by its digest. `id` is
   * the id's number, or its text when the table does not hold it yet.
   */
  private addEarly(id: string | number, status: string, fields: RowFields, row: number, updated: number): void {
    if (this.closed.has(status)) return;
    const sig = sigDigest(this.shapes[this.shapeOf(status, fields)] as Shape, titleOf(fields));
    const i = typeof id === 'number' ? id : this.ids.add(id);
    this.setKind(i, OUT);
    const previous = this.last.get(i);
    this.last.set(i, earlyRef(this.early.push(row, previous === -1 ? -1 : earlyRef(previous), sig, updated)));
  }

  private setKind(i: number, kind: number): void {
    if (kind === EXCLUDED && this.kind.get(i) !== EXCLUDED) this.excluded++;
    this.kind.set(i, kind);
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

  /** The number of the row's status, type and labels (words and label sets are shared, so maps keyed by them work). */
  private shapeOf(status: string, fields: RowFields): number {
    const issueType = this.word((fields.issue_type ?? '').trim().toLowerCase() || 'unknown');
    const labels = this.labelSet(fields.labels);
    let byType = this.shapeIndex.get(status);
    if (byType === undefined) this.shapeIndex.set(status, (byType = new Map()));
    let byLabels = byType.get(issueType);
    if (byLabels === undefined) byType.set(issueType, (byLabels = new Map()));
    let shape = byLabels.get(labels);
    if (shape === undefined) {
      shape = this.shapes.push({ status, issueType, labels, state: this.stateOf(status, issueType, labels) }) - 1;
      byLabels.set(labels, shape);
    }
    return shape;
  }

  private stateOf(status: string, issueType: string, labels: readonly string[]): Shape['state'] {
    // A status in both lists counts as open.
    if (this.open.has(status)) {
      // A docs label makes docs work only of an issue whose type is not technical: a bug or feature stays a bug or feature,
      // also spelt with a look-alike or invisible character (`bυg`, `feаture`). A look-alike never makes work docs.
      // Also behind markup or escapes (`&#98;ug`, `*bug*`), under combining marks, or with punctuation around it (`bug:`).
      const technical = wordReadings(issueType).some((t) => this.technicalTypes.has(t));
      const docs = issueType === 'docs' || (!technical && labels.some((l) => this.docsLabels.has(l)));
      return docs ? OPEN_DOCS : OPEN_TECHNICAL;
    }
    return this.closed.has(status) ? CLOSED : UNKNOWN_STATUS;
  }

  private state(kept: number): RowState {
    const shape = this.shapes[this.kept.value.get(kept)] as Shape;
    return { kept, row: this.kept.row.get(kept), status: shape.status, issueType: shape.issueType, labels: shape.labels, title: this.titles.text(kept), ...updatedField(this.kept.updated.get(kept)) };
  }

  private earlyRows(last: number): EarlyRow[] {
    return this.early.chain(last).rows.map((e) => ({ row: this.early.row.get(e), sig: this.early.value.get(e), ...updatedField(this.early.updated.get(e)) }));
  }

  /**
   * The rows an issue brought into scope by a later row's dependency wrote before that row, as far as they decide:
   * one that agrees with a kept row adds nothing; one that disagrees is a state of the issue only its digest tells,
   * so the issue is decided by the kept rows only when every row has an updated_at and a kept row is the latest.
   */
  private earlyConflict(id: string, early: readonly EarlyRow[], states: readonly RowState[]): ConflictingRows | undefined {
    const kept = new Set(states.map((s) => sigDigest(s, s.title)));
    const differ = early.filter((e) => !kept.has(e.sig));
    if (differ.length === 0) return undefined;
    const all = [...states.map((s) => ({ row: s.row, text: sigOf(s) })), ...differ.map((e) => ({ row: e.row, text: 'not closed, before the row linking it to the scope' }))].sort((a, b) => a.row - b.row);
    const conflict = (why: ConflictingRows['why']): ConflictingRows => ({ id, rows: all.map((r) => r.row), states: all.map((r) => r.text), why });
    if ([...states, ...differ].some((s) => s.updated === undefined)) return conflict('no_updated_at');
    const keptLatest = Math.max(...states.map((s) => s.updated as number));
    return differ.some((e) => (e.updated as number) >= keptLatest) ? conflict('unlinked_latest') : undefined;
  }

  /**
   * The kept row that decides id i, from all its rows (never their order), or a conflict; `first` is the row number
   * of its oldest kept row. Most ids have one row and no early row: they are decided without building anything.
   */
  private decide(i: number): Decided | ConflictingRows {
    const last = this.last.get(i);
    if (this.kept.previous.get(last) === -1) return { kept: last, first: this.kept.row.get(last), byUpdatedAt: false };
    const id = this.ids.text(i);
    const chain = this.kept.chain(last);
    const states = chain.rows.map((k) => this.state(k));
    const first = states[0] as RowState;
    if (chain.end !== -1) {
      const early = this.earlyConflict(id, this.earlyRows(earlyRef(chain.end)), states);
      if (early !== undefined) return early;
    }
    if (states.every((s) => sigOf(s) === sigOf(first))) return { kept: first.kept, first: first.row, byUpdatedAt: false };
    const rows = states.map((s) => s.row);
    const describe = states.map(sigOf);
    if (states.some((s) => s.updated === undefined)) return { id, rows, states: describe, why: 'no_updated_at' };
    const latest = Math.max(...states.map((s) => s.updated as number));
    const winners = states.filter((s) => s.updated === latest);
    if (winners.some((w) => sigOf(w) !== sigOf(winners[0] as RowState))) return { id, rows, states: describe, why: 'tie' };
    return { kept: (winners[0] as RowState).kept, first: first.row, byUpdatedAt: true };
  }

  /** Lower-cased parent id → the ids (out of dotted scope) naming it, as offsets into one array. */
  private childrenByParent(): { starts: Int32Array; children: Int32Array } {
    const starts = new Int32Array(this.ids.size + 1);
    for (let e = 0; e < this.linkParent.length; e++) (starts[this.linkParent.at(e) + 1] as number)++;
    for (let p = 0; p < this.ids.size; p++) (starts[p + 1] as number) += starts[p] as number;
    const next = starts.slice(0, this.ids.size);
    const children = new Int32Array(this.linkParent.length);
    for (let e = 0; e < this.linkParent.length; e++) {
      const parent = this.linkParent.at(e);
      children[next[parent] as number] = this.linkChild.at(e);
      (next[parent] as number)++;
    }
    return { starts, children };
  }

  /**
   * Per id, 1 when a parent-child chain links it to the root or to an issue in dotted scope. Only ids out of dotted
   * scope are children here, so the chain never runs through an excluded issue or the root.
   */
  private reach(): Uint8Array {
    const reached = new Uint8Array(this.ids.size);
    if (this.linkParent.length === 0) return reached;
    const { starts, children } = this.childrenByParent();
    const stack = new IntList();
    const visit = (parent: number) => {
      if (parent === -1) return;
      for (let e = starts[parent] as number; e < (starts[parent + 1] as number); e++) {
        const child = children[e] as number;
        if (reached[child] === 1) continue;
        reached[child] = 1;
        stack.push(child);
      }
    };
    visit(this.ids.find(this.options.scope_root.toLowerCase()));
    for (let i = 0; i < this.ids.size; i++) if (this.kind.get(i) === IN) visit(this.ids.folded(i));
    while (stack.length > 0) visit(this.ids.folded(stack.pop()));
    return reached;
  }

  /**
   * Decide every issue from all its rows and settle the scope: dotted descendants of the root, plus — with
   * follow_dependencies — every issue a parent-child chain links to the root or to an issue in scope.
   */
  finish(): Settled {
    const reached = this.reach();
    this.linkChild = new IntList();
    this.linkParent = new IntList();
    const follow = this.options.follow_dependencies !== false;
    const linkedAll: string[] = [];
    for (let i = 0; i < this.ids.size; i++) if (reached[i] === 1 && this.last.get(i) >= 0) linkedAll.push(this.ids.text(i));
    linkedAll.sort(compareIds);
    const classified: Classified = { inScope: 0, closed: 0, technical: [], docs: [], unknown: new Map() };
    /** Unknown status → the earliest first row of its issues: its finding comes in the order the status was met. */
    const firstMet = new Map<string, number>();
    const conflicts: ConflictingRows[] = [];
    let decided = 0;
    for (let i = 0; i < this.ids.size; i++) {
      if (this.last.get(i) < 0 || (this.kind.get(i) !== IN && !(follow && reached[i] === 1))) continue;
      const verdict = this.decide(i);
      if ('why' in verdict) {
        conflicts.push(verdict);
        continue;
      }
      if (verdict.byUpdatedAt) decided++;
      this.last.set(i, verdict.kept);
      this.tally(classified, i, verdict, firstMet);
    }
    this.early = new RowTable(float64Column());
    conflicts.sort((a, b) => compareIds(a.id, b.id));
    classified.technical.sort(compareIds);
    classified.docs.sort(compareIds);
    classified.unknown = new Map([...classified.unknown].sort(([a], [b]) => (firstMet.get(a) as number) - (firstMet.get(b) as number)));
    for (const group of classified.unknown.values()) group.ids.sort(compareIds);
    return {
      ...(this.rootRow !== undefined ? { rootRow: this.rootRow } : {}),
      excluded: this.excluded,
      openIssue: (id) => this.openIssue(id),
      classified,
      conflicts,
      linked: follow ? linkedAll : [],
      linkedOnly: follow ? [] : linkedAll,
      decided,
    };
  }

  /** Counts a closed issue; names an open one or one whose status is neither open nor closed. */
  private tally(out: Classified, i: number, { kept, first }: Decided, firstMet: Map<string, number>): void {
    out.inScope++;
    const shape = this.shapes[this.kept.value.get(kept)] as Shape;
    if (shape.state === CLOSED) out.closed++;
    else if (shape.state === OPEN_TECHNICAL) out.technical.push(this.ids.text(i));
    else if (shape.state === OPEN_DOCS) out.docs.push(this.ids.text(i));
    else {
      const row = this.kept.row.get(kept);
      const group = out.unknown.get(shape.status);
      if (group === undefined) out.unknown.set(shape.status, { ids: [this.ids.text(i)], row });
      else {
        group.ids.push(this.ids.text(i));
        group.row = Math.min(group.row, row);
      }
      firstMet.set(shape.status, Math.min(firstMet.get(shape.status) ?? first, first));
    }
  }

  /** The details of an open issue in scope, made when the checkpoint lists it (after finish; titles are always kept). */
  private openIssue(id: string): OpenIssue {
    const i = this.ids.find(id);
    const kept = i === -1 ? -1 : this.last.get(i);
    const shape = kept === -1 ? undefined : this.shapes[this.kept.value.get(kept)];
    if (shape === undefined || (shape.state !== OPEN_TECHNICAL && shape.state !== OPEN_DOCS)) throw new Error(`practical_finish_checkpoint: no details kept for ${id}`);
    return { id, title: this.titles.text(kept), status: shape.status, issue_type: shape.issueType, labels: shape.labels, docs: shape.state === OPEN_DOCS };
  }
}

/** The kept row deciding an issue, and the row number of its oldest kept row. */
interface Decided {
  kept: number;
  first: number;
  byUpdatedAt: boolean;
}

/** What the rows of a tracker say about the scope, once all are read. */
export interface Settled {
  rootRow?: number;
  /** How many distinct ids exclude left out. */
  excluded: number;
  openIssue: (id: string) => OpenIssue;
  classified: Classified;
  conflicts: ConflictingRows[];
  linked: string[];
  linkedOnly: string[];
  decided: number;
}

/** The scope of rows already validated, numbered as in their file: what {@link readTracker} builds as it streams. */
export function settleRows(rows: Iterable<{ fields: RowFields; row: number }>, options: PracticalFinishOptions): Settled {
  const collector = new ScopeCollector(options);
  for (const { fields, row } of rows) collector.add(fields, row);
  return collector.finish();
}

const entryExists = (root: string, path: string) => fs.lstat(resolve(root, path)).then(() => true, () => false);

/**
 * Read the first source that exists, in declared order. Only "does not exist" moves on to the next
 * candidate; a source that exists but is unreadable, empty or holds a bad row fails the gate (a
 * broken primary export must never be papered over by an older base file). Records the failure as a
 * check and returns undefined when the tracker cannot be used.
 */
export async function readTracker(ctx: GateContext, options: PracticalFinishOptions): Promise<Tracker | undefined> {
  const skipped: string[] = [];
  for (const source of options.sources) {
    const collector = new ScopeCollector(options);
    let rows = 0;
    try {
      const now = ctx.now.getTime();
      for await (const batch of ctx.read.jsonlBatches(source)) {
        for (const row of batch) {
          if (ctx.signal.aborted) return undefined;
          rows++;
          const problem = rowProblem(row.value);
          if (problem !== undefined) {
            failRow(ctx, source, row.row, problem);
            return undefined;
          }
          // A memory line of bd export says nothing about an issue (one that carries an issue's fields was refused).
          if (!checkedIssue) continue;
          const fields = row.value as RowFields;
          // A row "updated" in the future would win every disagreement: a mis-stamped or forged row decides nothing.
          const updated = checkedUpdatedAt;
          if (updated - now > FUTURE_SKEW_MS) {
            failRow(ctx, source, row.row, { code: 'future', pointer: '/updated_at', message: `/updated_at ${fields.updated_at} is after now (${ctx.now.toISOString()})`, expected: `at most 5 minutes after ${ctx.now.toISOString()}`, actual: fields.updated_at });
            return undefined;
          }
          // The stamp parsed once for both: updated_at decides disagreements in the collector.
          collector.add(fields, row.row, updated);
        }
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
      ...(settled.rootRow !== undefined ? { rootRow: settled.rootRow } : {}),
      classified: settled.classified,
      openIssue: settled.openIssue,
      excluded: settled.excluded,
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

/** The in-scope issues split into closed, technical-open, docs-open and unknown-status. */
export function classify(tracker: Tracker): Classified {
  return tracker.classified;
}

/** The details of an open issue in scope. */
export function openIssue(tracker: Tracker, id: string): OpenIssue {
  return tracker.openIssue(id);
}

/** "a, b, c, d, e, ..." — the first five ids, and an ellipsis when there are more. */
export function firstIds(ids: readonly string[], n = 5): string {
  return `${ids.slice(0, n).join(', ')}${ids.length > n ? ', ...' : ''}`;
}

