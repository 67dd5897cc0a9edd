/**
 * The strict tier's evidence, read for what it says:
 *
 * - the certification verdict holds the required value, agrees with itself (CERTIFIED while one of
 *   its own hard gates did not pass, or while it lists blocking reasons, is a `contradiction`), names
 *   the checked-out commit when it names one, and is fresh — a stale verdict is still read, so the
 *   operator sees `stale` and what it says (`not_certified`) together;
 * - every required artifact is a real document of its kind: not null/{}/[]/blank/placeholder, not
 *   the contract, the verdict or another listed artifact reached by another name (one real file is
 *   one artifact; a byte-for-byte copy is not a second one), and the artifacts the engine knows
 *   (claim verdict, practical-finish checkpoint, kernel boundary drift report) valid by schema and
 *   saying allow / pass.
 */
import { promises as fs } from 'node:fs';
import { posix, resolve } from 'node:path';
import {
  contentDigest,
  caselessVisibleForm,
  claimsPass,
  type CheckDetail,
  type Checkpoint,
  checkFreshness,
  checkpointContradictions,
  checkpointEntryPlaceholders,
  CHECKPOINT_SCHEMA,
  CHECKPOINT_SCHEMA_ID,
  classifyText,
  contentProblem,
  describeType,
  displayPointer,
  type DocumentArtifact,
  DRIFT_REPORT_REQUIRED_CHECKS,
  failMissingField,
  formatOf,
  type GateContext,
  getAtPointer,
  hollowKind,
  hollowTextReason,
  isArtifactError,
  isBlank,
  jsonSafe,
  type JsonSchema,
  locateNearest,
  parseDuration,
  parsePointer,
  placeholderReason,
  plural,
  showValue,
  statusContradiction,
  textKindOf,
  validateSchema,
  valueDetail,
  whereOf,
  wordReadings,
} from '../../src/sdk/index.js';

export interface CertificationOptions {
  path: string;
  schema_id: string;
  pointer: string;
  required: string;
  max_age: string;
  generated_at: string;
  hard_gates: string;
  blocking_reasons: string;
  commit: string;
  /** Hard gate ids a certifying verdict must list (beside the contract's, see {@link RequiredHardGates}). */
  required_hard_gates?: string[];
}

/** Where the hard gates a certification must cover are named: the contract (at `pointer`) and the gate's option. */
export interface RequiredHardGates {
  contract: DocumentArtifact;
  pointer: string;
}

const fieldName = (pointer: string) => parsePointer(pointer).at(-1) ?? 'the document';
const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
const detailAt = (doc: DocumentArtifact, pointer: string): CheckDetail => ({ path: doc.path, pointer, ...locateNearest(doc, pointer) });
const maxAgeMs = (maxAge: string): number => {
  const parsed = parseDuration(maxAge.trim());
  return parsed.ok ? parsed.value : 0;
};

/** Freshness as a finding instead of a thrown error, so what the document says is still read. */
function freshnessProblem(doc: DocumentArtifact, now: Date, maxAge: string, pointer: string): { code: string; message: string; detail: CheckDetail } | undefined {
  try {
    checkFreshness(doc.path, doc.value, now, { maxAgeMs: maxAgeMs(maxAge), pointer });
    return undefined;
  } catch (e) {
    if (!isArtifactError(e)) throw e;
    return { code: e.code, message: e.message, detail: { ...e.detail, ...locateNearest(doc, pointer) } };
  }
}

const stampOf = (doc: DocumentArtifact, pointer: string): string => {
  const lookup = getAtPointer(doc.value, pointer);
  return lookup.found ? String(lookup.value) : '?';
};

const SHA = /^[0-9a-f]{7,64}$/iu;

/** strict_tier_certified. True when the verdict certifies the strict tier. */
export async function checkCertified(ctx: GateContext, cert: CertificationOptions, strictTier: string, required: RequiredHardGates): Promise<boolean> {
  const id = 'strict_tier_certified';
  let doc: DocumentArtifact;
  try {
    // Freshness is judged below (a stale verdict is still read, so what it says is reported too).
    doc = await ctx.read.document(cert.path, { schemaId: cert.schema_id, ageMatters: false });
  } catch (e) {
    ctx.failFromError(id, e);
    return false;
  }
  let problems = 0;
  const fail = (code: string, message: string, detail: CheckDetail) => {
    problems++;
    ctx.fail(id, code, message, detail);
  };
  const stale = freshnessProblem(doc, ctx.now, cert.max_age, cert.generated_at);
  const lookup = getAtPointer(doc.value, cert.pointer);
  const field = fieldName(cert.pointer);
  const staleNote = stale === undefined ? '' : ` (and the verdict is ${stale.code === 'stale' ? 'stale' : `not datable: ${stale.code}`})`;
  if (!lookup.found) {
    problems++;
    failMissingField(ctx, id, doc, cert.pointer, cert.required, `the certification verdict must state ${field}; regenerate ${doc.path} with its producer`);
  } else if (lookup.value !== cert.required) {
    const shown = typeof lookup.value === 'string' ? lookup.value : showValue(lookup.value);
    const nearly = typeof lookup.value === 'string' && lookup.value.trim().toUpperCase() === cert.required.toUpperCase();
    const reasons = blockingReasons(doc, cert.blocking_reasons);
    const said = reasons.length > 0 ? `; its blocking reasons: ${reasons.slice(0, 3).map((r) => JSON.stringify(r)).join(', ')}${reasons.length > 3 ? `, … (${reasons.length} in all)` : ''}` : '';
    fail('not_certified', `${whereOf(doc.path, doc.locate(cert.pointer))}: ${field} is ${shown}; ${strictTier} requires ${cert.required}${said}${staleNote}`, {
      ...valueDetail(doc, cert.pointer),
      expected: cert.required,
      actual: jsonSafe(lookup.value),
      fix: nearly
        ? `the verdict must be exactly ${JSON.stringify(cert.required)}; fix its producer`
        : `claim a lower tier, or close the failing hard gates until the certification verdict is ${cert.required}; a strict-tier claim without certification is an overclaim`,
    });
  } else {
    problems += checkAgreesWithItself(ctx, id, doc, cert);
    problems += checkCoversRequired(ctx, id, doc, cert, required);
    problems += await checkCommit(ctx, id, doc, cert.commit);
  }
  if (stale !== undefined) fail(stale.code, stale.code === 'stale' ? `${stale.message}; it says ${lookup.found ? showValue(lookup.value) : `no ${field}`}` : stale.message, stale.detail);
  if (problems === 0) ctx.pass(id, `${whereOf(doc.path, doc.locate(cert.pointer))}: ${field} is ${cert.required}, consistent with its hard gates (generated ${stampOf(doc, cert.generated_at)}, within ${cert.max_age.trim()})`, { ...valueDetail(doc, cert.pointer), expected: cert.required, actual: cert.required });
  return problems === 0;
}

