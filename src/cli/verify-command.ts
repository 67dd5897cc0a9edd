import { EngineError } from '../core/errors.js';
import { verify } from '../verify.js';
import { parseCommandArgs } from './args.js';
import { VERIFY_HELP } from './help.js';
import { renderHuman, styleFor } from './render.js';
import type { CliIO } from './main-run.js';

export async function verifyCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('verify', argv, {
    root: { type: 'string' },
    config: { type: 'string' },
    out: { type: 'string' },
    gate: { type: 'string', multiple: true },
    now: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(VERIFY_HELP);
    return 0;
  }
  const gates = (values.gate ?? []).flatMap((g) => g.split(',')).map((g) => g.trim());
  if (gates.some((g) => g === '')) throw new EngineError('usage', '--gate needs a gate id', { fix: 'write --gate <id> (repeat for several)' });
  const result = await verify({
    cwd: io.cwd,
    ...(values.root !== undefined ? { root: values.root } : {}),
    ...(values.config !== undefined ? { config: values.config } : {}),
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(gates.length > 0 ? { gates } : {}),
    ...(values.now !== undefined ? { now: values.now } : {}),
  });
  io.stdout(values.json ? `${JSON.stringify(result.verdict, null, 2)}\n` : renderHuman(result, io.cwd, styleFor(io.isTTY, io.env)));
  return result.exitCode;
}
