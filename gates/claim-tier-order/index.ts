/**
 * claim_tier_order — a claim-gating contract (the document format whose id is
 * `pi.frankennode.claim_gating_contract.v1`, the reference project's) keeps its claim tiers complete and in
 * canonical order, the tier a release claims is one the contract knows, the strict (full
 * replacement) tier is only claimed with a real, fresh, self-consistent CERTIFIED verdict and every
 * artifact the contract requires for it (each a real document of its kind saying pass), and the
 * release texts — read as a reader sees them — use no language the claimed tier may not use.
 *
 * The reference project had two validators for this contract and neither closed the loop: the
 * order of the tiers was checked by one of them only (the other checked set membership), the
 * `CERTIFIED` requirement was verified as a constant *inside the contract* rather than against a
 * verdict, the artifacts the strict tier requires were never looked at, and
 * `forbidden_claim_phrase_detected` was a declared blocker with no detector. Here each of those is a
 * check that fails closed. The machinery lives beside this file: contract.ts (the contract's
 * structure), language.ts (which phrases a tier may not use), scan.ts (finding them in what a reader
 * sees, through src/text), strict.ts (the strict tier's evidence).
 */
import { defineGate, DURATION_PATTERN, POINTER_PATTERN } from '../../src/sdk/index.js';
import type { CertificationOptions } from './strict.js';

export type { CertificationOptions } from './strict.js';

