/**
 * artifact_present — an artifact (one path, or every file a glob matches) exists, is a regular
 * file, is not empty and parses in its format: JSON, JSONL (every row), YAML, TOML, or UTF-8 text
 * that is not blank. Optionally the document carries the expected schema id and is fresh.
 *
 * The reference project's check_artifact_present passed any non-empty file (never parsed, so
 * whitespace or garbage passed) and any directory, even an empty one, and reported a missing file as
 * a skip. Here a directory is `unreadable`, content must parse, and a glob that matches fewer files
 * than required fails with `missing` instead of passing on nothing.
 */
import {
  contentDigest,
  defineGate,
  extensionOf,
  formatOf,
  failHollow,
  formatOption,
  type GateContext,
  hollowDocumentReason,
  hollowTextReason,
  hollowXmlReason,
  isYamlStreamError,
  listGlobWithRejected,
  DATE_FIELD_OPTION,
  MAX_AGE_OPTION,
  MAX_RUN_LENGTH_OPTION,
  namesOfOneFile,
  pathOption,
  plural,
  readerOptions,
  SCHEMA_ID_OPTION,
  structuredContent,
  type TextFormat,
  textFormatOf,
  textKindOf,
  loadRenderer,
  render,
} from '../src/sdk/index.js';

export const PRESENT_FORMATS = ['json', 'jsonl', 'yaml', 'toml', 'text', 'xml', 'html', 'csv', 'jsonc', 'json5'] as const;
export type PresentFormat = (typeof PRESENT_FORMATS)[number];

export interface ArtifactPresentOptions {
  path?: string;
  glob?: string;
  format?: PresentFormat;
  min_matches?: number;
  schema_id?: string;
  max_age?: string;
  max_run_length?: string;
  date_field?: string;
}

const EXTENSION_FORMATS: Record<string, PresentFormat> = {
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.toml': 'toml',
};

/** Formats read as text: their structure is checked by the text reader (well-formed, not cut off), not parsed into a document. */
const TEXT_READ: ReadonlySet<string> = new Set(['text', 'xml', 'html', 'csv', 'jsonc', 'json5']);
type TextRead = 'text' | Exclude<TextFormat, 'plain'>;
const isTextRead = (format: PresentFormat): format is TextRead => TEXT_READ.has(format);

const FORMAT_NAMES: Record<PresentFormat, string> = { json: 'JSON', jsonl: 'JSONL', yaml: 'YAML', toml: 'TOML', text: 'UTF-8 text', xml: 'XML', html: 'HTML', csv: 'CSV', jsonc: 'JSONC', json5: 'JSON5' };

/**
 * Format from the extension: a document, a structured text format the text reader checks (`.xml`, `.html`, `.csv`,
 * `.jsonc`, `.json5`), or text (which still must be UTF-8 and not blank).
 */
export function presentFormatOf(path: string): PresentFormat {
  const extension = extensionOf(path);
  return Object.hasOwn(EXTENSION_FORMATS, extension) ? (EXTENSION_FORMATS[extension] as PresentFormat) : textPresentFormat(path);
}

/** What the text reader checked a file read under `format: text` as (a `.xml` is well-formed XML). */
function textPresentFormat(path: string): TextRead {
  const format = textFormatOf(path);
  return format === 'plain' ? 'text' : format;
}

const textDescription = (format: PresentFormat): string => (format === 'text' ? FORMAT_NAMES.text : `well-formed ${FORMAT_NAMES[format]}`);

/**
 * Why a text artifact holds nothing, or undefined. Structured text is judged on what it holds, as documents are: XML
 * on its attribute values and text (a whole report on one line is content), JSONC and JSON5 on their value, a CSV
 * table on its records (a header alone is what a producer killed after its first line leaves); other text on its lines.
 */
async function hollowTextArtifact(path: string, text: string, format: TextRead): Promise<string | undefined> {
  if (format === 'xml') return hollowXmlReason(text);
  const content = await structuredContent(path, text, format === 'text' ? 'plain' : format);
  if (content === undefined) return hollowTextReason(text, textKindOf(path, text));
  if ('value' in content) return hollowDocumentReason(content.value);
  if (content.records <= 1) return `it is a table of ${plural(content.records, 'record')}: a header and no rows (or one row and no header), what a producer stopped after its first line leaves`;
  return content.rowContent ? undefined : `every field of its ${plural(content.records - 1, 'row')} below the header is empty, blank or a placeholder: a table of stubs holds no more than its header`;
}

