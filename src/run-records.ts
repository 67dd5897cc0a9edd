/**
 * The records a run lands beside its verdict, in one step with it (src/output/land.ts replaces or drops every name of a
 * lane's set at each landing): the replay bundle, which names the verdict by file name and sha256 of its bytes, and the
 * event stream, rendered from the verdict. Beside a verdict they are evidence about it, so every reader of a recorded
 * verdict holds the verdict against them (readVerdictFile for a file, assessVerdictInRepo for a verdict object found
 * in the repository). A record that is there is read in full or it is itself the finding: a record garbled by one byte
 * never turns the agreement checks off. Only an absent record, or a well-formed one of another run where that run's
 * records may lie, says nothing.
 */
import { createHash } from 'node:crypto';
import { realpath } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { JsonParseError, parseJson } from './artifacts/json-parse.js';
import type { Inconsistency } from './core/consistency.js';
import type { Lane, Verdict } from './core/types.js';
import { EVENT_SCHEMA_ID } from './output/events.js';
import { outputFiles } from './output/files.js';
import { REPLAY_SCHEMA_ID } from './output/replay-bundle.js';
import { decodeUtf8 } from './util/utf8.js';
import { readRegularFile } from './util/regular-file.js';

const show = (v: unknown) => JSON.stringify(v) ?? 'undefined';
const short = (sha: string) => `${sha.slice(0, 12)}…`;
const SHA256 = /^[0-9a-f]{64}$/;
const EVENTS = ['run_started', 'gate_started', 'gate_finished', 'run_finished'];
const LANES: readonly Lane[] = ['full', 'preflight'];

type Record_ = { absent: true } | { unreadable: string } | { text: string };

/** A record's text: absent (nothing at the path) says nothing; anything else that is not UTF-8 text of a regular file is unreadable. */
async function readRecord(abs: string): Promise<Record_> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { absent: true };
    return { unreadable: code === 'EINVAL' ? 'it is not a regular file' : (e as Error).message };
  }
  const text = decodeUtf8(bytes);
  return text === undefined ? { unreadable: 'it is not UTF-8 text' } : { text };
}

/** A strict JSON object, or why the text is not one. */
function jsonObject(text: string): { value: Record<string, unknown> } | { problem: string } {
  try {
    const value = parseJson(text).value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { problem: `it is ${Array.isArray(value) ? 'an array' : show(value)}, not an object` };
    return { value: value as Record<string, unknown> };
  } catch (e) {
    if (!(e instanceof JsonParseError)) throw e;
    return { problem: `line ${e.problem.line}, column ${e.problem.column}: ${e.problem.message}` };
  }
}

interface Bundle {
  run_id: string;
  file: string;
  sha256: string;
}

/** The fields of a replay bundle that bind it to a verdict, or why it is not one (what gate-engine writes always has them). */
function parseBundle(text: string, verdictName: string): { bundle: Bundle } | { problem: string } {
  const parsed = jsonObject(text);
  if ('problem' in parsed) return parsed;
  const b = parsed.value;
  const source = b.source_verdict as { file?: unknown; sha256?: unknown } | undefined;
  if (b.schema !== REPLAY_SCHEMA_ID) return { problem: `its schema is ${show(b.schema)}, not ${REPLAY_SCHEMA_ID}` };
  if (typeof b.run_id !== 'string' || b.run_id === '') return { problem: `its run_id is ${show(b.run_id)}` };
  if (source === null || typeof source !== 'object' || typeof source.sha256 !== 'string' || !SHA256.test(source.sha256)) return { problem: `its source_verdict ${show(source)} names no verdict by sha256` };
  // A run's bundle always names the verdict it landed with, under the lane's name.
  if (source.file !== verdictName) return { problem: `its source_verdict names ${show(source.file)}, and a run's bundle names the ${verdictName} it landed with` };
  return { bundle: { run_id: b.run_id, file: source.file, sha256: source.sha256 } };
}

