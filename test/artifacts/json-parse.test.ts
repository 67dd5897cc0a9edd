import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  JsonParseError,
  encodePointerSegment,
  joinPointer,
  locateJsonPointer,
  parseJson,
  type JsonProblem,
} from '../../src/artifacts/json-parse.js';

/** The problem parseJson reports for `text`; fails the test if it parses. */
function problemOf(text: string, options?: { maxDepth?: number }): JsonProblem {
  try {
    parseJson(text, options);
  } catch (error) {
    expect(error).toBeInstanceOf(JsonParseError);
    return (error as JsonParseError).problem;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be rejected`);
}

/** Line/column computed the slow, obvious way, to check the parser's arithmetic. */
function naiveLineColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split('\n');
  const last = lines[lines.length - 1] ?? '';
  const bomOnThisLine = lines.length === 1 && text.startsWith('\uFEFF') && offset > 0;
  return { line: lines.length, column: last.length + 1 - (bomOnThisLine ? 1 : 0) };
}

function offsetOf(text: string, at: { line: number; column: number }): number {
  let offset = 0;
  for (let line = 1; line < at.line; line++) offset = text.indexOf('\n', offset) + 1;
  const bom = at.line === 1 && text.startsWith('\uFEFF') ? 1 : 0;
  return offset + at.column - 1 + bom;
}

describe('parseJson: duplicate keys', () => {
  it('rejects a duplicate at top level, pointing at the second occurrence', () => {
    const text = '{"status":"fail","status":"pass"}';
    expect(JSON.parse(text)).toEqual({ status: 'pass' }); // the reason this parser exists
    expect(problemOf(text)).toEqual({
      kind: 'duplicate_key',
      message: 'duplicate key "status" (first defined at line 1, column 2)',
      line: 1,
      column: 18,
      offset: 17,
      pointer: '/status',
    });
  });

  it('rejects a nested duplicate with the full pointer and both locations', () => {
    const text = ['{', '  "a": {', '    "b": {', '      "status": "fail",', '      "status": "pass"', '    }', '  }', '}'].join(
      '\n',
    );
    const problem = problemOf(text);
    expect(problem.kind).toBe('duplicate_key');
    expect(problem.pointer).toBe('/a/b/status');
    expect([problem.line, problem.column]).toEqual([5, 7]);
    expect(problem.message).toBe('duplicate key "status" (first defined at line 4, column 7)');
  });

  it('compares decoded keys, so "a" and "\\u0061" collide', () => {
    const problem = problemOf('{"a":1,"\\u0061":2}');
    expect(problem.kind).toBe('duplicate_key');
    expect(problem.pointer).toBe('/a');
    expect([problem.line, problem.column, problem.offset]).toEqual([1, 8, 7]);
    expect(problem.message).toBe('duplicate key "a" (first defined at line 1, column 2)');
  });

  it('rejects a duplicate inside an object inside an array', () => {
    const problem = problemOf('{"items":[{"id":1},{"id":2,"id":3}]}');
    expect(problem.kind).toBe('duplicate_key');
    expect(problem.pointer).toBe('/items/1/id');
    expect([problem.line, problem.column, problem.offset]).toEqual([1, 28, 27]);
  });

  it('rejects "status":"fail", …, "status":"pass" with other members between them', () => {
    const text = '{"status":"fail","name":"x","count":3,"status":"pass"}';
    const problem = problemOf(text);
    expect(problem.kind).toBe('duplicate_key');
    expect(problem.pointer).toBe('/status');
    expect(problem.offset).toBe(text.lastIndexOf('"status"'));
    expect(problem.column).toBe(39);
    expect(problem.message).toContain('first defined at line 1, column 2');
  });

  it('rejects a repeated __proto__ key', () => {
    const problem = problemOf('{"__proto__":1,"__proto__":2}');
    expect(problem.kind).toBe('duplicate_key');
    expect(problem.pointer).toBe('/__proto__');
    expect(problem.column).toBe(16);
  });

  it('escapes the duplicated key in the pointer', () => {
    expect(problemOf('{"x":{"a/b~":1,"a/b~":2}}').pointer).toBe('/x/a~1b~0');
  });

  it('does not mistake inherited names for duplicates', () => {
    const text = '{"toString":1,"constructor":2,"hasOwnProperty":3}';
    expect(parseJson(text).value).toEqual(JSON.parse(text));
  });

  it('allows the same key in different objects', () => {
    const text = '{"a":{"id":1},"b":{"id":2},"c":[{"id":3},{"id":4}]}';
    expect(parseJson(text).value).toEqual(JSON.parse(text));
  });
});

describe('parseJson: malformed text', () => {
  const cases: { name: string; text: string; message: string; line: number; column: number; pointer: string }[] = [
    { name: 'trailing comma in array', text: '[1,2,]', message: "trailing comma before ']'", line: 1, column: 5, pointer: '' },
    { name: 'trailing comma in object', text: '{"a":{"b":1,}}', message: "trailing comma before '}'", line: 1, column: 12, pointer: '/a' },
    {
      name: 'block comment',
      text: '{"a":1 /* c */}',
      message: "unexpected character '/'; expected '}' or ',' (JSON does not allow comments)",
      line: 1,
      column: 8,
      pointer: '',
    },
    {
      name: 'line comment before the value',
      text: '// c\n1',
      message: "unexpected character '/'; expected a value (JSON does not allow comments)",
      line: 1,
      column: 1,
      pointer: '',
    },
    {
      name: 'single-quoted key',
      text: "{'a':1}",
      message: `unexpected character "'"; expected a string key or '}' (JSON strings use double quotes)`,
      line: 1,
      column: 2,
      pointer: '',
    },
    {
      name: 'single-quoted value',
      text: `["a",'b']`,
      message: `unexpected character "'"; expected a value (JSON strings use double quotes)`,
      line: 1,
      column: 6,
      pointer: '/1',
    },
    {
      name: 'unquoted key',
      text: '{a:1}',
      message: "unexpected character 'a'; expected a string key or '}' (strings and keys must be double-quoted)",
      line: 1,
      column: 2,
      pointer: '',
    },
    {
      name: 'NaN',
      text: '{"x":NaN}',
      message: "unexpected character 'N'; expected a value (NaN and Infinity are not valid JSON)",
      line: 1,
      column: 6,
      pointer: '/x',
    },
    {
      name: 'Infinity',
      text: '[Infinity]',
      message: "unexpected character 'I'; expected a value (NaN and Infinity are not valid JSON)",
      line: 1,
      column: 2,
      pointer: '/0',
    },
    {
      name: '-Infinity',
      text: '-Infinity',
      message: "unexpected character 'I'; expected a digit after '-' (NaN and Infinity are not valid JSON)",
      line: 1,
      column: 2,
      pointer: '',
    },
    { name: 'leading zero', text: '[01]', message: "invalid number '01': leading zeros are not allowed", line: 1, column: 2, pointer: '/0' },
    { name: 'negative leading zero', text: '-007', message: "invalid number '-007': leading zeros are not allowed", line: 1, column: 1, pointer: '' },
    {
      name: 'bare fraction .5',
      text: '{"n":.5}',
      message: "unexpected character '.'; expected a value (a number needs a digit before the decimal point)",
      line: 1,
      column: 6,
      pointer: '/n',
    },
    {
      name: 'leading plus',
      text: '+1',
      message: "unexpected character '+'; expected a value (a number must not start with '+')",
      line: 1,
      column: 1,
      pointer: '',
    },
    { name: '1. with nothing after the dot', text: '[1.]', message: "unexpected character ']'; expected a digit after '.'", line: 1, column: 4, pointer: '/0' },
    { name: '1. at end of input', text: '1.', message: "unexpected end of input; expected a digit after '.'", line: 1, column: 3, pointer: '' },
    { name: 'empty exponent', text: '1e+', message: 'unexpected end of input; expected a digit in the exponent', line: 1, column: 4, pointer: '' },
    { name: 'lone minus', text: '[-]', message: "unexpected character ']'; expected a digit after '-'", line: 1, column: 3, pointer: '/0' },
    {
      name: 'unterminated string',
      text: '{"a":"abc',
      message: `unterminated string; expected '"' before the end of input`,
      line: 1,
      column: 6,
      pointer: '/a',
    },
    {
      name: 'unterminated string ending in a backslash',
      text: '"abc\\',
      message: `unterminated string; expected '"' before the end of input`,
      line: 1,
      column: 1,
      pointer: '',
    },
    { name: 'raw newline in string', text: '{"a":"x\ny"}', message: 'unescaped control character U+000A in string', line: 1, column: 8, pointer: '/a' },
    { name: 'raw tab in string', text: '["a\tb"]', message: 'unescaped control character U+0009 in string', line: 1, column: 4, pointer: '/0' },
    { name: 'raw NUL in key', text: '{"a\u0000":1}', message: 'unescaped control character U+0000 in string', line: 1, column: 4, pointer: '' },
    { name: 'bad escape', text: '{"a":"\\q"}', message: "invalid escape '\\q' in string", line: 1, column: 7, pointer: '/a' },
    { name: 'escaped single quote', text: `"\\'"`, message: `invalid escape '\\'' in string`, line: 1, column: 2, pointer: '' },
    {
      name: 'bad \\u escape',
      text: '"x\\u12G4"',
      message: "invalid unicode escape '\\u12G4' in string; expected 4 hex digits after '\\u'",
      line: 1,
      column: 3,
      pointer: '',
    },
    {
      name: 'short \\u escape',
      text: '["\\u00e"]',
      message: `invalid unicode escape '\\u00e"' in string; expected 4 hex digits after '\\u'`,
      line: 1,
      column: 3,
      pointer: '/0',
    },
    { name: 'two top-level values', text: '{} {}', message: 'unexpected content after the JSON value', line: 1, column: 4, pointer: '' },
    { name: 'two top-level numbers', text: '1 2', message: 'unexpected content after the JSON value', line: 1, column: 3, pointer: '' },
    { name: 'empty text', text: '', message: 'no JSON value', line: 1, column: 1, pointer: '' },
    { name: 'whitespace only', text: ' \t\r\n  ', message: 'no JSON value', line: 2, column: 3, pointer: '' },
    { name: 'BOM only', text: '\uFEFF', message: 'no JSON value', line: 1, column: 1, pointer: '' },
    { name: 'EOF in array', text: '[1,2', message: "unexpected end of input; expected ']' or ','", line: 1, column: 5, pointer: '' },
    { name: 'EOF right after [', text: '[', message: "unexpected end of input; expected a value or ']'", line: 1, column: 2, pointer: '' },
    { name: 'EOF after comma in array', text: '[1,', message: 'unexpected end of input; expected a value', line: 1, column: 4, pointer: '/1' },
    { name: 'EOF in object', text: '{"a":1', message: "unexpected end of input; expected '}' or ','", line: 1, column: 7, pointer: '' },
    { name: 'EOF right after {', text: '{', message: "unexpected end of input; expected a string key or '}'", line: 1, column: 2, pointer: '' },
    { name: 'EOF after key', text: '{"a"', message: `unexpected end of input; expected ':' after the key "a"`, line: 1, column: 5, pointer: '/a' },
    { name: 'EOF after colon', text: '{"a":', message: 'unexpected end of input; expected a value', line: 1, column: 6, pointer: '/a' },
    { name: 'EOF after comma in object', text: '{"a":1,', message: 'unexpected end of input; expected a string key', line: 1, column: 8, pointer: '' },
    { name: 'missing comma', text: '[1 2]', message: "unexpected character '2'; expected ']' or ','", line: 1, column: 4, pointer: '' },
    { name: 'missing colon', text: '{"a" 1}', message: `unexpected character '1'; expected ':' after the key "a"`, line: 1, column: 6, pointer: '/a' },
    { name: 'non-string key', text: '{1:2}', message: "unexpected character '1'; expected a string key or '}'", line: 1, column: 2, pointer: '' },
    { name: 'truncated literal', text: 'tru', message: "unexpected end of input; expected 'true'", line: 1, column: 4, pointer: '' },
    { name: 'misspelt literal', text: '{"ok":nul1}', message: "unexpected character '1'; expected 'null'", line: 1, column: 10, pointer: '/ok' },
    {
      name: 'capitalised literal',
      text: 'True',
      message: "unexpected character 'T'; expected a value (strings and keys must be double-quoted)",
      line: 1,
      column: 1,
      pointer: '',
    },
    { name: 'non-JSON whitespace (NBSP)', text: '\u00A01', message: 'unexpected character U+00A0; expected a value', line: 1, column: 1, pointer: '' },
    { name: 'non-JSON whitespace (form feed)', text: '[1,\f2]', message: 'unexpected character U+000C; expected a value', line: 1, column: 4, pointer: '/1' },
    { name: 'BOM after the value', text: '1\uFEFF', message: 'unexpected content after the JSON value', line: 1, column: 2, pointer: '' },
    { name: 'mismatched bracket', text: '{"a":[1}', message: "unexpected character '}'; expected ']' or ','", line: 1, column: 8, pointer: '/a' },
    { name: 'deep pointer', text: '{"a":[{"b":tru}]}', message: "unexpected character '}'; expected 'true'", line: 1, column: 15, pointer: '/a/0/b' },
  ];

  for (const c of cases) {
    it(`rejects ${c.name}`, () => {
      expect(() => JSON.parse(c.text.replace(/^\uFEFF/, ''))).toThrow(SyntaxError);
      const problem = problemOf(c.text);
      expect(problem).toEqual({
        kind: 'malformed',
        message: c.message,
        line: c.line,
        column: c.column,
        offset: problem.offset,
        pointer: c.pointer,
      });
      expect(naiveLineColumn(c.text, problem.offset)).toEqual({ line: c.line, column: c.column });
    });
  }

  it('throws a JsonParseError whose message carries the location', () => {
    try {
      parseJson('{\n  "a": 1,\n}');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(JsonParseError);
      expect(error).toBeInstanceOf(Error);
      const e = error as JsonParseError;
      expect(e.name).toBe('JsonParseError');
      expect(e.message).toBe("line 2, column 9: trailing comma before '}'");
    }
  });
});

