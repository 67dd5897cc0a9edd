/**
 * 
 */
import {
  type CheckDetail,
  containsId,
  currentRunId,
  fallbackRunIdReason,
  isShortRunId,
  sameRunId,
  tieToRun,
  degenerateIdReason,
  describeType,
  DIGEST_PREFIX,
  type DocumentArtifact,
  encodePointerSegment,
  escapedReadings,
  type GateContext,
  getAtPointer,
  isBlank,
  lookalikeSkeleton,
  placeholderReason as sharedPlaceholderReason,
  plural,
  removeInvisible,
  standInReason,
  undrawnSourceReadings,
} from '../../src/sdk/index.js';
import type { ArtifactLineageOptions } from './index.js';

export const LINEAGE_FIELDS = ['run_id', 'correlation_id', 'git_sha'] as const;
export type LineageField = (typeof LINEAGE_FIELDS)[number];

export const DEFAULT_PLACEHOLDER_WORDS = ['placeholder', 'todo', 'tbd', 'dummy', 'fixme', 'changeme', 'xxx', 'n/a', 'unknown'];

/** A git SHA as written in evidence: 7 hex digits (abbreviated) up to 64 (SHA-256 object names). */
const HEX_SHA = /^[0-9a-f]{7,64}$/i;
const ZERO_HASH = /^(0x)?0{7,}$/i;
export const POINTER = '^(/([^~]|~[01])*)+$';
export const POINTER_OR_ROOT = '^(/([^~]|~[01])*)*$';
const MAX_SHOWN_VALUE = 80;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const quote = (s: string) => JSON.stringify(s.length > MAX_SHOWN_VALUE ? `${s.slice(0, MAX_SHOWN_VALUE - 1)}…` : s);

/** One compiled whole-word pattern per configured word (a gate checks every leaf of every artifact against them). */
const wholeWords = new Map<string, RegExp>();
function wholeWord(w: string): RegExp {
  let re = wholeWords.get(w);
  if (re === undefined) {
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w)}(?![\\p{L}\\p{N}])`, 'iu');
    if (wholeWords.size < 1024) wholeWords.set(w, re);
  }
  return re;
}

/**
 * A gate's configured words as it matches them, worked out once per list (a gate reads every leaf of every artifact
 * against the same list): the usable ones (trimmed, not blank), their look-alike skeletons, and whether all are ASCII.
 */
interface ConfiguredWords {
  usable: readonly string[];
  skeletons: readonly string[];
  ascii: boolean;
  skeletonsAscii: boolean;
}
const configuredWords = new WeakMap<readonly string[], ConfiguredWords>();
function configured(words: readonly string[]): ConfiguredWords {
  let known = configuredWords.get(words);
  if (known === undefined) {
    const usable = words.map((w) => w.trim()).filter((w) => !isBlank(w));
    const skeletons = usable.map(lookalikeSkeleton);
    known = { usable, skeletons, ascii: usable.every((w) => ASCII.test(w)), skeletonsAscii: skeletons.every((w) => ASCII.test(w)) };
    configuredWords.set(words, known);
  }
  return known;
}
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Whether `text` holds any of `words` (usable: trimmed, not blank) as a whole word: one pattern for them all, since each
 * word's own pattern costs a Unicode regex compilation, and a value that holds no word — nearly every value — needs only
 * this one. ASCII text against ASCII words needs no Unicode classes (a letter or digit beside an ASCII word in ASCII text
 * is [A-Za-z0-9]), and that pattern compiles in a fraction of the time.
 */
const anyWords = new Map<string, RegExp | undefined>();
function holdsAnyWord(text: string, words: readonly string[], wordsAscii: boolean): boolean {
  const ascii = wordsAscii && ASCII.test(text);
  const key = `${ascii ? 'a' : 'u'}\0${words.join('\0')}`;
  let re = anyWords.get(key);
  if (re === undefined && !anyWords.has(key)) {
    const alternatives = words.map(escapeRegExp).join('|');
    re = words.length === 0 ? undefined : ascii ? new RegExp(`(?<![A-Za-z0-9])(?:${alternatives})(?![A-Za-z0-9])`, 'i') : new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu');
    if (anyWords.size < 64) anyWords.set(key, re);
  }
  return re?.test(text) ?? false;
}

/**
 * Why `value` is a placeholder, or undefined when it is not. First the engine's one meaning of
 * placeholder ({@link sharedPlaceholderReason}: unexpanded template variables anywhere, the words
 * producers write when input was missing, all-zero digests, one character repeated), then this
 * gate's configurable extra words, matched as whole words inside the value, case-insensitively, on
 * the visible text (invisible characters removed, NFKC), where a word boundary is anything but a
 * letter or digit — or a lower-to-upper case change (`runDummy`) — so "TODO: fill in",
 * "placeholder-model.joblib" and "run_dummy" match while "todos-service" and "unknownness" do not.
 */
export function placeholderReason(value: string, words: readonly string[]): string | undefined {
  const visible = removeInvisible(value).normalize('NFKC').trim();
  const body = visible.replace(DIGEST_PREFIX, '');
  if (ZERO_HASH.test(body)) return 'an all-zero hash';
  if (body.length >= 8 && [...body].every((c) => c === body[0])) return `one character repeated ${body.length} times`;
  const shared = sharedPlaceholderReason(value);
  if (shared !== undefined) return shared;
  // The configured words before the stand-ins, which hold some of them (`dummy`, `stub`): a configured word is named as one.
  const why = configuredWordReason(visible, words) ?? standInReason(visible);
  if (why !== undefined) return why;
  // The configured words behind markup and escapes too (`TO&#68;O-model.joblib`, `place&shy;holder-x`, `TO<!-- -->DO-x`).
  for (const reading of [...escapedReadings(value), ...undrawnSourceReadings(value)]) {
    const shown = configuredWordReason(removeInvisible(reading).normalize('NFKC').trim(), words);
    if (shown !== undefined) return `${shown}, behind markup or escapes`;
  }
  return undefined;
}

