// The rule that a status claiming a pass must agree with the counts beside it (src/sdk/status-claims.ts), as properties:
// every spelling a reporter gives a failure count is found, qualified counts and other statuses never are.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimsPass, nameWords, statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';
import { cpuMsSince, cpuStart } from '../helpers/cpu-time.js';

const passWord = fc.constantFrom('pass', 'passed', 'PASS', 'Passed', 'ok', 'success', 'succeeded', 'green');
const otherStatus = fc.constantFrom('warn', 'fail', 'partial', 'complete', 'skipped', 'unknown', false, 1);
const subject = fc.array(fc.constantFrom('must', 'pass', 'tests', 'cases', 'required', 'ext', 'unit', 'e2e', 'check'), { maxLength: 2 });
const failWord = fc.constantFrom('failed', 'failures', 'failing', 'fail', 'errors', 'errored');
const countWord = fc.constantFrom([], ['count'], ['total'], ['num']);
const qualifier = fc.constantFrom('expected', 'known', 'allowed', 'flaky', 'max', 'previous', 'baseline', 'tolerated', 'waived', 'quarantined');

/** `snake_case`, `camelCase` or `kebab-case` of some words. */
const spell = (words: readonly string[], style: number): string =>
  style === 0 ? words.join('_') : style === 1 ? words.map((w, i) => (i === 0 ? w : w[0]?.toUpperCase() + w.slice(1))).join('') : words.join('-');

describe('statusContradiction', () => {
  it('reads failure words as a reader sees them: look-alike, invisible, full-width letters and markup; a disguised qualifier never tolerates a failure (red team ha)', () => {
    const disguised = ['f\u0430iled', 'FAIL\u200b', '**failure**', '\uff26\uff21\uff29\uff2c\uff25\uff24', '&#102;ailed', '<b>error</b>', 'fa\u0301iled'];
    for (const word of disguised) {
      expect(statusContradiction({ status: 'pass', checks: [{ status: word }] }, '/status', 'pass')?.code, word).toBe('contradiction');
      expect(statusContradiction({ status: 'pass', summary: { result: word } }, '/status', 'pass')?.code, word).toBe('contradiction');
    }
    for (const key of ['f\u0430ilures', 'fa\u200biled', '\uff46\uff41\uff49\uff4c\uff45\uff44']) expect(statusContradiction({ status: 'pass', [key]: 2 }, '/status', 'pass')?.pointer, key).toBe(`/${key}`);
    expect(statusContradiction({ status: 'pass', checks: [{ 'st\u0430tus': 'failed' }] }, '/status', 'pass')?.code).toBe('contradiction');
    // A qualifier spelt with a Cyrillic а qualifies nothing: the count still counts failures.
    expect(statusContradiction({ status: 'pass', 'm\u0430x_failures': 2 }, '/status', 'pass')?.code).toBe('contradiction');
    // Sound details: statuses in other scripts, Markdown around a pass, bounds as written.
    expect(statusContradiction({ status: 'pass', results: [{ status: '\u901a\u8fc7' }, { status: '\u043f\u0440\u043e\u0439\u0434\u0435\u043d' }, { status: '**passed**' }], max_failures: 3 }, '/status', 'pass')).toBeUndefined();
    expect(claimsPass('status', '**passed**')).toBe(true);
  });

  it('finds a failure count above zero beside a pass, however the reporter names it', () => {
    fc.assert(
      fc.property(passWord, subject, failWord, countWord, fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 10_000 }), (status, pre, fail, count, style, n) => {
        const key = spell([...pre, fail, ...count], style);
        const doc = { status, [key]: n };
        expect(statusContradiction(doc, '/status', status)?.code).toBe('contradiction');
        expect(statusContradiction({ summary: { status, [key]: n } }, '/summary/status', status)?.pointer).toBe(`/summary/${key}`);
      }),
    );
  });

  it('finds it one object down, and a failure list with entries', () => {
    fc.assert(
      fc.property(passWord, failWord, fc.integer({ min: 1, max: 50 }), (status, fail, n) => {
        expect(statusContradiction({ status, counts: { [fail]: n } }, '/status', status)?.pointer).toBe(`/counts/${fail}`);
        expect(statusContradiction({ status, [fail]: Array.from({ length: n }, (_, i) => ({ test: `t${i}` })) }, '/status', status)?.code).toBe('contradiction');
      }),
    );
  });

  it('never flags zero failures, qualified failures, or a status that claims no pass', () => {
    fc.assert(
      fc.property(passWord, otherStatus, subject, qualifier, failWord, fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 10_000 }), (status, other, pre, q, fail, style, n) => {
        const zero = { status, [spell([...pre, fail], style)]: 0, passed: 3, total: 3 };
        expect(statusContradiction(zero, '/status', status)).toBeUndefined();
        const qualified = { status, [spell([q, fail], style)]: n, [spell([fail, q], style)]: n, [q]: { [fail]: n }, passed: 3 };
        expect(statusContradiction(qualified, '/status', status)).toBeUndefined();
        expect(statusContradiction({ status: other, failed: n, passed: 0 }, '/status', other)).toBeUndefined();
      }),
    );
  });

  it('finds a failed entry in the details beside a pass unless the entry says its failure does not count', () => {
    const outcome = fc.constantFrom('status', 'result', 'outcome', 'conclusion', 'state');
    const failed = fc.constantFrom('fail', 'failed', 'FAILURE', 'error', 'errored');
    const exemption = fc.constantFrom<Record<string, unknown>>({ allow_failure: true }, { required: false }, { optional: true }, { 'continue-on-error': true }, { quarantined: 'bd-12' }, { expectedFailure: true }, { flaky: true });
    fc.assert(
      fc.property(passWord, outcome, failed, exemption, fc.nat({ max: 5 }), (status, key, bad, exempt, at) => {
        const entries: Record<string, unknown>[] = Array.from({ length: 6 }, (_, i) => ({ name: `e${i}`, [key]: 'pass' }));
        entries[at] = { name: 'broken', [key]: bad };
        expect(statusContradiction({ status, entries }, '/status', status)?.pointer).toBe(`/entries/${at}/${key}`);
        entries[at] = { name: 'broken', [key]: bad, ...exempt };
        expect(statusContradiction({ status, entries }, '/status', status)).toBeUndefined();
      }),
    );
  });

  it('finds a pass over nothing: zero passed, every item skipped', () => {
    fc.assert(
      fc.property(passWord, fc.integer({ min: 1, max: 1000 }), (status, n) => {
        expect(statusContradiction({ status, passed: 0 }, '/status', status)?.code).toBe('vacuous');
        expect(statusContradiction({ status, tests: { total: n, skipped: n } }, '/status', status)?.code).toBe('vacuous');
        expect(statusContradiction({ status, tests_total: n, tests_skipped: n }, '/status', status)?.code).toBe('vacuous');
        expect(statusContradiction({ status, tests_total: n + 1, tests_skipped: n }, '/status', status)).toBeUndefined();
      }),
    );
  });
});