/**
 * The bundle beside the verdict, read as `name` with `sha256`. At the lane's own name (where its run landed it) the verdict
 * must be the one the bundle names, whatever run the bundle is of: a landing replaces both, so another run's bundle there
 * means the verdict was put over that run's outputs, or edited with its run id, after they landed. A copy under another
 * name is not what the bundle names, so only a bundle that cannot be read is a finding beside it.
 */
function bundleProblem(v: Verdict, name: string, sha256: string, bundle: Bundle): string | undefined {
  if (name !== bundle.file || bundle.sha256 === sha256) return undefined;
  const names = `the replay bundle run ${bundle.run_id} wrote beside ${name} names it by sha256 ${short(bundle.sha256)}, and the file is ${short(sha256)} now`;
  if (bundle.run_id !== v.run_id) {
    return `${names}: this verdict is run ${v.run_id}'s, so it was put over that run's outputs, or edited (its run id too), after they landed; check a verdict in the directory its run landed it in, or copied away from another run's records`;
  }
  const shard = v.merged_from?.find((m) => m.sha256 === bundle.sha256);
  if (shard !== undefined) {
    return `${names}: this is the merged verdict of run ${v.run_id}, and the bundle is that of the verdict of shard ${shard.shard_index} it merged (${shard.path}): the merged verdict was copied over the shard's verdict; check it where merge wrote it (merge --out), or copied away from the shard's records`;
  }
  return `${names}: it was changed after run ${v.run_id} wrote it${v.shard !== undefined || v.merged_from !== undefined ? `, or another verdict of that run (a shard's, or the merged one) was put in its place` : ''}`;
}

interface Event {
  event: string;
  run_id: string;
  seq: number;
  [key: string]: unknown;
}

/** Every line of an event stream read as an event, or the first line that is not one. */
function parseEvents(text: string): { events: Event[] } | { problem: string } {
  const lines = text.split('\n');
  const events: Event[] = [];
  for (const [k, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const parsed = jsonObject(line);
    const e = 'value' in parsed ? parsed.value : undefined;
    const problem = e === undefined ? ('problem' in parsed ? parsed.problem : '') : e.schema !== EVENT_SCHEMA_ID ? `its schema is ${show(e.schema)}` : typeof e.run_id !== 'string' || e.run_id === '' ? `its run_id is ${show(e.run_id)}` : !Number.isInteger(e.seq) ? `its seq is ${show(e.seq)}` : !EVENTS.includes(e.event as string) ? `its event is ${show(e.event)}` : undefined;
    if (problem !== undefined) return { problem: `line ${k + 1} is not an event (${problem})` };
    events.push(e as Event);
  }
  if (events.length === 0) return { problem: 'it holds no event' };
  return { events };
}

/**
 * The event stream is rendered from the verdict, so the stream of its run agrees with it line for line: a verdict edited
 * (a failing gate refolded to pass) leaves the stream telling the failure, a stream cut before run_finished is not the
 * record of a finished run, and a stream of one run is that run's on every line. A well-formed stream of another run says
 * nothing of this verdict; a merged verdict has no stream of its own (its shards' are of the same run). One of this run
 * listing other gates is another verdict's of the run (a shard's) where the verdict is a copy under another name; where
 * it lies at the lane's own name, the stream landed with it and must list its gates.
 */
export function eventStreamInconsistencies(v: Verdict, events: readonly Event[], atItsPlace: boolean): string[] {
  const ids = [...new Set(events.map((e) => e.run_id))];
  if (!ids.includes(v.run_id)) return [];
  if (ids.length > 1) return [`the run's event stream holds lines of runs ${ids.join(', ')}: one run writes one stream, so it was edited`];
  if (v.merged_from !== undefined) return [];
  const start = events[0] as Event;
  if (start.event !== 'run_started' || start.lane !== v.lane) return [`line 1 of the run's event stream is ${show(start.event)} of the ${show(start.lane)} lane, not run_started of the ${v.lane} lane: the stream was cut or edited`];
  if (!isDeepStrictEqual(start.gates, v.gates.map((g) => g.id))) {
    return atItsPlace ? [`the run's event stream says run ${v.run_id} started gates ${show(start.gates)}, the verdict holds ${show(v.gates.map((g) => g.id))}: another verdict of that run (a shard's) was put in its place, or one was edited`] : [];
  }
  const out: string[] = [];
  // Every line is numbered from 1 (`seq`): a gap is a line taken out (a gate's events deleted with the gate's failure).
  const broken = events.findIndex((e, k) => e.seq !== k + 1);
  if (broken !== -1) out.push(`line ${broken + 1} of the run's event stream is not event ${broken + 1} of run ${v.run_id}: the stream was cut or edited`);
  const byId = new Map(v.gates.map((g) => [g.id, g]));
  // Every gate the run started is streamed as it finishes, once: a stream missing a gate's lines (renumbered to close the
  // gap) no longer tells that gate's failure, and says nothing of the verdict's pass for it either.
  for (const g of v.gates) {
    const n = events.filter((e) => e.event === 'gate_finished' && e.gate_id === g.id).length;
    if (n !== 1) out.push(`the run's event stream has ${n} gate_finished events of gate ${show(g.id)} (one for each gate the run started): the stream was cut or edited`);
  }
  for (const e of events) {
    if (e.event !== 'gate_finished') continue;
    const g = byId.get(String(e.gate_id));
    const recorded = g === undefined ? undefined : { status: g.status, raw_status: g.raw_status, reason: g.reason ?? null, blocking: g.blocking };
    const streamed = { status: e.status, raw_status: e.raw_status, reason: e.reason ?? null, blocking: e.blocking };
    if (!isDeepStrictEqual(recorded, streamed)) out.push(`the run's event stream says gate ${show(e.gate_id)} finished ${show(streamed)}, the verdict says ${show(recorded)}`);
  }
  const finished = events.filter((e) => e.event === 'run_finished');
  if (finished.length !== 1) out.push(`the run's event stream has ${finished.length} run_finished events (one when the run finished): the stream was cut or edited`);
  for (const e of finished) {
    if (e.verdict !== v.verdict || !isDeepStrictEqual(e.summary, v.summary)) out.push(`the run's event stream says the run finished ${show(e.verdict)} with ${show(e.summary)}, the verdict says ${show(v.verdict)} with ${show(v.summary)}`);
  }
  return out;
}

/**
 * How the verdict named `name` in `dir`, whose bytes hash to `sha256`, disagrees with the run records beside it. The
 * stream is read even when the bundle names the verdict's bytes: the bundle's digest is recomputed by anyone who edits
 * the verdict, the stream has to be rewritten line by line to agree, so each catches what the other lets through.
 */
export async function runRecordsBeside(verdict: Verdict, dir: string, name: string, sha256: string): Promise<Inconsistency[]> {
  // The place is the name: a verdict whose lane was edited still lies where the other lane's landing put its own.
  const placeLane = LANES.find((lane) => outputFiles(lane).verdict === name);
  const names = outputFiles(placeLane ?? verdict.lane);
  const atItsPlace = placeLane !== undefined;
  const finding = (record: string, message: string): Inconsistency[] => [{ pointer: `/ (the ${record} beside it)`, message }];
  const unreadable = (file: string, why: string) => `${file} beside the verdict cannot be read as the record gate-engine writes (${why}): a run's records are never garbled, so the verdict cannot be shown to be what its run landed; remove it, or check a copy of the verdict away from it`;

  const bundleFile = await readRecord(resolve(dir, names.replay));
  if ('unreadable' in bundleFile) return finding('replay bundle', unreadable(names.replay, bundleFile.unreadable));
  // A bundle removed is a finding as a garbled one is, and the stream is still read: what it tells is told too.
  const missing = 'absent' in bundleFile && atItsPlace ? await recordsTakenAway(dir, names) : undefined;
  const gone = missing === undefined ? [] : finding('replay bundle', missing);
  if ('text' in bundleFile) {
    const parsed = parseBundle(bundleFile.text, names.verdict);
    if ('problem' in parsed) return finding('replay bundle', unreadable(names.replay, parsed.problem));
    const problem = bundleProblem(verdict, name, sha256, parsed.bundle);
    if (problem !== undefined) return finding('replay bundle', problem);
  }

  const streamFile = await readRecord(resolve(dir, names.events));
  if ('absent' in streamFile) {
    // A run's stream lands with its verdict (a merge writes none): in a landing of gate-engine's own it is never absent.
    const removed = atItsPlace && verdict.merged_from === undefined && (await isGeneration(dir));
    return removed ? [...gone, ...finding('event stream', `${names.events} is gone from beside the verdict, in a landing of gate-engine's own where its run wrote it with the verdict: the stream was removed, and the verdict cannot be shown to be what its run landed; check the verdict where its run landed it whole, or a copy of it away from its records`)] : gone;
  }
  if ('unreadable' in streamFile) return [...gone, ...finding('event stream', unreadable(names.events, streamFile.unreadable))];
  const parsed = parseEvents(streamFile.text);
  if ('problem' in parsed) return [...gone, ...finding('event stream', unreadable(names.events, parsed.problem))];
  return [
    ...gone,
    ...eventStreamInconsistencies(verdict, parsed.events, atItsPlace)
      .slice(0, 5)
      .flatMap((m) => finding('event stream', m)),
  ];
}

/** A generation directory of gate-engine's link mode (src/output/land.ts): `.<name>.runs/<pid>-<8 hex>`, only ever landed whole. */
async function isGeneration(dir: string): Promise<boolean> {
  const real = await realpath(dir).catch(() => resolve(dir));
  return /^\d+-[0-9a-f]{8}$/.test(basename(real)) && /^\..+\.runs$/.test(basename(dirname(real)));
}

/**
 * Why a verdict at its lane's name with no replay bundle beside it was taken away from its records, or undefined when
 * it may be a copy put there alone. Every landing writes the bundle with the verdict (every engine version has), and a
 * generation of gate-engine's own is only ever landed whole: a bundle missing there was removed, and removing it must
 * not turn off what a garbled one is refused for. Elsewhere a verdict without its bundle is a copy (alone, or with some
 * of its records, as a partial artifact download leaves it): judged on what it says and on the records that are there.
 */
async function recordsTakenAway(dir: string, names: ReturnType<typeof outputFiles>): Promise<string | undefined> {
  if (!(await isGeneration(dir))) return undefined;
  return `${names.replay} is gone from beside the verdict, in a landing of gate-engine's own where its run wrote it with the verdict: the verdict cannot be shown to be what its run landed; check the verdict where its run landed it whole, or a copy of it away from its records`;
}

/** sha256 of a verdict's bytes, hex. */
export const verdictSha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

/**
 * sha256 of the bytes its run landed, as the bundle names them: gate-engine writes LF line ends only (and a CR inside a
 * string is escaped), so a verdict whose every line end was turned into CRLF (an output directory checked out by git
 * with autocrlf) is its run's bytes exactly when its line ends are turned back; any other change still shows.
 */
export const landedSha256 = (bytes: Buffer): string => verdictSha256(bytes.includes('\r\n') ? Buffer.from(bytes.toString('latin1').replaceAll('\r\n', '\n'), 'latin1') : bytes);

/**
 * The records of a verdict given as an object (assessVerdictInRepo): those beside the file it was read from, where that
 * file is found in one of `dirs` under the lane's name. The file is the object when it parses to the same value (in any
 * layout: an edit written compactly is the same verdict); another verdict there (an earlier run's, another shard's) is not
 * what the records beside it are about.
 */
export async function runRecordsOfVerdict(verdict: Verdict, dirs: readonly string[]): Promise<Inconsistency[]> {
  const name = outputFiles(verdict.lane).verdict;
  const value: unknown = JSON.parse(JSON.stringify(verdict));
  for (const dir of new Set(dirs.map((d) => resolve(d)))) {
    const bytes = await readRegularFile(resolve(dir, name)).catch(() => undefined);
    const text = bytes === undefined ? undefined : decodeUtf8(bytes);
    if (bytes === undefined || text === undefined) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      continue;
    }
    if (isDeepStrictEqual(parsed, value)) return runRecordsBeside(verdict, dir, name, landedSha256(bytes));
  }
  return [];
}
