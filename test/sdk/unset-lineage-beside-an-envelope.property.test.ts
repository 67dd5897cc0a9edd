/**
 * A null field that points at another release or run of the subject (`previous_version: null`, `parentCommit`,
 * `prev-release-tag`, `supersedes`) beside an envelope is set aside as the envelope is (helper rf, session 46:
 * unsetLineageKeysOf): a first release's manifest `{version, commit, previous_version: null}` is its envelope alone,
 * content, in any spelling. Only a null is: the pointer as an empty list or a placeholder, and any body left empty beside
 * it (`artifacts: []`, `results: null`), keep the document `empty`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hollowDocumentReason } from '../../src/sdk/document.js';
import '../helpers/fc-seed.js';
import { NAME_SPELLINGS } from '../helpers/name-spellings.js';

/** The producers' spellings, and the words run together (`previousversion`). */
const SPELL: readonly ((words: readonly string[]) => string)[] = [...NAME_SPELLINGS, (w) => w.join('')];
const spelled = (words: readonly string[]) => fc.constantFrom(...SPELL).map((spell) => spell(words));
const head = fc.constantFrom('previous', 'prev', 'prior', 'parent', 'predecessor', 'preceding');
const noun = fc.constantFrom(['version'], ['commit'], ['sha'], ['revision'], ['release'], ['tag'], ['run', 'id'], ['build'], ['release', 'tag'], ['versions']);
const lineage = fc.oneof(fc.tuple(head, noun).chain(([h, n]) => spelled([h, ...n])), fc.constantFrom('supersedes', 'Replaces', 'predecessor'));
const envelope = fc.constantFrom<Record<string, unknown>>(
  { version: '1.0.0', commit: '3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39' },
  { version: '0.1.0', gitSha: '3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39' },
  { schema: 'acme.deploy.v1', run_id: '7654321098-2' },
  { revision: '5d2c6a1' },
);
const body = fc.constantFrom<Record<string, unknown>>({ artifacts: [] }, { results: null }, { changes: [] }, { notes: '' }, { tests: [], failed: null });

describe('an unset pointer at another release beside an envelope', () => {
  it('is set aside as the envelope is: the document is its envelope alone, content, in any spelling', () => {
    fc.assert(
      fc.property(envelope, fc.array(lineage, { minLength: 1, maxLength: 3 }), (stamp, names) => {
        const doc = { ...stamp, ...Object.fromEntries(names.map((n) => [n, null])) };
        expect(hollowDocumentReason(doc), JSON.stringify(doc)).toBeUndefined();
      }),
    );
  });
  it('leaves a body left empty beside it, or the pointer itself left as an empty list or a placeholder, empty', () => {
    fc.assert(
      fc.property(envelope, lineage, body, fc.constantFrom([], '', 'TODO', 'TBD'), (stamp, name, empty, unfilled) => {
        const withBody = { ...stamp, [name]: null, ...empty };
        expect(hollowDocumentReason(withBody), JSON.stringify(withBody)).toMatch(/beside its envelope/u);
        const unfilledPointer = { ...stamp, [name]: unfilled };
        expect(hollowDocumentReason(unfilledPointer), JSON.stringify(unfilledPointer)).toMatch(/beside its envelope/u);
      }),
    );
  });
  it('reads no other null field as a pointer at another release (a body or a word only sharing a head)', () => {
    fc.assert(
      fc.property(envelope, fc.constantFrom('previous', 'parent', 'previous_results', 'prior_findings', 'parent_tests', 'prevalence', 'released', 'preview_version'), (stamp, name) => {
        const doc = { ...stamp, [name]: null };
        expect(hollowDocumentReason(doc), JSON.stringify(doc)).toMatch(/beside its envelope/u);
      }),
    );
  });
});