/**
 * Why a field named for a digest (`model_sha256`, `digest`, `contentHash`, `checksum`) holds no digest, or undefined. Whatever
 * words a producer writes there instead — `awaiting-digest`, `see CI logs`, `pendiente`, `same as before`, in any language
 * — a digest is a long run of hex or base64 digits, and a value without one is no digest. The field's last key names the
 * kind: a SHA-2 or MD5 digest, a checksum or a `digest` needs a run of 16 or more letters and digits with a digit in it (hex,
 * base64 or base32, after an `sha256:` prefix or not); a `hash` or `sha` (a git object name, abbreviated or not) one of 7
 * hex digits. A key that names something about the digest (`digest_algorithm`, `hash_url`, `sha256_verified`) is no digest.
 */
export function digestFieldReason(pointer: string, value: string): string | undefined {
  const key = pointer.slice(pointer.lastIndexOf('/') + 1).replace(/~1/gu, '/').replace(/~0/gu, '~').replace(/([a-z0-9])([A-Z])/gu, '$1_$2').toLowerCase();
  const kind = DIGEST_KEY.exec(key)?.[1];
  // A key naming an action on a digest (`update-hash`, `verify_checksum`: a script, a flag) holds no digest either.
  if (kind === undefined || DIGEST_ACTION_KEY.test(key)) return undefined;
  const visible = removeInvisible(value).normalize('NFKC').trim();
  // An algorithm's name where the key says which digest (`"hash": "sha256"`, beside the digest in its own field).
  // A value naming an algorithm as a word of it (`blueimp-md5`, a package; `sha256: see below`) is a name or a note, left to
  // the stand-in reading, which knows the notes that stand in for one (`sha256-of-model`, `sha256: to follow`).
  if (ALGORITHM_WORD.test(visible)) return undefined;
  const short = kind === 'hash' || kind === 'sha' || kind === 'sha1';
  // Hex grouped in pairs or blocks (`ed:b6:6a:…`, `edb6 6ad3 …`) is one run.
  const ungrouped = /^[0-9a-f]+(?:[:\s][0-9a-f]+)+$/iu.test(visible) ? visible.replace(/[:\s]/gu, '') : visible;
  // The run is the whole value (marks around it aside): hex inside words (`pending 0123456789abcdef`, `build
  // 2026031012345678`) is a note holding a number, no digest (review, session 32).
  const whole = ungrouped.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}=]+$/gu, '');
  if (short ? /^[0-9a-f]{7,}$/iu.test(whole) : /^[0-9a-f]{16,}$/iu.test(whole) || (/^[A-Za-z0-9+/=_-]{20,}$/u.test(whole) && isEncodedDigest(whole))) return undefined;
  return `no digest in a field named for one (${JSON.stringify(kind)}): a digest is a run of hex or base64 digits, not words`;
}
/**
 * A run of base64 or base32 digits that is a digest, not words joined: random digits mix letters with digits or both cases;
 * `pending-2026-03-10-build` (words and short numbers) and `PendingBuildComputedLater` (words in camel case) do not.
 */
