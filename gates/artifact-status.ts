/**
 * artifact_status — a field of a structured artifact (JSON, YAML or TOML) holds one of the allowed
 * values, compared as JSON values: the string "true" is not the boolean true and 1 is not "1".
 *
 * The reference project's check_artifact_status conflated a missing and a malformed artifact,
 * turned a missing field into a warning and coerced every non-string value to "" before comparing.
 * Here the reader keeps missing / malformed / duplicate_key / stale apart, an absent field fails
 * with `missing_field`, and nothing is coerced.
 *
 * A `.jsonl` artifact (or `format: jsonl`) is a test runner's event stream, judged by its events instead of one field
 * (src/sdk/test-events.ts).
 *
 * The helpers the artifact gates share (option schemas, the checked document reader, value display)
 * live in the SDK (src/sdk/document.ts).
 */
import {
  aliasOfABound,
  ARRAY_OPTION,
  defineGate,
  describeType,
  caseTwinReadings,
  checkTestEventStream,
  displayPointer,
  DOCUMENT_FORMATS,
  type DocumentArtifact,
  type DocumentReadOptions,
  entryBase,
  failIfImprecise,
  failingItemsBeside,
  fallbackRunIdReason,
  failMissingField,
  formatOption,
  type GateContext,
  getAtPointer,
  idReason,
  isJsonlPath,
  JSONL_PATH_PATTERN,
  isBlank,
  placeholderReason,
  jsonEqual,
  jsonSafe,
  DATE_FIELD_OPTION,
  MAX_AGE_OPTION,
  MAX_RUN_LENGTH_OPTION,
  NOT_RUN_STATUSES,
  notRunStatus,
  pathOption,
  pointerOption,
  readCount,
  tieToRun,
  readDocumentChecked,
  SCHEMA_ID_OPTION,
  type SelectOptions,
  selectPointer,
  showValue,
  statusContradiction,
  type StatusContradiction,
  valueDetail,
  WHERE_OPTION,
  whereOf,
} from '../src/sdk/index.js';

export interface ArtifactStatusOptions extends Omit<DocumentReadOptions, 'format'>, SelectOptions {
  /** `jsonl`: a test runner's event stream (`go test -json`, libtest JSON), judged by its events, without `pointer`/`allowed`. */
  format?: DocumentReadOptions['format'] | 'jsonl';
  pointer: string;
  allowed: unknown[];
  /** Pointer of the number of items the status summarises: zero items is vacuous. */
  over?: string;
  /** Statuses that say the suite did not run: an evidence failure (`not_run`), never waived. */
  not_run?: string[];
  /** Whether the allowed statuses claim a pass: unset reads it from their words (an unknown word claims one). */
  claims_pass?: boolean;
  /** The reference ext_must_pass rule: a real run_id, and a correlation_id that contains it. */
  lineage?: { run_id: string; correlation_id: string };
}

/**
 * The artifact names the run that produced it: `run_id` is a non-blank, non-placeholder string and
 * `correlation_id` is one that contains it (the reference ext_must_pass lineage rule).
 */
