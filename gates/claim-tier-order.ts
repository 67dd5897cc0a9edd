// Placeholder while the gate is being written: it always fails, so it can never pass by accident.
import { defineGate } from '../src/core/types.js';

export default defineGate<Record<string, unknown>>({
  type: 'claim_tier_order',
  title: 'claim_tier_order (not implemented yet)',
  description: 'Not implemented yet.',
  optionsSchema: { type: 'object' },
  evaluate(ctx) {
    ctx.fail('not_implemented', 'crashed', 'the claim_tier_order gate is not implemented yet');
  },
});
