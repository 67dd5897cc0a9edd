/**
 * The end-of-run evidence check takes a file the kernel shows unchanged since the run began as read (aefc666b). A file
 * whose own change time is old can still be other bytes under the judged name when a directory on the way to it was
 * swapped for another holding an old file of the same size (red team he).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ChangeTimeMemo, changedBeforeMark, changeTimeNow, type ChangeTimeMark, onKernelClock, shortcutMark } from '../../src/core/declared-writes.js';
import { verify } from '../../src/verify.js';
import { configYaml } from '../helpers/config.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

const NOW = '2026-03-10T12:00:00Z';
const N = 40;
const command = (id: string, run: string) => ({ id, type: 'command', options: { run, shell: true } });
const status = (id: string, path: string) => ({ id, type: 'artifact_status', options: { path, pointer: '/status', allowed: ['pass'] } });
const outcome = (verdict: { gates: { id: string; status: string; reason?: string }[] }) => verdict.gates.map((g) => `${g.id}:${g.status}${g.reason ? `:${g.reason}` : ''}`);
const pass = JSON.stringify({ status: 'pass' });
const fail = JSON.stringify({ status: 'fail' });

describe('a file left with an old change time but other bytes under its name (red team he)', () => {
  it('its directory swapped for an old one holding a same-size file: stale (exit 1)', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([status('early', 'ev/status.json'), command('swap', 'mv ev ev_old && mv ev_next ev')] as never[]), 'ev/status.json': pass, 'ev_next/status.json': fail });
    const { verdict, exitCode } = await verify({ root, out: tempDir(), now: NOW });
    expect(outcome(verdict)).toEqual(['early:fail:stale', 'swap:pass']);
    expect(exitCode).toBe(1);
  });

  it('a directory higher up swapped: stale', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([status('early', 'a/b/c/status.json'), command('swap', 'mv a a_old && mv a_next a')] as never[]), 'a/b/c/status.json': pass, 'a_next/b/c/status.json': fail });
    const { verdict } = await verify({ root, out: tempDir(), now: NOW });
    expect(outcome(verdict)).toEqual(['early:fail:stale', 'swap:pass']);
  });

  it('the directory a link leads into swapped: stale', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([status('early', 'link/status.json'), command('swap', 'mv real real_old && mv real_next real')] as never[]), 'real/status.json': pass, 'real_next/status.json': fail });
    await import('node:fs').then((fs) => fs.symlinkSync('real', `${root}/link`));
    const { verdict } = await verify({ root, out: tempDir(), now: NOW });
    expect(outcome(verdict)).toEqual(['early:fail:stale', 'swap:pass']);
  });

  it('a scanned tree\'s directory swapped for an old copy with one file of other bytes: stale', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < N; i++) {
      const name = `r${String(i).padStart(2, '0')}.txt`;
      files[`reports/${name}`] = `suite ${i}: ok\n`;
      files[`reports_next/${name}`] = i === 7 ? `suite ${i}: no\n` : `suite ${i}: ok\n`;
    }
    const present = { id: 'reports_present', type: 'artifact_present', options: { glob: 'reports/*.txt', min_matches: N } };
    const root = workspace({ 'gate-engine.config.yaml': configYaml([present, command('swap', 'mv reports reports_old && mv reports_next reports')] as never[]), ...files });
    const { verdict } = await verify({ root, out: tempDir(), now: NOW });
    expect(outcome(verdict)).toEqual(['reports_present:fail:stale', 'swap:pass']);
  });

  it('an old file renamed or hard-linked over the judged name: stale', async () => {
    for (const run of ['mv old.json status.json', 'ln -f old.json status.json', 'cp -p old.json status.json']) {
      const root = workspace({ 'gate-engine.config.yaml': configYaml([status('early', 'status.json'), command('swap', run)] as never[]), 'status.json': pass, 'old.json': fail });
      const { verdict } = await verify({ root, out: tempDir(), now: NOW });
      expect(outcome(verdict), run).toEqual(['early:fail:stale', 'swap:pass']);
    }
  });

  // Red team hl: the root itself moved away for the read and back after it: every file and directory below the root
  // keeps its old change time (a rename changes only the renamed directory's), so only the root's own shows it.
  it('the root itself swapped away for the read and moved back after it: stale', async () => {
    const swapOut = 'd="$PWD"; mv "$d" "$d.away" && mkdir -p "$d/ev" && printf \'%s\' \'' + pass + '\' > "$d/ev/status.json"';
    const swapBack = 'd="$PWD"; cd / && rm -rf "$d" && mv "$d.away" "$d"';
    const gates = [command('out', swapOut), { ...status('early', 'ev/status.json'), needs: ['out'] }, { ...command('back', swapBack), needs: ['early'] }];
    const root = workspace({ 'gate-engine.config.yaml': configYaml(gates as never[]), 'ev/status.json': fail });
    const { verdict } = await verify({ root, out: tempDir(), now: NOW });
    expect(readFileSync(join(root, 'ev/status.json'), 'utf8')).toBe(fail);
    expect(outcome(verdict)).toEqual(['out:pass', 'early:fail:stale', 'back:pass']);
  });

  it('preflight: a directory swapped: stale', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([status('early', 'ev/status.json'), command('swap', 'mv ev ev_old && mv ev_next ev')] as never[]), 'ev/status.json': pass, 'ev_next/status.json': fail });
    const { verdict } = await verify({ root, out: tempDir(), now: NOW, lane: 'preflight' });
    expect(outcome(verdict)).toEqual(['early:fail:stale', 'swap:pass']);
  });

  it('sound: a file created beside the judged one (its directory changed, the file not) leaves the reader passing', async () => {
    const root = workspace({ 'gate-engine.config.yaml': configYaml([status('early', 'ev/status.json'), command('other', 'printf x > ev/other.txt')] as never[]), 'ev/status.json': pass });
    const { verdict, exitCode } = await verify({ root, out: tempDir(), now: NOW });
    expect(outcome(verdict)).toEqual(['early:pass', 'other:pass']);
    expect(exitCode).toBe(0);
  });
});

describe('a file rewritten through a shared writable mapping made before the run (red team he)', () => {
  // A page already dirty in a shared mapping takes further writes without a fault, so without a new change time.
  const python = spawnSync('python3', ['-c', 'import mmap']).status === 0;
  it.skipIf(!python)('a background process writing through a mapping it dirtied before the run: stale', async () => {
    const root = workspace({ 'status.json': pass });
    const sig = tempDir();
    const script = `import mmap, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR); m = mmap.mmap(fd, 0); m[0:${pass.length}] = sys.argv[4].encode(); print('ready', flush=True)
while not os.path.exists(sys.argv[2]): time.sleep(0.01)
m[11:15] = b'fail'; open(sys.argv[3], 'w').close(); time.sleep(10)`;
    const bg = spawn('python3', ['-c', script, join(root, 'status.json'), join(sig, 't'), join(sig, 'd'), pass], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve) => bg.stdout.once('data', () => resolve()));
      await new Promise((r) => setTimeout(r, 100));
      writeFileSync(join(root, 'gate-engine.config.yaml'), configYaml([status('early', 'status.json'), command('poke', `touch '${join(sig, 't')}'; while [ ! -f '${join(sig, 'd')}' ]; do sleep 0.05; done`)] as never[]));
      const { verdict } = await verify({ root, out: tempDir(), now: NOW });
      expect(readFileSync(join(root, 'status.json'), 'utf8')).toBe(fail);
      expect(outcome(verdict)).toEqual(['early:fail:stale', 'poke:pass']);
    } finally {
      bg.kill();
    }
  });
});

describe('changedBeforeMark: where a change time vouches for a file (red team he)', () => {
  /**
   * A mark under which the untouched file at `rel` is taken as read. Every directory above the root counts, and other
   * test workers create entries in /tmp at any moment, which moves its change time after a mark (a lost shortcut, as
   * designed): a new mark is taken until one holds. Undefined when none ever does, which fails the test.
   */
  const quietMark = async (root: string, rel: string, bytes: number): Promise<ChangeTimeMark | undefined> => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const mark = await changeTimeNow(tempDir());
      if (await changedBeforeMark(root, rel, bytes, mark, new ChangeTimeMemo(root), 0n)) return mark;
    }
    return undefined;
  };
  const far = (): ChangeTimeMark => {
    const t = BigInt(Date.now()) * 1_000_000n + 1_000_000_000_000n;
    return { below: t, atOrAbove: t };
  };
  it('a file on a local disk filesystem, unchanged long before the mark: taken as read; another size or a swapped directory is not', async () => {
    const root = workspace({ 'ev/status.json': pass, 'ev_next/status.json': fail });
    if (!(await onKernelClock(root))) return;
    expect(await shortcutMark(root)).toBeDefined();
    expect(await changedBeforeMark(root, 'ev/status.json', pass.length, far())).toBe(true);
    expect(await changedBeforeMark(root, 'ev/status.json', pass.length + 1, far())).toBe(false);
    // Without the writeback window: the file alone is old enough, only its directory moved after the mark.
    const mark = await quietMark(root, 'ev/status.json', pass.length);
    expect(mark).toBeDefined();
    if (mark === undefined) return;
    expect(await changedBeforeMark(root, 'ev/status.json', pass.length, mark)).toBe(false);
    renameSync(join(root, 'ev'), join(root, 'ev_old'));
    renameSync(join(root, 'ev_next'), join(root, 'ev'));
    expect(await changedBeforeMark(root, 'ev/status.json', pass.length, mark, new ChangeTimeMemo(root), 0n)).toBe(false);
    expect(await changedBeforeMark(root, 'ev/status.json', pass.length, far(), new ChangeTimeMemo(root), 0n)).toBe(true);
  });

  it('the root itself moved away after the mark and back (a read of another root between): not taken as read (red team hl)', async () => {
    const root = workspace({ 'ev/status.json': pass });
    if (!(await onKernelClock(root))) return;
    const mark = await quietMark(root, 'ev/status.json', pass.length);
    expect(mark).toBeDefined();
    if (mark === undefined) return;
    renameSync(root, `${root}.away`);
    renameSync(`${root}.away`, root);
    expect(await changedBeforeMark(root, 'ev/status.json', pass.length, mark, new ChangeTimeMemo(root), 0n)).toBe(false);
    // A file created in the root after the mark moves its change time too: the shortcut is not taken, the file is read.
    const other = workspace({ 'ev/status.json': pass });
    const mark2 = await changeTimeNow(tempDir());
    writeFileSync(join(other, 'new.txt'), 'x');
    expect(await changedBeforeMark(other, 'ev/status.json', pass.length, mark2, new ChangeTimeMemo(other), 0n)).toBe(false);
  });

  // Red team hl: a directory above the root moved away for a read and back after it leaves the root's own change time
  // old too (a rename changes only the renamed directory's). Every ancestor's change time counts: an entry created
  // beside one during the run (a busy /tmp) costs the shortcut, never the verdict.
  it('a directory above the root moved away after the mark and back: not taken as read', async () => {
    const parent = workspace({ 'root/ev/status.json': pass });
    const root = join(parent, 'root');
    if (!(await onKernelClock(root))) return;
    const mark = await changeTimeNow(tempDir());
    renameSync(parent, `${parent}.away`);
    renameSync(`${parent}.away`, parent);
    expect(await changedBeforeMark(root, 'ev/status.json', pass.length, mark, new ChangeTimeMemo(root), 0n)).toBe(false);
  });

  it.skipIf(!existsSync('/dev/shm'))('a file on tmpfs (never written back: a mapping writes to it unrecorded): never', async () => {
    const dir = mkdtempSync('/dev/shm/ge-he-');
    try {
      writeFileSync(join(dir, 'status.json'), pass);
      expect(await changedBeforeMark(dir, 'status.json', pass.length, far())).toBe(false);
      expect(await shortcutMark(dir)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
