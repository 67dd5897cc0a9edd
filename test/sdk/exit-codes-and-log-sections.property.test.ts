// Families of spellings closed in session 40 (helper ex, red team xf): an exit code beside a pass is a clean exit only
// when it reads as 0 — given as a list, an object, letters drawn as digits, a word of failure or a clean code with a remark
// of failure, it is a contradiction; a step's log kept in sections, chunks, under a result or in lists of lists is read;
// a floor on a latency under an abbreviated name is vacuous.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { floorOnALatency, statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const exitName = fc.constantFrom('exit_code', 'exitCode', 'returncode', 'rc', 'exit_status');
const besidePass = (name: string, value: unknown) => statusContradiction({ status: 'pass', passed: 3, [name]: value }, '/status', 'pass');
const failing = fc.oneof(fc.integer({ min: 1, max: 255 }), fc.integer({ min: -255, max: -1 }), fc.constantFrom('1', '137', '0x1', 'exit code 2'));
const clean = fc.constantFrom<unknown>(0, '0', '0 ', '0x0', '0.0', 'zero', 'success', 'Process completed with exit code 0.', 'Exited (0) 5 seconds ago');

describe('an exit code given as a list or an object', () => {
  it('is a contradiction when any code it holds is not clean, wherever that code sits', () => {
    fc.assert(
      fc.property(exitName, fc.array(clean, { maxLength: 4 }), failing, fc.nat(), fc.constantFrom('list', 'nested', 'objects', 'code', 'status', 'exitCode'), (name, cleans, bad, at, shape) => {
        const codes = [...cleans];
        codes.splice(at % (codes.length + 1), 0, bad);
        const value = shape === 'list' ? codes : shape === 'nested' ? [codes] : shape === 'objects' ? codes.map((code) => ({ code })) : { [shape]: bad };
        const found = besidePass(name, value);
        expect(found?.code, JSON.stringify(value)).toBe('contradiction');
        expect(found?.pointer).toBe(`/${name}`);
      }),
    );
  });
  it('is no failure when every code it holds is clean, or it names no code', () => {
    fc.assert(
      fc.property(exitName, fc.array(clean, { maxLength: 4 }), fc.constantFrom('list', 'objects', 'code', 'status', 'none'), (name, cleans, shape) => {
        const value = shape === 'list' ? cleans : shape === 'objects' ? cleans.map((code) => ({ code, signal: null })) : shape === 'none' ? { type: 'integer' } : { [shape]: 0 };
        expect(besidePass(name, value), JSON.stringify(value)).toBeUndefined();
      }),
    );
  });
});

