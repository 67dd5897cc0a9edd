// Waiver fields read as they are shown and by the roles of their words (red team rl and wb, session 46; closed by
// helper wa, session 47): an invisible character inside a word, an aside (a courtesy, a laugh, a hedge, a shrug), a bot
// account in another dress, an owner undecided or calling for help, a reason that asks someone or names another waiver,
// a tracking issue promised in prose, and a pointer before a text of its own. Each family is refused however it is
// written, and sound values that share its words are accepted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillerReason } from '../../src/core/waivers.js';
import '../helpers/fc-seed.js';

const INVISIBLE = ['\u200B', '\u00AD', '\u200C', '\u200D', '\u2060', '\uFEFF'];
/** `value` with an invisible character inside one of its words, after letter `at` (modulo the letters there are). */
function withInvisibleInAWord(value: string, at: number, invisible: string): string {
  const letters = [...value.matchAll(/\p{L}(?=\p{L})/gu)].map((m) => (m.index as number) + m[0].length);
  if (letters.length === 0) return value;
  const cut = letters[at % letters.length] as number;
  return `${value.slice(0, cut)}${invisible}${value.slice(cut)}`;
}

const REFUSED: readonly (readonly [string, string])[] = [
  ['reason', 'it fails'], ['reason', 'the test fails'], ['reason', 'discussed offline'], ['reason', 'no idea'], ['reason', 'to unblock release'],
  ['remove_when', 'when the gate passes'], ['remove_when', 'when CI is green'], ['remove_when', 'after March 20'], ['remove_when', 'in two weeks'], ['remove_when', 'not sure'],
  ['owner', 'help wanted'], ['owner', 'not assigned yet'], ['bead', 'will file today'],
];
const SOUND: readonly (readonly [string, string])[] = [
  ['reason', 'Upstream QuickJS bug breaks the regexp cases'], ['reason', 'the sandbox has no network access on CI runners'],
  ['remove_when', 'QuickJS fix merged and the regexp cases pass'], ['remove_when', 'when tokio 1.40 is released'],
];

describe('a field read as shown, invisible characters dropped', () => {
  it('a refused text stays refused with an invisible character inside any of its words', () => {
    fc.assert(fc.property(fc.constantFrom(...REFUSED), fc.nat(40), fc.constantFrom(...INVISIBLE), ([field, value], at, invisible) => {
      const hidden = withInvisibleInAWord(value, at, invisible);
      expect(fillerReason(field, hidden), JSON.stringify([field, hidden])).toBeDefined();
    }));
  });
  it('a sound text stays sound with one', () => {
    fc.assert(fc.property(fc.constantFrom(...SOUND), fc.nat(40), fc.constantFrom(...INVISIBLE), ([field, value], at, invisible) => {
      const hidden = withInvisibleInAWord(value, at, invisible);
      expect(fillerReason(field, hidden), JSON.stringify([field, hidden])).toBeUndefined();
    }));
  });
});

describe('an aside beside a text that says nothing', () => {
  const aside = fc.constantFrom('pls', 'please', 'thx', 'thanks', 'lol', 'haha', 'tbh', 'hopefully', 'fingers crossed', 'man', 'sorry', '¯\\_(ツ)_/¯', 'bitte', 'merci', 'спасибо');
  const empty = fc.constantFrom<readonly [string, string]>(
    ['reason', 'it fails'], ['reason', 'the test fails'], ['reason', 'idk'], ['reason', 'no clue'], ['reason', 'needed for release'],
    ['remove_when', 'when it passes'], ['remove_when', 'when CI is green'], ['remove_when', 'when the build is green again'], ['remove_when', 'next sprint'],
    // …and texts the phrase readers refuse (no condition, a placeholder, a plea beside a restated failure, a doubt).
    ['remove_when', 'whenever'], ['remove_when', 'soon'], ['remove_when', 'later'], ['reason', 'n/a'], ['reason', 'it fails, pls fix'], ['reason', 'who knows'],
  );
  const join = fc.constantFrom((t: string, a: string) => `${t} ${a}`, (t: string, a: string) => `${t}, ${a}`, (t: string, a: string) => `${a}, ${t}`, (t: string, a: string) => `${t} (${a})`);
  it('is refused wherever the aside stands', () => {
    fc.assert(fc.property(empty, aside, join, ([field, text], a, j) => {
      const value = j(text, a);
      expect(fillerReason(field, value), JSON.stringify([field, value])).toBeDefined();
    }));
  });
  it('a text that says something keeps saying it beside an aside', () => {
    const said = fc.constantFrom<readonly [string, string]>(
      ['reason', 'QuickJS 2.0 has no regexp lookbehind'], ['reason', 'Flaky on ARM64 under QEMU timing'], ['remove_when', 'when QuickJS 2.1 is out'], ['remove_when', 'when #812 merges'],
    );
    fc.assert(fc.property(said, aside, join, ([field, text], a, j) => {
      const value = j(text, a);
      expect(fillerReason(field, value), JSON.stringify([field, value])).toBeUndefined();
    }));
  });
});

