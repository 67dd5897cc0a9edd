// Families closed in session 41 (helper ec, red team xp): an exit code beside a pass is clean only when it reads as
// exactly 0, however its text tells it — a clean exit's word or constant first and its code after, a platform's system
// message, warnings, a compact duration, a count of what passed, another language — and a map of codes by step is read
// member by member, whatever its steps are named and whatever stands beside them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const exitName = fc.constantFrom('exit_code', 'exitCode', 'returncode', 'rc', 'exit_status');
const besidePass = (name: string, value: unknown) => statusContradiction({ status: 'pass', passed: 3, [name]: value }, '/status', 'pass');
const failingCode = fc.oneof(fc.integer({ min: 1, max: 255 }).map(String), fc.integer({ min: -255, max: -1 }).map(String), fc.constantFrom('0x1', '0xC0000005', '137'));

describe("a clean exit's word or constant first, its code after", () => {
  const cleanWord = fc.constantFrom('Success', 'SUCCESS', 'OK', 'ok', 'Succeeded', 'Completed', 'Done', 'EXIT_SUCCESS', 'ERROR_SUCCESS', 'STATUS_SUCCESS', 'NO_ERROR', 'S_OK', 'EX_OK', 'Erfolgreich', 'Réussi', 'exited normally');
  const failureWord = fc.constantFrom('Failed', 'FAILURE', 'EXIT_FAILURE', 'Error', 'ERROR_ACCESS_DENIED', 'Aborted', 'Killed', 'NO_SUCCESS', 'not ok');
  const shape = fc.constantFrom((w: string, c: string) => `${w} (${c})`, (w: string, c: string) => `${w}: ${c}`, (w: string, c: string) => `${w} [${c}]`, (w: string, c: string) => `${w} - ${c}`, (w: string, c: string) => `${w}=${c}`);
  it('is the code it shows: clean when 0, a contradiction for any other code', () => {
    fc.assert(
      fc.property(exitName, cleanWord, shape, fc.constantFrom('0', '0x0', '0x00000000'), failingCode, (name, word, written, zero, bad) => {
        expect(besidePass(name, written(word, zero)), written(word, zero)).toBeUndefined();
        const failing = besidePass(name, written(word, bad));
        expect(failing?.code, written(word, bad)).toBe('contradiction');
        expect(failing?.pointer).toBe(`/${name}`);
      }),
    );
  });
  it('is no clean exit after words of failure, or with a second code after it', () => {
    fc.assert(
      fc.property(exitName, failureWord, cleanWord, shape, (name, fail, word, written) => {
        expect(besidePass(name, written(fail, '0'))?.code, written(fail, '0')).toBe('contradiction');
        expect(besidePass(name, `${written(word, '0')} then 1`)?.code).toBe('contradiction');
      }),
    );
  });
});

