/**
 * The CLI as users run it: real files, asserting exit codes and what is printed. Each kind of outcome (a verdict's exit
 * 1, usage and exit 0, a usage error's exit 2 on stderr without a stack, an invalid config, signals) runs the binary in a
 * child process at least once; its variants run the CLI's own entry in this process (the binary is a two-line wrapper
 * around it), which decides the same exit code and output without a Node start per run.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import verdictSchema from '../../schemas/full_suite_verdict.schema.json' with { type: 'json' };
import waiverAuditSchema from '../../schemas/waiver_audit.schema.json' with { type: 'json' };
import { validateSchema } from '../../src/artifacts/schema.js';
import { runCli as runCliInProcess } from '../../src/cli/main-run.js';
import { runCli, runCliInProcess as cli } from '../helpers/cli.js';
import { REPO_ROOT, removeTempDirs, tempDir, workspace } from '../helpers/fs.js';
import pkg from '../../package.json' with { type: 'json' };
import { spawnSync } from 'node:child_process';

afterAll(removeTempDirs);

const NO_STACK = /^\s+at .+:\d+:\d+\)?$/m;

describe('the demo workspace', () => {
  it('verify exits 1 (its failing gate), writes all three files, and the verdict validates', () => {
    const out = tempDir();
    const run = runCli(['verify', '--root', 'fixtures/demo', '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/PASS\s+suite_classification\s/);
    expect(run.stdout).toMatch(/FAIL\s+bench_classification\s+unclassified\s+\d+ ms\s+1 failing check: benches\/startup_latency\.rs is not listed/);
    expect(run.stdout).toContain('verdict FAIL — 1 of 4 blocking gates failing');
    expect(run.stdout).toMatch(/PASS\s+conformance_pass_rate\s+\d+ ms\s+.*pass_rate_pct = 92\.5/);
    expect(run.stdout).toContain('bench_classification: npx gate-engine verify --root fixtures/demo --gate bench_classification');
    expect(readdirSync(out).sort()).toEqual(['full_suite_events.jsonl', 'full_suite_report.md', 'full_suite_verdict.json', 'replay_bundle.json', 'waiver_audit.json']);
    const audit = JSON.parse(readFileSync(join(out, 'waiver_audit.json'), 'utf8'));
    expect(validateSchema(waiverAuditSchema, audit)).toEqual([]);
    expect(audit).toMatchObject({ schema: 'pi.ci.waiver_audit.v1', configured: false, total_waivers: 0, waivers: [], raw_waivers: [] });
    const verdict = JSON.parse(readFileSync(join(out, 'full_suite_verdict.json'), 'utf8'));
    expect(validateSchema(verdictSchema, verdict)).toEqual([]);
    expect(verdict.summary).toMatchObject({ total_gates: 5, passed: 4, failed: 1, blocking_pass: 3, blocking_total: 4, all_blocking_pass: false });
  });

  it('the README command works verbatim: npx gate-engine verify --root fixtures/demo', () => {
    const out = join(REPO_ROOT, 'fixtures/demo/gate-engine-out');
    rmSync(out, { recursive: true, force: true });
    const run = spawnSync('npx', ['gate-engine', 'verify', '--root', 'fixtures/demo'], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status).toBe(1);
    for (const name of ['full_suite_verdict.json', 'full_suite_events.jsonl', 'full_suite_report.md']) expect(existsSync(join(out, name))).toBe(true);
  });

  it('the replay command it prints re-runs exactly the failing gate', async () => {
    const out = tempDir();
    const run = await cli(['verify', '--root', 'fixtures/demo', '--gate', 'bench_classification', '--out', out]);
    expect(run.status).toBe(1);
    const verdict = JSON.parse(readFileSync(join(out, 'full_suite_verdict.json'), 'utf8'));
    expect(verdict.gates.map((g: { id: string }) => g.id)).toEqual(['bench_classification']);
  });

  it('--json prints the verdict on stdout', async () => {
    const run = await cli(['verify', '--root', 'fixtures/demo', '--out', tempDir(), '--json', '--gate', 'suite_classification']);
    expect(run.status).toBe(0);
    // One gate of five: its pass is never a full-suite pass.
    expect(JSON.parse(run.stdout)).toMatchObject({ schema: 'gate-engine.full_suite_verdict.v1', verdict: 'incomplete', selection: { complete: false, by: 'gate', selected: ['suite_classification'], gates_verdict: 'pass' } });
  });

  it('two runs with the same --now write byte-identical verdict files', async () => {
    const [a, b] = [tempDir(), tempDir()];
    expect((await cli(['verify', '--root', 'fixtures/demo', '--out', a, '--now', '2026-03-10T12:00:00Z'])).status).toBe(1);
    expect((await cli(['verify', '--root', 'fixtures/demo', '--out', b, '--now', '2026-03-10T12:00:00Z'])).status).toBe(1);
    for (const name of ['full_suite_verdict.json', 'full_suite_events.jsonl', 'full_suite_report.md']) {
      expect(readFileSync(join(b, name)).equals(readFileSync(join(a, name)))).toBe(true);
    }
  });
});

describe('help and version', () => {
  // The first in a child process (the binary's exit 0 and stdout), the other spellings in this one.
  it.each([['--help'], ['-h'], ['help'], ['help', 'verify'], ['verify', '--help'], ['verify', '-h']])('%s %s prints usage and exits 0', async (...args) => {
    const run = args[0] === '--help' ? runCli(args.filter(Boolean)) : await cli(args.filter(Boolean));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Usage:\n {2}gate-engine/);
    expect(run.stdout).toContain('Exit codes');
  });
  it('--version prints the package version', () => {
    const run = runCli(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(pkg.version);
  });
  it('no command prints usage and exits 2', async () => {
    const run = await cli([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('Usage:');
  });
});

describe('could not evaluate: exit 2, a clear message, never a stack trace', () => {
  const cases: [string, string[], RegExp][] = [
    ['unknown command', ['verfy'], /unknown command "verfy"; did you mean "verify"\?/],
    // Names every object inherits are not commands (they once reached process.exit with a non-number).
    ['unknown command named like an object property', ['constructor'], /unknown command "constructor"/],
    ['unknown command named like an object method', ['toString'], /unknown command "toString"/],
    ['help for an object property', ['help', 'constructor'], /no help for "constructor"/],
    ['unknown flag', ['verify', '--gates', 'x'], /unknown option --gates for "verify"; did you mean "--gate"\?/],
    ['missing flag value', ['verify', '--root'], /verify: Option '--root <value>' argument missing/],
    ['invalid --now', ['verify', '--root', 'fixtures/demo', '--now', '2026-02-30T00:00:00Z'], /--now: "2026-02-30T00:00:00Z" is not a real date: day 30 does not exist in 2026-02/],
    ['unknown --gate', ['verify', '--root', 'fixtures/demo', '--gate', 'bench'], /unknown gate id "bench"/],
    ['root is not a directory', ['verify', '--root', 'fixtures/nope'], /root fixtures\/nope is not a directory/],
  ];
  // The first in a child process (the binary's exit 2 and stderr), the others in this one.
  it.each(cases)('%s', async (name, args, message) => {
    const run = name === 'unknown command' ? runCli(args) : await cli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(NO_STACK);
  });

  it('an invalid config names the file, the location and the fix', () => {
    const root = workspace({ 'gate-engine.config.yaml': 'version: 1\ngates:\n  - type: suite_classification\n    options:\n      test_glob: "tests/*.rs"\n' });
    const run = runCli(['verify', '--root', root]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('gate-engine: error: invalid config');
    expect(run.stderr).toContain('gate-engine.config.yaml (1 problem):');
    expect(run.stderr).toContain('/gates/0/options/test_glob (line 5, column 18): unknown field "test_glob"; did you mean "tests_glob"?');
    expect(run.stderr).toContain('fix: edit');
    expect(run.stderr).not.toMatch(NO_STACK);
  });

  it('zero gates selected is exit 2', async () => {
    const root = workspace({ 'gate-engine.config.yaml': 'version: 1\ngates: []\n' });
    const run = await cli(['verify', '--root', root]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('zero gates selected');
  });

  it('an unwritable output directory is exit 2 and leaves no file behind', async () => {
    const root = workspace({
      'gate-engine.config.yaml': 'version: 1\ngates:\n  - type: suite_classification\n',
      'tests/suite_classification.toml': '[suite.unit]\nfiles = ["a"]\n',
      'tests/a.rs': '',
      'not-a-dir': 'x',
    });
    const run = await cli(['verify', '--root', root, '--out', join(root, 'not-a-dir', 'out')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/cannot write outputs to .*not-a-dir\/out/);
    expect(run.stderr).toContain('no output file was written or changed');
    expect(readdirSync(root).sort()).toEqual(['gate-engine.config.yaml', 'not-a-dir', 'tests']);
  });
});

describe('internal errors', () => {
  it('a bug is exit 3 with a report request, the stack only with GATE_ENGINE_DEBUG', async () => {
    const err: string[] = [];
    const io = {
      stdout: () => {
        throw new TypeError('simulated bug');
      },
      stderr: (t: string) => void err.push(t),
      cwd: REPO_ROOT,
      isTTY: false,
    };
    expect(await runCliInProcess(['--version'], { ...io, env: {} })).toBe(3);
    expect(err.join('')).toContain('internal error (a bug in gate-engine');
    expect(err.join('')).toContain('set GATE_ENGINE_DEBUG=1');
    expect(err.join('')).not.toMatch(NO_STACK);
    err.length = 0;
    expect(await runCliInProcess(['--version'], { ...io, env: { GATE_ENGINE_DEBUG: '1' } })).toBe(3);
    expect(err.join('')).toMatch(NO_STACK);
  });
});

describe('interruption', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s aborts running gates (their child processes die), exits %i and writes no verdict', async (signal, code) => {
    const { spawn } = await import('node:child_process');
    const { BIN } = await import('../helpers/cli.js');
    const root = workspace({
      'gate-engine.config.yaml': 'version: 1\ngates:\n  - id: long\n    type: command\n    timeout: 60s\n    options:\n      run: ["node", "-e", "console.log(process.pid); setInterval(() => {}, 1000)"]\n',
    });
    const out = join(root, 'out');
    const cli = spawn(process.execPath, [BIN, 'verify', '--root', root, '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    cli.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // The logs belong to the run: while it runs they are in its staging generation beside the output directory.
    const store = join(root, '.out.runs');
    const stagedLog = () => readdirSync(store).map((g) => join(store, g, 'commands', 'long', 'stdout.log')).find((p) => existsSync(p));
    let childPid = 0;
    for (let i = 0; i < 400 && childPid === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const log = existsSync(store) ? stagedLog() : undefined;
      if (log !== undefined) childPid = Number(readFileSync(log, 'utf8').trim()) || 0;
    }
    expect(childPid).toBeGreaterThan(0);
    const exited = new Promise<number | null>((r) => cli.on('exit', (c) => r(c)));
    cli.kill(signal);
    expect(await exited).toBe(code);
    expect(stderr).toContain(`${signal}: running gates aborted; no output was written`);
    expect(existsSync(join(out, 'full_suite_verdict.json'))).toBe(false);
    // Nothing of the run is left: no output directory, no staging.
    expect(existsSync(out)).toBe(false);
    expect(existsSync(store) ? readdirSync(store) : []).toEqual([]);
    let alive = true;
    for (let i = 0; i < 60 && alive; i++) {
      await new Promise((r) => setTimeout(r, 50));
      try {
        process.kill(childPid, 0);
      } catch {
        alive = false;
      }
    }
    expect(alive).toBe(false);
  });
});
