/**
 * waiver_lifecycle: audits every declared waiver. The engine reads and judges the waivers once,
 * before any gate runs (src/core/waiver-sources.ts, src/core/waivers.ts), and applies only valid,
 * unexpired ones; this gate makes everything else loud: a waiver source that cannot be read, each
 * invalid entry (one failed check per broken rule), each expired waiver, and each waiver about to
 * expire. Once every gate of the run is judged, the runner adds a `waiver_unused` warning here for each waiver in
 * force whose gate passed anyway (src/core/waivers.ts, `unusedWaiverChecks`).
 */
import {
  defineGate,
  encodePointerSegment,
  type GateContext,
  plural,
  WAIVER_FIELDS,
  WAIVER_UNUSED,
  type WaiverBook,
  type WaiverEntry,
  type WaiverProblem,
} from '../src/sdk/index.js';

const FIXES: Record<string, string> = {
  waiver_not_table: `write the waiver as a table: [waiver.<gate_id>] with ${WAIVER_FIELDS.join(', ')}`,
  waiver_field_missing: `add the field; every waiver needs ${WAIVER_FIELDS.join(', ')}`,
  waiver_field_type: 'write the field as a quoted string (dates as "YYYY-MM-DD")',
  waiver_field_blank: 'say who owns the waiver, which issue tracks the fix, why, and when it can be removed',
  waiver_unknown_field: `remove or rename the field (a misspelt field is a missing one); allowed: ${WAIVER_FIELDS.join(', ')}`,
  waiver_date_invalid: 'write a real calendar date as a quoted "YYYY-MM-DD" string',
  waiver_created_future: 'set created to the day the waiver was granted (today or earlier)',
  waiver_expires_before_created: 'set expires on or after created',
  waiver_too_long: 'shorten the waiver; to extend it, renew it with a new created date and an owner review',
  waiver_scope_invalid: 'set scope to "full", "preflight" or "both"',
  waiver_unknown_gate: 'use the id of a gate in the config (`gate-engine verify` lists them), or delete the waiver',
  waiver_self: 'fix the waiver entries instead; the waiver gate cannot be waived',
  waiver_duplicate: 'keep one waiver per gate, in one source',
};

function fieldPointer(w: WaiverEntry, p: WaiverProblem): string {
  return p.field === undefined ? w.pointer : `${w.pointer}/${encodePointerSegment(p.field)}`;
}

function auditSources(ctx: GateContext, book: WaiverBook): void {
  const broken = book.sources.filter((s) => s.status === 'error').length;
  for (const source of book.sources) {
    if (source.status === 'ok') {
      if (source.table === false && source.misspelt !== undefined) {
        ctx.warn('waiver_source', 'waiver_table_misspelt', `${source.path} has no \`waiver\` table but a \`${source.misspelt}\` one: 0 waivers declared, nothing is waived`, {
          path: source.path,
          expected: 'a `waiver` table ([waiver.<gate_id>])',
          actual: source.misspelt,
          fix: `rename [${source.misspelt}...] to [waiver.<gate_id>] if it was meant to waive a gate, or remove it`,
        });
        continue;
      }
      const none = source.table === false ? ' (no `waiver` table: nothing is waived)' : '';
      ctx.pass('waiver_source', `${source.path}: ${plural(source.waivers, 'waiver')} declared${none}`, { path: source.path });
      continue;
    }
    const at = { ...(source.line !== undefined ? { line: source.line } : {}), ...(source.column !== undefined ? { column: source.column } : {}) };
    // "Unreadable" only for what could not be read; a file that was read but is broken says what is broken.
    const state = source.code === 'missing' ? 'missing' : source.code === 'unreadable' || source.code === 'outside_root' ? 'unreadable' : 'unusable';
    ctx.fail('waiver_source', source.code ?? 'unreadable', `${source.message ?? `${source.path} could not be read`}; no waiver is applied while ${broken === 1 ? `a waiver source is ${state}` : `${broken} waiver sources are missing, unreadable or unusable`}`, {
      path: source.path,
      ...at,
      ...(source.fix !== undefined ? { fix: source.fix } : {}),
    });
  }
}

