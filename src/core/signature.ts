/**
 * Signed verdicts: the one defence against a verdict forged with care.
 *
 * Every reader re-derives a verdict's statuses, counts and result from its checks, so a crude edit is seen
 * (`verdict_inconsistent`). A forger who rewrites a failing check as a passing one and refolds everything
 * produces a self-consistent file that nothing but a re-run can tell from a real one — unless the run that
 * wrote it held a key the forger does not. With `GATE_ENGINE_SIGNING_KEY` set (a CI secret), `verify` and
 * `merge` sign the verdict (HMAC-SHA256 over its canonical JSON, the signature field left out), and `check`
 * with the same key refuses an unsigned verdict (`unsigned`) or one whose bytes changed after signing
 * (`signature_mismatch`).
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { EngineError } from './errors.js';
import type { Verdict, VerdictSignature } from './types.js';

export const SIGNING_KEY_ENV = 'GATE_ENGINE_SIGNING_KEY';
const MIN_KEY_LENGTH = 32;

/** The signing key the environment holds, or undefined; a key too short to resist guessing is a usage error. */
export function signingKeyFrom(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const key = env[SIGNING_KEY_ENV];
  if (key === undefined || key === '') return undefined;
  if (key.trim().length < MIN_KEY_LENGTH) {
    throw new EngineError('usage', `${SIGNING_KEY_ENV} holds ${key.trim().length} characters: a signing key needs at least ${MIN_KEY_LENGTH}`, {
      fix: `store a random secret of ${MIN_KEY_LENGTH}+ characters, e.g. the output of: openssl rand -hex 32`,
    });
  }
  return key;
}

/** JSON with object keys sorted at every level: the same verdict has one text, however it was formatted. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function keyId(key: string): string {
  return createHash('sha256').update(`gate-engine signing key\0${key}`).digest('hex').slice(0, 16);
}

function mac(verdict: Verdict, key: string): string {
  const { signature: _ignored, ...signed } = verdict;
  return createHmac('sha256', key).update(canonical(signed)).digest('hex');
}

export function signVerdict(verdict: Verdict, key: string): VerdictSignature {
  return { algorithm: 'hmac-sha256', key_id: keyId(key), value: mac(verdict, key) };
}

export type SignatureProblem = { code: 'unsigned' | 'signature_mismatch'; message: string };

/** Why `verdict` is not what the holder of `key` signed, or undefined when it is. */
export function signatureProblem(verdict: Verdict, key: string): SignatureProblem | undefined {
  const sig = verdict.signature;
  if (sig === undefined) return { code: 'unsigned', message: `the verdict carries no signature, but ${SIGNING_KEY_ENV} is set: a verdict that run never signed, or one whose signature was removed` };
  const id = keyId(key);
  if (sig.key_id !== id) return { code: 'signature_mismatch', message: `the verdict is signed with another key (key id ${sig.key_id}, this key's id is ${id})` };
  const want = Buffer.from(mac(verdict, key), 'hex');
  const got = Buffer.from(typeof sig.value === 'string' && /^[0-9a-f]{64}$/.test(sig.value) ? sig.value : '', 'hex');
  if (got.length !== want.length || !timingSafeEqual(got, want)) {
    return { code: 'signature_mismatch', message: 'the verdict changed after it was signed: its signature does not match its content' };
  }
  return undefined;
}
