/**
 * What the artifact_lineage scenarios cannot express: match_head against a real git checkout (the
 * scenario folders live inside this project's repository), the placeholder matcher on its own, and
 * option-schema rejections.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { digestFieldReason } from '../../gates/artifact-lineage/lineage.js';
import { placeholderReason, shaMatches, DEFAULT_PLACEHOLDER_WORDS } from '../../gates/artifact-lineage/index.js';
import { verify } from '../../src/verify.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace, writeTree } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';
const OTHER_SHA = '8e1b7d4c2a9f3e6b5d0c1a7f8e2b4d6c9a3f5e1b';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'gate', GIT_AUTHOR_EMAIL: 'gate@example.invalid', GIT_COMMITTER_NAME: 'gate', GIT_COMMITTER_EMAIL: 'gate@example.invalid' },
  }).trim();
}

/** A fresh git repository with one commit; returns its root and HEAD. */
function repository(files: Record<string, string | object>): { root: string; head: string } {
  const root = workspace(files);
  git(root, 'init', '--quiet');
  git(root, 'add', '-A');
  git(root, 'commit', '--quiet', '-m', 'evidence');
  return { root, head: git(root, 'rev-parse', 'HEAD') };
}

const lineageConfig = (options: Record<string, unknown>) => configYaml([{ id: 'lineage', type: 'artifact_lineage', options: { artifacts: ['a.json', 'b.json'], ...options } }]);
const artifact = (git_sha: string | undefined) => ({ run_id: 'ci-1', correlation_id: 'release-ci-1', ...(git_sha !== undefined ? { git_sha } : {}) });

async function runIn(root: string) {
  const { verdict } = await verify({ root, out: tempDir(), now: NOW });
  const gate = verdict.gates[0];
  return { gate, findings: gate?.checks.filter((c) => c.status !== 'pass') ?? [] };
}

describe('artifact_lineage: match_head', () => {
  it('passes when every artifact describes the checked-out commit (full or abbreviated, any case)', async () => {
    const { root, head } = repository({ 'gate-engine.config.yaml': lineageConfig({ match_head: true }) });
    writeTree(root, { 'a.json': artifact(head), 'b.json': artifact(head.slice(0, 9).toUpperCase()) });
    const { gate, findings } = await runIn(root);
    expect(findings).toEqual([]);
    expect(gate?.status).toBe('pass');
    expect(gate?.checks.find((c) => c.id === 'git_sha_matches_head')?.message).toBe(`2 artifacts describe the checked-out commit ${head}`);
  });

  it('fails with lineage naming the artifact, its SHA and HEAD when both artifacts agree on another commit', async () => {
    const { root, head } = repository({ 'gate-engine.config.yaml': lineageConfig({ match_head: true }) });
    writeTree(root, { 'a.json': artifact(OTHER_SHA), 'b.json': artifact(OTHER_SHA) });
    const { gate, findings } = await runIn(root);
    expect(gate).toMatchObject({ status: 'fail', reason: 'lineage' });
    expect(findings.map((f) => [f.id, f.code, f.path, f.pointer])).toEqual([
      ['git_sha_matches_head', 'lineage', 'a.json', '/git_sha'],
      ['git_sha_matches_head', 'lineage', 'b.json', '/git_sha'],
    ]);
    expect(findings[0]?.message).toBe(`a.json git_sha "${OTHER_SHA}" is not the checked-out commit HEAD ${head}`);
    expect(findings[0]).toMatchObject({ expected: head, actual: OTHER_SHA });
  });

  it('a new commit makes yesterday\'s evidence stale', async () => {
    const { root, head } = repository({ 'gate-engine.config.yaml': lineageConfig({ match_head: true }) });
    writeTree(root, { 'a.json': artifact(head), 'b.json': artifact(head) });
    expect((await runIn(root)).gate?.status).toBe('pass');
    git(root, 'add', '-A');
    git(root, 'commit', '--quiet', '-m', 'a change after the evidence was produced');
    const { gate, findings } = await runIn(root);
    expect(gate).toMatchObject({ status: 'fail', reason: 'lineage' });
    expect(findings).toHaveLength(2);
  });

  it('makes git_sha required: an artifact without one is missing_field', async () => {
    const { root, head } = repository({ 'gate-engine.config.yaml': lineageConfig({ match_head: true }) });
    writeTree(root, { 'a.json': artifact(head), 'b.json': artifact(undefined) });
    const { gate, findings } = await runIn(root);
    expect(gate).toMatchObject({ status: 'fail', reason: 'missing_field' });
    expect(findings.map((f) => [f.id, f.code, f.path])).toEqual([['lineage_fields_present', 'missing_field', 'b.json']]);
  });

  it('fails with lineage when the root is not a git repository: HEAD unknown is not HEAD matched', async () => {
    const root = workspace({ 'gate-engine.config.yaml': lineageConfig({ match_head: true }), 'a.json': artifact(OTHER_SHA), 'b.json': artifact(OTHER_SHA) });
    const { gate, findings } = await runIn(root);
    expect(gate).toMatchObject({ status: 'fail', reason: 'lineage' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ id: 'git_sha_matches_head', code: 'lineage' });
    expect(findings[0]?.message).toContain('cannot read the checked-out commit');
  });

  it('without match_head, HEAD is never consulted', async () => {
    const root = workspace({ 'gate-engine.config.yaml': lineageConfig({ require: ['run_id', 'git_sha'] }), 'a.json': artifact(OTHER_SHA), 'b.json': artifact(OTHER_SHA) });
    const { gate } = await runIn(root);
    expect(gate?.status).toBe('pass');
    expect(gate?.checks.some((c) => c.id === 'git_sha_matches_head')).toBe(false);
  });
});

