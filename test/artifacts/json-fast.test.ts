import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseJsonFast } from '../../src/artifacts/json-fast.js';
import { parseJson } from '../../src/artifacts/json-parse.js';

/** Same value, same recorded numbers, or the same error: the fast path is invisible. */
function same(text: string): void {
  let slow: unknown;
  let slowError: unknown;
  try {
    slow = parseJson(text);
  } catch (e) {
    slowError = e;
  }
  if (slowError !== undefined) {
    expect(() => parseJsonFast(text)).toThrow((slowError as Error).message);
    return;
  }
  const fast = parseJsonFast(text);
  const s = slow as ReturnType<typeof parseJson>;
  expect(Object.is(fast.value, s.value) || fast.value === s.value || JSON.stringify(fast.value) === JSON.stringify(s.value)).toBe(true);
  expect(fast.value).toStrictEqual(s.value);
  expect([...fast.nonIntegerNumbers].sort()).toEqual([...s.nonIntegerNumbers].sort());
  expect([...fast.inexactNumbers].sort()).toEqual([...s.inexactNumbers].sort());
}

describe('parseJsonFast', () => {
  it('refuses duplicate keys exactly as the strict parser does, escaped spellings included', () => {
    for (const t of ['{"status":"fail","status":"pass"}', '{"a":1,"\\u0061":2}', '{"x":{"__proto__":1,"__proto__":2}}', '[{"a":{"b":1,"b":1}}]', '{"a:b":1,"a":2,"a":3}']) {
      expect(() => parseJsonFast(t)).toThrow(/duplicate/i);
      same(t);
    }
  });
  it('records fractions, exponents and long integers like the strict parser', () => {
    for (const t of ['{"n":500.0}', '{"n":5e2}', '[1,2.5,-0,1E3]', '{"big":12345678901234567890}', '{"s":"1.5e3","n":-0}', '-0', '0', '"\\ud800"', '\ufeff{"a":1}', '{"a":1} x', '{"a" 1}', '01', '[1,]']) same(t);
  });
  it('refuses a lone surrogate (escaped or raw) exactly as the strict parser does; pairs pass', () => {
    for (const t of ['{"a":"\\ud800"}', '["\\uDC00\\uD800"]', '{"k\\udfff":1}', '"raw \uD800"', '"raw \uDC00"']) {
      expect(() => parseJsonFast(t)).toThrow(/lone surrogate/);
      same(t);
    }
    for (const t of ['{"a":"\\ud83d\\ude00"}', '"raw \uD83D\uDE00"']) {
      expect(parseJsonFast(t).value).toEqual(JSON.parse(t));
      same(t);
    }
  });
  it('nesting past the limit is refused as before', () => {
    const deep = `${'['.repeat(600)}${']'.repeat(600)}`;
    same(deep);
    expect(() => parseJsonFast('[[[1]]]', { maxDepth: 2 })).toThrow();
  });
  it('agrees with the strict parser on generated JSON, with and without duplicated keys', () => {
    const key = fc.constantFrom('a', 'b', 'id', '__proto__', 'a:b', '"q', '\\u0061', 'x y');
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.array(fc.tuple(key, fc.jsonValue({ maxDepth: 1 })), { maxLength: 4 }), (value, members) => {
        same(JSON.stringify(value));
        const body = members.map(([k, v]) => `${JSON.stringify(k).replace('\\\\u0061', '\\u0061')}:${JSON.stringify(v)}`).join(',');
        same(`{${body}}`);
        same(`[{${body}},${JSON.stringify(value)}]`);
      }),
      { numRuns: 500 },
    );
  });
});