function isEncodedDigest(run: string): boolean {
  if (run.split(/[-_]+/u).every(isWordOrShortNumber)) return false;
  return (/\d/u.test(run) && /[A-Za-z]/u.test(run)) || (/[A-Z]/u.test(run) && /[a-z]/u.test(run));
}
/** A word in one case, in camel case, or a number of up to four digits (`2026`): what a phrase is joined from. Linear patterns. */
function isWordOrShortNumber(token: string): boolean {
  return token === '' || /^\d{1,4}$/u.test(token) || /^[a-z]+\d{0,4}$/u.test(token) || /^[A-Z]+\d{0,4}$/u.test(token) || /^[a-z]*(?:[A-Z][a-z]{2,})+\d{0,4}$/u.test(token);
}
const ALGORITHM_WORD = /(?<![\p{L}\p{N}])(?:sha[-_]?(?:1|2|3|224|256|384|512)?|md[245]|blake[23]?[bs]?|xxh(?:32|64|128|3)?|crc(?:32c?|64)?|murmur3?|keccak(?:256)?)(?![\p{L}\p{N}])/iu;
const DIGEST_ACTION_KEY = /(?:^|[_\-. :])(?:update|compute|calc|calculate|verify|check|generate|get|set|skip|use|with|no|ignore)[_\-. ]?(?:sha\w*|md5|digest|checksum|hash|sha256sum|sha512sum)$/u;
const DIGEST_KEY = /(?:^|[_\-. ])(sha(?:1|224|256|384|512|3[_-]?\d{3})?|md5|digest|checksum|hash|sha256sum|sha512sum)$/u;

/** This gate's configured words as whole words of a visible text (see {@link placeholderReason}), or undefined. */
function configuredWordReason(visible: string, words: readonly string[]): string | undefined {
  const lower = visible.toLowerCase();
  const split = visible.replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2');
  const { usable, ascii } = configured(words);
  if (!holdsAnyWord(split, usable, ascii) && !usable.some((w) => lower === w.toLowerCase())) return drawnWordReason(visible, words);
  for (const w of usable) {
    if (lower === w.toLowerCase()) return `the placeholder word "${w}"`;
    if (wholeWord(w).test(split) && !termOfArtInPlace(w, visible)) return `the placeholder word "${w}"`;
  }
  return undefined;
}

/**
 * Placeholder words that are also the names of real things (`dummy`: a dummy encoder, dummy variables, a dummy head): in a
 * path or URI (`s3://acme/dummy-encoder/model.bin`) such a word is a stand-in only where the stand-in reading finds one
 * (`s3://acme/dummy/model.bin`, `dummy-model.joblib`: with nothing but the kind of value beside it).
 */
const TERMS_OF_ART: ReadonlySet<string> = new Set(['dummy']);
function termOfArtInPlace(word: string, visible: string): boolean {
  return TERMS_OF_ART.has(word.toLowerCase()) && /[/\\]/u.test(visible) && standInReason(visible) === undefined;
}