describe('artifact_lineage: correlation_contains_run_id makes both ids required', () => {
  it('an artifact without a correlation_id fails even when require lists only run_id', async () => {
    const root = workspace({
      'gate-engine.config.yaml': lineageConfig({ require: ['run_id'], correlation_contains_run_id: true }),
      'a.json': { run_id: 'ci-1', correlation_id: 'release-ci-1' },
      'b.json': { run_id: 'ci-1' },
    });
    const { gate, findings } = await runIn(root);
    expect(gate).toMatchObject({ status: 'fail', reason: 'missing_field' });
    expect(findings.map((f) => [f.path, f.pointer])).toEqual([['b.json', '/correlation_id']]);
  });
});

describe('artifact_lineage: artifacts of different runs', () => {
  it('lineage names both values and how to fix it', async () => {
    const root = workspace({ 'gate-engine.config.yaml': lineageConfig({}), 'a.json': artifact(undefined), 'b.json': { ...artifact(undefined), run_id: 'ci-2', correlation_id: 'release-ci-2' } });
    const { gate, findings } = await runIn(root);
    expect(gate).toMatchObject({ status: 'fail', reason: 'lineage' });
    expect(findings[0]).toMatchObject({
      code: 'lineage',
      path: 'b.json',
      expected: 'ci-1',
      actual: 'ci-2',
      fix: 'regenerate b.json and a.json in the same CI run (or point the gate at the artifacts of one run): evidence from different runs proves nothing about this one',
    });
  });
});

