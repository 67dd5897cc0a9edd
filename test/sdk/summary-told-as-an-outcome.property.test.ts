// A report's own summary or message that is a failed outcome in words alone (toldAsAFailedOutcome, red team xo, session
// 40): a commit's subject, a none with marks after it and a table's empty cell tell no failure of this run; a step's
// type, a change verb with nothing after it, a failure word with a full stop, and any of them drawn in terminal colours,
// markup or character references still tell one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (field: string, text: string) => statusContradiction({ status: 'passed', [field]: text }, '/status', 'passed');
const ownText = fc.constantFrom('summary', 'message', 'msg');
const endMark = fc.constantFrom('', '.', '!', ' .', '…');

describe("a commit's subject as a report's message", () => {
  it('passes under any change type and scope', () => {
    const type = fc.constantFrom('fix', 'feat', 'docs', 'chore', 'refactor', 'perf', 'style', 'revert', 'Fix', 'FIX');
    const scope = fc.constantFrom('', '(ci)', '(build)', '!', '(deps)!');
    const told = fc.constantFrom('build failed', 'lint failed', 'handle failed uploads', 'explain why build failed', 'tests failing');
    fc.assert(
      fc.property(ownText, type, scope, told, (field, t, s, rest) => {
        const text = `${t}${s}: ${rest}`;
        expect(beside(field, text), text).toBeUndefined();
      }),
    );
    for (const text of ['Revert "build failed"', 'Revert \u201clint failed\u201d', 'Fix nightly build failed', 'Handle failed uploads']) expect(beside('message', text), text).toBeUndefined();
  });
  it("fails where the type names a step, the verb names nothing or the type is drawn in look-alike letters", () => {
    const step = fc.constantFrom('build', 'lint', 'test', 'ci', 'deploy');
    fc.assert(
      fc.property(ownText, step, endMark, (field, s, mark) => {
        const text = `${s}: failed${mark}`;
        expect(beside(field, text)?.code, text).toBe('contradiction');
      }),
    );
    for (const text of ['Revert failed', 'Fix failed', 'f\u0456x: build failed', '\uff46\uff49\uff58: build failed', 'd\u043ecs: build failed']) expect(beside('message', text)?.code, text).toBe('contradiction');
  });
});

describe('a none or an empty cell with marks around it', () => {
  it('passes', () => {
    const none = fc.constantFrom('No tests failed', 'Nothing failed', 'None failed', 'no test failed');
    fc.assert(
      fc.property(ownText, none, endMark, (field, n, mark) => {
          expect(beside(field, `${n}${mark}`), `${n}${mark}`).toBeUndefined();
        }),
    );
    const label = fc.constantFrom('Failed', 'Failing', 'Failures', 'failed');
    const empty = fc.constantFrom('\u2014', '-', '\u2013', 'n/a', 'null', '[]');
    fc.assert(
      fc.property(ownText, label, fc.constantFrom(': ', ':', '='), empty, fc.constantFrom('', '.'), (field, l, sep, e, mark) => {
        const text = `${l}${sep}${e}${mark}`;
        expect(beside(field, text), text).toBeUndefined();
      }),
    );
  });
  it('while a failure word with marks after it still fails', () => {
    const failed = fc.constantFrom('FAILED', 'Failed', 'Build failed', 'Tests failed', 'lint: FAILED');
    fc.assert(
      fc.property(ownText, failed, endMark, (field, f, mark) => {
          expect(beside(field, `${f}${mark}`)?.code, `${f}${mark}`).toBe('contradiction');
        }),
    );
  });
});

describe('a summary drawn with digits a reader does not see', () => {
  const drawn = fc.constantFrom(
    (w: string) => `\u001b[31m${w}\u001b[0m`,
    (w: string) => `\u001b[1;31m${w}\u001b[0m`,
    (w: string) => `<span style="color:#f00">${w}</span>`,
    (w: string) => `<font color="#ff0000">${w}</font>`,
  );
  it('is read as shown: a failure fails, a none passes', () => {
    fc.assert(
      fc.property(ownText, drawn, fc.constantFrom('FAILED', 'Build failed', 'not ok', 'Tests did not pass'), (field, draw, f) => {
        expect(beside(field, draw(f))?.code, draw(f)).toBe('contradiction');
      }),
    );
    fc.assert(
      fc.property(ownText, drawn, fc.constantFrom('No tests failed', 'All checks passed', 'Failures: none', 'Failed: \u2014'), (field, draw, s) => {
        expect(beside(field, draw(s)), draw(s)).toBeUndefined();
      }),
    );
    for (const text of ['Build &#102;ailed', '&#70;AILED']) expect(beside('summary', text)?.code, text).toBe('contradiction');
  });
  it('reads the languages’ feminine and polite forms', () => {
    for (const text of ['Сборка не удалась', 'Сборка провалена', 'Тест не провален, а сборка провалена', 'Nessun errore, ma build fallito', 'Kompilacja nieudana', 'ビルドに失敗しました', '빌드에 실패했습니다', '빌드 실패함']) expect(beside('summary', text)?.code, text).toBe('contradiction');
    for (const text of ['Сборка удалась', 'Ошибок нет', 'Nessun test fallito.', 'Ningún test fallido.', 'Ни один тест не провален.', 'テストは失敗しませんでした', '테스트가 실패하지 않았습니다', 'Kompilacja udana']) expect(beside('summary', text), text).toBeUndefined();
  });
});
