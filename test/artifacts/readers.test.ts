import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { stringify as stringifyYaml } from 'yaml';
import { ArtifactError, type ArtifactErrorCode } from '../../src/artifacts/errors.js';
import { readJsonlRows, type JsonlRow } from '../../src/artifacts/jsonl.js';
import { createReader, formatOf, type ArtifactReader } from '../../src/artifacts/reader.js';
import type { JsonSchema } from '../../src/artifacts/schema.js';
import type { ArtifactRecord } from '../../src/core/types.js';
import { rejection } from '../helpers/errors.js';
import { removeTempDirs, tempDir } from '../helpers/fs.js';

const NOW = new Date('2026-03-15T12:00:00.000Z');
const DAY = 86_400_000;

let root: string;
let records: ArtifactRecord[];
let reader: ArtifactReader;

async function write(rel: string, content: string | Buffer, base = root): Promise<Buffer> {
  const abs = path.join(base, rel);
  await fs.mkdir(path.dirname(abs), { recursive: true });
  await fs.writeFile(abs, content);
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function collect(rows: AsyncIterable<JsonlRow>): Promise<JsonlRow[]> {
  const out: JsonlRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

/** Asserts the code, that the message names the file, and that detail.path is the path as given. */
async function expectFailure(p: Promise<unknown>, code: ArtifactErrorCode, file: string): Promise<ArtifactError> {
  await expect(p).rejects.toMatchObject({ code, detail: { path: file } });
  const e = await rejection(p);
  expect(e.code).toBe(code);
  expect(e.detail.path).toBe(file);
  expect(e.message).toContain(file);
  expect(typeof e.detail.fix).toBe('string');
  expect(e.detail.fix!.length).toBeGreaterThan(0);
  return e;
}

beforeEach(async () => {
  root = await tempDir();
  records = [];
  reader = createReader(root, NOW, (r) => records.push(r));
});

afterAll(removeTempDirs);

type WholeFormat = 'json' | 'toml' | 'yaml' | 'text';
const WHOLE: WholeFormat[] = ['json', 'toml', 'yaml', 'text'];
const EXT: Record<WholeFormat | 'jsonl', string> = { json: 'json', toml: 'toml', yaml: 'yaml', text: 'txt', jsonl: 'jsonl' };

function readWhole(format: WholeFormat, rel: string): Promise<unknown> {
  return format === 'text' ? reader.text(rel) : reader[format](rel);
}

// ---------------------------------------------------------------------------------------------
describe('document: the format from the file name', () => {
  it.each([['a.json', 'json'], ['a.YAML', 'yaml'], ['a.yml', 'yaml'], ['a.Toml', 'toml'], ['r.json/.', 'json'], ['a.txt', undefined], ['.toml', undefined], ['toml', undefined]])('%s: %s', (file, format) => {
    expect(formatOf(file)).toBe(format);
  });

  it('each format is read and named as such', async () => {
    await write('a.json', '{"count": 1}');
    await write('a.yml', 'count: 1\n');
    await write('a.toml', 'count = 1\n');
    for (const [file, format] of [['a.json', 'json'], ['a.yml', 'yaml'], ['a.toml', 'toml']]) {
      const doc = await reader.document(file as string);
      expect([doc.format, doc.value], file).toEqual([format, { count: 1 }]);
    }
  });
});

describe('missing', () => {
  for (const format of [...WHOLE, 'jsonl'] as const) {
    const read = (rel: string): Promise<unknown> => (format === 'jsonl' ? collect(reader.jsonl(rel)) : readWhole(format, rel));

    it(`${format}: a nonexistent file is missing, with a fix`, async () => {
      const rel = `nope.${EXT[format]}`;
      const e = await expectFailure(read(rel), 'missing', rel);
      expect(e.detail.fix).toContain(rel);
      expect(records).toEqual([]);
    });

    it(`${format}: a path through a nonexistent directory is missing`, async () => {
      const rel = `no/such/dir/a.${EXT[format]}`;
      await expectFailure(read(rel), 'missing', rel);
    });

    it(`${format}: a path through a regular file (ENOTDIR) is missing`, async () => {
      await write('file.txt', 'x');
      const rel = `file.txt/a.${EXT[format]}`;
      await expectFailure(read(rel), 'missing', rel);
    });
  }

  it('reports the normalised relative path, never an absolute one', async () => {
    const e = await expectFailure(reader.json('./sub/../gone.json'), 'missing', 'gone.json');
    expect(e.message).not.toContain(root);
  });
});

// ---------------------------------------------------------------------------------------------
describe('empty', () => {
  for (const format of WHOLE) {
    const rel = `a.${EXT[format]}`;
    it(`${format}: a 0-byte file is empty`, async () => {
      await write(rel, '');
      const e = await expectFailure(readWhole(format, rel), 'empty', rel);
      expect(e.message).toMatch(/0 bytes/);
      expect(records).toEqual([]);
    });
    it(`${format}: a whitespace-only file is empty`, async () => {
      await write(rel, '  \n\t\r\n   \n');
      const e = await expectFailure(readWhole(format, rel), 'empty', rel);
      expect(e.message).toMatch(/whitespace/);
    });
  }

  it('jsonl: a 0-byte file is empty', async () => {
    await write('a.jsonl', '');
    await expectFailure(collect(reader.jsonl('a.jsonl')), 'empty', 'a.jsonl');
    expect(records).toEqual([]);
  });

  it('jsonl: only blank lines is empty, not an empty success', async () => {
    await write('a.jsonl', '\n\n   \n\r\n\t\n');
    await expectFailure(collect(reader.jsonl('a.jsonl')), 'empty', 'a.jsonl');
    expect(records).toEqual([]);
  });

  it('jsonl: a BOM that starts a later line (files concatenated) is a malformed row; one at byte 0 is the encoding mark', async () => {
    // `cat a.jsonl b.jsonl` keeps b's BOM mid-file: a parser that skips it there reads rows another refuses.
    await write('cat.jsonl', '\ufeff{"id":"a","status":"pass"}\n\ufeff{"id":"b","status":"fail"}\n');
    const e = await expectFailure(collect(reader.jsonl('cat.jsonl')), 'malformed', 'cat.jsonl');
    expect(e.message).toMatch(/row 2: starts with a byte order mark/u);
    await write('bom.jsonl', '\ufeff{"id":"a","status":"pass"}\n{"id":"b","status":"pass"}\n');
    expect((await collect(reader.jsonl('bom.jsonl'))).map((r) => r.row)).toEqual([1, 2]);
  });
});

// ---------------------------------------------------------------------------------------------
describe('unreadable', () => {
  for (const format of [...WHOLE, 'jsonl'] as const) {
    it(`${format}: a directory is unreadable`, async () => {
      const rel = `dir.${EXT[format]}`;
      await fs.mkdir(path.join(root, rel));
      const read = format === 'jsonl' ? collect(reader.jsonl(rel)) : readWhole(format, rel);
      const e = await expectFailure(read, 'unreadable', rel);
      expect(e.message).toMatch(/directory/);
    });
  }
});

// ---------------------------------------------------------------------------------------------
describe('malformed', () => {
  it('json: invalid JSON reports the exact line and column', async () => {
    await write('a.json', '{\n  "a": 1,\n  "b": @\n}\n');
    const e = await expectFailure(reader.json('a.json'), 'malformed', 'a.json');
    expect(e.detail).toMatchObject({ line: 3, column: 8 });
    expect(e.message).toContain('a.json:3:8');
    expect(records).toEqual([]);
  });

  it.each([
    ['a local date', 'd = 2026-02-30\n', 5],
    ['an offset date-time', 'd = 2026-02-30T10:00:00Z\n', 5],
    ['a lower-case t', 'd = 2026-02-30t10:00:00\n', 5],
    ['a date-time with a space', 'ok = 1\nd = 2026-02-30 10:00:00\n', 5],
    ['an array element', 'd = [2026-02-28, 2026-02-30T00:00:00Z]\n', 18],
  ])('toml: an impossible date in %s is malformed, never rolled over', async (_name, text, column) => {
    await write('a.toml', text);
    const e = await expectFailure(reader.toml('a.toml'), 'malformed', 'a.toml');
    expect(e.message).toContain('the date 2026-02-30 does not exist');
    expect(e.detail.line).toBe(text.split('\n').findIndex((l) => l.includes('2026-02-30')) + 1);
    expect(e.detail.column).toBe(column);
  });

  it('toml: real dates, and date-like text in strings, comments and keys, are read', async () => {
    await write('a.toml', 'd = 2026-02-28T10:00:00Z\ne = 2024-02-29 10:00:00\ns = "2026-02-30T00:00:00Z" # 2026-02-30\n"2026-02-30" = 1\n');
    const doc = await reader.toml('a.toml');
    expect(Object.keys(doc.value as object)).toEqual(['d', 'e', 's', '2026-02-30']);
  });

  it('json: a trailing comma is malformed at the comma', async () => {
    await write('a.json', '{"a": 1,}');
    const e = await expectFailure(reader.json('a.json'), 'malformed', 'a.json');
    expect(e.detail).toMatchObject({ line: 1, column: 8, pointer: '' });
    expect(e.message).toContain('a.json:1:8');
    expect(e.message).toContain('trailing comma');
  });

  it('json: truncated document is malformed', async () => {
    await write('a.json', '{"a": [1, 2');
    const e = await expectFailure(reader.json('a.json'), 'malformed', 'a.json');
    expect(e.detail.line).toBe(1);
    expect(typeof e.detail.column).toBe('number');
  });

  it('toml: invalid TOML is malformed with line and column', async () => {
    await write('a.toml', 'ok = 1\nx = [1,\n');
    const e = await expectFailure(reader.toml('a.toml'), 'malformed', 'a.toml');
    expect(e.detail.line).toBeGreaterThanOrEqual(2);
    expect(typeof e.detail.column).toBe('number');
    expect(e.message).toContain(`a.toml:${e.detail.line}:${e.detail.column}`);
  });

  it('toml: an invalid value is malformed at line 2', async () => {
    await write('a.toml', 'ok = 1\nbad = \n');
    const e = await expectFailure(reader.toml('a.toml'), 'malformed', 'a.toml');
    expect(e.detail.line).toBe(2);
    expect(typeof e.detail.column).toBe('number');
  });

  it('yaml: invalid YAML is malformed with line and column', async () => {
    await write('a.yaml', 'a: 1\nb: [1, 2\nc: 3\n');
    const e = await expectFailure(reader.yaml('a.yaml'), 'malformed', 'a.yaml');
    expect(typeof e.detail.line).toBe('number');
    expect(typeof e.detail.column).toBe('number');
    expect(e.detail.line).toBeGreaterThanOrEqual(2);
    expect(e.message).toContain(`a.yaml:${e.detail.line}:${e.detail.column}`);
  });

  it('yaml: bad indentation is malformed', async () => {
    await write('a.yaml', 'a:\n  b: 1\n c: 2\n');
    const e = await expectFailure(reader.yaml('a.yaml'), 'malformed', 'a.yaml');
    expect(e.detail.line).toBe(3);
  });

  for (const format of WHOLE) {
    it(`${format}: invalid UTF-8 bytes are malformed`, async () => {
      const rel = `bad.${EXT[format]}`;
      await write(rel, Buffer.from([0xff, 0xfe, 0x41]));
      const e = await expectFailure(readWhole(format, rel), 'malformed', rel);
      expect(e.message).toMatch(/UTF-8/);
      expect(records).toEqual([]);
    });
  }

  // An imprecise number must never count as zero (or as Infinity): every reader refuses a number no double can hold.
  const outOfRange: [string, string, string, string | undefined, RegExp][] = [
    ['json', 'u.json', '{"summary":{"failed":1e-400}}', '/summary/failed', /would read as 0$/],
    ['json', 'o.json', '{"summary":{"failed":-1e400}}', '/summary/failed', /would read as -Infinity$/],
    ['yaml', 'u.yaml', 'summary:\n  failed: 1e-400\n', '/summary/failed', /would read as 0$/],
    ['yaml', 'o.yaml', 'summary:\n  failed: 2.5e+999\n', '/summary/failed', /would read as Infinity$/],
    ['toml', 'u.toml', '[summary]\nfailed = 1e-400\n', undefined, /1e-400 is non-zero .* would read as 0$/],
    ['toml', 'o.toml', '[summary]\nfailed = 1_0e4_00\n', undefined, /would read as Infinity$/],
    ['jsonl', 'u.jsonl', '{"id":"a","failed":0}\n{"id":"b","failed":-1e-400}\n', '/failed', /would read as 0$/],
  ];
  for (const [format, rel, text, pointer, message] of outOfRange) {
    it(`${format}: ${rel.startsWith('u') ? 'a non-zero number that underflows to 0' : 'a number that overflows to Infinity'} is imprecise_number`, async () => {
      await write(rel, text);
      const e = await expectFailure(format === 'jsonl' ? collect(reader.jsonl(rel)) : readWhole(format as WholeFormat, rel), 'imprecise_number', rel);
      expect(e.detail.pointer).toBe(pointer);
      expect(e.message).toMatch(message);
      expect(e.detail.fix).toContain('no double can hold');
    });
  }

  it('toml and yaml: zero written with an exponent, and inf/nan spelled as such, are not out of range', async () => {
    await write('z.toml', 'a = 0e-400\nb = -0.0\nc = inf\nd = 5e-324\n');
    expect(await reader.toml('z.toml')).toMatchObject({ value: { a: 0, b: -0, c: Infinity, d: 5e-324 } });
    await write('z.yaml', 'a: 0.0e-400\nb: .inf\n');
    expect(await reader.yaml('z.yaml')).toMatchObject({ value: { a: 0, b: Infinity } });
  });

  it('yaml: a character outside YAML\'s printable set is malformed with its line and column; escapes of it are text', async () => {
    for (const [ch, code] of [['\u0000', 'U+0000'], ['\u001b', 'U+001B'], ['\u007f', 'U+007F'], ['\u009b', 'U+009B'], ['\ufffe', 'U+FFFE']] as const) {
      await write('c.yaml', `status: pass\n"no${ch}te": x\n`);
      const e = await expectFailure(reader.yaml('c.yaml'), 'malformed', 'c.yaml');
      expect(e.message).toContain(`c.yaml:2:4: the character ${code} is not allowed in YAML`);
    }
    await write('c.yaml', 'a: "\\x1b[0m \\t \\0"\nb: "\u0085 NEL and \u00a0 are printable"\n');
    expect((await reader.yaml('c.yaml')).value).toEqual({ a: '\u001b[0m \t \u0000', b: '\u0085 NEL and \u00a0 are printable' });
  });

  it('yaml: an exponent without a dot or without a sign is a string under YAML 1.1 (PyYAML), so it is version-ambiguous', async () => {
    for (const n of ['1e2', '1.5e3', '1E5', '-1e-2', '1e+06', '0e-400']) {
      await write('e.yaml', `rate: ${n}\n`);
      const e = await expectFailure(reader.yaml('e.yaml'), 'malformed', 'e.yaml');
      expect(e.message).toContain(`the string "${n}" under YAML 1.1`);
    }
    await write('e.yaml', 'a: 1.5e+3\nb: 2.5E-3\nc: .5\nd: 1.0\ne: "1e2"\n');
    expect((await reader.yaml('e.yaml')).value).toEqual({ a: 1500, b: 0.0025, c: 0.5, d: 1, e: '1e2' });
    // A number no double holds is that first, whatever YAML 1.1 makes of its spelling.
    await write('e.yaml', 'a: -1e999\n');
    await expectFailure(reader.yaml('e.yaml'), 'imprecise_number', 'e.yaml');
  });

  it('yaml: a document cut off inside the block scalar it ends with is malformed, naming the block', async () => {
    const cuts: [string, string, RegExp][] = [
      ['notes: |\n  All suites ran.\n  The agent suite was re-run after a flaky ti', '1:8', /its text ends in a line break \(\|\), but the file's last line has none/],
      ['runs:\n  - log: >+\n      timeout after 30 s', '2:10', /\(>\+\), but the file's last line has none/],
      ['runs:\n  - log: |2\n       indented', '2:10', /\(\|2\)/],
      ['summary: {passed: 3}\nnotes: |\n', '2:8', /has no content after its header line/],
      ['notes: >-\n\n', '1:8', /has no content after its header line/],
      ['notes: |', '1:8', /has no content after its header line/],
      // Strip chomping drops the value's final line break, not the file's: every writer still ends the file with one (red team uh).
      ['log: |-\n  running 12 tests\n  test b ... FAI', '1:6', /\(\|-\) runs to the end of a file whose last line has no line break/],
      ['log: >-\n  running 12 tests\n  test b ... FAI', '1:6', /\(>-\) runs to the end/],
      // Cut after the indentation of the block's next line: the last line is blank, but no writer leaves indentation unended.
      ['log: |\n  running 12 tests\n  test b ... FAI\n  ', '1:6', /cut off mid-line or after the indentation of its next line/],
      ['log: |-\n  a\n ', '1:6', /\(\|-\) runs to the end/],
    ];
    for (const [text, at, why] of cuts) {
      await write('cut.yaml', text);
      const e = await expectFailure(reader.yaml('cut.yaml'), 'malformed', 'cut.yaml');
      expect(e.message, text).toContain(`cut.yaml:${at}: the block scalar that ends the file`);
      expect(e.message, text).toMatch(why);
    }
  });

  it('yaml: block scalars as writers leave them are read: ended lines, strip chomping, a block before a comment or an empty string', async () => {
    const whole: [string, unknown][] = [
      ['notes: |\n  a\n  b\n', { notes: 'a\nb\n' }],
      ['notes: |-\n  a\n  b\n', { notes: 'a\nb' }],
      ['notes: |-\n  a\n# end', { notes: 'a' }],
      ['notes: |+\n  a\n\n', { notes: 'a\n\n' }],
      ['notes: |\n  a\n# end of notes', { notes: 'a\n' }],
      ['notes: |\n  a\nextra: ""', { notes: 'a\n', extra: '' }],
      ['notes: [a, b]', { notes: ['a', 'b'] }],
      ['notes: |\n  a\n...\n', { notes: 'a\n' }],
    ];
    for (const [text, value] of whole) {
      await write('whole.yaml', text);
      expect((await reader.yaml('whole.yaml')).value, text).toEqual(value);
    }
  });

  it('yaml: nothing a YAML writer emits is read as cut off (property: the yaml package\'s output of any JSON value)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }).filter((v) => v !== null && typeof v === 'object'), fc.array(fc.string({ unit: fc.constantFrom('a', ' ', '\n', 'é') })), async (value, strings) => {
        const doc = { value, notes: strings, last: strings.join('\n') };
        await write('emitted.yaml', stringifyYaml(doc));
        // Other refusals (a number YAML 1.1 reads as text) are not this rule's: only the cut-off reading is asserted away.
        const refused = await reader.yaml('emitted.yaml').then(() => undefined, (e: Error) => e.message);
        expect(refused ?? '').not.toContain('the block scalar that ends the file');
      }),
      { numRuns: 200 },
    );
  });

  it('yaml: more than 100 alias expansions (billion laughs) are refused', async () => {
    const level = (name: string, ref: string): string => `${name}: &${name} [${Array(10).fill(ref).join(', ')}]`;
    const doc = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]', level('b', '*a'), level('c', '*b'), level('d', '*c'), level('e', '*d')].join('\n') + '\n';
    await write('bomb.yaml', doc);
    const e = await expectFailure(reader.yaml('bomb.yaml'), 'malformed', 'bomb.yaml');
    expect(e.detail.fix).toContain('100');
    expect(records).toEqual([]);
  });

  it('yaml: 101 plain aliases are refused, a handful are fine', async () => {
    const aliases = (n: number): string => 'a: &a x\nl:\n' + Array.from({ length: n }, () => '  - *a').join('\n') + '\n';
    await write('many.yaml', aliases(101));
    await expectFailure(reader.yaml('many.yaml'), 'malformed', 'many.yaml');
    await write('few.yaml', aliases(5));
    const ok = await reader.yaml('few.yaml');
    expect(ok.value).toEqual({ a: 'x', l: ['x', 'x', 'x', 'x', 'x'] });
  });

  it('yaml: a multi-document stream is malformed', async () => {
    await write('multi.yaml', 'status: fail\n---\nstatus: pass\n');
    const e = await expectFailure(reader.yaml('multi.yaml'), 'malformed', 'multi.yaml');
    expect(e.detail.line).toBe(2);
    expect(typeof e.detail.column).toBe('number');
    expect(records).toEqual([]);
  });
});

  it('yaml: a plain number key not written as its number prints (3.10 is the key "3.1") is malformed; quoted, or canonical, it is a key', async () => {
    for (const key of ['3.10', '1.0', '0x1f', '+1', '-0', '.5', '.inf']) {
      await write('k.yaml', `python:\n  ${key}:\n    pass_rate: 95\n`);
      const e = await expectFailure(reader.yaml('k.yaml'), 'malformed', 'k.yaml');
      expect(e.message).toContain(`the plain key ${key} is the number`);
      expect(e.detail.line).toBe(2);
    }
    await write('k.yaml', 'python:\n  "3.10": {pass_rate: 95}\n  3.9: {pass_rate: 90}\n  404: {pass_rate: 1}\n  -1: {pass_rate: 2}\n');
    expect(Object.keys(((await reader.yaml('k.yaml')).value as { python: object }).python)).toEqual(['404', '3.10', '3.9', '-1']);
  });

  it('yaml: the non-specific tag ! on a plain scalar that is no text untagged (! true, ! 12) is malformed: PyYAML resolves it as untagged', async () => {
    for (const [value, reads] of [['true', 'boolean true'], ['12', 'number 12'], ['~', 'null'], ['3.10', 'number 3.1']]) {
      await write('t.yaml', `status: ! ${value}\n`);
      const e = await expectFailure(reader.yaml('t.yaml'), 'malformed', 't.yaml');
      expect(e.message).toContain(`read ${reads}`);
    }
    await write('t.yaml', 'a: ! pass\nb: ! "12"\nc: !!str 12\n');
    expect((await reader.yaml('t.yaml')).value).toEqual({ a: 'pass', b: '12', c: '12' });
  });

  it('yaml: aliases resolve to the anchor defined before them, as the yaml package resolves them', async () => {
    await write('al.yaml', 'a: &x {k: 1}\nb: *x\nc: [&y 2, *y, *x]\n');
    expect((await reader.yaml('al.yaml')).value).toEqual({ a: { k: 1 }, b: { k: 1 }, c: [2, 2, { k: 1 }] });
    await write('al.yaml', 'a: *x\nb: &x 1\n');
    await expectFailure(reader.yaml('al.yaml'), 'malformed', 'al.yaml');
  });