describe('parseJson: line and column', () => {
  const lines = ['{', '  "a": 1,', '  "b": [1, 2,]', '}'];

  it('counts lines and columns across LF line endings', () => {
    const problem = problemOf(lines.join('\n'));
    expect([problem.line, problem.column, problem.pointer]).toEqual([3, 13, '/b']);
  });

  it('counts CRLF as one line break', () => {
    const problem = problemOf(lines.join('\r\n'));
    expect([problem.line, problem.column, problem.pointer]).toEqual([3, 13, '/b']);
  });

  it('reports both locations of a duplicate key in CRLF text', () => {
    const problem = problemOf('{\r\n  "id": 1,\r\n\r\n  "id": 2\r\n}');
    expect([problem.line, problem.column]).toEqual([4, 3]);
    expect(problem.message).toBe('duplicate key "id" (first defined at line 2, column 3)');
  });

  it('does not count a leading BOM as a column', () => {
    const problem = problemOf('\uFEFF{"a":1,}');
    expect([problem.line, problem.column, problem.offset]).toEqual([1, 7, 7]);
  });
});

describe('parseJson: values', () => {
  it('accepts and skips a leading BOM', () => {
    expect(parseJson('\uFEFF{"a":[1,true,null]}').value).toEqual({ a: [1, true, null] });
    expect(parseJson('\uFEFF  "x"  ').value).toBe('x');
  });

  it('accepts all four JSON whitespace characters around tokens', () => {
    expect(parseJson(' \t\r\n{ \t\r\n"a" \t\r\n: \t\r\n[ 1 \n, 2 ] \t\r\n} \t\r\n').value).toEqual({ a: [1, 2] });
  });

  it('makes __proto__ an own data property and leaves the prototype alone', () => {
    const text = '{"__proto__":{"polluted":true},"a":1}';
    const value = parseJson(text).value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(Object.keys(value)).toEqual(['__proto__', 'a']);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')).toEqual({
      value: { polluted: true },
      writable: true,
      enumerable: true,
      configurable: true,
    });
    expect((value as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(value).toEqual(JSON.parse(text));
  });

  it('handles __proto__ nested in arrays and as the last member', () => {
    const value = parseJson('[{"x":1,"__proto__":[]}]').value as Record<string, unknown>[];
    const inner = value[0]!;
    expect(Object.getPrototypeOf(inner)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(inner, '__proto__')?.value).toEqual([]);
  });

  it('produces plain objects and arrays', () => {
    const value = parseJson('{"a":{},"b":[]}').value as { a: object; b: unknown };
    expect(Object.getPrototypeOf(value.a)).toBe(Object.prototype);
    expect(Array.isArray(value.b)).toBe(true);
  });

  it('converts numbers exactly as JSON.parse does', () => {
    const lexemes = [
      '0',
      '-0',
      '-0.0',
      '1',
      '-1',
      '123456789012345',
      '1234567890123456',
      '9007199254740993',
      '-9007199254740993',
      '12345678901234567890',
      '0.1',
      '1.7976931348623157e308',
      '5e-324',
      '-0e-400',
      '0.000e999',
      '1E2',
      '1e+2',
      '1e-2',
      '0.30000000000000004',
      '2.5E-3',
    ];
    for (const lexeme of lexemes) {
      const value = parseJson(lexeme).value;
      expect(Object.is(value, JSON.parse(lexeme)), lexeme).toBe(true);
      const inArray = parseJson(`[${lexeme}]`).value as number[];
      expect(Object.is(inArray[0], JSON.parse(lexeme)), lexeme).toBe(true);
    }
  });

  it('refuses a number no double can hold (overflow to ±Infinity, a non-zero underflowing to 0) with imprecise_number', () => {
    const cases: [string, string, RegExp][] = [
      ['{"summary":{"failed":1e-400}}', '/summary/failed', /1e-400 is non-zero but smaller than the smallest double .* would read as 0$/],
      ['[0, -2.5e-999]', '/1', /-2\.5e-999 is non-zero .* would read as 0$/],
      ['{"n":1e400}', '/n', /1e400 is beyond the largest double .* would read as Infinity$/],
      ['{"n":-1e400}', '/n', /would read as -Infinity$/],
      [`{"n":1${'0'.repeat(400)}}`, '/n', /would read as Infinity$/],
      ['{"n":0.00000000000000000000000000000001e-300}', '/n', /would read as 0$/],
    ];
    for (const [text, pointer, message] of cases) {
      let problem: JsonParseError['problem'] | undefined;
      try {
        parseJson(text);
      } catch (e) {
        problem = (e as JsonParseError).problem;
      }
      expect(problem?.kind, text).toBe('imprecise_number');
      expect(problem?.pointer, text).toBe(pointer);
      expect(problem?.message, text).toMatch(message);
    }
    // Zero written any way is zero, and the smallest subnormal is a double.
    expect(Object.is(parseJson('-0e-400').value, -0)).toBe(true);
    expect(parseJson('[0e999, 0.0e-999, 5e-324, 1.7976931348623157e308]').value).toEqual([0, 0, 5e-324, 1.7976931348623157e308]);
  });

  it('decodes every escape like JSON.parse, surrogate pairs included', () => {
    const texts = [
      String.raw`"\" \\ \/ \b \f \n \r \t"`,
      String.raw`"\u0041\u00e9\u20AC\uD83D\uDE00"`,
      String.raw`"\ud83d\ude00 and \uDBFF\uDFFF"`,
      '"raw pair \uD83D\uDE00 and escaped \\ud83d\\ude00"',
      String.raw`"\u0000"`,
      '"raw non-BMP 😀 and DEL \u007f and U+2028 \u2028"',
      String.raw`"a very long string before an escape ....................\n and after it"`,
    ];
    for (const text of texts) expect(parseJson(text).value, text).toBe(JSON.parse(text));
  });

  it('refuses a lone surrogate, escaped or raw, in a value or a key: readers disagree on it (refuse, U+FFFD, drop)', () => {
    const texts = [
      String.raw`"\ud800"`,
      String.raw`"x\uDC00y"`,
      String.raw`"\udc00\ud800"`,
      String.raw`"\ud83d"`,
      String.raw`"\ud83d\u0041"`,
      String.raw`{"status":"pass","status\ud800":"fail"}`,
      String.raw`{"a":["ok","\uDFFF"]}`,
      '"raw \uD800 alone"',
      '{"raw \uDC00 key":1}',
    ];
    for (const text of texts) {
      let problem: JsonParseError['problem'] | undefined;
      try {
        parseJson(text);
      } catch (e) {
        problem = (e as JsonParseError).problem;
      }
      expect(problem?.kind, text).toBe('malformed');
      expect(problem?.message, text).toMatch(/lone surrogate \\u[0-9a-f]{4}/);
    }
  });

  it('uses decoded keys as property names', () => {
    expect(parseJson(String.raw`{"\u0061\n":1}`).value).toEqual({ 'a\n': 1 });
  });

  it('keeps key order identical to JSON.parse, integer-like keys included', () => {
    const text = '{"b":1,"2":2,"a":3,"1":4}';
    expect(Object.keys(parseJson(text).value as object)).toEqual(Object.keys(JSON.parse(text) as object));
  });
});

