// A count of failures on a line of its own (helper ze, session 45): whatever line stands above it — a pass told, a
// heading, a word of the run ending — it fails beside a pass, unless that line qualifies it (a heading of another run or
// of tolerated items). A count whose failure word runs into a sentence of its own, and a failure told at a numbered
// place, fail as the count or the failure alone does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (field: string, text: string) => statusContradiction({ status: 'pass', [field]: text }, '/status', 'pass');

const field = fc.constantFrom('summary', 'notes', 'message', 'log');
/** Lines a reader may take for a count's label: passes told, headings, words of the run ending, in their dress. */
const above = fc.tuple(
  fc.constantFrom('All tests passed', 'All passed', 'passed', 'Passed', 'ok', 'OK', 'done', 'Done', 'green', 'success', 'Summary', 'Results', 'Tests', 'Test results', 'Build', 'line one', 'CI', 'Status'),
  fc.constantFrom((w: string) => w, (w: string) => `## ${w}`, (w: string) => `**${w}**`, (w: string) => `- ${w}`, (w: string) => `${w}.`),
  fc.constantFrom('\n', '\n\n', '\r\n'),
);
const count = fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom('failed', 'failures', 'errors', 'error', 'tests failed', 'failing'));
/** A count as a runner prints it under a label, its name one word (`3 failed`, `2 errors`). */
const namedCount = fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom('failed', 'failures', 'errors', 'failing'));
/** Headings of another run or of tolerated items: the count under them is theirs. */
const qualifying = fc.constantFrom('Known issues', 'Previous run', 'Flaky', 'Quarantined', 'Expected failures', 'Known failures', 'Baseline');

describe('a count of failures on a line of its own', () => {
  it('fails whatever unqualifying line stands above it', () => {
    fc.assert(
      fc.property(field, above, count, (f, [line, dress, br], [n, word]) => {
        const text = `${dress(line)}${br}${n} ${word}`;
        expect(beside(f, text)?.code, JSON.stringify(text)).toBe('contradiction');
      }),
    );
  });
  it('passes under a line that qualifies it, and as a count of none under any line', () => {
    fc.assert(
      fc.property(field, qualifying, fc.constantFrom('\n', '\n\n'), namedCount, (f, heading, br, [n, word]) => {
        const text = `${heading}${br}${n} ${word}`;
        expect(beside(f, text), JSON.stringify(text)).toBeUndefined();
      }),
    );
    fc.assert(
      fc.property(field, above, fc.constantFrom('0 failed', '0 errors', '0 failures'), (f, [line, dress, br], none) => {
        const text = `${dress(line)}${br}${none}`;
        expect(beside(f, text), JSON.stringify(text)).toBeUndefined();
      }),
    );
  });
});

describe('a count whose failure word runs into a sentence of its own', () => {
  it('fails as the count alone does', () => {
    fc.assert(
      // A singular failure noun after a number other than one reads as a bug's title (`525732 Error in documentation`): left out.
      fc.property(namedCount, fc.constantFrom('All tests passed', 'Summary ok', 'Build succeeded', 'Everything is green', 'Done'), ([n, word], sentence) => {
        const text = `${n} ${word} ${sentence}`;
        expect(beside('summary', text)?.code, text).toBe('contradiction');
      }),
    );
  });
});

describe('a failure told at a numbered place', () => {
  const told = fc.constantFrom('Build failed', 'Deploy failed', 'Tests failed', 'Lint failed', 'compilation crashed');
  const place = fc.constantFrom('on node 18', 'on node v20', 'on python 3.11', 'on python 3.11 and 3.12', 'in step 4', 'at 12:00', 'on ubuntu 22.04');
  it('fails, however often it is told', () => {
    fc.assert(
      fc.property(told, place, fc.constantFrom('', ' 2 times', ' 3 times'), (t, p, times) => {
        const text = `${t} ${p}${times}`;
        expect(beside('summary', text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('passes where the clause tells a pass or none', () => {
    fc.assert(
      fc.property(fc.constantFrom('Build succeeded', 'All tests passed', 'No tests failed', 'Nothing failed'), place, (t, p) => {
        const text = `${t} ${p}`;
        expect(beside('summary', text), text).toBeUndefined();
      }),
    );
  });
});

describe('a failure told below a none of failures or under a heading that tells a pass', () => {
  const head = fc.constantFrom('No tests failed', 'Nothing failed', 'No tests failed except flaky login', 'All tests passed except flaky login', 'No tests failed except');
  const heading = fc.constantFrom('## All tests passed', '**All tests passed**', '<h2>All tests passed</h2>', '## Unit tests passed');
  const br = fc.constantFrom('\n', '\n\n');
  it('fails as the failure told alone does', () => {
    fc.assert(
      fc.property(head, heading, br, fc.constantFrom('checkout failed', 'Build failed', '- checkout: failed', 'deploy crashed'), (h, hd, b, failure) => {
        const text = `${h}${b}${hd}${b}${failure}`;
        expect(beside('summary', text)?.code, JSON.stringify(text)).toBe('contradiction');
      }),
    );
  });
  it('passes where the blocks below tell passes or counts of none', () => {
    fc.assert(
      // Blocks apart by a blank line, under a Markdown or HTML heading: `No tests failed\n\n**All tests passed**\n\ncheckout
      // passed` already failed before this reader (a false failure, reported by helper ze, session 45).
      fc.property(head, fc.constantFrom('## All tests passed', '<h2>All tests passed</h2>', '## Unit tests passed'), fc.constant('\n\n'), fc.constantFrom('214 passed', 'checkout passed', 'failed: 0', 'ok'), (h, hd, b, sound) => {
        const text = `${h}${b}${hd}${b}${sound}`;
        expect(beside('summary', text), JSON.stringify(text)).toBeUndefined();
      }),
    );
  });
});
