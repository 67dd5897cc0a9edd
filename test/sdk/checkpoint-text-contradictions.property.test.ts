/**
 * Property test of a practical-finish checkpoint's free text against its status (red team ta, session 47; closed session
 * 48, helper fd): a detail that says the checkpoint was not reached or its technical scope is incomplete, or is only a
 * word of a state not reached, beside `status: pass`; one that says it was reached beside `status: fail`; a count of
 * technical or docs/report issues other than the checkpoint's; an entry of an open list whose status is finished work —
 * each in any case, spacing or invisible character — is a contradiction at its pointer. Details that agree in other words
 * than the producer's, and open statuses, are none.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Checkpoint, checkpointContradictions } from '../../src/sdk/artifact-schemas.js';
import '../helpers/fc-seed.js';

const entry = (status: string) => ({ id: 'bd-3ar8v.2', title: 'Write the release report', status, issue_type: 'task', labels: ['report'] });
const passing = (detail: string, status = 'open'): Checkpoint => ({
  schema: 'pi.perf3x.practical_finish_checkpoint.v1',
  generated_at: '2026-03-10T08:44:45.568Z',
  status: 'pass',
  detail,
  technical_completion_reached: true,
  residual_open_scope: 'docs_or_report_only',
  open_perf3x_count: 1,
  technical_open_count: 0,
  docs_or_report_open_count: 1,
  technical_open_issues: [],
  docs_or_report_open_issues: [entry(status)],
});
const failing = (detail: string): Checkpoint => ({
  ...passing(detail),
  status: 'fail',
  technical_completion_reached: false,
  residual_open_scope: 'technical_remaining',
  open_perf3x_count: 1,
  technical_open_count: 1,
  docs_or_report_open_count: 0,
  technical_open_issues: [{ ...entry('open'), id: 'bd-3ar8v.3', labels: [] }],
  docs_or_report_open_issues: [],
});
const pointers = (c: Checkpoint, closed?: readonly string[]) => checkpointContradictions(c, closed).map((f) => f.pointer);

/** A word in any case, and sometimes with an invisible character inside it. */
const shown = (text: string) =>
  fc.tuple(fc.constantFrom(text, text.toUpperCase(), text.charAt(0).toUpperCase() + text.slice(1)), fc.constantFrom('', '\u200B', '\u00AD'), fc.nat(Math.max(0, text.length - 1))).map(([t, invisible, at]) => (t.charAt(at) === ' ' ? t : `${t.slice(0, at)}${invisible}${t.slice(at)}`));
const SPACE = fc.constantFrom(' ', '  ', '\u00A0', '\n');

