/**
 * How the CLI stops on a signal. SIGINT, SIGTERM and SIGHUP (a closed terminal, a cancelled CI job)
 * are one case: abort the running gates — a command gate kills its whole process group at once —
 * and exit with 128 + the signal number, without landing outputs for a run that did not finish.
 * The run's staging directory is removed on exit; the previous outputs stay exactly as they were.
 * A landing is one synchronous rename, so a signal never arrives in the middle of one.
 */
import { holdInspectorSignal } from '../core/inspector-signal.js';

export const STOP_SIGNALS = [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const;

export function installSignalHandlers(write: (text: string) => void = (t) => process.stderr.write(t)): AbortController {
  const stop = new AbortController();
  // Never released: no command the CLI runs (nor anything it left running) may open the engine's inspector.
  holdInspectorSignal();
  for (const [signal, code] of STOP_SIGNALS) {
    process.once(signal, () => {
      stop.abort(new Error(`received ${signal}`));
      write(`gate-engine: ${signal}: running gates aborted; no output was written\n`);
      process.exit(code);
    });
  }
  return stop;
}