describe('an owner that is a bot account in another dress', () => {
  const account = fc.constantFrom('dependabot', 'mergify', 'renovate', 'my-app', 'codecov');
  const brackets = fc.constantFrom(['[', ']'], ['【', '】'], ['﹝', '﹞'], ['〔', '〕'], ['［', '］'], ['(', ')'], ['（', '）']);
  const inner = fc.constantFrom('bot', ' bot ', 'bоt', 'b\u200Bot', 'BOT', 'ｂｏｔ');
  it('`name[bot]` is refused in any brackets, spacing, letters or with an invisible character', () => {
    fc.assert(fc.property(account, brackets, inner, (name, [open, close], b) => {
      const owner = `${name}${open as string}${b}${close as string}`;
      expect(fillerReason('owner', owner), owner).toBeDefined();
    }));
  });
  it('`name-bot` is refused after any dash, with look-alike letters', () => {
    fc.assert(fc.property(fc.constantFrom('snyk', 'release', 'k8s-ci', 'deploy'), fc.constantFrom('-', '\u2010', '\u2011', '\u2012', '\u2013', '\uFE63', '\uFF0D', '_'), fc.constantFrom('bot', 'robot', 'bоt', 'rоbot', 'rob\u200Bot'), (name, dash, b) => {
      const owner = `${name}${dash}${b}`;
      expect(fillerReason('owner', owner), owner).toBeDefined();
    }));
  });
  it('people whose names hold the letters are accepted in any dress', () => {
    fc.assert(fc.property(fc.constantFrom('Talbot', 'Bernard Bot', 'Abbot\u2010Smith', 'Jean\u2011Bot Dupont', 'Ирина Ботова', 'wim.bot', 'release-bot@acme.dev', 'Robot Framework team【QA】'), (owner) => {
      expect(fillerReason('owner', owner), owner).toBeUndefined();
    }));
  });
});

describe('an owner undecided or calling for help', () => {
  it('the seat and an undecided word, in any order of the languages read, is refused', () => {
    fc.assert(fc.property(fc.constantFrom('', 'owner ', 'Owner: ', '担当者', '负责人', '담당자 '), fc.constantFrom('TBD', 'undecided', 'unassigned', '未定', '待定', '미정', '未指定'), (seat, undecided) => {
      const owner = `${seat}${undecided}`;
      expect(fillerReason('owner', owner), owner).toBeDefined();
    }));
  });
  it('help and its need, in either order, is refused', () => {
    fc.assert(fc.property(fc.constantFrom('help', 'Hilfe', 'ayuda', 'aide', 'помощь', 'pomoc'), fc.constantFrom('needed', 'wanted', 'benötigt', 'se necesita', 'нужна', 'potrzebna'), fc.boolean(), (help, need, first) => {
      const owner = first ? `${help} ${need}` : `${need} ${help}`;
      expect(fillerReason('owner', owner), owner).toBeDefined();
    }));
  });
  it('not assigned yet, in its wordings, is refused', () => {
    fc.assert(fc.property(fc.constantFrom('not', 'will be', 'not yet', 'to be', 'still not'), fc.constantFrom('assigned', 'decided', 'chosen', 'named'), fc.constantFrom('', ' yet', ' later', ' soon'), (before, verb, after) => {
      const owner = `${before} ${verb}${after}`;
      expect(fillerReason('owner', owner), owner).toBeDefined();
    }));
  });
  it('names that share the words are accepted', () => {
    fc.assert(fc.property(fc.constantFrom('Will Smith', 'Aide Nguyen', 'Hope Ayuda', 'Help Desk team <helpdesk@acme.dev>', 'Hilfe-Team Berlin', 'Nadia Noone <nadia@acme.dev>', '田中 (担当)'), (owner) => {
      expect(fillerReason('owner', owner), owner).toBeUndefined();
    }));
  });
});

