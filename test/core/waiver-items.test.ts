/**
 * A waiver that names what it accepts covers only that (scenario waiver_covers_a_sound_failure_it_was_not_granted_for).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { verdictInconsistencies } from '../../src/core/consistency.js';
import { applyPolicy } from '../../src/core/fold.js';
import type { CheckResult } from '../../src/core/types.js';
import { itemsNotNamed } from '../../src/core/waiver-items.js';
import { failingItemsBeside } from '../../src/sdk/index.js';
import { verify } from '../../src/verify.js';
import { BUILTIN_GATES } from '../../gates/index.js';
import { removeTempDirs, tempDir, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);

const failing = (...items: string[]): CheckResult => ({ id: 'status_allowed', status: 'fail', code: 'status_not_allowed', message: 'm', failing: items });

describe('itemsNotNamed', () => {
  it('lists the items the waiver leaves out beside items it names, and nothing when it names none or all', () => {
    const checks = [failing('qjs-regexp-1', 'qjs-regexp-2', 'net-socket-close')];
    expect(itemsNotNamed(checks, 'QuickJS bug: qjs-regexp-1 and qjs-regexp-2 fail')).toEqual(['net-socket-close']);
    expect(itemsNotNamed(checks, 'QuickJS bugs (see the tracking issue)')).toEqual([]);
    expect(itemsNotNamed(checks, 'qjs-regexp-1, qjs-regexp-2, net-socket-close')).toEqual([]);
    // Case and width are how a reader writes a name, not another name.
    expect(itemsNotNamed(checks, 'QJS-REGEXP-1, ｑｊｓ-regexp-2 and Net-Socket-Close')).toEqual([]);
  });

  it('never takes a longer name for the item it begins with (qjs-regexp-10 does not name qjs-regexp-1)', () => {
    const checks = [failing('qjs-regexp-1', 'net-socket-close')];
    for (const words of ['qjs-regexp-10 fails', 'xqjs-regexp-1 fails', 'qjs-regexp-1.2 fails', 'qjs-regexp-1-b fails', 'qjs-regexp-1_b']) expect(itemsNotNamed([failing('qjs-regexp-1', 'other')], `${words}; other`), words).toEqual(['qjs-regexp-1']);
    for (const words of ['(qjs-regexp-1)', '`qjs-regexp-1`', 'qjs-regexp-1.', 'qjs-regexp-1, and', '"qjs-regexp-1"']) expect(itemsNotNamed(checks, words), words).toEqual(['net-socket-close']);
  });

  it('reads a word with a star as every item it matches, and a star alone as no name', () => {
    const checks = [failing('qjs-regexp-1', 'qjs-regexp-10', 'fs-write')];
    expect(itemsNotNamed(checks, 'qjs-regexp-* fail')).toEqual(['fs-write']);
    expect(itemsNotNamed(checks, '* qjs-regexp-1 fails')).toEqual(['qjs-regexp-10', 'fs-write']);
    expect(itemsNotNamed(checks, 'all of (.*) fail')).toEqual([]);
  });

  it('names a file by its path, its file name or its stem, never by a stem of two characters', () => {
    const checks = [failing('tests/compaction_policy.rs', 'tests/retry_budget.rs', 'src/io.rs')];
    expect(itemsNotNamed(checks, 'compaction_policy is being split')).toEqual(['tests/retry_budget.rs', 'src/io.rs']);
    expect(itemsNotNamed(checks, 'tests/compaction_policy.rs and retry_budget.rs; io is slow')).toEqual(['src/io.rs']);
    expect(itemsNotNamed(checks, 'compaction_policy, retry_budget and src/io.rs')).toEqual([]);
  });

  it('reads only failing checks: a passing check names nothing that failed', () => {
    expect(itemsNotNamed([{ ...failing('a-1', 'b-2'), status: 'pass', code: 'ok' }], 'a-1')).toEqual([]);
  });

  it('is, for any items and any named subset, exactly the items left out (none when the waiver names none)', () => {
    const item = fc.stringMatching(/^[a-z]{2,6}-[a-z0-9]{1,4}$/);
    fc.assert(
      fc.property(fc.uniqueArray(item, { minLength: 1, maxLength: 8 }), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (items, pick) => {
        // No item may be another's start followed by a name character: each is named only by itself.
        fc.pre(items.every((a) => items.every((b) => a === b || !b.startsWith(a))));
        const named = items.filter((_, i) => pick[i]);
        const left = items.filter((_, i) => !pick[i]);
        expect(itemsNotNamed([failing(...items)], `Granted for ${named.join(', ')} only.`)).toEqual(named.length === 0 ? [] : left);
      }),
    );
  });
});

describe('applyPolicy with a waiver that names items', () => {
  it('refuses the waiver (unnamed) when the failure lists an item its words leave out, and waives when they name every one', () => {
    const input = { raw_status: 'fail' as const, reason: 'status_not_allowed', blocking: true, checks: [failing('qjs-regexp-1', 'fs-write')] };
    expect(applyPolicy(input, { waived: true, waiverWords: 'qjs-regexp-1 fails' })).toEqual({ status: 'fail', reason: 'status_not_allowed', waiver_refused: 'unnamed' });
    expect(applyPolicy(input, { waived: true, waiverWords: 'qjs-regexp-1 and fs-write fail' })).toEqual({ status: 'waived', reason: 'status_not_allowed' });
    expect(applyPolicy(input, { waived: true, waiverWords: 'upstream bugs' })).toEqual({ status: 'waived', reason: 'status_not_allowed' });
    // Rollback still relaxes a sound failure the waiver does not cover.
    expect(applyPolicy(input, { waived: true, waiverWords: 'qjs-regexp-1 fails', rollback: true })).toEqual({ status: 'warn', reason: 'status_not_allowed', relaxed_by: 'rollback', waiver_refused: 'unnamed' });
  });
});

describe('failingItemsBeside', () => {
  it('reads the entries of a failure list beside the status, by text or by their object\'s name, never a qualified list', () => {
    const doc = { status: 'fail', failed: ['a-1', 7, { id: 'b-2', error: 'x' }, { name: 'c-3' }, { error: 'no name' }, ' ', 'a-1'], flaky_failures: ['d-4'], passed: ['e-5'] };
    expect(failingItemsBeside(doc, '/status')).toEqual(['a-1', '7', 'b-2', 'c-3']);
    expect(failingItemsBeside({ run: { status: 'fail', summary: { failures: ['x-1'] } } }, '/run/status')).toEqual(['x-1']);
    expect(failingItemsBeside({ status: 'fail', failed: 3 }, '/status')).toEqual([]);
  });
});

describe('a verdict read back (check, merge)', () => {
  it('is refused when its gate is waived although the failure lists an item the waiver does not name (an edited verdict)', async () => {
    const root = workspace({
      'gate-engine.config.yaml': 'version: 1\nwaivers:\n  sources: [waivers.toml]\ngates:\n  - id: ext\n    type: artifact_status\n    bead: bd-ext\n    options: { path: ext.json, pointer: /status, allowed: [pass] }\n',
      'ext.json': { status: 'fail', failed: ['qjs-regexp-1'] },
      'waivers.toml': '[waiver.ext]\nowner = "TopazForest"\ncreated = "2026-03-01"\nexpires = "2026-03-20"\nbead = "bd-1f42.4.4"\nreason = "upstream QuickJS bug: qjs-regexp-1 fails"\nscope = "both"\nremove_when = "QuickJS fix merged"\n',
    });
    const result = await verify({ root, out: tempDir(), now: '2026-03-10T12:00:00Z' });
    const types = new Map(BUILTIN_GATES.map((g) => [g.type, g]));
    const gate = result.verdict.gates.find((g) => g.id === 'ext');
    expect(gate?.status).toBe('waived');
    expect(gate?.checks.find((c) => c.code === 'status_not_allowed')?.failing).toEqual(['qjs-regexp-1']);
    expect(verdictInconsistencies(result.verdict, types)).toEqual([]);
    const edited = structuredClone(result.verdict);
    const check = edited.gates.find((g) => g.id === 'ext')?.checks.find((c) => c.code === 'status_not_allowed');
    if (check === undefined) throw new Error('no status check');
    check.failing = ['qjs-regexp-1', 'net-socket-close'];
    expect(verdictInconsistencies(edited, types).map((p) => p.pointer)).toEqual(['/gates/0/status']);
  });
});