describe('parseJson: inexactNumbers', () => {
  it('records exactly the numbers a double cannot hold, by pointer, with their text', () => {
    const parsed = parseJson('{"a":1.5,"b":0.1000000000000000000001,"c":[12345678901234567890,7,-0.0,9007199254740991],"d":-9007199254740993,"e":123456789012345}');
    expect([...parsed.inexactNumbers]).toEqual([['/b', '0.1000000000000000000001'], ['/c/0', '12345678901234567890'], ['/d', '-9007199254740993']]);
  });

  it('a document of exact numbers records none', () => {
    expect(parseJson('[0.1, 1e21, -2.5, 100, 0.30000000000000004]').inexactNumbers.size).toBe(0);
  });
});

describe('parseJson: strings after an escape (the slow path)', () => {
  it('a control character after an escape is malformed at its offset', () => {
    const p = problemOf('"a\\n\u0001"');
    expect(p).toMatchObject({ kind: 'malformed', message: 'unescaped control character U+0001 in string', offset: 4, pointer: '' });
  });

  it('a string that ends after an escape is unterminated, reported at its opening quote', () => {
    expect(problemOf('{"k": "a\\n')).toMatchObject({ kind: 'malformed', message: `unterminated string; expected '"' before the end of input`, offset: 6, pointer: '/k' });
    expect(problemOf('"a\\u0041')).toMatchObject({ kind: 'malformed', message: `unterminated string; expected '"' before the end of input`, offset: 0 });
  });
});

