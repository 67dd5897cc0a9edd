/**
 * Structured text evidence (XML, HTML, CSV, JSONC, JSON5) is checked by the text reader: a file cut off mid-write
 * or garbled is `malformed` with its line and column, a sound one passes. Property: any strict prefix of a
 * well-formed XML report is refused, unless the prefix is itself well-formed.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ArtifactError } from '../../src/artifacts/errors.js';
import { jsoncToJson } from '../../src/artifacts/jsonc.js';
import { createReader, type ArtifactReader } from '../../src/artifacts/reader.js';
import { checkTextFormat, structuredContent, textFormatOf, type TextFormat } from '../../src/artifacts/text-formats.js';
import { checkXml, hollowXmlReason } from '../../src/artifacts/xml.js';
import { whyNotUtf8 } from '../../src/util/utf8.js';
import { rejection } from '../helpers/errors.js';
import { removeTempDirs, tempDir } from '../helpers/fs.js';

const NOW = new Date('2026-03-15T12:00:00.000Z');

/** The refusal of `text` read as `format`, or undefined when it is accepted. */
async function refusal(format: TextFormat, text: string): Promise<ArtifactError | undefined> {
  try {
    await checkTextFormat('r', text, format);
    return undefined;
  } catch (e) {
    if (e instanceof ArtifactError) return e;
    throw e;
  }
}

async function expectMalformed(format: TextFormat, text: string, at: string, says: string): Promise<void> {
  const e = await refusal(format, text);
  expect(e?.code, `${format}: ${JSON.stringify(text)}`).toBe('malformed');
  expect(e?.message).toContain(`r:${at}: `);
  expect(e?.message).toContain(says);
  expect(e?.detail.fix).toBeTruthy();
}

async function expectSound(format: TextFormat, text: string): Promise<void> {
  expect((await refusal(format, text))?.message, `${format}: ${JSON.stringify(text)}`).toBeUndefined();
}

describe('text formats by extension', () => {
  it('names the structured text formats the reader checks, by the extension of the file the path opens', () => {
    expect(['a.xml', 'A.XML', 'r.html', 'r.htm', 'b.csv', 'c.jsonc', 'd.json5', 'r.xml/'].map(textFormatOf)).toEqual(['xml', 'xml', 'html', 'html', 'csv', 'jsonc', 'json5', 'xml']);
    // Other delimited tables share the table reader (red team zi, session 45: `.tsv` was plain text, so a header alone passed).
    expect(['a.tsv', 'B.TSV', 'c.tab', 'd.psv'].map(textFormatOf)).toEqual(Array(4).fill('csv'));
    expect(['a.txt', 'a.json', 'a.xhtml', 'a.svg', 'xml', 'tsv', 'Makefile'].map(textFormatOf)).toEqual(Array(7).fill('plain'));
  });
});

describe('XML', () => {
  it.each([
    ['<testsuites><testsuite name="a">', '1:32', 'unclosed tag: testsuite'],
    ['<a><b></b><', '1:11', 'unclosed tag'],
    ['<?xml version="1.0"?>\n', '2:1', 'document must contain a root element'],
    ['<a/>trailing', '1:12', 'text data outside of root node'],
    ['<a/><b/>', '1:7', 'documents may contain only one root'],
    ['\n<?xml version="1.0"?><a/>', '2:6', 'an XML declaration must be at the start'],
    ['<a><?xml version="1.0"?></a>', '1:9', 'an XML declaration must be at the start'],
    ['<a><b></a>', '1:10', 'unexpected close tag'],
    ['<a x="1" x="2"/>', '1:16', 'duplicate attribute'],
    ['<a>AT&T</a>', '1:11', 'not well-formed XML'],
    ['<a>&nbsp;</a>', '1:9', 'undefined entity'],
    ['<a/><!-- cut', '1:12', 'unexpected end'],
    ['<a>\u0001</a>', '1:4', 'disallowed character'],
    ['<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', '1:30', 'its DOCTYPE declares an internal subset'],
    ['<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>', '1:54', 'its DOCTYPE declares an internal subset'],
  ])('%j is malformed at %s', async (text, at, says) => {
    await expectMalformed('xml', text, at, says);
  });

  it.each([
    '<a/>',
    '<?xml version="1.0" encoding="UTF-8"?>\r\n<!-- c --><?pi x?>\n<a xmlns:x="urn:x"><x:b><![CDATA[<&]]>&lt;&#65;&#x42;</x:b></a>\n<!-- after -->\n',
    '<!DOCTYPE a SYSTEM "a[1].dtd"><a/>',
    '<!DOCTYPE a PUBLIC "-//x//DTD x//EN" "x.dtd">\n<a/>',
    '<a xsi:type="t"/>',
  ])('%j is well-formed', async (text) => {
    await expectSound('xml', text);
  });
});

