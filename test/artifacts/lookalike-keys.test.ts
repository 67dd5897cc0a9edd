/**
 * Look-alike duplicate keys: two keys a reader cannot tell apart are one duplicate_key, whatever script the
 * look-alike letter comes from; two printable ASCII keys are never folded together (l1/ll, O0/OO, rn/m, id/Id).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLookalikeKeys, refuseLookalikeKeys } from '../../src/artifacts/lookalike-keys.js';

const pair = (a: string, b: string) => ({ [a]: 'fail', [b]: 'pass' });

describe('findLookalikeKeys', () => {
  it.each([
    ['Greek ρ', '\u03c1ort', 'port'],
    ['Greek ν', '\u03bdersion', 'version'],
    ['Greek ι', '\u03b9d', 'id'],
    ['Greek υ', 'stat\u03c5s', 'status'],
    ['Greek ο', 'c\u03bfunt', 'count'],
    ['Greek α', 'st\u03b1tus', 'status'],
    ['Armenian օ', 'c\u0585unt', 'count'],
    ['Armenian ս', 'stat\u057ds', 'status'],
    ['Cherokee Ꭺ', '\u13aaPI', 'API'],
    ['Lisu ꓚ', '\ua4daODE', 'CODE'],
    ['dotless ı', 'run_\u0131d', 'run_id'],
    ['long ſ', '\u017ftatus', 'status'],
    ['trailing braille blank', 'status\u2800', 'status'],
  ])('%s: %j beside %j is a duplicate', (_name, lookalike, plain) => {
    expect(findLookalikeKeys(pair(lookalike, plain))).toEqual({ pointer: '', first: lookalike, second: plain });
  });

  it('refuses it as duplicate_key with the pointer of the second key', () => {
    expect(() => refuseLookalikeKeys('r.json', { checks: pair('\u13aaPI', 'API') })).toThrow(expect.objectContaining({ code: 'duplicate_key', detail: expect.objectContaining({ path: 'r.json', pointer: '/checks/API' }) }));
  });

  it.each([
    ['l1', 'll'],
    ['I1', 'l1'],
    ['O0', 'OO'],
    ['rn', 'm'],
    ['id', 'Id'],
    ['Status', 'status'],
    ['\u0441\u0442\u0430\u0442\u0443\u0441', 'status'],
    ['r\u00e9sum\u00e9', 'resume'],
  ])('%j and %j are distinct keys', (a, b) => {
    expect(findLookalikeKeys(pair(a, b))).toBeUndefined();
  });

  it('property: distinct printable ASCII keys are never duplicates, however a font draws them', () => {
    const key = fc.string({ unit: fc.constantFrom(...'lI1|O0omrnidID_ '.split('')), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.uniqueArray(key, { minLength: 2, maxLength: 8, selector: (k) => k.trim() }), (keys) => {
        const distinct = keys.filter((k) => k.trim() === k && k !== '');
        // A key outside ASCII (Cyrillic, no Latin look-alike) makes every key of the object go through the fold.
        return findLookalikeKeys({ '\u043b\u044e\u0447': -1, ...Object.fromEntries(distinct.map((k, i) => [k, i])) }) === undefined;
      }),
      { numRuns: 1000 },
    );
  });
});

describe('findLookalikeKeys: a dotted key beside the path it spells (red team hx)', () => {
  it.each([
    ['a flat key beside the nested value', { 'counts.total': 5, counts: { total: 208 } }, '', '/counts/total', 'counts.total'],
    ['a deeper object', { a: { 'b.c': 1, b: { c: 2 } } }, '/a', '/b/c', 'b.c'],
    ['a grouping of three parts', { 'a.b.c': 1, 'a.b': { c: 2 } }, '', '/a.b/c', 'a.b.c'],
    ['an array element', { 'items.0': 1, items: [2] }, '', '/items/0', 'items.0'],
  ])('%s is a duplicate', (_name, value, pointer, first, second) => {
    expect(findLookalikeKeys(value)).toEqual({ pointer, first, second, dotted: true });
  });

  it.each([
    ['no value at the path', { 'counts.total': 5, counts: { passed: 3 } }],
    ['a path through a text', { '1.79.0': 'stable', 1: 'major' }],
    ['empty parts', { '.hidden': 1, 'a.': 2, 'a..b': 3, a: { '': { b: 4 } } }],
    ['an index beyond the array', { 'items.1': 1, items: [2] }],
    ['more parts than are grouped', { 'a.b.c.d.e.f.g.h.i': 1, a: { b: { c: { d: { e: { f: { g: { h: { i: 2 } } } } } } } } }],
  ])('%s is not', (_name, value) => {
    expect(findLookalikeKeys(value)).toBeUndefined();
  });

  it('refuses it as duplicate_key naming both spellings', () => {
    expect(() => refuseLookalikeKeys('r.json', { 'counts.total': 5, counts: { total: 208 } })).toThrow(expect.objectContaining({ code: 'duplicate_key', message: expect.stringContaining('spells the path /counts/total'), detail: expect.objectContaining({ pointer: '/counts.total' }) }));
  });
});