function checkRunLineage(ctx: GateContext, doc: DocumentArtifact, lineage: { run_id: string; correlation_id: string }): void {
  const id = 'run_lineage';
  const text = (field: 'run_id' | 'correlation_id'): string | undefined => {
    const pointer = lineage[field];
    const lookup = getAtPointer(doc.value, pointer);
    const fix = `have the producer write the ${field} of the run that produced ${doc.path} at ${displayPointer(pointer)}`;
    if (!lookup.found) {
      failMissingField(ctx, id, doc, pointer, `a non-blank string ${field}`, fix);
      return undefined;
    }
    const where = whereOf(doc.path, doc.locate(pointer));
    if (typeof lookup.value !== 'string') {
      ctx.fail(id, 'wrong_type', `${where}: ${field} (${displayPointer(pointer)}) must be a string, found ${describeType(lookup.value)}`, { ...valueDetail(doc, pointer), expected: `a non-blank string ${field}`, actual: jsonSafe(lookup.value), fix });
      return undefined;
    }
    const why = idReason(lookup.value);
    if (why !== undefined) {
      ctx.fail(id, 'placeholder', `${where}: ${field} (${displayPointer(pointer)}) ${showValue(lookup.value)} is ${why === 'blank' ? 'blank' : `a placeholder (${why})`}`, { ...valueDetail(doc, pointer), expected: `a real ${field}`, actual: lookup.value, fix });
      return undefined;
    }
    // `${RUN_ID:-local}`: an id every run outside CI writes alike ties the artifact to none of them.
    const fallback = field === 'run_id' ? fallbackRunIdReason(lookup.value) : undefined;
    if (fallback !== undefined) {
      ctx.fail(id, 'placeholder', `${where}: ${field} (${displayPointer(pointer)}) ${showValue(lookup.value)} is ${fallback}`, { ...valueDetail(doc, pointer), expected: `a real ${field}`, actual: lookup.value, fix });
      return undefined;
    }
    return lookup.value;
  };
  const runId = text('run_id');
  const correlationId = text('correlation_id');
  if (runId === undefined || correlationId === undefined) return;
  // A short run_id (a run number) is contained only where a run marker names it: `3` in `bd-1f42.4.3-run-9` is not run 3.
  const untied = tieToRun(runId, correlationId);
  if (untied !== undefined) {
    ctx.fail(id, 'lineage', `${whereOf(doc.path, doc.locate(lineage.correlation_id))}: correlation_id ${showValue(correlationId)} does not name its run_id ${showValue(runId)}: it ${untied}`, {
      ...valueDetail(doc, lineage.correlation_id),
      expected: `a correlation_id containing ${showValue(runId)}`,
      actual: correlationId,
      fix: 'derive correlation_id from the run id of the run that wrote the artifact (e.g. "<job>-<run_id>"); an artifact whose ids disagree was stitched together',
    });
    return;
  }
  ctx.pass(id, `${doc.path}: correlation_id ${showValue(correlationId)} contains run_id ${showValue(runId)}`, { path: doc.path, pointer: lineage.correlation_id });
}

/** Options that read one field of one document: a test event stream has neither. */
const STREAM_UNSUPPORTED = ['pointer', 'allowed', 'over', 'array', 'where', 'claims_pass', 'schema_id', 'max_run_length', 'date_field', 'lineage'] as const;

