/**
 * json_schema — a structured artifact (JSON, YAML or TOML) satisfies a JSON Schema (draft 2020-12)
 * kept in the repository, and every violation is reported on its own, with its JSON pointer and
 * line/column, not only the first one.
 *
 * The schema is compiled the way the engine compiles its own: ajv in strict mode, so a misspelt
 * keyword ("requried"), an unknown format or a type-specific keyword without its type is an
 * `invalid_schema` failure — a typo in a schema must never quietly accept everything. Each
 * evaluation compiles with its own ajv instance, so two schemas sharing an `$id` never collide.
 */
import {
  type CaseTwin,
  type CompiledUserSchema,
  boundsListEmpty, boundedValueDenied,
  compileUserSchemaOf,
  defineGate,
  describeInexact,
  displayPointer,
  boundCopiedIntoReport,
  documentRanNothing,
  encodePointerSegment,
  DOCUMENT_FORMATS,
  type DocumentArtifact,
  type DocumentFormat,
  failIfImprecise,
  formatOption, getAtPointer,
  type GateContext,
  inexactWithin,
  jsonEqual,
  locateNearest,
  namesOfOneFile,
  countBesideRemark,
  failuresToldByDocument, reportsARun, countsOfARunLeftUnfilled,
  numberWrittenAsText,
  spellsSomeInWords,
  type PlaceholderField,
  DATE_FIELD_OPTION, MAX_AGE_OPTION, MAX_RUN_LENGTH_OPTION,
  parsePointer,
  withValueAt,
  pathOption,
  plural,
  readDocumentChecked,
  type SchemaProblem,
  UserSchemaRecursionError,
  whereOf,
} from '../src/sdk/index.js';

export interface JsonSchemaOptions {
  path: string;
  schema: string;
  format?: DocumentFormat;
  max_age?: string;
  max_run_length?: string;
  date_field?: string;
  max_findings: number;
}

async function compileSchemaFile(ctx: GateContext, schemaPath: string): Promise<{ compiled: CompiledUserSchema; value: unknown; sha256: string } | undefined> {
  let file;
  try {
    file = await ctx.read.json(schemaPath);
  } catch (e) {
    ctx.failFromError('schema_compiles', e);
    return undefined;
  }
  const [inexact] = inexactWithin(file.inexactNumbers, '');
  // A bound or const no double holds (`maximum: 0.99999999999999999999` reads as 1) compares the artifact against
  // another number than the schema states, as a config limit would (refused there too).
  const compiled = inexact === undefined ? compileUserSchemaOf(file.value, file.record.sha256) : { ok: false as const, pointer: inexact[0], message: `${displayPointer(inexact[0])} is written ${describeInexact(inexact[1])}; ajv would compare the artifact against another number than the schema states` };
  if (!compiled.ok) {
    const position = compiled.pointer !== undefined ? file.locate(compiled.pointer) : undefined;
    const draft07 = /no schema with key or ref "https?:\/\/json-schema\.org\/draft/.test(compiled.message);
    ctx.fail('schema_compiles', 'invalid_schema', `${whereOf(file.path, position)}: not a valid JSON Schema (draft 2020-12, ajv strict mode): ${compiled.message}`, {
      path: file.path,
      ...(compiled.pointer !== undefined ? { pointer: compiled.pointer } : {}),
      ...position,
      expected: 'a JSON Schema (draft 2020-12) that compiles in ajv strict mode',
      actual: compiled.message,
      fix: draft07
        ? 'gate-engine validates with JSON Schema draft 2020-12: set "$schema" to "https://json-schema.org/draft/2020-12/schema" (or remove it) and update draft-specific keywords'
        : 'fix the schema: misspelt or unknown keywords, unknown formats and type-specific keywords without a "type" are errors, so a typo can never accept everything',
    });
    return undefined;
  }
  ctx.pass('schema_compiles', `${file.path} compiles as a JSON Schema (draft 2020-12, strict)`, { path: file.path });
  return { compiled, value: file.value, sha256: file.record.sha256 };
}

/** A share written as a percentage (`"95%"`, `"95 %"`): its number is a hundredth of what it shows. */
const PERCENTAGE = /^([^%]*\S)\s*%\s*$/u;