describe('parseJson: leading zeros', () => {
  it('a zero followed by any digit, 9 included, is refused with the digits written', () => {
    expect(problemOf('09')).toMatchObject({ kind: 'malformed', message: "invalid number '09': leading zeros are not allowed", offset: 0 });
    expect(problemOf('[-0199]')).toMatchObject({ kind: 'malformed', message: "invalid number '-0199': leading zeros are not allowed", offset: 1, pointer: '/0' });
  });
});

describe('parseJson: nonIntegerNumbers', () => {
  it('records numbers written with a fraction or exponent', () => {
    expect(parseJson('{"a":500.0}').nonIntegerNumbers.has('/a')).toBe(true);
    expect(parseJson('{"b":[5e2]}').nonIntegerNumbers.has('/b/0')).toBe(true);
    expect(parseJson('{"c":500}').nonIntegerNumbers.has('/c')).toBe(false);
  });

  it('records every such number in one document and nothing else', () => {
    const parsed = parseJson('{"a":500.0,"b":[5e2, 3],"c":500,"d":-0.0,"e":{"f":1E-2},"g":"1.5","x/y":1.5}');
    expect([...parsed.nonIntegerNumbers].sort()).toEqual(['/a', '/b/0', '/d', '/e/f', '/x~1y']);
    expect(parsed.value).toEqual({ a: 500, b: [500, 3], c: 500, d: -0, e: { f: 0.01 }, g: '1.5', 'x/y': 1.5 });
  });

  it('uses the empty pointer for a top-level number', () => {
    expect([...parseJson('1.5').nonIntegerNumbers]).toEqual(['']);
    expect(parseJson('15').nonIntegerNumbers.size).toBe(0);
  });
});

