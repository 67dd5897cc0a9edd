/**
 * validateSchema's problems as findings show them: a keyword without its own wording (minimum, pattern…) names the
 * scalar it found and carries it as `actual`; an object or list found is not copied into the finding.
 */
import { describe, expect, it } from 'vitest';
import { validateSchema, type JsonSchema } from '../../src/artifacts/schema.js';

describe('validateSchema: problems of keywords without their own wording', () => {
  const schema: JsonSchema = {
    type: 'object',
    properties: { n: { type: 'number', minimum: 5 }, s: { type: 'string', pattern: '^v' }, o: { type: 'object', minProperties: 2 }, l: { type: 'array', minItems: 2 } },
  };

  it('a scalar found is named in the message and carried as actual', () => {
    expect(validateSchema(schema, { n: 3, s: 'x1' })).toEqual([
      { pointer: '/n', keyword: 'minimum', message: 'must be >= 5, found the number 3', expected: 5, actual: 3 },
      { pointer: '/s', keyword: 'pattern', message: 'must match pattern "^v", found the string "x1"', expected: '^v', actual: 'x1' },
    ]);
  });

  it('an object or a list found is not copied', () => {
    expect(validateSchema(schema, { o: { a: 1 }, l: [1] })).toEqual([
      { pointer: '/o', keyword: 'minProperties', message: 'must NOT have fewer than 2 properties', expected: 2 },
      { pointer: '/l', keyword: 'minItems', message: 'must NOT have fewer than 2 items', expected: 2 },
    ]);
  });
});