/**
 * A number written as text, as producers print one (`"3"`, `"0.95"`, `"1e-3"`, `"-0"`, `"95%"`) and as a reader is shown
 * one behind look-alike digits, invisible characters, markup, references, escapes, another base, a Roman numeral or
 * the word of what it counts (`"３"`, `"3\u200b"`, `"<b>3</b>"`, `"&#51;"`, `"0x3"`, `"III"`, `"3 tests"`; red team zh).
 */
function numberAsSchemaText(text: string): number | undefined {
  const share = PERCENTAGE.exec(text);
  if (share !== null) {
    const number = numberWrittenAsText(share[1] as string);
    return number === undefined ? undefined : number / 100;
  }
  return numberWrittenAsText(text, { wordy: true }) ?? numberBesideRemark(text);
}
/**
 * A number with a remark after it (`"0 (of 12)"`, `"3 (flaky)"`) is its number; one whose remark tells of failures of
 * its own (`"0 (2 failed)"`) shows those too, so it reads as the larger (red team yg): a text read as a plain 0 there
 * would pass a bound its remark breaks.
 */
function numberBesideRemark(text: string): number | undefined {
  return countBesideRemark(text);
}
/** Counts a number word may spell: a place that refuses them all refuses the word's count, whichever it is. */
const COUNTS_OF_SOME = [1, 2, 3, 10, 100, 1000];
/** Numbers a place that takes numbers at all accepts one of (a bound, a multipleOf, a sign rule each leave some). */
const SOME_NUMBERS = [0, 1, -1, 0.5, 100, 1e9, -1e9];

/**
 * A schema that takes a count as a number or a text (`type: [integer, string], maximum: 0`) bounds only the number:
 * `"failed": "3"` passes where `3` would not. A text that reads as a number the schema refuses in its place, where
 * the schema does take other numbers, dodged the rule by being written as text (red team zd): `wrong_type`.
 * A text the schema takes no number in place of (an id typed `string`) is left alone. Every such text is weighed, however
 * many ids stand before it: one validation with all of them written as numbers finds the places that refuse a number
 * for more than its type, and only those are tried one by one.
 */
function failIfNumberAsTextDodges(ctx: GateContext, doc: DocumentArtifact, schemaPath: string, compiled: Extract<CompiledUserSchema, { ok: true }>): boolean {
  const texts = new Map<string, { text: string; number: number; inWords?: true }>();
  const visit = (node: unknown, pointer: string, place?: string): void => {
    if (typeof node === 'string') {
      const number = numberAsSchemaText(node);
      if (number !== undefined && Number.isFinite(number)) texts.set(pointer, { text: node, number });
      // A count in words (`"three"`, `"drei"`, `"三"`) has no value the engine knows, only that it is some: weighed as 1
      // here, a place that refuses every count of some refuses 1 too.
      // Words that are English too (`"locale": "en"`, `"note": "due to"`) are a count only in a place named for one (`"errori": "due"`).
      else if (spellsSomeInWords(node, place)) texts.set(pointer, { text: node, number: 1, inWords: true });
      return;
    }
    if (Array.isArray(node)) node.forEach((v, i) => visit(v, `${pointer}/${i}`, place));
    else if (node !== null && typeof node === 'object') for (const [k, v] of Object.entries(node)) visit(v, `${pointer}/${encodePointerSegment(k)}`, k);
  };
  visit(doc.value, '');
  if (texts.size === 0) return false;
  let allAsNumbers = structuredClone(doc.value);
  for (const [pointer, t] of texts) {
    if (pointer === '') allAsNumbers = t.number;
    else setInPlace(allAsNumbers, pointer, t.number);
  }
  const suspects = new Set(compiled.validate(allAsNumbers).filter((p) => p.keyword !== 'type' && texts.has(p.pointer)).map((p) => p.pointer));
  for (const [pointer, t] of texts) {
    if (!suspects.has(pointer)) continue;
    const refused = compiled.validate(withValueAt(doc.value, pointer, t.number));
    if (refused.length === 0) continue;
    if (t.inWords === true && !COUNTS_OF_SOME.every((n) => compiled.validate(withValueAt(doc.value, pointer, n)).length > 0)) continue;
    if (!SOME_NUMBERS.some((n) => compiled.validate(withValueAt(doc.value, pointer, n)).length === 0)) continue;
    const position = locateNearest(doc, pointer);
    const as = t.inWords === true ? `as any count it may spell (${COUNTS_OF_SOME.join(', ')}…)` : `as the number ${String(t.number)}`;
    ctx.fail('schema_valid', 'wrong_type', `${whereOf(doc.path, position)}: ${displayPointer(pointer)} is the text ${JSON.stringify(t.text)}; ${as} ${schemaPath} refuses it (${refused[0]?.message ?? 'a rule on numbers'}), so writing it as text dodged the rule`, {
      path: doc.path,
      pointer,
      ...position,
      expected: `a JSON number ${schemaPath} accepts`,
      actual: t.text,
      fix: `have the producer write ${displayPointer(pointer)} as a JSON number, and type it as a number only in ${schemaPath} (not [number, string])`,
    });
    return true;
  }
  return false;
}

