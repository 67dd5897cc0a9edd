/**
 * A status field read on its own believes whatever the producer wrote there. A report that says `"status": "pass"`
 * beside its own `"must_pass_failed": 3`, a `failures` list with entries, or `"passed": 0` over five skipped tests
 * does not prove a pass: its producer computed the status from something else (a stale flag, a status hard-coded
 * before the loop, an exit code of the wrong process). This module reads the counts a status sits beside, by the
 * names test reporters give them, and says when they contradict or empty an unqualified pass.
 */
import { encodePointerSegment, getAtPointer, parsePointer } from '../util/pointer.js';
import { isHollow } from '../artifacts/hollow.js';
import { caselessVisibleForm, isBlank, placeholderReason, visibleForm, wordReadings } from '../util/text-classes.js';

/** Status texts that claim an unqualified pass (`warn`, `partial`, `complete` qualify or mean something else). */
const PASS_WORDS: ReadonlySet<string> = new Set(['pass', 'passed', 'passing', 'ok', 'okay', 'success', 'succeeded', 'successful', 'green', 'ready']);
/** Name parts that make a boolean `true` a pass claim (`all_required_pass`, `ok`, `succeeded`). */
const PASS_KEY_WORDS: ReadonlySet<string> = new Set([...PASS_WORDS, 'passes']);
/** Name parts of a count (or list) of items that did not pass. */
const FAIL_WORDS: ReadonlySet<string> = new Set(['fail', 'fails', 'failed', 'failing', 'failure', 'failures', 'error', 'errors', 'errored', 'unexpected', 'broken', 'crashed', 'crashes']);
/** Name parts of a flag that says the run failed (`"failed": true`). */
const FAIL_FLAG_WORDS: ReadonlySet<string> = new Set(['failed', 'failing', 'errored']);
const PASSED_WORDS: ReadonlySet<string> = new Set(['passed', 'passing']);
const SKIPPED_WORDS: ReadonlySet<string> = new Set(['skipped', 'skips']);
/** Names that only say "how many" of what their object names (`failures: {count: 3}`). */
const COUNT_WORDS: ReadonlySet<string> = new Set(['count', 'total', 'n', 'num', 'number']);
const TOTAL_WORDS: ReadonlySet<string> = new Set(['total']);
/** Lists that hold what a status summarises: empty, they summarise nothing. */
const ITEM_LISTS: ReadonlySet<string> = new Set(['results', 'tests', 'cases', 'checks', 'specs', 'scenarios', 'suites']);
/**
 * Name parts that make a count something other than "items of this run that failed": failures expected, tolerated or
 * waived by design (`expected_failures`, `allowed_failures`, `known_failures`, `flaky_failures`), bounds
 * (`max_failures`), other runs (`previous_failures`, `baseline_failed`), rates and durations.
 */
const QUALIFIERS: ReadonlySet<string> = new Set([
  'expected', 'known', 'allowed', 'allowable', 'acceptable', 'permitted', 'tolerated', 'ignored', 'waived', 'quarantined',
  'flaky', 'retried', 'retry', 'retries', 'recovered', 'rerun', 'xfail', 'xfailed', 'xpass', 'max', 'maximum', 'min', 'minimum',
  'limit', 'budget', 'threshold', 'under', 'over', 'above', 'below', 'previous', 'previously', 'prior', 'baseline', 'last', 'historical', 'history', 'trend', 'trends',
  'attempt', 'attempts', 'fixed', 'resolved',
  'rate', 'ratio', 'pct', 'percent', 'percentage', 'ms', 'sec', 'secs', 'seconds', 'duration', 'time', 'at', 'since', 'until',
  'message', 'messages', 'reason', 'if', 'on', 'fast', 'when', 'mode', 'policy', 'allow',
]);
/**
 * Words that, as the last word of a name holding one value, make it an attribute of a failure (`error_type: 3`,
 * `failure_code: 2`, `failed_test_id: 7`); elsewhere they only say which failures are counted (`type_errors: 5`,
 * `failed_type_checks: 2`), and a list or map under them holds the failures (`failed_test_names: ["a"]`,
 * `errors_by_type: {lint: 3}`).
 */
