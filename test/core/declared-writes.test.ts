/**
 * WriterLookup: which declared writers a gate's access reaches, under any name of the path. A file not written yet
 * has no inode to compare, so a name through a symlinked directory must be settled by its real path.
 */
import { chmodSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BigIntStats } from 'node:fs';
import { changeTimeNow, compareWrites, datedBeforeItsWriter, datedInItsRun, placementOf, snapshotWrites, WriterLookup } from '../../src/core/declared-writes.js';
import { earliestRunEnd, type DatedMoment } from '../../src/artifacts/freshness.js';
import { declaredWriter } from '../../src/core/order.js';
import { removeTempDirs, tempDir } from '../helpers/fs.js';

afterAll(removeTempDirs);

describe('WriterLookup.reached', () => {
  const writer = declaredWriter('producer', ['reports/x.json']);

  it('a file not written yet, named through a symlinked directory, reaches its writer by the real path', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'reports'));
    symlinkSync('reports', join(root, 'current'));
    const lookup = new WriterLookup(root, join(root, 'gate-engine-out'));
    expect((await lookup.reached([writer], 'current/x.json')).map((w) => w.id)).toEqual(['producer']);
    expect((await lookup.reached([writer], 'reports/x.json')).map((w) => w.id)).toEqual(['producer']);
    expect(await lookup.reached([writer], 'current/y.json')).toEqual([]);
  });

  it('a path that leaves the root through a link is judged by its name only', async () => {
    const root = tempDir();
    const outside = tempDir();
    mkdirSync(join(outside, 'reports'));
    symlinkSync(outside, join(root, 'away'));
    const lookup = new WriterLookup(root, join(root, 'gate-engine-out'));
    expect(await lookup.reached([writer], 'away/reports/x.json')).toEqual([]);
  });
});

describe('datedBeforeItsWriter (red team yc: a declared write restored from an earlier run)', () => {
  const writer = { gate: 'producer', startedAt: new Date('2026-03-10T12:00:00Z') };
  const SKEW = 5 * 60_000;
  const dated = (stamp: string) => earliestRunEnd({ generated_at: stamp }) as DatedMoment;

  it('a report dated before its writer started, beyond the skew, is stale and names the writer', () => {
    const error = datedBeforeItsWriter('reports/x.json', dated('2026-03-07T09:00:00Z'), writer, SKEW);
    expect(error?.code).toBe('stale');
    expect(error?.message).toContain('/generated_at is 2026-03-07T09:00:00Z, 3d 3h before gate producer, which declares that it writes it, started (2026-03-10T12:00:00.000Z)');
    expect(error?.detail).toMatchObject({ path: 'reports/x.json', pointer: '/generated_at', actual: '2026-03-07T09:00:00Z' });
  });

  it('a report dated at or after its writer started, or within the skew before, is its output', () => {
    expect(datedBeforeItsWriter('x.json', dated('2026-03-10T12:00:00Z'), writer, SKEW)).toBeUndefined();
    expect(datedBeforeItsWriter('x.json', dated('2026-03-10T11:55:00Z'), writer, SKEW)).toBeUndefined();
    expect(datedBeforeItsWriter('x.json', dated('2026-03-10T11:54:59.999Z'), writer, SKEW)?.code).toBe('stale');
    expect(datedBeforeItsWriter('x.json', dated('2026-03-11T00:00:00Z'), writer, SKEW)).toBeUndefined();
  });

  it('judges the instant whatever offset the stamp is written in', () => {
    fc.assert(
      fc.property(fc.integer({ min: -14 * 60, max: 14 * 60 }), fc.integer({ min: -3 * 86_400, max: 86_400 }), (offsetMin, deltaS) => {
        const at = writer.startedAt.getTime() + deltaS * 1000;
        const local = new Date(at + offsetMin * 60_000).toISOString().slice(0, 19);
        const sign = offsetMin < 0 ? '-' : '+';
        const abs = Math.abs(offsetMin);
        const stamp = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        const stale = datedBeforeItsWriter('x.json', dated(stamp), writer, SKEW) !== undefined;
        expect(stale).toBe(deltaS * 1000 < -SKEW);
      }),
    );
  });
});

