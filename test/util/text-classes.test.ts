import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyText, contentProblem, degenerateIdReason, idReason, isBlank, isPlaceholder, placeholderReason, removeInvisible, templateReason, visibleForm } from '../../src/util/text-classes.js';

const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\ufeff', '\u3164', '\u115f', '\u1160', '\uffa0', '\u180e', '\u034f', '\u202e', '\u2066', '\u0000', '\ufe0f', '\u{e0020}', '\u2800'];
const SPACES = [' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', '\u2028', '\u2029', '\u205f', '\u1680'];

describe('isBlank', () => {
  it.each([
    ['', true], [' ', true], ['\u200b', true], ['\u3164\u3164', true], [' \u2060\t\ufeff ', true], ['\u0000\u0000', true], ['\u2800', true],
    ['a', false], ['-', false], ['0', false], ['\u200ba\u200b', false], ['日本', false], ['€', false],
  ])('%j → %s', (text, blank) => {
    expect(isBlank(text)).toBe(blank);
  });

  it('any mix of whitespace and invisible characters is blank', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...INVISIBLES, ...SPACES), { maxLength: 20 }), (chars) => isBlank(chars.join(''))), { numRuns: 2000 });
  });

  it('a visible letter hidden among invisibles is not blank', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...INVISIBLES, ...SPACES)), fc.array(fc.constantFrom(...INVISIBLES, ...SPACES)), fc.constantFrom('a', 'Z', '7', 'é', '字', '#'), (a, b, c) => !isBlank(a.join('') + c + b.join(''))),
      { numRuns: 2000 },
    );
  });

  it('removeInvisible keeps whitespace and visible text', () => {
    expect(removeInvisible('a\u200b b\u00ad')).toBe('a b');
  });
});