describe('XML that holds nothing', () => {
  it('is judged on attribute values and text, not on lines', async () => {
    for (const hollow of ['<a/>', '<a>\n  <b>  </b>\n</a>', '<a x="TODO"><b y=""/></a>', '<a><![CDATA[ ]]><!-- real words in a comment --></a>', '<testsuites xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="junit.xsd"/>', '<r xmlns="urn:x" xml:lang="en"><s xs:schemaLocation="urn:x r.xsd"/></r>']) {
      expect(await hollowXmlReason(hollow), hollow).toContain('no attribute value or text');
    }
    for (const content of ['<testsuite name="a" tests="1"><testcase name="t"/></testsuite>', '<a tests="0"/>', '<a xmlns="urn:x" name="suite"/>', '<a><![CDATA[output]]></a>', '<a>\n  text\n</a>']) {
      expect(await hollowXmlReason(content), content).toBeUndefined();
    }
  });
});

describe('delimited tables named by their extension (.tsv, .tab, .psv)', () => {
  const at = async (name: string, text: string) => {
    try {
      await checkTextFormat(name, text, textFormatOf(name));
      return { table: await structuredContent(name, text, textFormatOf(name)) };
    } catch (e) {
      if (e instanceof ArtifactError) return { refused: e };
      throw e;
    }
  };
  it('split by the delimiter their extension names, never one guessed from the header (red team zi)', async () => {
    // One column: a comma in a row of a .tsv is text (guessed from the header, `,` would split it into two fields).
    expect(await at('names.tsv', 'test_name\nlexer handles 1,000 tokens, then stops\n')).toEqual({ table: { records: 2, rowContent: true } });
    expect(await at('r.psv', 'name|status\nparse, lex|passed\n')).toEqual({ table: { records: 2, rowContent: true } });
    expect(await at('r.tsv', 'benchmark\tmean_ms\tp95_ms\n')).toEqual({ table: { records: 1, rowContent: false } });
    expect(await at('r.tab', 'a\tb\r\nTODO\t\r\n')).toEqual({ table: { records: 2, rowContent: false } });
    const ragged = await at('r.tsv', 'a\tb\tc\n1\t2\n');
    expect(ragged.refused?.code).toBe('malformed');
    expect(ragged.refused?.message).toContain('r.tsv:2:1: not a well-formed TSV table: this record has 2 fields, the header (line 1) has 3');
  });
});

describe('CSV', () => {
  it.each([
    ['a,b,c\n1,2,3\n4,5', '3:1', 'this record has 2 fields, the header (line 1) has 3'],
    ['a,b\n1,"open\n2,3\n', '2:3', 'a quoted field opened here is never closed'],
    ['a,b\n"x"y,2\n', '2:4', 'text follows the closing quote'],
    ['a,b\r\n1,2,3\r\n', '2:1', 'this record has 3 fields'],
    ['a;b\n1;2;3\n', '2:1', 'this record has 3 fields'],
    ['\uFEFF"a, b",c\r\n"1, 2","x\r\ny', '2:8', 'a quoted field opened here is never closed'],
  ])('%j is malformed at %s', async (text, at, says) => {
    await expectMalformed('csv', text, at, says);
  });

  it.each(['a,b\n1,2', 'a,b\r\n"x, ""y""",2\r\n', 'a,b\n"two\nlines",2\n\n\n', 'a;b\n1,5;2,3\n', 'a\tb\nx\t"y"\n', 'name\nx\n', 'a,b\n5" screen,1\n', 'a,b\n,\n', '\uFEFF"Name, full",Age\r\n"Doe, J",30\r\n', '\uFEFF"Name, full";Age\r\n"Doe, J";30', '\uFEFF"Note\r\nx",b\r\n"a\r\nb",1\r\n'])('%j is well-formed', async (text) => {
    await expectSound('csv', text);
  });
});

