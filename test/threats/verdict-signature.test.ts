/**
 * Signed verdicts: a verdict forged with care (a failing check rewritten as passing, everything refolded) is
 * self-consistent, so only a signature from a key the forger lacks tells it apart. With GATE_ENGINE_SIGNING_KEY,
 * verify and merge sign; check refuses unsigned or altered verdicts — through the real CLI on real git checkouts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describeChecks } from '../../src/core/fold.js';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { signatureProblem, signVerdict } from '../../src/core/signature.js';
import type { Verdict } from '../../src/core/types.js';
import { runCli, runCliInProcess as cli } from '../helpers/cli.js';
import { writeForged } from '../helpers/forge.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';
import { commitAll } from '../helpers/git-repo.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';
const LATER = '2026-03-10T13:00:00Z';
const KEY = 'k'.repeat(20) + '-a-ci-secret-of-40-chars';
const OTHER_KEY = 'o'.repeat(20) + '-another-secret-40-chars';
const signed = { GATE_ENGINE_SIGNING_KEY: KEY };
const status = (id: string) => ({ id, type: 'artifact_status', options: { path: `${id}.json`, pointer: '/status', allowed: ['pass'] } });

function repo(b: 'pass' | 'fail' = 'pass') {
  const root = workspace({
    'gate-engine.config.yaml': configYaml([status('a'), status('b')] as never[]),
    'a.json': { status: 'pass' },
    'b.json': { status: b },
    '.gitignore': 'gate-engine-out\n.gate-engine-out.runs/\ns1\ns2\nmerged\n.s1.runs/\n.s2.runs/\n.merged.runs/\n',
  });
  commitAll(root);
  return root;
}

/** A command run through the CLI: in a child process (the binary), or the CLI's own entry in this process. */
type Runner = typeof cli;
const inChild: Runner = async (args, options) => runCli(args, options);

// The key reaches every command through its environment argument (io.env): signing is the same in this process as in
// a child, and only the test of the CLI's refusal of a short key runs the binary.
const verifyBy = (run: Runner) => (root: string, env: Record<string, string>, ...args: string[]) => run(['verify', '--root', root, '--now', NOW, ...args], { cwd: root, env });
const verifyIn = verifyBy(cli);
const verifyInChild = verifyBy(inChild);

async function check(root: string, verdict: string, env: Record<string, string> = signed) {
  const run = await cli(['check', verdict, '--root', root, '--now', LATER, '--json'], { cwd: root, env });
  expect(run.stderr).toBe('');
  const out = JSON.parse(run.stdout) as { reasons: { code: string }[] };
  return { status: run.status, codes: out.reasons.map((r) => r.code) };
}

const verdictPath = (root: string, dir = 'gate-engine-out') => join(root, dir, 'full_suite_verdict.json');
const readVerdict = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Verdict;

/** The forger's best: gate b's failing check rewritten as a pass, statuses and summary refolded. */
function forgeCarefully(v: Verdict): string {
  const b = v.gates.find((g) => g.id === 'b');
  if (b === undefined) throw new Error('fixture');
  b.checks = b.checks.map((c) => ({ id: c.id, status: 'pass', code: 'ok', message: c.message }));
  b.raw_status = 'pass';
  b.status = 'pass';
  delete b.reason;
  // The detail its new checks give (readers re-derive it), worded by the engine's own function.
  b.detail = describeChecks('pass', b.checks, undefined);
  return writeForged(v, { refold: true });
}