describe('counts that add up to more than their total', () => {
  it('are inconsistent_counts when passed and skipped items of one kind exceed its total, and pass when they fit', () => {
    fc.assert(
      fc.property(passWord, fc.nat({ max: 500 }), fc.nat({ max: 500 }), fc.nat({ max: 20 }), (status, passed, skipped, slack) => {
        fc.pre(passed > 0);
        // The rest of the total in an outcome of its own (Jest's pending): every item is accounted for.
        const fits = { status, tests: { total: passed + skipped + slack, passed, skipped, pending: slack } };
        expect(statusContradiction(fits, '/status', status)).toBeUndefined();
        // With no outcome to hold them, items beyond the counted parts ended in none: unaccounted.
        const short = { status, tests: { total: passed + skipped + slack, passed, skipped } };
        expect(statusContradiction(short, '/status', status)?.code).toBe(slack > 0 ? 'inconsistent_counts' : undefined);
        const over = { status, tests_total: passed + skipped - 1, tests_passed: passed, tests_skipped: skipped };
        expect(statusContradiction(over, '/status', status)?.code).toBe('inconsistent_counts');
      }),
    );
  });
});

describe('a failure count written as none beside a total (red team va)', () => {
  it('is a part of none, as failed: 0 is: short of the total it is inconsistent_counts, adding up it passes', () => {
    fc.assert(
      fc.property(passWord, fc.integer({ min: 1, max: 500 }), fc.nat({ max: 20 }), fc.constantFrom(null, '', '-', 'N/A', 'none', 'n/a'), (status, passed, slack, none) => {
        const doc = { status, total: passed + slack, passed, failed: none };
        expect(statusContradiction(doc, '/status', status)?.code).toBe(slack > 0 ? 'inconsistent_counts' : undefined);
        // A text of the run's, no count of failures, is no part: a passed count alone beside a total reports passes.
        expect(statusContradiction({ status, total: passed + slack, passed, error_message: none }, '/status', status)).toBeUndefined();
      }),
    );
  });
});

describe('a failure count written as zero in words, a doubtful zero or an empty list beside a total (red team xv)', () => {
  it('is a part of none, as failed: 0 is: short of the total it is inconsistent_counts, adding up it passes', () => {
    fc.assert(
      fc.property(passWord, fc.integer({ min: 1, max: 500 }), fc.nat({ max: 20 }), fc.constantFrom<unknown>('zero', 'Zero', '0?', []), (status, passed, slack, none) => {
        expect(statusContradiction({ status, total: passed + slack, passed, failed: none }, '/status', status)?.code).toBe(slack > 0 ? 'inconsistent_counts' : undefined);
        expect(statusContradiction({ status, total: passed + slack, passed, skipped: slack, failed: none }, '/status', status)).toBeUndefined();
      }),
    );
  });
});

describe('claimsPass and nameWords', () => {
  it('reads a boolean as a pass claim only under a name that says pass', () => {
    expect(claimsPass('all_required_pass', true)).toBe(true);
    expect(claimsPass('allRequiredPass', true)).toBe(true);
    expect(claimsPass('flaky', true)).toBe(false);
    expect(claimsPass('all_required_pass', false)).toBe(false);
  });
  it('splits snake, camel and kebab case alike', () => {
    expect(nameWords('mustPassFailed')).toEqual(['must', 'pass', 'failed']);
    expect(nameWords('must_pass-failed')).toEqual(['must', 'pass', 'failed']);
  });
});

describe('a printed line of counts written name first (passed=10 failed=0 total=10)', () => {
  const name = fc.record({ word: fc.constantFrom('passed', 'failed', 'failures', 'errors', 'skipped', 'total', 'ok', 'pass', 'fail', 'tests'), upper: fc.constantFrom(0, 1, 2) });
  const cased = ({ word, upper }: { word: string; upper: number }) => (upper === 0 ? word : upper === 1 ? word.toUpperCase() : word[0]?.toUpperCase() + word.slice(1));
  const FAILURE_NAMES = new Set(['failed', 'failures', 'errors', 'fail']);
  it('is read name by name: a contradiction exactly when a failure name counts more than zero', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(name, fc.integer({ min: 0, max: 30 })), { minLength: 2, maxLength: 5 }),
        fc.constantFrom('=', ': ', ' ', ' = ', ':'),
        fc.constantFrom(' ', ', ', ' | ', '; ', '  '),
        fc.constantFrom('', 'tests: ', 'Summary: '),
        (pairs, sep, joiner, prefix) => {
          const line = prefix + pairs.map(([n, v]) => `${cased(n)}${sep}${v}`).join(joiner);
          const failing = pairs.some(([n, v]) => FAILURE_NAMES.has(n.word) && v > 0);
          expect(statusContradiction({ status: 'pass', log: line }, '/status', 'pass')?.code, line).toBe(failing ? 'contradiction' : undefined);
        },
      ),
    );
  });
});

