/**
 * SIGUSR1 makes Node open its inspector on 127.0.0.1:9229 unless the process listens for the signal itself. Any
 * process of the same user — the test suite a command gate runs — could send it to the engine and then run code inside
 * it through the inspector: read GATE_ENGINE_SIGNING_KEY, rewrite a gate's result before the verdict is signed. While
 * the engine runs gates (and for the CLI's whole life) the signal is taken and ignored.
 */
const ignore = (): void => undefined;
let holders = 0;

/** Take SIGUSR1 until the returned function is called (nested holds are counted). */
export function holdInspectorSignal(): () => void {
  // Windows has no SIGUSR1 (nor this way in).
  if (process.platform === 'win32') return () => undefined;
  if (holders++ === 0) process.on('SIGUSR1', ignore);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holders === 0) process.removeListener('SIGUSR1', ignore);
  };
}
