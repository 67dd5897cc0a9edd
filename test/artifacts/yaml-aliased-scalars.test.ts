/**
 * The YAML reader records, for each scalar reached through an alias, where its anchor was written, so a gate can tell a
 * measured value from a copy of a bound or another run's value (`failed: *baseline_failed`: red team th, session 32).
 */
import { describe, expect, it } from 'vitest';
import { parseYamlText } from '../../src/artifacts/yaml.js';
import { aliasOfABound } from '../../src/sdk/status-claims.js';

const parse = (text: string) => parseYamlText('r.yaml', text);

describe('aliased scalars in a YAML artifact', () => {
  it('maps a scalar alias, and every scalar inside an aliased collection, to where its anchor was written', () => {
    const { aliasedScalars } = parse('baseline:\n  failed: &f 0\nprevious_run: &prev\n  coverage: {lines: 91.5}\nsummary:\n  failed: *f\n  passed: 12\ncoverage: *prev\n');
    expect(Object.fromEntries(aliasedScalars)).toEqual({ '/summary/failed': '/baseline/failed', '/coverage/coverage/lines': '/previous_run/coverage/lines' });
  });

  it('records no scalar written out, nor the anchored value itself', () => {
    expect(parse('limit: &l 250\np99_ms: 180\n').aliasedScalars.size).toBe(0);
  });

  it('a copy of a bound, a target or another run is vacuous; a copy of a measured value is not', () => {
    const { aliasedScalars } = parse('limits:\n  p99_ms: &lim 250\nrun:\n  p99_ms: &now 180\nsummary:\n  p99_ms: *lim\nlatest:\n  p99_ms: *now\nexpected_status: &ok passed\nstatus: *ok\n');
    expect(aliasOfABound(aliasedScalars, '/summary/p99_ms', 250)?.code).toBe('vacuous');
    expect(aliasOfABound(aliasedScalars, '/status', 'passed')?.code).toBe('vacuous');
    expect(aliasOfABound(aliasedScalars, '/latest/p99_ms', 180)).toBeUndefined();
    expect(aliasOfABound(aliasedScalars, '/run/p99_ms', 180)).toBeUndefined();
  });

  it('maps each aliased scalar to the name of the anchor its alias named, inside an aliased collection too', () => {
    const { aliasAnchors } = parse('copy: &example_failed 0\nspec_results: &id001\n  failed: 0\n  nested: {passed: &inner 3}\nfailed: *example_failed\nsummary: *id001\npassed: *inner\n');
    expect(Object.fromEntries(aliasAnchors)).toEqual({ '/failed': 'example_failed', '/summary/failed': 'id001', '/summary/nested/passed': 'id001', '/passed': 'inner' });
    expect(aliasOfABound(parse('copy: &example_failed 0\nfailed: *example_failed\n').aliasedScalars, '/failed', 0, aliasAnchors)?.code).toBe('vacuous');
    expect(aliasOfABound(parse('spec_results: &id001 {failed: 0}\nsummary: *id001\n').aliasedScalars, '/summary/failed', 0, aliasAnchors)).toBeUndefined();
  });
});