describe('a printed line of counts in any of the spellings a reporter joins a name to its count with (red team ya)', () => {
  const names = ['passed', 'failed', 'failures', 'errors', 'skipped', 'total', 'ok', 'pass', 'fail', 'tests', 'timed_out', 'timedOut', 'aborted'];
  const FAILURE_NAMES = new Set(['failed', 'failures', 'errors', 'fail', 'timed_out', 'timedOut', 'aborted']);
  const cased = (word: string, upper: number): string => (upper === 0 ? word : upper === 1 ? word.toUpperCase() : word[0]?.toUpperCase() + word.slice(1));
  // How one line joins each name to its count: a separator, a sign, a fraction of the total, brackets or quotes around the count.
  const joins: ((name: string, n: number) => string)[] = [
    (name, n) => `${name}=${n}`,
    (name, n) => `${name}: ${n}`,
    (name, n) => `${name} ${n}`,
    (name, n) => `${name} -> ${n}`,
    (name, n) => `${name} \u2013 ${n}`,
    (name, n) => `${name} \u2014 ${n}`,
    (name, n) => `${name}=+${n}`,
    (name, n) => `${name}=${n}/40`,
    (name, n) => `${name}(${n})`,
    (name, n) => `${name}: "${n}"`,
    (name, n) => `**${name}**: ${n}`,
    (name, n) => `**${name}:** ${n}`,
    (name, n) => `\`${name}\`=${n}`,
    (name, n) => `${name}=${n}.0`,
  ];
  const line = fc.record({
    pairs: fc.array(fc.tuple(fc.constantFrom(...names), fc.constantFrom(0, 1, 2), fc.integer({ min: 0, max: 30 })), { minLength: 1, maxLength: 5 }),
    join: fc.integer({ min: 0, max: joins.length - 1 }),
    joiner: fc.constantFrom(' ', ', ', ' | ', '; ', '  ', ''),
    prefix: fc.constantFrom('', 'tests: ', 'Summary: ', '- ', '[INFO] ', `[${'a'.repeat(420)}] `),
  });
  const written = ({ pairs, join, joiner, prefix }: { pairs: [string, number, number][]; join: number; joiner: string; prefix: string }): string =>
    // Counts run together only after a colon or an equals sign (`Passed:10Failed:2`).
    prefix + pairs.map(([n, upper, v]) => (joins[join] as (name: string, n: number) => string)(cased(n, upper), v)).join(joiner === '' && ![0, 1, 6, 7].includes(join) ? ' ' : joiner);

  it('is a contradiction exactly when a failure name counts more than zero, however the line joins names and counts, and however long the line', () => {
    fc.assert(
      fc.property(line, (spec) => {
        const log = written(spec);
        const failing = spec.pairs.some(([n, , v]) => FAILURE_NAMES.has(n) && v > 0);
        expect(statusContradiction({ status: 'pass', log }, '/status', 'pass')?.code, log).toBe(failing ? 'contradiction' : undefined);
      }),
    );
  });

  it('reads the parts of a line too long to read whole apart: a count never joins the next part\'s name (seed 1890526500)', () => {
    const long = `[${'a'.repeat(420)}] `;
    for (const sound of [`${long}passed=1  errors=0  passed=0`, `${long}passed=1  failures=0  passed=0`, `${long}Passed: 7  Errors: 0  Passed: 0`])
      expect(statusContradiction({ status: 'pass', log: sound }, '/status', 'pass'), sound).toBeUndefined();
    for (const failing of [`${long}passed=1  errors=2  passed=0`, `${long}3 passed  2 failed`])
      expect(statusContradiction({ status: 'pass', log: failing }, '/status', 'pass')?.code, failing).toBe('contradiction');
  });

  it('reads named counts after a log tag or a bullet as a line of named counts: a name\'s count never joins the next name (found by this property, session 35)', () => {
    for (const sound of ['[INFO] passed 0 passed 1 fail 0', '- passed 1 failed 0 passed 0', '[INFO] - passed 3 failures 0 total 3', '* Passed 2 Errors 0 Passed 1'])
      expect(statusContradiction({ status: 'pass', log: sound }, '/status', 'pass'), sound).toBeUndefined();
    for (const failing of ['[INFO] passed 0 passed 1 fail 2', '- passed 1 failed 2 passed 0', '[INFO] - passed 3 failures 1 total 4'])
      expect(statusContradiction({ status: 'pass', log: failing }, '/status', 'pass')?.code, failing).toBe('contradiction');
  });

  it('under a qualifying label only its own group is bounded: a group after it that counts an outcome again is this run', () => {
    const label = fc.constantFrom('Flaky: ', 'Known failures: ', 'Quarantined ', 'Limits: ', 'Thresholds: ', 'Baseline: ', '[flaky] ', 'Expected: ');
    fc.assert(
      fc.property(label, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 }), fc.constantFrom(', ', ' | ', ' '), (lead, bounded, ran, failed, between) => {
        const log = `${lead}passed=${ran} failed=${bounded}${failed === 0 ? '' : `${between}failed=${failed} passed=${ran}`}`;
        expect(statusContradiction({ status: 'pass', log }, '/status', 'pass')?.code, log).toBe(failed > 0 ? 'contradiction' : undefined);
      }),
    );
  });

  it('a table of counts is read column by column, a key-value table row by row', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 5 }), fc.constantFrom('', '**'), (passed, failed, skipped, strong) => {
        const columns = `| Passed | Failed | Skipped |\n|---|:---:|--:|\n| ${strong}${passed}${strong} | ${strong}${failed}${strong} | ${skipped} |`;
        const rows = `| Outcome | Count |\n|---|---|\n| Passed | ${passed} |\n| Failed | ${failed} |\n| Skipped | ${skipped} |`;
        for (const log of [columns, rows]) expect(statusContradiction({ status: 'pass', log }, '/status', 'pass')?.code, log).toBe(failed > 0 ? 'contradiction' : undefined);
      }),
    );
  });
});

describe('a singular failure name before a number (red team ya)', () => {
  it('is a count below 100 wherever it stands, and a code of three digits or more unless another count on its line is as large', () => {
    fc.assert(
      fc.property(fc.constantFrom('error', 'Error', 'failure', 'fail'), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 100, max: 599 }), fc.constantFrom('', ' duration=3s', ', retry: 2'), (name, count, code, beside) => {
        expect(statusContradiction({ status: 'pass', log: `${name}=${count}${beside}` }, '/status', 'pass')?.code).toBe('contradiction');
        expect(statusContradiction({ status: 'pass', log: `${name}: ${code}${beside}` }, '/status', 'pass')).toBeUndefined();
        expect(statusContradiction({ status: 'pass', log: `${name}=${code} fail=0 pass=3` }, '/status', 'pass')).toBeUndefined();
        expect(statusContradiction({ status: 'pass', log: `pass=${code + 1000} fail=0 ${name}=${code}` }, '/status', 'pass')?.code).toBe('contradiction');
      }),
    );
  });
});

