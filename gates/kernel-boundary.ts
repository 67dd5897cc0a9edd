// Placeholder while the gate is being written: it always fails, so it can never pass by accident.
import { defineGate } from '../src/core/types.js';

export default defineGate<Record<string, unknown>>({
  type: 'kernel_boundary',
  title: 'kernel_boundary (not implemented yet)',
  description: 'Not implemented yet.',
  optionsSchema: { type: 'object' },
  evaluate(ctx) {
    ctx.fail('not_implemented', 'crashed', 'the kernel_boundary gate is not implemented yet');
  },
});