describe("a clean code's remark of what a clean exit may tell", () => {
  const sound = fc.constantFrom<string>(
    '2 warnings', 'warnings', 'no warnings', '3 Warnungen', 'took 1m2s', '1m 2s', '1h0m2.5s', 'after 2m', 'all 3 tests passed', '12 passed',
    'erfolgreich', 'réussi', 'terminé', 'The operation completed successfully.', 'Der Vorgang wurde erfolgreich beendet.', 'NO_ERROR', 'ERROR_SUCCESS',
  );
  const failure = fc.constantFrom('1 failed', 'tests failed', '2 errors', '1 error', 'segfault', 'fehlgeschlagen', '2 Fehler', '3 of 5 passed', '3/5 passed', 'The operation failed');
  const join = fc.constantFrom(', ', '; ');
  it('is clean in any of its sound parts, and a contradiction once a failure or another count stands beside them', () => {
    fc.assert(
      fc.property(exitName, fc.array(sound, { minLength: 1, maxLength: 3 }), failure, join, fc.nat(3), fc.boolean(), (name, parts, bad, j, at, bracketed) => {
        const text = (ps: string[]) => (bracketed ? `0 (${ps.join(j)})` : `0 - ${ps.join(j)}`);
        expect(besidePass(name, text(parts)), text(parts)).toBeUndefined();
        const told: string[] = [...parts];
        told.splice(at % (told.length + 1), 0, bad);
        expect(besidePass(name, text(told))?.code, text(told)).toBe('contradiction');
      }),
    );
  });
  it("reads an exit code object's message of passes as clean only beside code 0 and without failures", () => {
    fc.assert(
      fc.property(exitName, fc.constantFrom('message', 'description', 'reason'), fc.constantFrom('All 3 tests passed', '12 passed', 'all 12 tests passed in 1m2s', 'The operation completed successfully.'), fc.integer({ min: 1, max: 255 }), (name, member, text, code) => {
        expect(besidePass(name, { code: 0, [member]: text }), text).toBeUndefined();
        expect(besidePass(name, { code, [member]: text })?.code).toBe('contradiction');
        expect(besidePass(name, { code: 0, [member]: `${text}, 1 failed` })?.code).toBe('contradiction');
      }),
    );
  });
  it('reads a sentence naming a clean code with warnings or a compact duration as clean, and its other code as failed', () => {
    fc.assert(
      fc.property(exitName, fc.constantFrom('with warnings', 'with 2 warnings', 'after 1m 2s', 'in 1m2s'), fc.integer({ min: 1, max: 255 }), (name, tail, code) => {
        expect(besidePass(name, `Process exited with code 0 ${tail}`)).toBeUndefined();
        expect(besidePass(name, `Process exited with code ${code} ${tail}`)?.code).toBe('contradiction');
      }),
    );
  });
});

describe('exit codes by step, whatever the steps are named and whatever stands beside them', () => {
  const plural = fc.constantFrom('exit_codes', 'exitCodes', 'exit_code', 'returncodes');
  const stepName = fc.constantFrom<string>('build', 'format', 'type', 'default', 'title', 'unit', 'e2e', 'lint', 'docs', 'description');
  const beside = fc.constantFrom<[string, unknown]>(['note', 'e2e is flaky'], ['docs', null], ['runner', 'ubuntu-22.04'], ['at', '2026-03-10T11:00:00Z'], ['duration_ms', 81234], ['expected', 1], ['pid', 4242]);
  const failingValue = fc.oneof(fc.integer({ min: 1, max: 255 }), fc.constantFrom<unknown>('1', 'failed', { code: 1 }, [1, 0], [0, 137], 'Success (1)'));
  const cleanValue = fc.constantFrom<unknown>(0, '0', { code: 0 }, [0], [0, 0], 'Success (0)', '0 (2 warnings)');
  it('is a contradiction at the map when any step ended other than 0, and clean when every step ended 0', () => {
    fc.assert(
      fc.property(plural, fc.uniqueArray(stepName, { minLength: 1, maxLength: 4 }), cleanValue, failingValue, fc.array(beside, { maxLength: 2 }), fc.nat(), (name, steps, clean, bad, extra, at) => {
        const failingStep = steps[at % steps.length] as string;
        const others = Object.fromEntries(extra.filter(([k]) => !steps.includes(k)));
        const failing = { ...Object.fromEntries(steps.map((s) => [s, s === failingStep ? bad : clean])), ...others };
        const found = besidePass(name, failing);
        expect(found?.code, JSON.stringify(failing)).toBe('contradiction');
        expect(found?.pointer).toBe(`/${name}`);
        const sound = { ...Object.fromEntries(steps.map((s) => [s, clean])), ...others };
        expect(besidePass(name, sound), JSON.stringify(sound)).toBeUndefined();
      }),
    );
  });
  it('reads steps listed under the code they ended with, and never a schema of a code', () => {
    fc.assert(
      fc.property(plural, fc.integer({ min: 1, max: 255 }), fc.uniqueArray(stepName, { minLength: 1, maxLength: 3 }), (name, code, steps) => {
        expect(besidePass(name, { '0': ['unit'], [String(code)]: steps })?.code).toBe('contradiction');
        expect(besidePass(name, { '0': steps, [String(code)]: [] })).toBeUndefined();
        expect(besidePass(name, { type: 'integer', minimum: 0, maximum: code })).toBeUndefined();
        expect(besidePass(name, { type: code })?.code).toBe('contradiction');
      }),
    );
  });
});