/** Sets the value at `pointer` of `root` (a copy of the document's own) in place. */
function setInPlace(root: unknown, pointer: string, value: unknown): void {
  const steps = parsePointer(pointer);
  let node = root as Record<string, unknown>;
  for (const step of steps.slice(0, -1)) node = node[step] as Record<string, unknown>;
  node[steps.at(-1) as string] = value;
}

/**
 * A report whose results lists are empty matches any schema that lets them be (`minItems: 0`, or no `minItems`): the
 * item rules judged no item, so the match proves nothing about a result (scenario `results_list_empty_under_min_items_zero`); nor about a count or outcome copied from a bound by a YAML alias (`failed: *max_failed`).
 */
function failIfRanNothing(ctx: GateContext, doc: DocumentArtifact, schemaPath: string, compiled: Extract<CompiledUserSchema, { ok: true }>): boolean {
  const ran = documentRanNothing(doc.value, (pointer) => boundsListEmpty(compiled, doc.value, pointer));
  const nothing = ran ?? boundCopiedIntoReport(doc.aliasedScalars, doc.value, doc.aliasAnchors);
  if (nothing === undefined) return false;
  const position = doc.locate(nothing.pointer);
  ctx.fail('schema_valid', 'vacuous', `${whereOf(doc.path, position)}: ${doc.path} matches ${schemaPath}, but ${nothing.message}${ran === undefined ? '' : ": the schema's rules on results judged none"}`, {
    path: doc.path,
    pointer: nothing.pointer,
    ...position,
    expected: ran === undefined ? 'counts and outcomes the run measured' : 'a report of at least one result (and a schema that says so: minItems: 1 on its results list)',
    actual: nothing.actual,
    fix: ran === undefined ? 'have the producer write what it measured, not an alias of a bound or an earlier run' : 'make the producer run what it reports on, and set minItems: 1 on the results list in the schema so an empty report fails there',
  });
  return true;
}

/** Failing outcomes a schema naming those it takes (an enum) refuses some of; counts one tolerating a few (`maximum: 2`) refuses all of. */
const [OTHER_FAILED_OUTCOMES, MORE_FAILURES] = [['failed', 'FAILED', 'error', 'Failure'], [2 ** 40, 2 ** 40 + 1, 2 ** 41 + 3]];

/**
 * A document that says it failed (`result: "fail"`, `failures: 3`, `ok: false`) where the schema's rules do not bound
 * that outcome (`result: {type: string}`, `failures: {type: integer, minimum: 0}`): the match proves the report's shape,
 * never its pass (red team th). A schema that names the failures it takes is its author's call: an enum or pattern of
 * outcomes refusing some failing word, a bound on the count or list (`maximum: 2`, `maxItems: 3`) refusing many more.
 */