/** The verdict's non-blank blocking reasons (strings), for messages. */
function blockingReasons(doc: DocumentArtifact, pointer: string): string[] {
  const lookup = getAtPointer(doc.value, pointer);
  if (!lookup.found || !Array.isArray(lookup.value)) return [];
  return lookup.value.filter((r): r is string => typeof r === 'string' && classifyText(r) === 'ok');
}

/** A CERTIFIED verdict: every hard gate passed and no blocking reason is listed. Returns the number of problems. */
function checkAgreesWithItself(ctx: GateContext, id: string, doc: DocumentArtifact, cert: CertificationOptions): number {
  let problems = 0;
  const fail = (code: string, pointer: string, message: string, expected: unknown, actual: unknown, fix: string) => {
    problems++;
    ctx.fail(id, code, `${whereOf(doc.path, locateNearest(doc, pointer))}: ${message}`, { ...detailAt(doc, pointer), expected, actual: jsonSafe(actual), fix });
  };
  const gates = getAtPointer(doc.value, cert.hard_gates);
  const regenerate = `regenerate ${doc.path} from the hard gates' results; a certification must agree with its own evidence`;
  if (!gates.found) {
    problems++;
    failMissingField(ctx, id, doc, cert.hard_gates, 'the hard gate results the verdict certifies', `a ${cert.required} verdict must show the hard gates it rests on; ${regenerate}`);
  } else if (!Array.isArray(gates.value)) {
    fail('wrong_type', cert.hard_gates, `${displayPointer(cert.hard_gates)} must be an array of hard gate results, found ${describeType(gates.value)}`, 'an array of {gate_id, status}', gates.value, regenerate);
  } else if (gates.value.length === 0) {
    fail('missing_field', cert.hard_gates, `${displayPointer(cert.hard_gates)} is empty: a ${cert.required} verdict that rests on no hard gate proves nothing`, 'at least one hard gate result', [], regenerate);
  } else {
    gates.value.forEach((gate: unknown, i) => {
      const at = `${cert.hard_gates}/${i}`;
      if (!isRecord(gate)) {
        fail('wrong_type', at, `hard gate result ${i} must be an object, found ${describeType(gate)}`, 'an object with gate_id and status', gate, regenerate);
        return;
      }
      const name = typeof gate.gate_id === 'string' && classifyText(gate.gate_id) === 'ok' ? gate.gate_id : `hard gate result ${i}`;
      // A result that names no gate (`TODO`, blank, absent) vouches for no hard gate: a verdict resting on it rests on none.
      if (typeof gate.gate_id !== 'string') {
        fail(gate.gate_id === undefined ? 'missing_field' : 'wrong_type', `${at}/gate_id`, `${name} names no hard gate (gate_id ${gate.gate_id === undefined ? 'absent' : describeType(gate.gate_id)})`, 'the id of the hard gate it reports', gate.gate_id ?? 'absent', regenerate);
        return;
      }
      const unnamed = contentProblem(gate.gate_id);
      if (unnamed !== undefined) {
        fail('placeholder', `${at}/gate_id`, `${name} names no hard gate: its gate_id ${JSON.stringify(gate.gate_id)} ${unnamed}`, 'the id of the hard gate it reports', gate.gate_id, regenerate);
        return;
      }
      if (typeof gate.status !== 'string') {
        fail(gate.status === undefined ? 'missing_field' : 'wrong_type', `${at}/status`, `${name} has no status string`, 'pass', gate.status ?? 'absent', regenerate);
        return;
      }
      // Exactly pass (any case): a status carrying invisible or control characters is not a pass.
      if (/^pass$/i.test(gate.status)) return;
      fail('contradiction', `${at}/status`, `${doc.path} says ${cert.required} while its own hard gate ${name} is ${JSON.stringify(gate.status)}${typeof gate.reason === 'string' && gate.reason.trim() !== '' ? ` (${gate.reason.trim()})` : ''}`, 'pass', gate.status, `a ${cert.required} verdict needs every hard gate to pass; close ${name} or claim a lower tier, then regenerate the verdict`);
    });
  }
  const reasons = getAtPointer(doc.value, cert.blocking_reasons);
  if (reasons.found && reasons.value !== null) {
    if (!Array.isArray(reasons.value)) {
      fail('wrong_type', cert.blocking_reasons, `${displayPointer(cert.blocking_reasons)} must be an array, found ${describeType(reasons.value)}`, 'an empty array', reasons.value, regenerate);
    } else {
      reasons.value.forEach((reason: unknown, i) => {
        const at = `${cert.blocking_reasons}/${i}`;
        if (typeof reason === 'string' && classifyText(reason) === 'blank') return;
        const why = typeof reason === 'string' ? placeholderReason(reason) : undefined;
        if (why !== undefined) {
          fail('placeholder', at, `blocking reason ${i} of a ${cert.required} verdict is ${why} (${JSON.stringify(reason)})`, 'no blocking reason', reason, `remove the entry; a ${cert.required} verdict lists no blocking reason`);
          return;
        }
        fail('contradiction', at, `${doc.path} says ${cert.required} while listing a blocking reason: ${typeof reason === 'string' ? JSON.stringify(reason) : showValue(reason)}`, 'no blocking reason', reason, `a verdict with blocking reasons is not ${cert.required}; close what they name or claim a lower tier`);
      });
    }
  }
  return problems;
}

