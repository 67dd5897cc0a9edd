// A summary beside a pass that tells a failure and then only points elsewhere fails as a contradiction whatever the
// pointer is written as (`see logs`, `(see the log)`, `- check the logs`, `→ logs`, a bare URL, `siehe Logs`, `voir les
// logs`, `ver logs`, a line break before it); a pass, a none or a description before the same pointer keeps passing
// (helper xj, session 44: failureBeforeAPointer). A none of failures whose exception is a slot of another syntax, or
// whose tolerance word sits in a template tag that renders nothing, names a member that failed (slotsReadAsWords,
// TAG_RENDERING_NOTHING), while a tolerance outside the slots and tags keeps the none standing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (text: string) => statusContradiction({ status: 'passed', summary: text }, '/status', 'passed');

const failure = fc.constantFrom('Build failed', 'Deploy failed', 'Tests failed', 'BUILD FAILED', 'Build <b>failed</b>', 'Build fehlgeschlagen', 'Échec du déploiement', 'Pruebas fallidas');
const sound = fc.constantFrom('All tests passed', 'Passed', 'No failures', 'No tests failed', 'Deploy succeeded', '0 failed', 'Fails if coverage drops', 'If the build fails', 'Keine Tests fehlgeschlagen');
const pointer = fc.constantFrom('see logs', 'See the log', 'check the logs', 'details in CI', 'more info: https://ci.example.com/runs/12', 'siehe Logs', 'voir les logs', 'ver logs', 'cf. the report', 'logs at https://ci.example.com/runs/12');
const joined = fc.constantFrom(
  (c: string, p: string) => `${c}. ${p}`,
  (c: string, p: string) => `${c}, ${p}`,
  (c: string, p: string) => `${c}; ${p}`,
  (c: string, p: string) => `${c} - ${p}`,
  (c: string, p: string) => `${c} \u2014 ${p}`,
  (c: string, p: string) => `${c} (${p})`,
  (c: string, p: string) => `${c} [${p}]`,
  (c: string, p: string) => `${c}\n${p}`,
  (c: string, p: string) => `${c}<br>${p}`,
  (c: string, p: string) => `${c}. ${p}.`,
);
const elsewhere = fc.constantFrom('\u2192 logs', '-> logs', 'https://ci.example.com/runs/12', '(https://ci.example.com/runs/12)');

describe('a failure told then a pointer elsewhere', () => {
  it('fails as a contradiction whatever the pointer is written as', () => {
    fc.assert(
      fc.property(failure, pointer, joined, (f, p, join) => {
        const text = join(f, p);
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
    fc.assert(
      fc.property(failure, elsewhere, (f, e) => {
        const text = `${f} ${e}`;
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('passes a pass, a none or a description before the same pointer', () => {
    fc.assert(
      fc.property(sound, fc.oneof(pointer, elsewhere), joined, (s, p, join) => {
        const text = join(s, p);
        expect(beside(text), text).toBeUndefined();
      }),
    );
  });
  it('reads a mark inside a name as no end of a clause', () => {
    for (const text of ['see failed.log', 'See failed.log for details', 'Output in build-failed.log'])
      expect(beside(text), text).toBeUndefined();
  });
});

const none = fc.constantFrom('No tests failed', '0 failures', 'Nothing failed', 'No failures');
const failedMember = fc.constantFrom(
  '{0}',
  '{1}',
  '{{ {{checkout}} }}',
  '{{ {{x}} }}, checkout',
  '{{flaky}}',
  '{{known_failures}}',
  '${FLAKY}',
  '{% if x %}checkout{% endif %}',
  '{%- if x -%}checkout{%- endif -%}',
  '{# flaky #} checkout',
  '<%# flaky %> checkout',
  '{{! flaky }} checkout',
  '{{!-- flaky --}} checkout',
  '{{#flaky}}{{/flaky}} checkout',
);
const toleratedMember = fc.constantFrom('{0} flaky', '{{flaky_count}} flaky', '{{ {{x}} }} flaky', '{# checkout #} flaky', '{% if x %}flaky{% endif %}', 'quarantined {{name}}', '<%# checkout %> flaky');

describe('a none of failures whose exception is a slot or a tag of another syntax', () => {
  it('fails as a contradiction: the slot names no tolerated member, a tag renders nothing', () => {
    fc.assert(
      fc.property(none, failedMember, (n, m) => {
        const text = `${n} except ${m}`;
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('passes where what the exception shows is tolerated', () => {
    fc.assert(
      fc.property(none, toleratedMember, (n, m) => {
        const text = `${n} except ${m}`;
        expect(beside(text), text).toBeUndefined();
      }),
    );
  });
});
