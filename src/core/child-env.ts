/**
 * The environment gates see and hand on. A command gate runs the code under review (a test suite, a build
 * script), and a gate's findings are published (verdict, report, annotations): whatever either can read, a forger
 * can read. The signing key is the one thing that tells a verdict the engine wrote from one written by anybody
 * else, so it reaches neither — with it, a test could sign any verdict it likes, and a config naming it where a gate
 * reads a variable (`claimed_tier_env: GATE_ENGINE_SIGNING_KEY`) would print it in the verdict.
 */
import { SIGNING_KEY_ENV } from './signature.js';

/** Variables only the engine itself may read. */
export const ENGINE_SECRETS: readonly string[] = [SIGNING_KEY_ENV];

/** `env` without the engine's secrets. */
export function withoutEngineSecrets(env: Readonly<Record<string, string | undefined>>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = { ...env };
  for (const name of ENGINE_SECRETS) delete out[name];
  return out;
}

/** `inherited` without the engine's secrets, then `extra` (a gate's configured variables) on top. */
export function childEnvironment(inherited: NodeJS.ProcessEnv, extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  return { ...withoutEngineSecrets(inherited), ...extra };
}
