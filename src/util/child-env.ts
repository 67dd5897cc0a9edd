/**
 * The environment a gate hands to a process it starts. A command gate runs the code under review (a test
 * suite, a build script): whatever it can read, a forger can read. The signing key is the one thing that
 * tells a verdict the engine wrote from one written by anybody else, so it never reaches such a process —
 * with it, a test could sign any verdict it likes (or a nested `gate-engine verify` of another config could).
 */
import { SIGNING_KEY_ENV } from '../core/signature.js';

/** Variables only the engine itself may read. */
export const ENGINE_SECRETS: readonly string[] = [SIGNING_KEY_ENV];

/** `inherited` without the engine's secrets, then `extra` (a gate's configured variables) on top. */
export function childEnvironment(inherited: NodeJS.ProcessEnv, extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...inherited };
  for (const name of ENGINE_SECRETS) delete env[name];
  return { ...env, ...extra };
}