// ---------------------------------------------------------------------------------------------
describe('duplicate_key', () => {
  it('json: a repeated key is duplicate_key, never the last value', async () => {
    await write('a.json', '{"status":"fail","x":1,"status":"pass"}');
    const p = reader.json('a.json');
    await expect(p).rejects.toMatchObject({ code: 'duplicate_key', detail: { path: 'a.json', pointer: '/status', line: 1, column: 24 } });
    const e = await expectFailure(reader.json('a.json'), 'duplicate_key', 'a.json');
    expect(e.message).toContain('status');
    expect(e.message).toContain('a.json:1:24');
    expect(records).toEqual([]);
  });

  it('json: a nested duplicate carries the nested pointer and line', async () => {
    await write('a.json', '{\n  "outer": {\n    "list": [\n      {"k": 1, "k": 2}\n    ]\n  }\n}\n');
    const e = await expectFailure(reader.json('a.json'), 'duplicate_key', 'a.json');
    expect(e.detail.pointer).toBe('/outer/list/0/k');
    expect(e.detail.line).toBe(4);
    expect(e.detail.column).toBe(16);
  });

  it('toml: a repeated key is duplicate_key at its line', async () => {
    await write('a.toml', 'status = "fail"\nstatus = "pass"\n');
    const e = await expectFailure(reader.toml('a.toml'), 'duplicate_key', 'a.toml');
    expect(e.detail.line).toBe(2);
    expect(typeof e.detail.column).toBe('number');
    expect(e.message).toContain('a.toml:2:');
  });

  it('toml: a repeated table is duplicate_key at its line', async () => {
    await write('a.toml', '[gate]\nx = 1\n[gate]\ny = 2\n');
    const e = await expectFailure(reader.toml('a.toml'), 'duplicate_key', 'a.toml');
    expect(e.detail.line).toBe(3);
    expect(typeof e.detail.column).toBe('number');
  });

  it('yaml: a repeated key is duplicate_key at its line', async () => {
    await write('a.yaml', 'status: fail\nx: 1\nstatus: pass\n');
    const e = await expectFailure(reader.yaml('a.yaml'), 'duplicate_key', 'a.yaml');
    expect(e.detail.line).toBe(3);
    expect(e.detail.column).toBe(1);
    expect(e.message).toContain('a.yaml:3:1');
  });

  it('yaml: a stream of several documents is malformed, said in the user\'s words, not the parser library\'s advice', async () => {
    await write('a.yaml', 'kind: Service\nname: a\n---\nkind: Deployment\nname: b\n');
    const e = await expectFailure(reader.yaml('a.yaml'), 'malformed', 'a.yaml');
    expect(e.message).toContain('a stream of several YAML documents');
    expect(e.message).not.toContain('parseAllDocuments');
    expect(e.detail.fix).toContain('one document per file');
  });

  it('yaml: a nested repeated key is duplicate_key', async () => {
    await write('a.yaml', 'outer:\n  k: 1\n  k: 2\n');
    const e = await expectFailure(reader.yaml('a.yaml'), 'duplicate_key', 'a.yaml');
    expect(e.detail.line).toBe(3);
    expect(e.detail.column).toBe(3);
  });
});

