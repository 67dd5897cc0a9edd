/**
 * Red team on how verdicts are consumed, continued (test/threats/verdict-consumption.test.ts): the records a run lands
 * beside its verdict (replay bundle, event stream) tell an edit the refold cannot, and a verdict object is held to the
 * engine's verdict schema. A file of its own so that vitest runs it beside the first one: together they were the
 * suite's longest file.
 */
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/core/types.js';
import { runCliInProcess as cli } from '../helpers/cli.js';
import { writeForged } from '../helpers/forge.js';
import { configYaml } from '../helpers/config.js';
import { gitRepo, statusGate } from '../helpers/git-repo.js';
import { check, checkInChild, editedInPlace, failedRunToForge, forgePass, LATER, NOW, readVerdictJson, verifyIn, verifyInChild } from '../helpers/verdict-runs.js';
import { REPO_ROOT, removeTempDirs, tempDir, workspace, writeTree } from '../helpers/fs.js';

afterAll(removeTempDirs);

const status = statusGate;
const repo = gitRepo;

describe('edited verdicts: what the run wrote beside the gate statuses tells the edit (red team vc)', () => {
  /** Gate b of a failed run turned into a pass as a careful forger does: every check "ok", the gate refolded. */
  const passB = (b: Verdict['gates'][number]): void => forgePass(b, false);
  const exit2 = async (root: string, verdict: string) => {
    const run = await cli(['check', verdict, '--root', root, '--now', LATER, '--json'], { cwd: root });
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'verdict_inconsistent', exit_code: 2 } });
    return run.stderr;
  };

  it('a failing gate refolded to pass whose detail still tells its failure: verdict_inconsistent (exit 2), not PROMOTE', async () => {
    const { root, forged, b } = await failedRunToForge();
    expect(b.detail).toMatch(/^1 failing check: /);
    passB(b);
    expect(await exit2(root, writeForged(forged, { refold: true }))).toContain('/gates/1/detail: gate b: its detail "1 failing check: ');
  }, 60_000);

  it('the same edit made in place, the detail rewritten too: the replay bundle beside it names other bytes, and without it the event stream says b failed: verdict_inconsistent (exit 2)', async () => {
    const { root, forged, b } = await failedRunToForge();
    passB(b);
    b.detail = b.checks[0]?.message ?? '';
    // (the copy refolds the counts in `forged`; the edit lands where the run wrote the verdict)
    writeForged(forged, { refold: true });
    writeFileSync(join(root, 'gate-engine-out', 'full_suite_verdict.json'), JSON.stringify(forged, null, 2));
    expect(await exit2(root, 'gate-engine-out/full_suite_verdict.json')).toMatch(/the replay bundle run \S+ wrote beside full_suite_verdict\.json names it by sha256 [0-9a-f]{12}…, and the file is [0-9a-f]{12}… now/);
    rmSync(join(root, 'gate-engine-out', 'replay_bundle.json'));
    expect(await exit2(root, 'gate-engine-out/full_suite_verdict.json')).toContain('the run\'s event stream says gate "b" finished {"status":"fail"');
    // Gate b's lines taken out of the stream with it: the numbered lines have a gap (review, session 32).
    const events = join(root, 'gate-engine-out', 'full_suite_events.jsonl');
    writeFileSync(events, readFileSync(events, 'utf8').split('\n').filter((l) => !l.includes('"gate_id":"b"')).join('\n'));
    expect(await exit2(root, 'gate-engine-out/full_suite_verdict.json')).toMatch(/line \d+ of the run's event stream is not event \d+ of run .*: the stream was cut or edited/);
  }, 60_000);

  it('a passing run\'s event stream cut before run_finished beside its verdict is not the record of a finished run (exit 2); the stream whole, or of another run, promotes', async () => {
    const { root } = repo();
    expect(await verifyIn(root, '--now', NOW)).toBe(0);
    const events = join(root, 'gate-engine-out', 'full_suite_events.jsonl');
    const whole = readFileSync(events, 'utf8');
    expect(await check(root, 'gate-engine-out/full_suite_verdict.json')).toEqual({ status: 0, codes: [] });
    writeFileSync(events, whole.split('\n').filter((l) => !l.includes('"run_finished"')).join('\n'));
    expect(await exit2(root, 'gate-engine-out/full_suite_verdict.json')).toContain('has 0 run_finished events');
    writeFileSync(events, whole.replaceAll(`"run_id":"${readVerdictJson(join(root, 'gate-engine-out', 'full_suite_verdict.json')).run_id}"`, '"run_id":"another-run"').split('\n').slice(0, 2).join('\n'));
    expect(await check(root, 'gate-engine-out/full_suite_verdict.json')).toEqual({ status: 0, codes: [] });
  }, 60_000);
});

