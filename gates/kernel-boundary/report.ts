/** kernel_boundary: the drift report written and the committed one compared. */
import { describeInexact, didYouMean, displayPointer, type GateContext, type JsonArtifact, plural, writeFilesAtomically } from '../../src/sdk/index.js';
import { bareCheckId, BOUNDARY_CHECKS, CHECK_PREFIX, type CommittedReport, isBoundaryCheck, type KernelBoundaryOptions, locateNearest, type Model, REPORT_SCHEMA, REPORT_SCHEMA_ID, type Tally } from './manifest.js';

// ---------------------------------------------------------------------------------------------
// Drift reports

export interface DriftReport {
  schema: typeof REPORT_SCHEMA_ID;
  bead_id?: string;
  support_bead_ids?: string[];
  generated_at: string;
  run_id: string;
  manifest_path: string;
  manifest_sha256: string;
  checks: { check_id: string; status: 'pass' | 'fail'; detail: string }[];
  summary: {
    total_checks: number;
    pass_count: number;
    fail_count: number;
    verdict: 'pass' | 'fail';
    boundary_domains_count: number;
    deferred_modules_count: number;
    reintegration_mappings_count: number;
  };
}

export function buildReport(t: Tally, ctx: GateContext, model: Model): DriftReport {
  const checks = BOUNDARY_CHECKS.map((id) => ({ check_id: CHECK_PREFIX + id, status: t.status(id), detail: t.detail(id) }));
  const fails = checks.filter((c) => c.status === 'fail').length;
  // A manifest whose names are placeholders describes no boundary: the report may not say pass even though the seven checks ran clean on it.
  const contentFails = t.status('manifest_content') === 'fail';
  const m = model.manifest;
  return {
    schema: REPORT_SCHEMA_ID,
    ...(typeof m.bead_id === 'string' ? { bead_id: m.bead_id } : {}),
    ...(Array.isArray(m.support_bead_ids) ? { support_bead_ids: [...m.support_bead_ids] } : {}),
    generated_at: ctx.now.toISOString(),
    run_id: ctx.runId,
    manifest_path: model.path,
    manifest_sha256: model.doc.record.sha256,
    checks,
    summary: {
      total_checks: checks.length,
      pass_count: checks.length - fails,
      fail_count: fails,
      verdict: fails === 0 && !contentFails ? 'pass' : 'fail',
      boundary_domains_count: m.boundary_domains.length,
      deferred_modules_count: m.deferred_modules?.length ?? 0,
      reintegration_mappings_count: m.reintegration_linkage?.module_mappings?.length ?? 0,
    },
  };
}

export async function writeReport(t: Tally, ctx: GateContext, name: string, report: DriftReport): Promise<void> {
  const id = 'report_written';
  try {
    await writeFilesAtomically(ctx.outputDir, [{ name, content: `${JSON.stringify(report, null, 2)}\n` }]);
  } catch (e) {
    t.fail(id, 'report_unwritable', `could not write the drift report ${name} in the output directory: ${e instanceof Error ? e.message : String(e)}`, {
      expected: `${name} written in the output directory`,
      actual: e instanceof Error ? e.message : String(e),
      fix: 'make the output directory writable; a report that was not kept is not evidence',
    });
    return;
  }
  t.pass(id, `wrote ${name} (verdict ${report.summary.verdict}, ${report.summary.fail_count} of ${report.summary.total_checks} checks failing) in the output directory`, { actual: name });
}