/**
 * The hard gates a certification must rest on, from the contract and the `certification.required_hard_gates` option
 * (both count when both name some). Without such a list the producer chooses which gates its verdict shows, and a
 * verdict that leaves out its failing gates (every one listed passing) certifies: so naming none is `missing_field`,
 * as a contract without required artifacts is. Returns the usable ids and the number of problems reported.
 */
function requiredHardGates(ctx: GateContext, id: string, cert: CertificationOptions, required: RequiredHardGates): { ids: string[]; problems: number } {
  const { contract, pointer } = required;
  const fromOption = cert.required_hard_gates ?? [];
  const ids: string[] = [];
  let problems = 0;
  const fail = (code: string, message: string, detail: CheckDetail) => {
    problems++;
    ctx.fail(id, code, message, detail);
  };
  fromOption.forEach((gate, i) => {
    const unnamed = contentProblem(gate);
    if (unnamed === undefined) ids.push(gate);
    else fail('placeholder', `the certification.required_hard_gates option's entry ${i} ${JSON.stringify(gate)} ${unnamed}: it names no hard gate`, { expected: 'the id of a hard gate', actual: gate, fix: 'write the ids of the hard gates a certification must rest on' });
  });
  const lookup = getAtPointer(contract.value, pointer);
  const fix = `list, at ${pointer} in ${contract.path} (or in the gate's certification.required_hard_gates option), the ids of the hard gates a ${cert.required} verdict must rest on`;
  if (!lookup.found) {
    if (fromOption.length === 0) {
      problems++;
      failMissingField(ctx, id, contract, pointer, 'the ids of the hard gates a certification must cover', `${fix}: without them the verdict chooses which gates it shows, and one that leaves out its failing gates certifies`);
    }
    return { ids, problems };
  }
  const where = whereOf(contract.path, contract.locate(pointer));
  if (!Array.isArray(lookup.value) || lookup.value.length === 0) {
    const empty = Array.isArray(lookup.value);
    fail(empty ? 'missing_field' : 'wrong_type', `${where}: ${displayPointer(pointer)} ${empty ? 'is empty: a certification required to cover no hard gate proves nothing about any' : `must be an array of hard gate ids, found ${describeType(lookup.value)}`}`, {
      ...valueDetail(contract, pointer),
      expected: 'a non-empty array of hard gate ids',
      actual: jsonSafe(lookup.value),
      fix,
    });
    return { ids, problems };
  }
  (lookup.value as unknown[]).forEach((gate, i) => {
    const at = `${pointer}/${i}`;
    const unnamed = typeof gate === 'string' ? contentProblem(gate) : `is ${describeType(gate)}`;
    if (unnamed === undefined) ids.push(gate as string);
    else fail(typeof gate === 'string' ? 'placeholder' : 'wrong_type', `${whereOf(contract.path, contract.locate(at))}: ${displayPointer(at)} ${unnamed}: it names no hard gate`, { ...detailAt(contract, at), expected: 'the id of a hard gate', actual: jsonSafe(gate), fix });
  });
  return { ids, problems };
}

/**
 * Every required hard gate is among the verdict's results, by its exact id: a look-alike (`G04-cli-parіty` with a
 * Cyrillic і), another case or surrounding spaces name another gate, so the required one is not shown (whether the
 * listed ones pass is {@link checkAgreesWithItself}'s). Returns the number of problems.
 */
function checkCoversRequired(ctx: GateContext, id: string, doc: DocumentArtifact, cert: CertificationOptions, required: RequiredHardGates): number {
  const { ids, problems } = requiredHardGates(ctx, id, cert, required);
  const gates = getAtPointer(doc.value, cert.hard_gates);
  // An absent, malformed or empty list is reported already; what it leaves out adds nothing.
  if (!gates.found || !Array.isArray(gates.value) || gates.value.length === 0) return problems;
  const listed = (gates.value as unknown[]).flatMap((gate) => (isRecord(gate) && typeof gate.gate_id === 'string' ? [gate.gate_id] : []));
  const missing = [...new Set(ids)].filter((gate) => !listed.includes(gate));
  for (const gate of missing) {
    const near = listed.find((other) => caselessVisibleForm(other).trim() === caselessVisibleForm(gate).trim());
    const by = (cert.required_hard_gates ?? []).includes(gate) ? 'the certification.required_hard_gates option' : `${required.contract.path} ${required.pointer}`;
    ctx.fail(id, 'missing_field', `${whereOf(doc.path, locateNearest(doc, cert.hard_gates))}: the required hard gate ${JSON.stringify(gate)} (required by ${by}) is not among the verdict's hard gate results${near === undefined ? '' : ` (it lists ${JSON.stringify(near)}, which is another id)`}: a ${cert.required} verdict that leaves out a required hard gate proves nothing about it`, {
      ...detailAt(doc, cert.hard_gates),
      expected: gate,
      actual: jsonSafe(listed),
      fix: `regenerate ${doc.path} with every required hard gate's result, under its exact id; a certification must show every gate it rests on`,
    });
  }
  return problems + missing.length;
}