describe('HTML', () => {
  it.each([
    ['<!DOCTYPE html><body><div class="x', '1:35', 'the file ends inside a tag'],
    ['<body><div>\n<span>text', '2:1', 'the <span> opened here is never closed'],
    ['<body><table><tr><td>1', '1:7', 'the <table> opened here is never closed'],
    ['<p>x<!-- cut', '1:13', 'the file ends inside a comment'],
    ['<style>a {', '1:11', 'the file ends inside an element of raw text'],
    ['<body><xmp>x', '1:13', 'the file ends inside an element of raw text'],
    // A report cut between two top-level blocks of its body: every element but <html> is closed.
    ['<!doctype html>\n<html lang="en">\n<body>\n<div class="wrapper"><h1>All files</h1></div>\n', '2:1', 'the <html> opened here is never closed (no </html>)'],
    ['<html><head><title>Coverage</title>\n', '1:1', 'the <html> opened here is never closed'],
    ['<!doc', '1:1', 'the file ends inside a declaration or comment'],
    ['<html><body><p>a</p></body></html>\n<?xml-stylesheet', '2:1', 'the file ends inside a declaration or comment'],
  ])('%j is malformed at %s', async (text, at, says) => {
    await expectMalformed('html', text, at, says);
  });

  it.each([
    '<!DOCTYPE html><html><head><title>t</title></head><body><p>a<ul><li>b<li>c</ul></body></html>',
    '<p>text',
    '<table><tr><td>1<td>2</table>',
    '<div>a</div><br><img src=x><svg><path d="M0"/></svg><p>end',
    '<div><b>x</div>',
    '<body><plaintext>everything after is text, <div> included',
    '<!DOCTYPE html>\n<html lang="en">\n<head><title>r</title></head>\n<body><div>a</div></body>\n</html>\n  ',
    '<!doctype html><title>minimal</title><p>no html tags at all',
    '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><body><table><tr><td class="title">LCOV</td></tr></table><br></body></html>\n',
  ])('%j is complete', async (text) => {
    await expectSound('html', text);
  });
});

describe('JSONC and JSON5', () => {
  it('blanks comments and trailing commas in place, strings untouched', () => {
    const text = '{ // c\n "a": [1, 2, /* x */ ], "s": "// ,] /*", }';
    const json = jsoncToJson(text);
    expect(json).toHaveLength(text.length);
    expect(JSON.parse(json)).toEqual({ a: [1, 2], s: '// ,] /*' });
    expect(() => JSON.parse(jsoncToJson('[,]'))).toThrow();
    expect(() => JSON.parse(jsoncToJson('{"a":1,,}'))).toThrow();
  });

  it('refuses a JSONC or JSON5 file cut off, naming line and column', async () => {
    await expectMalformed('jsonc', '{\n  // c\n  "a": [1,', '3:11', 'unexpected end of input');
    await expectMalformed('jsonc', '{"a": 1} /* cut', '1:10', 'unexpected');
    await expectMalformed('json5', "{\n  a: 1,\n  b: 'x", '3:8', 'not valid JSON5: invalid end of input');
    await expectSound('jsonc', '{"a": 1, /* c */}\n// end');
    await expectSound('json5', "{a: 1, b: 'x', c: 0x10, d: [1,],}");
  });

  it('keeps duplicate_key for a JSONC document, as for JSON', async () => {
    expect((await refusal('jsonc', '{"a": 1, "a": 2}'))?.code).toBe('duplicate_key');
  });
});

