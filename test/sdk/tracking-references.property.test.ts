// A waiver's tracking issue (red team xf, session 40): a tracker key a template left (`TBD-42`) or a link that opens no
// one issue is refused however the field dresses it — invisible characters inside, a remark or a second key after it, a
// hash before it, a letter after its number, a tracker's query naming it — and a real key or link in the same dress is
// accepted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillerReason } from '../../src/core/waivers.js';
import '../helpers/fc-seed.js';

const standInKey = fc.constantFrom('TBD', 'TODO', 'FIXME', 'XXX', 'PLACEHOLDER', 'tbd', 'ТBD');
const realKey = fc.constantFrom('PROJ', 'ENG', 'REL', 'ABC', 'JIRA', 'OPS');
const invisible = fc.constantFrom('\u200b', '\u00ad', '\u200c', '\u200d', '\u2060', '\ufeff');
const number = fc.integer({ min: 1, max: 99999 });
const suffix = fc.constantFrom('', 'a', 'b');
/** How a field dresses one key: alone, behind a hash, in brackets, before a remark, beside another key. */
const dress = fc.constantFrom(
  (k: string) => k,
  (k: string) => `#${k}`,
  (k: string) => `[${k}]`,
  (k: string) => `${k} (tracking)`,
  (k: string) => `${k}, see the log`,
  (k: string) => `${k} ${k.replace(/\d+/u, '7')}`,
  (k: string) => `https://acme.atlassian.net/browse/${k}`,
  (k: string) => `https://acme.atlassian.net/jira/software/c/projects/X/boards/1?selectedIssue=${k}`,
  (k: string) => `https://bugzilla.acme.dev/show_bug.cgi?id=${k}`,
);
/** An invisible character at any place of a text. */
const withInvisible = (text: string, at: number, ch: string): string => `${text.slice(0, at % (text.length + 1))}${ch}${text.slice(at % (text.length + 1))}`;

describe('a tracking issue under a stand-in key', () => {
  it('is refused however the field dresses it, with or without an invisible character in it', () => {
    fc.assert(
      fc.property(standInKey, number, suffix, dress, fc.option(fc.tuple(fc.nat(), invisible), { nil: undefined }), (key, n, s, wear, hidden) => {
        const written = wear(`${key}-${n}${s}`);
        const value = hidden === undefined ? written : withInvisible(written, hidden[0], hidden[1]);
        expect(fillerReason('bead', value), JSON.stringify(value)).toBeDefined();
      }),
    );
  });
  it('a real key in the same dress is accepted', () => {
    fc.assert(
      fc.property(realKey, number, suffix, dress, (key, n, s, wear) => {
        const value = wear(`${key}-${n}${s}`);
        expect(fillerReason('bead', value), JSON.stringify(value)).toBeUndefined();
      }),
    );
  });
});

const tracker = fc.constantFrom('https://github.com/acme/app/issues/', 'https://github.com/acme/app/pull/', 'https://gitlab.com/acme/app/-/issues/', 'https://bitbucket.org/acme/app/issues/', 'https://dev.azure.com/acme/web/_workitems/edit/', 'https://app.shortcut.com/acme/story/', 'https://redmine.acme.dev/issues/');
/** A number as no tracker writes one: signed, in hex, full width or in other scripts' digits, behind an invisible character. */
const badNumber = fc.constantFrom(
  (n: number) => `-${n}`,
  (n: number) => `+${n}`,
  (n: number) => `0x${n.toString(16)}`,
  (n: number) => String(n).replace(/\d/gu, (d) => String.fromCodePoint(0xff10 + Number(d))),
  (n: number) => String(n).replace(/\d/gu, (d) => String.fromCodePoint(0x0660 + Number(d))),
  (n: number) => `\u200b${n}`,
  (n: number) => `%E2%80%8B${n}`,
);

describe('a tracker link', () => {
  it('numbered as no tracker numbers is refused', () => {
    fc.assert(
      fc.property(tracker, number, badNumber, (base, n, spell) => {
        expect(fillerReason('bead', `${base}${spell(n)}`), `${base}${spell(n)}`).toMatch(/^a link to nothing in particular/u);
      }),
    );
  });
  it('to the list behind any query or fragment is refused; one item of it, with any query or fragment, is accepted', () => {
    const query = fc.constantFrom('', '?q=is%3Aopen', '?state=opened&sort=updated', '#TBD', '?page=2#top');
    fc.assert(
      fc.property(fc.constantFrom('issues', 'pulls', 'merge_requests'), query, number, (list, q, n) => {
        expect(fillerReason('bead', `https://github.com/acme/app/${list}${q}`), q).toMatch(/the list of/u);
        expect(fillerReason('bead', `https://github.com/acme/app/${list}/${n}${q}`), q).toBeUndefined();
      }),
    );
  });
  it('in ASCII digits from one is accepted on every tracker', () => {
    fc.assert(
      fc.property(tracker, number, (base, n) => {
        expect(fillerReason('bead', `${base}${n}`)).toBeUndefined();
      }),
    );
  });
});

