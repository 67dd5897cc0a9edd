/**
 * The README is true by copy-paste: the demo prints the sample output shown (durations aside), the
 * runbook's first step runs as written against the baseline the demo ships, the library snippet sets
 * the exit code, and the action and CI docs name only reporters and flags that exist.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { REPO_ROOT, removeTempDirs, tempDir } from '../helpers/fs.js';

afterAll(removeTempDirs);

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const CLEAN = { GITHUB_ACTIONS: undefined, GITHUB_STEP_SUMMARY: undefined, FORCE_COLOR: undefined };
/** Durations are the one thing two runs never share. */
const normalise = (text: string) => text.replace(/ +\d+ ms {2}/g, ' N ms  ').trimEnd();

function demoCopy(): string {
  const work = tempDir('ge-readme-');
  cpSync(join(REPO_ROOT, 'fixtures/demo'), join(work, 'fixtures/demo'), { recursive: true, filter: (src) => !src.includes('gate-engine-out') });
  return work;
}

describe('README by copy-paste', () => {
  it('the sample output is what the demo prints', () => {
    const sample = /```\n(gate-engine \d+\.\d+\.\d+ · verify · lane full[\s\S]*?)```/.exec(readme)?.[1];
    expect(sample).toBeDefined();
    const work = demoCopy();
    const run = runCli(['verify', '--root', 'fixtures/demo'], { cwd: work, env: CLEAN });
    expect(run.status).toBe(1);
    expect(normalise(run.stdout)).toBe(normalise(sample as string));
  });

  it('runbook step 1 runs as written against the baseline the demo ships', () => {
    const step = /^npx (gate-engine verify --root fixtures\/demo --out run1 --diff-from (\S+))$/m.exec(readme);
    expect(step?.[2]).toBe('fixtures/demo/baseline/full_suite_verdict.json');
    const work = demoCopy();
    const run = runCli(step![1]!.split(' ').slice(1), { cwd: work, env: CLEAN });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('triage against fixtures/demo/baseline/full_suite_verdict.json: REGRESSION (1 regression');
    const triage = JSON.parse(readFileSync(join(work, 'run1/triage_diff.json'), 'utf8'));
    expect(triage.ranked_diagnostics[0]).toMatchObject({ gate_id: 'bench_classification', kind: 'regression' });
  });

  it('the library snippet sets process.exitCode from the verdict and pins no clock', () => {
    const snippet = /```ts\n(\/\/ release-check\.mjs[\s\S]*?)```/.exec(readme)?.[1];
    expect(snippet).toBeDefined();
    expect(snippet).not.toMatch(/now:/);
    const work = demoCopy();
    // Run it as a user would, importing the package by name (resolved to this checkout's build).
    const script = (snippet as string).replace("from 'gate-engine'", `from ${JSON.stringify(join(REPO_ROOT, 'dist/src/index.js'))}`);
    writeFileSync(join(work, 'fixtures/demo/release-check.mjs'), script);
    const run = spawnSync(process.execPath, ['release-check.mjs'], { cwd: join(work, 'fixtures/demo'), encoding: 'utf8' });
    expect(run.stderr).toBe('blocked: bench_classification\n');
    expect(run.status).toBe(1);
  });

  it('action.yml is a composite action whose inputs are the ones its step reads', () => {
    const action = parseYaml(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { runs: { using: string; steps: { env: Record<string, string>; run: string }[] }; inputs: Record<string, unknown> };
    expect(action.runs.using).toBe('composite');
    const used = Object.values(action.runs.steps[0]!.env).flatMap((v) => [...v.matchAll(/inputs\.([\w-]+)/g)].map((m) => m[1]));
    expect(new Set(used)).toEqual(new Set(Object.keys(action.inputs)));
    const syntax = spawnSync('bash', ['-n'], { input: action.runs.steps[0]!.run, encoding: 'utf8' });
    expect(syntax.status, syntax.stderr).toBe(0);
    for (const f of (action.inputs.formats as { default: string }).default.trim().split('\n')) expect(f).toMatch(/^(human|json|github|junit|sarif|gitlab)(:.+)?$/);
  });
});
