/**
 * The environment a command gate hands its child: the engine's signing key never reaches the code under review
 * (it could sign any verdict), everything else does, and the gate's configured variables win.
 */
import { describe, expect, it } from 'vitest';
import { childEnvironment, ENGINE_SECRETS, withoutEngineSecrets } from '../../src/core/child-env.js';
import { SIGNING_KEY_ENV } from '../../src/core/signature.js';

describe('childEnvironment', () => {
  const inherited = { PATH: '/usr/bin', HOME: '/home/ci', MODE: 'lenient', [SIGNING_KEY_ENV]: 'k'.repeat(40) };

  it('keeps the inherited variables but the signing key, with the gate\'s variables on top', () => {
    expect(childEnvironment(inherited, { MODE: 'strict', EXTRA: '1' })).toEqual({ PATH: '/usr/bin', HOME: '/home/ci', MODE: 'strict', EXTRA: '1' });
    expect(childEnvironment(inherited)).toEqual({ PATH: '/usr/bin', HOME: '/home/ci', MODE: 'lenient' });
  });

  it('a gate cannot hand the signing key back: only the inherited copy is dropped, the caller\'s object is untouched', () => {
    expect(ENGINE_SECRETS).toContain(SIGNING_KEY_ENV);
    expect(withoutEngineSecrets(inherited)).not.toHaveProperty(SIGNING_KEY_ENV);
    expect(inherited).toHaveProperty(SIGNING_KEY_ENV);
  });
});
