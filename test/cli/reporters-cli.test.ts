/**
 * Reporters, switches, `report` and `init` through the CLI. Most commands run the CLI's own entry in this process (the
 * binary is a two-line wrapper around it; what it prints, writes and exits with is decided there); the binary runs once
 * for a run that fails (exit 1, colour forced through the environment) and once for an exit-2 error (stderr and the
 * JSON error on stdout), as CI runs them.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, runCliInProcess } from '../helpers/cli.js';
import { REPO_ROOT, removeTempDirs, tempDir, writeTree } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';
/** No CI variables from the machine running the tests leak into a run unless a test sets them. */
const CLEAN = { GITHUB_ACTIONS: undefined, GITHUB_STEP_SUMMARY: undefined, GITHUB_WORKSPACE: undefined, FORCE_COLOR: undefined, NO_COLOR: undefined };

/** A copy of the demo at <work>/fixtures/demo, so paths read as they do in this repository. */
function demoCopy(): string {
  const work = tempDir('ge-rep-');
  cpSync(join(REPO_ROOT, 'fixtures/demo'), join(work, 'fixtures/demo'), { recursive: true, filter: (src) => !src.includes('gate-engine-out') });
  return work;
}
const cli = (work: string, args: string[], env: NodeJS.ProcessEnv = {}) => runCliInProcess(args, { cwd: work, env: { ...CLEAN, NO_COLOR: '1', ...env } });
const verifyDemo = (work: string, extra: string[], env: NodeJS.ProcessEnv = {}) => cli(work, ['verify', '--root', 'fixtures/demo', '--now', NOW, ...extra], env);
/** The binary in a child process, for the tests about what the process prints and exits with. */
const cliInChild = (work: string, args: string[], env: NodeJS.ProcessEnv = {}) => runCli(args, { cwd: work, env: { ...CLEAN, NO_COLOR: '1', ...env } });
const verifyDemoInChild = (work: string, extra: string[], env: NodeJS.ProcessEnv = {}) => cliInChild(work, ['verify', '--root', 'fixtures/demo', '--now', NOW, ...extra], env);

let recorded: string | undefined;
/**
 * A demo copy holding one recorded run in out/ (exit 1: its failing gate), made once for the tests that only render
 * it with `report`: they write their own files beside it, never over it.
 */
async function recordedDemo(): Promise<string> {
  if (recorded === undefined) {
    const work = demoCopy();
    expect((await verifyDemo(work, ['--out', 'out'])).status).toBe(1);
    recorded = work;
  }
  return recorded;
}

