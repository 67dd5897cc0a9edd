/**
 * Text that reaches a terminal: file names, command output tails, artifact values and error messages
 * can carry control characters (ESC sequences that recolour, hide, retitle or rewrite the screen, a
 * carriage return that overwrites a line, bidirectional overrides that reorder it). Everything the
 * CLI prints from data is passed through here: such characters are shown as visible escapes.
 */
// C0 controls except tab and newline, DEL, C1 controls, and the bidirectional embedding/override/isolate marks.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function escapeTerminal(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** A deep copy of a JSON value with every string (keys included) escaped for the terminal. */
export function escapeTerminalDeep<T>(value: T): T {
  if (typeof value === 'string') return escapeTerminal(value) as T;
  if (Array.isArray(value)) return value.map((v) => escapeTerminalDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[escapeTerminal(k)] = escapeTerminalDeep(v);
    return out as T;
  }
  return value;
}
