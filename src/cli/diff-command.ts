import { dirname, resolve } from 'node:path';
import { EngineError } from '../core/errors.js';
import { signingKeyFrom } from '../core/signature.js';
import { writeFilesAtomically } from '../output/atomic.js';
import { json, outputFiles } from '../output/files.js';
import { diffVerdicts } from '../triage/diff.js';
import { readVerdictFile } from '../verdict-file.js';
import { clockFrom, requirePathOption } from '../verify.js';
import { parseCommandArgs } from './args.js';
import { DIFF_HELP } from './help.js';
import type { CliIO } from './main-run.js';
import { renderTriage } from './render.js';
import { guardForGithub } from './reporting.js';

export async function diffCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'diff',
    argv,
    { out: { type: 'string' }, now: { type: 'string' }, subset: { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    true,
  );
  if (values.help) {
    io.stdout(DIFF_HELP);
    return 0;
  }
  if (positionals.length !== 2) {
    throw new EngineError('usage', `diff takes exactly two verdict files (baseline, current); got ${positionals.length}`, { fix: 'gate-engine diff <baseline verdict> <current verdict>' });
  }
  requirePathOption('--out', values.out);
  const clock = clockFrom(values.now);
  const signingKey = signingKeyFrom(io.env);
  const baseline = await readVerdictFile(positionals[0] as string, io.cwd, 'baseline_invalid', 'baseline', undefined, signingKey);
  const current = await readVerdictFile(positionals[1] as string, io.cwd, 'baseline_invalid', 'current verdict', undefined, signingKey);
  if (baseline.verdict.lane !== current.verdict.lane) {
    throw new EngineError('baseline_invalid', `baseline ${baseline.path} is a ${baseline.verdict.lane}-lane verdict and ${current.path} a ${current.verdict.lane}-lane one`, { fix: 'compare verdicts of the same lane' });
  }
  const triage = diffVerdicts(baseline, current, { now: clock.now(), subset: values.subset === true, replayPrefix: ['npx', 'gate-engine', 'verify'] });
  const dir = values.out !== undefined ? resolve(io.cwd, values.out) : dirname(current.abs);
  const [written] = await writeFilesAtomically(dir, [{ name: outputFiles(current.verdict.lane).triage, content: json(triage) }]);
  io.stdout(values.json ? json(triage) : guardForGithub(renderTriage(triage, written as string, io.cwd), io.env));
  return triage.status === 'regression' ? 1 : 0;
}
