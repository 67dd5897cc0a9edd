// Failure names spelt by references, tags and escapes; counts and placeholders behind the inline marks of Org, AsciiDoc,
// reStructuredText and roff; failure lists written as one text (red team uf).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillerReason } from '../../src/core/waivers.js';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import { escapedReadings, placeholderReason } from '../../src/util/text-classes.js';
import '../helpers/fc-seed.js';

const contradiction = (doc: Record<string, unknown>) => statusContradiction({ status: 'pass', passed: 12, ...doc }, '/status', 'pass');

/** One letter of `word` spelt as a reader of HTML is shown it (a decimal or hex reference, or split by an empty tag or comment), or as a JSON or JavaScript escape kept as text. */
const spelt = (word: string, at: number, how: number): string => {
  const ch = word[at] as string;
  const code = ch.codePointAt(0) as number;
  const forms = [`&#${code};`, `&#x${code.toString(16)};`, `<b>${ch}</b>`, `${ch}<!-- -->`, `\\u${code.toString(16).padStart(4, '0')}`, `\\x${code.toString(16).padStart(2, '0')}`, `\\u{${code.toString(16)}}`, `&amp;#${code};`];
  return word.slice(0, at) + (forms[how % forms.length] as string) + word.slice(at + 1);
};

describe('failure names spelt by references, tags or escapes', () => {
  it('counts a failure under a name a reader is shown as a failure word', () => {
    fc.assert(
      fc.property(fc.constantFrom('failed', 'failures', 'errors', 'failing'), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 999 }), (word, at, how, n) => {
        const key = spelt(word, at % word.length, how);
        const found = contradiction({ [key]: n });
        expect(found?.code, key).toBe('contradiction');
        expect(found?.pointer, key).toBe(`/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`);
      }),
    );
  });
  it('leaves a qualified name qualified as written, zero counts and names that spell no failure word', () => {
    expect(contradiction({ 'expected&#95;failures': 2, 'max&#95;errors': 5 })).toBeUndefined();
    expect(contradiction({ 'f&#97;iled': 0, 'p&amp;l_total': 3, '<name>': 3 })).toBeUndefined();
  });
});

describe('inline marks of Org, AsciiDoc, reStructuredText and roff', () => {
  it('reads a printed count through them', () => {
    for (const output of ['Tests: =1= failed', 'Tests: +2+ failed', 'Summary: #3# failed', 'Tests: \\fB1\\fR failed', 'Tests: :strong:`1` failed']) {
      expect(contradiction({ output })?.code, output).toBe('contradiction');
    }
    expect(contradiction({ output: 'Tests: =0= failed, +12+ passed' })).toBeUndefined();
    expect(contradiction({ notes: 'a = b = c; C++ and C# (issue #12 and #13); 1+1+2 = 4; 0 failed' })).toBeUndefined();
  });
  it('shows the value they wrap to every judge of a one-line value, and marks that wrap no letter or digit stay', () => {
    expect(escapedReadings('=TBD=')).toContain('TBD');
    expect(escapedReadings('+TBD+')).toContain('TBD');
    expect(escapedReadings(':code:`TBD`')).toContain('TBD');
    for (const value of ['.B TBD', '\\*(TB', '\\*[owner]', 'Max Mustermann', '张三']) expect(placeholderReason(value), value).toBeDefined();
    for (const value of ['a = b = c', 'C++', '1+1+2', "'+(+(a))'", 'Max Müller', '\\*bold\\*', 'line\\nnext']) expect(escapedReadings(value).includes('TBD'), value).toBe(false);
    expect(placeholderReason('.B Alice Example')).toBeUndefined();
    expect(placeholderReason('=alice@acme.dev=')).toBeUndefined();
  });
});

describe('a failure list written as one text', () => {
  it('is a failure under a failure name, in any language', () => {
    for (const [key, value] of [['failed', 'test_login, test_logout'], ['failed_tests', 'a,b'], ['failing', 'login'], ['fehlgeschlagen', 'test_a']] as const) {
      expect(contradiction({ [key]: value })?.pointer, key).toBe(`/${key}`);
    }
  });
  it('names none when it says none, is blank or a count, or its name is qualified; left unfilled it says no outcome', () => {
    for (const value of ['none', 'n/a', '', 'false', '0', '0 (none)', '<none>']) expect(contradiction({ failed: value }), value).toBeUndefined();
    // A template's or a draft's word where the failures go (red team uh): no run's outcome, so no pass either.
    for (const value of ['TODO', 'TBD', '${FAILED}']) expect(contradiction({ failed: value })?.code, value).toBe('placeholder');
    expect(contradiction({ flaky_failed: 'test_x', fail_on: 'error', failed_at: 'never' })).toBeUndefined();
  });
});

describe('exemption fields that name nothing anyone could check (fillerReason)', () => {
  it('refuses a one-word, flag or sentinel condition, a bare-word issue and an address as a reason', () => {
    for (const value of ['x', '0', '-1', 'false', 'pending', 'test', 'owner']) expect(fillerReason('remove_when', value), value).toBeDefined();
    for (const value of ['test', 'later', 'owner', '@me', 'x']) expect(fillerReason('bead', value), value).toBeDefined();
    for (const value of ['user@localhost', 'github-actions[bot]', '@alice']) expect(fillerReason('reason', value), value).toBeDefined();
  });
  it('keeps dated releases, versions, conditions of words, ids with a digit or separator and addresses among words', () => {
    for (const value of ['QuickJS 2026-04-01 released', '2.0.0', 'QuickJS 2.1 released']) expect(fillerReason('remove_when', value), value).toBeUndefined();
    // Red team rh: a bare date is a time, not an event (the expiry bounds time already).
    expect(fillerReason('remove_when', '2026-04-01')).toMatch(/no condition/u);
    for (const value of ['PROJ-12', '#812', 'bd-3ar8v', 'acme/runtime#12', 'https://tracker.acme.dev/browse/RT-7']) expect(fillerReason('bead', value), value).toBeUndefined();
    expect(fillerReason('reason', 'Upstream bug reported by alice@acme.dev breaks two parser cases')).toBeUndefined();
  });
});