describe('the records a run landed beside its verdict cannot be turned off (review, session 33)', () => {
  const refused = async (root: string, verdict = 'gate-engine-out/full_suite_verdict.json') => {
    const run = await cli(['check', verdict, '--root', root, '--now', LATER, '--json'], { cwd: root });
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'verdict_inconsistent', exit_code: 2 } });
    return run.stderr;
  };
  const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

  it('one byte of the replay bundle garbled beside an edited verdict (its JSON, the file it names, its run id): verdict_inconsistent (exit 2), whatever the stream says', async () => {
    const { root, forged, out } = await editedInPlace();
    const bundle = join(out, 'replay_bundle.json');
    const whole = readFileSync(bundle, 'utf8');
    // The stream too is out of the way (removed): the bundle alone answers for the verdict.
    rmSync(join(out, 'full_suite_events.jsonl'));
    writeFileSync(bundle, whole.replace('{', '['));
    expect(await refused(root)).toContain('replay_bundle.json beside the verdict cannot be read as the record gate-engine writes (line 2, column 11');
    writeFileSync(bundle, whole.replace('"file": "full_suite_verdict.json"', '"file": "full_suite_verdicT.json"'));
    expect(await refused(root)).toContain('its source_verdict names "full_suite_verdicT.json", and a run\'s bundle names the full_suite_verdict.json it landed with');
    writeFileSync(bundle, whole.replace(`"run_id": "${forged.run_id}"`, `"run_id": "${forged.run_id}x"`));
    expect(await refused(root)).toContain(`wrote beside full_suite_verdict.json names it by sha256`);
    // Reached through a link kept elsewhere: the records lie beside the file the link leads to.
    writeFileSync(bundle, whole);
    symlinkSync(join(out, 'full_suite_verdict.json'), join(root, 'linked.json'));
    expect(await refused(root, 'linked.json')).toContain(`wrote beside full_suite_verdict.json names it by sha256`);
    writeFileSync(bundle, '');
    expect(await refused(root)).toContain('replay_bundle.json beside the verdict cannot be read');
    rmSync(bundle);
    mkdirSync(bundle);
    expect(await refused(root)).toContain('(it is not a regular file)');
  }, 60_000);

  it('an edited verdict whose run id (or lane) was changed too, in place: the bundle that landed there names other bytes, verdict_inconsistent (exit 2)', async () => {
    const { root, forged, out, write } = await editedInPlace();
    const real = forged.run_id;
    forged.run_id = 'ci-4711';
    write(forged);
    expect(await refused(root)).toContain(`the replay bundle run ${real} wrote beside full_suite_verdict.json names it by sha256`);
    expect(await refused(root)).toContain('this verdict is run ci-4711\'s, so it was put over that run\'s outputs, or edited (its run id too)');
    // Its lane edited instead: the records of the lane whose name it lies under are still the ones that landed with it.
    forged.run_id = real;
    Object.assign(forged, { lane: 'preflight', first_failure: null, gates_evaluated: forged.gates.length, gates_not_evaluated: [], fail_fast_triggered: false });
    write(forged);
    expect(await refused(root)).toContain(`the replay bundle run ${real} wrote beside full_suite_verdict.json names it by sha256`);
    rmSync(join(out, 'replay_bundle.json'));
    expect(await refused(root)).toContain('line 1 of the run\'s event stream is "run_started" of the "full" lane, not run_started of the preflight lane');
  }, 60_000);

  it('line 1 of the event stream garbled beside an edited verdict, the bundle removed (its JSON, its run id, its gates, its event): verdict_inconsistent (exit 2)', async () => {
    const { root, forged, out } = await editedInPlace();
    rmSync(join(out, 'replay_bundle.json'));
    const events = join(out, 'full_suite_events.jsonl');
    const whole = readFileSync(events, 'utf8');
    const [first = '', ...rest] = whole.split('\n');
    const withFirst = (line: string) => writeFileSync(events, [line, ...rest].join('\n'));
    withFirst(first.slice(1));
    expect(await refused(root)).toContain('full_suite_events.jsonl beside the verdict cannot be read as the record gate-engine writes (line 1 is not an event');
    withFirst(first.replace(`"run_id":"${forged.run_id}"`, '"run_id":"another-run"'));
    expect(await refused(root)).toContain(`the run's event stream holds lines of runs another-run, ${forged.run_id}: one run writes one stream, so it was edited`);
    withFirst(first.replace('"gates":["a","b"]', '"gates":["a"]'));
    expect(await refused(root)).toContain('the run\'s event stream says run');
    withFirst(first.replace('"event":"run_started"', '"event":"gate_started"'));
    expect(await refused(root)).toContain('line 1 of the run\'s event stream is "gate_started"');
    // Another run's stream, whole and well-formed, says nothing of this verdict: the detail rule and the signature are left
    // for a copy under another name. At the lane's name in the run's own landing, the bundle removed is itself the finding
    // (review rv2: removing it must not be easier than garbling it).
    writeFileSync(events, whole.replaceAll(`"run_id":"${forged.run_id}"`, '"run_id":"another-run"'));
    expect(await refused(root)).toContain('replay_bundle.json is gone from beside the verdict, in a landing of gate-engine\'s own');
    cpSync(join(out, 'full_suite_verdict.json'), join(out, 'kept.json'));
    rmSync(join(out, 'full_suite_verdict.json'));
    expect(await check(root, 'gate-engine-out/kept.json')).toEqual({ status: 0, codes: [] });
  }, 60_000);

  it('sound: a verdict copied under another name into the outputs of a later run promotes (the records there are of that run and of its verdict)', async () => {
    const { root } = repo();
    expect(await verifyIn(root, '--now', NOW)).toBe(0);
    cpSync(join(root, 'gate-engine-out', 'full_suite_verdict.json'), join(root, 'earlier.json'));
    expect(await verifyIn(root, '--now', '2026-03-10T12:05:00Z')).toBe(0);
    cpSync(join(root, 'earlier.json'), join(root, 'gate-engine-out', 'earlier.json'));
    rmSync(join(root, 'earlier.json'));
    expect(await check(root, 'gate-engine-out/earlier.json')).toEqual({ status: 0, codes: [] });
    // The same verdict put at the lane's name, over the later run's verdict: the bundle that landed there names the other.
    cpSync(join(root, 'gate-engine-out', 'earlier.json'), join(root, 'gate-engine-out', 'full_suite_verdict.json'));
    expect(await refused(root)).toContain('so it was put over that run\'s outputs');
  }, 60_000);

  it('a merged verdict copied over a shard\'s verdict, beside that shard\'s bundle, is refused saying so (exit 2); where merge wrote it, it promotes', async () => {
    const { root } = repo();
    expect(await verifyIn(root, '--shard', '1/2', '--run-id', 'ci-33', '--out', 's1', '--now', NOW)).toBe(0);
    expect(await verifyIn(root, '--shard', '2/2', '--run-id', 'ci-33', '--out', 's2', '--now', NOW)).toBe(0);
    expect((await cli(['merge', 's1/full_suite_verdict.json', 's2/full_suite_verdict.json', '--out', 'merged', '--now', NOW], { cwd: root })).status).toBe(0);
    expect(await check(root, 'merged/full_suite_verdict.json')).toEqual({ status: 0, codes: [] });
    cpSync(join(root, 'merged', 'full_suite_verdict.json'), join(root, 's2', 'full_suite_verdict.json'));
    expect(await refused(root, 's2/full_suite_verdict.json')).toContain('this is the merged verdict of run ci-33, and the bundle is that of the verdict of shard 2 it merged (s2/full_suite_verdict.json): the merged verdict was copied over the shard\'s verdict');
  }, 60_000);

  it('a passing check of gate a copied into failing gate b in place of its failure (b refolded, its detail rewritten), in place: the bundle, and without it the stream, tell it (exit 2)', async () => {
    const { root, forged, b } = await failedRunToForge();
    const a = forged.gates.find((g) => g.id === 'a');
    if (a === undefined || a.checks[0]?.status !== 'pass') throw new Error('fixture');
    b.checks = [structuredClone(a.checks[0])];
    b.raw_status = 'pass';
    b.status = 'pass';
    delete b.reason;
    const { describeChecks } = await import('../../src/core/fold.js');
    b.detail = describeChecks('pass', b.checks, undefined);
    // A copy alone is self-consistent: only the signature sees this edit there (docs/threat-model.md).
    const copy = writeForged(forged, { refold: true });
    const { readVerdict } = await import('../../src/verdict-file.js');
    await expect(readVerdict(copy)).resolves.toMatchObject({ verdict: 'pass' });
    writeFileSync(join(root, 'gate-engine-out', 'full_suite_verdict.json'), readFileSync(copy));
    expect(await refused(root)).toContain('names it by sha256');
    rmSync(join(root, 'gate-engine-out', 'replay_bundle.json'));
    expect(await refused(root)).toContain('the run\'s event stream says gate "b" finished {"status":"fail"');
  }, 60_000);

  it('assessVerdictInRepo (a verdict object, no file): one read from the repository\'s output directory, edited in place (written compactly), is held against its records: verdict_inconsistent; unedited it promotes', async () => {
    const { assessVerdictInRepo } = await import('../../src/assess.js');
    const { root, out } = await editedInPlace();
    const read = () => JSON.parse(readFileSync(join(out, 'full_suite_verdict.json'), 'utf8')) as Verdict;
    const assess = async () => (await assessVerdictInRepo(read(), { root, clockPinned: true, now: new Date(LATER) })).reasons;
    writeFileSync(join(out, 'full_suite_verdict.json'), JSON.stringify(read()));
    expect(await assess()).toEqual([{ code: 'verdict_inconsistent', message: expect.stringContaining('names it by sha256') as unknown as string }]);
    rmSync(join(out, 'replay_bundle.json'));
    expect(await assess()).toEqual(expect.arrayContaining([{ code: 'verdict_inconsistent', message: expect.stringContaining('the run\'s event stream says gate "b" finished {"status":"fail"') as unknown as string }]));
    expect(new Set((await assess()).map((r) => r.code))).toEqual(new Set(['verdict_inconsistent']));
    // A verdict kept elsewhere (no records) is judged on what it says: sound or forged with care, only the signature tells.
    const { root: clean } = repo();
    expect(await verifyIn(clean, '--now', NOW)).toBe(0);
    const landed = JSON.parse(readFileSync(join(clean, 'gate-engine-out', 'full_suite_verdict.json'), 'utf8')) as Verdict;
    expect(await assessVerdictInRepo(landed, { root: clean, clockPinned: true, now: new Date(LATER) })).toEqual({ promote: true, reasons: [] });
  }, 60_000);
});

