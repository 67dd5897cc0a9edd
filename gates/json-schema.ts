// Placeholder while the gate is being written: it always fails, so it can never pass by accident.
import { defineGate } from '../src/core/types.js';

export default defineGate<Record<string, unknown>>({
  type: 'json_schema',
  title: 'json_schema (not implemented yet)',
  description: 'Not implemented yet.',
  optionsSchema: { type: 'object' },
  evaluate(ctx) {
    ctx.fail('not_implemented', 'crashed', 'the json_schema gate is not implemented yet');
  },
});