describe('the line readers on long and repetitive texts (red team ya)', () => {
  it('read a line of any length in time that grows with it, not with its square (a word of 100,000 letters took ~55 s)', () => {
    const n = 100_000;
    const texts = [
      `${'a'.repeat(n)}=1`,
      `Summary${' '.repeat(n)}(x): 1`,
      `failed=${'1'.repeat(n)}x`,
      `|${'-'.repeat(n)}x|\n| 1 |`,
      'a (1) '.repeat(n / 6),
      '=1a'.repeat(n / 3),
      '2 failed (see log)\n'.repeat(n / 19),
      `2 failed${' '.repeat(n)}in 3s`,
      `| Passed | Failed |\n|---|---|\n${'| 1 | 0 |\n'.repeat(n / 10)}`,
      // A word with no digit after it (~15 s: a pattern of named counts tried from each of its letters).
      'a'.repeat(n),
      `[${'a'.repeat(n)}`,
      '[2](x '.repeat(n / 6),
      '~~0~~ 2 '.repeat(n / 8),
      '2 failed (flaky) 3 '.repeat(n / 19),
      `2 failed (${'flaky '.repeat(n / 6)})`,
      'none.2 '.repeat(n / 7),
      // Lines joined over a break, leading and glued remarks, numerals weighed by value (red team, za).
      `${'failures:\n2\n'.repeat(n / 13)}`,
      `${'2\nfailed\n'.repeat(n / 9)}`,
      `${'- **failed:**\n\n'.repeat(n / 16)}`,
      `${'2\n\n'.repeat(n / 3)}`,
      `(${'a'.repeat(n)}) failed: 2`,
      `failed: 2(${'a'.repeat(n)})`,
      `Failed: 3 (${'two '.repeat(n / 4)}flaky)`,
      `2 failed (${'was '.repeat(n / 4)}flaky)`,
    ];
    for (const log of texts) {
      // CPU time, not wall time: on a loaded CI box the wall clock measures the other test files sharing the cores.
      const started = cpuStart();
      statusContradiction({ status: 'pass', log }, '/status', 'pass');
      expect(cpuMsSince(started), log.slice(0, 40)).toBeLessThan(3_000);
    }
  });
});

describe('a count written first with its failure word, then a remark (red team zg)', () => {
  const read = (log: string): string | undefined => statusContradiction({ status: 'pass', log }, '/status', 'pass')?.code;
  const remark = fc.constantFrom(' (see log)', ' (details below)', ' [see log]', ' - see log', ' \u2014 see log', ': see log', ' see log', ' in 3.2s', ' (3.2s)', ' after 3 retries', ' on linux', ' on CI', ' at step build', ' during teardown', ' with exit code 1', '!!! see log', ' / see log', ' \u2026 see log', ' => see log', ' <see log>', ' # see log');
  const bound = fc.constantFrom(' (flaky)', ' (expected)', ' (known)', ' (all flaky)', ' (quarantined)', ' then passed on retry', ' (passed on retry)', ', all known', ', then passed on retry', ', all expected', ' in the last run', ' (waived)');
  it('counts failures whatever the remark, as the count alone and before a comma do', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.constantFrom('', 'tests ', 'lint ', 'unit tests '), fc.constantFrom('failed', 'failures', 'errors', 'failing', 'timed out', 'crashed'), remark, fc.constantFrom('', 'Result: ', '- ', 'but '), (n, items, fail, tail, lead) => {
        const log = `${lead}${n} ${items}${fail}${tail}`;
        expect(read(log), log).toBe('contradiction');
      }),
    );
  });
  it('keeps the count bounded by a remark that bounds or discounts it, unless the remark is negated', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.constantFrom('failed', 'tests failed', 'failures'), bound, (n, fail, tail) => {
        const log = `${n} ${fail}${tail}`;
        expect(read(log), log).toBeUndefined();
      }),
    );
    for (const log of ['2 failed (not flaky)', '2 failed (0 flaky)', '2 failed, none flaky', '2 failed, see known issues']) expect(read(log), log).toBe('contradiction');
  });
  it('reads words the failure word describes, ordinals, ids and versions as prose', () => {
    for (const log of [
      'Step 2 of 5 failed over to the backup region',
      '2 errors were fixed',
      'Fixed 2 failing tests',
      '1 failed login attempt was blocked',
      '2 failed logins on the server were throttled',
      'Build #2 failed earlier, retry passed',
      'Phase II complete. 0 failed',
      'Issue 2 failed to reproduce',
      '1 error in the docs was fixed',
      'v2 failed (see log)',
      'Fixed: two failing tests',
      '== 378068  valgrind crashes on AVX2 function in FFmpeg',
      '2 failed-over to backup',
      '44793 make check failing in trunk',
      '525732 Error in documentation for g_list_first',
      '451303 Crashes on empty property',
      '#12 build fails on OS X',
      '12 build fails on OS X',
      '3 error in the docs',
      "375772  +1 error in get_elf_symbol_info() when computing value of 'hi' address",
      '#12 tests failed on CI',
    ])
      expect(read(log), log).toBeUndefined();
  });
  it('cuts a line label before a count in words as before one in digits (Summary: two tests failed), never a label that qualifies', () => {
    for (const log of ['Summary: two tests failed', 'Summary: 2 tests failed', 'two tests failed', 'Result: one failed']) expect(read(log), log).toBe('contradiction');
    for (const log of ['Known: two failed', 'Flaky: two failed', 'Note: two failed attempts']) expect(read(log), log).toBeUndefined();
  });
});

