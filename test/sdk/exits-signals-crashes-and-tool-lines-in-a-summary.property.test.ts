// A summary beside a pass that tells a process's failure in a shape the exit, crash and summary-line readers once let
// through (red team ra, closed session 48 by helper fg): a nonzero exit in other spellings or without its value, a kill
// by a signal or a crossed limit, a crash by a runtime's own name, an uncaught error's or a fatal label's line, and a
// failing tool's own line. Each is a contradiction, drawn over spellings, values and what follows; the same shapes telling
// none, naming a handler or a setting, or after a fix label still pass, and a fix note's issue reference names the issue.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (text: string) => statusContradiction({ status: 'pass', summary: text }, '/status', 'pass');
const failing = (text: string) => expect(beside(text)?.code, text).toBe('contradiction');
const passing = (text: string) => expect(beside(text), text).toBeUndefined();
const code = fc.integer({ min: 1, max: 255 });
const subject = fc.constantFrom('', 'Build ', 'Command ', 'Process ', 'Step ');

describe('a nonzero exit told in other spellings', () => {
  const spelling = fc.constantFrom(
    (c: string) => `exit code is ${c}`,
    (c: string) => `Exit code was ${c}`,
    (c: string) => `exit code -> ${c}`,
    (c: string) => `exit-code: ${c}`,
    (c: string) => `exit_status=${c}`,
    (c: string) => `returncode=${c}`,
    (c: string) => `Return code: ${c}`,
    (c: string) => `errorlevel ${c}`,
    (c: string) => `ERRORLEVEL=${c}`,
    (c: string) => `$? = ${c}`,
    (c: string) => `exited with non-zero status ${c}`,
  );
  it('is a contradiction for any code above zero and clean for 0 (property)', () => {
    fc.assert(
      fc.property(subject, spelling, code, (s, w, c) => {
        failing(`${s}${w(String(c))}`);
        passing(`${s}${w('0')}`);
      }),
    );
  });
  it('reads a value in words or full-width digits, and a nonzero exit without its value', () => {
    fc.assert(
      fc.property(subject, fc.constantFrom('one', 'two', 'three', '１', '０１', '１２７'), (s, v) => {
        failing(`${s}exit code ${v}`);
      }),
    );
    fc.assert(
      fc.property(subject, fc.constantFrom('non-zero exit code', 'nonzero exit', 'exited with a non-zero exit code', 'non-zero exit status', 'exited non-zero'), (s, w) => {
        failing(`${s}${w}`);
      }),
    );
    for (const sound of ['exit code zero', 'exit code ０', 'non-zero exit codes are reported', 'no non-zero exit code', 'Fixed non-zero exit code', 'exit code is documented']) passing(sound);
  });
});

describe('a kill by a signal or a crossed limit', () => {
  it('is a contradiction for a verb of its end before a signal, and never for a handler or signal 0 (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Killed', 'killed', 'Terminated', 'exited', 'Process died', 'Job stopped'),
        fc.constantFrom('by', 'with', 'on'),
        fc.oneof(fc.integer({ min: 1, max: 64 }).map((n) => `signal ${n}`), fc.constantFrom('SIGKILL', 'SIGTERM', 'SIGSEGV', 'signal SIGABRT')),
        (verb, by, signal) => {
          failing(`${verb} ${by} ${signal}`);
        },
      ),
    );
    for (const sound of ['Killed 3 stale processes', 'signal handler for SIGTERM added', 'handles SIGTERM gracefully', 'exited with signal 0', 'OOMKilled: false']) passing(sound);
    failing('OOMKilled: true');
  });
  it('is a contradiction for a time, memory or heap limit crossed, either order, and none for a limit uncrossed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('The job ', 'Job ', '', 'Step '),
        fc.constantFrom('exceeded the maximum time limit', 'exceeded its timeout', 'exceeded the time limit of 1h', 'reached the memory limit'),
        (s, w) => {
          failing(`${s}${w}`);
        },
      ),
    );
    for (const t of ['Time limit exceeded', 'timeout exceeded', 'context deadline exceeded', 'memory limit exceeded']) failing(t);
    for (const sound of ['no test exceeded the time limit', '12 passed; none exceeded the time limit', 'time limit raised to 2h', 'Fixed: job exceeded the time limit']) passing(sound);
  });
});

