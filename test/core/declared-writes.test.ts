/**
 * WriterLookup: which declared writers a gate's access reaches, under any name of the path. A file not written yet
 * has no inode to compare, so a name through a symlinked directory must be settled by its real path.
 */
import { chmodSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changeTimeNow, compareWrites, datedBeforeItsWriter, snapshotWrites, WriterLookup } from '../../src/core/declared-writes.js';
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
