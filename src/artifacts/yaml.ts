import { isAlias, isMap, isNode, isScalar, isSeq, LineCounter, parseAllDocuments, parseDocument, visit, type Alias, type Document, type Node, type Scalar } from 'yaml';
import { describeOutOfRange, numberOutOfRange, numberSurvives, type InexactNumbers } from './numbers.js';
import { encodePointerSegment } from '../util/pointer.js';
import { ArtifactError } from './errors.js';
import { loadText } from './load.js';
import { validateDocument, type DocumentExpectations } from './validate-document.js';
import type { ArtifactRecord } from './record.js';
import { parsePointer } from '../util/pointer.js';
import { loneSurrogate } from '../util/text-classes.js';

/** Aliases can expand exponentially ("billion laughs"); real config and evidence need few. */
export const MAX_YAML_ALIASES = 100;
/** Values one document may expand to once aliases are resolved (bounds alias fan-out). */
export const MAX_YAML_VALUES = 1_000_000;
/** Documents one YAML stream may hold (each costs a parse tree before any is read): a chart renders hundreds at most. */
export const MAX_YAML_DOCUMENTS = 10_000;
/** Deepest nesting of sequences and mappings, aliases included (as for JSON). */
export const MAX_YAML_DEPTH = 512;

export interface ParsedYaml {
  value: unknown;
  /** Pointer → text of every number a double cannot hold exactly. */
  inexactNumbers: InexactNumbers;
  /** Pointers of integral numbers written with a fraction or exponent (`500.0`, `5e2`). */
  nonIntegerNumbers: ReadonlySet<string>;
  /** Pointer → the pointer of the anchored value it copies, for every scalar reached through an alias (`failed: *zero`). */
  aliasedScalars: ReadonlyMap<string, string>;
  /** Pointer → the name of the anchor an alias named, for every scalar in {@link aliasedScalars} (`failed: *example_failed`). */
  aliasAnchors: ReadonlyMap<string, string>;
  locate(pointer: string): { line: number; column: number } | undefined;
}

/**
 * YAML 1.2 core schema: `2024-06-31` stays a string (never a rolled-over date), duplicate keys are
 * errors, a plain scalar YAML 1.1 reads differently (`yes`, `on`, `010`, `0b1`, `1_000`, `1:30`,
 * `0o10`, a `<<` merge key) and a scalar with an explicit non-text tag (`!!int "010"`, `!!binary`,
 * `!!timestamp`) are `malformed` whatever the `%YAML` directive says, and warnings count as errors because a tag YAML could not
 * resolve means the document does not say what it appears to say.
 */
export function parseYamlText(path: string, text: string): ParsedYaml {
  return parseYaml(path, text).parsed;
}

/** How every YAML read parses: YAML 1.2's core schema, duplicate keys refused, warnings taken as errors. */
const PARSE_OPTIONS = { version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false, strict: true } as const;
/** Why a stream of several documents is refused where one document is read (isYamlStreamError tells it apart). */
const STREAM_REASON = 'a stream of several YAML documents (--- between them): a gate reads one document, and which one holds the evidence is not said';

function parseYaml(path: string, text: string): { parsed: ParsedYaml; doc: Document; lineCounter: LineCounter } {
  refuseNonPrintable(path, text);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...PARSE_OPTIONS, lineCounter });
  refuseProblem(path, doc, lineCounter);
  const aliasTargets = refuseRedefinedAnchors(path, doc, lineCounter);
  const { value, inexactNumbers, nonIntegerNumbers, aliasedScalars, aliasAnchors } = convertYaml(path, doc, lineCounter, aliasTargets);
  return { parsed: { value, inexactNumbers, nonIntegerNumbers, aliasedScalars, aliasAnchors, locate: (pointer) => locateYaml(doc, lineCounter, pointer) }, doc, lineCounter };
}

/** Whether `e` is the refusal of a stream of several documents where one was read (a reader of streams may take it). */
export function isYamlStreamError(e: unknown): boolean {
  return e instanceof ArtifactError && e.code === 'malformed' && e.message.endsWith(STREAM_REASON);
}

