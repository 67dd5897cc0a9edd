/**
 * `waiver_audit.json`: the reference project's `pi.ci.waiver_audit.v1` fields, so its consumers keep
 * working, plus what it lacked — which waivers this run applied, which were in force for a gate
 * that passed anyway (`unused`), and whether every source could be read. Built from the verdict
 * alone, so a merged verdict gets the same audit as a single run.
 */
import type { Verdict } from '../core/types.js';

export const WAIVER_AUDIT_SCHEMA_ID = 'pi.ci.waiver_audit.v1';

export function buildWaiverAudit(verdict: Verdict) {
  const w = verdict.waivers;
  const declared = w.declared ?? [];
  const count = (state: string) => declared.filter((d) => d.state === state).length;
  return {
    schema: WAIVER_AUDIT_SCHEMA_ID,
    generated_at: verdict.generated_at,
    run_id: verdict.run_id,
    lane: verdict.lane,
    configured: w.configured ?? false,
    suspended: w.suspended ?? false,
    today: w.today ?? verdict.generated_at.slice(0, 10),
    total_waivers: declared.length,
    active: count('active'),
    expired: count('expired'),
    expiring_soon: count('expiring_soon'),
    invalid: count('invalid'),
    waivers: declared.map((d) => ({
      gate_id: d.gate_id,
      status: d.state,
      detail: d.detail,
      ...(d.days_remaining !== undefined ? { days_remaining: d.days_remaining } : {}),
      source: d.source,
      ...(d.problems.length > 0 ? { problems: d.problems } : {}),
    })),
    raw_waivers: declared.map((d) => ({ gate_id: d.gate_id, owner: d.owner, created: d.created, expires: d.expires, bead: d.bead, reason: d.reason, scope: d.scope, remove_when: d.remove_when })),
    applied: w.applied,
    unused: w.unused,
    sources: w.sources ?? [],
  };
}