/**
 * A configured word drawn with look-alike letters, small capitals, digits for letters or combining marks inside a value
 * (`ᴘʟᴀᴄᴇʜᴏʟᴅᴇʀ-model.joblib`, `ТODO-model.joblib` with a Cyrillic Т, `placeh0lder-model.joblib`), or undefined. Only a
 * value that has such characters (non-ASCII, or a digit) is read again.
 */
function drawnWordReason(visible: string, words: readonly string[]): string | undefined {
  if (!/[^\x20-\x7e]|\d/u.test(visible)) return undefined;
  const drawn = lookalikeSkeleton(visible);
  const { usable, skeletons, skeletonsAscii } = configured(words);
  if (!holdsAnyWord(drawn, skeletons, skeletonsAscii)) return undefined;
  const found = usable.find((_, k) => wholeWord(skeletons[k] as string).test(drawn));
  return found === undefined ? undefined : `the placeholder word "${found}", drawn with look-alike letters`;
}

/**
 * Why a hex git SHA is made up, or undefined: a pattern repeated (`1111111`, `abcabcabc…`, `deadbeefdeadbeef…`) or a run
 * of the hex digits in order (`1234567`, `0123456789abcdef…`, `fedcba9`). An object name is a hash: it has neither.
 */
export function madeUpShaReason(value: string): string | undefined {
  const sha = value.toLowerCase();
  if (!HEX_SHA.test(sha)) return undefined;
  for (let period = 1; period <= 8 && period * 2 <= sha.length; period++) {
    if ([...sha].every((c, i) => c === sha[i % period])) return `a made-up commit SHA (${JSON.stringify(sha.slice(0, period))} repeated)`;
  }
  const digits = [...sha].map((c) => parseInt(c, 16));
  for (const step of [1, 15]) {
    if (digits.every((d, i) => i === 0 || d === ((digits[i - 1] as number) + step) % 16)) return 'a made-up commit SHA (the hex digits in order)';
  }
  return undefined;
}

/** git SHAs agree when equal ignoring case, or when one is an abbreviation (≥ 7 hex digits) of the other. */
export function shaMatches(full: string, other: string): boolean {
  return full.toLowerCase().startsWith(other.toLowerCase());
}

export interface Doc {
  path: string;
  artifact: DocumentArtifact;
}

/** A lineage field's usable value in one artifact (valid, non-blank, not a placeholder). */
interface FieldValue {
  doc: Doc;
  value: string;
  pointer: string;
}

function where(doc: Doc, pointer: string): CheckDetail {
  const at = doc.artifact.locate(pointer);
  return { path: doc.path, pointer, ...(at ? { line: at.line, column: at.column } : {}) };
}

function* stringLeaves(value: unknown, pointer: string): Generator<{ pointer: string; value: string }> {
  if (typeof value === 'string') {
    yield { pointer, value };
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* stringLeaves(item, `${pointer}/${i}`);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* stringLeaves(item, `${pointer}/${encodePointerSegment(key)}`);
  }
}

/** "both artifacts", "all 3 artifacts" — or "the 2 readable artifacts" when some could not be read. */
export const allOf = (n: number, named: number) => (n < named ? `the ${plural(n, 'readable artifact')}` : n === 2 ? 'both artifacts' : `all ${n} artifacts`);

/**
 * lineage_fields_present: required fields must be there; any lineage field that is there must be a
 * non-blank string (a git SHA: hex). Returns the usable values per field; placeholders are kept
 * aside for no_placeholders and never compared.
 */