describe("a crash told by a runtime's own name", () => {
  const name = fc.constantFrom(
    "thread 'main' panicked at src/main.rs:10:5",
    "thread 'tests::it_works' panicked at 'assertion failed'",
    'panic: runtime error: index out of range',
    'Abort trap: 6',
    'Segmentation fault: 11',
    'Trace/breakpoint trap',
    'SEGV in libfoo',
    'Segmentation violation',
    'Access violation',
    'EXC_BAD_ACCESS',
    'abort() called',
    'Crash in parser',
    'Crash on startup',
    'java.lang.OutOfMemoryError: Java heap space',
    'Maximum call stack size exceeded',
    'Stack overflow in test runner',
    'Uncaught exception',
    'Unhandled promise rejection',
    'Traceback (most recent call last):',
    'deadlock detected',
  );
  it('is a contradiction alone, and passes after a fix label (property)', () => {
    fc.assert(
      fc.property(name, fc.constantFrom('Fixed: ', 'Fixed ', 'fixed: '), (n, fix) => {
        failing(n);
        passing(`${fix}${n}`);
      }),
    );
  });
  it('names a handler, a reporter, a guard or a count of none, which pass', () => {
    for (const sound of ['no panics', 'panic handler installed', 'crash reporter enabled', 'no crash on startup', 'Stack overflow guard added', 'Access violation handler added', 'segfaults: 0', 'no deadlock detected', 'deadlock detection added', '0 uncaught exceptions', 'Uncaught exceptions: 0', 'See Stack Overflow answer']) passing(sound);
  });
});

describe("an uncaught error's or a fatal label's line", () => {
  const label = fc.constantFrom('TypeError', 'AssertionError', 'ReferenceError', 'Error', 'java.lang.IllegalStateException', 'RuntimeException', 'fatal', 'fatal error', 'FATAL', 'panic', 'UnhandledPromiseRejectionWarning');
  const what = fc.constantFrom('undefined is not a function', "Cannot find module 'x'", 'not a git repository', 'expected 1 to equal 2', "'stdio.h' file not found");
  it('is a contradiction at the text start, and passes after a fix label or with a none after it (property)', () => {
    fc.assert(
      fc.property(label, what, (l, w) => {
        failing(`${l}: ${w}`);
        passing(`Fixed: ${l}: ${w}`);
      }),
    );
    for (const sound of ['TypeError handling improved', 'Fixed: TypeError in parser', 'Error: none', 'fatal: 0 errors', 'Error: null', 'error: n/a', 'Error: -', 'Exception: false']) passing(sound);
  });
});

describe("a failing tool's own line", () => {
  const line = fc.constantFrom('npm ERR! code ELIFECYCLE', 'npm ERR! errno 1', 'npm error code 1', "make: *** No rule to make target 'all'.  Stop.", 'make: *** [all] Error 2', 'make[1]: *** [Makefile:12: build] Error 1', 'error: could not compile `app` due to previous error');
  it('is a contradiction alone or after words that excuse nothing, and passes after a fix label (property)', () => {
    fc.assert(
      fc.property(line, fc.constantFrom('', 'Build 42: ', 'CI: '), (l, lead) => {
        failing(`${lead}${l}`);
        passing(`Fixed: ${l}`);
        failing(`Fixed: ${l}; tests failed`);
      }),
    );
    for (const sound of ['npm notice created a lockfile', "make: Nothing to be done for 'all'."]) passing(sound);
  });
});

describe("a fix note's issue reference between its verb and what it fixed", () => {
  const verb = fc.constantFrom('Fixes', 'Fix', 'Fixed', 'Closes', 'Resolves', 'resolved');
  const reference = fc.oneof(fc.integer({ min: 1, max: 99999 }).map((n) => `#${n}`), fc.integer({ min: 1, max: 9999 }).map((n) => `GH-${n}`), fc.integer({ min: 1, max: 9999 }).map((n) => `JIRA-${n}`));
  const fixed = fc.constantFrom('build failed on Windows', 'tests failed on Safari', 'CI failed on macOS');
  it('names the issue: the note passes as it does without it, and another failure after it still fails (property)', () => {
    fc.assert(
      fc.property(verb, reference, fc.constantFrom(': ', ' - '), fixed, (v, r, sep, f) => {
        passing(`${v} ${r}${sep}${f}`);
        failing(`${v} ${r}${sep}${f}; tests failed`);
        failing(`${v} ${r}${sep}${f}, 3 tests failed`);
      }),
    );
    failing('Build 123: failed');
  });
});