describe('counts a reader is shown past markup, remarks and numerals (red teams zh, zg, za)', () => {
  const read = (log: string): string | undefined => statusContradiction({ status: 'pass', log }, '/status', 'pass')?.code;
  it('reads a count after a struck-out zero or none, or as a Markdown link text, and never withdraws a count still shown', () => {
    fc.assert(
      fc.property(fc.constantFrom('~~0~~', '~~none~~', '<s>0</s>', '<del>0</del>', '<strike>none</strike>', '~0~'), fc.integer({ min: 1, max: 999 }), fc.constantFrom('failures', 'failed', 'errors'), (struck, n, name) => {
        expect(read(`${name}: ${struck} ${n}`)).toBe('contradiction');
        expect(read(`${name}: [${n}](https://ci/x/${n})`)).toBe('contradiction');
        expect(read(`${name}: [${n}][log]`)).toBe('contradiction');
      }),
    );
    for (const log of ['failures: ~~2~~ 0', '0 failed ~~(2 flaky)~~', 'failures: 0 ([log](https://ci/x/2))', 'Fixed [2 failures](https://ci/x) (see log)', 'ran ~2 min, 0 failed']) expect(read(log), log).toBeUndefined();
  });
  it('reads Roman numerals in small letters and number forms, leaving the two-letter words', () => {
    for (const log of ['failures: iii', 'failures: ⅱ', 'Failed tests: ⅲ', 'Failures: ⅳ', 'failures: ｉｉｉ', 'errors: xiv', 'Failures: ⅰ', 'failures: iii (see log)', 'Failed: III (see log)', 'Failed: two (see log)', 'Passed: two (2 failed)']) expect(read(log), log).toBe('contradiction');
    for (const log of ['failed: vi', 'errors: iv', 'Errors: xi', 'failures: ix', 'errors: xv', 'Failures: XX', 'Errors: vi (see log)', 'Failed: two (flaky)', 'Failed: II (known)', 'Passed: ten (0 failed)', 'Failed: two (2 flaky)']) expect(read(log), log).toBeUndefined();
  });
  it('reads a count after an excused one on its line, and a none label\'s bracketed remark, on their own', () => {
    fc.assert(
      fc.property(fc.constantFrom(' ', ' and ', ' + ', '\t', ' · ', ' / ', '', ' - ', ' \u2014 ', ' but ', ' • '), fc.constantFrom('none', 'n/a', '-', '0', '**none**'), fc.integer({ min: 1, max: 99 }), fc.constantFrom('crashed', 'failed', 'errors'), (join, none, n, fail) => {
        expect(read(`2 failed (flaky)${join}${n} ${fail}`), join).toBe('contradiction');
        expect(read(`failures: ${none} (${n} ${fail})`), none).toBe('contradiction');
        expect(read(`2 failed (flaky)${join}0 ${fail}`), join).toBeUndefined();
        expect(read(`failures: ${none} (${n} flaky)`), none).toBeUndefined();
      }),
    );
    for (const log of ['failures: none.2 crashed', 'failures: none (two crashed)', 'Fehler: keine (2 fehlgeschlagen)', '失败：无（2 个失败）', '2 failed [flaky] 3 crashed', '2 failed (flaky) but 3 crashed', '2 failed (flaky) and three crashed']) expect(read(log), log).toBe('contradiction');
    for (const log of ['2 failed (flaky) with 3 retries', '2 failed (flaky) and retried']) expect(read(log), log).toBeUndefined();
    for (const log of ['failures: none. 2 warnings', 'failures: none (see log)', 'Fehler: keine (siehe Log)', 'Fehler: keine (2 übersprungen)', 'failures: none (3.2s)', '0 failed (2 flaky, retried and passed)']) expect(read(log), log).toBeUndefined();
  });
  it('reads a remark whose excuse word excuses nothing as no excuse, and one that excuses the whole count as one', () => {
    const excusesNothing = ['never flaky', 'no longer flaky', 'none of them flaky', '0 of them flaky', 'not all flaky', 'flaky: 0', 'expected 0', 'flaky? no', 'expected to pass', 'retried: still failing', 'flaky detection disabled', 'flaky test harness crashed', 'baseline missing', '1 flaky', "isn't flaky", 'nicht flaky', 'flaky: false', 'flaky - 0', 'flaky: 1'];
    const excuses = ['flaky', 'known flaky', 'expected', 'expected to fail', 'known to be flaky', 'passed on retry', '2 flaky', '1 flaky, 1 known', 'flaky network error', 'flaky, see #12', 'flaky 0.5%'];
    for (const remark of excusesNothing) for (const log of [`2 failed (${remark})`, `Failed: 2 (${remark})`]) expect(read(log), log).toBe('contradiction');
    for (const remark of excuses) for (const log of [`2 failed (${remark})`, `Failed: 2 (${remark})`]) expect(read(log), log).toBeUndefined();
    expect(read('2 failed, expected to pass')).toBe('contradiction');
    for (const log of ['Failed (never flaky): 2', 'Failed (no longer flaky): 2', 'Failed: 3 (1 flaky, 1 known)', 'failures: 0\u0336 2']) expect(read(log), log).toBe('contradiction');
    for (const log of ['Failed (flaky): 2', 'Failed: 2 (1 flaky, 1 known)']) expect(read(log), log).toBeUndefined();
    expect(read('2 failed, all known')).toBeUndefined();
  });
  it('reads counts of thousands before items, number words, and counts a verb finds, as counts; ids, prose and fixes stay prose', () => {
    for (const log of ['1204 tests failed (see log)', '1204 failures (see log)', 'two failed (see log)', 'three tests failed in 3.2s', 'two lint failures', 'Found 2 lint errors', 'Found two lint errors', 'There were 2 failures', 'Known issues: 2 (all fixed) - Failed: 2'])
      expect(read(log), log).toBe('contradiction');
    for (const log of ['378068  valgrind crashes on AVX2 (see log)', '12345 tests fail on windows (see log)', 'Due to a configuration error (see log)', 'One failed login attempt (see log)', 'all lint errors are reported', 'Fixed two lint failures', 'Fixed 2 failures (see log)', 'Found 0 errors', 'Found 2 errors, all fixed', 'Found a bug in error handling', 'Known issues: 2 (all fixed) - failed=0'])
      expect(read(log), log).toBeUndefined();
  });
});

describe('a failure count with a remark that excuses nothing now (red team, za)', () => {
  const read = (log: string): string | undefined => statusContradiction({ status: 'pass', log }, '/status', 'pass')?.code;
  const past = fc.constantFrom('was', 'were', 'previously', 'formerly', 'once', 'used to be', 'ex-', 'früher', 'auparavant', 'anteriormente', '以前');
  const tolerance = fc.constantFrom('flaky', 'known', 'quarantined', 'allowed', 'tolerated');
  it('counts failures under a tolerance told in the past or ended since, and keeps an earlier run\'s count and a failure fixed or expected excused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.constantFrom('2 failed', 'Failed: 2', 'failures: 2').map((l) => l.replace('2', '%')), past, tolerance, fc.constantFrom(['(', ')'], ['[', ']']), (n, line, when, word, [open, close]) => {
        const log = `${line.replace('%', String(n))} ${open}${when === 'ex-' ? 'ex-' : `${when} `}${word}${close}`;
        expect(read(log), log).toBe('contradiction');
      }),
    );
    for (const log of ['2 failed (flaky until today)', '2 failed (flaky in the past)', '2 failed (flaky last week)', '(was flaky) failed: 2']) expect(read(log), log).toBe('contradiction');
    for (const log of ['2 failed (previously)', 'Failed: 0 (was 2 yesterday)', '2 failed (were expected)', '2 failed (was fixed)', '2 failed (flaky until fixed)', '2 failed (flaky)']) expect(read(log), log).toBeUndefined();
  });
  it('weighs a remark\'s number word by its value: fewer than counted excuse only some', () => {
    const words = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 10 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom('flaky', 'known'), (excused, more, word) => {
        const log = `Failed: ${excused + more} (${words[excused - 2]} ${word})`;
        expect(read(log), log).toBe(more > 0 ? 'contradiction' : undefined);
      }),
    );
  });
  it('reads a label and its count split over a line break as one line, never a heading over a list or a column of names over their values', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.constantFrom('failures', 'failed', 'Failed', 'errors', 'Tests failed', '失败'), fc.constantFrom(':', '', '='), fc.constantFrom('', ' ', '  '), (n, label, colon, indent) => {
        const log = `${label}${colon}\n${indent}${n}`;
        expect(read(log), JSON.stringify(log)).toBe('contradiction');
      }),
    );
    for (const log of ['Failures:\n  2 tests in module x', 'Passed\n10\nFailed\n0', 'retries:\n2', 'failures:\n0', 'Step\n2\nfailed to start']) expect(read(log), JSON.stringify(log)).toBeUndefined();
  });
  it('reads a remark that opens the line, is glued to its count or stands in full-width brackets as a remark', () => {
    for (const log of ['(not flaky) failed: 2', '{not flaky} failed: 2', '(x) failed: 2', 'failures: 2(x)', 'failures: 2（not flaky）', '失败：2（非不稳定）', '失败: 2 (不是 flaky)', 'échecs : aucun (2 plantés)', 'échecs : aucun (2 plantes)'])
      expect(read(log), log).toBe('contradiction');
    for (const log of ['(flaky) failed: 2', '[known] failed: 2', '失败：2（已知）', 'failures: 2(flaky)', 'échecs : aucun (0 plantés)']) expect(read(log), log).toBeUndefined();
  });
});