export function collectFields(ctx: GateContext, docs: readonly Doc[], named: number, options: ArtifactLineageOptions, required: ReadonlySet<LineageField>) {
  const usable = new Map<LineageField, FieldValue[]>(LINEAGE_FIELDS.map((f) => [f, []]));
  const placeholders: (FieldValue & { why: string })[] = [];
  let problems = 0;
  for (const doc of docs) {
    for (const field of LINEAGE_FIELDS) {
      const pointer = options.fields[field];
      const lookup = getAtPointer(doc.artifact.value, pointer);
      const fix = `write the ${field} of the run that produced ${doc.path} at ${pointer}`;
      if (!lookup.found) {
        if (!required.has(field)) continue;
        problems++;
        ctx.fail('lineage_fields_present', 'missing_field', `${doc.path} has no ${field} (${pointer})`, {
          path: doc.path,
          pointer,
          expected: `a non-blank string ${field}`,
          actual: 'absent',
          fix,
        });
        continue;
      }
      const value = lookup.value;
      if (typeof value !== 'string') {
        problems++;
        ctx.fail('lineage_fields_present', 'wrong_type', `${doc.path} ${field} (${pointer}) must be a string, found ${describeType(value)}`, {
          ...where(doc, pointer),
          expected: `a non-blank string ${field}`,
          actual: value,
          fix: `write ${field} as a string (quote it)`,
        });
        continue;
      }
      if (isBlank(value)) {
        problems++;
        ctx.fail('lineage_fields_present', 'placeholder', `${doc.path} ${field} (${pointer}) is blank`, {
          ...where(doc, pointer),
          expected: `a non-blank string ${field}`,
          actual: value,
          fix,
        });
        continue;
      }
      const why = placeholderReason(value, options.placeholder_words) ?? (field === 'git_sha' ? madeUpShaReason(value) : (degenerateIdReason(value) ?? (field === 'run_id' ? fallbackRunIdReason(value) : undefined)));
      if (why !== undefined) {
        placeholders.push({ doc, value, pointer, why });
        continue;
      }
      if (field === 'git_sha' && !HEX_SHA.test(value)) {
        problems++;
        ctx.fail('lineage_fields_present', 'wrong_type', `${doc.path} git_sha (${pointer}) ${quote(value)} is not a hex commit SHA`, {
          ...where(doc, pointer),
          expected: 'a commit SHA: 7 to 64 hex digits',
          actual: value,
          fix: 'record the output of `git rev-parse HEAD` (a branch or tag name does not pin a commit)',
        });
        continue;
      }
      usable.get(field)?.push({ doc, value, pointer });
    }
  }
  if (problems === 0) {
    const names = [...required];
    ctx.pass('lineage_fields_present', `${allOf(docs.length, named)} carry ${names.join(', ')}`);
  }
  return { usable, placeholders };
}

export function compareField(ctx: GateContext, field: LineageField, values: readonly FieldValue[], readable: number): void {
  if (values.length < 2) return;
  const id = `same_${field}`;
  const isSha = field === 'git_sha';
  // For SHAs the most specific (longest) value is the reference: two abbreviations of it agree with each other.
  const reference = isSha ? values.reduce((best, v) => (v.value.length > best.value.length ? v : best)) : (values[0] as FieldValue);
  let mismatches = 0;
  for (const v of values) {
    if (v === reference) continue;
    const same = isSha ? shaMatches(reference.value, v.value) : sameRunId(v.value, reference.value);
    if (same) continue;
    mismatches++;
    ctx.fail(id, 'lineage', `${v.doc.path} ${field} ${quote(v.value)} differs from ${reference.doc.path} ${field} ${quote(reference.value)}`, {
      ...where(v.doc, v.pointer),
      expected: reference.value,
      actual: v.value,
      fix: `regenerate ${v.doc.path} and ${reference.doc.path} in the same CI run (or point the gate at the artifacts of one run): evidence from different runs proves nothing about this one`,
    });
  }
  if (mismatches > 0) return;
  const count = values.length === readable ? plural(values.length, 'artifact') : `${values.length} of ${readable} artifacts`;
  const abbreviated = isSha ? values.filter((v) => v.value.length < reference.value.length).length : 0;
  ctx.pass(id, `${count} share ${field} ${quote(reference.value)}${abbreviated > 0 ? ` (${abbreviated} abbreviated)` : ''}`);
}

