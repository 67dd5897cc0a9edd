/**
 * Red team tc: the content proof hashes only the root's subtree, but a run may read a config that lives outside the
 * root (`--root sub --config ../gate-engine.config.yaml`). An index whose entry holds the committed blob beside the
 * stat data of the edited config made `git status` call it clean, and the edited config was promoted.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/core/types.js';
import { runCli } from '../helpers/cli.js';
import { configYaml } from '../helpers/config.js';
import { gitRepo, statusGate } from '../helpers/git-repo.js';
import { removeTempDirs, tempDir } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';
const LATER = '2026-03-10T13:00:00Z';
const PATCH_INDEX = `const { createHash } = require('node:crypto'); const { execFileSync: x } = require('node:child_process'); const fs = require('node:fs');
const [index, path] = process.argv.slice(2); const git = (...a) => x('git', a, { encoding: 'utf8' }).trim();
const to = Buffer.from(git('rev-parse', 'HEAD:' + path), 'hex');
const body = fs.readFileSync(index).subarray(0, -20); const at = body.indexOf(Buffer.from([0, path.length, ...Buffer.from(path)])) - 20; if (at < 0) process.exit(3);
to.copy(body, at); fs.writeFileSync(index, Buffer.concat([body, createHash('sha1').update(body).digest()]));`;

describe('a config outside a subdirectory root, edited behind an index that holds its committed blob', () => {
  it('check from that checkout says config_mismatch (exit 1); the same layout as committed (sound look-alike) promotes', () => {
    const patch = join(tempDir(), 'patch-index.cjs');
    writeFileSync(patch, PATCH_INDEX);
    const files = { 'sub/a.json': { status: 'pass' }, 'sub/b.json': { status: 'fail' } };
    const bad = gitRepo(files, [statusGate('a'), statusGate('b')]);
    const sub = join(bad.root, 'sub');
    const verify = (root: string) => runCli(['verify', '--root', join(root, 'sub'), '--config', join(root, 'gate-engine.config.yaml'), '--now', NOW], { cwd: join(root, 'sub') });
    const dirtyOf = (root: string) => (JSON.parse(readFileSync(join(root, 'sub', 'gate-engine-out', 'full_suite_verdict.json'), 'utf8')) as Verdict).git?.dirty;
    writeFileSync(join(bad.root, 'gate-engine.config.yaml'), configYaml([statusGate('a')] as never[]));
    execFileSync('sh', ['-ec', `touch -d "1 minute ago" gate-engine.config.yaml; git add gate-engine.config.yaml; node "${patch}" "$(git rev-parse --git-path index)" gate-engine.config.yaml`], { cwd: bad.root });
    expect(execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: bad.root, encoding: 'utf8' })).toBe('');
    expect(verify(bad.root).status).toBe(0);
    const check = runCli(['check', join(sub, 'gate-engine-out', 'full_suite_verdict.json'), '--root', sub, '--config', join(bad.root, 'gate-engine.config.yaml'), '--now', LATER, '--json'], { cwd: sub });
    expect(check.status).toBe(1);
    expect((JSON.parse(check.stdout) as { reasons: { code: string }[] }).reasons.map((r) => r.code)).toContain('config_mismatch');
    const sound = gitRepo({ 'sub/a.json': { status: 'pass' }, 'sub/b.json': { status: 'pass' } }, [statusGate('a'), statusGate('b')]);
    expect(verify(sound.root).status).toBe(0);
    expect(dirtyOf(sound.root)).toBe(false);
    const ok = runCli(['check', join(sound.root, 'sub', 'gate-engine-out', 'full_suite_verdict.json'), '--root', join(sound.root, 'sub'), '--config', join(sound.root, 'gate-engine.config.yaml'), '--now', LATER, '--json'], { cwd: join(sound.root, 'sub') });
    expect(JSON.parse(ok.stdout).reasons).toEqual([]);
    expect(ok.status).toBe(0);
  }, 60_000);
});
