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

export interface NotUtf8 {
  why: string;
  fix: string;
}

const REENCODE = 'write the artifact as UTF-8 (or convert it: iconv -f UTF-16 -t UTF-8)';
const DECOMPRESS = 'point the gate at the uncompressed artifact (decompress it in the step that fetches it)';

/** What bytes that are not UTF-8 are instead, by their first bytes: another encoding, or a compressed file. */
const NOT_UTF8_HEADS: readonly (readonly [readonly number[], NotUtf8])[] = [
  [[0xff, 0xfe], { why: 'it is UTF-16 or UTF-32 (it starts with a little-endian byte-order mark)', fix: REENCODE }],
  [[0xfe, 0xff], { why: 'it is UTF-16 (it starts with a big-endian byte-order mark)', fix: REENCODE }],
  [[0x00, 0x00, 0xfe, 0xff], { why: 'it is UTF-32 (it starts with a big-endian byte-order mark)', fix: REENCODE }],
  [[0x1f, 0x8b], { why: 'it is gzip-compressed', fix: DECOMPRESS }],
  [[0x50, 0x4b, 0x03, 0x04], { why: 'it is a ZIP archive', fix: DECOMPRESS }],
  [[0x28, 0xb5, 0x2f, 0xfd], { why: 'it is zstd-compressed', fix: DECOMPRESS }],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], { why: 'it is xz-compressed', fix: DECOMPRESS }],
];
const CUT_MID_CHARACTER: NotUtf8 = {
  why: 'it ends in the middle of a multi-byte character (the file was cut off mid-write)',
  fix: 'the producer was stopped while writing: re-run it and check its log',
};

/** Bytes a UTF-8 lead byte promises after it (0 for a byte that cannot lead). */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * Why bytes that failed to decode are not UTF-8, when it can be told (another encoding, a compressed file, a
 * character cut in two at the end: the file was cut off mid-write), or undefined.
 */
export function whyNotUtf8(bytes: Uint8Array): NotUtf8 | undefined {
  for (const [head, why] of NOT_UTF8_HEADS) if (head.every((b, k) => bytes[k] === b)) return why;
  // The last character begun but not finished, and everything before it valid: a write cut off mid-character.
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const lead = bytes[bytes.length - back] as number;
    if (lead < 0x80 || lead >= 0xc0) {
      const cut = sequenceLength(lead) > back && decodeUtf8(bytes.subarray(0, bytes.length - back)) !== undefined;
      return cut ? CUT_MID_CHARACTER : undefined;
    }
  }
  return undefined;
}