export default defineGate<ArtifactStatusOptions>({
  type: 'artifact_status',
  title: 'Artifact status',
  description: 'A field of a JSON/YAML/TOML artifact holds one of the allowed values (type-strict deep equality); a missing field fails. A test runner\'s JSONL event stream (`go test -json`, libtest JSON) passes only when its events prove the run passed.',
  blocking: true,
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['path'],
    // A test event stream (format jsonl, or a .jsonl/.ndjson path without a format) is judged by its events: the options
    // that read one field of a document would pass unproven there, so they are refused; a document needs them.
    if: { anyOf: [{ required: ['format'], properties: { format: { type: 'string', const: 'jsonl' } } }, { not: { required: ['format'] }, properties: { path: { type: 'string', pattern: JSONL_PATH_PATTERN } } }] },
    then: { properties: Object.fromEntries(STREAM_UNSUPPORTED.map((key) => [key, { not: {}, description: `is not set on a test event stream (format jsonl, or a .jsonl/.ndjson path): its events decide, and ${key} reads one field of a json, yaml or toml document; remove it, or set \`format\` to the document's format` }])) },
    else: { required: ['pointer', 'allowed'] },
    properties: {
      path: pathOption('The artifact, relative to the root (e.g. tests/evidence_bundle/index.json).'),
      pointer: pointerOption('JSON pointer of the status field (e.g. /summary/verdict); with `array`/`where`, inside the selected entry (e.g. /status). Required for a json, yaml or toml artifact; not set for a test event stream (jsonl), which has no one status field.'),
      array: ARRAY_OPTION,
      where: WHERE_OPTION,
      allowed: {
        type: 'array',
        minItems: 1,
        items: {},
        description: 'The values that pass, as JSON values: "pass" (a string), true (a boolean), 0 (a number)… compared without coercion. Required for a json, yaml or toml artifact; not set for a test event stream (jsonl), whose events decide.',
      },
      over: pointerOption('JSON pointer of the number of items the status summarises (e.g. /summary/required_checks, /must_pass_total; with `array`/`where`, inside the selected entry): a non-negative integer, and zero is `vacuous` — "all required checks pass" over no required check proves nothing.'),
      not_run: {
        type: 'array',
        uniqueItems: true,
        items: { type: 'string', minLength: 1 },
        default: [...NOT_RUN_STATUSES],
        description: 'Statuses that say the suite did not run (compared by their words, whatever the case or separators: `CANCELLED`, `Not Run`, `timed-out`): `not_run`, an evidence failure no waiver covers, instead of `status_not_allowed`. A value also in `allowed` passes; `[]` reads every status as an outcome.',
      },
      claims_pass: {
        type: 'boolean',
        description: 'Whether the allowed statuses claim a pass, so that failures counted, listed or flagged beside them are a `contradiction`. Unset: read from their words — a pass word in any language of the vocabulary (`pass`, `bestanden`, `thành công`) and any word no language of it knows claim one; words that say a run ended, did not run or went otherwise (`complete`, `done`, `warn`, `skipped`) and numbers do not, save 0 under a name that counts failures (`numFailedTests`, `errorCount`: none failed). `true`: every allowed value claims a pass (`complete`, `0`, `true` under any name); `false`: only pass words do.',
      },
      format: { ...formatOption([...DOCUMENT_FORMATS, 'jsonl']), description: 'Format of the artifact; default from the file extension (.json, .yaml/.yml, .toml, .jsonl/.ndjson). `jsonl`: the event stream of `go test -json` or of libtest (`cargo test -- -Z unstable-options --format json`, `cargo nextest run --message-format libtest-json`), which passes only when its events prove the run passed; `pointer`, `allowed` and the options that read one document are not set then.' },
      schema_id: SCHEMA_ID_OPTION,
      max_age: { ...MAX_AGE_OPTION, description: 'Maximum age such as "7d" or "12h", measured from the artifact\'s `/generated_at` (or `date_field`; RFC 3339, required when set); on a `go test -json` stream (jsonl), from its latest event\'s `Time` (every event must have one, Go 1.24\'s build events aside, and the first within 14 days of the latest); a libtest stream records no time and fails it.' },
      max_run_length: MAX_RUN_LENGTH_OPTION,
      date_field: DATE_FIELD_OPTION,
      lineage: {
        type: 'object',
        additionalProperties: false,
        properties: {
          run_id: { type: 'string', pattern: '^(/([^~/]|~[01])*)+$', default: '/run_id', description: 'JSON pointer of the run id.' },
          correlation_id: { type: 'string', pattern: '^(/([^~/]|~[01])*)+$', default: '/correlation_id', description: 'JSON pointer of the correlation id.' },
        },
        description: 'When set (`lineage: {}` for the default pointers), the artifact must name its run: run_id a non-blank, non-placeholder string and correlation_id one that contains it (the reference ext_must_pass rule).',
      },
    },
    dependentRequired: { array: ['where'], where: ['array'] },
  },
  artifactPath: (options) => options.path,
  remediation: [
    'Re-run the step that produces the artifact and read why it reported that status; the gate passes only on one of the allowed values.',
    'A missing field means the producer did not write it (or the pointer is wrong): fix the producer or the `pointer` option, never the allowed list.',
    'Values are compared as JSON: write true, not "true"; 1, not "1" — or list the exact value the producer writes.',
    'With `over`: a status over zero items (vacuous) means the producer checked nothing; make it run what it summarises.',
    'A status that says the suite did not run (not_run: skipped, cancelled, pending, timed out…) is missing evidence, which no waiver covers: make the suite run to an outcome.',
  ],
  evidenceReasons: ['not_run'],
  reasons: {
    status_not_allowed: 'the status field holds a value that is not one of the allowed values',
    not_run: 'the status says the suite did not run or has not finished (skipped, cancelled, aborted, pending, timed out…: the `not_run` option): its outcome is missing evidence, which no waiver covers',
  },
  async evaluate(ctx, options) {
    if (options.format === 'jsonl' || (options.format === undefined && isJsonlPath(options.path))) {
      await checkTestEventStream(ctx, options.path, options.max_age !== undefined ? { maxAge: options.max_age } : {});
      return;
    }
    const doc = await readDocumentChecked(ctx, { ...options, format: options.format });
    if (doc === undefined) return;
    checkStatus(ctx, doc, options);
    if (options.lineage !== undefined) checkRunLineage(ctx, doc, options.lineage);
  },
});

/** A value of the kind statuses take: a flag, a number, or one word (`fail`, `partial`); prose (`see the summary below`) says no outcome. */
const statusLike = (value: unknown): boolean => typeof value === 'boolean' || typeof value === 'number' || (typeof value === 'string' && /^\S+$/u.test(value.trim()));