describe('parseJson: nesting depth', () => {
  const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

  it('accepts 512 nested arrays by default', () => {
    expect(() => parseJson(nested(512))).not.toThrow();
  });

  it('rejects 513 nested arrays by default, at the 513th bracket', () => {
    const problem = problemOf(nested(513));
    expect(problem.kind).toBe('malformed');
    expect(problem.message).toBe('nesting deeper than 512 levels');
    expect([problem.line, problem.column, problem.offset]).toEqual([1, 513, 512]);
    expect(problem.pointer).toBe('/0'.repeat(512));
  });

  it('counts objects and arrays alike and honours maxDepth', () => {
    expect(parseJson('{"a":[1]}', { maxDepth: 2 }).value).toEqual({ a: [1] });
    const problem = problemOf('{"a":[{}]}', { maxDepth: 2 });
    expect(problem.message).toBe('nesting deeper than 2 levels');
    expect(problem.pointer).toBe('/a/0');
    expect(problemOf('[]', { maxDepth: 0 }).message).toBe('nesting deeper than 0 levels');
    expect(parseJson('7', { maxDepth: 0 }).value).toBe(7);
  });

  it('does not use the call stack for nesting, even with a huge maxDepth', () => {
    const depth = 200_000;
    const parsed = parseJson('{"a":'.repeat(depth) + '1' + '}'.repeat(depth), { maxDepth: depth });
    let node = parsed.value;
    let seen = 0;
    while (typeof node === 'object' && node !== null) {
      node = (node as { a: unknown }).a;
      seen++;
    }
    expect([seen, node]).toEqual([depth, 1]);
    expect(problemOf(nested(depth + 1), { maxDepth: depth }).message).toBe(`nesting deeper than ${depth} levels`);
  });

  it('rejects a maxDepth that is not a non-negative integer', () => {
    expect(() => parseJson('1', { maxDepth: -1 })).toThrow(RangeError);
    expect(() => parseJson('1', { maxDepth: 1.5 })).toThrow(RangeError);
    expect(() => parseJson('1', { maxDepth: -1 })).toThrow('maxDepth must be a non-negative integer, got -1');
  });

  it('refuses a text that is not a string with a TypeError that says so', () => {
    expect(() => parseJson(5 as unknown as string)).toThrow(new TypeError('parseJson expects a string'));
    expect(() => parseJson(Buffer.from('{}') as unknown as string)).toThrow(new TypeError('parseJson expects a string'));
  });
});

