/**
 * Signed verdicts, in process (the CLI tests run dist/): a key too short to resist guessing is a usage error, never
 * a weak signature; a signed verdict verifies under its key only, and any change to it is a mismatch.
 */
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../src/core/errors.js';
import { signatureProblem, signingKeyFrom, signVerdict, SIGNING_KEY_ENV } from '../../src/core/signature.js';
import type { Verdict } from '../../src/core/types.js';

const KEY = 'k'.repeat(32);
const verdict = () => ({ verdict: 'pass', gates: [{ id: 'g', status: 'pass' }], summary: { pass: 1 } }) as unknown as Verdict;

describe('signingKeyFrom', () => {
  it('no key, or an empty one: unsigned', () => {
    expect(signingKeyFrom({})).toBeUndefined();
    expect(signingKeyFrom({ [SIGNING_KEY_ENV]: '' })).toBeUndefined();
  });

  it.each([['31 characters', 'k'.repeat(31)], ['31 characters padded with blanks', `  ${'k'.repeat(31)}  `]])('%s: a usage error naming the length', (_name, key) => {
    let thrown: unknown;
    try {
      signingKeyFrom({ [SIGNING_KEY_ENV]: key });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(EngineError);
    expect(thrown).toMatchObject({ code: 'usage', message: `${SIGNING_KEY_ENV} holds 31 characters: a signing key needs at least 32` });
    expect((thrown as EngineError).fix).toContain('openssl rand -hex 32');
  });

  it('32 characters: the key as given', () => {
    expect(signingKeyFrom({ [SIGNING_KEY_ENV]: KEY })).toBe(KEY);
  });
});

describe('signVerdict and signatureProblem', () => {
  it('a signature is an HMAC-SHA256 with a key id, and verifies under its key, whatever the key order', () => {
    const v = verdict();
    const signature = signVerdict(v, KEY);
    expect(signature).toMatchObject({ algorithm: 'hmac-sha256', key_id: expect.stringMatching(/^[0-9a-f]{16}$/), value: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(signatureProblem({ ...v, signature }, KEY)).toBeUndefined();
    const reordered = { signature, summary: v.summary, gates: v.gates, verdict: v.verdict } as unknown as Verdict;
    expect(signatureProblem(reordered, KEY)).toBeUndefined();
  });

  it('unsigned, another key, or a changed verdict: refused', () => {
    const v = verdict();
    const signature = signVerdict(v, KEY);
    expect(signatureProblem(v, KEY)?.code).toBe('unsigned');
    expect(signatureProblem({ ...v, signature }, 'x'.repeat(32))?.code).toBe('signature_mismatch');
    expect(signatureProblem({ ...v, verdict: 'fail', signature } as Verdict, KEY)?.code).toBe('signature_mismatch');
    expect(signatureProblem({ ...v, signature: { ...signature, value: 'zz' } }, KEY)?.code).toBe('signature_mismatch');
    expect(signVerdict(v, 'x'.repeat(32)).key_id).not.toBe(signature.key_id);
  });
});