const DESCRIPTORS: ReadonlySet<string> = new Set(['code', 'codes', 'type', 'types', 'kind', 'id', 'ids', 'name', 'names']);

/** Printable ASCII: a name or status that reads as it is written (the usual case: no folding). */
const PLAIN = /^[\x20-\x7e]*$/;
/** Names seen before and their words: the keys of a list's entries repeat from entry to entry. */
const wordsMemo = new Map<string, string[]>();

/** `mustPassFailed`, `must_pass-failed`, `MUST PASS FAILED` → must, pass, failed; `failedtests`, `numfailed` → failed tests, num failed. */
export function nameWords(key: string): string[] {
  const known = wordsMemo.get(key);
  if (known !== undefined) return known;
  const words = splitWords(key);
  if (wordsMemo.size < 10_000) wordsMemo.set(key, words);
  return words;
}

function splitWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    // `numHTTPErrors`, `XMLFailures`: an acronym ends where a capitalised word begins.
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '')
    .flatMap(compoundParts);
}

/** What a count is of, and how it says "how many": the other half of a name written as one word (`failedtests`, `numfailed`). */
const COMPOUND_PARTS: ReadonlySet<string> = new Set(['test', 'tests', 'case', 'cases', 'check', 'checks', 'spec', 'specs', 'suite', 'suites', 'job', 'jobs', 'step', 'steps', 'build', 'builds', 'run', 'runs', 'assertion', 'assertions', 'item', 'items', 'num', 'count', 'total', 'n']);
const ROLE_WORDS_IN_COMPOUNDS = ['failures', 'failure', 'failed', 'fails', 'fail', 'errors', 'error', 'passed', 'skipped', 'total'];

/** A word that is a role word joined to what it counts (`failedtests`, `testsfailed`, `numerrors`), as two words. */
function compoundParts(word: string): string[] {
  for (const role of ROLE_WORDS_IN_COMPOUNDS) {
    if (word.length <= role.length) continue;
    if (word.startsWith(role) && COMPOUND_PARTS.has(word.slice(role.length))) return [role, word.slice(role.length)];
    if (word.endsWith(role) && COMPOUND_PARTS.has(word.slice(0, -role.length))) return [word.slice(0, -role.length), role];
  }
  return [word];
}

/**
 * The words of a name as a reader takes them: invisible characters gone, full-width and look-alike letters of other
 * scripts read as the Latin ones they are drawn as (`fаilures` with a Cyrillic а, `ｆａｉｌｅｄ`, `fa\u200biled`). Words
 * that make a count or an entry a failure are found in this reading; words that qualify or exempt one (`max`,
 * `quarantined`) only as written ({@link nameWords}), so a disguise never turns a failure into a tolerated one.
 */
export function readWords(key: string): string[] {
  return nameWords(PLAIN.test(key) ? key : visibleForm(key));
}

/** Whether `text`, as written or as a reader is shown it ({@link wordReadings}: markup, look-alikes, width, marks), is one of `words`. */
const isWordOf = (words: ReadonlySet<string>, text: string): boolean => wordReadings(text).some((w) => words.has(w));

/** Whether the status at `key` claims an unqualified pass: a pass word, or `true` under a name that says pass. */
export function claimsPass(key: string, status: unknown): boolean {
  if (typeof status === 'string') return isWordOf(PASS_WORDS, status);
  return status === true && readWords(key).some((w) => PASS_KEY_WORDS.has(w));
}

export interface StatusContradiction {
  code: 'contradiction' | 'vacuous' | 'wrong_type' | 'inconsistent_counts' | 'imprecise_number';
  /** The count or list that contradicts the status. */
  pointer: string;
  message: string;
  actual: unknown;
}