/** Where the verdict names a commit, it must be the checked-out one. Returns the number of problems. */
async function checkCommit(ctx: GateContext, id: string, doc: DocumentArtifact, pointer: string): Promise<number> {
  const lookup = getAtPointer(doc.value, pointer);
  if (!lookup.found || lookup.value === null) return 0;
  const where = whereOf(doc.path, doc.locate(pointer));
  const detail = valueDetail(doc, pointer);
  const value = lookup.value;
  if (typeof value !== 'string') {
    ctx.fail(id, 'wrong_type', `${where}: ${fieldName(pointer)} must be a commit sha, found ${describeType(value)}`, { ...detail, expected: 'a git commit sha', actual: jsonSafe(value), fix: 'write the commit the verdict certifies as its full sha' });
    return 1;
  }
  const why = classifyText(value) === 'blank' ? 'blank' : placeholderReason(value);
  if (why !== undefined) {
    ctx.fail(id, 'placeholder', `${where}: ${fieldName(pointer)} is ${why} (${JSON.stringify(value)}), not the commit the verdict certifies`, { ...detail, expected: 'a git commit sha', actual: value, fix: 'have the producer write the sha of the commit it certified' });
    return 1;
  }
  const sha = value.trim().toLowerCase();
  if (!SHA.test(sha)) {
    ctx.fail(id, 'wrong_type', `${where}: ${fieldName(pointer)} ${JSON.stringify(value)} is not a git commit sha`, { ...detail, expected: 'a hexadecimal git commit sha', actual: value, fix: 'write the commit the verdict certifies as its full sha' });
    return 1;
  }
  const head = await ctx.git.head();
  if (head === undefined) {
    ctx.fail(id, 'lineage', `${where}: the verdict certifies commit ${sha}, but the checked-out commit cannot be read (the root is not in a git repository, or has no commit)`, { ...detail, expected: 'a git checkout with a HEAD commit', actual: sha, fix: 'run the gate in the checkout the verdict certifies' });
    return 1;
  }
  if (!head.startsWith(sha)) {
    ctx.fail(id, 'lineage', `${where}: the verdict certifies commit ${sha}, not the checked-out commit ${head}`, { ...detail, expected: head, actual: sha, fix: 'regenerate the certification verdict from this commit; a certification of another commit says nothing about this one' });
    return 1;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Required artifacts

interface KnownKind {
  kind: string;
  basename: string;
  schemaIds: readonly string[];
  schema: JsonSchema;
  /** Where its timestamp is. */
  generatedAt: readonly string[];
  /** What it says, if it does not say allow / pass: [pointer, message, expected, actual]. */
  says(value: Record<string, unknown>, strictTier: string): { code: 'evidence_not_passing' | 'contradiction' | 'missing_field' | 'placeholder'; pointer: string; message: string; expected: unknown; actual: unknown }[];
}

const CLAIM_VERDICT_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['schema', 'tier_id', 'decision'],
  properties: {
    schema: { type: 'string' },
    tier_id: { type: 'string', minLength: 1 },
    decision: { type: 'string', minLength: 1 },
    blocking_reasons: { type: 'array', items: { type: 'string' } },
    evidence_refs: { type: 'array' },
  },
  anyOf: [{ required: ['generated_at'] }, { required: ['timestamp_utc'] }],
};

const DRIFT_REPORT_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['schema', 'generated_at', 'checks', 'summary'],
  properties: {
    schema: { type: 'string' },
    generated_at: { type: 'string' },
    checks: {
      type: 'array',
      minItems: 1,
      items: { type: 'object', required: ['check_id', 'status'], properties: { check_id: { type: 'string', minLength: 1 }, status: { type: 'string' } } },
    },
    summary: {
      type: 'object',
      required: ['verdict', 'total_checks', 'pass_count', 'fail_count'],
      properties: { verdict: { type: 'string' }, total_checks: { type: 'integer', minimum: 0 }, pass_count: { type: 'integer', minimum: 0 }, fail_count: { type: 'integer', minimum: 0 } },
    },
  },
};