describe('earliestRunEnd', () => {
  it('a re-stamped generated_at still leaves the moment its run finished', () => {
    expect(earliestRunEnd({ generated_at: '2026-03-10T12:00:00Z', meta: { finished_at: '2026-03-07T09:00:00Z' } })).toMatchObject({ pointer: '/meta/finished_at', value: '2026-03-07T09:00:00Z' });
    expect(earliestRunEnd({ generated_at: '2026-03-10T12:00:00Z', completedAt: '2026-03-07T09:00:00+02:00' })?.pointer).toBe('/completedAt');
  });

  it('a timestamp or created_at may say when the run began: not read as its end', () => {
    expect(earliestRunEnd({ generated_at: '2026-03-10T08:00:00Z', meta: { timestamp: '2026-03-09T23:10:00Z' }, created_at: '2026-03-09T23:00:00Z' })?.pointer).toBe('/generated_at');
  });

  it('when a run started is no moment it ended: a CI pipeline may have started before the step that writes', () => {
    expect(earliestRunEnd({ generated_at: '2026-03-10T12:00:00Z', run: { started_at: '2026-03-07T09:00:00Z' }, startTime: '2026-03-01T00:00:00Z' })?.pointer).toBe('/generated_at');
  });

  it('a configured date field is the only date read; no stamp, or none that parses, is no moment', () => {
    expect(earliestRunEnd({ generated_at: '2026-03-01T00:00:00Z', meta: { done: '2026-03-10T12:00:00Z' } }, '/meta/done')?.pointer).toBe('/meta/done');
    expect(earliestRunEnd({ generated_at: 'yesterday', finished_at: 3 })).toBeUndefined();
    expect(earliestRunEnd(null)).toBeUndefined();
  });
});

describe('compareWrites', () => {
  it('names the files the command wrote by device and inode, apart from the leftovers', async () => {
    const root = tempDir();
    const out = join(root, 'gate-engine-out');
    mkdirSync(join(root, 'reports'));
    writeFileSync(join(root, 'reports', 'old.json'), '{}');
    const before = await snapshotWrites(root, ['reports/*.json'], out);
    const since = await changeTimeNow(root);
    writeFileSync(join(root, 'reports', 'new.json'), '{}');
    const outcome = await compareWrites(root, ['reports/*.json'], out, before, since.atOrAbove);
    const st = statSync(join(root, 'reports', 'new.json'), { bigint: true });
    expect(outcome.written).toEqual([`${st.dev}:${st.ino}`]);
    expect(outcome.leftovers).toHaveLength(1);
  });
});

describe('compareWrites: files put in place without a byte written (red team yc)', () => {
  async function outcomeOf(act: (root: string) => void) {
    const root = tempDir();
    const out = join(root, 'gate-engine-out');
    mkdirSync(join(root, 'reports'));
    mkdirSync(join(root, 'cache'));
    writeFileSync(join(root, 'reports', 'r.json'), '{"status":"pass"}');
    writeFileSync(join(root, 'cache', 'c.json'), '{"status":"pass"}');
    // Older than the command by more than a whole-second filesystem's slack.
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(root, 'reports', 'r.json'), old, old);
    utimesSync(join(root, 'cache', 'c.json'), old, old);
    const before = await snapshotWrites(root, ['reports/r.json'], out);
    const since = await changeTimeNow(root);
    act(root);
    return compareWrites(root, ['reports/r.json'], out, before, since.atOrAbove);
  }

  it.each([
    ['a chmod of the old report', (root: string) => chmodSync(join(root, 'reports', 'r.json'), 0o600)],
    ['a hard link to a cached report', (root: string) => {
      rmSync(join(root, 'reports', 'r.json'));
      linkSync(join(root, 'cache', 'c.json'), join(root, 'reports', 'r.json'));
    }],
    ['a cached report moved over it', (root: string) => renameSync(join(root, 'cache', 'c.json'), join(root, 'reports', 'r.json'))],
  ])('%s is placed, not written', async (_name, act) => {
    const outcome = await outcomeOf(act);
    expect(outcome.unwritten).toEqual(['reports/r.json']);
    expect(outcome.written).toEqual([]);
    expect(outcome.placed).toHaveLength(1);
  });

  it.each([
    ['the same bytes written again', (root: string) => writeFileSync(join(root, 'reports', 'r.json'), readFileSync(join(root, 'reports', 'r.json')))],
    ['a temporary file written and renamed into place', (root: string) => {
      writeFileSync(join(root, 'reports', 'r.json.tmp'), '{"status":"pass"}');
      renameSync(join(root, 'reports', 'r.json.tmp'), join(root, 'reports', 'r.json'));
    }],
  ])('%s is written', async (_name, act) => {
    const outcome = await outcomeOf(act);
    expect(outcome.unwritten).toEqual([]);
    expect(outcome.written).toHaveLength(1);
    expect(outcome.placed).toEqual([]);
  });
});

