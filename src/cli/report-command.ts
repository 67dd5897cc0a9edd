import { EngineError } from '../core/errors.js';
import { foldRun, summarize } from '../core/fold.js';
import { readVerdictFile } from '../verdict-file.js';
import { gateTypeRegistry, reasonDescriber } from '../verify.js';
import { parseCommandArgs } from './args.js';
import { REPORT_HELP } from './help.js';
import type { CliIO } from './main-run.js';
import { emitVerdict, REPORTING_OPTIONS, validateReporting } from './reporting.js';

/** `gate-engine report <verdict>`: re-render a recorded verdict with any reporter; nothing is re-evaluated. */
export async function reportCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('report', argv, { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, ...REPORTING_OPTIONS }, true);
  if (values.help) {
    io.stdout(REPORT_HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    throw new EngineError('usage', `report takes exactly one verdict file; got ${positionals.length}`, { fix: 'gate-engine report gate-engine-out/full_suite_verdict.json --format junit:junit.xml' });
  }
  validateReporting(values, io);
  const recorded = await readVerdictFile(positionals[0] as string, io.cwd, 'verdict_invalid', 'verdict');
  // The exit code and every format follow the gates: a verdict whose stated result or counts contradict them was edited.
  const v = recorded.verdict;
  const folded = foldRun(v.gates);
  const counts = summarize(v.gates);
  const wrong = (Object.keys(counts) as (keyof typeof counts)[]).find((k) => counts[k] !== v.summary[k]);
  if (folded !== v.verdict || wrong !== undefined) {
    throw new EngineError('verdict_invalid', `verdict ${recorded.path} contradicts its own gates: ${folded !== v.verdict ? `it says "${v.verdict}" but its gates fold to "${folded}"` : `summary.${wrong} is ${JSON.stringify(v.summary[wrong as keyof typeof counts])}, its gates give ${JSON.stringify(counts[wrong as keyof typeof counts])}`}`, {
      fix: 'use the verdict exactly as gate-engine wrote it, or re-run verify',
    });
  }
  return emitVerdict({ verdict: recorded.verdict, values, io, describeReason: reasonDescriber(gateTypeRegistry()), protect: [recorded.abs] });
}