// ---------------------------------------------------------------------------------------------
describe('schema', () => {
  const nested: JsonSchema = {
    type: 'object',
    required: ['a'],
    properties: { a: { type: 'object', required: ['b'], properties: { b: { type: 'integer' } } } },
  };
  const closed: JsonSchema = {
    type: 'object',
    properties: { status: { type: 'string' }, count: { type: 'integer' } },
    additionalProperties: false,
  };

  it('json: schema id mismatch names expected and actual', async () => {
    await write('s.json', '{\n  "schema": "pi.other.v1"\n}\n');
    const e = await expectFailure(reader.json('s.json', { schemaId: 'pi.perf.parameter_sweeps.v1' }), 'schema', 's.json');
    expect(e.detail).toMatchObject({ pointer: '/schema', expected: 'pi.perf.parameter_sweeps.v1', actual: 'pi.other.v1', line: 2, column: 3 });
    expect(e.message).toContain('pi.perf.parameter_sweeps.v1');
    expect(e.message).toContain('pi.other.v1');
    expect(records).toEqual([]);
  });

  it('json: an absent schema id is schema', async () => {
    await write('s.json', '{"x": 1}');
    const e = await expectFailure(reader.json('s.json', { schemaId: 'pi.perf.parameter_sweeps.v1' }), 'schema', 's.json');
    expect(e.detail).toMatchObject({ pointer: '/schema', expected: 'pi.perf.parameter_sweeps.v1', actual: 'absent' });
    expect(e.message).toContain('no schema id');
  });

  it('json: a non-string schema id is schema', async () => {
    await write('s.json', '{"schema": 1}');
    const e = await expectFailure(reader.json('s.json', { schemaId: 'pi.perf.parameter_sweeps.v1' }), 'schema', 's.json');
    expect(e.detail).toMatchObject({ pointer: '/schema', actual: 1 });
  });

  it('json: a schema id at a custom pointer', async () => {
    await write('s.json', '{"meta": {"kind": "pi.perf.parameter_sweeps.v1"}}');
    const ok = await reader.json('s.json', { schemaId: 'pi.perf.parameter_sweeps.v1', schemaIdPointer: '/meta/kind' });
    expect(ok.record.schema).toBe('pi.perf.parameter_sweeps.v1');
    const e = await expectFailure(reader.json('s.json', { schemaId: 'pi.other.v1', schemaIdPointer: '/meta/kind' }), 'schema', 's.json');
    expect(e.detail.pointer).toBe('/meta/kind');
  });

  it('json: a missing required field points at /a/b, located at its parent', async () => {
    await write('s.json', '{\n  "a": {\n    "c": 1\n  }\n}\n');
    const e = await expectFailure(reader.json('s.json', { schema: nested }), 'schema', 's.json');
    expect(e.detail).toMatchObject({ pointer: '/a/b', line: 2, column: 3, expected: 'present', actual: 'absent' });
    expect(e.message).toContain('/a/b');
    expect(e.message).toContain('missing required field "b"');
  });

  it('json: a wrong type is schema at the value position', async () => {
    await write('s.json', '{\n  "a": {\n    "b": "seven"\n  }\n}\n');
    const e = await expectFailure(reader.json('s.json', { schema: nested }), 'schema', 's.json');
    expect(e.detail).toMatchObject({ pointer: '/a/b', line: 3, column: 5, expected: 'integer', actual: 'seven' });
    expect(e.message).toContain('must be an integer');
    expect(e.message).toContain('the string "seven"');
  });

  it('json: an additional property suggests the intended name', async () => {
    await write('s.json', '{\n  "status": "pass",\n  "cuont": 3\n}\n');
    const e = await expectFailure(reader.json('s.json', { schema: closed }), 'schema', 's.json');
    expect(e.detail).toMatchObject({ pointer: '/cuont', line: 3, column: 3, actual: 'cuont' });
    expect(e.message).toContain('unknown field "cuont"');
    expect(e.message).toContain('did you mean "count"?');
  });

  it('toml: a schema violation is schema with a pointer', async () => {
    await write('s.toml', '[a]\nb = "seven"\n');
    const e = await expectFailure(reader.toml('s.toml', { schema: nested }), 'schema', 's.toml');
    expect(e.detail).toMatchObject({ pointer: '/a/b', expected: 'integer', actual: 'seven' });
  });

  it('toml: schema id mismatch', async () => {
    await write('s.toml', 'schema = "pi.other.v1"\n');
    const e = await expectFailure(reader.toml('s.toml', { schemaId: 'pi.perf.parameter_sweeps.v1' }), 'schema', 's.toml');
    expect(e.detail).toMatchObject({ pointer: '/schema', expected: 'pi.perf.parameter_sweeps.v1', actual: 'pi.other.v1' });
  });

  it('yaml: a schema violation is schema with pointer and line', async () => {
    await write('s.yaml', 'a:\n  c: 1\n  b: seven\n');
    const e = await expectFailure(reader.yaml('s.yaml', { schema: nested }), 'schema', 's.yaml');
    expect(e.detail).toMatchObject({ pointer: '/a/b', line: 3, column: 6, expected: 'integer', actual: 'seven' });
  });

  it('yaml: a missing required field is located at its parent', async () => {
    await write('s.yaml', 'x: 0\na:\n  c: 1\n');
    const e = await expectFailure(reader.yaml('s.yaml', { schema: nested }), 'schema', 's.yaml');
    expect(e.detail).toMatchObject({ pointer: '/a/b', line: 3, column: 3 });
  });

  it('yaml: schema id mismatch', async () => {
    await write('s.yaml', 'x: 1\nschema: pi.other.v1\n');
    const e = await expectFailure(reader.yaml('s.yaml', { schemaId: 'pi.perf.parameter_sweeps.v1' }), 'schema', 's.yaml');
    expect(e.detail).toMatchObject({ pointer: '/schema', line: 2, column: 9, expected: 'pi.perf.parameter_sweeps.v1', actual: 'pi.other.v1' });
  });

  it('jsonl: a rowSchema violation on row 3 is schema with row 3', async () => {
    const rowSchema: JsonSchema = { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } };
    await write('r.jsonl', '{"id":1}\n{"id":2}\n{"id":"three"}\n{"id":4}\n');
    const seen: number[] = [];
    const p = (async () => {
      for await (const r of reader.jsonl('r.jsonl', { rowSchema })) seen.push(r.row);
    })();
    const e = await expectFailure(p, 'schema', 'r.jsonl');
    expect(e.detail).toMatchObject({ row: 3, pointer: '/id', expected: 'integer', actual: 'three' });
    expect(e.message).toContain('row 3');
    expect(seen).toEqual([1, 2]);
    expect(records).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
describe('freshness', () => {
  const stamp = (offsetMs: number): string => new Date(NOW.getTime() + offsetMs).toISOString();
  const jsonDoc = (generatedAt: string): string => `{\n  "schema": "pi.perf.parameter_sweeps.v1",\n  "generated_at": ${JSON.stringify(generatedAt)}\n}\n`;

  it('json: 8 days old with maxAge 7d is stale', async () => {
    await write('f.json', jsonDoc(stamp(-8 * DAY)));
    const e = await expectFailure(reader.json('f.json', { maxAge: '7d' }), 'stale', 'f.json');
    expect(e.detail).toMatchObject({ pointer: '/generated_at', actual: stamp(-8 * DAY) });
    expect(e.message).toContain('8d');
    expect(e.message).toContain('1w');
    expect(records).toEqual([]);
  });

  it('json: exactly 7 days old is still fresh (boundary)', async () => {
    await write('f.json', jsonDoc(stamp(-7 * DAY)));
    const ok = await reader.json('f.json', { maxAge: '7d' });
    expect(ok.record.generated_at).toBe(stamp(-7 * DAY));
  });

  it('json: 7 days and 1 ms old is stale', async () => {
    await write('f.json', jsonDoc(stamp(-7 * DAY - 1)));
    await expectFailure(reader.json('f.json', { maxAge: '7d' }), 'stale', 'f.json');
  });

  it('json: maxAge given as milliseconds', async () => {
    await write('f.json', jsonDoc(stamp(-2000)));
    await expectFailure(reader.json('f.json', { maxAge: 1000 }), 'stale', 'f.json');
    await expect(reader.json('f.json', { maxAge: 2000 })).resolves.toBeTruthy();
  });

  it('json: 10 minutes in the future is future', async () => {
    await write('f.json', jsonDoc(stamp(10 * 60_000)));
    const e = await expectFailure(reader.json('f.json', { maxAge: '7d' }), 'future', 'f.json');
    expect(e.detail).toMatchObject({ pointer: '/generated_at', actual: stamp(10 * 60_000) });
    expect(e.message).toContain('5m');
  });

  it('json: 4 minutes in the future is within the default 5-minute skew', async () => {
    await write('f.json', jsonDoc(stamp(4 * 60_000)));
    await expect(reader.json('f.json', { maxAge: '7d' })).resolves.toMatchObject({ record: { generated_at: stamp(4 * 60_000) } });
  });

  it('json: exactly 5 minutes ahead is accepted, 5 minutes + 1 ms is future', async () => {
    await write('a.json', jsonDoc(stamp(5 * 60_000)));
    await expect(reader.json('a.json', { maxAge: '7d' })).resolves.toBeTruthy();
    await write('b.json', jsonDoc(stamp(5 * 60_000 + 1)));
    await expectFailure(reader.json('b.json', { maxAge: '7d' }), 'future', 'b.json');
  });

  it('json: a custom futureSkew', async () => {
    await write('f.json', jsonDoc(stamp(4 * 60_000)));
    await expectFailure(reader.json('f.json', { maxAge: '7d', futureSkew: '1m' }), 'future', 'f.json');
  });

  it('json: missing generated_at with maxAge is schema', async () => {
    await write('f.json', '{"schema": "pi.perf.parameter_sweeps.v1"}');
    const e = await expectFailure(reader.json('f.json', { maxAge: '7d' }), 'schema', 'f.json');
    expect(e.detail).toMatchObject({ pointer: '/generated_at', actual: 'absent' });
    expect(e.message).toContain('/generated_at');
  });

  it('json: an impossible date is schema', async () => {
    await write('f.json', jsonDoc('2026-02-30T00:00:00Z'));
    const e = await expectFailure(reader.json('f.json', { maxAge: '7d' }), 'schema', 'f.json');
    expect(e.detail).toMatchObject({ pointer: '/generated_at', actual: '2026-02-30T00:00:00Z' });
    expect(e.message).toContain('not a real date');
  });

  it('json: an offset-less timestamp is schema (it would be read as local time)', async () => {
    await write('f.json', jsonDoc('2026-01-01T00:00:00'));
    const e = await expectFailure(reader.json('f.json', { maxAge: '7d' }), 'schema', 'f.json');
    expect(e.detail).toMatchObject({ pointer: '/generated_at', actual: '2026-01-01T00:00:00' });
    expect(e.message).toContain('add a UTC offset');
  });

  it('json: a numeric timestamp is schema', async () => {
    await write('f.json', `{"generated_at": ${NOW.getTime()}}`);
    const e = await expectFailure(reader.json('f.json', { maxAge: '7d' }), 'schema', 'f.json');
    expect(e.detail).toMatchObject({ pointer: '/generated_at', actual: NOW.getTime() });
  });

  it('json: a custom generatedAt pointer', async () => {
    await write('f.json', JSON.stringify({ meta: { created: stamp(-8 * DAY) }, generated_at: stamp(0) }));
    const e = await expectFailure(reader.json('f.json', { maxAge: '7d', generatedAt: '/meta/created' }), 'stale', 'f.json');
    expect(e.detail.pointer).toBe('/meta/created');
    await write('g.json', JSON.stringify({ meta: { created: stamp(-1 * DAY) }, generated_at: stamp(-30 * DAY) }));
    const ok = await reader.json('g.json', { maxAge: '7d', generatedAt: '/meta/created' });
    expect(ok.record.generated_at).toBe(stamp(-1 * DAY));
    await write('h.json', JSON.stringify({ generated_at: stamp(0) }));
    const missing = await expectFailure(reader.json('h.json', { maxAge: '7d', generatedAt: '/meta/created' }), 'schema', 'h.json');
    expect(missing.detail.pointer).toBe('/meta/created');
  });

  it('yaml: stale and future', async () => {
    await write('old.yaml', `generated_at: "${stamp(-8 * DAY)}"\n`);
    await expectFailure(reader.yaml('old.yaml', { maxAge: '7d' }), 'stale', 'old.yaml');
    await write('new.yaml', `generated_at: "${stamp(10 * 60_000)}"\n`);
    await expectFailure(reader.yaml('new.yaml', { maxAge: '7d' }), 'future', 'new.yaml');
    await write('ok.yaml', `generated_at: "${stamp(-DAY)}"\n`);
    await expect(reader.yaml('ok.yaml', { maxAge: '7d' })).resolves.toMatchObject({ record: { generated_at: stamp(-DAY) } });
  });

  it('toml: a quoted timestamp is checked; a native TOML datetime is refused as schema', async () => {
    await write('old.toml', `generated_at = "${stamp(-8 * DAY)}"\n`);
    await expectFailure(reader.toml('old.toml', { maxAge: '7d' }), 'stale', 'old.toml');
    await write('native.toml', `generated_at = ${stamp(-DAY)}\n`);
    const e = await expectFailure(reader.toml('native.toml', { maxAge: '7d' }), 'schema', 'native.toml');
    expect(e.detail.pointer).toBe('/generated_at');
  });
});

// ---------------------------------------------------------------------------------------------
describe('outside_root', () => {
  let outside: string;
  beforeEach(async () => {
    outside = await tempDir();
    for (const format of [...WHOLE, 'jsonl'] as const) {
      const content = format === 'toml' ? 'a = 1\n' : format === 'yaml' ? 'a: 1\n' : '{"a":1}\n';
      await write(`secret.${EXT[format]}`, content, outside);
    }
  });

  for (const format of [...WHOLE, 'jsonl'] as const) {
    const read = (rel: string): Promise<unknown> => (format === 'jsonl' ? collect(reader.jsonl(rel)) : readWhole(format, rel));
    const name = `secret.${EXT[format]}`;

    it(`${format}: ../ is outside_root`, async () => {
      const rel = `../${path.basename(outside)}/${name}`;
      await expectFailure(read(rel), 'outside_root', rel);
      expect(records).toEqual([]);
    });

    it(`${format}: a dotted path escaping after a subdirectory is outside_root`, async () => {
      const rel = `sub/../../x.${EXT[format]}`;
      await expectFailure(read(rel), 'outside_root', rel);
    });

    it(`${format}: an absolute path is outside_root`, async () => {
      const rel = path.join(outside, name);
      await expectFailure(read(rel), 'outside_root', rel);
      expect(records).toEqual([]);
    });

    it(`${format}: a symlink inside the root pointing outside is outside_root`, async () => {
      const rel = `link.${EXT[format]}`;
      await fs.symlink(path.join(outside, name), path.join(root, rel));
      const e = await expectFailure(read(rel), 'outside_root', rel);
      expect(e.message).toContain('symlink');
      expect(records).toEqual([]);
    });

    it(`${format}: a symlinked directory pointing outside is outside_root`, async () => {
      await fs.symlink(outside, path.join(root, 'ext'));
      const rel = `ext/${name}`;
      await expectFailure(read(rel), 'outside_root', rel);
    });
  }

  it('a symlink that stays inside the root is read normally', async () => {
    await write('real.json', '{"a": 1}');
    await fs.symlink(path.join(root, 'real.json'), path.join(root, 'alias.json'));
    const ok = await reader.json('alias.json');
    expect(ok.value).toEqual({ a: 1 });
    expect(ok.path).toBe('alias.json');
  });
});

// ---------------------------------------------------------------------------------------------
describe('jsonl', () => {
  it('yields rows numbered by line, counting (but skipping) blank lines', async () => {
    await write('r.jsonl', '{"n":1}\n\n{"n":2}\n   \n\n{"n":3}\n');
    const rows = await collect(reader.jsonl('r.jsonl'));
    expect(rows.map((r) => [r.row, r.value])).toEqual([
      [1, { n: 1 }],
      [3, { n: 2 }],
      [6, { n: 3 }],
    ]);
  });

  it('a malformed row 7 of 10 is malformed with row 7', async () => {
    const lines = Array.from({ length: 10 }, (_, i) => (i === 6 ? '{"n": 7,,}' : JSON.stringify({ n: i + 1 })));
    await write('r.jsonl', lines.join('\n') + '\n');
    const seen: number[] = [];
    const p = (async () => {
      for await (const r of reader.jsonl('r.jsonl')) seen.push(r.row);
    })();
    const e = await expectFailure(p, 'malformed', 'r.jsonl');
    expect(e.detail.row).toBe(7);
    expect(e.detail.line).toBeUndefined();
    expect(e.detail.column).toBe(9);
    expect(e.message).toContain('row 7');
    expect(e.where).toBe('r.jsonl row 7');
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
    expect(records).toEqual([]);
  });

  it('a duplicate key in row 4 is duplicate_key with row 4', async () => {
    await write('r.jsonl', '{"a":1}\n{"a":2}\n{"a":3}\n{"status":"fail","status":"pass"}\n{"a":5}\n');
    const e = await expectFailure(collect(reader.jsonl('r.jsonl')), 'duplicate_key', 'r.jsonl');
    expect(e.detail).toMatchObject({ row: 4, pointer: '/status', column: 18 });
    expect(e.message).toContain('row 4');
  });

  it('CRLF line endings work', async () => {
    await write('r.jsonl', '{"n":1}\r\n{"n":2}\r\n\r\n{"n":3}\r\n');
    const rows = await collect(reader.jsonl('r.jsonl'));
    expect(rows.map((r) => [r.row, r.value])).toEqual([
      [1, { n: 1 }],
      [2, { n: 2 }],
      [4, { n: 3 }],
    ]);
  });

  it('a file without a trailing newline yields its last row', async () => {
    await write('r.jsonl', '{"n":1}\n{"n":2}');
    const rows = await collect(reader.jsonl('r.jsonl'));
    expect(rows.map((r) => [r.row, r.value])).toEqual([
      [1, { n: 1 }],
      [2, { n: 2 }],
    ]);
  });

  it('a malformed last row without trailing newline is malformed with its row', async () => {
    await write('r.jsonl', '{"n":1}\n{"n":');
    const e = await expectFailure(collect(reader.jsonl('r.jsonl')), 'malformed', 'r.jsonl');
    expect(e.detail.row).toBe(2);
  });

  it('invalid UTF-8 in the middle is malformed, naming the row that holds it', async () => {
    const bytes = Buffer.concat([Buffer.from('{"n":1}\n{"n":2}\n{"s":"'), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('"}\n{"n":4}\n')]);
    await write('r.jsonl', bytes);
    const e = await expectFailure(collect(reader.jsonl('r.jsonl')), 'malformed', 'r.jsonl');
    expect(e.message).toMatch(/UTF-8/);
    expect(records).toEqual([]);
    // The bad bytes are on line 3.
    expect(e.detail.row).toBe(3);
    expect(e.message).toContain('row 3');
  });

  it('nonIntegerNumbers per row', async () => {
    await write('r.jsonl', '{"a":500.0,"b":5}\n');
    const [row] = await collect(reader.jsonl('r.jsonl'));
    expect(row!.value).toEqual({ a: 500, b: 5 });
    expect([...row!.nonIntegerNumbers]).toEqual(['/a']);
  });

  it('onRecord receives path, sha256 and bytes, only after full iteration', async () => {
    const bytes = await write('r.jsonl', '{"n":1}\n{"n":2}\n\n{"n":3}');
    const it = reader.jsonl('r.jsonl')[Symbol.asyncIterator]();
    expect((await it.next()).done).toBe(false);
    expect(records).toEqual([]);
    expect((await it.next()).done).toBe(false);
    expect((await it.next()).done).toBe(false);
    expect(records).toEqual([]);
    expect((await it.next()).done).toBe(true);
    expect(records).toEqual([{ path: 'r.jsonl', sha256: sha256(bytes), bytes: bytes.length }]);
  });

  it('onRecord is not called when iteration stops early', async () => {
    await write('r.jsonl', '{"n":1}\n{"n":2}\n');
    for await (const row of reader.jsonl('r.jsonl')) {
      expect(row.row).toBe(1);
      break;
    }
    expect(records).toEqual([]);
  });

  it('a large file spanning many chunks is hashed and numbered correctly', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ i, pad: 'é'.repeat(10 + (i % 37)) }));
    const bytes = await write('big.jsonl', lines.join('\n') + '\n');
    expect(bytes.length).toBeGreaterThan(256 * 1024 * 2);
    let count = 0;
    for await (const row of reader.jsonl('big.jsonl')) {
      expect(row.row).toBe(count + 1);
      expect((row.value as { i: number }).i).toBe(count);
      count++;
    }
    expect(count).toBe(20_000);
    expect(records).toEqual([{ path: 'big.jsonl', sha256: sha256(bytes), bytes: bytes.length }]);
  });

  it('a final line longer than maxLineBytes is malformed', async () => {
    await write('r.jsonl', `{"n":1}\n{"s":"${'x'.repeat(200)}"}`);
    const e = await expectFailure(collect(readJsonlRows(root, 'r.jsonl', { maxLineBytes: 64 })), 'malformed', 'r.jsonl');
    expect(e.detail.row).toBe(2);
    expect(e.message).toContain('row 2');
    expect(e.message).toContain('64');
  });

  it('a newline-terminated line longer than maxLineBytes is malformed', async () => {
    await write('r.jsonl', `{"n":1}\n{"s":"${'x'.repeat(200)}"}\n{"n":3}\n`);
    const e = await expectFailure(collect(readJsonlRows(root, 'r.jsonl', { maxLineBytes: 64 })), 'malformed', 'r.jsonl');
    expect(e.detail.row).toBe(2);
    expect(e.message).toContain('row 2');
  });

  it('maxLineBytes counts bytes, not characters', async () => {
    // 9 ASCII + 30 three-byte characters: 39 characters but 99 bytes.
    await write('r.jsonl', `{"n":1}\n{"s":"${'€'.repeat(30)}"}`);
    const e = await expectFailure(collect(readJsonlRows(root, 'r.jsonl', { maxLineBytes: 64 })), 'malformed', 'r.jsonl');
    expect(e.detail.row).toBe(2);
  });

  it('lines within maxLineBytes are fine', async () => {
    await write('r.jsonl', '{"n":1}\n{"n":2}\n');
    const rows = await collect(readJsonlRows(root, 'r.jsonl', { maxLineBytes: 64 }));
    expect(rows).toHaveLength(2);
  });

  it('readJsonlRows reports its record through onComplete', async () => {
    const bytes = await write('r.jsonl', '{"n":1}\n');
    const got: ArtifactRecord[] = [];
    await collect(readJsonlRows(root, 'r.jsonl', {}, (r) => got.push(r)));
    expect(got).toEqual([{ path: 'r.jsonl', sha256: sha256(bytes), bytes: bytes.length }]);
  });
});

