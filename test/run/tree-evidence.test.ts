/**
 * Files a gate judged as part of a scanned tree (more than TREE_THRESHOLD plain reads, recorded as one digest entry)
 * are evidence like any other: a later step of the run that rewrites one of them, or another gate that judged it as
 * other bytes, makes the gates that read it fail `stale` (red team hb).
 */
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/verify.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';
const N = 40;
const reports = (content: (i: number) => string) => Object.fromEntries(Array.from({ length: N }, (_, i) => [`reports/r${String(i).padStart(2, '0')}.txt`, content(i)]));
const present = { id: 'reports_present', type: 'artifact_present', options: { glob: 'reports/*.txt', min_matches: N } };
const command = (id: string, run: string) => ({ id, type: 'command', options: { run, shell: true } });
const outcome = (verdict: { gates: { id: string; status: string; reason?: string }[] }) => verdict.gates.map((g) => `${g.id}:${g.status}${g.reason ? `:${g.reason}` : ''}`);

describe('a scanned tree\'s files rewritten later in the run (red team hb)', () => {
  it('a tree reader declared before a command (no writes) that empties one of its files: stale (exit 1)', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([present, command('runner', ': > reports/r07.txt')] as never[]), ...reports((i) => `suite ${i}: ok\n`) });
    const { verdict, exitCode } = await verify({ root, out: tempDir(), now: NOW });
    expect(verdict.gates[0]?.artifacts.some((a) => a.kind === 'tree')).toBe(true);
    expect(outcome(verdict)).toEqual(['reports_present:fail:stale', 'runner:pass']);
    expect(verdict.gates[0]?.checks.find((c) => c.id === 'evidence_unchanged_during_run')).toMatchObject({ code: 'stale', path: 'reports/r07.txt' });
    expect(exitCode).toBe(1);
  });

  it('a tree reader beside a non-blocking command declaring other writes, which rewrote one of its files and failed: stale (exit 1)', async () => {
    const run = `const fs = require('node:fs'); fs.writeFileSync('reports/r07.txt', 'suite 7: ok\\n'); setTimeout(() => { fs.writeFileSync('summary.json', '{}'); process.exit(3); }, 300)`;
    const writer = { id: 'runner', type: 'command', blocking: false, writes: ['summary.json'], options: { run: ['node', '-e', run] } };
    const root = workspace({ 'gate-engine.config.yaml': configYaml([writer, present] as never[]), ...reports((i) => `suite ${i}: ok\n`) });
    const { verdict, exitCode } = await verify({ root, out: tempDir(), now: NOW });
    expect(outcome(verdict)).toEqual(['runner:fail:command_failed', 'reports_present:fail:stale']);
    expect(verdict.gates[1]?.checks.find((c) => c.code === 'stale')?.message).toContain('was written while gate runner ran');
    expect(exitCode).toBe(1);
  });

  it('a tree reader and a single-file reader of one file, rewritten between them by a command without writes: both stale', async () => {
    const single = { id: 'r07_present', type: 'artifact_present', options: { path: 'reports/r07.txt' } };
    const root = workspace({ 'gate-engine.config.yaml': configYaml([present, command('runner', "printf 'suite 7: rerun\\n' > reports/r07.txt"), single] as never[]), ...reports((i) => `suite ${i}: ok\n`) });
    const { verdict, exitCode } = await verify({ root, out: tempDir(), now: NOW });
    expect(outcome(verdict)).toEqual(['reports_present:fail:stale', 'runner:pass', 'r07_present:fail:stale']);
    expect(exitCode).toBe(1);
  });

  it('sound: a later command that rewrites the same bytes, or writes another file, leaves the tree reader passing', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([present, command('runner', "printf 'suite 7: ok\\n' > reports/r07.txt; printf x > other.txt")] as never[]), ...reports((i) => `suite ${i}: ok\n`) });
    const { verdict, exitCode } = await verify({ root, out: tempDir(), now: NOW });
    expect(outcome(verdict)).toEqual(['reports_present:pass', 'runner:pass']);
    expect(exitCode).toBe(0);
  });
});

