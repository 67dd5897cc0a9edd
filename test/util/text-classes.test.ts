import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyText, contentProblem, isBlank, isPlaceholder, placeholderReason, removeInvisible } from '../../src/util/text-classes.js';

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
  ])('%j is a placeholder', (value) => {
    expect(placeholderReason(value)).toBeDefined();
  });

  it.each(['run-123', '9f1c2a7', 'abc-def', 'gh-1234567-1', 'nonexistent', 'annotated', 'todos-service', 'unknownness', '0', '100', 'a0000000b', 'ci-2026-12-02', 'nullable-types', 'run 5 of $5'])(
    '%j is not a placeholder',
    (value) => {
      expect(placeholderReason(value)).toBeUndefined();
    },
  );

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