describe('pointer helpers', () => {
  it('escapes ~ before / as RFC 6901 requires', () => {
    expect(encodePointerSegment('a/b~c')).toBe('a~1b~0c');
    expect(encodePointerSegment('~1')).toBe('~01');
    expect(encodePointerSegment('plain')).toBe('plain');
    expect(encodePointerSegment(3)).toBe('3');
    expect(encodePointerSegment('')).toBe('');
  });

  it('joins segments onto a base pointer', () => {
    expect(joinPointer('', 'a')).toBe('/a');
    expect(joinPointer('/a', 0)).toBe('/a/0');
    expect(joinPointer('/a', 'x/y')).toBe('/a/x~1y');
    expect(joinPointer('', '')).toBe('/');
  });
});

describe('locateJsonPointer', () => {
  const lines = ['{', '  "a": {', '    "b": [10, {"c": true}],', '    "x/y": 1,', '    "m~n": 2', '  }', '}'];
  const text = lines.join('\n');

  it('finds the root, nested members (at their key) and array elements', () => {
    expect(locateJsonPointer(text, '')).toEqual({ line: 1, column: 1 });
    expect(locateJsonPointer(text, '/a')).toEqual({ line: 2, column: 3 });
    expect(locateJsonPointer(text, '/a/b')).toEqual({ line: 3, column: 5 });
    expect(locateJsonPointer(text, '/a/b/0')).toEqual({ line: 3, column: 11 });
    expect(locateJsonPointer(text, '/a/b/1')).toEqual({ line: 3, column: 15 });
    expect(locateJsonPointer(text, '/a/b/1/c')).toEqual({ line: 3, column: 16 });
  });

  it('decodes ~1 and ~0 in pointer segments', () => {
    expect(locateJsonPointer(text, '/a/x~1y')).toEqual({ line: 4, column: 5 });
    expect(locateJsonPointer(text, '/a/m~0n')).toEqual({ line: 5, column: 5 });
    expect(locateJsonPointer('{"~1":1}', '/~01')).toEqual({ line: 1, column: 2 });
  });

  it('returns undefined for pointers that do not exist or are not pointers', () => {
    for (const pointer of ['/zzz', '/a/zzz', '/a/b/2', '/a/b/01', '/a/b/-', '/a/b/0/x', '/a/x/y', 'a', '/a/~2', '/a/m~']) {
      expect(locateJsonPointer(text, pointer), pointer).toBeUndefined();
    }
    expect(locateJsonPointer('[]', '/0')).toBeUndefined();
    expect(locateJsonPointer('{}', '/a')).toBeUndefined();
    expect(locateJsonPointer('', '')).toBeUndefined();
    // A scalar has no elements, whatever the segment.
    expect(locateJsonPointer('5', '/0')).toBeUndefined();
    expect(locateJsonPointer('"abc"', '/0')).toBeUndefined();
  });

  it('finds an element past index 9 (a segment of several digits)', () => {
    const list = `[${Array.from({ length: 13 }, (_, k) => k).join(',')}]`;
    expect(locateJsonPointer(list, '/12')).toEqual({ line: 1, column: list.indexOf('12') + 1 });
    expect(locateJsonPointer(list, '/10')).toEqual({ line: 1, column: list.indexOf('10') + 1 });
  });

  it('gives the same line and column for CRLF text', () => {
    const crlf = lines.join('\r\n');
    expect(locateJsonPointer(crlf, '/a/b/1/c')).toEqual({ line: 3, column: 16 });
    expect(locateJsonPointer(crlf, '/a/m~0n')).toEqual({ line: 5, column: 5 });
  });

  it('ignores a leading BOM in the column', () => {
    expect(locateJsonPointer('\uFEFF{"a":1}', '/a')).toEqual({ line: 1, column: 2 });
  });

  it('skips over strings that contain brackets and escaped quotes', () => {
    const tricky = '{"s":"]},{\\"[","t":[["]"],{"u":"}"}],"v":1}';
    expect(JSON.parse(tricky)).toBeTruthy();
    expect(locateJsonPointer(tricky, '/v')).toEqual({ line: 1, column: tricky.indexOf('"v"') + 1 });
    expect(locateJsonPointer(tricky, '/t/1/u')).toEqual({ line: 1, column: tricky.indexOf('"u"') + 1 });
  });

  it('matches keys written with escapes', () => {
    expect(locateJsonPointer('{"\\u0061":1}', '/a')).toEqual({ line: 1, column: 2 });
  });

  it('does not throw on malformed text', () => {
    for (const bad of ['{"a":', '{"a" 1}', '[1,', '{"\\u12', '"x', '{"a":[1,{"b"']) {
      expect(() => locateJsonPointer(bad, '/a/b')).not.toThrow();
      expect(() => locateJsonPointer(bad, '/a/1/b')).not.toThrow();
    }
  });
});