describe('the preflight lane judges the files as the run leaves them too (red team hb)', () => {
  const reader = { id: 'early', type: 'artifact_status', options: { path: 'status.json', pointer: '/status', allowed: ['pass'] } };
  const rewrite = command('producer', `printf '{"status": "fail"}' > status.json`);

  it('a reader declared before a command (no writes) that rewrites its file: stale, the lane stops (exit 1)', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([reader, rewrite] as never[]), 'status.json': JSON.stringify({ status: 'pass' }) });
    const { verdict, exitCode } = await verify({ root, out: tempDir(), now: NOW, lane: 'preflight' });
    expect(outcome(verdict)).toEqual(['early:fail:stale', 'producer:pass']);
    expect(exitCode).toBe(1);
  });

  it('sound: the same bytes rewritten leave the lane passing', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([reader, command('producer', `printf '{"status":"pass"}' > status.json`)] as never[]), 'status.json': JSON.stringify({ status: 'pass' }) });
    const { verdict, exitCode } = await verify({ root, out: tempDir(), now: NOW, lane: 'preflight' });
    expect(outcome(verdict)).toEqual(['early:pass', 'producer:pass']);
    expect(exitCode).toBe(0);
  });
});

describe('a link a failed command re-pointed leads to a file it did not write (red team hb)', () => {
  const status = (id: string, path: string) => ({ id, type: 'artifact_status', options: { path, pointer: '/status', allowed: ['pass'] } });
  const failing = (run: string) => ({ id: 'runner', type: 'command', blocking: false, options: { run: `${run}; exit 3`, shell: true } });
  const files = { 'cache/status.json': JSON.stringify({ status: 'pass' }), 'runs/40/status.json': JSON.stringify({ status: 'fail' }), 'runs/41/status.json': JSON.stringify({ status: 'pass' }) };
  const linked = (root: string, target: string, name: string) => symlinkSync(target, join(root, name));

  it('the report\'s name re-pointed at a cached report saying pass: stale (exit 1)', async () => {
    const root = workspace({ ...files, 'gate-engine.config.yaml': configYaml([failing('ln -sfn ../cache/status.json reports/status.json'), status('conformance', 'reports/status.json')] as never[]), 'reports/status.json': JSON.stringify({ status: 'fail' }) });
    const { verdict, exitCode } = await verify({ root, out: tempDir(), now: NOW });
    expect(outcome(verdict)).toEqual(['runner:fail:command_failed', 'conformance:fail:stale']);
    expect(exitCode).toBe(1);
  });

  it('a directory link (latest -> runs/40) re-pointed at an earlier run\'s directory: stale (exit 1)', async () => {
    const root = workspace({ ...files, 'gate-engine.config.yaml': configYaml([failing('ln -sfn runs/41 latest.new && mv -T latest.new latest'), status('conformance', 'latest/status.json')] as never[]) });
    linked(root, 'runs/40', 'latest');
    const { verdict, exitCode } = await verify({ root, out: tempDir(), now: NOW });
    expect(outcome(verdict)).toEqual(['runner:fail:command_failed', 'conformance:fail:stale']);
    expect(exitCode).toBe(1);
  });

  it('sound: links the failed command did not touch still lead to evidence (pass, the run warns)', async () => {
    const root = workspace({ ...files, 'gate-engine.config.yaml': configYaml([failing('echo 3 lint warnings'), status('conformance', 'latest/status.json')] as never[]) });
    linked(root, 'runs/41', 'latest');
    const { verdict, exitCode } = await verify({ root, out: tempDir(), now: NOW });
    expect(outcome(verdict)).toEqual(['runner:fail:command_failed', 'conformance:pass']);
    expect(exitCode).toBe(0);
  });
});
