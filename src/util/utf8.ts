/**
 * Strict UTF-8: every file the engine reads as text is decoded here, natively (TextDecoder, fatal), so an
 * invalid byte is an error and never a silent U+FFFD that a comparison or a schema would then accept.
 */
const stripBom = new TextDecoder('utf-8', { fatal: true });
const keepBom = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text, or undefined when the bytes are not valid UTF-8. `keepBom` leaves a leading U+FEFF in the text. */
export function decodeUtf8(bytes: Uint8Array, options: { keepBom?: boolean } = {}): string | undefined {
  try {
    return (options.keepBom === true ? keepBom : stripBom).decode(bytes);
  } catch {
    return undefined;
  }
}
