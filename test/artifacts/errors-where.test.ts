/** formatWhere (issue 15, a sampled mutation survivor): the clickable `path:line:column` of a finding. */
import { describe, expect, it } from 'vitest';
import { formatWhere } from '../../src/artifacts/errors.js';

describe('formatWhere', () => {
  it('gives path row N, path:line:column, path:line, or the path alone', () => {
    expect(formatWhere({ path: 'a.jsonl', row: 2, line: 9 })).toBe('a.jsonl row 2');
    expect(formatWhere({ path: 'a.json', line: 3, column: 4 })).toBe('a.json:3:4');
    expect(formatWhere({ path: 'a.json', line: 3 })).toBe('a.json:3');
    expect(formatWhere({ path: 'a.json' })).toBe('a.json');
  });
});
