/**
 * The published JSON Schema of the claim-gating contract (schemas/claim_gating_contract.schema.json):
 * the structure the gate's checks accept (contract.ts and index.ts check it in code, with located
 * findings; this schema describes the same shape for producers and editors). Which tiers, their order
 * and the claim are options of the gate, so tier ids are only required to be strings here.
 */
import type { JsonSchema } from '../../src/sdk/index.js';

/** A phrase with a letter or digit in it: blank and markup-only entries are `tier_incomplete`. */
const PHRASES: JsonSchema = { type: 'array', minItems: 1, items: { type: 'string', pattern: '[\\p{L}\\p{N}]' } };

export const CLAIM_CONTRACT_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['schema', 'contract_version', 'claim_tiers', 'forbidden_claim_patterns'],
  properties: {
    schema: { type: 'string', const: 'pi.frankennode.claim_gating_contract.v1', description: 'The gate\'s schema_id option (this is its default).' },
    contract_version: {
      type: 'string',
      description: 'MAJOR.MINOR.PATCH, no leading "v", no surrounding space; it must satisfy the gate\'s version_range option.',
      pattern: '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$',
    },
    claim_tiers: {
      type: 'array',
      description: 'One object per configured tier, once each, in the configured order.',
      items: {
        type: 'object',
        required: ['tier_id', 'required_evidence', 'allowed_claim_language', 'forbidden_claim_language'],
        properties: {
          tier_id: { type: 'string' },
          required_evidence: { type: 'array', minItems: 1, items: { type: 'string', pattern: '[\\p{L}\\p{N}\\p{P}\\p{S}]' } },
          allowed_claim_language: PHRASES,
          forbidden_claim_language: PHRASES,
        },
      },
    },
    forbidden_claim_patterns: { ...PHRASES, description: 'Phrases no release text may use, whatever the claimed tier.' },
    claim_gate_policy: {
      type: 'object',
      description: 'Where the strict tier\'s required artifacts and hard gates are listed by default (the gate\'s required_artifacts_pointer and required_hard_gates_pointer options); read only when the strict tier is claimed.',
      properties: {
        strict_replacement_requires: {
          type: 'object',
          properties: {
            required_artifacts: { type: 'array', items: { type: 'string', pattern: '[\\p{L}\\p{N}\\p{P}\\p{S}]' } },
            required_hard_gates: {
              type: 'array',
              minItems: 1,
              description: 'Ids of the hard gates a certifying verdict must list, each passing (the gate\'s required_hard_gates_pointer option); without them, or the gate\'s certification.required_hard_gates option, a CERTIFIED verdict fails.',
              items: { type: 'string', pattern: '[\\p{L}\\p{N}]' },
            },
          },
        },
      },
    },
  },
};
