/**
 * A test event stream passes only when its events prove the run passed: no mutation of a sound stream that removes a
 * terminal event (a test's outcome, a package's or suite's end) or inserts a failure (a test's, a package's, a
 * suite's) passes, wherever it lands.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../helpers/fc-seed.js';
import type { JsonlRow } from '../../src/artifacts/jsonl.js';
import { TestEventStream } from '../../src/sdk/test-events.js';

type Row = Record<string, unknown>;

/** Whether the stream passes: it reads without a refusal and proves the run passed. */
function passes(rows: readonly Row[]): boolean {
  const stream = new TestEventStream('tests.jsonl');
  try {
    rows.forEach((value, i) => stream.push({ row: i + 1, value, nonIntegerNumbers: new Set(), inexactNumbers: new Map() } satisfies JsonlRow));
    return stream.finish().findings.length === 0;
  } catch {
    return false;
  }
}

/** A package's tests: each passes or skips, and at least one of the stream's passes. */
const goPackages = fc.array(fc.array(fc.constantFrom('pass', 'pass', 'skip'), { minLength: 0, maxLength: 4 }), { minLength: 1, maxLength: 3 })
  .filter((packages) => packages.some((tests) => tests.includes('pass')));

function goStream(packages: readonly (readonly string[])[]): Row[] {
  const rows: Row[] = [];
  packages.forEach((tests, p) => {
    const Package = `example.com/p${p}`;
    rows.push({ Action: 'start', Package });
    tests.forEach((outcome, t) => {
      const Test = `Test${t}`;
      rows.push({ Action: 'run', Package, Test }, { Action: 'output', Package, Test, Output: `--- ${outcome.toUpperCase()}\n` }, { Action: outcome, Package, Test });
    });
    rows.push({ Action: 'output', Package, Output: 'PASS\n' }, { Action: tests.length === 0 ? 'skip' : 'pass', Package });
  });
  return rows;
}

const libtestSuites = fc.array(fc.array(fc.constantFrom('ok', 'ok', 'ignored'), { minLength: 0, maxLength: 4 }), { minLength: 1, maxLength: 3 })
  .filter((suites) => suites.some((tests) => tests.includes('ok')));

function libtestStream(suites: readonly (readonly string[])[]): Row[] {
  const rows: Row[] = [];
  suites.forEach((tests, s) => {
    rows.push({ type: 'suite', event: 'started', test_count: tests.length });
    tests.forEach((_, t) => rows.push({ type: 'test', event: 'started', name: `s${s}::t${t}` }));
    tests.forEach((outcome, t) => rows.push({ type: 'test', event: outcome, name: `s${s}::t${t}` }));
    const passed = tests.filter((o) => o === 'ok').length;
    rows.push({ type: 'suite', event: 'ok', passed, failed: 0, ignored: tests.length - passed, measured: 0, filtered_out: 0 });
  });
  return rows;
}

const TERMINAL_GO = (r: Row): boolean => ['pass', 'skip', 'bench', 'fail'].includes(r.Action as string);
const TERMINAL_LIBTEST = (r: Row): boolean => (r.type === 'test' && ['ok', 'ignored', 'failed'].includes(r.event as string)) || (r.type === 'suite' && r.event !== 'started');

describe('test event streams', () => {
  it('a sound go stream passes, and a sound libtest stream', () => {
    fc.assert(fc.property(goPackages, (packages) => passes(goStream(packages))));
    fc.assert(fc.property(libtestSuites, (suites) => passes(libtestStream(suites))));
  });

  it('a go stream with a terminal event removed never passes', () => {
    fc.assert(fc.property(goPackages, fc.nat(), (packages, pick) => {
      const rows = goStream(packages);
      const terminal = rows.flatMap((r, i) => (TERMINAL_GO(r) ? [i] : []));
      const drop = terminal[pick % terminal.length] as number;
      expect(passes(rows.filter((_, i) => i !== drop))).toBe(false);
    }));
  });

  it('a go stream with a failure inserted anywhere never passes', () => {
    fc.assert(fc.property(goPackages, fc.nat(), fc.nat(), fc.boolean(), (packages, at, pick, ofPackage) => {
      const rows = goStream(packages);
      const tests = rows.filter((r) => r.Test !== undefined);
      const target = ofPackage || tests.length === 0 ? rows[pick % rows.length] : tests[pick % tests.length];
      const failure: Row = { Action: 'fail', Package: (target as Row).Package, ...(ofPackage || tests.length === 0 ? {} : { Test: (target as Row).Test }) };
      const i = at % (rows.length + 1);
      expect(passes([...rows.slice(0, i), failure, ...rows.slice(i)])).toBe(false);
    }));
  });

  it('a libtest stream with a terminal event removed never passes', () => {
    fc.assert(fc.property(libtestSuites, fc.nat(), (suites, pick) => {
      const rows = libtestStream(suites);
      const terminal = rows.flatMap((r, i) => (TERMINAL_LIBTEST(r) ? [i] : []));
      const drop = terminal[pick % terminal.length] as number;
      expect(passes(rows.filter((_, i) => i !== drop))).toBe(false);
    }));
  });

  it('a libtest stream with a failure inserted anywhere never passes', () => {
    fc.assert(fc.property(libtestSuites, fc.nat(), fc.nat(), fc.boolean(), (suites, at, pick, ofSuite) => {
      const rows = libtestStream(suites);
      const names = rows.filter((r) => r.type === 'test').map((r) => r.name as string);
      const failure: Row = ofSuite || names.length === 0
        ? { type: 'suite', event: 'failed', passed: 0, failed: 0, ignored: 0 }
        : { type: 'test', event: 'failed', name: names[pick % names.length] };
      const i = at % (rows.length + 1);
      expect(passes([...rows.slice(0, i), failure, ...rows.slice(i)])).toBe(false);
    }));
  });
});
