/**
 * An entry under a stand-in's plural is told a run's tally or a tool's own item by what it is and holds, not by a list
 * of run words (helper zd, session 45: holdsStandInsByName, entryShape): under `examples` an entry holding a run's
 * tally is a copy whatever its name (`attempt_1`, `shard_3`, `ci`, `pr_123`, a run's number or date as a map's key),
 * but a tool's own phase (Hypothesis's `generate`); a file a linter read (`templates: {job.yaml: {errors}}`) is its own
 * item unless it is named only as a stand-in, but not one holding a test run's tally under a run's or a stand-in's
 * name (helper rf, session 46); under a plural a tool names its objects in (`fixtures`, `mocks`), an entry is a
 * run's only when it holds a run's tally under a run's name.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aliasOfABound } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const copied = (root: unknown, from: string) => aliasOfABound(new Map([['/measured', from]]), '/measured', 0, undefined, root);
// Entry names of any shape: words, numbered words, a run's number; never a stand-in's noun.
const word = fc.constantFrom('attempt', 'retry', 'shard', 'round', 'rerun', 'ci', 'pr', 'testlauf', 'job', 'workflow', 'build', 'dir', 'migrations', 'db', 'session', 'api', 'pipeline', 'nightly', 'alpha', 'zeta');
const entryName = fc.tuple(word, fc.option(word, { nil: undefined }), fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined })).map(([a, b, n]) => [a, b, n].filter((x) => x !== undefined).join('_'));
const tally = fc.constantFrom('failed', 'errors', 'failures', 'passed', 'skipped');
// What pytest and a mock server measure of their own objects.
const ownMeasure = fc.constantFrom('setup_ms', 'teardown_ms', 'unmatched_requests', 'calls');

describe('an entry under a stand-in plural, told by what it holds', () => {
  it('is a copy under examples when it holds a run\'s tally, whatever its name', () => {
    fc.assert(
      fc.property(entryName, tally, (name, key) => {
        fc.pre(!['generate', 'explicit', 'reuse', 'target', 'shrink'].includes(name));
        const root = { examples: { [name]: { [key]: 0 } }, measured: 0 };
        expect(copied(root, `/examples/${name}/${key}`)?.code, name).toBe('vacuous');
      }),
    );
  });
  it('is a copy under examples keyed by a run\'s number or date, and a list\'s item is not', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 9999 }).map(String), fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))), tally, (key, what) => {
        expect(copied({ examples: { [key]: { [what]: 0 } }, measured: 0 }, `/examples/${key}/${what}`)?.code, key).toBe('vacuous');
        expect(copied({ examples: [{ status: 'passed', run_time: 0 }], measured: 0 }, '/examples/0/run_time'), key).toBeUndefined();
      }),
    );
  });
  it('is a tool\'s own object under fixtures, mocks or templates when it holds the tool\'s own measure, whatever its name', () => {
    fc.assert(
      fc.property(fc.constantFrom('fixtures', 'mocks', 'templates'), entryName, ownMeasure, (plural, name, key) => {
        expect(copied({ [plural]: { [name]: { [key]: 0 } }, measured: 0 }, `/${plural}/${name}/${key}`), `${plural}/${name}/${key}`).toBeUndefined();
      }),
    );
  });
  it('is a copy under fixtures, mocks or templates when a run-named entry holds a run\'s tally or measure', () => {
    fc.assert(
      fc.property(fc.constantFrom('fixtures', 'mocks', 'templates'), fc.constantFrom('nightly_run', 'ci_run', 'build_1', 'pipeline'), fc.oneof(tally, fc.constantFrom('p95_ms', 'duration_s', 'pass_rate_pct')), (plural, name, key) => {
        expect(copied({ [plural]: { [name]: { [key]: 0 } }, measured: 0 }, `/${plural}/${name}/${key}`)?.code, `${plural}/${name}`).toBe('vacuous');
      }),
    );
  });
  it('is a tool\'s own file under templates when it holds a linter\'s measure, unless the file is named only as a stand-in', () => {
    fc.assert(
      fc.property(entryName, fc.constantFrom('yaml', 'yml', 'json', 'tpl'), fc.constantFrom('errors', 'warnings', 'lint_errors'), (name, ext, key) => {
        const file = `${name}.${ext}`;
        expect(copied({ templates: { [file]: { [key]: 0 } }, measured: 0 }, `/templates/${file}/${key}`), file).toBeUndefined();
        // A stand-in's word beside the file's own name is still the linted file's (helper rf, session 46: `example-deployment.yaml`).
        const example = `example_${name}.${ext}`;
        expect(copied({ templates: { [example]: { [key]: 0 } }, measured: 0 }, `/templates/${example}/${key}`), example).toBeUndefined();
        expect(copied({ templates: { [`example.${ext}`]: { [key]: 0 } }, measured: 0 }, `/templates/example.${ext}/${key}`)?.code, `example.${ext}`).toBe('vacuous');
      }),
    );
  });
  it('is a copy under templates when a file holds a test run\'s tally under a stand-in\'s or a run\'s name (helper rf, session 46)', () => {
    fc.assert(
      fc.property(fc.constantFrom('example_', 'nightly_run_', 'rerun_', ''), entryName, fc.constantFrom('yaml', 'json'), fc.constantFrom('failed', 'passed', 'skipped'), (prefix, name, ext, key) => {
        const file = `${prefix === '' ? 'run' : `${prefix}${name}`}.${ext}`;
        expect(copied({ templates: { [file]: { [key]: 0 } }, measured: 0 }, `/templates/${file}/${key}`)?.code, file).toBe('vacuous');
      }),
    );
  });
});