describe('assessVerdict (library): a verdict object is held to this engine\'s verdict schema first (review, session 33)', () => {
  it('its schema id edited, a summary count turned into text, or a gate without checks: verdict_inconsistent, never promote; unedited it promotes', async () => {
    const { assessVerdict, assessVerdictInRepo } = await import('../../src/assess.js');
    const { verify } = await import('../../src/verify.js');
    const { root, head } = repo();
    const { verdict } = await verify({ root, now: NOW, write: false });
    const options = { clockPinned: true, now: new Date(LATER), trustGateList: true, commit: head };
    expect(assessVerdict(verdict, options)).toEqual({ promote: true, reasons: [] });
    const edited = (change: (v: Record<string, any>) => void) => {
      const v = structuredClone(verdict) as unknown as Record<string, any>;
      change(v);
      return v as unknown as Verdict;
    };
    const schema = edited((v) => (v.schema = 'gate-engine.full_suite_verdict.v2'));
    expect(assessVerdict(schema, options)).toEqual({ promote: false, reasons: [{ code: 'verdict_inconsistent', message: expect.stringContaining('the verdict\'s schema is "gate-engine.full_suite_verdict.v2", not gate-engine.full_suite_verdict.v1') }] });
    expect(await assessVerdictInRepo(schema, { root, clockPinned: true, now: new Date(LATER) })).toMatchObject({ promote: false, reasons: [{ code: 'verdict_inconsistent' }] });
    expect(assessVerdict(edited((v) => (v.summary.failed = '0')), options).reasons).toEqual([{ code: 'verdict_inconsistent', message: expect.stringContaining('/summary/failed') }]);
    const noChecks = edited((v) => delete v.gates[0].checks);
    expect(assessVerdict(noChecks, options).reasons.map((r) => r.code)).toEqual(['verdict_inconsistent']);
    expect((await assessVerdictInRepo(noChecks, { root, clockPinned: true, now: new Date(LATER) })).reasons.map((r) => r.code)).toEqual(['verdict_inconsistent']);
  }, 60_000);
});