describe('a reason that asks someone or names another waiver', () => {
  it('an asking word and whom or where is refused', () => {
    fc.assert(fc.property(fc.constantFrom('ask', 'Ask', 'ping', 'DM', 'contact', 'frag', 'спроси', 'pregunta a', 'reach out to', 'talk to'), fc.constantFrom('alice', 'me', '@bob', 'the team', 'in #release', 'on Slack', 'Carol for details', '@alice on Slack'), (ask, whom) => {
      const reason = `${ask} ${whom}`;
      expect(fillerReason('reason', reason), reason).toBeDefined();
    }));
  });
  it('a pointing phrase and one name is refused, and with a reason of its own accepted', () => {
    const pointing = fc.constantFrom('same as', 'same reason as', 'copy of', 'Same as', 'identical to', 'wie', 'comme pour', 'igual que', 'то же, что', 'same as for');
    const name = fc.constantFrom('suite_a', 'ext_must_pass', '`suite_a`', 'waiver.suite_a', 'suite-a', 'suite_a and suite_b', 'the others', 'the previous one', 'the other waivers');
    fc.assert(fc.property(pointing, name, fc.boolean(), (p, n, own) => {
      const reason = own ? `${p} ${n}: QuickJS 2.0 lacks regexp lookbehind` : `${p} ${n}`;
      if (own) expect(fillerReason('reason', reason), reason).toBeUndefined();
      else expect(fillerReason('reason', reason), reason).toBeDefined();
    }));
  });
});

describe('a pointer first, then a text', () => {
  const pointer = fc.constantFrom('see bd-1f42.4', 'per #812', 'see Slack thread', 'cf. ENG-12', 'per ticket', 'See https://github.com/acme/engine/issues/812');
  const mark = fc.constantFrom(': ', ', ', '; ', ' - ');
  it('says the cause after it', () => {
    fc.assert(fc.property(pointer, mark, fc.constantFrom('the sandbox has no network', 'QuickJS 2.0 lacks regexp lookbehind', 'the ARM runners time out under QEMU'), (p, m, cause) => {
      const reason = `${p}${m}${cause}`;
      expect(fillerReason('reason', reason), reason).toBeUndefined();
    }));
  });
  it('says nothing when nothing is said after it', () => {
    fc.assert(fc.property(pointer, mark, fc.constantFrom('TBD', 'it fails', 'flaky', 'discussed offline', 'no idea', 'TODO explain'), (p, m, empty) => {
      const reason = `${p}${m}${empty}`;
      expect(fillerReason('reason', reason), reason).toBeDefined();
    }));
  });
});

describe('a tracking issue promised in prose', () => {
  it('the promise in its wordings names no issue', () => {
    fc.assert(fc.property(fc.constantFrom('will', "I'll", "we'll", 'going to', 'need to'), fc.constantFrom('file', 'create', 'open', 'raise'), fc.constantFrom('', ' one', ' a ticket', ' JIRA ticket', ' an issue', ' it'), fc.constantFrom('', ' today', ' soon', ' tomorrow', ' later'), (will, verb, noun, when) => {
      const bead = `${will} ${verb}${noun}${when}`;
      expect(fillerReason('bead', bead), bead).toBeDefined();
    }));
  });
  it('an issue filed, with the promise words beside it, is one', () => {
    fc.assert(fc.property(fc.constantFrom('bd-1f42.4', 'ENG-42', 'acme/engine#812', 'https://github.com/acme/engine/issues/812'), fc.constantFrom(' (follow-up ticket)', ' (filed today)', ' (follow-up)', ''), (id, note) => {
      const bead = `${id}${note}`;
      expect(fillerReason('bead', bead), bead).toBeUndefined();
    }));
  });
});
