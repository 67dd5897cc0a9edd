/**
 * Property test of the close_reason reading of a tracker row (red team ta, session 47; closed session 48, helper fd): a
 * close reason that records a closing nobody wrote is a placeholder in every spelling of its family — words that say
 * only that the issue closed with a placeholder remark after them (`Closed (TODO: reason)`, `Done, TBD`), a marker
 * opening a note of what is still to be written (`TODO: fill in before release`, `FIXME — write the close reason`), the
 * field's own name or the form's prompt (`close reason`, `REASON`, `reason goes here`) — while the reasons people write,
 * the same words among them (`Fixed in #12: TODO list rendering`, `Fixed the crash; TODO: add a test`), keep the row valid.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateRow } from '../../gates/practical-finish/tracker.js';
import '../helpers/fc-seed.js';

const row = (close_reason: string) => ({ id: 'bd-3ar8v.2', status: 'closed', issue_type: 'bug', title: 'Scheduler crashes on resume', close_reason });
const problemOf = (reason: string) => {
  const read = validateRow(row(reason));
  return read.ok ? undefined : read.problem;
};

const cased = (word: string) => fc.constantFrom(word, word.toUpperCase(), word.charAt(0).toUpperCase() + word.slice(1));
const CLOSING = ['closed', 'done', 'completed', 'fixed', 'resolved', 'finished', "won't fix", 'duplicate'];
const MARKERS = ['todo', 'tbd', 'fixme', 'xxx', 'to do'];
/** A remark that is still to be written. */
const PLACEHOLDER_REMARK = fc.oneof(
  fc.constantFrom(...MARKERS).chain(cased),
  fc.tuple(fc.constantFrom('TODO', 'TBD', 'FIXME'), fc.constantFrom('reason', 'explain', 'fill in', 'why')).map(([m, w]) => `${m}: ${w}`),
  fc.constantFrom('reason: TBD', 'reason: TODO', 'reason goes here', 'close reason', 'TBD', '???'),
);
/** A remark that says something. */
const REAL_REMARK = fc.constantFrom('fixed in #12', 'see nodejs/node#51234', 'the cache was stale', 'duplicate of bd-3ar8v.1', 'merged in 4f2a9c1', 'upstream shipped the fix in 1.40');
/** How a remark is set after a head: in brackets, or after a comma, a stop, a semicolon, a colon, a dash. */
const AFTER = (head: string, remark: string, how: number): string => [`${head} (${remark})`, `${head} [${remark}]`, `${head}, ${remark}`, `${head}. ${remark}`, `${head}; ${remark}`, `${head} — ${remark}`, `${head} - ${remark}`, `${head} – ${remark}`][how % 8] as string;
const INSTRUCTIONS = ['fill in before release', 'explain why this was closed', 'write the close reason', 'add the reason later', 'describe the fix here', 'link the PR before merging'];
const SEPARATORS = [': ', ' — ', ' - ', ' – ', ': ', ' —'];

describe('close_reason: a closing nobody wrote is a placeholder', () => {
  it('a word that says only that the issue closed, with a placeholder remark after it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CLOSING).chain(cased), PLACEHOLDER_REMARK, fc.nat(), (head, remark, how) => {
        const reason = AFTER(head, remark, how);
        expect(problemOf(reason), reason).toMatchObject({ code: 'placeholder', pointer: '/close_reason' });
      }),
    );
  });

  it('a marker opening a note of what is still to be written', () => {
    fc.assert(
      fc.property(fc.constantFrom('TODO', 'todo', 'Todo', 'TBD', 'FIXME', 'XXX'), fc.constantFrom(...SEPARATORS), fc.constantFrom(...INSTRUCTIONS), (marker, separator, instruction) => {
        const reason = `${marker}${separator}${separator.endsWith(' ') ? '' : ' '}${instruction}`;
        expect(problemOf(reason), reason).toMatchObject({ code: 'placeholder', pointer: '/close_reason' });
      }),
    );
  });

  it("the field's own name or the form's prompt for it", () => {
    const name = fc.constantFrom('reason', 'close reason', 'close_reason', 'closing reason', 'reason for closing').chain(cased);
    const prompt = fc.tuple(fc.constantFrom('', 'enter ', 'your ', 'the ', 'insert '), name, fc.constantFrom('', ' here', ' goes here', '.', ':')).map(([a, n, b]) => `${a}${n}${b}`);
    fc.assert(
      fc.property(prompt, (reason) => {
        expect(problemOf(reason), reason).toMatchObject({ code: 'placeholder', pointer: '/close_reason' });
      }),
    );
  });
});

describe('close_reason: the reasons people write stay valid', () => {
  it('a closing word alone, or with a remark that says something', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CLOSING).chain(cased), fc.option(REAL_REMARK, { nil: undefined }), fc.nat(), (head, remark, how) => {
        const reason = remark === undefined ? head : AFTER(head, remark, how);
        expect(problemOf(reason), reason).toBeUndefined();
      }),
    );
  });

  it('a marker naming a thing, and a real reason with a TODO remark after it', () => {
    const issue = fc.integer({ min: 1, max: 9999 });
    const reason = fc.oneof(
      issue.map((n) => `Fixed in #${n}: TODO list rendering`),
      issue.map((n) => `TODO list rendering fixed in #${n}`),
      fc.constantFrom('FIXME comments removed from the parser', 'TODO markers in vendored code are now ignored', 'Implemented: TODO list filter'),
      fc.tuple(REAL_REMARK, fc.constantFrom('; TODO: add a regression test', ' (TODO: backport to 1.x)', '. FIXME: the flaky retry stays')).map(([r, t]) => `${r.charAt(0).toUpperCase()}${r.slice(1)}${t}`),
    );
    fc.assert(
      fc.property(reason, (text) => {
        expect(problemOf(text), text).toBeUndefined();
      }),
    );
  });
});