describe('compareWrites: files put in place, then touched to look written (red team ze/zb)', () => {
  const STARTED = new Date('2026-03-10T12:00:00Z');
  const run = { startedAt: STARTED, now: STARTED };
  const report = (generatedAt?: string) => JSON.stringify({ ...(generatedAt !== undefined ? { generated_at: generatedAt } : {}), status: 'pass' });

  async function outcomeOf(act: (root: string) => void, withRun = true) {
    const root = tempDir();
    const out = join(root, 'gate-engine-out');
    mkdirSync(join(root, 'reports'));
    mkdirSync(join(root, 'cache'));
    mkdirSync(join(root, 'build'));
    writeFileSync(join(root, 'reports', 'r.json'), report());
    writeFileSync(join(root, 'cache', 'c.json'), report('2026-03-07T09:00:00Z'));
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(root, 'reports', 'r.json'), old, old);
    utimesSync(join(root, 'cache', 'c.json'), old, old);
    const before = await snapshotWrites(root, ['reports/r.json'], out);
    const since = await changeTimeNow(root);
    // A command starts well after the mark; a touch to `new Date()` (whole milliseconds) in the same millisecond as
    // the mark would be dated before it.
    await new Promise((resolve) => setTimeout(resolve, 20));
    act(root);
    return compareWrites(root, ['reports/r.json'], out, before, since.atOrAbove, withRun ? run : undefined);
  }
  const at = (root: string, ...parts: string[]) => join(root, ...parts);
  const touch = (path: string, when: Date) => utimesSync(path, when, when);
  const reportAt = (root: string) => at(root, 'reports', 'r.json');

  it.each([
    ['a cached report hard-linked over it, then touched to now', 'linked', (root: string) => {
      rmSync(reportAt(root));
      linkSync(at(root, 'cache', 'c.json'), reportAt(root));
      touch(reportAt(root), new Date());
    }],
    ['a cached report moved over it, then touched to now', 'moved', (root: string) => {
      renameSync(at(root, 'cache', 'c.json'), reportAt(root));
      touch(reportAt(root), new Date());
    }],
    ['a cached report linked beside it, touched a day ahead and moved over it', 'ahead', (root: string) => {
      linkSync(at(root, 'cache', 'c.json'), at(root, 'reports', '.r.json.tmp'));
      touch(at(root, 'reports', '.r.json.tmp'), new Date(Date.now() + 86_400_000));
      renameSync(at(root, 'reports', '.r.json.tmp'), reportAt(root));
    }],
    ['a symlink to a cached report put in its place, then touched through it', 'moved', (root: string) => {
      rmSync(reportAt(root));
      symlinkSync(join('..', 'cache', 'c.json'), reportAt(root));
      touch(reportAt(root), new Date());
    }],
    ['the old report touched a day ahead', 'ahead', (root: string) => touch(reportAt(root), new Date(Date.now() + 86_400_000))],
    ['the old report dated back (touch -d)', 'older', (root: string) => touch(reportAt(root), new Date('2026-01-01T00:00:00Z'))],
    ['a cached report copied keeping its times (cp -p, tar x, rsync -t)', 'older', (root: string) => {
      rmSync(reportAt(root));
      writeFileSync(reportAt(root), readFileSync(at(root, 'cache', 'c.json')));
      const st = statSync(at(root, 'cache', 'c.json'));
      utimesSync(reportAt(root), st.atime, st.mtime);
    }],
    ['the old report given a cached one\'s times (touch -r)', 'older', (root: string) => {
      const st = statSync(at(root, 'cache', 'c.json'));
      utimesSync(reportAt(root), st.atime, st.mtime);
    }],
    ['a report without a date of its own written, then dated back', 'older', (root: string) => {
      writeFileSync(reportAt(root), report());
      touch(reportAt(root), new Date('1980-01-01T00:00:00Z'));
    }],
    ['a report dated before its writer written, then dated back', 'older', (root: string) => {
      writeFileSync(reportAt(root), report('2026-03-10T11:59:00Z'));
      touch(reportAt(root), new Date('1980-01-01T00:00:00Z'));
    }],
    ['a report dated in the future written, then dated back', 'older', (root: string) => {
      writeFileSync(reportAt(root), report('2026-03-10T12:06:00Z'));
      touch(reportAt(root), new Date('1980-01-01T00:00:00Z'));
    }],
  ])('%s is placed (%s), not written', async (_name, how, act) => {
    const outcome = await outcomeOf(act);
    expect(outcome.unwritten).toEqual(['reports/r.json']);
    expect(outcome.written).toEqual([]);
    expect(outcome.placed.map((p) => p.placement.how)).toEqual([how]);
  });

  it.each([
    ['a report dated in its writer\'s run, written, then dated back (SOURCE_DATE_EPOCH)', (root: string) => {
      writeFileSync(reportAt(root), report('2026-03-10T12:00:00Z'));
      touch(reportAt(root), new Date('1980-01-01T00:00:00Z'));
    }],
    ['a report dated in its writer\'s run copied keeping its times', (root: string) => {
      writeFileSync(at(root, 'build', 'r.json'), report('2026-03-10T12:00:01.5Z'));
      touch(at(root, 'build', 'r.json'), new Date('2026-01-01T00:00:00Z'));
      rmSync(reportAt(root));
      writeFileSync(reportAt(root), readFileSync(at(root, 'build', 'r.json')));
      touch(reportAt(root), new Date('2026-01-01T00:00:00Z'));
    }],
    ['a fresh output hard-linked into place (ln -f build/r.json reports/r.json)', (root: string) => {
      writeFileSync(at(root, 'build', 'r.json'), report());
      rmSync(reportAt(root));
      linkSync(at(root, 'build', 'r.json'), reportAt(root));
    }],
    ['a report written in place, then touched to now', (root: string) => {
      writeFileSync(reportAt(root), report());
      touch(reportAt(root), new Date());
    }],
    ['a report written in place, then touched a minute ahead (within the skew)', (root: string) => {
      writeFileSync(reportAt(root), report());
      touch(reportAt(root), new Date(Date.now() + 60_000));
    }],
    ['a temporary file written, touched to now and renamed into place', (root: string) => {
      writeFileSync(at(root, 'reports', '.r.json.tmp'), report());
      touch(at(root, 'reports', '.r.json.tmp'), new Date());
      renameSync(at(root, 'reports', '.r.json.tmp'), reportAt(root));
    }],
  ])('%s is written', async (_name, act) => {
    const outcome = await outcomeOf(act);
    expect(outcome.placed).toEqual([]);
    expect(outcome.unwritten).toEqual([]);
    expect(outcome.written).toHaveLength(1);
  });

  it('without the writer\'s run, a report\'s own date proves nothing', async () => {
    const outcome = await outcomeOf((root) => {
      writeFileSync(reportAt(root), report('2026-03-10T12:00:00Z'));
      touch(reportAt(root), new Date('1980-01-01T00:00:00Z'));
    }, false);
    expect(outcome.placed.map((p) => p.placement.how)).toEqual(['older']);
  });
});