/** The first error (or warning) the parser found in `doc`, thrown as an ArtifactError. */
function refuseProblem(path: string, doc: Document, lineCounter: LineCounter): void {
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const pos = problem.linePos?.[0] ?? lineCounter.linePos(problem.pos[0]);
    const duplicate = problem.code === 'DUPLICATE_KEY';
    // The library's advice (`please use YAML.parseAllDocuments()`) is for programmers: a gate reads one document.
    const stream = problem.code === 'MULTIPLE_DOCS';
    const reason = stream
      ? STREAM_REASON
      : (problem.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'invalid YAML');
    throw new ArtifactError(duplicate ? 'duplicate_key' : 'malformed', `${path}:${pos.line}:${pos.col}: ${reason}`, {
      path,
      line: pos.line,
      column: pos.col,
      fix: duplicate ? 'define each key once; YAML tools disagree on which copy wins' : stream ? 'write the evidence as one document per file (split the stream, e.g. one file per rendered manifest)' : 'fix the YAML syntax at that position',
    });
  }
}

/** A YAML file read as a stream: each of its documents (`---` between them) as {@link readYamlArtifact} reads one. */
export interface YamlStreamArtifact {
  path: string;
  /** The documents in file order (an empty document, `---` with nothing under it, is null). */
  documents: unknown[];
  record: ArtifactRecord;
}

/**
 * Reads a YAML stream (what `helm template` and `kubectl get -o yaml` of several objects write): every document is held
 * to what one document is (strict parse, duplicate and look-alike keys, anchors, tags, YAML 1.1 readings), and a block
 * scalar that ends the file must not be cut off. Anchors are the document's own, as YAML 1.2 scopes them.
 */
export async function readYamlStreamArtifact(root: string, rel: string, now: Date): Promise<YamlStreamArtifact> {
  const file = await loadText(root, rel);
  refuseNonPrintable(file.path, file.text);
  // Counted on the text, before the parser builds a tree per document (`---` lines alone make a document each).
  let markers = 0;
  for (let at = file.text.indexOf('---'); at !== -1; at = file.text.indexOf('---', at + 3)) {
    const before = at === 0 ? 10 : file.text.charCodeAt(at - 1);
    if ((before === 10 || before === 13) && ++markers > MAX_YAML_DOCUMENTS) throw new ArtifactError('malformed', `${file.path}: a stream of more than ${MAX_YAML_DOCUMENTS} YAML documents`, { path: file.path, fix: 'split the stream into several files' });
  }
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(file.text, { ...PARSE_OPTIONS, lineCounter });
  const docs: Document[] = Array.isArray(parsed) ? parsed : [];
  const documents: unknown[] = [];
  const read = { values: 0 };
  for (const doc of docs) {
    refuseProblem(file.path, doc, lineCounter);
    const { value } = convertYaml(file.path, doc, lineCounter, refuseRedefinedAnchors(file.path, doc, lineCounter), read);
    validateDocument(file.path, value, now, {}, (pointer) => locateYaml(doc, lineCounter, pointer));
    documents.push(value);
  }
  const last = docs[docs.length - 1];
  if (last !== undefined) refuseCutOffBlockScalar(file.path, file.text, last, lineCounter);
  return { path: file.path, documents, record: { path: file.path, sha256: file.sha256, bytes: file.bytes } };
}

/**
 * A YAML file cut off mid-write is a valid document wherever the cut falls between two tokens, so the only sign left is
 * one no writer leaves. Every YAML emitter (the `yaml` package, js-yaml, PyYAML, ruamel, serde_yaml, go-yaml) ends the
 * file with a line break, writes `|`/`>` (clip) only for text ending in exactly one line break and `|+` (keep) for more,
 * and writes an empty string as `""`, never as an empty block. So a block scalar that ends the document and
 *   - runs to the end of a file whose last line has no line break, was cut mid-line, whatever its chomping (a strip
 *     block `|-` is followed by a line break in the file all the same) or after the indentation of its next line
 *     (`FAI\n  `; for clip and keep, readers also disagree on its value: the `yaml` package adds the line break, PyYAML
 *     does not), or
 *   - holds no content at all after its `|`/`>` line, was cut right after that line.
 * Only evidence is judged (config and waiver files are hand-written: 1 in 2,676 real hand-written YAML files ends in
 * each shape, none written by an emitter). A plain scalar cut mid-line (`passed: 41` for 412) leaves no such sign.
 */