/** The GitHub runner's reading of a log: workflow commands, honouring ::stop-commands::. */
function runnerCommands(stdout: string): string[] {
  const commands: string[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const t = line.trimStart();
    if (stopToken !== undefined) {
      if (t === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(t);
    if (stop) {
      stopToken = stop[1];
      continue;
    }
    if (t.startsWith('::') || t.includes('##[')) commands.push(t);
  }
  return commands;
}

describe('--format', () => {
  it('writes every reporter to its file and keeps the human summary on stdout', async () => {
    const work = demoCopy();
    const formats = ['json:r/v.json', 'junit:r/junit.xml', 'sarif:r/gate.sarif', 'gitlab:r/gl-code-quality.json', 'github:r/annotations.txt', 'human:r/human.txt'];
    const run = verifyDemoInChild(work, ['--out', 'out', ...formats.flatMap((f) => ['--format', f])], { FORCE_COLOR: '1' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/\x1b\[/);
    expect(run.stdout.replace(/\x1b\[[0-9;]*m/g, '')).toContain('verdict FAIL — 1 of 4 blocking gates failing');
    const read = (f: string) => readFileSync(join(work, 'r', f), 'utf8');
    expect(JSON.parse(read('v.json'))).toEqual(JSON.parse(readFileSync(join(work, 'out/full_suite_verdict.json'), 'utf8')));
    expect(read('junit.xml')).toContain('<failure message="unclassified: ');
    expect(JSON.parse(read('gate.sarif')).runs[0].results[0].ruleId).toBe('suite_classification/unclassified');
    expect(JSON.parse(read('gl-code-quality.json'))[0]).toMatchObject({ severity: 'blocker', location: { path: 'fixtures/demo/benches/startup_latency.rs' } });
    expect(read('annotations.txt')).toMatch(/^::error file=fixtures\/demo\/benches\/startup_latency\.rs,title=/);
    expect(read('human.txt')).toContain('FAIL   bench_classification'); // a file never gets color
    expect(read('human.txt')).not.toMatch(/\x1b\[/);
  });

  it('one machine format on stdout is the whole stdout; two formats on stdout with a machine one are refused before anything runs', async () => {
    const work = demoCopy();
    const sarif = await verifyDemo(work, ['--format', 'sarif']);
    expect(sarif.status).toBe(1);
    expect(JSON.parse(sarif.stdout).version).toBe('2.1.0');
    const both = await verifyDemo(work, ['--out', 'never', '--format', 'sarif', '--format', 'json']);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('would all print on stdout');
    const typo = await verifyDemo(work, ['--out', 'never', '--format', 'junt:x.xml']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('unknown format "junt"; did you mean "junit"?');
    const noFile = await verifyDemo(work, ['--out', 'never', '--format', 'junit:']);
    expect(noFile.status).toBe(2);
    expect(existsSync(join(work, 'never'))).toBe(false);
  }, 90_000);

  it('never overwrites the run\'s own files', async () => {
    const work = demoCopy();
    const run = await verifyDemo(work, ['--out', 'out', '--format', 'junit:out/full_suite_verdict.json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('would overwrite out/full_suite_verdict.json');
    expect(JSON.parse(readFileSync(join(work, 'out/full_suite_verdict.json'), 'utf8')).schema).toBe('gate-engine.full_suite_verdict.v1');
  });

  it('a reporter file that cannot be written is exit 2 that says the verdict files landed (they did), never that nothing was written', async () => {
    const work = demoCopy();
    mkdirSync(join(work, 'taken.xml'));
    const run = await verifyDemo(work, ['--out', 'out', '--format', 'junit:taken.xml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cannot write the report');
    expect(run.stderr).toContain('the verdict files were written');
    expect(run.stderr).not.toContain('no output file was written');
    expect(JSON.parse(readFileSync(join(work, 'out/full_suite_verdict.json'), 'utf8')).schema).toBe('gate-engine.full_suite_verdict.v1');
  });

  it('reporters: in the config are used when --format is not given; their files stay inside the root', async () => {
    const work = demoCopy();
    const config = join(work, 'fixtures/demo/gate-engine.config.yaml');
    const original = readFileSync(config, 'utf8');
    writeFileSync(config, `${original.replace('version: 1\n', 'version: 1\nreporters: [human, "junit:reports/junit.xml"]\n')}`);
    const run = await verifyDemo(work, []);
    expect(run.status).toBe(1);
    expect(readFileSync(join(work, 'fixtures/demo/reports/junit.xml'), 'utf8')).toContain('<testsuites name="gate-engine"');
    writeFileSync(config, `${original.replace('version: 1\n', 'version: 1\nreporters: ["junit:../escaped.xml"]\n')}`);
    const escape = await verifyDemo(work, []);
    expect(escape.status).toBe(2);
    expect(escape.stderr).toContain('/reporters/0');
    expect(existsSync(join(work, 'fixtures/escaped.xml'))).toBe(false);
    writeFileSync(config, `${original.replace('version: 1\n', 'version: 1\nreporters: [xml]\n')}`);
    const bad = await verifyDemo(work, []);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('/reporters/0');
  }, 90_000);
});

describe('switches', () => {
  /** The demo with its only blocking failure fixed and the non-blocking evidence bundle failing: a warn verdict. */
  function warnDemo(): string {
    const work = demoCopy();
    writeTree(join(work, 'fixtures/demo'), { 'tests/evidence_bundle/index.json': { schema: 'pi.evidence.bundle_index.v1', summary: { verdict: 'incomplete', artifacts: 14 } } });
    return work;
  }

  it('--fail-on warn turns a warning verdict into exit 1; default and --fail-on fail keep exit 0; a bad value is exit 2', async () => {
    const work = warnDemo();
    const gates = ['--gate', 'suite_classification,evidence_bundle', '--out', 'out'];
    expect((await verifyDemo(work, gates)).status).toBe(0);
    expect((await verifyDemo(work, [...gates, '--fail-on', 'fail'])).status).toBe(0);
    const strict = await verifyDemo(work, [...gates, '--fail-on', 'warn']);
    expect(strict.status).toBe(1);
    // A --gate run is partial: its own verdict is incomplete, and --fail-on warn judges the gates that ran (warn).
    expect(strict.stdout).toContain('PARTIAL run');
    expect(strict.stdout).toContain('gates that ran: warn');
    const bad = await verifyDemo(work, [...gates, '--fail-on', 'error']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--fail-on is "error"');
  }, 90_000);

  it('--quiet prints what needs attention and the verdict; --verbose adds every finding; both at once is exit 2', async () => {
    const work = demoCopy();
    const quiet = await verifyDemo(work, ['--quiet', '--out', 'out']);
    expect(quiet.status).toBe(1);
    expect(quiet.stdout).toBe(
      'FAIL bench_classification [unclassified]: 1 failing check: benches/startup_latency.rs is not listed in any suite of benches/suite_classification.toml\nverdict FAIL — 4/5 gates passed, blocking 3/4\n',
    );
    const verbose = await verifyDemo(work, ['--verbose', '--out', 'out']);
    expect(verbose.stdout).toContain('findings:');
    expect(verbose.stdout).toContain('  - fixtures/demo/benches/startup_latency.rs [unclassified] benches/startup_latency.rs is not listed');
    expect(verbose.stdout).toContain('      expected: listed in exactly one [suite.*] files list');
    expect(verbose.stdout).toContain('unclassified: a test file is not listed in any suite');
    expect((await verifyDemo(work, ['--quiet', '--verbose'])).status).toBe(2);
  });

  it('color: --color/--no-color, then FORCE_COLOR (over NO_COLOR), then NO_COLOR', async () => {
    const work = await recordedDemo();
    const ansi = /\x1b\[/;
    const run = (args: string[], env: NodeJS.ProcessEnv) => cli(work, ['report', 'out/full_suite_verdict.json', '--quiet', ...args], { NO_COLOR: undefined, ...env });
    expect((await run([], {})).stdout).not.toMatch(ansi); // a pipe is not a terminal
    expect((await run(['--color'], { NO_COLOR: '1' })).stdout).toMatch(ansi);
    expect((await run([], { FORCE_COLOR: '1', NO_COLOR: '1' })).stdout).toMatch(ansi);
    expect((await run([], { FORCE_COLOR: '0' })).stdout).not.toMatch(ansi);
    expect((await run(['--no-color'], { FORCE_COLOR: '1' })).stdout).not.toMatch(ansi);
    expect((await run(['--color', '--no-color'], {})).status).toBe(2);
  }, 90_000);

  it('--json: an error that ends in exit 2 is also a JSON object on stdout', async () => {
    const work = demoCopy();
    const run = cliInChild(work, ['verify', '--root', 'nowhere', '--json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('gate-engine: error: root nowhere is not a directory');
    expect(JSON.parse(run.stdout)).toEqual({ error: { code: 'usage', message: 'root nowhere is not a directory', fix: 'pass --root <directory holding the repository and its evidence>', exit_code: 2 } });
    const config = await cli(work, ['verify', '--root', 'fixtures', '--json']);
    expect(JSON.parse(config.stdout).error).toMatchObject({ code: 'config_missing', exit_code: 2 });
    expect(JSON.parse((await cli(work, ['verfy', '--json'])).stdout).error).toMatchObject({ code: 'usage', message: 'unknown command "verfy"', exit_code: 2 });
    // Without --json, stdout stays empty.
    expect((await cli(work, ['verify', '--root', 'nowhere'])).stdout).toBe('');
  }, 90_000);
});

describe('gate-engine report', () => {
  it('re-renders a recorded verdict in every format, with the verdict\'s exit code', async () => {
    const work = await recordedDemo();
    const verdict = 'out/full_suite_verdict.json';
    const human = await cli(work, ['report', verdict]);
    expect(human.status).toBe(1);
    expect(human.stdout).toContain('FAIL   bench_classification');
    const all = await cli(work, ['report', verdict, ...['json:r/v.json', 'junit:r/j.xml', 'sarif:r/s.sarif', 'gitlab:r/gl.json', 'github'].flatMap((f) => ['--format', f])]);
    expect(all.status).toBe(1);
    expect(all.stdout).toContain('::error file=fixtures/demo/benches/startup_latency.rs,');
    const read = (f: string) => readFileSync(join(work, 'r', f), 'utf8');
    expect(JSON.parse(read('v.json'))).toEqual(JSON.parse(readFileSync(join(work, verdict), 'utf8')));
    expect(read('j.xml')).toContain('<testcase name="bench_classification"');
    expect(JSON.parse(read('s.sarif')).version).toBe('2.1.0');
    expect(JSON.parse(read('gl.json'))).toHaveLength(1);
    const sarif = await cli(work, ['report', verdict, '--format', 'sarif']);
    expect(JSON.parse(sarif.stdout).runs[0].results).toHaveLength(1);
  }, 90_000);

  it('refuses a file that is not a verdict exactly as written, and never overwrites the verdict it reads', async () => {
    const work = await recordedDemo();
    writeFileSync(join(work, 'forged.json'), '{"schema":"gate-engine.full_suite_verdict.v1","verdict":"pass"}');
    const forged = await cli(work, ['report', 'forged.json', '--json']);
    expect(forged.status).toBe(2);
    expect(JSON.parse(forged.stdout).error.code).toBe('verdict_invalid');
    expect((await cli(work, ['report', 'missing.json'])).stderr).toContain('verdict missing.json does not exist');
    const clobber = await cli(work, ['report', 'out/full_suite_verdict.json', '--format', 'junit:out/full_suite_verdict.json']);
    expect(clobber.status).toBe(2);
    expect(JSON.parse(readFileSync(join(work, 'out/full_suite_verdict.json'), 'utf8')).verdict).toBe('fail');
    expect((await cli(work, ['report'])).status).toBe(2);
    // Edited to say pass while a blocking gate failed: refused, not rendered as a pass.
    const recorded = JSON.parse(readFileSync(join(work, 'out/full_suite_verdict.json'), 'utf8'));
    writeFileSync(join(work, 'edited.json'), JSON.stringify({ ...recorded, verdict: 'pass' }));
    const edited = await cli(work, ['report', 'edited.json', '--format', 'junit']);
    expect(edited.status).toBe(2);
    expect(edited.stderr).toContain('is inconsistent (edited after gate-engine wrote it?)');
    expect(edited.stderr).toContain('/verdict');
    expect(edited.stdout).toBe('');
    // Under GitHub Actions an error quoting a hostile name cannot issue a workflow command.
    const hostile = await cli(work, ['report', 'x\n::error file=a.rs::pwned\n.json'], { GITHUB_ACTIONS: 'true' });
    expect(hostile.status).toBe(2);
    expect(hostile.stderr).toContain('pwned');
    expect(runnerCommands(hostile.stderr)).toEqual([]);
  }, 90_000);
});

describe('GitHub Actions', () => {
  it('the demo under GITHUB_ACTIONS=true: escaped annotations, commands fenced off in the human output, the summary appended', async () => {
    const work = demoCopy();
    const summary = join(work, 'step_summary.md');
    writeFileSync(summary, '# earlier step output\n');
    const run = await verifyDemo(work, ['--out', 'out'], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary, GITHUB_WORKSPACE: work });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(runnerCommands(run.stdout)).toEqual([
      '::error file=fixtures/demo/benches/startup_latency.rs,title=gate-engine%3A bench_classification FAIL (blocking) — unclassified::benches/startup_latency.rs is not listed in any suite of benches/suite_classification.toml%0Aexpected: listed in exactly one [suite.*] files list%0Aactual: listed in none%0Afix: add "startup_latency" to the files of the suite it belongs to in benches/suite_classification.toml%0Aunclassified: a test file is not listed in any suite%0Areproduce: npx gate-engine verify --root fixtures/demo --gate bench_classification',
      expect.stringMatching(/^::error title=gate-engine verdict FAIL::4 passed, 1 failed, 0 warned, 0 skipped, 0 waived; blocking 3\/4 \(run ge-/),
    ]);
    expect(run.stdout).toContain('verdict FAIL — 1 of 4 blocking gates failing');
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('# earlier step output\n# Full-Suite CI Gate Report\n')).toBe(true);
    expect(text).toContain('| Benchmark classification guard | bd-3ar8v.6.11 | YES | FAIL | `unclassified` |');
    expect(text).toContain('npx gate-engine verify --root fixtures/demo --gate bench_classification');
    // --format chooses exactly the reporters: no automatic annotations.
    const told = await verifyDemo(work, ['--out', 'out', '--format', 'human'], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
    expect(runnerCommands(told.stdout)).toEqual([]);
  });

  it('a file name crafted as workflow commands stays data: no command but ours reaches the runner', async () => {
    const work = demoCopy();
    const evil = 'x%0A,y:z\n::error file=README.md::pwned\n##[error]old.rs';
    writeTree(join(work, 'fixtures/demo'), { [`benches/${evil}`]: '// bench\n' });
    const summary = join(work, 'summary.md');
    const run = await verifyDemo(work, ['--out', 'out', '--verbose'], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary, GITHUB_WORKSPACE: work });
    expect(run.status).toBe(1);
    const commands = runnerCommands(run.stdout);
    expect(commands.every((c) => /^::(error|warning|notice) /.test(c))).toBe(true);
    expect(commands.some((c) => c.includes('pwned') && c.startsWith('::error file=README.md'))).toBe(false);
    const hostile = commands.find((c) => c.includes('pwned'));
    expect(hostile).toContain('file=fixtures/demo/benches/x%250A%2Cy%3Az%0A%3A%3Aerror file=README.md%3A%3Apwned%0A##[error]old.rs,');
    expect(existsSync(summary)).toBe(true);
  });
});
