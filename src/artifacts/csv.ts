/**
 * Structure of CSV evidence (RFC 4180): a table cut off mid-write is valid UTF-8 text, so only the table tells
 * it from a whole one. A quoted field never closed, a closing quote followed by more text, and a record with a
 * different number of fields than the first (the header) are `malformed`. Blank lines are skipped (they are no
 * record); a quote inside an unquoted field (`5" screen`) is accepted, as every CSV reader does.
 */
import { ArtifactError } from './errors.js';
import { isHollow } from './hollow.js';
import { extensionOf } from './paths.js';

/** Field delimiters a `.csv` is written with; the first record's most frequent one (outside quotes) is used. */
const DELIMITERS = [',', ';', '\t', '|'] as const;

interface Position {
  line: number;
  column: number;
}

function csvError(path: string, at: Position, why: string): ArtifactError {
  const named = NAMED_DELIMITERS[extensionOf(path)];
  return new ArtifactError('malformed', `${path}:${at.line}:${at.column}: not a well-formed ${named?.name ?? 'CSV'} table: ${why}`, {
    path,
    line: at.line,
    column: at.column,
    fix: 'the producer wrote an incomplete or invalid CSV file (a run killed mid-write leaves its last record cut off): re-run it and check its log',
  });
}

/**
 * Tables whose extension names their delimiter: tab-separated (`.tsv`, `.tab`: benchmark and coverage exports, IANA
 * text/tab-separated-values) and pipe-separated (`.psv`). A one-column table holds none, so the delimiter is never
 * guessed from their first record (a comma in a `.tsv` row is text).
 */
const NAMED_DELIMITERS: Readonly<Record<string, { delimiter: string; name: string }>> = {
  '.tsv': { delimiter: '\t', name: 'TSV' },
  '.tab': { delimiter: '\t', name: 'TSV' },
  '.psv': { delimiter: '|', name: 'pipe-separated' },
};

/**
 * The delimiter of the first record: the candidate it holds most often outside quotes (`,` when it holds none).
 * A semicolon table with decimal commas (`1,5;2,3`) counts its fields by `;`, as the spreadsheet that wrote it did.
 */
function delimiterOf(text: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (DELIMITERS as readonly string[]).includes(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** Throws `malformed` at the first structural error of a CSV table; else how many records (blank lines aside) it has. */
export function checkCsv(path: string, withBom: string): number {
  return scanCsv(path, withBom).records;
}

/** What a well-formed table holds: its records (blank lines aside), and whether a field below the first record has content. */
export interface CsvTable {
  records: number;
  /**
   * Whether some field of a record after the first (the header) is neither blank nor a placeholder: a table of rows of
   * empty fields, `TODO`s or `N/A`s (`name,status` then `,` and `TODO,TODO`) holds no more than its header does.
   */
  rowContent: boolean;
}

/** Throws `malformed` at the first structural error of a CSV table; else its records and whether its rows hold anything. */
export function scanCsv(path: string, withBom: string): CsvTable {
  // Excel's "CSV UTF-8" begins with a BOM: a quote after it still opens the first field (columns skip it, as editors do).
  const text = withBom.replace(/^\uFEFF/, '');
  const delimiter = NAMED_DELIMITERS[extensionOf(path)]?.delimiter ?? delimiterOf(text);
  let line = 1;
  let lineStart = 0;
  let fields = 1;
  let empty = true; // the record so far is a blank line
  let expected: { fields: number; line: number } | undefined;
  let records = 0;
  let record: Position = { line: 1, column: 1 };
  // Fields are judged until the first of a row (not the header) with content: a real table costs one field.
  let rowContent = false;
  let fieldStart = 0;
  let quotedValue: string | undefined;
  const judgedHollow = new Set<string>();
  const endField = (end: number): void => {
    if (!rowContent && records > 0) {
      const value = quotedValue ?? text.slice(fieldStart, end);
      // An empty field (the common filler of a stub table) is hollow without asking; a stub repeats its few stand-ins.
      if (value !== '' && !judgedHollow.has(value)) {
        rowContent = !isHollow(value);
        if (!rowContent && judgedHollow.size < 1_000) judgedHollow.add(value);
      }
    }
    quotedValue = undefined;
  };
  const endRecord = (): void => {
    if (!empty) {
      records++;
      if (expected === undefined) expected = { fields, line: record.line };
      else if (fields !== expected.fields) {
        throw csvError(path, record, `this record has ${fields} field${fields === 1 ? '' : 's'}, the header (line ${expected.line}) has ${expected.fields}`);
      }
    }
    fields = 1;
    empty = true;
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (empty) record = { line, column: i - lineStart + 1 };
    if (c === '"' && isFieldStart(text, i, delimiter)) {
      const open: Position & { index: number } = { line, column: i - lineStart + 1, index: i };
      empty = false;
      i++;
      for (;;) {
        if (i >= text.length) throw csvError(path, open, 'a quoted field opened here is never closed (the file ends inside it)');
        const q = text[i] as string;
        if (q === '"') {
          if (text[i + 1] === '"') i += 2;
          else break;
        } else {
          if (q === '\n') {
            line++;
            lineStart = i + 1;
          }
          i++;
        }
      }
      if (!rowContent && records > 0) quotedValue = text.slice(open.index + 1, i).replace(/""/g, '"');
      i++; // the closing quote
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        throw csvError(path, { line, column: i - lineStart + 1 }, 'text follows the closing quote of a field');
      }
      continue;
    }
    if (c === '\n' || c === '\r') {
      endField(i);
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      lineStart = i;
      fieldStart = i;
      continue;
    }
    if (c === delimiter) {
      endField(i);
      fields++;
      fieldStart = i + 1;
    }
    if (c !== ' ' || !empty) empty = false;
    i++;
  }
  endField(text.length);
  endRecord();
  return { records, rowContent };
}

/** True when the character at `i` begins a field: the text start, or just after a delimiter or line break. */
function isFieldStart(text: string, i: number, delimiter: string): boolean {
  if (i === 0) return true;
  const before = text[i - 1];
  return before === delimiter || before === '\n' || before === '\r';
}