describe('a failure count in brackets among prose (red team za, session 28)', () => {
  const word = fc.constantFrom('tests', 'done', 'nightly', 'run', 'finished', 'build', 'see', 'log', 'the', 'report', 'artifacts', 'ci', 'job');
  const prose = fc.array(word, { minLength: 0, maxLength: 4 }).map((w) => w.join(' '));
  const failure = fc.constantFrom('failed', 'failures', 'errors', 'crashed', 'failing');
  const brackets = fc.constantFrom(['(', ')'], ['[', ']'], ['\uff08', '\uff09']);

  it('a nonzero count of failures in brackets is read whatever prose stands around it', () => {
    fc.assert(
      fc.property(prose, fc.integer({ min: 1, max: 999 }), failure, brackets, prose, (before, n, name, [open, close], after) => {
        const log = `${before} ${open}${n} ${name}${close} ${after}`.trim();
        expect(statusContradiction({ status: 'pass', log }, '/status', 'pass')?.code, log).toBe('contradiction');
      }),
    );
  });

  it('a zero in brackets, or a count the clause before it qualifies, is no failure', () => {
    fc.assert(
      fc.property(fc.constantFrom('Known issues', 'Flaky tests', 'Expected failures', 'Previously'), fc.integer({ min: 1, max: 999 }), failure, prose, (label, n, name, after) => {
        for (const log of [`${label} (${n} ${name}) ${after}`.trim(), `done (0 ${name}) ${after}`.trim()]) expect(statusContradiction({ status: 'pass', log }, '/status', 'pass'), log).toBeUndefined();
      }),
    );
  });
});

describe('a failure count in quotes among prose (red team rc, session 29)', () => {
  const word = fc.constantFrom('tests', 'done', 'nightly', 'run', 'finished', 'build', 'see', 'log', 'the', 'report', 'artifacts', 'ci', 'job');
  const prose = fc.array(word, { minLength: 0, maxLength: 4 }).map((w) => w.join(' '));
  const failure = fc.constantFrom('failed', 'failures', 'errors', 'crashed', 'failing');
  const quotes = fc.constantFrom(['"', '"'], ['\u201c', '\u201d'], ['\u201e', '\u201c'], ['\u00ab', '\u00bb'], ['\u00bb', '\u00ab'], ['\u2039', '\u203a'], ["'", "'"], ['\u2018', '\u2019'], ['\u201a', '\u2018'], ['/', '/']);
  const read = (log: string): string | undefined => statusContradiction({ status: 'pass', log }, '/status', 'pass')?.code;

  it('a nonzero count of failures in quotes is read whatever prose stands around it', () => {
    fc.assert(
      fc.property(prose, fc.integer({ min: 1, max: 999 }), failure, quotes, prose, (before, n, name, [open, close], after) => {
        const log = `${before} ${open}${n} ${name}${close} ${after}`.trim();
        expect(read(log), log).toBe('contradiction');
      }),
    );
  });

  it('a quoted count that is text searched for or named, a quoted zero, or one a label qualifies is no failure', () => {
    const mention = fc.constantFrom('search the log for', 'grep for', 'look for', 'lines matching', 'the test named', 'a case titled', 'the message');
    fc.assert(
      fc.property(mention, fc.integer({ min: 1, max: 999 }), failure, quotes, prose, (lead, n, name, [open, close], after) => {
        for (const log of [`${lead} ${open}${n} ${name}${close} ${after}`.trim(), `done ${open}0 ${name}${close} ${after}`.trim(), `Known issues ${open}${n} ${name}${close} ${after}`.trim(), `the ${open}${n} ${name}${close} message is gone`])
          expect(read(log), log).toBeUndefined();
      }),
    );
  });

  it('a quote mark is one only where no letter or digit touches it outside, and a quoted one-token name counts nothing', () => {
    for (const log of ["it's 2 o'clock, Bob's 'all' green", 'see reports/2 failed/x', 'ratio 1/2 failed/3 retried', 'see "Found_0_errors_6217" in the table']) expect(read(log), log).toBeUndefined();
    for (const log of ['Runner prints "2 failed" see log', 'Summary: "Failed: 2" - see the log', '«2 failed», see log']) expect(read(log), log).toBe('contradiction');
    // A word that names a kind of text, as a label before its colon, labels the value it reports (review of session 30).
    for (const log of ['Title: "2 failed"', 'Final text: "3 failed"', 'Result message = "2 failed" see log', 'Message: «2 failed»']) expect(read(log), log).toBe('contradiction');
  });

  const marks = fc.constantFrom('`', '``', '*', '**', '***', '_', '__');

  it('a nonzero count in emphasis or code marks is read whatever prose stands around it, as one in quotes is', () => {
    fc.assert(
      fc.property(prose, fc.integer({ min: 1, max: 999 }), failure, marks, prose, (before, n, name, mark, after) => {
        const log = `${before} ${mark}${n} ${name}${mark} ${after}`.trim();
        expect(read(log), log).toBe('contradiction');
      }),
    );
  });

  it('a count in emphasis or code marks that is text searched for or named, a zero, or one a label qualifies is no failure', () => {
    const mention = fc.constantFrom('search the log for', 'grep for', 'look for', 'lines matching', 'the test named', 'a case titled', 'the message');
    fc.assert(
      fc.property(mention, fc.integer({ min: 1, max: 999 }), failure, marks, prose, (lead, n, name, mark, after) => {
        for (const log of [`${lead} ${mark}${n} ${name}${mark} ${after}`.trim(), `done ${mark}0 ${name}${mark} ${after}`.trim(), `Known issues ${mark}${n} ${name}${mark} ${after}`.trim(), `the ${mark}${n} ${name}${mark} message is gone`])
          expect(read(log), log).toBeUndefined();
      }),
    );
  });

  it('a count first, then a word a runner prints when the run ended, is the count; before another word it describes what failed', () => {
    for (const log of ['2 failed done', '3 errors finished', 'All 2 tests 0 passed, 2 failed finished in 0.79s.', '2 tests failed completed', '1 failure done!', '2 failed ended (see log)', '2 failed. done']) expect(read(log), log).toBe('contradiction');
    for (const log of ['2 failed nightly builds', '2 failed login attempts were blocked', 'the CronJob keeps 2 failed finished jobs', '0 failed done', '2 failed done (flaky)', '2 failed done-criteria', '2 failed completed interviews']) expect(read(log), log).toBeUndefined();
  });

  it('a whole count set apart by emphasis or code marks ends before the words after it', () => {
    for (const log of ['`1 failed` finished', '**2 failed** done', '*2 failed* nightly', '_3 errors_ see log', 'done: `2 failed` see log']) expect(read(log), log).toBe('contradiction');
    for (const log of ['**0 failed** done', 'Known issues **2 failed** see tracker', 'grep for `2 failed` in output', '**2 failed** (flaky) retried', 'ran **12 tests** in 3s', 'snake_case 2 failed_x']) expect(read(log), log).toBeUndefined();
  });
});