describe('placeholderReason', () => {
  it.each([
    '${GITHUB_RUN_ID}', 'run-${RUN}', '$RUN_ID', 'run-$CI_PIPELINE_ID', '{{ run_id }}', '{{run_id}}', '%BUILD_ID%', '<run-id>', '<sha>', '$(git rev-parse HEAD)',
    '@RUN_ID@', '{% raw %}', '<% id %>', '#{run}', '$run_id', '__RUN_ID__',
    'None', 'null', 'NULL', 'undefined', 'nil', 'N/A', 'n/a', 'TBD', 'todo', 'TODO', 'Unknown', 'UNKNOWN', 'NaN', '"null"', '(null)', '<nil>', '[none]',
    'ＮＵＬＬ', 'nu\u200bll', ' None ', 'None.', '-', '—', '???', '...',
    '0000000000000000000000000000000000000000', 'sha256:0000000000000000000000000000000000000000000000000000000000000000', '00000000-0000-0000-0000-000000000000',
    'aaaaaaaaaaaa', 'xxxxxxxx',
    'lorem ipsum', 'Lorem ipsum dolor sit amet', 'TBA', 'T.B.D.', 'to be determined', 'REPLACE_ME', 'to-do', 'Not-Set', 'fill me in',
    '%s', '%d', 'run-%s', '%(run_id)s', '%1$s', '%.2f', '{}', 'run-{}', '{:?}', '{0}', '{run_id}', 'xxx', 'xxxx', 'XXXX-XXXX', 'xxxx-xx-xx',
    'YYYY-MM-DD', 'yyyymmdd', 'YYYY-MM-DDTHH:MM:SSZ',
  ])('%j is a placeholder', (value) => {
    expect(placeholderReason(value)).toBeDefined();
  });

  it.each(['run-123', '9f1c2a7', 'abc-def', 'gh-1234567-1', 'nonexistent', 'annotated', 'todos-service', 'unknownness', '0', '100', 'a0000000b', 'ci-2026-12-02', 'nullable-types', 'run 5 of $5',
    '50% done', '100%', 'a%3db', 'https://x/a%2Fb', '^\\d{4}$', 'set {a, b}', 'src/{a,b}/*.ts', 'find . -exec rm {} \\;', 'Xbox', 'xx', 'yyyy', 'pending', 'the TODO list was emptied',
    'Handle %s in log templates', 'Remove lorem ipsum from the docs', '100%%s escaped', 'To Do', 'In Progress'])(
    '%j is not a placeholder',
    (value) => {
      expect(placeholderReason(value)).toBeUndefined();
    },
  );

  it.each([
    'lorem ipsum', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.', 'tempor incididunt ut labore et dolore magna aliqua.', 'Lorem',
    'T.B.D.', 'n / a', 'N\\A', 'CHANGE_ME', 'change-me', 'REPLACE_ME', '**TODO**', '# TODO', '- TODO', '<!-- TODO -->', 'to-do', 'TBA', 'TKTK',
    'to be determined', 'TODO TODO', 'TBD TBD', 'n/a n/a', 'TODO and FIXME', 'TODO: fill in', 'TODO(bob)', 'FIXME (alice):', '<fill me in>', 'fill me in',
    'your text here', 'placeholder text', 'foo', 'foo bar', 'asdf',
    '%s', '%d', '%1$s', '%(name)s', '%v', '{}', '{0}', '{name}', '{:?}', '%{run}', 'run-%{id}',
    'xxxx', 'XXXX-XXXX', 'YYYY-MM-DD', 'hh:mm:ss', '1970-01-01T00:00:00Z', '0001-01-01T00:00:00Z', '0000-00-00',
    '\u0422BD', 'N0NE', 'nu11',
  ])('%j is a placeholder (forms beyond the bare words)', (value) => {
    expect(placeholderReason(value)).toBeDefined();
  });

  it.each([
    'missing name', 'unknown error in the loader', 'default branch protected', 'example.com', 'pending', 'TODO: fix the flaky loader test',
    'none of the 208 extensions fail', 'id est', 'in situ', 'bar chart of startup times', 'foo-service', 'x-request-id', 'xx', 'mm', '2026-03-10T12:00:00Z',
    'src/{a,b}/*.ts', 'run 5 of $5', 'Lorem ipsum is the filler text we removed', '100%', '50% of runs', 'state: pass',
  ])('%j is not a placeholder (content near the new forms)', (value) => {
    expect(placeholderReason(value)).toBeUndefined();
  });

  it.each(['https://docs.rs/x/%E2%9C%93', 's3://bucket/key%C3%A9', 'https://ru.wikipedia.org/wiki/%d0%b0', 'STD', 'MTD', 'DTD', 'burn', 'To Do'])(
    '%j is not a placeholder (percent-encoded bytes, words of mask letters)',
    (value) => {
      expect(placeholderReason(value)).toBeUndefined();
    },
  );

  it.each(['L\u043erem ipsum', 'dumm\u0443', 'changem\u0435', 'fill m\u0435', 'YYYY-MM-DDTHH:MM:SS', 'YYYYMMDD'])(
    '%j is a placeholder (look-alike letters in words with an m; date-time masks)',
    (value) => {
      expect(placeholderReason(value)).toBeDefined();
    },
  );

  it.each(['build-%04d', 'ci-%5s', 'run-%lu', '%lu', '%zu', 'run-%x', '%-5s', 'ci-{run_id}', '{run_id}-shard', 'ci-$run_id', '[RUN_ID]', 'YOUR_RUN_ID', 'your-run-id-here', 'insert run id here', 'https://example.com/run/123', 'x.y.z', 'vX.Y.Z'])(
    '%j is a placeholder (embedded named slots and variables, fill-in instructions, example domains, version masks)',
    (value) => {
      expect(placeholderReason(value)).toBeDefined();
    },
  );

  it.each(['5 % discount', '50% of runs', 'https://docs.rs/%E2%9C%93/x', 'a%2Fb', 'Handle %d in logs', 'Fix Option<T> handling', 'Vec<u8>', 'Your team owns this', 'Enter the building', 'foo.$ref', 'https://example.company.io/x', '^\\d{4}$', 'run 5 of $5'])(
    '%j is not a placeholder (generic types, sentences, JSON Schema keywords, real domains)',
    (value) => {
      expect(placeholderReason(value)).toBeUndefined();
    },
  );

  it('long runs of spaces, dots or unclosed openers are read once (they took seconds when each position retried)', () => {
    expect(placeholderReason(`a${' '.repeat(100_000)}b`)).toBeUndefined();
    expect(placeholderReason(`a${'.'.repeat(100_000)}b`)).toBeUndefined();
    expect(placeholderReason('{{'.repeat(50_000))).toBe('punctuation only');
    expect(placeholderReason('${'.repeat(50_000))).toBe('punctuation only');
    expect(placeholderReason(`%-${'0'.repeat(100_000)}`)).toBeUndefined();
  });

  it('the placeholder words survive any case, width and invisible characters', () => {
    const words = ['none', 'null', 'undefined', 'nil', 'n/a', 'tbd', 'todo', 'unknown'];
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), fc.constantFrom('', '\u200b', '\u2060', '\u00ad'), (word, upper, zw) => {
        const text = [...word].map((c, i) => (upper[i % 12] ? c.toUpperCase() : c)).join(zw);
        return isPlaceholder(text) && isPlaceholder(text.normalize('NFKD')) && isPlaceholder(` ${text}\t`);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('classifyText', () => {
  it('blank wins over placeholder, real values are ok', () => {
    expect(classifyText('\u200b')).toBe('blank');
    expect(classifyText('${X}')).toBe('placeholder');
    expect(classifyText('run-42')).toBe('ok');
  });
});

describe('fast paths agree with the full definitions', () => {
  // The definitions as first written (no fast path): the fast paths must give the same answer for every text.
  const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}]/gu;
  const slowIsBlank = (t: string) => !/[\p{L}\p{N}\p{P}\p{S}]/u.test(t.replace(INVISIBLE, '').replace(/[\u2800]/gu, ''));
  const tricky = ['\u200b', '\u2060', '\u00ad', '\u115f', '\u3164', '\uffa0', '\u2800', '\ufeff', '\u202e', '\0', ' ', '\t', 'a', '#', '字', '\ud83d', '\ude00', '😀', '\u0301', 'x'];
  it('isBlank: same answer as removing invisibles and looking for a visible character', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...tricky), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 80 }), (parts) => {
      const t = parts.join('');
      expect(isBlank(t)).toBe(slowIsBlank(t));
    }), { numRuns: 800 });
  });
  it('isBlank: a long run of blank-looking letters before content is still judged in full', () => {
    expect(isBlank('\u3164'.repeat(100))).toBe(true);
    expect(isBlank(`${'\u3164'.repeat(100)}x`)).toBe(false);
  });
  it('placeholderReason: printable ASCII takes the short path with the same answer', () => {
    const slow = (v: string) => placeholderReason(`${v}\u00e9`.slice(0, -1) + '\u200b'); // non-ASCII: full path
    fc.assert(fc.property(fc.oneof(fc.string({ unit: fc.constantFrom(...'aZ0 -_.$%{}<>@#:/NnoeTBD'.split('')), maxLength: 16 }), fc.constantFrom('None', ' TBD ', 'n/a', '${X}', '$HOME', '00000000', 'bd-12.3', '<id>', '__X__', '...')), (v) => {
      expect(placeholderReason(v)).toBe(slow(v));
    }), { numRuns: 2000 });
  });
});

