/**
 * `gate-engine runbook [--root DIR] [--config FILE] [--out FILE]`: the operator runbook of this
 * project's config, generated from the gates' metadata (src/runbook/generate.ts). Printed on stdout,
 * or written to FILE (relative to the current directory).
 */
import { promises as fs } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { displayPath, loadConfig } from '../config/load.js';
import { EngineError } from '../core/errors.js';
import { generateRunbook } from '../runbook/generate.js';
import { shellJoin } from '../util/shell.js';
import { gateTypeRegistry, replayPrefix, requirePathOption } from '../verify.js';
import { parseCommandArgs } from './args.js';
import { RUNBOOK_HELP } from './help.js';
import type { CliIO } from './main-run.js';

export async function runbookCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('runbook', argv, { root: { type: 'string' }, config: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(RUNBOOK_HELP);
    return 0;
  }
  requirePathOption('--root', values.root);
  requirePathOption('--config', values.config);
  requirePathOption('--out', values.out);
  const rootShown = values.root ?? '.';
  let root: string;
  try {
    root = await fs.realpath(resolve(io.cwd, rootShown));
    if (!(await fs.stat(root)).isDirectory()) throw new Error('not a directory');
  } catch {
    throw new EngineError('usage', `root ${rootShown} is not a directory`, { fix: 'pass --root <directory holding the repository and its config>' });
  }
  const config = await loadConfig({ root, cwd: io.cwd, gateTypes: gateTypeRegistry(), ...(values.config !== undefined ? { config: values.config } : {}) });
  const prefix = replayPrefix(root, io.cwd, config.path, values.config === undefined);
  const text = generateRunbook({
    config,
    configShown: displayPath(config.path, io.cwd),
    outShown: displayPath(resolve(root, config.outputDir), io.cwd),
    replayPrefix: shellJoin(prefix),
    gateReplay: (id) => shellJoin([...prefix, '--gate', id]),
  });
  if (values.out === undefined) {
    io.stdout(text);
    return 0;
  }
  const target = resolve(io.cwd, values.out);
  try {
    await fs.mkdir(dirname(target), { recursive: true });
    await fs.writeFile(target, text);
  } catch (e) {
    throw new EngineError('output_unwritable', `cannot write the runbook to ${values.out}: ${(e as Error).message}`, { fix: 'choose a writable file path for --out' });
  }
  io.stderr(`wrote ${displayPath(target, io.cwd)}\n`);
  return 0;
}
