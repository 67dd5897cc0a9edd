// A waiver's reason and removal condition read by the roles of their words (red team rh, session 46): a condition that
// only says the failure goes away, in any wording or language, a date or a doubt, and a reason that only restates the
// failure, asks to ship, is a form's prompt or points to a talk say nothing — however they are put together. The same
// texts naming something (an issue, a version, a platform, a cause) are accepted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillerReason } from '../../src/core/waivers.js';
import '../helpers/fc-seed.js';

/** A text as people type it: as is, capitalised, in capitals, with a full stop. */
const cased = fc.constantFrom((t: string) => t, (t: string) => t.charAt(0).toUpperCase() + t.slice(1), (t: string) => t.toUpperCase(), (t: string) => `${t}.`);
/** Something checkable said beside the text: an issue, a version, a platform. */
const named = fc.constantFrom('on the new ARM runners', 'with tokio 1.40', 'after #812 merges', 'in QuickJS 2.1', 'once rust-lang/rust#12345 lands', '(ENG-12 closed)', 'on Windows');

describe('a removal condition that only says the failure goes away', () => {
  const lead = fc.constantFrom('when', 'once', 'until', 'till', 'after', 'as soon as', 'by the time', '');
  const subject = fc.constantFrom('the gate', 'CI', 'the build', 'all tests', 'the tests', 'the test', 'the check', 'the pipeline', 'the suite', 'the bug', 'the problem', 'the failure', 'the flaky test', 'it', 'everything');
  const predicate = fc.constantFrom('passes', 'pass', 'is green', 'are green', 'goes green', 'is fixed', 'gets fixed', 'is gone', 'goes away', 'is resolved', 'works', 'works again', 'is stable', 'no longer fails', 'stops failing', 'is no longer flaky', 'is no longer needed');
  it('is refused in any wording; with something named beside it, it is a condition', () => {
    fc.assert(
      fc.property(lead, subject, predicate, cased, named, (l, s, p, c, n) => {
        const said = c(`${l} ${s} ${p}`.trim());
        expect(fillerReason('remove_when', said), said).toMatch(/no condition/u);
        const checkable = `${l} ${s} ${p} ${n}`.trim();
        expect(fillerReason('remove_when', checkable), checkable).toBeUndefined();
      }),
    );
  });
  // Red team rr (session 47; closed session 48, helper fd): an issue or a ticket nobody names, whatever word qualifies it.
  it('an issue or a ticket it does not name is refused; naming it makes it a condition', () => {
    const qualifier = fc.constantFrom('', 'underlying ', 'original ', 'related ', 'linked ', 'tracking ', 'corresponding ', 'same ', 'known ', 'reported ');
    const noun = fc.constantFrom('issue', 'ticket', 'issues', 'tickets');
    const done = fc.constantFrom('is resolved', 'is fixed', 'is closed', 'gets closed', 'gets resolved', 'closes', 'are resolved', 'are closed');
    const id = fc.constantFrom('INFRA-412', '#812', 'bd-3ar8v.12', 'nodejs/node#51234', 'PROJ-7');
    fc.assert(
      fc.property(fc.constantFrom('when', 'once', 'until', 'after', 'as soon as'), qualifier, noun, done, cased, id, (l, q, n, d, c, ref) => {
        const said = c(`${l} the ${q}${n} ${d}`);
        expect(fillerReason('remove_when', said), said).toMatch(/no condition/u);
        for (const checkable of [`${l} ${ref} ${d}`, `${l} the ${q}${n} ${ref} ${d}`, `${l} the ${q}${n} in ${ref} ${d}`]) expect(fillerReason('remove_when', checkable), checkable).toBeUndefined();
      }),
    );
  });
  it('is refused in the languages teams write it in; naming the issue or version makes it a condition', () => {
    const said = fc.constantFrom('когда починят', 'когда тесты пройдут', 'после исправления', '直ったら', 'テストが通ったら', 'バグが修正されたら', '修复后', '测试通过后', '问题解决后', 'cuando pase', 'cuando los tests pasen', 'quand ça passe', 'quand les tests passent', 'wenn es grün ist', 'sobald der Test grün ist', 'bis es behoben ist', 'na de fix', 'als de test slaagt');
    fc.assert(
      fc.property(said, fc.constantFrom('bd-1f42.4', '#812', 'QuickJS 2.1', 'tokio 1.40'), (s, ref) => {
        expect(fillerReason('remove_when', s), s).toMatch(/no condition/u);
        expect(fillerReason('remove_when', `${ref} ${s}`), `${ref} ${s}`).toBeUndefined();
      }),
    );
  });
});