// Red team xw: a browser resolves dot segments (written or as `%2e`) before it asks for the page, so a link is judged at
// the page it opens; and a number in circled, superscript or Roman numerals is no number a tracker gives.
describe('a tracker link with dot segments', () => {
  const dots = fc.constantFrom('..', '%2e%2e', '%2E%2E', '.%2e');
  const here = fc.constantFrom('.', '%2e');
  it('that resolves to the form or the list is refused, whatever it stepped over', () => {
    fc.assert(
      fc.property(tracker, number, dots, (base, n, up) => {
        const value = `${base}${n}/${up}/new`;
        expect(fillerReason('bead', value), value).toMatch(/^a link to nothing in particular/u);
        const list = `https://github.com/acme/app/issues/${n}/${up}`;
        expect(fillerReason('bead', list), list).toMatch(/the list of/u);
      }),
    );
  });
  it('that resolves to one issue is accepted', () => {
    fc.assert(
      fc.property(tracker, number, number, dots, here, (base, n, m, up, stay) => {
        expect(fillerReason('bead', `${base}${n}/${up}/${m}`)).toBeUndefined();
        expect(fillerReason('bead', `${base}${n}/${stay}`)).toBeUndefined();
      }),
    );
  });
  it('numbered in circled, superscript or Roman numerals is refused', () => {
    fc.assert(
      fc.property(tracker, fc.constantFrom('⑫', '¹²', 'Ⅻ', '⒓', '㉑'), (base, numeral) => {
        expect(fillerReason('bead', `${base}${numeral}`), numeral).toMatch(/^a link to nothing in particular/u);
      }),
    );
  });
});

// Red team xw (closed session 41): another tracker's form, list or home page opens no one issue, whatever the host, a
// context path before it or a query after it; the issue page beside it, in the same dress, is one.
describe('a link to another tracker', () => {
  const host = fc.constantFrom('https://tracker.acme.dev', 'https://acme.atlassian.net', 'https://bugs.acme.dev', 'https://code.acme.dev');
  const contextPath = fc.constantFrom('', '/jira', '/tracker', '/bugs');
  const query = fc.constantFrom('', '?product=Core', '?project=KT&utm_source=x', '#top');
  const noOne = fc.constantFrom('secure/CreateIssue.jspa', 'secure/CreateIssueDetails!init.jspa', 'newIssue', 'enter_bug.cgi', 'bug_report_page.php', 'newticket', 'buglist.cgi', 'query', 'secure/IssueNavigator.jspa', 'view_all_bug_page.php', 'team/ENG/new', 'browse/PROJ', 'issues', 'issues/KT', 'servicedesk/customer/portal/1/create/2', 'projects/SD/queues/custom/1', 'milestone/3', 'labels/bug');
  it('opening its form, a list of many or a project page is refused', () => {
    fc.assert(
      fc.property(host, contextPath, noOne, query, (h, c, page, q) => {
        const value = `${h}${c}/${page}${q}`;
        expect(fillerReason('bead', value), value).toMatch(/^a link to nothing in particular/u);
      }),
    );
  });
  it('opening one issue is accepted in the same dress', () => {
    const one = fc.constantFrom('browse/PROJ-12', 'issue/KT-1000', 'show_bug.cgi?id=1234567', 'view.php?id=812', 'ticket/42', 'issues/812', 'issue/ENG-42/new', 'projects/SD/queues/custom/1/SD-42', 'servicedesk/customer/portal/1/SD-42');
    fc.assert(
      fc.property(host, contextPath, one, number, (h, c, page, n) => {
        const value = `${h}${c}/${page.replace(/\d+/u, String(n))}`;
        expect(fillerReason('bead', value), value).toBeUndefined();
      }),
    );
  });
  it("a repository's reference whose part after the hash is no number is refused; one numbered from one is accepted", () => {
    const repo = fc.constantFrom('acme/engine', 'gitlab-org/gitlab', 'acme/platform/engine', 'acme/sample-2');
    const standIn = fc.constantFrom('TBD', 'TODO', 'XXX', 'N', 'n', '???', 'FIXME', 'issue', 'ＴＢＤ', 'T\u200bBD');
    fc.assert(
      fc.property(repo, fc.constantFrom('#', '!'), standIn, number, (r, mark, word, n) => {
        expect(fillerReason('bead', `${r}${mark}${word}`), `${r}${mark}${word}`).toMatch(/^no issue in particular|^a placeholder/u);
        expect(fillerReason('bead', `${r}${mark}${n}`), `${r}${mark}${n}`).toBeUndefined();
      }),
    );
  });
  it('a number percent-encoded twice is refused; once, it is the number', () => {
    fc.assert(
      fc.property(tracker, number, (base, n) => {
        const once = [...String(n)].map((d) => `%3${d}`).join('');
        expect(fillerReason('bead', `${base}${once}`), once).toBeUndefined();
        const twice = once.replace(/%/gu, '%25');
        expect(fillerReason('bead', `${base}${twice}`), twice).toMatch(/percent-encoded twice/u);
      }),
    );
  });
  it('zero with a format suffix is number zero', () => {
    fc.assert(
      fc.property(fc.constantFrom('0', '00', '000'), fc.constantFrom('.diff', '.patch', '.atom'), (zero, suffix) => {
        expect(fillerReason('bead', `https://github.com/acme/app/pull/${zero}${suffix}`)).toMatch(/number 0/u);
      }),
    );
  });
});

