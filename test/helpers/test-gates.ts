/** Gate types used only by tests, registered through verify({ gateTypes }) exactly as a user's custom gates would be. */
import { defineGate, type GateContext } from '../../src/core/types.js';

type Behaviour = 'pass' | 'fail' | 'throw' | 'throw_string' | 'hang' | 'return_value' | 'bad_check' | 'no_checks' | 'skip' | 'late_check' | 'warn';

export const behaveGate = defineGate<{ behaviour: Behaviour }>({
  type: 'behave',
  title: 'Behaviour probe',
  description: 'Does what its option says, to exercise the runner.',
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['behaviour'],
    properties: { behaviour: { enum: ['pass', 'fail', 'throw', 'throw_string', 'hang', 'return_value', 'bad_check', 'no_checks', 'skip', 'late_check', 'warn'] } },
  },
  async evaluate(ctx: GateContext, { behaviour }) {
    switch (behaviour) {
      case 'pass':
        ctx.pass('probe', 'ok');
        return;
      case 'fail':
        // A sound failure: what the (absent) evidence of a probe would show, not a problem with the evidence.
        ctx.fail('probe', 'probe_failed', 'the probe says fail');
        return;
      case 'warn':
        ctx.warn('probe', 'probe_warning', 'something needs a look');
        return;
      case 'throw':
        ctx.pass('probe', 'passed before crashing');
        throw new RangeError('index 7 out of range');
      case 'throw_string':
        throw 'a bare string';
      case 'hang':
        ctx.pass('probe', 'started');
        await new Promise(() => undefined);
        return;
      case 'return_value':
        ctx.pass('probe', 'ok');
        return 'pass' as unknown as void;
      case 'bad_check':
        ctx.fail('probe', '', 'a failure without a code');
        return;
      case 'no_checks':
        return;
      case 'skip':
        ctx.skip('not applicable on this platform');
        return;
      case 'late_check':
        // Resolves after the timeout: the late pass must not turn the timeout into success.
        await new Promise((r) => setTimeout(r, 300));
        ctx.pass('late', 'too late');
        return;
    }
  },
});

export const readArtifactGate = defineGate<{ format: 'json' | 'toml' | 'yaml' | 'text' | 'jsonl'; path: string; schema_id?: string; max_age?: string }>({
  type: 'read_artifact',
  title: 'Read one artifact',
  description: 'Passes when the artifact reads cleanly with the given expectations.',
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['format', 'path'],
    properties: {
      format: { enum: ['json', 'toml', 'yaml', 'text', 'jsonl'] },
      path: { type: 'string' },
      schema_id: { type: 'string' },
      max_age: { type: 'string' },
    },
  },
  artifactPath: (o) => o.path,
  async evaluate(ctx, o) {
    const opts = { ...(o.schema_id ? { schemaId: o.schema_id } : {}), ...(o.max_age ? { maxAge: o.max_age } : {}) };
    if (o.format === 'jsonl') {
      let rows = 0;
      for await (const _row of ctx.read.jsonl(o.path)) rows++;
      ctx.pass('read', `${rows} rows`);
      return;
    }
    if (o.format === 'text') await ctx.read.text(o.path);
    else await ctx.read[o.format](o.path, opts);
    ctx.pass('read', `${o.path} is readable`);
  },
});

export const TEST_GATES = [behaveGate, readArtifactGate];