describe('a removal condition that is a time, a version nobody named or a doubt', () => {
  const when = fc.constantFrom('2026-03-20', '03/20/2026', '20.03.2026', 'March 20', '20th March', 'Friday', 'EOD Friday', 'Q2 2026', 'H2', 'end of March', 'two weeks', 'a couple of weeks', 'next week', 'next sprint', 'mid April', '2027');
  const prep = fc.constantFrom('', 'by ', 'after ', 'on ', 'in ', 'before ', 'until ', 'around ');
  it('is refused as a time, however it is dated; the event beside it makes it a condition', () => {
    fc.assert(
      fc.property(prep, when, cased, (p, w, c) => {
        const said = c(`${p}${w}`);
        expect(fillerReason('remove_when', said), said).toMatch(/no condition/u);
        const event = `QuickJS 2.1 released ${p}${w}`;
        expect(fillerReason('remove_when', event), event).toBeUndefined();
      }),
    );
  });
  it('refuses a next version nobody named and a doubt; a named version is a condition', () => {
    for (const said of ['next major', 'next minor', 'the next major release', 'upcoming minor version', 'in the next patch release', 'not sure', 'no idea', 'no idea yet', 'dunno', 'keine Ahnung', 'не знаю']) {
      expect(fillerReason('remove_when', said), said).toMatch(/no condition/u);
    }
    expect(fillerReason('remove_when', 'unknown')).toBeDefined();
    for (const said of ['2.0.0', 'in 2.1.0', 'next major (3.0) drops the legacy parser', 'when 2024.1 is released', 'release 2.5.0', 'not sure which comes first: bd-12 closed or QuickJS 2.1 released']) {
      expect(fillerReason('remove_when', said), said).toBeUndefined();
    }
  });
});

describe('a reason that says nothing the failure does not', () => {
  const empty = fc.constantFrom(
    'it fails', 'test fails', 'the tests fail', 'because it fails', 'the gate fails', 'the build is broken', 'CI is red', 'the test is flaky', 'it times out', 'failing tests',
    'waive it', 'to unblock release', 'needed for release', 'release blocker', 'we need to ship', 'to make CI pass', 'must ship',
    'insert reason', 'describe why', 'Short description of why this is waived', 'explain why this is needed',
    'discussed offline', 'as discussed', 'agreed in standup', 'approved by the release manager',
    'no idea', 'unknown cause', 'root cause unknown', 'not sure yet',
  );
  const cause = fc.constantFrom('the sandbox has no network', 'QuickJS 2.0 lacks regexp lookbehind', 'of the 260-character path limit on Windows', 'the upstream mirror is down (status.acme.dev)', 'a shared temp dir races under parallel load (bd-1f42.4)');
  const join = fc.constantFrom(': ', ' because ', '; ', ' — ');
  it('is refused however it is cased; with a cause after it, it is a reason', () => {
    fc.assert(
      fc.property(empty, cased, join, cause, (e, c, j, why) => {
        expect(fillerReason('reason', c(e)), c(e)).toMatch(/^no reason/u);
        expect(fillerReason('reason', `${e}${j}${why}`), `${e}${j}${why}`).toBeUndefined();
      }),
    );
  });
});

