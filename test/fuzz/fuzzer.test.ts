/**
 * The fuzzer's own parts: an oracle that cannot fail, or an emitter that silently writes something
 * other than the mutation, would make the slice prove nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/artifacts/json-parse.js';
import { parseTomlText } from '../../src/artifacts/toml.js';
import { parseYamlText } from '../../src/artifacts/yaml.js';
import type { Outcome } from './engine.js';
import { emitDoc, leaves, parseDoc, pathKey, roundTrips, setAt, type Format } from './formats.js';
import { judge } from './fuzzer.js';
import { dupKeyVariants, leafMutations, shapeChange } from './operators.js';

const types = new Map([['g', 'threshold']]);
const outcome = (status: string, codes: string[] = []): Outcome => ({ verdict: status === 'pass' ? 'pass' : 'fail', gates: [{ id: 'g', type: 'threshold', status, raw_status: status, codes, artifacts: [] }] });

describe('judge (the oracle)', () => {
  it('a break that still passes, a preserve that fails, a crash and an internal error are violations', () => {
    expect(judge({ expect: 'break', gates: ['g'] }, ['g'], outcome('pass'), types).map((v) => v.kind)).toEqual(['passed_broken_evidence']);
    expect(judge({ expect: 'break', gates: ['g'] }, ['g'], outcome('fail', ['malformed']), types)).toEqual([]);
    expect(judge({ expect: 'preserve', gates: [] }, ['g'], outcome('fail', ['wrong_type']), types).map((v) => v.kind)).toEqual(['failed_sound_evidence']);
    expect(judge({ expect: 'preserve', gates: [] }, ['g'], { engineError: 'config_invalid: x', gates: [] }, types).map((v) => v.kind)).toEqual(['failed_sound_evidence']);
    expect(judge({ expect: 'preserve', gates: [] }, ['g'], outcome('pass'), types)).toEqual([]);
    expect(judge({ expect: 'any', gates: [] }, ['g'], outcome('fail', ['crashed']), types).map((v) => v.kind)).toEqual(['crashed']);
    expect(judge({ expect: 'any', gates: [] }, ['g'], { internalError: 'TypeError: x', gates: [] }, types).map((v) => v.kind)).toEqual(['internal_error']);
  });
});

const SAMPLE = { schema: 'x.v1', run_id: 'run-001', n: 42, pct: 92.5, ok: true, none: null, when: '2026-03-10T12:00:00Z', list: [1, 'two', { three: 3 }], nested: { a: { b: 'c' } }, 'odd key': 'v' };

describe('formats', () => {
  for (const format of ['json', 'yaml'] as Format[]) {
    it(`${format}: emit → parse is lossless, and the engine's reader agrees`, () => {
      expect(roundTrips(format, SAMPLE)).toBe(true);
      const text = emitDoc(format, SAMPLE);
      expect(format === 'json' ? parseJson(text).value : parseYamlText('x.yaml', text).value).toEqual(SAMPLE);
    });
  }
  it('toml and jsonl round-trip too', () => {
    const toml = { ...SAMPLE, none: undefined, list: [1, 2], tables: [{ a: 1 }, { a: 2 }] };
    delete (toml as Record<string, unknown>).none;
    expect(roundTrips('toml', toml)).toBe(true);
    expect(parseTomlText('x.toml', emitDoc('toml', toml))).toMatchObject({ run_id: 'run-001', tables: [{ a: 1 }, { a: 2 }] });
    expect(roundTrips('jsonl', [SAMPLE, { b: 2 }])).toBe(true);
  });
  it('raw leaves and extra members are written as given', () => {
    const text = emitDoc('json', SAMPLE, { raw: new Map([[pathKey(['n']), '1.50e2']]), extra: new Map([[pathKey([]), [['"\\u0072un_id"', '"other"']]]]) });
    expect(text).toContain('"n": 1.50e2');
    expect(() => parseJson(text)).toThrow(/duplicate|run_id/i);
  });
  it('every duplicate-key variant but the known alias hole is refused by the engine', () => {
    const doc = { status: 'pass', nested: { k: 'v' } };
    for (const format of ['json', 'yaml', 'toml'] as Format[]) {
      for (const variant of dupKeyVariants(format)) {
        if (variant.op === 'dup_key_alias') continue; // test/fuzz/known-holes.json, issue 9
        const text = emitDoc(format, doc, { extra: new Map([[pathKey(['nested']), variant.members('k', '"v"')]]) });
        const read = () => (format === 'json' ? parseJson(text) : format === 'yaml' ? parseYamlText('x.yaml', text) : parseTomlText('x.toml', text));
        expect(read, `${format} ${variant.op}:\n${text}`).toThrow();
      }
    }
  });
  it('setAt copies, removes and keeps key order; leaves() lists every scalar', () => {
    const changed = setAt(SAMPLE, ['nested', 'a', 'b'], 'd') as typeof SAMPLE;
    expect(changed.nested.a.b).toBe('d');
    expect(SAMPLE.nested.a.b).toBe('c');
    expect(Object.keys(setAt(SAMPLE, ['n'], undefined, true) as object)).not.toContain('n');
    expect(Object.keys(setAt(SAMPLE, ['n'], 1) as object)).toEqual(Object.keys(SAMPLE));
    expect(leaves(SAMPLE).map((l) => l.path.join('.'))).toContain('list.2.three');
    expect(parseDoc('jsonl', '{"a":1}\n\n{"a":2}\n')).toEqual([{ a: 1 }, { a: 2 }]);
  });
});

describe('operators', () => {
  it('a shape change keeps the shape and changes the value', () => {
    expect(shapeChange('run-001')).toBe('run-002');
    expect(shapeChange('deadbeef')).toBe('deadbeea');
    expect(shapeChange('pass')).toBe('past');
    expect(shapeChange(5)).not.toBe(5);
    expect(shapeChange(true)).toBe(false);
  });
  it('every break operator names the gates it breaks; the same instant in another offset is the same instant', () => {
    const muts = leafMutations({ path: ['when'], value: '2026-03-10T12:00:00Z', parentIsObject: true }, 'json');
    expect(muts.filter((m) => m.expect === 'break').every((m) => typeof m.gates === 'function')).toBe(true);
    const shifted = muts.filter((m) => m.op.startsWith('same_instant')).map((m) => Date.parse(m.value as string));
    expect(shifted).toEqual([Date.parse('2026-03-10T12:00:00Z'), Date.parse('2026-03-10T12:00:00Z')]);
    expect(muts.find((m) => m.op === 'feb_30')?.value).toBe('2026-02-30T12:00:00Z');
  });
});