// ---------------------------------------------------------------------------------------------
describe('records', () => {
  it('json: record has path, bytes and sha256 of the file', async () => {
    const bytes = await write('sub/a.json', '{"a": 1}\n');
    const art = await reader.json('./sub/a.json');
    expect(art.path).toBe('sub/a.json');
    expect(art.value).toEqual({ a: 1 });
    expect(records).toEqual([{ path: 'sub/a.json', sha256: sha256(bytes), bytes: bytes.length }]);
    expect(art.record).toEqual(records[0]);
  });

  it('toml: record has path, bytes and sha256 of the file', async () => {
    const bytes = await write('a.toml', 'a = 1\n[t]\nb = "x"\n');
    const art = await reader.toml('a.toml');
    expect(art.value).toEqual({ a: 1, t: { b: 'x' } });
    expect(records).toEqual([{ path: 'a.toml', sha256: sha256(bytes), bytes: bytes.length }]);
  });

  it('yaml: record has path, bytes and sha256 of the file', async () => {
    const bytes = await write('a.yaml', 'a: 1\nt:\n  b: x\n');
    const art = await reader.yaml('a.yaml');
    expect(art.value).toEqual({ a: 1, t: { b: 'x' } });
    expect(records).toEqual([{ path: 'a.yaml', sha256: sha256(bytes), bytes: bytes.length }]);
  });

  it('text: record has path, bytes and sha256 of the file (multi-byte UTF-8)', async () => {
    const bytes = await write('a.txt', 'héllo → wörld\n');
    const art = await reader.text('a.txt');
    expect(art.text).toBe('héllo → wörld\n');
    expect(bytes.length).toBeGreaterThan(art.text.length);
    expect(records).toEqual([{ path: 'a.txt', sha256: sha256(bytes), bytes: bytes.length }]);
  });

  it('json: the record carries schema and generated_at', async () => {
    const generated = new Date(NOW.getTime() - DAY).toISOString();
    const bytes = await write('p.json', JSON.stringify({ schema: 'pi.perf.parameter_sweeps.v1', generated_at: generated, rows: [] }));
    const art = await reader.json('p.json', { schemaId: 'pi.perf.parameter_sweeps.v1', maxAge: '7d' });
    const expected = { path: 'p.json', sha256: sha256(bytes), bytes: bytes.length, schema: 'pi.perf.parameter_sweeps.v1', generated_at: generated };
    expect(art.record).toEqual(expected);
    expect(records).toEqual([expected]);
  });

  it('json: schema is recorded even without a schemaId expectation; generated_at only with a freshness check', async () => {
    await write('p.json', JSON.stringify({ schema: 'pi.x.v1', generated_at: NOW.toISOString() }));
    const art = await reader.json('p.json');
    expect(art.record.schema).toBe('pi.x.v1');
    expect(art.record.generated_at).toBeUndefined();
  });

  it('yaml: the record carries schema and generated_at', async () => {
    const generated = new Date(NOW.getTime() - DAY).toISOString();
    await write('p.yaml', `schema: pi.y.v1\ngenerated_at: "${generated}"\n`);
    const art = await reader.yaml('p.yaml', { schemaId: 'pi.y.v1', maxAge: '7d' });
    expect(art.record).toMatchObject({ schema: 'pi.y.v1', generated_at: generated });
  });
});