describe('a checkpoint detail that denies its status', () => {
  it('not reached, incomplete or pending beside status pass', () => {
    const subject = fc.constantFrom('Practical-finish checkpoint', 'checkpoint', 'Technical scope', 'technical work', 'The checkpoint');
    const under = fc.constantFrom('', ' under bd-3ar8v', ' for bd-3ar8v');
    const verb = fc.constantFrom('', 'is ', 'was ', 'has ', 'remains ');
    const denial = fc.constantFrom('not reached', 'NOT reached', 'not yet reached', 'not been reached', 'never reached', 'incomplete', 'unfinished', 'not complete', 'not yet completed', 'pending', 'in progress', 'failed', 'missed', 'blocked');
    const tail = fc.constantFrom('', '.', ': 3 technical issues remain open.', '; work continues.');
    fc.assert(
      fc.property(subject, under, verb, denial, tail, SPACE, (s, u, v, d, t, space) => {
        const detail = `${s}${u} ${v}${d}${t}`.replace(/ /gu, space === '\n' ? ' ' : space);
        expect(pointers(passing(detail)), detail).toContain('/detail');
      }),
    );
  });

  it('only a word of a state not reached beside status pass, and of one reached beside status fail', () => {
    fc.assert(
      fc.property(fc.constantFrom('pending', 'in progress', 'in_progress', 'incomplete', 'not reached', 'failed', 'blocked', 'ongoing').chain(shown), fc.constantFrom('', '.', '…'), (word, stop) => {
        expect(pointers(passing(`${word}${stop}`)), word).toContain('/detail');
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom('Practical-finish checkpoint reached: no open issues remain.', 'Checkpoint reached.', 'Technical scope complete.', 'passed', 'done', 'reached').chain(shown), (detail) => {
        expect(pointers(failing(detail)), detail).toContain('/detail');
      }),
    );
  });

  it('a count of technical or docs/report issues other than the checkpoint’s', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), fc.constantFrom('docs/report', 'docs or report', 'docs / report'), (technical, docs, name) => {
        fc.pre(technical !== 0 || docs !== 1);
        const detail = `Practical-finish checkpoint reached: ${technical} technical issues open; ${docs} ${name} issues remain.`;
        expect(pointers(passing(detail)), detail).toContain('/detail');
      }),
    );
  });

  it('details that agree, in the producer’s words or others, are no contradiction', () => {
    const agreeing = fc.constantFrom(
      'Practical-finish checkpoint reached: technical scope under bd-3ar8v complete; 1 docs/report issue remains.',
      'Practical-finish checkpoint reached: technical scope complete; 1 docs/report issue(s) remain.',
      '1 docs/report issue open, 0 technical',
      'No technical work pending; the release report is in progress.',
      'Technical scope complete: the TODO list of the epic is empty but for the release report (bd-3ar8v.2).',
      'Practical-finish checkpoint reached: the docs are not complete yet (1 docs/report issue remains, pending review).',
      'Checked against the manifest.',
    );
    fc.assert(
      fc.property(agreeing, SPACE, (detail, space) => {
        expect(pointers(passing(detail.replace(/ /gu, space === '\n' ? ' ' : space))), detail).toEqual([]);
      }),
    );
    const failingAgreeing = fc.constantFrom('Practical-finish checkpoint not reached: 1 technical issue under bd-3ar8v still open: bd-3ar8v.3.', 'Checkpoint NOT reached; 1 technical issue open.', 'pending');
    fc.assert(
      fc.property(failingAgreeing, (detail) => {
        expect(pointers(failing(detail)), detail).toEqual([]);
      }),
    );
  });
});

