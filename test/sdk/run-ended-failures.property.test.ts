// Failures told in a sentence beside a pass, as families of spellings (session 36): Korean and Chinese predicates and
// particles around a count, and a failure noun after how the run ended behind an article, a word of how many or what
// failed. Each spelling with a count above zero is read as that count; the same sentence qualified, negated or of
// passes is read as none.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { failuresInRemark, statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const count = fc.integer({ min: 1, max: 999 });

describe('Korean failures told by a predicate and particles', () => {
  const item = fc.constantFrom('테스트', '케이스', '검사', '항목');
  const failure = fc.constantFrom('실패', '오류', '에러');
  const predicate = fc.constantFrom('했습니다', '하였습니다', '했음', '했다', '함', '발생했습니다', ' 했습니다', '');
  const subject = fc.constantFrom('가', '이', '는', '도', '');
  const end = fc.constantFrom('', '.', '!');
  it('reads the count whichever order, particle and predicate the sentence takes', () => {
    fc.assert(
      fc.property(count, item, failure, predicate, subject, end, fc.integer({ min: 0, max: 3 }), (n, what, fail, verb, particle, mark, order) => {
        const text = [`${n}개의 ${what}${particle} ${fail}${verb}${mark}`, `${what} ${n}개${particle} ${fail}${verb}${mark}`, `${fail}${particle} ${n}건 발생했습니다${mark}`, `총 ${n}개의 ${what}${particle} ${fail}${verb}${mark}`][order] as string;
        expect(failuresInRemark(text), text).toBe(n);
        // Among a total (`테스트 1000개 중 3개가 실패했습니다`): a remark's count is bounded by the largest number it holds.
        const among = `${what} ${n + 1000}개 중 ${n}개${particle} ${fail}${verb}${mark}`;
        expect(failuresInRemark(among), among).toBe(n + 1000);
      }),
    );
  });
  it('reads none where the sentence tells of passes, known failures or none', () => {
    fc.assert(
      fc.property(count, item, predicate, (n, what, verb) => {
        for (const text of [`${n}개의 ${what}가 통과${verb}`, `알려진 실패 ${n}건이 있습니다`, `0개의 ${what}가 실패${verb}`, `${n}개의 실패를 수정했습니다`]) expect(failuresInRemark(text), text).toBeUndefined();
      }),
    );
  });
});

describe('Chinese failures told by an existential, a verb of finding or a particle', () => {
  const lead = fc.constantFrom('有', '共有', '还有', '其中', '发现', '出现', '检测到', '');
  const counter = fc.constantFrom('个', '個', '条', '项', '例', '');
  const items = fc.constantFrom('测试', '用例', '测试用例', '检查', '');
  const failure = fc.constantFrom('失败', '错误', '失敗', '錯誤');
  const end = fc.constantFrom('', '了', '了。', '。', '！');
  it('reads the count behind any of them', () => {
    fc.assert(
      fc.property(lead, count, counter, items, failure, end, (first, n, c, what, fail, last) => {
        const text = `${first}${n}${c}${what}${fail}${last}`;
        expect(failuresInRemark(text), text).toBe(n);
        const named = `${fail}的${what === '' ? '测试' : what}有${n}${c === '' ? '个' : c}${last}`;
        expect(failuresInRemark(named), named).toBe(n);
      }),
    );
  });
  it('reads none for passes, none counted or known failures', () => {
    fc.assert(
      fc.property(lead, count, counter, end, (first, n, c, last) => {
        for (const text of [`${first}${n}${c}测试通过${last}`, `${first}0${c}测试失败${last}`, `${first}${n}${c}已知失败${last}`]) expect(failuresInRemark(text), text).toBeUndefined();
      }),
    );
  });
});