interface Field {
  pointer: string;
  /** The words of the field's own name, as read ({@link readWords}). */
  own: string[];
  /** The words of the object's name it sits in (below the status's object), or none, as read. */
  context: string[];
  /** The words of the field's own name and of its object's, as written ({@link nameWords}): only these qualify it. */
  written?: { own: string[]; context: string[] };
  value: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
/**
 * Whether a field plays `role` (counts failures, passed items…): its name has exactly one role word (or only says "how
 * many" inside an object whose name has it: `failures: {count: 3}`), and neither it nor that object is qualified.
 */
function playsRole(field: Field, role: ReadonlySet<string>): boolean {
  if (qualified(field)) return false;
  const inOwn = field.own.filter((w) => role.has(w)).length;
  // `unexpected_failures`, `failed_errors` still count failures; two passed or skipped words name no one count.
  if (inOwn > 0) return inOwn === 1 || role === FAIL_WORDS;
  return field.context.filter((w) => role.has(w)).length === 1 && field.own.every((w) => COUNT_WORDS.has(w));
}
/** Words that qualify a name only as a config's verb does: `fail_on`, `fail_if_empty`, `error_when_flaky`. */
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'on', 'when']);
const BASE_VERBS: ReadonlySet<string> = new Set(['fail', 'error']);

/**
 * Whether a name (its words, outer names first) has a qualifier. A condition word right after a fail word other than the
 * verb itself says where or when the failures happened (`failed_on_linux`, `errors_when_parallel`): still this run's.
 */
function hasQualifier(words: readonly string[]): boolean {
  return words.some((w, i) => {
    if (!QUALIFIERS.has(w)) return false;
    const before = words[i - 1];
    return !(CONDITIONS.has(w) && before !== undefined && FAIL_WORDS.has(before) && !BASE_VERBS.has(before));
  });
}

/** Whether a qualifier, or a descriptor ending the name of a single value, qualifies the field. */
function qualified(field: Field): boolean {
  const { own, context } = field.written ?? field;
  if (hasQualifier([...context, ...own])) return true;
  const scalar = field.value === null || typeof field.value !== 'object';
  return scalar && [own.at(-1), context.at(-1)].some((w) => w !== undefined && DESCRIPTORS.has(w));
}
/** The name without its role word: `tests_skipped` and `tests_total` (or `tests: {skipped, total}`) count the same things. */
const stemOf = (field: Field, role: ReadonlySet<string>): string => [...field.context, ...field.own].filter((w) => !role.has(w)).join(' ');

/** The status's siblings and the members of its sibling objects (`summary`, `counts`), never the status itself. */
function fieldsBeside(root: unknown, statusPointer: string): Field[] {
  const steps = parsePointer(statusPointer);
  const statusKey = steps.at(-1);
  if (statusKey === undefined) return [];
  const parentPointer = steps.slice(0, -1).map((s) => `/${encodePointerSegment(s)}`).join('');
  const parent = getAtPointer(root, parentPointer);
  if (!parent.found || !isRecord(parent.value)) return [];
  const fields: Field[] = [];
  for (const [key, value] of Object.entries(parent.value)) {
    if (key === statusKey) continue;
    const at = `${parentPointer}/${encodePointerSegment(key)}`;
    const words = readWords(key);
    const written = nameWords(key);
    fields.push({ pointer: at, own: words, context: [], written: { own: written, context: [] }, value });
    if (!isRecord(value)) continue;
    for (const [inner, v] of Object.entries(value)) fields.push({ pointer: `${at}/${encodePointerSegment(inner)}`, own: readWords(inner), context: words, written: { own: nameWords(inner), context: written }, value: v });
  }
  return fields;
}

/** A number written as text in any spelling (`"3"`, `"3.0"`, `"+3"`, `"1e2"`). */
const NUMERIC_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;

