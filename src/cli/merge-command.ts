import { dirname, resolve } from 'node:path';
import { readRegularFile } from '../artifacts/load.js';
import { listingProblems, type TreeEntry } from '../core/artifact-tree.js';
import type { Verdict } from '../core/types.js';
import type { OutputFile } from '../output/atomic.js';
import type { RecordedVerdict } from '../verdict-file.js';
import { EngineError } from '../core/errors.js';
import { exitCodeFor } from '../core/fold.js';
import { signingKeyFrom } from '../core/signature.js';
import { outputFiles, serializeVerdict, writeRunOutputs } from '../output/files.js';
import { mergeVerdicts } from '../merge.js';
import { readVerdictFile } from '../verdict-file.js';
import { clockFrom, requirePathOption, gateTypeRegistry, reasonDescriber } from '../verify.js';
import { parseCommandArgs } from './args.js';
import { MERGE_HELP } from './help.js';
import type { CliIO } from './main-run.js';
import { renderHuman, styleFor } from './render.js';
import { guardForGithub } from './reporting.js';

export async function mergeCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('merge', argv, { out: { type: 'string' }, now: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, true);
  if (values.help) {
    io.stdout(MERGE_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new EngineError('usage', 'merge needs at least one shard verdict', { fix: 'gate-engine merge shard1/full_suite_verdict.json shard2/full_suite_verdict.json …' });
  requirePathOption('--out', values.out);
  const clock = clockFrom(values.now);
  const signingKey = signingKeyFrom(io.env);
  const inputs = [];
  for (const file of positionals) inputs.push(await readVerdictFile(file, io.cwd, 'merge_invalid', 'shard verdict'));
  const verdict = mergeVerdicts(inputs, clock.now(), signingKey);
  const dir = resolve(io.cwd, values.out ?? 'gate-engine-out');
  const serialized = serializeVerdict(verdict);
  const files = await writeRunOutputs(dir, {
    verdict: serialized,
    describeReason: reasonDescriber(gateTypeRegistry()),
    replayPrefix: ['npx', 'gate-engine', 'verify'],
    verdictPathForRerun: resolve(dir, outputFiles(verdict.lane).verdict),
    pinned: clock.pinned,
    extra: await shardListings(verdict, inputs),
  });
  const result = { verdict, exitCode: exitCodeFor(verdict), outputDir: dir, files };
  io.stdout(values.json ? serialized.text : guardForGithub(renderHuman(result, io.cwd, styleFor(io.isTTY, io.env)), io.env));
  return result.exitCode;
}

/**
 * The listings of the merged gates' tree entries, read beside the shard verdict that holds each gate: without them
 * next to the merged verdict, `check` could not re-hash the files they name (evidence regenerated since the run).
 * A listing that is absent or does not match its entry is left behind, as a shard copied without it.
 */
async function shardListings(merged: Verdict, inputs: readonly RecordedVerdict[]): Promise<OutputFile[]> {
  const files: OutputFile[] = [];
  for (const gate of merged.gates) {
    const input = inputs.find((i) => i.verdict.gates.includes(gate));
    for (const a of gate.artifacts as unknown as TreeEntry[]) {
      if (input === undefined || a.kind !== 'tree' || files.some((f) => f.name === a.listing)) continue;
      const text = await readRegularFile(resolve(dirname(input.abs), a.listing)).then((b) => b.toString('utf8'), () => undefined);
      if (text !== undefined && listingProblems(a, text).length === 0) files.push({ name: a.listing, content: text });
    }
  }
  return files;
}