describe('what structured text holds', () => {
  it('is the value of a JSONC or JSON5 document, the record count of a CSV table, nothing for the others', async () => {
    expect(await structuredContent('r', '{"a": [1,], // c\n}', 'jsonc')).toEqual({ value: { a: [1] } });
    expect(await structuredContent('r', "{a: 'x'}", 'json5')).toEqual({ value: { a: 'x' } });
    expect(await structuredContent('r', 'a,b\n\n1,"2\n3"\n', 'csv')).toEqual({ records: 2, rowContent: true });
    expect(await structuredContent('r', '<a/>', 'xml')).toBeUndefined();
  });

  it('says whether a CSV table holds anything below its header: rows of empty, blank or placeholder fields hold nothing', async () => {
    const rows = async (text: string) => ((await structuredContent('r', text, 'csv')) as { rowContent: boolean }).rowContent;
    for (const stub of ['name,status\n,\n', 'name,status\n,\nTODO,N/A\n', 'a;b\n"";" "\n', 'a,b\r\n"TODO","${X}"\r\n,\r\n', 'a\n\u200b\n\nnull']) {
      expect(await rows(stub), stub).toBe(false);
    }
    for (const table of ['name,status\n,\nparse,ok\n', 'a,b\n,0', 'a,b\nTODO,"x ""quoted"""\n', 'a\n"two\nlines"', 'n,v\n,\n,\nlast,1']) {
      expect(await rows(table), table).toBe(true);
    }
  });
});

describe('bytes that are not UTF-8', () => {
  it('says what they are: another encoding, a compressed file, a character cut at the end', () => {
    expect(whyNotUtf8(Buffer.from([0xff, 0xfe, 0x3c, 0x00]))?.why).toContain('UTF-16');
    expect(whyNotUtf8(Buffer.from([0xfe, 0xff, 0x00, 0x3c]))?.why).toContain('UTF-16');
    expect(whyNotUtf8(Buffer.from([0x1f, 0x8b, 0x08, 0x00]))?.why).toBe('it is gzip-compressed');
    expect(whyNotUtf8(Buffer.from('caf\u00e9 \u2713', 'utf8').subarray(0, -1))?.why).toContain('ends in the middle of a multi-byte character');
    expect(whyNotUtf8(Buffer.from('caf\u00e9', 'utf8').subarray(0, -1))?.why).toContain('ends in the middle of a multi-byte character');
    // An invalid byte inside the text, or a stray continuation byte at the end, is no cut: nothing more is said.
    expect(whyNotUtf8(Buffer.from([0x61, 0xff, 0x62]))).toBeUndefined();
    expect(whyNotUtf8(Buffer.from([0x61, 0x80]))).toBeUndefined();
    expect(whyNotUtf8(Buffer.from([0xff, 0x61, 0xc3]))).toBeUndefined();
  });
});

describe('NUL in text', () => {
  it('refuses a NUL in any text read, saying UTF-16 when every other character is one', async () => {
    const utf16 = Buffer.from('Release notes: all green\n', 'utf16le').toString('utf8');
    await expectMalformed('plain', utf16, '1:2', 'text holds a NUL character: it looks like UTF-16 without a byte-order mark');
    await expectMalformed('plain', 'log line\n\0\0\0\0\nmore', '2:1', 'text holds a NUL character: a torn write');
    await expectMalformed('xml', '<a>\0</a>', '1:4', 'text holds a NUL character');
    await expectSound('plain', 'no NUL here, but \\0 and U+2400 \u2400\n');
  });
});

describe('the text reader', () => {
  let root: string;
  let reader: ArtifactReader;
  beforeEach(async () => {
    root = await tempDir();
    reader = createReader(root, NOW, () => undefined);
  });
  afterAll(removeTempDirs);
  const write = async (rel: string, content: string | Buffer): Promise<void> => {
    await fs.mkdir(path.dirname(path.join(root, rel)), { recursive: true });
    await fs.writeFile(path.join(root, rel), content);
  };

  it('checks a .xml by its name and any file under format xml; a BOM is no error', async () => {
    await write('junit.xml', '<testsuites><testsuite name="a">');
    await write('junit.out', '<testsuites><testsuite name="a">');
    await write('ok.xml', '\uFEFF<?xml version="1.0"?><a/>');
    expect((await rejection(reader.text('junit.xml'))).message).toBe('junit.xml:1:32: not well-formed XML: unclosed tag: testsuite');
    expect((await reader.text('junit.out')).text).toContain('testsuites');
    expect((await rejection(reader.text('junit.out', { format: 'xml' }))).code).toBe('malformed');
    expect((await reader.text('ok.xml')).text).toBe('<?xml version="1.0"?><a/>');
  });

  it('refuses a cut-off JUnit report gate-engine wrote as engine output, not as malformed XML', async () => {
    await write('junit.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="gate-engine" tests="1" failures="0">\n  <testsuite name="gate-engine full lane" tes');
    expect((await rejection(reader.text('junit.xml'))).code).toBe('engine_output');
  });

  it('names UTF-16 and gzip in the refusal of a file that is not UTF-8', async () => {
    await write('utf16.xml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<a/>', 'utf16le')]));
    const e = await rejection(reader.text('utf16.xml'));
    expect(e.code).toBe('malformed');
    expect(e.message).toBe('utf16.xml is not valid UTF-8 text: it is UTF-16 or UTF-32 (it starts with a little-endian byte-order mark)');
  });
});

