/**
 * Config and CLI edges (duplicate keys through YAML, ids repeated after preset merging, names every
 * JS object has, timer overflow, --now range, control characters), the same bytes on every machine,
 * and a clean stderr for the whole 13-gate preset. What Node itself would print (a TimeoutOverflowWarning, any
 * warning of a whole preset run) needs the binary in a child process; what the CLI decides and prints runs its own
 * entry in this process (the binary is a two-line wrapper around it).
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeTerminal } from '../../src/util/terminal.js';
import { verify } from '../../src/verify.js';
import { runCli, runCliInProcess as cli } from '../helpers/cli.js';
import { configYaml } from '../helpers/config.js';
import { REPO_ROOT, removeTempDirs, tempDir, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';
const refusal = (p: Promise<unknown>) => p.then(() => { throw new Error('accepted'); }, (e: unknown) => e as { code: string; exitCode: number; message: string });
const load = (yaml: string) => refusal(verify({ root: workspace({ 'gate-engine.config.yaml': yaml, 'a.json': { status: 'pass' } }), now: NOW, write: false }));

describe('config: keys and ids that collide are exit 2', () => {
  it('a key repeated through a YAML alias, a complex key, a key that becomes the same property', async () => {
    const alias = await load('version: 1\ngates:\n  - &k id: a\n    type: artifact_status\n    *k : b\n    options: { path: a.json, pointer: /status, allowed: [pass] }\n');
    expect(alias).toMatchObject({ code: 'config_invalid', exitCode: 2 });
    expect(alias.message).toContain('duplicate key "id" (after resolving aliases and converting keys to text)');
    expect((await load('version: 1\ngates: []\n? [a]\n: 1\n')).message).toContain('a mapping or sequence used as a key');
    expect((await load('version: 1\n1: a\n"1": b\ngates: []\n')).message).toContain('duplicate key "1"');
  });

  it('a gate id repeated after preset merging (two overrides of one preset gate)', async () => {
    const e = await load('version: 1\nextends: pi-agent-rust\ngates:\n  - id: waiver_lifecycle\n    type: waiver_lifecycle\n  - id: waiver_lifecycle\n    type: waiver_lifecycle\n');
    expect(e).toMatchObject({ code: 'config_invalid', exitCode: 2 });
    expect(e.message).toContain('gate id "waiver_lifecycle" is already used');
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('%s is not a preset', async (name) => {
    const e = await load(`version: 1\nextends: "${name}"\ngates: []\n`);
    expect(e).toMatchObject({ exitCode: 2 });
    expect(e.message).toContain(`unknown preset "${name}"`);
  });

  it('a timeout larger than a timer can hold is a config error, never 1 ms; zero too', async () => {
    const gate = (timeout: string) => `version: 1\ngates:\n  - id: a\n    type: artifact_status\n    timeout: ${timeout}\n    options: { path: a.json, pointer: /status, allowed: [pass] }\n`;
    expect((await load(gate('25d'))).message).toContain('longer than a timer can hold');
    expect((await load(gate('99999999999999999999s'))).message).toContain('longer than a timer can hold');
    expect((await load(gate('0s'))).message).toContain('is zero');
    expect((await load('version: 1\ndefaults: { timeout: 4000w }\ngates: []\n')).message).toContain('/defaults/timeout');
  });
});

describe('CLI edges: exit 2, a clear message, no warning', () => {
  it('names every JS object has are not commands or help topics', async () => {
    for (const args of [['constructor'], ['__proto__'], ['toString'], ['help', 'constructor'], ['help', 'toString'], ['help', '__proto__']]) {
      const run = await cli(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/unknown command|no help for/);
      expect(run.stderr).not.toMatch(/internal error|TypeError/);
    }
  });

  it('--now outside the years 0000–9999 (in UTC), --out "", and a timer-overflowing timeout', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'a', type: 'artifact_status', timeout: '30d', options: { path: 'a.json', pointer: '/status', allowed: ['pass'] } }]), 'a.json': { status: 'pass' } });
    for (const now of ['9999-12-31T23:59:59-01:00', '0000-01-01T00:00:00+01:00']) {
      const run = await cli(['verify', '--root', root, '--now', now]);
      expect(run.status, now).toBe(2);
      expect(run.stderr).toContain('outside the years 0000–9999');
    }
    let run = await cli(['verify', '--root', root, '--out', '']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--out is empty');
    // The binary: Node would print a TimeoutOverflowWarning on the process's own stderr.
    run = runCli(['verify', '--root', root, '--now', NOW]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('longer than a timer can hold');
    expect(run.stderr).not.toContain('TimeoutOverflowWarning');
  }, 60_000);

  it('terminal control characters in command output and file names are shown escaped, never sent raw', async () => {
    const root = workspace({
      'gate-engine.config.yaml': configYaml([
        { id: 'noisy', type: 'command', options: { shell: true, run: "printf 'boom\\033]0;pwned\\007\\033[2J\\r\\n' >&2; exit 1" } },
        { id: 'named', type: 'artifact_status', options: { path: 'evil\u001b[31m.json', pointer: '/status', allowed: ['pass'] } },
      ]),
    });
    const run = await cli(['verify', '--root', root, '--now', NOW]);
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(run.stdout).toContain('\\x1b]0;pwned\\x07');
    expect(run.stdout).toContain('evil\\x1b[31m.json');
    expect(escapeTerminal('a\u202eb\tc\nd\u009b')).toBe('a\\u202eb\tc\nd\\x9b');
  }, 60_000);
});

describe('same bytes on every machine', () => {
  it('two checkouts at different absolute paths, same inputs and --now: the same run id and verdict bytes', async () => {
    const [a, b] = [join(tempDir('ge-checkout-a-'), 'repo'), join(tempDir('ge-checkout-bb-'), 'nested', 'repo')];
    for (const dir of [a, b]) cpSync(join(REPO_ROOT, 'fixtures', 'demo'), dir, { recursive: true, filter: (src) => !src.includes('gate-engine-out') });
    for (const dir of [a, b]) expect((await cli(['verify', '--now', NOW], { cwd: dir })).status).toBe(1);
    const va = readFileSync(join(a, 'gate-engine-out', 'full_suite_verdict.json'));
    const vb = readFileSync(join(b, 'gate-engine-out', 'full_suite_verdict.json'));
    expect(JSON.parse(String(va)).run_id).toBe(JSON.parse(String(vb)).run_id);
    expect(String(va)).not.toContain(a);
    expect(va.equals(vb)).toBe(true);
  }, 60_000);
});

describe('a clean stderr', () => {
  it('the 13-gate preset (extends: pi-agent-rust) runs with an empty stderr: no Node warning of any kind', () => {
    const run = runCli(['verify', '--root', 'fixtures/reference-layout', '--out', tempDir(), '--now', NOW]);
    expect([0, 1]).toContain(run.status);
    expect(run.stdout.match(/^ {2}(PASS|FAIL|WARN|SKIP|WAIVED) /gm)).toHaveLength(13);
    expect(run.stderr).toBe('');
  }, 60_000);
});
