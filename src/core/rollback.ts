/**
 * Rollback mode: an emergency control that lets a release through despite blocking failures of
 * sound evidence — but only under a declaration that says why, who owns it, which incident it
 * belongs to, and when it ends (at most 72 hours). Without a valid, unexpired declaration the run
 * cannot be evaluated at all; there is no silent fallback to strict mode.
 */
import { EngineError } from './errors.js';
import { parseRfc3339 } from '../util/time.js';
import type { Mode, RollbackRecord } from './types.js';
import { describeType } from '../util/time.js';
import { didYouMean } from '../util/suggest.js';
import { isBlank, placeholderReason } from '../util/text-classes.js';

export const ROLLBACK_FIELDS = ['reason', 'owner', 'incident', 'created', 'expires'] as const;
export const DEFAULT_MAX_ROLLBACK_HOURS = 72;
/** The environment equivalent of --mode, as the reference project's CI uses it. */
export const MODE_ENV = 'CI_GATE_PROMOTION_MODE';
export const ROLLBACK_FILE_ENV = 'GATE_ENGINE_ROLLBACK_FILE';
const CREATED_SKEW_MS = 5 * 60_000;

/** A validated declaration: the verdict's rollback record before the relaxed gates are known. */
export type RollbackDeclaration = Omit<RollbackRecord, 'relaxed_gates'>;

/** --mode wins over CI_GATE_PROMOTION_MODE; the env value is trimmed and lower-cased like the reference's CI step. */
export function resolveMode(flag: string | undefined, env: NodeJS.ProcessEnv): Mode {
  const fromEnv = env[MODE_ENV];
  const raw = flag ?? (fromEnv !== undefined && !isBlank(fromEnv) ? fromEnv.trim().toLowerCase() : undefined);
  if (raw === undefined) return 'strict';
  if (raw === 'strict' || raw === 'rollback') return raw;
  const where = flag !== undefined ? '--mode' : MODE_ENV;
  throw new EngineError('usage', `${where} is "${raw}"; it must be "strict" or "rollback"${didYouMean(raw, ['strict', 'rollback'])}`, {
    fix: `use --mode strict (the default) or --mode rollback with a rollback declaration`,
  });
}

function invalid(source: string, problems: string[]): EngineError {
  return new EngineError('rollback_invalid', `rollback mode requires a valid, unexpired declaration; ${source}:\n${problems.map((p) => `  - ${p}`).join('\n')}`, {
    fix: `declare reason, owner, incident, created and expires (RFC 3339, expires at most ${DEFAULT_MAX_ROLLBACK_HOURS} h after created and still in the future) — or run in strict mode`,
  });
}

export function validateRollbackDeclaration(raw: unknown, source: string, now: Date, maxHours = DEFAULT_MAX_ROLLBACK_HOURS): RollbackDeclaration {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw invalid(source, [`the declaration must be a mapping of ${ROLLBACK_FIELDS.join(', ')}, found ${describeType(raw)}`]);
  const record = raw as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(record)) {
    if (!(ROLLBACK_FIELDS as readonly string[]).includes(key)) problems.push(`unknown field "${key}"${didYouMean(key, ROLLBACK_FIELDS)}`);
  }
  for (const field of ROLLBACK_FIELDS) {
    const value = record[field];
    if (value === undefined) problems.push(`missing required field "${field}"`);
    else if (typeof value !== 'string') problems.push(`"${field}" must be a string, found ${describeType(value)}`);
    else if (isBlank(value)) problems.push(`"${field}" is blank`);
    else if (field !== 'created' && field !== 'expires' && placeholderReason(value) !== undefined) problems.push(`"${field}" is a placeholder (${placeholderReason(value)}): ${JSON.stringify(value)}`);
  }
  const stamp = (field: 'created' | 'expires'): Date | undefined => {
    const value = record[field];
    if (typeof value !== 'string' || isBlank(value)) return undefined;
    const parsed = parseRfc3339(value);
    if (!parsed.ok) problems.push(`"${field}": ${parsed.reason}`);
    return parsed.ok ? parsed.value : undefined;
  };
  const created = stamp('created');
  const expires = stamp('expires');
  if (created && created.getTime() > now.getTime() + CREATED_SKEW_MS) problems.push(`created ${record.created} is in the future (now ${now.toISOString()})`);
  if (expires && expires.getTime() <= now.getTime()) problems.push(`expired at ${record.expires} (now ${now.toISOString()}); restore strict mode or declare a new rollback`);
  if (created && expires) {
    const hours = (expires.getTime() - created.getTime()) / 3_600_000;
    if (hours <= 0) problems.push(`expires ${record.expires} is not after created ${record.created}`);
    else if (hours > maxHours) problems.push(`lasts ${Math.round(hours * 10) / 10} h, over the ${maxHours} h maximum`);
  }
  if (problems.length > 0) throw invalid(source, problems);
  const text = (field: (typeof ROLLBACK_FIELDS)[number]) => (record[field] as string).trim();
  return { reason: text('reason'), owner: text('owner'), incident: text('incident'), created: text('created'), expires: text('expires'), source };
}