describe('a partial run presented as the full suite (review, session 33)', () => {
  /** The selection edited to say every gate ran, and the gate-list digest recomputed to match, as a careful forger does. */
  async function presentedAsFull(root: string, path: string): Promise<string> {
    const { configGatesDigest } = await import('../../src/core/verdict.js');
    const v = readVerdictJson(join(root, path));
    v.selection = { ...v.selection, complete: true, by: 'all', not_selected: [] };
    v.config_gates_sha256 = configGatesDigest(v.selection.selected, (v.disabled_gates ?? []).map((d) => d.id));
    delete v.shard;
    return writeForged(v, { refold: true });
  }

  it('a --gate run and one shard of two, their selection made complete (digest recomputed, shard record dropped): config_mismatch (exit 1); a whole run promotes', async () => {
    const { root } = repo();
    expect(await verifyIn(root, '--gate', 'a', '--out', 's1', '--now', NOW)).toBe(0);
    expect(await check(root, 's1/full_suite_verdict.json')).toEqual({ status: 1, codes: ['incomplete'] });
    expect(await check(root, await presentedAsFull(root, 's1/full_suite_verdict.json'))).toEqual({ status: 1, codes: ['config_mismatch', 'config_mismatch'] });
    expect(await verifyIn(root, '--shard', '2/2', '--run-id', 'ci-34', '--out', 's2', '--now', NOW)).toBe(0);
    expect(await check(root, 's2/full_suite_verdict.json')).toEqual({ status: 1, codes: ['incomplete'] });
    expect(await check(root, await presentedAsFull(root, 's2/full_suite_verdict.json'))).toEqual({ status: 1, codes: ['config_mismatch', 'config_mismatch'] });
    expect(await verifyIn(root, '--now', NOW)).toBe(0);
    expect(await check(root, 'gate-engine-out/full_suite_verdict.json')).toEqual({ status: 0, codes: [] });
  }, 60_000);
});