// Red team rl (closed by helper rp): a talk or wish word naming the part that fails, and the test set against the product.
describe('a reason naming a part with a talk or wish word, or blaming the test, not the product', () => {
  const modifier = fc.constantFrom('sync', 'email', 'chat', 'meeting', 'mail', 'shipping', 'release', 'launch', 'deploy', 'publish', 'merge');
  const part = fc.constantFrom('job', 'tests', 'builds', 'check', 'suite', 'pipeline', 'step');
  const failing = fc.constantFrom('times out', 'fail', 'crash on launch', 'is flaky', 'errors');
  it('a talk or wish word before the gate\'s noun names it; in its own construction it says nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom('', 'the '), modifier, part, failing, cased, (a, m, p, f, c) => {
        const naming = c(`${a}${m} ${p} ${f}`);
        expect(fillerReason('reason', naming), naming).toBeUndefined();
        for (const wish of [`to unblock the ${m} ${p}`, `needed for the ${m} ${p}`, `to unblock ${m}`]) {
          expect(fillerReason('reason', wish), wish).toMatch(/no reason/u);
        }
      }),
    );
  });
  it('the test set against the build says why; the test blamed alone or the failure restated does not', () => {
    const side = fc.constantFrom('the test is broken', 'bug in the test', 'the tests are wrong', 'flaky test');
    const against = fc.constantFrom(', not the build', ', not in the build', ' but not the build', ': not the build');
    fc.assert(
      fc.property(fc.constantFrom('', 'not a bug: '), side, against, (lead, s, g) => {
        const sound = `${lead}${s}${g}`;
        expect(fillerReason('reason', sound), sound).toBeUndefined();
      }),
    );
    for (const restated of ['the test is broken', 'it fails', 'bug in the test', 'the build fails']) expect(fillerReason('reason', restated), restated).toBeDefined();
  });
});

// Red team wa (session 47; closed session 48, helper fd): idioms and words the role readers lacked, drawn as families.
describe('waiver fields in idioms the role readers now know', () => {
  const lead = fc.constantFrom('when', 'once', 'until', 'after', 'as soon as');
  it('the failure going away in idiom, or its complaining stopping, is no condition; naming something makes it one', () => {
    const said = fc.constantFrom('the bug is squashed', 'the bug gets squashed', 'it behaves', 'the test behaves', 'CI stops complaining', 'the build stops complaining', 'the gate is happy', 'the flake is killed');
    fc.assert(
      fc.property(lead, said, cased, named, (l, s, c, n) => {
        const text = c(`${l} ${s}`);
        expect(fillerReason('remove_when', text), text).toMatch(/no condition/u);
        expect(fillerReason('remove_when', `${l} ${s} ${n}`), `${l} ${s} ${n}`).toBeUndefined();
      }),
    );
  });
  it('a time told as things calming down is no condition; an event beside it makes it one', () => {
    const idiom = fc.constantFrom('the dust settles', 'the dust has settled', 'things settle down', 'things calm down', 'the smoke clears', 'the storm passes', 'things quiet down', 'everything settles');
    fc.assert(
      fc.property(lead, idiom, cased, named, (l, i, c, n) => {
        const text = c(`${l} ${i}`);
        expect(fillerReason('remove_when', text), text).toMatch(/no condition/u);
        expect(fillerReason('remove_when', `${l} ${i} ${n}`), `${l} ${i} ${n}`).toBeUndefined();
      }),
    );
  });
  it('an owner told by what someone did, or a post nobody holds, is no one; a name is someone', () => {
    const nobody = fc.oneof(
      fc.tuple(fc.constantFrom('whoever', 'Whoever', 'anyone who', 'someone who', 'the person who', 'the one who'), fc.constantFrom('broke it', 'touched it last', 'merged the PR', 'knows QuickJS', 'is on call')).map(([w, d]) => `${w} ${d}`),
      fc.constantFrom('vacant', 'Vacant', 'VACANT', 'unfilled', 'unclaimed', 'unstaffed'),
    );
    fc.assert(
      fc.property(nobody, (owner) => {
        expect(fillerReason('owner', owner), owner).toMatch(/no one/u);
      }),
    );
    for (const owner of ['Todd Vacant <todd.vacant@acme.dev>', 'alice@acme.dev', '@quickjs-team', 'Whitney Ho <whit@acme.dev>']) expect(fillerReason('owner', owner), owner).toBeUndefined();
  });
  it('a marker written as its parts is a placeholder in every field', () => {
    const parts = fc.constantFrom('to do', 'To Do', 'TO DO', 'to-do', 'to_do', 't b d', 'T.B.D.', 'fix me', 'x x x');
    fc.assert(
      fc.property(parts, fc.constantFrom('bead', 'reason', 'remove_when', 'owner'), (value, field) => {
        expect(fillerReason(field, value), `${field} = ${value}`).toBeDefined();
      }),
    );
  });
  it('a category word with a chat intensifier is one word; with a cause it is a reason', () => {
    fc.assert(
      fc.property(fc.constantFrom('flaky', 'broken', 'busted', 'borked'), fc.constantFrom('af', 'asf', 'ngl', 'smh', 'fwiw'), (word, aside) => {
        expect(fillerReason('reason', `${word} ${aside}`), `${word} ${aside}`).toBeDefined();
        const caused = `${word} ${aside} on the ARM64 runners: a QuickJS regexp JIT race (bd-1f42.4)`;
        expect(fillerReason('reason', caused), caused).toBeUndefined();
      }),
    );
  });
});