export async function checkCommittedReport(t: Tally, ctx: GateContext, options: KernelBoundaryOptions, fresh: DriftReport): Promise<void> {
  const id = 'committed_report';
  let doc: JsonArtifact;
  try {
    doc = await ctx.read.json(options.committed_report as string, { schemaId: REPORT_SCHEMA_ID, schema: REPORT_SCHEMA, ageMatters: false });
  } catch (e) {
    t.failFromError(id, e);
    return;
  }
  const report = doc.value as CommittedReport;
  let drift = 0;
  const fail = (pointer: string, message: string, expected: unknown, actual: unknown, fix: string) => {
    drift++;
    t.fail(id, 'report_drift', `${doc.path}: ${message}`, { path: doc.path, pointer, ...locateNearest(doc, pointer), expected, actual, fix });
  };
  const regenerate = `regenerate ${doc.path} from this run (write_report) and commit it; never edit a drift report by hand`;
  // Counts compared as doubles would agree with a number the report does not hold (7.0000000000000000001 reads as 7).
  for (const [pointer, text] of doc.inexactNumbers) {
    drift++;
    t.fail(id, 'imprecise_number', `${doc.path}: ${displayPointer(pointer)} is written ${describeInexact(text)}; comparing it would compare another number`, { path: doc.path, pointer, ...locateNearest(doc, pointer), expected: 'a count a double holds exactly', actual: text, fix: regenerate });
  }

  if (report.manifest_sha256 === undefined) {
    fail('/manifest_sha256', `has no manifest_sha256, so it is bound to no manifest and could be reused for any`, fresh.manifest_sha256, 'absent', regenerate);
  } else if (report.manifest_sha256.toLowerCase() !== fresh.manifest_sha256) {
    fail('/manifest_sha256', `was computed for another manifest (manifest_sha256 ${report.manifest_sha256}, ${fresh.manifest_path} is ${fresh.manifest_sha256})`, fresh.manifest_sha256, report.manifest_sha256, regenerate);
  }

  const freshStatus = new Map(fresh.checks.map((c) => [bareCheckId(c.check_id), c]));
  const listed = new Map<string, number>();
  report.checks.forEach((check, index) => {
    const bare = bareCheckId(check.check_id);
    const pointer = `/checks/${index}`;
    if (!isBoundaryCheck(bare)) {
      fail(`${pointer}/check_id`, `names check "${check.check_id}", which this gate does not compute${didYouMean(bare, BOUNDARY_CHECKS)}`, fresh.checks.map((c) => c.check_id), check.check_id, regenerate);
      return;
    }
    const first = listed.get(bare);
    if (first !== undefined) {
      fail(`${pointer}/check_id`, `lists ${CHECK_PREFIX}${bare} twice (checks ${first} and ${index})`, 'each check once', check.check_id, regenerate);
      return;
    }
    listed.set(bare, index);
    const computed = freshStatus.get(bare);
    if (computed !== undefined && computed.status !== check.status) {
      fail(`${pointer}/status`, `says ${CHECK_PREFIX}${bare} is "${check.status}", but computed from the code and manifest it is "${computed.status}": ${computed.detail}`, computed.status, check.status, regenerate);
    }
  });
  for (const required of options.required_checks) {
    const bare = bareCheckId(required);
    if (!listed.has(bare)) fail('/checks', `lacks the required check ${CHECK_PREFIX}${bare}`, options.required_checks.map((c) => CHECK_PREFIX + bareCheckId(c)), [...listed.keys()].map((c) => CHECK_PREFIX + c), regenerate);
  }

  const s = report.summary;
  const passes = report.checks.filter((c) => c.status === 'pass').length;
  const own = { total_checks: report.checks.length, pass_count: passes, fail_count: report.checks.length - passes };
  for (const [key, value] of Object.entries(own) as [keyof typeof own, number][]) {
    if (s[key] !== undefined && s[key] !== value) fail(`/summary/${key}`, `summary.${key} is ${s[key]} but its own checks list gives ${value}`, value, s[key], regenerate);
  }
  if (s.verdict !== fresh.summary.verdict) {
    fail('/summary/verdict', `summary.verdict is "${s.verdict}", but computed from the code and manifest it is "${fresh.summary.verdict}"`, fresh.summary.verdict, s.verdict, regenerate);
  }
  for (const key of ['boundary_domains_count', 'deferred_modules_count', 'reintegration_mappings_count'] as const) {
    if (s[key] !== undefined && s[key] !== fresh.summary[key]) fail(`/summary/${key}`, `summary.${key} is ${s[key]}, the manifest has ${fresh.summary[key]}`, fresh.summary[key], s[key], regenerate);
  }
  if (drift === 0) t.pass(id, `${doc.path} agrees with this run: ${plural(report.checks.length, 'check')}, verdict ${s.verdict}, manifest sha256 ${fresh.manifest_sha256.slice(0, 12)}…`);
}
