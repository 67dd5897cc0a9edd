/**
 * The mutation operators. Each one knows what it does to the evidence:
 *  - `break`: the mutated evidence no longer proves what it proved, so every gate that relied on the
 *    mutated part (found by a probe, see fuzzer.ts) must stop passing;
 *  - `preserve`: the evidence means exactly what it meant, so every gate that passed must still pass;
 *  - `any`: either answer is defensible (engine policy), but the engine must still answer — no crash,
 *    no internal error.
 * Families follow issue 15 / DESIGN §9: structure, text, numbers, time, identity, filesystem, process.
 */
import { vocabulary } from '../../src/sdk/status-vocabulary.js';
import type { Format, Leaf, Path } from './formats.js';

export type Family = 'structure' | 'text' | 'numbers' | 'time' | 'identity' | 'filesystem' | 'process' | 'probe';
export type Expectation = 'break' | 'preserve' | 'any';

/** What a probe found out about one leaf: which passing gates stop passing when it changes. */
export interface LeafFacts {
  /** Gates that stop passing when the key is deleted: the leaf is required by them. */
  required: string[];
  /** Gates that stop passing when the value changes within its shape: the value is compared. */
  compared: string[];
  /** Gates that stop passing when a timestamp moves to 1970: its age is checked. */
  aged: string[];
}

/** A leaf-level mutation: the replacement, as data or as raw text in the file's syntax. */
export interface LeafMutation {
  family: Family;
  op: string;
  expect: Expectation;
  /** Gates that must stop passing (for `break`). */
  gates?: (facts: LeafFacts) => string[];
  /** Replace by this value… */
  value?: unknown;
  /** …or by this raw text. */
  raw?: string;
  /** …or delete the key. */
  remove?: boolean;
}

export const BLANKS = ['', '   ', '\u200b', '\u00a0\u2060', '\t\n', '\ufeff', '\u3000', '\u180e\u200d'];
export const PLACEHOLDERS = ['TODO', 'TBD', 'N/A', 'None', 'null', 'undefined', 'unknown', '${RUN_ID}', '{{ run_id }}', '%RUN_ID%', '$RUN_ID', '<no value>', 'tbd', 'n/a'];