describe('compareWrites: a declared write with a hard-linked alias made before the run (red team zb)', () => {
  async function outcomeOf(bytes: string) {
    const root = tempDir();
    const out = join(root, 'gate-engine-out');
    mkdirSync(join(root, 'reports'));
    writeFileSync(join(root, 'reports', 'r.json'), '{"status":"pass"}');
    linkSync(join(root, 'reports', 'r.json'), join(root, 'alias.json'));
    const before = await snapshotWrites(root, ['reports/r.json'], out);
    const since = await changeTimeNow(root);
    await new Promise((resolve) => setTimeout(resolve, 20));
    writeFileSync(join(root, 'reports', 'r.json'), bytes);
    return compareWrites(root, ['reports/r.json'], out, before, since.atOrAbove);
  }

  it('rewritten in place with bytes of another size: written (the size proves bytes were written)', async () => {
    const outcome = await outcomeOf('{"status": "fail"}');
    expect(outcome.placed).toEqual([]);
    expect(outcome.written).toHaveLength(1);
  });

  it('rewritten in place with as many bytes: a link to an older file, for a touch leaves the same (fail closed)', async () => {
    const outcome = await outcomeOf('{"status":"fail"}');
    expect(outcome.unwritten).toEqual(['reports/r.json']);
    expect(outcome.placed.map((p) => p.placement.how)).toEqual(['linked']);
  });
});

