/**
 * A document's envelope (which document, run and commit it is) is read as a class, not a list of spellings (red team
 * zi, session 45): its names in any case or spelling (`schema_id`, `schemaId`, `Schema-Id`, `SCHEMA`), other tools'
 * names of the commit (`commit`, `sha`, `revision`), a format version, Kubernetes' `apiVersion` and `kind`, and a
 * `metadata`, `meta` or `_meta` object holding only such names. A stub of an envelope beside nothing is empty, and a
 * schema whose rules are on the envelope alone is vacuous, whatever the spelling; beside content, both are sound.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileUserSchema } from '../../src/artifacts/user-schema.js';
import { hollowDocumentReason } from '../../src/sdk/document.js';
import { NAME_SPELLINGS } from '../helpers/name-spellings.js';

/** Envelope names as words, with a value of the kind producers write there. */
const ENVELOPE: readonly [readonly string[], unknown][] = [
  [['schema'], 'ci.test_summary.v1'],
  [['schema', 'id'], 'ci.test_summary'],
  [['schema', 'version'], '1.2'],
  [['format', 'version'], 2],
  [['run', 'id'], 'ci-4409'],
  [['correlation', 'id'], 'bd-1f42.4.4-ci-4409'],
  [['git', 'sha'], '5d2c6a1e9f3b8047c1de92a6b3f5e8d7a4c0b912'],
  [['commit'], '5d2c6a1e9f3b8047c1de92a6b3f5e8d7a4c0b912'],
  [['commit', 'sha'], '5d2c6a1e9f3b8047c1de92a6b3f5e8d7a4c0b912'],
  [['sha'], '5d2c6a1e9f3b8047c1de92a6b3f5e8d7a4c0b912'],
  [['revision'], '5d2c6a1'],
  [['generated', 'at'], '2026-03-10T08:00:00Z'],
];
const SPELL = NAME_SPELLINGS;
const HOLDERS = [undefined, 'metadata', 'meta', '_meta', 'Metadata'] as const;
/** What a producer that died after its header leaves beside it. */
const STUB_PAYLOADS: readonly Record<string, unknown>[] = [{ results: [] }, { results: [], passed: null, failed: null }, { findings: [], verdict: 'TBD' }, { summary: {} }, { benchmarks: [], p95_ms: null }];

const envelopeOf = fc
  .tuple(fc.uniqueArray(fc.nat(ENVELOPE.length - 1), { minLength: 1, maxLength: 3 }), fc.nat(SPELL.length - 1), fc.constantFrom(...HOLDERS), fc.boolean())
  .map(([picked, s, holder, kubernetes]) => {
    const fields: Record<string, unknown> = Object.fromEntries(picked.map((i) => [SPELL[s]!(ENVELOPE[i]![0]), ENVELOPE[i]![1]]));
    const top: Record<string, unknown> = holder === undefined ? fields : { [holder]: fields };
    return kubernetes ? { apiVersion: 'ci.example.org/v1', kind: 'TestReport', ...top } : top;
  });

function vacuous(schema: object, artifact: unknown): boolean {
  const compiled = compileUserSchema(schema);
  if (!compiled.ok) throw new Error(compiled.message);
  return compiled.unconstrained(artifact) !== undefined;
}

/** A schema pinning every envelope value the document holds (`const`), one level down for a holder. */
function envelopeSchema(envelope: Record<string, unknown>): object {
  const pin = (o: Record<string, unknown>): object => ({ type: 'object', required: Object.keys(o), properties: Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'object' && v !== null ? pin(v as Record<string, unknown>) : { const: v }])) });
  return pin(envelope);
}

describe('an envelope spelt as any tool spells it', () => {
  it('beside nothing but nulls, empties and placeholders is an empty document (property)', () => {
    fc.assert(
      fc.property(envelopeOf, fc.constantFrom(...STUB_PAYLOADS), (envelope, payload) => {
        const doc = { ...envelope, ...payload };
        expect(hollowDocumentReason(doc), JSON.stringify(doc)).toMatch(/every value beside its envelope/);
      }),
    );
  });

  it('beside one real value is content, and alone is a stamp (property)', () => {
    const content = fc.constantFrom<Record<string, unknown>>({ passed: 12 }, { results: [{ name: 'a', outcome: 'passed' }] }, { status: { phase: 'Succeeded' } }, { spec: { replicas: 3 } }, { failed: 0 });
    fc.assert(
      fc.property(envelopeOf, fc.constantFrom(...STUB_PAYLOADS), content, (envelope, payload, real) => {
        expect(hollowDocumentReason({ ...envelope, ...payload, ...real })).toBeUndefined();
        expect(hollowDocumentReason(envelope)).toBeUndefined();
      }),
    );
  });

  it('an envelope holder with unset fields beside its envelope names is still an envelope: beside an empty body, empty; alone, a stamp (property)', () => {
    // A first run's record (`parent_run_id: null`) and any field left unset (`labels: ~`): null says nothing.
    const unsetName = fc.constantFrom(['parent', 'run', 'id'], ['labels'], ['annotations'], ['previous', 'commit'], ['owner'], ['tags'], ['x']);
    const holderWithUnset = fc
      .tuple(fc.uniqueArray(fc.nat(ENVELOPE.length - 1), { minLength: 1, maxLength: 3 }), fc.nat(SPELL.length - 1), fc.constantFrom('metadata', 'meta', '_meta', 'Metadata'), fc.array(unsetName, { minLength: 1, maxLength: 3 }))
      .map(([picked, s, holder, unset]) => ({
        [holder]: { ...Object.fromEntries(picked.map((i) => [SPELL[s]!(ENVELOPE[i]![0]), ENVELOPE[i]![1]])), ...Object.fromEntries(unset.map((words) => [SPELL[s]!(words), null])) },
      }));
    fc.assert(
      fc.property(holderWithUnset, fc.constantFrom(...STUB_PAYLOADS), (envelope, payload) => {
        const doc = { ...envelope, ...payload };
        expect(hollowDocumentReason(doc), JSON.stringify(doc)).toMatch(/every value beside its envelope/);
        expect(hollowDocumentReason(envelope), JSON.stringify(envelope)).toBeUndefined();
      }),
    );
  });

  it('pinned by a schema that says nothing else is vacuous; a rule on the status beside it is sound (property)', () => {
    fc.assert(
      fc.property(envelopeOf, (envelope) => {
        const artifact = { ...envelope, status: 'pass', passed: 12, failed: 0 };
        expect(vacuous(envelopeSchema(envelope), artifact), JSON.stringify(envelope)).toBe(true);
        const sound = envelopeSchema({ ...envelope, status: 'pass' });
        expect(vacuous(sound, artifact), JSON.stringify(envelope)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('a metadata holding other names (a Kubernetes object\'s name, labels) is content, and kind without apiVersion is content', () => {
    expect(hollowDocumentReason({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'payments' } })).toBeUndefined();
    expect(hollowDocumentReason({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', labels: {} }, data: {} })).toBeUndefined();
    expect(hollowDocumentReason({ kind: 'lint', errors: [] })).toBeUndefined();
    expect(hollowDocumentReason({ apiVersion: 'v1', kind: 'List', items: [] })).toMatch(/envelope: apiVersion, kind/);
  });
});