// ---------------------------------------------------------------------------------------------

/** Every pointer in a parsed JSON value, each with the value it names. */
function allPointers(value: unknown, base = ''): [string, unknown][] {
  const out: [string, unknown][] = [[base, value]];
  if (Array.isArray(value)) {
    value.forEach((item, i) => out.push(...allPointers(item, joinPointer(base, i))));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) out.push(...allPointers(item, joinPointer(base, key)));
  }
  return out;
}

/** JSON.parse's opinion of `text`, given that parseJson (deliberately) also accepts a leading BOM. */
function referenceParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) };
  } catch {
    return { ok: false };
  }
}

function checkAgainstJsonParse(text: string): void {
  const reference = referenceParse(text);
  let parsed;
  try {
    parsed = parseJson(text);
  } catch (error) {
    expect(error).toBeInstanceOf(JsonParseError);
    const problem = (error as JsonParseError).problem;
    expect(problem.offset).toBeGreaterThanOrEqual(0);
    expect(problem.offset).toBeLessThanOrEqual(text.length);
    expect({ line: problem.line, column: problem.column }).toEqual(naiveLineColumn(text, problem.offset));
    // Only a duplicate key, a number no double can hold (1e400, 1e-400) or a lone surrogate may make us stricter than JSON.parse.
    if (reference.ok && problem.kind === 'malformed' && /lone surrogate/.test(problem.message)) return;
    if (reference.ok && problem.kind === 'imprecise_number') {
      expect(problem.message).toMatch(/would read as (-?Infinity|0)$/);
      return;
    }
    if (reference.ok) {
      expect(problem.kind).toBe('duplicate_key');
      const first = locateJsonPointer(text, problem.pointer);
      expect(first).toBeDefined();
      expect(problem.message).toContain(`first defined at line ${first!.line}, column ${first!.column}`);
    }
    return;
  }
  expect(reference.ok).toBe(true);
  if (reference.ok) expect(parsed.value).toEqual(reference.value);
}

const jsonishChar = fc.constantFrom(
  ...'{}[],:"\\/ \n\r\t01-+.eE9atrufnlsxbu\'*#'.split(''),
  '\u0000',
  '\u001f',
  '\uFEFF',
  '\u00A0',
  '\uD800',
  'é',
);