describe('close_reason: a closing word ended by a full stop (red team rb, session 48; closed session 48, helper fi)', () => {
  const CLOSING_WORDS = [...CLOSING, 'merged', 'ok', 'duplicate', 'wontfix', 'obsolete', 'invalid'];
  it('the stop ends the sentence: it opens no remark still to be written', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CLOSING_WORDS).chain(cased), fc.constantFrom('.', ' .', '!', ''), fc.constantFrom('', ' ', '\u200B'), (head, stop, pad) => {
        const reason = `${head}${stop}${pad}`;
        expect(problemOf(reason), reason).toBeUndefined();
      }),
    );
  });

  it('a placeholder remark before or after the final stop, or a stop that trails off, stays a placeholder', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CLOSING).chain(cased), PLACEHOLDER_REMARK, fc.nat(), fc.constantFrom('.', ''), (head, remark, how, stop) => {
        const reason = `${AFTER(head, remark, how)}${stop}`;
        expect(problemOf(reason), reason).toMatchObject({ code: 'placeholder', pointer: '/close_reason' });
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...CLOSING).chain(cased), fc.constantFrom('...', ':', ': .', ' -', ', .'), (head, tail) => {
        const reason = `${head}${tail}`;
        expect(problemOf(reason), reason).toMatchObject({ code: 'placeholder', pointer: '/close_reason' });
      }),
    );
  });
});

describe('close_reason: a placeholder in other words (red team rb, session 48; closed session 48, helper fi)', () => {
  const OTHER_CLOSING = ['geschlossen', 'erledigt', 'cerrado', 'fermé', 'chiuso', 'resuelto', 'behoben'];
  const OTHER_MARKERS = ['à faire', 'pendiente', 'por hacer', 'da fare', 'zu erledigen'];
  const DEFERRING = ['reason to follow', 'will explain later', 'details later', 'reason pending', 'see above', 'to be explained'];
  it('a closing word, in any language, with a marker or a deferring remark, however it is joined, is a placeholder', () => {
    const head = fc.constantFrom(...CLOSING, ...OTHER_CLOSING).chain(cased);
    const remark = fc.oneof(fc.constantFrom(...MARKERS, ...OTHER_MARKERS).chain(cased), fc.constantFrom(...DEFERRING));
    const joined = fc.constantFrom((h: string, r: string) => `${h} (${r})`, (h: string, r: string) => `${h}, ${r}`, (h: string, r: string) => `${h} {${r}}`, (h: string, r: string) => `${h}/${r}`, (h: string, r: string) => `${h} ${r}`, (h: string, r: string) => `${h} because ${r}`, (h: string, r: string) => `${h} as ${r}`, (h: string, r: string) => `${h} for reason ${r}`);
    fc.assert(
      fc.property(head, remark, joined, (h, r, join) => {
        const reason = join(h, r);
        expect(problemOf(reason), reason).toMatchObject({ code: 'placeholder', pointer: '/close_reason' });
      }),
    );
  });

  it("the field's name, the form's question, a marker in parts or a label over nothing is a placeholder", () => {
    const said = fc.oneof(
      fc.constantFrom('Reason for closure', 'closure reason', 'Motivo del cierre', 'Grund', 'raison de la fermeture', 'Resolution note').chain((t) => fc.constantFrom(t, t.toUpperCase(), `${t}:`)),
      fc.tuple(fc.constantFrom('', 'Describe ', 'Please explain ', 'Explain '), fc.constantFrom('why was this closed', 'why you closed this issue', 'why it was closed', 'why closed'), fc.constantFrom('', '?', '.')).map(([a, b, c]) => { const t = `${a}${a === '' ? b.charAt(0).toUpperCase() + b.slice(1) : b}${c}`; return t; }),
      fc.tuple(fc.constantFrom('To do', 'TO DO', 'Fix me', 'T B D'), fc.constantFrom(': ', ' - ', ' — '), fc.constantFrom('explain', 'add the reason', 'why')).map(([m, j, n]) => `${m}${j}${n}`),
      fc.tuple(fc.constantFrom('NOTE', 'Note', 'HACK', 'NB'), fc.constantFrom(': ', ' - '), fc.constantFrom('fill in', 'placeholder', 'TBD', 'add reason', 'replace me')).map(([m, j, n]) => `${m}${j}${n}`),
    );
    fc.assert(
      fc.property(said, (reason) => {
        expect(problemOf(reason), reason).toMatchObject({ code: 'placeholder', pointer: '/close_reason' });
      }),
    );
  });

  it('the same words beside a why, an id or a thing named stay valid', () => {
    const issue = fc.integer({ min: 1, max: 9999 });
    const reason = fc.oneof(
      fc.tuple(fc.constantFrom(...CLOSING, ...OTHER_CLOSING).chain(cased), issue).map(([h, n]) => `${h} (duplicate of #${n})`),
      issue.map((n) => `Closed TODO-${n}`),
      issue.map((n) => `Erledigt: in #${n} behoben`),
      issue.map((n) => `Why was this closed? Upstream fixed it in #${n}.`),
      issue.map((n) => `NOTE: fixed upstream in #${n}`),
      issue.map((n) => `Motivo: duplicado de #${n}`),
      fc.constantFrom('Fixed TODO list rendering', 'Fix TODO', 'Closed as stale', 'Closed because upstream fixed it', 'Reason: upstream fixed it', 'Closure of the legacy API is done', 'To do list rendering fixed', 'Fixed, thanks @bob', 'Closed (stale)', 'HACK removed; fixed properly'),
    );
    fc.assert(
      fc.property(reason, (text) => {
        expect(problemOf(text), text).toBeUndefined();
      }),
    );
  });
});
