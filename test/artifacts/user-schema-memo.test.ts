import { describe, expect, it } from 'vitest';
import { compileUserSchemaOf } from '../../src/artifacts/user-schema.js';

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
});