function refuseCutOffBlockScalar(path: string, text: string, doc: Document, lineCounter: LineCounter): void {
  const node = lastBlockScalar(doc.contents);
  if (node === undefined || node.range === undefined || node.range === null) return;
  const start = node.range[0];
  const indicators = /^[|>]([-+1-9]{0,2})/.exec(text.slice(start, start + 3))?.[1] ?? '';
  const headerEnd = text.indexOf('\n', start);
  const empty = node.value === '' && (headerEnd === -1 || text.slice(headerEnd).trim() === '');
  // The last character alone: a `$`-anchored pattern is tried at every position of a large artifact.
  const last = text.charCodeAt(text.length - 1);
  // A CRLF file ending in a bare CR was cut between the two halves of its last line break: no writer leaves half of one.
  const halfBreak = last === 13 && text.includes('\r\n');
  const cutMidLine = node.value !== '' && ((last !== 10 && last !== 13) || halfBreak) && onlyBlanksFrom(text, node.range[1], halfBreak ? text.length - 1 : text.length);
  if (!empty && !cutMidLine) return;
  const pos = lineCounter.linePos(start);
  const why = empty
    ? 'the block scalar that ends the file has no content after its header line: YAML writers write an empty string as "", never as an empty block, so the file was cut off after that line'
    : halfBreak
      ? 'the file ends in half a CRLF line break (a bare CR) inside the block scalar that ends it: it was cut off between the CR and the LF'
      : indicators.includes('-')
      ? `the block scalar that ends the file (${text[start]}${indicators}) runs to the end of a file whose last line has no line break: YAML writers end the file with one after a strip block too, so the file was cut off mid-line`
      : `the block scalar that ends the file says its text ends in a line break (${text[start]}${indicators}), but the file's last line has none: YAML writers end every line, so the file was cut off mid-line or after the indentation of its next line (and readers disagree on its value: the yaml package adds the line break, PyYAML does not)`;
  throw new ArtifactError('malformed', `${path}:${pos.line}:${pos.col}: ${why}`, {
    path,
    line: pos.line,
    column: pos.col,
    fix: empty
      ? 'regenerate the file (a producer killed mid-write leaves one cut off) and check its log; a hand-written file writes an empty string as ""'
      : 'regenerate the file (a producer killed mid-write leaves one cut off) and check its log; a hand-written file ends its last line with a line break (|- strips it from the value)',
  });
}

