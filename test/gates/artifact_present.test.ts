/**
 * What the artifact_present scenarios cannot express: option-schema rejections (a config error,
 * not a verdict), symlinks, format detection, and the artifacts the verdict records.
 */
import { linkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { presentFormatOf } from '../../gates/artifact-present.js';
import { verify } from '../../src/verify.js';
import type { Verdict } from '../../src/core/types.js';
import { runCli } from '../helpers/cli.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';

async function run(options: Record<string, unknown>, files: Record<string, string | object> = {}) {
  const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'p', type: 'artifact_present', options }]), ...files });
  const result = await verify({ root, out: tempDir('ge-present-out-'), now: NOW });
  const gate = result.verdict.gates[0];
  if (gate === undefined) throw new Error('no gate in the verdict');
  return { ...result, gate, root };
}

describe('artifact_present: options', () => {
  const rejects = async (options: Record<string, unknown>, message: RegExp) => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'p', type: 'artifact_present', options }]) });
    await expect(verify({ root, out: tempDir(), now: NOW })).rejects.toThrow(message);
  };
  it('rejects neither path nor glob', () => rejects({}, /missing required field "path"/));
  it('rejects both path and glob', () => rejects({ path: 'a.json', glob: '*.json' }, /must match exactly one schema in oneOf/));
  it('rejects min_matches without glob', () => rejects({ path: 'a.json', min_matches: 2 }, /must have property glob when property min_matches is present/));
  it('rejects min_matches below 1', () => rejects({ glob: '*.json', min_matches: 0 }, /\/gates\/0\/options\/min_matches/));
  it('rejects an unknown format', () => rejects({ path: 'a.tsv', format: 'tsv' }, /\/gates\/0\/options\/format/));
  it('rejects a max_age that is not a duration', () => rejects({ path: 'a.json', max_age: 'a week' }, /\/gates\/0\/options\/max_age/));
  it('rejects a misspelt option', () => rejects({ path: 'a.json', max_ag: '7d' }, /unknown field "max_ag"; did you mean "max_age"\?/));
});

describe('artifact_present: format from the extension', () => {
  it.each([
    ['a/b.json', 'json'],
    ['a/b.JSON', 'json'],
    ['events.jsonl', 'jsonl'],
    ['events.ndjson', 'jsonl'],
    ['x.yml', 'yaml'],
    ['x.yaml', 'yaml'],
    ['Cargo.toml', 'toml'],
    ['report.md', 'text'],
    ['LICENSE', 'text'],
    ['dir.json/.hidden', 'text'],
    ['.json', 'text'],
    // The file a path opens decides: a trailing `/`, `/.` or `x/..` does not turn JSON into text.
    ['a/b.json/', 'json'],
    ['a/b.json/.', 'json'],
    ['a/b.json//', 'json'],
    ['a/b.json/x/..', 'json'],
    ['events.jsonl/', 'jsonl'],
    // Structured text the text reader checks.
    ['junit.xml', 'xml'],
    ['r/JUNIT.XML/', 'xml'],
    ['index.html', 'html'],
    ['index.htm', 'html'],
    ['bench.csv', 'csv'],
    ['settings.jsonc', 'jsonc'],
    ['thresholds.json5', 'json5'],
    ['page.xhtml', 'text'],
    // Other delimited tables share the table reader (session 45: a `.tsv` was text, so its header alone passed).
    ['table.tsv', 'csv'],
    ['genes.tab', 'csv'],
    ['results.psv', 'csv'],
    ['table.tsv.txt', 'text'],
  ])('%s is %s', (path, format) => expect(presentFormatOf(path)).toBe(format));
});