describe('artifact_lineage: current_run_env ties the artifacts to the run being judged', () => {
  const run = async (env: Record<string, string>, b: object = artifact(undefined)) => {
    const root = workspace({ 'gate-engine.config.yaml': lineageConfig({ current_run_env: 'PI_RUN_ID' }), 'a.json': artifact(undefined), 'b.json': b });
    const { verdict } = await verify({ root, out: tempDir(), now: NOW, env });
    const gate = verdict.gates[0];
    return { gate, findings: gate?.checks.filter((c) => c.status !== 'pass') ?? [] };
  };

  it('passes when every correlation_id holds the current run id as a whole token', async () => {
    const { gate, findings } = await run({ PI_RUN_ID: 'ci-1' });
    expect(findings).toEqual([]);
    expect(gate?.status).toBe('pass');
    expect(gate?.checks.find((c) => c.id === 'current_run')?.message).toBe('the correlation_id of 2 artifacts contains the current run "ci-1" (PI_RUN_ID)');
  });

  it('fails lineage when the variable is unset, a placeholder, or another run (ci-12 is not the ci-1 of release-ci-1)', async () => {
    expect((await run({})).findings.map((f) => [f.code, f.message])).toEqual([['lineage', 'PI_RUN_ID is not set: the artifacts cannot be tied to the run being judged']]);
    expect((await run({ PI_RUN_ID: '${GITHUB_RUN_ID}' })).findings.map((f) => f.code)).toEqual(['lineage']);
    const other = await run({ PI_RUN_ID: 'ci-12' });
    expect(other.gate).toMatchObject({ status: 'fail', reason: 'lineage' });
    expect(other.findings.map((f) => [f.path, f.pointer])).toEqual([['a.json', '/correlation_id'], ['b.json', '/correlation_id']]);
  });

  it('makes correlation_id required', async () => {
    const { findings } = await run({ PI_RUN_ID: 'ci-1' }, { run_id: 'ci-1' });
    expect(findings.map((f) => [f.code, f.path, f.pointer])).toEqual([['missing_field', 'b.json', '/correlation_id']]);
  });
});

describe('artifact_lineage: placeholder_fields', () => {
  it('a placeholder leaf is a placeholder finding naming the value, what was expected and how to fix it', async () => {
    const root = workspace({
      'gate-engine.config.yaml': lineageConfig({ placeholder_fields: ['/artifacts'] }),
      'a.json': { ...artifact(undefined), artifacts: { sbom: 'sha256:TODO' } },
      'b.json': { ...artifact(undefined), artifacts: { sbom: 'sha256:9f2c4a1b7e05d38c6a91f4b2e7d03c58a16f9b4e2d7c05a38f1e6b9d24c7a05e' } },
    });
    const { gate, findings } = await runIn(root);
    expect(gate).toMatchObject({ status: 'fail', reason: 'placeholder' });
    expect(findings).toEqual([{
      id: 'no_placeholders',
      status: 'fail',
      code: 'placeholder',
      message: 'a.json /artifacts/sbom is a placeholder: "sha256:TODO" (the placeholder word "todo", after the algorithm prefix "sha256:")',
      path: 'a.json',
      pointer: '/artifacts/sbom',
      line: 5,
      column: 5,
      expected: 'real evidence, not a placeholder',
      actual: 'sha256:TODO',
      fix: 'produce the real value in the pipeline (a real digest, a real artifact URI, a real run id); a placeholder cannot stand in for evidence',
    }]);
  });
});

