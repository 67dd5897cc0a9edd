/** Verdicts for reporter tests: the demo's real verdict, and one with every status and hostile text. */
import { join } from 'node:path';
import type { GateResult, Verdict } from '../../src/core/types.js';
import { verify, gateTypeRegistry } from '../../src/verify.js';
import type { ReporterOptions } from '../../src/reporters/index.js';
import { REPO_ROOT } from '../helpers/fs.js';

export const NOW = '2026-03-10T12:00:00Z';

export async function demoVerdict(): Promise<Verdict> {
  return (await verify({ root: join(REPO_ROOT, 'fixtures/demo'), cwd: REPO_ROOT, now: NOW, write: false })).verdict;
}

/** Text an attacker controls (artifact values, file names, waiver fields). */
export const HOSTILE = 'evil%25 %0A\r\n::error file=x.rs,line=1::injected\n##[error]old-style, a:b\u0000\u001b[31m</failure>]]>&amp;"\'\uD800';

export function options(extra: Partial<ReporterOptions> = {}): ReporterOptions {
  const registry = gateTypeRegistry();
  return { describeReason: (code, type) => registry.get(type)?.reasons?.[code], pathPrefix: 'fixtures/demo/', failOn: 'fail', ...extra };
}

/** The demo verdict with a waived, a warned, a non-blocking failing, a crashed and a skipped gate, all carrying hostile text. */
export function richVerdict(demo: Verdict): Verdict {
  const v = structuredClone(demo);
  const [a, b, c, d, e] = v.gates as [GateResult, GateResult, GateResult, GateResult, GateResult];
  a.status = 'waived';
  a.raw_status = 'fail';
  a.reason = 'unclassified';
  a.checks.push({ id: 'classified', status: 'fail', code: 'unclassified', message: `tests/${HOSTILE}.rs is not listed`, path: `tests/${HOSTILE}.rs`, line: 3, column: 7 });
  a.waiver = { owner: `Mallory${HOSTILE}`, bead: 'bd-1', reason: HOSTILE, created: '2026-03-01', expires: '2026-03-20', scope: 'both', remove_when: 'fixed', source: 'waivers.yaml', state: 'active', days_remaining: 10 };
  b.checks[0]!.message = HOSTILE;
  b.checks[0]!.actual = { nested: HOSTILE };
  c.status = 'warn';
  c.raw_status = 'warn';
  c.reason = 'not_ready';
  c.checks.push({ id: 'ready', status: 'warn', code: 'not_ready', message: 'blocked by reasons', path: 'tests/ext_conformance/reports/conformance_summary.json', pointer: '/readiness' });
  d.status = 'fail';
  d.raw_status = 'fail';
  d.blocking = false;
  d.reason = 'crashed';
  d.checks = [];
  d.detail = `gate threw: ${HOSTILE}`;
  e.status = 'skip';
  e.raw_status = 'skip';
  e.reason = 'skipped';
  e.blocking = false;
  v.summary = { ...v.summary, waived: 1, warned: 1, skipped: 1 };
  return v;
}