describe('artifact_present: evaluation', () => {
  it('checks XML whatever the name says: format xml on a .out, and format text never switches the check of a .xml off', async () => {
    const cut = '<testsuite name="core" tests="2"><testcase name="a"/><testc';
    for (const options of [{ path: 'surefire.out', format: 'xml' }, { path: 'junit.xml', format: 'text' }, { path: 'junit.xml' }]) {
      const { gate } = await run(options, { 'surefire.out': cut, 'junit.xml': cut });
      expect(gate.status, JSON.stringify(options)).toBe('fail');
      expect(gate.checks.map((c) => [c.code, c.message.split(': not')[0]])).toEqual([['malformed', `${options.path}:1:59`]]);
    }
    const { gate } = await run({ path: 'junit.xml', schema_id: 'x' }, { 'junit.xml': '<a/>' });
    expect(gate.reason).toBe('unsupported_option');
  });

  it('records every checked file in the verdict with its digest', async () => {
    const { gate } = await run({ glob: 'reports/*.json', min_matches: 2 }, { 'reports/a.json': { ok: 1 }, 'reports/b.json': { ok: 2 } });
    expect(gate.status).toBe('pass');
    expect(gate.artifact_path).toBe('reports/*.json');
    expect(gate.artifacts.map((a) => a.path)).toEqual(['reports/a.json', 'reports/b.json']);
    expect(gate.checks.map((c) => c.id)).toEqual(['matches', 'present', 'present']);
  });

  it('a symlink leaving the root is outside_root, never present', async () => {
    const outside = workspace({ 'secret.json': { ok: true } });
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'p', type: 'artifact_present', options: { path: 'linked.json' } }]) });
    symlinkSync(join(outside, 'secret.json'), join(root, 'linked.json'));
    const { verdict } = await verify({ root, out: tempDir(), now: NOW });
    expect(verdict.gates[0]?.reason).toBe('outside_root');
  });

  it('a glob never matches a directory, so a directory named like an artifact does not count', async () => {
    const { gate } = await run({ glob: 'reports/*.json' }, { 'reports/dir.json/inner.txt': 'x' });
    expect(gate.status).toBe('fail');
    expect(gate.reason).toBe('missing');
  });

  it('a glob leaving the root fails outside_root on the matches check', async () => {
    const { gate } = await run({ glob: '../*.json' });
    expect(gate.checks[0]).toMatchObject({ id: 'matches', status: 'fail', code: 'outside_root' });
  });

  it('schema_id on a JSONL artifact is unsupported_option, not ignored', async () => {
    const { gate } = await run({ path: 'events.jsonl', schema_id: 'x.v1' }, { 'events.jsonl': '{"a":1}\n' });
    expect(gate.reason).toBe('unsupported_option');
  });

  it('format: text accepts any non-blank UTF-8, even invalid JSON in a .json file', async () => {
    const { gate } = await run({ path: 'notes.json', format: 'text' }, { 'notes.json': 'not json at all\n' });
    expect(gate.status).toBe('pass');
    expect(gate.checks[0]?.message).toMatch(/16 bytes of UTF-8 text \(1 line\)/);
  });
});

describe('artifact_present: one file under several names is one match (through the CLI)', () => {
  /** Three platform reports a glob needs, the CLI's exit code and the matches check. */
  function platforms(link: boolean) {
    const root = workspace({
      'gate-engine.config.yaml': configYaml([{ id: 'reports', type: 'artifact_present', options: { glob: 'reports/*/platform_report.json', min_matches: 3 } }]),
      'reports/linux/platform_report.json': { platform: 'linux', passed: 412 },
      'reports/macos/platform_report.json': { platform: 'macos', passed: 410 },
      'reports/windows/.keep': '',
    });
    const windows = join(root, 'reports/windows/platform_report.json');
    if (link) linkSync(join(root, 'reports/linux/platform_report.json'), windows);
    else writeFileSync(windows, JSON.stringify({ platform: 'windows', passed: 409 }));
    const run = runCli(['verify', '--root', root, '--out', tempDir('ge-present-out-'), '--now', NOW, '--json'], { cwd: root });
    const verdict = JSON.parse(run.stdout) as Verdict;
    return { status: run.status, stderr: run.stderr, matches: verdict.gates[0]?.checks.find((c) => c.id === 'matches') };
  }

  it('a report hard-linked as a second platform\'s counts once: missing (exit 1)', () => {
    const run = platforms(true);
    expect(run).toMatchObject({ status: 1, stderr: '', matches: { status: 'fail', code: 'missing' } });
    expect(run.matches?.message).toContain('hard links to one file');
  }, 60_000);

  it('three distinct reports pass (exit 0)', () => {
    expect(platforms(false)).toMatchObject({ status: 0, stderr: '', matches: { status: 'pass', code: 'ok' } });
  }, 60_000);
});