/** Options read from one document's envelope: none can be checked on a stream of several. */
const DOCUMENT_OPTIONS = ['schema_id', 'max_age', 'max_run_length', 'date_field'] as const;

/**
 * A YAML stream: every document parses (the reader), not every one of them is hollow, and none that holds something
 * holds only placeholders: an empty document (`---` alone, or a comment, what a template that rendered nothing leaves
 * in helm's output) is no stub, but a document of `TODO` or `spec: TBD` among full ones is (red team ar).
 */
async function checkYamlStream(ctx: GateContext, file: string): Promise<void> {
  const stream = await ctx.read.yamlStream(file);
  const documents = stream.documents.length;
  if (stream.documents.every((value) => hollowDocumentReason(value) !== undefined)) {
    failHollow(ctx, 'present', stream.path, `every one of its ${plural(documents, 'YAML document')} is null, {}, [] or holds only null, empty, blank or placeholder values (beside an envelope of schema, generated_at, run ids)`);
    return;
  }
  const stub = stream.documents.findIndex((value) => value !== null && value !== undefined && hollowDocumentReason(value) !== undefined);
  if (stub >= 0) {
    failHollow(ctx, 'present', stream.path, `document ${stub + 1} of its ${plural(documents, 'YAML document')} is a stub beside the others: ${hollowDocumentReason(stream.documents[stub]) as string}`);
    return;
  }
  ctx.pass('present', `${stream.path}: ${plural(stream.record.bytes, 'byte')} of valid YAML (a stream of ${plural(documents, 'document')})`, {
    path: stream.path,
    actual: `${plural(stream.record.bytes, 'byte')}, ${plural(documents, 'document')}`,
  });
}

async function checkFile(ctx: GateContext, file: string, options: ArtifactPresentOptions): Promise<void> {
  const format = options.format ?? presentFormatOf(file);
  if (isTextRead(format) || format === 'jsonl') {
    const unsupported = DOCUMENT_OPTIONS.filter((key) => options[key] !== undefined);
    if (unsupported.length > 0) {
      ctx.fail('present', 'unsupported_option', `${file}: ${unsupported.join(' and ')} cannot be checked on a ${FORMAT_NAMES[format]} artifact; an option the gate cannot check would pass unproven`, {
        path: file,
        expected: 'a json, yaml or toml artifact',
        actual: `format ${format}${options.format === undefined ? ' (from the file extension)' : ''}`,
        fix: 'remove schema_id / max_age from this gate, or point it at a JSON/YAML/TOML artifact (or set `format` if the extension misleads)',
      });
      return;
    }
  }
  try {
    if (isTextRead(format)) {
      // `text` leaves the format to the file name (a `.xml` is still checked as XML); the others name it.
      const artifact = await ctx.read.text(file, format === 'text' ? {} : { format });
      const judged = format === 'text' ? textPresentFormat(artifact.path) : format;
      const placeholder = await hollowTextArtifact(artifact.path, artifact.text, judged);
      if (placeholder !== undefined) {
        failHollow(ctx, 'present', artifact.path, placeholder);
        return;
      }
      const lines = artifact.text.split('\n').length - (artifact.text.endsWith('\n') ? 1 : 0);
      ctx.pass('present', `${artifact.path}: ${plural(artifact.record.bytes, 'byte')} of ${textDescription(judged)} (${plural(lines, 'line')})`, {
        path: artifact.path,
        actual: `${plural(artifact.record.bytes, 'byte')}, ${plural(lines, 'line')}`,
      });
    } else if (format === 'jsonl') {
      let rows = 0;
      let hollow = 0;
      for await (const row of ctx.read.jsonl(file)) {
        rows++;
        // A row is judged as a document is: one whose fields beside its envelope are all hollow is a stub too.
        if (hollowDocumentReason(row.value) !== undefined) hollow++;
      }
      if (rows > 0 && hollow === rows) {
        failHollow(ctx, 'present', file, `every one of its ${plural(rows, 'row')} is null, {}, [] or holds only null, empty, blank or placeholder values (beside an envelope of schema, generated_at, run ids)`);
        return;
      }
      ctx.pass('present', `${file}: ${plural(rows, 'JSONL row')}, every one valid JSON`, { path: file, actual: plural(rows, 'row') });
    } else {
      let doc;
      try {
        doc = await ctx.read.document(file, { ...readerOptions({ ...options, format }), format });
      } catch (e) {
        // A stream of YAML documents (helm template's output) is present when each parses and one holds content; with a
        // schema id or an age to check it stays refused: a stream has no one envelope to read them from.
        if (!(format === 'yaml' && isYamlStreamError(e) && DOCUMENT_OPTIONS.every((key) => options[key] === undefined))) throw e;
        await checkYamlStream(ctx, file);
        return;
      }
      const hollow = hollowDocumentReason(doc.value);
      if (hollow !== undefined) {
        failHollow(ctx, 'present', doc.path, hollow);
        return;
      }
      const extras = [
        ...(options.schema_id !== undefined ? [`schema ${options.schema_id}`] : []),
        ...(options.max_age !== undefined ? [`generated ${doc.record.generated_at ?? '?'}, within ${options.max_age.trim()}`] : []),
      ];
      ctx.pass('present', `${doc.path}: ${plural(doc.record.bytes, 'byte')} of valid ${FORMAT_NAMES[format]}${extras.length > 0 ? ` (${extras.join(', ')})` : ''}`, {
        path: doc.path,
        actual: `${plural(doc.record.bytes, 'byte')}`,
      });
    }
  } catch (e) {
    ctx.failFromError('present', e);
  }
}

