/**
 * An entry under a stand-in's plural is judged by what it holds and where it stands, not by its name (helper rf,
 * session 46: holdsStandInsByName, toolsOwnMeasure, freelyNamedEntryIsARuns, entryOfAToolsOwn). A run's tally under an
 * entry named as a file (`examples: {attempt_1.json: {failed: &a 0}}`, `2026-03-10.json`) or for a bare run (`run`,
 * `rerun`) is a copy, never measured: an extension glued on, or `run` being also a report's part, hides no run. A
 * tool's own measure of one of its objects (`fixtures: {mock_db: {setup_ms}}`, `mocks: {fake_s3:
 * {unmatched_requests}}`) is the tool's data, though pytest fixtures and mocks are commonly named for a stand-in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aliasOfABound } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const copied = (root: unknown, from: string) => aliasOfABound(new Map([['/measured', from]]), '/measured', 0, undefined, root);
const at = (plural: string, entry: string, key: string) => copied({ [plural]: { [entry]: { [key]: 0 } }, measured: 0 }, `/${plural}/${entry.replace(/~/gu, '~0').replace(/\//gu, '~1')}/${key}`);
// A name in any case a producer writes it: as is, capitalised, upper case.
const cased = (name: string) => fc.constantFrom(name, name.charAt(0).toUpperCase() + name.slice(1), name.toUpperCase());
const tally = fc.constantFrom('failed', 'passed', 'total', 'failures', 'errors', 'skipped');
const runWord = fc.constantFrom('attempt', 'shard', 'build', 'run', 'nightly_run', 'retry', 'ci', 'pr', 'results', 'job');
const fileBase = fc.oneof(
  fc.tuple(runWord, fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined })).map(([w, n]) => (n === undefined ? w : `${w}_${n}`)),
  fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const extension = fc.constantFrom('json', 'yaml', 'yml', 'xml', 'txt', 'jsonl');

describe('an entry under a stand-in plural, judged by what it holds and where it stands', () => {
  it('is a copy under examples when an entry named as a file holds a run\'s tally, whatever its base and extension', () => {
    fc.assert(
      fc.property(fc.constantFrom('examples', 'Examples', 'beispiele', 'drafts'), fileBase, extension, tally, (plural, base, ext, key) => {
        expect(at(plural, `${base}.${ext}`, key)?.code, `${plural}/${base}.${ext}/${key}`).toBe('vacuous');
      }),
    );
  });
  it('is a copy when a file named for a run, a run\'s number or date, or a run\'s report holds a run\'s tally under fixtures or templates', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('fixtures', 'templates', 'mocks'),
        fc.oneof(fc.constantFrom('run', 'nightly_run', 'rerun_3', 'results', 'report', 'build_42', 'weekly_run'), fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
        extension,
        fc.constantFrom('failed', 'passed', 'total', 'skipped'),
        (plural, base, ext, key) => {
          expect(at(plural, `${base}.${ext}`, key)?.code, `${plural}/${base}.${ext}/${key}`).toBe('vacuous');
        },
      ),
    );
  });
  it('is a copy when an entry is a bare run in any case holding a run\'s tally, and a count of the items run when it is the value', () => {
    fc.assert(
      fc.property(fc.constantFrom('examples', 'fixtures', 'templates', 'mocks'), fc.constantFrom('run', 'rerun', 'runs').chain(cased), tally, (plural, entry, key) => {
        expect(at(plural, entry, key)?.code, `${plural}/${entry}/${key}`).toBe('vacuous');
        // `run` and `runs` as the value count the items run (`examples: {run: 12, failed: 0}`).
        if (/^runs?$/iu.test(entry)) expect(copied({ [plural]: { [entry]: 12, failed: 0 }, measured: 0 }, `/${plural}/${entry}`), `${plural}/${entry} as the value`).toBeUndefined();
      }),
    );
  });
  it('is the tool\'s own object when it holds the tool\'s own measure, though named with a stand-in\'s word', () => {
    const own = fc.constantFrom(['fixtures', 'setup_ms'], ['fixtures', 'teardown_ms'], ['Fixtures', 'setupMs'], ['mocks', 'unmatched_requests'], ['stubs', 'calls'], ['mocks', 'invocations'], ['mocks', 'hits']);
    fc.assert(
      fc.property(own, fc.constantFrom('mock', 'fake', 'stub', 'sample', 'dummy', 'example'), fc.constantFrom('db', 'redis', 's3', 'server', 'run', 'data', 'session', 'api'), fc.boolean(), ([plural, key], standIn, object, camel) => {
        const entry = camel ? `${standIn}${object.charAt(0).toUpperCase()}${object.slice(1)}` : `${standIn}_${object}`;
        expect(at(plural!, entry, key!), `${plural}/${entry}/${key}`).toBeUndefined();
        // The same object holding a run's tally is a run's kept as a stand-in.
        expect(at(plural!, entry, 'failed')?.code, `${plural}/${entry}/failed`).toBe('vacuous');
      }),
    );
  });
  it('is a stand-in when named for nothing but a stand-in or a word never filled in, whatever it holds', () => {
    fc.assert(
      fc.property(fc.constantFrom('fixtures', 'mocks', 'templates'), fc.constantFrom('example', 'sample', 'mock', 'fake', 'template', 'tbd', 'placeholder', 'dummy', 'example.yaml', 'sample.json', 'dummy_example', 'tbd.yaml'), fc.constantFrom('setup_ms', 'unmatched_requests', 'errors'), (plural, entry, key) => {
        expect(at(plural, entry, key)?.code, `${plural}/${entry}/${key}`).toBe('vacuous');
      }),
    );
  });
});
