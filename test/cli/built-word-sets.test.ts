/**
 * The CLI reads the status readers' word sets from the table the build computed (dist/src/cli/word-sets.json,
 * scripts/bundle-cli.mjs) instead of building them in every process. The table must be exactly what the definitions
 * build, or a CLI run would judge a status otherwise than the library does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../src/sdk/status-claims.js';
import { wordSet, wordSetsFromDefinitions } from '../../src/util/lazy.js';
import { REPO_ROOT } from '../helpers/fs.js';

describe('the word sets the build computes', () => {
  it('are, set by set and in order, what their definitions build', () => {
    const built = JSON.parse(readFileSync(join(REPO_ROOT, 'dist', 'src', 'cli', 'word-sets.json'), 'utf8')) as Record<string, string[]>;
    const defined = wordSetsFromDefinitions();
    expect(Object.keys(defined).length).toBeGreaterThan(30);
    expect(built).toEqual(defined);
  });

  it('are named once: a second set under a name already taken is refused', () => {
    expect(() => wordSet('PASS_WORDS', () => ['pass'])).toThrow('internal: the word set PASS_WORDS is defined twice');
  });

  it('outside the CLI bundle, are built from their definitions when first read', () => {
    const set = wordSet('TEST_ONLY_WORDS', () => ['a', 'b']);
    expect([...set]).toEqual(['a', 'b']);
    expect(set.has('b')).toBe(true);
  });
});