const KNOWN: readonly KnownKind[] = [
  {
    kind: 'claim verdict',
    basename: 'franken_node_claim_verdict.json',
    schemaIds: ['pi.franken_node.claim_verdict.v1', 'pi.frankennode.claim_verdict.v1'],
    schema: CLAIM_VERDICT_SCHEMA,
    generatedAt: ['/generated_at', '/timestamp_utc'],
    says(v, strictTier) {
      const out: ReturnType<KnownKind['says']> = [];
      if (!(typeof v.decision === 'string' && /^allow$/i.test(v.decision))) out.push({ code: 'evidence_not_passing', pointer: '/decision', message: `decision is ${JSON.stringify(v.decision)}, not allow`, expected: 'allow', actual: v.decision });
      if (v.tier_id !== strictTier) out.push({ code: 'evidence_not_passing', pointer: '/tier_id', message: `it is a verdict for ${JSON.stringify(v.tier_id)}, not for ${strictTier}`, expected: strictTier, actual: v.tier_id });
      const reasons = Array.isArray(v.blocking_reasons) ? v.blocking_reasons.filter((r) => typeof r === 'string' && classifyText(r) !== 'blank') : [];
      if (reasons.length > 0 && out.length === 0) out.push({ code: 'contradiction', pointer: '/blocking_reasons', message: `it allows the claim while listing ${plural(reasons.length, 'blocking reason')}: ${JSON.stringify(reasons[0])}`, expected: [], actual: reasons });
      // Where it lists its evidence, an allow must rest on some: [] or only blanks and placeholders cite nothing.
      if (Array.isArray(v.evidence_refs) && !v.evidence_refs.some((r) => typeof r === 'string' && contentProblem(r) === undefined)) {
        out.push({ code: 'missing_field', pointer: '/evidence_refs', message: `its evidence_refs ${v.evidence_refs.length === 0 ? 'is empty' : 'names nothing (only blanks, placeholders or non-strings)'}: a decision that cites no evidence proves nothing`, expected: 'at least one evidence reference', actual: v.evidence_refs });
      }
      return out;
    },
  },
  {
    kind: 'practical-finish checkpoint',
    basename: 'practical_finish_checkpoint.json',
    schemaIds: [CHECKPOINT_SCHEMA_ID],
    schema: CHECKPOINT_SCHEMA,
    generatedAt: ['/generated_at'],
    says(v) {
      const out: ReturnType<KnownKind['says']> = [];
      if (v.status !== 'pass') out.push({ code: 'evidence_not_passing', pointer: '/status', message: `status is ${JSON.stringify(v.status)}, not pass`, expected: 'pass', actual: v.status });
      if (v.technical_completion_reached !== true) out.push({ code: 'evidence_not_passing', pointer: '/technical_completion_reached', message: 'technical completion is not reached', expected: true, actual: v.technical_completion_reached });
      const openIssues = Array.isArray(v.technical_open_issues) ? v.technical_open_issues.length : 0;
      if (v.technical_open_count !== 0 || openIssues !== 0) {
        const code = v.status === 'pass' ? 'contradiction' : 'evidence_not_passing';
        out.push({ code, pointer: '/technical_open_count', message: `${String(v.technical_open_count)} technical issues are open (${openIssues} listed)${code === 'contradiction' ? ' while it says pass' : ''}`, expected: 0, actual: v.technical_open_count });
      }
      // Its other counts must agree with its lists too: open_perf3x_count 3 beside no technical and no docs issue
      // says three issues are open that it does not account for.
      const said = new Set(out.map((f) => f.pointer));
      for (const c of checkpointContradictions(v as unknown as Checkpoint)) if (!said.has(c.pointer)) out.push({ code: 'contradiction', ...c });
      // An issue entry of placeholders (a blank id, "<no value>" as its status) is no issue the tracker holds.
      for (const p of checkpointEntryPlaceholders(v)) out.push({ code: 'placeholder', ...p });
      return out;
    },
  },
  {
    kind: 'kernel boundary drift report',
    basename: 'franken_node_kernel_boundary_drift_report.json',
    schemaIds: ['pi.frankennode.kernel_boundary_drift_report.v1'],
    schema: DRIFT_REPORT_SCHEMA,
    generatedAt: ['/generated_at'],
    says(v) {
      const out: ReturnType<KnownKind['says']> = [];
      const summary = v.summary as Record<string, unknown>;
      const checks = v.checks as { check_id: string; status: string }[];
      const passVerdict = summary.verdict === 'pass';
      if (!passVerdict) out.push({ code: 'evidence_not_passing', pointer: '/summary/verdict', message: `summary.verdict is ${JSON.stringify(summary.verdict)}, not pass`, expected: 'pass', actual: summary.verdict });
      checks.forEach((c, i) => {
        if (c.status !== 'pass') out.push({ code: passVerdict ? 'contradiction' : 'evidence_not_passing', pointer: `/checks/${i}/status`, message: `check ${c.check_id} is ${JSON.stringify(c.status)}${passVerdict ? ' while the summary says pass' : ''}`, expected: 'pass', actual: c.status });
      });
      // The report does not choose which checks it shows: one that leaves out a failing required check (every
      // listed one passing, counts agreeing) is no report without drift. A check listed twice is counted twice.
      const ids = checks.map((c) => c.check_id);
      for (const required of DRIFT_REPORT_REQUIRED_CHECKS) {
        if (!ids.includes(required)) out.push({ code: 'missing_field', pointer: '/checks', message: `it does not report the required check ${required} (the kernel manifest's drift_detection_contract); a report that leaves out a required check proves nothing about it`, expected: required, actual: ids });
      }
      ids.forEach((id, i) => {
        const first = ids.indexOf(id);
        if (first !== i) out.push({ code: 'contradiction', pointer: `/checks/${i}/check_id`, message: `check ${id} is listed twice (checks ${first} and ${i}), so its counts count one check twice`, expected: 'each check once', actual: id });
      });
      const passed = checks.filter((c) => c.status === 'pass').length;
      if (summary.fail_count !== checks.length - passed || summary.pass_count !== passed || summary.total_checks !== checks.length) {
        out.push({ code: 'contradiction', pointer: '/summary', message: `summary counts (total ${String(summary.total_checks)}, pass ${String(summary.pass_count)}, fail ${String(summary.fail_count)}) disagree with its ${plural(checks.length, 'check')} (${passed} pass)`, expected: { total_checks: checks.length, pass_count: passed, fail_count: checks.length - passed }, actual: { total_checks: summary.total_checks, pass_count: summary.pass_count, fail_count: summary.fail_count } });
      }
      return out;
    },
  },
];

interface Identity {
  label: string;
  real?: string;
  inode?: string;
  sha256?: string;
  /** What the document says, whatever its spelling: reformatted, keys reordered, JSON as YAML. */
  content?: string;
}

