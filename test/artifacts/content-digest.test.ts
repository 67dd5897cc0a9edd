import { describe, expect, it } from 'vitest';
import { contentDigest } from '../../src/artifacts/content-digest.js';

const digest = (text: string): string => contentDigest({ text });

describe('contentDigest: one digest for one content, however it was re-saved', () => {
  it('a BOM, CRLF line ends, indentation, trailing blank lines and key order do not tell two copies apart', () => {
    const original = '{\n  "platform": "linux",\n  "passed": 412\n}\n';
    for (const copy of ['\uFEFF{\r\n  "platform": "linux",\r\n  "passed": 412\r\n}\r\n', '{"passed":412,"platform":"linux"}', '{\n\t"passed": 412,\n\t"platform": "linux"\n}\n\n\n']) {
      expect(digest(copy), JSON.stringify(copy)).toBe(digest(original));
    }
    expect(contentDigest({ value: { passed: 412, platform: 'linux' } })).toBe(digest(original));
  });

  it('JSONL rows are read as values; other text with its whitespace runs as one space', () => {
    expect(digest('{"a":1,"b":2}\n{"c":3}\n')).toBe(digest('{"b":2, "a":1}\r\n\r\n{ "c": 3 }'));
    expect(digest('suite ok: 412 passed\nduration 41s\n')).toBe(digest('\uFEFFsuite ok:  412 passed\r\n  duration 41s   \r\n\r\n'));
  });

  it('a different value, a different row order or different words are different contents', () => {
    expect(digest('{"platform":"linux"}')).not.toBe(digest('{"platform":"macos"}'));
    expect(digest('{"a":1}\n{"b":2}\n')).not.toBe(digest('{"b":2}\n{"a":1}\n'));
    expect(digest('[1,2]')).not.toBe(digest('[2,1]'));
    expect(digest('suite ok')).not.toBe(digest('suite  failed'));
    expect(digest('ab')).not.toBe(digest('a b'));
  });
});