function failIfFailureUnbounded(ctx: GateContext, doc: DocumentArtifact, schemaPath: string, compiled: Extract<CompiledUserSchema, { ok: true }>): boolean {
  const takes = (pointer: string, value: unknown) => compiled.validate(withValueAt(doc.value, pointer, value)).length === 0;
  const told = failuresToldByDocument(doc.value).find(({ pointer, actual: said }) => {
    // The value judged, not the words quoted (red team js); a flag told cleared is judged as a flag however it is written (`ok: 0`).
    const at = getAtPointer(doc.value, pointer), actual = typeof said === 'boolean' ? said : at.found ? at.value : said;
    // A count written as text is read as the number it shows, as the schema's numeric rules were (`"0 (of 12)"` is none).
    const count = typeof actual === 'string' ? numberAsSchemaText(actual) : actual;
    // A text the status reader tells as failures though it shows 0 here (`"&#48;"`, a zero behind markup) is judged as
    // the text it is: never as a zero the schema bounded.
    if (typeof count === 'number' && (count !== 0 || typeof actual !== 'string')) return count !== 0 && MORE_FAILURES.some((n) => takes(pointer, n));
    if (typeof actual === 'string') return OTHER_FAILED_OUTCOMES.every((v) => takes(pointer, v));
    if (Array.isArray(actual)) return takes(pointer, Array.from({ length: 1024 }, (_, i) => (typeof actual[0] === 'string' ? `${actual[0]}-${i}` : actual[0])));
    return true;
  });
  if (told === undefined) return false;
  const position = locateNearest(doc, told.pointer);
  ctx.fail('schema_valid', 'failure_told', `${whereOf(doc.path, position)}: ${doc.path} matches ${schemaPath}, but ${told.message}, and the schema takes any such failure there: the match proves the report's shape, not a pass`, {
    path: doc.path, pointer: told.pointer, ...position,
    expected: 'a report of a run that passed (or a schema that bounds its outcome: an enum of outcomes, a maximum on failures)',
    actual: told.actual,
    fix: `fix what failed and re-run the producer; to tolerate some failures, bound ${displayPointer(told.pointer)} in ${schemaPath} (an enum naming the outcomes allowed, a maximum)`,
  });
  return true;
}

/** A number the schema bounds that its own report denies or shows measured over nothing, read as threshold reads it (red team tj). */
function failIfBoundedValueDenied(ctx: GateContext, doc: DocumentArtifact, schemaPath: string, compiled: Extract<CompiledUserSchema, { ok: true }>): boolean {
  const takes = (pointer: string, value: number) => compiled.validate(withValueAt(doc.value, pointer, value)).length === 0;
  const denied = boundedValueDenied(doc.value, (p, v) => !takes(p, v + 2 ** 40) || !takes(p, v - 2 ** 40), { inexact: doc.inexactNumbers, nonInteger: doc.nonIntegerNumbers });
  if (denied === undefined) return false;
  const position = locateNearest(doc, denied.pointer);
  const code = denied.code === 'vacuous' || denied.code === 'wrong_type' || denied.code === 'imprecise_number' ? denied.code : 'failure_told';
  ctx.fail('schema_valid', code, `${whereOf(doc.path, position)}: ${doc.path} matches ${schemaPath}, but the number it bounds at ${denied.message}`, { path: doc.path, pointer: denied.pointer, ...position, expected: 'a bounded number its own report bears out', actual: denied.actual, fix: 'have the producer write the numbers it measured, as its counts give them' });
  return true;
}
function reportProblems(ctx: GateContext, doc: DocumentArtifact, schemaPath: string, problems: readonly SchemaProblem[], maxFindings: number): void {
  for (const p of problems.slice(0, maxFindings)) {
    const position = locateNearest(doc, p.pointer);
    ctx.fail('schema_valid', 'schema', `${whereOf(doc.path, position)}: ${displayPointer(p.pointer)} ${p.message}`, {
      path: doc.path,
      pointer: p.pointer,
      ...position,
      ...(p.expected !== undefined ? { expected: p.expected } : {}),
      ...(p.actual !== undefined ? { actual: p.actual } : {}),
      fix: `make ${doc.path} conform to ${schemaPath} (fix the producer that writes it)`,
    });
  }
  const rest = problems.length - maxFindings;
  if (rest > 0) {
    ctx.fail('schema_valid', 'schema', `${doc.path}: ${plural(rest, 'more schema problem')} not listed (max_findings is ${maxFindings}; ${problems.length} in all)`, {
      path: doc.path,
      expected: `no schema problems against ${schemaPath}`,
      actual: `${problems.length} problems`,
      fix: 'fix the listed problems and re-run, or raise max_findings to see them all',
    });
  }
}

/**
 * The artifact is the schema itself — one file under two names (`path` and `schema` alike, a link, another spelling) or
 * a copy (the same bytes, or the same JSON reformatted) — so the schema validated its own text: nothing a producer
 * wrote was checked.
 */
