import { expect } from 'vitest';
import { ArtifactError } from '../../src/artifacts/errors.js';

/** The ArtifactError `p` rejected with; fails the test if it resolved or threw something else. */
export async function rejection(p: Promise<unknown>): Promise<ArtifactError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ArtifactError);
    return e as ArtifactError;
  }
  throw new Error('expected an ArtifactError, but the call succeeded');
}