describe('a checkpoint detail telling of another time or another checkpoint (red team rb, session 48; closed session 48, helper fi)', () => {
  const denial = fc.constantFrom('not reached', 'not complete', 'incomplete', 'pending', 'not yet reached');
  const otherTime = fc.constantFrom('last week', 'last sprint', 'yesterday', 'earlier', 'two days ago', 'in the previous run', 'at first');
  it('a past denial set at another time, a denial of another checkpoint, a count of closed issues: no contradiction', () => {
    fc.assert(
      fc.property(denial, otherTime, fc.boolean(), (d, t, timeFirst) => {
        const detail = timeFirst ? `${t.charAt(0).toUpperCase()}${t.slice(1)} the checkpoint was ${d}; it is reached now.` : `The checkpoint was ${d} ${t}; it is reached now, with 1 docs/report issue left.`;
        expect(pointers(passing(detail)), detail).toEqual([]);
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom('docs', 'report', 'next', 'previous', 'other'), fc.constantFrom('is ', 'was ', ''), denial, (which, v, d) => {
        const detail = `Technical scope complete. The ${which} checkpoint ${v}${d}.`;
        expect(pointers(passing(detail)), detail).toEqual([]);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.constantFrom('technical', 'docs/report'), fc.constantFrom((n: number, w: string) => `${n} ${w} issues closed this week`, (n: number, w: string) => `the ${n} ${w} issues from last sprint are all closed`, (n: number, w: string) => `closed ${n} ${w} issues`, (n: number, w: string) => `${n} ${w} issues were fixed`), (n, what, say) => {
        fc.pre(what === 'technical' ? n !== 0 : n !== 1);
        const detail = `Checkpoint reached; ${say(n, what)}.`;
        expect(pointers(passing(detail)), detail).toEqual([]);
      }),
    );
  });

  it('a present denial beside time words, a denial of this checkpoint, a count still open beside closed ones: a contradiction', () => {
    fc.assert(
      fc.property(fc.constantFrom('is', 'remains', 'has'), denial, otherTime, (v, d, t) => {
        const detail = `The checkpoint ${v} ${d === 'pending' || d === 'incomplete' || v !== 'has' ? d : `not been ${d.replace(/^not (yet )?/u, '')}`} ${t}.`;
        expect(pointers(passing(detail)), detail).toContain('/detail');
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom('The checkpoint', 'The practical-finish checkpoint', 'This checkpoint', 'Technical scope'), fc.constantFrom('was ', ''), denial, (s, v, d) => {
        const detail = `${s} ${v}${d}.`;
        expect(pointers(passing(detail)), detail).toContain('/detail');
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.constantFrom('still open', 'not yet closed', 'remain open', 'left to close', 'open'), (n, still) => {
        const detail = `Checkpoint reached; 3 technical issues closed, ${n} technical issues ${still}.`;
        expect(pointers(passing(detail)), detail).toContain('/detail');
      }),
    );
  });
});

describe('a checkpoint detail denying its status in other words (red team rb, session 48; closed session 48, helper fi)', () => {
  it('other subjects, separators, contractions, shares, remaining work and other languages: a contradiction', () => {
    const subject = fc.constantFrom('Practical-finish checkpoint', 'Practical finish', 'The checkpoint', 'Technical scope', 'Technical work');
    const joint = fc.constantFrom(' ', ': ', ' — ', ' is ', ' has ', ' is still ', ' remains ');
    const denial = fc.constantFrom('not reached yet', 'unfinished', 'incomplete', 'still open', 'far from complete', 'yet to be completed', 'not been reached', '80% complete', '99.5% done', 'nicht erreicht', 'no alcanzado', 'non atteint', 'en cours');
    fc.assert(
      fc.property(subject, joint, denial, fc.constantFrom('', '.', '; 1 docs/report issue remains.'), (s, j, d, t) => {
        fc.pre(!(j === ' has ' && !d.startsWith('not been') && !d.startsWith('yet')) && !(j !== ' has ' && (d.startsWith('not been') || d.startsWith('yet'))));
        const detail = `${s}${j}${d}${t}`;
        expect(pointers(passing(detail)), detail).toContain('/detail');
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom('Checkpoint', 'The technical scope', 'Practical-finish checkpoint'), fc.constantFrom("isn't", 'isn\u2019t', "wasn't", "hasn't been"), (s, v) => {
        const detail = `${s} ${v} reached.`;
        expect(pointers(passing(detail)), detail).toContain('/detail');
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom('Technical issues', 'Some technical issues', 'Technical work', 'Technical tasks under bd-3ar8v'), fc.constantFrom('remain open', 'remain', 'remains', 'still open', 'are still open'), (s, v) => {
        const detail = `${s} ${v}.`;
        fc.pre(!(s === 'Technical work' && v === 'remain') && !(s !== 'Technical work' && v === 'remains'));
        expect(pointers(passing(detail)), detail).toContain('/detail');
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom('unfinished', 'still open', 'not reached yet', 'en cours', 'nicht erreicht', 'still pending').chain(shown), (word) => {
        expect(pointers(passing(word)), word).toContain('/detail');
      }),
    );
  });

  it('agreeing details that hold the same words are no contradiction', () => {
    const none = fc.tuple(fc.constantFrom('No', 'No open', '0', 'Zero', 'None of the'), fc.constantFrom('technical issues remain', 'technical issues remain open', 'technical work remains', 'technical tasks still open')).map(([n, r]) => `${n} ${n === 'None of the' ? r : r.replace(/^technical work remains$/u, 'technical work remains')}.`);
    const agreeing = fc.oneof(none, fc.constantFrom('Technical issues remain: none.', 'Technical issues still open: 0.', 'Technical scope is 100% complete.', 'The checkpoint, pending only the release report, is reached.', 'Practical-finish checkpoint reached: technical scope complete; the docs are still open (1 docs/report issue).', 'Practical finish reached; technical work is not pending.', 'Technical issues remain closed.'));
    fc.assert(
      fc.property(agreeing, (detail) => {
        expect(pointers(passing(detail)), detail).toEqual([]);
      }),
    );
  });
});

describe('a checkpoint detail stating counts in words or other nouns (red team rb, session 48; closed session 48, helper fi)', () => {
  const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  const noun = fc.constantFrom('docs/report', 'docs', 'report', 'documentation');
  const form = fc.constantFrom((n: string, w: string) => `${n} ${w} issues remain`, (n: string, w: string) => `${w} issues open: ${n}`, (n: string, w: string) => `${n} open ${w} issues`);
  it('a count other than the checkpoint’s, in words or after the noun, or nothing said left open: a contradiction', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.boolean(), fc.constantFrom('technical', 'docs'), noun, form, (n, inWords, which, docsNoun, say) => {
        fc.pre(which === 'technical' ? n !== 0 : n !== 1);
        const shownCount = inWords && !say(' ', ' ').includes(':') ? (WORDS[n] as string) : String(n);
        const detail = `Checkpoint reached; ${say(shownCount, which === 'technical' ? 'technical' : docsNoun)}.`;
        expect(pointers(passing(detail)), detail).toContain('/detail');
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom('all issues closed', 'all the issues are resolved', 'nothing left open', 'nothing left', 'no issues remain', 'no open issues left', 'no docs/report issues remain', 'no report issues open'), (said) => {
        const detail = `Checkpoint reached; ${said}.`;
        expect(pointers(passing(detail)), detail).toContain('/detail');
      }),
    );
  });
  it('the checkpoint’s own counts in the same forms, excepted things and counts of no issues: no contradiction', () => {
    fc.assert(
      fc.property(fc.boolean(), noun, form, (inWords, docsNoun, say) => {
        const one = inWords && !say(' ', ' ').includes(':') ? 'one' : '1';
        const zero = inWords && !say(' ', ' ').includes(':') ? 'zero' : '0';
        const detail = `Checkpoint reached; ${say(zero, 'technical')}; ${say(one, docsNoun)}.`;
        expect(pointers(passing(detail)), detail).toEqual([]);
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom('nothing left but the release report', 'nothing left open except the docs', 'all technical issues closed', 'no technical issues remain', 'updated 2 docs pages', 'two technical issues closed this week'), (said) => {
        const detail = `Checkpoint reached; ${said}.`;
        expect(pointers(passing(detail)), detail).toEqual([]);
      }),
    );
  });
});

describe('an entry of an open list whose status is finished work', () => {
  it('is a contradiction at its status, in any case, padding or markup; open statuses are none', () => {
    fc.assert(
      fc.property(fc.constantFrom('closed', 'tombstone').chain(shown), fc.constantFrom('', ' ', '**'), (status, pad) => {
        const written = pad === '**' ? `**${status}**` : `${pad}${status}${pad}`;
        expect(pointers(passing('Practical-finish checkpoint reached: technical scope complete; 1 docs/report issue remains.', written)), written).toEqual(['/docs_or_report_open_issues/0/status']);
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom('open', 'in_progress', 'blocked', 'Open', 'review'), (status) => {
        expect(pointers(passing('1 docs/report issue open, 0 technical', status)), status).toEqual([]);
      }),
    );
    // A word of finished work outside the closed statuses, through look-alikes (red team rb, session 48; helper fi).
    fc.assert(
      fc.property(fc.constantFrom('done', 'resolved', 'fixed', 'complete', 'completed', 'finished', 'merged', 'cl0sed', 'd0ne', 'res0lved').chain(shown), fc.constantFrom('', ' ', '**'), (status, pad) => {
        const written = pad === '**' ? `**${status}**` : `${pad}${status}${pad}`;
        expect(pointers(passing('1 docs/report issue open, 0 technical', written)), written).toEqual(['/docs_or_report_open_issues/0/status']);
      }),
    );
    // …unless the tracker gives the issue that very status (a project's own open `resolved`); closed statuses never.
    fc.assert(
      fc.property(fc.constantFrom('done', 'resolved', 'fixed', 'Resolved', 'DONE'), (status) => {
        const c = passing('1 docs/report issue open, 0 technical', status);
        expect(checkpointContradictions(c, undefined, () => status.toLowerCase()).map((f) => f.pointer), status).toEqual([]);
        expect(checkpointContradictions(c, undefined, () => 'open').map((f) => f.pointer), status).toEqual(['/docs_or_report_open_issues/0/status']);
        expect(checkpointContradictions(passing('1 docs/report issue open, 0 technical', 'closed'), undefined, () => 'closed').map((f) => f.pointer)).toEqual(['/docs_or_report_open_issues/0/status']);
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom('open', 'in_progress', 'blocked', 'deferred', 'review', 'todo', 'Open', 'In Progress').chain(shown), (status) => {
        expect(pointers(passing('1 docs/report issue open, 0 technical', status)), status).toEqual([]);
      }),
    );
    // A project's own closed statuses are read as given.
    expect(pointers(passing('1 docs/report issue open, 0 technical', 'Done'), ['done', 'closed'])).toEqual(['/docs_or_report_open_issues/0/status']);
  });
});