// Each test runs three to six CLI commands in a git repository: on a loaded 2-core CI box that outlasts 30 s.
describe('signed verdicts', { timeout: 120_000 }, () => {
  it('verify signs with the key; check with the same key promotes a sound signed verdict (exit 0)', async () => {
    const root = repo();
    expect((await verifyIn(root, signed)).status).toBe(0);
    const v = readVerdict(verdictPath(root));
    expect(v.signature).toMatchObject({ algorithm: 'hmac-sha256', key_id: expect.stringMatching(/^[0-9a-f]{16}$/), value: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await check(root, verdictPath(root))).toEqual({ status: 0, codes: [] });
  });

  it('a carefully forged verdict (failing check rewritten, refolded) keeps its old signature: signature_mismatch, exit 1', async () => {
    const root = repo('fail');
    expect((await verifyIn(root, signed)).status).toBe(1);
    const forged = forgeCarefully(readVerdict(verdictPath(root)));
    expect(await check(root, forged)).toEqual({ status: 1, codes: ['signature_mismatch'] });
    // Without the key the same file is self-consistent: nothing short of a re-run or a signature tells it apart.
    expect(await check(root, forged, { GATE_ENGINE_SIGNING_KEY: '' })).toEqual({ status: 0, codes: [] });
  });

  it('the signature removed: unsigned, exit 1; signed with another key: signature_mismatch', async () => {
    const root = repo();
    expect((await verifyIn(root, signed)).status).toBe(0);
    const v = readVerdict(verdictPath(root));
    delete v.signature;
    const stripped = join(tempDir(), 'stripped.json');
    writeFileSync(stripped, JSON.stringify(v, null, 2));
    expect(await check(root, stripped)).toEqual({ status: 1, codes: ['unsigned'] });
    expect(await check(root, verdictPath(root), { GATE_ENGINE_SIGNING_KEY: OTHER_KEY })).toEqual({ status: 1, codes: ['signature_mismatch'] });
  });

  it('a forger who re-signs without the key cannot: any signature value but the real one mismatches', async () => {
    const root = repo('fail');
    expect((await verifyIn(root, signed)).status).toBe(1);
    const v = readVerdict(verdictPath(root));
    const forged = readVerdict(forgeCarefully(v));
    forged.signature = signVerdict(forged, OTHER_KEY);
    forged.signature.key_id = (v.signature as NonNullable<Verdict['signature']>).key_id;
    expect(signatureProblem(forged, KEY)?.code).toBe('signature_mismatch');
  });

  it('reformatting a signed verdict (key order, whitespace) keeps it valid: the signature covers canonical JSON', async () => {
    const root = repo();
    expect((await verifyIn(root, signed)).status).toBe(0);
    const v = readVerdict(verdictPath(root));
    const reordered = Object.fromEntries(Object.entries(v).reverse()) as unknown as Verdict;
    expect(signatureProblem(reordered, KEY)).toBeUndefined();
  });

  it('a key shorter than 32 characters is exit 2 for verify and check, naming the variable and the fix', async () => {
    const root = repo();
    const run = await verifyInChild(root, { GATE_ENGINE_SIGNING_KEY: 'short' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('GATE_ENGINE_SIGNING_KEY holds 5 characters');
    expect(run.stderr).toContain('openssl rand -hex 32');
    const c = runCli(['check', verdictPath(root), '--root', root], { cwd: root, env: { GATE_ENGINE_SIGNING_KEY: 'short' } });
    expect(c.status).toBe(2);
  });

  it('merge: with the key each shard must be validly signed (exit 2 otherwise) and the merged verdict is signed', async () => {
    const root = repo();
    expect((await verifyIn(root, signed, '--shard', '1/2', '--run-id', 'ci-1', '--out', 's1')).status).toBe(0);
    expect((await verifyIn(root, signed, '--shard', '2/2', '--run-id', 'ci-1', '--out', 's2')).status).toBe(0);
    const merge = (env: Record<string, string>) => cli(['merge', verdictPath(root, 's1'), verdictPath(root, 's2'), '--out', 'merged', '--now', NOW], { cwd: root, env });
    expect((await merge(signed)).status).toBe(0);
    expect(await check(root, verdictPath(root, 'merged'))).toEqual({ status: 0, codes: [] });
    // A field no status is derived from, edited in a copy (in place, the run's replay bundle beside it would tell).
    const shard = readVerdict(verdictPath(root, 's2'));
    shard.gates[0]!.duration_ms += 1;
    mkdirSync(join(root, 's3'));
    writeFileSync(verdictPath(root, 's3'), JSON.stringify(shard, null, 2));
    const refused = await cli(['merge', verdictPath(root, 's1'), verdictPath(root, 's3'), '--out', 'merged', '--now', NOW], { cwd: root, env: signed });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('its signature does not match its content');
  });

  it('without a key nothing is signed and check does not ask for a signature (the default)', async () => {
    const root = repo();
    expect((await verifyIn(root, { GATE_ENGINE_SIGNING_KEY: '' })).status).toBe(0);
    expect(readVerdict(verdictPath(root)).signature).toBeUndefined();
    expect(await check(root, verdictPath(root), { GATE_ENGINE_SIGNING_KEY: '' })).toEqual({ status: 0, codes: [] });
  });
});
