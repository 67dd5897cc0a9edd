/**
 * Config strings that carry no content (src/config/content.ts): placeholders, blank and template
 * values in `allowed`-style lists and other config strings are config errors (exit 2) naming the
 * file, the key path and the fix — never a gate that passes on a value nobody filled in.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { configContentProblems } from '../../src/config/content.js';
import { loadConfig } from '../../src/config/load.js';
import { PRESETS } from '../../src/config/presets.js';
import { EngineError } from '../../src/core/errors.js';
import { gateTypeRegistry } from '../../src/verify.js';
import { runCli } from '../helpers/cli.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);
const gateTypes = gateTypeRegistry();

async function failure(config: string): Promise<EngineError> {
  const root = workspace({ 'gate-engine.config.yaml': config });
  const e = await loadConfig({ root, cwd: root, gateTypes }).then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(EngineError);
  expect((e as EngineError).exitCode).toBe(2);
  expect((e as EngineError).code).toBe('config_invalid');
  return e as EngineError;
}

const status = (allowed: unknown[], extra: Record<string, unknown> = {}) =>
  configYaml([{ id: 's', type: 'artifact_status', options: { path: 'r.json', pointer: '/status', allowed, ...extra } }]);

describe('config content: values evidence is compared against must carry content', () => {
  it.each([
    ['TODO', 'placeholder'],
    ['${STATUS}', 'unexpanded ${…} variable'],
    ['', 'an empty string'],
    ['\u200b\u2060', 'blank'],
    ['N/A', 'placeholder'],
    [null, 'null'],
    [{}, 'empty object'],
    [[], 'empty array'],
    [{ a: null }, '/a is null'],
  ])('allowed: ["pass", %j] is refused (%s)', async (bad, why) => {
    const e = await failure(status(['pass', bad]));
    expect(e.message).toContain('gate-engine.config.yaml');
    expect(e.message).toMatch(/\/gates\/0\/options\/allowed\/1 \(line \d+, column \d+\): /);
    expect(e.message).toContain(why);
    expect(e.fix).toContain('edit gate-engine.config.yaml');
  });

  it('a where value, a schema_id, a gate id, bead or need that is a placeholder is refused', async () => {
    const e = await failure(
      configYaml([
        { id: 'todo', type: 'artifact_status', bead: '<bead-id>', options: { path: 'r.json', pointer: '/s', allowed: ['ok'], array: '/rows', where: { name: 'none' }, schema_id: '{{ schema }}' } },
        { id: 'b', type: 'artifact_present', needs: ['tbd'], options: { path: 'r.json' } },
      ]),
    );
    for (const at of ['/gates/0/id', '/gates/0/bead', '/gates/0/options/where/name', '/gates/0/options/schema_id', '/gates/1/needs/0']) expect(e.message).toContain(at);
  });

  it('any other config string that is blank or an unexpanded template is refused (paths, globs, output dir, waiver sources, reporters)', async () => {
    const e = await failure(
      configYaml([{ id: 'p', type: 'artifact_present', options: { glob: 'reports/${RUN}/*.json' } }], {
        output: { dir: '\u3000' },
        waivers: { sources: ['%WAIVERS%'] },
        reporters: ['junit:$OUT_FILE'],
      }),
    );
    for (const at of ['/gates/0/options/glob', '/output/dir', '/waivers/sources/0', '/reporters/0']) expect(e.message).toContain(at);
  });

  it('shell and prose fields are left alone: a command expands its own variables', async () => {
    const root = workspace({
      'gate-engine.config.yaml': configYaml([
        { id: 'c', type: 'command', title: 'Check <thing>', reproduce: 'make check ARGS=$ARGS', remediation: ['set ${X}'], options: { run: 'echo "$HOME" ${USER}', shell: true, env: { A: '${B}' } } },
        { id: 'l', type: 'artifact_lineage', options: { artifacts: ['a.json', 'b.json'], placeholder_words: ['TODO'] } },
        { id: 's', type: 'artifact_status', options: { path: 'r.json', pointer: '', allowed: ['pass', 0, false, 'none-found'] } },
      ]),
    });
    const config = await loadConfig({ root, cwd: root, gateTypes });
    expect(config.gates.map((g) => g.id)).toEqual(['c', 'l', 's']);
  });

  it('every shipped preset is free of content problems', () => {
    for (const [name, preset] of Object.entries(PRESETS)) expect(configContentProblems(preset), name).toEqual([]);
  });

  it('property: an allowed list holding any hollow value is refused', () => {
    const hollow = fc.constantFrom<unknown>(null, '', ' ', '\u200b', 'TODO', 'tbd', 'Unknown', '${X}', '{{x}}', '%X%', '<status>', [], {}, [null], { a: '' });
    fc.assert(
      fc.property(fc.array(fc.constantFrom<unknown>('pass', 'ok', 0, true), { maxLength: 3 }), hollow, fc.nat(), (good, bad, at) => {
        const allowed = [...good];
        allowed.splice(at % (good.length + 1), 0, bad);
        const problems = configContentProblems({ version: 1, gates: [{ type: 'artifact_status', options: { allowed } }] });
        return problems.some((p) => p.pointer === `/gates/0/options/allowed/${at % (good.length + 1)}`);
      }),
      { numRuns: 300 },
    );
  });
});

describe('config content: the CLI', () => {
  it('verify with a placeholder in allowed ends with exit 2 and a message naming file, key and fix', () => {
    const root = workspace({ 'gate-engine.config.yaml': status(['pass', 'TODO']), 'r.json': '{"status":"TODO"}' });
    const run = runCli(['verify', '--root', root], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('gate-engine.config.yaml');
    expect(run.stderr).toContain('/gates/0/options/allowed/1');
    expect(run.stderr).toContain('placeholder');
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});

describe('max_age: a bound longer than 400 days bounds nothing', () => {
  it.each(['100000w', '401d', '58w', '9999999999999999999999d'])('max_age %s is a config error naming the key and the cap', async (maxAge) => {
    const e = await failure(configYaml([{ id: 'p', type: 'artifact_present', options: { path: 'r.json', max_age: maxAge } }]));
    expect(e.message).toMatch(/\/gates\/0\/options\/max_age \(line \d+, column \d+\): max_age .* is longer than 400 days/);
  });

  it.each(['100000w', '401d'])('max_run_length %s is a config error too: it would let a re-stamped end beside any old start pass', async (length) => {
    const e = await failure(configYaml([{ id: 'p', type: 'artifact_status', options: { path: 'r.json', pointer: '/status', allowed: ['pass'], max_age: '7d', max_run_length: length } }]));
    expect(e.message).toMatch(/\/gates\/0\/options\/max_run_length \(line \d+, column \d+\): max_run_length .* is longer than 400 days/);
  });

  it('400d is the longest accepted bound', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'p', type: 'artifact_present', options: { path: 'r.json', max_age: '400d' } }]) });
    await expect(loadConfig({ root, cwd: root, gateTypes })).resolves.toBeDefined();
  });

  it('a reader asked for a bound above the cap (a custom gate) still reports the age as unbounded', async () => {
    const { createReader } = await import('../../src/artifacts/reader.js');
    const root = workspace({ 'r.json': '{"generated_at":"2026-03-01T00:00:00Z","ok":true}' });
    const notes: unknown[] = [];
    const reader = createReader(root, new Date('2026-03-10T00:00:00Z'), () => {}, undefined, undefined, (n) => notes.push(n));
    await reader.document('r.json', { maxAge: '100000w' });
    await reader.document('r.json', { maxAge: '10d' });
    expect(notes).toEqual([
      { kind: 'unbounded', path: 'r.json', pointer: '/generated_at', value: '2026-03-01T00:00:00Z', maxAge: '100000w' },
      // A bounded read also says when the document's run had produced it by (its generated_at here), which the run
      // compares with the start of the command that declared it written.
      { kind: 'bounded', path: 'r.json', end: { at: Date.parse('2026-03-01T00:00:00Z'), pointer: '/generated_at', value: '2026-03-01T00:00:00Z' } },
    ]);
  });
});