describe('a failure noun after how the run ended, behind an article, a word of how many or what failed', () => {
  const phrases: readonly (readonly [string, readonly string[], readonly string[], readonly string[]])[] = [
    // [how the run ended and its joiner, articles or words of how many, items, failure nouns]
    ['passed with', ['', 'some', 'several', 'multiple', 'a few', 'a couple of'], ['', 'test', 'unit test', 'lint', 'type'], ['failures', 'errors']],
    ['réussi avec', ['des', 'quelques', 'plusieurs'], ['', 'tests de'], ['erreurs', 'échecs']],
    ['completado con', ['', 'unos', 'algunos', 'varios'], [''], ['errores', 'fallos']],
    ['concluído com', ['', 'uns', 'alguns', 'vários'], [''], ['erros', 'falhas']],
    ['completato con', ['', 'degli', 'alcuni', 'diversi'], [''], ['errori']],
    ['bestanden mit', ['', 'einigen', 'mehreren', 'vielen'], [''], ['Fehlern']],
  ];
  const phrase = fc.constantFrom(...phrases).chain(([ended, quantities, items, nouns]) =>
    fc.tuple(fc.constant(ended), fc.constantFrom(...quantities), fc.constantFrom(...items), fc.constantFrom(...nouns)));
  const join = (...parts: string[]): string => parts.filter((p) => p !== '').join(' ');
  it('counts some failures however the noun phrase is spelled, beside a pass', () => {
    fc.assert(
      fc.property(phrase, fc.constantFrom('', '.', ' (see log)', ' and warnings', ' in 2 suites'), fc.constantFrom('', ', but'), ([ended, quantity, items, noun], end, contrast) => {
        const text = `${join(ended.replace(/ /u, `${contrast} `), quantity, items, noun)}${end}`;
        expect(failuresInRemark(text) ?? 0, text).toBeGreaterThan(0);
        expect(statusContradiction({ status: 'pass', passed: 12, summary: text }, '/status', 'pass')?.code, text).toBe('contradiction');
      }),
    );
  });
  it('counts none once the phrase is qualified, negated, labels a count of none or is of warnings', () => {
    fc.assert(
      fc.property(fc.constantFrom('flaky', 'known', 'expected', 'no', 'zero', 'previous'), fc.constantFrom('', 'test', 'lint'), fc.constantFrom('failures', 'errors'), (word, items, noun) => {
        for (const text of [join('passed with', word, items, noun), `${join('passed with', items, noun)}: 0`, join('passed with', items, 'warnings'), `${join('passed with', items, noun)}, 0 of them fatal`, `${join('passed with no', items, noun)} and no warnings`, `${join('passed with', items, noun)} in the previous run`])
          expect(statusContradiction({ status: 'pass', passed: 12, summary: text }, '/status', 'pass'), text).toBeUndefined();
      }),
    );
  });
});

describe('an outcome that names a pass only to deny it', () => {
  const flagName = fc.constantFrom('pass', 'passed', 'PASSED', 'success', 'ok', 'all_passed', 'tests_passed', 'allPassed');
  const sep = fc.constantFrom(':', '=', ' = ', ': ');
  const read = (text: string) => statusContradiction({ status: 'pass', passed: 40, result: text }, '/status', 'pass');
  it('reads a pass flag set false in text as failed, one set true as none', () => {
    fc.assert(
      fc.property(flagName, sep, fc.constantFrom('false', 'no', 'off', 'FALSE', 'No'), fc.constantFrom('true', 'yes', 'TRUE'), (name, s, denied, granted) => {
        expect(read(`${name}${s}${denied}`)?.code, `${name}${s}${denied}`).toBe('contradiction');
        expect(read(`${name}${s}${granted}`), `${name}${s}${granted}`).toBeUndefined();
      }),
    );
  });
  it('reads a pass counted as none of some as failed, and all of them as none', () => {
    const form = fc.constantFrom(
      (w: string, n: string, t: number) => `${w}: ${n}/${t}`,
      (w: string, n: string, t: number) => `${w} ${n} of ${t}`,
      (w: string, n: string, t: number) => `${w}: ${n} out of ${t}`,
      (w: string, n: string, t: number) => `${w} (${n}/${t})`,
      (_w: string, n: string, t: number) => `${n}/${t} passed`,
    );
    fc.assert(
      fc.property(fc.constantFrom('pass', 'passed', 'Passed', 'PASS', 'tests passed'), form, fc.integer({ min: 1, max: 5000 }), (word, spell, total) => {
        expect(read(spell(word, '0', total))?.code, spell(word, '0', total)).toBe('contradiction');
        expect(read(spell(word, String(total), total)), spell(word, String(total), total)).toBeUndefined();
      }),
    );
  });
});