function auditEntry(ctx: GateContext, w: WaiverEntry, book: WaiverBook): void {
  const where = { path: w.source, pointer: w.pointer, ...(w.line !== undefined ? { line: w.line } : {}) };
  switch (w.state) {
    case 'invalid':
      for (const p of w.problems) ctx.fail('waiver_valid', p.code, `${p.message} (never applied)`, { ...where, pointer: fieldPointer(w, p), ...(FIXES[p.code] !== undefined ? { fix: FIXES[p.code] } : {}) });
      return;
    case 'expired':
      ctx.fail('waiver_unexpired', 'waiver_expired', `waiver.${w.gate_id} ${w.detail}; it is no longer applied`, {
        ...where,
        pointer: `${w.pointer}/expires`,
        expected: `expires on or after ${book.today}`,
        actual: w.expires,
        fix: `fix gate ${w.gate_id} and delete the waiver, or renew it (new created date, at most ${book.maxDays} days)`,
      });
      return;
    case 'expiring_soon':
      ctx.warn('waiver_unexpired', 'waiver_expiring_soon', `waiver.${w.gate_id} ${w.detail}`, {
        ...where,
        pointer: `${w.pointer}/expires`,
        expected: `more than ${book.expiringSoonDays} days left`,
        actual: w.expires,
        fix: `fix gate ${w.gate_id} before ${w.expires} (${w.remove_when}), or renew the waiver`,
      });
      return;
    case 'active':
      ctx.pass('waiver_unexpired', `waiver.${w.gate_id} ${w.detail}`, where);
  }
}

export default defineGate<Record<string, never>>({
  type: 'waiver_lifecycle',
  title: 'Waiver lifecycle',
  description: 'Every declared waiver is valid (known gate, owner, tracking issue (`bead`), reason, removal condition, real dates, at most max_days long) and unexpired; its sources exist and parse.',
  optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  remediation: [
    'Fix or delete each invalid or expired waiver listed above; renewing means a new created date and at most the configured maximum duration.',
    'A waiver about to expire: fix the gate it waives before the date, or renew it deliberately.',
    'An unused waiver (waiver_unused): its gate passes; delete the waiver so that the next failure is decided on, not waived.',
  ],
  reasons: {
    waiver_source_unconfigured: 'the config has no `waivers:` section, so there is nothing to audit (declare the sources, or `sources: []` for none)',
    waiver_table_misspelt: 'a waiver source has no `waiver` table but a top-level key that looks like a misspelt one (`waivers`); it waives nothing (warning)',
    waiver_table_invalid: 'the `waiver` entry of a source is not a table keyed by gate id, or the source itself is not a table',
    waiver_not_table: 'a waiver entry is not a table of fields',
    waiver_field_missing: 'a waiver lacks one of owner, created, expires, `bead` (its tracking issue), reason, scope, remove_when',
    waiver_field_type: 'a waiver field is not a string (e.g. an unquoted TOML date, which the parser may have rolled over)',
    waiver_field_blank: 'a waiver field is blank',
    waiver_unknown_field: 'a waiver has a field that is not a waiver field (often a misspelling)',
    waiver_date_invalid: 'created or expires is not a real YYYY-MM-DD date (2026-02-30 is not)',
    waiver_created_future: 'created is after today',
    waiver_expires_before_created: 'expires is before created',
    waiver_too_long: 'expires − created exceeds the maximum duration (default 30 days)',
    waiver_scope_invalid: 'scope is not full, preflight or both',
    waiver_unknown_gate: 'the waiver names a gate id that is not in the config',
    waiver_self: 'the waiver targets the waiver gate itself',
    waiver_duplicate: 'two sources declare a waiver for the same gate',
    waiver_expired: 'the waiver expired; it is not applied',
    waiver_expiring_soon: 'the waiver expires within the warning window (default 3 days)',
    waiver_unused: 'a waiver in force whose gate passed in this run: unused (stale), yet it would waive that gate\'s next failure until it expires; the engine adds this warning once every gate of the run is judged (warning)',
  },
  evidenceReasons: ['waiver_source_unconfigured', 'waiver_table_invalid'],
  // waiver_unused: added by the runner once every gate is judged (src/core/waivers.ts), on this gate.
  warnReasons: ['waiver_table_misspelt', 'waiver_expiring_soon', WAIVER_UNUSED],
  evaluate(ctx) {
    const book = ctx.waivers;
    if (!book.configured) {
      ctx.fail('waiver_source', 'waiver_source_unconfigured', 'no waiver source is configured, so there are no waivers to audit', {
        expected: 'a `waivers:` section in the config',
        actual: 'none',
        fix: 'add `waivers: { sources: [tests/suite_classification.toml] }` to the config — or `waivers: { sources: [] }` to declare that this repository has no waivers',
      });
      return;
    }
    if (book.sources.length === 0) {
      ctx.pass('waiver_source', 'the config declares that there are no waivers (waivers.sources is empty): nothing can be waived');
      return;
    }
    auditSources(ctx, book);
    for (const entry of book.entries) auditEntry(ctx, entry, book);
  },
});