describe('waiver fields in other words (red team rb, session 48; closed session 48, helper fi)', () => {
  it('an issue, ticket, PR or card it does not name, closing in a tracker\'s words, is no condition; naming it makes it one', () => {
    const qualifier = fc.constantFrom('', 'related ', 'linked ', 'upstream ', 'said ', 'aforementioned ', 'above ', 'GitHub ', 'JIRA ', 'jira ');
    const noun = fc.constantFrom('ticket', 'issue', 'PR', 'pull request', 'story', 'epic', 'card', 'bug report', 'MR', 'task');
    const done = fc.constantFrom('lands', 'is done', 'is completed', 'merges', 'is merged', 'is moved to done', 'is closed', 'is resolved', 'is finished');
    const id = fc.constantFrom('INFRA-412', '#812', 'bd-12', 'golang/go#12345', 'PROJ-7', 'JIRA-1234');
    fc.assert(
      fc.property(fc.constantFrom('when', 'once', 'until', 'after'), qualifier, noun, done, cased, id, (l, q, n, d, c, ref) => {
        const said = c(`${l} the ${q}${n} ${d}`);
        expect(fillerReason('remove_when', said), said).toMatch(/no condition/u);
        for (const checkable of [`${l} ${ref} ${d}`, `${l} the ${q}${n} ${ref} ${d}`, `${l} ${n} ${ref} ${d}`]) expect(fillerReason('remove_when', checkable), checkable).toBeUndefined();
      }),
    );
    for (const said of ['wenn das Ticket geschlossen ist', 'cuando se cierre el ticket', 'quand le ticket sera fermé']) expect(fillerReason('remove_when', said), said).toMatch(/no condition/u);
    for (const checkable of ['when the migration to postgres is done', 'when the new parser lands', 'when tokio 1.40 is released', 'when the release branch merges', 'once the vendor ships the patch', 'wenn das Ticket INFRA-7 geschlossen ist']) expect(fillerReason('remove_when', checkable), checkable).toBeUndefined();
  });

  it('an owner told by a role, a post, a whoever in other spellings or languages is no one; a name is someone', () => {
    const nobody = fc.oneof(
      fc.tuple(fc.constantFrom("whoever's", 'who ever', 'whoevr', 'whichever team', 'the team that', 'someone on', 'anyone from', 'the dev on'), fc.constantFrom('broke it', 'call', 'owns it', 'infra', 'the platform team')).map(([w, d]) => `${w} ${d}`),
      fc.constantFrom('the last committer', 'the author of the PR', 'the culprit', 'the assignee', 'the responsible party', 'open position', 'open seat', 'wer auch immer', 'quien sea', "n'importe qui").chain((t) => fc.constantFrom(t, t.toUpperCase(), t.charAt(0).toUpperCase() + t.slice(1))),
      fc.tuple(fc.constantFrom('vacant', 'open seat', 'unowned'), fc.constantFrom('(was bob)', '(formerly alice)', '[previously @bob]')).map(([p, r]) => `${p} ${r}`),
    );
    fc.assert(
      fc.property(nobody, (owner) => {
        expect(fillerReason('owner', owner), owner).toMatch(/no one/u);
      }),
    );
    for (const owner of ['@team-infra', 'alice', 'Priya Raghunathan', 'Anyone Lee <anyone.lee@acme.dev>', 'Author Smith', 'alice (was bob)', 'team-payments (formerly bob)', 'me (alice@acme.dev)', 'the infra team', '@acme/maintainers']) expect(fillerReason('owner', owner), owner).toBeUndefined();
  });
});

