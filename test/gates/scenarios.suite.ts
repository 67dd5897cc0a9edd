/**
 * Scenario fixtures for every built-in gate: each folder fixtures/scenarios/<gate type>/<scenario>/
 * is a small fake repository plus an expected.yaml that pins the clock and states the verdict,
 * exit code, gate statuses, reasons and every non-pass check. The gate types are split over three test files
 * (scenarios.test.ts and the two it names) only so that vitest's workers run them side by side.
 */
import { existsSync, promises as fs, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { CheckResult, Lane } from '../../src/core/types.js';
import { outputFiles } from '../../src/output/files.js';
import { verify } from '../../src/verify.js';
import { verdictInconsistencies } from '../../src/core/consistency.js';
import { BUILTIN_GATES } from '../../gates/index.js';

const BUILTIN_TYPES = new Map(BUILTIN_GATES.map((g) => [g.type, g]));

const SCENARIO_ROOT = join(import.meta.dirname, '..', '..', 'fixtures', 'scenarios');
const FINDING_KEYS = ['id', 'code', 'status', 'path', 'pointer'] as const;

interface ExpectedFinding {
  id?: string;
  code?: string;
  status?: string;
  path?: string;
  pointer?: string;
  message_includes?: string;
}

type WaiverList = 'applied' | 'expired' | 'invalid' | 'expiring_soon' | 'unused';

interface Expected {
  description: string;
  now: string;
  /** Default full. */
  lane?: Lane;
  /** Variables added to the environment the run sees (e.g. the current CI run's id). */
  env?: Record<string, string>;
  exit_code: 0 | 1;
  verdict: 'pass' | 'warn' | 'fail';
  gates: Record<string, { status: string; raw_status?: string; reason?: string; findings?: ExpectedFinding[] }>;
  /** Gate ids in each of the verdict's waiver lists (each list named here is compared exactly). */
  waivers?: Partial<Record<WaiverList, string[]>>;
}

const dirs = (path: string) => readdirSync(path).filter((name) => statSync(join(path, name)).isDirectory()).sort();

/** Gate types run by their own test files; scenarios.test.ts runs every other type. */
export const SPLIT_TYPES: Readonly<Record<string, readonly string[]>> = {
  'scenarios-trees.test.ts': ['kernel_boundary', 'suite_classification', 'parameter_sweeps_integrity'],
  'scenarios-texts-tracker-commands.test.ts': ['claim_tier_order', 'practical_finish_checkpoint', 'command'],
};

/**
 * The gate types one scenario file runs. GATE_ENGINE_SCENARIO_TYPES=threshold,artifact_status (scoped mutation runs)
 * gives scenarios.test.ts exactly those types and the split files none, so a run of scenarios.test.ts alone still
 * covers whatever it names.
 */
function typesFor(file: string): string[] {
  const only = process.env.GATE_ENGINE_SCENARIO_TYPES?.split(',').filter((t) => t !== '');
  const all = dirs(SCENARIO_ROOT);
  if (only !== undefined && only.length > 0) return file === 'scenarios.test.ts' ? all.filter((t) => only.includes(t)) : [];
  const split = SPLIT_TYPES[file];
  if (split !== undefined) return all.filter((t) => split.includes(t));
  const elsewhere = new Set(Object.values(SPLIT_TYPES).flat());
  return all.filter((t) => !elsewhere.has(t));
}

function loadExpected(dir: string): Expected {
  const raw = parse(readFileSync(join(dir, 'expected.yaml'), 'utf8')) as Omit<Expected, 'now'> & { now: unknown };
  // `yaml` keeps timestamps as strings under its default (1.2 core) schema; accept a Date anyway.
  const now = raw.now instanceof Date ? raw.now.toISOString() : String(raw.now);
  return { ...raw, now };
}

/** Project an actual check onto the keys the expectation names, so absent keys are not compared. */
function project(check: CheckResult, expected: ExpectedFinding): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of FINDING_KEYS) if (key in expected) out[key] = check[key];
  if (expected.message_includes !== undefined) {
    out.message_includes = check.message.includes(expected.message_includes) ? expected.message_includes : check.message;
  }
  return out;
}