export const DEFAULT_TIERS = ['TIER-1-EXTENSION-HOST-PARITY', 'TIER-2-TARGETED-RUNTIME-PARITY', 'TIER-3-FULL-NODE-BUN-REPLACEMENT'];

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
  required_hard_gates_pointer: string;
  release_texts: string[];
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
      contract: { type: 'string', minLength: 1, default: 'docs/claim-gating-contract.json', description: 'The claim-gating contract (JSON or YAML), relative to the root.' },
      schema_id: { type: 'string', minLength: 1, default: 'pi.frankennode.claim_gating_contract.v1', description: 'Required value of the contract\'s `/schema`: the id of the claim-gating contract format the gate reads.' },
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
      claimed_tier_env: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$', default: 'GATE_ENGINE_CLAIM_TIER', description: 'Environment variable naming the claimed tier when the claimed_tier option is not set (a blank value counts as unset).' },
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
          hard_gates: { type: 'string', pattern: POINTER_PATTERN, default: '/hard_gate_results', description: 'JSON pointer of the hard gate results a certifying verdict rests on: each must pass.' },
          blocking_reasons: { type: 'string', pattern: POINTER_PATTERN, default: '/blocking_reasons', description: 'JSON pointer of the verdict\'s blocking reasons: a certifying verdict lists none.' },
          commit: { type: 'string', pattern: POINTER_PATTERN, default: '/git_commit', description: 'JSON pointer of the commit the verdict certifies; where present it must be the checked-out commit.' },
          required_hard_gates: {
            type: 'array',
            minItems: 1,
            uniqueItems: true,
            items: { type: 'string', minLength: 1, pattern: '\\S' },
            description: 'Ids of the hard gates a certifying verdict must list (each by its exact id, each passing), beside the ones the contract names at required_hard_gates_pointer. With neither, a CERTIFIED verdict is `missing_field`: the producer would choose which gates it shows.',
          },
        },
        description: 'The verdict that must certify the strict tier (read only when the strict tier is claimed).',
      },
      required_artifacts_pointer: {
        type: 'string',
        pattern: POINTER_PATTERN,
        default: '/claim_gate_policy/strict_replacement_requires/required_artifacts',
        description: 'JSON pointer, in the contract, of the artifact paths the strict tier requires; each must exist and parse.',
      },
      required_hard_gates_pointer: {
        type: 'string',
        pattern: POINTER_PATTERN,
        default: '/claim_gate_policy/strict_replacement_requires/required_hard_gates',
        description: 'JSON pointer, in the contract, of the ids of the hard gates a certifying verdict must list; absent, the certification.required_hard_gates option must name them.',
      },
      release_texts: {
        type: 'array',
        uniqueItems: true,
        items: { type: 'string', minLength: 1 },
        // GitHub shows .github/README.* in place of the root README on a repository's page: it is the README readers see.
        // A package manifest's description is what npm, crates.io, PyPI, Packagist, Hackage and RubyGems show on the
        // package's page and in search.
        default: ['README.md', 'CHANGELOG.md', '.github/README.*', '{package.json,Cargo.toml,pyproject.toml,setup.cfg,setup.py,composer.json,package.yaml,*.gemspec}'],
        description: 'Texts scanned for forbidden claims: paths (must exist) or globs (may match nothing); zero texts scanned in total is `vacuous`. The default adds .github/README.*, which GitHub shows in place of the root README, and the root package manifests (package.json, Cargo.toml, pyproject.toml, setup.cfg, setup.py, composer.json, package.yaml, *.gemspec), whose description the package registries show.',
      },
    },
  },
  artifactPath: (options) => options.contract,
  remediation: [
    'Contract structure (tier_missing / tier_duplicated / tier_unknown / tier_order / tier_incomplete / language_conflict): fix the contract (the `contract` option) so it lists every configured tier once each, in the order of `tiers`, every tier with non-empty required_evidence, allowed_claim_language and forbidden_claim_language whose phrases have words in them, and no phrase both allowed and forbidden.',
    'invalid_version: write contract_version as MAJOR.MINOR.PATCH; a new major version needs a deliberate change of version_range.',
    'unknown_claim_tier: set the variable named by claimed_tier_env (or the claimed_tier option) to one of the configured tier ids exactly, or leave it unset.',
    'not_certified / stale / contradiction / lineage: claim a lower tier, or close the failing hard gates and regenerate the certification verdict (certification.path) from this commit; the strict tier needs a fresh, self-consistent CERTIFIED verdict.',
    'strict_evidence_present (empty / placeholder / duplicate_artifact / schema / evidence_not_passing): produce every artifact the contract lists under strict_replacement_requires.required_artifacts with its own producer; each must be a distinct, real document that says pass.',
    'forbidden_claim: reword the release text at the reported file:line:column; the phrase is forbidden for the tier the release is held to (markup, entities, invisible characters, look-alike letters, case and line wraps do not change what a reader reads).',
    'unverifiable_text: remove the styling at the reported file:line:column that reorders, moves or generates text (CSS order, reversed flex, grid placement, positioning, transforms, content:, external stylesheets and fonts, dir="rtl", positioned SVG text), the image set against a letter, or the site generator template tag; a release text needs none of it.',
  ],
  reasons: {
    invalid_version: 'the contract_version is not a semantic version, or is outside the supported version_range',
    tier_missing: 'a configured claim tier is absent from the contract\'s claim_tiers',
    tier_duplicated: 'a claim tier appears more than once in claim_tiers',
    tier_unknown: 'claim_tiers holds a tier id that is not one of the configured tiers',
    tier_order: 'the claim tiers are not in canonical order',
    tier_incomplete: 'a tier\'s required_evidence, allowed_claim_language or forbidden_claim_language is absent, empty or holds a blank or non-string entry, or a claim phrase that folds to nothing (markup only, invisible characters)',
    language_conflict: 'a tier both allows and forbids the same phrase (compared folded, as release texts are)',
    unknown_claim_tier: 'the claimed tier (option or environment variable) is not a configured tier',
    not_certified: 'the strict tier is claimed but the certification verdict does not hold the required value',
    contradiction: 'strict-tier evidence contradicts itself: CERTIFIED (or allow / pass) while its own hard gates fail, blocking reasons are listed or its counts disagree',
    duplicate_artifact: 'a required strict-tier artifact is the contract, the certification verdict or another listed artifact under another name (a link or a byte-for-byte copy)',
    evidence_not_passing: 'a required strict-tier artifact the engine knows (claim verdict, practical-finish checkpoint, kernel boundary drift report) does not say allow / pass for the strict tier, or one of another kind says it failed (its status, result, verdict, outcome, conclusion or decision)',
    forbidden_claim: 'a release text, as a reader sees it, uses language the tier it is held to may not use',
    unverifiable_text: 'a release text is styled so that a reader sees its text in another order than the source, or text that is not in it (CSS order, reversed flex, grid placement, positioning, transforms, generated content, an external stylesheet or font, dir="rtl", positioned SVG text), shows an image set against a letter (it may draw one), or holds a site generator template tag ({{ … }}, {% … %}, <%= … %>): what it claims cannot be verified',
  },
  // A broken contract or an unknown claim means the gate could not evaluate the release's claims; an
  // overclaim is never what an emergency needs, so rollback relaxes none of the claim findings either.
  evidenceReasons: [
    'invalid_version', 'tier_missing', 'tier_duplicated', 'tier_unknown', 'tier_order', 'tier_incomplete', 'language_conflict', 'unknown_claim_tier',
    'not_certified', 'contradiction', 'duplicate_artifact', 'evidence_not_passing', 'forbidden_claim', 'unverifiable_text',
  ],
  // A waiver lets a gate fail for a while; a release that overclaims, or claims a tier it is not certified for,
  // must never ship, waived or not.
  unwaivableReasons: ['not_certified', 'forbidden_claim', 'unverifiable_text'],
  // Imported when the gate runs: a run without this gate never loads the text scanners and renderers.
  async evaluate(ctx, options) {
    return (await import('./evaluate.js')).evaluate(ctx, options);
  },
});
