// A Conventional Commits type's word with an outcome alone after it (`Docs: ok`, `fix: passed`) is a member's label
// and its outcome, not a commit's subject (red team rr, session 47): a plain failure of another member after it is a
// contradiction beside a pass; a commit subject that describes a change keeps being read as a commit's message.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (text: string) => statusContradiction({ status: 'passed', summary: text }, '/status', 'passed');
const type = fc.constantFrom('docs', 'Docs', 'DOCS', 'fix', 'feat', 'chore', 'perf', 'style', 'deps', 'refactor', 'docs(api)');
const outcome = fc.constantFrom('ok', 'OK', 'passed', 'pass', 'success', 'green', 'done', '✅');
const mark = fc.constantFrom('. ', '; ', ', ', '.\n');
const failure = fc.constantFrom('Build failed.', 'build failed', 'Tests failed', 'Build: failed', 'build did not pass');

describe('a commit type as a member label', () => {
  it('with an outcome alone, then another member failed, is a contradiction (property)', () => {
    fc.assert(
      fc.property(type, outcome, mark, failure, (t, o, m, f) => {
        const text = `${t}: ${o}${m}${f}`;
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
  });

  it('as a commit subject describing a change, or with its outcome alone, is no contradiction (property)', () => {
    const subject = fc.constantFrom('failed uploads are retried', 'explain why the build failed on windows', 'ok button on the release dialog', 'handle failed jobs', 'passed flag is kept');
    fc.assert(
      fc.property(type, subject, outcome, fc.boolean(), (t, s, o, alone) => {
        const text = alone ? `${t}: ${o}` : `${t}: ${s}`;
        expect(beside(text), text).toBeUndefined();
      }),
    );
  });
});
