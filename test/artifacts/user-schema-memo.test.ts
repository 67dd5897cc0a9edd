import { describe, expect, it } from 'vitest';
import { compileUserSchema, compileUserSchemaOf } from '../../src/artifacts/user-schema.js';

describe('compileUserSchemaOf: a schema compiled once per digest of its bytes', () => {
  it('answers a digest it has compiled with the same compilation', () => {
    const schema = { type: 'object', required: ['status'], properties: { status: { const: 'pass' } } };
    const first = compileUserSchemaOf(schema, 'memo-a');
    expect(first.ok).toBe(true);
    expect(compileUserSchemaOf(structuredClone(schema), 'memo-a')).toBe(first);
  });

  it('compiles another digest on its own: a schema that accepts everything is refused whatever was compiled before', () => {
    const sound = compileUserSchemaOf({ type: 'object', required: ['status'] }, 'memo-b');
    const empty = compileUserSchemaOf({ $schema: 'https://json-schema.org/draft/2020-12/schema' }, 'memo-c');
    expect(sound.ok).toBe(true);
    expect(empty).toMatchObject({ ok: false, message: expect.stringContaining('constrains nothing') });
    if (sound.ok) expect(sound.validate({ status: 'fail' })).toEqual([]);
    if (sound.ok) expect(sound.validate({})).not.toEqual([]);
  });

  it('keeps a bounded memory: past its size it compiles again, with the same answer', () => {
    const schema = { type: 'object', required: ['status'] };
    const first = compileUserSchemaOf(schema, 'memo-bounded');
    for (let i = 0; i < 70; i++) compileUserSchemaOf(schema, `memo-fill-${i}`);
    const again = compileUserSchemaOf(schema, 'memo-bounded');
    expect(again).not.toBe(first);
    expect(again.ok).toBe(true);
  });

  it('keeps no state of one artifact for the next: a remembered compilation answers each as a fresh one does, in any order', () => {
    const schema = { type: 'object', required: ['status', 'owner'], properties: { status: { enum: ['pass', 'fail'] }, owner: { type: 'string' }, failed: { type: 'integer', maximum: 0 } } };
    const docs = [{ status: 'pass', owner: 'TBD' }, { status: 'fail', owner: 'ci' }, { Status: 'fail', status: 'pass', owner: 'ci' }, { status: 'pass', owner: '', failed: 3 }, {}, { status: 'pass', owner: 'ci' }];
    const answers = (c: ReturnType<typeof compileUserSchema>, doc: object) => (c.ok ? [c.validate(doc), c.unconstrained(doc), c.placeholders(doc), c.placeholders(doc, true), c.caseTwins(doc)] : c);
    const remembered = compileUserSchemaOf(schema, 'memo-state');
    for (const order of [docs, [...docs].reverse(), [...docs, ...docs]]) {
      for (const doc of order) expect(answers(compileUserSchemaOf(structuredClone(schema), 'memo-state'), doc), JSON.stringify(doc)).toEqual(answers(compileUserSchema(structuredClone(schema)), doc));
    }
    expect(compileUserSchemaOf(schema, 'memo-state')).toBe(remembered);
  });
});