/**
 * An allowed status whose key, or a key above it, has a twin differing only in case that reads another status
 * (`verdict: complete` beside `VERDICT: partial`; `summary` beside a `Summary` whose verdict is fail): Go's encoding/json
 * matches keys without case (the last one wins), so which status the document says depends on its reader. A twin that
 * says no outcome (prose) stays another key.
 */
function failIfOtherStatusInCaseTwin(ctx: GateContext, doc: DocumentArtifact, pointer: string, allowed: readonly unknown[]): boolean {
  const other = caseTwinReadings(doc.value, pointer).find(({ value }) => statusLike(value) && !allowed.some((a) => jsonEqual(a, value)));
  if (other === undefined) return false;
  const position = doc.locate(other.twin);
  ctx.fail('status_allowed', 'duplicate_key', `${whereOf(doc.path, position)}: ${displayPointer(pointer)} is allowed, but ${other.at === other.twin ? `its twin ${displayPointer(other.twin)}, differing only in case,` : `${displayPointer(other.at)} under ${displayPointer(other.twin)}, a key differing only in case,`} is ${showValue(other.value)}; readers that match keys without case (Go's encoding/json) read one of them, so which status the document says depends on its reader`, {
    path: doc.path,
    pointer: other.twin,
    ...position,
    expected: `one key on the path ${displayPointer(pointer)}`,
    actual: [pointer, other.at],
    fix: 'write each field once, under one spelling; keys that differ only in case are one field to some readers',
  });
  return true;
}

function checkStatus(ctx: GateContext, doc: DocumentArtifact, options: ArtifactStatusOptions): void {
  {
    const pointer = selectPointer(ctx, 'status_allowed', doc, options);
    if (pointer === undefined) return;
    if (options.over !== undefined) checkOver(ctx, doc, `${entryBase(pointer, options)}${options.over}`, pointer);
    const { allowed } = options;
    const allowedText = allowed.map(showValue).join(', ');
    const lookup = getAtPointer(doc.value, pointer);
    if (!lookup.found) {
      failMissingField(ctx, 'status_allowed', doc, pointer, allowed, `have the producer write ${displayPointer(pointer)} (one of ${allowedText}), or correct the \`pointer\` option`);
      return;
    }
    if (failIfImprecise(ctx, 'status_allowed', doc, pointer)) return;
    const detail = valueDetail(doc, pointer);
    const where = whereOf(doc.path, doc.locate(pointer));
    const shown = `${displayPointer(pointer)} = ${showValue(lookup.value)}`;
    if (allowed.some((value) => jsonEqual(value, lookup.value))) {
      const contradiction = aliasOfABound(doc.aliasedScalars, pointer, lookup.value, doc.aliasAnchors, doc.value) ?? statusContradiction(doc.value, pointer, lookup.value, { inexact: doc.inexactNumbers, nonInteger: doc.nonIntegerNumbers }, { claimsPass: options.claims_pass });
      // A twin saying fail beside a pass is the contradiction already; one saying another status is not.
      if (contradiction === undefined && failIfOtherStatusInCaseTwin(ctx, doc, pointer, allowed)) return;
      ctx.pass('status_allowed', `${where}: ${shown} (one of ${allowedText})`, { ...detail, expected: allowed, actual: jsonSafe(lookup.value) });
      checkConsistent(ctx, doc, pointer, contradiction);
      return;
    }
    // A status nobody filled in (`null`, blank, `TODO`, `${STATUS}`) is no outcome at all: the evidence says nothing, which
    // is a failure of the evidence (never waived, never relaxed), not an outcome that is not allowed.
    const unfilled = lookup.value === null ? 'null' : typeof lookup.value === 'string' ? (isBlank(lookup.value) ? 'blank' : placeholderReason(lookup.value)) : undefined;
    if (unfilled !== undefined) {
      ctx.fail('status_allowed', 'placeholder', `${where}: ${shown} is ${unfilled === 'blank' ? 'blank' : unfilled === 'null' ? 'null' : `a placeholder (${unfilled})`}: the producer wrote no outcome (expected one of ${allowedText})`, {
        ...detail,
        expected: allowed,
        actual: jsonSafe(lookup.value),
        fix: `have the producer write its outcome at ${displayPointer(pointer)} (one of ${allowedText}); a status it never filled in proves nothing`,
      });
      return;
    }
    // A run that never happened has no outcome to accept: a waiver granted for a failure the suite shows must not cover it.
    const notRun = notRunStatus(lookup.value, options.not_run ?? NOT_RUN_STATUSES, allowed);
    if (notRun !== undefined) {
      ctx.fail('status_allowed', 'not_run', `${where}: ${shown} says the suite did not run (${showValue(notRun)} is a \`not_run\` status): no outcome to judge (expected one of ${allowedText})`, {
        ...detail,
        expected: allowed,
        actual: jsonSafe(lookup.value),
        fix: `make the suite run to an outcome (re-run the cancelled, skipped or timed-out job) so that ${displayPointer(pointer)} holds one of ${allowedText}; a waiver covers a failure the suite shows, never a run that did not happen`,
      });
      return;
    }
    // typeof null is 'object' too: only scalars have a spelling worth comparing.
    const looseMatch = allowed.find((value) => typeof value !== 'object' && typeof lookup.value !== 'object' && String(value) === String(lookup.value));
    const failing = failingItemsBeside(doc.value, pointer);
    ctx.fail('status_allowed', 'status_not_allowed', `${where}: ${shown} (expected one of ${allowedText})`, {
      ...detail,
      expected: allowed,
      actual: jsonSafe(lookup.value),
      ...(failing.items.length > 0 ? { failing: failing.items } : {}),
      ...(failing.more > 0 ? { failing_more: failing.more } : {}),
      fix:
        looseMatch !== undefined
          ? `${showValue(lookup.value)} is not ${showValue(looseMatch)}: values are compared with their JSON type; fix the producer to write ${showValue(looseMatch)}`
          : `find out why the producer reported ${showValue(lookup.value)} and fix that; the gate passes only on ${allowedText}`,
    });
  }
}