export default defineGate<ArtifactPresentOptions>({
  type: 'artifact_present',
  title: 'Artifact present',
  description: 'An artifact (a path, or every file a glob matches) exists, is a non-empty regular file and parses in its format; optionally carries a schema id and is fresh.',
  blocking: true,
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      path: pathOption('The artifact, relative to the root. Give exactly one of `path` or `glob`.'),
      glob: pathOption('Every file matching this glob (relative to the root) is checked. Give exactly one of `path` or `glob`.'),
      format: formatOption(PRESENT_FORMATS),
      min_matches: { type: 'integer', minimum: 1, description: 'glob only: fewest files the glob must match (default 1).' },
      schema_id: SCHEMA_ID_OPTION,
      max_age: MAX_AGE_OPTION,
      max_run_length: MAX_RUN_LENGTH_OPTION,
      date_field: DATE_FIELD_OPTION,
    },
    oneOf: [{ required: ['path'] }, { required: ['glob'] }],
    dependentRequired: { min_matches: ['glob'] },
  },
  artifactPath: (options) => options.path ?? options.glob,
  remediation: [
    'missing: run the step that produces the artifact (or fix `path` / `glob`); a glob must match at least `min_matches` files.',
    'empty / malformed / duplicate_key: the producer wrote nothing or an invalid file; re-run it and check its log. Every file must parse in its format, blank text included.',
    'unreadable: point the gate at the artifact file itself, not at its directory.',
    'schema / stale: regenerate the artifact with the producer that writes the expected schema id and a current generated_at.',
  ],
  evidenceReasons: ['unsupported_option'],
  reasons: {
    unsupported_option: 'schema_id or max_age was set for a text or JSONL artifact, where neither can be checked',
  },
  async evaluate(ctx, options) {
    if (options.path !== undefined) {
      await checkFile(ctx, options.path, options);
      return;
    }
    const pattern = options.glob as string;
    const minMatches = options.min_matches ?? 1;
    let files: string[];
    try {
      files = await ctx.list(pattern);
    } catch (e) {
      ctx.failFromError('matches', e);
      return;
    }
    const { distinct, linked } = await distinctEvidence(ctx, files, minMatches);
    if (distinct < minMatches) {
      ctx.fail('matches', 'missing', `glob ${pattern} matches ${distinct === 0 ? 'no file' : plural(distinct, 'file')}${linked}, expected at least ${minMatches}`, {
        path: pattern,
        expected: `at least ${plural(minMatches, 'file')} matching ${pattern}`,
        actual: files.length === 0 ? 'none' : files,
        fix: `produce the missing artifacts (run the steps that write them) or correct the glob${minMatches > 1 ? ' / min_matches' : ''}`,
      });
    } else {
      ctx.pass('matches', `glob ${pattern} matches ${plural(distinct, 'file')}${linked} (at least ${minMatches} required)`, { path: pattern, actual: distinct });
    }
    for (const file of files) await checkFile(ctx, file, options);
    // A name the glob matches that the listing passes over (a dangling link, a link to a special file) is an artifact
    // that cannot be read: read it, so the reader says why, rather than count the others as the whole set.
    for (const file of await rejectedMatches(ctx, pattern)) await checkFile(ctx, file, options);
  },
});