// ---------------------------------------------------------------------------------------------
describe('value semantics', () => {
  it('yaml 1.2 core: an impossible date stays a string; quoted yes/no/on/off stay strings, a timestamp stays text', async () => {
    await write('a.yaml', 'd: 2024-06-31\nb: "yes"\n"n": \'no\'\n"on": "off"\nt: 2026-03-10T12:00:00Z\nx: 0x1F\nf: 1.5\n');
    const art = await reader.yaml('a.yaml');
    expect(art.value).toEqual({ d: '2024-06-31', b: 'yes', n: 'no', on: 'off', t: '2026-03-10T12:00:00Z', x: 31, f: 1.5 });
  });

  it.each([
    ['b: yes\n', 'plain scalar yes'],
    ['k: No\n', 'plain scalar No'],
    ['on: 1\n', 'plain scalar on'],
    ['a: y\n', 'plain scalar y'],
    ['%YAML 1.1\n---\na: 010\n', 'number 10 under YAML 1.2 but number 8 under YAML 1.1'],
    ['a: 010\n', 'number 8 under YAML 1.1'],
    ['a: 0o10\n', 'the string "0o10" under YAML 1.1'],
    ['a: 0b101\n', 'number 5 under YAML 1.1'],
    ['a: 1_000\n', 'number 1000 under YAML 1.1'],
    ['a: 1:30\n', 'number 90 under YAML 1.1'],
    ['a: [1, off]\n', 'plain scalar off'],
    ['b: &x {k: 1}\nc:\n  <<: *x\n', 'the key << merges'],
  ])('yaml: %j reads differently under YAML 1.1 and 1.2: malformed (%s)', async (text, why) => {
    await write('a.yaml', text);
    const e = await reader.yaml('a.yaml').then(() => undefined, (err: unknown) => err);
    expect((e as { code?: string }).code).toBe('malformed');
    expect((e as Error).message).toContain(why);
    expect((e as Error).message).toContain('depends on the YAML version');
  });

  it('json: nonIntegerNumbers records 500.0 and exponents', async () => {
    await write('a.json', '{"a":500.0,"b":500,"c":[1,2.5,3e2],"d":{"e":1E0}}');
    const art = await reader.json('a.json');
    expect(art.value).toEqual({ a: 500, b: 500, c: [1, 2.5, 300], d: { e: 1 } });
    expect(art.nonIntegerNumbers.has('/a')).toBe(true);
    expect(art.nonIntegerNumbers.has('/b')).toBe(false);
    expect([...art.nonIntegerNumbers].sort()).toEqual(['/a', '/c/1', '/c/2', '/d/e']);
  });

  it('json: a UTF-8 BOM is not part of the document', async () => {
    await write('a.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":1}')]));
    const art = await reader.json('a.json');
    expect(art.value).toEqual({ a: 1 });
  });
});