const tempDirs: string[] = [];
afterAll(async () => {
  await Promise.all(tempDirs.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

/**
 * Whether a scenario's run writes its outputs. The verdict is folded and checked against its schema either way; landing
 * the report, events and replay bundle costs a third of a scenario's CPU and is what test/run/outputs.test.ts and the
 * kill test are about, so it is done for commands (their logs land with the verdict), the first scenario of each gate
 * type, and every tenth.
 */
const writesOutputs = (gateType: string, index: number): boolean => gateType === 'command' || index % 10 === 0;

/** Registers the scenario tests of the gate types `file` runs. */
export function scenarioSuite(file: string): void {
  const gateTypes = typesFor(file);
  if (gateTypes.length === 0) {
    it.skip('no gate types selected for this file (GATE_ENGINE_SCENARIO_TYPES)', () => undefined);
    return;
  }
  describe.each(gateTypes)('%s scenarios', (gateType) => {
    const folder = join(SCENARIO_ROOT, gateType);
    const scenarioNames = dirs(folder);

    it('finds scenario folders, each with an expected.yaml', () => {
      expect(scenarioNames.length).toBeGreaterThan(0);
      const withoutExpected = scenarioNames.filter((name) => !existsSync(join(folder, name, 'expected.yaml')));
      expect(withoutExpected).toEqual([]);
    });

    const cases = scenarioNames
      .filter((name) => existsSync(join(folder, name, 'expected.yaml')))
      .map((name) => ({ name, expected: loadExpected(join(folder, name)) }));

    it.each(cases.map((c, i) => [`${c.name}: ${c.expected.description}`, { ...c, written: writesOutputs(gateType, i) }] as const))('%s', async (_title, { name, expected, written }) => {
      // The output directory lands as a link beside its generations (`.out.runs`): inside a directory of its own, so
      // removing that removes both, and the run's sweep of the parent lists two names, not the whole temp dir.
      const parent = await fs.mkdtemp(join(tmpdir(), 'ge-scenario-'));
      tempDirs.push(parent);
      const out = join(parent, 'out');
      const lane = expected.lane ?? 'full';
      // A command writes, renames and links in its root: it runs on a copy (links kept as links), so the fixture stays as
      // committed and a second run sees what the first did. Other gates only read their fixture in place.
      const root = gateType === 'command' ? join(parent, name) : join(folder, name);
      if (root !== join(folder, name)) await fs.cp(join(folder, name), root, { recursive: true, verbatimSymlinks: true });
      // The fixtures' checkout state is not what they test (test/threats/run-integrity.test.ts does): no git processes.
      const result = await verify({ root, out, now: expected.now, lane, checkout: false, write: written, ...(expected.env !== undefined ? { env: { ...process.env, ...expected.env } } : {}) });

      expect(result.exitCode).toBe(expected.exit_code);
      expect(result.verdict.verdict).toBe(expected.verdict);
      if (written) {
        expect(result.files.verdict).toBe(join(out, outputFiles(lane).verdict));
        expect(existsSync(result.files.verdict as string)).toBe(true);
      } else expect(existsSync(out)).toBe(false);
      // Every scenario must exercise the gate type it is filed under.
      expect(result.verdict.gates.map((g) => g.type)).toContain(gateType);
      // What verify writes, every reader (check, merge, report) must accept as written: a warning the runner adds that
      // its gate type does not declare would make the engine refuse its own verdicts.
      expect(verdictInconsistencies(result.verdict, BUILTIN_TYPES), 'the verdict is consistent as written').toEqual([]);

      for (const [gateId, want] of Object.entries(expected.gates)) {
        const gate = result.verdict.gates.find((g) => g.id === gateId);
        expect(gate, `gate ${gateId} in the verdict`).toBeDefined();
        if (gate === undefined) continue;
        expect(gate.status).toBe(want.status);
        if (want.raw_status !== undefined) expect(gate.raw_status).toBe(want.raw_status);
        if (want.reason === undefined) expect(gate.reason).toBeUndefined();
        else expect(gate.reason).toBe(want.reason);
        if (gate.status === 'pass') expect(gate.checks.length).toBeGreaterThan(0);

        const findings = want.findings ?? [];
        const nonPass = gate.checks.filter((c) => c.status !== 'pass');
        const context = `non-pass checks:\n${JSON.stringify(nonPass, null, 2)}`;
        expect(nonPass.length, context).toBe(findings.length);
        expect(nonPass.map((check, i) => project(check, findings[i] ?? {})), context).toEqual(findings);
      }
      for (const [list, ids] of Object.entries(expected.waivers ?? {}) as [WaiverList, string[]][]) {
        expect(result.verdict.waivers[list].map((w) => w.gate_id), `waivers.${list}`).toEqual(ids);
      }
      // Every gate in the verdict is covered by the expectation: nothing passes unexamined.
      expect(Object.keys(expected.gates).sort()).toEqual(result.verdict.gates.map((g) => g.id).sort());
    });
  });
}