describe('records removed, or a stream cut, beside an edited verdict (review rv2, session 33)', () => {
  const refused = async (root: string, verdict = 'gate-engine-out/full_suite_verdict.json') => {
    const run = await cli(['check', verdict, '--root', root, '--now', LATER, '--json'], { cwd: root });
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'verdict_inconsistent', exit_code: 2 } });
    return run.stderr;
  };

  it('both records removed from the landing (link mode): verdict_inconsistent (exit 2) naming each; report and diff refuse it too', async () => {
    const { root, out } = await editedInPlace();
    rmSync(join(out, 'replay_bundle.json'));
    rmSync(join(out, 'full_suite_events.jsonl'));
    const stderr = await refused(root);
    expect(stderr).toContain('replay_bundle.json is gone from beside the verdict, in a landing of gate-engine\'s own');
    expect(stderr).toContain('full_suite_events.jsonl is gone from beside the verdict, in a landing of gate-engine\'s own');
    const report = await cli(['report', 'gate-engine-out/full_suite_verdict.json'], { cwd: root });
    expect(report.status).toBe(2);
    expect(report.stderr).toContain('replay_bundle.json is gone');
  }, 60_000);

  it('sound: a verdict with some of its records beside it (a partial download: verdict, report, stream), in a directory gate-engine does not own, is judged on what it says and the records there: promotes', async () => {
    const { root } = repo();
    expect(await verifyIn(root, '--now', NOW)).toBe(0);
    mkdirSync(join(root, 'download'));
    for (const f of ['full_suite_verdict.json', 'full_suite_report.md', 'full_suite_events.jsonl']) cpSync(join(root, 'gate-engine-out', f), join(root, 'download', f));
    expect(await check(root, 'download/full_suite_verdict.json')).toEqual({ status: 0, codes: [] });
  }, 60_000);

  it('merge of a shard whose verdict was edited in place and its records removed: verdict_inconsistent (exit 2), no merged verdict', async () => {
    const { root } = repo({ 'b.json': { status: 'fail' } });
    expect(await verifyIn(root, '--shard', '1/2', '--run-id', 'ci-rv2m', '--out', 's1', '--now', NOW)).toBe(0);
    expect(await verifyIn(root, '--shard', '2/2', '--run-id', 'ci-rv2m', '--out', 's2', '--now', NOW)).toBe(1);
    const forged = readVerdictJson(join(root, 's2', 'full_suite_verdict.json'));
    const b = forged.gates.find((g) => g.id === 'b');
    if (b === undefined) throw new Error('fixture');
    forgePass(b);
    writeForged(forged, { refold: true });
    writeFileSync(join(root, 's2', 'full_suite_verdict.json'), JSON.stringify(forged, null, 2));
    rmSync(join(root, 's2', 'replay_bundle.json'));
    rmSync(join(root, 's2', 'full_suite_events.jsonl'));
    const merge = await cli(['merge', 's1/full_suite_verdict.json', 's2/full_suite_verdict.json', '--out', 'merged', '--now', NOW, '--json'], { cwd: root });
    expect(merge.status).toBe(2);
    expect(JSON.parse(merge.stdout)).toMatchObject({ error: { code: 'verdict_inconsistent', exit_code: 2 } });
    expect(merge.stderr).toContain('replay_bundle.json is gone from beside the verdict, in a landing of gate-engine\'s own');
  }, 60_000);

  it('the bundle re-pointed at the edited bytes (sha256 recomputed) and gate b\'s lines cut from the stream, renumbered: verdict_inconsistent (exit 2)', async () => {
    const { root, forged, out, text } = await editedInPlace();
    const bundle = join(out, 'replay_bundle.json');
    const b = JSON.parse(readFileSync(bundle, 'utf8')) as { source_verdict: { sha256: string } };
    b.source_verdict.sha256 = createHash('sha256').update(text).digest('hex');
    writeFileSync(bundle, JSON.stringify(b, null, 2));
    const events = join(out, 'full_suite_events.jsonl');
    const lines = readFileSync(events, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const kept = lines.filter((l) => l.gate_id !== 'b');
    kept.forEach((l, k) => {
      l.seq = k + 1;
      if (l.event === 'run_finished') Object.assign(l, { verdict: forged.verdict, summary: forged.summary });
    });
    writeFileSync(events, kept.map((l) => JSON.stringify(l)).join('\n') + '\n');
    expect(await refused(root)).toContain('the run\'s event stream has 0 gate_finished events of gate "b" (one for each gate the run started)');
  }, 60_000);

  it('sound: a landing whose line ends were all turned into CRLF (an output directory checked out with git autocrlf) promotes; the same with one edit is verdict_inconsistent (exit 2)', async () => {
    const { root } = repo();
    expect(await verifyIn(root, '--now', NOW)).toBe(0);
    const out = join(root, 'gate-engine-out');
    const crlf = (f: string) => writeFileSync(join(out, f), readFileSync(join(out, f), 'utf8').replaceAll('\n', '\r\n'));
    for (const f of ['full_suite_verdict.json', 'replay_bundle.json', 'full_suite_events.jsonl']) crlf(f);
    expect(await check(root, 'gate-engine-out/full_suite_verdict.json')).toEqual({ status: 0, codes: [] });
    const verdict = join(out, 'full_suite_verdict.json');
    writeFileSync(verdict, readFileSync(verdict, 'utf8').replace('"run_id": "', '"run_id": "x'));
    expect(await refused(root)).toContain('wrote beside full_suite_verdict.json names it by sha256');
  }, 60_000);

  it('sound: a passing verdict copied alone into another directory under the lane\'s name promotes; preflight and merged landings promote whole', async () => {
    const { root } = repo();
    expect(await verifyIn(root, '--now', NOW)).toBe(0);
    mkdirSync(join(root, 'alone'));
    cpSync(join(root, 'gate-engine-out', 'full_suite_verdict.json'), join(root, 'alone', 'full_suite_verdict.json'));
    expect(await check(root, 'alone/full_suite_verdict.json')).toEqual({ status: 0, codes: [] });
    expect(await check(root, 'gate-engine-out/full_suite_verdict.json')).toEqual({ status: 0, codes: [] });
    expect(await verifyIn(root, '--shard', '1/2', '--run-id', 'ci-rv2', '--out', 's1', '--now', NOW)).toBe(0);
    expect(await verifyIn(root, '--shard', '2/2', '--run-id', 'ci-rv2', '--out', 's2', '--now', NOW)).toBe(0);
    expect((await cli(['merge', 's1/full_suite_verdict.json', 's2/full_suite_verdict.json', '--out', 'merged', '--now', NOW], { cwd: root })).status).toBe(0);
    expect(await check(root, 'merged/full_suite_verdict.json')).toEqual({ status: 0, codes: [] });
  }, 60_000);
});
