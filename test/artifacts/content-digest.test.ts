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

  it('invisible characters, a no-break space, decomposed accents, compatibility forms and look-alike letters do not tell two copies apart', () => {
    const original = '{"platform":"linux","suite":"caf\u00e9 tests","passed":412}';
    for (const copy of [
      '{"platform":"li\u200bnux","suite":"cafe\u0301 tests","passed":412}',
      '{"platform":"l\u0456nux","suite":"caf\u00e9\u00a0tests","passed":4.12e2}',
      '{"platform":"\uff4c\uff49\uff4e\uff55\uff58","suite":"caf\u00e9 tests","passed":412.0}',
      '{"pl\u200batform":"linux","suite":"caf\u00e9 tests","passed":412}',
    ]) {
      expect(digest(copy), JSON.stringify(copy)).toBe(digest(original));
    }
    expect(digest('suite ok: 412 passed on linux')).toBe(digest('suite\u00a0ok: 412 passed on li\u200bnux'));
    expect(digest('suite ok: 412 passed on linux')).toBe(digest('suite ok: 412 passed on l\u0456nux'));
    expect(digest('r\u00e9sum\u00e9 ok')).toBe(digest('re\u0301sume\u0301 ok'));
    expect(digest('a\u00a0\u200b b')).toBe(digest('a b'));
    expect(contentDigest({ value: { platform: 'l\u0456nux' } })).toBe(digest('{"platform":"linux"}'));
  });

  it('case, digits and visible words still tell copies apart', () => {
    expect(digest('{"platform":"Linux"}')).not.toBe(digest('{"platform":"linux"}'));
    expect(digest('{"passed":10}')).not.toBe(digest('{"passed":1}'));
    expect(digest('suite ok: 412 passed')).not.toBe(digest('suite ok: 413 passed'));
    // Dates (YAML timestamps, TOML dates) are values, never an empty object: a report whose date the parser made is not
    // one holding `{}` there.
    expect(contentDigest({ value: { at: new Date('2026-03-10T12:00:00Z') } })).not.toBe(contentDigest({ value: { at: {} } }));
    expect(contentDigest({ value: { at: new Date('2026-03-10T12:00:00Z') } })).not.toBe(contentDigest({ value: {} }));
    expect(contentDigest({ value: { at: new Date('2026-03-10T12:00:00Z'), platform: 'linux' } })).not.toBe(contentDigest({ value: { at: new Date('2026-03-10T12:00:00Z'), platform: 'macos' } }));
  });

  it('timestamps are one value: copies differing only in when they say they were written are one content (red team: copies_differing_only_in_a_timestamp)', () => {
    // Reversed from "dates are values" (d13923cd): a re-stamped copy of linux's report proves one run, not two.
    expect(contentDigest({ value: { at: new Date('2026-03-10T12:00:00Z') } })).toBe(contentDigest({ value: { at: new Date('2026-03-11T12:00:00Z') } }));
    const linux = '{"platform":"linux","generated_at":"2026-03-10T11:01:00Z","passed":412}';
    for (const copy of [
      '{"platform":"linux","generated_at":"2026-03-10T11:13:00Z","passed":412}',
      '{"platform":"linux","generated_at":"2026-03-11T09:00:00.123+01:00","passed":412}',
      '{"platform":"linux","generated_at":"2026-03-11","passed":412}',
      '{"platform":"linux","generated_at":"20260311T090000Z","passed":412}',
      '{"platform":"linux","generated_at":"Wed, 11 Mar 2026 09:00:00 GMT","passed":412}',
      '{"platform":"linux","generated_at":"Wed Mar 11 2026 09:00:00 GMT+0000 (Coordinated Universal Time)","passed":412}',
      '{"platform":"linux","generated_at":1773140460,"passed":412}',
      '{"platform":"linux","generated_at":"1773140460123","passed":412}',
    ]) {
      expect(digest(copy), copy).toBe(digest(linux));
    }
    // A YAML timestamp, a TOML date and the same report in JSON text are one content.
    expect(contentDigest({ value: { platform: 'linux', generated_at: new Date('2026-03-12T00:00:00Z'), passed: 412 } })).toBe(digest(linux));
    expect(digest('# Report\nGenerated 2026-03-10 11:01:00 UTC\n412 passed on linux')).toBe(digest('# Report\nGenerated 2026-03-11 08:00:00 UTC\n412 passed on linux'));
    expect(digest('{"run":"ci-20260310T110100Z-7","ok":true}')).toBe(digest('{"run":"ci-20260311T080000Z-7","ok":true}'));
    expect(digest('[11:01:00] suite ok: 412 passed\n[11:01:41.250] done')).toBe(digest('[11:07:12] suite ok: 412 passed\n[11:07:53.001] done'));
  });

  it('numbers that are no timestamps, and the words around timestamps, still tell copies apart', () => {
    expect(digest('{"duration_ms":41230,"passed":412}')).not.toBe(digest('{"duration_ms":41231,"passed":412}'));
    expect(digest('{"passed":1773140460}')).not.toBe(digest('{"passed":1773140461}'));
    expect(digest('{"started_at":41}')).not.toBe(digest('{"started_at":42}'));
    expect(digest('{"at":"2026-03-10T11:01:00Z","platform":"linux"}')).not.toBe(digest('{"at":"2026-03-10T11:01:00Z","platform":"macos"}'));
    expect(digest('{"version":"2026.03.10"}')).not.toBe(digest('{"version":"2026.03.11"}'));
    expect(digest('Generated 2026-03-10 on linux')).not.toBe(digest('Generated 2026-03-10 on macos'));
    expect(digest('{"build":"20260310"}')).not.toBe(digest('{"build":"20260311"}'));
    expect(digest('[11:01:00] suite ok: 412 passed')).not.toBe(digest('[11:01:00] suite ok: 413 passed'));
    expect(digest('ratio 1:2')).not.toBe(digest('ratio 1:3'));
  });

  it('a duration in nanoseconds under a time key is a value, a Unix time under a moment key still a timestamp (red team ra)', () => {
    // Google Benchmark: real_time / cpu_time of a 1.2 s and a 1.3 s run, in ns, read like Unix times.
    expect(digest('{"real_time":1204331870,"cpu_time":1203998112}')).not.toBe(digest('{"real_time":1311872054,"cpu_time":1310554020}'));
    expect(digest('{"total_time_ns":1204331870}')).not.toBe(digest('{"total_time_ns":1311872054}'));
    expect(digest('{"time":1773140460}')).toBe(digest('{"time":1773140999}'));
    expect(digest('{"start_time":1773140460}')).toBe(digest('{"start_time":1773140999}'));
    expect(digest('{"run_started_at":1773140460}')).toBe(digest('{"run_started_at":1773140999}'));
  });
});
