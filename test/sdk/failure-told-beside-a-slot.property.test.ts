// A summary that tells a failure in its own words beside a template's slot or a placeholder tag fails as a contradiction
// whatever the slot is written as (`{{x}}`, `${X}`, `%s`, `%(x)s`, `@X@`, `<%= x %>`, `<x>`, `{{}}`, a slot inside markup)
// and wherever it stands (a remark in brackets, the place of the failure, after the failure, before it with a mark):
// the words tell a failure whatever fills it. Sound summaries holding the same slots keep passing, and a slot where the
// failure count goes keeps its `placeholder` reason (helper xd, session 44: failureToldBesideASlot, withoutSlots).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (text: string) => statusContradiction({ status: 'passed', summary: text }, '/status', 'passed');

const slot = fc.constantFrom('{{url}}', '{{ url }}', '${URL}', '%s', '%(url)s', '@URL@', '<%= url %>', '<url>', '{{}}', '${}', '<b>{{url}}</b>', '<code>${URL}</code>');
const placeholderTag = fc.constantFrom('<TODO>', '[TBD]', '(TODO)', '[TODO]', '\uff08TODO\uff09', '<TBD>');
const failure = fc.constantFrom('Build failed', 'Deploy failed', 'Tests failed', 'Build <b>failed</b>', 'Build fehlgeschlagen', 'Pruebas fallidas', 'Échec du déploiement');
const sound = fc.constantFrom('All tests passed', 'Passed', 'No tests failed', 'Deploy succeeded', 'Keine Tests fehlgeschlagen', 'No failures');
const around = fc.constantFrom(
  (f: string, s: string) => `${f} (see ${s})`,
  (f: string, s: string) => `${f} (siehe ${s})`,
  (f: string, s: string) => `${f} in ${s}`,
  (f: string, s: string) => `${f} - ${s}`,
  (f: string, s: string) => `${s}: ${f}`,
);

describe('a failure told beside a slot', () => {
  it('fails as a contradiction whatever the slot is written as and wherever it stands', () => {
    fc.assert(
      fc.property(failure, slot, around, (f, s, form) => {
        const text = form(f, s);
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('fails as a contradiction beside a placeholder word in brackets or a tag', () => {
    fc.assert(
      fc.property(failure, placeholderTag, (f, tag) => {
        const text = `${f} ${tag}`;
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('passes a sound summary holding the same slots and tags', () => {
    fc.assert(
      fc.property(sound, fc.oneof(slot, placeholderTag), around, (p, s, form) => {
        const text = form(p, s);
        expect(beside(text), text).toBeUndefined();
      }),
    );
  });
  it('keeps placeholder for a slot where the failure count or its subject goes, and a none in angles a none', () => {
    for (const text of ['{{failed}} failed', '{{suite}} failed', 'Build failed: {{reason}}', 'Failures: %d', '%(failed)s tests failed', 'Build failed $REASON'])
      expect(beside(text)?.code, text).toBe('placeholder');
    for (const text of ['Failed: <none>', 'Failed: <empty>', 'Errors: <nil>', 'All <b>{{count}}</b> tests passed'])
      expect(beside(text), text).toBeUndefined();
  });
});