describe('a failure count left as a format slot (session 31 ub2)', () => {
  const name = fc.constantFrom('failed', 'failures', 'failed_tests', 'failed_count', 'errors');
  const ident = fc.stringMatching(/^[a-z_][a-z0-9_]{0,10}$/);
  const formatField = fc.oneof(
    ident.map((n) => `{${n}}`),
    fc.integer({ min: 0, max: 9 }).map((n) => `{${n}}`),
    fc.tuple(ident, fc.constantFrom('', '!r', '!s'), fc.constantFrom('', ':>5', ':d', ':.2f')).map(([n, c, f]) => `{${n}${c}${f}}`),
    fc.tuple(fc.constantFrom('', '(failed)', '(n)'), fc.constantFrom('', '-', '0', '5', '.2', '5.2'), fc.constantFrom('s', 'd', 'i', 'f', 'r', 'v', 'u')).map(([m, w, c]) => `%${m}${w}${c}`),
    fc.constantFrom('?', '??', '???', '…', '...', '？'),
  );

  it('a whole count or text that is a format field, a %-conversion or an unknown mark is a placeholder', () => {
    fc.assert(
      fc.property(name, formatField, (key, slot) => {
        expect(statusContradiction({ status: 'pass', [key]: slot }, '/status', 'pass')?.code, `${key}: ${slot}`).toBe('placeholder');
      }),
    );
  });

  it('a status sentence whose failure count is a slot is a placeholder; one whose slot counts something else is read as written', () => {
    const slot = fc.constantFrom('{{failed}}', '{{ failed }}', '${FAILED}', '{failed}', '{0}', '%d', '%(failed)s', '%FAILED%', '@FAILED@', '$FAILED', '<%= failed %>');
    fc.assert(
      fc.property(fc.constantFrom('result', 'summary'), slot, fc.constantFrom('PASS ({} failed)', '{} failed', 'Failures: {}', 'passed 120, failed {}'), (key, s, sentence) => {
        const text = sentence.replace('{}', s);
        const found = statusContradiction({ status: 'pass', [key]: text }, '/status', 'pass');
        expect(found?.code, `${key}: ${text}`).toMatch(/^(?:placeholder|contradiction)$/u);
        if (key !== 'result') expect(found?.code, `${key}: ${text}`).toBe('placeholder');
      }),
    );
    for (const text of ['{{passed}} passed, 0 failed', '50% success, 0 failed', 'PASS (0 of 120 failed)', 'Coverage 95%, 0 failed'])
      expect(statusContradiction({ status: 'pass', summary: text }, '/status', 'pass'), text).toBeUndefined();
  });

  it('a dash, an empty map and a none stay none', () => {
    for (const v of ['-', '--', '\u2014', '\u2013', '~', '{}', '{ }', '[ ]', 'n/a', 'none', '0', ''])
      expect(statusContradiction({ status: 'pass', failed: v }, '/status', 'pass'), v).toBeUndefined();
  });

  it('a word for none or does-not-apply, or a rule of any length, stays a none; drawn with a look-alike letter it does not (session 32 review)', () => {
    for (const v of ['n.a.', 'N.A.', 'empty', 'Empty.', '(null)', '(nil)', '(empty)', '\u2014\u2014\u2014\u2014', '\u2500\u2500\u2500', '-/-', '\u2205', '[-]', 'nicht zutreffend', 'sans objet', 'nvt', '\u043f\u0443\u0441\u0442\u043e', '\u4e0d\u9002\u7528', '\ud574\ub2f9 \uc5c6\uc74c'])
      expect(statusContradiction({ status: 'pass', failed_tests: v }, '/status', 'pass'), v).toBeUndefined();
    // Cyrillic пусто with a Latin c and o; `empty` with a Cyrillic е: one text shown, another said.
    for (const v of ['\u043f\u0443c\u0442o', '\u0435mpty', 'sample', 'foo'])
      expect(statusContradiction({ status: 'pass', failed_tests: v }, '/status', 'pass')?.code, v).toMatch(/^(?:contradiction|placeholder)$/u);
  });

  it('a placeholder word where the failures go (a draft, or a failing test named so) is placeholder, never a none (session 32)', () => {
    for (const v of ['sample', 'foo', 'lorem', 'example', 'stub', '?', '\u2026'])
      for (const key of ['failed', 'failed_tests', 'failures'])
        expect(statusContradiction({ status: 'pass', [key]: v }, '/status', 'pass')?.code, `${key}: ${v}`).toBe('placeholder');
  });
});

describe('failure text saying none in markup or as a language prints an empty collection (session 31 ub2)', () => {
  const read = (v: string) => statusContradiction({ status: 'pass', failed: v }, '/status', 'pass')?.code;
  it('a none word in one text element, an empty list or table part, an empty collection\'s print and zero of a total are none', () => {
    fc.assert(
      fc.property(fc.constantFrom('p', 'em', 'i', 'b', 'strong', 'span', 'code', 'td', 'li'), fc.constantFrom('', ' class="x"'), fc.constantFrom('none', 'None', 'NONE', 'nothing', 'no failures', 'keine'), (tag, attr, word) => {
        expect(read(`<${tag}${attr}>${word}</${tag}>`)).toBeUndefined();
      }),
    );
    for (const v of ['set()', 'frozenset()', 'map[]', 'Set(0) {}', '<ul/>', '<ol />', '<tbody></tbody>', '<thead></thead>', '<table/>', '0 of 120', '0 out of 12', '0/120', '0 of 120 tests']) expect(read(v), v).toBeUndefined();
  });
  it('an empty element, an entry, a look-alike none and a count of a total above zero still fail', () => {
    for (const v of ['<b></b>', '<em> </em>', '0 of 120 passed', '<ul><li>x</li></ul>', '<em>test_login</em>', "set(['a'])", "{'a'}", 'map[a:1]', '1 of 120', '2/120', '<em>n\u043ene</em>', '<em>none</em> 2', '<script>none</script>'])
      expect(read(v), v).toMatch(/^(?:contradiction|wrong_type|placeholder)$/u);
  });
});