export async function checkHead(ctx: GateContext, shas: readonly FieldValue[]): Promise<void> {
  const head = await ctx.git.head();
  if (head === undefined) {
    ctx.fail('git_sha_matches_head', 'lineage', 'cannot read the checked-out commit: the root is not in a git repository (or has no commit yet)', {
      expected: 'a git checkout with a HEAD commit',
      actual: 'no HEAD',
      fix: 'run the gate in the checkout the artifacts describe (CI: check out the repository, not just the artifacts), or set match_head: false',
    });
    return;
  }
  let mismatches = 0;
  for (const v of shas) {
    if (shaMatches(head, v.value)) continue;
    mismatches++;
    ctx.fail('git_sha_matches_head', 'lineage', `${v.doc.path} git_sha ${quote(v.value)} is not the checked-out commit HEAD ${head}`, {
      ...where(v.doc, v.pointer),
      expected: head,
      actual: v.value,
      fix: `regenerate ${v.doc.path} from this commit; evidence about another commit says nothing about the one being released`,
    });
  }
  if (mismatches === 0 && shas.length > 0) ctx.pass('git_sha_matches_head', `${plural(shas.length, 'artifact')} describe the checked-out commit ${head}`);
}

export function checkCorrelationContainsRunId(ctx: GateContext, runIds: readonly FieldValue[], correlationIds: readonly FieldValue[]): void {
  let checked = 0;
  let problems = 0;
  for (const corr of correlationIds) {
    const run = runIds.find((r) => r.doc === corr.doc);
    if (run === undefined) continue;
    checked++;
    // A short run_id (a run number) is contained only where a run marker names it: `3` in `bd-1f42.4.3-run-9` is not run 3.
    const why = tieToRun(run.value, corr.value);
    if (why === undefined) continue;
    problems++;
    ctx.fail('correlation_contains_run_id', 'lineage', `${corr.doc.path} correlation_id ${quote(corr.value)} does not contain its run_id ${quote(run.value)} as a whole token${isShortRunId(run.value) && containsId(corr.value, run.value) ? ` naming the run: it ${why}` : ''}`, {
      ...where(corr.doc, corr.pointer),
      expected: `a correlation_id containing "${run.value}"`,
      actual: corr.value,
      fix: 'derive correlation_id from the run id of the run that wrote the artifact (e.g. "<job>-<run_id>")',
    });
  }
  if (problems === 0 && checked > 0) ctx.pass('correlation_contains_run_id', `the correlation_id of ${plural(checked, 'artifact')} contains its run_id`);
}

/**
 * Artifacts that agree with each other may all come from an earlier run (a cache, a committed copy, last week's
 * job on the same commit): each correlation_id must contain the id of the run being judged, which the
 * pipeline exports in `envName` (the reference's claim-integrity rule: correlation_id equals the run's).
 */
export function checkCurrentRun(ctx: GateContext, envName: string, correlationIds: readonly FieldValue[], runIds: readonly FieldValue[] = []): void {
  const id = 'current_run';
  const current = currentRunId(ctx.env, envName);
  if ('why' in current) {
    ctx.fail(id, 'lineage', `${envName} ${current.why}: the artifacts cannot be tied to the run being judged`, {
      expected: `${envName} holding the id of the current CI run`,
      actual: current.actual,
      fix: `export ${envName} with the run's id in the step that runs gate-engine (the id the pipeline hands its producers), or remove current_run_env`,
    });
    return;
  }
  const runId = current.id;
  let problems = 0;
  for (const corr of correlationIds) {
    const why = tieToRun(runId, corr.value, runIds.find((r) => r.doc === corr.doc)?.value);
    if (why === undefined) continue;
    problems++;
    ctx.fail(id, 'lineage', `${corr.doc.path} correlation_id ${quote(corr.value)} is not of the current run ${quote(runId)} (${envName}): it ${why}`, {
      ...where(corr.doc, corr.pointer),
      expected: isShortRunId(runId) ? `a correlation_id naming run "${runId}" after a run marker (run-${runId}), or run_id "${runId}"` : `a correlation_id containing "${runId}"`,
      actual: corr.value,
      fix: `regenerate ${corr.doc.path} in this run; an artifact of another run (restored from a cache or committed) proves nothing about this one`,
    });
  }
  if (problems === 0 && correlationIds.length > 0) ctx.pass(id, `the correlation_id of ${plural(correlationIds.length, 'artifact')} contains the current run ${quote(runId)} (${envName})`);
}