// Red team xd: a tracking link that can name no one issue on any tracker — a shortener's, one with no number in its
// address, one ending in number 0, a view of many, a container and its id — is refused; one item on the same trackers is
// accepted.
describe('a tracking link that can name no one issue on any tracker', () => {
  const host = fc.constantFrom('https://tracker.acme.dev', 'https://acme.example-tracker.io', 'https://app.acme.dev/tracker');
  const word = fc.constantFrom('engine', 'parser', 'acme', 'ENG', 'open', 'mine', 'active');
  const noOne = fc.oneof(
    fc.tuple(fc.constantFrom('bit.ly', 'tinyurl.com', 't.co', 'aka.ms', 'git.io'), fc.stringMatching(/^[A-Za-z0-9]{4,8}$/u)).map(([h, code]) => `https://${h}/${code}`),
    fc.tuple(host, fc.array(word, { minLength: 1, maxLength: 4 })).map(([h, path]) => `${h}/${path.join('/')}`),
    fc.tuple(host, fc.array(word, { minLength: 0, maxLength: 3 }), fc.constantFrom('0', '00', '000')).map(([h, path, zero]) => `${h}/${[...path, zero].join('/')}`),
    fc.tuple(host, word, number, fc.constantFrom('list', 'board', 'summary', 'current', 'backlog', 'timeline')).map(([h, w, n, view]) => `${h}/${w}/${n}/${view}`),
    fc.tuple(host, fc.constantFrom('projects', 'dashboards', 'filters', 'report', 'views', 'sprints', 'milestones'), number).map(([h, c, n]) => `${h}/${c}/${n}`),
  );
  it('is refused', () => {
    fc.assert(
      fc.property(noOne, (link) => {
        expect(fillerReason('bead', link), link).toBeDefined();
      }),
    );
  });
  const oneItem = fc.oneof(
    fc.tuple(host, fc.constantFrom('issues', 'pulses', 'cards', 'tasks', 'stories', 'ticket', '+bug'), number).map(([h, r, n]) => `${h}/boards/7/${r}/${n}`),
    fc.tuple(host, realKey, number).map(([h, k, n]) => `${h}/projects/${k}/${k}-${n}`),
    fc.tuple(host, fc.constantFrom('id', 'bug_id', 'sys_id', 'selectedIssue'), fc.constantFrom('parser-crash', 'a1b2c3d4', 'ENG-12')).map(([h, p, v]) => `${h}/view?${p}=${v}`),
    number.map((n) => `https://crbug.com/${n}`),
    number.map((n) => `https://review.acme.dev/#/c/${n}/`),
  );
  it('naming one item on the same trackers is accepted', () => {
    fc.assert(
      fc.property(oneItem, (link) => {
        expect(fillerReason('bead', link), link).toBeUndefined();
      }),
    );
  });
});