/** Whether nothing but spaces and tabs lies from `from` to `end`: the block scalar runs to the end of the file (indentation of a next line included). */
function onlyBlanksFrom(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** The literal or folded block scalar the document ends with, if it ends with one (the last value of the last block collection). */
function lastBlockScalar(contents: unknown): Scalar | undefined {
  let node = contents;
  for (let depth = 0; depth <= MAX_YAML_DEPTH; depth++) {
    if (isScalar(node)) return node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED' ? node : undefined;
    if (!(isMap(node) || isSeq(node)) || node.flow === true) return undefined;
    const last: unknown = node.items[node.items.length - 1];
    node = isMap(node) ? (last as { value?: unknown } | undefined)?.value : last;
  }
  return undefined;
}

/**
 * Characters YAML does not allow in a stream (outside its printable set `c-printable`: C0 controls but tab and line
 * ends, DEL, C1 controls but NEL, surrogates, U+FFFE/U+FFFF). The `yaml` package reads them as text where libyaml and
 * PyYAML refuse the document, so a key or value holding one (`"n\0ote"`) reads differently by reader: malformed.
 */
const NON_PRINTABLE = /[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

function refuseNonPrintable(path: string, text: string): void {
  const found = NON_PRINTABLE.exec(text);
  if (found === null) return;
  const before = text.slice(0, found.index);
  const line = before.split(/\r\n|\r|\n/u).length;
  const column = found.index - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  const code = `U+${(found[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  throw new ArtifactError('malformed', `${path}:${line}:${column}: the character ${code} is not allowed in YAML (not printable); YAML readers refuse it or read it differently`, {
    path,
    line,
    column,
    fix: 'remove the control character, or write it as an escape in a double-quoted string ("\\x01") if the value needs it',
  });
}

/**
 * An anchor defined twice (`a: &x 1`, `b: &x 2`, `c: *x`): YAML 1.2 and the `yaml` package take the latest one, PyYAML
 * refuses the document ("found duplicate anchor"), so what `*x` means depends on the reader: malformed.
 *
 * Returns what each alias names (the anchor defined before it, or undefined), found in the same one walk: the `yaml`
 * package's `Alias.resolve` walks the whole document again for every alias (a hundred aliases in a large artifact are
 * a hundred walks of it).
 */
function refuseRedefinedAnchors(path: string, doc: Document, lineCounter: LineCounter): Map<Alias, Node> {
  const seen = new Map<string, Node>();
  const targets = new Map<Alias, Node>();
  visit(doc, {
    Alias(_key, alias) {
      const target = seen.get(alias.source);
      if (target !== undefined) targets.set(alias, target);
    },
    Node(_key, node) {
      const anchor = node.anchor;
      if (anchor === undefined || anchor === null) return;
      if (!seen.has(anchor)) {
        seen.set(anchor, node);
        return;
      }
      const pos = node.range ? lineCounter.linePos(node.range[0]) : undefined;
      throw new ArtifactError('malformed', `${path}${pos ? `:${pos.line}:${pos.col}` : ''}: the anchor &${anchor} is defined twice; YAML 1.2 readers take the later one, PyYAML refuses the document`, {
        path,
        ...(pos ? { line: pos.line, column: pos.col } : {}),
        fix: 'give every anchor its own name',
      });
    },
  });
  return targets;
}

function locateYaml(doc: Document, lineCounter: LineCounter, pointer: string): { line: number; column: number } | undefined {
  const path = parsePointer(pointer).map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!isNode(node) || !node.range) return undefined;
  const pos = lineCounter.linePos(node.range[0]);
  return { line: pos.line, column: pos.col };
}

export interface YamlArtifact {
  path: string;
  value: unknown;
  inexactNumbers: InexactNumbers;
  nonIntegerNumbers: ReadonlySet<string>;
  aliasedScalars: ReadonlyMap<string, string>;
  aliasAnchors: ReadonlyMap<string, string>;
  record: ArtifactRecord;
  locate(pointer: string): { line: number; column: number } | undefined;
}

export async function readYamlArtifact(root: string, rel: string, now: Date, expect: DocumentExpectations = {}): Promise<YamlArtifact> {
  const file = await loadText(root, rel);
  const { parsed, doc, lineCounter } = parseYaml(file.path, file.text);
  refuseCutOffBlockScalar(file.path, file.text, doc, lineCounter);
  const facts = validateDocument(file.path, parsed.value, now, expect, parsed.locate);
  return { path: file.path, value: parsed.value, inexactNumbers: parsed.inexactNumbers, nonIntegerNumbers: parsed.nonIntegerNumbers, aliasedScalars: parsed.aliasedScalars, aliasAnchors: parsed.aliasAnchors, record: { path: file.path, sha256: file.sha256, bytes: file.bytes, ...facts }, locate: parsed.locate };
}

/**
 * Plain scalars worth a second reading: numbers with a leading 0 (`010` octal, `0b1`, `0o10`, hex with a sign or `_`:
 * `+0x1F` and `0x1_F` are text under 1.2 but 31 under 1.1), with
 * `_` or `:` (`1_000`, `1:30` sexagesimal), and the words YAML 1.1 reads as booleans
 * (`yes`/`no`/`on`/`off`/`y`/`n`). Only these can mean something else under YAML 1.1, so only these
 * are resolved twice; plain decimals, hex, floats and timestamps never are (a large document stays fast).
 */
/** Tags that keep a scalar as the text it is (`!` is the non-specific tag of a quoted scalar). */
const TEXT_TAGS: ReadonlySet<string> = new Set(['tag:yaml.org,2002:str', '!']);

const YAML11_CANDIDATE = /^(?:y|n|yes|no|on|off)$|^[-+]?(?:0[0-9box]|[0-9._]*[_:])/i;
const yaml11Memo = new Map<string, unknown>();
const YAML11_HEX = /^([-+]?)0x([0-9a-fA-F_]+)$/;

/** What a plain scalar means under YAML 1.1 (the version PyYAML and many older producers write). */
function yaml11Value(source: string): unknown {
  // Hex, YAML 1.1's `[-+]?0x[0-9a-fA-F_]+`, read here: no document parsed per hex value of a large artifact.
  const hex = YAML11_HEX.exec(source);
  if (hex !== null && /[0-9a-fA-F]/.test(hex[2] as string)) {
    const magnitude = Number.parseInt((hex[2] as string).replace(/_/g, ''), 16);
    return hex[1] === '-' ? -magnitude : magnitude;
  }
  if (yaml11Memo.has(source)) return yaml11Memo.get(source);
  const doc = parseDocument(source, { version: '1.1', schema: 'yaml-1.1', prettyErrors: false });
  const value = doc.errors.length === 0 && isScalar(doc.contents) ? doc.contents.value : source;
  if (yaml11Memo.size < 10_000) yaml11Memo.set(source, value);
  return value;
}

const plainMemo = new Map<string, unknown>();

/** What a plain scalar means untagged under YAML 1.2's core schema (the reading PyYAML gives one tagged `!`). */
function plainValue12(source: string): unknown {
  if (plainMemo.has(source)) return plainMemo.get(source);
  const doc = parseDocument(source, { version: '1.2', schema: 'core', prettyErrors: false });
  const value = doc.errors.length === 0 && isScalar(doc.contents) ? doc.contents.value : source;
  if (plainMemo.size < 10_000) plainMemo.set(source, value);
  return value;
}

/**
 * YAML 1.1's float as its spec and PyYAML resolve it: a dot is required and an exponent carries its sign, so `1e2`,
 * `1.5e3` and Go's `1e+06` are strings there (the `yaml` package's own 1.1 schema reads them as numbers).
 */
const YAML11_FLOAT = /^(?:[-+]?[0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)(?:[eE][-+][0-9]+)?$/;

/**
 * YAML 1.1's int as its spec and PyYAML resolve it: a decimal has no leading zero and an octal no 8 or 9, so `08`,
 * `019` and `-0085` are strings there (the `yaml` package's 1.1 schema reads them as decimals, as YAML 1.2 does).
 */
const YAML11_NOT_AN_INT = /^[-+]?0[0-9_]*[89][0-9_]*$/;

/** What a plain scalar means under YAML 1.1 (the spec's float and int rules first, then the `yaml` package's 1.1 schema). */
function yaml11Reading(source: string, value12: unknown): unknown {
  if (typeof value12 === 'number' && /[eE]/.test(source) && /^[-+]?\.?[0-9]/.test(source) && !YAML11_FLOAT.test(source)) return source;
  if (typeof value12 === 'number' && YAML11_NOT_AN_INT.test(source)) return source;
  return YAML11_CANDIDATE.test(source) ? yaml11Value(source) : value12;
}

/** Why a plain scalar means one thing under YAML 1.2 and another under YAML 1.1, or undefined. */
export function yamlVersionAmbiguity(source: string, value12: unknown): string | undefined {
  const value11 = yaml11Reading(source, value12);
  // A 1.1 timestamp is a Date where 1.2 keeps the text: the same instant either way, read as text.
  if (value11 === value12 || value11 instanceof Date || (Number.isNaN(value11) && Number.isNaN(value12))) return undefined;
  const show = (v: unknown) => (typeof v === 'string' ? `the string ${JSON.stringify(v)}` : `${typeof v} ${String(v)}`);
  return `the plain scalar ${source} is ${show(value12)} under YAML 1.2 but ${show(value11)} under YAML 1.1`;
}

/**
 * The document as plain JS values, built by hand instead of by `toJS` because a release gate needs
 * what `toJS` does not check: keys are compared after alias resolution (`*k : 2` repeats the key
 * `&k b`) and after conversion to object keys (`1` and `"1"` are one key), a collection used as a
 * key is refused (JS objects would stringify it), an alias cycle is `malformed` instead of a
 * circular value, and nesting and alias fan-out are bounded.
 */
function convertYaml(
  path: string,
  doc: Document,
  lineCounter: LineCounter,
  aliasTargets: ReadonlyMap<Alias, Node>,
  /** Values already read by earlier documents of the stream: the bound holds for the whole file, not per document. */
  read: { values: number } = { values: 0 },
): { value: unknown; inexactNumbers: InexactNumbers; nonIntegerNumbers: ReadonlySet<string>; aliasedScalars: ReadonlyMap<string, string>; aliasAnchors: ReadonlyMap<string, string> } {
  const inexactNumbers = new Map<string, string>();
  const nonIntegerNumbers = new Set<string>();
  // Where each anchored node was written, and which scalars an alias copies from there: a measured value written as
  // `*baseline` is the baseline, not a measurement (red team th).
  const anchoredAt = new Map<unknown, string>();
  const aliasedScalars = new Map<string, string>();
  // The anchor's own name says what the value is as much as its path does (`copy: &example_failed 0`; red team xc, session 43).
  const aliasAnchors = new Map<string, string>();
  const open = new Set<unknown>();
  let aliases = 0;
  const fail = (code: 'malformed' | 'duplicate_key' | 'imprecise_number', node: unknown, pointer: string, message: string, fix: string): never => {
    const range = isNode(node) ? node.range : undefined;
    const pos = range ? lineCounter.linePos(range[0]) : undefined;
    const where = pos ? `${path}:${pos.line}:${pos.col}` : path;
    throw new ArtifactError(code, `${where}: ${message}`, { path, pointer, ...(pos ? { line: pos.line, column: pos.col } : {}), fix });
  };
  // YAML 1.1 and 1.2 read some plain scalars differently; which one the producer meant is unknown
  // (a `%YAML 1.1` directive or none), so such a scalar is malformed rather than silently one of them.
  const ambiguous = (node: Scalar, pointer: string): void => {
    // `!!int "010"` is 10 here and 8 under YAML 1.1, `!!timestamp 2024-02-30` a rolled-over date, `!!binary ""` bytes no
    // JSON reader sees, `!!int "9007199254740993"` a rounded number no precision check saw: only text stays text.
    if (node.tag !== undefined && !TEXT_TAGS.has(node.tag)) {
      const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
      fail('malformed', node, pointer, `the explicit tag ${tag} turns the text into another type, which YAML versions and libraries read differently`, `drop the tag and write the plain value (8 rather than !!int "010"; a date as a quoted RFC 3339 string; no binary data in evidence)`);
    }
    // The non-specific tag `!` makes a plain scalar text under YAML 1.2 (`! true` is "true" here), but PyYAML resolves it
    // as if untagged (the boolean true): only a plain scalar that is text either way may carry it.
    if (node.tag === '!' && node.type === 'PLAIN' && typeof node.source === 'string') {
      const untagged = plainValue12(node.source);
      if (typeof untagged !== 'string') fail('malformed', node, pointer, `the non-specific tag ! makes the plain scalar ${node.source} the string ${JSON.stringify(node.source)} under the YAML 1.2 spec, but readers that resolve it as untagged (PyYAML) read ${untagged === null ? 'null' : `${typeof untagged} ${String(untagged)}`}: its meaning depends on the reader`, `quote it ("${node.source}") if it is text, or drop the ! if it is the ${untagged === null ? 'null' : typeof untagged}`);
    }
    // A text tag (`!!str yes`) makes it the same text under every version.
    if (node.type !== 'PLAIN' || node.tag !== undefined || typeof node.source !== 'string') return;
    const why = yamlVersionAmbiguity(node.source, node.value);
    if (why !== undefined) fail('malformed', node, pointer, `${why}: its meaning depends on the YAML version`, `quote it (e.g. "${node.source}") if it is text, or write it so both versions read it alike (true/false, 8 rather than 010, 1000 rather than 1_000)`);
  };
  // Only a double-quoted escape writes a lone surrogate (`"status\ud800"`): no Unicode text, read differently by each reader.
  const wellFormed = (node: unknown, pointer: string, text: string): void => {
    const lone = loneSurrogate(text);
    if (lone !== undefined) fail('malformed', node, pointer, `the string holds a lone surrogate ${lone} (an escape without its pair): it is not Unicode text, and readers disagree on it (refuse it, replace it by U+FFFD or drop it)`, 'write the character itself (or its pair of escapes); a lone surrogate is no character');
  };
  const resolve = (node: unknown, pointer: string): unknown => {
    let current = node;
    while (isAlias(current)) {
      if (++aliases > MAX_YAML_ALIASES) {
        fail('malformed', current, pointer, `more than ${MAX_YAML_ALIASES} alias expansions`, `alias expansion is limited (at most ${MAX_YAML_ALIASES} aliases resolved per document); write the values out or use fewer aliases`);
      }
      const target = aliasTargets.get(current);
      if (target === undefined) fail('malformed', current, pointer, `alias *${current.source} names no anchor before it`, 'define the anchor (&name) before using the alias');
      current = target;
    }
    return current;
  };
  const visit = (raw: unknown, pointer: string, depth: number, copied?: string, copiedAnchor?: string): unknown => {
    if (++read.values > MAX_YAML_VALUES) fail('malformed', raw, pointer, `expands to more than ${MAX_YAML_VALUES} values once aliases are resolved`, 'write the document without alias fan-out');
    const node = resolve(raw, pointer);
    if (node === null || node === undefined) return null;
    // The pointer this node was first written at when reached through an alias (or inside a collection so reached).
    const from = raw !== node ? anchoredAt.get(node) : copied;
    const anchor = isAlias(raw) ? raw.source : copiedAnchor;
    if (from === undefined && (node as { anchor?: string }).anchor !== undefined) anchoredAt.set(node, pointer);
    if (isScalar(node)) {
      if (from !== undefined) aliasedScalars.set(pointer, from);
      if (from !== undefined && anchor !== undefined) aliasAnchors.set(pointer, anchor);
      const v = node.value;
      // A number no double holds (`-1e999`) says so before its spelling is weighed (YAML 1.1 reads it as text).
      if (typeof v === 'number' && typeof node.source === 'string' && node.type === 'PLAIN' && node.tag === undefined) {
        const range = numberOutOfRange(node.source, v);
        if (range !== undefined) fail('imprecise_number', node, pointer, describeOutOfRange(node.source, range), 'write the number the producer computed (a count is an integer; 0 is written 0); a number no double can hold proves nothing');
      }
      ambiguous(node, pointer);
      if (typeof v === 'string') wellFormed(node, pointer, v);
      if (typeof v === 'number' && typeof node.source === 'string' && node.type === 'PLAIN') {
        if (!numberSurvives(node.source, v)) inexactNumbers.set(pointer, node.source);
        if (Number.isInteger(v) && /^[+-]?(?:\d+\.\d*|\d*\.\d+|\d+(?:\.\d*)?[eE][+-]?\d+)$/.test(node.source)) nonIntegerNumbers.add(pointer);
      }
      return v;
    }
    if (!isMap(node) && !isSeq(node)) fail('malformed', node, pointer, 'a YAML node of an unsupported kind', 'write plain mappings, sequences and scalars');
    // `!!set {x: null}` is a mapping here and a set of keys to PyYAML (no JSON value): only a collection's own kind keeps it one.
    const kind = isMap(node) ? 'tag:yaml.org,2002:map' : 'tag:yaml.org,2002:seq';
    const tag = (node as { tag?: string }).tag;
    if (tag !== undefined && tag !== kind && tag !== '!') {
      fail('malformed', node, pointer, `the explicit tag ${tag.replace(/^tag:yaml\.org,2002:/, '!!')} turns the collection into another type, which YAML libraries read differently`, 'drop the tag and write a plain mapping or sequence');
    }
    if (depth >= MAX_YAML_DEPTH) fail('malformed', node, pointer, `nesting deeper than ${MAX_YAML_DEPTH} levels`, 'flatten the document');
    if (open.has(node)) fail('malformed', raw, pointer, 'an alias refers to a node that contains it (a cyclic alias graph)', 'remove the alias cycle: an artifact must be a finite tree');
    open.add(node);
    try {
      if (isSeq(node)) return node.items.map((item, i) => visit(item, `${pointer}/${i}`, depth + 1, from === undefined ? undefined : `${from}/${i}`, anchor));
      const object: Record<string, unknown> = {};
      for (const pair of (node as { items: { key: unknown; value: unknown }[] }).items) {
        const keyNode = resolve(pair.key, pointer);
        if (keyNode !== null && keyNode !== undefined && !isScalar(keyNode)) {
          fail('malformed', isNode(pair.key) ? pair.key : node, pointer, 'a mapping or sequence used as a key', 'use plain scalar keys: a collection key has no JSON form, so gates could not read it');
        }
        if (isScalar(keyNode)) {
          ambiguous(keyNode, pointer);
          if (keyNode.type === 'PLAIN' && keyNode.source === '<<') {
            fail('malformed', keyNode, pointer, 'the key << merges a mapping under YAML 1.1 but is a plain key under YAML 1.2: its meaning depends on the YAML version', 'write the merged keys out (or quote "<<" if it is a key)');
          }
        }
        const k: unknown = isScalar(keyNode) ? keyNode.value : null;
        if (k === null || k === undefined) fail('malformed', isNode(pair.key) ? pair.key : node, pointer, 'a null (empty) key', 'give every key a name');
        // A number key becomes the text of the number: `3.10:` (Python 3.10) is the key "3.1", `0x1f:` "31", `+1:` "1". A
        // pointer to /3.1 would read what the producer wrote for 3.10, and one to /3.10 finds nothing; other readers keep
        // the key as written, or refuse a key that is no text. Only a number written as JavaScript prints it is one key.
        if (typeof k === 'number' && isScalar(keyNode) && typeof keyNode.source === 'string' && String(k) !== keyNode.source) {
          fail('malformed', keyNode, pointer, `the plain key ${keyNode.source} is the number ${String(k)}, so it becomes the key ${JSON.stringify(String(k))}, not ${JSON.stringify(keyNode.source)}; readers disagree on such a key (kept as written, converted, or refused)`, `quote the key ("${keyNode.source}") so it is the text it reads as`);
        }
        if (typeof k !== 'string' && typeof k !== 'number' && typeof k !== 'boolean') {
          fail('malformed', pair.key, pointer, 'a key that is not a string, number or boolean', 'use plain scalar keys');
        }
        const key = String(k);
        const at = `${pointer}/${encodePointerSegment(key)}`;
        wellFormed(isNode(pair.key) ? pair.key : node, pointer, key);
        if (Object.hasOwn(object, key)) {
          fail('duplicate_key', isNode(pair.key) ? pair.key : node, at, `duplicate key ${JSON.stringify(key)} (after resolving aliases and converting keys to text)`, 'define each key once; YAML tools disagree on which copy wins');
        }
        Object.defineProperty(object, key, { value: visit(pair.value, at, depth + 1, from === undefined ? undefined : `${from}/${encodePointerSegment(key)}`, anchor), writable: true, enumerable: true, configurable: true });
      }
      return object;
    } finally {
      open.delete(node);
    }
  };
  const value = visit(doc.contents, '', 0);
  return { value, inexactNumbers, nonIntegerNumbers, aliasedScalars, aliasAnchors };
}