/**
 * How many distinct pieces of evidence `files` are, and why fewer than their names (for the message). Hard links are
 * one file under several names (one report linked as linux/, macos/ and windows/ is one report); a copy is one piece
 * of evidence too, byte for byte or re-saved (BOM, line ends, indentation, key order, another format: contentDigest).
 * Copies lower the count only below `minMatches`: with the default of 1 any readable file meets it, and nothing is read
 * twice (a glob over thousands of test reports). A file that cannot be read counts apart (its own read says why).
 */
async function distinctEvidence(ctx: GateContext, files: readonly string[], minMatches: number): Promise<{ distinct: number; linked: string }> {
  const aliases = await namesOfOneFile(ctx.root, files);
  const reads = minMatches <= 1 ? [] : await Promise.all(files.map((f) => whatItSays(ctx, f).catch(() => undefined)));
  const copies = sameContents(files, aliases, reads.map((r) => r?.says));
  const bytesOf = new Map(files.map((f, i) => [f, reads[i]?.bytes]));
  const byteForByte = (names: readonly string[]): boolean => names.every((n) => bytesOf.get(n) === bytesOf.get(names[0] as string));
  const groups = (list: readonly string[][], why: string) => (list.length === 0 ? [] : [` (${list.map((names) => names.join(', ')).join('; ')}: ${why}, counted once)`]);
  return {
    distinct: files.length - [...aliases, ...copies].reduce((n, names) => n + names.length - 1, 0),
    linked: [
      ...groups(aliases, 'hard links to one file'),
      ...groups(copies.filter(byteForByte), 'byte-identical copies'),
      ...groups(copies.filter((names) => !byteForByte(names)), 'copies of one content re-saved or re-stamped (BOM, line ends, whitespace, key order, format or timestamps)'),
    ].join(''),
  };
}

/** A file's bytes digest and {@link contentDigest}: a YAML, TOML, JSONC or JSON5 document by its value, other files by their text. */
async function whatItSays(ctx: GateContext, f: string): Promise<{ bytes: string | undefined; says: string }> {
  const artifact = await ctx.read.text(f);
  const bytes = artifact.record.sha256;
  const format = formatOf(f);
  if (format === 'yaml' || format === 'toml') {
    const doc = await ctx.read.document(f, { ageMatters: false }).catch(() => undefined);
    if (doc !== undefined) return { bytes, says: contentDigest(doc) };
  }
  // A comment or a trailing comma does not make a copy another report.
  const textFormat = textFormatOf(f);
  if (textFormat === 'jsonc' || textFormat === 'json5') {
    const held = await structuredContent(f, artifact.text, textFormat).catch(() => undefined);
    if (held !== undefined && 'value' in held) return { bytes, says: contentDigest({ value: held.value }) };
  }
  // Markdown and HTML by the text they show (red team hl): `**linux**`, `<b>linux</b>` and `&#108;inux` are one word.
  const kind = textKindOf(f, artifact.text);
  if (kind === 'markdown' || kind === 'mdx' || kind === 'html') {
    await loadRenderer();
    return { bytes, says: contentDigest({ text: render(artifact.text, kind).text }) };
  }
  return { bytes, says: contentDigest({ text: artifact.text }) };
}

/**
 * Groups of two or more names whose contents are the same (by `digests`, in the order of `files`), among names not
 * already grouped as one file in `aliases` (a hard link's names count once there; a copy of it joins its group).
 */
function sameContents(files: readonly string[], aliases: readonly string[][], digests: readonly (string | undefined)[]): string[][] {
  const linkedAway = new Set(aliases.flatMap((names) => names.slice(1)));
  const byDigest = new Map<string, string[]>();
  files.forEach((file, i) => {
    const digest = digests[i];
    if (digest === undefined || linkedAway.has(file)) return;
    byDigest.set(digest, [...(byDigest.get(digest) ?? []), file]);
  });
  return [...byDigest.values()].filter((names) => names.length > 1);
}

/**
 * What the glob matches but cannot list, read after ctx.list (which waited for the run's writers): the listing
 * itself already failed the gate if it could not be made.
 */
async function rejectedMatches(ctx: GateContext, pattern: string): Promise<string[]> {
  try {
    return (await listGlobWithRejected(ctx.root, pattern, { exclude: [ctx.outputDir], literalDirectories: true })).rejected;
  } catch {
    return [];
  }
}