/** The words for none in every language the status vocabulary knows (`aucun`, `keine`, `无`): a count of zero written out. */
const NONE_WORDS: ReadonlySet<string> = new Set(vocabulary(['none']));
/** A count written as text, keycaps and separators aside, or none in words (marks and emoji aside: `❤️ none`): five digits at most (a numeric run id is longer, and another id disguised). */
const isCountText = (v: string): boolean => NONE_WORDS.has(v.replace(/[\ufe00-\ufe0f]/gu, '').replace(/[^\p{L}\p{M}]+/gu, ' ').trim().toLowerCase()) || (/^[\s\d.,'_+-]*\d[\s\d.,'_+-]*(?:\ufe0f?\u20e3)?$/u.test(v) && v.replace(/\D/gu, '').length <= 5);
/** A value without its tags and character references, roughly as shown (`<b>12</b>`, `&#49;2`). */
const shownText = (v: string): string => v.replace(/<[^<>]*>/gu, '').replace(/&#(\d+);/gu, (_, d: string) => String.fromCodePoint(Number(d)));
/**
 * A count beside its name (`ok=10`, `failures:\n0`, `passed: 12`), also a whole text that is a name and its count without
 * a colon, with at most a remark in brackets (`失败 0（见日志）`, `Fehler 0`): its disguises draw the same count.
 */
const COUNT_PAIR = /[\p{L}_][=:]\s*\d|^\s*[\p{L}_][\p{L}\p{M}_]*\s*\d{1,5}\s*(?:[(（][^()（）]{0,40}[)）])?\s*$/u;
const LOOKALIKE: Record<string, string> = {
  a: '\u0430', e: '\u0435', o: '\u043e', p: '\u0440', c: '\u0441', x: '\u0445', y: '\u0443', i: '\u0456', s: '\u0455',
  A: '\u0410', B: '\u0412', E: '\u0415', K: '\u041a', M: '\u041c', H: '\u041d', O: '\u041e', P: '\u0420', C: '\u0421', T: '\u0422', X: '\u0425',
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const HEX = /^[0-9a-f]{7,64}$/i;

/** Change a value within its shape: the last digit or letter moves to the next one of its class. */
export function shapeChange(v: unknown): unknown {
  if (typeof v === 'number') return Number.isInteger(v) ? v * 1000 + 1000 : v * 1000 + 1000.5;
  if (typeof v === 'boolean') return !v;
  if (typeof v !== 'string') return undefined;
  const chars = [...v];
  for (let i = chars.length - 1; i >= 0; i--) {
    const ch = chars[i] as string;
    let next: string | undefined;
    if (/[0-8]/.test(ch)) next = String(Number(ch) + 1);
    else if (ch === '9') next = '0';
    else if (/[a-e]/.test(ch)) next = String.fromCharCode(ch.charCodeAt(0) + 1);
    else if (ch === 'f') next = 'a';
    else if (/[g-y]/.test(ch)) next = String.fromCharCode(ch.charCodeAt(0) + 1);
    else if (ch === 'z') next = 'g';
    else if (/[A-Y]/.test(ch)) next = String.fromCharCode(ch.charCodeAt(0) + 1);
    else if (ch === 'Z') next = 'A';
    if (next !== undefined) {
      chars[i] = next;
      return chars.join('');
    }
  }
  return `${v}x`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The same instant written with another offset. */
function withOffset(text: string, minutes: number): string | undefined {
  const m = DATETIME.exec(text);
  if (!m) return undefined;
  const instant = Date.parse(text.replace(' ', 'T').toUpperCase());
  if (Number.isNaN(instant)) return undefined;
  const local = new Date(instant + minutes * 60_000);
  const frac = m[7] ?? '';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${local.getUTCFullYear()}-${pad2(local.getUTCMonth() + 1)}-${pad2(local.getUTCDate())}T${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}:${pad2(local.getUTCSeconds())}${frac}${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

const required = (f: LeafFacts) => f.required;
const compared = (f: LeafFacts) => f.compared;
const aged = (f: LeafFacts) => f.aged;

/** Canonical decimal text of a number as the seed wrote it. */
function numberText(v: number): string {
  return String(v);
}

/** Every leaf mutation that applies to this leaf in this format. */
export function leafMutations(leaf: Leaf, format: Format): LeafMutation[] {
  const v = leaf.value;
  const out: LeafMutation[] = [];
  // ---- structure: retype
  if (typeof v === 'string') {
    if (/^-?\d+(\.\d+)?$/.test(v)) out.push({ family: 'structure', op: 'retype_string_to_number', expect: 'break', gates: required, raw: v });
    out.push({ family: 'structure', op: 'retype_to_array', expect: 'break', gates: required, value: [v] });
    out.push({ family: 'structure', op: 'retype_to_object', expect: 'break', gates: required, value: { value: v } });
  } else if (typeof v === 'number') {
    out.push({ family: 'structure', op: 'retype_number_to_string', expect: 'break', gates: required, value: numberText(v) });
    out.push({ family: 'structure', op: 'retype_to_array', expect: 'break', gates: required, value: [v] });
  } else if (typeof v === 'boolean') {
    out.push({ family: 'structure', op: 'retype_bool_to_string', expect: 'break', gates: required, value: String(v) });
    out.push({ family: 'structure', op: 'retype_bool_to_number', expect: 'break', gates: required, value: v ? 1 : 0 });
  }
  if (v === null) out.push({ family: 'structure', op: 'null_to_string', expect: 'any', value: 'null' });
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
    out.push({ family: 'structure', op: 'to_null', expect: 'break', gates: required, value: null });
  }

  if (typeof v === 'string') {
    // ---- text: blank and placeholder values of a required field are absence
    BLANKS.forEach((b) => out.push({ family: 'text', op: `blank:${JSON.stringify(b)}`, expect: 'break', gates: required, value: b }));
    PLACEHOLDERS.forEach((p) => out.push({ family: 'identity', op: `placeholder:${p}`, expect: 'break', gates: required, value: p }));
    out.push({ family: 'identity', op: 'placeholder_in_place', expect: 'break', gates: required, value: '${' + 'VALUE}' });
    if (HEX.test(v)) out.push({ family: 'identity', op: 'all_zero_hash', expect: 'break', gates: required, value: '0'.repeat(v.length) });
    out.push({ family: 'text', op: 'padded_whitespace', expect: 'any', value: ` ${v} ` });
    // ---- text: a compared value spelled differently is a different value. Prose (a log line, a message: three words or
    // more) is read as drawn, and a passing seed's prose drawn the same still says what it said: either answer stands.
    // So are counts written as text (`"0"`, a keycap `0️⃣`, `ok=10 ko=0`, `failures:\n0`): a reader is shown the same
    // numbers, which the engine reads as shown (long runs listed each such seed as a hole: sessions 35-36).
    const drawnSame: Expectation = v.trim().split(/\s+/u).length >= 3 || isCountText(shownText(v)) || COUNT_PAIR.test(shownText(v)) ? 'any' : 'break';
    const chars = [...v];
    const li = chars.findIndex((c) => LOOKALIKE[c] !== undefined);
    if (li >= 0) {
      const copy = [...chars];
      copy[li] = LOOKALIKE[chars[li] as string] as string;
      out.push({ family: 'text', op: 'lookalike_letter', expect: drawnSame, gates: compared, value: copy.join('') });
    }
    if (v.length > 0) {
      const mid = Math.floor(v.length / 2);
      out.push({ family: 'text', op: 'control_char_nul', expect: drawnSame, gates: compared, value: `${v.slice(0, mid)}\u0000${v.slice(mid)}` });
      out.push({ family: 'text', op: 'control_char_esc', expect: drawnSame, gates: compared, value: `${v.slice(0, mid)}\u001b[0m${v.slice(mid)}` });
      out.push({ family: 'text', op: 'bidi_override', expect: drawnSame, gates: compared, value: `\u202e${[...v].reverse().join('')}` });
      out.push({ family: 'text', op: 'invisible_inside', expect: 'any', value: `${v.slice(0, mid)}\u200b${v.slice(mid)}` });
      out.push({ family: 'text', op: 'case_upper', expect: 'any', value: v.toUpperCase() });
      out.push({ family: 'text', op: 'nfd', expect: 'any', value: v.normalize('NFD') });
      out.push({ family: 'text', op: 'fullwidth', expect: 'any', value: v.replace(/[A-Za-z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) });
      const letter = /[a-z]/i.exec(v);
      if (letter) out.push({ family: 'text', op: 'html_entity', expect: drawnSame, gates: compared, value: `${v.slice(0, letter.index)}&#${v.charCodeAt(letter.index)};${v.slice(letter.index + 1)}` });
      out.push({ family: 'text', op: 'markup_wrap', expect: drawnSame, gates: compared, value: `<b>${v}</b>` });
      out.push({ family: 'text', op: 'trailing_newline', expect: 'any', value: `${v}\n` });
    }
    // ---- time
    const dt = DATETIME.exec(v);
    if (dt) {
      out.push({ family: 'time', op: 'same_instant_offset_+05:30', expect: 'preserve', value: withOffset(v, 330) });
      out.push({ family: 'time', op: 'same_instant_offset_-08:00', expect: 'preserve', value: withOffset(v, -480) });
      if (dt[7] === undefined) out.push({ family: 'time', op: 'fraction_zero', expect: 'preserve', value: v.replace(/(\d{2}:\d{2}:\d{2})/, '$1.000') });
      out.push({ family: 'time', op: 'lowercase_t_z', expect: 'any', value: v.toLowerCase() });
      out.push({ family: 'time', op: 'space_separator', expect: 'any', value: v.replace(/[Tt]/, ' ') });
      const [y, mo] = [dt[1], dt[2]];
      out.push({ family: 'time', op: 'no_offset', expect: 'break', gates: required, value: v.replace(/([Zz]|[+-]\d{2}:\d{2})$/, '') });
      out.push({ family: 'time', op: 'feb_30', expect: 'break', gates: required, value: v.replace(/^\d{4}-\d{2}-\d{2}/, `${y}-02-30`) });
      out.push({ family: 'time', op: 'feb_29_non_leap', expect: 'break', gates: required, value: v.replace(/^\d{4}-\d{2}-\d{2}/, `2026-02-29`) });
      out.push({ family: 'time', op: 'month_13', expect: 'break', gates: required, value: v.replace(/^(\d{4})-\d{2}/, `$1-13`) });
      out.push({ family: 'time', op: 'hour_24', expect: 'break', gates: required, value: v.replace(/[Tt ]\d{2}:\d{2}:\d{2}/, 'T24:00:00') });
      out.push({ family: 'time', op: 'second_60_not_leap', expect: 'break', gates: required, value: v.replace(/[Tt ]\d{2}:\d{2}:\d{2}/, 'T12:00:60') });
      out.push({ family: 'time', op: 'offset_+25:00', expect: 'break', gates: required, value: v.replace(/([Zz]|[+-]\d{2}:\d{2})$/, '+25:00') });
      out.push({ family: 'time', op: 'offset_-00:60', expect: 'break', gates: required, value: v.replace(/([Zz]|[+-]\d{2}:\d{2})$/, '-00:60') });
      out.push({ family: 'time', op: 'year_10000', expect: 'break', gates: required, value: v.replace(/^\d{4}/, '10000') });
      out.push({ family: 'time', op: 'epoch_seconds', expect: 'break', gates: required, value: String(Math.floor(Date.parse(v.toUpperCase()) / 1000)) });
      out.push({ family: 'time', op: 'far_future', expect: 'break', gates: aged, value: v.replace(/^\d{4}/, '2999') });
      out.push({ family: 'time', op: 'leap_second_23_59_60', expect: 'any', value: `${y}-${mo}-30T23:59:60Z` });
      out.push({ family: 'time', op: 'year_0000', expect: 'any', value: v.replace(/^\d{4}/, '0000') });
    }
    const d = DATE.exec(v);
    if (d) {
      out.push({ family: 'time', op: 'date_feb_30', expect: 'break', gates: required, value: `${d[1]}-02-30` });
      out.push({ family: 'time', op: 'date_feb_29_non_leap', expect: 'break', gates: required, value: '2027-02-29' });
      out.push({ family: 'time', op: 'date_month_00', expect: 'break', gates: required, value: `${d[1]}-00-${d[3]}` });
      out.push({ family: 'time', op: 'date_unpadded', expect: 'break', gates: required, value: `${d[1]}-${Number(d[2])}-${Number(d[3])}` });
      out.push({ family: 'time', op: 'date_compact', expect: 'break', gates: required, value: `${d[1]}${d[2]}${d[3]}` });
      out.push({ family: 'time', op: 'date_slashes', expect: 'break', gates: required, value: `${d[1]}/${d[2]}/${d[3]}` });
      out.push({ family: 'time', op: 'date_with_time', expect: 'any', value: `${v}T00:00:00Z` });
    }
  }

  if (typeof v === 'number') {
    // ---- numbers: the same value spelled differently means the same; a value that does not
    // survive parsing exactly, or is not a number at all, proves nothing.
    const text = numberText(v);
    if (format === 'json' || format === 'jsonl' || format === 'yaml') {
      if (Number.isInteger(v) && Math.abs(v) < 1e15) {
        // By design the engine keeps a number's lexical type: `500.0` or `5e2` where an integer is read is
        // wrong_type (README, scenario integer_written_with_fraction). Either answer is allowed here.
        out.push({ family: 'numbers', op: 'respell_integer_point_zero', expect: 'any', raw: `${text}.0` });
        out.push({ family: 'numbers', op: 'respell_integer_exponent', expect: 'any', raw: `${text}e0` });
        if (v !== 0 && v % 10 === 0) out.push({ family: 'numbers', op: 'respell_integer_exponent_shift', expect: 'any', raw: `${v / 10}E+1` });
      } else if (Number.isFinite(v)) {
        // An integer past 1e15 has no fraction to pad: a zero after its digits is ten times the number, so it gets `.0`
        // (a lexical type change, allowed either way as above).
        const fraction = text.includes('.') || text.includes('e');
        out.push({ family: 'numbers', op: 'respell_trailing_zero', expect: fraction ? 'preserve' : 'any', raw: text.includes('e') ? text : fraction ? `${text}0` : `${text}.0` });
        // YAML 1.1 (PyYAML) reads an exponent as a float only with a dot and a signed exponent (`5e-1` is a string
        // there, so the engine refuses it as version-ambiguous): the same number, spelled so every version agrees.
        const exponent = v.toExponential();
        out.push({ family: 'numbers', op: 'respell_exponent', expect: 'preserve', raw: format === 'yaml' && !exponent.includes('.') ? exponent.replace('e', '.0e') : exponent });
      }
      out.push({ family: 'numbers', op: 'negative_zero', expect: 'any', raw: '-0' });
    } else {
      out.push({ family: 'numbers', op: 'toml_underscore', expect: 'any', raw: Number.isInteger(v) && Math.abs(v) >= 10 ? text.replace(/^(-?\d)(\d)/, '$1_$2') : text });
    }
    // Digits past a double's precision; `0.00000000000000000001` is 1e-20 to one digit, a value no double rounds away.
    if (v !== 0) out.push({ family: 'numbers', op: 'beyond_precision', expect: 'break', gates: compared, raw: `${text.includes('.') || text.includes('e') ? text : `${text}.`}${text.includes('e') ? '' : '00000000000000000001'}`.replace(/\.(\d*)e/, '.$1e') });
    if (Number.isInteger(v)) out.push({ family: 'numbers', op: 'huge_integer', expect: 'break', gates: compared, raw: v < 0 ? '-9007199254740993' : '9007199254740993' });
    out.push({ family: 'numbers', op: 'overflow_1e400', expect: 'break', gates: compared, raw: v < 0 ? '-1e400' : '1e400' });
    out.push({ family: 'numbers', op: 'underflow_1e-400', expect: 'break', gates: compared, raw: '1e-400' });
    const nan = format === 'yaml' ? ['.nan', '.NaN', '.inf', '-.Inf', '+.INF'] : format === 'toml' ? ['nan', '+inf', '-inf', '-nan'] : ['NaN', 'Infinity', '-Infinity'];
    nan.forEach((n) => out.push({ family: 'numbers', op: `nan_inf:${n}`, expect: 'break', gates: compared, raw: n }));
  }
  return out.filter((m) => m.remove === true || m.raw !== undefined || m.value !== undefined || v === null);
}

/** Escaped spellings of a key, for duplicate-key mutations. */
export function escapedKey(key: string): string {
  const first = key.codePointAt(0) ?? 0x61;
  return `"\\u${first.toString(16).padStart(4, '0')}${JSON.stringify(key.slice(String.fromCodePoint(first).length)).slice(1)}`;
}

export interface DupKeyVariant {
  op: string;
  /** Extra raw members appended to the object: [rawKey, rawValue]. */
  members: (key: string, rawValue: string) => [string, string][];
}

export function dupKeyVariants(format: Format): DupKeyVariant[] {
  switch (format) {
    case 'json':
    case 'jsonl':
      return [
        { op: 'dup_key_same_value', members: (k, v) => [[JSON.stringify(k), v]] },
        { op: 'dup_key_other_value', members: (k) => [[JSON.stringify(k), '"fuzz-other"']] },
        { op: 'dup_key_unicode_escape', members: (k, v) => [[escapedKey(k), v]] },
      ];
    case 'yaml':
      return [
        { op: 'dup_key_same_value', members: (k, v) => [[JSON.stringify(k), v]] },
        { op: 'dup_key_plain_vs_quoted', members: (k, v) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? [[k, v]] : [[JSON.stringify(k), v]]) },
        { op: 'dup_key_single_quoted', members: (k, v) => [[`'${k.replace(/'/g, "''")}'`, v]] },
        { op: 'dup_key_escape', members: (k, v) => [[escapedKey(k), v]] },
        { op: 'dup_key_complex', members: (k, v) => [[`? ${JSON.stringify(k)}\n: ${v}`, '']] },
        { op: 'dup_key_alias', members: () => [['&fz "fuzz_alias_key"', '1'], ['*fz ', '2']] },
      ];
    case 'toml':
      return [
        { op: 'dup_key_same_value', members: (k, v) => [[BARE(k) ? k : JSON.stringify(k), v]] },
        { op: 'dup_key_quoted_vs_bare', members: (k, v) => [[JSON.stringify(k), v]] },
        { op: 'dup_key_literal_string', members: (k, v) => [[`'${k}'`, v]] },
        { op: 'dup_key_escape', members: (k, v) => [[escapedKey(k), v]] },
      ];
  }
}
const BARE = (k: string) => /^[A-Za-z0-9_-]+$/.test(k);

export type { Path };
