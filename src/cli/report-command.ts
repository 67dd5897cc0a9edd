import { dirname, resolve } from 'node:path';
import { EngineError } from '../core/errors.js';
import { signingKeyFrom } from '../core/signature.js';
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
  // The strict reader re-derives every status from its checks: an edited verdict is refused (verdict_inconsistent), never rendered.
  const recorded = await readVerdictFile(positionals[0] as string, io.cwd, 'verdict_invalid', 'verdict', undefined, signingKeyFrom(io.env));
  // The verdict records its root relative to the directory it was written to.
  const root = resolve(dirname(recorded.abs), recorded.verdict.root);
  return emitVerdict({ verdict: recorded.verdict, values, io, describeReason: reasonDescriber(gateTypeRegistry()), protect: [recorded.abs], root });
}