describe('placeholderReason', () => {
  const words = DEFAULT_PLACEHOLDER_WORDS;
  it.each([
    ['0000000000000000000000000000000000000000000000000000000000000000', 'an all-zero hash'],
    ['0x0000000', 'an all-zero hash'],
    ['sha256:0000000000000000', 'an all-zero hash'],
    ['xxxxxxxx', 'one character repeated 8 times'],
    ['--------------', 'one character repeated 14 times'],
    ['TODO', 'the placeholder word "todo"'],
    ['  todo  ', 'the placeholder word "todo"'],
    ['TODO: fill in', 'the placeholder word "todo"'],
    ['placeholder-run', 'the placeholder word "placeholder"'],
    ['run-dummy', 'an id whose own part is the placeholder "dummy"'],
    ['demo/placeholder-model.joblib', 'the placeholder word "placeholder"'],
    ['model_placeholder_v2', 'the placeholder word "placeholder"'],
    ['runDummy', 'the placeholder word "dummy"'],
    ['N/A', 'the placeholder word "n/a"'],
    ['status n/a here', 'the placeholder word "n/a"'],
    ['Unknown', 'the placeholder word "unknown"'],
    ['FIXME later', 'the placeholder word "fixme"'],
    ['changeme', 'the placeholder word "changeme"'],
    ['owner: TBD', 'the placeholder word "tbd"'],
    ['abc-xxx-def', 'the placeholder word "xxx"'],
  ])('%j is a placeholder (%s)', (value, why) => {
    expect(placeholderReason(value, words)).toBe(why);
  });

  it.each([
    'todos-service',
    'unknownness',
    'todos',
    'placeholders',
    'mtbda',
    'xxxl',
    'bin/app',
    'cn/ab',
    '3f9c2a7e5b1d4c8a9e0f6b2d7c1a5e8f4b3d2c1a',
    '100000000',
    '000000',
    'aaaaaaa',
    // Leading zeros in a real sha256 (of its 64 digits) are no all-zero stand-in.
    'sha256:00000001a2b3c4d5e6f79e41c07b52d8f3a6e1b04c97d2f58a3e6b1c0d94f27a',
    '20260216T041030Z',
    'bd-3ar8v.6.3-20260216T041030Z',
    'demo/seasonal_naive-model_8e1b7d4c2a9f.joblib',
    '',
  ])('%j is not a placeholder', (value) => {
    expect(placeholderReason(value, words)).toBeUndefined();
  });

  it('uses the configured words only', () => {
    expect(placeholderReason('sentinel', ['stub'])).toBeUndefined();
    // The engine's own placeholder words always apply; configured words come on top.
    expect(placeholderReason('TODO', ['stub'])).toBe('the placeholder word "todo"');
    expect(placeholderReason('a stub value', ['stub'])).toBe('the placeholder word "stub"');
    expect(placeholderReason('a.b value', ['a.b'])).toBe('the placeholder word "a.b"');
    expect(placeholderReason('axb value', ['a.b'])).toBeUndefined();
  });
});

describe('shaMatches', () => {
  it('matches equal SHAs ignoring case and abbreviations of the full one', () => {
    expect(shaMatches(OTHER_SHA, OTHER_SHA.toUpperCase())).toBe(true);
    expect(shaMatches(OTHER_SHA, OTHER_SHA.slice(0, 7))).toBe(true);
    expect(shaMatches(OTHER_SHA, `${OTHER_SHA.slice(0, 7)}0`)).toBe(false);
  });
});

describe('artifact_lineage: options', () => {
  const rejects = async (options: Record<string, unknown>, message: RegExp) => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([{ id: 'lineage', type: 'artifact_lineage', options }]) });
    await expect(verify({ root, out: tempDir(), now: NOW })).rejects.toThrow(message);
  };
  it('needs at least two artifacts', () => rejects({ artifacts: ['a.json'] }, /\/gates\/0\/options\/artifacts/));
  it('rejects the same path twice', () => rejects({ artifacts: ['a.json', 'a.json'] }, /\/gates\/0\/options\/artifacts/));
  it('rejects a field pointer that is not a JSON pointer', () => rejects({ artifacts: ['a.json', 'b.json'], fields: { run_id: 'run_id' } }, /\/gates\/0\/options\/fields\/run_id/));
  it('rejects an unknown lineage field', () => rejects({ artifacts: ['a.json', 'b.json'], fields: { build_id: '/build' } }, /unknown field "build_id"/));
  it('rejects an unknown required field', () => rejects({ artifacts: ['a.json', 'b.json'], require: ['build_id'] }, /\/gates\/0\/options\/require\/0/));
  it('rejects an empty require list (nothing would be proven)', () => rejects({ artifacts: ['a.json', 'b.json'], require: [] }, /\/gates\/0\/options\/require/));
  it('rejects a placeholder_fields entry that is not a JSON pointer', () => rejects({ artifacts: ['a.json', 'b.json'], placeholder_fields: ['artifacts'] }, /placeholder_fields\/0/));
});

