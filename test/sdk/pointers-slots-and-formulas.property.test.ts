// A summary beside a pass (helper zb, session 45): a failure before a pointer to the logs in Japanese, Chinese, Korean,
// Russian or Polish fails (failureBeforeAPointer); a pointer that counts or names failures tells them
// (pointerNamesAFailure), one naming none does not; a failure beside a slot of any syntax the placeholder reader knows,
// or with a slot inside its word, is told (templateSlotsInText, withoutSlots); a failure split across MathML tokens is
// read as drawn (formulaTellsAFailure). Each family is written many ways; the sound twin of each keeps passing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (text: string) => statusContradiction({ status: 'passed', summary: text }, '/status', 'passed');

describe('a failure before a pointer in languages of other scripts', () => {
  const failure = fc.constantFrom('ビルド失敗', 'ビルドに失敗しました', '构建失败', '빌드 실패', 'Сборка не удалась', 'Сборка упала', 'Kompilacja nie powiodła się');
  const pass = fc.constantFrom('ビルド成功', 'テストはすべて成功しました', '构建成功', '빌드 성공', 'Все тесты пройдены', 'Wszystkie testy zaliczone');
  const pointer = fc.constantFrom('ログを参照', 'ログを参照してください', '詳細はログを確認', '详见日志', '로그 참조', 'см. логи', 'Подробности в логах', 'zobacz logi', 'Szczegóły w logach', 'see logs');
  const mark = fc.constantFrom('。', '、', '. ', ', ', '; ', '，');
  it('fails a failure told before the pointer, whatever mark parts them', () => {
    fc.assert(fc.property(failure, mark, pointer, (f, m, p) => {
      expect(beside(`${f}${m}${p}`)?.code, `${f}${m}${p}`).toBe('contradiction');
    }));
  });
  it('passes a pass told before the same pointer', () => {
    fc.assert(fc.property(pass, mark, pointer, (s, m, p) => {
      expect(beside(`${s}${m}${p}`), `${s}${m}${p}`).toBeUndefined();
    }));
  });
});

describe('a pointer that counts or names failures', () => {
  const pass = fc.constantFrom('All tests passed', 'Build succeeded', 'Passed');
  const opening = fc.constantFrom('See logs for', 'See the logs for', 'Check the logs for', 'Logs list', 'Details in the logs for', 'Siehe Logs für', 'Voir les journaux pour');
  const failures = fc.constantFrom('3 failures', '2 failed tests', '3 errors', 'the failed job', '1 failure', '3 Fehler', '3 échecs');
  const none = fc.constantFrom('details', 'failures, if any', 'errors, if any', 'Fehler, falls vorhanden', '0 failures', 'previous failures', 'the full output');
  it('fails the pass whatever failures the pointer counts', () => {
    fc.assert(fc.property(pass, opening, failures, (s, o, f) => {
      expect(beside(`${s}. ${o} ${f}`)?.code, `${s}. ${o} ${f}`).toBe('contradiction');
    }));
  });
  it('passes a pointer that names none', () => {
    fc.assert(fc.property(pass, opening, none, (s, o, n) => {
      expect(beside(`${s}. ${o} ${n}`), `${s}. ${o} ${n}`).toBeUndefined();
    }));
  });
});

describe('a failure beside a slot of another syntax, or with a slot inside its word', () => {
  const name = fc.constantFrom('TOTAL', 'COUNT', 'FAILED_COUNT', 'N');
  const slot = fc.constantFrom((n: string) => `[${n}]`, (n: string) => `[[${n}]]`, (n: string) => `{% ${n.toLowerCase()} %}`, (n: string) => `$(${n})`, (n: string) => `__${n}__`, (n: string) => `\u2039${n}\u203a`, (n: string) => `\u3008${n}\u3009`);
  const failure = fc.constantFrom('Build failed', 'Deploy failed', 'Tests failed');
  const pass = fc.constantFrom('All tests passed', 'Build succeeded', 'Deploy passed');
  it('fails the failure told beside the slot', () => {
    fc.assert(fc.property(failure, slot, name, (f, s, n) => {
      expect(beside(`${f} ${s(n)}`)?.code, `${f} ${s(n)}`).toBe('contradiction');
    }));
  });
  it('passes a pass beside the same slot', () => {
    fc.assert(fc.property(pass, slot, name, (p, s, n) => {
      expect(beside(`${p} ${s(n)}`), `${p} ${s(n)}`).toBeUndefined();
    }));
  });
  it('reads a slot inside the failure word as the word it was written into', () => {
    const inside = fc.constantFrom('{{x}}', '<N>', '${x}', '{{ n }}');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), inside, (at, s) => {
        const text = `Build ${'failed'.slice(0, at)}${s}${'failed'.slice(at)}`;
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('fails a count slot of the times a failure happened as a placeholder', () => {
    for (const text of ['Build failed {{total}} times', 'Deploy failed {{ count }} times']) expect(beside(text)?.code, text).toBe('placeholder');
  });
});

describe('a failure split across MathML tokens', () => {
  const between = fc.constantFrom('', '<mspace/>', '<mspace width="1em"/>', ' ');
  const word = fc.constantFrom('failed', ' failed', 'failures', ' errors');
  const root = fc.constantFrom('<math>', '<math display="block">', '<math xmlns="http://www.w3.org/1998/Math/MathML">');
  const around = fc.constantFrom((m: string) => m, (m: string) => `${m} All tests passed`, (m: string) => `All tests passed ${m}`);
  it('fails a count in one token and its failure word in the next', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), between, word, root, around, (n, b, w, r, a) => {
        const text = a(`${r}<mn>${n}</mn>${b}<mtext>${w}</mtext></math>`);
        expect(beside(text)?.code, text).toBe('contradiction');
      }),
    );
  });
  it('passes a count of none in the same tokens', () => {
    fc.assert(
      fc.property(between, word, root, around, (b, w, r, a) => {
        const text = a(`${r}<mn>0</mn>${b}<mtext>${w}</mtext></math>`);
        expect(beside(text), text).toBeUndefined();
      }),
    );
  });
});
