/**
 * claim_tier_order — the FrankenNode claim-gating contract keeps its claim tiers complete and in
 * canonical order, the tier a release claims is one the contract knows, the strict (full
 * replacement) tier is only claimed with a real, fresh CERTIFIED verdict and every artifact the
 * contract requires for it, and the release texts use none of the contract's forbidden phrases.
 *
 * The reference project had two validators for this contract and neither closed the loop: the
 * order of the tiers was checked by one of them only (the other checked set membership), the
 * `CERTIFIED` requirement was verified as a constant *inside the contract* rather than against a
 * verdict, the artifacts the strict tier requires were never looked at, and
 * `forbidden_claim_phrase_detected` was a declared blocker with no detector. Here each of those is a
 * check that fails closed.
 */
import { posix } from 'node:path';
import { createRequire } from 'node:module';
import type * as Semver from 'semver';
import { isArtifactError } from '../src/artifacts/errors.js';
import { formatOf, type DocumentArtifact } from '../src/artifacts/reader.js';
import { describeType } from '../src/core/time.js';
import { defineGate, type CheckDetail, type GateContext } from '../src/core/types.js';
import { getAtPointer, parsePointer } from '../src/util/pointer.js';
import { didYouMean } from '../src/util/suggest.js';
import { DURATION_PATTERN, POINTER_PATTERN, failMissingField, jsonSafe, locateNearest, readDocumentChecked, showValue, valueDetail, whereOf } from './artifact-status.js';
import { plural } from '../src/util/plural.js';
import { isBlank } from '../src/util/text-classes.js';

// semver is loaded when a contract version is first checked, not by every run that registers this gate.
const requireCjs = createRequire(import.meta.url);
let semverModule: typeof Semver | undefined;
const semver = (): typeof Semver => (semverModule ??= requireCjs('semver') as typeof Semver);

export const DEFAULT_TIERS = ['TIER-1-EXTENSION-HOST-PARITY', 'TIER-2-TARGETED-RUNTIME-PARITY', 'TIER-3-FULL-NODE-BUN-REPLACEMENT'];
export const LANGUAGE_FIELDS = ['required_evidence', 'allowed_claim_language', 'forbidden_claim_language'] as const;

export interface CertificationOptions {
  path: string;
  schema_id: string;
  pointer: string;
  required: string;
  max_age: string;
  generated_at: string;
}

export interface ClaimTierOrderOptions {
  contract: string;
  schema_id: string;
  tiers: string[];
  version_range: string;
  claimed_tier?: string;
  claimed_tier_env: string;
  strict_tier?: string;
  certification: CertificationOptions;
  required_artifacts_pointer: string;
  release_texts: string[];
}

// ---------------------------------------------------------------------------------------------
// Phrase matching

/** Markdown emphasis and code markers: `**strict** drop-in` reads as "strict drop-in". */
const IGNORED_MARKERS = new Set(['*', '_', '`']);
/** Hyphens and dashes that render like "-": "drop‑in" (U+2011) is still "drop-in". */
const DASHES = /^[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]$/u;
const WHITESPACE = /^\s$/u;

/** Text folded for matching, with the offset in the original text of every folded character. */
export interface FoldedText {
  text: string;
  offsets: number[];
}

/**
 * Lower-case, every run of whitespace (line breaks included) as one space, no leading or trailing
 * space, Markdown markers dropped, dash variants as "-". `offsets[k]` is where folded character k
 * came from, so a match can be reported at its line in the original.
 */
export function foldText(source: string): FoldedText {
  let text = '';
  const offsets: number[] = [];
  let pendingSpace = -1;
  let at = 0;
  for (const ch of source) {
    const start = at;
    at += ch.length;
    if (IGNORED_MARKERS.has(ch)) continue;
    if (WHITESPACE.test(ch)) {
      if (text.length > 0 && pendingSpace === -1) pendingSpace = start;
      continue;
    }
    if (pendingSpace !== -1) {
      text += ' ';
      offsets.push(pendingSpace);
      pendingSpace = -1;
    }
    const folded = DASHES.test(ch) ? '-' : ch.toLowerCase();
    text += folded;
    for (let k = 0; k < folded.length; k++) offsets.push(start);
  }
  return { text, offsets };
}

/** A phrase as it is compared: folded like the texts it is looked for in. */
export const foldPhrase = (phrase: string): string => foldText(phrase).text;

/** Allowed/forbidden conflicts: case-insensitive and whitespace-normalised, nothing else. */
const samePhraseKey = (phrase: string): string => phrase.toLowerCase().replace(/\s+/gu, ' ').trim();

