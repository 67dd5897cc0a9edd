/**
 * Outputs are all or nothing, inside the root: command logs land with the verdict; a failed landing
 * restores every previous file; no write follows a link; a killed run's temporaries are swept by the
 * next run; a command that deletes the outputs cannot leave a verdict claiming logs that are gone.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/verify.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';
const LATER = '2026-03-10T12:05:00Z';
const say = (id: string, text: string) => ({ id, type: 'command', options: { shell: true, run: `echo ${text}` } });
const refusal = (p: Promise<unknown>) => p.then(() => { throw new Error('accepted'); }, (e: unknown) => e as { code: string; exitCode: number; message: string });

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const path = join(dir, rel, name);
      if (lstatSync(path).isDirectory()) walk(join(rel, name));
      else out[join(rel, name)] = readFileSync(path, 'utf8');
    }
  };
  walk('');
  return out;
}

describe('command logs belong to the run', () => {
  it('an interrupted run leaves the previous logs and verdict exactly as they were', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([say('speak', 'first')] as never[]) });
    const out = join(root, 'gate-engine-out');
    await verify({ root, now: NOW });
    const before = snapshot(out);
    expect(before['commands/speak/stdout.log']).toBe('first\n');
    writeFileSync(join(root, 'gate-engine.config.yaml'), configYaml([say('speak', 'second; sleep 5')] as never[]));
    const stop = new AbortController();
    setTimeout(() => stop.abort(new Error('stop')), 400);
    expect(await refusal(verify({ root, now: LATER, signal: stop.signal }))).toMatchObject({ code: 'interrupted', exitCode: 2 });
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(join(root, '.gate-engine-out.runs'))).toHaveLength(1);
  });

  it('the output directory is a link to one complete generation; a new run replaces it whole', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([say('speak', 'hello')] as never[]) });
    const out = join(root, 'gate-engine-out');
    await verify({ root, now: NOW });
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    await verify({ root, now: LATER, lane: 'preflight' });
    await verify({ root, now: LATER });
    // The other lane's set is carried over; this lane's set is the new one; one generation remains.
    expect(readdirSync(out).sort()).toEqual(expect.arrayContaining(['commands', 'preflight_commands', 'preflight_verdict.json', 'full_suite_verdict.json']));
    expect(JSON.parse(readFileSync(join(out, 'full_suite_verdict.json'), 'utf8')).generated_at).toBe('2026-03-10T12:05:00.000Z');
    expect(readdirSync(join(root, '.gate-engine-out.runs'))).toHaveLength(1);
  });
});

describe('a failed landing restores every previous file', () => {
  it('a directory sitting where one output goes: exit 2, and every previous file is back', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([say('speak', 'hello')] as never[]) });
    const out = tempDir('ge-files-mode-');
    writeFileSync(join(out, 'README.txt'), 'a directory gate-engine does not own: outputs land file by file');
    await verify({ root, out, now: NOW });
    rmSync(join(out, 'replay_bundle.json'));
    mkdirSync(join(out, 'replay_bundle.json')); // lands after commands/, events, report and verdict
    writeFileSync(join(out, 'replay_bundle.json', 'keep'), 'x');
    const before = snapshot(out);
    const e = await refusal(verify({ root, out, now: LATER }));
    expect(e).toMatchObject({ code: 'output_unwritable', exitCode: 2 });
    expect(e.message).toContain('replay_bundle.json is a directory where the run writes a file');
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(out).filter((n) => n.startsWith('.gate-engine-'))).toEqual([]);
  });
});

describe('no write follows a link out of the root', () => {
  it('an output directory that is a link out of the root is refused, and nothing is written there', async () => {
    const outside = tempDir();
    const root = workspace({ 'gate-engine.config.yaml': configYaml([say('speak', 'hello')] as never[]) });
    symlinkSync(outside, join(root, 'gate-engine-out'));
    const e = await refusal(verify({ root, now: NOW }));
    expect(e).toMatchObject({ code: 'output_unwritable', exitCode: 2 });
    expect(e.message).toContain('leads outside the root through a link');
    expect(readdirSync(outside)).toEqual([]);
  });

  it('an output directory under a linked parent is refused too; a link inside the root that gate-engine did not make is refused', async () => {
    const outside = tempDir();
    const root = workspace({ 'gate-engine.config.yaml': configYaml([say('speak', 'hello')] as never[], { output: { dir: 'build/out' } }), 'inner/.keep': '' });
    symlinkSync(outside, join(root, 'build'));
    expect((await refusal(verify({ root, now: NOW }))).message).toContain('leads outside the root through a link');
    expect(readdirSync(outside)).toEqual([]);
    rmSync(join(root, 'build'));
    mkdirSync(join(root, 'build'));
    symlinkSync(join(root, 'inner'), join(root, 'build', 'out'));
    expect((await refusal(verify({ root, now: NOW }))).message).toContain('a symbolic link gate-engine did not make');
  });

  it('a generations store that is a link out of the root is refused, and nothing is written there', async () => {
    const outside = tempDir();
    const root = workspace({ 'gate-engine.config.yaml': configYaml([say('speak', 'hello')] as never[]) });
    symlinkSync(outside, join(root, '.gate-engine-out.runs'));
    const e = await refusal(verify({ root, now: NOW }));
    expect(e).toMatchObject({ code: 'output_unwritable', exitCode: 2 });
    expect(e.message).toContain('outputs never follow links');
    expect(readdirSync(outside)).toEqual([]);
  });

  it('a log directory swapped for a link after the command ran stops the landing (exit 2)', async () => {
    const elsewhere = tempDir();
    writeFileSync(join(elsewhere, 'stdout.log'), 'forged');
    writeFileSync(join(elsewhere, 'stderr.log'), '');
    const root = workspace({
      'gate-engine.config.yaml': configYaml([say('speak', 'hello'), { id: 'swap', type: 'command', options: { shell: true, run: `for d in .gate-engine-out.runs/*; do rm -rf "$d/commands/speak" && ln -s '${elsewhere}' "$d/commands/speak"; done` } }] as never[]),
    });
    const e = await refusal(verify({ root, now: NOW }));
    expect(e).toMatchObject({ code: 'output_unwritable', exitCode: 2 });
    expect(e.message).toContain('commands/speak/stdout.log was removed or replaced during the run');
    expect(existsSync(join(root, 'gate-engine-out'))).toBe(false);
  });

  it('an output directory that would contain the root is refused', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([say('speak', 'hello')] as never[]) });
    expect((await refusal(verify({ root, out: root, now: NOW }))).message).toContain('would contain the root');
  });
});

describe('a command that deletes the output directory', () => {
  it('cannot leave a verdict claiming logs that are gone: exit 2, nothing lands', async () => {
    const root = workspace({
      'gate-engine.config.yaml': configYaml([say('speak', 'hello'), { id: 'wipe', type: 'command', options: { shell: true, run: 'rm -rf gate-engine-out .gate-engine-out.runs' } }] as never[]),
    });
    const e = await refusal(verify({ root, now: NOW }));
    expect(e).toMatchObject({ code: 'output_unwritable', exitCode: 2 });
    // The command removed the whole store, the run's staging with it.
    expect(e.message).toMatch(/staging directory was removed during the run; nothing was written/);
    expect(existsSync(join(root, 'gate-engine-out', 'full_suite_verdict.json'))).toBe(false);
  });

  it('deleting only the previous outputs does not touch this run: it lands complete', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([say('speak', 'hello'), { id: 'wipe', type: 'command', options: { shell: true, run: 'rm -rf gate-engine-out/' } }] as never[]) });
    await verify({ root, now: NOW });
    const { exitCode } = await verify({ root, now: LATER });
    expect(exitCode).toBe(0);
    expect(readFileSync(join(root, 'gate-engine-out', 'commands', 'speak', 'stdout.log'), 'utf8')).toBe('hello\n');
  });
});

describe('temporaries of killed runs are removed by the next run', () => {
  it('staging generations, links, files-mode staging and backups, and writer temp files of dead processes', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([say('speak', 'hello')] as never[]) });
    const dead = '99999999-deadbeef'; // no such pid
    mkdirSync(join(root, '.gate-engine-out.runs', dead, 'commands'), { recursive: true });
    symlinkSync(`.gate-engine-out.runs/${dead}`, join(root, `.gate-engine-out.link-${dead}`));
    const alive = `${process.pid}-0badf00d`;
    mkdirSync(join(root, '.gate-engine-out.runs', alive));
    await verify({ root, now: NOW });
    const store = readdirSync(join(root, '.gate-engine-out.runs'));
    expect(store).not.toContain(dead);
    expect(store).toContain(alive); // a live run's staging is never touched
    expect(existsSync(join(root, `.gate-engine-out.link-${dead}`))).toBe(false);

    const out = tempDir('ge-files-mode-');
    writeFileSync(join(out, 'README.txt'), 'not gate-engine');
    writeFileSync(join(out, 'full_suite_verdict.json'), 'previous');
    mkdirSync(join(out, `.gate-engine-tmp-${dead}`));
    writeFileSync(join(out, `full_suite_verdict.json.tmp-${dead}`), 'half');
    mkdirSync(join(out, `.gate-engine-old-${dead}`));
    writeFileSync(join(out, `.gate-engine-old-${dead}`, 'full_suite_events.jsonl'), 'restored by the sweep');
    await verify({ root, out, now: NOW });
    expect(readdirSync(out).filter((n) => n.includes(dead))).toEqual([]);
  });
});

describe('path options', () => {
  it('--out "" (or blank) is exit 2, never the working directory', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([say('speak', 'hello')] as never[]) });
    for (const out of ['', '  ']) expect(await refusal(verify({ root, out, now: NOW }))).toMatchObject({ code: 'usage', exitCode: 2 });
  });
});