async function identityOf(root: string, path: string, label: string, sha256?: string, content?: string): Promise<Identity> {
  const identity: Identity = { label };
  if (sha256 !== undefined) identity.sha256 = sha256;
  if (content !== undefined) identity.content = content;
  try {
    const real = await fs.realpath(resolve(root, path));
    identity.real = real;
    const stats = await fs.stat(real);
    identity.inode = `${stats.dev}:${stats.ino}`;
  } catch {
    // Not there: nothing to compare with.
  }
  return identity;
}

function sameAs(a: Identity, b: Identity): 'file' | 'copy' | 'content' | undefined {
  if ((a.real !== undefined && a.real === b.real) || (a.inode !== undefined && a.inode === b.inode)) return 'file';
  if (a.sha256 !== undefined && a.sha256 === b.sha256) return 'copy';
  if (a.content !== undefined && a.content === b.content) return 'content';
  return undefined;
}

const SAME_AS = { file: 'the same file as', copy: 'a byte-for-byte copy of', content: 'the same content, spelled otherwise (reformatted, keys reordered or another format), as' } as const;

/** strict_evidence_present. True when every required artifact is substantive and says pass. */
export async function checkStrictEvidence(ctx: GateContext, contract: DocumentArtifact, requiredPointer: string, cert: CertificationOptions, strictTier: string): Promise<boolean> {
  const id = 'strict_evidence_present';
  const pointer = requiredPointer;
  const lookup = getAtPointer(contract.value, pointer);
  if (!lookup.found) {
    failMissingField(ctx, id, contract, pointer, 'a non-empty list of artifact paths', `list the artifacts ${strictTier} requires at ${pointer}; without them nothing proves the strict tier`);
    return false;
  }
  const where = whereOf(contract.path, contract.locate(pointer));
  if (!Array.isArray(lookup.value)) {
    ctx.fail(id, 'wrong_type', `${where}: ${pointer} must be an array of paths, found ${describeType(lookup.value)}`, {
      ...valueDetail(contract, pointer),
      expected: 'a non-empty array of artifact paths',
      actual: jsonSafe(lookup.value),
      fix: 'write the required artifacts as an array of paths relative to the root',
    });
    return false;
  }
  if (lookup.value.length === 0) {
    ctx.fail(id, 'missing_field', `${where}: ${pointer} is empty: the contract names no artifact ${strictTier} requires`, {
      ...valueDetail(contract, pointer),
      expected: 'a non-empty array of artifact paths',
      actual: [],
      fix: `list the artifacts that prove ${strictTier} (claim verdict, practical-finish checkpoint, kernel boundary drift report…)`,
    });
    return false;
  }
  let problems = 0;
  const fail = (code: string, message: string, detail: CheckDetail) => {
    problems++;
    ctx.fail(id, code, message, detail);
  };
  const present: string[] = [];
  const seen: Identity[] = [await identityOf(ctx.root, contract.path, `the contract ${contract.path}`, contract.record.sha256, contentDigest(contract))];
  if (await ctx.exists(cert.path).catch(() => false)) {
    const verdict = await ctx.read.document(cert.path, { ageMatters: false }).catch((e: unknown) => {
      if (!isArtifactError(e)) throw e;
      return undefined;
    });
    seen.push(await identityOf(ctx.root, cert.path, `the certification verdict ${cert.path}`, verdict?.record.sha256, verdict === undefined ? undefined : contentDigest(verdict)));
  }
  for (const [i, item] of (lookup.value as unknown[]).entries()) {
    const at = `${pointer}/${i}`;
    const entryWhere = whereOf(contract.path, contract.locate(at));
    if (typeof item !== 'string' || classifyText(item) !== 'ok') {
      fail(typeof item === 'string' ? 'placeholder' : 'wrong_type', `${entryWhere}: ${at} must be an artifact path, found ${typeof item === 'string' ? (classifyText(item) === 'blank' ? 'a blank string' : `${placeholderReason(item)} (${JSON.stringify(item)})`) : describeType(item)}`, {
        ...detailAt(contract, at),
        expected: 'a path relative to the root',
        actual: jsonSafe(item),
        fix: 'write each required artifact as the path of a real file',
      });
      continue;
    }
    const requiredBy = `required for ${strictTier} by ${contract.path} ${at}`;
    let doc: DocumentArtifact | undefined;
    let text: string | undefined;
    let path: string;
    let sha256: string;
    let digest: string;
    try {
      if (formatOf(item) !== undefined) {
        // Freshness is judged by checkKnown, against the certification's max_age.
        doc = await ctx.read.document(item, { ageMatters: false });
        path = doc.path;
        sha256 = doc.record.sha256;
        digest = contentDigest(doc);
      } else {
        const artifact = await ctx.read.text(item);
        text = artifact.text;
        path = artifact.path;
        sha256 = artifact.record.sha256;
        digest = contentDigest(artifact);
      }
    } catch (e) {
      if (!isArtifactError(e)) throw e;
      fail(e.code, `${e.message} (${requiredBy})`, { ...e.detail, fix: e.detail.fix ?? `produce ${item}` });
      continue;
    }
    // One real file is one artifact: a link to (or copy of) the contract, the verdict or another listed artifact proves nothing new.
    const identity = await identityOf(ctx.root, path, path, sha256, digest);
    const twin = seen.map((other) => ({ other, how: sameAs(identity, other) })).find((x) => x.how !== undefined);
    if (twin !== undefined) {
      fail('duplicate_artifact', `${path} (${requiredBy}) is ${SAME_AS[twin.how as keyof typeof SAME_AS]} ${twin.other.label}: one document cannot stand for two pieces of evidence`, {
        path,
        expected: 'a distinct document of its own kind',
        actual: twin.other.label,
        fix: `produce ${item} with its own producer instead of linking or copying another file`,
      });
      continue;
    }
    seen.push(identity);
    if (text !== undefined) {
      // Judged line by line, as every text artifact is: a text of placeholder lines (`# TODO`, lorem ipsum, `TBD`) is hollow.
      const cls = classifyText(text);
      const hollow = cls === 'blank' ? undefined : (placeholderReason(text) ?? hollowTextReason(text, textKindOf(path, text)));
      if (cls === 'blank' || hollow !== undefined) {
        fail(cls === 'blank' ? 'empty' : 'placeholder', `${path} (${requiredBy}) is ${cls === 'blank' ? 'blank: it shows no content' : `a placeholder: ${hollow}`}`, {
          path,
          expected: 'a real document',
          actual: text.length > 80 ? `${text.slice(0, 79)}…` : text,
          fix: `produce ${item} with its producer`,
        });
        continue;
      }
      present.push(path);
      continue;
    }
    const value = (doc as DocumentArtifact).value;
    if (!isRecord(value) && !Array.isArray(value)) {
      const blank = value === null || (typeof value === 'string' && classifyText(value) !== 'ok');
      fail(blank ? 'empty' : 'wrong_type', `${path} (${requiredBy}) is ${showValue(value)}, not a document`, {
        path,
        expected: 'an object (or array) with the evidence',
        actual: jsonSafe(value),
        fix: `produce ${item} with its producer`,
      });
      continue;
    }
    const content = hollowKind(value) ?? 'ok';
    if (content !== 'ok') {
      fail(content, `${path} (${requiredBy}) ${content === 'empty' ? `holds nothing (${JSON.stringify(value).slice(0, 60)})` : 'holds only placeholders'}`, {
        path,
        expected: 'a real document',
        actual: jsonSafe(value),
        fix: `produce ${item} with its producer`,
      });
      continue;
    }
    const known = await checkKnown(ctx, id, doc as DocumentArtifact, item, cert.max_age, strictTier, requiredBy);
    problems += known;
    if (known === 0) present.push(path);
  }
  if (problems === 0) ctx.pass(id, `all ${plural(present.length, 'artifact')} ${strictTier} requires are real, distinct documents and say pass: ${present.join(', ')}`, { actual: present });
  return problems === 0;
}

