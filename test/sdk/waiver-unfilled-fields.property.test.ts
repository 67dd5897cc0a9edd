// Waiver fields that were never filled (red team rh, session 46; closed by helper wa): a field opening with a placeholder
// marker and a note, an owner that is a form's name prompt in another language, a call for an owner, a bot account or
// an address at a reserved, one-label or made-up domain, a tracking issue not filed yet or cut short, a link into a
// template's repository or onto a local host. Each family is refused however it is spelt (case, full width, look-alike
// letters, markup, the address's dress), and sound values that share its letters are accepted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillerReason } from '../../src/core/waivers.js';
import '../helpers/fc-seed.js';

const FIELDS = ['owner', 'bead', 'reason', 'remove_when'] as const;
const fullWidth = (text: string): string => text.replace(/[!-~]/gu, (c) => String.fromCodePoint((c.codePointAt(0) as number) + 0xfee0));
/** Cyrillic letters drawn as Latin ones. */
const cyrillic = (text: string): string => text.replace(/[aeopcxTOAEPCX]/gu, (c) => ({ a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', T: 'Т', O: 'О', A: 'А', E: 'Е', P: 'Р', C: 'С', X: 'Х' })[c] ?? c);
const spelling = fc.constantFrom((t: string) => t, (t: string) => t.toUpperCase(), (t: string) => t.toLowerCase(), fullWidth, cyrillic);

describe('a field that opens with a placeholder marker and a note', () => {
  const marker = fc.constantFrom('TODO', 'TBD', 'FIXME', 'TBC', 'TBA', 'XXX', 'T.B.D.', 'To-Do', 'todo', 'tbd', 'fixme', 'To be decided', 'À définir', '待定');
  const separator = fc.constantFrom(': ', ':', ' - ', ' — ', '—', ', ', '. ', ' (', '! ', ' ');
  const note = fc.constantFrom('assign', 'who?', 'file one', 'decide later', 'find owner', 'write up', 'define condition', 'open an issue', 'ask Alice', '@alice');
  const wrap = fc.constantFrom((m: string) => m, (m: string) => `[${m}]`, (m: string) => `**${m}**`, (m: string) => `\`${m}\``, (m: string) => `"${m}"`);
  it('is refused in every field, whatever the note says', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), marker, separator, note, wrap, fc.constantFrom((t: string) => t, fullWidth, cyrillic), (field, m, sep, n, w, spell) => {
        // A lower-case `todo` before a space alone is the word (`todo list`): the capitals or a mark make it the marker.
        fc.pre(!(sep === ' ' && /^to-?do$/iu.test(m) && m !== 'TODO'));
        const value = `${w(spell(m))}${sep}${n}`;
        expect(fillerReason(field, value), JSON.stringify([field, value])).toBeDefined();
      }),
    );
  });
  it('a sentence that opens with the letters of a marker as a word applies', () => {
    const sound = fc.constantFrom(
      'todo list view crashes on ARM under QuickJS',
      'Todo el módulo de regexp falla con QuickJS',
      'FIXMEs in the vendored QuickJS parser trip the lint suite',
      'TBDs in the vendored grammar make the parser reject the regexp cases',
      'XXX-rated content filter flags the regexp fixtures',
      'to-do app regexp cases pass under QuickJS 2.1',
      '~~TBD~~ QuickJS fix merged and the regexp cases pass',
      'Tobias found the QuickJS regexp bug; fix lands in 2.1',
    );
    fc.assert(fc.property(fc.constantFrom('reason', 'remove_when'), sound, (field, value) => {
      expect(fillerReason(field, value), JSON.stringify([field, value])).toBeUndefined();
    }));
  });
});