/** 1-based line and column of an offset. */
export function positionOf(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export interface PhraseMatch {
  /** Offset of the match start in the original text. */
  offset: number;
  line: number;
  column: number;
  /** The matched text as written, whitespace runs shown as one space. */
  written: string;
}

/** Every occurrence of `phrase` in `source`, by the folding rules of foldText. */
export function findPhrase(source: string, phrase: string, folded: FoldedText = foldText(source)): PhraseMatch[] {
  const needle = foldPhrase(phrase);
  if (needle === '') return [];
  const matches: PhraseMatch[] = [];
  for (let k = folded.text.indexOf(needle); k !== -1; k = folded.text.indexOf(needle, k + 1)) {
    const offset = folded.offsets[k] as number;
    const last = folded.offsets[k + needle.length - 1] as number;
    const written = source.slice(offset, last + 1).replace(/\s+/gu, ' ');
    matches.push({ offset, ...positionOf(source, offset), written });
  }
  return matches;
}

// ---------------------------------------------------------------------------------------------
// Helpers

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
const isGlob = (pattern: string) => /[*?[\]{}]/.test(pattern);
/** The last segment of a pointer, for messages: `/overall_verdict` → `overall_verdict`. */
const fieldName = (pointer: string) => parsePointer(pointer).at(-1) ?? 'the document';

function detailAt(doc: DocumentArtifact, pointer: string): CheckDetail {
  return { path: doc.path, pointer, ...locateNearest(doc, pointer) };
}

/** One entry of claim_tiers that is an object; tierId is set when it carries a string tier_id. */
interface TierEntry {
  index: number;
  value: Record<string, unknown>;
  tierId?: string;
  /** The non-blank string phrases of each language field, with their index. */
  language: Record<(typeof LANGUAGE_FIELDS)[number], { index: number; phrase: string }[]>;
}

const tierLabel = (entry: TierEntry) => entry.tierId ?? `claim_tiers[${entry.index}]`;

// ---------------------------------------------------------------------------------------------
// Checks

function checkVersion(ctx: GateContext, doc: DocumentArtifact, range: string): void {
  const id = 'contract_version';
  const pointer = '/contract_version';
  if (semver().validRange(range) === null) {
    ctx.fail(id, 'invalid_version', `the version_range option ${JSON.stringify(range)} is not a valid semver range, so no contract_version can be accepted`, {
      expected: 'a semver range such as "^1.0.0"',
      actual: range,
      fix: 'fix the gate\'s version_range option (e.g. ^1.0.0 for every 1.x contract)',
    });
    return;
  }
  const lookup = getAtPointer(doc.value, pointer);
  if (!lookup.found) {
    failMissingField(ctx, id, doc, pointer, `a semantic version satisfying ${range}`, 'have the contract declare its version, e.g. "contract_version": "1.0.0"');
    return;
  }
  const detail = valueDetail(doc, pointer);
  const where = whereOf(doc.path, doc.locate(pointer));
  const version = lookup.value;
  if (typeof version !== 'string') {
    ctx.fail(id, 'wrong_type', `${where}: contract_version must be a string, found ${describeType(version)}`, {
      ...detail,
      expected: `a semantic version string satisfying ${range}`,
      actual: jsonSafe(version),
      fix: 'write contract_version as a quoted string, e.g. "1.0.0"',
    });
    return;
  }
  // semver.valid tolerates a leading "v" and surrounding whitespace; a contract version must be written exactly.
  if (semver().valid(version) === null || !/^[0-9]/.test(version) || version !== version.trim()) {
    ctx.fail(id, 'invalid_version', `${where}: contract_version ${JSON.stringify(version)} is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.0.0)`, {
      ...detail,
      expected: `MAJOR.MINOR.PATCH satisfying ${range}`,
      actual: version,
      fix: 'write the full version with three numbers, e.g. "1.0.0" (not "1.0" or "v1.0.0")',
    });
    return;
  }
  if (!semver().satisfies(version, range)) {
    const note = semver().prerelease(version) !== null ? ' (a prerelease satisfies a range only when the range names a prerelease of the same version)' : '';
    ctx.fail(id, 'invalid_version', `${where}: contract_version ${version} is outside the supported range ${range}${note}`, {
      ...detail,
      expected: range,
      actual: version,
      fix: `this gate is configured for contracts ${range}; review what changed in the contract (a new major version can change what the tiers mean), then update version_range deliberately`,
    });
    return;
  }
  ctx.pass(id, `${where}: contract_version ${version} satisfies ${range}`, { ...detail, expected: range, actual: version });
}

/** tiers_in_order. Returns the object entries of claim_tiers (empty when it is absent or not an array). */
function checkTierOrder(ctx: GateContext, doc: DocumentArtifact, tiers: readonly string[]): TierEntry[] {
  const id = 'tiers_in_order';
  const canonical = tiers.join(' → ');
  const lookup = getAtPointer(doc.value, '/claim_tiers');
  if (!lookup.found) {
    failMissingField(ctx, id, doc, '/claim_tiers', `an array of the tiers ${canonical}`, `add "claim_tiers": one object per tier, in the order ${canonical}`);
    return [];
  }
  if (!Array.isArray(lookup.value)) {
    ctx.fail(id, 'wrong_type', `${whereOf(doc.path, doc.locate('/claim_tiers'))}: claim_tiers must be an array, found ${describeType(lookup.value)}`, {
      ...valueDetail(doc, '/claim_tiers'),
      expected: `an array of the tiers ${canonical}`,
      actual: describeType(lookup.value),
      fix: `write claim_tiers as an array of tier objects, in the order ${canonical}`,
    });
    return [];
  }
  let problems = 0;
  const entries: TierEntry[] = [];
  const firstAt = new Map<string, number>();
  lookup.value.forEach((value: unknown, index) => {
    const at = `/claim_tiers/${index}`;
    if (!isRecord(value)) {
      problems++;
      ctx.fail(id, 'wrong_type', `${whereOf(doc.path, doc.locate(at))}: claim_tiers[${index}] must be an object with a tier_id, found ${describeType(value)}`, {
        ...detailAt(doc, at),
        expected: 'an object with tier_id, required_evidence, allowed_claim_language, forbidden_claim_language',
        actual: jsonSafe(value),
        fix: 'write each claim tier as an object',
      });
      return;
    }
    const entry: TierEntry = { index, value, language: { required_evidence: [], allowed_claim_language: [], forbidden_claim_language: [] } };
    entries.push(entry);
    const tierId = value.tier_id;
    if (tierId === undefined) {
      problems++;
      failMissingField(ctx, id, doc, `${at}/tier_id`, `one of ${tiers.join(', ')}`, `give claim_tiers[${index}] its tier_id`);
      return;
    }
    if (typeof tierId !== 'string') {
      problems++;
      ctx.fail(id, 'wrong_type', `${whereOf(doc.path, doc.locate(`${at}/tier_id`))}: claim_tiers[${index}].tier_id must be a string, found ${describeType(tierId)}`, {
        ...detailAt(doc, `${at}/tier_id`),
        expected: `one of ${tiers.join(', ')}`,
        actual: jsonSafe(tierId),
        fix: 'write tier_id as a quoted string',
      });
      return;
    }
    entry.tierId = tierId;
    const where = whereOf(doc.path, doc.locate(`${at}/tier_id`));
    if (!tiers.includes(tierId)) {
      problems++;
      ctx.fail(id, 'tier_unknown', `${where}: claim_tiers[${index}] is ${JSON.stringify(tierId)}, not one of the configured tiers${didYouMean(tierId, tiers)}`, {
        ...detailAt(doc, `${at}/tier_id`),
        expected: tiers,
        actual: tierId,
        fix: `use the exact tier ids ${tiers.join(', ')}; a new tier must be added to the gate's \`tiers\` option in its place in the order, deliberately`,
      });
      return;
    }
    const first = firstAt.get(tierId);
    if (first !== undefined) {
      problems++;
      ctx.fail(id, 'tier_duplicated', `${where}: ${tierId} appears twice in claim_tiers, at index ${first} and at index ${index}`, {
        ...detailAt(doc, `${at}/tier_id`),
        expected: `${tierId} exactly once`,
        actual: `at indexes ${first} and ${index}`,
        fix: `merge the two ${tierId} entries into one; two definitions of a tier leave it ambiguous which requirements apply`,
      });
      return;
    }
    firstAt.set(tierId, index);
  });
  for (const [position, tierId] of tiers.entries()) {
    if (firstAt.has(tierId)) continue;
    problems++;
    ctx.fail(id, 'tier_missing', `${whereOf(doc.path, doc.locate('/claim_tiers'))}: claim_tiers has no ${tierId} (tier ${position + 1} of ${tiers.length}: ${canonical})`, {
      ...detailAt(doc, '/claim_tiers'),
      expected: tiers,
      actual: [...firstAt.keys()],
      fix: `add the ${tierId} tier with its required_evidence, allowed_claim_language and forbidden_claim_language, in the order ${canonical}`,
    });
  }
  // Among the configured tiers that are present (first occurrences), each must come after the one before it.
  const present = [...firstAt.entries()].sort((a, b) => a[1] - b[1]);
  for (let k = 1; k < present.length; k++) {
    const [earlierId, earlierIndex] = present[k - 1] as [string, number];
    const [laterId, laterIndex] = present[k] as [string, number];
    if (tiers.indexOf(earlierId) < tiers.indexOf(laterId)) continue;
    problems++;
    ctx.fail(id, 'tier_order', `${whereOf(doc.path, doc.locate(`/claim_tiers/${earlierIndex}/tier_id`))}: ${earlierId} at index ${earlierIndex} comes before ${laterId} at index ${laterIndex}; expected ${canonical}`, {
      ...detailAt(doc, `/claim_tiers/${earlierIndex}/tier_id`),
      expected: tiers,
      actual: present.map(([tierId]) => tierId),
      fix: `reorder claim_tiers to ${canonical}: the order is what keeps a lower tier from being read as a higher one`,
    });
  }
  if (problems === 0) ctx.pass(id, `claim_tiers lists the ${plural(tiers.length, 'configured tier')} once each, in order: ${canonical}`, { path: doc.path, pointer: '/claim_tiers', actual: tiers });
  return entries;
}

/** tier_language_complete: fills each entry's `language` with its usable phrases. */
function checkLanguage(ctx: GateContext, doc: DocumentArtifact, entries: readonly TierEntry[]): void {
  const id = 'tier_language_complete';
  let problems = 0;
  const fail = (pointer: string, message: string, actual: unknown, fix: string) => {
    problems++;
    ctx.fail(id, 'tier_incomplete', `${whereOf(doc.path, locateNearest(doc, pointer))}: ${message}`, {
      ...detailAt(doc, pointer),
      expected: 'a non-empty array of non-blank strings',
      actual: jsonSafe(actual),
      fix,
    });
  };
  for (const entry of entries) {
    for (const field of LANGUAGE_FIELDS) {
      const pointer = `/claim_tiers/${entry.index}/${field}`;
      const value = entry.value[field];
      const label = `${tierLabel(entry)} ${field}`;
      if (value === undefined) {
        fail(pointer, `${label} is absent`, 'absent', `add ${field} to ${tierLabel(entry)}: a tier without it cannot be gated`);
        continue;
      }
      if (!Array.isArray(value)) {
        fail(pointer, `${label} must be an array, found ${describeType(value)}`, value, `write ${field} as an array of strings`);
        continue;
      }
      if (value.length === 0) {
        fail(pointer, `${label} is empty`, [], `list at least one ${field === 'required_evidence' ? 'piece of evidence' : 'phrase'} in ${field}; an empty list gates nothing`);
        continue;
      }
      value.forEach((item: unknown, j) => {
        if (typeof item !== 'string') fail(`${pointer}/${j}`, `${label}[${j}] must be a string, found ${describeType(item)}`, item, 'write every entry as a quoted string');
        else if (isBlank(item)) fail(`${pointer}/${j}`, `${label}[${j}] is blank`, item, 'remove the blank entry or write the phrase');
        else entry.language[field].push({ index: j, phrase: item });
      });
    }
  }
  if (problems === 0 && entries.length > 0) {
    ctx.pass(id, `every tier (${entries.length}) has non-empty required_evidence, allowed_claim_language and forbidden_claim_language`, { path: doc.path, pointer: '/claim_tiers' });
  }
}

function checkConflicts(ctx: GateContext, doc: DocumentArtifact, entries: readonly TierEntry[]): void {
  const id = 'allowed_not_forbidden';
  if (entries.length === 0) return;
  let conflicts = 0;
  let compared = 0;
  for (const entry of entries) {
    const allowed = new Map<string, number>();
    for (const { index, phrase } of entry.language.allowed_claim_language) {
      const key = samePhraseKey(phrase);
      if (!allowed.has(key)) allowed.set(key, index);
    }
    for (const { index, phrase } of entry.language.forbidden_claim_language) {
      compared++;
      const allowedAt = allowed.get(samePhraseKey(phrase));
      if (allowedAt === undefined) continue;
      conflicts++;
      const pointer = `/claim_tiers/${entry.index}/forbidden_claim_language/${index}`;
      const allowedPhrase = entry.language.allowed_claim_language.find((a) => a.index === allowedAt)?.phrase ?? phrase;
      ctx.fail(id, 'language_conflict', `${whereOf(doc.path, doc.locate(pointer))}: ${tierLabel(entry)} both allows ${JSON.stringify(allowedPhrase)} (allowed_claim_language[${allowedAt}]) and forbids ${JSON.stringify(phrase)} (forbidden_claim_language[${index}])`, {
        ...detailAt(doc, pointer),
        expected: 'a phrase either allowed or forbidden, not both',
        actual: phrase,
        fix: `decide whether ${tierLabel(entry)} may use this phrase and keep it in one list only; a phrase in both makes the release text check meaningless`,
      });
    }
  }
  if (conflicts === 0) ctx.pass(id, `no tier allows a phrase it forbids (${plural(compared, 'forbidden phrase')} compared)`, { path: doc.path, pointer: '/claim_tiers' });
}

interface Claim {
  tier: string;
  /** "the claimed_tier option" or "FRANKEN_NODE_CLAIM_TIER". */
  source: string;
}

/** What the release claims, or undefined when nothing is claimed (a blank environment value is unset). */
export function claimOf(options: Pick<ClaimTierOrderOptions, 'claimed_tier' | 'claimed_tier_env'>, env: Readonly<Record<string, string | undefined>>): Claim | undefined {
  if (options.claimed_tier !== undefined) return { tier: options.claimed_tier.trim(), source: 'the claimed_tier option' };
  const fromEnv = env[options.claimed_tier_env];
  if (fromEnv !== undefined && !isBlank(fromEnv)) return { tier: fromEnv.trim(), source: options.claimed_tier_env };
  return undefined;
}

/** claimed_tier_known. Returns the tier whose language the release texts are checked against, and whether the claim is known. */
function checkClaim(ctx: GateContext, options: ClaimTierOrderOptions, strictTier: string): { claim?: Claim; known: boolean } {
  const id = 'claimed_tier_known';
  const { tiers } = options;
  let ok = true;
  if (!tiers.includes(strictTier)) {
    ok = false;
    ctx.fail(id, 'unknown_claim_tier', `the strict_tier option ${JSON.stringify(strictTier)} is not one of the configured tiers${didYouMean(strictTier, tiers)}`, {
      expected: tiers,
      actual: strictTier,
      fix: 'set strict_tier to one of the configured tiers (by default the last one), or leave it out',
    });
  }
  const claim = claimOf(options, ctx.env);
  if (claim === undefined) {
    if (ok) ctx.pass(id, `no tier is claimed (neither the claimed_tier option nor ${options.claimed_tier_env} is set): release texts are checked against the first tier, ${tiers[0]}`);
    return { known: true };
  }
  const from = claim.source === options.claimed_tier_env ? `${claim.source}=${claim.tier}` : `${claim.source} (${claim.tier})`;
  if (!tiers.includes(claim.tier)) {
    ctx.fail(id, 'unknown_claim_tier', `${from} is not a configured claim tier${didYouMean(claim.tier, tiers)}`, {
      expected: tiers,
      actual: claim.tier,
      fix: `claim one of ${tiers.join(', ')} exactly (or claim nothing, which means ${tiers[0]}); an unknown tier cannot be gated`,
    });
    return { claim, known: false };
  }
  if (ok) ctx.pass(id, `${from} is a configured tier${claim.tier === strictTier ? ' — the strict tier: it needs a CERTIFIED verdict and every required artifact' : ''}`, { actual: claim.tier });
  return { claim, known: true };
}

async function checkCertified(ctx: GateContext, options: ClaimTierOrderOptions, strictTier: string): Promise<void> {
  const id = 'strict_tier_certified';
  const cert = options.certification;
  let doc: DocumentArtifact;
  try {
    doc = await ctx.read.document(cert.path, { schemaId: cert.schema_id, maxAge: cert.max_age.trim(), generatedAt: cert.generated_at });
  } catch (e) {
    ctx.failFromError(id, e);
    return;
  }
  const lookup = getAtPointer(doc.value, cert.pointer);
  const field = fieldName(cert.pointer);
  if (!lookup.found) {
    failMissingField(ctx, id, doc, cert.pointer, cert.required, `the certification verdict must state ${field}; regenerate ${doc.path} with its producer`);
    return;
  }
  const where = whereOf(doc.path, doc.locate(cert.pointer));
  const detail = valueDetail(doc, cert.pointer);
  if (lookup.value !== cert.required) {
    const shown = typeof lookup.value === 'string' ? lookup.value : showValue(lookup.value);
    const nearly = typeof lookup.value === 'string' && lookup.value.trim().toUpperCase() === cert.required.toUpperCase();
    ctx.fail(id, 'not_certified', `${where}: ${field} is ${shown}; ${strictTier} requires ${cert.required}`, {
      ...detail,
      expected: cert.required,
      actual: jsonSafe(lookup.value),
      fix: nearly
        ? `the verdict must be exactly ${JSON.stringify(cert.required)}; fix its producer`
        : `claim a lower tier, or close the failing hard gates until the certification verdict is ${cert.required}; a strict-tier claim without certification is an overclaim`,
    });
    return;
  }
  ctx.pass(id, `${where}: ${field} is ${cert.required} (generated ${doc.record.generated_at ?? '?'}, within ${cert.max_age.trim()})`, { ...detail, expected: cert.required, actual: cert.required });
}

async function checkStrictEvidence(ctx: GateContext, contract: DocumentArtifact, options: ClaimTierOrderOptions, strictTier: string): Promise<void> {
  const id = 'strict_evidence_present';
  const pointer = options.required_artifacts_pointer;
  const lookup = getAtPointer(contract.value, pointer);
  if (!lookup.found) {
    failMissingField(ctx, id, contract, pointer, 'a non-empty list of artifact paths', `list the artifacts ${strictTier} requires at ${pointer}; without them nothing proves the strict tier`);
    return;
  }
  const where = whereOf(contract.path, contract.locate(pointer));
  if (!Array.isArray(lookup.value)) {
    ctx.fail(id, 'wrong_type', `${where}: ${pointer} must be an array of paths, found ${describeType(lookup.value)}`, {
      ...valueDetail(contract, pointer),
      expected: 'a non-empty array of artifact paths',
      actual: jsonSafe(lookup.value),
      fix: 'write the required artifacts as an array of paths relative to the root',
    });
    return;
  }
  if (lookup.value.length === 0) {
    ctx.fail(id, 'missing_field', `${where}: ${pointer} is empty: the contract names no artifact ${strictTier} requires`, {
      ...valueDetail(contract, pointer),
      expected: 'a non-empty array of artifact paths',
      actual: [],
      fix: `list the artifacts that prove ${strictTier} (claim verdict, practical-finish checkpoint, kernel boundary drift report…)`,
    });
    return;
  }
  let problems = 0;
  const present: string[] = [];
  for (const [i, item] of (lookup.value as unknown[]).entries()) {
    const at = `${pointer}/${i}`;
    if (typeof item !== 'string' || isBlank(item)) {
      problems++;
      ctx.fail(id, typeof item === 'string' ? 'placeholder' : 'wrong_type', `${whereOf(contract.path, contract.locate(at))}: ${at} must be an artifact path, found ${typeof item === 'string' ? 'a blank string' : describeType(item)}`, {
        ...detailAt(contract, at),
        expected: 'a path relative to the root',
        actual: jsonSafe(item),
        fix: 'write each required artifact as a non-blank path',
      });
      continue;
    }
    try {
      const artifact = formatOf(item) !== undefined ? await ctx.read.document(item) : await ctx.read.text(item);
      present.push(artifact.path);
    } catch (e) {
      if (!isArtifactError(e)) throw e;
      problems++;
      ctx.fail(id, e.code, `${e.message} (required for ${strictTier} by ${contract.path} ${at})`, {
        ...e.detail,
        fix: e.detail.fix ?? `produce ${item}`,
      });
    }
  }
  if (problems === 0) ctx.pass(id, `all ${plural(present.length, 'artifact')} ${strictTier} requires are present and parse: ${present.join(', ')}`, { actual: present });
}

interface Phrase {
  phrase: string;
  /** Where it comes from, for messages: `forbidden_claim_patterns[0]`, `TIER-1… forbidden_claim_language[1]`. */
  source: string;
}

/** The contract's forbidden_claim_patterns that can be matched; reports the ones that cannot. */
function patternsOf(ctx: GateContext, contract: DocumentArtifact, id: string): { phrases: Phrase[]; problems: number } {
  const pointer = '/forbidden_claim_patterns';
  const lookup = getAtPointer(contract.value, pointer);
  if (!lookup.found) {
    failMissingField(ctx, id, contract, pointer, 'a non-empty array of forbidden phrases', 'list the phrases no release text may use, e.g. "strict drop-in replacement for Node/Bun"');
    return { phrases: [], problems: 1 };
  }
  const where = whereOf(contract.path, contract.locate(pointer));
  if (!Array.isArray(lookup.value) || lookup.value.length === 0) {
    const isArray = Array.isArray(lookup.value);
    ctx.fail(id, isArray ? 'missing_field' : 'wrong_type', `${where}: forbidden_claim_patterns ${isArray ? 'is empty' : `must be an array, found ${describeType(lookup.value)}`}`, {
      ...valueDetail(contract, pointer),
      expected: 'a non-empty array of forbidden phrases',
      actual: jsonSafe(lookup.value),
      fix: 'list the phrases no release text may use, e.g. "strict drop-in replacement for Node/Bun"',
    });
    return { phrases: [], problems: 1 };
  }
  let problems = 0;
  const phrases: Phrase[] = [];
  (lookup.value as unknown[]).forEach((item, i) => {
    if (typeof item === 'string' && foldPhrase(item) !== '') {
      phrases.push({ phrase: item, source: `forbidden_claim_patterns[${i}]` });
      return;
    }
    problems++;
    const at = `${pointer}/${i}`;
    ctx.fail(id, 'wrong_type', `${whereOf(contract.path, contract.locate(at))}: forbidden_claim_patterns[${i}] must be a non-blank phrase, found ${describeType(item)}`, {
      ...detailAt(contract, at),
      expected: 'a non-blank string',
      actual: jsonSafe(item),
      fix: 'write each forbidden phrase as a non-blank string, or remove the entry',
    });
  });
  return { phrases, problems };
}

/** The release texts to scan: literal paths as given, globs expanded; each file once. */
async function releaseTexts(ctx: GateContext, patterns: readonly string[], id: string): Promise<{ files: string[]; problems: number }> {
  const files: string[] = [];
  const seen = new Set<string>();
  let problems = 0;
  for (const pattern of patterns) {
    let matched: string[];
    if (isGlob(pattern)) {
      try {
        matched = await ctx.list(pattern);
      } catch (e) {
        ctx.failFromError(id, e);
        problems++;
        continue;
      }
    } else {
      matched = [pattern];
    }
    for (const file of matched) {
      const key = posix.normalize(file);
      if (seen.has(key)) continue;
      seen.add(key);
      files.push(file);
    }
  }
  return { files, problems };
}

async function checkForbiddenClaims(ctx: GateContext, contract: DocumentArtifact, options: ClaimTierOrderOptions, entries: readonly TierEntry[], languageTier: string, claimNote: string): Promise<void> {
  const id = 'no_forbidden_claims';
  const patterns = patternsOf(ctx, contract, id);
  let problems = patterns.problems;
  const tierEntry = entries.find((e) => e.tierId === languageTier);
  const tierPhrases: Phrase[] = (tierEntry?.language.forbidden_claim_language ?? []).map(({ index, phrase }) => ({ phrase, source: `${languageTier} forbidden_claim_language[${index}]` }));
  // One phrase listed twice (in the patterns and in the tier) is looked for once.
  const phrases: Phrase[] = [];
  const keys = new Set<string>();
  for (const p of [...patterns.phrases, ...tierPhrases]) {
    const key = foldPhrase(p.phrase);
    if (key === '' || keys.has(key)) continue;
    keys.add(key);
    phrases.push(p);
  }

  const listed = await releaseTexts(ctx, options.release_texts, id);
  problems += listed.problems;
  const scanned: string[] = [];
  let findings = 0;
  for (const file of listed.files) {
    let text: string;
    let path: string;
    try {
      const artifact = await ctx.read.text(file);
      text = artifact.text;
      path = artifact.path;
    } catch (e) {
      ctx.failFromError(id, e);
      problems++;
      continue;
    }
    scanned.push(path);
    const folded = foldText(text);
    const hits = phrases.flatMap((p) => findPhrase(text, p.phrase, folded).map((m) => ({ ...m, p })));
    hits.sort((a, b) => a.offset - b.offset);
    for (const hit of hits) {
      findings++;
      ctx.fail(id, 'forbidden_claim', `${path}:${hit.line} ${JSON.stringify(hit.p.phrase)} is a forbidden claim (${hit.p.source} of ${contract.path})`, {
        path,
        line: hit.line,
        column: hit.column,
        expected: `no phrase forbidden by ${contract.path}`,
        actual: hit.written,
        fix: `reword or remove it (${claimNote}); a tier that allows this language may be claimed only once its evidence proves it`,
      });
    }
  }
  if (scanned.length === 0) {
    problems++;
    ctx.fail(id, 'vacuous', `no release text was scanned (release_texts: ${options.release_texts.length === 0 ? 'none' : options.release_texts.join(', ')}); zero texts cannot prove the release makes no forbidden claim`, {
      expected: 'at least one release text',
      actual: 'none',
      fix: 'point release_texts at the README, CHANGELOG and release notes the release publishes',
    });
  }
  if (phrases.length === 0) {
    problems++;
    ctx.fail(id, 'vacuous', `no forbidden phrase to look for: the contract has no usable forbidden_claim_patterns and ${languageTier} has no forbidden_claim_language`, {
      path: contract.path,
      expected: 'at least one forbidden phrase',
      actual: 'none',
      fix: 'restore forbidden_claim_patterns and the tiers\' forbidden_claim_language in the contract',
    });
  }
  if (problems === 0 && findings === 0) {
    const fromTier = tierPhrases.length > 0 ? `${plural(tierPhrases.length, 'phrase')} of ${languageTier} forbidden_claim_language` : `none from ${languageTier}`;
    ctx.pass(id, `no forbidden claim in ${plural(scanned.length, 'release text')} (${scanned.join(', ')}): ${plural(phrases.length, 'phrase')} checked (${plural(patterns.phrases.length, 'forbidden_claim_pattern')}, ${fromTier})`, {
      actual: scanned,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The gate

const tierOption = (description: string) => ({ type: 'string', minLength: 1, pattern: '\\S', description });

export default defineGate<ClaimTierOrderOptions>({
  type: 'claim_tier_order',
  title: 'Claim tier order',
  description:
    'The claim-gating contract lists its claim tiers once each, complete and in canonical order; the claimed tier is known; the strict tier needs a fresh CERTIFIED verdict and every required artifact; release texts use no forbidden claim.',
  blocking: true,
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      contract: { type: 'string', minLength: 1, default: 'docs/franken-node-claim-gating-contract.json', description: 'The claim-gating contract (JSON or YAML), relative to the root.' },
      schema_id: { type: 'string', minLength: 1, default: 'pi.frankennode.claim_gating_contract.v1', description: 'Required value of the contract\'s `/schema`.' },
      tiers: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { type: 'string', minLength: 1, pattern: '\\S' },
        default: DEFAULT_TIERS,
        description: 'The claim tier ids in canonical order, lowest first: each must appear in claim_tiers exactly once, in this order.',
      },
      version_range: { type: 'string', minLength: 1, default: '^1.0.0', description: 'Semver range the contract\'s `contract_version` must satisfy.' },
      claimed_tier: tierOption('The tier this release claims; wins over the environment variable. Unset (and the variable unset or blank): nothing is claimed and release texts are checked against the first tier.'),
      claimed_tier_env: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$', default: 'FRANKEN_NODE_CLAIM_TIER', description: 'Environment variable naming the claimed tier when the claimed_tier option is not set (a blank value counts as unset).' },
      strict_tier: tierOption('The tier that needs certification and the required artifacts (default: the last of `tiers`).'),
      certification: {
        type: 'object',
        additionalProperties: false,
        default: {},
        properties: {
          path: { type: 'string', minLength: 1, default: 'docs/dropin-certification-verdict.json', description: 'The certification verdict (JSON or YAML), relative to the root.' },
          schema_id: { type: 'string', minLength: 1, default: 'pi.dropin.certification_verdict.v1', description: 'Required value of the verdict\'s `/schema`.' },
          pointer: { type: 'string', pattern: POINTER_PATTERN, default: '/overall_verdict', description: 'JSON pointer of the verdict value.' },
          required: { type: 'string', minLength: 1, default: 'CERTIFIED', description: 'The value the verdict must hold, exactly.' },
          max_age: { type: 'string', pattern: DURATION_PATTERN, default: '7d', description: 'Maximum age of the verdict, measured from `generated_at`.' },
          generated_at: { type: 'string', pattern: POINTER_PATTERN, default: '/generated_at_utc', description: 'JSON pointer of the verdict\'s RFC 3339 timestamp.' },
        },
        description: 'The verdict that must certify the strict tier (read only when the strict tier is claimed).',
      },
      required_artifacts_pointer: {
        type: 'string',
        pattern: POINTER_PATTERN,
        default: '/claim_gate_policy/strict_replacement_requires/required_artifacts',
        description: 'JSON pointer, in the contract, of the artifact paths the strict tier requires; each must exist and parse.',
      },
      release_texts: {
        type: 'array',
        uniqueItems: true,
        items: { type: 'string', minLength: 1 },
        default: ['README.md', 'CHANGELOG.md'],
        description: 'Texts scanned for forbidden claims: paths (must exist) or globs (may match nothing); zero texts scanned in total is `vacuous`.',
      },
    },
  },
  artifactPath: (options) => options.contract,
  remediation: [
    'Contract structure (tier_missing / tier_duplicated / tier_unknown / tier_order / tier_incomplete / language_conflict): fix docs/franken-node-claim-gating-contract.json so it lists TIER-1 → TIER-2 → TIER-3 once each, every tier with non-empty required_evidence, allowed_claim_language and forbidden_claim_language, and no phrase both allowed and forbidden.',
    'invalid_version: write contract_version as MAJOR.MINOR.PATCH; a new major version needs a deliberate change of version_range.',
    'unknown_claim_tier: set FRANKEN_NODE_CLAIM_TIER (or claimed_tier) to one of the configured tier ids exactly, or leave it unset.',
    'not_certified / stale: claim a lower tier, or regenerate docs/dropin-certification-verdict.json after the hard gates pass; the strict tier needs a fresh CERTIFIED verdict.',
    'strict_evidence_present: produce every artifact the contract lists under strict_replacement_requires.required_artifacts.',
    'forbidden_claim: reword the release text at the reported file:line; the phrase is forbidden for the claimed tier (or by the contract\'s forbidden_claim_patterns).',
  ],
  reasons: {
    invalid_version: 'the contract_version is not a semantic version, or is outside the supported version_range',
    tier_missing: 'a configured claim tier is absent from the contract\'s claim_tiers',
    tier_duplicated: 'a claim tier appears more than once in claim_tiers',
    tier_unknown: 'claim_tiers holds a tier id that is not one of the configured tiers',
    tier_order: 'the claim tiers are not in canonical order',
    tier_incomplete: 'a tier\'s required_evidence, allowed_claim_language or forbidden_claim_language is absent, empty or holds a blank or non-string entry',
    language_conflict: 'a tier both allows and forbids the same phrase',
    unknown_claim_tier: 'the claimed tier (option or environment variable) is not a configured tier',
    not_certified: 'the strict tier is claimed but the certification verdict does not hold the required value',
    forbidden_claim: 'a release text uses a phrase the contract forbids for the claimed tier',
  },
  // A broken contract or an unknown claim means the gate could not evaluate the release's claims.
  evidenceReasons: ['invalid_version', 'tier_missing', 'tier_duplicated', 'tier_unknown', 'tier_order', 'tier_incomplete', 'language_conflict', 'unknown_claim_tier'],
  async evaluate(ctx, options) {
    const contract = await readDocumentChecked(ctx, { path: options.contract, schema_id: options.schema_id }, 'contract');
    if (contract === undefined) return;
    ctx.pass('contract', `${contract.path} read (schema ${options.schema_id})`, { path: contract.path });

    checkVersion(ctx, contract, options.version_range);
    const entries = checkTierOrder(ctx, contract, options.tiers);
    checkLanguage(ctx, contract, entries);
    checkConflicts(ctx, contract, entries);

    const strictTier = options.strict_tier?.trim() ?? (options.tiers.at(-1) as string);
    const { claim, known } = checkClaim(ctx, options, strictTier);
    if (claim !== undefined && known && claim.tier === strictTier) {
      await checkCertified(ctx, options, strictTier);
      await checkStrictEvidence(ctx, contract, options, strictTier);
    }

    const languageTier = claim !== undefined && known ? claim.tier : (options.tiers[0] as string);
    const claimNote =
      claim === undefined
        ? `no tier is claimed, so the release speaks for ${languageTier}`
        : known
          ? `the release claims ${languageTier}`
          : `the claimed tier ${JSON.stringify(claim.tier)} is unknown, so the release is held to ${languageTier}`;
    await checkForbiddenClaims(ctx, contract, options, entries, languageTier, claimNote);
  },
});
