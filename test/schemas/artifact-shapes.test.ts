/**
 * The published schemas of artifacts their gates check in code (claim-gating contract, parameter-sweeps
 * report, tracker row) describe the shape those gates accept: every such artifact of every passing
 * scenario validates against its schema, and scenarios that fail on the artifact's shape fail it too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ARTIFACT_SCHEMA_FILES } from '../../src/artifact-schema-files.js';
import { validateSchema } from '../../src/artifacts/schema.js';
import { validateRow } from '../../gates/practical-finish/tracker.js';
import { REPO_ROOT } from '../helpers/fs.js';

const SCENARIOS = join(REPO_ROOT, 'fixtures', 'scenarios');
const PUBLISHED = ARTIFACT_SCHEMA_FILES();
const schemaOf = (name: string) => {
  const found = PUBLISHED.find((f) => f.file === `${name}.schema.json`);
  if (found === undefined) throw new Error(`no published schema ${name}`);
  return found.schema;
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const passes = (gate: string, scenario: string) => (parseYaml(readFileSync(join(SCENARIOS, gate, scenario, 'expected.yaml'), 'utf8')) as { verdict?: string }).verdict === 'pass';
const scenarios = (gate: string, which: 'passing' | readonly string[]) =>
  readdirSync(join(SCENARIOS, gate)).filter((s) => (which === 'passing' ? passes(gate, s) : which.includes(s)));

/** The JSON documents of a scenario whose `schema` field is the given id. */
function documents(gate: string, scenario: string, schemaId: string): { file: string; value: unknown }[] {
  return filesUnder(join(SCENARIOS, gate, scenario))
    .filter((f) => f.endsWith('.json'))
    .flatMap((file) => {
      try {
        const value = JSON.parse(readFileSync(file, 'utf8')) as unknown;
        return (value as { schema?: unknown } | null)?.schema === schemaId ? [{ file, value }] : [];
      } catch {
        return [];
      }
    });
}

/** Every parseable line of every .jsonl tracker export in a scenario. */
function trackerRows(scenario: string): { file: string; line: number; value: unknown }[] {
  return filesUnder(join(SCENARIOS, 'practical_finish_checkpoint', scenario))
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((text, i) => {
          if (text.trim() === '') return [];
          try {
            return [{ file, line: i + 1, value: JSON.parse(text) as unknown }];
          } catch {
            return [];
          }
        }),
    );
}

const problems = (name: string, value: unknown) => validateSchema(schemaOf(name), value).map((p) => `${p.pointer} ${p.message}`);

const CASES = [
  {
    name: 'claim_gating_contract',
    gate: 'claim_tier_order',
    schemaId: 'pi.frankennode.claim_gating_contract.v1',
    badShape: ['contract_version_not_semver', 'empty_forbidden_language', 'blank_phrase', 'phrase_folds_to_nothing'],
  },
  {
    name: 'parameter_sweeps_report',
    gate: 'parameter_sweeps_integrity',
    schemaId: 'pi.perf.parameter_sweeps.v1',
    badShape: ['blank_run_id', 'candidate_not_integer', 'candidate_repeated', 'candidates_empty', 'default_string_500', 'default_zero', 'dimensions_not_array', 'readiness_unknown_status', 'ready_flag_string', 'selected_defaults_not_object', 'sweep_plan_missing', 'missing_correlation_id', 'source_identity_not_object', 'blocking_reason_blank', 'blocking_reason_invisible', 'dimension_name_blank', 'generated_at_not_rfc3339'],
  },
] as const;

describe('published shapes of artifacts checked in code', () => {
  for (const c of CASES) {
    it(`${c.name}: the artifact of every passing ${c.gate} scenario validates`, () => {
      const passing = scenarios(c.gate, 'passing');
      expect(passing.length).toBeGreaterThan(2);
      for (const scenario of passing) {
        const docs = documents(c.gate, scenario, c.schemaId);
        expect(docs.length, scenario).toBeGreaterThan(0);
        for (const { file, value } of docs) expect(problems(c.name, value), file).toEqual([]);
      }
    });
    it(`${c.name}: scenarios failing on the artifact's shape fail the schema`, () => {
      const bad = scenarios(c.gate, c.badShape);
      expect(bad).toHaveLength(c.badShape.length);
      for (const scenario of bad) {
        const docs = documents(c.gate, scenario, c.schemaId);
        expect(docs.length, scenario).toBeGreaterThan(0);
        expect(docs.some(({ value }) => problems(c.name, value).length > 0), scenario).toBe(true);
      }
    });
  }

  it('tracker_row: every row of every passing practical_finish_checkpoint scenario validates', () => {
    const passing = scenarios('practical_finish_checkpoint', 'passing');
    expect(passing.length).toBeGreaterThan(5);
    let rows = 0;
    for (const scenario of passing) {
      for (const { file, line, value } of trackerRows(scenario)) {
        rows++;
        expect(problems('tracker_row', value), `${file}:${line}`).toEqual([]);
      }
    }
    expect(rows).toBeGreaterThan(10);
  });

  it('tracker_row: scenarios with a malformed row have a row the schema rejects, as the gate does', () => {
    const bad = ['blank_id_row', 'missing_status_row', 'null_field_row', 'label_not_string', 'row_not_an_object', 'tracker_status_blank_invisible'];
    for (const scenario of scenarios('practical_finish_checkpoint', bad)) {
      const rows = trackerRows(scenario);
      expect(rows.some(({ value }) => !validateRow(value).ok), scenario).toBe(true);
      expect(rows.some(({ value }) => problems('tracker_row', value).length > 0), scenario).toBe(true);
    }
  });

  it('tracker_row: a row the schema accepts on types is one validateRow accepts on types', () => {
    const rows = [
      { id: 'bd-1', status: 'open' },
      { id: 'bd-1.2', status: 'closed', issue_type: 'task', title: 't', labels: ['docs'], updated_at: '2026-01-01T00:00:00Z', dependencies: [{ type: 'parent-child', depends_on_id: 'bd-1' }], extra: 1 },
    ];
    for (const row of rows) expect([validateRow(row).ok, problems('tracker_row', row)]).toEqual([true, []]);
    const wrong = [{ id: 'bd-1' }, { status: 'open' }, { id: null, status: 'open' }, { id: 'bd-1', status: 'open', labels: [1] }, { id: 'bd-1', status: 'open', title: null }, { id: 'bd 1', status: 'open' }, { id: 'bd-1', status: 'open', dependencies: [1] }, { id: 'bd-1', status: 'open', updated_at: 'yesterday' }, []];
    for (const row of wrong) expect([validateRow(row).ok, problems('tracker_row', row).length > 0], JSON.stringify(row)).toEqual([false, true]);
  });
});
