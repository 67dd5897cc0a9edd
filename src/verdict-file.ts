/**
 * Reading a recorded verdict (for --rerun-from, --diff-from, diff and merge). A decision is only as
 * good as the record it is made against, so the file must be exactly what gate-engine writes: strict
 * JSON, this engine's verdict schema id, and valid against that schema. Anything else is refused.
 */
import { realpath } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import verdictSchema from '../schemas/full_suite_verdict.schema.json' with { type: 'json' };
import { JsonParseError, parseJson } from './artifacts/json-parse.js';
import { readRegularFile } from './artifacts/load.js';
import { displayPointer, validateSchema, type JsonSchema } from './artifacts/schema.js';
import { displayPath } from './config/load.js';
import { EngineError, type EngineErrorCode } from './core/errors.js';
import { describeType } from './util/time.js';
import type { AnyGateDefinition, Verdict } from './core/types.js';
import { BUILTIN_GATES } from '../gates/index.js';
import { listingInconsistencies, verdictInconsistencies } from './core/consistency.js';
import { landedSha256, runRecordsBeside, verdictSha256 } from './run-records.js';
import { listingProblems, type TreeEntry } from './core/artifact-tree.js';
import { VERDICT_SCHEMA_ID } from './core/verdict.js';
import { signatureProblem, SIGNING_KEY_ENV } from './core/signature.js';
import { decodeUtf8 } from './util/utf8.js';

export interface RecordedVerdict {
  /** As shown to users (relative to cwd when inside it). */
  path: string;
  abs: string;
  sha256: string;
  bytes: number;
  verdict: Verdict;
  /**
   * The listings of the verdict's scanned-tree entries found next to it that match their entries (listing path as the
   * entry names it → text): the files a tree stands for, for readers that compare evidence across verdicts (merge).
   */
  listings?: ReadonlyMap<string, string>;
}

/**
 * `signingKey` (GATE_ENGINE_SIGNING_KEY where the reader runs): the verdict must carry the signature of a run that
 * held the key. Every reader that decides from a recorded verdict — which gates to re-run, what is a regression, what
 * to report — asks it, or a verdict forged with care (refolded, self-consistent) would decide for it.
 */
export async function readVerdictFile(file: string, cwd: string, code: EngineErrorCode, role: string, gateTypes?: ReadonlyMap<string, AnyGateDefinition>, signingKey?: string): Promise<RecordedVerdict> {
  const abs = resolve(cwd, file);
  const shown = displayPath(abs, cwd);
  const refuse = (why: string, fix: string) => new EngineError(code, `${role} ${shown} ${why}`, { fix });
  let buffer: Buffer;
  try {
    buffer = await readRegularFile(abs);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw refuse(err.code === 'ENOENT' ? 'does not exist' : `cannot be read: ${err.message}`, `pass the path of a full_suite_verdict.json written by gate-engine`);
  }
  const text = decodeUtf8(buffer, { keepBom: true });
  if (text === undefined) throw refuse('is corrupted (not valid UTF-8 text)', 'use the file exactly as gate-engine wrote it');
  let value: unknown;
  try {
    value = parseJson(text).value;
  } catch (e) {
    if (!(e instanceof JsonParseError)) throw e;
    throw refuse(`is corrupted (line ${e.problem.line}, column ${e.problem.column}: ${e.problem.message})`, 'use the file exactly as gate-engine wrote it');
  }
  const id = value !== null && typeof value === 'object' ? (value as Record<string, unknown>).schema : undefined;
  if (id !== VERDICT_SCHEMA_ID) {
    throw refuse(`is not a ${VERDICT_SCHEMA_ID} verdict (its schema is ${id === undefined ? 'absent' : describeType(id)})`, 'pass a verdict written by this major version of gate-engine');
  }
  const problem = validateSchema(verdictSchema as JsonSchema, value)[0];
  if (problem) throw refuse(`is corrupted: ${displayPointer(problem.pointer)} ${problem.message}`, 'use the file exactly as gate-engine wrote it; re-run verify to produce a fresh one');
  const verdict = value as Verdict;
  const types = gateTypes ?? new Map(BUILTIN_GATES.map((g) => [g.type, g]));
  const wrong = verdictInconsistencies(verdict, types);
  // A tree entry's listing next to the verdict must be the one it digests (an edited count or digest shows here).
  if (wrong.length === 0) wrong.push(...(await listingInconsistencies(verdict, (listing) => readRegularFile(resolve(dirname(abs), listing)).then((b) => b.toString('utf8'), () => undefined))));
  // In the run's own output directory the replay bundle names it by digest and the event stream was rendered from it:
  // an edit in place shows there, also when the verdict is reached through a link (its records lie beside the target).
  const sha256 = verdictSha256(buffer);
  const real = await realpath(abs).catch(() => abs);
  // (an output directory that is gate-engine's own link leads to the same records: read once)
  const sameRecords = basename(real) === basename(abs) && (await realpath(dirname(abs)).catch(() => dirname(abs))) === dirname(real);
  const landed = landedSha256(buffer);
  for (const at of sameRecords ? [abs] : [abs, real]) if (wrong.length === 0) wrong.push(...(await runRecordsBeside(verdict, dirname(at), basename(at), landed)));
  if (wrong.length > 0) {
    const lines = wrong.slice(0, 5).map((w) => `  ${displayPointer(w.pointer)}: ${w.message}`);
    throw new EngineError('verdict_inconsistent', `${role} ${shown} is inconsistent (edited after gate-engine wrote it?):\n${lines.join('\n')}${wrong.length > 5 ? `\n  … and ${wrong.length - 5} more` : ''}`, {
      fix: 're-run verify to produce a verdict; a verdict whose statuses do not follow from its own checks is never trusted',
    });
  }
  const unsigned = signingKey === undefined ? undefined : signatureProblem(verdict, signingKey);
  if (unsigned) throw new EngineError(code, `${role} ${shown}: ${unsigned.code}: ${unsigned.message}`, { fix: `use the verdict exactly as a run holding the same ${SIGNING_KEY_ENV} wrote it` });
  const listings = await matchingListings(verdict, abs);
  return { path: shown, abs, sha256, bytes: buffer.length, verdict, ...(listings.size > 0 ? { listings } : {}) };
}

/** The tree entries' listings next to the verdict at `abs` that agree with their entries (absent or edited ones are left out). */
async function matchingListings(verdict: Verdict, abs: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const g of verdict.gates) {
    for (const a of g.artifacts as unknown as TreeEntry[]) {
      if (a.kind !== 'tree' || typeof a.listing !== 'string' || out.has(a.listing)) continue;
      const text = await readRegularFile(resolve(dirname(abs), a.listing)).then((b) => decodeUtf8(b), () => undefined);
      if (text !== undefined && listingProblems(a, text).length === 0) out.set(a.listing, text);
    }
  }
  return out;
}

/**
 * The strict reader for release tooling: strict JSON (duplicate keys are refused), this engine's
 * verdict schema, and self-consistency (every status re-derived from its checks and the policy).
 * Throws an EngineError (exit code 2) with code baseline_invalid or verdict_inconsistent.
 */
export async function readVerdict(path: string, options: { cwd?: string; gateTypes?: readonly AnyGateDefinition[]; signingKey?: string } = {}): Promise<Verdict> {
  const types = new Map<string, AnyGateDefinition>(BUILTIN_GATES.map((g) => [g.type, g]));
  for (const g of options.gateTypes ?? []) types.set(g.type, g);
  return (await readVerdictFile(path, options.cwd ?? process.cwd(), 'verdict_invalid', 'verdict', types, options.signingKey)).verdict;
}