describe('artifact_lineage: made-up commit SHAs (madeUpShaReason)', () => {
  it('a pattern repeated or the hex digits in order is made up; a hash is not', async () => {
    const { madeUpShaReason } = await import('../../gates/artifact-lineage/lineage.js');
    for (const sha of ['1111111', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'abcabcabcabc', 'deadbeefdeadbeef', '1234567', '0123456789abcdef0123456789abcdef01234567', 'fedcba9876543']) expect(madeUpShaReason(sha), sha).toMatch(/^a made-up commit SHA/);
    for (const sha of ['9f2c1e7', 'deadbeef5c1e2a4', 'e83c5163316f89bfbde7d9ab23ca2e25604af290', '1234568', 'not hex']) expect(madeUpShaReason(sha), sha).toBeUndefined();
  });
});

describe('digestFieldReason: a field named for a digest holds a digest, whatever words stand in for it (red team ct)', () => {
  it('hex inside words is a note holding a number, no digest (review, session 32)', () => {
    for (const [key, value] of [['/model_sha256', 'build 2026031012345678'], ['/sha256', 'pending 0123456789abcdef'], ['/hash', 'see run 1234567']] as const)
      expect(digestFieldReason(key, value), `${key} = ${value}`).toBeDefined();
    for (const [key, value] of [['/model_sha256', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'], ['/hash', '9fceb02'], ['/digest', '"e3b0c44298fc1c14"']] as const)
      expect(digestFieldReason(key, value), `${key} = ${value}`).toBeUndefined();
  });
  const KEYS = ['/evidence/model_sha256', '/digest', '/artifacts/0/contentDigest', '/checksum', '/x/sha512', '/md5', '/blob_digest'];
  it('words without a long run of digits, in any script, are no digest (property)', () => {
    const word = fc.stringMatching(/^[\p{L}]{1,12}$/u);
    fc.assert(
      fc.property(fc.constantFrom(...KEYS), fc.array(word, { minLength: 1, maxLength: 5 }), fc.constantFrom(' ', '-', '_', ': '), fc.option(fc.integer({ min: 0, max: 2100 }), { nil: undefined }), (key, words, sep, year) => {
        const value = [...words, ...(year === undefined ? [] : [String(year)])].join(sep);
        expect(digestFieldReason(key, value), `${key} = ${value}`).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });

  it('every real digest encoding is one (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KEYS), fc.uint8Array({ minLength: 16, maxLength: 64 }), fc.constantFrom('hex', 'HEX', 'base64', 'sri', 'prefixed', 'pairs'), (key, bytes, form) => {
        const hex = Buffer.from(bytes).toString('hex');
        const b64 = Buffer.from(bytes).toString('base64');
        const value = { hex, HEX: hex.toUpperCase(), base64: b64, sri: `sha256-${b64}`, prefixed: `sha256:${hex}`, pairs: hex.match(/../gu)?.join(':') ?? hex }[form];
        expect(digestFieldReason(key, value), `${key} = ${value}`).toBeUndefined();
      }),
      { numRuns: 300 },
    );
    expect(digestFieldReason('/a/digest', createHash('sha256').update('x').digest('hex'))).toBeUndefined();
  });

  it('a key about a digest (its algorithm, its file, its URL, whether it was checked) holds no digest; a hash or sha key may hold an abbreviated git object name', () => {
    for (const [key, value] of [['/digest_algorithm', 'see the spec'], ['/hash', 'sha256'], ['/checksum_file', 'SHA256SUMS'], ['/sha256_verified', 'yes'], ['/hash_url', 'https://x/SHA256SUMS'], ['/commit_hash', '5f9cc13'], ['/git_sha', '5f9cc13'], ['/scripts/pathological:update-hash', 'node support/track-ref-pathological.mjs --update'], ['/simpleMap/md5', 'blueimp-md5']] as const)
      expect(digestFieldReason(key, value), `${key} = ${value}`).toBeUndefined();
  });
});

describe('digestFieldReason: words and dates joined into one long run are no digest', () => {
  it.each(['pending-2026-03-10-build', 'PendingBuildComputedLater', 'awaiting_release_job_run_2026', 'TO-BE-COMPUTED-BY-CI-2026'])('%j', (value) => {
    expect(digestFieldReason('/model_sha256', value)).toBeDefined();
  });
});