export function checkPlaceholders(ctx: GateContext, docs: readonly Doc[], options: ArtifactLineageOptions, lineagePlaceholders: readonly (FieldValue & { why: string })[]): void {
  const findings: { doc: Doc; pointer: string; value: string; why: string }[] = [...lineagePlaceholders];
  // Every string lineage value was already judged in collectFields: count it, never report it twice.
  const seen = new Set<string>();
  for (const doc of docs) {
    for (const field of LINEAGE_FIELDS) {
      const lookup = getAtPointer(doc.artifact.value, options.fields[field]);
      if (lookup.found && typeof lookup.value === 'string') seen.add(`${doc.path}\0${options.fields[field]}`);
    }
  }
  let checked = seen.size;
  const unmatched: string[] = [];
  const textless: string[] = [];
  for (const root of options.placeholder_fields) {
    let matched = false;
    let leaves = 0;
    for (const doc of docs) {
      const lookup = getAtPointer(doc.artifact.value, root);
      if (!lookup.found) continue;
      matched = true;
      for (const leaf of stringLeaves(lookup.value, root)) {
        leaves++;
        const key = `${doc.path}\0${leaf.pointer}`;
        if (seen.has(key)) continue;
        seen.add(key);
        checked++;
        const why = placeholderReason(leaf.value, options.placeholder_words) ?? digestFieldReason(leaf.pointer, leaf.value);
        if (why !== undefined) findings.push({ doc, pointer: leaf.pointer, value: leaf.value, why });
      }
    }
    if (!matched && docs.length > 0) unmatched.push(root);
    // `artifacts: []` has no placeholder because it has no digest or URI at all: "no placeholder" over nothing proves nothing.
    else if (matched && leaves === 0) textless.push(root);
  }
  // Keep the artifacts' order, then document order, so the report reads top to bottom.
  const order = new Map(docs.map((d, i) => [d, i]));
  findings.sort((a, b) => (order.get(a.doc) ?? 0) - (order.get(b.doc) ?? 0));
  for (const f of findings) {
    ctx.fail('no_placeholders', 'placeholder', `${f.doc.path} ${f.pointer} is a placeholder: ${quote(f.value)} (${f.why})`, {
      ...where(f.doc, f.pointer),
      expected: 'real evidence, not a placeholder',
      actual: f.value,
      fix: 'produce the real value in the pipeline (a real digest, a real artifact URI, a real run id); a placeholder cannot stand in for evidence',
    });
  }
  for (const root of unmatched) {
    ctx.fail('no_placeholders', 'missing_field', `placeholder_fields pointer ${root} matches nothing in any of the ${plural(docs.length, 'artifact')}`, {
      pointer: root,
      expected: 'a pointer that exists in at least one artifact',
      actual: 'absent everywhere',
      fix: 'fix the pointer in placeholder_fields (a misspelt pointer is a field that is never checked)',
    });
  }
  for (const root of textless) {
    ctx.fail('no_placeholders', 'vacuous', `placeholder_fields pointer ${root} holds no text in any of the ${plural(docs.length, 'artifact')} (an empty list or object, or only numbers, booleans and nulls): there is no value to check, so "no placeholder" would prove nothing`, {
      pointer: root,
      expected: 'at least one text value (a digest, a URI, an id) under the pointer',
      actual: 'no text',
      fix: `have the producer write the values ${root} stands for (an artifact list with its digests and URIs), or remove the pointer from placeholder_fields`,
    });
  }
  if (findings.length === 0 && unmatched.length === 0 && textless.length === 0) {
    ctx.pass('no_placeholders', `no placeholder among ${plural(checked, 'value')} in ${plural(docs.length, 'artifact')}`);
  }
}
