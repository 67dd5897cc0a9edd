import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EngineError } from '../core/errors.js';
import { didYouMean } from '../util/suggest.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, with unknown flags turned into exit-2 errors that suggest the flag meant. */
export function parseCommandArgs<T extends OptionSpec>(command: string, argv: string[], options: T, allowPositionals = false): ReturnType<typeof parseArgs<{ options: T; strict: true; allowPositionals: boolean }>> {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const flag = /'(-{1,2}[^'\s]+)'/.exec(err.message)?.[1];
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag) {
      const names = Object.keys(options).map((n) => `--${n}`);
      throw new EngineError('usage', `unknown option ${flag} for "${command}"${didYouMean(flag, names)}`, { fix: `run gate-engine ${command} --help` });
    }
    throw new EngineError('usage', `${command}: ${err.message}`, { fix: `run gate-engine ${command} --help` });
  }
}
