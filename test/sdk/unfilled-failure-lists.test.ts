/**
 * A failure list or text beside a pass that a report template left unfilled (`${FAILED_TESTS}`, `{{ failed }}`, `TBD`)
 * says no outcome (`placeholder`); none written in markup (`<none>`, `<ul></ul>`) says none; names in marks are failures.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import { vocabulary } from '../../src/sdk/status-vocabulary.js';

const judge = (beside: Record<string, unknown>) => statusContradiction({ status: 'pass', passed: 12, ...beside }, '/status', 'pass');

describe('a failure list left as a template placeholder', () => {
  const NAMES = ['failed', 'failures', 'failed_tests', 'errors', 'error', 'failing'];
  const TEMPLATES = ['${FAILED_TESTS}', '${failed}', '{{ failed_tests }}', '{{failed}}', '%FAILED%', '@FAILED_TESTS@', '$FAILED', '<failed_tests>', '__FAILED__', 'TBD', 'TODO', 'FIXME', 'to be determined'];

  it('is a placeholder under every failure name, in every template spelling (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.constantFrom(...TEMPLATES), (name, template) => {
        expect(judge({ [name]: template })?.code, `${name}: ${template}`).toBe('placeholder');
      }),
    );
  });

  it('names in marks listed are failures, not a template (a template lists its failures in one variable)', () => {
    expect(judge({ failed: '@test_a@, @test_b@' })?.code).toBe('contradiction');
    expect(judge({ failed: '{{test_a}}; {{test_b}}' })?.code).toBe('contradiction');
  });

  it.each(['none', 'None', '(none)', '[none]', 'N/A', '-', '\u2014', '[]', '{}', '', '<none>', '<None>', '<nil>', '< none >', '<ul></ul>', '<ol class="failures"> </ol>', '<table></table>', '<table><tbody></tbody></table>'])(
    'a failure text %j says none',
    (text) => {
      expect(judge({ failed: text }), text).toBeUndefined();
      expect(judge({ failures: text }), text).toBeUndefined();
    },
  );

  it.each(['<ul><li>test_a</li></ul>', '<table><tr><td>test_a</td></tr></table>', '<b></b>', '<none>test_a</none>', '<noneed>', '<ul></ul> test_a'])('%j is no none in markup', (text) => {
    expect(judge({ failures: text }), text).toBeDefined();
  });
});

describe('a text whose failure count is a slot beside a failure word of any language', () => {
  const WORDS = vocabulary(['failed', 'errors']);
  const SLOTS = ['{{n}}', '${FAILED}', '%d', '{0}', '%%', '%(failed)s'];

  it('is a placeholder whichever language labels the slot or follows it (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WORDS), fc.constantFrom(...SLOTS), fc.boolean(), (word, slot, labelFirst) => {
        const text = labelFirst ? `Tests: 12 passed, ${word}: ${slot}` : `Tests: 12 passed, ${slot} ${word}`;
        expect(judge({ summary: text })?.code, text).toBe('placeholder');
      }),
    );
  });

  it('a slot that counts what passed, or names something else, beside no failure stays unread', () => {
    expect(judge({ summary: 'aprobados: {{n}}, fallidos: 0' })).toBeUndefined();
    expect(judge({ summary: 'Modelo: {{name}}' })).toBeUndefined();
    expect(judge({ summary: 'Fehlerquote: {{x}}' })).toBeUndefined();
    expect(judge({ summary: 'Taux: 100%% (échecs: 0)' })).toBeUndefined();
  });

  it('a failure count left as printf escape "%%" is a placeholder', () => {
    expect(judge({ failed: '%%' })?.code).toBe('placeholder');
    expect(judge({ summary: 'failed: %%' })?.code).toBe('placeholder');
  });
});

describe('a failure count inside inline code or verbatim marks (Org ~2~, Textile @2@, as =2= and *2*)', () => {
  const summary = (text: string) => statusContradiction({ status: 'pass', summary: text }, '/status', 'pass');

  it('is the count it draws, whatever the mark and the label before it (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('~', '@', '=', '+', '*'), fc.integer({ min: 1, max: 999 }), fc.constantFrom('Result: ', 'Summary: ', ''), fc.constantFrom('failed', 'errors', 'failures'), (mark, n, label, word) => {
        const text = `${label}${mark}${n}${mark} ${word}`;
        expect(summary(text)?.code, text).toBe('contradiction');
        expect(summary(`${label}${mark}0${mark} ${word}`), `${label}${mark}0${mark} ${word}`).toBeUndefined();
      }),
    );
  });

  it.each(['12 passed in ~2 s; 0 failed', 'failures: ~~2~~ 0', '@acme/runner@1.4.2: 12 passed, 0 failed', 'mail qa@acme.dev @ 9:00 ~ 0 failed'])('%j marks no failure count', (text) => {
    expect(summary(text), text).toBeUndefined();
  });
});