/** A schema id or file name as a reader takes it: case, invisibles, look-alike letters and the version suffix do not count. */
const family = (name: string): string => caselessVisibleForm(name).replace(/(?:\.json)?$/u, '').replace(/[._-]v\d+$/u, '');

/** The fields that make a document one of this kind to a reader (its schema's required fields but the schema id and the time). */
const shapeOf = (kind: KnownKind): string[] => ((kind.schema.required ?? []) as string[]).filter((k) => k !== 'schema' && k !== 'generated_at');

/**
 * What kind of evidence a required document is, by the first of: its file name (a drift report's name holding a second
 * claim verdict is no drift report), its schema id, its shape (the fields of a kind's schema). Name and id are
 * compared as a reader reads them, so `PI.Franken_Node.Claim_Verdict.v1`, an id with a zero-width space or a v2 is
 * still a claim verdict — held to its exact schema id, never waved through as a document of no known kind.
 */
function knownKindOf(item: string, value: Record<string, unknown>): KnownKind | undefined {
  const base = family(posix.basename(item));
  const schemaId = isRecord(value) && typeof value.schema === 'string' ? family(value.schema) : undefined;
  return (
    KNOWN.find((k) => family(k.basename) === base) ??
    KNOWN.find((k) => schemaId !== undefined && k.schemaIds.some((known) => family(known) === schemaId)) ??
    KNOWN.find((k) => isRecord(value) && shapeOf(k).every((field) => Object.prototype.hasOwnProperty.call(value, field)))
  );
}

/** Where a report of a kind the engine does not know says how it came out (top level, or in its summary). */
const OUTCOME_POINTERS = ['status', 'result', 'verdict', 'outcome', 'conclusion', 'decision', 'overall_status', 'overall_verdict'].flatMap((f) => [`/${f}`, `/summary/${f}`]);
/** Outcomes that say the evidence did not pass (read as drawn: `Failed`, `fаil` with a Cyrillic а, `DENY`). */
const NOT_PASSING = /^(?:fail(?:s|ed|ing|ure)?|error(?:s|ed)?|den(?:y|ied)|block(?:ed|ing)?|reject(?:ed)?|red|broken|crash(?:ed)?|timed[ _-]?out|not[ _-]?(?:certified|passing|passed|ok))$/u;

/**
 * What a document of no known kind says of itself: an outcome field that says it failed is `evidence_not_passing`; one
 * that says pass beside its own failures (`"status": "pass"`, `"failed": 3`) is what artifact_status calls it. Other
 * outcomes (`complete`, `draft`) are not read: the engine does not know what they mean for this kind.
 */
function outcomeSays(doc: DocumentArtifact): { code: string; pointer: string; message: string; actual: unknown }[] {
  const value = doc.value as Record<string, unknown>;
  const out: { code: string; pointer: string; message: string; actual: unknown }[] = [];
  for (const pointer of OUTCOME_POINTERS) {
    const found = getAtPointer(value, pointer);
    if (!found.found || typeof found.value !== 'string') continue;
    // As a reader is shown it: `**Failed**`, `&#70;ailed`, `fáiled`, `FAILED.` say it did not pass as `Failed` does.
    if (wordReadings(found.value).some((w) => NOT_PASSING.test(w))) {
      out.push({ code: 'evidence_not_passing', pointer, message: `${displayPointer(pointer)} is ${JSON.stringify(found.value)}: the evidence says it did not pass`, actual: found.value });
      continue;
    }
    if (!claimsPass(pointer, found.value)) continue;
    // Its counts as written, as artifact_status reads them: `failed: 0.00000000000000000001` is no count, never 0.
    const contradiction = statusContradiction(value, pointer, found.value, { inexact: doc.inexactNumbers, nonInteger: doc.nonIntegerNumbers });
    if (contradiction !== undefined) out.push({ code: contradiction.code, pointer: contradiction.pointer, message: contradiction.message, actual: contradiction.actual });
  }
  return out;
}