/** Valid JSON text with one random character inserted, deleted or replaced. */
const mutatedJson = fc
  .tuple(fc.jsonValue(), fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), jsonishChar)
  .map(([value, n, edit, ch]) => {
    const text = JSON.stringify(value);
    const at = n % (text.length + 1);
    if (edit === 'insert') return text.slice(0, at) + ch + text.slice(at);
    if (edit === 'delete') return text.slice(0, at) + text.slice(at + 1);
    return text.slice(0, at) + ch + text.slice(at + 1);
  });

/** An object text whose keys come from a tiny alphabet, sometimes escaped, so duplicates are common. */
const objectWithRepeats = fc
  .array(fc.tuple(fc.constantFrom('a', 'b', 'c', '__proto__'), fc.boolean(), fc.jsonValue({ maxDepth: 1 })), {
    maxLength: 5,
  })
  .map((members) => ({
    members,
    text: `{${members
      .map(([key, escaped, value]) => {
        const written = escaped ? `"\\u00${key.charCodeAt(0).toString(16)}${key.slice(1)}"` : JSON.stringify(key);
        return `${written}:${JSON.stringify(value)}`;
      })
      .join(',')}}`,
  }));

describe('parseJson: properties', () => {
  it('equals JSON.parse on JSON.stringify output, compact and indented', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t', '\r\n'), (value, indent) => {
        const text = indent === '\r\n' ? JSON.stringify(value, null, 1).replace(/\n/g, '\r\n') : JSON.stringify(value, null, indent);
        expect(parseJson(text).value).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('locates every pointer of a compact document at the text of its value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        const parsed = parseJson(text).value;
        for (const [pointer, item] of allPointers(parsed)) {
          const at = locateJsonPointer(text, pointer);
          expect(at, pointer).toBeDefined();
          const rest = text.slice(offsetOf(text, at!));
          const segments = pointer.split('/');
          const parent = pointer === '' ? undefined : allPointers(parsed).find(([p]) => p === segments.slice(0, -1).join('/'))?.[1];
          const isMember = parent !== undefined && !Array.isArray(parent);
          const key = segments[segments.length - 1]!.replace(/~1/g, '/').replace(/~0/g, '~');
          const expected = isMember ? `${JSON.stringify(key)}:${JSON.stringify(item)}` : JSON.stringify(item);
          expect(rest.startsWith(expected), pointer).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('records a non-integer pointer for exactly the numbers written with a fraction or exponent', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        const parsed = parseJson(text);
        for (const [pointer, item] of allPointers(parsed.value)) {
          if (typeof item !== 'number') continue;
          const lexeme = JSON.stringify(item);
          expect(parsed.nonIntegerNumbers.has(pointer), `${pointer} ${lexeme}`).toBe(/[.eE]/.test(lexeme));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never accepts what JSON.parse rejects, and agrees with it otherwise (arbitrary strings)', () => {
    fc.assert(fc.property(fc.string(), checkAgainstJsonParse), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: jsonishChar, maxLength: 40 }), checkAgainstJsonParse), { numRuns: 300 });
    fc.assert(fc.property(mutatedJson, checkAgainstJsonParse), { numRuns: 300 });
  });

  it('rejects exactly the objects that repeat a key, at the second occurrence', () => {
    fc.assert(
      fc.property(objectWithRepeats, ({ members, text }) => {
        const keys = members.map(([key]) => key);
        const repeatAt = keys.findIndex((key, i) => keys.indexOf(key) !== i);
        if (repeatAt === -1) {
          expect(parseJson(text).value).toEqual(JSON.parse(text));
          return;
        }
        const problem = problemOf(text);
        expect(problem.kind).toBe('duplicate_key');
        expect(problem.pointer).toBe(`/${keys[repeatAt]!}`);
        expect(problem.message).toContain(`duplicate key ${JSON.stringify(keys[repeatAt])}`);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseJson: \\u escapes at every hex digit range end (issue 15, sampled mutation survivors)', () => {
  it('decodes 0-9, a-f and A-F, both cases to the same character', () => {
    const text = '"\\u0030\\u0039\\u00a0\\u00af\\u00A0\\u00AF\\uFEFF\\ufeff\\uABCD"';
    expect(parseJson(text).value).toBe(JSON.parse(text));
    expect(parseJson(text).value).toBe('09\u00a0\u00af\u00a0\u00af\ufeff\ufeff\uabcd');
  });

  it('refuses the characters just outside each range: / : ` g @ G', () => {
    for (const c of ['/', ':', '`', 'g', '@', 'G']) {
      expect(problemOf(`"\\u00${c}0"`), c).toMatchObject({ kind: 'malformed', message: `invalid unicode escape '\\u00${c}0' in string; expected 4 hex digits after '\\u'` });
    }
  });
});