describe('an owner that names no one', () => {
  const prompt = fc.constantFrom('Vorname Nachname', 'Nachname, Vorname', 'Prénom Nom', 'Nombre Apellido', 'Nome Cognome', 'Имя Фамилия', 'Фамилия Имя Отчество', '姓名', '氏名', '이름', 'Name Surname', 'Given Surname', 'Given name, Family name', 'Imię Nazwisko');
  const call = fc.constantFrom('help wanted', 'Help Wanted!', 'up for grabs', 'volunteer needed', 'volunteers wanted', 'looking for owner', 'looking for a volunteer', 'owner wanted', 'maintainer needed', 'any volunteer', 'any takers?', 'seeking an owner', 'needs a volunteer', 'open for adoption', 'Freiwillige gesucht');
  const bot = fc.constantFrom('dependabot[bot]', 'mergify[bot]', 'codecov[bot]', 'my-app[bot]', '@renovate[bot]', 'snyk-bot', 'release_bot', 'k8s-ci-robot', 'ci.bot', 'acme-ci.bot', 'release.robot', '49699333+dependabot[bot]@users.noreply.github.com');
  it('a name prompt in any language and spelling is refused', () => {
    fc.assert(fc.property(prompt, fc.constantFrom((t: string) => t, (t: string) => t.toUpperCase(), (t: string) => t.toLowerCase(), fullWidth), (p, spell) => {
      expect(fillerReason('owner', spell(p)), spell(p)).toBeDefined();
    }));
  });
  it('a call for an owner is refused in any case, width or look-alike letters', () => {
    fc.assert(fc.property(call, spelling, (c, spell) => {
      expect(fillerReason('owner', spell(c)), spell(c)).toBeDefined();
    }));
  });
  it('a bot account is refused, and a person or a team whose name ends in bot is an owner', () => {
    fc.assert(fc.property(bot, fc.constantFrom((t: string) => t, fullWidth), (b, spell) => {
      expect(fillerReason('owner', spell(b)), spell(b)).toBeDefined();
    }));
    fc.assert(fc.property(fc.constantFrom('Abbot Talbot', 'Talbot', 'Cabot', 'Bernard Bot', 'release-bot@acme.dev', '@acme/bot-maintainers', 'Abbott', 'wim.bot', 't.bot', 'Sarah Talbot <sarah@acme.dev>'), (owner) => {
      expect(fillerReason('owner', owner), owner).toBeUndefined();
    }));
  });
  it('a sound owner named like the calls and prompts is accepted', () => {
    fc.assert(fc.property(fc.constantFrom('@alice', 'team-payments', '@acme/help-desk', 'Volunteer Coordination Team', 'Grace Hopper', 'Jürgen Nachtigall', 'Émilie Lefèvre', 'Ольга Смирнова', '王伟', '@acme/surname-service'), (owner) => {
      expect(fillerReason('owner', owner), owner).toBeUndefined();
    }));
  });
});

describe('an owner address at a domain no one outside one network reaches', () => {
  const box = fc.constantFrom('alice', 'bob.smith', 'release-team');
  const domain = fc.constantFrom('test', 'invalid', 'example', 'local', 'localhost', 'internal', 'corp', 'home.arpa', 'acme.home.arpa', 'acme.test', 'your-company.internal', 'example.internal', 'acme.local', 'build.local', 'company.tld', 'domain.tld', 'acme.ext', 'mail.company.com', 'acme。test');
  const dress = fc.constantFrom((a: string) => a, (a: string) => `Alice <${a}>`, (a: string) => `mailto:${a}`, (a: string) => `${a}.`, (a: string) => fullWidth(a), (a: string) => `\`${a}\``);
  it('is refused however the address is dressed', () => {
    fc.assert(fc.property(box, domain, dress, (b, d, wear) => {
      const value = wear(`${b}@${d}`);
      expect(fillerReason('owner', value), value).toBeDefined();
    }));
  });
  it('an address at a real domain, whatever its labels look like, is accepted', () => {
    fc.assert(fc.property(box, fc.constantFrom('corp.io', 'testing.dev', 'local-ops.de', 'mail.internal-tools.com', 'example-corp.com', 'acme.co.uk', 'tld.io', 'acme.dev'), dress, (b, d, wear) => {
      const value = wear(`${b}@${d}`);
      expect(fillerReason('owner', value), value).toBeUndefined();
    }));
  });
});

