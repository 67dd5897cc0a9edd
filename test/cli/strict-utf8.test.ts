/**
 * Every file the engine reads as text is strict UTF-8: the config, recorded verdicts (--rerun-from, --diff-from,
 * merge) and rollback declarations too, not only artifacts. An invalid byte is an error naming the file, never a
 * U+FFFD that then reads as ordinary text.
 */
import { isUtf8 } from 'node:buffer';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/util/utf8.js';
import { runCli } from '../helpers/cli.js';
import { REPO_ROOT, removeTempDirs, workspace } from '../helpers/fs.js';

afterAll(removeTempDirs);
const NO_STACK = /\n\s+at /;
const BAD = Buffer.from([0x61, 0xff, 0x62]); // "a", a byte that never occurs in UTF-8, "b"

describe('decodeUtf8', () => {
  it('accepts exactly the byte strings that are UTF-8, and returns their text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 24 }), fc.string({ unit: 'binary' }).map((s) => new Uint8Array(Buffer.from(s, 'utf8')))), (bytes) => {
        const text = decodeUtf8(bytes, { keepBom: true });
        expect(text !== undefined).toBe(isUtf8(bytes));
        if (text !== undefined) expect(Buffer.from(text, 'utf8').equals(Buffer.from(bytes))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('strips a leading BOM unless asked to keep it; rejects overlong forms and lone surrogates', () => {
    expect(decodeUtf8(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
    expect(decodeUtf8(Buffer.from([0xef, 0xbb, 0xbf, 0x61]), { keepBom: true })).toBe('\uFEFFa');
    expect(decodeUtf8(Buffer.from([0xc0, 0xaf]))).toBeUndefined(); // overlong "/"
    expect(decodeUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBeUndefined(); // U+D800
  });
});

describe('files the engine reads besides artifacts', () => {
  it('a config with an invalid byte: exit 2, the file named, no stack', () => {
    const root = workspace({ 'gate-engine.config.yaml': Buffer.concat([Buffer.from('version: 1\ngates:\n  - type: suite_classification\n    title: "'), BAD, Buffer.from('"\n')]) });
    const run = runCli(['verify', '--root', root]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/config file .*gate-engine\.config\.yaml is not valid UTF-8 text/);
    expect(run.stderr).not.toMatch(NO_STACK);
  });

  it('a recorded verdict with an invalid byte (--rerun-from): exit 2, refused as corrupted', () => {
    const root = workspace({ 'old.json': Buffer.concat([Buffer.from('{"schema": "gate-engine.full_suite_verdict.v1", "x": "'), BAD, Buffer.from('"}')]) });
    const run = runCli(['verify', '--root', join(REPO_ROOT, 'fixtures/demo'), '--out', join(root, 'out'), '--rerun-from', join(root, 'old.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/old\.json is corrupted \(not valid UTF-8 text\)/);
    expect(run.stderr).not.toMatch(NO_STACK);
  });

  it('a rollback declaration with an invalid byte: exit 2, rollback refused', () => {
    const root = workspace({ 'rollback.yaml': Buffer.concat([Buffer.from('reason: "'), BAD, Buffer.from('"\nowner: a\nincident: INC-1\ncreated: 2026-03-10T00:00:00Z\nexpires: 2026-03-11T00:00:00Z\n')]) });
    const run = runCli(['verify', '--root', join(REPO_ROOT, 'fixtures/demo'), '--out', join(root, 'out'), '--mode', 'rollback', '--rollback-file', join(root, 'rollback.yaml'), '--now', '2026-03-10T12:00:00Z']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/rollback declaration .*rollback\.yaml is not valid UTF-8 text/);
    expect(run.stderr).not.toMatch(NO_STACK);
  });
});