/** A document of a kind the engine knows, by its file name, schema id or shape: schema, freshness and what it says. */
async function checkKnown(ctx: GateContext, id: string, doc: DocumentArtifact, item: string, maxAge: string, strictTier: string, requiredBy: string): Promise<number> {
  const value = doc.value as Record<string, unknown>;
  const schemaId = isRecord(value) ? value.schema : undefined;
  const kind = knownKindOf(item, value);
  if (kind === undefined) {
    let problems = 0;
    // A document of a kind the engine does not know still says how it came out where reports say it.
    for (const said of outcomeSays(doc)) {
      problems++;
      ctx.fail(id, said.code, `${whereOf(doc.path, locateNearest(doc, said.pointer))}: ${said.message} (${requiredBy})`, { ...detailAt(doc, said.pointer), expected: 'a pass its own content agrees with', actual: jsonSafe(said.actual), fix: said.code === 'evidence_not_passing' ? `claim a lower tier until ${item} says pass` : `regenerate ${item} with its producer; evidence that contradicts itself proves nothing` });
    }
    // It is still held to the certification's max_age when it is dated.
    if (!getAtPointer(value, '/generated_at').found) return problems;
    const stale = freshnessProblem(doc, ctx.now, maxAge, '/generated_at');
    if (stale === undefined) return problems;
    ctx.fail(id, stale.code, `${stale.message} (${requiredBy})`, stale.detail);
    return problems + 1;
  }
  let problems = 0;
  const fail = (code: string, pointer: string, message: string, expected: unknown, actual: unknown, fix: string) => {
    problems++;
    ctx.fail(id, code, `${whereOf(doc.path, locateNearest(doc, pointer))}: ${message} (${requiredBy})`, { ...detailAt(doc, pointer), expected, actual: jsonSafe(actual), fix });
  };
  if (typeof schemaId !== 'string' || !kind.schemaIds.includes(schemaId)) {
    fail('schema', '/schema', `the ${kind.kind} has schema ${schemaId === undefined ? 'absent' : JSON.stringify(schemaId)}, not ${kind.schemaIds.join(' or ')}`, kind.schemaIds, schemaId ?? 'absent', `produce ${item} with the ${kind.kind}'s producer`);
    return problems;
  }
  const schemaProblems = validateSchema(kind.schema, value);
  if (schemaProblems.length > 0) {
    for (const p of schemaProblems.slice(0, 5)) fail('schema', p.pointer, `the ${kind.kind} does not match its schema: ${displayPointer(p.pointer)} ${p.message}`, p.expected ?? 'the documented shape', p.actual, `produce ${item} with the ${kind.kind}'s producer`);
    return problems;
  }
  // Counts and flags are compared exactly: a number the reader could not hold exactly (3.00000000000000000001) is not 3.
  for (const [pointer, text] of [...doc.inexactNumbers].slice(0, 5)) {
    fail('imprecise_number', pointer, `the ${kind.kind} writes ${text} at ${displayPointer(pointer)}, which no double holds exactly`, 'an exact number', text, `regenerate ${item} with the ${kind.kind}'s producer`);
  }
  // Evidence the engine reads for what it says must say it: a placeholder anywhere in it (a "N/A" detail, a "${RUN}" id) proves nothing.
  for (const leaf of placeholderLeaves(value).slice(0, 5)) {
    fail('placeholder', leaf.pointer, `the ${kind.kind} holds a placeholder at ${displayPointer(leaf.pointer)}: ${JSON.stringify(leaf.value)} (${leaf.why})`, 'a value its producer computed', leaf.value, `regenerate ${item} with the ${kind.kind}'s producer`);
  }
  const stamp = kind.generatedAt.find((p) => getAtPointer(value, p).found) ?? (kind.generatedAt[0] as string);
  const stale = freshnessProblem(doc, ctx.now, maxAge, stamp);
  for (const said of kind.says(value, strictTier)) {
    fail(said.code, said.pointer, `the ${kind.kind} does not prove ${strictTier}: ${said.message}`, said.expected, said.actual, said.code === 'evidence_not_passing' ? `claim a lower tier until the ${kind.kind} says pass` : `regenerate ${item} with its producer; evidence that contradicts itself or leaves out what it must report proves nothing`);
  }
  if (stale !== undefined) {
    problems++;
    ctx.fail(id, stale.code, `${stale.message} (${requiredBy})`, stale.detail);
  }
  return problems;
}

/** Fields whose value is computed by the producer (a sentence, an id, a digest): a word like "none" elsewhere can be real data. */
const COMPUTED_FIELD = /^(detail|summary|run_id|correlation_id|trace_id|git_sha|git_commit|commit|sha256|[a-z_]+_(id|sha|sha256|digest))$/;

/** Every computed string field of `value` that is a placeholder, with its JSON pointer. */
function placeholderLeaves(value: unknown, pointer = '', key = ''): { pointer: string; value: string; why: string }[] {
  if (typeof value === 'string') {
    const why = !COMPUTED_FIELD.test(key) ? undefined : isBlank(value) ? 'blank' : placeholderReason(value);
    return why === undefined ? [] : [{ pointer, value, why }];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholderLeaves(v, `${pointer}/${i}`, key));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => placeholderLeaves(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, k));
  return [];
}