describe('a tracking issue that names no issue', () => {
  const unfiled = fc.constantFrom('will file', 'Will file one', 'to be filed', 'not filed yet', 'not yet filed', 'pending issue', 'issue pending', 'no ticket yet', 'ticket to follow', 'will open an issue', 'needs a ticket', 'an issue will be filed', 'bd-1f42.', 'bd-1f42.4.', 'PROJ-12-', 'acme/engine#', 'https://', 'https:///');
  const slotAccount = fc.constantFrom('owner', 'org', 'user', 'username', 'your-org', 'OWNER', 'Org');
  const slotRepo = fc.constantFrom('repo', 'project', 'repository', 'your-repo', 'REPO', 'Repo');
  const localHost = fc.constantFrom('localhost', 'localhost:8080', '127.0.0.1', '127.1', '[::1]', 'tracker.test', 'jira.local', 'jira.company.com', 'issues.domain.tld', 'bugs.example');
  it('one not filed yet, or cut short, is refused in any case or width', () => {
    fc.assert(fc.property(unfiled, fc.constantFrom((t: string) => t, (t: string) => t.toUpperCase(), fullWidth), (u, spell) => {
      expect(fillerReason('bead', spell(u)), spell(u)).toBeDefined();
    }));
  });
  it('a link into a template repository or onto a local host is refused', () => {
    fc.assert(fc.property(slotAccount, slotRepo, fc.constantFrom('github.com', 'gitlab.com', 'codeberg.org'), fc.integer({ min: 1, max: 99999 }), (a, r, host, n) => {
      const value = `https://${host}/${a}/${r}/issues/${n}`;
      expect(fillerReason('bead', value), value).toBeDefined();
      expect(fillerReason('bead', `${a}/${r}#${n}`), `${a}/${r}#${n}`).toBeDefined();
    }));
    fc.assert(fc.property(localHost, fc.constantFrom('http', 'https'), fc.integer({ min: 1, max: 99999 }), (host, scheme, n) => {
      const value = `${scheme}://${host}/browse/ENG-${n}`;
      expect(fillerReason('bead', value), value).toBeDefined();
    }));
  });
  it('a filed issue, by key, reference or link, is accepted', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99999 }), fc.constantFrom(
      (n: number) => `ENG-${n}.`, (n: number) => `bd-1f42.${n}`, (n: number) => `JIRA-${n}`, (n: number) => `acme/engine#${n}`, (n: number) => `acme/project#${n}`,
      (n: number) => `https://github.com/rust-lang/rust/issues/${n}`, (n: number) => `https://github.com/user-research/repo/issues/${n}`, (n: number) => `https://linear.app/acme/issue/ENG-${n}`,
      (n: number) => `http://jira/browse/ENG-${n}`, (n: number) => `https://jira.acme.dev/browse/ENG-${n}`,
    ), (n, write) => {
      expect(fillerReason('bead', write(n)), write(n)).toBeUndefined();
    }));
  });
});

// Red team rl (closed by helper rp): false failures of sound values that share a family's letters.
describe('a marker named as the reason\'s subject, an intranet host, a person surnamed Bot', () => {
  const marker = fc.constantFrom('TODO', 'FIXME', 'TBD', 'XXX', 'todo', 'Todo');
  it('a marker before a noun it names is the subject; before a note or an order it holds a place', () => {
    const noun = fc.constantFrom('comments', 'markers', 'values', 'items', 'entries', 'tags', 'lines', 'list crash', 'scan flags', 'count rises');
    const rest = fc.constantFrom('in vendored QuickJS code trip the marker scan', 'in third_party/ are flagged by the lint gate', 'on ARM is tracked in ENG-4');
    const note = fc.constantFrom('find owner', 'write the reason', 'list the failing cases', 'check why it fails', 'assign', 'decide later');
    fc.assert(
      fc.property(marker, noun, rest, note, fc.constantFrom(': ', ' - ', ' '), (m, n, r, o, sep) => {
        const sound = `${m} ${n} ${r}`;
        expect(fillerReason('reason', sound), sound).toBeUndefined();
        const unfilled = `${m.toUpperCase()}${sep}${o}`;
        expect(fillerReason('reason', unfilled), unfilled).toBeDefined();
      }),
    );
  });
  it('a host under a network\'s name before .internal is a link and an address; bare or stand-in names are refused', () => {
    const network = fc.constantFrom('acme', 'corp-eu', 'eng', 'example-co');
    const host = fc.constantFrom('jira', 'gitlab', 'tracker', 'youtrack');
    fc.assert(
      fc.property(network, host, fc.constantFrom((t: string) => t, (t: string) => t.toUpperCase()), (n, h, c) => {
        const link = c(`https://${h}.${n}.internal/browse/ENG-12`);
        expect(fillerReason('bead', link), link).toBeUndefined();
        expect(fillerReason('owner', `alice@${n}.internal`)).toBeUndefined();
        expect(fillerReason('bead', `https://${h}.internal/browse/ENG-12`), h).toBeDefined();
        expect(fillerReason('bead', `https://${h}.your-company.internal/browse/ENG-12`), h).toBeDefined();
        expect(fillerReason('bead', `http://localhost/browse/ENG-12`)).toBeDefined();
        expect(fillerReason('owner', 'alice@internal')).toBeDefined();
        expect(fillerReason('owner', `alice@${n}.test`)).toBeDefined();
      }),
    );
  });
  it('a first name or initial before .bot is a person; a service word, -bot, _bot, [bot] or .robot is a machine', () => {
    const person = fc.constantFrom('wim', 't', 'anna', 'Jan', 'el');
    const machine = fc.constantFrom('ci.bot', 'release.bot', 'deploy.bot', 'k8s.bot', 'acme-ci.bot', 'release.robot', 'snyk-bot', 'release_bot', 'renovate[bot]', 'dependabot[bot]', 'k8s-ci-robot');
    fc.assert(
      fc.property(person, machine, (p, m) => {
        expect(fillerReason('owner', `${p}.bot`), p).toBeUndefined();
        expect(fillerReason('owner', m), m).toBeDefined();
      }),
    );
  });
});