/** A JUnit-like report: its text, and where its root element ends (the shortest well-formed prefix). */
interface Report {
  text: string;
  rootEnd: number;
}

const name = fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/);
/** Attribute values and text with every character XML escapes, written escaped. */
const escaped = fc.string({ maxLength: 12 }).map((s) => s.replace(/[^\x20-\x7e\u00e9\u2713]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
const cdata = fc.string({ maxLength: 12 }).map((s) => `<![CDATA[${s.replace(/[^\x20-\x7e\n]/g, '').replace(/]]>/g, '')}]]>`);
const comment = fc.string({ maxLength: 10 }).map((s) => `<!--${s.replace(/[^\x20-\x7e]/g, '').replace(/-/g, '')}-->`);
const testcase = fc
  .tuple(name, escaped, fc.oneof(fc.constant(''), cdata.map((c) => `<system-out>${c}</system-out>`), escaped.map((m) => `<failure message="${m}">${m}</failure>`)))
  .map(([n, c, body]) => (body === '' ? `<testcase name="${n}" classname="${c}"/>` : `<testcase name="${n}" classname="${c}">${body}</testcase>`));
const report: fc.Arbitrary<Report> = fc
  .tuple(
    fc.boolean(),
    fc.array(comment, { maxLength: 2 }),
    fc.array(fc.tuple(name, fc.array(testcase, { maxLength: 4 })), { maxLength: 3 }),
    fc.array(fc.oneof(comment, fc.constant('\n'), fc.constant('<?done yes?>')), { maxLength: 3 }),
  )
  .map(([declared, prolog, suites, trailing]) => {
    const head = `${declared ? '<?xml version="1.0" encoding="UTF-8"?>\n' : ''}${prolog.join('\n')}`;
    const body = suites.map(([n, cases]) => `  <testsuite name="${n}" tests="${cases.length}">\n${cases.map((c) => `    ${c}\n`).join('')}  </testsuite>\n`).join('');
    const root = `<testsuites tests="${suites.length}">\n${body}</testsuites>`;
    return { text: `${head}${root}${trailing.join('')}`, rootEnd: head.length + root.length };
  });

/** Whitespace, complete comments and processing instructions only: what may follow the root element. */
const MISC = /^(?:\s|<!--(?:(?!--)[\s\S])*-->|<\?(?!xml[\s?])[\s\S]*?\?>)*$/;

describe('property: a cut-off XML report is refused', () => {
  it('any strict prefix of a well-formed report is malformed, unless it is itself well-formed', async () => {
    await fc.assert(
      fc.asyncProperty(
        report.chain((r) => fc.tuple(fc.constant(r), fc.integer({ min: 0, max: r.text.length - 1 }))),
        async ([r, cut]) => {
          await checkXml('r.xml', r.text); // the whole report is sound
          const prefix = r.text.slice(0, cut);
          const wellFormed = cut >= r.rootEnd && MISC.test(prefix.slice(r.rootEnd));
          let error: unknown;
          await checkXml('r.xml', prefix).catch((e: unknown) => (error = e));
          if (wellFormed) expect(error).toBeUndefined();
          else expect(error).toMatchObject({ code: 'malformed', detail: { path: 'r.xml' } });
        },
      ),
      { numRuns: 300 },
    );
  });
});
