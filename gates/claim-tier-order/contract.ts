/**
 * The claim-gating contract itself: version, tiers once each in canonical order, every tier's
 * language complete (an entry that folds to nothing — markup only, invisible characters — is
 * `tier_incomplete`), no phrase both allowed and forbidden (compared folded, as release texts are),
 * and the claim the release makes.
 */
import { createRequire } from 'node:module';
import {
  type CheckDetail,
  classifyText,
  describeType,
  didYouMean,
  type DocumentArtifact,
  failMissingField,
  type GateContext,
  getAtPointer,
  isBlank,
  jsonSafe,
  locateNearest,
  plural,
  valueDetail,
  whereOf,
} from '../../src/sdk/index.js';
import type * as Semver from 'semver';
import type { LanguagePhrase, TierLanguage } from './language.js';
import { foldPhrase, isMatchable } from './scan.js';

// semver is loaded when a contract version is first checked, not by every run that registers this gate.
const requireCjs = createRequire(import.meta.url);
let semverModule: typeof Semver | undefined;
const semver = (): typeof Semver => (semverModule ??= requireCjs('semver') as typeof Semver);

export const LANGUAGE_FIELDS = ['required_evidence', 'allowed_claim_language', 'forbidden_claim_language'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

function detailAt(doc: DocumentArtifact, pointer: string): CheckDetail {
  return { path: doc.path, pointer, ...locateNearest(doc, pointer) };
}

/** One entry of claim_tiers that is an object; tierId is set when it carries a string tier_id. */
export interface TierEntry {
  index: number;
  value: Record<string, unknown>;
  tierId?: string;
  /** The usable entries of each language field (strings that fold to something matchable), with their index. */
  language: Record<(typeof LANGUAGE_FIELDS)[number], LanguagePhrase[]>;
}

export const tierLabel = (entry: TierEntry) => entry.tierId ?? `claim_tiers[${entry.index}]`;

/** The language of the configured tiers, in configured order (a tier absent from the contract has none). */
export function tierLanguages(entries: readonly TierEntry[], tiers: readonly string[]): TierLanguage[] {
  return tiers.map((tierId) => {
    const entry = entries.find((e) => e.tierId === tierId);
    return { tierId, allowed: entry?.language.allowed_claim_language ?? [], forbidden: entry?.language.forbidden_claim_language ?? [] };
  });
}

export function checkVersion(ctx: GateContext, doc: DocumentArtifact, range: string): void {
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
export function checkTierOrder(ctx: GateContext, doc: DocumentArtifact, tiers: readonly string[]): TierEntry[] {
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
export function checkLanguage(ctx: GateContext, doc: DocumentArtifact, entries: readonly TierEntry[]): void {
  const id = 'tier_language_complete';
  let problems = 0;
  const fail = (pointer: string, message: string, actual: unknown, fix: string) => {
    problems++;
    ctx.fail(id, 'tier_incomplete', `${whereOf(doc.path, locateNearest(doc, pointer))}: ${message}`, {
      ...detailAt(doc, pointer),
      expected: 'a non-empty array of phrases with words in them',
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
        else if (classifyText(item) === 'blank') fail(`${pointer}/${j}`, `${label}[${j}] is blank`, item, 'remove the blank entry or write the phrase');
        else if (field === 'required_evidence') entry.language[field].push({ index: j, phrase: item, folded: item });
        else {
          const folded = foldPhrase(item);
          if (isMatchable(folded)) entry.language[field].push({ index: j, phrase: item, folded });
          else fail(`${pointer}/${j}`, `${label}[${j}] ${JSON.stringify(item)} folds to ${folded === '' ? 'nothing' : JSON.stringify(folded)}: once markup, invisible characters, dashes and spaces are gone it has no letter or digit, so it would match nothing (or everything)`, item, 'write the phrase as the words a reader would see');
        }
      });
    }
  }
  if (problems === 0 && entries.length > 0) {
    ctx.pass(id, `every tier (${entries.length}) has non-empty required_evidence, allowed_claim_language and forbidden_claim_language`, { path: doc.path, pointer: '/claim_tiers' });
  }
}

export function checkConflicts(ctx: GateContext, doc: DocumentArtifact, entries: readonly TierEntry[]): void {
  const id = 'allowed_not_forbidden';
  if (entries.length === 0) return;
  let conflicts = 0;
  let compared = 0;
  for (const entry of entries) {
    const allowed = new Map<string, number>();
    for (const { index, folded } of entry.language.allowed_claim_language) {
      if (!allowed.has(folded)) allowed.set(folded, index);
    }
    for (const { index, phrase, folded } of entry.language.forbidden_claim_language) {
      compared++;
      const allowedAt = allowed.get(folded);
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

export interface Claim {
  tier: string;
  /** "the claimed_tier option" or the name of the environment variable (claimed_tier_env). */
  source: string;
}

/** What the release claims, or undefined when nothing is claimed (a blank environment value is unset). */
export function claimOf(options: { claimed_tier?: string; claimed_tier_env: string }, env: Readonly<Record<string, string | undefined>>): Claim | undefined {
  if (options.claimed_tier !== undefined) return { tier: options.claimed_tier.trim(), source: 'the claimed_tier option' };
  const fromEnv = env[options.claimed_tier_env];
  if (fromEnv !== undefined && !isBlank(fromEnv)) return { tier: fromEnv.trim(), source: options.claimed_tier_env };
  return undefined;
}

/** claimed_tier_known. Returns the tier whose language the release texts are checked against, and whether the claim is known. */
export function checkClaim(ctx: GateContext, options: { claimed_tier?: string; claimed_tier_env: string; tiers: string[] }, strictTier: string): { claim?: Claim; known: boolean } {
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

