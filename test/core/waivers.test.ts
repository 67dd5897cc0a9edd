/**
 * The waiver rules as pure functions, at their boundaries, with a pinned day (2026-03-10).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPolicy } from '../../src/core/fold.js';
import { parseStrictDate } from '../../src/util/time.js';
import type { WaiverBook, WaiverEntry } from '../../src/core/types.js';
import { activeWaiverFor, evaluateWaivers, fillerReason, type DeclaredWaiver } from '../../src/core/waivers.js';

const TODAY = '2026-03-10';
const today = (parseStrictDate(TODAY) as { ok: true; value: number }).value;
const GATES = new Map([
  ['ext_must_pass', 'artifact_status'],
  ['cross_platform', 'artifact_status'],
  ['waiver_lifecycle', 'waiver_lifecycle'],
]);
const RULES = { today, maxDays: 30, expiringSoonDays: 3, gates: GATES };

function waiver(fields: Record<string, unknown> = {}, gateId = 'ext_must_pass', source = 'tests/suite_classification.toml'): DeclaredWaiver {
  return {
    gateId,
    source,
    pointer: `/waiver/${gateId}`,
    value: { owner: 'TopazForest', created: '2026-03-01', expires: '2026-03-20', bead: 'bd-1f42.4.4', reason: 'upstream QuickJS bug', scope: 'both', remove_when: 'all 208 extensions pass', ...fields },
  };
}

const judge = (...declared: DeclaredWaiver[]) => evaluateWaivers(declared, RULES);
const one = (fields: Record<string, unknown> = {}, gateId?: string) => judge(waiver(fields, gateId))[0] as WaiverEntry;
const codes = (entry: WaiverEntry) => entry.problems.map((p) => p.code);
const book = (entries: WaiverEntry[], sources: WaiverBook['sources'] = [{ path: 'w.yaml', status: 'ok', waivers: entries.length }]): WaiverBook => ({
  configured: true,
  maxDays: 30,
  expiringSoonDays: 3,
  today: TODAY,
  sources,
  entries,
  records: [],
});

describe('waiver state at the date boundaries (today = 2026-03-10)', () => {
  it('expires today: still in force, reported expiring_soon with 0 days left', () => {
    const w = one({ created: '2026-03-01', expires: '2026-03-10' });
    expect(w).toMatchObject({ state: 'expiring_soon', days_remaining: 0, problems: [] });
    expect(w.detail).toContain('expires today');
    expect(activeWaiverFor(book([w]), 'ext_must_pass', 'full')).toBe(w);
  });

  it('expired yesterday: expired and never applied', () => {
    const w = one({ created: '2026-03-01', expires: '2026-03-09' });
    expect(w).toMatchObject({ state: 'expired', days_remaining: -1 });
    expect(w.detail).toContain('expired 1 day ago');
    expect(activeWaiverFor(book([w]), 'ext_must_pass', 'full')).toBeUndefined();
  });

  it('expires in 3 days: expiring_soon (and applied); in 4 days: active', () => {
    expect(one({ expires: '2026-03-13' })).toMatchObject({ state: 'expiring_soon', days_remaining: 3 });
    expect(one({ expires: '2026-03-14' })).toMatchObject({ state: 'active', days_remaining: 4 });
  });

  it('lasts exactly 30 days: valid; 31 days: invalid (waiver_too_long)', () => {
    expect(one({ created: '2026-03-01', expires: '2026-03-31' })).toMatchObject({ state: 'active', duration_days: 30 });
    const long = one({ created: '2026-03-01', expires: '2026-04-01' });
    expect(long).toMatchObject({ state: 'invalid', duration_days: 31 });
    expect(codes(long)).toEqual(['waiver_too_long']);
    expect(long.problems[0]?.message).toContain('waiver.ext_must_pass lasts 31 days');
  });

  it('a configured max_days lowers the limit', () => {
    const [w] = evaluateWaivers([waiver({ created: '2026-03-01', expires: '2026-03-20' })], { ...RULES, maxDays: 14 });
    expect(codes(w as WaiverEntry)).toEqual(['waiver_too_long']);
  });

  it('2026-02-30 does not exist: waiver_date_invalid, never rolled over to March 2', () => {
    const w = one({ created: '2026-02-30', expires: '2026-03-20' });
    expect(w.state).toBe('invalid');
    expect(w.problems).toEqual([{ code: 'waiver_date_invalid', field: 'created', message: expect.stringContaining('waiver.ext_must_pass.created: "2026-02-30" is not a real date') }]);
  });

  it('an unquoted TOML date (a native Date the parser may have rolled over) is refused', () => {
    const w = one({ expires: new Date('2026-03-02T00:00:00Z') });
    expect(codes(w)).toEqual(['waiver_date_invalid']);
    expect(w.problems[0]?.message).toContain('quoted');
  });

  it('created after today is invalid (it would stretch the 30-day limit); created today is fine', () => {
    expect(codes(one({ created: '2026-03-11', expires: '2026-03-20' }))).toEqual(['waiver_created_future']);
    expect(one({ created: TODAY, expires: '2026-03-20' }).state).toBe('active');
  });

  it('expires before created is invalid (the reference accepted negative durations)', () => {
    expect(codes(one({ created: '2026-03-05', expires: '2026-03-04' }))).toEqual(['waiver_expires_before_created']);
  });

  it('other shapes of date are refused', () => {
    for (const bad of ['2026-3-20', '20260320', '2026-03-20T00:00:00Z', '']) expect(one({ expires: bad }).state).toBe('invalid');
  });
});

describe('waiver validity', () => {
  it('every missing and every blank field is listed, one problem each', () => {
    const w = one({ owner: undefined, bead: '  ', remove_when: '' });
    expect(w.problems.map((p) => [p.code, p.field])).toEqual([
      ['waiver_field_missing', 'owner'],
      ['waiver_field_blank', 'bead'],
      ['waiver_field_blank', 'remove_when'],
    ]);
    expect(w.owner).toBe('');
  });

  it('a non-string field and an unknown (misspelt) field are problems', () => {
    expect(codes(one({ owner: 42 }))).toEqual(['waiver_field_type']);
    // Unquoted TOML dates/times in text fields are not text: the waiver must not be applied.
    const dated = one({ owner: new Date('2026-03-01T00:00:00Z'), bead: new Date('1979-05-27T07:32:00Z'), scope: new Date('2026-03-01T00:00:00Z') });
    expect(dated.state).toBe('invalid');
    expect(dated.problems.map((p) => [p.code, p.field])).toEqual([
      ['waiver_field_type', 'owner'],
      ['waiver_field_type', 'bead'],
      ['waiver_field_type', 'scope'],
    ]);
    expect(codes(one({ expiry: '2026-03-20' }))).toEqual(['waiver_unknown_field']);
  });

  it('an entry that is not a table is invalid and still listed', () => {
    const [w] = judge({ gateId: 'ext_must_pass', source: 's.toml', pointer: '/waiver/ext_must_pass', value: 'yes please' });
    expect(w).toMatchObject({ state: 'invalid', gate_id: 'ext_must_pass' });
    expect(codes(w as WaiverEntry)[0]).toBe('waiver_not_table');
  });

  it('unknown gate id, the waiver gate itself, and an unknown scope are invalid', () => {
    expect(codes(one({}, 'ext_must_passs'))).toEqual(['waiver_unknown_gate']);
    expect(codes(one({}, 'waiver_lifecycle'))).toEqual(['waiver_self']);
    expect(codes(one({ scope: 'all' }))).toEqual(['waiver_scope_invalid']);
  });

  it('the same gate waived in two sources: both declarations are invalid', () => {
    const entries = judge(waiver({}, 'ext_must_pass', 'a.toml'), waiver({}, 'ext_must_pass', 'b.yaml'), waiver({}, 'cross_platform', 'b.yaml'));
    expect(entries.map((e) => [e.gate_id, e.state])).toEqual([
      ['ext_must_pass', 'invalid'],
      ['ext_must_pass', 'invalid'],
      ['cross_platform', 'active'],
    ]);
    expect(entries[0]?.problems[0]?.message).toContain('declared in both b.yaml and a.toml');
  });
});

describe('activeWaiverFor: the one rule for whether a waiver is in force', () => {
  it('scope decides the lane: both covers both; full and preflight only their own', () => {
    const both = one({ scope: 'both' });
    const full = one({ scope: 'full' });
    const pre = one({ scope: 'preflight' });
    expect(activeWaiverFor(book([both]), 'ext_must_pass', 'preflight')).toBe(both);
    expect(activeWaiverFor(book([full]), 'ext_must_pass', 'full')).toBe(full);
    expect(activeWaiverFor(book([full]), 'ext_must_pass', 'preflight')).toBeUndefined();
    expect(activeWaiverFor(book([pre]), 'ext_must_pass', 'full')).toBeUndefined();
  });

  it('only for the named gate, and never while a waiver source is unreadable', () => {
    const w = one();
    expect(activeWaiverFor(book([w]), 'cross_platform', 'full')).toBeUndefined();
    const broken = book([w], [
      { path: 'w.yaml', status: 'ok', waivers: 1 },
      { path: 'gone.toml', status: 'error', waivers: 0, code: 'missing' },
    ]);
    expect(activeWaiverFor(broken, 'ext_must_pass', 'full')).toBeUndefined();
  });
});

describe('applyPolicy with a waiver in force', () => {
  it('fail and warn become waived, keeping the reason; pass stays pass', () => {
    expect(applyPolicy({ raw_status: 'fail', reason: 'wrong_status', blocking: true }, { waived: true })).toEqual({ status: 'waived', reason: 'wrong_status' });
    expect(applyPolicy({ raw_status: 'warn', reason: 'not_ready', blocking: false }, { waived: true })).toEqual({ status: 'waived', reason: 'not_ready' });
    expect(applyPolicy({ raw_status: 'pass', blocking: true }, { waived: true })).toEqual({ status: 'pass' });
  });

  it('a blocking skip (fail-closed to fail) can be waived; a non-blocking skip is left alone', () => {
    expect(applyPolicy({ raw_status: 'skip', reason: 'skipped', blocking: true }, { waived: true })).toEqual({ status: 'waived', reason: 'blocking_skip' });
    expect(applyPolicy({ raw_status: 'skip', reason: 'skipped', blocking: false }, { waived: true })).toEqual({ status: 'skip', reason: 'skipped' });
  });

  it('without a waiver a failure stays a failure', () => {
    expect(applyPolicy({ raw_status: 'fail', reason: 'wrong_status', blocking: true }, { waived: false })).toEqual({ status: 'fail', reason: 'wrong_status' });
  });
});

describe('fillerReason: exemption fields read through markup and escapes (red team ha)', () => {
  it('a condition, a pointer or the field\'s own name behind HTML, character references, Markdown or roff says nothing', () => {
    for (const [field, value] of [['remove_when', '<i>never</i>'], ['remove_when', 'n&#101;ver'], ['remove_when', '[never](https://t.acme.dev)'], ['remove_when', 'ne%76er'], ['remove_when', '\\fBnever\\fR'], ['reason', '<b>ditto</b>'], ['reason', 'd&#105;tto'], ['reason', '[see bd-12](https://t.acme.dev/bd-12)'], ['reason', '<i>reason</i>'], ['remove_when', '<b>remove when</b>'], ['owner', '*0*']] as const) {
      expect(fillerReason(field, value), `${field} = ${value}`).toBeDefined();
    }
    for (const [field, value] of [['owner', 'José Ñúñez'], ['owner', '张伟'], ['reason', '`cargo test` flaky on *arm64* only'], ['remove_when', 'bd-12 closed (~~soon~~ fixed upstream)'], ['remove_when', '<i>never</i> flakes in 50 runs'], ['reason', 'the parser drops the last byte, see <b>bd-12</b>']] as const) {
      expect(fillerReason(field, value), `${field} = ${value}`).toBeUndefined();
    }
  });
});

describe('fillerReason: owners that are no one in particular (red team ha)', () => {
  it('a pronoun, one letter, a no-reply address or the field name with filler names no owner; short real names do', () => {
    for (const [field, value] of [['owner', 'me'], ['owner', 'You'], ['owner', 'x'], ['owner', 'noreply@github.com'], ['owner', 'do-not-reply@acme.dev'], ['owner', 'owner name'], ['reason', 'reason here'], ['owner', 'your owner']] as const) {
      expect(fillerReason(field, value), `${field} = ${value}`).toBeDefined();
    }
    for (const [field, value] of [['owner', 'Li'], ['owner', 'Ng'], ['owner', 'Al'], ['owner', 'me@acme.dev'], ['reason', 'me too: the same crash as bd-12'], ['reason', 'x86 only'], ['owner', 'Owner Team (platform)']] as const) {
      expect(fillerReason(field, value), `${field} = ${value}`).toBeUndefined();
    }
  });
});

describe('fillerReason: exemption fields under bidi controls', () => {
  it('a field that says nothing in either order says nothing: as displayed (`\\u202Eem\\u202C` shows "me") and as written', () => {
    expect(fillerReason('owner', '\u202Eem\u202C')).toMatch(/no one in particular/);
    expect(fillerReason('owner', '\u202Eme\u202C')).toMatch(/no one in particular.*under bidi controls/);
    expect(fillerReason('remove_when', '\u202Enever\u202C')).toMatch(/no condition/);
    expect(fillerReason('owner', '\u202EAlice\u202C')).toBeUndefined();
  });

  it('a field a right-to-left paragraph shows as its own name says nothing (dir="auto", red team rt3)', () => {
    expect(fillerReason('reason', '\u200Fhere\u200F goes\u200F reason')).toMatch(/own field name.*right-to-left paragraph/);
    // A value of several lines in one dir="auto" element: its first strong letter, on the first line, sets the second's.
    expect(fillerReason('reason', '\u200F\nhere\u200F goes\u200F reason')).toMatch(/own field name|placeholder/);
    expect(fillerReason('reason', '\u200Eflaky\u200F upstream\u200F mirror')).toBeUndefined();
    expect(fillerReason('owner', '\u05D3\u05E0\u05D4 \u05DB\u05D4\u05DF')).toBeUndefined();
  });
});

describe('fillerReason: form prompts, numbers, reasons that say none, conditions of free time (red team wd)', () => {
  it.each([
    ['owner', 'Firstname Lastname'], ['owner', '@username'], ['owner', 'user@domain.com'], ['owner', 'team name'], ['owner', '42'], ['owner', '2026-03-01'],
    ['reason', 'because'], ['reason', 'just because.'], ['reason', 'No reason given'], ['reason', 'a reason'], ['reason', '0'], ['reason', '3.14'],
    ['remove_when', 'when possible'], ['remove_when', 'Time permitting'], ['remove_when', 'tomorrow'],
    // Red team rh: a date is a time, not an event (the expiry bounds time already).
    ['remove_when', '2026-04-01'],
  ])('%s = %j says nothing', (field, value) => {
    expect(fillerReason(field, value)).toBeDefined();
  });
  it.each([
    ['owner', '@alice'], ['owner', 'team-runtime'], ['owner', 'Li'], ['reason', 'Flaky on ARM64'], ['reason', 'because QuickJS 0.9 crashes on ARM'], ['reason', 'Upstream bug 4411'],
    ['remove_when', '2.0.0'], ['remove_when', 'when bd-12 is fixed'], ['bead', '4411'], ['bead', '#12'],
  ])('%s = %j says something', (field, value) => {
    expect(fillerReason(field, value)).toBeUndefined();
  });
});

describe('fillerReason: never said otherwise, nobody or everyone, issues numbered zero, reasons deferred (red team ze)', () => {
  const empty: [string, string][] = [
    ['remove_when', 'forever'], ['remove_when', 'Permanently'], ['remove_when', 'indefinitely'], ['remove_when', 'always'], ['remove_when', 'when it expires'], ['remove_when', 'at expiry'], ['remove_when', 'no longer needed'], ['remove_when', '*as needed*'],
    ['owner', 'unowned'], ['owner', 'orphan'], ['owner', 'anonymous'], ['owner', '@everyone'], ['owner', '@here'], ['owner', 'whoever fixes it'], ['owner', 'to be assigned'], ['owner', 'ghost'], ['owner', 'Pending'], ['owner', 'alice@acme.test'], ['owner', 'admin@localhost'], ['owner', 'Alice <alice@build.local>'], ['owner', 'alice@127.0.0.1'],
    // Red team rc: loopback in the other spellings a resolver takes, and the localdomain name.
    ['owner', 'alice@127.1'], ['owner', 'alice@0x7f000001'], ['owner', 'alice@2130706433'], ['owner', 'alice@[::1]'], ['owner', 'alice@[IPv6:::1]'], ['owner', 'alice@::1'], ['owner', 'root@localhost.localdomain'],
    ['owner', 'todo@acme.dev'], ['owner', 'nobody@acme.dev'], ['owner', 'Unknown <unknown@acme.dev>'], ['owner', 'TBD@acme.dev'], ['owner', 'xxx@acme.dev'],
    ['bead', 'bd-0'], ['bead', '#0'], ['bead', 'PROJ-000'], ['bead', 'bd-0.0'], ['bead', 'ticket'], ['bead', 'ISSUE-NUMBER'], ['bead', '#issue'],
    ['reason', 'explain later'], ['reason', 'reasons TBD'],
  ];
  const real: [string, string][] = [
    ['remove_when', 'the permanent fix for bd-1f42.4 is merged and both cases pass'], ['remove_when', 'no longer needed once QuickJS 2.1 ships'],
    ['owner', '@ghostwriter'], ['owner', 'Al Lee'], ['owner', 'Everett Allman'], ['owner', 'Orphan Annie (runtime team)'], ['owner', 'alice@test.com'], ['owner', 'alice@acme.dev'], ['owner', 'alice@localhost-tools.io'],
    ['owner', 'alice@1and1.de'], ['owner', 'alice@123.com'], ['owner', 'alice@cafe.dev'], ['owner', 'ops@0x.co'],
    ['owner', 'team@acme.dev'], ['owner', 'all@acme.dev'], ['owner', 'nobodyknows@acme.dev'], ['owner', 'todd@acme.dev'], ['owner', 'nullsoft.dev@acme.dev'],
    ['bead', 'bd-10'], ['bead', '#101'], ['bead', 'PROJ-1000'], ['bead', 'bd-0a1f'], ['bead', 'TICKET-42'], ['bead', 'a040'], ['bead', 'bd-3ar8v.10'],
    ['reason', 'we explain later failures in bd-1f42.4: QuickJS bug'],
  ];
  it('names nothing', () => {
    for (const [field, value] of empty) expect(fillerReason(field, value), `${field} = ${value}`).toBeDefined();
  });
  it('the same words inside real values are content', () => {
    for (const [field, value] of real) expect(fillerReason(field, value), `${field} = ${value}`).toBeUndefined();
  });
});

describe('fillerReason: a tracking issue in a tracker whose key is a stand-in (red team va)', () => {
  it('a real number under a key a template left names no issue', () => {
    for (const value of ['TBD-42', 'TODO-7', 'XXX-123', 'xxxx-9', 'FIXME#12', 'PLACEHOLDER-1', 'ТBD-42', 'tbd_42.3', 'TBD 42', 'EXAMPLE-9', 'NULL-3', 'undefined-12', 'FOO-42', 'KEY-1']) {
      expect(fillerReason('bead', value), value).toMatch(/tracker key .* is a stand-in/u);
    }
  });
  it('keys of real trackers, and stand-in words in keys or parts that are no key alone, are ids', () => {
    for (const value of ['PROJ-1000', 'ABC-123', 'TEST-42', 'NA-1', 'NONE-2', 'TODOIST-12', 'FOOD-3', 'KEYS-4', 'REL-12', 'bd-1f42.4.4', 'TICKET-42', 'JIRA-123']) {
      expect(fillerReason('bead', value), value).toBeUndefined();
    }
  });
  it('a tracker link whose number is a placeholder word, the form for a new one or the list names none; one issue of a repository named so does', () => {
    for (const value of ['TBD/42', 'TBD\u201142', 'T.B.D.-42', 'https://jira.acme.dev/browse/TBD-42', 'https://youtrack.acme.dev/issue/TODO-7', 'https://github.com/acme/x/issues/TBD', 'https://github.com/acme/x/actions/runs/todo', 'https://github.com/acme/x/pull/N%2FA', 'https://github.com/acme/x/issues/new', 'https://github.com/acme/x/issues']) {
      expect(fillerReason('bead', value), value).toBeDefined();
    }
    for (const value of ['https://jira.acme.dev/browse/PROJ-12', 'v1.2-42', 'https://github.com/acme/foo-1/issues/3', 'https://github.com/acme/todo/issues/12', 'https://github.com/acme/issues/issues/7', 'https://github.com/acme/x/pulls/12?q=is%3Aopen']) {
      expect(fillerReason('bead', value), value).toBeUndefined();
    }
  });
  it('a repository named with a stand-in word is no key, but its home page is no issue either (red team xw)', () => {
    for (const value of ['https://github.com/acme/foo-1', 'https://github.com/acme/issues']) {
      expect(fillerReason('bead', value), value).toMatch(/^a link to nothing in particular/u);
    }
  });
});

describe('fillerReason: stand-in keys and placeholder links in other spellings and trackers (red team xv)', () => {
  it('a stand-in key wrapped, before a full stop, parted otherwise, or a placeholder link of any tracker names no issue', () => {
    for (const value of [
      '[TBD-42]', '(TODO-7)', 'TBD-42.', 'TBD.42', 'TBD-#42', 'TODO42', 'ISSUE_KEY-1', 'TO-DO-3', 'TKTK-3',
      'https://acme.atlassian.net/browse/TBD-42?focusedCommentId=1', 'https://acme.atlassian.net/browse/TBD-42#comment', 'https://acme.atlassian.net/browse/%54BD-42',
      'https://linear.app/acme/issue/TODO-7/fix-the-parser', 'https://github.com/acme/x/issues/new/choose', 'https://github.com/acme/x/issues/new?template=bug.md',
      'https://dev.azure.com/acme/web/_workitems/edit/TBD', 'https://dev.azure.com/acme/web/_workitems/create/Bug', 'https://bitbucket.org/acme/x/pull-requests/new',
      'https://app.shortcut.com/acme/story/TBD', 'https://app.shortcut.com/acme/story/0',
    ]) {
      expect(fillerReason('bead', value), value).toBeDefined();
    }
  });
  it('real keys in the same spellings, and one issue of any tracker, are ids', () => {
    for (const value of [
      '[ENG-42]', 'ENG-42.', 'REL.42', 'TODOS-4', 'FOOTBALL-9', 'SAMPLES-1', 'NULLABLE-3', 'KEYSTONE-4', 'CVE-2024-1234', 'py3.12', 'win10', 'todo-app#12',
      'https://acme.atlassian.net/browse/PROJ-12?focusedCommentId=1#c', 'https://linear.app/acme/issue/ENG-42/fix-the-parser', 'https://dev.azure.com/acme/web/_workitems/edit/1234',
      'https://bitbucket.org/acme/x/pull-requests/12', 'https://app.shortcut.com/acme/story/12345/fix-parser', 'https://gitlab.com/acme/todo/-/issues/12',
      'https://gitlab.com/acme/x/-/work_items/12', 'https://github.com/acme/new/issues/3', 'https://github.com/acme/tbd/issues/3',
    ]) {
      expect(fillerReason('bead', value), value).toBeUndefined();
    }
  });
});

describe('fillerReason: stand-in keys behind invisibles or remarks, and links that open no one issue (red team xf)', () => {
  it('a stand-in key behind an invisible character, a remark, a hash or a letter, or named in a query, names no issue', () => {
    for (const value of ['T\u200bBD-42', 'TBD-42\u00ad', 'TBD-42 (tracking)', 'TBD-42 TBD-43', '#TBD-42', 'TBD-42a', 'TBD-42, see the log', 'https://acme.atlassian.net/jira/software/c/projects/X/boards/1?selectedIssue=TBD-42', 'https://acme.atlassian.net/issues/?jql=key%3DTBD-12']) {
      expect(fillerReason('bead', value), value).toMatch(/is a stand-in/u);
    }
  });
  it('a form, a list behind a query or a fragment, or a number no tracker gives opens no one issue', () => {
    const refused: Array<[string, RegExp]> = [
      ['https://github.com/acme/app/pull/new/fix-parser', /the form for a new one of pull/u],
      ['https://github.com/acme/app/compare/main...fix?expand=1', /the form comparing branches/u],
      ['https://github.com/acme/app/issues?q=is%3Aopen', /the list of issues/u],
      ['https://gitlab.com/acme/app/-/issues?state=opened', /the list of issues/u],
      ['https://github.com/acme/app/issues#TBD', /the list of issues/u],
      ['https://github.com/acme/app/issues/-1', /issues number "-1", a signed number/u],
      ['https://github.com/acme/app/issues/0x1', /issues number "0x1", written in a notation/u],
      ['https://github.com/acme/app/issues/\uff11\uff12', /written in digits no tracker numbers with/u],
      ['https://github.com/acme/app/issues/\u200b4812', /an invisible character \(U\+200B\)/u],
      ['https://github.com/acme/app/issues/%E2%80%8B4812', /an invisible character \(U\+200B\)/u],
      ['https://bugzilla.acme.dev/show_bug.cgi', /show_bug\.cgi with no id/u],
      ['https://bugzilla.acme.dev/show_bug.cgi?id=0', /the id of the item its query opens is 0/u],
      ['https://mantis.acme.dev/view.php?id=TBD', /a placeholder/u],
    ];
    for (const [value, why] of refused) expect(fillerReason('bead', value), value).toMatch(why);
  });
  it('real keys in the same dress, one issue of every tracker, and a list filtered to one issue are accepted', () => {
    for (const value of [
      'PROJ-12 (tracking)', 'PROJ-12 PROJ-13', '#PROJ-12', 'PROJ-12a', 'acme/sample-2#3', 'todo-app#12', 'https://github.com/acme/app/pull/12.diff',
      'https://github.com/acme/app/issues/12#issuecomment-3', 'https://github.com/acme/app/issues/12?utm_source=x', 'https://github.com/acme/compare/issues/3', 'https://github.com/acme/sample-2/issues/3',
      'https://acme.atlassian.net/jira/software/c/projects/PROJ/boards/1?selectedIssue=PROJ-42', 'https://acme.atlassian.net/issues/?jql=key%3DPROJ-12',
      'https://bugzilla.mozilla.org/show_bug.cgi?id=1234567', 'https://bugzilla.acme.dev/show_bug.cgi?id=parser-crash', 'https://mantis.acme.dev/view.php?id=812',
      'https://youtrack.acme.dev/issue/PROJ-7', 'https://bitbucket.org/acme/x/issues/12/parser-crash', 'https://github.com/acme/app/actions/runs/123/attempts/2', 'https://trac.acme.dev/ticket/42',
    ]) {
      expect(fillerReason('bead', value), value).toBeUndefined();
    }
  });
});

describe('fillerReason: links left as their template wrote them (red team te)', () => {
  it('a link whose path names a slot, holds a mask or a route parameter, or numbers its run 0 says nothing', () => {
    for (const value of [
      'https://github.com/OWNER/REPO/issues/1234', 'https://github.com/acme/pi-agent/actions/runs/RUN_ID', 'https://github.com/acme/pi-agent/actions/runs/XXXX',
      'https://github.com/acme/pi-agent/actions/runs/0', 'https://github.com/acme/pi-agent/issues/NNN', 'https://github.com/your-org/your-repo/actions/runs/13764021557',
      'https://github.com/acme/pi-agent/actions/runs/:run_id', 'https://github.com/ORG/REPO/actions/runs/13764021557', 'https://ｇｉｔｈｕｂ.com/ＯＷＮＥＲ/x/actions/runs/1', '[CI run](https://github.com/acme/pi-agent/actions/runs/RUN_ID)',
    ]) {
      expect(fillerReason('evidence', value), value).toMatch(/^a link to nothing in particular/u);
      expect(fillerReason('bead', value), value).toBeDefined();
    }
  });

  it('a real link passes, whatever the case of its names and whatever words its repository is named with', () => {
    for (const value of [
      'https://github.com/acme/pi-agent/actions/runs/13764021557/job/38488911202', 'https://github.com/ACME/PI-AGENT/actions/runs/13764021557',
      'https://github.com/acme/owner/blob/main/README.md', 'https://jira.acme.dev/browse/PROJ-123', 'https://github.com/acme/x/pull/10', 'https://ci.acme.dev/job/release/0x1f',
      'https://github.com/acme/x/issues/100', 'git@github.com:acme/x.git', 'https://gitlab.acme.dev/acme/x/-/jobs/7001', '[CI run](https://github.com/acme/pi-agent/actions/runs/13764021557)',
    ]) {
      expect(fillerReason('evidence', value), value).toBeUndefined();
    }
  });
});

describe('fillerReason: owners that name nobody, removal conditions of joined filler (red team uh/uf, session 31)', () => {
  it('refuses romanised specimen names, example accounts, A. N. Other and commands in backquotes as owners, and says what a real owner of a specimen name writes', () => {
    for (const owner of ['Taro Yamada', 'Yamada Taro', 'Zhang San', 'Ivan Ivanov', 'Hong Gildong', 'Juan Pérez', 'A. N. Other', 'example-user', 'example_user', 'Sample Owner', 'test-user', 'dummy-account', 'user1', 'owner_2', '`whoami`', '`id -un`', '`git config user.email`', '` logname `', 'whoami']) {
      expect(fillerReason('owner', owner), owner).toBeDefined();
    }
    expect(fillerReason('owner', 'Mario Rossi')).toMatch(/specimen name.*write a handle or an address beside it/u);
    expect(one({ owner: 'Taro Yamada' }).problems.map((p) => [p.code, p.field])).toEqual([['waiver_field_blank', 'owner']]);
  });

  it('keeps real owners: a handle in a code span, a team, a specimen name with a real address, that address alone', () => {
    for (const owner of ['`alice`', '`TopazForest`', 'Test Team', 'demo-team', 'userland-team', 'Another Team', 'Mario Rossi <mario.rossi@acme.it>', 'mario.rossi@acme.it', 'Taro Yamada <taro@acme.co.jp>', 'Alice', 'Ivanova', 'Yamada']) {
      expect(fillerReason('owner', owner), owner).toBeUndefined();
    }
    // The address beside a specimen name is judged as an owner: a sample or no-one mailbox names nobody still.
    for (const owner of ['Mario Rossi <mario@example.com>', 'Mario Rossi <todo@acme.dev>', 'Mario Rossi <noreply@acme.dev>']) expect(fillerReason('owner', owner), owner).toBeDefined();
  });

  it('judges John and Jane Doe with an address as every specimen name with one: by the address (red team th, session 31 uc2)', () => {
    for (const owner of ['Jane Doe <jane.doe@acme.io>', 'John Doe <john.doe@acme.io>', 'jane.doe@acme.io', 'john_doe@acme.io', 'Jane Doe <jdoe@acme.io>', '`@acme/release-eng`']) {
      expect(fillerReason('owner', owner), owner).toBeUndefined();
    }
    for (const owner of ['Jane Doe', 'John Doe', 'Jane Doe <jane.doe@example.com>', 'Jane Doe <todo@acme.io>', 'John Doe <john.doe@acme.test>', 'Jane Doe <noreply@acme.io>']) {
      expect(fillerReason('owner', owner), owner).toBeDefined();
    }
  });

  it('reads a handle or an address in a code span as written inside it: the backquote is no mailbox (review of td)', () => {
    for (const owner of ['`@alice`', '`@acme/release-team`', '`alice@acme.dev`']) expect(fillerReason('owner', owner), owner).toBeUndefined();
    for (const owner of ['`todo@acme.dev`', '`noreply@acme.dev`', '`alice@acme.test`', '`example-user`']) expect(fillerReason('owner', owner), owner).toBeDefined();
  });

  it('for any removal conditions that name none, joined or hedged, the whole names none; one real condition among them makes it one', () => {
    const filler = fc.constantFrom('eventually', 'once done', 'later', 'never', 'soon', 'when fixed', 'when resolved', 'asap', 'next sprint', 'in 2 weeks', 'whenever');
    const join = fc.constantFrom(', ', '; ', ' and ', ' or ', ' then ', ' / ', ' - ', ' or else ');
    const hedge = fc.constantFrom('', 'hopefully ', 'probably ', 'maybe ');
    const real = fc.constantFrom('QuickJS fix merged', 'bd-1f42.6 closed', 'all 208 extensions pass', 'the ARM64 runners replaced', 'upstream 2.49 released');
    fc.assert(
      fc.property(fc.array(filler, { minLength: 2, maxLength: 4 }), join, hedge, real, fc.nat(), (parts, j, h, r, at) => {
        const value = h + parts.join(j);
        expect(fillerReason('remove_when', value), value).toBeDefined();
        const withReal: string[] = [...parts];
        withReal.splice(at % (parts.length + 1), 0, r);
        expect(fillerReason('remove_when', withReal.join(j)), withReal.join(j)).toBeUndefined();
      }),
    );
    expect(fillerReason('remove_when', 'hopefully soon')).toMatch(/no condition/u);
  });
});

describe('fillerReason: owners naming no one and conditions naming nothing the rule missed (red team th, session 31 uc2)', () => {
  it('refuses a team left undecided, a guest, J. Doe\'s handle, the mascot account, user in other languages, the French specimen', () => {
    for (const owner of ['TBD team', 'the team', 'Team', 'guest', 'Guest', 'jdoe', 'J.Doe', '@octocat', 'Юзер', 'пользователь', 'Benutzer', 'utilisateur', 'Pierre Dupont']) {
      expect(fillerReason('owner', owner), owner).toBeDefined();
    }
    for (const owner of ['Release Team', '@acme/release-eng', 'release-team@acme.dev', 'Pierre Dupont <pierre.dupont@acme.fr>', 'guest-services-oncall', 'Юрий Петров', 'Team Rocket', 'jdoe@acme.dev']) {
      expect(fillerReason('owner', owner), owner).toBeUndefined();
    }
  });
  it('refuses readiness, an unnamed release and when fixed in other languages as remove_when; the same naming what must happen passes', () => {
    for (const rw of ['when ready', 'When ready.', 'when we get to it', 'after release', 'after the release', 'cuando se arregle', 'wenn behoben', 'quand ce sera corrigé', 'Quand ce sera corrigé', 'quando risolto']) {
      expect(fillerReason('remove_when', rw), rw).toBeDefined();
    }
    for (const rw of ['when ready for the 2.5.0 release (bd-12 closed)', 'after release 2.5.0 ships the QuickJS fix', 'cuando se arregle bd-12 en QuickJS', 'wenn bd-12 behoben ist', 'quand le bug QuickJS #312 sera corrigé']) {
      expect(fillerReason('remove_when', rw), rw).toBeUndefined();
    }
  });
});
