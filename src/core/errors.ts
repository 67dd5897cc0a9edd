/**
 * Errors that stop a run before a verdict exists. Each carries its exit code so the CLI maps errors
 * to exit codes in one place: 2 = could not evaluate (the user can fix it), 3 = a bug in gate-engine.
 */
export const EXIT = { PASS: 0, FAIL: 1, CANNOT_EVALUATE: 2, INTERNAL: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export type EngineErrorCode =
  | 'usage'
  | 'config_missing'
  | 'config_invalid'
  | 'unknown_key'
  | 'unknown_gate_type'
  | 'unknown_gate'
  | 'invalid_options'
  | 'no_gates'
  | 'invalid_now'
  | 'output_unwritable'
  | 'rollback_invalid'
  | 'rerun_invalid'
  | 'baseline_invalid'
  | 'merge_invalid'
  | 'verdict_inconsistent'
  | 'verdict_invalid'
  | 'config_exists'
  | 'interrupted'
  | 'plugin_invalid'
  | 'internal';

export class EngineError extends Error {
  override readonly name: string = 'EngineError';
  readonly code: EngineErrorCode;
  readonly exitCode: ExitCode;
  /** How to fix it, printed on its own line. */
  readonly fix?: string;

  constructor(code: EngineErrorCode, message: string, options: { fix?: string; exitCode?: ExitCode; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.exitCode = options.exitCode ?? (code === 'internal' ? EXIT.INTERNAL : EXIT.CANNOT_EVALUATE);
    if (options.fix !== undefined) this.fix = options.fix;
  }
}

export class InternalError extends EngineError {
  override readonly name = 'InternalError';
  constructor(message: string, cause?: unknown) {
    super('internal', message, { exitCode: EXIT.INTERNAL, cause });
  }
}

export function isEngineError(e: unknown): e is EngineError {
  return e instanceof EngineError;
}