describe('placementOf: file times that no write leaves (red team zb)', () => {
  const SINCE = 1_800_000_000_000_000_000n;
  const SKEW = 5n * 60n * 1_000_000_000n;
  const OLD = SINCE - 1_000_000_000_000n;
  const stats = (s: { mtime: bigint; ctime: bigint; birth: bigint; nlink: bigint; size?: bigint }) =>
    ({ mtimeNs: s.mtime, ctimeNs: s.ctime, birthtimeNs: s.birth, nlink: s.nlink, size: s.size ?? 17n }) as unknown as BigIntStats;
  const here = (size: bigint | undefined = 17n) => ({ here: true as const, size });
  const elsewhere = { here: false as const };

  it('a file with another name is a link to an older file unless it was created in the run, or nothing shows when it was', () => {
    const linked = { mtime: SINCE + 5n, ctime: SINCE + 9n, nlink: 2n };
    expect(placementOf(stats({ ...linked, birth: OLD }), elsewhere, true, SINCE)).toMatchObject({ how: 'linked', links: 2n, bornNs: OLD });
    expect(placementOf(stats({ ...linked, birth: SINCE + 1n }), elsewhere, true, SINCE)).toBeUndefined();
    expect(placementOf(stats({ ...linked, birth: 0n }), elsewhere, false, SINCE)).toEqual({ how: 'linked', links: 2n });
  });

  it('a birth time user space may set (CIFS, ntfs-3g, FUSE) proves a file old, never new (red team zf)', () => {
    const linked = { mtime: SINCE + 5n, ctime: SINCE + 9n, nlink: 2n };
    // A cached report linked into place, given a creation time in the run (setfattr -n user.cifs.creationtime): a link.
    expect(placementOf(stats({ ...linked, birth: SINCE + 1n }), elsewhere, 'reported', SINCE)).toEqual({ how: 'linked', links: 2n });
    expect(placementOf(stats({ ...linked, birth: OLD }), elsewhere, 'reported', SINCE)).toMatchObject({ how: 'linked', bornNs: OLD });
    expect(placementOf(stats({ mtime: SINCE + 5n, ctime: SINCE + 9n, nlink: 1n, birth: OLD }), elsewhere, 'reported', SINCE)).toMatchObject({ how: 'moved', bornNs: OLD });
    expect(placementOf(stats({ mtime: SINCE + 5n, ctime: SINCE + 9n, nlink: 1n, birth: SINCE + 1n }), elsewhere, 'reported', SINCE)).toBeUndefined();
  });

  it('a linked file that had the name before is still a link to an older file when touched, but written when its size changed', () => {
    const linked = { mtime: SINCE + 5n, ctime: SINCE + 9n, nlink: 2n, birth: OLD };
    expect(placementOf(stats(linked), here(), true, SINCE)).toMatchObject({ how: 'linked' });
    expect(placementOf(stats(linked), here(undefined), true, SINCE)).toMatchObject({ how: 'linked' });
    expect(placementOf(stats({ ...linked, size: 18n }), here(), true, SINCE)).toBeUndefined();
    // Another inode of another size under the name proves nothing: the size is the old inode's.
    expect(placementOf(stats({ ...linked, size: 18n }), elsewhere, true, SINCE)).toMatchObject({ how: 'linked' });
  });

  it('a file created before the run and not at its name then was moved in; one rewritten under its own name was written', () => {
    const one = { mtime: SINCE + 5n, ctime: SINCE + 9n, nlink: 1n, birth: OLD };
    expect(placementOf(stats(one), elsewhere, true, SINCE)).toMatchObject({ how: 'moved', bornNs: OLD });
    expect(placementOf(stats(one), here(), true, SINCE)).toBeUndefined();
  });

  it('a modification time before the run, or ahead of the change time beyond the skew, is never a write, whatever else the file says', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -10n * SKEW, max: 10n * SKEW }),
        fc.bigInt({ min: 0n, max: 10n * SKEW }),
        fc.bigInt({ min: -10n * SKEW, max: 10n * SKEW }),
        fc.bigInt({ min: 1n, max: 4n }),
        fc.option(fc.bigInt({ min: 0n, max: 40n }), { nil: undefined }),
        fc.boolean(),
        fc.boolean(),
        (mtimeOff, ctimeOff, birthOff, nlink, sizeBefore, wasHere, birthKnown) => {
          const st = stats({ mtime: SINCE + mtimeOff, ctime: SINCE + ctimeOff, birth: SINCE + birthOff, nlink });
          const placement = placementOf(st, wasHere ? here(sizeBefore) : elsewhere, birthKnown, SINCE);
          if (st.mtimeNs < SINCE || st.mtimeNs > st.ctimeNs + SKEW) expect(placement).toBeDefined();
          if (nlink > 1n && (!birthKnown || st.birthtimeNs < SINCE) && !(wasHere && sizeBefore !== undefined && sizeBefore !== 17n)) expect(placement).toBeDefined();
          if (!wasHere && birthKnown && st.birthtimeNs < SINCE) expect(placement).toBeDefined();
        },
      ),
    );
  });
});