async function failIfArtifactIsSchema(ctx: GateContext, options: JsonSchemaOptions, sameDocument: boolean): Promise<boolean> {
  const [named] = await namesOfOneFile(ctx.root, [options.path, options.schema]);
  const copy = named === undefined && sameDocument;
  if (named === undefined && !copy) return false;
  ctx.fail('artifact', 'same_file', `${options.path} ${copy ? 'is a copy of' : 'is the same file as'} the schema ${options.schema}: the schema validated itself, not an artifact a producer wrote`, {
    path: options.path,
    expected: 'an artifact other than the schema file',
    actual: copy ? `a copy of ${options.schema}` : `${options.path} -> the same file as ${options.schema}`,
    fix: 'point `path` at the artifact the producer writes and `schema` at the contract it must satisfy',
  });
  return true;
}

/**
 * A required text the schema leaves free that holds a blank or a placeholder: the document matches, but the producer
 * never filled the field in, so the match proves nothing about it.
 */
function failPlaceholders(ctx: GateContext, doc: DocumentArtifact, schemaPath: string, fields: readonly PlaceholderField[], maxFindings: number): boolean {
  for (const field of fields.slice(0, maxFindings)) {
    const position = locateNearest(doc, field.pointer);
    ctx.fail('schema_valid', 'placeholder', `${whereOf(doc.path, position)}: ${displayPointer(field.pointer)} ${field.why}; ${field.ofARun === true ? `${schemaPath} accepts it, so the match proves no outcome of the run` : `${schemaPath} requires it and accepts any text there, so the match proves nothing about it`}`, {
      path: doc.path,
      pointer: field.pointer,
      ...position,
      expected: field.ofARun === true ? 'the count of items the run measured' : `the value the producer measured (${schemaPath} requires this field)`,
      actual: field.value,
      fix: `have the producer write ${displayPointer(field.pointer)}; to refuse such values by the schema itself, give the field an enum, a pattern or a minLength`,
    });
  }
  if (fields.length > maxFindings) {
    ctx.fail('schema_valid', 'placeholder', `${doc.path}: ${plural(fields.length - maxFindings, 'more required placeholder')} not listed (max_findings is ${maxFindings})`, {
      path: doc.path,
      expected: 'required fields with content',
      actual: `${fields.length} placeholders`,
      fix: 'fill in the listed fields and re-run, or raise max_findings to see them all',
    });
  }
  return fields.length > 0;
}

/**
 * A key the schema reads beside a twin differing only in case that holds a value the schema refuses there: readers that
 * match keys without case (Go's encoding/json, last one wins) read the twin, so the match proves nothing for them.
 */
function failCaseTwins(ctx: GateContext, doc: DocumentArtifact, schemaPath: string, twins: readonly CaseTwin[]): boolean {
  for (const { read, twin } of twins) {
    const position = locateNearest(doc, twin);
    ctx.fail('schema_valid', 'duplicate_key', `${whereOf(doc.path, position)}: ${displayPointer(read)} and ${displayPointer(twin)} differ only in case, and ${schemaPath} refuses the value of ${displayPointer(twin)} in the place of ${displayPointer(read)}; readers that match keys without case (Go's encoding/json) read one value for both, so which one the document says depends on its reader`, {
      path: doc.path,
      pointer: twin,
      ...position,
      expected: `one key ${displayPointer(read)}`,
      actual: [read, twin],
      fix: 'write the field once, under one spelling; keys that differ only in case are one field to some readers',
    });
  }
  return twins.length > 0;
}