const EXPECTED_BESIDE_PASS: Record<StatusContradiction['code'], string> = {
  contradiction: 'no failure beside a pass',
  vacuous: 'at least one item that ran and passed',
  inconsistent_counts: 'counts that add up to their total',
  wrong_type: 'counts written as whole numbers of at least 0',
  imprecise_number: 'counts written as whole numbers of at least 0',
  unreadable: 'a report small enough to read through for a failure, its counts named in words the engine reads',
  placeholder: 'a failure list or text the producer filled in (empty, or naming what failed)',
};

/** A pass the report's own counts beside it deny (failures counted or listed) or empty (zero passed, all skipped) proves nothing. */
function checkConsistent(ctx: GateContext, doc: DocumentArtifact, statusAt: string, found: ReturnType<typeof statusContradiction>): void {
  if (found === undefined) return;
  ctx.fail('status_consistent', found.code, `${whereOf(doc.path, doc.locate(found.pointer))}: ${displayPointer(statusAt)} ${found.message}`, {
    ...valueDetail(doc, found.pointer),
    expected: EXPECTED_BESIDE_PASS[found.code],
    actual: jsonSafe(found.actual),
    fix:
      found.code === 'vacuous'
        ? 'make the producer run what its status summarises, to its end; a pass over nothing that ran, or over part of a run, proves nothing'
        : found.code === 'placeholder'
          ? 'have the producer fill in its report template (the failures it lists and the status beside them) from the run; a template rendered without its values says no outcome'
          : found.code === 'unreadable'
          ? 'have the producer write its summary (status and counts) in a file of its own, or point the gate at a smaller report; counts named in a language the engine does not read: name them in one it reads (src/sdk/status-vocabulary.ts), or add a row for the language'
          : 'find out why the producer wrote a pass beside counts that deny it and fix the producer; a report that contradicts itself proves neither',
  });
}

/** A summary status ("all required pass", "pass") says nothing about zero items: the count it summarises must be at least one. */
function checkOver(ctx: GateContext, doc: DocumentArtifact, countAt: string, statusAt: string): void {
  const id = 'status_over';
  const count = readCount(ctx, id, doc, countAt, 'over');
  if (count === undefined) return;
  if (count === 0) {
    ctx.fail(id, 'vacuous', `${whereOf(doc.path, doc.locate(countAt))}: ${displayPointer(statusAt)} summarises zero items (${displayPointer(countAt)} = 0); a status over nothing proves nothing`, {
      ...valueDetail(doc, countAt),
      expected: 'at least one item',
      actual: 0,
      fix: 'make the producer run what its status summarises; a report over zero checks cannot pass',
    });
    return;
  }
  ctx.pass(id, `${displayPointer(statusAt)} summarises ${count} item${count === 1 ? '' : 's'} (${displayPointer(countAt)})`, { ...valueDetail(doc, countAt), actual: count });
}
