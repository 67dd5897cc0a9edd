/**
 * What a release claiming tier k may not say. Tier rules only tighten:
 *
 * - the contract's `forbidden_claim_patterns` and tier k's own `forbidden_claim_language` hold always;
 * - every other tier's forbidden language holds too (a lower tier's overclaim is still an overclaim
 *   at tier k, a higher tier's a fortiori), except a phrase tier k itself explicitly allows — folded
 *   equal, or a hit that lies inside an occurrence of a phrase tier k allows;
 * - language only a higher tier allows (allowed by some tier above k and by no tier at or below k)
 *   is forbidden: using it claims the higher tier.
 *
 * A claim whose evidence does not hold (the strict tier without certification) is held to the tier
 * below it, so raising the claimed tier never removes a rule without that tier's evidence.
 */
import type { Phrase } from './scan.js';

export interface LanguagePhrase {
  index: number;
  phrase: string;
  folded: string;
}

export interface TierLanguage {
  tierId: string;
  allowed: readonly LanguagePhrase[];
  forbidden: readonly LanguagePhrase[];
}

/**
 * The phrases a release held to tier `k` (an index into `tiers`, lowest first) may not use. `k = -1`
 * means no tier is proven: every tier's forbidden language and every tier's allowed language.
 * One folded phrase is looked for once; an unconditional source wins over an exemptable one.
 */
export function phrasesFor(tiers: readonly TierLanguage[], k: number, patterns: readonly LanguagePhrase[]): Phrase[] {
  const held = tiers[k];
  const own = new Set(held?.allowed.map((a) => a.folded) ?? []);
  const allowedAtOrBelow = new Set(tiers.slice(0, k + 1).flatMap((t) => t.allowed.map((a) => a.folded)));
  const ownAllowed = [...own];
  const allowedBelow = [...allowedAtOrBelow];
  const label = held?.tierId ?? 'no proven tier';
  const byFolded = new Map<string, Phrase>();
  const add = (p: LanguagePhrase, source: string, why: string, exemptWithin: readonly string[]) => {
    const known = byFolded.get(p.folded);
    if (known === undefined) {
      byFolded.set(p.folded, { phrase: p.phrase, folded: p.folded, source, why, exemptWithin });
      return;
    }
    // Keep the stricter: fewer exemptions.
    if (exemptWithin.length < known.exemptWithin.length) byFolded.set(p.folded, { phrase: p.phrase, folded: p.folded, source, why, exemptWithin });
  };
  for (const p of patterns) add(p, `forbidden_claim_patterns[${p.index}]`, 'no release may say it, whatever tier it claims', []);
  if (held !== undefined) for (const p of held.forbidden) add(p, `${held.tierId} forbidden_claim_language[${p.index}]`, `the release is held to ${label}, which forbids it`, []);
  tiers.forEach((tier, j) => {
    if (j === k) return;
    for (const p of tier.forbidden) {
      if (own.has(p.folded)) continue;
      const relation = j < k ? 'a lower tier' : 'a higher tier';
      add(p, `${tier.tierId} forbidden_claim_language[${p.index}]`, `${relation}'s forbidden language holds for ${label} too${held === undefined ? '' : ` unless ${label} allows the phrase`}`, ownAllowed);
    }
  });
  tiers.forEach((tier, j) => {
    if (j <= k) return;
    for (const p of tier.allowed) {
      if (allowedAtOrBelow.has(p.folded)) continue;
      add(p, `${tier.tierId} allowed_claim_language[${p.index}]`, `only ${tier.tierId} allows it, and the release is held to ${label}: using it claims ${tier.tierId}`, allowedBelow);
    }
  });
  return [...byFolded.values()];
}