export default defineGate<JsonSchemaOptions>({
  type: 'json_schema',
  title: 'JSON Schema',
  description: 'A JSON/YAML/TOML artifact satisfies a JSON Schema (draft 2020-12, ajv strict) kept in the repository; every violation is reported with its pointer.',
  blocking: true,
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['path', 'schema'],
    properties: {
      path: pathOption('The artifact to validate, relative to the root.'),
      schema: pathOption('The JSON Schema file (JSON, draft 2020-12), relative to the root.'),
      format: formatOption(DOCUMENT_FORMATS),
      max_age: MAX_AGE_OPTION,
      max_run_length: MAX_RUN_LENGTH_OPTION,
      date_field: DATE_FIELD_OPTION,
      max_findings: { type: 'integer', minimum: 1, default: 100, description: 'List at most this many schema problems one by one; any beyond are counted in one more failed check.' },
    },
  },
  artifactPath: (options) => options.path,
  remediation: [
    'schema: fix each listed field of the artifact (each finding names its pointer, line and what the schema expects), usually in the producer that writes it.',
    'invalid_schema: the schema file itself does not compile under ajv strict mode (draft 2020-12); fix the misspelt keyword, unknown format or missing "type".',
    'missing / malformed / duplicate_key on the schema file: the schema is part of the gate; restore it or fix its JSON.',
    'vacuous: the schema accepts the artifact with any one of its values changed; rules on key names alone (required, propertyNames, additionalProperties: false) or on the envelope alone (schema id, run id, generated_at) prove nothing about the values, so add a type, an enum or const, or a bound on a value the artifact holds.',
    'placeholder: a field the schema requires holds a stand-in (TODO, ${VAR}, <value>, a blank); have the producer write the value, or name the values the field may hold in the schema (an enum, a pattern).',
    'failure_told: the artifact reports a failed run and the schema takes any failure there; fix what failed, or bound the outcome in the schema (an enum of outcomes, a maximum on failures) to tolerate some.',
    'same_file: `path` names the schema file (or a copy of it); point it at the artifact the producer writes.',
  ],
  evidenceReasons: ['invalid_schema', 'same_file'],
  reasons: {
    invalid_schema: 'the schema file is not a valid JSON Schema (draft 2020-12) under ajv strict mode, so it cannot prove anything',
    failure_told: 'the artifact matches its schema but says of itself that its run failed (a failed outcome; a failure counted, listed, flagged or told in words) or denies its own pass (an unfinished run, counts that do not add up), and the schema\'s rules take any such value there (a type alone), so the match proves the shape, not a pass',
    same_file: 'the artifact is the schema file itself (another name, a link, or a copy byte for byte or reformatted), so the schema validated its own text',
  },
  async evaluate(ctx, options) {
    const schema = await compileSchemaFile(ctx, options.schema);
    const doc = await readDocumentChecked(ctx, options);
    if (schema === undefined || !schema.compiled.ok || doc === undefined) return;
    if (await failIfArtifactIsSchema(ctx, options, doc.record.sha256 === schema.sha256 || jsonEqual(doc.value, schema.value))) return;
    const { compiled } = schema;
    let problems: SchemaProblem[];
    let unconstrained: string | undefined;
    try {
      problems = compiled.validate(doc.value);
      if (problems.length === 0) unconstrained = compiled.unconstrained(doc.value);
    } catch (e) {
      if (!(e instanceof UserSchemaRecursionError)) throw e;
      ctx.fail('schema_valid', 'invalid_schema', `${options.schema}: ${e.message}`, {
        path: options.schema,
        expected: 'a JSON Schema whose $ref cycles descend into the document',
        actual: 'validation recursed without end',
        fix: 'break the $ref cycle: a definition may refer to itself only inside properties/items, never directly',
      });
      return;
    }
    // The schema compares numbers (minimum, const, multipleOf, integer…): one written with more precision than a double keeps was compared as another number.
    if (problems.length === 0 && failIfImprecise(ctx, 'schema_valid', doc, '')) return;
    if (unconstrained !== undefined) {
      ctx.fail('schema_valid', 'vacuous', `${options.schema}: ${doc.path} matches, but ${unconstrained}`, {
        path: options.schema,
        expected: `a schema that rejects some value ${doc.path} could hold in place of what it holds (a type, an enum or const, a bound, a minItems), not only other key names`,
        actual: unconstrained,
        fix: 'state what the values of the artifact must be: types of the required fields, enums or consts for statuses, bounds for numbers (required, propertyNames and additionalProperties: false constrain key names only)',
      });
      return;
    }
    if (problems.length === 0) {
      if (failCaseTwins(ctx, doc, options.schema, compiled.caseTwins(doc.value))) return;
      if (failPlaceholders(ctx, doc, options.schema, [...compiled.placeholders(doc.value, reportsARun(doc.value)), ...countsOfARunLeftUnfilled(doc.value)], options.max_findings)) return;
      if (failIfRanNothing(ctx, doc, options.schema, compiled)) return;
      if (failIfNumberAsTextDodges(ctx, doc, options.schema, compiled)) return;
      if (failIfFailureUnbounded(ctx, doc, options.schema, compiled) || failIfBoundedValueDenied(ctx, doc, options.schema, compiled)) return;
      ctx.pass('schema_valid', `${doc.path} matches ${options.schema}`, { path: doc.path, expected: options.schema });
      return;
    }
    reportProblems(ctx, doc, options.schema, problems, options.max_findings);
  },
});
