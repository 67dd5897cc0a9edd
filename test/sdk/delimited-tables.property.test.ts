/**
 * Delimited tables share one reader whatever their delimiter (red team zi, session 45): a `.tsv`, `.tab`, `.psv` or a
 * `.csv` of commas, semicolons, tabs or pipes is read as a table (textFormatOf), so a header alone or a header over rows
 * of stubs holds nothing, with LF or CRLF line ends; one row with content is a table that holds something.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { structuredContent, textFormatOf } from '../../src/sdk/index.js';

/** [file name, delimiter] as producers name and write them. */
const TABLES: readonly (readonly [string, string])[] = [
  ['benchmarks.tsv', '\t'],
  ['coverage.tab', '\t'],
  ['results.psv', '|'],
  ['results.csv', ','],
  ['results.csv', ';'],
  ['results.csv', '\t'],
  ['results.csv', '|'],
];
const HEADERS = ['benchmark', 'mean_ms', 'p95_ms', 'iterations', 'file', 'percent', 'status'];
const STUBS = ['', '', 'TODO', 'N/A', 'TBD', ' '];

const table = fc.tuple(fc.constantFrom(...TABLES), fc.integer({ min: 2, max: HEADERS.length }), fc.constantFrom('\n', '\r\n'), fc.integer({ min: 0, max: 3 }), fc.boolean());

async function held(name: string, text: string): Promise<{ records: number; rowContent: boolean }> {
  const format = textFormatOf(name);
  expect(format).toBe('csv');
  const content = await structuredContent(name, text, format);
  if (content === undefined || 'value' in content) throw new Error('not read as a table');
  return content;
}

describe('a delimited table of any delimiter', () => {
  it('of a header alone or over rows of stubs holds nothing (property)', async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.nat(STUBS.length - 1), async ([[name, d], columns, eol, stubRows, finalEol], stub) => {
        const lines = [HEADERS.slice(0, columns).join(d), ...Array.from({ length: stubRows }, () => Array.from({ length: columns }, () => STUBS[stub]).join(d))];
        const text = lines.join(eol) + (finalEol ? eol : '');
        const content = await held(name, text);
        expect(content.records <= 1 || !content.rowContent, JSON.stringify(text)).toBe(true);
      }),
    );
  });

  it('with one row of real values holds something (property)', async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.double({ min: 0, max: 1e6, noNaN: true }), async ([[name, d], columns, eol, , finalEol], value) => {
        const row = Array.from({ length: columns }, (_, i) => (i === 0 ? 'parse_large' : String(value)));
        const text = [HEADERS.slice(0, columns).join(d), row.join(d)].join(eol) + (finalEol ? eol : '');
        const content = await held(name, text);
        expect([content.records, content.rowContent], JSON.stringify(text)).toEqual([2, true]);
      }),
    );
  });
});