describe('datedInItsRun: a report that records its production in its writer\'s run (red team zb)', () => {
  const run = { startedAt: new Date('2026-03-10T12:00:00Z'), now: new Date('2026-03-10T12:10:00Z') };
  const at = (text: string) => {
    const path = join(tempDir(), 'r.json');
    writeFileSync(path, text);
    return datedInItsRun(path, run);
  };

  it.each([
    ['generated_at at the writer\'s start', '{"generated_at":"2026-03-10T12:00:00Z"}'],
    ['a whole-second stamp just before it', '{"generated_at":"2026-03-10T11:59:59Z"}'],
    ['after a BOM and white space, its run\'s end in its meta', '\uFEFF \n {"meta":{"finished_at":"2026-03-10T13:05:00+01:00"},"generated_at":"2026-03-10T12:05:00Z"}'],
    ['within the skew past now', '{"generated_at":"2026-03-10T12:14:00Z"}'],
  ])('%s proves it', async (_name, text) => {
    expect(await at(text)).toBe(true);
  });

  it.each([
    ['dated beyond the whole-second slack before the start', '{"generated_at":"2026-03-10T11:59:57Z"}'],
    ['its run finished before the start, generated_at re-stamped', '{"generated_at":"2026-03-10T12:00:00Z","finished_at":"2026-03-07T09:00:00Z"}'],
    ['dated beyond the skew past now', '{"generated_at":"2026-03-10T12:16:00Z"}'],
    ['no date of its own', '{"status":"pass"}'],
    ['only when its run started', '{"started_at":"2026-03-10T12:00:00Z","status":"pass"}'],
    ['a duplicate generated_at', '{"generated_at":"2026-03-07T09:00:00Z","generated_at":"2026-03-10T12:00:00Z"}'],
    ['not an object', '[{"generated_at":"2026-03-10T12:00:00Z"}]'],
    ['not JSON', 'generated_at: 2026-03-10T12:00:00Z\n'],
  ])('%s proves nothing', async (_name, text) => {
    expect(await at(text)).toBe(false);
  });
});