describe('idReason / degenerateIdReason: values that cannot name a run', () => {
  it.each(['0', '00', '000000', '-0', '+0', '0.0', '0x00', '"0"', ' 0 ', '０', '-1', '-42', '-3.5', 'true', 'FALSE', 'NaN', 'Infinity', '-inf', 'null', 'None', 'n/a', '${RUN_ID}', '', '\u200b'])('%j is not an id', (value) => {
    expect(idReason(value)).toBeDefined();
  });
  it.each(['1', '42', '20260216T041030Z', 'run-0', 'gh-1234567-1', '0x1f', '10', 'abc'])('%j can be an id', (value) => {
    expect(idReason(value)).toBeUndefined();
    expect(degenerateIdReason(value)).toBeUndefined();
  });
  it('templateReason finds only unexpanded templates, never placeholder words', () => {
    expect(templateReason('reports/${RUN}/x.json')).toContain('${…}');
    expect(templateReason('{{ x }}')).toContain('{{');
    expect(templateReason('none')).toBeUndefined();
    expect(templateReason('reports/*.json')).toBeUndefined();
  });
});

describe('contentProblem', () => {
  it('names blank first, then the placeholder reason, and nothing for content', () => {
    expect(contentProblem(' \u200b\t')).toBe('is blank');
    expect(contentProblem('TODO')).toBe('is a placeholder (the placeholder word "todo")');
    expect(contentProblem('${STATUS}')).toBe('is a placeholder (an unexpanded ${…} variable)');
    expect(contentProblem('open')).toBeUndefined();
  });

  it('agrees with classifyText on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (s) => {
        const c = classifyText(s);
        const p = contentProblem(s);
        expect(c === 'ok' ? p === undefined : c === 'blank' ? p === 'is blank' : p?.startsWith('is a placeholder (')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('visibleForm', () => {
  it('a Cyrillic letter with a combining mark reads as the composed Latin letter (keys résumé and rе́sumе́ are one to a reader)', () => {
    expect(visibleForm('r\u0435\u0301sum\u0435\u0301')).toBe(visibleForm('r\u00e9sum\u00e9'));
    expect(visibleForm('st\u0430\u0308tus')).toBe(visibleForm('st\u00e4tus'));
    expect(visibleForm('Status')).not.toBe(visibleForm('status'));
  });
});