describe('an exit code written in words or letters', () => {
  const drawnAsDigits = fc.constantFrom('O', 'o', '\u041e', '\u043e', '\u039f', '\u03bf', '\uff2f', 'l', 'I', 'OO', '\u200bO');
  const failure = fc.constantFrom('failed', 'FAILED', 'error', 'segfault', 'killed', 'OOMKilled', 'crashed', 'timed out', 'SIGKILL', 'sigsegv', 'SIGTERM', 'f\u0430iled');
  it('reads letters drawn as digits, words of failure and signal names as no clean exit', () => {
    fc.assert(
      fc.property(exitName, fc.oneof(drawnAsDigits, failure), (name, text) => {
        expect(besidePass(name, text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('reads a clean code whose remark tells a failure after the process numbers as no clean exit', () => {
    const reference = fc.constantFrom('pid 4242', 'attempt 3', 'try 2', 'after 2 retries', 'run 7', '');
    const told = fc.constantFrom('tests failed', 'failed', 'segfault', 'crashed', 'error', 'killed');
    const sep = fc.constantFrom('; ', ', ', ': ', ' ');
    fc.assert(
      fc.property(exitName, fc.constantFrom('0', '0x0', '\uff10'), reference, sep, told, (name, zero, ref, s, fail) => {
        const text = `${zero} (${ref === '' ? '' : `${ref}${s}`}${fail})`;
        expect(besidePass(name, text)?.code, text).toBe('contradiction');
        const sound = `${zero} (${ref === '' ? 'ok' : ref})`;
        expect(besidePass(name, sound), sound).toBeUndefined();
      }),
    );
  });
});

describe("a step's log kept in sections, chunks, under a result or in lists of lists", () => {
  const GO_FAILED = ['=== RUN   TestX', '--- FAIL: TestX (0.00s)', 'FAIL', 'FAIL\texample.com/a\t0.1s'];
  const GO_PASSED = ['=== RUN   TestX', '--- PASS: TestX (0.00s)', 'PASS', 'ok  \texample.com/a\t0.1s'];
  const wrap = fc.constantFrom(
    (l: string[]) => ({ logs: [{ name: 'go test', lines: l }] }),
    (l: string[]) => ({ log: [{ t: 1, lines: l }] }),
    (l: string[]) => ({ log: { chunks: l } }),
    (l: string[]) => ({ output: { sections: [l] } }),
    (l: string[]) => ({ result: { log: l } }),
    (l: string[]) => ({ details: { stdout: l.join('\n') } }),
    (l: string[]) => ({ log: { lines: [l] } }),
    (l: string[]) => ({ log: { pages: [l.slice(0, 2), l.slice(2)] } }),
  );
  it("reads Go's failures there under the step's success, and its passes as none", () => {
    fc.assert(
      fc.property(wrap, fc.constantFrom('steps', 'jobs', 'tasks'), (kept, list) => {
        const doc = (lines: string[]) => ({ status: 'success', [list]: [{ name: 'go test', status: 'success', ...kept(lines) }] });
        expect(statusContradiction(doc(GO_FAILED), '/status', 'success')?.code, JSON.stringify(doc(GO_FAILED))).toBe('contradiction');
        expect(statusContradiction(doc(GO_PASSED), '/status', 'success'), JSON.stringify(doc(GO_PASSED))).toBeUndefined();
      }),
    );
  });
});

describe('a floor on a latency under an abbreviated name', () => {
  const sep = fc.constantFrom('_', '.', '-');
  const unit = fc.constantFrom('ms', 'us', 's', 'sec', 'millis', 'ns');
  const pct = fc.constantFrom('p50', 'p90', 'p95', 'p99', 'p999', 'max', 'avg');
  it('is a latency whose floor the slowest run meets', () => {
    fc.assert(
      fc.property(fc.constantFrom('lat', 'resp', 'response', 'rt'), pct, unit, sep, fc.constantFrom('>=', '>'), fc.nat(2), (word, p, u, s, op, order) => {
        const pointer = ['/' + [word, p, u].join(s), '/' + [p, word, u].join(s), `/${word}${s}${u}/${p}`][order] as string;
        expect(floorOnALatency(pointer, op), pointer).toBeDefined();
        expect(floorOnALatency(pointer, '<='), pointer).toBeUndefined();
      }),
    );
  });
  it('is no latency when the name counts, sizes or shares responses, or has no unit of time', () => {
    fc.assert(
      fc.property(fc.constantFrom('response_count', 'responses', 'response_bytes/p50', 'lat_samples_ms', 'response_ok_pct', 'location/lat', 'http_reqs/count', 'resp_size'), (pointer) => {
        expect(floorOnALatency(`/${pointer}`, '>='), pointer).toBeUndefined();
      }),
    );
  });
});

// Session 40, red team xe: shell and Windows names, Node's signalCode, codes nested past the depth read, remarks whose
// `no` turns a clean word or whose failures stand without it; a percentile of a time is a latency.
describe('an exit code under a shell name, nested deeper, or with a remark of failures', () => {
  const shellName = fc.constantFrom('errorlevel', 'ERRORLEVEL', 'retcode', 'LASTEXITCODE', 'exit_code', 'returncode');
  it('fails under a shell name when not 0, and passes when 0', () => {
    fc.assert(
      fc.property(shellName, fc.integer({ min: 1, max: 255 }), (name, code) => {
        expect(besidePass(name, code)?.code, name).toBe('contradiction');
        expect(besidePass(name, 0), name).toBeUndefined();
      }),
    );
  });
  it("reads Node's signalCode as the signal that killed the process", () => {
    fc.assert(
      fc.property(fc.constantFrom('signalCode', 'signal_code', 'signo'), fc.constantFrom('SIGKILL', 'SIGTERM', 'SIGSEGV'), (name, sig) => {
        expect(besidePass(name, sig)?.code, name).toBe('contradiction');
        expect(besidePass(name, null), name).toBeUndefined();
      }),
    );
  });
  it('never reads codes nested past the depth read as clean, and reads every member of a list', () => {
    fc.assert(
      fc.property(exitName, fc.integer({ min: 4, max: 7 }), fc.integer({ min: 0, max: 200 }), failing, (name, depth, zeros, bad) => {
        let nested: unknown = [bad];
        for (let i = 1; i < depth; i++) nested = [nested];
        expect(besidePass(name, nested)?.code, JSON.stringify(nested)).toBe('contradiction');
        expect(besidePass(name, [...Array(zeros).fill(0), bad])?.code).toBe('contradiction');
        expect(besidePass(name, Array(zeros).fill(0))).toBeUndefined();
      }),
    );
  });
  it("fails a clean code's remark whose failures stand without `no`, or whose `no` turns a clean word", () => {
    fc.assert(
      fc.property(exitName, fc.constantFrom('errors', 'failures', 'first run: errors', 'no good', 'no success', 'no, fine', 'clean, errors'), (name, remark) => {
        expect(besidePass(name, `0 (${remark})`)?.code, remark).toBe('contradiction');
      }),
    );
    fc.assert(
      fc.property(exitName, fc.constantFrom('no errors', 'no failures', 'ok, no errors', 'retry 1 of 3', 'attempt 2/3', 'try 2 of 5'), (name, remark) => {
        expect(besidePass(name, `0 (${remark})`), remark).toBeUndefined();
      }),
    );
  });
});

describe('a floor on a percentile of a time', () => {
  it('is a latency whose floor the slowest run meets; a ceiling on it, or a percentile of no time, is not', () => {
    fc.assert(
      fc.property(fc.constantFrom('p50', 'p95', 'p99', 'p999'), fc.constantFrom('ms', 'us', 's', 'millis'), fc.constantFrom('api', 'e2e', 'checkout', 'duration'), fc.nat(2), (p, u, subject, order) => {
        const pointer = [`/${subject}/${p}_${u}`, `/${subject}_${u}/${p}`, `/${subject}_${p}_${u}`][order] as string;
        expect(floorOnALatency(pointer, '>='), pointer).toBeDefined();
        expect(floorOnALatency(pointer, '<='), pointer).toBeUndefined();
        expect(floorOnALatency(`/${subject}/${p}_count`, '>=')).toBeUndefined();
      }),
    );
  });
});

describe("a clean exit code in a sentence with a clean remark's words, its hex repeat or a count of none", () => {
  it('is clean as written, and no clean exit once a failure or another code stands in it', () => {
    fc.assert(
      fc.property(exitName, fc.constantFrom('code=exited, status=0/SUCCESS', 'exit code 0 (success)', 'exit code 0 with no errors', '0 (0x0)', '0 (0x00000000)', '0 (0 errors)', '0 (0 failures)'), (name, text) => {
        expect(besidePass(name, text), text).toBeUndefined();
      }),
    );
    fc.assert(
      fc.property(exitName, fc.constantFrom('exit code 0 (errors)', 'exit code 0, no good', 'status=0/FAILURE', '0 (0x1)', '0 (0 errors, failures)', '0 (0x0 failed)', '0 (0 errors, 2 failures)', 'exit code 0 with errors'), (name, text) => {
        expect(besidePass(name, text)?.code, text).toBe('contradiction');
      }),
    );
  });
});

// Session 40, helper fx (red team xe, helper ex): a clean code with a remark outside brackets, a code told without
// digits only in a clean exit's words, codes under a plural name or by step name, and a platform's nesting of how a
// process ended.
describe('a clean exit code with a remark after a dash, a colon or a space', () => {
  const separator = fc.constantFrom(' - ', ': ', ' \u2014 ', '/', ' ', ' : ');
  it("is clean when the remark holds only a clean exit's words, and no clean exit when it tells a failure or another number", () => {
    fc.assert(
      fc.property(exitName, fc.constantFrom('0', '0x0', '0x00000000'), separator, fc.constantFrom('success', 'OK', 'SUCCESS', 'normal termination', 'after 12.3s', 'in 4 s', 'exited normally'), (name, code, sep, remark) => {
        const text = `${code}${sep}${remark}`;
        expect(besidePass(name, text), text).toBeUndefined();
      }),
    );
    fc.assert(
      fc.property(exitName, fc.constantFrom('0', '0x0'), separator, fc.constantFrom('tests failed', '1 failed', 'segfault', 'abnormal termination', 'then 1', 'ERROR_ACCESS_DENIED', 'no success', 'KILL'), (name, code, sep, remark) => {
        const text = `${code}${sep}${remark}`;
        expect(besidePass(name, text)?.code, text).toBe('contradiction');
      }),
    );
  });
});

describe('an exit code told without digits', () => {
  it("is no failure in a clean exit's words or as a placeholder, and a contradiction in any other words", () => {
    fc.assert(
      fc.property(exitName, fc.constantFrom('success', 'ok', 'zero', 'SUCCESS', 'Job succeeded', 'Completed', 'exited normally', 'ERROR_SUCCESS', '', 'n/a', 'none'), (name, text) => {
        expect(besidePass(name, text), text).toBeUndefined();
      }),
    );
    fc.assert(
      fc.property(exitName, fc.constantFrom('not zero', 'zero, then one', 'SEGV', 'KILL', 'ERR', 'ABRT', 'exit code', 'success then failure', 'nicht null', 'x'.repeat(201)), (name, text) => {
        expect(besidePass(name, text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it("reads an exit code object's reason as a code in words", () => {
    fc.assert(
      fc.property(exitName, fc.constantFrom('reason', 'message'), fc.constantFrom('OOMKilled', 'Error', 'SEGV', 'DeadlineExceeded'), (name, member, reason) => {
        expect(besidePass(name, { code: 0, [member]: reason })?.code, reason).toBe('contradiction');
        expect(besidePass(name, { code: 0, [member]: 'Completed' })).toBeUndefined();
      }),
    );
  });
});

describe('exit codes under a plural name or by step name', () => {
  const plural = fc.constantFrom('exit_codes', 'exitCodes', 'return_codes', 'returncodes');
  it('is as clean as its worst code; a setting or a schema under such a name is no result', () => {
    fc.assert(
      fc.property(plural, fc.array(fc.constant(0), { maxLength: 3 }), failing, fc.boolean(), (name, cleans, bad, byStep) => {
        const codes = [...cleans, bad];
        const value = byStep ? Object.fromEntries(codes.map((c, i) => [`step${i}`, c])) : codes;
        const found = besidePass(name, value);
        expect(found?.code, JSON.stringify(value)).toBe('contradiction');
        expect(found?.pointer).toBe(`/${name}`);
        expect(besidePass(name, byStep ? Object.fromEntries(cleans.map((c, i) => [`step${i}`, c])) : cleans)).toBeUndefined();
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom('retry_on_exit_codes', 'success_exit_codes', 'allowed_exit_codes', 'expected_exit_codes'), fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 4 }), (name, codes) => {
        expect(besidePass(name, codes), name).toBeUndefined();
      }),
    );
    expect(besidePass('exit_code', { type: 'integer', minimum: 0, maximum: 255 })).toBeUndefined();
  });
});

describe("how a process ended in its platform's nesting", () => {
  it('is read under terminated, as a spawned child status and as systemd writes it; a numeric status of no process is not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 255 }), fc.constantFrom('signal', 'stdout', 'stderr'), (code, beside) => {
        expect(statusContradiction({ status: 'pass', state: { terminated: { exitCode: code } } }, '/status', 'pass')?.pointer).toBe('/state/terminated/exitCode');
        expect(statusContradiction({ status: 'pass', steps: [{ name: 'unit', terminated: { exitCode: code } }] }, '/status', 'pass')?.pointer).toBe('/steps/0/terminated/exitCode');
        expect(statusContradiction({ status: 'pass', result: { pid: 4242, [beside]: null, status: code } }, '/status', 'pass')?.pointer).toBe('/result/status');
        // A pid alone is a server's too: its HTTP status is no exit code (red team xp).
        expect(statusContradiction({ status: 'pass', server: { pid: 4242, port: 3000, status: 100 + code } }, '/status', 'pass')).toBeUndefined();
        expect(statusContradiction({ status: 'pass', ExecMainStatus: code }, '/status', 'pass')?.pointer).toBe('/ExecMainStatus');
        expect(statusContradiction({ status: 'pass', response: { status: 500 + (code % 100), url: 'https://h.example.org' } }, '/status', 'pass')).toBeUndefined();
        expect(statusContradiction({ status: 'pass', state: { terminated: { exitCode: 0, reason: 'Completed' } }, result: { [beside]: null, status: 0 } }, '/status', 'pass')).toBeUndefined();
      }),
    );
  });
});

describe('exit codes counted by the code itself', () => {
  it('is a failure when any process ended with a code other than 0, and clean when all ended with 0', () => {
    fc.assert(
      fc.property(fc.constantFrom('exit_codes', 'exitCodes'), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 255 }), fc.integer({ min: 1, max: 50 }), (name, clean, code, ended) => {
        expect(besidePass(name, { '0': clean })).toBeUndefined();
        expect(besidePass(name, { '0': clean, [String(code)]: 0 })).toBeUndefined();
        expect(besidePass(name, { '0': clean, [String(code)]: ended })?.code).toBe('contradiction');
      }),
    );
  });
});