describe('a removal condition waiting for a fix nobody names, in idioms (red team rb, session 48; closed session 48, helper fi)', () => {
  it('is no condition; naming the fix, the issue or the version makes it one', () => {
    const subject = fc.constantFrom('the fix', 'the upstream fix', 'the patch', 'the root cause', 'the underlying cause', 'the issue', 'the ticket', 'the bug', 'the kinks', 'it', 'things');
    const idiom = fc.constantFrom('is merged', 'lands', 'is fixed', 'is addressed', 'is sorted out', 'is dealt with', 'is taken care of', 'is actioned', 'gets ironed out', 'are worked out', 'are back to normal');
    const ref = fc.constantFrom('bd-12', 'PR #34', 'golang/go#12345', 'tokio 1.40', 'INFRA-412');
    fc.assert(
      fc.property(fc.constantFrom('when', 'once', 'until'), subject, idiom, cased, ref, (l, s, i, c, r) => {
        const said = c(`${l} ${s} ${i}`);
        expect(fillerReason('remove_when', said), said).toMatch(/no condition/u);
        const checkable = `${l} ${s} in ${r} ${i}`;
        expect(fillerReason('remove_when', checkable), checkable).toBeUndefined();
      }),
    );
    for (const said of ['once the heat dies down', 'when the stars align', 'when upstream fixes it']) expect(fillerReason('remove_when', said), said).toMatch(/no condition/u);
    for (const checkable of ['when the new parser ships', 'when the vendor ships the patch', 'when the upstream fix ships', 'when the ARM runners are back to normal']) expect(fillerReason('remove_when', checkable), checkable).toBeUndefined();
  });
});

describe('a reason restating the failure beside chat words, a bead that is a marker with a remark (red team rb, session 48; closed session 48, helper fi)', () => {
  it('says nothing; with a cause beside it, it is a reason', () => {
    const restated = fc.constantFrom('flaky', 'its flaky', 'it fails', 'broken', 'super flaky');
    const chat = fc.constantFrom((r: string) => `${r} lowkey`, (r: string) => `${r} fr`, (r: string) => `${r}, trust me`, (r: string) => `${r} as heck`, (r: string) => `${r} as hell`, (r: string) => `cuz ${r}`, (r: string) => `${r} tbf`);
    const cause = fc.constantFrom(': the ARM runner times out on the QuickJS regexp cases', ' because upstream QuickJS 2.1 broke the regexp cases', ' on the sandbox without network');
    fc.assert(
      fc.property(restated, chat, cause, (r, say, c) => {
        const said = say(r);
        expect(fillerReason('reason', said), said).toBeDefined();
        expect(fillerReason('reason', `${said}${c}`), `${said}${c}`).toBeUndefined();
      }),
    );
    for (const said of ['it be like that sometimes', 'it is what it is']) expect(fillerReason('reason', said), said).toBeDefined();
    for (const bead of ['to do later', 'TO DO later', 'to-do soon', 'fix me later', 't b d later']) expect(fillerReason('bead', bead), bead).toMatch(/placeholder/u);
    expect(fillerReason('bead', 'bd-1f42.4')).toBeUndefined();
  });
});