describe('a none read as written: no invisible, control or bidi character inside it (session 32 tk)', () => {
  const read = (key: string, v: string) => statusContradiction({ status: 'pass', [key]: v }, '/status', 'pass')?.code;
  /** Characters drawn as nothing, or that change what a text shows: zero-width ones, soft hyphen, word joiner, variation selectors, CGJ, a filler, a tag, bidi controls, NUL. */
  const hidden = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u00ad', '\u2060', '\ufeff', '\ufe0f', '\ufe00', '\u034f', '\u3164', '\u180e', '\u{e0041}', '\u202e', '\u2066', '\u200e', '\u061c', '\u0000', '\u0007');
  const words = fc.constantFrom('none', 'None', 'nothing', 'keine', 'aucune', 'no failures', 'no errors', 'n/a', 'null', 'nil', 'なし', 'нет');
  const cut = (word: string, at: number) => {
    const chars = [...word];
    const k = 1 + (at % (chars.length - 1));
    return [chars.slice(0, k).join(''), chars.slice(k).join('')];
  };
  it('a none with such a character inside it, in markup or plain, is never read as no failure', () => {
    fc.assert(
      fc.property(fc.constantFrom('failed', 'failures', 'error', 'error_message', 'traceback', 'exception', 'failure_reason'), words, hidden, fc.nat(), fc.constantFrom('', 'p', 'em', 'td', 'li', 'span'), (key, word, c, at, tag) => {
        const [a, b] = cut(word, at);
        const text = `${a}${c}${b}`;
        expect(read(key, tag === '' ? text : `<${tag}>${text}</${tag}>`), JSON.stringify(text)).toMatch(/^(?:contradiction|wrong_type|placeholder)$/u);
      }),
    );
  });
  it('in angle brackets and at the start of an element too', () => {
    for (const v of ['<none\ufeff>', '<no\u200bne>', '<p>\u202enone</p>', '<em>\u200bnone</em>', '<p>\u200bnone</p>'])
      expect(read('failed', v), JSON.stringify(v)).toMatch(/^(?:contradiction|wrong_type|placeholder)$/u);
  });
  it('a none after an emoji with its variation selector, with a Thai word break, or a zero-width space before its full stop is still a none (review ra)', () => {
    for (const v of ['\u2714\ufe0f none', '\u26a0\ufe0f None', '\u2764\ufe0f none', '\u0e44\u0e21\u0e48\u200b\u0e21\u0e35', 'None\u200b.', 'none\u200b!'])
      expect(read('error_message', v), JSON.stringify(v)).toBeUndefined();
    // A zero-width space between letters of scripts that never use it as a word break is still a disguise.
    for (const v of ['\u306a\u200b\u3057', 'no\u200bne', 'no\u200bne.', 'n\u200b/a', 'none.\u202e', 'none\u202e.', 'none\u0000.'])
      expect(read('error_message', v), JSON.stringify(v)).toMatch(/^(?:contradiction|wrong_type|placeholder)$/u);
  });
  it('a none padded at its ends by a character drawn as nothing, or with its words parted by any drawn space, is still a none', () => {
    fc.assert(
      fc.property(fc.constantFrom('error_message', 'traceback', 'exception'), words, fc.constantFrom('\u200b', '\ufeff', '\u2060', '\ufe0f'), fc.boolean(), (key, word, c, before) => {
        expect(read(key, before ? `${c}${word}` : `${word}${c}`), JSON.stringify(word)).toBeUndefined();
      }),
    );
    for (const v of ['no\u00a0errors', 'no\u00a0failures', '\u200b', '<p>none</p>', '<td> None. </td>', '<p>なし</p>']) expect(read('error_message', v), JSON.stringify(v)).toBeUndefined();
  });
});

describe('a count drawn in the inline marks of other markups (session 31 ub2)', () => {
  const mark = fc.constantFrom<[string, string]>(['==', '=='], ['^', '^'], [',,', ',,'], ["'''", "'''"], ["''", "''"], ['$', '$'], ['\\(', '\\)'], ['\u3010', '\u3011'], ['\u27e8', '\u27e9'], ['\u300a', '\u300b'], ['\u3014', '\u3015']);
  const read = (text: string) => statusContradiction({ status: 'pass', summary: text }, '/status', 'pass')?.code;
  it('a failure count above zero between marks is read as the count', () => {
    fc.assert(
      fc.property(mark, fc.integer({ min: 1, max: 999 }), fc.constantFrom('Result: {} failed', '{} failed', 'failed: {}', 'Tests: 10 passed, {} failed'), ([open, close], n, sentence) => {
        const text = sentence.replace('{}', `${open}${n}${close}`);
        expect(read(text), text).toBe('contradiction');
      }),
    );
  });
  it('zero between marks, and marks inside a word, stay as they read', () => {
    fc.assert(
      fc.property(mark, ([open, close]) => {
        expect(read(`Result: ${open}0${close} failed`)).toBeUndefined();
        expect(read(`Speedup x${open}2${close}y ok, 0 failed`)).toBeUndefined();
      }),
    );
  });
});

describe('characters drawn as nothing that join no word (session 32 tk)', () => {
  const read = (key: string, v: string) => statusContradiction({ status: 'pass', [key]: v }, '/status', 'pass')?.code;
  it('an emoji sequence, a variation sequence of a symbol or an invisible character between marks reads as before: never a none in disguise', () => {
    // Read as a pictograph or marks-only placeholder (no failure written), as without the joiner.
    for (const v of ['👩\u200d❤\ufe0f\u200d👩', '🏃\u200d♂\ufe0f', '∩\ufe00', "'\u200b',", '<ul>\ufeff</ul>'])
      expect(read('error_message', v), JSON.stringify(v)).toBe(read('error_message', v.replace(/[\u200b\u200d\ufe00\ufe0f\ufeff]/gu, '')));
  });
});
