// Placeholder while the gate is being written: it always fails, so it can never pass by accident.
import { defineGate } from '../src/core/types.js';

export default defineGate<Record<string, unknown>>({
  type: 'artifact_lineage',
  title: 'artifact_lineage (not implemented yet)',
  description: 'Not implemented yet.',
  optionsSchema: { type: 'object' },
  evaluate(ctx) {
    ctx.fail('not_implemented', 'crashed', 'the artifact_lineage gate is not implemented yet');
  },
});