/** The number a text spells as it reads (`"3"`, `"３"` in full width, `"3\u200b"`), or undefined when it spells none. */
function numberInText(text: string): number | undefined {
  const read = PLAIN.test(text) ? text : visibleForm(text);
  if (NUMERIC_TEXT.test(read)) return Number(read);
  // Digits grouped by thousands, as a report printed for people writes them (`1,204`, `1_204`, `1 204`, `1'204`).
  return GROUPED_DIGITS.test(read) ? Number(read.replace(/[^0-9+]/g, '')) : undefined;
}

const GROUPED_DIGITS = /^\s*\+?\d{1,3}(?:([,_' \u00a0\u202f])\d{3})(?:\1\d{3})*\s*$/;

/** An outcome as it reads, for comparing with status words: `FAILED`, `ｆａｉｌ`, `fail\u200b`, `fаil` (Cyrillic а) → `failed`, `fail`. */
function outcomeWord(text: string): string {
  return PLAIN.test(text) ? text.trim().toLowerCase() : caselessVisibleForm(text);
}

/**
 * A failure count above zero (also written as text: `"3"`, `"3.0"`), a failure list with entries, a failed flag set, or
 * a map of failures by name (`failures: {"test a": "boom"}`, `errors: {lint: 3}`) one of whose unqualified members
 * shows one (a count above zero, text, entries, a set flag).
 */
function failureShown(field: Field): string | undefined {
  const v = field.value;
  if (isCount(v) && v > 0) return `counts ${v} failure${v === 1 ? '' : 's'}`;
  if (typeof v === 'string' && (numberInText(v) ?? 0) > 0) return `counts ${v.trim()} failures (written as text)`;
  if (Array.isArray(v) && v.length > 0) return `lists ${v.length} failure${v.length === 1 ? '' : 's'}`;
  if (v === true && field.own.some((w) => FAIL_FLAG_WORDS.has(w))) return 'is true';
  if (isRecord(v)) {
    // An object with a `count`/`total` summarises its failures (`failures: {count: 1, first: "x"}`); that count is read on its own.
    const summary = Object.keys(v).some((k) => nameWords(k).every((w) => COUNT_WORDS.has(w)));
    const named = summary ? undefined : Object.entries(v).find(([k, m]) => !qualified({ pointer: '', own: nameWords(k), context: [], value: m }) && memberShowsFailure(m));
    if (named !== undefined) return `maps ${JSON.stringify(named[0])} to a failure`;
  }
  return undefined;
}

const memberShowsFailure = (m: unknown): boolean =>
  (typeof m === 'number' && m > 0) || m === true || (typeof m === 'string' && !isBlank(m) && numberInText(m) !== 0) || (Array.isArray(m) && m.length > 0) || (isRecord(m) && Object.keys(m).length > 0);

type Finding = Omit<StatusContradiction, 'message'> & { says: string };

/** How the numbers of the document were written: those a double cannot hold, those written with a fraction (`5.0`). */
export interface NumberSpellings {
  inexact: ReadonlyMap<string, string>;
  nonInteger: ReadonlySet<string>;
}

const COUNT_ROLES = [FAIL_WORDS, PASSED_WORDS, SKIPPED_WORDS, TOTAL_WORDS] as const;

/**
 * A number among the counts the status is read with that is no count: one a double cannot hold as written
 * (`imprecise_number`: `10.00000000000000000001`), or not a whole number of at least 0 written as one (`wrong_type`:
 * `nan`, `-1`, `0.5`, `10.0`). Read as they are, they would be compared as counts they are not.
 */
function notACount(fields: readonly Field[], numbers: NumberSpellings): Finding | undefined {
  for (const field of fields) {
    if (typeof field.value !== 'number' || !COUNT_ROLES.some((role) => playsRole(field, role))) continue;
    const written = numbers.inexact.get(field.pointer);
    if (written !== undefined) return { code: 'imprecise_number', pointer: field.pointer, says: `is the count ${written}, which no double holds exactly`, actual: written };
    if (!isCount(field.value) || numbers.nonInteger.has(field.pointer)) return { code: 'wrong_type', pointer: field.pointer, says: `is ${String(field.value)}${isCount(field.value) ? ' written with a fraction or exponent' : ''}, which no count can be (a count is a whole number of at least 0)`, actual: field.value };
  }
  return undefined;
}

/**
 * Lists of what blocks the pass (`blocking_reasons`, `blockers`, `blocking_issues`): with an entry, something blocks it.
 * (`blocking` alone is no such list: `blocking_gates: 3` counts gates that may block.)
 */
const BLOCKER_LISTS: ReadonlySet<string> = new Set(['blockers', 'blocker', 'blocking reasons', 'blocking issues', 'blocked by', 'blocked reasons']);

/** Words a pass flag's name may hold beside its pass word (`all_required_pass`, `must_pass_ok`, `tests_passed`). */
const PASS_FLAG_WORDS: ReadonlySet<string> = new Set(['all', 'required', 'must', 'tests', 'checks', 'is', 'release', 'build', 'run']);

/**
 * A flag beside the pass whose name only says pass (`all_required_pass`, `ok`, `success`, `ready`, `ready_for_phase5`:
 * pass words, words of what passed, and whatever follows `for`) set to false: the report denies its own pass.
 */
function passFlagFalse(field: Field): boolean {
  if (field.value !== false || field.context.length > 0 || qualified(field)) return false;
  const until = field.own.indexOf('for');
  const words = until === -1 ? field.own : field.own.slice(0, until);
  return words.some((w) => PASS_KEY_WORDS.has(w)) && words.every((w) => PASS_KEY_WORDS.has(w) || PASS_FLAG_WORDS.has(w));
}

/** A failure beside the pass: counted, listed or flagged (`contradiction`). */
function failureBeside(fields: readonly Field[]): Finding | undefined {
  for (const field of fields) {
    if (passFlagFalse(field)) return { code: 'contradiction', pointer: field.pointer, says: 'is false', actual: false };
    if (Array.isArray(field.value) && field.value.length > 0 && field.context.length === 0 && BLOCKER_LISTS.has(field.own.join(' '))) {
      return { code: 'contradiction', pointer: field.pointer, says: `lists ${field.value.length} blocker${field.value.length === 1 ? '' : 's'}`, actual: field.value };
    }
    if (!playsRole(field, FAIL_WORDS)) continue;
    const shown = failureShown(field);
    if (shown !== undefined) return { code: 'contradiction', pointer: field.pointer, says: shown, actual: field.value };
  }
  return undefined;
}

/** Counts of one kind of item (`tests_passed`, `tests_skipped` beside `tests_total`) that add up to more than their total: no total counts them. */
function partsAboveTotal(fields: readonly Field[]): Finding | undefined {
  const sums = new Map<string, number>();
  for (const role of [PASSED_WORDS, FAIL_WORDS, SKIPPED_WORDS]) {
    for (const f of fields) if (playsRole(f, role) && isCount(f.value)) sums.set(stemOf(f, role), (sums.get(stemOf(f, role)) ?? 0) + f.value);
  }
  for (const total of fields) {
    if (!playsRole(total, TOTAL_WORDS) || !isCount(total.value)) continue;
    const sum = sums.get(stemOf(total, TOTAL_WORDS));
    if (sum !== undefined && sum > total.value) return { code: 'inconsistent_counts', pointer: total.pointer, says: `counts ${total.value} items in all, fewer than the ${sum} its passed, failed and skipped counts add up to`, actual: total.value };
  }
  return undefined;
}

/** Statuses an entry of a report's details gives an item that did not pass. */
const FAILED_STATUSES: ReadonlySet<string> = new Set(['fail', 'failed', 'failure', 'failing', 'error', 'errored', 'broken', 'crashed', 'timedout', 'timed_out', 'startup_failure']);

/**
 * Whether an entry says its failure does not count: `required: false`, `optional: true`, `blocking: false`, GitLab's
 * `allow_failure: true`, GitHub's `continue_on_error: true`, or a set flag under a qualifying name (`expected_failure`,
 * `quarantined`, `flaky`, `waived`).
 */
function exempt(entry: Record<string, unknown>): boolean {
  return Object.entries(entry).some(([key, v]) => {
    const words = nameWords(key);
    if (v === false) return ['required', 'blocking', 'mandatory'].includes(words.join('_'));
    if (v === true) return words.join('_') === 'continue_on_error' || words.some((w) => EXEMPTING.has(w));
    // `waiver: "bd-12"`, `quarantined: "2026-03-01"`: a named exemption; a blank or placeholder one (`TODO`) names none.
    return typeof v === 'string' && !isBlank(v) && placeholderReason(v) === undefined && words.some((w) => NAMED_EXEMPTIONS.has(w));
  });
}

const EXEMPTING: ReadonlySet<string> = new Set(['optional', 'allow', 'allowed', 'expected', 'known', 'tolerated', 'ignored', 'waived', 'waiver', 'quarantined', 'flaky', 'retried', 'recovered', 'xfail', 'xfailed', 'muted', 'advisory', 'informational']);
const NAMED_EXEMPTIONS: ReadonlySet<string> = new Set(['waived', 'waiver', 'quarantined', 'quarantine']);

/** The keys reporters give an entry's outcome (GitHub check runs: `conclusion: "failure"`). */
const ENTRY_STATUS_KEYS = ['status', 'result', 'outcome', 'verdict', 'conclusion', 'state'] as const;

/** An outcome beside the pass or in an object beside it (`result: "fail"`, `summary: {status: "failed"}`), not another run's. */
function failedOutcome(fields: readonly Field[]): Finding | undefined {
  for (const field of fields) {
    const [name, ...rest] = field.own;
    if (rest.length > 0 || !(ENTRY_STATUS_KEYS as readonly (string | undefined)[]).includes(name) || hasQualifier(field.written?.context ?? field.context)) continue;
    if (typeof field.value === 'string' && isFailedOutcome(field.value)) return { code: 'contradiction', pointer: field.pointer, says: `is ${JSON.stringify(field.value)}`, actual: field.value };
  }
  return undefined;
}

/**
 * An entry of a details list beside the pass (`extensions: [{status: "fail"}]`) that failed, under the status's own key
 * or an outcome key — or an entry further down, through entries that only group others (`suites: [{name, tests:
 * [{status: "fail"}]}]`: a suite without an outcome of its own passes only if its tests do). An entry's own outcome
 * sums up what it holds (a Playwright test `expected` or `flaky` over its failed attempts), lists under qualified names
 * (`history`, `previous`, `baseline`) are another run's, and an exempt entry's contents (`allow_failure`) are exempt
 * with it: none of them is followed.
 */
function failedEntry(fields: readonly Field[], statusKey: string): Finding | undefined {
  const budget = { left: MAX_ENTRIES_FOLLOWED };
  const statusWords = readWords(statusKey).join(' ');
  for (const field of fields) {
    const written = field.written ?? field;
    if (!Array.isArray(field.value) || hasQualifier([...written.context, ...written.own])) continue;
    const found = failedInList(field.value, field.pointer, { read: field.own, written: written.own }, statusWords, 0, budget);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Entries read below the status at most (a report of every test of a large suite), and lists followed down at most. */
const MAX_ENTRIES_FOLLOWED = 100_000;
const MAX_LIST_DEPTH = 6;

function failedInList(list: readonly unknown[], at: string, listName: { read: string[]; written: string[] }, statusWords: string, depth: number, budget: { left: number }): Finding | undefined {
  for (const [i, entry] of list.entries()) {
    if (--budget.left < 0) return undefined;
    if (!isRecord(entry) || exempt(entry)) continue;
    const here = `${at}/${i}`;
    const counted = failureInEntry(entry, here, listName.read, listName.written);
    if (counted !== undefined) return counted;
    let outcome = false;
    // Under the status's own name or an outcome's, as the names read (`Status`, `stаtus` with a Cyrillic а, `result\u200b`).
    for (const [key, status] of Object.entries(entry)) {
      if (typeof status !== 'string' || !isOutcomeName(key, statusWords)) continue;
      // A blank or placeholder outcome (`""`, `TODO`, `${STATUS}`) sums up nothing: what the entry holds is read.
      if (!isBlank(status) && placeholderReason(status) === undefined) outcome = true;
      if (isFailedOutcome(status)) {
        return { code: 'contradiction', pointer: `${here}/${encodePointerSegment(key)}`, says: `is ${JSON.stringify(status)} (an entry of its details)`, actual: status };
      }
    }
    if (outcome || depth + 1 >= MAX_LIST_DEPTH) continue;
    for (const [key, value] of Object.entries(entry)) {
      const written = nameWords(key);
      if (!Array.isArray(value) || hasQualifier(written)) continue;
      const found = failedInList(value, `${here}/${encodePointerSegment(key)}`, { read: readWords(key), written }, statusWords, depth + 1, budget);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** An outcome that failed, as written or as a reader is shown it (markup, look-alike letters, width, invisible characters). */
const isFailedOutcome = (text: string): boolean => FAILED_STATUSES.has(outcomeWord(text)) || isWordOf(FAILED_STATUSES, text);

/** Whether an entry's key names its outcome: the status's own name (`statusWords`) or one of {@link ENTRY_STATUS_KEYS}, as it reads. */
function isOutcomeName(key: string, statusWords: string): boolean {
  const words = readWords(key);
  return words.join(' ') === statusWords || (words.length === 1 && (ENTRY_STATUS_KEYS as readonly string[]).includes(words[0] as string));
}

/** A failure an entry of the details counts, lists or flags (`suites: [{name: "a", failed: 2}]`). */
function failureInEntry(entry: Record<string, unknown>, at: string, listName: string[], writtenListName: string[]): Finding | undefined {
  for (const [key, value] of Object.entries(entry)) {
    const field: Field = { pointer: `${at}/${encodePointerSegment(key)}`, own: readWords(key), context: listName, written: { own: nameWords(key), context: writtenListName }, value };
    if (!playsRole(field, FAIL_WORDS)) continue;
    const shown = failureShown(field);
    if (shown !== undefined) return { code: 'contradiction', pointer: field.pointer, says: `${shown} (an entry of its details)`, actual: value };
  }
  return undefined;
}

/** Zero passed, every item skipped, or lists of results that are all empty or of hollow entries (`[{}, {}]`), with no count of items beside them. */
function nothingRan(fields: readonly Field[]): Finding | undefined {
  // `"passed": "0"` is zero passed too, as `"failed": "3"` is three failures.
  const zero = fields.find((f) => playsRole(f, PASSED_WORDS) && (f.value === 0 || (typeof f.value === 'string' && numberInText(f.value) === 0)));
  if (zero !== undefined) return { code: 'vacuous', pointer: zero.pointer, says: 'counts 0 passed', actual: zero.value };
  const counted = fields.filter((f) => (playsRole(f, TOTAL_WORDS) || playsRole(f, PASSED_WORDS)) && isCount(f.value));
  const totals = new Map(counted.filter((f) => playsRole(f, TOTAL_WORDS)).map((f) => [stemOf(f, TOTAL_WORDS), f.value]));
  const skipped = fields.find((f) => playsRole(f, SKIPPED_WORDS) && isCount(f.value) && f.value > 0 && totals.get(stemOf(f, SKIPPED_WORDS)) === f.value);
  if (skipped !== undefined) return { code: 'vacuous', pointer: skipped.pointer, says: `skips all ${String(skipped.value)} of its items`, actual: skipped.value };
  if (counted.some((f) => (f.value as number) > 0)) return undefined;
  const lists = fields.filter((f) => f.context.length === 0 && Array.isArray(f.value) && f.own.length === 1 && ITEM_LISTS.has(f.own[0] as string));
  // One list with a real entry (`tests` beside an empty `checks`) is something that ran.
  if (lists.some((f) => !(f.value as unknown[]).every(isHollow))) return undefined;
  const empty = lists[0];
  if (empty === undefined) return undefined;
  const entries = (empty.value as unknown[]).length;
  return { code: 'vacuous', pointer: empty.pointer, says: entries === 0 ? 'lists no result at all' : `lists ${entries} result${entries === 1 ? '' : 's'} that hold nothing (null, {}, blank)`, actual: empty.value };
}

/**
 * Why a status that claims a pass (see {@link claimsPass}) is contradicted by what sits beside it (`contradiction`: a
 * failure counted, listed or flagged, a failed outcome or entry; `inconsistent_counts`: parts above their total;
 * `wrong_type`, `imprecise_number`: a count no count can be) or rests on nothing (`vacuous`: zero passed, every item
 * skipped, lists of results that hold nothing), or undefined. Only the status's own object and the objects (and lists of
 * entries, followed down through entries that only group others) directly inside it are read, so a report of
 * several suites judges the suite its status belongs to.
 */
export function statusContradiction(root: unknown, statusPointer: string, status: unknown, numbers: NumberSpellings = { inexact: new Map(), nonInteger: new Set() }): StatusContradiction | undefined {
  const key = parsePointer(statusPointer).at(-1);
  if (key === undefined || !claimsPass(key, status)) return undefined;
  const fields = fieldsBeside(root, statusPointer);
  const found = notACount(fields, numbers) ?? failureBeside(fields) ?? failedOutcome(fields) ?? failedEntry(fields, key) ?? partsAboveTotal(fields) ?? nothingRan(fields);
  if (found === undefined) return undefined;
  const { says, ...rest } = found;
  return { ...rest, message: `says ${JSON.stringify(status)} while ${found.pointer} beside it ${says}` };
}

/**
 * Statuses that say the suite did not run (or has not finished): its outcome is absent, which is a failure of the
 * evidence, not an outcome — no waiver granted for a failure it shows stands in for a run that never happened.
 */
export const NOT_RUN_STATUSES: readonly string[] = [
  'skipped', 'skip', 'not_run', 'did_not_run', 'never_ran', 'not_executed', 'not_started', 'not_tested', 'not_runnable', 'cancelled', 'canceled',
  'cancelling', 'canceling', 'aborted', 'interrupted', 'killed', 'disconnected', 'pending', 'queued', 'requested', 'waiting', 'waiting_for_resource',
  'scheduled', 'created', 'preparing', 'manual', 'in_progress', 'running', 'started', 'incomplete', 'inconclusive', 'stale',
  'expired', 'timeout', 'timed_out', 'timing_out',
];

/** A status word as compared with the not-run words: its words as a reader takes them, run together (`Timed-Out`, `TIMED_OUT`, `timedOut` → `timedout`). */
const joinedWords = (text: string): string => readWords(text).join('');

/**
 * The word of `notRun` a string status reads as (case, separators, look-alike and invisible characters aside:
 * `CANCELLED`, `Not Run`, `timed-out`), or undefined. A word that is also `allowed` is the producer's outcome, not a
 * missing one: allowed wins (a gate that allows `skipped` for a platform it does not cover).
 */
export function notRunStatus(status: unknown, notRun: readonly string[], allowed: readonly unknown[]): string | undefined {
  if (typeof status !== 'string') return undefined;
  const read = joinedWords(status);
  if (read === '') return undefined;
  const allowedWords = new Set(allowed.filter((a): a is string => typeof a === 'string').map(joinedWords));
  if (allowedWords.has(read)) return undefined;
  return notRun.find((word) => joinedWords(word) === read);
}
